"""``extract_many``: options checked at the call, lazy input, results in order over processes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

import moneyfacts
from moneyfacts import UnknownLocaleError

TEMPLATES = [
    "Tickets cost £{n} each.",
    "The fund lost {n}% last year.",
    "Nothing was priced on day {n}.",
    "Sales reached ¥{n} million, or about US${n}.5 million.",
    "Rent rose to €{n},50 a month.",
    "It costs Rs {n} crore.",
]


def _paragraphs(count: int) -> Iterator[str]:
    for i in range(count):
        yield TEMPLATES[i % len(TEMPLATES)].format(n=i % 997 + 1)


class _Counted:
    """An endless iterator that counts how far it has been read."""

    def __init__(self) -> None:
        self.read = 0

    def __iter__(self) -> Iterator[str]:
        for i in itertools.count():
            self.read += 1
            yield f"Day {i}: the toll is ${i % 50 + 1}."


def test_a_str_is_refused_at_the_call() -> None:
    with pytest.raises(TypeError, match="not a str"):
        moneyfacts.extract_many("$5 and €6")


@pytest.mark.parametrize("processes", [None, 2])
def test_a_bad_option_fails_at_the_call_not_at_next(processes: int | None) -> None:
    with pytest.raises(UnknownLocaleError, match="'xx'"):
        moneyfacts.extract_many(["$5"], locale="xx", processes=processes)
    with pytest.raises(ValueError, match="ISO 4217"):
        moneyfacts.extract_many(["$5"], default_currency="dollars", processes=processes)
    with pytest.raises(TypeError, match="'currency'"):
        moneyfacts.extract_many(["$5"], currency="USD", processes=processes)
    with pytest.raises(ValueError, match="chunksize"):
        moneyfacts.extract_many(["$5"], chunksize=0, processes=processes)


def test_not_an_iterable_is_refused() -> None:
    with pytest.raises(TypeError, match="iterable of str, not int"):
        moneyfacts.extract_many(5)  # type: ignore[arg-type]


@pytest.mark.parametrize("processes", [None, 2])
def test_a_non_str_item_raises_type_error(processes: int | None) -> None:
    results = moneyfacts.extract_many(["$5", b"$6"], processes=processes, chunksize=1)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="bytes"):
        list(results)


@pytest.mark.parametrize("processes", [None, 2])
def test_an_endless_iterator_yields_and_is_read_a_bounded_way_ahead(processes: int | None) -> None:
    source = _Counted()
    results = moneyfacts.extract_many(source, processes=processes, chunksize=16)
    first = list(itertools.islice(results, 40))
    results.close()  # type: ignore[attr-defined]
    assert [facts[0].amount.amount for facts in first[:3]] == [1, 2, 3]  # type: ignore[union-attr]
    assert [len(facts) for facts in first] == [1] * 40
    assert source.read <= 40 + (2 * 2 + 1) * 16


@pytest.mark.parametrize(
    ("count", "priced"),
    [(12_000, 10_000), pytest.param(100_000, 83_333, marks=pytest.mark.slow)],
)
def test_two_processes_give_the_serial_output_in_order(count: int, priced: int) -> None:
    distinct = dict.fromkeys(_paragraphs(6 * 997))  # the texts repeat after 5,982: read each once
    facts_of = dict(zip(distinct, moneyfacts.extract_many(distinct, locale="en_IN"), strict=True))
    serial = [facts_of[text] for text in _paragraphs(count)]
    parallel = list(moneyfacts.extract_many(_paragraphs(count), locale="en_IN", processes=2, chunksize=256))
    assert len(parallel) == count
    assert parallel == serial
    assert sum(1 for facts in parallel if facts) == priced  # all but "Nothing was priced ..."
    assert [(f.amount.currency, f.start) for f in parallel[3] if f.amount] == [("JPY", 14)]
