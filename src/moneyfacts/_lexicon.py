"""The only module that reads babel: per-locale tables of currency marks and scale words.

CONTRACT STUB: a fuller implementation (generated CLDR tables) replaces this module body.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError as _BabelUnknown
from babel.numbers import get_currency_precision, list_currencies

from moneyfacts.errors import UnknownLocaleError

__all__ = [
    "Lexicon",
    "Mark",
    "canonical_locale",
    "currency_digits",
    "is_currency_code",
    "lexicon",
    "normalise_mark",
]


@dataclass(frozen=True, slots=True)
class Mark:
    """What a currency mark may mean: ISO codes, most likely first; ``decisive`` when it names one currency."""

    codes: tuple[str, ...]
    decisive: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The tables for one locale."""

    locale: str
    language: str
    territory: str | None
    territory_currency: str | None
    decimal: str
    group: str
    marks: Mapping[str, Mark]
    scales: Mapping[str, int]
    minor_units: Mapping[str, tuple[int, str | None]]
    max_mark_words: int


def normalise_mark(surface: str) -> str:
    """The key a mark is looked up by: case-folded, inner whitespace collapsed to one space."""
    return " ".join(surface.casefold().split())


@cache
def _codes() -> frozenset[str]:
    return frozenset(list_currencies())


def is_currency_code(code: str) -> bool:
    return code in _codes()


def currency_digits(code: str) -> int:
    return int(get_currency_precision(code))


@cache
def canonical_locale(locale: str) -> str:
    if locale in ("und", "root", ""):
        return "und"
    try:
        return str(Locale.parse(locale.replace("-", "_")))
    except (_BabelUnknown, ValueError, TypeError):
        raise UnknownLocaleError(locale) from None


_STUB_MARKS = {
    "$": Mark(("USD",), False),
    "us$": Mark(("USD",), True),
    "usd": Mark(("USD",), True),
    "€": Mark(("EUR",), True),
    "eur": Mark(("EUR",), True),
    "euros": Mark(("EUR",), True),
    "yuan": Mark(("CNY",), True),
    "cny": Mark(("CNY",), True),
    "£": Mark(("GBP",), False),
    "dollars": Mark(("USD",), False),
}
_STUB_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "k": 3, "m": 6, "bn": 9, "tn": 12}


@cache
def lexicon(locale: str) -> Lexicon:
    canonical = canonical_locale(locale)
    return Lexicon(
        locale=canonical,
        language=canonical.split("_")[0],
        territory=None,
        territory_currency=None,
        decimal=".",
        group=",",
        marks=_STUB_MARKS,
        scales=_STUB_SCALES,
        minor_units={"cents": (2, None), "cent": (2, None)},
        max_mark_words=3,
    )
