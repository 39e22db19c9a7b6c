"""``regkg view`` and ``regkg serve``: thin layers over :func:`regkg.view` and :func:`regkg.serve`.

The views, the graph and the server are imported inside the commands: ``regkg --help`` (and every
other command) imports this module only to list its commands.
"""

from __future__ import annotations

import click

import regkg
from regkg.cli import cli
from regkg.cli.options import as_of_option, graph_option, jurisdiction_option

__all__ = ["view", "serve"]


@cli.command()
@click.option("--doc", default=None, help="Show this document's neighbourhood (number, title or IRI).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6), help="Steps from --doc.")
@click.option("--department", "dept", default=None, help="Show this department's duties (full name or abbreviation).")
@jurisdiction_option
@click.option("--page", is_flag=True, help="With --doc: write the document's page instead of a network.")
@as_of_option(help="Date (YYYY-MM-DD) statuses are shown for; default today.")
@click.option("--max-nodes", default=None, type=click.IntRange(1),
              help="Above this many nodes the whole-graph view shows a neighbourhood instead "
                   "[default: regkg.views.MAX_NODES].")
@graph_option(help="Output folder of `regkg build`.")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="HTML file to write; default GRAPH/views/<name>.html.")
def view(doc, depth, dept, jurisdiction, page, as_of, max_nodes, graph_path, output) -> None:
    """Write an interactive, offline HTML view: the whole graph, a document's neighbourhood (--doc,
    --depth), a department's duties (--department), or a document's page (--doc --page)."""
    if doc and dept:
        raise click.UsageError("give --doc or --department, not both")
    if page and not doc:
        raise click.UsageError("--page needs --doc")
    if doc:  # a near miss is a one-line error with suggestions, as every command's
        from regkg.graph.suggest import find_or_suggest

        find_or_suggest(regkg.load(graph_path), doc, as_of=as_of)
    written = regkg.view(graph_path, output, doc=doc, depth=depth, department=dept, jurisdiction=jurisdiction,
                         page=page, as_of=as_of, max_nodes=max_nodes)
    if written.note:
        click.echo(f"regkg: note: {written.note}", err=True)
    click.echo(str(written.path))


@cli.command()
@graph_option(help="Output folder of `regkg build` to serve.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only loopback unless you say otherwise (e.g. 0.0.0.0).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another Host name requests may carry (the name clients use for a server on 0.0.0.0); "
                   "requests naming other hosts get 400.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds a SPARQL query may take from its arrival (waiting included) before it is stopped.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1),
              help="Result rows (or triples) a query may return.")
@as_of_option(help="Date pages show statuses for; default today (per request).")
@click.option("--sources", multiple=True, type=click.Path(exists=True),
              help="Input files or folders, to show evidence in context (default: where `regkg build` read them).")
@click.option("--against", default=None, type=click.Path(exists=True, file_okay=False),
              help="An earlier build's folder: the /changes page shows what this one changed.")
def serve(graph_path, host, port, allow_hosts, timeout, max_rows, as_of, sources, against) -> None:
    """Serve the graph (an output folder of `regkg build`): the workbench (search, documents, the 清理
    work list, departments, overview, changes), the SPARQL 1.1 endpoint at /sparql, the views and
    document pages, a query page, /healthz. Read-only."""
    regkg.serve(graph_path, host=host, port=port, allow_hosts=allow_hosts, timeout=timeout, max_rows=max_rows,
                as_of=as_of, sources=sources, against=against, say=lambda line: click.echo(line, err=True))
