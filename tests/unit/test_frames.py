"""Facts as pandas and polars frames: exact amounts, the source's index, one row per fact."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import moneyfacts
from moneyfacts import frames

pd = pytest.importorskip("pandas", reason="the frame functions need pandas (moneyfacts[pandas])")

SEED = Path(__file__).resolve().parents[2] / "seeds" / "alibaba-ai-capex-2025-02-25.txt"


def test_import_moneyfacts_does_not_import_pandas() -> None:
    code = "import sys, moneyfacts; moneyfacts.parse('$5'); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_seed_article_amounts_are_exact_decimals() -> None:
    text = SEED.read_text(encoding="utf-8")
    facts = moneyfacts.extract(text)
    frame = moneyfacts.to_frame(facts)
    assert list(frame.columns) == list(frames.COLUMNS)
    assert len(frame) == len(facts)
    assert frame["amount"].dtype == "object"
    assert all(isinstance(a, Decimal) for a in frame["amount"] if a is not None)
    assert list(frame["amount"]) == [f.amount.amount if f.amount else None for f in facts]
    assert frame.loc[0, "amount"] == Decimal("380000000000")
    assert frame.loc[0, "currency"] == "CNY"
    assert frame.loc[0, "equivalents"] == "USD 52400000000"
    assert (frame["source"] == 0).all()
    assert all(text[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"], strict=True))


def test_period_fields_and_qualifier() -> None:
    frame = moneyfacts.extract_frame(
        ["More than $80 billion this year.", "Rent of £900 a month", "About €4 million in 2025."],
        reference_date=dt.date(2025, 2, 25),
    )
    rows = frame.to_dict("records")
    assert [r["source"] for r in rows] == [0, 1, 2]
    assert rows[0]["qualifier"] == "over"
    assert rows[1]["recurrence"] == "P1M"
    assert pd.isna(rows[1]["per"])
    assert rows[2]["qualifier"] == "approx"
    assert str(rows[2]["period_start"].date()) == "2025-01-01"
    assert str(rows[2]["period_end"].date()) == "2025-12-31"
    assert frame["period_start"].dtype == "datetime64[s]"


def test_nested_lists_take_their_position_as_source() -> None:
    results = list(moneyfacts.extract_many(["$1", "nothing", "$2 and $3"]))
    frame = moneyfacts.to_frame(results)
    assert frame["source"].tolist() == [0, 2, 2]
    assert [str(a) for a in frame["amount"]] == ["1", "2", "3"]


def test_a_series_keeps_its_labels() -> None:
    texts = pd.Series(["€5", "no", "¥300 and $7"], index=["a", "b", "c"])
    frame = moneyfacts.extract_frame(texts)
    assert frame["source"].tolist() == ["a", "c", "c"]
    assert frame["currency"].tolist() == ["EUR", "JPY", "USD"]


def test_a_missing_text_in_a_series_has_no_facts() -> None:
    texts = pd.Series(["£3", None, float("nan"), "€4"])
    frame = moneyfacts.extract_frame(texts)
    assert frame["source"].tolist() == [0, 3]
    assert frame["currency"].tolist() == ["GBP", "EUR"]


def test_empty_frame_has_the_columns_and_dtypes() -> None:
    frame = moneyfacts.to_frame([])
    assert list(frame.columns) == list(frames.COLUMNS)
    assert len(frame) == 0
    assert frame["amount"].dtype == "object"
    assert frame["start"].dtype == "int64"


def test_wrong_inputs_raise_type_error() -> None:
    with pytest.raises(TypeError, match="iterable of str"):
        moneyfacts.extract_frame("a single text")
    with pytest.raises(TypeError, match="Fact"):
        moneyfacts.to_frame([["not a fact"]])  # type: ignore[arg-type]
    fact = moneyfacts.parse("$5")
    with pytest.raises(TypeError, match="mix"):
        moneyfacts.to_frame([fact, [fact]])  # type: ignore[arg-type]


def test_polars_decimal_column_is_exact() -> None:
    pl = pytest.importorskip("polars", reason="to_polars needs polars (moneyfacts[polars])")
    facts = moneyfacts.extract("It costs $0.125 per share. Sales were 380 billion yuan.")
    frame = moneyfacts.to_polars(facts)
    assert frame.columns == list(frames.COLUMNS)
    assert isinstance(frame["amount"].dtype, pl.Decimal)
    assert frame["amount"].to_list() == [Decimal("0.125"), Decimal("380000000000")]
    assert frame["per"].to_list() == ["share", None]


def test_polars_keeps_long_amounts_exact() -> None:
    pytest.importorskip("polars", reason="to_polars needs polars (moneyfacts[polars])")
    fact = moneyfacts.Fact(
        "x", 0, 1, amount=moneyfacts.Money(Decimal("123456789012345678901234567890.5"), "USD")
    )
    frame = moneyfacts.to_polars([fact])
    assert frame["amount"].to_list() == [Decimal("123456789012345678901234567890.5")]
