"""What a new gazette changed: the documents it added, the repeals it made, the statuses that moved
and the references left dangling, between two builds of a corpus (``regkg diff``, the report of
``regkg build --update``, the app's "what changed" page).

Documents are matched by IRI, which is a numbered document's canonical 发文字号 (:mod:`regkg.graph.iri`),
so a number is the same node in both builds. Statuses are compared on one day (``as_of``, default
today) and only for the documents a change can touch: those whose dates or presence changed, and the
targets of repeals made, dropped or re-dated; the other million keep theirs.

>>> from regkg.graph.api import build_records
>>> old_doc = {"doc_number": "吕政办发〔2019〕75号", "title": "吕梁市重污染天气应急预案", "date": "2019-10-01",
...            "in_force": {"from": "2019-10-01", "until": None, "evidence": "本预案自印发之日起实施。"}}
>>> new_doc = {"doc_number": "吕政办发〔2020〕69号", "title": "吕梁市重污染天气应急预案(修订)", "date": "2020-10-20",
...            "in_force": {"from": "2020-10-20", "until": None, "evidence": "本预案自印发之日起实施。"}}
>>> repeal = {"by": "吕政办发〔2020〕69号", "target_number": "吕政办发〔2019〕75号", "evidence": "原预案同时废止。"}
>>> old = build_records([{"source": "a.txt", "documents": [old_doc]}])
>>> new = build_records([{"source": "a.txt", "documents": [old_doc]},
...                      {"source": "b.txt", "documents": [new_doc], "repeals": [repeal]}])
>>> changes = diff(old, new, as_of="2021-01-01")
>>> [d.document for d in changes.new_documents], [(r.document, r.repealed_by) for r in changes.new_repeals]
(['吕政办发〔2020〕69号'], [('吕政办发〔2019〕75号', '吕政办发〔2020〕69号')])
>>> [(s.document, s.old_state, s.new_state, s.evidence[0].text) for s in changes.status_changes]
[('吕政办发〔2019〕75号', 'in_force', 'repealed', '原预案同时废止。')]
>>> str(changes)
'1 new document, 0 removed, 1 new repeal, 1 status change, 0 new dangling references (as of 2021-01-01)'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from regkg.graph.status import Dangling, Repealed, as_of_date, dangling, dangling_keys, state_on, status
from regkg.graph.memory_view import PREDICATE_OF, Doc, Evidence

__all__ = ["Changes", "DocumentChange", "NewRepeal", "StatusChange", "diff"]

_REPEALS = "repeals"


@dataclass(frozen=True)
class DocumentChange:
    """A document of the inputs that one build has and the other has not; ``sources``: the files it
    was read from (its evidence)."""

    document: str
    iri: str
    title: str | None
    date: str | None
    state: str
    sources: tuple[str, ...]


# A new repeal reads like one of `regkg repealed`'s answers: the same record.
NewRepeal = Repealed


@dataclass(frozen=True)
class StatusChange:
    """A document whose state on the day changed, old → new, with the new state's reason and evidence."""

    document: str
    iri: str
    title: str | None
    old_state: str
    new_state: str
    reason: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Changes:
    """What the new build holds that the old did not, on ``as_of``."""

    as_of: str
    new_documents: tuple[DocumentChange, ...] = ()
    removed_documents: tuple[DocumentChange, ...] = ()
    new_repeals: tuple[NewRepeal, ...] = ()
    status_changes: tuple[StatusChange, ...] = ()
    new_dangling: tuple[Dangling, ...] = ()

    def __str__(self) -> str:
        def n(items: tuple, what: str) -> str:
            return f"{len(items)} {what}{'s' * (len(items) != 1)}"

        return (f"{n(self.new_documents, 'new document')}, {len(self.removed_documents)} removed, "
                f"{n(self.new_repeals, 'new repeal')}, {n(self.status_changes, 'status change')}, "
                f"{len(self.new_dangling)} new dangling reference{'s' * (len(self.new_dangling) != 1)} "
                f"(as of {self.as_of})")


def diff(old_kg, new_kg, as_of: str | dt.date | None = None) -> Changes:
    """What ``new_kg`` changed against ``old_kg`` on ``as_of`` (default today): documents of the
    inputs added and removed, repeals made, documents whose state moved, references newly dangling;
    each in the order the questions answer in (number, then IRI), with its evidence."""
    old, new = getattr(old_kg, "view", old_kg), getattr(new_kg, "view", new_kg)
    day = as_of_date(as_of)
    # of the earlier build (an index on disk, most often) only each document's presence and dates are
    # held, its documents read again where they changed: a national corpus's are a million
    old_dates = {d.iri: _dates(d) for d in old.docs.values()}
    new_docs = {d.iri: d for d in new.docs.values()}
    added = [d for iri, d in new_docs.items() if d.in_corpus and not old_dates.get(iri, _ABSENT)[0]]
    removed = [old.docs[iri] for iri, dates in old_dates.items() if dates[0] and not _in_corpus(new_docs.get(iri))]
    old_repeals, new_repeals = _repeals(old), _repeals(new)
    made = sorted(new_repeals - old_repeals, key=lambda pair: _order(new_docs[pair[1]]) + _order(new_docs[pair[0]]))
    # a state can move only where a document's dates or presence moved, or a repeal of it did
    moved = {iri for iri, d in new_docs.items() if iri in old_dates and _dates(d) != old_dates[iri]}
    touched = moved | {o for s, o in new_repeals ^ old_repeals} | {o for s, o in new_repeals | old_repeals if s in moved}
    del old_dates
    changes = []
    for iri in touched:
        if iri in old.docs and iri in new_docs and new_docs[iri].notice is None:
            before, after = state_on(old, old.docs[iri], day), status(new_kg, iri, as_of=day)
            if before != after.state:
                changes.append((new_docs[iri], before, after))
    was_dangling = dangling_keys(old_kg, day)
    return Changes(
        as_of=day,
        new_documents=tuple(_document(new, d, day) for d in sorted(added, key=_order)),
        removed_documents=tuple(_document(old, d, day) for d in sorted(removed, key=_order)),
        new_repeals=tuple(_repeal(new, new_docs[o], new_docs[s]) for s, o in made),
        status_changes=tuple(StatusChange(d.label, d.iri, d.title, before, after.state, after.reason, after.evidence)
                             for d, before, after in sorted(changes, key=lambda c: _order(c[0]))),
        new_dangling=tuple(d for d in dangling(new_kg, as_of=day)
                           if (d.iri, d.cites_iri, d.relation) not in was_dangling),
    )


_ABSENT = (False,)  # the dates of a document a build does not hold: not in its inputs


def _in_corpus(doc: Doc | None) -> bool:
    return doc is not None and doc.in_corpus


def _order(doc: Doc) -> tuple[str, str]:
    return (doc.number or "\uffff", doc.iri)


def _dates(doc: Doc) -> tuple:
    return (doc.in_corpus, doc.date, doc.start, doc.until)


def _repeals(view) -> set[tuple[str, str]]:
    """(repealer, repealed) of every repeal the graph holds."""
    return {(s, o) for s, targets in view.out[_REPEALS].items() for o in targets}


def _document(view, doc: Doc, day: str) -> DocumentChange:
    return DocumentChange(doc.label, doc.iri, doc.title, doc.date, state_on(view, doc, day), tuple(doc.sources))


def _repeal(view, target: Doc, repealer: Doc) -> NewRepeal:
    return NewRepeal(target.label, target.iri, target.title, repealer.label, repealer.iri,
                     repealer.start or repealer.date,
                     tuple(view.evidence_for(repealer.iri, PREDICATE_OF[_REPEALS], target.iri)))
