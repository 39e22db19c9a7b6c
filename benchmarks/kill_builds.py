"""Builds killed at random moments, and builds started together, into a folder holding a complete build.

    python benchmarks/kill_builds.py [--gazettes 100] [--kills 20] [--pairs 5] [--seed 1] [--jobs 2] [--work DIR]

The folder starts as the build of the corpus less a tenth of its gazettes ("old"); each run builds the
whole corpus ("new", views included) into a copy of it and is killed with SIGKILL at a moment drawn
uniformly from the time a complete build takes. After each kill the folder must show all of one build,
old or new, and nothing of the other (:func:`benchmarks.folder_checks.which_build`: every file by size
and digest, graph.ttl byte for byte, the index's triple count), and hold nothing else within a minute
(the build's watchdog cleans). Then ``--pairs`` times two builds are started a random fraction of a
second apart: one must complete, the other be refused in one line, exit 1, and the folder show the new
build. Prints what each kill left and the counts; exits 1 if any folder was a mix or was not cleaned.
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
from benchmarks.folder_checks import build_cmd, cleaned, leftovers, reference, which_build  # noqa: E402

LOCK_REFUSAL = "another build"  # what the refused build's one line says (regkg.graph.output_folder)


def _inputs(work: Path, gazettes: int, seed: int) -> tuple[Path, Path]:
    """The corpus less its last tenth (old) and whole (new), each a folder of its own."""
    corpus = work / "corpus"
    generate(gazettes, seed=seed, out_dir=corpus)
    old, new = work / "old_in", work / "new_in"
    files = sorted(corpus.glob("*.txt"))
    for folder, chosen in ((old, files[: max(1, len(files) * 9 // 10)]), (new, files)):
        folder.mkdir()
        for f in chosen:
            shutil.copy(f, folder)
    return old, new


def _kill_once(old_out: Path, new: Path, out: Path, after_s: float, jobs: int,
               refs: dict) -> tuple[str, float | None, float | None]:
    """Kill a build of NEW into a copy of OLD_OUT after ``after_s``; what the folder shows, how long it
    took to hold nothing but that build (None: not within a minute), and how long the build took if it
    ended before the kill."""
    shutil.copytree(old_out, out, symlinks=True)
    started = time.monotonic()
    process = subprocess.Popen(build_cmd(new, "-o", out, jobs=jobs), stdout=subprocess.DEVNULL,
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


def _pair(old_out: Path, new: Path, out: Path, gap_s: float, jobs: int, refs: dict) -> str:
    """Two builds of NEW into a copy of OLD_OUT, the second ``gap_s`` after the first: what happened."""
    shutil.copytree(old_out, out, symlinks=True)
    first = subprocess.Popen(build_cmd(new, "-o", out, jobs=jobs), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    time.sleep(gap_s)
    second = subprocess.run(build_cmd(new, "-o", out, jobs=jobs), capture_output=True, text=True)
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
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="regkg-kills-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    old, new = _inputs(work, args.gazettes, args.seed)
    refs, outs, took = {}, {}, {}
    for name, inputs in (("old", old), ("new", new)):
        outs[name] = work / f"ref_{name}"
        t0 = time.monotonic()
        subprocess.run(build_cmd(inputs, "-o", outs[name], jobs=args.jobs), check=True, capture_output=True)
        took[name] = time.monotonic() - t0
        refs[name] = reference(outs[name])
    print(f"{args.gazettes} gazettes in {work}: a complete build takes {took['new']:.1f} s (old {took['old']:.1f} s), "
          f"--jobs {args.jobs}")
    bad = 0
    outcomes: dict[str, int] = {}
    clean_times = []
    for i in range(args.kills):
        after = rng.uniform(0, took["new"])
        out = work / f"kill{i}"
        shown, clean_s, ended_s = _kill_once(outs["old"], new, out, after, args.jobs, refs)
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
        what = _pair(outs["old"], new, out, gap, args.jobs, refs)
        print(f"  pair {i + 1:>3}, {gap:.2f} s apart: {what}")
        bad += not what.startswith(("one built", "both built"))
        shutil.rmtree(out, ignore_errors=True)
    summary = ", ".join(f"{name}: {n}" for name, n in sorted(outcomes.items()))
    median = f"; clean a median {statistics.median(clean_times):.2f} s after the kill" if clean_times else ""
    print(f"{args.kills} kills ({summary}){median}; {args.pairs} pairs; {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
