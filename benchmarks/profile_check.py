"""Where does `elements check` spend its time and memory? Stage by stage, in one process.

    python benchmarks/profile_check.py CASE [--engine reference|rete] [--cprofile FILE]

Runs the steps of `engine.check.check` one at a time (the same functions, in the same order)
and prints, per stage, the wall time, the resident memory after it and the peak so far. With
`--cprofile FILE` it then runs the whole `check` (plus the JSON text) again under cProfile,
in a fresh process, writes the stats to FILE and prints the top functions.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Stages:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float, float]] = []
        self.t = T0

    def done(self, name: str) -> None:
        now = time.perf_counter()
        self.rows.append((name, now - self.t, rss_mb(), peak_mb()))
        print(
            f"  {name:<48} {now - self.t:8.3f} s  "
            f"rss {rss_mb():7.0f} MiB  peak {peak_mb():7.0f} MiB",
            file=sys.stderr,
            flush=True,
        )
        self.t = time.perf_counter()

    def table(self) -> str:
        total = sum(r[1] for r in self.rows)
        lines = [
            "| stage | s | share | RSS after, MiB | peak so far, MiB |",
            "|---|---|---|---|---|",
        ]
        for name, dt, rss, peak in self.rows:
            lines.append(f"| {name} | {dt:.3f} | {dt / total:.0%} | {rss:.0f} | {peak:.0f} |")
        lines.append(
            f"| **total** | **{total:.3f}** | | | **{max(r[3] for r in self.rows):.0f}** |"
        )
        return "\n".join(lines)


def stages(case_path: Path, engine: str) -> str:
    st = Stages()
    from rome_elements.engine import reference
    from rome_elements.engine.analyse import build_report
    from rome_elements.engine.check import (
        charges_of,
        engine_facts,
        resolve_options,
        vocabulary,
    )
    from rome_elements.engine.weigh import weigh_case
    from rome_elements.facts.load import load_case
    from rome_elements.rules.compile import compile_case
    from rome_elements.rules.load import load_library

    st.done("start-up and imports")
    lib = load_library()
    st.done("load the law library (parse, check)")
    case = load_case(case_path, vocabulary(lib))
    st.done("load the case (YAML, validation, cross-checks)")
    std = lib.standards[case.standard or "reasonable_grounds"]
    opts = resolve_options(lib, {})
    charges = charges_of(lib, case)
    program = compile_case(lib, charges, opts)
    st.done(f"compile ({len(program.rules)} rules)")
    facts = engine_facts(case, lib)
    st.done("facts for the engine")
    matches = reference.evaluate_by_rule(program, facts)
    st.done(f"reference evaluator ({sum(map(len, matches.values()))} matches)")
    if engine == "rete":
        from rome_elements.engine import rete

        found = rete.evaluate(program, facts)
        st.done(f"rete engine ({len(found)} matches, equal: {found == matches})")
    weights = weigh_case(case, std)
    st.done("weigh the evidence")
    report = build_report(lib, case, charges, program, matches, weights, std, opts, facts)
    st.done("build the report")
    text = json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=False)
    st.done(f"JSON text ({len(text) / 2**20:.1f} MiB)")
    return st.table()


def cprofile(case_path: Path, engine: str, out: Path, top: int) -> None:
    import cProfile
    import pstats

    from rome_elements.engine.check import check, vocabulary
    from rome_elements.facts.load import load_case
    from rome_elements.rules.load import load_library

    def run() -> None:
        lib = load_library()
        case = load_case(case_path, vocabulary(lib))
        result = check(lib, case, engine="rete" if engine == "rete" else "reference")
        json.dumps(result.report.to_dict(), indent=2, ensure_ascii=False)

    prof = cProfile.Profile()
    prof.runcall(run)
    prof.dump_stats(out)
    stats = pstats.Stats(str(out), stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("case", type=Path)
    p.add_argument("--engine", choices=("reference", "rete"), default="reference")
    p.add_argument("--cprofile", type=Path, default=None, help="also write cProfile stats here")
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--only-cprofile", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.only_cprofile:
        cprofile(args.case, args.engine, args.cprofile, args.top)
        return 0
    print(f"{args.case} ({args.engine}):", file=sys.stderr)
    print(stages(args.case, args.engine))
    if args.cprofile:
        cmd: list[Any] = [sys.executable, __file__, str(args.case), "--engine", args.engine]
        cmd += ["--cprofile", str(args.cprofile), "--top", str(args.top), "--only-cprofile"]
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
