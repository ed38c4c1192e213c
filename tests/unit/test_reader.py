"""The caller-owned reader: its own marks and scale words, its options, and sharing it between threads."""

from __future__ import annotations

import datetime as dt
import pickle
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

import moneyfacts
from moneyfacts import Money, OptionError, ParseError, Reader


def test_a_mark_of_the_callers_own_is_read() -> None:
    facts = Reader(marks={"zorkmids": "XTS"}).extract("It cost 5 zorkmids.")
    assert len(facts) == 1
    assert facts[0].amount == Money(Decimal("5"), "XTS")
    assert facts[0].text == "5 zorkmids"


def test_a_scale_word_of_the_callers_own_is_read() -> None:
    [fact] = Reader(scales={"bazillion": 15}).extract("The bill came to $3 bazillion.")
    assert fact.amount == Money(Decimal("3E+15"), "USD")


def test_own_marks_are_case_folded_and_may_span_words() -> None:
    reader = Reader(marks={"Galactic Credits": "XTS", "Ƶ": "XTS"})
    assert [str(f.amount) for f in reader.extract("It sold for 40 galactic credits or Ƶ12.")] == [
        "XTS 40",
        "XTS 12",
    ]


def test_an_own_mark_wins_over_the_locale_one() -> None:
    reader = Reader(marks={"bucks": "CAD"})
    assert reader.parse("20 bucks").currency == "CAD"
    assert moneyfacts.parse("20 bucks").currency != "CAD"


def test_the_words_stay_with_their_reader() -> None:
    Reader(marks={"zorkmids": "XTS"}).extract("It cost 5 zorkmids.")
    assert moneyfacts.extract("It cost 5 zorkmids.") == []
    assert Reader().extract("It cost 5 zorkmids.") == []


def test_a_trap_word_that_only_contains_the_mark_is_not_read() -> None:
    assert Reader(marks={"zork": "XTS"}).extract("The 5 zorkers left.") == []


def test_the_reader_keeps_its_options() -> None:
    reader = Reader(locale="en_AU", reference_date=dt.date(2025, 3, 1), default_currency="nzd")
    [fact] = reader.extract("Fees rose to $40 next year.")
    assert fact.currency == "NZD"
    assert fact.period is not None
    assert fact.period.iso() == "2026-01-01/2026-12-31"
    assert reader.options.locale == "en_AU"


def test_parse_raises_a_parse_error_and_extract_many_yields_per_text() -> None:
    reader = Reader(marks={"zorkmids": "XTS"})
    with pytest.raises(ParseError):
        reader.parse("no money")
    assert [len(facts) for facts in reader.extract_many(["5 zorkmids", "none", "$1 and €2"])] == [1, 0, 2]


def test_the_module_functions_read_as_a_plain_reader_does() -> None:
    text = "Alibaba will spend 380 billion yuan (US$52.4 billion) over three years."
    assert moneyfacts.extract(text) == Reader().extract(text)
    assert moneyfacts.parse("€5").amount == Reader().parse("€5").amount


@pytest.mark.parametrize(
    ("marks", "scales"),
    [({"zorkmids": "ZZZ"}, None), ({"": "USD"}, None), (None, {"bazillion": 0}), (None, {"two words": 3})],
)
def test_bad_values_raise_an_option_error(
    marks: dict[str, str] | None, scales: dict[str, int] | None
) -> None:
    with pytest.raises(OptionError):
        Reader(marks=marks, scales=scales)


def test_bad_types_raise_a_type_error() -> None:
    with pytest.raises(TypeError):
        Reader(marks=[("zorkmids", "XTS")])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Reader(scales={"bazillion": 1.5})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        Reader().extract(b"$5")  # type: ignore[arg-type]


def test_one_reader_serves_many_threads() -> None:
    reader = Reader(marks={"zorkmids": "XTS"}, scales={"bazillion": 15})
    texts = [f"Item {i} cost {i} zorkmids, then ${i} bazillion." for i in range(1, 200)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(reader.extract, texts))
    for i, facts in enumerate(results, start=1):
        assert [f.amount for f in facts] == [
            Money(Decimal(i), "XTS"),
            Money(Decimal(i).scaleb(15), "USD"),
        ]


def test_a_reader_pickles_with_its_words() -> None:
    reader = Reader(locale="de", marks={"zorkmids": "XTS"})
    again = pickle.loads(pickle.dumps(reader))
    assert again.options == reader.options
    assert [str(f.amount) for f in again.extract("Es kostet 5 zorkmids.")] == ["XTS 5"]


def test_a_reader_spreads_over_processes() -> None:
    reader = Reader(marks={"zorkmids": "XTS"})
    found = list(reader.extract_many(["5 zorkmids", "6 zorkmids", "nothing"], processes=2, chunksize=1))
    assert [[str(f.amount) for f in facts] for facts in found] == [["XTS 5"], ["XTS 6"], []]


def test_the_repr_names_the_words() -> None:
    assert repr(Reader(marks={"zorkmids": "XTS"})) == "Reader(locale='en', marks={'zorkmids': 'XTS'})"


def test_the_module_functions_serve_many_threads_in_many_locales() -> None:
    cases = [
        ("en", "It cost $5.", "USD 5"),
        ("de", "Es kostet 5 Euro.", "EUR 5"),
        ("ja", "5ドルです", "USD 5"),
    ]
    work = cases * 40
    with ThreadPoolExecutor(max_workers=6) as pool:
        found = list(pool.map(lambda case: moneyfacts.extract(case[1], locale=case[0]), work))
    assert [[str(f.amount) for f in facts] for facts in found] == [[want] for _, _, want in work]
