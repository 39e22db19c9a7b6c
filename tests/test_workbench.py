"""The workbench pages of ``regkg serve`` (regkg/server/workbench.py) on the sample build, through
Starlette's TestClient: search by a number typed any way, the documents table's filters and pages
checked against the question functions, the 清理 work list and its CSV and XLSX, the document page
and its neighbourhood, departments, the overview, and the headers every page carries.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from urllib.parse import quote, unquote
from xml.etree import ElementTree

import pytest

import regkg
from regkg import graph
from regkg.graph.status import STATES
from regkg.server import Settings, create_app
from regkg.server.catalogue import DocFilter, documents, number_prefix
from regkg.server.workbench import doc_path
from regkg.server.worklist import COLUMNS, WorkFilter, work_page

from views_support import AS_OF

starlette_testclient = pytest.importorskip("starlette.testclient")

REPEALED = "泸市府办发〔2022〕67号"  # repealed by 泸市府办发〔2024〕41号 from 2024-11-08
REPEALER = "泸市府办发〔2024〕41号"
IN_FORCE_CITING = "泸市府办发〔2024〕39号"  # in force, cites the repealed 泸市府办发〔2022〕14号
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture(scope="module")
def kg(sample_outputs):
    return graph.load(sample_outputs)


@pytest.fixture(scope="module")
def client(kg):
    app = create_app(kg, settings=Settings(as_of=AS_OF))
    with starlette_testclient.TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def _text(html: str) -> str:
    """A page's visible text, tags dropped and entities of the sentences kept as typed."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<style>.*?</style>", "", html, flags=re.S))


@pytest.mark.parametrize("typed", [
    "泸市府办发[2022]67号",  # ASCII brackets
    "泸市府办发〔2022〕67",  # 号 left off
    "泸市府办发［２０２２］６７号",  # full width
    " 泸市府办发 (2022) 67 号 ",  # spaces and round brackets
    "瀘市府辦發〔2022〕67號",  # traditional script
])
def test_a_number_typed_any_way_opens_its_page(client, typed):
    reply = client.get("/search", params={"q": typed}, follow_redirects=False)
    assert reply.status_code == 303
    assert unquote(reply.headers["location"]) == f"/doc/{REPEALED}"


def test_search_to_the_page_shows_repealed_and_the_sentence(client, kg):
    reply = client.get("/search", params={"q": "泸市府办发[2022]67号"})
    assert reply.status_code == 200 and unquote(str(reply.url.path)) == f"/doc/{REPEALED}"
    said = regkg.status(kg, REPEALED, as_of=AS_OF)
    text = _text(reply.text)
    assert f"repealed\n  on {AS_OF} — repealed by {REPEALER}, in effect from 2024-11-08" in text
    assert said.evidence and said.evidence[0].text in reply.text  # the repeal sentence, in its paragraph
    assert 'id="draw"' in reply.text and "/neighbourhood.json" in reply.text


@pytest.mark.parametrize("typed, number, why", [
    ("泸市府办发〔2022〕68号", "泸市府办发〔2022〕67号", "same code and year"),  # serial one off
    ("沪市府办发〔2024〕41号", REPEALER, "code one character apart"),  # 泸 misread as 沪
])
def test_a_near_miss_gets_did_you_mean(client, typed, number, why):
    reply = client.get("/search", params={"q": typed})
    assert reply.status_code == 200 and "Did you mean" in reply.text
    line = next(li for li in re.findall(r"<li>.*?</li>", reply.text, re.S) if number in li)
    assert f"({why})" in line


def test_text_and_number_prefix_search(client, kg):
    reply = client.get("/search", params={"q": "重污染天气应急预案"})
    rows = re.findall(r'<tr><td><span class="badge"[^>]*>([^<]+)</span></td><td><a href="([^"]+)"', reply.text)
    assert ("repealed", "/doc/" + quote("泸市府办发〔2022〕14号", safe="")) in rows
    assert all(kg.find(unquote(href[5:])).title for _, href in rows)
    # a number's start, brackets typed otherwise, lists the numbers starting so
    hits = [unquote(h[5:]) for h in re.findall(r'href="(/doc/[^"]+)"', client.get("/search", params={"q": "泸市府办发[2024]"}).text)]
    assert {REPEALER, IN_FORCE_CITING} <= set(hits)
    assert all(h.startswith("泸市府办发〔2024〕") for h in number_prefix(kg.view, "泸市府办发[2024]", 50) for h in [kg.view.docs[h].number])


def test_the_state_sql_agrees_with_status(kg):
    view = kg.view
    for day in ("2019-01-01", "2022-06-01", AS_OF, "2030-01-01"):
        by_sql = {row.iri: row.state for row in documents(view, DocFilter(day=day, outside=True), size=10_000).rows}
        assert by_sql, day
        for iri, state in by_sql.items():
            assert state == regkg.status(kg, iri, as_of=day).state, (day, iri)


def _listed(client, **params) -> list[tuple[str, str]]:
    """(status label, number) of each row of /documents with ``params``."""
    reply = client.get("/documents", params=params)
    assert reply.status_code == 200, reply.text
    return [(state, unquote(href[5:])) for state, href in
            re.findall(r'<tr><td><span class="badge"[^>]*>([^<]+)</span></td><td class="nowrap"><a href="([^"?]+)', reply.text)]


@pytest.mark.parametrize("params, check", [
    ({"status": "repealed", "outside": "1"}, lambda kg, d: regkg.status(kg, d.iri, as_of=AS_OF).state == "repealed"),
    ({"status": "in_force", "as_of": "2023-01-01"}, lambda kg, d: regkg.status(kg, d.iri, as_of="2023-01-01").state == "in_force"),
    ({"year": "2024"}, lambda kg, d: (d.date or "").startswith("2024")),
    ({"issuer": "泸州市人民政府办公室"}, lambda kg, d: "泸州市人民政府办公室" in [kg.view.org_name(o) for o in d.issuers]),
])
def test_documents_filters_match_the_questions(client, kg, params, check):
    listed = {number for _, number in _listed(client, **params)}
    expected = {d.number or d.iri for d in kg.view.docs.values()
                if (d.in_corpus or "outside" in params) and not d.notice and check(kg, d)}
    assert listed and listed == expected


def test_documents_jurisdiction_kind_sort_and_pages(client, kg):
    view = kg.view
    place = next(iri for iri, in view.sql("SELECT jurisdiction FROM docs WHERE in_corpus = 1 LIMIT 1"))
    kind = next(k for k, in view.sql("SELECT kind FROM docs WHERE in_corpus = 1 AND kind IS NOT NULL LIMIT 1"))
    assert all(view.docs[view.find(n).iri].jurisdiction == place for _, n in _listed(client, jurisdiction=place))
    assert all(view.find(n).kind == kind for _, n in _listed(client, kind=kind))
    numbers = [n for _, n in _listed(client, sort="number")]
    assert numbers == sorted(numbers) and len(numbers) == 50
    dates = [view.find(n).date for _, n in _listed(client, sort="oldest")]
    assert dates == sorted(dates, key=lambda d: (d is not None, d or ""))  # undated documents first, as SQL sorts NULL
    # pages: every document of the inputs and the ones only cited, once, over consecutive pages
    first, second = documents(view, DocFilter(day=AS_OF, outside=True), 1, 200), documents(view, DocFilter(day=AS_OF, outside=True), 2, 200)
    assert first.total == len([d for d in view.docs.values() if not d.notice]) and first.pages == 2
    assert not {r.iri for r in first.rows} & {r.iri for r in second.rows}
    assert len(first.rows) + len(second.rows) == first.total
    page2 = client.get("/documents", params={"outside": "1", "page": "2"}).text
    assert 'rel="prev"' in page2 and "page 2 of" in page2


@pytest.mark.parametrize("params", [
    {"status": "gone"}, {"as_of": "yesterday"}, {"page": "0"}, {"page": "x"}, {"sort": "random"}, {"year": "20x4"},
    {"q": "泸" * 500},
])
def test_bad_parameters_are_400(client, params):
    reply = client.get("/documents" if "q" not in params else "/search", params=params)
    assert reply.status_code == 400 and "must" in reply.text or "longer" in reply.text


def test_worklist_is_dangling_and_filters(client, kg):
    view = kg.view
    expected = [(d.iri, d.cites_iri) for d in regkg.dangling(kg, as_of=AS_OF)]
    assert [(w.iri, w.cites_iri) for w in work_page(view, WorkFilter(AS_OF)).rows] == expected
    item = work_page(view, WorkFilter(AS_OF)).rows[0]
    assert (item.document, item.cites, item.cited_state, item.repealed_by) == (
        IN_FORCE_CITING, "泸市府办发〔2022〕14号", "repealed", "泸市府办发〔2024〕44号")
    assert "泸市府办发〔2022〕14号" in item.sentence and "同时废止" in item.repeal_sentence
    page = client.get("/worklist").text
    assert item.sentence in page and "1 references to clear" in _text(page)
    place = view.docs[item.iri].jurisdiction
    assert "1 references to clear" in _text(client.get("/worklist", params={"jurisdiction": place}).text)
    elsewhere = "https://w3id.org/regkg/id/place/nowhere"
    assert "0 references to clear" in _text(client.get("/worklist", params={"jurisdiction": elsewhere}).text)
    assert "0 references to clear" in _text(client.get("/worklist", params={"issuer": "泸州市财政局"}).text)
    assert "1 references to clear" in _text(client.get("/worklist", params={"issuer": "泸州市人民政府办公室"}).text)
    assert "0 references to clear" in _text(client.get("/worklist", params={"as_of": "2020-01-01"}).text)


def test_worklist_csv_and_xlsx(client):
    reply = client.get("/worklist.csv", params={"as_of": AS_OF})
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/csv")
    assert 'filename="worklist-2025-06-01.csv"' in reply.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(reply.content.decode("utf-8-sig"))))
    assert rows[0] == [heading for heading, _ in COLUMNS] and len(rows) == 2
    assert rows[1][:2] == [IN_FORCE_CITING, "泸州市人民政府办公室关于印发《泸州市大气环境质量限期达标规划(2024—2025年)》的通知"]
    assert rows[1][5] == "泸市府办发〔2022〕14号" and rows[1][7] == "repealed"
    reply = client.get("/worklist.xlsx", params={"as_of": AS_OF})
    assert reply.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(reply.content)).read("xl/worksheets/sheet1.xml"))
    cells = [["".join(c.itertext()) for c in row.iter(f"{_SHEET}c")] for row in sheet.iter(f"{_SHEET}row")]
    assert cells == rows  # the same list, cell for cell
    empty = list(csv.reader(io.StringIO(client.get("/worklist.csv", params={"as_of": "2020-01-01"}).content.decode("utf-8-sig"))))
    assert len(empty) == 1


def test_doc_urls_and_neighbourhood(client, kg):
    reply = client.get("/doc/泸市府办发[2022]67号", follow_redirects=False)
    assert reply.status_code == 308 and reply.headers["location"] == doc_path(REPEALED, "")
    assert client.get(doc_path(REPEALED, "") + ".html").status_code == 200  # the static pages' links
    missing = client.get("/doc/泸市府办发〔2022〕68号")
    assert missing.status_code == 404 and "Did you mean" in missing.text and REPEALED in missing.text
    data = client.get(doc_path(REPEALED, "") + "/neighbourhood.json").json()
    assert {n["label"] for n in data["nodes"]} == {REPEALED, REPEALER}
    assert {e["relation"] for e in data["edges"]} == {"cites", "repeals"}
    wider = client.get(doc_path(REPEALER, "") + "/neighbourhood.json", params={"depth": "2"}).json()
    assert len(wider["nodes"]) > len(data["nodes"]) and not wider["cut"]
    assert client.get(doc_path(REPEALED, "") + "/neighbourhood.json", params={"depth": "9"}).status_code == 400


def test_departments_and_duties(client, kg):
    page = client.get("/departments", params={"q": "生态环境局"}).text
    assert "市生态环境局" in page and "/department/" in page
    dept = regkg.departments(kg)[0]
    reply = client.get(f"/department/{quote(dept.name, safe='')}", params={"jurisdiction": dept.jurisdiction or ""})
    assert reply.status_code == 200
    tasks = regkg.duties(kg, dept.name, jurisdiction=dept.jurisdiction, limit=50)
    assert all(t.task in reply.text for t in tasks[:5])
    assert client.get("/department/无此部门").status_code == 404



# A phrase typed as the gazette prints it finds the tasks that hold it, however the index folds it: the
# roman numeral of an emergency plan's response level (Ⅱ) is stored as its compatibility form (II).
@pytest.mark.parametrize("typed", ["启动Ⅱ级响应", "启动II级响应", "啟動Ⅱ級響應"])
def test_the_departments_page_finds_tasks_by_a_phrase_as_printed(client, kg, typed):
    from regkg.server.duty_search import tasks_mentioning

    printed = [d for d in kg.view.duties if "启动Ⅱ级响应" in (d.evidence.text or "")]
    tasks = tasks_mentioning(kg.view, typed, limit=100)
    assert printed and {t.task for t in tasks} == {d.task for d in printed}
    page = client.get("/departments", params={"q": typed}).text
    assert all(html.escape(d.task) in page for d in printed)

def test_overview_counts(client, kg):
    reply = client.get("/overview")
    assert reply.status_code == 200 and reply.text.count("<svg") == 2
    counts = dict(re.findall(r'<span class="badge"[^>]*>([^<]+)</span></td><td class="n"><a [^>]*>([\d,]+)</a>', reply.text))
    corpus = [d for d in kg.view.docs.values() if d.in_corpus and not d.notice]
    assert sum(int(n.replace(",", "")) for n in counts.values()) == len(corpus)
    assert int(counts["repealed"]) == sum(regkg.status(kg, d.iri, as_of=AS_OF).state == "repealed" for d in corpus)
    assert set(STATES) >= {s.replace(" ", "_") for s in counts}


def test_the_overview_counts_the_build_kept_are_the_documents(kg):
    """What does not change with the day is counted once by the build (six scans of every document or edge
    took a million-document overview 13 s a request); it is what the documents and edges say."""
    from collections import Counter

    from regkg.ontology.relations import REFERENCES
    from regkg.server.overview import TOP, overview

    docs = [d for d in kg.view.docs.values() if not d.notice]
    corpus = [d for d in docs if d.in_corpus]
    found = overview(kg.view, AS_OF)
    assert found.outside == sum(not d.in_corpus for d in docs) > 0
    assert dict(found.by_year) == dict(Counter(d.date[:4] for d in corpus if d.date))
    assert dict(found.by_kind) == dict(Counter(d.kind or "(unknown)" for d in corpus))
    assert sum(n for *_, n in found.by_place) == len(corpus)
    citing: dict[str, set[str]] = {}
    for relation in REFERENCES:
        for s, targets in kg.view.out[relation].items():
            for t in targets:
                citing.setdefault(t, set()).add(s)
    most = sorted(((iri, len(by)) for iri, by in citing.items()), key=lambda c: (-c[1], c[0]))[:TOP]
    assert [(iri, n) for iri, _, _, n in found.cited] == most and most[0][1] > 1


@pytest.mark.parametrize("path", ["/", "/search?q=应急", "/documents", "/worklist", "/overview", "/departments",
                                  "/doc/" + quote(REPEALED)])
def test_pages_carry_the_headers(client, path):
    reply = client.get(path)
    assert reply.status_code == 200
    assert reply.headers["x-content-type-options"] == "nosniff"
    policy = reply.headers["content-security-policy"]
    scripts = policy.split("script-src ")[1].split(";")[0].split()
    assert scripts[0] == "'self'" and "'unsafe-inline'" not in scripts and "connect-src 'self'" in policy
    assert "<script>" not in reply.text  # no inline script: only /static/ files
    assert 'http-equiv="Content-Security-Policy"' not in reply.text


def test_other_hosts_are_refused_and_static_is_a_list(client):
    assert client.get("/documents", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/static/workbench.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/../index.sqlite").status_code == 404
    assert client.get("/static/page.css").status_code == 404


def test_a_graph_built_in_memory_gets_its_own_index(sample_kg):
    app = create_app(sample_kg, settings=Settings(as_of=AS_OF))
    with starlette_testclient.TestClient(app, base_url="http://127.0.0.1") as c:
        reply = c.get("/search", params={"q": "泸市府办发[2022]67号"})
        assert reply.status_code == 200 and "repealed" in reply.text
        assert [s for s, _ in _listed(c, status="repealed", outside="1")]


HELD_BACK = "002_c2c7c1da57e4fc76.txt"  # holds 泸市府办发〔2024〕40号, 41号 and 44号 (tests/test_diff.py)


@pytest.fixture(scope="module")
def changes_client(kg, tmp_path_factory):
    """The app over the sample build, compared with the samples built without one gazette."""
    import shutil

    from conftest import SAMPLES

    inputs = tmp_path_factory.mktemp("without-002")
    for path in sorted(SAMPLES.glob("*.txt")):
        if path.name != HELD_BACK:
            shutil.copy(path, inputs)
    app = create_app(kg, settings=Settings(as_of=AS_OF), previous=regkg.build([inputs], views=False))
    with starlette_testclient.TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def test_changes_page_names_what_the_gazette_changed(changes_client):
    page = changes_client.get("/changes").text
    summary = _text(re.search(r'<p class="count" id="summary">.*?</p>', page).group())
    assert summary == "7 new documents, 0 removed, 2 new repeals, 1 status change, 1 new dangling reference (as of 2025-06-01)"
    repeals = page.split('id="new-repeals"')[1].split('id="status-changes"')[0]
    assert "泸市府办发〔2022〕67号" in repeals and "(泸市府办发[2022]67号)同时废止。" in repeals
    moved = page.split('id="status-changes"')[1].split('id="new-dangling"')[0]
    assert "泸市府办发〔2022〕14号" in moved and ">unknown<" in moved and ">repealed<" in moved
    dangling = page.split('id="new-dangling"')[1]
    assert "泸市府办发〔2024〕39号" in dangling


def test_changes_page_without_an_earlier_build(client):
    page = client.get("/changes")
    assert page.status_code == 200 and "--against OLD" in page.text


def test_script_tags_in_titles_show_as_text():
    from views_support import hostile_kg

    app = create_app(hostile_kg(), settings=Settings(as_of=AS_OF))
    with starlette_testclient.TestClient(app, base_url="http://127.0.0.1") as c:
        for path in ("/documents?outside=1", "/search?q=script", "/overview", "/worklist", "/departments?q=script",
                     "/doc/" + quote("泸市府发〔2024〕2号")):
            reply = c.get(path)
            assert reply.status_code == 200, path
            assert "<script>alert" not in reply.text and "<img src=x" not in reply.text, path
        assert "&lt;script&gt;" in c.get("/documents").text
