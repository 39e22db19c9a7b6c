"""Where extraction runs: in this process, in a pool of processes (``--jobs N``), or on a Dask
cluster (``--dask ADDRESS`` or ``--dask local``). All three give the same records, in input order.

Streaming: files are handed out one at a time and each record (:class:`~regkg.extract.models.Record`) comes back as soon
as it is done, so memory holds the records (the graph's input) and never the files' text. Each record
names its source by its path relative to the inputs (:mod:`regkg.scale.sources`).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from regkg.errors import InputError
from regkg.processes import die_with_parent
from regkg.progress import Progress, wanted
from regkg.scale.sources import file_digest, input_base, source_names

if TYPE_CHECKING:  # the workers import the extractor only in the child processes
    from regkg.extract.models import Record, RecordLine

__all__ = ["Extracted", "extract_all", "extract_stream", "default_jobs"]

# Files in flight per Dask worker: enough to keep it busy, few enough that memory stays flat.
_DASK_IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True)
class Extracted:
    """One input file's outcome: its record (as a :class:`Record`, or as its line of records.jsonl when
    asked for lines), or why it failed."""

    path: str
    record: Record | RecordLine | None
    error: InputError | None
    size: int
    digest: str | None = None

    @property
    def documents(self) -> int:
        if self.record is None:
            return 0
        documents = self.record.documents
        return documents if isinstance(documents, int) else len(documents)


def default_jobs() -> int:
    """One process per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


_Found = tuple[str, "Record | RecordLine | None", "str | None", int, "str | None"]


def _extract_path(path: str, source: str | None = None, lines: bool = False) -> _Found:
    """Worker: (path, record, error reason, size, SHA-256); the record names its source
    ``source`` (default the file's name), and with ``lines`` comes as its line of records.jsonl. Errors
    travel as text: InputError's two-part constructor does not survive pickling."""
    from regkg.extract import extract_file

    size = _size(path)
    try:
        record = extract_file(path, source=source)
    except InputError as exc:
        return path, None, exc.reason, size, None
    try:
        digest = file_digest(path)
    except OSError:
        digest = None
    return path, record.line() if lines else record, None, size, digest


def _extract_job(job: tuple[str, str | None, bool]) -> _Found:
    """Pool worker: one (path, source name, as a line?) triple."""
    return _extract_path(*job)


def _extract_bytes(name: str, source: str | None, lines: bool, data: bytes) -> _Found:
    """Dask worker: the file's bytes arrive over the wire (no shared file system needed); they are
    read from a private folder under the file's own name (its suffix says how to read it)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="regkg-") as tmp:
        local = Path(tmp) / Path(name).name
        local.write_bytes(data)
        _, record, reason, _, digest = _extract_path(str(local), source or Path(name).name, lines)
    if reason is not None:
        reason = reason.replace(str(local), name)
    return name, record, reason, len(data), digest


def _as_result(found: _Found) -> Extracted:
    path, record, reason, size, digest = found
    return Extracted(path, record, InputError(path, reason) if reason is not None else None, size, digest)


def extract_stream(
    paths: list[Path], *, sources: list[str] | None = None, jobs: int | None = 1, dask: str | None = None,
    lines: bool = False,
) -> Iterator[Extracted]:
    """Extract ``paths`` (files), yielding each outcome in the order of ``paths``; ``sources`` are the
    names their records give them (default each file's name); with ``lines``, each record comes as its
    line of records.jsonl (:class:`~regkg.extract.models.RecordLine`)."""
    names = [str(p) for p in paths]
    work = [(name, source, lines) for name, source in zip(names, sources or [None] * len(names))]
    if dask:
        yield from _dask_stream(work, dask)
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or len(names) <= 1:
        for job in work:
            yield _as_result(_extract_path(*job))
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    with multiprocessing.get_context(method).Pool(min(jobs, len(names)), initializer=die_with_parent,
                                                  initargs=(os.getpid(),)) as pool:
        for found in pool.imap(_extract_job, work, chunksize=1):
            yield _as_result(found)


def _dask_stream(work: list[tuple[str, str | None, bool]], address: str) -> Iterator[Extracted]:
    names = [name for name, _, _ in work]
    from regkg.scale.cluster import client_for

    with client_for(address) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = workers * _DASK_IN_FLIGHT_PER_WORKER
        from distributed import as_completed

        done: dict[int, Extracted] = {}
        pending = as_completed()
        index_of = {}
        next_submit = next_yield = 0

        def submit(i: int) -> None:
            data = Path(names[i]).read_bytes() if os.path.isfile(names[i]) else b""
            future = client.submit(_extract_bytes, names[i], work[i][1], work[i][2], data,
                                   key=f"regkg-extract-{i}-{os.getpid()}", pure=False)
            index_of[future.key] = i
            pending.add(future)

        while next_submit < len(names) and next_submit < window:
            submit(next_submit)
            next_submit += 1
        for future in pending:
            done[index_of.pop(future.key)] = _as_result(future.result())
            future.release()
            if next_submit < len(names):
                submit(next_submit)
                next_submit += 1
            while next_yield in done:  # input order, as the other two ways give
                yield done.pop(next_yield)
                next_yield += 1


def extract_all(
    inputs: Iterable[str | Path],
    *,
    jobs: int | None = 1,
    dask: str | None = None,
    progress: bool | None = False,
    base: Path | None = None,
    digests: dict[str, str] | None = None,
    paths: dict[str, Path] | None = None,
    into: Callable[[RecordLine], object] | None = None,
) -> tuple[list[Record], list[InputError]]:
    """Records of every input that reads, and the errors of those that do not. With ``into``, each
    record is handed to it as it arrives, as its line of records.jsonl (a build spills them to disk),
    and the list is empty.

    Each record names its source by its path relative to ``base`` (default: the inputs' common
    folder, :func:`~regkg.scale.sources.input_base`). ``digests`` and ``paths``, when given, receive
    the SHA-256 and the path of each file read, by source name.
    """
    from regkg.extract.read import expand_inputs

    inputs = list(inputs)
    files, errors = expand_inputs(inputs)
    named = source_names(files, input_base(inputs, files) if base is None else base)
    records: list[Record] = []
    stream = extract_stream(list(named.values()), sources=list(named), jobs=jobs, dask=dask, lines=into is not None)
    first = next(stream, None)  # the workers are forked before the bar starts its thread
    from regkg.graph.memory_view import collector_paused  # here: the workers forked above load no graph

    # the collector off while records pile up: each full collection would walk all received so far
    with collector_paused(), Progress(total_files=len(named), total_bytes=sum(_size(str(p)) for p in named.values()),
                                      enabled=wanted(progress)) as bar:
        for result in _chain(first, stream):
            bar.done(bytes_read=result.size, documents=result.documents)
            if result.error is not None:
                errors.append(result.error)
            elif result.record is not None:
                (into or records.append)(result.record)
                if digests is not None and result.digest:
                    digests[result.record.source] = result.digest
                if paths is not None:
                    paths[result.record.source] = Path(result.path)
    return records, errors


def _chain(first: Extracted | None, rest: Iterator[Extracted]) -> Iterator[Extracted]:
    if first is not None:
        yield first
        yield from rest
