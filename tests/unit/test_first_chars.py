"""The first-character class of a pattern: where it fails, the pattern has no non-empty match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts.periods.first_chars import SplitAlternation, first_chars

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


_ALTERNATIVES = [
    r"(?P<rel>(?:over|for)\s+the\s+(?:past|next)\s+years?)",
    r"(?P<q>q[1-4])(?!\w)",
    r"(?=[a-z])(?P<fy>(?:fy|h)?\s*[12]\d{3})",
    r"(?P<opt>x*)",  # may match empty: it is tried at every character, before the ones after it
    r"(?P<yr>\d{4})",
    r"(?<!\w)(?P<mo>may|march)(?!\w)",
]


@given(st.text(alphabet="overfthpasnxyq1234 0mfhaycr-", max_size=40))
def test_the_split_alternation_matches_as_the_whole_one(text: str) -> None:
    split = SplitAlternation(_ALTERNATIVES)
    for pos in range(len(text)):
        want, got = split.full.match(text, pos), split.match(text, pos)
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


def test_an_alternative_that_may_match_empty_still_shadows_the_later_ones() -> None:
    split = SplitAlternation([r"(?P<a>x*)", r"(?P<b>\d+)"])
    m = split.match("12", 0)
    assert m is not None
    assert (m.lastgroup, m.end()) == ("a", 0)


def test_a_character_no_alternative_opens_with_compiles_nothing() -> None:
    split = SplitAlternation([r"q[1-4]", r"\d{4}"])
    assert split.match("z", 0) is None
    assert split.match("2024", 0) is not None
    assert split.match("q2", 0) is not None
    assert len(split._by_subset) == 2  # one subset per opening character seen, none for "z"


def test_lower_pattern_keeps_escapes_and_group_names() -> None:
    from moneyfacts.periods.scan import lower_pattern

    assert lower_pattern(r"(?P<Q_N>Q[1-4])\W\S\\D") == r"(?P<q_n>q[1-4])\W\S\\d"
    assert lower_pattern("ΈΤΟΣ (?P<y>\\d)") == "έτοσ (?P<y>\\d)"  # letter by letter: no final sigma
