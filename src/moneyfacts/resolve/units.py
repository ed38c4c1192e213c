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

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from moneyfacts.data import phrases
from moneyfacts.reading.sentences import sentence_spans

__all__ = ["cldr_per_word", "infer_units", "unit_name"]


@cache
def _cldr_per_words() -> dict[str, dict[str, str]]:
    path = Path(__file__).parent.parent / "data" / "cldr" / "units" / "per.json"
    table: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return table


def cldr_per_word(language: str) -> str | None:
    """The word of a language's CLDR "per" pattern that stands between a figure and its unit, if any.

    >>> cldr_per_word("de"), cldr_per_word("pl"), cldr_per_word("zh")
    ('pro', 'na', None)
    """
    found = _cldr_per_words().get(language)
    return found["word"] if found is not None and found["place"] == "after" else None


def _unspaced(word: str) -> bool:
    return all("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" for ch in word)


def _cjk_only(word: str) -> bool:
    return all("\u3400" <= ch <= "\u9fff" for ch in word)


_PRICE_OF = re.compile(
    r"\bprice (?:of|for) (?:a single |a |an |one |each |the )?(?P<unit>[a-z]+)",
    re.IGNORECASE,
)
# "a litre of 95 from R16.02 to R16.03", "a kilo of tomatoes at ₹80", "un litro de gasolina a 1,80 euros":
# a measure of goods whose price the figures after a lead give
_MEASURE_OF = re.compile(
    r"\b(?:a|an|one|per|un|una|um|uma|une)\s+(?P<unit>litre|liter|litro|gallon|kilo|quilo|chilo|kilogram|"
    r"kg|tonne|ton|tonelada|barrel|barril|baril|pound|ounce|bag|loaf)\s+(?:of|de|di|do|da|du|d')(?!\w)",
    re.IGNORECASE,
)
_POSSESSIVE_PRICE = re.compile(r"\b(?P<unit>[A-Za-z]+)(?:'s|’s) (?:share )?price\b")
# words that make a sentence about share prices: every word the unit table reads as "share", in any
# language, and a few that only share prices go with
_SHARE_NAMES = sorted((w for w, unit in phrases.UNIT_NAMES.items() if unit == "share"), key=len, reverse=True)
_SHARE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in _SHARE_NAMES if w.isalpha() and not _cjk_only(w))
    + r"|stocks?|IPO|debuted|the counter|акци[яиюй]\w*|hisse\w*)\b|"
    + "|".join(re.escape(w) for w in _SHARE_NAMES if _cjk_only(w)),
    re.IGNORECASE,
)
_GOODS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in phrases.PRICED_GOODS if w.isascii())
    + r")\b|"
    + "|".join(re.escape(w) for w in phrases.PRICED_GOODS if not w.isascii()),
    re.IGNORECASE,
)
_DIVIDEND = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, phrases.DIVIDEND_WORDS)) + r")(?!\w)", re.IGNORECASE
)
_MINOR_WORDS = sorted(phrases.MINOR_PART_WORDS, key=len, reverse=True)
_IN_MINOR = re.compile(  # "3c", "7.3 cents", "45 Cent", "6 sen", "12p": the figure ends in a minor unit
    r"\d\s*(?:" + "|".join(map(re.escape, _MINOR_WORDS)) + r")\Z", re.IGNORECASE
)
_PRICE_LEAD = re.compile(
    r"(?:\b(?:at|to|of|from|in|в|à|a|zu|bei|de|auf)|[:：]|\beach\b[^,.]*,)\s*$", re.IGNORECASE
)
_NOT_UNITS = frozenset({"its", "us", "this", "his", "hers", "ours", "yours", "theirs", "was", "is", "has"})
_EACH = re.compile(r"\s*each\b", re.IGNORECASE)
# "S$300 vouchers to more than 2 million households": plural payments, each of the amount, to a count of
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


def _unit_first() -> re.Pattern[str]:
    """The per-unit phrases that may name a measure before its figure: "earnings per share were $0.07",
    "Ergebnis je Aktie ... 1,20 Euro", "每股盈利", "1株当たり", "hisse başına", "EPS"."""
    units = {
        w: unit_name(w) for w in phrases.PER_UNITS | set(phrases.UNIT_NAMES) if w not in phrases.TIME_UNITS
    }
    latin = sorted((w for w in units if w.isalpha() and not _cjk_only(w)), key=len, reverse=True)
    cjk = sorted((w for w in units if _cjk_only(w)), key=len, reverse=True)
    pers = sorted((w for w in phrases.PER_WORDS if w.isalpha() and w not in phrases.PER_WORDS_KNOWN_ONLY
                   and not _cjk_only(w)), key=len, reverse=True)  # fmt: skip
    cjk_pers = [w for w in phrases.PER_WORDS if _cjk_only(w)]
    words = "|".join(map(re.escape, latin))
    cjk_units = "|".join(map(re.escape, cjk))
    fused = "|".join(map(re.escape, sorted(phrases.UNIT_FIRST, key=len, reverse=True)))
    # the words of scripts without spaces need no word boundary: "1株当たり", "한 주당"
    cjk_fused = "|".join(re.escape(w) for w in phrases.UNIT_FIRST if _unspaced(w))
    return re.compile(
        rf"(?:\b(?:{'|'.join(map(re.escape, pers))})\s+(?:\w+\s+)?(?P<unit>{words})\b"
        rf"|(?:{'|'.join(map(re.escape, cjk_pers))})\s*(?P<count>\d+\s*)?(?P<cjk>{cjk_units})"
        rf"|(?P<fused>\b(?:{fused})\b|{cjk_fused}))",
        re.IGNORECASE,
    )


_GAP_BREAKS = frozenset(",;%，；％、")
_GAP_REACH = 40
"""How far after a unit-first phrase its figure may stand: the verb between ("were", "stieg auf")."""


def _cue(sentence: str) -> str | None:
    m = _PRICE_OF.search(sentence)
    if m and m.group("unit").lower() in _PRICED | phrases.PER_UNITS:
        return _singular(m.group("unit"))
    m = _POSSESSIVE_PRICE.search(sentence)
    if m and m.group("unit").lower() in _PRICED:
        return _singular(m.group("unit"))
    if _SHARE_WORDS.search(sentence):
        return "share"
    m = _GOODS.search(sentence)
    if m:
        return phrases.PRICED_GOODS[m.group().casefold()]
    m = _MEASURE_OF.search(sentence)
    return _MEASURED + unit_name(_singular(m.group("unit"))) if m else None


_LEAD_IN = re.compile(r"(?:from|between)\s", re.IGNORECASE)  # a range that opens with its lead
_MEASURED = "="
"""Marks a cue read from "a litre of ...": it holds only for a figure after a price lead ("from", "to")."""


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
    _units_first(text, s_start, spans, inside, out, flags)
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
                out[i] = unit_name(noun)  # "3.2 million shares at HK$12.50 each"
                continue
        if _IN_MINOR.search(text, a, b) and _DIVIDEND.search(text, s_start, s_end):
            out[i] = "share"  # "a 3c special dividend": a payout in cents is per share
            continue
        paid = _PAID_TO.match(text, b, s_end)
        if paid:
            out[i] = unit_name(paid.group("unit"))
            continue
        if not cue_done:
            cue, cue_done = _cue(text[s_start:s_end]), True
        if cue is None:
            continue
        leads = cue not in ("share", *phrases.PRICED_GOODS.values()) and not cue.startswith(_MEASURED)
        if leads or _PRICE_LEAD.search(text, max(s_start, a - 24), a) or _LEAD_IN.match(text, a):
            out[i] = cue.removeprefix(_MEASURED)
    if shared is None and cue_done:
        # a price change takes the unit of the price it moves: "the stock fell 24c to €18.66"
        found = {out[i] for i in inside if out[i]}
        if len(found) == 1:
            unit = found.pop()
            for n, i in enumerate(inside):
                near = [inside[m] for m in (n - 1, n + 1) if 0 <= m < len(inside) and out[inside[m]] == unit]
                close = any(spans[j][0] - spans[i][1] <= _MOVE_GAP and spans[i][0] - spans[j][1] <= _MOVE_GAP
                            for j in near)  # fmt: skip
                if out[i] is None and not flags[i] and close:
                    out[i] = unit


def _units_first(
    text: str,
    s_start: int,
    spans: Sequence[tuple[int, int]],
    inside: Sequence[int],
    out: list[str | None],
    flags: Sequence[bool],
) -> None:
    """A measure named before its figure, with nothing between but a few words: "EPS were $0.07"."""
    since = s_start
    for i in inside:
        a, b = spans[i]
        found = None
        if out[i] is None:
            for m in _UNIT_FIRST.finditer(text, max(since, a - _GAP_REACH - 24), a):
                found = m
        # a scaled amount is a total, unless the measure touches it: "주당 2천원" (2 thousand won a share)
        near = found is not None and a - found.end() <= (_GAP_REACH if not flags[i] else 2)
        if found is not None and near and not _GAP_BREAKS.intersection(text[found.end() : a]):
            word = found.group("unit") or found.group("cjk")
            unit = (
                unit_name(word)
                if word
                else phrases.UNIT_FIRST[" ".join(found.group("fused").casefold().split())]
            )
            count = found.group("count")
            out[i] = f"{count.strip()} {unit}" if count else unit  # "每10股": per ten shares
        since = max(since, b)


_MOVE_GAP = 16
"""How close a change must stand to the price it moves: "fell 24c to €18.66", "at $132.25, up $22.21"."""

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


_UNIT_FIRST = _unit_first()
