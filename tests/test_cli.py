"""The command line, run in-process through ``main`` (and once as ``python -m moneyfacts``)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import moneyfacts
from moneyfacts import Currency, Duration, Fact, Money, Period, Qualifier
from moneyfacts.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "alibaba-ai-capex-2025-02-25.txt"
PRICE = "380 billion yuan (US$52.4 billion)"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def _error_line(err: str) -> str:
    """The one line a failing command prints on stderr."""
    lines = _lines(err)
    assert len(lines) == 1, err
    assert lines[0].startswith("moneyfacts: error: ")
    assert "Traceback" not in err
    return lines[0]


def _ferry(text: str) -> list[Fact]:
    """A stand-in for ``extract``: one fixed fact per text that mentions a ferry."""
    if "ferry" not in text:
        return []
    start = text.index("about")
    return [
        Fact(
            "about 2,500 kronor (€220) a month",
            start,
            start + 33,
            amount=Money(Decimal("2500"), "SEK"),
            qualifier=Qualifier.APPROX,
            equivalents=(Money(Decimal("220"), "EUR"),),
            period=Period(recurrence=Duration(months=1)),
            currency_source=Currency.STATED,
        )
    ]


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    def extract(text: str, **options: Any) -> list[Fact]:
        moneyfacts._api._options(  # the real option checks
            options.get("locale", "en"),
            options.get("reference_date"),
            options.get("default_currency"),
            options.get("fiscal_year_start"),
            options.get("kinds"),
        )
        return _ferry(text)

    monkeypatch.setattr(moneyfacts, "extract", extract)


@pytest.fixture
def ferry_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text("The night ferry costs about 2,500 kronor (€220) a month.\n", encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"moneyfacts {moneyfacts.__version__}\n"


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"], ["parse", "--help"]])
def test_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: moneyfacts")
    assert "--format" in out or "extract" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "required: COMMAND"),
        (["summarise"], "invalid choice"),
        (["parse"], "required: TEXT"),
        (["extract", "--format", "xml"], "invalid choice: 'xml'"),
        (["extract", "--reference-date", "2025-02-30"], "not a YYYY-MM-DD date"),
        (["extract", "--reference-date", "25/02/2025"], "not a YYYY-MM-DD date"),
        (["parse", "$5", "--fiscal-year-start", "13-01"], "not a MM-DD month and day"),
        (["extract", "--locale", "xx_QQ"], "unknown locale 'xx_QQ'"),
        (["parse", "$5", "--default-currency", "DOLLARS"], "not an ISO 4217 code"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"")
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert message in _error_line(captured.err)
    assert captured.out == ""


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.txt"
    assert main(["extract", str(missing), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert (
        _error_line(captured.err)
        == f"moneyfacts: error: cannot read {str(missing)!r}: No such file or directory"
    )
    assert captured.out == ""


def test_a_directory_is_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == 1
    assert "cannot read" in _error_line(capsys.readouterr().err)


def test_undecodable_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Prix: 12,50 francs à Genève".encode("latin-1"))
    assert main(["extract", str(path)]) == 1
    assert "is not UTF-8 text" in _error_line(capsys.readouterr().err)


def test_undecodable_stdin_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"\xff\xfe\x00$")
    assert main(["extract"]) == 1
    assert _error_line(capsys.readouterr().err) == (
        "moneyfacts: error: standard input is not UTF-8 text (byte 0: invalid start byte)"
    )


def test_parse_without_a_figure_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "no", "money", "here"]) == 1
    captured = capsys.readouterr()
    assert _error_line(captured.err) == "moneyfacts: error: the text holds no number: 'no money here'"
    assert captured.out == ""


@pytest.mark.usefixtures("fake_extract")
def test_jsonl_from_files_adds_the_file(ferry_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ferry_file), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert len(rows) == 1
    assert rows[0]["file"] == str(ferry_file)
    assert {k: rows[0][k] for k in ("amount", "currency", "qualifier", "equivalents")} == {
        "amount": "2500",
        "currency": "SEK",
        "qualifier": "approx",
        "equivalents": [{"amount": "220", "currency": "EUR"}],
    }
    assert rows[0]["period"]["recurrence"] == "P1M"
    assert (
        Fact.from_dict({k: v for k, v in rows[0].items() if k != "file"}) == _ferry(ferry_file.read_text())[0]
    )


@pytest.mark.usefixtures("fake_extract")
def test_a_missing_file_does_not_stop_the_others(
    ferry_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "gone.txt"), str(ferry_file), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "gone.txt" in _error_line(captured.err)
    assert [json.loads(line)["file"] for line in _lines(captured.out)] == [str(ferry_file)]


@pytest.mark.usefixtures("fake_extract")
@pytest.mark.parametrize("argv", [["extract"], ["extract", "-"]])
def test_stdin_is_read_when_no_file_is_given(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "A ferry ticket: about 2,500 kronor (€220) a month".encode())
    assert main(argv) == 0  # not a terminal, so JSON Lines
    rows = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert [(row["amount"], row["currency"], row["start"]) for row in rows] == [("2500", "SEK", 16)]
    assert "file" not in rows[0]


@pytest.mark.usefixtures("fake_extract")
def test_csv_has_a_header_row(ferry_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ferry_file), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1
    row = rows[0]
    assert (row["file"], row["text"], row["amount"], row["currency"]) == (
        str(ferry_file),
        "about 2,500 kronor (€220) a month",
        "2500",
        "SEK",
    )
    assert (row["qualifier"], row["equivalents"], row["period"], row["low"]) == (
        "approx",
        "EUR 220",
        "R/P1M",
        "",
    )


@pytest.mark.usefixtures("fake_extract")
def test_table_is_aligned(ferry_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ferry_file), "--format", "table"]) == 0
    header, rule, row = capsys.readouterr().out.splitlines()
    assert header.split() == [
        "file",
        "text",
        "amount",
        "currency",
        "qualifier",
        "equivalents",
        "per",
        "period",
    ]
    assert set(rule.replace(" ", "")) == {"-"}
    for column in ("amount", "currency", "qualifier", "equivalents", "period"):
        assert header.index(column) == rule.index("-", header.index(column))
    assert row[header.index("amount") :].split() == ["2500", "SEK", "approx", "EUR", "220", "R/P1M"]


@pytest.mark.usefixtures("fake_extract")
def test_empty_csv_has_only_the_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nothing costs anything here.", encoding="utf-8")
    assert main(["extract", str(path), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "file,text,start,end,kind,amount,currency,qualifier,low,high,equivalents,per,period,currency_source"
    ]


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


@pytest.mark.usefixtures("fake_extract")
def test_broken_pipe_is_quiet(
    ferry_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["extract", str(ferry_file), "--format", "jsonl"]) == 1
    assert capsys.readouterr().err == ""


def test_broken_pipe_in_a_real_process(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "moneyfacts", "extract", "--format", "table"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(b"It cost $5.", timeout=60)
    assert b"Traceback" not in err
    assert process.returncode in (0, 1)


# The tests below need the extraction pipeline itself.


def test_parse_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", PRICE, "--format", "jsonl"]) == 0
    (row,) = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert (row["amount"], row["currency"], row["text"]) == ("380000000000", "CNY", PRICE)
    assert row["equivalents"] == [{"amount": "52400000000", "currency": "USD"}]


def test_extract_the_seed_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--reference-date", "2025-02-25", "--kind", "money"]) == 0
    rows = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert {row["file"] for row in rows} == {str(SEED)}
    assert [(row["amount"], row["currency"]) for row in rows] == [
        ("380000000000", "CNY"),
        ("500000000000", "USD"),
        ("80000000000", "USD"),
        ("100000000000", "USD"),
        ("100000000000", "USD"),
        ("500000000000", "USD"),
        ("120000000000", "USD"),
    ]


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "moneyfacts", "parse", PRICE, "--format", "jsonl"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.stderr == ""
    assert result.returncode == 0
    row = json.loads(result.stdout)
    assert (row["amount"], row["currency"]) == ("380000000000", "CNY")
    assert row["equivalents"] == [{"amount": "52400000000", "currency": "USD"}]


def test_kind_keeps_only_percentages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"The fund returned 7.5 per cent on $2 million of deposits.")
    assert main(["extract", "--kind", "percent", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert [(row["kind"], row["amount"], row["currency"]) for row in rows] == [("percent", "7.5", None)]


def test_reference_date_pins_a_relative_period(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "parse",
        "€40 million over the next two years",
        "--reference-date",
        "2024-03-01",
        "--format",
        "jsonl",
    ]
    assert main(argv) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["amount"], row["currency"]) == ("40000000", "EUR")
    assert row["period"] == {
        "duration": "P2Y",
        "recurrence": None,
        "start": "2024-03-01",
        "end": "2026-02-28",
    }


def test_default_currency_settles_a_bare_dollar(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "Tickets are $45", "--default-currency", "cad", "--format", "jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["amount"], row["currency"], row["currency_source"]) == ("45", "CAD", "inferred")


def test_offsets_count_from_the_start_of_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Intro with no figure.\n\nTickets cost €45 each.\n\n\n漲至三千万元。\n\nThe fee is $7 million.\n"
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert [row["text"] for row in rows] == ["€45", "三千万元", "$7 million"]
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)


def test_csv_offsets_count_from_the_start_of_the_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Rent is €700.\n\nThe fee is $7 million.\n"
    _stdin(monkeypatch, text.encode())
    assert main(["extract", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(row["text"], int(row["start"]), int(row["end"])) for row in rows] == [
        ("€700", 8, 12),
        ("$7 million", 26, 36),
    ]


@pytest.mark.usefixtures("fake_extract")
def test_a_long_table_prints_in_bounded_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(moneyfacts.cli, "TABLE_BLOCK", 2)
    path = tmp_path / "ferries.txt"
    path.write_text("A ferry pass: about 2,500 kronor (€220) a month.\n\n" * 5, encoding="utf-8")
    assert main(["extract", str(path), "--format", "table"]) == 0
    blocks = capsys.readouterr().out.split("\n\n")
    assert [len(block.strip().splitlines()) for block in blocks] == [4, 4, 3]  # header, rule, rows
    assert all(block.startswith("file  ") for block in blocks)


@pytest.mark.parametrize(
    ("quiet", "tty", "size", "shown"),
    [
        (False, True, 9 << 20, True),
        (True, True, 9 << 20, False),
        (False, False, 9 << 20, False),
        (False, True, 1 << 20, False),
    ],
)
def test_progress_only_for_large_input_at_a_terminal(
    quiet: bool, tty: bool, size: int, shown: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(size)
    stderr = io.StringIO()
    monkeypatch.setattr(stderr, "isatty", lambda: tty)
    monkeypatch.setattr(sys, "stderr", stderr)
    seen: list[int] = []

    def bar(total: int) -> tuple[None, None]:
        seen.append(total)
        return None, None

    monkeypatch.setattr(moneyfacts.cli, "_bar", bar)
    args = moneyfacts.cli._parser().parse_args(["extract", str(path)] + (["--quiet"] if quiet else []))
    moneyfacts.cli._progress(args, [str(path)])
    assert seen == ([size] if shown else [])
