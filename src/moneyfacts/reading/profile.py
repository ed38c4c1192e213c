"""Per-language profiles: what the grammar asks of a language, read from data instead of code branches.

A :class:`Profile` gathers, for one locale, the CLDR-derived facts the grammar reads (the language
whose words it reads, the separators, the territory's currency) and the hand-kept traits of
:mod:`moneyfacts.data.profiles`. The grammar asks ``profile.kana_numerals``, never whether the
language is Japanese.

>>> profile("ja").kana_numerals, profile("en").kana_numerals
(True, False)
>>> profile("und").language, profile("und").decimal
('en', '')
>>> profile("de_CH").territory_currency
'CHF'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from moneyfacts.data import profiles
from moneyfacts.reading.lexicon import Lexicon, lexicon

__all__ = ["Profile", "profile", "profile_of"]


@dataclass(frozen=True, slots=True)
class Profile:
    """What the grammar reads of one locale's language: see :mod:`moneyfacts.data.profiles`."""

    locale: str
    language: str
    """the language whose number words and phrases are read ("und" reads English's)"""
    decimal: str
    """the decimal separator; "" where the locale names none and the number's shape decides"""
    group: str
    territory_currency: str | None
    codes_unlike_words: bool
    indefinite_a: bool
    counted_singular_modifies: bool
    kana_numerals: bool
    counter_dollars: bool
    english_names: bool


def profile_of(lex: Lexicon) -> Profile:
    """The profile of the locale a lexicon was built for."""
    traits = dict(profiles.DEFAULTS)
    traits.update({name: value for name, (value, _) in profiles.DELTAS.get(lex.language, {}).items()})
    borrowed = lex.language in profiles.READ_AS  # it names no separators either: the number's shape decides
    return Profile(
        locale=lex.locale,
        language=profiles.READ_AS.get(lex.language, lex.language),
        decimal="" if borrowed else lex.decimal,
        group="" if borrowed else lex.group,
        territory_currency=lex.territory_currency,
        codes_unlike_words=traits["codes_unlike_words"],
        indefinite_a=traits["indefinite_a"],
        counted_singular_modifies=traits["counted_singular_modifies"],
        kana_numerals=traits["kana_numerals"],
        counter_dollars=traits["counter_dollars"],
        english_names=traits["english_names"],
    )


@cache
def profile(locale: str) -> Profile:
    """The profile of a locale, built once and cached."""
    return profile_of(lexicon(locale))
