"""``regkg extract``: one JSON record per input file (JSON Lines), the contract in shared/spec."""

from __future__ import annotations

import json

import click

from regkg.cli import cli


@cli.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--compact/--pretty", default=True, help="One line per record (JSON Lines, default) or indented.")
def extract_cmd(inputs: tuple[str, ...], compact: bool) -> None:
    """Extract documents, citations, repeals, validity and duties from INPUTS.

    INPUTS are files, folders (searched recursively) or globs: gazettes as text, PDF or HTML. Prints
    one JSON object per file on stdout; a file that cannot be read is reported on stderr with the
    reason, the others are still extracted, and the exit status is 1.
    """
    from regkg.extract import extract  # here, not at start-up: --help need not load the extractor

    failed = 0
    for result in extract(inputs):
        if result.error is not None:
            failed += 1
            click.echo(f"regkg: {result.error.path}: {result.error.reason}", err=True)
            continue
        assert result.record is not None
        data = result.record.to_dict()
        click.echo(json.dumps(data, ensure_ascii=False, indent=None if compact else 2, sort_keys=False))
    if failed:
        raise SystemExit(1)
