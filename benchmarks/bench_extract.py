"""Extraction throughput on the sample gazettes and on the real texts, against one regex pass for 发文字号.

    python benchmarks/bench_extract.py [--repeat N] [FILE ...]

Two input sets, each its own rows, since they cost differently: the sample gazettes (long texts of
many documents; or the FILEs given) and the real texts of ``tests/realdocs/texts`` and, when present,
``../shared/realdocs/texts`` (mostly short web pages, one document each, where per-document work
weighs more). Prints medians (MB of UTF-8 input per second, one core, after start-up) and the ratio
to the baseline measured on the same set in the same run, plus what spaCy's Doc construction would
cost if every character of the samples went through it.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from regkg.extract import extract_text  # noqa: E402
from regkg.extract.pipeline import clear_caches  # noqa: E402
from regkg.extract.nlp import annotate, make_nlp  # noqa: E402

# The baseline: one plain regex pass for 发文字号, no trimming, no canonicalisation.
BASELINE = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[(【（［]\s*(?:19|20)\d{2}\s*[〕\])】）］]\s*\d{1,5}\s*[号號]")
REAL_TEXTS = (ROOT / "tests" / "realdocs" / "texts", ROOT.parent / "shared" / "realdocs" / "texts")


def _median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _read(paths: list[Path]) -> tuple[list[str], float]:
    texts = [p.read_text("utf-8") for p in paths]
    return texts, sum(len(t.encode("utf-8")) for t in texts) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("inputs", nargs="*", default=sorted(str(p) for p in (ROOT / "samples").glob("*.txt")))
    args = ap.parse_args()
    sets = {
        "samples": _read([Path(p) for p in args.inputs]),
        "real texts": _read([p for folder in REAL_TEXTS if folder.is_dir() for p in sorted(folder.glob("*.txt"))]),
    }
    samples = sets["samples"][0]

    extract_text(samples[0])  # start-up: regex compilation, tables
    make_nlp()

    print(f"median of {args.repeat} runs, one core")
    rows = []
    for name, (texts, mb) in sets.items():
        if not texts:
            continue
        print(f"{name}: {len(texts)} files, {mb:.3f} MB UTF-8")
        base = _median_seconds(lambda: [BASELINE.findall(t) for t in texts], args.repeat)
        # each run starts with the finders' caches empty, as a worker meeting these texts first does
        full = _median_seconds(lambda: (clear_caches(), [extract_text(t) for t in texts]), args.repeat)
        rows += [(f"baseline: one regex pass for 发文字号, {name}", mb, base, base),
                 (f"regkg extract (all finders, records), {name}", mb, full, base)]
    nlp = make_nlp()
    mb = sets["samples"][1]
    base = rows[0][2]
    blank = _median_seconds(lambda: [nlp.make_doc(t) for t in samples], max(1, args.repeat // 3))
    chars = _median_seconds(lambda: [annotate(t) for t in samples], max(1, args.repeat // 3))
    rows += [("spaCy blank('zh') make_doc, samples", mb, blank, base),
             ("spaCy char Doc + regkg components, samples", mb, chars, base)]

    print(f"{'what':<52} {'MB/s':>8} {'x baseline':>11}")
    for name, size, secs, baseline in rows:
        print(f"{name:<52} {size / secs:8.2f} {secs / baseline:11.1f}")


if __name__ == "__main__":
    main()
