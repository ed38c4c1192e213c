"""Language data: number words, currency marks, minor units and phrases of languages other than English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts._numwords import parse_number_words


@pytest.mark.parametrize(
    ("tokens", "value"),
    [
        # hangul units after digits, spaced or not: 십 and 백 multiply like 천
        ("3 천 2 백 만", "32000000"),
        ("천 6 백 만", "16000000"),
        ("5 억 3 천 9 백 만", "539000000"),
        ("6 백 40 만", "6400000"),
        ("오 십", "50"),
        ("사 천 구 백 이 십 일 만", "49210000"),
        ("삼백오십", "350"),
        ("칠백만", "7000000"),
        # a spelled decimal point (점, colloquial 쩜) after whole tens
        ("삼 십 일 점 오 오", "31.55"),
        ("이 쩜 칠 오", "2.75"),
    ],
)
def test_korean_numerals(tokens: str, value: str) -> None:
    parsed = parse_number_words(tokens.split(), "ko")
    assert parsed is not None
    assert parsed[0] == Decimal(value)
    assert parsed[1] == len(tokens.split())


def test_spelled_point_after_groups_in_english() -> None:
    assert parse_number_words(["forty", "one", "point", "two", "five"], "en") == (Decimal("41.25"), 5)


def test_numeral_with_decimals_after_groups_stays_apart() -> None:
    # "three thousand 4.5" is two numbers: the reading stops after the scale
    assert parse_number_words(["three", "thousand", "4.5"], "en") == (Decimal("3000"), 2)


@pytest.mark.parametrize(("tokens", "value"), [(["un", "milion"], "1000000"), (["un"], "1")])
def test_romanian_article_is_one(tokens: list[str], value: str) -> None:
    parsed = parse_number_words(tokens, "ro")
    assert parsed is not None
    assert parsed[0] == Decimal(value)
