"""A synthetic situation: one context file and N incident files, for tests and benchmarks.

The context is the Kherson library test case (elements/tests/cases/kherson_children_home.yaml:
four accused, twelve charges, the conflict, the occupation, the organisations, the plan, the
orders and contributions) without its removal; each incident records one removal of its own —
the group moved (`G1`), the transfer (`T1`), the coercion and the (refused) consent — which the
context's contributions, orders and states of mind refer to, plus `extra` further transfers
of other groups. Every `broken_every`-th incident's removal has no date (so the elements that
need the act inside the conflict's period fail there); every `invalid_every`-th incident names
an unknown fact type (an input error).

    python benchmarks/situation.py OUT_FOLDER --incidents 10000 --extra 48   # 1,000,000 facts
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
TEMPLATE = REPO / "elements" / "tests" / "cases" / "kherson_children_home.yaml"
PER_INCIDENT = ("G1", "T1", "CO1", "CN1")
TOWNS = ("Kherson", "Nova Kakhovka", "Oleshky", "Hola Prystan", "Skadovsk", "Henichesk")


def _template() -> dict[str, Any]:
    data = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _plain(value: Any) -> Any:
    """Dates as ISO text, so that the files hold what a person would write."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _dump(data: dict[str, Any]) -> str:
    """YAML as `yaml.safe_dump` writes it, with libyaml's emitter where there is one (the same
    text, several times faster: 10,000 incident files are written in minutes, not an hour)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True)


def make_situation(
    folder: Path,
    incidents: int,
    *,
    extra: int = 0,
    broken_every: int = 0,
    invalid_every: int = 0,
    as_json_every: int = 0,
    charges: int | None = None,
) -> Path:
    """Write the context and `incidents` incident files into `folder`; return `folder`.
    `charges`: keep only the context's first so many charges."""
    data = _plain(_template())
    if charges is not None:
        data["charges"] = data["charges"][:charges]
    own = {f["id"]: f for f in data["facts"] if f["id"] in PER_INCIDENT}
    context = dict(data)
    context["case"] = "Removals of children from occupied Kherson region (synthetic situation)"
    context["facts"] = [f for f in data["facts"] if f["id"] not in PER_INCIDENT]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "context.yaml").write_text(_dump(context), encoding="utf-8")
    width = len(str(incidents))
    for n in range(1, incidents + 1):
        town = TOWNS[n % len(TOWNS)]
        facts = [copy.deepcopy(own[i]) for i in PER_INCIDENT]
        group, transfer = facts[0], facts[1]
        group["description"] = f"{5 + n % 20} children of the children's home of {town} ({n})"
        group["count"] = transfer["count"] = 5 + n % 20
        transfer["origin"] = f"children's home, {town}"
        # from 21 October to 10 November 2022: inside the occupation, and after the context's
        # plan, order, contributions and states of mind (links hold only if they precede the act)
        day = datetime.date(2022, 10, 21) + datetime.timedelta(days=n % 21)
        transfer["date"] = day.isoformat()
        if broken_every and n % broken_every == 0:
            del transfer["date"]
        for k in range(extra):
            gid, tid = f"G{k + 2}", f"T{k + 2}"
            more_group = dict(group, id=gid, description=f"group {k + 2} of incident {n}")
            more = dict(transfer, id=tid, persons=gid, count=3 + k % 7)
            facts += [more_group, more]
        if invalid_every and n % invalid_every == 0:
            facts.append({"id": "X1", "type": "transferral", "evidence": ["E1"]})
        incident = {"case": f"Incident {n}: removal from {town}", "facts": facts}
        name = f"incident-{n:0{width}d}"
        if as_json_every and n % as_json_every == 0:
            (folder / f"{name}.json").write_text(json.dumps(incident, indent=1), encoding="utf-8")
        else:
            (folder / f"{name}.yaml").write_text(_dump(incident), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--incidents", type=int, default=100)
    parser.add_argument("--extra", type=int, default=0, help="further transfers per incident")
    parser.add_argument("--broken-every", type=int, default=0)
    parser.add_argument("--invalid-every", type=int, default=0)
    parser.add_argument("--charges", type=int, default=None, help="keep the first N charges")
    args = parser.parse_args()
    make_situation(
        args.folder,
        args.incidents,
        extra=args.extra,
        broken_every=args.broken_every,
        invalid_every=args.invalid_every,
        charges=args.charges,
    )


if __name__ == "__main__":
    main()
