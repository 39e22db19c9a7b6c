"""The progress bar of long builds: files, documents, MB/s and ETA on a terminal; silent in pipes
and CI (where ``CI`` is set), so logs stay clean."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

__all__ = ["Progress", "Steps", "wanted"]


def wanted(progress: bool | None, stream: TextIO | None = None) -> bool:
    """Whether to draw: as asked, else only on a terminal outside CI."""
    if progress is not None:
        return progress
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


def _bar(**options):
    """A tqdm bar without tqdm's monitor thread (which only redraws a bar stuck for ten seconds): a build
    forks a child only while it runs no other thread (:func:`regkg.graph.duties_aside.can_fork`)."""
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0

    return Bar(**options)


class Progress:
    """Counts files, documents and bytes; draws a tqdm bar (bytes as MB/s and ETA) when ``enabled``.

    >>> p = Progress(total_files=2, total_bytes=10, enabled=False)
    >>> p.done(bytes_read=4, documents=3); p.done(bytes_read=6, documents=1)
    >>> p.files, p.documents, p.bytes
    (2, 4, 10)
    """

    def __init__(self, *, total_files: int, total_bytes: int, enabled: bool, label: str = "extract") -> None:
        self.files = self.documents = self.bytes = 0
        self.total_files = total_files
        self._bar = None
        if enabled:
            self._bar = _bar(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1_000, desc=label,
                             dynamic_ncols=True, file=sys.stderr, smoothing=0.1)

    def done(self, *, bytes_read: int, documents: int) -> None:
        """One file finished."""
        self.files += 1
        self.documents += documents
        self.bytes += bytes_read
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.files}/{self.total_files} files, {self.documents} documents",
                                      refresh=False)
            self._bar.update(bytes_read)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Steps:
    """The steps of a build after extraction (resolving, the view, the store, graph.ttl …), each
    printed with its time when it ends, so a long build never sits silent on a terminal; nothing is
    printed unless ``enabled``.

    >>> import io
    >>> out = io.StringIO()
    >>> with Steps(enabled=True, stream=out).step("resolve", "1,000 records"):
    ...     pass
    >>> out.getvalue().split()[:3]
    ['resolve', '1,000', 'records']
    >>> counted = []
    >>> with Steps(enabled=True, stream=out).step("triples", lambda: f"{len(counted):,} duties"):
    ...     counted += [1, 2]
    >>> out.getvalue().splitlines()[1].split()[:3]
    ['triples', '2', 'duties']
    """

    def __init__(self, *, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self._stream = stream or sys.stderr

    @contextmanager
    def step(self, name: str, what: str | Callable[[], str] = "") -> Iterator[None]:
        """Time the block; ``what`` it did, or a function saying so once it is done (a count it makes)."""
        started = time.perf_counter()
        yield
        if self.enabled:
            said = what() if callable(what) else what
            print(f"{name:<10} {said:<28} {time.perf_counter() - started:7.1f} s", file=self._stream, flush=True)

    def bar(self, total: int, label: str):
        """A tqdm bar over ``total`` items when enabled, else None."""
        if not self.enabled:
            return None
        return _bar(total=total, desc=label, unit=" pages", dynamic_ncols=True, file=self._stream, smoothing=0.1)
