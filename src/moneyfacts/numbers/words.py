"""Spelled-out numbers ("one and a half million", "dreiundzwanzig", "vingt et un") -> exact Decimal.

The tables under ``data/numwords/`` (generated from CLDR RBNF rules by ``tools/generate_numwords.py``)
list every spelled form of 0..999 per language, its scale words, and the few words RBNF does not
spell (connectors, articles, fractions, the decimal-point word). A number is read as a sum of
groups ``units × scale``; a scale larger than the groups before it multiplies them
("thousand million", 천이백만), so 10⁴-based scales need no special case. A token that is no known
word is split into known pieces (German, Dutch, Korean compounds), and a clitic prefix such as
Arabic و or Hebrew ו is stripped when what remains is a number word.

Fractions are kept exact internally; the result is exact when the value has a terminating decimal
expansion, otherwise rounded to 28 significant digits ("two thirds of a billion" ->
``Decimal('666666666.6666666666666666667')``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import cache, lru_cache
from pathlib import Path

from moneyfacts._exact import EXACT, quotient

__all__ = ["SPELLING_FOLD", "clitic_words", "languages", "number_words", "parse_number_words"]

_ALIASES = {"no": "nb", "nn": "nb", "iw": "he", "in": "id"}
_NUMERAL = re.compile(r"\d+(?:\.\d+)?")
_ASCII_DIGITS = re.compile(r"[0-9]+")

_NUKTA_LETTERS = "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u0929\u0931\u0934"  # nukta built in
SPELLING_FOLD: dict[int, str | None] = {
    0x093C: None,  # Devanagari nukta, often left out of loan words: "फ़्रैंक" = "फ्रैंक" (franc)
    **{ord(letter): plain for letter, plain in zip(_NUKTA_LETTERS, "कखगजडढफयनरळ", strict=True)},
    0x0901: "\u0902",  # candrabindu written as anusvara: "पाँच" = "पांच" (five)
}
"""Letters that running text writes two ways, folded to one in every word a table is looked up by."""


@dataclass(frozen=True, slots=True)
class _Table:
    forms: Mapping[tuple[str, ...], int]
    max_form: int
    pieces: Mapping[str, int]
    max_piece: int
    scales: Mapping[str, int]
    bare: frozenset[str]
    connectors: frozenset[str]
    articles: frozenset[str]
    of: frozenset[str]
    point: frozenset[str]
    prefixes: tuple[str, ...]
    fractions: Mapping[str, Fraction]
    plus_fractions: Mapping[str, Fraction]
    words: Mapping[str, Fraction]
    vocabulary: frozenset[str]


@cache
def languages() -> frozenset[str]:
    """The languages with a number-word table."""
    root = Path(__file__).parent.parent / "data" / "numwords"
    return frozenset(p.name.removesuffix(".json") for p in root.iterdir() if p.name.endswith(".json"))


def _language(language: str) -> str | None:
    lang = language.replace("-", "_").split("_")[0].casefold()
    lang = _ALIASES.get(lang, lang)
    return lang if lang in languages() else None


@cache
def _table(lang: str) -> _Table:
    path = Path(__file__).parent.parent / "data" / "numwords" / f"{lang}.json"
    raw = json.loads(path.read_text(encoding="utf-8").translate(SPELLING_FOLD))
    forms = {tuple(k.split()): int(v) for k, v in raw["units"].items()}
    scales = {k: int(v) for k, v in raw["scales"].items()}
    fractions = {k: Fraction(v) for k, v in raw["fractions"].items()}
    plus = {k: Fraction(v) for k, v in raw.get("plus_fractions", {}).items()}
    words = {k: Fraction(v) for k, v in raw["words"].items()}
    pieces = {k[0]: v for k, v in forms.items() if len(k) == 1}
    glue = set(raw["connectors"]) | set(raw["articles"])
    vocabulary = frozenset(
        {t for k in forms for t in k}
        | set(scales)
        | glue
        | set(raw["of"])
        | set(raw["point"])
        | set(fractions)
        | set(plus)
        | set(words)
    )
    return _Table(
        forms=forms,
        max_form=max(map(len, forms)),
        pieces={**pieces, **dict.fromkeys(scales, -1)},
        max_piece=max(map(len, [*pieces, *scales])),
        scales=scales,
        bare=frozenset(raw["bare_scales"]),
        connectors=frozenset(raw["connectors"]),
        articles=frozenset(raw["articles"]),
        of=frozenset(raw["of"]),
        point=frozenset(raw["point"]),
        prefixes=tuple(raw["prefixes"]),
        fractions=fractions,
        plus_fractions=plus,
        words=words,
        vocabulary=vocabulary,
    )


def number_words(language: str) -> frozenset[str]:
    """Case-folded tokens that may occur inside a spelled-out number in ``language``.

    >>> {"thirty", "five", "million", "and", "half"} <= number_words("en")
    True
    """
    lang = _language(language)
    return _table(lang).vocabulary if lang else frozenset()


@cache
def clitic_words(language: str) -> dict[str, str]:
    """Number words with a clitic written onto them, each with its clitic: Hebrew "מעשר" (from ten) -> "מ".

    >>> clitic_words("ar")["لعشرين"], clitic_words("ar")["وعشرون"]
    ('ل', 'و')
    """
    lang = _language(language)
    if lang is None:
        return {}
    table = _table(lang)
    out: dict[str, str] = {}
    for word in table.vocabulary:
        if " " in word:
            continue
        for prefix in table.prefixes:
            out.setdefault(prefix + word, prefix)
            if word.startswith(prefix) and word[len(prefix) :] in table.vocabulary:
                out[word] = prefix  # a table form that is itself a clitic and a number: "وعشرون"
    return out


@lru_cache(maxsize=4096)
def _expand(token: str, lang: str) -> tuple[str, ...] | None:
    """``token`` as known words: itself, without a clitic prefix, or split into known pieces."""
    table = _table(lang)
    if token in table.vocabulary or _NUMERAL.fullmatch(token):
        return (token,)
    for prefix in table.prefixes:
        rest = token[len(prefix) :]
        if token.startswith(prefix) and rest in table.vocabulary:
            return (rest,)
    return _segment(token, table)


def _segment(word: str, table: _Table) -> tuple[str, ...] | None:
    """The split of ``word`` into the fewest known pieces, or ``None``."""
    n = len(word)
    if n > 120:
        return None
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for start in range(n):
        prev = best[start]
        if prev is None:
            continue
        for end in range(start + 1, min(n, start + table.max_piece) + 1):
            piece = word[start:end]
            if piece in table.pieces or (piece in table.connectors and start and end < n):
                cand = (*prev, piece)
                cur = best[end]
                if cur is None or len(cand) < len(cur):
                    best[end] = cand
    found = best[n]
    return found if found and len(found) > 1 else None


@lru_cache(maxsize=4096)
def _unaccented(token: str) -> str:
    """``token`` without Latin accents: Romanian "și" (or the older "şi") -> "si"."""
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFD", token)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f"))


def _to_decimal(value: Fraction) -> Decimal:
    num, den = value.numerator, value.denominator
    d = den
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d == 1:
        with localcontext(EXACT) as ctx:
            ctx.prec = max(EXACT.prec, len(str(abs(num))) + len(str(den)) + 2)
            return (Decimal(num) / Decimal(den)).normalize() if den != 1 else Decimal(num)
    return quotient(Decimal(num), Decimal(den))


class _Reader:
    """A reader over the expanded tokens of one call."""

    __slots__ = ("ex", "fx", "n", "t")

    def __init__(self, ex: list[str], table: _Table) -> None:
        self.ex = ex
        self.n = len(ex)
        self.t = table
        folded = [_unaccented(tok) for tok in ex]
        self.fx = folded if folded != ex else None
        """the tokens without accents, where that changes them: "douăzeci si trei" mixes both"""

    def at(self, j: int) -> str:
        return self.ex[j] if j < self.n else ""

    def fraction(self, j: int) -> tuple[Fraction, int] | None:
        """``[article] fraction`` ("a half", "quarter")."""
        t = self.t
        if self.at(j) in t.articles and self.at(j + 1) in t.fractions:
            return t.fractions[self.at(j + 1)], j + 2
        if self.at(j) in t.fractions:
            return t.fractions[self.at(j)], j + 1
        return None

    def integer(self, j: int) -> tuple[Fraction, int] | None:
        """A numeral token, a spelled form of 0..999 (longest match) or an extra word such as "dozen"."""
        tok = self.at(j)
        if _NUMERAL.fullmatch(tok):
            return Fraction(Decimal(tok)), j + 1
        forms = self.t.forms
        heads = [tok, *(tok[len(p) :] for p in self.t.prefixes if tok.startswith(p) and len(tok) > len(p))]
        for length in range(min(self.t.max_form, self.n - j), 0, -1):
            rest = tuple(self.ex[j + 1 : j + length])
            for head in heads:
                # a clitic (Arabic و) may stand before a form that has none of its own
                value = forms.get((head, *rest))
                if value is not None:
                    return Fraction(value), j + length
            if self.fx is not None:  # the tables list every form unaccented as well
                value = forms.get(tuple(self.fx[j : j + length]))
                if value is not None:
                    return Fraction(value), j + length
        if tok in self.t.words:
            return self.t.words[tok], j + 1
        return None

    def small(self, j: int) -> tuple[Fraction, int] | None:
        """A number below the next scale: integer, decimals, fractions and "and a half" included."""
        t = self.t
        got = self.integer(j)
        if got is None:
            if self.at(j) in t.articles and self.at(j + 1) in t.scales:
                return Fraction(1), j + 1
            if self.at(j) in t.articles and self.at(j + 1) in t.words:
                return t.words[self.at(j + 1)], j + 2
            if self.at(j) in t.bare:
                return Fraction(1), j
            frac = self.fraction(j)
            if frac is None:
                return None
            value, k = frac
            # "half a million", "a third of a billion"
            if self.at(k) in t.of:
                k2 = k + 1
                if self.at(k2) in t.articles and self.at(k2 + 1) in t.scales:
                    return value, k2 + 1
            if self.at(k) in t.articles and self.at(k + 1) in t.scales:
                return value, k + 1
            return value, k
        value, k = got
        if value.denominator == 1 and self.at(k) in t.point:
            digits = self._decimals(k + 1)
            if digits is not None:
                text, k = digits
                value += Fraction(int(text), 10 ** len(text))
        # "one and a half", "30 and a half"
        if self.at(k) in t.connectors:
            frac = self.fraction(k + 1)
            if frac is not None and frac[0] < 1:
                return value + frac[0], frac[1]
        if self.at(k) in t.plus_fractions:
            return value + t.plus_fractions[self.at(k)], k + 1
        # "two thirds", "three quarters (of a billion)"
        if self.at(k) in t.fractions and value >= 1 and value.denominator == 1:
            value *= t.fractions[self.at(k)]
            k += 1
            if self.at(k) in t.of and self.at(k + 1) in t.articles and self.at(k + 2) in t.scales:
                k += 2
        return value, k

    def _decimals(self, j: int) -> tuple[str, int] | None:
        tok = self.at(j)
        if _ASCII_DIGITS.fullmatch(tok):
            return tok, j + 1
        out = ""
        while (v := self.t.forms.get((self.at(j),))) is not None and v < 10:
            out += str(v)
            j += 1
        return (out, j) if out else None

    def read(self) -> list[tuple[Fraction, int]]:
        """Every (value, position) at which a number could end, shortest first."""
        t = self.t
        groups: list[tuple[Fraction, int]] = []
        ends: list[tuple[Fraction, int]] = []
        j = 0
        while True:
            start = j
            if groups:
                k = start + 1 if self.at(start) in t.connectors else start
                tail = self.fraction(k)
                # "two million and a half"; but "and a quarter of a million" is a number of its own
                of_scale = self.at(tail[1]) in t.of if tail is not None else False
                if tail is not None and tail[0] < 1 and self.at(tail[1]) not in t.scales and not of_scale:
                    groups.append((tail[0] * groups[-1][1], 0))
                    ends.append((sum((g[0] for g in groups), Fraction(0)), tail[1]))
                    break
                got = self.small(k)
            else:
                got = self.small(start)
            if got is None:
                break
            value, k = got
            if self.at(k) in t.scales:
                ok = False
                while self.at(k) in t.scales:
                    scale = t.scales[self.at(k)]
                    amount = value
                    kept = list(groups)
                    while kept and kept[-1][1] < scale:
                        amount += kept.pop()[0]
                    if (kept and kept[-1][1] <= scale) or (ok and len(kept) == len(groups)):
                        # same or larger scale again, or a following scale that multiplies nothing
                        break
                    groups = [*kept, (amount * scale, scale)]
                    value, k, ok = Fraction(0), k + 1, True
                    ends.append((sum((g[0] for g in groups), Fraction(0)), k))
                if not ok:
                    break
                j = k
                continue
            lone_article = self.at(start) in t.articles and (self.at(start),) not in t.forms
            if k == start or (lone_article and k == start + 1):
                break
            spelled_point = any(self.at(x) in t.point for x in range(start, k))
            if groups and (
                value >= min(g[1] for g in groups) or (value.denominator != 1 and not spelled_point)
            ):
                break  # "twenty nine point nine nine" ends in a fraction; "twenty 9.99" is two numbers
            if groups and self.at(start) in t.connectors and k == start + 1 and value == 0:
                break
            ends.append((sum((g[0] for g in groups), Fraction(0)) + value, k))
            break
        return ends


def parse_number_words(tokens: Sequence[str], language: str) -> tuple[Decimal, int] | None:
    """The value of the longest spelled-out number at the start of ``tokens`` and how many tokens it used.

    >>> parse_number_words(["one", "and", "a", "half", "million", "dollars"], "en")
    (Decimal('1500000'), 5)
    >>> parse_number_words(["dreiundzwanzig"], "de")
    (Decimal('23'), 1)
    """
    lang = _language(language)
    if lang is None or not tokens:
        return None
    table = _table(lang)
    if tokens[0].casefold().translate(SPELLING_FOLD) in table.connectors:
        return None
    expanded: list[str] = []
    boundary: dict[int, int] = {0: 0}
    for i, token in enumerate(tokens):
        pieces = _expand(token.casefold().translate(SPELLING_FOLD), lang)
        if pieces is None:
            break
        expanded.extend(pieces)
        boundary[len(expanded)] = i + 1
        if len(expanded) > 64:
            break
    if not expanded:
        return None
    for value, end in reversed(_Reader(expanded, table).read()):
        if end in boundary and end > 0:
            return _to_decimal(value), boundary[end]
    return None
