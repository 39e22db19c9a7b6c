"""Entity resolution: extraction records (one per gazette) -> one :class:`~regkg.graph.model.Model`.

- The same 发文字号 is one node however printed and in whichever gazette.
- A title-only reference resolves to the document it names: exact on the normalised title (or on a
  title the document names in 《》/〈〉, its attached rule), else fuzzy (「重污天气」 for
  「重污染天气」), scoped by jurisdiction (the area the title names, else the citing document's area and
  those above it) and date (not after the citing document). Method and confidence go on the edge.
  What does not resolve stays its own node, typed ``regkg:UnresolvedReference``.
- Cited documents no input contains become nodes with what is known: number, title, the issuer
  inferred from the 机关代字 (:mod:`regkg.graph.agency`), the jurisdiction that follows.
- Departments resolve within their jurisdiction: 市生态环境局 in 泸州 and in 临汾 are two bodies.
- Editions of one plan (same title but for the edition marker) are chained newer -> older.

>>> model = resolve([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府办发〔2024〕1号", "title": "关于印发《泸州市某预案》的通知",
...      "issuers": ["泸州市人民政府办公室"], "date": "2024-05-01", "issues_attached": ["泸州市某预案"]}],
...     "repeals": [{"by": "泸市府办发〔2024〕1号", "target_number": None,
...                  "target_title": "泸州市某预案(2019修订)", "evidence": "…同时废止。", "cue": "同时废止"}]}])
>>> sorted(e.method for e in model.edges if e.predicate == "repeals")
['unresolved']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from regkg.graph.agency import IssuerTable
from regkg.graph.iri import DEFAULT_BASE, Minter
from regkg.graph.corpus_warnings import corpus_warnings
from regkg.graph.model import DocNode, DutyNode, Edge, Model, OrgNode, Provenance, RuleNode, WarningNode
from regkg.graph.places import Places
from regkg.graph.titles import TitleIndex
from regkg.keys.orgs import issuer_in_title
from regkg.keys.numbers import code_of, number_key, year_of
from regkg.keys.places import place_name
from regkg.keys.titles import named_titles, title_key, title_stem

__all__ = ["resolve", "CITATION_KINDS", "BY_NOT_FOUND"]

# Extraction ``kind`` of a citation -> the edge predicate name the builder knows.
CITATION_KINDS = {"cites": "cites", "based_on": "based_on", "replies_to": "replies_to"}

# Warning kind of a record whose fact names (``by``) a document the file does not hold.
BY_NOT_FOUND = "by_not_found"

# Confidence of facts that are inferred rather than read: an issuer from the 机关代字 table, the
# presumption that a document without a stated start takes effect on its signing date, an edition
# chain from titles alone.
_CONFIDENCE_AGENCY_CODE = 0.9
_CONFIDENCE_PRESUMED_START = 0.8
_CONFIDENCE_EDITION = 0.8


def _span(item: Mapping[str, Any]) -> tuple[int, int] | None:
    span = item.get("span")
    return (int(span[0]), int(span[1])) if span and len(span) == 2 else None


def _jurisdiction(record: Mapping[str, Any]) -> str | None:
    gazette = record.get("gazette") or {}
    where = record.get("jurisdiction") or gazette.get("jurisdiction")
    return place_name(where) if where else None  # records that name the nation 中华人民共和国


class _Resolver:
    def __init__(self, base: str) -> None:
        self.mint = Minter(base)
        self.places = Places.from_data()
        self.issuers = IssuerTable.from_data()
        self.model = Model()
        # one title index per jurisdiction (None: documents of no known area), so a reference is only
        # compared with the titles of the areas in its scope
        self.indexes: dict[str | None, TitleIndex] = defaultdict(TitleIndex)
        self._title_cache: dict[tuple[str, tuple[str | None, ...]], list[tuple[str, str, float]]] = {}
        self.by_number: dict[str, str] = {}
        # per source file: what its records call their documents (number, title, title key) -> IRI
        self.local: dict[str, dict[str, str]] = defaultdict(dict)
        self.references: dict[str, str] = {}  # unresolved title key -> IRI

    # ------------------------------------------------------------------ pass 1: the corpus's documents

    def learn_places(self, records: list[Mapping[str, Any]]) -> None:
        for record in records:
            where = _jurisdiction(record)
            if where:
                codes = [
                    code_of(number_key(d["doc_number"])) or ""
                    for d in record.get("documents", [])
                    if d.get("doc_number") and self.places.of_name((d.get("issuers") or [""])[0]) in (None, where)
                ]
                self.places.learn(where, codes)

    def add_documents(self, record: Mapping[str, Any]) -> None:
        source = record["source"]
        self.model.sources.append(source)
        where = _jurisdiction(record)
        spans: list[tuple[tuple[int, int], str]] = []  # document span -> IRI, for the file's warnings
        for doc in record.get("documents", []):
            number = number_key(doc["doc_number"]) if doc.get("doc_number") else None
            issuers = list(doc.get("issuers") or [])
            jurisdiction = self.places.of_name(issuers[0] if issuers else doc.get("title")) or where
            iri = self.mint.document(
                number=number, issuer=issuers[0] if issuers else None, date=doc.get("date"), title=doc.get("title")
            )
            node = self._node(iri, number)
            node.in_corpus = True
            node.sources.add(source)
            node.title = node.title or doc.get("title")
            node.date = node.date or doc.get("date")
            node.kind = node.kind or doc.get("kind")
            node.jurisdiction = node.jurisdiction or jurisdiction
            if not node.issuers:
                node.issuers = [self._org(name, self.places.of_name(name) or jurisdiction) for name in issuers]
            for attached in doc.get("issues_attached") or []:
                if attached not in node.attached:
                    node.attached.append(attached)
                    rule = self.mint.rule(iri, title_key(attached))
                    self.model.rules[rule] = RuleNode(rule, attached, iri)
            if number and issuers:
                self.issuers.learn(node.agency_code, issuers[0])
            for key in (number, doc.get("title"), title_key(doc.get("title") or "")):
                if key:
                    self.local[source][key] = iri
            self._validity(iri, doc, source)
            if _span(doc):
                spans.append((_span(doc), iri))  # type: ignore[arg-type]
        for warning in record.get("warnings") or []:
            span = _span(warning)
            about = tuple(iri for (start, end), iri in spans if span and start <= span[0] < end)
            self.model.warnings.append(
                WarningNode(warning.get("kind") or "warning", warning.get("message") or "", Provenance(source, span), about)
            )

    def _validity(self, iri: str, doc: Mapping[str, Any], source: str) -> None:
        validity = doc.get("in_force") or {}
        prov = Provenance(source, _span(validity) or _span(doc), validity.get("evidence"))
        for field, predicate in (("from", "from"), ("until", "until")):
            if validity.get(field):
                self.model.edges.append(Edge(iri, predicate, validity[field], prov))

    def _node(self, iri: str, number: str | None) -> DocNode:
        node = self.model.docs.get(iri)
        if node is None:
            node = self.model.docs[iri] = DocNode(iri, number=number, agency_code=code_of(number or ""))
            if number:
                self.by_number[number] = iri
        return node

    def _org(self, printed: str, jurisdiction: str | None) -> str:
        name = self.places.department(printed, jurisdiction)
        iri = self.mint.organization(jurisdiction, name)
        org = self.model.orgs.setdefault(iri, OrgNode(iri, name, jurisdiction))
        if printed != name:
            org.alt_labels.add(printed)
        return iri

    # ------------------------------------------------------------------ pass 2: documents cited by number

    def add_numbered_references(self, record: Mapping[str, Any]) -> None:
        for item, number, title in [
            *((c, c.get("cited_number"), c.get("cited_title")) for c in record.get("citations", [])),
            *((r, r.get("target_number"), r.get("target_title")) for r in record.get("repeals", [])),
        ]:
            if not number:
                continue
            number = number_key(number)
            node = self._node(self.mint.document(number=number), number)
            if title and title != node.title:
                node.alt_titles.add(title)
            self.issuers.learn(node.agency_code, issuer_in_title(title))

    def index_titles(self) -> None:
        for node in self.model.docs.values():
            if not node.in_corpus and node.alt_titles and not node.title:
                # the title printed most often beside the number, ties by length then text
                node.title = sorted(node.alt_titles, key=lambda t: (-len(t), t))[0]
            node.alt_titles.discard(node.title or "")
            index = self.indexes[node.jurisdiction]
            for title in (node.title, *sorted(node.alt_titles), *node.attached):
                if title:
                    index.add(title_key(title), node.iri)
                    for named in named_titles(title):
                        index.add(named, node.iri)

    # ------------------------------------------------------------------ pass 3: edges and duties

    def add_relations(self, record: Mapping[str, Any]) -> None:
        source = record["source"]
        for citation in record.get("citations", []):
            by = self._by(source, citation.get("by"))
            if by is None or not citation.get("cited_number"):
                continue
            target = self.by_number[number_key(citation["cited_number"])]
            if target == by:  # a document's own number is not a citation
                continue
            self.model.edges.append(
                Edge(
                    by,
                    CITATION_KINDS.get(citation.get("kind") or "cites", "cites"),
                    target,
                    Provenance(source, _span(citation), citation.get("evidence")),
                    method="number",
                    cited_as=citation.get("cited_title"),
                )
            )
        for cite in record.get("law_citations", []):
            by = self._by(source, cite.get("by"))
            if by is None or not cite.get("cited_title"):
                continue
            target, method, confidence = self._by_title(cite["cited_title"], by)
            if target == by:
                continue
            self.model.edges.append(
                Edge(
                    by,
                    CITATION_KINDS.get(cite.get("kind") or "cites", "cites"),
                    target,
                    Provenance(source, _span(cite), cite.get("evidence")),
                    method=method,
                    confidence=confidence,
                    cited_as=cite["cited_title"],
                )
            )
        for repeal in record.get("repeals", []):
            by = self._by(source, repeal.get("by"))
            if by is None:
                continue
            if repeal.get("target_number"):
                target, method, confidence = self.by_number[number_key(repeal["target_number"])], "number", 1.0
            elif repeal.get("target_title"):
                target, method, confidence = self._by_title(repeal["target_title"], by)
            else:
                continue
            if target == by:
                continue
            self.model.edges.append(
                Edge(
                    by,
                    # 「删去第八条」 amends: the target stays in force, and the amending document rests on it
                    "cites" if repeal.get("partial") else "repeals",
                    target,
                    Provenance(source, _span(repeal), repeal.get("evidence")),
                    method=method,
                    confidence=confidence,
                    cue=repeal.get("cue") or None,
                    cited_as=repeal.get("target_title"),
                )
            )
        for duty in record.get("duties", []):
            by = self._by(source, duty.get("by"))
            if by is None:
                continue
            where = self.model.docs[by].jurisdiction or _jurisdiction(record)
            prov = Provenance(source, _span(duty), duty.get("evidence"))
            self.model.duties.append(
                DutyNode(
                    self.mint.duty(source, prov.span, duty.get("task"), by),
                    duty.get("task") or "",
                    by,
                    [self._org(name, where) for name in duty.get("lead") or []],
                    [self._org(name, where) for name in duty.get("support") or []],
                    prov,
                )
            )

    def _by(self, source: str, by: str | None) -> str | None:
        """The IRI of the document a record's ``by`` names (its number, else its title)."""
        if not by:
            return None
        local = self.local[source]
        iri = local.get(by) or local.get(number_key(by)) or local.get(title_key(by))
        iri = iri or self.by_number.get(number_key(by))
        if iri is None:
            self.model.warnings.append(
                WarningNode(BY_NOT_FOUND, f"'by' names no document of this file: {by}", Provenance(source))
            )
        return iri

    def _by_title(self, title: str, citing: str) -> tuple[str, str, float]:
        """(IRI, method, confidence) for a title-only reference made by ``citing``."""
        key = title_key(title)
        for iri, method, confidence in self._title_candidates(key, self._areas(title, citing)):
            if self._in_scope(iri, citing, title):
                return iri, method, confidence
        iri = self.references.get(key)
        if iri is None:
            iri = self.references[key] = self.mint.reference(key)
            node = self._node(iri, None)
            node.title = title
            node.unresolved = True
            node.jurisdiction = self.places.of_name(title)
        return iri, "unresolved", 0.0

    def _areas(self, title: str, citing: str) -> tuple[str | None, ...]:
        """The jurisdictions a title-only reference may name: the area the title names, else the
        citing document's area and those above it; documents of no known area always."""
        named_area = self.places.of_name(title)
        areas = [named_area] if named_area else self.places.chain(self.model.docs[citing].jurisdiction)
        return (*areas, None)

    def _title_candidates(self, key: str, areas: tuple[str | None, ...]) -> list[tuple[str, str, float]]:
        """Exact matches (by preference), then fuzzy ones (best first), before the date check;
        cached, since the same law is cited by many documents."""
        cached = self._title_cache.get((key, areas))
        if cached is None:
            exact = [iri for area in areas for iri in self.indexes[area].exact(key)]
            fuzzy = sorted(
                (hit for area in areas for hit in self.indexes[area].fuzzy(key)), key=lambda si: (-si[0], si[1])
            )
            cached = [(iri, "title-exact", 1.0) for iri in self._preferred(exact)]
            cached += [(iri, "title-fuzzy", round(score, 3)) for score, iri in fuzzy if iri not in exact]
            self._title_cache[(key, areas)] = cached
        return cached

    def _in_scope(self, candidate: str, citing: str, title: str) -> bool:
        """A candidate must be another document, of the area the title names (else of the citing
        document's area or above), and not dated after the citing document."""
        if candidate == citing:
            return False
        cand, by = self.model.docs[candidate], self.model.docs[citing]
        named_area = self.places.of_name(title)
        if cand.jurisdiction:
            if named_area and cand.jurisdiction != named_area:
                return False
            if not named_area and by.jurisdiction and cand.jurisdiction not in self.places.chain(by.jurisdiction):
                return False
        cand_when = cand.date or str(year_of(cand.number or "") or "")
        by_when = by.date or str(year_of(by.number or "") or "")
        return not (cand_when and by_when and cand_when[:4] > by_when[:4]) and not (
            cand.date and by.date and cand.date > by.date
        )

    def _preferred(self, candidates: list[str]) -> list[str]:
        """Exact matches in order of preference: documents the corpus holds, then the latest, then IRI."""
        docs = self.model.docs
        return sorted(set(candidates), key=lambda i: (docs[i].in_corpus, docs[i].date or "", i), reverse=True)

    # ------------------------------------------------------------------ last: what is inferred

    def infer_external(self) -> None:
        """Issuer and jurisdiction of documents the corpus only cites (before titles are indexed, so
        they are scoped like the rest)."""
        for node in self.model.docs.values():
            if node.in_corpus or node.unresolved:
                continue
            inferred = self._issuer(node)
            if inferred and not node.issuers:
                issuer, how, method, confidence = inferred
                where = self.places.of_name(issuer) or self.places.of_code(node.agency_code)
                node.issuers = [self._org(issuer, where)]
                node.jurisdiction = node.jurisdiction or where
                self.model.edges.append(
                    Edge(
                        node.iri,
                        "passed_by",
                        node.issuers[0],
                        Provenance(text=f"{node.agency_code or node.title} -> {issuer} ({how})"),
                        method=method,
                        confidence=confidence,
                    )
                )
            node.jurisdiction = node.jurisdiction or self.places.of_code(node.agency_code)

    def finish(self) -> None:
        self._presume_starts()
        self._chain_editions()
        for name in sorted({n.jurisdiction for n in self.model.docs.values() if n.jurisdiction}
                           | {o.jurisdiction for o in self.model.orgs.values() if o.jurisdiction}):
            for place in self.places.chain(name):
                info = self.places.places.get(place)
                self.model.places[place] = (info.level, info.parent) if info else (None, None)

    def _issuer(self, node: DocNode) -> tuple[str, str, str, float] | None:
        """(issuer, how it was found, method, confidence) of a document the corpus only cites."""
        named = issuer_in_title(node.title)
        if named:
            return named, "named in the cited title", "title", 1.0
        inferred = self.issuers.infer(node.agency_code)
        if inferred is None:
            return None
        issuer, how = inferred
        confidence = 1.0 if how == "learned from the corpus" else _CONFIDENCE_AGENCY_CODE
        return issuer, how, "agency-code", confidence

    def _presume_starts(self) -> None:
        """A corpus document that states no start takes effect on its signing date (presumed)."""
        stated = {e.subject for e in self.model.edges if e.predicate == "from"}
        for node in self.model.docs.values():
            if node.in_corpus and node.date and node.iri not in stated:
                self.model.edges.append(
                    Edge(
                        node.iri,
                        "from",
                        node.date,
                        Provenance(sorted(node.sources)[0], None, f"no start printed; presumed from signing date {node.date}"),
                        method="presumed-signing-date",
                        confidence=_CONFIDENCE_PRESUMED_START,
                    )
                )

    def _chain_editions(self) -> None:
        """Link successive editions of one plan (same stem, same area): newer ``replaces`` older."""
        groups: dict[tuple[str | None, str], dict[str, tuple[str, str]]] = defaultdict(dict)
        for node in self.model.docs.values():
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
                self.model.edges.append(
                    Edge(
                        new,
                        "replaces",
                        old,
                        Provenance(text=f"edition {new_title} ({new_when}) follows {old_title} ({old_when})"),
                        method="edition-title",
                        confidence=_CONFIDENCE_EDITION,
                    )
                )


def resolve(records: Iterable[Mapping[str, Any]], *, base: str = DEFAULT_BASE) -> Model:
    """Resolve extraction records into one model, with the files' warnings and the corpus's own
    (:mod:`regkg.graph.corpus_warnings`). The order of the records does not change the result."""
    records = sorted(records, key=lambda r: r["source"])
    resolver = _Resolver(base)
    resolver.learn_places(records)
    for record in records:
        resolver.add_documents(record)
    for record in records:
        resolver.add_numbered_references(record)
    resolver.infer_external()
    resolver.index_titles()
    for record in records:
        resolver.add_relations(record)
    resolver.finish()
    resolver.model.warnings += corpus_warnings(resolver.model, records)
    return resolver.model
