"""Write a build's index (:mod:`regkg.graph.index`) from the view the build made.

The rows come from the same view the in-memory questions walk, and the precomputed answers (repeal
events, dangling spans, departments) from the very functions that answer them in memory, so the
index answers exactly as the view does (tests/test_index.py asks every question of both). Rows are
streamed into SQLite (executemany over generators); the B-tree indexes are made once at the end.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain, islice
from pathlib import Path

from regkg.extract.models import Record
from regkg.graph import duties as _duties
from regkg.graph import status as _status
from regkg.graph.index import FACETS, INDEXES, SCHEMA, SCHEMA_TEXT, SCHEMA_VERSION, IndexDigest, index_digest, pack
from regkg.graph.duty_table import DutyTable
from regkg.graph.evidence_table import EvidenceTable
from regkg.graph.memory_view import DUTY_CONFIDENCE, DUTY_METHOD, Evidence, View, duty_node
from regkg.graph.record_file import RecordFile
from regkg.graph.scratch import SORT_THREADS, span_columns, span_of

__all__ = ["write_index", "record_bodies"]

_BATCH = 10_000  # full-text rows written at a time
_CACHE_KIB = 20_000  # SQLite's page cache while writing: 200 MB wrote a 1 GB index no faster (17 s) and held 70 MB more

def _evidence_columns(e: Evidence) -> tuple:
    return e.source, *span_columns(e.span), e.text, e.method, e.confidence, e.cue, e.cited_as


def _none_first(row: tuple) -> tuple:
    """A sort key for rows with gaps (None sorts before any value of its column)."""
    return tuple((value is not None, value if value is not None else 0) for value in row)


def _evidence_rows(view: View) -> Iterator[tuple]:
    """Every evidence row in :func:`_none_first` order, made one fact at a time: a fact (s, p, o) has
    no gaps, so facts in plain order, each with its few rows sorted, is that order, and no sort key of
    eleven pairs is held per row (~200 MB at 1,000 gazettes)."""
    for fact in sorted(view.evidence):
        rows = [(*fact, *_evidence_columns(e)) for e in view.evidence[fact]]
        rows.sort(key=_none_first)
        yield from rows


def write_index(view: View, path: str | Path, *, status_as_of: str | None = None, triples: int | None = None,
                bodies: Iterable[tuple[str, str]] = (), duties: DutyTable | None = None,
                evidence: EvidenceTable | None = None) -> IndexDigest:
    """Write the index of ``view`` to ``path`` (through a temporary file and ``os.replace``) and
    return its digest. ``triples``: how many the graph holds (build.json's count, checked against it
    on open); ``bodies``: (document IRI, body text) pairs for full-text search; ``duties`` and
    ``evidence``: the build's on disk (default: the view's; its duties are filed on disk first)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    text = _TextIndex(view, bodies)  # begun first: it runs beside all the rest
    try:
        db = _connect(tmp)
        try:
            db.executescript(SCHEMA)
            db.execute("BEGIN")  # one transaction for all rows (executescript commits before it runs)
            _fill(db, view, status_as_of, triples, duties, evidence, text)
            db.execute("COMMIT")
            db.executescript(INDEXES)
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
        text.close()
    return index_digest(path)


def _connect(path: str) -> sqlite3.Connection:
    """A connection writing a database made fresh and, if a file, replaced whole: no journal, no
    fsync until the end (``""``: SQLite's private temporary file, deleted when closed)."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{_CACHE_KIB}; "
                     f"PRAGMA threads={SORT_THREADS};")
    return db


class _TextIndex:
    """The full-text index of the documents' titles and bodies, written by a thread into SQLite's
    private temporary file (gone with the connection, or the process) while the rest of the build goes
    on, then copied into the index (:meth:`copy_into`).

    Why a thread: trigram tokenising is a third of the index's time (15 s of 50 at 1,000 gazettes) and
    SQLite does it without Python's lock, on the core the build leaves idle once extraction ends. (Begun
    earlier, beside the Turtle, it slowed that by as much as it saved: the Turtle is all Python, and the
    thread's reading of the bodies takes the lock too.) The copy is made at one fixed point, so the
    index's bytes are the same whichever thread runs ahead."""

    _TABLES = ("doc_rows", "doc_text_data", "doc_text_idx", "doc_text_docsize", "doc_text_config")

    def __init__(self, view: View, bodies: Iterable[tuple[str, str]]) -> None:
        self._db: sqlite3.Connection | None = None
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, args=(view, bodies), name="regkg-text-index", daemon=True)
        self._thread.start()

    def _write(self, view: View, bodies: Iterable[tuple[str, str]]) -> None:
        try:
            self._db = db = _connect("")
            db.executescript(SCHEMA_TEXT)
            db.execute("BEGIN")
            _fill_text(db, view, bodies, self._stop)
            db.execute("COMMIT")
        except BaseException as exc:  # raised again in the thread that copies
            self._error = exc

    def copy_into(self, db: sqlite3.Connection) -> None:
        """Wait for the text index, then copy its tables into ``db``: the virtual table's own rows (its
        version, its averages) are the copy's."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._db is not None
        for table in self._TABLES:
            rows = self._db.execute(f"SELECT * FROM {table}")
            db.execute(f"DELETE FROM {table}")
            db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows.description))})", rows)

    def close(self) -> None:
        """Stop the thread if it still runs (the index failed) and let its file go."""
        self._stop.set()
        self._thread.join()
        if self._db is not None:
            self._db.close()
            self._db = None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fill(db: sqlite3.Connection, view: View, status_as_of: str | None, triples: int | None,
          duties: DutyTable | None, evidence: EvidenceTable | None, text: _TextIndex) -> None:
    put = db.executemany
    docs = view.docs
    put("INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA_VERSION), ("status_as_of", status_as_of or ""),
                                           ("triples", "" if triples is None else str(triples)),
                                           ("documents", str(len(docs))),
                                           ("in_corpus", str(sum(d.in_corpus for d in docs.values())))])
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
    put("INSERT INTO edges VALUES (?, ?, ?)",
        ((name, s, o) for name in sorted(view.out) for s in sorted(view.out[name]) for o in sorted(view.out[name][s])))
    put("INSERT INTO evidence(s, p, o, source, span_start, span_end, text, method, confidence, cue, cited_as) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)", evidence.index_rows() if evidence is not None else _evidence_rows(view))
    put("INSERT INTO places VALUES (?, ?, ?, ?)", sorted((iri, *place) for iri, place in view.places.items()))
    put("INSERT INTO sources VALUES (?, ?)", sorted(view.sources.items()))
    put("INSERT INTO orgs VALUES (?, ?, ?, ?)",
        ((o.iri, o.name, pack(o.alt_labels), o.jurisdiction) for _, o in sorted(view.orgs.items())))
    put("INSERT INTO org_names VALUES (?, ?)",
        sorted((name, iri) for name, iris in _duties._orgs_by_name(view).items() for iri in iris))
    duties = duties if duties is not None else view.duty_table  # a large build's view: on disk
    _fill_duties(db, view, duties if duties is not None else DutyTable.of(map(duty_node, view.duties)))
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
    text.copy_into(db)
    for facet, query in FACETS.items():
        put("INSERT INTO facets VALUES (?, ?, ?, ?, ?)",
            [(facet, rank, *choice) for rank, choice in enumerate(db.execute(query).fetchall())])


def _fill_duties(db: sqlite3.Connection, view: View, table: DutyTable) -> None:
    """The duty tables, from the duties on disk: ordered, ranked and joined by SQL there, so a national
    corpus's millions of duties are never held (the view's own questions answer the same from
    :mod:`regkg.graph.duties`; tests/test_index.py asks both)."""
    # the rows as duty_view(DutyNode) would give them, no object made
    db.executemany("INSERT INTO duties VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   ((seq, iri, task, by, pack(lead), pack(support), source, *span_columns(span_of(start, end)), text,
                     DUTY_METHOD, DUTY_CONFIDENCE, None, None)
                    for (seq, task, by, source, start, end, text, iri), lead, support in table.rows_in_order()))
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
    db.executemany("INSERT INTO duty_ranks VALUES (?, ?, ?)", table.sql("SELECT rank, seq, role FROM role_rank ORDER BY rank"))
    orgs = [org for (org,) in table.sql("SELECT DISTINCT org FROM role")]
    table.executemany("INSERT INTO org_name VALUES (?, ?, ?)",
                      ((org, name, view.place_name(view.orgs[org].jurisdiction) or "") for org in orgs
                       for name in {_duties._fold(n) for n in (view.orgs[org].name, *view.orgs[org].alt_labels)}))
    db.executemany("INSERT INTO duty_names VALUES (?, ?, ?, ?)", table.sql(
        "SELECT n.name, n.place, k.rank, r.org FROM role r JOIN role_rank k USING (seq, role) "
        "JOIN org_name n ON n.org = r.org ORDER BY 1, 2, 3, 4"))
    db.executemany("INSERT INTO duty_text(rowid, task, text) VALUES (?, ?, ?)",
                   ((seq, _duties._fold(task), _duties._fold(text or ""))
                    for seq, task, text in table.sql("SELECT seq, task, text FROM ordered ORDER BY seq")))
    db.executemany("INSERT INTO departments VALUES (?,?,?,?,?,?,?)",
                   ((rank, d.name, d.iri, d.jurisdiction, pack(d.abbreviations), d.lead, d.support)
                    for rank, d in enumerate(_duties._departments(view, table.role_counts()))))


def _fill_text(db: sqlite3.Connection, view: View, bodies: Iterable[tuple[str, str]], stop: threading.Event) -> None:
    """One full-text row per document's titles, then one per body as the records give them (bodies
    are streamed, never held: a national corpus's are gigabytes); doc_rows names each row's document."""
    titles = ((iri, "\n".join(t for t in (d.title, *d.alt_titles) if t), "") for iri, d in view.docs.items())
    rows = enumerate(chain(titles, ((iri, "", body) for iri, body in bodies)), start=1)
    while not stop.is_set() and (batch := list(islice(rows, _BATCH))):
        db.executemany("INSERT INTO doc_rows VALUES (?, ?)", ((rowid, iri) for rowid, (iri, _, _) in batch))
        db.executemany("INSERT INTO doc_text(rowid, title, body) VALUES (?, ?, ?)",
                       ((rowid, title, body) for rowid, (_, title, body) in batch))


def record_bodies(view: View, records: Iterable[Record], paths: Mapping[str, Path]) -> Iterator[tuple[str, str]]:
    """(document IRI, body) of every document of ``records`` whose input is in ``paths`` (file name ->
    path): the input read again as the extractor read it, cut at the document's span. A file that no
    longer reads gives no bodies (its titles are still searched)."""
    from regkg.errors import InputError, RegkgError
    from regkg.extract.read import read_input  # the extractor's reader: spans count its characters

    for record in records.without_duties() if isinstance(records, RecordFile) else records:
        path = paths.get(record.source)
        if path is None:
            continue
        try:
            text = read_input(path).text
        except (InputError, OSError):
            continue
        for doc in record.documents:
            try:
                found = view.find(doc.doc_number or doc.title)
            except RegkgError:
                continue
            if doc.span:
                yield found.iri, text[doc.span[0]:doc.span[1]]
