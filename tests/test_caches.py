"""The caches of `elements check` (the checked library, the compiled rete program): they only
ever save time. Damaged or stale files are rebuilt, `ELEMENTS_CACHE=off` writes nothing, and
the reports are the same with a cold, warm or damaged cache. durable-rules runs only in child
processes here (as in test_properties_engines.py)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from golden import ROOT, mask_provenance

from rome_elements.engine import rete

DEMO = "examples/belarus_children.yaml"
GOLDEN = ROOT / "tests" / "golden" / "check" / "belarus_children.reasonable_grounds.txt"


def run(cache: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT), ELEMENTS_CACHE=cache)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def check(cache: str) -> str:
    done = run(cache, "-m", "rome_elements.cli.main", "check", DEMO)
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    return done.stdout


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.pickle"))}


@pytest.mark.skipif(rete.available() is not None, reason=str(rete.available()))
def test_cold_warm_and_damaged_caches_give_the_same_report(tmp_path: Path) -> None:
    expected = GOLDEN.read_text(encoding="utf-8")
    folder = tmp_path / "cache"
    assert mask_provenance(check(str(folder))) == expected  # cold: builds both
    stored = files(folder)
    # the parse tables are cached too, but read only when a DSL file is parsed (a cold library)
    assert sorted(name.split("-")[0] for name in stored) == ["grammar", "library", "rete"]
    assert mask_provenance(check(str(folder))) == expected  # warm: reads both, writes nothing new
    assert files(folder) == stored
    for name, data in stored.items():
        if name.startswith("grammar-"):
            continue
        flipped = data[:-100] + bytes([data[-100] ^ 1]) + data[-99:]
        truncated = data[: len(data) // 2]
        headless = pickle.dumps(None)  # a pickle without the header and digest
        for damaged in (flipped, truncated, headless):
            (folder / name).write_bytes(damaged)
            assert mask_provenance(check(str(folder))) == expected
            assert files(folder) == stored, "the damaged file is rebuilt"


@pytest.mark.skipif(rete.available() is not None, reason=str(rete.available()))
def test_cache_off_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env_cache = tmp_path / "xdg"
    done = subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", "check", DEMO],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(
            os.environ,
            NO_COLOR="1",
            PYTHONPATH=str(ROOT),
            ELEMENTS_CACHE="off",
            HOME=str(home),
            XDG_CACHE_HOME=str(env_cache),
        ),
    )
    assert done.returncode == 1, done.stderr
    assert mask_provenance(done.stdout) == GOLDEN.read_text(encoding="utf-8")
    assert not env_cache.exists() and not home.exists()


_KINDS = """
from rome_elements.engine import reference, rete
from rome_elements.rules.program import Const, Pattern, Program, Rule, Test

facts = [{"id": "a", "type": "t", "x": True}, {"id": "b", "type": "t", "x": 1}]
for value in (1, True, 1, "1"):
    # Program(... Const(1) ...) == Program(... Const(True) ...): the compiled programs of
    # this process must be told apart by kind all the same
    p = Program((Rule("r", "s", "e", (Pattern("t", (Test("x", "eq", Const(value)),)),)),))
    assert rete.evaluate(p, facts) == reference.evaluate(p, facts), value
print("ok")
"""


@pytest.mark.skipif(rete.available() is not None, reason=str(rete.available()))
def test_compiled_programs_are_kept_by_kind_of_constant(tmp_path: Path) -> None:
    done = run(str(tmp_path / "cache"), "-c", _KINDS)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok\n"


def test_a_warm_check_of_one_case_loads_neither_lark_nor_the_process_pool(tmp_path: Path) -> None:
    """With the library served from the cache, a check of one case file does not import the
    parser (Lark) nor a situation's process machinery: each costs the small case a tenth of its
    time (benchmarks/run, small case against the bare imports)."""
    folder = str(tmp_path / "cache")
    check(folder)  # cold: parses the library
    probe = (
        "import sys\n"
        "from rome_elements.cli.main import main\n"
        f"try:\n    main(['check', {DEMO!r}], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "loaded = ('lark', 'rome_elements.rules.parse', 'concurrent.futures.process',\n"
        "          'multiprocessing', 'rome_elements.engine.situation')\n"
        "print(sorted(m for m in loaded if m in sys.modules), file=sys.stderr)\n"
    )
    done = run(folder, "-c", probe)
    assert done.stderr.strip().splitlines()[-1] == "[]"
