"""Grammar: tokens -> raw figures (values, marks, qualifiers, ranges, glosses, per-unit, percentages)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts._figures import Figure, phrase_tables
from moneyfacts._grammar import figures
from moneyfacts._scan import scanner


def _figs(text: str, locale: str = "en", *, bare: bool = False) -> list[Figure]:
    return figures(text, 0, len(text), scanner(locale), bare=bare)[1]


def _one(text: str, locale: str = "en") -> Figure:
    [fig] = _figs(text, locale)
    return fig


def _codes(fig: Figure) -> tuple[str, ...]:
    assert fig.mark is not None
    return fig.mark.mark.codes


def test_figures_returns_tokens_and_their_figure_indices() -> None:
    text = "It cost £40m."
    toks, figs, _ = figures(text, 0, len(text), scanner("en"))
    [fig] = figs
    assert [t.text for t in toks[fig.start : fig.end]] == ["£", "40", "m"]
    assert fig.value == Decimal("40000000")
    assert fig.power == 6
    assert fig.scaled


def test_decisive_marks_are_reported_with_their_offsets() -> None:
    text = "A$2m, then $1m"
    _, _, seen = figures(text, 0, len(text), scanner("en"))
    assert [(pos, mark.codes[0], mark.decisive) for pos, mark in seen][:1] == [(0, "AUD", True)]


@pytest.mark.parametrize(
    ("text", "value", "power"),
    [
        ("It was $4.5 billion.", "4500000000", 9),
        ("It was $12 mn.", "12000000", 6),
        ("It was $95k.", "95000", 3),
        ("It was Rs 3 crore.", "30000000", 7),
        ("It was five billion dollars.", "5000000000", 9),
        ("It was $14.99.", "14.99", 0),
    ],
)
def test_scale_words_set_value_and_power(text: str, value: str, power: int) -> None:
    fig = _one(text)
    assert fig.value == Decimal(value)
    assert fig.power == power


def test_ambiguous_dollar_keeps_every_candidate_usd_first() -> None:
    fig = _one("It cost $5.")
    codes = _codes(fig)
    assert codes[0] == "USD"
    assert {"CAD", "AUD"} <= set(codes)
    assert fig.mark is not None
    assert fig.mark.mark.decisive is False


def test_prefixed_dollar_is_decisive() -> None:
    fig = _one("It cost HK$5.")
    assert _codes(fig) == ("HKD",)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("They paid about $3m.", "approx"),
        ("They paid more than $3m.", "over"),
        ("They paid at least $3m.", "at_least"),
        ("They paid less than $3m.", "under"),
        ("They paid up to $3m.", "at_most"),
        ("They paid nearly $3m.", "approx"),
    ],
)
def test_qualifiers_before(text: str, qualifier: str) -> None:
    fig = _one(text)
    assert (fig.qualifier, fig.value) == (qualifier, Decimal(3000000))


@pytest.mark.parametrize(
    "text",
    ["It is worth $5-6 billion.", "It is worth $5bn-$6bn.", "It is worth between $5 and $6 billion."],
)
def test_ranges_share_the_scale(text: str) -> None:
    fig = _one(text)
    assert (fig.qualifier, fig.value) == ("range", None)
    assert (fig.low, fig.high) == (Decimal(5 * 10**9), Decimal(6 * 10**9))


def test_bracketed_gloss_is_an_equivalent_of_its_figure() -> None:
    fig = _one("It will invest 380 billion yuan (US$52.4 billion) in cloud.")
    assert fig.value == Decimal("380000000000")
    [eq] = fig.equivalents
    assert eq.value == Decimal("52400000000")
    assert _codes(eq) == ("USD",)


def test_or_about_gloss_is_an_equivalent() -> None:
    fig = _one("The town spent ¥5 billion, or about $33 million, on levees.")
    assert [e.value for e in fig.equivalents] == [Decimal(33000000)]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Oil hit $80 a barrel.", "barrel"),
        ("It pays $2.50 per share.", "share"),
        ("Gold hit $2,000 an ounce.", "ounce"),
    ],
)
def test_per_unit(text: str, per: str) -> None:
    assert _one(text).per == per


def test_negative_sign_and_word() -> None:
    assert _one("It fell to -$5m.").value == Decimal(-5000000)
    assert _one("The balance was minus $40.").value == Decimal(-40)


def test_minor_units_add_to_the_major() -> None:
    assert _one("He paid 3 dollars 50 cents.").value == Decimal("3.50")
    fig = _one("A stamp costs 75p.")
    assert fig.value == Decimal("0.75")


def test_percentages_are_not_money() -> None:
    fig = _one("Sales were up 12% on the year.")
    assert fig.kind == "percent"
    assert fig.value == Decimal(12)


def test_sentence_initial_up_is_not_a_currency() -> None:
    fig = _one("Up 12% on the year.")
    assert (fig.kind, fig.mark) == ("percent", None)


def test_a_year_alone_is_no_figure() -> None:
    assert _figs("It happened in 1999.") == []


def test_bare_mode_reads_a_price_string() -> None:
    [fig] = _figs("19,99 €", "de", bare=True)
    assert fig.value == Decimal("19.99")
    assert _codes(fig) == ("EUR",)


def test_phrase_tables_are_built_once_and_tokenised() -> None:
    tables = phrase_tables()
    assert tables is phrase_tables()
    assert tables.before[("more", "than")] == "over"
    assert tables.before.firsts["more"][0] >= 2


def test_a_hyphen_joins_a_number_to_a_mark_in_any_alphabet() -> None:
    fig = _one("कंपनी 8-सेंट लाभांश देगी", "hi")
    assert (fig.value, fig.mark is not None and fig.mark.minor) == (Decimal("0.08"), 2)
    assert _codes(_one("उसने 50-येन दिए", "hi")) == ("JPY",)


def test_a_backslash_is_the_yen_only_before_a_number() -> None:
    assert _one("1個\\250です", "ja").value == Decimal(250)
    assert _figs('print("7\\n8")', "ja") == []
    assert _figs("C:\\100 を開く", "ja") == []


def test_hangul_number_syllables_inside_a_word_are_no_number() -> None:
    assert [f.value for f in _figs("5만 달러, 수백만 달러", "ko")] == [Decimal(50000)]
    assert _figs("그는 떠나기 원한다고 말했다", "ko") == []
    assert _one("삼달러사십오센트", "ko").value == Decimal("3.45")


def test_an_adjective_word_before_a_korean_name() -> None:
    fig = _one("20 중국 위안이 든다", "ko")
    assert (fig.value, _codes(fig)) == (Decimal(20), ("CNY",))
