"""Grammar: tokens -> raw figures.

A figure is ``[qualifier] [sign] [mark] number [scale...] [mark] [minor part]``, then optionally a
range end, a bracketed or appended gloss in another currency, a per-unit denominator and a
trailing qualifier. Marks stay unresolved here; :mod:`moneyfacts._pipeline` resolves them.

The stages of reading live in their own modules, each a set of functions over a
:class:`~moneyfacts.grammar.region.Region`: :mod:`._marks_at` (currency marks), :mod:`._numbers_at`
(numbers), :mod:`._scales_at` (scale words), :mod:`._amounts` (one amount), :mod:`._structure`
(ranges, glosses, per-unit words, percentages) and :mod:`._minor_parts` (cents after dollars). The
:class:`Parser` wires them together and walks the region's tokens.
"""

from __future__ import annotations

from moneyfacts.data import phrases
from moneyfacts.grammar import amounts as _amounts
from moneyfacts.grammar import marks as _marks_at
from moneyfacts.grammar import numbers as _numbers_at
from moneyfacts.grammar import qualifiers as _qualifiers
from moneyfacts.grammar import scales as _scales_at
from moneyfacts.grammar import structure as _structure
from moneyfacts.grammar.figures import Figure
from moneyfacts.grammar.region import Region
from moneyfacts.reading.lexicon import Mark, fold_mark
from moneyfacts.reading.scan import CJK, NUM, WORD, Scanner, Tok, tokenize

__all__ = ["Parser", "figures"]

_SKIPS_KEPT = 1 << 16
"""How many surfaces' start verdicts a scanner keeps (the common words of a language, and then some)."""


class Parser(Region):
    """One region's tokens and the methods that read figures from them."""

    mark_at = _marks_at.mark_at
    minor_at = _marks_at.minor_at
    number_at = _numbers_at.number_at
    scales_at = _scales_at.scales_at
    amount_at = _amounts.amount_at

    def figure_at(self, i: int) -> Figure | None:
        """A whole figure at token ``i``: amount, range, glosses, per-unit and trailing qualifier."""
        if self.bare:
            coins = _structure.coins_at(self, i)
            if coins is None and self.profile.counter_dollars:
                coins = _structure.cantonese_dollars(self, i)
            if coins is None:
                coins = _structure.named_alone(self, i)
            if coins is not None:
                return coins
        fig = self.amount_at(i)
        if fig is None:
            return _structure.running_coin(self, i) or _structure.vague_at(self, i)
        _structure.range_tail(self, fig)
        if fig.mark is None and not self.bare:
            fig.mark = _structure.rupees_by_scale(self, fig) or _structure.dropped_currency(self, fig)
            if fig.mark is None:
                return None
        _structure.trailing(self, fig)
        return fig

    def run(self) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        toks, n = self.toks, self.n
        mark_starts, starters, cased = self.scan.mark_starts, self.scan.starters, self.scan.cased_starters
        skips = self.scan.skips if not self.bare else {}  # a word's verdict, kept across texts
        while i < n:
            tok = toks[i]
            kind, low = tok.kind, tok.low
            if (
                kind == WORD
                and low in mark_starts
                and (len(low) > 2 or (i + 1 < n and not toks[i + 1].spaced))
                and (low in starters or tok.text in cased)
            ):  # a decisive mention ("Australian dollars", "A$") settles later "$"; "a" and "us" alone do not
                hit = self.mark_at(i)
                if hit is not None and hit.mark.decisive:
                    self.seen.append((i, hit.mark))
            if kind != NUM and kind != CJK:
                skip = skips.get(tok.text)
                if skip is None:
                    skip = self._starts_nothing(tok)
                    if len(skips) < _SKIPS_KEPT:
                        skips[tok.text] = skip
                if skip:
                    i += 1  # most words start no figure
                    continue
            lead = self.seq_at(i, self.ph.before) if tok.kind == WORD else 0
            if lead and i + lead < self.n and self.seq_at(i + lead, self.ph.before) == 0:
                i += lead  # "không tới 5000 đồng": a qualifier's words are not the figure's number
                continue
            pct = _structure.percent_at(self, i)
            if pct is not None:
                self.qualify(pct)
                _structure.direct(self, pct)
                out.append(pct)
                i = pct.end
                continue
            fig = self.figure_at(i)
            if fig is None:
                i += 1
                continue
            self.qualify(fig)
            _structure.accounting(self, fig)
            _structure.per_before(self, fig)
            out.append(fig)
            i = fig.end
        return out

    def _starts_nothing(self, tok: Tok) -> bool:
        """Whether a word or sign can start no figure: the verdict :meth:`run` keeps per surface."""
        starters, low = self.scan.starters, tok.low
        return (
            low not in starters
            and (low.isascii() or fold_mark(low) not in starters)  # "￡12", "أورو 20"
            and not (tok.text[0] in "MKkTBb" and _marks_at.fused_code(tok.text))
            and not (self.bare and low in phrases.CJK_COUNTER_DOLLARS)  # 個九: a dollar and nine tenths
            and tok.text not in self.scan.cased_starters
        )

    def qualify(self, fig: Figure) -> None:
        """Take a qualifier phrase standing just before the figure."""
        size = self.seq_before(fig.start, self.ph.before)
        clitic = self.clitic(fig.start)
        if clitic and fig.qualifier is None:
            # a qualifier ending in the clitic on the number: "יותר מעשרה" (more than ten), "מעשרה" (from ten)
            for n in range(min(fig.start, 3), -1, -1):
                words = (*(t.low for t in self.toks[fig.start - n : fig.start]), clitic)
                if words in self.ph.before.values:
                    fig.qualifier = self.ph.before[words]
                    fig.start -= n
                    return
        if not size:
            if fig.qualifier is None:
                fig.start -= _qualifiers.own_before(self, fig)
            if fig.qualifier is None:
                _qualifiers.glued_before(self, fig)  # "ราคาประมาณ 5,000 บาท"
            if fig.qualifier is None:
                _qualifiers.lead_before(self, fig)  # "estimated by analysts at $3 billion"
            return
        words = tuple(t.low for t in self.toks[fig.start - size : fig.start])
        if _qualifiers.moved(self, fig.start - size, words) or _qualifiers.joins(
            self, fig.start - size, words
        ):
            return  # "shares went up to $30": a level reached; "από 5 έως 10 ευρώ": a range's end
        if fig.qualifier is None:
            fig.qualifier = self.ph.before[words]
        fig.start -= size


def figures(
    text: str, start: int, end: int, scan: Scanner, *, bare: bool = False, lowercased: bool | None = None
) -> tuple[list[Tok], list[Figure], list[tuple[int, Mark]]]:
    """The tokens of ``text[start:end]``, the raw figures among them and the decisive marks seen.

    ``lowercased`` says whether the whole text is written in lower case (then "usd" and "le" may be
    marks); by default the region's own case decides.
    """
    toks = tokenize(text, start, end)
    parser = Parser(text, toks, scan, bare, lowercased)
    return toks, parser.run(), parser.seen
