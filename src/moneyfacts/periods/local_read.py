"""Read the localized period phrases of :mod:`moneyfacts.periods.local` into :class:`Phrase` objects.

>>> from moneyfacts.periods.phrases import Context, find_phrases
>>> [str(p.period) for p in find_phrases("im dritten Quartal 2023", 0, Context(language="de"))]
['2023-07-01/2023-09-30']
>>> [str(p.period) for p in find_phrases("de enero a marzo de 2019", 0, Context(language="es"))]
['2019-01-01/2019-03-31']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from moneyfacts.model import Duration, Period
from moneyfacts.periods.base import Context, Phrase, _fiscal, _months, _sub_year, _times
from moneyfacts.periods.calendar import (
    calendar_unit,
    fiscal_start_for,
    fiscal_year,
    latest_year,
    month_span,
    year_span,
)
from moneyfacts.periods.local import group_of, language_words, year_of
from moneyfacts.periods.words import MONTH_RE, MONTHS, NUM_RE, NUMBERS

__all__ = ["EVERY_LANGUAGE", "LOCAL_HANDLERS"]

_UNITS = {
    "year": Duration(years=1),
    "month": Duration(months=1),
    "quarter": Duration(months=3),
    "week": Duration(weeks=1),
    "day": Duration(days=1),
    "hour": Duration(hours=1),
}


_DAY_BEFORE = re.compile(r"\d\.?\s*(?:de\s+)?$")


def _lang(ctx: Context) -> str:
    return (ctx.language or "en").replace("-", "_").split("_")[0].lower()


def _stated(m: re.Match[str], prefix: str, ctx: Context) -> int | None:
    return year_of(m, prefix, ctx.reference_date, _lang(ctx))


def _at(m: re.Match[str], base: int, kind: str, period: Period | None, **kw: object) -> Phrase:
    return Phrase(base + m.start(), base + m.end(), kind, period, **kw)  # type: ignore[arg-type]


def _sub(
    m: re.Match[str], base: int, ctx: Context, first: int, count: int, year: int | None
) -> Phrase | None:
    if not 1 <= first <= 12 or not 1 <= count <= 12 or first + count > 13:
        return None
    period, open_year = _sub_year(first, count, year, ctx)
    months = (first, count) if open_year or year is None else None
    return _at(m, base, "span", period, months=months)


def _ordinal_span(m: re.Match[str], base: int, ctx: Context, p: str) -> Phrase | None:
    n = language_words(_lang(ctx)).ordinals.get(m.group(f"{p}_o"))
    if n is None:
        return None
    if m.group(f"{p}_fy"):  # "im ersten Halbjahr 2024/25": a fiscal half whose months are unknown
        return _at(m, base, "span", Period(duration=Duration(months=3 if m.group(f"{p}_q") else 6)))
    if m.group(f"{p}_q"):
        return _sub(m, base, ctx, 3 * n - 2, 3, _stated(m, p, ctx)) if 1 <= n <= 4 else None
    return _sub(m, base, ctx, 6 * n - 5, 6, _stated(m, p, ctx)) if 1 <= n <= 2 else None


def _lq(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    return _ordinal_span(m, base, ctx, "lq")


def _lr(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    return _ordinal_span(m, base, ctx, "lr")


def _la(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    n = language_words(_lang(ctx)).quarter_abbr.get(m.group("la_q"))
    return _sub(m, base, ctx, 3 * n - 2, 3, _stated(m, "la", ctx)) if n else None


def _ls(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    table = language_words(_lang(ctx)).words.get("sub_year", {})
    found = table.get(m.group("ls_s"))
    if not isinstance(found, tuple):
        return None
    return _sub(m, base, ctx, found[0], found[1], _stated(m, "ls", ctx))


def _ln(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    """The first months of a year; "N months" without "first" is a length unless a year follows it."""
    numbers = language_words(_lang(ctx)).numbers
    word = m.group("ln_a") or m.group("ln_b") or m.group("ln_c")
    n = numbers.get(word or "")
    if not n or n > 12:
        return None
    year = _stated(m, "ln", ctx)
    if m.group("ln_c") and not m.group("ln_f") and year is None:
        return _at(m, base, "span", Period(duration=_months(n)))
    return _sub(m, base, ctx, 1, n, year)


def _lm(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    p = group_of(m, "lm")
    if p == "lm2":
        first, last = int(m.group("lm2_a")), int(m.group("lm2_b"))
    else:
        if _DAY_BEFORE.search(m.string, max(0, m.start() - 6), m.start("lm_a")):
            return None
        w = language_words(_lang(ctx))
        table = {**w.month_abbr, **w.months}
        first, last = table.get(m.group("lm_a"), 0), table.get(m.group("lm_b"), 0)
    if not first or not last or last < first:
        return None
    return _sub(m, base, ctx, first, last - first + 1, _stated(m, p, ctx))


def _lf(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    y1 = m.group("lf_y") or m.group("lf_yb")
    y2 = m.group("lf_y2") or m.group("lf_yb2")
    first = int(y1) if y1 else None
    second = None if not y2 else int(y2) if len(y2) == 4 else 2000 + int(y2)
    return _at(m, base, "span", _fiscal(first, second, ctx))


def _lw(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    year = _stated(m, "lw", ctx)
    span = year_span(year) if year else None
    return _at(m, base, "span", span or Period(duration=Duration(years=1)), whole_year=span is None)


def _lh(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    return _at(m, base, "shift", None, shift=Duration(years=1), to_year=_stated(m, "lh", ctx))


def _ly(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    bare = bool(language_words(_lang(ctx)).words.get("bare_year"))
    if not bare and not any(m.group(g) for g in ("ly_p", "ly_w", "ly_s", "ly_y2", "ly_u", "ly_n")):
        return None  # a bare year is a date as often as a span; a range of years is a span
    y1 = int(m.group("ly_y"))
    if m.group("ly_y2"):
        y2 = int(m.group("ly_y2"))
        first, last = year_span(y1), year_span(y2)
        if not 0 < y2 - y1 <= 50 or first is None or last is None:
            return None
        return _at(
            m, base, "span", Period(duration=Duration(years=y2 - y1 + 1), start=first.start, end=last.end)
        )
    span = year_span(y1)
    if span is not None and m.group("ly_u"):
        return _at(m, base, "span", Period(end=span.end))  # "bis 2030": an end, not a year
    if span is not None and m.group("ly_n"):
        return _at(m, base, "span", Period(start=span.start))
    return _at(m, base, "span", span)


def _lu(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    """A quarter or half with no ordinal ("im Quartal", "au semestre"): only its length is known."""
    return _at(m, base, "span", Period(duration=Duration(months=3 if m.group("lu_q") else 6)))


def _lo(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    n = language_words(_lang(ctx)).numbers.get(m.group("lo_n"))
    if not n:
        return None
    unit = Duration(years=1) if m.group("lo_y") else Duration(months=1)
    return _at(m, base, "span", Period(duration=_times(unit, n)))


def _lt(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    month = language_words(_lang(ctx)).months.get(m.group("lt_m"), 0)
    year = int(m.group("lt_y")) if m.group("lt_y") else None
    if _DAY_BEFORE.search(m.string, max(0, m.start() - 6), m.start("lt_m")):
        return None  # "le 30 juin 2010", "25 Mei 2021": a date, not a month
    if not month or (year is None and m.group(0).strip() == m.group("lt_m")):
        return None  # a bare month name: a date or a contract month more often than a span
    return _sub(m, base, ctx, month, 1, year)


def _lc(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    unit = language_words(_lang(ctx)).words.get("recur", {}).get(m.group("lc_w"))
    if unit not in _UNITS:
        return None
    word = m.group("lc_w")
    attributive = "\u3040" <= word[0] <= "\ud7af"  # "年間配当": a CJK recurrence qualifies the noun after it
    return _at(m, base, "recur", Period(recurrence=_UNITS[str(unit)]), adjective=attributive)


def _ending(
    m: re.Match[str], base: int, ctx: Context, count: int, month: int, year: int | None
) -> Phrase | None:
    """``count`` months ending with ``month`` of ``year`` (or the latest year it ended by the reference)."""
    if not 1 <= count <= 24 or not 1 <= month <= 12:
        return None
    if year is None and ctx.reference_date is not None:
        ref = ctx.reference_date
        end = month_span(ref.year, month, 1)
        year = ref.year if end is not None and end.end is not None and end.end <= ref else ref.year - 1
    if year is None:
        return _at(m, base, "span", Period(duration=_months(count)))
    first = (month - count) % 12 + 1
    first_year = year - ((count - month + 11) // 12)
    return _at(m, base, "span", month_span(first_year, first, count))


def _le(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    w = language_words(_lang(ctx))
    count = (
        3
        if m.group("le_q")
        else 6
        if m.group("le_h")
        else 12
        if m.group("le_w")
        else w.numbers.get(m.group("le_n") or "", 0)
    )
    month = {**w.month_abbr, **w.months}.get(m.group("le_m"), 0)
    return _ending(m, base, ctx, count, month, int(m.group("le_y")) if m.group("le_y") else None)


_HAN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _han(text: str) -> int:
    """A number in digits or Han numerals: "2016", "二零一六", "十二", "三十"."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_HAN_DIGITS.get(ch, 0)) for ch in text))
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_HAN_DIGITS.get(units, 0) if units else 0)


def _lz(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    count = 12 if m.group("lz_w") else _han(m.group("lz_n"))
    return _ending(m, base, ctx, count, _han(m.group("lz_m")), _han(m.group("lz_y")))


def _lj(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    year = int(m.group("lj_y"))
    return _ending(m, base, ctx, 12, int(m.group("lj_m")), year if year > 99 else 2000 + year)


def _ld(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    year = _stated(m, "ld", ctx)
    span = year_span(year) if year is not None else None
    return _at(m, base, "span", span or Period(duration=Duration(years=1)))


def _lg(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    """'im laufenden Geschäftsjahr', 'l'exercice en cours': a fiscal year counted from the reference date."""
    step = language_words(_lang(ctx)).words.get("fiscal_deictic", {}).get(m.group("lg_w"))
    period = Period(duration=Duration(years=1))
    start = ctx.fiscal_year_start or fiscal_start_for(ctx.language, ctx.government)
    ref = ctx.reference_date
    if isinstance(step, int) and start is not None and ref is not None:
        label = ref.year if (ref.month, ref.day) < start or start == (1, 1) else ref.year + 1
        period = fiscal_year(label + step, start) or period
    return _at(m, base, "span", period)


def _lk(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    """A compound that names a span ("Quartalsgewinn"): as long as its first part says."""
    w = language_words(_lang(ctx))
    word = m.group("lk_w")
    months = w.words.get("compounds", {}).get(word)
    if not isinstance(months, int) or (m.group(0) == word and word in {*w.quarter, *w.get("half")}):
        return None  # the bare noun is read elsewhere
    return _at(m, base, "span", Period(duration=_months(months)), adjective=True)


LOCAL_HANDLERS: dict[str, Callable[[re.Match[str], int, Context], Phrase | None]] = {
    "lq": _lq,
    "lr": _lr,
    "la": _la,
    "ls": _ls,
    "ln": _ln,
    "lm": _lm,
    "lf": _lf,
    "lw": _lw,
    "lh": _lh,
    "ly": _ly,
    "lo": _lo,
    "lt": _lt,
    "lc": _lc,
    "le": _le,
    "lz": _lz,
    "lj": _lj,
    "ld": _ld,
    "lu": _lu,
    "lg": _lg,
    "lk": _lk,
}


# --- phrases read in every language (English words, used in the other languages' news as well) -------

_Y = r"(?:19|20)\d\d"
EVERY_LANGUAGE: tuple[tuple[str, str], ...] = (
    (  # "the December quarter", "the June half of 2023": the span that ENDS in that month
        "xq",
        r"(?=[a-z])(?:(?:in|for|during|of|over)\s+)?(?:the\s+)?(?P<xq_m>"
        + MONTH_RE
        + r")[-\s]+(?:(?P<xq_q>quarter)|"
        r"(?P<xq_h>half(?:[-\s]year)?))(?:,?\s+(?:of\s+)?(?:fiscal\s+)?(?P<xq_y>" + _Y + r"))?(?![\w-])",
    ),
    (  # "the first nine months of 2023"
        "xf",
        r"(?=[a-z])(?:(?:in|for|during|over|of)\s+)?(?:the\s+)?first\s+(?P<xf_n>" + NUM_RE + r")\s+months"
        r"(?:\s+(?:of\s+)?(?:(?:the\s+|this\s+)?year|(?P<xf_y>" + _Y + r")))?(?![\w-])",
    ),
    (  # "full-year revenue", "for the full year 2024", "whole-year"
        "xw",
        r"(?=[a-z])(?:(?:in|for|during|over|of)\s+)?(?:the\s+)?(?:full|whole|entire)[-\s]year(?:\s+(?P<xw_y>"
        + _Y
        + r"))?"
        r"(?![\w-])(?!\s+(?:ended|ending|to|through)\s)",  # "full-year ended March" names its last month
    ),
    (  # "the previous quarter", "the preceding half": a shift by that unit
        "xp",
        r"(?=[a-z])(?:(?:in|for|during|over|from)\s+)?(?:the\s+)?(?:previous|preceding|prior|sequential)\s+"
        r"(?P<xp_u>quarter|half|month)(?![\w-])",
    ),
)


def _xq(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    last = MONTHS.get(m.group("xq_m").rstrip("."), 0)
    if not last:
        return None
    count = 3 if m.group("xq_q") else 6
    first = (last - count) % 12 + 1
    if m.group("xq_y"):
        year = int(m.group("xq_y"))
        start_year = year if first <= last else year - 1
    elif ctx.reference_date is not None:
        start_year = latest_year(ctx.reference_date, first)
    else:
        return _at(m, base, "span", Period(duration=_months(count)))
    return _at(m, base, "span", month_span(start_year, first, count))


def _xf(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    word = m.group("xf_n").lower()
    n = int(word) if word.isdigit() else NUMBERS.get(word)
    if not n or n > 12:
        return None
    return _sub(m, base, ctx, 1, n, int(m.group("xf_y")) if m.group("xf_y") else None)


def _xw(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    span = year_span(int(m.group("xw_y"))) if m.group("xw_y") else None
    return _at(m, base, "span", span or Period(duration=Duration(years=1)), whole_year=span is None)


def _xp(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    months = {"quarter": 3, "half": 6, "month": 1}[m.group("xp_u")]
    unit = Duration(months=months)
    own = calendar_unit(ctx.reference_date, months, -1) if ctx.reference_date else None
    return _at(m, base, "shift", own or Period(duration=unit), shift=unit)


LOCAL_HANDLERS.update({"xq": _xq, "xf": _xf, "xw": _xw, "xp": _xp})
