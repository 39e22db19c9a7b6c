"""The top layer: what each ``regkg`` command does, as a function of the same name (``regkg.build``,
``regkg.view``, ``regkg.serve``, …; :mod:`regkg.cli` only parses options and prints).

Files in, graph and views out: :func:`build` extracts the inputs (in processes or on a Dask cluster,
:mod:`regkg.scale`), builds the graph (:func:`regkg.graph.build_records`), and, given an output
folder, writes it and its views (:mod:`regkg.views`) as one unit. This module is the only one that
knows all of extract, scale, graph, views and server; none of them imports it.

>>> import pathlib
>>> kg = build([pathlib.Path(__file__).parents[1] / "samples" / "002_c2c7c1da57e4fc76.txt"])
>>> sorted(kg.input_paths), kg.input_errors
(['002_c2c7c1da57e4fc76.txt'], [])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.graph.api import KnowledgeGraph
    from regkg.graph.sparql import QueryResult
    from regkg.graph.memory_view import GraphWarning
    from regkg.views.evidence import SourceTexts

__all__ = ["build", "view", "serve", "query", "warnings", "source_texts", "load_sources", "ViewFile",
           "DEFAULT_BASE", "VIEWS_DIR"]

# regkg.graph.iri.DEFAULT_BASE, spelled here so that `regkg --help` imports no graph
# (tests/test_output_unit.py checks they agree).
DEFAULT_BASE = "https://w3id.org/regkg/id/"
# Folder (under the graph folder) `regkg view` writes into when no output file is given.
VIEWS_DIR = "views"
# The views' first page in a build folder (regkg.views.write.INDEX), spelled here so that checking for it
# imports no views (tests/test_incremental.py checks they agree).
VIEWS_INDEX = "index.html"


def build(
    inputs: Iterable[str | Path],
    output: str | Path | None = None,
    *,
    update: str | Path | None = None,
    base_iri: str | None = None,
    as_of: str | None = None,
    store: str | None = None,
    jobs: int | None = 1,
    dask: str | None = None,
    progress: bool | None = False,
    views: bool = True,
) -> KnowledgeGraph:
    """Extract every input (files, folders, globs) and build the graph of those that read.

    Inputs that fail are kept in ``kg.input_errors``; the graph holds the rest. Each source is named
    by its path relative to the inputs (``a/x.txt`` and ``b/x.txt`` are two). ``update`` is the output
    folder of an earlier build: only inputs new to it (or changed) are extracted, its options are
    kept. ``jobs`` extracts in that many processes (None: one per core), ``dask`` on a Dask cluster
    (a scheduler address or ``local``); ``progress`` shows a bar on a terminal (None: when stderr is
    one and not in CI). With ``output`` (default the ``update`` folder, if any) the graph's files and,
    with ``views``, its offline HTML views are written there as one unit; a second build into the
    same folder is refused before any work.
    """
    from regkg.graph.output_folder import OutputFolder, current_build
    from regkg.scale.workers import default_jobs

    inputs = list(inputs)
    output = output if output is not None else update
    jobs = default_jobs() if jobs is None else jobs
    if output is None:
        return _build_and_diff(inputs, update, base_iri, as_of, store, jobs, dask, progress, None, False)
    with OutputFolder(output) as out:  # locked before any work
        # an update of a folder with nothing new, changed or gone leaves its build be: the same graph,
        # index and records, and views as of the day they were written (if it has them and they are asked for)
        keep = update is not None and out.path.resolve() == Path(update).resolve() and (
            not views or (current_build(out.path) / VIEWS_INDEX).is_file())
        kg = _build_and_diff(inputs, update, base_iri, as_of, store, jobs, dask, progress, out.builds, keep)
        if kg.changes is not None and kg.changes.up_to_date:
            return kg
        with kg.writing(out, progress=progress) as staging:  # OUTPUT changes only when all is written
            if views:
                from regkg.graph.index import INDEX_FILE
                from regkg.views import write_all

                write_all(kg, staging, sources=source_texts(kg.input_paths), jobs=jobs, progress=progress,
                          home=out.path, index=staging / INDEX_FILE)
    return kg


def _build_and_diff(inputs: list[str | Path], update: str | Path | None, base_iri: str | None, as_of: str | None,
                    store: str | None, jobs: int, dask: str | None, progress: bool | None,
                    spill: Path | None, keep: bool) -> KnowledgeGraph:
    """The build; for an update, with ``kg.diff``: what it changed against the previous build
    (:func:`regkg.graph.diff.diff`, on the build's --as-of, else today), which report.md shows. The
    previous build is opened before anything is written over it. ``spill``: a folder on the output's
    disk, for what becomes its files (:func:`regkg.graph.build_records`); ``keep``: an update that finds
    nothing to do returns the previous build (:func:`regkg.scale.incremental.update`)."""
    if update is None:
        return _build(inputs, update, base_iri, as_of, store, jobs, dask, progress, spill, keep)
    from regkg.graph.api import load
    from regkg.graph.diff import diff

    previous = load(update)
    kg = _build(inputs, update, base_iri, as_of, store, jobs, dask, progress, spill, keep)
    if not kg.changes.up_to_date:
        kg.diff = diff(previous, kg, as_of=kg.build_options.get("as_of"))
    return kg


def _build(inputs: list[str | Path], update: str | Path | None, base_iri: str | None, as_of: str | None,
           store: str | None, jobs: int, dask: str | None, progress: bool | None, spill: Path | None,
           keep: bool) -> KnowledgeGraph:
    if update is not None:
        from regkg.scale.incremental import update as update_graph

        return update_graph(update, inputs, base_iri=base_iri, as_of=as_of, store=store, jobs=jobs, dask=dask,
                            progress=progress, spill=spill, keep=keep)
    from regkg.extract.read import expand_inputs
    from regkg.graph.api import build_records
    from regkg.graph.record_file import RecordFile
    from regkg.scale.sources import input_base
    from regkg.scale.workers import extract_all

    base = input_base(inputs, expand_inputs(inputs)[0])
    digests: dict[str, str] = {}
    paths: dict[str, Path] = {}
    records = RecordFile()  # each record to disk as it arrives: memory holds none of them
    _, errors = extract_all(inputs, jobs=jobs, dask=dask, progress=progress, base=base, digests=digests,
                            paths=paths, into=records.add_line)
    options = {"base_iri": base_iri or DEFAULT_BASE, "as_of": as_of}
    kg = build_records(records, **options, store=store or "auto", progress=progress, spill=spill, inputs=paths)
    kg.input_errors = errors
    kg.input_digests = digests
    kg.input_paths = paths
    kg.input_base = base
    kg.build_options = options
    return kg


def source_texts(paths: Mapping[str, Path]) -> SourceTexts:
    """The texts of input files (source name -> path), read as the extractor reads them."""
    from regkg.views.evidence import SourceTexts

    return SourceTexts(paths, _input_text)


def load_sources(graph: str | Path, extra: Iterable[str | Path] = ()) -> SourceTexts:
    """The input texts of the build in ``graph`` (where its sources.json says they are), and those of
    the files under ``extra`` (files, folders or globs, named as a build of them names them)."""
    from regkg.scale.sources import input_base, source_names
    from regkg.views.write import load_sources as recorded

    extra = list(extra)
    files = []
    if extra:
        from regkg.extract.read import expand_inputs

        files = expand_inputs(extra)[0]
    more = source_names(files, input_base(extra, files)) if files else {}
    return recorded(_folder(graph), read=_input_text, extra=more)


def _input_text(path: Path) -> str:
    """An input's text as the extractor reads it; its readers (PDF, Word, HTML: 0.2 s of imports, most of
    them pdfminer's) are imported when a page first shows a sentence in its file, not when a server starts."""
    from regkg.extract.read import read_input

    return read_input(path).text


def _folder(graph: str | Path) -> Path:
    """The output folder of ``graph`` (an output folder, or the graph.ttl in one)."""
    graph = Path(graph)
    return graph if graph.is_dir() else graph.parent


@dataclass(frozen=True)
class ViewFile:
    """An HTML view :func:`view` wrote, and why it shows less than asked (too many nodes), if it does."""

    path: Path
    note: str | None = None


def view(
    graph: str | Path,
    output: str | Path | None = None,
    *,
    doc: str | None = None,
    depth: int = 1,
    department: str | None = None,
    jurisdiction: str | None = None,
    page: bool = False,
    as_of: str | None = None,
    max_nodes: int | None = None,
) -> ViewFile:
    """Write an interactive, offline HTML view of the graph in ``graph`` (an output folder): the whole
    graph, ``doc``'s neighbourhood (``depth`` steps), ``department``'s duties, or ``doc``'s page
    (``page``). ``output`` defaults to GRAPH/views/<name>.html."""
    import os

    from regkg.graph.api import load
    from regkg.views import templates
    from regkg.views.network import network_html
    from regkg.views.page import PageLinks, document_page
    from regkg.views.scopes import MAX_NODES, corpus, neighbourhood
    from regkg.views.scopes import department as department_scope

    if doc and department:
        raise ValueError("give doc or department, not both")
    if page and not doc:
        raise ValueError("page needs doc")
    kg = load(graph)
    folder = _folder(graph)
    out = Path(output) if output else folder / VIEWS_DIR / _view_name(doc, department, page)
    prefix = Path(os.path.relpath(folder.resolve() / templates.DOC_DIR, out.parent.resolve())).as_posix() + "/"
    note = None
    if page:
        assert doc is not None
        text = document_page(kg, doc, as_of=as_of, sources=load_sources(folder),
                             links=PageLinks(docs=prefix, graph=f"{prefix}../graph.html",
                                             report=f"{prefix}../report.html", index=f"{prefix}../index.html",
                                             neighbourhood=f"{prefix}../graph.html#focus="))
    else:
        if doc:
            scope = neighbourhood(kg, doc, depth=depth, as_of=as_of, max_nodes=max_nodes or MAX_NODES)
        elif department:
            scope = department_scope(kg, department, jurisdiction=jurisdiction, as_of=as_of)
        else:
            scope = corpus(kg, as_of=as_of, max_nodes=max_nodes or MAX_NODES)
        text = network_html(scope, link_prefix=prefix)
        note = scope.note
    templates.write_atomic(out, text)
    return ViewFile(out, note)


def _view_name(doc: str | None, department: str | None, page: bool) -> str:
    from regkg.keys.pages import slug

    if doc:
        return f"{'page' if page else 'neighbourhood'}_{slug(doc)}.html"
    if department:
        return f"duties_{slug(department)}.html"
    return "graph.html"


def serve(
    graph: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_hosts: Iterable[str] = (),
    timeout: float = 10.0,
    max_rows: int = 10_000,
    as_of: str | None = None,
    sources: Iterable[str | Path] = (),
    against: str | Path | None = None,
    say: Callable[[str], None] = print,
) -> None:
    """Serve the graph in ``graph`` until interrupted: the workbench, the SPARQL 1.1 endpoint, the views
    and document pages (:mod:`regkg.server`); ``against`` names an earlier build the /changes page
    compares with. ``say`` receives what a person starting it should read (the address, a warning when
    it listens beyond loopback)."""
    import gc
    import ipaddress

    from regkg.errors import RegkgError
    from regkg.graph.api import load
    from regkg.server import Limits, Settings, create_app
    from regkg.server.listen import listen, serve_on, url
    from regkg.server.security import allowed_hosts

    allow_hosts = tuple(allow_hosts)
    try:
        sock = listen(host, port)  # bound first: with port 0 the message names the port the system chose
    except OSError as exc:
        raise RegkgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    kg = load(graph)
    settings = Settings(limits=Limits(seconds=timeout, rows=max_rows), as_of=as_of,
                        allowed_hosts=tuple(allowed_hosts(host, allow_hosts)))
    app = create_app(kg, sources=load_sources(graph, sources), settings=settings,
                     previous=load(against) if against is not None else None)
    # The graph is read-only from here on: out of the cycle collector's sight, a full collection no
    # longer walks its millions of objects (~0.5 s pauses on 50,000 documents, every few requests).
    gc.freeze()
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        say(f"regkg: warning: listening on {host}: anyone who can reach this address can query the graph"
            + ("" if allow_hosts else "; give --allow-host NAME for each name clients use to reach it"))
    where = url(host, sock.getsockname()[1])
    say(f"regkg: serving {graph} at {where} (SPARQL at {where}sparql); Ctrl-C stops")
    serve_on(app, sock)


def query(kg: KnowledgeGraph, sparql: str) -> QueryResult:
    """Run a SPARQL SELECT or ASK query over ``kg``; regkg's prefixes (eli:, regkg:, org:, …) are
    predeclared."""
    return kg.sparql(sparql)


def warnings(kg: KnowledgeGraph, *, kind: str | None = None) -> list[GraphWarning]:
    """What the build flagged (``kg.warnings``), only those of ``kind`` if given (e.g. repeal_cycle)."""
    return [w for w in kg.warnings if kind is None or w.kind == kind]
