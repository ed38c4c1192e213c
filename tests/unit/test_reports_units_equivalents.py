"""Per-unit prices, equivalents and amounts as results reports write them. Sentences of our own, several
languages each, and a trap per rule that must not match."""

from __future__ import annotations

import pytest

import moneyfacts


def _money(text: str, locale: str) -> list[moneyfacts.Fact]:
    return [f for f in moneyfacts.extract(text, locale=locale) if f.kind.value == "money"]


def _amounts(text: str, locale: str) -> list[tuple[str, str | None]]:
    out = []
    for f in _money(text, locale):
        money = f.amount or f.low
        assert money is not None
        out.append((str(money.amount), money.currency))
    return out


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "The miner declared a 5c special dividend and a total of 11.5c for the year.",
            "en_AU",
            ["share", "share"],
        ),
        (
            "The board proposed a final dividend of 14.2p, making 21p for the year.",
            "en_GB",
            ["share", "share"],
        ),
        ("Die Dividende steigt auf 65 Cent.", "de_DE", ["share"]),
        ("La distribution passe à 80 centimes.", "fr_FR", ["share"]),
        # traps: a unit of its own stays; no payout named, no unit
        ("The dividend was raised while diesel rose 7c a litre.", "en_ZA", ["litre"]),
        ("Inflation added 4p to the cost of a pint.", "en_GB", [None]),
        ("The company paid a dividend of R3 billion.", "en_ZA", [None]),
    ],
)
def test_a_payout_in_cents_is_per_share(text: str, locale: str, want: list[str | None]) -> None:
    assert [f.per for f in _money(text, locale)] == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("O acionista recebe R$ 0,21 por papel.", "pt_BR", "share"),
        ("Le dividende sera de 1,50 euro par titre.", "fr_FR", "share"),
        ("The co-operative expects to pay $7.40 per kgMS this season.", "en_NZ", "kg"),
        ("The farm gate price fell to $6.90/kgMS.", "en_NZ", "kg"),
    ],
)
def test_market_words_for_the_unit(text: str, locale: str, want: str) -> None:
    assert _money(text, locale)[0].per == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "It pays $1.10 a share, or US$40 million in total.",
            "en_US",
            [("1.10", "USD"), ("40000000", "USD")],
        ),
        (
            "Dividen mencapai Rp250 per saham atau US$12 juta secara keseluruhan.",
            "id_ID",
            [("250", "IDR"), ("12000000", "USD")],
        ),
        (
            "Sie zahlt 2 Euro je Aktie oder 90 Mio. Euro insgesamt.",
            "de_DE",
            [("2", "EUR"), ("90000000", "EUR")],
        ),
    ],
)
def test_a_total_after_a_per_unit_price_is_a_figure_of_its_own(
    text: str, locale: str, want: list[tuple[str, str | None]]
) -> None:
    assert _amounts(text, locale) == want
    assert [f.equivalents for f in _money(text, locale)] == [(), ()]


def test_a_restatement_per_unit_stays_an_equivalent() -> None:
    (fact,) = _money("It pays $2 a share, or about €1.80 a share.", "en_US")
    assert [(str(e.amount), e.currency) for e in fact.equivalents] == [("1.80", "EUR")]


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "Rund 30 bis 40 Milliarden Dollar (umgerechnet 28 bis 37 Milliarden Euro) will er ausgeben.",
            "de_DE",
            [("28000000000", "EUR"), ("37000000000", "EUR")],
        ),
        (
            "It plans $20 billion to $25 billion (€18 billion to €23 billion) of spending.",
            "en_US",
            [("18000000000", "EUR"), ("23000000000", "EUR")],
        ),
        (
            "Prevé invertir de 10 a 12 millones de dólares (unos 9 a 11 millones de euros).",
            "es_ES",
            [("9000000", "EUR"), ("11000000", "EUR")],
        ),
    ],
)
def test_a_range_restated_as_a_range(text: str, locale: str, want: list[tuple[str, str]]) -> None:
    fact = _money(text, locale)[0]
    assert fact.qualifier is not None
    assert [(str(e.amount), e.currency) for e in fact.equivalents] == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("At the close, US$1 was equivalent to 7.82 Hong Kong dollars.", "en_US", ("7.82", "HKD")),
        ("Die Prämie von 2.000 Dollar entsprach 1.850 Euro.", "de_DE", ("1850", "EUR")),
        ("El pago de 300 dólares equivale a 280 euros.", "es_ES", ("280", "EUR")),
        ("La prime de 500 dollars équivaut à 460 euros.", "fr_FR", ("460", "EUR")),
    ],
)
def test_a_verb_of_equality_restates(text: str, locale: str, want: tuple[str, str]) -> None:
    (fact,) = _money(text, locale)
    assert [(str(e.amount), e.currency) for e in fact.equivalents] == [want]


def test_a_percentage_after_a_verb_of_equality_is_no_equivalent() -> None:
    (fact,) = _money("The fine of $5 million is equivalent to 2% of revenue.", "en_US")
    assert fact.equivalents == ()


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("O valor será de R$ 0,134 por ação.", "pt_BR", "0.134"),
        ("Der Kurs lag bei $0,125.", "de_DE", "0.125"),
        ("Le coupon est de 0,375 $.", "fr_CA", "0.375"),
        ("The grant was $10,000.", "en_US", "10000"),  # a head of 1-3 digits then groups is grouping
    ],
)
def test_a_leading_zero_groups_no_thousands(text: str, locale: str, want: str) -> None:
    assert _amounts(text, locale)[0][0] == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Its total for the half to 7.3c was a record.", "en_AU", [("0.073", "AUD")]),
        ("Prices went from half to 2 dollars.", "en_US", [("0.5", "USD"), ("2", "USD")]),
    ],
)
def test_a_number_word_after_a_determiner_opens_no_range(
    text: str, locale: str, want: list[tuple[str, str | None]]
) -> None:
    assert _amounts(text, locale) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Net income fell to 40 million ringgits, or 9 sen per share.", "en_US", "MYR"),
        ("It earned 9 sen per share.", "en_MY", "MYR"),
        ("It earned 9 sen per share.", "en_US", "MYR"),  # no dollar is divided into sen
        ("Laba bersih mencapai Rp2 triliun, atau 45 sen per saham.", "id_ID", "IDR"),
        ("Aksjen steg 50 øre.", "nb_NO", "NOK"),
        ("Aktien steg 50 øre.", "da_DK", "DKK"),
    ],
)
def test_a_shared_minor_name_takes_the_named_currency(text: str, locale: str, want: str) -> None:
    money = _money(text, locale)[-1].amount
    assert money is not None
    assert money.currency == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("A gallon of regular gasoline rose from $3.10 to $3.25.", "en_US", ["gallon", "gallon"]),
        ("A kilo of onions now sells at Rs 80 in Delhi.", "en_IN", ["kg"]),
        ("Un litro de gasolina pasó de 1,50 a 1,62 euros.", "es_ES", ["litre", "litre"]),
        ("Un litre de gazole se vend à 1,85 euro.", "fr_FR", ["litre"]),
        ("Um quilo de carne chegou a R$ 45.", "pt_BR", ["kg"]),
        # traps: a figure without a price lead, and a scaled total, are no price of the measure
        ("He bought a bag of rice and paid Rs 50 in tax.", "en_IN", [None]),
        ("A kilo of onions sells at Rs 80; the state spent Rs 2 crore on storage.", "en_IN", ["kg", None]),
    ],
)
def test_a_measure_of_goods_prices_the_figures_after_a_lead(
    text: str, locale: str, want: list[str | None]
) -> None:
    assert [f.per for f in _money(text, locale)] == want
