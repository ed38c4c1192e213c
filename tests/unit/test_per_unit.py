"""Per-unit prices: the head noun of the denominator, in each language's forms, and measures named first."""

from __future__ import annotations

import pytest

import moneyfacts


def _pers(text: str, locale: str = "en") -> list[str | None]:
    return [f.per for f in moneyfacts.extract(text, locale=locale, kinds=["money"])]


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("en", "The firm earned $0.45 per diluted share.", "share"),
        ("en", "It paid a bonus of $500 per eligible employee in March.", "employee"),
        ("en", "Office rent is $40 per square foot.", "square foot"),
        ("en", "Office rent is $40 per sq ft.", "sq ft"),
        ("en", "Gold rose to $1,900 per troy ounce.", "troy ounce"),
        ("en", "Gas fetched $9 per million British thermal units.", "million british thermal unit"),
        ("fr", "Le groupe versera 500 euros par salarié éligible.", "salarié"),
        ("de", "Die Dividende beträgt 1,20 Euro je Aktie.", "share"),
        ("pl", "Dywidenda wyniesie 3 zł na akcję.", "share"),
        ("ru", "Дивиденд составит 12 руб. на акцию.", "share"),
        ("nb", "Utbyttet blir 3 kroner per aksje.", "share"),
        ("nl", "Het dividend is EUR 0,50 per gewoon aandeel.", "share"),
        ("id", "Dividen sebesar Rp50 per lembar saham.", "share"),
        ("ar", "أوصى المجلس بتوزيع 0.5 ريال للسهم.", "share"),
    ],
)
def test_the_head_noun_is_the_unit(locale: str, text: str, want: str) -> None:
    assert _pers(text, locale) == [want]


def test_a_preposition_is_no_per_word_before_any_noun() -> None:
    assert _pers("Wydali 300 zł na remont.", "pl") == [None]  # "on the renovation"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "Diluted earnings per share were $1.32."),
        ("en", "EPS: Rs5.26 for the year."),
        ("de", "Das Ergebnis je Aktie stieg auf 1,20 Euro."),
        ("fr", "Le bénéfice par action ressort à 2,10 euros."),
        ("es", "El beneficio por acción fue de 0,45 euros."),
        ("tr", "Hisse başına 2,5 TL temettü dağıtılacak."),
        ("zh", "每股基本盈利6.78港元。"),
        ("ja", "1株当たり配当金は40円。"),
        ("ko", "한 주당 1500원의 배당을 결정했다."),
        ("hi", "कंपनी प्रति शेयर 5 रुपये का लाभांश देगी।"),
    ],
)
def test_a_measure_named_before_its_figure(locale: str, text: str) -> None:
    assert _pers(text, locale) == ["share"]


def test_a_measure_named_first_reaches_only_its_own_figure() -> None:
    # a percentage or a clause break stands between: the later figure is no per-share measure
    assert _pers("Earnings per share rose 5% while revenue hit $400.") == [None]
    assert _pers("Spending per pupil was cut, and the school got $4,000.") == [None]
    assert _pers("The bank earned Rs2.2 billion (EPS: Rs2.52).") == [None, "share"]


def test_a_price_change_takes_the_unit_of_the_price_it_moves() -> None:
    assert _pers("Shares rose $1.20 to $45.60.") == ["share", "share"]
    assert _pers("Shares rose 3% to $45.60 after it agreed to pay $1,200.") == ["share", None]


def test_between_makes_a_range_after_a_word_of_movement() -> None:
    (fact,) = moneyfacts.extract("Sales rose to between $5 and $6 billion.")
    assert (str(fact.low), str(fact.high)) == ("USD 5000000000", "USD 6000000000")


def test_half_a_cent_and_the_counter() -> None:
    facts = moneyfacts.extract("The counter gained half a Singapore cent to S$1.215.", locale="en_SG")
    assert [(str(f.amount), f.per) for f in facts] == [("SGD 0.005", "share"), ("SGD 1.215", "share")]
    assert _pers("It sold over the counter for $5 million.") == [None]


def test_a_count_of_shares_after_per() -> None:
    assert _pers("向全体股东每10股派发现金红利1.00元。", "zh") == ["10 share"]
    assert _pers("보통주 한 주당 2천원의 배당을 결정했다.", "ko") == ["share"]
    assert _pers("The steps cost $5.") == [None]  # "eps" inside a word is no measure


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("en", "The dividend of $0.50 will be paid in May.", ["share"]),
        ("en", "Dividend payments totalled $5 billion.", [None]),  # a total, scaled
        ("de", "Die Dividende je Stammaktie steigt auf 2,10 Euro.", ["share"]),
        ("fr", "Le dividende sera de 1,20 euro.", ["share"]),
        ("da", "Udbyttet er 5 kr. pr. aktie.", ["share"]),
        ("fi", "Yhtiö maksaa 0,50 euroa osakkeelta.", ["share"]),
        ("tr", "Kişi başına 500 TL ödenecek.", ["person"]),  # "per" after its noun: per person
        ("vi", "Cổ tức là 1.500 đồng/cổ phiếu.", ["share"]),
        ("ja", "1株あたり30円の配当。", ["share"]),
    ],
)
def test_dividends_and_more_forms_of_the_share(locale: str, text: str, want: list[str | None]) -> None:
    assert _pers(text, locale) == want


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("el", "Η εταιρεία πληρώνει 2 ευρώ ανά μετοχή.", ["share"]),
        ("ar", "التوزيع 0.5 دولار لكل سهم.", ["share"]),
        ("is", "Arðurinn er 5 krónur á hlut.", ["share"]),
        ("is", "Hann fékk 5 krónur á mánudag.", [None]),  # CLDR's word, here a preposition before a day
    ],
)
def test_the_per_word_of_cldr_before_a_known_unit(locale: str, text: str, want: list[str | None]) -> None:
    assert _pers(text, locale) == want


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("en", "Brent crude rose to $85.20 on Monday.", ["barrel"]),
        ("en", "Gold hit a record at $2,310 before easing to $2,290.", ["ounce", "ounce"]),
        ("de", "Der Ölpreis fiel auf 80 Dollar.", ["barrel"]),
        ("es", "El petróleo subió a 85 dólares.", ["barrel"]),
        ("en", "Oil companies earned $5 billion.", [None]),  # a total
        ("en", "The oil firm paid $40 bonuses.", [None]),  # no price lead
        ("en", "Goldman paid $40 to settle.", [None]),
    ],
)
def test_goods_quoted_per_an_unsaid_unit(locale: str, text: str, want: list[str | None]) -> None:
    assert _pers(text, locale) == want
