"""A build's edges on disk, not in memory: a scratch database (:mod:`regkg.graph.scratch`) the resolver
appends each edge to as it makes it (:mod:`regkg.graph.resolve`, :mod:`regkg.graph.inference`), read
back in the order they were made, as many times as the build needs.

An edge carries the sentence it was read in: at 1,000 generated gazettes the 256,000 edges with
their sentences were 110 MB of the 385 MB the resolved model held, the largest part of it that grows
with the corpus. Filed here, the build reads them as it writes their triples and evidence nodes
(:mod:`regkg.graph.build`) and as it checks the corpus (:mod:`regkg.graph.corpus_warnings`).

>>> from regkg.graph.model import Edge, Provenance
>>> edges = EdgeTable()
>>> edges.append(Edge("doc/a", "repeals", "doc/b", Provenance("a.txt", (3, 9), "同时废止…"), method="number"))
>>> edges.append(Edge("doc/a", "from", "2024-01-01", Provenance(), confidence=0.8))
>>> len(edges), [e.predicate for e in edges], [e.obj for e in edges.of("repeals")]
(2, ['repeals', 'from'], ['doc/b'])
>>> edges.append(Edge("doc/c", "cites", "doc/a", Provenance(), cue="根据"))  # more may come after a read
>>> list(edges)[2] == Edge("doc/c", "cites", "doc/a", Provenance(), cue="根据")
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from regkg.graph.model import Edge, Provenance
from regkg.graph.scratch import ScratchDatabase, span_columns, span_of

__all__ = ["EdgeTable"]

_SCHEMA = """
CREATE TABLE edge(subject TEXT, predicate TEXT, obj TEXT, source TEXT, span_start INTEGER, span_end INTEGER,
    text TEXT, method TEXT, confidence REAL, cue TEXT, cited_as TEXT);
"""
_INSERT = "INSERT INTO edge VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_COLUMNS = "subject, predicate, obj, source, span_start, span_end, text, method, confidence, cue, cited_as"


class EdgeTable(ScratchDatabase):
    """Edges in the order they were appended, appended to between reads (inference reads what
    resolution made, then adds its own)."""

    def __init__(self) -> None:
        super().__init__(_SCHEMA)  # no finishing: open for more between reads

    def append(self, edge: Edge) -> None:
        prov = edge.provenance
        self.put(_INSERT, (edge.subject, edge.predicate, edge.obj, prov.source, *span_columns(prov.span), prov.text,
                           edge.method, edge.confidence, edge.cue, edge.cited_as))

    def __len__(self) -> int:
        return self.sql("SELECT COUNT(*) FROM edge").fetchone()[0]

    def __iter__(self) -> Iterator[Edge]:
        return self._edges(f"SELECT {_COLUMNS} FROM edge ORDER BY rowid")

    def rows(self) -> Iterator[tuple]:
        """Every edge as its row (subject, predicate, object, source, span start and end, sentence, method,
        confidence, cue, cited title), in the order they were appended: what is read of each, once."""
        return iter(self.sql(f"SELECT {_COLUMNS} FROM edge ORDER BY rowid"))

    def of(self, predicate: str) -> Iterator[Edge]:
        """The edges of one predicate, in the order they were appended."""
        return self._edges(f"SELECT {_COLUMNS} FROM edge WHERE predicate = ? ORDER BY rowid", (predicate,))

    def update_targets(self, changed: Iterable[tuple[int, str, str, float]]) -> None:
        """Point edges elsewhere: (rowid, object, method, confidence) each (a title reference an update
        resolved again, :mod:`regkg.graph.resolve_update`)."""
        self.executemany("UPDATE edge SET obj = ?, method = ?, confidence = ? WHERE rowid = ?",
                         ((obj, method, confidence, rowid) for rowid, obj, method, confidence in changed))

    def _edges(self, query: str, parameters: tuple = ()) -> Iterator[Edge]:
        for s, p, o, source, start, end, text, method, confidence, cue, cited_as in self.sql(query, parameters):
            yield Edge(s, p, o, Provenance(source, span_of(start, end), text), method, confidence, cue, cited_as)
