"""Triples as rows of plain strings: what the build makes, the view reads, the Turtle writer sorts and
the stores load.

A row is ``(subject, predicate, object, kind)``: subject and predicate are IRIs; ``kind`` is ``""``
when the object is an IRI, else the literal's datatype IRI (:data:`XSD_STRING` for plain text) or
``@`` and a language tag. Plain strings because a graph of 50,000 documents has ~5 million triples:
as pyoxigraph or rdflib terms each triple costs three objects made (and hashed) in C or Rust, as a
row it costs one tuple of strings the resolved model already holds, and rows sort natively.

>>> row = (("https://ex.org/d", "http://data.europa.eu/eli/ontology#date_document", "2024-01-02",
...         "http://www.w3.org/2001/XMLSchema#date"))
>>> as_row(*ox_triple(row)) == row
True
>>> ntriples_line(("https://ex.org/d", "https://ex.org/p", 'a "b"\\n', XSD_STRING))
'<https://ex.org/d> <https://ex.org/p> "a \\\\"b\\\\"\\\\n" .\\n'
"""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, URIRef
from rdflib import Literal as RLiteral
from rdflib.term import Node

from regkg.errors import StoreError

__all__ = ["Row", "IRI", "XSD_STRING", "as_row", "ox_triple", "rdflib_triple", "literal_text", "ntriples_line"]

Row = tuple[str, str, str, str]
IRI = ""  # the kind of an object that is an IRI
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def as_row(s, p, o) -> Row:
    """A triple of pyoxigraph or rdflib terms as a row."""
    return _iri_of(s), _iri_of(p), *_object_of(o)  # type: ignore[return-value]


def _iri_of(term) -> str:
    if isinstance(term, (ox.NamedNode, URIRef)):
        return term.value if isinstance(term, ox.NamedNode) else str(term)
    raise StoreError(f"regkg writes no blank nodes or literals here, found {term!r}")


def _object_of(term) -> tuple[str, str]:
    if isinstance(term, ox.NamedNode):
        return term.value, IRI
    if isinstance(term, ox.Literal):
        return term.value, f"@{term.language}" if term.language else term.datatype.value
    if isinstance(term, URIRef):
        return str(term), IRI
    if isinstance(term, RLiteral):
        if term.language:
            return str(term), f"@{term.language}"
        return str(term), str(term.datatype) if term.datatype else XSD_STRING
    if isinstance(term, (ox.BlankNode, BNode)):
        raise StoreError(f"regkg writes no blank nodes, found {term!r}")
    raise StoreError(f"not an RDF term: {term!r}")


def ox_triple(row: Row) -> tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]:
    s, p, o, kind = row
    if kind == IRI:
        obj: ox.NamedNode | ox.Literal = ox.NamedNode(o)
    elif kind[0] == "@":
        obj = ox.Literal(o, language=kind[1:])
    else:
        obj = ox.Literal(o, datatype=ox.NamedNode(kind))
    return ox.NamedNode(s), ox.NamedNode(p), obj


def rdflib_triple(row: Row) -> tuple[Node, Node, Node]:
    s, p, o, kind = row
    if kind == IRI:
        obj: Node = URIRef(o)
    elif kind[0] == "@":
        obj = RLiteral(o, lang=kind[1:])
    else:
        obj = RLiteral(o, datatype=None if kind == XSD_STRING else URIRef(kind))
    return URIRef(s), URIRef(p), obj


def literal_text(value: str) -> str:
    """A literal's quoted form, the same in Turtle and N-Triples."""
    if _NEEDS_ESCAPE.search(value) is None:  # nearly always: a search is ~10 times cheaper than translate
        return f'"{value}"'
    return '"' + value.translate(_ESCAPES) + '"'


def ntriples_line(row: Row) -> str:
    """One row as an N-Triples line (IRIs and text as they are: UTF-8, as N-Triples allows)."""
    s, p, o, kind = row
    if kind == IRI:
        obj = f"<{o}>"
    elif kind == XSD_STRING:
        obj = literal_text(o)
    elif kind[0] == "@":
        obj = f"{literal_text(o)}{kind}"
    else:
        obj = f"{literal_text(o)}^^<{kind}>"
    return f"<{s}> <{p}> {obj} .\n"
