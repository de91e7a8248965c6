"""Peak memory against input size on hostile case files (issue 19).

    python benchmarks/hostile_memory.py [--mib 30] [--limit-gib 3] [--only NAME,...]

Generates each case under benchmarks/out/hostile/ (same arguments, same bytes) and runs
`elements check CASE --format F -o /dev/null` on it in a fresh child process whose address space
is capped (`--limit-gib`, default 3: a regression fails with exit 3 or a MemoryError, it does not
fill the machine). For each run: the exit status, wall time and peak RSS (the child's own
ru_maxrss from `os.wait4`, as `benchmarks/run` measures it), and peak RSS ÷ input size; a
Markdown table on stdout. Exit status 1 if a run ends with an exit status other than the one
expected (2 for invalid input, 0 or 1 for a report).

The cases (`--mib M` sets the size of the first four):

| name | what | expected |
|---|---|---|
| empty-lists.json | a JSON case whose `facts` is M MiB of `[]` (one problem per item) | exit 2 |
| empty-notes.yaml | a YAML case whose `notes` is M MiB of `[]` (one problem in all) | exit 2 |
| dangling.yaml | one fact citing M MiB of unknown evidence ids (~3 M at 30 MiB) | exit 2 |
| zeros.json | a JSON case whose `notes` is M MiB of `0,` | exit 2 |
| alias-400.yaml | one 5 MiB excerpt aliased by 400 evidence items | exit 2 at the alias |
| alias-4.yaml | the same excerpt aliased 4 times (within the bound), every format | exit 0/1 |
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "hostile"

HEAD = """\
case: Hostile memory benchmark
standard: reasonable_grounds
accused:
  - {id: a1, name: Accused One}
charges:
  - {accused: a1, crime: 8(2)(a)(vii)-1, mode: aiding_abetting}
evidence:
  - {id: E1, kind: press, source: Public press report, reliability: C, credibility: 2,
     excerpt: buses were seen}
"""
FACTS = """\
facts:
  - {id: G1, type: group, description: children, nationals_of: Ukraine, civilian: true,
     evidence: [E1]}
  - {id: F1, type: transfer, persons: G1, origin: Mariupol, destination: Rostov,
     cross_border: true, evidence: [E1]}
"""
JSON_HEAD = (
    '{"case": "Hostile memory benchmark", "standard": "reasonable_grounds", '
    '"accused": [{"id": "a1", "name": "Accused One"}], '
    '"charges": [{"accused": "a1", "crime": "8(2)(a)(vii)-1", "mode": "aiding_abetting"}], '
    '"evidence": [{"id": "E1", "kind": "press", "source": "Public press report", '
    '"reliability": "C", "credibility": 2, "excerpt": "buses were seen"}], '
)


def _repeat(item: str, mib: float) -> str:
    return ",".join([item] * int(mib * (1 << 20) / (len(item) + 1)))


def empty_lists_json(mib: float) -> str:
    return JSON_HEAD + '"facts": [' + _repeat("[]", mib) + "]}"


def empty_notes_yaml(mib: float) -> str:
    return HEAD + FACTS + "notes: [" + _repeat("[]", mib) + "]\n"


def dangling_yaml(mib: float) -> str:
    count = int(mib * (1 << 20) / 10)
    refs = ", ".join(f"X{i}" for i in range(count))
    return HEAD + FACTS.replace("true, evidence: [E1]}", f"true, evidence: [E1, {refs}]}}")


def zeros_json(mib: float) -> str:
    return JSON_HEAD + '"facts": [], "notes": [' + _repeat("0", mib) + "]}"


def _aliased(times: int) -> str:
    big = "x" * (5 << 20)
    items = "".join(
        f"  - {{id: A{i}, kind: press, source: S{i}, reliability: C, credibility: 2, "
        "excerpt: *big}\n"
        for i in range(times)
    )
    cited = ", ".join(f"A{i}" for i in range(times))
    facts = FACTS.replace("true, evidence: [E1]}", f"true, evidence: [E1, {cited}]}}")
    return HEAD.replace("standard:", f"notes: &big {big}\nstandard:") + items + facts


CASES: dict[str, tuple[Callable[[float], str], tuple[str, ...], tuple[int, ...]]] = {
    "empty-lists.json": (empty_lists_json, ("text",), (2,)),
    "empty-notes.yaml": (empty_notes_yaml, ("text",), (2,)),
    "dangling.yaml": (dangling_yaml, ("text",), (2,)),
    "zeros.json": (zeros_json, ("text",), (2,)),
    "alias-400.yaml": (lambda _: _aliased(400), ("json", "markdown", "html"), (2,)),
    "alias-4.yaml": (lambda _: _aliased(4), ("text", "json", "markdown", "html"), (0, 1)),
}


def _python() -> str:
    return os.environ.get("PYTHON") or sys.executable


def measure(case: Path, fmt: str, limit: int) -> tuple[int, float, float]:
    """(exit status, wall seconds, peak RSS MiB) of `elements check CASE --format FMT`."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    args = [_python(), "-m", "rome_elements.cli.main", "check", str(case)]
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*args, "--format", fmt, "-o", os.devnull],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        preexec_fn=cap,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.perf_counter() - started, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=float, default=30.0, help="size of the generated cases")
    parser.add_argument("--limit-gib", type=float, default=3.0, help="address space per run")
    parser.add_argument("--only", default="", help="comma-separated case names")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = [n for n in args.only.split(",") if n] or list(CASES)
    limit = int(args.limit_gib * (1 << 30))
    print("| case | input MiB | format | exit | wall s | peak RSS MiB | peak / input |")
    print("|---|---|---|---|---|---|---|")
    failed = False
    for name in wanted:
        make, formats, expected = CASES[name]
        path = OUT / name.replace(".", f"-{args.mib:g}.", 1)
        if not path.exists():
            path.write_text(make(args.mib), encoding="utf-8")
        size = path.stat().st_size / (1 << 20)
        for fmt in formats:
            code, wall, peak = measure(path, fmt, limit)
            failed |= code not in expected
            mark = "" if code in expected else f" (expected {'/'.join(map(str, expected))})"
            print(
                f"| {name} | {size:.1f} | {fmt} | {code}{mark} | {wall:.1f} | {peak:,.0f} "
                f"| {peak / size:.0f}× |",
                flush=True,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
