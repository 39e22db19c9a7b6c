"""Checks across the corpus: what no single file shows, seen once every gazette is resolved.

The extractor flags what one file shows (an impossible date, a self-repeal, a repeal of a document the
same gazette dates later, one number printed with two titles in one gazette; see
:mod:`regkg.extract.consistency`). With the whole corpus resolved the graph adds:

- ``repeal_cycle``: A repeals B … repeals A;
- ``repeals_later_document``: a document repealing one issued after it, by the dates the graph
  resolved (the target's date may come from another gazette); one the file already flagged is not
  flagged twice;
- ``number_with_two_titles``: one 发文字号 printed with different titles in different gazettes (titles
  compared with brackets, widths and spaces folded; a title that contains the other is no conflict).

>>> from regkg.extract.models import Record
>>> from regkg.graph.resolve import resolve
>>> model = resolve(map(Record.from_dict, [
...     {"source": "a.txt", "documents": [{"doc_number": "泸市府发〔2020〕1号", "title": "甲办法", "date": "2020-01-01"}],
...      "repeals": [{"by": "泸市府发〔2020〕1号", "target_number": "泸市府发〔2020〕2号", "evidence": "…"}]},
...     {"source": "b.txt", "documents": [{"doc_number": "泸市府发〔2020〕2号", "title": "乙办法", "date": "2020-05-01"}],
...      "repeals": [{"by": "泸市府发〔2020〕2号", "target_number": "泸市府发〔2020〕1号", "evidence": "…"}]}]))
>>> sorted(w.kind for w in model.warnings)
['repeal_cycle', 'repeals_later_document']
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

import networkx as nx

from regkg.extract.models import Span
from regkg.graph.model import Model, Provenance, WarningNode
from regkg.keys.titles import title_key, titles_differ

if TYPE_CHECKING:
    from regkg.graph.printed_table import PrintedTable

__all__ = ["corpus_warnings", "Printed", "REPEAL_CYCLE", "REPEALS_LATER", "TWO_TITLES"]

# Warning kinds the corpus checks write (the extractor's per-file kinds are kept as they come).
REPEAL_CYCLE = "repeal_cycle"
REPEALS_LATER = "repeals_later_document"
TWO_TITLES = "number_with_two_titles"


class Printed(NamedTuple):
    """A 发文字号 as one gazette prints it: its own document's, or one it cites (``cited``), with the
    title printed beside it."""

    source: str
    number: str
    title: str | None
    span: Span | None
    cited: bool


def corpus_warnings(model: Model, printed: PrintedTable) -> list[WarningNode]:
    """The corpus-level warnings of a resolved ``model`` (``printed``: the numbers the gazettes print,
    with the titles beside them), in a stable order."""
    return [*_repeal_cycles(model), *_later_repeals(model), *_two_titles(model, printed)]


def _label(model: Model, iri: str) -> str:
    doc = model.docs.get(iri)
    return (doc.number or doc.title or iri) if doc else iri


def _repeal_cycles(model: Model) -> list[WarningNode]:
    graph = nx.DiGraph()
    graph.add_edges_from(sorted({(e.subject, e.obj) for e in model.edges.of("repeals")}))
    out = []
    for members in sorted(sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1):
        cycle = [u for u, _ in nx.find_cycle(graph.subgraph(members), source=members[0])]
        shown = " repeals ".join(_label(model, i) for i in [*cycle, cycle[0]])
        out.append(WarningNode(REPEAL_CYCLE, f"cycle of repeals: {shown}", Provenance(), tuple(members)))
    return out


def _later_repeals(model: Model) -> list[WarningNode]:
    flagged = {(w.provenance.source, w.provenance.span) for w in model.warnings if w.kind == REPEALS_LATER}
    out = []
    for edge in model.edges.of("repeals"):
        by, target = model.docs[edge.subject], model.docs[edge.obj]
        if not (by.date and target.date and target.date > by.date):  # ISO dates compare as strings
            continue
        prov = edge.provenance
        if (prov.source, prov.span) in flagged:
            continue
        message = (f"{_label(model, by.iri)} ({by.date}) repeals {_label(model, target.iri)}, "
                   f"issued after it ({target.date})")
        out.append(WarningNode(REPEALS_LATER, message, Provenance(prov.source, prov.span, prov.text),
                               (by.iri, target.iri)))
    return sorted(out, key=lambda w: (w.provenance.source or "", w.provenance.span or (0, 0), w.about))


def _two_titles(model: Model, printed: PrintedTable) -> list[WarningNode]:
    """Numbers printed with titles that differ in different gazettes."""
    # only the numbers printed under two folded titles at all (most numbers have one) are gathered, by
    # the keys filed with every printing, not every number's printings of a national corpus
    titles_of: dict[str, dict[str, dict[str, Span | None]]] = defaultdict(lambda: defaultdict(dict))
    # in source order: the first printing of a title is the same in every run
    for number, item in printed.printings(printed.titled_twice()):
        if item.title:
            titles_of[number][item.title].setdefault(item.source, item.span)
    iri_of = {d.number: d.iri for d in model.docs.values() if d.number}
    out = []
    for number, titles in sorted(titles_of.items()):
        where: dict[str, set[str]] = defaultdict(set)  # folded title -> gazettes printing it
        first: dict[str, str] = {}  # folded title -> its first printing
        for title, sources in titles.items():
            where[title_key(title)].update(sources)
            first.setdefault(title_key(title), title)
        keys = sorted(where)
        if not any(titles_differ(a, b) and len(where[a] | where[b]) > 1 for i, a in enumerate(keys) for b in keys[i + 1:]):
            continue  # no conflict, or only within one gazette (the extractor's own check says so)
        shown = " / ".join(f"《{first[k]}》 ({', '.join(sorted(where[k]))})" for k in keys)
        iri = iri_of.get(number)
        out.append(WarningNode(TWO_TITLES, f"{number} is printed with different titles: {shown}", Provenance(),
                               (iri,) if iri else ()))
    return out
