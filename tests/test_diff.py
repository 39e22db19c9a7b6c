"""What a new gazette changed: the samples built without one gazette, then `regkg build --update` with it.
The gazette held back (002) holds 泸市府办发〔2024〕40号, 41号 and 44号 among seven documents; 41号 repeals
泸市府办发〔2022〕67号 and 44号 repeals 〔2022〕14号, which 泸市府办发〔2024〕39号 (in the earlier build)
cites."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import regkg
from regkg.cli import cli
from regkg.graph.diff import diff

ROOT = Path(__file__).resolve().parents[1]
HELD_BACK = "002_c2c7c1da57e4fc76.txt"
AS_OF = "2025-06-01"

NEW_DOCUMENTS = ["泸市医保规〔2024〕2号", "泸市医保规〔2024〕3号", "泸市府函〔2024〕235号", "泸市府函〔2024〕246号",
                 "泸市府办发〔2024〕40号", "泸市府办发〔2024〕41号", "泸市府办发〔2024〕44号"]
NEW_REPEALS = [("泸市府办发〔2022〕14号", "泸市府办发〔2024〕44号", "2024-11-28", "《泸州市重污天气应急预案(2021修订)》同时废止。"),
               ("泸市府办发〔2022〕67号", "泸市府办发〔2024〕41号", "2024-11-08",
                "本预案自印发之日起实施,市政府办公室印发的《泸州市自然灾害救助应急预案(试行)》(泸市府办发[2022]67号)同时废止。")]
STATUS_CHANGES = [("泸市府办发〔2022〕14号", "unknown", "repealed", "《泸州市重污天气应急预案(2021修订)》同时废止。")]
NEW_DANGLING = [("泸市府办发〔2024〕39号", "泸市府办发〔2022〕14号", "cites", "repealed")]


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """(the build without the gazette, a copy of it kept, the folder updated with the gazette)."""
    root = tmp_path_factory.mktemp("diff")
    inputs = root / "gazettes"
    inputs.mkdir()
    for path in sorted((ROOT / "samples").glob("*.txt")):
        if path.name != HELD_BACK:
            shutil.copy(path, inputs)
    before = root / "before"
    regkg.build([inputs], before, as_of=AS_OF, views=False)
    kept = root / "kept"
    shutil.copytree(before, kept, symlinks=True)
    shutil.copy(ROOT / "samples" / HELD_BACK, inputs)
    kg = regkg.build([inputs], update=before, views=False)
    return kept, before, kg


def test_update_diffs_against_the_previous_build(builds):
    _, _, kg = builds
    changes = kg.diff
    assert changes.as_of == AS_OF  # the build's --as-of, kept by --update
    assert [d.document for d in changes.new_documents] == NEW_DOCUMENTS
    assert {d.sources for d in changes.new_documents} == {(HELD_BACK,)}
    assert changes.removed_documents == ()
    assert [(r.document, r.repealed_by, r.effective, r.evidence[0].text) for r in changes.new_repeals] == NEW_REPEALS
    assert [(c.document, c.old_state, c.new_state, c.evidence[0].text) for c in changes.status_changes] == STATUS_CHANGES
    assert [(d.document, d.cites, d.relation, d.cited_state) for d in changes.new_dangling] == NEW_DANGLING


def test_report_has_the_changes_first(builds):
    _, folder, _ = builds
    text = (folder / "report.md").read_text("utf-8")
    section = text.split("## What this update changed")[1].split("## Counts")[0]
    assert "7 new documents, 0 removed, 2 new repeals, 1 status change, 1 new dangling reference" in section
    assert "| 泸市府办发〔2022〕14号 | unknown | repealed | repealed by 泸市府办发〔2024〕44号, in effect from 2024-11-28 |" in section
    assert all(n in section for n in NEW_DOCUMENTS)


def test_a_full_build_has_no_changes_section(sample_outputs):
    assert "## What this update changed" not in (sample_outputs / "report.md").read_text("utf-8")


def test_the_api_on_two_stored_builds_gives_the_same(builds):
    kept, folder, kg = builds
    assert diff(regkg.load(kept), regkg.load(folder), as_of=AS_OF) == kg.diff


def test_the_cli_is_a_thin_layer(builds):
    kept, folder, kg = builds
    result = CliRunner().invoke(cli, ["diff", "-g", str(folder), "--against", str(kept), "--as-of", AS_OF,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert [d["document"] for d in answer["new_documents"]] == NEW_DOCUMENTS
    assert [(c["document"], c["old_state"], c["new_state"]) for c in answer["status_changes"]] == [c[:3] for c in STATUS_CHANGES]
    csv = CliRunner().invoke(cli, ["diff", "-g", str(folder), "--against", str(kept), "--as-of", AS_OF, "--format", "csv"])
    lines = csv.output.splitlines()
    assert lines[0] == "change,document,title,detail,evidence" and len(lines) == 1 + 7 + 2 + 1 + 1
    assert lines[-1].startswith("new_dangling,泸市府办发〔2024〕39号,,cites 泸市府办发〔2022〕14号 (repealed),")


def test_no_change_against_itself(builds):
    _, folder, _ = builds
    same = diff(regkg.load(folder), regkg.load(folder), as_of=AS_OF)
    assert str(same) == f"0 new documents, 0 removed, 0 new repeals, 0 status changes, 0 new dangling references (as of {AS_OF})"
