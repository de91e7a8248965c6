"""Hostile input, second round (issue 14): bounded diagnostics, redaction that holds, no
internal error on user input, no terminal spoofing.

Golden messages for whole files are in tests/cases/bad/ and tests/dsl/bad/; these tests pin
the behaviours behind them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import Result
from golden import ROOT

from rome_elements.base.diagnostics import (
    MAX_QUOTE,
    MAX_SHOWN,
    Diagnostic,
    Span,
    quote_line,
    render,
    render_all,
)
from rome_elements.base.text import cells, visible
from rome_elements.engine import rete

# ---- bounded diagnostics -------------------------------------------------------------------------


def _caret_target(shown: str, before: int) -> str:
    """The character of `shown` that starts at terminal cell `before`."""
    at = 0
    for ch in shown:
        if at == before:
            return ch
        at += cells(ch)
    raise AssertionError("caret beyond the line")


def test_a_long_line_is_cut_to_a_window_with_the_caret_under_the_column() -> None:
    line = ", ".join(f"E{n}" for n in range(30_000))
    at = line.index("E15000")
    shown, before, width = quote_line(line, at, len("E15000"))
    assert len(shown) <= MAX_QUOTE + 2
    assert shown.startswith("…") and shown.endswith("…")
    assert shown[before:].startswith("E15000")
    assert width == len("E15000")


def test_wide_characters_tabs_and_controls_keep_the_caret_in_place() -> None:
    line = "\t名前: 「証拠」\x1b[2J\u202e E7 " + "x" * 300
    at = line.index("E7")
    shown, before, width = quote_line(line, at, 2)
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "\\x1b[2J\\u202e" in shown
    assert _caret_target(shown, before) == "E"
    assert width == 2
    assert sum(cells(c) for c in shown) <= MAX_QUOTE + 2


def test_a_caret_past_the_end_of_the_line_stays_one_wide() -> None:
    shown, before, width = quote_line("abc", 3)
    assert (shown, before, width) == ("abc", 3, 1)


def test_only_the_first_diagnostics_are_printed_then_a_count() -> None:
    diags = [Diagnostic("error", f"problem {n}", Span("x.yaml", 1, n + 1)) for n in range(30_000)]
    text = render_all(diags, {"x.yaml": "y" * 30_001})
    assert text.count("error: problem") == MAX_SHOWN
    assert f"… and {30_000 - MAX_SHOWN:,} more problems" in text
    assert text.endswith("30,000 errors")
    assert len(text) < 20_000


def test_messages_and_quoted_lines_show_control_characters_as_escapes() -> None:
    diag = Diagnostic(
        "error",
        "no evidence item has the id `E1\x1b]0;pwned\x07`",
        Span("x.yaml", 1, 1),
        suggestion="E1\nMADE OUT",
        notes=("\u2066note\u2069",),
    )
    text = render(diag, {"x.yaml": "id: \x1b[2J\u202eE1"})
    assert all(visible(line) == line for line in text.split("\n"))
    assert len(text.split("\n")) == 6
    assert "\\x1b]0;pwned\\x07" in text and "E1\\nMADE OUT" in text and "\\u2066note" in text


# ---- user input never ends in an internal error (exit 3) -----------------------------------------

DEMO = ROOT / "examples" / "belarus_children.yaml"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _demo_copy(tmp_path: Path, old: str, new: str, name: str = "case.yaml") -> Path:
    shutil.copytree(ROOT / "examples" / "sources", tmp_path / "sources")
    text = DEMO.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.skipif(rete.available() is not None, reason=str(rete.available()))
def test_a_text_too_long_for_durable_rules_falls_back_or_is_named(tmp_path: Path) -> None:
    case = _demo_copy(
        tmp_path,
        "    territory: Russian-occupied territory of Ukraine\n",
        f"    territory: {'x' * 40_000}\n    since: 2022-02-24\n",
    )
    # a dated transfer: the occupation can then take part in a match, so rete must hold it
    text = case.read_text(encoding="utf-8")
    case.write_text(
        text.replace(
            "    cross_border: true\n", "    cross_border: true\n    date: 2022-06-01\n", 1
        ),
        encoding="utf-8",
    )
    auto = run("check", str(case), "--engine", "auto")
    assert auto.returncode == 1, auto.stderr
    assert "note: durable-rules cannot hold fact F2, attribute `territory`" in auto.stderr
    assert "used the reference evaluator" in auto.stderr
    reference = run("check", str(case), "--engine", "reference")
    assert auto.stdout == reference.stdout
    forced = run("check", str(case), "--engine", "rete")
    assert forced.returncode == 2, forced.stderr
    assert forced.stderr.startswith(
        "error: --engine rete: durable-rules cannot hold fact F2, attribute `territory`: a text "
        "value of 40000 characters is too long"
    )
    assert "internal error" not in forced.stderr


def test_a_huge_whole_number_is_a_located_error(tmp_path: Path) -> None:
    case = _demo_copy(
        tmp_path, "    under_18: true\n", f"    under_18: true\n    max_age: 0x{'f' * 5000}\n"
    )
    result = run("check", str(case))
    assert result.returncode == 2, result.stderr
    assert "case.yaml:167:14: error: `max_age` is too large a number" in result.stderr
    big = _demo_copy(tmp_path / "b", "    count: 2100\n", f"    count: {2**53 + 1}\n")
    assert run("check", str(big)).returncode == 2
    edge = _demo_copy(tmp_path / "c", "    count: 2100\n", f"    count: {2**53}\n")
    assert run("check", str(edge)).returncode == 1


def test_a_lone_surrogate_in_a_json_case_file_is_a_located_error(tmp_path: Path) -> None:
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    text = json.dumps(data, default=str).replace("Aliaksandr Lukashenka", "Aliaksandr \\ud800")
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 2, result.stderr
    assert "error: `\\ud800` is not valid Unicode" in result.stderr
    paired = tmp_path / "paired.json"
    paired.write_text(text.replace("\\ud800", "\\ud83d\\ude00"), encoding="utf-8")
    assert run("check", str(paired)).returncode == 1


def test_a_deeply_nested_requirement_is_a_located_error_in_lint_and_check(tmp_path: Path) -> None:
    nested = "".join(f"(transfer(count > {n}) {'and' if n % 2 else 'or'} " for n in range(1000))
    dsl = tmp_path / "deep.el"
    dsl.write_text(
        'fact transfer "Moved." {\n  count: int?\n}\n\ncrime sample "Sample" {\n'
        '  article "X-1"\n  source "test"\n  element conduct material conduct\n'
        f'    "Text."\n    requires {nested}transfer(count > 0){")" * 1000}\n}}\n',
        encoding="utf-8",
    )
    for args in (("lint", str(dsl)), ("check", str(DEMO), "--library", str(dsl))):
        result = run(*args)
        assert result.returncode == 2 if args[0] == "check" else result.returncode in (1, 2)
        assert "deep.el:10:" in result.stderr and "expression nested too deeply" in result.stderr
        assert "internal error" not in result.stderr and "Recursion" not in result.stderr


# ---- redaction that holds -----------------------------------------------------------------------

SECRET_CASE = """\
case: Redaction test case
standard: reasonable_grounds
accused:
  - {id: a1, name: Accused One}
charges:
  - {accused: a1, crime: 8(2)(a)(vii)-1, mode: aiding_abetting}
evidence:
  - {id: E1, kind: testimony, source: Witness ALPHA-7, reliability: B, credibility: 2,
     excerpt: the buses left at night, origin: Informant ALPHA-7, document: alpha7_note.pdf,
     date: 2021-03-17, file: alpha7_statement.txt, sha256: "%s", confidential: true}
  - {id: E2, kind: press, source: Public press report, reliability: C, credibility: 2,
     excerpt: buses were seen, origin: Informant ALPHA-7, date: 2022-01-05}
facts:
  - {id: G1, type: group, description: children, nationals_of: Ukraine, civilian: true,
     evidence: [E2]}
  - {id: F1, type: transfer, persons: G1, origin: Mariupol, destination: Rostov,
     cross_border: true, evidence: [E1, E2]}
"""
SECRETS = ("ALPHA-7", "alpha7", "2021-03-17", "buses left at night")


def test_redact_hides_origin_document_date_and_file_name_in_every_format(tmp_path: Path) -> None:
    (tmp_path / "alpha7_statement.txt").write_text("Statement.\n", encoding="utf-8")
    case = tmp_path / "case.yaml"
    case.write_text(SECRET_CASE % ("0" * 64), encoding="utf-8")  # the file fails its check
    plain = run("check", str(case), "--format", "json")
    assert all(s in plain.stdout for s in SECRETS), "the secrets are in the unredacted report"
    for fmt in ("text", "json", "markdown", "html"):
        result = run("check", str(case), "--format", fmt, "--redact", "--verbose")
        assert result.returncode in (0, 1), result.stderr
        leaked = [s for s in SECRETS if s in result.stdout or s in result.stderr]
        assert not leaked, (fmt, leaked)
        if fmt != "text":
            assert "redacted: E1" in result.stdout, fmt
    report = json.loads(run("check", str(case), "--format", "json", "--redact").stdout)
    e1 = next(e for e in report["evidence"] if e["id"] == "E1")
    assert e1["grade"] == "B2" and e1["kind"] == "testimony"  # what the reader needs stays
    assert e1["integrity"] == "its file failed the integrity check (details redacted)"


def test_a_problem_inside_confidential_evidence_quotes_no_source_text(tmp_path: Path) -> None:
    bad = SECRET_CASE.replace("date: 2021-03-17", "date: met ALPHA-7 at the safe house") % (
        "0" * 64
    )
    for name, text in (
        ("case.yaml", bad),
        ("case.json", json.dumps(yaml.safe_load(bad), default=str)),  # one line: all of it
        ("broken.json", json.dumps(yaml.safe_load(bad), default=str)[:-1]),  # syntax error
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = run("check", str(path))
        assert result.returncode == 2, result.stderr
        assert f"{name}:" in result.stderr
        assert not [s for s in SECRETS if s in result.stderr], (name, result.stderr)
        assert "the line is not quoted" in result.stderr


# ---- no spoofing on a terminal -------------------------------------------------------------------

SPOOF = (
    "Accused \x1b[2J\x1b]0;pwned\x07\x1b]8;;http://x\x07link\x1b]8;;\x07\nCharge 9: X — MADE OUT"
)


def test_control_characters_in_case_text_never_reach_the_terminal(tmp_path: Path) -> None:
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["case"] = "Title \u202eevil\x9b"
    data["accused"][0]["name"] = SPOOF
    shutil.copytree(ROOT / "examples" / "sources", tmp_path / "sources")
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, default=str), encoding="utf-8")
    for fmt in ("text", "markdown"):
        result = run("check", str(path), "--format", fmt)
        assert result.returncode == 1, result.stderr
        for bad in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert bad not in result.stdout, (fmt, bad)
        forged = [x for x in result.stdout.splitlines() if x.lstrip("#* ").startswith("Charge 9")]
        assert not forged, fmt  # the name's newline starts no line of its own
        assert "\\x1b" in result.stdout.replace("\\\\", "\\"), fmt
    html_out = run("check", str(path), "--format", "html").stdout
    assert "\x1b" not in html_out and "\u202e" not in html_out
    assert "<bdi>Accused \\x1b[2J" in html_out
    other = tmp_path / "other.json"
    data["accused"][0]["name"] = "Someone else\x1b[31m"
    other.write_text(json.dumps(data, default=str), encoding="utf-8")
    diff = run("diff", str(path), str(other))
    assert "\x1b" not in diff.stdout and "\x1b" not in diff.stderr
    bad_id = run("check", str(path), "--without", "E1\x1b[2J")
    assert bad_id.returncode == 2 and "\x1b" not in bad_id.stderr
    assert "E1\\x1b[2J" in bad_id.stderr


# ---- third round (issue 19) ----------------------------------------------------------------------

PROBE = """\
case: Probe
standard: reasonable_grounds
accused:
  - {id: a1, name: Accused One}
charges:
  - {accused: a1, crime: 8(2)(a)(vii)-1, mode: aiding_abetting}
evidence:
  - id: E1
    kind: testimony
    source: Witness ALPHA-7
    reliability: B
    credibility: 2
    excerpt: the buses left at night
    date: 2021-03-17
  - {id: E2, kind: press, source: Public press report, reliability: C, credibility: 2,
     excerpt: buses were seen}
facts:
  - {id: G1, type: group, description: children, nationals_of: Ukraine, civilian: true,
     evidence: [E2]}
  - {id: F1, type: transfer, persons: G1, origin: Mariupol, destination: Rostov,
     cross_border: true, evidence: [E1, E2]}
"""


def check_cli(path: Path, *args: str) -> Result:
    """`elements check PATH ARGS` in this process (click's runner): quicker than a subprocess
    for the many variants below."""
    from click.testing import CliRunner

    from rome_elements.cli.main import main

    return CliRunner().invoke(main, ["check", str(path), *args])


@pytest.mark.parametrize(
    "char", ["\u200b", "\u00ad", "\ufeff", "\u2060", "\u200d", "\ufe0f", "\u00a0", "\u3164"]
)
def test_an_id_with_an_invisible_character_is_named_by_code_point(
    tmp_path: Path, char: str
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(PROBE.replace("{id: E2,", f"{{id: E{char}2,"), encoding="utf-8")
    result = check_cli(path)
    assert result.exit_code == 2, result.output
    code = f"U+{ord(char):04X}"
    line = next(x for x in result.output.splitlines() if code in x)
    assert line.startswith(f"{path}:15:10: error: the id `E\\"), line
    assert "an invisible character, at character 2" in line
    assert char not in result.output.replace("\u00a0", "") or char == "\u00a0"


def _as_json(text: str) -> str:
    return json.dumps(yaml.safe_load(text), default=str, indent=1)


@pytest.mark.parametrize(
    "when", ["2021-03-17T23:30:00+05:00", "2021-03-17 23:30:00Z", "2021-03-17T10:00:00"]
)
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_date_with_a_time_is_refused_not_cut_to_its_day(
    tmp_path: Path, when: str, suffix: str
) -> None:
    if suffix == ".yaml":
        text = PROBE.replace("date: 2021-03-17", f"date: {when}")
    else:
        text = _as_json(PROBE).replace('"2021-03-17"', json.dumps(when))
    path = tmp_path / f"case{suffix}"
    path.write_text(text, encoding="utf-8")
    result = check_cli(path)
    assert result.exit_code == 2, result.output
    assert f'(e.g. 2023-07-19), not a date with a time: "{when}"' in result.output
    assert "could change the day" in result.output


@pytest.mark.parametrize(
    "number", ["0x2", "0o17", "017", "1:30:00", "1_000", "0b10", ".inf", "190:20:30.15"]
)
def test_yaml_1_1_numbers_are_text_never_numbers(tmp_path: Path, number: str) -> None:
    from rome_elements.api import load_case, load_library

    path = tmp_path / "case.yaml"
    as_count = PROBE.replace("cross_border: true,", f"cross_border: true, count: {number},")
    path.write_text(as_count.replace("credibility: 2\n", f"credibility: {number}\n"), "utf-8")
    result = check_cli(path)
    assert result.exit_code == 2, result.output
    assert f'(cannot be judged), not "{number}"' in result.output
    assert f'`count` must be a whole number, not "{number}"' in result.output
    # where text is expected, the text as written (as a JSON file would give it)
    path.write_text(PROBE.replace("origin: Mariupol", f"origin: {number}"), "utf-8")
    case = load_case(path, load_library())
    assert next(f for f in case.facts if f.id == "F1").attributes["origin"] == number


def test_ids_with_digit_runs_past_pythons_int_limit_sort_and_report(tmp_path: Path) -> None:
    from rome_elements.engine.ids import natural_key, natural_sorted, rank_ids

    huge = "9" * 5000
    ids = ["E10", f"E{huge}", "E2", f"E{huge[:-1]}8", f"X{huge}Y1", "E1"]
    assert natural_sorted(ids)[:3] == ["E1", "E2", "E10"]
    assert set(rank_ids(ids)) == set(ids) and natural_key(f"X{huge}Y1")
    first = PROBE.replace("{id: E2,", f"{{id: E{huge},")
    second = first.replace("id: a1", f"id: {huge}").replace("accused: a1", f"accused: {huge}")
    text = (first, second)
    for n, variant in enumerate(text):
        path = tmp_path / f"case{n}.yaml"
        path.write_text(variant.replace("[E2]", f"[E{huge}]").replace(", E2]", f", E{huge}]"))
        report = tmp_path / f"report{n}.json"
        for fmt in ("text", "markdown", "html", "csv", "json"):
            result = check_cli(path, "--format", fmt, "-o", str(report))
            assert result.exit_code == 1, (fmt, result.output)
    from click.testing import CliRunner

    from rome_elements.cli.main import main

    diffed = CliRunner().invoke(main, ["diff", str(tmp_path / "report0.json"), str(report)])
    assert diffed.exit_code in (0, 1), diffed.output


_MARKS = {
    "bool tag": "confidential: !!bool true",
    "bool tag yes": "confidential: !!bool yes",
    "upper case": "confidential: TRUE",
    "yes": "confidential: yes",
    "quoted true": 'confidential: "true"',
    "one": "confidential: 1",
    "capitalised key": "Confidential: true",
    "shouting key": "CONFIDENTIAL: yes",
    "invisible in key": "confid\u200bential: true",
    "escaped key": '"confid\\u0065ntial": true',
    "alias": "confidential: *yes",
    "merge": "<<: {confidential: true}",
    "merge alias": "<<: *marks",
    "given twice": "confidential: false\n    confidential: true",
}


@pytest.mark.parametrize("broken", [False, True], ids=["bad value", "bad syntax"])
@pytest.mark.parametrize("mark", list(_MARKS.values()), ids=list(_MARKS))
def test_no_confidential_line_is_quoted_however_confidential_is_spelt(
    tmp_path: Path, mark: str, broken: bool
) -> None:
    secret = '"met ALPHA-7 at: the safe house' if broken else "met ALPHA-7 at the safe house"
    text = PROBE.replace("date: 2021-03-17", f"date: {secret}\n    {mark}").replace(
        "standard: reasonable_grounds",
        "standard: reasonable_grounds\nnotes: &yes true\nx-marks: &marks {confidential: true}",
    )
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    result = check_cli(path)
    assert result.exit_code == 2, result.output
    assert "ALPHA-7" not in result.output, result.output
    assert "the line is not quoted" in result.output


@pytest.mark.parametrize("broken", [False, True], ids=["bad value", "bad syntax"])
@pytest.mark.parametrize(
    "key",
    ['"confid\\u0065ntial"', '"\\u0043onfidential"', '"confidential": false, "confidential"'],
    ids=["escaped", "escaped capital", "given twice"],
)
def test_no_confidential_line_of_a_json_file_is_quoted(
    tmp_path: Path, key: str, broken: bool
) -> None:
    data = yaml.safe_load(PROBE)
    data["evidence"][0]["date"] = "met ALPHA-7 at the safe house"
    data["evidence"][0]["confidential"] = True
    text = json.dumps(data, default=str, indent=1).replace('"confidential"', key)
    if broken:
        text = text.replace('the safe house",', 'the safe house" @')
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    result = check_cli(path)
    assert result.exit_code == 2, result.output
    assert "ALPHA-7" not in result.output, result.output


def test_problems_beyond_a_thousand_are_counted_not_kept(tmp_path: Path) -> None:
    from rome_elements.api import load_case, load_library
    from rome_elements.base.diagnostics import MAX_KEPT, InputError

    refs = ", ".join(f"X{i}" for i in range(30_000))  # 30,000 dangling references
    path = tmp_path / "case.yaml"
    path.write_text(PROBE.replace("evidence: [E1, E2]}", f"evidence: [E1, E2, {refs}]}}"))
    with pytest.raises(InputError) as caught:
        load_case(path, load_library())
    assert len(caught.value.diagnostics) == MAX_KEPT
    assert caught.value.diagnostics.omitted == 30_000 - MAX_KEPT
    result = check_cli(path)
    assert result.exit_code == 2
    assert f"… and {30_000 - MAX_SHOWN:,} more problems" in result.output
    assert result.output.rstrip().endswith("\n30,000 errors")
    assert result.output.count("no evidence item has the id") == MAX_SHOWN


def test_aliases_repeating_more_text_than_the_bound_are_refused_where_they_cross_it(
    tmp_path: Path,
) -> None:
    big = "x" * (1 << 20)  # 1 MiB of excerpt, anchored once
    items = "".join(
        f"  - {{id: A{i}, kind: press, source: S{i}, reliability: C, credibility: 2, "
        "excerpt: *big}\n"
        for i in range(6)
    )
    text = PROBE.replace(
        "standard: reasonable_grounds", f"standard: reasonable_grounds\nnotes: &big {big}"
    ).replace("facts:\n", items + "facts:\n", 1)
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    result = check_cli(path)
    assert result.exit_code == 2, result.output[:2000]
    assert f"{path}:22:80: error: aliases (`*name`) repeat more than 4," in result.output
    assert "characters of text by this one (4 times the file's own" in result.output
    # four copies are within the bound (the items are not cited: the case is otherwise valid)
    four = "".join(items.splitlines(keepends=True)[:4])
    path.write_text(text.replace(items, four), encoding="utf-8")
    assert check_cli(path).exit_code in (0, 1)


def test_one_long_excerpt_under_several_items_is_printed_once(tmp_path: Path) -> None:
    """An excerpt aliased by several evidence items (issue 19: 5 MiB under 4 items made every
    report 4 times the case file) is printed once; the other items refer to the first."""
    big = "the statement " * 200  # 2,800 characters: above SAME_EXCERPT_MIN
    items = "".join(
        f"  - {{id: A{i}, kind: press, source: S{i}, reliability: C, credibility: 2, "
        "excerpt: *big}\n"
        for i in range(3)
    )
    case = tmp_path / "aliased.yaml"
    case.write_text(
        f"case: Aliased excerpt\nnotes: &big {big}\nstandard: reasonable_grounds\n"
        "accused:\n  - {id: a1, name: Accused One}\n"
        "charges:\n  - {accused: a1, crime: 8(2)(a)(vii)-1, mode: aiding_abetting}\n"
        f"evidence:\n{items}"
        "facts:\n  - {id: G1, type: group, description: children, nationals_of: Ukraine, "
        "civilian: true, evidence: [A0, A1, A2]}\n",
        encoding="utf-8",
    )
    for fmt in ("html", "markdown"):
        out = tmp_path / f"report.{fmt}"
        done = run("check", str(case), "--format", fmt, "-o", str(out))
        assert done.returncode in (0, 1), done.stderr
        text = out.read_text(encoding="utf-8")
        assert text.count(big.strip()) == 1, fmt
        assert text.count("the same text as the excerpt of") == 2, fmt
    data = json.loads(run("check", str(case), "--format", "json").stdout)
    assert [e["excerpt"] for e in data["evidence"]] == [big.strip()] * 3  # JSON: the data
