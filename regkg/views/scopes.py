"""What a view shows, before any HTML: nodes and edges with their look, tooltip text and links,
picked from the graph for the whole corpus, one document's neighbourhood, or a department's duties.

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府发〔2024〕2号", "title": "新办法", "issuers": ["泸州市人民政府"], "date": "2024-01-02",
...      "in_force": {"from": "2024-01-02", "until": None, "evidence": "自印发之日起施行。"}}],
...   "repeals": [{"by": "泸市府发〔2024〕2号", "target_number": "泸市府发〔2019〕1号", "target_title": "旧办法",
...                "evidence": "《旧办法》(泸市府发〔2019〕1号)同时废止。", "cue": "同时废止"}]}])
>>> scope = neighbourhood(kg, "泸市府发〔2024〕2号", depth=1, as_of="2024-06-01")
>>> sorted((n.label, n.status) for n in scope.nodes.values())
[('泸州市人民政府', 'department'), ('泸市府发〔2019〕1号', 'repealed'), ('泸市府发〔2024〕2号', 'in_force')]
>>> sorted(e.relation for e in scope.edges)
['issues', 'issues', 'repeals']
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from dataclasses import dataclass, field

from regkg.graph.duties import NETWORK_NODES, busiest_bodies, department_bodies
from regkg.graph.lineage import lineage_around
from regkg.graph.status import Status, as_of_date, document_dates, state_of
from regkg.graph.status import status as _doc_status
from regkg.graph.memory_view import PREDICATE_OF, Doc, Evidence, View
from regkg.keys.pages import PageNaming
from regkg.ontology import ELI
from regkg.views.style import category

__all__ = ["Node", "Edge", "Scope", "corpus", "overview", "neighbourhood", "department", "duty_network", "page_names",
           "MAX_NODES", "TITLE_CHARS"]

# Above this many nodes a network view would take the browser more than a few seconds to open; the
# corpus view then shows the overview (a node per jurisdiction) instead, and says so.
MAX_NODES = NETWORK_NODES
# Node labels longer than this are cut (the tooltip has the whole title).
TITLE_CHARS = 16


@dataclass
class Node:
    id: str
    label: str
    kind: str  # a key of style.NODE_TYPES
    status: str  # a key of style.STATUS_STYLE
    tooltip: str
    page: str | None = None  # file name stem of the node's document page
    search: str = ""  # extra text the search box matches


@dataclass
class Edge:
    source: str
    target: str
    relation: str  # a key of style.EDGE_STYLE
    tooltip: str


@dataclass
class Scope:
    """One view's nodes and edges, a heading, and a note shown above the network (or None)."""

    title: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    note: str | None = None
    focus: str | None = None
    as_of: str = ""


def page_names(view: View) -> PageNaming:
    """IRI -> file name stem of every document page (unique, deterministic: :mod:`regkg.keys.pages`). Every
    network, the report, the index and each page link through it: a view in memory makes it once, an index
    looks each name up (a national corpus's names are millions)."""
    return view.page_names()


def _short(text: str, limit: int = TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _evidence_lines(evidence: tuple[Evidence, ...] | list[Evidence]) -> list[str]:
    lines = []
    for ev in evidence[:3]:
        if ev.text:
            where = f" ({ev.source})" if ev.source else ""
            lines.append(f"“{ev.text}”{where}")
    return lines


class _Builder:
    """Adds nodes and edges to a scope, computing each document's status once."""

    def __init__(self, kg, scope: Scope, as_of: str) -> None:
        self.kg = kg
        self.view: View = kg.view
        self.scope = scope
        self.as_of = as_of
        self.names = page_names(self.view)
        self._status: dict[str, Status] = {}

    def status(self, iri: str) -> Status:
        if iri not in self._status:
            self._status[iri] = _doc_status(self.kg, iri, as_of=self.as_of)
        return self._status[iri]

    def doc(self, iri: str) -> None:
        if iri in self.scope.nodes:
            return
        doc: Doc = self.view.docs[iri]
        st = self.status(iri)
        kind = "rule" if doc.notice else "reference" if doc.unresolved else "document"
        label = _short(doc.title or doc.label) if doc.notice or not doc.number else doc.number
        lines = [doc.number or "(no 发文字号)", doc.title or "(no title)"]
        if doc.date:
            lines.append(f"date: {doc.date}")
        if doc.jurisdiction:
            lines.append(f"jurisdiction: {self.view.place_name(doc.jurisdiction)}")
        lines.append(f"status on {self.as_of}: {st.state.replace('_', ' ')} — {st.reason}")
        if not doc.in_corpus and not doc.notice:
            lines.append("not in the inputs (known from citations)")
        lines += _evidence_lines(st.evidence)
        self.scope.nodes[iri] = Node(
            iri, label, kind, category(st.state, in_corpus=doc.in_corpus or bool(doc.notice)),
            "\n".join(lines), self.names.get(iri), " ".join(filter(None, [doc.title, *doc.alt_titles])),
        )

    def org(self, iri: str) -> None:
        if iri in self.scope.nodes:
            return
        org = self.view.orgs.get(iri)
        name = org.name if org else iri
        lines = [name]
        if org and org.alt_labels:
            lines.append("also printed as: " + "、".join(org.alt_labels))
        if org and org.jurisdiction:
            lines.append(f"jurisdiction: {self.view.place_name(org.jurisdiction)}")
        self.scope.nodes[iri] = Node(iri, _short(name, 20), "department", "department", "\n".join(lines),
                                     None, " ".join(org.alt_labels) if org else "")

    def relation(self, source: str, target: str, relation: str) -> None:
        evidence = self.view.evidence_for(source, PREDICATE_OF[relation], target)
        s, t = self.view.docs[source], self.view.docs[target]
        lines = [f"{s.label} {relation.replace('_', ' ')} {t.label}", *_evidence_lines(evidence)]
        self.scope.edges.append(Edge(source, target, relation, "\n".join(lines)))

    def attaches(self, notice: str, rule: str) -> None:
        self.scope.edges.append(Edge(notice, rule, "attaches",
                                     f"{self.view.docs[notice].label} issues 《{self.view.docs[rule].title or ''}》"))

    def issues(self, org: str, doc: str) -> None:
        evidence = self.view.evidence_for(doc, ELI.passed_by, org)
        lines = [f"{self.view.org_name(org)} issued {self.view.docs[doc].label}", *_evidence_lines(evidence)]
        self.scope.edges.append(Edge(org, doc, "issues", "\n".join(lines)))

    def doc_relations(self) -> None:
        """Every document relation between documents already in the scope, and rule attachments."""
        nodes = sorted(self.scope.nodes)
        for relation in PREDICATE_OF:
            edges = self.view.out[relation]
            for s in nodes:  # each node's own edges: an index's are a query each, not every edge of the corpus
                for t in edges.get(s, ()):
                    if t in self.scope.nodes:
                        self.relation(s, t, relation)
        for iri in sorted(self.scope.nodes):
            doc = self.view.docs.get(iri)
            if doc is not None and doc.notice and doc.notice in self.scope.nodes:
                self.attaches(doc.notice, iri)

    def issuers(self, docs: list[str]) -> None:
        for iri in docs:
            for org in self.view.docs[iri].issuers:
                self.org(org)
                self.issues(org, iri)

    def duties(self, duties, only: set[str] | None = None) -> None:
        """Document -> department edges, one per (document, department, role), listing the tasks;
        ``only``: just these departments' edges."""
        tasks: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for duty in duties:
            self.doc(duty.by)
            for role, members in (("lead", duty.lead), ("support", duty.support)):
                for org in members:
                    if only is not None and org not in only:
                        continue
                    self.org(org)
                    text = duty.task + (f"\n   “{duty.evidence.text}”" if duty.evidence.text else "")
                    tasks[(duty.by, org, role)].append(text)
        for (doc, org, role), items in sorted(tasks.items()):
            head = f"{self.view.org_name(org)} — {role} — {self.view.docs[doc].label}"
            shown = items[:5] + ([f"… and {len(items) - 5} more"] if len(items) > 5 else [])
            self.scope.edges.append(Edge(doc, org, role, "\n".join([head, *("• " + t for t in shown)])))


def _as_of(as_of) -> str:
    return as_of_date(as_of)


def corpus(kg, *, as_of: str | dt.date | None = None, max_nodes: int = MAX_NODES) -> Scope:
    """Every document, attached rule and issuing body; above ``max_nodes`` the neighbourhood of the
    most connected document instead, with a note saying so."""
    view: View = kg.view
    day = _as_of(as_of)
    # an index counts its nodes without reading every document
    nodes = len(view.docs) + view.issuer_count() if view.indexed else \
        len(set(view.docs) | {org for doc in view.docs.values() for org in doc.issuers})
    if nodes > max_nodes:
        scope = overview(kg, as_of=day)
        scope.note = (f"The whole graph has {nodes:,} nodes, more than the {max_nodes:,} a browser draws "
                      "without freezing: showing each jurisdiction's documents as one node (hover for their count by "
                      "status) and the references between them. For a corpus this size, run `regkg serve`; "
                      "`regkg view --doc NUMBER` writes one document's neighbourhood.")
        return scope
    scope = Scope("regkg — all documents", as_of=day)
    build = _Builder(kg, scope, day)
    for iri in sorted(view.docs):
        build.doc(iri)
    build.doc_relations()
    build.issuers(sorted(view.docs))
    return scope


# The group of documents that name no jurisdiction, and of those outside the inputs (known from citations).
NO_PLACE, OUTSIDE = "(no jurisdiction)", "(outside the inputs)"


def overview(kg, *, as_of: str | dt.date | None = None) -> Scope:
    r"""The corpus at any size as aggregates: one node per jurisdiction holding its documents of the
    inputs (one for those outside the inputs), with their count by status, and one edge per relation
    between two groups with how many references it stands for.

    >>> from regkg.graph.api import build_records
    >>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
    ...     {"doc_number": "泸市府发〔2024〕2号", "title": "新办法", "date": "2024-01-02"}],
    ...   "repeals": [{"by": "泸市府发〔2024〕2号", "target_number": "泸市府发〔2019〕1号", "evidence": "…同时废止。"}]}])
    >>> scope = overview(kg, as_of="2024-06-01")
    >>> sorted(n.label for n in scope.nodes.values()), [e.tooltip for e in scope.edges]
    (['(outside the inputs)\n1 document', '泸州市\n1 document'], ['泸州市 repeals (outside the inputs): 1'])
    """
    view: View = kg.view
    day = _as_of(as_of)
    names: dict[str | None, str] = {}

    def group(in_corpus, jurisdiction: str | None) -> str:
        if not in_corpus:
            return OUTSIDE
        if jurisdiction not in names:
            names[jurisdiction] = view.place_name(jurisdiction) or NO_PLACE
        return names[jurisdiction]

    states: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for in_corpus, jurisdiction, start, _, until, repeal_from in document_dates(kg):  # an index's a row at a time
        states[group(in_corpus, jurisdiction)][state_of(start, until, repeal_from, day)] += 1
    references: dict[tuple[str, str, str], int] = defaultdict(int)
    if view.indexed:  # counted by SQL, the edges never held
        for relation, s_in, s_place, o_in, o_place, n in view.edge_groups():
            if relation in PREDICATE_OF:
                references[(group(s_in, s_place), group(o_in, o_place), relation)] += n
    else:
        group_of = {iri: group(d.in_corpus, d.jurisdiction) for iri, d in view.docs.items() if not d.notice}
        for relation in PREDICATE_OF:
            for s, targets in view.out[relation].items():
                for t in targets:
                    if s in group_of and t in group_of:
                        references[(group_of[s], group_of[t], relation)] += 1
    scope = Scope("regkg — overview: jurisdictions and the references between them", as_of=day)
    for group in sorted(states):
        counts = states[group]
        total = sum(counts.values())
        lines = [group, f"{total:,} document{'s' * (total != 1)}",
                 *(f"{state.replace('_', ' ')}: {n:,}" for state, n in sorted(counts.items()))]
        scope.nodes[f"group:{group}"] = Node(f"group:{group}", "\n".join(lines[:2]), "group", "group",
                                             "\n".join(lines), None, group)
    for (s, t, relation), n in sorted(references.items()):
        scope.edges.append(Edge(f"group:{s}", f"group:{t}", relation, f"{s} {relation.replace('_', ' ')} {t}: {n:,}"))
    return scope


def _neighbours(view: View, iri: str) -> list[str]:
    found = []
    for relation in PREDICATE_OF:
        found += view.out[relation].get(iri, ())
        found += view.into[relation].get(iri, ())
    doc = view.docs[iri]
    if doc.notice:
        found.append(doc.notice)
    found += rules_of(view, iri)
    return sorted(set(found))


def rules_of(view: View, notice: str) -> list[str]:
    """The IRIs of the rules ``notice`` issues, sorted (an index made once per view)."""
    if hasattr(view, "rules_of"):  # an index-backed view asks for this notice's rows only
        return view.rules_of(notice)
    return view.memo("rules_by_notice", _rules_by_notice).get(notice, [])


def _rules_by_notice(view: View) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for iri, doc in sorted(view.docs.items()):
        if doc.notice:
            found[doc.notice].append(iri)
    return found


def neighbourhood(kg, doc: str, *, depth: int = 1, as_of: str | dt.date | None = None,
                  max_nodes: int = MAX_NODES) -> Scope:
    """``doc`` and every document within ``depth`` steps of it (citations both ways, repeals,
    replies, attached rules), its lineage (``max_nodes`` steps of it around ``doc``), and the bodies that
    issued them."""
    view: View = kg.view
    day = _as_of(as_of)
    start = view.find(doc).iri
    seen = {start: 0}
    queue = deque([start])
    while queue:
        iri = queue.popleft()
        if seen[iri] >= depth or len(seen) >= max_nodes:
            continue
        for other in _neighbours(view, iri):
            if other not in seen:
                seen[other] = seen[iri] + 1
                queue.append(other)
    for step in lineage_around(kg, start, max_nodes)[1].steps:
        seen.setdefault(step.newer_iri, depth)
        seen.setdefault(step.older_iri, depth)
    for iri in [i for i in seen if i in view.docs]:
        for rule in rules_of(view, iri):  # an index reads only these documents' rules, not every document
            seen.setdefault(rule, depth)
    label = view.docs[start].label
    scope = Scope(f"{label} — neighbourhood, depth {depth}", focus=start, as_of=day)
    build = _Builder(kg, scope, day)
    for iri in sorted(seen, key=lambda i: (seen[i], i))[:max_nodes]:
        build.doc(iri)
    build.doc_relations()
    build.issuers([i for i in sorted(scope.nodes) if i in view.docs and not view.docs[i].notice])
    if len(seen) > max_nodes:
        scope.note = f"Cut at {max_nodes} nodes, nearest first."
    return scope


def department(kg, name: str, *, jurisdiction: str | None = None, as_of: str | dt.date | None = None,
               max_nodes: int = MAX_NODES) -> Scope:
    """A department's duties: the documents that give it tasks, and the other departments on them; past
    ``max_nodes`` duties the first of them, in the documents' order, with a note saying so."""
    orgs = set(department_bodies(kg, name, jurisdiction=jurisdiction))  # DepartmentNotFound if no such body
    day = _as_of(as_of)
    view: View = kg.view
    title = "、".join(sorted(view.org_name(o) for o in orgs))
    scope = Scope(f"{title} — duties", focus=sorted(orgs)[0] if orgs else None, as_of=day)
    build = _Builder(kg, scope, day)
    for org in sorted(orgs):
        build.org(org)
    # read where they are (an index's by SQL, not every duty of the corpus), and no more than a browser draws:
    # a body of a national corpus may hold tens of thousands
    duties = view.duties_naming(orgs, limit=max_nodes + 1)
    if len(duties) > max_nodes:
        duties = duties[:max_nodes]
        scope.note = (f"{title} has more than {max_nodes:,} duties, more than a browser draws without freezing: "
                      f"showing the first {max_nodes:,} in the documents' order. `regkg duties` and the workbench's "
                      "department page list them all.")
    build.duties(duties)
    return scope


def duty_network(kg, *, as_of: str | dt.date | None = None, max_nodes: int | None = None) -> Scope:
    """Every duty: documents and the departments they give tasks to (search a department to focus).
    Above ``max_nodes`` documents and departments (default :data:`MAX_NODES`), the departments with the
    most duties (and their documents) as fit, with a note saying so."""
    view: View = kg.view
    day = _as_of(as_of)
    scope = Scope("regkg — duties: documents × departments", as_of=day)
    # only the duties shown are read: the bodies are picked where the duties are counted (a large build's
    # on disk; an index keeps the pick)
    chosen = busiest_bodies(kg, max_nodes)
    kept = set(chosen.kept) if chosen.kept is not None else None
    duties = view.duties if kept is None else view.duties_naming(kept)
    if kept is not None:
        scope.note = (f"All duties make {chosen.nodes} nodes, more than the {chosen.max_nodes} a browser draws without "
                      f"freezing. Showing the {len(kept)} departments with the most duties of {chosen.bodies}: "
                      "use `regkg view --department NAME` or `regkg serve` for any other.")
    _Builder(kg, scope, day).duties(duties, only=kept)
    return scope
