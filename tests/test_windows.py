"""A long text is read a window of whole sentences at a time: the same facts, in bounded memory.

``iter_extract`` yields the facts of ``extract`` one window after another; a window ends only where
a sentence starts between two regions of figures, so every stage after the grammar (per-unit,
periods, the currency named last) reads what it would read in the whole text.
"""

from __future__ import annotations

import decimal
import tracemalloc
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import moneyfacts
from moneyfacts import _pipeline
from moneyfacts.reading import scan
from moneyfacts.reading.scan import iter_regions, scanner
from moneyfacts.reading.sentences import firm_start

# sentences of our own, with the mechanisms that read past a figure: a unit stated once, a
# period fronted or after, a currency named once and a bare sign later, a bracketed figure
SENTENCES = [
    "Fuel rose to $3.10 a gallon in March.",
    "The group earned 1.2 billion euros in the first half of 2024.",
    "Rent is $950, utilities $80, both per month.",
    "In fiscal 2023, revenue was C$4.1 billion (US$3 billion).",
    "Shares closed at $14.20.",
    "Profit fell 12% to $71 million from $80 million a year earlier.",
    "Nothing here has a figure, and it is long enough to be a gap between regions of figures.",
    "Der Umsatz stieg im dritten Quartal auf 2,5 Mrd. Euro.",
    "It paid a dividend of 22 cents a share for the quarter.",
    "Costs were about $2m to $3m.\n",
    "Budget: ₹1,200 crore over five years.",
    "see Dr. Smith, who quoted $5 and then $6.",
]


def _whole(text: str, locale: str = "en") -> list[moneyfacts.Fact]:
    """The facts with the whole text in one window."""
    return list(_pipeline.iter_facts(text, moneyfacts.Reader(locale=locale).options))


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pipeline, "WINDOW", 120)
    monkeypatch.setattr(_pipeline, "HARD_WINDOW", 1 << 40)  # only at sentence starts


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=24), st.sampled_from([" ", "\n", "\n\n"]))
@example(["Shares closed at $14.20.", "Rent is $950, utilities $80, both per month."] * 6, " ")
def test_windows_give_the_facts_of_the_whole_text(sentences: list[str], joint: str) -> None:
    text = joint.join(sentences)
    whole = _whole(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_pipeline, "WINDOW", 120)
        patch.setattr(_pipeline, "HARD_WINDOW", 1 << 40)
        windowed = list(moneyfacts.iter_extract(text))
    assert windowed == whole


def test_a_long_text_is_cut_only_where_a_sentence_starts(small_windows: None) -> None:
    text = " ".join(SENTENCES) * 4
    cuts = [start for start, _, _ in _pipeline._windows(text, iter_regions(text, scanner("en")))]
    assert len(cuts) > 3
    assert all(text[c - 1] in ".\n" and not text[c:].lstrip()[0].islower() for c in cuts[1:])


def test_the_currency_named_last_carries_over_windows(small_windows: None) -> None:
    text = "The fee was C$40. " + "Nothing here has a figure at all, just words. " * 6 + "Then $12 more."
    facts = moneyfacts.extract(text)
    assert [str(f.amount) for f in facts] == ["CAD 40", "CAD 12"]
    assert facts == _whole(text)


def test_no_window_ends_before_a_lower_case_word() -> None:
    assert firm_start("It rose. Then it fell.", 0, 22) == 8
    assert firm_start("the U.S. and others", 0, 19) is None
    assert firm_start("line one\nline two", 0, 17) is None  # a lower-case line may continue a sentence
    assert firm_start("line one\nLine two", 0, 17) == 9


def test_iter_extract_yields_the_facts_of_extract() -> None:
    text = " ".join(SENTENCES) * 3
    facts = moneyfacts.iter_extract(text, locale="en_US")
    assert isinstance(facts, Iterator)
    assert list(facts) == moneyfacts.extract(text, locale="en_US")
    assert list(moneyfacts.Reader(locale="de_DE").iter_extract(SENTENCES[7])) == moneyfacts.extract(
        SENTENCES[7], locale="de_DE"
    )


def test_iter_extract_checks_its_arguments_at_once() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        moneyfacts.iter_extract(b"$5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        moneyfacts.Reader().iter_extract(5)  # type: ignore[arg-type]
    with pytest.raises(moneyfacts.UnknownLocaleError):
        moneyfacts.iter_extract("$5", locale="xx_not_a_locale")


def test_the_caller_context_holds_between_facts() -> None:
    """The library's own decimal context is never active while the caller's loop body runs."""
    seen = []
    with decimal.localcontext(prec=3):
        for fact in moneyfacts.iter_extract("US$52.4 billion. " * 3 + "A third of a million dollars."):
            seen.append((decimal.getcontext().prec, str(fact.amount)))
    assert {prec for prec, _ in seen} == {3}
    assert [amount for _, amount in seen] == ["USD 52400000000"] * 3 + ["USD 333333.3333333333333333333333"]


def _peak(text: str) -> int:
    tracemalloc.start()
    try:
        count = sum(1 for _ in moneyfacts.iter_extract(text))
        assert count > 0
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_iter_extract_holds_one_window_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text that is nothing but figures, with no gap to end a window at: memory stays that of a window."""
    monkeypatch.setattr(_pipeline, "WINDOW", 512)
    monkeypatch.setattr(_pipeline, "HARD_WINDOW", 1024)
    monkeypatch.setattr(scan, "MAX_REGION", 512)  # a window is made of whole regions
    moneyfacts.extract("$5")  # tables loaded
    small, large = "$5\n" * 1_500, "$5\n" * 6_000
    grown = _peak(large) - _peak(small)
    # a list of the facts would hold some 100 bytes per character; a copy of the text, one to four
    assert grown < 8 * (len(large) - len(small)), (
        f"{grown} bytes more for {len(large) - len(small)} characters"
    )


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["$5\n", "$1-", "USD EUR 5 "])
def test_a_megabyte_of_figures_streams_in_bounded_memory(unit: str) -> None:
    """Peak resident memory of a fresh process taking a megabyte's facts from ``iter_extract``."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent.parent / "tools"))
    from reliability import measure  # type: ignore[import-not-found]

    _, facts, peak = measure(unit, "en", 1_000_000, stream=True)
    assert facts >= 100_000
    assert peak < 150, f"{peak:.0f} MB"
