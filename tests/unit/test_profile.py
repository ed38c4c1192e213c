"""Per-language profiles: traits come from data, each hand-kept entry with its reason."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from types import ModuleType

import pytest

from moneyfacts.data import profiles
from moneyfacts.reading.lexicon import lexicon
from moneyfacts.reading.profile import Profile, cldr_traits, profile, profile_of

_FROM_CLDR = {"kana_numerals", "unspaced", "right_to_left"}
_TRAITS = [
    f.name for f in dataclasses.fields(Profile) if f.type in ("bool", bool) and f.name not in _FROM_CLDR
]
_WRITING = (
    Path(__file__).resolve().parents[2] / "src" / "moneyfacts" / "data" / "cldr" / "traits" / "writing.json"
)


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


def test_committed_writing_traits_equal_what_the_generator_makes_now(table_generator: ModuleType) -> None:
    committed = json.loads(_WRITING.read_text(encoding="utf-8"))
    assert json.loads(table_generator.dump(table_generator.build_traits())) == committed
    assert "tools/generate_tables.py" in committed["_generated"]
    assert committed["languages"]["ja"]["script"] == "Jpan"


@pytest.mark.parametrize(
    "locale", ["ja", "ja_JP", "zh", "zh_Hant_HK", "th", "ar_EG", "he", "fa", "en", "de_CH"]
)
def test_derived_traits_are_what_cldr_gives_the_language(locale: str) -> None:
    found = profile(locale)
    cldr = cldr_traits()[locale.split("_")[0]]
    assert found.kana_numerals is cldr["kana"]
    assert found.unspaced is cldr["unspaced"]
    assert found.right_to_left is cldr["right_to_left"]
    assert (found.numbering_system, found.percent_sign) == (cldr["numbering"], cldr["percent"])


def test_writing_traits_of_some_languages() -> None:
    assert [lang for lang, t in cldr_traits().items() if t["kana"]] == ["ja"]
    assert (profile("ja").kana_numerals, profile("zh").kana_numerals, profile("und").kana_numerals) == (
        True,
        False,
        False,
    )
    assert (profile("he").right_to_left, profile("en").right_to_left) == (True, False)
    assert (profile("zh").unspaced, profile("ko").unspaced, profile("th").unspaced) == (True, False, True)
    assert profile("zh_Hant_HK").script == "Hant"
    assert profile("sr_Latn").script == "Latn"
    assert profile("sr").script == "Cyrl"
    assert (profile("pa_Arab").right_to_left, profile("pa").right_to_left) == (True, False)
    assert profile("pa_Arab").numbering_system == profile("pa").numbering_system
    assert profile("fa").percent_sign == "٪"


@pytest.mark.parametrize(
    ("locale", "territory"),
    [("de_DE", "DE"), ("de_CH", "CH"), ("fr_FR", "FR"), ("en_IN", "IN"), ("pt_BR", "BR"), ("ru", "RU"),
     ("ja", "JP"), ("ar_EG", "EG"), ("hi", "IN")],
)  # fmt: skip
def test_separators_and_currency_are_what_babel_gives_the_locale(locale: str, territory: str) -> None:
    import datetime

    from babel.numbers import get_decimal_symbol, get_group_symbol, get_territory_currencies

    found = profile(locale)
    assert (found.decimal, found.group) == (get_decimal_symbol(locale), get_group_symbol(locale))
    today = datetime.date(2026, 1, 1)
    assert found.territory_currency == get_territory_currencies(territory, today, tender=True)[0]
