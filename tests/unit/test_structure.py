"""What stands beside an amount: ranges, glosses, units, coins, percentages (through extract/parse)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyfacts
from moneyfacts import Qualifier


def _one(text: str, locale: str = "en") -> moneyfacts.Fact:
    [fact] = moneyfacts.extract(text, locale=locale, kinds=["money"])
    return fact


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$5-6 billion", "5000000000", "6000000000"),
        ("US$5–6bn", "5000000000", "6000000000"),
        ("between $5 and $6 billion", "5000000000", "6000000000"),
        ("from $300,000 to over $2 million", "300000", "2000000"),
    ],
)
def test_ranges_share_scale_and_currency(text: str, low: str, high: str) -> None:
    fact = _one(text)
    assert fact.qualifier is Qualifier.RANGE
    assert (fact.low, fact.high) == (
        moneyfacts.Money(Decimal(low), "USD"),
        moneyfacts.Money(Decimal(high), "USD"),
    )


def test_a_year_is_no_end_of_a_range() -> None:
    fact = _one("profit rose in fiscal 2025 to $5 billion")
    assert fact.qualifier is None
    assert fact.amount == moneyfacts.Money(Decimal("5000000000"), "USD")


def test_a_gloss_after_a_short_phrase_is_an_equivalent() -> None:
    text = "Ganó 1.020 millones de francos del año anterior (893 millones de euros) en total."
    fact = _one(text, "es")
    assert fact.equivalents == (moneyfacts.Money(Decimal("893000000"), "EUR"),)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Gas was $3.10 per million British thermal units.", "million british thermal unit"),
        ("Lumber cost $612 per 1,000 board feet.", "1,000 board feet"),
        ("It paid 12.75c per stapled security and more.", "stapled security"),
        ("The hotel charges €200 a night.", "night"),
    ],
)
def test_unit_phrases(text: str, unit: str) -> None:
    assert _one(text).per == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "It pays $10,000 for each Hong Kong permanent identity card holder.",
            "permanent identity card holder",
        ),
        ("Donors gave $5 for every tree planted.", "tree planted"),
        ("The fund adds $1,000 for every child under five.", "child"),
        ("It pays $20 for each American.", "american"),
    ],
)
def test_for_each_names_the_unit_without_a_leading_name(text: str, unit: str) -> None:
    assert _one(text).per == unit


def test_for_each_time_unit_is_a_recurrence_not_a_unit() -> None:
    fact = _one("Workers earn $18 for every hour worked.")
    assert fact.per is None
    assert fact.period is not None
    assert fact.period.recurrence == moneyfacts.Duration(hours=1)


def test_a_movement_from_a_distant_from_is_two_figures() -> None:
    facts = moneyfacts.extract(
        "The deficit could increase from its current level of $19 billion to almost $50 billion."
    )
    assert [(f.amount, f.qualifier) for f in facts] == [
        (moneyfacts.Money(Decimal("19000000000"), "USD"), None),
        (moneyfacts.Money(Decimal("50000000000"), "USD"), Qualifier.APPROX),
    ]


@pytest.mark.parametrize(
    ("text", "locale", "value", "currency"),
    [
        ("eight quarters", "en_CA", "2", "CAD"),
        ("three hundred thousand nickels", "en_US", "15000", "USD"),
        ("五個半", "zh", "5.5", None),
        ("三块零四", "zh", "3.04", "CNY"),
        ("五块七毛八", "zh", "5.78", "CNY"),
    ],
)
def test_coins_and_chinese_cents(text: str, locale: str, value: str, currency: str | None) -> None:
    fact = moneyfacts.parse(text, locale=locale)
    assert fact.amount == moneyfacts.Money(Decimal(value), currency)


def test_basis_points_are_percentage_points_with_a_direction() -> None:
    [fact] = moneyfacts.extract("The bank cut rates by 150 basis points.")
    assert (fact.kind, fact.amount.amount if fact.amount else None, fact.points, fact.direction) == (
        moneyfacts.Kind.PERCENT,
        Decimal("1.5"),
        True,
        "down",
    )


def test_the_pentagon_is_no_money() -> None:
    assert moneyfacts.extract("五角大楼今天发表声明。", locale="zh", kinds=["money"]) == []


def test_an_index_level_is_not_percentage_points() -> None:
    facts = moneyfacts.extract("The index closed at 5,123.45 points; the spread widened 1.5 points.")
    assert [(f.kind, f.amount.amount if f.amount else None) for f in facts] == [
        (moneyfacts.Kind.PERCENT, Decimal("1.5"))
    ]


@pytest.mark.parametrize(
    ("text", "locale", "value", "currency"),
    [
        ("שקל חדש", "he", "1", "ILS"),
        ("אגורה בודדת", "he", "0.01", "ILS"),
        ("דינר כוויתי וחצי", "he", "1.5", "KWD"),
        ("دينار كويتي", "ar", "1", "KWD"),
        ("копейка", "ru", "0.01", "RUB"),
        ("שנקל", "he_IL", "2", "ILS"),
    ],
)
def test_a_currency_named_alone_is_one_of_it(text: str, locale: str, value: str, currency: str) -> None:
    fact = moneyfacts.parse(text, locale=locale)
    assert fact.amount == moneyfacts.Money(Decimal(value), currency)


def test_a_currency_named_alone_needs_an_article_in_english_and_a_price_string() -> None:
    with pytest.raises(moneyfacts.ParseError):
        moneyfacts.parse("dollar")
    assert moneyfacts.parse("a dollar").amount == moneyfacts.Money(Decimal(1), "USD")
    assert moneyfacts.extract("השקל התחזק מול הדולר.", locale="he", kinds=["money"]) == []


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("a dollar and a half", "en", "1.5"),
        ("5 million dollars and a half", "en", "5000000"),
        ("deux euros et demi", "fr", "2.5"),
        ("два рубля с половиной", "ru", "2.5"),
        ("ثلاثة دولارات ونصف", "ar", "3.5"),
    ],
)
def test_and_a_half_after_the_currency_adds_half_a_unit(text: str, locale: str, value: str) -> None:
    amount = moneyfacts.parse(text, locale=locale).amount
    assert (amount.amount if amount else None) == Decimal(value)


def test_a_half_of_what_follows_is_not_the_currencys() -> None:
    [fact] = moneyfacts.extract("Pagó dos euros y media docena de huevos.", locale="es", kinds=["money"])
    assert fact.amount == moneyfacts.Money(Decimal(2), "EUR")


@pytest.mark.parametrize(
    ("text", "locale", "low", "high", "currency"),
    [
        ("משלושה עד חמישה שקלים", "he", "3", "5", "ILS"),
        ("בין שלושה לחמישה דולר", "he", "3", "5", "USD"),
        ("ما بين ثلاثة وخمسة يورو", "ar", "3", "5", "EUR"),
        ("من ثلاثين لخمسين دولارا", "ar", "30", "50", "USD"),
    ],
)
def test_a_range_joined_by_a_clitic_on_a_number_word(
    text: str, locale: str, low: str, high: str, currency: str
) -> None:
    fact = moneyfacts.parse(text, locale=locale)
    assert (fact.qualifier, fact.low, fact.high) == (
        Qualifier.RANGE,
        moneyfacts.Money(Decimal(low), currency),
        moneyfacts.Money(Decimal(high), currency),
    )


def test_a_qualifier_may_end_in_the_clitic_on_the_number() -> None:
    fact = _one("החברה גייסה פחות משלושים מיליון דולר.", "he")
    assert (fact.qualifier, fact.amount) == (Qualifier.UNDER, moneyfacts.Money(Decimal(30000000), "USD"))


def test_a_number_word_and_a_clitic_number_without_an_opener_are_no_range() -> None:
    facts = moneyfacts.extract("عشرة وعشرون دولار", locale="ar", kinds=["money"])
    assert [(f.amount, f.qualifier) for f in facts] == [(moneyfacts.Money(Decimal(20), "USD"), None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hij is me nog een tientje schuldig.", "10"),
        ("Ik vond drie dubbeltjes.", "0.3"),
        ("een knaak", "2.5"),
    ],
)
def test_dutch_coins_in_running_text(text: str, value: str) -> None:
    fact = _one(text, "nl")
    assert fact.amount == moneyfacts.Money(Decimal(value), "EUR")


def test_english_coins_are_read_only_when_the_string_names_them() -> None:
    assert moneyfacts.extract("It was a quarter past nine and a nickel mine.", kinds=["money"]) == []
    assert moneyfacts.parse("two dimes", locale="en_US").amount == moneyfacts.Money(Decimal("0.2"), "USD")
