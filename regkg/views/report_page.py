"""``report.html``: the pictures of a build — documents in force per month and repeals and expiries
over time, per jurisdiction, and the duty matrix (departments × documents) — with the counts and the
repealed and dangling lists beside them.

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "临汾市", "documents": [
...     {"doc_number": "临政通告〔2023〕2号", "title": "通告", "issuers": ["临汾市人民政府"],
...      "date": "2023-10-27", "in_force": {"from": "2023-10-30", "until": "2024-03-31", "evidence": "…"}}]}])
>>> t = timeline(kg, as_of="2024-05-01")
>>> t.months[:2], t.in_force["临汾市"][:7]
(['2023-10', '2023-11'], [1, 1, 1, 1, 1, 1, 0])
>>> t.expiries["临汾市"]
{'2024': 1}
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import accumulate

from regkg.graph.duties import MATRIX_COLUMNS, MATRIX_ROWS
from regkg.graph.duties import duty_matrix as _duty_matrix
from regkg.graph.status import (as_of_date, count_dangling, count_repealed, dangling, document_dates, first_day,
                                repeal_years, repealed, span_of)
from regkg.graph.memory_view import View
from regkg.views import assets, charts
from regkg.views.templates import render
from regkg.views.scopes import page_names

__all__ = ["Timeline", "timeline", "duty_matrix", "report_html", "MATRIX_ROWS", "MATRIX_COLUMNS"]

# The repealed documents and dangling references the report lists, at most, each (the rest are counted:
# 8,048 and 10,085 at 1,000 gazettes made a 10 MB page; every one is a page away in the workbench).
REPORT_ROWS = 1000
# Jurisdictions drawn as their own line; the rest are summed as "other".
MAX_SERIES = 8


@dataclass
class Timeline:
    months: list[str]
    in_force: dict[str, list[int]]  # jurisdiction -> documents in force at each month's end
    repeals: dict[str, dict[str, int]] = field(default_factory=dict)  # jurisdiction -> year -> count
    expiries: dict[str, dict[str, int]] = field(default_factory=dict)


def _month_ends(first: str, last: str) -> list[tuple[str, str]]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last[:7]:
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        end = min((nxt - dt.timedelta(days=1)).isoformat(), last)
        out.append((f"{year:04d}-{month:02d}", end))
        year, month = nxt.year, nxt.month
    return out


def timeline(kg, *, as_of: str | dt.date | None = None) -> Timeline:
    """Documents of the inputs in force at each month's end up to ``as_of``, and repeals and expiries
    by year, per jurisdiction (the documents' dates read a row at a time from the first day, which an index
    keeps: an index's are never held as documents)."""
    view: View = kg.view
    day = as_of_date(as_of)
    places: dict[str | None, str] = {}

    def place(jurisdiction: str | None) -> str:
        if jurisdiction not in places:
            places[jurisdiction] = view.place_name(jurisdiction) or "(unknown)"
        return places[jurisdiction]

    first = first_day(kg)
    months = _month_ends(first, day) if first is not None and first <= day else []
    ends = [end for _, end in months]
    # each document's months in force as two marks, where they begin and after they end, summed at the end:
    # a count per month in force was 100 M additions at a million documents (33 s of a report)
    changes: dict[str, list[int]] = {}
    expiries: dict[str, Counter] = defaultdict(Counter)
    for in_corpus, jurisdiction, start, _, until, repeal_from in document_dates(kg):
        if not in_corpus:
            continue
        marks = changes.setdefault(place(jurisdiction), [0] * (len(months) + 1))
        span = span_of(start, until, repeal_from)
        if span is not None:
            begin, after = bisect_left(ends, span[0]), bisect_right(ends, span[1])  # the month ends inside
            if begin < after:
                marks[begin] += 1
                marks[after] -= 1
        if until:
            expiries[place(jurisdiction)][(dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()[:4]] += 1
    repeals: dict[str, Counter] = defaultdict(Counter)
    for (jurisdiction, year), n in repeal_years(kg).items():
        repeals[place(jurisdiction)][year] += n
    in_force = {p: list(accumulate(marks[:-1])) for p, marks in changes.items()}
    return Timeline([m for m, _ in months], dict(sorted(in_force.items())),
                    {p: dict(sorted(c.items())) for p, c in sorted(repeals.items())},
                    {p: dict(sorted(c.items())) for p, c in sorted(expiries.items())})


def _top_series(series: dict[str, list[int]]) -> dict[str, list[int]]:
    ranked = sorted(series, key=lambda p: (-sum(series[p]), p))
    out = {p: series[p] for p in ranked[:MAX_SERIES]}
    rest = ranked[MAX_SERIES:]
    if rest:
        out["other"] = [sum(series[p][k] for p in rest) for k in range(len(series[rest[0]]))]
    return out


def duty_matrix(kg):
    """(department names, document labels, document titles, {(row, col): (lead, support)}, totals), of the
    matrix :func:`regkg.graph.duties.duty_matrix` picks (an index's is kept in it: no duty is read)."""
    view: View = kg.view
    matrix = _duty_matrix(kg)

    def org_label(o: str) -> str:
        org = view.orgs.get(o)
        place = view.place_name(org.jurisdiction) if org else None
        name = view.org_name(o)
        return name if not place or name.startswith(place) else f"{name} ({place})"

    docs = [view.docs[d] for d in matrix.columns]
    return ([org_label(o) for o in matrix.rows], [d.label for d in docs], [f"{d.label} {d.title or ''}" for d in docs],
            {(i, j): (lead, support) for i, j, lead, support in matrix.cells}, (matrix.bodies, matrix.documents))


def report_html(kg, *, as_of: str | dt.date | None = None, links: dict[str, str] | None = None) -> str:
    """The report page: charts (inline SVG) and tables; ``links`` go in the header."""
    view: View = kg.view
    day = as_of_date(as_of)
    t = timeline(kg, as_of=day)
    places = sorted(set(t.repeals) | set(t.expiries))
    years = sorted({y for c in (*t.repeals.values(), *t.expiries.values()) for y in c})
    events = {}
    for p in places:
        events[f"repealed · {p}"] = [t.repeals.get(p, {}).get(y, 0) for y in years]
    for p in places:
        events[f"expired · {p}"] = [t.expiries.get(p, {}).get(y, 0) for y in years]
    reds = ("#b71c1c", "#e53935", "#ef9a9a", "#ffcdd2")
    oranges = ("#e65100", "#fb8c00", "#ffcc80", "#ffe0b2")
    colors = [reds[i % len(reds)] for i in range(len(places))] + [oranges[i % len(oranges)] for i in range(len(places))]
    rows, cols, col_titles, grid, (n_orgs, n_docs) = duty_matrix(kg)
    names = page_names(view)
    nodes = view.node_counts()
    return render(
        "report.html",
        as_of=day,
        links=links or {},
        counts={
            "documents in the inputs": nodes["in_corpus"],
            "documents only cited": nodes["cited"],
            "title-only references": nodes["unresolved"],
            "attached rules": nodes["attached"],
            "relations": nodes["relations"],
            "duties": view.duty_count,
            "departments and bodies": len(view.orgs),
        },
        in_force_chart=charts.line_chart(t.months, _top_series(t.in_force),
                                         title=f"Documents of the inputs in force at each month's end, to {day}")
        if t.months else None,
        events_chart=charts.bar_chart(years, events, title="Repeals and expiries taking effect, by year", colors=colors)
        if years else None,
        matrix=charts.matrix(rows, cols, grid, title="Duties: departments × documents (dark: leads, light: supports only)",
                             column_titles=col_titles) if rows else None,
        matrix_cut=(n_orgs > len(rows), len(rows), n_orgs, n_docs > len(cols), len(cols), n_docs),
        repealed=[(r, names.get(r.iri), names.get(r.repealed_by_iri)) for r in repealed(kg, as_of=day, limit=REPORT_ROWS)],
        repealed_count=count_repealed(kg, as_of=day),
        dangling=[(d, names.get(d.iri), names.get(d.cites_iri)) for d in dangling(kg, as_of=day, limit=REPORT_ROWS)],
        dangling_count=count_dangling(kg, as_of=day),
        css=assets.static("page.css"),
    )
