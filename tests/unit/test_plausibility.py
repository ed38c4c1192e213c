"""One plausibility judge: a figure with no currency is money at one leniency and not at another."""

from __future__ import annotations

import pytest

from moneyfacts import ParseError, parse
from moneyfacts.grammar.plausibility import Leniency, counted, plausible


@pytest.mark.parametrize(
    ("text", "is_count"),
    [
        ("12 apples", False),
        ("5 people", True),
        ("chapter 9", True),
        ("aged 31", True),
        ("since 1998", True),
        ("1998", False),
        ("page 7.5", False),
        ("-4", False),
    ],
)
def test_counted_reads_the_words_beside_a_bare_number(text: str, is_count: bool) -> None:
    assert counted(text, parse(text, lenient=True)) is is_count


def test_each_leniency_judges_a_bare_count() -> None:
    fact = parse("5 people", lenient=True)
    assert [plausible("5 people", fact, level) for level in Leniency] == [True, False, True]


def test_a_named_currency_is_money_at_every_leniency() -> None:
    fact = parse("$5 people")
    assert fact.currency == "USD"
    assert all(plausible("$5 people", fact, level) for level in Leniency)


def test_parse_uses_the_valid_and_the_lenient_level() -> None:
    with pytest.raises(ParseError):
        parse("in 2025")
    assert parse("in 2025", lenient=True).value == 2025


def test_only_running_text_needs_a_currency() -> None:
    assert [level.bare for level in Leniency] == [False, True, True]
