"""The relations between documents: one table of name, predicate, inverse, kind and how each reads.

Every module that names a document-to-document relation (the build's triples, the view and the index,
the questions, the pages and the network styles, the server's overview) takes it from here. IRIs are
plain strings so that the questions run without rdflib; tests/test_ontology.py checks they are the
terms of :mod:`regkg.ontology.namespace`.

>>> [r.name for r in RELATIONS if r.kind == "reference"]
['cites', 'based_on', 'replies_to']
>>> BY_NAME["repeals"].reads
('repeals', 'repealed by')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Relation", "RELATIONS", "BY_NAME", "BY_IRI", "REFERENCES", "SUCCESSIONS"]

_ELI = "http://data.europa.eu/eli/ontology#"
_REGKG = "https://w3id.org/regkg#"
_DCTERMS = "http://purl.org/dc/terms/"


@dataclass(frozen=True)
class Relation:
    """A relation from one document to another."""

    name: str  # the short name in records, edges and answers
    iri: str  # the predicate written subject -> object
    inverse: str | None  # the predicate of the other direction, written too where the vocabulary has one
    kind: str  # "reference": the subject rests on the object; "succession": the subject ends or replaces it
    reads: tuple[str, str]  # how it reads from the subject's side and from the object's


RELATIONS: tuple[Relation, ...] = (
    Relation("cites", _ELI + "cites", None, "reference", ("cites", "cited by")),
    Relation("based_on", _ELI + "based_on", None, "reference", ("based on", "basis of")),
    Relation("replies_to", _REGKG + "repliesTo", None, "reference", ("replies to", "answered by")),
    Relation("repeals", _ELI + "repeals", _ELI + "repealed_by", "succession", ("repeals", "repealed by")),
    Relation("replaces", _DCTERMS + "replaces", _DCTERMS + "isReplacedBy", "succession", ("replaces", "replaced by")),
)
BY_NAME: dict[str, Relation] = {r.name: r for r in RELATIONS}
BY_IRI: dict[str, Relation] = {r.iri: r for r in RELATIONS}
# What a document rests on (its dependencies), and what ends another (its lineage), in table order.
REFERENCES: tuple[str, ...] = tuple(r.name for r in RELATIONS if r.kind == "reference")
SUCCESSIONS: tuple[str, ...] = tuple(r.name for r in RELATIONS if r.kind == "succession")
