"""Builds killed at random moments, and builds started together, into a folder holding a complete build.

    python benchmarks/kill_builds.py [--gazettes 100] [--kills 20] [--pairs 5] [--seed 1] [--jobs 2] [--work DIR]
                                     [--update]

The folder starts as the build of the corpus less a tenth of its gazettes ("old"); each run builds the
whole corpus ("new", views included) into a copy of it and is killed with SIGKILL at a moment drawn
uniformly from the time a complete build takes. After each kill the folder must show all of one build,
old or new, and nothing of the other (:func:`benchmarks.folder_checks.which_build`: every file by size
and digest, graph.ttl byte for byte, the index's triple count), and hold nothing else within a minute
(the build's watchdog cleans). Then ``--pairs`` times two builds are started a random fraction of a
second apart: one must complete, the other be refused in one line, exit 1, and the folder show the new
build. With ``--update`` the last tenth is added to the old build's input folder and each run is
``regkg build FOLDER --update OUT`` (the rest not extracted again), whose graph and files must be the
whole build's. Prints what each kill left
and the counts; exits 1 if any folder was a mix or was not cleaned.
tests/test_output_unit.py makes the same checks at chosen moments.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402
from benchmarks.folder_checks import Reference, build_cmd, cleaned, leftovers, reference, which_build  # noqa: E402

LOCK_REFUSAL = "another build"  # what the refused build's one line says (regkg.graph.output_folder)


def _references(work: Path, gazettes: int, seed: int, jobs: int,
                update: bool) -> tuple[Path, dict[str, Path], dict[str, Reference], dict[str, float]]:
    """The inputs of the runs, and the complete build of the corpus less its last tenth (old) and whole
    (new): each its folder, reference and time. For ``update`` the old gazettes' folder is given the rest
    once its build is made, as a user adds a month's gazettes, so the runs' inputs are named as before."""
    corpus = work / "corpus"
    generate(gazettes, seed=seed, out_dir=corpus)
    files = sorted(corpus.glob("*.txt"))
    first, rest = files[: max(1, len(files) * 9 // 10)], files[max(1, len(files) * 9 // 10) :]
    folders = {"old": work / "old_in", "new": work / ("old_in" if update else "new_in")}
    outs, refs, took = {}, {}, {}
    for name, chosen in (("old", first), ("new", rest if update else files)):
        folders[name].mkdir(exist_ok=True)
        for f in chosen:
            shutil.copy(f, folders[name])
        outs[name] = work / f"ref_{name}"
        t0 = time.monotonic()
        subprocess.run(build_cmd(folders[name], "-o", outs[name], jobs=jobs), check=True, capture_output=True)
        took[name] = time.monotonic() - t0
        refs[name] = reference(outs[name])
    return folders["new"], outs, refs, took


def _new_build(new: Path, out: Path, jobs: int, update: bool) -> list[str]:
    """The command building NEW into OUT: afresh, or as an update of the build OUT holds."""
    return build_cmd(new, "--update" if update else "-o", out, jobs=jobs)


def _kill_once(old_out: Path, new: Path, out: Path, after_s: float, jobs: int, update: bool,
               refs: dict) -> tuple[str, float | None, float | None]:
    """Kill a build of NEW into a copy of OLD_OUT after ``after_s``; what the folder shows, how long it
    took to hold nothing but that build (None: not within a minute), and how long the build took if it
    ended before the kill."""
    shutil.copytree(old_out, out, symlinks=True)
    started = time.monotonic()
    process = subprocess.Popen(_new_build(new, out, jobs, update), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    took = None
    try:
        process.wait(after_s)
        ended = "ended before the kill"
        took = time.monotonic() - started
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        ended = ""
    killed = time.monotonic()
    try:
        shown = which_build(out, refs)
    except AssertionError as exc:
        return f"MIX ({exc})", None, took
    clean_s = time.monotonic() - killed if cleaned(out) else None
    try:
        after = which_build(out, refs)
    except AssertionError as exc:
        return f"MIX after cleaning ({exc})", clean_s, took
    shown = shown if after == shown else f"{shown}, then {after}"
    return f"{shown}{' (' + ended + ')' if ended else ''}", clean_s, took


def _pair(old_out: Path, new: Path, out: Path, gap_s: float, jobs: int, update: bool, refs: dict) -> str:
    """Two builds of NEW into a copy of OLD_OUT, the second ``gap_s`` after the first: what happened."""
    shutil.copytree(old_out, out, symlinks=True)
    first = subprocess.Popen(_new_build(new, out, jobs, update), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    time.sleep(gap_s)
    second = subprocess.run(_new_build(new, out, jobs, update), capture_output=True, text=True)
    _, first_err = first.communicate()
    codes = sorted((first.returncode, second.returncode))
    refused = [e for code, e in ((first.returncode, first_err), (second.returncode, second.stderr)) if code]
    try:
        shown = which_build(out, refs)
    except AssertionError as exc:
        return f"MIX ({exc})"
    if codes == [0, 1] and len(refused[0].splitlines()) == 1 and LOCK_REFUSAL in refused[0] and shown == "new":
        return "one built, one refused"
    if codes == [0, 0] and shown == "new":
        return "both built (the first had ended)"
    return f"UNEXPECTED exits {codes}, shows {shown}: {' '.join(refused)!r}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gazettes", type=int, default=100)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--update", action="store_true", help="kill `regkg build NEW --update OUT`, not a whole build")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="regkg-kills-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    new, outs, refs, took = _references(work, args.gazettes, args.seed, args.jobs, args.update)
    print(f"{args.gazettes} gazettes in {work}: a complete build takes {took['new']:.1f} s (old {took['old']:.1f} s), "
          f"--jobs {args.jobs}{', each run an --update of the old' if args.update else ''}")
    bad = 0
    outcomes: dict[str, int] = {}
    clean_times = []
    for i in range(args.kills):
        after = rng.uniform(0, took["new"])
        out = work / f"kill{i}"
        shown, clean_s, ended_s = _kill_once(outs["old"], new, out, after, args.jobs, args.update, refs)
        if ended_s is not None:  # the machine is quieter than when the reference was built: draw from the build's time now
            took["new"] = min(took["new"], ended_s)
        print(f"  kill {i + 1:>3} at {after:6.2f} s: shows {shown}; "
              + (f"clean {clean_s:.2f} s after" if clean_s is not None else f"NOT CLEAN: {leftovers(out)[:3]}"))
        bad += shown.startswith("MIX") or clean_s is None
        outcomes[shown.split(" (")[0]] = outcomes.get(shown.split(" (")[0], 0) + 1
        if clean_s is not None:
            clean_times.append(clean_s)
        shutil.rmtree(out, ignore_errors=True)
    for i in range(args.pairs):
        gap = rng.uniform(0, min(1.0, took["new"] / 2))
        out = work / f"pair{i}"
        what = _pair(outs["old"], new, out, gap, args.jobs, args.update, refs)
        print(f"  pair {i + 1:>3}, {gap:.2f} s apart: {what}")
        bad += not what.startswith(("one built", "both built"))
        shutil.rmtree(out, ignore_errors=True)
    summary = ", ".join(f"{name}: {n}" for name, n in sorted(outcomes.items()))
    median = f"; clean a median {statistics.median(clean_times):.2f} s after the kill" if clean_times else ""
    print(f"{args.kills} kills ({summary}){median}; {args.pairs} pairs; {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
