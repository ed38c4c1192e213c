"""Currency marks at a token: signs, ISO codes, names, minor units, and whether each counts where it stands.

A mark is the longest surface of the lexicon starting at a token ("US$", "Australian dollars", "MEUR"),
kept only when :func:`moneyfacts.grammar.plausibility.mark_counts` finds it plausible there: a
lower-case "usd" in mixed-case text, a one-letter "R" away from any number or "le" (an article, and
the Egyptian pound's sign) are not marks. Marks stay
unresolved here; :mod:`moneyfacts.resolve.currencies` settles an ambiguous one.
"""

from __future__ import annotations

import re
from functools import cache

from moneyfacts.data import news_marks, phrases
from moneyfacts.grammar.figures import MarkHit
from moneyfacts.grammar.plausibility import CASED_KEYS, mark_counts
from moneyfacts.grammar.region import Region
from moneyfacts.reading.fuzzy import fuzzy_mark
from moneyfacts.reading.lexicon import Mark, fold_mark, normalise_mark
from moneyfacts.reading.places import place_words
from moneyfacts.reading.scan import IDEOGRAPH, NUM, SYM, WORD

__all__ = ["fused_code", "mark_at", "minor_at", "modified_name"]

_FUSED_SCALE_CODE = re.compile(r"(M|MM|Mn|k|K|T|Bn|bn|B)([A-Z]{3})")
_FUSED_SCALES = {"M": 6, "MM": 6, "Mn": 6, "k": 3, "K": 3, "T": 3, "Bn": 9, "bn": 9, "B": 9}
_MAJOR_CODES = frozenset(news_marks.PREFERENCE[:12])


@cache
def _one_word_places(language: str) -> dict[str, str]:
    """A language's one-word place names, case-folded, with their currency: "abd" (Turkish: the USA)."""
    return {name.casefold(): code for name, code in place_words(language).items() if " " not in name}


def fused_code(word: str) -> bool:
    """A scale letter fused to an ISO code: "MUSD", "kEUR", "MAUD"."""
    return 4 <= len(word) <= 5 and word[0] in "MKkTBb" and _FUSED_SCALE_CODE.fullmatch(word) is not None


def mark_at(p: Region, i: int) -> MarkHit | None:
    """The longest currency mark starting at token ``i``."""
    memo = p.mark_memo
    if i in memo:
        return memo[i]
    found = _mark_at(p, i)
    word = found is not None and not found.minor and found.mark.kind in ("name", "news")
    if found is not None and word and found.end == i + 1:
        # the head, then an adjective CLDR spells otherwise: "marchi finlandesi" (CLDR "markka
        # finlandese"), "riali qatarieni" (CLDR "rial qatarian")
        found = fuzzy_mark(p, i, least=2) or found
    if found is not None and p.language in phrases.APOSTROPHE_SUFFIXES:
        k = found.end  # Turkish writes case endings after an apostrophe: "$'lık", "frank'ta"
        apostrophe = k + 1 < p.n and p.low(k) in ("'", "’") and not p.toks[k].spaced
        if apostrophe and p.toks[k + 1].kind == WORD and not p.toks[k + 1].spaced:
            found = MarkHit(found.mark, found.start, k + 2, found.minor)
    memo[i] = found
    return found


def _mark_at(p: Region, i: int) -> MarkHit | None:
    if i >= p.n:
        return None
    tok = p.toks[i]
    if tok.kind == NUM:
        return None  # no mark, and no minor unit, is written in digits
    fused = _FUSED_SCALE_CODE.fullmatch(tok.text) if tok.kind == WORD and len(tok.text) > 3 else None
    if fused:
        code = p.lex.marks.get(fused.group(2).lower())
        if code is not None and code.kind == "code":  # "30 MUSD", "120 MEUR", "500 kEUR", "MAUD 60"
            return MarkHit(code, i, i + 1, power=_FUSED_SCALES[fused.group(1)])
    reach = p.scan.mark_starts.get(tok.low)
    if reach is None and not tok.low.isascii() and tok.kind != NUM:
        reach = p.scan.mark_starts.get(fold_mark(tok.low))  # "أورو", "￡": a letter variant
    if tok.kind == NUM or reach is None:
        return p.minor_at(i)
    if tok.text == "$" and i + 1 < p.n and not p.toks[i + 1].spaced:
        word = p.toks[i + 1].text  # "$CAD", "$USD": the code names the dollar
        named = p.lex.marks.get(word.lower()) if len(word) == 3 and word.isupper() else None
        if named is not None and named.kind == "code":
            return MarkHit(named, i, i + 2)
    if tok.text == "$" and i + 1 < p.n and p.toks[i + 1].kind == WORD and p.toks[i + 1].spaced:
        letters = p.toks[i + 1].low  # French "2,75 $ c", "5 $ US": the spaced form of "$C", "$US"
        # a word of two or three letters counts in capitals only: "5 $ US", but "4,5 G$ au trimestre"
        cased = len(letters) == 1 or p.toks[i + 1].text.isupper()
        glued = p.lex.marks.get("$" + letters) if letters not in ("a", "an") and cased else None
        if glued is not None and glued.decisive and glued.kind == "news" and len(letters) <= 3:
            return MarkHit(glued, i, i + 2)
    marks = p.lex.marks
    for j in range(min(p.n, i + reach), i, -1):
        if j - 1 > i and p.toks[j - 1].kind == NUM:
            continue
        surface = p.text[tok.start : p.toks[j - 1].end]
        key = normalise_mark(surface)
        mark = marks.get(key)
        if mark is None and not key.isascii() and (folded := fold_mark(key)) != key:
            mark = marks.get(folded)  # "￡", "ＵＳ＄": an exact key wins, a folded one stands in
        if mark is None and p.toks[j - 1].text == "." and j - 1 > i:
            continue
        if mark is not None and key in CASED_KEYS:
            mark = p.lex.cased_marks.get(surface, mark)  # "Rf" is the rufiyaa, "RF" the Rwandan franc
        if mark is not None and mark_counts(p, i, j, mark):
            if _abbreviation_dot(p, i, j, mark):
                j += 1  # "Rp. 420,00": the abbreviation's dot before the number
            return MarkHit(mark, i, j, power=mark.power)
    if tok.kind == WORD and len(tok.text) <= 3 and i + 1 < p.n and p.toks[i + 1].kind == SYM:
        mark = marks.get(tok.low + p.toks[i + 1].low)  # tokenised text: "c $ 16.4 million"
        mark = mark if mark is None or mark.kind != "place" else None
        # "u.s $" is an abbreviation, "Acme's $30bn" a possessive: neither is a prefix
        abbreviation = i > 0 and p.toks[i - 1].text in (".", "'", "’") and not tok.spaced
        if (
            mark is not None
            and tok.text.isalpha()
            and tok.low not in ("a", "an")
            and mark.decisive
            and not abbreviation
        ):
            return MarkHit(mark, i, i + 2)
    return p.minor_at(i)


def _abbreviation_dot(p: Region, i: int, j: int, mark: Mark) -> bool:
    """A short letter sign written with a dot, right before a number: "Rp. 420", "Rs. 20"."""
    dot = j + 1 < p.n and p.toks[j].text == "." and not p.toks[j].spaced
    word = j == i + 1 and p.toks[i].kind == WORD and len(p.toks[i].text) <= 3
    return dot and word and mark.kind != "code" and p.toks[j + 1].kind == NUM


def minor_at(p: Region, i: int) -> MarkHit | None:
    size = 1
    low = p.low(i)
    units = p.lex.minor_units
    minor = units.get(low)
    if minor is None and low[:1] >= "\uff01":
        minor = units.get(fold_mark(low))  # "50￠"
    if minor is None and i + 1 < p.n and IDEOGRAPH.match(low) and not p.toks[i + 1].spaced:
        size = 2  # 美分, 分钱: minor units of two characters
        minor = units.get(low + p.lows[i + 1])
    if minor is None and low in phrases.MINOR_PART_WORDS and low not in phrases.SHORT_MINORS:
        minor = (2, None)  # "10 ører", "10 rappens": a hundredth of whatever the text's currency is
    if minor is None:
        return place_minor(p, i)  # "0.75 Singapore cent"
    power, code = minor
    return MarkHit(Mark((code,) if code else (), bool(code)), i, i + size, minor=power)


def modified_name(p: Region, i: int) -> MarkHit | None:
    """A currency name after one adjective CLDR does not list: "10 अमेरिकी डॉलर" (American dollars).

    A place's short name before an ambiguous mark picks its currency: Turkish "5 milyar ABD $" (USA).
    Korean is a token per syllable, so there the adjective and the name are a written word each:
    "20 중국 위안" (Chinese yuan).
    """
    if i + 1 >= p.n or p.toks[i].kind != WORD:
        return None
    if not p.toks[i].text[0].isalpha() or p.toks[i].low in p.lex.scales:
        return None
    k = p.syllable_word_end(i)
    if all(t.low in p.scan.number_words for t in p.toks[i:k]):
        return None  # but "일본" (Japan) is no number word, though 일 is one
    head = p.mark_at(k)
    if head is None or head.minor or k == p.n or not p.toks[k].spaced:
        return None
    place = _one_word_places(p.language).get(p.toks[i].low) if k == i + 1 else None
    if place is not None and place in head.mark.codes and not head.mark.decisive:
        return MarkHit(Mark((place,), True, head.mark.kind), i, head.end)  # "ABD $'lık"
    if k > i + 1 or p.syllable(k):
        if not p.toks[i].spaced or not head.mark.decisive or head.mark.kind not in ("name", "news"):
            return None  # "300 일본 엔" is no "1 본 엔"
        if head.end > p.syllable_word_end(k):
            return None
    elif head.mark.kind != "name" or head.end != k + 1:
        return None
    if head.mark.codes[0] not in _MAJOR_CODES:
        return None  # an unknown adjective before a minor currency's name decides nothing
    return MarkHit(head.mark, i, head.end)


def place_minor(p: Region, i: int) -> MarkHit | None:
    """A cent named with its place: "0.75 Singapore cent", "40 Hong Kong cents" is a part of the place's
    currency, where that currency is divided into cents."""
    if i >= p.n or p.toks[i].kind != WORD or not p.toks[i].text[:1].isupper():
        return None
    tok = p.toks[i]
    places = place_words(p.language)
    for size in (1, 2, 3):
        end = i + size
        if end >= p.n or p.toks[end - 1].kind != WORD:
            return None
        code = places.get(p.text[tok.start : p.toks[end - 1].end])
        if code is not None and p.low(end) in news_marks.CENT_NAMES and code in news_marks.CENT_CURRENCIES:
            return MarkHit(Mark((code,), True), i, end + 1, minor=2)
    return None
