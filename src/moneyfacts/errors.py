"""The errors moneyfacts raises: one base class, each also the matching builtin."""

from __future__ import annotations

import enum

__all__ = ["ConversionError", "MoneyfactsError", "NoRateError", "ParseError", "Reason", "UnknownLocaleError"]


class MoneyfactsError(Exception):
    """Base class of every error moneyfacts raises on purpose."""


class Reason(enum.Enum):
    """Why :func:`moneyfacts.parse` found no figure."""

    EMPTY = "the text is empty"
    NO_NUMBER = "the text holds no number"
    NO_MONEY = "the text holds numbers but no money figure"


class ParseError(MoneyfactsError, ValueError):
    """The text given to :func:`moneyfacts.parse` states no money figure.

    >>> err = ParseError(Reason.NO_NUMBER, "hello")
    >>> isinstance(err, ValueError), err.reason.name, str(err)
    (True, 'NO_NUMBER', "the text holds no number: 'hello'")
    """

    def __init__(self, reason: Reason, text: str) -> None:
        self.reason = reason
        self.text = text
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"{reason.value}: {shown!r}")


class UnknownLocaleError(MoneyfactsError, ValueError):
    """The locale id is not one CLDR knows."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        super().__init__(f"unknown locale {locale!r}: use a CLDR locale id such as 'en', 'en_IN' or 'de_DE'")


class ConversionError(MoneyfactsError, ValueError):
    """A figure cannot be converted to another currency (no currency, not money, no rate)."""


class NoRateError(ConversionError, LookupError):
    """No exchange rate exists for that currency on that day (also a ``LookupError``)."""
