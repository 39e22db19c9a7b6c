"""Build a graph from extraction records: resolve them into a model (:mod:`regkg.graph.resolve`),
write its triples (:mod:`regkg.graph.build`), read the view the questions walk from them, and settle
them in the store asked for. The records are walked from disk (:mod:`regkg.graph.record_file`), and
a large graph's sorted Turtle is spilled to a temporary file so its rows can be dropped.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regkg.extract.models import Record, as_record
from regkg.graph import status as _status
from regkg.graph.atomic_files import UnnamedFile, utf8_blocks
from regkg.graph.deferred import PendingStore
from regkg.graph.iri import DEFAULT_BASE
from regkg.graph.knowledge_graph import KnowledgeGraph
from regkg.graph.memory_view import View, collector_paused
from regkg.graph.record_file import RecordFile, spill_error
from regkg.graph.subject_rows import MergedRows, SubjectRows
from regkg.graph.turtle_splice import Section, spliced_turtle
from regkg.processes import give_back_freed_memory
from regkg.progress import Steps, wanted

if TYPE_CHECKING:
    from regkg.graph.duty_table import DutyTable
    from regkg.graph.evidence_table import EvidenceTable
    from regkg.graph.iri import Minter
    from regkg.graph.model import Model
    from regkg.graph.resolve_update import Previous
    from regkg.graph.store import Store
    from regkg.graph.terms import Row

__all__ = ["build_records", "ON_DISK_FROM"]

# From this many documents a build's duties and evidence nodes stay on disk (:mod:`regkg.graph.duty_table`,
# :mod:`regkg.graph.evidence_table`) rather than join its rows and view in memory: 80% of a large
# build's triples. Below it every store is possible, the rdflib one included (``auto`` gives graphs
# under AUTO_OXIGRAPH_TRIPLES, ~1,300 documents, to rdflib).
ON_DISK_FROM = 2_000


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
    spill: Path | None = None,
    inputs: Mapping[str, Path] | None = None,
    previous: Previous | None = None,
) -> KnowledgeGraph:
    """Build the graph from extraction records (:class:`~regkg.extract.models.Record`, or their dicts
    as records.jsonl and the extraction schema write them).

    ``eli:in_force`` is written as of ``as_of``; by default the latest document date in the records,
    so the same input always gives the same graph. ``store`` is where the triples go: ``auto``
    (rdflib in memory for small graphs, Oxigraph in memory for large ones), ``memory``, ``oxigraph``
    or ``oxigraph:DIR`` (on disk; built beside DIR and moved into place when complete). ``progress``
    prints each step's time on a terminal (None: when stderr is one and not in CI). ``spill`` is a
    folder on the disk the graph will be written to (an output folder's own, :class:`OutputFolder`):
    a large graph's sorted Turtle waits there, to become graph.ttl without a copy. ``inputs`` (source name
    -> path) with ``spill``: the index's full text is begun there, from the inputs, beside the steps after
    the view (:func:`regkg.graph.index_write.begin_text`). With ``spill`` the resolution's state is kept
    for the next update (:mod:`regkg.graph.resolution_state`); ``previous``: the state and index of the
    build this one adds inputs to, whose resolution is resumed where it can be (:mod:`regkg.graph.resolve_update`).
    """
    with collector_paused():
        return _build_records(records, base_iri, as_of, store, Steps(enabled=wanted(progress)), spill, inputs,
                              previous)


def _build_records(records: Iterable[Record | Mapping[str, Any]], base_iri: str, as_of: str | None,
                   store: str | None, steps: Steps, spill: Path | None,
                   inputs: Mapping[str, Path] | None, previous: Previous | None) -> KnowledgeGraph:
    from regkg.graph.build import duty_row_count, duty_rows, evidence_row_count, evidence_rows, evidence_table, triples
    from regkg.graph.evidence_table import FactEvidence
    from regkg.graph.index_write import begin_text
    from regkg.graph.iri import Minter
    from regkg.graph.resolve import resolve
    from regkg.graph.turtle import turtle_lines
    from regkg.graph.store import MemoryStore
    from regkg.graph.text_index import by_process

    if not isinstance(records, RecordFile):
        records = RecordFile.of(map(as_record, records))  # on disk: resolution reads them in passes
    mint = Minter(base_iri)
    # Duties and the edges' evidence nodes are filed on disk (regkg.graph.duty_table, evidence_table):
    # most of a large build, which keeps them there; a small build's join its rows in memory.
    on_disk = records.documents >= ON_DISK_FROM
    keep = _state_file(spill) if spill is not None else None
    how = ["resolved"]  # what the step says, once done: resolved, resumed or resolved again (and why)
    try:
        with steps.step("resolve", lambda: f"{records.documents:,} documents, {how[0]}"):
            model = _resumed(previous, records, mint.base, keep, how) if previous is not None else None
            resumed = model is not None
            if model is None:
                # a large build's duties are resolved beside the rest by a forked child (regkg.graph.duties_aside)
                model = resolve(records, base=mint.base, aside=spill if on_disk else None, keep=keep)
            else:
                how[0] = "resumed: " + how[0]
    except BaseException:
        if keep is not None:
            keep.unlink(missing_ok=True)
        raise
    give_back_freed_memory()  # what each step lets go, returned before the next (regkg.processes)
    duties = model.duties
    # the two scratch databases are sorted and indexed by SQLite in threads of their own while the
    # triples are made here (regkg.graph.scratch.ScratchDatabase.finish_aside)
    duties.finish_aside()
    nodes, edges = len(model.docs), len(model.edges)  # the duties are counted once finished, when the step is done
    with steps.step("triples", lambda: f"{nodes:,} nodes, {edges:,} edges, {len(duties):,} duties"), \
            ThreadPoolExecutor(2) as counting:
        evidence = evidence_table(model, mint)
        evidence.finish_aside()
        duty_source, evidence_source = (lambda: duty_rows(duties, mint)), (lambda: evidence_rows(evidence, mint))
        # a large build's rows on disk are counted by SQL in threads too, once finished, while the rest
        # are filed here (a small build's are filed with them, read here)
        counts = [counting.submit(duty_row_count, duties), counting.submit(evidence_row_count, evidence)] \
            if on_disk else None
        made = triples(model, mint)
        rows = SubjectRows(made if on_disk else
                           chain(made, *(chain.from_iterable(r for _, r in filed()) for filed in (duty_source, evidence_source))))
        counted = [c.result() for c in counts] if counts else [duty_row_count(duties), evidence_row_count(evidence)]
        on_disk_rows = list(zip((duty_source, evidence_source), counted))
    dates = [d.date for d in model.docs.values() if d.in_corpus and d.date]
    del model, made  # everything it says is in the rows now
    give_back_freed_memory()
    with steps.step("view", f"{len(rows):,} triples"):
        # the questions' indexes, from the rows themselves (sharing their strings); what is on disk is
        # read from there as asked
        view = View(rows, duties=duties, evidence=FactEvidence(evidence)) if on_disk else View(rows)
    give_back_freed_memory()
    status_as_of = as_of or (max(dates) if dates else None)
    if status_as_of:
        rows.add(_in_force_rows(view, status_as_of))
    text = None
    if spill is not None and inputs is not None and by_process(view):
        with steps.step("full text", "begun by a process of its own"):
            text = begin_text(view, records, inputs, spill, duties)
    try:
        filed = MergedRows(rows, on_disk_rows) if on_disk else rows
        with steps.step("store", store or "auto"):
            settled = _settle(filed, store)
        kg = KnowledgeGraph(settled, view=view, records=records, duty_table=duties, evidence_table=evidence,
                            fresh_text=text, fresh_state=keep)
        kg.status_as_of = status_as_of
        kg.resolution = how[0]
        if isinstance(settled, MemoryStore) and not on_disk:
            kg.fresh_rows = rows
        else:
            spliced = resumed and on_disk and previous.turtle is not None
            with steps.step("turtle", "spliced into the previous build's, to a temporary file" if spliced
                            else "sorted, to a temporary file"):
                kg.fresh_turtle = _spilled(
                    spliced_turtle(previous.turtle, kg.turtle_header(), rows, _sections(previous, duties, evidence, mint))
                    if spliced else utf8_blocks(turtle_lines(filed, header=kg.turtle_header())), spill)
            del rows, filed
            give_back_freed_memory()
            if isinstance(settled, PendingStore):
                settled.spilled(kg.fresh_turtle.file)
    except BaseException:
        if text is not None:
            text.close()
        if keep is not None:
            keep.unlink(missing_ok=True)
        raise
    return kg


def _state_file(folder: Path) -> Path:
    """A new file in ``folder`` (the output's builds, which a killed build's leftovers are cleaned from)
    for the resolution's state."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(prefix="regkg-state-", suffix=".sqlite", dir=folder)
    except OSError as exc:
        raise spill_error(exc, folder, variable=None) from exc
    os.close(fd)  # empty: a database SQLite fills once resolution is done
    return Path(name)


def _resumed(previous: Previous, records: RecordFile, base: str, keep: Path | None, how: list[str]) -> Model | None:
    """The model resumed from ``previous`` (:func:`regkg.graph.resolve_update.resume`), or None when it
    cannot be (``how`` says why)."""
    from regkg.graph.resolve_update import Unresumable, resume

    try:
        model, how[0] = resume(previous.state, previous.index, records, previous.added, base=base, keep=keep)
    except Unresumable as exc:  # raised before the state is kept: ``keep`` is still empty
        how[0] = f"resolved again: {exc}"
        return None
    return model


def _sections(previous: Previous, duties: DutyTable, evidence: EvidenceTable, mint: Minter) -> list[Section]:
    """The duties and evidence nodes of an update that resumed ``previous``'s resolution, as graph.ttl's
    sections (:mod:`regkg.graph.turtle_splice`): the duties that may differ from the previous build's are
    those of the inputs it adds (the earlier ones are its index's, taken whole: :func:`~regkg.graph.
    resolve_update.resume`); the evidence nodes, those its index does not hold as they are now (edges the
    resumed resolution made, changed or inferred anew)."""
    from regkg.graph.build import duty_rows, evidence_rows

    return [Section(mint.duty_prefix, duties.iris, set(duties.iris(of_sources=previous.added)),
                    lambda among: duty_rows(duties, mint, among)),
            # a node several edges make holds several of a value where the index holds the least
            Section(mint.evidence_prefix, evidence.iris, evidence.changed_from(previous.index),
                    lambda among: evidence_rows(evidence, mint, among), unsure=b" , ")]


def _spilled(blocks: Iterable[bytes], folder: Path | None) -> UnnamedFile:
    """``blocks`` in an unnamed file (gone with the process, however it ends): in ``folder``, the output
    folder's, where graph.ttl is then linked rather than copied (:class:`UnnamedFile`), else in TMPDIR."""
    try:
        spill = UnnamedFile(folder, prefix="regkg-graph-")
    except OSError as exc:
        raise spill_error(exc) from exc
    try:
        spill.write(blocks)
    except OSError as exc:
        spill.close()
        raise (spill_error(exc, spill.folder, variable=None) if spill.folder else spill_error(exc)) from exc
    return spill


def _settle(rows: SubjectRows | MergedRows, spec: str | None) -> Store:
    """The built rows in the store ``spec`` names."""
    from regkg.graph.store import MemoryStore, OxigraphStore, new_store_version, open_store

    target = open_store(spec, size=len(rows)) if not (spec or "auto").startswith("oxigraph:") else None
    if isinstance(target, MemoryStore):
        return MemoryStore(set(rows))  # a small graph (AUTO_OXIGRAPH_TRIPLES): a memory store is a set of rows
    if (spec or "auto") == "auto":
        return PendingStore(rows)
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
