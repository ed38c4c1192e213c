"""A reader the caller owns: its options and its own words, on top of CLDR's.

A :class:`Reader` is built once with the options of :func:`moneyfacts.extract` and, if wanted,
currency marks and scale words of the caller's own. It holds no mutable state but the tables it
builds for itself on first use, so one reader may serve many threads. The module-level functions
use readers built lazily from their options, which share the tables of each locale.

>>> from moneyfacts import Reader
>>> reader = Reader(marks={"zorkmids": "XTS"}, scales={"bazillion": 15})
>>> [str(fact.amount) for fact in reader.extract("It cost 5 zorkmids, then $2 bazillion.")]
['XTS 5', 'USD 2000000000000000']
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from moneyfacts import _pipeline
from moneyfacts._options import Options, _options
from moneyfacts._public import public
from moneyfacts.errors import OptionError, ParseError, Reason
from moneyfacts.grammar.plausibility import Leniency, plausible
from moneyfacts.model import Fact, Kind
from moneyfacts.reading.lexicon import is_currency_code, lexicon, normalise_mark, with_words
from moneyfacts.reading.scan import Scanner, build_scanner, scanner, tokenize

__all__ = ["Reader", "reader_for"]

_MONEY = frozenset({Kind.MONEY})
_MAX_POWER = 40
"""The largest power of ten a caller's scale word may stand for (amounts stop at 10**40)."""


class Reader:
    """Reads money figures with fixed options and, optionally, currency marks and scale words of
    the caller's own.

    ``marks`` maps a surface ("zorkmids", "Ƶ") to the ISO 4217 code it names; ``scales`` maps a
    one-word scale ("bazillion") to its power of ten. The other options are those of
    :func:`moneyfacts.extract`. Wrong types raise ``TypeError``; a value moneyfacts cannot use
    raises :class:`~moneyfacts.OptionError` (a ``ValueError``).
    """

    __slots__ = ("_lock", "_marks", "_options", "_scales", "_scan")

    def __init__(
        self,
        *,
        locale: str = "en",
        reference_date: dt.date | None = None,
        default_currency: str | None = None,
        fiscal_year_start: Sequence[int] | None = None,
        kinds: Iterable[str | Kind] | None = None,
        marks: Mapping[str, str] | None = None,
        scales: Mapping[str, int] | None = None,
    ) -> None:
        options = _options(locale, reference_date, default_currency, fiscal_year_start, kinds)
        self._setup(options, _checked_marks(marks), _checked_scales(scales))

    def _setup(self, options: Options, marks: Mapping[str, str], scales: Mapping[str, int]) -> None:
        self._options = options
        self._marks = MappingProxyType(dict(marks))
        self._scales = MappingProxyType(dict(scales))
        self._scan: Scanner | None = None
        self._lock = threading.Lock()

    @classmethod
    def _of(cls, options: Options, marks: Mapping[str, str], scales: Mapping[str, int]) -> Reader:
        """A reader of options and words already checked."""
        reader = cls.__new__(cls)
        reader._setup(options, marks, scales)
        return reader

    def __reduce__(self) -> tuple[Any, ...]:
        # a lock does not pickle: a worker process rebuilds the reader from what it was given
        return Reader._of, (self._options, dict(self._marks), dict(self._scales))

    def __repr__(self) -> str:
        words = "".join(
            f", {name}={dict(table)!r}"
            for name, table in (("marks", self._marks), ("scales", self._scales))
            if table
        )
        return f"Reader(locale={self._options.locale!r}{words})"

    @property
    def options(self) -> Options:
        """The checked options this reader reads with."""
        return self._options

    def _scanner(self) -> Scanner:
        """The tables of the reader's locale with its own words: the locale's shared ones if none."""
        if self._scan is None:
            with self._lock:
                if self._scan is None:
                    if self._marks or self._scales:
                        own = with_words(lexicon(self._options.locale), self._marks, self._scales)
                        self._scan = build_scanner(own)
                    else:
                        self._scan = scanner(self._options.locale)
        return self._scan

    def extract(self, text: str) -> list[Fact]:
        """Every financial figure in running text, in text order; never raises on a ``str``.

        >>> [str(f.amount) for f in Reader(locale="de_DE").extract("Es kostet 1.234,50 Euro.")]
        ['EUR 1234.5']
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        return _pipeline.find_facts(text, self._options, self._scanner())

    def iter_extract(self, text: str) -> Iterator[Fact]:
        """The facts of :meth:`extract`, yielded a window of sentences at a time (see
        :func:`moneyfacts.iter_extract`); the type of ``text`` is checked at once.

        >>> [f.text for f in Reader().iter_extract("$5 and €6")]
        ['$5', '€6']
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        return _pipeline.iter_facts(text, self._options, self._scanner())

    def parse(self, text: str, *, lenient: bool = False) -> Fact:
        """The one money figure a short string states; raises :class:`~moneyfacts.ParseError`.

        ``lenient=True`` takes any number as money, even one the words beside it call a count,
        an age, a year or a page (see :func:`moneyfacts.parse`).

        >>> Reader(marks={"zorkmids": "XTS"}).parse("3 zorkmids").amount
        Money(amount=Decimal('3'), currency='XTS')
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        if not text.strip():
            raise ParseError(Reason.EMPTY, text)
        fact = _pipeline.parse_one(text, self._options._replace(kinds=_MONEY), self._scanner())
        if fact is None:
            reason = Reason.NO_MONEY if any(ch.isdigit() for ch in text) else Reason.NO_NUMBER
            raise ParseError(reason, text)
        if not plausible(text, fact, Leniency.LENIENT if lenient else Leniency.VALID):
            raise ParseError(Reason.NOT_MONEY, text, (fact.start, fact.end))
        return fact

    def extract_many(
        self, texts: Iterable[str], *, processes: int | None = None, chunksize: int = 64
    ) -> Iterator[list[Fact]]:
        """The facts of each text in turn, in order: one list per text.

        ``processes`` > 1 spreads the work over that many worker processes, ``chunksize`` texts at
        a time; the input is read lazily, a few chunks ahead of the results.

        >>> [len(facts) for facts in Reader().extract_many(["$5 and €6", "nothing"])]
        [2, 0]
        """
        if isinstance(texts, str):
            raise TypeError("texts must be an iterable of str, not a str (put one text in a list)")
        if not isinstance(texts, Iterable):
            raise TypeError(f"texts must be an iterable of str, not {type(texts).__name__}")
        if processes is not None and (not isinstance(processes, int) or isinstance(processes, bool)):
            raise TypeError(f"processes must be an int or None, not {type(processes).__name__}")
        if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
            raise OptionError(f"chunksize must be a positive int, not {chunksize!r}")
        if processes is None or processes <= 1:
            return (self.extract(text) for text in texts)
        return _in_processes(self, iter(texts), processes, chunksize)


@lru_cache(maxsize=256)
def reader_for(options: Options) -> Reader:
    """The reader the module-level functions use for ``options``, built on first use."""
    return Reader._of(options, {}, {})


def _checked_marks(marks: object) -> dict[str, str]:
    if marks is None:
        return {}
    if not isinstance(marks, Mapping):
        raise TypeError(f"marks must be a mapping of str to str, not {type(marks).__name__}")
    out: dict[str, str] = {}
    for surface, code in marks.items():
        if not isinstance(surface, str) or not isinstance(code, str):
            raise TypeError("marks must map a surface (str) to an ISO 4217 code (str)")
        if not normalise_mark(surface) or not tokenize(surface):
            raise OptionError(f"a mark must have a surface to read, not {surface!r}")
        if not is_currency_code(code.upper()):
            raise OptionError(f"mark {surface!r}: {code!r} is not an ISO 4217 code")
        out[surface] = code.upper()
    return out


def _checked_scales(scales: object) -> dict[str, int]:
    if scales is None:
        return {}
    if not isinstance(scales, Mapping):
        raise TypeError(f"scales must be a mapping of str to int, not {type(scales).__name__}")
    out: dict[str, int] = {}
    for word, power in scales.items():
        if not isinstance(word, str) or not isinstance(power, int) or isinstance(power, bool):
            raise TypeError("scales must map a word (str) to a power of ten (int)")
        if len(tokenize(word)) != 1:
            raise OptionError(f"a scale must be one word, not {word!r}")
        if not 1 <= power <= _MAX_POWER:
            raise OptionError(f"scale {word!r}: the power of ten must be from 1 to {_MAX_POWER}, not {power}")
        out[word] = power
    return out


def _extract_chunk(reader: Reader, texts: list[str]) -> list[list[Fact]]:
    return [reader.extract(text) for text in texts]


def _in_processes(
    reader: Reader, texts: Iterator[str], processes: int, chunksize: int
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
            pending.append(pool.submit(_extract_chunk, reader, chunk))
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


public(Reader)
