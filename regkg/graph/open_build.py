"""Open a graph ``regkg build`` wrote: an output folder (through its index, nothing of the corpus
loaded) or a graph.ttl file, each file checked against what build.json says was written.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regkg.errors import StoreError
from regkg.graph.deferred import DeferredStore
from regkg.graph.index import INDEX_FILE, index_digest
from regkg.graph.knowledge_graph import AS_OF_HEADER, BUILD_FILE, GRAPH_FILE, KnowledgeGraph
from regkg.graph.atomic_files import check_file
from regkg.graph.output_folder import current_build

if TYPE_CHECKING:
    from regkg.graph.store import Store

__all__ = ["load", "read_build_info", "IN_MEMORY_TRIPLES"]

# A build without an on-disk store is opened for SPARQL by loading graph.ttl into memory: 7.6 M triples
# (1,000 gazettes) took 25 s and 2.5 GB there. Past this many triples that is refused in one line naming
# the on-disk store (a 10,000-gazette graph, 76 M, would need ~25 GB and end killed, not answered).
IN_MEMORY_TRIPLES = 20_000_000


def load(path: str | Path, *, store: str | None = None) -> KnowledgeGraph:
    """Load a graph written by ``regkg build``: an output folder or a ``graph.ttl`` file.

    An output folder is read from its current build (:func:`~regkg.graph.output_folder.current_build`).
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
    if folder is not None and folder != path and not manifest:  # a build of this regkg always writes one
        raise StoreError(f"{path / BUILD_FILE} is missing: its files cannot be checked; rebuild with `regkg build`")
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
    view = IndexView(index, shown=path / INDEX_FILE)
    if manifest.get("triples") is not None and view.meta("triples") != str(manifest["triples"]):
        # either may be the one changed: both are named
        raise StoreError(f"{path / INDEX_FILE} does not hold the triples {path / BUILD_FILE} says "
                         f"({manifest['triples']:,}; the index was written for {view.meta('triples')}): rebuild with "
                         "`regkg build`")
    kg = KnowledgeGraph(DeferredStore(lambda: _rdf_store(path, folder, manifest, None), manifest.get("triples")),
                        view=view)
    kg.status_as_of = manifest.get("status_as_of") or view.status_as_of
    return kg


def _check_sizes(path: Path, folder: Path, manifest: dict[str, Any]) -> None:
    """Refuse a build whose files (graph.ttl, records.jsonl, report.md) or persistent store are gone or
    have another size than build.json says (cut short, a line removed, emptied): a stat each, where their
    SHA-256 would read gigabytes. The SHA-256 is checked when the store is opened (:func:`_rdf_store`)."""
    for name, written in sorted((manifest.get("files") or {}).items()):
        if name != INDEX_FILE:  # checked by its pages; the others by size: graph.ttl, records.jsonl, report.md
            check_file(folder / name, written, shown=path / name, hashed=False)
    expected, kept = manifest.get("store_files"), (manifest.get("store_files") or {}).get("path")
    if expected and kept and Path(kept).is_dir():
        from regkg.graph.store import store_bytes

        if store_bytes(kept) != expected.get("bytes"):
            raise StoreError(f"the Oxigraph store {manifest['store'].partition(':')[2]} is not the one this build "
                             "wrote (changed or damaged since): rebuild with `regkg build`")


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
    if (manifest.get("triples") or 0) > IN_MEMORY_TRIPLES:
        raise StoreError(f"{shown} holds {manifest['triples']:,} triples, too many to load into memory for SPARQL: "
                         f"build with `--store oxigraph:DIR` (an on-disk store) or `regkg push` it to a triple store")
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
                if line.startswith(AS_OF_HEADER):
                    return line[len(AS_OF_HEADER):].strip() or None
    except OSError:
        return None
    return None
