"""`elements` — element analysis of Rome Statute charges.

Exit codes of `elements check`: 0 every charge made out; 1 some charge not made out; 2 the
input (case file or DSL) is invalid, or the report cannot be written; 3 internal error (for
example the two engines disagree); 130 interrupted (Ctrl-C), 143/129 terminated (SIGTERM/SIGHUP);
141 standard output closed early (`| head`), quietly.
"""

from __future__ import annotations

import difflib
import gc
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from rome_elements.base.diagnostics import InputError, error_count, render_all
from rome_elements.base.errors import ElementsError
from rome_elements.base.text import visible
from rome_elements.cli.output import (
    Terminated,
    any_confidential,
    check_target,
    emit,
    guard_stdout,
    signals_as_exceptions,
)

if TYPE_CHECKING:
    from rome_elements.engine.choices import Choices

EXIT_MADE_OUT, EXIT_NOT_MADE_OUT, EXIT_INVALID, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141  # 128 + SIGINT, 128 + SIGPIPE, as shells report
F = TypeVar("F", bound=Callable[..., Any])


def _fail_input(err: InputError) -> NoReturn:
    click.echo(render_all(err.diagnostics), err=True)
    sys.exit(EXIT_INVALID)


def guarded(fn: F) -> F:
    """Bad input → located diagnostics and exit 2; a bug → one line asking for a report, exit 3."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from rome_elements.engine.errors import EngineDisagreement

        try:
            with signals_as_exceptions():
                return fn(*args, **kwargs)
        except InputError as err:
            _fail_input(err)
        except BrokenPipeError:  # the reader of stdout went away (`| head`): nothing to say
            from rome_elements.cli.output import quiet_broken_pipe

            quiet_broken_pipe()
            sys.exit(EXIT_BROKEN_PIPE)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Terminated as err:
            click.echo("terminated", err=True)
            sys.exit(128 + err.signum)
        except EngineDisagreement as err:
            click.echo(
                f"internal error: {visible(str(err))}. No report was produced. Please report this.",
                err=True,
            )
            sys.exit(err.exit_code)
        except ElementsError as err:  # OutputError and any other reported kind: one line
            click.echo(f"error: {visible(str(err))}", err=True)
            sys.exit(err.exit_code)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as err:  # noqa: BLE001 - the last line of defence for users
            if os.environ.get("ELEMENTS_DEBUG"):
                raise
            click.echo(
                f"internal error: {type(err).__name__}: {err}. Please report this "
                "(set ELEMENTS_DEBUG=1 for a traceback).",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper  # type: ignore[return-value]


def _library(paths: tuple[str, ...]) -> Any:
    from rome_elements.rules.load import load_library

    return load_library(list(paths) or None)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rome-elements")
def main() -> None:
    """Which elements of each charge does the evidence support, and what is missing?"""


FORMATS = ("text", "json", "markdown", "html", "docx", "csv", "xlsx")
DIFF_FORMATS = ("text", "json", "markdown")
"""The formats of `elements diff` (`cli.diff.render`)."""
BEST_ACT_ONLY = frozenset({"text", "markdown", "html", "docx"})
"""The formats that print every element's finding for each charge's best act alone, and a line
for each of its next acts, up to `LISTED` in all: the report they render works out no other
act's findings and keeps no other act (a charge of a large case has thousands). JSON and the
evidence charts (csv, xlsx) give every act, and the first 20 acts' findings
(`engine.forms.MAX_ACTS`). `tests/test_renderers.py` holds each to the same output either way."""
LISTED = 20
"""The most acts of a charge that a `BEST_ACT_ONLY` format lists (`cli.text.MAX_LISTED`,
`cli.markdown.MAX_ACTS_LISTED`, `cli.word.MAX_ACTS`, the HTML template's 20)."""
SUFFIX_FORMAT = {
    ".txt": "text",
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".csv": "csv",
    ".xlsx": "xlsx",
}
"""The format an `--output` file's extension asks for, when `--format` is not given."""


def _format_of(fmt: str | None, output: Path | None) -> str:
    if fmt is not None:
        return fmt
    if output is not None:
        return SUFFIX_FORMAT.get(output.suffix.lower(), "text")
    return "text"


@main.command()
@click.argument("case_file", type=click.Path(path_type=Path))
@click.option(
    "--standard",
    "-s",
    help="Standard of proof (default: the case file's, else reasonable_grounds).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="text (default), json, markdown, html, docx (a Word memo); csv or xlsx: the evidence "
    "chart (for a situation: a row per incident x charge). Without it, the extension of "
    "--output decides (.json, .md, .html, .docx, .csv, .xlsx).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="How many processes work at once. For a situation (a folder or manifest of incident "
    "files): how many check incidents (default: one per CPU). For one case file: how many "
    "assess its charges once its facts are matched (default: one per CPU, up to 2, for a case "
    "of 20,000 facts or more that the reference evaluator matches alone; otherwise 1).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="For a situation: check the incidents on this dask.distributed scheduler "
    "(e.g. tcp://10.0.0.5:8786) instead of local processes.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (atomically) instead of standard output.",
)
@click.option(
    "--engine",
    type=click.Choice(["auto", "rete", "reference"]),
    default="auto",
    show_default=True,
    help="auto: rete (durable-rules, cross-checked against the reference evaluator) up to "
    "20,000 facts, the reference evaluator alone above; rete; or reference.",
)
@click.option(
    "--option",
    "options",
    multiple=True,
    metavar="NAME=CHOICE",
    help="Choose a reading of unsettled law (see `elements list`).",
)
@click.option(
    "--without",
    multiple=True,
    metavar="ID[,ID…]",
    help="Evaluate as if these evidence items or facts did not exist.",
)
@click.option(
    "--grade",
    "grades",
    multiple=True,
    metavar="ID=GRADE",
    help="Weigh an evidence item, for this run, as if graded GRADE (reliability A-F, "
    "credibility 1-6): --grade E3=E5. The report lists the items re-graded.",
)
@click.option(
    "--library",
    "library",
    multiple=True,
    type=click.Path(exists=True),
    help="DSL files or folders to use instead of the bundled library.",
)
@click.option(
    "--verbose", "-v", is_flag=True, help="Show notes, footnotes and derived mental elements."
)
@click.option(
    "--redact",
    is_flag=True,
    help="Replace the source and excerpt of evidence marked confidential with its id.",
)
@click.option(
    "--all-chains",
    is_flag=True,
    help="List every chain of every element (by default the 20 strongest, and how many).",
)
@guarded
def check(
    case_file: Path,
    standard: str | None,
    fmt: str | None,
    jobs: int | None,
    scheduler: str | None,
    output: Path | None,
    engine: str,
    options: tuple[str, ...],
    without: tuple[str, ...],
    grades: tuple[str, ...],
    library: tuple[str, ...],
    verbose: bool,
    redact: bool,
    all_chains: bool,
) -> None:
    """Report, per charge, which elements the evidence supports and which are missing.

    CASE_FILE is a case file, or a situation: a folder of incident files with a shared
    `context.yaml`, or a manifest (`situation: {title, context, incidents}`)."""
    from rome_elements.engine.choices import Choices
    from rome_elements.facts.manifest import is_manifest

    choices = Choices.parse(standard, options, without, grades)  # before any file is read
    fmt = _format_of(fmt, output)
    if case_file.is_dir() or (case_file.is_file() and is_manifest(case_file)):
        if grades:
            raise InputError([_usage("--grade is for one case file, not a situation")])
        _check_situation(case_file, choices, fmt, jobs, scheduler, output, engine, library)
    if scheduler is not None:
        raise InputError([_usage("--scheduler is for a situation (a folder or a manifest)")])
    if fmt in ("xlsx", "docx") and output is None:
        kind = "a workbook" if fmt == "xlsx" else "a Word file"
        raise InputError([_usage(f"--format {fmt} writes {kind}: give it a file with -o")])
    few = fmt in BEST_ACT_ONLY
    result = _run_check(
        case_file,
        choices,
        engine,
        library,
        all_chains,
        output=output,
        detailed=1 if few else None,
        listed=LISTED if few else None,
        jobs=jobs,
    )
    for notice in result.notices:
        click.echo(f"note: {visible(notice)}", err=True)
    colour = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    report = result.report
    if redact:
        from rome_elements.engine.redact import redact as redact_report

        report = redact_report(report)
    private = not redact and any(e.confidential for e in report.evidence)
    if fmt == "xlsx" and output is not None:
        from rome_elements.cli.chart import write_xlsx

        write_xlsx(report, output, private=private)
    elif fmt == "docx" and output is not None:
        from rome_elements.cli.output import write_report
        from rome_elements.cli.word import render_docx

        write_report(output, render_docx(report), private=private)
    else:
        tty = output is None and sys.stdout.isatty()
        text = render_report(report, fmt, colour=colour, verbose=verbose, terminal=tty)
        emit(text, output, private=private)
    sys.exit(EXIT_MADE_OUT if result.report.all_made_out else EXIT_NOT_MADE_OUT)


def _usage(message: str) -> Any:
    from rome_elements.base.diagnostics import Diagnostic

    return Diagnostic("error", message)


def _check_situation(
    target: Path,
    choices: Choices,
    fmt: str,
    jobs: int | None,
    scheduler: str | None,
    output: Path | None,
    engine: str,
    library: tuple[str, ...],
) -> NoReturn:
    """`check` on a situation: every incident, then one report per accused x charge."""
    from rome_elements.cli.situation import render_situation
    from rome_elements.engine.situation import Settings, discover, run_situation

    if fmt in ("xlsx", "docx") and output is None:
        kind = "a workbook" if fmt == "xlsx" else "a Word file"
        raise InputError([_usage(f"--format {fmt} writes {kind}: give it a file with -o")])
    choices.check_names(_library(library))  # once, before any file of the situation is read
    situation = discover(target)
    if output is not None:
        inputs = [(p, f"incident file {situation.name(p)}") for p in situation.incidents]
        if situation.context is not None:
            inputs.append((situation.context, "the situation's context file"))
        if target.is_file():
            inputs.append((target, "the situation's manifest"))
        check_target(output, [*inputs, *_library_inputs(library)])
    settings = Settings(
        library=tuple(library),
        standard=choices.standard,
        engine=engine,
        options=tuple(sorted(choices.option_dict.items())),
        without=tuple(choices.without_ids),
    )
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if sys.stderr.isatty():
        with click.progressbar(
            length=len(situation.incidents), label="incidents", file=sys.stderr
        ) as bar:
            report = run_situation(
                situation, settings, jobs=workers, scheduler=scheduler, progress=bar.update
            )
    else:
        report = run_situation(situation, settings, jobs=workers, scheduler=scheduler)
    cached = len(report.incidents) - report.rerun
    if cached:
        click.echo(
            f"note: {cached:,} of {len(report.incidents):,} incidents unchanged since an "
            "earlier run: their results come from the cache",
            err=True,
        )
    problems = report.problems
    if problems:
        raise InputError(problems)
    if fmt == "xlsx" and output is not None:
        from rome_elements.cli.situation_files import write_xlsx

        write_xlsx(report, output)
    elif fmt == "docx" and output is not None:
        from rome_elements.cli.output import write_report
        from rome_elements.cli.situation_files import render_docx

        write_report(output, render_docx(report))
    elif fmt == "csv":
        from rome_elements.cli.situation_files import render_csv

        emit(render_csv(report), output)
    else:
        colour = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        emit(render_situation(report, fmt, colour=colour), output)
    sys.exit(EXIT_MADE_OUT if report.all_made_out else EXIT_NOT_MADE_OUT)


def _library_inputs(library: tuple[str, ...]) -> list[tuple[Path, str]]:
    """Every DSL file a run reads (the bundled library, or the files of `--library`)."""
    from rome_elements.rules.load import bundled_paths, expand_paths

    try:
        files = expand_paths(library) if library else bundled_paths()
    except OSError:
        return []  # the library's own loading reports it
    return [(path, f"a file of the law library ({path})") for path in files]


def _evidence_inputs(case: Any) -> list[tuple[Path, str]]:
    """The files a case file names for its evidence (`file`, `document`), wherever they
    resolve: a report must never replace the evidence it rests on."""
    folder = Path(case.path).parent if case.path else Path(".")
    found: list[tuple[Path, str]] = []
    for ev in case.evidence:
        for key in ("file", "document"):
            name = getattr(ev, key, None)
            if name:
                found.append((folder / str(name), f"the {key} of evidence {ev.id}"))
    return found


def _run_check(
    case_file: Path,
    choices: Choices,
    engine: str,
    library: tuple[str, ...],
    all_chains: bool = False,
    output: Path | None = None,
    compared: Sequence[tuple[Path, str]] = (),
    detailed: int | None = None,
    listed: int | None = None,
    jobs: int | None = None,
) -> Any:
    """Load the library and the case, refuse an `output` that is any file the run reads (the
    case file, a library file, an evidence file or document, a file compared), and check.
    `choices` (`engine.choices.Choices`, their syntax checked) are checked against the library
    before the case file is read, and against the case before it is checked. `detailed`: how
    many acts of each charge get every element's finding, `listed` how many each keeps in its
    list, `jobs` how many processes assess the charges (None: as many as pay,
    `engine.check.auto_jobs`)."""
    if _own_process:
        # The case and its report live until the process ends, and they hold no cycles for
        # the collector to find: it would only rescan them (~15% of a 100,000-fact check).
        gc.disable()
    from rome_elements.engine.analyse import MAX_CHAINS
    from rome_elements.engine.check import check as run_check
    from rome_elements.engine.check import vocabulary
    from rome_elements.facts.load import load_case

    inputs = [(case_file, "the case file itself"), *compared]
    if output is not None:
        check_target(output, [*inputs, *_library_inputs(library)])
    lib = _library(library)
    choices.check_names(lib)
    case = load_case(case_file, vocabulary(lib))
    if output is not None:
        check_target(output, _evidence_inputs(case))
    return run_check(
        lib,
        case,
        standard=choices.standard,
        engine="reference" if engine == "reference" else "rete" if engine == "rete" else "auto",
        options=choices.option_dict,
        without=choices.without_ids,
        grades=choices.grade_dict,
        max_chains=None if all_chains else MAX_CHAINS,
        detailed=detailed,
        listed=listed,
        jobs=jobs,
    )


def render_report(
    report: Any, fmt: str, colour: bool = False, verbose: bool = False, terminal: bool = False
) -> str | Iterator[str]:
    """The report as text, or (JSON) as pieces of text to write one after the other; the text
    report as wide as the terminal when `terminal` (written to one), else 80 columns."""
    if fmt == "json":
        from rome_elements.cli.jsonout import json_pieces, report_indent

        return json_pieces(report, report_indent(report))
    if fmt == "markdown":
        from rome_elements.cli.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from rome_elements.cli.html import render_html

        return render_html(report)
    if fmt == "csv":
        from rome_elements.cli.chart import render_csv

        return render_csv(report)
    from rome_elements.cli.text import WIDTH, render, terminal_width

    width = terminal_width() if terminal else WIDTH
    return render(report, colour=colour, verbose=verbose, width=width)


@main.command()
@click.argument("before", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.argument("after", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--standard", "-s", help="Standard of proof for case files (as for `check`).")
@click.option(
    "--engine", type=click.Choice(["auto", "rete", "reference"]), default="auto", show_default=True
)
@click.option("--option", "options", multiple=True, metavar="NAME=CHOICE")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(DIFF_FORMATS),
    default=None,
    help="text (default), json (a versioned document) or markdown. Without it, the extension "
    "of --output decides (.json, .md).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@guarded
def diff(
    before: Path,
    after: Path,
    standard: str | None,
    engine: str,
    options: tuple[str, ...],
    fmt: str | None,
    output: Path | None,
) -> None:
    """Which element statuses changed between two case files (YAML or JSON) or two JSON
    reports, and why.

    Exit 0 when no status changed, 1 when one did, 2 when an input is invalid."""
    from rome_elements.cli.diff import changed, diff_reports, read_report, render
    from rome_elements.engine.choices import Choices

    choices = Choices.parse(standard, options)  # before any file is read
    fmt = _format_of(fmt, output)
    if fmt not in DIFF_FORMATS:
        fmt = "text"  # (an extension of another format: .html, .csv)
    named = "one of the files compared"
    compared = [(before, f"BEFORE, {named}"), (after, f"AFTER, {named}")]
    if output is not None:
        check_target(output, [*compared, *_library_inputs(())])

    def load(path: Path, name: str) -> Any:
        if path.suffix.lower() == ".json":
            report = read_report(path, name)
            if report is not None:
                return report
        return _run_check(
            path, choices, engine, (), True, output=output, compared=compared
        ).report.to_dict()

    reports = load(before, "BEFORE"), load(after, "AFTER")
    result = diff_reports(*reports)
    emit(render(result, fmt), output, private=any_confidential(reports))
    sys.exit(1 if changed(result) else 0)


@main.command()
@click.argument("kind", type=click.Choice(["case", "report", "situation"]), default="case")
@click.option("--library", "library", multiple=True, type=click.Path(exists=True))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@guarded
def schema(kind: str, library: tuple[str, ...], output: Path | None) -> None:
    """The JSON Schema of a case file (for this library), of the JSON report, or of the JSON
    report of a situation."""
    if output is not None:
        check_target(output, _library_inputs(library))
    if kind == "case":
        from rome_elements.engine.check import vocabulary
        from rome_elements.facts.schema import case_schema

        document = case_schema(vocabulary(_library(library)))
    elif kind == "report":
        from rome_elements.engine.report_schema import report_schema

        document = report_schema()
    else:
        from rome_elements.engine.report_schema import situation_schema

        document = situation_schema()
    emit(json.dumps(document, indent=2, ensure_ascii=False) + "\n", output)


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="case.yaml")
@guarded
def init(path: Path) -> None:
    """Write a new case file to start from (default: case.yaml; never over an existing file)."""
    from importlib import resources

    from rome_elements.cli.output import OutputError

    if path.exists() or path.is_symlink():
        raise OutputError(f"{path} exists; refusing to overwrite it (give another name)")
    check_target(path)
    text = resources.files("rome_elements.cli").joinpath("template.yaml").read_text("utf-8")
    emit(text, path)
    click.echo(f"wrote {path}: edit it, then run `elements check {path}`", err=True)


@main.command(name="import")
@click.argument("table", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--mapping",
    "-m",
    required=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="The YAML file that says which sheet makes which items, and which column which key.",
)
@click.option(
    "--into",
    required=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="The case file (or a situation's context) the items go into; they are checked with it.",
)
@click.option("--title", help="The `case:` title of the file written (default: from TABLE).")
@click.option("--library", "library", multiple=True, type=click.Path(exists=True))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
@guarded
def import_(
    table: Path,
    mapping: Path,
    into: Path,
    title: str | None,
    library: tuple[str, ...],
    output: Path | None,
) -> None:
    """Evidence and facts from a register (CSV, XLSX, an Uwazi CSV export), as case-file items.

    Every row is checked as part of the case file INTO; problems are reported at their
    sheet, row and column. The result is a file of items (an incident file of a situation
    whose context is INTO)."""
    from rome_elements.engine.check import vocabulary
    from rome_elements.facts.importer import import_table, to_yaml

    if output is not None:
        named = [(table, "the register imported"), (mapping, "the mapping"), (into, "--into")]
        check_target(output, [*named, *_library_inputs(library)])
    data, _ = import_table(table, mapping, into, vocabulary(_library(library)))
    emit(to_yaml(data, title or f"Imported from {table.name}"), output)
    counts = ", ".join(f"{len(v):,} {k}" for k, v in data.items() if v)
    click.echo(f"imported {counts or 'nothing'} from {table}", err=True)


@main.command(name="list")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--library", "library", multiple=True, type=click.Path(exists=True))
@guarded
def list_(fmt: str, library: tuple[str, ...]) -> None:
    """List the crimes, modes of liability, standards, options and fact types of the library."""
    from rome_elements.cli.library_views import list_json, list_text

    lib = _library(library)
    if fmt == "json":
        click.echo(json.dumps(list_json(lib), indent=2, ensure_ascii=False))
    else:
        click.echo(list_text(lib), nl=False)


@main.command()
@click.argument("name")
@click.option("--library", "library", multiple=True, type=click.Path(exists=True))
@guarded
def explain(name: str, library: tuple[str, ...]) -> None:
    """Explain a name of the library: a crime (by id or article, e.g. 8(2)(a)(vii)-1), a mode
    of liability (by id or article, e.g. 25(3)(a): an article with several modes lists them),
    a fact type (e.g. transfer), a standard of proof (e.g. beyond_reasonable_doubt), an option
    or a group of elements."""
    from rome_elements.base.diagnostics import Diagnostic, nearest
    from rome_elements.cli.library_views import explain as explain_view
    from rome_elements.cli.library_views import explainable

    lib = _library(library)
    text = explain_view(lib, name)
    if text is None:
        names = explainable(lib)
        close = difflib.get_close_matches(name, sorted(set(names)), n=4, cutoff=0.5)
        best = nearest(name, names)
        others = [n for n in close if n != best]
        raise InputError(
            [
                Diagnostic(
                    "error",
                    f"the library has no crime, mode of liability, fact type, standard, option "
                    f"or group named `{name}`",
                    suggestion=best,
                    notes=(
                        *((f"other close names: {', '.join(others)}",) if others else ()),
                        "`elements list` shows every name",
                    ),
                )
            ]
        )
    click.echo(text, nl=False)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@guarded
def lint(paths: tuple[str, ...]) -> None:
    """Check DSL files (default: the bundled library). Exit 1 on errors; warnings are allowed."""
    from rome_elements.rules.load import analyse_library

    _, diags = analyse_library(list(paths) or None)
    errors = error_count(diags)
    if diags:
        click.echo(render_all(diags), err=True)
    else:
        click.echo("no problems found")
    sys.exit(1 if errors else 0)


@main.command(name="test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option(
    "--engine", type=click.Choice(["rete", "reference"]), default="rete", show_default=True
)
@click.option("--library", "library", multiple=True, type=click.Path(exists=True))
@guarded
def test_command(paths: tuple[str, ...], engine: str, library: tuple[str, ...]) -> None:
    """Run library tests (default: the bundled elements/tests/).

    Exit 0 all passed, 1 a test failed, 2 a test file is invalid."""
    from rome_elements.cli.libtest import main_test

    sys.exit(main_test(paths, engine, library))


_own_process = False
"""True when `run` started the command: the process ends with it."""


def run() -> NoReturn:
    """The `elements` program: `main`, then a hard exit with its status once the output is
    flushed. The interpreter's teardown would free every object of a large case one by one and
    collect garbage once more (over a second at 100,000 facts) for nothing: the report is
    written and every file closed by then, and no exit handler is registered."""
    global _own_process
    _own_process = True
    code: int
    guard_stdout()  # a full or closed stdout: one line and exit 2, not a traceback
    try:
        # not standalone: click would turn Ctrl-C outside a command (while it parses the
        # arguments) into "Aborted!" and exit 1; here it is exit 130, as inside one
        returned = main(standalone_mode=False)
        code = returned if isinstance(returned, int) else EXIT_MADE_OUT
    except click.exceptions.Abort as abort:
        interrupted = isinstance(abort.__cause__, KeyboardInterrupt)
        click.echo("interrupted" if interrupted else "Aborted!", err=True)
        code = EXIT_INTERRUPTED if interrupted else 1
    except click.ClickException as err:  # usage errors: as click shows them standalone
        err.show()
        code = err.exit_code
    except ElementsError as err:  # outside a command: stdout failed while click wrote help
        click.echo(f"error: {visible(str(err))}", err=True)
        code = err.exit_code
    except SystemExit as done:
        if done.code is None or isinstance(done.code, int):
            code = done.code or 0
        else:  # sys.exit("message"): what the interpreter would have done
            print(done.code, file=sys.stderr)
            code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        from rome_elements.cli.output import quiet_broken_pipe

        quiet_broken_pipe()
        code = EXIT_BROKEN_PIPE
    except ElementsError as err:  # the last of the output could not be written
        click.echo(f"error: {visible(str(err))}", err=True)
        code = err.exit_code
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
