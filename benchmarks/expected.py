"""Compare an `elements check --format json` report with a generator's expected statuses."""

from __future__ import annotations

from typing import Any

MAX_LISTED = 20


_RANK = {"missing": 0, "insufficient": 1, "contested": 2, "supported": 3}


def compare(report: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Every difference between the report and the expected statuses, one line each.

    Checked: the standard, the charges (accused, crime by article or id, mode, in order), the
    status of every element of every charge, and the status of every fact. An element the
    report has but the generator's model does not is reported as such: the library gained an
    element that `benchmarks/generate.py` does not model yet.
    """
    problems: list[str] = []
    got_std = report.get("standard", {}).get("id")
    if got_std != expected["standard"]:
        problems.append(f"standard: expected {expected['standard']}, report has {got_std}")
    got_charges = report.get("charges", [])
    want_charges = expected["charges"]
    if len(got_charges) != len(want_charges):
        problems.append(f"charges: expected {len(want_charges)}, report has {len(got_charges)}")
    for i, (got, want) in enumerate(zip(got_charges, want_charges, strict=False)):
        label = f"charge {i} ({want['accused']}, {want['crime']}, {want['mode']})"
        crime_ok = want["crime"] in (got.get("article"), got.get("crime"))
        if got.get("accused") != want["accused"] or not crime_ok or got.get("mode") != want["mode"]:
            problems.append(
                f"{label}: report has "
                f"({got.get('accused')}, {got.get('article')}, {got.get('mode')})"
            )
            continue
        # The generator models each element's best chain over the whole case; the report
        # assesses act by act, so an element's best status over every act is compared.
        got_elements: dict[str, str] = {}
        for el in got.get("elements", []):
            if el["id"] in got_elements:
                problems.append(f"{label}: element id {el['id']} appears twice in the report")
            got_elements[el["id"]] = el["status"]
        for act in got.get("acts", []):
            for st in act.get("statuses", []):
                if _RANK[st["status"]] > _RANK[got_elements.get(st["id"], "missing")]:
                    got_elements[st["id"]] = st["status"]
        want_elements: dict[str, str] = want["elements"]
        for eid in sorted(set(got_elements) | set(want_elements)):
            if eid not in want_elements:
                problems.append(
                    f"{label}: element {eid} ({got_elements[eid]}) is not in the generator's model "
                    "(the library changed: update benchmarks/generate.py)"
                )
            elif eid not in got_elements:
                problems.append(f"{label}: element {eid} is missing from the report")
            elif got_elements[eid] != want_elements[eid]:
                problems.append(
                    f"{label}: {eid}: expected {want_elements[eid]}, "
                    f"report says {got_elements[eid]}"
                )
    want_facts: dict[str, str] = expected.get("facts", {})
    if want_facts:
        got_facts = {f["id"]: f["status"] for f in report.get("facts", [])}
        wrong = [
            f"fact {fid}: expected {status}, report says {got_facts.get(fid, 'nothing')}"
            for fid, status in want_facts.items()
            if got_facts.get(fid) != status
        ]
        extra = sorted(set(got_facts) - set(want_facts))
        if extra:
            wrong.append(f"facts in the report that the generator did not write: {extra[:5]}")
        if len(wrong) > MAX_LISTED:
            wrong = wrong[:MAX_LISTED] + [
                f"... and {len(wrong) - MAX_LISTED} more fact differences"
            ]
        problems.extend(wrong)
    return problems
