"""Language data: number words, currency marks, minor units and phrases of languages other than English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts import extract
from moneyfacts.numbers.words import parse_number_words
from moneyfacts.reading.lexicon import lexicon, normalise_mark


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


@pytest.mark.parametrize(
    ("locale", "word", "code"),
    [
        ("ja", "人民元", "CNY"),
        ("ja", "台湾ドル", "TWD"),
        ("ko", "위안", "CNY"),
        ("ko", "엔", "JPY"),
        ("he", "שח", "ILS"),
        ("he", "פאונד", "GBP"),
        ("ar", "جنيهات استرلينية", "GBP"),
        ("ka", "ეგვიპტური ფუნტი", "EGP"),
        ("mn", "төгрөгийн", "MNT"),
        ("bg", "лева", "BGN"),
        ("bg", "паунда", "GBP"),
        ("tr", "avro", "EUR"),
        ("tr", "dolar", "USD"),
        ("ro", "roni", "RON"),
    ],
)
def test_everyday_names(locale: str, word: str, code: str) -> None:
    mark = lexicon(locale).marks[normalise_mark(word)]
    assert mark.codes[0] == code


@pytest.mark.parametrize(
    ("locale", "word", "power", "code"),
    [
        ("ar", "سنتات", 2, None),
        ("ga", "ceinteanna", 2, None),
        ("ka", "ცენტი", 2, None),
        ("mn", "пени", 2, "GBP"),
        ("tr", "sent", 2, None),
        ("vi", "xen", 2, None),
    ],
)
def test_minor_units(locale: str, word: str, power: int, code: str | None) -> None:
    assert lexicon(locale).minor_units[normalise_mark(word)] == (power, code)


def test_turkish_cent_is_no_english_minor_unit() -> None:
    # "sent" is the past of "send" in English: only Turkish reads it as a cent
    assert "sent" not in lexicon("en").minor_units


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency"),
    [
        ("그 회사는 3천 2백만 달러를 벌었다", "ko", "32000000", "USD"),
        ("작년 매출은 1천억 위안이었다", "ko", "100000000000", "CNY"),
        ("賞金は12.5億人民元になった", "ja", "1250000000", "CNY"),
        ("Bileti 40 avro tuttu", "tr", "40", "EUR"),
        ("ქირა 300 ეგვიპტური ფუნტი ღირს", "ka", "300", "EGP"),
    ],
)
def test_sentences(text: str, locale: str, amount: str, currency: str) -> None:
    facts = [f.to_dict() for f in extract(text, locale=locale)]
    assert [(f["amount"], f["currency"]) for f in facts if f["kind"] == "money"] == [(amount, currency)]


@pytest.mark.parametrize(
    ("tokens", "language", "value"),
    [
        (["dvjesta"], "hr", "200"),  # everyday beside RBNF's "dvjesto"
        (["dvije", "stotine"], "hr", "200"),  # two hundreds
        (["șapte"], "ro", "7"),  # the comma below, beside RBNF's cedilla "şapte"
        (["douăzeci", "și", "trei"], "ro", "23"),
    ],
)
def test_number_word_spellings_beside_rbnf(tokens: list[str], language: str, value: str) -> None:
    parsed = parse_number_words(tokens, language)
    assert parsed is not None
    assert parsed == (Decimal(value), len(tokens))


def test_the_swedish_plural_of_ore_in_norwegian_text() -> None:
    facts = [f.to_dict() for f in extract("Det kostet 50 örer", locale="nb")]
    assert [(f["amount"], f["currency"]) for f in facts] == [("0.5", "NOK")]
