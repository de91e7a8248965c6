"""The HTML report: one self-contained, printable, accessible HTML5 file.

Inline CSS only — no scripts, no network, no external fonts or images — and a
Content-Security-Policy that forbids scripts even if something slipped through. Per charge an
evidence × element matrix (rows: the charge's elements; columns: the evidence items bearing on
them), then per element its law text, the facts bound to it, the evidence excerpts with their
provenance, and what is missing. Every status and every matrix cell is a symbol *and* a word,
never colour alone. The output is deterministic: same report, same bytes.

The page is the Jinja2 template `templates/report.html.j2` (its style sheet
`templates/report.css.j2`), rendered with autoescaping: every value the template prints goes
through `esc` (`html.escape(…, quote=True)` after `base.text.visible`) unless it is `Markup`
built here or by a macro of the template from escaped parts. Element, fact and evidence ids
never become HTML ids (anchors are numbered).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import RESULT_TEXT, SYMBOL
from rome_elements.cli.header import (
    LEGEND_INTRO,
    LEGEND_TITLE,
    SAME_EXCERPT,
    assertion,
    confidential_banner,
    header_rows,
    is_digest,
    legend,
    same_excerpts,
    tasks,
)
from rome_elements.engine.report import (
    RELATIONS,
    REPORT_VERSION,
    ChargeFinding,
    ElementFinding,
    Report,
    evidence_relations,
)

if TYPE_CHECKING:
    import jinja2

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
JURISDICTION = {
    "within": "within the Court's jurisdiction",
    "outside": "outside the Court's jurisdiction",
    "undetermined": "jurisdiction undetermined",
}
# Relation of one evidence item to one element, through the element's facts (RELATIONS).
REL_SYMBOL = {"support": "✔", "below": "~", "contra": "!"}
REL_WORD = {"support": "supports", "below": "below", "contra": "contradicts"}
REL_PHRASE = {
    "support": "supports {facts}",
    "below": "supports {facts}, graded below the standard",
    "contra": "contradicts {facts}",
}
REL_TITLE = {
    "support": "supports the element, graded at or above the standard",
    "below": "supports the element, but is graded below the standard",
    "contra": "credible evidence contradicting the element's facts",
}
MATRIX_COLUMNS = 20
"""Evidence columns per matrix table: a charge relying on more items gets several tables (each
with every element), so that one fits the width of a printed A4 or Letter page."""


def esc(text: object) -> str:
    """Escape case or library text for element content and attribute values alike; control
    and bidi characters show as visible escapes (`base.text`), line breaks and tabs stay
    (they are spaces in HTML)."""
    return html.escape(visible(str(text), keep_whitespace=True), quote=True)


def _finalize(value: object) -> object:
    """What the template prints: Markup as it is, anything else escaped by `esc` (so that
    autoescaping writes the same escapes, and the same visible control characters, as `esc`)."""
    return value if isinstance(value, Markup) else Markup(esc(value))


def ident(text: str) -> Markup:
    """A case id or name, escaped and isolated (`<bdi>`): right-to-left text in it cannot
    reorder what is printed around it."""
    return Markup(f"<bdi>{esc(text)}</bdi>")


_CODE_SPAN = re.compile(r"`([A-Za-z_][A-Za-z0-9_.]*)`")


def words(text: object) -> Markup:
    """Escape engine wording, keeping its quoting of identifiers (`mental_state`) as code."""
    return Markup(_CODE_SPAN.sub(r"<code>\1</code>", esc(text)))


def _kind(el: ElementFinding) -> str:
    return f"{el.kind} {el.subkind}" if el.subkind else el.kind


def _count_text(c: ChargeFinding) -> str:
    return ", ".join(f"{n} {k}" for k, n in c.counts().items() if n)


def _cell_label(
    el: ElementFinding, eid: str, rel: Mapping[str, list[str]], present: Iterable[str]
) -> str:
    return "; ".join(
        f"{eid} {REL_WORD[r]} {el.id} (fact{'s' if len(rel[r]) > 1 else ''} {', '.join(rel[r])})"
        for r in present
    )


@dataclass
class _Anchors:
    """Numbered anchors, so that no case id ever becomes an HTML id."""

    evidence: dict[str, str] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)

    def ev(self, eid: str) -> Markup:
        a = self.evidence.get(eid)
        return Markup(f'<a href="#{a}">{ident(eid)}</a>') if a else ident(eid)

    def fact(self, fid: str) -> Markup:
        a = self.facts.get(fid)
        return Markup(f'<a href="#{a}">{ident(fid)}</a>') if a else ident(fid)

    def evs(self, ids: Iterable[str]) -> Markup:
        return Markup(", ".join(self.ev(i) for i in ids) or "none")

    def fs(self, ids: Iterable[str]) -> Markup:
        return Markup(", ".join(self.fact(i) for i in ids) or "none")

    def any(self, ids: Iterable[str]) -> Markup:
        """Evidence items or facts, each linked to its row."""
        return Markup(", ".join(self.ev(x) if x in self.evidence else self.fact(x) for x in ids))


@dataclass
class _Once:
    """Notes and gaps the same as under an element of an earlier charge (the same crime
    charged under another mode, say) are printed once: later, a link back to them."""

    first: dict[tuple[str, Any], tuple[str, int]] = field(default_factory=dict)

    def __call__(self, kind: str, key: Any, anchor: str, charge: int) -> Markup | None:
        earlier = self.first.setdefault((kind, key), (anchor, charge))
        if earlier == (anchor, charge):
            return None
        return Markup(
            f'<p class="muted">The same as under <a href="#{earlier[0]}">charge {earlier[1]}</a>'
            ", for this element.</p>"
        )


@dataclass(frozen=True)
class _ChargeView:
    """A charge with what its matrix needs: each element's evidence relations (by the
    element's position) and the matrix's columns, in the case's order of evidence."""

    charge: ChargeFinding
    rels: list[dict[str, dict[str, list[str]]]]
    columns: list[str]

    def rows(self, part: str) -> list[tuple[int, ElementFinding]]:
        return [(k, el) for k, el in enumerate(self.charge.elements) if el.part == part]

    def column_groups(self) -> list[list[str]]:
        """The columns in tables of at most MATRIX_COLUMNS, as even as can be (one table,
        with no column at all, when no evidence bears on the charge)."""
        if not self.columns:
            return [[]]
        tables = -(-len(self.columns) // MATRIX_COLUMNS)
        size = -(-len(self.columns) // tables)
        return [self.columns[i : i + size] for i in range(0, len(self.columns), size)]


def template_environment(finalize: Callable[[Any], Any] | None = None) -> jinja2.Environment:
    """A Jinja2 environment over cli/templates as every HTML renderer uses it: autoescaped,
    strict about undefined names, block tags trimmed."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("rome_elements.cli", "templates"),
        autoescape=True,
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _environment() -> jinja2.Environment:
    env = template_environment(_finalize)
    env.globals.update(
        csp=CSP,
        report_version=REPORT_VERSION,
        symbol=SYMBOL,
        result_text=RESULT_TEXT,
        jurisdiction=JURISDICTION,
        relations=RELATIONS,
        rel_symbol=REL_SYMBOL,
        rel_word=REL_WORD,
        rel_title=REL_TITLE,
        rel_phrase=lambda r, facts: Markup(REL_PHRASE[r]).format(facts=facts),
        ident=ident,
        idents=lambda ids: Markup(", ".join(ident(i) for i in ids)),
        words=words,
        kind=_kind,
        count_text=_count_text,
        tasks=tasks,
        cell_label=_cell_label,
        assertion=assertion,
        legend_title=LEGEND_TITLE,
        legend_intro=LEGEND_INTRO,
    )
    env.tests["digest"] = is_digest
    return env


def render_html(report: Report) -> str:
    """The whole document, ending with one newline."""
    anchors = _Anchors()
    for i, e in enumerate(report.evidence):
        anchors.evidence.setdefault(e.id, f"ev-{i + 1}")
    for i, f in enumerate(report.facts):
        anchors.facts.setdefault(f.id, f"fact-{i + 1}")
    facts = {f.id: f for f in report.facts}
    order = {e.id: i for i, e in enumerate(report.evidence)}

    def in_case_order(ids: Iterable[str]) -> list[str]:
        return sorted(ids, key=lambda eid: (order.get(eid, len(order)), eid))

    charges = []
    for charge in report.charges:
        rels = [evidence_relations(el, facts) for el in charge.elements]
        charges.append(_ChargeView(charge, rels, in_case_order({e for r in rels for e in r})))
    context: dict[str, Any] = {
        "report": report,
        "banner": confidential_banner(report),
        "header_rows": header_rows(report),
        "tags": legend(report),
        "charges": charges,
        "facts": facts,
        "evidence": {e.id: e for e in report.evidence},
        "anchors": anchors,
        "in_case_order": in_case_order,
        "once": _Once(),
        "same_excerpt": {
            eid: Markup(esc(SAME_EXCERPT[0]) + anchors.ev(owner) + esc(SAME_EXCERPT[1]))
            for eid, owner in same_excerpts(report.evidence).items()
        },
    }
    return _environment().get_template("report.html.j2").render(context) + "\n"
