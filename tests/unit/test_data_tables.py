"""Integrity of the generated CLDR tables and the hand-kept table."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from babel.numbers import list_currencies

from moneyfacts.data import news_marks

ROOT = Path(__file__).resolve().parents[2]
CLDR = ROOT / "src" / "moneyfacts" / "data" / "cldr"
KNOWN = frozenset(list_currencies())


@pytest.fixture(scope="module")
def committed() -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in CLDR.glob("*.json")}


def test_committed_tables_equal_what_the_generator_makes_now(
    committed: dict[str, dict[str, Any]], table_generator: ModuleType
) -> None:
    fresh = {
        stem: json.loads(table_generator.dump(table))
        for stem, table in table_generator.build_tables().items()
    }
    assert sorted(fresh) == sorted(committed)
    stale = [stem for stem in fresh if fresh[stem] != committed[stem]]
    assert stale == []


def test_every_generated_code_is_known_to_babel(committed: dict[str, dict[str, Any]]) -> None:
    found: set[str] = set(committed["_global"]["codes"]) | set(committed["_global"]["digits"])
    found |= {c for codes in committed["_global"]["symbols"].values() for c in codes}
    found |= set(committed["_global"]["territory_currency"].values())
    for stem, table in committed.items():
        if stem == "_global":
            continue
        for part in ("names", "heads", "symbols"):
            found |= {c for codes in table[part].values() for c in codes}
        found |= {info["currency"] for info in table["locales"].values() if info["currency"]}
    assert found - KNOWN == set()
    assert set(committed["_global"]["codes"]) == KNOWN


def test_generated_header_names_the_generator(committed: dict[str, dict[str, Any]]) -> None:
    assert all("tools/generate_tables.py" in table["_generated"] for table in committed.values())
    assert committed["_global"]["languages"] == sorted(stem for stem in committed if stem != "_global")


def test_scale_word_of_compact_patterns(table_generator: ModuleType) -> None:
    assert table_generator.scale_word("0\u00a0Mio'.'") == "mio."
    assert table_generator.scale_word("00 Mrd'.'") == "mrd."
    assert table_generator.scale_word("¤0K") == "k"
    assert table_generator.scale_word("0") == ""


def test_hand_marks_name_known_codes() -> None:
    tiers = {news_marks.TIER_DECISIVE, news_marks.TIER_USUAL, news_marks.TIER_SLANG}
    for surface, (codes, tier) in news_marks.NEWS_MARKS.items():
        assert codes, surface
        assert set(codes) <= KNOWN, surface
        assert len(set(codes)) == len(codes), surface
        assert tier in tiers, surface
        assert tier != news_marks.TIER_DECISIVE or len(codes) == 1, surface
    assert set(news_marks.PREFERENCE) <= KNOWN
    assert len(set(news_marks.PREFERENCE)) == len(news_marks.PREFERENCE)
    assert news_marks.EXCLUDED_NAMES <= KNOWN


def test_hand_scales_and_minor_units_are_sane() -> None:
    for table in news_marks.SCALES.values():
        for word, power in table.items():
            assert word == word.casefold(), word
            assert 2 <= power <= 16, word
    for minor_table in news_marks.MINOR_UNITS.values():
        for minor, (places, code) in minor_table.items():
            assert minor == minor.casefold(), minor
            assert places in (1, 2, 3), minor
            assert code is None or code in KNOWN, minor


def test_scaled_marks_name_one_known_code_and_a_scale() -> None:
    for surface, (code, power) in news_marks.SCALED_MARKS.items():
        assert code in KNOWN, surface
        assert power in (3, 6, 9), surface


def test_committed_per_patterns_equal_what_the_generator_makes_now(table_generator: ModuleType) -> None:
    committed = json.loads((CLDR / "units" / "per.json").read_text(encoding="utf-8"))
    assert json.loads(table_generator.dump(table_generator.build_per_patterns())) == committed
    assert committed["de"] == {"place": "after", "word": "pro"}
    assert committed["zh"]["place"] == "first"


def test_committed_place_names_equal_what_the_generator_makes_now(table_generator: ModuleType) -> None:
    tables = table_generator.build_place_names()
    made = {stem: json.loads(table_generator.dump(table)) for stem, table in tables.items()}
    committed = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (CLDR / "places").glob("*.json")}
    assert made == committed
    assert ["AU", "Australia"] in committed["en"]["territories"]
