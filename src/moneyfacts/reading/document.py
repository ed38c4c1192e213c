"""The document: one text as every stage after the grammar reads it, its sentences found once.

Currency resolution, per-unit inference and periods all ask where a sentence starts. A
:class:`Document` finds the text's sentence boundaries in one pass, on first need, and answers
each stage from them: with or without the figures' spans, inside which a full stop ends nothing
("U.S.", "Rs. 50").

>>> doc = Document("It cost $5. Then 6 dollars. 股价下跌。再见")
>>> doc.sentence_starts()
[0, 11, 33]
>>> doc.sentence_spans()
[(0, 11), (11, 33), (33, 35)]
>>> doc.sentence_starts([(8, 11)])  # a figure's span "$5." ends no sentence
[0, 33]

A document may be one window of a longer text, from ``start`` to ``end``: its sentences are
then those of the window, offsets still counted in the whole text.

>>> Document("Intro. It cost $5. Then more.", 6, 18).sentence_spans()
[(6, 18)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from moneyfacts.reading.sentences import boundaries_between, starts_between

__all__ = ["Document"]


@dataclass(frozen=True)
class Document:
    """One text (or a window of it) and its sentence boundaries, found once on first need; frozen."""

    text: str
    start: int = 0
    end: int = -1
    """where the window ends; -1: at the end of the text"""

    @property
    def stop(self) -> int:
        """The offset the document ends at."""
        return len(self.text) if self.end < 0 else self.end

    @cached_property
    def boundaries(self) -> tuple[tuple[int, int], ...]:
        """Where each sentence stop stands and where the next sentence starts."""
        return tuple(boundaries_between(self.text, self.start, self.stop))

    def sentence_starts(self, spans: Sequence[tuple[int, int]] = ()) -> list[int]:
        """Sentence start offsets; a stop inside one of ``spans`` (sorted figure spans) ends nothing."""
        return starts_between(self.boundaries, self.stop, spans, first=self.start)

    def sentence_spans(self, spans: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """The sentences as spans that cover the document end to end."""
        starts = self.sentence_starts(spans)
        ends = [*starts[1:], self.stop]
        return [(a, b) for a, b in zip(starts, ends, strict=True) if b > a]
