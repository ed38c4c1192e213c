"""A seeded, reproducible fuzz campaign over ``moneyfacts.extract``.

Each input is drawn from its own generator, seeded by ``(seed, index)``, so any input can be
rebuilt from its index alone and the campaign splits over processes without changing. For each
input the campaign checks what ``extract`` promises for every ``str``:

* it returns without an exception, within a time bound;
* every span points into the text (``text[start:end] == fact.text``);
* facts come in text order, never two with the same span;
* the same facts when ASCII spaces become no-break spaces;
* amounts are finite ``Decimal``, currencies three-letter codes;
* ``Fact.from_dict(f.to_dict()) == f`` and the dict is JSON-serialisable;
* the same output under three different caller decimal contexts.

A failing input is minimised (chunks removed while the same check still fails) and printed as a
JSON line; ``--save FILE`` appends them, to be pinned as regression cases.

    python tools/fuzz.py --count 30000 --seed 1 --processes 2
"""

from __future__ import annotations

import argparse
import dataclasses
import decimal
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing import Pool

import moneyfacts
from moneyfacts import Fact

LOCALES = (
    "en", "en_IN", "en_GB", "de_DE", "fr", "es", "pt_BR", "it", "nl", "ru", "zh", "ja", "ko",
    "ar", "he", "hi", "tr", "sv", "pl", "und",
)  # fmt: skip

DIGITS = "0123456789"
OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९０１２３４５６７８９𝟎𝟏𝟐"
SEPARATORS = [",", ".", " ", "\u00a0", "\u202f", "'", "’", "٬", "٫", "_"]
SIGNS = ["-", "+", "−", "–", "—", "~", "±", "≈"]
SYMBOLS = [*"$€£¥₹₩₽₺₪₫฿₦₴₱¢﷼", "US$", "C$", "A$", "HK$", "R$", "kr", "zł", "Fr.", "￥", "＄", "\\"]
CODES = ["USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "SEK", "BRL", "KWD", "XAU", "XYZ", "usd", "RMB"]
SCALES = [
    "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "K", "M", "B", "tn", "lakh",
    "crore", "Mio.", "Mrd.", "milliard", "millones", "mil", "миллиардов", "млн", "万", "亿", "億", "兆",
    "千", "百", "십억", "만", "مليون", "מיליון", "करोड़", "milyar",
]  # fmt: skip
WORDS = [
    "one", "two", "three", "twenty", "hundred", "a", "half", "third", "and", "point", "dollars",
    "euros", "pounds", "cents", "yuan", "rupees", "eins", "zwei", "Euro", "dreiundzwanzig", "vingt",
    "et", "un", "cent", "dos", "y", "media", "cinco", "e", "trinta", "reais", "три", "рубля", "三",
    "千", "五", "百", "元", "块", "毛", "円", "さん", "びゃく", "ドル", "오", "천", "원", "خمسة", "و",
    "دولار", "שקל", "וחצי", "पांच", "रुपये", "beş", "lira", "kronor", "złotych", "per", "share",
    "a year", "a month", "in 2025", "next year", "fiscal", "Q3", "from", "to", "between", "about",
    "more than", "up to", "nearly", "over", "under", "each", "per cent", "percent", "%", "‰",
    "basis points", "pts", "up", "down", "rose", "fell", "by", "years old", "page", "people",
]  # fmt: skip
BRACKETS = ["(", ")", "[", "]", "（", "）", "{", "}", "«", "»", '"', "“", "”"]
RANGES = ["-", "–", "—", " to ", "~", "〜", "～", " - ", "/", " or ", " and "]
MARKS = ["\u200f", "\u200e", "\u202e", "\u2066", "\u2069", "\u061c", "\u0301", "\u0308", "\u093c", "\u064b"]
CONTROLS = [
    "\x00",
    "\x07",
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\ufeff",
    "\u200b",
]
PUNCT = [" ", " ", " ", ", ", ". ", "; ", ": ", "! ", "? ", "\n", "'s ", "/", "*", "#", "@", "&"]

CONTEXTS = (
    decimal.Context(prec=6),
    decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR, traps=[decimal.Inexact, decimal.Rounded]),
    decimal.Context(prec=50, rounding=decimal.ROUND_UP, Emax=9, Emin=-9, traps=[decimal.Overflow]),
)
TIME_BOUND = 2.0
"""Seconds an input may take, all checks together (inputs are at most a few thousand characters)."""
_CODE = re.compile(r"[A-Z]{3}")
_WORD_SPACE = re.compile(r"(?<!\d) | (?!\d)")
"""An ASCII space not between two digits: between digits any space may group ("1 000")."""


def _number(rng: random.Random) -> str:
    digits = OTHER_DIGITS if rng.random() < 0.1 else DIGITS
    parts = ["".join(rng.choice(digits) for _ in range(rng.choice((1, 1, 2, 3, 3, 4, 6))))]
    for _ in range(rng.choice((0, 0, 1, 1, 2, 4))):
        parts.append(rng.choice(SEPARATORS))
        parts.append("".join(rng.choice(digits) for _ in range(rng.choice((1, 2, 3, 3)))))
    return "".join(parts)


_PIECES: tuple[tuple[float, Callable[[random.Random], str]], ...] = (
    (6.0, _number),
    (2.0, lambda r: r.choice(SYMBOLS)),
    (1.5, lambda r: r.choice(CODES)),
    (2.0, lambda r: r.choice(SCALES)),
    (3.0, lambda r: r.choice(WORDS)),
    (5.0, lambda r: r.choice(PUNCT)),
    (0.7, lambda r: r.choice(SIGNS)),
    (0.7, lambda r: r.choice(BRACKETS)),
    (0.7, lambda r: r.choice(RANGES)),
    (0.4, lambda r: r.choice(MARKS)),
    (0.3, lambda r: r.choice(CONTROLS)),
    (0.02, lambda r: r.choice("9a$,1 万") * r.randint(500, 3000)),  # a very long token
)
_WEIGHTS = [w for w, _ in _PIECES]


def generate(seed: int, index: int) -> tuple[str, str]:
    """Input ``index`` of campaign ``seed``: its text and locale."""
    rng = random.Random(f"{seed}:{index}")
    pieces = rng.choices([make for _, make in _PIECES], weights=_WEIGHTS, k=rng.randint(1, 24))
    return "".join(make(rng) for make in pieces), rng.choice(LOCALES)


def _key(fact: Fact) -> tuple[object, ...]:
    """A fact without its surface text, which changes when spaces do."""
    return tuple(
        v for f, v in ((f.name, getattr(fact, f.name)) for f in dataclasses.fields(fact)) if f != "text"
    )


def check(text: str, locale: str) -> tuple[str, str] | None:
    """The first broken promise for this input, as (check, detail), or ``None``."""
    began = time.process_time()  # processor time: a loaded machine does not make an input slow
    try:
        facts = moneyfacts.extract(text, locale=locale)
    except Exception as err:  # the campaign reports any exception: this is what it looks for
        return "exception", f"{type(err).__name__}: {err}"
    seen: set[tuple[int, int]] = set()
    last = (-1, -1)
    for fact in facts:
        span = (fact.start, fact.end)
        if not 0 <= fact.start <= fact.end <= len(text) or text[fact.start : fact.end] != fact.text:
            return "wrong span", repr(fact)
        if span < last:
            return "out of order", f"{span} after {last}"
        if span in seen:
            return "twice", f"{span}"
        seen.add(span)
        last = span
        problem = _check_fact(fact)
        if problem:
            return problem
    try:
        for ctx in CONTEXTS:
            with decimal.localcontext(ctx):
                if moneyfacts.extract(text, locale=locale) != facts:
                    return "context-dependent", repr(ctx)
        nbsp = _WORD_SPACE.sub("\u00a0", text)
        if nbsp != text:
            spaced = moneyfacts.extract(nbsp, locale=locale)
            if [_key(f) for f in spaced] != [_key(f) for f in facts]:
                return "no-break spaces", f"{len(spaced)} facts, not {len(facts)}"
    except Exception as err:  # as above
        return "exception", f"{type(err).__name__}: {err}"
    if time.process_time() - began > TIME_BOUND:
        return "slow", f"{time.process_time() - began:.2f} s of processor time"
    return None


def _check_fact(fact: Fact) -> tuple[str, str] | None:
    for money in (fact.amount, fact.low, fact.high, *fact.equivalents):
        if money is None:
            continue
        if not isinstance(money.amount, decimal.Decimal) or not money.amount.is_finite():
            return "amount", repr(money)
        if money.currency is not None and not _CODE.fullmatch(money.currency):
            return "currency", repr(money)
    try:
        data = fact.to_dict()
        json.dumps(data)
        if Fact.from_dict(data) != fact:
            return "round trip", repr(fact)
    except Exception as err:  # as above
        return "round trip", f"{type(err).__name__}: {err}"
    return None


def minimise(text: str, locale: str, kind: str) -> str:
    """A shorter text that fails the same check (chunks, then single characters, removed)."""
    size = max(1, len(text) // 2)
    while size >= 1:
        i = 0
        while i < len(text):
            shorter = text[:i] + text[i + size :]
            found = check(shorter, locale) if shorter else None
            if found is not None and found[0] == kind:
                text = shorter
            else:
                i += size
        size //= 2
    return text


@dataclasses.dataclass
class Tally:
    inputs: int = 0
    failures: list[dict[str, object]] = dataclasses.field(default_factory=list)
    slowest: float = 0.0
    slowest_index: int = -1


_WARM: list[bool] = []


def _warm() -> None:
    """Build every locale's tables first, so the time bound measures reading, not loading."""
    if _WARM:
        return
    _WARM.append(True)
    for locale in LOCALES:
        moneyfacts.extract("It cost $5.25 (€4) and 3% in 2025. 三千五百万元", locale=locale)


def _run(job: tuple[int, int, int]) -> Tally:
    seed, first, last = job
    _warm()
    tally = Tally()
    for index in range(first, last):
        text, locale = generate(seed, index)
        began = time.process_time()
        found = check(text, locale)
        took = time.process_time() - began
        tally.inputs += 1
        if took > tally.slowest:
            tally.slowest, tally.slowest_index = took, index
        if found is not None:
            kind, detail = found
            small = minimise(text, locale, kind) if kind != "slow" else text
            tally.failures.append(
                {"index": index, "check": kind, "detail": detail, "locale": locale, "text": small}
            )
    return tally


def _jobs(seed: int, count: int, size: int) -> Iterator[tuple[int, int, int]]:
    for first in range(0, count, size):
        yield seed, first, min(count, first + size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="number of inputs (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="campaign seed (default 1)")
    parser.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--save", help="append each minimised failing input to this JSON Lines file")
    parser.add_argument(
        "--show", type=int, metavar="INDEX", help="print input INDEX of the campaign and exit"
    )
    args = parser.parse_args(argv)
    if args.show is not None:
        print(json.dumps(dict(zip(("text", "locale"), generate(args.seed, args.show), strict=True))))
        return 0
    began = time.perf_counter()
    total = Tally()
    jobs = _jobs(args.seed, args.count, 500)
    if args.processes > 1:
        with Pool(args.processes) as pool:
            results: Iterator[Tally] = pool.imap_unordered(_run, jobs)
            _gather(total, results, args.save)
    else:
        _gather(total, map(_run, jobs), args.save)
    by_check: dict[str, int] = {}
    for failure in total.failures:
        by_check[str(failure["check"])] = by_check.get(str(failure["check"]), 0) + 1
    print(
        f"inputs {total.inputs}, failures {len(total.failures)} {by_check or ''}, "
        f"slowest input {total.slowest_index} ({total.slowest:.3f} s), "
        f"wall time {time.perf_counter() - began:.0f} s"
    )
    return 1 if total.failures else 0


def _gather(total: Tally, results: Iterator[Tally], save: str | None) -> None:
    for tally in results:
        total.inputs += tally.inputs
        if tally.slowest > total.slowest:
            total.slowest, total.slowest_index = tally.slowest, tally.slowest_index
        for failure in tally.failures:
            line = json.dumps(failure, ensure_ascii=False)
            print(line, flush=True)
            if save:
                with open(save, "a", encoding="utf-8") as out:
                    out.write(line + "\n")
        total.failures.extend(tally.failures)


if __name__ == "__main__":
    sys.exit(main())
