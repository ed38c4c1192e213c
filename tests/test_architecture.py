"""The package's shape: no import cycles, small modules and functions, no branch on a language code.

The rules read the source with :mod:`ast`, so they hold for imports under ``TYPE_CHECKING`` and
inside functions too. Generated and hand-kept tables under ``data/`` are data, not logic, and are
exempt from the size rules.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

_PACKAGE = Path(__file__).resolve().parent.parent / "src" / "moneyfacts"
_MODULE_LINES = 600
_FUNCTION_LINES = 80
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*|[A-Z][a-z]{3}")
"""A language code ("ja", "yue", "zh_Hant") or a script code ("Hant", "Latn")."""
_LANGUAGE_NAMES = ("lang", "locale", "script")


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    out = {}
    for path in sorted(_PACKAGE.rglob("*.py")):
        parts = path.relative_to(_PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _is_logic(name: str) -> bool:
    return ".data" not in name


def _imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package modules ``name`` imports anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:  # "from moneyfacts import _scan" imports the module, not the package
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {module for module in found if module in known and module != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(out)


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _strings(node: ast.expr) -> list[str]:
    """The string constants an operand of a comparison holds: itself, or the items of a collection."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [s for item in node.elts for s in _strings(item)]
    if isinstance(node, ast.Call) and node.args and isinstance(node.func, ast.Name):
        return _strings(node.args[0]) if node.func.id in ("frozenset", "set", "tuple") else []
    return []


def _names(node: ast.expr) -> list[str]:
    return [
        n.id if isinstance(n, ast.Name) else n.attr
        for n in ast.walk(node)
        if isinstance(n, (ast.Name, ast.Attribute))
    ]


def _language_branches(tree: ast.AST) -> list[int]:
    """Lines that compare something named for a language, locale or script with a literal code:
    ``language == "ja"``, ``lang in ("en", "und")``, ``locale.startswith("zh")``."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("startswith", "endswith")
        ):
            operands = [node.func.value, *node.args]
        else:
            continue
        codes = [s for op in operands for s in _strings(op) if _LANGUAGE_CODE.fullmatch(s)]
        named = any(
            part in name.casefold() for op in operands for name in _names(op) for part in _LANGUAGE_NAMES
        )
        if codes and named:
            lines.append(node.lineno)
    return lines


def test_no_import_cycles_among_the_package_modules() -> None:
    known = _modules()
    graph = {name: _imports(name, path, known) for name, path in known.items()}
    assert graph["moneyfacts.grammar.parser"], "the checker must see the grammar's imports"
    assert _cycles(graph) == []


def test_no_logic_module_is_over_the_size_limit() -> None:
    big = {
        name: lines
        for name, path in _modules().items()
        if _is_logic(name) and (lines := len(path.read_text(encoding="utf-8").splitlines())) > _MODULE_LINES
    }
    assert big == {}


def test_no_function_is_over_the_size_limit() -> None:
    long = {}
    for name, path in _modules().items():
        if _is_logic(name):
            for fn in _functions(ast.parse(path.read_text(encoding="utf-8"))):
                size = (fn.end_lineno or fn.lineno) - fn.lineno + 1
                if size > _FUNCTION_LINES:
                    long[f"{name}.{fn.name}"] = size
    assert long == {}


def test_no_logic_code_compares_a_language_code() -> None:
    found = {}
    for name, path in _modules().items():
        if _is_logic(name):
            lines = _language_branches(ast.parse(path.read_text(encoding="utf-8")))
            if lines:
                found[name] = lines
    assert found == {}


# The checkers themselves, on code of our own.


def test_the_cycle_checker_finds_a_cycle_hidden_behind_type_checking(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from pkg import b\n")
    (tmp_path / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import X\n"
    )
    known = {"pkg.a": tmp_path / "a.py", "pkg.b": tmp_path / "b.py"}
    graph = {name: _imports(name, path, known) for name, path in known.items()}
    assert _cycles(graph) == [["pkg.a", "pkg.b"]]


def test_the_cycle_checker_accepts_a_chain() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


@pytest.mark.parametrize(
    "source",
    [
        'if lex.language == "ja": pass',
        'ok = p.language in ("en", "und")',
        'ok = lang != "en"',
        'ok = locale in frozenset({"zh_Hant", "yue"})',
        'ok = script == "Hant"',
        'ok = language.lower().startswith("en")',
    ],
)
def test_the_language_checker_finds_a_branch(source: str) -> None:
    assert _language_branches(ast.parse(source)) == [1]


@pytest.mark.parametrize(
    "source",
    [
        'ok = p.profile.kana_numerals and word == "ja"',
        "ok = language in phrases.OF_BEFORE_MARK",
        'ok = tok.text == "to"',
        'ok = locale in ("root", "")',
        'ok = word.startswith("en")',
    ],
)
def test_the_language_checker_leaves_other_comparisons(source: str) -> None:
    assert _language_branches(ast.parse(source)) == []
