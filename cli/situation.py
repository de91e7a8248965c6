"""The report of a situation (many incidents, one picture) in every format: per accused ×
charge, in how many incidents and by how many acts it is made out, the persons moved, the
dates, and for each incident where it is not made out, the elements that fail there.

Case text (titles, names, file names, victims' descriptions) is untrusted: the text and
Markdown renderers pass it through `base.text.visible`, the HTML template autoescapes it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import click

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import RESULT_TEXT, SYMBOL
from rome_elements.engine.situation import SituationCharge, SituationReport, incident_dict

MAX_LISTED = 20
"""At most this many incidents are named per charge in the text and Markdown reports (JSON
and HTML list every one)."""


def dates_text(c: SituationCharge) -> str:
    if c.first_date is None:
        return "no dated act made out"
    return c.first_date if c.first_date == c.last_date else f"{c.first_date} – {c.last_date}"


def _headline(c: SituationCharge) -> str:
    made = len(c.made_out_in)
    return (
        f"made out in {made} of {len(c.incidents)} incident{'s' if len(c.incidents) != 1 else ''}"
        f" ({c.acts_made_out} of {c.acts_total} acts; {c.persons:,} persons; {dates_text(c)})"
    )


def failing_text(elements: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{e} {s}" for e, s in elements) or "—"


def render_text(report: SituationReport, colour: bool = False) -> str:
    def bold(text: str) -> str:
        return click.style(text, bold=True) if colour else text

    invalid = sum(1 for i in report.incidents if i.problems)
    out = [
        bold(f"Situation: {visible(report.title)}"),
        f"Incidents: {len(report.incidents):,} ({invalid:,} invalid)",
        f"Standard: {', '.join(report.standards) or '—'}",
        "",
    ]
    for c in report.charges:
        mark = SYMBOL["supported"] if c.made_out else SYMBOL["missing"]
        head = (
            f"{mark} {visible(c.accused_name)} — {c.article} ({visible(c.crime_title)}), {c.mode}"
        )
        out.append(bold(head))
        out.append(f"    {_headline(c)}")
        if c.victims:
            shown = "; ".join(visible(v) for v in c.victims[:3])
            more = f"; … {len(c.victims) - 3:,} more" if len(c.victims) > 3 else ""
            out.append(f"    victims: {shown}{more}")
        for file, elements in c.failing[:MAX_LISTED]:
            out.append(f"    not made out in {visible(file)}: {failing_text(elements)}")
        if len(c.failing) > MAX_LISTED:
            out.append(f"    … and {len(c.failing) - MAX_LISTED:,} more incidents not made out")
        out.append("")
    made = sum(1 for c in report.charges if c.made_out)
    out.append(f"{made} of {len(report.charges)} charges made out in at least one incident.")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return visible(text).replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def render_markdown(report: SituationReport) -> str:
    out = [
        f"# Situation: {_md(report.title)}",
        "",
        f"{len(report.incidents):,} incidents; standard {', '.join(report.standards) or '—'}.",
        "",
        "| accused | charge | mode | incidents made out | acts made out | persons | dates |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in report.charges:
        out.append(
            f"| {_md(c.accused_name)} | {c.article} | {_md(c.mode)} | "
            f"{len(c.made_out_in)} of {len(c.incidents)} | {c.acts_made_out} of {c.acts_total} | "
            f"{c.persons:,} | {dates_text(c)} |"
        )
    for c in report.charges:
        if not c.failing:
            continue
        out += ["", f"## {_md(c.accused_name)} — {c.article}, {_md(c.mode)}: where it fails", ""]
        for file, elements in c.failing[:MAX_LISTED]:
            out.append(f"- `{visible(file)}`: {_md(failing_text(elements))}")
        if len(c.failing) > MAX_LISTED:
            out.append(f"- … and {len(c.failing) - MAX_LISTED:,} more incidents")
    return "\n".join(out) + "\n"


def render_json(report: SituationReport) -> Iterator[str]:
    """`json.dumps(report.to_dict(), indent=2)`, the same text, written an incident at a time:
    the text of 10,000 incidents (about 80 MB) is never in memory at once."""
    head = json.dumps(report.head_dict(), indent=2, ensure_ascii=False)
    if not report.incidents:
        yield head[:-2] + ',\n  "incidents": []\n}\n'
        return
    yield head[:-2] + ',\n  "incidents": [\n'
    for k, incident in enumerate(report.incidents):
        text = json.dumps(incident_dict(incident), indent=2, ensure_ascii=False)
        yield ("    " if k == 0 else ",\n    ") + text.replace("\n", "\n    ")
    yield "\n  ]\n}\n"


def render_html(report: SituationReport) -> str:
    from rome_elements.cli.html import template_environment

    env = template_environment()
    env.filters["visible"] = visible
    template = env.get_template("situation.html.j2")
    return template.render(
        report=report,
        symbol=SYMBOL,
        result_text=RESULT_TEXT,
        dates=dates_text,
        headline=_headline,
        failing=failing_text,
    )


def render_situation(report: SituationReport, fmt: str, colour: bool = False) -> Any:
    if fmt == "json":
        return render_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    return render_text(report, colour=colour)
