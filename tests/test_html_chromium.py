"""The HTML report in a real browser: headless Chromium loads it from a file and dumps the DOM.

Checks that the report renders (charge headings, one evidence × element matrix per charge) and
that hostile case text stays inert: no script element, no image, the title unchanged. Two
controls show the harness would notice: a page that runs a script does change its title, and
even a report whose escaping had failed would run no script (the Content-Security-Policy).

Then it prints the report to PDF, on A4 and on Letter, and reads the PDF back (pdfminer.six):
a sane number of pages, page numbers, nothing clipped at the right edge nor shrunk to fit, even
with a matrix of 44 evidence columns, and the confidentiality marking on every page.

Skipped when no Chromium is installed (`apt-get install chromium`). About 1-2 s per page.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_renderers import demo_report, hostile_report, wide_report

from rome_elements.cli.html import esc, render_html
from rome_elements.engine.report import Report

CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser")) if p), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (apt-get install chromium)"
)

TIMEOUT = 30
PAYLOAD = "<img src=x onerror=alert(1)><script>document.title='pwned'</script>"


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.title = ""
        self.h2: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in ("title", "h2"):
            self._in = tag
            if tag == "h2":
                self.h2.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "h2":
            self.h2[-1] += data


def dump_dom(page: str, tmp_path: Path, name: str) -> _Dom:
    assert CHROMIUM is not None
    path = tmp_path / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    profile = tmp_path / f"{name}-profile"
    try:
        proc = _run(path, profile)
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"Chromium did not finish loading {name}.html within {TIMEOUT} s: a JavaScript "
            "dialog (alert) probably blocked it — that is, case text ran as a script"
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<html" in proc.stdout, proc.stderr[-2000:]
    dom = _Dom()
    dom.feed(proc.stdout)
    return dom


def _run(path: Path, profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _check_renders(report: Report, dom: _Dom) -> None:
    for charge in report.charges:
        n = charge.index + 1
        assert any(h.startswith(f"Charge {n}: {charge.accused_name} — ") for h in dom.h2), dom.h2
    assert dom.tags.count("table") >= len(report.charges) + 1  # summary + one matrix per charge
    assert dom.tags.count("caption") >= len(report.charges)
    assert "script" not in dom.tags
    assert dom.title == f"Element analysis: {report.case}"


def test_demonstration_report_renders(tmp_path: Path) -> None:
    report = demo_report()
    _check_renders(report, dump_dom(render_html(report), tmp_path, "demo"))


def test_hand_built_report_renders(tmp_path: Path) -> None:
    report = hostile_report()
    _check_renders(report, dump_dom(render_html(report), tmp_path, "hostile"))


def test_hostile_excerpt_stays_inert(tmp_path: Path) -> None:
    report = hostile_report(excerpt=PAYLOAD)
    dom = dump_dom(render_html(report), tmp_path, "payload")
    assert "script" not in dom.tags
    assert "img" not in dom.tags
    assert dom.title == f"Element analysis: {report.case}"


def test_control_a_script_would_change_the_title(tmp_path: Path) -> None:
    """Without escaping and CSP the script runs, so the title check above means something.
    (Only the script part of the payload: a live `alert` would block headless Chromium.)"""
    script = PAYLOAD[PAYLOAD.index("<script>") :]
    page = f"<!DOCTYPE html><html><head><title>before</title></head><body>{script}</body></html>"
    dom = dump_dom(page, tmp_path, "control")
    assert dom.title == "pwned"


def test_csp_blocks_scripts_even_if_escaping_failed(tmp_path: Path) -> None:
    report = hostile_report(excerpt=PAYLOAD)
    page = render_html(report)
    escaped = esc(PAYLOAD)
    assert escaped in page
    broken = page.replace(escaped, PAYLOAD)  # simulate an escaping bug
    dom = dump_dom(broken, tmp_path, "broken")
    assert "script" in dom.tags  # the injected element is there…
    assert dom.title == f"Element analysis: {report.case}"  # …and did not run


# -- printing: headless Chromium prints the report to PDF --------------------------------------

PAPER = {"letter": (612.0, 792.0), "a4": (595.3, 841.9)}
"""Page sizes in points. The report sets no size (the printer's paper decides); the tests ask
for each by adding `@page { size: … }`, as a print dialog would."""
MARGIN_RIGHT = 12 / 25.4 * 72  # the report's @page margin, in points


def print_pdf(page: str, tmp_path: Path, name: str, paper: str) -> Path:
    assert CHROMIUM is not None
    size = "A4" if paper == "a4" else "letter"
    path = tmp_path / f"{name}-{paper}.html"
    path.write_text(page.replace("</style>", f"@page {{ size: {size}; }}\n</style>", 1))
    pdf = tmp_path / f"{name}-{paper}.pdf"
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp_path / (name + '-profile')}",
            f"--print-to-pdf={pdf}",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0 and pdf.exists(), proc.stderr[-2000:]
    return pdf


class _Printed:
    """The pages of a PDF: their size, every glyph's box and size, and each page's text."""

    def __init__(self, pdf: Path, vertical: bool = False) -> None:
        high_level = pytest.importorskip("pdfminer.high_level", reason="pdfminer.six")
        from pdfminer.layout import LAParams, LTChar

        def glyphs(node: object) -> list[LTChar]:
            if isinstance(node, LTChar):
                return [node]
            return [g for child in getattr(node, "_objs", ()) for g in glyphs(child)]

        self.pages = list(high_level.extract_pages(str(pdf), laparams=None))
        self.size = (self.pages[0].width, self.pages[0].height)
        self.glyphs = [(n, g) for n, p in enumerate(self.pages) for g in glyphs(p)]
        self.text = [
            "".join(g.get_text() for k, g in self.glyphs if k == n) for n in range(len(self.pages))
        ]
        self.all_text = (
            high_level.extract_text(str(pdf), laparams=LAParams(detect_vertical=True))
            if vertical
            else ""
        )

    def title_size(self) -> float:
        """The largest glyph on the first page: the title's, in points."""
        return max(g.size for n, g in self.glyphs if n == 0)


def _check_printed(doc: _Printed, paper: str) -> None:
    width, height = PAPER[paper]
    assert doc.size == pytest.approx((width, height), abs=1)
    # nothing clipped: every glyph on its page, within the right margin …
    for n, g in doc.glyphs:
        assert -0.5 <= g.x0 and g.x1 <= width - MARGIN_RIGHT + 1, (n + 1, g.get_text(), g.x1)
        assert -0.5 <= g.y0 and g.y1 <= height + 0.5, (n + 1, g.get_text(), g.y0)
    # … and nothing shrunk to fit: Chromium scales the pages down when something is wider
    # than the paper; the title prints at its 14pt
    assert doc.title_size() == pytest.approx(14, abs=0.3)
    # page numbers
    total = len(doc.pages)
    assert f"page 1 of {total}" in doc.text[0]
    assert f"page {total} of {total}" in doc.text[-1]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_three_charges_print_on_a_sane_number_of_pages(tmp_path: Path, paper: str) -> None:
    report = demo_report()
    report = replace(report, charges=report.charges[:3])
    doc = _Printed(print_pdf(render_html(report), tmp_path, "three", paper))
    _check_printed(doc, paper)
    # a sane number of pages: the pages are full (the old report repeated every excerpt under
    # every element relying on it, and ran 21 pages for three charges before the library grew;
    # these three print on 18 A4 / 20 Letter pages, about 3,400 characters a page) …
    chars = sum(len(text) for text in doc.text)
    assert chars / len(doc.pages) >= 2500, (chars, len(doc.pages))
    assert len(doc.pages) <= 6 + 8 * len(report.charges), len(doc.pages)
    # … because each excerpt prints once
    squeezed = "".join("".join(doc.text).split())
    for e in report.evidence:
        head = "".join(e.excerpt.split())[:40]
        assert squeezed.count(head) == 1, e.id
    text = "".join(doc.text)
    for charge in report.charges:
        assert f"Charge {charge.index + 1}: {charge.accused_name}" in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_wide_matrix_is_not_clipped(tmp_path: Path, paper: str) -> None:
    report = wide_report()
    doc = _Printed(print_pdf(render_html(report), tmp_path, "wide", paper), vertical=True)
    _check_printed(doc, paper)
    for e in report.evidence:  # every column of the matrix, upright or not
        assert e.id in doc.all_text, e.id


def test_confidential_reports_say_so_on_every_printed_page(tmp_path: Path) -> None:
    report = hostile_report()
    report = replace(
        report, evidence=tuple(replace(e, confidential=e.id == "E2") for e in report.evidence)
    )
    doc = _Printed(print_pdf(render_html(report), tmp_path, "confidential", "a4"))
    assert all("CONFIDENTIAL: for the team only" in text for text in doc.text)
    plain = _Printed(print_pdf(render_html(hostile_report()), tmp_path, "plain", "a4"))
    assert not any("CONFIDENTIAL" in text for text in plain.text)
