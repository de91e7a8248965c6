"""The HTML report in a real browser: headless Chromium loads it from a file and dumps the DOM.

Checks that the report renders (charge headings, one evidence × element matrix per charge) and
that hostile case text stays inert: no script element, no image, the title unchanged. Two
controls show the harness would notice: a page that runs a script does change its title, and
even a report whose escaping had failed would run no script (the Content-Security-Policy).

Skipped when no Chromium is installed (`apt-get install chromium`). About 1-2 s per page.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_renderers import demo_report, hostile_report

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
