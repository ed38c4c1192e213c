"""The public names: ``moneyfacts``'s own in reprs and the API reference, still typed and picklable."""

from __future__ import annotations

import pickle
import typing
from decimal import Decimal

import pytest

import moneyfacts


@pytest.mark.parametrize("name", [n for n in moneyfacts.__all__ if n != "__version__"])
def test_every_public_name_reports_moneyfacts_as_its_module(name: str) -> None:
    if name in ("to_frame", "extract_frame", "to_polars"):
        pytest.importorskip("pandas", reason="the frame functions import pandas when first used")
    assert getattr(moneyfacts, name).__module__ == "moneyfacts"


def test_all_is_sorted() -> None:
    assert moneyfacts.__all__ == sorted(moneyfacts.__all__)


@pytest.mark.parametrize("cls", [moneyfacts.Fact, moneyfacts.Money, moneyfacts.Period, moneyfacts.Duration])
def test_type_hints_still_resolve(cls: type) -> None:
    hints = typing.get_type_hints(cls)
    assert hints
    assert all(not isinstance(hint, str) for hint in hints.values())


def test_facts_and_errors_pickle_by_their_public_names() -> None:
    fact = moneyfacts.parse("about €3.5 million a year")
    assert pickle.loads(pickle.dumps(fact)) == fact
    assert pickle.loads(pickle.dumps(moneyfacts.Qualifier.APPROX)) is moneyfacts.Qualifier.APPROX
    assert pickle.loads(pickle.dumps(moneyfacts.Money(Decimal("1.5"), "EUR"))).amount == Decimal("1.5")
    assert b"moneyfacts" in pickle.dumps(fact)
    assert b"moneyfacts.model" not in pickle.dumps(fact)


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        moneyfacts.nope  # noqa: B018
