"""Entity resolution: extraction records (:class:`~regkg.extract.models.Record`, one per input file) ->
one :class:`~regkg.graph.model.Model`.

- The same 发文字号 is one node however printed and in whichever gazette.
- A title-only reference resolves to the document it names: exact on the normalised title (or on a
  title the document names in 《》/〈〉, its attached rule), else fuzzy (「重污天气」 for
  「重污染天气」), scoped by jurisdiction (the area the title names, else the citing document's area and
  those above it) and date (not after the citing document). Method and confidence go on the edge.
  What does not resolve stays its own node, typed ``regkg:UnresolvedReference``
  (:mod:`regkg.graph.title_scope`).
- Cited documents no input contains become nodes with what is known: number, title, the issuer
  inferred from the 机关代字, the jurisdiction that follows (:mod:`regkg.graph.inference`).
- Departments resolve within their jurisdiction: 市生态环境局 in 泸州 and in 临汾 are two bodies.
- Editions of one plan (same title but for the edition marker) are chained newer -> older.

>>> from regkg.extract.models import Record
>>> model = resolve([Record.from_dict({"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府办发〔2024〕1号", "title": "关于印发《泸州市某预案》的通知",
...      "issuers": ["泸州市人民政府办公室"], "date": "2024-05-01", "issues_attached": ["泸州市某预案"]}],
...     "repeals": [{"by": "泸市府办发〔2024〕1号", "target_number": None,
...                  "target_title": "泸州市某预案(2019修订)", "evidence": "…同时废止。", "cue": "同时废止"}]})])
>>> sorted(e.method for e in model.edges if e.predicate == "repeals")
['unresolved']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from regkg.extract.models import Document, Record, Span
from regkg.graph.agency import IssuerTable
from regkg.graph.corpus_warnings import Printed, corpus_warnings
from regkg.graph.duties_aside import DutiesAside, can_fork
from regkg.graph.duty_table import DutyTable
from regkg.graph.inference import chain_editions, infer_issuers, presume_starts
from regkg.graph.iri import DEFAULT_BASE, Minter
from regkg.graph.model import DocNode, DutyNode, Edge, Model, OrgNode, Provenance, RuleNode, WarningNode
from regkg.graph.places import Places
from regkg.graph.printed_table import PrintedTable
from regkg.graph.record_file import RecordFile
from regkg.graph.title_scope import TitleScope
from regkg.keys.numbers import code_of, number_key
from regkg.keys.orgs import issuer_in_title
from regkg.keys.places import place_name
from regkg.keys.titles import title_key

__all__ = ["resolve", "conclude", "own_codes", "CITATION_KINDS", "BY_NOT_FOUND"]

# Extraction ``kind`` of a citation -> the edge predicate name the builder knows.
CITATION_KINDS = {"cites": "cites", "based_on": "based_on", "replies_to": "replies_to"}

# Warning kind of a record whose fact names (``by``) a document the file does not hold.
BY_NOT_FOUND = "by_not_found"

# The share of the duties (by their bytes) a forked child resolves while this process resolves the
# rest of the last pass (relations_aside): this process's other work there is about a third of it.
ASIDE_SHARE = 0.75


def own_codes(places: Places, record: Record, where: str) -> list[str]:
    """The 机关代字 of a record's own documents issued in its area ``where`` (as ``places`` places their
    issuers): what the area is learnt to print."""
    return [code_of(number_key(d.doc_number)) or "" for d in record.documents
            if d.doc_number and places.of_name((d.issuers or ("",))[0]) in (None, where)]


def _jurisdiction(record: Record) -> str | None:
    where = record.jurisdiction or (record.gazette.jurisdiction if record.gazette else None)
    return place_name(where) if where else None  # records that name the nation 中华人民共和国


class _Resolver:
    def __init__(self, base: str) -> None:
        self.mint = Minter(base)
        self.places = Places.from_data()
        self.issuers = IssuerTable.from_data()
        self.model = Model()
        self.titles = TitleScope(self.model.docs, self.places)
        self.by_number: dict[str, str] = {}
        self.references: dict[str, str] = {}  # unresolved title key -> IRI
        # unresolved title key -> its first printing (source, span, title): the title its node takes
        # (:meth:`name_references`), the same whichever records were resolved first (an update's, a build's)
        self.failed: dict[str, tuple[str, tuple[int, int], str]] = {}
        self.learned: list[tuple[str, str, tuple[str, ...]]] = []  # (file, area, codes), in source order (learn_places)
        self._bodies: dict[tuple[str, str | None], str] = {}  # (printed name, area) -> org IRI (_org)
        self._values: dict = {}  # one object for each value many nodes hold (_shared)

    def _shared(self, value):
        """``value``, as the one object all nodes holding it share: a date, a 文种, a 机关代字, a file's
        name, an issuer list. Each record read makes its own copy, and a copy per node was a fifth of
        resolution's memory at 1,000 gazettes (22 of 100 MB)."""
        return self._values.setdefault(value, value)

    # ------------------------------------------------------------------ pass 1: the corpus's documents

    def learn_places(self, records: Iterable[Record]) -> PrintedTable:
        """Learn which 机关代字 each area's documents use, and gather every number printed with its title
        (a document's own, a citation's, a repeal's target), filed on disk: one pass over the records,
        which later passes need whole."""
        printed = PrintedTable()
        for record in records:
            where = _jurisdiction(record)
            if where:
                codes = own_codes(self.places, record, where)
                self.places.learn(where, codes)
                self.learned.append((record.source, where, tuple(codes)))
            source = record.source
            printed.extend(Printed(source, d.doc_number, d.title, d.span, False) for d in record.documents
                           if d.doc_number)
            printed.extend(Printed(source, c.cited_number, c.cited_title, c.span, True) for c in record.citations
                           if c.cited_number)
            printed.extend(Printed(source, r.target_number, r.target_title, r.span, True) for r in record.repeals
                           if r.target_number)
        return printed

    def add_documents(self, record: Record) -> None:
        source = record.source
        self.model.sources.append(source)
        where = _jurisdiction(record)
        spans: list[tuple[Span, str]] = []  # document span -> IRI, for the file's warnings
        for doc in record.documents:
            iri, number, title = self._document(doc)
            issuers = list(doc.issuers)
            jurisdiction = self.places.of_name(issuers[0] if issuers else title) or where
            node = self._node(iri, number)
            node.in_corpus = True
            if source not in node.sources:
                node.sources = node.sources + (source,) if node.sources else self._shared((source,))
            node.title = node.title or self._shared(title)
            node.date = node.date or self._shared(doc.date)
            node.kind = node.kind or self._shared(doc.kind)
            node.jurisdiction = node.jurisdiction or jurisdiction
            if not node.issuers:
                node.issuers = self._shared(tuple(self._org(name, self.places.of_name(name) or jurisdiction)
                                                  for name in issuers))
            for attached in doc.issues_attached:
                if attached not in node.attached:
                    node.attached += (self._shared(attached),)
                    rule = self.mint.rule(iri, title_key(attached))
                    self.model.rules[rule] = RuleNode(rule, attached, iri)
            if number and issuers:
                self.issuers.learn(node.agency_code, issuers[0])
            if doc.in_force is not None:
                prov = Provenance(source, doc.in_force.span or doc.span, doc.in_force.evidence or None)
                for predicate, value in (("from", doc.in_force.from_), ("until", doc.in_force.until)):
                    if value:
                        self.model.edges.append(Edge(iri, predicate, value, prov))
            if doc.span:
                spans.append((doc.span, iri))
        for warning in record.warnings:
            span = warning.span
            about = tuple(iri for (start, end), iri in spans if span and start <= span[0] < end)
            self.model.warnings.append(WarningNode(warning.kind or "warning", warning.message or "",
                                                   Provenance(source, span), about))

    def _document(self, doc: Document) -> tuple[str, str | None, str | None]:
        """(IRI, number key, title) of a document as its record prints it."""
        number = number_key(doc.doc_number) if doc.doc_number else None
        title = doc.title or None
        issuer = doc.issuers[0] if doc.issuers else None
        return self.mint.document(number=number, issuer=issuer, date=doc.date, title=title), number, title

    def _local(self, record: Record) -> dict[str, str]:
        """What a file's facts call its documents (number, title, title key) -> IRI; made again for each
        file as its facts are read, not held for the corpus (three keys a document)."""
        local: dict[str, str] = {}
        for doc in record.documents:
            iri, number, title = self._document(doc)
            for key in (number, title, title_key(title or "")):
                if key:
                    local[key] = iri
        return local

    def _node(self, iri: str, number: str | None) -> DocNode:
        node = self.model.docs.get(iri)
        if node is None:
            node = self.model.docs[iri] = DocNode(iri, number=number, agency_code=self._shared(code_of(number or "")))
            if number:
                self.by_number[number] = iri
        return node

    def _org(self, printed: str, jurisdiction: str | None) -> str:
        """The IRI of the body ``printed`` names in ``jurisdiction``, its node made on first sight: every
        duty names its bodies (710,000 names at 1,000 gazettes, a few thousand distinct)."""
        found = self._bodies.get((printed, jurisdiction))
        if found is None:
            found = self._bodies[(printed, jurisdiction)] = self._new_org(printed, jurisdiction)
        return found

    def _new_org(self, printed: str, jurisdiction: str | None) -> str:
        name = self.places.department(printed, jurisdiction)
        iri = self.mint.organization(jurisdiction, name)
        org = self.model.orgs.setdefault(iri, OrgNode(iri, name, jurisdiction))
        if printed != name:
            org.alt_labels.add(printed)
        # the node's own string, not the one just minted: every duty names its departments, and one
        # string per mention held by the model, the rows and the view was 100 MB of a 1,000-gazette build
        return org.iri

    # ------------------------------------------------------------------ pass 2: documents cited by number

    def add_numbered_references(self, printed: Iterable[Printed]) -> None:
        for item in printed:
            if not item.cited:
                continue
            number = number_key(item.number)
            node = self._node(self.mint.document(number=number), number)
            if item.title and item.title != node.title and item.title not in node.alt_titles:
                node.alt_titles += (item.title,)
            self.issuers.learn(node.agency_code, issuer_in_title(item.title))

    def index_titles(self, nodes: Iterable[DocNode] | None = None) -> None:
        """Settle the titles of ``nodes`` (default every document) and index them for title references."""
        for node in self.model.docs.values() if nodes is None else nodes:
            self.settle_title(node)
            self.titles.index(node)

    @staticmethod
    def settle_title(node: DocNode) -> None:
        """A cited document's title is the longest printed beside its number (ties by text); a title is
        not also an alternative one."""
        if not node.in_corpus and node.alt_titles and not node.title:
            node.title = sorted(node.alt_titles, key=lambda t: (-len(t), t))[0]
        if node.title in node.alt_titles:
            node.alt_titles = tuple(t for t in node.alt_titles if t != node.title)

    # ------------------------------------------------------------------ pass 3: edges and duties

    def add_relations(self, record: Record) -> None:
        source, local = record.source, self._local(record)
        for citation in record.citations:
            by = self._by(source, local, citation.by)
            if by is None or not citation.cited_number:
                continue
            target = self.by_number[number_key(citation.cited_number)]
            if target != by:  # a document's own number is not a citation
                self._edge(by, CITATION_KINDS.get(citation.kind, "cites"), target, source, citation.span,
                           citation.evidence, method="number", cited_as=citation.cited_title)
        for cite in record.law_citations:
            by = self._by(source, local, cite.by)
            if by is None or not cite.cited_title:
                continue
            target, method, confidence = self._by_title(cite.cited_title, by, source, cite.span)
            if target != by:
                self._edge(by, CITATION_KINDS.get(cite.kind, "cites"), target, source, cite.span, cite.evidence,
                           method=method, confidence=confidence, cited_as=cite.cited_title)
        for repeal in record.repeals:
            by = self._by(source, local, repeal.by)
            if by is None:
                continue
            if repeal.target_number:
                target, method, confidence = self.by_number[number_key(repeal.target_number)], "number", 1.0
            elif repeal.target_title:
                target, method, confidence = self._by_title(repeal.target_title, by, source, repeal.span)
            else:
                continue
            if target != by:
                # 「删去第八条」 amends: the target stays in force, and the amending document rests on it
                self._edge(by, "cites" if repeal.partial else "repeals", target, source, repeal.span, repeal.evidence,
                           method=method, confidence=confidence, cue=repeal.cue or None, cited_as=repeal.target_title)
        self.add_duties(record, local)

    def add_duties(self, record: Record, local: dict[str, str] | None = None) -> None:
        """File a record's duties; ``local``: what the file calls its documents (:meth:`_local`)."""
        source = record.source
        local = self._local(record) if local is None else local
        for duty in record.duties:
            by = self._by(source, local, duty.by)
            if by is None:
                continue
            where = self.model.docs[by].jurisdiction or _jurisdiction(record)
            prov = Provenance(source, duty.span, duty.evidence or None)
            self.model.duties.add(DutyNode(self.mint.duty(source, prov.span, duty.task or None, by), duty.task or "", by,
                                           [self._org(name, where) for name in duty.lead or ()],
                                           [self._org(name, where) for name in duty.support or ()], prov))

    def relations_aside(self, records: RecordFile, start: int, folder: Path) -> None:
        """Pass 3 with the duties of the records from ``start`` (in source order) resolved by a forked
        child (:mod:`regkg.graph.duties_aside`) while this process resolves the rest; the result is what
        :meth:`add_relations` over every record gives: the same duties in the same order, bodies and warnings."""
        sources = records.sources()

        def duties_of_the_rest(table: DutyTable) -> tuple[dict[str, OrgNode], list[list[WarningNode]]]:
            self.model.duties, found = table, []
            for name in sources[start:]:
                before = len(self.model.warnings)
                self.add_duties(records.record(name))
                found.append(self.model.warnings[before:])
            return self.model.orgs, found

        ends: list[int] = []  # where each of the child's records' warnings go among this process's
        with DutiesAside(folder, duties_of_the_rest) as aside:
            for i, name in enumerate(sources):
                if i < start:
                    self.add_relations(records.record(name))
                else:
                    self.add_relations(records.record(name, duties=False))
                    ends.append(len(self.model.warnings))
            orgs, found = aside.result()
            aside.take(self.model.duties)
        for iri, org in orgs.items():  # the child's bodies: the ones it made come after this process's
            mine = self.model.orgs.setdefault(iri, org)
            if mine is not org:
                mine.alt_labels |= org.alt_labels
        warnings, done = self.model.warnings, 0
        self.model.warnings = []
        for end, theirs in zip(ends, found):
            self.model.warnings += warnings[done:end] + theirs
            done = end
        self.model.warnings += warnings[done:]

    def _edge(self, by: str, predicate: str, target: str, source: str, span: Span | None, evidence: str,
              **how) -> None:
        self.model.edges.append(Edge(by, predicate, target, Provenance(source, span, evidence or None), **how))

    def _by(self, source: str, local: dict[str, str], by: str | None) -> str | None:
        """The IRI of the document a record's ``by`` names (its number, else its title); ``local``: what
        the file calls its documents (:meth:`_local`)."""
        if not by:
            return None
        iri = local.get(by) or local.get(number_key(by)) or local.get(title_key(by))
        iri = iri or self.by_number.get(number_key(by))
        if iri is None:
            self.model.warnings.append(
                WarningNode(BY_NOT_FOUND, f"'by' names no document of this file: {by}", Provenance(source))
            )
        return iri

    def _by_title(self, title: str, citing: str, source: str, span: Span | None) -> tuple[str, str, float]:
        """(IRI, method, confidence) for a title-only reference made by ``citing`` (printed in ``source``
        at ``span``); one that resolves to no document is a node of its own, one per normalised title."""
        found = self.titles.find(title, citing)
        if found is not None:
            return found
        key = title_key(title)
        iri = self.references.get(key)
        if iri is None:
            iri = self.references[key] = self.mint.reference(key)
            self._node(iri, None).unresolved = True
        self.failed_at(key, (source, span or (-1, -1), title))
        return iri, "unresolved", 0.0

    def failed_at(self, key: str, printing: tuple[str, tuple[int, int], str]) -> None:
        """Note a printing of the unresolved title ``key``: the first one (by source, span, title) names it."""
        known = self.failed.get(key)
        if known is None or printing < known:
            self.failed[key] = printing

    def name_references(self) -> None:
        """Each unresolved reference's title, its first printing's, and the area that title names."""
        for key, (_, _, title) in self.failed.items():
            node = self.model.docs[self.references[key]]
            node.title = title
            node.jurisdiction = self.places.of_name(title)

    # ------------------------------------------------------------------ last: what is inferred

    def finish(self) -> None:
        """What is inferred once every record is resolved: starts presumed, editions chained, the areas named."""
        presume_starts(self.model)
        chain_editions(self.model)
        for name in sorted({n.jurisdiction for n in self.model.docs.values() if n.jurisdiction}
                           | {o.jurisdiction for o in self.model.orgs.values() if o.jurisdiction}):
            for place in self.places.chain(name):
                info = self.places.places.get(place)
                self.model.places[place] = (info.level, info.parent) if info else (None, None)


def _without_duties(records: Iterable[Record] | RecordFile) -> Iterable[Record]:
    """The records, read from disk without their duties when they are there (most of their bytes)."""
    return records.without_duties() if isinstance(records, RecordFile) else records


def _aside_from(records: RecordFile) -> int:
    """Where the records whose duties a forked child resolves begin (in source order): where the
    records after hold :data:`ASIDE_SHARE` of the duties' bytes."""
    sizes = records.duty_sizes()
    left, total = 0, sum(sizes)
    if not total:
        return len(sizes)
    for i, size in enumerate(sizes):
        if left >= (1 - ASIDE_SHARE) * total:
            return i
        left += size
    return len(sizes)


def resolve(records: Iterable[Record] | RecordFile, *, base: str = DEFAULT_BASE, aside: Path | None = None,
            keep: Path | None = None) -> Model:
    """Resolve extraction records into one model, with the files' warnings and the corpus's own
    (:mod:`regkg.graph.corpus_warnings`). The order of the records does not change the result.

    ``aside``: a folder where a forked child may file the duties of the later records, beside the
    last pass (:meth:`_Resolver.relations_aside`), when the records are on disk and the system forks;
    the model is the same. ``keep``: a new file to keep the resolution's state in, for an update to
    resume from (:mod:`regkg.graph.resolution_state`)."""
    if not isinstance(records, RecordFile):  # a record file is walked in source order, from disk
        records = sorted(records, key=lambda r: r.source)
    resolver = _Resolver(base)
    # three passes over the records in all (they may be on disk), the first two needing no duties
    printed = resolver.learn_places(_without_duties(records))
    for record in _without_duties(records):
        resolver.add_documents(record)
    resolver.add_numbered_references(printed)
    infer_issuers(resolver.model, resolver.places, resolver.issuers, resolver._org)
    resolver.index_titles()
    start = len(records)
    if aside is not None and isinstance(records, RecordFile) and can_fork():
        start = _aside_from(records)
    if start < len(records):
        resolver.relations_aside(records, start, aside)
    else:
        for record in records:
            resolver.add_relations(record)
    return conclude(resolver, printed, keep)


def conclude(resolver: _Resolver, printed: PrintedTable, keep: Path | None) -> Model:
    """The model once every record is resolved: unresolved titles named, the state kept in ``keep`` (if
    given), what is inferred inferred and the corpus checked."""
    resolver.name_references()
    if keep is not None:
        from regkg.graph.resolution_state import save_state

        save_state(resolver, printed, keep)
    resolver.finish()
    resolver.model.warnings += corpus_warnings(resolver.model, printed)
    printed.close()
    # the keys' caches served resolution's repeated questions (keys/numbers.py, keys/titles.py); emptied,
    # they are not held through the build's later steps, which ask few (~35 MB at any size)
    number_key.cache_clear()
    title_key.cache_clear()
    return resolver.model
