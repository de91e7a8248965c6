"""Evidence integrity (file + sha256 inside the case folder) and redaction of confidential items."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from golden import ROOT

CASE = """\
case: Integrity and redaction test case
standard: reasonable_grounds
accused:
  - {{id: a1, name: Accused One}}
charges:
  - {{accused: a1, crime: 8(2)(a)(vii)-1, mode: aiding_abetting}}
evidence:
  - {{id: E1, kind: testimony, source: Witness W-1 (protected), reliability: B, credibility: 2,
     excerpt: the children were taken by bus to Rostov, file: statement.txt, sha256: "{sha}",
     confidential: true}}
  - {{id: E2, kind: testimony, source: Witness W-2, reliability: B, credibility: 2,
     excerpt: tampered copy, file: statement.txt, sha256: "{zero}"}}
  - {{id: E3, kind: document, source: Missing exhibit, reliability: B, credibility: 2,
     excerpt: missing, file: no_such_file.pdf, sha256: "{sha}"}}
  - {{id: E4, kind: document, source: Outside, reliability: B, credibility: 2, excerpt: x,
     file: ../outside.txt}}
  - {{id: E5, kind: document, source: Symlink, reliability: B, credibility: 2, excerpt: x,
     file: link.txt}}
facts:
  - {{id: G1, type: group, description: children, nationals_of: Ukraine, civilian: true,
     evidence: [E1]}}
  - {{id: F1, type: transfer, persons: G1, origin: Mariupol, destination: Rostov,
     cross_border: true, evidence: [E1]}}
  - {{id: F2, type: transfer, persons: G1, origin: Volnovakha, destination: Rostov,
     cross_border: true, evidence: [E2, E3, E4, E5]}}
"""


def make_case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    statement = folder / "statement.txt"
    statement.write_text("Statement of witness W-1.\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("outside\n", encoding="utf-8")
    os.symlink(tmp_path / "outside.txt", folder / "link.txt")
    sha = hashlib.sha256(statement.read_bytes()).hexdigest()
    path = folder / "case.yaml"
    path.write_text(CASE.format(sha=sha, zero="0" * 64), encoding="utf-8")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_each_kind_of_integrity_failure_is_named_and_not_weighed(tmp_path: Path) -> None:
    case = make_case(tmp_path)
    before = case.read_bytes()
    report = json.loads(run("check", str(case), "--format", "json").stdout)
    problems = {e["id"]: e["integrity"] for e in report["evidence"]}
    assert problems["E1"] is None
    assert "does not match the recorded sha256" in problems["E2"]
    assert "does not exist" in problems["E3"]
    assert "outside the case file's folder" in problems["E4"]
    assert "outside the case file's folder" in problems["E5"]
    facts = {f["id"]: f for f in report["facts"]}
    assert facts["F2"]["status"] == "insufficient"  # all its evidence failed
    assert facts["F1"]["status"] == "supported"
    # the failure is named on the conduct element of the act resting on F2
    (act,) = [a for a in report["charges"][0]["acts"] if a["act"] == "F2"]
    conduct = act["elements"][0]
    assert any("E2 (evidence for F2) failed its integrity check" in n for n in conduct["notes"])
    assert case.read_bytes() == before


def test_tampering_with_the_file_is_caught_on_the_next_run(tmp_path: Path) -> None:
    case = make_case(tmp_path)
    (case.parent / "statement.txt").write_text("Altered.\n", encoding="utf-8")
    report = json.loads(run("check", str(case), "--format", "json").stdout)
    problems = {e["id"]: e["integrity"] for e in report["evidence"]}
    assert "does not match" in problems["E1"]


def test_redact_hides_confidential_source_and_excerpt_in_every_format(tmp_path: Path) -> None:
    case = make_case(tmp_path)
    for fmt in ("text", "json", "markdown", "html"):
        out = run("check", str(case), "--format", fmt, "--redact", "--verbose").stdout
        assert "Witness W-1" not in out and "taken by bus" not in out, fmt
        if fmt != "text":
            assert "redacted: E1" in out, fmt
    plain = run("check", str(case), "--format", "json").stdout
    assert "Witness W-1" in plain


def test_redaction_is_decided_by_the_flag_not_by_what_a_source_reads(tmp_path: Path) -> None:
    """A confidential item whose source happens to read "[redacted: E1]" is not a request to
    redact: without --redact, its excerpt, origin and document are printed as written."""
    case = make_case(tmp_path)
    text = case.read_text(encoding="utf-8").replace(
        "source: Witness W-1 (protected)", 'source: "[redacted: E1]", origin: Mariupol office'
    )
    case.write_text(text, encoding="utf-8")
    for fmt in ("json", "markdown", "html"):
        out = run("check", str(case), "--format", fmt, "--verbose").stdout
        assert "taken by bus" in out and "Mariupol office" in out, fmt
    shared = run("check", str(case), "--format", "json", "--redact").stdout
    assert "taken by bus" not in shared and "Mariupol office" not in shared
