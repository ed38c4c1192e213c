"""Laws of localized periods: a pinned span lies inside its stated year, a shift keeps the length, a
fiscal year is twelve months."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts.model import Duration
from moneyfacts.periods.attach import attach_periods
from moneyfacts.periods.phrases import Context, _scanner, find_phrases

for _language in ("de", "fr", "es", "ru", "zh", "ko"):
    _scanner(_language)

_TEMPLATES = st.sampled_from(
    [
        ("de", "im {o} Quartal {y}", ("ersten", "zweiten", "dritten", "vierten")),
        ("de", "im {o} Halbjahr {y}", ("ersten", "zweiten")),
        ("fr", "au {o} trimestre {y}", ("premier", "deuxième", "troisième", "quatrième")),
        ("es", "en el {o} semestre de {y}", ("primer", "segundo")),
        ("ru", "в {o} квартале {y} года", ("первом", "втором", "третьем", "четвертом")),
        ("zh", "{y}年{o}季度", ("第一", "第二", "第三", "第四")),
        ("ko", "{y}년 {o}분기", ("1", "2", "3", "4")),
    ]
)
years = st.integers(1990, 2030)


@settings(deadline=None)
@given(_TEMPLATES, years, st.data())
def test_a_pinned_sub_year_span_lies_inside_its_stated_year(
    template: tuple[str, str, tuple[str, ...]], year: int, data: st.DataObject
) -> None:
    language, form, ordinals = template
    text = form.format(o=data.draw(st.sampled_from(ordinals)), y=year)
    phrases = find_phrases(text, 0, Context(language=language))
    assert len(phrases) == 1
    period = phrases[0].period
    assert period is not None
    assert period.start is not None
    assert period.end is not None
    assert dt.date(year, 1, 1) <= period.start <= period.end <= dt.date(year, 12, 31)


@settings(deadline=None)
@given(st.sampled_from(["ersten", "zweiten"]), years)
def test_a_shifted_span_has_the_same_length_one_year_back(ordinal: str, year: int) -> None:
    text = f"Im {ordinal} Halbjahr {year} verdiente sie 5 Mio. Euro, im Vorjahr 4 Mio. Euro."
    spans = [(text.index("5 Mio"), text.index("5 Mio") + 10), (text.index("4 Mio"), text.index("4 Mio") + 10)]
    first, second = attach_periods(text, spans, language="de")
    assert first is not None
    assert second is not None
    assert first.duration == second.duration == Duration(months=6)
    assert first.start is not None
    assert second.start is not None
    assert second.start.replace(year=second.start.year + 1) == first.start


@settings(deadline=None)
@given(years, st.sampled_from([("de", "im Geschäftsjahr {y}"), ("fr", "pour l'exercice {y}")]))
def test_a_fiscal_year_is_twelve_months(year: int, template: tuple[str, str]) -> None:
    language, form = template
    phrases = find_phrases(form.format(y=year), 0, Context(language=language))
    assert len(phrases) == 1
    period = phrases[0].period
    assert period is not None
    assert period.duration == Duration(years=1)
    assert period.start is not None
    assert period.end is not None
    assert period.end == period.start.replace(year=period.start.year + 1) - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("language", "unit"),
    [
        ("zh", "年"),
        ("zh", "第三季度"),
        ("ja", "2024年 "),
        ("de", "im Jahr "),
        ("ko", "분기 "),
        ("fr", "au trimestre "),
    ],
)
def test_time_grows_linearly_in_each_language(language: str, unit: str) -> None:
    import time

    def seconds(size: int) -> float:
        text = unit * (size // len(unit))
        start = time.process_time()
        out = attach_periods(text, [(10, 20), (len(text) - 20, len(text) - 10)], language=language)
        assert len(out) == 2
        return time.process_time() - start

    small, large = seconds(10_000), seconds(80_000)
    assert large < 8 * small * 3 + 0.1  # eight times the text: far from sixty-four times the time


_PIECES = st.sampled_from(
    [
        "im dritten Quartal",
        "2023",
        "/24",
        "截至",
        "二零二五年",
        "六月三十日止",
        "个月",
        "第3四半期",
        "25年3月期",
        "3분기",
        "quý III",
        "kuartal ke-3",
        "الربع الثالث",
        "तीसरी तिमाही",
        "в 2023 году",
        "г.",
        "30.",
        "Juni",
        "de enero a",
        "marzo",
        "4-12月期(3Q)",
        "去年同期",
        "im Vorjahr",
        "Quartalsgewinn",
        "bis 2030",
        "%",
        ",",
        "5 Mio. Euro",
        "(",
        ")",
        ":",
        "→",
        "the December quarter",
        "first nine months of",
        " ",
        ".",
    ]
)
_LANGUAGES = st.sampled_from(
    [
        "de",
        "fr",
        "es",
        "pt",
        "it",
        "nl",
        "sv",
        "nb",
        "da",
        "pl",
        "ru",
        "tr",
        "zh_Hant_HK",
        "ja",
        "ko",
        "vi",
        "id",
        "ar",
        "hi",
        "fi",
        "en_GB",
    ]
)


@settings(deadline=None, max_examples=150)
@given(st.lists(_PIECES, min_size=1, max_size=16), _LANGUAGES, st.one_of(st.none(), st.dates()), st.data())
def test_localized_periods_never_raise(
    pieces: list[str], language: str, ref: dt.date | None, data: st.DataObject
) -> None:
    text = " ".join(pieces)
    n = len(text)
    spans = sorted(data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=4)))
    out = attach_periods(
        text, [(min(a, b), max(a, b)) for a, b in spans], reference_date=ref, language=language
    )
    assert len(out) == len(spans)
