"""The JSON form of the model as typed dicts: what ``to_dict()`` returns and ``from_dict()`` reads.

The same form is described for other languages by the JSON Schema (draft 2020-12) shipped in
the package as ``fact.schema.json``; :func:`json_schema` loads it.

>>> import moneyfacts
>>> data: FactDict = moneyfacts.parse("€3 a month").to_dict()
>>> data["amount"], data["currency"], data["period"]
('3', 'EUR', {'duration': None, 'recurrence': 'P1M', 'start': None, 'end': None})
>>> json_schema()["$schema"]
'https://json-schema.org/draft/2020-12/schema'
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, NotRequired, TypedDict

__all__ = [
    "SCHEMA_FILE",
    "ConversionDict",
    "FactDict",
    "MoneyDict",
    "PeriodDict",
    "json_schema",
    "schema_text",
]

SCHEMA_FILE = "fact.schema.json"
"""The schema's file name inside the ``moneyfacts`` package."""


def schema_text() -> str:
    """The JSON Schema of one fact's JSON form, as the text of the shipped file."""
    return resources.files("moneyfacts").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`moneyfacts.Fact.to_dict` and of the CLI's JSON Lines."""
    schema: dict[str, Any] = json.loads(schema_text())
    return schema


class MoneyDict(TypedDict):
    """An amount and its currency: ``{"amount": "52400000000", "currency": "USD"}``."""

    amount: str
    """a plain decimal string: no exponent, no trailing fractional zeros"""
    currency: str | None
    """an ISO 4217 code, or ``None`` when none is known"""


class PeriodDict(TypedDict):
    """The span of time a figure covers, in ISO 8601 (see :class:`moneyfacts.Period`)."""

    duration: str | None
    recurrence: str | None
    start: str | None
    end: str | None
    open_length: NotRequired[bool]
    """present, and ``True``, only for a span whose length the text leaves open"""


class FactDict(TypedDict):
    """One figure (see :class:`moneyfacts.Fact` and the JSON format page for each field)."""

    text: str
    start: int
    end: int
    kind: str
    amount: str | None
    currency: str | None
    qualifier: str | None
    low: str | None
    high: str | None
    equivalents: list[MoneyDict]
    per: str | None
    period: PeriodDict | None
    currency_source: str
    alternatives: list[str]
    direction: str | None
    points: bool


class ConversionDict(TypedDict):
    """A figure converted at an ECB rate (``Conversion.to_dict()``; the CLI's ``converted`` field)."""

    amount: str | None
    currency: str
    low: str | None
    high: str | None
    rate: str
    """units of ``currency`` per unit of the figure's own currency"""
    rate_date: str
    """the ECB publication day of the rate"""
