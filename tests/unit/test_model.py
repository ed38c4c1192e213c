"""The data model: construction checks, ISO forms, the dict form and derived values."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest

from moneyfacts import Currency, Duration, Fact, Kind, Money, Period, Qualifier

PLAIN_DECIMAL = re.compile(r"-?\d+(\.\d*[1-9])?")

FIGURE_FIELDS = {
    "text",
    "amount",
    "currency",
    "qualifier",
    "low",
    "high",
    "per",
    "equivalents",
    "period",
}


def ferry_fare() -> Fact:
    return Fact(
        "about 2,500 kronor (€220) a month",
        10,
        43,
        amount=Money(Decimal("2500"), "SEK"),
        qualifier=Qualifier.APPROX,
        equivalents=(Money(Decimal("220"), "EUR"),),
        period=Period(recurrence=Duration(months=1)),
        currency_source=Currency.STATED,
    )


def test_money_rejects_a_float() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        Money(19.99, "USD")  # type: ignore[arg-type]


def test_money_rejects_an_int() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        Money(20, "USD")  # type: ignore[arg-type]


def test_money_rejects_a_non_string_currency() -> None:
    with pytest.raises(TypeError, match="currency"):
        Money(Decimal(3), 840)  # type: ignore[arg-type]


def test_money_str_and_dict_use_plain_notation() -> None:
    money = Money(Decimal("7.25E+9"), "JPY")
    assert str(money) == "JPY 7250000000"
    assert money.to_dict() == {"amount": "7250000000", "currency": "JPY"}


def test_money_from_dict_reads_a_plain_string() -> None:
    assert Money.from_dict({"amount": "0.05", "currency": "GBP"}) == Money(Decimal("0.05"), "GBP")


def test_money_is_frozen() -> None:
    money = Money(Decimal(1), "CHF")
    with pytest.raises(AttributeError):
        money.amount = Decimal(2)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("duration", "iso"),
    [
        (Duration(years=4), "P4Y"),
        (Duration(months=3), "P3M"),
        (Duration(weeks=2), "P2W"),
        (Duration(years=1, months=6), "P1Y6M"),
        (Duration(days=90), "P90D"),
        (Duration(hours=8), "PT8H"),
        (Duration(days=1, minutes=30), "P1DT30M"),
        (Duration(), "P0D"),
    ],
)
def test_duration_iso_round_trip(duration: Duration, iso: str) -> None:
    assert duration.iso() == iso
    assert Duration.from_iso(iso) == duration


@pytest.mark.parametrize("text", ["", "P", "PT", "4Y", "P4", "P1.5Y", "every year"])
def test_duration_from_iso_rejects_other_text(text: str) -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        Duration.from_iso(text)


def test_duration_per_year() -> None:
    assert Duration(months=1).per_year() == 12
    assert Duration(years=2).per_year() == Decimal("0.5")
    assert Duration(weeks=1).per_year() == Decimal(365) / Decimal(7)


def test_zero_duration_has_no_rate() -> None:
    with pytest.raises(ZeroDivisionError):
        Duration().per_year()


@pytest.mark.parametrize(
    ("period", "iso"),
    [
        (Period(duration=Duration(years=3)), "P3Y"),
        (Period(recurrence=Duration(months=3)), "R/P3M"),
        (Period(start=dt.date(2024, 7, 1), end=dt.date(2025, 6, 30)), "2024-07-01/2025-06-30"),
        (Period(start=dt.date(2026, 1, 1)), "2026-01-01/.."),
        (Period(end=dt.date(2030, 12, 31)), "../2030-12-31"),
        (
            Period(duration=Duration(years=5), start=dt.date(2025, 3, 1), end=dt.date(2030, 2, 28)),
            "2025-03-01/2030-02-28",
        ),
        (Period(recurrence=Duration(years=1), duration=Duration(years=10)), "R/P1Y P10Y"),
        (Period(), "P"),
    ],
)
def test_period_iso(period: Period, iso: str) -> None:
    assert period.iso() == iso
    assert str(period) == iso


def test_period_dict_has_the_schema_fields() -> None:
    period = Period(duration=Duration(years=4), start=dt.date(2025, 2, 25), end=dt.date(2029, 2, 24))
    assert period.to_dict() == {
        "duration": "P4Y",
        "recurrence": None,
        "start": "2025-02-25",
        "end": "2029-02-24",
    }
    assert Period.from_dict(period.to_dict()) == period


def test_period_open_length_appears_only_when_set() -> None:
    assert "open_length" not in Period(duration=Duration(years=2)).to_dict()
    assert Period(open_length=True).to_dict()["open_length"] is True
    assert Period.from_dict(Period(open_length=True).to_dict()).open_length is True


def test_qualifier_values() -> None:
    assert {q.value for q in Qualifier} == {"approx", "over", "at_least", "under", "at_most", "range"}
    assert [q for q in Qualifier if q.is_lower_bound] == [Qualifier.OVER, Qualifier.AT_LEAST]
    assert [q for q in Qualifier if q.is_upper_bound] == [Qualifier.UNDER, Qualifier.AT_MOST]
    assert Qualifier("at_most") is Qualifier.AT_MOST


def test_kind_and_currency_source_values() -> None:
    assert [k.value for k in Kind] == ["money", "percent"]
    assert {c.value for c in Currency} == {"stated", "inferred", "none"}


FERRY_DICT: dict[str, object] = {
    "text": "about 2,500 kronor (€220) a month",
    "start": 10,
    "end": 43,
    "kind": "money",
    "amount": "2500",
    "currency": "SEK",
    "qualifier": "approx",
    "low": None,
    "high": None,
    "equivalents": [{"amount": "220", "currency": "EUR"}],
    "per": None,
    "period": {"duration": None, "recurrence": "P1M", "start": None, "end": None},
    "currency_source": "stated",
    "alternatives": [],
    "direction": None,
    "points": False,
}


def test_fact_dict_fields_and_formats() -> None:
    data = ferry_fare().to_dict()
    assert set(data) >= FIGURE_FIELDS
    assert data == FERRY_DICT
    assert json.loads(json.dumps(data)) == data


def test_fact_dict_amounts_never_use_an_exponent() -> None:
    fact = Fact(
        "between $1.2bn and $1.50bn",
        0,
        26,
        low=Money(Decimal("1.2E+9"), "USD"),
        high=Money(Decimal("1.50E+9"), "USD"),
        qualifier=Qualifier.RANGE,
    )
    data = fact.to_dict()
    assert (data["amount"], data["low"], data["high"]) == (None, "1200000000", "1500000000")
    assert data["currency"] == "USD"
    assert all(PLAIN_DECIMAL.fullmatch(str(data[k])) for k in ("low", "high"))


def test_fact_round_trips_through_its_dict() -> None:
    fact = ferry_fare()
    assert Fact.from_dict(fact.to_dict()) == fact
    assert Fact.from_dict(json.loads(json.dumps(fact.to_dict()))) == fact


def test_fact_currency_and_value() -> None:
    fact = Fact("₹40-50 lakh", 0, 11, low=Money(Decimal(4000000), "INR"), high=Money(Decimal(5000000), "INR"))
    assert fact.currency == "INR"
    assert fact.value == Decimal(4500000)
    assert Fact("nothing", 0, 7).value is None
    assert Fact("nothing", 0, 7).currency is None


def test_exchange_rates() -> None:
    fact = Fact(
        "£800 (€940, $1,000)",
        0,
        19,
        amount=Money(Decimal(800), "GBP"),
        equivalents=(Money(Decimal(940), "EUR"), Money(Decimal(1000), "USD"), Money(Decimal(800), "GBP")),
    )
    assert fact.exchange_rates() == {"EUR": Decimal("1.175"), "USD": Decimal("1.25")}


def test_exchange_rates_of_a_zero_or_missing_amount_are_empty() -> None:
    zero = Fact("£0 ($0)", 0, 7, amount=Money(Decimal(0), "GBP"), equivalents=(Money(Decimal(0), "USD"),))
    assert zero.exchange_rates() == {}
    assert Fact("none", 0, 4).exchange_rates() == {}


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period(recurrence=Duration(months=1)), Decimal(1200)),
        (Period(recurrence=Duration(months=3)), Decimal(400)),
        (Period(recurrence=Duration(years=1)), Decimal(100)),
        (Period(duration=Duration(years=4)), Decimal(25)),
        (Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31)), Decimal(100)),
    ],
)
def test_annualized(period: Period, expected: Decimal) -> None:
    fact = Fact("€100", 0, 4, amount=Money(Decimal(100), "EUR"), period=period)
    assert fact.annualized() == Money(expected, "EUR")


def test_annualized_needs_an_amount_and_a_usable_period() -> None:
    money = Money(Decimal(100), "EUR")
    assert Fact("€100", 0, 4, amount=money).annualized() is None
    assert Fact("€100", 0, 4, amount=money, period=Period(start=dt.date(2025, 1, 1))).annualized() is None
    assert Fact("€100", 0, 4, low=money, period=Period(duration=Duration(years=1))).annualized() is None


def test_fact_is_hashable_and_frozen() -> None:
    fact = ferry_fare()
    assert len({fact, ferry_fare()}) == 1
    with pytest.raises(AttributeError):
        fact.per = "share"  # type: ignore[misc]
