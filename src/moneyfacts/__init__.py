"""moneyfacts: the financial figures in text as exact, structured data.

>>> import moneyfacts
>>> fact = moneyfacts.parse("380 billion yuan (US$52.4 billion)")
>>> fact.amount
Money(amount=Decimal('380000000000'), currency='CNY')
>>> fact.equivalents
(Money(amount=Decimal('52400000000'), currency='USD'),)
"""

from __future__ import annotations

from moneyfacts._api import extract, extract_many, parse
from moneyfacts.errors import (
    AmountError,
    MoneyfactsError,
    OptionError,
    ParseError,
    Reason,
    UnknownLocaleError,
)
from moneyfacts.model import Currency, Duration, Fact, Kind, Money, Period, Qualifier

__version__ = "0.1.0"

__all__ = [
    "AmountError",
    "Currency",
    "Duration",
    "Fact",
    "Kind",
    "Money",
    "MoneyfactsError",
    "OptionError",
    "ParseError",
    "Period",
    "Qualifier",
    "Reason",
    "UnknownLocaleError",
    "__version__",
    "extract",
    "extract_many",
    "parse",
]
