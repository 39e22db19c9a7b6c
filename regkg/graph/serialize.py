"""Deterministic Turtle: the same triples always give the same bytes.

rdflib's serializer orders most things but not all, so regkg writes Turtle itself: prefixes in a fixed
order, subjects sorted by IRI, ``rdf:type`` first then predicates by IRI, objects sorted, every literal
written in full (``"2024-03-31"^^xsd:date``). No blank nodes are ever written: regkg mints an IRI for
everything. Files are written to a temporary file and moved into place, so a reader never sees half,
and a whole output folder is written as a unit (:class:`OutputFolder`), so a reader never sees half a
build either.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from typing import IO, TYPE_CHECKING

from regkg.errors import OutputError, StoreError

if TYPE_CHECKING:
    from regkg.graph.terms import Row

# The Turtle writer's terms (rdflib, pyoxigraph) are imported when Turtle is written: reading a build
# through its index (current_build, check_file) must not pay for them.

__all__ = ["to_turtle", "turtle_lines", "write_atomic", "write_lines_atomic", "copy_atomic", "FileDigest", "file_digest",
           "check_file", "OutputFolder", "current_build", "MACHINERY"]

# A local name regkg can write as prefix:local safely (ASCII, no escapes needed).
_SIMPLE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_UNWRITABLE = re.compile(r'[<>"{}|^`\\ ]')
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class _Writer:
    """Term -> Turtle text, remembering IRIs and datatypes (each is written many times)."""

    def __init__(self) -> None:
        from regkg.graph.terms import IRI, XSD_STRING, literal_text
        from regkg.ontology import PREFIXES

        self._iris: dict[str, str] = {}
        self._suffixes: dict[str, str] = {XSD_STRING: ""}
        self._iri_kind, self._literal, self.prefixes = IRI, literal_text, PREFIXES

    def iri(self, value: str) -> str:
        text = self._iris.get(value)
        if text is None:
            text = self._iris[value] = _iri_text(value, self.prefixes)
        return text

    def obj(self, value: str, kind: str) -> str:
        if kind == self._iri_kind:
            return self.iri(value)
        suffix = self._suffixes.get(kind)
        if suffix is None:
            suffix = self._suffixes[kind] = kind if kind[0] == "@" else f"^^{self.iri(kind)}"
        return self._literal(value) + suffix


def _iri_text(value: str, prefixes: Mapping[str, str]) -> str:
    for prefix, namespace in prefixes.items():
        if value.startswith(namespace) and _SIMPLE_LOCAL.match(value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace):]}"
    if _UNWRITABLE.search(value):
        raise StoreError(f"IRI cannot be written in Turtle: {value!r}")
    return f"<{value}>"


def turtle_lines(rows: Iterable[Row], header: str = "") -> Iterator[str]:
    """Sorted Turtle of ``rows`` (distinct triples as :mod:`regkg.graph.terms` rows), line by line
    (each ending in a newline)."""
    writer = _Writer()
    iri, obj = writer.iri, writer.obj
    # Filed by subject, then each subject's few triples sorted: much cheaper than one sort of
    # millions of tuples, and the same order. The rows themselves are filed (one subject per list,
    # so they sort as (p, o, kind) would): no second tuple per triple (the
    # writer's peak 71 -> 25 MB at 730,000 triples, tracemalloc).
    by_subject: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_subject[row[0]].append(row)
    for line in header.splitlines():
        yield f"# {line}\n"
    for prefix, namespace in writer.prefixes.items():
        yield f"@prefix {prefix}: <{namespace}> .\n"
    for subject in sorted(by_subject):
        statements = by_subject[subject]
        statements.sort()
        parts: list[str] = []
        types: list[str] = []
        last, objects = "", types
        for _, p, o, kind in statements:
            if p != last:
                if objects is not types:
                    parts.append(f"{iri(last)} {' , '.join(objects)}")
                last, objects = p, types if p == _RDF_TYPE else []
            objects.append(obj(o, kind))
        if objects is not types:
            parts.append(f"{iri(last)} {' , '.join(objects)}")
        if types:
            parts.insert(0, f"a {' , '.join(types)}")
        yield f"\n{iri(subject)} " + " ;\n    ".join(parts) + " .\n"


def to_turtle(rows: Iterable[Row], header: str = "") -> str:
    """Sorted Turtle text of ``rows``; ``header`` lines become ``#`` comments at the top."""
    return "".join(turtle_lines(rows, header))


@dataclass(frozen=True)
class FileDigest:
    """A file's SHA-256 (hex) and size in bytes, as build.json records them."""

    sha256: str
    bytes: int


_LINES_PER_WRITE = 4096  # lines encoded, hashed and written at a time
_BLOCK = 1 << 20  # bytes copied at a time


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes, hex."""
    with open(path, "rb") as handle:  # the standard library reads it in chunks: large files never sit whole
        return hashlib.file_digest(handle, "sha256").hexdigest()


def check_file(path: Path, expected: Mapping[str, object], *, shown: str | Path | None = None,
               hashed: bool = True) -> None:
    """Refuse a file that is not the one build.json describes (truncated, a line removed, emptied):
    :class:`StoreError` naming it (as ``shown``, the path a user knows), never a wrong answer.
    ``hashed=False`` compares the size alone (a stat, not a read of gigabytes): what opening a build
    through its index checks of the files it does not read."""
    shown = shown or path
    try:
        size = path.stat().st_size
        same = size == expected.get("bytes") and (not hashed or file_digest(path) == expected.get("sha256"))
    except OSError as exc:
        raise StoreError(f"cannot read {shown}: {exc.strerror or exc}") from exc
    if not same:
        raise StoreError(f"{shown} is not the file this build wrote ({size:,} bytes, build.json says "
                         f"{expected.get('bytes'):,} and another SHA-256): rebuild with `regkg build`")


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


# Modes of ordinary files and folders others may read (mkstemp and mkdtemp make them private).
_FILE_MODE, _DIR_MODE = 0o666 & ~_umask(), 0o777 & ~_umask()


def write_atomic(path: str | Path, text: str) -> FileDigest:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    return write_lines_atomic(path, (text,))


def write_lines_atomic(path: str | Path, lines: Iterable[str]) -> FileDigest:
    """Write ``lines`` to ``path`` through a temporary file in the same folder and ``os.replace``;
    returns what was written's digest (hashed on the way, not read back)."""
    lines = iter(lines)
    return _write_blocks_atomic(path, iter(lambda: "".join(islice(lines, _LINES_PER_WRITE)).encode("utf-8"), b""))


def copy_atomic(source: IO[bytes], path: str | Path) -> FileDigest:
    """Write the bytes of the open file ``source`` (from its start) to ``path`` as :func:`write_lines_atomic` does."""
    source.seek(0)
    return _write_blocks_atomic(path, iter(lambda: source.read(_BLOCK), b""))


def _write_blocks_atomic(path: str | Path, blocks: Iterator[bytes]) -> FileDigest:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as handle:
            for data in blocks:
                digest.update(data)
                size += len(data)
                handle.write(data)
        os.chmod(tmp, _FILE_MODE)  # mkstemp makes 0600; outputs are ordinary files others may read
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:  # a failed write() names no file: name it
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    return FileDigest(digest.hexdigest(), size)


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
    ``current``, so they all change at that one moment. Killed before it, the old build is current and
    the next build removes the half-written folder; killed after it, the new build is current and the
    next build removes the old one. A failed write (full or read-only disk) removes the staging folder
    and leaves the old build as it was. regkg's own readers resolve ``current`` once
    (:func:`current_build`). A folder an older regkg wrote (plain files) has its files replaced by links
    one at a time on its first build; only that migration can be seen half-done.

    Why links and not a rename of OUT itself: OUT holds files that are not the build's (outputs/README.md
    is tracked by git, ``regkg view`` writes OUT/views/), and two renames leave a moment with no OUT
    (Linux's ``RENAME_EXCHANGE`` would not, but it is neither portable nor in Python). Files are not
    fsynced: a killed process loses nothing it wrote (the page cache outlives it); a power cut may.

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

    def __enter__(self) -> "OutputFolder":
        try:
            self.builds.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path / MACHINERY / _LOCK, os.O_RDWR | os.O_CREAT, _FILE_MODE)
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
        return self

    def __exit__(self, *exc_info: object) -> None:
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
            os.chmod(folder, _DIR_MODE)
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
        _swap_link(self.path / MACHINERY / _CURRENT, f"{_BUILDS}/{folder.name}")  # the moment of the swap
        for name in sorted(os.listdir(folder)):
            self._link(name)
        for entry in self.path.iterdir():  # links to what this build did not write (views, after --no-views)
            if entry.is_symlink() and os.readlink(entry) == self._target(entry.name) and not entry.exists():
                entry.unlink()
        for entry in self.builds.iterdir():
            if entry.name != folder.name:
                _remove(entry)

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
        """Remove what a killed build left: staging and superseded builds, temporary files and links."""
        current = current_build(self.path).name
        for entry in self.builds.iterdir():
            if entry.name != current:
                _remove(entry)
        for folder in (self.path, self.path / MACHINERY):
            for temp in folder.glob(_TEMP_GLOB):
                _remove(temp)


def _output_error(exc: OSError, outdir: Path, staging: Path | None = None) -> OutputError:
    """``exc`` as one line naming the path the user knows (OUT/graph.ttl, not the staging folder's)."""
    where = str(exc.filename or outdir)
    if staging is not None and where.startswith(str(staging)):
        where = str(outdir) + where[len(str(staging)):]
    return OutputError(where, exc.strerror or str(exc))
