"""scan -> grammar -> normalise -> objects (placeholder until the grammar lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moneyfacts.model import Fact

if TYPE_CHECKING:
    from moneyfacts._api import Options


def find_facts(text: str, options: Options) -> list[Fact]:
    return []


def parse_one(text: str, options: Options) -> Fact | None:
    return None
