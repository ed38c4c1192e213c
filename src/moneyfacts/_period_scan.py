"""Where in a sentence a period phrase can start: cue words and the word starts just before them.

Running the full phrase pattern at every position of a sentence is slow, and most of a sentence
cannot hold a period phrase at all. Every phrase contains a cue (a unit word such as "year" or
"quarter", a four-digit year, a month name, "fiscal", "Q3", a recurrence word, a CJK year or
quarter mark), and no phrase starts far before its cue. So the phrase pattern is tried only at the
word starts within a short reach before each cue, on a lower-cased copy of the sentence, with a
pattern compiled without ``re.IGNORECASE`` (several times faster).

>>> low = lowered("Capex of $5 billion over the next five years.")
>>> [low[p : p + 4] for p in starts(low)]
['of $', '5 bi', 'over', 'the ', 'next', 'five', 'year']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from moneyfacts._period_words import MONTHS, NUMBERS, ORDINALS, RECURRENCE_WORDS

__all__ = ["lower_pattern", "lowered", "starts", "trie_pattern"]

_LATIN_REACH = 40
"""Characters before a cue where a phrase holding it may start ("in just under a period of the next")."""
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
    out: list[str] = []
    escaped = False
    for ch in pattern:
        keep = escaped or out[-2:] == ["(", "?"]  # an escape, or the P of a named group
        out.append(ch if keep else ch.lower())
        escaped = not escaped and ch == "\\"
    return "".join(out)


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
def _cues() -> re.Pattern[str]:
    latin = trie_pattern({*_UNIT_CUES, *_MONTH_CUES, *(w for w in RECURRENCE_WORDS if w.isascii())})
    other = trie_pattern(w for w in RECURRENCE_WORDS if not w.isascii() and not _cjk(w[0]))
    return re.compile(
        rf"(?P<latin>(?<![^\W\d_])(?:{latin}|{other}|[qh][1-4]|(?:mo|h)(?![^\W\d_]))|(?:19|20)\d\d|[1-4][qh]|/)"
        r"|[年季半每月]"
    )


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


@cache
def _start() -> re.Pattern[str]:
    """A word that can open a period phrase, or a digit, slash or CJK character."""
    words = {*_STARTERS, *NUMBERS, *MONTHS, *ORDINALS, *(w for w in RECURRENCE_WORDS if w[0].isalpha())}
    words.update(w for w in _UNIT_CUES if w.isalpha())
    latin = trie_pattern(w for w in words if not _cjk(w[0])).replace("\\ ", r"\s+")
    return re.compile(rf"(?<![^\W_])(?:(?:{latin})(?![^\W_])|\d|[qh][1-4]|fy|l')|[/\u3400-\u9fff]")


def starts(low: str) -> list[int]:
    """The offsets of ``low`` (a :func:`lowered` sentence) where a period phrase may start, in order."""
    out: list[int] = []
    windows: list[list[int]] = []
    for m in _cues().finditer(low):
        lo = m.start() - (_LATIN_REACH if m.lastgroup == "latin" else _CJK_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = m.start() + 1
        else:
            windows.append([max(0, lo), m.start() + 1])
    begin = _start().finditer
    for lo, hi in windows:
        for s in begin(low, lo):  # no end bound: it would cut the word at the cue short
            if s.start() >= hi:
                break
            out.append(s.start())
    return out
