"""SPARQL over the graph, and its results as a table, CSV or JSON.

Values come back as plain Python: IRIs and strings as ``str``, dates as ISO strings, numbers as
``int``/``float``, booleans as ``bool``, unbound as ``None``.

>>> result = QueryResult(["doc", "n"], [("泸市府办发〔2022〕67号", 2)])
>>> print(result.to_csv(), end="")
doc,n
泸市府办发〔2022〕67号,2
>>> print(result.to_table())
doc                     n
----------------------  -
泸市府办发〔2022〕67号  2
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # formatting results (every CLI answer) must not import rdflib and Oxigraph
    from rdflib.term import Node

    from regkg.graph.store import Store

__all__ = ["QueryResult", "run_query", "FORMATS"]

FORMATS = ("table", "csv", "json")


def _python(term: Node | None) -> Any:
    from rdflib import Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (bool, int, float, str)):
            return value
        return str(term)
    return str(term)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class QueryResult:
    vars: list[str]
    rows: list[tuple[Any, ...]]

    def to_csv(self, *, header: bool = True) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if header:
            writer.writerow(self.vars)
        writer.writerows(map(_cell, row) for row in self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps([dict(zip(self.vars, row)) for row in self.rows], ensure_ascii=False, indent=2)

    def widths(self, at_least: Sequence[int] = ()) -> list[int]:
        """Each column's display width in a table: its header's or its widest cell's, or ``at_least``'s."""
        floor = list(at_least) or [0] * len(self.vars)
        return [max(_width(h), floor[i], *(_width(_cell(r[i])) for r in self.rows)) for i, h in enumerate(self.vars)]

    def to_table(self, widths: Sequence[int] | None = None, *, header: bool = True) -> str:
        """The rows as an aligned table under a header line and a rule (``header``), in ``widths`` (default
        :meth:`widths`); a long answer printed a page at a time passes each page the widths so far."""
        widths = self.widths() if widths is None else widths

        def line(values: list[str]) -> str:
            return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

        head = [line(self.vars), line(["-" * w for w in widths])] if header else []
        return "\n".join([*head, *(line([_cell(v) for v in row]) for row in self.rows)])

    def format(self, fmt: str) -> str:
        return {"table": self.to_table, "csv": self.to_csv, "json": self.to_json}[fmt]()


def run_query(store: Store, query: str) -> QueryResult:
    names, rows = store.query(query)
    return QueryResult(names, [tuple(_python(v) for v in row) for row in rows])
