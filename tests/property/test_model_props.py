"""Properties of the data model: the dict form round-trips and keeps the SCHEMA's formats."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal, Inexact, localcontext
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import Currency, Duration, Fact, Kind, Money, Period, Qualifier

PLAIN_DECIMAL = re.compile(r"-?\d+(\.\d*[1-9])?")
ISO_DURATION = re.compile(r"P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?)?")

codes = st.sampled_from(["USD", "EUR", "CNY", "JPY", "GBP", "INR", "CHF", "SEK", "BRL", "KWD"])
amounts = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=Decimal("-1e15"), max_value=Decimal("1e15")
)
scaled = st.builds(lambda d, e: d.scaleb(e), amounts, st.integers(min_value=-4, max_value=12))
moneys = st.builds(Money, scaled, st.none() | codes)
small = st.integers(min_value=0, max_value=400)
durations = st.builds(Duration, small, small, small, small, small, small)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
periods = st.builds(
    Period,
    duration=st.none() | durations,
    recurrence=st.none() | durations,
    start=st.none() | dates,
    end=st.none() | dates,
    open_length=st.booleans(),
)


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    """A fact whose amount, low and high share one currency, as the dict form requires."""
    code = draw(st.none() | codes)
    point = draw(st.none() | scaled)
    low = draw(st.none() | scaled)
    high = draw(st.none() | scaled)
    text = draw(st.text(max_size=60))
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Fact(
        text=text,
        start=start,
        end=start + len(text),
        amount=Money(point, code) if point is not None else None,
        low=Money(low, code) if low is not None else None,
        high=Money(high, code) if high is not None else None,
        qualifier=draw(st.none() | st.sampled_from(Qualifier)),
        equivalents=tuple(draw(st.lists(moneys, max_size=3))),
        per=draw(st.none() | st.sampled_from(["share", "barrel", "tonne", "night", "kilowatt hour"])),
        period=draw(st.none() | periods),
        kind=draw(st.sampled_from(Kind)),
        currency_source=draw(st.sampled_from(Currency)),
        alternatives=tuple(draw(st.lists(codes, max_size=3, unique=True))),
        direction=draw(st.sampled_from([None, "up", "down"])),
        points=draw(st.booleans()),
    )


@given(facts())
def test_fact_round_trips_through_its_dict(fact: Fact) -> None:
    assert Fact.from_dict(fact.to_dict()) == fact


@given(facts())
def test_fact_round_trips_through_json(fact: Fact) -> None:
    assert Fact.from_dict(json.loads(json.dumps(fact.to_dict()))) == fact


@given(facts())
def test_fact_dict_formats(fact: Fact) -> None:
    data: dict[str, Any] = dict(fact.to_dict())
    for key in ("amount", "low", "high"):
        assert data[key] is None or PLAIN_DECIMAL.fullmatch(data[key])
    for eq in data["equivalents"]:
        assert PLAIN_DECIMAL.fullmatch(eq["amount"])
        assert set(eq) == {"amount", "currency"}
    assert data["currency"] == fact.currency
    assert data["qualifier"] in {None, *(q.value for q in Qualifier)}
    if data["period"] is not None:
        for key in ("duration", "recurrence"):
            assert data["period"][key] is None or ISO_DURATION.fullmatch(data["period"][key])
        for key in ("start", "end"):
            assert data["period"][key] is None or dt.date.fromisoformat(data["period"][key])


@given(moneys)
def test_money_round_trips_and_keeps_its_value(money: Money) -> None:
    data = money.to_dict()
    assert PLAIN_DECIMAL.fullmatch(data["amount"])
    assert Decimal(data["amount"]) == money.amount
    assert Money.from_dict(data) == money


@given(durations)
def test_duration_round_trips_through_iso(duration: Duration) -> None:
    assert ISO_DURATION.fullmatch(duration.iso())
    assert Duration.from_iso(duration.iso()) == duration
    assert Duration.from_iso(duration.iso().lower()) == duration


@given(periods)
def test_period_round_trips_through_its_dict(period: Period) -> None:
    assert Period.from_dict(period.to_dict()) == period


@given(scaled.filter(lambda d: d != 0), st.lists(moneys, max_size=3), codes)
def test_exchange_rates_restate_the_equivalents(value: Decimal, equivalents: list[Money], code: str) -> None:
    fact = Fact("x", 0, 1, amount=Money(value, code), equivalents=tuple(equivalents))
    rates = fact.exchange_rates()
    expected = {eq.currency for eq in equivalents if eq.currency and eq.currency != code}
    assert set(rates) == expected
    for eq in equivalents:
        if eq.currency in expected and eq is [e for e in equivalents if e.currency == eq.currency][-1]:
            assert _close(rates[eq.currency], eq.amount, value)


@given(scaled, st.integers(min_value=1, max_value=24))
def test_annualized_monthly_recurrence_scales_by_twelve_over_months(value: Decimal, months: int) -> None:
    fact = Fact("x", 0, 1, amount=Money(value, "EUR"), period=Period(recurrence=Duration(months=months)))
    annual = fact.annualized()
    assert annual is not None
    assert annual.currency == "EUR"
    assert _close(annual.amount, value * 12, Decimal(months))


def _close(got: Decimal, numerator: Decimal, denominator: Decimal) -> bool:
    """``got`` is numerator / denominator: exactly when that terminates, else to 28 significant digits."""
    with localcontext(prec=400) as ctx:
        exact = numerator / denominator
        if not ctx.flags[Inexact]:
            return got == exact
        return abs(got - exact) <= abs(exact).scaleb(-27)
