"""Lineage and dependency questions: the chain of editions and supersessions of a document, what it
rests on (transitively, through cites / based_on / replies-to, up through provincial and national
documents) and what rests on it.

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府发〔2024〕2号", "title": "甲", "issuers": ["泸州市人民政府"], "date": "2024-01-02"},
...     {"doc_number": "泸市府发〔2024〕1号", "title": "乙", "issuers": ["泸州市人民政府"], "date": "2024-01-01"}],
...   "citations": [
...     {"by": "泸市府发〔2024〕2号", "cited_number": "泸市府发〔2024〕1号", "cited_title": "乙", "evidence": "…", "kind": "based_on"},
...     {"by": "泸市府发〔2024〕1号", "cited_number": "国发〔2022〕11号", "cited_title": None, "evidence": "…"}]}])
>>> [(d.document, d.depth, d.level) for d in dependencies(kg, "泸市府发〔2024〕2号")]
[('泸市府发〔2024〕1号', 1, 'municipal'), ('国发〔2022〕11号', 2, 'national')]
>>> [d.document for d in dependents(kg, "国发〔2022〕11号")]
['泸市府发〔2024〕1号', '泸市府发〔2024〕2号']

SPARQL equivalent of ``dependencies`` (examples/queries/dependency_chain.rq)::

    SELECT DISTINCT ?dep WHERE { ?doc (eli:cites|eli:based_on|regkg:repliesTo)+ ?dep }
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass

from regkg.ontology.relations import SUCCESSIONS
from regkg.graph.status import REFERENCE_RELATIONS
from regkg.graph.memory_view import PREDICATE_OF, Evidence, View

__all__ = ["Step", "Lineage", "Chains", "chains", "Dependency", "lineage", "lineage_around", "dependencies", "dependents"]

# Relations that make one document a later edition of, or a replacement for, another.
SUCCESSION_RELATIONS = SUCCESSIONS  # what ends or replaces another: the relation table's successions


@dataclass(frozen=True)
class Step:
    """``newer`` repeals or replaces ``older``."""

    newer: str
    newer_iri: str
    older: str
    older_iri: str
    relation: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Lineage:
    """The editions of a document, oldest first, and the steps that link them; or one page of the steps
    (``limit``/``offset`` of :func:`lineage`) and the editions they join. ``step_count`` and
    ``edition_count`` count the whole chain; ``first_step`` is the place among all its steps of the first
    that names the document (None: it has none), so a page can be drawn around it."""

    document: str
    iri: str
    editions: tuple[str, ...]
    steps: tuple[Step, ...]
    edition_count: int
    step_count: int
    first_step: int | None


@dataclass(frozen=True)
class Chains:
    """Every chain of editions of a view: the documents one succession joins to another, either way, in
    order (oldest first: by year, date, label, IRI), and their steps (newer, older, relation) in order (by
    the newer's place, the older's, the relation). Made once for the whole view, as the index writes it,
    so a lineage is a look-up and a slice, not a walk."""

    of: dict[str, tuple[int, int, int]]  # edition -> (its chain, its place in it, the place of its first step)
    editions: list[list[str]]
    steps: list[list[tuple[str, str, str]]]


def chains(view: View) -> Chains:
    """The :class:`Chains` of ``view`` (an in-memory view's; the index keeps them as rows)."""
    parent: dict[str, str] = {}

    def root(iri: str) -> str:
        while (up := parent.setdefault(iri, iri)) != iri:
            parent[iri] = iri = parent.setdefault(up, up)  # halve the path as it is climbed
        return iri

    joined = sorted((s, o, relation) for relation in SUCCESSION_RELATIONS
                    for s, olds in view.out[relation].items() for o in olds)
    for s, o, _ in joined:
        a, b = root(s), root(o)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[str, list[str]] = {}
    for iri in sorted(parent):
        members.setdefault(root(iri), []).append(iri)
    docs = view.docs
    editions = [sorted(group, key=lambda i: (_year(docs[i]), docs[i].date or "", docs[i].label, i))
                for _, group in sorted(members.items())]  # chains in the order of their least IRI
    at = {iri: (chain, place) for chain, group in enumerate(editions) for place, iri in enumerate(group)}
    steps: list[list[tuple[str, str, str]]] = [[] for _ in editions]
    for step in joined:
        steps[at[step[0]][0]].append(step)
    first: dict[str, int] = {}
    for found in steps:
        found.sort(key=lambda s: (at[s[0]][1], at[s[1]][1], s[2]))
        for n, (newer, older, _) in enumerate(found):
            first.setdefault(newer, n)
            first.setdefault(older, n)
    return Chains({iri: (*at[iri], first[iri]) for iri in at}, editions, steps)


@dataclass(frozen=True)
class Dependency:
    """A document reached from the start through ``relation`` at ``depth``, by way of ``via``."""

    document: str
    iri: str
    title: str | None
    depth: int
    via: str
    relation: str
    jurisdiction: str | None
    level: str | None
    evidence: tuple[Evidence, ...]


def _view(kg) -> View:
    return getattr(kg, "view", kg)


def _start(view: View, doc: str) -> str:
    found = view.find(doc)
    return found.notice or found.iri  # an attached rule rests on what its notice rests on


def lineage(kg, doc: str, *, limit: int | None = None, offset: int = 0) -> Lineage:
    """Every edition before and after ``doc``: what it repealed or replaced, and what did it to it.
    ``limit``/``offset``: one page of the steps, with the editions they join (a generated national
    corpus chains 1,942 editions)."""
    view = _view(kg)
    start = _start(view, doc)
    docs = view.docs
    # an index holds every chain's rows in order (regkg.graph.index_write); a view makes them once
    found = view.chain_of(start, limit, offset) if view.indexed else _chain_of(view.memo("chains", chains), start,
                                                                               limit, offset)
    if found is None:
        return Lineage(docs[start].label, start, (docs[start].label,), (), 1, 0, None)
    (_, _, first), editions, steps, edition_count, step_count = found
    if view.indexed:
        docs.prefetch({start, *editions})
    facts = [(n, PREDICATE_OF[r], o) for n, o, r in steps]
    evidence = view.evidence_of(facts) if view.indexed else view.evidence
    return Lineage(
        docs[start].label,
        start,
        tuple(docs[i].label for i in editions),
        tuple(Step(docs[n].label, n, docs[o].label, o, r, tuple(evidence.get(fact, ())))
              for (n, o, r), fact in zip(steps, facts)),
        edition_count,
        step_count,
        first,
    )


def lineage_around(kg, doc: str, rows: int) -> tuple[int, Lineage]:
    """At most ``rows`` steps of the lineage of ``doc``, and where they start among all its steps: the
    first ``rows``, or, where they do not name it, those around its first step (a page, a drawing)."""
    line = lineage(kg, doc, limit=rows)
    if (line.first_step or 0) < rows:
        return 0, line
    offset = min(line.first_step - rows // 2, line.step_count - rows)
    return offset, lineage(kg, doc, limit=rows, offset=offset)


def _chain_of(made: Chains, iri: str, limit: int | None, offset: int) -> tuple | None:
    """What :meth:`~regkg.graph.index_read.IndexView.chain_of` reads from an index, from ``made``."""
    if iri not in made.of:
        return None
    chain = made.of[iri][0]
    steps = made.steps[chain][offset : None if limit is None else offset + limit]
    joined = {i for newer, older, _ in steps for i in (newer, older)}
    editions = [i for i in made.editions[chain] if i in joined]
    return made.of[iri], editions, steps, len(made.editions[chain]), len(made.steps[chain])


def _year(doc) -> str:
    """The year a document belongs to: its date's, else its number's."""
    if doc.date:
        return doc.date[:4]
    number = doc.number or ""
    return number[number.find("〔") + 1 : number.find("〔") + 5] if "〔" in number else ""


def _walk(kg, doc: str, *, forward: bool, limit: int | None = None, offset: int = 0) -> list[Dependency]:
    # Breadth first, a level at a time: the level's edges, then its documents, each looked up together
    # (an index reads them in one query per level, not one per document: the dependents of a national
    # law are tens of thousands). The answer is ordered by (depth, label, IRI), so a page needs the
    # levels up to its last row, and the evidence of its own rows only.
    view = _view(kg)
    start = _start(view, doc)
    docs, places = view.docs, view.places
    found = []  # (depth, from, relation, to)
    for level in _levels(view, start, forward, room=None if limit is None else offset + limit):
        if view.indexed:
            docs.prefetch(other for *_, other in level)
        found += level
        if limit is not None and len(found) >= offset + limit:
            break
    found.sort(key=lambda f: (f[0], docs[f[3]].label, f[3]))
    page = found[offset : None if limit is None else offset + limit]
    facts = [(iri, PREDICATE_OF[r], other) if forward else (other, PREDICATE_OF[r], iri) for _, iri, r, other in page]
    evidence = view.evidence_of(facts) if view.indexed else view.evidence
    if view.indexed:
        docs.prefetch(iri for _, iri, _, _ in page)
    out = []
    for (depth, iri, relation, other), fact in zip(page, facts):
        d = docs[other]
        place = places.get(d.jurisdiction or "")
        out.append(Dependency(d.label, other, d.title, depth, docs[iri].label, relation,
                              place[0] if place else None, place[1] if place else None,
                              tuple(evidence.get(fact, ()))))
    return out


def _levels(view, start: str, forward: bool, room: int | None = None) -> Iterator[list[tuple[int, str, str, str]]]:
    """The documents ``start`` reaches, a level at a time: (depth, from, relation, to), each reached once
    (from the first document of the frontier, in IRI order, and the first relation that reaches it).
    ``room``: how many are wanted in all; a level that holds more may be cut there, in label order."""
    seen, frontier, depth = {start}, [start], 0
    while frontier:
        depth += 1
        if room is not None and not forward and view.indexed and len(frontier) <= RANKED_FRONTIER:
            level = _ranked_level(view, frontier, depth, seen, room)
        else:
            targets = _targets(view, frontier, forward)
            level = []
            for iri in frontier:
                for relation in REFERENCE_RELATIONS:
                    for other in targets[relation].get(iri, ()):
                        if other not in seen:
                            seen.add(other)
                            level.append((depth, iri, relation, other))
        yield level
        if room is not None:
            room -= len(level)
            if room <= 0:
                return
        frontier = sorted(other for *_, other in level)


# A level reached from at most this many documents is read from the index in label order and cut at
# the page: one ordered stream per (document, relation), merged; a larger frontier is read whole.
RANKED_FRONTIER = 16


def _ranked_level(view, frontier: list[str], depth: int, seen: set[str], room: int) -> list[tuple[int, str, str, str]]:
    """The first ``room`` documents of the level resting on ``frontier``, in label order (the order the
    answer is sorted in), from the index's ranked edges. A document several streams hold comes first
    from the earliest (frontier document, relation), as the whole level takes it."""
    def stream(f: int, r: int) -> Iterator[tuple[int, int, int, str]]:
        for rank, other in view.ranked_subjects(REFERENCE_RELATIONS[r], frontier[f]):
            yield rank, f, r, other

    level = []
    for _, f, r, other in heapq.merge(*(stream(f, r) for f in range(len(frontier))
                                        for r in range(len(REFERENCE_RELATIONS)))):
        if other not in seen:
            seen.add(other)
            level.append((depth, frontier[f], REFERENCE_RELATIONS[r], other))
            if len(level) == room:
                break
    return level


def reach(kg, doc: str, *, forward: bool) -> int:
    """How many documents ``doc`` rests on (``forward``) or rest on it, transitively: the length of
    :func:`dependencies` / :func:`dependents` without reading a row of them."""
    view = _view(kg)
    return sum(map(len, _levels(view, _start(view, doc), forward)))


def _targets(view, frontier: list[str], forward: bool) -> dict[str, dict[str, list[str]]]:
    """relation -> {document of ``frontier``: the documents it rests on (``forward``) or that rest on it}."""
    if view.indexed:
        return {relation: view.edges_of(relation, frontier, forward) for relation in REFERENCE_RELATIONS}
    index = view.out if forward else view.into
    return {relation: index[relation] for relation in REFERENCE_RELATIONS}


def dependencies(kg, doc: str, *, limit: int | None = None, offset: int = 0) -> list[Dependency]:
    """What ``doc`` rests on, transitively, nearest first (then by label); ``limit``/``offset``: one page."""
    return _walk(kg, doc, forward=True, limit=limit, offset=offset)


def dependents(kg, doc: str, *, limit: int | None = None, offset: int = 0) -> list[Dependency]:
    """What rests on ``doc``, transitively, nearest first (then by label); ``limit``/``offset``: one page
    (the dependents of a national law are tens of thousands)."""
    return _walk(kg, doc, forward=False, limit=limit, offset=offset)
