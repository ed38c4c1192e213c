"""Hand-kept language data holds only what CLDR lacks: an entry CLDR already gives for its locale fails.

The generated tables in ``moneyfacts/data/cldr`` carry CLDR's scale words (from the compact number
patterns), currency names and symbols, territory names, month and quarter names and quarter
ordinals. A hand-kept entry that says the same for the same language adds nothing but a second place
to keep it. Hand-kept marks that CLDR has but that read otherwise (as news marks, in every
language) name only their surface in ``NEWS_READ_SYMBOLS`` and ``NEWS_READ_NAMES``; their codes come
from CLDR.

Not compared, for CLDR has no counterpart: the minor units (CLDR names no cents), the shared news
shorthand of every language (``SCALES["*"]``), and the "per" words of ``data/phrases.py``, which are
read in every language and before any unit, where a language's CLDR "per" word counts only before a
unit of the table.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from moneyfacts.data import news_marks, profiles
from moneyfacts.data.period_words import PERIOD_WORDS
from moneyfacts.reading.lexicon import normalise_mark

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "moneyfacts" / "data"
CLDR = DATA / "cldr"


def _cldr(stem: str) -> dict[str, Any]:
    path = CLDR / f"{stem}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _calendar(language: str) -> dict[str, Any]:
    path = CLDR / "calendar" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def cldr_scales(locale: str) -> dict[str, int]:
    """The scale words CLDR's compact patterns give a locale: its language's, then its own."""
    language = locale.split("_")[0]
    table = _cldr(language)
    found = {normalise_mark(w): p for w, p in table.get("scales", {}).items()}
    if locale != language:
        own = table.get("locale_scales", {}).get(locale, {})
        found.update({normalise_mark(w): p for w, p in own.items()})
    return found


def cldr_marks(language: str) -> dict[str, frozenset[str]]:
    """The currency names, head words and symbols CLDR gives a language, each with its codes."""
    table = _cldr(language)
    found: dict[str, set[str]] = {}
    for part in ("names", "heads", "symbols"):
        for key, codes in table.get(part, {}).items():
            found.setdefault(normalise_mark(key), set()).update(codes)
    return {key: frozenset(codes) for key, codes in found.items()}


def test_cldr_tables_are_what_the_checks_read() -> None:
    assert cldr_scales("de")["mrd."] == 9
    assert cldr_scales("en_IN")["crore"] == 7
    assert "crore" not in cldr_scales("en")
    assert cldr_marks("ru")["доллар"] >= {"AUD", "CAD"}
    assert "квартал" in _calendar("ru")["quarter_words"]


def _repeated_scales(locale: str, table: dict[str, int]) -> list[str]:
    cldr = cldr_scales(locale)
    return [word for word, power in table.items() if cldr.get(normalise_mark(word)) == power]


@pytest.mark.parametrize("locale", sorted(key for key in news_marks.SCALES if key != "*"))
def test_hand_scale_words_are_ones_cldr_lacks_for_the_locale(locale: str) -> None:
    assert _calendar(locale.split("_")[0]) or _cldr(locale.split("_")[0]), f"{locale}: no CLDR language"
    assert _repeated_scales(locale, news_marks.SCALES[locale]) == []


def test_the_scale_check_catches_a_repeat() -> None:
    assert _repeated_scales("de", {"mrd.": 9, "mrd": 9}) == ["mrd."]
    assert _repeated_scales("en_IN", {"lakh": 5}) == ["lakh"]
    assert _repeated_scales("it", {"mille": 3}) == []  # CLDR gives another power: a correction


@pytest.mark.parametrize("language", sorted(news_marks.LANGUAGE_MARKS))
def test_a_languages_hand_marks_say_what_its_cldr_names_do_not(language: str) -> None:
    cldr = cldr_marks(language)
    repeated = [
        surface
        for surface, (codes, _) in news_marks.LANGUAGE_MARKS[language].items()
        if cldr.get(normalise_mark(surface)) == frozenset(codes)
    ]
    assert repeated == []


def test_no_news_mark_repeats_a_cldr_symbol_of_one_currency() -> None:
    # such a mark belongs in NEWS_READ_SYMBOLS, which takes its code from CLDR
    symbols: dict[str, list[str]] = _cldr("_global")["symbols"]
    repeated = [
        surface
        for surface, (codes, _) in news_marks.NEWS_MARKS.items()
        if len(codes) == 1 and symbols.get(normalise_mark(surface)) == list(codes)
    ]
    assert repeated == []


def test_symbols_read_as_news_marks_are_cldr_symbols_of_one_currency() -> None:
    symbols: dict[str, list[str]] = _cldr("_global")["symbols"]
    assert [s for s in news_marks.NEWS_READ_SYMBOLS if len(symbols.get(normalise_mark(s), [])) != 1] == []
    assert news_marks.NEWS_READ_SYMBOLS.isdisjoint(news_marks.NEWS_MARKS)


def test_no_news_mark_repeats_an_english_name_of_one_currency() -> None:
    # such a mark belongs in NEWS_READ_NAMES, which takes its code from CLDR's English names
    table = _cldr("en")
    english = {**table["heads"], **table["names"]}
    repeated = [
        surface
        for surface, (codes, _) in news_marks.NEWS_MARKS.items()
        if len(codes) == 1 and english.get(normalise_mark(surface)) == list(codes)
    ]
    assert repeated == []


def test_names_read_as_news_marks_are_english_names_of_one_currency_and_no_symbol() -> None:
    table = _cldr("en")
    english = {**table["heads"], **table["names"]}
    symbols: dict[str, list[str]] = _cldr("_global")["symbols"]
    assert [s for s in news_marks.NEWS_READ_NAMES if len(english.get(normalise_mark(s), [])) != 1] == []
    assert [s for s in news_marks.NEWS_READ_NAMES if normalise_mark(s) in symbols] == []
    assert news_marks.NEWS_READ_NAMES.isdisjoint(news_marks.NEWS_MARKS)


def test_a_symbol_read_as_a_news_mark_keeps_its_reading() -> None:
    from moneyfacts.reading.lexicon import lexicon

    mark = lexicon("en").marks["us$"]
    assert (mark.codes, mark.decisive, mark.kind) == (("USD",), True, "news")
    assert lexicon("de").marks["zł"].kind == "news"
    franc = lexicon("de").marks["swiss francs"]
    assert (franc.codes, franc.decisive, franc.kind) == (("CHF",), True, "news")


def test_territory_marks_are_not_cldr_symbols_of_their_currency() -> None:
    symbols: dict[str, list[str]] = _cldr("_global")["symbols"]
    repeated = [
        (code, surface)
        for code, surfaces in news_marks.TERRITORY_MARKS.items()
        for surface in surfaces
        if code in symbols.get(normalise_mark(surface), [])
    ]
    assert repeated == []


@pytest.mark.parametrize("language", sorted(news_marks.PLACE_WORDS))
def test_hand_place_words_are_not_cldr_territory_names(language: str) -> None:
    from babel import Locale

    from moneyfacts.reading.places import short_place

    cldr: dict[str, str] = {}
    for territory, name in Locale.parse(language).territories.items():
        cldr[name] = territory
        cldr.setdefault(short_place(name), territory)  # "Hong Kong" of "Hong Kong SAR China"
    table = news_marks.PLACE_WORDS[language]
    assert [word for word, territory in table.items() if cldr.get(word) == territory] == []


def test_scaled_marks_are_no_cldr_mark() -> None:
    symbols: dict[str, list[str]] = _cldr("_global")["symbols"]
    assert [s for s in news_marks.SCALED_MARKS if normalise_mark(s) in symbols] == []


def _period_tables() -> list[tuple[str, str, list[str]]]:
    out = []
    for language, words in sorted(PERIOD_WORDS.items()):
        for key, value in words.items():
            if isinstance(value, (tuple, list, dict)):
                out.append((language, key, [w for w in value if isinstance(w, str)]))
    return out


@pytest.mark.parametrize("language", sorted(PERIOD_WORDS))
def test_hand_quarter_words_and_ordinals_are_ones_cldr_lacks(language: str) -> None:
    calendar = _calendar(language)
    words = PERIOD_WORDS[language]
    quarter = words.get("quarter", ())
    assert isinstance(quarter, tuple)
    assert [w for w in quarter if w in calendar.get("quarter_words", [])] == []
    ordinals = words.get("ordinals", {})
    assert isinstance(ordinals, dict)
    cldr_ordinals = calendar.get("quarter_ordinals", {})
    assert [w for w, n in ordinals.items() if cldr_ordinals.get(w) == n] == []


def test_no_hand_period_table_lists_a_cldr_month_name() -> None:
    repeated = []
    for language, key, entries in _period_tables():
        calendar = _calendar(language)
        months = set(calendar.get("months", {})) | set(calendar.get("month_abbr", {}))
        repeated += [(language, key, w) for w in entries if w in months]
    assert repeated == []


def _comment_lines(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "#" in line}


def _entries_without_reason(path: Path, name: str) -> list[str]:
    """Keys of the top-level dict ``name`` in ``path`` with no comment on their entry or in the three lines
    above it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    comments = _comment_lines(path)
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            assert isinstance(node.value, ast.Dict)
            missing = []
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                assert isinstance(key, ast.Constant)
                span = range(key.lineno - 3, (value.end_lineno or value.lineno) + 1)
                if not comments.intersection(span):
                    missing.append(str(key.value))
            return missing
    raise AssertionError(f"{name} not found in {path.name}")


@pytest.mark.parametrize(
    "name", ["SCALES", "LANGUAGE_MARKS", "TERRITORY_MARKS", "SCALED_MARKS", "MINOR_UNITS", "EXCLUDED_WORDS"]
)
def test_each_hand_table_of_marks_and_scales_says_why(name: str) -> None:
    assert _entries_without_reason(DATA / "news_marks.py", name) == []


def test_each_profile_delta_says_why() -> None:
    reasons = [reason for traits in profiles.DELTAS.values() for _, reason in traits.values()]
    assert reasons
    assert all(len(reason) > 20 for reason in reasons)
