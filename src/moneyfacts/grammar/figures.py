"""The records the grammar builds: currency marks found, figures read, and the phrase tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from moneyfacts.data import phrases
from moneyfacts.data import qualifiers as qualifier_phrases
from moneyfacts.reading.lexicon import Mark
from moneyfacts.reading.scan import tokenize

__all__ = ["Figure", "MarkHit", "PhraseTable", "Phrases", "phrase_tables"]


@dataclass(slots=True)
class MarkHit:
    """A currency mark found in the tokens (token indices ``start:end``)."""

    mark: Mark
    start: int
    end: int
    minor: int = 0
    """for a minor unit ("cents"), the power of ten it divides by"""
    power: int = 0
    """a scale fused to the mark: "MEUR" is a million euros"""


@dataclass(slots=True)
class Figure:
    """One figure as the grammar sees it, with token indices ``start:end``."""

    start: int
    end: int
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    mark: MarkHit | None = None
    qualifier: str | None = None
    equivalents: list[Figure] = field(default_factory=list)
    per: str | None = None
    kind: str = "money"
    direction: str | None = None
    power: int = 0
    """the power of ten its scale words applied"""
    head_end: int = 0
    """where the figure ended before any gloss was joined to it (0: no gloss)"""

    @property
    def scaled(self) -> bool:
        return self.power != 0


class PhraseTable:
    """Phrases as token tuples, each with a value, indexed by their first and last tokens."""

    __slots__ = ("firsts", "lasts", "values")

    def __init__(self, values: dict[tuple[str, ...], str]) -> None:
        self.values = values
        firsts: dict[str, set[int]] = {}
        lasts: dict[str, set[int]] = {}
        for key in values:
            firsts.setdefault(key[0], set()).add(len(key))
            lasts.setdefault(key[-1], set()).add(len(key))
        self.firsts = {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()}
        self.lasts = {k: tuple(sorted(v, reverse=True)) for k, v in lasts.items()}

    def __getitem__(self, key: tuple[str, ...]) -> str:
        return self.values[key]

    def get(self, key: tuple[str, ...]) -> str | None:
        return self.values.get(key)


class Phrases(NamedTuple):
    """The hand-kept phrase tables, tokenised and indexed."""

    before: PhraseTable
    after: PhraseTable
    openers: PhraseTable
    joiners: PhraseTable
    glosses: PhraseTable
    percent: PhraseTable
    points: PhraseTable
    basis_points: PhraseTable
    halves: PhraseTable


def _toks(phrase: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(phrase))


@cache
def phrase_tables() -> Phrases:
    """The hand-kept phrase tables, tokenised once."""

    def table(group: tuple[str, ...]) -> PhraseTable:
        return PhraseTable({_toks(p): p for p in group})

    def qualifiers(groups: dict[str, tuple[str, ...]]) -> PhraseTable:
        return PhraseTable({_toks(p): q for q, ps in groups.items() for p in ps})

    return Phrases(
        before=qualifiers(qualifier_phrases.QUALIFIERS_BEFORE),
        after=qualifiers(qualifier_phrases.QUALIFIERS_AFTER),
        openers=table(phrases.RANGE_OPENERS),
        joiners=table(phrases.RANGE_JOINERS),
        glosses=table(phrases.GLOSS_OPENERS),
        percent=table(phrases.PERCENT_WORDS),
        points=table(phrases.POINT_WORDS),
        basis_points=table(phrases.BASIS_POINT_WORDS),
        halves=table(phrases.HALF_AFTER),
    )
