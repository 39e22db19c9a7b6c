"""The whole corpus at a glance, readable at any size: counts by status on a day, by jurisdiction,
year and 文种, the busiest issuers, the most cited documents and repeals per year — aggregates over
the index, never a network of every node (above a few thousand nodes that is one hairball).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from regkg.graph.index import CORPUS_DOCS, unpack
from regkg.graph.status import STATES
from regkg.server.catalogue import STATE_SQL
from regkg.views.charts import bar_chart
from regkg.views.style import STATUS_STYLE

__all__ = ["Overview", "overview", "charts", "TOP"]

# Rows shown in each "top" table.
TOP = 15


@dataclass(frozen=True)
class Overview:
    day: str
    documents: int  # of the inputs (attached rules are counted with their notices)
    outside: int  # known only from citations
    by_state: dict[str, int]
    by_place: list[tuple[str, str, int]]  # (place IRI, name, documents), most first
    by_year: list[tuple[str, int]]  # oldest first
    by_kind: list[tuple[str, int]]  # most first
    issuers: list[tuple[str, int]]  # (name, documents), most first
    cited: list[tuple[str, str, str | None, int]]  # (IRI, label, title, citing documents), most first
    repeals_by_year: list[tuple[str, int]]  # the year a repeal takes effect ("" no date)
    dangling: int  # references to clear on ``day``


def overview(view, day: str) -> Overview:
    """The overview on ``day``: the states and the references to clear counted now, the rest as the build
    counted it (:data:`regkg.graph.index.OVERVIEW_COUNTS`)."""
    sql = view.sql
    counts = dict(sql(f"SELECT ({STATE_SQL}) AS state, COUNT(*) FROM docs d WHERE {CORPUS_DOCS} GROUP BY state",
                      {"day": day}).fetchall())
    by_state = {state: counts.get(state, 0) for state in STATES}
    kept = view.overview_counts()
    issuers: Counter[str] = Counter()
    for packed, n in kept["issuers"]:
        for org in unpack(packed):
            issuers[org] += n
    cited = kept["cited"][:TOP]
    repeals = sql("SELECT substr(day, 1, 4) AS y, COUNT(*) FROM repeal_events GROUP BY y ORDER BY y").fetchall()
    dangling = sql("SELECT COUNT(*) FROM dangling_spans WHERE first <= ?1 AND ?1 <= last", (day,)).fetchone()[0]
    view.docs.prefetch(iri for iri, _ in cited)
    return Overview(
        day, sum(by_state.values()), kept["outside"][0][0], by_state,
        [(iri or "", name or "(none)", n) for iri, name, n in kept["places"]],
        [(y, n) for y, n in kept["years"]], [(k or "(unknown)", n) for k, n in kept["kinds"]],
        [(view.org_name(org), n) for org, n in sorted(issuers.items(), key=lambda on: (-on[1], on[0]))[:TOP]],
        [(iri, view.docs[iri].label, view.docs[iri].title, n) for iri, n in cited],
        [(y or "(no date)", n) for y, n in repeals], dangling)


def charts(o: Overview) -> dict[str, Markup]:
    """The overview's two series over time as SVG bars: documents by year, repeals by the year they
    take effect."""
    return {
        "years": bar_chart([y for y, _ in o.by_year], {"documents": [n for _, n in o.by_year]},
                           title="Documents of the inputs by year"),
        "repeals": bar_chart([y for y, _ in o.repeals_by_year], {"repeals": [n for _, n in o.repeals_by_year]},
                             title="Repeals by the year they take effect", unit="repeals",
                             colors=[STATUS_STYLE["repealed"].color]),
    }
