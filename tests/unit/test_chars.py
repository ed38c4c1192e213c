"""Character-range tests answer as the character classes they stand for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from moneyfacts.reading.chars import HAN, HANGUL_SYLLABLE, IDEOGRAPHIC, SPACELESS, Ranges

_CLASSES = [
    (IDEOGRAPHIC, "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u3131-\u318e]"),
    (SPACELESS, "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"),
    (HAN, "[\u3400-\u9fff]"),
    (HANGUL_SYLLABLE, "[\uac00-\ud7a3]"),
]
# the edges of every range, and characters on either side of them
_EDGES = sorted(
    {
        chr(c + d)
        for c in (0x303F, 0x30FF, 0x3131, 0x318E, 0x3400, 0x4DBF, 0x9FFF, 0xAC00, 0xD7A3, 0xFAFF)
        for d in (-1, 0, 1)
    }
)
_TEXT = st.text(alphabet=st.one_of(st.sampled_from(_EDGES), st.characters()), max_size=6)


@given(_TEXT)
def test_ranges_match_and_search_as_the_class_does(text: str) -> None:
    for ranges, source in _CLASSES:
        pattern = re.compile(source)
        assert ranges.match(text) == (True if pattern.match(text) else None)
        assert ranges.search(text) == (True if pattern.search(text) else None)


def test_examples() -> None:
    assert IDEOGRAPHIC.match("円") is True
    assert IDEOGRAPHIC.match("$5") is None
    assert HANGUL_SYLLABLE.match("원") is True
    assert SPACELESS.search("スイス franc") is True
    assert Ranges([("b", "c")]).search("abc") is True
    assert Ranges([("b", "c")]).search("ad") is None
