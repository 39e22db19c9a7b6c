"""The read side: one pass over the RDF store into plain indexes, built once per load, so every
question is a dictionary walk of milliseconds. Each question keeps its own index in the view
(:meth:`View.memo`: repeal events by date, dangling spans in answer order, duties by department, one
searchable text of all tasks), made on its first call, so a later call's work follows the size of its
answer, not of the graph; the NetworkX graph is made when first asked for.

The view is made from RDF only (never from records), so a graph built now and one loaded from
``graph.ttl`` later answer alike, and the SPARQL equivalents see exactly what the functions see.
A build hands it the triples it has just made; a load, the store's (or its Turtle twin's).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from typing import TYPE_CHECKING

from regkg.errors import DocumentNotFound
from regkg.graph.duty_counts import DutyCounts, DutyList
from regkg.graph.model import DutyNode, Provenance
from regkg.keys.numbers import number_key
from regkg.keys.pages import PageNames, page_stems
from regkg.keys.titles import title_key

if TYPE_CHECKING:
    import networkx as nx

    from regkg.graph.duty_table import DutyTable

    from regkg.graph.store import Store

__all__ = ["Evidence", "Doc", "Org", "DutyView", "duty_view", "duty_node", "GraphWarning", "View", "RELATIONS", "PREDICATE_OF", "collector_paused"]

T = TypeVar("T")

# The namespaces of the terms the view reads, as plain strings: the view, the index and the question
# functions run without rdflib (a cold ``regkg status`` opens the index and never imports it);
# tests/test_index.py checks they spell what regkg.ontology and rdflib do.
ELI_NS, REGKG_NS = "http://data.europa.eu/eli/ontology#", "https://w3id.org/regkg#"
_RDF, _RDFS, _SKOS = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
                      "http://www.w3.org/2004/02/skos/core#")
_DCTERMS, _ORG, _PROV = "http://purl.org/dc/terms/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#"

# Document-to-document relations the view keeps, by the short name used in edges and results.
RELATIONS: dict[str, str] = {
    ELI_NS + "cites": "cites",
    ELI_NS + "based_on": "based_on",
    REGKG_NS + "repliesTo": "replies_to",
    ELI_NS + "repeals": "repeals",
    _DCTERMS + "replaces": "replaces",
}
PREDICATE_OF: dict[str, str] = {name: predicate for predicate, name in RELATIONS.items()}
_RELATION_KEYS = RELATIONS

# The terms the view reads.
_TYPE, _LABEL, _PREF, _ALT = _RDF + "type", _RDFS + "label", _SKOS + "prefLabel", _SKOS + "altLabel"
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = _RDF + "subject", _RDF + "predicate", _RDF + "object"
_DERIVED, _ORGANIZATION = _PROV + "wasDerivedFrom", _ORG + "Organization"
_LEGAL_RESOURCE, _ID_LOCAL, _TITLE, _TITLE_ALT = (ELI_NS + "LegalResource", ELI_NS + "id_local", ELI_NS + "title",
                                                  ELI_NS + "title_alternative")
_DATE_DOCUMENT, _PASSED_BY = ELI_NS + "date_document", ELI_NS + "passed_by"
START_PREDICATE, UNTIL_PREDICATE = ELI_NS + "first_date_entry_in_force", ELI_NS + "date_no_longer_in_force"
_START, _UNTIL = START_PREDICATE, UNTIL_PREDICATE
_SOURCE_FILE, _ATTACHED_RULE, _UNRESOLVED = (REGKG_NS + "SourceFile", REGKG_NS + "AttachedRule",
                                             REGKG_NS + "UnresolvedReference")
_JURISDICTION_CLASS, _EVIDENCE, _DUTY = REGKG_NS + "Jurisdiction", REGKG_NS + "Evidence", REGKG_NS + "Duty"
_JURISDICTION, _LEVEL, _PARENT = REGKG_NS + "jurisdiction", REGKG_NS + "level", REGKG_NS + "parentJurisdiction"
_TASK, _ASSIGNED_BY, _LEAD, _SUPPORT = (REGKG_NS + "task", REGKG_NS + "assignedBy", REGKG_NS + "leadDepartment",
                                        REGKG_NS + "supportDepartment")
_IN_CORPUS, _KIND, _ATTACHED_TO = REGKG_NS + "inCorpus", REGKG_NS + "documentKind", REGKG_NS + "attachedTo"
_SPAN_START, _SPAN_END, _CONFIDENCE = REGKG_NS + "spanStart", REGKG_NS + "spanEnd", REGKG_NS + "confidence"
_EVIDENCE_TEXT, _METHOD, _CUE, _CITED_AS = (REGKG_NS + "evidenceText", REGKG_NS + "method", REGKG_NS + "cue",
                                            REGKG_NS + "citedAs")
_WARNING, _WARNING_KIND, _MESSAGE, _ABOUT = (REGKG_NS + "Warning", REGKG_NS + "warningKind", REGKG_NS + "message",
                                             REGKG_NS + "about")


# A document's attributes read from the predicates only documents have: one value, or every value.
_DOC_VALUE = {_ID_LOCAL: "number", _TITLE: "title", _DATE_DOCUMENT: "date", _KIND: "kind", _START: "start",
              _UNTIL: "until", _ATTACHED_TO: "notice"}
_DOC_VALUES = {_TITLE_ALT: "alt_titles", _PASSED_BY: "issuers"}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why the graph holds a fact: where it was read and how it was derived. (Slots, as the view's
    other nodes: a 1,000-gazette build holds a million of them; the view of 730,000 triples 42 -> 36 MB.)"""

    source: str | None
    span: tuple[int, int] | None
    text: str | None
    method: str
    confidence: float
    cue: str | None = None
    cited_as: str | None = None

    @classmethod
    def of_columns(cls, row: tuple) -> Evidence:
        """Evidence from the columns the index and a build's scratch tables store it in: source, span
        start, span end, sentence, method, confidence, cue, cited as."""
        source, start, end, text, method, confidence, cue, cited_as = row
        return cls(source, (start, end) if start is not None and end is not None else None, text, method,
                   confidence, cue, cited_as)


@dataclass(slots=True)
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


@dataclass(slots=True)
class Org:
    iri: str
    name: str
    alt_labels: list[str] = field(default_factory=list)
    jurisdiction: str | None = None


@dataclass(frozen=True, slots=True)
class GraphWarning:
    """A warning the graph holds (``regkg:Warning``): read in one file (``source``, ``span``) or seen
    across the corpus; ``about`` names the documents involved (their numbers, else titles)."""

    kind: str
    message: str
    source: str | None
    span: tuple[int, int] | None
    about: tuple[str, ...]
    about_iris: tuple[str, ...]
    iri: str

    def __str__(self) -> str:
        where = f"{self.source}" + (f" [{self.span[0]}, {self.span[1]})" if self.span else "") if self.source else ""
        return f"{where}: {self.message}" if where else self.message


@dataclass(slots=True)
class DutyView:
    iri: str
    task: str
    by: str
    lead: list[str]
    support: list[str]
    evidence: Evidence


# How every duty was found: read from its sentence, with certainty (the index files its rows with these too).
DUTY_METHOD, DUTY_CONFIDENCE = "extracted", 1.0


def duty_view(duty: DutyNode) -> DutyView:
    """A resolved duty as the view reads it from RDF (a duty's evidence is extracted, with certainty)."""
    prov = duty.provenance
    return DutyView(duty.iri, duty.task, duty.by, duty.lead, duty.support,
                    Evidence(prov.source, prov.span, prov.text, DUTY_METHOD, DUTY_CONFIDENCE))


def duty_node(duty: DutyView) -> DutyNode:
    """The inverse of :func:`duty_view`: a duty the view read, to be filed (:mod:`regkg.graph.duty_table`)."""
    ev = duty.evidence
    return DutyNode(duty.iri, duty.task, duty.by, duty.lead, duty.support, Provenance(ev.source, ev.span, ev.text))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while millions of tuples are made: each full collection walks
    every live object, and reading a graph of 50,000 documents would pay for dozens of them (none of
    what a build or a view makes is cyclic garbage)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(slots=True)
class _Filed:
    """The triples of one predicate as two lists, a subject and an object each: no tuple is held per
    triple (a build's rows are made one at a time, and dropped once read)."""

    subjects: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)

    def pairs(self) -> Iterator[tuple[str, str]]:
        return zip(self.subjects, self.objects)


_NOTHING_FILED = _Filed()  # a predicate the graph does not use (never added to)


class _OneValue(dict):
    """predicate -> {subject: its least value} (one value where the graph has one), made on demand
    from the triples filed under each predicate."""

    def __init__(self, by_predicate: dict[str, _Filed]) -> None:
        super().__init__()
        self._by_predicate = by_predicate

    def __missing__(self, predicate: str) -> dict[str, str]:
        filed = self._by_predicate.get(predicate, _NOTHING_FILED)
        values: dict[str, str] = dict(filed.pairs())  # one value each, most often: made in C
        if len(values) < len(filed.subjects):  # some subject has two values: keep its least, whatever the order
            values = self.among(predicate, None)
        self[predicate] = values
        return values

    def among(self, predicate: str, subjects: Iterable[str] | None) -> dict[str, str]:
        """{subject: its least value} for ``subjects`` only (every subject for None), not kept:
        prov:wasDerivedFrom of evidence, not of every document."""
        wanted = subjects if subjects is None or isinstance(subjects, (set, frozenset)) else set(subjects)
        values: dict[str, str] = {}
        for s, o in self._by_predicate.get(predicate, _NOTHING_FILED).pairs():
            if (wanted is None or s in wanted) and (s not in values or o < values[s]):
                values[s] = o
        return values


def _least(nodes: Mapping[str, Any], filed: _Filed, attribute: str) -> None:
    """Set ``attribute`` of the nodes ``filed`` names to each one's least value (one value where the
    graph has one; the least whatever the store's order), leaving other subjects aside."""
    found = nodes.get
    for s, o in filed.pairs():
        node = found(s)
        if node is not None and ((held := getattr(node, attribute)) is None or o < held):
            setattr(node, attribute, o)


def _every(nodes: Mapping[str, Any], filed: _Filed, attribute: str) -> None:
    """Add every value ``filed`` gives to the list ``attribute`` of the node it names."""
    found = nodes.get
    for s, o in filed.pairs():
        node = found(s)
        if node is not None:
            getattr(node, attribute).append(o)


class _ManyValues(_OneValue):
    """predicate -> {subject: all its values}, made on demand."""

    def __missing__(self, predicate: str) -> dict[str, list[str]]:  # type: ignore[override]
        values: dict[str, list[str]] = defaultdict(list)
        for s, o in self._by_predicate.get(predicate, _NOTHING_FILED).pairs():
            values[s].append(o)
        self[predicate] = values
        return values

    def among(self, predicate: str, subjects: set[str]) -> dict[str, list[str]]:
        """{subject: all its values} for ``subjects`` only, not kept: documents' sources are read from
        prov:wasDerivedFrom, which every evidence node and duty has too (a list each otherwise)."""
        values: dict[str, list[str]] = defaultdict(list)
        for s, o in self._by_predicate.get(predicate, _NOTHING_FILED).pairs():
            if s in subjects:
                values[s].append(o)
        return values


class _Parsed(dict):
    """lexical form -> its value, parsed once: a million spans and confidences of a 1,000-gazette build
    are a few hundred thousand distinct numbers, each a new object per evidence node otherwise."""

    def __init__(self, parse: Callable[[str], Any]) -> None:
        super().__init__()
        self._parse = parse

    def __missing__(self, lexical: str) -> Any:
        value = self[lexical] = self._parse(lexical)
        return value


class View:
    """Indexes over one graph: documents, relations with evidence, bodies, duties, places."""

    indexed = False  # the question functions walk these indexes (:class:`~regkg.graph.index_read.IndexView`: SQL)

    def __init__(self, source: Store | Iterable[tuple[str, ...]], *, duties: DutyTable | None = None,
                 evidence: Mapping[tuple[str, str, str], list[Evidence]] | None = None) -> None:
        """``source``: a store, or its triples as rows (:mod:`regkg.graph.terms`; a build hands
        over the rows it made, so the view shares their strings instead of reading them back).
        ``duties``, ``evidence``: where the duties and the facts' evidence are when the rows hold
        none (a large build's, on disk), read from there as asked."""
        self.docs: dict[str, Doc] = {}
        self.orgs: dict[str, Org] = {}
        self._duty_table = duties
        self._duties: list[DutyView] | None = None if duties is not None else []
        self.warnings: list[GraphWarning] = []
        self.places: dict[str, tuple[str, str | None, str | None]] = {}  # IRI -> (name, level, parent IRI)
        self.sources: dict[str, str] = {}  # IRI -> file name
        # relation name -> subject -> objects, and the reverse
        self.out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.into: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        self._graph: nx.MultiDiGraph | None = None
        self._by_number: dict[str, str] = {}
        self._by_title: dict[str, list[str]] = defaultdict(list)
        self._memo: dict[str, Any] = {}
        with collector_paused():
            self._read(source.value_triples() if hasattr(source, "value_triples") else source)
        if evidence is not None:
            self.evidence = evidence  # type: ignore[assignment]

    @property
    def duties(self) -> list[DutyView]:
        """Every duty, by document, span, task and IRI."""
        if self._duties is None:
            self._duties = list(map(duty_view, self._duty_table.in_order()))  # type: ignore[union-attr]
        return self._duties

    @property
    def duty_table(self) -> DutyTable | None:
        """The duties on disk this view reads as asked (a large build's), or None when it holds them."""
        return self._duty_table

    @property
    def duty_count(self) -> int:
        """How many duties there are (without reading them from disk)."""
        return len(self._duties) if self._duties is not None else len(self._duty_table)  # type: ignore[arg-type]

    def assigned(self) -> tuple[int, int]:
        """(duties with a body leading or supporting them, bodies named by any), counted where the
        duties are."""
        if self._duties is None:
            return self._duty_table.assigned()  # type: ignore[union-attr]
        assigned = [d for d in self._duties if d.lead or d.support]
        return len(assigned), len({org for d in assigned for org in (*d.lead, *d.support)})

    def role_counts(self) -> dict[tuple[str, str], int]:
        """(body IRI, role) -> how many duties it leads (``lead``) or supports (``support``), counted
        where the duties are (on disk, a large build's)."""
        if self._duties is None:
            return self._duty_table.role_counts()  # type: ignore[union-attr]
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for duty in self._duties:
            for role, members in (("lead", duty.lead), ("support", duty.support)):
                for org in members:
                    counts[(org, role)] += 1
        return counts

    def node_counts(self) -> dict[str, int]:
        """How many documents of the inputs (``in_corpus``), only cited (``cited``), title-only references
        (``unresolved``), attached rules (``attached``) and relations (``relations``) the graph holds."""
        docs = [d for d in self.docs.values() if not d.notice]
        return {"in_corpus": sum(d.in_corpus for d in docs), "cited": sum(not d.in_corpus and not d.unresolved for d in docs),
                "unresolved": sum(d.unresolved for d in docs), "attached": len(self.docs) - len(docs),
                "relations": sum(len(v) for index in self.out.values() for v in index.values())}

    def duty_counts(self) -> DutyCounts:
        """Counts over every duty (:mod:`regkg.graph.duty_counts`), made where the duties are: a large
        build's by SQL on disk (450,000 duties read whole were 500 MB at 1,000 gazettes)."""
        return self._duty_table if self._duties is None else DutyList(self._duties)  # type: ignore[return-value]

    def duties_naming(self, orgs: set[str], limit: int | None = None) -> list[DutyView]:
        """The duties any of ``orgs`` leads or supports, in the view's order (the first ``limit``), read where
        they are."""
        if self._duties is None:
            return list(islice(map(duty_view, self._duty_table.naming(orgs)), limit))  # type: ignore[union-attr]
        return list(islice((d for d in self._duties if orgs & {*d.lead, *d.support}), limit))

    @property
    def graph(self) -> nx.MultiDiGraph:
        """Documents as nodes, relations as keyed edges; made on first use (the questions walk the
        indexes, not this graph)."""
        if self._graph is None:
            self._graph = self._networkx()
        return self._graph

    def memo(self, key: str, make: Callable[[View], T]) -> T:
        """The index ``key``, made by ``make(view)`` on first use and kept: a view never changes, so
        a question's precomputed index (repeal events by date, duties by department …) is made once."""
        if key not in self._memo:
            self._memo[key] = make(self)
        return self._memo[key]

    def page_names(self) -> PageNames:
        """IRI -> the file name stem of its page (:mod:`regkg.keys.pages`), every document's, made once."""
        return self.memo("page_names", lambda view: PageNames(page_stems(sorted(view.docs))))

    # ------------------------------------------------------------------ reading the store

    def _read(self, triples: Iterable[tuple[str, ...]]) -> None:
        # One pass files every triple under its predicate; each kind of node is then read from the
        # few predicates it has (a dict per predicate is cheaper than a dict of dicts per subject).
        by_predicate: dict[str, _Filed] = defaultdict(_Filed)
        for row in triples:  # plain strings: IRIs and literals' lexical forms
            filed = by_predicate[row[1]]
            filed.subjects.append(row[0])
            filed.objects.append(row[2])
        typed: dict[str, list[str]] = defaultdict(list)
        for s, o in by_predicate.pop(_TYPE, _NOTHING_FILED).pairs():
            typed[o].append(s)
        one = _OneValue(by_predicate)
        many = _ManyValues(by_predicate)
        labels = one[_LABEL]
        self.sources = {s: labels[s] for s in typed[_SOURCE_FILE] if s in labels}
        for s in typed[_ORGANIZATION]:
            self.orgs[s] = Org(s, None)  # type: ignore[arg-type]  # its name is read next
        _least(self.orgs, by_predicate.get(_PREF, _NOTHING_FILED), "name")
        _every(self.orgs, by_predicate.pop(_ALT, _NOTHING_FILED), "alt_labels")
        _least(self.orgs, by_predicate.get(_JURISDICTION, _NOTHING_FILED), "jurisdiction")
        for org in self.orgs.values():
            org.alt_labels.sort()
        pref, level, parent = (one.among(x, typed[_JURISDICTION_CLASS]) for x in (_PREF, _LEVEL, _PARENT))
        for s in typed[_JURISDICTION_CLASS]:
            self.places[s] = (pref[s], level.get(s), parent.get(s))
        self._docs(typed, by_predicate)
        evidence = self._evidence_reader(one, by_predicate, {*typed[_EVIDENCE], *typed[_DUTY], *typed[_WARNING]})
        subjects, predicates, objects = one[_RDF_SUBJECT], one[_RDF_PREDICATE], one[_RDF_OBJECT]
        for s in typed[_EVIDENCE]:
            self.evidence[(subjects[s], predicates[s], objects[s])].append(evidence(s))
        task, by = one[_TASK], one[_ASSIGNED_BY]
        lead, support = many[_LEAD], many[_SUPPORT]
        if self._duties is not None:
            for s in typed[_DUTY]:
                self._duties.append(DutyView(s, task[s], by[s], sorted(lead.get(s, ())), sorted(support.get(s, ())),
                                             evidence(s)))
            # the order of regkg.graph.duty_table (_VIEW_ORDER), where a large build's are
            self._duties.sort(key=lambda d: (d.by, d.evidence.span or (0, 0), d.task, d.iri))
        for found in self.evidence.values():  # the same order whichever store the triples came from
            if len(found) > 1:
                found.sort(key=lambda e: (e.source or "", e.span or (0, 0), e.text or "", e.method, e.cue or "",
                                          e.cited_as or "", e.confidence))
        self._warnings(typed, one, many, evidence)
        for predicate, name in _RELATION_KEYS.items():
            if predicate not in by_predicate:
                continue
            out, into = self.out[name], self.into[name]
            for s, o in by_predicate[predicate].pairs():
                out[s].append(o)
                into[o].append(s)
        for index in (*self.out.values(), *self.into.values()):
            for targets in index.values():
                if len(targets) > 1:
                    targets.sort()
        self._index()

    def _docs(self, typed, by_predicate: dict[str, _Filed]) -> None:
        unresolved = set(typed[_UNRESOLVED])
        docs = self.docs
        for iri in sorted({*typed[_LEGAL_RESOURCE], *typed[_ATTACHED_RULE]}):
            docs[iri] = Doc(iri, unresolved=iri in unresolved)
        # Each predicate is read straight into the documents, and those only documents have are dropped
        # once read: a dict per predicate of every document was most of what reading a view held.
        for predicate, attribute in _DOC_VALUE.items():
            _least(docs, by_predicate.pop(predicate, _NOTHING_FILED), attribute)
        for predicate, attribute in _DOC_VALUES.items():
            _every(docs, by_predicate.pop(predicate, _NOTHING_FILED), attribute)
        _least(docs, by_predicate.get(_JURISDICTION, _NOTHING_FILED), "jurisdiction")  # bodies have one too
        _every(docs, by_predicate.get(_DERIVED, _NOTHING_FILED), "sources")  # and evidence, duties, warnings
        marked: set[str] = set()
        for s, o in by_predicate.pop(_IN_CORPUS, _NOTHING_FILED).pairs():
            if s in docs and s not in marked:  # the first value the store gives, as when it was read by subject
                marked.add(s)
                docs[s].in_corpus = o in ("true", "1")
        for doc in docs.values():
            doc.alt_titles.sort()
            doc.issuers.sort()
            if doc.sources:
                doc.sources = sorted(self.sources.get(o, o) for o in doc.sources)

    def _evidence_reader(self, one, by_predicate, nodes: set[str]) -> Callable[[str], Evidence]:
        """Evidence of ``nodes`` (evidence nodes, duties, warnings) by IRI."""
        starts, ends, derived, text = one[_SPAN_START], one[_SPAN_END], one.among(_DERIVED, nodes), one[_EVIDENCE_TEXT]
        method, cue, cited_as = one[_METHOD], one[_CUE], one[_CITED_AS]
        confidence = {}
        for s, o in by_predicate.get(_CONFIDENCE, _NOTHING_FILED).pairs():
            if s not in confidence or o < confidence[s]:  # the least, whatever the store's order (there is one,
                confidence[s] = o                         # unless two edges are one node: evidence_table.py)
        sources, offsets, levels = self.sources, _Parsed(int), _Parsed(float)

        def evidence(s: str) -> Evidence:
            start, end, source = starts.get(s), ends.get(s), derived.get(s)
            level = confidence.get(s)
            return Evidence(
                source=sources.get(source or "", source),
                span=(offsets[start], offsets[end]) if start is not None and end is not None else None,
                text=text.get(s),
                method=method.get(s) or "extracted",
                confidence=levels[level] if level is not None else 1.0,
                cue=cue.get(s),
                cited_as=cited_as.get(s),
            )

        return evidence

    def _warnings(self, typed, one, many, evidence: Callable[[str], Evidence]) -> None:
        kind, message, about = one[_WARNING_KIND], one[_MESSAGE], many[_ABOUT]
        for s in typed[_WARNING]:
            where = evidence(s)
            concerns = sorted(about.get(s, ()))
            self.warnings.append(GraphWarning(
                kind.get(s, ""), message.get(s, ""), where.source, where.span,
                tuple(self.docs[d].label if d in self.docs else d for d in concerns), tuple(concerns), s,
            ))
        self.warnings.sort(key=lambda w: (w.kind, w.source or "", w.span or (0, 0), w.message, w.about_iris))

    def _index(self) -> None:
        for iri, doc in self.docs.items():  # in IRI order
            if doc.number and doc.notice is None:
                self._by_number[doc.number] = iri
            for title in (doc.title, *doc.alt_titles):
                if title:
                    self._by_title[title_key(title)].append(iri)

    def _networkx(self) -> nx.MultiDiGraph:
        import networkx as nx  # only for the questions that ask for the graph itself

        graph = nx.MultiDiGraph()
        for iri in sorted(self.docs):
            doc = self.docs[iri]
            graph.add_node(iri, label=doc.label, title=doc.title, number=doc.number, date=doc.date,
                           jurisdiction=self.place_name(doc.jurisdiction), in_corpus=doc.in_corpus,
                           unresolved=doc.unresolved, rule=doc.notice is not None)
        for name, index in sorted(self.out.items()):
            for s, targets in sorted(index.items()):
                for o in targets:
                    graph.add_edge(s, o, key=name, relation=name)
        return graph

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
        iri = self._by_number.get(number_key(ref))
        if iri:
            return self.docs[iri]
        candidates = self._by_title.get(title_key(ref), [])
        if candidates:
            return self.docs[sorted(candidates, key=lambda i: (self.docs[i].notice is not None, not self.docs[i].in_corpus, i))[0]]
        raise DocumentNotFound(f"no document with number, title or IRI {ref!r}")

    def evidence_for(self, subject: str, predicate: str, obj: str) -> list[Evidence]:
        return self.evidence.get((subject, str(predicate), obj), [])
