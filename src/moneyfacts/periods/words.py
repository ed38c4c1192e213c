"""Word tables and regex fragments for period phrases, in the languages the library reads."""

from __future__ import annotations

from moneyfacts.model import Duration

__all__ = [
    "MONTHS",
    "MONTH_RE",
    "NUMBERS",
    "NUM_RE",
    "ORDINALS",
    "RECURRENCE_WORDS",
    "UNITS",
]


def _small_numbers() -> dict[str, int]:
    """English number words from one to sixty ("four-year", "over the next three years"), read from the
    number-word tables that the amounts use, so that the two never disagree."""
    from moneyfacts.numbers.digits import number_words, parse_number_words

    out = {"a": 1, "an": 1}
    for word in number_words("en"):
        parsed = parse_number_words([word], "en")
        if parsed is not None and parsed[1] == 1 and parsed[0] == int(parsed[0]) and 0 < parsed[0] <= 60:
            out[word] = int(parsed[0])
    return out


NUMBERS: dict[str, int] = _small_numbers()
NUM_RE = r"(?:\d{1,3}|" + "|".join(sorted((w for w in NUMBERS if len(w) > 2), key=len, reverse=True)) + ")"

UNITS: dict[str, Duration] = {
    "year": Duration(years=1),
    "yr": Duration(years=1),
    "annum": Duration(years=1),
    "decade": Duration(years=10),
    "quarter": Duration(months=3),
    "month": Duration(months=1),
    "mo": Duration(months=1),
    "week": Duration(weeks=1),
    "wk": Duration(weeks=1),
    "day": Duration(days=1),
    "hour": Duration(hours=1),
    "hr": Duration(hours=1),
    "h": Duration(hours=1),
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    # Romance, German and Chinese ordinals for quarters
    "primeiro": 1,
    "primer": 1,
    "premier": 1,
    "1er": 1,
    "primo": 1,
    "segundo": 2,
    "deuxième": 2,
    "2e": 2,
    "secondo": 2,
    "terceiro": 3,
    "tercer": 3,
    "troisième": 3,
    "3e": 3,
    "terzo": 3,
    "quarto": 4,
    "cuarto": 4,
    "quatrième": 4,
    "4e": 4,
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
}

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may", "may"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS: dict[str, int] = {name: i for i, names in enumerate(_MONTH_NAMES, 1) for name in names}
MONTH_RE = (
    r"(?:"
    + "|".join(sorted((n for n in MONTHS if len(n) > 3), key=len, reverse=True))
    + r"|(?:jan|feb|mar|apr"
    r"|jun|jul|aug|sept?|oct|nov|dec)\.?)"
)

_YEAR = Duration(years=1)
_MONTH = Duration(months=1)
_DAY = Duration(days=1)
_HOUR = Duration(hours=1)
_WEEK = Duration(weeks=1)
_QUARTER = Duration(months=3)

RECURRENCE_WORDS: dict[str, Duration] = {
    # English adverbs and adjectives
    "annually": _YEAR,
    "annual": _YEAR,
    "yearly": _YEAR,
    "per annum": _YEAR,
    "p.a.": _YEAR,
    "p.a": _YEAR,
    "monthly": _MONTH,
    "quarterly": _QUARTER,
    "weekly": _WEEK,
    "daily": _DAY,
    "hourly": _HOUR,
    # German
    "jährlich": _YEAR,
    "jährliche": _YEAR,
    "jährlichen": _YEAR,
    "pro jahr": _YEAR,
    "im jahr": _YEAR,
    "je jahr": _YEAR,
    "monatlich": _MONTH,
    "pro monat": _MONTH,
    "im monat": _MONTH,
    "vierteljährlich": _QUARTER,
    "pro quartal": _QUARTER,
    "wöchentlich": _WEEK,
    "pro woche": _WEEK,
    "täglich": _DAY,
    "pro tag": _DAY,
    "pro stunde": _HOUR,
    "die stunde": _HOUR,
    # French
    "par an": _YEAR,
    "par année": _YEAR,
    "annuel": _YEAR,
    "annuelle": _YEAR,
    "annuels": _YEAR,
    "annuelles": _YEAR,
    "par mois": _MONTH,
    "mensuel": _MONTH,
    "mensuelle": _MONTH,
    "par trimestre": _QUARTER,
    "trimestriel": _QUARTER,
    "par semaine": _WEEK,
    "hebdomadaire": _WEEK,
    "par jour": _DAY,
    "quotidien": _DAY,
    "par heure": _HOUR,
    "de l'heure": _HOUR,
    "/an": _YEAR,
    "/mois": _MONTH,
    # Spanish and Portuguese
    "al año": _YEAR,
    "por año": _YEAR,
    "anual": _YEAR,
    "anuales": _YEAR,
    "anuais": _YEAR,
    "al mes": _MONTH,
    "por mes": _MONTH,
    "mensual": _MONTH,
    "mensuales": _MONTH,
    "por hora": _HOUR,
    "la hora": _HOUR,
    "al día": _DAY,
    "por día": _DAY,
    "diario": _DAY,
    "diaria": _DAY,
    "trimestral": _QUARTER,
    "semanal": _WEEK,
    "por ano": _YEAR,
    "ao ano": _YEAR,
    "por mês": _MONTH,
    "ao mês": _MONTH,
    "mensal": _MONTH,
    "por dia": _DAY,
    "ao dia": _DAY,
    "diário": _DAY,
    "diária": _DAY,
    # Italian
    "all'anno": _YEAR,
    "l'anno": _YEAR,
    "annuo": _YEAR,
    "annua": _YEAR,
    "annui": _YEAR,
    "annuali": _YEAR,
    "annuale": _YEAR,
    "al mese": _MONTH,
    "mensile": _MONTH,
    "mensili": _MONTH,
    "all'ora": _HOUR,
    "al giorno": _DAY,
    "giornaliero": _DAY,
    "trimestrale": _QUARTER,
    "settimanale": _WEEK,
    # Dutch
    "per jaar": _YEAR,
    "jaarlijks": _YEAR,
    "per maand": _MONTH,
    "maandelijks": _MONTH,
    "per uur": _HOUR,
    "per dag": _DAY,
    "dagelijks": _DAY,
    "per kwartaal": _QUARTER,
    "per week": _WEEK,
    # Swedish
    "per år": _YEAR,
    "om året": _YEAR,
    "årligen": _YEAR,
    "per månad": _MONTH,
    "i månaden": _MONTH,
    "per timme": _HOUR,
    "i timmen": _HOUR,
    "om dagen": _DAY,
    "per kvartal": _QUARTER,
    "per vecka": _WEEK,
    "/år": _YEAR,
    "/mån": _MONTH,
    # Russian
    "в год": _YEAR,
    "ежегодно": _YEAR,
    "годовых": _YEAR,
    "в месяц": _MONTH,
    "ежемесячно": _MONTH,
    "в час": _HOUR,
    "в день": _DAY,
    "ежедневно": _DAY,
    "в неделю": _WEEK,
    "в квартал": _QUARTER,
    "ежеквартально": _QUARTER,
    # Chinese
    "每年": _YEAR,
    "年均": _YEAR,
    "每月": _MONTH,
    "每日": _DAY,
    "每天": _DAY,
    "每小时": _HOUR,
    "每小時": _HOUR,
    "每周": _WEEK,
    "每週": _WEEK,
    "每季度": _QUARTER,
    "/年": _YEAR,
    "/月": _MONTH,
}
"""Words and phrases that make money recur, keyed in lower case."""
