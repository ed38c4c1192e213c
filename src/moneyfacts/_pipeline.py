"""The pipeline: scan -> grammar -> normalise -> objects."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal, localcontext

from moneyfacts._exact import EXACT, quotient, readable
from moneyfacts._options import Options
from moneyfacts.grammar.figures import Figure, MarkHit
from moneyfacts.grammar.parser import figures
from moneyfacts.grammar.plausibility import Leniency
from moneyfacts.model import Currency, Fact, Kind, Money, Qualifier
from moneyfacts.reading.document import Document
from moneyfacts.reading.scan import Scanner, Tok, iter_regions, scanner
from moneyfacts.reading.sentences import firm_start
from moneyfacts.resolve.currencies import Context, minor_currency, resolve
from moneyfacts.resolve.units import infer_units

__all__ = ["HARD_WINDOW", "WINDOW", "find_facts", "iter_facts", "parse_one"]

WINDOW = 1 << 16
"""Characters a window of a long text grows to before it ends, at a sentence start between regions."""
HARD_WINDOW = 1 << 17
"""Characters after which a window with no sentence start between its regions ends at the next one."""


def find_facts(text: str, options: Options, scan: Scanner | None = None) -> list[Fact]:
    """Every fact in ``text``, in text order; ``scan`` is a reader's own scanner, if it has one."""
    return list(iter_facts(text, options, scan))


def iter_facts(text: str, options: Options, scan: Scanner | None = None) -> Iterator[Fact]:
    """Every fact in ``text``, in text order, read a window of whole sentences at a time.

    Each stage after the grammar reads no further than a sentence, so a window ending where a
    sentence starts gives the facts the whole text would; only the currency named last carries over.
    Memory holds one window's facts, however many the text has.
    """
    scan = scan or scanner(options.locale)
    lowercased = text.lower() == text  # tokenised corpora: there "usd" and "le" may be marks
    seen: list[str] = []
    bare = Leniency.STRICT.bare
    for start, end, regions in _windows(text, iter_regions(text, scan)):
        with localcontext(EXACT):  # the caller's decimal context never touches an amount
            facts = _facts(Document(text, start, end), regions, scan, options, lowercased, seen, bare=bare)
        yield from facts  # outside the context: the caller's code runs in its own


def parse_one(text: str, options: Options, scan: Scanner | None = None) -> Fact | None:
    """The one money figure a short string states, or ``None``."""
    scan = scan or scanner(options.locale)
    with localcontext(EXACT):
        lowered = text.lower() == text
        found = _facts(Document(text), [(0, len(text))], scan, options, lowered, [], bare=Leniency.VALID.bare)
    facts = [f for f in found if f.kind is Kind.MONEY]
    for fact in facts:
        if fact.currency is not None:
            return fact
    return facts[0] if facts else None


def _windows(
    text: str, regions: Iterable[tuple[int, int]]
) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """The text cut into windows of whole sentences, each with its regions: (start, end, regions)."""
    start = 0
    held: list[tuple[int, int]] = []
    for a, b in regions:
        if held and held[-1][1] - start >= WINDOW:
            cut = firm_start(text, held[-1][1], a)
            if cut is None and a - start >= HARD_WINDOW:
                cut = a  # no sentence start for so long: not prose, and cut between two regions
            if cut is not None:
                yield start, cut, held
                start, held = cut, []
        held.append((a, b))
    yield start, len(text), held


def _facts(
    doc: Document,
    spans: Iterable[tuple[int, int]],
    scan: Scanner,
    options: Options,
    lowercased: bool,
    seen: list[str],
    *,
    bare: bool,
) -> list[Fact]:
    """The facts of the regions ``spans`` of one document (or window); ``seen`` carries over windows."""
    text = doc.text
    lex = scan.lexicon
    ctx = Context(
        default=options.default_currency,
        territory=lex.territory_currency,
        seen=seen,
        text=text,
        language=lex.language,
        document=doc,
    )
    out: list[Fact] = []
    scaled: list[bool] = []
    for a, b in spans:
        toks, figs, noted = figures(text, a, b, scan, bare=bare, lowercased=lowercased)
        marks = iter(noted)
        pending = next(marks, None)
        for fig in figs:
            while pending is not None and pending[0] < fig.start:
                ctx.note(pending[1])
                pending = next(marks, None)
            for fact, power in _objects(text, toks, fig, ctx, options):
                out.append(fact)
                scaled.append(power != 0)
        while pending is not None:
            ctx.note(pending[1])
            pending = next(marks, None)
    out, scaled = _in_order(out, scaled)
    money = [i for i, f in enumerate(out) if f.kind is Kind.MONEY]
    if money:
        spans = [(out[i].start, out[i].end) for i in money]
        inside = sorted(spans)  # a full stop inside a figure ends no sentence
        units = infer_units(
            text,
            spans,
            [out[i].per for i in money],
            [scaled[i] for i in money],
            sentences=doc.sentence_spans(inside),
        )
        for i, unit in zip(money, units, strict=True):
            if unit != out[i].per:
                out[i] = replace(out[i], per=unit)
        from moneyfacts.periods.attach import attach_periods  # loaded with the first money fact

        periods = attach_periods(
            text,
            spans,
            reference_date=options.reference_date,
            fiscal_year_start=options.fiscal_year_start,
            language=lex.language,
            sentences=_with_end(doc.sentence_starts(inside), doc.stop),
        )
        for i, period in zip(money, periods, strict=True):
            if period is not None:
                out[i] = replace(out[i], period=period)
    return [f for f in out if f.kind in options.kinds]


def _with_end(starts: list[int], stop: int) -> list[int]:
    """Sentence starts with the window's end, where the last sentence of a window stops."""
    return starts if starts[-1] >= stop else [*starts, stop]


def _in_order(facts: list[Fact], scaled: list[bool]) -> tuple[list[Fact], list[bool]]:
    """The facts in text order, each span once (a bracketed figure read on its own comes after its head)."""
    if all((a.start, a.end) <= (b.start, b.end) for a, b in itertools.pairwise(facts)):
        pairs = list(zip(facts, scaled, strict=True))
    else:
        pairs = sorted(zip(facts, scaled, strict=True), key=lambda p: (p[0].start, p[0].end))
    seen: set[tuple[int, int]] = set()
    kept = []
    for fact, power in pairs:
        if (fact.start, fact.end) not in seen:
            seen.add((fact.start, fact.end))
            kept.append((fact, power))
    return [f for f, _ in kept], [p for _, p in kept]


def _span(text: str, toks: Sequence[Tok], start: int, end: int) -> tuple[str, int, int]:
    s, e = toks[start].start, toks[end - 1].end
    return text[s:e], s, e


def _surface(text: str, toks: Sequence[Tok], hit: MarkHit | None) -> str:
    """A minor unit's name as written, case-folded ("cents", "セント"); other marks need none."""
    if hit is None or not hit.minor or hit.mark.codes or not 0 <= hit.start < hit.end <= len(toks):
        return ""
    return text[toks[hit.start].start : toks[hit.end - 1].end].casefold()


def _currency(
    hit: MarkHit | None, ctx: Context, at: int = -1, name: str = ""
) -> tuple[str | None, Currency, tuple[str, ...]]:
    if hit is None:
        return None, Currency.NONE, ()
    if hit.minor and not hit.mark.codes:
        # a bare minor unit ("10 cents") is a part of a currency the text or its locale suggests
        code, others = minor_currency(name, ctx, at)
        return code, Currency.INFERRED if code else Currency.NONE, others
    code, others = resolve(hit.mark, ctx, at)
    if code is None:
        return None, Currency.NONE, ()
    if hit.mark.decisive:
        ctx.note(hit.mark)
        return code, Currency.STATED, others
    return code, Currency.INFERRED, others


def _names_another(fig: Figure, eq: Figure) -> bool:
    """One of a figure and its restatement named decisively, the other by an ambiguous sign: the two are
    different currencies."""
    return (
        fig.mark is not None
        and eq.mark is not None
        and eq.mark.mark.decisive
        and not fig.mark.mark.decisive
        and not fig.mark.minor
    )


def _objects(
    text: str, toks: Sequence[Tok], fig: Figure, ctx: Context, options: Options
) -> list[tuple[Fact, int]]:
    """The facts one raw figure states, each with its scale's power: itself, and any same-currency bracket."""
    if not all(readable(v) for v in (fig.value, fig.low, fig.high) if v is not None):
        return []  # beyond the magnitude moneyfacts reads: dropped, never rounded
    surface, start, end = _span(text, toks, fig.start, fig.end)
    if fig.kind != "money":
        if Kind.PERCENT not in options.kinds or fig.value is None:
            return []
        percent = Fact(
            surface,
            start,
            end,
            amount=Money(fig.value),
            qualifier=Qualifier(fig.qualifier) if fig.qualifier else None,
            kind=Kind.PERCENT,
            direction=fig.direction,
            points=fig.kind == "points",
        )
        return [(percent, 0)]
    code, source, others = _currency(fig.mark, ctx, start, _surface(text, toks, fig.mark))
    equivalents: list[Money] = []
    separate: list[tuple[Fact, int]] = []
    for eq in fig.equivalents:
        eq_code, _, eq_others = _currency(eq.mark, ctx, toks[eq.start].start, _surface(text, toks, eq.mark))
        if eq_code == code and others and _names_another(fig, eq):
            code = others[0]  # "($1 = 1.5310 Australian dollars)": the ambiguous sign is another dollar
        elif (
            eq_code == code
            and eq_others
            and eq.mark
            and eq.mark.mark.kind != "name"
            and _names_another(eq, fig)
        ):
            # "C$1.2 billion ($880 million)": the bare sign is not the named one; a name ("or 3 million
            # dollars") may be the same currency
            eq_code = eq_others[0]
        if eq_code is not None and eq_code != code:
            # a range restated as a range gives both ends ("55 bis 65 Mrd. Dollar (51 bis 60 Mrd. Euro)")
            ends = [eq.value] if eq.value is not None else [eq.low, eq.high]
            if fig.value is not None and eq.value is None:
                ends = [_mid(eq)]  # a single figure restated as a range: its middle
            values = [v for v in ends if v is not None and readable(v)]
            equivalents.extend(Money(v, eq_code) for v in values)
        else:
            separate.extend(_objects(text, toks, eq, ctx, options))
    if separate and fig.head_end:
        surface, start, end = _span(text, toks, fig.start, fig.head_end)  # the figure without its glosses
    qualifier = Qualifier(fig.qualifier) if fig.qualifier else None
    amount = Money(fig.value, code) if fig.value is not None else None
    low = Money(fig.low, code) if fig.low is not None else None
    high = Money(fig.high, code) if fig.high is not None else None
    if amount is not None and qualifier is not None:
        if qualifier.is_lower_bound:
            low = amount
        elif qualifier.is_upper_bound:
            high = amount
    fact = Fact(
        surface,
        start,
        end,
        amount=amount,
        low=low,
        high=high,
        qualifier=qualifier,
        equivalents=tuple(equivalents),
        per=fig.per,
        currency_source=source,
        alternatives=others,
    )
    return [(fact, fig.power), *separate]


def _mid(fig: Figure) -> Decimal | None:
    if fig.low is not None and fig.high is not None:
        return quotient(fig.low + fig.high, Decimal(2))
    return None
