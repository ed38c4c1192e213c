"""Equivalents in every language: a figure restated in another currency in the same breath."""

from __future__ import annotations

import pytest

import moneyfacts


def _read(text: str, locale: str) -> list[tuple[str, list[str]]]:
    return [
        (str(f.amount), [str(e) for e in f.equivalents])
        for f in moneyfacts.extract(text, locale=locale, kinds=["money"])
    ]


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("de", "Der Konzern zahlte 500 Millionen Franken, umgerechnet 520 Millionen Euro.",
         [("CHF 500000000", ["EUR 520000000"])]),
        ("fr", "Le groupe a payé 300 millions de livres, soit environ 350 millions d'euros.",
         [("GBP 300000000", ["EUR 350000000"])]),
        ("es", "La empresa pagó 2.000 millones de pesos, o sea 100 millones de dólares.",
         [("MXN 2000000000", ["USD 100000000"])]),
        ("pt", "A empresa investiu R$ 5 bilhões, estimado em US$ 1 bilhão.",
         [("BRL 5000000000", ["USD 1000000000"])]),
        ("id", "Perusahaan membayar US$10 juta atau setara Rp150 miliar.",
         [("USD 10000000", ["IDR 150000000000"])]),
        ("zh", "公司投资50亿美元，约合360亿元人民币。", [("USD 5000000000", ["CNY 36000000000"])]),
        ("zh", "公司投资50亿美元，折合360亿元人民币。", [("USD 5000000000", ["CNY 36000000000"])]),
        ("ru", "Компания заплатила 5 млрд рублей, или около 60 млн долларов.",
         [("RUB 5000000000", ["USD 60000000"])]),
        ("en_AU", "The firm raised US$500 million ($1 = 1.5310 Australian dollars).",
         [("USD 500000000", []), ("USD 1", ["AUD 1.531"])]),
    ],
)  # fmt: skip
def test_a_restatement_is_an_equivalent(locale: str, text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _read(text, locale) == want


def test_the_same_currency_again_is_no_equivalent() -> None:
    text = "Der Umsatz betrug 5 Mrd. Euro, umgerechnet 5 Mrd. Euro."
    assert _read(text, "de") == [("EUR 5000000000", []), ("EUR 5000000000", [])]


def test_a_percentage_after_about_is_no_equivalent() -> None:
    assert _read("Sales were $5 billion, about 10% more.", "en") == [("USD 5000000000", [])]


def test_the_russian_dollar_is_the_us_dollar_first() -> None:
    assert _read("Компания заработала 5 млн долларов.", "ru") == [("USD 5000000", [])]
    assert _read("Это стоит 5 канадских долларов.", "ru") == [("CAD 5", [])]
