"""Calendar arithmetic for periods: month spans, fiscal years, relative spans and shifts.

>>> month_span(2024, 7, 3).iso(), str(month_span(2024, 7, 3).duration)
('2024-07-01/2024-09-30', 'P3M')
>>> fiscal_year(2025, (7, 1)).iso()
'2024-07-01/2025-06-30'
>>> shift_back(month_span(2024, 4, 3), Duration(years=1)).iso()
'2023-04-01/2023-06-30'
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from moneyfacts.model import Duration, Period

__all__ = [
    "FISCAL_DEFAULTS",
    "calendar_unit",
    "fiscal_start_for",
    "fiscal_year",
    "latest_year",
    "month_span",
    "relative_span",
    "shift_back",
    "year_span",
]

ONE_YEAR = Duration(years=1)

FISCAL_DEFAULTS: dict[str, tuple[int, int]] = {
    "IN": (4, 1),
    "GB": (4, 1),
    "JP": (4, 1),
    "CA": (4, 1),
    "HK": (4, 1),
    "SG": (4, 1),
    "ZA": (4, 1),
    "AU": (7, 1),
    "NZ": (7, 1),
    "PK": (7, 1),
    "US": (10, 1),
}
"""Where a country's government fiscal year begins, used only for a government or national fiscal year."""

_CALENDAR_FISCAL = frozenset({"de", "fr", "es", "pt", "it", "nl", "sv", "ru", "zh"})
"""Languages whose texts name fiscal years ("exercice 2022") that default to the calendar year."""


def fiscal_start_for(language: str, government: bool) -> tuple[int, int] | None:
    """The default (month, day) a fiscal year starts for a locale, or ``None`` when unknown.

    >>> fiscal_start_for("en_IN", True), fiscal_start_for("en_IN", False), fiscal_start_for("fr_FR", False)
    ((4, 1), None, (1, 1))
    """
    parts = language.replace("-", "_").split("_")
    if parts[0].lower() in _CALENDAR_FISCAL:
        return (1, 1)
    if government:
        for part in parts[1:]:
            if part.upper() in FISCAL_DEFAULTS:
                return FISCAL_DEFAULTS[part.upper()]
    return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def month_span(year: int, month: int, months: int) -> Period | None:
    """``months`` calendar months starting at the first of ``month`` in ``year``."""
    start = safe_date(year, month, 1)
    if start is None:
        return None
    try:
        end = start + relativedelta(months=months, days=-1)
    except (ValueError, OverflowError):
        return None
    return Period(duration=_months(months), start=start, end=end)


def year_span(year: int) -> Period | None:
    """The calendar year ``year``."""
    return month_span(year, 1, 12)


def _months(months: int) -> Duration:
    return Duration(years=months // 12) if months % 12 == 0 else Duration(months=months)


def fiscal_year(label_year: int, start: tuple[int, int]) -> Period | None:
    """The fiscal year named ``label_year`` when years begin on ``start``: the year that ENDS in it.

    >>> fiscal_year(2025, (1, 1)).iso(), fiscal_year(2025, (4, 1)).iso()
    ('2025-01-01/2025-12-31', '2024-04-01/2025-03-31')
    """
    month, day = start
    first = safe_date(label_year if (month, day) == (1, 1) else label_year - 1, month, day)
    if first is None:
        return None
    return Period(duration=ONE_YEAR, start=first, end=first + relativedelta(years=1, days=-1))


def latest_year(ref: dt.date, month: int, day: int = 1) -> int:
    """The latest year whose ``month``/``day`` is not after ``ref`` (a period already begun or ended)."""
    candidate = safe_date(ref.year, month, min(day, 28)) or dt.date(ref.year, month, 1)
    return ref.year if candidate <= ref else ref.year - 1


def relative_span(ref: dt.date, direction: str, duration: Duration) -> Period:
    """A rolling span of ``duration`` from ``ref`` forward ("next") or back ("past")."""
    delta = duration.relativedelta()
    if direction == "next":
        start, end = ref, ref + delta - relativedelta(days=1)
    else:
        start, end = ref - delta, ref - relativedelta(days=1)
    return Period(duration=duration, start=start, end=end)


def calendar_unit(ref: dt.date, months: int, step: int) -> Period | None:
    """The calendar quarter, half or month of ``ref`` moved by ``step`` units ("the previous quarter").

    >>> calendar_unit(dt.date(2024, 11, 20), 3, -1).iso()
    '2024-07-01/2024-09-30'
    """
    first = dt.date(ref.year, ((ref.month - 1) // months) * months + 1, 1) + relativedelta(
        months=months * step
    )
    return month_span(first.year, first.month, months)


def shift_back(base: Period, by: Duration) -> Period:
    """``base`` moved back by ``by`` (the same span a year earlier), month ends kept as month ends."""
    delta = by.relativedelta()
    start = base.start - delta if base.start else None
    end = None
    if base.end is not None:
        end = base.end + relativedelta(days=1) - delta - relativedelta(days=1)
    return Period(duration=base.duration, start=start, end=end, open_length=base.open_length)
