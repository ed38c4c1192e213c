"""Find the period phrases of one sentence in a single regex scan.

>>> [(p.kind, str(p.period)) for p in find_phrases("spend $5 billion over the next four years", 0, Context())]
[('span', 'P4Y')]
>>> [(p.kind, str(p.period)) for p in find_phrases("$15 an hour in Q3 2024", 0, Context())]
[('recur', 'R/PT1H'), ('span', '2024-07-01/2024-09-30')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import cache

from dateutil.relativedelta import relativedelta

from moneyfacts.data.phrases import CONTRACT_NOUNS, YEAR_MEASURES
from moneyfacts.model import Duration, Period
from moneyfacts.periods.base import Context, Phrase, _fiscal, _months, _num, _sub_year, _times, _unit, _year
from moneyfacts.periods.calendar import (
    fiscal_start_for,
    fiscal_year,
    month_span,
    relative_span,
    year_span,
)
from moneyfacts.periods.first_chars import first_chars, guarded
from moneyfacts.periods.scan import lower_pattern, lowered, starts, trie_pattern
from moneyfacts.periods.words import MONTH_RE, MONTHS, NUM_RE, ORDINALS, RECURRENCE_WORDS

__all__ = ["Context", "Phrase", "find_phrases"]

_Y4 = r"(?:19|20)\d\d"
_PREP = r"(?:in|for|during|over|within|across|throughout|of)"


# --- handlers: each turns one match into a Phrase (or None to drop it) ---------------------------------

_Handler = Callable[[re.Match[str], int, Context], "Phrase | None"]


_ADJECTIVE = re.compile(r"(?:annual|quarterly|monthly|weekly|daily|yearly|hourly|每\w+)")
_FORWARD = re.compile(r"\s+(?:where|when|in\s+which)(?!\w)")
_SPACES = re.compile(r"\s+")


def _recur(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    unit = m.group("rc_u")
    if unit:
        rec = _unit(unit)
    else:
        word = _SPACES.sub(" ", m.group(0).lower().strip())
        rec = RECURRENCE_WORDS.get(word, Duration(years=1))
    adjective = bool(_ADJECTIVE.fullmatch(m.group(0).lower()))
    # "every year, ..." and "a year where ..." govern the clause that follows them
    forward = bool(unit) and (
        m.group(0).startswith(("each", "every")) or _FORWARD.match(m.string, m.end()) is not None
    )
    period = Period(recurrence=rec)
    return Phrase(base + m.start(), base + m.end(), "recur", period, adjective=adjective, forward=forward)


def _adj_duration(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    if m.group("ad_multi"):
        return Phrase(base + m.start(), base + m.end(), "span", Period(open_length=True), adjective=True)
    n = _num(m.group("ad_n"))
    if not n:
        return None
    return Phrase(
        base + m.start(), base + m.end(), "span", Period(duration=_times(_unit(m.group("ad_u")), n)), True
    )


def _the_decade(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    """ "over the decade": ten years, with no dates the text pins."""
    del ctx
    return Phrase(base + m.start(), base + m.end(), "span", Period(duration=Duration(years=10)))


def _relative(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    direction = m.group("dr_dir").lower()
    unit_word = m.group("dr_u").lower()
    unit = _unit(unit_word)
    n = _num(m.group("dr_n"))
    prep = m.group("dr_prep")
    start, end = base + m.start(), base + m.end()
    if direction in ("previous", "preceding", "prior") and n:
        return Phrase(start, end, "shift", Period(duration=_times(unit, n)), shift=_times(unit, n))
    if n is None and not unit_word.endswith("s") and unit_word != "decade" and direction in ("last", "next"):
        return _calendar_deictic(direction, unit, start, end, ctx, prep is not None)
    duration = _times(unit, n or 1)
    if ctx.reference_date is not None and direction in ("next", "coming", "following", "upcoming"):
        period = relative_span(ctx.reference_date, "next", duration)
    elif ctx.reference_date is not None and direction in ("past", "last", "previous", "preceding"):
        period = relative_span(ctx.reference_date, "past", duration)
    else:
        period = Period(duration=duration)
    return Phrase(start, end, "span", period)


def _calendar_deictic(word: str, unit: Duration, start: int, end: int, ctx: Context, prep: bool) -> Phrase:
    """'last month', 'this year', 'next quarter': the calendar unit before, at or after the reference."""
    months = unit.years * 12 + unit.months
    ref = ctx.reference_date
    if not months:
        return Phrase(start, end, "deictic", Period(duration=unit))
    period: Period | None = Period(duration=unit)
    if ref is not None:
        first = dt.date(ref.year, ((ref.month - 1) // months) * months + 1, 1)
        step = {"last": -1, "this": 0, "current": 0, "next": 1}.get(word, 0)
        first = first + relativedelta(months=months * step)
        period = month_span(first.year, first.month, months)
    return Phrase(start, end, "span" if prep else "deictic", period)


def _this(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    word = m.group("th_w").lower().split()[-1]
    unit = _unit(m.group("th_u"))
    return _calendar_deictic(word, unit, base + m.start(), base + m.end(), ctx, False)


def _plain_duration(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    n = _num(m.group("dp_n"))
    if not n:
        return None
    period = Period(duration=_times(_unit(m.group("dp_u")), n))
    return Phrase(base + m.start(), base + m.end(), "span", period)


def _calendar_year(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    prep = (m.group("cy_prep") or "").lower().split()
    y1 = int(m.group("cy_y"))
    y2_text = m.group("cy_y2") or m.group("cy_y3")
    start, end = base + m.start(), base + m.end()
    fiscal = m.group("cy_fisc")
    word = prep[0] if prep else ""
    if y2_text:
        if word in ("by", "through", "until", "till", "to", "since", "from") and "/" in m.group(0):
            return None
        y2 = int(y2_text) if len(y2_text) == 4 else (y1 // 100) * 100 + int(y2_text)
        if y2 == y1 + 1 and (len(y2_text) == 2 or "/" in m.group(0) or fiscal):
            return Phrase(start, end, "span", _fiscal(y1, y2, ctx))
        if y2 <= y1 or y2 - y1 > 50:
            return None
        first, last = year_span(y1), year_span(y2)
        if first is None or last is None:
            return None
        period = Period(duration=Duration(years=y2 - y1 + 1), start=first.start, end=last.end)
        return Phrase(start, end, "span", period)
    if fiscal:
        return Phrase(start, end, "span", _fiscal(y1, None, ctx))
    if not prep and not _YEAR_MEASURE.match(m.string, m.end()):
        return None
    span = year_span(y1)
    if span is None:
        return None
    if word in ("by", "through", "until", "till", "to"):
        return Phrase(start, end, "span", Period(end=span.end))
    if word in ("since", "from"):
        return Phrase(start, end, "span", Period(start=span.start))
    return Phrase(start, end, "span", span)


def _fiscal_label(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    y1 = _year(m.group("fy_y"), ctx)
    y2 = _year(m.group("fy_y2"), ctx)
    return Phrase(base + m.start(), base + m.end(), "span", _fiscal(y1, y2, ctx))


def _fiscal_word(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    y1 = _year(m.group("fs_y"), ctx)
    y2 = _year(m.group("fs_y2"), ctx)
    return Phrase(base + m.start(), base + m.end(), "span", _fiscal(y1, y2, ctx))


def _fiscal_relative(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    word = m.group("fr_w").lower()
    step = {"next": 1, "coming": 1, "upcoming": 1, "previous": -1, "last": -1, "prior": -1}.get(word, 0)
    period = Period(duration=Duration(years=1))
    start = ctx.fiscal_year_start or fiscal_start_for(ctx.language, ctx.government)
    ref = ctx.reference_date
    if start is not None and ref is not None:
        label = ref.year if (ref.month, ref.day) < start or start == (1, 1) else ref.year + 1
        period = fiscal_year(label + step, start) or period
    return Phrase(base + m.start(), base + m.end(), "span", period)


def _year_ending(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    """'quarter ended June 30, 2021', 'six months to March', 'the fiscal year ending June 2025'."""
    what = m.group("pe_what").lower()
    count = 3 if "quarter" in what else 6 if "half" in what else 12 if "year" in what else 0
    if not count:
        count = _num(what.split()[0].split("-")[0]) or 0
        if "year" in what:
            count *= 12
    month = MONTHS.get(m.group("pe_m").lower().rstrip("."), 0)
    if not count or not month or count > 120:
        return None
    year = _year(m.group("pe_y"), ctx)
    if year is None and ctx.reference_date is not None:
        ref = ctx.reference_date
        last_day = month_span(ref.year, month, 1)
        year = (
            ref.year
            if last_day is not None and last_day.end is not None and last_day.end <= ref
            else ref.year - 1
        )
    start, end = base + m.start(), base + m.end()
    if year is None:
        return Phrase(start, end, "span", Period(duration=_months(count)))
    first = dt.date(year, month, 1) - relativedelta(months=count - 1)
    return Phrase(start, end, "span", month_span(first.year, first.month, count))


def _quarter(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    ordinal = m.group("q_ord") or m.group("q_n") or m.group("q_n2") or m.group("q_zh") or ""
    n = ORDINALS.get(ordinal.lower()) or (int(ordinal) if ordinal.isdigit() else None)
    if n is None or not 1 <= n <= 4:
        return None
    year = _year(m.group("q_y") or m.group("q_yzh"), ctx)
    start, end = base + m.start(), base + m.end()
    if m.group("q_fisc"):
        return Phrase(start, end, "span", Period(duration=Duration(months=3)))
    if year is None and m.group("q_this"):
        year = ctx.reference_date.year if ctx.reference_date else None
    period, open_year = _sub_year(3 * n - 2, 3, year, ctx)
    return Phrase(start, end, "span", period, months=(3 * n - 2, 3) if open_year or year is None else None)


def _quarter_plain(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    return Phrase(base + m.start(), base + m.end(), "span", Period(duration=Duration(months=3)))


def _half(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    word = (m.group("h_ord") or m.group("h_n") or m.group("h_n2") or "").lower()
    n = 1 if word in ("first", "1st", "1", "上") else 2 if word in ("second", "2nd", "2", "下") else 0
    start, end = base + m.start(), base + m.end()
    if not n:
        return Phrase(start, end, "span", Period(duration=Duration(months=6)))
    year = _year(m.group("h_y"), ctx)
    period, _open = _sub_year(6 * n - 5, 6, year, ctx)
    return Phrase(start, end, "span", period, months=(6 * n - 5, 6) if year is None else None)


def _month_range(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    first = MONTHS.get(m.group("mr_a").lower().rstrip("."), 0)
    last = MONTHS.get(m.group("mr_b").lower().rstrip("."), 0)
    if not first or not last or last < first:
        return None
    year = _year(m.group("mr_y"), ctx)
    period, _open = _sub_year(first, last - first + 1, year, ctx)
    months = (first, last - first + 1) if year is None else None
    return Phrase(base + m.start(), base + m.end(), "span", period, months=months)


def _month(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    name = m.group("mo_m").lower()
    year = _year(m.group("mo_y"), ctx)
    if name == "may" and year is None:
        return None
    month = MONTHS[name]
    period, _open = _sub_year(month, 1, year, ctx)
    return Phrase(
        base + m.start(), base + m.end(), "span", period, months=(month, 1) if year is None else None
    )


def _shift(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    what = (m.group("sh_what") or "").lower()
    duration = (
        Duration(months=3)
        if "quarter" in what
        else Duration(months=6)
        if "half" in what
        else Duration(months=1)
        if "month" in what
        else Duration(years=1)
        if "year" in what
        else None
    )
    period = Period(duration=duration) if duration else None
    return Phrase(base + m.start(), base + m.end(), "shift", period, shift=Duration(years=1))


def _zh_year(m: re.Match[str], base: int, ctx: Context) -> Phrase | None:
    span = year_span(int(m.group("zy_y")))
    return Phrase(base + m.start(), base + m.end(), "span", span) if span else None


def _words_re(words: Iterable[str]) -> str:
    """Literal ``words`` as one prefix-factored alternation, each bounded where it starts or ends a word."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in words:
        head = word[0].isalnum() and word[0] < "\u3000"
        tail = word[-1].isalnum() and word[-1] < "\u3000"
        groups.setdefault((head, tail), []).append(word)
    parts = []
    for (head, tail), members in sorted(groups.items()):
        body = trie_pattern(members).replace("\\ ", r"\s+")
        parts.append((r"(?<!\w)" if head else "") + "(?:" + body + ")" + (r"(?!\w)" if tail else ""))
    return "|".join(parts)


_UNIT_RE = r"(?:years?|yrs?|months?|quarters?|weeks?|days?|hours?|decades?)"
_QORD = (
    r"first|second|third|fourth|1st|2nd|3rd|4th|primeiro|primer|premier|1er|primo|segundo|deuxième|2e|"
    r"secondo|terceiro|tercer|troisième|3e|terzo|quarto|cuarto|quatrième|4e|ersten|zweiten|dritten|vierten"
)
_LANG_PREP = r"in|for|during|throughout|en|em|nel|im\s+Jahr|år|в|durante|pour|para|no\s+ano\s+de"

_CONTRACTS = "|".join(sorted(CONTRACT_NOUNS))
_YEAR_MEASURE = re.compile(  # "2025 revenue", "2025 adjusted EPS": a bare year dates the measure after it
    r"\s+(?:[a-z][a-z-]*\s+)?(?:" + "|".join(sorted(YEAR_MEASURES)) + r")(?!\w)"
)

_PATTERNS: tuple[tuple[str, str, _Handler], ...] = (
    (
        "sh",
        r"(?:(?:in|from|for|during|over)\s+)?(?:the\s+|a\s+)?(?:(?:same|corresponding|comparable|similar|matching|"
        r"equivalent|year[-\s]ago|"
        r"prior[-\s]year|year[-\s]earlier)\s+(?P<sh_what>period|quarter|half|month|year)"
        r"(?:\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year))?"
        r"|a\s+year\s+(?:earlier|ago|before))(?!\w)",
        _shift,
    ),
    (
        "pe",
        r"(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|last|latest|final|full|"
        r"fiscal|financial)[-\s]+)?(?P<pe_what>quarter|half[-\s]year|half|year|"
        + NUM_RE
        + r"[-\s]months?|"
        + NUM_RE
        + r"[-\s]years?)\s+(?:ended|ending|to|through)\s+(?:in\s+|on\s+)?(?:the\s+end\s+of\s+|end[-\s])?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<pe_m>may|"  # after "ended", "May" is the month
         + MONTH_RE + r")(?:\s+(?P<pe_d>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<pe_y>" + _Y4 + r"))?(?![\w/-])",
        _year_ending,
    ),
    (
        "q",
        r"(?:(?:in|for|during|of|no|en|au|nel|im)\s+)?(?:the\s+|o\s+|el\s+|le\s+)?(?:(?P<q_ord>"
        + _QORD
        + r")[-\s]+(?:fiscal\s+)?(?:quarter|trimestre|quartal)|Q(?P<q_n>[1-4])|(?P<q_n2>[1-4])Q)"
        r"(?:(?:\s+(?:of\s+|de\s+|del\s+|do\s+|du\s+|di\s+)?|\s*)(?:(?P<q_fisc>fiscal(?:\s+year)?|"
        r"financial\s+year|FY)\s*'?(?:" + _Y4 + r"|\d\d)(?!\d)|'?(?P<q_y>" + _Y4 + r"|(?<=[QFY'])\d\d)(?!\d)|"
        r"(?P<q_this>(?:deste|de\s+este|di\s+quest'|de\s+cette)\s*(?:ano|año|anno|année)|this\s+year)))?"
        r"(?![\w-])|(?:(?P<q_yzh>" + _Y4 + r")年)?(?:第)?(?P<q_zh>[一二三四1-4])季度",
        _quarter,
    ),
    (
        "h",
        r"(?:(?:in|for|during|of)\s+)?(?:the\s+)?(?:(?:(?P<h_ord>first|second|1st|2nd)[-\s]half|H(?P<h_n>[12])|"
        r"(?P<h_n2>[12])H)(?:\s*(?:of\s+)?(?:fiscal\s+|FY\s*)?'?(?P<h_y>" + _Y4 + r"|(?<=[H'Y])\d\d)(?!\d))?"
        r"(?![\w-])|half[-\s]year(?![\w-])|(?<=the\s)half(?![\w-]))|(?P<h_zh>[上下])半年",
        _half,
    ),
    (
        "qr",
        r"(?:in|for|during)\s+the\s+(?:quarter|three\s+months)(?:\s+under\s+review)?(?!\s+(?:ended|ending|to))"
        r"(?![\w-])",
        _quarter_plain,
    ),
    (
        "mr",
        r"(?:(?:in|for|during)\s+)?(?:the\s+)?(?P<mr_a>"
        + MONTH_RE
        + r")(?:\s*[-–]\s*|[-\s](?:to|through|until)[-\s])"
        r"(?P<mr_b>"
        + MONTH_RE
        + r")(?:\s+(?:quarter|period|half))?(?:,?\s+(?:of\s+)?(?P<mr_y>"
        + _Y4
        + r"))?(?![\w-])",
        _month_range,
    ),
    (
        "fl",
        r"(?:(?:in|for|during|of)\s+)?(?:the\s+)?FY\s*'?(?P<fy_y>"
        + _Y4
        + r"|\d\d)(?:\s*[-–/]\s*(?P<fy_y2>"
        + _Y4
        + r"|\d\d))?(?![\d\w])",
        _fiscal_label,
    ),
    (
        "fs",
        r"(?:(?:in|for|during|of|de|l')\s*)?(?:the\s+)?(?:full\s+)?(?:fiscal|financial|exercice|ejercicio|"
        r"exercício|esercizio|Geschäftsjahr|boekjaar|räkenskapsåret)(?:\s+year)?(?:\s+(?:de|of))?\s+"
        r"(?P<fs_y>" + _Y4 + r")(?:\s*[-–/]\s*(?P<fs_y2>" + _Y4 + r"|\d\d))?(?![\d\w])",
        _fiscal_word,
    ),
    (
        "fr",
        r"(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?P<fr_w>this|current|next|coming|upcoming|previous|last|"
        r"prior)\s+(?:fiscal|financial)(?:\s+year)?(?!\w)",
        _fiscal_relative,
    ),
    (
        "cy",
        r"(?:(?P<cy_prep>(?:in|for)\s+the\s+(?:full\s+|calendar\s+)?year|the\s+year|"
        + _LANG_PREP
        + r"|through|"
        r"until|till|by|since|from|between|of)\s+)?(?:the\s+)?(?<!\d)(?P<cy_y>" + _Y4 + r")(?:\s*[-–/]\s*"
        r"(?P<cy_y2>" + _Y4 + r"|\d\d)|\s+(?:to|and|through|until)\s+(?P<cy_y3>" + _Y4 + r"))?(?![\d\w/-])"
        r"(?:\s+(?P<cy_fisc>fiscal|financial\s+year)(?!\w))?(?!\s+(?:prices|dollars|terms|constant))",
        _calendar_year,
    ),
    (
        "dr",
        r"(?:(?P<dr_prep>over|for|during|within|across|throughout|in)\s+)?(?:the\s+)?(?P<dr_dir>next|coming|"
        r"past|last|previous|preceding|prior|following|upcoming)\s+(?:(?P<dr_n>" + NUM_RE + r")\s+)?"
        r"(?P<dr_u>" + _UNIT_RE + r")(?!\w)",
        _relative,
    ),
    (
        "dd",
        r"(?:over|during|across|throughout|within)\s+the\s+decade(?!\w)",
        _the_decade,
    ),
    (
        "th",
        r"(?P<th_w>this|the\s+current|current)\s+(?P<th_u>year|month|quarter|week)(?!\w)",
        _this,
    ),
    (
        "dp",
        r"(?:over|for|within|across|throughout|spanning|in\s+(?:just\s+)?(?:only\s+)?(?:under\s+)?(?=just|only|"
        r"under|\d)|in\s+just|in\s+only)\s*(?:a\s+period\s+of\s+)?(?:the\s+)?(?P<dp_n>" + NUM_RE + r"|a|an)"
        r"\s+(?P<dp_u>" + _UNIT_RE + r")(?!\w)(?!\s+(?:earlier|ago|later|before|after|old))",
        _plain_duration,
    ),
    (
        "ad",
        r"(?P<ad_multi>multi[-\s]?(?:year|decade|month))(?!\w)|(?<![\w-])(?P<ad_n>" + NUM_RE + r")[-‐]"
        r"(?P<ad_u>year|month|quarter|week|day|hour|decade)(?:[-\s]long)?(?![\w-])",
        _adj_duration,
    ),
    (
        "zy",
        r"(?P<zy_y>" + _Y4 + r")年(?:度)?(?!\d{1,2}月)",
        _zh_year,
    ),
    (
        "mo",
        r"(?:(?:in|for|during)\s+)?(?<!\d\s)"
        # without a preposition, a month before a contract's noun names the contract: "December Brent crude"
        r"(?:(?<=in\s)|(?<=for\s)|(?<=during\s)|(?![a-z]+\s+(?:" + _CONTRACTS + r")(?!\w)))"
        r"(?P<mo_m>january|february|march|april|may|june|july|august|september|"
        r"october|november|december)(?:\s+(?P<mo_y>" + _Y4 + r"))?(?!\s*\d)(?![\w-])",
        _month,
    ),
    (
        "rc",
        r"(?<!\bin\s)(?:(?:a|an|per|each|every)\s+|/\s*)(?P<rc_u>year|yr|annum|month|mo|quarter|week|wk|day|hour|"
        r"hr|h)(?!\w)(?!\s+(?:earlier|ago|before|later|prior|previously|or\s+so|old))(?![-\s]on[-\s])|"
        + _words_re(RECURRENCE_WORDS),
        _recur,
    ),
)

_HANDLERS: dict[str, _Handler] = {name: handler for name, _pattern, handler in _PATTERNS}


def _language(ctx: Context) -> str:
    return (ctx.language or "en").replace("-", "_").split("_")[0].lower()


@cache
def _scanner(language: str = "en") -> tuple[re.Pattern[str], dict[str, _Handler], re.Pattern[str] | None]:
    """The phrase pattern of ``language`` (its own words first, then the English ones), its handlers and
    the pattern of its cue words."""
    from moneyfacts.periods.local import cue_words, first_characters, language_words, local_patterns
    from moneyfacts.periods.local_read import EVERY_LANGUAGE, LOCAL_HANDLERS

    own = local_patterns(language)
    local = [*own, *EVERY_LANGUAGE]

    def member(name: str, pattern: str) -> str:  # each member behind its own opening characters too
        return guarded(lower_pattern(f"(?P<{name}>{pattern})"))

    def group(guard: str, patterns: list[tuple[str, str]]) -> str:  # one guard fails every member at once
        return guard + "(?:" + "|".join(member(name, pattern) for name, pattern in patterns) + ")"

    parts = [group(first_characters(language), own)] if own else []
    parts.append(group("(?=[a-z])", list(EVERY_LANGUAGE)))
    parts.extend(member(name, pattern) for name, pattern, _h in _PATTERNS)
    joined = "|".join(parts)
    handlers = {**_HANDLERS, **{name: LOCAL_HANDLERS[name] for name, _p in local}}
    cues = cue_words(language_words(language)) if own else []
    cue = re.compile(trie_pattern(c.lower() for c in cues) + r"|(?:19|20)\d\d") if cues else None
    return re.compile(lower_pattern(joined)), handlers, cue


def find_phrases(sentence: str, base: int, ctx: Context) -> list[Phrase]:
    """Every period phrase of ``sentence`` (which starts at ``base`` of the text), in order."""
    out: list[Phrase] = []
    low = lowered(sentence)
    pattern, handlers, cue = _scanner(_language(ctx))
    match = pattern.match
    first = first_chars(pattern)  # where it fails, the whole pattern fails: a cheap rejection
    done = 0
    for pos in starts(low, cue):
        if pos < done or (first is not None and first.match(low, pos) is None):
            continue
        m = match(low, pos)
        if m is None or m.end() == pos:
            continue
        done = m.end()
        handler = handlers.get(m.lastgroup or "")
        phrase = handler(m, base, ctx) if handler is not None else None
        if phrase is not None and (phrase.period is not None or phrase.kind == "shift"):
            out.append(phrase)
    return out
