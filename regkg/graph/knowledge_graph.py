"""The graph object every way of getting a graph returns (:func:`regkg.graph.load`,
:func:`regkg.graph.build_records`): its stores, the view the questions walk, how it was built, the
question methods, and the writing of its files as one unit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regkg.errors import InputError
from regkg.extract.models import Record
from regkg.graph import duties as _duties
from regkg.graph import lineage as _lineage
from regkg.graph import status as _status
from regkg.graph.deferred import PendingStore
from regkg.graph.index import INDEX_FILE, index_digest
from regkg.graph.memory_view import GraphWarning, View, collector_paused
from regkg.graph.record_file import RecordFile
from regkg.graph.atomic_files import FileDigest, UnnamedFile, file_digest, write_atomic, write_blocks_atomic, write_lines_atomic
from regkg.graph.output_folder import OutputFolder, current_build
from regkg.processes import give_back_freed_memory
from regkg.progress import Steps, wanted

if TYPE_CHECKING:
    import networkx as nx

    from regkg.graph.sparql import QueryResult
    from regkg.graph.duty_table import DutyTable
    from regkg.graph.evidence_table import EvidenceTable
    from regkg.graph.text_index import TextProcess, TextThread
    from regkg.graph.store import Store
    from regkg.graph.subject_rows import SubjectRows

__all__ = ["KnowledgeGraph", "Changes", "GRAPH_FILE", "RECORDS_FILE", "REPORT_FILE", "BUILD_FILE", "AS_OF_HEADER",
           "builder"]

GRAPH_FILE = "graph.ttl"
RECORDS_FILE = "records.jsonl"
REPORT_FILE = "report.md"
# How an output folder was built: options, inputs (source name -> SHA-256, and where each was, relative to
# the folder), the folder source names are relative to (``input_base``), input errors, the persistent
# store its graph also lives in (``--store oxigraph:DIR``, and the version of it this build made), and
# the SHA-256 and size of each file written and of that store.
# ``--update`` and :func:`load` read it; :func:`load` refuses a file or store that does not match.
BUILD_FILE = "build.json"
AS_OF_HEADER = "# eli:in_force as of "


@lru_cache(maxsize=None)
def builder() -> str:
    """Which regkg builds: its version and a digest of its code and data (every file of the package), so
    that an update with nothing new to read can tell whether this regkg would build the same graph.

    >>> builder().startswith(__import__("regkg").__version__ + "+")
    True
    """
    from regkg import __version__

    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class Changes:
    """What ``regkg build --update`` changed: input files added, replaced (same name, new content) and
    removed (deleted since the last build), how many documents the removed files held, and those moved
    (the same text found under another name: kept, its documents now citing their new source)."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    removed_documents: int = 0
    moved: tuple[tuple[str, str], ...] = ()  # (old name, new name)
    # nothing to do: every input as built, none new, the options and the regkg the build's own
    # (the folder is left as it was: regkg.scale.incremental.update)
    up_to_date: bool = False

    def __str__(self) -> str:
        """``added: 2 files; replaced: 1 file; removed: 1 file, 12 documents``, and ``; moved: 1 file`` if any.

        >>> str(Changes(moved=(("a.txt", "b/a.txt"),)))
        'added: 0 files; replaced: 0 files; removed: 0 files, 0 documents; moved: 1 file'
        """
        def files(names: tuple) -> str:
            return f"{len(names)} file{'s' * (len(names) != 1)}"

        return (f"added: {files(self.added)}; replaced: {files(self.replaced)}; removed: {files(self.removed)}, "
                f"{self.removed_documents} document{'s' * (self.removed_documents != 1)}"
                + (f"; moved: {files(self.moved)}" if self.moved else ""))


@dataclass
class KnowledgeGraph:
    """A built or loaded graph: the RDF store, the view questions walk, and how it was built."""

    store: Store
    view: View = None  # type: ignore[assignment]  # read from the store unless a build hands it over
    records: Sequence[Record] = field(default_factory=list)
    input_errors: list[InputError] = field(default_factory=list)
    status_as_of: str | None = None
    # Inputs are named as records name their source: by path relative to ``input_base`` (the common
    # folder of the inputs a build was given), so ``a/x.txt`` and ``b/x.txt`` stay two sources.
    input_digests: dict[str, str] = field(default_factory=dict)  # source name -> SHA-256
    input_paths: dict[str, Path] = field(default_factory=dict)  # source name -> where it was read
    input_base: Path | None = None
    changes: Changes | None = None  # what an update changed (None: a full build)
    # how the records were resolved: all of them ("resolved"), an update's resumed from the previous build's
    # state ("… new inputs, …"), or all again and why (regkg.graph.resolve_update); None for a loaded graph
    resolution: str | None = None
    build_options: dict[str, Any] = field(default_factory=dict)  # base_iri and as_of as asked
    # what a build just made, graph.ttl is written from, not read back from the store (Oxigraph's
    # on-disk indexes take ~10 µs a triple to read): a small graph's rows (filed by subject, as Turtle
    # writes them; dropped once written), a large one's sorted Turtle in an unnamed temporary file (the
    # rows, ~1 GB at 1,000 gazettes, are dropped as soon as it is written)
    fresh_rows: SubjectRows | None = field(default=None, repr=False)
    fresh_turtle: UnnamedFile | None = field(default=None, repr=False)
    # the duties and evidence a build resolved, on disk (regkg.graph.duty_table, evidence_table): the
    # index's tables of them are filled from there
    duty_table: DutyTable | None = field(default=None, repr=False)
    evidence_table: EvidenceTable | None = field(default=None, repr=False)
    # a large build's full text for the index, begun by a process of its own as the build went on
    # (regkg.graph.index_write.begin_text); taken, and closed, by the index's writer
    fresh_text: TextThread | TextProcess | None = field(default=None, repr=False)
    # the resolution's state the build kept (regkg.graph.resolution_state), a file in the output's builds
    # folder, moved into the build as resolution.sqlite for the next update to resume from
    fresh_state: Path | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.view is None:
            self.view = View(self.store)

    @property
    def warnings(self) -> list[GraphWarning]:
        """Every warning the graph holds (``regkg:Warning``): each file's (impossible dates, self-repeals,
        …) and the corpus's own (cycles of repeals, repeals of later documents, one number printed with
        two titles), by kind; ``str(w)`` reads ``file [span): message``. SPARQL: examples/queries/warnings.rq."""
        return list(self.view.warnings)

    # questions (each mirrors the function of the same name)
    def status(self, doc: str, *, as_of: str | dt.date | None = None) -> _status.Status:
        return _status.status(self, doc, as_of=as_of)

    def repealed(self, *, as_of: str | dt.date | None = None, limit: int | None = None,
                 offset: int = 0) -> list[_status.Repealed]:
        return _status.repealed(self, as_of=as_of, limit=limit, offset=offset)

    def dangling(self, *, as_of: str | dt.date | None = None, limit: int | None = None,
                 offset: int = 0) -> list[_status.Dangling]:
        return _status.dangling(self, as_of=as_of, limit=limit, offset=offset)

    def lineage(self, doc: str, *, limit: int | None = None, offset: int = 0) -> _lineage.Lineage:
        return _lineage.lineage(self, doc, limit=limit, offset=offset)

    def dependencies(self, doc: str, *, limit: int | None = None, offset: int = 0) -> list[_lineage.Dependency]:
        return _lineage.dependencies(self, doc, limit=limit, offset=offset)

    def dependents(self, doc: str, *, limit: int | None = None, offset: int = 0) -> list[_lineage.Dependency]:
        return _lineage.dependents(self, doc, limit=limit, offset=offset)

    def duties(self, department: str, *, jurisdiction: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[_duties.DutyOf]:
        return _duties.duties(self, department, jurisdiction=jurisdiction, limit=limit, offset=offset)

    def owners(self, text: str, *, jurisdiction: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[_duties.Owner]:
        return _duties.owners(self, text, jurisdiction=jurisdiction, limit=limit, offset=offset)

    def departments(self, *, jurisdiction: str | None = None) -> list[_duties.Department]:
        return _duties.departments(self, jurisdiction=jurisdiction)

    # access
    def sparql(self, query: str) -> QueryResult:
        """Run a SPARQL SELECT/ASK query; the regkg prefixes (eli:, regkg:, org:, …) are predeclared."""
        from regkg.graph.sparql import run_query

        return run_query(self.store, query)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Documents as nodes, relations (cites, based_on, replies_to, repeals, replaces) as keyed edges."""
        return self.view.graph

    def find(self, doc: str):
        """The document a number, title or IRI names (:class:`regkg.errors.DocumentNotFound` if none)."""
        return self.view.find(doc)

    def write(self, outdir: str | Path, *, progress: bool | None = False) -> None:
        """Write graph.ttl (sorted Turtle), records.jsonl, report.md and build.json into ``outdir`` as
        one unit (:class:`OutputFolder`: the old build or the new, never a mix); ``progress`` prints
        each step's time on a terminal (None: when stderr is one)."""
        with self.writing(outdir, progress=progress):
            pass

    @contextmanager
    def writing(self, out: OutputFolder | str | Path, *, progress: bool | None = False) -> Iterator[Path]:
        """Write the graph's files into a staging folder of ``out`` and yield it, for more files (the
        views); when the block ends the whole build becomes ``out``'s current one, and its persistent
        store the one its folder links to. ``out`` locked already (an entered :class:`OutputFolder`) or
        a path, locked for the block."""
        if not isinstance(out, OutputFolder):
            with OutputFolder(out) as folder, self.writing(folder, progress=progress) as staging:
                yield staging
            return
        staging = None
        try:
            with out.staging() as staging:
                self.write_files(staging, home=out.path, progress=progress)
                yield staging
        except BaseException:
            if self.fresh_text is not None:  # the build failed before its index was written
                self.fresh_text.close()
                self.fresh_text = None
            if self.fresh_state is not None:  # nor its state moved in
                self.fresh_state.unlink(missing_ok=True)
                self.fresh_state = None
            made = self._store_version()
            if made is not None and (staging is None or current_build(out.path).name != staging.name):
                self.store.close()  # made for this build, which never became current: nothing names it
                shutil.rmtree(made, ignore_errors=True)
            raise
        if (version := self._store_version()) is not None:
            from regkg.graph.store import publish_store

            publish_store(self.store.home, version)

    def _store_version(self) -> Path | None:
        """The store version this build made beside the folder users named (``--store oxigraph:DIR``)."""
        store = self.store
        return store.path if store.home is not None and store.home != store.path else None

    def write_files(self, folder: Path, *, home: Path | None = None, progress: bool | None = False) -> None:
        """Write graph.ttl, records.jsonl, report.md and build.json into ``folder`` (each atomically);
        input paths are recorded relative to ``home``, the folder they will be read from (default
        ``folder``)."""
        with collector_paused():  # the build's millions of objects, walked by every full collection otherwise
            self._write_files(folder, home=home, progress=progress)

    def _write_files(self, folder: Path, *, home: Path | None, progress: bool | None) -> None:
        from concurrent.futures import ThreadPoolExecutor

        from regkg.graph.report_markdown import report
        from regkg.graph.store import store_digest

        home = Path(home or folder)
        steps = Steps(enabled=wanted(progress))
        written = {}
        with steps.step("write", f"{GRAPH_FILE}, {len(self.store):,} triples"):
            written[GRAPH_FILE] = (self.fresh_turtle.place(folder / GRAPH_FILE) if self.fresh_turtle is not None
                                   else write_lines_atomic(folder / GRAPH_FILE, self._turtle_lines()))
            self.fresh_rows = None
            if isinstance(self.store, PendingStore):
                self.store.written(folder / GRAPH_FILE)
        give_back_freed_memory()  # the rows and the Turtle's buffers, before the index step, a build's largest
        with steps.step("write", f"{RECORDS_FILE}, {REPORT_FILE}, {INDEX_FILE}"), ThreadPoolExecutor(1) as aside:
            # records.jsonl in a thread beside the index: its reads, inflating, hashing and writes go without
            # Python's lock (3-4 s at 1,000 gazettes); waited for however the index ends
            blocks = self.records.blocks() if isinstance(self.records, RecordFile) else \
                (r.line().data for r in self.records)
            records = aside.submit(write_blocks_atomic, folder / RECORDS_FILE, blocks)
            index = self._write_index(folder / INDEX_FILE)
            written[REPORT_FILE] = write_lines_atomic(folder / REPORT_FILE, report(self, input_errors=self.input_errors))
            written[RECORDS_FILE] = records.result()
        if self.fresh_state is not None:
            from regkg.graph.resolution_state import STATE_FILE

            os.replace(self.fresh_state, folder / STATE_FILE)
            self.fresh_state = None
            written[STATE_FILE] = FileDigest(file_digest(folder / STATE_FILE), (folder / STATE_FILE).stat().st_size)
        info: dict[str, Any] = {**self.build_options, "status_as_of": self.status_as_of, "triples": len(self.store),
                                "regkg": builder()}
        if self.store.path is not None:
            info["store"] = f"{self.store.kind}:{os.path.abspath(self.store.home)}"
            info["store_files"] = {"path": str(self.store.path.resolve()), **asdict(store_digest(self.store.path))}
        info["inputs"] = dict(sorted(self.input_digests.items()))
        info["input_paths"] = {name: os.path.relpath(Path(p).resolve(), home.resolve())
                               for name, p in sorted(self.input_paths.items()) if name in self.input_digests}
        if self.input_base is not None:
            info["input_base"] = os.path.relpath(Path(self.input_base).resolve(), home.resolve())
        info["home"] = str(home.resolve())  # where they are relative to: found there by an update of a copy
        info["errors"] = sorted([e.path, e.reason] for e in self.input_errors)
        info["files"] = {name: asdict(digest) for name, digest in written.items()}
        # its SHA-256 as every file's, and a digest of sampled pages: what opening it checks, in milliseconds
        info["files"][INDEX_FILE] = {"sha256": file_digest(folder / INDEX_FILE), **asdict(index)}
        write_atomic(folder / BUILD_FILE, json.dumps(info, ensure_ascii=False, indent=1) + "\n")

    def _write_index(self, path: Path):
        """The index of this graph (:mod:`regkg.graph.index`), with the bodies of the documents read
        from the inputs for full-text search; a graph opened from an index has it copied."""
        from regkg.graph.index_write import record_bodies, write_index

        if self.view.indexed:
            shutil.copyfile(self.view.path, path)
            return index_digest(path)
        text, self.fresh_text = self.fresh_text, None
        bodies = record_bodies(self.view, self.records, self.input_paths) if text is None else ()
        return write_index(self.view, path, status_as_of=self.status_as_of, triples=len(self.store), bodies=bodies,
                           duties=self.duty_table, evidence=self.evidence_table, text=text)

    def to_turtle(self) -> str:
        if self.fresh_turtle is not None:
            self.fresh_turtle.file.seek(0)
            return self.fresh_turtle.file.read().decode("utf-8")
        return "".join(self._turtle_lines())

    def _turtle_lines(self) -> Iterator[str]:
        """graph.ttl's text, sorted: from the build's rows, else the store's."""
        from regkg.graph.turtle import turtle_lines

        return turtle_lines(self.fresh_rows if self.fresh_rows is not None else self.store.rows(), header=self.turtle_header())

    def turtle_header(self) -> str:
        """graph.ttl's comment lines: what it is, and the date its eli:in_force is as of."""
        header = "regkg knowledge graph"
        if self.status_as_of:
            header += f"\n{AS_OF_HEADER[2:]}{self.status_as_of}"
        return header
