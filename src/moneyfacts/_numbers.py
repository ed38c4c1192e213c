"""Digit strings, separators and number words -> exact Decimal.

CONTRACT STUB: a fuller implementation replaces this module body, keeping these names.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

__all__ = [
    "CJK_NUMERAL",
    "DIGITS",
    "number_words",
    "parse_cjk_numeral",
    "parse_digits",
    "parse_number_words",
]

DIGITS = r"\d+(?:[,.]\d+)*"
"""Regex source (no capturing groups) for one run of digits with its group and decimal separators."""

CJK_NUMERAL = r"[〇零一二三四五六七八九十百千万萬亿億兩两]+"
"""Regex source (no capturing groups) for a run of CJK numeral characters."""


def parse_digits(raw: str, decimal: str = ".", group: str = ",") -> Decimal | None:
    """The exact value of a digit run matched by :data:`DIGITS`, or ``None`` if it is malformed."""
    try:
        return Decimal(raw.replace(group, "").replace(decimal, "."))
    except InvalidOperation:
        return None


def number_words(language: str) -> frozenset[str]:
    """Case-folded tokens that may occur inside a spelled-out number in ``language``."""
    return frozenset({"one", "two", "three", "four", "five", "a", "half"})


def parse_number_words(tokens: Sequence[str], language: str) -> tuple[Decimal, int] | None:
    """The value of the longest spelled-out number at the start of ``tokens`` and how many tokens it used."""
    values = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1}
    if tokens and tokens[0] in values:
        return Decimal(values[tokens[0]]), 1
    return None


def parse_cjk_numeral(text: str) -> Decimal | None:
    """The value of a run of CJK numerals (三千八百亿, 九點五億), or ``None``."""
    return None
