"""The Markdown memo, the HTML report and the report diff.

Golden files under tests/golden/reports/ (regenerate with UPDATE_GOLDENS=1 and review the diff):
the demonstration case, and a hand-built report whose case text is hostile (HTML, Markdown
syntax, pipes, newlines, entities, Cyrillic).
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from golden import ROOT, check_golden
from library_cases import library_cases

from rome_elements.cli.diff import ReportFormatError, changed, diff_reports, render_diff
from rome_elements.cli.html import render_html
from rome_elements.cli.markdown import render_markdown
from rome_elements.cli.text import render as render_text
from rome_elements.engine.report import (
    ActFinding,
    Chain,
    ChargeFinding,
    ElementFinding,
    EvidenceInfo,
    FactFinding,
    FormFinding,
    OptionInfo,
    Report,
    StandardInfo,
)

GOLDEN = ROOT / "tests" / "golden" / "reports"
DEMO = ROOT / "examples" / "belarus_children.yaml"

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE = (
    f"{SCRIPT} \"quotes\" &amp; 'single' | pipe | Свабода *bold* _em_ [link](http://x) "
    f"`code` # not a heading\n- not a list\n\n{IMG} </td></tr></table> <!-- c --> &lt;"
)


# -- a hand-built report: two charges, every status, hostile case text -------------------------


def _charge(
    *,
    index: int,
    accused: str,
    accused_name: str,
    crime: str,
    article: str,
    crime_title: str,
    mode: str,
    mode_article: str,
    mode_title: str,
    made_out: bool,
    elements: tuple[ElementFinding, ...],
    jurisdiction: str = "undetermined",
    jurisdiction_reasons: tuple[str, ...] = (),
) -> ChargeFinding:
    """A charge of one form resting on one act (F1)."""
    result = "made_out" if made_out else "not_made_out"
    act = ActFinding(
        "F1",
        result,
        tuple((e.part, e.id, e.status) for e in elements),
        jurisdiction,
        jurisdiction_reasons,
        elements,
    )
    form = FormFinding(mode, mode_article, mode_title, result, (act,), ("F1",) if made_out else ())
    return ChargeFinding(index, accused, accused_name, crime, article, crime_title, mode, (form,))


def _el(
    eid: str,
    part: str,
    status: str,
    facts: tuple[str, ...] = (),
    evidence: tuple[str, ...] = (),
    needs: tuple[str, ...] = (),
    kind: str = "material",
    options: tuple[str, ...] = (),
    notes: tuple[str, ...] = (),
    via: tuple[str, ...] = (),
) -> ElementFinding:
    chains = (Chain(facts, via, status),) if facts else ()
    return ElementFinding(
        id=eid,
        part=part,
        kind=kind,
        subkind=None,
        text=f"The law text of {eid}, with a | pipe and <b>markup</b> & an ampersand.",
        status=status,
        facts=facts,
        evidence=evidence,
        via=via if facts else (),
        chains=chains,
        chains_total=len(chains),
        needs=needs,
        notes=notes,
        provenance="ICC Elements of Crimes" if part == "crime" else None,
        options=options,
        derived=(),
    )


def _fact(
    fid: str,
    status: str,
    support: tuple[str, ...] = (),
    below: tuple[str, ...] = (),
    contra: tuple[str, ...] = (),
    type_: str = "transfer",
    attributes: tuple[tuple[str, object], ...] = (),
) -> FactFinding:
    return FactFinding(
        id=fid,
        type=type_,
        status=status,
        evidence=tuple(sorted(set(support) | set(below))),
        support=support,
        below=below,
        contra=contra,
        origins=("origin",) if support else (),
        inferred_from=(),
        reason=f"reason for {fid} <i>with markup</i> | and a pipe",
        attributes=attributes,
    )


def _ev(eid: str, excerpt: str, grade: str = "C2", source: str = "A source") -> EvidenceInfo:
    return EvidenceInfo(
        id=eid,
        kind="statement",
        source=source,
        date="2023-07-19",
        grade=grade,
        origin=f"origin of {eid}",
        excerpt=excerpt,
        document=f"{eid.lower()}.txt",
    )


def hostile_report(
    excerpt: str = HOSTILE,
    drop_evidence: tuple[str, ...] = (),
) -> Report:
    """A report built by hand. `drop_evidence` simulates a run without those items."""
    gone = set(drop_evidence)

    def keep(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(i for i in ids if i not in gone)

    f1 = _fact(
        "F1",
        "supported",
        support=keep(("E1", "E2")),
        attributes=(
            ("persons", "children <b>of</b> | *Mariupol*"),
            ("count", 2100),
            ("date", "2023-07-19"),
            ("destination", "Belarus\n- not a list"),
            ("cross_border", True),
            ("by", ["party_a", "party_b"]),
        ),
    )
    f2 = _fact("F2", "insufficient", below=("E3",), type_="group")
    f3 = _fact("F3", "contested", support=("E2",), contra=("E4",), type_="occupation")
    # F4 rests on E1 alone; without E1 only the weak E3 is left
    f4 = (
        _fact("F4", "supported", support=("E1",))
        if "E1" not in gone
        else (_fact("F4", "insufficient", below=("E3",)))
    )
    facts = (f1, f2, f3, f4)
    ev = {f.id: f.evidence for f in facts}
    st = {f.id: f.status for f in facts}
    e1_status = st["F4"]
    charge1 = _charge(
        index=0,
        accused="acc",
        accused_name="Аляксандр <Лукашэнка> | “A.L.”",
        crime="deportation",
        article="8(2)(a)(vii)-1",
        crime_title="War crime of unlawful deportation & transfer",
        mode="co_perpetration",
        mode_article="25(3)(a)",
        mode_title="Co-perpetration",
        made_out=False,
        elements=(
            _el("conduct", "crime", "supported", ("F1",), ev["F1"]),
            _el(
                "protected",
                "crime",
                "insufficient",
                ("F2",),
                ev["F2"],
                needs=(f"F2: graded below (E3) | {SCRIPT}; needs 1 more independent origin",),
                kind="circumstance",
                via=("F1",),
            ),
            _el(
                "occupation",
                "crime",
                "contested",
                ("F3",),
                ev["F3"],
                needs=("F3: contradicted by E4; needs stronger support",),
                kind="contextual",
                notes=("unsettled: whether <limb (b)> applies | to non-occupiers",),
            ),
            _el(
                "common_plan",
                "mode",
                "missing",
                needs=(
                    "needs an `agreement` fact whose parties includes the accused",
                    'near miss: F9 is an agreement, but its parties is ["x"]',
                ),
                kind="objective",
            ),
            _el(
                "essential_contribution",
                "mode",
                e1_status,
                ("F4",),
                ev["F4"],
                needs=() if e1_status == "supported" else ("F4: needs 1 more origin",),
                kind="objective",
                options=("relies on option actor = any (the default): the law is unsettled",),
            ),
        ),
        jurisdiction="within",
        jurisdiction_reasons=("Ukraine accepted jurisdiction by 12(3) (2014-02-20 to …)",),
    )
    charge2 = _charge(
        index=1,
        accused="acc",
        accused_name="Аляксандр <Лукашэнка> | “A.L.”",
        crime="deportation",
        article="8(2)(a)(vii)-1",
        crime_title="War crime of unlawful deportation & transfer",
        mode="aiding_abetting",
        mode_article="25(3)(c)",
        mode_title="Aiding, abetting or otherwise assisting",
        made_out=e1_status == "supported",
        elements=(
            _el("conduct", "crime", "supported", ("F1",), ev["F1"]),
            _el(
                "assistance",
                "mode",
                e1_status,
                ("F4",),
                ev["F4"],
                kind="objective",
                needs=() if e1_status == "supported" else ("F4: needs 1 more origin",),
            ),
        ),
        jurisdiction="undetermined",
    )
    return Report(
        case=f"Case {SCRIPT} & “Дзеці” | test",
        case_file="cases/<hostile>.yaml",
        standard=StandardInfo(
            id="reasonable_grounds",
            title="Reasonable grounds to believe",
            article="58(1)(a)",
            text="There are reasonable grounds to believe | that <the person> committed…",
            origins=1,
            min_grade="C3",
            contradiction="outweighs",
            credible_contradiction="C3",
            inference="allowed",
            notes=("A note with *stars* and <tags>.",),
        ),
        options=(
            OptionInfo(
                id="actor",
                title="Who can be a principal of limb (b)",
                choice="any",
                choice_text="Any State's officials <including non-occupiers>",
                default=True,
                unsettled=("Not decided | by any chamber",),
            ),
        ),
        charges=(charge1, charge2),
        facts=facts,
        evidence=tuple(
            e
            for e in (
                _ev("E1", excerpt, source='Source "one" <b>bold</b> | piped'),
                _ev("E2", "Свидетель: «детей вывезли в Беларусь» & more"),
                _ev("E3", "line one\nline two | cell\n# heading", grade="D4"),
                _ev("E4", "contradiction </figure><script>x</script>", grade="B2"),
            )
            if e.id not in gone
        ),
        excluded=tuple(sorted(gone)),
    )


def wide_report(columns: int = 40) -> Report:
    """The hand-built report with `columns` more evidence items behind its first fact: the
    matrix of its first charge has 4 + `columns` columns."""
    report = hostile_report()
    extra = tuple(_ev(f"W{i:02d}", f"excerpt {i}", source=f"Source {i}") for i in range(columns))
    first = replace(report.facts[0], support=report.facts[0].support + tuple(e.id for e in extra))
    return replace(report, facts=(first, *report.facts[1:]), evidence=report.evidence + extra)


# -- the demonstration case --------------------------------------------------------------------


def demo_report(without: tuple[str, ...] = ()) -> Report:
    """The real pipeline on examples/belarus_children.yaml (skips until the loader exists)."""
    load = pytest.importorskip(
        "rome_elements.facts.load", reason="facts.load (the case loader) is not built yet"
    )
    from rome_elements.engine.check import check, vocabulary
    from rome_elements.rules.load import load_library

    lib = load_library()
    case = load.load_case(DEMO, vocabulary(lib))
    report = check(lib, case, engine="reference", without=without).report
    # the loader records the path it was given; keep the goldens free of this checkout's path
    return replace(report, case_file=DEMO.relative_to(ROOT).as_posix())


# -- goldens -----------------------------------------------------------------------------------


def test_markdown_golden_demo() -> None:
    check_golden(GOLDEN / "belarus_children.md", render_markdown(demo_report()))


def test_html_golden_demo() -> None:
    check_golden(GOLDEN / "belarus_children.html", render_html(demo_report()))


def test_markdown_golden_hostile() -> None:
    check_golden(GOLDEN / "hostile.md", render_markdown(hostile_report()))


def test_html_golden_hostile() -> None:
    check_golden(GOLDEN / "hostile.html", render_html(hostile_report()))


def test_diff_golden_demo_without_e7() -> None:
    result = diff_reports(demo_report().to_dict(), demo_report(("E7",)).to_dict())
    check_golden(GOLDEN / "belarus_children_without_E7.diff.txt", render_diff(result))


# -- determinism -------------------------------------------------------------------------------


@pytest.mark.parametrize("render", [render_markdown, render_html])
def test_rendering_is_deterministic(render: object) -> None:
    assert callable(render)
    first = render(hostile_report())
    assert first == render(hostile_report())
    assert first.encode("utf-8") == render(hostile_report()).encode("utf-8")
    assert first.endswith("\n") and not first.endswith("\n\n")


_DIGEST = """
import hashlib, sys
sys.path.insert(0, "tests")
from test_renderers import demo_report, hostile_report
from rome_elements.cli.html import render_html
from rome_elements.cli.markdown import render_markdown
for report in (demo_report(), hostile_report()):
    for render in (render_html, render_markdown):
        print(hashlib.sha256(render(report).encode()).hexdigest())
"""


def test_rendering_does_not_depend_on_hash_order() -> None:
    """Same bytes in separate processes with different string-hash seeds (set order)."""
    pytest.importorskip(
        "rome_elements.facts.load", reason="facts.load (the case loader) is not built yet"
    )
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        digests.add(proc.stdout)
    assert len(digests) == 1


# -- Markdown escaping -------------------------------------------------------------------------

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _tables(text: str) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def test_markdown_tables_keep_their_shape_with_hostile_text() -> None:
    text = render_markdown(hostile_report())
    tables = _tables(text)
    assert len(tables) >= 4  # summary, two charges, options, facts
    for table in tables:
        width = len(_UNESCAPED_PIPE.findall(table[0]))
        assert re.fullmatch(r"(\|---)+\|", table[1]), table[1]
        for row in table:
            assert row.endswith("|"), row
            assert len(_UNESCAPED_PIPE.findall(row)) == width, row


def test_markdown_escapes_markup_in_case_text() -> None:
    text = render_markdown(hostile_report())
    assert "<" not in text, "a < from case text could open raw HTML"
    assert "&lt;script>alert(1)&lt;/script>" in text
    assert "&amp;amp;" in text  # `&amp;` in case text, which would otherwise render as `&`
    assert "deportation & transfer" in text  # a bare & needs no escaping
    assert r"\*bold\*" in text and r"\[link\]" in text
    assert "Свабода" in text and "Аляксандр" in text  # Unicode kept as is
    # a newline in case text never starts a heading or a list item of its own
    assert not re.search(r"^(#+ not a heading|- not a list)", text, re.M)


def test_markdown_memo_contents() -> None:
    text = render_markdown(hostile_report())
    assert text.startswith("# Element analysis: Case ")
    assert "## Standard of proof applied" in text
    assert "art. 58(1)(a)" in text and "- Minimum grade of supporting evidence: C3" in text
    assert "| Element | Status | Facts | Evidence |" in text
    # a symbol and a word for each status
    for word in ("✔ supported", "~ insufficient", "! contested", "✘ missing"):
        assert word in text
    # gaps as investigation tasks
    assert (
        "- [ ] `common_plan` (✘ missing): needs an `agreement` fact whose parties includes the "
        'accused\n  - near miss: F9 is an agreement, but its parties is \\["x"\\]\n'
    ) in text
    assert "- [ ] `protected` (~ insufficient): F2: graded below (E3) \\| &lt;script>" in text
    # unsettled law relied on
    assert "### Charge 1: unsettled law relied on" in text
    assert "⚑ `essential_contribution`: relies on option actor = any" in text
    assert "## Charge 2: " in text and "MADE OUT" in text


# -- HTML escaping -----------------------------------------------------------------------------

ALLOWED_TAGS = {
    "bdi",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "main",
    "footer",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "p",
    "strong",
    "em",
    "code",
    "a",
    "abbr",
    "span",
    "br",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "ul",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "figure",
    "figcaption",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.comments: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_escapes_every_piece_of_case_text() -> None:
    doc = render_html(hostile_report())
    assert "<script" not in doc.lower()
    assert "<img" not in doc.lower()
    parser = _Tags()
    parser.feed(doc)
    assert set(parser.tags) <= ALLOWED_TAGS, set(parser.tags) - ALLOWED_TAGS
    assert not [a for a, _ in parser.attrs if a.startswith("on")]
    assert parser.comments == []
    # the hostile text is there, as text
    text = "".join(parser.text)
    assert SCRIPT in text and IMG in text and "&amp;" in text and '"quotes"' in text
    assert "Свабода" in text and "«детей вывезли в Беларусь»" in text
    # attributes are quoted and escaped too (the evidence source becomes a title)
    assert 'title="Source &quot;one&quot; &lt;b&gt;bold&lt;/b&gt; | piped"' in doc


def test_html_is_self_contained_and_forbids_scripts() -> None:
    doc = render_html(hostile_report())
    assert doc.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; '
        "style-src &#x27;unsafe-inline&#x27;; img-src data:" in doc
    )
    assert "http://" not in doc.replace("http://x", "")  # only the hostile text's fake link
    assert "https://" not in doc and "<link" not in doc and "@import" not in doc
    assert "@media print" in doc


def test_html_matrix() -> None:
    doc = render_html(hostile_report())
    assert doc.count('<table class="matrix"') == 2
    assert "<caption>Charge 1: evidence × element matrix" in doc
    assert '<th scope="row"><a href="#c1-e1"><code>conduct</code></a>' in doc
    # columns: the evidence used in charge 1 (E1…E4), in case order; charge 2 uses E1, E2
    matrix1 = doc.split('id="charge-1-matrix"')[1].split("</table>")[0]
    assert re.findall(r'href="#ev-\d"><bdi>(E\d)</bdi></a>', matrix1.split("</thead>")[0]) == [
        "E1",
        "E2",
        "E3",
        "E4",
    ]
    matrix2 = doc.split('id="charge-2-matrix"')[1].split("</table>")[0]
    assert re.findall(r'href="#ev-\d"><bdi>(E\d)</bdi></a>', matrix2.split("</thead>")[0]) == [
        "E1",
        "E2",
    ]
    # a cell: symbol and word, and a label for screen readers
    assert (
        '<td class="rel support" aria-label="E1 supports conduct (fact F1)">'
        '<span><span aria-hidden="true">✔</span> <abbr title="supports the element, graded at '
        'or above the standard">supports</abbr></span></td>'
    ) in matrix1
    assert 'aria-label="E3 below protected (fact F2)"' in matrix1
    assert 'aria-label="E4 contradicts occupation (fact F3)"' in matrix1
    assert 'aria-label="E2 supports occupation (fact F3)"' in matrix1
    assert 'aria-label="E4: not relied on for conduct"></td>' in matrix1
    # the element sections: law, facts, excerpt with provenance, gaps
    assert '<h4 id="c1-e4-h">' in doc
    assert "The law text of common_plan, with a | pipe and &lt;b&gt;markup&lt;/b&gt;" in doc
    assert 'graded <abbr title="source reliability D, information credibility 4">D4</abbr>' in doc
    assert "origin: origin of E3" in doc and "document: <code>e3.txt</code>" in doc
    assert (
        '<ul class="gaps"><li>needs an <code>agreement</code> fact whose parties includes the '
        'accused<ul class="hints"><li>near miss: F9 is an agreement, but its parties is '
        "[&quot;x&quot;]</li></ul></li></ul>"
    ) in doc


@pytest.mark.parametrize("which", ["hostile", "demo"])
def test_html_ids_are_unique_and_every_link_resolves(which: str) -> None:
    doc = render_html(hostile_report() if which == "hostile" else demo_report())
    ids = re.findall(r' id="([^"]+)"', doc)
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)  # never a case id
    targets = set(re.findall(r'href="#([^"]+)"', doc))
    assert targets and targets <= set(ids)
    assert not re.search(r'href="(?!#)', doc)  # no link leaves the document


# -- diff --------------------------------------------------------------------------------------


def test_diff_of_identical_reports() -> None:
    d = hostile_report().to_dict()
    result = diff_reports(d, json.loads(json.dumps(d)))
    assert not changed(result)
    text = render_diff(result)
    assert "No element changed status." in text
    assert text.count("  no element changed status") == 2


def test_diff_names_the_evidence_that_made_the_difference() -> None:
    before = hostile_report().to_dict()
    after = hostile_report(drop_evidence=("E1",)).to_dict()
    result = diff_reports(before, after)
    assert changed(result)
    c1, c2 = result.charges
    assert [(e.id, e.before, e.after) for e in c1.status_changes] == [
        ("essential_contribution", "supported", "insufficient")
    ]
    assert c1.status_changes[0].evidence_removed == ("E1",)
    assert c1.status_changes[0].evidence_added == ("E3",)
    conduct = next(e for e in c1.elements if e.id == "conduct")
    assert not conduct.status_changed and conduct.evidence_removed == ("E1",)
    assert c2.made_out_before and not c2.made_out_after
    assert result.evidence_removed == ("E1",) and result.excluded_after_only == ("E1",)
    assert [(f.id, f.before, f.after) for f in result.fact_changes] == [
        ("F4", "supported", "insufficient")
    ]
    text = render_diff(result)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "essential_contribution (mode): ✔ supported → ~ insufficient" in text
    assert "evidence no longer relied on: E1" in text
    assert "made out → NOT MADE OUT" in text
    assert "Charges made out: 1 of 2 → 0 of 2." in text


def test_diff_charges_added_and_removed() -> None:
    before = hostile_report().to_dict()
    after = hostile_report().to_dict()
    after["charges"] = after["charges"][:1]
    result = diff_reports(before, after)
    assert changed(result)
    assert [c.mode for c in result.charges_removed] == ["aiding_abetting"]
    assert "Charges only before:" in render_diff(result)
    reverse = diff_reports(after, before)
    assert [c.mode for c in reverse.charges_added] == ["aiding_abetting"]


def test_diff_rejects_what_is_not_a_report() -> None:
    with pytest.raises(ReportFormatError, match="not an `elements` report"):
        diff_reports({"case": "x"}, hostile_report().to_dict())
    with pytest.raises(ReportFormatError, match="version 3"):
        diff_reports({"report_version": "3.0", "charges": []}, hostile_report().to_dict())


def test_diff_demo_without_e7() -> None:
    result = diff_reports(demo_report().to_dict(), demo_report(("E7",)).to_dict())
    assert result.excluded_after_only == ("E7",)
    changes = {(c.index_before, e.id): e for c in result.charges for e in c.status_changes}
    assert changes, "removing E7 (Mezentsev) changes some mode element"
    for (_, element), ch in changes.items():
        assert ch.part == "mode"
        if element == "intent":  # F8 is inferred from F4, which rests on E7: an indirect loss
            continue
        assert "E7" in ch.evidence_removed
    text = render_diff(result)
    assert "F4" in text  # the fact whose weight changed is named
    assert "evidence no longer relied on: E7" in text
    assert all(len(line) <= 80 for line in text.splitlines())


# -- the terminal report -----------------------------------------------------------------------


def test_text_colour_codes() -> None:
    """At a terminal each status is coloured (green, yellow, magenta, red) and headings bold;
    the words and symbols are the same as without colour."""
    from rome_elements.cli.text import render

    plain = render(hostile_report())
    coloured = render(hostile_report(), colour=True)
    assert "\x1b" not in plain
    assert "\x1b[32m✔ supported   \x1b[0m" in coloured
    assert "\x1b[33m~ insufficient\x1b[0m" in coloured
    assert "\x1b[35m! contested   \x1b[0m" in coloured
    assert "\x1b[31m✘ missing     \x1b[0m" in coloured
    assert coloured.startswith("\x1b[1mCase: ")
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


# -- the header: provenance, time, confidentiality, legend ------------------------------------


def test_provenance_names_the_program_library_and_case_file() -> None:
    import hashlib

    import rome_elements
    from rome_elements.engine.provenance import library_digest
    from rome_elements.rules.load import load_library

    report = demo_report()
    p = report.provenance
    assert p is not None
    assert p.version == rome_elements.__version__
    assert p.case_sha256 == hashlib.sha256(DEMO.read_bytes()).hexdigest()
    assert p.library_digest == library_digest(load_library())
    assert re.fullmatch(r"[0-9a-f]{64}", p.library_digest)
    assert p.generated_at == "2026-01-01T00:00:00Z"  # SOURCE_DATE_EPOCH (tests/conftest.py)
    for text in (render_text(report), render_markdown(report), render_html(report)):
        for value in (p.version, p.case_sha256, p.library_digest, p.generated_at):
            assert value in text
    data = report.to_dict()
    assert data["provenance"] == {
        "version": p.version,
        "library_digest": p.library_digest,
        "case_sha256": p.case_sha256,
        "redacted": False,
    }
    assert p.generated_at not in json.dumps(data)  # the JSON report: same input, same bytes


def test_generated_at_honours_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    from rome_elements.base.diagnostics import InputError
    from rome_elements.engine.provenance import generated_at

    assert generated_at({"SOURCE_DATE_EPOCH": "0"}) == "1970-01-01T00:00:00Z"
    assert generated_at({"SOURCE_DATE_EPOCH": "1767225600"}) == "2026-01-01T00:00:00Z"
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    now = datetime.datetime.strptime(generated_at({}), "%Y-%m-%dT%H:%M:%SZ")
    assert before <= now.replace(tzinfo=datetime.UTC) <= before + datetime.timedelta(seconds=5)
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        generated_at({"SOURCE_DATE_EPOCH": "yesterday"})


def elements(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`elements ARGS…` as a user runs it, with these environment variables added."""
    return subprocess.run(
        [sys.executable, "-m", "rome_elements.cli.main", *args],
        cwd=ROOT,
        env={**os.environ, "NO_COLOR": "1", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_bad_source_date_epoch_is_invalid_input() -> None:
    proc = elements("check", str(DEMO), SOURCE_DATE_EPOCH="1.5e9")
    assert proc.returncode == 2, proc.stderr
    assert "SOURCE_DATE_EPOCH" in proc.stderr and "Traceback" not in proc.stderr


def _confidential(report: Report, ids: tuple[str, ...] = ("E2", "E4")) -> Report:
    return replace(
        report, evidence=tuple(replace(e, confidential=e.id in ids) for e in report.evidence)
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_confidentiality_banner_on_unredacted_reports_only(fmt: str) -> None:
    from rome_elements.engine.redact import redact

    render = {"text": render_text, "markdown": render_markdown, "html": render_html}[fmt]
    shown = render(_confidential(hostile_report()))
    assert "CONFIDENTIAL" in shown and "(E2, E4)" in shown
    assert shown.index("CONFIDENTIAL") < shown.index("Reasonable grounds to believe")
    assert "CONFIDENTIAL" not in render(hostile_report())  # nothing confidential
    redacted = redact(_confidential(hostile_report()))
    assert redacted.redacted and redacted.to_dict()["provenance"]["redacted"] is True
    text = render(redacted)
    assert "CONFIDENTIAL" not in text
    assert "confidential evidence are withheld" in text


def test_provenance_legend_in_every_format() -> None:
    from rome_elements.engine.report import PROVENANCE_TAGS

    report = demo_report()
    for text in (render_text(report), render_markdown(report), render_html(report)):
        assert "Provenance of the law text" in text
        flat = " ".join(html.unescape(text).split())
        for _, meaning in PROVENANCE_TAGS:
            assert meaning in flat
    no_sources = replace(
        hostile_report(),
        charges=tuple(
            replace(
                c,
                forms=tuple(
                    replace(
                        f,
                        acts=tuple(
                            replace(
                                a, elements=tuple(replace(e, provenance=None) for e in a.elements)
                            )
                            for a in f.acts
                        ),
                    )
                    for f in c.forms
                ),
            )
            for c in hostile_report().charges
        ),
    )
    assert "Provenance of the law text" not in render_markdown(no_sources)


def test_what_facts_assert_in_every_format() -> None:
    """Not only a fact's id: its date, places, destination, order content…"""
    report = demo_report()
    f1 = next(f for f in report.facts if f.id == "F1")
    attributes = dict(f1.attributes)
    assert attributes["destination"] == "camps in Belarus, including the Dubrava health camp"
    assert attributes["count"] == 2100
    assert report.to_dict()["facts"][0]["attributes"] == attributes
    from rome_elements.cli.jsonout import json_pieces

    compact = json.loads("".join(json_pieces(report)))
    assert compact["facts"][0]["attributes"] == attributes
    for text in (render_text(report), render_markdown(report), render_html(report)):
        flat = " ".join(text.split())
        assert "destination: camps in Belarus, including the Dubrava health camp" in flat
        assert "count: 2100" in flat and "cross border: yes" in flat


def test_text_names_contradicting_evidence() -> None:
    text = render_text(hostile_report())
    assert "! contradicted by E4 (B2, statement: A source), against F3" in text


def test_excerpts_once_in_an_appendix_linked_from_each_element() -> None:
    from rome_elements.cli.html import esc

    report = demo_report()
    doc = render_html(report)
    memo = render_markdown(report)
    appendix = doc.split('<section id="evidence"', 1)[1]
    for i, e in enumerate(report.evidence):
        assert doc.count(esc(e.excerpt)) == 1, e.id
        assert esc(e.excerpt) in appendix
        assert f'<figure class="excerpt" id="ev-{i + 1}">' in appendix
        assert memo.count(e.excerpt) <= 1
    # an element lists the items it relies on, each a link into the appendix
    element = doc.split('<section class="element', 2)[1]
    assert '<ul class="evidence">' in element and 'href="#ev-' in element
    assert "<blockquote dir" not in element


def test_a_wide_matrix_is_split_into_tables_a_page_can_hold() -> None:
    doc = render_html(wide_report())
    charge1 = doc.split('id="charge-1"', 1)[1].split('id="charge-2"', 1)[0]
    tables = re.findall(
        r'<table class="matrix" id="(charge-1-matrix[-0-9]*)">(.*?)</table>', charge1, re.S
    )
    assert [t[0] for t in tables] == ["charge-1-matrix", "charge-1-matrix-2", "charge-1-matrix-3"]
    heads = [re.findall(r'<th scope="col" title=', t[1]) for t in tables]
    assert [len(h) for h in heads] == [15, 15, 14]  # 44 items, at most 20 a table, even
    assert "(1 of 3: evidence 1–15 of 44)" in tables[0][1]
    for _, body in tables:  # every table has every element
        assert body.count('<th scope="row">') == 5


def test_notes_and_gaps_once_across_charges() -> None:
    report = demo_report()
    doc = render_html(report)
    note = "Deportation is to another State, transfer to another location"
    assert doc.count(note) == 1  # charges 1 and 2 charge the same crime
    assert 'The same as under <a href="#c1-e1">charge 1</a>, for this element.' in doc


def test_text_width_follows_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from rome_elements.cli.text import terminal_width

    report = demo_report()
    narrow = render_text(report)
    assert max(map(len, narrow.splitlines())) <= 80
    wide = render_text(report, width=120)
    assert 80 < max(map(len, wide.splitlines())) <= 120
    assert len(wide.splitlines()) < len(narrow.splitlines())
    assert render_text(report) == narrow  # the width is the call's, not left behind
    monkeypatch.setenv("COLUMNS", "132")
    assert terminal_width() == 120  # at most 120
    monkeypatch.setenv("COLUMNS", "100")
    assert terminal_width() == 100
    monkeypatch.setenv("COLUMNS", "20")
    assert terminal_width() == 60  # at least 60


def test_text_at_a_terminal_is_as_wide_as_the_terminal() -> None:
    """`elements check` at a (pseudo-)terminal of 110 columns wraps at 110; into a pipe, 80."""
    import pty

    env = {**os.environ, "COLUMNS": "110", "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "rome_elements.cli.main", "check", str(DEMO)]
    leader, follower = pty.openpty()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=follower, stderr=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the program ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=120) == 1
    lines = b"".join(chunks).decode("utf-8").replace("\r\n", "\n").splitlines()
    assert 80 < max(map(len, lines)) <= 110
    piped = elements("check", str(DEMO), COLUMNS="110")
    assert max(map(len, piped.stdout.splitlines())) <= 80


# -- the Word memo -----------------------------------------------------------------------------


def _docx_text(data: bytes) -> tuple[list[str], list[list[list[str]]], str, str]:
    """The paragraphs, tables (rows of cell texts), page header and footer XML of a .docx."""
    import io

    docx = pytest.importorskip("docx")
    doc = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in doc.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    section = doc.sections[0]
    return paragraphs, tables, section.header._element.xml, section.footer._element.xml


def test_word_memo_has_the_charges_and_their_elements() -> None:
    from rome_elements.cli.word import render_docx

    report = demo_report()
    paragraphs, tables, _, footer = _docx_text(render_docx(report))
    text = "\n".join(paragraphs)
    assert paragraphs[0] == f"Element analysis: {report.case}"
    summary = next(t for t in tables if t[0][:3] == ["#", "Accused", "Crime"])
    assert len(summary) == 1 + len(report.charges)
    for charge, row in zip(report.charges, summary[1:], strict=True):
        n = charge.index + 1
        assert row[0] == str(n) and row[1] == charge.accused_name
        assert f"art. {charge.article} {charge.crime_title}" == row[2]
        assert row[5].endswith("not made out")
        assert f"Charge {n}: {charge.accused_name} — {charge.crime_title}" in text
        for el in charge.elements:
            assert el.text in text
    p = report.provenance
    assert p is not None
    header = next(t for t in tables if t[0][0] == "Case file")
    assert ["Case file SHA-256", p.case_sha256] in header
    assert "destination: camps in Belarus, including the Dubrava health camp" in text
    for e in report.evidence:  # the appendix: each excerpt once
        assert paragraphs.count(e.excerpt) == 1
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "Provenance of the law text" in text


def test_word_memo_of_hostile_text_and_confidential_evidence() -> None:
    from rome_elements.cli.word import render_docx

    report = _confidential(hostile_report(excerpt=HOSTILE + "\x1b[2J\x07"))
    paragraphs, _, header, _ = _docx_text(render_docx(report))
    text = "\n".join(paragraphs)
    assert paragraphs[0].startswith("CONFIDENTIAL") and "(E2, E4)" in paragraphs[0]
    assert "CONFIDENTIAL: for the team only" in header
    assert SCRIPT in text and "\\x1b[2J\\x07" in text  # as text, control characters visible


def test_docx_from_the_output_extension(tmp_path: Path) -> None:
    memo = tmp_path / "memo.docx"
    proc = elements("check", str(DEMO), "-o", str(memo))
    assert proc.returncode == 1, proc.stderr
    assert memo.read_bytes()[:2] == b"PK"  # a zip: a real .docx
    paragraphs, tables, _, _ = _docx_text(memo.read_bytes())
    assert any(p.startswith("Charge 1: Aliaksandr Lukashenka") for p in paragraphs)
    refused = elements("check", str(DEMO), "--format", "docx")
    assert refused.returncode == 2 and "give it a file with -o" in refused.stderr


def test_library_digest_follows_the_files(tmp_path: Path) -> None:
    import shutil

    from rome_elements.engine.provenance import library_digest
    from rome_elements.rules.load import bundled_paths, load_library

    folder = tmp_path / "law"
    for path in bundled_paths():
        target = folder / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    before = library_digest(load_library([folder]))
    assert before == library_digest(load_library())  # where it is installed does not count
    edited = next(iter(sorted(folder.rglob("*.el"))))
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert library_digest(load_library([folder])) != before


@dataclass(frozen=True)
class _Node:
    text: str
    parts: tuple[object, ...] = ()


def test_text_cleaning_cleans_a_shared_object_once_and_keeps_clean_ones() -> None:
    """`cli.text._clean` shows control characters as escapes wherever they are; an object met
    twice (charges share their acts' findings) gives the same cleaned object both times, and
    one with nothing to clean is returned as it is."""
    from rome_elements.cli.text import _clean

    dirty = _Node("bad\x1b[2Jid", ("ok", "t\x07ab"))
    clean = _Node("fine", ("a", "b"))
    cleaned = _clean(_Node("root", (dirty, clean, dirty)))
    first, kept, again = cleaned.parts
    assert first.text == "bad\\x1b[2Jid" and first.parts == ("ok", "t\\x07ab")
    assert again is first
    assert kept is clean
    assert _clean(clean) is clean


# -- formats that print the best act's elements alone -------------------------------------------


def _docx_document(data: bytes) -> bytes:
    """The document part of a .docx file (the zip's dates and order are not the memo)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


def test_best_act_only_formats_render_the_same_without_the_other_acts(tmp_path: Path) -> None:
    """`cli.main.BEST_ACT_ONLY`: a report built with every element's finding for the best act
    of each charge alone and `LISTED` acts kept per form (`check(..., detailed=1, listed=...)`)
    renders, in each of those formats, exactly as the full report does: the demonstration
    case, every case of the library's tests, and two with more acts than are listed (a
    generated case, and 30 accused with one act each)."""
    import yaml
    from bench_modules import bench_module

    from rome_elements.cli.main import BEST_ACT_ONLY, LISTED
    from rome_elements.cli.word import render_docx
    from rome_elements.engine.check import check, vocabulary
    from rome_elements.facts.load import load_case
    from rome_elements.rules.load import load_library

    renderers = {
        "text": render_text,
        "markdown": render_markdown,
        "html": render_html,
        "docx": lambda r: _docx_document(render_docx(r)),
    }
    assert set(renderers) == BEST_ACT_ONLY
    lib = load_library()
    cases = [("the demonstration case", DEMO)]
    for n, (name, data) in enumerate(library_cases()):
        path = tmp_path / f"case{n}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        cases.append((name, path))
    assert len(cases) > 40
    generated = tmp_path / "generated.yaml"
    bench_module("generate").generate(1000, generated, seed=2)
    accused = tmp_path / "accused.yaml"
    accused.write_text(bench_module("accused_scaling").case(30), encoding="utf-8")
    cases += [("1,000 generated facts", generated), ("30 accused", accused)]
    several = cut = 0
    for name, path in cases:
        case = load_case(path, vocabulary(lib))
        full = check(lib, case, engine="reference").report
        few = check(lib, case, engine="reference", detailed=1, listed=LISTED).report
        detailed = [a for c in full.charges for f in c.forms for a in f.acts if a.elements]
        several += len(detailed) > sum(len(c.forms) for c in full.charges)
        cut += any(f.cut for c in few.charges for f in c.forms)
        for fmt, render in renderers.items():
            assert render(few) == render(full), (name, fmt)
        for c, c_full in zip(few.charges, full.charges, strict=True):
            for f, f_full in zip(c.forms, c_full.forms, strict=True):
                assert len([a for a in f.acts if a.elements]) <= 1
                assert [replace(a, elements=()) for a in f.acts] == [
                    replace(a, elements=()) for a in f_full.acts[: len(f.acts)]
                ]
                assert f.acts[0] == f_full.acts[0]
                assert f.considered == len(f_full.acts) and len(f.acts) == min(
                    LISTED, len(f_full.acts)
                )
    assert several > 10  # cases where the full report details more acts than the best
    assert cut >= 3  # and where it lists more acts than a few (a library test case: 22)


def test_compact_json_is_json_dumps_without_spaces_for_hostile_text_and_huge_numbers() -> None:
    """The compact JSON report (orjson) is `json.dumps(..., separators=(",", ":"),
    ensure_ascii=False)` byte for byte: control characters, quotes, backslashes, line and
    paragraph separators, right-to-left text; and a whole number orjson refuses (more than 64
    bits), which json then encodes."""
    from rome_elements.cli.jsonout import compact, json_pieces

    report = hostile_report()
    huge = replace(report.facts[0], attributes=(("count", 2**70), ("note", "\x00\x1f\x7f\u2028")))
    report = replace(report, facts=(huge, *report.facts[1:]))
    expected = json.dumps(report.to_dict(), separators=(",", ":"), ensure_ascii=False) + "\n"
    assert "".join(json_pieces(report)) == expected
    assert str(2**70) in expected
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert compact([every, -(2**70), True, None]) == json.dumps(
        [every, -(2**70), True, None], separators=(",", ":"), ensure_ascii=False
    )
