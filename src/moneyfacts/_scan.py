"""Scan: text -> candidate regions -> tokens with offsets into the original string.

Most text holds no money, so two precompiled patterns per locale first find *anchors*: signs
(digits, CJK numerals, currency symbols) in the text, and currency words in its lower-cased copy
(a case-sensitive alternation runs three times faster than a case-insensitive one). Only the
regions around anchors are tokenised, by one locale-independent pattern compiled at import.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from moneyfacts._lexicon import Lexicon, all_symbols, lexicon, wide_forms
from moneyfacts._numbers import CJK_NUMERAL, DIGITS, KANA_STARTS, clitic_words, number_words
from moneyfacts._numwords import SPELLING_FOLD
from moneyfacts._profile import Profile, profile_of
from moneyfacts.data import news_marks, phrases

__all__ = [
    "CJK",
    "IDEOGRAPH",
    "NUM",
    "SYM",
    "WORD",
    "Scanner",
    "Tok",
    "build_scanner",
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


IDEOGRAPH = re.compile(f"[{_IDEOGRAPHIC}]")
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


@cache
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


def regions(text: str, scan: Scanner) -> list[tuple[int, int]]:
    """Spans of ``text`` worth parsing: anchors widened by the reach, merged, cut at whitespace."""
    out: list[tuple[int, int]] = []
    size = len(text)
    found = [m.span() for m in scan.signs.finditer(text)]
    if scan.words is not None:
        lowered = text.lower()
        if len(lowered) == len(text):  # a few letters lower-case to two characters: then search as is
            found += [m.span() for m in scan.words.finditer(lowered)]
            found.sort()
        else:
            found = sorted(found + [m.span() for m in scan.words.finditer(text)])
    for start, end in found:
        a, b = start - REACH_BEFORE, end + REACH_AFTER
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    spans = []
    for a, b in out:
        a = max(a, 0)
        b = min(b, size)
        if a > 0:
            cut = text.rfind(" ", 0, a)
            a = cut + 1 if cut >= 0 else 0
        if b < size:
            cut = text.find(" ", b)
            b = cut if cut >= 0 else size
        spans.append((a, b))
    return spans
