"""The report model: what `elements check` found, in a shape every renderer reads.

`Report.to_dict()` is the versioned JSON document of the contract. Everything in it is sorted
or in library order, so the same input gives the same bytes, whichever engine ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from rome_elements.base.vocabulary import STATUSES

REPORT_VERSION = "2.1"
"""2.0: charges are assessed act by act (`charges[].acts[]`, `act`, `result`, `forms[]`);
`charges[].elements` are the best act's. Elements list indirect evidence (`evidence_indirect`).
2.1 (additions only): `provenance` (program version, law library digest, case file SHA-256,
whether confidential evidence was redacted), each fact's `attributes`, and `regraded` (the
evidence `check --grade` weighed at another grade; present only when there is some)."""


@dataclass(frozen=True, slots=True)
class FactFinding:
    id: str
    type: str
    status: str
    evidence: tuple[str, ...]
    support: tuple[str, ...]
    below: tuple[str, ...]
    contra: tuple[str, ...]
    origins: tuple[str, ...]
    inferred_from: tuple[str, ...]
    reason: str
    attributes: tuple[tuple[str, Any], ...] = ()
    """What the fact asserts: its attributes (name, value) as the case file records them
    (dates as ISO text, lists as lists of text); the JSON report writes them as an object."""


@dataclass(frozen=True, slots=True)
class Chain:
    """One way the element is satisfied: its own facts, and the facts it joins on."""

    facts: tuple[str, ...]
    via: tuple[str, ...]
    status: str


@dataclass(frozen=True, slots=True)
class ElementFinding:
    id: str
    part: str  # "crime" | "mode"
    kind: str
    subkind: str | None
    text: str
    status: str
    facts: tuple[str, ...]
    evidence: tuple[str, ...]
    via: tuple[str, ...]  # the facts the best chains join on (context, linked elements)
    chains: tuple[Chain, ...]  # the strongest first; maybe not all of them: see chains_total
    chains_total: int  # distinct chains in all
    needs: tuple[str, ...]
    notes: tuple[str, ...]
    provenance: str | None
    options: tuple[str, ...]
    derived: tuple[str, ...]
    evidence_indirect: tuple[str, ...] = ()  # in `evidence` through inferred facts' bases

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "part": self.part,
            "kind": self.kind,
            "subkind": self.subkind,
            "text": self.text,
            "status": self.status,
            "facts": list(self.facts),
            "evidence": list(self.evidence),
            "evidence_indirect": list(self.evidence_indirect),
            "via": list(self.via),
            "chains": [
                {"facts": list(c.facts), "via": list(c.via), "status": c.status}
                for c in self.chains
            ],
            "chains_total": self.chains_total,
            "needs": list(self.needs),
            "notes": list(self.notes),
            "provenance": self.provenance,
            "options": list(self.options),
            "derived": list(self.derived),
        }
        if self.status == "supported":
            d.pop("needs")
        return d


def count_statuses(statuses: Iterable[str]) -> dict[str, int]:
    """How many of each status, in rank order (every status present, perhaps 0)."""
    out: dict[str, int] = dict.fromkeys(STATUSES, 0)
    for status in statuses:
        out[status] += 1
    return out


@dataclass(frozen=True, slots=True)
class ActFinding:
    """One act of a charge (a fact the crime's conduct element binds, `None` when there is
    none) with every crime and mode element assessed for it, and jurisdiction over it.

    `statuses` gives every element's status (crime elements first, in library order);
    `elements` the full findings, for the acts listed in detail (the best ones)."""

    act: str | None
    result: str
    statuses: tuple[tuple[str, str, str], ...]  # (part, element id, status)
    jurisdiction: str
    jurisdiction_reasons: tuple[str, ...]
    elements: tuple[ElementFinding, ...] = ()

    @property
    def made_out(self) -> bool:
        return self.result == "made_out"

    def __reduce__(self) -> tuple[type[ActFinding], tuple[object, ...]]:
        """Pickled as a call of the constructor: a large case's worker sends back ~150,000
        acts (`engine.forked`), and the frozen dataclass's own state functions took 0.8 s to
        pickle them and 0.5 s to unpickle (0.3 s each this way)."""
        return ActFinding, (
            self.act,
            self.result,
            self.statuses,
            self.jurisdiction,
            self.jurisdiction_reasons,
            self.elements,
        )

    def counts(self) -> dict[str, int]:
        return count_statuses(s for _, _, s in self.statuses)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "act": self.act,
            "made_out": self.made_out,
            "result": self.result,
            "jurisdiction": {
                "status": self.jurisdiction,
                "reasons": list(self.jurisdiction_reasons),
            },
            "counts": self.counts(),
            "statuses": [{"part": p, "id": i, "status": s} for p, i, s in self.statuses],
        }
        if self.elements:
            d["elements"] = [e.to_dict() for e in self.elements]
        return d


@dataclass(frozen=True, slots=True)
class FormFinding:
    """A charge under one mode of liability (a charge in the alternative has several)."""

    mode: str
    mode_article: str
    mode_title: str
    result: str
    acts: tuple[ActFinding, ...]  # best first; only the first ones carry `elements`
    acts_made_out: tuple[str, ...]  # every act that makes the charge out, in natural order
    # how many acts were assessed, when `acts` keeps the first of them only (a report for a
    # renderer that lists a few: `check(..., listed=N)`); None: every one is in `acts`
    acts_assessed: int | None = None

    @property
    def made_out(self) -> bool:
        return self.result == "made_out"

    @property
    def considered(self) -> int:
        """How many acts were assessed (`acts` may list the first of them only)."""
        return len(self.acts) if self.acts_assessed is None else self.acts_assessed

    @property
    def cut(self) -> bool:
        """Whether `acts` lists only the first of the acts assessed."""
        return self.acts_assessed is not None and self.acts_assessed != len(self.acts)

    @property
    def best(self) -> ActFinding:
        return self.acts[0]

    def summary(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "mode_article": self.mode_article,
            "mode_title": self.mode_title,
            "made_out": self.made_out,
            "result": self.result,
            "act": self.best.act,
            "acts_made_out": list(self.acts_made_out),
            "counts": self.best.counts(),
        }


@dataclass(frozen=True, slots=True)
class ChargeFinding:
    """A charge: made out when some form makes it out through some act. Its `elements` and
    jurisdiction are those of the best act of the best form."""

    index: int
    accused: str
    accused_name: str
    crime: str
    article: str
    crime_title: str
    charged_mode: str  # as the case file charges it (a mode, an article, or a list)
    forms: tuple[FormFinding, ...]  # best first

    @property
    def best(self) -> FormFinding:
        return self.forms[0]

    @property
    def result(self) -> str:
        return self.best.result

    @property
    def made_out(self) -> bool:
        return self.best.made_out

    @property
    def mode(self) -> str:
        return self.best.mode

    @property
    def mode_article(self) -> str:
        return self.best.mode_article

    @property
    def mode_title(self) -> str:
        return self.best.mode_title

    @property
    def act(self) -> str | None:
        return self.best.best.act

    @property
    def acts(self) -> tuple[ActFinding, ...]:
        return self.best.acts

    @property
    def elements(self) -> tuple[ElementFinding, ...]:
        return self.best.best.elements

    @property
    def jurisdiction(self) -> str:
        return self.best.best.jurisdiction

    @property
    def jurisdiction_reasons(self) -> tuple[str, ...]:
        return self.best.best.jurisdiction_reasons

    def counts(self) -> dict[str, int]:
        return self.best.best.counts()

    def to_dict(self, acts: bool = True) -> dict[str, Any]:
        """The charge as JSON data; without `acts`, its acts are an empty list (for a writer
        that encodes them itself, in their place)."""
        return {
            "accused": self.accused,
            "accused_name": self.accused_name,
            "crime": self.crime,
            "article": self.article,
            "crime_title": self.crime_title,
            "mode": self.mode,
            "mode_article": self.mode_article,
            "mode_title": self.mode_title,
            "charged_mode": self.charged_mode,
            "made_out": self.made_out,
            "result": self.result,
            "act": self.act,
            "acts_made_out": list(self.best.acts_made_out),
            "acts_total": self.best.considered,
            "jurisdiction": {
                "status": self.jurisdiction,
                "reasons": list(self.jurisdiction_reasons),
            },
            "counts": self.counts(),
            "elements": [e.to_dict() for e in self.elements],
            "acts": [a.to_dict() for a in self.acts] if acts else [],
            "forms": [f.summary() for f in self.forms],
        }


@dataclass(frozen=True, slots=True)
class StandardInfo:
    id: str
    title: str
    article: str
    text: str
    origins: int
    min_grade: str
    contradiction: str
    credible_contradiction: str
    inference: str
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OptionInfo:
    id: str
    title: str
    choice: str
    choice_text: str
    default: bool
    unsettled: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    id: str
    kind: str
    source: str
    date: str | None
    grade: str
    origin: str
    excerpt: str
    document: str | None
    confidential: bool = False
    integrity: str | None = None  # why the item failed its integrity check, if it did


@dataclass(frozen=True, slots=True)
class Provenance:
    """What a report was made from, for the header of every format: the program's version,
    a SHA-256 digest of the law library's files, the case file's SHA-256 (None when it could
    not be read again, e.g. standard input), and when it was generated (UTC, ISO 8601,
    `SOURCE_DATE_EPOCH` when set: see `engine.provenance`). The JSON report leaves
    `generated_at` out: it is deterministic (same input, same bytes)."""

    version: str
    library_digest: str
    case_sha256: str | None
    generated_at: str


PROVENANCE_TAGS = (
    ("V", "verbatim: checked word for word against a stored copy of the source named"),
    (
        "V*",
        'verbatim wording; only the list markers differ from the official text ("a)" for "(a)")',
    ),
    (
        "S",
        "substance confirmed by a public secondary source, named after the colon "
        "(CMN: the Case Matrix Network's digests); not always the exact words",
    ),
    ("M", "from memory, not found in the sources consulted: unverified, check it"),
    ("implicit", "not an element of the Elements of Crimes: read into the text, as noted"),
)
"""The tags of an element's `provenance` (how far its text is verified; the law library
quotes shared/law/reference.md §0), for the legend of every rendered report."""


@dataclass(frozen=True, slots=True)
class Report:
    case: str
    case_file: str
    standard: StandardInfo
    options: tuple[OptionInfo, ...]
    charges: tuple[ChargeFinding, ...]
    facts: tuple[FactFinding, ...]
    evidence: tuple[EvidenceInfo, ...]
    excluded: tuple[str, ...] = field(default_factory=tuple)
    provenance: Provenance | None = None
    redacted: bool = False  # set by `engine.redact` only, never inferred from the text
    regraded: tuple[Regrade, ...] = ()  # `--grade`: items weighed at another grade this run

    @property
    def all_made_out(self) -> bool:
        return all(c.made_out for c in self.charges)

    @property
    def confidential_shown(self) -> tuple[str, ...]:
        """The evidence marked confidential whose source and excerpt this report shows (none
        once redacted): a report that lists any is for the team only."""
        if self.redacted:
            return ()
        return tuple(e.id for e in self.evidence if e.confidential)

    def to_dict(self) -> dict[str, Any]:
        head = dict(self.sections(lazy=False))
        return head | {key: list(items) for key, items in self.sections(lazy=True)}

    def sections(self, lazy: bool) -> list[tuple[str, Any]]:
        """The report's top-level keys in order with their values: without `lazy`, the
        leading keys; with it, the three long lists that follow them (charges, facts,
        evidence), each as an iterator of its items, so a large report can be written piece
        by piece."""
        if lazy:
            return [
                ("charges", (c.to_dict() for c in self.charges)),
                ("facts", (_flat(f) for f in self.facts)),
                ("evidence", (_flat(e) for e in self.evidence)),
            ]
        return [
            ("report_version", REPORT_VERSION),
            ("case", self.case),
            ("case_file", self.case_file),
            *(
                [("provenance", self.provenance_dict())]
                if self.provenance is not None or self.redacted
                else []
            ),
            ("standard", asdict(self.standard)),
            ("options", [asdict(o) for o in self.options]),
            ("excluded", list(self.excluded)),
            *([("regraded", [asdict(g) for g in self.regraded])] if self.regraded else []),
            ("made_out", self.all_made_out),
        ]

    def provenance_dict(self) -> dict[str, Any]:
        """The JSON report's `provenance` (no `generated_at`: see `Provenance`)."""
        p = self.provenance
        return {
            "version": p.version if p else None,
            "library_digest": p.library_digest if p else None,
            "case_sha256": p.case_sha256 if p else None,
            "redacted": self.redacted,
        }


def _flat(item: FactFinding | EvidenceInfo) -> dict[str, Any]:
    """A flat dataclass as a dict (tuples as lists, a fact's attributes as an object),
    without `asdict`'s deep copying."""
    return {
        name: (dict(value) if name == "attributes" else list(value))
        if isinstance(value, tuple)
        else value
        for name in item.__dataclass_fields__
        for value in (getattr(item, name),)
    }


RELATIONS = ("support", "below", "contra")
"""How an evidence item bears on an element's facts: it supports them at the standard, it
supports them below the standard, or it contradicts them."""


def evidence_relations(
    element: ElementFinding, facts: Mapping[str, FactFinding]
) -> dict[str, dict[str, list[str]]]:
    """evidence id → relation (`RELATIONS`) → the element's facts it bears on, in the order of
    the element's facts."""
    out: dict[str, dict[str, list[str]]] = {}
    for fid in element.facts:
        ff = facts.get(fid)
        if ff is None:
            continue
        for rel, ids in (("support", ff.support), ("below", ff.below), ("contra", ff.contra)):
            for eid in ids:
                out.setdefault(eid, {}).setdefault(rel, []).append(fid)
    return out


@dataclass(frozen=True, slots=True)
class Regrade:
    """An evidence item weighed, for this run only, at another grade than the case file gives
    it (`check --grade E3=E5`: a trainer's "what if this source were unreliable?"). The JSON
    report lists them under `regraded` (only when there are any)."""

    id: str
    grade: str  # as weighed in this report, e.g. "E5"
    original: str  # as the case file grades it, e.g. "B2"

    @property
    def text(self) -> str:
        """The sentence every format prints for it."""
        return (
            f"Re-graded for this run (--grade): {self.id} is weighed as {self.grade}; "
            f"the case file grades it {self.original}."
        )
