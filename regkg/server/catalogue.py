"""The documents table of the workbench as SQL over a build's index (:mod:`regkg.graph.index`):
filters (status on a date, jurisdiction, issuer, year, 文种), a sort, one page at a time — never
all rows — and the choices the filters offer.

A document's state on a day is the rule of :func:`regkg.graph.status.state_on` written over the
``docs`` columns (``repeal_from`` is the first day a repeal of it is in effect, ``""`` always), so a
filter by status is a WHERE clause, not a status per row; tests/test_workbench.py checks it against
:func:`regkg.status` for every sample document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from regkg.graph.index import FACETS, LIST_SEPARATOR, unpack
from regkg.graph.status import STATES

__all__ = ["STATE_SQL", "SORTS", "PAGE_ROWS", "COUNT_CAP", "DocFilter", "DocRow", "Page", "Choice", "documents",
           "choices", "issuer_iris", "count_capped", "number_prefix", "ISSUER_SQL", "json_list",
           "where_place_and_issuers"]

# The state of the row ``d`` of ``docs`` on the day bound to ``:day``, in the order the rules try them.
STATE_SQL = """CASE
  WHEN d.repeal_from IS NOT NULL AND d.repeal_from <= :day THEN 'repealed'
  WHEN d.start IS NULL THEN 'unknown'
  WHEN :day < d.start THEN 'not_yet_in_force'
  WHEN COALESCE(d.until, '') <> '' AND :day > d.until THEN 'expired'
  ELSE 'in_force' END"""
# Sort orders a request may ask for (name -> ORDER BY); the IRI last makes every order total, so a
# page never repeats a row of the one before.
SORTS = {
    "date": "d.date DESC, d.iri DESC",  # newest first, the default (one direction: an index walked backwards)
    "oldest": "d.date, d.iri",
    "number": "d.number, d.iri",
    "title": "d.title, d.iri",
}
PAGE_ROWS = 50
# Matching rows counted at most: past it a page says "10,000+" (an exact count of a loose filter
# over a million documents is a scan of all of them).
COUNT_CAP = 10_000
# A number's start typed with any brackets: 「泸市府办发[2022]」 -> 「泸市府办发〔2022〕」.
# Documents a count by status looks at, at most: a state is the day's, so counting one is reading
# each row the other filters select (a page of 50 stops at its 50th match, a count would not).
STATE_SCAN = 100_000
_YEAR_BRACKETS = re.compile(r"[\[(【〈<〔]\s*((?:19|20)\d{2})\s*(?:[\])】〉>〕]|$)")
_SPACES = re.compile(r"\s+")
# Whether the document ``d`` was issued by one of the bodies bound to ``:issuers`` (a JSON list of
# IRIs): its packed issuers ("a\x1fb") hold one of them whole.
ISSUER_SQL = ("EXISTS (SELECT 1 FROM json_each(:issuers) i WHERE "
              "instr(char(31) || d.issuers || char(31), char(31) || i.value || char(31)))")


def where_place_and_issuers(clauses: list[str], params: dict, jurisdiction: str | None,
                           issuers: tuple[str, ...] | None) -> None:
    """Add the conditions on the document ``d``'s jurisdiction and issuers that both the documents table
    and the work list filter by."""
    if jurisdiction:
        clauses.append("d.jurisdiction = :jurisdiction")
        params["jurisdiction"] = jurisdiction
    if issuers is not None:
        clauses.append(ISSUER_SQL)
        params["issuers"] = json_list(issuers)


@dataclass(frozen=True)
class DocFilter:
    """What the documents table shows: documents of the inputs (``outside``: also those only cited),
    never attached rules (they are on their notice's page)."""

    day: str
    state: str | None = None  # one of regkg.graph.status.STATES
    jurisdiction: str | None = None  # place IRI
    issuers: tuple[str, ...] | None = None  # org IRIs (any of them); None: no issuer filter
    year: int | None = None
    kind: str | None = None
    outside: bool = False
    sort: str = "date"

    def where(self, *, with_state: bool = True) -> tuple[str, dict]:
        """The WHERE clause over ``docs d`` and its named parameters (``with_state``: the status
        filter too; it is no index's key, being the day's)."""
        clauses = ["d.notice IS NULL"] + ([] if self.outside else ["d.in_corpus = 1"])
        params: dict = {"day": self.day}
        if self.state is not None and with_state:
            if self.state not in STATES:
                raise ValueError(f"status must be one of {', '.join(STATES)}")
            clauses.append(f"({STATE_SQL}) = :state")
            params["state"] = self.state
        where_place_and_issuers(clauses, params, self.jurisdiction, self.issuers)
        if self.year is not None:
            clauses.append("d.date >= :year_from AND d.date < :year_to")
            params["year_from"], params["year_to"] = f"{self.year:04d}", f"{self.year + 1:04d}"
        if self.kind:
            clauses.append("d.kind = :kind")
            params["kind"] = self.kind
        return " AND ".join(clauses), params


def json_list(values) -> str:
    """A parameter for ``json_each``: ``["a", "b"]``."""
    return json.dumps(list(values), ensure_ascii=False)


@dataclass(frozen=True)
class DocRow:
    iri: str
    number: str | None
    title: str | None
    date: str | None
    kind: str | None
    place: str | None
    issuers: tuple[str, ...]  # names
    in_corpus: bool
    state: str

    @property
    def label(self) -> str:
        return self.number or self.title or self.iri


@dataclass(frozen=True)
class Page:
    """One page of rows, the number of matching rows (capped at ``COUNT_CAP``: ``more`` says so)."""

    rows: list = field(default_factory=list)
    total: int = 0
    more: bool = False
    page: int = 1
    size: int = PAGE_ROWS

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def count_capped(view, sql: str, params) -> tuple[int, bool]:
    """(rows of ``sql`` counted up to COUNT_CAP, whether there are more)."""
    found = view.sql(f"SELECT COUNT(*) FROM ({sql} LIMIT {COUNT_CAP + 1})", params).fetchone()[0]
    return min(found, COUNT_CAP), found > COUNT_CAP


def documents(view, wanted: DocFilter, page: int = 1, size: int = PAGE_ROWS) -> Page:
    """One page of the documents ``wanted`` selects, in its sort order."""
    where, params = wanted.where()
    order = SORTS.get(wanted.sort)
    if order is None:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    if wanted.state is None:
        total, more = count_capped(view, f"SELECT 1 FROM docs d WHERE {where}", params)
    else:  # counted among the first STATE_SCAN documents the other filters select
        base, base_params = wanted.where(with_state=False)
        matched, scanned = view.sql(f"SELECT COALESCE(SUM(s = :state), 0), COUNT(*) FROM (SELECT ({STATE_SQL}) AS s "
                                    f"FROM docs d WHERE {base} LIMIT {STATE_SCAN})",
                                    {**base_params, "state": wanted.state}).fetchone()
        total, more = min(matched, COUNT_CAP), matched > COUNT_CAP or scanned == STATE_SCAN
    rows = view.sql(f"SELECT d.iri, d.number, d.title, d.date, d.kind, p.name, d.issuers, d.in_corpus, {STATE_SQL} "
                    f"FROM docs d LEFT JOIN places p ON p.iri = d.jurisdiction WHERE {where} ORDER BY {order} "
                    "LIMIT :limit OFFSET :offset", {**params, "limit": size, "offset": (page - 1) * size}).fetchall()
    out = [DocRow(iri, number, title, date, kind, place, tuple(view.org_name(o) for o in unpack(issuers)),
                  bool(in_corpus), state)
           for iri, number, title, date, kind, place, issuers, in_corpus, state in rows]
    return Page(out, total, more, page, size)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    count: int


def choices(view) -> dict[str, list[Choice]]:
    """What the filters offer, with how many documents of the inputs each holds: jurisdictions (by
    name), years (newest first), 文种 (most used first); counted when the index was written
    (:data:`regkg.graph.index.FACETS`)."""
    offered: dict[str, list[Choice]] = {facet: [] for facet in FACETS}
    for facet, value, label, n in view.sql("SELECT facet, value, label, count FROM facets ORDER BY facet, rank"):
        offered[facet].append(Choice(value, label, n))
    return offered


def issuer_iris(view, name: str) -> tuple[str, ...]:
    """The bodies called ``name`` (their name or one of their other labels), exactly."""
    name = name.strip()
    return tuple(iri for (iri,) in view.sql(
        "SELECT iri FROM orgs WHERE name = ?1 OR instr(char(31) || alt_labels || char(31), char(31) || ?1 || char(31)) "
        "ORDER BY iri", (name,)))


def number_prefix(view, text: str, limit: int) -> list[str]:
    """IRIs of documents whose canonical number starts as ``text`` does once its brackets are folded
    (「泸市府办发[2022]」 finds 泸市府办发〔2022〕1号, 67号 …): a range of the numbers table's key."""
    folded = _YEAR_BRACKETS.sub(lambda m: f"〔{m.group(1)}〕", _SPACES.sub("", text))
    if len(folded) < 2 or LIST_SEPARATOR in folded:
        return []
    return [iri for (iri,) in view.sql("SELECT iri FROM numbers WHERE number >= ? AND number < ? ORDER BY number "
                                       "LIMIT ?", (folded, folded + "\U0010ffff", limit))]
