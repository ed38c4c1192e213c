"""Sentence boundaries shared by periods, per-unit cues and place hints."""

from __future__ import annotations

from moneyfacts.reading.sentences import sentence_bounds, sentence_spans, sentence_starts


def test_a_full_stop_before_a_capital_ends_a_sentence() -> None:
    # the last full stop closes the text: its start is the text's end
    assert sentence_starts("Sales rose. Profit fell.") == [0, 11, 24]


def test_abbreviations_and_decimals_do_not_end_a_sentence() -> None:
    text = "On Dec. 8 the U.S. unit paid $3.5 million. Then it stopped."
    assert sentence_starts(text) == [0, 42, 59]


def test_a_boundary_inside_a_figure_does_not_count() -> None:
    text = "It paid US$ 5. Then more."
    assert sentence_starts(text) == [0, 14, 25]
    assert sentence_starts(text, [(8, 14)]) == [0, 25]


def test_cjk_stops_end_sentences() -> None:
    assert sentence_starts("股价下跌。再见") == [0, 5]


def test_spans_cover_the_text_and_bounds_find_the_sentence() -> None:
    text = "One. Two! Three"
    spans = sentence_spans(text)
    assert "".join(text[a:b] for a, b in spans) == text
    assert sentence_bounds(sentence_starts(text), len(text), 6) == (4, 9)
