"""Extraction on a cluster gives what serial extraction gives: Dask on a two-process LocalCluster,
and the Spark recipe of docs/scale.md where pyspark and a Java runtime are present."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import moneyfacts

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "alibaba-ai-capex-2025-02-25.txt"


def _texts() -> list[str]:
    """The seed article's paragraphs and sentences of our own, with empty and money-free rows."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    own = [
        "The council approved a £12 million budget over three years.",
        "",
        "Nothing to see here, only 42 apples.",
        "Tickets cost between €30 and €45 each.",
        "Revenue rose 7% to ¥1.2 trillion in 2024.",
    ]
    return paragraphs + own


def _serial(texts: list[str]) -> list[tuple[int, str, Decimal | None, str | None, int, int]]:
    return [
        (row, f.text, f.amount.amount if f.amount else None, f.currency, f.start, f.end)
        for row, text in enumerate(texts)
        for f in moneyfacts.extract(text)
    ]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.dataframe", reason="the Dask recipe needs dask[dataframe] (moneyfacts[dask])")
    distributed = pytest.importorskip("distributed", reason="the cluster test needs distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_on_a_local_cluster_equals_serial_extract(client: Any) -> None:
    import dask.dataframe as dd
    import numpy as np
    import pandas as pd

    import moneyfacts.dask

    texts = _texts()
    ddf = dd.from_pandas(pd.DataFrame({"body": texts, "n": range(len(texts))}), npartitions=4)
    facts = moneyfacts.dask.extract_frame(ddf, "body")
    assert list(facts.columns) == [c for c in moneyfacts.frames.COLUMNS if c != "source"]
    assert facts.dtypes["amount"] == np.dtype(object)
    result = client.compute(facts).result()
    got = [
        (int(row), t, a, None if pd.isna(c) else c, int(s), int(e))
        for row, t, a, c, s, e in zip(
            result.index,
            result["text"],
            result["amount"],
            result["currency"],
            result["start"],
            result["end"],
            strict=True,
        )
    ]
    assert got == _serial(texts)
    assert any(isinstance(a, Decimal) and a == Decimal("380000000000") for a in result["amount"])
    assert len(client.scheduler_info()["workers"]) == 2


def test_dask_result_joins_back_to_its_rows(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    import moneyfacts.dask

    frame = pd.DataFrame({"body": ["€5 fee", "no figure", "$7 and $8"], "id": ["a", "b", "c"]})
    ddf = dd.from_pandas(frame, npartitions=2)
    joined = ddf[["id"]].join(moneyfacts.dask.extract_frame(ddf, "body"), how="inner")
    result = client.compute(joined).result()
    assert result["id"].tolist() == ["a", "c", "c"]
    assert [str(a) for a in result["amount"]] == ["5", "7", "8"]


def test_dask_checks_options_before_running() -> None:
    dd = pytest.importorskip("dask.dataframe", reason="the Dask recipe needs dask[dataframe]")
    import pandas as pd

    import moneyfacts.dask

    ddf = dd.from_pandas(pd.DataFrame({"body": ["$5"]}), npartitions=1)
    with pytest.raises(ValueError, match="ISO 4217"):
        moneyfacts.dask.extract_frame(ddf, "body", default_currency="XYZW")
    with pytest.raises(TypeError, match="Series"):
        moneyfacts.dask.extract_frame(ddf)


def _spark_recipe() -> str:
    """The Python block that follows the spark-recipe marker in docs/scale.md."""
    page = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    after = page.split("<!-- spark-recipe -->", 1)[1]
    return after.split("```python\n", 1)[1].split("```", 1)[0]


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def test_the_spark_recipe_is_in_the_docs() -> None:
    recipe = _spark_recipe()
    assert "@F.pandas_udf(ArrayType(FACT))" in recipe
    compile(recipe, "scale.md", "exec")


def _spark_skip_reason() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install pyspark)"
    if shutil.which("java") is None:
        return "pyspark needs a Java runtime and no 'java' is on PATH"
    return None


@pytest.mark.skipif(_spark_skip_reason() is not None, reason=str(_spark_skip_reason()))
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_recipe_equals_serial_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyspark.sql import SparkSession

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # the workers run this interpreter

    recipe = _spark_recipe()
    namespace: dict[str, Any] = {"__name__": "spark_recipe"}
    exec(compile(recipe, str(ROOT / "docs" / "scale.md"), "exec"), namespace)
    facts_of = namespace["facts_of"]
    texts = _texts()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("moneyfacts-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        rows = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "row long, body string")
        result = facts_of(rows, "row", "body").orderBy("row", "start").collect()
    finally:
        spark.stop()
    got = [(r["row"], r["text"], _dec(r["amount"]), r["currency"], r["start"], r["end"]) for r in result]
    assert got == _serial(texts)
