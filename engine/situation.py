"""Situations: many incident files, one picture.

A *situation* is a folder (or a manifest) of incident files sharing one context file. Each
incident is checked as its own case, act by act, with the context merged in
(`facts.incident`); the results are then aggregated per accused × charge: in how many
incidents, and by how many acts, the charge is made out, the victims and dates of those acts,
and for each incident where it is not, the elements that fail there.

    situation = discover(Path("situation/"))
    report = run_situation(situation, Settings(), jobs=2)

Work is spread over a process pool (`jobs`) or a dask.distributed cluster (`scheduler`); a
worker holds one incident at a time and returns a small `IncidentOutcome`. Outcomes are cached
by a digest of everything that decides them (the code, the library, the settings, the context
and the incident's bytes), so that after one incident is edited only that one is checked
again. The result does not depend on how the work was spread (tests/test_situation.py).
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from rome_elements.base.cache import cache_dir, prune, read, write
from rome_elements.base.diagnostics import Diagnostic, InputError, Span
from rome_elements.base.fileio import read_limited
from rome_elements.base.vocabulary import RESULTS
from rome_elements.facts.document import MAX_FILE_BYTES
from rome_elements.facts.manifest import MANIFEST_KEY
from rome_elements.facts.model import Case

CONTEXT_NAMES = ("context.yaml", "context.yml", "context.json")
"""The context file of a situation folder: the first of these that exists."""
INCIDENT_SUFFIXES = (".yaml", ".yml", ".json")
MAX_DEPTH = 8
"""Incident files are looked for this many folders deep at most."""
MAX_INCIDENTS = 1_000_000
SITUATION_REPORT_VERSION = "1.0"
CACHE_KEEP = 1_000_000
"""At most this many incident outcomes are kept in the cache (the oldest go first)."""


# ---- what is checked ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Situation:
    root: Path
    title: str
    context: Path | None
    incidents: tuple[Path, ...]

    def name(self, path: Path) -> str:
        """How an incident file is named in reports: relative to the situation's folder."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True, slots=True)
class Settings:
    """What every incident is checked with (all of it part of the cache key)."""

    library: tuple[str, ...] = ()
    standard: str | None = None
    engine: str = "auto"
    options: tuple[tuple[str, str], ...] = ()
    without: tuple[str, ...] = ()


def _refuse(message: str, file: str | None = None) -> InputError:
    return InputError([Diagnostic("error", message, Span(file, 1, 1) if file else None)])


def discover(target: Path) -> Situation:
    """The situation in a folder (its context file and every incident file under it) or
    described by a manifest file. Raises `InputError` when there is none."""
    if target.is_dir():
        root = target
        context = next((root / n for n in CONTEXT_NAMES if (root / n).is_file()), None)
        skip = {context} if context else set()
        incidents = tuple(p for p in _walk(root) if p not in skip)
        title = root.resolve().name
    else:
        root, title, context, incidents = _manifest(target)
    if not incidents:
        raise _refuse(f"{target}: no incident files (*.yaml, *.yml, *.json) found")
    if len(incidents) > MAX_INCIDENTS:
        raise _refuse(f"{target}: more than {MAX_INCIDENTS:,} incident files")
    return Situation(root, title, context, incidents)


def _walk(root: Path) -> Iterator[Path]:
    """Incident files under `root`, in a stable order, not following links out of it."""
    stack: list[tuple[Path, int]] = [(root, 0)]
    found: list[Path] = []
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as listing:  # closed even when sorting fails
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as err:
            raise _refuse(f"cannot read the folder {folder}: {err.strerror}") from None
        for entry in entries:
            if entry.name.startswith((".", "_")):
                continue
            if entry.is_dir(follow_symlinks=False):
                if depth + 1 > MAX_DEPTH:
                    raise _refuse(f"{entry.path}: folders nested more than {MAX_DEPTH} deep")
                stack.append((Path(entry.path), depth + 1))
            elif entry.is_file(follow_symlinks=False) and entry.name.endswith(INCIDENT_SUFFIXES):
                found.append(Path(entry.path))
    yield from sorted(found)


def _manifest(path: Path) -> tuple[Path, str, Path | None, tuple[Path, ...]]:
    file = str(path)
    try:
        data = yaml.safe_load(read_limited(path, MAX_FILE_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise _refuse(f"{file}: not a readable situation manifest ({err})", file) from None
    spec = data.get(MANIFEST_KEY) if isinstance(data, dict) else None
    if not isinstance(spec, dict):
        raise _refuse(f"{file}: a manifest is `situation: {{title, context, incidents}}`", file)
    unknown = sorted(set(spec) - {"title", "context", "incidents"})
    if unknown:
        raise _refuse(f"{file}: unknown key `{unknown[0]}` in `situation:`", file)
    root = path.parent
    base = root.resolve()

    def inside(name: Any, what: str) -> Path:
        if not isinstance(name, str) or not name.strip():
            raise _refuse(f"{file}: {what} must be a file name or pattern", file)
        candidate = (root / name).resolve()
        if candidate != base and base not in candidate.parents:
            raise _refuse(f"{file}: {what} `{name}` is outside the manifest's folder", file)
        return candidate

    context = inside(spec["context"], "`context`") if "context" in spec else None
    patterns = spec.get("incidents", ["**/*.yaml"])
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list):
        raise _refuse(f"{file}: `incidents` must be a list of file names or patterns", file)
    found: set[Path] = set()
    for pattern in patterns:
        inside(pattern, "an incident pattern")
        for match in root.glob(pattern):
            real = match.resolve()
            if (
                match.is_file()
                and real != context
                and real != path.resolve()
                and base in real.parents
            ):
                found.add(match)
    title = spec.get("title") if isinstance(spec.get("title"), str) else root.resolve().name
    return root, str(title), context, tuple(sorted(found))


# ---- one incident ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChargeOutcome:
    """One charge in one incident: its result and, for the acts that make it out, their
    victims and dates; for a charge not made out, the elements that fail on its best act."""

    accused: str
    accused_name: str
    crime: str
    article: str
    crime_title: str
    mode: str
    result: str
    acts_made_out: tuple[str, ...]
    acts_total: int
    victims: tuple[str, ...]
    persons: int
    dates: tuple[str, ...]
    failing: tuple[tuple[str, str], ...]  # (element id, status) of the best act

    @property
    def key(self) -> tuple[str, str, str]:
        return self.accused, self.crime, self.mode


@dataclass(frozen=True, slots=True)
class IncidentOutcome:
    file: str
    title: str
    standard: str = ""
    charges: tuple[ChargeOutcome, ...] = ()
    problems: tuple[Diagnostic, ...] = ()
    notices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Job:
    """What a worker needs to check one incident (small: paths and settings, no data)."""

    incident: str
    name: str
    context: str | None
    settings: Settings


@lru_cache(maxsize=4)
def _library(paths: tuple[str, ...]) -> Any:
    from rome_elements.rules.load import load_library

    return load_library(list(paths) or None)


@lru_cache(maxsize=4)
def _vocabulary(paths: tuple[str, ...]) -> Any:
    from rome_elements.engine.check import vocabulary

    return vocabulary(_library(paths))


def check_incident(job: Job) -> IncidentOutcome:
    """Check one incident (in whichever process runs it) and keep only what the situation's
    report needs."""
    from rome_elements.engine.check import check
    from rome_elements.facts.incident import load_incident
    from rome_elements.facts.load import load_case

    settings = job.settings
    try:
        lib = _library(settings.library)
        vocab = _vocabulary(settings.library)
        if job.context is not None:
            case = load_incident(job.incident, job.context, vocab)
        else:
            case = load_case(job.incident, vocab)
        result = check(
            lib,
            case,
            standard=settings.standard,
            engine="reference"
            if settings.engine == "reference"
            else "rete"
            if settings.engine == "rete"
            else "auto",
            options=dict(settings.options),
            without=settings.without,
            max_chains=1,
            near_misses=False,  # a situation's report does not show them
        )
    except InputError as err:
        return IncidentOutcome(job.name, "", problems=tuple(err.diagnostics))
    report = result.report
    charges = tuple(_charge_outcome(case, c) for c in report.charges)
    return IncidentOutcome(
        job.name, report.case, report.standard.id, charges, notices=tuple(result.notices)
    )


def _charge_outcome(case: Case, charge: Any) -> ChargeOutcome:
    made_out = tuple(charge.best.acts_made_out)
    victims: list[str] = []
    dates: list[str] = []
    persons = 0
    for act_id in made_out:
        act = case.facts_by_id.get(act_id)
        if act is None:
            continue
        attrs = act.attributes
        date = attrs.get("date")
        if isinstance(date, str):
            dates.append(date)
        moved = attrs.get("persons")
        group = case.facts_by_id.get(moved) if isinstance(moved, str) else None
        count = attrs.get("count")
        if group is not None:
            description = group.attributes.get("description")
            if isinstance(description, str) and description not in victims:
                victims.append(description)
            if not isinstance(count, int) or isinstance(count, bool):
                count = group.attributes.get("count")
        if isinstance(count, int) and not isinstance(count, bool):
            persons += count
    best = charge.best.best
    failing = tuple((e_id, status) for _, e_id, status in best.statuses if status != "supported")
    if not failing and charge.result != "made_out":  # every element supported: jurisdiction
        failing = (("jurisdiction", best.jurisdiction),)
    return ChargeOutcome(
        accused=charge.accused,
        accused_name=charge.accused_name,
        crime=charge.crime,
        article=charge.article,
        crime_title=charge.crime_title,
        mode=charge.charged_mode,
        result=charge.result,
        acts_made_out=made_out,
        acts_total=charge.best.considered if charge.best.acts and charge.best.acts[0].act else 0,
        victims=tuple(victims),
        persons=persons,
        dates=tuple(sorted(dates)),
        failing=failing,
    )


# ---- the cache ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """A digest of the code that decides an outcome: an upgrade re-checks every incident."""
    from rome_elements import base, engine, facts, rules

    digest = hashlib.sha256()
    for package in (base, rules, facts, engine):
        folder = Path(package.__file__ or "").parent
        for path in sorted(folder.glob("*.py")) + sorted(folder.glob("*.lark")):
            digest.update(f"{package.__name__}/{path.name}".encode())
            digest.update(path.read_bytes())
    return digest.digest()


@lru_cache(maxsize=4)
def _library_digest(paths: tuple[str, ...]) -> bytes:
    from rome_elements.rules.load import bundled_paths, expand_paths

    digest = hashlib.sha256()
    for path in expand_paths(paths) if paths else bundled_paths():
        digest.update(str(path).encode() + b"\0")
        digest.update(read_limited(path, MAX_FILE_BYTES))
    return digest.digest()


def outcome_key(job: Job, context_digest: bytes) -> str:
    """The cache key of an incident's outcome: everything that could change it."""
    digest = hashlib.sha256(b"incident-1\0")
    digest.update(_code_digest())
    digest.update(_library_digest(job.settings.library))
    digest.update(repr(job.settings).encode())
    digest.update(job.name.encode() + b"\0")
    digest.update(context_digest)
    digest.update(hashlib.sha256(read_limited(Path(job.incident), MAX_FILE_BYTES)).digest())
    return digest.hexdigest()[:40]


# ---- the situation -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SituationCharge:
    """One accused × charge across the situation."""

    accused: str
    accused_name: str
    crime: str
    article: str
    crime_title: str
    mode: str
    incidents: tuple[str, ...]  # every incident that charges it
    made_out_in: tuple[str, ...]  # the incidents where some act makes it out
    acts_made_out: int
    acts_total: int
    persons: int  # persons moved by the acts that make it out, where their number is known
    victims: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    failing: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # incident → failing elements
    results: dict[str, int] = field(default_factory=dict)  # incidents per result

    @property
    def made_out(self) -> bool:
        return bool(self.made_out_in)

    def to_dict(self) -> dict[str, Any]:
        return {
            "accused": self.accused,
            "accused_name": self.accused_name,
            "crime": self.crime,
            "article": self.article,
            "crime_title": self.crime_title,
            "mode": self.mode,
            "made_out": self.made_out,
            "incidents": len(self.incidents),
            "incidents_made_out": list(self.made_out_in),
            "results": self.results,
            "acts_made_out": self.acts_made_out,
            "acts_total": self.acts_total,
            "persons": self.persons,
            "victims": list(self.victims),
            "first_date": self.first_date,
            "last_date": self.last_date,
            "failing": [
                {"incident": f, "elements": [{"id": e, "status": s} for e, s in els]}
                for f, els in self.failing
            ],
        }


@dataclass(frozen=True, slots=True)
class SituationReport:
    title: str
    root: str
    settings: Settings
    incidents: tuple[IncidentOutcome, ...]
    charges: tuple[SituationCharge, ...]
    rerun: int  # incidents checked in this run (the others came from the cache)

    @property
    def problems(self) -> list[Diagnostic]:
        """Every problem of every incident, each once (a problem of the context is found
        again in each incident that merges it)."""
        seen: set[tuple[Any, ...]] = set()
        out: list[Diagnostic] = []
        for incident in self.incidents:
            for d in incident.problems:
                key = (d.message, d.span, d.suggestion)
                if key not in seen:
                    seen.add(key)
                    out.append(d)
        return out

    @property
    def all_made_out(self) -> bool:
        return bool(self.charges) and all(c.made_out for c in self.charges)

    @property
    def standards(self) -> tuple[str, ...]:
        """The standards of proof the incidents were checked at (one, unless incidents set
        their own)."""
        return tuple(sorted({i.standard for i in self.incidents if i.standard}))

    def to_dict(self) -> dict[str, Any]:
        """The JSON report of a situation (`report_kind: situation`)."""
        return self.head_dict() | {"incidents": [incident_dict(i) for i in self.incidents]}

    def head_dict(self) -> dict[str, Any]:
        """The JSON report without its last key, `incidents` (`to_dict`), so that a renderer
        can write the incidents one at a time."""
        return {
            "report_version": SITUATION_REPORT_VERSION,
            "report_kind": "situation",
            "situation": self.title,
            "root": self.root,
            "standards": list(self.standards),
            "made_out": self.all_made_out,
            "incidents_total": len(self.incidents),
            "incidents_invalid": sum(1 for i in self.incidents if i.problems),
            "charges": [c.to_dict() for c in self.charges],
        }


def incident_dict(i: IncidentOutcome) -> dict[str, Any]:
    """One incident of the JSON report."""
    return {
        "file": i.file,
        "case": i.title,
        "standard": i.standard or None,
        "valid": not i.problems,
        "charges": [
            {
                "accused": c.accused,
                "crime": c.crime,
                "article": c.article,
                "mode": c.mode,
                "result": c.result,
                "made_out": c.result == "made_out",
                "acts_made_out": list(c.acts_made_out),
                "acts_total": c.acts_total,
                "persons": c.persons,
                "dates": list(c.dates),
                "failing": [{"id": e, "status": s} for e, s in c.failing],
            }
            for c in i.charges
        ],
    }


def aggregate(incidents: Sequence[IncidentOutcome]) -> tuple[SituationCharge, ...]:
    """Per accused × charge, over the incidents in the order given."""
    groups: dict[tuple[str, str, str], list[tuple[str, ChargeOutcome]]] = {}
    for incident in incidents:
        for charge in incident.charges:
            groups.setdefault(charge.key, []).append((incident.file, charge))
    out = []
    for items in groups.values():
        first = items[0][1]
        dates = sorted(d for _, c in items for d in c.dates)
        # each once, in order of first mention (a dict, not a list: a situation may name
        # hundreds of thousands of victim groups, and a list's `in` made this quadratic)
        victims = dict.fromkeys(v for _, c in items for v in c.victims)
        results = dict.fromkeys(RESULTS, 0)
        for _, c in items:
            results[c.result] = results.get(c.result, 0) + 1
        out.append(
            SituationCharge(
                accused=first.accused,
                accused_name=first.accused_name,
                crime=first.crime,
                article=first.article,
                crime_title=first.crime_title,
                mode=first.mode,
                incidents=tuple(f for f, _ in items),
                made_out_in=tuple(f for f, c in items if c.result == "made_out"),
                acts_made_out=sum(len(c.acts_made_out) for _, c in items),
                acts_total=sum(c.acts_total for _, c in items),
                persons=sum(c.persons for _, c in items),
                victims=tuple(victims),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                failing=tuple((f, c.failing) for f, c in items if c.result != "made_out"),
                results=results,
            )
        )
    out.sort(key=lambda c: (not c.made_out, c.accused, c.article, c.mode))
    return tuple(out)


Progress = Callable[[int], None]
"""Called with the number of incidents just finished."""


def run_situation(
    situation: Situation,
    settings: Settings,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    progress: Progress | None = None,
    use_cache: bool = True,
) -> SituationReport:
    """Check every incident (from the cache where nothing changed) and aggregate."""
    context = str(situation.context) if situation.context else None
    context_digest = (
        hashlib.sha256(read_limited(situation.context, MAX_FILE_BYTES)).digest()
        if situation.context
        else b""
    )
    all_jobs = [Job(str(p), situation.name(p), context, settings) for p in situation.incidents]
    folder = cache_dir() if use_cache else None
    outcomes: dict[str, IncidentOutcome] = {}
    todo: list[tuple[Job, Path | None]] = []
    for job in all_jobs:
        target = folder / f"incident-{outcome_key(job, context_digest)}.pickle" if folder else None
        found = read(target) if target is not None else None
        if isinstance(found, IncidentOutcome) and found.file == job.name:
            outcomes[job.name] = found
            if progress:
                progress(1)
        else:
            todo.append((job, target))
    for (job, target), outcome in zip(
        todo, _run([j for j, _ in todo], jobs, scheduler, progress), strict=True
    ):
        outcomes[job.name] = outcome
        if target is not None and outcome.file == job.name:
            write(target, outcome)
    if folder is not None and todo:
        prune(folder, "incident-*.pickle", CACHE_KEEP)
    ordered = tuple(outcomes[j.name] for j in all_jobs)
    return SituationReport(
        title=situation.title,
        root=str(situation.root),
        settings=settings,
        incidents=ordered,
        charges=aggregate(ordered),
        rerun=len(todo),
    )


def _run(
    jobs_: list[Job], jobs: int, scheduler: str | None, progress: Progress | None
) -> Iterable[IncidentOutcome]:
    """The outcomes of `jobs_`, in their order."""
    if not jobs_:
        return []
    if scheduler is not None:
        return _run_dask(jobs_, scheduler, progress)
    if jobs <= 1 or len(jobs_) == 1:
        return _tick(map(check_incident, jobs_), progress)
    # one incident at a time per worker; results come back in order, each as soon as it is done
    # spawn, not fork: the parent may hold durable-rules' threads and their locks
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
    try:
        return list(_tick(pool.map(check_incident, jobs_, chunksize=1), progress))
    finally:
        pool.shutdown(cancel_futures=True)


def _tick(
    outcomes: Iterable[IncidentOutcome], progress: Progress | None
) -> Iterator[IncidentOutcome]:
    for outcome in outcomes:
        if progress:
            progress(1)
        yield outcome


def _run_dask(jobs_: list[Job], address: str, progress: Progress | None) -> list[IncidentOutcome]:
    try:
        # dask.distributed is only partly typed: used through Any
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise _refuse(
            "--scheduler needs dask.distributed: pip install 'rome-elements[dask]'"
        ) from None
    try:
        client = distributed.Client(address, timeout=30)
    except (OSError, TimeoutError) as err:
        raise _refuse(f"--scheduler {address}: cannot reach the scheduler ({err})") from None
    try:
        futures = client.map(check_incident, jobs_, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        results: list[IncidentOutcome | None] = [None] * len(jobs_)
        for future, outcome in distributed.as_completed(futures, with_results=True):
            results[index[future.key]] = outcome
            future.release()
            if progress:
                progress(1)
        return [r for r in results if r is not None]
    finally:
        client.close()
