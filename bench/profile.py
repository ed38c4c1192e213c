"""Profile the throughput workload: the top 30 functions by cumulative and by total time.

Usage::

    python bench/profile.py [CORPUS ...] [--locale en] [--top 30]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this file is named like the standard library's ``profile``, which cProfile imports:
# keep the benchmark directory off the import path while the standard modules load
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import importlib.util  # noqa: E402
import pstats  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from types import ModuleType  # noqa: E402


def _throughput() -> ModuleType:
    """The sibling benchmark script, loaded by path (the benchmarks are not a package)."""
    spec = importlib.util.spec_from_file_location("throughput", HERE / "throughput.py")
    if spec is None or spec.loader is None:
        raise ImportError("cannot load throughput.py beside this script")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profile moneyfacts.extract on a corpus.")
    parser.add_argument("corpus", nargs="*", help="text files (default: seeds and test corpus, >= 1 MB)")
    parser.add_argument("--locale", default="en")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--min-bytes", type=int, default=1_000_000)
    args = parser.parse_args(argv)

    throughput = _throughput()
    corpus = throughput.load_corpus(args.corpus, args.min_bytes)
    import moneyfacts

    moneyfacts.extract("warm up: $1 million", locale=args.locale)
    profiler = cProfile.Profile()
    profiler.enable()
    for paragraph in corpus:
        moneyfacts.extract(paragraph, locale=args.locale)
    profiler.disable()

    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs()
    for key in ("cumulative", "tottime"):
        print(f"=== top {args.top} by {key} ===")
        stats.sort_stats(key).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
