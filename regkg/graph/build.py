"""The resolved model as RDF triples: ELI for documents, ORG for bodies, PROV for provenance.

Every relation is written twice: the direct triple (``doc eli:repeals other``), which SPARQL walks,
and a ``regkg:Evidence`` node reifying it (``rdf:subject``/``rdf:predicate``/``rdf:object``) with the
source file, character span, sentence, cue, method and confidence. Every warning (a file's, or the
corpus's own) is a ``regkg:Warning`` node with its kind, message, file, span and the documents it is about.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from regkg.graph.iri import Minter
from regkg.graph.duty_table import DutyTable
from regkg.graph.evidence_table import EvidenceTable
from regkg.graph.model import Edge, Model, Provenance
from regkg.graph.scratch import span_columns, span_of
from regkg.graph.terms import IRI, XSD_STRING, Row
from regkg.ontology import ELI, REGKG

__all__ = ["triples", "duty_rows", "duty_row_count", "evidence_table", "evidence_rows", "evidence_row_count",
           "PREDICATES", "INVERSES"]

# Edge predicate names (regkg.graph.model.Edge) -> RDF properties.
PREDICATES: dict[str, URIRef] = {
    "cites": ELI.cites,
    "based_on": ELI.based_on,
    "replies_to": REGKG.repliesTo,
    "repeals": ELI.repeals,
    "replaces": DCTERMS.replaces,
    "passed_by": ELI.passed_by,
    "from": ELI.first_date_entry_in_force,
    "until": ELI.date_no_longer_in_force,
}
# Relations also written in the inverse direction, as ELI and DCTERMS define both.
INVERSES: dict[URIRef, URIRef] = {ELI.repeals: ELI.repealed_by, DCTERMS.replaces: DCTERMS.isReplacedBy}
_DATES = {"from", "until"}


class _T:
    """The vocabulary as plain IRI strings, looked up once per build (rdflib's namespace look-ups
    cost more than everything else the build does)."""

    def __init__(self, mint: Minter) -> None:
        self._mint = mint
        self._sources: dict[str, str] = {}
        for name, term in {
            "type": RDF.type, "label": RDFS.label, "subject": RDF.subject, "predicate": RDF.predicate,
            "object": RDF.object, "pref": SKOS.prefLabel, "alt": SKOS.altLabel,
            "derived": PROV.wasDerivedFrom, "Organization": ORG.Organization, "LegalResource": ELI.LegalResource,
            "id_local": ELI.id_local, "title": ELI.title, "title_alt": ELI.title_alternative,
            "date_document": ELI.date_document, "passed_by": ELI.passed_by,
        }.items():
            setattr(self, name, str(term))
        for name in ("SourceFile", "UnresolvedReference", "AttachedRule", "Duty", "Evidence", "Jurisdiction",
                     "inCorpus", "agencyCode", "documentKind", "jurisdiction", "attachedTo", "task",
                     "assignedBy", "leadDepartment", "supportDepartment", "level", "parentJurisdiction", "method",
                     "confidence", "cue", "citedAs", "spanStart", "spanEnd", "evidenceText",
                     "Warning", "warningKind", "message", "about"):
            setattr(self, name, str(getattr(REGKG, name)))
        self.predicates = {name: str(p) for name, p in PREDICATES.items()}
        self.inverses = {str(p): str(q) for p, q in INVERSES.items()}
        self.boolean, self.date, self.integer, self.decimal = (str(XSD.boolean), str(XSD.date), str(XSD.integer),
                                                               str(XSD.decimal))
        # one string per distinct span offset and confidence: 2 M spans of a 1,000-gazette build are
        # a few hundred thousand numbers, each a new string otherwise (~100 MB held by the rows)
        self._numbers: dict[int, str] = {}
        self._decimals: dict[float, str] = {}

    def number(self, value: int) -> str:
        found = self._numbers.get(value)
        if found is None:
            found = self._numbers[value] = str(int(value))
        return found

    def decimal_of(self, value: float) -> str:
        found = self._decimals.get(value)
        if found is None:
            found = self._decimals[value] = _canonical_decimal(value)
        return found

    def source(self, name: str) -> str:
        """A source file's IRI: one string however many facts name the file."""
        found = self._sources.get(name)
        if found is None:
            found = self._sources[name] = self._mint.source(name)
        return found


def _canonical_decimal(value: float) -> str:
    """xsd:decimal in its canonical form (1.0 -> "1", 0.9740 -> "0.974"), as Oxigraph stores it, so
    every store writes the same bytes.

    >>> [_canonical_decimal(v) for v in (1.0, 0.974, 0.0, 0.85)]
    ['1', '0.974', '0', '0.85']
    """
    return format(Decimal(str(round(value, 3))).normalize(), "f")


def triples(model: Model, mint: Minter) -> Iterator[Row]:
    """All triples of ``model`` but its duties' (:func:`duty_rows`) and its edges' evidence nodes
    (:func:`evidence_table`, :func:`evidence_rows`), as rows (:mod:`regkg.graph.terms`)."""
    t = _T(mint)
    text = XSD_STRING
    place_iri = {name: mint.jurisdiction(name) for name in model.places}
    yield from _places(model, place_iri, t)
    for name in sorted(set(model.sources)):
        source = t.source(name)
        yield source, t.type, t.SourceFile, IRI
        yield source, t.label, name, text
    for org in model.orgs.values():
        node = org.iri
        yield node, t.type, t.Organization, IRI
        yield node, t.pref, org.name, text
        for alt in org.alt_labels:
            yield node, t.alt, alt, text
        if org.jurisdiction:
            yield node, t.jurisdiction, place_iri[org.jurisdiction], IRI
    for doc in model.docs.values():
        node = doc.iri
        yield node, t.type, t.LegalResource, IRI
        if doc.unresolved:
            yield node, t.type, t.UnresolvedReference, IRI
        yield node, t.inCorpus, "true" if doc.in_corpus else "false", t.boolean
        if doc.number:
            yield node, t.id_local, doc.number, text
        if doc.agency_code:
            yield node, t.agencyCode, doc.agency_code, text
        if doc.title:
            yield node, t.title, doc.title, text
        for alt in doc.alt_titles:
            yield node, t.title_alt, alt, text
        if doc.date:
            yield node, t.date_document, doc.date, t.date
        if doc.kind:
            yield node, t.documentKind, doc.kind, text
        if doc.jurisdiction:
            yield node, t.jurisdiction, place_iri[doc.jurisdiction], IRI
        for issuer in doc.issuers:
            yield node, t.passed_by, issuer, IRI
        for name in doc.sources:
            yield node, t.derived, t.source(name), IRI
    for rule in model.rules.values():
        node = rule.iri
        yield node, t.type, t.AttachedRule, IRI
        yield node, t.title, rule.title, text
        yield node, t.attachedTo, rule.notice, IRI
    docs, orgs = model.docs, model.orgs

    def own(iri: str) -> str:
        """The node's own string for an IRI read back from disk, so that the rows share one string."""
        node = docs.get(iri) or orgs.get(iri)
        return node.iri if node else iri

    for edge in model.edges:
        yield from _edge(replace(edge, subject=own(edge.subject), obj=own(edge.obj)), t)
    for warning in model.warnings:
        prov = warning.provenance
        node = mint.warning(warning.kind, warning.message, prov.source, prov.span, *warning.about)
        yield node, t.type, t.Warning, IRI
        yield node, t.warningKind, warning.kind, text
        yield node, t.message, warning.message, text
        for doc in warning.about:
            yield node, t.about, doc, IRI
        yield from _provenance(node, prov, t)


def duty_rows(duties: DutyTable, mint: Minter, among: Iterable[str] | None = None) -> Iterator[tuple[str, list[Row]]]:
    """(duty IRI, its rows in Turtle's order) of every duty (or those of the IRIs ``among``), by IRI: the
    duties are not in :func:`triples` (a large build keeps them on disk, :mod:`regkg.graph.duty_table`)."""
    t = _T(mint)
    for duty in duties.by_iri(among):
        node = duty.iri
        rows = [(node, t.type, t.Duty, IRI), (node, t.task, duty.task, XSD_STRING), (node, t.assignedBy, duty.by, IRI)]
        rows += ((node, t.leadDepartment, org, IRI) for org in duty.lead)
        rows += ((node, t.supportDepartment, org, IRI) for org in duty.support)
        rows += _provenance(node, duty.provenance, t)
        rows.sort()
        yield node, rows


def duty_row_count(duties: DutyTable) -> int:
    """How many rows :func:`duty_rows` gives, counted by SQL: the type, task and document of each duty,
    a row per body, and its source, span (two) and sentence where known."""
    (rows,) = duties.sql("SELECT 3 * COUNT(*) + COUNT(NULLIF(source, '')) + 2 * COUNT(span_start)"
                         " + COUNT(NULLIF(text, '')) FROM duty").fetchone()
    (bodies,) = duties.sql("SELECT COUNT(*) FROM member").fetchone()
    return rows + bodies


def _places(model: Model, place_iri: dict[str, str], t: _T) -> Iterator[Row]:
    for name, (level, parent) in model.places.items():
        node = place_iri[name]
        yield node, t.type, t.Jurisdiction, IRI
        yield node, t.pref, name, XSD_STRING
        if level:
            yield node, t.level, level, XSD_STRING
        if parent and parent in place_iri:
            yield node, t.parentJurisdiction, place_iri[parent], IRI


def _fact(edge: Edge, t: _T) -> Row:
    """The triple an edge states: a date for validity facts, an IRI for relations."""
    return edge.subject, t.predicates[edge.predicate], edge.obj, t.date if edge.predicate in _DATES else IRI


def _edge(edge: Edge, t: _T) -> Iterator[Row]:
    subject, predicate, obj, kind = _fact(edge, t)
    yield subject, predicate, obj, kind
    if predicate in t.inverses:
        yield obj, t.inverses[predicate], subject, IRI


def evidence_table(model: Model, mint: Minter) -> EvidenceTable:
    """The evidence of every edge of ``model``, one ``regkg:Evidence`` node each, filed on disk. The edges are
    read as their table's rows, not made into :class:`Edge` objects first: 256,000 edges at 1,000 gazettes
    took 3.4 s that way, 2.6 s this way."""
    t = _T(mint)
    table = EvidenceTable()
    predicates, date, evidence, decimal_of = t.predicates, t.date, mint.evidence, t.decimal_of
    for s, p, o, source, start, end, text, method, confidence, cue, cited_as in model.edges.rows():
        span = span_of(start, end)
        table.add_row((evidence(s, p, o, source, span, text, method), s, predicates[p], o, date if p in _DATES else IRI,
                       source, *span_columns(span), text, method, decimal_of(confidence), cue or None,
                       cited_as or None))
    return table


def evidence_rows(table: EvidenceTable, mint: Minter, among: Iterable[str] | None = None) -> Iterator[tuple[str, list[Row]]]:
    """(evidence IRI, its rows in Turtle's order) of every evidence node (or those of the IRIs ``among``), by IRI."""
    t = _T(mint)
    for given in table.by_iri(among):
        rows: set[Row] = set()
        for node in given:  # one node, or a few edges' that are one (regkg.graph.evidence_table)
            iri = node.iri
            rows.update(((iri, t.type, t.Evidence, IRI), (iri, t.subject, node.s, IRI), (iri, t.predicate, node.p, IRI),
                         (iri, t.object, node.o, node.kind), (iri, t.method, node.method, XSD_STRING),
                         (iri, t.confidence, node.confidence, t.decimal)))
            if node.cue:
                rows.add((iri, t.cue, node.cue, XSD_STRING))
            if node.cited_as:
                rows.add((iri, t.citedAs, node.cited_as, XSD_STRING))
            rows.update(_provenance(iri, Provenance(node.source, node.span, node.text), t))
        yield given[0].iri, sorted(rows)


def evidence_row_count(table: EvidenceTable) -> int:
    """How many rows :func:`evidence_rows` gives, counted by SQL: for each node its type, fact (three),
    method, each of its confidences, cues and cited titles, and its source, span (two) and sentence
    where known."""
    (rows,) = table.sql(
        "SELECT SUM(5 + n) FROM (SELECT COUNT(DISTINCT confidence) + COUNT(DISTINCT NULLIF(cue, ''))"
        " + COUNT(DISTINCT NULLIF(cited_as, '')) + (MAX(NULLIF(source, '')) IS NOT NULL)"
        " + 2 * (MAX(span_start) IS NOT NULL) + (MAX(NULLIF(text, '')) IS NOT NULL) AS n FROM evidence GROUP BY iri)"
    ).fetchone()
    return rows or 0


def _provenance(node: str, prov, t: _T) -> Iterator[Row]:
    if prov.source:
        yield node, t.derived, t.source(prov.source), IRI
    if prov.span:
        yield node, t.spanStart, t.number(prov.span[0]), t.integer
        yield node, t.spanEnd, t.number(prov.span[1]), t.integer
    if prov.text:
        yield node, t.evidenceText, prov.text, XSD_STRING
