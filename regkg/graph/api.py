"""The Python API: ``kg = regkg.graph.load("outputs/")`` or ``regkg.graph.build([...])``, then methods
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
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from regkg.errors import InputError, StoreError
from regkg.graph import duties as _duties
from regkg.graph import lineage as _lineage
from regkg.graph import status as _status
from regkg.graph.build import triples
from regkg.graph.iri import DEFAULT_BASE, Minter
from regkg.graph.resolve import resolve
from regkg.graph.report import report
from regkg.graph.serialize import to_turtle, turtle_lines, write_atomic, write_lines_atomic
from regkg.graph.sparql import QueryResult, run_query
from regkg.graph.store import MemoryStore, OxigraphStore, Store, load_turtle, open_store, replace_dir
from regkg.graph.terms import IRI, Row
from regkg.graph.view import GraphWarning, View, collector_paused
from regkg.ontology import ELI
from regkg.progress import Steps, wanted

__all__ = ["KnowledgeGraph", "load", "build", "build_records", "GRAPH_FILE", "RECORDS_FILE", "REPORT_FILE",
           "BUILD_FILE", "read_build_info"]

GRAPH_FILE = "graph.ttl"
RECORDS_FILE = "records.jsonl"
REPORT_FILE = "report.md"
# How an output folder was built: options, inputs (name -> SHA-256), input errors, and the persistent
# store its graph also lives in (``--store oxigraph:DIR``), if any. ``--update`` and :func:`load` read it.
BUILD_FILE = "build.json"
_AS_OF_HEADER = "# eli:in_force as of "


@dataclass
class KnowledgeGraph:
    """A built or loaded graph: the RDF store, the view questions walk, and how it was built."""

    store: Store
    view: View = None  # type: ignore[assignment]  # read from the store unless a build hands it over
    records: list[dict[str, Any]] = field(default_factory=list)
    input_errors: list[InputError] = field(default_factory=list)
    status_as_of: str | None = None
    input_digests: dict[str, str] = field(default_factory=dict)  # input file name -> SHA-256
    build_options: dict[str, Any] = field(default_factory=dict)  # base_iri and as_of as asked
    # the rows a build just made: graph.ttl is written from them, not read back from the store
    # (Oxigraph's on-disk indexes take ~10 µs a triple to read); dropped once written
    fresh_rows: set[Row] | None = field(default=None, repr=False)

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

    def repealed(self, *, as_of: str | dt.date | None = None) -> list[_status.Repealed]:
        return _status.repealed(self, as_of=as_of)

    def dangling(self, *, as_of: str | dt.date | None = None) -> list[_status.Dangling]:
        return _status.dangling(self, as_of=as_of)

    def lineage(self, doc: str) -> _lineage.Lineage:
        return _lineage.lineage(self, doc)

    def dependencies(self, doc: str) -> list[_lineage.Dependency]:
        return _lineage.dependencies(self, doc)

    def dependents(self, doc: str) -> list[_lineage.Dependency]:
        return _lineage.dependents(self, doc)

    def duties(self, department: str, *, jurisdiction: str | None = None) -> list[_duties.DutyOf]:
        return _duties.duties(self, department, jurisdiction=jurisdiction)

    def owners(self, text: str, *, jurisdiction: str | None = None) -> list[_duties.Owner]:
        return _duties.owners(self, text, jurisdiction=jurisdiction)

    def departments(self, *, jurisdiction: str | None = None) -> list[_duties.Department]:
        return _duties.departments(self, jurisdiction=jurisdiction)

    # access
    def sparql(self, query: str) -> QueryResult:
        """Run a SPARQL SELECT/ASK query; the regkg prefixes (eli:, regkg:, org:, …) are predeclared."""
        return run_query(self.store, query)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Documents as nodes, relations (cites, based_on, replies_to, repeals, replaces) as keyed edges."""
        return self.view.graph

    def find(self, doc: str):
        """The document a number, title or IRI names (:class:`regkg.errors.DocumentNotFound` if none)."""
        return self.view.find(doc)

    def write(self, outdir: str | Path, *, progress: bool | None = False) -> None:
        """Write graph.ttl (sorted Turtle), records.jsonl, report.md and build.json into ``outdir``, each
        atomically; ``progress`` prints each step's time on a terminal (None: when stderr is one)."""
        outdir = Path(outdir)
        steps = Steps(enabled=wanted(progress))
        with steps.step("write", f"{GRAPH_FILE}, {len(self.store):,} triples"):
            rows, self.fresh_rows = (self.fresh_rows if self.fresh_rows is not None else self.store.rows()), None
            write_lines_atomic(outdir / GRAPH_FILE, turtle_lines(rows, header=self._header()))
            del rows
        with steps.step("write", f"{RECORDS_FILE}, {REPORT_FILE}"):
            write_lines_atomic(outdir / RECORDS_FILE, (json.dumps(r, ensure_ascii=False) + "\n" for r in self.records))
            write_atomic(outdir / REPORT_FILE, report(self, input_errors=self.input_errors))
        info: dict[str, Any] = {**self.build_options, "status_as_of": self.status_as_of, "triples": len(self.store)}
        if self.store.path is not None:
            info["store"] = f"{self.store.kind}:{self.store.path.resolve()}"
        info["inputs"] = dict(sorted(self.input_digests.items()))
        info["errors"] = sorted([e.path, e.reason] for e in self.input_errors)
        write_atomic(outdir / BUILD_FILE, json.dumps(info, ensure_ascii=False, indent=1) + "\n")

    def to_turtle(self) -> str:
        return to_turtle(self.fresh_rows if self.fresh_rows is not None else self.store.rows(),
                         header=self._header())

    def _header(self) -> str:
        header = "regkg knowledge graph"
        if self.status_as_of:
            header += f"\n{_AS_OF_HEADER[2:]}{self.status_as_of}"
        return header


def _in_force_rows(view: View, as_of: str) -> Iterator[Row]:
    """eli:in_force for every document whose status on ``as_of`` is decided (not unknown)."""
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
    records: Iterable[Mapping[str, Any]],
    *,
    base_iri: str = DEFAULT_BASE,
    as_of: str | None = None,
    store: str | None = "auto",
    progress: bool | None = False,
) -> KnowledgeGraph:
    """Build the graph from extraction records (dicts of the extraction schema).

    ``eli:in_force`` is written as of ``as_of``; by default the latest document date in the records,
    so the same input always gives the same graph. ``store`` is where the triples go: ``auto``
    (rdflib in memory for small graphs, Oxigraph in memory for large ones), ``memory``, ``oxigraph``
    or ``oxigraph:DIR`` (on disk; built beside DIR and moved into place when complete). ``progress``
    prints each step's time on a terminal (None: when stderr is one and not in CI).
    """
    with collector_paused():
        return _build_records(records, base_iri, as_of, store, Steps(enabled=wanted(progress)))


def _build_records(records: Iterable[Mapping[str, Any]], base_iri: str, as_of: str | None,
                   store: str | None, steps: Steps) -> KnowledgeGraph:
    records = [dict(r) for r in records]
    for record in records:  # missing lists are empty: small hand-made records stay small
        for key in ("documents", "repeals", "citations", "law_citations", "duties"):
            record.setdefault(key, [])
    records.sort(key=lambda r: r["source"])
    mint = Minter(base_iri)
    with steps.step("resolve", f"{sum(len(r['documents']) for r in records):,} documents"):
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
    kg = KnowledgeGraph(settled, view=view, records=records, fresh_rows=rows)
    kg.status_as_of = status_as_of
    return kg


def _settle(rows: set[Row], spec: str | None) -> Store:
    """The built rows in the store ``spec`` names."""
    target = open_store(spec, size=len(rows)) if not (spec or "auto").startswith("oxigraph:") else None
    if isinstance(target, MemoryStore):
        return MemoryStore(rows)  # the set itself: a memory store is a set of rows
    if target is not None:
        target.add(rows)
        return target
    final = Path(spec.partition(":")[2])  # type: ignore[union-attr]
    temp = final.with_name(f".{final.name}.building")
    if temp.exists():
        shutil.rmtree(temp)
    disk = OxigraphStore(temp)
    disk.add(rows)
    disk.close()
    del disk
    gc.collect()  # pyoxigraph closes the database when the object goes
    replace_dir(temp, final)
    return OxigraphStore(final)


def build(
    inputs: Iterable[str | Path],
    *,
    base_iri: str = DEFAULT_BASE,
    as_of: str | None = None,
    store: str | None = "auto",
    jobs: int | None = 1,
    dask: str | None = None,
    progress: bool | None = False,
) -> KnowledgeGraph:
    """Extract every input (files, folders, globs) and build the graph of those that read.

    Inputs that fail are kept in ``kg.input_errors``; the graph holds the rest. ``jobs`` extracts in
    that many processes (None: one per core), ``dask`` on a Dask cluster (a scheduler address or
    ``local``); ``progress`` shows a bar on a terminal (None: when stderr is one and not in CI).
    """
    from regkg.scale.extract import extract_all  # the extractor is optional until the graph needs it

    digests: dict[str, str] = {}
    records, errors = extract_all(inputs, jobs=jobs, dask=dask, progress=progress, digests=digests)
    kg = build_records(records, base_iri=base_iri, as_of=as_of, store=store, progress=progress)
    kg.input_errors = errors
    kg.input_digests = digests
    kg.build_options = {"base_iri": base_iri, "as_of": as_of}
    return kg


def load(path: str | Path, *, store: str | None = None) -> KnowledgeGraph:
    """Load a graph written by ``regkg build``: an output folder or a ``graph.ttl`` file.

    An output folder built with a persistent store (``--store oxigraph:DIR``) opens that store
    (read-only) for SPARQL instead of loading graph.ttl into a new one (the view is still read from
    graph.ttl, which Oxigraph parses faster than it reads its own on-disk indexes); otherwise graph.ttl is parsed by Oxigraph into ``store``
    (default ``auto``: by size, as :func:`build_records`).
    """
    path = Path(path)
    ttl = path / GRAPH_FILE if path.is_dir() else path
    manifest = read_build_info(path) if path.is_dir() else {}
    kept = (manifest.get("store") or "").partition(":")[2]
    if store is None and kept and Path(kept).is_dir():
        # the view reads graph.ttl, the same triples, ~8 times faster than the store's on-disk indexes
        kg = KnowledgeGraph(OxigraphStore(kept, read_only=True, mirror=ttl if ttl.is_file() else None,
                                          mirror_triples=manifest.get("triples")))
    else:
        if not ttl.exists():
            raise StoreError(f"no graph at {ttl} (run `regkg build INPUT... -o {path}` first)")
        target = load_turtle(ttl, store or "auto")
        kg = KnowledgeGraph(target)
    kg.status_as_of = manifest.get("status_as_of") or _header_as_of(ttl)
    return kg


def read_build_info(outdir: str | Path) -> dict[str, Any]:
    """What OUTDIR's build.json says (empty for a folder written before it existed)."""
    try:
        return json.loads((Path(outdir) / BUILD_FILE).read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {Path(outdir) / BUILD_FILE}: {exc}") from exc


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
