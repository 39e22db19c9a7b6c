"""Incremental builds (``regkg build --update OUTPUT NEW...``): new gazettes are extracted, the old
ones are not — their records are read back from OUTPUT/records.jsonl, filed as the lines they are — and the
graph is resolved from all records: when inputs were only added, by resuming the resolution OUTPUT's build
kept (:mod:`regkg.graph.resolve_update`), else all again; either way cross-references between old and new
documents are found exactly as a full rebuild finds them (``tests/test_incremental.py`` and
``tests/test_resolve_update.py`` check the files are byte-identical). A file already in the graph with the same content is skipped; one with the same
name and new content replaces its old record. The earlier inputs are checked where build.json says
they were: one deleted since has its documents removed, one changed is extracted again, and the
build's summary says so (:class:`~regkg.graph.api.Changes`). When nothing is new, changed or gone, and
the options and the regkg are the build's own, the build stands: a full update would write the same
graph, index and records again (minutes at 50,000 documents) to say nothing changed.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from regkg.errors import InputError, StoreError
from regkg.extract.models import Record, RecordLine
from regkg.graph.api import GRAPH_FILE, RECORDS_FILE, Changes, KnowledgeGraph, build_records, load, read_build_info
from regkg.graph.iri import DEFAULT_BASE
from regkg.graph.atomic_files import check_file
from regkg.graph.knowledge_graph import builder
from regkg.graph.index import INDEX_FILE
from regkg.graph.record_file import RecordFile
from regkg.graph.resolution_state import STATE_FILE
from regkg.graph.resolve_update import Previous
from regkg.graph.output_folder import current_build
from regkg.scale.sources import file_digest, input_base, source_name

__all__ = ["update"]


@dataclasses.dataclass(frozen=True)
class _Kept:
    """An earlier build's record, left in its records.jsonl (``old``, read in place: the lines of 1,000
    gazettes are ~150 MB of text, ~250 MB as Python strings, their records several times that in
    objects) until the graph takes it, under ``source``, the name it has now."""

    old: RecordFile
    filed_as: str
    source: str

    @property
    def documents(self) -> int:
        return self.old.documents_of(self.filed_as)

    def record(self) -> Record:
        return dataclasses.replace(self.old.record(self.filed_as), source=self.source)

    def line(self) -> RecordLine:
        """The record as its line: the earlier build's bytes as they are, unless it is filed under a new name."""
        return self.old.line(self.filed_as) if self.source == self.filed_as else self.record().line()


def _old_records(outdir: Path, build: Path, info: dict[str, Any]) -> dict[str, _Kept]:
    """The records of OUTDIR's current build (in ``build``) by source, refused if records.jsonl is not
    the file it wrote."""
    path = build / RECORDS_FILE
    if not path.exists():
        raise StoreError(f"no {RECORDS_FILE} in {outdir}: --update needs the output folder of an earlier build")
    if RECORDS_FILE in (info.get("files") or {}):
        check_file(path, info["files"][RECORDS_FILE], shown=outdir / RECORDS_FILE)
    old = RecordFile(path=path)
    return {name: _Kept(old, name, name) for name in old.names()}


def _spilled(records: dict[str, Record | _Kept]) -> RecordFile:
    """The records on disk, each taken out of ``records`` as it is filed (the graph sorts them by source)."""
    spill = RecordFile()
    while records:
        spill.add_line(records.popitem()[1].line())
    return spill


def _moved(removed: Iterable[str], known: dict[str, str], given: dict[str, str]) -> dict[str, str]:
    """Earlier inputs no longer where they were whose text is given under another name (a folder moved,
    the output folder copied elsewhere), matched by SHA-256: old name -> new name."""
    by_digest: dict[str, str] = {}
    for name, digest in sorted(given.items()):
        by_digest.setdefault(digest, name)
    return {name: now for name in removed if (now := by_digest.pop(known.get(name, ""), None)) is not None}


def _where(outdir: Path, info: dict[str, Any], relative: str) -> Path:
    """An earlier input (or the inputs' folder) recorded ``relative`` to OUTDIR: there, or else where it was
    relative to the folder the build was written in (``home``), for an output folder copied or moved since
    while its inputs stayed (every one of them found, not taken as deleted but the few named again)."""
    here = outdir / relative
    if not here.exists() and info.get("home") and (there := Path(os.path.normpath(Path(info["home"]) / relative))).exists():
        return there
    return here


def _stands(info: dict[str, Any], options: dict[str, Any], store: str | None, renamed: dict[str, str],
            fresh: Iterable[str], removed: Iterable[str], moved: dict[str, str], errors: list[InputError]) -> bool:
    """Whether the build build.json describes (``info``) is what an update would write again: no input to
    read (new or changed), none gone or moved, none named anew, the inputs all found, the options as
    given then, and the same regkg (:func:`~regkg.graph.knowledge_graph.builder`: one that resolves
    differently would write another graph from the same records)."""
    return (not any(fresh) and not any(removed) and not moved and not errors
            and all(now == name for name, now in renamed.items())
            and options == _options_of(info)
            and (store is None or store == info.get("store"))
            and info.get("regkg") == builder())


def _options_of(info: dict[str, Any]) -> dict[str, Any]:
    """The options the build build.json describes was made with."""
    return {"base_iri": info.get("base_iri") or DEFAULT_BASE, "as_of": info.get("as_of")}


def _not_resumed(info: dict[str, Any], options: dict[str, Any], removed: Iterable[str], moved: dict[str, str],
                 replaced: Iterable[str], renamed: dict[str, str], base: Path) -> str | None:
    """Why an update resolves every record rather than resume the previous build's resolution (None: it may resume),
    said in the summary's resolution line: a user who added a file from another folder sees every input named anew."""
    if any(removed) or moved or any(replaced):
        return "an input was removed, changed or moved"
    if any(now != name for name, now in renamed.items()):
        return (f"the inputs are named anew, relative to {os.path.normpath(base)}: a new input from outside the earlier "
                "inputs' folder moves the folder they are named from")
    if options != _options_of(info):
        return "the options differ from the build's (--base-iri, --as-of)"
    if info.get("regkg") != builder():
        return "the build was made by another regkg"
    return None


def _previous(outdir: Path, build: Path, info: dict[str, Any], added: tuple[str, ...]) -> Previous | None:
    """What an update that only adds ``added`` resumes the resolution of OUTDIR's build (in ``build``) from:
    its kept state (:mod:`regkg.graph.resolution_state`), refused unless as build.json describes it, its index,
    and its graph.ttl if build.json describes it (one that is not is written whole again, not spliced into)."""
    state, turtle, files = build / STATE_FILE, build / GRAPH_FILE, info.get("files") or {}
    if STATE_FILE not in files or INDEX_FILE not in files:  # an older regkg's build: every record is resolved
        return None
    check_file(state, files[STATE_FILE], shown=outdir / STATE_FILE)
    return Previous(state, build / INDEX_FILE, added, turtle if _as_written(turtle, files.get(GRAPH_FILE)) else None)


def _as_written(path: Path, expected: dict[str, Any] | None) -> bool:
    """Whether ``path`` is the file build.json describes (``expected``)."""
    try:
        check_file(path, expected or {})
    except StoreError:
        return False
    return True


def update(
    outdir: str | Path,
    inputs: Iterable[str | Path],
    *,
    base_iri: str | None = None,
    as_of: str | None = None,
    store: str | None = None,
    jobs: int | None = 1,
    dask: str | None = None,
    progress: bool | None = False,
    spill: Path | None = None,
    keep: bool = False,
) -> KnowledgeGraph:
    """The graph of OUTDIR's inputs plus ``inputs``, extracting only what is new or changed.

    ``base_iri`` and ``as_of`` default to what OUTDIR was built with; ``store`` to its persistent
    store if it has one (else ``auto``); ``spill`` as :func:`regkg.graph.build_records`. The caller writes
    the result (``kg.write(outdir)``). With ``keep``, when nothing is new, changed or gone and the options
    and the regkg are the build's own, OUTDIR's build is returned as it stands (:func:`regkg.load`), its
    ``changes.up_to_date`` set, for the caller to leave it be.
    """
    from regkg.extract.read import expand_inputs
    from regkg.scale.workers import extract_all

    outdir = Path(outdir)
    build = current_build(outdir)  # resolved once: build.json and records.jsonl of the same build
    info = read_build_info(build)
    old = _old_records(outdir, build, info)
    inputs = list(inputs)
    paths, errors = expand_inputs(inputs)
    files = [p for p in paths if p.is_file()]
    # earlier inputs where build.json says they were (relative to OUTDIR, or to where it was built)
    earlier = {name: _where(outdir, info, rel) for name, rel in (info.get("input_paths") or {}).items() if name in old}
    folders = [_where(outdir, info, info["input_base"])] if "input_base" in info else []
    base = input_base([*folders, *(p for p in inputs if Path(p).is_dir())], [*earlier.values(), *files])
    renamed = {name: source_name(path, base) for name, path in earlier.items()}
    records: dict[str, Record | _Kept] = {}
    for name, record in old.items():
        record = dataclasses.replace(record, source=renamed.get(name, name))
        records[record.source] = record
    known = {renamed.get(name, name): digest for name, digest in (info.get("inputs") or {}).items()}
    given = {source_name(p, base): p for p in files}
    earlier = {renamed[name]: path for name, path in earlier.items() if renamed[name] not in given}
    removed = tuple(sorted(name for name, path in earlier.items() if not path.is_file()))
    given_digests = {name: file_digest(path) for name, path in given.items()}
    moved = _moved(removed, known, {name: d for name, d in given_digests.items() if name not in records})
    for name, now in moved.items():  # the same text under another path: its record is kept, not extracted again
        records[now] = dataclasses.replace(records.pop(name), source=now)
        known[now] = known.pop(name)
    removed = tuple(name for name in removed if name not in moved)
    if removed and len(removed) == len(old):
        # every earlier input gone at once is a moved or copied output folder (its inputs are recorded relative
        # to it), far more often than a corpus deleted: dropping them all would empty the graph
        raise StoreError(f"none of the {len(removed):,} inputs of {outdir} is where build.json says (the first: "
                         f"{os.path.normpath(earlier[removed[0]])}): name their folder again to keep them, or build "
                         "anew without --update")
    candidates = {**{n: p for n, p in earlier.items() if n not in removed and n not in moved}, **given}
    digests = {name: given_digests.get(name) or file_digest(path) for name, path in candidates.items()}
    unchanged = {name for name, digest in digests.items() if name in records and known.get(name, digest) == digest}
    options = {"base_iri": base_iri or info.get("base_iri") or DEFAULT_BASE, "as_of": as_of or info.get("as_of")}
    if keep and _stands(info, options, store, renamed, candidates.keys() - unchanged, removed, moved, errors):
        kg = load(outdir)
        kg.changes = Changes(up_to_date=True)
        kg.input_errors = [InputError(path, reason) for path, reason in info.get("errors") or []]  # still unread
        return kg
    replaced = tuple(sorted(name for name in digests if name in records and name not in unchanged))
    removed_documents = sum(records.pop(name).documents for name in removed)
    for name in removed:
        known.pop(name, None)
    new_records, failed = extract_all([p for n, p in candidates.items() if n not in unchanged], jobs=jobs,
                                      dask=dask, progress=progress, base=base)
    errors += failed
    added = tuple(sorted(r.source for r in new_records if r.source not in records))
    for record in new_records:
        records[record.source] = record
    name_of = {str(p): n for n, p in candidates.items()}
    failed_now = {name_of.get(e.path, e.path) for e in errors}
    for name in failed_now & set(replaced):  # changed and now unreadable: its old documents are gone too
        records.pop(name, None)
        known.pop(name, None)
    known.update({name: digests[name] for name in digests if name in records})
    # an earlier error stays unless the file now reads, or failed again (its new error says why)
    old_errors = [InputError(path, reason) for path, reason in info.get("errors") or []
                  if source_name(path, base) not in records.keys() | failed_now
                  and path not in {e.path for e in errors}]
    kept = list(records)  # before they are spilled (and let go)
    paths = {name: candidates[name] for name in kept if name in candidates}
    replaced = tuple(n for n in replaced if n in kept)
    why = _not_resumed(info, options, removed, moved, replaced, renamed, base)
    previous = _previous(outdir, build, info, added) if why is None and spill is not None else None
    kg = build_records(_spilled(records), **options, store=store or info.get("store") or "auto",
                       progress=progress, spill=spill, inputs=paths, previous=previous)
    if previous is None and spill is not None:
        kg.resolution = f"resolved: {why or 'the build kept no resolution state (an older regkg made it)'}"
    kg.input_errors = old_errors + errors
    kg.input_digests = known
    kg.input_paths = paths
    kg.input_base = base
    kg.build_options = options
    kg.changes = Changes(added=added, replaced=replaced, removed=removed,
                         removed_documents=removed_documents, moved=tuple(sorted(moved.items())))
    return kg
