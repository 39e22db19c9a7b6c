"""Files written whole or not at all: each through a temporary file in the same folder and one
``os.replace``, so a reader never sees half; hashed on the way (:class:`FileDigest`, what build.json
records) and checked against that record when read (:func:`check_file`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, AnyStr

from regkg.errors import StoreError

__all__ = ["FileDigest", "file_digest", "check_file", "write_atomic", "write_lines_atomic", "write_blocks_atomic",
           "utf8_blocks", "joined", "copy_atomic", "UnnamedFile", "FILE_MODE", "DIR_MODE"]

@dataclass(frozen=True)
class FileDigest:
    """A file's SHA-256 (hex) and size in bytes, as build.json records them."""

    sha256: str
    bytes: int


# Characters encoded, hashed and written at a time: counted in characters, not lines, because a line
# can be large (records.jsonl holds a gazette's record per line, ~250 KB; 4,096 of them were the whole
# file of a 1,000-gazette build, ~700 MB held at once as text and bytes).
_CHARS_PER_WRITE = 1 << 20
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
FILE_MODE, DIR_MODE = 0o666 & ~_umask(), 0o777 & ~_umask()


def write_atomic(path: str | Path, text: str) -> FileDigest:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    return write_lines_atomic(path, (text,))


def write_lines_atomic(path: str | Path, lines: Iterable[str]) -> FileDigest:
    """Write ``lines`` to ``path`` through a temporary file in the same folder and ``os.replace``;
    returns what was written's digest (hashed on the way, not read back)."""
    return write_blocks_atomic(path, utf8_blocks(lines))


def utf8_blocks(lines: Iterable[str]) -> Iterator[bytes]:
    """``lines`` joined and encoded as UTF-8 about :data:`_CHARS_PER_WRITE` characters at a time.

    >>> [len(b) for b in utf8_blocks(["ab\\n", "c" * (1 << 20), "d\\n"])], b"".join(utf8_blocks(["é\\n"]))
    ([1048579, 2], b'\\xc3\\xa9\\n')
    """
    return (block.encode("utf-8") for block in joined(lines, _CHARS_PER_WRITE))


def joined(pieces: Iterable[AnyStr], size: int) -> Iterator[AnyStr]:
    """``pieces`` (all text or all bytes) joined into blocks of about ``size`` characters or bytes, the last one
    shorter: one write a block, not one a line.

    >>> list(joined(["ab", "cd", "e"], 3)), list(joined([b"ab", b"c"], 2)), list(joined([], 2))
    (['abcd', 'e'], [b'ab', b'c'], [])
    """
    batch: list[AnyStr] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield batch[0][:0].join(batch)
            batch, length = [], 0
    if batch:
        yield batch[0][:0].join(batch)


def copy_atomic(source: IO[bytes], path: str | Path) -> FileDigest:
    """Write the bytes of the open file ``source`` (from its start) to ``path`` as :func:`write_lines_atomic` does."""
    source.seek(0)
    return write_blocks_atomic(path, iter(lambda: source.read(_BLOCK), b""))


class UnnamedFile:
    """A file with no name, written once (hashed on the way) and then given its name by :meth:`place`:
    gone with the process, however it ends, until then.

    Made in ``folder`` with Linux's ``O_TMPFILE`` where its file system has it, so that :meth:`place`
    gives it a name in that file system by a link, not a copy: a national build's graph.ttl is 11 GB,
    which a copy held twice on the output's disk and read and wrote once more. Elsewhere (no folder, no
    ``O_TMPFILE``, another file system) it is an ordinary temporary file in TMPDIR, copied.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> spill = UnnamedFile(folder); spill.write([b"a\\n", b"b\\n"])
    >>> spill.place(folder / "x.txt").bytes, (folder / "x.txt").read_text(), sorted(os.listdir(folder))
    (4, 'a\\nb\\n', ['x.txt'])
    """

    def __init__(self, folder: str | Path | None = None, *, prefix: str = "regkg-") -> None:
        self.digest: FileDigest | None = None
        self.folder: Path | None = None  # where it lives, when that is ``folder`` (else TMPDIR)
        if folder is not None and hasattr(os, "O_TMPFILE"):
            try:  # without O_EXCL, which would forbid the link (tempfile.TemporaryFile sets it)
                fd = os.open(folder, os.O_TMPFILE | os.O_RDWR, FILE_MODE)
            except OSError:  # a file system without O_TMPFILE, or an older kernel
                pass
            else:
                self.file: IO[bytes] = os.fdopen(fd, "w+b")
                self.folder = Path(folder)
                return
        self.file = tempfile.TemporaryFile(prefix=prefix)

    def write(self, blocks: Iterable[bytes]) -> None:
        digest, size = hashlib.sha256(), 0
        for data in blocks:
            digest.update(data)
            size += len(data)
            self.file.write(data)
        self.file.flush()
        self.digest = FileDigest(digest.hexdigest(), size)

    def place(self, path: str | Path) -> FileDigest:
        """Give the file the name ``path``, atomically: a link where it can (:class:`UnnamedFile`), else a
        copy (:func:`copy_atomic`)."""
        path = Path(path)
        if self.folder is not None and self.digest is not None:
            temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            try:
                folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
                try:  # with a folder's fd Python calls linkat(AT_SYMLINK_FOLLOW), which follows the /proc link
                    os.link(f"/proc/self/fd/{self.file.fileno()}", temp.name, dst_dir_fd=folder)
                finally:
                    os.close(folder)
                os.replace(temp, path)
                return self.digest
            except OSError:  # another file system (EXDEV), or no /proc: copied below
                temp.unlink(missing_ok=True)
        return copy_atomic(self.file, path)

    def close(self) -> None:
        self.file.close()


def write_blocks_atomic(path: str | Path, blocks: Iterable[bytes]) -> FileDigest:
    """Write ``blocks`` of bytes to ``path`` as :func:`write_lines_atomic` writes its lines."""
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
        os.chmod(tmp, FILE_MODE)  # mkstemp makes 0600; outputs are ordinary files others may read
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:  # a failed write() names no file: name it
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    return FileDigest(digest.hexdigest(), size)
