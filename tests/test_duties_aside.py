"""The last pass of resolution with the later records' duties resolved by a forked child
(regkg.graph.duties_aside): the model is the one the serial pass makes, and the child's failures and
files are handled."""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import replace

import pytest

import regkg.graph.resolve as resolve_module
from benchmarks.corpus import generate
from regkg.errors import OutputError
from regkg.extract.models import Duty
from regkg.graph.duties_aside import DutiesAside, can_fork
from regkg.graph.duty_table import DutyTable
from regkg.graph.model import DutyNode, Provenance
from regkg.graph.record_file import RecordFile
from regkg.graph.resolve import BY_NOT_FOUND, resolve
from regkg.scale.workers import extract_all

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="duties are resolved aside only where the system forks (Linux)")


@pytest.fixture(scope="module")
def spill(tmp_path_factory, sample_paths) -> RecordFile:
    """The sample gazettes and two generated ones, each record given a duty its file does not hold
    (a warning, resolved by whichever process reads that record's duties)."""
    folder = tmp_path_factory.mktemp("corpus")
    generate(2, seed=3, out_dir=folder)
    records, errors = extract_all([*sample_paths, folder], jobs=1)
    assert not errors and sum(len(r.duties) for r in records) > 500
    stray = Duty("不存在〔2099〕1号", "核查", ("市司法局",), (), "由市司法局负责核查。", None)
    return RecordFile.of(replace(r, duties=(*r.duties, stray)) for r in records)


def _model(model) -> tuple:
    """Everything resolution makes, in the order it made it."""
    return ([(d.iri, d.title, d.jurisdiction, d.issuers) for d in model.docs.values()],
            [(o.iri, o.name, sorted(o.alt_labels), o.jurisdiction) for o in model.orgs.values()],
            [(d.iri, d.task, d.by, d.lead, d.support, d.provenance) for d in model.duties.in_order()],
            [(w.kind, w.message, w.provenance, w.about) for w in model.warnings],
            list(model.edges), dict(model.places))


@pytest.mark.parametrize("where", ["first", "second", "middle", "last"])
def test_duties_resolved_aside_make_the_model_one_process_makes(spill, tmp_path, monkeypatch, where):
    """Wherever the child's records begin (all of them, all but the first, half, only the last): the same
    documents, bodies (with every name printed for them), duties in the same order, warnings in the same
    places."""
    serial = _model(resolve(spill))
    start = {"first": 0, "second": 1, "middle": len(spill) // 2, "last": len(spill) - 1}[where]
    monkeypatch.setattr(resolve_module, "_aside_from", lambda records: start)
    monkeypatch.setattr(resolve_module, "can_fork", lambda: True)  # whatever threads earlier tests left
    children = []
    monkeypatch.setattr(resolve_module, "DutiesAside", lambda *a: children.append(a) or DutiesAside(*a))
    aside = _model(resolve(spill, aside=tmp_path))
    assert len(children) == 1 and aside == serial
    assert sum(kind == BY_NOT_FOUND for kind, *_ in aside[3]) == len(spill)  # one stray duty a record
    assert list(tmp_path.iterdir()) == []  # the child's file taken and removed


@pytest.mark.parametrize("share", [1.0, 0.75, 0.3])
def test_the_child_takes_the_later_records_holding_its_share_of_the_duties(spill, monkeypatch, share):
    monkeypatch.setattr(resolve_module, "ASIDE_SHARE", share)
    start, sizes = resolve_module._aside_from(spill), spill.duty_sizes()
    assert sum(sizes[:start]) >= (1 - share) * sum(sizes)  # this process keeps at least the rest
    assert start == 0 or sum(sizes[:start - 1]) < (1 - share) * sum(sizes)  # and no record more
    assert (start == 0) == (share == 1.0) and start < len(spill)


def test_records_without_duties_are_resolved_in_one_process(spill, tmp_path, monkeypatch):
    """No duties, no child: nothing to share."""
    spill = RecordFile.of(replace(r, duties=()) for r in spill)
    assert len(spill) > 5 and resolve_module._aside_from(spill) == len(spill)
    monkeypatch.setattr(resolve_module, "DutiesAside", None)  # would fail if a child were started
    resolve(spill, aside=tmp_path)


def _duty(iri: str) -> DutyNode:
    return DutyNode(iri, "巡查", "doc/a", ["org/x"], [], Provenance("a.txt", (1, 5), "由x负责巡查。"))


def test_the_childs_duties_come_after_this_process_s(tmp_path):
    table = DutyTable()
    table.add(_duty("d2"))

    def fill(child_table: DutyTable) -> str:
        child_table.add(_duty("d1"))
        child_table.add(_duty("d3"))
        return "filed"

    with DutiesAside(tmp_path, fill) as aside:
        assert aside.result() == "filed"
        aside.take(table)
    assert [d.iri for d in table.by_iri()] == ["d1", "d2", "d3"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("error, raised, says", [
    (ValueError("bad record"), RuntimeError, "ValueError: bad record"),
    (OutputError("/tmp/x", "No space left on device"), OutputError, "cannot write /tmp/x: No space left on device"),
])
def test_a_failure_in_the_child_is_raised_here_and_leaves_no_file(tmp_path, error, raised, says):
    def fail(table: DutyTable) -> None:
        table.add(_duty("d1"))
        raise error

    with pytest.raises(raised) as caught, DutiesAside(tmp_path, fail) as aside:
        child = aside.pid
        aside.result()
    assert says in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ChildProcessError):  # the child was waited for
        os.waitpid(child, os.WNOHANG)


def test_a_failure_here_ends_the_child_and_removes_its_file(tmp_path):
    def forever(table: DutyTable) -> None:
        time.sleep(60)

    started = time.monotonic()
    with pytest.raises(KeyError), DutiesAside(tmp_path, forever) as aside:
        child = aside.pid
        raise KeyError("this process failed first")
    assert time.monotonic() - started < 30  # the child was ended, not waited for
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)


def test_a_folder_the_childs_file_cannot_be_made_in_is_one_line(tmp_path):
    with pytest.raises(OutputError) as caught:
        DutiesAside(tmp_path / "gone", lambda table: None)
    assert str(caught.value).startswith(f"cannot write {tmp_path / 'gone'} (the build's temporary files): ")
    assert str(caught.value).endswith("; make room on its disk")


def test_no_child_is_forked_while_another_thread_runs(spill, tmp_path, monkeypatch):
    """A thread inside SQLite or the allocator at the fork would leave the child a lock no one releases:
    with another thread running, the last pass stays in this process."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert not can_fork()
        monkeypatch.setattr(resolve_module, "DutiesAside", None)  # would fail if a child were started
        assert _model(resolve(spill, aside=tmp_path))[2] == _model(resolve(spill))[2]
    finally:
        stop.set()
        other.join()


def test_a_builds_progress_bars_start_no_thread():
    """tqdm's monitor thread would keep every build with a progress bar from forking its child."""
    from regkg.progress import Progress, Steps

    before = threading.active_count()
    with Progress(total_files=2, total_bytes=10, enabled=True) as bar:
        bar.done(bytes_read=5, documents=1)
        pages = Steps(enabled=True).bar(3, "pages")
        pages.update(1)
        assert threading.active_count() == before
        pages.close()
