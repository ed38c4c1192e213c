"""Conversion at the bundled ECB reference rates: exact Decimal arithmetic, the rate kept, clear errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts import Fact, Money

fx = pytest.importorskip("moneyfacts.fx")
pytest.importorskip("currency_converter", reason="conversion needs the ECB file of moneyfacts[fx]")

DAY = dt.date(2025, 2, 25)


def test_the_yuan_figure_in_dollars_with_its_rate() -> None:
    done = moneyfacts.parse("380 billion yuan").convert("USD", on=DAY)
    assert done.result.amount == Money(Decimal("52334194885.79"), "USD")
    assert done.result.text == "380 billion yuan"
    assert done.rate.base == "CNY"
    assert done.rate.quote == "USD"
    assert done.rate.date == DAY
    assert done.on == DAY
    assert done.rate.source == fx.SOURCE
    assert done.original.amount == Money(Decimal("380000000000"), "CNY")
    assert isinstance(done.rate.value, Decimal)


def test_rate_is_the_ratio_of_one_days_euro_rates() -> None:
    usd = fx.rate("EUR", "USD", on=DAY).value
    cny = fx.rate("EUR", "CNY", on=DAY).value
    assert fx.rate("CNY", "USD", on=DAY).value == fx.CONTEXT.divide(usd, cny)
    assert usd == Decimal("1.0497")


def test_a_day_without_rates_takes_the_last_publication_before_it() -> None:
    sunday = dt.date(2025, 2, 23)
    assert fx.rate("EUR", "GBP", on=sunday).date == dt.date(2025, 2, 21)


def test_no_rate_is_a_lookup_error_and_a_value_error() -> None:
    with pytest.raises(moneyfacts.NoRateError, match=r"its rates run from .* to 2022-03-01") as caught:
        Money(Decimal(5), "RUB").convert("EUR", on=DAY)
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, moneyfacts.MoneyfactsError)
    with pytest.raises(LookupError, match="no euro rate for 'XTS'"):
        Money(Decimal(5), "USD").convert("XTS")
    with pytest.raises(LookupError, match="1998-06-01"):
        Money(Decimal(5), "USD").convert("EUR", on=dt.date(1998, 6, 1))


def test_what_cannot_be_converted() -> None:
    with pytest.raises(moneyfacts.ConversionError, match="no currency"):
        Money(Decimal(5)).convert("EUR")
    percent = moneyfacts.extract("Sales rose 7%.")[0]
    with pytest.raises(ValueError, match="percent"):
        percent.convert("EUR")
    with pytest.raises(TypeError, match="currency must be a str"):
        Money(Decimal(5), "USD").convert(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"datetime\.date"):
        Money(Decimal(5), "USD").convert("EUR", on="2025-02-25")  # type: ignore[arg-type]


def test_same_currency_is_rate_one() -> None:
    done = Money(Decimal("12.345"), "usd").convert("usd", on=DAY)
    assert done.result == Money(Decimal("12.345"), "usd")
    assert done.rate.value == 1


def test_a_range_converts_both_ends_and_keeps_the_rest() -> None:
    fact = moneyfacts.parse("between €3 million and €5 million a year")
    done = fact.convert("JPY", on=DAY)
    assert done.result.low is not None
    assert done.result.high is not None
    assert done.result.low.currency == "JPY"
    assert done.result.low.amount == Decimal(3_000_000) * fx.rate("EUR", "JPY", on=DAY).value
    assert done.result.low.amount.as_tuple().exponent == 0  # the yen has no minor unit
    assert dataclasses.replace(done.result, low=fact.low, high=fact.high) == fact


def test_latest_rate_when_no_day_is_given() -> None:
    done = Money(Decimal(1), "GBP").convert("EUR")
    assert done.on is None
    assert done.rate.date == fx.rate("EUR", "USD").date


def test_the_callers_decimal_context_is_untouched() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_DOWN
        done = Money(Decimal("123456.78"), "CHF").convert("SEK", on=DAY)
        assert ctx.prec == 3
    assert done == Money(Decimal("123456.78"), "CHF").convert("SEK", on=DAY)
    assert len(done.result.amount.as_tuple().digits) > 3


def _half_even(value: Fraction) -> int:
    whole, rest = divmod(value.numerator, value.denominator)
    twice = 2 * rest
    if twice > value.denominator or (twice == value.denominator and whole % 2):
        whole += 1
    return whole


@given(
    cents=st.integers(min_value=-(10**20), max_value=10**20),
    pair=st.sampled_from([("USD", "JPY"), ("GBP", "USD"), ("CNY", "EUR"), ("INR", "CHF"), ("EUR", "KRW")]),
    offset=st.integers(min_value=0, max_value=3000),
)
def test_conversion_is_one_exact_rounding(cents: int, pair: tuple[str, str], offset: int) -> None:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=offset)
    amount = Decimal(cents).scaleb(-2)
    done = Money(amount, pair[0]).convert(pair[1], on=day)
    base, _ = fx._table().euro_rate(pair[0], done.rate.date)
    quote, _ = fx._table().euro_rate(pair[1], done.rate.date)
    digits = 0 if pair[1] in ("JPY", "KRW") else 2
    exact = Fraction(amount) * Fraction(quote) / Fraction(base) * 10**digits
    assert done.result.amount == Decimal(_half_even(exact)).scaleb(-digits)


def test_fact_convert_is_frozen() -> None:
    done = Fact("€5", 0, 2, amount=Money(Decimal(5), "EUR")).convert("USD", on=DAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        done.rate = done.rate  # type: ignore[misc]
