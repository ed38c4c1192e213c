"""Time and peak memory of ``extract`` on hostile inputs, each measured in a fresh process.

    python tools/reliability.py 100000 1000000 4000000

prints the Markdown table of ``docs/reliability.md``: for each pattern and size, the processor
seconds of one ``extract`` call (after loading the tables; processor time, so that a busy machine
does not inflate it) and the peak resident memory of the whole process; then the peak memory
when the facts are taken one at a time from ``iter_extract`` instead.
"""

from __future__ import annotations

import json
import subprocess
import sys

PATTERNS = {
    "dollar signs": ("$", "en"),
    "us dollar marks": ("US$", "en"),
    "cjk numerals": ("三千五百", "zh"),
    "chained ranges": ("$1-", "en"),
    "digits": ("8203917465", "en"),
    "one comma": ("1,", "en"),
    "open parentheses": ("((((", "en"),
    "scale words": ("billion ", "en"),
    "digits and spaces": ("1 ", "en"),
    "decimal points": ("1.", "en"),
    "currency codes": ("USD EUR 5 ", "en"),
    "newlines": ("$5\n", "en"),
    "prices in sentences": ("It cost $5. ", "en"),
    "one long word": ("a", "en"),
    "hiragana numerals": ("さんびゃくまん", "ja"),
}

_CHILD = """
import json, sys, time
import moneyfacts
unit, locale, size, stream = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "stream"
moneyfacts.extract("It cost $5 (三千五百万元).", locale=locale)
text = (unit * (size // len(unit) + 1))[:size]
began = time.process_time()
if stream:
    count = sum(1 for _ in moneyfacts.iter_extract(text, locale=locale))
else:
    count = len(moneyfacts.extract(text, locale=locale))
print(json.dumps({"seconds": time.process_time() - began, "facts": count}))
"""


_WRAP = """
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", *sys.argv[1:]], capture_output=True, text=True, check=True)
result = json.loads(done.stdout)
result["peak"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps(result))
"""


def measure(unit: str, locale: str, size: int, stream: bool = False) -> tuple[float, int, float]:
    """Seconds, facts found and peak RSS in MB of one ``extract`` (or ``iter_extract``) call in a
    fresh process.

    A fresh process per measurement reads its one child's peak (``RUSAGE_CHILDREN``), which no
    earlier measurement can raise.
    """
    done = subprocess.run(
        [sys.executable, "-c", _WRAP, _CHILD, unit, locale, str(size), "stream" if stream else "list"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    return result["seconds"], result["facts"], result["peak"] / 1024


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [100_000, 1_000_000, 4_000_000]
    head = " | ".join(f"{s // 1000:,} kB" for s in sizes)
    print(f"| pattern (unit repeated, locale) | {head} | iter_extract, {sizes[-1] // 1000:,} kB |")
    print("| --- |" + " --- |" * (len(sizes) + 1))
    for name, (unit, locale) in PATTERNS.items():
        cells = []
        for size in sizes:
            seconds, facts, peak = measure(unit, locale, size)
            cells.append(f"{seconds:.2f} s, {peak:.0f} MB, {facts:,} facts")
        seconds, facts, peak = measure(unit, locale, sizes[-1], stream=True)
        cells.append(f"{seconds:.2f} s, {peak:.0f} MB")
        print(f"| {name} (`{unit.strip() or repr(unit)}` {locale}) | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
