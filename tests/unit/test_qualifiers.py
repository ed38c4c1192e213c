"""Qualifiers in many languages: phrases before and after a figure, leads of estimation, and traps."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts import Kind, Qualifier, extract
from moneyfacts.data import qualifiers
from moneyfacts.grammar.qualifiers import REACH


def _qualifiers(text: str, locale: str) -> list[str | None]:
    facts = extract(text, locale=locale)
    return [f.qualifier.value if f.qualifier else None for f in facts if f.kind is Kind.MONEY]


APPROX = [
    ("en_US", "The repair bill came to roughly $4 million."),
    ("en_US", "The repair bill came to a little over $4 million."),
    ("en_US", "It costs ~$5 billion."),
    ("de_DE", "Der Umbau kostet rund 12 Millionen Euro."),
    ("de_DE", "Den Schaden beziffert man auf geschätzte 8 Millionen Euro."),
    ("fr_FR", "Le stade a coûté environ 90 millions d'euros."),
    ("es_ES", "La reforma costará alrededor de 30 millones de euros."),
    ("it_IT", "Il progetto vale circa 15 milioni di euro."),
    ("pt_BR", "A obra custou em torno de R$ 40 milhões."),
    ("nl_NL", "De verbouwing kost naar schatting 6 miljoen euro."),
    ("sv_SE", "Bygget kostar omkring 50 miljoner kronor."),
    ("fi_FI", "Remontti maksaa noin 300 000 euroa."),
    ("pl_PL", "Inwestycja kosztuje około 80 mln zł."),
    ("cs_CZ", "Oprava stála přibližně 20 milionů korun."),
    ("ru_RU", "Ремонт обойдётся примерно в 400 млн рублей."),
    ("uk_UA", "Ремонт коштує близько 30 млн гривень."),
    ("hu_HU", "A felújítás mintegy 900 millió forint."),
    ("tr_TR", "Proje yaklaşık 70 milyon lira tutuyor."),
    ("zh_Hans_CN", "该项目投资约12亿元。"),
    ("zh_Hant_TW", "這項工程耗資將近8億元。"),
    ("ja_JP", "工事費は約40億円に上る。"),
    ("ko_KR", "공사비는 약 50억 원이다."),
    ("vi_VN", "Dự án có vốn khoảng 2.000 tỷ đồng."),
    ("id_ID", "Proyek itu bernilai sekitar Rp 3 triliun."),
    ("ar_EG", "بلغت التكلفة حوالي 20 مليون دولار"),
    ("he_IL", "העלות הגיעה לכ-40 מיליון דולר"),
    ("hi_IN", "परियोजना पर लगभग 500 करोड़ रुपये खर्च हुए।"),
]


@pytest.mark.parametrize(("locale", "text"), APPROX)
def test_approx_before(locale: str, text: str) -> None:
    assert _qualifiers(text, locale) == ["approx"]


OVER = [
    ("en_US", "Sales topped $5 billion last year."),
    ("de_DE", "Der Umsatz stieg auf mehr als 3 Milliarden Euro."),
    ("fr_FR", "Les ventes dépassent les 2 milliards d'euros."),
    ("es_ES", "Las ventas superan los 500 millones de euros."),
    ("pt_BR", "As vendas ultrapassaram R$ 2 bilhões."),
    ("it_IT", "Le vendite sono oltre 900 milioni di euro."),
    ("nl_NL", "De omzet was ruim 400 miljoen euro."),
    ("sv_SE", "Omsättningen var drygt 600 miljoner kronor."),
    ("fi_FI", "Liikevaihto oli yli 40 miljoonaa euroa."),
    ("pl_PL", "Przychody wyniosły ponad 3 mld zł."),
    ("cs_CZ", "Tržby činily více než 10 miliard korun."),
    ("ru_RU", "Выручка составила свыше 60 млрд рублей."),
    ("hu_HU", "A bevétel több mint 90 milliárd forint volt."),
    ("zh_Hans_CN", "全年营收逾300亿元。"),
    ("zh_Hant_HK", "全年營收超過300億港元。"),
    ("vi_VN", "Doanh thu vượt mốc 10.000 tỷ đồng."),
    ("vi_VN", "Lợi nhuận đạt hơn 1.200 tỷ đồng."),
    ("nb_NO", "Overskuddet ble på vel 2 milliarder kroner."),
    ("en_US", "Analysts see revenue of >$5 billion."),
    ("id_ID", "Pendapatan mencapai lebih dari Rp 8 triliun."),
    ("ar_EG", "بلغت الإيرادات أكثر من 3 مليارات دولار"),
    ("he_IL", "ההכנסות הגיעו ליותר מ-2 מיליון דולר"),
]


@pytest.mark.parametrize(("locale", "text"), OVER)
def test_over_before(locale: str, text: str) -> None:
    assert _qualifiers(text, locale) == ["over"]


AFTER = [
    ("ja_JP", "1億円以上の寄付が集まった。", "over"),
    ("ja_JP", "50億円超の赤字となった。", "over"),
    ("ja_JP", "10万円未満の取引が多い。", "under"),
    ("ja_JP", "赤字は3億円余りに達した。", "over"),
    ("ja_JP", "費用は5000万円前後の見通し。", "approx"),
    ("zh_Hans_CN", "投资额在10亿元以上。", "over"),
    ("zh_Hans_CN", "单价为5元以下。", "under"),
    ("zh_Hans_CN", "成本在2亿元左右。", "approx"),
    ("ko_KR", "1억 원 이상의 기부금이 모였다.", "over"),
    ("ko_KR", "10만 원 미만의 거래.", "under"),
    ("ko_KR", "비용은 30억 원 가량이다.", "approx"),
    ("ko_KR", "투자액은 5억 달러를 넘는다.", "over"),
    ("ko_KR", "피해액은 3억 원 남짓이다.", "over"),
    ("ja_JP", "損失は100億円近くに上る。", "approx"),
    ("ja_JP", "売上高は5億円を下回る見通し。", "under"),
    ("hi_IN", "कंपनी ने 200 करोड़ रुपये से अधिक जुटाए।", "over"),
    ("hi_IN", "किराया 5000 रुपये से कम है।", "under"),
    ("tr_TR", "Maliyet 40 milyon dolar civarında.", "approx"),
    ("de_DE", "Der Schaden wird auf 3 Millionen Euro geschätzt.", "approx"),
    ("fr_FR", "Il faut 10 000 euros ou plus.", "at_least"),
    ("es_ES", "Cuesta 20 euros o más.", "at_least"),
]


@pytest.mark.parametrize(("locale", "text", "want"), AFTER)
def test_after_the_mark_and_scale(locale: str, text: str, want: str) -> None:
    assert _qualifiers(text, locale) == [want]


BOUNDS = [
    ("en_US", "Fines of at least $2,000 apply.", "at_least"),
    ("de_DE", "Die Strafe beträgt mindestens 500 Euro.", "at_least"),
    ("fr_FR", "L'amende est d'au moins 300 euros.", "at_least"),
    ("pt_BR", "A multa é de no mínimo R$ 500.", "at_least"),
    ("fi_FI", "Sakko on vähintään 200 euroa.", "at_least"),
    ("pl_PL", "Kara wynosi co najmniej 1000 zł.", "at_least"),
    ("hu_HU", "A bírság legalább 50 ezer forint.", "at_least"),
    ("vi_VN", "Mức phạt tối thiểu 5 triệu đồng.", "at_least"),
    ("zh_Hans_CN", "罚款至少1000元。", "at_least"),
    ("en_US", "Rents are below $900 a month.", "under"),
    ("en_US", "Shoppers want sub-$500 phones.", "under"),
    ("vi_VN", "Giá nhà trên dưới 5 tỷ đồng.", "approx"),
    ("cs_CZ", "Stavba stála cca 5 milionů korun.", "approx"),
    ("de_DE", "Der Preis liegt unter 10 Euro.", "under"),
    ("fr_FR", "Il gagne moins de 2 000 euros par mois.", "under"),
    ("es_ES", "Cuesta menos de 50 euros.", "under"),
    ("pl_PL", "Bilet kosztuje mniej niż 20 zł.", "under"),
    ("ru_RU", "Билет стоит менее 500 рублей.", "under"),
    ("zh_Hans_CN", "成本不到100元。", "under"),
    ("en_US", "Bonuses of up to $10,000 are paid.", "at_most"),
    ("en_US", "The miner plans to raise up to $8 million in a placement.", "at_most"),
    ("de_DE", "Es gibt bis zu 5000 Euro Zuschuss.", "at_most"),
    ("fr_FR", "Une amende pouvant aller jusqu'à 50 000 euros.", "at_most"),
    ("es_ES", "Una multa de hasta 3000 euros.", "at_most"),
    ("fi_FI", "Tukea saa enintään 800 euroa.", "at_most"),
    ("pl_PL", "Dopłata wynosi nie więcej niż 400 zł.", "at_most"),
    ("vi_VN", "Mức hỗ trợ tối đa 10 triệu đồng.", "at_most"),
    ("zh_Hans_CN", "补贴最多500元。", "at_most"),
    ("el_GR", "Η επιδότηση φτάνει έως 300 ευρώ.", "at_most"),
    ("en_US", "In 2020 up to $5 billion was spent.", "at_most"),
]


@pytest.mark.parametrize(("locale", "text", "want"), BOUNDS)
def test_bounds(locale: str, text: str, want: str) -> None:
    assert _qualifiers(text, locale) == [want]


LEADS = [
    ("en_US", "The deal, estimated by analysts at $3 billion, closed on Monday."),
    ("en_US", "The cost was estimated at $40 million."),
    ("de_DE", "Den Wert schätzt die Bank auf 2 Milliarden Euro."),
    ("fr_FR", "Le préjudice est estimé par la justice à 4 millions d'euros."),
    ("es_ES", "Las pérdidas se estiman en 60 millones de euros."),
    ("vi_VN", "Công ty ước tính doanh thu năm nay là 5.000 tỷ đồng."),
    ("id_ID", "Kerugian diperkirakan mencapai Rp 2 triliun."),
    ("fr_FR", "Selon une estimation de 300 millions d'euros, le coût grimpe."),
    ("nl_NL", "De schade wordt geschat op 12 miljoen euro."),
    ("it_IT", "La banca fa una stima di 40 milioni di euro."),
]


@pytest.mark.parametrize(("locale", "text"), LEADS)
def test_lead_of_estimation(locale: str, text: str) -> None:
    assert _qualifiers(text, locale) == ["approx"]


TRAPS = [
    ("en_US", "More than half of the $5 billion went to debt.", [None]),
    ("en_US", "Revenue rose 5% to $3 billion.", [None]),
    ("en_US", "Analysts estimated that sales of $2 billion were likely.", [None]),
    ("en_US", "The firm estimated growth and reported sales of $2 billion.", [None]),
    ("en_US", "Sales exceeded forecasts of $3 billion.", [None]),
    ("en_US", "Estimates rose 10%, to $4 billion.", [None]),
    ("en_US", "It cost CA$1.23.", [None]),
    ("de_DE", "Alle 5 Millionen Euro flossen in den Bau.", [None]),
    ("de_DE", "Mehr als die Hälfte der 8 Millionen Euro ging verloren.", [None]),
    ("fr_FR", "Plus de la moitié des 4 millions d'euros a été dépensée.", [None]),
    ("es_ES", "Se estimó el crecimiento y las ventas fueron de 40 millones de euros.", [None]),
    ("ru_RU", "Одна акция будет оценена в 20 рублей.", [None]),
    ("en_US", "Shares went up to $30 on Friday.", [None]),
    ("el_GR", "Η τιμή κυμαίνεται από 5 έως 10 ευρώ.", [None]),
    ("en_US", "The firm beat estimates with sales of $3 billion.", [None]),
    ("vi_VN", "Công ty ước tính tăng 5% lên 200 tỷ đồng.", [None]),
]


@pytest.mark.parametrize(("locale", "text", "want"), TRAPS)
def test_traps_take_no_qualifier(locale: str, text: str, want: list[str | None]) -> None:
    assert _qualifiers(text, locale) == want


def test_a_long_phrase_wins_over_its_tail() -> None:
    text = "Pagará 2 euros por acción, con un mínimo de 1 euro."
    assert _qualifiers(text, "es_ES") == [None, "at_least"]


def test_a_language_own_word_is_read_only_there() -> None:
    assert _qualifiers("Hinta jäi alle 10 euroa.", "fi_FI") == ["under"]
    assert _qualifiers("Alle 10 Euro gingen an die Stiftung.", "de_DE") == [None]


def test_a_bound_sets_its_end() -> None:
    (fact,) = extract("Sales topped $5 billion.", locale="en_US")
    assert fact.qualifier is Qualifier.OVER
    assert fact.low is not None
    assert fact.low.amount == Decimal("5000000000")
    assert fact.text == "topped $5 billion"


def test_a_lead_reaches_only_so_far() -> None:
    gap = " ".join(["word"] * REACH)
    assert _qualifiers(f"It was estimated {gap} at $3 billion.", "en_US") == [None]
    assert _qualifiers("It was estimated at $3 billion.", "en_US") == ["approx"]


def test_every_table_names_a_schema_qualifier() -> None:
    names = {"approx", "over", "at_least", "under", "at_most"}
    assert set(qualifiers.QUALIFIERS_BEFORE) == names
    assert set(qualifiers.QUALIFIERS_AFTER) <= names
    for groups in qualifiers.OWN_BEFORE.values():
        assert set(groups) <= names
    for group in qualifiers.QUALIFIERS_BEFORE.values():
        assert all(phrase == phrase.strip() and phrase for phrase in group)


INFIX = [
    ("zh_Hans_CN", "公司获得10多亿元融资。", Decimal("1000000000")),
    ("zh_Hans_CN", "罚款3余万元。", Decimal("30000")),
    ("zh_Hant_TW", "損失達20餘億元。", Decimal("2000000000")),
    ("ko_KR", "피해액은 5억여 원이다.", Decimal("500000000")),
]


@pytest.mark.parametrize(("locale", "text", "amount"), INFIX)
def test_a_bound_inside_the_figure(locale: str, text: str, amount: Decimal) -> None:
    (fact,) = extract(text, locale=locale)
    assert fact.qualifier is Qualifier.OVER
    assert fact.amount is not None
    assert fact.amount.amount == amount


def test_an_infix_needs_a_scale_or_mark_after_it() -> None:
    assert _qualifiers("10多个国家共投资5亿元。", "zh_Hans_CN") == [None]


def test_a_qualifier_glued_to_the_word_before() -> None:
    assert _qualifiers("ราคาประมาณ 5,000 บาท", "th_TH") == ["approx"]
    assert _qualifiers("ราคาไม่เกิน 300 บาท", "th_TH") == ["at_most"]
    assert _qualifiers("ราคา 5,000 บาท", "th_TH") == [None]


_PHRASES = [("about", "approx"), ("more than", "over"), ("at least", "at_least"), ("under", "under")]
_PHRASES += [
    ("up to", "at_most"),
    ("nearly", "approx"),
    ("in excess of", "over"),
    ("no more than", "at_most"),
]


@settings(max_examples=60, deadline=None)
@given(
    phrase=st.sampled_from(_PHRASES),
    cents=st.integers(min_value=1, max_value=10**9),
)
def test_a_qualifier_keeps_the_amount_and_bounds_it(phrase: tuple[str, str], cents: int) -> None:
    amount = Decimal(cents).scaleb(-2)
    (fact,) = extract(f"The fund paid {phrase[0]} ${amount:,.2f} last week.", locale="en_US")
    assert fact.qualifier is not None
    assert fact.qualifier.value == phrase[1]
    assert fact.amount is not None
    assert fact.amount.amount == amount
    bound = fact.low if phrase[1] in ("over", "at_least") else fact.high
    if phrase[1] != "approx":
        assert bound is not None
        assert bound.amount == amount
