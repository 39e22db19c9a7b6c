"""Deterministic Turtle: the same triples always give the same bytes.

rdflib's serializer orders most things but not all, so regkg writes Turtle itself: prefixes in a fixed
order, subjects sorted by IRI, ``rdf:type`` first then predicates by IRI, objects sorted, every literal
written in full (``"2024-03-31"^^xsd:date``). No blank nodes are ever written: regkg mints an IRI for
everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from regkg.errors import StoreError
from regkg.graph.subject_rows import SubjectRows

if TYPE_CHECKING:
    from regkg.graph.terms import Row

# The writer's terms (regkg.graph.terms, the prefixes) are imported when Turtle is written.

__all__ = ["to_turtle", "turtle_lines", "turtle_head", "turtle_blocks"]

# A local name regkg can write as prefix:local safely (ASCII, no escapes needed).
_SIMPLE_LOCAL = r"[A-Za-z_][A-Za-z0-9_\-]*\Z"
_UNWRITABLE = re.compile(r'[\x00-\x20<>"{}|^`\\]')  # what Turtle's IRIREF cannot hold
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# IRIs whose text the writer remembers: the first this many it meets (the predicates and classes, then
# the bodies, places and files the first documents name, written again and again). Every IRI remembered
# was 160 MB of a 10,000-gazette build's Turtle step: each document is an object of its citations,
# evidence and duties, a few times each; the rest are written from the IRI as met.
_REMEMBERED = 1 << 17


class _Writer:
    """Term -> Turtle text, remembering IRIs and datatypes (each is written many times)."""

    def __init__(self) -> None:
        from regkg.graph.terms import IRI, XSD_STRING, literal_text
        from regkg.ontology import PREFIXES

        self._iris: dict[str, str] = {}
        self._suffixes: dict[str, str] = {XSD_STRING: ""}
        self._iri_kind, self._literal, self.prefixes = IRI, literal_text, PREFIXES
        # every namespace in one pattern, tried in the prefixes' order: an IRI the writer does not
        # remember (most documents') is matched once, not tried against each namespace in turn
        self._prefix_of = {namespace: prefix for prefix, namespace in reversed(PREFIXES.items())}
        self._prefixed = re.compile("(" + "|".join(map(re.escape, PREFIXES.values())) + ")" + _SIMPLE_LOCAL)

    def iri(self, value: str) -> str:
        text = self._iris.get(value)
        if text is None:
            text = self._text(value)
            if len(self._iris) < _REMEMBERED:
                self._iris[value] = text
        return text

    def subject(self, value: str) -> str:
        """A subject's text, not remembered: most subjects (evidence nodes, duties) are written once."""
        return self._iris.get(value) or self._text(value)

    def obj(self, value: str, kind: str) -> str:
        if kind == self._iri_kind:
            return self.iri(value)
        suffix = self._suffixes.get(kind)
        if suffix is None:
            suffix = self._suffixes[kind] = kind if kind[0] == "@" else f"^^{self.iri(kind)}"
        return self._literal(value) + suffix

    def head(self, header: str) -> Iterator[str]:
        """graph.ttl's first lines: ``header``'s as comments, then the prefixes."""
        for line in header.splitlines():
            yield f"# {line}\n"
        for prefix, namespace in self.prefixes.items():
            yield f"@prefix {prefix}: <{namespace}> .\n"

    def block(self, subject: str, statements: Iterable[Row]) -> str:
        """A subject's block: a blank line, then the subject and its sorted ``statements`` (rdf:type first)."""
        iri, obj = self.iri, self.obj
        parts: list[str] = []
        types: list[str] = []
        last, objects = "", types
        for _, p, o, kind in statements:
            if p != last:
                if objects is not types:
                    parts.append(f"{iri(last)} {' , '.join(objects)}")
                last, objects = p, types if p == _RDF_TYPE else []
            objects.append(obj(o, kind))
        if objects is not types:
            parts.append(f"{iri(last)} {' , '.join(objects)}")
        if types:
            parts.insert(0, f"a {' , '.join(types)}")
        return f"\n{self.subject(subject)} " + " ;\n    ".join(parts) + " .\n"

    def _text(self, value: str) -> str:
        """``prefix:local`` where a namespace and a simple local name make ``value``, else ``<value>``."""
        found = self._prefixed.match(value)
        if found is not None:
            return f"{self._prefix_of[found[1]]}:{value[found.end(1):]}"
        if _UNWRITABLE.search(value):
            raise StoreError(f"IRI cannot be written in Turtle: {value!r}")
        return f"<{value}>"


def turtle_lines(rows: Iterable[Row], header: str = "") -> Iterator[str]:
    """Sorted Turtle of ``rows`` (triples as :mod:`regkg.graph.terms` rows, or filed already as
    :class:`SubjectRows` or :class:`~regkg.graph.subject_rows.MergedRows`), line by line (each ending in a newline)."""
    writer = _Writer()
    yield from writer.head(header)
    # Filed by subject, then each subject's few triples sorted: much cheaper than one sort of
    # millions of tuples, and the same order. A build hands them over filed already.
    filed = rows if hasattr(rows, "by_subject") else SubjectRows(rows)
    for subject, statements in filed.by_subject():
        yield writer.block(subject, statements)


def turtle_head(header: str = "") -> str:
    """graph.ttl's text before its first subject (:func:`turtle_lines`)."""
    return "".join(_Writer().head(header))


def turtle_blocks(subjects: Iterable[tuple[str, Iterable[Row]]]) -> Iterator[tuple[str, str]]:
    """(subject, its block of Turtle) for each of ``subjects`` (subject, its rows sorted), as
    :func:`turtle_lines` writes them: for a writer that puts blocks from elsewhere among them
    (:mod:`regkg.graph.turtle_splice`)."""
    writer = _Writer()
    for subject, statements in subjects:
        yield subject, writer.block(subject, statements)


def to_turtle(rows: Iterable[Row], header: str = "") -> str:
    """Sorted Turtle text of ``rows``; ``header`` lines become ``#`` comments at the top."""
    return "".join(turtle_lines(rows, header))
