"""Extractor accuracy on a generated corpus, scored against the generator's ground truth.

    python benchmarks/accuracy_corpus.py [N_GAZETTES] [--seed S] [-v]

The seed gazettes measure accuracy on real print; this measures it on many layouts, jurisdictions and
机关代字 the extractor was not tuned on (benchmarks/corpus.py), with the same scoring (tests/accuracy.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from accuracy import FIELDS, Score, keys  # noqa: E402
from corpus import generate  # noqa: E402

from regkg.extract import extract_file  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=20)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-v", action="store_true", help="list every missed and spurious fact")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        generate(args.n, seed=args.seed, out_dir=Path(tmp))
        totals = {f: Score() for f in FIELDS}
        misses: Counter = Counter()
        t0 = time.perf_counter()
        mb = 0.0
        for line in (Path(tmp) / "manifest.jsonl").open(encoding="utf-8"):
            gold = json.loads(line)
            path = Path(tmp) / gold["source"]
            mb += path.stat().st_size / 1e6
            g, r = keys(gold), keys(extract_file(path).to_dict())
            for f in FIELDS:
                totals[f].add(g[f], r[f])
                for k in g[f] - r[f]:
                    misses[(f, "missed", str(k)[:140])] += 1
                for k in r[f] - g[f]:
                    misses[(f, "spurious", str(k)[:140])] += 1
        secs = time.perf_counter() - t0
    print(f"{args.n} generated gazettes (seed {args.seed}), {mb:.1f} MB, extracted in {secs:.1f} s ({mb / secs:.2f} MB/s)")
    print(f"{'field':<16} {'P':>6} {'R':>6} {'F1':>6}")
    for f, s in totals.items():
        print(f"{f:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    if args.v:
        for (f, kind, k), n in sorted(misses.items()):
            print(f"  {f} {kind} x{n}: {k}")


if __name__ == "__main__":
    main()
