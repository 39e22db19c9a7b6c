"""The graph's Python API: ``kg = regkg.graph.load("outputs/")`` or ``build_records(records)`` (from
input files: :func:`regkg.build`, which extracts first), then methods
that mirror the question functions and return their dataclasses, ``kg.sparql(query)`` and
``kg.to_networkx()``.

>>> kg = build_records([{"source": "a.txt", "jurisdiction": "吕梁市", "documents": [
...     {"doc_number": "吕政办发〔2020〕69号", "title": "吕梁市人民政府办公室关于印发吕梁市重污染天气应急预案的通知",
...      "issuers": ["吕梁市人民政府办公室"], "date": "2020-10-20", "in_force": {"from": "2020-10-20", "until": None, "evidence": "本预案自印发之日起实施。"}}],
...   "repeals": [{"by": "吕政办发〔2020〕69号", "target_number": "吕政办发〔2019〕75号",
...                "target_title": "吕梁市重污染天气应急预案", "evidence": "…同时废止。", "cue": "同时废止"}]}])
>>> kg.status("吕政办发〔2019〕75号", as_of="2021-01-01").state
'repealed'
>>> [r.repealed_by for r in kg.repealed(as_of="2021-01-01")]
['吕政办发〔2020〕69号']
>>> kg.sparql("SELECT ?t WHERE { ?d eli:id_local '吕政办发〔2019〕75号' ; eli:title ?t }").rows
[('吕梁市重污染天气应急预案',)]
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from regkg.errors import InputError, StoreError
from regkg.extract.models import Record, as_record
from regkg.graph.record_file import RecordFile
from regkg.graph import duties as _duties
from regkg.graph import lineage as _lineage
from regkg.graph import status as _status
from regkg.graph.index import INDEX_FILE, index_digest
from regkg.graph.iri import DEFAULT_BASE
from regkg.graph.serialize import (OutputFolder, check_file, copy_atomic, current_build, file_digest,
                                   write_atomic, write_lines_atomic)
from regkg.graph.memory_view import GraphWarning, View, collector_paused

if TYPE_CHECKING:
    import networkx as nx

    from regkg.graph.sparql import QueryResult
    from regkg.graph.store import Store
    from regkg.graph.terms import Row

# What only a build, SPARQL or Turtle needs (rdflib, pyoxigraph, the resolver) is imported where it is
# used: a graph opened through its index answers questions without loading any of it.
from regkg.progress import Steps, wanted

__all__ = ["KnowledgeGraph", "Changes", "OutputFolder", "load", "build_records", "GRAPH_FILE",
           "RECORDS_FILE", "REPORT_FILE", "BUILD_FILE", "read_build_info"]

GRAPH_FILE = "graph.ttl"
RECORDS_FILE = "records.jsonl"
REPORT_FILE = "report.md"
# How an output folder was built: options, inputs (source name -> SHA-256, and where each was, relative to
# the folder), the folder source names are relative to (``input_base``), input errors, the persistent
# store its graph also lives in (``--store oxigraph:DIR``, and the version of it this build made), and
# the SHA-256 and size of each file written and of that store.
# ``--update`` and :func:`load` read it; :func:`load` refuses a file or store that does not match.
BUILD_FILE = "build.json"
_AS_OF_HEADER = "# eli:in_force as of "


@dataclass(frozen=True)
class Changes:
    """What ``regkg build --update`` changed: input files added, replaced (same name, new content) and
    removed (deleted since the last build), and how many documents the removed files held."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    removed_documents: int = 0

    def __str__(self) -> str:
        """``added: 2 files; replaced: 1 file; removed: 1 file, 12 documents``."""
        def files(names: tuple[str, ...]) -> str:
            return f"{len(names)} file{'s' * (len(names) != 1)}"

        return (f"added: {files(self.added)}; replaced: {files(self.replaced)}; removed: {files(self.removed)}, "
                f"{self.removed_documents} document{'s' * (self.removed_documents != 1)}")


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
    build_options: dict[str, Any] = field(default_factory=dict)  # base_iri and as_of as asked
    # what a build just made, graph.ttl is written from, not read back from the store (Oxigraph's
    # on-disk indexes take ~10 µs a triple to read): a small graph's rows (its memory store's own set,
    # dropped once written), a large one's sorted Turtle in an unnamed temporary file (the rows, ~1 GB
    # at 1,000 gazettes, are dropped as soon as it is written)
    fresh_rows: set[Row] | None = field(default=None, repr=False)
    fresh_turtle: IO[bytes] | None = field(default=None, repr=False)

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

    def lineage(self, doc: str) -> _lineage.Lineage:
        return _lineage.lineage(self, doc)

    def dependencies(self, doc: str) -> list[_lineage.Dependency]:
        return _lineage.dependencies(self, doc)

    def dependents(self, doc: str) -> list[_lineage.Dependency]:
        return _lineage.dependents(self, doc)

    def duties(self, department: str, *, jurisdiction: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[_duties.DutyOf]:
        return _duties.duties(self, department, jurisdiction=jurisdiction, limit=limit, offset=offset)

    def owners(self, text: str, *, jurisdiction: str | None = None) -> list[_duties.Owner]:
        return _duties.owners(self, text, jurisdiction=jurisdiction)

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
        from regkg.graph.report_markdown import report
        from regkg.graph.serialize import turtle_lines
        from regkg.graph.store import store_digest

        home = Path(home or folder)
        steps = Steps(enabled=wanted(progress))
        written = {}
        with steps.step("write", f"{GRAPH_FILE}, {len(self.store):,} triples"):
            written[GRAPH_FILE] = (copy_atomic(self.fresh_turtle, folder / GRAPH_FILE) if self.fresh_turtle is not None
                                   else write_lines_atomic(folder / GRAPH_FILE, self._turtle_lines()))
            self.fresh_rows = None
            if isinstance(self.store, _PendingStore):
                self.store.written(folder / GRAPH_FILE)
        with steps.step("write", f"{RECORDS_FILE}, {REPORT_FILE}, {INDEX_FILE}"):
            index = self._write_index(folder / INDEX_FILE)
            lines = self.records.lines() if isinstance(self.records, RecordFile) else \
                (json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in self.records)
            written[RECORDS_FILE] = write_lines_atomic(folder / RECORDS_FILE, lines)
            written[REPORT_FILE] = write_atomic(folder / REPORT_FILE, report(self, input_errors=self.input_errors))
        info: dict[str, Any] = {**self.build_options, "status_as_of": self.status_as_of, "triples": len(self.store)}
        if self.store.path is not None:
            info["store"] = f"{self.store.kind}:{os.path.abspath(self.store.home)}"
            info["store_files"] = {"path": str(self.store.path.resolve()), **asdict(store_digest(self.store.path))}
        info["inputs"] = dict(sorted(self.input_digests.items()))
        info["input_paths"] = {name: os.path.relpath(Path(p).resolve(), home.resolve())
                               for name, p in sorted(self.input_paths.items()) if name in self.input_digests}
        if self.input_base is not None:
            info["input_base"] = os.path.relpath(Path(self.input_base).resolve(), home.resolve())
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
        return write_index(self.view, path, status_as_of=self.status_as_of, triples=len(self.store),
                           bodies=record_bodies(self.view, self.records, self.input_paths))

    def to_turtle(self) -> str:
        if self.fresh_turtle is not None:
            self.fresh_turtle.seek(0)
            return self.fresh_turtle.read().decode("utf-8")
        return "".join(self._turtle_lines())

    def _turtle_lines(self) -> Iterator[str]:
        """graph.ttl's text, sorted: from the build's rows, else the store's."""
        from regkg.graph.serialize import turtle_lines

        return turtle_lines(self.fresh_rows if self.fresh_rows is not None else self.store.rows(), header=self._header())

    def _header(self) -> str:
        header = "regkg knowledge graph"
        if self.status_as_of:
            header += f"\n{_AS_OF_HEADER[2:]}{self.status_as_of}"
        return header


def _in_force_rows(view: View, as_of: str) -> Iterator[Row]:
    """eli:in_force for every document whose status on ``as_of`` is decided (not unknown)."""
    from regkg.graph.terms import IRI
    from regkg.ontology import ELI

    in_force, in_force_yes, in_force_no = (str(t) for t in (ELI.in_force, ELI["InForce-inForce"],
                                                           ELI["InForce-notInForce"]))
    for doc_iri, doc in view.docs.items():
        if doc.notice:
            continue
        state = _status.state_on(view, doc, as_of)
        if state == "in_force":
            yield doc_iri, in_force, in_force_yes, IRI
        elif state in ("repealed", "expired", "not_yet_in_force"):
            yield doc_iri, in_force, in_force_no, IRI


def build_records(
    records: Iterable[Record | Mapping[str, Any]],
    *,
    base_iri: str = DEFAULT_BASE,
    as_of: str | None = None,
    store: str | None = "auto",
    progress: bool | None = False,
) -> KnowledgeGraph:
    """Build the graph from extraction records (:class:`~regkg.extract.models.Record`, or their dicts
    as records.jsonl and the extraction schema write them).

    ``eli:in_force`` is written as of ``as_of``; by default the latest document date in the records,
    so the same input always gives the same graph. ``store`` is where the triples go: ``auto``
    (rdflib in memory for small graphs, Oxigraph in memory for large ones), ``memory``, ``oxigraph``
    or ``oxigraph:DIR`` (on disk; built beside DIR and moved into place when complete). ``progress``
    prints each step's time on a terminal (None: when stderr is one and not in CI).
    """
    with collector_paused():
        return _build_records(records, base_iri, as_of, store, Steps(enabled=wanted(progress)))


def _build_records(records: Iterable[Record | Mapping[str, Any]], base_iri: str, as_of: str | None,
                   store: str | None, steps: Steps) -> KnowledgeGraph:
    from regkg.graph.build import triples
    from regkg.graph.iri import Minter
    from regkg.graph.resolve import resolve
    from regkg.graph.serialize import turtle_lines
    from regkg.graph.store import MemoryStore

    if not isinstance(records, RecordFile):
        records = RecordFile.of(map(as_record, records))  # on disk: resolution reads them in passes
    mint = Minter(base_iri)
    with steps.step("resolve", f"{records.documents:,} documents"):
        model = resolve(records, base=mint.base)
    with steps.step("triples", f"{len(model.docs):,} nodes, {len(model.edges):,} edges"):
        rows = set(triples(model, mint))
    dates = [d.date for d in model.docs.values() if d.in_corpus and d.date]
    del model  # everything it says is in the rows now
    with steps.step("view", f"{len(rows):,} triples"):
        view = View(rows)  # the questions' indexes, from the rows themselves (sharing their strings)
    status_as_of = as_of or (max(dates) if dates else None)
    if status_as_of:
        rows.update(_in_force_rows(view, status_as_of))
    with steps.step("store", store or "auto"):
        settled = _settle(rows, store)
    kg = KnowledgeGraph(settled, view=view, records=records)
    kg.status_as_of = status_as_of
    if isinstance(settled, MemoryStore):
        kg.fresh_rows = rows  # the store's own set
    else:
        with steps.step("turtle", "sorted, to a temporary file"):
            kg.fresh_turtle = _spilled(turtle_lines(rows, header=kg._header()))
        del rows
        if isinstance(settled, _PendingStore):
            settled.spilled(kg.fresh_turtle)
    return kg


def _spilled(lines: Iterable[str]) -> IO[bytes]:
    """``lines`` in an unnamed temporary file (gone with the process, however it ends)."""
    spill = tempfile.TemporaryFile(prefix="regkg-graph-")
    lines = iter(lines)
    while data := "".join(islice(lines, 4096)).encode("utf-8"):
        spill.write(data)
    spill.flush()
    return spill


def _settle(rows: set[Row], spec: str | None) -> Store:
    """The built rows in the store ``spec`` names."""
    from regkg.graph.store import MemoryStore, OxigraphStore, new_store_version, open_store

    target = open_store(spec, size=len(rows)) if not (spec or "auto").startswith("oxigraph:") else None
    if isinstance(target, MemoryStore):
        return MemoryStore(rows)  # the set itself: a memory store is a set of rows
    if (spec or "auto") == "auto":
        return _PendingStore(rows)
    if target is not None:
        target.add(rows)
        return target
    home = Path(spec.partition(":")[2])  # type: ignore[union-attr]
    version = new_store_version(home)  # linked from ``home`` once the build that describes it is current
    disk = OxigraphStore(version)
    disk.add(rows)
    disk.close()
    del disk
    gc.collect()  # pyoxigraph closes the database when the object goes
    return OxigraphStore(version, home=home)


def load(path: str | Path, *, store: str | None = None) -> KnowledgeGraph:
    """Load a graph written by ``regkg build``: an output folder or a ``graph.ttl`` file.

    An output folder is read from its current build (:func:`~regkg.graph.serialize.current_build`).
    Its index (``index.sqlite``, :mod:`regkg.graph.index`) is opened read-only and the questions read
    it as they are asked: milliseconds to open at any size, nothing of the corpus loaded. The RDF
    store is opened only when asked for (SPARQL, Turtle, rdflib): the build's persistent Oxigraph
    store (``--store oxigraph:DIR``), else graph.ttl parsed into ``store`` (default ``auto``: by
    size, as :func:`build_records`). Passing ``store``, or a folder written before the index existed,
    or a ``graph.ttl`` file, reads the whole graph into memory as before.

    Every file is refused (:class:`StoreError`, one line naming it) when it is not what build.json
    says was written: the index by its size and sampled pages on every open, graph.ttl and the store
    by their SHA-256 when they are opened.
    """
    path = Path(path)
    folder = current_build(path) if path.is_dir() else None
    manifest = _build_info(folder, shown=path) if folder is not None else {}
    if store is None and folder is not None and INDEX_FILE in (manifest.get("files") or {}):
        return _open_index(path, folder, manifest)
    shown = path / GRAPH_FILE if folder is not None else path
    try:
        kg = KnowledgeGraph(_rdf_store(path, folder, manifest, store))
    except KeyError as exc:  # a triple the view needs is missing (an evidence node without its text, …)
        raise StoreError(f"{shown} is incomplete (no triple for {exc}): rebuild with `regkg build`") from None
    kg.status_as_of = manifest.get("status_as_of") or _header_as_of(folder / GRAPH_FILE if folder else path)
    return kg


def _open_index(path: Path, folder: Path, manifest: dict[str, Any]) -> KnowledgeGraph:
    from regkg.graph.index_read import IndexView

    index, expected = folder / INDEX_FILE, manifest["files"][INDEX_FILE]
    try:
        found = asdict(index_digest(index))
    except OSError as exc:
        raise StoreError(f"cannot read {path / INDEX_FILE}: {exc.strerror or exc}") from None
    if found != {key: expected.get(key) for key in found}:
        raise StoreError(f"{path / INDEX_FILE} is not the index this build wrote ({found['bytes']:,} bytes, build.json "
                         f"says {expected.get('bytes', 0):,} and other pages): rebuild with `regkg build`")
    _check_sizes(path, folder, manifest)
    view = IndexView(index)
    if manifest.get("triples") is not None and view.meta("triples") != str(manifest["triples"]):
        raise StoreError(f"{path / INDEX_FILE} does not hold the triples build.json says ({manifest['triples']:,}; "
                         f"it was written for {view.meta('triples')}): rebuild with `regkg build`")
    kg = KnowledgeGraph(_DeferredStore(lambda: _rdf_store(path, folder, manifest, None), manifest.get("triples")),
                        view=view)
    kg.status_as_of = manifest.get("status_as_of") or view.status_as_of
    return kg


def _check_sizes(path: Path, folder: Path, manifest: dict[str, Any]) -> None:
    """Refuse a build whose graph.ttl or persistent store has another size than build.json says (cut
    short, a line removed, emptied): a stat each, where their SHA-256 would read gigabytes. The SHA-256
    is checked when the store is opened (:func:`_rdf_store`)."""
    files, ttl = manifest.get("files") or {}, folder / GRAPH_FILE
    if GRAPH_FILE in files and ttl.exists():
        check_file(ttl, files[GRAPH_FILE], shown=path / GRAPH_FILE, hashed=False)
    expected, kept = manifest.get("store_files"), (manifest.get("store_files") or {}).get("path")
    if expected and kept and Path(kept).is_dir():
        from regkg.graph.store import store_bytes

        if store_bytes(kept) != expected.get("bytes"):
            raise StoreError(f"the Oxigraph store {manifest['store'].partition(':')[2]} is not the one this build "
                             "wrote (changed or damaged since): rebuild with `regkg build`")


class _DeferredStore:
    """The RDF store of a graph opened through its index, opened on first use (SPARQL, Turtle,
    rdflib): a question never needs it. Its size is build.json's, known without opening it."""

    def __init__(self, opener: Callable[[], Store], triples: int | None) -> None:
        self._opener, self._triples, self._store = opener, triples, None

    def opened(self) -> Store:
        if self._store is None:
            self._store = self._opener()
        return self._store

    def __getattr__(self, name: str) -> Any:  # what is not here is the store's
        return getattr(self.opened(), name)

    def __len__(self) -> int:
        return self._triples if self._triples is not None else len(self.opened())


class _PendingStore(_DeferredStore):
    """The Oxigraph store ``auto`` gives a large graph a build made, made only when asked for (SPARQL,
    rdflib): copying the rows into it took 42 s and 2.3 GB of a 1,000-gazette build (7.6 M triples) that
    then only writes files. Made from the build's rows while the graph holds them, from the graph.ttl it
    wrote once they are dropped (:meth:`written`)."""

    kind = "oxigraph"
    path: Path | None = None  # in memory, like the store it stands for
    home: Path | None = None

    def __init__(self, rows: set[Row]) -> None:
        super().__init__(lambda: self._from(rows), len(rows))

    @staticmethod
    def _from(rows: Iterable[Row]) -> Store:
        from regkg.graph.store import OxigraphStore

        store = OxigraphStore()
        store.add(rows)
        return store

    def spilled(self, turtle: IO[bytes]) -> None:
        """The rows are in the temporary file ``turtle`` now, and no longer held: the store is read from it."""
        if self._store is None:
            from regkg.graph.store import load_turtle

            self._opener = lambda: load_turtle(turtle, "oxigraph")

    def written(self, ttl: Path) -> None:
        """The rows are in ``ttl`` now: the store is read from it."""
        if self._store is None:
            from regkg.graph.store import load_turtle

            self._opener = lambda: load_turtle(ttl, "oxigraph")


def _rdf_store(path: Path, folder: Path | None, manifest: dict[str, Any], store: str | None) -> Store:
    """The store of an output folder (its persistent store, else graph.ttl parsed into ``store``), or of
    a graph.ttl file, refused when it is not what build.json says was written."""
    from regkg.graph.store import OxigraphStore, load_turtle, store_digest

    ttl = folder / GRAPH_FILE if folder is not None else path
    shown = path / GRAPH_FILE if folder is not None else path
    files = manifest.get("files") or {}
    if GRAPH_FILE in files and ttl.exists():
        check_file(ttl, files[GRAPH_FILE], shown=shown)
    kept = (manifest.get("store_files") or {}).get("path") or (manifest.get("store") or "").partition(":")[2]
    if store is None and kept and Path(kept).is_dir():
        expected = manifest.get("store_files")
        if expected and asdict(store_digest(kept)) != {"sha256": expected.get("sha256"),
                                                       "bytes": expected.get("bytes")}:
            raise StoreError(f"the Oxigraph store {manifest['store'].partition(':')[2]} is not the one this "
                             "build wrote (changed or damaged since): rebuild with `regkg build`")
        # a view read from it reads graph.ttl, the same triples, ~8 times faster than the on-disk indexes
        return OxigraphStore(kept, read_only=True, mirror=ttl if ttl.is_file() else None,
                             mirror_triples=manifest.get("triples"))
    if not ttl.exists():
        raise StoreError(f"no graph at {shown} (run `regkg build INPUT... -o {path}` first)")
    target = load_turtle(ttl, store or "auto")
    if manifest.get("triples") is not None and len(target) != manifest["triples"]:
        raise StoreError(f"{shown} holds {len(target):,} triples, build.json says {manifest['triples']:,}: "
                         "rebuild with `regkg build`")
    return target


def read_build_info(outdir: str | Path) -> dict[str, Any]:
    """What OUTDIR's build.json says (of its current build; empty for a folder written before it existed)."""
    return _build_info(current_build(outdir), shown=Path(outdir))


def _build_info(folder: Path, *, shown: Path) -> dict[str, Any]:
    try:
        return json.loads((folder / BUILD_FILE).read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {shown / BUILD_FILE}: {exc}") from exc


def _header_as_of(ttl: Path) -> str | None:
    """The status date written in graph.ttl's header (``# eli:in_force as of 2024-12-31``)."""
    try:
        with ttl.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    return None
                if line.startswith(_AS_OF_HEADER):
                    return line[len(_AS_OF_HEADER):].strip() or None
    except OSError:
        return None
    return None
