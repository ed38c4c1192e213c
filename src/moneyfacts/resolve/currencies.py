"""Currency marks -> ISO 4217 codes: the ambiguity policy.

An ambiguous mark ("$", "¥", "kr", "dollars") is settled, in order, by:

1. a prefix that decides it (already folded into the mark by the lexicon: "US$", "HK$", "A$");
2. the caller's ``default_currency``, when it is one of the mark's candidates;
3. a decisive mention earlier in the same text ("Australian dollars", "A$", "AUD");
4. a place named in the same sentence whose currency is a candidate ("Hong Kong", "Australian", "ASX");
5. the currency of the locale's territory (en_AU: "$" is AUD; en_IN: "Rs" is INR; zh: "¥" is CNY);
6. the documented default: the mark's first candidate (in English news "$" is USD, "¥" is JPY).

>>> from moneyfacts.reading.lexicon import Mark
>>> ctx = Context(default=None, territory="AUD")
>>> resolve(Mark(("USD", "AUD", "CAD"), False), ctx)
('AUD', ('USD', 'CAD'))
>>> ctx.note(Mark(("CAD",), True))
>>> resolve(Mark(("USD", "AUD", "CAD"), False), ctx)
('CAD', ('USD', 'AUD'))
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from moneyfacts.data import news_marks
from moneyfacts.reading.document import Document
from moneyfacts.reading.lexicon import Mark
from moneyfacts.reading.places import place_words
from moneyfacts.reading.sentences import sentence_bounds, sentence_starts

__all__ = ["Context", "minor_currency", "resolve"]


@dataclass(slots=True)
class Context:
    """What one text has told so far about its currencies."""

    default: str | None
    territory: str | None
    seen: list[str] = field(default_factory=list)
    """codes named decisively so far, most recent last"""
    text: str = ""
    language: str = "en"
    document: Document | None = None
    """the text read once, whose sentences this context shares with the later stages"""
    _places: list[tuple[int, str]] | None = None
    _sentences: list[int] | None = None

    def sentences(self) -> list[int]:
        """Where the text's sentences start (found once per text, on first need)."""
        if self._sentences is None:
            self._sentences = self.document.sentence_starts() if self.document else sentence_starts(self.text)
        return self._sentences

    def places(self) -> list[tuple[int, str]]:
        """Where the text names a place, with its currency (found once per text, on first need)."""
        if self._places is None:
            pattern, table = _place_pattern(self.language)
            start, stop = (self.document.start, self.document.stop) if self.document else (0, len(self.text))
            places: list[tuple[int, str]] = []
            for m in pattern.finditer(self.text, start) if table else ():
                if m.start() >= stop:  # a window of a longer text: the places of its own sentences
                    break
                places.append((m.start(), table[m.group()]))
            self._places = places
        return self._places

    def note(self, mark: Mark) -> None:
        """Remember a decisive mention."""
        if mark.decisive and mark.codes:
            code = mark.codes[0]
            if code in self.seen:
                self.seen.remove(code)
            self.seen.append(code)


def resolve(mark: Mark, ctx: Context, at: int = -1) -> tuple[str | None, tuple[str, ...]]:
    """The code a mark at offset ``at`` stands for here, and the other candidates, most likely first."""
    codes = mark.codes
    if not codes:
        return None, ()
    if mark.decisive or len(codes) == 1:
        return codes[0], codes[1:]
    choice = _choose(codes, ctx, at)
    return choice, _others(codes, choice)


@lru_cache(maxsize=1024)
def _others(codes: tuple[str, ...], choice: str | None) -> tuple[str, ...]:
    """The candidates but the chosen one: one shared tuple, not one per figure of a long text."""
    return tuple(c for c in codes if c != choice)


def minor_currency(name: str, ctx: Context, at: int = -1) -> tuple[str | None, tuple[str, ...]]:
    """The currency a minor unit named without one ("10 cents", "50 øre") is a part of, and the others.

    Where the name is the cent's, the currency must be one divided into cents: the caller's default,
    one named decisively before, one whose place the sentence names, the territory's, or else the US
    dollar. Other names take the territory's currency.

    >>> minor_currency("cents", Context(default=None, territory="INR"))
    ('USD', ('EUR', 'CAD', 'AUD'))
    >>> minor_currency("cents", Context(default=None, territory="AUD"))
    ('AUD', ())
    >>> minor_currency("øre", Context(default=None, territory="NOK"))
    ('NOK', ())
    """
    if name not in news_marks.CENT_NAMES:
        shared = news_marks.SHARED_MINOR_NAMES.get(name, ())
        named = next((c for c in (ctx.default, *reversed(ctx.seen)) if c in shared), None)
        if named is None and shared and ctx.territory not in shared:
            named = shared[0]  # "6 sen" in a US text is no US dollar's part
        return (named or ctx.territory), ()
    cents = news_marks.CENT_CURRENCIES
    for code in (ctx.default, *reversed(ctx.seen)):
        if code in cents:
            return code, ()
    place = _place_near(cents, ctx, at) if at >= 0 and ctx.text else None
    if place is not None:
        return place, ()
    if ctx.territory in cents:
        return ctx.territory, ()
    return cents[0], cents[1:4]


def _choose(codes: tuple[str, ...], ctx: Context, at: int) -> str:
    if ctx.default is not None and ctx.default in codes:
        return ctx.default
    for code in reversed(ctx.seen):
        if code in codes:
            return code
    if at >= 0 and ctx.text:
        place = _place_near(codes, ctx, at)
        if place is not None:
            return place
    if ctx.territory is not None and ctx.territory in codes:
        return ctx.territory
    return codes[0]


def _place_near(codes: tuple[str, ...], ctx: Context, at: int) -> str | None:
    """The currency of the place named nearest to ``at`` within its sentence, if it is a candidate.

    Only the few places on either side of ``at`` are weighed, so that a text naming thousands of
    places costs each figure the same.
    """
    start, end = sentence_bounds(ctx.sentences(), len(ctx.text), at)
    places = ctx.places()
    k = bisect.bisect_left(places, (at, ""))
    best: tuple[int, str] | None = None
    for pos, code in places[max(0, k - _PLACES_WEIGHED) : k + _PLACES_WEIGHED]:
        if start <= pos < end and code in codes and (best is None or abs(pos - at) < best[0]):
            best = (abs(pos - at), code)
    return best[1] if best else None


_PLACES_WEIGHED = 8
"""How many places on each side of a figure may lend it their currency."""


@lru_cache(maxsize=64)
def _place_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table = place_words(language)
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), table
