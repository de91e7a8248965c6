#!/usr/bin/env python3
"""Generate a synthetic but realistic case file, and the statuses the report must give.

    python benchmarks/generate.py --facts 10000 --out benchmarks/out/case_10000.yaml [--seed 1]
                                  [--format yaml|json] [--standard reasonable_grounds]

The case uses the library's real fact vocabulary (`elements/facts.el`). It is built from many
*incidents* — a group of children, their transfer out of a territory, the occupation of that
territory, what the unit that carried it out knew, contributions and omissions of an accused —
plus facts about each accused (agreements, states of mind, authority), the armed conflict, and
*noise*: facts that, by construction, satisfy no rule (a group nobody moved, the occupation of
a place nobody was taken from, an accused's contribution to something that is not a transfer,
authority that was not effective ...). Some incidents are deliberately incomplete (no occupied
territory, a group of the occupier's nationality, an unknown perpetrator).

Evidence comes in a realistic mix of grades (source reliability A–F, information credibility
1–6), with shared origins (a press report repeating a witness is not independent of the
witness) and some contradicting evidence (official denials).

Alongside FILE it writes FILE.expected.json: the status every fact and every element of every
charge must get at the case's standard of proof. It is computed from the construction — which
facts were planted for which element of which charge, and the grades and origins of the
evidence they cite, weighed against the thresholds declared in `elements/standards.el` — and
never by running the engine, so that the benchmark checks the engine's results too.

The output is deterministic for a given (facts, seed, standard, format).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LIBRARY = REPO / "elements"
GENERATOR_VERSION = 3  # 2: the actors named in facts are declared (refs must resolve)
# 3: an accused's undated states of mind count for no element (issue 18: held by the act's
#    date); knowing of the occupation of the act's territory is knowing of the conflict

GRADES = "ABCDEF"
# Contradicting evidence is weighed when it is at least this credible (the library's rule for
# every standard; reports print it as `credible_contradiction`).
CREDIBLE_RELIABILITY, CREDIBLE_CREDIBILITY = "C", 3
RANK = {"missing": 0, "insufficient": 1, "contested": 2, "supported": 3}

CRIME_ARTICLES = ("8(2)(a)(vii)-1", "8(2)(b)(viii)")
DEPORTATION, POPULATION = CRIME_ARTICLES
MODES = ("co_perpetration", "aiding_abetting", "superior_responsibility")
OCCUPIER = "Russia"

# ----------------------------------------------------------------------------- the library


@dataclass(frozen=True, slots=True)
class Standard:
    id: str
    origins: int
    reliability: str
    credibility: int
    contradiction: str  # ignore | outweighs | defeats

    def grade_ok(self, reliability: str, credibility: int) -> bool:
        return GRADES.index(reliability) <= GRADES.index(self.reliability) and (
            credibility <= self.credibility
        )


def load_standards(path: Path = LIBRARY / "standards.el") -> dict[str, Standard]:
    """The thresholds of every `standard` block of the library (a small regex reader)."""
    text = path.read_text(encoding="utf-8")
    out: dict[str, Standard] = {}
    for m in re.finditer(r'^standard\s+(\w+)\s+"[^"]*"\s*\{(.*?)^\}', text, re.M | re.S):
        body = m.group(2)

        def field_(name: str, body: str = body, sid: str = m.group(1)) -> str:
            found = re.search(rf"^\s*{name}\s+(\w+)\s*$", body, re.M)
            if found is None:
                raise SystemExit(f"{path}: standard {sid} declares no `{name}`")
            return found.group(1)

        out[m.group(1)] = Standard(
            id=m.group(1),
            origins=int(field_("origins")),
            reliability=field_("reliability"),
            credibility=int(field_("credibility")),
            contradiction=field_("contradiction"),
        )
    if not out:
        raise SystemExit(f"{path}: no standards found")
    return out


def fact_attributes(path: Path = LIBRARY / "facts.el") -> dict[str, set[str]]:
    """Attribute names of every fact type, so that optional attributes are emitted only when
    the library declares them."""
    text = path.read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for m in re.finditer(r'^fact\s+(\w+)\s+"[^"]*"\s*\{(.*?)^\}', text, re.M | re.S):
        out[m.group(1)] = set(re.findall(r"^\s*(\w+)\s*:", m.group(2), re.M))
    return out


# ----------------------------------------------------------------------------- case records


@dataclass(slots=True)
class Evidence:
    id: str
    kind: str
    source: str
    date: date | None
    reliability: str
    credibility: int
    origin: str | None  # None: the item is its own origin
    excerpt: str
    document: str | None = None
    file: str | None = None
    sha256: str | None = None
    confidential: bool | None = None
    content: bytes | None = None  # of `file`, written beside the case file
    tampered: bool = False  # the file does not match `sha256`

    @property
    def origin_key(self) -> str:
        return self.origin if self.origin is not None else self.id

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "kind": self.kind, "source": self.source}
        if self.date is not None:
            d["date"] = self.date
        d |= {"reliability": self.reliability, "credibility": self.credibility}
        if self.origin is not None:
            d["origin"] = self.origin
        if self.document:
            d["document"] = self.document
        if self.file:
            d["file"] = self.file
            d["sha256"] = self.sha256
        if self.confidential is not None:
            d["confidential"] = self.confidential
        d["excerpt"] = self.excerpt
        return d


@dataclass(slots=True)
class Fact:
    id: str
    type: str
    attrs: dict[str, Any]
    evidence: list[str]
    contradicted_by: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "type": self.type}
        d.update((k, v) for k, v in self.attrs.items() if v is not None)
        d["evidence"] = self.evidence
        if self.contradicted_by:
            d["contradicted_by"] = self.contradicted_by
        return d


@dataclass(slots=True)
class Transfer:
    id: str
    persons: str
    by: str | None
    territory: str | None  # origin_territory
    pursuant_to: str | None  # the agreement it was carried out under


@dataclass(slots=True)
class Group:
    id: str
    civilian: bool | None
    nationals_of: str | None


@dataclass(slots=True)
class Accused:
    id: str
    name: str
    role: str
    kind: str  # principal | accessory | superior
    levels: dict[str, str]  # family -> any | weak | contested | none


# How strongly each kind of accused is linked to the crimes, per family of facts. A level
# chooses the evidence a fact cites: `any` (the incident's evidence, whatever its grade),
# `weak` (only items graded below C3), `contested` (one item graded C3 or better, contradicted
# by a credible denial), `none` (no such fact is planted).
FAMILIES = (
    "agreement",
    "contribution_essential",
    "contribution_other",
    "ms_intent",
    "ms_essential_role",
    "ms_facilitation",
    "ms_knew_conduct",
    "ms_subordinates",
    "ms_common_plan",
    "authority",
    "omission",
)
LEVELS = ("any", "weak", "contested", "none")
PROFILE: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "principal": {
        "agreement": (7, 1, 2, 0),
        "contribution_essential": (6, 2, 1, 1),
        "contribution_other": (5, 3, 0, 2),
        "ms_intent": (5, 3, 0, 2),
        "ms_essential_role": (4, 3, 1, 2),
        "ms_facilitation": (0, 4, 0, 6),
        "ms_knew_conduct": (5, 5, 0, 0),
        "ms_subordinates": (0, 2, 0, 8),
        "ms_common_plan": (5, 3, 1, 1),
        "authority": (3, 0, 0, 7),
        "omission": (0, 2, 0, 8),
    },
    "accessory": {
        "agreement": (0, 3, 0, 7),
        "contribution_essential": (0, 5, 0, 5),
        "contribution_other": (7, 3, 0, 0),
        "ms_intent": (0, 3, 0, 7),
        "ms_essential_role": (0, 2, 0, 8),
        "ms_facilitation": (4, 3, 0, 3),
        "ms_knew_conduct": (5, 2, 3, 0),
        "ms_subordinates": (0, 0, 0, 10),
        "ms_common_plan": (0, 3, 0, 7),
        "authority": (0, 0, 0, 10),
        "omission": (0, 0, 0, 10),
    },
    "superior": {
        "agreement": (0, 3, 0, 7),
        "contribution_essential": (0, 5, 0, 5),
        "contribution_other": (2, 3, 0, 5),
        "ms_intent": (0, 3, 0, 7),
        "ms_essential_role": (0, 0, 0, 10),
        "ms_facilitation": (0, 0, 0, 10),
        "ms_knew_conduct": (3, 4, 0, 3),
        "ms_subordinates": (4, 3, 3, 0),
        "ms_common_plan": (0, 3, 0, 7),
        "authority": (6, 2, 2, 0),
        "omission": (5, 3, 0, 2),
    },
}
CHARGES_OF_KIND: dict[str, tuple[tuple[str, str], ...]] = {
    "principal": (
        (DEPORTATION, "co_perpetration"),
        (POPULATION, "co_perpetration"),
        (DEPORTATION, "aiding_abetting"),
    ),
    "accessory": (
        (DEPORTATION, "aiding_abetting"),
        (POPULATION, "aiding_abetting"),
        (POPULATION, "co_perpetration"),
    ),
    "superior": (
        (POPULATION, "superior_responsibility"),
        (DEPORTATION, "superior_responsibility"),
        (POPULATION, "co_perpetration"),
    ),
}

# ----------------------------------------------------------------------------- names and words

OBLASTS_OCCUPIED = {
    "Kherson": ("Skadovsk", "Henichesk", "Kakhovka", "Beryslav", "Kherson"),
    "Zaporizhzhia": ("Melitopol", "Berdiansk", "Vasylivka", "Polohy", "Zaporizhzhia"),
    "Donetsk": ("Mariupol", "Volnovakha", "Kalmiuske", "Horlivka", "Donetsk"),
    "Luhansk": ("Starobilsk", "Svatove", "Sievierodonetsk", "Alchevsk", "Shchastia"),
}
# Occupied in 2022 and since retaken: occupation facts here are noise (nobody was taken from them).
OBLASTS_NOISE = {
    "Kharkiv": ("Kupiansk", "Izium", "Chuhuiv", "Bohodukhiv"),
    "Mykolaiv": ("Bashtanka", "Mykolaiv", "Snihurivka"),
    "Chernihiv": ("Chernihiv", "Novhorod-Siverskyi", "Koriukivka"),
}
# Never occupied: transfers from here have an origin territory that no occupation fact names.
OBLASTS_FREE = {
    "Dnipropetrovsk": ("Nikopol", "Kryvyi Rih", "Synelnykove"),
    "Odesa": ("Izmail", "Bilhorod-Dnistrovskyi"),
}
PREFIXES = ("", "", "", "Nova ", "Stara ", "Velyka ", "Mala ", "Verkhnia ", "Nyzhnia ")
ROOTS = tuple(
    "Petrivka Ivanivka Mykolaivka Oleksandrivka Andriivka Vasylivka Hryhorivka "
    "Mykhailivka Kamianka Pokrovka Dmytrivka Novoselivka Zelenivka Stepanivka Sofiivka "
    "Marianivka Rozivka Trudove Lymany Sadove Bilozerka Kalynivka Fedorivka Tavriiske "
    "Chervone Zlatopil Dolynske Bohdanivka Yakymivka Balky Lozove Mirne Prymorske Shyroke "
    "Kyrylivka Heorhiivka Semenivka Tymofiivka Poltavka Uspenivka".split()
)
PERPETRATORS = ("camp", "transport", "admin", "redcross", "unit", "home")  # id prefixes
DESTINATIONS = (
    ("a children's camp near Minsk", "Belarus"),
    ("the Dubrava health camp, Minsk region", "Belarus"),
    ("a sanatorium in the Gomel region", "Belarus"),
    ("a cadet school in Rostov-on-Don", "Russia"),
    ("a children's home in the Moscow region", "Russia"),
    ("a camp in Anapa, Krasnodar krai", "Russia"),
    ("foster families in the Tula region", "Russia"),
    ("a children's camp in Crimea", None),
    ("a boarding school in Donetsk", None),
)
FIRST = tuple(
    "Viktor Olha Mykola Iryna Petro Halyna Serhii Larysa Andrii Nina Yurii Tamara".split()
)
LAST = tuple(
    "Hrytsenko Maksymova Bondar Levchenko Savchuk Kovalenko Tkachuk Oliinyk Marchenko Rudenko "
    "Zinchenko Pavlenko".split()
)
ROLES = (
    "Commissioner for children's rights",
    "Head of a regional occupation administration",
    "Chairman of a humanitarian organisation",
    "Deputy minister of education",
    "Commander of a transport brigade",
    "Director of a network of children's camps",
    "Head of the migration service",
    "Governor of an occupied region",
)
SHARED_ORIGINS = (
    "Telegram channel of the occupation administration",
    "Russian state television",
    "Ukrainian Ombudsman's office",
    "National Information Bureau of Ukraine",
    "Regional Centre for Human Rights",
    "Humanitarian Research Lab",
)
DENIAL_ORIGINS = (
    "Russian Ministry of Foreign Affairs",
    "Belarusian Red Cross press office",
    "Office of the occupation governor",
)
GRADE_MIX = (  # (reliability, credibility), weight in percent
    (("A", 1), 4),
    (("A", 2), 4),
    (("B", 2), 22),
    (("B", 3), 8),
    (("C", 2), 10),
    (("C", 3), 18),
    (("C", 4), 6),
    (("D", 3), 8),
    (("D", 4), 8),
    (("E", 5), 5),
    (("F", 6), 7),
)
CONTRIBUTION_KINDS = (
    "approval",
    "financing",
    "organisation",
    "transport",
    "hosting",
    "order",
    "other",
)
CONTROL_WOULD_HAVE = (
    None,
    "prevented",
    "very_probably_prevented",
    "reduced_the_risk",
    "changed_nothing",
)
PURPOSES = (None, "rest_and_recreation", "re_education", "evacuation_from_danger")
ACTIVITY_KINDS = ("approval", "organisation", "financing", "order")
LINKS_FROM = date(2022, 2, 24)
"""The date of every link (state of mind, contribution, authority): before every removal."""
CAUSAL = ("reduced_the_risk", "very_probably_prevented", "prevented")
COMMISSION_MODES = (
    "direct_perpetration",
    "co_perpetration",
    "indirect_perpetration",
    "indirect_co_perpetration",
)
"""Modes with `mind \"accused\"`: the crime's mental elements are the accused's own."""
WEAK_GRADES = (("C", 4), ("D", 3), ("D", 4), ("E", 5), ("F", 6))
RELATIONS = (
    "mother of a transferred child",
    "teacher at the local school",
    "bus driver",
    "camp counsellor",
    "neighbour",
    "grandmother of two of the children",
)


def _credible(reliability: str, credibility: int) -> bool:
    return (
        GRADES.index(reliability) <= GRADES.index(CREDIBLE_RELIABILITY)
        and credibility <= CREDIBLE_CREDIBILITY
    )


def _good(ev: Evidence) -> bool:
    """Graded C3 or better: enough for `reasonable_grounds` on its own."""
    return _credible(ev.reliability, ev.credibility)


# ----------------------------------------------------------------------------- the generator


class Generator:
    def __init__(
        self,
        n_facts: int,
        seed: int,
        standard: Standard,
        attrs: dict[str, set[str]],
        files_dir: str = "files",
    ) -> None:
        if n_facts < 100:
            raise SystemExit("--facts must be at least 100")
        self.n = n_facts
        self.n_evidence = n_facts // 2
        self.files_dir = files_dir
        self.seed = seed
        self.rng = random.Random(seed)
        self.standard = standard
        self.attrs = attrs
        self.evidence: list[Evidence] = []
        self.ev_by_id: dict[str, Evidence] = {}
        self.facts: list[Fact] = []
        self.counters: dict[str, int] = defaultdict(int)
        # the construction, which the expected statuses are computed from (noise is not in it)
        self.transfers: list[Transfer] = []
        self.groups: dict[str, Group] = {}
        self.group_ids: list[str] = []
        self.denials: list[Evidence] = []
        self.reused = 0
        self.padding = 0  # evidence items that no fact cites (to reach exactly N/2)
        self.occupations: dict[str, list[str]] = defaultdict(list)  # territory -> occupation ids
        self.occupier: dict[str, str] = {}
        self.iac: list[str] = []  # international armed conflict facts
        self.mental: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        self.agreements: list[tuple[str, list[str]]] = []
        self.agreements_of: dict[str, list[str]] = defaultdict(list)
        self.contributions: list[tuple[str, str, str, bool | None, str]] = []
        self.authorities: list[tuple[str, str, str, bool]] = []
        self.omissions: list[tuple[str, str, str, str | None]] = []
        self.accused: list[Accused] = []
        self.charges: list[tuple[str, str, str]] = []
        self.perpetrators: list[str] = []
        self.officials: list[str] = []
        self.pools: list[list[Evidence]] = []
        self.territories_used: list[str] = []
        self.free_names = self._names(OBLASTS_OCCUPIED)
        self.all_names = list(self.free_names)
        self.occupied = {t for _, t in self.all_names}
        self.noise_names = self._names(OBLASTS_NOISE)
        self.unoccupied_names = self._names(OBLASTS_FREE)

    # ---- ids, names, dates --------------------------------------------------------------
    def _id(self, prefix: str) -> str:
        self.counters[prefix] += 1
        width = 5 if prefix == "E" else 4
        return f"{prefix}{self.counters[prefix]:0{width}d}"

    def _names(self, oblasts: Mapping[str, tuple[str, ...]]) -> list[tuple[str, str]]:
        """(settlement, territory) pairs in a seeded order."""
        out = [
            (f"{p}{r}", f"{p}{r}, {d} district")
            for districts in oblasts.values()
            for d in districts
            for p in PREFIXES[2:]
            for r in ROOTS
        ]
        self.rng.shuffle(out)
        return out

    def _date(self, start: date, days: int) -> date:
        return start + timedelta(days=self.rng.randrange(days))

    # ---- evidence -----------------------------------------------------------------------
    def _grade(self, weak: bool = False) -> tuple[str, int]:
        if weak:
            return self.rng.choice(WEAK_GRADES)
        grades = [g for g, _ in GRADE_MIX]
        weights = [w for _, w in GRADE_MIX]
        return self.rng.choices(grades, weights)[0]

    def _budget_left(self) -> bool:
        return len(self.evidence) < self.n_evidence

    def _new_item(
        self,
        kind: str,
        source: str,
        origin: str | None,
        excerpt: str,
        grade: tuple[str, int],
        when: date | None,
    ) -> Evidence:
        eid = self._id("E")
        dated = when if self.rng.random() < 0.75 else None
        ev = Evidence(eid, kind, source, dated, grade[0], grade[1], origin, excerpt)
        r = self.rng.random()
        if r < 0.15:
            ev.document = f"docs/{eid.lower()}.pdf"
        elif r < 0.22:
            # a scan or recording beside the case file; now and then a copy that no longer
            # matches its recorded hash (an integrity failure: the item is not weighed)
            ext = "mp4" if kind == "video" else "jpg"
            ev.file = f"{self.files_dir}/{eid.lower()}.{ext}"
            ev.content = f"synthetic {kind} {eid}, seed {self.seed}\n".encode() * 16
            ev.tampered = self.rng.random() < 0.03
            recorded = ev.content + (b"original" if ev.tampered else b"")
            ev.sha256 = hashlib.sha256(recorded).hexdigest()
        if self.rng.random() < 0.05:
            ev.confidential = True
        self.evidence.append(ev)
        self.ev_by_id[eid] = ev
        return ev

    def _incident_item(
        self, village: str, perp_id: str, when: date, local_origins: list[str], weak: bool = False
    ) -> Evidence:
        """One evidence item about an incident: testimony, documents, press, official channels."""
        rng = self.rng
        grade = self._grade(weak)
        kind = rng.choices(
            ("testimony", "document", "press", "statement", "video", "report"),
            (30, 15, 20, 12, 10, 13),
        )[0]
        n = self.counters["E"] + 1
        seen = when + timedelta(days=rng.randrange(10, 400))
        origin: str | None
        if kind == "testimony":
            source = f"Witness W-{n:05d}, {rng.choice(RELATIONS)}"
            origin = f"Witness W-{n:05d}"
            excerpt = f"They said the children of {village} were going to a camp for two weeks."
        elif kind == "document":
            source = f"Order of {perp_id} (copy)"
            origin = f"Records of {perp_id}"
            excerpt = f"Children from {village} are to be sent to the place of rest in the annex."
        elif kind == "press":
            source = f"News report on the children of {village}"
            # the press mostly repeats someone: a witness of this incident, or a shared channel
            origin = (
                rng.choice(local_origins)
                if local_origins and rng.random() < 0.6
                else rng.choice(SHARED_ORIGINS)
            )
            excerpt = f"Local residents say the children of {village} were taken away on buses."
        elif kind == "statement":
            source = f"Statement on the evacuation of children from {village}"
            origin = rng.choice(SHARED_ORIGINS[:2])
            excerpt = (
                f"The children of {village} have been evacuated to safety for rest and recovery."
            )
        elif kind == "video":
            source = f"Video of buses leaving {village}"
            # an original recording is its own origin: `origin` left out
            origin = rng.choice(SHARED_ORIGINS[:2]) if rng.random() < 0.5 else None
            excerpt = f"Footage shows children boarding buses in {village} under escort."
        else:
            source = f"Monitoring report on {village}"
            origin = rng.choice(SHARED_ORIGINS[2:])
            excerpt = f"At least some of the children taken from {village} have not been returned."
        ev = self._new_item(kind, source, origin, excerpt, grade, seen)
        if origin is not None:
            local_origins.append(origin)
        return ev

    def _denial(self, about: str) -> Evidence:
        """A credible official denial (graded C3 or better), used as contradicting evidence."""
        grade = self.rng.choice((("B", 3), ("C", 2), ("C", 3), ("B", 2)))
        origin = self.rng.choice(DENIAL_ORIGINS)
        item = self._new_item(
            "statement",
            f"Official denial by the {origin}",
            origin,
            f"Allegations concerning {about} are false; every child travelled with consent.",
            grade,
            self._date(date(2022, 6, 1), 600),
        )
        self.denials.append(item)
        return item

    def _reuse(self) -> Evidence:
        """Once the evidence budget is spent, an incident cites items of earlier ones."""
        self.reused += 1
        return self.rng.choice(self.evidence)

    def _cite(self, pool: list[Evidence], level: str, make: Any) -> tuple[list[str], list[str]]:
        """Evidence and contradicting evidence for one fact, at one level of strength."""
        rng = self.rng
        if level == "weak":
            weak = [e for e in pool if not _good(e)]
            if not weak:
                if self._budget_left():
                    weak = [make(True)]
                    pool.append(weak[0])
                else:
                    weak = [
                        e
                        for e in rng.sample(self.evidence, min(40, len(self.evidence)))
                        if not _good(e)
                    ][:1]
                    if not weak:  # cannot be weak: cite what there is
                        return self._cite(pool, "any", make)
            k = min(len(weak), rng.choice((1, 1, 2)))
            return sorted(e.id for e in rng.sample(weak, k)), []
        if level == "contested":
            good = [e for e in pool if _good(e)]
            if not good and self._budget_left():
                item = make(False)
                while not _good(item):
                    item.reliability, item.credibility = rng.choice((("B", 2), ("C", 3), ("A", 2)))
                pool.append(item)
                good = [item]
            if not good:  # cannot be contested: cite what there is
                return self._cite(pool, "any", make)
            support = rng.choice(good)
            if self._budget_left():
                denial = self._denial("the transfers")
            elif self.denials:
                denial = rng.choice(self.denials)
            else:
                return [support.id], []
            return [support.id], [denial.id]
        k = min(len(pool), rng.choices((1, 2, 3), (45, 40, 15))[0])
        cited = sorted(e.id for e in rng.sample(pool, k))
        contra: list[str] = []
        if rng.random() < 0.04:  # an official denial: often the same statement again
            if self.denials and (rng.random() < 0.6 or not self._budget_left()):
                contra = [rng.choice(self.denials).id]
            elif self._budget_left():
                contra = [self._denial("the transfers").id]
        return cited, contra

    # ---- facts --------------------------------------------------------------------------
    def _fact(
        self, prefix: str, ftype: str, attrs: dict[str, Any], cited: tuple[list[str], list[str]]
    ) -> str:
        fid = self._id(prefix)
        declared = self.attrs.get(ftype, set())
        kept = {k: v for k, v in attrs.items() if k in declared}
        self.facts.append(Fact(fid, ftype, kept, cited[0], cited[1]))
        return fid

    def _declare(self, fid: str, ftype: str, attrs: dict[str, Any], pool: list[Evidence]) -> None:
        """A fact with a given id (an actor that other facts name)."""
        cited = self._cite(pool, "any", None)
        self.facts.append(Fact(fid, ftype, attrs, cited[0], cited[1]))

    def build(self) -> None:
        rng = self.rng
        n_accused = 3 + (self.n >= 10_000) + (self.n >= 50_000) + (self.n >= 100_000)
        self._make_accused(n_accused)
        n_perps = max(3, self.n // 24)
        self.perpetrators = [
            f"{PERPETRATORS[i % len(PERPETRATORS)]}_{i + 1:04d}" for i in range(n_perps)
        ]
        # contextual facts: the international armed conflict (and a non-international one, noise)
        context_pool = [
            self._new_item(
                "report",
                "UN Human Rights Monitoring Mission, periodic report",
                "UN HRMMU",
                "The Russian Federation's armed attack against Ukraine continues.",
                ("A", 1),
                date(2022, 6, 29),
            ),
            self._new_item(
                "document",
                "UN General Assembly resolution ES-11/1",
                "UN General Assembly",
                "Deplores in the strongest terms the aggression by the Russian Federation.",
                ("A", 1),
                date(2022, 3, 2),
            ),
            self._new_item(
                "press",
                "Wire report on the invasion",
                "Wire services",
                "Russian troops crossed into Ukraine from the north, east and south.",
                ("B", 2),
                date(2022, 2, 24),
            ),
        ]
        # who acts: every id a `ref` names must be an accused or a fact, so the units and
        # officials are declared (an organisation of kind `other`, a person: facts that, by
        # construction, satisfy no rule — no State, no party to a conflict, no age)
        n_officials = max(4, self.n // 100)
        self.officials = [f"official_{i + 1:04d}" for i in range(n_officials)]
        for perp in self.perpetrators:
            self._declare(
                perp, "organisation", {"name": f"unit {perp}", "kind": "other"}, context_pool
            )
        for official in self.officials:
            self._declare(official, "person", {"name": f"official {official}"}, context_pool)
        for since in (date(2022, 2, 24), date(2014, 2, 20)):
            ac = self._fact(
                "AC",
                "armed_conflict",
                {"parties": "Russia and Ukraine", "character": "international", "since": since},
                self._cite(context_pool, "any", None),
            )
            self.iac.append(ac)
        for a in self.accused:
            self._accused_facts(a)
        # incidents, until about 90% of the facts are placed (an incident has at most 9 facts)
        while len(self.facts) + 10 <= self.n - self.n // 10:
            self._incident()
        # noise to exactly N facts, then evidence nobody cites to exactly N/2 items
        while len(self.facts) < self.n:
            self._noise()
        while self._budget_left():
            village, _ = rng.choice(self.noise_names)
            self.padding += 1
            perp = rng.choice(self.perpetrators)
            self._incident_item(village, perp, self._date(date(2022, 3, 1), 500), [])

    def _make_accused(self, n: int) -> None:
        rng = self.rng
        kinds = ["principal", "superior", "accessory"] + [
            rng.choice(("principal", "superior", "accessory")) for _ in range(n - 3)
        ]
        used: set[str] = set()
        for i, kind in enumerate(kinds):
            while True:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                if last.lower() not in used:
                    break
            used.add(last.lower())
            levels = {fam: rng.choices(LEVELS, PROFILE[kind][fam])[0] for fam in FAMILIES}
            a = Accused(last.lower(), f"{first} {last}", ROLES[i % len(ROLES)], kind, levels)
            self.accused.append(a)
            options = list(CHARGES_OF_KIND[kind])
            for crime, mode in options[: rng.choice((2, 3))]:
                self.charges.append((a.id, crime, mode))

    def _incident(self) -> None:
        rng = self.rng
        perp = rng.choice(self.perpetrators)
        when = self._date(date(2022, 3, 1), 670)
        # where from: a new or known occupied territory; sometimes unoccupied or unknown
        r = rng.random()
        territory: str | None
        if r < 0.06:
            village, territory = rng.choice(self.unoccupied_names)
        elif r < 0.14:
            village, territory = rng.choice(self.all_names)[0], None
        elif self.free_names and (not self.territories_used or rng.random() < 0.7):
            village, territory = self.free_names.pop()
            self.territories_used.append(territory)
        else:
            territory = rng.choice(self.territories_used)
            village = territory.split(",")[0]
        local: list[str] = []
        size = rng.choices((1, 2, 3), (14, 83, 3))[0]
        pool = [
            self._incident_item(village, perp, when, local)
            if self._budget_left()
            else self._reuse()
            for _ in range(size)
        ]
        self.pools.append(pool)

        def make(weak: bool) -> Evidence:
            return self._incident_item(village, perp, when, local, weak)

        # the group
        r = rng.random()
        civilian: bool | None = True if r < 0.9 else (None if r < 0.95 else False)
        r = rng.random()
        nationals_of: str | None = "Ukraine" if r < 0.92 else (OCCUPIER if r < 0.96 else None)
        nationality = {"Ukraine": "Ukrainian", OCCUPIER: "Russian", None: None}[nationals_of]
        count = rng.randrange(3, 250)
        what = rng.choice(
            (
                "children from {v}",
                "pupils of the boarding school in {v}",
                "children of the {v} orphanage",
                "children from families in {v}",
            )
        )
        gid = self._fact(
            "G",
            "group",
            {
                "description": what.format(v=village),
                "nationality": nationality,
                "nationals_of": nationals_of,
                "count": count,
                "under_18": True if rng.random() < 0.7 else None,
                "civilian": civilian,
            },
            self._cite(pool, "any", make),
        )
        self.groups[gid] = Group(gid, civilian, nationals_of)
        self.group_ids.append(gid)
        # the occupation of the territory (new territories only; 10% get a second account)
        if territory in self.occupied:
            known = self.occupations.get(territory, [])
            if not known or (len(known) == 1 and rng.random() < 0.05):
                self._occupation(territory, pool, make)
        # the transfer, sometimes under an agreement of the accused mainly involved
        involved = rng.sample(self.accused, 1 if rng.random() < 0.7 else 2)
        plans = self.agreements_of.get(involved[0].id)
        plan = rng.choice(plans) if plans and rng.random() < 0.5 else None
        by = perp if rng.random() < 0.93 else None
        dest, dest_state = rng.choice(DESTINATIONS)
        level = "contested" if rng.random() < 0.05 else "any"
        tid = self._fact(
            "T",
            "transfer",
            {
                "persons": gid,
                "count": min(count, rng.randrange(3, 250)) if rng.random() < 0.6 else None,
                "origin": village,
                "origin_territory": territory,
                "origin_state": "Ukraine",
                "destination": dest,
                "destination_state": dest_state,
                "cross_border": dest_state is not None,
                "by": by,
                "date": when,
                "purpose": rng.choice(PURPOSES),
                "pursuant_to": plan,
            },
            self._cite(pool, level, make),
        )
        self.transfers.append(Transfer(tid, gid, by, territory, plan))
        # what the perpetrator knew (awareness of protected status is rarely well evidenced)
        if by is not None:
            if rng.random() < 0.45:
                self._mental(
                    by,
                    "knew",
                    "armed_conflict",
                    "briefing of the unit on the front line",
                    pool,
                    "any",
                    make,
                )
            if rng.random() < 0.3:
                level = "contested" if rng.random() < 0.25 else "weak"
                self._mental(
                    by,
                    "knew",
                    "protected_status",
                    "lists of children with Ukrainian birth certificates",
                    pool,
                    level,
                    make,
                )
        # contributions and omissions of one or two accused
        for a in involved:
            if a.levels["contribution_essential"] != "none" and rng.random() < 0.6:
                self._contribution(a.id, tid, True, pool, a.levels["contribution_essential"], make)
            elif a.levels["contribution_other"] != "none" and rng.random() < 0.7:
                self._contribution(
                    a.id, tid, rng.choice((False, None)), pool, a.levels["contribution_other"], make
                )
            if a.levels["omission"] != "none" and rng.random() < 0.35:
                control = rng.choice(CONTROL_WOULD_HAVE)
                oid = self._fact(
                    "OM",
                    "omission",
                    {
                        "person": a.id,
                        "regarding": tid,
                        "measures_taken": rng.choice(
                            (None, "none", "a request for a list of the children")
                        ),
                        "control_would_have": control,
                    },
                    self._cite(pool, a.levels["omission"], make),
                )
                self.omissions.append((oid, a.id, tid, control))

    def _occupation(self, territory: str, pool: list[Evidence], make: Any) -> str:
        since = date(2014, 2, 27) if "Crimea" in territory else self._date(date(2022, 2, 24), 60)
        oid = self._fact(
            "O",
            "occupation",
            {"territory": territory, "occupier": OCCUPIER, "since": since},
            self._cite(pool, "any", make),
        )
        self.occupations[territory].append(oid)
        self.occupier[oid] = OCCUPIER
        return oid

    def _mental(
        self,
        person: str,
        state: str,
        about: str,
        basis: str,
        pool: list[Evidence],
        level: str,
        make: Any,
    ) -> str | None:
        cited = self._cite(pool, level, make)
        if not cited[0]:
            return None
        mid = self._fact(
            "M",
            "mental_state",
            # links hold only if they precede the act (issue 18): every removal here is later
            {"person": person, "state": state, "about": about, "basis": basis, "date": LINKS_FROM},
            cited,
        )
        self.mental[(person, state, about)].append(mid)
        return mid

    def _contribution(
        self, by: str, to: str, frustrate: bool | None, pool: list[Evidence], level: str, make: Any
    ) -> None:
        cited = self._cite(pool, level, make)
        if not cited[0]:
            return
        kind = self.rng.choice(CONTRIBUTION_KINDS)
        substantial = self.rng.choice((None, True, False))
        cid = self._fact(
            "C",
            "contribution",
            {
                "by": by,
                "to": to,
                "kind": kind,
                "could_frustrate": frustrate,
                "substantial": substantial,
                "date": LINKS_FROM,
            },
            cited,
        )
        self.contributions.append((cid, by, to, frustrate, kind))

    def _accused_pool(self, a: Accused) -> list[Evidence]:
        rng = self.rng
        pool = []
        sources = (
            ("statement", f"{a.name}, public statement", a.name),
            ("document", f"Decree signed by {a.name}", f"Office of {a.name}"),
            ("press", f"News report on {a.name}", rng.choice(SHARED_ORIGINS)),
            ("communication", f"Intercepted call of {a.name}", f"Intercept of {a.name}"),
        )
        for k in range(rng.randrange(4, 8)):
            kind, source, origin = sources[k % 4]
            pool.append(
                self._new_item(
                    kind,
                    source,
                    origin,
                    f"{a.name} discussed the rest programme for children.",
                    self._grade(),
                    self._date(date(2022, 3, 1), 700),
                )
            )
        return pool

    def _accused_facts(self, a: Accused) -> None:
        rng = self.rng
        pool = self._accused_pool(a)

        def make(weak: bool) -> Evidence:
            item = self._new_item(
                "press",
                f"Press report on {a.name}",
                f"press on {a.name}",
                f"{a.name} is said to have been involved in the programme.",
                self._grade(weak),
                self._date(date(2022, 3, 1), 700),
            )
            return item

        lv = a.levels
        others = [x.id for x in self.accused if x.id != a.id]
        if lv["agreement"] != "none":
            for _ in range(rng.randrange(1, 3)):
                parties = sorted({a.id, rng.choice(others + self.officials[:2])})
                cited = self._cite(pool, lv["agreement"], make)
                if cited[0]:
                    gid = self._fact(
                        "A",
                        "agreement",
                        {
                            "parties": parties,
                            "aim": "the removal of children from the occupied territories",
                            "date": self._date(date(2022, 3, 1), 200),
                        },
                        cited,
                    )
                    self.agreements.append((gid, parties))
                    for party in parties:
                        self.agreements_of[party].append(gid)
        pairs = {
            "ms_intent": [("meant", "conduct"), ("knew", "consequence")],
            "ms_essential_role": [("knew", "essential_role")],
            "ms_facilitation": [("intended", "facilitation")],
            "ms_knew_conduct": [("knew", "conduct")],
            "ms_common_plan": [("knew", "common_plan")],
            "ms_subordinates": [
                ("knew", "crimes_of_subordinates"),
                ("disregarded", "crimes_of_subordinates"),
            ],
        }
        for fam, options in pairs.items():
            if lv[fam] == "none":
                continue
            for _ in range(rng.randrange(1, 4)):
                state, about = rng.choice(options)
                self._mental(
                    a.id,
                    state,
                    about,
                    rng.choice(("public statements", "meeting minutes", "reports received")),
                    pool,
                    lv[fam],
                    make,
                )
        if lv["authority"] != "none":
            for perp in rng.sample(
                self.perpetrators, min(len(self.perpetrators), rng.randrange(2, 12))
            ):
                effective = rng.random() < 0.85
                cited = self._cite(pool, lv["authority"], make)
                if cited[0]:
                    uid = self._fact(
                        "AU",
                        "authority",
                        {
                            "superior": a.id,
                            "over": perp,
                            "effective": effective,
                            "basis": "decree on the subordination of regional bodies",
                            "since": LINKS_FROM,
                        },
                        cited,
                    )
                    self.authorities.append((uid, a.id, perp, effective))

    def _noise(self) -> None:
        """One fact that, by construction, satisfies no rule of any charge."""
        rng = self.rng
        pool = rng.choice(self.pools) if self.pools else self.evidence[:3]
        cited = self._cite(list(pool), "any", None)
        a = rng.choice(self.accused).id
        transfer = rng.choice(self.transfers).id
        group = rng.choice(self.group_ids) if self.group_ids else "G0001"
        others = self.officials[2:]
        official = rng.choice(others[: max(1, len(others) // 2)])
        kind = rng.randrange(12)
        if kind == 0:  # a group nobody was taken from
            village, _ = rng.choice(self.noise_names)
            self._fact(
                "G",
                "group",
                {
                    "description": f"children who stayed in {village}",
                    "nationality": "Ukrainian",
                    "count": rng.randrange(5, 90),
                    "under_18": True,
                    "civilian": True,
                },
                cited,
            )
        elif kind == 1:  # the occupation of a place nobody was taken from
            _, territory = rng.choice(self.noise_names)
            self._fact(
                "O",
                "occupation",
                {
                    "territory": territory,
                    "occupier": OCCUPIER,
                    "since": self._date(date(2022, 2, 24), 40),
                },
                cited,
            )
        elif kind == 2:  # a conflict that is not international
            self._fact(
                "AC",
                "armed_conflict",
                {"parties": "armed groups in the region", "character": "non-international"},
                cited,
            )
        elif kind == 3:  # someone who is neither an accused nor a perpetrator
            self._fact(
                "M",
                "mental_state",
                {
                    "person": official,
                    "state": "knew",
                    "about": rng.choice(("conduct", "armed_conflict", "protected_status")),
                    "basis": "interview",
                },
                cited,
            )
        elif kind == 4:  # an accused's state of mind, asked about by few elements if any
            state, about = rng.choice(
                (
                    ("intended", "conduct"),
                    ("meant", "consequence"),
                    ("knew", "age"),
                    ("knew", "occupation"),
                    ("knew", "armed_conflict"),
                    ("disregarded", "conduct"),
                )
            )
            self._fact(
                "M",
                "mental_state",
                {"person": a, "state": state, "about": about, "basis": "public statements"},
                cited,
            )
            # undated: a state of mind counts for an act only if it was held by the act's
            # date, and an undated one is not assumed to have been (reference §9.4), so no
            # element counts it (`self.mental` holds the states that count)
        elif kind == 5:  # a perpetrator's state of mind that no element asks about
            state, about = rng.choice(
                (
                    ("meant", "conduct"),
                    ("disregarded", "armed_conflict"),
                    ("intended", "protected_status"),
                )
            )
            self._fact(
                "M",
                "mental_state",
                {"person": rng.choice(self.perpetrators), "state": state, "about": about},
                cited,
            )
        elif kind == 6:  # an agreement without any accused
            self._fact(
                "A",
                "agreement",
                {
                    "parties": sorted({official, rng.choice(others[len(others) // 2 :])}),
                    "aim": "the rotation of camp staff",
                },
                cited,
            )
        elif kind == 7:  # a contribution by someone not charged
            self._fact(
                "C",
                "contribution",
                {"by": official, "to": transfer, "kind": "transport", "could_frustrate": True},
                cited,
            )
        elif kind == 8:  # an accused's contribution to something that is not a transfer
            self._fact(
                "C",
                "contribution",
                {"by": a, "to": group, "kind": "hosting", "could_frustrate": True},
                cited,
            )
        elif kind == 9:  # authority that was not effective, or held by someone not charged
            if rng.random() < 0.5:
                self._fact(
                    "AU",
                    "authority",
                    {"superior": a, "over": rng.choice(self.perpetrators), "effective": False},
                    cited,
                )
            else:
                self._fact(
                    "AU",
                    "authority",
                    {
                        "superior": official,
                        "over": rng.choice(self.perpetrators),
                        "effective": True,
                    },
                    cited,
                )
        elif kind == 10:  # an omission by someone not charged
            self._fact("OM", "omission", {"person": official, "regarding": transfer}, cited)
        else:  # an accused's omission regarding something that is not a transfer
            self._fact(
                "OM", "omission", {"person": a, "regarding": group, "measures_taken": "none"}, cited
            )

    # ---- the expected statuses ------------------------------------------------------------
    def fact_status(self) -> dict[str, str]:
        std = self.standard
        out: dict[str, str] = {}
        for f in self.facts:
            support = [self.ev_by_id[e] for e in f.evidence if not self.ev_by_id[e].tampered]
            origins = {e.origin_key for e in support if std.grade_ok(e.reliability, e.credibility)}
            contra = [self.ev_by_id[e] for e in f.contradicted_by if not self.ev_by_id[e].tampered]
            contra_origins = {
                e.origin_key for e in contra if _credible(e.reliability, e.credibility)
            }
            if len(origins) < std.origins:
                status = "insufficient"
            elif std.contradiction == "defeats" and contra_origins:
                status = "contested"
            elif (
                std.contradiction == "outweighs"
                and contra_origins
                and len(contra_origins) >= len(origins)
            ):
                status = "contested"
            else:
                status = "supported"
            out[f.id] = status
        return out

    def expected(self) -> dict[str, Any]:
        """Per charge, the status of every element, from the construction (see module doc)."""
        fs = self.fact_status()

        def best(chains: Iterable[Sequence[str]]) -> str:
            status = "missing"
            for chain in chains:
                s = min((fs[f] for f in chain), key=RANK.__getitem__)
                if RANK[s] > RANK[status]:
                    status = s
            return status

        occ = self.occupations
        by_crime = {
            DEPORTATION: list(self.transfers),
            POPULATION: [
                t for t in self.transfers if t.territory is not None and occ.get(t.territory)
            ],
        }
        perps = {c: sorted({t.by for t in ts if t.by is not None}) for c, ts in by_crime.items()}

        def ms(person: str, *pairs: tuple[str, str]) -> list[tuple[str]]:
            return [
                (m,) for state, about in pairs for m in self.mental.get((person, state, about), [])
            ]

        def occupied_pairs(ts: list[Transfer]) -> list[tuple[str, str]]:
            """(transfer, occupation of its origin territory), for every transfer that has one."""
            return [
                (t.id, o) for t in ts if t.territory is not None for o in occ.get(t.territory, [])
            ]

        def protected_chains() -> Iterable[tuple[str, str]]:
            for t in self.transfers:
                g = self.groups[t.persons]
                if t.territory is None or g.civilian is not True or g.nationals_of is None:
                    continue
                for o in occ.get(t.territory, []):
                    if g.nationals_of != self.occupier[o]:
                        yield (o, g.id)

        # The model of the library's rules for the facts this generator plants (default
        # options). Alternatives that need facts it never plants (organisation, position,
        # destination_territory) cannot match and are left out.
        iac_context = {(ac, o) for _, o in occupied_pairs(self.transfers) for ac in self.iac}
        crime_elements: dict[str, dict[str, str]] = {
            DEPORTATION: {
                # transfer
                "conduct": best((t.id,) for t in self.transfers),
                # occupation(territory == conduct.origin_territory) as occ and
                # group(id == conduct.persons, civilian == true, nationals_of != occ.occupier)
                "protected": best(protected_chains()),
                # armed_conflict(character == "international")
                #   and occupation(territory == conduct.origin_territory)
                "iac_context": best(iac_context),
                # transfer(id == conduct.id), unless a lawful ground: the generator plants
                # no `return` facts, so no ground is ever established or asserted
                "unlawful": best((t.id,) for t in self.transfers),
            },
            POPULATION: {
                # transfer as t and occupation(territory == t.origin_territory)
                "conduct": best(occupied_pairs(self.transfers)),
                "iac_context": best(iac_context),
                "unlawful": best((t,) for t, _ in occupied_pairs(self.transfers)),
            },
        }
        # an occupation is itself the international armed conflict (GC IV art. 2(2), issue
        # 18): knowing of the occupation of the act's territory is knowing of the conflict
        iac_known = (("knew", "armed_conflict"), ("knew", "occupation"))
        mental_elements = {
            DEPORTATION: {
                "protected_awareness": (("knew", "protected_status"),),
                "iac_awareness": iac_known,
            },
            POPULATION: {"iac_awareness": iac_known},
        }

        def crime_mental(a: str, crime: str, mode: str) -> dict[str, str]:
            """The crime's mental elements: mental_state(person == perpetrator, ...), where the
            perpetrator is the accused under 25(3)(a) (`mind "accused"`) and otherwise the
            conduct's `by` (then the rule joins on the conduct, so it needs a conduct chain)."""
            if mode in COMMISSION_MODES:
                minds = [a]
            elif crime_elements[crime]["conduct"] == "missing":
                return {e: "missing" for e in mental_elements[crime]}
            else:
                minds = perps[crime]
            return {
                e: best(c for p in minds for c in ms(p, *pairs))
                for e, pairs in mental_elements[crime].items()
            }

        def mode_elements(a: str, crime: str, mode: str) -> dict[str, str]:
            conduct = {t.id for t in by_crime[crime]}
            plans = {t.pursuant_to for t in by_crime[crime] if t.pursuant_to is not None}
            doers = set(perps[crime])
            mine = [c for c in self.contributions if c[1] == a and c[2] in conduct]
            omitted = [o for o in self.omissions if o[1] == a and o[2] in conduct]
            if mode == "co_perpetration":
                return {
                    # agreement(parties has accused, id == conduct.pursuant_to)
                    "common_plan": best(
                        (g,) for g, parties in self.agreements if a in parties and g in plans
                    ),
                    # contribution(by == accused, to == conduct.id, could_frustrate == true)
                    "essential_contribution": best((c[0],) for c in mine if c[3] is True),
                    "intent": best(ms(a, ("meant", "conduct"), ("knew", "consequence"))),
                    "aware_essential": best(ms(a, ("knew", "essential_role"))),
                    "mutual_awareness": best(ms(a, ("knew", "common_plan"))),
                }
            if mode == "aiding_abetting":
                return {
                    # contribution(by == accused, to == conduct.id)  [aiding_threshold == none]
                    "assistance": best((c[0],) for c in mine),
                    "purpose": best(ms(a, ("intended", "facilitation"))),
                    "awareness": best(ms(a, ("knew", "conduct"))),
                }
            return {
                # authority(superior == accused, over == conduct.by, effective == true)
                "subordinates": best(
                    (u,)
                    for u, sup, over, eff in self.authorities
                    if sup == a and eff and over in doers
                ),
                "knowledge": best(
                    ms(
                        a,
                        ("knew", "crimes_of_subordinates"),
                        ("disregarded", "crimes_of_subordinates"),
                    )
                ),
                # authority(superior == accused, over == conduct.by, effective == true)
                #   or contribution(by == accused, to == conduct.id, kind == approval
                #   | organisation | financing | order)
                "activities": best(
                    [
                        (u,)
                        for u, sup, over, eff in self.authorities
                        if sup == a and eff and over in doers
                    ]
                    + [(c[0],) for c in mine if c[4] in ACTIVITY_KINDS]
                ),
                # omission(person == accused, regarding == conduct.id)
                "failure": best((o[0],) for o in omitted),
                # omission(..., control_would_have == reduced_the_risk | very_probably_prevented
                #   | prevented)  [superior_causation == risk_increase]
                "causation": best((o[0],) for o in omitted if o[3] in CAUSAL),
            }

        return {
            "generator": {"version": GENERATOR_VERSION, "facts": self.n, "seed": self.seed},
            "standard": self.standard.id,
            "counts": {
                "facts": len(self.facts),
                "evidence": len(self.evidence),
                "incidents": len(self.pools),
                "accused": len(self.accused),
                "charges": len(self.charges),
                "uncited_evidence": self.padding,
                "reused_evidence": self.reused,
            },
            "charges": [
                {
                    "accused": a,
                    "crime": crime,
                    "mode": mode,
                    "elements": crime_elements[crime]
                    | crime_mental(a, crime, mode)
                    | mode_elements(a, crime, mode),
                }
                for a, crime, mode in self.charges
            ],
            "facts": fs,
        }

    # ---- the case document ----------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        return {
            "case": f"Synthetic case: transfers of children ({self.n} facts, seed {self.seed})",
            "standard": self.standard.id,
            "accused": [{"id": a.id, "name": a.name, "role": a.role} for a in self.accused],
            "charges": [{"accused": a, "crime": c, "mode": m} for a, c, m in self.charges],
            "evidence": [e.to_dict() for e in self.evidence],
            "facts": [f.to_dict() for f in self.facts],
        }


# ----------------------------------------------------------------------------- writing

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'()/_-]*[A-Za-z0-9.)]|[A-Za-z]")
_ARTICLE = re.compile(r"\d+(\([0-9a-z]+\))+(-\d+)?")
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}


def scalar(v: Any, flow: bool = False) -> str:
    """One YAML scalar, plain where a person would write it plain, else double-quoted."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | date):
        return str(v) if isinstance(v, int) else v.isoformat()
    s = str(v)
    plain = (_PLAIN.fullmatch(s) or _ARTICLE.fullmatch(s)) and s.lower() not in _RESERVED
    if plain and flow and ("," in s or "(" in s):
        plain = False
    return s if plain else json.dumps(s, ensure_ascii=False)


def _yaml_item(d: dict[str, Any], out: list[str], flow_keys: Iterable[str] = ()) -> None:
    first = True
    for k, v in d.items():
        lead = "  - " if first else "    "
        first = False
        if isinstance(v, list):
            out.append(f"{lead}{k}: [{', '.join(scalar(x, flow=True) for x in v)}]")
        elif k == "excerpt":
            out.append(f"{lead}{k}: {json.dumps(v, ensure_ascii=False)}")
        else:
            out.append(f"{lead}{k}: {scalar(v)}")


def to_yaml(doc: dict[str, Any], header: str) -> str:
    out = [f"# {line}" if line else "#" for line in header.splitlines()]
    out += ["", f"case: {scalar(doc['case'])}", f"standard: {doc['standard']}", "", "accused:"]
    for a in doc["accused"]:
        _yaml_item(a, out)
    out += ["", "charges:"]
    for c in doc["charges"]:
        out.append(f"  - {{accused: {c['accused']}, crime: {c['crime']}, mode: {c['mode']}}}")
    out += ["", "evidence:"]
    for e in doc["evidence"]:
        _yaml_item(e, out)
    out += ["", "facts:"]
    for f in doc["facts"]:
        _yaml_item(f, out)
    return "\n".join(out) + "\n"


def to_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False, default=lambda d: d.isoformat()) + "\n"


def expected_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + ".expected.json")


def generate(
    n_facts: int,
    out: Path,
    seed: int = 1,
    fmt: str | None = None,
    standard: str = "reasonable_grounds",
) -> dict[str, Any]:
    """Write the case file and its expected statuses; return the expected document."""
    standards = load_standards()
    if standard not in standards:
        raise SystemExit(
            f"unknown standard {standard!r}; the library declares {', '.join(standards)}"
        )
    files_dir = f"{out.stem}.files"
    gen = Generator(n_facts, seed, standards[standard], fact_attributes(), files_dir)
    gen.build()
    doc = gen.document()
    fmt = fmt or ("json" if out.suffix == ".json" else "yaml")
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out.parent / files_dir, ignore_errors=True)
    (out.parent / files_dir).mkdir()
    for ev in gen.evidence:
        if ev.file and ev.content is not None:
            (out.parent / ev.file).write_bytes(ev.content)
    if fmt == "json":
        text = to_json(doc)
    else:
        header = (
            "Synthetic case generated by benchmarks/generate.py "
            f"--facts {n_facts} --seed {seed} --standard {standard}\n"
            "(generator version "
            + str(GENERATOR_VERSION)
            + "). Expected statuses: "
            + expected_path(out).name
            + "."
        )
        text = to_yaml(doc, header)
    out.write_text(text, encoding="utf-8")
    expected = gen.expected()
    expected["case_file"] = out.name
    expected["bytes"] = len(text.encode())
    expected_path(out).write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument(
        "--facts",
        type=int,
        required=True,
        help="number of facts (N); the case gets N/2 evidence items",
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        help="case file to write; FILE.expected.json is written beside it",
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--format",
        choices=("yaml", "json"),
        default=None,
        help="default: from the file name (yaml)",
    )
    p.add_argument("--standard", default="reasonable_grounds")
    args = p.parse_args(argv)
    exp = generate(args.facts, args.out, args.seed, args.format, args.standard)
    counts = exp["counts"]
    print(
        f"{args.out}: {counts['facts']} facts, {counts['evidence']} evidence items, "
        f"{counts['incidents']} incidents, {counts['charges']} charges, "
        f"{exp['bytes'] / 2**20:.2f} MiB; expected statuses in {expected_path(args.out).name}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
