"""The closed namespaces regkg writes: its own terms (``REGKG``) and the ELI terms it reuses (``ELI``).

Both are :class:`rdflib.namespace.DefinedNamespace` with ``_fail = True``, so ``REGKG.dutys`` is an
``AttributeError`` instead of a silently wrong IRI. ``regkg.ttl`` is the source of truth for REGKG;
``tests/test_ontology.py`` checks the two agree. ORG, PROV, SKOS and DCTERMS come from rdflib.

>>> str(REGKG.Duty)
'https://w3id.org/regkg#Duty'
>>> str(ELI.id_local)
'http://data.europa.eu/eli/ontology#id_local'
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib import namespace as _rdflib_ns
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = ["REGKG", "ELI", "REGKG_ONTOLOGY", "PREFIXES"]


class REGKG(DefinedNamespace):
    """regkg's own terms: only what ELI, ORG, PROV, SKOS and DCTERMS do not have."""

    _fail = True
    _NS = Namespace("https://w3id.org/regkg#")

    # classes
    AttachedRule: URIRef
    UnresolvedReference: URIRef
    Duty: URIRef
    Jurisdiction: URIRef
    Evidence: URIRef
    SourceFile: URIRef
    Warning: URIRef
    # relations between documents
    repliesTo: URIRef
    attachedTo: URIRef
    # documents, bodies, places
    jurisdiction: URIRef
    parentJurisdiction: URIRef
    level: URIRef
    agencyCode: URIRef
    documentKind: URIRef
    inCorpus: URIRef
    # duties
    task: URIRef
    assignedBy: URIRef
    leadDepartment: URIRef
    supportDepartment: URIRef
    # evidence
    spanStart: URIRef
    spanEnd: URIRef
    evidenceText: URIRef
    cue: URIRef
    citedAs: URIRef
    method: URIRef
    confidence: URIRef
    # warnings
    warningKind: URIRef
    message: URIRef
    about: URIRef


class ELI(DefinedNamespace):
    """The European Legislation Identifier terms regkg uses (a closed subset of the ELI ontology)."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    LegalResource: URIRef
    id_local: URIRef
    title: URIRef
    title_alternative: URIRef
    date_document: URIRef
    passed_by: URIRef
    cites: URIRef
    based_on: URIRef
    repeals: URIRef
    repealed_by: URIRef
    first_date_entry_in_force: URIRef
    date_no_longer_in_force: URIRef
    in_force: URIRef
    # the two ELI in-force values regkg writes (names with a hyphen, hence _extras)
    _extras = ["InForce-inForce", "InForce-notInForce"]


# The ontology's own IRI (owl:Ontology subject in regkg.ttl).
REGKG_ONTOLOGY = URIRef("https://w3id.org/regkg")

# Prefixes written at the top of graph.ttl and offered to SPARQL queries, in this order.
PREFIXES: dict[str, str] = {
    "regkg": str(REGKG._NS),
    "eli": str(ELI._NS),
    "org": str(_rdflib_ns.ORG._NS),
    "prov": str(_rdflib_ns.PROV._NS),
    "skos": str(_rdflib_ns.SKOS._NS),
    "dcterms": str(_rdflib_ns.DCTERMS._NS),
    "rdf": str(_rdflib_ns.RDF._NS),
    "rdfs": str(_rdflib_ns.RDFS._NS),
    "xsd": str(_rdflib_ns.XSD._NS),
}
