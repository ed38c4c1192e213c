"""The checked options of one call: types raise ``TypeError``, bad values :class:`OptionError`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from moneyfacts.errors import OptionError
from moneyfacts.model import Kind
from moneyfacts.reading.lexicon import canonical_locale, is_currency_code

__all__ = ["Options"]

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
    """Check and normalise the options of one call (a ``datetime`` counts as its date)."""
    if not isinstance(locale, str):
        raise TypeError(f"locale must be a str, not {type(locale).__name__}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )
    if default_currency is not None:
        if not isinstance(default_currency, str):
            raise TypeError(f"default_currency must be a str or None, not {type(default_currency).__name__}")
        if not is_currency_code(default_currency.upper()):
            raise OptionError(f"default_currency {default_currency!r} is not an ISO 4217 code")
        default_currency = default_currency.upper()
    return Options(
        canonical_locale(locale), reference_date, default_currency, _fiscal(fiscal_year_start), _kinds(kinds)
    )


def _fiscal(fiscal_year_start: object) -> tuple[int, int] | None:
    if fiscal_year_start is None:
        return None
    if (
        not isinstance(fiscal_year_start, Sequence)
        or isinstance(fiscal_year_start, (str, bytes))
        or len(fiscal_year_start) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in fiscal_year_start)
    ):
        raise TypeError("fiscal_year_start must be a (month, day) pair of two ints")
    month, day = fiscal_year_start
    try:
        dt.date(2001, month, day)
    except ValueError as err:
        raise OptionError(f"fiscal_year_start {(month, day)!r} is not a day of the year: {err}") from None
    return (month, day)


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
                raise OptionError(f"unknown kind {kind!r}: choose from {names}") from None
        else:
            raise TypeError(f"a kind must be a str or Kind, not {type(kind).__name__}")
    return frozenset(out)
