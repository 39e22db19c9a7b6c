"""The graph commands: thin layers over the API, with help text, clean errors and the same answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import regkg.graph as graph
from regkg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
COMMANDS = sorted(cli.commands)  # every registered command, whichever module registers it


@pytest.fixture(scope="module")
def outdir(sample_outputs):
    return sample_outputs


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert cli.commands[command].help and len(cli.commands[command].help.strip()) > 20


def test_build_writes_the_three_outputs(outdir):
    assert {p.name for p in outdir.iterdir()} >= {"graph.ttl", "records.jsonl", "report.md"}


def test_build_records_bad_inputs_and_exits_1_but_writes_the_good(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = invoke("build", SAMPLES / "002_c2c7c1da57e4fc76.txt", bad, "-o", out)
    assert result.exit_code == 1
    assert "empty.txt" in (out / "report.md").read_text("utf-8").split("## Input errors")[1]
    assert graph.load(out).status("泸市府办发〔2022〕67号", as_of="2025-01-01").state == "repealed"


def test_status_agrees_with_api(outdir):
    result = invoke("status", "临政通告〔2023〕2号", "--as-of", "2024-04-01", "-g", outdir, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["state"] == "expired"


def test_repealed_agrees_with_api_and_sparql(outdir):
    result = invoke("repealed", "--as-of", "2025-01-01", "-g", outdir, "--format", "json")
    cli_rows = [(r["document"], r["repealed_by"]) for r in json.loads(result.output)]
    kg = graph.load(outdir)
    assert cli_rows == [(r.document, r.repealed_by) for r in kg.repealed(as_of="2025-01-01")]
    sparql = invoke("query", "-g", outdir, "-f", ROOT / "examples" / "queries" / "repealed.rq", "--format", "json")
    assert sorted({(r["repealed"], r["repealedBy"]) for r in json.loads(sparql.output)}) == sorted(cli_rows)
    assert len(cli_rows) == 8


def test_query_formats(outdir):
    q = "SELECT ?n WHERE { ?d eli:id_local ?n } ORDER BY ?n LIMIT 2"
    csv = invoke("query", "-g", outdir, q, "--format", "csv")
    assert csv.exit_code == 0 and csv.output.splitlines()[0] == "n"
    table = invoke("query", "-g", outdir, q)
    assert table.output.splitlines()[1].startswith("---")


def test_bad_query_is_a_clean_error(outdir):
    result = invoke("query", "-g", outdir, "SELECT WHERE {")
    assert result.exit_code == 1 and "regkg: error:" in result.output


def test_unknown_document_is_a_clean_error(outdir):
    result = invoke("status", "无〔2099〕1号", "-g", outdir)
    assert result.exit_code == 1 and "regkg: error:" in result.output


@pytest.mark.parametrize(
    "args, expected",
    [
        (["dependencies", "吕政办发〔2020〕69号"], "晋政发〔2019〕26号"),
        (["dependents", "晋政发〔2019〕26号"], "吕政办发〔2020〕69号"),
        (["lineage", "泸市府办发〔2024〕44号"], "泸市府办发〔2022〕14号"),
        (["dangling", "--as-of", "2025-01-01"], "泸市府办发〔2024〕39号"),
        (["duties", "市生态环境局", "--jurisdiction", "临汾市"], "严格错峰措施置换审核"),
        (["owners", "错峰措施置换"], "临汾市生态环境局"),
        (["departments", "--jurisdiction", "临汾市"], "市发展改革委"),
    ],
)
def test_question_commands(outdir, args, expected):
    result = invoke(*args, "-g", outdir)
    assert result.exit_code == 0, result.output
    assert expected in result.output
