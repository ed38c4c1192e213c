"""Amounts: ``[sign] [mark] number [scale] [mark] [minor part]`` read at a token.

The figure assembly of the grammar: a mark before the number or after it (a stronger one after
overrides a weaker one before: "$1,250.00 AUD"), scales written once, a minor part after the major
unit ("3 dollars 50 cents", 五块六). Ranges, glosses and per-unit words around the amount are
:mod:`moneyfacts.grammar.structure`'s.
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyfacts.data import phrases
from moneyfacts.grammar import minor_parts as _minor_parts
from moneyfacts.grammar import qualifiers as _qualifiers
from moneyfacts.grammar.figures import Figure, MarkHit
from moneyfacts.grammar.marks import modified_name
from moneyfacts.grammar.plausibility import (
    mark_strength,
    name_before_counts,
    one_letter,
    prefix_counts,
    suffix_counts,
    weighs,
)
from moneyfacts.grammar.region import Number, Region
from moneyfacts.reading.fuzzy import fuzzy_mark
from moneyfacts.reading.lexicon import Mark, currency_digits
from moneyfacts.reading.scan import CJK, IDEOGRAPH, NUM, WORD

__all__ = ["amount_at"]

_DOT_THOUSANDTHS = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
_MINUS = frozenset({"-", "−", "–"})


def amount_at(p: Region, i: int) -> Figure | None:
    """``[sign] [mark] number [scale] [mark] [minor part]`` starting at token ``i``."""
    start = i
    lead = _lead(p, i)
    if lead is None:
        return None
    negative, pre, i = lead
    at = i
    num = _number(p, i, pre)
    if num is None:
        return None
    value, i, inner = num
    if p.seq_at(i, p.ph.percent) and p.low(i) not in p.lex.marks:
        return None  # "Up 12%": a percentage, whatever stands before it
    if inner and p.low(i) == "." and not p.toks[i].spaced and p.low(i - 1) + "." in p.lex.scales:
        i += 1  # "13 Mrd. Euro": the abbreviation's dot
    infix, i = _qualifiers.infix_at(p, i)  # "10多亿元": a bound between the number and its scale
    exp, i = p.scales_at(i, prefixed=pre is not None)
    if exp and infix is None:
        infix, i = _qualifiers.infix_at(p, i)  # "5억여 원": between the scale and the mark
    if exp:
        value = value.scaleb(exp)
    exp += inner
    if pre is not None and not prefix_counts(p, pre, value, exp, i):
        return None  # "Q2", "R1", "F-35": a one-letter mark needs a price ("R23-billion", "R4.50")
    mark, i, value, exp = _mark_after(p, pre, i, value, exp)
    if mark is not None:
        tail = _tail(p, mark, pre is mark, (at, num[1]), i, value, exp)
        if tail is None:
            return None
        i, value, exp = tail
    return Figure(start, i, value=-value if negative else value, mark=mark, power=exp, qualifier=infix)


def _lead(p: Region, i: int) -> tuple[bool, MarkHit | None, int] | None:
    """A sign and a mark before the number: whether it is negative, the mark, and where the number
    starts; ``None`` when what stands at ``i`` starts no amount."""
    negative = False
    # a dash glued to what stands before it joins, it does not negate: "1-2", "mid-$40"
    dash = 0 < i < p.n and not p.toks[i].spaced and p.toks[i - 1].kind in (NUM, CJK, WORD)
    sign = p.low(i) in _MINUS and i + 1 < p.n and not p.toks[i + 1].spaced and not dash
    if sign or p.low(i) in phrases.NEGATIVE_WORDS:
        negative, i = True, i + 1
    pre = p.mark_at(i)
    if pre is None:
        return negative, None, i
    if pre.minor or not name_before_counts(p, pre):
        return None  # running text writes short names after the number: "won 5 medals" is no money
    i = pre.end
    if p.bare and p.low(i) == ":":
        i += 1
    if i < p.n and p.toks[i].text in _MINUS and i + 1 < p.n and not p.toks[i + 1].spaced:
        negative, i = True, i + 1
    bracketed = (
        i + 2 < p.n and p.toks[i].text == "(" and p.toks[i + 1].kind == NUM and p.toks[i + 2].text == ")"
    )
    if bracketed:  # "$(12.5) million": accounting brackets inside the figure
        negative = True
        num_in = p.number_at(i + 1)
        if num_in is not None:
            p.number_memo[i + 1] = (num_in[0], i + 3, 0)
        i += 1
    if i < p.n and p.toks[i].kind not in (NUM, CJK, WORD):
        return None
    return negative, pre, i


def _number(p: Region, i: int, pre: MarkHit | None) -> Number | None:
    """The amount's number at ``i``; an article before a currency word is the number one."""
    num = p.number_at(i)
    if num is None and p.low(i) in ("a", "an") and pre is None:
        # "a dollar", "a grand": the article is the number one
        nxt = p.mark_at(i + 1)
        named = nxt is not None and p.number_at(nxt.end) is None
        if named or p.low(i + 1) in phrases.CURRENCY_SCALES:
            num = (Decimal("0.5") if p.low(i - 1) == "half" else Decimal(1), i + 1, 0)  # "half a cent"
    return num


def _mark_after(
    p: Region, pre: MarkHit | None, i: int, value: Decimal, exp: int
) -> tuple[MarkHit | None, int, Decimal, int]:
    """The mark after the number at ``i`` (hyphenated, spelled, or implied by a currency scale), or a
    stronger one than ``pre``; returns the mark, the index after it, the value and its power."""
    mark = pre
    if pre is None and p.low(i) == "-" and i + 1 < p.n and not p.toks[i + 1].spaced:
        hyphenated = p.mark_at(i + 1)  # "a 12-cent dividend", "a one-yen bid"
        if (
            hyphenated is not None
            and not p.toks[i].spaced
            and _lettered(p, hyphenated)
            and not one_letter(p, hyphenated)
            and not weighs(p, hyphenated, value)
        ):
            mark, i = hyphenated, hyphenated.end
            if hyphenated.minor:
                value = value.scaleb(-hyphenated.minor)
    if mark is None and p.low(i - 1) in phrases.CURRENCY_SCALES and p.lex.territory_currency:
        mark = MarkHit(Mark((p.lex.territory_currency,), False), i - 1, i)
    if mark is None:
        post = _post_mark(p, i, value, exp)
        label = not exp and value == value.to_integral_value() and 1900 <= value <= 2100
        if post is not None and label and p.number_at(post.end) is not None:
            post = None  # "(2016/2017 EUR 2,70)": a year labels the price after the mark
        if post is not None and suffix_counts(p, post) and not weighs(p, post, value):
            mark, i = post, post.end
            if post.minor:
                value = value.scaleb(-post.minor)
            elif not exp:
                late, i = p.scales_at(i, prefixed=True)  # "75 USD million"
                if late:
                    value, exp = value.scaleb(late), late
    elif not mark.minor:
        # "$1,250.00 AUD", "da 8,45 €": a stronger mark after the number overrides a weak one before
        post = p.mark_at(i)
        if (
            post is not None
            and not post.minor
            and _hit_strength(p, post) > _hit_strength(p, mark)
            and p.number_at(post.end) is None
        ):
            mark, i = post, post.end
    return mark, i, value, exp


def _post_mark(p: Region, i: int, value: Decimal, exp: int) -> MarkHit | None:
    """A mark right after the number, or after the "of" a scale or a count takes before it."""
    post = p.mark_at(i) or fuzzy_mark(p, i) or modified_name(p, i)
    of_mark = exp or (p.language in phrases.OF_BEFORE_MARK and value >= 20)
    if post is None and of_mark and p.low(i) in phrases.SCALE_TO_MARK:
        # "2 milliards de dollars"; Romanian counts from twenty take "de": "20 de euro", "50 de bani"
        k = i + 1
        if p.low(k) in ("'", "’"):
            k += 1
        post = p.mark_at(k) or fuzzy_mark(p, k)
        if post is not None and post.minor and exp:
            post = None
    if post is not None and _prefixes_next(p, post):
        return None  # "1 $10 bill": the sign belongs to the number it touches
    return post


def _tail(
    p: Region, mark: MarkHit, prefixed: bool, number: tuple[int, int], i: int, value: Decimal, exp: int
) -> tuple[int, Decimal, int] | None:
    """A fused scale, three decimals, and a minor part after the major unit ("3 dollars 50 cents",
    五块六); ``number`` is the number's token span. ``None`` when the amount is part of a word."""
    if mark.power:
        value, exp = value.scaleb(mark.power), exp + mark.power  # "30 MUSD", "MAUD 60"
    if not exp and _thousandths(p, number[0], number[1], mark.mark):
        value = Decimal(p.toks[number[0]].text)  # "517.250 KD": dinars have three decimals
    chained = False
    if i == mark.end and p.low(i - 1) in phrases.CJK_MAJOR | phrases.CJK_TENTHS:
        end, cents = _minor_parts.cjk_cents(p, i, value, tenths_done=mark.minor == 1)
        chained = end > i
        i, value = end, cents
    elif prefixed and not exp and _minor_parts.counter_dollar(p, i):
        end, cents = _minor_parts.cjk_cents(p, i + 1, value)
        if end > i + 1:  # 港幣五個二毫三: Cantonese counts dollars with 個, then 毫 and 仙
            chained, i, value = True, end, cents
    if not mark.minor and not chained:
        half = _minor_parts.half_after(p, i, value) if not exp else (i, value)
        if half[0] > i:
            i, value = half
        else:
            i, value = _minor_parts.minor_part(p, i, value, prefixed=prefixed, scaled=exp != 0)
    if mark.minor and not p.bare and mark.start == i - 1 and i < p.n:
        follower = p.toks[i]
        if not follower.spaced and IDEOGRAPH.match(follower.text) and follower.text not in ("钱", "錢"):
            return None  # 五角大楼 is the Pentagon, not fifty fen
    return i, value, exp


def _thousandths(p: Region, at: int, end: int, mark: Mark) -> bool:
    """Whether a lone "." before three digits, read as grouping, is the decimal point of a currency
    with three decimals ("517.250 KD", "BD 1.250"), where the locale names no separators."""
    tok = p.toks[at]
    return (
        end == at + 1
        and p.group != "."
        and tok.kind == NUM
        and _DOT_THOUSANDTHS.fullmatch(tok.text) is not None
        and bool(mark.codes)
        and all(currency_digits(code) == 3 for code in mark.codes)
    )


def _prefixes_next(p: Region, hit: MarkHit) -> bool:
    """A sign or code that touches the number after it and not the one before it prefixes the next
    figure: "1 $10 bill", "3 USD50 cards"."""
    after = hit.end
    if after >= p.n or p.toks[after].spaced or p.toks[after].kind != NUM:
        return False
    surface = p.toks[hit.start].text
    return p.toks[hit.start].spaced and (hit.mark.kind == "code" or not any(ch.isalpha() for ch in surface))


def _lettered(p: Region, hit: MarkHit) -> bool:
    """A mark spelled in letters of any alphabet ("won", "सेंट"), not a sign or an ideograph."""
    first = p.toks[hit.start]
    return first.kind == WORD and first.text[:1].isalpha() and not IDEOGRAPH.match(first.text[:1])


def _hit_strength(p: Region, hit: MarkHit) -> int:
    return mark_strength(hit.mark, p.text[p.toks[hit.start].start : p.toks[hit.end - 1].end])
