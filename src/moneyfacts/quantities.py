"""Facts as pint quantities: each currency is its own dimension on the caller's unit registry.

Money in different currencies cannot be converted by unit arithmetic (rates move), so every
ISO 4217 code becomes a base unit of a dimension of its own (``USD`` is ``[currency_USD]``)
and no conversion between currencies is ever defined. Physical per-units ("a barrel",
"per kWh") become real pint units, so prices can be converted exactly between them.

Create the registry with ``non_int_type=Decimal``: amounts stay :class:`~decimal.Decimal` and
conversion factors are parsed as decimals too, so results are exact to the decimal context.

>>> from decimal import Decimal
>>> import pint
>>> from moneyfacts.model import Fact, Money
>>> ureg = pint.UnitRegistry(non_int_type=Decimal)
>>> oil = Fact("$84 a barrel", 0, 12, amount=Money(Decimal("84"), "USD"), per="barrel")
>>> price = to_quantity(oil, ureg)
>>> price.magnitude, str(price.units)
(Decimal('84'), 'USD / oil_barrel')
>>> per_gallon = price.to("USD / gallon")
>>> per_gallon.magnitude, str(per_gallon.units)
(Decimal('2.000000000000000000000000000'), 'USD / gallon')

Rules for ambiguous per-units, chosen for prices in financial text:

* a *barrel* is an oil barrel (42 US gallons), pint's ``oil_barrel``;
* an *ounce* is a troy ounce (31.1034768 g): per-ounce prices are precious-metal prices;
* a bare *ton* is a metric ton, as world commodity prices are quoted; *short ton* and
  *long ton* keep their own units;
* *mmbtu* is a million British thermal units, defined on the registry when pint lacks it;
* count nouns (*share*, *person*, *head*, *bitcoin*, ...) have no pint unit: the quantity
  is the plain money amount and the per word stays on the :class:`~moneyfacts.model.Fact`.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

import pint

from moneyfacts.model import Fact, Money
from moneyfacts.reading.lexicon import currency_codes

__all__ = [
    "define_currencies",
    "per_quantity",
    "range_quantities",
    "rate_quantity",
    "to_quantity",
    "unit_for",
]

# pint's Unit and Quantity are generic over the magnitude type and only partly typed;
# the public functions name them through these aliases.
Unit = pint.Unit
Quantity = Any
"""A ``pint.Quantity`` of the caller's registry (pint's own type is generic and partly untyped)."""

_MMBTU = "mmbtu = 1000000 * british_thermal_unit = MMBtu"
_MCF = "mcf = 1000 * cubic_foot = Mcf"

# per word (singular, lower case) -> pint unit expression
_UNITS: dict[str, str] = {
    # oil and liquids: a barrel in a price is an oil barrel
    "barrel": "oil_barrel",
    "bbl": "oil_barrel",
    "oil barrel": "oil_barrel",
    "gallon": "gallon",
    "gal": "gallon",
    "litre": "liter",
    "liter": "liter",
    "l": "liter",
    "cubic metre": "meter ** 3",
    "cubic meter": "meter ** 3",
    "m3": "meter ** 3",
    "cubic foot": "cubic_foot",
    "cubic feet": "cubic_foot",
    "cu ft": "cubic_foot",
    "mcf": "mcf",
    "bushel": "bushel",
    # mass: an ounce in a price is a troy ounce (precious metals)
    "ounce": "troy_ounce",
    "oz": "troy_ounce",
    "troy ounce": "troy_ounce",
    "troy oz": "troy_ounce",
    "gram": "gram",
    "g": "gram",
    "kg": "kilogram",
    "kilo": "kilogram",
    "kilogram": "kilogram",
    "pound": "pound",
    "lb": "pound",
    "tonne": "metric_ton",
    "metric ton": "metric_ton",
    "metric tonne": "metric_ton",
    "ton": "metric_ton",
    "t": "metric_ton",
    "short ton": "short_ton",
    "long ton": "long_ton",
    # energy
    "kwh": "kilowatt_hour",
    "kilowatt hour": "kilowatt_hour",
    "kilowatt-hour": "kilowatt_hour",
    "mwh": "megawatt_hour",
    "megawatt hour": "megawatt_hour",
    "megawatt-hour": "megawatt_hour",
    "gwh": "gigawatt_hour",
    "mmbtu": "mmbtu",
    "million btu": "mmbtu",
    "million british thermal unit": "mmbtu",
    "kilowattstunde": "kilowatt_hour",  # de
    "kilowattheure": "kilowatt_hour",  # fr
    "kilovatio hora": "kilowatt_hour",  # es
    "btu": "british_thermal_unit",
    "therm": "therm",
    # area
    "square foot": "square_foot",
    "square feet": "square_foot",
    "sq ft": "square_foot",
    "sq. ft.": "square_foot",
    "sqft": "square_foot",
    "ft2": "square_foot",
    "square metre": "meter ** 2",
    "square meter": "meter ** 2",
    "sq m": "meter ** 2",
    "sqm": "meter ** 2",
    "m2": "meter ** 2",
    "m²": "meter ** 2",
    "acre": "acre",
    "hectare": "hectare",
    # length and time
    "mile": "mile",
    "km": "kilometer",
    "kilometre": "kilometer",
    "kilometer": "kilometer",
    "hour": "hour",
    "minute": "minute",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}

_DEFINITIONS = {"mmbtu": _MMBTU, "mcf": _MCF}


def _registry_units(registry: pint.UnitRegistry[Any]) -> Any:
    """The registry's table of defined unit names (pint keeps it on a private attribute)."""
    return registry._units


def define_currencies(registry: pint.UnitRegistry[Any], codes: Iterable[str] | None = None) -> None:
    """Define each ISO 4217 code (default: all that CLDR knows) as the base unit of its own dimension.

    Idempotent: codes already defined are left alone. No conversion between currencies is defined.

    >>> import pint
    >>> ureg = pint.UnitRegistry()
    >>> define_currencies(ureg, ["EUR", "JPY"])
    >>> define_currencies(ureg, ["EUR"])
    >>> dict(ureg.get_dimensionality("EUR"))
    {'[currency_EUR]': 1}
    >>> ureg.Quantity(5, "EUR").is_compatible_with("JPY")
    False
    """
    wanted = _all_codes() if codes is None else tuple(codes)
    defined = _registry_units(registry)
    for raw in wanted:
        code = raw.strip().upper()
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            raise ValueError(f"not an ISO 4217 currency code: {raw!r}")
        if code not in defined:
            registry.define(f"{code} = [currency_{code}]")


@cache
def _all_codes() -> tuple[str, ...]:
    """Every currency code CLDR knows, sorted."""
    return tuple(sorted(code for code in currency_codes() if len(code) == 3 and code.isalpha()))


def _normalise(per: str) -> str:
    return " ".join(per.casefold().split())


def _expression(word: str) -> str | None:
    """The pint expression for a per word, trying a plain English plural last."""
    found = _UNITS.get(word)
    if found is None and len(word) > 2 and word.endswith("s"):
        found = _UNITS.get(word[:-2]) if word.endswith("es") else None
        found = found or _UNITS.get(word[:-1])
    return found


def _ensure(registry: pint.UnitRegistry[Any], expression: str) -> None:
    definition = _DEFINITIONS.get(expression)
    if definition is not None and expression not in _registry_units(registry):
        registry.define(definition)


def unit_for(per: str, registry: pint.UnitRegistry[Any]) -> pint.Unit | None:
    """The pint unit a per word ("barrel", "kwh", "sq ft") names, or ``None`` for a count noun.

    >>> import pint
    >>> ureg = pint.UnitRegistry()
    >>> [str(unit_for(word, ureg)) for word in ("barrel", "ounce", "kwh", "mmbtu")]
    ['oil_barrel', 'troy_ounce', 'kilowatt_hour', 'mmbtu']
    >>> unit_for("share", ureg) is None, unit_for("1,000 cubic feet", ureg) is None
    (True, True)
    """
    expression = _expression(_normalise(per))
    if expression is None:
        return None
    _ensure(registry, expression)
    unit: pint.Unit = registry.parse_units(expression)
    return unit


def _count(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() and value > 0 else None


def per_quantity(per: str, registry: pint.UnitRegistry[Any]) -> Quantity | None:
    """The quantity a per phrase names, with any count it states ("1,000 cubic feet").

    ``None`` when the phrase has no pint unit (a count noun such as "share").

    >>> from decimal import Decimal
    >>> import pint
    >>> ureg = pint.UnitRegistry(non_int_type=Decimal)
    >>> [(q.magnitude, str(q.units)) for q in map(per_quantity, ["1,000 cubic feet", "tonne"], [ureg] * 2)]
    [(Decimal('1000'), 'cubic_foot'), (Decimal('1'), 'metric_ton')]
    """
    word = _normalise(per)
    count = Decimal(1)
    head, _, rest = word.partition(" ")
    if rest and head[:1].isdigit():
        number = _count(head)
        if number is None:
            return None
        count, word = number, rest
    unit = unit_for(word, registry)
    if unit is None:
        return None
    return registry.Quantity(count, unit)


def _money_quantity(money: Money | None, registry: pint.UnitRegistry[Any], what: str) -> Quantity:
    if money is None:
        raise ValueError(f"the fact has no {what}")
    if money.currency is None:
        raise ValueError("the fact has no currency")
    define_currencies(registry, (money.currency,))
    return registry.Quantity(money.amount, money.currency)


def _per(quantity: Quantity, fact: Fact, registry: pint.UnitRegistry[Any]) -> Quantity:
    if fact.per is None:
        return quantity
    per = per_quantity(fact.per, registry)
    return quantity if per is None else quantity / per


def to_quantity(fact: Fact, registry: pint.UnitRegistry[Any]) -> Quantity:
    """The fact's amount in its currency, per its per-unit where pint knows that unit.

    Raises ``ValueError`` when the fact has no point amount (a range: see
    :func:`range_quantities`) or no currency. Defines the currency on the registry if needed.

    >>> from decimal import Decimal
    >>> import pint
    >>> from moneyfacts.model import Fact, Money
    >>> ureg = pint.UnitRegistry(non_int_type=Decimal)
    >>> gold = Fact("$3,110.35 an ounce", 0, 18, amount=Money(Decimal("3110.3476800"), "USD"), per="ounce")
    >>> to_quantity(gold, ureg).magnitude, str(to_quantity(gold, ureg).units)
    (Decimal('3110.3476800'), 'USD / troy_ounce')
    >>> to_quantity(gold, ureg).to("USD / gram").magnitude.quantize(Decimal("0.000001"))
    Decimal('100.000000')
    >>> print(to_quantity(Fact("$5 a share", 0, 10, amount=Money(Decimal(5), "USD"), per="share"), ureg))
    5 USD
    """
    money = _money_quantity(fact.amount, registry, "point amount (for a range use range_quantities)")
    return _per(money, fact, registry)


def range_quantities(fact: Fact, registry: pint.UnitRegistry[Any]) -> tuple[Quantity, Quantity]:
    """The low and high ends of a range fact as quantities, like :func:`to_quantity`.

    >>> from decimal import Decimal
    >>> import pint
    >>> from moneyfacts.model import Fact, Money, Qualifier
    >>> ureg = pint.UnitRegistry(non_int_type=Decimal)
    >>> fact = Fact("€2-3 per kg", 0, 11, low=Money(Decimal(2), "EUR"), high=Money(Decimal(3), "EUR"),
    ...             qualifier=Qualifier.RANGE, per="kg")
    >>> [(q.magnitude, str(q.units)) for q in range_quantities(fact, ureg)]
    [(Decimal('2'), 'EUR / kilogram'), (Decimal('3'), 'EUR / kilogram')]
    """
    low = _per(_money_quantity(fact.low, registry, "low end"), fact, registry)
    high = _per(_money_quantity(fact.high, registry, "high end"), fact, registry)
    return low, high


def rate_quantity(fact: Fact, registry: pint.UnitRegistry[Any]) -> Quantity:
    """The fact's money per year (:meth:`Fact.annualized`) as currency per year, per its per-unit.

    Raises ``ValueError`` when the fact has no amount, no currency or no period to annualize.

    >>> from decimal import Decimal
    >>> import pint
    >>> from moneyfacts.model import Duration, Fact, Money, Period
    >>> ureg = pint.UnitRegistry(non_int_type=Decimal)
    >>> fact = Fact("$5 a month", 0, 10, amount=Money(Decimal(5), "USD"),
    ...             period=Period(recurrence=Duration(months=1)))
    >>> print(rate_quantity(fact, ureg))
    60 USD / year
    """
    if fact.amount is None:
        raise ValueError("the fact has no point amount to annualize")
    yearly = fact.annualized()
    if yearly is None:
        raise ValueError("the fact has no period that gives a yearly rate")
    money = _money_quantity(yearly, registry, "amount")
    return _per(money / registry.Quantity(Decimal(1), "year"), fact, registry)
