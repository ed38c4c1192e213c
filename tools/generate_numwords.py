"""Generate the number-word tables under src/moneyfacts/data/numwords/ from CLDR RBNF rules.

Usage: python tools/generate_numwords.py [LANG ...]

For each language, every spelled form of 0..999 from the spell-out cardinal rule sets (all genders
and cases the rules offer) becomes a ``units`` entry; scale words (thousand, Million, lakh, 만, ...)
are found by spelling k·10^e and keeping the words that are not units, with the value implied by
the spelled multiplier. Connectors, articles, fractions and decimal-point words, which RBNF does
not spell, come from the hand-written ``EXTRAS`` table below. Needs the ``unicode-rbnf`` package.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from unicode_rbnf import RbnfEngine

OUT = Path(__file__).resolve().parent.parent / "src" / "moneyfacts" / "data" / "numwords"

LANGUAGES = ("ar bg ca da de en es fr ga he hi hr id it ja ka ko nb nl pl pt ro ru sv tr uk vi zh").split()  # noqa: SIM905
RBNF_CODE = {"nb": "no"}
MULTIPLIERS = (*range(1, 26), 30, 100, 101, 200, 500)
EXPONENTS = range(3, 16)
# RBNF writes Romanian with the cedilla letters; the orthography has the comma below ("șapte", "două sute").
LETTER_VARIANTS = {"ro": str.maketrans("şţŞŢ", "șțȘȚ")}
NO_ACCENT_VARIANTS = {"vi", "ar", "he", "hi", "ja", "ko", "zh", "ka", "ru", "uk", "bg", "el"}

# Words RBNF does not spell. "fractions" map a word to "p/q"; "words" are extra whole numbers.
EXTRAS: dict[str, dict[str, Any]] = {
    "en": {
        "connectors": ["and"],
        "articles": ["a", "an"],
        "of": ["of"],
        "point": ["point"],
        "fractions": {
            "half": "1/2",
            "halves": "1/2",
            "quarter": "1/4",
            "quarters": "1/4",
            "third": "1/3",
            "thirds": "1/3",
        },
        "words": {"dozen": 12, "oh": 0, "nought": 0, "naught": 0},
        "scales": {
            "hundred": 100,
            "bn": 1000000000,
            "mn": 1000000,
            "lakh": 100000,
            "lakhs": 100000,
            "crore": 10000000,
            "crores": 10000000,
            "grand": 1000,
        },
    },
    "de": {
        "connectors": ["und"],
        "articles": ["ein", "eine", "einer", "einem", "einen"],
        "point": ["komma"],
        "fractions": {"halb": "1/2", "halbe": "1/2", "halben": "1/2", "viertel": "1/4", "drittel": "1/3"},
        "words": {"eineinhalb": "3/2", "anderthalb": "3/2", "zweieinhalb": "5/2", "dutzend": 12},
        "scales": {"mio": 1000000, "mrd": 1000000000, "tsd": 1000},
    },
    "fr": {
        "connectors": ["et"],
        "articles": ["un", "une"],
        "of": ["de", "d'"],
        "point": ["virgule"],
        "fractions": {"demi": "1/2", "demie": "1/2", "quart": "1/4", "quarts": "1/4", "tiers": "1/3"},
        "words": {"douzaine": 12},
    },
    "es": {
        "connectors": ["y"],
        "articles": ["un", "una"],
        "of": ["de"],
        "point": ["coma", "punto"],
        "fractions": {
            "medio": "1/2",
            "media": "1/2",
            "cuarto": "1/4",
            "cuartos": "1/4",
            "tercio": "1/3",
            "tercios": "1/3",
        },
        "words": {"docena": 12},
    },
    "pt": {
        "connectors": ["e"],
        "articles": ["um", "uma"],
        "of": ["de"],
        "point": ["vírgula", "virgula", "ponto"],
        "fractions": {
            "meio": "1/2",
            "meia": "1/2",
            "quarto": "1/4",
            "quartos": "1/4",
            "terço": "1/3",
            "terços": "1/3",
        },
        "words": {"dúzia": 12},
    },
    "it": {
        "connectors": ["e"],
        "articles": ["un", "una", "uno"],
        "of": ["di"],
        "point": ["virgola"],
        "fractions": {
            "mezzo": "1/2",
            "mezza": "1/2",
            "quarto": "1/4",
            "quarti": "1/4",
            "terzo": "1/3",
            "terzi": "1/3",
        },
        "words": {"dozzina": 12},
    },
    "nl": {
        "connectors": ["en"],
        "articles": ["een"],
        "point": ["komma"],
        "fractions": {"half": "1/2", "halve": "1/2", "kwart": "1/4", "derde": "1/3"},
        "words": {"anderhalf": "3/2", "dozijn": 12},
    },
    "sv": {
        "connectors": ["och"],
        "articles": ["en", "ett"],
        "point": ["komma"],
        "fractions": {"halv": "1/2", "halvt": "1/2", "kvarts": "1/4"},
        "words": {"halvannan": "3/2"},
    },
    "nb": {
        "connectors": ["og"],
        "articles": ["en", "ei", "et"],
        "point": ["komma"],
        "fractions": {"halv": "1/2", "halvt": "1/2", "kvart": "1/4"},
        "words": {"halvannen": "3/2"},
    },
    "da": {
        "connectors": ["og"],
        "articles": ["en", "et"],
        "point": ["komma"],
        "fractions": {"halv": "1/2", "halvt": "1/2", "kvart": "1/4"},
        "words": {"halvanden": "3/2"},
    },
    "ru": {
        "connectors": ["и"],
        "point": ["запятая", "целых"],
        "fractions": {"половина": "1/2", "половиной": "1/2", "четверть": "1/4", "треть": "1/3"},
        "words": {"полтора": "3/2", "полторы": "3/2"},
    },
    "uk": {"connectors": ["і", "й"], "fractions": {"половина": "1/2"}},
    "bg": {"connectors": ["и"], "fractions": {"половина": "1/2"}},
    "hr": {
        "connectors": ["i"],
        "fractions": {"pola": "1/2"},
        "point": ["zarez"],
        # "četrdeset dva" beside RBNF's "četrdeset i dva"
        "elided_connectors": ["i"],
        # cases of "one" RBNF does not spell ("više od jednog dolara"), and everyday "dvjesta" beside
        # RBNF's "dvjesto"
        "words": {"jednog": 1, "jednoga": 1, "jedne": 1, "jednu": 1, "jednim": 1, "dvjesta": 200},
        "scales": {"stotina": 100, "stotine": 100, "stotinu": 100},  # "dvije stotine" (two hundreds)
    },
    "pl": {"connectors": ["i"], "fractions": {"pół": "1/2"}, "point": ["przecinek"]},
    "cs": {"connectors": ["a"], "fractions": {"půl": "1/2"}},
    "tr": {
        "fractions": {"yarım": "1/2", "çeyrek": "1/4"},
        "plus_fractions": {"buçuk": "1/2"},
        "point": ["virgül", "nokta"],
    },
    "vi": {
        "connectors": ["lẻ", "linh"],
        "fractions": {"nửa": "1/2"},
        "plus_fractions": {"rưỡi": "1/2"},
        "point": ["phẩy", "chấm"],
    },
    "id": {
        "connectors": ["dan"],
        "fractions": {"setengah": "1/2", "seperempat": "1/4", "sepertiga": "1/3"},
        "point": ["koma"],
        "words": {"lusin": 12},
    },
    "ro": {
        "connectors": ["și", "şi"],
        "articles": ["un", "o"],
        "point": ["virgulă"],
        "fractions": {"jumătate": "1/2", "sfert": "1/4"},
    },
    "ca": {"connectors": ["i"], "articles": ["un", "una"], "point": ["coma"], "fractions": {"mig": "1/2"}},
    "ga": {"connectors": ["is", "agus", "a"], "fractions": {"leath": "1/2"}},
    "he": {
        "prefixes": ["ו", "מ", "ל", "ב"],
        "fractions": {"חצי": "1/2", "רבע": "1/4"},
        "words": {"אחד": 1, "אחת": 1},
    },
    "ar": {
        "prefixes": ["و", "ل", "ب"],
        # RBNF spells the nominative; running text mostly writes the oblique case: "بعشرين دولارا"
        "oblique": {"ون": "ين", "اثنان": "اثنين", "إثنان": "إثنين", "اثنتان": "اثنتين", "إثنتان": "إثنتين"},
        "fractions": {"نصف": "1/2", "ونصف": "1/2", "ربع": "1/4", "ثلث": "1/3"},
    },
    "ka": {"connectors": ["და"], "fractions": {"ნახევარი": "1/2"}},
    "hi": {
        "connectors": ["और"],
        "fractions": {"आधा": "1/2"},
        "words": {"डेढ़": "3/2", "ढाई": "5/2"},
        # the chandrabindu is often written as an anusvara: "पांच" for RBNF's "पाँच"
        "spelling_variants": {"\u0901": "\u0902"},
    },
    # hangul 십 and 백 multiply the digits before them like 천 (7천5백만, 이십): read as scales
    "ko": {"point": ["점", "쩜"], "scales": {"십": 10, "백": 100}},
    "ja": {},
    "zh": {},
}

# Mongolian has no RBNF rules: the table is written out here (plain and attributive forms).
MONGOLIAN_UNITS = {
    "тэг": 0,
    "нэг": 1,
    "нэгэн": 1,
    "хоёр": 2,
    "гурав": 3,
    "гурван": 3,
    "дөрөв": 4,
    "дөрвөн": 4,
    "тав": 5,
    "таван": 5,
    "зургаа": 6,
    "зургаан": 6,
    "долоо": 7,
    "долоон": 7,
    "найм": 8,
    "найман": 8,
    "ес": 9,
    "есөн": 9,
    "арав": 10,
    "арван": 10,
}
MONGOLIAN_TENS = {
    "хорь": 20,
    "хорин": 20,
    "гуч": 30,
    "гучин": 30,
    "дөч": 40,
    "дөчин": 40,
    "тавь": 50,
    "тавин": 50,
    "жар": 60,
    "жаран": 60,
    "дал": 70,
    "далан": 70,
    "ная": 80,
    "наян": 80,
    "ер": 90,
    "ерэн": 90,
}
MONGOLIAN_EXTRA: dict[str, Any] = {
    "scales": {
        "мянга": 1000,
        "мянган": 1000,
        "сая": 10**6,
        "саяын": 10**6,
        "тэрбум": 10**9,
        "их наяд": 10**12,
    },
    "fractions": {"хагас": "1/2"},
    "hundreds": {"зуу": 100, "зуун": 100},
}

_SPLIT = re.compile(r"[\s\-‐‑–]+")


def tokens(text: str) -> list[str]:
    """The tokens a scanner sees: case-folded, split on whitespace and hyphens, commas dropped."""
    text = text.replace("\u00ad", "").replace(",", " ").casefold()
    return [t for t in _SPLIT.split(text) if t]


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def rulesets(engine: Any) -> list[str]:
    return [
        r
        for r in engine.rulesets
        if (r.startswith("spellout-cardinal") or r in ("spellout-numbering", "spellout-numbering-verbose"))
        and not r.endswith(("-ones", "-prefixpart"))
    ]


def spell(engine: Any, number: int, names: list[str]) -> set[str]:
    out = set()
    for name in names:
        try:
            out.add(engine.format_number(number, ruleset_names=[name]).text)
        except Exception:  # a rule set may not cover every number
            continue
    return out


def generate(lang: str) -> dict[str, Any]:
    if lang == "mn":
        return generate_mongolian()
    engine = RbnfEngine.for_language(RBNF_CODE.get(lang, lang))
    names = rulesets(engine)
    units: dict[str, int] = {}
    for n in range(1000):
        for text in sorted(spell(engine, n, names)):
            units.setdefault(" ".join(tokens(text)), n)
    vocab = {t for form in units for t in form.split()}
    single = {form: v for form, v in units.items() if " " not in form}
    scales: dict[str, int] = {}
    bare: set[str] = set()
    articles = frozenset(EXTRAS.get(lang, {}).get("articles", []))
    # smallest values first, so that "un milion" (10⁶) is read before 1.1·10⁶ could misread its "un"
    for _, e, k in sorted((k * 10**e, e, k) for e in EXPONENTS for k in MULTIPLIERS):
        for rest in (0, 1, 21):
            target = k * 10**e + rest
            for text in sorted(spell(engine, target, names)):
                toks = tokens(text)
                if len(toks) > 8:
                    continue
                unknown = [t for t in toks if t not in vocab and t not in scales]
                construct = (
                    len(toks) >= 2
                    and unknown[:1] == toks[:1]
                    and set(unknown) <= set(toks[:2])
                    and k <= 20
                    and not any(_segments(t, single, scales) for t in toks[:2])
                    and units.get(" ".join(toks[2:]), 0) == rest
                    # 10·10⁵ spelled "un milion" is one million, not a construct form of ten
                    and (k % 10 != 0 or toks[1] in scales)
                )
                if construct and scales.get(toks[1], 10**e) == 10**e:
                    # a construct form of k before a scale word: Hebrew שלושת אלפים
                    units.setdefault(toks[0], k)
                    vocab.add(toks[0])
                    single.setdefault(toks[0], k)
                    scales.setdefault(toks[1], 10**e)
                    continue
                found = _scale_word(toks, vocab, single, units, scales, target, rest, articles)
                if found is not None:
                    word, value, _bare = found
                    scales.setdefault(word, value)
    for e in EXPONENTS:
        for k in MULTIPLIERS:
            for rest in (0, 1, 21):
                for text in spell(engine, k * 10**e + rest, names):
                    toks = tokens(text)
                    if toks and scales.get(toks[0]) == k * 10**e and (len(toks) == 1 or k == 1):
                        bare.add(toks[0])
    # forms that occur only after a scale word (Vietnamese "không trăm lẻ một" in 2001)
    for base in (1000, 2000, 10**6):
        for r in range(1, 1000):
            for text in spell(engine, base + r, names):
                toks = tokens(text)
                cut = max((i for i, t in enumerate(toks) if t in scales), default=-1)
                if 0 <= cut < len(toks) - 1:
                    units.setdefault(" ".join(toks[cut + 1 :]), r)
    # forms that occur only before a scale word (French "deux cent mille")
    for scale in (1000, 10**6):
        for k in range(2, 1000):
            for text in spell(engine, k * scale, names):
                toks = tokens(text)
                head = toks[:-1]
                if head and scales.get(toks[-1]) == scale and not any(w in t for t in head for w in scales):
                    units.setdefault(" ".join(head), k)
    extra = EXTRAS.get(lang, {})
    for old, new in extra.get("spelling_variants", {}).items():
        for form, v in list(units.items()):
            units.setdefault(form.replace(old, new), v)
        for word, v in list(scales.items()):
            scales.setdefault(word.replace(old, new), v)
    for connector in extra.get("elided_connectors", []):
        for form, v in list(units.items()):
            toks = form.split()
            if connector in toks[1:-1]:
                units.setdefault(" ".join(t for t in toks if t != connector), v)
    for word, value in extra.get("scales", {}).items():
        scales.setdefault(word, value)
    endings = sorted(extra.get("oblique", {}).items(), key=lambda kv: -len(kv[0]))
    if endings:
        for form, v in list(units.items()):
            units.setdefault(" ".join(_case_form(t, endings) for t in form.split()), v)
    if lang in LETTER_VARIANTS:
        for form, v in list(units.items()):
            units.setdefault(form.translate(LETTER_VARIANTS[lang]), v)
        for word, v in list(scales.items()):
            scales.setdefault(word.translate(LETTER_VARIANTS[lang]), v)
    if lang not in NO_ACCENT_VARIANTS:
        for form, v in list(units.items()):
            units.setdefault(strip_accents(form), v)
        for word, v in list(scales.items()):
            scales.setdefault(strip_accents(word), v)
    return {
        "language": lang,
        "units": dict(sorted(units.items(), key=lambda kv: (kv[1], kv[0]))),
        "scales": dict(sorted(scales.items(), key=lambda kv: (kv[1], kv[0]))),
        "bare_scales": sorted(bare),
        "connectors": extra.get("connectors", []),
        "articles": extra.get("articles", []),
        "of": extra.get("of", []),
        "point": extra.get("point", []),
        "prefixes": extra.get("prefixes", []),
        "fractions": extra.get("fractions", {}),
        "plus_fractions": extra.get("plus_fractions", {}),
        "words": {w: str(v) for w, v in extra.get("words", {}).items()},
    }


def _case_form(token: str, endings: list[tuple[str, str]]) -> str:
    """``token`` with the first matching case ending swapped: Arabic "وعشرون" -> "وعشرين"."""
    for ending, other in endings:
        if token.endswith(ending):
            return token[: -len(ending)] + other
    return token


def _scale_word(
    toks: list[str],
    vocab: set[str],
    single: dict[str, int],
    units: dict[str, int],
    scales: dict[str, int],
    target: int,
    rest: int,
    articles: frozenset[str],
) -> tuple[str, int, bool] | None:
    """The one new scale word in a spelled k·10^e, its value and whether it stood bare."""
    unknown = [i for i, t in enumerate(toks) if t not in vocab and t not in scales]
    if len(unknown) != 1:
        return None
    i = unknown[0]
    word = toks[i]
    prefix_tokens = toks[:i]
    tail = " ".join(toks[i + 1 :])
    if (units.get(tail) if tail else 0) != rest:
        return None
    target -= rest
    head = ""
    for cut in range(len(word) - 1, 0, -1):
        if word[:cut] in single and word[cut:] not in vocab:
            head, word = word[:cut], word[cut:]
            break
    if word in scales or _segments(word, single, scales):
        return None
    prefix = " ".join([*prefix_tokens, head]).strip()
    if not prefix or prefix in articles:
        multiplier = 1
    elif prefix in units:
        multiplier = units[prefix]
    else:
        return None
    if multiplier == 0 or target % multiplier:
        return None
    value = target // multiplier
    if value < 100:
        return None
    return word, value, not prefix and len(toks) == 1


def _segments(word: str, single: dict[str, int], scales: dict[str, int]) -> bool:
    """Whether ``word`` splits into two or more known pieces (units or scale words)."""
    pieces = set(single) | set(scales)
    reach = {0: 0}
    for start in range(len(word)):
        if start not in reach:
            continue
        for end in range(start + 1, len(word) + 1):
            if word[start:end] in pieces and end not in reach:
                reach[end] = reach[start] + 1
    return reach.get(len(word), 0) >= 2


def generate_mongolian() -> dict[str, Any]:
    units: dict[str, int] = {}
    small = {**MONGOLIAN_UNITS}
    for tw, tv in MONGOLIAN_TENS.items():
        small[tw] = tv
        for uw, uv in MONGOLIAN_UNITS.items():
            if 1 <= uv <= 9:
                small[f"{tw} {uw}"] = tv + uv
    for uw, uv in MONGOLIAN_UNITS.items():
        if 11 <= uv + 10 <= 19 and 1 <= uv <= 9:
            for ten in ("арван",):
                small[f"{ten} {uw}"] = 10 + uv
    units.update(small)
    for hw, hv in MONGOLIAN_EXTRA["hundreds"].items():
        for mw, mv in [("", 1), *[(w, v) for w, v in MONGOLIAN_UNITS.items() if 2 <= v <= 9]]:
            base = f"{mw} {hw}".strip()
            units.setdefault(base, mv * hv)
            for sw, sv in small.items():
                if sv:
                    units.setdefault(f"{base} {sw}", mv * hv + sv)
    return {
        "language": "mn",
        "units": dict(sorted(units.items(), key=lambda kv: (kv[1], kv[0]))),
        "scales": MONGOLIAN_EXTRA["scales"],
        "bare_scales": [],
        "connectors": [],
        "articles": [],
        "of": [],
        "point": [],
        "prefixes": [],
        "fractions": MONGOLIAN_EXTRA["fractions"],
        "plus_fractions": {},
        "words": {},
    }


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in argv or [*LANGUAGES, "mn"]:
        table = generate(lang)
        path = OUT / f"{lang}.json"
        path.write_text(
            json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8"
        )
        print(
            f"{lang}: {len(table['units'])} unit forms, {len(table['scales'])} scale words", file=sys.stderr
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
