"""Numbers at a token: digits in the locale's separators, spelled-out numbers, CJK and kana numerals.

Each reader returns a :data:`~moneyfacts.grammar.region.Number`: the value, the index after the number and
the power of any scale words the spelled-out number took ("two million" is ``(2000000, i + 2, 6)``).
The arithmetic itself lives in :mod:`moneyfacts.numbers.digits`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyfacts.grammar.region import Region
from moneyfacts.numbers.digits import (
    KANA_NUMERAL,
    KANA_STARTS,
    parse_cjk_numeral,
    parse_digits,
    parse_kana_numeral,
    parse_number_words,
)
from moneyfacts.reading.scan import CJK, NUM, SYM, WORD

__all__ = ["number_at", "word_run"]

_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")  # "$10,000"; a leading zero groups nothing: "R$ 0,134"
_KANA_NUMERAL = re.compile(KANA_NUMERAL)
_KANA_REACH = 64
"""The most characters a numeral spelled in hiragana is read over: a run of kana costs each token the same."""
_KEPT = 1 << 16
"""How many digit runs and word runs the readers below remember (the values are immutable)."""
_DIGITS: dict[tuple[str, str, str], Decimal | None] = {}
_WORDS: dict[tuple[tuple[str, ...], str], tuple[Decimal, int] | None] = {}


def _digits(text: str, decimal: str, group: str) -> Decimal | None:
    """:func:`parse_digits`, remembered: a run of digits is read once however often it is met."""
    key = (text, decimal, group)
    if key in _DIGITS:
        return _DIGITS[key]
    found = parse_digits(text, decimal, group)
    if len(_DIGITS) < _KEPT:
        _DIGITS[key] = found
    return found


def _number_words(words: list[str], language: str) -> tuple[Decimal, int] | None:
    """:func:`parse_number_words`, remembered per run of words."""
    key = (tuple(words), language)
    if key in _WORDS:
        return _WORDS[key]
    found = parse_number_words(words, language)
    if len(_WORDS) < _KEPT:
        _WORDS[key] = found
    return found


def number_at(p: Region, i: int) -> tuple[Decimal, int, int] | None:
    """The number starting at token ``i``, the index after it and the power of its scale words."""
    if i in p.number_memo:
        return p.number_memo[i]
    found = _number_at(p, i)
    p.number_memo[i] = found
    return found


def _number_at(p: Region, i: int) -> tuple[Decimal, int, int] | None:
    if i >= p.n:
        return None
    tok = p.toks[i]
    if tok.kind == NUM:
        if i + 1 < p.n and p.toks[i + 1].kind == CJK and not p.toks[i + 1].spaced:
            value = parse_cjk_numeral(tok.text + p.toks[i + 1].text)
            if value is not None:
                return value, i + 2, 0
        value = _digits(tok.text, p.decimal, p.group)
        if value is None:
            return None
        if p.decimal == "," and i > 0 and p.toks[i - 1].text == "$" and _THOUSANDS.fullmatch(tok.text):
            value = Decimal(tok.text.replace(",", ""))  # "$10,000" keeps the dollar's own convention
        if (
            i + 2 < p.n
            and p.toks[i + 1].text == "."
            and p.toks[i + 1].spaced
            and p.toks[i + 2].spaced
            and p.toks[i + 2].kind == NUM
            and p.toks[i + 2].text.isdigit()
            and tok.text.isdigit()
        ):
            # tokenised text writes "32 . 99" for 32.99
            return Decimal(f"{tok.text}.{p.toks[i + 2].text}"), i + 3, 0
        if p.bare and value == value.to_integral_value():
            broken = _broken_decimal(p, i, value)
            if broken is not None:
                return broken
        if i + 1 < p.n and p.toks[i + 1].kind in (WORD, SYM):
            words, ends = word_run(p, i)
            # "R$ 250 milhões um ano antes": a lone number word after digits and a scale is an article
            last = len(words) - 1
            lone = last >= 2 and words[last].isalpha() and words[last] not in p.lex.scales
            cut = last if last >= 2 and words[last - 1] in p.lex.scales and lone else None
            words, ends = (words[:cut], ends[:cut]) if cut else (words, ends)
            if len(words) > 1 and not all(w in p.lex.scales for w in words[1:]):
                parsed = _number_words(words, p.language)
                if parsed is not None and parsed[1] > 1:
                    end = ends[parsed[1] - 1]
                    return parsed[0], end, _trailing_power(p, i, end)
        return value, i + 1, 0
    if tok.kind == CJK:
        value = parse_cjk_numeral(tok.text)
        return (value, i + 1, 0) if value is not None else None
    if tok.kind == WORD and tok.low in KANA_STARTS and p.profile.kana_numerals:
        return _kana_number(p, i)
    if tok.kind == WORD and tok.low in p.scan.number_words:
        words, ends = word_run(p, i)
        parsed = _number_words(words, p.language)
        if parsed is not None:
            end = ends[parsed[1] - 1]
            glued_mark = end < p.n and not p.toks[end].spaced and p.mark_at(end) is not None
            if p.inside_syllable_word(i) and not glued_mark:
                # a word's syllables: "수백만" (millions), "원한다" (wants), "위안이" (yuan + particle);
                # but a number glued to a mark is one: "삼달러사십오센트" ($3.45)
                return None
            return parsed[0], end, _trailing_power(p, i, end)
    return None


def _kana_number(p: Region, i: int) -> tuple[Decimal, int, int] | None:
    """A numeral spelled in hiragana, a token per kana: "よんせんごひゃく ドル"."""
    start = p.toks[i].start
    found = _KANA_NUMERAL.match(p.text, start, min(p.toks[-1].end, start + _KANA_REACH))
    if found is None:
        return None
    value = parse_kana_numeral(found.group())
    end = i
    while end < p.n and p.toks[end].end <= found.end():
        end += 1
    if value is None or p.toks[end - 1].end != found.end():
        return None
    return value, end, 0


def _broken_decimal(p: Region, i: int, value: Decimal) -> tuple[Decimal, int, int] | None:
    """A price cut in two by a stray space: "$119. 95", "130, 38 zł"."""
    if i + 2 >= p.n:
        return None
    sep, cents = p.toks[i + 1], p.toks[i + 2]
    if sep.text not in (".", ",") or sep.spaced or cents.kind != NUM or len(cents.text) != 2:
        return None
    if not cents.text.isdigit() or (i + 3 < p.n and p.toks[i + 3].kind == NUM):
        return None
    return value + Decimal(cents.text).scaleb(-2), i + 3, 0


def _trailing_power(p: Region, start: int, end: int) -> int:
    power = 0
    k = end - 1
    while k > start and p.toks[k].low in p.lex.scales:
        power += p.lex.scales[p.toks[k].low]
        k -= 1
    return power


def word_run(p: Region, i: int) -> tuple[list[str], list[int]]:
    """Tokens from ``i`` that may belong to a spelled-out number, hyphens dropped, and the index
    after each.

    A number word hyphenated to a word that is not one ("four-year") is an adjective and ends the run;
    a closed compound written with hyphens ("twee-en-veertig") is one word.
    """
    words: list[str] = []
    ends: list[int] = []
    toks = p.toks
    numbers = p.scan.number_words
    k, stop = i, min(p.n, i + 24)
    while k < stop:
        tok = toks[k]
        if tok.kind == NUM:
            value = _digits(tok.text, p.decimal, p.group)
            if value is None:
                break
            words.append(str(value))
        elif tok.kind == WORD and tok.low in numbers:
            glued = _glued_compound(p, k)
            if glued:
                words.append(glued[0])
                ends.append(glued[1])
                k = glued[1]
                continue
            words.append(tok.low)
        elif tok.text == "-" and not tok.spaced:
            nxt = toks[k + 1] if k + 1 < p.n else None
            if nxt is not None and not nxt.spaced and nxt.kind == WORD and nxt.low not in numbers:
                if words and nxt.low not in p.scan.mark_starts and nxt.low not in p.lex.minor_units:
                    words.pop()  # "four-year" is an adjective; "one-yen" and "12-cent" are amounts
                    ends.pop()
                break
            k += 1
            continue
        else:
            break
        ends.append(k + 1)
        k += 1
    return words, ends


def _glued_compound(p: Region, k: int) -> tuple[str, int] | None:
    """A number word written closed, here hyphenated: "twee-en-veertig" is "tweeenveertig"."""
    if k + 4 >= p.n:
        return None
    toks = p.toks
    parts = toks[k : k + 5]
    if parts[1].text != "-" or parts[3].text != "-" or any(t.spaced for t in parts[1:]):
        return None
    joined = parts[0].low + parts[2].low + parts[4].low
    return (joined, k + 5) if joined in p.scan.number_words else None
