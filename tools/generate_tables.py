"""Generate moneyfacts' CLDR tables from the installed babel.

Writes ``src/moneyfacts/data/cldr/_global.json`` and one ``<language>.json`` per language, and the
month and quarter names of each language to ``src/moneyfacts/data/cldr/calendar/<language>.json``, the
word of each language's CLDR "per" unit pattern to ``src/moneyfacts/data/cldr/units/per.json``, and the
writing traits of each language (script, direction, numbering system, percent sign) to
``src/moneyfacts/data/cldr/traits/writing.json``.
Run ``python tools/generate_tables.py``; ``build_tables()`` and ``build_calendar_tables()`` return the
same tables without writing.
"""

from __future__ import annotations

import collections
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import babel
from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from babel.numbers import (
    get_currency_precision,
    get_decimal_symbol,
    get_group_symbol,
    get_territory_currencies,
    list_currencies,
)

OUT = Path(__file__).resolve().parent.parent / "src" / "moneyfacts" / "data" / "cldr"
CALENDAR_OUT = OUT / "calendar"
UNITS_OUT = OUT / "units"
TRAITS_OUT = OUT / "traits"
PLACES_OUT = OUT / "places"
GLOBAL = "_global"
_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff")
)
_PARENS = re.compile(r"\s*[(（][^)）]*[)）]")
_SPLIT = re.compile(r"[\s\-‐‑]+")
_FAR_FUTURE = datetime.date(2100, 1, 1)


def norm(surface: str) -> str:
    """The lexicon's key for a surface form (same rule as ``moneyfacts.reading.lexicon.normalise_mark``)."""
    return " ".join(surface.translate(_BIDI).casefold().split())


def scale_word(pattern: str) -> str:
    """The word of a compact-number pattern: "0 Mio'.'" -> "mio."; "" when the pattern has none."""
    return norm("".join(ch for ch in pattern if ch not in "0'¤#,;"))


def _scales(locale: Locale) -> dict[str, int]:
    found: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    for formats in (locale.compact_decimal_formats, locale.compact_currency_formats):
        for width in ("short", "long"):
            if width not in formats:
                continue
            for forms in formats[width].values():
                for key, pattern in forms.items():
                    text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                    text = text.split(";")[0]
                    word = scale_word(text)
                    if not word or any(ch.isdigit() for ch in word):
                        continue
                    power = len(str(key)) - text.count("0")
                    if power > 0:
                        found[word][power] += 1
    # a word given for several powers keeps the one most patterns give, then the smallest
    return {w: min(c, key=lambda p: (-c[p], p)) for w, c in found.items()}


_SAME_HEAD = (("USD", "CAD"), ("USD", "AUD"), ("MXN", "ARS"), ("CHF", "XOF"), ("INR", "PKR"), ("GBP", "EGP"))


def _head_position(names: dict[str, set[str]]) -> int:
    """0 when a language puts the currency's head word first ("dollar des États-Unis"), else -1.

    The head is the position where names of currencies that share a unit word (dollar, peso, franc,
    rupee, pound) share their token.
    """
    score = {0: 0, -1: 0}
    for position in score:
        edge: dict[str, set[str]] = collections.defaultdict(set)
        for name, codes in names.items():
            tokens = [t for t in _SPLIT.split(name) if t]
            if len(tokens) >= 2:
                edge[tokens[position]].update(codes)
        score[position] = sum(any(a in c and b in c for c in edge.values()) for a, b in _SAME_HEAD)
    return 0 if score[0] > score[-1] else -1


def _territory(locale: Locale, likely: dict[str, str]) -> str | None:
    if locale.territory:
        return str(locale.territory)
    full = likely.get(str(locale)) or likely.get(locale.language) or ""
    parts = [p for p in full.split("_")[1:] if p.isupper() or p.isdigit()]
    return next((p for p in parts if len(p) in (2, 3) and not p.istitle()), None)


def _territory_currency(territory: str | None) -> str | None:
    if territory is None:
        return None
    found = get_territory_currencies(territory, _FAR_FUTURE, tender=True)
    return str(found[0]) if found else None


def _sorted(table: dict[str, set[str]]) -> dict[str, list[str]]:
    return {k: sorted(v) for k, v in sorted(table.items())}


def build_tables() -> dict[str, dict[str, Any]]:
    """Every generated table, by file stem: ``"_global"`` and one per language."""
    codes = sorted(str(c) for c in list_currencies())
    known = set(codes)
    likely: dict[str, str] = dict(get_global("likely_subtags"))
    by_language: dict[str, list[Locale]] = collections.defaultdict(list)
    for ident in sorted(locale_identifiers()):
        if ident == "root":
            continue
        loc = Locale.parse(ident)
        by_language[loc.language].append(loc)

    symbols: dict[str, set[str]] = collections.defaultdict(set)
    languages: dict[str, dict[str, Any]] = {}
    territories: set[str] = set()
    for language, locales in sorted(by_language.items()):
        names: dict[str, set[str]] = collections.defaultdict(set)
        own_symbols: dict[str, set[str]] = collections.defaultdict(set)
        lower_symbols: set[str] = set()
        info: dict[str, dict[str, str | None]] = {}
        base_scales: dict[str, int] = {}
        locale_scales: dict[str, dict[str, int]] = {}
        for loc in locales:
            for code, name in loc.currencies.items():
                if code in known:
                    names[norm(name)].add(code)
            for code, forms in loc._data["currency_names_plural"].items():
                if code in known:
                    for name in forms.values():
                        names[norm(name)].add(code)
            for code, symbol in loc.currency_symbols.items():
                if code in known and norm(symbol):
                    own_symbols[norm(symbol)].add(code)
                    symbols[norm(symbol)].add(code)
                    if symbol != symbol.upper() and symbol == symbol.lower():
                        lower_symbols.add(norm(symbol))  # written in lower case: Croatian "kn"
            territory = _territory(loc, likely)
            if territory:
                territories.add(territory)
            info[str(loc)] = {
                "decimal": get_decimal_symbol(loc),
                "group": get_group_symbol(loc),
                "territory": territory,
                "currency": _territory_currency(territory),
            }
            scales = _scales(loc)
            if str(loc) == language:
                base_scales = scales
            else:
                locale_scales[str(loc)] = scales
        locale_scales = _diffs(locale_scales, base_scales)
        languages[language] = {
            "names": _sorted(names),
            "heads": _heads(names),
            "symbols": _sorted(own_symbols),
            "lower_symbols": sorted(lower_symbols),
            "scales": dict(sorted(base_scales.items())),
            "locale_scales": locale_scales,
            "locales": info,
        }

    header = (
        f"generated by tools/generate_tables.py from babel {babel.__version__} "
        f"CLDR v{get_global('cldr')['version']}, do not edit; "
        "regenerate with `python tools/generate_tables.py`"
    )
    tables: dict[str, dict[str, Any]] = {
        GLOBAL: {
            "_generated": header,
            "codes": codes,
            "digits": {c: int(get_currency_precision(c)) for c in codes},
            "symbols": _sorted(symbols),
            "languages": sorted(languages),
            "territory_currency": {
                t: c for t in sorted(territories) if (c := _territory_currency(t)) is not None
            },
        }
    }
    for language, table in languages.items():
        tables[language] = {"_generated": header, **table}
    return tables


def _diffs(per_locale: dict[str, dict[str, int]], base: dict[str, int]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for ident, scales in sorted(per_locale.items()):
        diff = {w: p for w, p in sorted(scales.items()) if base.get(w) != p}
        if diff:
            out[ident] = diff
    return out


def _heads(names: dict[str, set[str]]) -> dict[str, list[str]]:
    """Generic head words of a language's currency names: "us dollars" -> "dollars" -> every dollar."""
    plain = {n: c for n, c in names.items() if not _PARENS.search(n)}
    position = _head_position(plain)
    heads: dict[str, set[str]] = collections.defaultdict(set)
    suffixes: dict[str, set[str]] = collections.defaultdict(set)
    for name, found in plain.items():
        tokens = [t for t in _SPLIT.split(name) if t]
        if len(tokens) >= 2 and unicodedata.category(tokens[position][0]).startswith("L"):
            heads[tokens[position]].update(found)
        elif len(tokens) == 1 and len(name) > 2 and all(map(_unspaced_script, name[-2:])):
            # scripts written without spaces: the two-character unit word that ends the name ("米ドル")
            suffixes[name[-2:]].update(found)
    for suffix, found in suffixes.items():
        if len(found | heads.get(suffix, set())) >= 3:
            heads[suffix].update(found)
    # a unit word inside a longer name that other names share as their head: "британский фунт
    # стерлингов" (pound sterling) is a "фунт" like "египетский фунт", so a bare "фунт" may be sterling
    shared = {h: set(c) for h, c in heads.items() if len(c) >= 2}
    for name, found in plain.items():
        tokens = [t for t in _SPLIT.split(name) if t]
        for token in tokens[1:-1]:
            if token in shared:
                heads[token].update(found)
    return _sorted({h: c for h, c in heads.items() if len(h) >= 2})


def _unspaced_script(ch: str) -> bool:
    """Kana and Han: scripts that write a currency name as one run of characters."""
    return 0x3040 <= ord(ch) <= 0x30FF or 0x3400 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF


_DIGIT_OR_NUMERAL = re.compile(r"[\d一二三四]")
_DIGIT = re.compile(r"\d")


def _calendar_names(locale: Locale, kind: str) -> tuple[dict[str, int], dict[str, int]]:
    """Wide and abbreviated names (format and stand-alone context) of ``kind`` ("months", "quarters")."""
    wide: dict[str, int] = {}
    short: dict[str, int] = {}
    data = getattr(locale, kind)
    for context in ("format", "stand-alone"):
        for width, into in (("wide", wide), ("abbreviated", short)):
            for number, name in data.get(context, {}).get(width, {}).items():
                key = norm(str(name)).rstrip(".")
                if key and not key.isdigit():
                    into.setdefault(key, int(number))
    return wide, {k: v for k, v in short.items() if k not in wide and len(k) >= 2}


def _quarter_words(names: dict[str, int]) -> list[str]:
    """The word the four quarter names share ("3. quartal" -> "quartal"; "第3四半期" -> "四半期")."""
    by_number: dict[int, list[str]] = collections.defaultdict(list)
    for name, number in names.items():
        by_number[number].append(name)
    if sorted(by_number) != [1, 2, 3, 4]:
        return []
    found: set[str] = set()
    for names_of_one in zip(*(by_number[n] for n in (1, 2, 3, 4)), strict=False):
        tokens = [set(_SPLIT.split(n)) for n in names_of_one]
        shared = {t for t in set.intersection(*tokens) if not _DIGIT_OR_NUMERAL.search(t) and len(t) >= 3}
        if shared:
            found |= shared
            continue
        # unspaced: what follows the number ("第3四半期" -> "四半期", "第三季度" -> "季度")
        tails = [(_DIGIT if _DIGIT.search(n) else _DIGIT_OR_NUMERAL).split(n)[-1] for n in names_of_one]
        if len(set(tails)) == 1 and len(tails[0]) >= 2:
            found.add(tails[0].strip())
    return sorted(found)


def _quarter_ordinals(names: dict[str, int], words: list[str]) -> dict[str, int]:
    """What a quarter name holds beside its quarter word: "الربع الثالث" -> "الثالث", "第三季度" -> "第三"."""
    out: dict[str, int] = {}
    for name, number in names.items():
        for word in words:
            if word not in name:
                continue
            rest = name.replace(word, " ").strip(" -")
            if rest and len(rest.split()) == 1:
                out.setdefault(rest, number)
    return dict(sorted(out.items()))


def build_calendar_tables() -> dict[str, dict[str, Any]]:
    """Month and quarter names of every language, by file stem: wide and abbreviated forms, format and
    stand-alone (so genitive forms such as Russian "марта" are there beside "март"), over every locale."""
    header = (
        f"generated by tools/generate_tables.py from babel {babel.__version__} "
        f"CLDR v{get_global('cldr')['version']}, do not edit; "
        "regenerate with `python tools/generate_tables.py`"
    )
    tables: dict[str, dict[str, Any]] = {}
    for ident in sorted(locale_identifiers()):
        loc = Locale.parse(ident)
        if ident == "root" or (loc.script and loc.script != "Hant"):  # other scripts: not news text
            continue
        table = tables.setdefault(
            loc.language,
            {"_generated": header, "months": {}, "month_abbr": {}, "quarters": {}, "quarter_abbr": {}},
        )
        for kind, wide_key, short_key in (
            ("months", "months", "month_abbr"),
            ("quarters", "quarters", "quarter_abbr"),
        ):
            wide, short = _calendar_names(loc, kind)
            for key, value in wide.items():
                table[wide_key].setdefault(key, value)
            for key, value in short.items():
                table[short_key].setdefault(key, value)
    for table in tables.values():
        for key in ("month_abbr", "quarter_abbr"):  # a short form that is also some month's full name goes
            wide = table["months" if key == "month_abbr" else "quarters"]
            table[key] = {k: v for k, v in sorted(table[key].items()) if k not in wide}
        table["months"] = dict(sorted(table["months"].items()))
        table["quarters"] = dict(sorted(table["quarters"].items()))
        table["quarter_words"] = _quarter_words(table["quarters"])
        table["quarter_ordinals"] = _quarter_ordinals(table["quarters"], table["quarter_words"])
    return tables


def build_per_patterns() -> dict[str, dict[str, str]]:
    """The word of each language's CLDR "per" pattern ("{0} pro {1}", "每{1}{0}", "{1}당 {0}"), and where
    it stands: ``after`` the figure and before the unit, or ``first``, before the unit and the figure.

    Patterns with no word ("{0}/{1}") are left out: the slash is read in every language anyway.
    """
    out: dict[str, dict[str, str]] = {}
    for language in sorted({identifier.split("_")[0] for identifier in locale_identifiers()}):
        try:
            data = Locale.parse(language)._data
        except (ValueError, babel.UnknownLocaleError):
            continue
        pattern = data.get("compound_unit_patterns", {}).get("per", {}).get("long", {}).get("compound")
        if not pattern or "{0}" not in pattern or "{1}" not in pattern:
            continue
        word = pattern.replace("{0}", " ").replace("{1}", " ").strip()
        if not word or word == "/" or " " in word:
            continue
        place = "after" if pattern.index("{0}") < pattern.index("{1}") else "first"
        out[language] = {"word": norm(word).rstrip("."), "place": place}
    return out


def write_per_patterns() -> None:
    UNITS_OUT.mkdir(parents=True, exist_ok=True)
    table = build_per_patterns()
    (UNITS_OUT / "per.json").write_text(dump(table), encoding="utf-8")
    print(f"wrote the per patterns of {len(table)} languages to {UNITS_OUT}")


# ISO 15924 scripts (as CLDR's likely subtags name them) that write words without spaces between them
# (Unicode line breaking treats them as ideographic or as complex context), and those that hold kana.
UNSPACED_SCRIPTS = (
    *("Hani", "Hans", "Hant", "Jpan", "Hira", "Kana", "Hrkt"),
    *("Thai", "Laoo", "Khmr", "Mymr", "Tibt"),
)
KANA_SCRIPTS = ("Jpan", "Hira", "Kana", "Hrkt")


def build_traits() -> dict[str, Any]:
    """Each language's writing traits from CLDR: the script its likely subtags give, whether that script
    writes words without spaces or holds kana, whether the language writes right to left, its default
    numbering system and the percent sign of that system."""
    likely: dict[str, str] = dict(get_global("likely_subtags"))
    languages: dict[str, dict[str, Any]] = {}
    for language in sorted({identifier.split("_")[0] for identifier in locale_identifiers()} - {"root"}):
        loc = Locale.parse(language)
        script = next((p for p in likely.get(language, "").split("_") if len(p) == 4 and p.istitle()), "")
        numbering = loc.default_numbering_system
        symbols = loc.number_symbols.get(numbering) or loc.number_symbols.get("latn") or {}
        languages[language] = {
            "script": script,
            "unspaced": script in UNSPACED_SCRIPTS,
            "kana": script in KANA_SCRIPTS,
            "right_to_left": loc.character_order == "right-to-left",
            "numbering": numbering,
            "percent": norm(str(symbols.get("percentSign", "%"))) or "%",
        }
    header = (
        f"generated by tools/generate_tables.py from babel {babel.__version__} "
        f"CLDR v{get_global('cldr')['version']}, do not edit; "
        "regenerate with `python tools/generate_tables.py`"
    )
    return {"_generated": header, "languages": languages}


def write_traits() -> None:
    TRAITS_OUT.mkdir(parents=True, exist_ok=True)
    (TRAITS_OUT / "writing.json").write_text(dump(build_traits()), encoding="utf-8")
    print(f"wrote the writing traits of every language to {TRAITS_OUT}")


def build_place_names() -> dict[str, dict[str, Any]]:
    """Each language's CLDR territory names (two-letter territories only), in CLDR's order, by language:
    the place words a figure's currency may lean on, read without loading babel's locale data."""
    header = f"generated by tools/generate_tables.py from babel {babel.__version__}, do not edit"
    out: dict[str, dict[str, Any]] = {}
    for language in build_tables()[GLOBAL]["languages"]:
        try:
            territories = Locale.parse(language).territories
        except (ValueError, babel.UnknownLocaleError):
            continue
        pairs = [[code, name] for code, name in territories.items() if len(code) == 2]
        out[language] = {"_generated": header, "territories": pairs}
    return out


def write_place_names() -> None:
    tables = build_place_names()
    write_dir(PLACES_OUT, tables)
    print(f"wrote the territory names of {len(tables)} languages to {PLACES_OUT}")


def write_dir(out: Path, tables: dict[str, dict[str, Any]]) -> None:
    """Write each table to ``out/<stem>.json`` and remove the files of tables no longer generated."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        if old.stem not in tables:
            old.unlink()
    for stem, table in tables.items():
        (out / f"{stem}.json").write_text(dump(table), encoding="utf-8")


def dump(table: dict[str, Any]) -> str:
    return json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> int:
    tables = build_tables()
    write_dir(OUT, tables)
    print(f"wrote {len(tables)} tables to {OUT}")
    write_calendar_tables()
    write_per_patterns()
    write_traits()
    write_place_names()
    return 0


def write_calendar_tables() -> None:
    tables = build_calendar_tables()
    write_dir(CALENDAR_OUT, tables)
    print(f"wrote {len(tables)} calendar tables to {CALENDAR_OUT}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
