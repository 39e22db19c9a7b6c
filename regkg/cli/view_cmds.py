"""``regkg view`` and ``regkg serve``: thin layers over :mod:`regkg.views` and :mod:`regkg.server`.

The views, the graph and the server are imported inside the commands: ``regkg --help`` (and every
other command) imports this module only to list its commands.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from regkg.cli import cli

__all__ = ["view", "serve"]

DEFAULT_GRAPH = "outputs"
# Folder (under the graph folder) `regkg view` writes into when no -o is given.
VIEWS_DIR = "views"


def _default_name(doc: str | None, dept: str | None, page: bool) -> str:
    from regkg.views import _html

    if doc:
        return f"{'page' if page else 'neighbourhood'}_{_html.slug(doc)}.html"
    if dept:
        return f"duties_{_html.slug(dept)}.html"
    return "graph.html"


@cli.command()
@click.option("--doc", default=None, help="Show this document's neighbourhood (number, title or IRI).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 6), help="Steps from --doc.")
@click.option("--department", "dept", default=None, help="Show this department's duties (full name or abbreviation).")
@click.option("--jurisdiction", default=None, help="With --department: only bodies of this area (e.g. 泸州市).")
@click.option("--page", is_flag=True, help="With --doc: write the document's page instead of a network.")
@click.option("--as-of", default=None, help="Date (YYYY-MM-DD) statuses are shown for; default today.")
@click.option("--max-nodes", default=None, type=click.IntRange(1),
              help="Above this many nodes the whole-graph view shows a neighbourhood instead "
                   "[default: regkg.views.MAX_NODES].")
@click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True, type=click.Path(),
              help="Output folder of `regkg build`.")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="HTML file to write; default GRAPH/views/<name>.html.")
def view(doc, depth, dept, jurisdiction, page, as_of, max_nodes, graph_path, output) -> None:
    """Write an interactive, offline HTML view: the whole graph, a document's neighbourhood (--doc,
    --depth), a department's duties (--department), or a document's page (--doc --page)."""
    if doc and dept:
        raise click.UsageError("give --doc or --department, not both")
    if page and not doc:
        raise click.UsageError("--page needs --doc")
    import os

    from regkg.graph import api
    from regkg.views import _html
    from regkg.views.model import MAX_NODES, corpus, department, neighbourhood
    from regkg.views.network import network_html
    from regkg.views.page import PageLinks, document_page
    from regkg.views.write import load_sources

    max_nodes = max_nodes or MAX_NODES
    kg = api.load(graph_path)
    graph_dir = Path(graph_path) if Path(graph_path).is_dir() else Path(graph_path).parent
    out = Path(output) if output else graph_dir / VIEWS_DIR / _default_name(doc, dept, page)
    docs_dir = os.path.relpath(graph_dir.resolve() / _html.DOC_DIR, out.parent.resolve())
    prefix = Path(docs_dir).as_posix() + "/"
    if page:
        text = document_page(kg, doc, as_of=as_of, sources=load_sources(graph_dir),
                             links=PageLinks(docs=prefix, graph=f"{prefix}../graph.html", report=f"{prefix}../report.html",
                                             index=f"{prefix}../index.html", neighbourhood=f"{prefix}../graph.html#focus="))
    else:
        if doc:
            scope = neighbourhood(kg, doc, depth=depth, as_of=as_of, max_nodes=max_nodes)
        elif dept:
            scope = department(kg, dept, jurisdiction=jurisdiction, as_of=as_of)
        else:
            scope = corpus(kg, as_of=as_of, max_nodes=max_nodes)
        text = network_html(scope, link_prefix=prefix)
        if scope.note:
            click.echo(f"regkg: note: {scope.note}", err=True)
    _html.write_atomic(out, text)
    click.echo(str(out))


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@cli.command()
@click.argument("graph_path", metavar="GRAPH", default=DEFAULT_GRAPH, type=click.Path())
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
@click.option("--as-of", default=None, help="Date pages show statuses for; default today (per request).")
@click.option("--sources", multiple=True, type=click.Path(exists=True),
              help="Input files or folders, to show evidence in context (default: where `regkg build` read them).")
def serve(graph_path, host, port, allow_hosts, timeout, max_rows, as_of, sources) -> None:
    """Serve GRAPH (an output folder of `regkg build`): SPARQL 1.1 endpoint at /sparql, the views and
    document pages, a query page, /healthz. Read-only."""
    import gc

    from regkg.errors import RegkgError
    from regkg.graph import api
    from regkg.server import Limits, Settings, create_app
    from regkg.server.listen import listen, serve_on, url
    from regkg.server.security import allowed_hosts
    from regkg.views.write import load_sources

    try:
        sock = listen(host, port)  # bound first: with --port 0 the message names the port the system chose
    except OSError as exc:
        raise RegkgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    kg = api.load(graph_path)
    graph_dir = Path(graph_path) if Path(graph_path).is_dir() else Path(graph_path).parent
    settings = Settings(limits=Limits(seconds=timeout, rows=max_rows), as_of=as_of,
                        allowed_hosts=tuple(allowed_hosts(host, allow_hosts)))
    app = create_app(kg, sources=load_sources(graph_dir, list(sources) or None), settings=settings)
    # The graph is read-only from here on: out of the cycle collector's sight, a full collection no
    # longer walks its millions of objects (~0.5 s pauses on 50,000 documents, every few requests).
    gc.freeze()
    if not _loopback(host):
        click.echo(f"regkg: warning: listening on {host}: anyone who can reach this address can query the graph"
                   + ("" if allow_hosts else "; give --allow-host NAME for each name clients use to reach it"), err=True)
    where = url(host, sock.getsockname()[1])
    click.echo(f"regkg: serving {graph_path} at {where} (SPARQL at {where}sparql); Ctrl-C stops", err=True)
    serve_on(app, sock)
