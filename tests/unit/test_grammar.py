"""Grammar: tokens -> raw figures (values, marks, qualifiers, ranges, glosses, per-unit, percentages)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyfacts.grammar.figures import Figure, phrase_tables
from moneyfacts.grammar.parser import figures
from moneyfacts.reading.scan import scanner


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


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("La cena sale a 22 euros 40 por persona.", "es", "22.40"),
        ("Er zahlte 7 Euro 95 für das Buch.", "de", "7.95"),
        ("The fare was 15 USD 50 more than last year.", "en", "15.50"),
        ("उसने बीस डॉलर साठ दिए।", "hi", "20.60"),
        ("チケットは8ユーロと20です。", "ja", "8.20"),
        ("The bill came to $20 and forty in the end.", "en", "20.40"),
    ],
)
def test_a_bare_number_after_a_major_unit_is_its_minor_part(text: str, locale: str, value: str) -> None:
    assert _one(text, locale).value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("It cost $20 30 years ago.", "en", "20"),
        ("It cost 20 dollars 30 minutes before closing.", "en", "20"),
        ("They paid 20 dollars 15 times.", "en", "20"),
        ("It cost 20 million dollars 15 of them private.", "en", "20000000"),
        ("Costaba 10 euros 25 veces menos.", "es", "10"),
    ],
)
def test_a_number_that_counts_something_is_no_minor_part(text: str, locale: str, value: str) -> None:
    assert _figs(text, locale)[0].value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Он заплатил 7 рублями 50 копейками.", "ru", "7.50"),  # instrumental case
        ("on iki dolar yirmi sente aldı", "tr", "12.20"),  # dative case
        ("それは4ドル5セントです。", "ja", "4.05"),  # a minor unit in kana
        ("5日元7日本銭", "zh", "5.07"),  # sen after the country's name
        ("4 დოლარი და 10 ცენტი", "ka", "4.10"),
    ],
)
def test_minor_unit_names_in_their_written_forms(text: str, locale: str, value: str) -> None:
    assert _one(text, locale).value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("drie kuai en twee mao vijf", "nl"),
        ("üç kuai iki mao beş fen", "tr"),
        ("तीन कुआई और दो माओ और पांच फ़ेन", "hi"),
    ],
)
def test_a_hundredth_after_a_tenth_named_or_not(text: str, locale: str) -> None:
    assert _one(text, locale).value == Decimal("3.25")


@pytest.mark.parametrize(("text", "value"), [("港幣四個三毫五", "4.35"), ("個七", "1.7"), ("六個半", "6.5")])
def test_cantonese_prices_count_dollars_with_a_counter(text: str, value: str) -> None:
    [fig] = _figs(text, "zh", bare=True)
    assert fig.value == Decimal(value)


def test_a_counter_without_cents_counts_things() -> None:
    [fig] = _figs("他給了港幣三個人", "zh")
    assert fig.value == Decimal(3)


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


@pytest.mark.parametrize(
    ("text", "value"),
    [("25 אש״ח", "25000"), ('2.5 מש"ח', "2500000"), ("עשרה משח", "10000000"), ("10 ש״ח", "10")],
)
def test_hebrew_acronyms_scale_the_amount(text: str, value: str) -> None:
    fig = _one(text, "he")
    assert (fig.value, _codes(fig)) == (Decimal(value), ("ILS",))


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("trí dhollair agus caoga ceint", "3.5", None, None),
        ("5 dhollair agus 5 ceint", "5.05", None, None),
        ("idir 10 agus 20 euro", None, "10", "20"),
    ],
)
def test_irish_lenited_names_and_agus(
    text: str, value: str | None, low: str | None, high: str | None
) -> None:
    fig = _one(text, "ga")
    assert (fig.value, fig.low, fig.high) == tuple(Decimal(v) if v else None for v in (value, low, high))


def test_a_singular_pound_weighs_only_in_english() -> None:
    assert _figs("a twenty pound bag") == []
    fig = _one("tujuh pound", "id")
    assert fig.value == Decimal(7)
    assert fig.mark is not None
    assert fig.mark.mark.codes[0] == "GBP"


def test_a_name_read_with_the_adjective_after_it() -> None:
    fig = _one("250 milioni di fiorini olandesi", "it")
    assert fig.value == Decimal(250_000_000)
    assert fig.mark is not None
    assert fig.mark.mark.codes == ("NLG",)


def test_a_place_before_an_ambiguous_sign_picks_its_currency() -> None:
    fig = _one("5 milyar ABD $'lık", "tr")
    assert fig.value == Decimal(5_000_000_000)
    assert fig.mark is not None
    assert fig.mark.mark.codes == ("USD",)


def test_a_lower_case_code_outside_english_must_be_a_news_currency() -> None:
    assert _figs("ha detto che 5 persone", "it") == []
    [fig] = _figs("ha pagato 10 usd", "it")
    assert fig.mark is not None
    assert fig.mark.mark.codes == ("USD",)


@pytest.mark.parametrize(
    ("text", "locale", "value", "code"),
    [
        ("2,75 $ c à une part", "fr", Decimal("2.75"), "CAD"),  # the spaced form of "$C"
        ("12 $ US", "fr", Decimal(12), "USD"),
        ("Rp. 420,00", "id", Decimal(420), "IDR"),  # the abbreviation's dot
        ("VN$2500", "vi", Decimal(2500), "VND"),
    ],
)
def test_letters_beside_a_sign(text: str, locale: str, value: Decimal, code: str) -> None:
    fig = _one(text, locale)
    assert fig.value == value
    assert fig.mark is not None
    assert fig.mark.mark.codes[0] == code


def test_a_territory_before_the_dollar_sign_counts_only_in_capitals() -> None:
    fig = _one("paid in$5 bills")
    assert fig.mark is not None
    assert fig.mark.mark.codes[0] == "USD"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("￡5", "GBP"),
        ("5 ￦", "KRW"),
        ("ＵＳ＄5", "USD"),
        ("1 د.إ", "AED"),
        ("1 د.أ", "JOD"),
        ("1 ش.ج", "ILS"),
    ],
)
def test_variant_marks(text: str, code: str) -> None:
    assert _codes(_one(text, "und"))[0] == code


def test_full_width_cent_sign_is_a_minor_unit() -> None:
    assert _one("50￠", "und").value == Decimal("0.5")


@pytest.mark.parametrize(("text", "code"), [("1 Rf", "MVR"), ("1 RF", "RWF"), ("1 CHf", "CHF")])
def test_case_of_short_marks(text: str, code: str) -> None:
    assert _codes(_one(text)) == (code,)


def test_miscased_codes_need_two_capitals_and_no_plural_or_pence() -> None:
    assert all(f.mark is None for f in _figs("It has 5 ECs and GBp 150 in stock."))


def test_lower_case_symbols() -> None:
    assert _codes(_one("Cijena je 50 kn.", "hr")) == ("HRK",)
    assert all(f.mark is None for f in _figs("The ship made 50 kn."))
    [fig] = _figs("50 nis", "und", bare=True)
    assert _codes(fig) == ("ILS",)


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [("517.250 KD", "und", "517.250"), ("BD 1.250", "fr", "1.250"), ("KD 1,500", "und", "1500")],
)
def test_three_decimal_currencies(text: str, locale: str, value: str) -> None:
    assert _one(text, locale).value == Decimal(value)


def test_a_locale_grouping_with_dots_keeps_them() -> None:
    assert _one("Er zahlte 1.500 KD.", "de").value == Decimal("1500")


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


def test_a_code_touching_the_number_after_it_prefixes_that_number() -> None:
    [fig] = _figs("He has 3 USD50 cards.")
    assert (fig.value, _codes(fig)) == (Decimal(50), ("USD",))


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("It costs 20 usd.", "20", "USD"),
        ("Pay 5 eur now", "5", "EUR"),
        ("costs half million usd", "500000", "USD"),
    ],
)
def test_a_lower_case_code_after_its_number_in_mixed_case_english(text: str, value: str, code: str) -> None:
    [fig] = _figs(text)
    assert (fig.value, _codes(fig)) == (Decimal(value), (code,))


def test_lower_case_codes_that_are_english_words_stay_words() -> None:
    assert _figs("He scored 3 try in the match.") == []
