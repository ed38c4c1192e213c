"""Unit tests for period phrases and their attachment to figures."""

from __future__ import annotations

import datetime as dt

import pytest

from moneyfacts.model import Duration, Period
from moneyfacts.periods.attach import attach_periods


def periods(text: str, *figures: str, **kwargs: object) -> list[str | None]:
    spans = []
    pos = 0
    for figure in figures:
        start = text.index(figure, pos)
        spans.append((start, start + len(figure)))
        pos = start + len(figure)
    out = attach_periods(text, spans, **kwargs)  # type: ignore[arg-type]
    return [p.iso() if p is not None else None for p in out]


REF = dt.date(2025, 2, 24)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The port operator approved a $3 billion five-year plan.", "$3 billion", "P5Y"),
        ("Ferrocarril set out a €700 million 18-month programme.", "€700 million", "P18M"),
        ("The utility will invest $2 billion over four years.", "$2 billion", "P4Y"),
        ("The agency pledged $40 million for five years.", "$40 million", "P5Y"),
        ("Lumen signed a $90 million multi-year deal.", "$90 million", "P"),
        ("The startup hopes to raise $8 million within two years.", "$8 million", "P2Y"),
    ],
)
def test_durations(text: str, figure: str, expected: str) -> None:
    assert periods(text, figure) == [expected]


def test_multi_year_is_open_length() -> None:
    (period,) = attach_periods("a $90 million multi-year deal", [(2, 13)])
    assert period == Period(open_length=True)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Cleaners earn $15 an hour there.", "$15", "R/PT1H"),
        ("Cleaners earn $15.40/hour there.", "$15.40", "R/PT1H"),
        ("The lease costs $4,000 a month.", "$4,000", "R/P1M"),
        ("Members pay £30 per quarter.", "£30", "R/P3M"),
        ("The bond pays 5,000 euros per annum.", "5,000 euros", "R/P1Y"),
        ("She was offered an annual salary of $95,000.", "$95,000", "R/P1Y"),
        ("They manage a $12 million annual budget.", "$12 million", "R/P1Y"),
        ("The tolls bring in a daily R2-million.", "R2-million", "R/P1D"),
        ("Die Firma zahlt 300 Euro monatlich.", "300 Euro", "R/P1M"),
        ("Le loyer est de 900 euros par mois.", "900 euros", "R/P1M"),
        ("El contrato vale 20.000 euros al año.", "20.000 euros", "R/P1Y"),
        ("公司每年投入50亿元。", "50亿元", "R/P1Y"),
    ],
)
def test_recurrences(text: str, figure: str, expected: str) -> None:
    assert periods(text, figure) == [expected]


def test_recurrence_and_duration_together() -> None:
    (period,) = attach_periods(
        "It pledged R40-billion a year for the next five years.", [(11, 22)], reference_date=REF
    )
    assert period is not None
    assert period.recurrence == Duration(years=1)
    assert period.duration == Duration(years=5)
    assert (period.start, period.end) == (dt.date(2025, 2, 24), dt.date(2030, 2, 23))


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The retailer will spend $6 billion in 2026 on stores.", "$6 billion", "2026-01-01/2026-12-31"),
        ("Orbis booked $310 million in Q3 2024.", "$310 million", "2024-07-01/2024-09-30"),
        ("Orbis booked $410 million in H1 2023.", "$410 million", "2023-01-01/2023-06-30"),
        (
            "Orbis booked $90 million in the April-June quarter of 2022.",
            "$90 million",
            "2022-04-01/2022-06-30",
        ),
        ("It will cost $5 billion from 2026 to 2029.", "$5 billion", "2026-01-01/2029-12-31"),
        ("The city wants $900 million by 2030.", "$900 million", "../2030-12-31"),
        ("Profit was $8 million for the quarter ended June 30, 2021.", "$8 million", "2021-04-01/2021-06-30"),
        ("It earned $30 million in the year ending March 2024.", "$30 million", "2023-04-01/2024-03-31"),
    ],
)
def test_calendar_spans(text: str, figure: str, expected: str) -> None:
    assert periods(text, figure) == [expected]


def test_price_basis_is_not_a_period() -> None:
    assert periods("The dam cost $4 billion in 2019 prices.", "$4 billion") == [None]


def test_fiscal_years_without_a_start_have_no_dates() -> None:
    assert periods("Revenue reached $7 billion in fiscal 2024.", "$7 billion") == ["P1Y"]
    assert periods("The surplus was Rs 900 crore in FY24.", "Rs 900 crore") == ["P1Y"]
    assert periods("Sales were £3bn for 2022/23.", "£3bn") == ["P1Y"]


def test_fiscal_year_start_dates_the_year_that_ends_in_it() -> None:
    out = periods("Revenue reached $7 billion in fiscal 2025.", "$7 billion", fiscal_year_start=(7, 1))
    assert out == ["2024-07-01/2025-06-30"]


def test_government_fiscal_year_uses_the_locale_default() -> None:
    text = "The government will spend Rs 500 crore in 2024-25."
    assert periods(text, "Rs 500 crore", language="en_IN") == ["2024-04-01/2025-03-31"]
    assert periods(text, "Rs 500 crore", language="en") == ["P1Y"]


def test_this_financial_year() -> None:
    assert periods(
        "It set aside more than $9 billion for chips this financial year.", "more than $9 billion"
    ) == ["P1Y"]


def test_relative_spans_resolve_against_the_reference_date() -> None:
    text = "The fund may grow to $50 billion over the next three years."
    assert periods(text, "$50 billion") == ["P3Y"]
    assert periods(text, "$50 billion", reference_date=REF) == ["2025-02-24/2028-02-23"]
    assert periods("Sales hit $4 million last month.", "$4 million", reference_date=REF) == [
        "2025-01-01/2025-01-31"
    ]
    assert periods("Sales hit $4 million this year.", "$4 million", reference_date=REF) == [
        "2025-01-01/2025-12-31"
    ]


def test_quarter_without_year_takes_the_reference_year() -> None:
    text = "Net profit for the third quarter was 9 billion won."
    assert periods(text, "9 billion won", reference_date=dt.date(2023, 11, 2)) == ["2023-07-01/2023-09-30"]


def test_fronted_phrase_governs_every_figure() -> None:
    text = "In the second quarter of fiscal 2024, Vantor sold $12 billion, including $3 billion online."
    assert periods(text, "$12 billion", "$3 billion") == ["P3M", "P3M"]


def test_year_earlier_shifts_the_span_back() -> None:
    text = "Net profit for January-June rose to 40 billion yuan from 35 billion yuan a year earlier."
    assert periods(text, "40 billion yuan", "35 billion yuan", reference_date=dt.date(2021, 8, 20)) == [
        "2021-01-01/2021-06-30",
        "2020-01-01/2020-06-30",
    ]


def test_period_between_figures_belongs_to_the_first() -> None:
    text = "It gets $2 billion over three years, while a further $400 million goes to roads."
    assert periods(text, "$2 billion", "$400 million") == ["P3Y", None]


def test_coordinated_figures_share_a_period() -> None:
    text = "The budget sets aside $3 billion and $1 billion in 2027."
    assert periods(text, "$3 billion", "$1 billion") == ["2027-01-01/2027-12-31"] * 2


def test_dates_that_are_not_periods_stay_off() -> None:
    assert periods("Shares closed at $4.10 on Dec. 8, the exchange said on Monday.", "$4.10") == [None]
    assert periods("It reached $70,000 on November 12.", "$70,000") == [None]
    assert periods("Prices rose 2% from last year to $30.", "$30") == [None]


def test_period_never_crosses_a_sentence() -> None:
    text = "Gains were $5 billion. Over the next decade, shipping will double."
    assert periods(text, "$5 billion") == [None]


def test_ages_are_not_durations() -> None:
    assert periods("Staff earn £7.10 for 18-year-olds.", "£7.10") == [None]


def test_bad_input_never_raises() -> None:
    assert attach_periods("short", [(3, 99), (-5, 2), (4, 1)]) == [None, None, None]
    assert attach_periods("", []) == []


def test_a_part_takes_the_whole_figures_period() -> None:
    text = "The trust spent $9 million in 2023 on repairs, including $2 million on roofs."
    assert periods(text, "$9 million", "$2 million") == ["2023-01-01/2023-12-31"] * 2


def test_a_second_verb_keeps_the_trailing_period() -> None:
    text = "The mill borrowed $40 million during the second quarter and repaid $15 million."
    assert periods(text, "$40 million", "$15 million") == ["P3M", "P3M"]


def test_an_expectation_does_not_take_the_past_period() -> None:
    text = "The mill earned $40 million in 2022 and expects $45 million."
    assert periods(text, "$40 million", "$45 million") == ["2022-01-01/2022-12-31", None]


def test_a_compared_figure_keeps_the_length_not_the_dates() -> None:
    text = "Ferry revenue reached $7.5 million in the first quarter of 2023, up 4% from $7.2 million."
    assert periods(text, "$7.5 million", "$7.2 million") == ["2023-01-01/2023-03-31", "P3M"]


@pytest.mark.parametrize(
    "text",
    [
        "Each year, the orchestra raises roughly $600,000 from donors.",
        "The orchestra never had a year where donations fell under $600,000.",
    ],
)
def test_a_distributive_recurrence_governs_what_follows(text: str) -> None:
    figure = "$600,000"
    assert periods(text, figure) == ["R/P1Y"]


def test_a_year_glued_to_cjk_text() -> None:
    text = "该公司2023年净利润为12亿元。"
    assert periods(text, "12亿元") == ["2023-01-01/2023-12-31"]


def test_case_does_not_matter() -> None:
    upper = "THE PORT WILL SPEND $3 BILLION OVER THE NEXT FIVE YEARS."
    lower = upper.lower()
    assert periods(upper, "$3 BILLION") == periods(lower, "$3 billion") == ["P5Y"]
