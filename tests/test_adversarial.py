"""``extract`` on hostile input: it finishes, returns a list, and its spans point into the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import moneyfacts
from moneyfacts.model import Fact

# Sizes at which quadratic work would still take far too long, yet linear work is quick: the growth
# itself is measured in tests/test_linear_time.py, and docs/reliability.md has the numbers at 4 MB.
SIZE = 40_000
DENSE = 15_000  # inputs that are nearly all figures
MEGABYTE = 300_000  # inputs cheap to read: digits, commas, brackets, letters


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL = {
    "digits": _fill("8203917465", MEGABYTE),
    "dollar signs": _fill("$"),
    "one comma": _fill("1,", MEGABYTE),
    "open parentheses": _fill("((((", MEGABYTE),
    "scale words": _fill("billion "),
    "mixed scale words": _fill("million billion trillion thousand bn k "),
    "chained ranges": _fill("$1-", DENSE),
    "us dollar marks": _fill("US$"),
    "digits and spaces": _fill("1 "),
    "decimal points": _fill("1."),
    "currency codes": _fill("USD EUR 5 ", DENSE),
    "cjk numerals": _fill("一二三四五六七八九十百千万亿元"),
    "mixed unicode": _fill("€£¥₹₩ ٣٤٥ ５６ 𝟕 ½ \u200b\u00a0– — ‐ % ‰ 元 円 ₽ 十億 "),
    "digit soup": _fill("9,999.99.9,9'9 9 999,9"),
    "long number": "$" + _fill("9"),
    "one long word": _fill("a", MEGABYTE),
    "newlines": _fill("$5\n", DENSE),
}


# Inputs in the forms of other languages' readers, with the locale that reads them.
ADVERSARIAL_IN_LOCALE = {
    "hiragana numerals": (_fill("さんびゃくまん", DENSE) + " ドル", "ja"),
    "backslash yen": (_fill("1個\\100 ", DENSE), "ja"),
    "places beside cents": (_fill("50 cents in Ireland ", DENSE), "en_GB"),
    "places beside dollars": (_fill("$5 for each Hong Kong resident ", DENSE), "en"),
    "hebrew clitics": (_fill("מעשר עד עשרים דולר ", DENSE), "he"),
    "arabic clitics": (_fill("وعشرين دولارا ", DENSE), "ar"),
    "dutch coins": (_fill("twee tientjes ", DENSE), "nl"),
    "full-width signs": (_fill("￡＄", DENSE), "en"),
    "devanagari": (_fill("पांच हज़ार रुपये प्रति शेयर ", DENSE), "hi"),
}


def _check_spans(text: str, facts: list[Fact]) -> None:
    for fact in facts:
        assert 0 <= fact.start <= fact.end <= len(text)
        assert fact.text == text[fact.start : fact.end]


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_extract_finishes_on_adversarial_input(name: str) -> None:
    text = ADVERSARIAL[name]
    facts = moneyfacts.extract(text)
    assert isinstance(facts, list)
    assert all(isinstance(fact, Fact) for fact in facts)
    _check_spans(text, facts)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_IN_LOCALE))
def test_extract_finishes_on_adversarial_input_in_its_locale(name: str) -> None:
    text, locale = ADVERSARIAL_IN_LOCALE[name]
    facts = moneyfacts.extract(text, locale=locale)
    assert isinstance(facts, list)
    _check_spans(text, facts)


def test_extract_finishes_on_a_run_of_prices() -> None:
    text = _fill("Shares fell 4% to $12.50, or about 11.2 billion yuan (US$1.5 billion) a year. ", SIZE)
    facts = moneyfacts.extract(text)
    assert isinstance(facts, list)
    _check_spans(text, facts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_extract_never_raises_on_any_text(text: str) -> None:
    facts = moneyfacts.extract(text)
    assert isinstance(facts, list)
    _check_spans(text, facts)


TOKENS = [*"0123456789$€£¥,.-– ()%kmb", "US$", " billion", " million", " yuan", " euros", " a year", "\n"]
MONEYISH = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(MONEYISH)
def test_extract_spans_on_money_like_text(text: str) -> None:
    facts = moneyfacts.extract(text)
    assert isinstance(facts, list)
    _check_spans(text, facts)
