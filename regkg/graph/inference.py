"""Facts the graph infers rather than reads, each an edge with its method and a confidence below 1:

- the issuer (and so the jurisdiction) of a document the corpus only cites, from the title it is
  cited by or its 机关代字 (:mod:`regkg.graph.agency`);
- the start of a corpus document that prints none: its signing date (presumed);
- successive editions of one plan (same title but for the edition marker): newer ``replaces`` older.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from regkg.graph.agency import IssuerTable
from regkg.graph.model import DocNode, Edge, Model, Provenance
from regkg.graph.places import Places
from regkg.keys.numbers import year_of
from regkg.keys.orgs import issuer_in_title
from regkg.keys.titles import named_titles, title_key, title_stem

__all__ = ["infer_issuers", "presume_starts", "chain_editions"]

# Confidence of inferred facts: an issuer from the 机关代字 table, the presumption that a document
# without a stated start takes effect on its signing date, an edition chain from titles alone.
_CONFIDENCE_AGENCY_CODE = 0.9
_CONFIDENCE_PRESUMED_START = 0.8
_CONFIDENCE_EDITION = 0.8


def infer_issuers(model: Model, places: Places, issuers: IssuerTable,
                  org: Callable[[str, str | None], str], nodes: Iterable[DocNode] | None = None) -> None:
    """Issuer and jurisdiction of documents the corpus only cites (of ``nodes``, by default every one);
    ``org(name, jurisdiction)`` gives a body's IRI. Run before titles are indexed, so these documents
    are scoped like the rest."""
    for node in model.docs.values() if nodes is None else nodes:
        if node.in_corpus or node.unresolved:
            continue
        inferred = _issuer(node, issuers)
        if inferred and not node.issuers:
            issuer, how, method, confidence = inferred
            where = places.of_name(issuer) or places.of_code(node.agency_code)
            node.issuers = (org(issuer, where),)
            node.jurisdiction = node.jurisdiction or where
            model.edges.append(Edge(node.iri, "passed_by", node.issuers[0],
                                    Provenance(text=f"{node.agency_code or node.title} -> {issuer} ({how})"),
                                    method=method, confidence=confidence))
        node.jurisdiction = node.jurisdiction or places.of_code(node.agency_code)


def _issuer(node: DocNode, issuers: IssuerTable) -> tuple[str, str, str, float] | None:
    """(issuer, how it was found, method, confidence) of a document the corpus only cites."""
    named = issuer_in_title(node.title)
    if named:
        return named, "named in the cited title", "title", 1.0
    inferred = issuers.infer(node.agency_code)
    if inferred is None:
        return None
    issuer, how = inferred
    confidence = 1.0 if how == "learned from the corpus" else _CONFIDENCE_AGENCY_CODE
    return issuer, how, "agency-code", confidence


def presume_starts(model: Model) -> None:
    """A corpus document that states no start takes effect on its signing date (presumed)."""
    stated = {e.subject for e in model.edges.of("from")}
    for node in model.docs.values():
        if node.in_corpus and node.date and node.iri not in stated:
            model.edges.append(Edge(
                node.iri, "from", node.date,
                Provenance(sorted(node.sources)[0], None, f"no start printed; presumed from signing date {node.date}"),
                method="presumed-signing-date", confidence=_CONFIDENCE_PRESUMED_START))


def chain_editions(model: Model) -> None:
    """Link successive editions of one plan (same stem, same area): newer ``replaces`` older."""
    groups: dict[tuple[str | None, str], dict[str, tuple[str, str]]] = defaultdict(dict)
    for node in model.docs.values():
        if node.unresolved:
            continue
        when = node.date or str(year_of(node.number or "") or "")
        titles = node.attached or [t for t in named_titles(node.title or "")] or [node.title or ""]
        for title in titles:
            stem = title_stem(title)
            if when and stem and stem != title_key(title):  # only titles that print an edition
                groups[(node.jurisdiction, stem)][node.iri] = (when, title)
    for (_, stem), members in sorted(groups.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        ordered = sorted(members.items(), key=lambda kv: (kv[1][0], kv[0]))
        for (old, (old_when, old_title)), (new, (new_when, new_title)) in zip(ordered, ordered[1:]):
            if old_when[:4] == new_when[:4]:
                continue
            model.edges.append(Edge(new, "replaces", old,
                                    Provenance(text=f"edition {new_title} ({new_when}) follows {old_title} ({old_when})"),
                                    method="edition-title", confidence=_CONFIDENCE_EDITION))
