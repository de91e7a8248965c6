"""Situations: incident files with a shared context, checked one by one and aggregated per
accused × charge; the same result however the work is spread, and only edited incidents
checked again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench_modules import bench_module

from rome_elements.base.diagnostics import InputError
from rome_elements.engine.situation import (
    Settings,
    SituationReport,
    discover,
    run_situation,
)
from rome_elements.facts.incident import load_incident

make_situation = bench_module("situation").make_situation

N = 6  # incidents 3 and 6 undated, incident 5 invalid


@pytest.fixture(scope="module")
def situation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_situation(
        tmp_path_factory.mktemp("situation"), N, broken_every=3, invalid_every=5, as_json_every=4
    )


@pytest.fixture(scope="module")
def report(situation: Path) -> SituationReport:
    return run_situation(discover(situation), Settings(), use_cache=False)


def comparable(report: SituationReport) -> dict[str, object]:
    return report.to_dict()


def test_the_folder_is_its_context_and_its_incidents(situation: Path) -> None:
    found = discover(situation)
    assert found.context == situation / "context.yaml"
    assert [found.name(p) for p in found.incidents] == [
        "incident-1.yaml",
        "incident-2.yaml",
        "incident-3.yaml",
        "incident-4.json",
        "incident-5.yaml",
        "incident-6.yaml",
    ]


def test_each_charge_is_aggregated_over_the_incidents(report: SituationReport) -> None:
    charges = {(c.accused, c.article, c.mode): c for c in report.charges}
    assert len(charges) == 12  # the context's twelve charges
    direct = charges[("kovalenko", "8(2)(a)(vii)-1", "direct_perpetration")]
    # incident 5 is invalid; 3 and 6 have an undated removal: made out in 1, 2 and 4
    assert direct.incidents == tuple(
        f"incident-{n}.{'json' if n == 4 else 'yaml'}" for n in (1, 2, 3, 4, 6)
    )
    assert direct.made_out_in == ("incident-1.yaml", "incident-2.yaml", "incident-4.json")
    assert direct.acts_made_out == 3
    # persons moved by the acts made out: 5 + n % 20 children in incident n
    assert direct.persons == (5 + 1) + (5 + 2) + (5 + 4)
    assert (direct.first_date, direct.last_date) == ("2022-10-22", "2022-10-25")
    failing = dict(direct.failing)
    assert set(failing) == {"incident-3.yaml", "incident-6.yaml"}
    assert ("iac_context", "missing") in failing["incident-3.yaml"]
    assert report.to_dict()["incidents_invalid"] == 1


def test_an_invalid_incident_is_reported_in_its_own_file(report: SituationReport) -> None:
    (problem,) = report.problems
    assert problem.span is not None and problem.span.file.endswith("incident-5.yaml")
    assert "unknown fact type `transferral`" in problem.message


def test_a_duplicate_id_names_the_context_and_the_incident(situation: Path, tmp_path: Path) -> None:
    from rome_elements.engine.check import vocabulary
    from rome_elements.rules.load import load_library

    incident = tmp_path / "incident.yaml"
    text = (situation / "incident-1.yaml").read_text(encoding="utf-8")
    incident.write_text(text.replace("id: CO1", "id: AC"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_incident(incident, situation / "context.yaml", vocabulary(load_library()))
    messages = [(str(d.span), d.message, d.notes) for d in caught.value.diagnostics]
    duplicate = [m for m in messages if "AC" in m[1]]
    assert duplicate, messages
    where, message, notes = duplicate[0]
    assert where.startswith(str(incident))
    assert "context.yaml" in message + " ".join(notes)


def test_spreading_the_work_changes_nothing(situation: Path, report: SituationReport) -> None:
    two = run_situation(discover(situation), Settings(), jobs=2, use_cache=False)
    assert comparable(two) == comparable(report)


def test_only_an_edited_incident_is_checked_again(
    situation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(situation, copy)
    monkeypatch.setenv("ELEMENTS_CACHE", str(tmp_path / "cache"))
    first = run_situation(discover(copy), Settings())
    assert first.rerun == N
    again = run_situation(discover(copy), Settings())
    assert again.rerun == 0 and comparable(again) == comparable(first)
    edited = copy / "incident-2.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("2022-10-23", "2021-01-01"))
    third = run_situation(discover(copy), Settings())
    assert third.rerun == 1
    direct = next(
        c
        for c in third.charges
        if c.mode == "direct_perpetration" and c.article == "8(2)(a)(vii)-1"
    )
    assert "incident-2.yaml" not in direct.made_out_in  # before the conflict began
    other = run_situation(discover(copy), Settings(standard="beyond_reasonable_doubt"))
    assert other.rerun == N  # another standard is another result


def test_a_manifest_names_the_context_and_the_incidents(situation: Path) -> None:
    manifest = situation / "situation.yaml"
    manifest.write_text(
        "situation:\n  title: Kherson removals\n  context: context.yaml\n"
        "  incidents: ['incident-1.yaml', 'incident-2.yaml']\n",
        encoding="utf-8",
    )
    try:
        found = discover(manifest)
        assert found.title == "Kherson removals"
        assert [found.name(p) for p in found.incidents] == ["incident-1.yaml", "incident-2.yaml"]
        manifest.write_text("situation:\n  context: ../outside.yaml\n", encoding="utf-8")
        with pytest.raises(InputError, match="outside the manifest's folder"):
            discover(manifest)
    finally:
        manifest.unlink()


def test_a_dask_cluster_gives_the_same_result(situation: Path, report: SituationReport) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        on_dask = run_situation(
            discover(situation), Settings(), scheduler=cluster.scheduler_address, use_cache=False
        )
    assert comparable(on_dask) == comparable(report)


def test_the_json_report_is_plain_data(report: SituationReport) -> None:
    data = json.loads(json.dumps(report.to_dict()))
    assert data["report_kind"] == "situation" and data["incidents_total"] == N
    assert {c["mode"] for c in data["charges"]} >= {"direct_perpetration", "ordering"}


def test_leaving_out_near_misses_changes_no_status(situation: Path) -> None:
    """An incident is checked without the near-miss search (its report never shows them):
    the statuses are those of a full check, and only the near misses are gone."""
    from rome_elements.engine.check import check
    from rome_elements.engine.report import Report
    from rome_elements.engine.situation import _library, _vocabulary

    lib = _library(())
    case = load_incident(
        str(situation / "incident-3.yaml"), str(situation / "context.yaml"), _vocabulary(())
    )
    full = check(lib, case, max_chains=1).report
    lean = check(lib, case, max_chains=1, near_misses=False).report

    def needs(report: Report, near: bool) -> list[str]:
        return [
            n
            for c in report.charges
            for form in c.forms
            for act in form.acts
            for e in act.elements
            for n in e.needs
            if n.startswith("near miss:") == near
        ]

    def statuses(report: Report) -> list[object]:
        return [
            (c.result, [(a.act, a.result, a.statuses) for f in c.forms for a in f.acts])
            for c in report.charges
        ]

    assert needs(full, True), "the undated incident has near misses to leave out"
    assert not needs(lean, True)
    assert needs(lean, False) == needs(full, False)
    assert statuses(lean) == statuses(full)


def test_the_json_report_is_written_an_incident_at_a_time(report: SituationReport) -> None:
    """The streamed JSON is the text of the whole document, for any number of incidents."""
    import dataclasses

    from rome_elements.cli.situation import render_json

    for incidents in (report.incidents, report.incidents[:1], ()):
        one = dataclasses.replace(report, incidents=incidents)
        whole = json.dumps(one.to_dict(), indent=2, ensure_ascii=False) + "\n"
        assert "".join(render_json(one)) == whole
