"""A build's records on disk, not in memory: each record is written as one JSON line (records.jsonl's
form) as it arrives and read back when a pass of the build walks them, in source order. Resolution
walks them three times; a 1,000-gazette build's records take ~700 MB as objects and ~260 MB as lines,
and here only their offsets stay in memory (a few dozen bytes a file). A spill's lines are compressed
(zlib's fastest level: at 1,000 gazettes 259 MB become 37 MB, for about 3 s of CPU over the build's
~110 s, compressed once and read four times; a national build's 5.2 GB of records held on its temporary
disk a seventh of that). The passes that need no duties
read each line without them (:meth:`RecordFile.without_duties`): they are more than half its bytes, and
parsing JSON is most of what a pass costs.

>>> from regkg.extract.models import Record, RecordLine
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
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from regkg.errors import OutputError
from regkg.extract.models import Record, RecordLine

__all__ = ["RecordFile", "spill_error"]

# records.jsonl's lines are Record.to_dict() dumped: its keys in that order, "duties" only at the top
# (a key inside a string value would be printed with escaped quotes)
_DUTIES, _AFTER_DUTIES = b', "duties": [', b', "warnings": ['


def _duties_at(line: bytes) -> tuple[int, int]:
    """Where a record line's duties are (``, "duties": [...]``), as (start, end) byte offsets in it; (0, 0)
    for a line not written in that order (the whole line is then read).

    >>> line = b'{"source": "a", "duties": [{"task": ", \\"duties\\": ["}], "warnings": []}'
    >>> start, end = _duties_at(line)
    >>> line[:start] + line[end:]
    b'{"source": "a", "warnings": []}'
    """
    start = line.find(_DUTIES)
    end = line.find(_AFTER_DUTIES, start) if start >= 0 else -1
    return (start, end) if end >= 0 else (0, 0)


def spill_error(exc: OSError, folder: str | Path | None = None, variable: str | None = "TMPDIR") -> OutputError:
    """A failed write to a build's temporary files, as one line naming where they go and what to do
    (``variable``: the environment variable that chooses the folder; None: the output folder's own)."""
    where = str(folder or tempfile.gettempdir())
    advice = f"set {variable} to a folder with room" if variable else "make room on its disk"
    return OutputError(f"{where} (the build's temporary files)", f"{exc.strerror or exc}; {advice}")


def _cut(line: bytes, span: tuple[int, int]) -> bytes:
    return line[:span[0]] + line[span[1]:] if span[1] else line


class RecordFile(Sequence[Record]):
    """Records held as JSON lines in a file (a new temporary one, or records.jsonl read back), each
    read into a :class:`Record` when asked for; iterated in source order, whatever the order they came in."""

    def __init__(self, folder: str | Path | None = None, *, path: str | Path | None = None) -> None:
        """A new, empty spill file in ``folder`` (default the system's temporary folder), deleted when
        closed; or, with ``path``, the records of a records.jsonl, read in place."""
        # source -> offset and length of its line, its documents, and where in it its duties are
        self._where: dict[str, tuple[int, int, int, tuple[int, int]]] = {}
        self._order: list[str] | None = None  # the sources sorted, made when first walked after a change
        self._compressed = path is None  # a spill's lines are; records.jsonl's are read as they are
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
                duties = _duties_at(line)
                record = json.loads(_cut(line, duties))
                self._where[record["source"]] = (offset, len(line), len(record.get("documents") or ()), duties)
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
        self.add_line(record.line())

    def add_line(self, line: RecordLine) -> None:
        """Write a record given as its line (:meth:`Record.line`)."""
        packed = zlib.compress(line.data, 1)
        try:
            if os.pwrite(self._file.fileno(), packed, self._end) != len(packed):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as exc:
            raise spill_error(exc) from exc
        self._where[line.source] = (self._end, len(packed), line.documents, _duties_at(line.data))
        self._end += len(packed)
        self._order = None

    def _sources(self) -> list[str]:
        if self._order is None:
            self._order = sorted(self._where)
        return self._order

    def _line(self, source: str) -> bytes:
        offset, length, _, _ = self._where[source]
        data = os.pread(self._file.fileno(), length, offset)
        return zlib.decompress(data) if self._compressed else data

    def __len__(self) -> int:
        return len(self._where)

    @property
    def documents(self) -> int:
        """How many documents the records hold."""
        return sum(n for _, _, n, _ in self._where.values())

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self.record(s) for s in self._sources()[i]]
        return self.record(self._sources()[i])

    def record(self, source: str, *, duties: bool = True) -> Record:
        """The record of ``source`` (without ``duties``: read without them, ``duties == ()``)."""
        line = self._line(source)
        return Record.from_dict(json.loads(line if duties else _cut(line, self._where[source][3])))

    def sources(self) -> list[str]:
        """The records' sources in the order they are walked (sorted)."""
        return list(self._sources())

    def duty_sizes(self) -> list[int]:
        """The bytes of each record's duties in its line, in :meth:`sources` order: what reading them costs."""
        empty = len(_DUTIES) + 1  # ``, "duties": []``
        return [max(0, end - start - empty) for _, _, _, (start, end) in map(self._where.__getitem__, self._sources())]

    def line(self, source: str) -> RecordLine:
        """The record of ``source`` as its line, not parsed: an update files an earlier build's lines as they are."""
        return RecordLine(source, self._where[source][2], self._line(source))

    def documents_of(self, source: str) -> int:
        """How many documents the record of ``source`` holds."""
        return self._where[source][2]

    def names(self) -> list[str]:
        """The records' sources, in the order they were filed."""
        return list(self._where)

    def __iter__(self) -> Iterator[Record]:
        return (self.record(s) for s in self._sources())

    def without_duties(self) -> Iterator[Record]:
        """The records in source order, each without its duties (``duties == ()``)."""
        return (self.record(s, duties=False) for s in self._sources())

    def lines(self) -> Iterator[str]:
        """The records as records.jsonl holds them: one JSON line each, in source order."""
        return (line.decode("utf-8") for line in self.blocks())

    def blocks(self) -> Iterator[bytes]:
        """:meth:`lines` as the bytes records.jsonl holds, not made text: read, inflated and written
        without Python's lock (records.jsonl is written beside the index, in a thread)."""
        return (self._line(s) for s in self._sources())

    def close(self) -> None:
        self._file.close()
