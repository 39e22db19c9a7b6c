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
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import URIRef

from regkg.errors import InputError, StoreError
from regkg.graph import duties as _duties
from regkg.graph import lineage as _lineage
from regkg.graph import status as _status
from regkg.graph.build import triples
from regkg.graph.iri import DEFAULT_BASE, Minter
from regkg.graph.resolve import resolve
from regkg.graph.report import report
from regkg.graph.serialize import to_turtle, write_atomic
from regkg.graph.sparql import QueryResult, run_query
from regkg.graph.store import Store
from regkg.graph.view import View
from regkg.ontology import ELI

__all__ = ["KnowledgeGraph", "load", "build", "build_records", "GRAPH_FILE", "RECORDS_FILE", "REPORT_FILE"]

GRAPH_FILE = "graph.ttl"
RECORDS_FILE = "records.jsonl"
REPORT_FILE = "report.md"


@dataclass
class KnowledgeGraph:
    """A built or loaded graph: the RDF store, the view questions walk, and how it was built."""

    store: Store
    view: View = field(init=False)
    records: list[dict[str, Any]] = field(default_factory=list)
    input_errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    status_as_of: str | None = None

    def __post_init__(self) -> None:
        self.view = View(self.store)

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

    def write(self, outdir: str | Path) -> None:
        """Write graph.ttl (sorted Turtle), records.jsonl and report.md into ``outdir``, each atomically."""
        outdir = Path(outdir)
        write_atomic(outdir / GRAPH_FILE, self.to_turtle())
        write_atomic(
            outdir / RECORDS_FILE,
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records),
        )
        write_atomic(outdir / REPORT_FILE, report(self, input_errors=self.input_errors))

    def to_turtle(self) -> str:
        header = "regkg knowledge graph"
        if self.status_as_of:
            header += f"\neli:in_force as of {self.status_as_of}"
        return to_turtle(self.store.triples(), header=header)


def _in_force_triples(kg: KnowledgeGraph, as_of: str):
    """eli:in_force for every document whose status on ``as_of`` is decided (not unknown)."""
    for iri, doc in kg.view.docs.items():
        if doc.notice:
            continue
        state = _status.status(kg, iri, as_of=as_of).state
        if state == "in_force":
            yield URIRef(iri), ELI.in_force, ELI["InForce-inForce"]
        elif state in ("repealed", "expired", "not_yet_in_force"):
            yield URIRef(iri), ELI.in_force, ELI["InForce-notInForce"]


def build_records(
    records: Iterable[Mapping[str, Any]],
    *,
    base_iri: str = DEFAULT_BASE,
    as_of: str | None = None,
) -> KnowledgeGraph:
    """Build the graph from extraction records (dicts of the extraction schema).

    ``eli:in_force`` is written as of ``as_of``; by default the latest document date in the records,
    so the same input always gives the same graph.
    """
    records = [dict(r) for r in records]
    for record in records:  # missing lists are empty: small hand-made records stay small
        for key in ("documents", "repeals", "citations", "law_citations", "duties"):
            record.setdefault(key, [])
    mint = Minter(base_iri)
    model = resolve(records, base=mint.base)
    store = Store()
    store.add_all(triples(model, mint))
    kg = KnowledgeGraph(store, records=sorted(records, key=lambda r: r["source"]), warnings=model.warnings)
    dates = [d.date for d in model.docs.values() if d.in_corpus and d.date]
    kg.status_as_of = as_of or (max(dates) if dates else None)
    if kg.status_as_of:
        store.add_all(list(_in_force_triples(kg, kg.status_as_of)))
    return kg


def build(
    inputs: Iterable[str | Path],
    *,
    base_iri: str = DEFAULT_BASE,
    as_of: str | None = None,
) -> KnowledgeGraph:
    """Extract every input (files, folders, globs) and build the graph of those that read.

    Inputs that fail are kept in ``kg.input_errors``; the graph holds the rest.
    """
    from regkg.extract import extract  # the extractor is optional until the graph needs it

    records, errors = [], []
    for result in extract(inputs):
        if result.error is not None:
            errors.append(result.error)
        elif result.record is not None:
            records.append(result.record.to_dict())
    kg = build_records(records, base_iri=base_iri, as_of=as_of)
    kg.input_errors = errors
    return kg


def load(path: str | Path) -> KnowledgeGraph:
    """Load a graph written by ``regkg build``: an output folder or a ``graph.ttl`` file."""
    path = Path(path)
    ttl = path / GRAPH_FILE if path.is_dir() else path
    if not ttl.exists():
        raise StoreError(f"no graph at {ttl} (run `regkg build INPUT... -o {path}` first)")
    return KnowledgeGraph(Store.load(ttl))
