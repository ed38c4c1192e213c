"""moneyfacts and its peers side by side: chars/s and figures/s per corpus, in one run.

Usage::

    pip install -e ".[bench]"        # the peers: Duckling, quantulum3, Recognizers-Text, price-parser
    python bench/compare.py                          # every corpus, every installed system
    python bench/compare.py --systems moneyfacts duckling --corpora dense_en seed --json

Corpora: ``seed`` is the seed article (``seeds/*.txt``), one call per line; ``dense_XX`` are the
sentences of ``bench/corpus/dense_XX.txt`` (news: results, prices, budgets), one call per
blank-line-separated paragraph; ``dense`` is all of them together. Each corpus is repeated to at
least ``--min-chars`` characters. Every system runs in a fresh process of its own (so its peak
RSS is its own), over the same paragraphs, best of ``--repeat`` passes; a slow system stops a pass
after ``--budget`` seconds and is measured on the paragraphs it read. A system not installed, or
without the corpus's language, shows ``-``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
CORPUS = ROOT / "bench" / "corpus"
LANGUAGES = ("en", "de", "fr", "es", "zh", "ja")
SYSTEMS = ("moneyfacts", "duckling", "quantulum3", "recognizers", "price_parser")

Extractor = Callable[[str], int]  # one paragraph in, the number of figures out


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if (SRC / "moneyfacts" / "__init__.py").is_file():
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    return env


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


def _one_pass(
    paragraphs: Sequence[tuple[str, str]], extractors: dict[str, Extractor], budget: float
) -> tuple[int, int, float]:
    chars = figures = 0
    start = time.perf_counter()
    for text, lang in paragraphs:
        figures += extractors[lang](text)
        chars += len(text)
        if time.perf_counter() - start > budget:
            break
    return chars, figures, time.perf_counter() - start


def worker(system: str, name: str, min_chars: int, repeat: int, budget: float) -> dict[str, Any]:
    """Measure one system on one corpus in this process."""
    paragraphs = corpus(name, min_chars)
    start = time.perf_counter()
    try:
        extractors = {lang: FACTORIES[system](lang) for lang in sorted({lang for _, lang in paragraphs})}
    except (ImportError, LookupError) as err:
        return {"system": system, "corpus": name, "missing": f"{type(err).__name__}: {err}"}
    for lang, extract in extractors.items():  # warm up: tables, caches, the first call
        extract(next(text for text, lg in paragraphs if lg == lang))
    setup = time.perf_counter() - start
    best: tuple[int, int, float] | None = None
    for _ in range(repeat):
        result = _one_pass(paragraphs, extractors, budget)
        if best is None or result[0] / result[2] > best[0] / best[2]:
            best = result
    assert best is not None
    chars, figures, seconds = best
    return {
        "system": system,
        "corpus": name,
        "chars": chars,
        "figures": figures,
        "seconds": seconds,
        "chars_per_second": chars / seconds,
        "figures_per_second": figures / seconds,
        "setup_seconds": setup,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _spawn(system: str, name: str, args: argparse.Namespace) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--worker", system, "--corpora", name]
    argv += ["--min-chars", str(args.min_chars), "--repeat", str(args.repeat), "--budget", str(args.budget)]
    out = subprocess.run(argv, capture_output=True, text=True, env=_env(), check=False)
    if out.returncode != 0:
        return {
            "system": system,
            "corpus": name,
            "missing": (out.stderr.strip().splitlines() or ["failed"])[-1],
        }
    result: dict[str, Any] = json.loads(out.stdout)
    return result


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
    parser.add_argument("--min-chars", type=int, default=500_000, help="size each corpus is repeated to")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the fastest is kept")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds after which a pass stops")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.corpora[0], args.min_chars, args.repeat, args.budget)))
        return 0
    results = []
    for name in args.corpora:
        for system in args.systems:
            results.append(_spawn(system, name, args))
            if not args.json:
                r = results[-1]
                shown = r.get("missing") or (
                    f"{r['chars_per_second']:,.0f} chars/s, {r['figures_per_second']:,.0f} figures/s, "
                    f"peak RSS {r['peak_rss_mb']:.0f} MB"
                )
                print(f"{name:10} {system:13} {shown}", file=sys.stderr, flush=True)
    startup = _startup() if "moneyfacts" in args.systems else {}
    if args.json:
        print(json.dumps({"results": results, **startup}, indent=2))
        return 0
    print(_table(results, args.corpora, args.systems))
    for key, value in startup.items():
        print(f"{key}: {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
