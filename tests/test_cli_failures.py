"""The command line in real processes: output encodings, closed or full streams, broken pipes, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX shells and devices")

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONIOENCODING", "LC_", "LANG"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def _run(
    args: list[str], *, stdin: bytes | None = b"", shell_tail: str = "", **env: str
) -> subprocess.CompletedProcess[bytes]:
    """``python -m moneyfacts ARGS``; ``shell_tail`` adds redirections such as ``<&-``."""
    if shell_tail:
        quoted = " ".join("'" + a.replace("'", "'\\''") + "'" for a in [PYTHON, "-m", "moneyfacts", *args])
        return subprocess.run(
            ["/bin/sh", "-c", f"{quoted} {shell_tail}"],
            input=stdin,
            capture_output=True,
            env=_env(**env),
            timeout=120,
            check=False,
        )
    return subprocess.run(
        [PYTHON, "-m", "moneyfacts", *args],
        input=stdin,
        capture_output=True,
        env=_env(**env),
        timeout=120,
        check=False,
    )


def _one_error(err: bytes) -> str:
    text = err.decode("utf-8")
    assert "Traceback" not in text
    lines = [line for line in text.splitlines() if line]
    assert len(lines) == 1, text
    assert lines[0].startswith("moneyfacts: error: ")
    return lines[0]


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1"])
def test_output_is_utf8_whatever_the_locale_says(encoding: str) -> None:
    result = _run(["parse", "€5 million and 三千万元", "--format", "table"], PYTHONIOENCODING=encoding)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert "€5 million" in result.stdout.decode("utf-8")


def test_jsonl_under_an_ascii_locale_is_utf8() -> None:
    result = _run(["parse", "三千万元", "--format", "jsonl"], PYTHONIOENCODING="ascii", LC_ALL="C")
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout.decode("utf-8"))
    assert (row["text"], row["amount"], row["currency"]) == ("三千万元", "30000000", "CNY")
    assert "三千万元".encode() in result.stdout


def test_encoding_option_encodes_what_it_can() -> None:
    result = _run(["parse", "€5 million", "--format", "csv", "--encoding", "cp1252"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith(b"\x805 million,0,10,money,5000000,EUR")


def test_encoding_option_escapes_what_it_cannot() -> None:
    jsonl = _run(["parse", "三千万元", "--format", "jsonl", "--encoding", "ascii"])
    assert jsonl.returncode == 0, jsonl.stderr
    assert jsonl.stdout.startswith(b'{"text": "\\u4e09\\u5343\\u4e07\\u5143"')
    assert json.loads(jsonl.stdout)["text"] == "三千万元"
    table = _run(["parse", "三千万元", "--format", "table", "--encoding", "ascii"])
    assert b"\\u4e09\\u5343\\u4e07\\u5143  30000000  CNY" in table.stdout


def test_an_unknown_encoding_is_a_usage_error() -> None:
    result = _run(["parse", "$5", "--encoding", "klingon"])
    assert result.returncode == 2
    assert "unknown encoding: 'klingon'" in _one_error(result.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["extract"], ["parse", "It cost $5 million."]])
def test_a_full_disk_is_one_line_and_status_1(command: list[str]) -> None:
    result = _run(command, stdin=b"It cost $5 million.\n", shell_tail="> /dev/full")
    assert result.returncode == 1
    assert _one_error(result.stderr) == "moneyfacts: error: cannot write the output: No space left on device"


def test_a_closed_stdin_is_one_line_and_status_1() -> None:
    result = _run(["extract"], stdin=None, shell_tail="<&-")
    assert result.returncode == 1
    assert _one_error(result.stderr) == "moneyfacts: error: cannot read standard input: it is closed"


def test_a_closed_stdout_is_one_line_and_status_1() -> None:
    result = _run(["parse", "$5 million"], shell_tail=">&-")
    assert result.returncode == 1
    assert _one_error(result.stderr) == (
        "moneyfacts: error: cannot write the output: standard output is closed"
    )


def test_closed_stdout_and_stderr_still_give_the_status() -> None:
    result = _run(["parse", "$5 million"], shell_tail=">&- 2>&-")
    assert result.returncode == 1


def test_a_broken_pipe_is_quiet_with_status_1() -> None:
    text = "The fee rose to $5 million.\n\n" * 20_000
    result = _run(["extract"], stdin=text.encode(), shell_tail="| head -n 1")
    assert result.returncode == 0  # the status of head: the pipe worked
    (line,) = result.stdout.decode().splitlines()
    assert json.loads(line)["amount"] == "5000000"
    assert result.stderr == b""  # no traceback, no "Exception ignored"


def test_a_broken_pipe_gives_status_1() -> None:
    process = subprocess.Popen(
        [PYTHON, "-m", "moneyfacts", "extract"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(b"The fee rose to $5 million.\n\n")
    process.stdin.flush()
    first = process.stdout.readline()  # printed before the rest of the input exists
    process.stdout.close()
    try:
        process.stdin.write(b"The levy fell to $2 million.\n\n" * 50_000)
        process.stdin.close()
    except BrokenPipeError:
        pass
    assert process.wait(timeout=120) == 1
    assert json.loads(first)["amount"] == "5000000"
    assert process.stderr is not None
    assert process.stderr.read() == b""


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A season ticket costs £3,200.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Le billet coûte 12 €.\n\n".encode() + b"\xe9t\xe9 2025")
    result = _run(["extract", str(tmp_path / "gone.txt"), str(bad), str(good)])
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert errors == [
        f"moneyfacts: error: cannot read {str(tmp_path / 'gone.txt')!r}: No such file or directory",
        f"moneyfacts: error: {str(bad)!r} is not UTF-8 text (byte 26: invalid continuation byte)",
    ]
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(row["file"], row["amount"], row["currency"]) for row in rows] == [
        (str(bad), "12", "EUR"),  # the paragraph before the bad byte is still read
        (str(good), "3200", "GBP"),
    ]


def test_undecodable_stdin() -> None:
    result = _run(["extract"], stdin=b"\xff\xfe$5")
    assert result.returncode == 1
    assert _one_error(result.stderr) == (
        "moneyfacts: error: standard input is not UTF-8 text (byte 0: invalid start byte)"
    )
