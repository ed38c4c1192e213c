"""Throughput of ``moneyfacts.extract`` on a corpus, paragraph by paragraph.

Usage::

    python bench/throughput.py                 # default corpus: seeds + test corpus, >= 1 MB
    python bench/throughput.py news.txt --repeat 5 --json

Prints characters and figures per second, peak RSS, the import time of ``moneyfacts`` and
the time of the first ``extract`` call, both measured in fresh subprocesses.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
if (SRC / "moneyfacts" / "__init__.py").is_file() and str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))  # measure the working tree when run inside the repository

MIN_BYTES = 1_000_000

# used only when neither the seed articles nor the test corpus are present
_FALLBACK = """\
The carmaker said it would invest €4.5 billion in three battery plants over the next five years.
Shares rose 3.2% to $187.40 in early trading, valuing the group at about US$62 billion.
Brent crude fell to $71.85 a barrel, while gold climbed to $2,430 an ounce.
The council approved a £12 million budget for road repairs, up from £9.8 million last year.
Analysts expect quarterly revenue of between $1.2 billion and $1.4 billion."""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if (SRC / "moneyfacts" / "__init__.py").is_file():
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    return env


def default_corpus_text() -> str:
    """The seed articles and the test-corpus sentences, as one text."""
    parts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    parts.append(text)
    return "\n\n".join(parts) if parts else _FALLBACK


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of a text: each paragraph (or line) is extracted on its own."""
    return [line for line in (raw.strip() for raw in text.splitlines()) if line]


def load_corpus(files: Sequence[str], min_bytes: int = MIN_BYTES) -> list[str]:
    """The paragraphs of the given files, or of the default corpus repeated to ``min_bytes``."""
    if files:
        found: list[str] = []
        for name in files:
            found.extend(paragraphs(Path(name).read_text(encoding="utf-8")))
        return found
    base = paragraphs(default_corpus_text())
    size = sum(len(p.encode("utf-8")) + 1 for p in base) or 1
    return base * max(1, -(-min_bytes // size))


def _subprocess_seconds(code: str, runs: int) -> float:
    """The best of ``runs`` timings a fresh interpreter prints for ``code``."""
    best = float("inf")
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True
        ).stdout
        best = min(best, float(out.strip().splitlines()[-1]))
    return best


def import_seconds(runs: int = 5) -> float:
    code = "import time; t = time.perf_counter(); import moneyfacts; print(time.perf_counter() - t)"
    return _subprocess_seconds(code, runs)


def first_extract_seconds(locale: str, runs: int = 3) -> float:
    """The first ``extract`` call after ``import moneyfacts``: the pipeline's modules and tables load."""
    code = (
        "import time, moneyfacts\n"
        "t = time.perf_counter()\n"
        f"moneyfacts.extract('Revenue rose to $4.2 billion from 3.9 billion euros.', locale={locale!r})\n"
        "print(time.perf_counter() - t)\n"
    )
    return _subprocess_seconds(code, runs)


def cold_start_seconds(locale: str, runs: int = 3) -> float:
    """``import moneyfacts`` and the first ``extract`` together, as a short script pays them."""
    code = (
        "import time\n"
        "t = time.perf_counter()\n"
        "import moneyfacts\n"
        f"moneyfacts.extract('Revenue rose to $4.2 billion from 3.9 billion euros.', locale={locale!r})\n"
        "print(time.perf_counter() - t)\n"
    )
    return _subprocess_seconds(code, runs)


def run(corpus: Sequence[str], locale: str, repeat: int) -> dict[str, Any]:
    """Extract every paragraph ``repeat`` times; the figures of the fastest pass."""
    import moneyfacts

    moneyfacts.extract("warm up: $1 million", locale=locale)
    chars = sum(len(p) for p in corpus)
    passes: list[float] = []
    figures = 0
    for _ in range(repeat):
        figures = 0
        start = time.perf_counter()
        for paragraph in corpus:
            figures += len(moneyfacts.extract(paragraph, locale=locale))
        passes.append(time.perf_counter() - start)
    best = min(passes)
    return {
        "paragraphs": len(corpus),
        "chars": chars,
        "figures": figures,
        "seconds_best": best,
        "seconds_median": statistics.median(passes),
        "chars_per_second": chars / best if best else float("inf"),
        "figures_per_second": figures / best if best else float("inf"),
    }


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"machine": platform.machine(), "cpu": cpu, "python": platform.python_version()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", nargs="*", help="text files (default: seeds and test corpus, >= 1 MB)")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best is reported")
    parser.add_argument("--locale", default="en")
    parser.add_argument("--min-bytes", type=int, default=MIN_BYTES, help="size of the default corpus")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)

    corpus = load_corpus(args.corpus, args.min_bytes)
    result = run(corpus, args.locale, max(1, args.repeat))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    result["import_ms"] = import_seconds() * 1000
    result["first_extract_ms"] = first_extract_seconds(args.locale) * 1000
    result["import_and_first_extract_ms"] = cold_start_seconds(args.locale) * 1000
    result["locale"] = args.locale
    result |= machine()

    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"machine            {result['machine']}, {result['cpu']}, Python {result['python']}")
    print(f"corpus             {result['paragraphs']:,} paragraphs, {result['chars']:,} chars")
    print(f"figures            {result['figures']:,}")
    print(f"best pass          {result['seconds_best']:.3f} s (median {result['seconds_median']:.3f} s)")
    print(f"chars/s            {result['chars_per_second']:,.0f}")
    print(f"figures/s          {result['figures_per_second']:,.0f}")
    print(f"peak RSS           {result['peak_rss_mb']:.1f} MB")
    print(f"import moneyfacts  {result['import_ms']:.1f} ms")
    print(f"first extract      {result['first_extract_ms']:.1f} ms")
    print(f"import + first     {result['import_and_first_extract_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
