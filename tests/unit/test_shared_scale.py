"""A figure that writes no currency or scale takes its neighbour's: movements, comparisons, prior values."""

from __future__ import annotations

import pytest

import moneyfacts


def _amounts(text: str, locale: str = "en") -> list[str]:
    return [str(f.amount) for f in moneyfacts.extract(text, locale=locale, kinds=["money"])]


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("de", "Der Gewinn stieg auf 4,1 (3,8) Mio. Euro.", ["EUR 4100000", "EUR 3800000"]),
        ("sv", "Rörelseresultatet var 5,3 miljarder kronor (4,7).", ["SEK 5300000000", "SEK 4700000000"]),
        ("sv", "Kassaflödet var –5,3 miljarder kronor (–7,2).", ["SEK -5300000000", "SEK -7200000000"]),
        ("en", "Revenue was $5 billion (2023: $4.1 billion).", ["USD 5000000000", "USD 4100000000"]),
        ("en_PH", "Income grew to P21 billion from 18.4 billion.", ["PHP 21000000000", "PHP 18400000000"]),
        (
            "fr",
            "Il vise 500 milliards d'euros, puis 630 milliards en 2030.",
            ["EUR 500000000000", "EUR 630000000000"],
        ),
        ("nl", "In 2020 steeg het dividend van 1,5 naar 2,5 euro.", ["EUR 1.5", "EUR 2.5"]),
        ("de", "Der Umsatz stieg von 4,5 auf 5,1 Milliarden Euro.", ["EUR 4500000000", "EUR 5100000000"]),
        (
            "fr",
            "Le chiffre d'affaires est passé de 12,5 à 18 milliards d'euros.",
            ["EUR 12500000000", "EUR 18000000000"],
        ),
    ],
)
def test_the_scale_and_currency_written_once_are_shared(locale: str, text: str, want: list[str]) -> None:
    assert _amounts(text, locale) == want


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose from 2019 to $5 billion.",  # a year is no figure
        "Revenue was $5 billion from 300 million users.",  # a count of something else
        "The bank lent $5 billion, against 4 billion of deposits.",
        "It cost $5 (about 10%).",
    ],
)
def test_a_number_that_counts_something_else_takes_nothing(text: str) -> None:
    assert len(_amounts(text)) == 1


def test_a_prior_value_is_no_equivalent() -> None:
    (fact, prior) = moneyfacts.extract("Rörelseresultatet var 5,3 miljarder kronor (4,7).", locale="sv")
    assert fact.equivalents == ()
    assert prior.equivalents == ()


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("fr", "Il vise 40 milliards d'euros d'ici 2030, puis 55 milliards en 2035.",
         ["EUR 40000000000", "EUR 55000000000"]),
        ("es", "Las ventas sumaron 120 millones de euros, y el beneficio 18 millones.",
         ["EUR 120000000", "EUR 18000000"]),
        ("en", "It spent $4 billion on roads and 2 billion on rail.", ["USD 4000000000", "USD 2000000000"]),
        ("en", "Sales were $5 billion, up 20% from 4.1 billion a year earlier.",
         ["USD 5000000000", "USD 4100000000"]),
    ],
)  # fmt: skip
def test_a_later_scaled_number_takes_the_sentence_currency(locale: str, text: str, want: list[str]) -> None:
    assert _amounts(text, locale) == want


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was $5 billion and the firm has 300 million users.",
        "Revenue was $5 billion. The town has 300 million.",  # another sentence
        "The firm has $5 billion in cash and 2 billion shares.",
    ],
)
def test_a_count_or_another_sentence_takes_no_currency(text: str) -> None:
    assert _amounts(text) == ["USD 5000000000"]
