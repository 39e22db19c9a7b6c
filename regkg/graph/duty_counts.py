"""Counts over every duty, for what is drawn of them whole (the report's matrix of the busiest bodies and
documents, the duties' network): the same few questions asked of duties held in memory
(:class:`DutyList`, a small build's or a list read back) and of duties in SQLite (:class:`DutyCountsSQL`:
a large build's on disk, :class:`~regkg.graph.duty_table.DutyTable`, and an index's,
:meth:`regkg.graph.index_read.IndexView.duty_counts`), answered there, never read whole.

>>> from regkg.graph.memory_view import DutyView, Evidence
>>> e = Evidence(None, None, None, "extracted", 1.0)
>>> counts = DutyList([DutyView("d1", "监测", "doc/a", ["org/x", "org/y"], ["org/z"], e),
...                    DutyView("d2", "巡查", "doc/b", ["org/x"], [], e), DutyView("d3", "报告", "doc/c", [], [], e)])
>>> counts.body_loads(), counts.totals(), counts.busiest_documents(1)
({'org/x': 2, 'org/y': 1, 'org/z': 1}, (3, 2, 3), {'doc/a': 3})
>>> counts.cells({"org/x", "org/z"}, {"doc/a"}), counts.body_documents()["org/x"], sorted(counts.documents_of(["org/x"])["org/x"])
({('org/x', 'doc/a'): (1, 0), ('org/z', 'doc/a'): (0, 1)}, 2, ['doc/a', 'doc/b'])
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from regkg.graph.scratch import in_list, json_list

if TYPE_CHECKING:
    from regkg.graph.memory_view import DutyView

__all__ = ["DutyCounts", "DutyList", "DutyCountsSQL", "ROLES"]

ROLES = ("lead", "support")  # in this order wherever a duty's bodies are listed


class DutyCounts(Protocol):
    def body_loads(self) -> dict[str, int]:
        """Body IRI -> the duties it leads or supports."""

    def busiest_documents(self, n: int) -> dict[str, int]:
        """Document IRI -> the bodies its duties name (a body once per duty and role), for the documents
        that name as many as the ``n``-th most (all that tie with it too)."""

    def cells(self, orgs: Collection[str], docs: Collection[str]) -> dict[tuple[str, str], tuple[int, int]]:
        """(body, document) -> (duties the document gives the body to lead, to support), for those given."""

    def totals(self) -> tuple[int, int, int]:
        """(bodies named by a duty, documents whose duties name a body, documents assigning a duty)."""

    def body_documents(self) -> dict[str, int]:
        """Body IRI -> how many documents give it a duty."""

    def documents_of(self, orgs: Iterable[str]) -> dict[str, set[str]]:
        """Body IRI -> the documents giving it a duty, for the bodies given."""


class DutyList:
    """:class:`DutyCounts` over duties in memory."""

    def __init__(self, duties: list[DutyView]) -> None:
        self._members = [(org, d.by, role) for d in duties
                         for role, members in ((0, d.lead), (1, d.support)) for org in members]
        self._documents = len({d.by for d in duties})

    def body_loads(self) -> dict[str, int]:
        return dict(Counter(org for org, _, _ in self._members))

    def busiest_documents(self, n: int) -> dict[str, int]:
        loads = Counter(doc for _, doc, _ in self._members)
        ranked = sorted(loads.values(), reverse=True)
        least = ranked[n - 1] if len(ranked) >= n else 0
        return {doc: count for doc, count in loads.items() if count >= least}

    def cells(self, orgs: Collection[str], docs: Collection[str]) -> dict[tuple[str, str], tuple[int, int]]:
        found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for org, doc, role in self._members:
            if org in orgs and doc in docs:
                found[(org, doc)][role] += 1
        return {key: (lead, support) for key, (lead, support) in found.items()}

    def totals(self) -> tuple[int, int, int]:
        return (len({org for org, _, _ in self._members}), len({doc for _, doc, _ in self._members}),
                self._documents)

    def body_documents(self) -> dict[str, int]:
        return {org: len(docs) for org, docs in self._docs_of.items()}

    def documents_of(self, orgs: Iterable[str]) -> dict[str, set[str]]:
        return {org: self._docs_of.get(org, set()) for org in orgs}

    @cached_property
    def _docs_of(self) -> dict[str, set[str]]:
        """Body -> its documents, made once: the network's pick asks for a batch of bodies at a time."""
        docs: dict[str, set[str]] = defaultdict(set)
        for org, doc, _ in self._members:
            docs[org].add(doc)
        return docs


class DutyCountsSQL:
    """:class:`DutyCounts` by SQL, for a class whose :meth:`sql` runs a query where the duties are: over
    :attr:`ROLE`, rows (seq, role, org), each (duty, role, body) once, and :attr:`ORDERED`, rows (seq,
    by_doc, …), each duty once. National corpora's millions of duties are counted by SQLite, not read."""

    ROLE = "role"
    ORDERED = "ordered"

    def sql(self, query: str, parameters: tuple = ()) -> Any:
        raise NotImplementedError

    def body_loads(self) -> dict[str, int]:
        return dict(self.sql(f"SELECT org, COUNT(*) FROM {self.ROLE} GROUP BY org"))

    def busiest_documents(self, n: int) -> dict[str, int]:
        loads = f"SELECT o.by_doc AS doc, COUNT(*) AS n FROM {self.ROLE} r JOIN {self.ORDERED} o USING (seq) GROUP BY o.by_doc"
        return dict(self.sql(f"WITH load AS ({loads}) SELECT doc, n FROM load WHERE n >= coalesce((SELECT n FROM load "
                             "ORDER BY n DESC LIMIT 1 OFFSET ?), 0)", (n - 1,)))

    def cells(self, orgs: Collection[str], docs: Collection[str]) -> dict[tuple[str, str], tuple[int, int]]:
        found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for org, doc, role, count in self.sql(
                f"SELECT r.org, o.by_doc, r.role, COUNT(*) FROM {self.ROLE} r JOIN {self.ORDERED} o USING (seq) WHERE "
                f"{in_list('r.org')} AND {in_list('o.by_doc')} GROUP BY 1, 2, 3",
                (json_list(orgs), json_list(docs))):
            found[(org, doc)][ROLES.index(role)] = count
        return {key: (lead, support) for key, (lead, support) in found.items()}

    def totals(self) -> tuple[int, int, int]:
        (bodies,) = self.sql(f"SELECT COUNT(DISTINCT org) FROM {self.ROLE}").fetchone()
        (named,) = self.sql(f"SELECT COUNT(DISTINCT o.by_doc) FROM {self.ROLE} r JOIN {self.ORDERED} o USING (seq)").fetchone()
        (documents,) = self.sql(f"SELECT COUNT(DISTINCT by_doc) FROM {self.ORDERED}").fetchone()
        return bodies, named, documents

    def body_documents(self) -> dict[str, int]:
        return dict(self.sql(f"SELECT r.org, COUNT(DISTINCT o.by_doc) FROM {self.ROLE} r JOIN {self.ORDERED} o USING (seq) "
                             "GROUP BY r.org"))

    def documents_of(self, orgs: Iterable[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {org: set() for org in orgs}
        for org, doc in self.sql(f"SELECT DISTINCT r.org, o.by_doc FROM {self.ROLE} r JOIN {self.ORDERED} o USING (seq) "
                                 f"WHERE {in_list('r.org')}", (json_list(found),)):
            found[org].add(doc)
        return found

