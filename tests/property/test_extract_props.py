"""Properties of ``extract`` on arbitrary and generated text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

import moneyfacts
from moneyfacts import Kind

# Text drawn from the characters figures are made of, so generated strings often hold figures.
ALPHABET = st.sampled_from([*"0123456789 ,.-–()$€£¥%kmbn", "US$", " billion", " to ", " yuan", "about "])
FIGURISH = st.lists(ALPHABET, max_size=40).map("".join)
# the tables and patterns load with the first calls, ASCII and not, before any deadline runs
moneyfacts.extract("It cost $5 in 2024.")
moneyfacts.extract("It cost about €5 — ¥30 — over “the year”.")


@settings(max_examples=150)
@given(st.one_of(st.text(max_size=200), FIGURISH))
@example("($1,234)")
@example("US$ (€")
@example("-$5bn-$6bn")
def test_extract_never_raises_and_spans_are_slices(text: str) -> None:
    facts = moneyfacts.extract(text)
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert 0 <= fact.start < fact.end <= len(text)


@settings(max_examples=150)
@given(FIGURISH)
def test_ranges_are_ordered(text: str) -> None:
    for fact in moneyfacts.extract(text):
        if fact.low is not None and fact.high is not None:
            assert fact.low.amount <= fact.high.amount


AMOUNTS = st.decimals(min_value=1, max_value=999, places=1, allow_nan=False, allow_infinity=False)
NATIVE = st.sampled_from(
    [("yuan", "CNY"), ("euros", "EUR"), ("pounds", "GBP"), ("yen", "JPY"), ("rupees", "INR")]
)
GLOSS = st.sampled_from([("US$", "USD"), ("€", "EUR"), ("£", "GBP"), ("HK$", "HKD"), ("A$", "AUD")])
SCALE = st.sampled_from([("million", 6), ("billion", 9)])


@settings(max_examples=120)
@given(AMOUNTS, NATIVE, AMOUNTS, GLOSS, SCALE)
def test_gloss_is_an_equivalent_and_does_not_change_the_figure(
    n: Decimal, native: tuple[str, str], m: Decimal, gloss: tuple[str, str], scale: tuple[str, int]
) -> None:
    word, code = native
    mark, gloss_code = gloss
    if gloss_code == code:
        gloss_code, mark = ("USD", "US$") if code != "USD" else ("EUR", "€")
    plain = f"The ministry will spend {n} {scale[0]} {word} on roads."
    glossed = f"The ministry will spend {n} {scale[0]} {word} ({mark}{m} {scale[0]}) on roads."
    [before] = [f for f in moneyfacts.extract(plain) if f.kind is Kind.MONEY]
    facts = [f for f in moneyfacts.extract(glossed) if f.kind is Kind.MONEY]
    assert len(facts) == 1, "an equivalent must not be a separate fact"
    [after] = facts
    assert after.amount == before.amount
    assert after.currency == code
    assert [(e.amount, e.currency) for e in after.equivalents] == [(m * 10 ** scale[1], gloss_code)]


@settings(max_examples=150)
@given(st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False))
@example(Decimal("0.001"))
@example(Decimal("1000"))
@example(Decimal("14.870"))
def test_scale_law(n: Decimal) -> None:
    text = f"${n} billion"
    [fact] = moneyfacts.extract(text)
    assert fact.amount is not None
    assert fact.amount.amount == n * 10**9
    assert fact.currency == "USD"


@settings(max_examples=100)
@given(AMOUNTS, AMOUNTS)
def test_range_low_is_at_most_high(a: Decimal, b: Decimal) -> None:
    lo, hi = sorted((a, b))
    if lo == hi:
        return
    [fact] = moneyfacts.extract(f"It will cost between ${lo} and ${hi} million.")
    assert fact.low is not None
    assert fact.high is not None
    assert (fact.low.amount, fact.high.amount) == (lo * 10**6, hi * 10**6)
