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
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["first_chars", "guarded"]

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


def guarded(source: str) -> str:
    """``source`` behind a lookahead for the characters its match can open with, where they are known and
    it cannot match the empty string: in an alternation, a try at any other character leaves the
    alternative at once instead of walking its optional openings. The matches are the same.

    >>> guarded("(?:over )?the year"), guarded("x*")
    ('(?=[ot])(?:over )?the year', 'x*')
    """
    parts: set[str] = set()
    try:
        if _first(_parser.parse(source, 0), parts) or not parts:
            return source
    except (_Unknown, RecursionError):
        return source
    return "(?=[" + "".join(sorted(parts)) + "])" + source


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
