"""An output folder written as a unit (:class:`OutputFolder`): a reader sees one complete build, the
old or the new, never half of one; a second build into it is refused while one runs.
"""

from __future__ import annotations

import fcntl
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from regkg.errors import OutputError
from regkg.graph.atomic_files import DIR_MODE, FILE_MODE
from regkg.processes import command

__all__ = ["OutputFolder", "current_build", "MACHINERY"]

# An output folder's own machinery, in OUT/.regkg: the builds, the link naming the current one, the lock.
MACHINERY = ".regkg"
_BUILDS, _CURRENT, _LOCK = "builds", "current", "lock"
# What a killed process leaves: write_atomic's ".graph.ttl.k2j3x.tmp", a link's ".current.812.tmp".
_TEMP_GLOB = ".*.tmp"


def current_build(outdir: str | Path) -> Path:
    """The folder holding OUTDIR's current build, resolved once: read every file of one build from it
    and a build swapped in meanwhile cannot mix with it. OUTDIR itself for a folder an older regkg wrote.

    >>> current_build("no/such/folder")
    PosixPath('no/such/folder')
    """
    link = Path(outdir) / MACHINERY / _CURRENT
    try:
        return link.parent / os.readlink(link)
    except OSError:
        return Path(outdir)


def _swap_link(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` with one rename: a reader finds the old link or the new, never none."""
    temp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    os.symlink(target, temp)
    os.replace(temp, link)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


class OutputFolder:
    """An output folder written as a unit: a reader sees one complete build, the old or the new.

    Layout (``regkg build -o OUT``)::

        OUT/.regkg/lock              the build lock (flock: the kernel drops it when its process dies)
        OUT/.regkg/builds/B/         one complete build: graph.ttl, build.json, records.jsonl, docs/, …
        OUT/.regkg/current -> builds/B
        OUT/graph.ttl -> .regkg/current/graph.ttl     one link per name a build writes
        OUT/docs -> .regkg/current/docs               (so OUT/index.html opens as it always did)
        OUT/README.md, OUT/views/    anything else is the user's, left alone

    A build takes the lock (a second one is refused with :class:`OutputError`; a dead holder's lock is
    free), writes into a new folder under ``builds/`` (:meth:`staging`) and, once every file is there,
    replaces the ``current`` link by one rename (atomic on POSIX). The links in OUT lead through
    ``current``, so they all change at that one moment (a link to a name the old build lacks is made just
    before, one to a name the new build lacks removed just after). Killed before it, the old build is
    current; killed after it, the new one. Either way what the killed build left (its half-written folder,
    temporary files, the superseded build) is removed within a moment by its watchdog, a process of its
    own that outlives a SIGKILL (:func:`watch`), or else by the next build. A failed write (full or
    read-only disk) removes the staging folder and leaves the old build as it was. regkg's own readers resolve ``current`` once
    (:func:`current_build`). A folder an older regkg wrote (plain files) has its files replaced by links
    one at a time on its first build; only that migration can be seen half-done.

    Why links and not a rename of OUT itself: OUT holds files that are not the build's (outputs/README.md
    is tracked by git, ``regkg view`` writes OUT/views/), and two renames leave a moment with no OUT
    (Linux's ``RENAME_EXCHANGE`` would not, but it is neither portable nor in Python). Files are not
    fsynced: a killed process loses nothing it wrote (the page cache outlives it); a power cut may.

    >>> from regkg.graph.atomic_files import write_atomic
    >>> import tempfile; out = Path(tempfile.mkdtemp()) / "out"
    >>> with OutputFolder(out) as folder, folder.staging() as staging:
    ...     _ = write_atomic(staging / "graph.ttl", "")
    >>> os.readlink(out / "graph.ttl"), (out / "graph.ttl").exists()
    ('.regkg/current/graph.ttl', True)
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.builds = self.path / MACHINERY / _BUILDS
        self._lock: int | None = None
        self._watch: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> "OutputFolder":
        try:
            self.builds.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path / MACHINERY / _LOCK, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as exc:  # named as the folder asked for: its .regkg/ is regkg's business
            raise OutputError(str(self.path), exc.strerror or str(exc)) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputError(str(self.path), f"another build (process {holder}) is writing it; "
                                              "wait for it to end") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._lock = fd
        try:
            self._clean()
        except BaseException:
            self.__exit__()
            raise
        self._watch = _watchdog(self.path)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._watch is not None:  # ended, not killed: the watchdog has nothing to do
            try:
                self._watch.communicate(b"ok", timeout=_WATCH_ROUNDS * _WATCH_PAUSE_S)
            except (OSError, subprocess.TimeoutExpired):
                self._watch.kill()
            self._watch = None
        if self._lock is not None:
            os.close(self._lock)  # releases the flock
            self._lock = None

    @contextmanager
    def staging(self) -> Iterator[Path]:
        """A new, empty folder to write a build into; made OUT's current build when the block ends
        without an error, removed otherwise. Errors writing become one :class:`OutputError`."""
        if self._lock is None:
            raise OutputError(str(self.path), "staging a build needs the folder's lock (use `with OutputFolder(…)`)")
        try:
            folder = Path(tempfile.mkdtemp(prefix=time.strftime("%Y%m%dT%H%M%S-"), dir=self.builds))
            os.chmod(folder, DIR_MODE)
        except OSError as exc:
            raise _output_error(exc, self.path) from exc
        try:
            yield folder
        except BaseException as exc:
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, OSError):
                raise _output_error(exc, self.path, folder) from exc
            raise
        try:
            self._publish(folder)
        except OSError as exc:
            raise _output_error(exc, self.path, folder) from exc

    def _publish(self, folder: Path) -> None:
        self._link_all(folder)  # before the swap: a link it adds leads nowhere until then
        _swap_link(self.path / MACHINERY / _CURRENT, f"{_BUILDS}/{folder.name}")  # the moment of the swap
        self._unlink_missing()
        self._remove_builds_but(folder)

    def _link_all(self, folder: Path) -> None:
        """A link in OUT through ``current`` for every name the build in ``folder`` wrote."""
        for name in sorted(os.listdir(folder)):
            self._link(name)

    def _remove_builds_but(self, folder: Path) -> None:
        for entry in self.builds.iterdir():
            if entry.name != folder.name:
                _remove(entry)

    def _unlink_missing(self) -> None:
        """Remove OUT's links to what the current build did not write (views, after --no-views)."""
        for entry in self.path.iterdir():
            if entry.is_symlink() and os.readlink(entry) == self._target(entry.name) and not entry.exists():
                entry.unlink()

    @staticmethod
    def _target(name: str) -> str:
        return f"{MACHINERY}/{_CURRENT}/{name}"

    def _link(self, name: str) -> None:
        final, target = self.path / name, self._target(name)
        if final.is_symlink() and os.readlink(final) == target:
            return
        if final.is_dir() and not final.is_symlink():  # a folder an older regkg wrote: set aside, then removed
            aside = self.builds / f".{name}.older"
            _remove(aside)
            os.replace(final, aside)
            _swap_link(final, target)
            _remove(aside)
        else:
            _swap_link(final, target)

    def _clean(self) -> None:
        """Remove what a killed build left: staging and superseded builds, temporary files, links the current
        build lacks or that it has but were not yet made."""
        current = current_build(self.path)
        self._remove_builds_but(current)
        for folder in (self.path, self.path / MACHINERY):
            for temp in folder.glob(_TEMP_GLOB):
                _remove(temp)
        if current != self.path:  # not a folder an older regkg wrote
            self._link_all(current)
            self._unlink_missing()


def watch(outdir: str | Path, said: int, parent: int) -> bool:
    """Clean OUTDIR as the next build would once its build, process ``parent``, is gone without saying on
    the pipe ``said`` that it ended (``ok``): it was killed. Run by a process of its own (:func:`_watchdog`), so a
    build killed with SIGKILL leaves its half-written folder and temporary files for a moment, not until the
    next build. Nothing is done if the folder is gone or another build holds it. True: cleaned."""
    heard = b""
    # the parent is watched, not only the pipe: the build's forked workers hold its end open after it is killed
    while os.getppid() == parent:
        if select.select([said], [], [], _WATCH_POLL_S)[0]:
            if not (chunk := os.read(said, 16)):
                break
            heard += chunk
            if heard.strip() == b"ok":  # not waiting for the pipe to close: a lingering forked worker holds it too
                return False
    folder = OutputFolder(outdir)
    try:
        fd = os.open(folder.path / MACHINERY / _LOCK, os.O_RDWR)  # never made anew: a folder removed stays so
    except OSError:
        return False
    deadline = time.monotonic() + _WATCH_ROUNDS * _WATCH_PAUSE_S
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            # held a moment longer by the killed build's forked workers (they share its lock), or by a next
            # build, which cleans the folder itself
            if time.monotonic() > deadline:
                os.close(fd)
                return False
            time.sleep(_WATCH_POLL_S)
    try:
        # the killed build's own children (the full-text index's process) may write on for a moment
        for _ in range(_WATCH_ROUNDS):
            folder._clean()
            if len(os.listdir(folder.builds)) <= 1 and not list(folder.path.glob(_TEMP_GLOB)):
                break
            time.sleep(_WATCH_PAUSE_S)
        return True
    finally:
        os.close(fd)


_WATCH_ROUNDS, _WATCH_PAUSE_S, _WATCH_POLL_S = 20, 0.5, 0.05


def _watchdog(outdir: Path) -> subprocess.Popen[bytes] | None:
    """A process of its own session (a SIGKILL to the build or its group leaves it) that cleans ``outdir``
    if the build ends without telling it so (:func:`watch`); None where it cannot be started."""
    try:
        return subprocess.Popen(command(__name__, str(outdir), str(os.getpid())), stdin=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:  # no process to spare: the next build cleans, as before
        return None


def main() -> int:
    """``python -m regkg.graph.output_folder OUTDIR PID``: :func:`watch` OUTDIR for the build, process PID,
    on stdin."""
    watch(sys.argv[1], sys.stdin.fileno(), int(sys.argv[2]))
    return 0


def _output_error(exc: OSError, outdir: Path, staging: Path | None = None) -> OutputError:
    """``exc`` as one line naming the path the user knows (OUT/graph.ttl, not the staging folder's)."""
    where = str(exc.filename or outdir)
    if staging is not None and where.startswith(str(staging)):
        where = str(outdir) + where[len(str(staging)):]
    return OutputError(where, exc.strerror or str(exc))
