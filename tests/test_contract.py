"""`regkg extract` prints one schema-valid JSON record per input file (the contract in shared/spec)."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from conftest import ROOT, SHARED

SCHEMA = ROOT / "regkg" / "extract" / "data" / "extraction.schema.json"


def _regkg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "regkg.cli", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def extracted(sample_paths):
    proc = _regkg("extract", *map(str, sample_paths))
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def test_one_record_per_file(extracted, sample_paths):
    assert [r["source"] for r in extracted] == [p.name for p in sample_paths]


def test_every_record_validates_against_the_schema(extracted):
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text("utf-8")))
    errors = [(r["source"], e.message) for r in extracted for e in validator.iter_errors(r)]
    assert errors == []


def test_packaged_schema_is_the_shared_contract():
    shared = SHARED / "spec" / "extraction.schema.json"
    if not shared.exists():
        pytest.skip("shared/spec is not beside this checkout; the packaged copy is checked above")
    assert json.loads(shared.read_text("utf-8")) == json.loads(SCHEMA.read_text("utf-8"))


def test_bad_input_is_named_and_the_rest_still_extracted(tmp_path, sample_paths):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = _regkg("extract", str(empty), str(sample_paths[0]), str(tmp_path / "missing.txt"))
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr and "missing.txt" in proc.stderr
    assert [json.loads(x)["source"] for x in proc.stdout.splitlines()] == [sample_paths[0].name]


def test_every_command_has_help():
    from regkg.cli import cli

    for name, cmd in cli.commands.items():
        assert (cmd.help or "").strip(), f"regkg {name} has no help text"
