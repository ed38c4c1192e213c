"""The pipeline through ``extract``: spans, equivalents, same-currency brackets, periods, units, kinds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import moneyfacts
from moneyfacts import Kind, Money, Qualifier

TEXTS = [
    "The insurer will invest 200 billion yuan (US$27.5 billion) in bonds over five years.",
    "Rent is £1,200, deposit £1,500 and fees £300; shares closed at $4.10.",
    "Profit was $5m ($3m a year earlier), and sales rose 12%.",
    "Der Konzern investiert rund 2,5 Mio. Euro, etwa 3 % des Umsatzes.",
    "该项目投资5万元，占总额的百分之十。",
    "  $5bn-$6bn\n\tor about €4.6bn (£4bn)  ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_spans_are_slices_of_the_text(text: str) -> None:
    facts = moneyfacts.extract(text, locale="de" if "Konzern" in text else "en")
    assert facts
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    assert [f.start for f in facts] == sorted(f.start for f in facts)


def test_equivalents_are_not_separate_facts() -> None:
    [fact] = moneyfacts.extract("The insurer will invest 200 billion yuan (US$27.5 billion) in bonds.")
    assert fact.amount == Money(Decimal("200000000000"), "CNY")
    assert fact.equivalents == (Money(Decimal("27500000000"), "USD"),)
    assert fact.text == "200 billion yuan (US$27.5 billion)"


def test_same_currency_bracket_is_a_separate_positive_figure() -> None:
    text = "Profit was $5m ($3m a year earlier)."
    facts = moneyfacts.extract(text)
    assert [(f.text, f.amount) for f in facts] == [
        ("$5m", Money(Decimal(5000000), "USD")),
        ("$3m", Money(Decimal(3000000), "USD")),
    ]
    assert all(f.equivalents == () for f in facts)


def test_bounds_repeat_the_amount_in_low_or_high() -> None:
    [over, under] = moneyfacts.extract("It cost more than $5m, but less than $9m.")
    assert (over.qualifier, over.low, over.high) == (Qualifier.OVER, over.amount, None)
    assert (under.qualifier, under.low, under.high) == (Qualifier.UNDER, None, under.amount)


def test_range_has_low_and_high_and_no_amount() -> None:
    [fact] = moneyfacts.extract("The sale is valued at $5-6 billion.")
    assert fact.amount is None
    assert (fact.low, fact.high) == (Money(Decimal(5 * 10**9), "USD"), Money(Decimal(6 * 10**9), "USD"))
    assert fact.value == Decimal("5.5E+9")


def test_periods_are_attached() -> None:
    [fact] = moneyfacts.extract("The agency got a $7 billion three-year contract.")
    assert fact.period is not None
    assert fact.period.iso() == "P3Y"
    [dated] = moneyfacts.extract("The firm will spend $2bn next year.", reference_date=dt.date(2025, 5, 1))
    assert dated.period is not None
    assert (dated.period.start, dated.period.end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_units_are_inferred_for_unscaled_prices_only() -> None:
    facts = moneyfacts.extract("Shares worth $5m changed hands at $4.10.")
    assert [(f.text, f.per) for f in facts] == [("$5m", None), ("$4.10", "share")]


def test_kinds_filter_the_facts() -> None:
    text = "Sales of $4 billion were up 12% on the year."
    assert [f.kind for f in moneyfacts.extract(text)] == [Kind.MONEY, Kind.PERCENT]
    assert [f.text for f in moneyfacts.extract(text, kinds=["money"])] == ["$4 billion"]
    assert [f.text for f in moneyfacts.extract(text, kinds=[Kind.PERCENT])] == ["12%"]


def test_percent_facts_have_no_currency() -> None:
    [fact] = moneyfacts.extract("Margins improved to 18 per cent.")
    assert fact.kind is Kind.PERCENT
    assert fact.amount == Money(Decimal(18))
    assert fact.currency is None


def test_earlier_mention_settles_a_later_dollar() -> None:
    facts = moneyfacts.extract("The council spent A$2 million, and a further $1 million on parks.")
    assert [f.currency for f in facts] == ["AUD", "AUD"]


def test_empty_and_blank_texts_have_no_facts() -> None:
    assert moneyfacts.extract("") == []
    assert moneyfacts.extract(" \n\t ") == []


def test_parse_prefers_a_figure_with_a_currency() -> None:
    fact = moneyfacts.parse("Item 7: €12.50")
    assert fact.amount == Money(Decimal("12.50"), "EUR")
