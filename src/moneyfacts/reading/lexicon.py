"""Per-locale tables of currency marks and scale words; with :mod:`.places`, the only module reading babel.

The tables come from CLDR, generated once into ``moneyfacts/data/cldr`` by ``tools/generate_tables.py``,
plus the hand-kept :mod:`moneyfacts.data.news_marks`. Each language's table loads on first use.

>>> lexicon("en").marks["us$"].codes, lexicon("en").marks["us$"].decisive
(('USD',), True)
>>> lexicon("de").scales["mrd."]
9
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from moneyfacts.data import news_marks, profiles
from moneyfacts.errors import UnknownLocaleError
from moneyfacts.numbers.words import SPELLING_FOLD
from moneyfacts.reading.chars import SPACELESS

__all__ = [
    "Lexicon",
    "Mark",
    "all_symbols",
    "canonical_locale",
    "cldr_table",
    "currency_codes",
    "currency_digits",
    "decimal_symbols",
    "fold_mark",
    "is_currency_code",
    "lexicon",
    "normalise_mark",
    "wide_forms",
    "with_words",
]

_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff")
)
_UND = "und"
_MAJOR = 12


@dataclass(frozen=True, slots=True)
class Mark:
    """What a currency mark may mean: ISO codes, most likely first; ``decisive`` when it names one currency.

    ``kind`` tells where the mark comes from: ``"code"`` (an ISO code, meant in upper case), ``"symbol"``,
    ``"name"`` (a CLDR display name or its head word), ``"news"`` or ``"slang"`` (hand-kept), ``"place"``
    (a territory's code before a dollar sign, "VN$", written in capitals).
    ``power`` is a scale fused into the mark: Hebrew "אש״ח" is a thousand shekels.
    """

    codes: tuple[str, ...]
    decisive: bool
    kind: str = field(default="name", compare=False)
    power: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The tables for one locale."""

    locale: str
    language: str
    territory: str | None
    territory_currency: str | None
    decimal: str
    group: str
    marks: Mapping[str, Mark]
    scales: Mapping[str, int]
    minor_units: Mapping[str, tuple[int, str | None]]
    max_mark_words: int
    lower_symbols: frozenset[str] = frozenset()
    """CLDR symbols the locale's language writes in lower case ("kn"): lower case is no accident there"""
    cased_marks: Mapping[str, Mark] = field(default_factory=dict)
    """hand-kept marks that name another currency written in another case, by exact surface ("Rf", "RF")"""


@lru_cache(maxsize=1 << 16)
def normalise_mark(surface: str) -> str:
    """The key a mark is looked up by: case-folded, inner whitespace collapsed to one space.

    Bidirectional control marks are dropped and Devanagari spellings folded, as in every token; other
    letter variants stay: see :func:`fold_mark`.

    >>> normalise_mark("  US\u00a0Dollars ")
    'us dollars'
    """
    key = " ".join(surface.translate(_BIDI).casefold().translate(SPELLING_FOLD).split())
    if _SPACELESS.search(key):
        key = _without_gaps(key)  # "スイス・フラン" = "スイス フラン" = "スイスフラン"
    return key


@lru_cache(maxsize=1 << 14)
def fold_mark(key: str) -> str:
    """A mark's key with its letter variants folded: the key to try when the exact one is unknown.

    Full-width and half-width forms read as their ordinary ones, Arabic alef with hamza or madda as
    alef. An exact key wins over a folded one: "د.إ" is the dirham, "د.أ" the Jordanian dinar.

    >>> fold_mark("￡"), fold_mark("ｕｓ＄"), fold_mark("د.إ")
    ('£', 'us$', 'د.ا')
    """
    return key.translate(_FOLDS)


def wide_forms(text: str) -> str:
    """``text`` written in full-width forms where Unicode has them: "£" -> "￡".

    >>> wide_forms("us$")
    'ｕｓ＄'
    """
    return text.translate(_WIDE)


_DATA = Path(__file__).parent.parent / "data"
"""The package's data files: plain files beside the modules in every install (wheel or source)."""

# Scripts written without spaces between words, and the gaps that carry no meaning there.
_SPACELESS = SPACELESS
_GAPS = frozenset(" ・･")


def _without_gaps(key: str) -> str:
    """``key`` without the spaces and middle dots that stand between two kana or Han characters."""
    last = len(key) - 1
    return "".join(
        ch
        for i, ch in enumerate(key)
        if not (
            ch in _GAPS and 0 < i < last and _SPACELESS.match(key[i - 1]) and _SPACELESS.match(key[i + 1])
        )
    )


# The yuan/dollar character has a formal writing, simplified and traditional, that names use too.
_YUAN_WRITINGS = {"元": ("圆", "圓")}

# Letters written several ways in running text: Arabic alef with hamza or madda, alef maqsura; and the
# full-width and half-width compatibility forms of East Asian typesetting ("￡", "＄", "ｕｓｄ").
_LETTER_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"}
_WIDTH = {
    chr(c): unicodedata.normalize("NFKC", chr(c)).casefold()
    for c in range(0xFF01, 0xFFEF)
    if unicodedata.decomposition(chr(c)).startswith(("<wide>", "<narrow>"))
}
_FOLDS = str.maketrans(_LETTER_VARIANTS | _WIDTH)
_WIDE = str.maketrans(
    {v: k for k, v in _WIDTH.items() if unicodedata.decomposition(k).startswith("<wide>") and len(v) == 1}
)


@cache
def _table(stem: str) -> dict[str, Any]:
    text = (_DATA / "cldr" / f"{stem}.json").read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def _global() -> dict[str, Any]:
    return _table("_global")


def cldr_table(stem: str) -> dict[str, Any]:
    """A generated CLDR table by its path under ``data/cldr`` ("_global", "de", "places/de"), read once."""
    return _table(stem)


@cache
def _codes() -> frozenset[str]:
    return frozenset(_global()["codes"])


def currency_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR knows, current and historical.

    >>> {"USD", "EUR", "DEM"} <= currency_codes()
    True
    """
    return _codes()


def is_currency_code(code: str) -> bool:
    """True for an ISO 4217 code CLDR knows, current or historical.

    >>> is_currency_code("EUR"), is_currency_code("DEM"), is_currency_code("BTC")
    (True, True, False)
    """
    return code in _codes()


def currency_digits(code: str) -> int:
    """The number of minor-unit digits of a currency (2 when CLDR gives none).

    >>> currency_digits("JPY"), currency_digits("USD"), currency_digits("KWD")
    (0, 2, 3)
    """
    digits: dict[str, int] = _global()["digits"]
    return digits.get(code, 2)


@lru_cache(maxsize=1024)
def canonical_locale(locale: str) -> str:
    """The CLDR id of a locale, ``"und"`` for an unknown language; raises :class:`UnknownLocaleError`.

    >>> canonical_locale("en-GB"), canonical_locale("und"), canonical_locale("en_BD")
    ('en_GB', 'und', 'en_BD')
    """
    if locale in (_UND, "root", ""):
        return _UND
    from babel import Locale  # on first use: importing babel is slow
    from babel import UnknownLocaleError as BabelUnknown

    try:
        return str(Locale.parse(locale.replace("-", "_")))
    except (BabelUnknown, ValueError, TypeError):
        pass
    # a language CLDR has data for, written in a territory it has none for ("en_BD"): the language's
    # data, and the territory's currency from CLDR's territory data
    language, _, territory = locale.replace("-", "_").rpartition("_")
    if language and territory.upper() in _global()["territory_currency"]:
        try:
            return f"{Locale.parse(language)}_{territory.upper()}"
        except (BabelUnknown, ValueError, TypeError):
            pass
    raise UnknownLocaleError(locale) from None


@cache
def _rank() -> dict[str, int]:
    return {code: i for i, code in enumerate(news_marks.PREFERENCE)}


@cache
def _current() -> frozenset[str]:
    """Codes in use today: some territory's currency, or one the news preference list names."""
    return frozenset(_global()["territory_currency"].values()) | frozenset(news_marks.PREFERENCE)


def _major(codes: Iterable[str]) -> list[str]:
    """The codes among the dozen currencies news names most."""
    return [c for c in codes if _rank().get(c, len(_rank())) < _MAJOR]


def _ordered(codes: Iterable[str]) -> tuple[str, ...]:
    """Candidates most likely first; a historical code drops out when a current one shares the mark."""
    rank = _rank()
    current = _current()
    wanted = set(codes)
    if wanted & current:
        wanted &= current
    return tuple(sorted(wanted, key=lambda c: (rank.get(c, len(rank)), c)))


def _has_letter(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") for ch in text)


@cache
def all_symbols() -> frozenset[str]:
    """Every currency symbol with no letter in it, over all locales and the hand-kept marks.

    >>> {"$", "€", "₹", "¥", "₩"} <= all_symbols()
    True
    """
    found = set(_global()["symbols"]) | {normalise_mark(s) for s in news_marks.NEWS_MARKS}
    found |= {normalise_mark(s) for table in news_marks.LANGUAGE_MARKS.values() for s in table}
    return frozenset(s for s in found if not _has_letter(s))


def _languages(language: str) -> tuple[str, ...]:
    if language == _UND:
        return tuple(_global()["languages"])
    return (language,) if language in _global()["languages"] else ()


class _Builder:
    """Collects candidate codes per key, remembering where each key came from."""

    def __init__(self) -> None:
        self.codes: dict[str, set[str]] = {}
        self.kind: dict[str, str] = {}
        self.forced: dict[str, bool] = {}
        self.lead: dict[str, tuple[str, ...]] = {}
        self.power: dict[str, int] = {}

    def add(self, key: str, codes: Iterable[str], kind: str) -> None:
        key = normalise_mark(key)
        wanted = set(codes)
        if not key or not wanted:
            return
        self.codes.setdefault(key, set()).update(wanted)
        self.kind.setdefault(key, kind)

    def build(self) -> dict[str, Mark]:
        out: dict[str, Mark] = {}
        for key, codes in self.codes.items():
            kind = self.kind[key]
            lead = self.lead.get(key, ())
            ordered = lead + tuple(c for c in _ordered(codes) if c not in lead)
            decisive = self.forced.get(key, len(ordered) == 1)
            if kind == "symbol" and len(key) == 1 and _has_letter(key):
                decisive = False  # "K", "L", "R": letters too common to name a currency alone
            out[key] = Mark(ordered, decisive, kind, self.power.get(key, 0))
        # a key written with letter variants also stands folded: "دينار اردني" finds "دينار أردني"
        folded: dict[str, list[Mark]] = {}
        for key, mark in out.items():
            if (alias := fold_mark(key)) != key and alias not in out:
                folded.setdefault(alias, []).append(mark)
        for alias, found in folded.items():
            if len(set(found)) == 1:
                out[alias] = found[0]
            else:  # variants that name different currencies ("د.إ", "د.أ"): the folded key names both
                out[alias] = Mark(_ordered(c for mark in found for c in mark.codes), False, found[0].kind)
        return out


def _marks(languages: tuple[str, ...], own: str) -> dict[str, Mark]:
    """The marks of CLDR's ``languages``, the shared hand-kept marks and those of the language ``own``."""
    excluded = news_marks.EXCLUDED_NAMES
    builder = _Builder()
    for code in _global()["codes"]:
        builder.add(code.casefold(), (code,), "code")
    # a language's own marks are no one else's: under "und" ("\\" is the yen in Japanese, the won in Korean)
    hand = [news_marks.NEWS_MARKS, news_marks.LANGUAGE_MARKS.get(own, {})]
    unmarked = news_marks.SCALE_LETTER_SIGNS.get(own, frozenset())
    for surface, (codes, tier) in (item for table in hand for item in table.items()):
        key = normalise_mark(surface)
        if surface in unmarked:
            continue  # French "4,2 G$": a scale letter before the sign, not the Guyanese dollar
        builder.add(key, codes, "slang" if tier == news_marks.TIER_SLANG else "news")
        builder.lead[key] = codes
        if tier == news_marks.TIER_DECISIVE and len(codes) == 1:
            builder.forced[key] = True
    english = {**_table("en")["heads"], **_table("en")["names"]}  # CLDR's codes, read as hand-kept marks
    for surface in sorted(news_marks.NEWS_READ_SYMBOLS | news_marks.NEWS_READ_NAMES):
        key = normalise_mark(surface)
        builder.add(key, codes := tuple(_global()["symbols"].get(key) or english[key]), "news")
        builder.lead[key], builder.forced[key] = codes, len(codes) == 1
    for surface, (code, power) in news_marks.SCALED_MARKS.items():
        key = normalise_mark(surface)
        builder.add(key, (code,), "news")
        builder.forced[key] = True
        builder.power[key] = power
    for territory, code in _global()["territory_currency"].items():
        if code.startswith(territory) and normalise_mark(territory + "$") not in builder.codes:
            builder.add(territory + "$", (code,), "place")  # "VN$2500", like "HK$" and "NZ$"
    for language in languages:
        table = _table(language)
        words = news_marks.EXCLUDED_WORDS.get(language, frozenset())
        for part in ("names", "heads"):
            for key, codes in table[part].items():
                if key not in words:
                    builder.add(key, (c for c in codes if c not in excluded), "name")
                if len(key) > 1 and key[-1] in _YUAN_WRITINGS:
                    for other in _YUAN_WRITINGS[key[-1]]:  # "美圆" beside CLDR's "美元"
                        builder.add(key[:-1] + other, (c for c in codes if c not in excluded), "name")
                lead = builder.lead.get(key)
                if lead and len(languages) == 1 and any(_rank()[c] < _rank()[lead[0]] for c in _major(codes)):
                    # Romanian "lire" is sterling first, as CLDR's "lire sterline" tells; the
                    # hand-kept lead (the Italian lira of English news) yields to a major currency
                    del builder.lead[key]
    for key, codes in _global()["symbols"].items():
        builder.add(key, codes, "symbol")
        if _DOTTED.fullmatch(key):
            builder.add(key[:-1], codes, "symbol")  # the final dot of an abbreviation is often left out
    return builder.build()


# A symbol abbreviated with a final dot, outside the Latin script ("د.إ.", "රු.", "лв."): it stands
# without the dot too. Latin abbreviations ("esc.", "nu.") would leave everyday words.
_DOTTED = re.compile(r"[^\x00-\x7f\u00c0-\u024f\u1e00-\u1eff]\S*\.")


@cache
def _cased_marks() -> Mapping[str, Mark]:
    """Hand-kept marks written only in one case whose keys are shared with another currency's."""
    groups: dict[str, list[str]] = {}
    for surface in news_marks.CASED_MARKS:
        groups.setdefault(normalise_mark(surface), []).append(surface)
    out: dict[str, Mark] = {}
    for surfaces in groups.values():
        codes = {news_marks.NEWS_MARKS[s][0] for s in surfaces if s in news_marks.NEWS_MARKS}
        if len(codes) > 1:
            for surface in surfaces:
                if surface in news_marks.NEWS_MARKS:
                    found = news_marks.NEWS_MARKS[surface][0]
                    out[surface] = Mark(found, len(found) == 1, "news")
    return MappingProxyType(out)


@lru_cache(maxsize=64)
def _language_marks(language: str) -> dict[str, Mark]:
    return _marks(_languages(language), language)


@lru_cache(maxsize=32)
def _locale_marks(language: str, currency: str | None) -> Mapping[str, Mark]:
    """A language's marks with the locale's own currency first among the candidates of an ambiguous mark."""
    marks = _language_marks(language)
    if currency is None:
        return MappingProxyType(marks)
    local = dict(marks)
    for key, mark in marks.items():
        if not mark.decisive and currency in mark.codes[1:]:
            codes = (currency, *(c for c in mark.codes if c != currency))
            local[key] = Mark(codes, False, mark.kind, mark.power)
    for surface in news_marks.TERRITORY_MARKS.get(currency, ()):
        key = normalise_mark(surface)  # the territory's own shorthand: "P" in a Philippine text
        known = marks.get(key)
        others = tuple(c for c in known.codes if c != currency) if known is not None else ()
        local[key] = Mark((currency, *others), False, known.kind if known is not None else "symbol")
    return MappingProxyType(local)


def _hand(table: Mapping[str, Mapping[str, Any]], locale: str, languages: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("*", *languages, locale):
        for word, value in table.get(key, {}).items():
            out.setdefault(normalise_mark(word), value) if key == "*" else out.update(
                {normalise_mark(word): value}
            )
    return out


def _scales(locale: str, language: str) -> dict[str, int]:
    languages = _languages(language)
    scales: dict[str, int] = {}
    # under "und", a word several languages share keeps the value of the language news most often uses
    first = profiles.SHARED_WORDS_FIRST
    ordered = sorted(languages, key=lambda lang: lang not in first) if language == _UND else languages
    for lang in ordered:
        table = _table(lang)
        for word, power in table["scales"].items():
            scales.setdefault(normalise_mark(word), power)
        if language != _UND:
            scales.update({normalise_mark(w): p for w, p in table["locale_scales"].get(locale, {}).items()})
    # the shared hand-kept words fill gaps only ("tn" is a thousand in Swedish CLDR, a trillion in news
    # English); a language's own hand-kept words override
    own = {key for key in news_marks.SCALES if key != "*"}
    for word, power in news_marks.SCALES.get("*", {}).items():
        scales.setdefault(normalise_mark(word), power)
    for key in (*languages, locale):
        if language != _UND and key in own:
            scales.update({normalise_mark(w): p for w, p in news_marks.SCALES[key].items()})
    if language == _UND:
        for lang_scales in news_marks.SCALES.values():
            for word, power in lang_scales.items():
                scales.setdefault(normalise_mark(word), power)
    return scales


def _minor_units(locale: str, language: str) -> dict[str, tuple[int, str | None]]:
    if language == _UND:
        out: dict[str, tuple[int, str | None]] = {}
        for table in news_marks.MINOR_UNITS.values():
            for word, value in table.items():
                key = normalise_mark(word)
                if key in out and out[key] != value:
                    out[key] = (value[0], None)  # languages disagree on the currency: leave it open
                else:
                    out[key] = value
        return out
    return _hand(news_marks.MINOR_UNITS, locale, (language,))


def _locale_info(locale: str, language: str) -> dict[str, str | None]:
    if language == _UND:
        return {"decimal": ".", "group": ",", "territory": None, "currency": None}
    known: dict[str, dict[str, str | None]] = _table(language)["locales"]
    if locale in known:
        return known[locale]
    # a locale CLDR parses but has no data file for: the nearest listed parent, own territory if any
    parts = locale.split("_")
    parent = next(
        (known["_".join(parts[:n])] for n in range(len(parts) - 1, 0, -1) if "_".join(parts[:n]) in known),
        {"decimal": ".", "group": ",", "territory": None, "currency": None},
    )
    territory = next((p for p in parts[1:] if p.isupper() or p.isdigit()), None)
    if territory is None:
        return parent
    currency = _global()["territory_currency"].get(territory)
    return {**parent, "territory": territory, "currency": currency}


def decimal_symbols(locale: str) -> tuple[str, str]:
    """The decimal and group symbols of a locale.

    >>> decimal_symbols("de_DE"), decimal_symbols("en")
    ((',', '.'), ('.', ','))
    """
    found = lexicon(locale)
    return found.decimal, found.group


@lru_cache(maxsize=32)
def lexicon(locale: str) -> Lexicon:
    """The currency marks, scale words and minor units usable in a locale (``"und"``: every language).

    >>> lex = lexicon("en_IN")
    >>> lex.territory_currency, lex.scales["crore"], lex.marks["$"].codes[0]
    ('INR', 7, 'USD')
    """
    canonical = canonical_locale(locale)
    language = canonical.split("_")[0]
    if language != _UND and language not in _global()["languages"]:
        raise UnknownLocaleError(locale)
    info = dict(_locale_info(canonical, language))
    parts = canonical.split("_")[1:]
    if any(len(p) == 4 and p.istitle() for p in parts) and not any(p.isupper() or p.isdigit() for p in parts):
        # a script with no region ("zh_Hant") names a writing system, not a country: Traditional
        # Chinese is written in Taiwan, Hong Kong and Macau and by mainland papers abroad alike
        info["currency"] = None
    marks = _locale_marks(language, info["currency"])
    return Lexicon(
        locale=canonical,
        language=language,
        territory=info["territory"],
        territory_currency=info["currency"],
        decimal=info["decimal"] or ".",
        group=info["group"] or ",",
        marks=marks,
        scales=MappingProxyType(_scales(canonical, language)),
        minor_units=MappingProxyType(_minor_units(canonical, language)),
        max_mark_words=max(len(key.split()) for key in marks),
        lower_symbols=_lower_symbols(language),
        cased_marks=_cased_marks(),
    )


def with_words(lex: Lexicon, marks: Mapping[str, str], scales: Mapping[str, int]) -> Lexicon:
    """A copy of ``lex`` that also knows a caller's currency marks and scale words; the caller's win.

    A mark names its one currency decisively, as a hand-kept news mark does.

    >>> own = with_words(lexicon("en"), {"Zorkmids": "XTS"}, {"bazillion": 15})
    >>> own.marks["zorkmids"].codes, own.scales["bazillion"], "zorkmids" in lexicon("en").marks
    (('XTS',), 15, False)
    """
    if not marks and not scales:
        return lex
    own = {normalise_mark(surface): Mark((code,), True, "news") for surface, code in marks.items()}
    all_marks = {**lex.marks, **own}
    return replace(
        lex,
        marks=MappingProxyType(all_marks),
        scales=MappingProxyType({**lex.scales, **{normalise_mark(w): p for w, p in scales.items()}}),
        max_mark_words=max([lex.max_mark_words, *(len(key.split()) for key in own)]),
    )


@lru_cache(maxsize=64)
def _lower_symbols(language: str) -> frozenset[str]:
    return frozenset(key for lang in _languages(language) for key in _table(lang)["lower_symbols"])
