"""The public entry points: :func:`parse`, :func:`extract` and :func:`extract_many`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from moneyfacts import _pipeline
from moneyfacts._options import _options as _options  # also checked by callers of this module
from moneyfacts.errors import ParseError, Reason
from moneyfacts.model import Fact, Kind

__all__ = ["extract", "extract_many", "parse"]


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
    return _pipeline.find_facts(text, options)


def parse(
    text: str,
    *,
    locale: str = "en",
    reference_date: dt.date | None = None,
    default_currency: str | None = None,
    fiscal_year_start: Sequence[int] | None = None,
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
    moneyfacts.errors.ParseError: the text holds no number: 'no money here'
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


_EXTRACT_OPTIONS = frozenset({"locale", "reference_date", "default_currency", "fiscal_year_start", "kinds"})


def _extract_chunk(texts: list[str], options: dict[str, Any]) -> list[list[Fact]]:
    return [extract(text, **options) for text in texts]


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
    if processes is not None and (not isinstance(processes, int) or isinstance(processes, bool)):
        raise TypeError(f"processes must be an int or None, not {type(processes).__name__}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, not {chunksize!r}")
    _options(
        options.get("locale", "en"),
        options.get("reference_date"),
        options.get("default_currency"),
        options.get("fiscal_year_start"),
        options.get("kinds"),
    )
    if processes is None or processes <= 1:
        return (extract(text, **options) for text in texts)
    return _in_processes(iter(texts), processes, chunksize, options)


def _in_processes(
    texts: Iterator[str], processes: int, chunksize: int, options: dict[str, Any]
) -> Iterator[list[Fact]]:
    """Chunks of ``texts`` over a pool of processes, at most two chunks per process in flight."""
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from itertools import islice

    pool = ProcessPoolExecutor(max_workers=processes)
    pending: deque[Future[list[list[Fact]]]] = deque()

    def submit() -> bool:
        chunk = list(islice(texts, chunksize))
        for text in chunk:
            if not isinstance(text, str):
                raise TypeError(f"text must be a str, not {type(text).__name__}")
        if chunk:
            pending.append(pool.submit(_extract_chunk, chunk, options))
        return len(chunk) == chunksize

    try:
        more = True
        while more and len(pending) < 2 * processes:
            more = submit()
        while pending:
            done = pending.popleft().result()
            if more:
                more = submit()
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
