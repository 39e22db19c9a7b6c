"""The build's index (index.sqlite) answers every question exactly as the in-memory view does, a page
at a time where asked, from a cold process that imports no RDF library, and is refused when it is not
the file build.json describes."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkg.errors import RegkgError, StoreError
from regkg.graph import duties as D
from regkg.graph import lineage as L
from regkg.graph import status as S
from regkg.graph import memory_view as V
from regkg.graph.api import load
from regkg.graph.index import INDEX_FILE, SCHEMA
from regkg.graph.index_write import EDGE_ROWS, rank_edges
from regkg.graph.index_read import IndexView
from regkg.graph.text_index import TextProcess
from regkg.orchestrate import build

_INIT = TextProcess.__init__

ROOT = Path(__file__).resolve().parents[1]
DAYS = ("2015-01-01", "2021-06-30", "2023-11-22", "2024-12-31")


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    """(the build's in-memory view, the same build opened from its index, the output folder)."""
    out = tmp_path_factory.mktemp("index") / "out"
    built = build([ROOT / "samples"], out, jobs=1, views=False)
    return built.view, load(out).view, out


def answer(question, *args, **options):
    try:
        return question(*args, **options)
    except RegkgError as exc:  # the same refusal from both is the same answer
        return type(exc).__name__, str(exc)


def test_loading_an_output_folder_opens_its_index(graphs):
    memory, index, _ = graphs
    assert isinstance(index, IndexView) and not memory.indexed
    assert len(index.docs) == len(memory.docs) > 300


@pytest.mark.parametrize("question", [S.repealed, S.dangling])
@pytest.mark.parametrize("day", DAYS)
def test_lists_on_each_day_are_the_views(graphs, question, day):
    memory, index, _ = graphs
    assert question(index, as_of=day) == question(memory, as_of=day)


@pytest.mark.parametrize("count, question", [(S.count_repealed, S.repealed), (S.count_dangling, S.dangling)])
@pytest.mark.parametrize("day", DAYS)
def test_counts_on_each_day_are_the_lists_lengths(graphs, count, question, day):
    memory, index, _ = graphs
    counted = {count(view, as_of=day) for view in (memory, index)}
    assert counted == {len(question(memory, as_of=day))}
    assert day != DAYS[-1] or counted != {0}  # by the end of 2024 the samples have both


def test_every_document_has_the_same_status_lineage_and_dependencies(graphs):
    memory, index, _ = graphs
    refs = [ref for iri, doc in sorted(memory.docs.items()) for ref in {iri, doc.label}]
    assert len(refs) > 600
    for ref in refs:
        for day in DAYS:
            assert answer(S.status, index, ref, as_of=day) == answer(S.status, memory, ref, as_of=day), ref
        for question in (L.lineage, L.dependencies, L.dependents):
            assert answer(question, index, ref) == answer(question, memory, ref), (question.__name__, ref)


@pytest.mark.parametrize("limit, offset", [(1, 0), (3, 0), (2, 1), (5, 2), (50, 0)])
def test_every_page_of_dependents_is_the_views(graphs, limit, offset):
    # a page of a level reached from few documents is cut in the index's label order (edges.s_rank)
    memory, index, _ = graphs
    hubs = [iri for iri in sorted(memory.docs) if L.reach(memory, iri, forward=False) > offset]
    assert len(hubs) >= 5
    for iri in hubs:
        assert L.dependents(index, iri, limit=limit, offset=offset) == L.dependents(memory, iri, limit=limit,
                                                                                    offset=offset), iri


@pytest.mark.parametrize("limit, offset", [(1, 0), (1, 1), (2, 1), (50, 0)])  # the samples chain 3 editions at most
def test_every_page_of_a_lineage_is_the_views(graphs, limit, offset):
    memory, index, _ = graphs
    chained = [iri for iri in sorted(memory.docs) if L.lineage(memory, iri).step_count > offset]
    assert len(chained) >= 5
    for iri in chained:
        assert L.lineage(index, iri, limit=limit, offset=offset) == L.lineage(memory, iri, limit=limit, offset=offset)


def test_edges_rank_their_subjects_in_label_order(graphs):
    memory, index, _ = graphs
    ranked = index.sql("SELECT DISTINCT s_rank, s FROM edges ORDER BY s_rank").fetchall()
    assert len({rank for rank, _ in ranked}) == len(ranked) > 40
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), key=lambda s: (memory.docs[s].label, s))


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=4)  # SQLite stores no lone surrogate


@given(st.lists(st.tuples(_TEXT, st.one_of(st.none(), _TEXT), st.one_of(st.none(), _TEXT)), max_size=12,
                unique_by=lambda d: d[0]))
def test_sql_label_order_is_pythons(docs):
    # Doc.label is ``number or title or iri``, compared by code point; rank_edges orders by SQL
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO docs(iri, number, title) VALUES (?, ?, ?)", docs)
    db.execute(EDGE_ROWS)
    db.executemany("INSERT INTO edge_rows VALUES ('cites', ?, 'x')", [(iri,) for iri, _, _ in docs])
    rank_edges(db)
    ranked = [s for (s,) in db.execute("SELECT s FROM edges ORDER BY s_rank")]
    assert ranked == [doc[0] for doc in sorted(docs, key=lambda doc: (V.Doc(*doc).label, doc[0]))]


def test_every_department_has_the_same_duties(graphs):
    memory, index, _ = graphs
    names = sorted({name for org in memory.orgs.values() for name in (org.name, *org.alt_labels)})
    assert len(names) > 100
    for name in names:
        assert answer(D.duties, index, name) == answer(D.duties, memory, name), name
    assert D.duties(index, "市生态环境局", jurisdiction="泸州市") == D.duties(memory, "市生态环境局", jurisdiction="泸州市")
    assert D.departments(index) == D.departments(memory)
    assert D.departments(index, jurisdiction="泸州市") == D.departments(memory, jurisdiction="泸州市")


# Phrases of every length the trigram index treats differently: under three characters (a scan),
# three and more (the index, then the exact test), a full-width form that folds, and no match.
@pytest.mark.parametrize("phrase", ["", "市", "预警", "重污染", "重污染天气应急", "应急预案", "ＡＢＣ", "没有这个任务"])
def test_owners_of_a_phrase_are_the_views(graphs, phrase):
    memory, index, _ = graphs
    whole = D.owners(index, phrase)
    assert whole == D.owners(memory, phrase)
    assert D.owners(index, phrase, jurisdiction="瀘州市") == D.owners(memory, phrase, jurisdiction="泸州市")
    # a page is the whole answer's slice, from the index's SQL (LIMIT, OFFSET) and the view's alike
    for offset in sorted({0, 3, max(0, len(whole) - 2), len(whole) + 5}):
        page = whole[offset:offset + 4]
        assert D.owners(index, phrase, limit=4, offset=offset) == page == D.owners(memory, phrase, limit=4, offset=offset)
    assert list(D.iter_owners(index, phrase, offset=1)) == whole[1:]


def test_warnings_and_duty_lists_are_the_views(graphs):
    memory, index, _ = graphs
    assert index.warnings == memory.warnings
    assert index.duties == memory.duties


@pytest.mark.parametrize("editions", [3, 40])
def test_a_lineage_is_read_from_an_index_in_a_few_queries_however_long(tmp_path, monkeypatch, editions):
    # each edition repeals the one before: one query for the chain, one for its steps, one for their
    # documents, one for their evidence, where a query per edition made 160 ms of a lineage of 1,942
    # editions at 10,000 generated gazettes
    from regkg.graph.api import build_records

    numbers = [f"泸市府办发〔{2000 + i}〕1号" for i in range(editions)]
    records = [{"source": f"{i:02}.txt", "jurisdiction": "泸州市",
                "documents": [{"doc_number": n, "title": f"泸州市第{i}号工作规则", "date": f"{2000 + i}-01-01"}],
                "repeals": [] if i == 0 else [{"by": n, "target_number": numbers[i - 1], "evidence": f"{numbers[i - 1]}同时废止。",
                                               "cue": "同时废止"}]}
               for i, n in enumerate(numbers)]
    built = build_records(records)
    built.write(tmp_path / "out")
    index = load(tmp_path / "out").view
    asked = []
    real = IndexView.sql
    monkeypatch.setattr(IndexView, "sql", lambda self, *a: asked.append(a[0]) or real(self, *a))
    found = L.lineage(index, numbers[editions // 2])
    assert len(asked) <= 7, asked  # the number or title looked up (three), then the four
    assert found == L.lineage(built.view, numbers[editions // 2])
    assert found.editions == tuple(numbers) and len(found.steps) == editions - 1
    assert all(step.evidence for step in found.steps)
    asked.clear()
    page = L.lineage(index, numbers[editions // 2], limit=2, offset=editions // 2)
    assert len(asked) <= 7 and page == L.lineage(built.view, numbers[editions // 2], limit=2, offset=editions // 2)
    assert page.editions == tuple(numbers[editions // 2 : editions // 2 + 3])  # a page joins its steps' editions
    assert (page.edition_count, page.step_count, page.first_step) == (editions, editions - 1, editions // 2 - 1)


def test_the_index_counts_duties_by_sql_as_the_view_counts_them(graphs, monkeypatch):
    from regkg.graph.duty_counts import DutyList

    memory, index, _ = graphs
    counted, listed = index.duty_counts(), DutyList(memory.duties)
    orgs, docs = sorted(listed.body_loads())[:7], sorted({d.by for d in memory.duties})[:40]
    assert counted.body_loads() == listed.body_loads() and counted.totals() == listed.totals()
    assert counted.busiest_documents(9) == listed.busiest_documents(9)
    assert counted.cells(orgs, docs) == listed.cells(orgs, docs) and counted.cells(orgs, docs)
    assert counted.body_documents() == listed.body_documents()
    assert counted.documents_of(orgs) == listed.documents_of(orgs)
    # a network at a limit the build did not pick for is counted there too: no duty is read whole
    monkeypatch.setattr(type(index), "duties", property(lambda self: pytest.fail("every duty read")))
    small = D.busiest_bodies(index, max_nodes=60)
    assert small == D.busiest_bodies(memory, max_nodes=60) and small.kept


def test_the_duties_matrix_and_network_are_the_views(graphs):
    memory, index, _ = graphs
    matrix = D.duty_matrix(memory)
    assert D.duty_matrix(index) == matrix and len(matrix.rows) > 10 and matrix.cells
    assert D.busiest_bodies(index) == D.busiest_bodies(memory)
    assert index.node_counts() == memory.node_counts()
    busiest = set(matrix.rows[:5])  # each one's tasks, found in the index by its name and place
    assert index.duties_naming(busiest) == memory.duties_naming(busiest) != []


def test_the_reports_timeline_streams_an_indexs_dates_never_reading_its_documents(graphs, monkeypatch):
    from regkg.graph import index_read
    from regkg.views import report_page
    from regkg.views.report_page import timeline

    memory, index, _ = graphs
    expected = timeline(SimpleNamespace(view=memory), as_of=DAYS[-1])
    assert expected.months and sum(map(sum, expected.in_force.values())) > 0 and expected.expiries and expected.repeals
    for whole in ("__iter__", "items", "values"):
        monkeypatch.setattr(index_read._Table, whole, lambda table: pytest.fail("every document read"))
    monkeypatch.setattr(report_page, "repealed", lambda *a, **k: pytest.fail("every repeal read with its sentence"))
    assert timeline(SimpleNamespace(view=index), as_of=DAYS[-1]) == expected


def test_a_documents_state_follows_from_its_dates_as_the_index_keeps_them(graphs):
    memory, _, _ = graphs
    for iri, doc in sorted(memory.docs.items()):
        for day in DAYS:
            assert S.state_of(doc.start, doc.until, S._repeal_from(memory, iri), day) == S.state_on(memory, doc, day)


def test_the_overview_of_an_index_is_memorys_never_reading_its_documents(graphs, monkeypatch):
    from regkg.graph import index_read
    from regkg.views.scopes import corpus, overview

    memory, index, _ = graphs
    expected = {day: overview(SimpleNamespace(view=memory), as_of=day) for day in DAYS}
    assert len(expected[DAYS[-1]].nodes) > 2 and expected[DAYS[-1]].edges
    drawn = corpus(SimpleNamespace(view=memory), as_of=DAYS[-1], max_nodes=10)
    for whole in ("__iter__", "items", "values"):
        monkeypatch.setattr(index_read._Table, whole, lambda table: pytest.fail("every document read"))
    assert {day: overview(SimpleNamespace(view=index), as_of=day) for day in DAYS} == expected
    assert corpus(SimpleNamespace(view=index), as_of=DAYS[-1], max_nodes=10) == drawn and "has" in drawn.note


def test_a_neighbourhood_drawn_from_an_index_is_memorys_never_reading_every_document(graphs, monkeypatch):
    """/view?doc= of a loaded build: the rules its documents issue and the edges between them are read for
    them, not found among every document and edge of the index (at a million documents, 14 s and 800 MB for
    each drawing)."""
    from regkg.graph import index_read
    from regkg.views.scopes import neighbourhood

    memory, index, _ = graphs
    notice = min(doc.notice for doc in memory.docs.values() if doc.notice)  # a notice that issues rules
    expected = neighbourhood(SimpleNamespace(view=memory), notice, depth=2, as_of=DAYS[-1])
    assert any(memory.docs[iri].notice == notice for iri in expected.nodes if iri in memory.docs)
    assert {"based_on", "attaches"} <= {e.relation for e in expected.edges}  # edges between documents drawn
    for whole in ("__iter__", "items", "values"):
        monkeypatch.setattr(index_read._Table, whole, lambda table: pytest.fail("every document read"))
        monkeypatch.setattr(index_read._Edges, whole, lambda edges: pytest.fail("every edge read"))
    assert neighbourhood(SimpleNamespace(view=index), notice, depth=2, as_of=DAYS[-1]) == expected


def test_a_departments_duties_drawn_from_an_index_are_memorys_never_reading_every_duty(graphs, monkeypatch):
    """/view?department= of a loaded build reads the duties of the body asked about: reading every duty to
    filter them took 14.6 s and 804 MB at 1,000 gazettes (``benchmarks/bench_server.py --pages``); and no more
    of them than a browser draws (a body's 32,000 at a million documents made a 26 MB page and 2.2 GB)."""
    from regkg.views.scopes import department

    memory, index, _ = graphs
    expected = department(SimpleNamespace(view=memory), "市生态环境局", jurisdiction="泸州市", as_of=DAYS[-1])
    assert len(expected.nodes) > 3 and expected.edges
    assert expected.note is None
    capped = department(SimpleNamespace(view=memory), "市生态环境局", jurisdiction="泸州市", as_of=DAYS[-1], max_nodes=2)
    assert "more than 2 duties" in capped.note and len(capped.nodes) < len(expected.nodes)
    monkeypatch.setattr(IndexView, "duties", property(lambda view: pytest.fail("every duty read")))
    assert department(SimpleNamespace(view=index), "市生态环境局", jurisdiction="泸州市", as_of=DAYS[-1]) == expected
    assert department(SimpleNamespace(view=index), "市生态环境局", jurisdiction="泸州市", as_of=DAYS[-1], max_nodes=2) == capped


def test_the_first_day_of_the_timeline_is_kept_by_the_index(graphs, monkeypatch):
    """Where the report's timeline begins: kept in the index (a pass over a million documents' dates saved,
    6.4 -> 4.3 s of the timeline), the same day memory finds."""
    memory, index, _ = graphs
    monkeypatch.setattr(IndexView, "document_dates", lambda view: pytest.fail("every document's dates read"))
    assert S.first_day(index) == S.first_day(memory) == "2020-10-15"  # the samples' earliest 施行


def test_the_index_names_every_page_as_memory_does(graphs):
    """The pages' names the index keeps (the server looks them up there) are those the build's views
    write, each found back from its name."""
    memory, index, _ = graphs
    names = list(memory.page_names().items())
    assert list(index.page_names().items()) == names and len(names) == len(memory.docs)
    assert all(index.page_names()[iri] == stem and index.page_names().iri_of(stem) == iri for iri, stem in names)
    assert index.page_names().iri_of("doc_nothing") is None and index.page_names().get("nothing") is None


def test_a_server_draws_the_duties_from_the_index_never_reading_them_all(tmp_path, monkeypatch):
    """The report's matrix and the duties' network of a loaded build are what the build picked and kept
    in its index; only the duties shown are read (at 1,000 gazettes, reading all 457,532 for one
    request took 13 s and 3 GB)."""
    from regkg.views.report_page import report_html
    from regkg.views.scopes import duty_network

    monkeypatch.setattr(D, "NETWORK_NODES", 40)  # the samples' duties drawn whole would make more nodes
    built = build([ROOT / "samples"], tmp_path / "out", jobs=1, views=False)
    loaded = load(tmp_path / "out")
    drawn = duty_network(built, as_of=DAYS[-1])
    assert D.busiest_bodies(loaded) == D.busiest_bodies(built) and D.busiest_bodies(built).kept
    monkeypatch.setattr(IndexView, "duties", property(lambda view: pytest.fail("every duty read")))
    assert duty_network(loaded, as_of=DAYS[-1]) == drawn and drawn.note
    assert report_html(loaded, as_of=DAYS[-1]) == report_html(built, as_of=DAYS[-1])


@pytest.mark.parametrize("question", [S.repealed, S.dangling])
@pytest.mark.parametrize("limit, offset", [(1, 0), (5, 3), (10, 10_000), (None, 4)])
def test_a_page_is_that_slice_of_the_whole_list(graphs, question, limit, offset):
    memory, index, _ = graphs
    whole = question(memory, as_of="2024-12-31")
    assert whole  # the samples: 1 dangling reference, 30 repeals
    end = None if limit is None else offset + limit
    assert question(index, as_of="2024-12-31", limit=limit, offset=offset) == whole[offset:end]
    assert question(memory, as_of="2024-12-31", limit=limit, offset=offset) == whole[offset:end]


@pytest.mark.parametrize("limit, offset", [(1, 0), (3, 2), (5, 10_000)])
def test_a_page_of_duties_is_that_slice_of_them_all(graphs, limit, offset):
    memory, index, _ = graphs
    whole = D.duties(memory, "市生态环境局")
    assert len(whole) > 5
    assert D.duties(index, "市生态环境局", limit=limit, offset=offset) == whole[offset:offset + limit]
    assert D.duties(memory, "市生态环境局", limit=limit, offset=offset) == whole[offset:offset + limit]


@pytest.mark.parametrize("text, number", [
    ("重污染天气应急预案", "泸市府办发〔2024〕44号"),  # a title
    ("网络预约出租汽车经营服务管理", "临政办发〔2017〕66号"),  # a title repealed by a later document
])
def test_full_text_search_finds_titles(graphs, text, number):
    _, index, _ = graphs
    assert number in [d.label for d in index.search(text, limit=50)]


def test_full_text_search_reads_bodies(graphs):
    _, index, _ = graphs
    # a sentence of a body, not of any title: 泸市府办发〔2024〕44号's 适用范围
    found = index.search("本预案适用于", limit=100)
    assert found and all("本预案适用于" not in (d.title or "") for d in found)



@pytest.fixture(scope="module")
def traditional(tmp_path_factory):
    """The index of real pages printed in traditional script (tests/realdocs/texts/BT*)."""
    out = tmp_path_factory.mktemp("traditional") / "out"
    build(sorted((ROOT / "tests/realdocs/texts").glob("BT0*.txt")), out, jobs=1, views=False)
    return load(out).view


# Titles and bodies are searched in one folded form whatever script the page was printed in or the text is
# typed in: a phrase of 渝府〔2015〕52號's body as printed, in simplified characters, with a space typed.
@pytest.mark.parametrize("typed", ["產業集聚、土地集約", "产业集聚、土地集约", "產業集聚、 土地集約",
                                   "设立重庆永川高新技术产业开发区的批复"])
def test_full_text_search_finds_a_traditional_page_however_typed(traditional, typed):
    assert "渝府〔2015〕52号" in [d.label for d in traditional.search(typed, limit=20)]


# A word of one or two characters is looked for in the titles as printed, in each form it may be printed in:
# 「批复」 finds 「重慶市人民政府關於設立…開發區的批覆」 (覆 for 复 is a variant word, 開 a traditional character).
@pytest.mark.parametrize("typed", ["批复", "批覆", "開發", "开发", "永川", "重庆", "庆"])
def test_a_short_search_finds_a_title_printed_in_traditional_script(traditional, typed):
    assert "渝府〔2015〕52号" in [d.label for d in traditional.search(typed, limit=20)]

def test_a_failure_reading_the_bodies_fails_the_index_and_leaves_no_file(graphs, tmp_path):
    # the bodies are indexed by a thread of their own (text_index.TextThread): what goes wrong there is
    # raised where the index is written, and no index file stays
    from regkg.graph.index_write import write_index

    memory, _, _ = graphs

    def bodies():
        yield next(iter(memory.docs)), "本预案适用于"
        raise ValueError("input gone mid-read")

    with pytest.raises(ValueError, match="input gone mid-read"):
        write_index(memory, tmp_path / INDEX_FILE, bodies=bodies())
    assert list(tmp_path.iterdir()) == []


def test_a_large_builds_full_text_written_by_a_process_is_the_threads_byte_for_byte(tmp_path, monkeypatch):
    # a large build's bodies are read and indexed by a process of its own (text_index.TextProcess), a small
    # one's by a thread: the same index either way, and the process's file is gone after
    import regkg.graph.text_index as T
    from regkg.graph.index_write import record_bodies, write_index

    kg = build([ROOT / "samples"], jobs=1)

    def sources():
        return record_bodies(kg.view, kg.records, kg.input_paths)

    write_index(kg.view, tmp_path / "thread.sqlite", bodies=sources())
    made = []
    monkeypatch.setattr(T, "PROCESS_FROM", 0)
    monkeypatch.setattr(T.TextProcess, "__init__", lambda self, *a: (made.append(1), _INIT(self, *a))[1])
    write_index(kg.view, tmp_path / "process.sqlite", bodies=sources())
    assert made and (tmp_path / "thread.sqlite").read_bytes() == (tmp_path / "process.sqlite").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["process.sqlite", "thread.sqlite"]
    assert IndexView(tmp_path / "process.sqlite").search("本预案适用于", limit=5)


def test_a_failing_full_text_process_fails_the_index_in_one_line_and_leaves_no_file(tmp_path, monkeypatch):
    import regkg.graph.text_index as T
    from regkg.graph.index_write import record_bodies, write_index

    kg = build([ROOT / "samples"], jobs=1)
    monkeypatch.setattr(T, "PROCESS_FROM", 0)
    monkeypatch.setattr(T.sys, "executable", "false")  # a process that fails at once
    with pytest.raises(OSError, match="full-text index could not be written") as failed:
        write_index(kg.view, tmp_path / INDEX_FILE, bodies=record_bodies(kg.view, kg.records, kg.input_paths))
    assert failed.value.filename == str(tmp_path / INDEX_FILE)  # the file asked for, not the process's own
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(T.sys, "executable", str(tmp_path / "no-such-python"))  # the process cannot start
    with pytest.raises(OSError):
        write_index(kg.view, tmp_path / INDEX_FILE, bodies=record_bodies(kg.view, kg.records, kg.input_paths))
    assert list(tmp_path.iterdir()) == []


def test_the_full_text_process_runs_this_processs_regkg(tmp_path, monkeypatch):
    # started from a folder holding another regkg, the process still runs the one that started it (review)
    import regkg.graph.text_index as T
    from regkg.graph.index_write import record_bodies, write_index

    kg = build([ROOT / "samples"], jobs=1)
    (tmp_path / "regkg").mkdir()
    (tmp_path / "regkg" / "__init__.py").write_text("raise ImportError('the wrong regkg')\n")
    monkeypatch.setattr(T, "PROCESS_FROM", 0)
    monkeypatch.chdir(tmp_path)
    write_index(kg.view, tmp_path / INDEX_FILE, bodies=record_bodies(kg.view, kg.records, kg.input_paths))
    assert IndexView(tmp_path / INDEX_FILE).search("本预案适用于", limit=5)


def test_a_large_builds_full_text_is_begun_while_it_builds_into_the_same_index(tmp_path, monkeypatch):
    # a large build begins its full text's process once its view is made (index_write.begin_text), in the
    # output's own folder, to run beside the Turtle and the index's other rows: the index is the one a
    # build written later (its text begun by the index's writer) gives, and no file of it stays
    import regkg.graph.text_index as T

    monkeypatch.setattr(T, "PROCESS_FROM", 0)
    folders = []
    monkeypatch.setattr(T.TextProcess, "__init__", lambda self, *a: (folders.append(a[2]), _INIT(self, *a))[1])
    build([ROOT / "samples"], tmp_path / "early", jobs=1, views=False)
    assert [Path(f).resolve() for f in folders] == [(tmp_path / "early" / ".regkg" / "builds").resolve()]
    late = build([ROOT / "samples"], jobs=1)
    assert len(folders) == 1  # no output folder: nothing begun
    late.write(tmp_path / "late")
    assert len(folders) == 2
    assert (tmp_path / "early" / INDEX_FILE).read_bytes() == (tmp_path / "late" / INDEX_FILE).read_bytes()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize("failing", ["settle", "graph.ttl"])
def test_a_build_failing_after_its_full_text_was_begun_ends_its_process_and_leaves_no_file(tmp_path, monkeypatch,
                                                                                         failing):
    import regkg.graph.assemble as A
    import regkg.graph.knowledge_graph as K
    import regkg.graph.text_index as T

    monkeypatch.setattr(T, "PROCESS_FROM", 0)
    made = []
    monkeypatch.setattr(T.TextProcess, "__init__", lambda self, *a: (made.append(self), _INIT(self, *a))[1])

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "out" / "graph.ttl"))

    monkeypatch.setattr(*((A, "_settle", fail) if failing == "settle" else (K, "write_lines_atomic", fail)))
    with pytest.raises((OSError, RegkgError), match="No space left"):  # the folder's one-line error, for graph.ttl
        build([ROOT / "samples"], tmp_path / "out", jobs=1, views=False)
    assert len(made) == 1 and made[0]._proc.poll() is not None  # begun, and ended with the build
    assert not [p for p in (tmp_path / "out").rglob("*") if p.name.endswith(".tmp") or p.is_file() and
                p.name != "lock"]


def test_the_full_text_process_stops_when_the_build_is_gone():
    # killed, the building process copies nothing: its full-text process reads no further
    import io
    import json

    import regkg.graph.text_index as T

    job = io.BytesIO(b"".join(json.dumps(x).encode() + b"\n" for x in (["t", "doc/a", "某办法"], ["b", "doc/a", "x.txt", 0, 4])))
    with pytest.raises(SystemExit):
        list(T._job_rows(job, parent=-1))
    job.seek(0)
    assert list(T._job_rows(job, parent=T.os.getppid())) == [("doc/a", "某办法", "")]  # x.txt is not there: no body


def test_the_duties_full_text_is_read_from_the_file_beside_the_index_and_stops_when_the_build_is_gone(tmp_path):
    import regkg.graph.text_index as T
    from regkg.graph.duty_table import DutyTable
    from regkg.graph.index import SCHEMA_TEXT
    from regkg.graph.model import DutyNode, Provenance

    table = DutyTable.of([DutyNode("d2", "巡查", "doc/b", ["org/x"], [], Provenance("a.txt", (5, 9), "由ｘ 负责巡查。")),
                          DutyNode("d1", "监测", "doc/a", ["org/y"], [], Provenance("a.txt", (1, 3), None))])
    path = T.export_duties(table, tmp_path)
    assert Path(path).parent == tmp_path and Path(path).name.startswith(".") and path.endswith(".tmp")
    assert [p.name for p in tmp_path.iterdir()] == [Path(path).name]  # no journal beside it
    db = T.connect("")
    db.executescript(SCHEMA_TEXT)
    T.fill_duties(db, path, parent=T.os.getppid())
    # the index's order (by document), folded: full width and spaces gone
    assert db.execute("SELECT rowid, task, text FROM duty_text ORDER BY rowid").fetchall() == [
        (0, "监测", ""), (1, "巡查", "由x负责巡查。")]
    with pytest.raises(SystemExit):
        T.fill_duties(T.connect(""), path, parent=-1)


COLD = """
import sys, time
import regkg
kg = regkg.load(sys.argv[1])
print(kg.status("临政办发〔2017〕66号", as_of="2024-01-01").state)
print(sorted(m for m in ("rdflib", "pyoxigraph", "networkx") if m in sys.modules))
print(sorted(m for m in ("regkg.extract.pipeline", "bs4", "pypdf") if m in sys.modules))
"""


def test_a_cold_status_opens_the_index_and_no_rdf_library(graphs):
    """Nor the extractor: a question reads records' shapes, never extracts (its readers were 0.2 s of a
    0.3 s cold question)."""
    _, _, out = graphs
    done = subprocess.run([sys.executable, "-c", COLD, str(out)], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["repealed", "[]", "[]"]


PAGE = """
import sys
import regkg
from regkg.views.page import document_page
page = document_page(regkg.load(sys.argv[1]), "临政办发〔2017〕66号", as_of="2024-01-01")
print('class="ev"' in page, "spacy" in sys.modules)
"""


def test_a_document_page_marks_its_evidence_without_spacy(graphs):
    """The spans marked in a page's evidence are the extractor's finders', without spaCy's Docs (its import
    was 1.2 s and 60 MB of a loaded 1,000-gazette build's first document page)."""
    _, _, out = graphs
    done = subprocess.run([sys.executable, "-c", PAGE, str(out)], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]


def test_the_cli_status_imports_no_rdf_library(graphs):
    _, _, out = graphs
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "regkg.cli", "status", "临政办发〔2017〕66号",
                           "-g", str(out)], capture_output=True, text=True, check=True)
    assert "repealed" in done.stdout
    assert not [line for line in done.stderr.splitlines() if line.rstrip().endswith(("rdflib", "pyoxigraph"))]


def copy_of(out: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(out, copy, symlinks=True)
    return copy


@pytest.mark.parametrize("damage", ["append", "sqlite write", "truncate"])
def test_an_index_that_is_not_the_builds_is_refused(graphs, tmp_path, damage):
    _, _, out = graphs
    copy = copy_of(out, tmp_path)
    index = copy / INDEX_FILE
    if damage == "append":
        with index.open("ab") as handle:
            handle.write(b"\0" * 4096)
    elif damage == "sqlite write":  # same size, other pages: SQLite bumps its header's change counter
        db = sqlite3.connect(index)
        db.execute("UPDATE docs SET title = 'x' WHERE iri = (SELECT MIN(iri) FROM docs)")
        db.commit()
        db.close()
    else:
        with index.open("r+b") as handle:
            handle.truncate(4096 * 3)
    with pytest.raises(StoreError) as refused:
        load(copy)
    message = str(refused.value)
    assert "\n" not in message and "index.sqlite" in message and "rebuild" in message


def test_a_folder_without_an_index_is_read_from_its_turtle(graphs, tmp_path):
    """A folder an earlier regkg wrote (no index in build.json) loads as before, into memory."""
    import json

    memory, _, out = graphs
    copy = copy_of(out, tmp_path)
    info_path = copy / ".regkg" / "current" / "build.json"
    info = json.loads(info_path.read_text("utf-8"))
    del info["files"][INDEX_FILE]
    info_path.write_text(json.dumps(info), "utf-8")
    old = load(copy).view
    assert not old.indexed and S.repealed(old, as_of="2024-12-31") == S.repealed(memory, as_of="2024-12-31")


def test_the_views_terms_are_the_ontologys():
    from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

    from regkg.ontology import ELI, REGKG

    assert (V.ELI_NS, V.REGKG_NS) == (str(ELI._NS), str(REGKG._NS))
    assert (V._RDF, V._RDFS, V._SKOS, V._DCTERMS) == (str(RDF), str(RDFS), str(SKOS), str(DCTERMS))
    assert V.PREDICATE_OF == {"cites": str(ELI.cites), "based_on": str(ELI.based_on),
                              "replies_to": str(REGKG.repliesTo), "repeals": str(ELI.repeals),
                              "replaces": str(DCTERMS.replaces)}
    assert (V.START_PREDICATE, V.UNTIL_PREDICATE) == (str(ELI.first_date_entry_in_force),
                                                      str(ELI.date_no_longer_in_force))


def test_an_open_graph_keeps_answering_after_a_new_build_replaces_it(tmp_path):
    """A server holds the index it opened; the next build swaps in a new folder and removes the old."""
    out = tmp_path / "out"
    build([ROOT / "samples"], out, jobs=1, views=False)
    kg = load(out)
    first = kg.view.path.parent
    build([ROOT / "samples"], out, jobs=1, views=False)
    assert not first.exists()
    assert kg.status("临政办发〔2017〕66号", as_of="2024-01-01").state == "repealed"


def test_the_filters_offer_what_the_documents_hold(graphs):
    """The workbench's filters, counted once as the index is written, are the documents of the inputs
    counted in Python from the view: each place by name, each year newest first, each 文种 most used first."""
    from collections import Counter

    from regkg.server.catalogue import choices

    memory, index, _ = graphs
    listed = [d for d in memory.docs.values() if d.in_corpus and not d.notice]
    offered = choices(index)
    places = Counter(d.jurisdiction for d in listed if d.jurisdiction)
    assert [(c.value, c.count) for c in offered["jurisdiction"]] == sorted(
        places.items(), key=lambda kv: (memory.place_name(kv[0]), kv[0]))
    assert [c.label for c in offered["jurisdiction"]][:3] == ["临汾市", "吕梁市", "泸州市"]
    years = Counter(d.date[:4] for d in listed if d.date)
    assert [(c.value, c.count) for c in offered["year"]] == sorted(years.items(), reverse=True)
    kinds = Counter(d.kind for d in listed if d.kind)
    assert [(c.value, c.count) for c in offered["kind"]] == sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    assert sum(c.count for c in offered["year"]) == sum(1 for d in listed if d.date) > 40
