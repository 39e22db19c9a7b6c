"""Extraction throughput on the sample gazettes, against one regex pass for 发文字号 in the same run.

    python benchmarks/bench_extract.py [--repeat N]

Prints medians (MB of UTF-8 input per second, one core, after start-up) and the ratio to the
baseline, plus what spaCy's Doc construction would cost if every character went through it.
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
from regkg.extract.nlp import annotate, make_nlp  # noqa: E402

# The baseline: one plain regex pass for 发文字号, no trimming, no canonicalisation.
BASELINE = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[(【（［]\s*(?:19|20)\d{2}\s*[〕\])】）］]\s*\d{1,5}\s*[号號]")


def _median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("inputs", nargs="*", default=sorted(str(p) for p in (ROOT / "samples").glob("*.txt")))
    args = ap.parse_args()
    texts = [Path(p).read_text("utf-8") for p in args.inputs]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    extract_text(texts[0])  # start-up: regex compilation, tables
    make_nlp()

    base = _median_seconds(lambda: [BASELINE.findall(t) for t in texts], args.repeat)
    full = _median_seconds(lambda: [extract_text(t) for t in texts], args.repeat)
    nlp = make_nlp()
    blank = _median_seconds(lambda: [nlp.make_doc(t) for t in texts], max(1, args.repeat // 3))
    chars = _median_seconds(lambda: [annotate(t) for t in texts], max(1, args.repeat // 3))

    print(f"input: {len(texts)} files, {mb:.3f} MB UTF-8, median of {args.repeat} runs, one core")
    print(f"{'what':<44} {'MB/s':>8} {'x baseline':>11}")
    for name, secs in (
        ("baseline: one regex pass for 发文字号", base),
        ("regkg extract (all finders, records)", full),
        ("spaCy blank('zh') make_doc, whole text", blank),
        ("spaCy char Doc + regkg components, whole", chars),
    ):
        print(f"{name:<44} {mb / secs:8.2f} {secs / base:11.1f}")


if __name__ == "__main__":
    main()
