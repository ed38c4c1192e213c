"""A griffe extension for the docs site: docstring examples (``>>>`` lines) become ``pycon`` code blocks.

Markdown would read a bare ``>>>`` line as a quotation and its output as links; the docstrings
keep their plain doctest form, which pytest runs.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_examples(text: str) -> str:
    """Wrap each run of doctest lines (from a ``>>>`` line to the next blank line) in a pycon fence.

    >>> fence_examples("Adds.\\n\\n>>> 1 + 1\\n2\\n\\nDone.").splitlines()
    ['Adds.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    out: list[str] = []
    indent: str | None = None  # the indentation of the open pycon fence, if one is open
    in_fence = False  # inside a fence the docstring wrote itself
    for line in text.splitlines():
        stripped = line.lstrip()
        if indent is not None and not stripped:
            out.append(indent + "```")
            indent = None
        elif indent is None and not in_fence and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(indent + "```pycon")
        elif indent is None and stripped.startswith("```"):
            in_fence = not in_fence
        out.append(line)
    if indent is not None:
        out.append(indent + "```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the examples of every docstring griffe loads."""

    def on_instance(self, **kwargs: Any) -> None:
        obj = kwargs["obj"]
        if obj.docstring is not None:
            obj.docstring.value = fence_examples(obj.docstring.value)
