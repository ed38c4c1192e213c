"""The ambiguity policy: default_currency, an earlier decisive mention, the territory, the first candidate."""

from __future__ import annotations

import pytest

import moneyfacts
from moneyfacts.reading.lexicon import Mark
from moneyfacts.resolve.currencies import Context, minor_currency, resolve

DOLLAR = Mark(("USD", "CAD", "AUD", "NZD"), False, "symbol")


def test_documented_default_is_the_first_candidate() -> None:
    assert resolve(DOLLAR, Context(default=None, territory=None)) == ("USD", ("CAD", "AUD", "NZD"))


def test_territory_beats_the_documented_default() -> None:
    assert resolve(DOLLAR, Context(default=None, territory="AUD")) == ("AUD", ("USD", "CAD", "NZD"))


def test_territory_outside_the_candidates_is_ignored() -> None:
    assert resolve(DOLLAR, Context(default=None, territory="EUR"))[0] == "USD"


def test_earlier_decisive_mention_beats_the_territory() -> None:
    ctx = Context(default=None, territory="AUD")
    ctx.note(Mark(("NZD",), True))
    assert resolve(DOLLAR, ctx)[0] == "NZD"


def test_most_recent_mention_wins() -> None:
    ctx = Context(default=None, territory=None)
    ctx.note(Mark(("CAD",), True))
    ctx.note(Mark(("AUD",), True))
    assert resolve(DOLLAR, ctx)[0] == "AUD"
    ctx.note(Mark(("CAD",), True))
    assert ctx.seen == ["AUD", "CAD"]
    assert resolve(DOLLAR, ctx)[0] == "CAD"


def test_default_currency_beats_everything() -> None:
    ctx = Context(default="CAD", territory="AUD")
    ctx.note(Mark(("NZD",), True))
    assert resolve(DOLLAR, ctx)[0] == "CAD"


def test_default_outside_the_candidates_is_ignored() -> None:
    assert resolve(DOLLAR, Context(default="EUR", territory=None))[0] == "USD"


def test_ambiguous_marks_are_not_noted() -> None:
    ctx = Context(default=None, territory=None)
    ctx.note(DOLLAR)
    assert ctx.seen == []


def test_decisive_or_single_marks_resolve_to_themselves() -> None:
    ctx = Context(default="USD", territory="USD")
    assert resolve(Mark(("HKD",), True), ctx) == ("HKD", ())
    assert resolve(Mark(("JPY", "CNY"), True), ctx) == ("JPY", ("CNY",))
    assert resolve(Mark(("EUR",), False), ctx) == ("EUR", ())


def test_a_mark_without_codes_resolves_to_none() -> None:
    assert resolve(Mark((), False), Context(default=None, territory=None)) == (None, ())


def test_policy_through_extract() -> None:
    text = "The firm paid C$3m, then $1m more."
    assert [f.currency for f in moneyfacts.extract(text)] == ["CAD", "CAD"]
    assert [f.currency for f in moneyfacts.extract("It paid $1m.", locale="en_AU")] == ["AUD"]
    assert [f.currency for f in moneyfacts.extract("It paid $1m.", default_currency="nzd")] == ["NZD"]
    [fact] = moneyfacts.extract("It paid $1m.")
    assert (fact.currency, fact.currency_source.value) == ("USD", "inferred")
    assert "CAD" in fact.alternatives


def test_a_place_in_the_same_sentence_settles_a_dollar_sign() -> None:
    import moneyfacts

    [fact] = moneyfacts.extract("Each Hong Kong resident will receive $10,000 from the scheme.")
    assert (fact.currency, fact.currency_source.value) == ("HKD", "inferred")


def test_a_place_in_another_sentence_does_not() -> None:
    import moneyfacts

    [fact] = moneyfacts.extract("He flew to Sydney. The ticket cost $900.")
    assert fact.currency == "USD"


@pytest.mark.parametrize(
    ("name", "default", "seen", "territory", "code"),
    [
        ("cents", None, [], "INR", "USD"),
        ("cents", None, [], "AUD", "AUD"),
        ("cents", "EUR", [], "GBP", "EUR"),
        ("cents", None, ["CAD"], "INR", "CAD"),
        ("セント", None, [], "JPY", "USD"),
        ("øre", None, [], "NOK", "NOK"),
    ],
)
def test_a_bare_minor_unit_belongs_to_a_currency_that_has_it(
    name: str, default: str | None, seen: list[str], territory: str, code: str
) -> None:
    ctx = Context(default=default, territory=territory, seen=list(seen))
    assert minor_currency(name, ctx)[0] == code


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("La banque a gagné 2 millions de nouveaux clients.", "fr"),
        ("Le groupe a embauché 3 000 nouveaux salariés.", "fr"),
        ("El banco sumó 2 millones de nuevos clientes.", "es"),
        ("La banca ha 2 milioni di nuovi clienti.", "it"),
    ],
)
def test_the_adjective_new_of_a_currency_name_names_no_currency(text: str, locale: str) -> None:
    assert [f for f in moneyfacts.extract(text, locale=locale) if f.currency is not None] == []


def test_a_new_currency_named_in_full_is_still_read() -> None:
    facts = moneyfacts.extract("Il a payé 500 nouveaux shekels israéliens.", locale="fr")
    assert [str(f.amount) for f in facts] == ["ILS 500"]
