"""Unit tests for digit runs, number words and CJK/hangul numerals."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from moneyfacts.numbers.digits import (
    CJK_NUMERAL,
    DIGITS,
    HANGUL_NUMERAL,
    KANA_NUMERAL,
    clitic_words,
    number_words,
    parse_cjk_numeral,
    parse_digits,
    parse_hangul_numeral,
    parse_kana_numeral,
    parse_number_words,
)

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def _runs(text: str) -> list[str]:
    return [m.group() for m in re.finditer(DIGITS, text)]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the bill came to $5.", ["5"]),
        ("just $5, and no more", ["5"]),
        ("paid 1,234. Then", ["1,234"]),
        ("about 1 234 567,89 kr", ["1 234 567,89"]),
        ("in 2019 25 people paid", ["2019", "25"]),
        ("a fee of .99 each", [".99"]),
        ("12,34,567 rupees", ["12,34,567"]),
        ("ab 3,- Euro", ["3,-"]),
        ("for 49,— only", ["49,—"]),
        (
            f"price 12{NBSP}500 and 7{NNBSP}000 and 9{THIN}999",
            [f"12{NBSP}500", f"7{NNBSP}000", f"9{THIN}999"],
        ),
        ("CHF 1'250.50 net", ["1'250.50"]),
        ("٣٤٥ ريال", ["٣٤٥"]),
        ("5 million", ["5"]),
    ],
)
def test_digits_matches_one_run_and_leaves_punctuation(text: str, runs: list[str]) -> None:
    assert _runs(text) == runs


def test_digits_has_no_capturing_groups() -> None:
    assert re.compile(DIGITS).groups == 0


@pytest.mark.parametrize(
    ("raw", "decimal", "group", "value"),
    [
        ("1.234,56", ".", ",", "1234.56"),
        ("1,234.56", ",", ".", "1234.56"),
        ("1,234,567", ".", ",", "1234567"),
        ("1.234.567", ".", ",", "1234567"),
        ("1,500", ".", ",", "1500"),
        ("1,500", ",", ".", "1.500"),
        ("3.350", ",", ".", "3350"),
        ("3.350", ".", ",", "3.350"),
        ("3.350", "", "", "3350"),
        ("1,500", ",", NNBSP, "1.500"),
        ("1.500", ",", NNBSP, "1500"),
        ("3,50", ".", ",", "3.50"),
        ("12.5", ",", ".", "12.5"),
        ("0.1234", ".", ",", "0.1234"),
        ("0,500", ".", ",", "0.500"),
        ("0,500", "", "", "0.500"),
        (".99", ".", ",", "0.99"),
        ("1'234.50", ".", "'", "1234.50"),
        ("1’234’567", ".", "’", "1234567"),
        ("1 234 567,89", ",", NNBSP, "1234567.89"),
        (f"2{NBSP}500", ",", NNBSP, "2500"),
        ("12,34,567", ".", ",", "1234567"),
        ("11,11,111", ".", ",", "1111111"),
        ("1,23,456.78", ".", ",", "123456.78"),
        ("3,-", ",", ".", "3"),
        ("49.-", ".", "'", "49"),
        ("٣٤٥", ".", ",", "345"),
        ("１２３", ".", ",", "123"),
        ("2.22000000000000008882", ".", ",", "2.22000000000000008882"),
    ],
)
def test_parse_digits(raw: str, decimal: str, group: str, value: str) -> None:
    assert parse_digits(raw, decimal, group) == Decimal(value)


def test_parse_digits_keeps_the_written_scale() -> None:
    assert str(parse_digits("10.50")) == "10.50"


@pytest.mark.parametrize("raw", ["1,2,3", "1.2.3", "12,3456,789", "1.234,56,78", "1,234.5.6", ""])
def test_parse_digits_rejects_malformed_runs(raw: str) -> None:
    assert parse_digits(raw) is None


EN = [
    ("five", "5", 1),
    ("twenty one", "21", 2),
    ("thirty-five", "35", 2),
    ("one hundred and five", "105", 4),
    ("a billion", "1000000000", 2),
    ("half a million", "500000", 3),
    ("one and a half million", "1500000", 5),
    ("a million and a half", "1500000", 5),
    ("two thirds of a billion", "666666666.6666666666666666667", 5),
    ("14 point 87 trillion", "14870000000000", 4),
    ("three point five billion", "3500000000", 4),
    ("30 and a half trillion", "30500000000000", 5),
    ("1.5 million", "1500000", 2),
    ("three quarters", "0.75", 2),
    ("thirteen", "13", 1),
    ("a dozen", "12", 2),
    ("one", "1", 1),
    ("a hundred thousand", "100000", 3),
    ("forty-two thousand six hundred", "42600", 5),
    ("seven hundred million dollars", "700000000", 3),
    ("one million and nine", "1000009", 4),
    ("five and apples", "5", 1),
    ("twelve thousand twelve thousand", "12000", 2),
    ("Nine Billion", "9000000000", 2),
]


@pytest.mark.parametrize(("text", "value", "used"), EN)
def test_english_number_words(text: str, value: str, used: int) -> None:
    tokens = re.split(r"[\s\-]+", text.casefold())
    assert parse_number_words(tokens, "en") == (Decimal(value), used)


@pytest.mark.parametrize("text", ["a", "and five", "apples", "half-baked idea", ""])
def test_no_english_number(text: str) -> None:
    tokens = [t for t in re.split(r"[\s\-]+", text.casefold()) if t]
    result = parse_number_words(tokens, "en")
    if text == "half-baked idea":
        assert result == (Decimal("0.5"), 1)
    else:
        assert result is None


@pytest.mark.parametrize(
    ("text", "language", "value", "used"),
    [
        ("dreiundzwanzig", "de", "23", 1),
        ("zweihundert", "de", "200", 1),
        ("zwei Millionen", "de", "2000000", 2),
        ("zweieinhalb Milliarden", "de_DE", "2500000000", 2),
        ("vierhundertzwölftausend", "de", "412000", 1),
        ("vingt et un", "fr", "21", 3),
        ("quatre-vingt-dix", "fr", "90", 3),
        ("deux millions", "fr", "2000000", 2),
        ("deux millions et demi", "fr", "2500000", 4),
        ("mille", "fr", "1000", 1),
        ("cinquecento", "it", "500", 1),
        ("due milioni", "it", "2000000", 2),
        ("vijfentwintig", "nl", "25", 1),
        ("to", "nb", "2", 1),
        ("tjue", "nb", "20", 1),
        ("hundre", "nb", "100", 1),
        ("tjugofem tusen", "sv", "25000", 2),
        ("mil millones", "es", "1000000000", 2),
        ("dos mil quinientos", "es", "2500", 3),
        ("trinta e dois", "pt", "32", 3),
        ("три миллиона", "ru", "3000000", 2),
        ("iki yüz", "tr", "200", 2),
        ("bir buçuk milyon", "tr", "1500000", 3),
        ("hai mươi", "vi", "20", 2),
        ("lima puluh ribu", "id", "50000", 3),
        ("douăzeci", "ro", "20", 1),
        ("dvadeset", "hr", "20", 1),
        ("двайсет", "bg", "20", 1),
        ("vint-i-u", "ca", "21", 3),
        ("deich", "ga", "10", 1),
        ("עשר אלף", "he", "10000", 2),
        ("וחצי", "he", "0.5", 1),
        ("عشرة", "ar", "10", 1),
        ("وعشرون", "ar", "20", 1),
        ("ათი", "ka", "10", 1),
        ("арван", "mn", "10", 1),
        ("хоёр мянга", "mn", "2000", 2),
        ("백이십삼만 사천오백육십칠", "ko", "1234567", 2),
        ("二十五", "ja", "25", 1),
        ("दस लाख", "hi", "1000000", 2),
        # some accents dropped, others kept; modern comma-below letters beside RBNF's cedillas
        ("douăzeci si trei", "ro", "23", 3),
        ("douăzeci și trei", "ro", "23", 3),
        ("četrdeset dva", "hr", "42", 2),
        ("jednog", "hr", "1", 1),
        ("पांच", "hi", "5", 1),
        ("पांच हज़ार", "hi", "5000", 2),  # anusvara for candrabindu, nukta or none: पाँच हजार
    ],
)
def test_number_words_in_other_languages(text: str, language: str, value: str, used: int) -> None:
    tokens = re.split(r"[\s\-]+", text.casefold())
    assert parse_number_words(tokens, language) == (Decimal(value), used)


def test_unknown_language_has_no_number_words() -> None:
    assert parse_number_words(["five"], "xx") is None
    assert number_words("xx") == frozenset()


def test_number_words_vocabulary() -> None:
    words = number_words("en")
    assert {"thirty", "five", "hundred", "million", "billion", "and", "a", "half", "thirds", "point"} <= words
    assert "fifth" not in words
    assert {"tausend", "millionen", "und"} <= number_words("de")
    assert {"lakh", "crore"} <= number_words("en_IN")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三千八百亿", "380000000000"),
        ("九點五億", "950000000"),
        ("5千", "5000"),
        ("1.2万", "12000"),
        ("两千", "2000"),
        ("十二", "12"),
        ("十", "10"),
        ("一百零五", "105"),
        ("〇.五", "0.5"),
        ("4万5千", "45000"),
        ("两百", "200"),
        ("1億2000万", "120000000"),
        ("万亿", "1000000000000"),
        ("壹仟贰佰", "1200"),
        ("５千", "5000"),
    ],
)
def test_cjk_numerals(text: str, value: str) -> None:
    assert re.fullmatch(CJK_NUMERAL, text) is not None
    assert parse_cjk_numeral(text) == Decimal(value)


def test_cjk_numeral_pattern_stops_at_other_text() -> None:
    assert [m.group() for m in re.finditer(CJK_NUMERAL, "营收达三千八百亿元，增长1.2万。")] == [
        "三千八百亿",
        "1.2万",
    ]
    assert parse_cjk_numeral("元") is None
    assert parse_cjk_numeral("") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("45만", "450000"),
        ("3억 5천만", "350000000"),
        ("3,500만", "35000000"),
        ("백만", "1000000"),
        ("1.5조", "1500000000000"),
    ],
)
def test_hangul_numerals(text: str, value: str) -> None:
    assert re.fullmatch(HANGUL_NUMERAL, text) is not None
    assert parse_hangul_numeral(text) == Decimal(value)


def test_clitic_words_name_the_clitic_written_onto_a_number_word() -> None:
    he, ar = clitic_words("he"), clitic_words("ar")
    assert (he["מעשרים"], he["לשלושה"], ar["بخمسين"], ar["وعشرون"]) == ("מ", "ל", "ب", "و")
    assert "עשרים" not in he
    assert clitic_words("en") == {}


@pytest.mark.parametrize(
    ("tokens", "value"),
    [(["خمسين"], "50"), (["ثلاثة", "وأربعين"], "43"), (["بإثنين"], "2"), (["بسبعين", "ألف"], "70000")],
)
def test_arabic_tens_in_the_oblique_case(tokens: list[str], value: str) -> None:
    assert parse_number_words(tokens, "ar") == (Decimal(value), len(tokens))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("よんせんにひゃくごじゅうはち", "4258"),
        ("さんびゃく", "300"),
        ("はっぴゃくまん", "8000000"),
        ("いっせんきゅうひゃく", "1900"),
        ("なな", "7"),
    ],
)
def test_kana_numerals(text: str, value: str) -> None:
    assert re.fullmatch(KANA_NUMERAL, text) is not None
    assert parse_kana_numeral(text) == Decimal(value)


def test_a_lone_one_kana_reading_is_no_numeral() -> None:
    assert [parse_kana_numeral(kana) for kana in ("に", "ご", "し", "く")] == [None] * 4
    assert parse_kana_numeral("ななが") is None  # not read through


def test_and_a_fraction_of_a_scale_is_a_number_of_its_own() -> None:
    assert parse_number_words(["2", "million", "and", "a", "quarter", "of", "a", "million"], "en") == (
        Decimal("2000000"),
        2,
    )
    assert parse_number_words(["2", "million", "and", "a", "half"], "en") == (Decimal("2500000"), 5)
