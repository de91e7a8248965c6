"""The Python API: what the `elements` command does, for notebooks and other programs.

    from rome_elements import api

    library = api.load_library()                       # the bundled law library
    case = api.load_case("examples/belarus_children.yaml", library)
    result = api.check(case, library, standard="reasonable_grounds")
    for charge in result.report.charges:
        print(charge.article, charge.mode, charge.result)
    memo = api.render(result.report, "markdown")       # text, json, markdown, html, csv

    situation = api.check_situation("situation/", library_paths=(), jobs=2)
    for row in situation.charges:
        print(row.accused, row.article, len(row.made_out_in), "of", len(row.incidents))

Errors are `rome_elements.base.errors.ElementsError`s: `InputError` carries every problem as a
located `Diagnostic` (`rome_elements.base.diagnostics.render_all` words them as the command
line does). The report model is `rome_elements.engine.report.Report`; its `to_dict()` is the
JSON report (`api.report_schema()` describes it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rome_elements.engine.check import CheckResult, EngineName
from rome_elements.engine.report import Report
from rome_elements.engine.situation import Settings, SituationReport
from rome_elements.facts.model import Case
from rome_elements.rules.library import Library

__all__ = [
    "check",
    "check_situation",
    "load_case",
    "load_library",
    "redact",
    "render",
    "report_schema",
]


def load_library(paths: Sequence[str | Path] | None = None) -> Library:
    """The law library: the bundled one, or the `.el` files and folders given."""
    from rome_elements.rules.load import load_library as load

    return load(paths)


def load_case(path: str | Path, library: Library) -> Case:
    """A case file (YAML or JSON), checked against the library's vocabulary."""
    from rome_elements.engine.check import vocabulary
    from rome_elements.facts.load import load_case as load

    return load(path, vocabulary(library))


def check(
    case: Case,
    library: Library,
    *,
    standard: str | None = None,
    options: Mapping[str, str] | None = None,
    without: Iterable[str] = (),
    engine: EngineName = "auto",
    all_chains: bool = False,
    grades: Mapping[str, str] | None = None,
    jobs: int | None = 1,
) -> CheckResult:
    """Every charge of the case, act by act: `result.report` (and `result.notices`).
    `grades`: evidence id → the grade to weigh it at this run (`check --grade`); `jobs`: how
    many processes assess the charges (`check --jobs`; None: as many as pay, as the command
    line decides). The report is the same whatever `jobs` is."""
    from rome_elements.engine.analyse import MAX_CHAINS
    from rome_elements.engine.check import check as run

    return run(
        library,
        case,
        standard=standard,
        engine=engine,
        options=options,
        without=without,
        max_chains=None if all_chains else MAX_CHAINS,
        grades=grades,
        jobs=jobs,
    )


def redact(report: Report) -> Report:
    """The report without what identifies evidence marked confidential (`--redact`)."""
    from rome_elements.engine.redact import redact as run

    return run(report)


def render(report: Report, fmt: str = "text", *, verbose: bool = False) -> str:
    """The report as the command line writes it: text, json, markdown, html or csv."""
    from rome_elements.cli.main import render_report

    rendered = render_report(report, fmt, colour=False, verbose=verbose)
    return rendered if isinstance(rendered, str) else "".join(rendered)


def check_situation(
    target: str | Path,
    *,
    library_paths: Sequence[str] = (),
    standard: str | None = None,
    options: Mapping[str, str] | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
) -> SituationReport:
    """A situation (a folder of incident files with a `context.yaml`, or a manifest), every
    incident checked and the results aggregated per accused × charge."""
    from rome_elements.engine.situation import discover, run_situation

    settings = Settings(
        library=tuple(library_paths),
        standard=standard,
        options=tuple(sorted((options or {}).items())),
    )
    return run_situation(discover(Path(target)), settings, jobs=jobs, scheduler=scheduler)


def report_schema() -> dict[str, Any]:
    """The JSON Schema of `Report.to_dict()`."""
    from rome_elements.engine.report_schema import report_schema as schema

    return schema()
