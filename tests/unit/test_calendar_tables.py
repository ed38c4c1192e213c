"""The generated month and quarter tables: equal to what the generator makes now, and sane."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CALENDAR = ROOT / "src" / "moneyfacts" / "data" / "cldr" / "calendar"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_tables", ROOT / "tools" / "generate_tables.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_tables"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def committed() -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in CALENDAR.glob("*.json")}


def test_committed_calendar_tables_equal_what_the_generator_makes_now(
    committed: dict[str, dict[str, Any]],
) -> None:
    generator = _generator()
    fresh = {s: json.loads(generator.dump(t)) for s, t in generator.build_calendar_tables().items()}
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
