"""Extraction over a Dask DataFrame (``moneyfacts[dask]``): one partition per task, anywhere on a cluster.

The result has one row per fact, indexed by the label of the row it came from, so it joins
back to the source frame (``ddf.join(facts)``) and keeps its divisions. Its columns and dtypes
are those of :func:`moneyfacts.to_frame` less ``source``, declared up front as ``meta``.

>>> import pandas as pd, dask.dataframe as dd
>>> import moneyfacts.dask
>>> texts = pd.DataFrame({"body": ["Rent is £1,250 a month.", "None here.", "Up to $3 billion."]})
>>> facts = moneyfacts.dask.extract_frame(dd.from_pandas(texts, npartitions=2), "body")
>>> result = facts.compute(scheduler="sync")
>>> result.index.tolist(), [str(a) for a in result["amount"]], result["qualifier"].tolist()
([0, 2], ['1250', '3000000000'], [<NA>, 'at_most'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from moneyfacts import frames

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["extract_frame", "meta"]


def meta(index: pd.Index | None = None) -> pd.DataFrame:
    """The empty frame describing :func:`extract_frame`'s result; ``index`` gives its index's dtype and name.

    >>> meta().dtypes["amount"], meta().index.name
    (dtype('O'), 'source')
    """
    import pandas as pd

    empty = frames.to_frame([]).set_index("source")
    if index is not None:
        empty.index = pd.Index([], dtype=index.dtype, name=index.name if index.name is not None else "source")
    return empty


def _partition(texts: pd.Series, options: dict[str, Any]) -> pd.DataFrame:
    """The facts of one partition, indexed by the labels of its rows."""
    result = frames.extract_frame(texts, **options).set_index("source")
    result.index.name = texts.index.name if texts.index.name is not None else "source"
    return result


def extract_frame(ddf: dd.DataFrame | dd.Series, column: str | None = None, **options: Any) -> dd.DataFrame:
    """A Dask DataFrame of the facts in ``ddf[column]`` (or in the Series ``ddf``), one row per fact.

    ``options`` are :func:`moneyfacts.extract`'s keyword arguments; they are checked here,
    before any task runs. Missing texts (``None``, ``NaN``) yield no facts.
    """
    from moneyfacts._api import extract

    extract("", **options)  # a bad option raises now, not on a worker
    series = ddf if column is None else ddf[column]
    if getattr(series, "ndim", 1) != 1:
        raise TypeError("give a Dask Series, or a Dask DataFrame and the name of its text column")
    series = series.fillna("").astype(str)
    declared = meta(series._meta.index)
    result: dd.DataFrame = series.map_partitions(_partition, options, meta=declared)
    return result
