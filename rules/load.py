"""Reading the law library: every DSL file parsed, indexed by id, and checked.

`load_library()` reads the bundled library (the `.el` files shipped in the `rome_elements`
package) or the paths given, parses each file, runs the semantic checks of `rules.check` and
returns a `Library`. Any error in any file raises one `InputError` listing every problem.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

import rome_elements
from rome_elements import base
from rome_elements.base.cache import digest_files, memoised
from rome_elements.base.diagnostics import Diagnostic, InputError, Problems, error_count
from rome_elements.rules import ast
from rome_elements.rules.check import check_library
from rome_elements.rules.library import Library, index
from rome_elements.rules.limits import MAX_DSL_BYTES

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


MAX_FOLDER_DEPTH = 32
"""Library folders are searched at most this many levels deep."""


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """The DSL files of `paths`: a file as given, a folder's `.el` regular files at any depth
    (see `library_files`, which also says what was left out and why)."""
    return library_files(paths)[0]


def library_files(paths: Sequence[str | Path]) -> tuple[list[Path], list[Diagnostic]]:
    """The DSL files of `paths`, and a problem for each thing left out.

    A path given as a file is used as it is (even a device or a FIFO: it is read up to the size
    limit). A folder is searched for `.el` files without following symbolic links to folders
    (no loops), at most `MAX_FOLDER_DEPTH` levels deep (a deeper folder is an error, not a
    crash), in name order; an entry named `*.el` that is not a regular file — a FIFO, a socket,
    a device, a folder, a dangling or looping symbolic link — is refused without being opened
    (a FIFO would wait for a writer forever)."""
    out: list[Path] = []
    problems = Problems()
    for p in map(Path, paths):
        if not p.is_dir():
            out.append(p)
            continue
        found: list[Path] = []
        stack: list[tuple[str, int]] = [(str(p), 0)]
        too_deep: str | None = None
        while stack:
            folder, depth = stack.pop()
            try:
                with os.scandir(folder) as entries:
                    children = list(entries)
            except OSError as err:
                problems.add(_refused(folder, f"cannot be read: {err.strerror}"))
                continue
            for child in children:
                if child.is_dir(follow_symlinks=False):
                    if depth + 1 < MAX_FOLDER_DEPTH:
                        stack.append((child.path, depth + 1))
                    elif too_deep is None:
                        too_deep = child.path
                    continue
                if not child.name.endswith(".el"):
                    continue
                try:
                    mode = child.stat().st_mode  # follows a symbolic link to a file
                except OSError as err:
                    problems.add(_refused(child.path, f"cannot be read: {err.strerror}"))
                    continue
                if stat.S_ISREG(mode):
                    found.append(Path(child.path))
                else:
                    problems.add(_refused(child.path, f"is {_kind(mode)}, not a file"))
        if too_deep is not None:
            problems.add(
                Diagnostic(
                    "error",
                    f"the library folder {p} has folders nested more than {MAX_FOLDER_DEPTH} "
                    f"levels deep ({too_deep[:200]}…); they are not searched",
                    notes=("move the .el files up, or name them one by one",),
                )
            )
        out.extend(sorted(found))
    return out, problems


def _refused(path: str, why: str) -> Diagnostic:
    return Diagnostic("error", f"{path} {why}; it is not read as part of the library")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def load_library(paths: Sequence[str | Path] | None = None) -> Library:
    """Parse and check the library. Raises `InputError` with the problems found (at most
    `MAX_KEPT` of them kept per pass, the others counted: `base.diagnostics.Problems`).

    The checked library is cached (see `base.cache`) under a hash of its source files, the
    grammar and the code version, so that repeated runs skip parsing."""

    def name() -> str:
        files = expand_paths(paths) if paths else bundled_paths()
        return f"library-{digest_files(_code(), files, MAX_DSL_BYTES)}.pickle"

    lib, diags = memoised(name, lambda: analyse_library(paths))
    if error_count(diags):
        raise InputError(diags)
    return lib


def analyse_library(paths: Sequence[str | Path] | None = None) -> tuple[Library, list[Diagnostic]]:
    """Parse and check the library; return it with every diagnostic (errors and warnings)."""
    files, refused = library_files(paths) if paths else (bundled_paths(), [])
    if paths and not files:
        return Library([]), refused + [
            Diagnostic("error", "no .el files found in " + ", ".join(map(str, paths)))
        ]
    from rome_elements.rules.parse import parse_file  # Lark: only when the cache cannot serve

    modules: list[ast.Module] = []
    diags = Problems(refused)
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
