"""Unit tests for the cue scan that decides where period phrases may start."""

from __future__ import annotations

import re

import pytest

from moneyfacts.periods.scan import lower_pattern, lowered, starts, trie_pattern


def test_trie_pattern_matches_exactly_its_words() -> None:
    words = ["annual", "annually", "anno", "per annum", "a"]
    pattern = re.compile(f"(?:{trie_pattern(words)})")
    assert all(pattern.fullmatch(w) for w in words)
    assert not any(pattern.fullmatch(w) for w in ["ann", "annu", "per", "annuall", ""])


def test_lower_pattern_keeps_escapes_and_group_names() -> None:
    assert lower_pattern(r"(?P<q_n>Q[1-4])\W\S") == r"(?P<q_n>q[1-4])\W\S"


def test_lowered_keeps_offsets() -> None:
    text = "İstanbul SPENT $5 million"
    assert len(lowered(text)) == len(text)
    assert lowered(text)[9:14] == "spent"


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("it spent $4 million over the next three years", "over"),
        ("the levy raises $2 billion a year", "a year"),
        ("net income was $80 million in fiscal 2024", "in fiscal"),
        ("price: $12/month", "/month"),
        ("营收2022年第一季度为5亿元", "2022"),
    ],
)
def test_a_phrase_start_is_a_candidate(sentence: str, first: str) -> None:
    low = lowered(sentence)
    assert low.index(first) in starts(low)


def test_no_cue_no_candidates() -> None:
    assert starts(lowered("The lender paid $4 million to settle the claims.")) == []


def test_candidates_stay_in_order_and_inside() -> None:
    low = lowered("in 2021 and 2022 the fund paid $5 million a month, then $6 million a year.")
    found = starts(low)
    assert found == sorted(set(found))
    assert all(0 <= p < len(low) for p in found)
