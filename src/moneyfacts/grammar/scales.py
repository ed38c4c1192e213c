"""Scale words after a number: "5 billion", "1,2 Mrd.", "3 mn", "11.51L Cr", 五亿.

A scale word multiplies the number before it by a power of ten. A short one that is also the start
of a currency mark ("1 KM" is a convertible mark, "$1 mn" a million dollars) counts only where no
mark reads better.
"""

from __future__ import annotations

from moneyfacts.data import news_marks
from moneyfacts.grammar.region import Region
from moneyfacts.reading.scan import CJK, WORD

__all__ = ["scales_at"]


def scales_at(p: Region, i: int, prefixed: bool = False) -> tuple[int, int]:
    """The power of ten of the scale words starting at token ``i``, and the index after them."""
    exp = 0
    scales = p.lex.scales
    while i < p.n:
        tok = p.toks[i]
        j = i
        if tok.text == "-" and not tok.spaced and i + 1 < p.n and p.toks[i + 1].kind == WORD:
            j = i + 1  # "5-billion"
            tok = p.toks[j]
        if tok.kind not in (WORD, CJK):
            break
        key = tok.low
        size = 1
        dotted = j + 1 < p.n and p.toks[j + 1].text == "." and not p.toks[j + 1].spaced
        if dotted and key + "." in scales:
            key, size = key + ".", 2
        power = scales.get(key)
        lead = news_marks.SCALES_BEFORE.get(key) if power is None else None
        if lead is not None and p.low(j + 1) in lead[1]:
            exp += lead[0]  # "11.51L Cr", "₹2 L cr"
            i = j + 1
            continue
        if power is None:
            break
        if len(tok.text) > 1 and not prefixed:
            # "1 KM" and "1 NT$" are currencies; "$1 mn" and "1 mn USD" are scaled
            hit = p.mark_at(j)
            if hit is not None and not hit.minor:
                after = p.mark_at(j + size)
                if hit.end > j + size or after is None or after.minor:
                    break
        if len(tok.text) == 1 and tok.text.isascii():
            # a one-letter scale (k, M) is fused and starts no word, or stands before a mark: "1,23 M €"
            longer = p.mark_at(j)
            if longer is not None and longer.end > j + size:
                break  # "1 T$", "45 E£": a mark that starts with a letter
            nxt = p.toks[j + size] if j + size < p.n else None
            if nxt is not None and not nxt.spaced and nxt.kind == WORD:
                break
            if tok.spaced or j != i:
                after = p.mark_at(j + size)
                if after is None or after.minor or j != i:
                    break
        exp += power
        i = j + size
    return exp, i
