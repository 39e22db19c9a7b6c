"""The index's full-text search of documents (titles and bodies) and of duties (task and sentence), FTS5
trigrams, written on its own and copied into the index at one fixed point (:mod:`regkg.graph.index_write`).

Its document rows are one per document's titles, then one per body as the records give them; bodies are
read again from the inputs, as the extractor read them, cut at each document's span
(:class:`BodySources`), and streamed, never held: a national corpus's are gigabytes. Its duty rows are
the duties in the index's order, copied by SQL from the build's duty table into a file beside the index
(:func:`export_duties`) and read from there. Either is written into a file on the index's disk and
copied in by SQL once the index's other rows are in (:func:`copy_tables`). At 1,000 generated gazettes that
took the main process's time on the index from 40.0 to 32.8 s of CPU, the full text's own process's from
21.4 to 30.3 s, so the index waited for it; a build now begins it as soon as its view is made
(:func:`regkg.graph.index_write.begin_text`), beside the Turtle, and the index no longer waits.

Who writes it depends on the build's size. A small one's is written by a thread of the building process
(:class:`TextThread`). A large one's by a process of its own (:class:`TextProcess`, ``python -m
regkg.graph.text_index``): trigram tokenising is SQLite's work, done without Python's lock, but each row
takes the lock back between SQLite's steps, and a thread that waits for the lock behind one that holds it
waits Python's switch interval, 5 ms, each time. Beside the index's other tables, filled by the main
thread, the thread's rows took 14 s of the 38 s the index step took at 1,000 generated gazettes.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import IO, TYPE_CHECKING

from regkg.processes import command
from regkg.keys.chars import normalise_chars, search_form
from regkg.graph.index import SCHEMA_TEXT
from regkg.graph.scratch import SORT_THREADS

if TYPE_CHECKING:
    from regkg.extract.models import Record
    from regkg.graph.duty_table import DutyTable
    from regkg.graph.memory_view import View

__all__ = ["BodySources", "TextThread", "TextProcess", "text_index", "by_process", "export_duties", "fold",
           "PROCESS_FROM"]

# Full-text rows written at a time: a batch holds its bodies, and the full text's process runs beside the
# build's largest moment (1,000 gazettes: 10,000 rows a batch, the process at 148 MB; 1,000, 80 MB; the same
# bytes, no slower)
BATCH = 1_000
CACHE_KIB = 20_000  # SQLite's page cache while writing: 200 MB wrote a 1 GB index no faster (17 s) and held 70 MB more
# Documents from which a build's full text is written by a process of its own: below it, starting one
# (0.2 s) costs more than the lock's waits.
PROCESS_FROM = 2_000
_TABLES = ("doc_rows", "doc_text_data", "doc_text_idx", "doc_text_docsize", "doc_text_config",
           "duty_text_data", "duty_text_idx", "duty_text_content", "duty_text_docsize", "duty_text_config")

Ref = tuple[str, str, int, int]  # (document IRI, input path, start, end)


def fold(text: str) -> str:
    """Text as duties and departments are searched: width folded (NFKC), traditional characters and
    bracket variants folded as document numbers are (:func:`regkg.keys.chars.normalise_chars`), no spaces.

    >>> fold("市生態環境局 （牵头）"), fold("㈠瀘州市財政局")
    ('市生态环境局(牵头)', '(一)泸州市财政局')
    """
    return normalise_chars(unicodedata.normalize("NFKC", text)).replace(" ", "")



def phrase(text: str) -> str:
    """``text`` as one FTS5 phrase, quoted with its quotes doubled: matched as the run of its trigrams,
    whatever it holds (bare, its words would be read as FTS5's operators and column filters).

    >>> phrase('重污染"天气')
    '"重污染""天气"'
    """
    return '"' + text.replace('"', '""') + '"'


def connect(path: str) -> sqlite3.Connection:
    """A connection writing a database made fresh and, if a file, replaced whole: no journal, no
    fsync until the end (``""``: SQLite's private temporary file, deleted when closed)."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{CACHE_KIB}; "
                     f"PRAGMA threads={SORT_THREADS};")
    return db


@dataclass(frozen=True)
class BodySources:
    """Where each document's body is printed, (IRI, input path, start, end) in the records' order:
    iterated, the (IRI, body) pairs themselves, each input read once."""

    refs: Iterable[Ref]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return read_bodies(self.refs)

    @classmethod
    def of(cls, view: View, records: Iterable[Record], paths: Mapping[str, Path]) -> BodySources:
        """The bodies of every document of ``records`` whose input is in ``paths`` (file name -> path)."""
        return cls(_refs(view, records, paths))


def _refs(view: View, records: Iterable[Record], paths: Mapping[str, Path]) -> Iterator[Ref]:
    from regkg.errors import RegkgError
    from regkg.graph.record_file import RecordFile

    for record in records.without_duties() if isinstance(records, RecordFile) else records:
        path = paths.get(record.source)
        if path is None:
            continue
        for doc in record.documents:
            try:
                found = view.find(doc.doc_number or doc.title)
            except RegkgError:
                continue
            if doc.span:
                yield found.iri, os.fspath(path), doc.span[0], doc.span[1]


def read_bodies(refs: Iterable[Ref]) -> Iterator[tuple[str, str]]:
    """(IRI, body) of each reference, the input read again as the extractor read it (its spans count
    that text's characters). A file that no longer reads gives no bodies (its titles are still searched)."""
    from regkg.errors import InputError
    from regkg.extract.read import read_input

    path, text = None, None
    for iri, at, start, end in refs:
        if at != path:
            path = at
            try:
                text = read_input(at).text
            except (InputError, OSError):
                text = None
        if text is not None:
            yield iri, text[start:end]


def _title_rows(view: View) -> Iterator[tuple[str, str, str]]:
    return ((iri, "\n".join(t for t in (d.title, *d.alt_titles) if t), "") for iri, d in view.docs.items())


def fill(db: sqlite3.Connection, rows: Iterable[tuple[str, str, str]], stop: threading.Event | None = None) -> None:
    """The full-text tables of ``rows`` (IRI, titles one a line, body), numbered from 1 in order; doc_rows
    names each row's document. Titles and bodies are indexed in the form the search folds what is typed to
    (:func:`~regkg.keys.chars.search_form`: a traditional-script gazette is found typed in either script), each
    title on its line, so a phrase never runs from one title into the next."""
    numbered = enumerate(rows, start=1)
    while not (stop is not None and stop.is_set()) and (batch := list(islice(numbered, BATCH))):
        db.executemany("INSERT INTO doc_rows VALUES (?, ?)", ((rowid, iri) for rowid, (iri, _, _) in batch))
        db.executemany("INSERT INTO doc_text(rowid, title, body) VALUES (?, ?, ?)",
                       ((rowid, "\n".join(map(search_form, title.split("\n"))), search_form(body))
                        for rowid, (_, title, body) in batch))


def export_duties(duties: DutyTable, folder: Path) -> str:
    """A file beside the index (named as every file a killed build may leave, which the next build into the
    folder removes) holding the duties' (seq, task, sentence) in the index's order, copied by SQL."""
    fd, path = tempfile.mkstemp(prefix=".index-duties.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        duties.sql("ATTACH DATABASE ? AS out", (path,))
        try:
            duties.sql("PRAGMA out.journal_mode=OFF")  # no journal file beside it for a kill to leave
            duties.sql("CREATE TABLE out.duty_rows AS SELECT seq, task, text FROM ordered ORDER BY seq")
        finally:
            duties.sql("DETACH DATABASE out")
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise
    return path


def fill_duties(db: sqlite3.Connection, path: str, stop: threading.Event | None = None,
                parent: int | None = None) -> None:
    """The duties' full-text table, from the file :func:`export_duties` wrote: rowid the duty's seq. Stops
    when ``stop`` is set, or when the building process ``parent`` is gone (killed: nothing will copy the rows)."""
    source = sqlite3.connect(path)
    try:
        rows = source.execute("SELECT seq, task, text FROM duty_rows ORDER BY seq")
        while not (stop is not None and stop.is_set()) and (batch := rows.fetchmany(BATCH)):
            if parent is not None and os.getppid() != parent:
                raise SystemExit(1)
            db.executemany("INSERT INTO duty_text(rowid, task, text) VALUES (?, ?, ?)",
                           ((seq, fold(task), fold(text or "")) for seq, task, text in batch))
    finally:
        source.close()


def copy_tables(path: str, db: sqlite3.Connection) -> None:
    """The full-text tables of the database at ``path`` into ``db``, in a transaction of their own (``db`` is
    in none), by SQL: the virtual tables' own rows (their versions, their averages) are the copy's, in key order. Row
    by row through Python the copy took 4.7 s of the index's main process at 1,000 gazettes."""
    db.execute("ATTACH DATABASE ? AS text", (path,))
    try:
        db.execute("BEGIN")
        for table in _TABLES:
            db.execute(f"DELETE FROM main.{table}")
            db.execute(f"INSERT INTO main.{table} SELECT * FROM text.{table}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    finally:
        db.execute("DETACH DATABASE text")


class _TextFile:
    """The full text written into a temporary file beside the index (named ``.*.tmp``, as every file a
    killed build may leave, which the next build into the folder removes), then copied in
    (:meth:`copy_into`): until then the output's disk holds the full-text tables twice (a third of the
    index: 103 MB of 330 MB at 300 generated gazettes)."""

    def __init__(self, folder: Path, duties: str) -> None:
        self._index = folder  # what errors name: the index the user asked for, once known (copy_into)
        self._duties = duties  # export_duties' file, removed with this one
        fd, self._path = tempfile.mkstemp(prefix=".index-text.", suffix=".tmp", dir=folder)
        os.close(fd)

    def copy_into(self, db: sqlite3.Connection, index: Path) -> None:
        """Wait for the text, then copy its tables into ``db``, the index at ``index``; its failure is
        that index's."""
        self._index = index
        self._wait()
        copy_tables(self._path, db)

    def _wait(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Remove the files (what writes them has ended: :meth:`_wait`, or stopped)."""
        Path(self._path).unlink(missing_ok=True)
        Path(self._duties).unlink(missing_ok=True)


class TextThread(_TextFile):
    """The full text written by a thread while the rest of the index is written."""

    def __init__(self, view: View, bodies: Iterable[tuple[str, str]], folder: Path, duties: str) -> None:
        super().__init__(folder, duties)
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, args=(view, bodies, duties), name="regkg-text-index",
                                        daemon=True)
        self._thread.start()

    def _write(self, view: View, bodies: Iterable[tuple[str, str]], duties: str) -> None:
        try:
            db = connect(self._path)
            try:
                db.executescript(SCHEMA_TEXT)
                db.execute("BEGIN")
                fill(db, chain(_title_rows(view), ((iri, "", body) for iri, body in bodies)), self._stop)
                fill_duties(db, duties, self._stop)
                db.execute("COMMIT")
            finally:
                db.close()
        except BaseException as exc:  # raised again in the thread that copies
            self._error = exc

    def _wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        """Stop the thread if it still runs (the index failed) and remove its file."""
        self._stop.set()
        self._thread.join()
        super().close()


class TextProcess(_TextFile):
    """The full text written by a process of its own. The job, titles then where each body is, goes to the
    process as an unnamed file of JSON lines: a national corpus's million references are never held."""

    def __init__(self, view: View, sources: BodySources, folder: Path, duties: str) -> None:
        super().__init__(folder, duties)
        self._proc: subprocess.Popen[bytes] | None = None
        try:
            with tempfile.TemporaryFile(prefix="regkg-text-job-") as job:
                for iri, titles, _ in _title_rows(view):
                    job.write(_line(["t", iri, titles]))
                for ref in sources.refs:
                    job.write(_line(["b", *ref]))
                job.seek(0)
                self._proc = subprocess.Popen(command(__name__, self._path, duties), stdin=job, stderr=subprocess.PIPE)
        except BaseException:
            self.close()
            raise

    def _wait(self) -> None:
        assert self._proc is not None
        _, err = self._proc.communicate()
        code = self._proc.returncode
        if code == _FULL:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self._index))
        if code != 0:
            said = err.decode("utf-8", "replace").strip().splitlines()[-1:]
            reason = f"killed by signal {-code}" if code < 0 else said[0] if said else f"exit status {code}"
            raise OSError(errno.EIO, f"the full-text index could not be written: {reason}", str(self._index))

    def close(self) -> None:
        """End the process if it still runs (the index failed) and remove its file."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
                self._proc.wait()
            if self._proc.stderr is not None:
                self._proc.stderr.close()
        super().close()


_FULL = 28  # the process's exit status when the disk is full (ENOSPC's number)


def _line(item: list) -> bytes:
    return json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n"


def text_index(view: View, bodies: Iterable[tuple[str, str]], folder: Path, duties: DutyTable) -> TextThread | TextProcess:
    """The writer of the full text of ``view`` and its ``duties``, begun at once into a file in ``folder``
    (on the index's disk): a process for a large build (:func:`by_process`) whose bodies are given by
    where they are printed, else a thread."""
    rows = export_duties(duties, folder)
    try:
        if isinstance(bodies, BodySources) and by_process(view):
            return TextProcess(view, bodies, folder, rows)
        return TextThread(view, bodies, folder, rows)
    except BaseException:
        Path(rows).unlink(missing_ok=True)
        raise


def by_process(view: View) -> bool:
    """Whether the full text of ``view``'s build, its bodies read from its inputs (:class:`BodySources`), is
    written by a process of its own (:class:`TextProcess`): from :data:`PROCESS_FROM` documents."""
    return len(view.docs) >= PROCESS_FROM


def _job_rows(lines: IO[bytes], parent: int) -> Iterator[tuple[str, str, str]]:
    """The rows a job names: its titles as given, then its bodies read from their inputs. Stops when the
    building process is gone (killed: nothing will copy the rows)."""
    items = map(json.loads, lines)
    first = None
    for n, item in enumerate(items):
        if item[0] != "t":
            first = item
            break
        if n % BATCH == 0 and os.getppid() != parent:
            raise SystemExit(1)
        yield item[1], item[2], ""
    if first is None:
        return
    refs = (tuple(item[1:]) for item in chain([first], items))
    for n, (iri, body) in enumerate(read_bodies(refs)):
        if n % 1_000 == 0 and os.getppid() != parent:
            raise SystemExit(1)
        yield iri, "", body


def main(argv: list[str] | None = None) -> int:
    """``python -m regkg.graph.text_index DB DUTIES``: write the full-text tables of the job on stdin, and of
    the duties in DUTIES (:func:`export_duties`), into DB."""
    path, duties = argv if argv is not None else sys.argv[1:]
    parent = os.getppid()
    try:
        db = connect(path)
        db.executescript(SCHEMA_TEXT)
        db.execute("BEGIN")
        fill(db, _job_rows(sys.stdin.buffer, parent))
        fill_duties(db, duties, parent=parent)
        db.execute("COMMIT")
        db.close()
    except sqlite3.OperationalError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return _FULL if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
