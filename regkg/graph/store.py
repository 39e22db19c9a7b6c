"""The one place that touches the RDF store, so rdflib in memory can later give way to Oxigraph.

Everything else adds triples, reads them and asks SPARQL through :class:`Store`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Graph
from rdflib.term import Node

from regkg.errors import QueryError, StoreError
from regkg.ontology import PREFIXES

__all__ = ["Store", "Triple"]

Triple = tuple[Node, Node, Node]


def _new_graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


class Store:
    """An RDF graph in memory: a set of rdflib triples, indexed by rdflib only when SPARQL asks.

    Building a graph of 5,000 documents adds ~500,000 triples; rdflib's indexed store takes tens of
    seconds for that, and the build itself only needs to write and scan them, so the rdflib
    ``Graph`` is made on the first query and kept until the triples change.
    """

    def __init__(self) -> None:
        self._triples: set[Triple] = set()
        self._graph: Graph | None = None

    @classmethod
    def load(cls, path: str | Path) -> "Store":
        """Read a Turtle file."""
        store = cls()
        graph = _new_graph()
        try:
            graph.parse(str(path), format="turtle")
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot read graph {path}: {exc}") from exc
        store._triples = set(graph)  # type: ignore[arg-type]
        store._graph = graph
        return store

    def add_all(self, triples: Iterable[Triple]) -> None:
        self._triples.update(triples)
        self._graph = None

    def triples(self) -> Iterator[Triple]:
        """Every triple, in no particular order."""
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def query(self, sparql: str) -> tuple[list[str], list[tuple[Node | None, ...]]]:
        """Run a SELECT or ASK query: (variable names, rows). The regkg prefixes are predeclared."""
        try:
            result = self.rdflib_graph().query(sparql, initNs=PREFIXES)
        except Exception as exc:  # rdflib raises pyparsing and assorted errors for a bad query
            raise QueryError(f"SPARQL query failed: {exc}") from exc
        if result.type == "ASK":
            return ["ask"], [(bool(result.askAnswer),)]  # type: ignore[list-item]
        if result.type != "SELECT":
            raise QueryError("only SELECT and ASK queries are supported")
        names = [str(v) for v in result.vars or []]
        return names, [tuple(row) for row in result]  # type: ignore[arg-type]

    def rdflib_graph(self) -> Graph:
        """The triples as an rdflib graph (for SPARQL, pyshacl and callers that need rdflib)."""
        if self._graph is None:
            graph = _new_graph()
            graph.addN((s, p, o, graph) for s, p, o in self._triples)
            self._graph = graph
        return self._graph
