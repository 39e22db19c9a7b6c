"""Duties resolved in a forked process of their own, beside the resolution's last pass.

A large build's last pass over its records (:func:`regkg.graph.resolve.resolve`) was serial, and the
core the extraction's workers had used sat idle through it. Duties are most of that pass's work (at
1,000 generated gazettes, 457,000 duties: reading their JSON, naming their IRIs, filing their rows, about
12 of its 18 s), and they need nothing the pass makes for the other facts: the documents and bodies the
earlier passes made are all they read. So a child forked when those passes are done resolves the
duties of the later records into a database file of its own (:class:`~regkg.graph.duty_table.DutyTable`
``path=``), while the build resolves everything else; the build then takes the child's rows after its
own (in source order, as one process would have filed them), its bodies and its warnings.

The file is in the output folder's builds folder (``.regkg-duties.*.tmp``): removed here once taken or
on failure, and by the folder's watchdog if the build is killed. The child ends with its build
(:func:`regkg.processes.die_with_parent`). Fork only: a process started afresh would have to be sent
the documents and bodies it needs; a fork shares them (copy-on-write: the child writes to few of their
pages).
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from regkg.errors import OutputError
from regkg.graph.duty_table import DutyTable
from regkg.graph.record_file import spill_error
from regkg.processes import die_with_parent

__all__ = ["DutiesAside", "can_fork"]


def can_fork() -> bool:
    """Whether this process may fork a child that resolves duties: on Linux (macOS's fork is unsafe with
    the system's libraries), and only while no other thread runs. A thread inside SQLite or the allocator
    at the moment of the fork would leave the child a lock no one releases (an application's own thread,
    IPython's history writer); a build's command line runs none then."""
    return hasattr(os, "fork") and sys.platform.startswith("linux") and threading.active_count() == 1


class DutiesAside:
    """``work(table)`` run in a forked child that files duties into ``table`` (a file in ``folder``);
    :meth:`result` waits for it and gives what ``work`` returned, :meth:`take` appends its duties to a
    table of this process. A context manager: on leaving, a child still running is ended and the file
    removed."""

    def __init__(self, folder: str | Path, work: Callable[[DutyTable], Any]) -> None:
        try:
            fd, self.path = tempfile.mkstemp(prefix=".regkg-duties.", suffix=".tmp", dir=folder)
        except OSError as exc:  # a full or read-only output disk: the one line a build's temporary files give
            raise spill_error(exc, folder, variable=None) from exc
        os.close(fd)
        read, write = os.pipe()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            os.unlink(self.path)
            raise
        if pid == 0:  # the child: never returns
            os.close(read)
            _child(write, parent, self.path, work)
        os.close(write)
        self.pid: int | None = pid  # the child's, until it is waited for
        self._read = read

    def result(self) -> Any:
        """What ``work`` returned, once the child has ended; its failure raised here (an output error as
        itself: a full disk names the folder)."""
        chunks = []
        with os.fdopen(self._read, "rb") as pipe:
            while chunk := pipe.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if not chunks:
            raise RuntimeError(f"the process resolving duties ended without a result (status {status})")
        kind, *what = pickle.loads(b"".join(chunks))
        if kind == "output":
            raise OutputError(*what)
        if kind == "error":
            raise RuntimeError(f"the process resolving duties failed: {what[0]}")
        return what[0]

    def take(self, table: DutyTable) -> None:
        """Append the child's duties to ``table``, after those it holds; the file is then removed."""
        table.take(self.path)
        self._remove()

    def _remove(self) -> None:
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass

    def __enter__(self) -> DutiesAside:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pid is not None:  # left early (a failure here): the child is not waited for
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.pid = None
            try:
                os.close(self._read)
            except OSError:
                pass
        self._remove()


def _child(pipe: int, parent: int, path: str, work: Callable[[DutyTable], Any]) -> None:
    """The forked child: run ``work`` on a table at ``path``, send back ``("ok", result)``, ``("output",
    path, reason)`` or ``("error", message)`` pickled, and end without running this process's exit
    handlers or finalisers (they are the parent's: its open databases, its temporary files)."""
    code = 1
    try:
        die_with_parent(parent)
        table = DutyTable(path)
        message: tuple = ("ok", work(table))
        table.written()
        table.close()
        code = 0
    except OutputError as exc:
        message = ("output", exc.path, exc.reason)
    except BaseException as exc:  # sent as text: the parent raises it
        message = ("error", f"{type(exc).__name__}: {exc}")
    try:
        data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(pipe, view):]
    finally:
        os._exit(code)
