"""``parse`` raises for a number the text calls a count, an age, a year or a page; amounts stay money."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyfacts
from moneyfacts import Money, ParseError, Reason


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("He is 42 years old", "42"),
        ("page 7", "7"),
        ("in 2025", "2025"),
        ("3 people", "3"),
        ("Seite 12", "12"),
        ("Elle a 30 ans", "30"),
        ("since 1999", "1999"),
        ("aged 64", "64"),
        ("It happened 5 times.", "5"),
    ],
)
def test_counts_ages_years_and_pages_are_not_money(text: str, number: str) -> None:
    with pytest.raises(ParseError) as info:
        moneyfacts.parse(text)
    assert info.value.reason is Reason.NOT_MONEY
    assert info.value.span is not None
    start, end = info.value.span
    assert text[start:end] == number


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1,234.50", "1234.50"),
        ("(1,234.50)", "-1234.50"),
        ("Total: 1,234.50", "1234.50"),
        ("2025", "2025"),
        ("1.2 million", "1200000"),
        ("in 2025.50", "2025.50"),  # a year has no cents
    ],
)
def test_bare_amounts_stay_money(text: str, amount: str) -> None:
    fact = moneyfacts.parse(text)
    assert fact.amount == Money(Decimal(amount))
    assert fact.currency is None


def test_a_stated_currency_wins_over_counts() -> None:
    fact = moneyfacts.parse("$5 for 3 people")
    assert fact.amount == Money(Decimal(5), "USD")


@pytest.mark.parametrize("text", ["He is 42 years old", "page 7", "in 2025", "3 people"])
def test_lenient_takes_any_number_as_money(text: str) -> None:
    fact = moneyfacts.parse(text, lenient=True)
    assert fact.amount is not None
    assert fact.currency is None


def test_lenient_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="lenient"):
        moneyfacts.parse("5", lenient="yes")  # type: ignore[arg-type]
