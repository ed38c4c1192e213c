"""Reading a byte stream paragraph by paragraph in bounded memory."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moneyfacts import _stream
from moneyfacts._stream import HARD_CAP, SOFT_CAP, InputDecodeError, paragraphs


class _Trickle(io.RawIOBase):
    """A stream that returns at most ``step`` bytes a read, as a slow pipe does."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data = data
        self.step = step
        self.pos = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = self.step if size < 0 else min(size, self.step)
        chunk = self.data[self.pos : self.pos + size]
        self.pos += len(chunk)
        return chunk


def _parts(data: bytes, step: int = 1 << 16) -> list[tuple[int, str]]:
    return list(paragraphs(_Trickle(data, step)))  # type: ignore[arg-type]


def test_blank_lines_end_paragraphs_and_offsets_count_characters() -> None:
    text = "Rent: €700 a month.\r\n \r\nTax: ¥3,000.\n\t\nFee: $5.\n"
    parts = _parts(text.encode(), step=3)
    assert [t for _, t in parts] == ["Rent: €700 a month.\r\n \r\n", "Tax: ¥3,000.\n\t\n", "Fee: $5.\n"]
    assert [o for o, _ in parts] == [0, 24, 39]
    assert all(text[o : o + len(t)] == t for o, t in parts)


def test_a_paragraph_without_blank_lines_is_cut_at_a_line_end() -> None:
    line = "The bond pays 4.5% a year on £1,000.\n"
    text = line * (3 * SOFT_CAP // len(line))
    parts = _parts(text.encode())
    assert len(parts) >= 3
    assert all(t.endswith("\n") for _, t in parts)
    assert all(len(t) <= SOFT_CAP + len(line) for _, t in parts)
    assert "".join(t for _, t in parts) == text


def test_a_line_longer_than_the_hard_cap_is_cut_at_whitespace() -> None:
    text = "costs $5 " * (HARD_CAP // 3)
    parts = _parts(text.encode())
    assert all(len(t) <= HARD_CAP and t.endswith(" ") for _, t in parts[:-1])
    assert "".join(t for _, t in parts) == text


def test_text_without_whitespace_is_cut_at_the_hard_cap() -> None:
    parts = _parts(b"$" * (2 * HARD_CAP + 5))
    assert [len(t) for _, t in parts] == [HARD_CAP, HARD_CAP, 5]


@pytest.mark.parametrize("step", [1, 2, 5, 1 << 16])
def test_the_bad_byte_is_placed_in_the_whole_input(step: int) -> None:
    data = "Price: 12 €.\n\nAgain 1€".encode() + b"\xe2\x82" + b"x"
    stream = paragraphs(_Trickle(data, step))  # type: ignore[arg-type]
    seen: list[tuple[int, str]] = []
    with pytest.raises(InputDecodeError) as caught:
        seen.extend(stream)
    assert caught.value.position == len("Price: 12 €.\n\nAgain 1€".encode())
    assert caught.value.reason == "invalid continuation byte"
    assert "".join(t for _, t in seen) == "Price: 12 €.\n\nAgain 1€"  # all before the bad byte


def test_a_truncated_character_at_the_end_is_reported() -> None:
    with pytest.raises(InputDecodeError) as caught:
        _parts("Fee: 5 €".encode()[:-1], step=4)
    assert caught.value.position == len(b"Fee: 5 ")


def test_progress_counts_every_byte() -> None:
    counted: list[int] = []
    data = "Rent: €700.\n\n".encode() * 1000
    list(paragraphs(io.BytesIO(data), counted.append))
    assert sum(counted) == len(data)


@given(
    st.text(alphabet=st.sampled_from("ab €$5\n\r\t三"), max_size=400),
    st.integers(min_value=1, max_value=9),
)
def test_the_parts_join_to_the_input(text: str, step: int) -> None:
    parts = _parts(text.encode(), step=step)
    assert "".join(t for _, t in parts) == text
    assert all(text[o : o + len(t)] == t for o, t in parts)
    assert all(t for _, t in parts)


def test_small_caps_hold_memory_to_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_stream, "SOFT_CAP", 16)
    monkeypatch.setattr(_stream, "HARD_CAP", 32)
    text = "word " * 100 + "\n" + "x" * 70
    parts = _parts(text.encode(), step=7)
    assert max(len(t) for _, t in parts) <= 32
    assert "".join(t for _, t in parts) == text
