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
        # names and areas typed in traditional script or full width are the same names
        (["duties", "市生態環境局", "--jurisdiction", "臨汾市"], "严格错峰措施置换审核"),
        (["owners", "錯峰措施置換", "--jurisdiction", "臨汾市"], "临汾市生态环境局"),
        (["departments", "--jurisdiction", "臨汾市"], "市发展改革委"),
    ],
)
def test_question_commands(outdir, args, expected):
    result = invoke(*args, "-g", outdir)
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_lineage_is_paged(outdir):
    # 泸委办〔2018〕41号 is both replaced and repealed by 泸市府办发〔2024〕39号: two steps, two editions
    whole = json.loads(invoke("lineage", "泸委办〔2018〕41号", "--format", "json", "-g", outdir).output)
    page = json.loads(invoke("lineage", "泸委办〔2018〕41号", "--limit", "1", "--offset", "1", "--format", "json",
                             "-g", outdir).output)
    assert (whole["step_count"], whole["edition_count"], whole["first_step"], len(whole["steps"])) == (2, 2, 0, 2)
    assert page["steps"] == whole["steps"][1:] and page["step_count"] == 2
    assert set(page["editions"]) == {page["steps"][0]["newer"], page["steps"][0]["older"]}


# (command and reference, the one line on stderr) — a near miss names what it may have meant, with its
# state on the date asked; traditional script and other brackets are the same number.
NEAR_MISSES = [
    (["status", "泸市府办发〔2022〕67", "--as-of", "2025-01-01"],
     "regkg: error: no document 泸市府办发〔2022〕67; did you mean 泸市府办发〔2022〕67号 (repealed), "
     "泸市府办发〔2022〕69号 (unknown), 泸市府办发〔2022〕14号 (repealed)?"),
    (["status", "瀘市府辦發〔2024〕9號", "--as-of", "2025-01-01"],
     "regkg: error: no document 瀘市府辦發〔2024〕9號; did you mean 泸市府办发〔2024〕3号 (in force), "
     "泸市府办发〔2024〕15号 (unknown), 泸市府办发〔2024〕1号 (in force)?"),
    (["dependents", "沪市府办发〔2022〕67号"],
     "regkg: error: no document 沪市府办发〔2022〕67号; did you mean 泸市府办发〔2022〕67号 (repealed)?"),
    (["lineage", "无〔2099〕1号\n第二行"], "regkg: error: no document 无〔2099〕1号\\n第二行"),
]


@pytest.mark.parametrize("args, line", NEAR_MISSES)
def test_a_near_miss_is_one_line_with_suggestions(outdir, args, line):
    result = invoke(*args, "-g", outdir)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [line] and result.stdout == ""


@pytest.mark.parametrize("typed", ["瀘市府辦發〔2022〕67號", "泸市府办发[2022]67号", "泸市府办发（２０２２）６７号"])
def test_traditional_script_and_other_brackets_are_the_same_number(outdir, typed):
    result = invoke("status", typed, "--as-of", "2025-01-01", "-g", outdir, "--format", "json")
    assert result.exit_code == 0, result.output
    assert [(s["document"], s["state"]) for s in json.loads(result.output)] == [("泸市府办发〔2022〕67号", "repealed")]


def test_a_file_name_with_a_newline_stays_on_one_line(tmp_path):
    bad = tmp_path / "泸州\n2024\x1b[31m.txt"
    bad.write_bytes(b"")
    result = invoke("build", SAMPLES / "004_1353083119d7ceb2.txt", bad, "-o", tmp_path / "out", "--no-views")
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line == f"regkg: error: {tmp_path}/泸州\\n2024\\x1b[31m.txt: empty file"


def test_the_build_summary_is_dated_as_questions_are(tmp_path):
    import datetime as dt

    result = invoke("build", SAMPLES / "002_c2c7c1da57e4fc76.txt", "-o", tmp_path / "out", "--no-views")
    today = dt.date.today().isoformat()
    assert f"  repealed documents: 2 (as of {today})" in result.stdout.splitlines()
    dated = invoke("build", SAMPLES / "002_c2c7c1da57e4fc76.txt", "-o", tmp_path / "dated", "--no-views",
                   "--as-of", "2024-11-01")
    assert "  repealed documents: 0 (as of 2024-11-01)" in dated.stdout.splitlines()


def test_the_build_summary_counts_duties_and_their_bodies_alike(sample_kg):
    from regkg.cli.graph_cmds import _summary

    line = _summary(sample_kg, "out", views=False).splitlines()[2]
    assigned = [d for d in sample_kg.view.duties if d.lead or d.support]
    bodies = {org for d in assigned for org in (*d.lead, *d.support)}
    assert line == f"  duties assigned: {len(assigned)}, to {len(bodies)} departments and bodies"
    assert len(assigned) > 800 and len(bodies) > 400


def test_repealed_pages(outdir):
    whole = json.loads(invoke("repealed", "--as-of", "2025-01-01", "-g", outdir, "--format", "json").output)
    page = invoke("repealed", "--as-of", "2025-01-01", "--limit", "3", "--offset", "2", "-g", outdir, "--format", "json")
    assert [r["document"] for r in json.loads(page.output)] == [r["document"] for r in whole[2:5]]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A build of three generated gazettes: lists of dozens of repeals, dangling references and duties."""
    from benchmarks.corpus import generate

    corpus, out = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("out")
    generate(3, seed=7, out_dir=corpus)
    assert invoke("build", corpus, "-o", out, "--jobs", "1", "--no-views").exit_code == 0
    return out


@pytest.mark.parametrize("command", [("repealed",), ("dangling",), ("duties", "市生态环境局")])
@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
@pytest.mark.parametrize("pages", [[], ["--limit", "3", "--offset", "1"], ["--offset", "2"], ["--limit", "1"],
                                   ["--offset", "1000"]])
def test_long_answers_are_read_and_printed_a_page_at_a_time(generated, monkeypatch, command, fmt, pages):
    """The lists a national corpus makes long (the repeals, the work list, a department's duties: 146,823 of
    市生态环境局 at 10,000 gazettes) are read and printed a page at a time (graph_cmds.PAGE), never
    whole: JSON and CSV are the bytes the whole answer gives, a table the same rows (aligned page by page)."""
    import regkg
    import regkg.cli.graph_cmds as graph_cmds

    args = (*command, *pages, "-g", generated, "--format", fmt)
    whole = invoke(*args).output
    answers = len(json.loads(invoke(*command, "-g", generated, "--format", "json").output))
    real, asked = getattr(regkg, command[0]), []
    monkeypatch.setattr(regkg, command[0],
                        lambda kg, *asking, **how: asked.append(how["limit"]) or real(kg, *asking, **how))
    monkeypatch.setattr(graph_cmds, "PAGE", 2)
    paged = invoke(*args).output
    if fmt == "table":  # the same cells in the same rows; only the padding and the rule may differ
        def cells(text: str) -> list[list[str]]:
            return [line.split() for line in text.splitlines() if set(line) - {"-", " "}]

        assert cells(paged) == cells(whole)
    else:
        assert paged == whole
    limit = int(pages[pages.index("--limit") + 1]) if "--limit" in pages else answers
    offset = int(pages[pages.index("--offset") + 1]) if "--offset" in pages else 0
    printed = min(limit, max(0, answers - offset))
    assert answers > 4 and asked and max(asked) <= 2 and len(asked) >= -(-printed // 2)  # pages of two


@pytest.mark.parametrize("command", ["dependents", "dependencies"])
def test_a_documents_dependents_and_dependencies_are_printed_a_page_at_a_time(generated, monkeypatch, command):
    """What rests on a hub (48,169 documents at 10,000 gazettes) is read a page at a time too, the same bytes."""
    import regkg.cli.graph_cmds as graph_cmds

    kg = graph.load(generated)
    ask = getattr(kg, command)
    doc = max(sorted(kg.view.docs), key=lambda iri: len(ask(iri)))
    for fmt in ("json", "csv"):
        whole = invoke(command, doc, "-g", generated, "--format", fmt).output
        with monkeypatch.context() as patched:
            patched.setattr(graph_cmds, "PAGE", 2)
            assert invoke(command, doc, "-g", generated, "--format", fmt).output == whole
    assert len(json.loads(invoke(command, doc, "-g", generated, "--format", "json").output)) > 4


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
@pytest.mark.parametrize("pages", [[], ["--limit", "3", "--offset", "1"], ["--offset", "2"], ["--offset", "1000"]])
def test_owners_are_searched_once_and_printed_a_page_at_a_time(generated, monkeypatch, fmt, pages):
    """The owners of a common word (640,000 of 环境 at 10,000 gazettes, 1.0 GB built whole) come from one
    search sorted by SQLite, read a page at a time as they are printed: the same bytes as whole."""
    from collections import Counter

    import regkg.cli.graph_cmds as graph_cmds
    from regkg.graph.index_read import IndexView

    kg = graph.load(generated)
    word = Counter(d.task[:2] for d in kg.view.duties).most_common(1)[0][0]
    args = ("owners", word, *pages, "-g", generated, "--format", fmt)
    whole = invoke(*args).output
    answers = len(kg.owners(word))
    searches, read, read_at_first_print = [], [0], []
    real_rows, real_echo = IndexView.owner_rows, graph_cmds.click.echo

    def counted(view, *asking):
        searches.append(asking)
        for row in real_rows(view, *asking):
            read[0] += 1
            yield row

    def echo(*printing, **how):
        read_at_first_print.append(read[0])
        return real_echo(*printing, **how)

    monkeypatch.setattr(IndexView, "owner_rows", counted)
    monkeypatch.setattr(graph_cmds.click, "echo", echo)
    monkeypatch.setattr(graph_cmds, "PAGE", 2)
    paged = invoke(*args).output
    if fmt == "table":
        def cells(text: str) -> list[list[str]]:
            return [line.split() for line in text.splitlines() if set(line) - {"-", " "}]

        assert cells(paged) == cells(whole)
    else:
        assert paged == whole
    assert answers > 20 and len(searches) == 1
    if "1000" not in pages:  # the first page printed when two rows were read (OFFSET skips in SQL), not all
        assert read_at_first_print[0] == 2


def test_no_room_to_sort_a_long_answer_is_one_line(outdir, tmpfs):
    """SQLite sorts a long answer (every owner of every task) in a temporary file once it outgrows its cache;
    with no room there the command fails in one line naming that folder and what to do, not calling the
    read-only index damaged."""
    import os
    import subprocess
    import sys

    from conftest import remount

    remount(tmpfs, "size=4k")
    asked = [sys.executable, "-m", "regkg.cli", "owners", "", "-g", str(outdir), "--format", "csv"]
    result = subprocess.run(asked, capture_output=True, text=True, env={**os.environ, "SQLITE_TMPDIR": str(tmpfs)})
    assert (result.returncode, result.stderr) == (1, (
        f"regkg: error: {tmpfs}: no room to sort an answer from {outdir / 'index.sqlite'} (database or disk is "
        "full); set SQLITE_TMPDIR to a folder with room, or ask for fewer (a longer phrase, --jurisdiction)\n"))
    roomy = subprocess.run(asked, capture_output=True, text=True, check=True)
    assert len(roomy.stdout.splitlines()) > 1000
