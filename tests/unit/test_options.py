"""Option values: what each option accepts, the errors of a bad value, and errors that pickle."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

import moneyfacts
from moneyfacts import MoneyfactsError, OptionError, ParseError, Reason, UnknownLocaleError


def test_reference_date_takes_a_datetime_as_its_date() -> None:
    text = "They will spend $5 billion next year."
    by_datetime = moneyfacts.extract(text, reference_date=dt.datetime(2025, 3, 1, 12, 30))
    by_date = moneyfacts.extract(text, reference_date=dt.date(2025, 3, 1))
    assert by_datetime == by_date
    period = by_date[0].period
    assert period is not None
    assert period.iso() == "2026-01-01/2026-12-31"


def test_fiscal_year_start_takes_a_list() -> None:
    text = "It spent $5 billion in fiscal 2025."
    assert moneyfacts.extract(text, fiscal_year_start=[4, 1]) == moneyfacts.extract(
        text, fiscal_year_start=(4, 1)
    )


@pytest.mark.parametrize(
    "options",
    [
        {"fiscal_year_start": (13, 1)},
        {"fiscal_year_start": [2, 30]},
        {"default_currency": "XYZQ"},
        {"kinds": ["count"]},
        {"locale": "klingon"},
    ],
)
def test_bad_values_raise_option_error(options: dict[str, object]) -> None:
    with pytest.raises(OptionError) as info:
        moneyfacts.extract("$5", **options)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, MoneyfactsError)


@pytest.mark.parametrize(
    "err",
    [
        ParseError(Reason.NO_MONEY, "up 5%"),
        ParseError(Reason.NOT_MONEY, "page 7", (5, 6)),
        UnknownLocaleError("klingon"),
        OptionError("unknown kind 'count'"),
        MoneyfactsError("something"),
    ],
)
def test_errors_pickle(err: MoneyfactsError) -> None:
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is type(err)
    assert again.args == err.args
    assert str(again) == str(err)
    assert getattr(again, "reason", None) == getattr(err, "reason", None)
    assert getattr(again, "span", None) == getattr(err, "span", None)
    assert getattr(again, "locale", None) == getattr(err, "locale", None)
