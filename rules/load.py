"""Reading the law library: every DSL file parsed, indexed by id, and checked.

`load_library()` reads the bundled library (the `.el` files shipped in the `rome_elements`
package) or the paths given, parses each file, runs the semantic checks of `rules.check` and
returns a `Library`. Any error in any file raises one `InputError` listing every problem.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import rome_elements
from rome_elements import base
from rome_elements.base.cache import digest_files, memoised
from rome_elements.base.diagnostics import Diagnostic, InputError
from rome_elements.rules import ast
from rome_elements.rules.check import check_library
from rome_elements.rules.library import Library, index
from rome_elements.rules.parse import MAX_DSL_BYTES, parse_file

# the folders of the installed package that hold code, not law
_CODE_FOLDERS = frozenset({"base", "rules", "facts", "engine", "cli", "tests", "__pycache__"})


def _code() -> list[Path]:
    """The code a checked library depends on: the DSL's modules, its grammar, and the ground
    floor (diagnostics are part of what is cached)."""
    rules = Path(__file__).resolve().parent
    ground = Path(base.__file__).resolve().parent
    return sorted(rules.glob("*.py")) + [rules / "grammar.lark"] + sorted(ground.glob("*.py"))


def bundled_paths() -> list[Path]:
    """The `.el` files shipped in the `rome_elements` package, in a stable order."""

    found: list[Path] = []

    def walk(folder: str, depth: int = 0) -> None:
        with os.scandir(folder) as entries:
            children = sorted(entries, key=lambda c: c.name)
        for child in children:
            if (
                child.is_dir()
                and depth < 4
                and not child.name.startswith(("_", "."))
                and not (depth == 0 and child.name in _CODE_FOLDERS)
            ):
                walk(child.path, depth + 1)
            elif child.name.endswith(".el"):
                found.append(Path(child.path))

    # the package's folder (what importlib.resources.files gives for a package on disk)
    for folder in rome_elements.__path__:
        walk(folder)
    return found


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.el")))
        else:
            out.append(p)
    return out


def load_library(paths: Sequence[str | Path] | None = None) -> Library:
    """Parse and check the library. Raises `InputError` with every problem found.

    The checked library is cached (see `base.cache`) under a hash of its source files, the
    grammar and the code version, so that repeated runs skip parsing."""

    def name() -> str:
        files = expand_paths(paths) if paths else bundled_paths()
        return f"library-{digest_files(_code(), files, MAX_DSL_BYTES)}.pickle"

    lib, diags = memoised(name, lambda: analyse_library(paths))
    if any(d.severity == "error" for d in diags):
        raise InputError(diags)
    return lib


def analyse_library(paths: Sequence[str | Path] | None = None) -> tuple[Library, list[Diagnostic]]:
    """Parse and check the library; return it with every diagnostic (errors and warnings)."""
    files = expand_paths(paths) if paths else bundled_paths()
    if paths and not files:
        return Library([]), [
            Diagnostic("error", "no .el files found in " + ", ".join(map(str, paths)))
        ]
    modules: list[ast.Module] = []
    diags: list[Diagnostic] = []
    for path in files:
        try:
            modules.append(parse_file(path))
        except InputError as err:
            diags.extend(err.diagnostics)
    lib, index_diags = index(modules)
    diags.extend(index_diags)
    diags.extend(check_library(lib))
    diags.sort(key=lambda d: (d.span.file, d.span.line, d.span.column) if d.span else ("", 0, 0))
    return lib, diags
