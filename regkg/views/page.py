"""One HTML page per document: metadata, status on a date and why, lineage, what it rests on, what
rests on it, the duties it assigns, and every evidence sentence in its context — linking to the
neighbours' pages. Pages are plain HTML (no script), every value escaped by the template.

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府发〔2024〕2号", "title": "<script>alert(1)</script>办法", "issuers": ["泸州市人民政府"],
...      "date": "2024-01-02"}]}])
>>> html = document_page(kg, "泸市府发〔2024〕2号", as_of="2024-06-01")
>>> "<script>alert" in html, "&lt;script&gt;alert(1)&lt;/script&gt;办法" in html
(False, True)
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from regkg.ontology.relations import BY_NAME
from regkg.graph.lineage import dependencies, dependents, lineage_around, reach
from regkg.graph.status import as_of_date, status
from regkg.graph.memory_view import RELATIONS, DutyView, Evidence, View
from regkg.keys.pages import PageNaming
from regkg.ontology import ELI
from regkg.views import assets
from regkg.views.templates import render
from regkg.views.evidence import ENTITY_LABELS, Context, SourceTexts
from regkg.views.scopes import page_names, rules_of
from regkg.views.style import EDGE_STYLE, STATUS_STYLE, category

__all__ = ["document_page", "PageLinks", "MAX_ROWS"]

# Rows shown per dependency table; a hub's transitive dependents can run to thousands.
MAX_ROWS = 200

# How each predicate reads on the page, from the document's side ("out") and from the other's ("in").
_PREDICATE_WORDS = {name: r.reads for name, r in BY_NAME.items()}


@dataclass(frozen=True)
class PageLinks:
    """Where a page's links go: other document pages (``docs`` + file name + ``.html``), the views, and
    a neighbourhood view of a document (``neighbourhood`` + quoted IRI)."""

    docs: str = ""
    graph: str = "../graph.html"
    report: str = "../report.html"
    index: str = "../index.html"
    neighbourhood: str = "../graph.html#focus="


@dataclass(frozen=True)
class Shown:
    """An evidence sentence on the page: what it supports and its context."""

    what: str
    other: dict | None
    method: str
    confidence: float
    cue: str | None
    context: Context


def _first(edges, iri: str) -> tuple[list[str], int]:
    """The first :data:`MAX_ROWS` documents ``edges`` (a view's ``out`` or ``into`` of one relation)
    holds for ``iri``, and how many it holds: a national law is cited by tens of thousands, whose
    rows and sentences a page neither reads nor shows (the dependents list pages them all)."""
    if hasattr(edges, "first"):  # an index's: the page's rows and a count, read by SQL
        return edges.first(iri, MAX_ROWS)
    found = edges.get(iri, ())
    return list(found[:MAX_ROWS]), len(found)


def _ref(view: View, names: PageNaming, links: PageLinks, iri: str) -> dict:
    doc = view.docs.get(iri)
    stem = names.get(iri)
    return {"label": doc.label if doc else iri, "title": doc.title if doc else None,
            "href": f"{links.docs}{stem}.html" if stem else None}


def document_page(kg, doc: str, *, as_of: str | dt.date | None = None, sources: SourceTexts | None = None,
                  links: PageLinks = PageLinks(), names: PageNaming | None = None,
                  duties_of: Callable[[str], Sequence[DutyView]] | None = None) -> str:
    """The page of ``doc`` (number, title or IRI) with status on ``as_of`` (default today); ``duties_of``
    gives the duties a document assigns (default: the view's)."""
    view: View = kg.view
    day = as_of_date(as_of)
    sources = sources or SourceTexts({})
    names = names if names is not None else page_names(view)
    found = view.find(doc)
    iri = found.iri
    ref = lambda other: _ref(view, names, links, other)  # noqa: E731
    st = status(kg, iri, as_of=day)
    notice = view.docs.get(found.notice) if found.notice else None
    state = category(st.state, in_corpus=found.in_corpus or bool(found.notice))

    shown: list[Shown] = []

    def show(what: str, other: str | None, evidence: list[Evidence] | tuple[Evidence, ...]) -> list[int]:
        numbers = []
        for ev in evidence:
            shown.append(Shown(what, ref(other) if other else None, ev.method, ev.confidence, ev.cue, sources.context(ev)))
            numbers.append(len(shown))
        return numbers

    status_marks = show(f"status: {st.state.replace('_', ' ')}", None, st.evidence)
    relations, relations_total = [], 0
    for predicate, name in RELATIONS.items():
        out_word, in_word = _PREDICATE_WORDS[name]
        others, total = _first(view.out[name], iri)
        relations_total += total
        for other in others:
            relations.append({"word": out_word, "relation": name, "doc": ref(other),
                              "marks": show(out_word, other, view.evidence_for(iri, predicate, other))})
        others, total = _first(view.into[name], iri)
        relations_total += total
        for other in others:
            relations.append({"word": in_word, "relation": name, "doc": ref(other),
                              "marks": show(in_word, other, view.evidence_for(other, predicate, iri))})
    for org in found.issuers:
        show(f"issued by {view.org_name(org)}", None, view.evidence_for(iri, ELI.passed_by, org))

    shown_from, line = lineage_around(kg, iri, MAX_ROWS)
    deps = dependencies(kg, iri, limit=MAX_ROWS)
    rests = dependents(kg, iri, limit=MAX_ROWS)
    duties = []
    # an index-backed view reads this document's rows; an in-memory one indexes every duty once
    if duties_of is None:
        duties_of = view.duties_of if hasattr(view, "duties_of") else view.memo("duties_by_document", _duties_by_document).get
    of_doc = duties_of(iri) or ()
    for duty in of_doc:
        duties.append({"task": duty.task, "lead": [view.org_name(o) for o in duty.lead],
                       "support": [view.org_name(o) for o in duty.support],
                       "marks": show(f"duty: {duty.task}", None, [duty.evidence])})
    rules = [ref(r) for r in rules_of(view, iri)]
    return render(
        "document.html",
        doc=found,
        place=view.place_name(found.jurisdiction),
        issuers=[view.org_name(o) for o in found.issuers],
        notice=ref(notice.iri) if notice else None,
        rules=rules,
        status=st,
        state=state,
        state_style=STATUS_STYLE[state],
        status_marks=status_marks,
        relations=relations,
        relations_total=relations_total,
        edge_style=EDGE_STYLE,
        lineage=[{"newer": ref(s.newer_iri), "older": ref(s.older_iri), "relation": s.relation,
                  "word": _PREDICATE_WORDS[s.relation][0], "current": iri in (s.newer_iri, s.older_iri)}
                 for s in line.steps],
        lineage_first=shown_from,
        lineage_total=line.step_count,
        dependencies=[_dep(d, ref) for d in deps],
        dependencies_total=len(deps) if len(deps) < MAX_ROWS else reach(kg, iri, forward=True),
        dependents=[_dep(d, ref) for d in rests],
        dependents_total=len(rests) if len(rests) < MAX_ROWS else reach(kg, iri, forward=False),
        duties=duties,
        evidence=shown,
        entity_labels=ENTITY_LABELS,
        links=links,
        neighbourhood_href=links.neighbourhood + quote(iri, safe=""),
        css=assets.static("page.css"),
        max_rows=MAX_ROWS,
    )


def _duties_by_document(view: View) -> dict[str, list]:
    """Document IRI -> the duties it assigns, in the view's order (a page per document would
    otherwise scan every duty of the corpus)."""
    found: dict[str, list] = defaultdict(list)
    for duty in view.duties:
        found[duty.by].append(duty)
    return found


def _dep(d, ref) -> dict:
    return {"doc": ref(d.iri), "title": d.title, "depth": d.depth, "relation": d.relation, "via": d.via,
            "level": d.level, "jurisdiction": d.jurisdiction,
            "evidence": d.evidence[0].text if d.evidence and d.evidence[0].text else ""}
