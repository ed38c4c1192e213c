"""``extract_many`` serial and over worker processes: the same output, and the speed-up.

Usage::

    python bench/parallel.py                       # 100,000 paragraphs, 2 processes
    python bench/parallel.py --count 20000 --processes 2 4 --chunksize 128

The paragraphs are the sentences of ``bench/corpus/dense_en.txt`` and of the seed article,
cycled to ``--count``. Prints the wall time of the serial run and of each process count, the speed-up,
whether the outputs are equal, and the load average (the speed-up needs idle cores).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import resource
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
if (SRC / "moneyfacts" / "__init__.py").is_file() and str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


def paragraphs(count: int) -> Iterator[str]:
    """Short paragraphs: the sentences of the English dense corpus and the seed article, cycled."""
    seed = [ln for p in sorted((ROOT / "seeds").glob("*.txt")) for ln in p.read_text("utf-8").splitlines()]
    dense = (ROOT / "bench" / "corpus" / "dense_en.txt").read_text("utf-8").split("\n\n")
    base = [s.strip() for p in dense + seed for s in re.split(r"(?<=[.!?])\s+", p) if s.strip()]
    return itertools.islice(itertools.cycle(base), count)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    import moneyfacts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--processes", type=int, nargs="+", default=[2])
    parser.add_argument("--chunksize", type=int, default=64)
    args = parser.parse_args(argv)
    moneyfacts.extract("warm up: $1 million")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}, cpus: {os.cpu_count()}")
    start, cpu = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
    serial = list(moneyfacts.extract_many(paragraphs(args.count)))
    base = time.perf_counter() - start
    serial_cpu = _cpu(resource.RUSAGE_SELF) - cpu
    chars = sum(len(p) for p in paragraphs(args.count))
    print(
        f"serial       {base:7.2f} s (CPU {serial_cpu:.1f} s)  {chars / base:,.0f} chars/s  "
        f"{sum(map(len, serial)):,} facts"
    )
    for n in args.processes:
        start, cpu, kids = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        out = list(moneyfacts.extract_many(paragraphs(args.count), processes=n, chunksize=args.chunksize))
        took = time.perf_counter() - start
        parent, workers = _cpu(resource.RUSAGE_SELF) - cpu, _cpu(resource.RUSAGE_CHILDREN) - kids
        # On idle cores the wall time is at least the busiest worker's CPU time and the parent's.
        bound = max(workers / n, parent)
        print(
            f"processes={n}  {took:7.2f} s  speed-up {base / took:.2f}x  same output: {out == serial}  "
            f"(CPU: workers {workers:.1f} s, parent {parent:.1f} s; on {n} idle cores about "
            f"{serial_cpu / bound:.2f}x)"
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
