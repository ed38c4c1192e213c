"""Scale and currency written once and shared: movements, comparisons, prior values and vague counts.

"van 1,5 naar 2,5 euro", "to P21 billion from 18.4 billion", "5,3 miljarder kronor (4,7)", "4,1 (3,8) Mio.
Euro", "tens of millions of pounds": a figure that writes no currency or scale takes its neighbour's.
"""

from __future__ import annotations

from decimal import Decimal

from moneyfacts.data import phrases
from moneyfacts.grammar.figures import Figure, MarkHit, PhraseTable
from moneyfacts.grammar.region import Region
from moneyfacts.reading.scan import NUM, SYM, WORD, tokenize

__all__ = ["borrow", "dropped_currency", "prior_inside", "priors", "vague_at", "year"]

_VAGUE = PhraseTable({tuple(t.low for t in tokenize(w)): w for w in phrases.VAGUE_COUNTS})
_COMPARISONS = PhraseTable({tuple(t.low for t in tokenize(w)): w for w in phrases.COMPARISON_LEADS})
_PRIOR_LABELS = PhraseTable({tuple(t.low for t in tokenize(w)): w for w in phrases.PRIOR_LABELS})


def year(p: Region, fig: Figure) -> bool:
    text = p.toks[fig.start].text
    return fig.end == fig.start + 1 and len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def borrow(p: Region, fig: Figure, k: int) -> None:
    """A bare first figure of a movement takes the second's currency, and its scale where it writes none."""
    if fig.mark is not None or fig.value is None or year(p, fig):
        return
    k += p.seq_at(k, p.ph.before)
    other = p.amount_at(k)
    if other is None or other.mark is None or other.value is None:
        return
    value = fig.value
    if not fig.scaled and other.scaled:
        value = value.scaleb(other.power)
    if other.mark.minor:
        value = value.scaleb(-other.mark.minor)
    if value > 0 and other.value > 0 and not 0.01 < value / other.value < 100:
        return  # "from 2019 to $5 billion": a stray number is no figure
    fig.value, fig.mark, fig.power = value, other.mark, fig.power or other.power


def prior_inside(p: Region, fig: Figure) -> bool:
    """A report's prior-period value in brackets between a figure's number and its scale and currency:
    "4,1 (3,8) Mio. Euro" is two figures, each with the scale and currency written once."""
    j = fig.end
    if fig.value is None or p.low(j) not in ("(", "（") or fig.scaled:
        return False
    k = j + 1 + p.seq_at(j + 1, _PRIOR_LABELS)  # "4,1 (Vj. 3,8) Mio. Euro"
    k += p.low(k) in (".", ":", "：")
    prior = p.amount_at(k)
    close = prior.end if prior is not None else j
    if prior is None or prior.mark is not None or prior.value is None or p.low(close) not in (")", "）"):
        return False
    power, k = p.scales_at(close + 1)
    hit = p.mark_at(k)
    if hit is None or hit.minor:
        return False
    fig.value, fig.mark, fig.power = fig.value.scaleb(power), hit, power
    fig.head_end = hit.end
    fig.equivalents.append(Figure(prior.start, close, value=prior.value.scaleb(power), mark=hit, power=power))
    fig.end = hit.end
    return True


def priors(p: Region, fig: Figure) -> None:
    """Figures of their own that drop the scale and currency written once before them: a bracketed
    prior-period value ("5,3 miljarder kronor (4,7)", "(2023: £512.6 million)"), or a comparison ("to P21
    billion from 18.4 billion", "puis 630 milliards"). Each joins ``fig`` as a gloss in its currency, which
    the pipeline makes a separate fact."""
    if fig.mark is None or fig.value is None or fig.kind != "money" or fig.mark.minor:
        return
    j = fig.end
    if p.low(j) in ("(", "（"):
        k = j + 1
        if p.low(k) in _MINUS_SIGNS and k + 1 < p.n and not p.toks[k + 1].spaced:
            k += 1
        other = p.amount_at(j + 1)
        if other is not None and other.mark is None and other.value is not None and not other.scaled:
            close = other.end
            if p.low(close) in (")", "）") and not p.seq_at(close, p.ph.percent):
                value = other.value.scaleb(fig.power)
                fig.head_end = fig.head_end or fig.end
                fig.equivalents.append(
                    Figure(other.start, close, value=value, mark=fig.mark, power=fig.power)
                )
                fig.end = close + 1
        return
    k = j + (p.low(j) == ",")
    size = p.seq_at(k, _COMPARISONS)
    if not size or not fig.scaled:
        return
    k += size
    other = p.amount_at(k)
    if other is None or other.mark is not None or other.value is None or other.power != fig.power:
        return
    after = p.low(other.end)
    if after in phrases.SCALE_TO_MARK and p.mark_at(other.end + 1) is None:
        return  # "from 18 million of its users": a count of something else
    if p.seq_at(other.end, p.ph.percent) or p.mark_at(other.end) is not None:
        return
    fig.head_end = fig.head_end or fig.end
    fig.equivalents.append(Figure(other.start, other.end, value=other.value, mark=fig.mark, power=fig.power))
    fig.end = other.end


_MINUS_SIGNS = frozenset({"-", "−", "–"})


def vague_at(p: Region, i: int) -> Figure | None:
    """A vague count of a scale with its currency, as a range: "tens of millions of pounds" (10 to 100
    million), "hundreds of thousands of euros", "several billion yen", "des dizaines de millions d'euros"."""
    size = p.seq_before(i, _VAGUE)
    if not size:
        return None
    power, k = p.scales_at(i)
    if not power:
        return None
    if p.low(k) in phrases.SCALE_TO_MARK:
        k += 1  # "of", "de", "d'"
        if p.low(k) in ("'", "’"):
            k += 1
    hit = p.mark_at(k)
    if hit is None or hit.minor:
        return None
    low, high = phrases.VAGUE_COUNTS[" ".join(t.low for t in p.toks[i - size : i])] if size else (0, 0)
    return Figure(
        i - size,
        hit.end,
        low=Decimal(low).scaleb(power),
        high=Decimal(high).scaleb(power),
        mark=hit,
        qualifier="range",
        power=power,
    )


_SENTENCE_ENDS = frozenset({".", "。", "!", "?", ";", "！", "？", "；"})
_LOOK_BACK = 30
"""How many tokens back a figure that drops its currency looks for the one it shares."""


def dropped_currency(p: Region, fig: Figure) -> MarkHit | None:
    """The currency of an earlier figure in the sentence, for a scaled number that writes none and counts
    nothing: "500 milliards d'euros d'ici 2020, puis 630 milliards en 2025"; not "300 million users"."""
    if fig.value is None or not fig.scaled or year(p, fig):
        return None
    after = p.toks[fig.end] if fig.end < p.n else None
    if after is not None and (p.seq_at(fig.end, p.ph.percent) or (after.kind == SYM and after.text == "%")):
        return None
    if after is not None and after.kind == WORD and after.low not in phrases.FIGURE_ENDS:
        return None  # "300 million users", "630 millions de personnes"
    if after is not None and after.low in phrases.SCALE_TO_MARK:
        return None
    for k in range(fig.start - 1, max(fig.start - _LOOK_BACK, -1), -1):
        if p.toks[k].text in _SENTENCE_ENDS:
            return None
        hit = p.mark_at(k)
        if hit is None or hit.minor or hit.end > fig.start:
            continue
        # the earlier figure wrote its scale too: "$4 billion", "120 millones de euros"
        prefixed = hit.end + 1 < p.n and p.toks[hit.end].kind == NUM and p.low(hit.end + 1) in p.lex.scales
        if prefixed or any(p.low(m) in p.lex.scales for m in range(max(k - 3, 0), k)):
            return hit
    return None
