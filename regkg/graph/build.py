"""The resolved model as RDF triples: ELI for documents, ORG for bodies, PROV for provenance.

Every relation is written twice: the direct triple (``doc eli:repeals other``), which SPARQL walks,
and a ``regkg:Evidence`` node reifying it (``rdf:subject``/``rdf:predicate``/``rdf:object``) with the
source file, character span, sentence, cue, method and confidence. Every warning (a file's, or the
corpus's own) is a ``regkg:Warning`` node with its kind, message, file, span and the documents it is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from regkg.graph.iri import Minter
from regkg.graph.model import Edge, Model
from regkg.graph.store import Triple, iri, literal
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


class _T:
    """The vocabulary as pyoxigraph terms, made once per build (rdflib's namespace look-ups and term
    constructors cost more than everything else the build does)."""

    def __init__(self) -> None:
        for name, term in {
            "type": RDF.type, "label": RDFS.label, "subject": RDF.subject, "predicate": RDF.predicate,
            "object": RDF.object, "pref": SKOS.prefLabel, "alt": SKOS.altLabel,
            "derived": PROV.wasDerivedFrom, "Organization": ORG.Organization, "LegalResource": ELI.LegalResource,
            "id_local": ELI.id_local, "title": ELI.title, "title_alt": ELI.title_alternative,
            "date_document": ELI.date_document, "passed_by": ELI.passed_by,
        }.items():
            setattr(self, name, iri(str(term)))
        for name in ("SourceFile", "UnresolvedReference", "AttachedRule", "Duty", "Evidence", "Jurisdiction",
                     "inCorpus", "agencyCode", "documentKind", "jurisdiction", "attachedTo", "task",
                     "assignedBy", "leadDepartment", "supportDepartment", "level", "parentJurisdiction", "method",
                     "confidence", "cue", "citedAs", "spanStart", "spanEnd", "evidenceText",
                     "Warning", "warningKind", "message", "about"):
            setattr(self, name, iri(str(getattr(REGKG, name))))
        self.predicates = {name: iri(str(p)) for name, p in PREDICATES.items()}
        self.inverses = {iri(str(p)): iri(str(q)) for p, q in INVERSES.items()}
        self.true, self.false = literal("true", str(XSD.boolean)), literal("false", str(XSD.boolean))
        self.date, self.integer, self.decimal = str(XSD.date), str(XSD.integer), str(XSD.decimal)


def _canonical_decimal(value: float) -> str:
    """xsd:decimal in its canonical form (1.0 -> "1", 0.9740 -> "0.974"), as Oxigraph stores it, so
    every store writes the same bytes.

    >>> [_canonical_decimal(v) for v in (1.0, 0.974, 0.0, 0.85)]
    ['1', '0.974', '0', '0.85']
    """
    return format(Decimal(str(round(value, 3))).normalize(), "f")


def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def triples(model: Model, mint: Minter) -> Iterator[Triple]:
    """All triples of ``model``, as pyoxigraph terms."""
    t = _T()
    place_iri = {name: iri(mint.jurisdiction(name)) for name in model.places}
    yield from _places(model, place_iri, t)
    for name in sorted(set(model.sources)):
        source = iri(mint.source(name))
        yield source, t.type, t.SourceFile
        yield source, t.label, _text(name)
    for org in model.orgs.values():
        node = iri(org.iri)
        yield node, t.type, t.Organization
        yield node, t.pref, _text(org.name)
        for alt in org.alt_labels:
            yield node, t.alt, _text(alt)
        if org.jurisdiction:
            yield node, t.jurisdiction, place_iri[org.jurisdiction]
    for doc in model.docs.values():
        node = iri(doc.iri)
        yield node, t.type, t.LegalResource
        if doc.unresolved:
            yield node, t.type, t.UnresolvedReference
        yield node, t.inCorpus, t.true if doc.in_corpus else t.false
        if doc.number:
            yield node, t.id_local, _text(doc.number)
        if doc.agency_code:
            yield node, t.agencyCode, _text(doc.agency_code)
        if doc.title:
            yield node, t.title, _text(doc.title)
        for alt in doc.alt_titles:
            yield node, t.title_alt, _text(alt)
        if doc.date:
            yield node, t.date_document, literal(doc.date, t.date)
        if doc.kind:
            yield node, t.documentKind, _text(doc.kind)
        if doc.jurisdiction:
            yield node, t.jurisdiction, place_iri[doc.jurisdiction]
        for issuer in doc.issuers:
            yield node, t.passed_by, iri(issuer)
        for name in doc.sources:
            yield node, t.derived, iri(mint.source(name))
    for rule in model.rules.values():
        node = iri(rule.iri)
        yield node, t.type, t.AttachedRule
        yield node, t.title, _text(rule.title)
        yield node, t.attachedTo, iri(rule.notice)
    for edge in model.edges:
        yield from _edge(edge, mint, t)
    for duty in model.duties:
        node = ox.NamedNode(duty.iri)
        yield node, t.type, t.Duty
        yield node, t.task, _text(duty.task)
        yield node, t.assignedBy, iri(duty.by)
        for org in duty.lead:
            yield node, t.leadDepartment, iri(org)
        for org in duty.support:
            yield node, t.supportDepartment, iri(org)
        yield from _provenance(node, duty.provenance, mint, t)
    for warning in model.warnings:
        prov = warning.provenance
        node = ox.NamedNode(mint.warning(warning.kind, warning.message, prov.source, prov.span, *warning.about))
        yield node, t.type, t.Warning
        yield node, t.warningKind, _text(warning.kind)
        yield node, t.message, _text(warning.message)
        for doc in warning.about:
            yield node, t.about, iri(doc)
        yield from _provenance(node, prov, mint, t)


def _places(model: Model, place_iri: dict[str, ox.NamedNode], t: _T) -> Iterator[Triple]:
    for name, (level, parent) in model.places.items():
        node = place_iri[name]
        yield node, t.type, t.Jurisdiction
        yield node, t.pref, _text(name)
        if level:
            yield node, t.level, _text(level)
        if parent and parent in place_iri:
            yield node, t.parentJurisdiction, place_iri[parent]


def _edge(edge: Edge, mint: Minter, t: _T) -> Iterator[Triple]:
    subject, predicate = iri(edge.subject), t.predicates[edge.predicate]
    obj = literal(edge.obj, t.date) if edge.predicate in _DATES else iri(edge.obj)
    yield subject, predicate, obj
    if predicate in t.inverses:
        yield obj, t.inverses[predicate], subject  # type: ignore[misc]
    prov = edge.provenance
    evidence = ox.NamedNode(
        mint.evidence(edge.subject, edge.predicate, edge.obj, prov.source, prov.span, prov.text, edge.method)
    )
    yield evidence, t.type, t.Evidence
    yield evidence, t.subject, subject
    yield evidence, t.predicate, predicate
    yield evidence, t.object, obj
    yield evidence, t.method, _text(edge.method)
    yield evidence, t.confidence, literal(_canonical_decimal(edge.confidence), t.decimal)
    if edge.cue:
        yield evidence, t.cue, _text(edge.cue)
    if edge.cited_as:
        yield evidence, t.citedAs, _text(edge.cited_as)
    yield from _provenance(evidence, prov, mint, t)


def _provenance(node: ox.NamedNode, prov, mint: Minter, t: _T) -> Iterator[Triple]:
    if prov.source:
        yield node, t.derived, iri(mint.source(prov.source))
    if prov.span:
        yield node, t.spanStart, literal(str(int(prov.span[0])), t.integer)
        yield node, t.spanEnd, literal(str(int(prov.span[1])), t.integer)
    if prov.text:
        yield node, t.evidenceText, _text(prov.text)
