"""Period phrases in the words of each language, built from data: the month and quarter names CLDR gives
(generated into ``data/cldr/calendar``) and the hand-kept words of ``data/period_words``.

Each pattern is one template filled with a language's words, so every language gets the same rules:
an ordinal and a quarter or half noun with an optional year on either side ("im dritten Quartal 2023",
"quý III/2017", "2010년 3분기"), the first months of a year ("les neuf premiers mois de 2023"), fixed
parts of a year ("上半年"), month ranges ("de enero a marzo", "4-12月期"), years with a preposition or a
year noun ("в 2023 году"), fiscal years, whole years, lengths ("sur trois ans"), shifts ("im Vorjahr")
and recurrences ("pro Jahr").

>>> words = language_words("de")
>>> words.months["märz"], words.ordinals["dritten"]
(3, 3)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from moneyfacts.data.period_words import PERIOD_WORDS
from moneyfacts.periods.scan import trie_pattern

__all__ = [
    "LanguageWords",
    "abbreviation_words",
    "coordination_words",
    "cue_words",
    "first_characters",
    "gapped_clause",
    "language_words",
    "local_patterns",
    "month_names",
    "versus_words",
]

_CALENDAR = Path(__file__).resolve().parent.parent / "data" / "cldr" / "calendar"
_Y4 = r"(?:19|20)\d\d"
_ARTICLES = (
    "the",
    "le",
    "la",
    "les",
    "l'",
    "el",
    "los",
    "las",
    "o",
    "os",
    "il",
    "lo",
    "gli",
    "der",
    "die",
    "das",
    "dem",
    "den",
    "het",
    "det",
)
_CONNECT = (
    "-",
    "–",
    "—",
    "~",
    "～",
    "〜",
    "to",
    "bis",
    "und",
    "à",
    "au",
    "a",
    "al",
    "y",
    "e",
    "i",
    "tot",
    "en",
    "till",
    "och",
    "til",
    "og",
    "do",
    "до",
    "по",
    "ve",
    "ile",
    "đến",
    "hingga",
    "sampai",
    "s/d",
    "إلى",
    "से",
)
_CJK_DIGITS = "一二三四五六七八九十"


@dataclass(frozen=True)
class LanguageWords:
    """The period words of one language, from CLDR and the hand-kept table."""

    months: dict[str, int]
    month_abbr: dict[str, int]
    ordinals: dict[str, int]
    quarter: tuple[str, ...]
    quarter_abbr: dict[str, int]
    numbers: dict[str, int]
    words: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> tuple[str, ...]:
        value = self.words.get(key, ())
        return tuple(value)


def _calendar(language: str) -> dict[str, Any]:
    path = _CALENDAR / f"{language}.json"
    if not path.is_file():
        return {}
    table: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return table


def _numbers(language: str) -> dict[str, int]:
    from moneyfacts.numbers.digits import number_words, parse_number_words

    out = {str(n): n for n in range(1, 61)}
    out.update({ch: i for i, ch in enumerate(_CJK_DIGITS[:9], 1)})
    out["十"] = 10
    for word in number_words(language):  # empty for a language without a number-word table
        if len(word) < 2 or any(ch.isdigit() for ch in word):
            continue
        parsed = parse_number_words([word], language)
        if parsed is not None and parsed[1] == 1 and parsed[0] == int(parsed[0]) and 0 < parsed[0] <= 60:
            out.setdefault(word, int(parsed[0]))
    return out


@cache
def language_words(language: str) -> LanguageWords:
    """The period words of ``language`` (a bare language code such as ``"de"``)."""
    table = _calendar(language)
    hand: dict[str, Any] = dict(PERIOD_WORDS.get(language, {}))
    ordinals = {**table.get("quarter_ordinals", {}), **hand.get("ordinals", {})}
    quarter = tuple(dict.fromkeys([*table.get("quarter_words", []), *hand.get("quarter", ())]))
    return LanguageWords(
        months=dict(table.get("months", {})),
        month_abbr=dict(table.get("month_abbr", {})),
        ordinals=ordinals,
        quarter=quarter,
        quarter_abbr={k: v for k, v in table.get("quarter_abbr", {}).items() if any(c.isdigit() for c in k)},
        numbers=_numbers(language) if hand else {str(n): n for n in range(1, 61)},
        words=hand,
    )


def alternation(words: Iterable[str]) -> str:
    """Literal ``words`` as one alternation, bounded where a word starts or ends with a letter or digit."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in {w for w in words if w}:
        head = word[0].isalnum() and not _unspaced(word[0])
        tail = word[-1].isalnum() and not _unspaced(word[-1])
        groups.setdefault((head, tail), []).append(word)
    parts = []
    for (head, tail), members in sorted(groups.items()):
        body = trie_pattern(members).replace("\\ ", r"\s+")
        parts.append((r"(?<!\w)" if head else "") + "(?:" + body + ")" + (_END if tail else ""))
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


_END = r"(?![^\W\u3040-\u9fff\uac00-\ud7af])"
"""The end of a word: no letter or digit follows, but a CJK character may ("第1四半期")."""
_TAIL = r"(?![^\W\u3040-\u9fff\uac00-\ud7af]|-)"


def _unspaced(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"


def cue_words(w: LanguageWords) -> list[str]:
    """Words at least one of which every localized phrase holds."""
    keys = ("year", "years", "months", "half", "fiscal", "full_year", "shift")
    found = [
        *w.months,
        *w.month_abbr,
        *w.quarter,
        *w.quarter_abbr,
        *w.ordinals,
        *w.words.get("compounds", {}),
    ]
    found += [*w.words.get("sub_year", {}), *w.words.get("recur", {})]
    for key in keys:
        found += list(w.get(key))
    return [f for f in found if len(f) >= 2 or _unspaced(f[0])]


_Handler = Callable[[re.Match[str], int, Any], Any]


_NONE = r"(?!x)x"


def _alt(words: Iterable[str]) -> str:
    found = [w for w in words if w]
    return alternation(found) if found else _NONE


class _Fragments:
    """The regex fragments of one language that its patterns are built from."""

    def __init__(self, w: LanguageWords) -> None:
        self.w = w
        self.prep = _alt((*w.get("prep"), *_ARTICLES))
        self.lead = rf"(?:{self.prep}\s*){{0,3}}"
        self.of = _alt(w.get("of"))
        self.year_word = _alt(w.get("year"))
        self.ordinal = _alt(w.ordinals)
        self.quarter = _alt(w.quarter)
        self.half = _alt(w.get("half"))
        self.number = _alt(w.numbers)
        self.months_noun = _alt(w.get("months"))
        self.first = _alt(w.get("first"))
        self.month = _alt(w.months)
        self.any_month = _alt({**w.months, **w.month_abbr})
        self.deictic = _alt(w.words.get("deictic", {}))
        self.connect = _alt(_CONNECT)

    def after(self, p: str) -> str:
        """A year after the span: "de 2023", "2023 года", "/2017", "năm 2017", "2024/25"."""
        return (
            rf"(?:\s*(?:{self.of}\s*)?(?:{self.year_word}\s*)?[/\s]?\s*(?P<{p}_y>{_Y4})(?!\d)"
            rf"(?P<{p}_fy>\s*/\s*\d\d(?!\d))?(?:\s*{self.year_word})?|\s*/\s*(?P<{p}_y2>\d\d)(?!\d))?"
        )

    def before(self, p: str) -> str:
        """A year before it: "2023年", "2010년", "2023 yılının", "2023'ün", "去年"."""
        stated = rf"(?P<{p}_yb>{_Y4})\s*(?:{self.year_word}|['’]\w{{1,4}})?"
        return rf"(?:(?:{stated}|(?P<{p}_yd>{self.deictic}))\s*(?:{self.of}\s*)?)?"

    def units(self, p: str) -> str:
        return rf"(?:(?P<{p}_q>{self.quarter})|(?P<{p}_h>{self.half}))"


def local_patterns(language: str) -> list[tuple[str, str]]:
    """The named patterns of ``language``, as (group name, pattern), tried before the English ones."""
    w = language_words(language)
    if w.words.get("own_patterns") is False or (not w.words and not w.months):
        return []
    f = _Fragments(w)
    found = [
        *_ending_patterns(w, f.lead, f.number, f.months_noun),
        *_sub_year_patterns(f),
        *_year_patterns(f),
    ]
    return found


def first_characters(language: str) -> str:
    """A lookahead for the characters a phrase of ``language`` can open with, so that a try at any other
    position fails at once."""
    return _first_characters(language_words(language))


def _sub_year_patterns(f: _Fragments) -> list[tuple[str, str]]:
    """Quarters, halves, the first months of a year, fixed parts of it and month ranges."""
    w, lead = f.w, f.lead
    out = [
        (
            "lq",
            lead + f.before("lq") + rf"(?P<lq_o>{f.ordinal})[-\s]*{f.units('lq')}" + f.after("lq") + _TAIL,
        ),
        (
            "lr",
            lead
            + f.before("lr")
            + f.units("lr")
            + rf"\s*(?:ke-?\s*)?(?P<lr_o>{f.ordinal})"
            + f.after("lr")
            + _TAIL,
        ),
    ]
    if w.quarter_abbr:
        out.append(("la", f.before("la") + rf"(?P<la_q>{alternation(w.quarter_abbr)})" + f.after("la")))
    if w.words.get("sub_year"):
        out.append(
            ("ls", lead + f.before("ls") + rf"(?P<ls_s>{alternation(w.words['sub_year'])})" + f.after("ls"))
        )
    first, number, noun = f.first, f.number, f.months_noun
    months = (
        rf"(?:{first}\s*(?P<ln_a>{number})\s*{noun}|(?P<ln_b>{number})\s*{first}\s*{noun}"
        rf"|(?P<ln_c>{number})\s*{noun}(?:\s*(?P<ln_f>{first}))?)"
    )
    out.append(("ln", lead + f.before("ln") + months + f.after("ln") + _TAIL))
    named = (
        rf"(?P<lm_a>{f.any_month})\.?\s*(?:{f.connect})\s*(?:{f.prep}\s*)?(?P<lm_b>{f.any_month})\.?"
        + f.after("lm")
        + _TAIL
    )
    numbered = (  # "4-12月期", "1~3월", with a bracket restating it: "10-12月期(3Q)"
        r"(?P<lm2_a>1[0-2]|[1-9])\s*[-~～〜–]\s*(?P<lm2_b>1[0-2]|[1-9])\s*[月월](?:期|份)?"
        r"(?:\s*[(（][^)）\d]{0,4}\d[^)）]{0,8}[)）])?"
    )
    out.append(("lm", lead + f.before("lm") + named + "|" + f.before("lm2") + numbered))
    return out


def _year_patterns(f: _Fragments) -> list[tuple[str, str]]:
    """Fiscal and whole years, shifts, years from the reference date, years, lengths, months, recurrences."""
    w, lead = f.w, f.lead
    fiscal = _alt(w.get("fiscal"))
    out = [
        (
            "lf",
            lead + rf"(?:{fiscal}\s*(?:{f.of}\s*)?(?P<lf_y>{_Y4})(?:\s*[-–/]\s*(?P<lf_y2>{_Y4}|\d\d))?(?!\d)"
            rf"|(?P<lf_yb>{_Y4})(?:\s*[-–/]\s*(?P<lf_yb2>{_Y4}|\d\d))?\s*{fiscal})",
        )
    ]
    if w.words.get("fiscal_deictic"):
        out.append(("lg", lead + rf"(?P<lg_w>{alternation(w.words['fiscal_deictic'])})" + _TAIL))
    if w.get("full_year"):
        out.append(("lw", lead + rf"(?:{alternation(w.get('full_year'))})" + f.after("lw")))
    if w.get("shift"):
        out.append(("lh", lead + rf"(?:{alternation(w.get('shift'))})" + f.after("lh")))
    if w.words.get("deictic"):
        out.append(("ld", lead + rf"(?P<ld_yd>{f.deictic})" + _TAIL))
    if w.words.get("compounds"):  # "Quartalsgewinn", "Neunmonatsumsatz", "kvartalsresultat"
        out.append(("lk", rf"(?<!\w)(?P<lk_w>{trie_pattern(w.words['compounds'])})\w*"))
    articles = alternation(_ARTICLES)
    own_prep = _alt(w.get("prep"))
    out.append(("lu", rf"(?:{own_prep})\s+(?:{articles}\s+)?{f.units('lu')}" + _TAIL))
    out.append(
        (
            "ly",
            rf"(?:(?P<ly_u>{_alt(w.get('until'))})\s*|(?P<ly_n>{_alt(w.get('since'))})\s*|(?P<ly_p>{own_prep})\s*)?"
            rf"(?:{articles}\s+)?(?:(?P<ly_w>{f.year_word})\s*)?(?P<ly_y>{_Y4})"
            rf"(?:\s*(?:{f.connect})\s*(?P<ly_y2>{_Y4}))?(?![\d/-])(?:\s*(?P<ly_s>{f.year_word}))?",
        )
    )
    if w.get("over"):
        lengths = rf"(?:(?P<lo_y>{_alt(w.get('years'))})|(?P<lo_m>{f.months_noun}))"
        over = rf"(?:{alternation(w.get('over'))})\s+(?:{articles}\s+)?(?P<lo_n>{f.number})\s*"
        out.append(("lo", over + lengths + _TAIL))
    out.append(
        ("lt", rf"(?:{f.prep}\s*)?(?P<lt_m>{f.month})(?:\s+(?:{f.of}\s*)?(?P<lt_y>{_Y4}))?(?!\s*\d)" + _TAIL)
    )
    if w.words.get("recur"):
        out.append(("lc", rf"(?P<lc_w>{alternation(w.words['recur'])})"))
    return out


def _first_characters(w: LanguageWords) -> str:
    words: set[str] = {*w.months, *w.month_abbr, *w.ordinals, *w.quarter, *w.quarter_abbr, *w.numbers}
    words |= {
        *_ARTICLES,
        *w.words.get("sub_year", {}),
        *w.words.get("recur", {}),
        *w.words.get("deictic", {}),
    }
    for key in (
        "prep",
        "year",
        "half",
        "months",
        "first",
        "fiscal",
        "full_year",
        "shift",
        "over",
        "until",
        "since",
        "upto",
    ):
        words |= set(w.get(key))
    chars = {word[0] for word in words if word} | set("0123456789")
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])"


_CJK_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_CJK_YEAR = r"(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})"


def _ending_patterns(w: LanguageWords, lead: str, number: str, months_noun: str) -> list[tuple[str, str]]:
    """Spans named by the day they end on: "semestre terminé le 30 juin 2010", "截至2016年12月31日止6个月",
    "25年3月期" (the fiscal year to March 2025)."""
    out: list[tuple[str, str]] = []
    month = alternation({**w.months, **w.month_abbr}) if w.months else r"(?!x)x"
    quarter = alternation(w.quarter) if w.quarter else r"(?!x)x"
    half = alternation(w.get("half")) if w.get("half") else r"(?!x)x"
    years = alternation((*w.get("year"), *w.get("fiscal"))) if w.get("year") else r"(?!x)x"
    if w.get("ending"):
        out.append(
            (
                "le",
                lead + rf"(?:(?P<le_q>{quarter})|(?P<le_h>{half})|(?P<le_n>{number})\s*{months_noun}"
                rf"|(?P<le_w>{years}))"
                rf"\s+(?:{alternation(w.get('ending'))})\s*(?:(?P<le_d>\d{{1,2}})\.?(?:er)?\s+(?:de\s+)?)?"
                rf"(?P<le_m>{month})\.?(?:\s+(?:de\s+)?(?P<le_y>{_Y4}))?" + _TAIL,
            )
        )
    if w.get("upto"):
        out.append(
            (
                "lz",
                rf"(?:{alternation(w.get('upto'))})\s*(?P<lz_y>{_CJK_YEAR})年(?P<lz_m>{_CJK_NUMBER})月"
                rf"(?:{_CJK_NUMBER}日)?\s*(?:{alternation(w.get('upto_end'))})(?:的)?\s*"
                rf"(?:(?P<lz_n>{_CJK_NUMBER})\s*(?:个|個)?月|(?P<lz_w>年度|财年|財年|年))",
            )
        )
    if w.get("year_ending_mark"):
        mark = alternation(w.get("year_ending_mark"))
        out.append(("lj", rf"(?P<lj_y>{_Y4}|\d\d)年(?P<lj_m>1[0-2]|[1-9])(?:{mark})"))
    return out


@cache
def month_names(language: str) -> frozenset[str]:
    """The month names and abbreviations of ``language`` (any locale form), lower case, and where the
    language writes ordinals as a digit and a full stop ("im 3. Quartal"), its quarter and half nouns:
    the words an ordinal's full stop goes on to."""
    w = language_words(language.replace("-", "_").split("_")[0].lower())
    dotted = any(k.endswith(".") and k[:-1].isdigit() for k in w.ordinals)
    spans = {*w.quarter, *w.get("half")} if dotted else set()
    return frozenset({*w.months, *w.month_abbr, *spans})


@cache
def abbreviation_words(language: str) -> frozenset[str]:
    """Words ``language`` writes with a full stop inside a sentence ("руб.", "Mio."), lower case."""
    return frozenset(language_words(language.replace("-", "_").split("_")[0].lower()).get("abbreviations"))


@cache
def coordination_words(language: str) -> re.Pattern[str]:
    """The gap between two coordinated figures in ``language`` ("814 M$, ou 1,09 $", "100円→110円")."""
    words = language_words(language.replace("-", "_").split("_")[0].lower()).get("coordination")
    body = alternation(words) + "|" if words else ""
    lead = r"^\s*(?:[^\W\d_][\w’'-]*\s+){0,3}?"
    return re.compile(lead + rf"(?:,\s*(?:{body}→|~|～)?|{body}→|~|～)\s*$", re.IGNORECASE)


_OUTLOOK = r"(?:expect|forecast|project|plan|aim|target|hope|predict|see|will|would|could|may|might)\w*\s"
"""Verbs of a new clause about the future: "and expects sales to $6 million" is no repeated movement."""


@cache
def gapped_clause(language: str) -> re.Pattern[str]:
    """The gap before a clause that repeats only a noun and the word a movement goes to, its verb left
    out: "..., das EBIT auf", "and net income to", "et le résultat net à"."""
    w = language_words(language.replace("-", "_").split("_")[0].lower())
    towards = w.get("towards")
    if not towards:
        return re.compile(_NONE)
    joiners = _alt((*w.get("coordination"), "and"))
    return re.compile(
        rf"\s*[,;]?\s*(?:(?:{joiners})\s+)?(?:(?!{_OUTLOOK})[^\W\d_][\w’'-]*\s+){{1,3}}(?:\([^()\d]{{1,12}}\)\s+)?"
        rf"(?:{alternation(towards)})\s*",
        re.IGNORECASE,
    )


@cache
def versus_words(language: str) -> re.Pattern[str]:
    """Comparison words of ``language`` ("par rapport à", "so với"): a period after them is another's."""
    lang = language.replace("-", "_").split("_")[0].lower()
    words = language_words(lang).get("versus")
    return re.compile(alternation(words) if words else r"(?!x)x", re.IGNORECASE)


def _first_year(m: re.Match[str], p: str, ref: dt.date | None, language: str) -> int | None:
    for name in (f"{p}_y", f"{p}_yb"):
        text = m.groupdict().get(name)
        if text:
            return int(text)
    word = m.groupdict().get(f"{p}_yd")
    if word:
        step = language_words(language).words.get("deictic", {}).get(word)
        return ref.year + step if ref is not None and isinstance(step, int) else None
    short = m.groupdict().get(f"{p}_y2")
    return 2000 + int(short) if short else None


def group_of(m: re.Match[str], prefix: str) -> str:
    """Which of a pattern's alternatives matched: ``lm`` or ``lm2``."""
    return prefix + "2" if m.groupdict().get(prefix + "2_a") else prefix


def year_of(m: re.Match[str], prefix: str, ref: dt.date | None = None, language: str = "en") -> int | None:
    """The year a localized phrase states, on either side of it ("去年" needs the reference date)."""
    return _first_year(m, prefix, ref, language)


def today_year(ref: dt.date | None) -> int | None:
    return ref.year if ref is not None else None
