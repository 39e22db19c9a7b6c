"""Deterministic Turtle: the same triples always give the same bytes.

rdflib's serializer orders most things but not all, so regkg writes Turtle itself: prefixes in a fixed
order, subjects sorted by IRI, ``rdf:type`` first then predicates by IRI, objects sorted, every literal
written in full (``"2024-03-31"^^xsd:date``). No blank nodes are ever written: regkg mints an IRI for
everything. Files are written to a temporary file and moved into place, so a reader never sees half.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from regkg.errors import StoreError
from regkg.ontology import PREFIXES

__all__ = ["to_turtle", "write_atomic"]

# A local name regkg can write as prefix:local safely (ASCII, no escapes needed).
_SIMPLE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _iri(term: URIRef) -> str:
    value = str(term)
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and _SIMPLE_LOCAL.match(value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace):]}"
    if any(ch in value for ch in '<>"{}|^`\\ '):
        raise StoreError(f"IRI cannot be written in Turtle: {value!r}")
    return f"<{value}>"


def _literal(term: Literal) -> str:
    text = '"' + "".join(_ESCAPES.get(ch, ch) for ch in str(term)) + '"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^{_iri(term.datatype)}"
    return text


def _term(term: Node) -> str:
    if isinstance(term, URIRef):
        return _iri(term)
    if isinstance(term, Literal):
        return _literal(term)
    raise StoreError(f"regkg writes no blank nodes, found {term!r}")


def to_turtle(triples: Iterable[tuple[Node, Node, Node]], header: str = "") -> str:
    """Sorted Turtle text of ``triples``; ``header`` lines become ``#`` comments at the top."""
    by_subject: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[_term(s)][_term(p)].add(_term(o))
    lines = [f"# {line}" for line in header.splitlines()]
    lines += [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in PREFIXES.items()]
    type_key = _iri(RDF.type)
    for subject in sorted(by_subject):
        predicates = by_subject[subject]
        order = sorted(predicates, key=lambda p: (p != type_key, p))
        lines.append("")
        parts = []
        for predicate in order:
            objects = " , ".join(sorted(predicates[predicate]))
            parts.append(f"{'a' if predicate == type_key else predicate} {objects}")
        lines.append(f"{subject} " + " ;\n    ".join(parts) + " .")
    return "\n".join(lines) + "\n"


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
