"""The library's own decimal context: amounts never depend on the caller's ``decimal`` settings.

Every Decimal operation of moneyfacts runs under :data:`EXACT` (``with localcontext(EXACT)``),
whatever precision, rounding or traps the caller has set. Its precision holds any amount
:func:`readable` admits exactly; a quotient that does not terminate (a third, an exchange rate)
is rounded to :data:`QUOTIENT_DIGITS` significant digits, as Python's default context would.

>>> from decimal import Decimal, localcontext
>>> with localcontext(prec=3):
...     quotient(Decimal(1), Decimal(3)), readable(Decimal("52400000000"))
(Decimal('0.3333333333333333333333333333'), True)
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal, DivisionByZero, Inexact, InvalidOperation, Overflow

__all__ = [
    "EXACT",
    "MAX_DIGITS",
    "MAX_MAGNITUDE",
    "ONE",
    "QUOTIENT_DIGITS",
    "product",
    "quotient",
    "readable",
]

MAX_MAGNITUDE = 30
"""``extract`` reads amounts below 10**30 in absolute value (a nonillion); larger ones are dropped."""
MAX_DIGITS = 40
"""``extract`` reads amounts of at most 40 significant digits; longer ones are dropped."""
QUOTIENT_DIGITS = 28
"""Significant digits of a quotient that does not terminate."""

EXACT = Context(
    prec=2 * MAX_DIGITS + 20,
    rounding=ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
"""Exact for every sum, product and rescaling of amounts :func:`readable` admits."""
_QUOTIENT = Context(prec=QUOTIENT_DIGITS, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero])
ONE = Decimal(1)


def readable(value: Decimal) -> bool:
    """Whether ``extract`` reports ``value``: finite, below 10**30 and of at most 40 digits."""
    if not value.is_finite():
        return False
    if not value:
        return True
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return value.adjusted() < MAX_MAGNITUDE and len(digits) <= MAX_DIGITS and exponent >= -MAX_DIGITS


def quotient(a: Decimal, b: Decimal) -> Decimal:
    """``a / b``: exact when it terminates, else to 28 significant digits (caller's context ignored)."""
    ctx = EXACT.copy()
    ctx.clear_flags()
    exact = ctx.divide(a, b)
    return _QUOTIENT.divide(a, b) if ctx.flags[Inexact] else exact


def product(amount: Decimal, rate: Decimal) -> Decimal:
    """``amount * rate``: exact, or to 28 significant digits when ``rate`` is a rounded quotient."""
    exact = EXACT.multiply(amount, rate)
    if len(rate.as_tuple().digits) >= QUOTIENT_DIGITS and len(exact.as_tuple().digits) > QUOTIENT_DIGITS:
        return _QUOTIENT.plus(exact)
    return exact
