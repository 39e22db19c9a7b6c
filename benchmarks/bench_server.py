"""`regkg serve` under load: latency of cheap SPARQL queries from concurrent clients, first on an
idle server, then while slow queries (minutes of work each) keep the server busy; or, with ``--pages``,
each page a clerk opens first, one after the other, with the server's resident memory after each.

    python benchmarks/bench_server.py [--graph OUTDIR] [--clients 8] [--slow 4] [--seconds 12] [--timeout 10]
    python benchmarks/bench_server.py --pages --graph OUTDIR [--skip /duties.html ...]

A real `regkg serve` runs in its own process on a free loopback port; the clients are threads of this
process sending plain HTTP (urllib), every loop bounded by ``--seconds``. Without ``--graph`` the
sample gazettes are built into a temporary folder first. Prints p50/p99/max of the cheap queries and
how the slow ones ended (503 at the deadline, or refused while the long-query lane is full).
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A cheap question: ten titles.
CHEAP = "SELECT ?doc ?title WHERE { ?d eli:id_local ?doc ; eli:title ?title } ORDER BY ?doc LIMIT 10"
# A slow one: a three-way cross product of every triple (minutes of work on the sample graph).
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# Seconds the server may take to load the graph and answer /healthz.
START_LIMIT_S = 120
# Seconds a client waits for any one answer before giving up (above any --timeout).
CLIENT_TIMEOUT_S = 700


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ask(base: str, query: str) -> tuple[int, str, float]:
    """(status, first line of the body, seconds) of one GET /sparql."""
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=CLIENT_TIMEOUT_S) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as err:
        status, body = err.code, err.read()
    text = body.decode("utf-8", "replace")
    return status, text.splitlines()[0] if text else "", time.perf_counter() - start


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _cheap_clients(base: str, clients: int, seconds: float) -> tuple[list[float], Counter]:
    latencies: list[float] = []
    statuses: Counter = Counter()
    end = time.perf_counter() + seconds

    def client() -> None:
        while time.perf_counter() < end:
            status, _line, elapsed = _ask(base, CHEAP)
            latencies.append(elapsed)
            statuses[status] += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, statuses


def _report(name: str, latencies: list[float], statuses: Counter) -> None:
    ms = [x * 1000 for x in latencies]
    print(f"  {name}: {len(ms)} queries, status {dict(statuses)}; p50 {statistics.median(ms):.0f} ms, "
          f"p99 {_percentile(ms, 99):.0f} ms, max {max(ms):.0f} ms")


def _built_samples() -> Path:
    out = Path(tempfile.mkdtemp(prefix="regkg-bench-server-"))
    subprocess.run([sys.executable, "-m", "regkg.cli", "build", str(ROOT / "samples"), "-o", str(out), "--no-views"],
                   check=True, stdout=subprocess.DEVNULL)
    return out


def _memory_mb(pid: int) -> tuple[float, float]:
    """(resident now, resident at most) of process ``pid``, in MB (Linux: /proc/PID/status)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _some_document(folder: Path) -> tuple[str, dict[str, str]]:
    """The 发文字号 of a document in the middle of ``folder``'s index, and the department with the most duties
    (its name and place, as /view asks for it)."""
    import sqlite3

    db = sqlite3.connect(f"file:{folder / 'index.sqlite'}?mode=ro", uri=True)
    (count,) = db.execute("SELECT COUNT(*) FROM docs WHERE in_corpus = 1 AND number IS NOT NULL").fetchone()
    (number,) = db.execute("SELECT number FROM docs WHERE in_corpus = 1 AND number IS NOT NULL ORDER BY iri "
                           "LIMIT 1 OFFSET ?", (count // 2,)).fetchone()
    name, place = db.execute("SELECT name, jurisdiction FROM departments ORDER BY lead + support DESC, rank LIMIT 1").fetchone()
    return number, {"department": name, **({"jurisdiction": place} if place else {})}


def _pages(folder: Path, server: subprocess.Popen, base: str, started: float, skip: list[str]) -> None:
    """Each page once (but those in ``skip``), in the order a clerk opens them, timed, with the server's memory
    after it."""
    number, department = _some_document(folder)
    pages = ["/", "/documents", "/search?" + urllib.parse.urlencode({"q": number[:4]}),
             "/doc/" + urllib.parse.quote(number, safe=""), "/doc?" + urllib.parse.urlencode({"ref": number}),
             "/view?" + urllib.parse.urlencode({"doc": number}), "/departments",
             "/view?" + urllib.parse.urlencode(department), "/index.html", "/graph.html",
             "/duties.html", "/report.html", "/worklist", "/overview"]
    now, peak = _memory_mb(server.pid)
    print(f"  {'ready (/healthz)':<46}{time.perf_counter() - started:8.2f} s{'':>10}{now:8.0f} MB{peak:8.0f} MB")
    for page in (p for p in pages if p.partition("?")[0] not in skip):
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(base + page, timeout=CLIENT_TIMEOUT_S) as response:
                status, size = response.status, len(response.read())
        except urllib.error.HTTPError as err:
            status, size = err.code, len(err.read())
        seconds = time.perf_counter() - start
        now, peak = _memory_mb(server.pid)
        shown = urllib.parse.unquote(page)
        print(f"  {shown[:40]:<40}{status:>6}{seconds:8.2f} s{size / 1e3:8.0f} kB{now:8.0f} MB{peak:8.0f} MB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="output folder of `regkg build` (default: the samples, built now)")
    parser.add_argument("--pages", action="store_true", help="time each page once, with the server's memory")
    parser.add_argument("--skip", action="append", default=[], metavar="PATH", help="with --pages: not this page")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients sending cheap queries")
    parser.add_argument("--slow", type=int, default=4, help="concurrent clients sending slow queries")
    parser.add_argument("--seconds", type=float, default=12.0, help="length of each phase")
    parser.add_argument("--timeout", type=float, default=10.0, help="the server's --timeout")
    args = parser.parse_args()

    folder = args.graph or _built_samples()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "regkg.cli", "serve", "-g", str(folder), "--port", str(port),
                               "--timeout", str(args.timeout)], stderr=subprocess.DEVNULL)
    try:
        deadline = time.perf_counter() + START_LIMIT_S
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:
                    triples = json.load(response)["triples"]
                break
            except OSError:
                if time.perf_counter() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.05)
        if args.pages:
            print(f"regkg serve {folder} ({triples} triples): each page once;  status, time, size, the server's "
                  "memory after it (resident, peak)")
            _pages(folder, server, base, started, args.skip)
            return
        print(f"regkg serve {folder} ({triples} triples), --timeout {args.timeout:g} s; "
              f"{args.clients} cheap clients, {args.slow} slow clients, {args.seconds:g} s per phase")

        _report("idle server", *_cheap_clients(base, args.clients, args.seconds))

        slow_answers: list[tuple[int, str, float]] = []
        stop = time.perf_counter() + args.seconds

        def slow_client() -> None:
            while time.perf_counter() < stop:
                slow_answers.append(_ask(base, SLOW))

        slow_threads = [threading.Thread(target=slow_client) for _ in range(args.slow)]
        for t in slow_threads:
            t.start()
        time.sleep(min(1.0, args.seconds / 4))  # the slow queries are running (or refused) by now
        _report(f"with {args.slow} slow clients", *_cheap_clients(base, args.clients, args.seconds - 1.0))
        for t in slow_threads:
            t.join()
        kinds = Counter((status, line.split(";")[0][:60]) for status, line, _s in slow_answers)
        print(f"  slow queries: {len(slow_answers)} answers, longest {max(s for *_x, s in slow_answers):.1f} s")
        for (status, line), n in kinds.most_common():
            print(f"    {n} x {status} {line}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
