"""Period phrases -> Period, attached to the figures they govern.

CONTRACT STUB: a fuller implementation replaces this module body, keeping these names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from moneyfacts.model import Duration, Period

__all__ = ["attach_periods"]

_YEAR_ADJ = re.compile(r"\b(\d+|two|three|four|five)-year\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\bin ((?:19|20)\d\d)\b")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def attach_periods(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    reference_date: dt.date | None = None,
    fiscal_year_start: tuple[int, int] | None = None,
    language: str = "en",
) -> list[Period | None]:
    """The period each figure governs, one per span in ``spans`` (figure spans in text order)."""
    out: list[Period | None] = []
    for _start, end in spans:
        tail = text[end : end + 60]
        period = None
        if m := _YEAR_ADJ.match(tail.lstrip()):
            n = m.group(1).lower()
            period = Period(duration=Duration(years=int(_WORDS.get(n, n))))
        elif m := _IN_YEAR.search(tail):
            year = int(m.group(1))
            period = Period(duration=Duration(years=1), start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
        elif "this financial year" in tail:
            period = Period(duration=Duration(years=1))
        out.append(period)
    return out
