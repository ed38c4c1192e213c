"""The public entry points: :func:`parse`, :func:`extract` and :func:`extract_many`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any, NamedTuple

from moneyfacts import _pipeline
from moneyfacts._lexicon import canonical_locale
from moneyfacts.errors import ParseError, Reason
from moneyfacts.model import Fact, Kind

__all__ = ["Options", "extract", "extract_many", "parse"]

_ALL_KINDS = frozenset(Kind)


class Options(NamedTuple):
    """The checked options of one call, passed down the pipeline."""

    locale: str
    reference_date: dt.date | None
    default_currency: str | None
    fiscal_year_start: tuple[int, int] | None
    kinds: frozenset[Kind]


def _options(
    locale: object,
    reference_date: object,
    default_currency: object,
    fiscal_year_start: object,
    kinds: object,
) -> Options:
    if not isinstance(locale, str):
        raise TypeError(f"locale must be a str, not {type(locale).__name__}")
    if reference_date is not None and (
        not isinstance(reference_date, dt.date) or isinstance(reference_date, dt.datetime)
    ):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )
    if default_currency is not None:
        if not isinstance(default_currency, str):
            raise TypeError(f"default_currency must be a str or None, not {type(default_currency).__name__}")
        from moneyfacts._lexicon import is_currency_code

        if not is_currency_code(default_currency.upper()):
            raise ValueError(f"default_currency {default_currency!r} is not an ISO 4217 code")
        default_currency = default_currency.upper()
    fiscal: tuple[int, int] | None = None
    if fiscal_year_start is not None:
        if (
            not isinstance(fiscal_year_start, tuple)
            or len(fiscal_year_start) != 2
            or not all(isinstance(x, int) for x in fiscal_year_start)
        ):
            raise TypeError("fiscal_year_start must be a (month, day) tuple of two ints")
        month, day = fiscal_year_start
        dt.date(2001, month, day)  # raises ValueError for an impossible date
        fiscal = (month, day)
    chosen = _kinds(kinds)
    return Options(canonical_locale(locale), reference_date, default_currency, fiscal, chosen)


def _kinds(kinds: object) -> frozenset[Kind]:
    if kinds is None:
        return _ALL_KINDS
    if isinstance(kinds, (str, Kind)):
        kinds = (kinds,)
    if not isinstance(kinds, Iterable):
        raise TypeError(f"kinds must be an iterable of kind names, not {type(kinds).__name__}")
    out = set()
    for kind in kinds:
        if isinstance(kind, Kind):
            out.add(kind)
        elif isinstance(kind, str):
            try:
                out.add(Kind(kind))
            except ValueError:
                names = ", ".join(k.value for k in Kind)
                raise ValueError(f"unknown kind {kind!r}: choose from {names}") from None
        else:
            raise TypeError(f"a kind must be a str or Kind, not {type(kind).__name__}")
    return frozenset(out)


def extract(
    text: str,
    *,
    locale: str = "en",
    reference_date: dt.date | None = None,
    default_currency: str | None = None,
    fiscal_year_start: tuple[int, int] | None = None,
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
    return _pipeline.find_facts(text, options)


def parse(
    text: str,
    *,
    locale: str = "en",
    reference_date: dt.date | None = None,
    default_currency: str | None = None,
    fiscal_year_start: tuple[int, int] | None = None,
) -> Fact:
    """The one money figure a short string states ("US$52.4 billion", "Price: 1.234,56 €").

    Raises :class:`ParseError` (a ``ValueError``) with a reason when the string holds no money figure.

    >>> parse("US$500 billion four-year budget").period.iso()
    'P4Y'
    >>> parse("more than US$80 billion for data centres this financial year").qualifier
    <Qualifier.OVER: 'over'>
    >>> parse("no money here")
    Traceback (most recent call last):
    ...
    moneyfacts.ParseError: the text holds no number: 'no money here'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    options = _options(locale, reference_date, default_currency, fiscal_year_start, frozenset({Kind.MONEY}))
    if not text.strip():
        raise ParseError(Reason.EMPTY, text)
    fact = _pipeline.parse_one(text, options)
    if fact is None:
        reason = Reason.NO_MONEY if any(ch.isdigit() for ch in text) else Reason.NO_NUMBER
        raise ParseError(reason, text)
    return fact


def _extract_one(text: str, options: dict[str, Any]) -> list[Fact]:
    return extract(text, **options)


def extract_many(
    texts: Iterable[str],
    *,
    processes: int | None = None,
    chunksize: int = 64,
    **options: Any,
) -> Iterator[list[Fact]]:
    """The facts of each text in turn, in order: one list per text.

    ``processes`` > 1 spreads the work over that many worker processes; ``options`` are
    :func:`extract`'s keyword arguments.

    >>> [len(facts) for facts in extract_many(["$5 and €6", "nothing"])]
    [2, 0]
    """
    _options(
        options.get("locale", "en"),
        options.get("reference_date"),
        options.get("default_currency"),
        options.get("fiscal_year_start"),
        options.get("kinds"),
    )
    if processes is None or processes <= 1:
        for text in texts:
            yield extract(text, **options)
        return
    from concurrent.futures import ProcessPoolExecutor  # only corpus work pays for the import

    with ProcessPoolExecutor(max_workers=processes) as pool:
        yield from pool.map(partial(_extract_one, options=options), texts, chunksize=chunksize)
