"""The HTML report: one self-contained, printable, accessible HTML5 file.

Inline CSS only — no scripts, no network, no external fonts or images — and a
Content-Security-Policy that forbids scripts even if something slipped through. Per charge an
evidence × element matrix (rows: the charge's elements; columns: the evidence items bearing on
them), then per element its law text, the facts bound to it, the evidence excerpts with their
provenance, and what is missing. Every status and every matrix cell is a symbol *and* a word,
never colour alone. Every piece of case or library text goes through `html.escape(…,
quote=True)`; element, fact and evidence ids never become HTML ids (anchors are numbered).
The output is deterministic: same report, same bytes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import RESULT_TEXT, SYMBOL
from rome_elements.engine.report import (
    REPORT_VERSION,
    ChargeFinding,
    ElementFinding,
    EvidenceInfo,
    FactFinding,
    Report,
)

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
JURISDICTION = {
    "within": "within the Court's jurisdiction",
    "outside": "outside the Court's jurisdiction",
    "undetermined": "jurisdiction undetermined",
}
# Relation of one evidence item to one element, through the element's facts.
RELATIONS = ("support", "below", "contra")
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

CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c8c8c8; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff; line-height: 1.45; margin: 0 auto; max-width: 72rem;
  padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin-top: 1.8rem; }
h4 { font-size: 1rem; margin: 0 0 .4rem; }
h5 { font-size: .9rem; margin: .8rem 0 .2rem; text-transform: uppercase; letter-spacing: .03em;
  color: var(--muted); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; }
a { color: #0b4f8a; }
.muted, .kind { color: var(--muted); font-weight: normal; }
.status { display: inline-block; padding: 0 .4em; border: 1px solid; border-radius: .25em;
  white-space: nowrap; font-weight: 600; }
.s-supported { background: #e6f4ea; color: #0b5d1e; }
.s-insufficient { background: #fff4d6; color: #6b4200; }
.s-contested { background: #f3e8fd; color: #5b2a86; }
.s-missing { background: #fde8e8; color: #8a1c1c; }
.verdict-yes { color: #0b5d1e; font-weight: 700; }
.verdict-no { color: #8a1c1c; font-weight: 700; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; caption-side: top; }
th, td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top;
  text-align: left; }
thead th { background: #f2f2f2; }
th[scope=rowgroup] { background: #fafafa; font-style: italic; }
.matrix td.rel { text-align: center; white-space: nowrap; }
.matrix td.support { background: #e6f4ea; color: #0b5d1e; }
.matrix td.below { background: #fff4d6; color: #6b4200; }
.matrix td.contra { background: #f3e8fd; color: #5b2a86; }
.matrix td.mixed { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #f3e8fd 4px,
  #f3e8fd 8px); }
.matrix .rel span { display: block; }
.grade { display: block; font-weight: normal; color: var(--muted); font-size: .85em; }
abbr[title] { text-decoration: underline dotted; }
ul.legend { font-size: .85rem; color: var(--muted); list-style: none; padding: 0;
  margin: -.4rem 0 1rem; }
ul.legend li { display: inline-block; margin-right: 1.4em; }
p.legend { font-size: .85rem; color: var(--muted); }
.element { border-left: 4px solid var(--rule); padding: .2rem 0 .4rem .9rem; margin: 1.2rem 0; }
.element.e-supported { border-color: #2e7d32; }
.element.e-insufficient { border-color: #b07800; }
.element.e-contested { border-color: #7b3fb0; }
.element.e-missing { border-color: #b3261e; }
blockquote { margin: .3rem 0; padding: .3rem .8rem; border-left: 3px solid var(--rule);
  background: #fafafa; }
blockquote.law { font-family: Georgia, "Times New Roman", serif; }
figure.excerpt { margin: .5rem 0 .8rem; }
figure.excerpt figcaption { font-size: .85rem; color: var(--muted); }
ul.gaps > li::marker { content: "☐ "; }
ul { margin: .2rem 0; padding-left: 1.4rem; }
dl.thresholds { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.thresholds dt { font-weight: 600; }
dl.thresholds dd { margin: 0; }
.notice { border: 2px solid #b07800; padding: .4rem .8rem; background: #fff8e6; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
footer.report { margin-top: 3rem; font-size: .8rem; color: var(--muted);
  border-top: 1px solid var(--rule); }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  section.charge { break-before: page; }
  h2, h3, h4, h5 { break-after: avoid; }
  tr, figure, .element h4 { break-inside: avoid; }
  thead { display: table-header-group; }
  .status, .matrix td, .element { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def esc(text: object) -> str:
    """Escape case or library text for element content and attribute values alike; control
    and bidi characters show as visible escapes (`base.text`), line breaks and tabs stay
    (they are spaces in HTML)."""
    return html.escape(visible(str(text), keep_whitespace=True), quote=True)


def ident(text: str) -> str:
    """A case id or name, escaped and isolated (`<bdi>`): right-to-left text in it cannot
    reorder what is printed around it."""
    return f"<bdi>{esc(text)}</bdi>"


_CODE_SPAN = re.compile(r"`([A-Za-z_][A-Za-z0-9_.]*)`")
NEAR_MISS = "near miss: "


def words(text: object) -> str:
    """Escape engine wording, keeping its quoting of identifiers (`mental_state`) as code."""
    return _CODE_SPAN.sub(r"<code>\1</code>", esc(text))


def status_badge(status: str) -> str:
    return (
        f'<span class="status s-{esc(status)}"><span aria-hidden="true">'
        f"{SYMBOL.get(status, '?')}</span> {esc(status)}</span>"
    )


def _kind(el: ElementFinding) -> str:
    return f"{el.kind} {el.subkind}" if el.subkind else el.kind


@dataclass
class _Anchors:
    """Numbered anchors, so that no case id ever becomes an HTML id."""

    evidence: dict[str, str] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)

    def ev(self, eid: str) -> str:
        a = self.evidence.get(eid)
        return f'<a href="#{a}">{ident(eid)}</a>' if a else ident(eid)

    def fact(self, fid: str) -> str:
        a = self.facts.get(fid)
        return f'<a href="#{a}">{ident(fid)}</a>' if a else ident(fid)

    def evs(self, ids: Iterable[str]) -> str:
        return ", ".join(self.ev(i) for i in ids) or "none"

    def fs(self, ids: Iterable[str]) -> str:
        return ", ".join(self.fact(i) for i in ids) or "none"


def relations(
    el: ElementFinding, facts: Mapping[str, FactFinding]
) -> dict[str, dict[str, list[str]]]:
    """evidence id → relation (support | below | contra) → the element's facts it bears on."""
    out: dict[str, dict[str, list[str]]] = {}
    for fid in el.facts:
        ff = facts.get(fid)
        if ff is None:
            continue
        for rel, ids in (("support", ff.support), ("below", ff.below), ("contra", ff.contra)):
            for eid in ids:
                out.setdefault(eid, {}).setdefault(rel, []).append(fid)
    return out


def render_html(report: Report) -> str:
    """The whole document, ending with one newline."""
    anchors = _Anchors()
    for i, e in enumerate(report.evidence):
        anchors.evidence.setdefault(e.id, f"ev-{i + 1}")
    for i, f in enumerate(report.facts):
        anchors.facts.setdefault(f.id, f"fact-{i + 1}")
    facts = {f.id: f for f in report.facts}
    evidence = {e.id: e for e in report.evidence}
    order = {e.id: i for i, e in enumerate(report.evidence)}
    made = sum(c.made_out for c in report.charges)
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="elements (report version {esc(REPORT_VERSION)})">',
        f"<title>Element analysis: {esc(report.case)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>Element analysis: {esc(report.case)}</h1>",
    ]
    if report.case_file:
        out.append(f'<p class="muted">Case file: <code>{esc(report.case_file)}</code></p>')
    total = len(report.charges)
    out.append(
        f"<p><strong>{made} of {total} charge{'' if total == 1 else 's'}"
        f" made out</strong> at the standard <em>{esc(report.standard.title)}</em>"
        f" (art. {esc(report.standard.article)}).</p>"
    )
    out.append("</header>")
    out.append("<main>")
    out += _standard(report)
    out += [f'<p class="notice" role="note">{esc(g.text)}</p>' for g in report.regraded]
    excluded = report.excluded
    if excluded:
        out.append(
            '<p class="notice" role="note"><strong>Evaluated as if these did not exist:</strong> '
            + ", ".join(anchors.ev(x) if x in evidence else anchors.fact(x) for x in excluded)
            + "</p>"
        )
    out += _summary(report)
    for charge in report.charges:
        out += _charge(charge, facts, evidence, order, anchors)
    out += _options(report)
    out += _facts(report.facts, anchors)
    out += _evidence(report.evidence, report.excluded, anchors)
    out.append("</main>")
    out.append(
        '<footer class="report"><p>Produced by <code>elements</code>, report version '
        f"{esc(REPORT_VERSION)}. The report shows the structure of an argument; the weighing "
        "stays with lawyers and chambers.</p></footer>"
    )
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _standard(report: Report) -> list[str]:
    s = report.standard
    out = [
        '<section id="standard" aria-labelledby="standard-h">',
        f'<h2 id="standard-h">Standard of proof: {esc(s.title)}</h2>',
        f"<p>Art. {esc(s.article)} (<code>{esc(s.id)}</code>)</p>",
    ]
    if s.text:
        out.append(f'<blockquote class="law"><p>{esc(s.text)}</p></blockquote>')
    out += [
        '<dl class="thresholds">',
        f"<dt>Independent origins per fact</dt><dd>{esc(s.origins)}</dd>",
        f"<dt>Minimum grade</dt><dd>{esc(s.min_grade)} (source reliability "
        f"{esc(s.min_grade[:1])} or better, information credibility {esc(s.min_grade[1:])} "
        "or better)</dd>",
        f"<dt>Contradicting evidence</dt><dd>{esc(s.contradiction)} (weighed when graded "
        f"{esc(s.credible_contradiction)} or better)</dd>",
        f"<dt>Inference from other facts</dt><dd>{esc(s.inference)}</dd>",
        "</dl>",
    ]
    if s.notes:
        out.append("<ul>" + "".join(f"<li>{esc(n)}</li>" for n in s.notes) + "</ul>")
    out.append("</section>")
    return out


def _verdict(c: ChargeFinding) -> str:
    text = esc(RESULT_TEXT[c.result])
    if c.made_out:
        return f'<span class="verdict-yes"><span aria-hidden="true">✔</span> {text}</span>'
    return f'<span class="verdict-no"><span aria-hidden="true">✘</span> {text}</span>'


def _acts(c: ChargeFinding) -> str:
    """The acts the charge was assessed on, the best first (the matrix shows the best)."""
    if c.act is None:
        return "none — no fact establishes the crime's conduct"
    made = c.best.acts_made_out
    head = f"{len(c.acts)} assessed; " + (
        "made out by " + ", ".join(ident(a) for a in made) if made else "none makes it out"
    )
    head += f"; shown: {ident(c.act)}"
    if len(c.acts) == 1:
        return head
    items = "".join(
        f"<li>{ident(a.act or '')}: {esc(RESULT_TEXT[a.result])} (jurisdiction "
        f"{esc(a.jurisdiction)})</li>"
        for a in c.acts[:20]
    )
    more = f"<li>… and {len(c.acts) - 20:,} more (JSON report)</li>" if len(c.acts) > 20 else ""
    return f"{head}<ul>{items}{more}</ul>"


def _counts(c: ChargeFinding) -> str:
    return ", ".join(f"{n} {k}" for k, n in c.counts().items() if n) or "no elements"


def _summary(report: Report) -> list[str]:
    out = [
        '<section id="summary" aria-labelledby="summary-h">',
        '<h2 id="summary-h">Charges</h2>',
    ]
    if not report.charges:
        return out + ["<p>The case file charges nothing.</p>", "</section>"]
    out += [
        "<table>",
        "<caption>Charges and their result at this standard</caption>",
        '<thead><tr><th scope="col">#</th><th scope="col">Accused</th><th scope="col">Crime</th>'
        '<th scope="col">Mode of liability</th><th scope="col">Elements</th>'
        '<th scope="col">Result</th></tr></thead>',
        "<tbody>",
    ]
    for c in report.charges:
        n = c.index + 1
        out.append(
            f'<tr><th scope="row"><a href="#charge-{n}">{n}</a></th>'
            f"<td>{ident(c.accused_name)}</td>"
            f"<td>art. {esc(c.article)} {esc(c.crime_title)}</td>"
            f"<td>art. {esc(c.mode_article)} {esc(c.mode_title)}</td>"
            f"<td>{_counts(c)}</td><td>{_verdict(c)}</td></tr>"
        )
    out += ["</tbody>", "</table>", "</section>"]
    return out


def _charge(
    charge: ChargeFinding,
    facts: Mapping[str, FactFinding],
    evidence: Mapping[str, EvidenceInfo],
    order: Mapping[str, int],
    anchors: _Anchors,
) -> list[str]:
    n = charge.index + 1
    out = [
        f'<section class="charge" id="charge-{n}" aria-labelledby="charge-{n}-h">',
        f'<h2 id="charge-{n}-h">Charge {n}: {ident(charge.accused_name)} — '
        f"{esc(charge.crime_title)} ({esc(charge.mode_title)})</h2>",
        '<dl class="thresholds">',
        f"<dt>Crime</dt><dd>art. {esc(charge.article)} {esc(charge.crime_title)} "
        f"(<code>{esc(charge.crime)}</code>)</dd>",
        f"<dt>Mode of liability</dt><dd>art. {esc(charge.mode_article)} "
        f"{esc(charge.mode_title)} (<code>{esc(charge.mode)}</code>)</dd>",
        f"<dt>Result</dt><dd>{_verdict(charge)}; elements: {_counts(charge)}</dd>",
        f"<dt>Acts</dt><dd>{_acts(charge)}</dd>",
        "<dt>Jurisdiction</dt><dd>"
        + esc(JURISDICTION.get(charge.jurisdiction, charge.jurisdiction)),
    ]
    if charge.jurisdiction_reasons:
        out.append(
            "<ul>" + "".join(f"<li>{words(r)}</li>" for r in charge.jurisdiction_reasons) + "</ul>"
        )
    out += ["</dd>", "</dl>"]
    rels = {el_index: relations(el, facts) for el_index, el in enumerate(charge.elements)}
    columns = sorted(
        {eid for r in rels.values() for eid in r},
        key=lambda eid: (order.get(eid, len(order)), eid),
    )
    out += _matrix(charge, n, rels, columns, evidence, anchors)
    out.append(f'<h3 id="charge-{n}-elements">Charge {n}: the elements</h3>')
    for k, el in enumerate(charge.elements):
        out += _element(el, f"c{n}-e{k + 1}", rels[k], facts, evidence, order, anchors)
    out.append("</section>")
    return out


def _matrix(
    charge: ChargeFinding,
    n: int,
    rels: Mapping[int, Mapping[str, Mapping[str, list[str]]]],
    columns: list[str],
    evidence: Mapping[str, EvidenceInfo],
    anchors: _Anchors,
) -> list[str]:
    out = [
        f'<table class="matrix" id="charge-{n}-matrix">',
        f"<caption>Charge {n}: evidence × element matrix — rows are the elements of art. "
        f"{esc(charge.article)} and art. {esc(charge.mode_article)}, columns the evidence "
        "bearing on them through the facts bound to each element</caption>",
        "<thead><tr>",
        '<th scope="col">Element</th><th scope="col">Status</th><th scope="col">Facts</th>',
    ]
    for eid in columns:
        info = evidence.get(eid)
        title = f' title="{esc(info.source)}"' if info else ""
        grade = f'<span class="grade">{esc(info.grade)}</span>' if info else ""
        out.append(f'<th scope="col"{title}>{anchors.ev(eid)}{grade}</th>')
    out.append("</tr></thead>")
    width = 3 + len(columns)
    for part, label in (("crime", "Crime elements"), ("mode", "Mode-of-liability elements")):
        rows = [(k, el) for k, el in enumerate(charge.elements) if el.part == part]
        if not rows:
            continue
        out.append("<tbody>")
        out.append(f'<tr><th scope="rowgroup" colspan="{width}">{label}</th></tr>')
        for k, el in rows:
            cells = [
                f'<th scope="row"><a href="#c{n}-e{k + 1}"><code>{esc(el.id)}</code></a> '
                f'<span class="kind">{esc(_kind(el))}</span></th>',
                f"<td>{status_badge(el.status)}</td>",
                f"<td>{anchors.fs(el.facts) if el.facts else '—'}</td>",
            ]
            for eid in columns:
                cells.append(_cell(el, eid, rels[k].get(eid, {})))
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
    out.append("</table>")
    if not columns:
        out.append('<p class="legend">No evidence bears on any element of this charge.</p>')
    else:
        out.append(
            f'<ul class="legend" aria-label="Key to the matrix of charge {n}">'
            + "".join(
                f'<li><span aria-hidden="true">{REL_SYMBOL[r]}</span> {REL_WORD[r]}: '
                f"{esc(REL_TITLE[r])}</li>"
                for r in RELATIONS
            )
            + "<li>empty: not relied on for this element</li></ul>"
        )
    return out


def _cell(el: ElementFinding, eid: str, rel: Mapping[str, list[str]]) -> str:
    present = [r for r in RELATIONS if r in rel]
    if not present:
        return f'<td class="none" aria-label="{esc(eid)}: not relied on for {esc(el.id)}"></td>'
    label = "; ".join(
        f"{eid} {REL_WORD[r]} {el.id} (fact{'s' if len(rel[r]) > 1 else ''} {', '.join(rel[r])})"
        for r in present
    )
    cls = present[0] if len(present) == 1 else "mixed"
    body = "".join(
        f'<span><span aria-hidden="true">{REL_SYMBOL[r]}</span> '
        f'<abbr title="{esc(REL_TITLE[r])}">{REL_WORD[r]}</abbr></span>'
        for r in present
    )
    return f'<td class="rel {cls}" aria-label="{esc(label)}">{body}</td>'


def _element(
    el: ElementFinding,
    anchor: str,
    rel: Mapping[str, Mapping[str, list[str]]],
    facts: Mapping[str, FactFinding],
    evidence: Mapping[str, EvidenceInfo],
    order: Mapping[str, int],
    anchors: _Anchors,
) -> list[str]:
    out = [
        f'<section class="element e-{esc(el.status)}" id="{anchor}" aria-labelledby="{anchor}-h">',
        f'<h4 id="{anchor}-h">{status_badge(el.status)} <code>{esc(el.id)}</code> '
        f'<span class="kind">{esc(el.part)} element, {esc(_kind(el))}</span></h4>',
        '<blockquote class="law">',
        f"<p>{esc(el.text)}</p>",
    ]
    if el.provenance:
        out.append(f'<p class="muted">{esc(el.provenance)}</p>')
    out.append("</blockquote>")
    if el.facts:
        out.append("<h5>Facts</h5>")
        out.append("<ul>")
        for fid in el.facts:
            ff = facts.get(fid)
            if ff is None:
                out.append(f"<li>{anchors.fact(fid)}</li>")
                continue
            line = (
                f"<li>{anchors.fact(fid)} <code>{esc(ff.type)}</code> "
                f"{status_badge(ff.status)} {esc(ff.reason)}"
            )
            if ff.inferred_from:
                line += f"; inferred from {anchors.fs(ff.inferred_from)}"
            out.append(line + "</li>")
        out.append("</ul>")
    via = el.via
    if via:
        out.append(f"<p>Joined with: {anchors.fs(via)}</p>")
    if rel:
        out.append("<h5>Evidence</h5>")
        for eid in sorted(rel, key=lambda x: (order.get(x, len(order)), x)):
            out += _excerpt(eid, rel[eid], evidence.get(eid), anchors)
    if el.needs or el.status != "supported":
        out.append("<h5>Gaps</h5>")
        out.append(_gaps(el.needs or ("find evidence that meets the standard",)))
    if el.options:
        out.append("<h5>Unsettled law relied on</h5>")
        out.append(
            "<ul>"
            + "".join(f'<li><span aria-hidden="true">⚑</span> {words(x)}</li>' for x in el.options)
            + "</ul>"
        )
    if el.notes or el.derived:
        out.append("<h5>Notes</h5>")
        items = [words(x) for x in el.notes]
        items += [f"Derived (art. 30): {words(d)}" for d in el.derived]
        out.append("<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>")
    out.append("</section>")
    return out


def _gaps(needs: Iterable[str]) -> str:
    """Each requirement a task; the near misses that follow it, hints nested under it."""
    tasks: list[tuple[str, list[str]]] = []
    for need in needs:
        if need.startswith(NEAR_MISS) and tasks:
            tasks[-1][1].append(need)
        else:
            tasks.append((need, []))
    items = []
    for task, hints in tasks:
        nested = (
            '<ul class="hints">' + "".join(f"<li>{words(h)}</li>" for h in hints) + "</ul>"
            if hints
            else ""
        )
        items.append(f"<li>{words(task)}{nested}</li>")
    return '<ul class="gaps">' + "".join(items) + "</ul>"


def _excerpt(
    eid: str, rel: Mapping[str, list[str]], info: EvidenceInfo | None, anchors: _Anchors
) -> list[str]:
    roles = "; ".join(
        f'<span aria-hidden="true">{REL_SYMBOL[r]}</span> '
        + REL_PHRASE[r].format(facts=anchors.fs(rel[r]))
        for r in RELATIONS
        if r in rel
    )
    if info is None:
        return [f"<p>{anchors.ev(eid)} ({roles}): not in the case's evidence list</p>"]
    prov = [
        f"<strong>{anchors.ev(eid)}</strong> ({roles})",
        esc(info.kind),
        f'graded <abbr title="source reliability {esc(info.grade[:1])}, information '
        f'credibility {esc(info.grade[1:])}">{esc(info.grade)}</abbr>',
        f"source: {esc(info.source)}",
        f"origin: {esc(info.origin)}",
    ]
    if info.date:
        prov.append(f"date: {esc(info.date)}")
    if info.document:
        prov.append(f"document: <code>{esc(info.document)}</code>")
    return [
        '<figure class="excerpt">',
        f'<blockquote dir="auto"><p>{esc(info.excerpt)}</p></blockquote>',
        f"<figcaption>{' · '.join(prov)}</figcaption>",
        "</figure>",
    ]


def _options(report: Report) -> list[str]:
    if not report.options:
        return []
    out = [
        '<section id="options" aria-labelledby="options-h">',
        '<h2 id="options-h">Readings of unsettled law</h2>',
        "<table>",
        "<caption>The reading applied for each option of the library</caption>",
        '<thead><tr><th scope="col">Option</th><th scope="col">Reading applied</th>'
        '<th scope="col">Default</th><th scope="col">Why it is unsettled</th></tr></thead>',
        "<tbody>",
    ]
    for o in report.options:
        reading = f"<code>{esc(o.choice)}</code>"
        if o.choice_text:
            reading += f": {esc(o.choice_text)}"
        out.append(
            f'<tr><th scope="row"><code>{esc(o.id)}</code> {esc(o.title)}</th><td>{reading}</td>'
            f"<td>{'yes' if o.default else 'no'}</td>"
            f"<td>{'<br>'.join(esc(u) for u in o.unsettled) or '—'}</td></tr>"
        )
    out += ["</tbody>", "</table>", "</section>"]
    return out


def _facts(facts: Iterable[FactFinding], anchors: _Anchors) -> list[str]:
    rows = list(facts)
    if not rows:
        return []
    out = [
        '<section id="facts" aria-labelledby="facts-h">',
        '<h2 id="facts-h">Facts, weighed at this standard</h2>',
        "<table>",
        "<caption>Every fact of the case, its evidence and its status at this standard</caption>",
        '<thead><tr><th scope="col">Fact</th><th scope="col">Type</th><th scope="col">Status</th>'
        '<th scope="col">Supporting evidence</th><th scope="col">Below the standard</th>'
        '<th scope="col">Contradicted by</th><th scope="col">Reason</th></tr></thead>',
        "<tbody>",
    ]
    for i, f in enumerate(rows):
        reason = esc(f.reason)
        if f.inferred_from:
            reason += f"; inferred from {anchors.fs(f.inferred_from)}"
        out.append(
            f'<tr id="fact-{i + 1}"><th scope="row">{ident(f.id)}</th>'
            f"<td><code>{esc(f.type)}</code></td><td>{status_badge(f.status)}</td>"
            f"<td>{anchors.evs(f.support)}</td><td>{anchors.evs(f.below)}</td>"
            f"<td>{anchors.evs(f.contra)}</td><td>{reason}</td></tr>"
        )
    out += ["</tbody>", "</table>", "</section>"]
    return out


def _evidence(
    evidence: Iterable[EvidenceInfo], excluded: tuple[str, ...], anchors: _Anchors
) -> list[str]:
    rows = list(evidence)
    if not rows:
        return []
    out = [
        '<section id="evidence" aria-labelledby="evidence-h">',
        '<h2 id="evidence-h">Evidence</h2>',
        "<table>",
        "<caption>Every evidence item of the case, with its provenance</caption>",
        '<thead><tr><th scope="col">Item</th><th scope="col">Kind</th><th scope="col">Grade</th>'
        '<th scope="col">Source</th><th scope="col">Origin</th><th scope="col">Date</th>'
        '<th scope="col">Document</th><th scope="col">Excerpt</th></tr></thead>',
        "<tbody>",
    ]
    for i, e in enumerate(rows):
        head = ident(e.id)
        if e.id in excluded:
            head += ' <span class="muted">(excluded from this evaluation)</span>'
        out.append(
            f'<tr id="ev-{i + 1}"><th scope="row">{head}</th><td>{esc(e.kind)}</td>'
            f"<td>{esc(e.grade)}</td><td>{esc(e.source)}</td><td>{esc(e.origin)}</td>"
            f"<td>{esc(e.date) if e.date else '—'}</td>"
            f"<td>{f'<code>{esc(e.document)}</code>' if e.document else '—'}</td>"
            f'<td dir="auto">{esc(e.excerpt)}</td></tr>'
        )
    out += ["</tbody>", "</table>", "</section>"]
    return out
