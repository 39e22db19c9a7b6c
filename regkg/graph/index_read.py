"""The read side over a build's index (:mod:`regkg.graph.index`): :class:`IndexView` has the view's
interface (``docs``, ``out``, ``into``, ``evidence``, ``find``, ``evidence_for`` …) with every
mapping a look-up in SQLite made when asked, so opening it costs a file open (milliseconds at any
size) and a question reads only the rows of its answer. The question functions (status, lineage,
duties) run on it unchanged, and where they would walk the whole graph (repealed, dangling, duties
of a department, owners of a task, departments) they ask it for the precomputed rows instead.

The file is opened read-only and ``immutable`` (a build never changes its index; the next build
writes a new one in a new folder), so SQLite takes no locks.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Callable, TypeVar
from urllib.parse import quote

from regkg.errors import DocumentNotFound, StoreError
from regkg.graph.duties import BusiestBodies, DutyMatrix
from regkg.graph.duty_counts import DutyCountsSQL
from regkg.graph.index import LIST_SEPARATOR, SCHEMA_VERSION, unpack
from regkg.graph.memory_view import Doc, DutyView, Evidence, GraphWarning, Org
from regkg.graph.scratch import in_list, sqlite_temporary_folder
from regkg.graph.text_index import fold, phrase
from regkg.keys.chars import printed_forms, search_form
from regkg.keys.numbers import number_key
from regkg.keys.titles import title_key

__all__ = ["IndexView", "DutiesOf"]

T = TypeVar("T")

# Documents kept as objects between questions, at most (a server answering for hours would otherwise
# end up holding every document it was ever asked about).
_CACHED_DOCS = 100_000

_DOC_COLUMNS = ("iri, number, title, alt_titles, date, kind, jurisdiction, issuers, in_corpus, unresolved, start, "
                "until, notice, sources")
_EVIDENCE_COLUMNS = "source, span_start, span_end, text, method, confidence, cue, cited_as"
_DUTY_COLUMNS = f"seq, iri, task, by_doc, lead, support, {_EVIDENCE_COLUMNS}"


def _doc(row: tuple) -> Doc:
    (iri, number, title, alt_titles, date, kind, jurisdiction, issuers, in_corpus, unresolved, start, until, notice,
     sources) = row
    return Doc(iri, number, title, unpack(alt_titles), date, kind, jurisdiction, unpack(issuers), bool(in_corpus),
               bool(unresolved), start, until, notice, unpack(sources))


_DUTIES_OF = f"SELECT {_DUTY_COLUMNS} FROM duties WHERE by_doc = ? ORDER BY seq"

# The duties whose folded task or sentence holds ?2: found by the trigram index (?1, the phrase quoted) and
# then tested exactly (the tokenizer folds ASCII case), or, under three characters, which it cannot index,
# by a scan.
_TRIGRAM_HIT = "SELECT rowid AS seq FROM duty_text WHERE duty_text MATCH ?1 AND (instr(task, ?2) OR instr(text, ?2))"
_SCAN_HIT = "SELECT rowid AS seq FROM duty_text WHERE instr(task, ?2) OR instr(text, ?2)"
# Their owners in regkg.graph.duties.owner_order (lead before support, then department, task, document
# label, span, place, source, sentence), each once: a duty's packed bodies (``lead``, ``support``) split by
# a recursive step, one body a row; in place ?3 (NULL: anywhere); page ?4 (-1: all) from ?5.
_SEP = f"char({ord(LIST_SEPARATOR)})"
_OWNERS = f"""WITH RECURSIVE hit(seq) AS ({{hit}}),
part(seq, role, rest) AS (SELECT seq, 'lead', lead FROM duties JOIN hit USING (seq)
                          UNION ALL SELECT seq, 'support', support FROM duties JOIN hit USING (seq)),
member(seq, role, org, rest) AS (SELECT seq, role, NULL, rest || {_SEP} FROM part WHERE rest != ''
    UNION ALL SELECT seq, role, substr(rest, 1, instr(rest, {_SEP}) - 1), substr(rest, instr(rest, {_SEP}) + 1)
    FROM member WHERE rest != '')
SELECT DISTINCT coalesce(o.name, m.org), p.name, m.role, d.task, coalesce(nullif(x.number, ''), nullif(x.title, ''),
    d.by_doc) AS label, d.{_EVIDENCE_COLUMNS.replace(", ", ", d.")}
FROM member m JOIN duties d USING (seq) LEFT JOIN orgs o ON o.iri = m.org LEFT JOIN places p ON p.iri = o.jurisdiction
    LEFT JOIN docs x ON x.iri = d.by_doc
WHERE m.org IS NOT NULL AND (?3 IS NULL OR p.name = ?3)
ORDER BY m.role != 'lead', 1, d.task, label, iif(d.span_end IS NULL, 0, d.span_start), iif(d.span_start IS NULL, 0,
    d.span_end), coalesce(p.name, ''), coalesce(d.source, ''), coalesce(d.text, '')
LIMIT ?4 OFFSET ?5"""


def _open(path: Path) -> sqlite3.Connection:
    """A connection reading the index at ``path``; any thread may use it."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


class DutiesOf:
    """The duties each document assigns (:meth:`IndexView.duties_of`), read from the index at ``path`` a
    document at a time by whichever process asks, each opening the file for itself: a build's page
    workers are forked, and a SQLite connection must not cross a fork. What a build's pages read their
    duties from, where its view holds them on disk (450,000 read whole were 500 MB at 1,000 gazettes)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        self._pid = 0

    def __call__(self, iri: str) -> list[DutyView]:
        if self._pid != os.getpid():
            self._db, self._pid = _open(self.path), os.getpid()
        assert self._db is not None
        return [_duty(row) for row in self._db.execute(_DUTIES_OF, (iri,))]


def _duty(row: tuple) -> DutyView:
    _, iri, task, by, lead, support, *evidence = row
    return DutyView(iri, task, by, unpack(lead), unpack(support), Evidence.of_columns(tuple(evidence)))


class _Table(Mapping):
    """A read-only mapping whose items are rows of ``table`` keyed by its ``iri`` (the first of ``columns``), looked up
    one key at a time or a page of keys at once."""

    def __init__(self, view: IndexView, table: str, columns: str, make: Callable[[tuple], Any]) -> None:
        self._view, self._make = view, make
        select = f"SELECT {columns} FROM {table}"
        self._one, self._many = f"{select} WHERE iri = ?", f"{select} WHERE {in_list('iri')}"
        self._every, self._count = f"{select} ORDER BY iri", f"SELECT COUNT(*) FROM {table}"
        self._cache: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        found = self._cache.get(key)
        if found is None:
            row = self._view.sql(self._one, (key,)).fetchone()
            if row is None:
                raise KeyError(key)
            if len(self._cache) >= _CACHED_DOCS:
                self._cache.clear()
            found = self._cache[key] = self._make(row)
        return found

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._view.sql(self._every))

    def __len__(self) -> int:
        return self._view.sql(self._count).fetchone()[0]

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the rows of ``keys`` not yet read in one query (a level of a walk, a page of answers)."""
        wanted = sorted({key for key in keys if key not in self._cache})
        if not wanted:
            return
        if len(self._cache) + len(wanted) >= _CACHED_DOCS:
            self._cache.clear()
        for row in self._view.sql(self._many, (json.dumps(wanted),)):
            self._cache[row[0]] = self._make(row)

    def values(self):  # one pass over the table, not a look-up per key
        return (self._make(row) for row in self._view.sql(self._every))

    def items(self):
        return ((row[0], self._make(row)) for row in self._view.sql(self._every))


class _Edges(Mapping):
    """subject -> its objects (``out``) or object -> its subjects (``into``) through one relation,
    sorted as the view sorts them."""

    def __init__(self, view: IndexView, relation: str, forward: bool) -> None:
        self._view, self._relation = view, relation
        near, far = ("s", "o") if forward else ("o", "s")
        self._one = f"SELECT {far} FROM edges WHERE relation = ? AND {near} = ? ORDER BY {far}"
        self._every = f"SELECT {near}, {far} FROM edges WHERE relation = ? ORDER BY {near}, {far}"
        self._count = f"SELECT COUNT(DISTINCT {near}) FROM edges WHERE relation = ?"
        self._how_many = f"SELECT COUNT(*) FROM edges WHERE relation = ? AND {near} = ?"

    def get(self, key: str, default: Any = None) -> Any:
        found = [row[0] for row in self._view.sql(self._one, (self._relation, key))]
        return found if found else default

    def first(self, key: str, limit: int) -> tuple[list[str], int]:
        """The first ``limit`` of ``key``'s documents (in :meth:`get`'s order) and how many it has."""
        found = [row[0] for row in self._view.sql(f"{self._one} LIMIT ?", (self._relation, key, limit))]
        if len(found) < limit:
            return found, len(found)
        return found, self._view.sql(self._how_many, (self._relation, key)).fetchone()[0]

    def __getitem__(self, key: str) -> list[str]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.items())

    def __len__(self) -> int:
        return self._view.sql(self._count, (self._relation,)).fetchone()[0]

    def items(self):
        key, found = None, []
        for near, far in self._view.sql(self._every, (self._relation,)):
            if near != key and found:
                yield key, found
                found = []
            key = near
            found.append(far)
        if found:
            yield key, found

    def values(self):
        return (found for _, found in self.items())


class _Relations(Mapping):
    """relation name -> :class:`_Edges`, for the relations the graph holds."""

    def __init__(self, view: IndexView, forward: bool) -> None:
        self._view, self._forward = view, forward
        self._edges: dict[str, _Edges] = {}

    def __getitem__(self, relation: str) -> _Edges:
        if relation not in self._edges:
            self._edges[relation] = _Edges(self._view, relation, self._forward)
        return self._edges[relation]

    def __iter__(self) -> Iterator[str]:
        return iter(self._view.relations)

    def __len__(self) -> int:
        return len(self._view.relations)


class _EvidenceMap(Mapping):
    """(subject, predicate, object) -> its evidence, in the view's order."""

    _ONE = f"SELECT {_EVIDENCE_COLUMNS} FROM evidence WHERE s = ? AND p = ? AND o = ? ORDER BY id"

    def __init__(self, view: IndexView) -> None:
        self._view = view

    def get(self, fact: tuple[str, str, str], default: Any = None) -> Any:
        found = [Evidence.of_columns(row) for row in self._view.sql(self._ONE, fact)]
        return found if found else default

    def __getitem__(self, fact: tuple[str, str, str]) -> list[Evidence]:
        found = self.get(fact)
        if found is None:
            raise KeyError(fact)
        return found

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return iter(self._view.sql("SELECT DISTINCT s, p, o FROM evidence ORDER BY s, p, o"))

    def __len__(self) -> int:
        return self._view.sql("SELECT COUNT(*) FROM (SELECT DISTINCT s, p, o FROM evidence)").fetchone()[0]


def _damaged(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        # the index is read-only: what filled is the temporary file of a sort too large for the cache
        # (the owners of a common word), not the index
        folder, variable = sqlite_temporary_folder()
        return StoreError(f"{folder}: no room to sort an answer from {path} ({exc}); set {variable} to a folder "
                          "with room, or ask for fewer (a longer phrase, --jurisdiction)")
    return StoreError(f"{path} is damaged ({exc}): rebuild with `regkg build`")


class _DutyCounts(DutyCountsSQL):
    """An index's duties counted by SQL: every (duty, role, body) once, from the ranks the duties' pages are
    read in (duty_names holds a row for each name a body goes by), and each duty's document."""

    ROLE = "(SELECT DISTINCT k.seq AS seq, k.role AS role, n.org AS org FROM duty_names n JOIN duty_ranks k ON k.rank = n.rank)"
    ORDERED = "duties"

    def __init__(self, view: IndexView) -> None:
        self._view = view

    def sql(self, query: str, parameters: tuple = ()) -> _Rows:
        return self._view.sql(query, parameters)


class _Rows:
    """A query's rows as its cursor gives them, a failure to read them (a page of the file damaged since the
    build: opening checks its size and header, not every page of a file that may be 22 GB) being the one-line
    error naming the file, not a traceback."""

    __slots__ = ("_cursor", "_path")

    def __init__(self, cursor: sqlite3.Cursor, path: Path) -> None:
        self._cursor, self._path = cursor, path

    def __iter__(self) -> _Rows:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._cursor)
        except sqlite3.DatabaseError as exc:
            raise _damaged(self._path, exc) from None

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except sqlite3.DatabaseError as exc:
            raise _damaged(self._path, exc) from None

    def fetchall(self) -> list[Any]:
        try:
            return self._cursor.fetchall()
        except sqlite3.DatabaseError as exc:
            raise _damaged(self._path, exc) from None


class _PageNames(_Table):
    """The index's page names (:meth:`IndexView.page_names`), looked up either way."""

    def iri_of(self, stem: str) -> str | None:
        row = self._view.sql("SELECT iri FROM pages WHERE stem = ?", (stem,)).fetchone()
        return row[0] if row else None


class IndexView:
    """The view of a build, read from its index file as questions ask."""

    indexed = True  # the question functions ask the index for their precomputed rows

    def __init__(self, path: str | Path, *, shown: str | Path | None = None) -> None:
        self.path = Path(path)
        self.shown = Path(shown or path)  # the name a user knows it by (OUT/index.sqlite), in messages
        # One connection for every thread: this SQLite is built serialized (sqlite3.threadsafety == 3),
        # and a connection opened once keeps reading its build even after a newer build replaces it
        # and the old folder is removed (the open file outlives its name).
        try:
            self._db = _open(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the index {self.shown}: {exc}") from None
        self._memo: dict[str, Any] = {}
        try:
            schema = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.shown} is not a regkg index ({exc}): rebuild with `regkg build`") from None
        if not schema or schema[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.shown} is an index of another regkg version: rebuild with `regkg build`")
        self.status_as_of = self.meta("status_as_of") or None
        self.docs = _Table(self, "docs", _DOC_COLUMNS, _doc)
        self.orgs = _Table(self, "orgs", "iri, name, alt_labels, jurisdiction", lambda r: Org(r[0], r[1], unpack(r[2]), r[3]))
        self.places = _Table(self, "places", "iri, name, level, parent", lambda r: (r[1], r[2], r[3]))
        self.sources = _Table(self, "sources", "iri, name", lambda r: r[1])
        self.out, self.into = _Relations(self, True), _Relations(self, False)
        self.evidence = _EvidenceMap(self)
        self._pages = _PageNames(self, "pages", "iri, stem", lambda row: row[1])

    # ------------------------------------------------------------------ the file

    def sql(self, query: str, parameters: tuple = ()) -> _Rows:
        try:
            return _Rows(self._db.execute(query, parameters), self.shown)
        except sqlite3.DatabaseError as exc:
            raise _damaged(self.shown, exc) from None

    def meta(self, key: str) -> str | None:
        row = self.sql("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @property
    def relations(self) -> list[str]:
        return self.memo("relations", lambda v: [r for (r,) in v.sql("SELECT DISTINCT relation FROM edges ORDER BY 1")])

    def memo(self, key: str, make: Callable[[IndexView], T]) -> T:
        """As :meth:`View.memo`: kept, since the index never changes."""
        if key not in self._memo:
            self._memo[key] = make(self)
        return self._memo[key]

    def page_names(self) -> _PageNames:
        """As :meth:`View.page_names`, each name looked up in the index's table of them when asked: a national
        corpus's were 2 GB and 20 s of a server's first page that links to documents."""
        return self._pages

    # ------------------------------------------------------------------ what the view has whole

    @property
    def duties(self) -> list[DutyView]:
        """Every duty, in the view's order (read whole: for views and reports, not questions)."""
        return [_duty(row) for row in self.sql(f"SELECT {_DUTY_COLUMNS} FROM duties ORDER BY seq")]

    def assigned(self) -> tuple[int, int]:
        """As :meth:`View.assigned`."""
        (duties,) = self.sql("SELECT COUNT(*) FROM duties WHERE lead <> '' OR support <> ''").fetchone()
        (bodies,) = self.sql("SELECT COUNT(*) FROM departments WHERE lead > 0 OR support > 0").fetchone()
        return duties, bodies

    @property
    def duty_count(self) -> int:
        return self.sql("SELECT COUNT(*) FROM duties").fetchone()[0]

    def document_dates(self) -> Iterator[tuple[int, str | None, str | None, str | None, str | None, str | None]]:
        """As :func:`regkg.graph.status.document_dates` asks, streamed from the index (no document object made
        or kept; ``repeal_from`` is the column the build filled by the status rules)."""
        return iter(self.sql("SELECT in_corpus, jurisdiction, start, date, until, repeal_from FROM docs WHERE notice IS NULL"))

    def edge_groups(self) -> Iterator[tuple[str, int, str | None, int, str | None, int]]:
        """(relation, subject in the inputs, its jurisdiction, object in the inputs, its jurisdiction, edges)
        between documents but attached rules: what the overview draws between groups, counted by the build."""
        return iter(self.sql("SELECT relation, s_in, s_place, o_in, o_place, edges FROM edge_groups"))

    def repeal_years(self) -> dict[tuple[str | None, str], int]:
        """As :func:`regkg.graph.status.repeal_years` asks, counted by the build over the repeal events."""
        return {(place, year): n for place, year, n in self.sql("SELECT place, year, repeals FROM repeal_years")}

    def overview_counts(self) -> dict[str, list[list]]:
        """The workbench overview's counts that do not change with the day (:data:`OVERVIEW_COUNTS`: name -> the
        rows of its query), made by the build."""
        return self.memo("overview_counts", lambda view: json.loads(view.meta("overview_counts") or "{}"))

    def issuer_count(self) -> int:
        """How many bodies issued a document, counted by the build."""
        return int(self.meta("issuers") or 0)

    def node_counts(self) -> dict[str, int]:
        """As :meth:`View.node_counts`, counted by SQL."""
        in_corpus, cited, unresolved, attached = self.sql(
            "SELECT COALESCE(SUM(in_corpus = 1 AND notice IS NULL), 0), "
            "COALESCE(SUM(in_corpus = 0 AND unresolved = 0 AND notice IS NULL), 0), "
            "COALESCE(SUM(unresolved = 1 AND notice IS NULL), 0), COALESCE(SUM(notice IS NOT NULL), 0) FROM docs").fetchone()
        (relations,) = self.sql("SELECT COUNT(*) FROM edges").fetchone()
        return {"in_corpus": in_corpus, "cited": cited, "unresolved": unresolved, "attached": attached,
                "relations": relations}

    def duty_counts(self) -> DutyCountsSQL:
        """As :meth:`View.duty_counts`, counted by SQL in the index: for a network at a limit other than the one
        the build picked for (:meth:`busiest_bodies`), never reading a national corpus's duties whole."""
        return _DutyCounts(self)

    def duties_naming(self, orgs: set[str], limit: int | None = None) -> list[DutyView]:
        """As :meth:`View.duties_naming`: each body's tasks found by its name and place in duty_names."""
        wanted = json.dumps(sorted([fold(self.orgs[o].name), self.place_name(self.orgs[o].jurisdiction) or "", o]
                                   for o in orgs if o in self.orgs), ensure_ascii=False)
        return [_duty(row) for row in self.sql(
            f"SELECT {_DUTY_COLUMNS} FROM duties WHERE seq IN (SELECT r.seq FROM json_each(?) w JOIN duty_names n "
            "ON n.name = json_extract(w.value, '$[0]') AND n.place = json_extract(w.value, '$[1]') "
            "AND n.org = json_extract(w.value, '$[2]') "
            "JOIN duty_ranks r ON r.rank = n.rank) ORDER BY seq LIMIT ?", (wanted, -1 if limit is None else limit))]

    def duty_matrix(self) -> DutyMatrix:
        """As :func:`regkg.graph.duties.duty_matrix`, kept in the index by the build."""
        found = json.loads(self.meta("duty_matrix") or "null")
        return DutyMatrix(tuple(found["rows"]), tuple(found["columns"]), tuple(map(tuple, found["cells"])),
                          found["bodies"], found["documents"])

    def busiest_bodies(self) -> BusiestBodies:
        """As :func:`regkg.graph.duties.busiest_bodies` within its default nodes, kept in the index by the build."""
        found = json.loads(self.meta("duty_network") or "null")
        return BusiestBodies(found["nodes"], found["bodies"], None if found["kept"] is None else tuple(found["kept"]),
                             found["max_nodes"])

    @property
    def warnings(self) -> list[GraphWarning]:
        return [GraphWarning(kind, message, source, (a, b) if a is not None and b is not None else None,
                             tuple(unpack(about)), tuple(unpack(about_iris)), iri)
                for kind, message, source, a, b, about, about_iris, iri in self.sql(
                    "SELECT kind, message, source, span_start, span_end, about, about_iris, iri FROM warnings "
                    "ORDER BY rank")]

    @property
    def graph(self):
        """The whole graph in NetworkX, as :attr:`View.graph` (made on first use: for small graphs;
        a question walks the index)."""
        return self.memo("graph", _networkx)

    # ------------------------------------------------------------------ look-ups

    def place_name(self, iri: str | None) -> str | None:
        place = self.places.get(iri) if iri else None
        return place[0] if place else None

    def org_name(self, iri: str) -> str:
        org = self.orgs.get(iri)
        return org.name if org else iri

    def find(self, ref: str) -> Doc:
        """As :meth:`View.find`."""
        if ref in self.docs:
            return self.docs[ref]
        row = self.sql("SELECT iri FROM numbers WHERE number = ?", (number_key(ref),)).fetchone()
        if row:
            return self.docs[row[0]]
        candidates = [self.docs[iri] for (iri,) in self.sql("SELECT iri FROM titles WHERE key = ?", (title_key(ref),))]
        if candidates:
            return min(candidates, key=lambda d: (d.notice is not None, not d.in_corpus, d.iri))
        raise DocumentNotFound(f"no document with number, title or IRI {ref!r}")

    def evidence_for(self, subject: str, predicate: str, obj: str) -> list[Evidence]:
        return self.evidence.get((subject, str(predicate), obj), [])

    def evidence_of(self, facts: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[Evidence]]:
        """The evidence of each of ``facts`` (subject, predicate, object), in one query (of their
        subjects × predicates × objects, the few extra rows dropped here)."""
        wanted, found = set(facts), {}
        rows = self.sql(f"SELECT s, p, o, {_EVIDENCE_COLUMNS} FROM evidence WHERE {in_list('s', '?1')} AND "
                        f"{in_list('p', '?2')} AND {in_list('o', '?3')} ORDER BY id",
                        tuple(json.dumps(sorted({f[i] for f in facts})) for i in range(3)))
        for row in rows:
            if (fact := row[:3]) in wanted:
                found.setdefault(fact, []).append(Evidence.of_columns(row[3:]))
        return found

    def edges_of(self, relation: str, iris: list[str], forward: bool) -> dict[str, list[str]]:
        """{each of ``iris``: its objects (``forward``) or subjects through ``relation``}, sorted, in one query."""
        near, far = ("s", "o") if forward else ("o", "s")
        found: dict[str, list[str]] = {}
        for key, other in self.sql(f"SELECT {near}, {far} FROM edges WHERE relation = ? AND {in_list(near)} "
                                   f"ORDER BY {near}, {far}",
                                   (relation, json.dumps(iris))):
            found.setdefault(key, []).append(other)
        return found

    def chain_of(self, iri: str, limit: int | None, offset: int) -> tuple | None:
        """The chain of editions ``iri`` belongs to, a page of its steps (:class:`~regkg.graph.lineage.Chains`,
        as written): ((chain, place, first step), the editions the page's steps join in order, the steps
        (newer, older, relation), how many editions and steps the chain has); None if it has none."""
        row = self.sql("SELECT e.chain, e.place, e.first_step, (SELECT COUNT(*) FROM editions WHERE chain = e.chain), "
                       "(SELECT COUNT(*) FROM chain_steps WHERE chain = e.chain) FROM editions e WHERE e.iri = ?",
                       (iri,)).fetchone()
        if row is None:
            return None
        rows = self.sql("SELECT s.newer, s.older, s.relation, n.place, o.place FROM chain_steps s "
                        "JOIN editions n ON n.iri = s.newer JOIN editions o ON o.iri = s.older "
                        "WHERE s.chain = ? ORDER BY s.rank LIMIT ? OFFSET ?",
                        (row[0], -1 if limit is None else limit, offset)).fetchall()
        steps = [r[:3] for r in rows]
        editions = [iri for _, iri in sorted({(r[3], r[0]) for r in rows} | {(r[4], r[1]) for r in rows})]
        return row[:3], editions, steps, row[3], row[4]

    def ranked_subjects(self, relation: str, obj: str) -> Iterator[tuple[int, str]]:
        """(label rank, IRI) of each document resting on ``obj`` through ``relation``, in label order, read
        as iterated: a page of a national law's tens of thousands of dependents reads the page's rows."""
        return self.sql("SELECT s_rank, s FROM edges WHERE relation = ? AND o = ? ORDER BY s_rank", (relation, obj))

    # ------------------------------------------------------------------ precomputed answers

    def repeal_from(self, iri: str) -> str | None:
        """The first day a repeal of ``iri`` is in effect (``""``: always), or None."""
        row = self.sql("SELECT repeal_from FROM docs WHERE iri = ?", (iri,)).fetchone()
        return row[0] if row else None

    def repeal_rows(self, day: str, limit: int | None, offset: int) -> list[tuple[str, str, str | None]]:
        """(repealed, repealer, effective) of the repeals in effect on ``day``, in the answer's order."""
        return self.sql("SELECT iri, repealer, effective FROM repeal_events WHERE day <= ? ORDER BY rank "
                        "LIMIT ? OFFSET ?", (day, -1 if limit is None else limit, offset)).fetchall()

    def dangling_rows(self, day: str, limit: int | None, offset: int) -> list[tuple[str, str, str]]:
        """(citing, cited, relation) of the references dangling on ``day``, in the answer's order."""
        return self.sql("SELECT citing, cited, relation FROM dangling_spans WHERE first <= ?1 AND ?1 <= last "
                        "ORDER BY rank LIMIT ?2 OFFSET ?3", (day, -1 if limit is None else limit, offset)).fetchall()

    def repeal_count(self, day: str) -> int:
        """How many repeals :meth:`repeal_rows` gives on ``day``, counted by SQLite."""
        return self.sql("SELECT COUNT(*) FROM repeal_events WHERE day <= ?", (day,)).fetchone()[0]

    def dangling_count(self, day: str) -> int:
        """How many references :meth:`dangling_rows` gives on ``day``, counted by SQLite."""
        return self.sql("SELECT COUNT(*) FROM dangling_spans WHERE first <= ?1 AND ?1 <= last", (day,)).fetchone()[0]

    def orgs_named(self, folded: str) -> list[str]:
        return [iri for (iri,) in self.sql("SELECT iri FROM org_names WHERE name = ?", (folded,))]

    def duty_rows(self, name: str, place: str | None, limit: int | None,
                  offset: int) -> list[tuple[str, str | None, int, str, DutyView]]:
        """(org, its place name, position, role, duty) of the tasks of the bodies called ``name``
        (folded) in ``place`` (None: anywhere), in the answer's order, one page read from duty_names."""
        where, parameters = ("name = ?", (name,)) if place is None else ("name = ? AND place = ?", (name, place))
        rows = self.sql(f"SELECT n.org, n.place, r.seq, r.role FROM duty_names n JOIN duty_ranks r ON r.rank = n.rank "
                        f"WHERE {where} ORDER BY n.place, n.rank, n.org LIMIT ? OFFSET ?",
                        (*parameters, -1 if limit is None else limit, offset)).fetchall()
        duties = {row[0]: _duty(row) for row in self.sql(
            f"SELECT {_DUTY_COLUMNS} FROM duties WHERE {in_list('seq')}",
            (json.dumps(sorted({seq for _, _, seq, _ in rows})),))}
        return [(org, where_ or None, seq, role, duties[seq]) for org, where_, seq, role in rows]

    def owner_rows(self, folded: str, place: str | None, limit: int | None, offset: int) -> Iterator[tuple]:
        """(department, its place name, role, task, document label, evidence columns…) of the bodies that lead
        or support a duty whose folded task or sentence contains ``folded``, in ``place`` (None: anywhere),
        each once, in :func:`regkg.graph.duties.owner_order`: searched, split, joined and sorted by SQLite
        (which sorts on disk what outgrows its cache) and read as the caller iterates, so a common word's
        answer (640,648 owners of 环境 at 10,000 gazettes, 0.97 GB as Python objects) is never held whole."""
        query = _OWNERS.format(hit=_TRIGRAM_HIT if len(folded) >= 3 else _SCAN_HIT)
        return iter(self.sql(query, (phrase(folded), folded, place, -1 if limit is None else limit, offset)))

    def department_rows(self, jurisdiction: str | None) -> list[tuple]:
        """(name, IRI, jurisdiction, abbreviations, lead, support) of every department, in order."""
        where, parameters = ("WHERE jurisdiction = ?", (jurisdiction,)) if jurisdiction is not None else ("", ())
        return [(name, iri, where_, tuple(unpack(abbr)), lead, support) for name, iri, where_, abbr, lead, support
                in self.sql(f"SELECT name, iri, jurisdiction, abbreviations, lead, support FROM departments {where} "
                            "ORDER BY rank", parameters)]

    def duties_of(self, iri: str) -> list[DutyView]:
        """The duties document ``iri`` assigns, in the view's order (a document page reads only these)."""
        return [_duty(row) for row in self.sql(_DUTIES_OF, (iri,))]

    def rules_of(self, notice: str) -> list[str]:
        """The IRIs of the rules ``notice`` issues, sorted."""
        return [iri for (iri,) in self.sql("SELECT iri FROM docs WHERE notice = ? ORDER BY iri", (notice,))]

    def search(self, text: str, *, limit: int = 20, offset: int = 0) -> list[Doc]:
        """Documents whose title or body contains ``text`` (three characters or more: the trigram
        index; shorter: titles only, by a scan), best match first. ``text`` is compared in the form the
        titles and bodies are indexed in (:func:`~regkg.keys.chars.search_form`); a short one with titles as
        printed, in each form it may be printed in (:func:`~regkg.keys.chars.printed_forms`: 「批复」 finds
        「…的批覆」)."""
        text = search_form(text)
        if len(text) >= 3:
            rows = self.sql("SELECT d.iri FROM doc_text JOIN doc_rows d ON d.rowid = doc_text.rowid "
                            "WHERE doc_text MATCH ? GROUP BY d.iri ORDER BY MIN(rank), d.iri LIMIT ? OFFSET ?",
                            (phrase(text), limit, offset))
        else:
            forms = printed_forms(text)
            held = " OR ".join(f"instr(title, ?{i}) OR instr(alt_titles, ?{i})" for i in range(1, len(forms) + 1))
            rows = self.sql(f"SELECT iri FROM docs WHERE {held} ORDER BY iri LIMIT ? OFFSET ?", (*forms, limit, offset))
        return [self.docs[iri] for (iri,) in rows.fetchall()]


def _networkx(view: IndexView):
    import networkx as nx

    graph = nx.MultiDiGraph()
    for doc in view.docs.values():
        graph.add_node(doc.iri, label=doc.label, title=doc.title, number=doc.number, date=doc.date,
                       jurisdiction=view.place_name(doc.jurisdiction), in_corpus=doc.in_corpus,
                       unresolved=doc.unresolved, rule=doc.notice is not None)
    for relation, s, o in view.sql("SELECT relation, s, o FROM edges ORDER BY relation, s, o"):
        graph.add_edge(s, o, key=relation, relation=relation)
    return graph
