"""Cache files are pickles, and unpickling runs code: a cache must come from this user.

A planted file — in the shared temp folder where Lark's grammar cache used to live, or in the
cache folder with a correct plain SHA-256 header — is never unpickled (its HMAC, keyed by a
per-user secret, does not match), and the run still succeeds. A cache folder that others can
write to, or that is not the user's, is ignored with one notice."""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from golden import ROOT, mask_provenance

from rome_elements.base import cache
from rome_elements.base.cache import digest_files
from rome_elements.rules.load import _code, bundled_paths
from rome_elements.rules.parse import MAX_DSL_BYTES

DEMO = "examples/belarus_children.yaml"
GOLDEN = ROOT / "tests" / "golden" / "check" / "belarus_children.reasonable_grounds.txt"


class Plant:
    """Unpickling it creates the folder `marker`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


def run(env: dict[str, str], *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    full.pop("ELEMENTS_CACHE", None)
    full.pop("XDG_CACHE_HOME", None)
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )


def forged(magic: bytes, marker: Path) -> bytes:
    """A cache file as an attacker can make it: the right header and a correct SHA-256."""
    payload = pickle.dumps(Plant(marker))
    return magic + hashlib.sha256(payload).digest() + payload


def test_planted_pickles_are_never_unpickled(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    uid = os.getuid()
    shared_tmp = tmp_path / "tmp"
    folder = tmp_path / "cache"
    shared_tmp.mkdir()
    folder.mkdir(mode=0o700)
    lark_file = b"0" * 64 + b"\n" + pickle.dumps(Plant(marker))
    # where Lark's grammar cache used to be: the shared temp folder, or ELEMENTS_CACHE
    (shared_tmp / f"elements-grammar-{uid}.lark").write_bytes(lark_file)
    (folder / f"elements-grammar-{uid}.lark").write_bytes(lark_file)
    # the library cache under its real key, with the previous format's plain SHA-256 header
    library = folder / f"library-{digest_files(_code(), bundled_paths(), MAX_DSL_BYTES)}.pickle"
    library.write_bytes(forged(b"elements-cache-2\n", marker))
    expected = GOLDEN.read_text(encoding="utf-8")

    # no ELEMENTS_CACHE: the grammar cache was read from $TMPDIR
    home = tmp_path / "home"
    done = run({"TMPDIR": str(shared_tmp), "HOME": str(home)}, "lint")
    assert done.returncode == 0, done.stderr
    assert not marker.exists()

    env = {"TMPDIR": str(shared_tmp), "ELEMENTS_CACHE": str(folder)}
    done = run(env, "check", DEMO)
    assert (done.returncode, mask_provenance(done.stdout), done.stderr) == (1, expected, "")
    assert not marker.exists()

    # every file the run cached, replaced by a forgery in the current format
    written = sorted(folder.glob("*.pickle"))
    assert {p.name.split("-")[0] for p in written} >= {"grammar", "library"}
    for path in written:
        path.write_bytes(forged(cache._MAGIC, marker))
    for args in (("check", DEMO), ("lint",)):
        done = run(env, *args)
        assert done.returncode in (0, 1), done.stderr
        assert done.stderr == ""
        assert not marker.exists()
    assert mask_provenance(run(env, "check", DEMO).stdout) == expected


def test_a_world_writable_cache_folder_is_ignored_with_one_notice(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o777)
    done = run({"ELEMENTS_CACHE": str(folder)}, "check", DEMO)
    assert done.returncode == 1
    assert mask_provenance(done.stdout) == GOLDEN.read_text(encoding="utf-8")
    notes = done.stderr.splitlines()
    assert len(notes) == 1, done.stderr
    assert notes[0].startswith(f"note: the cache folder {folder} is writable by others")
    assert list(folder.iterdir()) == [], "nothing is read from or written to it"


def test_a_new_cache_folder_and_its_key_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "cache"
    done = run({"ELEMENTS_CACHE": str(folder)}, "check", DEMO)
    assert done.returncode == 1, done.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    key = folder / "hmac-key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and key.stat().st_size == 32
    for path in folder.glob("*.pickle"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_cache_file_others_can_write_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    assert run({"ELEMENTS_CACHE": str(folder)}, "check", DEMO).returncode == 1
    library = next(folder.glob("library-*.pickle"))
    library.chmod(0o666)
    done = run({"ELEMENTS_CACHE": str(folder)}, "check", DEMO)
    assert done.returncode == 1
    assert mask_provenance(done.stdout) == GOLDEN.read_text(encoding="utf-8")
    assert (
        done.stderr
        == f"note: the cache file {library} is writable by others; running without the cache\n"
    )


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to give a folder to another user")
def test_a_cache_folder_of_another_user_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    done = run({"ELEMENTS_CACHE": str(folder)}, "check", DEMO)
    assert done.returncode == 1
    assert done.stderr.startswith(f"note: the cache folder {folder} is not owned by you")
    assert list(folder.iterdir()) == []


def test_a_key_others_can_read_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    assert run({"ELEMENTS_CACHE": str(folder)}, "check", DEMO).returncode == 1
    (folder / "hmac-key").chmod(0o644)
    done = run({"ELEMENTS_CACHE": str(folder)}, "check", DEMO)
    assert done.returncode == 1
    assert "note: the cache key" in done.stderr and "(delete it)" in done.stderr
