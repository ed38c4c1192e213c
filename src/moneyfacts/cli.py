"""The ``moneyfacts`` command: extract the figures of files or parse one string.

>>> main(["parse", "--help"]) == 0  # doctest: +ELLIPSIS
usage: moneyfacts parse ...
True
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, NoReturn, TextIO

import moneyfacts
from moneyfacts._stream import InputDecodeError, paragraphs
from moneyfacts.errors import NoRateError, ParseError, UnknownLocaleError
from moneyfacts.fx import Converter
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
TABLE_BLOCK = 1000  # rows a table holds before it prints them as one aligned block
PROGRESS_BYTES = 8 << 20  # inputs at least this large get a progress bar on a terminal
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")


class _UsageError(Exception):
    """A bad option value found after argument parsing: exit status 2."""


class _ReadError(Exception):
    """An input that cannot be read: one line on stderr, exit status 1, the next file still read."""


@dataclass(frozen=True, slots=True)
class _Row:
    """One fact to print, with the file it came from (``None`` for stdin or a parsed string)
    and the offset of its paragraph in that file."""

    file: str | None
    fact: Fact
    offset: int = 0


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


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name!r}") from None


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
    group.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="NAME",
        help="encoding of the output (default: utf-8, whatever the terminal's); characters it "
        "cannot encode are written as escapes",
    )
    group.add_argument(
        "--convert-to",
        metavar="CODE",
        help="also give each money figure in this currency, at the ECB reference rate of "
        "--reference-date, else the latest (needs moneyfacts[fx])",
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
        description="Print every figure in each file (UTF-8), paragraph by paragraph as it is read; "
        "standard input when no FILE is given or FILE is '-'.",
    )
    extract.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files ('-' for standard input)")
    extract.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in Kind],
        help="print only figures of this kind (repeatable; default: all)",
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar, even on a terminal")
    parse = commands.add_parser(
        "parse",
        parents=[common],
        help="the one money figure a short string states",
        description="Print the one money figure TEXT states; exit status 1 when it states none.",
    )
    parse.add_argument(
        "text", nargs="+", metavar="TEXT", help="the string (several words are joined by spaces)"
    )
    commands.add_parser(
        "schema",
        help="print the JSON Schema of the JSON Lines output",
        description="Print the JSON Schema (draft 2020-12) that each line of --format jsonl follows.",
    )
    return parser


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


def _write_table(
    rows: Sequence[_Row], out: TextIO, with_file: bool, convert: Converter | None = None
) -> None:
    header = (["file"] if with_file else []) + list(TABLE_COLUMNS) + (["converted"] if convert else [])
    body = [([row.file or "-"] if with_file else []) + _table_cells(row) for row in rows]
    if convert is not None:
        body = [[*cells, _converted_cell(row.fact, convert)] for cells, row in zip(body, rows, strict=True)]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    for line in [header, ["-" * w for w in widths], *body]:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() + "\n")


def _fact_dict(row: _Row) -> dict[str, Any]:
    data: dict[str, Any] = dict(row.fact.to_dict())
    if row.offset:
        data["start"] += row.offset
        data["end"] += row.offset
    return data


def _jsonl_line(row: _Row, ensure_ascii: bool, convert: Converter | None = None) -> str:
    data: dict[str, Any] = {"file": row.file} if row.file is not None else {}
    data.update(_fact_dict(row))
    if convert is not None:
        done = convert(row.fact)
        data["converted"] = done.to_dict() if done is not None else None
    return json.dumps(data, ensure_ascii=ensure_ascii) + "\n"


def _converted_cell(fact: Fact, convert: Converter) -> str:
    done = convert(fact)
    if done is None:
        return ""
    return f"{done.rate.quote} {_amount_cell(done.result)}"


def _csv_cells(row: _Row) -> list[str]:
    data = _fact_dict(row)
    data["text"] = _one_line(row.fact.text)
    data["equivalents"] = _equivalents_cell(row.fact)
    data["period"] = _period_cell(row.fact)
    return ["" if data[c] is None else str(data[c]) for c in CSV_COLUMNS]


class _Printer:
    """Writes rows as they come (jsonl, csv) or in aligned blocks of at most TABLE_BLOCK rows (table)."""

    def __init__(
        self,
        fmt: str,
        out: TextIO,
        with_file: bool,
        ensure_ascii: bool = False,
        convert: Converter | None = None,
    ) -> None:
        self.fmt = fmt
        self.convert = convert
        self.out = out
        self.with_file = with_file
        self.ensure_ascii = ensure_ascii
        self.rows: list[_Row] = []
        self.blocks = 0
        self.csv = csv.writer(out, lineterminator="\n")
        self.header_written = False

    def _header(self) -> None:
        if self.fmt == "csv" and not self.header_written:
            extra = ["converted"] if self.convert else []
            self.csv.writerow((["file"] if self.with_file else []) + list(CSV_COLUMNS) + extra)
        self.header_written = True

    def _table(self) -> None:
        if self.blocks:
            self.out.write("\n")
        _write_table(self.rows, self.out, self.with_file, self.convert)
        self.rows.clear()
        self.blocks += 1

    def add(self, rows: Iterable[_Row]) -> None:
        """Write ``rows`` (the facts of one paragraph) and flush them, except in a table's open block."""
        self._header()
        for row in rows:
            if self.fmt == "jsonl":
                self.out.write(_jsonl_line(row, self.ensure_ascii, self.convert))
            elif self.fmt == "csv":
                extra = [_converted_cell(row.fact, self.convert)] if self.convert else []
                self.csv.writerow(([row.file or "-"] if self.with_file else []) + _csv_cells(row) + extra)
            else:
                self.rows.append(row)
        if len(self.rows) >= TABLE_BLOCK:
            self._table()
        self.out.flush()

    def close(self) -> None:
        self._header()
        if self.fmt == "table" and (self.rows or not self.blocks):
            self._table()
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


def _open(name: str) -> tuple[BinaryIO, bool]:
    """The bytes of FILE or of standard input ('-'), and whether they are ours to close."""
    if name != "-":
        try:
            return open(name, "rb"), True
        except OSError as err:
            raise _ReadError(f"cannot read {name!r}: {err.strerror or err}") from None
    stdin: IO[Any] | None = sys.stdin
    if stdin is None:
        raise _ReadError("cannot read standard input: it is closed")
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes under it
        return io.BytesIO(stdin.read().encode("utf-8", "surrogatepass")), True
    return buffer, False


def _read_paragraphs(
    stream: BinaryIO, name: str, on_bytes: Callable[[int], object] | None
) -> Iterator[tuple[int, str]]:
    shown = "standard input" if name == "-" else repr(name)
    try:
        yield from paragraphs(stream, on_bytes)
    except InputDecodeError as err:
        raise _ReadError(f"{shown} is not UTF-8 text (byte {err.position}: {err.reason})") from None
    except OSError as err:
        raise _ReadError(f"cannot read {shown}: {err.strerror or err}") from None


def _input_bytes(names: Sequence[str]) -> int:
    """The size of the inputs that are regular files (a pipe counts for nothing)."""
    total = 0
    for name in names:
        try:
            info = os.fstat(sys.stdin.fileno()) if name == "-" else os.stat(name)
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            continue
        total += info.st_size if stat.S_ISREG(info.st_mode) else 0
    return total


_Bar = tuple[Callable[[int], object] | None, Callable[[], object] | None]


def _progress(args: argparse.Namespace, names: Sequence[str]) -> _Bar:
    """A progress bar on stderr for a large input read at a terminal: how to advance it, how to close it."""
    try:
        wanted = not args.quiet and sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):
        wanted = False
    total = _input_bytes(names) if wanted else 0
    return _bar(total) if total >= PROGRESS_BYTES else (None, None)


def _bar(total: int) -> _Bar:
    """A bar of ``total`` bytes drawn by tqdm or rich, whichever is installed (none without them)."""
    import importlib

    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        pass
    else:
        bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, leave=False, file=sys.stderr)
        return bar.update, bar.close
    try:
        rich = importlib.import_module("rich.progress")
        console = importlib.import_module("rich.console").Console(stderr=True)
    except ImportError:
        return None, None
    progress = rich.Progress(transient=True, console=console)
    task = progress.add_task(PROG, total=total)
    progress.start()
    return (lambda n: progress.advance(task, n)), progress.stop


def _run_extract(args: argparse.Namespace, printer: _Printer) -> int:
    options = _options(args)
    _check_options(options)
    kinds = args.kind or None
    names: list[str] = args.files or ["-"]
    status = 0
    on_bytes, close_bar = _progress(args, names)
    try:
        for name in names:
            file = name if args.files and name != "-" else None
            try:
                stream, owned = _open(name)
                try:
                    for offset, text in _read_paragraphs(stream, name, on_bytes):
                        facts = moneyfacts.extract(text, kinds=kinds, **options)
                        printer.add(_Row(file, fact, offset) for fact in facts)
                finally:
                    if owned:
                        stream.close()
            except _ReadError as err:
                _error(str(err))
                status = 1
    finally:
        if close_bar is not None:
            close_bar()
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


def _converter(args: argparse.Namespace) -> Converter | None:
    """The converter of ``--convert-to``; :class:`_UsageError` for a currency without ECB rates."""
    if args.convert_to is None:
        return None
    try:
        return Converter(args.convert_to, on=args.reference_date)
    except NoRateError as err:
        raise _UsageError(f"--convert-to: {err}") from None


def _error(message: str) -> None:
    try:
        sys.stderr.write(f"{PROG}: error: {message}\n")
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):  # stderr closed too: the status must say it
        pass


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _output(encoding: str) -> tuple[TextIO, bool]:
    """Standard output as text in ``encoding`` (not the locale's), and whether the wrapper is ours."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream without bytes under it
        return sys.stdout, False
    sys.stdout.flush()
    return io.TextIOWrapper(buffer, encoding=encoding, errors="backslashreplace", newline="\n"), True


def _let_go(out: TextIO) -> None:
    """Detach our wrapper from standard output's bytes, which stay open for the caller."""
    try:
        if isinstance(out, io.TextIOWrapper):
            out.detach()
    except (OSError, ValueError):
        _silence_stdout()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if sys.stdout is None:
        _error("cannot write the output: standard output is closed")
        return 1
    if args.command == "schema":
        from moneyfacts.jsontypes import schema_text

        sys.stdout.write(schema_text())
        return 0
    out, owned = _output(args.encoding)
    fmt: str = args.format or _default_format(out)
    with_file = args.command == "extract" and bool(args.files)
    try:
        convert = _converter(args)
        printer = _Printer(
            fmt, out, with_file, ensure_ascii=not args.encoding.startswith("utf"), convert=convert
        )
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
    except OSError as err:
        _silence_stdout()
        _error(f"cannot write the output: {err.strerror or err}")
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        if owned:
            _let_go(out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
