"""The law library as data: crimes, modes, groups, standards and options indexed by id.

`index()` builds a `Library` from parsed modules; `rules.load.load_library()` reads, parses,
indexes and checks the files (this module imports neither the parser nor the checks).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rome_elements.base.diagnostics import Diagnostic, Problems
from rome_elements.base.vocabulary import grade_at_least
from rome_elements.rules import ast

CONTRADICTION_RULES = ("ignore", "outweighs", "defeats")
INFERENCE_RULES = ("allowed", "corroborated", "excluded")


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
        return grade_at_least(reliability, credibility, self.reliability, self.credibility)

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
    inferences: dict[str, ast.InferDecl] = field(default_factory=dict)

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
    diags = Problems()
    seen: dict[str, ast.Name] = {}
    for module in mods:
        for item in module.items:
            name = item.id
            if name.value in seen:
                first = seen[name.value]
                diags.add(
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
            elif isinstance(item, ast.InferDecl):
                lib.inferences[name.value] = item
            elif item.kind == "crime":
                lib.crimes[name.value] = item
                article = item.meta_value("article")
                if article:
                    if article in lib.articles:
                        diags.add(
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
