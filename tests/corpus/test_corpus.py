"""The hand-written corpora beside this file, one test per line.

``not_money.jsonl``: sentences with numbers but no money; ``extract(..., kinds=["money"])`` finds nothing.
``amounts.jsonl``: sentences with money and their gold figures, in the conformance case format
(amount or low/high, currency, qualifier, equivalents, per, period; ``"kind": "percent"`` marks a
percentage). A case passes when every stated value is found exactly once and nothing else is found,
and each matched figure has the gold qualifier direction, equivalents, unit and period.
Case ids listed in ``known_misses.txt`` are strict xfails: they flip when the mechanism exists.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import moneyfacts
from moneyfacts import Fact, Kind

HERE = Path(__file__).resolve().parent

DIRECTION = {
    "approx": "approx",
    "over": "lower",
    "at_least": "lower",
    "under": "upper",
    "at_most": "upper",
    "range": "range",
}


def _lines(name: str) -> list[dict[str, Any]]:
    with (HERE / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _known_misses() -> dict[str, str]:
    """case id -> why the case fails today (``id  # reason`` per line)."""
    out: dict[str, str] = {}
    for line in (HERE / "known_misses.txt").read_text(encoding="utf-8").splitlines():
        body, _, comment = line.partition("#")
        if body.strip():
            out[body.strip()] = comment.strip() or "known miss"
    return out


KNOWN = _known_misses()
NOT_MONEY = _lines("not_money.jsonl")
AMOUNTS = _lines("amounts.jsonl")


def _params(cases: list[dict[str, Any]]) -> list[Any]:
    params = []
    for case in cases:
        reason = KNOWN.get(case["id"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _run(case: dict[str, Any]) -> list[Fact]:
    kwargs: dict[str, Any] = {"locale": case.get("locale", "en")}
    if case.get("reference_date"):
        kwargs["reference_date"] = dt.date.fromisoformat(case["reference_date"])
    if case.get("mode") == "parse":
        try:
            return [moneyfacts.parse(case["text"], **kwargs)]
        except ValueError:
            return []
    return moneyfacts.extract(case["text"], **kwargs)


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _items(fig: dict[str, Any]) -> list[tuple[Decimal, str | None]]:
    """The money values a figure dict states: its amount (or low/high), then its equivalents."""
    cur = fig.get("currency")
    main = _dec(fig.get("amount"))
    values = [main] if main is not None else [_dec(fig.get("low")), _dec(fig.get("high"))]
    out = [(v, cur) for v in values if v is not None]
    out += [(Decimal(str(e["amount"])), e.get("currency")) for e in fig.get("equivalents") or []]
    return out


def _same(gold: tuple[Decimal, str | None], pred: tuple[Decimal, str | None]) -> bool:
    return gold[0] == pred[0] and (gold[1] is None or gold[1] == pred[1])


def _singular(word: Any) -> str:
    w = str(word or "").strip().lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _problems(case: dict[str, Any], facts: list[Fact]) -> list[str]:
    """Every way the facts differ from the gold figures (empty when they agree)."""
    text = case["text"]
    problems = []
    if case.get("mode", "extract") == "extract":
        problems += [f"bad span {f.text!r}" for f in facts if text[f.start : f.end] != f.text]
    gold_money = [g for g in case["figures"] if g.get("kind", "money") == "money"]
    gold_pct = sorted(Decimal(g["amount"]) for g in case["figures"] if g.get("kind") == "percent")
    pred = [dict(f.to_dict()) for f in facts if f.kind is Kind.MONEY]
    if gold_pct:
        got_pct = sorted(f.amount.amount for f in facts if f.kind is Kind.PERCENT and f.amount)
        if got_pct != gold_pct:
            problems.append(f"percent want {gold_pct} got {got_pct}")
    gold_items = [(i, g) for i, fig in enumerate(gold_money) for g in _items(fig)]
    pred_items = [(j, p) for j, fig in enumerate(pred) for p in _items(fig)]
    used: set[int] = set()
    match: dict[int, int] = {}
    for gi, g in gold_items:
        for k, (pj, p) in enumerate(pred_items):
            if k not in used and _same(g, p):
                used.add(k)
                match.setdefault(gi, pj)
                break
    if len(used) != len(gold_items) or len(used) != len(pred_items):
        want = [f"{v} {c}" for _, (v, c) in gold_items]
        got = [f"{v} {c}" for _, (v, c) in pred_items]
        problems.append(f"money want {want} got {got}")
    for gi, gold in enumerate(gold_money):
        hit: dict[str, Any] = pred[match[gi]] if gi in match else {}
        if gold.get("qualifier") and DIRECTION.get(str(hit.get("qualifier"))) != DIRECTION[gold["qualifier"]]:
            problems.append(f"qualifier want {gold['qualifier']} got {hit.get('qualifier')}")
        if gold.get("equivalents"):
            linked = [(Decimal(e["amount"]), e["currency"]) for e in hit.get("equivalents") or []]
            wanted = [(Decimal(e["amount"]), e["currency"]) for e in gold["equivalents"]]
            if not all(any(_same(w, x) for x in linked) for w in wanted):
                problems.append(f"equivalents want {wanted} got {linked}")
        if gold.get("per") and _singular(hit.get("per")) != _singular(gold["per"]):
            problems.append(f"per want {gold['per']} got {hit.get('per')}")
        if gold.get("period"):
            period = hit.get("period") or {}
            for key in ("duration", "recurrence", "start", "end"):
                if gold["period"].get(key) is not None and gold["period"][key] != period.get(key):
                    problems.append(f"period {key} want {gold['period'][key]} got {period.get(key)}")
    return problems


@pytest.mark.parametrize("case", _params(NOT_MONEY))
def test_not_money(case: dict[str, Any]) -> None:
    found = moneyfacts.extract(case["text"], locale=case["locale"], kinds=["money"])
    assert [(f.text, str(f.amount)) for f in found] == []


@pytest.mark.parametrize("case", _params(AMOUNTS))
def test_amounts(case: dict[str, Any]) -> None:
    assert _problems(case, _run(case)) == []


def test_corpora_are_well_formed() -> None:
    ids = [c["id"] for c in NOT_MONEY + AMOUNTS]
    assert len(ids) == len(set(ids))
    assert sum(c["locale"] == "en" for c in NOT_MONEY) >= 120
    assert sum(c["locale"] != "en" for c in NOT_MONEY) >= 20
    assert len(AMOUNTS) >= 150
    assert set(KNOWN) <= set(ids)
    for case in AMOUNTS:
        for fig in case["figures"]:
            assert fig["amount"] is not None or (fig["low"] is not None and fig["high"] is not None)
            assert fig["qualifier"] in (None, *DIRECTION)


def test_problems_sees_a_wrong_currency() -> None:
    case: dict[str, Any] = {"text": "It cost $5.", "figures": [{"amount": "5", "currency": "EUR"}]}
    assert _problems(case, moneyfacts.extract("It cost $5.")) == ["money want ['5 EUR'] got ['5 USD']"]
