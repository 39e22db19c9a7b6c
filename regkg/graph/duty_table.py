"""A build's duties on disk, not in memory: a scratch database (:mod:`regkg.graph.scratch`) the
resolver files each duty into as it is read (:mod:`regkg.graph.resolve`), which then gives them back
in the orders the rest of the build wants: by IRI for graph.ttl and the store
(:func:`regkg.graph.build.duty_rows`), in the view's order for the view and the index
(:mod:`regkg.graph.index_write` fills its duty tables from here by SQL).

Duties are most of a large build: at 1,000 generated gazettes, 466,000 duties are 3.9 M of the 7.6 M
triples, and a build without them peaked at 806 MB instead of 1,503 MB. Held here, a large build's
view reads them only if a question asks for all of them (:attr:`regkg.graph.memory_view.View.duties`).

>>> from regkg.graph.model import DutyNode, Provenance
>>> table = DutyTable()
>>> table.add(DutyNode("d2", "巡查", "doc/b", ["org/x"], [], Provenance("a.txt", (5, 9), "由x负责巡查。")))
>>> table.add(DutyNode("d1", "监测", "doc/a", ["org/y", "org/x"], ["org/z"], Provenance("a.txt", None, None)))
>>> table.add(DutyNode("d1", "监测", "doc/a", ["org/w"], [], Provenance("a.txt", None, None)))  # the same duty again
>>> len(table), [(d.iri, d.lead, d.support) for d in table.in_order()]
(2, [('d1', ['org/w', 'org/x', 'org/y'], ['org/z']), ('d2', ['org/x'], [])])
>>> table.cells({"org/x", "org/z"}, {"doc/a"}), table.totals(), table.body_loads()["org/x"]
({('org/x', 'doc/a'): (1, 0), ('org/z', 'doc/a'): (0, 1)}, (4, 2, 2), 2)
>>> [d.iri for d in table.naming(["org/x"])], [(d.iri, d.support) for d in table.naming(["org/z", "org/q"])]
(['d1', 'd2'], [('d1', ['org/z'])])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from regkg.graph.duty_counts import ROLES, DutyCountsSQL
from regkg.graph.index import LIST_SEPARATOR
from regkg.graph.model import DutyNode, Provenance
from regkg.graph.scratch import ScratchDatabase, in_list, json_list, span_columns, span_of

__all__ = ["DutyTable"]

# Filled as read into plain tables (appended: a B-tree keyed by IRI took 7.8 s of random inserts for
# 466,000 duties), then filed by IRI once, each duty once, in one sort.
_SCHEMA = """
CREATE TABLE duty_in(iri TEXT, task TEXT, by_doc TEXT, source TEXT, span_start INTEGER, span_end INTEGER, text TEXT);
CREATE TABLE member_in(iri TEXT, role TEXT, org TEXT);
"""
# The view's order of duties (regkg.graph.memory_view.View): by document, span (none as (0, 0)),
# task, IRI. SQLite compares text as UTF-8 bytes, which is Python's order of strings.
_VIEW_ORDER = "by_doc, coalesce(span_start, 0), coalesce(span_end, 0), task, iri"
_FINISH = f"""
CREATE TABLE duty(iri TEXT PRIMARY KEY, task TEXT, by_doc TEXT, source TEXT, span_start INTEGER, span_end INTEGER,
    text TEXT) WITHOUT ROWID;
INSERT OR IGNORE INTO duty SELECT iri, task, by_doc, source, span_start, span_end, text FROM duty_in ORDER BY iri, rowid;
CREATE TABLE member(iri TEXT, role TEXT, org TEXT, PRIMARY KEY(iri, role, org)) WITHOUT ROWID;
INSERT OR IGNORE INTO member SELECT iri, role, org FROM member_in ORDER BY iri, role, org;
DROP TABLE duty_in;
DROP TABLE member_in;
CREATE TABLE ordered(seq INTEGER PRIMARY KEY, iri TEXT, task TEXT, by_doc TEXT, source TEXT, span_start INTEGER,
    span_end INTEGER, text TEXT);
INSERT INTO ordered SELECT row_number() OVER (ORDER BY {_VIEW_ORDER}) - 1, * FROM duty ORDER BY {_VIEW_ORDER};
CREATE INDEX ordered_iri ON ordered(iri);
CREATE TABLE role(seq INTEGER, role TEXT, org TEXT, PRIMARY KEY(seq, role, org)) WITHOUT ROWID;
INSERT INTO role SELECT o.seq, m.role, m.org FROM member m JOIN ordered o USING (iri) ORDER BY 1, 2, 3;
"""
_INSERT_DUTY = "INSERT INTO duty_in VALUES (?, ?, ?, ?, ?, ?, ?)"
_DUTY_ROWS = "SELECT seq, task, by_doc, source, span_start, span_end, text, iri FROM ordered"
_ROLE_ROWS = "SELECT seq, role, org FROM role"
_IN_ORDER = f"{_DUTY_ROWS} ORDER BY seq"
_ROLES_IN_ORDER = f"{_ROLE_ROWS} ORDER BY seq, role, org"
_INSERT_MEMBER = "INSERT INTO member_in VALUES (?, ?, ?)"
# The rows of the IRIs given (a JSON list).
_AMONG = in_list("iri")
# The duties naming any of the bodies given (a JSON list, one parameter however many).
_NAMING = f"seq IN (SELECT seq FROM role WHERE {in_list('org')})"


class DutyTable(ScratchDatabase, DutyCountsSQL):
    """Duties filed in a scratch database; each duty once by IRI, the bodies of a duty read twice
    joined. Read only once every duty is in. Counted by SQL (:class:`DutyCountsSQL`) over its tables
    ``role`` and ``ordered``: what the report's matrix and the duties' network draw."""

    def __init__(self, path: str | Path | None = None) -> None:
        """``path``: a file to fill for another process to :meth:`take` (:class:`ScratchDatabase`)."""
        super().__init__(_SCHEMA, _FINISH, path=path)

    @classmethod
    def of(cls, duties: Iterable[DutyNode]) -> DutyTable:
        table = cls()
        for duty in duties:
            table.add(duty)
        return table

    def add(self, duty: DutyNode) -> None:
        prov = duty.provenance
        self.put(_INSERT_DUTY, (duty.iri, duty.task, duty.by, prov.source, *span_columns(prov.span), prov.text))
        for role, members in zip(ROLES, (duty.lead, duty.support)):
            for org in members:
                self.put(_INSERT_MEMBER, (duty.iri, role, org))

    def take(self, path: str | Path) -> None:
        """Append the duties filed in the table at ``path`` (another process's, filled and written)."""
        self.take_tables(path, ("duty_in", "member_in"))

    def take_index(self, path: str | Path) -> None:
        """Append the duties of a build's index at ``path`` (:mod:`regkg.graph.index`), each with its bodies:
        what an update that resumes the build's resolution keeps (:mod:`regkg.graph.resolve_update`)."""
        if self._finished or self._aside is not None:
            raise ValueError("a scratch database is read only once it is filled")
        self._flush()
        with self._attach(path, "ix") as run:
            run("INSERT INTO main.duty_in SELECT iri, task, by_doc, source, span_start, span_end, text FROM ix.duties "
                "ORDER BY seq")
            for role in ROLES:  # a role's bodies packed with the index's separator, unpacked as a JSON list
                run(f"""INSERT INTO main.member_in SELECT d.iri, ?, j.value FROM ix.duties d,
                        json_each('["' || replace(d.{role}, ?, '","') || '"]') j WHERE d.{role} != ''
                        ORDER BY d.seq, j.key""", (role, LIST_SEPARATOR))

    def bodies_among(self, orgs: Iterable[str]) -> set[str]:
        """Which of ``orgs`` the duties filed so far name, read without finishing the table (an update's
        check, :mod:`regkg.graph.resolve_update`, while duties may still come)."""
        self._flush()
        table = "member" if self._finished else "member_in"
        return {org for (org,) in self._db.execute(
            f"SELECT DISTINCT org FROM {table} WHERE {in_list('org')}", (json_list(orgs),))}

    def __len__(self) -> int:
        return self.sql("SELECT COUNT(*) FROM duty").fetchone()[0]

    def role_counts(self) -> dict[tuple[str, str], int]:
        """(body IRI, role) -> how many duties it has in that role."""
        return {(org, role): n for org, role, n in self.sql("SELECT org, role, COUNT(*) FROM role GROUP BY org, role")}

    def assigned(self) -> tuple[int, int]:
        """(duties with a body leading or supporting them, bodies named by any)."""
        return self.sql("SELECT COUNT(DISTINCT seq), COUNT(DISTINCT org) FROM role").fetchone()

    def naming(self, orgs: Iterable[str]) -> Iterator[DutyNode]:
        """The duties any of ``orgs`` leads or supports, in the view's order, each once."""
        wanted = (json_list(orgs),)
        return self._nodes(f"{_DUTY_ROWS} WHERE {_NAMING} ORDER BY seq",
                           f"{_ROLE_ROWS} WHERE {_NAMING} ORDER BY seq, role, org", wanted)

    def by_iri(self, among: Iterable[str] | None = None) -> Iterator[DutyNode]:
        """Every duty (or those of the IRIs ``among``), by IRI (graph.ttl's order of subjects)."""
        where, parameters = ("", ()) if among is None else (f" WHERE {_AMONG}", (json_list(among),))
        return self._nodes(f"SELECT iri, task, by_doc, source, span_start, span_end, text, iri FROM duty{where} ORDER BY iri",
                           f"SELECT iri, role, org FROM member{where} ORDER BY iri, role, org", parameters)

    def iris(self, *, of_sources: Iterable[str] | None = None) -> Iterator[str]:
        """Every duty's IRI (or those read from the files ``of_sources``), in order."""
        where, parameters = ("", ()) if of_sources is None else \
            (f" WHERE {in_list('source')}", (json_list(of_sources),))
        return (iri for (iri,) in self.sql(f"SELECT iri FROM duty{where} ORDER BY iri", parameters))

    def in_order(self) -> Iterator[DutyNode]:
        """Every duty in the view's order, its bodies sorted."""
        return self._nodes(_IN_ORDER, _ROLES_IN_ORDER)

    def _nodes(self, duties: str, members: str, parameters: tuple = ()) -> Iterator[DutyNode]:
        for row, lead, support in self._joined(duties, members, parameters):
            yield DutyNode(row[7], row[1], row[2], lead, support, Provenance(row[3], span_of(row[4], row[5]), row[6]))

    def _joined(self, duties: str, members: str, parameters: tuple = ()) -> Iterator[tuple[tuple, list[str], list[str]]]:
        """Duties joined with their bodies, both read in the order of their first column (a merge,
        not a look-up per duty); a duty's row ends with its IRI."""
        bodies = groupby(self.sql(members, parameters), key=itemgetter(0))
        key, group = next(bodies, (None, iter(())))
        for row in self.sql(duties, parameters):
            lead: list[str] = []
            support: list[str] = []
            if key == row[0]:
                for _, role, org in group:
                    (lead if role == ROLES[0] else support).append(org)
                key, group = next(bodies, (None, iter(())))
            yield row, lead, support
