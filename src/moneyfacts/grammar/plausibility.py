"""Whether a figure the grammar found is money: one judge, at one of three leniency levels.

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

from enum import Enum

from moneyfacts.data.counts import COUNTED, NUMBERED, YEAR_BEFORE
from moneyfacts.model import Fact

__all__ = ["Leniency", "counted", "plausible"]


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
