"""Period phrases -> Period, attached to the figures they govern.

>>> text = "Apple announced a US$500 billion four-year budget on Monday."
>>> [str(p) for p in attach_periods(text, [(18, 32)])]
['P4Y']
>>> text = "Amazon said it would spend US$100 billion in 2025."
>>> [str(p) for p in attach_periods(text, [(27, 41)])]
['2025-01-01/2025-12-31']
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from moneyfacts.model import Duration, Period
from moneyfacts.periods.calendar import month_span, shift_back, year_span
from moneyfacts.periods.local import (
    abbreviation_words,
    coordination_words,
    gapped_clause,
    language_words,
    month_names,
    versus_words,
)
from moneyfacts.periods.phrases import Context, Phrase, find_phrases
from moneyfacts.reading.chars import HAN
from moneyfacts.reading.sentences import sentence_starts

__all__ = ["attach_periods"]

_WORD = re.compile(r"[^\W\d_]+|\d[\d.,]*")
_AFTER_BLOCK = re.compile(
    r"(?<!\w)(?<!more\s)(?<!less\s)(?<!rather\s)(?:than|compared|versus|vs\.?|against|which|while|whereas|but|since|although|though|when|"
    r"as\s+of|said|says)(?!\w)|[;—]|\s[-–]\s",
    re.IGNORECASE,
)
_BEFORE_BLOCK = re.compile(
    _AFTER_BLOCK.pattern + r"|(?<!\w)and(?!\w)|,\s*with(?!\w)|[,，]\s*$", re.IGNORECASE
)
_COMPARE = re.compile(r"(?<!\w)(?:from|than|compared|versus|vs\.?|against)(?!\w)", re.IGNORECASE)
_FROM_TAIL = re.compile(r"(?<!\w)(?:from|than|vs\.?|versus|against)\s*$", re.IGNORECASE)
_CHANGE = re.compile(
    r"(?<!\w)(?:up|down|increase[sd]?|decrease[sd]?|rise|rose|fell|fall|drop(?:ped)?|gain(?:ed)?|growth|"
    r"higher|lower)(?:\s+(?:of|by))?\s*$",
    re.IGNORECASE,
)
_COORD = re.compile(r"^\s*(?:[^\W\d_][\w’'-]*\s+){0,3}?(?:,\s*(?:and|or)?|and|or|to|-|–)\s*$", re.IGNORECASE)
_PART = re.compile(  # "$12 million in bonds, including $3 million"
    r"[^\d;:.!?]{0,40}?,?\s*(?:including|of\s+which|such\s+as|among\s+them)\s*$", re.IGNORECASE
)
_VERSUS = re.compile(  # "$4.1 million in 2022, up 8% from $3.2 million"
    r"\s*,?\s*(?:(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?)?(?:from|compared\s+(?:with|to)|"
    r"versus|vs\.?|against)\s*$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(  # "$5 million in the first half, up from last year's $4 million"
    _VERSUS.pattern[: -len(r"\s*$")]
    + r"\s+(?:(?:last|the\s+(?:previous|prior))\s+year[’']s|the\s+year[-\s]ago|a\s+year[-\s]earlier)\s*$",
    re.IGNORECASE,
)
_BARE_OPEN = re.compile(r"\s*\(\s*$")  # "2.502 Mkr (3.480)": the bare figure in brackets is the year before's
_BARE_FIGURE = re.compile(r"[\d.,\s]+\)")
_AND_VERB = re.compile(  # "spent $12 million in the first quarter and invested $8 million"
    r"\s*,?\s*and\s+(?!(?:expect|forecast|project|plan|aim|target|hope|predict|see|will|would|could|may|might|"
    r"should|can)\w*\s)[^\W\d_][\w'-]*\s+$",
    re.IGNORECASE,
)
_FRONT = re.compile(r"^[\W\d_]*$")
# "$5 million (EPS: $2.10) in 2023": a bracket opened with at most a short label
_ASIDE_OPEN = re.compile(r"\s*[(（](?:[^\W\d_]{1,12}\.?\s*){0,2}[:：]?\s*$")
_ASIDE_CLOSE = re.compile(r"\s*[)）]")
_GOVERNMENT = re.compile(  # on lower-cased text; a literal opening lets the engine skip ahead
    r"(?:government|national|federal|union\s+budget|ministry|treasury|parliament|state\s+budget)(?!\w)"
)
_CLAUSE_GOES_ON = re.compile(r"(?:for|over|in|from|until|through|worked)\b")
_CLAUSE_MARK = re.compile(r"[,，；、]")
_LABEL = re.compile(r"\s*:")
_CLAUSE_OPENS = re.compile(r"[,，:：]\s*$")
# a comma after at most four lower-case words: "..., en los nueve meses de su año fiscal, ..."
_CLAUSE_CLOSES = re.compile(r"(?:\s+[^\W\d_A-ZÀ-Þ][^\W\d_]*){0,4}\s*[,，]")
_TOPIC = re.compile(r"\s*は\s*[、，,]")  # "第1四半期は、...": a topic governs the sentence after it
_TOPIC_OWNER = re.compile(r"[\W\d_]*[^\W\d_]{0,12}")  # what may stand before it: "同社の"
_PERCENT = re.compile(r"%|(?<!\w)per\s*cent|percent")
_FROM = re.compile(r"(?<!\w)from(?!\w)", re.IGNORECASE)
_REACH = 320
"""Characters between a figure and a phrase beyond which no word limit below can hold."""
_LONGEST = 120
"""Characters a phrase may span."""
_MAX_AFTER = 8
_MAX_BEFORE = 10
_MAX_RECUR_BEFORE = 12


def attach_periods(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    reference_date: dt.date | None = None,
    fiscal_year_start: tuple[int, int] | None = None,
    language: str = "en",
    sentences: Sequence[int] | None = None,
) -> list[Period | None]:
    """The period each figure governs, one per span in ``spans`` (figure spans in text order).

    ``sentences`` are the text's sentence starts, figures' spans left whole, when already found.
    Never raises on spans that lie in the text.
    """
    return _attach(text, spans, reference_date, fiscal_year_start, language, sentences)


def _attach(
    text: str,
    spans: Sequence[tuple[int, int]],
    ref: dt.date | None,
    fiscal: tuple[int, int] | None,
    language: str,
    sentences: Sequence[int] | None = None,
) -> list[Period | None]:
    n = len(text)
    clean = [(max(0, min(int(s), n)), max(0, min(int(e), n))) for s, e in spans]
    out: list[Period | None] = [None] * len(clean)
    order = sorted(range(len(clean)), key=lambda i: clean[i])
    found = list(sentences) if sentences is not None else sentence_starts(text, [clean[i] for i in order])
    bounds = _ordinal_dates_joined(text, found, language)
    groups: dict[int, list[int]] = {}
    for i in order:
        s, e = clean[i]
        if e <= s:
            continue
        groups.setdefault(bisect.bisect_right(bounds, s) - 1, []).append(i)
    for sent, members in groups.items():
        lo = bounds[sent]
        hi = bounds[sent + 1] if sent + 1 < len(bounds) else n
        sentence = text[lo:hi]
        ctx = Context(ref, fiscal, language or "en", _government(sentence))
        figures = [clean[i] for i in members]
        for i, period in zip(members, _sentence_periods(text, lo, hi, figures, ctx), strict=True):
            out[i] = period
    return out


_ORDINAL_DOT = re.compile(r"(?<!\d)\d{1,2}\.\s*$")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_WORD_DOT = re.compile(r"([^\W\d_][\w.]*)\.[\"'”’)]*\s*$")


def _ordinal_dates_joined(text: str, bounds: list[int], language: str) -> list[int]:
    """Drop the sentence ends that are not: the ordinal dot of a date ("zum 30. Juni", "den 1. mars"), the
    dot of an abbreviation of the language that a lower-case word follows ("за 2020 г. составляет")."""
    months = month_names(language)
    abbreviations = abbreviation_words(language)
    if not months and not abbreviations:
        return bounds
    out = [bounds[0]]
    for cut in bounds[1:]:
        word = _NEXT_WORD.match(text, cut)
        nxt = word.group(1) if word else ""
        if nxt.lower() in months and _ORDINAL_DOT.search(text, max(0, cut - 6), cut):
            continue
        before = _WORD_DOT.search(text, max(0, cut - 12), cut)
        if nxt[:1].islower() and before is not None and before.group(1).lower() in abbreviations:
            continue
        out.append(cut)
    return out


def _government(sentence: str) -> bool:
    """Whether the sentence speaks of a government budget (whose fiscal year may have a national default)."""
    low = sentence.lower()
    return any(m.start() == 0 or not low[m.start() - 1].isalnum() for m in _GOVERNMENT.finditer(low))


def _words(gap: str) -> int:
    if gap.isascii():
        return len(_WORD.findall(gap))
    # a run of ideographs counts by its characters, not once more as a word
    return sum(1 for w in _WORD.findall(gap) if not HAN.match(w)) + len(_han().findall(gap)) // 2


@cache
def _han() -> re.Pattern[str]:
    return re.compile(r"[\u3400-\u9fff]")  # compiled when a text needs it: its class is costly to build


def _sentence_periods(
    text: str, lo: int, hi: int, figures: list[tuple[int, int]], ctx: Context
) -> list[Period | None]:
    phrases = find_phrases(text[lo:hi], lo, ctx)
    starts = [p.start for p in phrases]
    count = len(figures)
    recur: list[Duration | None] = [None] * count
    span: list[Phrase | None] = [None] * count
    used: set[int] = set()
    for k, (s, e) in enumerate(figures):
        prev_end = figures[k - 1][1] if k else lo
        next_start = figures[k + 1][0] if k + 1 < count else hi
        first = bisect.bisect_left(starts, max(prev_end, s - _REACH - _LONGEST))
        last = bisect.bisect_right(starts, min(next_start, e + _REACH))
        near = phrases[first:last]  # a phrase further off cannot pass the word limits
        recur[k] = _own_recurrence(text, near, s, e, prev_end, next_start)
        span[k] = _own_span(
            text, near, first, used, (s, e, prev_end, next_start), ctx.language, k + 1 < count
        )
    _through_asides(text, figures, span)
    fronted = _fronted(text, lo, phrases, figures)
    how = ["own" if p is not None else "" for p in span]
    for k in range(count):
        if span[k] is None and fronted is not None:
            span[k], how[k] = fronted, "front"
    _coordinate(text, figures, span, recur, how, ctx.language)
    periods = _resolve_shifts(span, fronted, phrases)
    _combine_years(span, periods, phrases)
    _date_whole_years(span, periods, phrases)
    out: list[Period | None] = []
    for k in range(count):
        period = periods[k]
        if (
            period is not None
            and how[k] != "own"
            and k
            and _compared_figure(text, figures, k, how[k], period == periods[k - 1], ctx.language)
        ):
            period = Period(duration=period.duration, open_length=period.open_length)
        out.append(_merge(period, recur[k]))
    return out


def _repeats(
    text: str, figures: list[tuple[int, int]], k: int, gapped: re.Pattern[str], language: str
) -> bool:
    """Whether figure ``k`` is the compared end of a pair ("auf 2,9 Mio. Euro nach 2,7 Mio. Euro", "to $5
    million from $4 million") and a clause that repeats the movement without its verb follows ("..., das
    EBIT auf 3,2 Mio.")."""
    lo, hi = figures[k - 1][1], figures[k][0]
    compared = bool(_FROM_TAIL.search(text, lo, hi)) or _compared(text[lo:hi], language)
    return compared and gapped.fullmatch(text, figures[k][1], figures[k + 1][0]) is not None


def _compared_figure(
    text: str, figures: list[tuple[int, int]], k: int, how: str, inherited: bool, language: str
) -> bool:
    """Whether figure ``k`` is compared with the one before it and so keeps only its period's length."""
    gap = text[figures[k - 1][1] : figures[k][0]]
    return how == "before" or bool(_COMPARE.search(gap)) or (inherited and _compared(gap, language))


def _compared(gap: str, language: str) -> bool:
    """Whether a comparison word of ``language`` leads the second of two figures ("5 Mio. Euro gegenüber
    4 Mio. Euro"): the second is the compared one."""
    found = versus_words(language).search(gap.rstrip(), max(0, len(gap.rstrip()) - 30))
    return found is not None and found.end() >= len(gap.rstrip()) - 4


def _own_recurrence(
    text: str, phrases: list[Phrase], s: int, e: int, prev_end: int, next_start: int
) -> Duration | None:
    before: Duration | None = None
    for p in phrases:
        if p.kind != "recur" or p.period is None:
            continue
        if p.end > s and p.start < e:
            return p.period.recurrence
        if p.start >= e:
            gap = text[e : p.start]
            if not gap.strip(" -\u00a0"):
                return p.period.recurrence
            if (
                p.start < next_start
                and not p.adjective
                and _words(gap) <= 4
                and not _AFTER_BLOCK.search(gap)
                and _ends_clause(text, p.end)
            ):
                return p.period.recurrence
            break
        if (p.adjective or p.forward) and p.start >= prev_end:
            gap = text[p.end : s]
            if _words(gap) <= _MAX_RECUR_BEFORE and not _BEFORE_BLOCK.search(gap):
                before = p.period.recurrence
    return before


def _ends_clause(text: str, pos: int) -> bool:
    rest = text[pos : pos + 12].lstrip()
    return not rest or rest[0] in ".,;:)!?" or bool(_CLAUSE_GOES_ON.match(rest))


def _own_span(
    text: str,
    phrases: list[Phrase],
    first: int,
    used: set[int],
    bounds: tuple[int, int, int, int],
    language: str = "en",
    has_next: bool = False,
) -> Phrase | None:
    s, e, prev_end, next_start = bounds
    before: Phrase | None = None
    for idx, p in enumerate(phrases, first):
        if p.kind == "recur" or idx in used:
            continue
        if p.start >= e:
            if p.start >= next_start:
                break
            gap = text[e : p.start]
            if p.adjective and not gap.strip(" -\u00a0"):
                used.add(idx)
                return p
            # "(first half 2022: 179 million)" labels what follows; "up 5% on a year earlier" is a change's
            if _LABEL.match(text, p.end) or _PERCENT.search(gap) or gap.rstrip().endswith(("(", "（")):
                continue
            if (
                has_next
                and p.kind == "shift"
                and _shift_may_lead(language)
                and _words(text[p.end : next_start]) <= 1
            ):
                continue  # "5 Mio. Euro, im Vorjahr 4 Mio. Euro": the shift leads the next figure
            if has_next and _CLAUSE_MARK.search(gap) and _words(text[p.end : next_start]) <= 1:
                continue  # "a 3c dividend, taking the total for the half to 7.3c": it leads the next one
            if _after_ok(text, gap, s) and not versus_words(language).search(gap):
                used.add(idx)
                return p
            continue
        if (
            p.end <= s
            and p.start >= prev_end
            and (
                p.kind == "span"
                or (p.kind == "shift" and _shift_may_lead(language) and _leads(text[p.end : s]))
            )
        ):
            gap = text[p.end : s]
            if _words(gap) <= _MAX_BEFORE and not _blocks_before(gap):
                before = p
    return before


def _shift_may_lead(language: str) -> bool:
    """Whether shifts may stand before their figure ("im Vorjahr 4 Mio. Euro", "去年同期为25亿元")."""
    return not language_words(language.replace("-", "_").split("_")[0].lower()).words.get(
        "shift_follows", False
    )


def _leads(gap: str) -> bool:
    """Whether a shift before a figure is its own: not a change ("前年同期比44%増の") nor another clause's."""
    return not _PERCENT.search(gap) and not _CLAUSE_MARK.search(gap)


def _blocks_before(gap: str) -> bool:
    """Whether words between a phrase and the figure after it part them ("rose 5%, to" does not)."""
    found = _BEFORE_BLOCK.search(gap)
    return found is not None and not (found.group(0).startswith(",") and _PERCENT.search(gap) is not None)


def _after_ok(text: str, gap: str, s: int) -> bool:
    if _words(gap) > _MAX_AFTER or _AFTER_BLOCK.search(gap) or _FROM_TAIL.search(gap):
        return False
    if _CLAUSE_MARK.search(gap) and HAN.search(text[s : s + 40]):  # a CJK clause ends at its comma
        return False
    return not (_FROM.search(gap) and _CHANGE.search(text[max(0, s - 30) : s]))


def _fronted(text: str, lo: int, phrases: list[Phrase], figures: list[tuple[int, int]]) -> Phrase | None:
    """A span phrase opening the sentence ("Over the next three years, ..."): it governs every figure."""
    for p in phrases:
        if p.start >= figures[0][0]:
            return None
        if p.kind == "span" and _FRONT.match(text[lo : p.start]):
            return p
        if p.kind == "span" and _CLAUSE_OPENS.search(text, lo, p.start) and _CLAUSE_CLOSES.match(text, p.end):
            return p  # "the company said, in the six months to June, ...": a clause of its own
        if p.kind == "span" and _TOPIC.match(text, p.end) and _TOPIC_OWNER.fullmatch(text, lo, p.start):
            return p
        topic = HAN.match(text[p.end : p.end + 1])  # "从规模看,上半年净利润超1亿元的公司...": its topic
        if p.kind == "span" and topic and _CLAUSE_OPENS.search(text, lo, p.start):
            return p
    return None


def _through_asides(text: str, figures: list[tuple[int, int]], span: list[Phrase | None]) -> None:
    """A figure followed by a bracketed aside ("$5 million (EPS: $2.10) in 2023") takes the period that
    follows the aside, as the figure inside it does."""
    for k in range(len(figures) - 1):
        after = span[k + 1]
        if span[k] is not None or after is None:
            continue
        close = _ASIDE_CLOSE.match(text, figures[k + 1][1])
        opened = _ASIDE_OPEN.fullmatch(text, figures[k][1], figures[k + 1][0])
        if close and opened and after.start >= close.end():
            span[k] = after


def _coordinate(
    text: str,
    figures: list[tuple[int, int]],
    span: list[Phrase | None],
    recur: list[Duration | None],
    how: list[str],
    language: str = "en",
) -> None:
    """Coordinated figures ("A and B in 2025", "from A to B a year") share a period."""
    count = len(figures)
    local = coordination_words(language)
    gaps = [text[figures[k][1] : figures[k + 1][0]] for k in range(count - 1)]
    linked = [bool(_COORD.match(gap) or local.match(gap)) for gap in gaps]
    for order in (range(count - 1), range(count - 2, -1, -1)):
        for k in order:
            if not linked[k]:
                continue
            a, b = (k, k + 1) if order.start < order.stop else (k + 1, k)
            if span[b] is None and recur[b] is None and (span[a] is not None or recur[a] is not None):
                span[b], recur[b], how[b] = span[a], recur[a], "coord"
    for k in range(1, count - 1):
        if span[k] is None and recur[k] is None and recur[k - 1] is not None and recur[k - 1] == recur[k + 1]:
            recur[k] = recur[k - 1]
    gapped = gapped_clause(language)
    for k in range(count - 1):  # forward only: a part, a comparison or a second verb takes the first period
        repeated = k and span[k + 1] is None and span[k - 1] is not None
        if repeated and _repeats(text, figures, k, gapped, language):
            span[k + 1], recur[k + 1], how[k + 1] = span[k - 1], recur[k - 1], "coord"
            continue
        inside = figures[k][0] < figures[k + 1][0] and figures[k + 1][1] <= figures[k][1]  # "4,1 (3,8) Mio."
        if (inside and span[k] is not None) or _year_before(text, figures[k][1], figures[k + 1][0], span[k]):
            span[k + 1], recur[k + 1], how[k + 1] = span[k], recur[k], "before"
            continue
        if span[k + 1] is not None or recur[k + 1] is not None or (span[k] is None and recur[k] is None):
            continue
        own = span[k]
        lo, hi = figures[k][1], figures[k + 1][0]
        after = own.end if own is not None and lo <= own.start and own.end <= hi else lo
        if _PART.match(text, after, hi) or _VERSUS.match(text, after, hi):
            span[k + 1], recur[k + 1], how[k + 1] = span[k], recur[k], "coord"
        elif versus_words(language).fullmatch(text[after:hi].strip(" ,\u00a0")):  # "2,9 Mio. Euro nach 0,27"
            span[k + 1], recur[k + 1], how[k + 1] = span[k], recur[k], "before"
        elif own is not None and after == own.end and _AND_VERB.match(text, after, hi):
            span[k + 1], how[k + 1] = own, "coord"


def _year_before(text: str, lo: int, hi: int, own: Phrase | None) -> bool:
    """A figure compared with "last year's" of a part of a year, or its bare figure in brackets after it."""
    if own is None or own.kind != "span" or own.period is None or own.period.duration is None:
        return False
    length = own.period.duration
    if length.years or not length.months:
        return False
    after = own.end if lo <= own.start and own.end <= hi else lo
    if _BARE_OPEN.fullmatch(text, after, hi):
        return _BARE_FIGURE.match(text, hi) is not None
    return _YEAR_BEFORE.match(text, after, hi) is not None


def _resolve_shifts(
    span: list[Phrase | None], fronted: Phrase | None, phrases: list[Phrase]
) -> list[Period | None]:
    periods: list[Period | None] = []
    last: Period | None = fronted.period if fronted is not None else None
    for p in span:
        if p is None:
            periods.append(None)
            continue
        if p.kind != "shift":
            periods.append(p.period)
            if p.period is not None and (p.period.duration is not None or p.period.start is not None):
                last = p.period
            continue
        base = last
        if base is None:
            base = next((q.period for q in phrases if q.kind == "span" and q.end <= p.start), None)
        periods.append(_shift(p, base))
    return periods


def _shift(p: Phrase, base: Period | None) -> Period | None:
    by = p.shift or Duration(years=1)
    if base is None:
        return p.period
    if p.to_year is not None and base.start is not None:  # "the same period of 2020": back to that year
        if not 0 < base.start.year - p.to_year <= 50:
            return None
        by = Duration(years=base.start.year - p.to_year)
    if p.period is not None and p.period.duration is not None and p.period.duration != base.duration:
        if base.start is None:
            return p.period
        if by == p.period.duration:  # "the previous three months": the span just before the base
            return Period(duration=by, start=_minus(base.start, by), end=_minus(base.start, Duration(days=1)))
        return p.period
    if base.start is None and base.end is None:
        return Period(duration=base.duration, open_length=base.open_length)
    return shift_back(base, by)


def _minus(day: dt.date, by: Duration) -> dt.date:
    return day - by.relativedelta()


def _combine_years(span: list[Phrase | None], periods: list[Period | None], phrases: list[Phrase]) -> None:
    """'Q2 sales ... from 7.1 billion in 2014': a bare year narrows to the sentence's sub-year span."""
    sub = next((p for p in phrases if p.months is not None and p in span), None)
    if sub is None or sub.months is None:
        return
    first, months = sub.months
    for k, p in enumerate(span):
        period = periods[k]
        if p is None or p is sub or period is None or period.start is None or period.end is None:
            continue
        whole = year_span(period.start.year)
        if whole is not None and (whole.start, whole.end) == (period.start, period.end):
            periods[k] = month_span(period.start.year, first, months) or period


def _date_whole_years(span: list[Phrase | None], periods: list[Period | None], phrases: list[Phrase]) -> None:
    """'25年3月期の通期計画は98億円': an undated "full year" is the dated year the sentence names."""
    year = next(
        (
            p.period
            for p in phrases
            if p.period is not None and p.period.start is not None and p.period.duration == _ONE_YEAR
        ),
        None,
    )
    if year is None:
        return
    for k, p in enumerate(span):
        if p is not None and p.whole_year:
            periods[k] = year


_ONE_YEAR = Duration(years=1)


def _merge(period: Period | None, recurrence: Duration | None) -> Period | None:
    if recurrence is None:
        return period
    if period is None:
        return Period(recurrence=recurrence)
    return Period(period.duration, recurrence, period.start, period.end, period.open_length)
