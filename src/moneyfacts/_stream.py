"""Reading a large text paragraph by paragraph in bounded memory, for the command line.

A paragraph ends at a blank line. A paragraph longer than :data:`SOFT_CAP` characters is cut at
the first line end past the cap, and a line longer than :data:`HARD_CAP` at its last whitespace
(or at the cap itself), so memory stays bounded whatever the input holds.

>>> import io
>>> list(paragraphs(io.BytesIO("Fees: $5.\\n\\nRent: €7\\nmonthly.\\n".encode())))
[(0, 'Fees: $5.\\n\\n'), (11, 'Rent: €7\\nmonthly.\\n')]
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

__all__ = ["BLOCK", "HARD_CAP", "SOFT_CAP", "InputDecodeError", "paragraphs"]

BLOCK = 1 << 16  # bytes asked of the stream per read
SOFT_CAP = 1 << 16  # characters after which a paragraph is cut at the next line end
HARD_CAP = 1 << 18  # characters after which a line is cut at its last whitespace

_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line (spaces, tabs or "\r" allowed on it)
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


class InputDecodeError(ValueError):
    """The input is not UTF-8; ``position`` is the offset of the bad byte in the whole input."""

    def __init__(self, position: int, reason: str) -> None:
        self.position = position
        self.reason = reason
        super().__init__(f"byte {position}: {reason}")


def _cut(pending: str) -> int:
    """Where to cut a long paragraph: 0 when it is still short enough."""
    if len(pending) <= SOFT_CAP:
        return 0
    newline = pending.find("\n", SOFT_CAP, HARD_CAP)
    if newline >= 0:
        return newline + 1
    if len(pending) <= HARD_CAP:
        return 0
    start = pending.rfind("\n", 0, SOFT_CAP) + 1
    match = _LAST_SPACE.match(pending, start, HARD_CAP)
    return match.end() if match and match.end() > start else HARD_CAP


def _pieces(text: str, parts: list[str]) -> str:
    """Append the pieces cut from the head of a long ``text`` to ``parts``; return the rest."""
    while cut := _cut(text):
        parts.append(text[:cut])
        text = text[cut:]
    return text


def _split(pending: str) -> tuple[list[str], str]:
    """The whole paragraphs (or capped pieces) at the head of ``pending``, and the rest still open."""
    parts: list[str] = []
    start = 0
    for match in _BREAK.finditer(pending):
        parts.append(_pieces(pending[start : match.end()], parts))
        start = match.end()
    return parts, _pieces(pending[start:], parts)


def paragraphs(
    stream: BinaryIO, on_bytes: Callable[[int], object] | None = None
) -> Iterator[tuple[int, str]]:
    """Each paragraph of a UTF-8 byte stream with its offset, in characters, in the whole text.

    Paragraphs keep their line ends, so the offsets add up: the texts joined are the input.
    ``on_bytes`` is called with the number of bytes of each read (for a progress bar).
    Raises :class:`InputDecodeError` at the first byte that is not UTF-8, after yielding the
    paragraphs before it.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    read = getattr(stream, "read1", stream.read)  # read1: what a pipe has now, without waiting for more
    offset = 0
    consumed = 0
    pending = ""
    while True:
        data: bytes = read(BLOCK)
        error: InputDecodeError | None = None
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as err:
            held = len(decoder.getstate()[0])  # bytes of the last read still waiting in the decoder
            error = InputDecodeError(consumed - held + err.start, err.reason)
            text = decoder.decode(data[: max(0, err.start - held)])
        consumed += len(data)
        if on_bytes is not None and data:
            on_bytes(len(data))
        parts, pending = _split(pending + text) if text else ([], pending)
        if error is not None or not data:
            parts.append(pending)  # what is left before the end (or before the bad byte)
        for part in parts:
            if part:
                yield offset, part
                offset += len(part)
        if error is not None:
            raise error
        if not data:
            return
