"""Qualifiers read beyond the shared phrase tables: a language's own words, and leads of estimation.

The shared tables (:data:`moneyfacts.data.qualifiers.QUALIFIERS_BEFORE`) are read by
:meth:`moneyfacts.grammar.parser.Parser.qualify` where they touch a figure. Two readings follow when none
does: words kept for one language (:data:`~moneyfacts.data.qualifiers.OWN_BEFORE`), and a verb of
estimation a few words back ("estimated by analysts at $3 billion", "geschätzt wird ein Schaden von
3 Millionen Euro"). A lead reaches at most :data:`REACH` words, across no number, punctuation,
currency mark or clause word (:data:`~moneyfacts.data.qualifiers.LEAD_STOPS`): a wrong qualifier is
worse than none.
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.data import phrases, qualifiers
from moneyfacts.grammar.figures import Figure, PhraseTable, phrase_tables
from moneyfacts.grammar.region import Region
from moneyfacts.reading.scan import CJK, NUM, WORD, tokenize

__all__ = ["REACH", "glued_before", "infix_at", "joins", "lead_before", "moved", "own_before"]

REACH = 6
"""How many words back a lead of estimation may stand (a clause's subject and a preposition)."""


def _toks(phrase: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(phrase))


@cache
def _own(language: str) -> PhraseTable:
    groups = qualifiers.OWN_BEFORE.get(language, {})
    return PhraseTable({_toks(p): q for q, ps in groups.items() for p in ps})


@cache
def _leads() -> tuple[PhraseTable, frozenset[str]]:
    leads = PhraseTable({_toks(p): "approx" for p in qualifiers.LEADS})
    return leads, frozenset(t for p in qualifiers.LEAD_STOPS for t in _toks(p))


def own_before(p: Region, fig: Figure) -> int:
    """Take a qualifier of the region's own language just before the figure; its size in tokens."""
    table = _own(p.language)
    size = p.seq_before(fig.start, table) if table.values else 0
    if size:
        fig.qualifier = table[tuple(t.low for t in p.toks[fig.start - size : fig.start])]
    return size


@cache
def _glued() -> tuple[tuple[str, str], ...]:
    table = phrase_tables().before
    found = ((p, table.get(_toks(p))) for p in qualifiers.GLUED)
    return tuple(sorted(((p, q) for p, q in found if q is not None), key=lambda pq: -len(pq[0])))


def glued_before(p: Region, fig: Figure) -> None:
    """Take a qualifier written onto the end of the word before the figure, in a script that puts no
    space between words ("ราคาประมาณ 5,000 บาท": a price of about 5,000 baht)."""
    if fig.start <= 0 or p.toks[fig.start - 1].kind != WORD:
        return
    word = p.toks[fig.start - 1].low
    for phrase, qualifier in _glued():
        if len(word) > len(phrase) and word.endswith(phrase):
            fig.qualifier = qualifier
            return


def lead_before(p: Region, fig: Figure) -> None:
    """Mark the figure approximate when a lead of estimation stands a few words before it."""
    leads, stops = _leads()
    k = fig.start
    for _ in range(REACH):
        if k <= 0:
            return
        tok = p.toks[k - 1]
        if tok.kind != WORD or tok.low in stops or (k < fig.start and p.mark_at(k - 1) is not None):
            return  # a number, a sign, punctuation, a clause word or another figure's mark
        if p.seq_before(k, leads):
            fig.qualifier = "approx"
            return
        k -= 1


def infix_at(p: Region, i: int) -> tuple[str | None, int]:
    """A qualifier glued inside a figure at token ``i``, before a scale or a mark ("10多亿元", "5억여
    원"), and the index after it; ``(None, i)`` where there is none."""
    qualifier = qualifiers.INFIX.get(p.low(i))
    if qualifier is None or p.toks[i].spaced or i + 1 >= p.n:
        return None, i
    if p.low(i + 1) in p.lex.scales or p.mark_at(i + 1) is not None:
        return qualifier, i + 1
    return None, i


def moved(p: Region, at: int, words: tuple[str, ...]) -> bool:
    """Whether a bound phrase at token ``at`` that opens with a word of movement ("up to") follows a
    verb of motion, so that it names the level reached ("went up to $30"), not a bound ("raise up to
    $5 million" is one)."""
    return words[0] in phrases.MOVEMENT_WORDS and at > 0 and p.low(at - 1) in qualifiers.REACHED_AFTER


def joins(p: Region, at: int, words: tuple[str, ...]) -> bool:
    """Whether an upper bound at token ``at`` stands right after a number, where it joins the two ends
    of a range ("από 5 έως 10 ευρώ", "5 hasta 10"), not bounds the figure after it."""
    if at <= 0 or p.toks[at - 1].kind not in (NUM, CJK) or p.ph.before[words] != "at_most":
        return False
    return _YEAR.fullmatch(p.toks[at - 1].text) is None  # "in 2020 up to $5 billion" is a bound


_YEAR = re.compile(r"(?:19|20)\d\d")
