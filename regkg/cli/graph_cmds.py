"""``regkg build``, ``regkg query``, ``regkg warnings`` and one command per graph question, each a thin
layer over the function of the same name in :mod:`regkg` (``regkg.build``, ``regkg.status``, …).

Those functions are imported on first use (``regkg.__getattr__``), inside each command: ``regkg --help``
(and every command's start) would otherwise pay for rdflib, pyoxigraph and networkx (~0.3 s).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import regkg
from regkg.cli import cli, error_line
from regkg.cli.options import (DEFAULT_GRAPH, FORMATS, as_of_option, format_option, graph_option,
                               jurisdiction_option, page_options)
from regkg.errors import QueryError
from regkg.orchestrate import DEFAULT_BASE

if TYPE_CHECKING:
    from regkg.graph.api import KnowledgeGraph

__all__ = ["build", "query", "status", "repealed", "lineage", "dependencies", "dependents", "dangling", "diff",
           "duties", "owners", "departments", "warnings", "FORMATS", "DEFAULT_BASE"]


def _emit(items: Sequence[Any], columns: dict[str, Callable[[Any], Any]], fmt: str) -> None:
    """Print dataclass results: JSON in full, table and CSV with ``columns``."""
    if fmt == "json":
        click.echo(json.dumps([dataclasses.asdict(i) for i in items], ensure_ascii=False, indent=2))
        return
    click.echo(_result(items, columns).format(fmt).rstrip("\n"))


def _result(items: Sequence[Any], columns: dict[str, Callable[[Any], Any]]):
    """``items`` as the rows of ``columns``, for a table or CSV."""
    from regkg.graph.sparql import QueryResult

    return QueryResult(list(columns), [tuple(get(i) for get in columns.values()) for i in items])


# Answers read and printed at a time by the commands that list a corpus (repealed, dangling, duties,
# dependents, dependencies, owners): a national list (83,460 repeals at 10,000 gazettes) was read whole and
# printed as one string, 0.4-0.7 GB. Each page is a query of its own (a department's duties sorted again for
# each): 1,000 a page made the 146,823 duties of 市生态环境局 take 11.1 s, 5,000 8.4 s (8.6 s whole); owners,
# searched by text and so sorted at each ask, read their pages from one query.
PAGE = 5_000


def _pages(page: Callable[[int, int], Sequence[Any]], limit: int | None, offset: int) -> Iterator[Sequence[Any]]:
    """The answers ``page(limit, offset)`` gives, read :data:`PAGE` at a time, from ``offset``, at most ``limit``."""
    while limit is None or limit > 0:
        size = PAGE if limit is None else min(PAGE, limit)
        items = page(size, offset)
        if items:
            yield items
        if len(items) < size:
            return
        offset += size
        limit = None if limit is None else limit - size


def _emit_pages(page: Callable[[int, int], Sequence[Any]], limit: int | None, offset: int,
                columns: dict[str, Callable[[Any], Any]], fmt: str) -> None:
    """:func:`_emit` of a long answer, read and printed a page at a time: JSON and CSV are the bytes the
    whole answer gives; a table is aligned as its first page needs, widened when a later page needs more."""
    first, widths = True, None
    for items in _pages(page, limit, offset):
        if fmt == "json":  # each answer as json.dumps indents it inside a list (no line break is raw in JSON)
            text = ",\n".join("  " + json.dumps(dataclasses.asdict(item), ensure_ascii=False, indent=2)
                              .replace("\n", "\n  ") for item in items)
            click.echo(("[\n" if first else ",\n") + text, nl=False)
            first = False
            continue
        result = _result(items, columns)
        if fmt == "csv":
            click.echo(result.to_csv(header=first), nl=False)
        else:
            widths = result.widths(widths or ())
            click.echo(result.to_table(widths, header=first))
        first = False
    if fmt == "json":
        click.echo("[]" if first else "\n]")
    elif first:  # no answer: the header alone
        _emit([], columns, fmt)


def _first_text(item: Any) -> str:
    evidence = getattr(item, "evidence", ())
    evidence = evidence if isinstance(evidence, tuple) else (evidence,)
    return evidence[0].text or "" if evidence else ""


def _naming(graph_path: str, doc: str, as_of: str | None = None) -> KnowledgeGraph:
    """The graph in ``graph_path``, once it is known to hold ``doc``: a number, title or IRI that names
    none is a one-line error naming the documents it may have meant (「泸市府办发〔2022〕67」: did you
    mean 泸市府办发〔2022〕67号 (repealed)?)."""
    from regkg.graph.suggest import find_or_suggest

    kg = regkg.load(graph_path)
    find_or_suggest(kg, doc, as_of=as_of)
    return kg


def _jobs(ctx: click.Context, param: click.Parameter, value: str) -> int | None:
    """A click callback: ``--jobs N`` as a number of processes (None for auto: one per core)."""
    if value == "auto":
        return None
    try:
        jobs = int(value)
    except ValueError:
        raise click.BadParameter("a number of processes, or auto") from None
    if jobs < 1:
        raise click.BadParameter("at least 1")
    return jobs


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=None, type=click.Path(file_okay=False),
              help=f"Folder to write graph.ttl, records.jsonl, report.md and build.json into  [default: {DEFAULT_GRAPH}, "
                   "or the --update folder].")
@click.option("--base-iri", default=None, help=f"Base of the graph's data IRIs  [default: {DEFAULT_BASE}].")
@as_of_option(help="Date eli:in_force is written for; default the latest document date in the inputs.")
@click.option("-j", "--jobs", default="auto", show_default=True, metavar="N", callback=_jobs,
              help="Extract in N processes (auto: one per core).")
@click.option("--store", "store", default=None, metavar="STORE",
              help="Where the graph lives: auto (rdflib in memory for small graphs, Oxigraph for large), "
                   "memory, oxigraph, or oxigraph:DIR (persistent, on disk; later commands open it).  [default: auto]")
@click.option("--update", "update_dir", default=None, type=click.Path(file_okay=False, exists=True),
              help="Add INPUTS to the graph in this output folder, extracting only files new to it.")
@click.option("--dask", "dask", default=None, metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or local.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: on a terminal, not in CI).")
@click.option("--views/--no-views", default=True, show_default=True,
              help="Also write the offline HTML views: index.html, graph.html, duties.html, report.html, docs/.")
def build(inputs: tuple[str, ...], output: str | None, base_iri: str | None, as_of: str | None, jobs: int | None,
          store: str | None, update_dir: str | None, dask: str | None, progress: bool | None, views: bool) -> None:
    """Build the graph from gazettes: INPUT files, folders or globs.

    Writes OUTPUT/graph.ttl, OUTPUT/records.jsonl, OUTPUT/report.md and OUTPUT/build.json, and the offline
    views (OUTPUT/index.html, graph.html, duties.html, report.html, docs/). Inputs that cannot be read
    are listed in the report; the graph holds the rest, and the exit status is 1. Sources are named by
    their path relative to the inputs (a/x.txt and b/x.txt are two).
    With --update OUTPUT, only files not yet in OUTPUT are extracted and the graph is rebuilt from all;
    when inputs were only added, their records are resolved against the state OUTPUT's build kept
    rather than every record again; when no input is new, changed or gone, OUTPUT is left as it was built.
    """
    output = output or update_dir or DEFAULT_GRAPH
    kg = regkg.build(inputs, output, update=update_dir, base_iri=base_iri, as_of=as_of, store=store,
                     jobs=jobs, dask=dask, progress=progress, views=views)
    if kg.changes is not None and kg.changes.up_to_date:
        click.echo(f"{output} is up to date: no input is new, changed or gone since it was built, and its options and "
                   f"regkg are the same; its graph ({len(kg.store)} triples) stands as written")
    else:
        docs = sum(d.in_corpus for d in kg.view.docs.values())
        click.echo(f"{len(kg.records)} files, {docs} documents, {len(kg.store)} triples -> {Path(output) / 'graph.ttl'}"
                   + (f" (store {kg.store.kind}:{kg.store.home})" if kg.store.home else ""))
    if kg.changes is not None and not kg.changes.up_to_date:
        click.echo(f"  {kg.changes}")
        click.echo(f"  resolution: {kg.resolution}")
    if getattr(kg, "diff", None) is not None:  # what the update changed in the graph (report.md has the list)
        click.echo(f"  changed: {kg.diff}")
    click.echo(_summary(kg, output, views))
    for error in kg.input_errors:
        click.echo(error_line(error), err=True)
    if kg.input_errors:
        raise click.exceptions.Exit(1)


def _summary(kg: KnowledgeGraph, output: str, views: bool) -> str:
    """What `make run` shows: the answers a 清理 starts from, and where to look next. Statuses are
    dated as every question dates them (the build's --as-of, else today), and duties and the bodies
    they go to are counted from the same duties of the graph."""
    from regkg.graph.status import as_of_date, count_dangling, count_repealed

    as_of = as_of_date(kg.build_options.get("as_of"))
    assigned, bodies = kg.view.assigned()  # a large build's duties are on disk: counted there
    lines = [
        f"  repealed documents: {count_repealed(kg, as_of=as_of)} (as of {as_of})",
        f"  in force but citing a repealed or expired document: {count_dangling(kg, as_of=as_of)}",
        f"  duties assigned: {assigned}, to {bodies} departments and bodies",
        f"  input errors: {len(kg.input_errors)}",
        f"  report: {Path(output) / 'report.md'}" + (f"; views: {Path(output) / 'index.html'}" if views else ""),
    ]
    return "\n".join(lines)


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a .rq file.")
@graph_option()
@format_option
def query(sparql: str | None, query_file, graph_path: str, fmt: str) -> None:
    """Run a SPARQL SELECT or ASK query (SPARQL, or -f FILE) over the graph.

    The prefixes eli:, regkg:, org:, prov:, skos:, dcterms:, rdf:, rdfs:, xsd: are predeclared.
    """
    if (sparql is None) == (query_file is None):
        raise QueryError("give the query as an argument or with -f FILE, not both")
    text = sparql if sparql is not None else query_file.read()
    click.echo(regkg.query(regkg.load(graph_path), text).format(fmt).rstrip("\n"))


@cli.command()
@click.argument("doc")
@as_of_option()
@graph_option()
@format_option
def status(doc: str, as_of: str | None, graph_path: str, fmt: str) -> None:
    """Status of DOC (number, title or IRI) on a date: in_force, expired, repealed, not_yet_in_force
    or unknown, with the evidence that decided it."""
    result = regkg.status(_naming(graph_path, doc, as_of), doc, as_of=as_of)
    _emit([result], {"document": lambda s: s.document, "as_of": lambda s: s.as_of, "state": lambda s: s.state,
                     "reason": lambda s: s.reason, "evidence": _first_text}, fmt)


@cli.command()
@as_of_option()
@page_options
@graph_option()
@format_option
def repealed(as_of: str | None, limit: int | None, offset: int, graph_path: str, fmt: str) -> None:
    """Documents repealed on a date, what repealed each, from when, and the evidence."""
    kg = regkg.load(graph_path)
    _emit_pages(lambda size, at: regkg.repealed(kg, as_of=as_of, limit=size, offset=at), limit, offset,
                {"document": lambda r: r.document, "title": lambda r: r.title, "repealed_by": lambda r: r.repealed_by,
                 "effective": lambda r: r.effective, "method": lambda r: r.evidence[0].method if r.evidence else "",
                 "evidence": _first_text}, fmt)


@cli.command()
@click.argument("doc")
@page_options
@graph_option()
@format_option
def lineage(doc: str, limit: int | None, offset: int, graph_path: str, fmt: str) -> None:
    """The chain of editions and supersessions of DOC, back and forward."""
    result = regkg.lineage(_naming(graph_path, doc), doc, limit=limit, offset=offset)
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
        return
    _emit(list(result.steps), {"newer": lambda s: s.newer, "relation": lambda s: s.relation,
                               "older": lambda s: s.older, "evidence": _first_text}, fmt)


def _dependency_columns() -> dict[str, Callable[[Any], Any]]:
    return {"depth": lambda d: d.depth, "document": lambda d: d.document, "title": lambda d: d.title,
            "relation": lambda d: d.relation, "via": lambda d: d.via, "level": lambda d: d.level}


@cli.command()
@click.argument("doc")
@page_options
@graph_option()
@format_option
def dependencies(doc: str, limit: int | None, offset: int, graph_path: str, fmt: str) -> None:
    """What DOC rests on, transitively (cites, based on, replies to), nearest first."""
    kg = _naming(graph_path, doc)
    _emit_pages(lambda size, at: regkg.dependencies(kg, doc, limit=size, offset=at), limit, offset,
                _dependency_columns(), fmt)


@cli.command()
@click.argument("doc")
@page_options
@graph_option()
@format_option
def dependents(doc: str, limit: int | None, offset: int, graph_path: str, fmt: str) -> None:
    """What rests on DOC, transitively, nearest first."""
    kg = _naming(graph_path, doc)
    _emit_pages(lambda size, at: regkg.dependents(kg, doc, limit=size, offset=at), limit, offset,
                _dependency_columns(), fmt)


@cli.command()
@as_of_option()
@page_options
@graph_option()
@format_option
def dangling(as_of: str | None, limit: int | None, offset: int, graph_path: str, fmt: str) -> None:
    """Documents in force that cite a repealed or expired document (the 规范性文件清理 work list)."""
    kg = regkg.load(graph_path)
    _emit_pages(lambda size, at: regkg.dangling(kg, as_of=as_of, limit=size, offset=at), limit, offset,
                {"document": lambda d: d.document, "cites": lambda d: d.cites, "relation": lambda d: d.relation,
                 "cited_state": lambda d: d.cited_state, "evidence": _first_text}, fmt)


@cli.command()
@click.argument("department")
@jurisdiction_option
@page_options
@graph_option()
@format_option
def duties(department: str, jurisdiction: str | None, limit: int | None, offset: int, graph_path: str,
           fmt: str) -> None:
    """Tasks DEPARTMENT (full name or abbreviation) leads or supports."""
    kg = regkg.load(graph_path)
    _emit_pages(lambda size, at: regkg.duties(kg, department, jurisdiction=jurisdiction, limit=size, offset=at),
                limit, offset, {"department": lambda d: d.department, "role": lambda d: d.role,
                                 "task": lambda d: d.task, "document": lambda d: d.document}, fmt)


@cli.command()
@click.argument("text")
@jurisdiction_option
@page_options
@graph_option()
@format_option
def owners(text: str, jurisdiction: str | None, limit: int | None, offset: int, graph_path: str, fmt: str) -> None:
    """Departments that lead or support tasks matching TEXT."""
    from regkg.graph.duties import iter_owners

    # one search and sort, its rows read a page at a time (a page of its own would search and sort again)
    rows = iter_owners(regkg.load(graph_path), text, jurisdiction=jurisdiction, limit=limit, offset=offset)
    _emit_pages(lambda size, _: list(islice(rows, size)), limit, 0,
                {"department": lambda o: o.department, "role": lambda o: o.role, "task": lambda o: o.task,
                 "document": lambda o: o.document}, fmt)


@cli.command()
@jurisdiction_option
@graph_option()
@format_option
def departments(jurisdiction: str | None, graph_path: str, fmt: str) -> None:
    """Departments and bodies with their abbreviations and how many tasks they lead and support."""
    _emit(regkg.departments(regkg.load(graph_path), jurisdiction=jurisdiction),
          {"jurisdiction": lambda d: d.jurisdiction, "department": lambda d: d.name,
           "abbreviations": lambda d: "、".join(d.abbreviations), "lead": lambda d: d.lead,
           "support": lambda d: d.support}, fmt)


@cli.command()
@click.option("--kind", default=None, help="Only warnings of this kind (e.g. repeal_cycle, impossible_date).")
@graph_option()
@format_option
def warnings(kind: str | None, graph_path: str, fmt: str) -> None:
    """What the build flagged: each file's warnings (impossible dates, self-repeals, …) and the corpus's
    (cycles of repeals, repeals of later documents, one number printed with two titles)."""
    found = regkg.warnings(regkg.load(graph_path), kind=kind)
    _emit(found, {"kind": lambda w: w.kind, "file": lambda w: w.source,
                  "span": lambda w: f"{w.span[0]}-{w.span[1]}" if w.span else None,
                  "documents": lambda w: "、".join(w.about), "message": lambda w: w.message}, fmt)


@cli.command()
@graph_option(help="Output folder of the new build.")
@click.option("--against", "old_path", required=True, type=click.Path(exists=True),
              help="Output folder of the earlier build to compare with (a copy kept before `build --update`).")
@as_of_option(help="Date (YYYY-MM-DD) statuses are compared on; default today.")
@format_option
def diff(graph_path: str, old_path: str, as_of: str | None, fmt: str) -> None:
    """What the new build (-g) changed against an earlier one (--against): new and removed documents,
    new repeals, documents whose status moved (old -> new), new dangling references, with evidence."""
    changes = regkg.diff(regkg.load(old_path), regkg.load(graph_path), as_of=as_of)
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(changes), ensure_ascii=False, indent=2))
        return
    rows = [*(("new_document", d.document, d.title, d.state, "、".join(d.sources)) for d in changes.new_documents),
            *(("removed_document", d.document, d.title, d.state, "") for d in changes.removed_documents),
            *(("new_repeal", r.document, r.title, f"repealed by {r.repealed_by}", _first_text(r))
              for r in changes.new_repeals),
            *(("status_change", c.document, c.title, f"{c.old_state} -> {c.new_state}", _first_text(c))
              for c in changes.status_changes),
            *(("new_dangling", d.document, None, f"{d.relation} {d.cites} ({d.cited_state})", _first_text(d))
              for d in changes.new_dangling)]
    _emit(rows, {"change": lambda r: r[0], "document": lambda r: r[1], "title": lambda r: r[2],
                 "detail": lambda r: r[3], "evidence": lambda r: r[4]}, fmt)
