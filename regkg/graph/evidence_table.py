"""The evidence of a build's relations on disk, not in memory: each ``regkg:Evidence`` node (the fact it
supports, where it was read, how it was resolved) filed in a scratch database (:mod:`regkg.graph.scratch`)
by :func:`regkg.graph.build.evidence_table`, and given back by IRI for graph.ttl
(:func:`regkg.graph.build.evidence_rows`), by fact for the view's questions (:class:`FactEvidence`) and
in the index's order into the index (:meth:`EvidenceTable.copy_index_rows`).

Evidence nodes are most of what a large build holds once its duties are on disk
(:mod:`regkg.graph.duty_table`): ten triples for every edge, 2.6 M of the 3.6 M left at 1,000 gazettes.

>>> table = EvidenceTable()
>>> table.add(EvidenceNode("ev/2", "doc/a", "eli:cites", "doc/b", "", "a.txt", (3, 9), "依据…", "number", "1", None, None))
>>> table.add(EvidenceNode("ev/1", "doc/a", "eli:cites", "doc/b", "", "a.txt", None, None, "title", "0.9", None, "乙"))
>>> [(e.method, e.confidence, e.span) for e in FactEvidence(table)[("doc/a", "eli:cites", "doc/b")]]  # no span first
[('title', 0.9, None), ('number', 1.0, (3, 9))]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from regkg.graph.memory_view import Evidence
from regkg.graph.scratch import ScratchDatabase, in_list, json_list, span_columns, span_of

__all__ = ["EvidenceNode", "EvidenceTable", "FactEvidence"]

_COLUMNS = "iri, s, p, o, kind, source, span_start, span_end, text, method, confidence, cue, cited_as"
_SCHEMA = """
CREATE TABLE evidence(iri TEXT, s TEXT, p TEXT, o TEXT, kind TEXT, source TEXT, span_start INTEGER, span_end INTEGER,
    text TEXT, method TEXT, confidence TEXT, cue TEXT, cited_as TEXT);
"""
# Two edges can be one node: an IRI names the fact, file, span, sentence and method, and one sentence may
# cite a rule and amend it (「删去第八条」: a cue the citation has not). In RDF the node then has the
# rows of both; the view reads the least of each value, as ``node`` holds it.
_FINISH = """
CREATE INDEX evidence_iri ON evidence(iri);
CREATE TABLE node AS SELECT iri, s, p, o, kind, source, span_start, span_end, text, method, MIN(confidence) AS confidence,
    MIN(cue) AS cue, MIN(cited_as) AS cited_as FROM evidence GROUP BY iri;
CREATE INDEX node_fact ON node(s, p, o);
"""
_INSERT = f"INSERT INTO evidence({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
# The view's order of a fact's evidence (regkg.graph.memory_view.View._read), gaps as the view fills them.
_VIEW_ORDER = ("coalesce(source, ''), coalesce(span_start, 0), coalesce(span_end, 0), coalesce(text, ''), method, "
               "coalesce(cue, ''), coalesce(cited_as, ''), CAST(confidence AS REAL)")
# Evidence.of_columns's columns; the confidence, stored as its xsd:decimal text, read as the number
_EVIDENCE = "source, span_start, span_end, text, method, CAST(confidence AS REAL), cue, cited_as"


@dataclass(frozen=True, slots=True)
class EvidenceNode:
    """One ``regkg:Evidence`` node: the fact (subject, predicate IRI, object and its kind, as rows
    hold them), where it was read, and how; ``confidence`` as its canonical xsd:decimal text."""

    iri: str
    s: str
    p: str
    o: str
    kind: str
    source: str | None
    span: tuple[int, int] | None
    text: str | None
    method: str
    confidence: str
    cue: str | None
    cited_as: str | None


class EvidenceTable(ScratchDatabase):
    """Evidence nodes as the edges give them; read as nodes, each once by IRI."""

    def __init__(self) -> None:
        super().__init__(_SCHEMA, _FINISH)

    def add(self, node: EvidenceNode) -> None:
        self.add_row((node.iri, node.s, node.p, node.o, node.kind, node.source, *span_columns(node.span), node.text,
                      node.method, node.confidence, node.cue, node.cited_as))

    def add_row(self, row: tuple) -> None:
        """A node as its row: IRI, subject, predicate, object, kind, source, span start and end, sentence,
        method, confidence, cue, cited title."""
        self.put(_INSERT, row)

    def __len__(self) -> int:
        return self.sql("SELECT COUNT(*) FROM node").fetchone()[0]

    def by_iri(self, among: Iterable[str] | None = None) -> Iterator[list[EvidenceNode]]:
        """Every node (or those of the IRIs ``among``) by IRI, as the edges that gave it (one, or a few)."""
        rows = self.sql(f"SELECT {_COLUMNS} FROM evidence ORDER BY iri") if among is None else \
            self.sql(f"SELECT {_COLUMNS} FROM evidence WHERE {in_list('iri')} ORDER BY iri",
                     (json_list(among),))
        for _, given in groupby(rows, key=itemgetter(0)):
            yield [EvidenceNode(iri, s, p, o, kind, source, span_of(start, end), text, method, confidence, cue, cited_as)
                   for (iri, s, p, o, kind, source, start, end, text, method, confidence, cue, cited_as) in given]

    def iris(self) -> Iterator[str]:
        """Every node's IRI, in order."""
        return (iri for (iri,) in self.sql("SELECT DISTINCT iri FROM evidence ORDER BY iri"))

    def changed_from(self, index: str | Path) -> set[str]:
        """The IRIs of the nodes the index of an earlier build (``index``, :mod:`regkg.graph.index`) does not
        hold as they are now (new, or another value), and of those made of edges whose confidences, cues or
        cited titles differ: the index holds the least of each (:data:`_FINISH`), the Turtle all of them."""
        with self.attached(index, "ix") as run:
            changed = {iri for (iri,) in run(
                "SELECT n.iri FROM node n WHERE NOT EXISTS (SELECT 1 FROM ix.evidence e WHERE e.s = n.s AND e.p = n.p "
                "AND e.o = n.o AND e.source IS n.source AND e.span_start IS n.span_start AND e.span_end IS n.span_end "
                "AND e.text IS n.text AND e.method IS n.method AND e.confidence IS CAST(n.confidence AS REAL) "
                "AND e.cue IS n.cue AND e.cited_as IS n.cited_as)")}
        return changed | {iri for (iri,) in self.sql(
            "SELECT iri FROM evidence GROUP BY iri HAVING COUNT(DISTINCT confidence) > 1 OR COUNT(DISTINCT cue) > 1 "
            "OR COUNT(DISTINCT cited_as) > 1")}

    def copy_index_rows(self, path: str | Path, table: str) -> None:
        """The index's evidence rows (s, p, o, source, span, text, method, confidence, cue, cited as) into
        ``table`` of the database at ``path``, by SQL, by fact then column, a gap before any value: the
        order :func:`regkg.graph.index_write._evidence_rows` gives a view's. Through Python, 4 s of the
        index at 1,000 gazettes."""
        with self.attached(path, "ix") as run:
            run(f"INSERT INTO ix.{table}(s, p, o, source, span_start, span_end, text, method, confidence, cue, cited_as) "
                f"SELECT s, p, o, {_EVIDENCE} FROM node ORDER BY s, p, o, source, span_start, span_end, text, method, "
                "CAST(confidence AS REAL), cue, cited_as")


class FactEvidence(Mapping):
    """(subject, predicate, object) -> its evidence in the view's order, read from the table as asked:
    what :attr:`regkg.graph.memory_view.View.evidence` is when a large build's evidence is on disk."""

    def __init__(self, table: EvidenceTable) -> None:
        self.table = table

    def get(self, fact, default=None):
        found = self._of(fact)
        return found if found else default

    def __getitem__(self, fact) -> list[Evidence]:
        found = self._of(fact)
        if not found:
            raise KeyError(fact)
        return found

    def _of(self, fact) -> list[Evidence]:
        return [Evidence.of_columns(row) for row in self.table.sql(
            f"SELECT {_EVIDENCE} FROM node WHERE s = ? AND p = ? AND o = ? ORDER BY {_VIEW_ORDER}", fact)]

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return iter(self.table.sql("SELECT DISTINCT s, p, o FROM node ORDER BY s, p, o"))

    def __len__(self) -> int:
        return self.table.sql("SELECT COUNT(*) FROM (SELECT DISTINCT s, p, o FROM node)").fetchone()[0]

    def items(self) -> Iterator[tuple[tuple[str, str, str], list[Evidence]]]:  # type: ignore[override]
        """Every fact with its evidence, in one pass over the table."""
        rows = self.table.sql(f"SELECT s, p, o, {_EVIDENCE} FROM node ORDER BY s, p, o, {_VIEW_ORDER}")
        for fact, group in groupby(rows, key=itemgetter(0, 1, 2)):
            yield fact, [Evidence.of_columns(row[3:]) for row in group]

    def values(self) -> Iterator[list[Evidence]]:  # type: ignore[override]
        return (found for _, found in self.items())
