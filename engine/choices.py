"""The choices a run is made with, checked in one place for every command.

A run is made at a standard of proof, under readings of unsettled law (options), perhaps as
if some facts or evidence items did not exist (`--without`) and with some items re-graded
(`--grade`). `elements check`, `elements diff`, a situation, the library tests (`elements
test`, whose YAML says `standard:`, `options:`, `without:`) and `engine.check.check` all check
them here, in three steps, so that a mistake is reported as early as it can be known:

1. the syntax, before any file is read (`pairs`, `ids`, `conflicts`, `grade_problems`):
   `NAME=VALUE`, grades such as B2, and no name given twice with different values;
2. the names, against the library, before the case file is read (`standard_problems`,
   `option_problems`);
3. the ids, against the case (`id_problems`).

Each step returns its diagnostics instead of raising, so that a caller gathers every problem
of its input. A value read from a file carries its `Span` and is reported there; one from the
command line has none, and the message names the flag (`label`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rome_elements.base.diagnostics import Diagnostic, InputError, Span, nearest
from rome_elements.facts.model import Case
from rome_elements.facts.wording import show
from rome_elements.rules.library import Library


@dataclass(frozen=True, slots=True)
class Given:
    """A value as the user gave it, and where (None: on the command line)."""

    text: str
    span: Span | None = None


Pair = tuple[Given, Given]
"""A `NAME=VALUE` setting: the name and the value, each where it was given."""


def _error(
    message: str,
    span: Span | None = None,
    *,
    expected: str | None = None,
    suggestion: str | None = None,
    notes: tuple[str, ...] = (),
) -> Diagnostic:
    return Diagnostic("error", message, span, expected=expected, suggestion=suggestion, notes=notes)


# ---- 1. syntax: before any file is read ---------------------------------------------------------


def pairs(values: Iterable[str], flag: str, metavar: str = "NAME=CHOICE") -> list[Pair]:
    """`NAME=VALUE` arguments of `flag` (the command line) as pairs. A malformed argument
    raises `InputError`, every malformed one at once."""
    out: list[Pair] = []
    problems: list[Diagnostic] = []
    for value in values:
        name, sep, choice = value.partition("=")
        if not sep or not name.strip() or not choice.strip():
            problems.append(
                _error(f"{flag} {show(value)}: write {metavar}", expected=f"{flag} {metavar}")
            )
            continue
        out.append((Given(name.strip()), Given(choice.strip())))
    if problems:
        raise InputError(problems)
    return out


def ids(values: Iterable[str]) -> list[Given]:
    """Ids given on the command line, each flag's value separated by commas (`E1,F2`)."""
    return [Given(x.strip()) for v in values for x in v.split(",") if x.strip()]


def conflicts(given: Sequence[Pair], label: str, what: str = "choices") -> list[Diagnostic]:
    """A name given twice with different values is a contradiction, not a last word: both are
    named. The same value twice is harmless."""
    first: dict[str, Given] = {}
    problems: list[Diagnostic] = []
    for name, value in given:
        earlier = first.setdefault(name.text, value)
        if earlier.text != value.text:
            problems.append(
                _error(
                    f"{label} `{name.text}` is given twice, with different {what}: "
                    f"`{earlier.text}` and `{value.text}`",
                    value.span or name.span,
                    notes=(f"give {name.text} once",),
                )
            )
    return problems


GRADE = re.compile(r"[A-F][1-6]")
"""A grade as the case file writes it: source reliability A–F, information credibility 1–6."""


def grade_problems(given: Sequence[Pair], label: str = "--grade") -> list[Diagnostic]:
    """Grades that are not a reliability A–F and a credibility 1–6 (e.g. B2), and an item
    given twice with different grades."""
    problems = conflicts(given, label, "grades")
    for name, grade in given:
        if GRADE.fullmatch(grade.text) is None:
            problems.append(
                _error(
                    f"{label} {name.text}={grade.text}: `{grade.text}` is not a grade",
                    grade.span,
                    expected="a source reliability A–F and an information credibility 1–6, "
                    "e.g. B2 (A1 is the best, F6 cannot be judged)",
                    suggestion=grade.text.upper() if GRADE.fullmatch(grade.text.upper()) else None,
                )
            )
    return problems


def as_dict(given: Sequence[Pair]) -> dict[str, str]:
    return {name.text: value.text for name, value in given}


# ---- 2. names: against the library --------------------------------------------------------------


def standard_problems(lib: Library, name: Given) -> list[Diagnostic]:
    """An unknown standard of proof, with the library's standards and the nearest one."""
    if name.text in lib.standards:
        return []
    return [
        _error(
            f"unknown standard `{name.text}`",
            name.span,
            expected=", ".join(f"`{s.id}`" for s in lib.standards_by_rank()),
            suggestion=nearest(name.text, lib.standards),
        )
    ]


def option_problems(
    lib: Library, given: Sequence[Pair], label: str = "--option"
) -> list[Diagnostic]:
    """Unknown options and choices (with the nearest valid name), and an option given twice
    with different choices."""
    problems = conflicts(given, label)
    for name, choice in given:
        decl = lib.options.get(name.text)
        if decl is None:
            problems.append(
                _error(
                    f"unknown option `{name.text}`",
                    name.span,
                    expected=", ".join(f"`{o}`" for o in sorted(lib.options)),
                    suggestion=nearest(name.text, lib.options),
                )
            )
            continue
        choices = [c.id.value for c in decl.choices]
        if choice.text not in choices:
            problems.append(
                _error(
                    f"option `{name.text}` has no choice {show(choice.text)}",
                    choice.span,
                    expected=", ".join(f"`{c}`" for c in choices),
                    suggestion=nearest(choice.text, choices),
                )
            )
    return problems


def resolve_options(lib: Library, chosen: Mapping[str, str]) -> dict[str, str]:
    """The options in force: the library's defaults, then `chosen`; raises `InputError` for an
    unknown option or choice."""
    problems = option_problems(lib, [(Given(k), Given(v)) for k, v in chosen.items()])
    if problems:
        raise InputError(problems)
    return lib.default_options() | dict(chosen)


# ---- 3. ids: against the case -----------------------------------------------------------------


def id_problems(
    case: Case, given: Sequence[Given], label: str, *, evidence_only: bool = False
) -> list[Diagnostic]:
    """Ids the case does not have (with the nearest it has): facts or evidence items, or only
    evidence items."""
    known = [e.id for e in case.evidence] + ([] if evidence_only else [f.id for f in case.facts])
    have = set(known)
    what = (
        "not an evidence item of the case"
        if evidence_only
        else "neither an evidence item nor a fact of the case"
    )
    return [
        _error(
            f"{label} names `{x.text}`, which is {what}",
            x.span,
            suggestion=nearest(x.text, known),
        )
        for x in given
        if x.text not in have
    ]


def regrade(case: Case, grades: Mapping[str, str]) -> Case:
    """The case with each evidence item of `grades` (id → grade, e.g. "E5") graded so, for
    this run only; the ids and grades are checked already (`id_problems`, `grade_problems`)."""
    if not grades:
        return case
    evidence = tuple(
        e.model_copy(update={"reliability": grades[e.id][0], "credibility": int(grades[e.id][1])})
        if e.id in grades
        else e
        for e in case.evidence
    )
    fields = {name: getattr(case, name) for name in type(case).model_fields}
    # a new model, not `model_copy`: the copy would keep the case's cached lookups by id
    return type(case).model_construct(**(fields | {"evidence": evidence}))


# ---- the command line ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Choices:
    """A run's choices as the command line gives them, their syntax checked (`parse`)."""

    standard: str | None = None
    options: tuple[Pair, ...] = ()
    without: tuple[Given, ...] = ()
    grades: tuple[Pair, ...] = ()

    @classmethod
    def parse(
        cls,
        standard: str | None = None,
        options: Iterable[str] = (),
        without: Iterable[str] = (),
        grades: Iterable[str] = (),
    ) -> Choices:
        """`--standard`, `--option`, `--without` and `--grade` as given; raises `InputError`
        (every problem at once) for a malformed value, an option given twice with different
        choices or an item given two grades — before any file is read."""
        problems: list[Diagnostic] = []
        given: dict[str, list[Pair]] = {}
        for flag, values, metavar in (
            ("--option", options, "NAME=CHOICE"),
            ("--grade", grades, "ID=GRADE"),
        ):
            try:
                given[flag] = pairs(values, flag, metavar)
            except InputError as err:
                problems += err.diagnostics
                given[flag] = []
        problems += conflicts(given["--option"], "--option")
        problems += grade_problems(given["--grade"])
        if standard is not None and not standard.strip():
            problems.append(_error("--standard is empty: name a standard of proof"))
        if problems:
            raise InputError(problems)
        return cls(
            standard.strip() if standard else None,
            tuple(given["--option"]),
            tuple(ids(without)),
            tuple(given["--grade"]),
        )

    def check_names(self, lib: Library) -> None:
        """The standard and the options against the library (before the case file is read);
        raises `InputError` with every problem."""
        problems = standard_problems(lib, Given(self.standard)) if self.standard else []
        problems += option_problems(lib, _distinct(self.options))
        if problems:
            raise InputError(problems)

    @property
    def option_dict(self) -> dict[str, str]:
        return as_dict(self.options)

    @property
    def without_ids(self) -> list[str]:
        return [x.text for x in self.without]

    @property
    def grade_dict(self) -> dict[str, str]:
        return as_dict(self.grades)


def _distinct(given: Sequence[Pair]) -> list[Pair]:
    """Each (name, value) once: a conflict is reported by `conflicts` already."""
    seen: set[tuple[str, str]] = set()
    out = []
    for name, value in given:
        if (name.text, value.text) not in seen:
            seen.add((name.text, value.text))
            out.append((name, value))
    return out
