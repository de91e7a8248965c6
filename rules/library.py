"""The law library: every DSL file parsed, indexed by id, and checked.

`load_library()` reads the bundled library (the `.el` files of the `elements` package) or the
paths given, parses each file, runs the semantic checks of `rules.check` and returns a
`Library`. Any error in any file raises one `InputError` listing every problem.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rules import ast
from rules.diagnostics import Diagnostic, InputError

GRADES = "ABCDEF"
CONTRADICTION_RULES = ("ignore", "outweighs", "defeats")
INFERENCE_RULES = ("allowed", "corroborated", "excluded")


def bundled_paths() -> list[Path]:
    """The `.el` files shipped in the `elements` package, in a stable order."""
    import elements

    found: list[Path] = []

    def walk(folder: str, depth: int = 0) -> None:
        with os.scandir(folder) as entries:
            children = sorted(entries, key=lambda c: c.name)
        for child in children:
            if child.is_dir() and depth < 4 and not child.name.startswith(("_", ".")):
                walk(child.path, depth + 1)
            elif child.name.endswith(".el"):
                found.append(Path(child.path))

    # the package's folder (what importlib.resources.files gives for a package on disk)
    for folder in elements.__path__:
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


@dataclass(frozen=True, slots=True)
class Standard:
    """A standard of proof with its thresholds, as declared in the library."""

    id: str
    title: str
    article: str
    text: str
    rank: int
    origins: int
    reliability: str
    credibility: int
    contradiction: str
    inference: str
    notes: tuple[str, ...] = ()

    def grade_ok(self, reliability: str, credibility: int) -> bool:
        return GRADES.index(reliability) <= GRADES.index(self.reliability) and (
            credibility <= self.credibility
        )

    @property
    def min_grade(self) -> str:
        return f"{self.reliability}{self.credibility}"


@dataclass
class Library:
    """The checked law library: every module, and its declarations indexed by id."""

    modules: list[ast.Module]
    facts: dict[str, ast.FactDecl] = field(default_factory=dict)
    crimes: dict[str, ast.Scope] = field(default_factory=dict)
    modes: dict[str, ast.Scope] = field(default_factory=dict)
    groups: dict[str, ast.Scope] = field(default_factory=dict)
    standards: dict[str, Standard] = field(default_factory=dict)
    standard_decls: dict[str, ast.StandardDecl] = field(default_factory=dict)
    options: dict[str, ast.OptionDecl] = field(default_factory=dict)
    articles: dict[str, str] = field(default_factory=dict)
    states: dict[str, ast.StateDecl] = field(default_factory=dict)

    # ---- lookups -------------------------------------------------------------------------
    def crime(self, name: str) -> ast.Scope | None:
        """A crime by id or by article as printed in the Elements of Crimes."""
        crime_id = self.articles.get(name, name)
        return self.crimes.get(crime_id)

    def elements(self, scope: ast.Scope) -> list[ast.Element]:
        """The elements of a crime or mode in order, with `use`d groups expanded in place."""
        return [m for m in self.members(scope) if isinstance(m, ast.Element)]

    def members(self, scope: ast.Scope, _seen: frozenset[str] = frozenset()) -> list[ast.Member]:
        out: list[ast.Member] = []
        for member in scope.members:
            if isinstance(member, ast.Use):
                group = self.groups.get(member.group.value)
                if group is not None and group.id.value not in _seen:
                    out.extend(self.members(group, _seen | {scope.id.value}))
            else:
                out.append(member)
        return out

    def conduct_element(self, crime: ast.Scope) -> ast.Element | None:
        for el in self.elements(crime):
            if el.kind.value == "material" and el.subkind and el.subkind.value == "conduct":
                return el
        return None

    def standards_by_rank(self) -> list[Standard]:
        return sorted(self.standards.values(), key=lambda s: s.rank)

    def default_options(self) -> dict[str, str]:
        return {k: o.default.value for k, o in self.options.items() if o.default is not None}

    def all_scopes(self) -> Iterator[ast.Scope]:
        yield from self.crimes.values()
        yield from self.modes.values()
        yield from self.groups.values()


def index(modules: Iterable[ast.Module]) -> tuple[Library, list[Diagnostic]]:
    """Index declarations by id; duplicates are reported, the first declaration wins."""
    mods = list(modules)
    lib = Library(mods)
    diags: list[Diagnostic] = []
    seen: dict[str, ast.Name] = {}
    for module in mods:
        for item in module.items:
            name = item.id
            if name.value in seen:
                first = seen[name.value]
                diags.append(
                    Diagnostic(
                        "error",
                        f"`{name.value}` is declared twice",
                        name.span,
                        notes=(f"first declared at {first.span}",),
                    )
                )
                continue
            seen[name.value] = name
            if isinstance(item, ast.StateDecl):
                lib.states[item.name] = item
            elif isinstance(item, ast.FactDecl):
                lib.facts[name.value] = item
            elif isinstance(item, ast.StandardDecl):
                lib.standard_decls[name.value] = item
            elif isinstance(item, ast.OptionDecl):
                lib.options[name.value] = item
            elif item.kind == "crime":
                lib.crimes[name.value] = item
                article = item.meta_value("article")
                if article:
                    if article in lib.articles:
                        diags.append(
                            Diagnostic(
                                "error",
                                f"article {article} is already encoded by crime "
                                f"`{lib.articles[article]}`",
                                item.span,
                            )
                        )
                    else:
                        lib.articles[article] = name.value
            elif item.kind == "mode":
                lib.modes[name.value] = item
            else:
                lib.groups[name.value] = item
    return lib, diags


def load_library(paths: Sequence[str | Path] | None = None) -> Library:
    """Parse and check the library. Raises `InputError` with every problem found.

    The checked library is cached (see `rules.cache`) under a hash of its source files, the
    grammar and the code version, so that repeated runs skip parsing."""
    from rules.cache import cached

    lib, diags = cached(paths, analyse_library)
    if any(d.severity == "error" for d in diags):
        raise InputError(diags)
    return lib


def analyse_library(paths: Sequence[str | Path] | None = None) -> tuple[Library, list[Diagnostic]]:
    """Parse and check the library; return it with every diagnostic (errors and warnings)."""
    from rules.check import check_library
    from rules.parse import parse_file

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
