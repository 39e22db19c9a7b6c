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
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from regkg.errors import StoreError
from regkg.ontology import PREFIXES

__all__ = ["to_turtle", "turtle_lines", "write_atomic", "write_lines_atomic"]

# A local name regkg can write as prefix:local safely (ASCII, no escapes needed).
_SIMPLE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_UNWRITABLE = re.compile(r'[<>"{}|^`\\ ]')
_XSD_STRING = str(XSD.string)


class _Writer:
    """Term -> Turtle text, remembering IRIs (each is written many times)."""

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}

    def iri(self, value: str) -> str:
        text = self._iris.get(value)
        if text is None:
            text = self._iris[value] = _iri_text(value)
        return text

    def literal(self, value: str, language: str | None, datatype: str | None) -> str:
        text = '"' + value.translate(_ESCAPES) + '"'
        if language:
            return f"{text}@{language}"
        if datatype and datatype != _XSD_STRING:
            return f"{text}^^{self.iri(datatype)}"
        return text

    def term(self, term) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.Literal):
            return self.literal(term.value, term.language, None if term.language else term.datatype.value)
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal):
            return self.literal(str(term), term.language, str(term.datatype) if term.datatype else None)
        raise StoreError(f"regkg writes no blank nodes, found {term!r}")


def _iri_text(value: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and _SIMPLE_LOCAL.match(value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace):]}"
    if _UNWRITABLE.search(value):
        raise StoreError(f"IRI cannot be written in Turtle: {value!r}")
    return f"<{value}>"


def turtle_lines(triples: Iterable[tuple[Node, Node, Node]], header: str = "") -> Iterator[str]:
    """Sorted Turtle of ``triples`` (pyoxigraph or rdflib terms), line by line (each ending in a newline)."""
    writer = _Writer()
    type_key = writer.iri(str(RDF.type))
    # one sort of (subject, predicate, object) texts gives the order; rdf:type sorts first as ""
    rows = sorted({(writer.term(s), "" if (p_text := writer.term(p)) == type_key else p_text, writer.term(o))
                   for s, p, o in triples})
    for line in header.splitlines():
        yield f"# {line}\n"
    for prefix, namespace in PREFIXES.items():
        yield f"@prefix {prefix}: <{namespace}> .\n"
    i, n = 0, len(rows)
    while i < n:
        subject = rows[i][0]
        parts = []
        while i < n and rows[i][0] == subject:
            predicate = rows[i][1]
            objects = []
            while i < n and rows[i][0] == subject and rows[i][1] == predicate:
                objects.append(rows[i][2])
                i += 1
            parts.append(f"{predicate or 'a'} {' , '.join(objects)}")
        yield "\n"
        yield f"{subject} " + " ;\n    ".join(parts) + " .\n"


def to_turtle(triples: Iterable[tuple[Node, Node, Node]], header: str = "") -> str:
    """Sorted Turtle text of ``triples``; ``header`` lines become ``#`` comments at the top."""
    return "".join(turtle_lines(triples, header))


def _file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    write_lines_atomic(path, (text,))


def write_lines_atomic(path: str | Path, lines: Iterable[str]) -> None:
    """Write ``lines`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(lines)
        os.chmod(tmp, _FILE_MODE)  # mkstemp makes 0600; outputs are ordinary files others may read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
