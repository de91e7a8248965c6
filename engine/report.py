"""The report model: what `elements check` found, in a shape every renderer reads.

`Report.to_dict()` is the versioned JSON document of the contract. Everything in it is sorted
or in library order, so the same input gives the same bytes, whichever engine ran.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

REPORT_VERSION = "1.1"


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


@dataclass(frozen=True, slots=True)
class ChargeFinding:
    index: int
    accused: str
    accused_name: str
    crime: str
    article: str
    crime_title: str
    mode: str
    mode_article: str
    mode_title: str
    made_out: bool
    elements: tuple[ElementFinding, ...]
    jurisdiction: str = "undetermined"
    jurisdiction_reasons: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        out = {"supported": 0, "insufficient": 0, "contested": 0, "missing": 0}
        for el in self.elements:
            out[el.status] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "accused": self.accused,
            "accused_name": self.accused_name,
            "crime": self.crime,
            "article": self.article,
            "crime_title": self.crime_title,
            "mode": self.mode,
            "mode_article": self.mode_article,
            "mode_title": self.mode_title,
            "made_out": self.made_out,
            "jurisdiction": {
                "status": self.jurisdiction,
                "reasons": list(self.jurisdiction_reasons),
            },
            "counts": self.counts(),
            "elements": [e.to_dict() for e in self.elements],
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
class Report:
    case: str
    case_file: str
    standard: StandardInfo
    options: tuple[OptionInfo, ...]
    charges: tuple[ChargeFinding, ...]
    facts: tuple[FactFinding, ...]
    evidence: tuple[EvidenceInfo, ...]
    excluded: tuple[str, ...] = field(default_factory=tuple)

    def redacted(self) -> Report:
        """The same report with the source and excerpt of confidential evidence replaced by
        its id, for sharing outside the team (`--redact`, every output format)."""
        evidence = tuple(
            replace(e, source=f"[redacted: {e.id}]", excerpt=f"[redacted: {e.id}]")
            if e.confidential
            else e
            for e in self.evidence
        )
        return replace(self, evidence=evidence)

    @property
    def all_made_out(self) -> bool:
        return all(c.made_out for c in self.charges)

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
            ("standard", asdict(self.standard)),
            ("options", [asdict(o) for o in self.options]),
            ("excluded", list(self.excluded)),
            ("made_out", self.all_made_out),
        ]


def _flat(item: FactFinding | EvidenceInfo) -> dict[str, Any]:
    """A flat dataclass as a dict (tuples as lists), without `asdict`'s deep copying."""
    return {
        name: list(value) if isinstance(value, tuple) else value
        for name in item.__dataclass_fields__
        for value in (getattr(item, name),)
    }
