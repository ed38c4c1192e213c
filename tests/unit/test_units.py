"""Per-unit inference from the sentence, and unit names."""

from __future__ import annotations

import time

import pytest

from moneyfacts.reading.sentences import sentence_spans
from moneyfacts.resolve.units import infer_units, unit_name


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_sentence_spans_cover_the_text() -> None:
    text = "One. Two! Three"
    spans = sentence_spans(text)
    assert spans == [(0, 4), (4, 9), (9, 15)]
    assert "".join(text[a:b] for a, b in spans) == text


def test_decimal_point_does_not_end_a_sentence() -> None:
    assert sentence_spans("It cost $4.56 today.") == [(0, 20)]


def test_share_price_cue() -> None:
    text = "Shares in the miner closed at $4.56."
    assert infer_units(text, [_span(text, "$4.56")], [None]) == ["share"]


def test_possessive_price_cue() -> None:
    text = "Bitcoin's price hit $250,000 today."
    assert infer_units(text, [_span(text, "$250,000")], [None]) == ["bitcoin"]


def test_price_of_cue() -> None:
    text = "The price of a barrel rose to $85."
    assert infer_units(text, [_span(text, "$85")], [None]) == ["barrel"]


def test_a_stated_unit_is_shared_within_the_sentence() -> None:
    text = "It rose 1 penny to $3.58 per gallon, from $3.57."
    spans = [_span(text, "1 penny"), _span(text, "$3.58 per gallon"), _span(text, "$3.57")]
    assert infer_units(text, spans, [None, "gallon", None]) == ["gallon"] * 3


def test_cues_stay_in_their_sentence() -> None:
    text = "Revenue was $40. Shares closed at $4."
    spans = [_span(text, "$40"), _span(text, "$4.")]
    assert infer_units(text, spans, [None, None]) == [None, "share"]


def test_scaled_amounts_are_totals_not_prices() -> None:
    text = "Shares worth $5m changed hands at $4."
    spans = [_span(text, "$5m"), _span(text, "$4.")]
    assert infer_units(text, spans, [None, None], [True, False]) == [None, "share"]


def test_each_after_n_nouns_at() -> None:
    text = "They bought 200 tickets at $15 each."
    assert infer_units(text, [_span(text, "$15")], [None]) == ["ticket"]


def test_no_cue_no_unit() -> None:
    text = "The council spent $40 on paint."
    assert infer_units(text, [_span(text, "$40")], [None]) == [None]
    assert infer_units(text, [], []) == []


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Shares", "share"),
        ("Aktie", "share"),
        ("barrels", "barrel"),
        ("boxes", "box"),
        ("batteries", "battery"),
        ("glass", "glass"),
        ("kg", "kg"),
        ("1,000 cubic feet", "1,000 cubic feet"),
        ("  Metric   Tons ", "metric ton"),
    ],
)
def test_unit_name(surface: str, name: str) -> None:
    assert unit_name(surface) == name


def test_unit_name_irregular_plural() -> None:
    assert unit_name("loaves") == "loaf"


def test_each_after_a_pronoun_names_no_unit() -> None:
    text = "He bought 3 apples for $5 and sold them for $7 each."
    assert infer_units(text, [_span(text, "$5"), _span(text, "$7")], [None, None]) == [None, None]


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("It grants HK$3,000 handouts to more than 2 million people.", "HK$3,000", "person"),
        ("The state sent $1,200 payments to 150 million households.", "$1,200", "household"),
        ("They mailed $600 cheques to all eligible residents.", "$600", "resident"),
        ("It approved a $5,000 handout to 600 farmers.", "$5,000", None),
    ],
)
def test_plural_payments_to_a_count_name_the_recipient(text: str, amount: str, unit: str | None) -> None:
    assert infer_units(text, [_span(text, amount)], [None]) == [unit]


def test_inference_is_linear_in_figures_and_sentences() -> None:
    # one figure in each of 40,000 sentences: a walk that matched every figure against every sentence
    # would make 1.6 billion comparisons (minutes); a linear one takes well under a second
    n = 40_000
    unit = "Shares closed at $5 each. "
    text = unit * n
    start = unit.index("$5")
    spans = [(i * len(unit) + start, i * len(unit) + start + 2) for i in range(n)]
    began = time.process_time()
    units = infer_units(text, spans, [None] * n)
    assert time.process_time() - began < 10
    assert units == ["share"] * n
