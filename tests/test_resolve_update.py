"""An update that only adds inputs resumes the previous build's resolution (regkg.graph.resolve_update)
and writes what a build of every input at once writes, byte for byte: graph, index, records and the
state the next update resumes from. Each case is real text: generated gazettes, the sample gazettes,
real documents; a case a resumed resolution cannot follow is resolved again, and says why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import regkg
from regkg.errors import StoreError
from benchmarks.corpus import generate
from regkg.graph.resolution_state import STATE_FILE

ROOT = Path(__file__).parents[1]
REAL = ROOT / "tests" / "realdocs" / "texts"
SAMPLES = ROOT / "samples"
FILES = ("graph.ttl", "index.sqlite", "records.jsonl", STATE_FILE)


@pytest.fixture(scope="module")
def gazettes(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("gazettes")
    generate(6, seed=11, out_dir=folder)
    return sorted(folder.glob("*.txt"))


def _real(*names: str) -> list[Path]:
    return [REAL / name for name in names]


# (case, the inputs built first, the inputs added, how the update resolved them: its note's opening)
CASES = [
    ("a later gazette", lambda g: g[:5], lambda g: g[5:], "resumed: 1 new input, 0 cited documents resolved anew"),
    ("a gazette the others cite", lambda g: g[1:], lambda g: g[:1], "resumed: 1 new input, 22 cited documents resolved anew"),
    ("two gazettes at once", lambda g: g[:2] + g[4:], lambda g: g[2:4], "resumed: 2 new inputs"),
    # BA02 cites 《北京市禁止违法建设若干规定》 by title alone; BA10 prints it
    ("a title cited before", lambda g: _real("BA02.txt"), lambda g: _real("BA10.txt"),
     "resumed: 1 new input, 0 cited documents resolved anew, 2 title references resolved again"),
    # BA02 cites 中办发〔2014〕67号; BD10 prints another 中办发 number beside its issuer: the code's issuer is learnt
    ("an issuer learnt for a code cited before", lambda g: _real("BA02.txt"), lambda g: _real("BD10.txt"),
     "resumed: 1 new input, 1 cited document resolved anew"),
    ("a new area", lambda g: _real("BA02.txt"), lambda g: _real("BE01.txt"),
     "resolved again: a new input teaches the corpus an area or its 机关代字"),
]


def _copy(files: list[Path], folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for f in files:
        shutil.copy(f, folder / f.name)


@pytest.mark.parametrize("case, first, then, how", CASES, ids=[c[0] for c in CASES])
def test_an_update_writes_what_one_build_of_every_input_writes(case, first, then, how, gazettes, tmp_path):
    inputs = tmp_path / "in"
    _copy(first(gazettes), inputs)
    regkg.build([inputs], tmp_path / "updated", views=False)
    _copy(then(gazettes), inputs)
    kg = regkg.build([inputs], update=tmp_path / "updated", views=False)
    regkg.build([inputs], tmp_path / "whole", views=False)
    assert kg.resolution.startswith(how), kg.resolution
    for name in FILES:
        assert (tmp_path / "updated" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name


def test_a_file_holding_a_document_read_from_a_later_file_is_resolved_again(tmp_path):
    """The first file (in name order) gives a document its values: a copy under an earlier name cannot
    be resumed, one under a later name can."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = (SAMPLES / "002_c2c7c1da57e4fc76.txt").read_text("utf-8")
    (inputs / "b.txt").write_text(text, "utf-8")
    regkg.build([inputs], tmp_path / "out", views=False)
    (inputs / "c.txt").write_text(text, "utf-8")
    assert regkg.build([inputs], update=tmp_path / "out", views=False).resolution.startswith("resumed: 1 new input")
    (inputs / "a.txt").write_text(text, "utf-8")
    kg = regkg.build([inputs], update=tmp_path / "out", views=False)
    assert kg.resolution.startswith("resolved again: a.txt holds "), kg.resolution
    assert kg.resolution.endswith("read before from a file that sorts after it")


def test_an_update_that_removes_an_input_resolves_every_record(gazettes, tmp_path):
    inputs = tmp_path / "in"
    _copy(gazettes[:3], inputs)
    regkg.build([inputs], tmp_path / "out", views=False)
    (inputs / gazettes[0].name).unlink()
    kg = regkg.build([inputs], update=tmp_path / "out", views=False)
    assert kg.resolution == "resolved"  # not offered a state to resume: it holds the removed input's documents


def test_a_damaged_state_refuses_the_update_and_names_the_file(gazettes, tmp_path):
    inputs = tmp_path / "in"
    _copy(gazettes[:2], inputs)
    regkg.build([inputs], tmp_path / "out", views=False)
    state = (tmp_path / "out" / STATE_FILE).resolve()
    data = bytearray(state.read_bytes())
    data[-100] ^= 1
    state.write_bytes(bytes(data))
    _copy(gazettes[2:3], inputs)
    with pytest.raises(StoreError, match=f"{STATE_FILE} is not the file this build wrote"):
        regkg.build([inputs], update=tmp_path / "out", views=False)
