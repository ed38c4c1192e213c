"""Facts as data frames: one row per fact, exact amounts, the source text's index.

pandas (``moneyfacts[pandas]``) and polars (``moneyfacts[polars]``) are imported only when a
function here is called. Amounts stay exact: a pandas column of :class:`~decimal.Decimal`
objects (``object`` dtype), a polars ``Decimal`` column; never a float.

>>> import moneyfacts
>>> texts = ["It costs $5 a month.", "No money.", "Between $3 million and $5 million. Sales hit €2 billion."]
>>> frame = moneyfacts.extract_frame(texts)
>>> frame[["source", "text", "amount", "currency", "recurrence"]].to_dict("records")[0]
{'source': 0, 'text': '$5', 'amount': Decimal('5'), 'currency': 'USD', 'recurrence': 'P1M'}
>>> frame["source"].tolist(), [str(a) for a in frame["amount"]]
([0, 2, 2], ['5', 'None', '2000000000'])
>>> frame.loc[1, ["qualifier", "low", "high"]].tolist()
['range', Decimal('3000000'), Decimal('5000000')]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from moneyfacts._public import public
from moneyfacts.model import Fact

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import polars as pl

__all__ = ["COLUMNS", "extract_frame", "fact_columns", "to_frame", "to_polars"]

DECIMAL_COLUMNS = ("amount", "low", "high")
"""Exact amounts: Decimal objects (pandas) or a Decimal dtype (polars), ``None`` where absent."""
INT_COLUMNS = ("start", "end")
BOOL_COLUMNS = ("points",)
DATE_COLUMNS = ("period_start", "period_end")
STRING_COLUMNS = (
    "text",
    "kind",
    "currency",
    "qualifier",
    "equivalents",
    "per",
    "duration",
    "recurrence",
    "currency_source",
    "direction",
)
COLUMNS = (
    "source",
    "text",
    "start",
    "end",
    "kind",
    "amount",
    "currency",
    "qualifier",
    "low",
    "high",
    "equivalents",
    "per",
    "duration",
    "recurrence",
    "period_start",
    "period_end",
    "currency_source",
    "direction",
    "points",
)
"""The columns of a facts frame, in order. ``source`` is the index (or label) of the text a fact
came from; ``start``, ``end`` and ``text`` its span; ``equivalents`` the restatements in other
currencies as ``"USD 52400000000"`` joined by ``"; "``; the period's fields are flattened."""


def _row(fact: Fact) -> tuple[Any, ...]:
    """A fact's values in :data:`COLUMNS` order, without ``source``."""
    period = fact.period
    return (
        fact.text,
        fact.start,
        fact.end,
        fact.kind.value,
        fact.amount.amount if fact.amount else None,
        fact.currency,
        fact.qualifier.value if fact.qualifier else None,
        fact.low.amount if fact.low else None,
        fact.high.amount if fact.high else None,
        "; ".join(str(eq) for eq in fact.equivalents) or None,
        fact.per,
        period.duration.iso() if period and period.duration else None,
        period.recurrence.iso() if period and period.recurrence else None,
        period.start if period else None,
        period.end if period else None,
        fact.currency_source.value,
        fact.direction,
        fact.points,
    )


def fact_columns(grouped: Iterable[tuple[Hashable, Iterable[Fact]]]) -> dict[str, list[Any]]:
    """Plain column lists, keyed by :data:`COLUMNS`, from ``(source, facts)`` pairs."""
    sources: list[Any] = []
    rows: list[tuple[Any, ...]] = []
    for source, facts in grouped:
        for fact in facts:
            if not isinstance(fact, Fact):
                raise TypeError(f"expected Fact objects, not {type(fact).__name__}")
            sources.append(source)
            rows.append(_row(fact))
    columns = [list(values) for values in zip(*rows, strict=True)] if rows else [[] for _ in COLUMNS[1:]]
    return dict(zip(COLUMNS, [sources, *columns], strict=True))


def _grouped(
    facts: Iterable[Fact] | Iterable[Iterable[Fact]], source: Hashable
) -> list[tuple[Hashable, Any]]:
    """``(source, facts)`` pairs: a flat iterable of facts is one source; nested, one per item."""
    items = list(facts)
    if all(isinstance(item, Fact) for item in items):
        return [(source, items)]
    if any(isinstance(item, Fact) for item in items):
        raise TypeError("give either facts or lists of facts (one list per text), not a mix")
    return list(enumerate(items))


def _pandas_frame(columns: dict[str, list[Any]], source_dtype: Any = None) -> pd.DataFrame:
    import pandas as pd

    data: dict[str, Any] = {}
    for name in COLUMNS:
        values = columns[name]
        if name == "source":
            data[name] = pd.Series(values, dtype=source_dtype if source_dtype is not None else "int64")
        elif name in DECIMAL_COLUMNS:
            data[name] = pd.Series(values, dtype=object)
        elif name in INT_COLUMNS:
            data[name] = pd.Series(values, dtype="int64")
        elif name in BOOL_COLUMNS:
            data[name] = pd.Series(values, dtype="bool")
        elif name in DATE_COLUMNS:
            data[name] = pd.Series(values, dtype="datetime64[s]")
        else:
            data[name] = pd.Series(values, dtype="string")
    return pd.DataFrame(data, columns=list(COLUMNS))


def to_frame(facts: Iterable[Fact] | Iterable[Iterable[Fact]], *, source: Hashable = 0) -> pd.DataFrame:
    """A pandas DataFrame with one row per fact, in the columns of :data:`COLUMNS`.

    ``facts`` is the list one text gave (its rows get ``source``), or one list per text, as
    :func:`moneyfacts.extract_many` yields them (rows get the list's position). Amounts are
    :class:`~decimal.Decimal` objects; strings use pandas' ``string`` dtype, dates ``datetime64[s]``.

    >>> import moneyfacts
    >>> frame = moneyfacts.to_frame(moneyfacts.extract("Sales rose to 380 billion yuan in 2025."))
    >>> row = frame.iloc[0]
    >>> row["amount"], row["currency"], str(row["period_start"].date()), str(row["period_end"].date())
    (Decimal('380000000000'), 'CNY', '2025-01-01', '2025-12-31')
    """
    return _pandas_frame(fact_columns(_grouped(facts, source)))


def extract_frame(texts: Iterable[str], *, processes: int | None = None, **options: Any) -> pd.DataFrame:
    """Extract every text and return the facts as one pandas DataFrame (see :func:`to_frame`).

    ``texts`` is any iterable of strings; for a pandas Series the ``source`` column holds its
    index labels, so the facts join back to the rows they came from, and a missing text
    (``None``, ``NaN``) has no facts. ``processes`` and
    ``options`` are those of :func:`moneyfacts.extract_many`.
    """
    from moneyfacts._api import extract_many

    if isinstance(texts, str):
        raise TypeError("texts must be an iterable of str, not a str: wrap one text in a list")
    labels: Sequence[Hashable] | None = None
    source_dtype: Any = None
    index = getattr(texts, "index", None)
    if index is not None and hasattr(texts, "dtype"):  # a pandas Series: a missing text has no facts
        labels = list(index)
        source_dtype = index.dtype
        texts = texts.fillna("")  # type: ignore[attr-defined]
    texts = list(texts)
    results = extract_many(texts, processes=processes, **options)
    keys: Iterable[Hashable] = labels if labels is not None else range(len(texts))
    return _pandas_frame(fact_columns(zip(keys, results, strict=True)), source_dtype)


def _scale(values: list[Decimal | None]) -> tuple[int, int]:
    """The (precision, scale) a polars Decimal column needs to hold every value exactly."""
    scale, whole = 0, 1
    for value in values:
        if value is None:
            continue
        _sign, digits, exponent = value.as_tuple()
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        scale = max(scale, places)
        whole = max(whole, len(digits) - places)
    precision = whole + scale
    if precision > 76:
        raise ValueError(f"an amount needs {precision} digits: more than a polars Decimal holds (76)")
    return (38 if precision <= 38 else 76), scale


def to_polars(facts: Iterable[Fact] | Iterable[Iterable[Fact]], *, source: Hashable = 0) -> pl.DataFrame:
    """A polars DataFrame with the columns of :func:`to_frame`; amounts in an exact ``Decimal`` dtype.

    >>> import moneyfacts
    >>> frame = moneyfacts.to_polars(moneyfacts.extract("A fee of $2.50 and a $1,200 bonus."))
    >>> frame["amount"].dtype, [str(a) for a in frame["amount"]]
    (Decimal(precision=38, scale=2), ['2.50', '1200.00'])
    """
    import polars as pl

    columns = fact_columns(_grouped(facts, source))
    schema: dict[str, Any] = {}
    for name in COLUMNS:
        if name in DECIMAL_COLUMNS:
            schema[name] = pl.Decimal(*_scale(columns[name]))
        elif name in INT_COLUMNS:
            schema[name] = pl.Int64
        elif name in BOOL_COLUMNS:
            schema[name] = pl.Boolean
        elif name in DATE_COLUMNS:
            schema[name] = pl.Date
        elif name == "source":
            schema[name] = pl.Int64 if all(isinstance(s, int) for s in columns[name]) else pl.Object
        else:
            schema[name] = pl.String
    return pl.DataFrame(columns, schema=schema)


public(extract_frame, to_frame, to_polars)
