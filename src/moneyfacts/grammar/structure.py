"""Figure structure around an amount: ranges, glosses, per-unit denominators, percentages, coins.

Functions over a :class:`~moneyfacts.grammar.region.Region` that read what stands beside an amount:
"$5-6 billion", "380 billion yuan (US$52.4 billion)", "$80 a barrel", "60 per cent", "eight quarters".
"""

from __future__ import annotations

from decimal import Decimal

from moneyfacts.data import phrases
from moneyfacts.grammar import minor_parts as _minor_parts
from moneyfacts.grammar.figures import Figure, MarkHit
from moneyfacts.grammar.region import Region
from moneyfacts.grammar.shared_scale import borrow, dropped_currency, prior_inside, priors, vague_at, year
from moneyfacts.numbers.digits import parse_cjk_numeral, parse_number_words
from moneyfacts.reading.lexicon import Mark
from moneyfacts.reading.scan import CJK, NUM, SYM, WORD, Tok
from moneyfacts.resolve.units import cldr_per_word, unit_name

_OPEN = frozenset({"(", "（", "["})

_CLOSE = frozenset({")", "）", "]"})
# What may stand between a figure and a restatement after a connector: "€5m, or about $5.4m", "— roughly".
_SEPARATORS = frozenset({",", "—", "–", "-", "，", "、", "،"})
_DASHES = frozenset({"—", "–", "-"})

# "and" joins a range only after "between"; word joiners other than "to" need an opener too.
_AND_JOINERS = frozenset(
    (w,) for w in ("and", "und", "et", "y", "e", "i", "en", "и", "và", "si", "și", "og", "och", "agus")
)

_TO_JOINERS = frozenset(
    (w,)
    for w in (
        "to", "bis", "à", "a", "до", "do", "到", "至", "tot", "till", "til", "sampai", "hingga", "đến", "tới",
        "עד", "الى", "إلى", "hasta", "até", "fino", "naar",
    )
)  # fmt: skip

_GLOSS_COPULAS = frozenset({"is", "was", "are", "were", ":", "=", "|", ",", "of", "at", "loss", "net"})


_UNIT_HEADS = frozenset({"metric", "square", "sq", "troy", "cubic", "short", "long", "stapled", "fine"})

__all__ = [
    "accounting",
    "cantonese_dollars",
    "coins_at",
    "direct",
    "dropped_currency",
    "named_alone",
    "per_before",
    "percent_at",
    "range_tail",
    "running_coin",
    "trailing",
    "vague_at",
]


def cantonese_dollars(p: Region, i: int) -> Figure | None:
    """Cantonese dollars in a price string: 五個半 (5.5), 個九 (1.9), 三個一毫四 (3.14)."""
    k, value = i, Decimal(1)
    if p.toks[i].kind == CJK:
        parsed = parse_cjk_numeral(p.toks[i].text)
        if parsed is None:
            return None
        k, value = i + 1, parsed
    if not _minor_parts.counter_dollar(p, k):
        return None
    end, total = _minor_parts.cjk_cents(p, k + 1, value)
    if end == k + 1 and end != p.n:
        return None
    return Figure(i, end, value=total, mark=MarkHit(Mark((), False), k, k + 1))


def coins_at(p: Region, i: int) -> Figure | None:
    """Coins, read only when the whole string names them: "a dime", "eight quarters", "nickel", "שנקל"."""
    last = p.n - 1
    coin = phrases.COIN_VALUES.get(p.low(last))
    code = p.lex.territory_currency
    if coin is None and p.low(last) in phrases.COUNTED_NAMES:
        coin, code = phrases.COUNTED_NAMES[p.low(last)]
    if coin is None or i != 0:
        return None
    count = Decimal(1)
    if last > 0:
        words = [t.low for t in p.toks[:last]]
        parsed = parse_number_words(words, p.language) if words != ["a"] and words != ["an"] else None
        if parsed is None and words not in (["a"], ["an"]):
            return None
        if parsed is not None:
            if parsed[1] != len(words):
                return None
            count = parsed[0]
    mark = MarkHit(Mark((code,), False), last, last + 1) if code else None
    return Figure(0, p.n, value=count * Decimal(coin), mark=mark)


def running_coin(p: Region, i: int) -> Figure | None:
    """A coin or note named by a word that means nothing else, with the count before it if any: Dutch
    "een kwartje" (a quarter), "twee tientjes" (two tens), in the locale's currency."""
    coin = phrases.RUNNING_COINS.get(p.language, {}).get(p.low(i))
    if coin is None:
        return None
    start, count = i, Decimal(1)
    for k in range(max(0, i - 4), i):
        num = p.number_at(k)
        if num is not None and num[1] == i and num[2] == 0:
            start, count = k, num[0]
            break
    code = p.lex.territory_currency
    mark = MarkHit(Mark((code,), False), i, i + 1) if code else None
    return Figure(start, i + 1, value=count * Decimal(coin), mark=mark)


def named_alone(p: Region, i: int) -> Figure | None:
    """A currency named alone in a price string is one of it, in a language without an indefinite
    article: "שקל" (a shekel), "אגורה" (an agora), "שקל בודד" (a single shekel), "שקל וחצי" (1.5)."""
    if i != 0 or p.language not in phrases.NO_INDEFINITE_ARTICLE:
        return None
    hit = p.mark_at(0)
    if hit is None or hit.mark.kind in ("code", "symbol") or p.toks[0].kind != WORD:
        return None
    if not (hit.mark.codes or hit.minor) or not p.toks[0].text.isalpha():
        return None
    value, end = Decimal(1), hit.end
    if p.low(end) in phrases.SINGLE_WORDS:
        end += 1
    end, value = _minor_parts.half_after(p, end, value)
    if end != p.n:
        return None
    return Figure(0, end, value=value.scaleb(-hit.minor) if hit.minor else value, mark=hit)


_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "each", "every"})


def range_tail(p: Region, fig: Figure) -> None:
    """Join ``fig`` with a second end: "$5-6 billion", "between 15 and 25 dollars"."""
    if fig.mark is None and prior_inside(p, fig):
        return
    lone_word = fig.end == fig.start + 1 and p.toks[fig.start].kind == WORD
    if fig.mark is None and lone_word and p.low(fig.start - 1) in _DETERMINERS:
        return  # "for the half to 7.3c": a number word after a determiner is a noun
    j = fig.end
    size = p.seq_at(j, p.ph.joiners)
    glued = p.clitic(j)
    if size:
        words = tuple(t.low for t in p.toks[j : j + size])
    elif (glued,) in p.ph.joiners.values:
        words = (glued,)  # the joiner written onto the second end: "وعشرون" (and twenty), "לעשרים" (to 20)
    else:
        return
    opener = p.seq_before(fig.start, p.ph.openers)
    opened = opener or (p.clitic(fig.start),) in p.ph.openers.values  # "מעשר" (from ten)
    if words == ("a",) and (p.profile.indefinite_a or p.low(j + 1) in phrases.PER_UNITS):
        return  # "64.2 cents a dozen", "64,2 centesimi a dozzina": a price per unit, not a range
    needs_opener = words in _AND_JOINERS or (p.toks[j].kind == WORD and words not in _TO_JOINERS)
    if needs_opener and not opened:
        return
    between = opener and p.low(fig.start - opener) in phrases.RANGE_BETWEEN
    if not between and (_movement(p, fig.start - opener) if opened else _moved_from(p, fig.start)):
        borrow(p, fig, j + size)  # "van 2,5 naar 3,5 euro": two figures, the first in the second's currency
        return
    if not opened and p.toks[j].kind == WORD and _movement(p, fig.start):
        return  # "shares rose $1.20 to $45.60": the change and the new price
    k = j + size
    k += p.seq_at(k, p.ph.before) if size else 0  # "from $300,000 to over $2 million"
    other = p.amount_at(k)
    if other is None or other.value is None or fig.value is None:
        return
    if (
        fig.mark is not None
        and other.mark is not None
        and (fig.mark.mark.codes[:1] != other.mark.mark.codes[:1] or fig.mark.minor != other.mark.minor)
    ):
        return
    if fig.mark is None and other.mark is None and not p.bare:
        return
    low, high = fig.value, other.value
    if not fig.scaled and other.scaled and low.scaleb(other.power) <= high:
        low = low.scaleb(other.power)  # "$5-6 billion": the scale written once applies to both ends
    if fig.mark is None and other.mark is not None and other.mark.minor:
        low = low.scaleb(-other.mark.minor)
    if low > high or low == high:
        return
    if fig.mark is None and (year(p, fig) or (low > 0 and high / low > 1000 and not fig.scaled)):
        return  # "in fiscal 2025 to $5 billion": a year or a stray number is no range's end
    if words == ("-",) and _year_span(p, fig, other):
        return
    fig.low, fig.high, fig.value = low, high, None
    fig.mark = fig.mark or other.mark
    fig.end = other.end
    fig.qualifier = "range"
    fig.power = fig.power or other.power
    if opener:
        fig.start -= opener


def rupees_by_scale(p: Region, fig: Figure) -> MarkHit | None:
    """Rupees, inferred, for an amount counted in lakh or crore after a word of money.

    "Capital Expenditure 11.51L Cr" states no currency, but only rupees are counted in crore; "5 crore
    people" has no word of money before it and stays no money.
    """
    scale = next((k for k in range(fig.start, fig.end) if p.low(k) in phrases.RUPEE_SCALES), None)
    after = p.low(fig.end)
    if scale is None or (after and p.toks[fig.end].kind == WORD and after not in phrases.UNIT_STOPS):
        return None  # "5 crore people": a count of the noun after it
    for k in range(fig.start - 1, max(fig.start - 4, -1), -1):
        if p.low(k) in phrases.MONEY_NOUNS:
            return MarkHit(Mark(("INR",), False), scale, scale + 1)
        if p.toks[k].kind != WORD and p.toks[k].text not in (":", "-", "–"):
            break
    return None


def _year_span(p: Region, fig: Figure, other: Figure) -> bool:
    a, b = p.toks[fig.start].text, p.toks[other.start].text
    years = a.isdigit() and len(a) == 4 and b.isdigit() and len(b) in (2, 4)
    return years and fig.mark is None and other.mark is None


def _movement(p: Region, i: int) -> bool:
    """Whether a word of movement stands just before token ``i`` ("rose from ...")."""
    return any(p.low(k) in phrases.MOVEMENT_WORDS for k in range(i - 1, max(i - 4, -1), -1))


def _moved_from(p: Region, i: int) -> bool:
    """Whether "from" after a word of movement opens the clause of token ``i``, a few words back:
    "could climb from its present level of $7 billion to nearly $12 billion" is a movement."""
    for k in range(i - 1, max(i - 7, -1), -1):
        if p.toks[k].kind != WORD:
            return False
        if p.seq_at(k, p.ph.openers) and _movement(p, k):
            return True
    return False


def trailing(p: Region, fig: Figure) -> None:
    """Glosses, per-unit words and a trailing qualifier after a figure."""
    per_unit(p, fig)
    before = fig.end
    gloss(p, fig)
    if fig.end == before:
        priors(p, fig)
    if fig.end > before and p.toks[fig.end - 1].text in _CLOSE:
        per_unit(p, fig)  # "HK$1.623 (US$0.21) per share": the unit after a bracket is the figure's
    at = fig.end
    size = p.seq_at(at, p.ph.after)
    if not size and at < p.n and p.toks[at].text == "-" and not p.toks[at].spaced:
        at += 1  # "Rs 30 lakh-plus"
        size = p.seq_at(at, p.ph.after)
    if size and fig.qualifier is None:
        fig.end = at
        words = tuple(t.low for t in p.toks[fig.end : fig.end + size])
        # a word-led trailing qualifier must not start a new phrase ("plus" a noun)
        fig.qualifier = p.ph.after[words]
        fig.end += size


def per_unit(p: Region, fig: Figure) -> None:
    """The unit a price is quoted per, after it: "$80 a barrel", "1,20 Euro je Aktie", "3 zł na akcję"."""
    if fig.per is not None:
        return
    j = fig.end
    hyphen = p.low(j) == "-" and not p.toks[j].spaced
    if hyphen:
        j += 1  # "12-cent-a-share"
    word = p.low(j)
    if word in phrases.DISTRIBUTIVE_LEADS and p.low(j + 1) in phrases.DISTRIBUTIVES:
        _distributive(p, fig, j + 2)  # "$10,000 for each permanent resident"
        return
    if word in phrases.PER_FUSED:
        fig.per, fig.end = phrases.PER_FUSED[word], j + 1  # "0.28 ريال للسهم"
        return
    cldr = word == cldr_per_word(p.language) and word not in phrases.PER_WORDS
    if word not in phrases.PER_WORDS and not cldr:
        return
    if word in ("/",) and j + 1 < p.n and p.toks[j + 1].spaced:
        return
    k = j + 1
    if (hyphen and p.low(k) == "-") or (word == "pr" and p.low(k) == "."):
        k += 1  # "12-cent-a-share", Danish and Norwegian "pr. aktie"
    if k >= p.n or p.toks[k].kind not in (WORD, NUM):
        return
    unit_toks = _unit_phrase(p, k)
    if not unit_toks:
        return
    first, head = _head(p, unit_toks)
    low = unit_toks[head].low
    if low in phrases.TIME_UNITS or low in ("cent", "cents", "annum"):
        return
    if (word in phrases.PER_WORDS_KNOWN_ONLY or cldr) and not _known_unit(low):
        return  # a preposition, or CLDR's word of a language where it is one too ("á", "ανά")
    if p.seq_at(j, p.ph.percent):
        return
    fig.per = unit_name(p.text[unit_toks[first].start : unit_toks[head].end])
    fig.end = k + len(unit_toks)


def _head(p: Region, words: list[Tok]) -> tuple[int, int]:
    """Where a unit phrase's name starts and which word is its head: a known unit, else a plural
    noun after a modifier, else the head noun of the language's word order ("per eligible employee" ->
    employee, "par salarié éligible" -> salarié). Words that make the unit stay with it: "per 1,000
    cubic feet", "per square foot", "per million British thermal units"."""
    for n in range(len(words) - 1):
        if f"{words[n].low} {words[n + 1].low}" in phrases.UNIT_NAMES:
            return n, n + 1  # a name of two words: Vietnamese "cổ phiếu" (share)
    head = next((n for n, t in enumerate(words) if _known_unit(t.low) and t.low not in _UNIT_HEADS), None)
    plain = [n for n, t in enumerate(words) if t.kind == WORD and t.low not in phrases.UNIT_CLASSIFIERS]
    if head is None:
        plural = [n for n in plain[1:] if words[n].low.endswith("s") and len(words[n].low) > 3]
        if plural and p.language not in phrases.HEAD_FIRST:
            return 0, plural[0]
        if not plain:
            return 0, len(words) - 1
        head = plain[0] if p.language in phrases.HEAD_FIRST else plain[-1]
    if words[0].kind == NUM or words[0].low in p.lex.scales:
        return 0, head  # "per million British thermal units": a count of the unit
    first = head
    while first > 0 and words[first - 1].low in _UNIT_HEADS:
        first -= 1
    return first, head


def _known_unit(low: str) -> bool:
    return low in phrases.PER_UNITS or low in phrases.UNIT_NAMES or low in phrases.TIME_UNITS


def _distributive(p: Region, fig: Figure, k: int) -> None:
    """The noun phrase after "for each": "$500 for each Ontario household with a licence".

    A capitalised name in front of lower-case words says whose the unit is, not what it is, and is left
    out ("Hong Kong"); the phrase ends at a word that starts a new phrase.
    """
    toks = p.toks
    end = k
    while end < p.n and toks[end].kind == WORD and toks[end].low not in phrases.UNIT_STOPS and end - k < 6:
        end += 1
    first = k
    while first < end - 1 and toks[first].text[:1].isupper() and not toks[end - 1].text[:1].isupper():
        first += 1
    if first == end or toks[first].low in phrases.TIME_UNITS or p.seq_at(first, p.ph.percent):
        return  # "$15 for each hour" is a recurrence, for the periods
    fig.per = unit_name(p.text[toks[first].start : toks[end - 1].end])
    fig.end = end


def _unit_phrase(p: Region, k: int) -> list[Tok]:
    """The words naming a unit from token ``k``.

    "share", "1,000 cubic feet", "stapled security", "diluted share", "eligible employee": a known unit
    ends the phrase; else it runs to a word that starts a new phrase, at most three words.
    """
    toks = p.toks
    words: list[Tok] = []
    if k < p.n and toks[k].kind == NUM:
        words.append(toks[k])  # "per 1,000 cubic feet"
        k += 1
    start = len(words)
    while k < p.n and toks[k].kind == WORD and len(words) < start + 4:
        low = toks[k].low
        if low in phrases.UNIT_STOPS or (
            p.mark_at(k) is not None and low not in p.lex.scales and not _known_unit(low)
        ):
            break
        words.append(toks[k])
        k += 1
        if _known_unit(low) and low not in _UNIT_HEADS:
            break
        if len(words) > start and not toks[k - 1].text.isalpha():
            break
        if k < p.n and toks[k].spaced is False and toks[k].kind == WORD:
            break
    if len(words) == start:
        return []
    nouns = words[start:]
    if all(t.low in _UNIT_HEADS for t in nouns):
        return []
    return words


def _inside(p: Region, k: int) -> int:
    """Where the amount starts in a bracket opened before token ``k``: after a connector and an
    approximation ("(umgerechnet rund", "（约")."""
    k += p.seq_at(k, p.ph.glosses)
    return k + p.seq_at(k, p.ph.before)


def _after_unit(p: Region, m: int) -> int:
    """Past a currency unit written again after a prefixed amount ("人民币360亿元")."""
    if m < p.n and p.toks[m].text not in _CLOSE:
        hit = p.mark_at(m)
        if hit is not None and hit.end < p.n and p.toks[hit.end].text in _CLOSE:
            return hit.end
    return m


def _listed(p: Region, m: int) -> list[Figure]:
    """Further restatements in the same bracket, each after a semicolon or comma."""
    more: list[Figure] = []
    while m + 1 < p.n and p.toks[m].text in (";", ",", "；", "，"):
        other = p.amount_at(_inside(p, m + 1))
        if other is None or other.mark is None:
            break
        more.append(other)
        m = _after_unit(p, other.end)
    return more


def gloss(p: Region, fig: Figure) -> None:
    """A restatement in brackets or after "or about": kept for the pipeline to judge."""
    j = fig.end
    fig.head_end = fig.head_end or fig.end
    for skip in range(1, 5):
        # "2.400 millones de coronas del año anterior (215 millones de euros)": a short phrase between
        if j + skip >= p.n or p.toks[j + skip - 1].kind != WORD:
            break
        if p.toks[j + skip].text in _OPEN:
            other = p.amount_at(_inside(p, j + skip + 1))
            if other is not None and other.mark is not None and p.low(other.end) in (")", "）"):
                j += skip
            break
        if p.toks[j + skip].text in _DASHES:  # "A$80 million in bonds — roughly US$52 million —"
            size = p.seq_at(j + skip + 1, p.ph.glosses)
            other = p.amount_at(j + skip + 1 + size) if size else None
            if other is not None and other.mark is not None and p.low(other.end) in _DASHES:
                j += skip
            break
    if j < p.n and p.toks[j].text in _OPEN:
        k = j + 1 + p.seq_at(j + 1, p.ph.glosses)  # "(umgerechnet rund 4,5 Mrd. Dollar)", "(约合7.2亿美元)"
        qual = p.seq_at(k, p.ph.before)
        other = p.amount_at(k + qual)
        if other is not None and other.mark is None:
            range_tail(p, other)  # "(umgerechnet 51 bis 60 Milliarden Euro)": the mark ends the range
        if other is not None and other.mark is not None:
            range_tail(p, other)
            m = _after_unit(p, other.end)
            more = _listed(p, m)  # "(€4.6 million; £3.9 million)"
            m = more[-1].end if more else m
            if m < p.n and p.toks[m].text in _CLOSE:
                if qual:
                    words = tuple(t.low for t in p.toks[k : k + qual])
                    other.qualifier = p.ph.before[words]
                per_unit(p, other)
                fig.equivalents.extend((other, *more))
                fig.end = m + 1
                if other.per and not fig.per:
                    fig.per = other.per
        return
    k = j
    if k < p.n and p.toks[k].text in _SEPARATORS:
        k += 1
    size = p.seq_at(k, p.ph.glosses)
    if not size:
        return
    qual = p.seq_at(k, p.ph.before)
    inner = p.seq_at(k + size, p.ph.before) if qual != size else 0  # "tức khoảng", "o sea unos"
    other = p.amount_at(k + size + inner)
    if other is None or other.mark is None:
        return
    if qual == size:
        words = tuple(t.low for t in p.toks[k : k + qual])
        other.qualifier = p.ph.before[words]
    elif inner:
        other.qualifier = p.ph.before[tuple(t.low for t in p.toks[k + size : k + size + inner])]
    elif size > 1 and p.toks[k].low == "or":
        words = tuple(t.low for t in p.toks[k + 1 : k + size])
        other.qualifier = p.ph.before.get(words)
    per_unit(p, other)  # "…, or 8 cents a share"
    if fig.per is not None and other.per is None and qual != size:
        return  # "$2 a share, or $50 million in all": a total of its own, not the price restated
    other.start = k + size + inner  # the gloss's own span starts at its amount, after "or about"
    fig.equivalents.append(other)
    fig.end = other.end


def percent_at(p: Region, i: int) -> Figure | None:
    """A percentage at token ``i`` ("60 per cent", "60%", 百分之五), or percentage points."""
    if p.toks[i].text == "百" and p.low(i + 1) == "分" and p.low(i + 2) == "之":
        after = p.number_at(i + 3)  # 百分之五: "five of a hundred parts"
        if after is not None:
            return Figure(i, after[1], value=after[0], kind="percent")
    num = p.number_at(i)
    if num is None:
        return None
    value, j, _ = num
    kind_size = p.seq_at(j, p.ph.percent)
    if kind_size:
        return Figure(i, j + kind_size, value=value, kind="percent")
    size = p.seq_at(j, p.ph.basis_points)
    if size:
        return Figure(i, j + size, value=value.scaleb(-2), kind="points")
    size = p.seq_at(j, p.ph.points)
    bare_points = size == 1 and p.toks[j].low == "points"
    if size and (not bare_points or ("." in p.toks[j - 1].text and value < 100)):
        # "1.5 percentage points", "20 pp"; plain "points" only after a small decimal: "1.5 points",
        # not "3 points" (a score) or "5,123.45 points" (an index level)
        return Figure(i, j + size, value=value, kind="points")
    return None


def direct(p: Region, fig: Figure) -> None:
    """The direction of a change a word just before the figure states: "rose 5%", "cut by 150 bp"."""
    for k in range(fig.start - 1, max(fig.start - 4, -1), -1):
        word = p.low(k)
        if word in phrases.UP_WORDS:
            fig.direction = "up"
            return
        if word in phrases.DOWN_WORDS:
            fig.direction = "down"
            return


def accounting(p: Region, fig: Figure) -> None:
    """ "($1,234)" standing alone, not after another figure, is a negative amount."""
    s, e = fig.start, fig.end
    if s == 0 or e >= p.n or p.toks[s - 1].text not in _OPEN or p.toks[e].text not in _CLOSE:
        return
    if fig.value is None or fig.value < 0 or fig.equivalents or fig.qualifier:
        return
    before = p.toks[s - 2] if s >= 2 else None
    gap = p.text[before.end : p.toks[s - 1].start] if before is not None else ""
    cell = "\t" in gap or "  " in gap or "\n" in gap  # a table cell: "Net income    ($1,234)"
    if before is None or cell or before.kind == SYM or before.low in _GLOSS_COPULAS:
        fig.value = -fig.value
        fig.start, fig.end = s - 1, e + 1


def per_before(p: Region, fig: Figure) -> None:
    """Chinese and Hindi may put the unit first: 每桶报142.3美元, "प्रति शेयर 30 पेंस"."""
    for k in range(fig.start - 1, max(fig.start - 4, -1), -1):
        if p.toks[k].low in phrases.PER_FIRST and k + 1 < fig.start:
            unit = p.toks[k + 1]
            if unit.kind == NUM and k + 2 < fig.start:  # "每 10 股": per ten shares
                fig.per = f"{unit.text} {unit_name(p.toks[k + 2].text)}"
                return
            fig.per = unit_name(unit.text)
            return
