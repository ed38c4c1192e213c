"""Sentence boundaries: where a period, a per-unit cue or a currency hint stops reaching.

One full stop, question or exclamation mark (Latin or CJK) or line break ends a sentence, unless it
closes a known abbreviation ("Dec.", "U.S.", "p.m.") or a single initial, or stands inside a figure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

__all__ = [
    "boundaries",
    "boundaries_between",
    "firm_start",
    "sentence_bounds",
    "sentence_spans",
    "sentence_starts",
    "starts_between",
]

_ABBREVIATIONS = [
    "Mr",
    "Ms",
    "Dr",
    "Rs",
    "St",
    "No",
    "vs",
    "Co",
    "Inc",
    "Ltd",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "Sept",
    "Mrs",
    "Corp",
    "approx",
    "p.m",
    "a.m",
    "U.S",
    "e.g",
    "i.e",
]
# the full stop is matched first and the abbreviations are looked behind it, so the costly
# lookbehinds run only at full stops, not at every character of the text
_ABBREV = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
# one character class opens the pattern, so the engine skips quickly to the next stop or newline;
# the abbreviation lookbehinds then run only at full stops
_BOUNDARY = re.compile(
    r"[。！？!?\n.](?:(?<=[。！？!?])[。！？!?]*|(?<=\n)\s*|(?<=\.)(?<!\b[A-Za-z]\.)"
    + _ABBREV
    + r"[\"'”’)]*(?=\s+[\"'“‘(]*[A-Z0-9\u0400-\u04ff]|\s*$))"
)


def sentence_starts(text: str, spans: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Sentence start offsets; a boundary inside one of ``spans`` (sorted figure spans) does not count.

    >>> sentence_starts("It rose to $3.5 billion. On Dec. 8 it fell. 股价下跌。再见")
    [0, 24, 49]
    """
    return starts_between(boundaries(text), len(text), spans)


def boundaries(text: str) -> list[tuple[int, int]]:
    """Every sentence boundary of ``text``: where its stop stands, and where the next sentence starts.

    >>> boundaries("One. Two!")
    [(3, 4), (8, 9)]
    """
    return [m.span() for m in _BOUNDARY.finditer(text)]


def boundaries_between(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The :func:`boundaries` of ``text`` whose stop stands from ``start`` to before ``end``.

    ``start`` must be where a sentence starts (or 0): the text before it is only looked behind.

    >>> list(boundaries_between("One. Two! Three.", 5, 12))
    [(8, 9)]
    """
    for m in _BOUNDARY.finditer(text, start):
        if m.start() >= end:
            return
        yield m.span()


def firm_start(text: str, lo: int, hi: int) -> int | None:
    """The first sentence start from ``lo`` to ``hi`` that no later stage joins back (the next word is
    not in lower case, so it is no abbreviation's dot), or ``None``; the text there must hold no figure.

    >>> firm_start("so on. Then it.", 0, 15)
    6
    >>> firm_start("see Dr.\\nsmith or Co.\\nltd", 0, 25) is None
    True
    """
    for m in _BOUNDARY.finditer(text, lo):
        cut = m.end()
        if m.start() >= hi or cut > hi:
            return None
        word = _NEXT_LETTER.match(text, cut)
        if word is None or not word.group(1).islower():
            return cut
    return None


_NEXT_LETTER = re.compile(r"[\s\"'“‘(]*(\w)")


def starts_between(
    found: Sequence[tuple[int, int]], length: int, spans: Sequence[tuple[int, int]] = (), first: int = 0
) -> list[int]:
    """Sentence start offsets from a text's :func:`boundaries`, leaving out those inside ``spans``.

    ``first`` is where the text (or its window) starts, ``length`` where it ends.
    """
    starts = [first]
    for stop, cut in found:
        k = bisect.bisect_right(spans, (stop, length + 1)) - 1
        if k >= 0 and spans[k][0] <= stop < spans[k][1]:
            continue
        if cut > starts[-1]:
            starts.append(cut)
    return starts


def sentence_bounds(starts: Sequence[int], length: int, position: int) -> tuple[int, int]:
    """The span of the sentence holding ``position``, given the sentence ``starts`` of a text.

    >>> sentence_bounds([0, 24, 49], 51, 30)
    (24, 49)
    """
    k = bisect.bisect_right(starts, position) - 1
    end = starts[k + 1] if k + 1 < len(starts) else length
    return starts[max(k, 0)], end


def sentence_spans(text: str, spans: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The sentences of ``text`` as spans that cover it end to end.

    >>> sentence_spans("One. Two! Three")
    [(0, 4), (4, 9), (9, 15)]
    """
    starts = sentence_starts(text, spans)
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if b > a]
