"""SHACL validation of a built graph: ``shapes.ttl`` over graph.ttl, with the vocabulary loaded.

``regkg.ttl`` is given to pyshacl as the ontology graph and RDFS inference is on, so the graph is
checked as its vocabulary says it reads, not only as it is written: a shape on ``eli:LegalResource``
also reaches every ``regkg:AttachedRule`` (a subclass), and a property's range types its objects
(a department IRI named by a duty but never described meets the organisation shape).

>>> from rdflib import Graph
>>> place = Graph().parse(format="turtle", data='''
...     <https://w3id.org/regkg/id/place/泸州市> a <https://w3id.org/regkg#Jurisdiction> ;
...         <https://w3id.org/regkg#level> "municipal" .''')
>>> report = validate(place)
>>> report.conforms, report.triples
(False, 2)
>>> print(report.violations[0])
<https://w3id.org/regkg/id/place/泸州市> skos:prefLabel: Less than 1 values on <https://w3id.org/regkg/id/place/泸州市>->skos:prefLabel
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH, NamespaceManager

from regkg.errors import StoreError
from regkg.graph.api import GRAPH_FILE, read_build_info
from regkg.graph.atomic_files import check_file
from regkg.graph.output_folder import current_build
from regkg.ontology import PREFIXES, ontology_path, shapes_path

__all__ = ["Violation", "ValidationReport", "validate"]

# 「at line 1 of <>: Bad syntax (objectList expected) at ^ in:」: the tail of rdflib's syntax error
_QUOTE_FOLLOWS = re.compile(r"\s*at \^ in:$")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node that fails, the property (``""`` for a constraint on the node as a
    whole, such as "known by a number or a title"), pyshacl's message and the offending value, if any."""

    focus: str
    path: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"<{self.focus}> {self.path or '-'}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    """``conforms`` when there is no violation; ``triples`` in the graph as written (before inference),
    ``shapes`` the node shapes checked."""

    conforms: bool
    triples: int
    shapes: int
    violations: tuple[Violation, ...]


def validate(source: str | Path | Graph) -> ValidationReport:
    """Check ``source`` (an output folder of ``regkg build``, a graph.ttl, or an rdflib graph, which
    is left unchanged) against regkg's shapes with its vocabulary loaded. :class:`StoreError` when
    there is no graph to read or it is not Turtle."""
    import pyshacl

    data = source if isinstance(source, Graph) else _parse(Path(source))
    triples = len(data)
    shapes = Graph().parse(shapes_path(), format="turtle")
    with warnings.catch_warnings():
        # pyshacl's use of rdflib's Dataset warns once per triple; recording them slows a run ten-fold
        warnings.simplefilter("ignore", DeprecationWarning)
        conforms, results, _ = pyshacl.validate(
            data, shacl_graph=shapes, ont_graph=Graph().parse(ontology_path(), format="turtle"),
            inference="rdfs", advanced=True,
            inplace=data is not source,  # a graph parsed here can take the inferred triples; a caller's is copied
        )
    return ValidationReport(conforms, triples, len(set(shapes.subjects(RDF.type, SH.NodeShape))),
                            _violations(results))


def _parse(path: Path) -> Graph:
    folder = current_build(path) if path.is_dir() else None  # resolved once: graph.ttl and build.json of one build
    ttl = folder / GRAPH_FILE if folder is not None else path
    shown = path / GRAPH_FILE if folder is not None else path
    if not ttl.is_file():
        raise StoreError(f"no graph at {shown} (run `regkg build INPUT... -o {path}` first)")
    written = (read_build_info(folder).get("files") or {}).get(GRAPH_FILE) if folder is not None else None
    if written:  # a graph.ttl that is not the build's (a line lost, emptied) is refused as every command refuses it
        check_file(ttl, written, shown=shown)
    try:
        return Graph().parse(ttl, format="turtle")
    except Exception as exc:  # rdflib raises several kinds (BadSyntax, ValueError, UnicodeDecodeError)
        # rdflib's BadSyntax says where on its first line and why on its second (ending "at ^ in:"), then
        # quotes the input
        reason = _QUOTE_FOLLOWS.sub("", " ".join(str(exc).strip().splitlines()[:2])) or type(exc).__name__
        raise StoreError(f"{shown} is not Turtle: {reason}") from None


def _violations(results: Graph) -> tuple[Violation, ...]:
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        names.bind(prefix, namespace)

    def short(term: object) -> str:
        return term.n3(names) if isinstance(term, URIRef) else ""

    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus, value = results.value(result, SH.focusNode), results.value(result, SH.value)
        found.append(Violation(
            focus=str(focus),
            path=short(results.value(result, SH.resultPath)),
            # pyshacl's own messages can quote a shape's Turtle over several lines: one violation, one line
            message=" ".join(str(results.value(result, SH.resultMessage) or "").split()),
            # a constraint on the node as a whole (sh:or) gives the node itself as its value
            value=None if value is None or value == focus else value.n3(names).replace("\n", "\\n"),
        ))
    return tuple(sorted(found, key=lambda v: (v.focus, v.path, v.message, v.value or "")))
