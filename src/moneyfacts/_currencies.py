"""Currency marks -> ISO 4217 codes: the ambiguity policy.

An ambiguous mark ("$", "¥", "kr", "dollars") is settled, in order, by:

1. a prefix that decides it (already folded into the mark by the lexicon: "US$", "HK$", "A$");
2. the caller's ``default_currency``, when it is one of the mark's candidates;
3. a decisive mention earlier in the same text ("Australian dollars", "A$", "AUD");
4. the currency of the locale's territory (en_AU: "$" is AUD; en_IN: "Rs" is INR; zh: "¥" is CNY);
5. the documented default: the mark's first candidate (in English news "$" is USD, "¥" is JPY).

>>> from moneyfacts._lexicon import Mark
>>> ctx = Context(default=None, territory="AUD")
>>> resolve(Mark(("USD", "AUD", "CAD"), False), ctx)
('AUD', ('USD', 'CAD'))
>>> ctx.note(Mark(("CAD",), True))
>>> resolve(Mark(("USD", "AUD", "CAD"), False), ctx)
('CAD', ('USD', 'AUD'))
"""

from __future__ import annotations

from dataclasses import dataclass, field

from moneyfacts._lexicon import Mark

__all__ = ["Context", "resolve"]


@dataclass(slots=True)
class Context:
    """What one text has told so far about its currencies."""

    default: str | None
    territory: str | None
    seen: list[str] = field(default_factory=list)
    """codes named decisively so far, most recent last"""

    def note(self, mark: Mark) -> None:
        """Remember a decisive mention."""
        if mark.decisive and mark.codes:
            code = mark.codes[0]
            if code in self.seen:
                self.seen.remove(code)
            self.seen.append(code)


def resolve(mark: Mark, ctx: Context) -> tuple[str | None, tuple[str, ...]]:
    """The code a mark stands for here, and the other candidates, most likely first."""
    codes = mark.codes
    if not codes:
        return None, ()
    if mark.decisive or len(codes) == 1:
        return codes[0], codes[1:]
    choice = _choose(codes, ctx)
    return choice, tuple(c for c in codes if c != choice)


def _choose(codes: tuple[str, ...], ctx: Context) -> str:
    if ctx.default is not None and ctx.default in codes:
        return ctx.default
    for code in reversed(ctx.seen):
        if code in codes:
            return code
    if ctx.territory is not None and ctx.territory in codes:
        return ctx.territory
    return codes[0]
