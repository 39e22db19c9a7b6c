"""Graph build and question timings: the seed gazettes, then a generated corpus of ~5,000 documents.

    python benchmarks/bench_graph.py [--docs 5000] [--seed 0] [--repeat 5] [--extract]

Targets (issue "The graph"): build under 30 s and every question under 200 ms on ~5,000 documents.
The corpus is built from its ground-truth records (benchmarks/corpus.py), so the timing is the graph's
own; ``--extract`` also times extraction + build from the generated text files.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regkg  # noqa: E402
import regkg.graph as graph  # noqa: E402

BUILD_TARGET_S = 30.0
QUESTION_TARGET_MS = 200.0
# Documents per generated gazette, roughly (used to size the corpus; the real count is printed).
DOCS_PER_GAZETTE = 50


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(_timed(fn)[0] for _ in range(repeat)) * 1000


def questions(kg: graph.KnowledgeGraph, repeat: int) -> dict[str, float]:
    """Median milliseconds of each question, on arguments picked from the graph itself."""
    view = kg.view
    repealed_doc = next(iter(sorted(view.into["repeals"])), None)
    busiest = max(sorted(view.out["based_on"]), key=lambda i: len(view.out["based_on"][i]), default=None)
    cited = max(sorted(view.into["based_on"]), key=lambda i: len(view.into["based_on"][i]), default=None)
    counts = Counter(o for d in view.duties for o in d.lead)
    department = view.org_name(counts.most_common(1)[0][0]) if counts else None
    task_word = view.duties[0].task[:4] if view.duties else "预警"
    as_of = kg.status_as_of or "2024-12-31"
    asks: dict[str, Callable[[], object]] = {
        "status": lambda: kg.status(repealed_doc or busiest, as_of=as_of),
        "repealed": lambda: kg.repealed(as_of=as_of),
        "lineage": lambda: kg.lineage(repealed_doc or busiest),
        "dependencies": lambda: kg.dependencies(busiest),
        "dependents": lambda: kg.dependents(cited),
        "dangling": lambda: kg.dangling(as_of=as_of),
        "departments": lambda: kg.departments(),
    }
    if department:
        asks["duties"] = lambda: kg.duties(department)
        asks["owners"] = lambda: kg.owners(task_word)
    return {name: _median_ms(fn, repeat) for name, fn in asks.items()}


def report(label: str, build_s: float, kg: graph.KnowledgeGraph, timings: dict[str, float], extra: str = "") -> bool:
    docs = sum(d.in_corpus for d in kg.view.docs.values())
    ok = build_s < BUILD_TARGET_S and all(ms < QUESTION_TARGET_MS for ms in timings.values())
    print(f"\n== {label}: {docs} documents, {len(kg.view.docs)} nodes, {len(kg.store)} triples")
    print(f"build {build_s:7.2f} s  (target < {BUILD_TARGET_S:g} s){extra}")
    for name, ms in timings.items():
        flag = "" if ms < QUESTION_TARGET_MS else "  OVER TARGET"
        print(f"  {name:<13}{ms:9.2f} ms{flag}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000, help="documents in the generated corpus (about)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5, help="runs per question (median reported)")
    parser.add_argument("--extract", action="store_true", help="also time extraction + build from the text files")
    args = parser.parse_args(argv)

    ok = True
    build_s, kg = _timed(lambda: regkg.build([ROOT / "samples"]))
    ok &= report("seed gazettes (extract + build)", build_s, kg, questions(kg, args.repeat))

    try:
        from benchmarks.corpus import generate
    except ImportError:
        print("\nbenchmarks/corpus.py not available: generated corpus skipped")
        return 0 if ok else 1
    with tempfile.TemporaryDirectory() as tmp:
        gen_s, manifest = _timed(lambda: generate(math.ceil(args.docs / DOCS_PER_GAZETTE), seed=args.seed, out_dir=tmp))
        print(f"\ngenerated {len(manifest.files)} gazettes, {manifest.counts.get('documents')} documents in {gen_s:.1f} s")
        records = list(manifest.records())
        build_s, kg = _timed(lambda: graph.build_records(records))
        write_s, _ = _timed(lambda: kg.write(Path(tmp) / "out"))
        load_s, loaded = _timed(lambda: graph.load(Path(tmp) / "out"))
        extra = f"\nwrite {write_s:7.2f} s  load {load_s:.2f} s"
        ok &= report("generated corpus (records -> graph)", build_s, kg, questions(kg, args.repeat), extra)
        if args.extract:
            files = [Path(tmp) / f for f in manifest.files]
            full_s, kg2 = _timed(lambda: regkg.build(files))
            report("generated corpus (extract + build)", full_s, kg2, questions(kg2, args.repeat))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
