"""Where extraction runs: in this process, in a pool of processes (``--jobs N``), or on a Dask
cluster (``--dask ADDRESS`` or ``--dask local``). All three give the same records, in input order.

Streaming: files are handed out one at a time and each record comes back as a plain dict as soon as
it is done, so memory holds the records (the graph's input) and never the files' text.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regkg.errors import InputError
from regkg.progress import Progress, wanted

__all__ = ["Extracted", "extract_all", "extract_stream", "default_jobs"]

# Files in flight per Dask worker: enough to keep it busy, few enough that memory stays flat.
_DASK_IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True)
class Extracted:
    """One input file's outcome: its record as a dict, or why it failed."""

    path: str
    record: dict[str, Any] | None
    error: InputError | None
    size: int
    digest: str | None = None

    @property
    def documents(self) -> int:
        return len(self.record["documents"]) if self.record else 0


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


def _extract_path(path: str) -> tuple[str, dict[str, Any] | None, str | None, int, str | None]:
    """Worker: (path, record dict, error reason, size, SHA-256). Errors travel as text: InputError's
    two-part constructor does not survive pickling."""
    from regkg.extract import extract_file
    from regkg.scale.incremental import file_digest

    size = _size(path)
    try:
        record = extract_file(path).to_dict()
    except InputError as exc:
        return path, None, exc.reason, size, None
    try:
        digest = file_digest(path)
    except OSError:
        digest = None
    return path, record, None, size, digest


def _extract_bytes(name: str, data: bytes) -> tuple[str, dict[str, Any] | None, str | None, int]:
    """Dask worker: the file's bytes arrive over the wire (no shared file system needed); they are
    read from a private folder under the file's own name, which is what a record calls its source."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="regkg-") as tmp:
        local = Path(tmp) / Path(name).name
        local.write_bytes(data)
        _, record, reason, _, digest = _extract_path(str(local))
    if reason is not None:
        reason = reason.replace(str(local), name)
    return name, record, reason, len(data), digest


def _as_result(found: tuple[str, dict[str, Any] | None, str | None, int, str | None]) -> Extracted:
    path, record, reason, size, digest = found
    return Extracted(path, record, InputError(path, reason) if reason is not None else None, size, digest)


def extract_stream(
    paths: list[Path], *, jobs: int | None = 1, dask: str | None = None
) -> Iterator[Extracted]:
    """Extract ``paths`` (files), yielding each outcome in the order of ``paths``."""
    names = [str(p) for p in paths]
    if dask:
        yield from _dask_stream(names, dask)
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or len(names) <= 1:
        for name in names:
            yield _as_result(_extract_path(name))
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    with multiprocessing.get_context(method).Pool(min(jobs, len(names))) as pool:
        for found in pool.imap(_extract_path, names, chunksize=1):
            yield _as_result(found)


def _dask_stream(names: list[str], address: str) -> Iterator[Extracted]:
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
            future = client.submit(_extract_bytes, names[i], data, key=f"regkg-extract-{i}-{os.getpid()}", pure=False)
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
    skip: set[str] | None = None,
    digests: dict[str, str] | None = None,
) -> tuple[list[dict[str, Any]], list[InputError]]:
    """Records (dicts) of every input that reads, and the errors of those that do not; ``digests``,
    when given, receives the SHA-256 of each file read, by name.

    ``skip`` names files (by name, as records call their source) not to extract.
    """
    from regkg.extract.read import expand_inputs

    paths, errors = expand_inputs(inputs)
    if skip:
        paths = [p for p in paths if p.name not in skip]
    records: list[dict[str, Any]] = []
    stream = extract_stream(paths, jobs=jobs, dask=dask)
    first = next(stream, None)  # the workers are forked before the bar starts its thread
    with Progress(total_files=len(paths), total_bytes=sum(_size(str(p)) for p in paths),
                  enabled=wanted(progress)) as bar:
        for result in _chain(first, stream):
            bar.done(bytes_read=result.size, documents=result.documents)
            if result.error is not None:
                errors.append(result.error)
            elif result.record is not None:
                records.append(result.record)
                if digests is not None and result.digest:
                    digests[result.record["source"]] = result.digest
    return records, errors


def _chain(first: Extracted | None, rest: Iterator[Extracted]) -> Iterator[Extracted]:
    if first is not None:
        yield first
        yield from rest
