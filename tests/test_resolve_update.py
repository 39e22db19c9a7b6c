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
from regkg.extract.models import Record
from regkg.graph.iri import DEFAULT_BASE
from regkg.graph.record_file import RecordFile
from regkg.graph.resolution_state import STATE_FILE
from regkg.graph.resolve import resolve
from regkg.graph import assemble
from regkg.graph.resolve_update import Unresumable, resume
from regkg.graph.turtle_splice import spliced_turtle

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
    # BE01 teaches the corpus an area: learnt after every earlier input, as a whole resolution would learn it, with
    # no name the earlier resolution placed placed otherwise
    ("a new area", lambda g: _real("BA02.txt"), lambda g: _real("BE01.txt"),
     "resumed: 1 new input, 0 cited documents resolved anew"),
    # and before an earlier input: a whole resolution learns it before reading CC07, which teaches the same then
    ("a new area before an earlier input", lambda g: _real("CC07.txt"), lambda g: _real("BE01.txt"),
     "resumed: 1 new input, 0 cited documents resolved anew"),
]


def _copy(files: list[Path], folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for f in files:
        shutil.copy(f, folder / f.name)


@pytest.mark.parametrize("on_disk", [False, True], ids=["small", "large"])
@pytest.mark.parametrize("case, first, then, how", CASES, ids=[c[0] for c in CASES])
def test_an_update_writes_what_one_build_of_every_input_writes(case, first, then, how, on_disk, gazettes, tmp_path,
                                                                monkeypatch):
    # built as a large build is (duties and evidence on disk), an update's graph.ttl is spliced into the
    # previous build's (regkg.graph.turtle_splice)
    spliced = []
    if on_disk:
        monkeypatch.setattr(assemble, "ON_DISK_FROM", 0)
        monkeypatch.setattr(assemble, "spliced_turtle", lambda *a: spliced.append(a) or spliced_turtle(*a))
    inputs = tmp_path / "in"
    _copy(first(gazettes), inputs)
    regkg.build([inputs], tmp_path / "updated", views=False)
    _copy(then(gazettes), inputs)
    kg = regkg.build([inputs], update=tmp_path / "updated", views=False)
    regkg.build([inputs], tmp_path / "whole", views=False)
    assert kg.resolution.startswith(how), kg.resolution
    assert len(spliced) == on_disk
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
    # not offered a state to resume: it holds the removed input's documents; the summary says so
    assert kg.resolution == "resolved: an input was removed, changed or moved"


def test_an_update_from_another_folder_names_every_input_anew_and_says_so(gazettes, tmp_path):
    inputs, elsewhere = tmp_path / "in", tmp_path / "downloads"
    _copy(gazettes[:2], inputs)
    _copy(gazettes[2:3], elsewhere)
    regkg.build([inputs], tmp_path / "out", views=False)
    kg = regkg.build([elsewhere / gazettes[2].name], update=tmp_path / "out", views=False)
    assert kg.resolution.startswith("resolved: the inputs are named anew, relative to "), kg.resolution
    assert sorted(r.source for r in kg.records) == sorted([f"in/{g.name}" for g in gazettes[:2]]
                                                          + [f"downloads/{gazettes[2].name}"])


def test_a_damaged_graph_is_written_whole_again_not_spliced_into(gazettes, tmp_path, monkeypatch):
    monkeypatch.setattr(assemble, "ON_DISK_FROM", 0)  # a large build's update splices its graph.ttl
    inputs = tmp_path / "in"
    _copy(gazettes[:2], inputs)
    regkg.build([inputs], tmp_path / "out", views=False)
    graph = (tmp_path / "out" / "graph.ttl").resolve()
    data = bytearray(graph.read_bytes())  # a duty's span, changed, the file the same size (a wrong size is refused)
    at = data.index(b'regkg:spanStart "', data.index(b"\n\n<https://w3id.org/regkg/id/duty/")) + len(b'regkg:spanStart "')
    data[at] = ord("1") if data[at] != ord("1") else ord("2")
    graph.write_bytes(bytes(data))
    _copy(gazettes[2:3], inputs)
    kg = regkg.build([inputs], update=tmp_path / "out", views=False)
    regkg.build([inputs], tmp_path / "whole", views=False)
    assert kg.resolution.startswith("resumed: 1 new input"), kg.resolution
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "whole" / "graph.ttl").read_bytes()


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


def test_an_area_learnt_before_an_earlier_input_it_would_change_is_resolved_again(tmp_path):
    """b.txt, of 甲市, prints a number of 乙县's, whose government the corpus cannot place: 甲市 learns 乙 for its
    code. a.txt teaches 乙县; a whole resolution reads it first, and b.txt's number is then 乙县's, not 甲市's."""
    old = Record.from_dict({"source": "b.txt", "jurisdiction": "甲市", "documents": [
        {"doc_number": "乙政发〔2020〕1号", "title": "乙县人民政府关于某事的通知", "issuers": ["乙县人民政府"]}]})
    new = Record.from_dict({"source": "a.txt", "jurisdiction": "乙县", "documents": [
        {"doc_number": "乙政发〔2021〕2号", "title": "乙县某办法", "issuers": ["乙县人民政府"]}]})
    state = tmp_path / STATE_FILE
    resolve([old], keep=state)
    with pytest.raises(Unresumable, match="b.txt after it would teach another"):
        resume(state, tmp_path / "the index is not reached", RecordFile.of([old, new]), ["a.txt"], base=DEFAULT_BASE)


def test_a_full_disk_while_the_state_is_kept_is_one_line_naming_its_folder(tmpfs, records):
    from conftest import remount

    from regkg.errors import OutputError

    remount(tmpfs, "size=64k")
    with pytest.raises(OutputError) as caught:
        resolve(list(records.values()), keep=tmpfs / STATE_FILE)
    message = str(caught.value)
    assert message.startswith(f"cannot write {tmpfs} (the build's temporary files): No space left on device")
    assert "\n" not in message
