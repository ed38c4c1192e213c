"""The document: a text's sentences found once and shared by the later stages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.reading.document import Document
from moneyfacts.reading.sentences import sentence_spans, sentence_starts


def test_sentences_are_found_once() -> None:
    doc = Document("Rent is $900 a month. Fees went up. 电费上涨。")
    assert doc.boundaries is doc.boundaries
    assert doc.sentence_starts() == [0, 21, 41]


def test_a_stop_inside_a_figure_ends_no_sentence() -> None:
    doc = Document("It cost $5. Then it fell.")
    assert doc.sentence_starts() == [0, 11, 25]
    assert doc.sentence_starts([(8, 11)]) == [0, 25]


def test_sentence_spans_cover_the_text_end_to_end() -> None:
    text = "One. Two! Three"
    assert Document(text).sentence_spans() == [(0, 4), (4, 9), (9, 15)]


def test_a_document_is_frozen() -> None:
    doc = Document("It cost $5.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "other"  # type: ignore[misc]


def test_a_window_of_a_document_has_the_sentences_of_the_whole_text_inside_it() -> None:
    text = "One. It cost $5. Then more. Last."
    whole = Document(text).sentence_spans()
    window = Document(text, 4, 27)
    assert window.stop == 27
    assert window.sentence_spans() == [(4, 16), (16, 27)]
    assert [s for s in whole if 4 <= s[0] < 27] == window.sentence_spans()


_PIECES = st.sampled_from(["It cost $5", ". ", "Dec. 8", " U.S. ", "\n", "。", "! ", "rose", " A", "3.5"])


@given(st.lists(_PIECES, max_size=12).map("".join), st.data())
def test_the_document_agrees_with_splitting_the_text_again(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if b > a]
    doc = Document(text)
    assert doc.sentence_starts(spans) == sentence_starts(text, spans)
    assert doc.sentence_spans(spans) == sentence_spans(text, spans)


def test_every_stage_reads_the_same_sentences() -> None:
    text = "Shares traded at HK$4.40. The company will spend $2 billion next year."
    first, second = moneyfacts.extract(text, reference_date=dt.date(2025, 3, 1))
    assert first.per == "share"
    assert second.per is None
    assert second.period is not None
    assert second.period.iso() == "2026-01-01/2026-12-31"
