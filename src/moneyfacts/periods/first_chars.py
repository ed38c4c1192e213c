"""The characters a pattern's match can begin with, as a one-character pattern: a cheap rejection.

A large alternation tried with ``match`` at a position walks every branch before it fails; most
positions fail. :func:`first_chars` reads the pattern's syntax once and returns a character class
that holds every character a non-empty match can start with (zero-width assertions are looked
through, so the class is a superset), or ``None`` when it cannot tell. Where the class does not
match, the pattern has no non-empty match.

>>> first = first_chars(re.compile(r"(?<!\\w)(?:next|last)\\s+year|q[1-4]|\\d{4}"))
>>> [first.match(s) is not None for s in ("next", "q3", "2024", "this")]
[True, True, True, False]
>>> first_chars(re.compile(r"(?:next|last)\\s+year|q[1-4]|\\d{4}")).pattern
'[\\\\dlnq]'

:class:`SplitAlternation` goes one step further for a large alternation tried with ``match``: it
keeps, for each character a match can begin with, only the alternatives that can begin with it, and
compiles each such subset the first time a position holding that character is tried. The first
alternative that matches is the same as in the whole alternation, so the match is the same; the
engine walks fewer branches, and an alternative no text reaches is never compiled.

>>> split = SplitAlternation([r"next\\s+year", r"(?P<q>q[1-4])", r"\\d{4}"])
>>> [(m.group(), m.lastgroup) for m in (split.match("q3 2024", 0), split.match("q3 2024", 3))]
[('q3', 'q'), ('2024', None)]
>>> split.match("this year", 0) is None
True
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["SplitAlternation", "first_chars"]

_parser: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")

_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = frozenset({_C.AT, _C.ASSERT, _C.ASSERT_NOT})
_REPEATS = frozenset({_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT})


class _Unknown(Exception):
    """The pattern holds a construct whose first characters are not read here."""


_KNOWN: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
"""The classes found, by the pattern's identity (hashing a compiled pattern hashes all its code)."""


def first_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character class every non-empty match of ``pattern`` starts with, or ``None``."""
    known = _KNOWN.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    found = _first_chars(pattern)
    _KNOWN[id(pattern)] = (pattern, found)
    return found


def _first_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    parts: set[str] = set()
    try:
        _first(_parser.parse(pattern.pattern, pattern.flags), parts)
    except (_Unknown, RecursionError):
        return None
    return re.compile("[" + "".join(sorted(parts)) + "]") if parts else None


def _opening(source: str) -> re.Pattern[str] | None:
    """The first-character class of one alternative that cannot match the empty string, else ``None``
    (an alternative that may match empty, or whose start is not read here, is tried everywhere)."""
    parts: set[str] = set()
    try:
        if _first(_parser.parse(source, 0), parts):
            return None
    except (_Unknown, RecursionError):
        return None
    return re.compile("[" + "".join(sorted(parts)) + "]") if parts else None


class SplitAlternation:
    """``"|".join(alternatives)`` tried with ``match``, split by the character at the position tried.

    Alternatives must not hold inline flags; group names must be unique across them, as in the
    joined pattern. Not shared between threads while it fills (each fill is idempotent, so a race
    only compiles a subset twice).
    """

    __slots__ = ("_alternatives", "_by_char", "_by_subset", "_full", "_openings")

    def __init__(self, alternatives: Sequence[str]) -> None:
        self._alternatives = tuple(alternatives)
        self._openings = tuple(_opening(a) for a in self._alternatives)
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_subset: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._full: re.Pattern[str] | None = None

    @property
    def full(self) -> re.Pattern[str]:
        """The whole alternation, compiled on first use."""
        if self._full is None:
            self._full = re.compile("|".join(self._alternatives))
        return self._full

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """What the whole alternation's ``match(text, pos)`` gives, for ``pos`` inside ``text``."""
        by_char = self._by_char
        ch = text[pos]
        pattern = by_char[ch] if ch in by_char else self._fill(ch)
        return None if pattern is None else pattern.match(text, pos)

    def _fill(self, ch: str) -> re.Pattern[str] | None:
        subset = tuple(i for i, o in enumerate(self._openings) if o is None or o.match(ch) is not None)
        pattern = self._by_subset.get(subset) if subset else None
        if subset and pattern is None:
            pattern = re.compile("|".join(self._alternatives[i] for i in subset))
            self._by_subset[subset] = pattern
        self._by_char[ch] = pattern
        return pattern


def _first(seq: Any, parts: set[str]) -> bool:
    """Add the first characters of ``seq`` to ``parts``; whether ``seq`` can match the empty string."""
    return all(_item(op, av, parts) for op, av in seq)  # up to the first item that takes a character


def _item(op: Any, av: Any, parts: set[str]) -> bool:
    """Add the first characters of one item; whether it can match the empty string."""
    if op is _C.LITERAL:
        parts.add(re.escape(chr(av)))
        return False
    if op is _C.IN:
        for kind, value in av:
            if kind is _C.LITERAL:
                parts.add(re.escape(chr(value)))
            elif kind is _C.RANGE:
                parts.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
            elif kind is _C.CATEGORY and value in _CATEGORIES:
                parts.add(_CATEGORIES[value])
            else:
                raise _Unknown(kind)
        return False
    if op is _C.BRANCH:
        empty = False
        for alt in av[1]:  # every branch adds its characters: no short cut here
            empty = _first(alt, parts) or empty
        return empty
    if op is _C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown(op)
        return _first(av[3], parts)
    if op is _C.ATOMIC_GROUP:
        return _first(av, parts)
    if op in _REPEATS:
        return _first(av[2], parts) or av[0] == 0
    if op in _ZERO_WIDTH:
        return True
    raise _Unknown(op)
