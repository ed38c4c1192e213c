"""Scanner: tokens and their offsets, anchors, regions widened, merged and cut at whitespace."""

from __future__ import annotations

import pytest

from moneyfacts.reading.scan import CJK, NUM, REACH_AFTER, REACH_BEFORE, SYM, WORD, regions, scanner, tokenize


def test_tokens_carry_kind_offsets_and_spacing() -> None:
    text = "  €1.234,5 und 五千"
    toks = tokenize(text)
    assert [(t.kind, t.start, t.end, t.text, t.spaced) for t in toks] == [
        (SYM, 2, 3, "€", True),
        (NUM, 3, 10, "1.234,5", False),
        (WORD, 11, 14, "und", True),
        (CJK, 15, 17, "五千", True),
    ]


@pytest.mark.parametrize(
    "text",
    ["Paid US$5.2bn (¥30) on 3 March", "Ça coûte 12,50 € — voilà", "利润达到120亿元。", "  \t$1 000 000\n"],
)
def test_every_token_surface_is_its_slice(text: str) -> None:
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert all(t.low == t.text.casefold() for t in toks)
    assert [t.start for t in toks] == sorted(t.start for t in toks)


def test_tokenize_a_window_keeps_offsets_into_the_whole_text() -> None:
    text = "ignored words, then £40m here"
    start = text.index("£")
    toks = tokenize(text, start, start + 4)
    assert [(t.text, t.start) for t in toks] == [("£", 20), ("40", 21), ("m", 23)]
    assert toks[0].spaced is False


def test_ideographs_are_one_token_each() -> None:
    toks = tokenize("营收美元")
    assert [t.text for t in toks] == ["营", "收", "美", "元"]
    assert {t.kind for t in toks} == {WORD}


def test_first_token_spaced_only_after_whitespace() -> None:
    assert tokenize("$5")[0].spaced is False
    assert tokenize(" $5")[0].spaced is True


def test_devanagari_words_are_folded_and_anchor_in_any_spelling() -> None:
    toks = tokenize("5 \u095e्रैंक")
    assert (toks[1].text, toks[1].low) == ("\u095e्रैंक", "फ्रैंक")
    for text in ("उसने दस \u092b\u093c्रैंक दिए", "उसने दस \u095e्रैंक दिए", "उसने दस फ्रैंक दिए"):
        assert regions(text, scanner("hi")) == [(0, len(text))]


def test_scanner_is_cached_per_locale() -> None:
    assert scanner("en") is scanner("en")
    assert scanner("en").lexicon.locale != scanner("de").lexicon.locale


def test_no_anchor_no_region() -> None:
    assert regions("nothing worth reading in this line", scanner("en")) == []


def test_region_of_a_short_text_is_the_whole_text() -> None:
    text = "$5 and $6"
    assert regions(text, scanner("en")) == [(0, len(text))]


def test_region_is_widened_by_the_reach_and_cut_at_whitespace() -> None:
    text = "word " * 40 + "$5" + " tail" * 40
    anchor = text.index("$")
    [(a, b)] = regions(text, scanner("en"))
    assert a <= anchor - REACH_BEFORE
    assert b >= anchor + 2 + REACH_AFTER
    assert text[a - 1] == " "
    assert text[b] == " "
    assert anchor - a < REACH_BEFORE + 6
    assert b - anchor < REACH_AFTER + 8


def test_close_anchors_merge_and_far_ones_do_not() -> None:
    scan = scanner("en")
    near = "a " * 100 + "$5" + " b" * 40 + "$6" + " c" * 200
    assert len(regions(near, scan)) == 1
    far = "a " * 100 + "$5" + " b" * 200 + "$6" + " c" * 200
    spans = regions(far, scan)
    assert len(spans) == 2
    assert spans[0][1] < spans[1][0]


def test_number_words_anchor_a_region() -> None:
    text = "x " * 100 + "five billion dollars" + " y" * 100
    [(a, b)] = regions(text, scanner("en"))
    assert a < text.index("five")
    assert b > text.index("dollars")


def test_cjk_numerals_anchor_a_region() -> None:
    text = "这" * 10 + "五千万元"
    assert regions(text, scanner("zh")) == [(0, len(text))]


def test_a_territory_code_before_a_dollar_sign_starts_a_figure_only_in_capitals() -> None:
    scan = scanner("en")
    assert {"in", "to", "by"}.isdisjoint(scan.starters)
    assert {"VN", "IN"} <= scan.cased_starters
    assert "to" in scanner("nb").starters  # Norwegian "to" (two) stays a number word
