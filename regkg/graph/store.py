"""The one place that touches the RDF store: rdflib in memory, or Oxigraph in memory or on disk.

Triples travel as rows of plain strings (:mod:`regkg.graph.terms`); each backend turns them into its
own terms only when it must. Two backends hold them:

``memory``
    a Python set of rows; an rdflib ``Graph`` is made from it on the first SPARQL query (and for
    callers that want rdflib) and kept until the triples change. Full rdflib SPARQL, no extra process.
``oxigraph`` / ``oxigraph:DIR``
    a pyoxigraph ``Store``, in memory or persistent on disk in ``DIR``, loaded by Oxigraph's own
    N-Triples parser from a stream of text (no Python object per term); SPARQL runs in Rust, and
    :meth:`Store.rdflib_graph` wraps the same store for rdflib through oxrdflib.

Measured on this machine (``python benchmarks/bench_scale.py --stores 1000000``: 1,000,000 synthetic
triples, each store in its own process): rdflib takes 42 s and 1.45 GB to index them, 16.7 s to count
them, 85 s to write Turtle and 73 s to parse it; Oxigraph 5.3 s, 145 MB, 0.34 s, 1.4 s and 4.9 s. So
``auto`` (the default) keeps graphs under :data:`AUTO_OXIGRAPH_TRIPLES` in rdflib — a city's decade of
gazettes, where rdflib answers every query in well under a second and the server's query sandbox
runs rdflib natively — and puts anything larger in Oxigraph.

>>> s = open_store("oxigraph")
>>> s.add([("https://example.org/a", "https://example.org/p", "x", XSD_STRING)])
>>> len(s), s.query("SELECT ?o WHERE { ?s ?p ?o }")[1][0][0].toPython()
(1, 'x')
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from itertools import islice
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from regkg.errors import QueryError, StoreError
from regkg.graph.atomic_files import FileDigest
from regkg.graph.terms import XSD_STRING, Row, as_row, ntriples_line, rdflib_triple
from regkg.ontology import PREFIXES

__all__ = [
    "Store",
    "MemoryStore",
    "OxigraphStore",
    "Triple",
    "STORE_KINDS",
    "AUTO_OXIGRAPH_TRIPLES",
    "open_store",
    "load_turtle",
    "to_rdflib",
    "new_store_version",
    "publish_store",
    "store_digest",
]

Triple = tuple[ox.NamedNode, ox.NamedNode, "ox.NamedNode | ox.Literal"]

STORE_KINDS = ("auto", "memory", "oxigraph")
# Graphs of at most this many triples stay in rdflib's memory store under ``auto`` (~2,000 documents).
AUTO_OXIGRAPH_TRIPLES = 200_000
_DEFAULT_GRAPH = ox.DefaultGraph()


def to_rdflib(term) -> Node | None:
    """A pyoxigraph term as rdflib's."""
    from rdflib import BNode, URIRef
    from rdflib import Literal as RLiteral

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return RLiteral(term.value, lang=term.language)
        datatype = term.datatype.value
        return RLiteral(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"not an RDF term: {term!r}")


def _new_graph(store: object = "default", identifier: object = None) -> Graph:
    graph = Graph(store=store, identifier=identifier, bind_namespaces="none")  # type: ignore[arg-type]
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def load_turtle(path: str | Path | IO[bytes], spec: str | None = "auto") -> "Store":
    """A Turtle file (a path, or an open binary file, read from its start) in a new store: Oxigraph
    parses it (in Rust, ~15 times rdflib's speed) straight into its own store, which ``memory`` (and
    ``auto``, for a small graph) then copies."""
    target = open_store(spec, size=AUTO_OXIGRAPH_TRIPLES + 1)
    into = target if isinstance(target, OxigraphStore) else OxigraphStore()
    source: dict[str, object] = {"path": str(path)} if isinstance(path, (str, Path)) else {"input": path}
    if "input" in source:
        path.seek(0)  # type: ignore[union-attr]
    try:
        if into.path is None:
            into.ox_store.load(**source, format=ox.RdfFormat.TURTLE)  # type: ignore[arg-type]
        else:
            into.ox_store.bulk_load(**source, format=ox.RdfFormat.TURTLE)  # type: ignore[arg-type]
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"cannot read graph {path}: {exc}") from exc
    if into is target and not ((spec or "auto") == "auto" and len(into) <= AUTO_OXIGRAPH_TRIPLES):
        return target
    memory = MemoryStore()
    memory.add(into.rows())
    return memory


class _Lines:
    """A binary file over lines of text made on demand: how rows reach Oxigraph's parser without
    the whole N-Triples text in memory."""

    def __init__(self, lines: Iterable[str], batch: int = 4096) -> None:
        self._lines = iter(lines)
        self._batch = batch
        self._buffer = b""
        self._at = 0

    def read(self, size: int = -1) -> bytes:
        if self._at >= len(self._buffer):  # a short read is fine; only b"" means the end
            self._buffer, self._at = "".join(islice(self._lines, self._batch)).encode("utf-8"), 0
        end = len(self._buffer) if size < 0 else self._at + size
        out = self._buffer[self._at : end]
        self._at += len(out)
        return out


class Store:
    """What every backend offers: add rows, list them, count them, ask SPARQL, hand out rdflib."""

    kind = "abstract"
    path: Path | None = None  # the folder it lives in, if on disk
    home: Path | None = None  # the folder users named, when ``path`` is one version of it

    def add(self, rows: Iterable[Row]) -> None:
        """Add triples given as rows (:mod:`regkg.graph.terms`)."""
        raise NotImplementedError

    def rows(self) -> Iterator[Row]:
        """Every triple as a row, in no particular order."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def value_triples(self) -> Iterator[tuple[str, ...]]:
        """Every triple as plain strings (subject, predicate, object's IRI or lexical form, and
        whatever else a row holds after them): what :class:`~regkg.graph.memory_view.View` reads."""
        return self.rows()

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
    """A set of rows in memory; rdflib's indexed ``Graph`` is made on the first query.

    Building a graph of 5,000 documents adds ~450,000 triples; rdflib's indexed store takes tens of
    seconds for that, and the build itself only needs to write and scan them.
    """

    kind = "memory"

    def __init__(self, rows: set[Row] | None = None) -> None:
        """``rows``: a set of rows the store takes as its own (not copied)."""
        self._rows: set[Row] = rows if rows is not None else set()
        self._graph: Graph | None = None

    def add(self, rows: Iterable[Row]) -> None:
        self._rows.update(rows)
        self._graph = None

    def rows(self) -> Iterator[Row]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

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
            graph.addN((*rdflib_triple(row), graph) for row in self._rows)
            self._graph = graph
        return self._graph


class OxigraphStore(Store):
    """A pyoxigraph store: in memory (``path`` None) or on disk in the folder ``path``."""

    kind = "oxigraph"

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 mirror: str | Path | None = None, mirror_triples: int | None = None,
                 home: str | Path | None = None) -> None:
        """``home``: the folder users name (``--store oxigraph:DIR``) when ``path`` is one of its
        versions (:func:`new_store_version`). ``mirror``: a Turtle file holding the same triples (the graph.ttl written beside a persistent
        store), read instead of the store when every triple is wanted (:meth:`rows`): Oxigraph parses
        Turtle ~8 times faster than it reads its on-disk indexes. ``mirror_triples`` is how many it
        must hold; a mirror that holds a different number is an error, never a wrong answer."""
        self.path = Path(path) if path is not None else None
        self.home = Path(home) if home is not None else self.path
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

    def add(self, rows: Iterable[Row]) -> None:
        # Oxigraph's N-Triples parser makes the terms in Rust: a Python object per term would cost
        # more than the load itself
        try:
            self._store.bulk_load(_Lines(map(ntriples_line, rows)), format=ox.RdfFormat.N_TRIPLES,
                                  to_graph=_DEFAULT_GRAPH)
            if self.path is not None:
                self._store.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write Oxigraph store {self.path or '(in memory)'}: {exc}") from exc
        self._len = None

    def rows(self) -> Iterator[Row]:
        if self.mirror is None or not self.mirror.is_file():
            for quad in self._store.quads_for_pattern(None, None, None, _DEFAULT_GRAPH):
                yield as_row(quad.subject, quad.predicate, quad.object)
            return
        for t in self._mirrored():
            yield as_row(t.subject, t.predicate, t.object)

    def value_triples(self) -> Iterator[tuple[str, ...]]:
        if self.mirror is None or not self.mirror.is_file():
            yield from self.rows()
            return
        for t in self._mirrored():
            yield t.subject.value, t.predicate.value, t.object.value

    def _mirrored(self) -> Iterator[ox.Triple]:
        """The mirror's triples, checked to be as many as the store holds."""
        count = 0
        try:
            for t in ox.parse(path=str(self.mirror), format=ox.RdfFormat.TURTLE):
                count += 1
                yield t
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


# A persistent store is built into a new version folder beside the folder users name, which becomes a
# link to it only once the output folder's build that describes it is current (build.json names the
# version): DIR -> .DIR.builds/20241231T120000-x1y2, so a reader opens the old store or the new one.
_VERSIONS = ".{}.builds"
# Where an older regkg built a store and set the replaced one aside (left there if it was killed).
_OLDER_LEFTOVERS = (".{}.building", ".{}.old")
# RocksDB's own lock and its diagnostic logs change without the data changing: not part of the digest.
_UNHASHED = ("LOCK", "LOG")


def new_store_version(home: str | Path) -> Path:
    """A new, empty folder for a store meant for ``home``: ``.NAME.builds/STAMP`` beside it."""
    home = Path(home)
    versions = home.with_name(_VERSIONS.format(home.name))
    try:
        versions.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=time.strftime("%Y%m%dT%H%M%S-"), dir=versions))
    except OSError as exc:
        raise StoreError(f"cannot write Oxigraph store {exc.filename or home}: {exc.strerror or exc}") from exc


def publish_store(home: str | Path, version: str | Path) -> None:
    """Make ``home`` a link to ``version`` (one rename) and remove its other versions, among them
    those a killed build left. A store folder an older regkg wrote in ``home`` (and its ``.NAME.old``
    and ``.NAME.building``) is removed too."""
    home, version = Path(home), Path(version)
    versions = home.with_name(_VERSIONS.format(home.name))
    try:
        if home.is_dir() and not home.is_symlink():
            os.replace(home, versions / ".older")
        temp = home.with_name(f".{home.name}.{os.getpid()}.tmp")
        temp.unlink(missing_ok=True)
        os.symlink(os.path.relpath(version, home.parent), temp)
        os.replace(temp, home)
        for entry in versions.iterdir():
            if entry.name != version.name:
                shutil.rmtree(entry, ignore_errors=True)
        for name in _OLDER_LEFTOVERS:  # what an older regkg's killed build left beside the store
            shutil.rmtree(home.with_name(name.format(home.name)), ignore_errors=True)
    except OSError as exc:
        raise StoreError(f"cannot link Oxigraph store {home}: {exc.strerror or exc}") from exc


def _hashed_files(folder: str | Path) -> list[Path]:
    return [path for path in sorted(Path(folder).iterdir()) if path.is_file() and not path.name.startswith(_UNHASHED)]


def store_bytes(folder: str | Path) -> int:
    """The total size of the files :func:`store_digest` hashes (a stat each)."""
    try:
        return sum(path.stat().st_size for path in _hashed_files(folder))
    except OSError as exc:
        raise StoreError(f"cannot read Oxigraph store {folder}: {exc.strerror or exc}") from exc


def store_digest(folder: str | Path) -> FileDigest:
    """SHA-256 over a store folder's files (names, sizes, bytes; sorted), and their total size: what
    build.json records, so a store damaged or swapped since is refused on load."""
    digest, total = hashlib.sha256(), 0
    try:
        for path in _hashed_files(folder):
            size = path.stat().st_size
            digest.update(f"{path.name}\0{size}\0".encode())
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            total += size
    except OSError as exc:
        raise StoreError(f"cannot read Oxigraph store {folder}: {exc.strerror or exc}") from exc
    return FileDigest(digest.hexdigest(), total)
