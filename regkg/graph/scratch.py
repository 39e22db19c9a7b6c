"""A build's scratch database: a private temporary SQLite file (in memory while small, spilled to
disk beyond SQLite's page cache, deleted when closed) that takes rows in batches while it is filled.
One with a finishing script is finished once, on its first read (its indexes and ordered tables
made), and only read after; one without is read as filled so far and may take more. What a build
keeps out of memory lives in one: the numbers printed (:mod:`regkg.graph.printed_table`), the edges
(:mod:`regkg.graph.edge_table`), the duties (:mod:`regkg.graph.duty_table`) and the evidence
(:mod:`regkg.graph.evidence_table`).
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from regkg.graph.record_file import spill_error

__all__ = ["ScratchDatabase", "disk_errors", "json_list", "none_first", "span_columns", "span_of", "sqlite_temporary_folder"]

_BATCH = 10_000  # rows held before they are written
# SQLite's helper threads for a sort (ORDER BY, CREATE INDEX): the build's own thread waits on them.
# Filing 1 M duties in their orders took 18.3 s without, 12.8 s with two (2 cores).
SORT_THREADS = min(4, os.cpu_count() or 1)


@contextmanager
def disk_errors(folder: Path | None = None) -> Iterator[None]:
    """A scratch database that cannot grow (a full or failing temporary folder) is the one-line error
    every temporary file of a build gives, naming the folder SQLite writes to: ``folder``, a database
    file's own (an output folder's: room is made on its disk), else SQLite's temporary folder."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code not in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) and \
                "disk" not in str(exc):
            raise
        number = errno.ENOSPC if code == sqlite3.SQLITE_FULL else errno.EIO
        error = OSError(number, f"{os.strerror(number)} (SQLite: {exc})")
        if folder is not None:
            raise spill_error(error, folder, variable=None) from exc
        raise spill_error(error, *sqlite_temporary_folder()) from exc


def sqlite_temporary_folder() -> tuple[str, str]:
    """Where SQLite puts a temporary database or a sort that outgrows its cache on this system, and the
    environment variable that moves it: $SQLITE_TMPDIR (SQLite's own, read first), $TMPDIR, then the first
    of /var/tmp, /usr/tmp, /tmp it can write."""
    variable = "SQLITE_TMPDIR" if os.environ.get("SQLITE_TMPDIR") else "TMPDIR"
    for folder in (os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp"):
        if folder and os.access(folder, os.W_OK | os.X_OK):
            return folder, variable
    return tempfile.gettempdir(), variable


def json_list(values: Iterable[str]) -> str:
    """``values`` as one SQL parameter, sorted: a JSON list its query reads with json_each (:func:`in_list`)."""
    return json.dumps(sorted(values), ensure_ascii=False)


def in_list(column: str, parameter: str = "?") -> str:
    """The SQL condition that ``column`` is one of the values of a JSON list (:func:`json_list`) passed as
    ``parameter``: one parameter however many values, and one query plan.

    >>> in_list("iri"), in_list("o.by_doc", "?2")
    ('iri IN (SELECT value FROM json_each(?))', 'o.by_doc IN (SELECT value FROM json_each(?2))')
    """
    return f"{column} IN (SELECT value FROM json_each({parameter}))"


def none_first(row: tuple) -> tuple:
    """A sort key for rows with gaps (None sorts before any value of its column, as SQLite sorts NULL)."""
    return tuple((value is not None, value if value is not None else 0) for value in row)


def span_columns(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    """A character span as its two columns, (None, None) when there is none."""
    return span if span else (None, None)


def span_of(start: int | None, end: int | None) -> tuple[int, int] | None:
    """The span two columns hold (:func:`span_columns`)."""
    return (start, end) if start is not None and end is not None else None


class ScratchDatabase:
    """Tables made by ``schema``, filled through :meth:`put`; finished by ``finish`` on first read when
    given, else open for more rows between reads."""

    def __init__(self, schema: str, finish: str | None = None, *, path: str | Path | None = None) -> None:
        """``path``: a database file to fill for another process to read (:meth:`written`, :meth:`take_tables`);
        by default SQLite's private temporary database, gone with the connection however the process ends."""
        self._db = sqlite3.connect(str(path) if path else "", isolation_level=None, check_same_thread=False)
        self._folder = Path(path).parent if path else None  # where a full disk is, for its error
        with disk_errors(self._folder):
            self._db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA threads={SORT_THREADS};"
                                   + schema)
        self._finish_script = finish
        self._pending: dict[str, list[tuple]] = {}
        self._held = 0
        self._finished = False
        self._aside: threading.Thread | None = None  # finishing in a thread (finish_aside)
        self._aside_error: BaseException | None = None

    def put(self, insert: str, row: tuple) -> None:
        """Queue ``row`` for the statement ``insert``; written a batch at a time."""
        if self._finished or self._aside is not None:
            raise ValueError("a scratch database is read only once it is filled")
        self._pending.setdefault(insert, []).append(row)
        self._held += 1
        if self._held >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        with disk_errors(self._folder):
            self._db.execute("BEGIN")
            for insert, rows in self._pending.items():
                self._db.executemany(insert, rows)
            self._db.execute("COMMIT")
        self._pending, self._held = {}, 0

    def written(self) -> None:
        """Write the rows still queued: a database filled in one process and taken by another (:meth:`take_tables`)."""
        self._flush()

    def take_tables(self, path: str | Path, tables: Iterable[str]) -> None:
        """Append to ``tables`` the rows of the same tables in the database file at ``path`` (filled by
        another process, :meth:`written`), after the rows this one holds: as if put here, in that order."""
        if self._finished or self._aside is not None:
            raise ValueError("a scratch database is read only once it is filled")
        self._flush()
        with disk_errors(self._folder), self._attach(path, "taken") as run:
            for table in tables:
                run(f"INSERT INTO main.{table} SELECT * FROM taken.{table} ORDER BY rowid")

    def copy_table(self, path: str | Path, table: str, *, order: str = "rowid") -> None:
        """Append this database's ``table`` in ``order`` (SQL) to the same table of the database file at
        ``path`` (a build's kept state, :mod:`regkg.graph.resolution_state`)."""
        with self.attached(path, "kept") as run:
            run(f"INSERT INTO kept.{table} SELECT * FROM main.{table} ORDER BY {order}")

    def sql(self, query: str, parameters: Iterable = ()) -> sqlite3.Cursor:
        """Run ``query`` on the finished database."""
        self._finish()
        with disk_errors(self._folder):
            return self._db.execute(query, tuple(parameters))

    def executemany(self, query: str, rows: Iterable[tuple]) -> None:
        """Write working rows (a reader's own tables) in one transaction."""
        self._finish()
        with disk_errors(self._folder):
            self._db.execute("BEGIN")
            self._db.executemany(query, rows)
            self._db.execute("COMMIT")

    @contextmanager
    def attached(self, path: str | Path, name: str) -> Iterator[Callable[..., sqlite3.Cursor]]:
        """The database file at ``path`` attached as ``name`` for the block, written without a journal: a
        file made fresh and replaced whole (an index), filled from here by SQL, in one transaction, by the
        function yielded. Its errors are raised as they come (a full disk there is the writer's to name,
        not this database's folder)."""
        self._finish()
        with self._attach(path, name) as run:
            yield run

    @contextmanager
    def _attach(self, path: str | Path, name: str) -> Iterator[Callable[..., sqlite3.Cursor]]:
        """``path`` attached as ``name`` without a journal, for one transaction run by the function yielded,
        detached however the block ends (:meth:`attached`, :meth:`take_tables`)."""
        self._db.execute("ATTACH DATABASE ? AS " + name, (str(path),))
        try:
            self._db.execute(f"PRAGMA {name}.journal_mode=OFF")
            self._db.execute(f"PRAGMA {name}.synchronous=OFF")
            self._db.execute("BEGIN")
            yield self._db.execute
            self._db.execute("COMMIT")
        finally:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            self._db.execute("DETACH DATABASE " + name)

    def finish_aside(self) -> None:
        """Begin finishing a filled database (its script's sorts and indexes) in a thread of its own, to
        be waited for by the first read. SQLite works without Python's lock, so the build's Python work
        goes on beside it, on the core the extraction's workers left idle: at 1,000 gazettes the duties'
        finishing is 5.7 s, the evidence's 2.5 s."""
        if self._finished or self._aside is not None or self._finish_script is None:
            return
        self._flush()  # the rows queued, in this thread

        def finish() -> None:
            try:
                self._finish()
            except BaseException as exc:  # raised again by the read that waits
                self._aside_error = exc

        self._aside = threading.Thread(target=finish, name="regkg-scratch-finish", daemon=True)
        self._aside.start()

    def _finish(self) -> None:
        aside = self._aside
        if aside is not None and aside is not threading.current_thread():
            aside.join()
            self._aside = None
            if self._aside_error is not None:
                error, self._aside_error = self._aside_error, None
                raise error
        if self._finished:
            return
        self._flush()
        if self._finish_script is not None:
            with disk_errors(self._folder):
                self._db.executescript(self._finish_script)
            self._finished = True

    def close(self) -> None:
        if self._aside is not None:
            self._aside.join()
        self._db.close()
