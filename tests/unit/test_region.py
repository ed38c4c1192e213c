"""The region decides: a locale's territory ranks an ambiguous mark's candidates before any default."""

from __future__ import annotations

import pytest

import moneyfacts


def _codes(text: str, locale: str) -> list[tuple[str, str | None]]:
    return [
        (str(f.amount.amount) if f.amount else "", f.amount.currency if f.amount else None)
        for f in moneyfacts.extract(text, locale=locale, kinds=["money"])
    ]


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("en_PH", "The lender earned P12.4 billion, up from P9.1 billion.", ["PHP", "PHP"]),
        ("en_NG", "The brewer booked N95.3 billion in sales.", ["NGN"]),
        ("en_KE", "The tea board paid Sh4.2 billion and KSh300 million.", ["KES", "KES"]),
        ("en_UG", "Farmers got Shs40 billion.", ["UGX"]),
        ("en_ZA", "The grocer made R2.1 billion.", ["ZAR"]),
        ("en_NZ", "The dairy co-op lifted profit to $410 million.", ["NZD"]),
        ("en_SG", "The port operator earned $2.3 billion.", ["SGD"]),
        ("fr_CA", "La société a versé 25 millions de dollars.", ["CAD"]),
        ("zh_Hant_HK", "公司盈利三億元。", ["HKD"]),
        ("en_BD", "The garment maker earned Tk 3 billion.", ["BDT"]),
        ("en_LK", "The tea auction raised Rs 4 billion.", ["LKR"]),
        ("en_QA", "The carrier booked QR 1.2 billion.", ["QAR"]),
    ],
)
def test_the_territory_ranks_first(locale: str, text: str, want: list[str]) -> None:
    assert [code for _, code in _codes(text, locale)] == want


def test_a_territory_mark_stays_home() -> None:
    # "P" is the peso only in a Philippine text; a Nigerian "N" means nothing to an American reader
    assert [code for _, code in _codes("It earned P12.4 billion.", "en_US")] != ["PHP"]
    assert _codes("It earned N95.3 billion.", "en_US") == []


def test_the_region_owns_bare_minor_units() -> None:
    assert _codes("Earnings rose to 8.5 sen a share.", "en_MY") == [("0.085", "MYR")]
    assert _codes("The dividend was 22c a share.", "en_IE") == [("0.22", "EUR")]
    assert _codes("The dividend was 22c a share.", "en_ZA") == [("0.22", "ZAR")]


def test_a_cent_named_with_its_place() -> None:
    text = "The payout is 0.75 Singapore cent, after 1.2 Singapore cents."
    assert _codes(text, "en") == [("0.0075", "SGD"), ("0.012", "SGD")]
    assert _codes("It rose 40 Hong Kong cents.", "en_GB") == [("0.40", "HKD")]
    assert _codes("Singapore cents are small coins.", "en") == []


@pytest.mark.parametrize("text", ["Acme's $30bn deal closed.", "Gizmo’s $4.5 billion bid failed."])
def test_a_possessive_is_no_territory_prefix(text: str) -> None:
    assert [code for _, code in _codes(text, "en")] == ["USD"]
    assert [code for _, code in _codes(text, "en_AU")] == ["AUD"]


def test_an_unknown_territory_of_a_known_language_is_read() -> None:
    assert moneyfacts.extract("It cost Rs 40.", locale="en_NP")[0].currency == "NPR"
    with pytest.raises(moneyfacts.UnknownLocaleError):
        moneyfacts.extract("It cost Rs 40.", locale="en_QQ")
