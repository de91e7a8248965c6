"""Benchmark: `elements check SITUATION/` at 1 and 2 jobs — wall time, the speed-up, and the
peak memory (VmHWM) of the aggregator (the `elements` process) and of each worker.

    python benchmarks/situation_bench.py --incidents 10000 --extra 48 --charges 2
        # 10,000 incidents x 100 facts = 1,000,000 facts, charges 1-2 of the context

The situation is generated once into benchmarks/out/ (benchmarks/situation.py); every run
has the cache off (ELEMENTS_CACHE=off), so every incident is checked. The process tree is
sampled every 0.2 s for each process's peak resident memory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.situation import make_situation  # noqa: E402


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    children = [int(c) for c in fh.read().split()]
            except OSError:
                continue
            found.extend(children)
            stack.extend(children)
    return found


def _peak_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def run(folder: Path, jobs: int) -> dict[str, object]:
    env = dict(os.environ, ELEMENTS_CACHE="off", NO_COLOR="1")
    cmd = [
        sys.executable,
        "-m",
        "rome_elements.cli.main",
        "check",
        str(folder),
        "--format",
        "json",
        "--jobs",
        str(jobs),
    ]
    start = time.perf_counter()
    # the report goes to files, not pipes: a pipe nobody reads fills and blocks the command
    out_file = tempfile.TemporaryFile()
    err_file = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=out_file, stderr=err_file, env=env)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        for pid in [proc.pid, *_descendants(proc.pid)]:
            peak = _peak_kib(pid)
            if peak is not None:
                peaks[pid] = max(peaks.get(pid, 0), peak)
        time.sleep(0.2)
    proc.wait()
    seconds = time.perf_counter() - start
    out_file.seek(0)
    err_file.seek(0)
    out, err = out_file.read(), err_file.read()
    workers = [v for k, v in peaks.items() if k != proc.pid]
    report = json.loads(out) if out else {}
    return {
        "jobs": jobs,
        "seconds": round(seconds, 1),
        "exit": proc.returncode,
        "aggregator_mib": round(peaks.get(proc.pid, 0) / 1024, 1),
        "worker_mib": round(max(workers) / 1024, 1) if workers else None,
        "incidents": report.get("incidents_total"),
        "stderr": err.decode()[-300:] if proc.returncode not in (0, 1) else "",
        "digest": hashlib.sha256(out).hexdigest()[:16],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--extra", type=int, default=48)
    parser.add_argument("--charges", type=int, default=2)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    folder = HERE / "out" / f"situation-{args.incidents}-{args.extra}-{args.charges}"
    if not (folder / "context.yaml").exists():
        make_situation(folder, args.incidents, extra=args.extra, charges=args.charges)
    facts = args.incidents * (4 + 2 * args.extra)
    print(f"{args.incidents:,} incidents, {facts:,} facts in the incident files", flush=True)
    results = [run(folder, int(j)) for j in args.jobs.split(",")]
    for r in results:
        print(json.dumps(r), flush=True)
    if len(results) > 1:
        same = len({r["digest"] for r in results}) == 1
        speed = results[0]["seconds"] / results[-1]["seconds"]  # type: ignore[operator]
        print(f"speed-up {speed:.2f}x; identical reports: {same}")


if __name__ == "__main__":
    main()
