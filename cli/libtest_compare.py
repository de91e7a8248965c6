"""Comparing a report with a library test's expectations, and which tests cover what."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rome_elements.cli.libtest_model import (
    PARTS,
    ChargeResult,
    Difference,
    Expectation,
    TestOutcome,
)
from rome_elements.engine.report import ChargeFinding, ElementFinding, Report


def compare(report: Report, exp: Expectation) -> ChargeResult:
    """What the report says of the charge `exp` names, against what `exp` expects."""
    finding: ChargeFinding = report.charges[exp.index]
    diffs: list[Difference] = []
    expected: list[tuple[str, str, str]] = []
    present: set[tuple[str, str]] = set()
    parts_seen: dict[str, bool] = {"crime": True, "mode": True}
    elements = finding.elements
    if exp.act is not None:
        acts = {a.act: a for a in finding.acts}
        if exp.act in acts:
            elements = acts[exp.act].elements
        else:
            listed = ", ".join(str(a) for a in acts) or "none"
            diffs.append(Difference("act", exp.act, f"not an act of this charge (acts: {listed})"))
            elements = ()
    for el in elements:
        key = (el.part, el.id)
        present.add(key)
        want = exp.elements.get(key, exp.others)
        if want is None:
            parts_seen[el.part] = False
            continue
        expected.append((el.part, el.id, want))
        if want != el.status:
            diffs.append(_element_difference(el, want))
    for (part, eid), want in exp.elements.items():
        if (part, eid) not in present and want != "absent":
            diffs.append(
                Difference(
                    f"{eid} ({part} element)",
                    want,
                    "absent",
                    ("not an element of this charge under the options in force",),
                )
            )
    if exp.made_out is not None and exp.made_out != finding.made_out:
        diffs.append(
            Difference("made_out", _bool(exp.made_out), _bool(finding.made_out), _why_not(finding))
        )
    if exp.result is not None and exp.result != finding.result:
        diffs.append(Difference("result", exp.result, finding.result, _why_not(finding)))
    if exp.jurisdiction is not None and exp.jurisdiction != finding.jurisdiction:
        diffs.append(
            Difference(
                "jurisdiction", exp.jurisdiction, finding.jurisdiction, finding.jurisdiction_reasons
            )
        )
    return ChargeResult(
        number=finding.index + 1,
        accused=finding.accused,
        crime=finding.crime,
        article=finding.article,
        mode=finding.mode,
        expected=tuple(expected),
        complete=tuple(p for p in PARTS if parts_seen[p]),
        differences=tuple(diffs),
        absent=tuple(k for k, want in exp.elements.items() if want == "absent"),
        made_out=exp.made_out,
        jurisdiction=exp.jurisdiction,
    )


def _element_difference(el: ElementFinding, want: str) -> Difference:
    needs: tuple[str, ...] = ()
    if el.status != "supported":
        needs = el.needs
    return Difference(f"{el.id} ({el.part} element)", want, el.status, needs)


def _why_not(finding: ChargeFinding) -> tuple[str, ...]:
    if finding.made_out:
        return ()
    counts = ", ".join(f"{n} {s}" for s, n in finding.counts().items() if n)
    reasons = [f"elements: {counts}" + (f" (act {finding.act})" if finding.act else "")]
    if finding.jurisdiction == "outside":
        reasons.append("the charge is outside the Court's jurisdiction")
    if finding.jurisdiction == "undetermined":
        reasons += [f"jurisdiction undetermined: {r}" for r in finding.jurisdiction_reasons]
    return tuple(reasons)


def _bool(value: bool) -> str:
    return "true" if value else "false"


@dataclass
class Coverage:
    """Which tests show a crime's or mode's elements all supported, and exactly one missing."""

    all_supported: list[str] = field(default_factory=list)
    one_missing: list[str] = field(default_factory=list)


def coverage(outcomes: Iterable[TestOutcome]) -> dict[str, Coverage]:
    """Per crime and mode id: the tests whose expectations (not results) list every element of
    it as supported, or every element supported but exactly one missing."""
    out: dict[str, Coverage] = {}
    for outcome in outcomes:
        for charge in outcome.charges:
            for part, scope in (("crime", charge.crime), ("mode", charge.mode)):
                if part not in charge.complete:
                    continue
                statuses = charge.statuses(part)
                cov = out.setdefault(scope, Coverage())
                if all(s == "supported" for s in statuses):
                    _add(cov.all_supported, outcome.name)
                elif (
                    statuses.count("missing") == 1
                    and statuses.count("supported") == len(statuses) - 1
                ):
                    _add(cov.one_missing, outcome.name)
    return out


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)
