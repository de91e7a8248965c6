"""The shape of the package: one import package, layers that import one way, no loops.

Every import counts, at module level or inside a function: an import inside a function is
still a dependency, only a later one. The layers, lowest first:

    base  →  rules, facts  →  engine  →  cli

`base` imports nothing of the others; `rules` and `facts` import only `base` (and `facts`
nothing of `rules`); `engine` imports no `cli`. The root module `rome_elements` (the law
library's package) imports nothing.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

from golden import ROOT

FOLDERS = {
    "base": "elements/base",
    "rules": "rules",
    "facts": "facts",
    "engine": "engine",
    "cli": "cli",
}
ALLOWED = {
    "base": {"base"},
    "rules": {"base", "rules"},
    "facts": {"base", "facts"},
    "engine": {"base", "rules", "facts", "engine"},
    "cli": {"base", "rules", "facts", "engine", "cli"},
    "api": {"base", "rules", "facts", "engine", "cli"},  # the Python API: the top, like cli
}
PACKAGE = "rome_elements"


def modules() -> dict[str, Path]:
    found = {PACKAGE: ROOT / "elements" / "__init__.py"}
    for path in sorted((ROOT / "elements").glob("*.py")):
        if path.stem != "__init__":
            found[f"{PACKAGE}.{path.stem}"] = path
    for layer, folder in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            name = ".".join((PACKAGE, layer, *parts)).removesuffix(".__init__")
            found[name] = path
    return found


def imports(path: Path, known: dict[str, Path]) -> Iterator[tuple[int, str]]:
    """(line, module) for every import of this project's modules in `path`, at any depth."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                yield node.lineno, full if full in known else node.module


def graph() -> dict[str, set[str]]:
    known = modules()
    return {
        name: {m for _, m in imports(path, known) if m in known and m != name}
        for name, path in known.items()
    }


def layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_nothing_imports_a_bare_top_level_folder() -> None:
    """`rules`, `facts`, `engine`, `cli`, `elements` are folders, not import names: a module
    that imports `rules` would import whatever else is installed under that name."""
    known = modules()
    bare = {"rules", "facts", "engine", "cli", "elements", "base"}
    wrong = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in [*known.values(), *sorted((ROOT / "tests").glob("*.py"))]
        for line, name in imports(path, known)
        if name.split(".")[0] in bare
    ]
    assert not wrong, wrong


def test_layers_import_one_way() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in graph().items()
        for target in targets
        if layer(module) is not None
        and layer(target) not in ALLOWED[layer(module) or ""]
        and target != PACKAGE
    ]
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_loop() -> None:
    """A depth-first search over every import; any back edge is a loop, named in full."""
    edges = graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []
    loops: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                loops.append(" -> ".join(path[path.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert not loops, "\n".join(loops)


def test_the_checker_finds_a_loop_it_is_shown() -> None:
    """The search above is not vacuous: it sees the modules and their imports; nothing imports
    the API."""
    edges = graph()
    assert len(edges) > 40
    assert "rome_elements.rules.ast" in edges["rome_elements.rules.parse"]
    assert "rome_elements.base.diagnostics" in edges["rome_elements.rules.ast"]
    assert "rome_elements.engine.check" in edges["rome_elements.api"]
    assert not any("rome_elements.api" in targets for targets in edges.values())
