"""The ``moneyfacts`` command: extract the figures of files or parse one string.

>>> main(["parse", "--help"]) == 0  # doctest: +ELLIPSIS
usage: moneyfacts parse ...
True
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, TextIO

import moneyfacts
from moneyfacts.errors import ParseError, UnknownLocaleError
from moneyfacts.model import Fact, Kind, Money

__all__ = ["main"]

PROG = "moneyfacts"
FORMATS = ("table", "jsonl", "csv")
TABLE_COLUMNS = ("text", "amount", "currency", "qualifier", "equivalents", "per", "period")
CSV_COLUMNS = (
    "text",
    "start",
    "end",
    "kind",
    "amount",
    "currency",
    "qualifier",
    "low",
    "high",
    "equivalents",
    "per",
    "period",
    "currency_source",
)
_TEXT_WIDTH = 48
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")


class _UsageError(Exception):
    """A bad option value found after argument parsing: exit status 2."""


@dataclass(frozen=True, slots=True)
class _Row:
    """One fact to print, with the file it came from (``None`` for stdin or a parsed string)."""

    file: str | None
    fact: Fact


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def _reference_date(text: str) -> dt.date:
    match = _DATE.fullmatch(text)
    try:
        if not match:
            raise ValueError(text)
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _month_day(text: str) -> tuple[int, int]:
    match = _MONTH_DAY.fullmatch(text)
    try:
        if not match:
            raise ValueError(text)
        month, day = (int(g) for g in match.groups())
        dt.date(2000, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a MM-DD month and day: {text!r}") from None
    return month, day


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    group = common.add_argument_group("options")
    group.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: table on a terminal, jsonl otherwise)",
    )
    group.add_argument(
        "--locale", default="en", help="CLDR locale of the text, e.g. en, en_IN, de_DE (default: en)"
    )
    group.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="the date relative periods such as 'next year' resolve against",
    )
    group.add_argument(
        "--default-currency",
        metavar="CODE",
        help="ISO 4217 code that settles a bare mark such as '$'",
    )
    group.add_argument(
        "--fiscal-year-start",
        type=_month_day,
        metavar="MM-DD",
        help="the month and day a fiscal year begins",
    )

    parser = _Parser(
        prog=PROG,
        description="Turn the financial figures in text into exact, structured data.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {moneyfacts.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    extract = commands.add_parser(
        "extract",
        parents=[common],
        help="every figure in files or standard input",
        description="Print every figure in each file (UTF-8, one text per file); standard input when no "
        "FILE is given or FILE is '-'.",
    )
    extract.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files ('-' for standard input)")
    extract.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in Kind],
        help="print only figures of this kind (repeatable; default: all)",
    )
    parse = commands.add_parser(
        "parse",
        parents=[common],
        help="the one money figure a short string states",
        description="Print the one money figure TEXT states; exit status 1 when it states none.",
    )
    parse.add_argument(
        "text", nargs="+", metavar="TEXT", help="the string (several words are joined by spaces)"
    )
    return parser


def _read_stdin() -> str:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data.decode("utf-8")
    return sys.stdin.read()


def _read(name: str) -> str:
    if name == "-":
        return _read_stdin()
    with open(name, "rb") as handle:
        return handle.read().decode("utf-8")


def _plain(money: Money | None) -> str:
    return money.to_dict()["amount"] if money is not None else ""


def _amount_cell(fact: Fact) -> str:
    if fact.amount is not None:
        return _plain(fact.amount)
    if fact.low is not None or fact.high is not None:
        return f"{_plain(fact.low)}..{_plain(fact.high)}"
    return ""


def _equivalents_cell(fact: Fact) -> str:
    return "; ".join(str(eq) for eq in fact.equivalents)


def _period_cell(fact: Fact) -> str:
    return fact.period.iso() if fact.period is not None else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, width: int) -> str:
    text = _one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _table_cells(row: _Row) -> list[str]:
    fact = row.fact
    qualifier = fact.qualifier.value if fact.qualifier is not None else ""
    return [
        _shorten(fact.text, _TEXT_WIDTH),
        _amount_cell(fact) + ("%" if fact.kind is Kind.PERCENT else ""),
        fact.currency or "",
        qualifier,
        _equivalents_cell(fact),
        fact.per or "",
        _period_cell(fact),
    ]


def _write_table(rows: Sequence[_Row], out: TextIO) -> None:
    with_file = any(row.file is not None for row in rows)
    header = (["file"] if with_file else []) + list(TABLE_COLUMNS)
    body = [([row.file or "-"] if with_file else []) + _table_cells(row) for row in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    for line in [header, ["-" * w for w in widths], *body]:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() + "\n")


def _jsonl_line(row: _Row) -> str:
    data: dict[str, Any] = {"file": row.file} if row.file is not None else {}
    data.update(row.fact.to_dict())
    return json.dumps(data, ensure_ascii=False) + "\n"


def _csv_cells(row: _Row) -> list[str]:
    data: dict[str, Any] = dict(row.fact.to_dict())
    data["text"] = _one_line(row.fact.text)
    data["equivalents"] = _equivalents_cell(row.fact)
    data["period"] = _period_cell(row.fact)
    return ["" if data[c] is None else str(data[c]) for c in CSV_COLUMNS]


class _Printer:
    """Writes rows as they come (jsonl, csv) or all at the end (table)."""

    def __init__(self, fmt: str, out: TextIO, with_file: bool) -> None:
        self.fmt = fmt
        self.out = out
        self.with_file = with_file
        self.rows: list[_Row] = []
        self.csv = csv.writer(out, lineterminator="\n")
        if fmt == "csv":
            self.csv.writerow((["file"] if with_file else []) + list(CSV_COLUMNS))

    def add(self, rows: Iterable[_Row]) -> None:
        for row in rows:
            if self.fmt == "jsonl":
                self.out.write(_jsonl_line(row))
            elif self.fmt == "csv":
                self.csv.writerow(([row.file or "-"] if self.with_file else []) + _csv_cells(row))
            else:
                self.rows.append(row)
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "table":
            _write_table(self.rows, self.out)
        self.out.flush()


def _default_format(out: TextIO) -> str:
    try:
        return "table" if out.isatty() else "jsonl"
    except (AttributeError, ValueError):
        return "jsonl"


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "locale": args.locale,
        "reference_date": args.reference_date,
        "default_currency": args.default_currency,
        "fiscal_year_start": args.fiscal_year_start,
    }


def _check_options(options: dict[str, Any]) -> None:
    """Raise :class:`_UsageError` for an unknown locale or currency before any text is read."""
    try:
        moneyfacts.extract("", **options)
    except (UnknownLocaleError, ValueError, TypeError) as err:
        raise _UsageError(str(err)) from None


def _run_extract(args: argparse.Namespace, printer: _Printer) -> int:
    options = _options(args)
    _check_options(options)
    kinds = args.kind or None
    names: list[str] = args.files or ["-"]
    status = 0
    for name in names:
        try:
            text = _read(name)
        except UnicodeDecodeError as err:
            shown = "standard input" if name == "-" else repr(name)
            _error(f"{shown} is not UTF-8 text (byte {err.start}: {err.reason})")
            status = 1
            continue
        except OSError as err:
            _error(f"cannot read {name!r}: {err.strerror or err}")
            status = 1
            continue
        facts = moneyfacts.extract(text, kinds=kinds, **options)
        file = name if args.files and name != "-" else None
        printer.add(_Row(file, fact) for fact in facts)
    return status


def _run_parse(args: argparse.Namespace, printer: _Printer) -> int:
    options = _options(args)
    _check_options(options)
    text = " ".join(args.text)
    try:
        fact = moneyfacts.parse(text, **options)
    except ParseError as err:
        _error(str(err))
        return 1
    printer.add([_Row(None, fact)])
    return 0


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    sys.stderr.flush()


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    out = sys.stdout
    fmt: str = args.format or _default_format(out)
    with_file = args.command == "extract" and bool(args.files)
    try:
        printer = _Printer(fmt, out, with_file)
        run = _run_extract if args.command == "extract" else _run_parse
        status = run(args, printer)
        printer.close()
        return status
    except _UsageError as err:
        _error(str(err))
        return 2
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
