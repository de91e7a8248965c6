"""The Word memo (`elements check --format docx -o memo.docx`): the report as a .docx a lawyer
can edit and file, written with python-docx.

Same report, same wording as the other formats (`cli.header` for the header, banner, legend
and what facts assert; `engine.report.evidence_relations` for how evidence bears on each
element): the header, the standard of proof, a table of the charges, then per charge a table of
its elements and, per element, its law text, facts, evidence, contradictions and gaps; the
readings of unsettled law, the facts, and an appendix of the evidence with each excerpt once.
A confidential report says so at the top and in the header of every page; every page is
numbered. Case text is made visible (`base.text.visible`): a control character cannot reach
the XML.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import RESULT_TEXT, SYMBOL
from rome_elements.cli.header import (
    LEGEND_INTRO,
    LEGEND_TITLE,
    assertion,
    confidential_banner,
    header_rows,
    legend,
    same_excerpt_note,
    same_excerpts,
    tasks,
)
from rome_elements.engine.report import (
    RELATIONS,
    ChargeFinding,
    ElementFinding,
    EvidenceInfo,
    FactFinding,
    Report,
    evidence_relations,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

RELATION_WORDS = {
    "support": "supports",
    "below": "supports, graded below the standard,",
    "contra": "contradicts",
}
MAX_ACTS = 20


def _t(text: object) -> str:
    return visible(str(text), keep_whitespace=True)


def _ids(ids: Iterable[str]) -> str:
    return ", ".join(_t(i) for i in ids) or "none"


def render_docx(report: Report) -> bytes:
    """The memo as the bytes of a .docx file."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import RGBColor

    doc = new_document()
    section = doc.sections[0]

    banner = confidential_banner(report)
    if banner:
        top = section.header.paragraphs[0]
        top.alignment = WD_ALIGN_PARAGRAPH.CENTER
        mark = top.add_run("CONFIDENTIAL: for the team only")
        mark.bold = True
        mark.font.color.rgb = RGBColor(0x8A, 0x1C, 0x1C)
        run = doc.add_paragraph().add_run(_t(banner))
        run.bold = True
        run.font.color.rgb = RGBColor(0x8A, 0x1C, 0x1C)
    doc.add_heading(_t(f"Element analysis: {report.case}"), 0)
    add_table(doc, None, [[_t(label), _t(value)] for label, value in header_rows(report)])
    made = sum(c.made_out for c in report.charges)
    total = len(report.charges)
    doc.add_paragraph().add_run(
        f"{made} of {total} charge{'' if total == 1 else 's'} made out at the standard "
        f"{_t(report.standard.title)} (art. {_t(report.standard.article)})."
    ).bold = True
    _standard(doc, report)
    if report.excluded:
        doc.add_paragraph(f"Evaluated as if these did not exist: {_ids(report.excluded)}.")
    doc.add_heading("Charges", 1)
    add_table(
        doc,
        ["#", "Accused", "Crime", "Mode of liability", "Elements", "Result"],
        [
            [
                str(c.index + 1),
                _t(c.accused_name),
                _t(f"art. {c.article} {c.crime_title}"),
                _t(f"art. {c.mode_article} {c.mode_title}"),
                _counts(c),
                _verdict(c),
            ]
            for c in report.charges
        ],
    )
    facts = {f.id: f for f in report.facts}
    evidence = {e.id: e for e in report.evidence}
    for charge in report.charges:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _charge(doc, charge, facts, evidence)
    _options(doc, report)
    _facts(doc, report.facts)
    _appendix(doc, report)
    return document_bytes(doc)


def new_document() -> Document:
    """An empty memo: A4-friendly margins, 10 pt text, "page N of M" in the footer."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(18)
    doc.styles["Normal"].font.size = Pt(10)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    return doc


def document_bytes(doc: Document) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES), computed by Word as it lays the document out; "1" until
    then."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    paragraph.add_run()._r.append(char("begin"))
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(char("separate"))
    paragraph.add_run("1")
    paragraph.add_run()._r.append(char("end"))


def add_table(doc: Document, head: Sequence[str] | None, rows: Sequence[Sequence[str]]) -> None:
    if not rows:
        return
    width = len(head) if head else len(rows[0])
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    if head:
        cells = table.add_row().cells
        for cell, text in zip(cells, head, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_paragraph()


def _counts(c: ChargeFinding) -> str:
    return ", ".join(f"{n} {k}" for k, n in c.counts().items() if n) or "no elements"


def _verdict(c: ChargeFinding) -> str:
    return ("✔ " if c.made_out else "✘ ") + RESULT_TEXT[c.result]


def _standard(doc: Document, report: Report) -> None:
    s = report.standard
    doc.add_heading(_t(f"Standard of proof: {s.title}"), 1)
    doc.add_paragraph(_t(f"Art. {s.article} ({s.id})"))
    if s.text:
        doc.add_paragraph(_t(s.text), style="Quote")
    for line in (
        f"Independent origins per fact: {s.origins}",
        f"Minimum grade: {s.min_grade} (source reliability {s.min_grade[:1]} or better, "
        f"information credibility {s.min_grade[1:]} or better)",
        f"Contradicting evidence: {s.contradiction} (weighed when graded "
        f"{s.credible_contradiction} or better)",
        f"Inference from other facts: {s.inference}",
        *s.notes,
    ):
        doc.add_paragraph(_t(line), style="List Bullet")


def _charge(
    doc: Document,
    charge: ChargeFinding,
    facts: dict[str, FactFinding],
    evidence: dict[str, EvidenceInfo],
) -> None:
    n = charge.index + 1
    doc.add_heading(
        _t(f"Charge {n}: {charge.accused_name} — {charge.crime_title} ({charge.mode_title})"), 1
    )
    acts = charge.acts
    if charge.act is None:
        acts_line = "none — no fact establishes the crime's conduct"
    else:
        made = charge.best.acts_made_out
        acts_line = f"{charge.best.considered} assessed; " + (
            f"made out by {_ids(made)}" if made else "none makes it out"
        )
        acts_line += f"; shown: {_t(charge.act)}"
    add_table(
        doc,
        None,
        [
            ["Crime", _t(f"art. {charge.article} {charge.crime_title} ({charge.crime})")],
            [
                "Mode of liability",
                _t(f"art. {charge.mode_article} {charge.mode_title} ({charge.mode})"),
            ],
            ["Result", f"{_verdict(charge)}; elements: {_counts(charge)}"],
            ["Acts", acts_line],
            [
                "Jurisdiction",
                "; ".join(_t(x) for x in (charge.jurisdiction, *charge.jurisdiction_reasons)),
            ],
        ],
    )
    if charge.best.considered > 1:
        for act in acts[:MAX_ACTS]:
            doc.add_paragraph(
                _t(f"{act.act}: {RESULT_TEXT[act.result]} (jurisdiction {act.jurisdiction})"),
                style="List Bullet",
            )
    add_table(
        doc,
        ["Element", "Status", "Facts", "Evidence"],
        [
            [
                _t(f"{el.id} ({el.part}, {_kind(el)})"),
                f"{SYMBOL.get(el.status, '?')} {el.status}",
                _ids(el.facts) if el.facts else "—",
                _ids(el.evidence) if el.evidence else "—",
            ]
            for el in charge.elements
        ],
    )
    for el in charge.elements:
        _element(doc, el, facts, evidence)


def _kind(el: ElementFinding) -> str:
    return f"{el.kind} {el.subkind}" if el.subkind else el.kind


def _element(
    doc: Document,
    el: ElementFinding,
    facts: dict[str, FactFinding],
    evidence: dict[str, EvidenceInfo],
) -> None:
    doc.add_heading(
        _t(f"{SYMBOL.get(el.status, '?')} {el.status}: {el.id} ({el.part} element, {_kind(el)})"),
        3,
    )
    doc.add_paragraph(_t(el.text), style="Quote")
    if el.provenance:
        doc.add_paragraph(_t(f"Source: {el.provenance}"))
    for fid in el.facts:
        fact = facts.get(fid)
        line = fid if fact is None else f"{fid} ({fact.type}, {fact.status}): {fact.reason}"
        if fact is not None and fact.attributes:
            line += f". Asserts: {assertion(fact)}"
        doc.add_paragraph(_t(line), style="List Bullet")
    if el.via:
        doc.add_paragraph(_t(f"Joined with: {_ids(el.via)}"))
    for eid, rel in evidence_relations(el, facts).items():
        info = evidence.get(eid)
        about = f" ({info.grade}, {info.kind}: {info.source})" if info else ""
        bears = "; ".join(f"{RELATION_WORDS[r]} {_ids(rel[r])}" for r in RELATIONS if r in rel)
        doc.add_paragraph(_t(f"{eid}{about} {bears}"), style="List Bullet 2")
    needs = el.needs or (
        () if el.status == "supported" else ("find evidence that meets the standard",)
    )
    for task, hints in tasks(needs):
        doc.add_paragraph(_t(f"☐ {task}"), style="List Bullet")
        for hint in hints:
            doc.add_paragraph(_t(hint), style="List Bullet 2")
    for note in (*el.options, *el.notes, *(f"Derived (art. 30): {d}" for d in el.derived)):
        doc.add_paragraph(_t(note), style="List Bullet 2")


def _options(doc: Document, report: Report) -> None:
    if not report.options:
        return
    doc.add_heading("Readings of unsettled law", 1)
    add_table(
        doc,
        ["Option", "Reading applied", "Default", "Why it is unsettled"],
        [
            [
                _t(f"{o.id} {o.title}"),
                _t(f"{o.choice}: {o.choice_text}" if o.choice_text else o.choice),
                "yes" if o.default else "no",
                _t("; ".join(o.unsettled) or "—"),
            ]
            for o in report.options
        ],
    )


def _facts(doc: Document, facts: Sequence[FactFinding]) -> None:
    if not facts:
        return
    doc.add_heading("Facts, weighed at this standard", 1)
    add_table(
        doc,
        ["Fact", "Type", "Asserts", "Status", "Evidence", "Contradicted by", "Reason"],
        [
            [
                _t(f.id),
                _t(f.type),
                _t(assertion(f) or "—"),
                f"{SYMBOL.get(f.status, '?')} {f.status}",
                _ids(f.evidence),
                _ids(f.contra),
                _t(f.reason),
            ]
            for f in facts
        ],
    )


def _appendix(doc: Document, report: Report) -> None:
    if report.evidence:
        doc.add_heading("Appendix: the evidence", 1)
    same = same_excerpts(report.evidence)
    for e in report.evidence:
        head = f"{e.id} · {e.kind} · graded {e.grade} · source: {e.source} · origin: {e.origin}"
        if e.date:
            head += f" · date: {e.date}"
        if e.document:
            head += f" · document: {e.document}"
        if e.id in report.excluded:
            head += " · excluded from this evaluation"
        if e.confidential:
            head += " · confidential"
        doc.add_paragraph().add_run(_t(head)).bold = True
        if e.id in same:
            doc.add_paragraph(_t("Excerpt: " + same_excerpt_note(same[e.id])))
        else:
            doc.add_paragraph(_t(e.excerpt), style="Quote")
    tags = legend(report)
    if tags:
        doc.add_heading(LEGEND_TITLE, 1)
        doc.add_paragraph(LEGEND_INTRO)
        for tag, meaning in tags:
            doc.add_paragraph(_t(f"{tag}: {meaning}"), style="List Bullet")
