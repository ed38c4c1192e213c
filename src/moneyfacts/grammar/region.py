"""The state every grammar rule reads: one region's tokens, the locale's tables and the readers at a token.

:class:`Region` holds the tokens of one stretch of text and the small matchers over them (the word at
an index, the longest phrase of a table there). The readers of marks, numbers, scales and amounts are
abstract here; :class:`moneyfacts.grammar.parser.Parser` wires in the rule modules' functions. So each rule
module (:mod:`._marks_at`, :mod:`._numbers_at`, :mod:`._structure`...) depends on this module alone,
never on the parser or on each other's callers.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from decimal import Decimal

from moneyfacts.grammar.figures import Figure, MarkHit, PhraseTable, phrase_tables
from moneyfacts.reading.chars import HANGUL_SYLLABLE
from moneyfacts.reading.lexicon import Mark
from moneyfacts.reading.scan import Scanner, Tok

__all__ = ["Number", "Region"]

Number = tuple[Decimal, int, int]
"""A number read at a token: its value, the index after it and the power of its trailing scale words."""

_HANGUL = HANGUL_SYLLABLE


class Region(ABC):
    """One region's tokens and the matchers over them; the readers at a token are the parser's."""

    def __init__(
        self, text: str, toks: Sequence[Tok], scan: Scanner, bare: bool, lowercased: bool | None = None
    ) -> None:
        self.text = text
        self.toks = toks
        self.n = len(toks)
        self.scan = scan
        self.lex = scan.lexicon
        self.profile = scan.profile
        self.language = self.profile.language
        self.bare = bare
        """a short string that should state one figure (``parse``), not running text"""
        self.decimal, self.group = self.profile.decimal, self.profile.group
        self.ph = phrase_tables()
        self.seen: list[tuple[int, Mark]] = []
        """decisive marks met while reading, with their token index"""
        self.number_memo: dict[int, Number | None] = {}
        self.mark_memo: dict[int, MarkHit | None] = {}
        self.lows = [t.low for t in toks]
        """each token's case-folded form, listed once for the matchers"""
        if lowercased is None:
            lowercased = not any(t.text != t.low for t in toks)
        self.lowercased = lowercased
        """text written all in lower case, as tokenised corpora are: case tells nothing there"""

    # -- small matchers ----------------------------------------------------------------------

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.n else ""

    def seq_at(self, i: int, table: PhraseTable) -> int:
        """Length in tokens of the longest phrase of ``table`` starting at token ``i`` (0 if none)."""
        if i >= self.n:
            return 0
        lows = self.lows
        sizes = table.firsts.get(lows[i])
        if sizes:
            n = self.n
            for size in sizes:
                if size == 1 or (i + size <= n and tuple(lows[i : i + size]) in table.values):
                    return size
        return 0

    def seq_before(self, i: int, table: PhraseTable) -> int:
        """Length of the longest phrase of ``table`` ending just before token ``i``."""
        if i <= 0:
            return 0
        lows = self.lows
        sizes = table.lasts.get(lows[i - 1])
        if sizes:
            for size in sizes:
                if size == 1 or (size <= i and tuple(lows[i - size : i]) in table.values):
                    return size
        return 0

    def clitic(self, i: int) -> str:
        """The clitic written onto a number word at token ``i``, or "": "מ" of "מעשר" (from ten)."""
        return self.scan.clitics.get(self.toks[i].low, "") if 0 <= i < self.n else ""

    def syllable(self, i: int) -> bool:
        """Whether token ``i`` is one syllable of a script tokenised a syllable at a time (hangul)."""
        return _HANGUL.match(self.toks[i].text) is not None

    def syllable_word_end(self, i: int) -> int:
        """The index after the written word that token ``i`` begins, where the script is tokenised a
        syllable at a time (hangul: "중국" is two tokens, one word); ``i + 1`` elsewhere."""
        k = i + 1
        if _HANGUL.match(self.toks[i].text):
            while k < self.n and not self.toks[k].spaced and _HANGUL.match(self.toks[k].text):
                k += 1
        return k

    def inside_syllable_word(self, i: int) -> bool:
        """Whether syllables other than number words stand glued before token ``i``, in one written
        word: "수백만" (millions) holds "백" (hundred) but is no number of its own."""
        k = i
        while k > 0 and not self.toks[k].spaced and _HANGUL.match(self.toks[k - 1].text):
            k -= 1
            if self.toks[k].low not in self.scan.number_words:
                return _HANGUL.match(self.toks[i].text) is not None
        return False

    # -- the readers at a token, wired in by the parser -----------------------------------------

    @abstractmethod
    def mark_at(self, i: int) -> MarkHit | None:
        """The longest currency mark starting at token ``i``."""

    @abstractmethod
    def minor_at(self, i: int) -> MarkHit | None:
        """A minor unit ("cents", "øre", 美分) at token ``i``."""

    @abstractmethod
    def number_at(self, i: int) -> Number | None:
        """The number starting at token ``i``."""

    @abstractmethod
    def scales_at(self, i: int, prefixed: bool = False) -> tuple[int, int]:
        """The power of ten of the scale words starting at token ``i``, and the index after them."""

    @abstractmethod
    def amount_at(self, i: int) -> Figure | None:
        """``[sign] [mark] number [scale] [mark] [minor part]`` starting at token ``i``."""
