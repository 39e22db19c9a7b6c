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

import unicodedata
from dataclasses import dataclass

from regkg.errors import RegkgError
from regkg.graph.view import Evidence, View

__all__ = ["DutyOf", "Owner", "Department", "DepartmentNotFound", "duties", "owners", "departments"]


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


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _matching_orgs(view: View, name: str, jurisdiction: str | None) -> list[str]:
    wanted = _fold(name)
    found = []
    for iri, org in view.orgs.items():
        where = view.place_name(org.jurisdiction)
        if jurisdiction and where != jurisdiction:
            continue
        if wanted == _fold(org.name) or wanted in map(_fold, org.alt_labels):
            found.append(iri)
    return sorted(found)


def duties(kg, department: str, *, jurisdiction: str | None = None) -> list[DutyOf]:
    """Tasks ``department`` (full name or abbreviation, e.g. 市生态环境局) leads or supports.

    The same abbreviation names a different body in each city: pass ``jurisdiction`` (泸州市) to keep
    one; without it every city's body of that name is included, each labelled with its area.
    """
    view = _view(kg)
    orgs = set(_matching_orgs(view, department, jurisdiction))
    if not orgs:
        raise DepartmentNotFound(f"no department named {department!r}" + (f" in {jurisdiction}" if jurisdiction else ""))
    out = []
    for duty in view.duties:
        for role, members in (("lead", duty.lead), ("support", duty.support)):
            for org in members:
                if org in orgs:
                    out.append(
                        DutyOf(view.org_name(org), view.place_name(view.orgs[org].jurisdiction), duty.task, role,
                               view.docs[duty.by].label, duty.by, duty.evidence)
                    )
    return sorted(out, key=lambda d: (d.jurisdiction or "", d.document, d.task, d.role))


def owners(kg, text: str, *, jurisdiction: str | None = None) -> list[Owner]:
    """Departments that lead or support tasks whose name (or evidence sentence) contains ``text``."""
    view = _view(kg)
    wanted = _fold(text)
    out = set()
    for duty in view.duties:
        if wanted not in _fold(duty.task) and wanted not in _fold(duty.evidence.text or ""):
            continue
        for role, members in (("lead", duty.lead), ("support", duty.support)):
            for org in members:
                where = view.place_name(view.orgs[org].jurisdiction)
                if jurisdiction and where != jurisdiction:
                    continue
                out.add(Owner(view.org_name(org), where, role, duty.task, view.docs[duty.by].label, duty.evidence))
    return sorted(out, key=lambda o: (o.role != "lead", o.department, o.task, o.document, o.evidence.span or (0, 0)))


def departments(kg, *, jurisdiction: str | None = None) -> list[Department]:
    """Every body named as a duty owner or issuer, with the abbreviations it is printed as."""
    view = _view(kg)
    lead: dict[str, int] = {}
    support: dict[str, int] = {}
    for duty in view.duties:
        for org in duty.lead:
            lead[org] = lead.get(org, 0) + 1
        for org in duty.support:
            support[org] = support.get(org, 0) + 1
    out = []
    for iri, org in view.orgs.items():
        where = view.place_name(org.jurisdiction)
        if jurisdiction and where != jurisdiction:
            continue
        out.append(Department(org.name, iri, where, tuple(org.alt_labels), lead.get(iri, 0), support.get(iri, 0)))
    return sorted(out, key=lambda d: (d.jurisdiction or "", d.name))
