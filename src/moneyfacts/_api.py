"""The public entry points: :func:`parse`, :func:`extract`, :func:`iter_extract` and :func:`extract_many`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from moneyfacts._options import _options as _options  # also checked by callers of this module
from moneyfacts._public import public
from moneyfacts._reader import reader_for
from moneyfacts.model import Fact, Kind

__all__ = ["extract", "extract_many", "iter_extract", "parse"]


def extract(
    text: str,
    *,
    locale: str = "en",
    reference_date: dt.date | None = None,
    default_currency: str | None = None,
    fiscal_year_start: Sequence[int] | None = None,
    kinds: Iterable[str | Kind] | None = None,
) -> list[Fact]:
    """Every financial figure in running text, in text order.

    ``locale`` is a CLDR locale id ("en", "en_IN", "de_DE"; "und" when unknown).
    ``reference_date`` anchors relative periods ("next year"); ``default_currency`` settles
    bare marks such as "$"; ``fiscal_year_start`` is the (month, day) a fiscal year begins;
    ``kinds`` picks the kinds of fact returned (money and percent by default).
    Never raises on a ``str``; wrong argument types raise ``TypeError``.

    >>> [str(f.amount) for f in extract("Apple will spend US$500 billion; Alibaba 380 billion yuan.")]
    ['USD 500000000000', 'CNY 380000000000']
    >>> extract("Amazon said it would spend US$100 billion in 2025")[0].period.iso()
    '2025-01-01/2025-12-31'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    options = _options(locale, reference_date, default_currency, fiscal_year_start, kinds)
    return reader_for(options).extract(text)


def iter_extract(
    text: str,
    *,
    locale: str = "en",
    reference_date: dt.date | None = None,
    default_currency: str | None = None,
    fiscal_year_start: Sequence[int] | None = None,
    kinds: Iterable[str | Kind] | None = None,
) -> Iterator[Fact]:
    """The facts of :func:`extract`, yielded as they are read, in text order.

    The text is read a window of whole sentences at a time (about 64,000 characters), so memory
    holds one window's facts, not the whole text's: for a long text dense with figures. Arguments
    are checked at once, before the first fact is asked for.

    >>> facts = iter_extract("Oil fell to $80 a barrel. Fees: €5.")
    >>> next(facts).per, next(facts).amount
    ('barrel', Money(amount=Decimal('5'), currency='EUR'))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    options = _options(locale, reference_date, default_currency, fiscal_year_start, kinds)
    return reader_for(options).iter_extract(text)


def parse(
    text: str,
    *,
    locale: str = "en",
    reference_date: dt.date | None = None,
    default_currency: str | None = None,
    fiscal_year_start: Sequence[int] | None = None,
    lenient: bool = False,
) -> Fact:
    """The one money figure a short string states ("US$52.4 billion", "Price: 1.234,56 €").

    Raises :class:`ParseError` (a ``ValueError``) with a reason when the string holds no money figure.
    A number with no currency stays money ("1,234.50", "Total: 1,234.50"), unless the words beside
    it make it a count, an age, a year or a page ("3 people", "42 years old", "in 2025", "page 7"):
    then the reason is ``Reason.NOT_MONEY`` and ``span`` the number's. ``lenient=True`` takes any
    number as money, for the cells of a column known to hold amounts.

    >>> parse("US$500 billion four-year budget").period.iso()
    'P4Y'
    >>> parse("more than US$80 billion for data centres this financial year").qualifier
    <Qualifier.OVER: 'over'>
    >>> parse("1,234.50").amount
    Money(amount=Decimal('1234.50'), currency=None)
    >>> parse("no money here")
    Traceback (most recent call last):
    ...
    moneyfacts.ParseError: the text holds no number: 'no money here'
    >>> try:
    ...     parse("He is 42 years old")
    ... except ParseError as err:
    ...     print(err.reason.name, err.span)
    NOT_MONEY (6, 8)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not isinstance(lenient, bool):
        raise TypeError(f"lenient must be a bool, not {type(lenient).__name__}")
    options = _options(locale, reference_date, default_currency, fiscal_year_start, frozenset({Kind.MONEY}))
    return reader_for(options).parse(text, lenient=lenient)


_EXTRACT_OPTIONS = frozenset({"locale", "reference_date", "default_currency", "fiscal_year_start", "kinds"})


def extract_many(
    texts: Iterable[str],
    *,
    processes: int | None = None,
    chunksize: int = 64,
    **options: Any,
) -> Iterator[list[Fact]]:
    """The facts of each text in turn, in order: one list per text.

    ``options`` are :func:`extract`'s keyword arguments, checked at once: a bad option raises
    here, not at the first ``next()``. ``processes`` > 1 spreads the work over that many worker
    processes, ``chunksize`` texts at a time; the input is read lazily, a few chunks ahead of the
    results, so an endless iterator yields too and memory stays bounded.

    >>> [len(facts) for facts in extract_many(["$5 and €6", "nothing"])]
    [2, 0]
    >>> extract_many("$5 and €6")
    Traceback (most recent call last):
    ...
    TypeError: texts must be an iterable of str, not a str (put one text in a list)
    """
    if isinstance(texts, str):
        raise TypeError("texts must be an iterable of str, not a str (put one text in a list)")
    if not isinstance(texts, Iterable):
        raise TypeError(f"texts must be an iterable of str, not {type(texts).__name__}")
    unknown = sorted(set(options) - _EXTRACT_OPTIONS)
    if unknown:
        raise TypeError(f"extract_many() got an unexpected keyword argument {unknown[0]!r}")
    checked = _options(
        options.get("locale", "en"),
        options.get("reference_date"),
        options.get("default_currency"),
        options.get("fiscal_year_start"),
        options.get("kinds"),
    )
    return reader_for(checked).extract_many(texts, processes=processes, chunksize=chunksize)


public(extract, extract_many, iter_extract, parse)
