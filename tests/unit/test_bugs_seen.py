"""Readings that once went wrong: a pronoun read as cents, a dotted Dutch scale, French scale letters before
the dollar sign, currency names and scale words inflected for case."""

from __future__ import annotations

import pytest

import moneyfacts


def _amounts(text: str, locale: str = "en") -> list[str]:
    return [str(f.amount) for f in moneyfacts.extract(text, locale=locale, kinds=["money"])]


def test_a_pronoun_after_a_price_is_no_cents() -> None:
    assert _amounts("She turned down a $40,000 salary and a $90,000 one.") == ["USD 40000", "USD 90000"]
    assert _amounts("It cost US$4 and twelve.") == ["USD 4.12"]


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("nl", "Het fonds haalde CHF 12 mrd. op.", ["CHF 12000000000"]),
        ("fr_CA", "La société a investi 4,2 G$ et 25 M$.", ["CAD 4200000000", "CAD 25000000"]),
        ("fr", "Le groupe a levé 4,2 G$ hier.", ["USD 4200000000"]),
        ("en", "Georgetown paid G$500 million.", ["GYD 500000000"]),
        ("fr", "Ajoutez 500 g de farine pour 3 €.", ["EUR 3"]),  # a gram is no giga
    ],
)
def test_scales_written_short(locale: str, text: str, want: list[str]) -> None:
    assert _amounts(text, locale) == want


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("is", "Hagnaðurinn nam 5 milljörðum króna.", "ISK 5000000000"),
        ("is", "Tekjur námu 300 milljónum evra.", "EUR 300000000"),
        ("fi", "Yhtiö teki 40 miljoonan euron voiton.", "EUR 40000000"),
        ("fi", "Yhtiö maksoi 40 miljoonaa dollaria.", "USD 40000000"),
        ("pl", "Zapłacił 40 dolarami.", "USD 40"),
        ("ru", "Речь идёт о 5 млрд рублях.", "RUB 5000000000"),
    ],
)
def test_names_and_scales_inflected_for_case(locale: str, text: str, want: str) -> None:
    assert _amounts(text, locale) == [want]


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("sv", "Resultatet blev 350 tkr och 12 Mkr (9).", ["SEK 350000", "SEK 12000000", "SEK 9000000"]),
        ("tr", "Şirketin satışları 6.743m TL oldu.", ["TRY 6743000000"]),
        ("tr", "Şirketin satışları 2,5 mlr TL oldu.", ["TRY 2500000000"]),
        ("nl", "Het resultaat is EUR 0,06 (2016/2017 EUR 2,70).", ["EUR 0.06", "EUR 2.7"]),
        ("en", "In 2019 USD 5 million was raised.", ["USD 5000000"]),
    ],
)
def test_fused_scales_and_year_labels(locale: str, text: str, want: list[str]) -> None:
    assert _amounts(text, locale) == want


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("pt_BR", "A receita foi de R$ 300 milhões, ante R$ 250 milhões um ano antes.",
         ["BRL 300000000", "BRL 250000000"]),  # "um" is an article, not one more real
        ("en", "It cost 2 million three hundred thousand dollars.", ["USD 2300000"]),
        ("pt_PT", "O lucro foi de 300 milhões de euros, contra 250 milhões em 2022.",
         ["EUR 300000000", "EUR 250000000"]),
        ("fr_CA", "Les ventes ont atteint 4,5 G$ au trimestre.", ["CAD 4500000000"]),  # "au" is no "$ AU"
        ("fr", "Il coûte 5 $ AU.", ["AUD 5"]),
    ],
)  # fmt: skip
def test_articles_after_figures(locale: str, text: str, want: list[str]) -> None:
    assert _amounts(text, locale) == want


def test_a_number_hyphenated_to_a_word_reads_without_error() -> None:
    assert _amounts("The rise was the biggest in its 52-year history.") == []
    assert _amounts("It paid £9.18 for 21- and 22-year-olds.") == ["GBP 9.18"]
