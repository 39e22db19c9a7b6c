"""Resolution of an update that only adds inputs, resumed from the state the previous build kept
(:mod:`regkg.graph.resolution_state`) rather than done again from every record: the new records are
resolved against it, the title references made earlier are tried again against the documents they
bring, and what is inferred is inferred again. The model is the one :func:`~regkg.graph.resolve.resolve`
makes from all the records (``tests/test_resolve_update.py`` builds both and compares the files byte
for byte).

What the earlier records resolved to stays unless the new ones could change it. When they could in a
way only a whole resolution follows, :class:`Unresumable` says which, and the caller resolves every
record:

- a new input teaches an area (a new one, or the 机关代字 of one the corpus had not settled) and sorts
  before an earlier input (a whole resolution learns areas in the inputs' order), or the area places a
  name (a title, a body's) the earlier resolution placed otherwise;
- a new input holds a document already read from a file that sorts after it (the first file's values are
  the node's), or gives one a date or area it lacked;
- an issuer inferred for a document only cited, inferred anew, may have given its body an alternative name.

A document the corpus knew only as cited that a new input holds, or whose 机关代字 now names another issuer
or area, is resolved anew: put back as its number alone, then resolved as a whole resolution resolves it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from regkg.extract.models import Record
from regkg.graph.agency import IssuerTable
from regkg.graph.duty_table import DutyTable
from regkg.graph.inference import infer_issuers
from regkg.graph.model import DocNode, Model
from regkg.graph.places import Places
from regkg.graph.printed_table import PrintedTable
from regkg.graph.record_file import RecordFile
from regkg.graph.resolution_state import STATE_VERSION, SavedState, read_state
from regkg.graph.scratch import span_of
from regkg.graph.resolve import _jurisdiction, _Resolver, conclude, own_codes
from regkg.graph.title_scope import TitleScope
from regkg.keys.titles import title_key

__all__ = ["resume", "Previous", "Unresumable"]

# What a document resolved anew was: the titles printed beside its number, and (body IRI, the name it was inferred
# by) of each issuer inferred for it (_reset).
_Reset = tuple[tuple[str, ...], tuple[tuple[str, str], ...]]
# Methods of the edges a title-only reference made (regkg.graph.title_scope), tried again by an update.
_BY_TITLE = ("title-exact", "title-fuzzy", "unresolved")


@dataclass(frozen=True)
class Previous:
    """The build an update adds inputs to: its kept state and index, the inputs added (source names), and
    its graph.ttl, which a resumed update's is written from (:mod:`regkg.graph.turtle_splice`)."""

    state: Path
    index: Path
    added: tuple[str, ...]
    turtle: Path | None = None


class Unresumable(Exception):
    """The previous build's resolution cannot be resumed for these inputs; the message says why."""


def resume(state: Path, index: Path, records: RecordFile, added: Iterable[str], *, base: str,
           keep: Path | None = None) -> tuple[Model, str]:
    """The model of ``records`` (every input of the update), resolved from the previous build's ``state``
    and ``index`` (its duties) plus the records of the inputs ``added``; ``keep`` as :func:`resolve`. With
    it, what was done: how many inputs were new, documents resolved anew, references resolved again.
    Raises :class:`Unresumable` when only a whole resolution gives that model."""
    saved = read_state(state)
    if saved.meta.get("version") != STATE_VERSION or saved.meta.get("base") != base:
        raise Unresumable("the previous build kept its resolution in another form or for another base IRI")
    resolver = _restored(saved, base)
    known = set(saved.sources)
    new = sorted(set(added) - known)
    if len(known) + len(new) != len(records) or not known.issubset(records.sources()):
        raise Unresumable("inputs were removed or renamed")
    fresh = [records.record(name, duties=False) for name in new]
    docs = resolver.model.docs
    old_edges = len(resolver.model.edges)  # the earlier inputs' edges: their title references may be tried again

    places_were = copy.deepcopy(resolver.places)  # the areas as the earlier inputs left them
    issuers_before = copy.deepcopy(resolver.issuers.learned)
    printed_now = resolver.learn_places(fresh)
    places_moved = _places_of(resolver.places) != _places_of(places_were)
    if places_moved:
        _check_places(resolver, places_were, records, new)
    # documents the corpus only cited that a new input holds are resolved anew, as if never cited
    reset = {node.iri: _reset(resolver, node, resolver.issuers) for node in _held_anew(resolver, fresh)}
    before = set(docs)
    titles_before = {iri: _titles(node) for iri, node in docs.items()}
    for record in fresh:
        resolver.add_documents(record)
    resolver.add_numbered_references(printed_now)
    printed = PrintedTable()  # every number printed, the earlier inputs' and the new ones'
    printed.take_tables(state, ("printed",))
    printed.extend(printed_now)
    printed_now.close()
    # cited documents whose 机关代字 now names another issuer are inferred anew too
    was = copy.copy(resolver.issuers)
    was.learned = issuers_before
    for node in _inferred_anew(resolver, was, reset, places_were if places_moved else None):
        reset[node.iri] = _reset(resolver, node, was)
    for iri, (titles, _) in reset.items():  # the titles printed beside their numbers stay theirs
        node = docs[iri]
        node.alt_titles = tuple(dict.fromkeys((*titles, *node.alt_titles)))
    made = [docs[iri] for iri in sorted((docs.keys() - before) | reset.keys())]
    infer_issuers(resolver.model, resolver.places, resolver.issuers, resolver._org, nodes=made)
    # documents whose titles the new inputs add to: cited ones settle their title again from all printed
    touched = [node for iri, node in docs.items() if iri in titles_before and iri not in reset
               and _titles(node) != titles_before[iri]]
    for node in touched:
        if not node.in_corpus:
            node.alt_titles, node.title = (node.title, *node.alt_titles) if node.title else node.alt_titles, None
    resolver.index_titles(sorted([*made, *touched], key=lambda n: n.iri))

    resolver.model.duties = DutyTable()
    resolver.model.duties.take_index(index)
    for name in new:
        resolver.add_relations(records.record(name))
    again = _retry_titles(resolver, [n for n in (*made, *touched) if not n.unresolved], set(reset), old_edges)
    _drop_orphans(resolver, reset)
    said = f"{len(new):,} new input{'s' * (len(new) != 1)}, {len(reset):,} cited document{'s' * (len(reset) != 1)} " \
        f"resolved anew, {again:,} title reference{'s' * (again != 1)} resolved again"
    return conclude(resolver, printed, keep), said


def _restored(saved: SavedState, base: str) -> _Resolver:
    """A resolver as it was when the previous build kept its state: areas learnt again in order, the
    documents indexed by number and title, its edges and printed numbers taken from the state's file."""
    resolver = _Resolver(base)
    for _, area, codes in saved.learned:
        resolver.places.learn(area, list(codes))
    resolver.learned = list(saved.learned)
    for code, issuer, count in saved.issuers:
        resolver.issuers.learned[code][issuer] = count
    model = resolver.model
    model.docs.update((d.iri, d) for d in saved.docs)  # the dict the title scope reads
    model.rules = {r.iri: r for r in saved.rules}
    model.orgs = {o.iri: o for o in saved.orgs}
    model.sources = list(saved.sources)
    model.warnings = list(saved.warnings)
    resolver.failed = dict(saved.failed)
    resolver.references = {key: resolver.mint.reference(key) for key in saved.failed}
    resolver.by_number = {d.number: d.iri for d in saved.docs if d.number}
    for node in saved.docs:
        if not node.unresolved:  # references are made after titles are indexed, and never indexed
            resolver.titles.index(node)
    model.edges.take_tables(saved.path, ("edge",))
    return resolver


def _titles(node: DocNode) -> tuple:
    return node.title, node.alt_titles, node.attached


def _places_of(places: Places) -> dict:
    return {name: (p.level, p.parent, p.codes) for name, p in places.places.items()}


def _held_anew(resolver: _Resolver, fresh: list[Record]) -> list[DocNode]:
    """The documents of new inputs the corpus only cited; refused, those a whole resolution would give
    other values than a resumed one."""
    docs, held = resolver.model.docs, {}
    for record in fresh:
        for doc in record.documents:
            iri = resolver._document(doc)[0]
            node = docs.get(iri)
            if node is None or iri in held:
                continue
            shown = doc.doc_number or doc.title or (f"a document dated {doc.date}" if doc.date else
                                                    "a document named by nothing")
            if not node.in_corpus:
                held[iri] = node
                continue
            if record.source < max(node.sources):
                raise Unresumable(f"{record.source} holds {shown}, read before from a file "
                                  "that sorts after it")
            named = resolver.places.of_name(doc.issuers[0] if doc.issuers else doc.title or None)
            if (doc.date and not node.date) or (not node.jurisdiction and (named or _jurisdiction(record))):
                raise Unresumable(f"{record.source} gives {shown} a date or area it lacked")
    return list(held.values())


def _check_places(resolver: _Resolver, were: Places, records: RecordFile, new: list[str]) -> None:
    """Refuse an area (or its 机关代字) the new inputs teach unless a whole resolution would read every earlier
    input as the resumed one did. It learns the areas in the inputs' order: the earlier inputs after the first
    new one must teach what they taught, and the areas end as learnt here. And every name the earlier
    resolution may have placed (``were``: the areas then) must be placed where it was: the documents' titles,
    the titles references print, the bodies' names."""
    model, places = resolver.model, resolver.places
    taught = {source: (area, codes) for source, area, codes in resolver.learned}
    whole = Places.from_data()  # the areas as a whole resolution learns them, in the inputs' order
    for source in records.sources():
        if source in taught and source < new[0]:  # learnt before the first new input: as it was
            area, codes = taught[source]
        else:
            record = records.record(source, duties=False)
            if not (area := _jurisdiction(record)):
                continue
            codes = tuple(own_codes(whole, record, area))
            if codes != taught[source][1]:
                raise Unresumable(f"a new input teaches the corpus an area, and {source} after it would teach "
                                  "another 机关代字")
        whole.learn(area, list(codes))
    if _places_of(whole) != _places_of(places):
        raise Unresumable("a new input teaches the corpus an area its inputs' order would teach otherwise")
    names = {t for d in model.docs.values() for t in (d.title, *d.alt_titles) if t}
    names |= {n for o in model.orgs.values() for n in (o.name, *o.alt_labels)}
    names |= {t for (t,) in model.edges.sql("SELECT DISTINCT cited_as FROM edge WHERE cited_as IS NOT NULL")}
    for name in sorted(names):
        if places.of_name(name) != were.of_name(name):
            raise Unresumable(f"a new input teaches the corpus an area, where {name} was placed otherwise")


def _inferred_anew(resolver: _Resolver, was: IssuerTable, reset: dict, places_were: Places | None) -> list[DocNode]:
    """The cited documents whose 机关代字 the new inputs make name another issuer than it did (``was``) or
    another area (``places_were``: the areas before, when the new inputs taught one)."""
    issuers, now, places = resolver.issuers, resolver.issuers.learned, resolver.places
    changed = {code for code in now if now[code] != was.learned.get(code)}
    moved = {code for code in changed if was.infer(code) != issuers.infer(code)}
    return [node for node in resolver.model.docs.values()
            if not node.in_corpus and not node.unresolved and node.iri not in reset and node.agency_code and (
                node.agency_code in moved or places_were is not None and
                places_were.of_code(node.agency_code) != places.of_code(node.agency_code))]


def _reset(resolver: _Resolver, node: DocNode, table: IssuerTable) -> _Reset:
    """Put a cited document back as its number alone: out of the title index, its inferred issuer's edge
    gone. Returns the titles printed beside its number, and the body inferred to have issued it (by
    ``table``, as it was then) with the name it was inferred by."""
    resolver.titles.unindex(node)
    resolver.model.edges.executemany("DELETE FROM edge WHERE subject = ? AND predicate = 'passed_by'", [(node.iri,)])
    resolver.model.docs[node.iri] = DocNode(node.iri, number=node.number, agency_code=node.agency_code)
    inferred = table.infer(node.agency_code)
    return ((node.title,) if node.title else ()) + node.alt_titles, \
        tuple((org, inferred[0] if inferred else "") for org in node.issuers)


def _drop_orphans(resolver: _Resolver, reset: dict) -> None:
    """A body once inferred to have issued a document resolved anew is a node only while something else
    names it; refused, one whose name as inferred may be an alternative label only that inference gave."""
    bodies = {org: printed for _, issuers in reset.values() for org, printed in issuers}
    if not bodies:
        return
    named = {org for node in resolver.model.docs.values() for org in node.issuers} | \
        resolver.model.duties.bodies_among(bodies)
    for org, printed in bodies.items():
        if org not in named:
            del resolver.model.orgs[org]
        elif printed in resolver.model.orgs[org].alt_labels:
            raise Unresumable(f"{printed}, once inferred as an issuer, may be an alternative name only that gave")


def _retry_titles(resolver: _Resolver, touched: list[DocNode], moved: set[str], old_edges: int) -> int:
    """Resolve again each earlier title-only reference that one of the ``touched`` documents (new, or with
    new titles) may now answer, or that answered one resolved anew (``moved``); an unresolved title no
    reference prints any more has no node. Returns how many now resolve otherwise."""
    nearby = TitleScope(resolver.model.docs, resolver.places)
    for node in touched:
        nearby.index(node)
    edges = resolver.model.edges
    changed: list[tuple[int, str, str, float]] = []
    emptied: set[str] = set()
    marks = ", ".join("?" * len(_BY_TITLE))
    for rowid, subject, obj, method, confidence, cited_as, source, start, end in list(edges.sql(
            f"SELECT rowid, subject, obj, method, confidence, cited_as, source, span_start, span_end FROM edge "
            f"WHERE rowid <= ? AND method IN ({marks}) ORDER BY rowid", (old_edges, *_BY_TITLE))):
        if not cited_as or (obj not in moved and nearby.find(cited_as, subject) is None):
            continue
        found = resolver._by_title(cited_as, subject, source, span_of(start, end))
        if found != (obj, method, confidence):
            changed.append((rowid, *found))
            if method == "unresolved":
                emptied.add(obj)
    edges.update_targets(changed)
    for iri in emptied:  # its printings that are still unresolved name it again, else it goes
        key = next(k for k, i in resolver.references.items() if i == iri)
        del resolver.failed[key]
        printings = list(edges.sql("SELECT source, span_start, span_end, cited_as FROM edge WHERE obj = ? "
                                   "AND method = 'unresolved'", (iri,)))
        for source, start, end, title in printings:
            resolver.failed_at(key, (source, span_of(start, end) or (-1, -1), title))
        if not printings:
            del resolver.references[key]
            del resolver.model.docs[iri]
    return len(changed)
