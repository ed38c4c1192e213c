"""The public entry points: argument checks, errors with reasons, kinds, extract_many."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import moneyfacts
from moneyfacts import Kind, Money, ParseError, Reason, UnknownLocaleError


@pytest.mark.parametrize("text", [None, 5, b"$5", ["$5"]])
def test_text_must_be_a_str(text: Any) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        moneyfacts.extract(text)
    with pytest.raises(TypeError, match="text must be a str"):
        moneyfacts.parse(text)


@pytest.mark.parametrize("locale", [None, 1, ("en",)])
def test_locale_must_be_a_str(locale: Any) -> None:
    with pytest.raises(TypeError, match="locale"):
        moneyfacts.extract("$5", locale=locale)


@pytest.mark.parametrize("reference_date", ["2025-01-01", 20250101])
def test_reference_date_must_be_a_date(reference_date: Any) -> None:
    with pytest.raises(TypeError, match="reference_date"):
        moneyfacts.extract("$5 next year", reference_date=reference_date)


@pytest.mark.parametrize("fiscal", [(4,), (4, 1, 1), ("4", "1"), 4, "41", (True, 1)])
def test_fiscal_year_start_must_be_a_pair_of_ints(fiscal: Any) -> None:
    with pytest.raises(TypeError, match="fiscal_year_start"):
        moneyfacts.extract("$5", fiscal_year_start=fiscal)


def test_fiscal_year_start_must_be_a_real_date() -> None:
    with pytest.raises(ValueError, match="month"):
        moneyfacts.extract("$5", fiscal_year_start=(13, 1))


@pytest.mark.parametrize("locale", ["xx_YY", "klingon"])
def test_unknown_locale(locale: str) -> None:
    with pytest.raises(UnknownLocaleError) as info:
        moneyfacts.extract("$5", locale=locale)
    assert isinstance(info.value, ValueError)
    assert info.value.locale == locale


def test_default_currency_is_checked() -> None:
    with pytest.raises(TypeError, match="default_currency"):
        moneyfacts.extract("$5", default_currency=840)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ISO 4217"):
        moneyfacts.extract("$5", default_currency="XYZQ")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("no money here", Reason.NO_NUMBER),
        ("", Reason.EMPTY),
        ("   ", Reason.EMPTY),
        ("up 5%", Reason.NO_MONEY),
    ],
)
def test_parse_error_has_a_reason(text: str, reason: Reason) -> None:
    with pytest.raises(ParseError) as info:
        moneyfacts.parse(text)
    assert info.value.reason is reason
    assert info.value.text == text
    assert isinstance(info.value, ValueError)


def test_parse_returns_the_figure() -> None:
    fact = moneyfacts.parse("US$52.4 billion")
    assert fact.amount == Money(Decimal("52400000000"), "USD")


def test_kinds_selection() -> None:
    text = "It cost $5, up 3%."
    assert [f.kind for f in moneyfacts.extract(text, kinds=None)] == [Kind.MONEY, Kind.PERCENT]
    assert [f.text for f in moneyfacts.extract(text, kinds="money")] == ["$5"]
    assert [f.text for f in moneyfacts.extract(text, kinds=[Kind.PERCENT])] == ["3%"]
    assert moneyfacts.extract(text, kinds=[]) == []
    with pytest.raises(ValueError, match="unknown kind"):
        moneyfacts.extract(text, kinds=["count"])
    with pytest.raises(TypeError, match="kind"):
        moneyfacts.extract(text, kinds=[3])  # type: ignore[list-item]


TEXTS = ["$5 and €6", "nothing", "Rs 3 crore", "£40m (US$51m)", ""]


@pytest.mark.parametrize("processes", [None, 2])
def test_extract_many_keeps_order(processes: int | None) -> None:
    got = list(moneyfacts.extract_many(TEXTS, processes=processes, locale="en_IN", chunksize=2))
    assert got == [moneyfacts.extract(t, locale="en_IN") for t in TEXTS]
    assert [len(facts) for facts in got] == [2, 0, 1, 1, 0]


def test_extract_many_checks_options_first() -> None:
    with pytest.raises(TypeError, match="locale"):
        list(moneyfacts.extract_many(["$5"], locale=5))
