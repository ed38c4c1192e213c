"""Per-unit denominators a sentence implies: "shares ... trading at HK$4.40", "Bitcoin's price ... $250,000".

A price stated without "per" often says what it is the price of elsewhere in its sentence. Only unscaled
amounts (no "million", "bn") are read as prices; totals are left alone.

>>> infer_units("Shares in the firm closed at $4.56.", [(27, 32)], [None])
['share']
>>> spans = [(8, 15), (19, 35), (42, 47)]
>>> infer_units("It rose 1 penny to $3.58 per gallon, from $3.57.", spans, [None, "gallon", None])
['gallon', 'gallon', 'gallon']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from moneyfacts._sentences import sentence_spans
from moneyfacts.data import phrases

__all__ = ["infer_units", "unit_name"]


def _cjk_only(word: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" for ch in word)


_PRICE_OF = re.compile(
    r"\bprice (?:of|for) (?:a single |a |an |one |each |the )?(?P<unit>[a-z]+)",
    re.IGNORECASE,
)
_POSSESSIVE_PRICE = re.compile(r"\b(?P<unit>[A-Za-z]+)(?:'s|’s) (?:share )?price\b")
# words that make a sentence about share prices: every word the unit table reads as "share", in any
# language, and a few that only share prices go with
_SHARE_NAMES = sorted((w for w, unit in phrases.UNIT_NAMES.items() if unit == "share"), key=len, reverse=True)
_SHARE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in _SHARE_NAMES if w.isalpha() and not _cjk_only(w))
    + r"|stocks?|IPO|debuted|акци[яиюй]\w*|hisse\w*)\b|"
    + "|".join(re.escape(w) for w in _SHARE_NAMES if _cjk_only(w)),
    re.IGNORECASE,
)
_PRICE_LEAD = re.compile(
    r"(?:\b(?:at|to|of|from|in|в|à|a|zu|bei|de)|[:：]|\beach\b[^,.]*,)\s*$", re.IGNORECASE
)
_NOT_UNITS = frozenset({"its", "us", "this", "his", "hers", "ours", "yours", "theirs", "was", "is", "has"})
_EACH = re.compile(r"\s*each\b", re.IGNORECASE)
# "HK$5,000 handouts to more than 6 million people": plural payments, each of the amount, to a count of
# recipients; a singular "a $5bn handout to 6 million people" is a total and is left alone
_PAID_TO = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:handouts|payments|cheques|checks|grants|vouchers|rebates|bonuses|stipends"
    r"|subsidies|allowances|awards|payouts)\s+(?:to|for)\s+(?:(?:more\s+than|over|about|around|nearly"
    r"|almost|some|roughly|at\s+least|up\s+to)\s+)?(?:\d[\d.,]*(?:\s*(?:million|billion|thousand|mn|m|bn|k)\b)?"
    r"|all|some)\s+(?:[a-z-]+\s+)??(?P<unit>people|children|men|women|[a-z]+s)\b",
    re.IGNORECASE,
)
_NOUN_AT = re.compile(r"\b(?P<unit>[a-z]+) (?:at|for)\s*$", re.IGNORECASE)
_PRICED = frozenset(
    {
        "bitcoin",
        "ether",
        "share",
        "stock",
        "barrel",
        "gallon",
        "ounce",
        "tonne",
        "ton",
        "litre",
        "liter",
        "unit",
    }
)


def _cue(sentence: str) -> str | None:
    m = _PRICE_OF.search(sentence)
    if m and m.group("unit").lower() in _PRICED | phrases.PER_UNITS:
        return _singular(m.group("unit"))
    m = _POSSESSIVE_PRICE.search(sentence)
    if m and m.group("unit").lower() in _PRICED:
        return _singular(m.group("unit"))
    if _SHARE_WORDS.search(sentence):
        return "share"
    return None


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def infer_units(
    text: str,
    spans: Sequence[tuple[int, int]],
    pers: Sequence[str | None],
    scaled: Sequence[bool] = (),
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[str | None]:
    """The unit each figure is a price per: its own, or one its sentence implies for an unscaled amount.

    ``sentences`` are the text's sentence spans, figures' spans left whole, when already found.
    """
    out = list(pers)
    if not spans:
        return out
    flags = list(scaled) or [False] * len(spans)
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    k = 0  # figures and sentences are both in text order: one walk over each
    for s_start, s_end in sentence_spans(text, sorted(spans)) if sentences is None else sentences:
        while k < len(order) and spans[order[k]][0] < s_start:
            k += 1
        first = k
        while k < len(order) and spans[order[k]][0] < s_end:
            k += 1
        if k > first:
            _sentence_units(text, s_start, s_end, spans, order[first:k], out, flags)
    return out


def _sentence_units(
    text: str,
    s_start: int,
    s_end: int,
    spans: Sequence[tuple[int, int]],
    inside: Sequence[int],
    out: list[str | None],
    flags: Sequence[bool],
) -> None:
    """Fill in ``out`` for the figures ``inside`` one sentence."""
    stated = {out[i] for i in inside if out[i]}
    shared = stated.pop() if len(stated) == 1 else None
    cue: str | None = None
    cue_done = False
    for i in inside:
        if out[i] is not None or flags[i]:
            continue
        a, b = spans[i]
        if shared is not None:
            out[i] = shared
            continue
        if _EACH.match(text, b):
            m = _NOUN_AT.search(text, max(s_start, a - _NOUN_REACH), a)
            noun = m.group("unit").lower() if m else ""
            if noun in phrases.PER_UNITS or (noun.endswith("s") and noun not in _NOT_UNITS):
                out[i] = unit_name(noun)  # "224.5 million shares at HK$44.05 each"
                continue
        paid = _PAID_TO.match(text, b, s_end)
        if paid:
            out[i] = unit_name(paid.group("unit"))
            continue
        if not cue_done:
            cue, cue_done = _cue(text[s_start:s_end]), True
        if cue is not None and (cue != "share" or _PRICE_LEAD.search(text, max(s_start, a - 24), a)):
            out[i] = cue


_NOUN_REACH = 48
"""How far before "at $X each" the counted noun is looked for: the words just before the amount."""


def unit_name(surface: str) -> str:
    """A per-unit word as the singular English name a fact reports.

    >>> unit_name("Shares"), unit_name("Aktie"), unit_name("kg"), unit_name("1,000 cubic feet")
    ('share', 'share', 'kg', '1,000 cubic feet')
    """
    word = " ".join(surface.casefold().split())
    if word in phrases.UNIT_NAMES:
        return phrases.UNIT_NAMES[word]
    if word.endswith("feet"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word
