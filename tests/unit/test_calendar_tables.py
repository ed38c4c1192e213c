"""The generated month and quarter tables: equal to what the generator makes now, and sane."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CALENDAR = ROOT / "src" / "moneyfacts" / "data" / "cldr" / "calendar"


@pytest.fixture(scope="module")
def committed() -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in CALENDAR.glob("*.json")}


def test_committed_calendar_tables_equal_what_the_generator_makes_now(
    committed: dict[str, dict[str, Any]], table_generator: ModuleType
) -> None:
    fresh = {
        s: json.loads(table_generator.dump(t)) for s, t in table_generator.build_calendar_tables().items()
    }
    assert sorted(fresh) == sorted(committed)
    assert [stem for stem in fresh if fresh[stem] != committed[stem]] == []


def test_month_and_quarter_numbers_are_in_range(committed: dict[str, dict[str, Any]]) -> None:
    for stem, table in committed.items():
        assert all(1 <= n <= 12 for n in (*table["months"].values(), *table["month_abbr"].values())), stem
        assert all(1 <= n <= 4 for n in (*table["quarters"].values(), *table["quarter_ordinals"].values())), (
            stem
        )


def test_genitive_and_stand_alone_forms_are_both_kept(committed: dict[str, dict[str, Any]]) -> None:
    assert committed["ru"]["months"]["марта"] == committed["ru"]["months"]["март"] == 3
    assert committed["pl"]["months"]["marca"] == committed["pl"]["months"]["marzec"] == 3
    assert committed["de"]["months"]["märz"] == 3


def test_quarter_words_and_ordinals_come_from_the_quarter_names(committed: dict[str, dict[str, Any]]) -> None:
    assert committed["de"]["quarter_words"] == ["quartal"]
    assert committed["ja"]["quarter_words"] == ["四半期"]
    assert committed["hi"]["quarter_words"] == ["तिमाही"]
    assert committed["ar"]["quarter_ordinals"]["الثالث"] == 3
    assert committed["zh"]["quarter_ordinals"]["第三"] == 3
