"""Write a build's index (:mod:`regkg.graph.index`) from the view the build made.

The rows come from the same view the in-memory questions walk, and the precomputed answers (repeal
events, dangling spans, departments) from the very functions that answer them in memory, so the
index answers exactly as the view does (tests/test_index.py asks every question of both). Rows are
streamed into SQLite (executemany over generators); the B-tree indexes are made once at the end.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from regkg.graph import duties as _duties
from regkg.graph import lineage as _lineage
from regkg.graph import status as _status
from regkg.graph.index import (AGGREGATES, FACETS, INDEXES, LABEL_ORDER, LIST_SEPARATOR, OVERVIEW_COUNTS, SCHEMA,
                               SCHEMA_VERSION, IndexDigest, index_digest, pack)
from regkg.graph.duty_counts import ROLES
from regkg.graph.duty_table import DutyTable
from regkg.graph.evidence_table import EvidenceTable
from regkg.graph.memory_view import DUTY_CONFIDENCE, DUTY_METHOD, Evidence, View, duty_node
from regkg.graph.scratch import none_first, span_columns
from regkg.graph.text_index import BodySources, TextProcess, TextThread, connect, fold, text_index
from regkg.keys.pages import page_stems

if TYPE_CHECKING:
    from regkg.extract.models import Record

__all__ = ["write_index", "begin_text", "record_bodies", "EDGE_ROWS", "rank_edges"]

record_bodies = BodySources.of  # the bodies of a build's records, where its inputs print them


def _evidence_columns(e: Evidence) -> tuple:
    return e.source, *span_columns(e.span), e.text, e.method, e.confidence, e.cue, e.cited_as


def _evidence_rows(view: View) -> Iterator[tuple]:
    """Every evidence row in :func:`none_first` order, made one fact at a time: a fact (s, p, o) has
    no gaps, so facts in plain order, each with its few rows sorted, is that order, and no sort key of
    eleven pairs is held per row (~200 MB at 1,000 gazettes)."""
    for fact in sorted(view.evidence):
        rows = [(*fact, *_evidence_columns(e)) for e in view.evidence[fact]]
        rows.sort(key=none_first)
        yield from rows


def write_index(view: View, path: str | Path, *, status_as_of: str | None = None, triples: int | None = None,
                bodies: Iterable[tuple[str, str]] = (), duties: DutyTable | None = None,
                evidence: EvidenceTable | None = None, text: TextThread | TextProcess | None = None) -> IndexDigest:
    """Write the index of ``view`` to ``path`` (through a temporary file and ``os.replace``) and
    return its digest. ``triples``: how many the graph holds (build.json's count, checked against it
    on open); ``bodies``: (document IRI, body text) pairs for full-text search, or where a build's
    inputs print them (:class:`~regkg.graph.text_index.BodySources`: a large build's are read and indexed
    by a process of its own); ``duties`` and ``evidence``: the build's on disk (default: the view's; its
    duties are filed on disk first); ``text``: the full text's writer, begun earlier by :func:`begin_text`
    (then ``bodies`` is not read), closed here."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    if duties is None:  # a large build's view holds them on disk; a small one's are filed there now
        duties = view.duty_table if view.duty_table is not None else DutyTable.of(map(duty_node, view.duties))
    try:
        if text is None:
            text = text_index(view, bodies, path.parent, duties)  # begun first: it runs beside all the rest
        db = connect(tmp)
        try:
            db.executescript(SCHEMA)
            db.execute("BEGIN")  # one transaction for all rows (executescript commits before it runs)
            _fill(db, view, status_as_of, triples, duties, evidence)
            db.execute("COMMIT")
            _fill_duties(tmp, view, duties)  # by the duties' own database, into this file
            if evidence is not None:
                evidence.copy_index_rows(tmp, "evidence")
            text.copy_into(db, path)  # last of the rows: written beside all the rest
            db.executescript(INDEXES)
            db.executescript(AGGREGATES)  # the joins they count are the indexes' just made
            counts = {name: db.execute(query).fetchall() for name, query in OVERVIEW_COUNTS.items()}
            db.execute("INSERT INTO meta VALUES ('overview_counts', ?)", (json.dumps(counts, ensure_ascii=False),))
            db.execute("ANALYZE")
        finally:
            db.close()
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except sqlite3.OperationalError as exc:  # a full or failing disk, as the OSError every other write raises
        Path(tmp).unlink(missing_ok=True)
        code = errno.ENOSPC if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL else errno.EIO
        raise OSError(code, os.strerror(code), str(path)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if text is not None:
            text.close()
    return index_digest(path)


def begin_text(view: View, records: Iterable[Record], paths: Mapping[str, Path], folder: Path,
               duties: DutyTable) -> TextThread | TextProcess:
    """The full text of a build (the bodies of ``records`` where ``paths`` finds their inputs, and its
    ``duties``), begun now, writing into ``folder`` (on the output's disk): a large build's process
    (:func:`~regkg.graph.text_index.by_process`) then runs beside the build's steps before the index (the
    Turtle, the other files). At 1,000 generated gazettes it takes ~30 s, which the index's other rows, the only
    work beside it otherwise, did not fill: the index step took 44 s, now 28 s."""
    return text_index(view, record_bodies(view, records, paths), folder, duties)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fill(db: sqlite3.Connection, view: View, status_as_of: str | None, triples: int | None,
          duties: DutyTable, evidence: EvidenceTable | None) -> None:
    put = db.executemany
    docs = view.docs
    put("INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA_VERSION), ("status_as_of", status_as_of or ""),
                                           ("triples", "" if triples is None else str(triples)),
                                           ("documents", str(len(docs))),
                                           ("in_corpus", str(sum(d.in_corpus for d in docs.values()))),
                                           ("issuers", str(len({org for d in docs.values() for org in d.issuers}))),
                                           ("first_day", _status.first_day(view) or "")])
    repeal_from = _status._repeal_from_all(view)
    put("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((d.iri, d.number, d.title, pack(d.alt_titles), d.date, d.kind, d.jurisdiction, pack(d.issuers),
          int(d.in_corpus), int(d.unresolved), d.start, d.until, d.notice, pack(d.sources), repeal_from.get(d.iri))
         for d in docs.values()))
    # rows in sorted order: the view's dicts follow the hash order of their strings, which changes from
    # run to run, and SQLite's pages follow the order rows arrive in (same input, same bytes)
    # (keys sorted, then each one's rows: no list of a row per document is made for the sort)
    numbers, titles = view._by_number, view._by_title
    put("INSERT INTO numbers VALUES (?, ?)", ((k, numbers[k]) for k in sorted(numbers)))
    put("INSERT INTO titles VALUES (?, ?)", ((k, iri) for k in sorted(titles) for iri in sorted(set(titles[k]))))
    put("INSERT INTO pages VALUES (?, ?)", page_stems(sorted(docs)))  # streamed: no dict of every name is kept
    db.execute(EDGE_ROWS)
    put("INSERT INTO edge_rows VALUES (?, ?, ?)",
        ((name, s, o) for name in sorted(view.out) for s in sorted(view.out[name]) for o in sorted(view.out[name][s])))
    rank_edges(db)
    made = _lineage.chains(view)
    put("INSERT INTO editions VALUES (?, ?, ?, ?)", ((iri, *made.of[iri]) for iri in sorted(made.of)))
    put("INSERT INTO chain_steps VALUES (?, ?, ?, ?, ?)",
        ((chain, rank, *step) for chain, steps in enumerate(made.steps) for rank, step in enumerate(steps)))
    del made
    if evidence is None:  # a small build's, in its view; a large one's are copied from disk by SQL (write_index)
        put("INSERT INTO evidence(s, p, o, source, span_start, span_end, text, method, confidence, cue, cited_as) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)", _evidence_rows(view))
    put("INSERT INTO places VALUES (?, ?, ?, ?)", sorted((iri, *place) for iri, place in view.places.items()))
    put("INSERT INTO sources VALUES (?, ?)", sorted(view.sources.items()))
    put("INSERT INTO orgs VALUES (?, ?, ?, ?)",
        ((o.iri, o.name, pack(o.alt_labels), o.jurisdiction) for _, o in sorted(view.orgs.items())))
    put("INSERT INTO org_names VALUES (?, ?)",
        sorted((name, iri) for name, iris in _duties._orgs_by_name(view).items() for iri in iris))
    db.executemany("INSERT INTO departments VALUES (?,?,?,?,?,?,?)",
                   ((rank, d.name, d.iri, d.jurisdiction, pack(d.abbreviations), d.lead, d.support)
                    for rank, d in enumerate(_duties._departments(view, duties.role_counts()))))
    # what the report's matrix and the duties' network show, picked once from every duty
    matrix, network = _duties.duty_matrix(view), _duties.busiest_bodies(view)
    put("INSERT INTO meta VALUES (?, ?)", [
        ("duty_matrix", _json({"rows": matrix.rows, "columns": matrix.columns, "cells": matrix.cells,
                               "bodies": matrix.bodies, "documents": matrix.documents})),
        ("duty_network", _json({"nodes": network.nodes, "bodies": network.bodies, "kept": network.kept,
                                "max_nodes": network.max_nodes}))])
    put("INSERT INTO warnings VALUES (?,?,?,?,?,?,?,?,?)",
        ((rank, w.kind, w.message, w.source, *(w.span or (None, None)), pack(w.about), pack(w.about_iris), w.iri)
         for rank, w in enumerate(view.warnings)))
    # the answers' orders without their sentences (the evidence table has them), made for this and let go
    events = _status._unsaid_repeal_events(view)
    put("INSERT INTO repeal_events VALUES (?, ?, ?, ?, ?)",
        ((rank, day, r.iri, r.repealed_by_iri, r.effective) for day, (rank, r) in zip(events.whens, events.by_date)))
    del events
    put("INSERT INTO dangling_spans VALUES (?, ?, ?, ?, ?, ?)",
        ((rank, *span) for rank, span in enumerate(_status._dangling_order(_status._make_dangling_spans(view), view))))
    for facet, query in FACETS.items():
        put("INSERT INTO facets VALUES (?, ?, ?, ?, ?)",
            [(facet, rank, *choice) for rank, choice in enumerate(db.execute(query).fetchall())])


# The edges before they are ranked: made by the writer, filled, then taken (and dropped) by rank_edges.
EDGE_ROWS = "CREATE TEMP TABLE edge_rows(relation TEXT, s TEXT, o TEXT)"


def rank_edges(db: sqlite3.Connection) -> None:
    """Fill ``edges`` from the temporary table :data:`EDGE_ROWS` (relation, s, o), each edge with its subject's
    place among the documents in label order (:data:`~regkg.graph.index.LABEL_ORDER`): ranked by SQL,
    which sorts a national corpus's million documents on disk, not in this process."""
    db.execute("CREATE TEMP TABLE doc_rank(iri TEXT PRIMARY KEY, rank INTEGER) WITHOUT ROWID")
    db.execute(f"INSERT INTO doc_rank SELECT iri, row_number() OVER (ORDER BY {LABEL_ORDER}) - 1 FROM docs")
    db.execute("INSERT INTO edges SELECT e.relation, e.s, e.o, r.rank FROM edge_rows e "
               "LEFT JOIN doc_rank r ON r.iri = e.s ORDER BY 1, 2, 3")
    db.execute("DROP TABLE temp.doc_rank")
    db.execute("DROP TABLE temp.edge_rows")


def _fill_duties(path: str, view: View, table: DutyTable) -> None:
    """The duty tables of the index at ``path``, from the duties on disk: ordered, ranked, joined and
    written by SQL in the duties' own database, the index attached to it, so a national corpus's
    millions of duties never pass through Python (through it, 9 of the index's 31 s at 1,000
    gazettes). The view's own questions answer the same from :mod:`regkg.graph.duties`
    (tests/test_index.py asks both)."""
    # every (duty, role) ranked by the assigning document's label, task, role and place in the list:
    # the order duties(name) answers in
    for ddl in ("DROP TABLE IF EXISTS doc_label", "DROP TABLE IF EXISTS role_rank", "DROP TABLE IF EXISTS org_name",
                "CREATE TABLE doc_label(iri TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID",
                "CREATE TABLE role_rank(seq INTEGER, role TEXT, rank INTEGER, PRIMARY KEY(seq, role)) WITHOUT ROWID",
                "CREATE TABLE org_name(org TEXT, name TEXT, place TEXT, PRIMARY KEY(org, name)) WITHOUT ROWID"):
        table.sql(ddl)
    table.executemany("INSERT INTO doc_label VALUES (?, ?)", ((d.iri, d.label) for d in view.docs.values()))
    table.sql("INSERT INTO role_rank SELECT r.seq, r.role, row_number() OVER (ORDER BY l.label, o.task, r.role, r.seq) - 1 "
              "FROM (SELECT DISTINCT seq, role FROM role) r JOIN ordered o USING (seq) JOIN doc_label l ON l.iri = o.by_doc")
    orgs = [org for (org,) in table.sql("SELECT DISTINCT org FROM role")]
    table.executemany("INSERT INTO org_name VALUES (?, ?, ?)",
                      ((org, name, view.place_name(view.orgs[org].jurisdiction) or "") for org in orgs
                       for name in {fold(n) for n in (view.orgs[org].name, *view.orgs[org].alt_labels)}))
    with table.attached(path, "ix") as run:
        # the rows as duty_view(DutyNode) would give them: a duty's bodies of each role packed in the
        # order of the role table's key (seq, role, org), which the grouping walks
        run(f"""INSERT INTO ix.duties SELECT o.seq, o.iri, o.task, o.by_doc, coalesce(b.lead, ''),
                      coalesce(b.support, ''), o.source, o.span_start, o.span_end, o.text, ?, ?, NULL, NULL
                      FROM ordered o LEFT JOIN (SELECT seq, group_concat(iif(role = '{ROLES[0]}', org, NULL), ?) AS lead,
                      group_concat(iif(role = '{ROLES[1]}', org, NULL), ?) AS support FROM role GROUP BY seq) b
                      USING (seq) ORDER BY o.seq""", (DUTY_METHOD, DUTY_CONFIDENCE, LIST_SEPARATOR, LIST_SEPARATOR))
        run("INSERT INTO ix.duty_ranks SELECT rank, seq, role FROM role_rank ORDER BY rank")
        run("INSERT INTO ix.duty_names SELECT n.name, n.place, k.rank, r.org FROM role r "
            "JOIN role_rank k USING (seq, role) JOIN org_name n ON n.org = r.org ORDER BY 1, 2, 3, 4")
