"""Character ranges tested without a compiled character class.

``re`` builds the bitmap of a character class one character at a time in Python, so compiling a class
of the CJK ranges (tens of thousands of characters) costs milliseconds at start-up. These tests read
the same ranges with a few comparisons.

>>> IDEOGRAPHIC.match("円高"), IDEOGRAPHIC.match("yen"), IDEOGRAPHIC.match("")
(True, None, None)
>>> IDEOGRAPHIC.search("the 円"), HAN.search("ひらがな")
(True, None)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

__all__ = ["HAN", "HANGUL_SYLLABLE", "IDEOGRAPHIC", "SPACELESS", "Ranges"]


class Ranges:
    """Characters in any of ``ranges`` (pairs of first and last character, ascending, disjoint), asked
    as a compiled one-character class is: ``match`` at the start of a text, ``search`` anywhere in it.
    Both give ``True`` or ``None``."""

    __slots__ = ("_beyond_ascii", "_bounds", "_first")

    def __init__(self, ranges: Sequence[tuple[str, str]]) -> None:
        # whole texts are compared, not their first characters: ``text < after`` holds exactly when
        # the first character is at most ``hi`` (``after`` is the character after it), ``text >= lo``
        # when it is at least ``lo``; no slice is made on the common path
        self._bounds = tuple((lo, chr(ord(hi) + 1)) for lo, hi in ranges)
        self._first = self._bounds[0][0]
        self._beyond_ascii = self._first > "\x7f"

    def match(self, text: str) -> Literal[True] | None:
        """Whether ``text`` opens with a character of the ranges."""
        if text < self._first:  # every text opening before the ranges, and the empty text
            return None
        for lo, after in self._bounds:
            if text < after:
                return True if text >= lo else None
        return None

    def search(self, text: str) -> Literal[True] | None:
        """Whether ``text`` holds a character of the ranges."""
        if not text or (self._beyond_ascii and text.isascii()) or max(text) < self._first:
            return None
        match = self.match
        return True if any(match(ch) for ch in text) else None


IDEOGRAPHIC = Ranges(
    [
        ("\u3040", "\u30ff"),  # kana
        ("\u3131", "\u318e"),  # hangul letters
        ("\u3400", "\u4dbf"),  # CJK ideographs, extension A
        ("\u4e00", "\u9fff"),  # CJK ideographs
        ("\uac00", "\ud7af"),  # hangul syllables
        ("\uf900", "\ufaff"),  # CJK compatibility ideographs
    ]
)
"""The scripts written without spaces and tokenised a character at a time."""
SPACELESS = Ranges([("\u3040", "\u30ff"), ("\u3400", "\u9fff"), ("\uf900", "\ufaff")])
"""Kana and Han: scripts whose spaces inside a name carry no meaning."""
HAN = Ranges([("\u3400", "\u9fff")])
HANGUL_SYLLABLE = Ranges([("\uac00", "\ud7a3")])
