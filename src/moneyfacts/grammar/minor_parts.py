"""Minor parts of an amount: the cents, pence, kopecks and fen written after its major unit.

"3 dollars 50 cents", "1 dollar and 42 cents", "20 dollars 43" at a phrase's end, "Por 12 dólares 80
comes" mid-sentence, "20 долларами 43 центами" with case endings, "5ドル7セント" in kana, "五块七毛八"
and "港幣五個二毫三" in Chinese, "שקל וחצי" (and a half). Each function takes the :class:`~._region.Region` of
the text and token indices into it, as :mod:`._structure` does.
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyfacts.data import phrases
from moneyfacts.grammar.figures import MarkHit
from moneyfacts.grammar.region import Region
from moneyfacts.numbers.digits import parse_cjk_numeral
from moneyfacts.reading.fuzzy import fuzzy_mark
from moneyfacts.reading.lexicon import Mark
from moneyfacts.reading.places import place_words
from moneyfacts.reading.scan import CJK, IDEOGRAPH, NUM, SYM, WORD

__all__ = ["cjk_cents", "counter_dollar", "counts", "ends_phrase", "half_after", "minor_name", "minor_part"]

_DASHES = frozenset({"-", "–", "—", "~", "－", "〜"})
_HIRAGANA = re.compile("[\u3041-\u309f]")
_COUNTED = (
    phrases.TIME_UNITS
    | phrases.PER_UNITS
    | frozenset(phrases.UNIT_NAMES)
    | phrases.COUNT_NOUNS
    | phrases.DISTRIBUTIVES
)


def counter_dollar(p: Region, i: int) -> bool:
    """The counter 個 standing for the dollar right after a number: "五個二毫三" (5.23)."""
    return i < p.n and p.low(i) in phrases.CJK_COUNTER_DOLLARS and not p.toks[i].spaced


def minor_part(
    p: Region, i: int, value: Decimal, *, prefixed: bool = False, scaled: bool = False
) -> tuple[int, Decimal]:
    """Add a minor part to ``value``: "3 dollars 50 cents", "1 dollar and 42 cents", "20 dollars 43".

    ``prefixed`` says the major unit stood before its number ("$20") and ``scaled`` that the number
    took a scale word ("20 million dollars"): a bare number after either is a figure of its own.
    """
    j = i
    if p.low(j) in phrases.MINOR_JOINERS:
        if p.toks[j].kind == WORD and not p.toks[j].spaced and p.toks[j - 1].kind == NUM:
            return i, value  # "$2e3" is an exponent, not "2 and 3 cents"
        j += 1
    num = p.number_at(j)
    if num is None or value != value.to_integral_value():
        return i, value
    minor_value, k, _ = num
    if minor_value != minor_value.to_integral_value():
        return i, value  # "5 million dollars and a half": no part of a cent
    of = p.language in phrases.OF_BEFORE_MARK and p.low(k) in phrases.SCALE_TO_MARK
    hit = minor_name(p, k + 1 if of else k)  # Romanian "3 dolari și 45 de cenți"
    if hit is not None:
        power, end = hit
    elif (
        ends_phrase(p, k)
        and p.mark_at(k) is None  # "10 $ 30 $" is two prices, "35€ 99" one
        and (
            (p.toks[j].kind == NUM and len(p.toks[j].text) == 2)
            # a word after "$90,000" is a pronoun ("a $90,000 one"): spelled cents need "and" there
            or ((j > i or (p.toks[j].kind == WORD and not prefixed)) and minor_value < 100)
        )
    ):
        power, end = 2, k  # "20 dollars 43", "US$4 and twelve": the cents go without saying
    elif not scaled and not of and _bare_cents(p, i, j, k, minor_value, prefixed):
        power, end = 2, k  # "Por 12 dólares 80 comes...", "c$ 200 और तीस है"
    else:
        return i, value
    if minor_value >= Decimal(10) ** power:
        return i, value
    part = minor_value.scaleb(-power)
    if power == 1:  # "one kuai and five mao five": a tenth, then a hundredth named or not
        end, part = _hundredths(p, end, part)
    return end, value - part if value < 0 else value + part


def half_after(p: Region, i: int, value: Decimal) -> tuple[int, Decimal]:
    """Add half a unit to a whole amount: "שקל וחצי" (a shekel and a half), "deux euros et demi"."""
    size = p.seq_at(i, p.ph.halves)
    if not size or value != value.to_integral_value():
        return i, value
    k = i + size
    if k < p.n and p.toks[k].kind == WORD and p.low(k) not in phrases.UNIT_STOPS:
        return i, value  # "dos euros y media docena de huevos": the half is of what follows
    return k, value - Decimal("0.5") if value < 0 else value + Decimal("0.5")


def _hundredths(p: Region, k: int, part: Decimal) -> tuple[int, Decimal]:
    """A digit after a tenth ("mao"): a hundredth, named ("beş fen") or at the phrase's end."""
    j = k + 1 if p.low(k) in phrases.MINOR_JOINERS else k
    last = p.number_at(j)
    if last is None or last[0] >= 10 or last[0] != last[0].to_integral_value():
        return k, part
    hit = minor_name(p, last[1])
    if hit is not None:
        return (hit[1], part + last[0].scaleb(-2)) if hit[0] == 2 else (k, part)
    if j == k and (ends_phrase(p, last[1]) or not counts(p, last[1])):
        return last[1], part + last[0].scaleb(-2)  # "een kuai en vijf mao vijf kosten"
    return k, part


def minor_name(p: Region, k: int) -> tuple[int, int] | None:
    """The power of ten and end of a minor unit's name at token ``k``: "cents", "セント", "центами"."""
    hit = p.minor_at(k)
    if hit is None and k < p.n and IDEOGRAPH.match(p.toks[k].text):
        hit = _ideographic_minor(p, k)
    if hit is not None:
        return hit.minor, hit.end
    low = p.low(k)
    if low in phrases.MINOR_PART_WORDS:
        return 2, k + 1
    if k < p.n and p.toks[k].kind == WORD and p.language in phrases.FUSED_ENDINGS:
        for ending in phrases.FUSED_ENDINGS[p.language]:
            base = low[: -len(ending)]
            if not low.endswith(ending) or len(base) < 3:
                continue
            for stem in (base, base + "а"):  # Turkish "sente", Russian "центами", "копейками" (копейка)
                found = p.lex.minor_units.get(stem)
                if found is not None:
                    return found[0], k + 1
                if stem in phrases.MINOR_PART_WORDS:
                    return 2, k + 1
    return None


def _ideographic_minor(p: Region, k: int) -> MarkHit | None:
    """A minor unit written in kana, or after a country's name: "セント", "日本銭" (Japanese sen)."""
    text = ""
    for m in range(k, min(p.n, k + 4)):
        if m > k and p.toks[m].spaced:
            break
        text += p.toks[m].text
        power, code = p.lex.minor_units.get(text, (0, None)) if m > k else (0, None)
        if power:
            return MarkHit(Mark((code,) if code else (), bool(code)), k, m + 1, minor=power)
        if m > k and text in place_words(p.lex.language):
            after = p.minor_at(m + 1)
            if after is not None and not p.toks[m + 1].spaced:
                return MarkHit(after.mark, k, after.end, minor=after.minor)
    return None


def _bare_cents(p: Region, i: int, j: int, k: int, minor_value: Decimal, prefixed: bool) -> bool:
    """A number from 10 to 99 after a major unit, mid-sentence, that counts nothing: the cents.

    "15 USD 50 more" and "बारह डॉलर तीस की" are 15.50 and 12.30; "$20 30 years ago" and
    "20 dollars 30 minutes" are two figures. A major unit before its number ("$20") takes only a
    spelled-out part after a joiner ("c$ 200 और तीस").
    """
    if not 10 <= minor_value < 100 or minor_value != minor_value.to_integral_value():
        return False
    first = p.toks[j]
    if j == i and not first.spaced and not IDEOGRAPH.match(p.low(i - 1)):
        return False  # "3 USD50 cards": a code touching a number prefixes it
    if first.kind == NUM:
        if prefixed or len(first.text) != 2 or not first.text.isdigit():
            return False
    elif first.kind != WORD or (prefixed and j == i):
        return False
    return k < p.n and not counts(p, k)


def counts(p: Region, k: int) -> bool:
    """Whether token ``k`` may be what a number before it counts or measures: a noun of a unit, a
    time or a currency, a scale or percent word, another number, a dash, a CJK counter."""
    if k >= p.n:
        return False
    tok = p.toks[k]
    low = tok.low
    if tok.kind in (NUM, CJK) or low in p.lex.scales or p.number_at(k) is not None:
        return True
    if p.mark_at(k) is not None or p.seq_at(k, p.ph.percent) or fuzzy_mark(p, k) is not None:
        return True
    if tok.kind == SYM:
        return low in _DASHES
    if IDEOGRAPH.match(low):
        return not _HIRAGANA.match(low) or low == "つ"  # a particle or copula: "30です"; but "3つ" counts
    if not tok.spaced:
        return True  # "30th", "30s"
    stem = low[:-1] if low.endswith("s") else low
    return any(w in _COUNTED for w in (low, stem))


def cjk_cents(p: Region, k: int, value: Decimal, *, tenths_done: bool = False) -> tuple[int, Decimal]:
    """Chinese tenths and hundredths after 块/元 or 角/毛: 五块六, 三块零四, 五块七毛八, 两角五分."""
    tok = p.toks[k] if k < p.n else None
    if (
        tok is None
        or tok.spaced
        or not (tok.kind == CJK or tok.text == "半" or (tok.kind == NUM and len(tok.text) == 1))
    ):
        return k, value
    text = p.toks[k].text
    if text == "半":
        return k + 1, value + Decimal("0.5")  # 五個半
    if len(text) == 2 and text[0] in "零〇":
        digit = parse_cjk_numeral(text[1])
        if digit is not None and digit < 10 and not tenths_done:
            end = k + 2 if p.low(k + 1) in phrases.CJK_HUNDREDTHS else k + 1
            return end, value + digit.scaleb(-2)
        return k, value
    digit = (Decimal(text) if text.isdigit() else parse_cjk_numeral(text)) if len(text) == 1 else None
    if digit is None or digit >= 10:
        return k, value
    named = minor_name(p, k + 1) if k + 1 < p.n and not p.toks[k + 1].spaced else None
    if named is not None and named[0] == 2 and p.low(k + 1) not in phrases.CJK_HUNDREDTHS:
        return named[1], value + digit.scaleb(-2)  # 十日元五日本銭: five sen, not five tenths
    if tenths_done or p.low(k + 1) in phrases.CJK_HUNDREDTHS:  # 五块七毛八, 三块四分
        end = k + 2 if p.low(k + 1) in phrases.CJK_HUNDREDTHS else k + 1
        return end, value + digit.scaleb(-2)
    value += digit.scaleb(-1)
    k += 1
    if p.low(k) in phrases.CJK_TENTHS:
        return cjk_cents(p, k + 1, value, tenths_done=True)
    return k, value


def ends_phrase(p: Region, k: int) -> bool:
    """Whether the number before token ``k`` ends its phrase: a mark follows, not a dash, a percent sign
    or the full stop of an ordinal before a lower-case word ("kroner i 2. kvartal")."""
    if k >= p.n:
        return True
    tok = p.toks[k]
    if tok.kind != SYM or tok.text in _DASHES or tok.text == "%":
        return False
    ordinal = tok.text == "." and not tok.spaced and k + 1 < p.n and p.toks[k + 1].kind == WORD
    return not (ordinal and p.toks[k + 1].text[:1].islower())
