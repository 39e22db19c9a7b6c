"""Who does what: the duties of a department, the owners of tasks matching a phrase, and the
departments with their abbreviations.

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府办发〔2024〕1号", "title": "预案", "issuers": ["泸州市人民政府办公室"], "date": "2024-01-01"}],
...   "duties": [{"by": "泸市府办发〔2024〕1号", "task": "重污染天气预警", "lead": ["市生态环境局"],
...               "support": ["市气象局"], "evidence": "市生态环境局牵头,市气象局配合"}]}])
>>> [(d.task, d.role) for d in duties(kg, "市生态环境局")]
[('重污染天气预警', 'lead')]
>>> [(o.department, o.role) for o in owners(kg, "预警")]
[('泸州市生态环境局', 'lead'), ('泸州市气象局', 'support')]

SPARQL equivalent of ``duties`` (examples/queries/duties_of_department.rq)::

    SELECT ?task ?role ?doc WHERE {
      ?org skos:prefLabel|skos:altLabel "市生态环境局" .
      { ?duty regkg:leadDepartment ?org BIND("lead" AS ?role) } UNION
      { ?duty regkg:supportDepartment ?org BIND("support" AS ?role) }
      ?duty regkg:task ?task ; regkg:assignedBy ?doc .
    }
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from operator import itemgetter

from regkg.errors import RegkgError
from regkg.graph.memory_view import DutyView, Evidence, View
from regkg.graph.text_index import fold as _fold  # the duties' full text is folded so in the index too

__all__ = ["DutyOf", "Owner", "Department", "DepartmentNotFound", "duties", "department_bodies", "owners",
           "iter_owners", "owner_order", "departments", "DutyMatrix", "duty_matrix", "BusiestBodies", "busiest_bodies",
           "MATRIX_ROWS", "MATRIX_COLUMNS", "NETWORK_NODES"]


class DepartmentNotFound(RegkgError, LookupError):
    """No department in the graph has this name or abbreviation."""


@dataclass(frozen=True)
class DutyOf:
    """A task ``department`` leads or supports, and the document that assigns it."""

    department: str
    jurisdiction: str | None
    task: str
    role: str
    document: str
    document_iri: str
    evidence: Evidence


@dataclass(frozen=True)
class Owner:
    """A department that leads or supports a task matching the phrase asked about."""

    department: str
    jurisdiction: str | None
    role: str
    task: str
    document: str
    evidence: Evidence


@dataclass(frozen=True)
class Department:
    name: str
    iri: str
    jurisdiction: str | None
    abbreviations: tuple[str, ...]
    lead: int
    support: int


def _view(kg) -> View:
    return getattr(kg, "view", kg)


def _area(jurisdiction: str | None) -> str | None:
    """An area's name as asked, folded as names are (臨汾市 is 临汾市); None: any area."""
    return _fold(jurisdiction) if jurisdiction else None


def _matching_orgs(view: View, name: str, jurisdiction: str | None) -> list[str]:
    """The bodies ``name`` (full or abbreviated) names in ``jurisdiction`` (any, without it), sorted; refused
    when there are none."""
    jurisdiction = _area(jurisdiction)
    if view.indexed:
        found = view.orgs_named(_fold(name))
    else:
        found = view.memo("orgs_by_name", _orgs_by_name).get(_fold(name), ())
    orgs = sorted(iri for iri in found if not jurisdiction or view.place_name(view.orgs[iri].jurisdiction) == jurisdiction)
    if not orgs:
        raise DepartmentNotFound(f"no department named {name!r}" + (f" in {jurisdiction}" if jurisdiction else ""))
    return orgs


def _orgs_by_name(view: View) -> dict[str, set[str]]:
    """Folded name or abbreviation -> the bodies so named."""
    index: dict[str, set[str]] = defaultdict(set)
    for iri, org in view.orgs.items():
        for name in (org.name, *org.alt_labels):
            index[_fold(name)].add(iri)
    return index


def duties(kg, department: str, *, jurisdiction: str | None = None, limit: int | None = None,
           offset: int = 0) -> list[DutyOf]:
    """Tasks ``department`` (full name or abbreviation, e.g. 市生态环境局) leads or supports.

    The same abbreviation names a different body in each city: pass ``jurisdiction`` (泸州市) to keep
    one; without it every city's body of that name is included, each labelled with its area.
    ``limit`` and ``offset`` give one page (an index-backed graph sorts in SQLite and reads the page).
    """
    view = _view(kg)
    orgs = _matching_orgs(view, department, jurisdiction)
    if view.indexed:
        docs = view.docs
        return [DutyOf(view.org_name(org), where, duty.task, role, docs[duty.by].label, duty.by, duty.evidence)
                for org, where, _, role, duty in view.duty_rows(_fold(department), _area(jurisdiction), limit, offset)]
    of_org = view.memo("duties_by_org", _duties_by_org)
    found = []
    for org in orgs:
        name, where = view.org_name(org), view.place_name(view.orgs[org].jurisdiction)
        for seq, role, duty in of_org.get(org, ()):
            document = view.docs[duty.by].label
            found.append(((where or "", document, duty.task, role, seq),
                          DutyOf(name, where, duty.task, role, document, duty.by, duty.evidence)))
    found.sort(key=itemgetter(0))
    return [d for _, d in found[offset:None if limit is None else offset + limit]]


def department_bodies(kg, department: str, *, jurisdiction: str | None = None) -> list[str]:
    """The bodies ``department`` names (as :func:`duties` reads it) that lead or support a task, sorted IRIs:
    whose duties a drawing of the department shows, found without reading them."""
    orgs = _matching_orgs(_view(kg), department, jurisdiction)
    tasked = {d.iri for d in departments(kg, jurisdiction=jurisdiction) if d.lead or d.support}
    return [org for org in orgs if org in tasked]


def _duties_by_org(view: View) -> dict[str, list[tuple[int, str, DutyView]]]:
    """Body IRI -> (position, role, duty) of every task it leads or supports, as the duties are listed."""
    out: dict[str, list[tuple[int, str, DutyView]]] = defaultdict(list)
    for seq, duty in enumerate(view.duties):
        for role, members in (("lead", duty.lead), ("support", duty.support)):
            for org in members:
                out[org].append((seq, role, duty))
    return out


def owner_order(owner: Owner) -> tuple:
    """The order owners are listed in: leads before supports, then department, task, document, span, and
    (for a total order, the same from the index's SQL) place, source and sentence."""
    evidence = owner.evidence
    return (owner.role != "lead", owner.department, owner.task, owner.document, evidence.span or (0, 0),
            owner.jurisdiction or "", evidence.source or "", evidence.text or "")


def owners(kg, text: str, *, jurisdiction: str | None = None, limit: int | None = None,
           offset: int = 0) -> list[Owner]:
    """Departments that lead or support tasks whose name (or evidence sentence) contains ``text``, each once,
    in :func:`owner_order`; ``limit`` and ``offset`` give one page."""
    return list(iter_owners(kg, text, jurisdiction=jurisdiction, limit=limit, offset=offset))


def iter_owners(kg, text: str, *, jurisdiction: str | None = None, limit: int | None = None,
                offset: int = 0) -> Iterator[Owner]:
    """:func:`owners`, read as iterated: an index-backed graph searches and sorts in SQLite and reads one
    row at a time, so a word common to half a national corpus's duties is never held whole."""
    view, jurisdiction = _view(kg), _area(jurisdiction)
    if view.indexed:
        for department, where, role, task, document, *evidence in view.owner_rows(_fold(text), jurisdiction,
                                                                                   limit, offset):
            yield Owner(department, where, role, task, document, Evidence.of_columns(tuple(evidence)))
        return
    out = set()
    for duty in _duties_matching(view, _fold(text)):
        for role, members in (("lead", duty.lead), ("support", duty.support)):
            for org in members:
                where = view.place_name(view.orgs[org].jurisdiction)
                if jurisdiction and where != jurisdiction:
                    continue
                out.add(Owner(view.org_name(org), where, role, duty.task, view.docs[duty.by].label, duty.evidence))
    yield from sorted(out, key=owner_order)[offset:None if limit is None else offset + limit]


# Joins the folded task and evidence texts of all duties into one string searched at C speed; a
# character no folded text holds, so a match never runs from one text into the next.
_SEPARATOR = "\x00"


@dataclass(frozen=True)
class _DutyText:
    text: str  # every duty's folded task and evidence sentence, each followed by the separator
    starts: list[int]  # where each duty's texts start in ``text``


def _duty_text(view: View) -> _DutyText:
    parts, starts, at = [], [], 0
    for duty in view.duties:
        starts.append(at)
        for part in (_fold(duty.task), _fold(duty.evidence.text or "")):
            parts.append(part + _SEPARATOR)
            at += len(part) + 1
    return _DutyText("".join(parts), starts)


def _duties_matching(view: View, wanted: str) -> list[DutyView]:
    """Duties whose folded task or evidence sentence contains ``wanted``, in order: one C-speed
    search of the joined texts per match, so the work follows the answer, not the graph."""
    if not wanted or _SEPARATOR in wanted:
        return [d for d in view.duties if wanted in _fold(d.task) or wanted in _fold(d.evidence.text or "")]
    joined = view.memo("duty_text", _duty_text)
    found, at = [], joined.text.find(wanted)
    while at >= 0:
        index = bisect_right(joined.starts, at) - 1
        found.append(view.duties[index])
        following = joined.starts[index + 1] if index + 1 < len(joined.starts) else len(joined.text)
        at = joined.text.find(wanted, following)
    return found


def departments(kg, *, jurisdiction: str | None = None) -> list[Department]:
    """Every body named as a duty owner or issuer, with the abbreviations it is printed as."""
    view, jurisdiction = _view(kg), _area(jurisdiction)
    if view.indexed:
        return [Department(*row) for row in view.department_rows(jurisdiction)]
    every = view.memo("departments", _departments)
    if jurisdiction is None:
        return list(every)
    return [d for d in every if d.jurisdiction == jurisdiction]


def _departments(view: View, counts: Mapping[tuple[str, str], int] | None = None) -> list[Department]:
    """Every body with how many tasks it leads and supports: ``counts`` (body, role) -> tasks, else
    the view's."""
    counts = view.role_counts() if counts is None else counts
    out = [Department(org.name, iri, view.place_name(org.jurisdiction), tuple(org.alt_labels),
                      counts.get((iri, "lead"), 0), counts.get((iri, "support"), 0))
           for iri, org in sorted(view.orgs.items())]
    return sorted(out, key=lambda d: (d.jurisdiction or "", d.name))


# What the report's matrix shows (the busiest bodies × the busiest documents) and the nodes the duties'
# network draws at most (a browser freezes on more; regkg.views.scopes.MAX_NODES): both answered whole
# once, at the build, and kept in its index, so a server never reads a national corpus's duties to
# draw them (9 M at 20,000 gazettes; at 1,000, reading 457,532 took a request 13 s and 3 GB).
MATRIX_ROWS = 80
MATRIX_COLUMNS = 60
NETWORK_NODES = 2500
_BATCH = 64  # bodies whose documents are read at a time while the network's are picked


@dataclass(frozen=True)
class DutyMatrix:
    """The busiest bodies (``rows``, IRIs) × the busiest documents (``columns``, IRIs, by date), each
    non-empty cell (row, column, duties led, duties supported); how many bodies and documents have any."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, int, int, int], ...]
    bodies: int
    documents: int


@dataclass(frozen=True)
class BusiestBodies:
    """The duties' network within ``max_nodes``: how many nodes all duties make (the documents
    assigning any and the bodies given any), how many bodies, and the busiest bodies that fit with
    their documents (``kept``; None when every one does)."""

    nodes: int
    bodies: int
    kept: tuple[str, ...] | None
    max_nodes: int = NETWORK_NODES


def duty_matrix(kg) -> DutyMatrix:
    """The report's matrix of duties: :data:`MATRIX_ROWS` bodies by duties, :data:`MATRIX_COLUMNS`
    documents by duties (in date order), ties broken by name or label, then IRI.

    >>> from regkg.graph.api import build_records
    >>> kg = build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
    ...     {"doc_number": "泸市府办发〔2024〕1号", "title": "预案", "date": "2024-01-01"}],
    ...   "duties": [{"by": "泸市府办发〔2024〕1号", "task": "预警", "lead": ["市生态环境局"], "support": ["市气象局"]},
    ...              {"by": "泸市府办发〔2024〕1号", "task": "监测", "lead": ["市气象局"]}]}])
    >>> m = duty_matrix(kg)
    >>> [kg.view.org_name(o) for o in m.rows], m.cells, (m.bodies, m.documents)
    (['泸州市气象局', '泸州市生态环境局'], ((0, 0, 1, 1), (1, 0, 1, 0)), (2, 1))
    """
    view = _view(kg)
    if view.indexed:
        return view.duty_matrix()
    counts = view.duty_counts()  # counted where the duties are: a large build's are never read whole
    loads = counts.body_loads()
    rows = sorted(loads, key=lambda o: (-loads[o], view.org_name(o), o))[:MATRIX_ROWS]
    # the documents naming the most bodies, those tying with the last one shown first by date
    busiest = counts.busiest_documents(MATRIX_COLUMNS)
    by_date = sorted(busiest, key=lambda d: (view.docs[d].date or "", view.docs[d].label, d))
    shown = set(sorted(by_date, key=lambda d: -busiest[d])[:MATRIX_COLUMNS])
    columns = [d for d in by_date if d in shown]
    row_of, column_of = {o: i for i, o in enumerate(rows)}, {d: j for j, d in enumerate(columns)}
    cells = sorted((row_of[o], column_of[d], lead, support) for (o, d), (lead, support) in counts.cells(rows, columns).items())
    bodies, documents, _ = counts.totals()
    return DutyMatrix(tuple(rows), tuple(columns), tuple(cells), bodies, documents)


def busiest_bodies(kg, max_nodes: int | None = None) -> BusiestBodies:
    """Which bodies the duties' network shows within ``max_nodes`` (default :data:`NETWORK_NODES`): the
    bodies with the most documents giving them duties, in turn, while they and their documents fit."""
    view = _view(kg)
    max_nodes = NETWORK_NODES if max_nodes is None else max_nodes
    if view.indexed and max_nodes == NETWORK_NODES:
        return view.busiest_bodies()
    counts = view.duty_counts()
    bodies, _, documents = counts.totals()
    nodes = bodies + documents
    if nodes <= max_nodes:
        return BusiestBodies(nodes, bodies, None, max_nodes)
    reach = counts.body_documents()
    ranked = sorted(reach, key=lambda o: (-reach[o], view.org_name(o), o))
    kept: list[str] = []
    shown: set[str] = set()
    for start in range(0, len(ranked), _BATCH):  # each body's documents read as it comes to be weighed
        docs_of = counts.documents_of(ranked[start:start + _BATCH])
        for org in ranked[start:start + _BATCH]:
            if len(kept) + 1 + len(shown | docs_of[org]) > max_nodes:
                return BusiestBodies(nodes, bodies, tuple(kept), max_nodes)
            kept.append(org)
            shown |= docs_of[org]
    return BusiestBodies(nodes, bodies, tuple(kept), max_nodes)
