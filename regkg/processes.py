"""Processes of a build: a module of this regkg run as a Python process of its own (the full-text
index's writer, a build's watchdog), whose path puts the folder holding this package first, so it runs the
regkg this process runs, whatever its working folder or environment would find first; and forked workers
(extraction, document pages) that end when the build does, however it ends; and the memory a build's
process gives back between its steps."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from pathlib import Path

__all__ = ["command", "die_with_parent", "give_back_freed_memory"]

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_PARENT_POLL_S = 0.2

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[1])


def command(module: str, *args: str) -> list[str]:
    """The command running ``module.main()`` in a new Python with ``args`` as its ``sys.argv[1:]``, its
    exit status what ``main`` returns.

    >>> command("regkg.graph.text_index", "index.sqlite")[-2:] == [_PACKAGE_ROOT, "index.sqlite"]
    True
    """
    code = f"import sys; sys.path.insert(0, sys.argv.pop(1)); from {module} import main; sys.exit(main())"
    return [sys.executable, "-c", code, _PACKAGE_ROOT, *args]


def die_with_parent(parent: int) -> None:
    """Make this worker end when ``parent`` (the build that forked it) ends: a pool's worker waiting for
    work never learns that its build was killed (SIGKILL), and lived on for ever holding what it inherited,
    the output folder's lock among it, so the build's watchdog could not clean the folder (two kills of a
    100-gazette build while its pages were written, benchmarks/kill_builds.py). Called first in each worker."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True) if sys.platform.startswith("linux") else None
    if libc is None or libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        # elsewhere a thread watches for the parent's end (the worker is then adopted by another process)
        threading.Thread(target=_end_without, args=(parent,), daemon=True, name="regkg-parent-watch").start()
    if os.getppid() != parent:  # it ended before the signal was asked for
        os._exit(1)


def _end_without(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_S)
    os._exit(1)


def give_back_freed_memory() -> None:
    """Return to the system the pages malloc keeps free inside its heap (glibc's ``malloc_trim``; elsewhere
    nothing). What a build step lets go (the resolution's nodes, the sorted rows) is freed to malloc, which
    keeps most of it: objects of the next step sit above the freed space, so the heap's top never falls. At
    1,000 gazettes, trimmed after each step, the main process held 12-46 MB less at each step's end and the
    build's peak fell 448 -> 432 MB."""
    if sys.platform.startswith("linux"):
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # the symbols this process has loaded: glibc's
        if trim is not None:  # (musl has none)
            trim(0)
