"""Stage 1 of extraction: a path becomes decoded text.

``read_input`` turns one file — plain text in any encoding :mod:`regkg.extract.decode` reads, a PDF with
a text layer (:mod:`regkg.extract.pdf_text`), a Word document (:mod:`regkg.extract.docx_text`), or a saved
government web page (:mod:`regkg.extract.html_text`) — into a :class:`Decoded` record; ``expand_inputs`` turns the paths,
folders and globs a user typed into the files to read. Whatever cannot be read becomes an
:class:`~regkg.errors.InputError` that names the file and says why; no library exception escapes.
Deciding whether the text *is* a gazette belongs to the later stages (clean, segment, find).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "gazette.txt").write_bytes("泸市府规〔2024〕1号\\r\\n".encode("gb18030"))
>>> decoded = read_input(folder / "gazette.txt")
>>> decoded.text, decoded.encoding, decoded.format
('泸市府规〔2024〕1号\\n', 'gb18030', 'txt')
>>> read_input(folder / "missing.txt")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
regkg.errors.InputError: .../missing.txt: no such file
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from regkg.errors import InputError
from regkg.extract.decode import decode_text, declares_big5
from regkg.extract.docx_text import DOCX_ENCODING, docx_text, is_docx, is_word_binary
from regkg.extract.html_text import html_main_text, looks_like_html
from regkg.extract.pdf_text import PDF_ENCODING, is_pdf, pdf_text

__all__ = ["Decoded", "read_input", "expand_inputs", "INPUT_SUFFIXES"]


@dataclass(frozen=True)
class Decoded:
    """One input file as text.

    ``encoding`` names the codec that decoded a text or HTML file (``"utf-8"``, ``"utf-8-sig"``,
    ``"utf-16"``, ``"utf-16-le"``, ``"utf-16-be"``, ``"utf-32"``, ``"gb18030"``, ``"big5"``, ``"cp950"``,
    ``"big5hkscs"``); for a PDF it is ``"pdf-text-layer"``, for a Word document ``"docx-xml"``. ``format`` is
    ``"txt"``, ``"pdf"``, ``"docx"`` or ``"html"``. Line endings in ``text`` are always ``\\n``.
    """

    path: str
    text: str
    encoding: str
    format: str


# Suffixes a folder walk or a glob picks up; a file named on the command line is read whatever its suffix.
INPUT_SUFFIXES = frozenset({".txt", ".text", ".pdf", ".docx", ".html", ".htm"})
_SUFFIX_LIST = ", ".join(sorted(INPUT_SUFFIXES))
# Picked up too, though never read, so that a folder's old Word files are each named with the reason, not
# passed over in silence.
_REPORTED_SUFFIXES = frozenset({".doc", ".wps"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
# An input that names no existing file but holds one of these is a glob: samples/*.txt, **/*.pdf, 00[0-4]*.
_GLOB_MAGIC = re.compile(r"[*?\[]")

# Files larger than this are refused before reading: far above any gazette (the seed gazettes are
# 0.1–0.2 MB of text, a scanned 100-page issue about 60 MB), small enough to keep memory bounded.
MAX_INPUT_BYTES = 512 * 1024 * 1024


# ---------------------------------------------------------------------------------------------------
# One file
# ---------------------------------------------------------------------------------------------------


def read_input(path: str | os.PathLike[str]) -> Decoded:
    """Read one file as text; raise :class:`InputError` naming the file and the reason when it can't be."""
    name = os.fspath(path)
    data = _read_bytes(name)
    if not data:
        raise InputError(name, "empty file")
    suffix = os.path.splitext(name)[1].lower()
    try:
        if is_pdf(data, named_pdf=suffix == ".pdf"):
            return Decoded(name, pdf_text(data), PDF_ENCODING, "pdf")
        if suffix == ".pdf":
            raise ValueError("not a PDF: no %PDF- header (a web page or text saved as .pdf?)")
        if is_docx(data, named_docx=suffix == ".docx"):
            return Decoded(name, docx_text(data), DOCX_ENCODING, "docx")
        if is_word_binary(data):  # read as text it would be gibberish with a few readable strings
            raise ValueError(_WORD_BINARY.get(suffix, _WORD_BINARY[".doc"]))
        if suffix == ".docx":
            raise ValueError("not a Word document: no ZIP header (a web page or text saved as .docx?)")
        text, encoding = decode_text(data, prefer_big5=declares_big5(data))
        if suffix in _HTML_SUFFIXES or looks_like_html(text):
            try:
                text = html_main_text(text)
            except RecursionError as err:
                raise ValueError("HTML too deeply nested to parse") from err
            if not text.strip():
                raise ValueError("HTML page has no text")
            return Decoded(name, text, encoding, "html")
        if not text.strip():
            raise ValueError("no text: the file holds only whitespace")
        return Decoded(name, text, encoding, "txt")
    except ValueError as err:  # one line, whatever a library put in its message
        raise InputError(name, " ".join(str(err).split())) from err


_WORD_BINARY = {
    ".doc": "a Word 97-2003 document (binary .doc): regkg reads .docx; save it as .docx, PDF or text",
    ".wps": "a WPS document (binary .wps): regkg reads .docx; save it as .docx, PDF or text",
    ".docx": "not a .docx: a Word 97-2003 file renamed, or a document encrypted with a password; save it as .docx (unprotected), PDF or text",
}


def _read_bytes(name: str) -> bytes:
    info = _stat(name)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(name, "not a regular file (a device, pipe or socket)")
    if info.st_size > MAX_INPUT_BYTES:
        raise InputError(name, f"file too large ({info.st_size} bytes; the limit is {MAX_INPUT_BYTES})")
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise InputError(name, _os_reason(err)) from err


def _stat(name: str) -> os.stat_result:
    try:
        return os.stat(name)
    except FileNotFoundError as err:
        raise InputError(name, "no such file") from err
    except OSError as err:
        raise InputError(name, _os_reason(err)) from err
    except ValueError as err:  # a NUL character in the path
        raise InputError(name, f"invalid path: {err}") from err


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    if isinstance(err, FileNotFoundError):
        return "no such file"
    return f"cannot read: {err.strerror or err}"


# ---------------------------------------------------------------------------------------------------
# Many inputs
# ---------------------------------------------------------------------------------------------------


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[InputError]]:
    """The files to read, and an error for each input that names none.

    A file is taken as given, whatever its suffix; a folder is walked recursively for files with a
    suffix in ``INPUT_SUFFIXES`` (hidden files and folders skipped), sorted; a glob (``samples/*.txt``,
    ``gazettes/**/*.pdf``) gives its matches with those suffixes, sorted. Files are deduplicated (by real
    path, the first mention kept) in the order the inputs name them.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.pdf", "notes.md"):
    ...     _ = (folder / name).write_text("x")
    >>> files, errors = expand_inputs([folder, folder / "b.txt", folder / "none.txt"])
    >>> [f.name for f in files], [e.reason for e in errors]
    (['a.pdf', 'b.txt'], ['no such file or directory'])
    """
    files: list[Path] = []
    errors: list[InputError] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for item in inputs:
        name = os.fspath(item)
        try:
            info = os.stat(name)
        except FileNotFoundError:
            info = None
        except (OSError, ValueError) as err:
            errors.append(InputError(name, _os_reason(err) if isinstance(err, OSError) else f"invalid path: {err}"))
            continue
        if info is None and _GLOB_MAGIC.search(name):
            matches = sorted(glob.glob(name, recursive=True))
            found = [path for match in matches for path in _walk(Path(match), errors)]
            if not matches:
                errors.append(InputError(name, "no file matches this pattern"))
            elif not found:
                errors.append(InputError(name, f"the pattern matches no {_SUFFIX_LIST} file"))
            for path in found:
                add(path)
        elif info is None:
            errors.append(InputError(name, "no such file or directory"))
        elif stat.S_ISDIR(info.st_mode):
            found = _walk(Path(name), errors)
            if not found:
                errors.append(InputError(name, f"the folder holds no {_SUFFIX_LIST} file"))
            for path in found:
                add(path)
        else:
            add(Path(name))
    return files, errors


def _wanted(name: str) -> bool:
    suffix = os.path.splitext(name)[1].lower()
    return suffix in INPUT_SUFFIXES or suffix in _REPORTED_SUFFIXES


def _walk(path: Path, errors: list[InputError]) -> list[Path]:
    """A glob match or folder as the input files it holds, sorted; unreadable subfolders go to errors."""
    if not path.is_dir():
        return [path] if _wanted(path.name) else []
    found: list[Path] = []

    def unreadable(err: OSError) -> None:
        errors.append(InputError(err.filename or str(path), _os_reason(err)))

    for root, dirs, names in os.walk(path, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, n) for n in names if not n.startswith(".") and _wanted(n))
    return sorted(found)
