"""Properties of the number readers: locale round trips, the RBNF oracle, linear-time matching."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts.numbers.digits import DIGITS, parse_digits, parse_number_words

unicode_rbnf = pytest.importorskip("unicode_rbnf")

LOCALES = [
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt_BR",
    "nl",
    "sv",
    "nb",
    "ru",
    "pl",
    "de_AT",
    "fr_BE",
    "en_IN",
    "hi",
]
LANGUAGES = [
    "en", "de", "fr", "es", "pt", "it", "nl", "sv", "nb", "ru", "tr", "vi", "id", "ro", "hr", "bg", "ca",
    "he", "ar", "ka", "ko", "ja", "hi", "uk", "da",
]  # fmt: skip
_TOKEN = re.compile(r"[\s\-‐‑,]+")


@cache
def _engine(language: str) -> Any:
    return unicode_rbnf.RbnfEngine.for_language({"nb": "no"}.get(language, language))


amounts = st.decimals(min_value=0, max_value=Decimal("999999999999"), places=2, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(value=amounts, locale=st.sampled_from(LOCALES))
def test_babel_formatted_numbers_parse_back(value: Decimal, locale: str) -> None:
    text = format_decimal(value, locale=locale, decimal_quantization=False)
    match = re.fullmatch(DIGITS, text)
    assert match is not None, text
    decimal, group = get_decimal_symbol(locale), get_group_symbol(locale)
    assert parse_digits(text, decimal, group) == value


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=0, max_value=999_999_999_999))
def test_plain_grouping_parses_back_in_an_unknown_locale(value: int) -> None:
    text = f"{value:,}"
    assert parse_digits(text, "", "") == value
    assert parse_digits(text.replace(",", "."), "", "") == value


@settings(max_examples=300, deadline=None)
@given(value=st.integers(min_value=0, max_value=999_999_999), language=st.sampled_from(LANGUAGES))
def test_rbnf_spell_out_parses_back(value: int, language: str) -> None:
    text = _engine(language).format_number(value).text
    tokens = [t for t in _TOKEN.split(text.casefold()) if t]
    assert parse_number_words(tokens, language) == (Decimal(value), len(tokens)), text


def test_digits_is_linear_on_a_megabyte() -> None:
    pattern = re.compile(DIGITS)
    for unit in ("1,", "12 ", "1 234 ", "1.2,", "1'", "9" * 50 + ".", "1 23"):
        text = unit * (1_000_000 // len(unit))
        count = sum(1 for _ in pattern.finditer(text))
        assert count >= 1
        assert pattern.match(text) is not None
