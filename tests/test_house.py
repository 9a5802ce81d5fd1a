"""House rules a newcomer can rely on: no dead code, no huge modules, no import circles.

Each is a ratchet (issue 21): it holds now, and a change that breaks it fixes
the code, or changes the rule here on purpose. Everything is read from the
source with ``ast`` (nothing is imported), so the whole file runs in about a
second.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "spasm_stretch"
WHITELIST = ROOT / "tools" / "vulture_whitelist.py"
SCANNED = ("spasm_stretch", "tools", "bench")
MIN_CONFIDENCE = 60  # every unused function, method, class, attribute and variable
MAX_MODULE_LINES = 600
# Over the limit for now, each with why; an entry must go once its module fits.
LONG_FOR_NOW: dict[str, str] = {}
MAX_LOOSE_UI_MODULES = 12
UI_FEATURES = ("shell", "session", "relief", "log", "picker", "settings", "editor", "widgets")
MAX_WINDOW_LINES = 300

Graph = dict[str, set[str]]


# --- dead code ------------------------------------------------------------


def whitelisted_names() -> set[str]:
    """The names tools/vulture_whitelist.py reads (each line is ``_.name``)."""
    tree = ast.parse(WHITELIST.read_text(encoding="utf-8"))
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "_"
    }


def test_vulture_finds_no_dead_code() -> None:
    """Nothing in the app, the tools or the benches is unused but for the whitelist's reasons.

    vulture runs without the whitelist and the two are compared both ways:
    every finding must be named there (or the code removed), and every name
    there must still be a finding (or its line removed).
    """
    vulture = pytest.importorskip(
        "vulture", reason="vulture is not installed (pip install -e '.[dev]')"
    )
    scan = vulture.Vulture(verbose=False)
    scan.scavenge([str(ROOT / folder) for folder in SCANNED], exclude=[str(WHITELIST)])
    found = scan.get_unused_code(min_confidence=MIN_CONFIDENCE)
    listed = whitelisted_names()
    unexplained = [item.get_report() for item in found if item.name not in listed]
    assert unexplained == [], (
        "unused code: remove it, or add it to tools/vulture_whitelist.py with the reason\n"
        + "\n".join(unexplained)
    )
    stale = sorted(listed - {item.name for item in found})
    assert stale == [], f"in tools/vulture_whitelist.py but no longer unused: {stale}"


# --- sizes ----------------------------------------------------------------


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_600_lines() -> None:
    """A module a newcomer opens fits in one sitting; a longer one is split at a seam."""
    long = {
        path.relative_to(ROOT).as_posix(): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := line_count(path)) > MAX_MODULE_LINES
    }
    unexcused = {name: lines for name, lines in long.items() if name not in LONG_FOR_NOW}
    assert unexcused == {}, f"modules over {MAX_MODULE_LINES} lines: {unexcused}"
    fitting = sorted(LONG_FOR_NOW.keys() - long.keys())
    assert fitting == [], (
        f"now {MAX_MODULE_LINES} lines or fewer, take out of LONG_FOR_NOW: {fitting}"
    )


def test_ui_is_grouped_by_feature() -> None:
    """ui/ holds one package per feature and few modules of its own."""
    ui = PACKAGE / "ui"
    loose = sorted(p.name for p in ui.glob("*.py") if p.name != "__init__.py")
    assert len(loose) <= MAX_LOOSE_UI_MODULES, f"loose modules in ui/: {loose}"
    missing = [name for name in UI_FEATURES if not (ui / name / "__init__.py").is_file()]
    assert missing == [], f"feature packages missing from ui/: {missing}"


def test_the_window_shell_is_small() -> None:
    """The main window only assembles pages, menus and controllers."""
    assert line_count(PACKAGE / "ui" / "shell" / "window.py") <= MAX_WINDOW_LINES


# --- import circles -------------------------------------------------------


def module_names(package: Path) -> dict[str, Path]:
    """Every module of ``package`` by its dotted name (a package by its ``__init__``)."""
    names = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import under ``node``, at any depth, but for ``if TYPE_CHECKING:`` bodies."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for branch in child.orelse:
                yield from _imports_in(branch)
        else:
            yield from _imports(child)


def _imports_in(node: ast.stmt) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    else:
        yield from _imports(node)


def _with_packages(name: str, modules: dict[str, Path]) -> set[str]:
    """``name`` and the packages above it that are ours: importing runs each ``__init__``."""
    parts = name.split(".")
    return {".".join(parts[:n]) for n in range(1, len(parts) + 1)} & modules.keys()


def import_graph(package: Path) -> Graph:
    """For each module of ``package``, the modules of ``package`` it imports, anywhere in it.

    ``from pkg import name`` imports ``pkg.name`` when that is a module, and
    every import runs the ``__init__`` of the packages above what it names.
    Imports only a type checker runs (``if TYPE_CHECKING:``) are left out.
    """
    modules = module_names(package)
    graph: Graph = {}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets |= _with_packages(alias.name, modules)
                continue
            base = node.module or ""
            if node.level:
                anchor = here.rsplit(".", node.level - 1)[0] if node.level > 1 else here
                base = f"{anchor}.{base}" if base else anchor
            targets |= _with_packages(base, modules)
            targets |= {f"{base}.{a.name}" for a in node.names} & modules.keys()
        graph[name] = targets - {name}
    return graph


def import_circles(graph: Graph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(circles)


def describe(circles: list[list[str]], graph: Graph) -> str:
    return "\n".join(
        "circle: "
        + ", ".join(
            f"{source} -> {target}"
            for source in circle
            for target in sorted(graph[source] & set(circle))
        )
        for circle in circles
    )


def test_no_import_circles() -> None:
    """No module reaches itself through imports, not even through one inside a function.

    A circle means neither side can be read, tested or moved without the
    other; a function-level import only hides it from the interpreter.
    """
    graph = import_graph(PACKAGE)
    circles = import_circles(graph)
    assert circles == [], describe(circles, graph)


def test_the_circle_finder_sees_function_level_and_relative_imports(tmp_path: Path) -> None:
    """The finder itself: an import inside a function counts, one for type checkers does not."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "def late():\n    from pkg.sub import b\n",
        "sub/__init__.py": "",
        "sub/b.py": "from .. import a\n",
        "c.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from pkg import a\nelse:\n    import pkg.d\n"
        ),
        "d.py": "",
    }
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    graph = import_graph(package)
    assert graph["pkg.c"] == {"pkg", "pkg.d"}
    assert import_circles(graph) == [["pkg.a", "pkg.sub.b"]]


# --- who may know whom ------------------------------------------------------


def test_controllers_know_neither_the_window_nor_each_other() -> None:
    """A controller owns its flow; the shell wires controllers, so none imports another.

    The desktop side likewise talks to services and controllers, never to the
    window's module.
    """
    graph = import_graph(PACKAGE)
    controllers = {
        name
        for name in graph
        if name.startswith("spasm_stretch.ui.") and name.endswith(".controller")
    }
    controllers.add("spasm_stretch.desktop.controller")
    found = {
        name: sorted(
            target
            for target in graph[name]
            if target.startswith("spasm_stretch.ui.shell") or target in controllers - {name}
        )
        for name in sorted(controllers)
    }
    assert {name: found[name] for name in found if found[name]} == {}
