"""Status at any date: in force, expired, repealed, not yet in force or unknown, with the evidence
that decided it; the repealed list; and dangling references (the 规范性文件清理 work list).

Rules, in order: a repeal takes effect when the repealing document does (its start, else its date);
a document with no known start is ``unknown``; before its start it is ``not_yet_in_force``; after the
last day of its validity period ``expired``; else ``in_force``. An attached rule has its covering
notice's status.

>>> from regkg.graph.api import build_records
>>> kg = build_records([{"source": "a.txt", "jurisdiction": "临汾市", "documents": [
...     {"doc_number": "临政通告〔2023〕2号", "title": "临汾市人民政府关于…的通告", "issuers": ["临汾市人民政府"],
...      "date": "2023-10-27", "in_force": {"from": "2023-10-30", "until": "2024-03-31", "evidence": "…"}}]}])
>>> status(kg, "临政通告〔2023〕2号", as_of="2024-03-31").state
'in_force'
>>> status(kg, "临政通告〔2023〕2号", as_of="2024-04-01").state
'expired'

SPARQL equivalent of ``status`` (for ``?doc`` on ``?asOf``; see examples/queries/in_force_on_date.rq)::

    SELECT ?state WHERE {
      OPTIONAL { ?doc eli:first_date_entry_in_force ?start }
      OPTIONAL { ?doc eli:date_no_longer_in_force ?until }
      OPTIONAL { ?doc eli:repealed_by ?r . OPTIONAL { ?r eli:first_date_entry_in_force ?rs }
                 OPTIONAL { ?r eli:date_document ?rd } BIND(COALESCE(?rs, ?rd) AS ?when)
                 FILTER(!BOUND(?when) || ?when <= ?asOf) }
      BIND(IF(BOUND(?r), "repealed", IF(!BOUND(?start), "unknown", IF(?asOf < ?start, "not_yet_in_force",
           IF(BOUND(?until) && ?asOf > ?until, "expired", "in_force")))) AS ?state)
    }
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from operator import itemgetter

from regkg.ontology.relations import REFERENCES
from regkg.graph.memory_view import PREDICATE_OF, START_PREDICATE, UNTIL_PREDICATE, Doc, Evidence, View

__all__ = ["Status", "Repealed", "Dangling", "STATES", "state_on", "in_force_span", "span_of", "state_of", "document_dates",
           "first_day", "repeal_years", "status", "repealed", "dangling", "count_repealed", "count_dangling",
           "dangling_keys", "as_of_date"]

# The five states, in the order the rules above try them.
STATES = ("repealed", "unknown", "not_yet_in_force", "expired", "in_force")

# Relations through which a document rests on another (a citing document "dangles" when the one it
# rests on is gone).
REFERENCE_RELATIONS = REFERENCES  # what a document rests on: the relation table's references


@dataclass(frozen=True)
class Status:
    """A document's status on ``as_of`` and why."""

    document: str
    iri: str
    title: str | None
    as_of: str
    state: str
    reason: str
    evidence: tuple[Evidence, ...] = ()
    repealed_by: str | None = None


@dataclass(frozen=True)
class Repealed:
    """A repealed document, what repealed it, from when, and the sentence that says so."""

    document: str
    iri: str
    title: str | None
    repealed_by: str
    repealed_by_iri: str
    effective: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Dangling:
    """A document in force that rests on one that is repealed or expired."""

    document: str
    iri: str
    cites: str
    cites_iri: str
    relation: str
    cited_state: str
    evidence: tuple[Evidence, ...]


def as_of_date(as_of: str | dt.date | None) -> str:
    """ISO date; today when None."""
    if as_of is None:
        return dt.date.today().isoformat()
    if isinstance(as_of, dt.date):
        return as_of.isoformat()
    return dt.date.fromisoformat(str(as_of)).isoformat()


def _view(kg) -> View:
    return getattr(kg, "view", kg)


def _effective(view: View, repealer: str) -> str | None:
    doc = view.docs[repealer]
    return doc.start or doc.date


def _repeals_in_effect(view: View, iri: str, as_of: str) -> list[tuple[str | None, str]]:
    """(effective date, repealer) of repeals of ``iri`` in effect on ``as_of``, earliest first."""
    found = []
    for repealer in view.into["repeals"].get(iri, ()):
        when = _effective(view, repealer)
        if when is None or when <= as_of:
            found.append((when, repealer))
    return sorted(found, key=lambda wr: (wr[0] or "", wr[1]))


def _state(view: View, doc: Doc, as_of: str) -> tuple[str, str, tuple[Evidence, ...], str | None]:
    repeals = _repeals_in_effect(view, doc.iri, as_of)
    if repeals:
        when, repealer = repeals[0]
        evidence = tuple(view.evidence_for(repealer, PREDICATE_OF["repeals"], doc.iri))
        label = view.docs[repealer].label
        return "repealed", f"repealed by {label}" + (f", in effect from {when}" if when else ""), evidence, repealer
    if doc.start is None:
        return "unknown", "no start date known", (), None
    start_ev = tuple(view.evidence_for(doc.iri, START_PREDICATE, doc.start))
    if as_of < doc.start:
        return "not_yet_in_force", f"takes effect on {doc.start}", start_ev, None
    if doc.until and as_of > doc.until:
        until_ev = tuple(view.evidence_for(doc.iri, UNTIL_PREDICATE, doc.until))
        return "expired", f"validity period ended on {doc.until}", until_ev, None
    until = f" until {doc.until}" if doc.until else ""
    return "in_force", f"in force from {doc.start}{until}", start_ev, None


def state_on(view: View, doc: Doc, as_of: str) -> str:
    """The state of ``doc`` on the ISO date ``as_of`` (one of :data:`STATES`), without the evidence."""
    return _state(view, doc, as_of)[0]


def status(kg, doc: str, *, as_of: str | dt.date | None = None) -> Status:
    """The status of ``doc`` (number, title or IRI) on ``as_of`` (default today)."""
    view = _view(kg)
    day = as_of_date(as_of)
    found = view.find(doc)
    target = view.docs[found.notice] if found.notice else found
    state, reason, evidence, repealer = _state(view, target, day)
    if found.notice:
        reason = f"attached rule of {target.label}, which is {state}: {reason}"
    return Status(
        found.label if not found.notice else found.title or found.label,
        found.iri,
        found.title,
        day,
        state,
        reason,
        evidence,
        view.docs[repealer].label if repealer else None,
    )


def repealed(kg, *, as_of: str | dt.date | None = None, limit: int | None = None, offset: int = 0) -> list[Repealed]:
    """Every document repealed on ``as_of`` (default today), with its repealer and the evidence;
    ``limit`` and ``offset`` give one page of that list (an index-backed graph reads only the page).

    SPARQL: examples/queries/repealed.rq.
    """
    view = _view(kg)
    day = as_of_date(as_of)
    if view.indexed:
        docs = view.docs
        return [Repealed(docs[iri].label, iri, docs[iri].title, docs[by].label, by, when,
                         tuple(view.evidence_for(by, PREDICATE_OF["repeals"], iri)))
                for iri, by, when in view.repeal_rows(day, limit, offset)]
    # kept without their sentences (a national corpus's are hundreds of MB): read for the answers given
    events = view.memo("repeal_events", _unsaid_repeal_events)
    taken = bisect_right(events.whens, day)  # events in effect on ``day``: a prefix of the date order
    if taken == len(events.whens):
        found = events.in_order
    else:
        found = [r for _, r in sorted(events.by_date[:taken], key=itemgetter(0))]
    return [replace(r, evidence=tuple(view.evidence_for(r.repealed_by_iri, PREDICATE_OF["repeals"], r.iri)))
            for r in found[offset:None if limit is None else offset + limit]]


@dataclass(frozen=True)
class _RepealEvents:
    """Every repeal, by the day it takes effect (``""``: no date, always) for the bisect, each with its
    rank in the answer's order (document, repealer), and that order itself."""

    whens: list[str]
    by_date: list[tuple[int, Repealed]]
    in_order: list[Repealed]


def _unsaid_repeal_events(view: View) -> _RepealEvents:
    """The answer of ``repealed`` on the last day, from which the answer on any day is a prefix, without
    the sentences (:func:`repealed` reads those of the answers it gives; the index keeps them in its
    evidence table)."""
    found = []
    for iri in sorted(view.into["repeals"]):
        doc = view.docs[iri]
        for when, repealer in _repeals_in_effect(view, iri, _AFTER_ALL):
            by = view.docs[repealer]
            found.append((when or _BEFORE_ALL, Repealed(doc.label, iri, doc.title, by.label, repealer, when, ())))
    in_order = sorted((r for _, r in found), key=lambda r: (r.document, r.repealed_by))
    rank = {id(r): i for i, r in enumerate(in_order)}
    by_date = sorted(((when, rank[id(r)], r) for when, r in found), key=itemgetter(0, 1))
    return _RepealEvents([w for w, _, _ in by_date], [(i, r) for _, i, r in by_date], in_order)


def dangling(kg, *, as_of: str | dt.date | None = None, limit: int | None = None, offset: int = 0) -> list[Dangling]:
    """Documents in force on ``as_of`` that cite, rest on or reply to a repealed or expired document
    (other than the documents they themselves repeal); ``limit`` and ``offset`` give one page.

    SPARQL: examples/queries/cites_repealed.rq (the repealed half).
    """
    view = _view(kg)
    day = as_of_date(as_of)
    if view.indexed:
        docs = view.docs
        return [Dangling(docs[citing].label, citing, docs[target].label, target, relation,
                         _gone_state(view, docs[target], day, view.repeal_from(target)),
                         tuple(view.evidence_for(citing, PREDICATE_OF[relation], target)))
                for citing, target, relation in view.dangling_rows(day, limit, offset)]
    repeal_from = view.memo("repeal_from", _repeal_from_all)
    out = []
    # the spans in order are kept, their sentences read for the answers given
    for lo, hi, citing, target, relation in view.memo("dangling_in_order", _dangling_in_order):
        if lo <= day <= hi:
            if offset:
                offset -= 1
                continue
            if limit is not None and len(out) >= limit:
                break
            doc, cited = view.docs[citing], view.docs[target]
            out.append(Dangling(doc.label, citing, cited.label, target, relation,
                                _gone_state(view, cited, day, repeal_from.get(target)),
                                tuple(view.evidence_for(citing, PREDICATE_OF[relation], target))))
    return out


def count_repealed(kg, *, as_of: str | dt.date | None = None) -> int:
    """``len(repealed(kg, as_of=as_of))``, counted without reading a sentence (a build's summary)."""
    view = _view(kg)
    day = as_of_date(as_of)
    if view.indexed:
        return view.repeal_count(day)
    return bisect_right(view.memo("repeal_events", _unsaid_repeal_events).whens, day)


def count_dangling(kg, *, as_of: str | dt.date | None = None) -> int:
    """``len(dangling(kg, as_of=as_of))``, counted without reading a sentence (a build's summary)."""
    view = _view(kg)
    day = as_of_date(as_of)
    if view.indexed:
        return view.dangling_count(day)
    return sum(lo <= day <= hi for lo, hi, *_ in view.memo("dangling_in_order", _dangling_in_order))


def dangling_keys(kg, day: str) -> set[tuple[str, str, str]]:
    """(citing, cited, relation) of every reference :func:`dangling` gives on ``day``, without their
    sentences (what an update compares against the build before it)."""
    view = _view(kg)
    if view.indexed:
        return set(view.dangling_rows(day, None, 0))
    return {(citing, target, relation) for lo, hi, citing, target, relation
            in view.memo("dangling_in_order", _dangling_in_order) if lo <= day <= hi}


def _repeal_from_all(view: View) -> dict[str, str]:
    """Repealed document -> the first day a repeal of it is in effect (``""``: always)."""
    return {iri: first for iri in view.into["repeals"] if (first := _repeal_from(view, iri)) is not None}


def _gone_state(view: View, doc: Doc, day: str, repeal_from: str | None) -> str:
    """The state of ``doc`` on ``day``, quickly where it is repealed or plainly expired (what a cited
    document of a dangling reference is); the rules of :func:`_state` otherwise."""
    if repeal_from is not None and repeal_from <= day:
        return "repealed"  # some repeal is in effect
    if repeal_from is None and doc.start is not None and doc.start <= day and doc.until and day > doc.until:
        return "expired"
    return _state(view, doc, day)[0]


def _dangling_in_order(view: View) -> list[tuple[str, str, str, str, str]]:
    """The dangling spans in the answer's order (document, cited, relation): ``dangling`` on a day keeps
    those that hold on it, already in order."""
    return _dangling_order(_dangling_spans(view), view)


def _dangling_order(spans: list[tuple[str, str, str, str, str]], view: View) -> list[tuple[str, str, str, str, str]]:
    """``spans`` in the answer's order: citing document, cited document, relation."""
    docs = view.docs
    return sorted(spans, key=lambda s: (docs[s[2]].label, docs[s[3]].label, s[4], s[2], s[3]))


# Dates as ISO strings compare as dates; these two bound every ISO date.
_BEFORE_ALL, _AFTER_ALL = "", "9999-12-31~"


def _shift(day: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return day


def _repeal_from(view: View, iri: str) -> str | None:
    """The first day a repeal of ``iri`` is in effect (``""``: one with no date, always), or None."""
    whens = [_effective(view, r) or _BEFORE_ALL for r in view.into["repeals"].get(iri, ())]
    return min(whens) if whens else None


def in_force_span(view: View, doc: Doc) -> tuple[str, str] | None:
    """(first day, last day) ``doc`` is in force (ISO dates; the last may be ``"9999-12-31~"``,
    no end), or None if it never is: ``state_on(view, doc, day) == "in_force"`` exactly for the days
    between them. A document is in force over one span, so a question over many days (how many
    documents were in force at each month's end) needs one span per document, not a status per day.
    """
    return _in_force_span(doc, _repeal_from(view, doc.iri))


def _in_force_span(doc: Doc, repealed_from: str | None) -> tuple[str, str] | None:
    return span_of(doc.start, doc.until, repealed_from)


def document_dates(kg) -> Iterator[tuple[int, str | None, str | None, str | None, str | None, str | None]]:
    """(in the inputs, jurisdiction, start, date, until, first day a repeal is in effect) of each document but
    attached rules: what a timeline of the documents in force (:func:`span_of`) and a count of their states
    (:func:`state_of`) read, streamed from an index a row at a time."""
    view = _view(kg)
    if view.indexed:
        return view.document_dates()
    return ((d.in_corpus, d.jurisdiction, d.start, d.date, d.until, _repeal_from(view, iri))
            for iri, d in view.docs.items() if not d.notice)


def first_day(kg) -> str | None:
    """The earliest start or date of a document of the inputs (attached rules aside), where a timeline of
    them begins: kept in an index by the build, which reads it here from the view in memory."""
    view = _view(kg)
    if view.indexed:
        return view.meta("first_day") or None
    return min((d for in_corpus, _, start, date, _, _ in document_dates(view) if in_corpus for d in (start, date) if d),
               default=None)


def repeal_years(kg) -> dict[tuple[str | None, str], int]:
    """(jurisdiction of the repealed document, year the repeal takes effect, ``?`` when undated) -> how many
    repeals of :func:`repealed` on the last day there are: counted by SQL in an index, no sentence read."""
    view = _view(kg)
    if view.indexed:
        return view.repeal_years()
    years: dict[tuple[str | None, str], int] = {}
    for r in view.memo("repeal_events", _unsaid_repeal_events).in_order:
        key = (view.docs[r.iri].jurisdiction, (r.effective or "")[:4] or "?")
        years[key] = years.get(key, 0) + 1
    return years


def state_of(start: str | None, until: str | None, repealed_from: str | None, day: str) -> str:
    """:func:`state_on` of a document that starts on ``start``, ends after ``until`` and is repealed from
    ``repealed_from`` (``""``: always; None: never), read from its dates alone (an index keeps them).

    >>> [state_of("2020-01-01", "2024-12-31", "2023-07-01", d) for d in ("2019-06-01", "2021-01-01", "2023-07-01")]
    ['not_yet_in_force', 'in_force', 'repealed']
    >>> state_of("2020-01-01", "2020-12-31", None, "2021-01-01"), state_of(None, None, None, "2021-01-01")
    ('expired', 'unknown')
    """
    if repealed_from is not None and repealed_from <= day:
        return "repealed"
    if start is None:
        return "unknown"
    if day < start:
        return "not_yet_in_force"
    return "expired" if until and day > until else "in_force"


def span_of(start: str | None, until: str | None, repealed_from: str | None) -> tuple[str, str] | None:
    """:func:`in_force_span` of a document that starts on ``start``, ends after ``until`` and is repealed
    from ``repealed_from`` (``""``: always; None: never).

    >>> span_of("2020-01-01", "2024-12-31", "2023-07-01"), span_of("2020-01-01", None, ""), span_of(None, None, None)
    (('2020-01-01', '2023-06-30'), None, None)
    """
    if start is None:
        return None
    last = until or _AFTER_ALL
    if repealed_from is not None:
        if repealed_from == _BEFORE_ALL:
            return None
        last = min(last, _shift(repealed_from, -1))
    return (start, last) if start <= last else None


def _dangling_spans(view: View) -> list[tuple[str, str, str, str, str]]:
    """(first day, last day, citing, cited, relation) of every reference that dangles on some day.

    A citing document is in force over one span of days (from its start until it expires or a
    repeal takes effect) and a cited one, once repealed or expired, stays so: a reference dangles
    over one span, computed once per view, so ``dangling`` on any date is one pass over the spans
    instead of a status for every document.
    """
    return view.memo("dangling_spans", _make_dangling_spans)


def _make_dangling_spans(view: View) -> list[tuple[str, str, str, str, str]]:
    repeal_from: dict[str, str | None] = {}

    def repealed_from(iri: str) -> str | None:
        if iri not in repeal_from:
            repeal_from[iri] = _repeal_from(view, iri)
        return repeal_from[iri]

    spans = []
    for relation in REFERENCE_RELATIONS:
        for citing, targets in view.out[relation].items():
            doc = view.docs[citing]
            if doc.notice or (in_force := _in_force_span(doc, repealed_from(citing))) is None:
                continue
            last = in_force[1]
            repealed_here = set(view.out["repeals"].get(citing, ()))
            for target in targets:
                if target in repealed_here:  # the repeal sentence itself names what it repeals
                    continue
                cited = view.docs[target]
                gone = [r] if (r := repealed_from(target)) is not None else []
                if cited.start is not None and cited.until:
                    gone.append(max(cited.start, _shift(cited.until, 1)))
                if gone:
                    first = max(doc.start, min(gone))
                    if first <= last:
                        spans.append((first, last, citing, target, relation))
    return spans
