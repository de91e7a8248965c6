"""What every rendered report says in the same words: the header (case file, its SHA-256,
the law library's digest, when and by which version it was generated), the confidentiality
banner, the legend of the law text's provenance tags, and what a fact asserts.

One wording for the text, Markdown, HTML and Word reports; each renderer only formats (and
escapes) these rows. The JSON report carries the same facts as data (`Report.provenance_dict`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rome_elements.engine.report import PROVENANCE_TAGS, EvidenceInfo, FactFinding, Report

MAX_NAMED = 20
"""At most this many confidential items are named in the banner."""

SAME_EXCERPT_MIN = 1_000
"""An excerpt at least this long (characters) that is the same text as an earlier evidence
item's is printed once: the later items refer to the first (`same_excerpts`)."""

LEGEND_TITLE = "Provenance of the law text"
LEGEND_INTRO = (
    "Each element's source line says how far its wording is verified against the official "
    "texts, by these tags:"
)


def header_rows(report: Report) -> list[tuple[str, str]]:
    """(label, value) pairs, in order; none for what the report does not know."""
    rows: list[tuple[str, str]] = []
    if report.case_file:
        rows.append(("Case file", report.case_file))
    p = report.provenance
    if p is not None:
        if p.case_sha256:
            rows.append(("Case file SHA-256", p.case_sha256))
        rows.append(("Law library SHA-256", p.library_digest))
        rows.append(("Generated", f"{p.generated_at} by elements {p.version}"))
    if report.redacted:
        rows.append(("Redacted", "the source and excerpt of confidential evidence are withheld"))
    return rows


_DIGEST = re.compile(r"[0-9a-f]{64}")


def is_digest(value: object) -> bool:
    """Whether a header value is a SHA-256 digest (printed as code)."""
    return bool(_DIGEST.fullmatch(str(value)))


def confidential_banner(report: Report) -> str | None:
    """The warning an unredacted report that shows confidential evidence opens with."""
    ids = report.confidential_shown
    if not ids:
        return None
    named = ", ".join(ids[:MAX_NAMED])
    if len(ids) > MAX_NAMED:
        named += f" and {len(ids) - MAX_NAMED:,} more"
    return (
        f"CONFIDENTIAL: this report shows the source and excerpt of evidence marked "
        f"confidential ({named}). Keep it within the team; "
        'run "elements check --redact" for a version to share.'
    )


def same_excerpts(evidence: Iterable[EvidenceInfo]) -> dict[str, str]:
    """For each evidence item whose excerpt is the same long text as an earlier item's, the id
    of the first item with that text. One statement quoted under several items (a YAML alias,
    a document filed twice) is then printed once: one 5 MiB excerpt aliased by 4 items made
    every report 4 times the case file, and its memory more (issue 19)."""
    first: dict[str, str] = {}
    out: dict[str, str] = {}
    for e in evidence:
        if len(e.excerpt) >= SAME_EXCERPT_MIN:
            owner = first.setdefault(e.excerpt, e.id)
            if owner != e.id:
                out[e.id] = owner
    return out


SAME_EXCERPT = ("the same text as the excerpt of ", ", printed there once")
"""What a report prints instead of an excerpt already printed: before and after the id of
the item it is printed under (`same_excerpt_note`; HTML links the id)."""


def same_excerpt_note(owner: str) -> str:
    """What a report prints instead of an excerpt already printed under `owner`."""
    return SAME_EXCERPT[0] + owner + SAME_EXCERPT[1]


def legend(report: Report) -> tuple[tuple[str, str], ...]:
    """The provenance tags, when some element of the report has a source line."""
    if any(el.provenance for c in report.charges for el in c.elements):
        return PROVENANCE_TAGS
    return ()


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def assertion(fact: FactFinding) -> str:
    """What the fact asserts, from its attributes: "count: 2100; cross border: yes; …"
    (empty when it has none)."""
    return "; ".join(f"{name.replace('_', ' ')}: {_value(v)}" for name, v in fact.attributes)


NEAR_MISS = "near miss: "


def tasks(needs: Iterable[str]) -> list[tuple[str, list[str]]]:
    """An element's needs as investigation tasks: each requirement a task, the near misses
    that follow it hints under it."""
    out: list[tuple[str, list[str]]] = []
    for need in needs:
        if need.startswith(NEAR_MISS) and out:
            out[-1][1].append(need)
        else:
            out.append((need, []))
    return out
