"""Sources are named by their path relative to the build's inputs: two files called x.txt in two
folders stay two sources, in the records, the graph's provenance, the evidence, build.json,
sources.json and an --update."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import regkg
from regkg.cli import cli
from regkg.graph.output_folder import current_build

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# Two real gazettes, copied under one name into two folders.
FIRST, SECOND = "002_c2c7c1da57e4fc76.txt", "001_41a536a263fc176f.txt"


@pytest.fixture(scope="module")
def twins(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("twins")
    for folder, sample in (("a", FIRST), ("b", SECOND)):
        (root / folder).mkdir()
        shutil.copy(SAMPLES / sample, root / folder / "x.txt")
    return root


def test_two_files_of_one_name_are_two_sources(twins):
    kg = regkg.build([twins / "a", twins / "b"])
    assert sorted(r.source for r in kg.records) == ["a/x.txt", "b/x.txt"]
    assert sorted(kg.view.sources.values()) == ["a/x.txt", "b/x.txt"]
    cited = {ev.source for evidence in kg.view.evidence.values() for ev in evidence}
    assert cited >= {"a/x.txt", "b/x.txt"}
    assert sorted(kg.input_paths) == sorted(kg.input_digests) == ["a/x.txt", "b/x.txt"]


def test_one_folder_names_its_files_from_itself(twins):
    kg = regkg.build([twins / "a"])
    assert [r.source for r in kg.records] == ["x.txt"]


def test_build_json_sources_json_and_update_keep_the_paths(twins, tmp_path):
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["build", str(twins / "a"), "-o", str(out), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(cli, ["build", "--update", str(out), str(twins / "b"), "--jobs", "1"])
    assert again.exit_code == 0, again.output
    info = json.loads((current_build(out) / "build.json").read_text("utf-8"))
    assert sorted(info["inputs"]) == sorted(info["input_paths"]) == ["a/x.txt", "b/x.txt"]
    assert sorted(json.loads((out / "sources.json").read_text("utf-8"))) == ["a/x.txt", "b/x.txt"]
    assert sorted(regkg.load(out).view.sources.values()) == ["a/x.txt", "b/x.txt"]
