"""Hostile or unlucky input and output: nothing is destroyed, nothing is left behind, every
failure is one clear line with the right exit code (never "internal error, please report").

* `--output` never overwrites an input (`check`'s case file, either file `diff` compares),
  never replaces a symbolic link, a device or a FIFO with a regular file, keeps the user's
  umask and an existing report's mode, and makes a report with confidential evidence private;
* streams without a size (/dev/zero, a FIFO fed forever) hit the size limit while reading;
* Ctrl-C exits 130, SIGTERM 143, SIGHUP 129, leaving no partial or temporary file;
* a missing folder or a full disk: exit 2 and one line; `| head`: exit 141, quietly;
* a case with no charges is an input error, not "made out".
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from golden import ROOT

from rome_elements.cli.main import main
from rome_elements.cli.output import Terminated, signals_as_exceptions, write_report

DEMO = ROOT / "examples" / "belarus_children.yaml"
CONFIDENTIAL = "  - id: E1\n    confidential: true\n"


def run(
    *args: str, timeout: float = 120, limit_memory: bool = False
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    env.pop("PYTHONUNBUFFERED", None)  # unbuffered text stdout drops a broken pipe's error

    def cap() -> None:  # an unbounded read fails fast instead of filling the machine
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    return subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        preexec_fn=cap if limit_memory else None,
    )


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def case_copy(tmp_path: Path, name: str = "case.yaml", confidential: bool = False) -> Path:
    text = DEMO.read_text(encoding="utf-8")
    if confidential:
        text = text.replace("\n  - id: E1\n", "\n" + CONFIDENTIAL, 1)
        assert CONFIDENTIAL in text
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- --output: what may be written, and how --------------------------------------------------


def test_diff_refuses_to_write_onto_either_input(tmp_path: Path) -> None:
    before, after = case_copy(tmp_path, "a.yaml"), case_copy(tmp_path, "b.yaml")
    saved = before.read_bytes()
    for target, name in ((before, "BEFORE"), (after, "AFTER")):
        done = run("diff", str(before), str(after), "-o", str(target))
        assert done.returncode == 2
        assert done.stderr == (
            f"error: --output {target} is {name}, one of the files compared; "
            "refusing to overwrite it\n"
        )
        assert target.read_bytes() == saved
    os.link(before, tmp_path / "hard.yaml")  # the same file under another name
    done = run("diff", str(before), str(after), "-o", str(tmp_path / "hard.yaml"))
    assert done.returncode == 2 and before.read_bytes() == saved


def test_check_refuses_the_case_file_even_through_a_hard_link(tmp_path: Path) -> None:
    case = case_copy(tmp_path)
    saved = case.read_bytes()
    os.link(case, tmp_path / "report.txt")
    done = run("check", str(case), "-o", str(tmp_path / "report.txt"))
    assert done.returncode == 2 and "is the case file itself" in done.stderr
    assert case.read_bytes() == saved


def test_a_symbolic_link_is_refused_not_replaced(tmp_path: Path) -> None:
    case = case_copy(tmp_path)
    link = tmp_path / "report.txt"
    link.symlink_to(case)
    done = run("check", str(case), "-o", str(link))
    assert done.returncode == 2
    assert done.stderr == (
        f"error: --output {link} is a symbolic link; refusing to replace it "
        "(give the path of the file itself)\n"
    )
    assert link.is_symlink() and case.read_bytes() == DEMO.read_bytes()


def device(tmp_path: Path, name: str, minor: int) -> str:
    """A character device to write to: as root, a node of our own in `tmp_path` (a regression
    run as root must not replace the system's /dev/null), else the system's."""
    if os.getuid() != 0:
        return f"/dev/{name}"
    path = tmp_path / name
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return str(path)


def test_a_character_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    null = device(tmp_path, "null", 3)
    before = os.stat(null)
    done = run("check", str(DEMO), "-o", null)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "")
    after = os.stat(null)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = run("check", str(DEMO), "--format", "json", "-o", str(fifo))
    reader.join(30)
    assert done.returncode == 1, done.stderr
    assert json.loads(received[0])["report_version"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert listing(tmp_path) == ["report.fifo"]


def test_a_folder_or_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        done = run("check", str(DEMO), "-o", str(path))
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: --output {path} is a special file")
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_a_new_report_follows_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "report.txt"
    old = os.umask(umask)
    try:
        write_report(target, "report\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_an_existing_report_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_report(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert listing(tmp_path) == ["report.txt"]


def test_a_report_showing_confidential_evidence_is_private(tmp_path: Path) -> None:
    case = case_copy(tmp_path, confidential=True)
    shown, redacted, existing = (tmp_path / n for n in ("shown.txt", "redacted.txt", "old.txt"))
    existing.write_text("old", encoding="utf-8")
    existing.chmod(0o664)
    old = os.umask(0o022)
    try:
        assert run("check", str(case), "-o", str(shown)).returncode == 1
        assert run("check", str(case), "--redact", "-o", str(redacted)).returncode == 1
        assert run("check", str(case), "-o", str(existing)).returncode == 1
    finally:
        os.umask(old)
    assert stat.S_IMODE(shown.stat().st_mode) == 0o600
    assert stat.S_IMODE(redacted.stat().st_mode) == 0o644
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600


# ---- unbounded input ---------------------------------------------------------------------------


def test_read_limited_reads_up_to_the_limit_and_no_further(tmp_path: Path) -> None:
    from rome_elements.base.fileio import TooLarge, read_limited

    exact, over = tmp_path / "exact", tmp_path / "over"
    exact.write_bytes(b"x" * 1000)
    over.write_bytes(b"x" * 1001)
    assert read_limited(exact, 1000) == b"x" * 1000
    with pytest.raises(TooLarge) as info:
        read_limited(over, 1000)
    assert info.value.size == 1001  # a regular file: refused by its size, before reading
    with pytest.raises(TooLarge) as info:
        read_limited("/dev/zero", 3 << 20)
    assert info.value.size is None  # a stream: only "more than the limit" is known


def test_dev_zero_as_a_case_file_is_refused_at_the_limit() -> None:
    done = run("check", "/dev/zero", limit_memory=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(
        "error: /dev/zero holds more than 256 MiB; case files are limited to 256 MiB\n"
    )


def test_a_fifo_fed_forever_is_refused_at_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "case.yaml"
    os.mkfifo(fifo)

    def feed() -> None:
        line = b"# a comment that never ends\n" * 4096
        try:
            with open(fifo, "wb") as fh:
                while True:
                    fh.write(line)
        except OSError:  # the reader is gone
            pass

    threading.Thread(target=feed, daemon=True).start()
    done = run("check", str(fifo), limit_memory=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "holds more than 256 MiB; case files are limited to 256 MiB" in done.stderr


def test_dev_zero_as_a_dsl_file_is_refused_at_the_limit() -> None:
    done = run("lint", "/dev/zero", limit_memory=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.startswith(
        "error: /dev/zero is larger than 16 MiB; DSL files are limited to that size\n"
    )


# ---- exit codes ------------------------------------------------------------------------------

_INTERRUPT = """
import os, signal, sys
import rome_elements.cli.main

def render(report, fmt, colour=False, verbose=False, terminal=False):
    yield "the first half of a report\\n"
    os.kill(os.getpid(), signal.{signal})
    yield "the second half\\n"

rome_elements.cli.main.render_report = render
sys.argv = ["elements", "check", {case!r}, "-o", {output!r}]
rome_elements.cli.main.main()
"""


@pytest.mark.parametrize(
    ("name", "code", "message"),
    [("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated"), ("SIGHUP", 129, "terminated")],
)
def test_a_signal_while_writing_leaves_no_file(
    tmp_path: Path, name: str, code: int, message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for existing in (False, True):
        target = out / "report.txt"
        if existing:
            target.write_text("the previous report\n", encoding="utf-8")
        script = _INTERRUPT.format(signal=name, case=str(DEMO), output=str(target))
        env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
        )
        assert (done.returncode, done.stderr) == (code, f"{message}\n")
        if existing:
            assert listing(out) == ["report.txt"]
            assert target.read_text(encoding="utf-8") == "the previous report\n"
        else:
            assert listing(out) == [], "no partial report, no temporary file"


def test_terminated_unwinds_through_the_atomic_writer(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"

    def pieces() -> object:
        yield "half"
        os.kill(os.getpid(), signal.SIGTERM)
        yield "rest"

    with pytest.raises(Terminated), signals_as_exceptions():
        write_report(target, pieces())  # type: ignore[arg-type]
    assert listing(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_output_into_a_missing_folder_is_one_line_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "report.json"
    done = run("check", str(DEMO), "-o", str(target))
    assert done.returncode == 2
    assert done.stderr == (
        f"error: cannot write {target}: the folder {target.parent} does not exist\n"
    )
    (tmp_path / "file").write_text("", encoding="utf-8")
    done = run("check", str(DEMO), "-o", str(tmp_path / "file" / "report.json"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "cannot write" in done.stderr and "internal error" not in done.stderr


def test_a_full_device_is_one_line_exit_2(tmp_path: Path) -> None:
    full = device(tmp_path, "full", 7)
    done = run("check", str(DEMO), "-o", full)
    assert (done.returncode, done.stderr) == (
        2,
        f"error: cannot write {full}: No space left on device\n",
    )
    assert stat.S_ISCHR(os.stat(full).st_mode)


def test_a_full_disk_keeps_the_old_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.txt"
    target.write_text("the previous report\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = CliRunner().invoke(main, ["check", str(DEMO), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write {target}: No space left on device\n"
    assert target.read_text(encoding="utf-8") == "the previous report\n"
    assert listing(tmp_path) == ["report.txt"]


def test_an_unwritable_folder_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def denied(*args: object, **kwargs: object) -> None:  # what a 0555 folder does to a user
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    target = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["check", str(DEMO), "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr == f"error: cannot write {target}: Permission denied\n"
    assert listing(tmp_path) == []


def test_a_closed_pipe_ends_quietly_with_141() -> None:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    env.pop("PYTHONUNBUFFERED", None)
    with subprocess.Popen(
        [sys.executable, "-m", "rome_elements.cli.main", "check", str(DEMO), "--format", "json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(1) == b"{"
        proc.stdout.close()  # `| head -c 1`: the JSON report (~100 KB) outgrows the pipe
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == 141
    assert err == b""


def test_a_case_without_charges_is_an_input_error(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(
        "case: Nothing charged yet\naccused: []\ncharges: []\nevidence: []\nfacts: []\n",
        encoding="utf-8",
    )
    done = run("check", str(case), "--format", "json")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(
        f"{case}:3:1: error: the case has no charges: add at least one charge "
        "(accused, crime, mode)\n"
    )


def _demo_copy(tmp_path: Path) -> Path:
    """The demonstration case with its sources and a copy of the bundled library."""
    import shutil

    shutil.copytree(ROOT / "examples", tmp_path / "case")
    library = tmp_path / "lib"
    shutil.copytree(ROOT / "elements", library, ignore=shutil.ignore_patterns("*.py", "tests"))
    return tmp_path / "case" / "belarus_children.yaml"


@pytest.mark.parametrize(
    "target, why",
    [
        ("case/sources/000_b935c13a5c4d69b0.txt", "is the file of evidence E1"),
        ("lib/standards.el", "is a file of the law library"),
        ("lib/crimes/genocide.el", "is a file of the law library"),
    ],
)
def test_output_never_replaces_an_input_of_the_run(tmp_path: Path, target: str, why: str) -> None:
    """`-o` onto an evidence file (named with `file:` + `sha256:`) or onto a `--library` file is
    refused before anything is written: the report would destroy what it rests on."""
    case = _demo_copy(tmp_path)
    path = tmp_path / target
    before = path.read_bytes()
    for command in (
        ["check", str(case), "--library", str(tmp_path / "lib"), "-o", str(path)],
        ["diff", str(case), str(case), "-o", str(path)] if "case/" in target else None,
    ):
        if command is None:
            continue
        result = run(*command)
        assert result.returncode == 2, result.stderr
        assert why in result.stderr and "refusing to overwrite it" in result.stderr
        assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


# ---- evidence files (issue 19) ---------------------------------------------------------------


def _demo_with_sources(tmp_path: Path) -> Path:
    import shutil

    shutil.copytree(ROOT / "examples" / "sources", tmp_path / "sources")
    return case_copy(tmp_path)


def test_each_evidence_file_is_hashed_once_however_many_items_name_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rome_elements.engine import integrity

    case = _demo_with_sources(tmp_path)
    named = [x.split(":", 1)[1].strip() for x in case.read_text().splitlines() if " file: " in x]
    assert len(named) > len(set(named)), "the demonstration names some file twice"
    read: list[Path] = []
    real = integrity.sha256_of

    def counting(path: Path, limit: int | None = None) -> str:
        read.append(path)
        return real(path, limit)

    monkeypatch.setattr(integrity, "sha256_of", counting)
    result = CliRunner().invoke(main, ["check", str(case), "--format", "json"])
    assert result.exit_code == 1, result.output
    assert sorted(read) == sorted(set(read)) and len(read) == len(set(named))
    assert all(e["integrity"] is None for e in json.loads(result.output)["evidence"])


def test_an_evidence_file_over_the_size_cap_is_an_integrity_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rome_elements.engine import integrity

    case = _demo_with_sources(tmp_path)
    monkeypatch.setattr(integrity, "MAX_EVIDENCE_FILE_BYTES", 1000)  # the sources are larger
    report = json.loads(CliRunner().invoke(main, ["check", str(case), "--format", "json"]).output)
    failed = [e["integrity"] for e in report["evidence"] if e["integrity"]]
    assert failed and all("larger than" in f and "not checked" in f for f in failed), failed


def test_a_sha256_mismatch_shows_where_the_digests_differ(tmp_path: Path) -> None:
    case = _demo_with_sources(tmp_path)
    good = "3cf6aafab3f1cb5a500cd2756812dbecda20e2a6cb6780de02a685269bbf664f"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace(good, good[:-1] + "0"), encoding="utf-8")
    report = json.loads(CliRunner().invoke(main, ["check", str(case), "--format", "json"]).output)
    message = next(e["integrity"] for e in report["evidence"] if e["id"] == "E1")
    assert "recorded …" in message and "9bbf6640, found …" in message, message
    assert "9bbf664f" in message and "they differ from character 64 on" in message


# ---- standard output full or closed (issue 19) --------------------------------------------------


def _run_with_stdout(stdout: int | None, *args: str, close: bool = False) -> tuple[int, str]:
    """The command with this standard output (a descriptor), or with none (closed: `>&-`)."""
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    env.pop("PYTHONUNBUFFERED", None)

    def shut() -> None:
        os.close(1)

    done = subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", *args],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=shut if close else None,
    )
    return done.returncode, done.stderr


@pytest.mark.parametrize(
    "args",
    [("check", str(DEMO)), ("check", str(DEMO), "--format", "json"), ("lint",), ("--help",)],
    ids=["check", "check json", "lint", "help"],
)
def test_a_full_stdout_is_one_line_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    full = os.open(device(tmp_path, "full", 7), os.O_WRONLY)
    try:
        code, err = _run_with_stdout(full, *args)
    finally:
        os.close(full)
    assert (code, err) == (2, "error: cannot write to standard output: No space left on device\n")


def test_a_closed_stdout_is_one_line_exit_2_unless_there_is_an_output_file(
    tmp_path: Path,
) -> None:
    code, err = _run_with_stdout(None, "check", str(DEMO), close=True)
    assert code == 2 and err.startswith("error: cannot write to standard output: it is closed")
    assert err.count("\n") == 1
    report = tmp_path / "report.txt"
    code, err = _run_with_stdout(None, "check", str(DEMO), "-o", str(report), close=True)
    assert (code, err) == (1, "")
    assert report.read_text(encoding="utf-8").startswith("Case: ")


# ---- library folders (issue 19) ----------------------------------------------------------------


def _library_copy(tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "lib"
    shutil.copytree(
        ROOT / "elements", folder, ignore=shutil.ignore_patterns("*.py", "tests", "base", "*.yaml")
    )
    return folder


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "loop"])
def test_a_special_file_named_el_in_a_library_folder_is_refused_unread(
    tmp_path: Path, kind: str
) -> None:
    import socket

    folder = _library_copy(tmp_path)
    trap = folder / "crimes" / "trap.el"
    if kind == "fifo":
        os.mkfifo(trap)  # opened, it would wait for a writer forever
    elif kind == "socket":
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(trap))  # the file stays when the socket is closed
    elif kind == "device":
        if os.getuid() != 0:
            os.symlink("/dev/zero", trap)
        else:
            os.mknod(trap, stat.S_IFCHR | 0o666, os.makedev(1, 5))  # /dev/zero
    else:
        os.symlink(trap.name, trap)
    done = run("check", str(DEMO), "--library", str(folder), timeout=60, limit_memory=True)
    assert done.returncode == 2, done.stderr
    assert f"error: {trap} is " in done.stderr or f"error: {trap} cannot be read" in done.stderr
    assert "it is not read as part of the library" in done.stderr
    lint = run("lint", str(folder), timeout=60)
    assert lint.returncode == 1 and "not read as part of the library" in lint.stderr


def test_library_folders_nested_1100_deep_are_a_clean_error(tmp_path: Path) -> None:
    folder = _library_copy(tmp_path)
    deep = folder
    levels = []
    for _ in range(1100):
        deep = deep / "d"
        deep.mkdir()
        levels.append(deep)
    (deep / "deep.el").write_text("", encoding="utf-8")
    os.symlink(folder, folder / "crimes" / "up")  # a loop, never followed
    try:
        result = CliRunner().invoke(main, ["check", str(DEMO), "--library", str(folder)])
        assert result.exit_code == 2, result.output
        assert "has folders nested more than 32 levels deep" in result.output
        assert "Traceback" not in result.output and "RecursionError" not in result.output
    finally:
        # bottom up: pytest removes old temporary folders with a recursive `shutil.rmtree`,
        # which fails past ~1,000 levels and left this one behind (later runs then crashed)
        (deep / "deep.el").unlink()
        for level in reversed(levels):
            level.rmdir()
