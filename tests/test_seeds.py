"""The hand-annotated figures of the seed article (seeds/fixtures.jsonl), one test per figure.

A gold figure is found when a money fact has the same amount (or low and high) and currency;
it then must match the qualifier, equivalents, per-unit and period too. Figures the pipeline
cannot do yet are listed in KNOWN_MISSES by (case id, figure index) and flip when fixed.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import moneyfacts
from moneyfacts import Fact, Kind, Qualifier

FIXTURES = Path(__file__).resolve().parent.parent / "seeds" / "fixtures.jsonl"

KNOWN_MISSES: dict[tuple[str, int], str] = {}
"""(case id, figure index) -> why the figure is not found exactly yet."""

KNOWN_EXTRA: dict[str, str] = {}
"""case id -> why the case yields money facts beyond its gold figures."""


def _cases() -> list[dict[str, Any]]:
    with FIXTURES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


CASES = _cases()


def _figure_params() -> list[Any]:
    params = []
    for case in CASES:
        for index, _figure in enumerate(case["figures"]):
            reason = KNOWN_MISSES.get((case["id"], index))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(case, index, id=f"{case['id']}-{index}", marks=marks))
    return params


def _case_params() -> list[Any]:
    params = []
    for case in CASES:
        reason = KNOWN_EXTRA.get(case["id"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _money_facts(case: dict[str, Any]) -> list[Fact]:
    facts = moneyfacts.extract(
        case["text"],
        locale=case.get("locale", "en"),
        reference_date=dt.date.fromisoformat(case["reference_date"]) if case.get("reference_date") else None,
    )
    return [fact for fact in facts if fact.kind is Kind.MONEY]


def _dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _bound_ok(gold: dict[str, Any], fact: Fact, key: str) -> bool:
    """``low``/``high`` as gold gives them; a bound may also repeat its amount there."""
    money = fact.low if key == "low" else fact.high
    predicted = money.amount if money is not None else None
    if predicted == _dec(gold[key]):
        return True
    qualifier = Qualifier(gold["qualifier"]) if gold.get("qualifier") else None
    repeats = qualifier is not None and (
        qualifier.is_lower_bound if key == "low" else qualifier.is_upper_bound
    )
    return gold[key] is None and repeats and predicted == _dec(gold["amount"])


def _same_money(gold: dict[str, Any], fact: Fact) -> bool:
    amount = fact.amount.amount if fact.amount is not None else None
    currency_ok = gold["currency"] is None or fact.currency == gold["currency"]
    return (
        amount == _dec(gold["amount"])
        and _bound_ok(gold, fact, "low")
        and _bound_ok(gold, fact, "high")
        and currency_ok
    )


def _equivalents(items: list[dict[str, Any]]) -> list[tuple[Decimal, str | None]]:
    return sorted((Decimal(eq["amount"]), eq["currency"]) for eq in items)


def _period_view(
    gold: dict[str, Any] | None, fact: Fact
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The gold period and the predicted one, keeping start/end only where gold pins them."""
    predicted: dict[str, Any] | None = dict(fact.period.to_dict()) if fact.period is not None else None
    if predicted is not None:
        predicted.pop("open_length", None)
        if all(value is None for value in predicted.values()):
            predicted = None
    if gold is None or predicted is None:
        return gold, predicted
    for key in ("start", "end"):
        if gold.get(key) is None:
            predicted[key] = None
    return dict(gold), predicted


@pytest.mark.parametrize(("case", "index"), _figure_params())
def test_seed_figure(case: dict[str, Any], index: int) -> None:
    gold = case["figures"][index]
    facts = _money_facts(case)
    matches = [fact for fact in facts if _same_money(gold, fact)]
    assert matches, f"{gold['text']!r} not found; found {[str(f.amount or f.low) for f in facts]}"
    fact = matches[0]
    assert (fact.qualifier.value if fact.qualifier else None) == gold["qualifier"]
    assert _equivalents([dict(eq.to_dict()) for eq in fact.equivalents]) == _equivalents(gold["equivalents"])
    assert fact.per == gold.get("per")
    expected, predicted = _period_view(gold["period"], fact)
    assert predicted == expected


@pytest.mark.parametrize("case", _case_params())
def test_seed_case_has_no_extra_money(case: dict[str, Any]) -> None:
    facts = _money_facts(case)
    found = [fact.to_dict() for fact in facts]
    assert len(facts) == len(case["figures"]), found
    for fact in facts:
        assert case["text"][fact.start : fact.end] == fact.text


def test_fixtures_are_well_formed() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    assert sum(len(case["figures"]) for case in CASES) == 7
    for case in CASES:
        assert case["mode"] == "extract"
        assert case["locale"] == "en"
        dt.date.fromisoformat(case["reference_date"])
        for figure in case["figures"]:
            assert figure["text"] in case["text"]
            assert figure["amount"] is None or Decimal(figure["amount"]) > 0
            assert figure["qualifier"] in {None, *(q.value for q in Qualifier)}


def test_a_percentage_is_not_money() -> None:
    case = next(case for case in CASES if "per cent" in case["text"])
    assert all("per cent" not in fact.text for fact in _money_facts(case))
