"""Grammar: tokens -> raw figures.

A figure is ``[qualifier] [sign] [mark] number [scale...] [mark] [minor part]``, then optionally a
range end, a bracketed or appended gloss in another currency, a per-unit denominator and a
trailing qualifier. Marks stay unresolved here; :mod:`moneyfacts._pipeline` resolves them.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from moneyfacts import _minor_parts, _structure
from moneyfacts._figures import Figure, MarkHit
from moneyfacts._fuzzy import fuzzy_mark
from moneyfacts._lexicon import Mark, currency_digits, fold_mark, normalise_mark, place_words
from moneyfacts._numbers import (
    KANA_NUMERAL,
    KANA_STARTS,
    parse_cjk_numeral,
    parse_digits,
    parse_kana_numeral,
    parse_number_words,
)
from moneyfacts._region import Region
from moneyfacts._scan import CJK, IDEOGRAPH, NUM, SYM, WORD, Scanner, Tok, tokenize
from moneyfacts.data import news_marks, phrases

__all__ = ["Parser", "figures"]

_CASED_KEYS = frozenset(normalise_mark(m) for m in news_marks.CASED_MARKS)
_FUSED_SCALE_CODE = re.compile(r"(M|MM|Mn|k|K|T|Bn|bn|B)([A-Z]{3})")
_FUSED_SCALES = {"M": 6, "MM": 6, "Mn": 6, "k": 3, "K": 3, "T": 3, "Bn": 9, "bn": 9, "B": 9}
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DOT_THOUSANDTHS = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
_MINUS = frozenset({"-", "−", "–"})
_MAJOR_CODES = frozenset(news_marks.PREFERENCE[:12])
_NEWS_CODES = frozenset(news_marks.PREFERENCE)
_SKIPS_KEPT = 1 << 16
"""How many surfaces' start verdicts a scanner keeps (the common words of a language, and then some)."""


@cache
def _one_word_places(language: str) -> dict[str, str]:
    """A language's one-word place names, case-folded, with their currency: "abd" (Turkish: the USA)."""
    return {name.casefold(): code for name, code in place_words(language).items() if " " not in name}


_KANA_NUMERAL = re.compile(KANA_NUMERAL)
_KANA_REACH = 64
"""The most characters a numeral spelled in hiragana is read over: a run of kana costs each token the same."""


def _fused_code(word: str) -> bool:
    """A scale letter fused to an ISO code: "MUSD", "kEUR", "MAUD"."""
    return 4 <= len(word) <= 5 and word[0] in "MKkTBb" and _FUSED_SCALE_CODE.fullmatch(word) is not None


class Parser(Region):
    """One region's tokens and the methods that read figures from them."""

    def mark_at(self, i: int) -> MarkHit | None:
        """The longest currency mark starting at token ``i``."""
        if i in self.mark_memo:
            return self.mark_memo[i]
        found = self._mark_at(i)
        word = found is not None and not found.minor and found.mark.kind in ("name", "news")
        if found is not None and word and found.end == i + 1:
            # the head, then an adjective CLDR spells otherwise: "marchi finlandesi" (CLDR "markka
            # finlandese"), "riali qatarieni" (CLDR "rial qatarian")
            found = fuzzy_mark(self, i, least=2) or found
        if found is not None and self.language in phrases.APOSTROPHE_SUFFIXES:
            k = found.end  # Turkish writes case endings after an apostrophe: "$'lık", "frank'ta"
            apostrophe = k + 1 < self.n and self.low(k) in ("'", "’") and not self.toks[k].spaced
            if apostrophe and self.toks[k + 1].kind == WORD and not self.toks[k + 1].spaced:
                found = MarkHit(found.mark, found.start, k + 2, found.minor)
        self.mark_memo[i] = found
        return found

    def _mark_at(self, i: int) -> MarkHit | None:
        if i >= self.n:
            return None
        tok = self.toks[i]
        fused = _FUSED_SCALE_CODE.fullmatch(tok.text) if tok.kind == WORD and len(tok.text) > 3 else None
        if fused:
            code = self.lex.marks.get(fused.group(2).lower())
            if code is not None and code.kind == "code":  # "30 MUSD", "120 MEUR", "500 kEUR", "MAUD 60"
                return MarkHit(code, i, i + 1, power=_FUSED_SCALES[fused.group(1)])
        reach = self.scan.mark_starts.get(tok.low)
        if reach is None and not tok.low.isascii() and tok.kind != NUM:
            reach = self.scan.mark_starts.get(fold_mark(tok.low))  # "أورو", "￡": a letter variant
        if tok.kind == NUM or reach is None:
            return self.minor_at(i)
        if tok.text == "$" and i + 1 < self.n and not self.toks[i + 1].spaced:
            word = self.toks[i + 1].text  # "$CAD", "$USD": the code names the dollar
            named = self.lex.marks.get(word.lower()) if len(word) == 3 and word.isupper() else None
            if named is not None and named.kind == "code":
                return MarkHit(named, i, i + 2)
        if tok.text == "$" and i + 1 < self.n and self.toks[i + 1].kind == WORD and self.toks[i + 1].spaced:
            letters = self.toks[i + 1].low  # French "2,75 $ c", "5 $ US": the spaced form of "$C", "$US"
            glued = self.lex.marks.get("$" + letters) if letters not in ("a", "an") else None
            if glued is not None and glued.decisive and glued.kind == "news" and len(letters) <= 3:
                return MarkHit(glued, i, i + 2)
        marks = self.lex.marks
        for j in range(min(self.n, i + reach), i, -1):
            if j - 1 > i and self.toks[j - 1].kind == NUM:
                continue
            surface = self.text[tok.start : self.toks[j - 1].end]
            key = normalise_mark(surface)
            mark = marks.get(key)
            if mark is None and not key.isascii() and (folded := fold_mark(key)) != key:
                mark = marks.get(folded)  # "￡", "ＵＳ＄": an exact key wins, a folded one stands in
            if mark is None and self.toks[j - 1].text == "." and j - 1 > i:
                continue
            if mark is not None and key in _CASED_KEYS:
                mark = self.lex.cased_marks.get(surface, mark)  # "Rf" is the rufiyaa, "RF" the Rwandan franc
            if mark is not None and self._plausible(i, j, mark):
                if self._abbreviation_dot(i, j, mark):
                    j += 1  # "Rp. 420,00": the abbreviation's dot before the number
                return MarkHit(mark, i, j, power=mark.power)
        if tok.kind == WORD and len(tok.text) <= 3 and i + 1 < self.n and self.toks[i + 1].kind == SYM:
            mark = marks.get(tok.low + self.toks[i + 1].low)  # tokenised text: "c $ 16.4 million"
            mark = mark if mark is None or mark.kind != "place" else None
            abbreviation = i > 0 and self.toks[i - 1].text == "." and not tok.spaced  # "u.s $"
            if (
                mark is not None
                and tok.text.isalpha()
                and tok.low not in ("a", "an")
                and mark.decisive
                and not abbreviation
            ):
                return MarkHit(mark, i, i + 2)
        return self.minor_at(i)

    def _abbreviation_dot(self, i: int, j: int, mark: Mark) -> bool:
        """A short letter sign written with a dot, right before a number: "Rp. 420", "Rs. 20"."""
        dot = j + 1 < self.n and self.toks[j].text == "." and not self.toks[j].spaced
        word = j == i + 1 and self.toks[i].kind == WORD and len(self.toks[i].text) <= 3
        return dot and word and mark.kind != "code" and self.toks[j + 1].kind == NUM

    def _plausible(self, i: int, j: int, mark: Mark) -> bool:
        surface = self.text[self.toks[i].start : self.toks[j - 1].end]
        if mark.kind == "place" and not surface.isupper():
            return False  # "VN$2500", but not "in$5"
        if j == i + 1 and len(surface) == 3 and surface.isalpha() and surface.upper() in mark.codes:
            # An ISO code: upper case, or lower case in lower-cased text; common words need digits fused.
            fused = (i + 1 < self.n and not self.toks[i + 1].spaced and self.toks[i + 1].kind == NUM) or (
                i > 0 and not self.toks[i].spaced and self.toks[i - 1].kind == NUM
            )
            common = surface.upper() in news_marks.COMMON_WORD_CODES
            if common and not fused and not self.bare and not self._decimal_beside(i, j):
                return False  # "ALL 5 of us", "300 CAD drawings"; but "CAD 3.03"
            return (
                surface.isupper()
                or (surface.islower() and self._lower_code(i, j))
                or fused
                or self._mixed_code(i, j, surface)
            )
        if (
            mark.kind == "symbol"
            and len(surface) <= 3
            and surface.isascii()
            and surface.isalpha()
            and surface.islower()
            and normalise_mark(surface) not in self.lex.lower_symbols
            and not self._bare_price_mark(i, surface)
        ):
            # CLDR's letter symbols are mostly capitalised ("UP", "Ks"); "up" and "da" are words. But
            # Croatian writes "50 kn", and a price string may be all lower case: "1 nis"
            return False
        if (
            normalise_mark(surface) in _CASED_KEYS
            and surface not in news_marks.CASED_MARKS
            and not self._lower_marks()
            and not (self.lowercased and i > 0 and self.toks[i - 1].kind == NUM)  # "50 tl", never "le 12"
        ):
            return False  # "LE" is the Egyptian pound, "le" an article
        if surface in news_marks.PREFIX_MARKS:
            # "1個\\250", not a path ("C:\\100") or an escape ("\\n2"): no Latin letter, digit or sign before
            glued = i > 0 and not self.toks[i].spaced and self.text[self.toks[i].start - 1].isascii()
            fused = i + 1 < self.n and not self.toks[i + 1].spaced and self.toks[i + 1].kind == NUM
            return fused and not glued
        if len(surface) == 1 and surface.isalpha() and not IDEOGRAPH.match(surface):
            # A one-letter mark (R, P) only counts fused to a number.
            after = i + 1 < self.n and not self.toks[i + 1].spaced and self.toks[i + 1].kind == NUM
            before = i > 0 and not self.toks[i].spaced and self.toks[i - 1].kind == NUM
            return after or before or (self.bare and j == self.n and i > 0 and self.toks[i - 1].kind == NUM)
        return True

    def _bare_price_mark(self, i: int, surface: str) -> bool:
        """A price string may be all lower case: "1 nis", "50 kn"; but "10 p" is ten pence."""
        return (
            self.bare
            and len(surface) >= 2
            and i > 0
            and self.toks[i - 1].kind == NUM
            and surface not in self.lex.minor_units
        )

    def _mixed_code(self, i: int, j: int, surface: str) -> bool:
        """A code miscased beside its number: "1 CHf"; not a plural acronym ("5 ECs") or a quote in
        pence ("GBp 150")."""
        if surface.endswith("s") or surface in news_marks.MINOR_QUOTES:
            return False
        if sum(ch.isupper() for ch in surface) < 2:
            return False
        return (i > 0 and self.toks[i - 1].kind == NUM) or (j < self.n and self.toks[j].kind == NUM)

    def minor_at(self, i: int) -> MarkHit | None:
        size = 1
        minor = self.lex.minor_units.get(self.low(i))
        if minor is None and self.low(i)[:1] >= "\uff01":
            minor = self.lex.minor_units.get(fold_mark(self.low(i)))  # "50￠"
        if minor is None and i + 1 < self.n and IDEOGRAPH.match(self.low(i)) and not self.toks[i + 1].spaced:
            size = 2  # 美分, 分钱: minor units of two characters
            minor = self.lex.minor_units.get(self.low(i) + self.low(i + 1))
        if (
            minor is None
            and self.low(i) in phrases.MINOR_PART_WORDS
            and self.low(i) not in phrases.SHORT_MINORS
        ):
            minor = (2, None)  # "10 ører", "10 rappens": a hundredth of whatever the text's currency is
        if minor is None:
            return None
        power, code = minor
        return MarkHit(Mark((code,) if code else (), bool(code)), i, i + size, minor=power)

    def number_at(self, i: int) -> tuple[Decimal, int, int] | None:
        """The number starting at token ``i``, the index after it and the power of its scale words."""
        if i in self.number_memo:
            return self.number_memo[i]
        found = self._number_at(i)
        self.number_memo[i] = found
        return found

    def _number_at(self, i: int) -> tuple[Decimal, int, int] | None:
        if i >= self.n:
            return None
        tok = self.toks[i]
        if tok.kind == NUM:
            if i + 1 < self.n and self.toks[i + 1].kind == CJK and not self.toks[i + 1].spaced:
                value = parse_cjk_numeral(tok.text + self.toks[i + 1].text)
                if value is not None:
                    return value, i + 2, 0
            value = parse_digits(tok.text, self.decimal, self.group)
            if value is None:
                return None
            if (
                self.decimal == ","
                and i > 0
                and self.toks[i - 1].text == "$"
                and _THOUSANDS.fullmatch(tok.text)
            ):
                value = Decimal(tok.text.replace(",", ""))  # "$10,000" keeps the dollar's own convention
            if (
                i + 2 < self.n
                and self.toks[i + 1].text == "."
                and self.toks[i + 1].spaced
                and self.toks[i + 2].spaced
                and self.toks[i + 2].kind == NUM
                and self.toks[i + 2].text.isdigit()
                and tok.text.isdigit()
            ):
                # tokenised text writes "32 . 99" for 32.99
                return Decimal(f"{tok.text}.{self.toks[i + 2].text}"), i + 3, 0
            if self.bare and value == value.to_integral_value():
                broken = self._broken_decimal(i, value)
                if broken is not None:
                    return broken
            if i + 1 < self.n and self.toks[i + 1].kind in (WORD, SYM):
                words, ends = self.word_run(i)
                if len(words) > 1 and not all(w in self.lex.scales for w in words[1:]):
                    parsed = parse_number_words(words, self.language)
                    if parsed is not None and parsed[1] > 1:
                        end = ends[parsed[1] - 1]
                        return parsed[0], end, self._trailing_power(i, end)
            return value, i + 1, 0
        if tok.kind == CJK:
            value = parse_cjk_numeral(tok.text)
            return (value, i + 1, 0) if value is not None else None
        if tok.kind == WORD and tok.low in KANA_STARTS and self.language == "ja":
            return self._kana_number(i)
        if tok.kind == WORD and tok.low in self.scan.number_words:
            words, ends = self.word_run(i)
            parsed = parse_number_words(words, self.language)
            if parsed is not None:
                end = ends[parsed[1] - 1]
                glued_mark = end < self.n and not self.toks[end].spaced and self.mark_at(end) is not None
                if self.inside_syllable_word(i) and not glued_mark:
                    # a word's syllables: "수백만" (millions), "원한다" (wants), "위안이" (yuan + particle);
                    # but a number glued to a mark is one: "삼달러사십오센트" ($3.45)
                    return None
                return parsed[0], end, self._trailing_power(i, end)
        return None

    def _kana_number(self, i: int) -> tuple[Decimal, int, int] | None:
        """A numeral spelled in hiragana, a token per kana: "よんせんごひゃく ドル"."""
        start = self.toks[i].start
        found = _KANA_NUMERAL.match(self.text, start, min(self.toks[-1].end, start + _KANA_REACH))
        if found is None:
            return None
        value = parse_kana_numeral(found.group())
        end = i
        while end < self.n and self.toks[end].end <= found.end():
            end += 1
        if value is None or self.toks[end - 1].end != found.end():
            return None
        return value, end, 0

    def _broken_decimal(self, i: int, value: Decimal) -> tuple[Decimal, int, int] | None:
        """A price cut in two by a stray space: "$119. 95", "130, 38 zł"."""
        if i + 2 >= self.n:
            return None
        sep, cents = self.toks[i + 1], self.toks[i + 2]
        if sep.text not in (".", ",") or sep.spaced or cents.kind != NUM or len(cents.text) != 2:
            return None
        if not cents.text.isdigit() or (i + 3 < self.n and self.toks[i + 3].kind == NUM):
            return None
        return value + Decimal(cents.text).scaleb(-2), i + 3, 0

    def _trailing_power(self, start: int, end: int) -> int:
        power = 0
        k = end - 1
        while k > start and self.toks[k].low in self.lex.scales:
            power += self.lex.scales[self.toks[k].low]
            k -= 1
        return power

    def word_run(self, i: int) -> tuple[list[str], list[int]]:
        """Tokens from ``i`` that may belong to a spelled-out number, hyphens dropped, and the index
        after each.

        A number word hyphenated to a word that is not one ("four-year") is an adjective and ends the run;
        a closed compound written with hyphens ("twee-en-veertig") is one word.
        """
        words: list[str] = []
        ends: list[int] = []
        toks = self.toks
        numbers = self.scan.number_words
        k, stop = i, min(self.n, i + 24)
        while k < stop:
            tok = toks[k]
            if tok.kind == NUM:
                value = parse_digits(tok.text, self.decimal, self.group)
                if value is None:
                    break
                words.append(str(value))
            elif tok.kind == WORD and tok.low in numbers:
                glued = self._glued_compound(k)
                if glued:
                    words.append(glued[0])
                    ends.append(glued[1])
                    k = glued[1]
                    continue
                words.append(tok.low)
            elif tok.text == "-" and not tok.spaced:
                nxt = toks[k + 1] if k + 1 < self.n else None
                if nxt is not None and not nxt.spaced and nxt.kind == WORD and nxt.low not in numbers:
                    if words and nxt.low not in self.scan.mark_starts and nxt.low not in self.lex.minor_units:
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

    def _glued_compound(self, k: int) -> tuple[str, int] | None:
        """A number word written closed, here hyphenated: "twee-en-veertig" is "tweeenveertig"."""
        if k + 4 >= self.n:
            return None
        toks = self.toks
        parts = toks[k : k + 5]
        if parts[1].text != "-" or parts[3].text != "-" or any(t.spaced for t in parts[1:]):
            return None
        joined = parts[0].low + parts[2].low + parts[4].low
        return (joined, k + 5) if joined in self.scan.number_words else None

    def scales_at(self, i: int, prefixed: bool = False) -> tuple[int, int]:
        """The power of ten of the scale words starting at token ``i``, and the index after them."""
        exp = 0
        scales = self.lex.scales
        while i < self.n:
            tok = self.toks[i]
            j = i
            if tok.text == "-" and not tok.spaced and i + 1 < self.n and self.toks[i + 1].kind == WORD:
                j = i + 1  # "5-billion"
                tok = self.toks[j]
            if tok.kind not in (WORD, CJK):
                break
            key = tok.low
            size = 1
            dotted = j + 1 < self.n and self.toks[j + 1].text == "." and not self.toks[j + 1].spaced
            if dotted and key + "." in scales:
                key, size = key + ".", 2
            power = scales.get(key)
            lead = news_marks.SCALES_BEFORE.get(key) if power is None else None
            if lead is not None and self.low(j + 1) in lead[1]:
                exp += lead[0]  # "11.51L Cr", "₹2 L cr"
                i = j + 1
                continue
            if power is None:
                break
            if len(tok.text) > 1 and not prefixed:
                # "1 KM" and "1 NT$" are currencies; "$1 mn" and "1 mn USD" are scaled
                hit = self.mark_at(j)
                if hit is not None and not hit.minor:
                    after = self.mark_at(j + size)
                    if hit.end > j + size or after is None or after.minor:
                        break
            if len(tok.text) == 1 and tok.text.isascii():
                # a one-letter scale (k, M) is fused and starts no word, or stands before a mark: "1,23 M €"
                longer = self.mark_at(j)
                if longer is not None and longer.end > j + size:
                    break  # "1 T$", "45 E£": a mark that starts with a letter
                nxt = self.toks[j + size] if j + size < self.n else None
                if nxt is not None and not nxt.spaced and nxt.kind == WORD:
                    break
                if tok.spaced or j != i:
                    after = self.mark_at(j + size)
                    if after is None or after.minor or j != i:
                        break
            exp += power
            i = j + size
        return exp, i

    # -- figures ---------------------------------------------------------------------------

    def amount_at(self, i: int) -> Figure | None:
        """``[sign] [mark] number [scale] [mark] [minor part]`` starting at token ``i``."""
        start = i
        negative = False
        # a dash glued to what stands before it joins, it does not negate: "1-2", "mid-$40"
        dash = 0 < i < self.n and not self.toks[i].spaced and self.toks[i - 1].kind in (NUM, CJK, WORD)
        sign = self.low(i) in _MINUS and i + 1 < self.n and not self.toks[i + 1].spaced and not dash
        if sign or self.low(i) in phrases.NEGATIVE_WORDS:
            negative, i = True, i + 1
        pre = self.mark_at(i)
        if pre is not None:
            if pre.minor or (
                pre.mark.kind == "name" and not self.bare and self._word_mark(pre) and self._short_name(pre)
            ):
                return None  # running text writes short names after the number: "won 5 medals" is no money
            i = pre.end
            if self.bare and self.low(i) == ":":
                i += 1
            if i < self.n and self.toks[i].text in _MINUS and i + 1 < self.n and not self.toks[i + 1].spaced:
                negative, i = True, i + 1
            bracketed = (
                i + 2 < self.n
                and self.toks[i].text == "("
                and self.toks[i + 1].kind == NUM
                and self.toks[i + 2].text == ")"
            )
            if bracketed:  # "$(12.5) million": accounting brackets inside the figure
                negative = True
                num_in = self.number_at(i + 1)
                if num_in is not None:
                    self.number_memo[i + 1] = (num_in[0], i + 3, 0)
                i += 1
            if i < self.n and self.toks[i].kind not in (NUM, CJK, WORD):
                return None
        at = i
        num = self.number_at(i)
        if num is None and self.low(i) in ("a", "an") and pre is None:
            # "a dollar", "a grand": the article is the number one
            nxt = self.mark_at(i + 1)
            named = nxt is not None and self.number_at(nxt.end) is None
            if named or self.low(i + 1) in phrases.CURRENCY_SCALES:
                num = (Decimal(1), i + 1, 0)
        if num is None:
            return None
        value, i, inner = num
        if self.seq_at(i, self.ph.percent) and self.low(i) not in self.lex.marks:
            return None  # "Up 12%": a percentage, whatever stands before it
        if (
            inner
            and self.low(i) == "."
            and not self.toks[i].spaced
            and self.low(i - 1) + "." in self.lex.scales
        ):
            i += 1  # "13 Mrd. Euro": the abbreviation's dot
        exp, i = self.scales_at(i, prefixed=pre is not None)
        if exp:
            value = value.scaleb(exp)
        exp += inner
        if pre is not None and not self.bare and not exp and self._one_letter(pre):
            digits = self.toks[i - 1].text
            if value < 100 and digits.isdigit():
                return None  # "Q2", "R1", "F-35": a one-letter mark needs a price ("R23-billion", "R4.50")
        mark = pre
        if pre is None and self.low(i) == "-" and i + 1 < self.n and not self.toks[i + 1].spaced:
            hyphenated = self.mark_at(i + 1)  # "a 12-cent dividend", "a one-yen bid"
            if (
                hyphenated is not None
                and not self.toks[i].spaced
                and self._lettered(hyphenated)
                and not self._one_letter(hyphenated)
                and not self._weight(hyphenated, value)
            ):
                mark, i = hyphenated, hyphenated.end
                if hyphenated.minor:
                    value = value.scaleb(-hyphenated.minor)
        if mark is None and self.low(i - 1) in phrases.CURRENCY_SCALES and self.lex.territory_currency:
            mark = MarkHit(Mark((self.lex.territory_currency,), False), i - 1, i)
        if mark is None:
            post = self.mark_at(i) or fuzzy_mark(self, i) or self._modified_name(i)
            of_mark = exp or (self.language in phrases.OF_BEFORE_MARK and value >= 20)
            if post is None and of_mark and self.low(i) in phrases.SCALE_TO_MARK:
                # "2 milliards de dollars"; Romanian counts from twenty take "de": "20 de euro", "50 de bani"
                k = i + 1
                if self.low(k) in ("'", "’"):
                    k += 1
                post = self.mark_at(k)
                if post is not None and post.minor and exp:
                    post = None
            if post is not None and self._prefixes_next(post):
                post = None  # "1 $10 bill": the sign belongs to the number it touches
            if post is not None and self._suffix_ok(i, post) and not self._weight(post, value):
                mark, i = post, post.end
                if post.minor:
                    value = value.scaleb(-post.minor)
                elif not exp:
                    late, i = self.scales_at(i, prefixed=True)  # "75 USD million"
                    if late:
                        value, exp = value.scaleb(late), late
        elif not mark.minor:
            # "$1,250.00 AUD", "da 8,45 €": a stronger mark after the number overrides a weak one before
            post = self.mark_at(i)
            if (
                post is not None
                and not post.minor
                and self._strength(post) > self._strength(mark)
                and self.number_at(post.end) is None
            ):
                mark, i = post, post.end
        if mark is not None and mark.power:
            value, exp = value.scaleb(mark.power), exp + mark.power  # "30 MUSD", "MAUD 60"
        if mark is not None and not exp and self._thousandths(at, num[1], mark.mark):
            value = Decimal(self.toks[at].text)  # "517.250 KD": dinars have three decimals
        chained = False
        if mark is not None and i == mark.end and self.low(i - 1) in phrases.CJK_MAJOR | phrases.CJK_TENTHS:
            end, cents = _minor_parts.cjk_cents(self, i, value, tenths_done=mark.minor == 1)
            chained = end > i
            i, value = end, cents
        elif pre is not None and mark is pre and not exp and _minor_parts.counter_dollar(self, i):
            end, cents = _minor_parts.cjk_cents(self, i + 1, value)
            if end > i + 1:  # 港幣五個二毫三: Cantonese counts dollars with 個, then 毫 and 仙
                chained, i, value = True, end, cents
        if mark is not None and not mark.minor and not chained:
            half = _minor_parts.half_after(self, i, value) if not exp else (i, value)
            if half[0] > i:
                i, value = half
            else:
                i, value = _minor_parts.minor_part(self, i, value, prefixed=mark is pre, scaled=exp != 0)
        if mark is not None and mark.minor and not self.bare and mark.start == i - 1 and i < self.n:
            follower = self.toks[i]
            if not follower.spaced and IDEOGRAPH.match(follower.text) and follower.text not in ("钱", "錢"):
                return None  # 五角大楼 is the Pentagon, not fifty fen
        return Figure(start, i, value=-value if negative else value, mark=mark, power=exp)

    def _thousandths(self, at: int, end: int, mark: Mark) -> bool:
        """Whether a lone "." before three digits, read as grouping, is the decimal point of a currency
        with three decimals ("517.250 KD", "BD 1.250"), where the locale names no separators."""
        tok = self.toks[at]
        return (
            end == at + 1
            and self.group != "."
            and tok.kind == NUM
            and _DOT_THOUSANDTHS.fullmatch(tok.text) is not None
            and bool(mark.codes)
            and all(currency_digits(code) == 3 for code in mark.codes)
        )

    def _lower_code(self, i: int, j: int) -> bool:
        """A lower-case code counts in lower-cased text beside digits: "3 gbp", "rmb 10", not "che una".

        Outside English it must be a currency news names or the locale's own: Italian "che 5 persone",
        "i 10 che" (that) is no WIR euro.
        """
        if not self.lowercased:
            # mixed-case English: a news currency's code right after its number, "It costs 20 usd."
            code = self.toks[i].text.upper()
            before = self.toks[i - 1] if i > 0 else None
            after_number = (
                before is not None
                and (before.kind == NUM or before.low in self.scan.number_words)
                and j - i == 1
            )
            return (
                self.lex.language in ("en", "und")
                and after_number
                and code in _NEWS_CODES
                and self.toks[i].low not in phrases.WORD_CODES
            )
        if self.lex.language in ("en", "und"):
            return True
        beside = (i > 0 and self.toks[i - 1].kind == NUM) or (j < self.n and self.toks[j].kind == NUM)
        code = self.toks[i].text.upper()
        return beside and (code in _NEWS_CODES or code == self.lex.territory_currency)  # "10,5 ron"

    def _lower_marks(self) -> bool:
        """Whether "usd" and "rs" count as marks here: in lower-cased English, as tokenised corpora are.

        In other languages the same letters are everyday words: French "le", Italian "che".
        """
        return self.lowercased and self.lex.language in ("en", "und")

    def _modified_name(self, i: int) -> MarkHit | None:
        """A currency name after one adjective CLDR does not list: "10 अमेरिकी डॉलर" (American dollars).

        A place's short name before an ambiguous mark picks its currency: Turkish "5 milyar ABD $" (USA).
        Korean is a token per syllable, so there the adjective and the name are a written word each:
        "20 중국 위안" (Chinese yuan).
        """
        if i + 1 >= self.n or self.toks[i].kind != WORD:
            return None
        if not self.toks[i].text[0].isalpha() or self.toks[i].low in self.lex.scales:
            return None
        k = self.syllable_word_end(i)
        if all(t.low in self.scan.number_words for t in self.toks[i:k]):
            return None  # but "일본" (Japan) is no number word, though 일 is one
        head = self.mark_at(k)
        if head is None or head.minor or k == self.n or not self.toks[k].spaced:
            return None
        place = _one_word_places(self.language).get(self.toks[i].low) if k == i + 1 else None
        if place is not None and place in head.mark.codes and not head.mark.decisive:
            return MarkHit(Mark((place,), True, head.mark.kind), i, head.end)  # "ABD $'lık"
        if k > i + 1 or self.syllable(k):
            if not self.toks[i].spaced or not head.mark.decisive or head.mark.kind not in ("name", "news"):
                return None  # "300 일본 엔" is no "1 본 엔"
            if head.end > self.syllable_word_end(k):
                return None
        elif head.mark.kind != "name" or head.end != k + 1:
            return None
        if head.mark.codes[0] not in _MAJOR_CODES:
            return None  # an unknown adjective before a minor currency's name decides nothing
        return MarkHit(head.mark, i, head.end)

    def _decimal_beside(self, i: int, j: int) -> bool:
        """Whether a number with a decimal part stands right before token ``i`` or at token ``j``."""
        for k in (i - 1, j):
            if 0 <= k < self.n and self.toks[k].kind == NUM and self.lex.decimal in self.toks[k].text[-3:]:
                return True
        return False

    def _prefixes_next(self, hit: MarkHit) -> bool:
        """A sign or code that touches the number after it and not the one before it prefixes the next
        figure: "1 $10 bill", "3 USD50 cards"."""
        after = hit.end
        if after >= self.n or self.toks[after].spaced or self.toks[after].kind != NUM:
            return False
        surface = self.toks[hit.start].text
        return self.toks[hit.start].spaced and (
            hit.mark.kind == "code" or not any(ch.isalpha() for ch in surface)
        )

    def _one_letter(self, hit: MarkHit) -> bool:
        text = self.toks[hit.start].text
        return hit.end == hit.start + 1 and len(text) == 1 and text.isascii() and text.isalpha()

    def _weight(self, hit: MarkHit, value: Decimal) -> bool:
        """ "a twenty pound bag": a singular "pound" after a number other than one weighs, it does not pay.

        Only in English: Indonesian and Malay nouns take no plural ("tujuh pound" is seven pounds).
        """
        single = hit.end == hit.start + 1 and self.toks[hit.start].low == "pound" and value != 1
        return single and self.language == "en"

    def _short_name(self, hit: MarkHit) -> bool:
        """A name that is a common word too, so it cannot stand before a number ("won 5", "real 3")."""
        text = self.text[self.toks[hit.start].start : self.toks[hit.end - 1].end].casefold()
        return len(text) < 5 or text in phrases.NAMES_NOT_BEFORE

    def _word_mark(self, hit: MarkHit) -> bool:
        """A mark spelled in letters of a cased script ("won", "dollars"), not a sign or an ideograph."""
        first = self.toks[hit.start]
        return (
            first.kind == WORD
            and first.text[:1].isalpha()
            and first.text[:1].lower() != first.text[:1].upper()
        )

    def _lettered(self, hit: MarkHit) -> bool:
        """A mark spelled in letters of any alphabet ("won", "सेंट"), not a sign or an ideograph."""
        first = self.toks[hit.start]
        return first.kind == WORD and first.text[:1].isalpha() and not IDEOGRAPH.match(first.text[:1])

    def _strength(self, hit: MarkHit) -> int:
        return _strength(hit.mark, self.text[self.toks[hit.start].start : self.toks[hit.end - 1].end])

    def _suffix_ok(self, i: int, hit: MarkHit) -> bool:
        surface = self.text[self.toks[hit.start].start : self.toks[hit.end - 1].end]
        if surface in news_marks.PREFIX_MARKS:
            return False
        if len(surface) == 1 and surface.isalpha() and surface.isascii():
            if hit.minor:
                return self.bare or not self.toks[hit.start].spaced  # "12.75c"
            # "11.51L" is more likely litres than lempiras: a one-letter mark after a number is a shop tag
            return self.bare and (not self.toks[hit.start].spaced or hit.end == self.n)
        return True

    def figure_at(self, i: int) -> Figure | None:
        """A whole figure at token ``i``: amount, range, glosses, per-unit and trailing qualifier."""
        if self.bare:
            coins = _structure.coins_at(self, i)
            if coins is None and self.language == "zh":
                coins = _structure.cantonese_dollars(self, i)
            if coins is None:
                coins = _structure.named_alone(self, i)
            if coins is not None:
                return coins
        fig = self.amount_at(i)
        if fig is None:
            return _structure.running_coin(self, i)
        _structure.range_tail(self, fig)
        if fig.mark is None and not self.bare:
            fig.mark = _structure.rupees_by_scale(self, fig)
            if fig.mark is None:
                return None
        _structure.trailing(self, fig)
        return fig

    def run(self) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        toks, n = self.toks, self.n
        mark_starts, starters, cased = self.scan.mark_starts, self.scan.starters, self.scan.cased_starters
        skips = self.scan.skips if not self.bare else {}  # a word's verdict, kept across texts
        while i < n:
            tok = toks[i]
            kind, low = tok.kind, tok.low
            if (
                kind == WORD
                and low in mark_starts
                and (len(low) > 2 or (i + 1 < n and not toks[i + 1].spaced))
                and (low in starters or tok.text in cased)
            ):  # a decisive mention ("Australian dollars", "A$") settles later "$"; "a" and "us" alone do not
                hit = self.mark_at(i)
                if hit is not None and hit.mark.decisive:
                    self.seen.append((i, hit.mark))
            if kind != NUM and kind != CJK:
                skip = skips.get(tok.text)
                if skip is None:
                    skip = self._starts_nothing(tok)
                    if len(skips) < _SKIPS_KEPT:
                        skips[tok.text] = skip
                if skip:
                    i += 1  # most words start no figure
                    continue
            lead = self.seq_at(i, self.ph.before) if tok.kind == WORD else 0
            if lead and i + lead < self.n and self.seq_at(i + lead, self.ph.before) == 0:
                i += lead  # "không tới 5000 đồng": a qualifier's words are not the figure's number
                continue
            pct = _structure.percent_at(self, i)
            if pct is not None:
                self.qualify(pct)
                _structure.direct(self, pct)
                out.append(pct)
                i = pct.end
                continue
            fig = self.figure_at(i)
            if fig is None:
                i += 1
                continue
            self.qualify(fig)
            _structure.accounting(self, fig)
            _structure.per_before(self, fig)
            out.append(fig)
            i = fig.end
        return out

    def _starts_nothing(self, tok: Tok) -> bool:
        """Whether a word or sign can start no figure: the verdict :meth:`run` keeps per surface."""
        starters, low = self.scan.starters, tok.low
        return (
            low not in starters
            and (low.isascii() or fold_mark(low) not in starters)  # "￡12", "أورو 20"
            and not (tok.text[0] in "MKkTBb" and _fused_code(tok.text))
            and not (self.bare and low in phrases.CJK_COUNTER_DOLLARS)  # 個九: a dollar and nine tenths
            and tok.text not in self.scan.cased_starters
        )

    def qualify(self, fig: Figure) -> None:
        """Take a qualifier phrase standing just before the figure."""
        size = self.seq_before(fig.start, self.ph.before)
        clitic = self.clitic(fig.start)
        if clitic and fig.qualifier is None:
            # a qualifier ending in the clitic on the number: "יותר מעשרה" (more than ten), "מעשרה" (from ten)
            for n in range(min(fig.start, 3), -1, -1):
                words = (*(t.low for t in self.toks[fig.start - n : fig.start]), clitic)
                if words in self.ph.before.values:
                    fig.qualifier = self.ph.before[words]
                    fig.start -= n
                    return
        if not size:
            return
        words = tuple(t.low for t in self.toks[fig.start - size : fig.start])
        if fig.qualifier is None:
            fig.qualifier = self.ph.before[words]
        fig.start -= size


def _strength(mark: Mark, surface: str) -> int:
    """How firmly a mark names its currency: a decisive sign or ISO code most, an ambiguous mark least."""
    if not mark.decisive:
        return 0
    if mark.kind == "code" or not any(ch.isalpha() for ch in surface):
        return 2
    return 1


def figures(
    text: str, start: int, end: int, scan: Scanner, *, bare: bool = False, lowercased: bool | None = None
) -> tuple[list[Tok], list[Figure], list[tuple[int, Mark]]]:
    """The tokens of ``text[start:end]``, the raw figures among them and the decisive marks seen.

    ``lowercased`` says whether the whole text is written in lower case (then "usd" and "le" may be
    marks); by default the region's own case decides.
    """
    toks = tokenize(text, start, end)
    parser = Parser(text, toks, scan, bare, lowercased)
    return toks, parser.run(), parser.seen
