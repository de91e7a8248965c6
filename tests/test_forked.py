"""A large case's charges assessed in forked processes (`engine.forked`, `check(jobs=...)`):
the same report as in one process, whatever happens to a worker."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from golden import ROOT
from library_cases import library_cases

from rome_elements.engine import forked
from rome_elements.engine.check import AUTO_JOBS_FACTS, auto_jobs, check, vocabulary
from rome_elements.facts.load import load_case
from rome_elements.rules.load import load_library

DEMO = ROOT / "examples" / "belarus_children.yaml"


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the children forked while the test runs."""
    pids: list[int] = []
    fork = forked._fork

    def counted(work: object, part: object) -> tuple[int, int]:
        pid, fd = fork(work, part)  # type: ignore[arg-type]
        pids.append(pid)
        return pid, fd

    monkeypatch.setattr(forked, "_fork", counted)
    return pids


def _where(part: int) -> tuple[int, int]:
    return part, os.getpid()


def test_each_part_is_worked_out_once_in_order_and_the_others_in_children(
    forks: list[int],
) -> None:
    failed: list[str] = []
    got, after = forked.fork_map(_where, [0, 1, 2], failed, lambda: (len(forks), os.getpid()))
    assert after == (2, os.getpid())  # after the forks, here
    assert [p for p, _ in got] == [0, 1, 2] and not failed
    assert got[0][1] == os.getpid()
    assert [pid for _, pid in got[1:]] == forks and os.getpid() not in forks


def test_a_worker_killed_or_failing_is_replaced_by_this_process(forks: list[int]) -> None:
    parent = os.getpid()

    def work(part: str) -> tuple[str, int]:
        if os.getpid() != parent:
            if part == "killed":
                os.kill(os.getpid(), 9)
            if part == "raises":
                raise RuntimeError("a bug in the child")
            if part == "exits":
                os._exit(3)
        return part, os.getpid()

    failed: list[str] = []
    got, _ = forked.fork_map(work, ["here", "killed", "raises", "exits", "fine"], failed, list)
    assert [p for p, _ in got] == ["here", "killed", "raises", "exits", "fine"]
    assert [pid for _, pid in got[:4]] == [parent] * 4 and got[4][1] == forks[3]
    assert failed == [
        "a worker process was stopped by signal 9",
        "a worker process failed",
        "a worker process failed",
    ]


def test_an_error_here_stops_the_children(forks: list[int]) -> None:
    parent = os.getpid()

    def work(part: int) -> int:
        if os.getpid() == parent:
            raise KeyboardInterrupt
        threading.Event().wait(60)  # a child that would outlive us otherwise
        return part

    with pytest.raises(KeyboardInterrupt):
        forked.fork_map(work, [0, 1, 2], [], list)
    assert len(forks) == 2
    for pid in forks:  # killed and reaped: no such child any more
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_no_fork_while_another_thread_runs(forks: list[int]) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not forked.can_fork()
        got, _ = forked.fork_map(_where, [0, 1], [], list)
    finally:
        stop.set()
        thread.join()
    assert got == [(0, os.getpid()), (1, os.getpid())] and not forks


def test_auto_jobs_forks_only_for_a_large_case_the_reference_evaluator_matched_alone() -> None:
    assert auto_jobs(AUTO_JOBS_FACTS - 1, "reference") == 1
    assert auto_jobs(AUTO_JOBS_FACTS, "rete") == 1
    assert auto_jobs(AUTO_JOBS_FACTS, "reference") == min(forked.cpus(), 2)


def _cases(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    from bench_modules import bench_module

    yield "the demonstration case", DEMO
    for n, (name, data) in enumerate(library_cases()):
        path = tmp_path / f"case{n}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        yield name, path
    generated = tmp_path / "generated.yaml"
    bench_module("generate").generate(1000, generated, seed=3)
    yield "1,000 generated facts", generated
    accused = tmp_path / "accused.yaml"
    accused.write_text(bench_module("accused_scaling").case(12), encoding="utf-8")
    yield "12 accused", accused


@pytest.mark.parametrize("detailed, listed", [(None, None), (1, 20)])
def test_the_report_is_the_same_whichever_process_assesses_a_charge(
    tmp_path: Path, forks: list[int], detailed: int | None, listed: int | None
) -> None:
    """Every case of the library's tests, the demonstration case, a generated case and 12
    accused: the report of charges assessed in 2 and 3 processes equals the report of one,
    for the JSON report (every act) and for the formats that print the best act alone."""
    lib = load_library()
    shared = set()
    for name, path in _cases(tmp_path):
        case = load_case(path, vocabulary(lib))
        one = check(lib, case, engine="reference", detailed=detailed, listed=listed)
        for jobs in (2, 3):
            before = len(forks)
            many = check(lib, case, engine="reference", detailed=detailed, listed=listed, jobs=jobs)
            assert many.report == one.report, (name, jobs)
            assert many.notices == one.notices
            if len(forks) > before:
                shared.add(name)
    assert len(shared) >= 12  # cases whose charges were shared among processes


def test_an_act_s_finding_survives_pickling_field_for_field() -> None:
    """`ActFinding.__reduce__` names its fields by hand (a worker sends ~150,000 of them): a
    field added or reordered without it would be lost or swapped on the way back."""
    import pickle
    from dataclasses import fields

    from rome_elements.engine.report import ActFinding

    act = ActFinding(**{f.name: (f.name,) for f in fields(ActFinding)})  # type: ignore[arg-type]
    back = pickle.loads(pickle.dumps(act, protocol=pickle.HIGHEST_PROTOCOL))
    assert all(getattr(back, f.name) == (f.name,) for f in fields(ActFinding))


def test_the_api_shares_the_charges_when_asked(forks: list[int]) -> None:
    from rome_elements import api

    lib = api.load_library()
    case = api.load_case(DEMO, lib)
    assert api.check(case, lib, jobs=2).report == api.check(case, lib).report
    assert len(forks) == 1


def test_check_help_gives_the_automatic_number_of_processes() -> None:
    from click.testing import CliRunner

    from rome_elements.cli.main import main
    from rome_elements.engine.check import AUTO_MAX_JOBS

    text = " ".join(CliRunner().invoke(main, ["check", "--help"]).output.split())
    assert f"one per CPU, up to {AUTO_MAX_JOBS}, for a case of 20,000 facts or more" in text
