"""Where the endpoint's queries run: each in a worker process forked from the server (it shares the
loaded graph copy-on-write and can be killed at its deadline, which a thread cannot), under three
rules that keep every client served while some queries are slow:

- the deadline counts from the request's arrival: a query that waited for a worker has that much less
  time to run, and one that found no worker before its deadline gets 503, not an endless wait;
- at most ``Limits.workers`` queries run at once;
- a query still running after ``Limits.quick_seconds`` is a long one: it drops to the lowest CPU
  priority (nice 19, so quick queries take the cores first), and at most ``Limits.long_workers`` long
  queries run at once (one more gets 503 at once) — the other workers are always left to quick ones.

The event loop never blocks on a query: it waits on the worker's pipe, and forks in a thread (a fork
of a large process copies its page tables).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import resource
import stat
import threading
import time
from collections.abc import Callable

import anyio
import pyoxigraph as ox
from rdflib import Graph

from regkg.errors import Rejected
from regkg.server.protocol import Limits, Parsed, answer

__all__ = ["Runner", "LONG_NICE"]

# CPU priority of a long query: the lowest, so the scheduler gives the cores to quick queries first.
LONG_NICE = 19


def _close_inherited_sockets(keep: int) -> None:
    """In a worker: close the sockets forked from the server (its listening socket, other clients'
    connections), so a connection the server closes is closed at once, not when the worker exits."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            if fd != keep and stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)
        except OSError:  # the descriptor listing itself, already closed
            pass


def _vm_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _work(source: Graph | ox.Store, parsed: Parsed, fmt: str, limits: Limits, conn) -> None:
    """In the worker: cap memory, answer, send (status, message, body) back."""
    try:
        _close_inherited_sockets(conn.fileno())
        try:
            limit = _vm_bytes() + limits.memory_bytes
            resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
        except (OSError, ValueError):
            pass
        try:
            reply = (200, "", answer(source, parsed, fmt, limits))
        except Rejected as exc:
            reply = (exc.status, exc.message, b"")
        except MemoryError:
            reply = (503, "the query needed more memory than the server allows a query", b"")
        conn.send_bytes(pickle.dumps(reply))
    finally:
        conn.close()


async def _readable(conn, until: float) -> bool:
    """Whether ``conn`` has something to read (an answer, or the end of a worker that died) by ``until``."""
    with anyio.move_on_after(max(0.0, until - time.monotonic())):
        await anyio.wait_readable(conn.fileno())
        return True
    return False


class Runner:
    """Runs checked queries over one graph (an rdflib graph or a pyoxigraph store) in worker processes
    (see the module's rules). ``source`` may be a function that opens the graph: it is called when
    the first query comes, in a thread of its own, and queries that arrive before it returns wait for
    it within their deadline (a graph read through its index opens its RDF store only for SPARQL:
    parsing a large graph.ttl takes a minute the rest of the server need not wait for, and its store
    2.5 GB at 1,000 gazettes that a server no one asks SPARQL of need not hold)."""

    def __init__(self, source: Graph | ox.Store | Callable[[], Graph | ox.Store], limits: Limits) -> None:
        if not 0 < limits.long_workers < limits.workers:
            raise ValueError("Limits.long_workers must be at least 1 and fewer than Limits.workers")
        self.limits = limits
        self._workers = anyio.Semaphore(limits.workers)
        self._long = anyio.Semaphore(limits.long_workers)
        self._opened = threading.Event()
        self._failure: str | None = None
        self._opener: Callable[[], Graph | ox.Store] | None = None
        self._starting = threading.Lock()
        if isinstance(source, (Graph, ox.Store)):
            self.source = source
            self._opened.set()
        else:
            self._opener = source

    def _start(self) -> None:
        """Begin opening the graph, once."""
        with self._starting:
            opener, self._opener = self._opener, None
        if opener is not None:
            threading.Thread(target=self._open, args=(opener,), name="regkg-sparql-store", daemon=True).start()

    def _open(self, opener: Callable[[], Graph | ox.Store]) -> None:
        try:
            self.source = opener()
        except Exception as exc:  # a damaged store: every query says so instead of hanging
            self._failure = f"the graph's RDF store cannot be opened: {exc}"
        finally:
            self._opened.set()

    async def _ready(self, deadline: float) -> None:
        self._start()
        if not self._opened.is_set():
            await anyio.to_thread.run_sync(self._opened.wait, max(0.0, deadline - time.monotonic()))
        if not self._opened.is_set():
            raise Rejected(503, "the graph is still being opened for SPARQL (the server has just started); "
                                "try again shortly")
        if self._failure:
            raise Rejected(503, self._failure)

    async def run(self, parsed: Parsed, fmt: str, *, arrived: float) -> bytes:
        """The serialised answer; :class:`Rejected` (503) past the deadline ``arrived`` (a
        ``time.monotonic()``) plus ``Limits.seconds``, (400) on a bad or over-large result."""
        deadline = arrived + self.limits.seconds
        await self._ready(deadline)
        with anyio.move_on_after(max(0.0, deadline - time.monotonic())) as waiting:
            await self._workers.acquire()
        if waiting.cancelled_caught:
            raise Rejected(503, f"the server is busy: no query worker was free within {self.limits.seconds:g} s; "
                                "try again shortly")
        try:
            return await self._in_worker(parsed, fmt, deadline)
        finally:
            self._workers.release()

    async def _in_worker(self, parsed: Parsed, fmt: str, deadline: float) -> bytes:
        multiprocessing.active_children()  # reaps the workers that have exited since the last query
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_work, args=(self.source, parsed, fmt, self.limits, send), daemon=True)
        long = False
        try:
            try:
                await anyio.to_thread.run_sync(process.start)
            except OSError as exc:  # fork refused: no memory or process slots left
                raise Rejected(503, f"the server cannot start a query worker now ({exc.strerror or exc}); "
                                    "try again shortly") from None
            send.close()
            ready = await _readable(receive, min(deadline, time.monotonic() + self.limits.quick_seconds))
            if not ready and time.monotonic() < deadline:
                try:
                    self._long.acquire_nowait()
                except anyio.WouldBlock:
                    raise Rejected(503, f"the server is already running {self.limits.long_workers} long queries "
                                        "(the most it runs at once); try again shortly") from None
                long = True
                with contextlib.suppress(ProcessLookupError):  # it may have just finished
                    os.setpriority(os.PRIO_PROCESS, process.pid, LONG_NICE)
                ready = await _readable(receive, deadline)
            if not ready:
                raise Rejected(503, f"the query ran longer than {self.limits.seconds:g} s (the server's limit, "
                                    "counted from its arrival) and was stopped; narrow it or add LIMIT")
            try:
                status, message, body = pickle.loads(await anyio.to_thread.run_sync(receive.recv_bytes))
            except EOFError:
                raise Rejected(503, "the query worker stopped without an answer (out of memory?)") from None
        finally:
            if long:
                self._long.release()
            send.close()
            receive.close()
            if process.pid is not None and process.is_alive():
                process.kill()  # reaped by a later active_children()
        if status != 200:
            raise Rejected(status, message)
        return body
