"""Scale figures: extraction throughput, the cost curve of full builds (10, 100, 1,000 gazettes) with
rdflib's memory store and Oxigraph side by side, load time, SPARQL on each store, and the median of
every API question on the largest graph.

    python benchmarks/bench_scale.py [--sizes 10,100,1000] [--seed 1] [--jobs 2] [--work DIR]
    python benchmarks/bench_scale.py --graph OUTDIR [--repeat 5]   # load and questions of a built graph

Targets (issue "Scale"): extraction >= 1 MB/s per core; 1,000 gazettes (~150 MB, ~50,000 documents)
built in under 5 minutes with peak memory under 4 GB; each question under 100 ms median.
``--graph OUTDIR`` only loads a built folder and prints the load time and, per question, the first
call (which makes the question's index) and the median of the calls after it. Measured with
``python benchmarks/bench_scale.py --graph OUT`` on a 1,000-gazette corpus (``benchmarks/corpus.py 1000
DIR --seed 1``, 48,977 documents, 4.74 M triples, ``--store oxigraph:DIR``; 2 cores): load 39 s (88 s
before the view read graph.ttl instead of the on-disk store), every question's median under 75 ms.
Each build runs `regkg build` in a child process; its peak memory is the sum of the resident sizes
of that process and its workers, sampled every 0.1 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regkg.graph as graph  # noqa: E402
from benchmarks.bench_graph import questions  # noqa: E402
from benchmarks.corpus import generate  # noqa: E402

EXTRACT_TARGET_MB_S_PER_CORE = 1.0
BUILD_TARGET_S = 300.0
MEMORY_TARGET_MB = 4096.0
QUESTION_TARGET_MS = 100.0
TARGET_SIZE = 1000  # gazettes the build targets apply to
SAMPLE_INTERVAL_S = 0.1
STORES = ("memory", "oxigraph")
PATH_QUERY = ("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?s eli:id_local ?start . "
              "?s (eli:cites|eli:based_on|regkg:repliesTo)+ ?d } ")


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def run_measured(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB of the process tree, exit status) of a command."""
    start = time.perf_counter()
    process = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(SAMPLE_INTERVAL_S)
    err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode not in (0, 1):
        print(err[-2000:], file=sys.stderr)
    return time.perf_counter() - start, peak / 1e6, process.returncode


def extraction_rate(files: list[Path], jobs: int) -> tuple[float, float]:
    """(MB/s, seconds) extracting ``files`` in ``jobs`` processes."""
    from regkg.scale.extract import extract_all

    size = sum(f.stat().st_size for f in files) / 1e6
    seconds, _ = _timed(lambda: extract_all(files, jobs=jobs))
    return size / seconds, seconds


def store_figures(out: Path, store: str) -> dict[str, float]:
    """Load, count, path query and Turtle write on one store."""
    load_s, kg = _timed(lambda: graph.load(out, store=store))
    count_s, _ = _timed(lambda: kg.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    start = next(iter(sorted(kg.view.out["based_on"])), None)
    query = PATH_QUERY.replace("?s eli:id_local ?start . ?s", f"<{start}>") if start else PATH_QUERY
    path_s, _ = _timed(lambda: kg.sparql(query))
    write_s, _ = _timed(lambda: kg.to_turtle())
    return {"load_s": load_s, "count_s": count_s, "path_s": path_s, "turtle_s": write_s, "kg": kg}


def loaded_figures(out: Path, repeat: int) -> bool:
    """Load time of an output folder (as ``regkg.graph.load`` opens it) and, per question, the first
    call (which makes the question's index) and the median of ``repeat`` calls after it."""
    load_s, kg = _timed(lambda: graph.load(out))
    docs = sum(d.in_corpus for d in kg.view.docs.values())
    where = f"{kg.store.kind}:{kg.store.path}" if kg.store.path else kg.store.kind
    print(f"{out}: {docs} documents, {len(kg.store)} triples, store {where}; load {load_s:.1f} s")
    first = questions(kg, 1)
    timings = questions(kg, repeat)
    print(f"  {'question':<13}{'first':>10}{'median':>10}")
    for name, ms in timings.items():
        flag = "" if ms < QUESTION_TARGET_MS else "  OVER TARGET"
        print(f"  {name:<13}{first[name]:8.1f} ms{ms:8.2f} ms{flag}")
    return all(ms < QUESTION_TARGET_MS for ms in timings.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="gazettes per corpus, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None, help="extraction processes (default: one per core)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per question (median reported)")
    parser.add_argument("--work", type=Path, default=None, help="folder for corpora and outputs (default: a temp dir)")
    parser.add_argument("--graph", type=Path, default=None,
                        help="only load this output folder of `regkg build` and time the questions")
    args = parser.parse_args(argv)
    if args.graph:
        return 0 if loaded_figures(args.graph, args.repeat) else 1
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="regkg-bench-"))
    regkg = str(Path(sys.executable).with_name("regkg"))
    from regkg.scale.extract import default_jobs

    jobs = args.jobs or default_jobs()
    ok = True
    print(f"machine: {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 1e9:.0f} GB; --jobs {jobs}; work {work}")
    rows = []
    for n in sizes:
        corpus = work / f"corpus{n}"
        if not (corpus / "manifest.json").exists():
            gen_s, manifest = _timed(lambda: generate(n, seed=args.seed, out_dir=corpus))
            print(f"\ngenerated {n} gazettes in {gen_s:.1f} s")
        files = sorted(corpus.glob("*.txt"))
        mb = sum(f.stat().st_size for f in files) / 1e6
        if n == sizes[0] or n == 100:
            one, _ = extraction_rate(files[: max(1, min(len(files), 20))], 1)
            many, _ = extraction_rate(files, jobs)
            print(f"\nextraction ({n} gazettes, {mb:.1f} MB): {one:.2f} MB/s on 1 core, {many:.2f} MB/s with --jobs {jobs} "
                  f"({many / jobs:.2f} MB/s per core; target >= {EXTRACT_TARGET_MB_S_PER_CORE:g})")
            ok &= one >= EXTRACT_TARGET_MB_S_PER_CORE
        for store in STORES:
            out = work / f"out{n}-{store}"
            shutil.rmtree(out, ignore_errors=True)
            spec = store if store == "memory" else f"oxigraph:{work / f'store{n}'}"
            seconds, peak, status = run_measured([regkg, "build", str(corpus), "-o", str(out), "--jobs", str(jobs),
                                                  "--store", spec, "--no-progress"])
            figures = store_figures(out, None if store == "oxigraph" else "memory")
            kg = figures.pop("kg")
            docs = sum(d.in_corpus for d in kg.view.docs.values())
            rows.append((n, store, mb, docs, len(kg.store), seconds, peak, figures))
            print(f"\n{n:>5} gazettes {store:<9} {mb:7.1f} MB {docs:>7} docs {len(kg.store):>9} triples: "
                  f"build {seconds:7.1f} s, peak {peak:7.0f} MB (exit {status}); load {figures['load_s']:.2f} s, "
                  f"COUNT(*) {figures['count_s']:.2f} s, cites+ path {figures['path_s']:.3f} s, Turtle {figures['turtle_s']:.1f} s")
            if n >= TARGET_SIZE:
                ok &= seconds < BUILD_TARGET_S and peak < MEMORY_TARGET_MB
            if n == sizes[-1]:
                timings = questions(kg, args.repeat)
                for name, ms in timings.items():
                    flag = "" if ms < QUESTION_TARGET_MS else "  OVER TARGET"
                    print(f"    {name:<13}{ms:9.2f} ms{flag}")
                ok &= all(ms < QUESTION_TARGET_MS for ms in timings.values())
            del kg
    print("\ncost curve (build seconds / peak MB):")
    for store in STORES:
        print(f"  {store:<9}" + "  ".join(f"{n}: {s:.1f} s / {p:.0f} MB" for n, st, _, _, _, s, p, _ in rows if st == store))
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
