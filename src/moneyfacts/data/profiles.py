"""Hand-kept language traits the grammar reads through :class:`moneyfacts.reading.profile.Profile`.

CLDR gives each locale its separators, its territory's currency, its words and its writing (script,
direction, numbering system: ``data/cldr/traits``, read by the profile; kana numerals follow from a
script that holds kana); it does not say how a language's grammar treats a figure. Each trait below
is a yes-or-no the grammar asks of the language, with its default, and each language that differs
from the default is listed with the reason it does. A language not listed takes every default.
"""

from __future__ import annotations

__all__ = ["DEFAULTS", "DELTAS", "READ_AS", "SHARED_WORDS_FIRST"]

DEFAULTS: dict[str, bool] = {
    # lower-case letters that spell an ISO code or a short mark are that mark ("20 usd", "rs 50")
    "codes_unlike_words": False,
    # "a" between an amount and a noun is the indefinite article of a rate ("$5 a share"), never "to"
    "indefinite_a": False,
    # a currency's singular after a count other than one modifies the next noun ("a twenty pound bag")
    "counted_singular_modifies": False,
    # the counter 個 after a number may stand for the dollar in a price ("五個二毫三" is 5.23)
    "counter_dollars": False,
    # currency names in English are read where the language's own do not match ("10 Euros" in Norwegian)
    "english_names": True,
}

DELTAS: dict[str, dict[str, tuple[bool, str]]] = {
    "en": {
        "codes_unlike_words": (True, "few English words spell a currency code; 'le' or 'che' elsewhere do"),
        "indefinite_a": (True, "English 'a' is only the article; Italian and Spanish 'a' also means 'to'"),
        "counted_singular_modifies": (True, "English counts take the plural; Malay 'tujuh pound' does not"),
        "english_names": (False, "English names are the language's own: there is nothing to borrow"),
    },
    "und": {
        "codes_unlike_words": (True, "text of an unknown language is read as news English is"),
        "indefinite_a": (True, "text of an unknown language is read as news English is"),
        "counted_singular_modifies": (True, "text of an unknown language is read as news English is"),
    },
    "zh": {
        "counter_dollars": (True, "Cantonese prices, written with Chinese characters, count dollars with 個"),
    },
}

READ_AS: dict[str, str] = {"und": "en"}
"""Whose number words and phrases a language with no tables of its own reads: an unknown language's
text is most often English news. Such a language names no separators either: a number's shape
decides whether "1.234" is a thousand or a decimal."""

SHARED_WORDS_FIRST: tuple[str, ...] = ("en",)
"""Where languages share a scale word with different values, the first of these keeps its value under
"und": news in an unknown language is most often English ("tn" is a thousand in Swedish, a trillion
in English news)."""
