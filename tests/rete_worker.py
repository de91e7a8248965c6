"""A child process for tests/test_properties_engines.py: runs durable-rules (and whole `check`
pipelines) away from the pytest process, so that a crash of durable's C core fails one test
instead of killing the run, and so that reports can be compared across processes (another hash
seed) byte for byte.

Protocol: one JSON request per line on stdin, one JSON answer per line on stdout.

* ``{"op": "match", "charges": [[index, accused, crime_id, mode], ...], "options": {...},
  "facts": [...]}`` → ``{"matches": [[rule, [fact ids]], ...]}`` from `engine.rete.evaluate` on
  the library program compiled for those charges;
* ``{"op": "report", "text": case file text, "file": name, "standard": id | null,
  "options": {...}, "engine": "rete" | "reference"}`` → ``{"json": report JSON, "engine": used}``;
* a JSON list of requests → a list of answers.

Errors become ``{"error": "..."}``; only a crash ends the process.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rome_elements.base.diagnostics import InputError  # noqa: E402
from rome_elements.engine import rete  # noqa: E402
from rome_elements.engine.check import check, vocabulary  # noqa: E402
from rome_elements.facts.load import load_case_text  # noqa: E402
from rome_elements.rules.compile import ChargeSpec, compile_case  # noqa: E402
from rome_elements.rules.library import Library  # noqa: E402
from rome_elements.rules.load import load_library  # noqa: E402


def report_json(report: Any) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


def answer(lib: Library, request: dict[str, Any]) -> dict[str, Any]:
    try:
        if request["op"] == "match":
            charges = [ChargeSpec(*c) for c in request["charges"]]
            program = compile_case(lib, charges, request.get("options") or None)
            found = rete.evaluate(program, request["facts"])
            return {"matches": sorted([m.rule, list(m.facts)] for m in found)}
        if request["op"] == "report":
            case = load_case_text(request["text"], request["file"], vocabulary(lib))
            result = check(
                lib,
                case,
                standard=request.get("standard"),
                engine=request.get("engine", "rete"),
                options=request.get("options") or {},
            )
            return {"json": report_json(result.report), "engine": result.engine}
        return {"error": f"unknown op {request['op']!r}"}
    except (rete.ReteError, InputError, RuntimeError) as err:
        return {"error": f"{type(err).__name__}: {err}"}


def main() -> None:
    lib = load_library()
    for line in sys.stdin:
        request = json.loads(line)
        if isinstance(request, list):
            out: Any = [answer(lib, r) for r in request]
        else:
            out = answer(lib, request)
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
