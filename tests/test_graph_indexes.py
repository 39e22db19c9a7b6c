"""The questions answer from indexes precomputed in the view (repeal events by date, dangling spans,
duties by department, one searchable text of all tasks, department counts); each answer must be
exactly what the straightforward definition gives, on the seed graph and on a generated corpus."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from types import SimpleNamespace

import regkg.graph as graph
import regkg.graph.duties as duties_module
from benchmarks.corpus import generate
from regkg.graph.lineage import _year, chains
from regkg.keys.chars import normalise_chars
from regkg.ontology.relations import SUCCESSIONS
from regkg.graph.status import _repeals_in_effect, _shift, _state, in_force_span, state_on
from regkg.ontology import ELI
from regkg.views.report_page import timeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", params=["seeds", "generated"])
def kg(request, tmp_path_factory):
    if request.param == "seeds":
        return request.getfixturevalue("sample_kg")
    manifest = generate(4, seed=11, out_dir=tmp_path_factory.mktemp("corpus"))
    return graph.build_records(list(manifest.records()))


def _days(kg):
    days = sorted({d for doc in kg.view.docs.values() for d in (doc.start, doc.until, doc.date) if d})
    return days[:: max(1, len(days) // 25)] + [days[-1], "1990-01-01", "2099-01-01"]


def _fold(text):
    return normalise_chars(unicodedata.normalize("NFKC", text)).replace(" ", "")


# ---------------------------------------------------------------- the straightforward definitions

def naive_repealed(view, day):
    out = []
    for iri in view.into["repeals"]:
        for when, repealer in _repeals_in_effect(view, iri, day):
            out.append((view.docs[iri].label, view.docs[repealer].label, iri, repealer, when,
                        tuple(view.evidence_for(repealer, ELI.repeals, iri))))
    return sorted(out, key=lambda r: (r[0], r[1]))


def naive_duties(view, name, jurisdiction):
    orgs = {iri for iri, org in view.orgs.items()
            if (not jurisdiction or view.place_name(org.jurisdiction) == jurisdiction)
            and (_fold(name) == _fold(org.name) or _fold(name) in map(_fold, org.alt_labels))}
    out = []
    for duty in view.duties:
        for role, members in (("lead", duty.lead), ("support", duty.support)):
            for org in members:
                if org in orgs:
                    out.append((view.org_name(org), view.place_name(view.orgs[org].jurisdiction), duty.task, role,
                                view.docs[duty.by].label, duty.by, duty.evidence))
    return sorted(out, key=lambda d: (d[1] or "", d[4], d[2], d[3]))


def naive_owners(view, text, jurisdiction):
    out = set()
    for duty in view.duties:
        if _fold(text) not in _fold(duty.task) and _fold(text) not in _fold(duty.evidence.text or ""):
            continue
        for role, members in (("lead", duty.lead), ("support", duty.support)):
            for org in members:
                where = view.place_name(view.orgs[org].jurisdiction)
                if not jurisdiction or where == jurisdiction:
                    out.add((view.org_name(org), where, role, duty.task, view.docs[duty.by].label, duty.evidence))
    return out


def naive_lineage(view, start):
    """The documents one succession joins to ``start``, either way, walked; oldest first, and the steps."""
    seen, todo, steps = {start}, [start], set()
    while todo:
        iri = todo.pop()
        for relation in SUCCESSIONS:
            for newer, older in [(iri, o) for o in view.out[relation].get(iri, ())] + \
                                [(n, iri) for n in view.into[relation].get(iri, ())]:
                steps.add((newer, older, relation))
                for other in (newer, older):
                    if other not in seen:
                        seen.add(other)
                        todo.append(other)
    docs = view.docs
    editions = sorted(seen, key=lambda i: (_year(docs[i]), docs[i].date or "", docs[i].label, i))
    place = {iri: n for n, iri in enumerate(editions)}
    return editions, sorted(steps, key=lambda s: (place[s[0]], place[s[1]], s[2]))


# ---------------------------------------------------------------- the comparisons

def test_lineage_of_every_document_is_the_definition(kg):
    view = kg.view
    chained = 0
    for iri in sorted(view.docs):
        if view.docs[iri].notice:
            continue  # an attached rule's lineage is its notice's
        found = kg.lineage(iri)
        editions, steps = naive_lineage(view, iri)
        assert found.editions == tuple(view.docs[i].label for i in editions), iri
        assert [(s.newer_iri, s.older_iri, s.relation) for s in found.steps] == steps, iri
        assert (found.edition_count, found.step_count) == (len(editions), len(steps))
        named = [n for n, s in enumerate(steps) if iri in s[:2]]
        assert found.first_step == (named[0] if named else None)
        chained += bool(steps)
    assert chained >= 10


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.sampled_from(SUCCESSIONS)), max_size=25),
       st.lists(st.sampled_from(["2001-01-01", "2001-05-01", "2002-01-01", None]), min_size=12, max_size=12))
def test_chains_are_the_walks_of_their_members(edges, dates):
    # any graph of successions, cycles and self-loops included, and documents sharing dates and labels
    docs = {f"d{n:02}": SimpleNamespace(date=dates[n], number=None, label=f"label{n % 5}") for n in range(12)}
    out, into = {r: {} for r in SUCCESSIONS}, {r: {} for r in SUCCESSIONS}
    for s, o, relation in edges:
        out[relation].setdefault(f"d{s:02}", set()).add(f"d{o:02}")
        into[relation].setdefault(f"d{o:02}", set()).add(f"d{s:02}")
    view = SimpleNamespace(docs=docs, out=out, into=into)
    made = chains(view)
    assert sorted(made.of) == sorted({f"d{n:02}" for s, o, _ in edges for n in (s, o)})
    for iri, (chain, place, first) in made.of.items():
        editions, steps = naive_lineage(view, iri)
        assert made.editions[chain] == editions and made.editions[chain][place] == iri
        assert made.steps[chain] == steps
        assert first == min(n for n, s in enumerate(steps) if iri in s[:2])


@pytest.mark.parametrize("limit", [1, 2, 3, 7])
def test_pages_of_a_lineage_make_the_whole(kg, limit):
    view = kg.view
    longest = max(sorted(view.docs), key=lambda iri: (kg.lineage(iri).step_count, iri))
    whole = kg.lineage(longest)
    assert whole.step_count >= 2
    pages = [kg.lineage(longest, limit=limit, offset=offset) for offset in range(0, whole.step_count + limit, limit)]
    assert tuple(s for page in pages for s in page.steps) == whole.steps and pages[-1].steps == ()
    oldest_first = naive_lineage(view, whole.iri)[0]  # an attached rule's chain is its notice's
    for page in pages:  # each with the editions its steps join, oldest first
        joined = {i for s in page.steps for i in (s.newer_iri, s.older_iri)}
        assert page.editions == tuple(view.docs[i].label for i in oldest_first if i in joined)
        assert (page.edition_count, page.step_count, page.first_step) == \
            (whole.edition_count, whole.step_count, whole.first_step)

def test_repealed_on_any_day_is_the_definition(kg):
    for day in _days(kg):
        fast = [(r.document, r.repealed_by, r.iri, r.repealed_by_iri, r.effective, r.evidence)
                for r in kg.repealed(as_of=day)]
        assert fast == naive_repealed(kg.view, day), day


def test_dangling_on_any_day_is_the_definition_in_order(kg):
    view = kg.view
    for day in _days(kg):
        answer = kg.dangling(as_of=day)
        assert [(d.document, d.cites, d.relation) for d in answer] == sorted(
            (d.document, d.cites, d.relation) for d in answer)
        for d in answer:
            assert _state(view, view.docs[d.iri], day)[0] == "in_force"
            assert d.cited_state == _state(view, view.docs[d.cites_iri], day)[0] in ("repealed", "expired")


def test_in_force_span_is_the_state_on_every_day(kg):
    view = kg.view
    days = _days(kg)
    spans = {iri: in_force_span(view, doc) for iri, doc in view.docs.items() if not doc.notice}
    assert any(spans.values()) and any(span is None for span in spans.values())
    for iri, span in spans.items():
        for day in days + ([span[0], span[1], _shift(span[0], -1), _shift(span[1], 1)] if span else []):
            if not day.startswith("9999"):
                inside = span is not None and span[0] <= day <= span[1]
                assert inside == (state_on(view, view.docs[iri], day) == "in_force"), (iri, day, span)


def test_report_timeline_is_the_status_at_each_month_end(kg):
    view = kg.view
    as_of = max(d.date for d in view.docs.values() if d.date)
    t = timeline(kg, as_of=as_of)
    ends = [(dt.date(int(m[:4]), int(m[5:]), 1) + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
            for m in t.months]
    ends = [min(e.isoformat(), as_of) for e in ends]
    naive = Counter()
    for iri, doc in view.docs.items():
        if doc.in_corpus and not doc.notice:
            place = view.place_name(doc.jurisdiction) or "(unknown)"
            for k, end in enumerate(ends):
                naive[place, k] += kg.status(iri, as_of=end).state == "in_force"
    assert sum(map(sum, t.in_force.values())) > 0
    assert {(p, k): n for p, counts in t.in_force.items() for k, n in enumerate(counts) if n} == \
        {key: n for key, n in naive.items() if n}


def test_duties_of_every_department_is_the_definition(kg):
    view = kg.view
    names = sorted({n for org in view.orgs.values() for n in (org.name, *org.alt_labels)})
    places = sorted({view.place_name(o.jurisdiction) for o in view.orgs.values() if o.jurisdiction})
    for name in names:
        for where in (None, *places[:3]):
            expected = naive_duties(view, name, where)
            if not expected and not any(
                    (not where or view.place_name(o.jurisdiction) == where)
                    and _fold(name) in {_fold(o.name), *map(_fold, o.alt_labels)} for o in view.orgs.values()):
                with pytest.raises(graph.DepartmentNotFound):
                    kg.duties(name, jurisdiction=where)
                continue
            fast = [(d.department, d.jurisdiction, d.task, d.role, d.document, d.document_iri, d.evidence)
                    for d in kg.duties(name, jurisdiction=where)]
            assert fast == expected, (name, where)


def test_owners_of_phrases_is_the_definition(kg):
    view = kg.view
    tasks = Counter(d.task[:n] for d in view.duties for n in (2, 4) if d.task)
    phrases = [p for p, _ in tasks.most_common(15)] + ["", "负责", "不会出现的短语", view.duties[-1].task if view.duties else "x"]
    for phrase in phrases:
        for where in (None, view.place_name(next(iter(view.orgs.values())).jurisdiction)):
            answer = kg.owners(phrase, jurisdiction=where)
            # each owner once, in the order owners are listed in
            assert answer == sorted({duties_module.Owner(*o) for o in naive_owners(view, phrase, where)},
                                    key=duties_module.owner_order), phrase


def test_departments_is_the_definition(kg):
    view = kg.view
    lead = Counter(o for d in view.duties for o in d.lead)
    support = Counter(o for d in view.duties for o in d.support)
    expected = sorted(((view.place_name(o.jurisdiction), o.name, iri, tuple(o.alt_labels), lead[iri], support[iri])
                       for iri, o in view.orgs.items()), key=lambda d: (d[0] or "", d[1]))
    fast = [(d.jurisdiction, d.name, d.iri, d.abbreviations, d.lead, d.support) for d in kg.departments()]
    assert fast == expected
    where = next(e[0] for e in expected if e[0])
    assert [d.iri for d in kg.departments(jurisdiction=where)] == [e[2] for e in expected if e[0] == where]


def test_answers_are_fresh_lists(kg):
    first = kg.repealed(as_of="2099-01-01")
    first.clear()
    assert kg.repealed(as_of="2099-01-01") or not kg.view.into["repeals"]
    deps = kg.departments()
    deps.clear()
    assert kg.departments()
