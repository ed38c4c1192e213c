"""Periods written in other languages: sentences of our own, each rule in at least three languages."""

from __future__ import annotations

import datetime as dt

import pytest

import moneyfacts

REF = dt.date(2024, 11, 20)


def _period(text: str, locale: str, index: int = 0, ref: dt.date | None = REF) -> str | None:
    found = [
        f for f in moneyfacts.extract(text, locale=locale, reference_date=ref) if f.kind.value == "money"
    ]
    period = found[index].period
    return None if period is None else period.iso()


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "Der Konzern verdiente im dritten Quartal 2023 rund 4 Milliarden Euro.",
            "de_DE",
            "2023-07-01/2023-09-30",
        ),
        (
            "Au deuxième trimestre 2022, la société a gagné 12 millions d'euros.",
            "fr_FR",
            "2022-04-01/2022-06-30",
        ),
        (
            "La empresa ganó 30 millones de euros en el primer semestre de 2021.",
            "es_ES",
            "2021-01-01/2021-06-30",
        ),
        (
            "Il gruppo ha incassato 8 milioni di euro nel terzo trimestre 2020.",
            "it_IT",
            "2020-07-01/2020-09-30",
        ),
        ("Winst over het tweede kwartaal van 2023: 15 miljoen euro.", "nl_NL", "2023-04-01/2023-06-30"),
        (
            "Bolaget tjänade 40 miljoner kronor under det andra kvartalet 2022.",
            "sv_SE",
            "2022-04-01/2022-06-30",
        ),
        (
            "Чистая прибыль в третьем квартале 2023 года составила 12 млрд руб.",
            "ru_RU",
            "2023-07-01/2023-09-30",
        ),
        ("Spółka zarobiła 7 mln zł w drugim kwartale 2021 roku.", "pl_PL", "2021-04-01/2021-06-30"),
        ("2023년 2분기 영업이익은 5천억원이었다.", "ko_KR", "2023-04-01/2023-06-30"),
        ("2022年第三季度净利润为50亿元。", "zh_CN", "2022-07-01/2022-09-30"),
        ("Lợi nhuận quý II/2023 đạt 500 tỷ đồng.", "vi_VN", "2023-04-01/2023-06-30"),
        ("Laba kuartal III 2022 mencapai Rp5 triliun.", "id_ID", "2022-07-01/2022-09-30"),
    ],
)
def test_quarters_and_halves_with_their_year(text: str, locale: str, want: str) -> None:
    assert _period(text, locale) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Im zweiten Halbjahr stieg der Umsatz auf 3 Milliarden Euro.", "de_DE", "2024-07-01/2024-12-31"),
        (
            "Le chiffre d'affaires du premier trimestre atteint 9 millions d'euros.",
            "fr_FR",
            "2024-01-01/2024-03-31",
        ),
        (
            "La facturación del tercer trimestre fue de 20 millones de euros.",
            "es_ES",
            "2024-07-01/2024-09-30",
        ),
        ("上半年营收达到30亿元。", "zh_CN", "2024-01-01/2024-06-30"),
    ],
)
def test_a_span_without_its_year_takes_the_latest_begun_by_the_reference(
    text: str, locale: str, want: str
) -> None:
    assert _period(text, locale) == want


def test_without_a_reference_only_the_length_is_known() -> None:
    assert _period("Im dritten Quartal verdiente die Bank 2 Milliarden Euro.", "de_DE", ref=None) == "P3M"
    assert _period("第三季度净利润为10亿元。", "zh_CN", ref=None) == "P3M"
    assert _period("Au premier semestre, le groupe a perdu 5 millions d'euros.", "fr_FR", ref=None) == "P6M"


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "In den ersten neun Monaten 2023 verdiente sie 6 Milliarden Euro.",
            "de_DE",
            "2023-01-01/2023-09-30",
        ),
        (
            "Sur les neuf premiers mois de 2022, il a gagné 40 millions d'euros.",
            "fr_FR",
            "2022-01-01/2022-09-30",
        ),
        ("En los primeros nueve meses de 2021 ganó 70 millones de euros.", "es_ES", "2021-01-01/2021-09-30"),
        ("Lãi 9 tháng đầu năm 2023 đạt 900 tỷ đồng.", "vi_VN", "2023-01-01/2023-09-30"),
        ("前三季度营收为80亿元。", "zh_CN", "2024-01-01/2024-09-30"),
    ],
)
def test_the_first_months_of_a_year(text: str, locale: str, want: str) -> None:
    assert _period(text, locale) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Von April bis Juni 2023 setzte sie 2 Milliarden Euro um.", "de_DE", "2023-04-01/2023-06-30"),
        ("De enero a marzo de 2022 facturó 15 millones de euros.", "es_ES", "2022-01-01/2022-03-31"),
        (
            "De janvier à mars 2021, les ventes ont atteint 3 millions d'euros.",
            "fr_FR",
            "2021-01-01/2021-03-31",
        ),
        ("7-9月期の純利益は30億円だった。", "ja_JP", "2024-07-01/2024-09-30"),
    ],
)
def test_month_ranges(text: str, locale: str, want: str) -> None:
    assert _period(text, locale) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Чистая прибыль в 2022 году выросла до 5 млрд руб.", "ru_RU", "2022-01-01/2022-12-31"),
        ("Firma zarobiła 3 mln zł w 2020 roku.", "pl_PL", "2020-01-01/2020-12-31"),
        ("Şirketin 2021 yılında net kârı 40 milyon TL oldu.", "tr_TR", "2021-01-01/2021-12-31"),
        ("Zwischen 2025 bis 2027 will sie 9 Milliarden Euro investieren.", "de_DE", "2025-01-01/2027-12-31"),
        ("Die Dividende für das Geschäftsjahr 2023 beträgt 2 Euro.", "de_DE", "2023-01-01/2023-12-31"),
        ("Le bénéfice de l'exercice 2022 s'élève à 8 millions d'euros.", "fr_FR", "2022-01-01/2022-12-31"),
    ],
)
def test_years_and_fiscal_years(text: str, locale: str, want: str) -> None:
    assert _period(text, locale) == want


def test_a_fiscal_year_without_a_known_start_is_one_year_long() -> None:
    assert _period("بلغت الأرباح 5 ملايين ريال عن العام المالي 2023.", "ar_SA") == "P1Y"


@pytest.mark.parametrize(
    ("text", "locale", "index", "want"),
    [
        ("Im ersten Halbjahr 2023 verdiente sie 5 Mio. Euro, im Vorjahr 4 Mio. Euro.", "de_DE", 1,
         "2022-01-01/2022-06-30"),
        ("上半年营收为30亿元，去年同期为25亿元。", "zh_CN", 1, "2023-01-01/2023-06-30"),
        ("W drugim kwartale 2022 roku zysk wyniósł 4 mln zł, a rok wcześniej 3 mln zł.", "pl_PL", 1,
         "2021-04-01/2021-06-30"),
    ],
)  # fmt: skip
def test_a_shift_moves_the_span_of_the_sentence_back_a_year(
    text: str, locale: str, index: int, want: str
) -> None:
    assert _period(text, locale, index) == want


def test_a_shift_after_a_change_stays_off_the_figure() -> None:
    text = "Au premier semestre 2023, le bénéfice atteint 7 millions d'euros, en hausse de 5 % sur un an."
    assert _period(text, "fr_FR") == "2023-01-01/2023-06-30"
    text = "Doanh thu quý III/2023 đạt 900 tỷ đồng, tăng 8% so với cùng kỳ năm trước."
    assert _period(text, "vi_VN") == "2023-07-01/2023-09-30"


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Er verdient 60.000 Euro pro Jahr.", "de_DE", "R/P1Y"),
        ("Il gagne 3 000 euros par mois.", "fr_FR", "R/P1M"),
        ("Pensiun sebesar Rp2 juta per bulan.", "id_ID", "R/P1M"),
        ("年間配当は100円を予定する。", "ja_JP", "R/P1Y"),
    ],
)
def test_recurrences(text: str, locale: str, want: str) -> None:
    assert _period(text, locale) == want


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Le 30 juin 2023, l'action valait 12 euros.", "fr_FR"),  # a date, not a month
        ("El 3 de marzo de 2024 la acción costaba 50 euros.", "es_ES"),
        ("Pada 25 Mei 2021 saham ditutup di Rp5.000.", "id_ID"),
        ("Das Jahr hat viele Tage, der Preis liegt bei 5 Euro.", "de_DE"),  # a year word with no number
    ],
)
def test_traps_that_are_not_periods(text: str, locale: str) -> None:
    assert _period(text, locale) is None


def test_a_period_never_crosses_a_sentence() -> None:
    text = "Im dritten Quartal 2023 lief es gut. Die Aktie kostet 40 Euro."
    assert _period(text, "de_DE") is None
    text = "2023年第三季度表现良好。股价为40元。"
    assert _period(text, "zh_CN") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Revenue for the December quarter was $5 billion.", "2024-10-01/2024-12-31"),
        ("Apple earned $20 billion in the September quarter of 2023.", "2023-07-01/2023-09-30"),
        ("The miner lost A$40 million in the March quarter.", "2024-01-01/2024-03-31"),
        ("Profit for the June half of 2022 was $8 million.", "2022-01-01/2022-06-30"),
        ("Profit in the first nine months of 2023 was $9 million.", "2023-01-01/2023-09-30"),
        ("It earned $2 million in the first six months of the year.", "2024-01-01/2024-06-30"),
        ("Full-year revenue rose to $12 billion.", "P1Y"),
        ("Revenue for the full year 2023 was $12 billion.", "2023-01-01/2023-12-31"),
        ("Revenue was $5 million in the previous quarter.", "2024-07-01/2024-09-30"),
    ],
)
def test_quarters_named_by_their_last_month_first_months_and_full_years(text: str, want: str) -> None:
    assert _period(text, "en_US") == want


def test_the_previous_quarter_shifts_a_pinned_quarter_back_three_months() -> None:
    text = "Sales were $5 million in the third quarter of 2023 and $4 million in the previous quarter."
    assert _period(text, "en_US", 1) == "2023-04-01/2023-06-30"


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Pour le semestre terminé le 30 juin 2022, le groupe a gagné 5 millions d'euros.", "fr_FR",
         "2022-01-01/2022-06-30"),
        ("En el trimestre terminado el 31 de marzo de 2023 ganó 5 millones de euros.", "es_ES",
         "2023-01-01/2023-03-31"),
        ("Im Geschäftsjahr zum 30. Juni 2024 verdiente sie 5 Mio. Euro.", "de_DE", "2023-07-01/2024-06-30"),
        ("截至2023年6月30日止6个月,收入为12亿港元。", "zh_HK", "2023-01-01/2023-06-30"),
        ("截至二零二二年十二月三十一日止年度,溢利為八億港元。", "zh_Hant_HK", "2022-01-01/2022-12-31"),
        ("24年3月期の純利益は50億円だった。", "ja_JP", "2023-04-01/2024-03-31"),
    ],
)  # fmt: skip
def test_spans_named_by_the_day_they_end(text: str, locale: str, want: str) -> None:
    assert _period(text, locale) == want


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Im vergangenen Jahr verdiente sie 5 Mio. Euro.", "de_DE", "2023-01-01/2023-12-31"),
        ("L'an dernier, le groupe a gagné 3 millions d'euros.", "fr_FR", "2023-01-01/2023-12-31"),
        ("去年第三季度净利润为50亿元。", "zh_CN", "2023-07-01/2023-09-30"),
        ("올해 3분기 영업이익은 2조원이었다.", "ko_KR", "2024-07-01/2024-09-30"),
        ("Laba tahun ini diperkirakan Rp4 triliun.", "id_ID", "2024-01-01/2024-12-31"),
    ],
)
def test_years_named_from_the_reference_date(text: str, locale: str, want: str) -> None:
    assert _period(text, locale) == want


def test_a_year_named_from_the_reference_keeps_only_its_length_without_one() -> None:
    assert _period("Im vergangenen Jahr verdiente sie 5 Mio. Euro.", "de_DE", ref=None) == "P1Y"


def test_the_same_period_last_year_is_a_shift_not_last_year() -> None:
    text = "2024年上半年收益为100亿元，上年同期为90亿元。"
    assert _period(text, "zh_CN", 1) == "2023-01-01/2023-06-30"


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Für das Jahr 2022 zahlt sie 3 Euro je Aktie.", "de_DE", "2022-01-01/2022-12-31"),
        ("Im Auftaktquartal 2024 verdiente sie 9 Mio. Euro.", "de_DE", "2024-01-01/2024-03-31"),
        ("Bis 2030 will sie 20 Milliarden Euro investieren.", "de_DE", "../2030-12-31"),
        ("Depuis 2020, le groupe a investi 4 millions d'euros.", "fr_FR", "2020-01-01/.."),
        ("Hasta 2028 invertirá 50 millones de euros.", "es_ES", "../2028-12-31"),
        ("Im Quartal verdiente die Bank 2 Milliarden Euro.", "de_DE", "P3M"),
        ("Au semestre, le chiffre d'affaires atteint 8 millions d'euros.", "fr_FR", "P6M"),
    ],
)
def test_years_with_their_prepositions_and_quarters_without_an_ordinal(
    text: str, locale: str, want: str
) -> None:
    assert _period(text, locale) == want


def test_an_ordinal_date_does_not_end_the_sentence() -> None:
    assert _period("Die Aktie kostete am 3. März 2024 rund 50 Euro.", "de_DE") is None
    text = "Im ersten Quartal 2024 verdiente sie bis zum 31. März rund 9 Mio. Euro."
    assert _period(text, "de_DE") == "2024-01-01/2024-03-31"


@pytest.mark.parametrize(
    ("text", "locale", "index", "want"),
    [
        ("Au premier semestre 2022, il a gagné 9 millions d'euros, ou 2 euros par action.", "fr_FR", 1,
         "2022-01-01/2022-06-30"),
        ("Im dritten Quartal 2023 verdiente sie 7 Mio. Euro und 1 Euro je Aktie.", "de_DE", 1,
         "2023-07-01/2023-09-30"),
        ("2023年上半年，收入为10亿元和每股0.5元。", "zh_CN", 1, "2023-01-01/2023-06-30"),
    ],
)  # fmt: skip
def test_coordinated_figures_share_a_period_in_each_language(
    text: str, locale: str, index: int, want: str
) -> None:
    assert _period(text, locale, index) == want


def test_a_phrase_that_is_a_clause_of_its_own_governs_the_figures_after_it() -> None:
    text = "公司公布,截至2023年6月30日止6个月,营业额为5亿港元;净利为1亿港元。"
    assert _period(text, "zh_HK", 1) == "2023-01-01/2023-06-30"
    text = (
        "Die Firma meldete, im ersten Halbjahr 2023, einen Umsatz von 5 Mio. Euro und Kosten von 2 Mio. Euro."
    )
    assert _period(text, "de_DE", 1) == "2023-01-01/2023-06-30"


def test_a_shift_that_is_a_change_or_ends_a_clause_does_not_lead_the_figure() -> None:
    text = "7-9月期の純利益は前年同期比12%増の30億円だった。"
    assert _period(text, "ja_JP") == "2024-07-01/2024-09-30"
    text = "Doanh thu quý III/2023 đạt 900 tỷ đồng, tăng 8% so với cùng kỳ năm trước, lãi đạt 100 tỷ đồng."
    assert (
        _period(text, "vi_VN", 1) is None
    )  # not the quarter a year back: the shift closed the clause before


def test_an_abbreviation_of_the_language_does_not_end_the_sentence() -> None:
    assert _period("Дивиденд за 2022 г. составит 10 руб. на акцию.", "ru_RU") == "2022-01-01/2022-12-31"


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        (
            "Im laufenden Geschäftsjahr rechnet der Vorstand mit 3 Mrd. Euro Umsatz.",
            "de_DE",
            "2024-01-01/2024-12-31",
        ),
        ("Pour l'exercice en cours, le groupe vise 40 millions d'euros.", "fr_FR", "2024-01-01/2024-12-31"),
        ("En el ejercicio en curso prevé ganar 30 millones de euros.", "es_ES", "2024-01-01/2024-12-31"),
        ("Das Ergebnis je Aktie lag 2023 bei 2,50 Euro.", "de_DE", "2023-01-01/2023-12-31"),
        ("Im ersten Halbjahr 2024/25 verdiente sie 80 Mio. Euro.", "de_DE", "P6M"),
    ],
)
def test_fiscal_years_from_the_reference_bare_german_years_and_split_fiscal_halves(
    text: str, locale: str, want: str
) -> None:
    assert _period(text, locale) == want


def test_a_full_year_takes_the_fiscal_year_the_sentence_names() -> None:
    assert _period("24年3月期の通期の純利益は500億円だった。", "ja_JP") == "2023-04-01/2024-03-31"


def test_a_bare_year_is_no_span_where_the_language_needs_a_preposition() -> None:
    assert _period("La acción 2023 cotiza a 5 euros.", "es_ES", ref=None) is None


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("Der Quartalsgewinn stieg auf 2 Mrd. Euro.", "de_DE", "P3M"),
        ("Der Neunmonatsumsatz lag bei 9 Mrd. Euro.", "de_DE", "P9M"),
        ("Im Berichtsquartal verdiente die Bank 1 Mrd. Euro.", "de_DE", "P3M"),
        ("Kvartalsresultatet blev 400 miljoner kronor.", "sv_SE", "P3M"),
        ("De kwartaalwinst bedroeg 30 miljoen euro.", "nl_NL", "P3M"),
        ("Halvårsresultatet endte på 2 milliarder kroner.", "nb_NO", "P6M"),
    ],
)
def test_compounds_that_name_a_span(text: str, locale: str, want: str) -> None:
    assert _period(text, locale, ref=None) == want


def test_a_compound_prefix_needs_a_compound() -> None:
    assert _period("Das Quartal war gut, die Aktie kostet 40 Euro.", "de_DE", ref=None) is None


@pytest.mark.parametrize(
    ("text", "locale", "want", "pinned"),
    [
        ("Im dritten Quartal stieg der Umsatz auf 4,1 Mrd. Euro.", "de_DE", "P3M", "2024-07-01/2024-09-30"),
        ("In den ersten neun Monaten verdiente sie 3 Mrd. Euro.", "de_DE", "P9M", "2024-01-01/2024-09-30"),
        (
            "Au premier semestre, le bénéfice a atteint 2 milliards d'euros.",
            "fr_FR",
            "P6M",
            "2024-01-01/2024-06-30",
        ),
        ("Au troisième trimestre, il a gagné 5 millions d'euros.", "fr_FR", "P3M", "2024-07-01/2024-09-30"),
        ("En los nueve primeros meses ganó 300 millones de euros.", "es_ES", "P9M", "2024-01-01/2024-09-30"),
        ("En el segundo trimestre ganó 5 millones de euros.", "es_ES", "P3M", "2024-04-01/2024-06-30"),
        ("第三季度营收50亿元。", "zh_CN", "P3M", "2024-07-01/2024-09-30"),
        ("上半年净利润30亿元。", "zh_CN", "P6M", "2024-01-01/2024-06-30"),
        ("上期の純利益は300億円。", "ja_JP", "P6M", "2024-01-01/2024-06-30"),
        ("第3四半期の営業利益は100億円。", "ja_JP", "P3M", "2024-07-01/2024-09-30"),
        (
            "Nei primi sei mesi l'utile è stato di 2 miliardi di euro.",
            "it_IT",
            "P6M",
            "2024-01-01/2024-06-30",
        ),
        ("Resultatet det andra kvartalet var 300 Mkr.", "sv_SE", "P3M", "2024-04-01/2024-06-30"),
    ],
)
def test_an_undated_quarter_half_or_first_months_keeps_its_length(
    text: str, locale: str, want: str, pinned: str
) -> None:
    assert _period(text, locale, ref=None) == want
    assert _period(text, locale) == pinned


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("A quarter of the $5 billion went to schools.", "en"),
        ("In three quarters of cases it cost $5.", "en"),
        ("They closed the $5 billion nine-month-old deal.", "en"),
        ("Ein Viertel der 5 Mrd. Euro ging verloren.", "de_DE"),
        ("Un quart des 5 milliards d'euros a disparu.", "fr_FR"),
        ("Im dritten Quartal lief es gut. Der Umsatz lag bei 4 Mrd. Euro.", "de_DE"),
        ("Sales were strong in the third quarter. Profit was $5 billion.", "en"),
    ],
)
def test_a_fraction_an_age_or_a_quarter_of_another_sentence_is_no_period(text: str, locale: str) -> None:
    assert _period(text, locale, ref=None) is None
    assert _period(text, locale) is None


@pytest.mark.parametrize(
    "text",
    [
        "The lender said first quarter profit hit $3.5 billion, up 12 percent from last year's $3.1 billion.",
        "Third quarter sales rose to $8 million, compared with the year-ago $7 million.",
        "First half revenue was $40 million, down from the prior year's $44 million.",
    ],
)
def test_a_compared_figure_of_the_year_before_keeps_the_length(text: str) -> None:
    found = [f for f in moneyfacts.extract(text) if f.kind.value == "money"]
    first = found[0].period
    assert first is not None
    assert first.duration is not None
    compared = found[1].period
    assert compared is not None
    assert (compared.duration, compared.start, compared.end) == (first.duration, None, None)
    pinned = [f for f in moneyfacts.extract(text, reference_date=REF) if f.kind.value == "money"][1].period
    assert pinned is not None
    assert (pinned.duration, pinned.start) == (first.duration, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("同社の今期第2四半期は、売上高が同1・2%増の110億500万円、経常利益は同3・1%減の10億円。", "P3M"),
        ("上期は、売上高が500億円、営業利益は30億円となった。", "P6M"),
    ],
)
def test_a_topic_span_governs_every_figure_after_it(text: str, want: str) -> None:
    assert [_period(text, "ja", k, ref=None) for k in (0, 1)] == [want, want]


def test_a_shift_or_a_later_topic_does_not_govern_the_sentence() -> None:
    assert [
        _period("前年同期は、売上高が500億円、営業利益は30億円。", "ja", k, ref=None) for k in (0, 1)
    ] == [
        None,
        None,
    ]
    assert _period("売上高は500億円、第2四半期は、営業利益が30億円。", "ja", 0, ref=None) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Resultatet det andra kvartalet var 1.234 Mkr (2.345).", "sv_SE"),
        ("Im dritten Quartal verdiente sie 1,2 Mrd. Euro (1,1).", "de_DE"),
        ("Revenue for the first half was $40 million (36).", "en"),
    ],
)
def test_a_bare_figure_in_brackets_is_the_same_part_of_the_year_before(text: str, locale: str) -> None:
    first = _period(text, locale, ref=None)
    assert first in {"P3M", "P6M"}
    assert _period(text, locale, 1, ref=None) == first
    assert _period(text, locale, 1) == first


def test_a_bracketed_equivalent_is_no_year_before() -> None:
    found = moneyfacts.extract("In the third quarter it earned $5 million (€4.6 million).")
    assert [f.period.iso() if f.period else None for f in found if f.kind.value == "money"] == ["P3M"]
