"""What a reader of an output folder may find after a build was killed: one complete build, the old or
the new, and nothing else once its watchdog has cleaned. The checks tests/test_output_unit.py makes at
chosen moments and ``benchmarks/kill_builds.py`` at random ones (AssertionError names what is wrong).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import regkg
from regkg.graph.atomic_files import check_file
from regkg.graph.output_folder import MACHINERY, current_build

__all__ = ["Reference", "build_cmd", "files_of", "reference", "which_build", "leftovers", "cleaned", "staging_of"]


@dataclass(frozen=True)
class Reference:
    """What a complete build of some inputs holds: its graph.ttl and the names of its files."""

    graph: bytes
    files: tuple[str, ...]


def build_cmd(*args: object, jobs: int = 1) -> list[str]:
    """``regkg build ARGS`` as a command of its own (a process that can be killed)."""
    return [sys.executable, "-m", "regkg.cli", "build", *map(str, args), "--jobs", str(jobs), "--no-progress"]


def files_of(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()))


def reference(out: Path) -> Reference:
    """The reference of the complete build in OUT."""
    return Reference((out / "graph.ttl").read_bytes(), files_of(current_build(out)))


def which_build(out: Path, refs: dict[str, Reference]) -> str:
    """Which reference build OUT shows, asserting it shows all of that one and nothing of another."""
    folder = current_build(out).resolve()
    info = json.loads((out / "build.json").read_text("utf-8"))
    for name, digest in info["files"].items():
        check_file(out / name, digest)
    for entry in out.iterdir():
        if entry.is_symlink():
            assert entry.exists() and entry.resolve().parent == folder, entry
    graph = (out / "graph.ttl").read_bytes()
    matches = [name for name, ref in refs.items() if ref.graph == graph]
    assert len(matches) == 1, f"graph.ttl is none of {sorted(refs)}"
    assert files_of(folder) == refs[matches[0]].files, f"the files are not those of the {matches[0]} build"
    assert len(regkg.load(out).store) == info["triples"]
    return matches[0]


def leftovers(out: Path) -> list[str]:
    """Anything but the current build: staging or superseded builds, temporary files and links."""
    current = current_build(out).name
    found = [str(p) for p in (out / MACHINERY / "builds").iterdir() if p.name != current]
    for root, dirs, names in os.walk(out):
        found += [os.path.join(root, n) for n in names + dirs if n.endswith(".tmp")]
    return found


def cleaned(out: Path, patience_s: float = 60.0) -> bool:
    """Whether OUT holds nothing but its current build within ``patience_s`` (a bound on a failure, not a
    duration asserted: the watchdog cleans within a fraction of a second)."""
    deadline = time.monotonic() + patience_s
    while leftovers(out):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def staging_of(out: Path) -> Path | None:
    current = current_build(out).name
    return next((p for p in (out / MACHINERY / "builds").iterdir() if p.name != current), None)
