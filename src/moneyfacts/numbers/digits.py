"""Digit strings, separators and number words -> exact Decimal.

Digit runs (:data:`DIGITS`, :func:`parse_digits`)
    Any Unicode decimal digits are read as their ASCII values first. Separators are settled thus:

    * apostrophes (``'`` ``’``), spaces (U+0020, U+00A0, U+202F, U+2009) and ``٬`` always group;
      ``٫`` is always the decimal mark;
    * a run with both ``,`` and ``.``: the rightmost one is the decimal mark, provided it occurs once
      and only the other kind occurs before it (``1.234,56``, ``1,234.56``);
    * one kind, repeated: grouping (``1,234,567``, ``1.234.567``, Indian ``12,34,567``);
    * one kind, once: a leading ``0`` or an empty head (``0,500``, ``.99``) makes it decimal; followed by
      1, 2 or 4+ digits it is decimal (``3,50``, ``0.1234``); followed by exactly 3 digits it is
      ambiguous and the locale decides (its group symbol -> grouping, its decimal symbol -> decimal);
      when the locale names neither (pass ``decimal=""`` and ``group=""`` for an unknown locale) the
      shape decides: grouping;
    * grouping must be well formed: a head of 1-3 digits then 3-digit groups, or the Indian
      2-digit groups closed by one 3-digit group; anything else is malformed (``None``);
    * a trailing ``,-`` / ``.-`` / ``,—`` means "no minor units" and is ignored (``3,-`` is 3).

Number words and CJK numerals: see :mod:`moneyfacts.numbers.words` and :mod:`moneyfacts.numbers.cjk`.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from moneyfacts.numbers.cjk import (
    CJK_NUMERAL,
    HANGUL_NUMERAL,
    KANA_NUMERAL,
    KANA_STARTS,
    parse_cjk_numeral,
    parse_hangul_numeral,
    parse_kana_numeral,
)
from moneyfacts.numbers.words import clitic_words, number_words, parse_number_words

__all__ = [
    "CJK_NUMERAL",
    "DIGITS",
    "HANGUL_NUMERAL",
    "KANA_NUMERAL",
    "KANA_STARTS",
    "clitic_words",
    "number_words",
    "parse_cjk_numeral",
    "parse_digits",
    "parse_hangul_numeral",
    "parse_kana_numeral",
    "parse_number_words",
]

_SPACES = " \u00a0\u202f\u2009"
_ALWAYS_GROUP = "'’\u00a0\u202f\u2009\u066c "
_ALWAYS_DECIMAL = "\u066b"
_FULLWIDTH = str.maketrans({"\uff0e": "."})  # "１．０７５３"; "，" separates clauses, never digits
_DASH_TAIL = r"(?:[,.][-–—](?![\d\-–—]))"

DIGITS = (
    r"(?:"
    # space-grouped: a 1-3 digit head, then exactly-3-digit groups, then an optional decimal part
    r"\d{1,3}(?: \d{3}(?!\d))+(?:[.,\u066b]\d+)?"
    # any other separators, each followed by a digit (so a sentence's final "." or "," stays out)
    r"|\d+(?:[,.'’\u00a0\u202f\u2009\u066b\u066c\uff0e]\d+)*"
    # a leading-dot decimal
    r"|(?<!\d)\.\d+"
    r")" + _DASH_TAIL + "?"
)
"""Regex source (no capturing groups) for one run of digits with its group and decimal separators.

>>> import re
>>> [m.group() for m in re.finditer(DIGITS, "costs 1 234 567,89 or $5, and 1,234.")]
['1 234 567,89', '5', '1,234']
"""


@cache
def _digits_re() -> re.Pattern[str]:
    return re.compile(DIGITS)


def _ascii_digits(raw: str) -> str:
    if raw.isascii():
        return raw
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in raw)


def _valid_grouping(groups: list[str]) -> bool:
    """A head of 1-3 digits then 3-digit groups, or Indian 2-digit groups closed by one 3-digit group."""
    head, rest = groups[0], groups[1:]
    if not rest:
        return bool(head)
    if not 1 <= len(head) <= 3 or len(rest[-1]) != 3:
        return False
    middle = rest[:-1]
    if all(len(g) == 3 for g in middle):
        return True
    return len(head) <= 2 and all(len(g) == 2 for g in middle)


_SPLIT = re.compile(r"([^0-9])")


@lru_cache(maxsize=4096)  # a value is immutable: a number repeated in a long text is one object
def parse_digits(raw: str, decimal: str = ".", group: str = ",") -> Decimal | None:
    """The exact value of a digit run matched by :data:`DIGITS`, or ``None`` if it is malformed.

    ``decimal`` and ``group`` are the locale's symbols; they settle a lone separator followed by
    exactly three digits. Pass empty strings for an unknown locale.

    >>> parse_digits("1.234,56"), parse_digits("1,500"), parse_digits("1,500", ",", ".")
    (Decimal('1234.56'), Decimal('1500'), Decimal('1.500'))
    >>> parse_digits("12,34,567"), parse_digits("3,-"), parse_digits("1,2,3")
    (Decimal('1234567'), Decimal('3'), None)
    """
    text = _ascii_digits(raw.strip()).translate(_FULLWIDTH)
    if len(text) >= 2 and text[-1] in "-–—" and text[-2] in ",.":
        text = text[:-2]
    if not text:
        return None
    parts = _SPLIT.split(text)
    # parts alternates digit-run, separator, digit-run, ...
    runs = parts[0::2]
    seps = parts[1::2]
    if any(not r for r in runs[1:]):
        return None
    for s in seps:
        if s not in _ALWAYS_GROUP and s not in _ALWAYS_DECIMAL and s not in ",.":
            return None
    dec_index = _decimal_index(runs, seps, decimal, group)
    if dec_index == -2:
        return None
    if dec_index >= 0:
        int_runs, frac = runs[: dec_index + 1], runs[dec_index + 1]
        if dec_index + 2 != len(runs):
            return None
    else:
        int_runs, frac = runs, ""
    if len(int_runs) > 1 and not _valid_grouping(int_runs):
        return None
    integer = "".join(int_runs) or "0"
    try:
        return Decimal(f"{integer}.{frac}" if frac else integer)
    except InvalidOperation:  # pragma: no cover - the runs are ASCII digits by construction
        return None


def _decimal_index(runs: list[str], seps: list[str], decimal: str, group: str) -> int:
    """Index of the separator that is the decimal mark; -1 for none, -2 for a malformed run."""
    if not seps:
        return -1
    marks = [i for i, s in enumerate(seps) if s in _ALWAYS_DECIMAL]
    if marks:
        return marks[0] if len(marks) == 1 and marks[0] == len(seps) - 1 else -2
    if not runs[0]:
        # a leading-dot decimal ".99"
        return 0 if len(seps) == 1 and seps[0] in ",." else -2
    ambiguous = [i for i, s in enumerate(seps) if s in ",."]
    if not ambiguous:
        return -1
    last = ambiguous[-1]
    kind = seps[last]
    kinds = {seps[i] for i in ambiguous}
    if len(kinds) == 2:
        if sum(1 for i in ambiguous if seps[i] == kind) != 1 or last != len(seps) - 1:
            return -2
        return last
    if len(ambiguous) > 1:
        return -1
    if last != len(seps) - 1:
        # "1.234 567"? a lone ,/. before other grouping: only grouping makes sense
        return -1
    head, tail = "".join(runs[: last + 1]), runs[last + 1]
    if head == "0" or len(tail) != 3:
        return last
    # exactly three digits after a lone "," or ".": the locale decides, else the shape (grouping)
    return last if kind == decimal and kind != group else -1
