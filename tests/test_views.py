"""Views: self-contained offline HTML, deterministic bytes, escaping of document text, the size
threshold, the written output folder, the CLI, and the notebook display."""

from __future__ import annotations

import re
import shutil
import time
from collections import Counter

import pytest
from click.testing import CliRunner

from regkg.views import (corpus, department, document_page, duty_network, network_html, neighbourhood,
                         report_html, show, write_all)
from regkg.orchestrate import source_texts
from regkg.views.layout import layout
from views_support import AS_OF, DOC, HOSTILE_TITLE, SAMPLES, hostile_kg, sample_kg, sample_outputs, synthetic_kg

# An external script or stylesheet: <script src="http…">, <link href="//…">, @import url(http…).
EXTERNAL = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//|@import|url\(\s*["']?(?:https?:)?//""", re.I)


def _scripts_and_styles(html: str) -> str:
    return " ".join(re.findall(r"<(?:script|link|style)\b[^>]*>", html, re.I))


@pytest.mark.parametrize("kind", ["corpus", "neighbourhood", "department", "page", "report"])
def test_views_are_self_contained(kind):
    kg = sample_kg()
    html = {
        "corpus": lambda: network_html(corpus(kg, as_of=AS_OF)),
        "neighbourhood": lambda: network_html(neighbourhood(kg, DOC, depth=2, as_of=AS_OF)),
        "department": lambda: network_html(department(kg, "市生态环境局", as_of=AS_OF)),
        "page": lambda: document_page(kg, DOC, as_of=AS_OF),
        "report": lambda: report_html(kg, as_of=AS_OF),
    }[kind]()
    assert not EXTERNAL.search(html)
    assert "http" not in _scripts_and_styles(html)
    if kind in ("corpus", "neighbourhood", "department"):
        assert "vis.Network" in html or "new vis.Network" in html
        assert len(re.findall(r"^<script\b", html, re.M)) == 3  # data, vis-network, regkg's view script: all inline


def test_same_graph_same_bytes():
    kg = sample_kg()
    assert network_html(corpus(kg, as_of=AS_OF)) == network_html(corpus(kg, as_of=AS_OF))
    assert document_page(kg, DOC, as_of=AS_OF) == document_page(kg, DOC, as_of=AS_OF)
    assert report_html(kg, as_of=AS_OF) == report_html(kg, as_of=AS_OF)
    assert layout(["a", "b", "c"], [("a", "b")]) == layout(["a", "b", "c"], [("a", "b")])


def test_pages_written_by_several_processes_are_the_same_files(tmp_path, monkeypatch):
    from regkg.views import write as write_module

    kg = sample_kg()
    serial = write_all(kg, tmp_path / "one", as_of=AS_OF, sources=source_texts(kg.input_paths), jobs=1)
    monkeypatch.setattr(write_module, "_PARALLEL_PAGES", 0)  # the seeds have fewer pages than the threshold
    monkeypatch.setattr(write_module, "_PAGES_PER_TASK", 7)
    parallel = write_all(kg, tmp_path / "two", as_of=AS_OF, sources=source_texts(kg.input_paths), jobs=2)
    assert [p.relative_to(tmp_path / "one") for p in serial] == [p.relative_to(tmp_path / "two") for p in parallel]
    pages = sorted((tmp_path / "one" / "docs").glob("*.html"))
    assert len(pages) > 100
    for page in pages:
        assert page.read_bytes() == (tmp_path / "two" / "docs" / page.name).read_bytes()


def test_neighbourhood_holds_lineage_citations_issuer_and_rules():
    kg = sample_kg()
    scope = neighbourhood(kg, DOC, depth=1, as_of=AS_OF)
    relations = {e.relation for e in scope.edges}
    assert {"cites", "based_on", "repeals", "issues", "attaches"} <= relations
    assert "泸市府办发〔2022〕14号" in {n.label for n in scope.nodes.values()}  # the edition it repealed
    focus = scope.nodes[scope.focus]
    assert focus.label == DOC and focus.status == "in_force" and "status on 2025-06-01" in focus.tooltip
    assert any(n.kind == "rule" for n in scope.nodes.values())
    assert any(n.kind == "department" and "办公室" in n.label for n in scope.nodes.values())


@pytest.mark.parametrize("render", [
    lambda kg: network_html(corpus(kg, as_of=AS_OF)),
    lambda kg: network_html(department(kg, "市生态环境局", as_of=AS_OF)),
    lambda kg: document_page(kg, "泸市府发〔2024〕2号", as_of=AS_OF),
    lambda kg: document_page(kg, "泸市府发〔2019〕1号", as_of=AS_OF),
    lambda kg: report_html(kg, as_of=AS_OF),
])
def test_text_from_documents_is_escaped(render):
    html = render(hostile_kg())
    for needle in ("<script>alert", "</script><script>", "<img src=x", "<b>印发</b>", "</textarea><img"):
        assert needle not in html
    # our own three inline scripts at most, none of them opened by document text
    assert len(re.findall(r"^<script\b", html, re.M)) <= 3


def test_hostile_title_shows_as_text_on_the_page():
    html = document_page(hostile_kg(), "泸市府发〔2024〕2号", as_of=AS_OF)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;办法 &amp; &lt;/textarea&gt;" in html


def test_big_corpus_shows_the_overview_and_says_where_the_app_takes_over():
    kg = sample_kg()
    scope = corpus(kg, as_of=AS_OF, max_nodes=50)
    assert scope.note and "more than the 50" in scope.note and "run `regkg serve`" in scope.note
    assert [n.tooltip for n in scope.nodes.values()] == [
        "(outside the inputs)\n233 documents\nrepealed: 8\nunknown: 225",
        "临汾市\n14 documents\nexpired: 1\nin force: 13",
        "吕梁市\n11 documents\nin force: 11",
        "泸州市\n25 documents\nin force: 24\nunknown: 1",  # the forwarded measures print no date
    ]
    tooltips = [e.tooltip for e in scope.edges]
    assert "泸州市 repeals (outside the inputs): 4" in tooltips and "临汾市 based on 临汾市: 1" in tooltips
    html = network_html(scope)
    assert "more than the 50" in html and "<strong>for a corpus this size, run <code>regkg serve</code></strong>" in html


def test_big_duty_network_keeps_the_busiest_departments_and_says_so():
    kg = sample_kg()
    whole = duty_network(kg, as_of=AS_OF)
    assert not whole.note and len(whole.nodes) > 60
    scope = duty_network(kg, as_of=AS_OF, max_nodes=60)
    assert scope.note and "more than the 60" in scope.note and len(scope.nodes) <= 60
    documents = Counter(org for by, org in {(d.by, o) for d in kg.view.duties for o in {*d.lead, *d.support}})
    kept = {n for n in scope.nodes if n in kg.view.orgs}
    busiest = max(documents.values())
    assert kept and any(documents[o] == busiest for o in kept)  # the busiest department is always there
    assert len(kept) < len(documents)
    assert {e.target for e in scope.edges} <= kept  # no edge to a department left out


def test_two_thousand_nodes_render_in_seconds():
    kg = synthetic_kg()
    start = time.perf_counter()
    scope = corpus(kg, as_of=AS_OF)
    html = network_html(scope)
    elapsed = time.perf_counter() - start
    assert len(scope.nodes) >= 1900 and not scope.note
    assert '"physics": {"enabled": false}' in html  # positions precomputed: no stabilisation in the browser
    assert elapsed < 15, elapsed


def test_document_page_shows_status_lineage_and_evidence_in_context():
    out = sample_outputs()
    html = (out / "docs" / "doc_泸市府办发〔2024〕44号.html").read_text(encoding="utf-8")
    assert "in force</span>" in html and "on 2025-06-01" in html
    assert "泸市府办发〔2022〕14号" in html and "<strong>repeals</strong>" in html
    assert 'class="ev"' in html and "ent-DOCNUM" in html  # evidence found in the input and marked
    assert "input text not available" not in html
    assert 'href="doc_泸市府办发〔2022〕14号.html"' in html  # links to the neighbours' pages


def test_a_cited_documents_page_shows_the_first_of_each_relation_and_counts_all(monkeypatch):
    # a national law is cited by tens of thousands: its page reads and shows the first rows of each relation
    from regkg.graph import load
    from regkg.views import page as page_module

    kg = sample_kg()
    indexed = load(sample_outputs())
    hub = max(sorted(kg.view.docs), key=lambda iri: len(kg.view.into["cites"].get(iri, ())))
    cited_by = len(kg.view.into["cites"][hub])
    assert cited_by >= 3
    monkeypatch.setattr(page_module, "MAX_ROWS", 2)
    html = document_page(kg, hub, as_of=AS_OF)
    assert html == document_page(indexed, hub, as_of=AS_OF)  # the index counts and cuts as memory does
    shown = int(re.search(r"Direct relations \((\d+)\)", html).group(1))
    assert shown >= cited_by and f" of {shown} shown: the first 2 of each relation" in html
    assert html.count(">cited by</span>") == 2


def test_a_long_lineage_is_drawn_around_the_document(tmp_path, monkeypatch):
    # 1,942 editions chain into one lineage at 10,000 generated gazettes: a page shows the steps around
    # its document, read a page at a time from the index, and a neighbourhood draws as many as it holds
    from regkg.graph import build_records, load
    from regkg.views import page as page_module

    numbers = [f"泸市府办发〔{2000 + i}〕1号" for i in range(40)]
    built = build_records([{"source": f"{i:02}.txt", "jurisdiction": "泸州市",
                            "documents": [{"doc_number": n, "title": f"第{i}号规则", "date": f"{2000 + i}-01-01"}],
                            "repeals": [{"by": n, "target_number": numbers[i - 1], "evidence": "同时废止。",
                                         "cue": "同时废止"}] if i else []} for i, n in enumerate(numbers)])
    built.write(tmp_path / "out")
    monkeypatch.setattr(page_module, "MAX_ROWS", 6)
    html = document_page(built, numbers[30], as_of=AS_OF)
    assert html == document_page(load(tmp_path / "out"), numbers[30], as_of=AS_OF)
    assert "Steps 27–32 of 39 shown, around this document" in html and html.count('<li class="current">') == 2
    steps = re.findall(r"<li[^>]*>(.*?)</li>", html.split('class="lineage"')[1].split("</ol>")[0])
    assert [re.findall(r">泸市府办发〔(\d+)〕1号<", step) for step in steps] == [[str(2027 + k), str(2026 + k)] for k in range(6)]
    first = document_page(built, numbers[2], as_of=AS_OF)
    assert "Steps 1–6 of 39 shown" in first
    scope = neighbourhood(built, numbers[30], depth=1, max_nodes=8, as_of=AS_OF)
    iri = {n: built.view.find(n).iri for n in numbers}
    assert {iri[numbers[29]], iri[numbers[30]], iri[numbers[31]]} <= set(scope.nodes)
    assert iri[numbers[0]] not in scope.nodes  # the steps around it, not the chain's first


def test_write_all_writes_every_view(tmp_path):
    out = sample_outputs()
    names = {p.name for p in out.iterdir()}
    assert {"graph.html", "duties.html", "report.html", "index.html", "sources.json", "docs"} <= names
    pages = list((out / "docs").glob("*.html"))
    assert len(pages) == len(sample_kg().view.docs)
    assert not list(out.rglob("*.tmp"))
    report = (out / "report.html").read_text(encoding="utf-8")
    assert report.count("<svg") == 3 and "Duties: departments × documents" in report


def test_cli_view_writes_a_neighbourhood(tmp_path):
    import regkg.cli.view_cmds  # noqa: F401  (registered by regkg.cli once wired in)
    from regkg.cli import cli

    out = sample_outputs()
    target = tmp_path / "n.html"
    result = CliRunner().invoke(cli, ["view", "--doc", DOC, "--depth", "2", "-g", str(out), "-o", str(target),
                                      "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    html = target.read_text(encoding="utf-8")
    assert f"{DOC} — neighbourhood, depth 2" in html
    assert '"url": "' in html and "/docs/doc_" in html
    bad = CliRunner().invoke(cli, ["view", "--doc", "不存在〔2099〕1号", "-g", str(out), "-o", str(target)])
    assert bad.exit_code == 1 and "no document" in bad.output


def test_notebook_display_is_a_sandboxed_iframe():
    shown = show(sample_kg(), doc=DOC, depth=1, as_of=AS_OF)
    markup = shown._repr_html_()
    assert markup.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in markup
    assert "<script" not in markup.split('srcdoc="', 1)[1].split('"', 1)[0]  # all escaped inside srcdoc


def test_hostile_title_in_titles_is_not_html_in_the_tooltip_data():
    html = network_html(corpus(hostile_kg(), as_of=AS_OF))
    data = re.search(r'<script type="application/json" id="regkg-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in data and "\\u003cscript\\u003e" in data
    assert HOSTILE_TITLE.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace('"', '\\"') in data


# (typed in a search box, what fold.js looks for) — the folding table comes from regkg.keys, so a number
# typed any way is looked for in the canonical form `regkg status` finds it by.
TYPED = [
    ("泸市府办发[2022]67号", ["泸市府办发[2022]67号", "泸市府办发〔2022〕67号"]),
    ("瀘市府辦發〔2024〕9號", ["泸市府办发〔2024〕9号"]),
    ("泸市府办发（２０２２）６７", ["泸市府办发(2022)67", "泸市府办发〔2022〕67号"]),
    ("泸市府办发 ﹝2022﹞ 67 号", ["泸市府办发〔2022〕67号"]),
    ("闽政[1998]文333", ["闽政[1998]文333", "闽政〔1998〕文333号"]),
    ("应急 预案", ["应急预案"]),
]
NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install -y nodejs)")
def test_fold_js_folds_a_typed_number_as_regkg_keys_does(tmp_path):
    import json
    import subprocess

    from regkg.keys.numbers import canonical
    from regkg.views.assets import static
    from regkg.views.search_fold import fold_data

    script = tmp_path / "fold.js"
    script.write_text(static("fold.js") + "\nconst f = regkgFold(JSON.parse(require('fs').readFileSync(0, 'utf8')));\n"
                      f"console.log(JSON.stringify({json.dumps([t for t, _ in TYPED], ensure_ascii=False)}.map(f.variants)));\n",
                      encoding="utf-8")
    run = subprocess.run([NODE, str(script)], input=json.dumps(fold_data(), ensure_ascii=False), capture_output=True,
                         text=True, encoding="utf-8", check=True)
    assert json.loads(run.stdout) == [variants for _, variants in TYPED]
    for typed, variants in TYPED:  # the canonical form the browser looks for is the one the CLI finds
        assert canonical(typed) in (None, variants[-1]) and (canonical(typed + "号") or variants[-1]) == variants[-1]


def test_index_has_status_badges_a_filter_and_the_fold_table():
    html = (sample_outputs() / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-status="([a-z_]+)" data-place="([^"]*)">.*?<a href="docs/[^"]+">([^<]+)</a>', html)
    assert len(rows) == 50 and Counter(status for status, _, _ in rows) == {"in_force": 48, "expired": 1, "unknown": 1}
    assert ("expired", "临汾市", "临政通告〔2023〕2号") in rows
    assert '<select id="status">' in html and '<option value="expired">expired</option>' in html
    assert '<option value="泸州市">泸州市</option>' in html and 'id="find"' in html
    assert '"瀘": "泸"' in html and "function regkgFold" in html  # the fold table shipped as data
    assert "script-src 'unsafe-inline'" in html and not EXTERNAL.search(html)


@pytest.mark.parametrize("page", ["index.html", "graph.html", "duties.html", "report.html"])
def test_every_static_page_says_where_the_app_takes_over(page):
    html = (sample_outputs() / page).read_text(encoding="utf-8")
    assert "<code>regkg serve -g OUTPUT</code> opens the workbench" in html
    assert "for a corpus this size" not in html  # 50 documents: the export is enough



def test_the_duty_matrix_does_not_hang_on_the_order_duties_are_counted_in(monkeypatch):
    """A build with its duties on disk counts them by SQL, in another order than the view's loop: the
    report's matrix (its busiest departments and documents) is the same either way, ties broken by IRI
    (two places' 生态环境部门, one duty each, are one name and one load)."""
    from regkg.graph.api import build_records
    from regkg.graph.duty_counts import DutyList
    from regkg.views.report_page import duty_matrix

    def record(source, place, number):
        return {"source": source, "jurisdiction": place,
                "documents": [{"doc_number": number, "title": f"{place}关于加强监测的通知", "date": "2024-01-02"}],
                "duties": [{"by": number, "task": "加强监测", "lead": ["生态环境部门"], "support": [],
                            "evidence": "由生态环境部门负责加强监测。"}]}

    kg = build_records([record("a.txt", "泸州市", "泸市府发〔2024〕1号"), record("b.txt", "临汾市", "临政发〔2024〕1号")])
    bodies = kg.view.duty_counts().body_loads()
    assert len(bodies) == 2 and len({kg.view.org_name(org) for org in bodies}) == 1
    counted = duty_matrix(kg)
    monkeypatch.setattr(kg.view, "duty_counts", lambda: DutyList(list(reversed(kg.view.duties))))
    assert duty_matrix(kg) == counted


def test_the_report_lists_the_first_rows_and_counts_them_all(monkeypatch):
    """The report's lists stop at REPORT_ROWS (8,048 repealed documents made a 10 MB page at 1,000
    gazettes) and say how many there are and where the rest are."""
    import regkg.views.report_page as report_page

    kg = sample_kg()
    repealed, dangling = kg.repealed(as_of=AS_OF), kg.dangling(as_of=AS_OF)
    assert len(repealed) > 3 and len(dangling) == 1
    monkeypatch.setattr(report_page, "REPORT_ROWS", 3)
    html = report_page.report_html(kg, as_of=AS_OF)
    shown = html.split("<h2>Repealed")[1].split("<h2>")[0]
    assert f"on {AS_OF} ({len(repealed)})" in shown and "The first 3," in shown and shown.count("<tr>") == 4
    assert all(r.document in shown for r in repealed[:3]) and repealed[3].document not in shown
    listed = html.split("<h2>Dangling")[1]
    assert f"on {AS_OF} (1)" in listed and "The first" not in listed and listed.count("<tr>") == 2
