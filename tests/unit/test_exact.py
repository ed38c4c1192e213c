"""Amounts never depend on the caller's decimal context; huge or non-finite amounts never raise."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts import AmountError, Duration, Fact, Money, Period

TEXTS = [
    "US$52.4 billion",
    "三千五百万元",
    "a third of a million dollars",
    "It cost $5.25, then £40m (US$51m) a year.",
    "Rs 3.5 lakh crore",
    "between €1.5bn and €2bn",
    "zwei Drittel einer Milliarde Euro",
    "$40-50 per share",
]

contexts = st.builds(
    decimal.Context,
    prec=st.integers(min_value=1, max_value=60),
    rounding=st.sampled_from([decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_FLOOR]),
    Emax=st.integers(min_value=1, max_value=999_999),
    Emin=st.integers(min_value=-999_999, max_value=-1),
    traps=st.lists(st.sampled_from([decimal.Inexact, decimal.Rounded, decimal.InvalidOperation])),
)
BASELINE = {text: moneyfacts.extract(text, locale="de" if "Drittel" in text else "en") for text in TEXTS}


@given(contexts, st.sampled_from(TEXTS))
def test_the_caller_context_changes_nothing(ctx: decimal.Context, text: str) -> None:
    locale = "de" if "Drittel" in text else "en"
    with decimal.localcontext(ctx):
        got = moneyfacts.extract(text, locale=locale)
    assert got == BASELINE[text]


@given(contexts)
def test_model_arithmetic_ignores_the_caller_context(ctx: decimal.Context) -> None:
    fact = Fact(
        "€200 million ($210 million) a week",
        0,
        34,
        amount=Money(Decimal("200000000"), "EUR"),
        equivalents=(Money(Decimal("210000000"), "USD"),),
        period=Period(recurrence=Duration(weeks=1)),
    )
    rng = Fact("$40-51", 0, 6, low=Money(Decimal(40), "USD"), high=Money(Decimal(51), "USD"))
    with decimal.localcontext(ctx):
        got = (fact.exchange_rates(), fact.annualized(), rng.value, Money(Decimal("5.24E+10")).amount)
    assert got == (
        {"USD": Decimal("1.05")},
        Money(Decimal("10428571428.57142857142857143"), "EUR"),
        Decimal("45.5"),
        Decimal("52400000000"),
    )


def test_values_are_as_before_in_the_default_context() -> None:
    assert [str(f.amount) for f in BASELINE["a third of a million dollars"]] == [
        "USD 333333.3333333333333333333333"
    ]
    assert [str(f.amount) for f in BASELINE["三千五百万元"]] == ["CNY 35000000"]


@pytest.mark.parametrize(
    "text",
    [
        "It cost $99999999999999999999999999 trillion.",
        "$" + "9" * 60,
        "$0." + "0" * 60 + "1",
        "$1." + "1" * 60,
        "9999999999999999999999999999999999Rs crore",
    ],
)
def test_amounts_beyond_the_magnitude_are_dropped(text: str) -> None:
    assert moneyfacts.extract(text) == []


def test_amounts_within_the_magnitude_are_kept() -> None:
    (fact,) = moneyfacts.extract("9999999999999999999999Rs crore")
    assert fact.amount == Money(Decimal("99999999999999999999990000000"), "INR")


@pytest.mark.parametrize("text", ["It cost $1e10.", "$2e3", "1e3 dollars", "€2.5E-3"])
def test_an_exponent_is_not_read_as_a_decimal(text: str) -> None:
    assert moneyfacts.extract(text) == []


def test_a_plain_number_beside_scientific_notation_is_read() -> None:
    assert [f.text for f in moneyfacts.extract("In 2e3 tests it cost $5.")] == ["$5"]


@pytest.mark.parametrize("amount", ["1e99999", "NaN", "Infinity", "-Infinity", "sNaN", "five", "1e-99999"])
def test_from_dict_refuses_amounts_it_cannot_hold(amount: str) -> None:
    data = {"text": "$5", "start": 0, "end": 2, "amount": amount, "currency": "USD"}
    with pytest.raises(AmountError) as info:
        Fact.from_dict(data)
    assert isinstance(info.value, ValueError)
    with pytest.raises(AmountError):
        Money.from_dict({"amount": amount, "currency": "USD"})
