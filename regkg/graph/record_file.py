"""A build's records on disk, not in memory: each record is written as one JSON line (records.jsonl's
form) as it arrives and read back when a pass of the build walks them, in source order. Resolution
walks them three times; a 1,000-gazette build's records take ~700 MB as objects and ~260 MB as lines,
and here only their offsets stay in memory (a few dozen bytes a file).

>>> from regkg.extract.models import Record
>>> spill = RecordFile()
>>> spill.add(Record("b.txt", None, (), (), (), (), ()))
>>> spill.add(Record("a.txt", None, (), (), (), (), ()))
>>> [r.source for r in spill], len(spill), next(spill.lines())[:24]
(['a.txt', 'b.txt'], 2, '{"source": "a.txt", "gaz')
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from regkg.errors import OutputError
from regkg.extract.models import Record

__all__ = ["RecordFile", "spill_error"]


def spill_error(exc: OSError, folder: str | Path | None = None, variable: str = "TMPDIR") -> OutputError:
    """A failed write to a build's temporary files, as one line naming where they go and what to do
    (``variable``: the environment variable that chooses the folder)."""
    where = str(folder or tempfile.gettempdir())
    return OutputError(f"{where} (the build's temporary files)",
                       f"{exc.strerror or exc}; set {variable} to a folder with room")


class RecordFile(Sequence[Record]):
    """Records held as JSON lines in a file (a new temporary one, or records.jsonl read back), each
    read into a :class:`Record` when asked for; iterated in source order, whatever the order they came in."""

    def __init__(self, folder: str | Path | None = None, *, path: str | Path | None = None) -> None:
        """A new, empty spill file in ``folder`` (default the system's temporary folder), deleted when
        closed; or, with ``path``, the records of a records.jsonl, read in place."""
        self._where: dict[str, tuple[int, int, int]] = {}  # source -> (offset, length) of its line, documents
        self._order: list[str] | None = None  # the sources sorted, made when first walked after a change
        if path is None:
            try:
                self._file: IO[bytes] = tempfile.TemporaryFile(dir=folder, prefix="regkg-records-")
            except OSError as exc:
                raise spill_error(exc, folder) from exc
            self._end = 0
            return
        self._file = open(path, "rb")
        offset = 0
        for line in self._file:
            if line.strip():
                record = json.loads(line)
                self._where[record["source"]] = (offset, len(line), len(record.get("documents") or ()))
            offset += len(line)
        self._end = offset

    @classmethod
    def of(cls, records: Iterable[Record], folder: str | Path | None = None) -> RecordFile:
        spill = cls(folder)
        for record in records:
            spill.add(record)
        return spill

    def add(self, record: Record) -> None:
        """Write ``record`` (a later record of the same source replaces it)."""
        data = (json.dumps(record.to_dict(), ensure_ascii=False) + "\n").encode("utf-8")
        try:
            if os.pwrite(self._file.fileno(), data, self._end) != len(data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as exc:
            raise spill_error(exc) from exc
        self._where[record.source] = (self._end, len(data), len(record.documents))
        self._end += len(data)
        self._order = None

    def _sources(self) -> list[str]:
        if self._order is None:
            self._order = sorted(self._where)
        return self._order

    def _line(self, source: str) -> bytes:
        offset, length, _ = self._where[source]
        return os.pread(self._file.fileno(), length, offset)

    def __len__(self) -> int:
        return len(self._where)

    @property
    def documents(self) -> int:
        """How many documents the records hold."""
        return sum(n for _, _, n in self._where.values())

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._record(s) for s in self._sources()[i]]
        return self._record(self._sources()[i])

    def _record(self, source: str) -> Record:
        return Record.from_dict(json.loads(self._line(source)))

    def __iter__(self) -> Iterator[Record]:
        return (self._record(s) for s in self._sources())

    def lines(self) -> Iterator[str]:
        """The records as records.jsonl holds them: one JSON line each, in source order."""
        return (self._line(s).decode("utf-8") for s in self._sources())

    def close(self) -> None:
        self._file.close()
