"""The resolved model as RDF triples: ELI for documents, ORG for bodies, PROV for provenance.

Every relation is written twice: the direct triple (``doc eli:repeals other``), which SPARQL walks,
and a ``regkg:Evidence`` node reifying it (``rdf:subject``/``rdf:predicate``/``rdf:object``) with the
source file, character span, sentence, cue, method and confidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from regkg.graph.iri import Minter
from regkg.graph.model import Edge, Model
from regkg.graph.store import Triple
from regkg.ontology import ELI, REGKG

__all__ = ["triples", "PREDICATES", "INVERSES"]

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


def _text(value: str) -> Literal:
    return Literal(value)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def triples(model: Model, mint: Minter) -> Iterator[Triple]:
    """All triples of ``model``."""
    place_iri = {name: URIRef(mint.jurisdiction(name)) for name in model.places}
    yield from _places(model, place_iri)
    for name in sorted(set(model.sources)):
        source = URIRef(mint.source(name))
        yield source, RDF.type, REGKG.SourceFile
        yield source, RDFS.label, _text(name)
    for org in model.orgs.values():
        iri = URIRef(org.iri)
        yield iri, RDF.type, ORG.Organization
        yield iri, SKOS.prefLabel, _text(org.name)
        for alt in org.alt_labels:
            yield iri, SKOS.altLabel, _text(alt)
        if org.jurisdiction:
            yield iri, REGKG.jurisdiction, place_iri[org.jurisdiction]
    for doc in model.docs.values():
        iri = URIRef(doc.iri)
        yield iri, RDF.type, ELI.LegalResource
        if doc.unresolved:
            yield iri, RDF.type, REGKG.UnresolvedReference
        yield iri, REGKG.inCorpus, Literal(doc.in_corpus)
        if doc.number:
            yield iri, ELI.id_local, _text(doc.number)
        if doc.agency_code:
            yield iri, REGKG.agencyCode, _text(doc.agency_code)
        if doc.title:
            yield iri, ELI.title, _text(doc.title)
        for alt in doc.alt_titles:
            yield iri, ELI.title_alternative, _text(alt)
        if doc.date:
            yield iri, ELI.date_document, _date(doc.date)
        if doc.kind:
            yield iri, REGKG.documentKind, _text(doc.kind)
        if doc.jurisdiction:
            yield iri, REGKG.jurisdiction, place_iri[doc.jurisdiction]
        for issuer in doc.issuers:
            yield iri, ELI.passed_by, URIRef(issuer)
        for name in doc.sources:
            yield iri, PROV.wasDerivedFrom, URIRef(mint.source(name))
    for rule in model.rules.values():
        iri = URIRef(rule.iri)
        yield iri, RDF.type, REGKG.AttachedRule
        yield iri, ELI.title, _text(rule.title)
        yield iri, REGKG.attachedTo, URIRef(rule.notice)
    for edge in model.edges:
        yield from _edge(edge, mint)
    for duty in model.duties:
        iri = URIRef(duty.iri)
        yield iri, RDF.type, REGKG.Duty
        yield iri, REGKG.task, _text(duty.task)
        yield iri, REGKG.assignedBy, URIRef(duty.by)
        for org in duty.lead:
            yield iri, REGKG.leadDepartment, URIRef(org)
        for org in duty.support:
            yield iri, REGKG.supportDepartment, URIRef(org)
        yield from _provenance(iri, duty.provenance, mint)


def _places(model: Model, place_iri: dict[str, URIRef]) -> Iterator[Triple]:
    for name, (level, parent) in model.places.items():
        iri = place_iri[name]
        yield iri, RDF.type, REGKG.Jurisdiction
        yield iri, SKOS.prefLabel, _text(name)
        if level:
            yield iri, REGKG.level, _text(level)
        if parent and parent in place_iri:
            yield iri, REGKG.parentJurisdiction, place_iri[parent]


def _edge(edge: Edge, mint: Minter) -> Iterator[Triple]:
    subject, predicate = URIRef(edge.subject), PREDICATES[edge.predicate]
    obj = _date(edge.obj) if edge.predicate in _DATES else URIRef(edge.obj)
    yield subject, predicate, obj
    if predicate in INVERSES:
        yield obj, INVERSES[predicate], subject  # type: ignore[misc]
    prov = edge.provenance
    evidence = URIRef(mint.evidence(edge.subject, edge.predicate, edge.obj, prov.source, prov.span, prov.text, edge.method))
    yield evidence, RDF.type, REGKG.Evidence
    yield evidence, RDF.subject, subject
    yield evidence, RDF.predicate, predicate
    yield evidence, RDF.object, obj
    yield evidence, REGKG.method, _text(edge.method)
    yield evidence, REGKG.confidence, Literal(Decimal(str(round(edge.confidence, 3))), datatype=XSD.decimal)
    if edge.cue:
        yield evidence, REGKG.cue, _text(edge.cue)
    if edge.cited_as:
        yield evidence, REGKG.citedAs, _text(edge.cited_as)
    yield from _provenance(evidence, prov, mint)


def _provenance(node: URIRef, prov, mint: Minter) -> Iterator[Triple]:
    if prov.source:
        yield node, PROV.wasDerivedFrom, URIRef(mint.source(prov.source))
    if prov.span:
        yield node, REGKG.spanStart, Literal(prov.span[0], datatype=XSD.integer)
        yield node, REGKG.spanEnd, Literal(prov.span[1], datatype=XSD.integer)
    if prov.text:
        yield node, REGKG.evidenceText, _text(prov.text)
