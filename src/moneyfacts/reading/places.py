"""Names of places and markets in each language, with their territory's currency.

CLDR's territory names come from the generated tables (``data/cldr/places``), with the short form of a
special region's name ("Hong Kong" of "Hong Kong SAR China"), and the hand-kept demonyms and market
names of :data:`moneyfacts.data.news_marks.PLACE_WORDS`. An ambiguous mark ("$", "dollars") may lean on
a place named in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from moneyfacts.data import news_marks
from moneyfacts.reading.lexicon import cldr_table

__all__ = ["place_words", "short_place"]

_PARENS = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=64)
def place_words(language: str) -> dict[str, str]:
    """Names of places and markets in a language, each with its territory's currency.

    CLDR's territory names ("Australia", "Hong Kong SAR China" and its short form) and the hand-kept
    demonyms and market names ("Australian", "ASX"). An ambiguous mark may lean on them.

    >>> place_words("en")["Australian"], place_words("en")["Hong Kong"]
    ('AUD', 'HKD')
    """
    currencies: dict[str, str] = cldr_table("_global")["territory_currency"]
    names: dict[str, str] = {}
    for territory, name in _territory_names(language):
        if territory in currencies and len(territory) == 2:
            names[name] = territory
            names.setdefault(short_place(name), territory)
    names.update(news_marks.PLACE_WORDS.get(language, {}))
    return {name: currencies[t] for name, t in names.items() if t in currencies}


def _territory_names(language: str) -> Iterable[tuple[str, str]]:
    """CLDR's territory names in ``language``: the generated table of a language the tables hold (reading
    it costs far less than loading babel's locale data), else babel's."""
    if language.isascii() and language.isalpha():
        try:
            return cldr_table(f"places/{language}")["territories"]  # type: ignore[no-any-return]
        except FileNotFoundError:
            pass
    from babel import Locale
    from babel import UnknownLocaleError as BabelUnknown

    try:
        return Locale.parse(language).territories.items()
    except (BabelUnknown, ValueError, TypeError):
        return ()


_ABBREVIATION = re.compile(r"(?:\w\.?){2,}")


def short_place(name: str) -> str:
    """A special region's name without its status: "Hong Kong" of "Hong Kong SAR China", "RAE de Hong
    Kong (China)", "R.A.S. chinoise de Hong Kong"; other names unchanged."""
    words = _PARENS.sub("", name).replace(",", " ").split()
    if not any(w.isupper() and _ABBREVIATION.fullmatch(w) for w in words):
        return name
    runs: list[list[str]] = [[]]
    for word in words:
        if word[0].isupper() and not word.isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    longest: list[str] = max(runs, key=len)
    return " ".join(longest) or name
