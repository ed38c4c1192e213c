"""What a new user does after `pip install "moneyfacts[pandas,dask,fx]"`, on the seed article.

Run by .ci/run in a fresh virtualenv holding only the built wheel, its extras and jsonschema.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import moneyfacts


def frame(text: str) -> None:
    facts = moneyfacts.extract(text)
    table = moneyfacts.to_frame(facts)
    assert len(table) == len(facts) > 0
    assert all(isinstance(a, Decimal) for a in table["amount"] if a is not None)
    assert list(table["amount"]) == [f.amount.amount if f.amount else None for f in facts]
    print(table[["text", "amount", "currency", "qualifier", "duration", "period_start"]].to_string())
    print("to_frame: amount dtype", table["amount"].dtype, "holding", type(table.loc[0, "amount"]).__name__)


def cluster(text: str) -> None:
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    import moneyfacts.dask

    lines = [line for line in text.splitlines() if line.strip()]
    serial = [
        (row, f.text, f.amount.amount if f.amount else None)
        for row, t in enumerate(lines)
        for f in moneyfacts.extract(t)
    ]
    local = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    with local, Client(local) as client:
        ddf = dd.from_pandas(pd.DataFrame({"body": lines}), npartitions=4)
        result = client.compute(moneyfacts.dask.extract_frame(ddf, "body")).result()
    got = list(zip(result.index.tolist(), result["text"].tolist(), result["amount"].tolist(), strict=True))
    assert got == serial, (got, serial)
    print(f"dask, LocalCluster of 2 worker processes: {len(got)} facts of {len(lines)} rows, equal to serial")


def convert() -> None:
    done = moneyfacts.parse("380 billion yuan").convert("USD", on=dt.date(2025, 2, 25))
    assert done.result.amount is not None
    assert done.result.amount.currency == "USD"
    print("convert:", done.result.amount, "at", done.rate)


def schema(path: Path) -> None:
    import jsonschema

    printed = subprocess.run(
        [sys.executable, "-m", "moneyfacts", "schema"], capture_output=True, text=True, check=True
    ).stdout
    validator = jsonschema.Draft202012Validator(
        json.loads(printed), format_checker=jsonschema.FormatChecker()
    )
    lines = subprocess.run(
        [sys.executable, "-m", "moneyfacts", "extract", str(path), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert lines
    for line in lines:
        validator.validate(json.loads(line))
    print(f"moneyfacts schema: {len(lines)} JSON Lines of the seed article validate")


def main() -> None:
    path = Path(sys.argv[1])
    text = path.read_text(encoding="utf-8")
    frame(text)
    cluster(text)
    convert()
    schema(path)


if __name__ == "__main__":
    main()
