"""The benchmark runner behind `benchmarks/run` (see benchmarks/README.md).

Every measurement is one fresh child process. Wall time is measured around the child (fork
to exit); peak memory is the child's own `ru_maxrss`, read with `os.wait4`, and, since a large
case's charges are assessed in forked processes, the peak of the proportional set size (PSS:
each shared page counted once, split among its sharers) summed over the child and its own
children, sampled every SAMPLE_S seconds from /proc on Linux while the child has children.
Generated cases, reports and results go to `benchmarks/out/` (gitignored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
sys.path.insert(0, str(REPO))

from benchmarks.expected import compare  # noqa: E402
from benchmarks.generate import GENERATOR_VERSION, expected_path  # noqa: E402

SMALL_CASE = "examples/belarus_children.yaml"
BARE_IMPORTS = "import yaml, pydantic, lark, durable.lang, click"
YAML_FLOOR = (
    "import sys, time, yaml\n"
    "t = time.perf_counter()\n"
    "yaml.load(open(sys.argv[1]), Loader=yaml.CSafeLoader)\n"
    "print(time.perf_counter() - t)\n"
)
ENGINES = ("auto", "rete", "reference")
RETE_MAX_FACTS = 20_000  # as engine.check: above it `auto` runs the reference evaluator alone
# Targets from the issue (informational: missing one does not fail the run).
SMALL_RATIO_TARGET = 2.5
FLOOR_RATIO_TARGET = 0.5
PEAK_TARGET_MB = 1024
SAMPLE_S = 0.5
"""How often the summed PSS of a check and its workers is sampled (`_tree_pss_kb`). Every
20 ms and throughout, as first written, the sampler kept a CPU busy in the kernel reading page
tables: on this 2-CPU machine the 100k text check took 14.5 and 18.4 s with it against 12.2
and 15.3 s without (pairs run back to back; the machine's speed drifts)."""


@dataclass
class Run:
    wall_s: float
    maxrss_mb: float
    exit_code: int
    timed_out: bool = False
    load_avg: float = 0.0  # 1-minute load average when the run ended (noise indicator)
    tree_pss_mb: float = 0.0  # peak summed PSS with its children (0: none, or not Linux)


@dataclass
class Measure:
    runs: list[Run] = field(default_factory=list)

    @property
    def wall_s(self) -> float:
        return statistics.median(r.wall_s for r in self.runs)

    @property
    def maxrss_mb(self) -> float:
        return max(r.maxrss_mb for r in self.runs)

    @property
    def tree_pss_mb(self) -> float:
        return max(r.tree_pss_mb for r in self.runs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "median_wall_s": round(self.wall_s, 4),
            "max_rss_mb": round(self.maxrss_mb, 1),
            "max_tree_pss_mb": round(self.tree_pss_mb, 1),
            "runs": [asdict(r) for r in self.runs],
        }


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env["ELEMENTS_DEBUG"] = "1"  # a crash prints its traceback into the stderr file
    env.pop("NO_COLOR", None)
    # as installed: pip writes bytecode, and the warm-up run writes it for a checkout; without
    # it every run would time the compiler on the sources
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _tree(pid: int) -> list[int]:
    """The process and its descendants (Linux)."""
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            for child in Path(f"/proc/{pid}/task/{task}/children").read_text().split():
                out += _tree(int(child))
    except OSError:
        pass
    return out


def _tree_pss_kb(pid: int) -> int:
    """The summed PSS of the process and its children while it has any (0 while it runs
    alone: its own `ru_maxrss` covers that). Reading smaps_rollup walks the page tables:
    11 ms for a 600 MiB process, so it is read only then, and only every SAMPLE_S."""
    tree = _tree(pid)
    if len(tree) < 2:
        return 0
    total = 0
    for p in tree:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:  # it has just exited
            pass
    return total


def run_child(cmd: list[str], stdout: Path, stderr: Path, timeout: float) -> Run:
    """Run one fresh process; its wall time, its own peak RSS (os.wait4) and the peak PSS
    of it and its children (sampled)."""
    with stdout.open("wb") as out, stderr.open("wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=REPO, env=child_env())
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        done = threading.Event()
        peak = [0]

        def sample() -> None:
            while not done.wait(SAMPLE_S):
                peak[0] = max(peak[0], _tree_pss_kb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        if Path("/proc/self/smaps_rollup").exists():
            sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            done.set()
        wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code  # reaped here; keep Popen from waiting again
    timed_out = code < 0 and wall >= timeout
    load = round(os.getloadavg()[0], 2)
    if sampler.is_alive():
        sampler.join()
    return Run(
        round(wall, 4),
        round(usage.ru_maxrss / 1024, 1),
        code,
        timed_out,
        load,
        round(peak[0] / 1024, 1),
    )


def measure(
    cmd: list[str], tag: str, runs: int, timeout: float, ok: tuple[int, ...] = (0,)
) -> Measure:
    m = Measure()
    for k in range(runs):
        r = run_child(cmd, OUT / f"{tag}.out", OUT / f"{tag}.err", timeout)
        m.runs.append(r)
        if r.exit_code not in ok:
            log(
                f"  {tag}: exit {r.exit_code}{' (timeout)' if r.timed_out else ''}; "
                f"see {OUT / (tag + '.err')}"
            )
            break
        if runs > 1:
            log(f"  {tag} run {k + 1}/{runs}: {r.wall_s:.3f} s, {r.maxrss_mb:.0f} MiB")
    return m


def machine(python: str) -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gib = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gib = int(line.split()[1]) / 2**20
    except OSError:
        pass
    version = subprocess.run(
        [python, "-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True
    ).stdout.strip()

    def git(*args: str) -> str:
        run = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        return run.stdout.strip() if run.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD")
    dirty = bool(git("status", "--porcelain", "--untracked-files=no"))
    return {
        "code": f"{head}{' + uncommitted changes' if dirty else ''}" if head else "unknown",
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "ram_gib": round(ram_gib, 1),
        "python": version,
        "platform": platform.platform(),
    }


def source_digest() -> str:
    text = (REPO / "benchmarks" / "generate.py").read_bytes()
    return hashlib.sha256(text).hexdigest()[:16]


def ensure_case(n: int, seed: int, python: str, regenerate: bool) -> tuple[Path, dict[str, Any]]:
    """The generated case of n facts (reused when generate.py has not changed since)."""
    case = OUT / f"case_{n}_s{seed}.yaml"
    exp_file = expected_path(case)
    stamp = OUT / f"case_{n}_s{seed}.stamp"
    want = f"{GENERATOR_VERSION}:{source_digest()}"
    if regenerate or not (
        case.exists() and exp_file.exists() and stamp.exists() and stamp.read_text() == want
    ):
        log(f"generating {case.name} ...")
        t = time.perf_counter()
        subprocess.run(
            [
                python,
                "benchmarks/generate.py",
                "--facts",
                str(n),
                "--seed",
                str(seed),
                "--out",
                str(case),
            ],
            cwd=REPO,
            env=child_env(),
            check=True,
        )
        log(f"  generated in {time.perf_counter() - t:.1f} s")
        stamp.write_text(want)
    return case, json.loads(exp_file.read_text())


def runs_for(n: int, quick: bool) -> int:
    if quick or n >= 100_000:
        return 1
    return 5 if n <= 1000 else 3


def bench_size(n: int, args: argparse.Namespace, python: str) -> dict[str, Any]:
    case, expected = ensure_case(n, args.seed, python, args.regenerate)
    rel = str(case.relative_to(REPO))
    runs = runs_for(n, args.quick)
    res: dict[str, Any] = {
        "facts": n,
        "evidence": expected["counts"]["evidence"],
        "charges": expected["counts"]["charges"],
        "yaml_mib": round(case.stat().st_size / 2**20, 2),
        "runs": runs,
        "problems": [],
    }
    # the YAML floor: CSafeLoader alone, default GC, fresh process; the time of the load call
    floor_times = []
    floor_m = Measure()
    for _ in range(runs):
        r = run_child(
            [python, "-c", YAML_FLOOR, rel],
            OUT / f"floor_{n}.out",
            OUT / f"floor_{n}.err",
            args.timeout,
        )
        floor_m.runs.append(r)
        if r.exit_code != 0:
            res["problems"].append(f"{n}: the YAML floor failed (exit {r.exit_code})")
            break
        floor_times.append(float((OUT / f"floor_{n}.out").read_text()))
    res["yaml_floor"] = floor_m.to_dict() | {
        "load_s": round(statistics.median(floor_times), 4) if floor_times else None
    }
    log(
        f"{n} facts: YAML floor {res['yaml_floor']['load_s']} s (load call), "
        f"{floor_m.maxrss_mb:.0f} MiB"
    )
    # the target: `elements check CASE`, every setting at its default (text report, --engine
    # auto), to a file
    log(f"{n} facts: elements check (default settings) ({runs} run{'s' if runs > 1 else ''}) ...")
    m = measure(
        [python, "-m", "rome_elements.cli.main", "check", rel],
        f"default_{n}",
        runs,
        args.timeout,
        ok=(0, 1),
    )
    res["default"] = m.to_dict()
    if m.runs[-1].exit_code not in (0, 1):
        res["problems"].append(f"{n} default: check failed; see {OUT / f'default_{n}.err'}")
    log(f"  default: {m.wall_s:.3f} s, {m.maxrss_mb:.0f} MiB (all processes {m.tree_pss_mb:.0f})")
    digests: dict[str, str] = {}
    engines = args.engines or [
        e for e in ENGINES if e != "rete" or n <= RETE_MAX_FACTS
    ]  # durable-rules at 100k: 3.2 GB and minutes (see engine/check.py)
    res["engines"] = engines
    for engine in engines:
        tag = f"report_{n}_{engine}"
        log(
            f"{n} facts: elements check --engine {engine} ({runs} run{'s' if runs > 1 else ''}) ..."
        )
        cmd = [
            python,
            "-m",
            "rome_elements.cli.main",
            "check",
            rel,
            "--format",
            "json",
            "--engine",
            engine,
        ]
        m = measure(cmd, tag, runs, args.timeout, ok=(0, 1))
        entry: dict[str, Any] = m.to_dict()
        last = m.runs[-1]
        if last.exit_code not in (0, 1):
            why = "timed out" if last.timed_out else f"exit {last.exit_code}"
            res["problems"].append(f"{n} {engine}: check {why}; see {OUT / (tag + '.err')}")
            entry["statuses_ok"] = None
        else:
            out = OUT / f"{tag}.out"
            data = out.read_bytes()
            digests[engine] = hashlib.sha256(data).hexdigest()
            diffs = compare(json.loads(data), expected)
            entry["statuses_ok"] = not diffs
            entry["differences"] = diffs
            res["problems"].extend(f"{n} {engine}: {d}" for d in diffs)
            (OUT / f"{tag}.json").write_bytes(data)
        log(
            f"  {engine}: {m.wall_s:.3f} s, {m.maxrss_mb:.0f} MiB, "
            f"statuses ok: {entry['statuses_ok']}"
        )
        res[engine] = entry
    others = [e for e in digests if e != "reference"]
    if "reference" in digests and others:
        res["identical"] = all(digests[e] == digests["reference"] for e in others)
        for e in others:
            if digests[e] != digests["reference"]:
                res["problems"].append(f"{n}: the {e} and reference reports differ")
    else:
        res["identical"] = None
    return res


def bench_small(args: argparse.Namespace, python: str) -> dict[str, Any]:
    runs = 3 if args.quick else 10
    log(f"small case: {SMALL_CASE} and the bare import line, {runs} runs each (+1 warm-up) ...")
    check = [python, "-m", "rome_elements.cli.main", "check", SMALL_CASE]
    bare = [python, "-c", BARE_IMPORTS]
    for cmd in (check, bare):  # warm-up: page cache, .pyc files, Lark cache
        run_child(cmd, OUT / "warmup.out", OUT / "warmup.err", args.timeout)
    small = measure(check, "small_check", runs, args.timeout, ok=(0, 1))
    imports = measure(bare, "small_imports", runs, args.timeout)
    res: dict[str, Any] = {
        "check": small.to_dict(),
        "imports": imports.to_dict(),
        "ratio": round(small.wall_s / imports.wall_s, 2),
        "problems": [],
    }
    if small.runs[-1].exit_code not in (0, 1):
        res["problems"].append(
            f"small case: exit {small.runs[-1].exit_code}; see {OUT / 'small_check.err'}"
        )
    return res


def fmt_s(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def yes_no(x: bool | None) -> str:
    return "—" if x is None else ("yes" if x else "**NO**")


def table(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        f"Machine: {m['nproc']} CPU ({m['cpu']}), {m['ram_gib']} GiB RAM, Python {m['python']}; "
        f"{results['date']}; code {m['code']}; seed {results['seed']}.",
        "",
    ]
    small = results.get("small")
    if small:
        lines += [
            "| small case | median wall s | peak RSS MiB | runs |",
            "|---|---|---|---|",
            f"| `elements check {SMALL_CASE}` | {fmt_s(small['check']['median_wall_s'])} | "
            f"{small['check']['max_rss_mb']:.0f} | {len(small['check']['runs'])} |",
            f'| `python -c "{BARE_IMPORTS}"` | {fmt_s(small["imports"]["median_wall_s"])} | '
            f"{small['imports']['max_rss_mb']:.0f} | {len(small['imports']['runs'])} |",
            f"| **ratio** (target ≤ {SMALL_RATIO_TARGET}×) | **{small['ratio']}×** | | |",
            "",
        ]
    sizes = results.get("sizes", [])
    if sizes:
        lines += [
            "| facts | YAML MiB | YAML floor s | engine | check wall s | peak MiB "
            "| check / floor | statuses = expected | ≡ reference | runs |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for s in sizes:
            floor = s["yaml_floor"]["load_s"]
            for engine in ["default", *s.get("engines", results["engines"])]:
                e = s.get(engine)
                if e is None:
                    continue
                wall = e["median_wall_s"]
                ok = e["runs"][-1]["exit_code"] in (0, 1)
                ratio = f"{wall / floor:.2f}×" if floor and ok else "—"
                shown = fmt_s(wall) if ok else f"failed ({fmt_s(wall)})"
                label = "defaults (text, auto)" if engine == "default" else f"{engine} (json)"
                same = "" if engine in ("default", "reference") else yes_no(s["identical"])
                statuses = "" if engine == "default" else yes_no(e.get("statuses_ok"))
                lines.append(
                    f"| {s['facts']:,} | {s['yaml_mib']} | {fmt_s(floor)} | {label} | {shown} | "
                    f"{_peak(e)} | {ratio} | {statuses} | {same} | {s['runs']} |"
                )
        lines.append("")
    lines += targets(results)
    problems = results["problems"]
    if problems:
        lines += ["", f"**{len(problems)} problem(s):**", ""]
        lines += [f"- {p}" for p in problems[:40]]
        if len(problems) > 40:
            lines.append(f"- ... and {len(problems) - 40} more (see results.json)")
    return "\n".join(lines) + "\n"


def _peak(e: dict[str, Any]) -> str:
    """The process's peak RSS, and the peak PSS of it and its workers where they differ."""
    rss, pss = e["max_rss_mb"], e.get("max_tree_pss_mb", 0.0)
    return f"{rss:.0f}" if pss <= rss else f"{rss:.0f} (all processes: {pss:.0f})"


def targets(results: dict[str, Any]) -> list[str]:
    out = ["Targets (issue 8):", ""]
    small = results.get("small")
    if small:
        verdict = "met" if small["ratio"] <= SMALL_RATIO_TARGET else "**not met**"
        out.append(
            f"- small case ≤ {SMALL_RATIO_TARGET}× the bare import line: "
            f"{small['ratio']}× — {verdict}"
        )
    big = [s for s in results.get("sizes", []) if s["facts"] >= 100_000]
    for s in big:
        floor = s["yaml_floor"]["load_s"]
        for engine in ["default", "auto"]:
            e = s.get(engine)
            if e is None:
                continue
            settings = "default settings" if engine == "default" else "as JSON"
            peak = max(e["max_rss_mb"], e.get("max_tree_pss_mb", 0.0))
            ok = e["runs"][-1]["exit_code"] in (0, 1)
            ratio = e["median_wall_s"] / floor if floor and ok else None
            rtxt = f"{ratio:.2f}×" if ratio is not None else "failed"
            rmet = "met" if ratio is not None and ratio <= FLOOR_RATIO_TARGET else "**not met**"
            mmet = "met" if peak <= PEAK_TARGET_MB else "**not met**"
            out.append(
                f"- {s['facts']:,} facts, {settings}: ≤ {FLOOR_RATIO_TARGET}× the "
                f"CSafeLoader load: {rtxt} — {rmet}; "
                f"peak ≤ {PEAK_TARGET_MB} MiB: {_peak(e)} MiB — {mmet}"
            )
        out.append(
            f"- {s['facts']:,} facts: findings (JSON reports of {', '.join(s.get('engines', []))}) "
            "identical to `--engine reference`: "
            f"{yes_no(s['identical'])}"
        )
    if not big:
        out.append("- (the 100k targets need `--sizes` to include 100000)")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="benchmarks/run", description="Benchmark `elements check`; print a Markdown table."
    )
    p.add_argument(
        "--sizes", default=None, help="comma-separated fact counts (default 1000,10000,100000)"
    )
    p.add_argument(
        "--quick",
        action="store_true",
        help="1 run per size, 3 for the small case; sizes 1000,10000 unless --sizes",
    )
    p.add_argument(
        "--engines",
        default=None,
        help="comma-separated: auto, rete, reference (default: all three, rete only up to "
        "20,000 facts)",
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeout", type=float, default=7200.0, help="seconds per child process")
    p.add_argument(
        "--no-small", action="store_true", help="skip the small-case / bare-import comparison"
    )
    p.add_argument(
        "--regenerate", action="store_true", help="regenerate the cases even if up to date"
    )
    p.add_argument("--name", default="results", help="write NAME.md and NAME.json in out/")
    args = p.parse_args(argv)
    default_sizes = "1000,10000" if args.quick else "1000,10000,100000"
    sizes = [
        int(x.replace("_", "").replace("k", "000"))
        for x in (args.sizes or default_sizes).split(",")
        if x
    ]
    args.engines = [e.strip() for e in (args.engines or "").split(",") if e.strip()]
    for e in args.engines:
        if e not in ENGINES:
            p.error(f"unknown engine {e!r}")
    python = sys.executable
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "seed": args.seed,
        "engines": args.engines,
        "machine": machine(python),
        "sizes": [],
        "problems": [],
    }
    if not args.no_small:
        results["small"] = bench_small(args, python)
        results["problems"] += results["small"]["problems"]
    for n in sorted(sizes):
        res = bench_size(n, args, python)
        results["sizes"].append(res)
        results["problems"] += res["problems"]
        (OUT / f"{args.name}.json").write_text(json.dumps(results, indent=1) + "\n")
    text = table(results)
    (OUT / f"{args.name}.json").write_text(json.dumps(results, indent=1) + "\n")
    (OUT / f"{args.name}.md").write_text(text)
    print(text, end="")
    return 1 if results["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
