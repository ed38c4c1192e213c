"""Bounds and approximations named in more languages."""

from __future__ import annotations

import pytest

import moneyfacts


@pytest.mark.parametrize(
    ("locale", "text", "want"),
    [
        ("es", "Pagará 1,37 euros, con un mínimo de 1,32 euros.", [None, "at_least"]),
        ("fr", "Il touchera un minimum de 500 euros.", ["at_least"]),
        ("es", "Recibirá un máximo de 300 euros.", ["at_most"]),
        ("vi", "Lợi nhuận vượt mốc 4.000 tỷ đồng.", ["over"]),
        ("vi", "Doanh thu ước tính 8.545 tỷ đồng.", ["approx"]),
    ],
)
def test_qualifiers_of_other_languages(locale: str, text: str, want: list[str | None]) -> None:
    facts = moneyfacts.extract(text, locale=locale, kinds=["money"])
    assert [f.qualifier.value if f.qualifier else None for f in facts] == want
