"""``moneyfacts extract`` on large files: time to the first output, total time and peak RSS.

Usage::

    python bench/streaming.py --sizes 10 50 200        # sizes in MB, files built in a temp folder
    python bench/streaming.py --keep /tmp/big          # keep the generated files there

Each file is the seed article and the English dense corpus (``bench/corpus/dense_en.txt``),
paragraph by paragraph (blank-line separated), repeated to the size. The command runs in a fresh
process with its output read through a pipe, as a batch job would.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if (SRC / "moneyfacts" / "__init__.py").is_file():
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    return env


def _paragraphs() -> list[str]:
    seed = [
        line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text("utf-8").splitlines()
    ]
    dense = (ROOT / "bench" / "corpus" / "dense_en.txt").read_text("utf-8").split("\n\n")
    return [p.strip() for p in seed + dense if p.strip()]


def make_file(path: Path, megabytes: int) -> int:
    """Write ``megabytes`` MB of paragraphs to ``path``; return its size in bytes."""
    block = ("\n\n".join(_paragraphs()) + "\n\n").encode("utf-8")
    target = megabytes * 1_000_000
    with path.open("wb") as handle:
        written = 0
        while written < target:
            handle.write(block)
            written += len(block)
    return written


def measure(path: Path) -> dict[str, Any]:
    """Run ``moneyfacts extract`` on ``path``; time the first and the last line and the peak RSS."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "moneyfacts", "extract", str(path), "--format", "jsonl", "--quiet"],
        stdout=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdout is not None
    first = None
    lines = 0
    for _ in process.stdout:
        if first is None:
            first = time.perf_counter() - start
        lines += 1
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = status
    seconds = time.perf_counter() - start
    size = path.stat().st_size
    return {
        "megabytes": size / 1_000_000,
        "facts": lines,
        "first_output_s": first,
        "seconds": seconds,
        "mb_per_second": size / 1_000_000 / seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,  # KB on Linux
        "load_average": os.getloadavg()[0],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200], help="file sizes in MB")
    parser.add_argument("--keep", type=Path, help="folder to build (and keep) the files in")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="moneyfacts-stream-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for size in args.sizes:
        path = folder / f"news-{size}mb.txt"
        if not path.exists():
            make_file(path, size)
        result = measure(path)
        results.append(result)
        if not args.keep:
            path.unlink()
        if not args.json:
            print(
                f"{result['megabytes']:7.1f} MB  {result['facts']:>10,} facts  first output "
                f"{result['first_output_s']:.2f} s  total {result['seconds']:7.1f} s  "
                f"(CPU {result['cpu_seconds']:.1f} s)  {result['mb_per_second']:.2f} MB/s  "
                f"peak RSS {result['peak_rss_mb']:.1f} MB  load {result['load_average']:.1f}",
                flush=True,
            )
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
