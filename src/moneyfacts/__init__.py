"""moneyfacts: the financial figures in text as exact, structured data.

>>> import moneyfacts
>>> fact = moneyfacts.parse("380 billion yuan (US$52.4 billion)")
>>> fact.amount
Money(amount=Decimal('380000000000'), currency='CNY')
>>> fact.equivalents
(Money(amount=Decimal('52400000000'), currency='USD'),)
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost the import its speed
if TYPE_CHECKING:
    from moneyfacts._api import extract, extract_many, iter_extract, parse
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
    from moneyfacts.frames import extract_frame, to_frame, to_polars
    from moneyfacts.model import Currency, Duration, Fact, Kind, Money, Period, Qualifier

__version__ = "0.1.0"

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
    "iter_extract",
    "parse",
    "to_frame",
    "to_polars",
]

# Each public name and the module it comes from, imported on first use so that `import moneyfacts`
# stays cheap: the pipeline and its tables load with the first call, and the frame helpers (which
# import pandas or polars) only when asked for.
_LAZY = {
    "AmountError": "moneyfacts.errors",
    "ConversionError": "moneyfacts.errors",
    "Currency": "moneyfacts.model",
    "Duration": "moneyfacts.model",
    "Fact": "moneyfacts.model",
    "Kind": "moneyfacts.model",
    "Money": "moneyfacts.model",
    "MoneyfactsError": "moneyfacts.errors",
    "NoRateError": "moneyfacts.errors",
    "OptionError": "moneyfacts.errors",
    "ParseError": "moneyfacts.errors",
    "Period": "moneyfacts.model",
    "Qualifier": "moneyfacts.model",
    "Reader": "moneyfacts._reader",
    "Reason": "moneyfacts.errors",
    "UnknownLocaleError": "moneyfacts.errors",
    "extract": "moneyfacts._api",
    "extract_frame": "moneyfacts.frames",
    "extract_many": "moneyfacts._api",
    "iter_extract": "moneyfacts._api",
    "parse": "moneyfacts._api",
    "to_frame": "moneyfacts.frames",
    "to_polars": "moneyfacts.frames",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'moneyfacts' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
