from __future__ import annotations

from decimal import Decimal
from typing import Any

import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyfacts.model import Duration, Fact, Kind, Money, Period, Qualifier
from moneyfacts.quantities import (
    define_currencies,
    per_quantity,
    range_quantities,
    rate_quantity,
    to_quantity,
    unit_for,
)


@pytest.fixture(scope="module")
def ureg() -> pint.UnitRegistry[Any]:
    return pint.UnitRegistry(non_int_type=Decimal)


def _fact(amount: str | None, currency: str | None = "USD", per: str | None = None, **kw: Any) -> Fact:
    money = Money(Decimal(amount), currency) if amount is not None else None
    return Fact("x", 0, 1, amount=money, per=per, **kw)


def test_define_all_currencies_makes_separate_dimensions(ureg: pint.UnitRegistry[Any]) -> None:
    define_currencies(ureg)
    assert str(ureg.get_dimensionality("USD")) == "[currency_USD]"
    assert str(ureg.get_dimensionality("CNY")) == "[currency_CNY]"
    assert not ureg.Quantity(1, "USD").is_compatible_with("EUR")
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(1, "USD").to("EUR")


def test_define_currencies_is_idempotent_and_normalises_case(ureg: pint.UnitRegistry[Any]) -> None:
    define_currencies(ureg, ["gbp"])
    ureg.Quantity(Decimal(3), "GBP").to("GBP")  # use the registry between calls
    define_currencies(ureg, ["GBP", "JPY"])
    define_currencies(ureg)
    assert ureg.Quantity(Decimal(3), "GBP") + ureg.Quantity(Decimal(4), "GBP") == ureg.Quantity(7, "GBP")
    assert str(ureg.get_dimensionality("JPY")) == "[currency_JPY]"


def test_define_currencies_rejects_non_codes(ureg: pint.UnitRegistry[Any]) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        define_currencies(ureg, ["dollar"])


def test_registries_are_independent() -> None:
    first: pint.UnitRegistry[Any] = pint.UnitRegistry()
    second: pint.UnitRegistry[Any] = pint.UnitRegistry()
    define_currencies(first, ["CHF"])
    assert "CHF" not in second


@pytest.mark.parametrize(
    ("per", "unit"),
    [
        ("barrel", "oil_barrel"),
        ("Barrels", "oil_barrel"),
        ("ounce", "troy_ounce"),
        ("oz", "troy_ounce"),
        ("kg", "kilogram"),
        ("tonne", "metric_ton"),
        ("metric ton", "metric_ton"),
        ("ton", "metric_ton"),
        ("short ton", "short_ton"),
        ("kwh", "kilowatt_hour"),
        ("mwh", "megawatt_hour"),
        ("mmbtu", "mmbtu"),
        ("gallon", "gallon"),
        ("litre", "liter"),
        ("liter", "liter"),
        ("pound", "pound"),
        ("lb", "pound"),
        ("square foot", "square_foot"),
        ("sq ft", "square_foot"),
        ("square metre", "meter ** 2"),
        ("m2", "meter ** 2"),
        ("cubic feet", "cubic_foot"),
    ],
)
def test_unit_for_known_units(ureg: pint.UnitRegistry[Any], per: str, unit: str) -> None:
    assert unit_for(per, ureg) == ureg.parse_units(unit)


@pytest.mark.parametrize(
    "per", ["share", "person", "head", "bitcoin", "stapled security", "1,000 cubic feet"]
)
def test_unit_for_count_nouns_is_none(ureg: pint.UnitRegistry[Any], per: str) -> None:
    assert unit_for(per, ureg) is None


def test_mmbtu_is_a_million_btu_and_defined_once(ureg: pint.UnitRegistry[Any]) -> None:
    first = unit_for("mmbtu", ureg)
    second = unit_for("MMBtu", ureg)
    assert first == second
    assert ureg.Quantity(Decimal(1), "mmbtu").to("british_thermal_unit").magnitude == Decimal(1000000)


def test_per_quantity_with_a_count(ureg: pint.UnitRegistry[Any]) -> None:
    quantity = per_quantity("1,000 cubic feet", ureg)
    assert quantity is not None
    assert quantity.magnitude == Decimal(1000)
    assert quantity.units == ureg.cubic_foot
    assert per_quantity("100 shares", ureg) is None
    assert per_quantity("1,0,0,x kg", ureg) is None


def test_oil_price_converts_exactly(ureg: pint.UnitRegistry[Any]) -> None:
    price = to_quantity(_fact("80", per="barrel"), ureg)
    assert price.units == ureg.USD / ureg.oil_barrel
    assert price.magnitude == Decimal(80)
    assert isinstance(price.magnitude, Decimal)
    per_gallon = to_quantity(_fact("84", per="barrel"), ureg).to("USD / gallon")
    assert per_gallon.magnitude == Decimal(2)
    # an oil barrel is 42 * 231 cubic inches = 158.987294928 litres exactly
    per_litre = price.to("USD / liter").magnitude
    assert isinstance(per_litre, Decimal)
    assert per_litre.quantize(Decimal("1E-20")) == (Decimal(80) / Decimal("158.987294928")).quantize(
        Decimal("1E-20")
    )


def test_gold_per_ounce_is_troy(ureg: pint.UnitRegistry[Any]) -> None:
    price = to_quantity(_fact("2488.27", per="ounce"), ureg)
    assert price.units == ureg.USD / ureg.troy_ounce
    per_gram = price.to("USD / gram").magnitude
    assert per_gram.quantize(Decimal("0.0000001")) == (Decimal("2488.27") / Decimal("31.1034768")).quantize(
        Decimal("0.0000001")
    )


def test_gas_price_per_thousand_cubic_feet(ureg: pint.UnitRegistry[Any]) -> None:
    price = to_quantity(_fact("3.25", per="1,000 cubic feet"), ureg)
    assert price.to("USD / cubic_foot").magnitude == Decimal("0.00325")


def test_power_price_per_mwh_to_kwh(ureg: pint.UnitRegistry[Any]) -> None:
    price = to_quantity(_fact("95", "EUR", per="mwh"), ureg)
    assert price.to("EUR / kWh").magnitude == Decimal("0.095")


def test_share_price_is_a_plain_money_quantity(ureg: pint.UnitRegistry[Any]) -> None:
    price = to_quantity(_fact("187.5", per="share"), ureg)
    assert price.units == ureg.USD
    assert price.magnitude == Decimal("187.5")


def test_to_quantity_without_per(ureg: pint.UnitRegistry[Any]) -> None:
    total = to_quantity(_fact("52400000000", "USD"), ureg)
    assert total == ureg.Quantity(Decimal("52400000000"), "USD")


def test_to_quantity_needs_currency(ureg: pint.UnitRegistry[Any]) -> None:
    with pytest.raises(ValueError, match="no currency"):
        to_quantity(_fact("12", None), ureg)
    with pytest.raises(ValueError, match="no currency"):
        to_quantity(_fact("12", None, kind=Kind.PERCENT), ureg)


def test_to_quantity_refuses_a_range(ureg: pint.UnitRegistry[Any]) -> None:
    fact = Fact(
        "x", 0, 1, low=Money(Decimal(2), "GBP"), high=Money(Decimal(4), "GBP"), qualifier=Qualifier.RANGE
    )
    with pytest.raises(ValueError, match="range_quantities"):
        to_quantity(fact, ureg)
    low, high = range_quantities(fact, ureg)
    assert (low.magnitude, high.magnitude) == (Decimal(2), Decimal(4))
    assert low.units == high.units == ureg.GBP


def test_range_quantities_needs_both_ends(ureg: pint.UnitRegistry[Any]) -> None:
    with pytest.raises(ValueError, match="low end"):
        range_quantities(_fact("5"), ureg)


def test_rate_quantity_monthly_to_yearly(ureg: pint.UnitRegistry[Any]) -> None:
    fact = _fact("1250", "AUD", period=Period(recurrence=Duration(months=1)))
    rate = rate_quantity(fact, ureg)
    assert rate.magnitude == Decimal(15000)
    assert rate.units == ureg.AUD / ureg.year


def test_rate_quantity_spreads_a_total_over_its_duration(ureg: pint.UnitRegistry[Any]) -> None:
    fact = _fact("500000000000", period=Period(duration=Duration(years=4)))
    assert rate_quantity(fact, ureg).magnitude == Decimal("125000000000")


def test_rate_quantity_keeps_the_per_unit(ureg: pint.UnitRegistry[Any]) -> None:
    fact = _fact("0.25", per="share", period=Period(recurrence=Duration(months=3)))
    rate = rate_quantity(fact, ureg)
    assert rate.magnitude == Decimal(1)
    assert rate.units == ureg.USD / ureg.year


def test_rate_quantity_needs_a_period(ureg: pint.UnitRegistry[Any]) -> None:
    with pytest.raises(ValueError, match="period"):
        rate_quantity(_fact("9"), ureg)
    with pytest.raises(ValueError, match="no point amount"):
        rate_quantity(_fact(None), ureg)


_SHARED: pint.UnitRegistry[Any] = pint.UnitRegistry(non_int_type=Decimal)
PRICES = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("1E12"), allow_nan=False, places=4)


@settings(max_examples=100, deadline=None)
@given(PRICES, st.sampled_from(["barrel", "ounce", "kwh", "tonne", "gallon", "sq ft"]))
def test_price_round_trips_through_another_unit(amount: Decimal, per: str) -> None:
    registry = _SHARED
    price = to_quantity(_fact(str(amount), "USD", per=per), registry)
    assert price.magnitude == amount
    assert isinstance(price.magnitude, Decimal)
    there = price.to("USD / gram") if per in ("ounce", "tonne") else price.to_base_units()
    back = there.to(price.units).magnitude
    assert abs(back - amount) <= abs(amount) * Decimal("1E-25")


def test_unit_names_of_the_head_noun_reading_are_pint_units(ureg: pint.UnitRegistry[Any]) -> None:
    from moneyfacts.quantities import unit_for

    assert str(unit_for("million british thermal unit", ureg)) == "mmbtu"
    assert str(unit_for("kilowattstunde", ureg)) == "kilowatt_hour"
    assert str(unit_for("sq ft", ureg)) == "square_foot"
