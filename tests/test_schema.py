"""The shipped JSON Schema describes every fact the corpus and seed tests produce, and only such facts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts import Fact
from moneyfacts.jsontypes import FactDict, json_schema

jsonschema = pytest.importorskip("jsonschema", reason="schema validation needs jsonschema (the test extra)")

ROOT = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _cases(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _facts(case: dict[str, Any]) -> list[Fact]:
    """What the corpus and seed tests extract from a case (parse mode included)."""
    kwargs: dict[str, Any] = {"locale": case.get("locale", "en")}
    if case.get("reference_date"):
        kwargs["reference_date"] = dt.date.fromisoformat(case["reference_date"])
    if case.get("mode") == "parse":
        try:
            return [moneyfacts.parse(case["text"], **kwargs)]
        except ValueError:
            return []
    return moneyfacts.extract(case["text"], **kwargs)


def _errors(data: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())
    assert json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(
    "name", ["corpus/amounts.jsonl", "corpus/not_money.jsonl", "../seeds/fixtures.jsonl"]
)
def test_every_fact_of_the_corpus_validates(name: str) -> None:
    cases = _cases(ROOT / "tests" / name)
    checked = 0
    for case in cases:
        for fact in _facts(case):
            data = json.loads(json.dumps(fact.to_dict()))
            assert _errors(data) == [], (case["id"], fact.text)
            checked += 1
    assert checked >= (1 if "not_money" in name else len(cases))


def test_the_seed_article_validates_line_by_line() -> None:
    text = (ROOT / "seeds" / "alibaba-ai-capex-2025-02-25.txt").read_text(encoding="utf-8")
    facts = moneyfacts.extract(text, reference_date=dt.date(2025, 2, 25))
    assert len(facts) >= 5
    assert all(_errors(json.loads(json.dumps(f.to_dict()))) == [] for f in facts)


PIECES = st.sampled_from(
    [
        "about",
        "more than",
        "up to",
        "between",
        "and",
        "to",
        "$",
        "US$",
        "€",
        "£",
        "¥",
        "kr",
        "yuan",
        "euros",
        "dollars",
        "million",
        "billion",
        "bn",
        "per share",
        "a month",
        "a year",
        "over three years",
        "in 2025",
        "next year",
        "per cent",
        "%",
        "(",
        ")",
        ",",
        "-",
        "rose",
        "fell",
        "1",
        "2.5",
        "0.125",
        "1,200",
        "40",
        "three",
        "a half",
        "basis points",
        "quarterly",
        "annual",
    ]
)


@given(st.lists(PIECES, max_size=14))
def test_extracted_facts_of_any_text_validate(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for fact in moneyfacts.extract(text, reference_date=dt.date(2025, 2, 25)):
        assert _errors(json.loads(json.dumps(fact.to_dict()))) == [], text


def _good() -> FactDict:
    return moneyfacts.parse("about US$52.4 billion a year").to_dict()


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"amount": 52400000000.0}, "amount"),
        ({"amount": "5.24E+10"}, "amount"),
        ({"amount": "1.50"}, "amount"),
        ({"currency": "$"}, "currency"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"kind": "weight"}, "kind"),
        ({"period": {"duration": "four years", "recurrence": None, "start": None, "end": None}}, "period"),
        ({"period": {"duration": None, "recurrence": None, "start": "2025-13-01", "end": None}}, "period"),
        ({"equivalents": [{"amount": "5"}]}, "equivalents/0"),
        ({"extra": 1}, ""),
    ],
)
def test_the_schema_rejects_what_to_dict_never_writes(change: dict[str, Any], where: str) -> None:
    data: dict[str, Any] = {**_good(), **change}
    assert _errors(_good()) == []
    errors = _errors(data)
    assert errors
    assert any(e.startswith(f"{where}:") for e in errors)
