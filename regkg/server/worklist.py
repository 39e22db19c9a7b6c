"""The 清理 work list: documents in force on a day that cite, rest on or reply to a repealed or
expired one (:func:`regkg.dangling`), filtered by the citing document's jurisdiction and issuer, a
page at a time or whole as CSV (streamed) and XLSX (XlsxWriter's constant-memory mode: rows go to
disk as they are written).

Rows are read from the index's precomputed spans in the answer's order (``dangling_spans.rank``),
so the unfiltered list is exactly :func:`regkg.dangling`'s; each row carries the sentence that makes
the reference and, for a repealed target, what repealed it and the repeal sentence.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from regkg.graph.status import status
from regkg.graph.memory_view import PREDICATE_OF
from regkg.server.catalogue import PAGE_ROWS, Page, count_capped, where_place_and_issuers

__all__ = ["WorkFilter", "WorkItem", "COLUMNS", "work_page", "work_items", "csv_chunks", "write_xlsx"]

# Rows read from the index at a time while exporting.
_EXPORT_BATCH = 1_000
# First characters that make a spreadsheet read a CSV cell as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class WorkFilter:
    day: str
    jurisdiction: str | None = None  # place IRI of the citing document
    issuers: tuple[str, ...] | None = None  # org IRIs, any of which issued the citing document

    def query(self) -> tuple[str, dict]:
        """SELECT (citing, cited, relation) of the spans holding on the day, in the answer's order."""
        clauses, params = ["s.first <= :day", ":day <= s.last"], {"day": self.day}
        where_place_and_issuers(clauses, params, self.jurisdiction, self.issuers)
        join = " JOIN docs d ON d.iri = s.citing" if len(clauses) > 2 else ""
        return (f"SELECT s.citing, s.cited, s.relation FROM dangling_spans s{join} WHERE {' AND '.join(clauses)} "
                "ORDER BY s.rank"), params


@dataclass(frozen=True)
class WorkItem:
    """One reference to clear: ``document`` (in force) ``relation`` ``cites`` (repealed or expired)."""

    document: str
    iri: str
    title: str | None
    jurisdiction: str | None
    issuers: tuple[str, ...]
    relation: str
    cites: str
    cites_iri: str
    cites_title: str | None
    cited_state: str
    sentence: str  # where the document cites it
    reason: str  # why the cited one is gone: "repealed by …, in effect from …" or "validity period ended on …"
    repealed_by: str | None
    repeal_sentence: str


# The export's columns: (heading, WorkItem attribute).
COLUMNS = (
    ("文件 document", "document"), ("标题 title", "title"), ("地区 jurisdiction", "jurisdiction"),
    ("发文机关 issuer", "issuers"), ("关系 relation", "relation"), ("所依文件 rests on", "cites"),
    ("所依标题 its title", "cites_title"), ("其状态 its state", "cited_state"), ("原因 why", "reason"),
    ("废止文件 repealed by", "repealed_by"), ("引用句 citing sentence", "sentence"),
    ("废止句 repeal sentence", "repeal_sentence"),
)


def _item(view, citing: str, cited: str, relation: str, day: str) -> WorkItem:
    doc, target = view.docs[citing], view.docs[cited]
    gone = status(view, cited, as_of=day)
    said = view.evidence_for(citing, PREDICATE_OF[relation], cited)
    return WorkItem(doc.label, citing, doc.title, view.place_name(doc.jurisdiction),
                    tuple(view.org_name(o) for o in doc.issuers), relation, target.label, cited, target.title,
                    gone.state, said[0].text or "" if said else "", gone.reason, gone.repealed_by,
                    " ".join(e.text for e in gone.evidence if e.text) if gone.repealed_by else "")


def work_page(view, wanted: WorkFilter, page: int = 1, size: int = PAGE_ROWS) -> Page:
    sql, params = wanted.query()
    total, more = count_capped(view, sql, params)
    rows = view.sql(f"{sql} LIMIT :limit OFFSET :offset", {**params, "limit": size, "offset": (page - 1) * size})
    return Page([_item(view, *row, wanted.day) for row in rows.fetchall()], total, more, page, size)


def work_items(view, wanted: WorkFilter) -> Iterator[WorkItem]:
    """Every item of the list, read a batch at a time (the list of a national corpus is long)."""
    sql, params = wanted.query()
    offset = 0
    while batch := view.sql(f"{sql} LIMIT :limit OFFSET :offset",
                            {**params, "limit": _EXPORT_BATCH, "offset": offset}).fetchall():
        yield from (_item(view, *row, wanted.day) for row in batch)
        offset += len(batch)


def _cells(item: WorkItem) -> list[str]:
    values = []
    for _, name in COLUMNS:
        value = getattr(item, name)
        values.append("、".join(value) if isinstance(value, tuple) else value or "")
    return values


def _inert(cell: str) -> str:
    """A CSV cell a spreadsheet will not run: one starting as a formula does (「=HYPERLINK(…)」 in a
    title) gets a leading apostrophe, as OWASP's CSV-injection advice has it."""
    return "'" + cell if cell[:1] in _FORMULA_STARTS else cell


def csv_chunks(items: Iterator[WorkItem]) -> Iterator[str]:
    """The list as CSV text, a chunk per batch of rows, headed by a byte-order mark (Excel reads
    UTF-8 CSV as the system code page without one)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([heading for heading, _ in COLUMNS])
    for n, item in enumerate(items, start=1):
        writer.writerow([_inert(cell) for cell in _cells(item)])
        if n % _EXPORT_BATCH == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def write_xlsx(items: Iterator[WorkItem], path: Path, *, title: str) -> None:
    """The list as one XLSX sheet at ``path``, header row frozen and filterable."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False,
                                           "strings_to_formulas": False, "strings_to_numbers": False})
    try:
        sheet = book.add_worksheet("清理")
        bold = book.add_format({"bold": True})
        sheet.set_column(0, len(COLUMNS) - 1, 24)
        sheet.write_row(0, 0, [heading for heading, _ in COLUMNS], bold)
        sheet.freeze_panes(1, 0)
        last = 0
        for last, item in enumerate(items, start=1):
            sheet.write_row(last, 0, _cells(item))
        sheet.autofilter(0, 0, max(last, 1), len(COLUMNS) - 1)
        book.set_properties({"title": title})
    finally:
        book.close()
