"""More equivalents: brackets with a connector inside, dash restatements, FX notes, misspelt names, traps."""

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
        ("zh", "该公司去年净利润为52亿元（约合7.2亿美元）。", [("CNY 5200000000", ["USD 720000000"])]),
        (
            "de",
            "Die Bank verdiente 4,2 Mrd. Euro (umgerechnet rund 4,5 Mrd. Dollar).",
            [("EUR 4200000000", ["USD 4500000000"])],
        ),
        (
            "fr",
            "La start-up a levé 4 millions d'euros (soit environ 5 M$).",
            [("EUR 4000000", ["USD 5000000"])],
        ),
        ("ja", "同社は450億円（約3億ドル）を投じる。", [("JPY 45000000000", ["USD 300000000"])]),
        ("ko", "회사는 4000억원(약 3억 달러)을 투자했다.", [("KRW 400000000000", ["USD 300000000"])]),
        (
            "en",
            "The club paid £40 million (about $51 million) for the striker.",
            [("GBP 40000000", ["USD 51000000"])],
        ),
        (
            "en",
            "The fund bought A$80 million in bonds — roughly US$52 million — last week.",
            [("AUD 80000000", ["USD 52000000"])],
        ),
        (
            "es",
            "La cadena facturó 3.200 millones de dólraes (2.950 millones de euros) en el año.",
            [("USD 3200000000", ["EUR 2950000000"])],
        ),
        (
            "ar_SA",
            "بلغت الأرباح 500 مليون ريال، أي ما يعادل 133 مليون دولار.",
            [("SAR 500000000", ["USD 133000000"])],
        ),
        (
            "pt",
            "A mineradora lucrou US$ 2 bilhões, o equivalente a R$ 10 bilhões.",
            [("USD 2000000000", ["BRL 10000000000"])],
        ),
    ],
)
def test_restated_in_another_currency(locale: str, text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _read(text, locale) == want


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("zh", "该行投资人民币50亿元（约7亿美元）。", [("CNY 5000000000", ["USD 700000000"])]),
        (
            "sv",
            "Bolaget förlorade 1,2 miljarder kronor (motsvarande 110 miljoner euro).",
            [("SEK 1200000000", ["EUR 110000000"])],
        ),
        ("pl", "Spółka zarobiła 2 mld zł (ok. 460 mln euro).", [("PLN 2000000000", ["EUR 460000000"])]),
        (
            "en",
            "It earned 3 billion yuan, which is about $420 million.",
            [("CNY 3000000000", ["USD 420000000"])],
        ),
        ("he", "החברה הרוויחה 100 מיליון שקל (כ-27 מיליון דולר).", [("ILS 100000000", ["USD 27000000"])]),
        ("zh", "该公司投资50亿美元（约合人民币360亿元）。", [("USD 5000000000", ["CNY 36000000000"])]),
        ("ja", "同社は3億ドル（日本円で約450億円）を投じる。", [("USD 300000000", ["JPY 45000000000"])]),
        (
            "en",
            "It paid $5 million (€4.6 million; £3.9 million).",
            [("USD 5000000", ["EUR 4600000", "GBP 3900000"])],
        ),
        (
            "de",
            "Der Umsatz lag bei 1,5 Mrd. Euro bzw. 1,6 Mrd. Dollar.",
            [("EUR 1500000000", ["USD 1600000000"])],
        ),
        (
            "en",
            "It raised S$200 million - about US$150 million - from investors.",
            [("SGD 200000000", ["USD 150000000"])],
        ),
        (
            "uk",
            "Угода коштує 4 млрд гривень, або близько 100 млн доларів.",
            [("UAH 4000000000", ["USD 100000000"])],
        ),
    ],
)
def test_connector_or_approximation_inside(locale: str, text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _read(text, locale) == want


def test_fx_note_is_one_dollar_and_its_equivalent() -> None:
    got = _read("Sales rose to A$900 million. ($1 = 1.4870 Australian dollars)", "en_AU")
    assert got[-1] == ("USD 1", ["AUD 1.487"])


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        # a prior-period value in the same currency is a figure of its own
        (
            "en",
            "Operating profit was €5.3 million (2023: €4.1 million).",
            [("EUR 5300000", []), ("EUR 4100000", [])],
        ),
        # a share of revenue is no restatement
        ("en", "It spent €5 million, or 20% of revenue, on research.", [("EUR 5000000", [])]),
        # two figures joined by "and" are two figures
        ("de", "Sie zahlte 3 Mio. Euro und 2 Mio. Dollar.", [("EUR 3000000", []), ("USD 2000000", [])]),
        ("zh", "公司收入50亿元，利润8亿元。", [("CNY 5000000000", []), ("CNY 800000000", [])]),
        # the same currency after a connector is a figure of its own, not a restatement
        (
            "de",
            "Der Gewinn lag bei 2 Mio. Euro bzw. 3 Mio. Euro.",
            [("EUR 2000000", []), ("EUR 3000000", [])],
        ),
        ("en", "Profit was $4 million, or 12 cents a share.", [("USD 4000000", []), ("USD 0.12", [])]),
    ],
)
def test_not_an_equivalent(locale: str, text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _read(text, locale) == want


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "The shop sold 5,000 collars last year."),
        ("en", "The farm dug 300 ponds."),
        ("es", "Vendió 300 dolores de cabeza."),
    ],
)
def test_ordinary_words_are_no_misspelt_currency(locale: str, text: str) -> None:
    assert _read(text, locale) == []


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("es", "Ganó 12 millones de dólraes.", ["USD 12000000"]),
        ("en", "The deal was worth 5 million dolars.", ["USD 5000000"]),
        ("pt", "A empresa lucrou 3 milhões de dólraes.", ["USD 3000000"]),
        ("de", "Der Verein zahlte 8 Millionen Pfnud.", []),  # a short name is never slipped
        ("fr", "Elle compte 3 millions de nouveau clients.", []),
    ],
)
def test_misspelt_currency_name(locale: str, text: str, want: list[str]) -> None:
    assert [a for a, _ in _read(text, locale)] == want


def test_approximation_after_the_connector() -> None:
    facts = moneyfacts.extract(
        "Lãi ròng đạt 5 triệu USD, tức khoảng 125 tỷ đồng.", locale="vi", kinds=["money"]
    )
    assert [(str(f.amount), [str(e) for e in f.equivalents]) for f in facts] == [
        ("USD 5000000", ["VND 125000000000"])
    ]


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("en_CA", "The deal is worth C$1.2 billion ($880 million).", [("CAD 1200000000", ["USD 880000000"])]),
        (
            "en_HK",
            "It sold the tower for HK$3 billion ($385 million).",
            [("HKD 3000000000", ["USD 385000000"])],
        ),
        # a dollar name after "or" may be the same dollar: a figure of its own
        (
            "en",
            "It paid US$5 million, or 3 million dollars in cash.",
            [("USD 5000000", []), ("USD 3000000", [])],
        ),
        # the same decisive sign twice is a figure and its prior value
        (
            "en_AU",
            "Revenue was A$1.2 billion (A$1.1 billion).",
            [("AUD 1200000000", []), ("AUD 1100000000", [])],
        ),
    ],
)
def test_bare_sign_after_a_named_dollar(locale: str, text: str, want: list[tuple[str, list[str]]]) -> None:
    assert _read(text, locale) == want
