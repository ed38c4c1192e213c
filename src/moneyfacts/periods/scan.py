"""Where in a sentence a period phrase can start: cue words and the word starts just before them.

Running the full phrase pattern at every position of a sentence is slow, and most of a sentence
cannot hold a period phrase at all. Every phrase contains a cue (a unit word such as "year" or
"quarter", a four-digit year, a month name, "fiscal", "Q3", a recurrence word, a CJK year or
quarter mark), and before its first cue a phrase holds only phrase words ("over the next five").
So the phrase pattern is tried only at the word starts of the run of phrase words just before
each cue (found by matching the reversed sentence), on a lower-cased copy of the sentence, with a
pattern compiled without ``re.IGNORECASE`` (several times faster). Every step is a bounded
regex match, so the cost stays linear in the length of the sentence.

>>> low = lowered("Capex of $5 billion over the next five years.")
>>> [low[p : p + 4] for p in starts(low)]
['over', 'the ', 'next', 'five', 'year']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from moneyfacts.periods.words import MONTHS, NUMBERS, ORDINALS, RECURRENCE_WORDS

__all__ = ["lower_pattern", "lowered", "starts", "trie_pattern"]

_CJK_REACH = 12
"""The same for a CJK cue ("2022年第一季度")."""


def trie_pattern(words: Iterable[str]) -> str:
    """One alternation of literal ``words`` factored by shared prefixes, so a failed try costs one test.

    >>> trie_pattern(["annual", "annually", "anno"])
    'ann(?:o|ual(?:ly)?)'
    """
    trie: dict[str, dict[str, object]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, dict[str, object]]) -> str:
    optional = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        child: dict[str, dict[str, object]] = node[ch]  # type: ignore[assignment]
        tail = ch
        while len(child) == 1 and "" not in child:  # a chain: no choice until it forks or ends
            (nxt,) = child
            tail += nxt
            child = child[nxt]  # type: ignore[assignment]
        branches.append(re.escape(tail) + _emit(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    if optional:
        body += "?" if body.startswith("(?:") else ""
        if not body.endswith("?"):
            body = "(?:" + body + ")?"
    return body


def lower_pattern(pattern: str) -> str:
    """``pattern`` with its literal letters lower-cased (escapes such as ``\\W`` and ``\\S`` kept)."""
    low = pattern.lower()  # one character at a time where that differs: a final sigma, a dotted capital I
    out = list(low) if len(low) == len(pattern) and "Σ" not in pattern else [c.lower() for c in pattern]
    keep = [i + 1 for i in _unescaped_backslashes(pattern)]  # an escaped character
    at = pattern.find("(?")
    while at >= 0:  # the character after "(?": the P of a named group
        keep.append(at + 2)
        at = pattern.find("(?", at + 1)
    for i in keep:
        if i < len(pattern):
            out[i] = pattern[i]
    return "".join(out)


def _unescaped_backslashes(pattern: str) -> list[int]:
    """The offsets of the backslashes of ``pattern`` that escape the character after them."""
    out = []
    at = pattern.find("\\")
    while at >= 0:
        out.append(at)
        at = pattern.find("\\", at + 2)
    return out


def lowered(text: str) -> str:
    """``text`` lower-cased with its length kept, so offsets into it are offsets into ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ" lowers to two characters


_UNIT_CUES = (
    "year",
    "yr",
    "annum",
    "annu",
    "month",
    "quarter",
    "week",
    "wk",
    "day",
    "hour",
    "hr",
    "decade",
    "half",
    "period",
    "fiscal",
    "financial",
    "multi",
    "exercice",
    "ejercicio",
    "exercício",
    "esercizio",
    "geschäftsjahr",
    "boekjaar",
    "räkenskapsåret",
    "trimestre",
    "quartal",
    "fy",
)
_MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@cache
def _cues(ascii_only: bool = False) -> re.Pattern[str]:
    """A cue at a word start or after a CJK character, matched with the character before it.

    A space is put before the sentence, so a cue opening it has a character before it too.

    Opening every match with one character class lets the engine skip the inside of words quickly.
    For a text of ASCII characters only, that class leaves out the CJK ranges it cannot hold (a class of
    them is costly to compile).
    """
    opening = r"[\W_]" if ascii_only else r"[\W_\u3040-\u30ff\u3400-\u9fff]"
    latin = trie_pattern({*_UNIT_CUES, *(w for w in RECURRENCE_WORDS if not _cjk(w[0]))})
    months = trie_pattern(MONTHS)
    return re.compile(
        rf"{opening}(?:{latin}|(?:{months})(?![^\W\d_])|(?:19|20)\d\d|[qh][1-4]|[1-4][qh]|(?:mo|h)(?![^\W\d_])"
        r"|(?<=/))"
    )


_CJK_CUES = re.compile(r"[年季半每月]")


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


_STARTERS = [
    "in",
    "for",
    "during",
    "over",
    "within",
    "across",
    "throughout",
    "spanning",
    "of",
    "from",
    "through",
    "until",
    "till",
    "by",
    "since",
    "between",
    "no",
    "en",
    "em",
    "au",
    "nel",
    "im",
    "o",
    "el",
    "le",
    "de",
    "l'",
    "the",
    "a",
    "an",
    "per",
    "each",
    "every",
    "this",
    "current",
    "next",
    "coming",
    "upcoming",
    "past",
    "last",
    "previous",
    "preceding",
    "prior",
    "following",
    "same",
    "corresponding",
    "comparable",
    "similar",
    "matching",
    "equivalent",
    "latest",
    "final",
    "full",
    "durante",
    "pour",
    "para",
    "år",
    "в",
    "multi",
    "first",
    "second",
    "third",
    "fourth",
    "1st",
    "2nd",
    "3rd",
    "4th",
    "year",
    "years",
    "quarter",
    "half",
]


_EXTRA_WORDS = ["just", "only", "under", "calendar", "jahr", "ano", "del", "do", "du", "di"]
_MAX_RUN = 8
"""Words of a phrase before its first cue ("in just under a period of the next five years")."""


@cache
def _vocabulary() -> frozenset[str]:
    """Every word that can stand in a period phrase before its first cue."""
    entries = {*_STARTERS, *_EXTRA_WORDS, *NUMBERS, *MONTHS, *ORDINALS, *RECURRENCE_WORDS, *_UNIT_CUES}
    return frozenset(w for e in entries for w in re.split(r"[^\w]+", e) if w and not _cjk(w[0]))


@cache
def _run() -> re.Pattern[str]:
    """On the reversed sentence: the run of phrase words just before a cue, at most ``_MAX_RUN`` of them."""
    words = trie_pattern(w[::-1] for w in _vocabulary())
    return re.compile(rf"(?:[\s\-‐'’]+(?:{words}|\d+)(?![^\W_])){{0,{_MAX_RUN}}}")


@cache
def _start(ascii_only: bool = False) -> re.Pattern[str]:
    """A word start (after a CJK character too), or a slash or CJK character; in a text of ASCII
    characters only, a word start or a slash."""
    if ascii_only:
        return re.compile(r"(?<![^\W_])\w|/")
    return re.compile(r"(?<![^\W_])\w|(?<=[\u3040-\u30ff\u3400-\u9fff])\w|[/\u3040-\u30ff\u3400-\u9fff]")


_LOCAL_REACH = 40
"""Characters before a cue word of the text's language where a phrase holding it may start."""
_YEAR_REACH = 16
"""The same before a four-digit year ("zwischen den 2014")."""


def starts(low: str, local: re.Pattern[str] | None = None) -> list[int]:
    """The offsets of ``low`` (a :func:`lowered` sentence) where a period phrase may start, in order;
    ``local`` matches the cue words of the text's language."""
    size = len(low)
    rev = low[::-1]
    run = _run().match
    reach: list[tuple[int, int]] = []  # (cue, first offset a phrase holding it may start at)
    plain = low.isascii()
    for m in _cues(plain).finditer(" " + low):  # the match opens one character early: m.start() is the cue
        cue = m.start()
        back = run(rev, size - cue)
        lo = size - back.end() if back is not None else cue
        reach.append((cue, lo - 1 if lo == cue and low[cue - 1 : cue] == "/" else lo))  # "$15/hour"
    if not plain:
        reach.extend((m.start(), max(0, m.start() - _CJK_REACH)) for m in _CJK_CUES.finditer(low))
    if local is not None:
        for m in local.finditer(low):  # a year opens fewer words before it than a unit word does
            reach_back = _YEAR_REACH if m.group(0)[0].isdigit() else _LOCAL_REACH
            reach.append((m.start(), max(0, m.start() - reach_back)))
    reach.sort()
    out: list[int] = []
    windows: list[list[int]] = []
    for cue, lo in reach:
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], cue + 1)
        else:
            windows.append([lo, cue + 1])
    begin = _start(plain).finditer
    for lo, hi in windows:
        for s in begin(low, lo):  # no end bound: it would cut the word at the cue short
            if s.start() >= hi:
                break
            out.append(s.start())
    return out
