"""Vague amounts: a vague count of a scale is a range with both ends."""

from __future__ import annotations

import pytest

import moneyfacts


def _ranges(text: str, locale: str) -> list[tuple[str, str, str | None]]:
    return [
        (str(f.low), str(f.high), f.qualifier.value if f.qualifier else None)
        for f in moneyfacts.extract(text, locale=locale, kinds=["money"])
    ]


@pytest.mark.parametrize(
    ("locale", "text", "low", "high"),
    [
        ("en_GB", "The council lost tens of millions of pounds.", "GBP 10000000", "GBP 100000000"),
        ("en", "Refunds ran to hundreds of thousands of euros.", "EUR 100000", "EUR 1000000"),
        ("en", "The bank lent several billion yen.", "JPY 2000000000", "JPY 9000000000"),
        ("de", "Der Konzern investiert mehrere Milliarden Euro.", "EUR 2000000000", "EUR 9000000000"),
        ("fr", "L'État a perdu des dizaines de millions d'euros.", "EUR 10000000", "EUR 100000000"),
        ("es", "La empresa invirtió cientos de millones de dólares.", "USD 100000000", "USD 1000000000"),
        ("ru", "Компания потеряла сотни миллионов рублей.", "RUB 100000000", "RUB 1000000000"),
    ],
)
def test_a_vague_count_is_a_range(locale: str, text: str, low: str, high: str) -> None:
    assert _ranges(text, locale) == [(low, high, "range")]


@pytest.mark.parametrize("text", ["Tens of millions of people watched.", "It cost millions of dollars."])
def test_no_currency_or_no_count_is_no_vague_amount(text: str) -> None:
    assert moneyfacts.extract(text, kinds=["money"]) == []
