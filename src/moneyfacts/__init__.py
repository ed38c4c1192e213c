"""moneyfacts: the financial figures in text as exact, structured data.

>>> import moneyfacts
>>> fact = moneyfacts.parse("380 billion yuan (US$52.4 billion)")
>>> fact.amount
Money(amount=Decimal('380000000000'), currency='CNY')
>>> fact.equivalents
(Money(amount=Decimal('52400000000'), currency='USD'),)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moneyfacts._api import extract, extract_many, parse
from moneyfacts._reader import Reader
from moneyfacts.errors import (
    AmountError,
    ConversionError,
    MoneyfactsError,
    NoRateError,
    OptionError,
    ParseError,
    Reason,
    UnknownLocaleError,
)
from moneyfacts.model import Currency, Duration, Fact, Kind, Money, Period, Qualifier

if TYPE_CHECKING:  # pragma: no cover
    from moneyfacts.frames import extract_frame, to_frame, to_polars

__version__ = "0.1.0"

_LAZY = {
    "extract_frame": "moneyfacts.frames",
    "to_frame": "moneyfacts.frames",
    "to_polars": "moneyfacts.frames",
}
"""Names whose modules import optional libraries (pandas, polars): loaded on first use."""


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'moneyfacts' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "AmountError",
    "ConversionError",
    "Currency",
    "Duration",
    "Fact",
    "Kind",
    "Money",
    "MoneyfactsError",
    "NoRateError",
    "OptionError",
    "ParseError",
    "Period",
    "Qualifier",
    "Reader",
    "Reason",
    "UnknownLocaleError",
    "__version__",
    "extract",
    "extract_frame",
    "extract_many",
    "parse",
    "to_frame",
    "to_polars",
]
