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
_RELATION_KEYS = {str(predicate): name for predicate, name in RELATIONS.items()}

# The terms the view reads, as the plain strings the store hands out.
_TYPE, _LABEL, _PREF, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel)
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_DERIVED, _ORGANIZATION = str(PROV.wasDerivedFrom), str(ORG.Organization)
_LEGAL_RESOURCE, _ID_LOCAL, _TITLE, _TITLE_ALT = (str(ELI.LegalResource), str(ELI.id_local), str(ELI.title),
                                                  str(ELI.title_alternative))
_DATE_DOCUMENT, _PASSED_BY = str(ELI.date_document), str(ELI.passed_by)
_START, _UNTIL = str(ELI.first_date_entry_in_force), str(ELI.date_no_longer_in_force)
_SOURCE_FILE, _ATTACHED_RULE, _UNRESOLVED = str(REGKG.SourceFile), str(REGKG.AttachedRule), str(REGKG.UnresolvedReference)
_JURISDICTION_CLASS, _EVIDENCE, _DUTY = str(REGKG.Jurisdiction), str(REGKG.Evidence), str(REGKG.Duty)
_JURISDICTION, _LEVEL, _PARENT = str(REGKG.jurisdiction), str(REGKG.level), str(REGKG.parentJurisdiction)
_TASK, _ASSIGNED_BY, _LEAD, _SUPPORT = (str(REGKG.task), str(REGKG.assignedBy), str(REGKG.leadDepartment),
                                        str(REGKG.supportDepartment))
_IN_CORPUS, _KIND, _ATTACHED_TO = str(REGKG.inCorpus), str(REGKG.documentKind), str(REGKG.attachedTo)
_SPAN_START, _SPAN_END, _CONFIDENCE = str(REGKG.spanStart), str(REGKG.spanEnd), str(REGKG.confidence)
_EVIDENCE_TEXT, _METHOD, _CUE, _CITED_AS = (str(REGKG.evidenceText), str(REGKG.method), str(REGKG.cue),
                                            str(REGKG.citedAs))


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

    def __call__(self, what: str = "graph", **options):
        """Show a view inline in Jupyter: ``kg.view()``, ``kg.view(doc="泸市府办发〔2024〕44号", depth=2)``,
        ``kg.view("page", doc=...)``, ``kg.view("duties", department_name="市生态环境局")``, ``kg.view("report")``."""
        from regkg.views import show

        return show(self, what, **options)

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
        by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in store.value_triples():  # plain strings: IRIs and literals' lexical forms
            by_subject[s][p].append(o)
        for s, props in by_subject.items():
            if _SOURCE_FILE in props.get(_TYPE, ()):
                self.sources[s] = props[_LABEL][0]
        for s, props in by_subject.items():
            types = set(props.get(_TYPE, ()))
            if _LEGAL_RESOURCE in types or _ATTACHED_RULE in types:
                self._doc(s, props, types)
            elif _ORGANIZATION in types:
                self.orgs[s] = Org(s, props[_PREF][0], sorted(props.get(_ALT, ())), self._one(props, _JURISDICTION))
            elif _JURISDICTION_CLASS in types:
                self.places[s] = (props[_PREF][0], self._one(props, _LEVEL), self._one(props, _PARENT))
            elif _EVIDENCE in types:
                key = (props[_RDF_SUBJECT][0], props[_RDF_PREDICATE][0], props[_RDF_OBJECT][0])
                self.evidence[key].append(self._evidence(props))
            elif _DUTY in types:
                self.duties.append(
                    DutyView(
                        s, props[_TASK][0], props[_ASSIGNED_BY][0],
                        sorted(props.get(_LEAD, ())), sorted(props.get(_SUPPORT, ())), self._evidence(props),
                    )
                )
        self.duties.sort(key=lambda d: (d.by, d.evidence.span or (0, 0), d.task, d.iri))
        for found in self.evidence.values():  # the same order whichever store the triples came from
            found.sort(key=lambda e: (e.source or "", e.span or (0, 0), e.text or "", e.method, e.cue or "",
                                      e.cited_as or "", e.confidence))
        for s, props in by_subject.items():
            for predicate, name in _RELATION_KEYS.items():
                for o in props.get(predicate, ()):
                    self.out[name][s].append(o)
                    self.into[name][o].append(s)
        for index in (*self.out.values(), *self.into.values()):
            for targets in index.values():
                targets.sort()
        self._index()

    def _one(self, props, predicate: str) -> str | None:
        values = props.get(predicate)
        return min(values) if values else None

    def _evidence(self, props) -> Evidence:
        start, end = self._one(props, _SPAN_START), self._one(props, _SPAN_END)
        source = self._one(props, _DERIVED)
        confidence = props.get(_CONFIDENCE)
        return Evidence(
            source=self.sources.get(source or "", source),
            span=(int(start), int(end)) if start is not None and end is not None else None,
            text=self._one(props, _EVIDENCE_TEXT),
            method=self._one(props, _METHOD) or "extracted",
            confidence=float(confidence[0]) if confidence else 1.0,
            cue=self._one(props, _CUE),
            cited_as=self._one(props, _CITED_AS),
        )

    def _doc(self, iri: str, props, types) -> None:
        self.docs[iri] = Doc(
            iri=iri,
            number=self._one(props, _ID_LOCAL),
            title=self._one(props, _TITLE),
            alt_titles=sorted(props.get(_TITLE_ALT, ())),
            date=self._one(props, _DATE_DOCUMENT),
            kind=self._one(props, _KIND),
            jurisdiction=self._one(props, _JURISDICTION),
            issuers=sorted(props.get(_PASSED_BY, ())),
            in_corpus=props.get(_IN_CORPUS, ["false"])[0] in ("true", "1"),
            unresolved=_UNRESOLVED in types,
            start=self._one(props, _START),
            until=self._one(props, _UNTIL),
            notice=self._one(props, _ATTACHED_TO),
            sources=sorted(self.sources.get(o, o) for o in props.get(_DERIVED, ())),
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
