"""Chinese/Japanese numerals (三千八百亿, 九點五億, 1.2万) and Korean hangul numerals (3억 5천만) -> Decimal.

Both readers use one rule: digits accumulate into a pending number; a small unit (十 百 千, 십 백 천)
multiplies it (1 when bare) into the current section below 10⁴; a large unit (万 亿 兆, 만 억 조)
multiplies the section, together with any earlier parts under a smaller large unit (so 万亿 is 10¹²),
and closes it. A decimal point (点 點 . ．) makes the following digits a fraction. Japanese numerals
spelled in hiragana (にせんにひゃく) are read as the kanji they spell.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from moneyfacts._exact import EXACT

__all__ = [
    "CJK_NUMERAL",
    "HANGUL_NUMERAL",
    "KANA_NUMERAL",
    "KANA_STARTS",
    "parse_cjk_numeral",
    "parse_hangul_numeral",
    "parse_kana_numeral",
]

_CJK_DIGITS = {
    **dict.fromkeys("〇零", 0),
    **dict.fromkeys("一壹弌", 1),
    **dict.fromkeys("二贰貳两兩弐", 2),
    **dict.fromkeys("三叁參弎参", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆陸", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
_CJK_SMALL = {**dict.fromkeys("十拾", 10), **dict.fromkeys("百佰", 100), **dict.fromkeys("千仟阡", 1000)}
_CJK_LARGE = {**dict.fromkeys("万萬", 10**4), **dict.fromkeys("亿億", 10**8), "兆": 10**12}
_HANGUL_DIGITS = dict(zip("영일이삼사오육칠팔구", range(10), strict=True)) | {"공": 0}
_HANGUL_SMALL = {"십": 10, "백": 100, "천": 1000}
_HANGUL_LARGE = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}
_POINTS = "点點.．"

_CJK_CHARS = "".join((*_CJK_DIGITS, *_CJK_SMALL, *_CJK_LARGE))
_WIDE = "0-9０-９"

CJK_NUMERAL = (
    rf"(?<![{_WIDE}])(?:[{_WIDE}]+(?:[.．][{_WIDE}]+)?)?[{_CJK_CHARS}]"
    rf"(?:[{_CJK_CHARS}{_WIDE}]|[点點.．](?=[{_CJK_CHARS}{_WIDE}]))*"
)
"""Regex source (no capturing groups) for a run of Chinese/Japanese numerals, digits allowed.

>>> import re
>>> re.search(CJK_NUMERAL, "投资三千八百亿元").group()
'三千八百亿'
"""

_H_ATOM = r"(?:[0-9]+(?:[.,][0-9]+)*|[일이삼사오육칠팔구])?[십백천만억조]+"
HANGUL_NUMERAL = rf"(?<![0-9]){_H_ATOM}(?: ?{_H_ATOM})*"
"""Regex source (no capturing groups) for a Korean numeral written with hangul units (45만, 3억 5천만).

>>> import re
>>> re.search(HANGUL_NUMERAL, "총 3억 5천만 원").group()
'3억 5천만'
"""


# Japanese numerals spelled in hiragana, as children's books and readings write them: reading -> numeral.
# Sound changes before a unit are readings too: さんびゃく, はっぴゃく, いっせん, さんぜん.
_KANA_READINGS = {
    **dict.fromkeys(("ぜろ", "れい"), "〇"),
    **dict.fromkeys(("いち", "いっ"), "一"),
    "に": "二",
    "さん": "三",
    **dict.fromkeys(("よん", "し"), "四"),
    "ご": "五",
    **dict.fromkeys(("ろく", "ろっ"), "六"),
    **dict.fromkeys(("なな", "しち"), "七"),
    **dict.fromkeys(("はち", "はっ"), "八"),
    **dict.fromkeys(("きゅう", "く"), "九"),
    **dict.fromkeys(("じゅう", "じゅっ"), "十"),
    **dict.fromkeys(("ひゃく", "びゃく", "ぴゃく"), "百"),
    **dict.fromkeys(("せん", "ぜん"), "千"),
    "まん": "万",
    "おく": "億",
    "ちょう": "兆",
}
_KANA_READING = "|".join(sorted(_KANA_READINGS, key=len, reverse=True))
KANA_NUMERAL = f"(?:{_KANA_READING})+"
"""Regex source (no capturing groups) for a Japanese numeral spelled in hiragana ("にせんにひゃく")."""
KANA_STARTS = frozenset(reading[0] for reading in _KANA_READINGS)
"""The kana a spelled numeral may begin with."""


@cache
def _kana_reading() -> re.Pattern[str]:
    return re.compile(_KANA_READING)


def parse_kana_numeral(text: str) -> Decimal | None:
    """The exact value of a Japanese numeral spelled in hiragana, or ``None``.

    A lone one-kana reading is refused: に, ご, し and く are particles and word parts far more often.

    >>> parse_kana_numeral("よんせんごひゃく"), parse_kana_numeral("なな"), parse_kana_numeral("に")
    (Decimal('4500'), Decimal('7'), None)
    """
    readings = _kana_reading().findall(text)
    if "".join(readings) != text or (len(readings) == 1 and len(text) == 1):
        return None
    return parse_cjk_numeral("".join(_KANA_READINGS[r] for r in readings))


@cache
def _wide_table() -> dict[int, int]:
    return {ord("０") + i: ord("0") + i for i in range(10)} | {ord("．"): ord(".")}


def _read(text: str, digits: dict[str, int], small: dict[str, int], large: dict[str, int]) -> Decimal | None:
    text = text.translate(_wide_table()).replace(" ", "")
    if not text:
        return None
    parts: list[tuple[Decimal, int]] = []
    section = Decimal(0)
    pending: Decimal | None = None
    last_digit = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isascii() and c.isdigit():
            j = i
            while j < n and ((text[j].isdigit() and text[j].isascii()) or text[j] == ","):
                j += 1
            if j < n and text[j] in _POINTS and j + 1 < n and text[j + 1].isascii() and text[j + 1].isdigit():
                j += 1
                while j < n and text[j].isascii() and text[j].isdigit():
                    j += 1
            literal = text[i:j].replace(",", "").replace("点", ".").replace("點", ".")
            if pending is not None:
                return None
            pending = Decimal(literal)
            last_digit = False
            i = j
            continue
        if c in digits:
            d = digits[c]
            pending = pending * 10 + d if pending is not None and last_digit else Decimal(d)
            last_digit = True
        elif c in _POINTS:
            j = i + 1
            frac = ""
            while j < n and text[j] in digits:
                frac += str(digits[text[j]])
                j += 1
            while j < n and text[j].isascii() and text[j].isdigit():
                frac += text[j]
                j += 1
            if not frac:
                return None
            pending = (pending or Decimal(0)) + Decimal("0." + frac)
            last_digit = False
            i = j
            continue
        elif c in small:
            section += (pending if pending is not None else Decimal(1)) * small[c]
            pending = None
            last_digit = False
        elif c in large:
            unit = large[c]
            amount = section + (pending or 0)
            while parts and parts[-1][1] < unit:
                amount += parts.pop()[0]
            if parts and parts[-1][1] == unit:
                return None
            parts.append((((amount or Decimal(1)) * unit), unit))
            section, pending, last_digit = Decimal(0), None, False
        else:
            return None
        i += 1
    return sum((p[0] for p in parts), Decimal(0)) + section + (pending or 0)


def parse_cjk_numeral(text: str) -> Decimal | None:
    """The exact value of a run of Chinese/Japanese numerals, or ``None``.

    >>> parse_cjk_numeral("三千八百亿"), parse_cjk_numeral("九點五億"), parse_cjk_numeral("4万5千")
    (Decimal('380000000000'), Decimal('950000000'), Decimal('45000'))
    """
    value = _read(text, _CJK_DIGITS, _CJK_SMALL, _CJK_LARGE)
    return None if value is None else _plain(value)


def parse_hangul_numeral(text: str) -> Decimal | None:
    """The exact value of a Korean numeral with hangul units, or ``None``.

    >>> parse_hangul_numeral("45만"), parse_hangul_numeral("3억 5천만")
    (Decimal('450000'), Decimal('350000000'))
    """
    value = _read(text, _HANGUL_DIGITS, _HANGUL_SMALL, _HANGUL_LARGE)
    return None if value is None else _plain(value)


def _plain(value: Decimal) -> Decimal:
    """An integral value without exponent (``Decimal('4.5E+4')`` -> ``Decimal('45000')``)."""
    if value.adjusted() >= EXACT.prec:
        return value  # too long to write out exactly: extract drops such an amount
    if value == value.to_integral_value():
        return EXACT.quantize(value, Decimal(1))
    return EXACT.normalize(value)
