"""Scale figures: extraction throughput, the cost curve of full builds (10, 100, 1,000 gazettes) with
rdflib's memory store and Oxigraph side by side, load time, SPARQL on each store, and the median of
every API question on the largest graph.

    python benchmarks/bench_scale.py [--sizes 10,100,1000] [--seed 1] [--jobs 2] [--work DIR]
    python benchmarks/bench_scale.py --graph OUTDIR [--repeat 5]   # load and questions of a built graph
    python benchmarks/bench_scale.py --stores 1000000              # rdflib vs Oxigraph on synthetic triples

Targets (issue "Scale"): extraction >= 1 MB/s per core; 1,000 gazettes (~150 MB, ~50,000 documents)
built in under 5 minutes with peak memory under 4 GB; each question under 100 ms median.
``--graph OUTDIR`` only loads a built folder and prints the load time and, per question, the first
call (which makes the question's index) and the median of the calls after it. Measured with
``python benchmarks/bench_scale.py --graph OUT`` on a 1,000-gazette corpus (``benchmarks/corpus.py 1000
DIR --seed 1``, 48,977 documents, 4.74 M triples, ``--store oxigraph:DIR``; 2 cores): load 39 s (88 s
before the view read graph.ttl instead of the on-disk store), every question's median under 75 ms.
Each build runs `regkg build --no-views` in a child process; its peak memory is the sum of the
resident sizes of that process and its workers, sampled every 0.1 s. The targets are the graph's: the
HTML views are written after each Oxigraph build and timed on their own.
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
from regkg.views import write_all  # noqa: E402

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


def synthetic_rows(n: int, seed: int = 1) -> list[tuple[str, str, str, str]]:
    """``n`` triples shaped like regkg's: documents with a number, a title, a date, a type and citations."""
    import random

    from regkg.graph.terms import IRI, XSD_STRING

    rng = random.Random(seed)
    base, eli, rdf_type = "https://w3id.org/regkg/id/doc/", "http://data.europa.eu/eli/ontology#", \
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    docs = max(26, n // 5)

    def number(i: int) -> str:
        return f"府发〔{2000 + i % 25}〕{i}号"

    def earlier(i: int) -> int:
        """A document of an earlier year (as citations go: chains are years deep, not thousands;
        rdflib walks a path recursively and overflows on long ones)."""
        return rng.randrange(max(1, docs // 25)) * 25 + rng.randrange(i % 25)

    rows = []
    for i in range(docs):
        d = base + number(i)
        rows += [(d, rdf_type, f"{eli}LegalResource", IRI), (d, f"{eli}id_local", number(i), XSD_STRING),
                 (d, f"{eli}title", f"关于印发第{i}号办法的通知", XSD_STRING),
                 (d, f"{eli}date_document", f"{2000 + i % 25}-0{1 + i % 9}-1{i % 10}", "http://www.w3.org/2001/XMLSchema#date"),
                 *((d, f"{eli}cites", base + number(earlier(i)), IRI) for _ in range(2 if i % 25 else 0))]
    return rows[:n]


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1e6


def _store_side(kind: str, n: int, queue) -> None:
    """In a child process (so memory is its own): add ``n`` synthetic triples to one store and time
    what the issue lists."""
    import gc

    import pyoxigraph as ox

    from regkg.graph.store import MemoryStore, OxigraphStore

    rows = synthetic_rows(n)
    gc.collect()
    before = _rss_mb()
    store = MemoryStore() if kind == "rdflib" else OxigraphStore()
    if kind == "rdflib":  # rdflib's indexed Graph is what answers SPARQL; build it as part of adding
        add_s, _ = _timed(lambda: (store.add(rows), store.rdflib_graph()))
    else:
        add_s, _ = _timed(lambda: store.add(rows))
    del rows
    gc.collect()
    memory = _rss_mb() - before
    count_s, _ = _timed(lambda: store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    start = "<https://w3id.org/regkg/id/doc/府发〔2024〕24号>"  # of the last year: its chain reaches back 24
    path_s, _ = _timed(lambda: store.query(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ {start} eli:cites+ ?d }}"))
    if kind == "rdflib":
        write_s, text = _timed(lambda: store.rdflib_graph().serialize(format="turtle"))
        from rdflib import Graph

        parse_s, _ = _timed(lambda: Graph().parse(data=text, format="turtle"))
    else:
        write_s, data = _timed(lambda: store.ox_store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
        parse_s, _ = _timed(lambda: ox.Store().load(data, format=ox.RdfFormat.TURTLE))
    queue.put({"add_s": add_s, "memory_mb": memory, "count_s": count_s, "path_s": path_s,
               "turtle_write_s": write_s, "turtle_parse_s": parse_s})


def compare_stores(n: int) -> None:
    """rdflib's memory store and Oxigraph side by side on ``n`` synthetic triples (each in its own
    process): what ``--store auto`` decides on."""
    import multiprocessing
    from queue import Empty

    context = multiprocessing.get_context("fork")
    print(f"{n:,} synthetic triples, each store in its own process:")
    print(f"  {'store':<9}{'add':>9}{'memory':>10}{'COUNT(*)':>10}{'cites+':>9}{'Turtle write':>14}{'parse':>9}")
    for kind in ("rdflib", "oxigraph"):
        queue = context.Queue()
        child = context.Process(target=_store_side, args=(kind, n, queue))
        child.start()
        f = None
        while f is None and (child.is_alive() or not queue.empty()):
            try:
                f = queue.get(timeout=1)
            except Empty:
                pass
        child.join()
        if f is None:
            print(f"  {kind:<9}failed (exit {child.exitcode}; see above)")
            continue
        print(f"  {kind:<9}{f['add_s']:8.1f}s{f['memory_mb']:7.0f} MB{f['count_s']:9.2f}s{f['path_s']:8.3f}s"
              f"{f['turtle_write_s']:13.1f}s{f['turtle_parse_s']:8.1f}s")


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
    parser.add_argument("--stores", type=int, default=None, metavar="N",
                        help="only compare rdflib and Oxigraph on N synthetic triples")
    args = parser.parse_args(argv)
    if args.graph:
        return 0 if loaded_figures(args.graph, args.repeat) else 1
    if args.stores:
        compare_stores(args.stores)
        return 0
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
                                                  "--store", spec, "--no-progress", "--no-views"])
            figures = store_figures(out, None if store == "oxigraph" else "memory")
            kg = figures.pop("kg")
            docs = sum(d.in_corpus for d in kg.view.docs.values())
            rows.append((n, store, mb, docs, len(kg.store), seconds, peak, figures))
            print(f"\n{n:>5} gazettes {store:<9} {mb:7.1f} MB {docs:>7} docs {len(kg.store):>9} triples: "
                  f"build {seconds:7.1f} s, peak {peak:7.0f} MB (exit {status}); load {figures['load_s']:.2f} s, "
                  f"COUNT(*) {figures['count_s']:.2f} s, cites+ path {figures['path_s']:.3f} s, Turtle {figures['turtle_s']:.1f} s")
            if n >= TARGET_SIZE:
                ok &= seconds < BUILD_TARGET_S and peak < MEMORY_TARGET_MB
            if store == "oxigraph":  # the HTML views, written apart from the build they follow
                views_s, written = _timed(lambda: write_all(kg, out, inputs=[corpus], jobs=jobs))
                print(f"      views: {len(written)} files in {views_s:.1f} s ({views_s / max(1, len(written)) * 1000:.1f} ms "
                      f"a file with --jobs {jobs})")
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
