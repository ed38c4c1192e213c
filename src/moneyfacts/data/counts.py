"""Words that make a number with no currency something other than money, for ``parse``.

Hand-kept: CLDR has no list of counted nouns. A number right before a word of ``COUNTED`` is a
count or an age ("3 people", "42 years old"); a whole number right after a word of ``NUMBERED``
is a page or an ordinal place ("page 7"); a year-like number (1000-2999, no separators) right after
a word of ``YEAR_BEFORE`` is a year ("in 2025"). Keys are case-folded; several words are one key.
"""

from __future__ import annotations

COUNTED = frozenset(
    {
        # people and things counted (en, de, fr, es, it, pt, nl)
        "people", "persons", "person", "employees", "workers", "staff", "students", "children",
        "members", "users", "times", "pages", "items", "copies", "votes", "seats",
        "personen", "menschen", "mitarbeiter", "kinder", "mal", "seiten",
        "personnes", "salariés", "enfants", "fois",
        "personas", "empleados", "niños", "veces", "páginas",
        "persone", "dipendenti", "bambini", "volte", "pagine",
        "pessoas", "funcionários", "crianças", "vezes",
        "mensen", "werknemers", "kinderen", "keer",
        # ages and lengths of time: "42 years old", "3 Jahre"
        "years", "year", "year-old", "years-old", "months", "month", "weeks", "week", "days", "day",
        "hours", "hour", "minutes", "minute", "seconds",
        "jahre", "jahren", "jahr", "monate", "tage", "stunden",
        "ans", "an", "mois", "jours", "heures",
        "años", "meses", "días", "horas",
        "anni", "mesi", "giorni", "ore",
        "anos", "dias",
        "jaar", "maanden", "dagen", "uur",
    }
)  # fmt: skip

NUMBERED = frozenset(
    {
        "page", "p.", "pp.", "chapter", "no.", "number", "#", "room", "item", "line", "row", "aged", "age",
        "seite", "s.", "kapitel", "nr.", "zimmer", "alter",
        "página", "capítulo", "núm.", "edad",
        "pagina", "capitolo", "età",
        "idade",
        "bladzijde", "hoofdstuk", "leeftijd",
        "chapitre", "âge",
    }
)  # fmt: skip

YEAR_BEFORE = frozenset(
    {
        "in", "since", "by", "until", "from", "year", "fiscal", "fy",
        "im", "seit", "bis", "jahr", "en", "depuis", "année", "desde", "año", "nel", "dal", "anno",
        "em", "ano", "sinds", "jaar",
    }
)  # fmt: skip
