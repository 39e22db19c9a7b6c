"""Options several ``regkg`` commands share, spelled once: the graph folder (``-g``), the status date
(``--as-of``, checked here so a bad date is a usage error, not a traceback), the output format and
the jurisdiction filter.

Nothing heavy is imported: ``regkg --help`` builds every command's options from this module.
"""

from __future__ import annotations

import datetime as dt

import click

__all__ = ["DEFAULT_GRAPH", "FORMATS", "graph_option", "as_of_option", "format_option", "jurisdiction_option",
           "iso_date", "page_options"]

DEFAULT_GRAPH = "outputs"
# regkg.graph.sparql.FORMATS, spelled here so that --help imports no graph (tests/test_output_unit.py
# checks they agree).
FORMATS = ("table", "csv", "json")


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: ``value`` if it is a calendar date written YYYY-MM-DD (2024-13-01 is not)."""
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
    if len(value) != len("2024-01-01"):  # fromisoformat also takes 20240101 and week dates
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")
    return value


def graph_option(help: str = "Output folder of `regkg build` (or its graph.ttl).", **extra):
    return click.option("-g", "--graph", "graph_path", default=DEFAULT_GRAPH, show_default=True,
                        type=click.Path(**extra), help=help)


def as_of_option(help: str = "Date (YYYY-MM-DD) to decide status on; default today."):
    return click.option("--as-of", default=None, metavar="YYYY-MM-DD", callback=iso_date, help=help)


format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="Output format.")
jurisdiction_option = click.option("--jurisdiction", default=None, help="Only bodies of this area (e.g. 泸州市).")


def page_options(command):
    """``--limit N --offset M``: one page of a long answer (on a build's index a page reads only its rows)."""
    command = click.option("--offset", default=0, show_default=True, type=click.IntRange(0),
                           help="Skip this many answers first.")(command)
    return click.option("--limit", default=None, type=click.IntRange(1), help="At most this many answers.")(command)
