"""moneyfacts and its peers side by side: chars/s and figures/s per corpus, in one run.

Usage::

    pip install -e ".[bench]"        # the peers: Duckling, quantulum3, Recognizers-Text, price-parser
    python bench/compare.py                          # every corpus, every installed system
    python bench/compare.py --systems moneyfacts duckling --corpora dense_en seed --json

Corpora: ``seed`` is the seed article (``seeds/*.txt``), one call per line; ``dense_XX`` are the
sentences of ``bench/corpus/dense_XX.txt`` (news: results, prices, budgets), one call per
blank-line-separated paragraph; ``dense`` is all of them together. Each corpus is repeated to at
least ``--min-chars`` characters. All systems run in this one process over the same paragraphs,
interleaved block by block (16 paragraphs) so that a shared machine's changing load falls on each
alike; a first pass warms caches up, then the best of ``--repeat`` passes counts. A slow system
stops a pass after ``--budget`` seconds and is measured on the paragraphs it read. A system not
installed, or without a language of the corpus, shows ``-``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
CORPUS = ROOT / "bench" / "corpus"
LANGUAGES = ("en", "de", "fr", "es", "zh", "ja")
if (SRC / "moneyfacts" / "__init__.py").is_file() and str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))  # measure the working tree when run inside the repository
SYSTEMS = ("moneyfacts", "duckling", "quantulum3", "recognizers", "price_parser")

Extractor = Callable[[str], int]  # one paragraph in, the number of figures out


def corpus(name: str, min_chars: int) -> list[tuple[str, str]]:
    """(paragraph, language) pairs of a corpus, repeated to at least ``min_chars`` characters."""
    if name == "seed":
        lines = [
            ln for p in sorted((ROOT / "seeds").glob("*.txt")) for ln in p.read_text("utf-8").splitlines()
        ]
        base = [(ln.strip(), "en") for ln in lines if ln.strip()]
    elif name == "dense":
        base = [pair for lang in LANGUAGES for pair in corpus(f"dense_{lang}", 0)]
    else:
        lang = name.removeprefix("dense_")
        text = (CORPUS / f"{name}.txt").read_text("utf-8")
        base = [(p.strip(), lang) for p in text.split("\n\n") if p.strip()]
    size = sum(len(p) for p, _ in base) or 1
    return base * max(1, -(-min_chars // size))


def _moneyfacts(lang: str) -> Extractor:
    import moneyfacts

    return lambda text: len(moneyfacts.extract(text, locale=lang))


def _duckling(lang: str) -> Extractor:
    import duckling

    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    ref = duckling.parse_ref_time(zones, "UTC", int(time.time()))
    context = duckling.Context(ref, duckling.default_locale_lang(duckling.parse_lang(lang.upper())))
    dims = duckling.parse_dimensions(["amount-of-money"])
    return lambda text: len(duckling.parse(text, context, dims, False))


def _quantulum3(lang: str) -> Extractor:
    if lang != "en":
        raise LookupError(lang)
    import warnings

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    return lambda text: sum(
        1 for q in parser.parse(text) if q.unit.entity.name in ("currency", "dimensionless")
    )


def _recognizers(lang: str) -> Extractor:
    cultures = {"en": "English", "zh": "Chinese", "es": "Spanish", "fr": "French", "ja": "Japanese"}
    if lang not in cultures:
        raise LookupError(lang)
    from recognizers_number_with_unit import NumberWithUnitRecognizer
    from recognizers_text import Culture

    model = NumberWithUnitRecognizer(getattr(Culture, cultures[lang])).get_currency_model()
    return lambda text: len(model.parse(text))


def _price_parser(lang: str) -> Extractor:
    from price_parser import Price

    return lambda text: int(Price.fromstring(text).amount is not None)


FACTORIES: dict[str, Callable[[str], Extractor]] = {
    "moneyfacts": _moneyfacts,
    "duckling": _duckling,
    "quantulum3": _quantulum3,
    "recognizers": _recognizers,
    "price_parser": _price_parser,
}


def _rss_mb() -> float:
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_systems(names: Sequence[str]) -> tuple[dict[str, dict[str, Extractor]], dict[str, dict[str, Any]]]:
    """Each installed system's extractor per language, and its set-up time and memory."""
    systems: dict[str, dict[str, Extractor]] = {}
    info: dict[str, dict[str, Any]] = {}
    for name in names:
        before, start = _rss_mb(), time.perf_counter()
        extractors: dict[str, Extractor] = {}
        for lang in LANGUAGES:
            try:
                extractors[lang] = FACTORIES[name](lang)
                extractors[lang]("Warm-up: the fee is $5 million, or 3 million euros.")
            except LookupError:
                continue
            except ImportError as err:
                info[name] = {"missing": f"not installed ({err.name})"}
                break
        if name in info:
            continue
        systems[name] = extractors
        info[name] = {"setup_seconds": time.perf_counter() - start, "rss_mb": _rss_mb() - before}
    return systems, info


def _blocks(paragraphs: Sequence[tuple[str, str]], size: int = 16) -> list[Sequence[tuple[str, str]]]:
    return [paragraphs[i : i + size] for i in range(0, len(paragraphs), size)]


def measure(
    paragraphs: Sequence[tuple[str, str]],
    systems: dict[str, dict[str, Extractor]],
    repeat: int,
    budget: float,
) -> dict[str, tuple[int, int, float]]:
    """(chars, figures, seconds) per system, best of ``repeat`` passes, the systems interleaved block
    by block so that each sees the same machine load; a pass of a slow system ends after ``budget``."""
    names = [n for n, ex in systems.items() if {lang for _, lang in paragraphs} <= set(ex)]
    best: dict[str, tuple[int, int, float]] = {}
    for rep in range(repeat + 1):  # pass 0 warms caches up and is not counted
        totals = {name: [0, 0, 0.0] for name in names}
        for i, block in enumerate(_blocks(paragraphs)):
            order = names[i % len(names) :] + names[: i % len(names)] if names else []
            for name in order:
                total = totals[name]
                if total[2] > budget:
                    continue
                extractors = systems[name]
                start = time.perf_counter()
                figures = sum(extractors[lang](text) for text, lang in block)
                total[2] += time.perf_counter() - start
                total[0] += sum(len(text) for text, _ in block)
                total[1] += figures
        for name, (chars, figures, seconds) in totals.items():
            if rep and (name not in best or chars / seconds > best[name][0] / best[name][2]):
                best[name] = (int(chars), int(figures), seconds)
    return best


def _startup() -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import throughput

    return {
        "import_ms": throughput.import_seconds() * 1000,
        "first_extract_ms": throughput.first_extract_seconds("en") * 1000,
        "import_and_first_extract_ms": throughput.cold_start_seconds("en") * 1000,
    }


def _table(results: list[dict[str, Any]], corpora: Sequence[str], systems: Sequence[str]) -> str:
    by = {(r["corpus"], r["system"]): r for r in results}
    lines = [
        "| corpus | chars | " + " | ".join(systems) + " | moneyfacts / Duckling |",
        "|---" * (len(systems) + 3) + "|",
    ]
    for name in corpora:
        cells = []
        for system in systems:
            r = by.get((name, system), {})
            cells.append(
                "-"
                if "chars_per_second" not in r
                else f"{r['chars_per_second']:,.0f} ({r['figures_per_second']:,.0f})"
            )
        mf, dk = by.get((name, "moneyfacts"), {}), by.get((name, "duckling"), {})
        ratio = (
            f"{mf['chars_per_second'] / dk['chars_per_second']:.2f}"
            if "chars_per_second" in mf and "chars_per_second" in dk
            else "-"
        )
        chars = next((r["chars"] for r in results if r["corpus"] == name and "chars" in r), 0)
        lines.append(f"| {name} | {chars:,} | " + " | ".join(cells) + f" | {ratio} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=SYSTEMS)
    parser.add_argument("--corpora", nargs="+", default=["dense", "seed", *(f"dense_{x}" for x in LANGUAGES)])
    parser.add_argument("--min-chars", type=int, default=300_000, help="size each corpus is repeated to")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the fastest is kept")
    parser.add_argument("--budget", type=float, default=5.0, help="seconds after which a slow pass stops")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    systems, info = load_systems(args.systems)
    results = []
    for name in args.corpora:
        paragraphs = corpus(name, args.min_chars)
        for system, (chars, figures, seconds) in measure(
            paragraphs, systems, args.repeat, args.budget
        ).items():
            results.append(
                {
                    "system": system,
                    "corpus": name,
                    "chars": chars,
                    "figures": figures,
                    "seconds": seconds,
                    "chars_per_second": chars / seconds,
                    "figures_per_second": figures / seconds,
                }
            )
        if not args.json:
            print(f"{name}: done", file=sys.stderr, flush=True)
    startup = _startup() if "moneyfacts" in args.systems else {}
    load = os.getloadavg()[0]
    if args.json:
        print(json.dumps({"results": results, "systems": info, "load_average": load, **startup}, indent=2))
        return 0
    print(_table(results, args.corpora, args.systems))
    print()
    for system, facts in info.items():
        shown = (
            facts.get("missing") or f"set-up {facts['setup_seconds']:.2f} s, +{facts['rss_mb']:.0f} MB RSS"
        )
        print(f"{system}: {shown}")
    for key, value in startup.items():
        print(f"{key}: {value:.1f}")
    print(f"load average: {load:.2f} on {os.cpu_count()} CPUs; peak RSS of the run {_rss_peak():.0f} MB")
    return 0


def _rss_peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())
