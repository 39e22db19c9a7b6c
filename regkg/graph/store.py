"""The one place that touches the RDF store: rdflib in memory, or Oxigraph in memory or on disk.

Triples travel as pyoxigraph terms (``NamedNode``, ``Literal``): they cost a fraction of rdflib's to
make and hash, and Oxigraph takes them as they are. Two backends hold them:

``memory``
    a Python set of triples; an rdflib ``Graph`` is made from it on the first SPARQL query (and for
    callers that want rdflib) and kept until the triples change. Full rdflib SPARQL, no extra process.
``oxigraph`` / ``oxigraph:DIR``
    a pyoxigraph ``Store``, in memory or persistent on disk in ``DIR``; SPARQL runs in Rust, and
    :meth:`Store.rdflib_graph` wraps the same store for rdflib through oxrdflib.

Measured on this machine (``python benchmarks/bench_scale.py --stores``, 1,000,000 triples): rdflib
takes ~27 s and ~1.1 GB to index them and 11.5 s to count them; Oxigraph 6 s, ~350 MB and 0.3 s. So
``auto`` (the default) keeps graphs under :data:`AUTO_OXIGRAPH_TRIPLES` in rdflib — a city's decade of
gazettes, where rdflib answers every query in well under a second and the server's query sandbox
runs rdflib natively — and puts anything larger in Oxigraph.

>>> s = open_store("oxigraph")
>>> s.add_all([(iri("https://example.org/a"), iri("https://example.org/p"), literal("x"))])
>>> len(s), s.query("SELECT ?o WHERE { ?s ?p ?o }")[1][0][0].toPython()
(1, 'x')
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib import Literal as RLiteral
from rdflib import URIRef
from rdflib.term import Node

from regkg.errors import QueryError, StoreError
from regkg.ontology import PREFIXES

__all__ = [
    "Store",
    "MemoryStore",
    "OxigraphStore",
    "Triple",
    "STORE_KINDS",
    "AUTO_OXIGRAPH_TRIPLES",
    "open_store",
    "parse_turtle",
    "load_turtle",
    "iri",
    "literal",
    "to_rdflib",
    "to_ox",
    "replace_dir",
]

Triple = tuple[ox.NamedNode, ox.NamedNode, "ox.NamedNode | ox.Literal"]

STORE_KINDS = ("auto", "memory", "oxigraph")
# Graphs of at most this many triples stay in rdflib's memory store under ``auto`` (~2,000 documents).
AUTO_OXIGRAPH_TRIPLES = 200_000
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_DEFAULT_GRAPH = ox.DefaultGraph()


@lru_cache(maxsize=1 << 16)
def iri(value: str) -> ox.NamedNode:
    """The (shared) NamedNode of ``value``: predicates, types and places repeat on every line."""
    return ox.NamedNode(value)


def literal(value: str, datatype: str | None = None) -> ox.Literal:
    """A literal; ``datatype`` an IRI string (plain string when None)."""
    if datatype is None:
        return ox.Literal(value)
    return ox.Literal(value, datatype=iri(datatype))


def to_ox(term) -> ox.NamedNode | ox.Literal:
    """An rdflib term (or a pyoxigraph one, returned as is) as a pyoxigraph term."""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term
    if isinstance(term, URIRef):
        return iri(str(term))
    if isinstance(term, RLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return literal(str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, BNode):
        raise StoreError(f"regkg writes no blank nodes, found {term!r}")
    raise StoreError(f"not an RDF term: {term!r}")


def to_rdflib(term) -> Node | None:
    """A pyoxigraph term as rdflib's."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return RLiteral(term.value, lang=term.language)
        datatype = term.datatype.value
        return RLiteral(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"not an RDF term: {term!r}")


def _new_graph(store: object = "default", identifier: object = None) -> Graph:
    graph = Graph(store=store, identifier=identifier, bind_namespaces="none")  # type: ignore[arg-type]
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def parse_turtle(path: str | Path) -> list[Triple]:
    """Every triple of a Turtle file, read by Oxigraph's parser (~15 times rdflib's speed)."""
    try:
        return [(t.subject, t.predicate, t.object) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"cannot read graph {path}: {exc}") from exc


def load_turtle(path: str | Path, spec: str | None = "auto") -> "Store":
    """A Turtle file in a new store: Oxigraph parses it (in Rust, ~15 times rdflib's speed) straight
    into its own store, which ``memory`` (and ``auto``, for a small graph) then copies."""
    target = open_store(spec, size=AUTO_OXIGRAPH_TRIPLES + 1)
    into = target if isinstance(target, OxigraphStore) else OxigraphStore()
    try:
        if into.path is None:
            into.ox_store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        else:
            into.ox_store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"cannot read graph {path}: {exc}") from exc
    if into is target and not ((spec or "auto") == "auto" and len(into) <= AUTO_OXIGRAPH_TRIPLES):
        return target
    memory = MemoryStore()
    memory.add_all(into.ox_triples())
    return memory


class Store:
    """What every backend offers: add triples, list them, count them, ask SPARQL, hand out rdflib."""

    kind = "abstract"
    path: Path | None = None

    def add_all(self, triples: Iterable) -> None:
        """Add triples of pyoxigraph (or rdflib) terms."""
        raise NotImplementedError

    def ox_triples(self) -> Iterator[Triple]:
        """Every triple as pyoxigraph terms, in no particular order."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def triples(self) -> Iterator[tuple[Node, Node, Node]]:
        """Every triple as rdflib terms, in no particular order."""
        for s, p, o in self.ox_triples():
            yield to_rdflib(s), to_rdflib(p), to_rdflib(o)  # type: ignore[misc]

    def value_triples(self) -> Iterator[tuple[str, str, str]]:
        """Every triple as the plain strings of its terms (IRIs and literals' lexical forms)."""
        for s, p, o in self.ox_triples():
            yield s.value, p.value, o.value

    def query(self, sparql: str) -> tuple[list[str], list[tuple[Node | None, ...]]]:
        """Run a SELECT or ASK query: (variable names, rows of rdflib terms). The regkg prefixes are
        predeclared."""
        raise NotImplementedError

    def rdflib_graph(self) -> Graph:
        """The triples as an rdflib graph (for rdflib SPARQL, pyshacl and callers that need rdflib)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (a no-op in memory)."""

    @classmethod
    def load(cls, path: str | Path, kind: str = "auto") -> "Store":
        """Read a Turtle file into a new store of ``kind`` (``auto`` picks by size)."""
        return load_turtle(path, kind)


class MemoryStore(Store):
    """A set of triples in memory; rdflib's indexed ``Graph`` is made on the first query.

    Building a graph of 5,000 documents adds ~450,000 triples; rdflib's indexed store takes tens of
    seconds for that, and the build itself only needs to write and scan them.
    """

    kind = "memory"

    def __init__(self) -> None:
        self._triples: set[Triple] = set()
        self._graph: Graph | None = None

    def add_all(self, triples: Iterable) -> None:
        self._triples.update(t if isinstance(t[0], ox.NamedNode) else tuple(map(to_ox, t)) for t in triples)
        self._graph = None

    def ox_triples(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def query(self, sparql: str) -> tuple[list[str], list[tuple[Node | None, ...]]]:
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
        if self._graph is None:
            graph = _new_graph()
            graph.addN((to_rdflib(s), to_rdflib(p), to_rdflib(o), graph) for s, p, o in self._triples)
            self._graph = graph
        return self._graph


class OxigraphStore(Store):
    """A pyoxigraph store: in memory (``path`` None) or on disk in the folder ``path``."""

    kind = "oxigraph"

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 mirror: str | Path | None = None, mirror_triples: int | None = None) -> None:
        """``mirror``: a Turtle file holding the same triples (the graph.ttl written beside a persistent
        store), read instead of the store when every triple is wanted: Oxigraph parses Turtle ~8 times
        faster than it reads its on-disk indexes. ``mirror_triples`` is how many it must hold."""
        self.path = Path(path) if path is not None else None
        self.mirror = Path(mirror) if mirror is not None else None
        self.mirror_triples = mirror_triples
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open Oxigraph store {self.path}: {exc}") from exc
        self._len: int | None = None

    @property
    def ox_store(self) -> ox.Store:
        """The pyoxigraph store itself."""
        return self._store

    def add_all(self, triples: Iterable) -> None:
        quads = (
            ox.Quad(s, p, o) if isinstance(s, ox.NamedNode) else ox.Quad(to_ox(s), to_ox(p), to_ox(o))
            for s, p, o in triples
        )
        try:
            if self.path is None:
                self._store.extend(quads)
            else:  # bulk: written straight to new files, not held in one transaction
                self._store.bulk_extend(quads)
                self._store.flush()
        except OSError as exc:
            raise StoreError(f"cannot write Oxigraph store {self.path}: {exc}") from exc
        self._len = None

    def ox_triples(self) -> Iterator[Triple]:
        for quad in self._store.quads_for_pattern(None, None, None, _DEFAULT_GRAPH):
            yield quad.subject, quad.predicate, quad.object  # type: ignore[misc]

    def value_triples(self) -> Iterator[tuple[str, str, str]]:
        if self.mirror is None or not self.mirror.is_file():
            yield from super().value_triples()
            return
        count = 0
        try:
            for t in ox.parse(path=str(self.mirror), format=ox.RdfFormat.TURTLE):
                count += 1
                yield t.subject.value, t.predicate.value, t.object.value
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot read graph {self.mirror}: {exc}") from exc
        if count != (self.mirror_triples if self.mirror_triples is not None else len(self)):
            raise StoreError(f"{self.mirror} does not hold the triples of the store {self.path}: "
                             "rebuild with `regkg build`")

    def __len__(self) -> int:
        if self._len is None:
            self._len = len(self._store)
        return self._len

    def query(self, sparql: str) -> tuple[list[str], list[tuple[Node | None, ...]]]:
        try:
            result = self._store.query(sparql, prefixes=dict(PREFIXES))
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from exc
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [(bool(result),)]  # type: ignore[list-item]
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("only SELECT and ASK queries are supported")
        names = [v.value for v in result.variables]
        try:
            rows = [tuple(to_rdflib(solution[i]) for i in range(len(names))) for solution in result]
        except (SyntaxError, ValueError, OSError) as exc:  # errors while evaluating come with the rows
            raise QueryError(f"SPARQL query failed: {exc}") from exc
        return names, rows  # type: ignore[return-value]

    def rdflib_graph(self) -> Graph:
        try:
            from oxrdflib import OxigraphStore as _Bridge
        except ImportError as exc:  # pragma: no cover - oxrdflib is a dependency
            raise StoreError("rdflib access to an Oxigraph store needs oxrdflib (pip install oxrdflib)") from exc
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        return _new_graph(_Bridge(store=self._store), DATASET_DEFAULT_GRAPH_ID)  # the store's default graph

    def close(self) -> None:
        self._store = None  # type: ignore[assignment]


def open_store(spec: str | None = "auto", *, size: int = 0, read_only: bool = False) -> Store:
    """A new, empty (or, for ``oxigraph:DIR``, existing) store from a spec.

    ``auto`` (or None): rdflib memory for at most :data:`AUTO_OXIGRAPH_TRIPLES` triples (``size``),
    else Oxigraph in memory; ``memory``; ``oxigraph`` (in memory); ``oxigraph:DIR`` (on disk).
    """
    spec = spec or "auto"
    kind, _, where = spec.partition(":")
    if kind == "auto" and not where:
        return MemoryStore() if size <= AUTO_OXIGRAPH_TRIPLES else OxigraphStore()
    if kind == "memory" and not where:
        return MemoryStore()
    if kind == "oxigraph":
        return OxigraphStore(where or None, read_only=read_only)
    raise StoreError(f"unknown store {spec!r}: use auto, memory, oxigraph or oxigraph:DIR")


def replace_dir(staging: Path, final: Path) -> None:
    """Move a finished store folder into place, replacing what was there: a reader opens the old store
    or the new one, never a half-written one."""
    old = final.with_name(f".{final.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    if old.exists():
        shutil.rmtree(old)
