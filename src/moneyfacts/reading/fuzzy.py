"""Currency names written a little differently from CLDR's: plurals, spelling variants, loose adjectives.

"sveitsiske francs" is CLDR's "sveitsiske franc", "canadiske dollars" its "kanadiske dollar", "thai bhat"
its "thailandske baht", "10 Euros" in Norwegian text the English "euros". A name is matched by its
modifier (the words before the head, spelling-folded) as a prefix of a CLDR name's modifier, or one
letter off it, and by a head word that agrees with that name's head. Where the head comes first, the
modifier is the words after it: Italian "marchi finlandesi" is CLDR's "markka finlandese", Romanian
"lire egiptene" its "liră egipteană".

>>> from moneyfacts.reading.lexicon import lexicon
>>> fuzzy_lookup(["canadiske", "dollars"], lexicon("nb")).codes
('CAD',)
>>> fuzzy_lookup(["thai", "bhat"], lexicon("nb")).codes
('THB',)
>>> fuzzy_lookup(["fiorini", "olandesi"], lexicon("it")).codes
('NLG',)
>>> fuzzy_lookup(["employees"], lexicon("en")) is None
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from moneyfacts.data import phrases
from moneyfacts.grammar.figures import MarkHit
from moneyfacts.grammar.region import Region
from moneyfacts.reading.lexicon import Lexicon, Mark, lexicon, normalise_mark
from moneyfacts.reading.profile import profile
from moneyfacts.reading.scan import WORD

__all__ = ["fuzzy_lookup", "fuzzy_mark", "skeleton"]


def skeleton(word: str) -> str:
    """A spelling-tolerant key: letters only, Latin accents dropped, "c" read as "k" ("canadiske" ~
    "kanadiske", "egipteană" ~ "egipteana").

    >>> skeleton("Sør-Afrikanske"), skeleton("canadian"), skeleton("liră")
    ('sørafrikanske', 'kanadian', 'lira')
    """
    folded = word.casefold()
    if folded.isascii() and folded.isalpha():  # nothing to strip: the common case, read at C speed
        return folded.replace("c", "k")
    return "".join(ch for ch in _strip_accents(folded) if ch.isalpha()).replace("c", "k")


def _strip_accents(word: str) -> str:
    """Latin letters without their accents: "dólares" -> "dolares" (other scripts' marks are kept)."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f"))


@lru_cache(maxsize=32)
def _unaccented(locale: str) -> dict[str, Mark]:
    """A locale's one-word currency names keyed without accents, where that changes the key."""
    out: dict[str, Mark] = {}
    for key, mark in lexicon(locale).marks.items():
        if " " not in key and mark.kind != "code" and len(key) >= 4:
            bare = _strip_accents(key)
            if bare != key:
                out.setdefault(bare, mark)
    return out


@lru_cache(maxsize=32)
def _slips(locale: str) -> dict[str, Mark]:
    """A locale's one-word currency names of six letters or more with two neighbours swapped ("doalres")
    or a doubled letter written once ("dolars"), keyed without accents.

    Only a slip that is no name itself and stands for one currency is kept; a shorter name is never
    slipped, nor a letter changed or dropped ("ponds" is no "pounds", "collars" no "dollars", French
    "nouveau" no "nouveaux").
    """
    marks = lexicon(locale).marks
    found: dict[str, set[Mark]] = {}
    for key, mark in marks.items():
        bare = _strip_accents(key)
        if mark.kind == "code" or len(bare) < 6 or not bare.isalpha():
            continue
        swaps = {bare[:i] + bare[i + 1] + bare[i] + bare[i + 2 :] for i in range(len(bare) - 1)}
        drops = {bare[:i] + bare[i + 1 :] for i in range(1, len(bare)) if bare[i] == bare[i - 1]}
        for slip in (swaps | drops) - {bare}:
            if slip not in marks:
                found.setdefault(slip, set()).add(mark)
    return {slip: next(iter(ms)) for slip, ms in found.items() if len({m.codes for m in ms}) == 1}


class _Name(NamedTuple):
    modifier: str
    head: str
    code: str
    head_first: bool


@lru_cache(maxsize=32)
def _names(locale: str) -> dict[str, tuple[_Name, ...]]:
    """Decisive names of two or more words, keyed by the first four letters of their modifier.

    A name is read with its head last ("kanadiske dollar") or first ("rial qatarian"): the end that is
    a currency word of its own.
    """
    index: dict[str, list[_Name]] = {}
    marks = lexicon(locale).marks
    for key, mark in marks.items():
        words = key.replace("-", " ").split()
        if not mark.decisive or len(words) < 2 or not all(w.isalpha() for w in words):
            continue
        for head_first, (modifier, head) in enumerate(_readings(words)):
            if len(modifier) >= 4 and head in marks:
                name = _Name(modifier, skeleton(head), mark.codes[0], bool(head_first))
                index.setdefault(modifier[:4], []).append(name)
    return {k: tuple(v) for k, v in index.items()}


def _readings(words: Sequence[str]) -> tuple[tuple[str, str], tuple[str, str]]:
    """(modifier skeleton, head word) with the head last, then with the head first."""
    return (skeleton("".join(words[:-1])), words[-1]), (skeleton("".join(words[1:])), words[0])


def _modifiers_agree(written: str, name: str) -> bool:
    """One is a prefix of the other ("kanad" ~ "kanadiske"), or they are one letter apart in a word of
    five or more ("finlandesi" ~ "finlandese", "egiptiana" ~ "egipteana")."""
    if name.startswith(written) or written.startswith(name):
        return True
    if min(len(written), len(name)) < 5 or abs(len(written) - len(name)) > 1:
        return False
    i = next(k for k, (a, b) in enumerate(zip(written, name, strict=False)) if a != b)
    return written[i + 1 :] in (name[i + 1 :], name[i:]) or written[i:] == name[i + 1 :]


def _heads_agree(head: str, name: _Name, lex: Lexicon) -> bool:
    bare = skeleton(head)
    if bare[:3] == name.head[:3] or (len(bare) >= 2 and name.head.startswith(bare)):
        return True  # "francs" ~ "franc", "rupees" ~ "rupi", "kr" ~ "kroner"
    mark = lex.marks.get(head) or lex.marks.get(head[:-1])
    return mark is not None and name.code in mark.codes  # "kinesiske renminbi" ~ "kinesiske yuan"


def fuzzy_lookup(words: Sequence[str], lex: Lexicon) -> Mark | None:
    """The currency a loosely written name stands for, when exactly one fits; ``words`` are case-folded."""
    if not words:
        return None
    return _lookup(tuple(words), lex.locale)


@lru_cache(maxsize=1 << 14)
def _lookup(words: tuple[str, ...], locale: str) -> Mark | None:
    """:func:`fuzzy_lookup`, remembered: running text asks about the same few words again and again."""
    lex = lexicon(locale)
    if len(words) == 1:
        word = words[0]
        if len(word) < 4 or not word.isalpha():
            return None
        for stem in (word[:-1], word[:-2]) if word.endswith("s") else ():
            if stem in lex.marks and lex.marks[stem].kind != "code" and len(stem) >= 3:
                return lex.marks[stem]  # "Euros", "yenes"; but "cups" is no plural of the code CUP
        for ending in phrases.FUSED_ENDINGS.get(lex.language, ()):
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            base = word[: -len(ending)]
            for stem in (base, *(base + end for end in phrases.STEM_ENDINGS.get(lex.language, ()))):
                if stem in lex.marks and lex.marks[stem].kind != "code":
                    return lex.marks[stem]  # Turkish "dolardan", Russian "рублях" (рубль)
        for mutated, radical in phrases.INITIAL_MUTATIONS.get(lex.language, ()):
            stem = radical + word[len(mutated) :]
            if word.startswith(mutated) and stem in lex.marks and lex.marks[stem].kind != "code":
                return lex.marks[stem]  # Irish "dhollair" (dollair), "bpuint" (puint)
        bare = _unaccented(lex.locale).get(_strip_accents(word))
        if bare is not None:
            return bare  # "dolares" for "dólares"
        slip = _slips(lex.locale).get(_strip_accents(word))
        if slip is not None:
            return slip  # "dólraes" for "dólares", "dolars" for "dollars"
        return lexicon("en").marks.get(word) if profile(locale).english_names else None
    names = _names(lex.locale)
    for head_first, (modifier, head) in enumerate(_readings(words)):
        if len(modifier) < 4:
            continue
        found = {
            name.code
            for name in names.get(modifier[:4], ())
            if name.head_first == bool(head_first)
            and _modifiers_agree(modifier, name.modifier)
            and _heads_agree(head, name, lex)
        }
        if len(found) == 1:  # "fiorini olandesi" read head last is two currencies, head first one
            return Mark((found.pop(),), True)
    return None


def fuzzy_mark(parser: Region, i: int, least: int = 1) -> MarkHit | None:
    """A currency name after a number, written a little differently from CLDR's (see :mod:`._fuzzy`).

    ``least`` is the fewest words the name may have.
    """
    toks = parser.toks
    if i >= parser.n or toks[i].kind != WORD or toks[i].low in parser.scan.number_words:
        return None
    for size in range(4, least - 1, -1):
        end = i + size
        if end > parser.n or toks[end - 1].kind != WORD:
            continue
        if any((t.kind != WORD and t.text != "-") or (t.text == "-" and t.spaced) for t in toks[i:end]):
            continue
        words = normalise_mark(parser.text[toks[i].start : toks[end - 1].end]).replace("-", " ").split()
        mark = fuzzy_lookup(words, parser.lex)
        if mark is not None:
            return MarkHit(mark, i, end)
    return None
