"""The ``regkg`` command line: each command is a thin layer over the API function of the same name.

Library errors (:class:`regkg.errors.RegkgError`) become one clean message and exit status 1 here, in
one place (:func:`error_line`, which keeps it one line whatever a file name or a server's answer holds);
usage errors exit 2 (click's convention).
"""

from __future__ import annotations

import sys

import click

from regkg.errors import RegkgError, one_line

__all__ = ["cli", "main", "error_line"]


def error_line(error: object, command: str = "regkg") -> str:
    """``regkg: error: …`` on one line: a line break or control character in the message (a file
    name holding a newline, a server's multi-line answer) is escaped, never printed."""
    return f"{command}: error: {one_line(str(error))}"


class _Group(click.Group):
    """A click group that turns regkg's own errors into ``regkg: error: …`` and exit 1, and a
    command's usage errors (a bad --as-of, a missing argument) into one such line and exit 2."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except RegkgError as exc:
            click.echo(error_line(exc), err=True)
            ctx.exit(1)
        except click.UsageError as exc:
            command = f"regkg {exc.ctx.info_name}" if exc.ctx is not None and exc.ctx is not ctx else "regkg"
            click.echo(error_line(f"{exc.format_message()} (see {command} --help)", command), err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="regkg")
def cli() -> None:
    """regkg: cross-references between Chinese government regulatory documents, as a graph.

    Extract records from gazettes, build the graph, and ask it what is repealed, what rests on what,
    and which department owns which duty.
    """


def main() -> None:
    cli(prog_name="regkg")


# Command modules register themselves on ``cli``; imported last so ``cli`` exists. Each imports what
# its commands need inside them, so `regkg --help` loads click and little else.
from regkg.cli import extract_cmds, graph_cmds, push_cmds, validate_cmds, view_cmds  # noqa: E402,F401

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
