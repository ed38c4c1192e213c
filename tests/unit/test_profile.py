"""Per-language profiles: traits come from data, each hand-kept entry with its reason."""

from __future__ import annotations

import dataclasses

import pytest

from moneyfacts.data import profiles
from moneyfacts.reading.lexicon import lexicon
from moneyfacts.reading.profile import Profile, profile, profile_of

_TRAITS = [f.name for f in dataclasses.fields(Profile) if f.type in ("bool", bool)]


def test_every_trait_has_a_default_and_no_default_is_unused() -> None:
    assert sorted(profiles.DEFAULTS) == sorted(_TRAITS)


@pytest.mark.parametrize("language", sorted(profiles.DELTAS))
def test_a_delta_names_known_traits_differs_from_the_default_and_says_why(language: str) -> None:
    for trait, (value, reason) in profiles.DELTAS[language].items():
        assert trait in profiles.DEFAULTS
        assert value != profiles.DEFAULTS[trait], f"{language}.{trait} repeats the default"
        assert len(reason) > 20


def test_a_language_not_listed_takes_every_default() -> None:
    found = profile("fr")
    assert {t: getattr(found, t) for t in _TRAITS} == profiles.DEFAULTS


def test_traits_of_listed_languages() -> None:
    assert profile("ja").kana_numerals is True
    assert profile("zh").counter_dollars is True
    assert profile("zh_Hant_HK").counter_dollars is True
    assert profile("en").english_names is False
    assert profile("en_GB").codes_unlike_words is True
    assert profile("it").indefinite_a is False


def test_cldr_facts_come_from_the_lexicon() -> None:
    de = profile("de_DE")
    assert (de.decimal, de.group, de.territory_currency, de.language) == (",", ".", "EUR", "de")


def test_an_unknown_language_reads_english_words_and_names_no_separators() -> None:
    und = profile("und")
    assert (und.language, und.decimal, und.group) == ("en", "", "")


def test_a_profile_is_frozen_and_built_once() -> None:
    found = profile("en")
    assert profile("en") is found
    assert profile_of(lexicon("en")) == found
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.kana_numerals = True  # type: ignore[misc]
