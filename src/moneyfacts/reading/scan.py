"""Scan: text -> candidate regions -> tokens with offsets into the original string.

Most text holds no money, so two precompiled patterns per locale first find *anchors*: signs
(digits, CJK numerals, currency symbols) in the text, and currency words in its lower-cased copy
(a case-sensitive alternation runs three times faster than a case-insensitive one). Only the
regions around anchors are tokenised, by one locale-independent pattern compiled at import.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from moneyfacts.data import news_marks, phrases
from moneyfacts.numbers.digits import CJK_NUMERAL, DIGITS, KANA_STARTS, clitic_words, number_words
from moneyfacts.numbers.words import SPELLING_FOLD
from moneyfacts.reading.chars import IDEOGRAPHIC
from moneyfacts.reading.lexicon import Lexicon, all_symbols, lexicon, wide_forms
from moneyfacts.reading.profile import Profile, profile_of

__all__ = [
    "CJK",
    "IDEOGRAPH",
    "MAX_REGION",
    "NUM",
    "SYM",
    "WORD",
    "Scanner",
    "Tok",
    "build_scanner",
    "iter_regions",
    "regions",
    "scanner",
    "tokenize",
]

NUM, CJK, WORD, SYM = 0, 1, 2, 3

# Han, kana and hangul are tokenised a character at a time: they are written without spaces.
_IDEOGRAPHIC = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u3131-\u318e"
# Combining marks (Devanagari vowel signs, Arabic harakat, Thai vowels...) belong to their word.
_COMBINING = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7"
    "\u0a01-\u0a83\u0abc-\u0acd\u0b01-\u0b03\u0b3c-\u0b57\u0bbe-\u0bcd\u0c00-\u0c04\u0c3e-\u0c56"
    "\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d57\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
    "\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)


@cache
def _token_pattern() -> re.Pattern[str]:
    """The tokenizer's pattern, compiled on first use (its character classes are costly to build)."""
    return re.compile(
        # plain ASCII words first: they are most of the text, and this branch is the cheapest to try
        rf"(?P<ascii>[A-Za-z]+(?![^\W\d_]|[{_COMBINING}]))"
        # scientific notation ("1e10", "2.5E-3") is one word: an exponent is not a decimal part
        r"|(?P<sci>[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+(?![^\W_]))"
        rf"|(?P<num>{DIGITS})|(?P<cjk>{CJK_NUMERAL})|(?P<ideo>[{_IDEOGRAPHIC}])"
        rf"|(?P<word>(?:[^\W\d_{_IDEOGRAPHIC}]|[{_COMBINING}])+)|(?P<sym>\S)"
    )


IDEOGRAPH = IDEOGRAPHIC
"""One character of a script written without spaces and tokenised a character at a time."""
_COMBINING_CHAR = re.compile(f"[{_COMBINING}]")
_KIND = {"sci": WORD, "ascii": WORD, "num": NUM, "cjk": CJK, "ideo": WORD, "word": WORD, "sym": SYM}

REACH_BEFORE = 40
"""How far before an anchor a figure may begin (qualifiers, prefixed marks)."""
REACH_AFTER = 48
"""How far after an anchor a figure may end (scale words, marks, glosses, per-unit words)."""


class Tok(NamedTuple):
    """One token: its kind, its span, its surface and its case-folded form (a tuple: cheap to make)."""

    kind: int
    start: int
    end: int
    text: str
    low: str
    spaced: bool
    """whether whitespace separates this token from the one before it"""


_new_tok = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]``, with offsets into ``text``.

    >>> [(t.text, t.kind) for t in tokenize("US$5.2bn (¥30)")]
    [('US', 2), ('$', 3), ('5.2', 0), ('bn', 2), ('(', 3), ('¥', 3), ('30', 0), (')', 3)]
    """
    toks: list[Tok] = []
    last = start
    for m in _token_pattern().finditer(text, start, len(text) if end is None else end):
        s, e = m.span()
        surface = m.group()
        kind = m.lastgroup or "sym"
        # a non-Latin word is folded as the tables' keys are: "फ़्रैंक" and "फ्रैंक" are one word
        low = surface.casefold().translate(SPELLING_FOLD) if kind == "word" else surface.casefold()
        # tuple.__new__ skips the named tuple's keyword-handling constructor: tokens are made by the million
        toks.append(_new_tok(Tok, (_KIND[kind], s, e, surface, low, s > last)))
        last = e
    return toks


_Trie = dict[str, "_Trie"]


def _spellings() -> dict[str, str]:
    """Each letter the fold keeps, as a regex of every way raw text writes it: "फ" -> "[फफ़]़?"."""
    variants: dict[str, str] = {}
    for source, target in SPELLING_FOLD.items():
        if target:
            variants[target] = variants.get(target, target) + chr(source)
    out = {ch: f"[{alts}]" for ch, alts in variants.items()}
    for code in range(0x0915, 0x093A):  # a Devanagari consonant may carry a nukta
        out[chr(code)] = out.get(chr(code), chr(code)) + "\u093c?"
    return out


_SPELLINGS = _spellings()


def _trie_pattern(words: set[str]) -> str:
    """A regex alternation of ``words`` factored into a trie, so matching costs O(word length).

    The words are folded keys; a folded letter matches each of its spellings in the raw text.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: _Trie) -> str:
        ends = "" in node
        branches = [
            _SPELLINGS.get(ch, re.escape(ch)) + walk(child) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


class Scanner(NamedTuple):
    """The compiled anchor pattern and token tables of one locale."""

    lexicon: Lexicon
    profile: Profile
    signs: re.Pattern[str]
    """digits, CJK numerals and currency symbols"""
    words: re.Pattern[str] | None
    """currency words, matched against lower-cased text"""
    number_words: frozenset[str]
    mark_starts: dict[str, int]
    """case-folded first tokens of every currency mark, and the most tokens a mark starting so spans"""
    starters: frozenset[str]
    """case-folded words that may begin a figure: number words, marks, signs, minor units"""
    cased_starters: frozenset[str]
    """words that begin a figure only as written: a territory's code before "$" ("VN$")"""
    skips: dict[str, bool]
    """surfaces the grammar has judged, and whether they start no figure (filled as text is read)"""
    clitics: dict[str, str]
    """number words with a clitic written onto them, and the clitic ("מ" of "מעשר", from ten)"""


_CONNECTORS = frozenset({"a", "an", "and", "und", "et", "y", "e", "i", "og", "en", "och", "ve", "of", "de"})


@lru_cache(maxsize=32)
def scanner(locale: str) -> Scanner:
    """The scanner of a locale, built once and cached."""
    return build_scanner(lexicon(locale))


def build_scanner(lex: Lexicon) -> Scanner:
    """The anchor patterns and token tables of a lexicon (a reader's own words included)."""
    profile = profile_of(lex)
    language = profile.language
    clitics = clitic_words(language)
    words = set(number_words(language)) | set(clitics)
    words |= {w for w in lex.scales if w.isalpha()}
    # A figure with no digit still names its currency ("five billion dollars", "ti kronor", "십달러"):
    # currency words anchor, and number words within reach before them are read. Short Latin marks need
    # digits nearby anyway, and number words alone would anchor on most sentences. In English the codes
    # of news currencies anchor too ("half a million USD"): elsewhere "dem" and "ars" are words.
    heads = {key.split(" ")[-1] for key, mark in lex.marks.items() if mark.kind != "code"}
    heads |= set(lex.minor_units) | set(phrases.COIN_VALUES) | set(phrases.CURRENCY_SCALES)
    heads |= set(phrases.RUNNING_COINS.get(lex.language, ()))
    if profile.codes_unlike_words:
        heads |= {code.lower() for code in news_marks.PREFERENCE} - phrases.WORD_CODES
    anchor_words = {w for w in heads if _wordlike(w) and (len(w) >= 3 or _cjk(w))}
    symbols = {ch for sym in all_symbols() for ch in sym if not ch.isalnum() and not ch.isspace()}
    symbols |= {wide_forms(ch) for ch in symbols}  # "￡", "＄" as well
    symbol_class = "".join(re.escape(ch) for ch in sorted(symbols))
    word_alt = _trie_pattern({w.lower() for w in anchor_words})
    signs = rf"[{symbol_class}\d][{symbol_class}\d.,]*|[〇零一二三四五六七八九十百千万萬亿億兩两]+"
    starts: dict[str, int] = {}
    firsts: dict[bool, set[str]] = {True: set(), False: set()}
    for key, mark in lex.marks.items():
        toks = tokenize(key)
        if toks:
            starts[toks[0].low] = max(starts.get(toks[0].low, 1), len(toks))
            firsts[mark.kind == "place"].add(toks[0].low)
    # "VN$" counts only in capitals: its "vn" starts no figure in lower case ("in", "to" and "by" too)
    place_only = firsts[True] - firsts[False]
    starters = set(words) | (set(starts) - place_only) | set(phrases.NEGATIVE_WORDS)
    starters |= {"a", "an", "-", "−", "–"} | set(phrases.COIN_VALUES) | set(phrases.PERCENT_BEFORE)
    starters |= set(phrases.RUNNING_COINS.get(lex.language, ()))
    starters |= set(phrases.COUNTED_NAMES) | set(lex.minor_units)  # "שנקל", "אגורה" alone in a price
    if profile.kana_numerals:
        starters |= KANA_STARTS  # "はち ドル": a numeral spelled in hiragana
    return Scanner(
        lexicon=lex,
        profile=profile,
        signs=re.compile(signs),
        # a word may end in a combining mark (Devanagari रुपये), which \b does not see as a word's end
        words=re.compile(rf"\b{word_alt}(?!\w)") if word_alt else None,
        number_words=frozenset(words),
        mark_starts=starts,
        starters=frozenset(starters),
        cased_starters=frozenset(w.upper() for w in place_only - starters),
        skips={},
        clitics=clitics,
    )


def _wordlike(word: str) -> bool:
    """Letters and combining marks only: "dollars", "डॉलर", "美元"."""
    return bool(word) and word[0].isalpha() and all(ch.isalpha() or _COMBINING_CHAR.match(ch) for ch in word)


def _cjk(word: str) -> bool:
    return any(IDEOGRAPH.match(ch) for ch in word)


MAX_REGION = 1 << 13
"""The most characters one region spans: a longer stretch of figures is read a window at a time."""
_WIDEN = 32
"""How far a region's edge moves to reach whitespace or, failing that, a token boundary."""
_LAST_SPACE = re.compile(r"(?s:.*)\s")
_SPACE = re.compile(r"\s")


def regions(text: str, scan: Scanner) -> list[tuple[int, int]]:
    """Spans of ``text`` worth parsing, in order and disjoint: see :func:`iter_regions`."""
    return list(iter_regions(text, scan))


def iter_regions(text: str, scan: Scanner) -> Iterator[tuple[int, int]]:
    """Anchors widened by the reach, cut at whitespace (any: a no-break space too), then merged.

    Each region is cut before it is merged, so regions never overlap, even in text written without
    spaces; none is longer than :data:`MAX_REGION` (a long anchor is read in pieces), so the tokens
    of a huge text are never all held at once.
    """
    size = len(text)
    cur_a = cur_b = -1  # the region being grown: its cut start, and its end before the cut
    for start, end in _anchors(text, scan):
        a, b = start - REACH_BEFORE, min(size, end + REACH_AFTER)
        if cur_b < 0:
            cur_a, cur_b = _cut_before(text, max(0, a)), b
        elif a > cur_b:
            done = _cut_after(text, cur_b)
            yield cur_a, done
            cur_a, cur_b = _cut_before(text, max(a, done), floor=done), b
        elif b - cur_a <= MAX_REGION:
            cur_b = max(cur_b, b)
        else:  # too long to read at once: the new window begins the next region
            cut = _cut_before(text, max(a, cur_a + 1), floor=cur_a + 1)
            yield cur_a, cut
            cur_a, cur_b = cut, max(b, cut)
    if cur_b >= 0:
        yield cur_a, _cut_after(text, cur_b)


def _anchors(text: str, scan: Scanner) -> Iterator[tuple[int, int]]:
    """The anchors' spans in text order, a long one in pieces of at most half a region."""
    found: Iterator[tuple[int, int]] = (m.span() for m in scan.signs.finditer(text))
    if scan.words is not None:
        lowered = text.lower()
        # a few letters lower-case to two characters: then search the text as it is
        words = (m.span() for m in scan.words.finditer(lowered if len(lowered) == len(text) else text))
        # each scan is in text order: merged lazily, so the anchors of a huge text are never all held
        found = heapq.merge(found, words)
    step = MAX_REGION // 2
    for start, end in found:
        while end - start > step:
            cut = _cut_before(text, start + step, floor=start + 1)
            yield start, cut
            start = cut
        yield start, end


def _cut_before(text: str, a: int, floor: int = 0) -> int:
    """``a`` moved back to just after whitespace, or to a token boundary, by at most :data:`_WIDEN`."""
    lo = max(floor, a - _WIDEN)
    m = _LAST_SPACE.match(text, lo, a)
    if m is not None:
        return m.end()
    for p in range(a, lo, -1):
        if _boundary(text, p):
            return p
    return a


def _cut_after(text: str, b: int) -> int:
    """``b`` moved on to the next whitespace, or to a token boundary, by at most :data:`_WIDEN`."""
    hi = min(len(text), b + _WIDEN)
    m = _SPACE.search(text, b, hi)
    if m is not None:
        return m.start()
    for p in range(b, hi):
        if _boundary(text, p):
            return p
    return b


def _boundary(text: str, p: int) -> bool:
    """Whether a token may end at ``p``: not inside a word or a number (an ideograph is a word)."""
    if p <= 0 or p >= len(text):
        return True
    x, y = text[p - 1], text[p]
    if IDEOGRAPH.match(x) or IDEOGRAPH.match(y):
        return True
    return not ((x.isalnum() or _COMBINING_CHAR.match(x)) and (y.isalnum() or _COMBINING_CHAR.match(y)))
