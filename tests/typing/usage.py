"""Typed uses of the public API; ``mypy --strict`` checks this file, nothing runs it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import moneyfacts
from moneyfacts import Currency, Duration, Fact, Kind, Money, ParseError, Period, Qualifier, Reason
from moneyfacts.cli import main
from moneyfacts.jsontypes import FactDict


def parse_price(text: str) -> Decimal | None:
    try:
        fact: Fact = moneyfacts.parse(text, locale="de_DE", default_currency="EUR")
    except ParseError as err:
        reason: Reason = err.reason
        return None if reason is Reason.NO_NUMBER else Decimal(0)
    money: Money | None = fact.amount
    return money.amount if money is not None else fact.value


def dollar_totals(text: str) -> list[tuple[str | None, Decimal]]:
    facts: list[Fact] = moneyfacts.extract(
        text,
        locale="en",
        reference_date=dt.date(2025, 2, 25),
        default_currency="USD",
        fiscal_year_start=(4, 1),
        kinds=["money", Kind.PERCENT],
    )
    return [(f.currency, f.value) for f in facts if f.value is not None]


def yearly(fact: Fact) -> Money | None:
    rates: dict[str, Decimal] = fact.exchange_rates()
    annual: Money | None = fact.annualized()
    if annual is None and "USD" in rates:
        return Money(rates["USD"], "USD")
    return annual


def lower_bound(fact: Fact) -> Decimal | None:
    qualifier: Qualifier | None = fact.qualifier
    if qualifier is not None and qualifier.is_lower_bound and fact.amount is not None:
        return fact.amount.amount
    return fact.low.amount if fact.low is not None else None


def describe(fact: Fact) -> str:
    period: Period | None = fact.period
    length: Duration | None = period.duration if period is not None else None
    source: Currency = fact.currency_source
    iso: str = period.iso() if period is not None else ""
    return f"{fact.text} {source.value} {length.iso() if length else ''} {iso}"


def round_trip(fact: Fact) -> Fact:
    data: FactDict = fact.to_dict()
    return Fact.from_dict(data)


def many(texts: list[str]) -> Iterator[int]:
    for facts in moneyfacts.extract_many(texts, processes=2, locale="en"):
        yield len(facts)


def own_words(text: str) -> list[str]:
    reader = moneyfacts.Reader(locale="en_GB", marks={"zorkmids": "XTS"}, scales={"bazillion": 15})
    one: moneyfacts.Fact = reader.parse("5 zorkmids")
    every: list[moneyfacts.Fact] = reader.extract(text)
    lists: Iterator[list[moneyfacts.Fact]] = reader.extract_many([text], processes=None)
    return [str(one.amount), *(str(f.amount) for f in every), *(str(len(x)) for x in lists)]


def run_cli() -> int:
    status: int = main(["parse", "US$52.4 billion", "--format", "jsonl"])
    return status


VERSION: str = moneyfacts.__version__
