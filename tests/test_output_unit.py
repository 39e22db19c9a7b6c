"""The output folder is one unit (:class:`regkg.graph.output_folder.OutputFolder`): a build killed at any
moment, or failing on a full or read-only disk, leaves the previous complete build or the new one,
never a mix; the next build removes what a killed one left; a second build into the same folder is
refused while the first runs; write errors are one line naming the path; ``regkg --help`` and
``regkg push`` to nowhere stay light and clean.

Builds run in subprocesses (``python -m regkg.cli build``) killed with SIGKILL when the folder shows
they reached a step; nothing here asserts a duration.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

import regkg
from benchmarks.corpus import generate
from benchmarks.folder_checks import build_cmd, cleaned, leftovers, reference, staging_of, which_build
from conftest import remount
from regkg.cli import cli
from regkg.errors import OutputError
from regkg.graph import atomic_files
from regkg.graph.atomic_files import UnnamedFile
from regkg.graph.output_folder import MACHINERY, current_build

GAZETTES = 4
# Enough documents (~640) for a build's pages to be written by forked workers (views.write._PARALLEL_PAGES).
PARALLEL_GAZETTES = 14
POLL_S = 0.002


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """``old``: two gazettes; ``new``: those and two more."""
    folder = tmp_path_factory.mktemp("corpus")
    generate(GAZETTES, seed=11, out_dir=folder)
    old, new = tmp_path_factory.mktemp("old_in"), tmp_path_factory.mktemp("new_in")
    for i, f in enumerate(sorted(folder.glob("*.txt"))):
        shutil.copy(f, new)
        if i < 2:
            shutil.copy(f, old)
    return old, new


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    """The old build (to start each test from) and the reference of each complete build."""
    old, new = corpus
    refs, outs = {}, {}
    for name, inputs in (("old", old), ("new", new)):
        out = outs[name] = tmp_path_factory.mktemp(f"ref_{name}") / "out"
        subprocess.run(build_cmd(inputs, "-o", out), check=True, capture_output=True)
        refs[name] = reference(out)
    return outs["old"], refs


def wait_until(process: subprocess.Popen, reached: Callable[[], bool]) -> None:
    """Poll ``process`` every POLL_S until ``reached()`` holds or it has ended."""
    while process.poll() is None and not reached():
        try:
            process.wait(POLL_S)
        except subprocess.TimeoutExpired:
            pass


def start_from_old(built, tmp_path) -> Path:
    old_out, _ = built
    out = tmp_path / "out"
    shutil.copytree(old_out, out, symlinks=True)
    return out


# When to kill the build: a test of the folder it has reached, polled until true.
KILL_POINTS = {
    "staging folder made": lambda out, first: staging_of(out) is not None,
    "graph.ttl staged": lambda out, first: (s := staging_of(out)) is not None and (s / "graph.ttl").exists(),
    "pages being written": lambda out, first: (s := staging_of(out)) is not None and (s / "docs").is_dir()
    and len(os.listdir(s / "docs")) > 20,
    "current swapped": lambda out, first: current_build(out).name != first,
}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_killed_build_leaves_one_complete_build(built, corpus, tmp_path, point):
    _, new = corpus
    _, refs = built
    out = start_from_old(built, tmp_path)
    first = current_build(out).name
    reached = KILL_POINTS[point]
    process = subprocess.Popen(build_cmd(new, "-o", out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until(process, lambda: reached(out, first))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert which_build(out, refs) in ("old", "new")
    # the build's watchdog, a process of its own, removes what it left without waiting for a next build
    assert cleaned(out), leftovers(out)
    assert which_build(out, refs) in ("old", "new")
    # the next build takes the dead build's lock, removes what it left, and completes
    subprocess.run(build_cmd(new, "-o", out), check=True, capture_output=True)
    assert which_build(out, refs) == "new"
    assert leftovers(out) == []


def test_a_killed_builds_workers_end_with_it(built, tmp_path_factory, tmp_path):
    """A large build's document pages are written by forked workers, which waited for work for ever once
    their build was killed, holding its lock: the watchdog could not clean the folder (a black-box run of
    random kills found it). They end with the build now, and the folder is cleaned."""
    many = tmp_path_factory.mktemp("many_pages")
    generate(PARALLEL_GAZETTES, seed=11, out_dir=many)
    _, refs = built
    out = start_from_old(built, tmp_path)
    first = current_build(out).name
    process = subprocess.Popen(build_cmd(many, "-o", out, jobs=2), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    wait_until(process, lambda: KILL_POINTS["pages being written"](out, first))
    children = psutil.Process(process.pid).children()
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert len(children) >= 3  # the watchdog and two page writers
    assert which_build(out, refs) == "old"
    assert cleaned(out), leftovers(out)
    _, alive = psutil.wait_procs(children, timeout=60)
    assert alive == []


# A forked worker asks to end with its parent, whose end it reports; as a test cannot kill its own runner,
# the parent is a Python that forks the worker and exits at once.
_FORKED_WORKER = """
import os, sys, time
if sys.argv[1] == "thread":
    sys.platform = "darwin"  # the watching thread, as where the kernel offers no death signal
from regkg.processes import die_with_parent
parent = os.getpid()
child = os.fork()
if child == 0:
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1), os.dup2(quiet, 2)  # the test reads the parent's output to its end, not the worker's
    die_with_parent(parent)
    time.sleep(120)
    os._exit(0)
print(child, flush=True)
"""


@pytest.mark.parametrize("how", ["signal", "thread"])
def test_a_forked_worker_ends_with_its_parent(how):
    result = subprocess.run([sys.executable, "-c", _FORKED_WORKER, how], capture_output=True, text=True, check=True)
    try:
        worker = psutil.Process(int(result.stdout))
    except psutil.NoSuchProcess:
        return  # ended already
    deadline = time.monotonic() + 30  # a bound on a failure, not a duration asserted
    while worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not worker.is_running() or worker.status() == psutil.STATUS_ZOMBIE


@pytest.mark.parametrize("point", ["graph.ttl staged", "current swapped"])
def test_a_killed_build_with_a_store_leaves_one_complete_build(built, corpus, tmp_path, point):
    """The store is built as a new version beside DIR; DIR links to it once its build is current."""
    old, new = corpus
    _, refs = built
    out, store = tmp_path / "out", tmp_path / "oxi"
    (tmp_path / ".oxi.old").mkdir()  # what an older regkg's killed build left
    subprocess.run(build_cmd(old, "-o", out, "--store", f"oxigraph:{store}"), check=True, capture_output=True)
    first = current_build(out).name
    process = subprocess.Popen(build_cmd(new, "-o", out, "--store", f"oxigraph:{store}"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until(process, lambda: KILL_POINTS[point](out, first))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert which_build(out, refs) in ("old", "new")  # load checks the store build.json names
    subprocess.run(build_cmd(new, "-o", out, "--store", f"oxigraph:{store}"), check=True, capture_output=True)
    assert which_build(out, refs) == "new"
    assert leftovers(out) == []
    versions = list((tmp_path / ".oxi.builds").iterdir())
    assert [store.resolve()] == versions and not (tmp_path / ".oxi.old").exists()


def test_a_second_build_into_the_same_folder_is_refused(built, corpus, tmp_path):
    _, new = corpus
    _, refs = built
    out = start_from_old(built, tmp_path)
    first = subprocess.Popen(build_cmd(new, "-o", out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lock = out / MACHINERY / "lock"
    wait_until(first, lambda: lock.read_text().strip() == str(first.pid))
    second = subprocess.run(build_cmd(new, "-o", out), capture_output=True, text=True)
    assert first.wait() == 0
    assert second.returncode == 1
    assert second.stderr == f"regkg: error: cannot write {out}: another build (process {first.pid}) is writing it; " \
                            "wait for it to end\n"
    assert which_build(out, refs) == "new"


def test_a_dead_builds_lock_is_taken_over(built, corpus, tmp_path):
    _, new = corpus
    _, refs = built
    out = start_from_old(built, tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (out / MACHINERY / "lock").write_text(dead.stdout)
    subprocess.run(build_cmd(new, "-o", out), check=True, capture_output=True)
    assert which_build(out, refs) == "new"


def test_a_file_in_the_way_is_one_line(corpus, tmp_path):
    old, _ = corpus
    (tmp_path / "taken").write_text("not a folder")
    result = subprocess.run(build_cmd(old, "-o", tmp_path / "taken" / "out"), capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr == f"regkg: error: cannot write {tmp_path / 'taken' / 'out'}: Not a directory\n"


def test_a_full_disk_keeps_the_old_build(built, corpus, tmpfs):
    _, new = corpus
    old_out, refs = built
    out = tmpfs / "out"
    shutil.copytree(old_out, out, symlinks=True)
    used = sum(f.stat().st_size for f in (current_build(out)).rglob("*") if f.is_file())
    remount(tmpfs, f"size={used + used // 2}")  # room for half of a new build beside the old one
    result = subprocess.run(build_cmd(new, "-o", out), capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith(f"regkg: error: cannot write {out}/")
    assert result.stderr.endswith(": No space left on device\n") and result.stderr.count("\n") == 1
    assert which_build(out, refs) == "old"
    assert leftovers(out) == []


def test_a_full_temporary_folder_is_one_line_and_keeps_the_old_build(built, corpus, tmp_path, tmpfs):
    # the records are spilled to unnamed files in TMPDIR while a build runs (a large graph's Turtle waits
    # on the output's disk: test_a_full_disk_while_the_turtle_waits_is_one_line)
    _, new = corpus
    old_out, refs = built
    out = tmp_path / "out"
    shutil.copytree(old_out, out, symlinks=True)
    remount(tmpfs, "size=16k")
    result = subprocess.run(build_cmd(new, "-o", out), capture_output=True, text=True,
                            env={**os.environ, "TMPDIR": str(tmpfs)})
    assert result.returncode == 1
    assert result.stderr == (f"regkg: error: cannot write {tmpfs} (the build's temporary files): No space left on "
                             "device; set TMPDIR to a folder with room\n")
    assert which_build(out, refs) == "old"
    assert leftovers(out) == [] and list(tmpfs.iterdir()) == []


def test_a_spilled_graph_becomes_graph_ttl_by_a_link(built, corpus, tmp_path, monkeypatch):
    """A graph whose sorted Turtle is spilled (a large one, or one with a store) waits unnamed on the
    output's disk and becomes graph.ttl by a link, not a copy: a national graph.ttl is 11 GB."""
    _, new = corpus
    _, refs = built
    monkeypatch.setattr(atomic_files, "copy_atomic", lambda *a: pytest.fail("graph.ttl was copied"))
    out = tmp_path / "out"
    kg = regkg.build([new], out, store="oxigraph", views=False)
    assert kg.fresh_turtle is not None and kg.fresh_turtle.folder == out / MACHINERY / "builds"
    assert os.fstat(kg.fresh_turtle.file.fileno()).st_ino == (out / "graph.ttl").stat().st_ino
    assert (out / "graph.ttl").read_bytes() == refs["new"].graph
    assert leftovers(out) == []


def test_an_unnamed_file_on_another_disk_is_copied(tmp_path, tmpfs):
    spill = UnnamedFile(tmp_path)
    spill.write([b"<a> <b> <c> .\n"])
    placed = spill.place(tmpfs / "graph.ttl")  # EXDEV: another file system
    assert (tmpfs / "graph.ttl").read_bytes() == b"<a> <b> <c> .\n" and placed.bytes == 14
    assert os.fstat(spill.file.fileno()).st_ino != (tmpfs / "graph.ttl").stat().st_ino
    assert sorted(os.listdir(tmpfs)) == ["graph.ttl"] and os.listdir(tmp_path) == ["disk"]


def test_a_full_disk_while_the_turtle_waits_is_one_line(built, corpus, tmp_path, tmpfs):
    _, new = corpus
    old_out, refs = built
    out = tmpfs / "out"
    shutil.copytree(old_out, out, symlinks=True)
    disk = os.statvfs(tmpfs)
    used = (disk.f_blocks - disk.f_bfree) * disk.f_frsize
    remount(tmpfs, f"size={used + len(refs['new'].graph) // 2}")  # the sorted Turtle is the first large write
    result = subprocess.run(build_cmd(new, "-o", out, "--store", "oxigraph"), capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr == (f"regkg: error: cannot write {out}/{MACHINERY}/builds (the build's temporary files): "
                             "No space left on device; make room on its disk\n")
    assert which_build(out, refs) == "old"
    assert leftovers(out) == []


def test_a_read_only_disk_keeps_the_old_build(built, corpus, tmpfs):
    _, new = corpus
    old_out, refs = built
    out = tmpfs / "out"
    shutil.copytree(old_out, out, symlinks=True)
    remount(tmpfs, "ro")
    result = subprocess.run(build_cmd(new, "-o", out), capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr == f"regkg: error: cannot write {out}: Read-only file system\n"
    assert which_build(out, refs) == "old"


def test_a_folder_an_older_regkg_wrote_becomes_links(built, corpus, tmp_path):
    """Plain files and a plain docs/ folder are replaced by links; the user's own files stay."""
    _, new = corpus
    old_out, refs = built
    out = tmp_path / "out"
    shutil.copytree(current_build(old_out), out)  # the files themselves, as an older regkg left them
    (out / "README.md").write_text("mine")
    subprocess.run(build_cmd(new, "-o", out), check=True, capture_output=True)
    assert which_build(out, refs) == "new"
    assert os.readlink(out / "docs") == ".regkg/current/docs"
    assert (out / "README.md").read_text() == "mine"


def test_no_views_after_views_leaves_no_stale_pages(built, corpus, tmp_path):
    _, new = corpus
    out = start_from_old(built, tmp_path)
    subprocess.run(build_cmd(new, "-o", out, "--no-views"), check=True, capture_output=True)
    assert not (out / "index.html").is_symlink() and not (out / "docs").exists()
    assert json.loads((out / "build.json").read_text())["triples"] == len(regkg.load(out).store)


def test_cli_spells_the_constants_it_keeps_out_of_start_up():
    from regkg.cli import graph_cmds, push_cmds
    from regkg.graph.iri import DEFAULT_BASE
    from regkg.graph.sparql import FORMATS
    from regkg.scale.push import CHUNK_TRIPLES

    assert (graph_cmds.FORMATS, graph_cmds.DEFAULT_BASE, push_cmds.CHUNK_TRIPLES) == (FORMATS, DEFAULT_BASE,
                                                                                      CHUNK_TRIPLES)


def test_help_imports_no_graph_library():
    """What makes ``regkg --help`` slow is importing rdflib, pyoxigraph, networkx and the extractor."""
    code = ("import sys; from regkg.cli import cli; cli(['--help'], standalone_mode=False); "
            "print(sorted(m for m in ('rdflib', 'pyoxigraph', 'networkx', 'httpx', 'regkg.graph', 'regkg.extract') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "[]"


def test_lazy_api_is_the_same_api():
    import regkg.extract.read  # noqa: F401  the subpackage binds regkg.extract; the function must win

    from regkg.extract.pipeline import extract
    from regkg.graph.api import load

    assert (regkg.extract, regkg.load) == (extract, load)
    with pytest.raises(AttributeError):
        regkg.no_such_name  # noqa: B018


def test_push_to_an_unreachable_endpoint_is_one_line(built):
    old_out, _ = built
    result = CliRunner().invoke(cli, ["push", "-g", str(old_out), "--endpoint", "http://127.0.0.1:9/ds/data"])
    assert result.exit_code == 1
    assert result.output == ("regkg: error: cannot reach http://127.0.0.1:9/ds/data: "
                             "[Errno 111] Connection refused\n")


_FILL_SCRATCH = """
import sys
from regkg.errors import RegkgError
from regkg.graph.duty_table import DutyTable
from regkg.graph.model import DutyNode, Provenance
table = DutyTable()
try:
    for i in range(100_000):
        table.add(DutyNode(f"duty/{i:08}", "负责" * 40, "doc/a", ["org/x"], [], Provenance("a.txt", (i, i + 1), "由x负责。" * 20)))
    print(len(table))
except RegkgError as exc:
    sys.exit(str(exc))
"""


def test_a_full_folder_for_the_scratch_database_is_one_line(tmpfs):
    """A large build's duties and evidence go to SQLite's temporary files (SQLITE_TMPDIR, TMPDIR,
    /var/tmp): a full one is the one line a full TMPDIR gives, naming it, and nothing stays there."""
    remount(tmpfs, "size=256k")
    result = subprocess.run([sys.executable, "-c", _FILL_SCRATCH], capture_output=True, text=True,
                            env={**os.environ, "SQLITE_TMPDIR": str(tmpfs)})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"cannot write {tmpfs} (the build's temporary files): No space left on device")
    assert result.stderr.endswith("; set SQLITE_TMPDIR to a folder with room\n") and result.stderr.count("\n") == 1
    assert list(tmpfs.iterdir()) == []


def _fill_duties(table) -> None:
    from regkg.graph.model import DutyNode, Provenance

    for i in range(100_000):
        table.add(DutyNode(f"duty/{i:08}", "负责" * 40, "doc/a", ["org/x"], [], Provenance("a.txt", (i, i + 1), "由x负责。" * 20)))


def test_a_full_output_folder_while_duties_are_resolved_aside_is_one_line_naming_it(tmpfs):
    """A large build's duties resolved by a forked child (regkg.graph.duties_aside) go to a file in the
    output folder's builds folder: a full disk there names that folder, not SQLite's temporary one, and
    the child's file is removed."""
    from regkg.graph.duties_aside import DutiesAside, can_fork

    if not can_fork():
        pytest.skip("duties are resolved aside only where the system forks (Linux)")
    remount(tmpfs, "size=256k")
    with pytest.raises(OutputError) as caught, DutiesAside(tmpfs, _fill_duties) as aside:
        aside.result()
    message = str(caught.value)
    assert message.startswith(f"cannot write {tmpfs} (the build's temporary files): No space left on device")
    assert message.endswith("; make room on its disk") and "\n" not in message
    assert list(tmpfs.iterdir()) == []
