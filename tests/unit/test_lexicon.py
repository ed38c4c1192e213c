"""The lexicon: marks, scale words, minor units and locale data per locale."""

from __future__ import annotations

import pytest

from moneyfacts.errors import UnknownLocaleError
from moneyfacts.reading.lexicon import (
    Mark,
    all_symbols,
    canonical_locale,
    currency_digits,
    decimal_symbols,
    fold_mark,
    is_currency_code,
    lexicon,
    normalise_mark,
    wide_forms,
)
from moneyfacts.reading.places import place_words


def test_normalise_mark() -> None:
    assert normalise_mark("  Hong\u00a0Kong   Dollars") == "hong kong dollars"
    assert normalise_mark("\u200eCN¥\u200e") == "cn¥"


def test_devanagari_spellings_fold_to_one_key() -> None:
    # nukta written apart, precomposed or left out; candrabindu or anusvara
    assert normalise_mark("स्विस \u095e्रैंक") == normalise_mark("स्विस \u092b\u093c्रैंक") == "स्विस फ्रैंक"
    assert normalise_mark("पाँच") == normalise_mark("पांच")
    assert lexicon("hi").marks[normalise_mark("फ्रैंक")].codes[0] == "CHF"


def test_codes_and_digits() -> None:
    assert is_currency_code("USD")
    assert is_currency_code("DEM")
    assert not is_currency_code("BTC")
    assert not is_currency_code("usd")
    assert (currency_digits("JPY"), currency_digits("EUR"), currency_digits("BHD")) == (0, 2, 3)


def test_canonical_locale() -> None:
    assert canonical_locale("en-GB") == "en_GB"
    assert canonical_locale("zh_Hant_HK") == "zh_Hant_HK"
    assert canonical_locale("") == "und"


@pytest.mark.parametrize("locale", ["xx", "qqq", "not a locale"])
def test_unknown_locale_raises(locale: str) -> None:
    with pytest.raises(UnknownLocaleError) as caught:
        lexicon(locale)
    assert isinstance(caught.value, ValueError)


def test_english_marks() -> None:
    marks = lexicon("en").marks
    assert marks["us$"] == Mark(("USD",), True)
    assert marks["usd"].codes == ("USD",)
    assert marks["usd"].decisive
    assert marks["usd"].kind == "code"
    assert marks["$"].decisive is False
    assert marks["$"].codes[0] == "USD"
    assert {"CAD", "AUD", "MXN"} <= set(marks["$"].codes)
    assert marks["¥"].codes[:2] == ("JPY", "CNY")
    assert marks["£"].codes[0] == "GBP"
    assert not marks["£"].decisive
    assert marks["kr"].codes[:4] == ("SEK", "NOK", "DKK", "ISK")
    assert marks["€"] == Mark(("EUR",), True)
    assert marks["euros"] == Mark(("EUR",), True)
    assert marks["yuan"] == Mark(("CNY",), True)
    assert marks["hong kong dollars"] == Mark(("HKD",), True)
    assert marks["us dollars"] == Mark(("USD",), True)
    assert marks["swiss francs"] == Mark(("CHF",), True)
    assert marks["deutsche mark"] == Mark(("DEM",), True)
    assert marks["pesetas"].codes[0] == "ESP"


@pytest.mark.parametrize(
    ("word", "first"),
    [("dollars", "USD"), ("dollar", "USD"), ("pesos", "MXN"), ("francs", "CHF"), ("rupees", "INR"),
     ("pounds", "GBP"), ("krone", "NOK"), ("kroner", "NOK"), ("rs", "INR")],
)  # fmt: skip
def test_english_generic_words_list_candidates(word: str, first: str) -> None:
    mark = lexicon("en").marks[word]
    assert mark.decisive is False
    assert mark.codes[0] == first
    assert len(mark.codes) >= 2


def test_english_single_currency_words() -> None:
    marks = lexicon("en").marks
    assert marks["r"] == Mark(("ZAR",), False)  # a lone letter never decides
    assert marks["yen"].codes[0] == "JPY"
    assert marks["euro"] == Mark(("EUR",), True)
    assert "KRW" in marks["won"].codes


def test_symbols_of_other_locales_are_marks_everywhere() -> None:
    marks = lexicon("en").marks
    assert marks["zł"] == Mark(("PLN",), True)
    assert marks["kč"] == Mark(("CZK",), True)
    assert marks["₹"] == Mark(("INR",), True)
    assert marks["r$"] == Mark(("BRL",), True)
    assert marks["₮"].codes == ("MNT",)
    assert marks["ksh"].codes == ("KES",)
    assert marks["₫"].codes == ("VND",)


def test_single_letter_symbols_are_never_decisive() -> None:
    marks = lexicon("en").marks
    letters = [
        key for key, mark in marks.items() if mark.kind == "symbol" and len(key) == 1 and key.isalpha()
    ]
    assert letters
    assert all(not marks[k].decisive for k in letters)


def test_english_scales_and_minor_units() -> None:
    lex = lexicon("en")
    assert (lex.scales["k"], lex.scales["m"], lex.scales["bn"], lex.scales["tn"]) == (3, 6, 9, 12)
    assert (lex.scales["thousand"], lex.scales["million"], lex.scales["billion"]) == (3, 6, 9)
    assert (lex.scales["lakh"], lex.scales["crore"], lex.scales["lakh crore"]) == (5, 7, 12)
    assert lex.minor_units["cents"] == (2, None)
    assert lex.minor_units["pence"] == (2, "GBP")
    assert lex.minor_units["paise"] == (2, "INR")
    assert lex.minor_units["¢"] == (2, None)
    assert (lex.territory, lex.territory_currency, lex.decimal, lex.group) == ("US", "USD", ".", ",")
    assert lex.max_mark_words == max(len(key.split()) for key in lex.marks)


def test_german() -> None:
    lex = lexicon("de_DE")
    assert (lex.locale, lex.language, lex.territory, lex.territory_currency) == ("de_DE", "de", "DE", "EUR")
    assert (lex.decimal, lex.group) == (",", ".")
    assert lexicon("de").scales["mrd."] == 9
    assert (lex.scales["mio."], lex.scales["millionen"], lex.scales["milliarden"]) == (6, 6, 9)
    assert lex.scales["billionen"] == 12
    assert lex.marks["euro"] == Mark(("EUR",), True)
    assert lex.marks["dollar"].codes[0] == "USD"
    assert not lex.marks["dollar"].decisive
    assert lex.marks["us-dollar"] == Mark(("USD",), True)
    assert lexicon("de").territory_currency == "EUR"


def test_chinese() -> None:
    lex = lexicon("zh")
    assert (lex.territory, lex.territory_currency) == ("CN", "CNY")
    assert (lex.scales["万"], lex.scales["亿"], lex.scales["万亿"]) == (4, 8, 12)
    assert lex.marks["美元"] == Mark(("USD",), True)
    assert lex.marks["人民币"] == Mark(("CNY",), True)
    assert lex.marks["元"].codes[0] == "CNY"
    assert lex.minor_units["角"] == (1, "CNY")
    assert lex.minor_units["分"] == (2, "CNY")
    assert lexicon("zh_Hant").scales["億"] == 8


def test_a_language_keeps_its_own_marks() -> None:
    # Japanese and Korean character sets show the yen and won signs as a backslash
    assert lexicon("ja").marks["\\"] == Mark(("JPY",), True)
    assert lexicon("ko").marks["\\"].codes == ("KRW",)
    assert "\\" not in lexicon("en").marks
    assert "\\" not in lexicon("und").marks


def test_indian_english() -> None:
    lex = lexicon("en_IN")
    assert (lex.territory, lex.territory_currency) == ("IN", "INR")
    assert (lex.scales["l"], lex.scales["cr"], lex.scales["lakh"]) == (5, 7, 5)
    assert lex.marks["rupees"].codes[0] == "INR"
    assert lexicon("hi").scales[normalise_mark("करोड़")] == 7  # keys are folded: "करोड़" = "करोड"


def test_norwegian_bokmal() -> None:
    lex = lexicon("nb")
    assert (lex.territory, lex.territory_currency, lex.decimal) == ("NO", "NOK", ",")
    assert lex.marks["kroner"].codes[0] == "NOK"
    assert not lex.marks["kroner"].decisive
    assert "SGD" in lex.marks["dollar"].codes
    assert lex.minor_units["øre"] == (2, "NOK")
    assert lex.scales["milliarder"] == 9


def test_regional_locales_take_their_territory_currency() -> None:
    assert lexicon("en_AU").territory_currency == "AUD"
    assert lexicon("en_NZ").territory_currency == "NZD"
    assert lexicon("en_CA").territory_currency == "CAD"
    assert lexicon("en_ZA").territory_currency == "ZAR"
    assert lexicon("pt_BR").territory_currency == "BRL"


def test_portuguese_billion_differs_by_region() -> None:
    assert lexicon("pt_BR").scales["bilhões"] == 9
    assert lexicon("pt_PT").scales["biliões"] == 12
    assert lexicon("pt_PT").scales["mil milhões"] == 9


def test_other_languages_name_their_currencies() -> None:
    assert lexicon("fr").marks["dollars"].codes[0] == "USD"
    assert lexicon("es").marks["dólares"].codes[0] == "USD"
    assert lexicon("ru").marks["рублей"].codes[0] == "RUB"
    assert lexicon("ja").marks["ドル"].codes[0] == "USD"
    assert lexicon("ko").marks["달러"].codes[0] == "USD"
    assert lexicon("sv").marks["kronor"].codes[0] == "SEK"
    assert lexicon("he").marks["שקל"].codes[0] == "ILS"
    assert lexicon("it").scales["miliardi"] == 9
    assert lexicon("fr").scales["milliards"] == 9


def test_und_unions_every_language() -> None:
    lex = lexicon("und")
    assert (lex.locale, lex.language, lex.territory, lex.territory_currency) == ("und", "und", None, None)
    assert lex.marks["美元"].codes == ("USD",)
    assert lex.marks["dollars"].codes[0] == "USD"
    assert lex.marks["ft"].codes == ("HUF",)
    assert "SDG" in lex.marks["ج.س."].codes
    assert lex.scales["billion"] == 9  # English wins where languages differ
    assert lex.scales["mrd."] == 9
    assert lex.scales["亿"] == 8
    assert lex.max_mark_words >= lexicon("en").max_mark_words


def test_all_symbols_and_decimal_symbols() -> None:
    symbols = all_symbols()
    assert {"$", "€", "₹", "¥", "₩", "£", "₽", "₺", "￥"} <= symbols
    assert not any(ch.isalpha() for symbol in symbols for ch in symbol)
    assert decimal_symbols("de") == (",", ".")
    assert decimal_symbols("en_IN") == (".", ",")


def test_lexicon_is_cached() -> None:
    assert lexicon("en") is lexicon("en")
    assert lexicon("en_GB").marks is lexicon("en_GB").marks


def test_locale_currency_leads_ambiguous_marks() -> None:
    assert lexicon("en_AU").marks["$"].codes[0] == "AUD"
    assert lexicon("en_CA").marks["dollars"].codes[0] == "CAD"
    assert lexicon("en_AU").marks["us$"].codes == ("USD",)
    assert lexicon("en").marks["$"].codes[0] == "USD"


def test_a_script_without_a_region_names_no_country() -> None:
    # Traditional Chinese is written in Taiwan, Hong Kong and Macau and by mainland papers abroad
    assert lexicon("zh_Hant").territory_currency is None
    assert lexicon("zh_Hant").marks["元"].codes[0] == "CNY"
    assert lexicon("zh_Hant_TW").marks["元"].codes[0] == "TWD"
    assert lexicon("zh_Hant_HK").territory_currency == "HKD"


def test_hebrew_acronyms_fuse_a_scale_with_the_shekel() -> None:
    marks = lexicon("he").marks
    assert [(marks[key].codes, marks[key].power) for key in ("אש״ח", 'אש"ח', "אשח", "מש״ח", "משח")] == [
        (("ILS",), 3),
        (("ILS",), 3),
        (("ILS",), 3),
        (("ILS",), 6),
        (("ILS",), 6),
    ]
    assert marks["ש״ח"].power == 0


def test_new_and_old_lead_names_but_name_no_currency() -> None:
    assert "nou" not in lexicon("ca").marks
    assert "nuevo" not in lexicon("es").marks
    assert lexicon("ca").marks["nou xéquel israelià"].codes == ("ILS",)


def test_a_bare_pound_is_sterling_where_a_longer_name_holds_the_word() -> None:
    # CLDR's Russian sterling is "британский фунт стерлингов": its inner "фунт" is the shared unit word
    assert lexicon("ru").marks["фунтов"].codes[0] == "GBP"
    assert lexicon("ru").marks["египетских фунтов"].codes == ("EGP",)


def test_a_hand_kept_lead_yields_to_a_major_currency_of_the_same_word() -> None:
    assert lexicon("ro").marks["lire"].codes[0] == "GBP"  # CLDR: "lire sterline"
    assert lexicon("it").marks["lire"].codes[0] == "ITL"  # Italian sterling is "sterline": no clash
    assert lexicon("en").marks["lire"].codes[0] == "ITL"


def test_special_regions_are_named_without_their_status() -> None:
    assert place_words("es")["Hong Kong"] == "HKD"  # CLDR: "RAE de Hong Kong (China)"
    assert place_words("fr")["Hong Kong"] == "HKD"  # CLDR: "R.A.S. chinoise de Hong Kong"
    assert place_words("en")["Hong Kong"] == "HKD"


def test_a_territory_code_before_the_dollar_sign_names_its_currency() -> None:
    mark = lexicon("vi").marks["vn$"]
    assert (mark.codes, mark.decisive, mark.kind) == (("VND",), True, "place")
    assert lexicon("en").marks["ch$"].codes == ("CLP",)  # hand-kept: Chile writes "CH$"


def test_formal_writings_of_the_yuan_character() -> None:
    assert lexicon("zh").marks["美圆"].codes == ("USD",)
    assert lexicon("zh").marks["港圓"].codes == ("HKD",)


def test_fold_mark_reads_width_and_letter_variants() -> None:
    assert fold_mark("￡") == "£"
    assert fold_mark("ｕｓ＄") == "us$"
    assert fold_mark("د.إ") == "د.ا"
    assert normalise_mark("د.إ") == "د.إ"  # the exact key keeps its letters
    assert wide_forms("£") == "￡"


def test_an_exact_arabic_symbol_wins_over_its_folded_form() -> None:
    marks = lexicon("und").marks
    assert marks["د.إ"] == Mark(("AED",), True)
    assert marks["د.أ"] == Mark(("JOD",), True)


@pytest.mark.parametrize(
    ("key", "code"), [("ر.ع", "OMR"), ("د.م", "MAD"), ("ل.ل", "LBP"), ("රු", "LKR"), ("щ.д", "USD")]
)
def test_dotted_symbols_stand_without_their_final_dot(key: str, code: str) -> None:
    assert lexicon("und").marks[key].codes == (code,)


def test_lower_case_symbols_of_a_language() -> None:
    assert "kn" in lexicon("hr").lower_symbols
    assert "kn" not in lexicon("en").lower_symbols


def test_cased_marks_keep_their_own_currency() -> None:
    lex = lexicon("en")
    assert lex.cased_marks["Rf"].codes == ("MVR",)
    assert lex.cased_marks["RF"].codes == ("RWF",)
    assert lex.marks["rf"].codes[0] == "RWF"
