"""``regkg push``: a thin layer over :func:`regkg.push` (:func:`regkg.scale.push.push`), imported when the command runs (it
brings pyoxigraph, httpx and the graph: ``regkg --help`` should not wait for them)."""

from __future__ import annotations

import click

import regkg
from regkg.cli import cli
from regkg.cli.options import graph_option

__all__ = ["push"]

CHUNK_TRIPLES = 100_000  # regkg.scale.push.CHUNK_TRIPLES, spelled here for --help (a test checks they agree)


@cli.command()
@graph_option(exists=True)
@click.option("--endpoint", required=True, help="SPARQL 1.1 Graph Store Protocol endpoint, e.g. "
              "http://localhost:8890/sparql-graph-crud-auth (Virtuoso) or http://localhost:3030/ds/data (Fuseki).")
@click.option("--named-graph", "graph_iri", default="urn:regkg:graph", show_default=True,
              help="IRI of the named graph to replace.")
@click.option("--user", default=None, help="User name, if the endpoint asks for one.")
@click.option("--password", default=None, envvar="REGKG_PUSH_PASSWORD", help="Password (or REGKG_PUSH_PASSWORD).")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True,
              help="HTTP authentication scheme (Virtuoso: digest; Fuseki, GraphDB: basic).")
@click.option("--query-endpoint", default=None, help="SPARQL query endpoint (default: guessed beside --endpoint).")
@click.option("--update-endpoint", default=None, help="SPARQL Update endpoint (default: guessed beside --endpoint).")
@click.option("--chunk", "chunk_triples", type=click.IntRange(1), default=CHUNK_TRIPLES,
              show_default=True, help="Triples per request.")
def push(graph_path: str, endpoint: str, graph_iri: str, user: str | None, password: str | None, auth: str,
         query_endpoint: str | None, update_endpoint: str | None, chunk_triples: int) -> None:
    """Load the graph (an output folder or graph.ttl) into a triple store, replacing the named graph
    atomically: slices of N-Triples into a staging graph, counted, then moved into place (row by row,
    with a warning, where the store refuses one transaction that large)."""
    result = regkg.push(graph_path, endpoint, graph=graph_iri, user=user, password=password, auth=auth,
                        query_endpoint=query_endpoint, update_endpoint=update_endpoint, chunk_triples=chunk_triples)
    click.echo(f"{result.triples} triples in {result.chunks} requests -> <{result.graph}> at {result.endpoint} "
               f"({result.seconds:.1f} s, count verified)")
    if not result.atomic:
        click.echo(f"regkg: warning: {result.triples} triples are more than the store can move in one transaction, so "
                   "they were moved row by row: readers could see part of the graph until the push ended", err=True)
