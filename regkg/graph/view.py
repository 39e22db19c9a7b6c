"""The read side: one pass over the RDF store into plain indexes and a NetworkX graph, built once per
load, so every question is a dictionary walk of milliseconds.

The view is made from RDF only (never from records), so a graph built now and one loaded from
``graph.ttl`` later answer alike, and the SPARQL equivalents see exactly what the functions see.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS

from regkg.errors import DocumentNotFound
from regkg.graph.normalize import canonical_number, title_key
from regkg.graph.store import Store
from regkg.ontology import ELI, REGKG

__all__ = ["Evidence", "Doc", "Org", "DutyView", "View", "RELATIONS", "PREDICATE_OF"]

# Document-to-document relations the view keeps, by the short name used in edges and results.
RELATIONS: dict[URIRef, str] = {
    ELI.cites: "cites",
    ELI.based_on: "based_on",
    REGKG.repliesTo: "replies_to",
    ELI.repeals: "repeals",
    DCTERMS.replaces: "replaces",
}
PREDICATE_OF: dict[str, URIRef] = {name: predicate for predicate, name in RELATIONS.items()}


@dataclass(frozen=True)
class Evidence:
    """Why the graph holds a fact: where it was read and how it was derived."""

    source: str | None
    span: tuple[int, int] | None
    text: str | None
    method: str
    confidence: float
    cue: str | None = None
    cited_as: str | None = None


@dataclass
class Doc:
    """A document node (or an attached rule, when ``notice`` is set)."""

    iri: str
    number: str | None = None
    title: str | None = None
    alt_titles: list[str] = field(default_factory=list)
    date: str | None = None
    kind: str | None = None
    jurisdiction: str | None = None
    issuers: list[str] = field(default_factory=list)
    in_corpus: bool = False
    unresolved: bool = False
    start: str | None = None
    until: str | None = None
    notice: str | None = None
    sources: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """What a person calls it: its number, else its title, else its IRI."""
        return self.number or self.title or self.iri


@dataclass
class Org:
    iri: str
    name: str
    alt_labels: list[str] = field(default_factory=list)
    jurisdiction: str | None = None


@dataclass
class DutyView:
    iri: str
    task: str
    by: str
    lead: list[str]
    support: list[str]
    evidence: Evidence


class View:
    """Indexes over one graph: documents, relations with evidence, bodies, duties, places."""

    def __init__(self, store: Store) -> None:
        self.docs: dict[str, Doc] = {}
        self.orgs: dict[str, Org] = {}
        self.duties: list[DutyView] = []
        self.places: dict[str, tuple[str, str | None, str | None]] = {}  # IRI -> (name, level, parent IRI)
        self.sources: dict[str, str] = {}  # IRI -> file name
        # relation name -> subject -> objects, and the reverse
        self.out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.into: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        self.graph = nx.MultiDiGraph()
        self._by_number: dict[str, str] = {}
        self._by_title: dict[str, list[str]] = defaultdict(list)
        self._read(store)

    # ------------------------------------------------------------------ reading the store

    def _read(self, store: Store) -> None:
        by_subject: dict[URIRef, dict[URIRef, list]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in store.triples():
            by_subject[s][p].append(o)  # type: ignore[index]
        for s, props in by_subject.items():
            types = set(props.get(RDF.type, ()))
            if REGKG.SourceFile in types:
                self.sources[str(s)] = str(props[RDFS.label][0])
        for s, props in by_subject.items():
            types = set(props.get(RDF.type, ()))
            if ELI.LegalResource in types or REGKG.AttachedRule in types:
                self._doc(str(s), props, types)
            elif ORG.Organization in types:
                self.orgs[str(s)] = Org(
                    str(s), str(props[SKOS.prefLabel][0]), sorted(map(str, props.get(SKOS.altLabel, ()))),
                    self._one(props, REGKG.jurisdiction),
                )
            elif REGKG.Jurisdiction in types:
                self.places[str(s)] = (
                    str(props[SKOS.prefLabel][0]), self._one(props, REGKG.level), self._one(props, REGKG.parentJurisdiction)
                )
            elif REGKG.Evidence in types:
                key = (str(props[RDF.subject][0]), str(props[RDF.predicate][0]), str(props[RDF.object][0]))
                self.evidence[key].append(self._evidence(props))
            elif REGKG.Duty in types:
                self.duties.append(
                    DutyView(
                        str(s), str(props[REGKG.task][0]), str(props[REGKG.assignedBy][0]),
                        sorted(map(str, props.get(REGKG.leadDepartment, ()))),
                        sorted(map(str, props.get(REGKG.supportDepartment, ()))),
                        self._evidence(props),
                    )
                )
        self.duties.sort(key=lambda d: (d.by, d.evidence.span or (0, 0), d.task))
        for s, props in by_subject.items():
            for predicate, name in RELATIONS.items():
                for o in props.get(predicate, ()):
                    self.out[name][str(s)].append(str(o))
                    self.into[name][str(o)].append(str(s))
        for index in (*self.out.values(), *self.into.values()):
            for targets in index.values():
                targets.sort()
        self._index()

    def _one(self, props, predicate) -> str | None:
        values = props.get(predicate)
        return str(sorted(values)[0]) if values else None

    def _evidence(self, props) -> Evidence:
        start, end = self._one(props, REGKG.spanStart), self._one(props, REGKG.spanEnd)
        source = self._one(props, PROV.wasDerivedFrom)
        confidence = props.get(REGKG.confidence)
        return Evidence(
            source=self.sources.get(source or "", source),
            span=(int(start), int(end)) if start is not None and end is not None else None,
            text=self._one(props, REGKG.evidenceText),
            method=self._one(props, REGKG.method) or "extracted",
            confidence=float(confidence[0]) if confidence else 1.0,
            cue=self._one(props, REGKG.cue),
            cited_as=self._one(props, REGKG.citedAs),
        )

    def _doc(self, iri: str, props, types) -> None:
        self.docs[iri] = Doc(
            iri=iri,
            number=self._one(props, ELI.id_local),
            title=self._one(props, ELI.title),
            alt_titles=sorted(map(str, props.get(ELI.title_alternative, ()))),
            date=self._one(props, ELI.date_document),
            kind=self._one(props, REGKG.documentKind),
            jurisdiction=self._one(props, REGKG.jurisdiction),
            issuers=sorted(map(str, props.get(ELI.passed_by, ()))),
            in_corpus=bool(props.get(REGKG.inCorpus) and props[REGKG.inCorpus][0].toPython() is True),
            unresolved=REGKG.UnresolvedReference in types,
            start=min(map(str, props[ELI.first_date_entry_in_force])) if ELI.first_date_entry_in_force in props else None,
            until=min(map(str, props[ELI.date_no_longer_in_force])) if ELI.date_no_longer_in_force in props else None,
            notice=self._one(props, REGKG.attachedTo),
            sources=sorted(self.sources.get(str(o), str(o)) for o in props.get(PROV.wasDerivedFrom, ())),
        )

    def _index(self) -> None:
        for iri in sorted(self.docs):
            doc = self.docs[iri]
            self.graph.add_node(iri, label=doc.label, title=doc.title, number=doc.number, date=doc.date,
                                jurisdiction=self.place_name(doc.jurisdiction), in_corpus=doc.in_corpus,
                                unresolved=doc.unresolved, rule=doc.notice is not None)
            if doc.number and doc.notice is None:
                self._by_number[doc.number] = iri
            for title in (doc.title, *doc.alt_titles):
                if title:
                    self._by_title[title_key(title)].append(iri)
        for name, index in sorted(self.out.items()):
            for s, targets in sorted(index.items()):
                for o in targets:
                    self.graph.add_edge(s, o, key=name, relation=name)

    # ------------------------------------------------------------------ look-ups

    def place_name(self, iri: str | None) -> str | None:
        return self.places[iri][0] if iri in self.places else None

    def org_name(self, iri: str) -> str:
        org = self.orgs.get(iri)
        return org.name if org else iri

    def find(self, ref: str) -> Doc:
        """A document by IRI, 发文字号 (however printed) or title; :class:`DocumentNotFound` otherwise.

        A title names the document itself before an attached rule of that title.
        """
        if ref in self.docs:
            return self.docs[ref]
        iri = self._by_number.get(canonical_number(ref))
        if iri:
            return self.docs[iri]
        candidates = self._by_title.get(title_key(ref), [])
        if candidates:
            return self.docs[sorted(candidates, key=lambda i: (self.docs[i].notice is not None, not self.docs[i].in_corpus, i))[0]]
        raise DocumentNotFound(f"no document with number, title or IRI {ref!r}")

    def evidence_for(self, subject: str, predicate: URIRef, obj: str) -> list[Evidence]:
        return self.evidence.get((subject, str(predicate), obj), [])
