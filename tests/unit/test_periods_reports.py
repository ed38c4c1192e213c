"""Periods as results reports write them: spans ended on a day, bracketed asides and prior values, digit
ordinals, compared figures, clause-opening time words. Sentences of our own, several languages each, and a
trap per rule that must not match."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts


def _periods(text: str, locale: str, ref: dt.date | None = None) -> list[str | None]:
    found = [
        f for f in moneyfacts.extract(text, locale=locale, reference_date=ref) if f.kind.value == "money"
    ]
    return [None if f.period is None else f.period.iso() for f in found]


@pytest.mark.parametrize(
    ("text", "locale", "ref", "want"),
    [
        (  # a day written before the month, and its bracketed prior-year label
            "Turnover was £7 million for the nine months ended 30 September 2022 "
            "(nine months ended 30 September 2021: £6 million).",
            "en_GB",
            None,
            ["2022-01-01/2022-09-30", "2021-01-01/2021-09-30"],
        ),
        (
            "The bank lost A$40 million in the quarter ending 31 December 2020, against A$12 million in the "
            "corresponding period last year.",
            "en_AU",
            None,
            ["2020-10-01/2020-12-31", "2019-10-01/2019-12-31"],
        ),
        (  # "full-year ended" names the last month; the year comes from the reference date
            "Profit slipped to R3 billion for the full-year ended June, from R3.4 billion in a similar "
            "period last year.",
            "en_ZA",
            dt.date(2023, 9, 1),
            ["2022-07-01/2023-06-30", "2021-07-01/2022-06-30"],
        ),
        (
            "Its payout for the six months to end-March 2024 was 9c, from 8c in the matching period.",
            "en_AU",
            None,
            ["2023-10-01/2024-03-31", "2022-10-01/2023-03-31"],
        ),
        (  # trap: a date that is no span's end stays off
            "The fund, which ended 30 June at $4 billion, grew.",
            "en_US",
            None,
            [None],
        ),
    ],
)
def test_spans_ended_on_a_day(text: str, locale: str, ref: dt.date | None, want: list[str | None]) -> None:
    assert _periods(text, locale, ref) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "The insurer earned $310 million (EPS: $1.15) in the first half of 2021.",
            "en_US",
            ["2021-01-01/2021-06-30", "2021-01-01/2021-06-30"],
        ),
        (
            "Der Versicherer verdiente 80 Mio. Euro (je Aktie: 0,90 Euro) im zweiten Quartal 2022.",
            "de_DE",
            ["2022-04-01/2022-06-30", "2022-04-01/2022-06-30"],
        ),
        (
            "L'assureur a gagné 45 millions d'euros (BNPA : 0,75 euro) au premier semestre 2020.",
            "fr_FR",
            ["2020-01-01/2020-06-30", "2020-01-01/2020-06-30"],
        ),
        (  # trap: a bracket with a year label of its own passes nothing to the figure before it
            "Sales reached £9 million (2019: £8 million) in the second half of 2020.",
            "en_GB",
            [None, "2020-07-01/2020-12-31"],
        ),
    ],
)
def test_a_bracketed_aside_passes_the_period_after_it(text: str, locale: str, want: list[str | None]) -> None:
    assert _periods(text, locale) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Nach neun Monaten lag der Umsatz bei 61,5 (Vj. 55,2) Mio. Euro.", "de_DE", ["P9M", "P9M"]),
        ("Im zweiten Quartal stieg der Umsatz auf 7,3 (Vorjahr: 6,1) Mio. Euro.", "de_DE", ["P3M", "P3M"]),
        (
            "Under tredje kvartalet blev omsättningen 2,4 (fg år 2,0) miljarder kronor.",
            "sv_SE",
            ["P3M", "P3M"],
        ),
        ("Sales for the first half came to 8.1 (prior year 7.6) million pounds.", "en_GB", ["P6M", "P6M"]),
    ],
)
def test_a_labelled_prior_value_in_brackets(text: str, locale: str, want: list[str | None]) -> None:
    assert _periods(text, locale) == want


def test_a_labelled_prior_value_shares_scale_and_currency() -> None:
    found = moneyfacts.extract("Der Umsatz lag bei 61,5 (Vj. 55,2) Mio. Euro.", locale="de_DE")
    assert [(str(f.amount.amount), f.amount.currency) for f in found if f.amount] == [
        ("61500000", "EUR"),
        ("55200000", "EUR"),
    ]


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Im 3. Quartal 2021 verdiente die Bank 2 Mrd. Euro.", "de_DE", ["2021-07-01/2021-09-30"]),
        ("Im 1. Halbjahr 2023 stieg der Umsatz auf 40 Mio. Euro.", "de_DE", ["2023-01-01/2023-06-30"]),
        ("Inntektene ble 3,1 milliarder kroner i 2. kvartal 2022.", "nb_NO", ["2022-04-01/2022-06-30"]),
        ("Omsætningen steg til 5 mia. kr. i 4. kvartal 2019.", "da_DK", ["2019-10-01/2019-12-31"]),
        # "årets" and "fjorårets" name the year of the quarter from the reference date
        (
            "Resultatet ble 90 millioner kroner i fjorårets tredje kvartal.",
            "nb_NO",
            ["2023-07-01/2023-09-30"],
        ),
        ("Am 3. Mai zahlte die Firma 5 Mio. Euro.", "de_DE", [None]),  # trap: a date, no quarter
    ],
)
def test_digit_ordinals(text: str, locale: str, want: list[str | None]) -> None:
    assert _periods(text, locale, dt.date(2024, 11, 20)) == want


def test_a_digit_ordinal_after_a_currency_is_no_minor_part() -> None:
    found = moneyfacts.extract("Inntektene ble 3,1 milliarder kroner i 2. kvartal.", locale="nb_NO")
    assert [str(f.amount.amount) for f in found if f.amount] == ["3100000000"]


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "Der Gewinn stieg im 3. Quartal 2023 auf 4,4 Mio. Euro nach 3,9 Mio. Euro.",
            "de_DE",
            ["2023-07-01/2023-09-30", "P3M"],
        ),
        (
            "Im Jahr 2021 lag der Umsatz bei 12 Mio. Euro gegenüber 10 Mio. Euro.",
            "de_DE",
            ["2021-01-01/2021-12-31", "P1Y"],
        ),
        (
            "Au premier semestre 2022, le bénéfice atteint 6 millions d'euros contre 5 millions d'euros.",
            "fr_FR",
            ["2022-01-01/2022-06-30", "P6M"],
        ),
        (
            "Inntektene ble 2,5 milliarder kroner i 2. kvartal 2021 mot 2,1 milliarder kroner.",
            "nb_NO",
            ["2021-04-01/2021-06-30", "P3M"],
        ),
        (  # trap: a year-on-year change between two figures compares neither with the other
            "上半年,公司营业收入为120亿元,同比增长5%;净利润为30亿元。",
            "zh_CN",
            ["2024-01-01/2024-06-30", "2024-01-01/2024-06-30"],
        ),
    ],
)
def test_a_compared_figure_keeps_only_the_length(text: str, locale: str, want: list[str | None]) -> None:
    assert _periods(text, locale, dt.date(2024, 8, 30) if locale == "zh_CN" else None) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "从行业看,上半年净利润超过5亿元的有80家,超过20亿元的有12家。",
            "zh_CN",
            ["2024-01-01/2024-06-30", "2024-01-01/2024-06-30"],
        ),
        (
            "据统计,前三季度营业收入达到900亿元。",
            "zh_CN",
            ["2024-01-01/2024-09-30"],
        ),
        (  # a bracketed note between counts its characters, not a word for each run
            "集團截至二零二四年六月三十日止六個月內,股東應佔(未經審核)基礎盈利為港幣十二億元。",
            "zh_Hant_HK",
            ["2024-01-01/2024-06-30"],
        ),
        ("据统计,目前共有50亿元资金流入。", "zh_CN", [None]),  # trap: no time word opens the clause
    ],
)
def test_a_time_word_opening_a_chinese_clause(text: str, locale: str, want: list[str | None]) -> None:
    assert _periods(text, locale, dt.date(2024, 11, 20)) == want


@pytest.mark.parametrize(
    ("text", "locale", "ref", "want"),
    [
        (
            "Ganó 250 millones de euros en el primer trimestre del año, frente a los 40,5 millones del año "
            "anterior.",
            "es_ES",
            dt.date(2019, 6, 1),
            ["2019-01-01/2019-03-31", "2018-01-01/2018-03-31"],
        ),
        (
            "Así, en el acumulado de los nueve primeros meses de su año fiscal, ganó 900 millones de "
            "dólares.",
            "es_ES",
            None,
            ["P9M"],
        ),
        (
            "بلغت الأرباح 45 مليون ريال في الربع الثاني 2023 مقابل 30 مليون ريال "
            "خلال نفس الفترة من عام 2022.",
            "ar_SA",
            None,
            ["2023-04-01/2023-06-30", "2022-04-01/2022-06-30"],
        ),
        (  # a company's fiscal quarter keeps its months open, even with a reference date
            "Apple schloss sein zweites fiskales Quartal mit einem Gewinn von 9 Milliarden Dollar ab.",
            "de_DE",
            dt.date(2015, 4, 30),
            ["P3M"],
        ),
        (  # a period between two figures after a comma leads the figure it touches
            "It paid a 4c special dividend, taking its total for the six months to end-June 2019 to 9c.",
            "en_AU",
            None,
            [None, "2019-01-01/2019-06-30"],
        ),
    ],
)
def test_comparisons_and_open_spans(
    text: str, locale: str, ref: dt.date | None, want: list[str | None]
) -> None:
    assert _periods(text, locale, ref) == want


def test_a_comparison_with_an_article_keeps_the_currency() -> None:
    text = "Vendió 12 millones de euros en 2016, frente a los 10 millones del año pasado."
    found = moneyfacts.extract(text, locale="es_ES")
    assert [(str(f.amount.amount), f.amount.currency) for f in found if f.amount] == [
        ("12000000", "EUR"),
        ("10000000", "EUR"),
    ]


_COUNTS = {3: "three", 6: "six", 9: "nine", 12: "twelve"}
_MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


@given(
    count=st.sampled_from(sorted(_COUNTS)),
    month=st.integers(1, 12),
    year=st.integers(1990, 2040),
    day_first=st.booleans(),
)
def test_a_span_ended_on_a_day_ends_there_and_lasts_its_count(
    count: int, month: int, year: int, day_first: bool
) -> None:
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    day = f"{last} {_MONTHS[month - 1]} {year}" if day_first else f"{_MONTHS[month - 1]} {last}, {year}"
    text = f"Revenue was $4 million for the {_COUNTS[count]} months ended {day}."
    (fact,) = moneyfacts.extract(text)
    assert fact.period is not None
    assert fact.period.start is not None
    assert fact.period.end is not None
    assert fact.period.end == dt.date(year, month, last)
    start = fact.period.start
    assert (fact.period.end.year - start.year) * 12 + fact.period.end.month - start.month + 1 == count
    assert start.day == 1


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("December Brent crude added 70 cents to settle at $61.20 a barrel.", [None, None]),
        ("November natural gas fell to $3.10 per million British thermal units.", [None]),
        ("It cut its March forecast to $7 per kg.", [None]),
        ("In December gas prices rose to $3.", ["P1M"]),  # with a preposition the month is a span
        ("December sales were $5 million.", ["P1M"]),
    ],
)
def test_a_month_before_a_contract_noun_is_no_span(text: str, want: list[str | None]) -> None:
    assert _periods(text, "en_US") == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "Der Umsatz stieg im 2. Quartal auf 8,1 Mio. Euro nach 7,2 Mio. Euro, das EBIT auf 1,4 Mio. Euro "
            "nach 1,1 Mio. Euro.",
            "de_DE",
            ["P3M", "P3M", "P3M", "P3M"],
        ),
        (
            "Revenue rose to $9 million in 2022 from $8 million, and net income to $2 million.",
            "en_US",
            ["2022-01-01/2022-12-31", "P1Y", "2022-01-01/2022-12-31"],
        ),
        (
            "Omsättningen ökade under andra kvartalet till 9 miljoner kronor mot 8 miljoner kronor, och "
            "resultatet till 2 miljoner kronor.",
            "sv_SE",
            ["P3M", "P3M", "P3M"],
        ),
        (  # trap: a clause about the future repeats no movement
            "Revenue rose to $9 million in 2022 from $8 million, and expects sales to $11 million.",
            "en_US",
            ["2022-01-01/2022-12-31", "P1Y", None],
        ),
    ],
)
def test_a_clause_repeating_a_movement_shares_its_period(
    text: str, locale: str, want: list[str | None]
) -> None:
    assert _periods(text, locale) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It expects 2026 revenue of $7 billion.", ["2026-01-01/2026-12-31"]),
        ("Its 2023 net income was $400 million.", ["2023-01-01/2023-12-31"]),
        ("The group sees 2025 adjusted EPS of $3.10.", ["2025-01-01/2025-12-31"]),
        ("The 2008 crisis cost $5 trillion.", [None]),  # traps: a year before other nouns dates nothing
        ("The 2025 models cost $30,000.", [None]),
    ],
)
def test_a_bare_year_before_a_measure_dates_it(text: str, want: list[str | None]) -> None:
    assert _periods(text, "en_US") == want
