"""A build's scratch database: a private temporary SQLite file (in memory while small, spilled to
disk beyond SQLite's page cache, deleted when closed) that takes rows in batches while it is filled,
then is finished once (its indexes and ordered tables made) and only read. What a large build keeps
out of memory lives in one (:mod:`regkg.graph.duty_table`, :mod:`regkg.graph.evidence_table`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

__all__ = ["ScratchDatabase"]

_BATCH = 10_000  # rows held before they are written


class ScratchDatabase:
    """Tables made by ``schema``, filled through :meth:`put`, finished by ``finish`` on first read."""

    def __init__(self, schema: str, finish: str) -> None:
        # "": SQLite's private temporary database, gone with the connection however the process ends
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + schema)
        self._finish_script = finish
        self._pending: dict[str, list[tuple]] = {}
        self._held = 0
        self._finished = False

    def put(self, insert: str, row: tuple) -> None:
        """Queue ``row`` for the statement ``insert``; written a batch at a time."""
        if self._finished:
            raise ValueError("a scratch database is read only once it is filled")
        self._pending.setdefault(insert, []).append(row)
        self._held += 1
        if self._held >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        self._db.execute("BEGIN")
        for insert, rows in self._pending.items():
            self._db.executemany(insert, rows)
        self._db.execute("COMMIT")
        self._pending, self._held = {}, 0

    def sql(self, query: str, parameters: Iterable = ()) -> sqlite3.Cursor:
        """Run ``query`` on the finished database."""
        self._finish()
        return self._db.execute(query, tuple(parameters))

    def executemany(self, query: str, rows: Iterable[tuple]) -> None:
        """Write working rows (a reader's own tables) in one transaction."""
        self._finish()
        self._db.execute("BEGIN")
        self._db.executemany(query, rows)
        self._db.execute("COMMIT")

    def _finish(self) -> None:
        if not self._finished:
            self._flush()
            self._db.executescript(self._finish_script)
            self._finished = True

    def close(self) -> None:
        self._db.close()
