"""``regkg validate``: a thin layer over :func:`regkg.validate` (:func:`regkg.graph.validate.validate`), imported when the command
runs (pyshacl and the graph take ~0.5 s to import: ``regkg --help`` should not wait for them)."""

from __future__ import annotations

from pathlib import Path

import click

import regkg
from regkg.cli import cli
from regkg.cli.options import graph_option

__all__ = ["validate"]

USAGE_ERROR = 2  # click's exit status for a usage error


@cli.command()
@graph_option()
@click.pass_context
def validate(ctx: click.Context, graph_path: str) -> None:
    """Check the graph against regkg's SHACL shapes with its vocabulary loaded (RDFS inference):
    print "conforms: N triples, M shapes", or one line per violation (node, property, message) and
    exit 1."""
    if not Path(graph_path).exists():
        click.echo(f"regkg: error: no such folder or file: {graph_path}", err=True)
        ctx.exit(USAGE_ERROR)
    report = regkg.validate(graph_path)
    if report.conforms:
        click.echo(f"conforms: {report.triples} triples, {report.shapes} shapes")
        return
    for violation in report.violations:
        click.echo(str(violation))
    click.echo(f"does not conform: {len(report.violations)} violations "
               f"({report.triples} triples, {report.shapes} shapes)", err=True)
    ctx.exit(1)
