"""Property tests for period attachment."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts.model import Duration
from moneyfacts.periods.attach import attach_periods
from moneyfacts.periods.phrases import _scanner

for _language in ("en", "de", "zh", "xx"):  # each language's pattern is compiled once, before the clock runs
    _scanner(_language)

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))
RELATIVE = ("over the next {n} years", "over the past {n} months", "last month", "this year", "next year")


@given(st.integers(min_value=1, max_value=99))
def test_n_year_adjective(n: int) -> None:
    text = f"The council approved a $7 million {n}-year plan."
    (period,) = attach_periods(text, [(23, 34)])
    assert period is not None
    assert period.duration == Duration(years=n)


@given(dates, st.integers(min_value=1, max_value=30), st.sampled_from(RELATIVE))
def test_resolved_span_ends_after_it_starts(ref: dt.date, n: int, phrase: str) -> None:
    text = f"The firm will spend $9 million {phrase.format(n=n)}."
    (period,) = attach_periods(text, [(20, 30)], reference_date=ref)
    assert period is not None
    assert period.start is not None
    assert period.end is not None
    assert period.start <= period.end


@given(dates, st.integers(min_value=1, max_value=120), st.integers(min_value=1, max_value=30))
def test_moving_the_reference_moves_a_rolling_span(ref: dt.date, months: int, n: int) -> None:
    text = f"The firm will spend $9 million over the next {n} years."
    moved = ref + relativedelta(months=months)
    (a,) = attach_periods(text, [(20, 30)], reference_date=ref)
    (b,) = attach_periods(text, [(20, 30)], reference_date=moved)
    assert a is not None
    assert b is not None
    assert a.start is not None
    assert b.start is not None
    assert b.start == a.start + relativedelta(months=months)


@given(st.sampled_from(["in 2025", "over the next three years", "a year", "in Q3 2024", "annually"]))
def test_a_phrase_in_another_sentence_never_attaches(phrase: str) -> None:
    text = f"Revenue was $4 million. Costs will rise {phrase}."
    assert attach_periods(text, [(12, 22)]) == [None]


@given(
    st.text(max_size=200),
    st.lists(st.tuples(st.integers(-10, 250), st.integers(-10, 250)), max_size=6),
    st.one_of(st.none(), dates),
    st.sampled_from(["en", "en_IN", "de", "zh", "", "xx_YY"]),
)
def test_never_raises(text: str, spans: list[tuple[int, int]], ref: dt.date | None, language: str) -> None:
    out = attach_periods(text, spans, reference_date=ref, language=language)
    assert len(out) == len(spans)


_FRAGMENTS = st.sampled_from(
    [
        "in 2024",
        "over the next five years",
        "a year",
        "each month",
        "in the first quarter of fiscal 2025",
        "for the half year",
        "FY24",
        "Q3 2023",
        "annually",
        "the company",
        "said",
        "$5 million",
        "up from",
        "and",
        "including",
        "2021年",
        "第一季度",
        "per annum",
        "a year earlier",
        "March",
        ",",
    ]
)


@given(st.lists(_FRAGMENTS, min_size=1, max_size=14))
def test_windowed_scan_finds_what_a_full_scan_finds(parts: list[str]) -> None:
    from moneyfacts.periods.phrases import Context, _scanner, find_phrases
    from moneyfacts.periods.scan import lowered

    sentence = " ".join(parts)
    low = lowered(sentence)
    full = [m.span() for m in _scanner()[0].finditer(low) if m.end() > m.start()]
    found = [(p.start, p.end) for p in find_phrases(sentence, 0, Context())]
    assert set(found) <= set(full)
    cued = [span for span in full if low[span[0]] not in " ,"]
    assert len(found) >= len({s for s in cued if any(s[0] <= f[0] < s[1] for f in found)})


@pytest.mark.parametrize(
    "unit",
    ["year ", "the ", "in the next ", "2024 ", "a" * 50 + " ", "per annum ", "q3 ", "年", "1.", "Mr. "],
)
def test_time_grows_linearly_on_adversarial_text(unit: str) -> None:
    import time

    def seconds(size: int) -> float:
        text = unit * (size // len(unit))
        start = time.process_time()
        out = attach_periods(text, [(10, 20), (len(text) - 20, len(text) - 10)])
        assert len(out) == 2
        return time.process_time() - start

    small, large = seconds(25_000), seconds(200_000)
    assert large < 6  # CPU seconds: another process on the machine does not count
    assert large < 8 * small * 3 + 0.05  # eight times the text: far from sixty-four times the time
