"""``moneyfacts schema`` and ``--convert-to``: the schema of the JSON Lines, and figures in one currency."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from moneyfacts.cli import main
from moneyfacts.jsontypes import json_schema

SEED = Path(__file__).resolve().parent.parent / "seeds" / "alibaba-ai-capex-2025-02-25.txt"


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json_schema()
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_jsonl_of_the_seed_article_validates_against_the_printed_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="validation needs jsonschema (the test extra)")
    assert main(["schema"]) == 0
    validator = jsonschema.Draft202012Validator(json.loads(capsys.readouterr().out))
    assert main(["extract", str(SEED), "--format", "jsonl", "--convert-to", "EUR"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 5
    for line in lines:
        data = json.loads(line)
        assert list(validator.iter_errors(data)) == []
        assert data["file"] == str(SEED)
    first = json.loads(lines[0])
    assert first["converted"]["currency"] == "EUR"


def test_convert_to_uses_the_reference_dates_rate(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("currency_converter", reason="conversion needs moneyfacts[fx]")
    args = [
        "parse",
        "380 billion yuan",
        "--format",
        "jsonl",
        "--convert-to",
        "usd",
        "--reference-date",
        "2025-02-25",
    ]
    assert main(args) == 0
    converted = json.loads(capsys.readouterr().out)["converted"]
    assert converted == {
        "amount": "52334194885.79",
        "currency": "USD",
        "low": None,
        "high": None,
        "rate": "0.1377215654889200855429748487909839",
        "rate_date": "2025-02-25",
    }


def test_convert_to_falls_back_to_the_latest_rate(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("currency_converter", reason="conversion needs moneyfacts[fx]")
    from moneyfacts.fx import rate

    assert (
        main(["parse", "€10", "--format", "jsonl", "--convert-to", "GBP", "--reference-date", "2099-01-01"])
        == 0
    )
    converted = json.loads(capsys.readouterr().out)["converted"]
    assert converted["rate_date"] == rate("EUR", "GBP").date.isoformat()
    assert main(["parse", "€10", "--format", "jsonl", "--convert-to", "GBP"]) == 0
    assert json.loads(capsys.readouterr().out)["converted"]["rate_date"] == converted["rate_date"]


def test_convert_to_in_a_table_and_csv(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("currency_converter", reason="conversion needs moneyfacts[fx]")
    text = "Rent is €1,000 a month; prices rose 3%."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["extract", "--convert-to", "JPY", "--reference-date", "2025-02-25", "--format", "csv"]) == 0
    header, money, percent = capsys.readouterr().out.splitlines()
    assert header.endswith(",converted")
    assert money.endswith(",JPY 157190")
    assert percent.endswith(",")
    assert (
        main(
            ["parse", "€1,000", "--convert-to", "JPY", "--reference-date", "2025-02-25", "--format", "table"]
        )
        == 0
    )
    head, _, row = capsys.readouterr().out.splitlines()
    assert head.split()[-1] == "converted"
    assert row.endswith("JPY 157190")


def test_convert_to_an_unknown_currency_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "$5", "--convert-to", "XYZ"]) == 2
    assert "--convert-to: the ECB publishes no euro rate for 'XYZ'" in capsys.readouterr().err
