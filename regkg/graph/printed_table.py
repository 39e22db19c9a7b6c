"""Every 发文字号 the corpus prints, on disk, not in memory: resolution gathers them in its first pass
over the records (:mod:`regkg.graph.resolve`) and reads them back twice, to make nodes for the
documents cited by number and to find numbers printed with two titles
(:mod:`regkg.graph.corpus_warnings`). At 1,000 generated gazettes they are 127,000 numbers with their
titles, ~11 MB traced, held through the whole of resolution and growing with the corpus.

>>> table = PrintedTable()
>>> table.extend([Printed("a.txt", "泸市府发〔2024〕1号", "某办法", (3, 9), False),
...               Printed("b.txt", "泸市府发〔2024〕1号", None, None, True)])
>>> [(p.source, p.title, p.span, p.cited) for p in table]
[('a.txt', '某办法', (3, 9), False), ('b.txt', None, None, True)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from regkg.graph.corpus_warnings import Printed
from regkg.graph.scratch import ScratchDatabase, span_columns, span_of

__all__ = ["PrintedTable"]

_SCHEMA = "CREATE TABLE printed(source TEXT, number TEXT, title TEXT, span_start INTEGER, span_end INTEGER, cited INTEGER);"
_INSERT = "INSERT INTO printed VALUES (?, ?, ?, ?, ?, ?)"


class PrintedTable(ScratchDatabase):
    """Numbers as printed, read back in the order filed (source order: first printings come first)."""

    def __init__(self) -> None:
        super().__init__(_SCHEMA)

    def extend(self, printed: Iterable[Printed]) -> None:
        for p in printed:
            self.put(_INSERT, (p.source, p.number, p.title, *span_columns(p.span), p.cited))

    def __iter__(self) -> Iterator[Printed]:
        for source, number, title, start, end, cited in self.sql(
                "SELECT source, number, title, span_start, span_end, cited FROM printed ORDER BY rowid"):
            yield Printed(source, number, title, span_of(start, end), bool(cited))
