"""Whether a figure the grammar found is money: one judge, at one of three leniency levels.

Two kinds of judgement live here. While the grammar reads a region, the mark judges say whether a
currency mark counts where it stands (:func:`mark_counts`, :func:`suffix_counts`,
:func:`prefix_counts`, :func:`name_before_counts`, :func:`weighs`) and how firmly it names its
currency (:func:`mark_strength`, the trust tier of a mark); they read the region's ``bare`` flag,
which is :attr:`Leniency.bare`. Once a fact is built, :func:`plausible` judges it at the caller's
leniency.

The grammar reads a figure's shape; whether a number with no currency is money depends on where it
stands. Running prose is full of numbers that are not money ("3 people", "in 2025"), a string given
to :func:`moneyfacts.parse` is meant as one amount, and a table cell may hold a bare figure whatever
the words beside it. :class:`Leniency` names these levels, as phonenumbers' ``Leniency`` and
price-parser's trust tiers do, and :func:`plausible` judges a frozen :class:`~moneyfacts.model.Fact`.

>>> from moneyfacts import parse
>>> fact = parse("page 7", lenient=True)
>>> plausible("page 7", fact, Leniency.VALID), plausible("page 7", fact, Leniency.LENIENT)
(False, True)
>>> Leniency.STRICT.bare, Leniency.VALID.bare
(False, True)
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from moneyfacts.data import news_marks, phrases
from moneyfacts.data.counts import COUNTED, NUMBERED, YEAR_BEFORE
from moneyfacts.grammar.figures import MarkHit
from moneyfacts.grammar.region import Region
from moneyfacts.model import Fact
from moneyfacts.reading.lexicon import Mark, normalise_mark
from moneyfacts.reading.scan import IDEOGRAPH, NUM, WORD

__all__ = [
    "CASED_KEYS",
    "Leniency",
    "counted",
    "mark_counts",
    "mark_strength",
    "name_before_counts",
    "one_letter",
    "plausible",
    "prefix_counts",
    "suffix_counts",
    "weighs",
]

CASED_KEYS = frozenset(normalise_mark(m) for m in news_marks.CASED_MARKS)
"""The keys of marks that count only written in their own case ("LE" but not "le")."""
NEWS_CODES = frozenset(news_marks.PREFERENCE)


class Leniency(Enum):
    """How readily a number with no currency is taken as money."""

    STRICT = "strict"
    """running text (``extract``): a figure needs a currency mark, a money word or a currency the text
    set before it; the grammar drops a bare number before any fact is made"""
    VALID = "valid"
    """a string meant as one amount (``parse``): a bare number is money unless the words beside it call
    it a count, an age, a year or a page"""
    LENIENT = "lenient"
    """a table cell (``parse(lenient=True)``): any number is money"""

    @property
    def bare(self) -> bool:
        """Whether the grammar reads the text as one figure that may stand without a currency."""
        return self is not Leniency.STRICT


def plausible(text: str, fact: Fact, leniency: Leniency) -> bool:
    """Whether ``fact``, found in ``text``, is money at ``leniency``.

    A fact that names its currency always is. Under :attr:`Leniency.STRICT` the grammar has already
    kept only figures with a mark or a money context; under :attr:`Leniency.VALID` a bare number is
    judged by the words beside it (:func:`counted`); under :attr:`Leniency.LENIENT` any number is.
    """
    if fact.currency is not None or leniency is not Leniency.VALID:
        return True
    return not counted(text, fact)


def counted(text: str, fact: Fact) -> bool:
    """Whether the words beside a figure make it a count, an age, a year or a page.

    >>> from moneyfacts import parse
    >>> [counted(t, parse(t, lenient=True)) for t in ("3 people", "aged 42", "in 2025", "42")]
    [True, True, True, False]
    """
    after = text[fact.end :].split()
    if after and (after[0].casefold().strip(".,;:!?") in COUNTED):
        return True  # "3 people", "42 years old"
    before = text[: fact.start].split()
    value = fact.value
    if not before or value is None or value != value.to_integral_value() or value < 0:
        return False
    word = before[-1].casefold()
    if word in NUMBERED or word.rstrip(":") in NUMBERED:
        return True  # "page 7", "aged 42"
    year = fact.text.isdigit() and len(fact.text) == 4 and 1000 <= value <= 2999
    return year and word in YEAR_BEFORE  # "in 2025"


def mark_strength(mark: Mark, surface: str) -> int:
    """How firmly a mark names its currency: a decisive sign or ISO code most, an ambiguous mark least."""
    if not mark.decisive:
        return 0
    if mark.kind == "code" or not any(ch.isalpha() for ch in surface):
        return 2
    return 1


def mark_counts(p: Region, i: int, j: int, mark: Mark) -> bool:
    """Whether the mark read at tokens ``i`` to ``j`` counts where it stands: an ISO code that is an
    everyday word needs a number fused or a decimal beside it, a lower-case letter symbol is a word,
    a one-letter mark needs a number fused to it (running text) or before it (a price string)."""
    surface = p.text[p.toks[i].start : p.toks[j - 1].end]
    if mark.kind == "place" and not surface.isupper():
        return False  # "VN$2500", but not "in$5"
    if mark.kind == "symbol" and j > i + 1 and surface.islower() and p.toks[j - 1].low in phrases.FIGURE_ENDS:
        return False  # CLDR's "$ AU" written "$ au" is a sign and an article: "4,5 G$ au trimestre"
    if j == i + 1 and len(surface) == 3 and surface.isalpha() and surface.upper() in mark.codes:
        # An ISO code: upper case, or lower case in lower-cased text; common words need digits fused.
        fused = (i + 1 < p.n and not p.toks[i + 1].spaced and p.toks[i + 1].kind == NUM) or (
            i > 0 and not p.toks[i].spaced and p.toks[i - 1].kind == NUM
        )
        common = surface.upper() in news_marks.COMMON_WORD_CODES
        if common and not fused and not p.bare and not _decimal_beside(p, i, j):
            return False  # "ALL 5 of us", "300 CAD drawings"; but "CAD 3.03"
        return (
            surface.isupper()
            or (surface.islower() and _lower_code(p, i, j))
            or fused
            or _mixed_code(p, i, j, surface)
        )
    if (
        mark.kind == "symbol"
        and len(surface) <= 3
        and surface.isascii()
        and surface.isalpha()
        and surface.islower()
        and normalise_mark(surface) not in p.lex.lower_symbols
        and not _bare_price_mark(p, i, surface)
    ):
        # CLDR's letter symbols are mostly capitalised ("UP", "Ks"); "up" and "da" are words. But
        # Croatian writes "50 kn", and a price string may be all lower case: "1 nis"
        return False
    if (
        normalise_mark(surface) in CASED_KEYS
        and surface not in news_marks.CASED_MARKS
        and not _lower_marks(p)
        and not (p.lowercased and i > 0 and p.toks[i - 1].kind == NUM)  # "50 tl", never "le 12"
    ):
        return False  # "LE" is the Egyptian pound, "le" an article
    if surface in news_marks.PREFIX_MARKS:
        # "1個\\250", not a path ("C:\\100") or an escape ("\\n2"): no Latin letter, digit or sign before
        glued = i > 0 and not p.toks[i].spaced and p.text[p.toks[i].start - 1].isascii()
        fused = i + 1 < p.n and not p.toks[i + 1].spaced and p.toks[i + 1].kind == NUM
        return fused and not glued
    if len(surface) == 1 and surface.isalpha() and not IDEOGRAPH.match(surface):
        # A one-letter mark (R, P) only counts fused to a number.
        after = i + 1 < p.n and not p.toks[i + 1].spaced and p.toks[i + 1].kind == NUM
        before = i > 0 and not p.toks[i].spaced and p.toks[i - 1].kind == NUM
        return after or before or (p.bare and j == p.n and i > 0 and p.toks[i - 1].kind == NUM)
    return True


def _bare_price_mark(p: Region, i: int, surface: str) -> bool:
    """A price string may be all lower case: "1 nis", "50 kn"; but "10 p" is ten pence."""
    return (
        p.bare
        and len(surface) >= 2
        and i > 0
        and p.toks[i - 1].kind == NUM
        and surface not in p.lex.minor_units
    )


def _mixed_code(p: Region, i: int, j: int, surface: str) -> bool:
    """A code miscased beside its number: "1 CHf"; not a plural acronym ("5 ECs") or a quote in
    pence ("GBp 150")."""
    if surface.endswith("s") or surface in news_marks.MINOR_QUOTES:
        return False
    if sum(ch.isupper() for ch in surface) < 2:
        return False
    return (i > 0 and p.toks[i - 1].kind == NUM) or (j < p.n and p.toks[j].kind == NUM)


def _lower_code(p: Region, i: int, j: int) -> bool:
    """A lower-case code counts in lower-cased text beside digits: "3 gbp", "rmb 10", not "che una".

    Outside English it must be a currency news names or the locale's own: Italian "che 5 persone",
    "i 10 che" (that) is no WIR euro.
    """
    if not p.lowercased:
        # mixed-case English: a news currency's code right after its number, "It costs 20 usd."
        code = p.toks[i].text.upper()
        before = p.toks[i - 1] if i > 0 else None
        after_number = (
            before is not None and (before.kind == NUM or before.low in p.scan.number_words) and j - i == 1
        )
        return (
            p.profile.codes_unlike_words
            and after_number
            and code in NEWS_CODES
            and p.toks[i].low not in phrases.WORD_CODES
        )
    if p.profile.codes_unlike_words:
        return True
    beside = (i > 0 and p.toks[i - 1].kind == NUM) or (j < p.n and p.toks[j].kind == NUM)
    code = p.toks[i].text.upper()
    return beside and (code in NEWS_CODES or code == p.lex.territory_currency)  # "10,5 ron"


def _lower_marks(p: Region) -> bool:
    """Whether "usd" and "rs" count as marks here: in lower-cased English, as tokenised corpora are.

    In other languages the same letters are everyday words: French "le", Italian "che".
    """
    return p.lowercased and p.profile.codes_unlike_words


def _decimal_beside(p: Region, i: int, j: int) -> bool:
    """Whether a number with a decimal part stands right before token ``i`` or at token ``j``."""
    for k in (i - 1, j):
        if 0 <= k < p.n and p.toks[k].kind == NUM and p.lex.decimal in p.toks[k].text[-3:]:
            return True
    return False


def one_letter(p: Region, hit: MarkHit) -> bool:
    """A mark of one ASCII letter ("R", "P", "L")."""
    text = p.toks[hit.start].text
    return hit.end == hit.start + 1 and len(text) == 1 and text.isascii() and text.isalpha()


def weighs(p: Region, hit: MarkHit, value: Decimal) -> bool:
    """ "a twenty pound bag": a singular "pound" after a number other than one weighs, it does not pay.

    Only in English: Indonesian and Malay nouns take no plural ("tujuh pound" is seven pounds).
    """
    single = hit.end == hit.start + 1 and p.toks[hit.start].low == "pound" and value != 1
    return single and p.profile.counted_singular_modifies


def _short_name(p: Region, hit: MarkHit) -> bool:
    """A name that is a common word too, so it cannot stand before a number ("won 5", "real 3")."""
    text = p.text[p.toks[hit.start].start : p.toks[hit.end - 1].end].casefold()
    return len(text) < 5 or text in phrases.NAMES_NOT_BEFORE


def _word_mark(p: Region, hit: MarkHit) -> bool:
    """A mark spelled in letters of a cased script ("won", "dollars"), not a sign or an ideograph."""
    first = p.toks[hit.start]
    return (
        first.kind == WORD and first.text[:1].isalpha() and first.text[:1].lower() != first.text[:1].upper()
    )


def prefix_counts(p: Region, pre: MarkHit, value: Decimal, exp: int, end: int) -> bool:
    """Whether a mark before the number ending at token ``end`` counts: in running text a one-letter
    mark before a small unscaled whole number is a label ("Q2", "R1", "F-35"), not a price ("R23-billion",
    "R4.50")."""
    if p.bare or exp or not one_letter(p, pre):
        return True
    return not (value < 100 and p.toks[end - 1].text.isdigit())


def name_before_counts(p: Region, pre: MarkHit) -> bool:
    """Whether a currency name before a number counts: running text writes a short name that is a
    common word too after its number ("won 5 medals" is no money)."""
    return not (pre.mark.kind == "name" and not p.bare and _word_mark(p, pre) and _short_name(p, pre))


def suffix_counts(p: Region, hit: MarkHit) -> bool:
    """Whether a mark after a number counts: never a prefix-only mark; a one-letter mark only in a price
    string, or as a minor unit fused to its number ("12.75c")."""
    surface = p.text[p.toks[hit.start].start : p.toks[hit.end - 1].end]
    if surface in news_marks.PREFIX_MARKS:
        return False
    if len(surface) == 1 and surface.isalpha() and surface.isascii():
        if hit.minor:
            return p.bare or not p.toks[hit.start].spaced  # "12.75c"
        # "11.51L" is more likely litres than lempiras: a one-letter mark after a number is a shop tag
        return p.bare and (not p.toks[hit.start].spaced or hit.end == p.n)
    return True
