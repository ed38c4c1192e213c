"""The errors moneyfacts raises: one base class, each also the matching builtin.

Every error survives a pickle round trip (a worker process may raise it):

>>> import pickle
>>> err = ParseError(Reason.NO_NUMBER, "hello")
>>> again = pickle.loads(pickle.dumps(err))
>>> type(again) is ParseError, again.args == err.args, again.reason
(True, True, <Reason.NO_NUMBER: 'the text holds no number'>)
"""

from __future__ import annotations

import enum

from moneyfacts._public import public

__all__ = [
    "AmountError",
    "ConversionError",
    "MoneyfactsError",
    "NoRateError",
    "OptionError",
    "ParseError",
    "Reason",
    "UnknownLocaleError",
]


class MoneyfactsError(Exception):
    """Base class of every error moneyfacts raises on purpose."""


class OptionError(MoneyfactsError, ValueError):
    """An option has the right type but a value moneyfacts cannot use (``fiscal_year_start=(13, 1)``).

    >>> isinstance(OptionError("no such kind"), ValueError)
    True
    """


class AmountError(MoneyfactsError, ValueError):
    """An amount moneyfacts cannot hold exactly: not finite, or of a magnitude beyond 10**40.

    >>> isinstance(AmountError("Money.amount must be finite, not NaN"), ValueError)
    True
    """


class Reason(enum.Enum):
    """Why :func:`moneyfacts.parse` found no figure."""

    EMPTY = "the text is empty"
    NO_NUMBER = "the text holds no number"
    NO_MONEY = "the text holds numbers but no money figure"
    NOT_MONEY = "the number is a count, an age, a year or a page, not money"
    TOO_LARGE = "the amount is beyond the magnitude moneyfacts reads"


class ParseError(MoneyfactsError, ValueError):
    """The text given to :func:`moneyfacts.parse` states no money figure.

    ``span`` is the (start, end) of the part of the text the reason is about, where known.

    >>> err = ParseError(Reason.NO_NUMBER, "hello")
    >>> isinstance(err, ValueError), err.reason.name, str(err), err.span
    (True, 'NO_NUMBER', "the text holds no number: 'hello'", None)
    """

    def __init__(self, reason: Reason, text: str, span: tuple[int, int] | None = None) -> None:
        self.reason = reason
        self.text = text
        self.span = span
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"{reason.value}: {shown!r}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[Reason, str, tuple[int, int] | None]]:
        return type(self), (self.reason, self.text, self.span)


class UnknownLocaleError(OptionError):
    """The locale id is not one CLDR knows."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        super().__init__(f"unknown locale {locale!r}: use a CLDR locale id such as 'en', 'en_IN' or 'de_DE'")

    def __reduce__(self) -> tuple[type[UnknownLocaleError], tuple[str]]:
        return type(self), (self.locale,)


class ConversionError(MoneyfactsError, ValueError):
    """A figure cannot be converted to another currency (no currency, not money, no rate)."""


class NoRateError(ConversionError, LookupError):
    """No exchange rate exists for that currency on that day (also a ``LookupError``)."""


public(
    AmountError,
    ConversionError,
    MoneyfactsError,
    NoRateError,
    OptionError,
    ParseError,
    Reason,
    UnknownLocaleError,
)
