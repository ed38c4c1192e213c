"""moneyfacts: the financial figures in text as exact, structured data.

>>> import moneyfacts
>>> fact = moneyfacts.parse("380 billion yuan (US$52.4 billion)")
>>> fact.amount
Money(amount=Decimal('380000000000'), currency='CNY')
>>> fact.equivalents
(Money(amount=Decimal('52400000000'), currency='USD'),)
"""

from __future__ import annotations

import dataclasses
import typing
from typing import TYPE_CHECKING, Any

from moneyfacts._api import extract, extract_many, parse
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
    value.__module__ = __name__
    globals()[name] = value
    return value


def _public(*objects: Any) -> None:
    """Report the names of ``__all__`` as ``moneyfacts``'s own (in reprs, help and the API reference).

    A dataclass's string annotations are resolved first, in their home module, so that
    ``typing.get_type_hints`` still works once ``__module__`` points here.
    """
    for obj in objects:
        if dataclasses.is_dataclass(obj):
            own = vars(obj).get("__annotations__", {})
            hints = typing.get_type_hints(obj)
            obj.__annotations__ = {key: hints[key] for key in own}
        obj.__module__ = __name__


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

_public(*(globals()[name] for name in __all__ if name in globals() and name != "__version__"))
