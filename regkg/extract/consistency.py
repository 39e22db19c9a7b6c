"""Consistency checks over one record's documents: what a careful reader flags, kept as warnings (data).

Across files (cycles of repeals, a number printed with different titles in different gazettes) the
graph checks again with everything in view.
"""

from __future__ import annotations

from collections import defaultdict

from regkg.extract.models import Citation, Document, Repeal, Warning
from regkg.keys.numbers import parse
from regkg.keys.titles import title_key, titles_differ

__all__ = ["check"]


def check(documents: list[Document], repeals: list[Repeal], citations: list[Citation]) -> list[Warning]:
    """Repeals of a later document; a number cited with different titles by different documents.

    (Self-repeals and two titles within one document are flagged by the pipeline where it sees them.)

    >>> r = Repeal("泸市府发〔2020〕1号", "泸市府发〔2021〕4号", None, "…同时废止。", (0, 6))
    >>> [w.kind for w in check([], [r], [])]
    ['repeals_later_document']
    """
    out: list[Warning] = []
    dates = {d.doc_number: d.date for d in documents if d.doc_number}
    for r in repeals:
        if r.target_number and _later(r.target_number, r.by, dates):
            out.append(Warning("repeals_later_document", f"{r.by} repeals {r.target_number}, issued after it", r.span))
    titles: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for c in citations:  # the same number cited with different titles by different documents
        if c.cited_title:
            titles[c.cited_number].setdefault(title_key(c.cited_title), c.span)
    for number, seen in sorted(titles.items()):
        distinct = [t for t in seen if all(t == u or titles_differ(t, u) for u in seen)]
        if len(distinct) > 1:
            shown = " / ".join(f"《{t}》" for t in sorted(distinct))
            out.append(Warning("number_with_two_titles", f"{number} is printed with different titles: {shown}",
                               seen[distinct[0]]))
    return out


def _later(target: str, by: str, dates: dict[str, str | None]) -> bool:
    if dates.get(target) and dates.get(by):
        return dates[target] > dates[by]  # ISO dates compare as strings
    t, b = parse(target), parse(by)
    return bool(t and b and t.year > b.year)
