"""The Markdown memo: a report a lawyer can paste into a brief.

Layout: title; the standard applied (article, statutory text, thresholds); a summary of the
charges; then per charge a table (element | status | facts | evidence), the law text of each
element, the gaps as investigation tasks (a `- [ ]` checklist built from each element's
`needs`) and the readings of unsettled law relied on; finally the facts and the evidence.

Every status is a symbol *and* a word. All text that comes from the case file or the library
is escaped, so pipes cannot break a table row, newlines cannot break a list item, and `<`, `*`,
`[` … stay literal characters; the output is deterministic (same report, same bytes).
"""

from __future__ import annotations

import re

from rome_elements.base.text import visible
from rome_elements.base.vocabulary import RESULT_TEXT, SYMBOL
from rome_elements.cli.header import (
    LEGEND_INTRO,
    LEGEND_TITLE,
    NEAR_MISS,
    assertion,
    confidential_banner,
    header_rows,
    is_digest,
    legend,
    same_excerpt_note,
    same_excerpts,
)
from rome_elements.engine.report import (
    ChargeFinding,
    ElementFinding,
    EvidenceInfo,
    FactFinding,
    Report,
)

JURISDICTION = {"within": "within", "outside": "outside", "undetermined": "undetermined"}

# Characters with a meaning somewhere inline in CommonMark / GitHub Flavored Markdown: `|`
# splits a table cell, `*` `_` emphasis, `[` `]` links, `` ` `` code. A backslash keeps them
# literal (`_` inside a word, as in `snake_case`, cannot emphasise and stays as it is). `<`
# (raw HTML, autolinks) becomes `&lt;` rather than `\<`, which not every Markdown
# implementation honours; `&` becomes `&amp;` where it would start an entity reference.
_INLINE = re.compile(r"[\\`*\[\]|~#]|(?<!\w)_|_(?!\w)")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# Characters that mean something only at the start of a line (lists, headings, quotes, rules).
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")
_SPACE = re.compile(r"\s+")


def _inline(flat: str) -> str:
    return _INLINE.sub(r"\\\g<0>", _ENTITY.sub("&amp;", flat)).replace("<", "&lt;")


def _line_start(escaped: str) -> str:
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped, count=1)


def md(text: object) -> str:
    """Escape case or library text for any inline position, table cells included.

    Whitespace runs (newlines included) collapse to one space, so the text never ends a table
    row, a list item or a paragraph early; the result contains no `<` at all.
    """
    return _line_start(_inline(visible(_SPACE.sub(" ", str(text)).strip())))


_CODE_SPAN = re.compile(r"`([A-Za-z_][A-Za-z0-9_.]*)`")


def md_words(text: object) -> str:
    """Like `md`, but keeps the engine's quoting of identifiers (`mental_state`) as code spans."""
    parts = _CODE_SPAN.split(visible(_SPACE.sub(" ", str(text)).strip()))
    return _line_start("".join(f"`{p}`" if i % 2 else _inline(p) for i, p in enumerate(parts)))


def code(text: str) -> str:
    """An identifier as a code span (backticks and pipes cannot occur in library names, but a
    case id could contain them: then fall back to escaped text)."""
    if not text or "`" in text or "|" in text or visible(text) != text:
        return md(text)
    return f"`{text}`"


def _in_case_order(ids: tuple[str, ...], report: Report) -> tuple[str, ...]:
    order = {e.id: i for i, e in enumerate(report.evidence)}
    return tuple(sorted(ids, key=lambda x: (order.get(x, len(order)), x)))


def status_word(status: str) -> str:
    return f"{SYMBOL.get(status, '?')} {status}"


def _ids(ids: tuple[str, ...] | list[str]) -> str:
    return ", ".join(md(i) for i in ids) if ids else "—"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_markdown(report: Report) -> str:
    """The whole memo, ending with one newline."""
    out: list[str] = []
    out.append(f"# Element analysis: {md(report.case)}")
    out.append("")
    banner = confidential_banner(report)
    if banner:
        out += [f"> **{md_words(banner)}**", ""]
    rows = header_rows(report)
    if rows:
        out += [f"- {label}: {_value(value)}" for label, value in rows]
        out.append("")
    out += _standard(report)
    for g in report.regraded:
        out += [md(g.text), ""]
    if report.excluded:
        out.append("**Evaluated as if these did not exist:** " + _ids(report.excluded) + ".")
        out.append("")
    out += _summary(report)
    for charge in report.charges:
        out += _charge(charge, report)
    out += _options(report)
    out += _facts(report.facts)
    out += _evidence(report.evidence, report.excluded)
    tags = legend(report)
    if tags:
        out += [f"## {LEGEND_TITLE}", "", md(LEGEND_INTRO), ""]
        out += [f"- **{md(tag)}**: {md(meaning)}" for tag, meaning in tags]
        out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _value(value: str) -> str:
    """A header value: a digest as code, anything else as text."""
    return code(value) if is_digest(value) else md(value)


def _standard(report: Report) -> list[str]:
    s = report.standard
    out = [
        "## Standard of proof applied",
        "",
        f"**{md(s.title)}** (art. {md(s.article)}; {code(s.id)})",
        "",
    ]
    if s.text:
        out += [f"> {md(s.text)}", ""]
    out += [
        f"- Independent origins required per fact: {s.origins}",
        f"- Minimum grade of supporting evidence: {md(s.min_grade)} (source reliability "
        f"{md(s.min_grade[:1])} or better, information credibility {md(s.min_grade[1:])} "
        "or better)",
        f"- Contradicting evidence: {md(s.contradiction)} (weighed when graded "
        f"{md(s.credible_contradiction)} or better)",
        f"- Inference from other facts: {md(s.inference)}",
    ]
    out += [f"- Note: {md(n)}" for n in s.notes]
    out.append("")
    return out


def _summary(report: Report) -> list[str]:
    made = sum(c.made_out for c in report.charges)
    out = [
        "## Summary",
        "",
        f"{made} of {_plural(len(report.charges), 'charge')} made out at "
        f"{code(report.standard.id)}.",
        "",
    ]
    if not report.charges:
        return out
    out += [
        "| # | Accused | Crime | Mode | Elements | Result |",
        "|---|---|---|---|---|---|",
    ]
    for c in report.charges:
        counts = ", ".join(f"{n} {k}" for k, n in c.counts().items() if n) or "none"
        out.append(
            f"| {c.index + 1} | {md(c.accused_name)} | art. {md(c.article)} {md(c.crime_title)} "
            f"| art. {md(c.mode_article)} {md(c.mode_title)} | {counts} | {_verdict(c)} |"
        )
    out.append("")
    return out


MAX_ACTS_LISTED = 20


def _verdict(c: ChargeFinding) -> str:
    return ("✔ " if c.made_out else "✘ ") + RESULT_TEXT[c.result]


def _acts(charge: ChargeFinding) -> list[str]:
    """The acts the charge was assessed on (the best first), and its forms if alternative."""
    out: list[str] = []
    if len(charge.forms) > 1:
        out.append(
            f"- Charged in the alternative ({md(charge.charged_mode)}): made out if any form is"
        )
        out += [
            f"  - {code(f.mode)} (art. {md(f.mode_article)}): {md(RESULT_TEXT[f.result])}"
            + (f", best act {md(f.best.act)}" if f.best.act else "")
            for f in charge.forms
        ]
    if charge.act is None:
        out.append("- Acts: none — no fact establishes the crime's conduct")
        return out
    made = charge.best.acts_made_out
    out.append(
        f"- Acts: {charge.best.considered} assessed; "
        + (f"made out by {_ids(made)}" if made else "none makes the charge out")
        + f"; the elements below are those of act {md(charge.act)}"
    )
    if charge.best.considered > 1:
        for act in charge.acts[:MAX_ACTS_LISTED]:
            counts = ", ".join(f"{n} {k}" for k, n in act.counts().items() if n)
            out.append(
                f"  - {md(act.act or '')}: {md(RESULT_TEXT[act.result])} ({counts}; "
                f"jurisdiction {md(act.jurisdiction)})"
            )
        if charge.best.considered > MAX_ACTS_LISTED:
            more = charge.best.considered - MAX_ACTS_LISTED
            out.append(f"  - … and {more:,} more acts (JSON report)")
    return out


def _element_label(el: ElementFinding) -> str:
    kind = f"{el.kind} {el.subkind}" if el.subkind else el.kind
    return f"{code(el.id)} ({el.part}, {md(kind)})"


def _charge(charge: ChargeFinding, report: Report) -> list[str]:
    n = charge.index + 1
    out = [
        f"## Charge {n}: {md(charge.accused_name)} — {md(RESULT_TEXT[charge.result].upper())}",
        "",
        f"- Crime: art. {md(charge.article)} {md(charge.crime_title)} ({code(charge.crime)})",
        f"- Mode of liability: art. {md(charge.mode_article)} {md(charge.mode_title)} "
        f"({code(charge.mode)})",
    ]
    out += _acts(charge)
    counts = ", ".join(f"{n} {k}" for k, n in charge.counts().items() if n)
    out.append(f"- Elements: {counts or 'none'}")
    out.append(f"- Jurisdiction: {md(JURISDICTION.get(charge.jurisdiction, charge.jurisdiction))}")
    out += [f"  - {md_words(r)}" for r in charge.jurisdiction_reasons]
    out.append("")
    out += [
        f"### Charge {n}: elements",
        "",
        "| Element | Status | Facts | Evidence |",
        "|---|---|---|---|",
    ]
    for el in charge.elements:
        out.append(
            f"| {_element_label(el)} | {status_word(el.status)} | {_ids(el.facts)} "
            f"| {_ids(_in_case_order(el.evidence, report))} |"
        )
    out.append("")
    out += [f"### Charge {n}: the law", ""]
    for el in charge.elements:
        out.append(f"- {_element_label(el)}: {md(el.text)}")
        if el.provenance:
            out.append(f"  - Source: {md(el.provenance)}")
        via = el.via
        if via:
            out.append(f"  - Joined with: {_ids(via)}")
        out += [f"  - {md_words(note)}" for note in el.notes]
        out += [f"  - Derived (art. 30): {md(d)}" for d in el.derived]
    out.append("")
    gaps = [el for el in charge.elements if el.status != "supported"]
    out += [f"### Charge {n}: investigation tasks", ""]
    if not gaps:
        out += ["None: every element is supported at this standard.", ""]
    else:
        for el in gaps:
            needs = el.needs or ("find evidence that meets the standard",)
            for k, need in enumerate(needs):
                if k and need.startswith(NEAR_MISS):  # a hint for the task above, not a task
                    out.append(f"  - {md_words(need)}")
                else:
                    out.append(f"- [ ] {code(el.id)} ({status_word(el.status)}): {md_words(need)}")
        out.append("")
    relied = [(el, opt) for el in charge.elements for opt in el.options]
    unsettled = [
        (el, note) for el in charge.elements for note in el.notes if note.startswith("unsettled:")
    ]
    if relied or unsettled:
        out += [f"### Charge {n}: unsettled law relied on", ""]
        out += [f"- ⚑ {code(el.id)}: {md_words(opt)}" for el, opt in relied]
        out += [f"- ⚑ {code(el.id)}: {md_words(note)}" for el, note in unsettled]
        out.append("")
    return out


def _options(report: Report) -> list[str]:
    if not report.options:
        return []
    out = [
        "## Readings of unsettled law",
        "",
        "| Option | Reading applied | Default |",
        "|---|---|---|",
    ]
    for o in report.options:
        reading = f"{code(o.choice)}: {md(o.choice_text)}" if o.choice_text else code(o.choice)
        out.append(f"| {code(o.id)} {md(o.title)} | {reading} | {'yes' if o.default else 'no'} |")
    out.append("")
    for o in report.options:
        out += [f"- {code(o.id)}: {md(u)}" for u in o.unsettled]
    if any(o.unsettled for o in report.options):
        out.append("")
    return out


def _facts(facts: tuple[FactFinding, ...]) -> list[str]:
    if not facts:
        return []
    out = [
        "## Facts, weighed at this standard",
        "",
        "| Fact | Type | Asserts | Status | Evidence | Contradicted by | Reason |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in facts:
        ev = _ids(f.evidence)
        if f.inferred_from:
            ev += f" (inferred from {_ids(f.inferred_from)})"
        out.append(
            f"| {md(f.id)} | {code(f.type)} | {md(assertion(f)) or '—'} "
            f"| {status_word(f.status)} | {ev} "
            f"| {_ids(f.contra)} | {md(f.reason)} |"
        )
    out.append("")
    return out


def _evidence(evidence: tuple[EvidenceInfo, ...], excluded: tuple[str, ...]) -> list[str]:
    if not evidence:
        return []
    out = ["## Evidence", ""]
    same = same_excerpts(evidence)
    for e in evidence:
        head = f"- **{md(e.id)}** ({md(e.kind)}, graded {md(e.grade)})"
        if e.id in excluded:
            head += " — excluded from this evaluation"
        out.append(head)
        out.append(f"  - Source: {md(e.source)}")
        if e.date:
            out.append(f"  - Date: {md(e.date)}")
        out.append(f"  - Origin: {md(e.origin)}")
        if e.document:
            out.append(f"  - Document: {md(e.document)}")
        if e.id in same:
            out.append(f"  - Excerpt: {md(same_excerpt_note(same[e.id]))}")
        else:
            out.append(f"  - Excerpt: “{md(e.excerpt)}”")
    out.append("")
    return out
