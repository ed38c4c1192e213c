"""``extract`` takes time linear in its input: a megabyte costs about ten times 100 kB, not a hundred.

Marked ``slow`` (a few tens of seconds): ``.ci/run`` runs it on its own with ``pytest -m slow``.
Processor time is measured, so a busy machine does not fail the test.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import moneyfacts

SEED = Path(__file__).parent.parent / "seeds" / "alibaba-ai-capex-2025-02-25.txt"
SMALL, LARGE = 100_000, 1_000_000
SLACK = 3  # a megabyte may take up to three times ten times what 100 kB takes


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seconds(text: str) -> tuple[float, int]:
    began = time.process_time()
    facts = moneyfacts.extract(text)
    return time.process_time() - began, len(facts)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    ["It cost $5. ", "$5\n", SEED.read_text(encoding="utf-8")],
    ids=["sentences", "newlines", "seed article"],
)
def test_a_megabyte_takes_about_ten_times_100_kb(unit: str) -> None:
    moneyfacts.extract(unit)  # tables loaded
    small = min(_seconds(_fill(unit, SMALL))[0] for _ in range(2))
    large, found = _seconds(_fill(unit, LARGE))
    assert found > 0
    assert large <= SLACK * (LARGE / SMALL) * small + 0.5, f"{large:.2f} s for 1 MB, {small:.2f} s for 100 kB"
