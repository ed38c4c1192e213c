"""Spelling-tolerant currency names."""

from __future__ import annotations

import pytest

from moneyfacts.reading.fuzzy import fuzzy_lookup, skeleton
from moneyfacts.reading.lexicon import lexicon


def test_skeleton_keeps_letters_and_reads_c_as_k() -> None:
    assert skeleton("Canadian") == "kanadian"
    assert skeleton("Sør-Afrikanske") == "sørafrikanske"
    assert skeleton("U.S.") == "us"


@pytest.mark.parametrize(
    ("words", "locale", "code"),
    [
        (["canadiske", "dollars"], "nb", "CAD"),
        (["sveitsiske", "francs"], "nb", "CHF"),
        (["thai", "bhat"], "nb", "THB"),
        (["euros"], "nb", "EUR"),
    ],
)
def test_loose_names_find_one_currency(words: list[str], locale: str, code: str) -> None:
    mark = fuzzy_lookup(words, lexicon(locale))
    assert mark is not None
    assert mark.codes == (code,)
    assert mark.decisive


def test_plural_of_a_known_english_name() -> None:
    mark = fuzzy_lookup(["rupees"], lexicon("en"))
    assert mark is not None
    assert "INR" in mark.codes


@pytest.mark.parametrize(
    "words",
    [[], ["employees"], ["kr"], ["12"], ["the", "dollars"], ["big", "drawings"]],
)
def test_no_match(words: list[str]) -> None:
    assert fuzzy_lookup(words, lexicon("en")) is None


@pytest.mark.parametrize(
    ("word", "code"), [("dhollair", "USD"), ("bpuint", "GBP"), ("phunt", "GBP"), ("dhoras", None)]
)
def test_irish_initial_mutations_fall_back_to_the_radical(word: str, code: str | None) -> None:
    mark = fuzzy_lookup([word], lexicon("ga"))
    assert (mark.codes[0] if mark else None) == code


@pytest.mark.parametrize(
    ("words", "locale", "code"),
    [
        (["marchi", "finlandesi"], "it", "FIM"),  # CLDR: "markka finlandese"
        (["fiorini", "olandesi"], "it", "NLG"),  # CLDR: "fiorino olandese"; not the Antillean guilder
        (["riali", "qatarieni"], "ro", "QAR"),  # CLDR: "rial qatarian"
        (["lira", "egiptiana"], "ro", "EGP"),  # CLDR: "liră egipteană"
    ],
)
def test_head_first_names_with_another_adjective_spelling(words: list[str], locale: str, code: str) -> None:
    mark = fuzzy_lookup(words, lexicon(locale))
    assert mark is not None
    assert mark.codes == (code,)


def test_skeleton_drops_latin_accents() -> None:
    assert skeleton("egipteană") == "egipteana"
