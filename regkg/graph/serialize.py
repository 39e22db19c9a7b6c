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
from collections import defaultdict
from pathlib import Path

from rdflib.namespace import RDF

from regkg.errors import StoreError
from regkg.graph.terms import IRI, XSD_STRING, Row, literal_text
from regkg.ontology import PREFIXES

__all__ = ["to_turtle", "turtle_lines", "write_atomic", "write_lines_atomic"]

# A local name regkg can write as prefix:local safely (ASCII, no escapes needed).
_SIMPLE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_UNWRITABLE = re.compile(r'[<>"{}|^`\\ ]')
_RDF_TYPE = str(RDF.type)


class _Writer:
    """Term -> Turtle text, remembering IRIs and datatypes (each is written many times)."""

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}
        self._suffixes: dict[str, str] = {XSD_STRING: ""}

    def iri(self, value: str) -> str:
        text = self._iris.get(value)
        if text is None:
            text = self._iris[value] = _iri_text(value)
        return text

    def obj(self, value: str, kind: str) -> str:
        if kind == IRI:
            return self.iri(value)
        suffix = self._suffixes.get(kind)
        if suffix is None:
            suffix = self._suffixes[kind] = kind if kind[0] == "@" else f"^^{self.iri(kind)}"
        return literal_text(value) + suffix


def _iri_text(value: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and _SIMPLE_LOCAL.match(value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace):]}"
    if _UNWRITABLE.search(value):
        raise StoreError(f"IRI cannot be written in Turtle: {value!r}")
    return f"<{value}>"


def turtle_lines(rows: Iterable[Row], header: str = "") -> Iterator[str]:
    """Sorted Turtle of ``rows`` (distinct triples as :mod:`regkg.graph.terms` rows), line by line
    (each ending in a newline)."""
    writer = _Writer()
    iri, obj = writer.iri, writer.obj
    # Filed by subject, then each subject's few triples sorted: much cheaper than one sort of
    # millions of tuples, and the same order.
    by_subject: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for s, p, o, kind in rows:
        by_subject[s].append((p, o, kind))
    for line in header.splitlines():
        yield f"# {line}\n"
    for prefix, namespace in PREFIXES.items():
        yield f"@prefix {prefix}: <{namespace}> .\n"
    for subject in sorted(by_subject):
        statements = by_subject[subject]
        statements.sort()
        parts: list[str] = []
        types: list[str] = []
        last, objects = "", types
        for p, o, kind in statements:
            if p != last:
                if objects is not types:
                    parts.append(f"{iri(last)} {' , '.join(objects)}")
                last, objects = p, types if p == _RDF_TYPE else []
            objects.append(obj(o, kind))
        if objects is not types:
            parts.append(f"{iri(last)} {' , '.join(objects)}")
        if types:
            parts.insert(0, f"a {' , '.join(types)}")
        yield f"\n{iri(subject)} " + " ;\n    ".join(parts) + " .\n"


def to_turtle(rows: Iterable[Row], header: str = "") -> str:
    """Sorted Turtle text of ``rows``; ``header`` lines become ``#`` comments at the top."""
    return "".join(turtle_lines(rows, header))


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
