"""Public names report ``moneyfacts`` as their module, as users import them."""

from __future__ import annotations

import dataclasses

__all__ = ["public"]


def public(*objects: object) -> None:
    """Give each object ``__module__ == "moneyfacts"`` (in reprs, tracebacks, pickles and the API reference).

    A dataclass's string annotations are resolved first, in their home module, so that
    ``typing.get_type_hints`` still works once ``__module__`` points elsewhere.
    """
    import typing

    for obj in objects:
        if isinstance(obj, type) and dataclasses.is_dataclass(obj):
            own = vars(obj).get("__annotations__", {})
            hints = typing.get_type_hints(obj)
            obj.__annotations__ = {key: hints[key] for key in own}
        obj.__module__ = "moneyfacts"
