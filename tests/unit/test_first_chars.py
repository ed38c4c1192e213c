"""The first-character class of a pattern: where it fails, the pattern has no non-empty match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts.periods.first_chars import first_chars

_PATTERNS = [
    r"(?<!\w)(?:next|last)\s+(?:year|quarter)|q[1-4]\b|\d{4}",
    r"(?:fy|h)?\s*[12]\d{3}|(?P<per>per|a)\s+(?:month|week)",
    r"(?=\w)(?:mid-|early\s)?(?:20\d\d)|每(?:年|月)|第[一二三四]季度",
    r"(?:over|for)\s+the\s+(?:past|next)\s+(?:\w+\s+)?years?|x*y",
]


def test_the_class_holds_each_branch_first_character() -> None:
    first = first_chars(re.compile(_PATTERNS[0]))
    assert first is not None
    assert first.pattern == r"[\dlnq]"
    assert [first.match(s) is not None for s in ("next", "q3", "2024", "this")] == [True, True, True, False]


def test_an_optional_head_adds_what_follows_it() -> None:
    first = first_chars(re.compile(r"(?:fy\s)?20\d\d|x*y"))
    assert first is not None
    assert sorted(ch for ch in "f2xyz" if first.match(ch)) == ["2", "f", "x", "y"]


def test_what_it_cannot_read_gives_no_class() -> None:
    assert first_chars(re.compile(r".x")) is None  # any character
    assert first_chars(re.compile(r"[^a]b")) is None  # a negated class
    assert first_chars(re.compile(r"next", re.IGNORECASE)) is None


def test_the_same_pattern_is_read_once() -> None:
    pattern = re.compile(r"q[1-4]")
    assert first_chars(pattern) is first_chars(pattern)


@given(st.sampled_from(_PATTERNS), st.text(alphabet="nextlasyrq1234 0mfhpw-每年月第一季度uov", max_size=30))
def test_no_match_starts_where_the_class_fails(source: str, text: str) -> None:
    pattern = re.compile(source)
    first = first_chars(pattern)
    assert first is not None
    for pos in range(len(text)):
        if first.match(text, pos) is None:
            m = pattern.match(text, pos)
            assert m is None or m.end() == pos


def test_lower_pattern_keeps_escapes_and_group_names() -> None:
    from moneyfacts.periods.scan import lower_pattern

    assert lower_pattern(r"(?P<Q_N>Q[1-4])\W\S\\D") == r"(?P<q_n>q[1-4])\W\S\\d"
    assert lower_pattern("ΈΤΟΣ (?P<y>\\d)") == "έτοσ (?P<y>\\d)"  # letter by letter: no final sigma
