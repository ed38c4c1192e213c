"""What every period reader shares: the resolution context, the phrase record and the span helpers.

>>> str(_sub_year(7, 3, 2024, Context())[0])
'2024-07-01/2024-09-30'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from moneyfacts.model import Duration, Period
from moneyfacts.periods.calendar import fiscal_start_for, fiscal_year, latest_year, month_span
from moneyfacts.periods.words import NUMBERS, UNITS

__all__ = ["Context", "Phrase"]


@dataclass(frozen=True, slots=True)
class Context:
    """What resolution needs: the reference date, a fiscal year start and the language."""

    reference_date: dt.date | None = None
    fiscal_year_start: tuple[int, int] | None = None
    language: str = "en"
    government: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """A period phrase at ``start:end`` of the text.

    ``kind`` is ``recur`` (how often), ``span`` (a length or calendar span), ``shift`` (the same
    span some time back: "a year earlier") or ``deictic`` (a bare "this year", which only governs
    what precedes it).
    ``adjective`` marks attributive forms ("four-year", "annual") that bind to an adjacent figure.
    ``months`` is (first month, count) of a sub-year span whose year the text did not state.
    ``forward`` marks a recurrence that governs the clause after it ("every year, ...").
    ``to_year`` is the year a shift names ("the same period of 2020"); ``whole_year`` marks "full-year".
    """

    start: int
    end: int
    kind: str
    period: Period | None
    adjective: bool = False
    shift: Duration | None = None
    months: tuple[int, int] | None = None
    forward: bool = False
    to_year: int | None = None
    whole_year: bool = False


def _num(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _unit(word: str) -> Duration:
    word = word.lower().rstrip(".")
    if word.endswith("s") and word[:-1] in UNITS:
        word = word[:-1]
    return UNITS.get(word, Duration(years=1))


def _times(unit: Duration, n: int) -> Duration:
    return Duration(
        years=unit.years * n,
        months=unit.months * n,
        weeks=unit.weeks * n,
        days=unit.days * n,
        hours=unit.hours * n,
        minutes=unit.minutes * n,
    )


def _year(text: str | None, ctx: Context) -> int | None:
    if not text:
        return None
    digits = text.strip("'’ ")
    if not digits.isdigit():
        return None
    if len(digits) == 2:
        return 2000 + int(digits)
    return int(digits)


def _sub_year(first: int, count: int, year: int | None, ctx: Context) -> tuple[Period | None, bool]:
    """A span of ``count`` months from ``first``; the year comes from the text or the reference date."""
    if year is None and ctx.reference_date is not None:
        year = latest_year(ctx.reference_date, first)
    if year is None:
        return Period(duration=_months(count)), True
    return month_span(year, first, count), False


def _months(count: int) -> Duration:
    return Duration(years=count // 12) if count % 12 == 0 else Duration(months=count)


def _fiscal(year: int | None, year2: int | None, ctx: Context) -> Period:
    """A named fiscal year: dated when its start is known (told, or a documented default)."""
    one = Period(duration=Duration(years=1))
    if year is None:
        return one
    split = year2 is not None
    if split and year2 is not None and (year2 % 100) != (year + 1) % 100:
        return one
    start = ctx.fiscal_year_start or fiscal_start_for(ctx.language, ctx.government)
    if start is None or (split and start == (1, 1)):
        return one
    return fiscal_year(year + 1 if split and start != (1, 1) else year, start) or one
