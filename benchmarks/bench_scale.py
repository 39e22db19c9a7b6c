"""Scale figures: the cost curve of builds (10 → 100 → 1,000 → 10,000 → 20,000 gazettes: time, peak
memory, index and graph.ttl sizes), and at each size every question asked cold — a new process that
opens the build's index (``regkg.load``) and answers — beside two baselines: a regex pass over
graph.ttl for the document's number (what a grep-like tool pays) and loading graph.ttl into rdflib
(at the sizes where that finishes), plus the in-process median of each question on the open index.

    python benchmarks/bench_scale.py [--sizes 10,100,1000] [--seed 1] [--jobs 2] [--work DIR]
    python benchmarks/bench_scale.py --graph OUTDIR [--repeat 5]   # cold and warm questions of a built folder
    python benchmarks/bench_scale.py --stores 1000000              # rdflib vs Oxigraph on synthetic triples
    python benchmarks/bench_scale.py --replicate OUT1000:20 --work DIR   # cold questions at 1 M documents
    python benchmarks/bench_scale.py --steps CORPUS [--work DIR]   # resident memory after each build step
    python benchmarks/bench_scale.py --update CORPUS [--work DIR]  # --update: one gazette added, edited, deleted

Targets (issue #11): a cold question ≤ 0.5 s at 50,000 documents and ≤ 1 s at 1 M; in-process medians
≤ 50 ms; a build's peak memory ≤ 2 GB, 1,000 gazettes ≤ 2 min; one gazette added with --update to a
50,000-document build ≤ 15 s. Each build runs `regkg build
--no-views` in a child process; its peak memory is the sum of the resident sizes of that process and
its workers, sampled every 0.1 s. Figures measured on this machine: the README, "Scale".
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
from benchmarks.corpus import generate  # noqa: E402

SAMPLE_INTERVAL_S = 0.1


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _resident(process: psutil.Process) -> int:
    """A process's share of the memory it holds (its proportional set size): a child forked from the
    build (the duties resolved aside, regkg/graph/duties_aside.py) shares its parent's pages until it
    writes to them, and summing resident sizes would count those pages twice. The resident size where
    the system gives no share."""
    try:
        return process.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):
        return process.memory_info().rss


def run_measured(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB of the process tree, exit status) of a command."""
    start = time.perf_counter()
    process = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(_resident(p) for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(SAMPLE_INTERVAL_S)
    err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode != 0:  # 1: some input unreadable, or an output error (a full disk): say which
        print(err[-2000:], file=sys.stderr)
    return time.perf_counter() - start, peak / 1e6, process.returncode


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


# How each question is asked (lists: their first page, as the CLI and the server show it), as source run in
# both places that ask: a new process (COLD), which imports only regkg as `regkg status` does, and this one
# (warm_figures), so that the two cannot ask differently.
ASK = """
def ask(kg, question, argument, page):
    as_of = kg.status_as_of or "2024-12-31"
    if question in ("repealed", "dangling"):
        return getattr(kg, question)(as_of=as_of, limit=page)
    if question in ("duties", "lineage", "dependencies", "dependents"):
        return getattr(kg, question)(argument, limit=page)
    if question == "status":
        return kg.status(argument, as_of=as_of)
    return getattr(kg, question)(argument)
"""
_asking: dict = {}
exec(ASK, _asking)
ask = _asking["ask"]
# The new process prints its own seconds and peak resident MB (VmHWM: ru_maxrss would count the
# benchmark's own memory, which a child keeps across exec).
COLD = ASK + """
import sys, time
started = time.perf_counter()
import regkg
kg = regkg.load(sys.argv[1])
ask(kg, sys.argv[2], sys.argv[3], int(sys.argv[4]))
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(time.perf_counter() - started, int(peak) / 1024)
"""
PAGE = 50  # the first page of a long list
RDFLIB_MAX_MB = 60.0  # graph.ttl sizes rdflib parses in about a minute (~1 M triples); above, skipped


def arguments(out: Path) -> dict[str, str]:
    """An argument for each question, picked from the index: a repealed document (status, lineage),
    the document citing most (dependencies), the most cited (dependents), the busiest lead department."""
    import sqlite3

    from regkg.graph.index import INDEX_FILE
    from regkg.graph.output_folder import current_build

    db = sqlite3.connect(f"file:{current_build(out) / INDEX_FILE}?mode=ro", uri=True)
    one = lambda q: (db.execute(q).fetchone() or ("",))[0]  # noqa: E731
    repealed = one("SELECT iri FROM repeal_events ORDER BY rank LIMIT 1")
    citing = one("SELECT s FROM edges WHERE relation = 'based_on' GROUP BY s ORDER BY COUNT(*) DESC, s LIMIT 1")
    cited = one("SELECT o FROM edges WHERE relation = 'based_on' GROUP BY o ORDER BY COUNT(*) DESC, o LIMIT 1")
    department = one("SELECT name FROM departments ORDER BY lead DESC, rank LIMIT 1")
    number = one(f"SELECT number FROM docs WHERE iri = '{repealed}'") or repealed
    return {"status": number, "lineage": number, "dependencies": citing, "dependents": cited,
            "duties": department, "repealed": "", "dangling": ""}


def cold_figures(out: Path, repeat: int = 3) -> dict[str, tuple[float, float, float]]:
    """Question -> (median seconds of a new process answering it, its peak MB, seconds inside it)."""
    figures = {}
    for question, argument in arguments(out).items():
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", COLD, str(out), question, argument, str(PAGE)],
                                  capture_output=True, text=True)
            wall = time.perf_counter() - start
            if done.returncode:
                print(done.stderr[-1000:], file=sys.stderr)
                break
            inside, peak = map(float, done.stdout.split())
            runs.append((wall, peak, inside))
        if runs:
            figures[question] = tuple(statistics.median(r[i] for r in runs) for i in range(3))
    return figures


def warm_figures(out: Path, repeat: int) -> dict[str, float]:
    """Question -> median milliseconds of ``repeat`` calls in one process on the open index."""
    kg = graph.load(out)
    return {question: statistics.median(_timed(lambda: ask(kg, question, argument, PAGE))[0] * 1000
                                        for _ in range(repeat))
            for question, argument in arguments(out).items()}


def baselines(out: Path, number: str) -> dict[str, float | None]:
    """Seconds of a regex pass over graph.ttl for ``number`` and of parsing graph.ttl into rdflib (None
    where graph.ttl is larger than :data:`RDFLIB_MAX_MB`)."""
    import re

    ttl = out / "graph.ttl"
    pattern = re.compile(re.escape(number))

    def scan() -> int:
        with ttl.open(encoding="utf-8") as handle:
            return sum(1 for line in handle if pattern.search(line))

    regex_s, _ = _timed(scan)
    rdflib_s = None
    if ttl.stat().st_size / 1e6 <= RDFLIB_MAX_MB:
        from rdflib import Graph

        rdflib_s, _ = _timed(lambda: Graph().parse(str(ttl), format="turtle"))
    return {"regex_s": regex_s, "rdflib_s": rdflib_s}


def print_questions(out: Path, repeat: int) -> None:
    """Cold and warm question figures of a built folder, with the baselines."""
    from regkg.graph.index import INDEX_FILE
    from regkg.graph.output_folder import current_build

    build = current_build(out)
    docs = graph.load(out).view.meta("in_corpus")
    index_mb = (build / INDEX_FILE).stat().st_size / 1e6
    ttl_mb = (build / "graph.ttl").stat().st_size / 1e6
    print(f"{out}: {docs} documents; index {index_mb:,.0f} MB, graph.ttl {ttl_mb:,.0f} MB")
    cold, warm = cold_figures(out), warm_figures(out, repeat)
    base = baselines(out, arguments(out)["status"])
    rdflib = f"{base['rdflib_s']:.1f} s" if base["rdflib_s"] is not None else "skipped"
    print(f"  baselines: regex pass over graph.ttl {base['regex_s']:.2f} s; graph.ttl into rdflib {rdflib}")
    print(f"  {'question':<13}{'cold':>9}{'peak':>9}{'in proc':>10}{'warm median':>13}")
    for question, (wall, peak, inside) in cold.items():
        print(f"  {question:<13}{wall:8.2f}s{peak:6.0f} MB{inside * 1000:8.0f} ms{warm[question]:10.2f} ms")


def replicate_index(source: Path, target: Path, copies: int) -> Path:
    """An index of ``copies`` × the documents of ``source``'s build (IRIs and numbers suffixed per copy;
    places, bodies and departments shared; no full-text tables), in ``target`` with a build.json that
    names it: the cold questions at national size (1 M documents from a 1,000-gazette build × 20)
    when the build itself cannot run there. Answers differ from a real corpus's; the work to find
    them (B-tree depth, file size, rows per answer) is the same."""
    import json
    import sqlite3
    from dataclasses import asdict

    from regkg.graph.index import INDEX_FILE, INDEXES, SCHEMA, index_digest
    from regkg.graph.index_write import EDGE_ROWS, rank_edges
    from regkg.graph.output_folder import current_build

    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    db = sqlite3.connect(target / INDEX_FILE, isolation_level=None)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;")
    db.executescript(SCHEMA)
    db.execute("ATTACH ? AS s", (str(current_build(source) / INDEX_FILE),))
    count = {t: db.execute(f"SELECT COUNT(*) FROM s.{t}").fetchone()[0]
             for t in ("duties", "duty_ranks", "repeal_events", "dangling_spans")}
    db.execute("BEGIN")
    db.execute(EDGE_ROWS)
    db.execute("INSERT INTO meta SELECT key, value FROM s.meta WHERE key NOT IN ('documents', 'in_corpus', 'triples')")
    db.execute("INSERT INTO meta SELECT key, CAST(value AS INTEGER) * ? FROM s.meta "
                "WHERE key IN ('documents', 'in_corpus', 'triples')", (copies,))
    for table in ("places", "sources", "orgs", "org_names", "departments", "warnings"):
        db.execute(f"INSERT INTO {table} SELECT * FROM s.{table}")
    db.execute("INSERT INTO facets SELECT facet, rank, value, label, count * ? FROM s.facets", (copies,))
    db.execute("INSERT INTO edge_groups SELECT relation, s_in, s_place, o_in, o_place, edges * ? FROM s.edge_groups",
               (copies,))
    db.execute("INSERT INTO repeal_years SELECT place, year, repeals * ? FROM s.repeal_years", (copies,))
    for c in range(copies):
        x = "" if c == 0 else f"-{c}"
        db.execute("INSERT INTO docs SELECT iri || ?1, number || ?1, title, alt_titles, date, kind, jurisdiction, "
                   "issuers, in_corpus, unresolved, start, until, notice || ?1, sources, repeal_from FROM s.docs", (x,))
        db.execute("INSERT INTO numbers SELECT number || ?1, iri || ?1 FROM s.numbers", (x,))
        db.execute("INSERT INTO pages SELECT iri || ?1, stem || ?1 FROM s.pages", (x,))
        db.execute("INSERT INTO titles SELECT key || ?1, iri || ?1 FROM s.titles", (x,))
        db.execute("INSERT INTO edge_rows SELECT relation, s || ?1, o || ?1 FROM s.edges", (x,))
        db.execute("INSERT INTO evidence(s, p, o, source, span_start, span_end, text, method, confidence, cue, "
                   "cited_as) SELECT s || ?1, p, CASE WHEN o LIKE 'http%' THEN o || ?1 ELSE o END, source, "
                   "span_start, span_end, text, method, confidence, cue, cited_as FROM s.evidence ORDER BY id", (x,))
        db.execute("INSERT INTO duties SELECT seq + ?2, iri || ?1, task, by_doc || ?1, lead, support, source, "
                   "span_start, span_end, text, method, confidence, cue, cited_as FROM s.duties",
                   (x, c * count["duties"]))
        db.execute("INSERT INTO duty_ranks SELECT rank + ?1, seq + ?2, role FROM s.duty_ranks",
                   (c * count["duty_ranks"], c * count["duties"]))
        db.execute("INSERT INTO duty_names SELECT name, place, rank + ?1, org FROM s.duty_names",
                   (c * count["duty_ranks"],))
        db.execute("INSERT INTO repeal_events SELECT rank + ?2, day, iri || ?1, repealer || ?1, effective "
                   "FROM s.repeal_events", (x, c * count["repeal_events"]))
        db.execute("INSERT INTO dangling_spans SELECT rank + ?2, first, last, citing || ?1, cited || ?1, relation "
                   "FROM s.dangling_spans", (x, c * count["dangling_spans"]))
    rank_edges(db)  # each edge ranked by its subject's label among all the copies' documents
    db.execute("COMMIT")
    db.execute("DETACH s")
    db.executescript(INDEXES)
    db.execute("ANALYZE")
    db.close()
    digest = asdict(index_digest(target / INDEX_FILE))
    triples = json.loads((current_build(source) / "build.json").read_text("utf-8")).get("triples")
    (target / "build.json").write_text(json.dumps({"files": {INDEX_FILE: digest},  # triples: what /healthz tells
                                                   "triples": triples and triples * copies}), "utf-8")
    return target


def _proc_status_mb(key: str) -> float:
    """A line of /proc/self/status (VmRSS: resident now, VmHWM: the peak since the last reset), in MB."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(key)) / 1024


def _reset_peak() -> None:
    """Start VmHWM again from the resident size now (Linux: /proc/PID/clear_refs)."""
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def step_memory(corpus: Path, out: Path) -> None:
    """Build ``corpus`` in this process (--jobs 1, no views) and print, as each step of the build ends
    (:class:`regkg.progress.Steps`: resolve, triples, view, store, Turtle, the files), its seconds, the
    resident size then and the step's own peak: where a build's memory goes, stage by stage."""
    from contextlib import contextmanager

    import regkg
    from regkg.progress import Steps

    plain_step = Steps.step
    first = [True]

    @contextmanager
    def measured_step(self, name: str, what: str = ""):
        if first[0]:
            first[0] = False
            print(f"  {'extract':<8}{'':<42}{'':>9}{_proc_status_mb('VmRSS'):9.0f} MB{_proc_status_mb('VmHWM'):9.0f} MB")
        _reset_peak()
        start = time.perf_counter()
        with plain_step(self, name, what):
            yield
        said = what() if callable(what) else what  # a step may say what it did once done
        print(f"  {name:<8}{said[:40]:<42}{time.perf_counter() - start:8.1f}s{_proc_status_mb('VmRSS'):9.0f} MB"
              f"{_proc_status_mb('VmHWM'):9.0f} MB", flush=True)

    print(f"{corpus} -> {out}, --jobs 1, no views")
    print(f"  {'step':<8}{'':<42}{'time':>9}{'resident':>12}{'step peak':>12}")
    _reset_peak()
    Steps.step = measured_step  # the benchmark's own process: the build's steps report as they end
    try:
        start = time.perf_counter()
        regkg.build([corpus], out, jobs=1, progress=False, views=False)
    finally:
        Steps.step = plain_step
    print(f"  build {time.perf_counter() - start:.1f} s")


def update_figures(corpus: Path, work: Path, jobs: int) -> None:
    """Time `regkg build --update` on ``corpus`` less its last gazette, built first (the baseline, in the
    same run): its last gazette added, then one gazette edited, then one deleted, each on the folder the
    step before left (a clerk's week)."""
    regkg = str(Path(sys.executable).with_name("regkg"))
    files = sorted(corpus.glob("*.txt"))
    inputs = work / f"update-{corpus.name}"
    out = work / f"update-out-{corpus.name}"
    shutil.rmtree(inputs, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    inputs.mkdir(parents=True)
    for f in files[:-1]:
        shutil.copy(f, inputs / f.name)
    common = ["--jobs", str(jobs), "--no-progress", "--no-views"]
    seconds, peak, status = run_measured([regkg, "build", str(inputs), "-o", str(out), *common])
    documents = int(graph.load(out).view.meta("in_corpus"))
    print(f"{corpus}: {len(files) - 1:,} gazettes ({documents:,} documents) built in {seconds:.1f} s"
          f" (peak {peak:.0f} MB, exit {status})")
    print(f"  {'--update':<34}{'time':>9}{'peak':>10}{'x build':>9}")

    def update(what: str) -> None:
        took, top, code = run_measured([regkg, "build", "--update", str(out), str(inputs), *common])
        print(f"  {what:<34}{took:8.1f}s{top:7.0f} MB{took / seconds:8.2f}x  (exit {code})", flush=True)

    shutil.copy(files[-1], inputs / files[-1].name)
    update(f"add {files[-1].name}")
    edited = inputs / files[len(files) // 2].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    update(f"edit {edited.name}")
    (inputs / files[0].name).unlink()
    update(f"delete {files[0].name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="gazettes per corpus, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None, help="extraction processes (default: one per core)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per question (median reported)")
    parser.add_argument("--work", type=Path, default=None, help="folder for corpora and outputs (default: a temp dir)")
    parser.add_argument("--graph", type=Path, default=None,
                        help="only time the questions of this output folder of `regkg build`")
    parser.add_argument("--stores", type=int, default=None, metavar="N",
                        help="only compare rdflib and Oxigraph on N synthetic triples")
    parser.add_argument("--replicate", default=None, metavar="OUT:K",
                        help="only time cold questions on OUT's index copied K times (into --work)")
    parser.add_argument("--steps", type=Path, default=None, metavar="CORPUS",
                        help="only build CORPUS in this process, printing memory after each step (Linux)")
    parser.add_argument("--update", type=Path, default=None, metavar="CORPUS",
                        help="only time --update on CORPUS: its last gazette added, one edited, one deleted")
    args = parser.parse_args(argv)
    if args.update:
        from regkg.scale.workers import default_jobs

        update_figures(args.update, args.work or Path(tempfile.mkdtemp(prefix="regkg-bench-")), args.jobs or default_jobs())
        return 0
    if args.steps:
        step_memory(args.steps, (args.work or Path(tempfile.mkdtemp())) / f"steps-{args.steps.name}")
        return 0
    if args.replicate:
        source, _, copies = args.replicate.rpartition(":")
        target = replicate_index(Path(source), (args.work or Path(tempfile.mkdtemp())) / f"replicated{copies}",
                                 int(copies))
        print(f"{target}: {graph.load(target).view.meta('in_corpus')} documents, "
              f"{(target / 'index.sqlite').stat().st_size / 1e9:.1f} GB")
        cold, warm = cold_figures(target), warm_figures(target, args.repeat)
        for question, (wall, peak, inside) in cold.items():
            print(f"  {question:<13}{wall:8.2f}s{peak:6.0f} MB{inside * 1000:8.0f} ms{warm[question]:10.2f} ms")
        return 0
    if args.graph:
        print_questions(args.graph, args.repeat)
        return 0
    if args.stores:
        compare_stores(args.stores)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="regkg-bench-"))
    regkg = str(Path(sys.executable).with_name("regkg"))
    from regkg.graph.index import INDEX_FILE
    from regkg.graph.output_folder import current_build
    from regkg.scale.workers import default_jobs

    jobs = args.jobs or default_jobs()
    print(f"machine: {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 1e9:.0f} GB; --jobs {jobs}; work {work}")
    curve = []
    for n in sizes:
        corpus = work / f"corpus{n}"
        if not (corpus / "manifest.json").exists():
            gen_s, _ = _timed(lambda: generate(n, seed=args.seed, out_dir=corpus))
            print(f"\ngenerated {n} gazettes in {gen_s:.1f} s")
        mb = sum(f.stat().st_size for f in corpus.glob("*.txt")) / 1e6
        out = work / f"out{n}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, peak, status = run_measured([regkg, "build", str(corpus), "-o", str(out), "--jobs", str(jobs),
                                              "--no-progress", "--no-views"])
        build = current_build(out)
        if status not in (0, 1) or not (build / INDEX_FILE).exists():  # exit 1 with no build: it could not write
            print(f"\n{n} gazettes: build failed (exit {status}) after {seconds:.0f} s, peak {peak:.0f} MB")
            break
        index_mb, ttl_mb = ((build / name).stat().st_size / 1e6 for name in (INDEX_FILE, "graph.ttl"))
        curve.append((n, mb, seconds, peak, index_mb, ttl_mb))
        print(f"\n{n:>6} gazettes ({mb:,.0f} MB): build {seconds:,.1f} s, peak {peak:,.0f} MB; "
              f"index {index_mb:,.0f} MB, graph.ttl {ttl_mb:,.0f} MB")
        print_questions(out, args.repeat)
    print("\ncost curve:")
    print(f"  {'gazettes':>8}{'input':>10}{'build':>10}{'peak':>10}{'index':>10}{'graph.ttl':>11}")
    for n, mb, seconds, peak, index_mb, ttl_mb in curve:
        print(f"  {n:>8}{mb:7.0f} MB{seconds:9.1f}s{peak:7.0f} MB{index_mb:7.0f} MB{ttl_mb:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
