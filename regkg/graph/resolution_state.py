"""What a build's resolution knew when its last record was read, kept in the build folder
(``resolution.sqlite``) for the next ``regkg build --update``: the documents, bodies, rules and sources
as resolved, the files' warnings, the unresolved titles' first printings, what the corpus taught about
areas and 机关代字, every number printed and the edges made, before anything was inferred
(:meth:`regkg.graph.resolve._Resolver.finish`). An update that only adds inputs resumes from here
(:mod:`regkg.graph.resolve_update`) instead of resolving every record again. The duties are not kept
here: the build's index holds each of them whole.

SQLite, not pickle: an output folder may come from anywhere, and reading it must run no code.

>>> import tempfile, pathlib
>>> from regkg.graph.resolve import resolve
>>> from regkg.extract.models import Record
>>> path = pathlib.Path(tempfile.mkdtemp()) / STATE_FILE
>>> model = resolve([Record.from_dict({"source": "a.txt", "jurisdiction": "泸州市", "documents": [
...     {"doc_number": "泸市府发〔2024〕1号", "title": "泸州市某办法", "date": "2024-05-01"}]})], keep=path)
>>> saved = read_state(path)
>>> [d.number for d in saved.docs], saved.learned, saved.sources
(['泸市府发〔2024〕1号'], [('a.txt', '泸州市', ('泸市府发',))], ['a.txt'])
>>> path.unlink(); path.parent.rmdir()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from regkg.graph.index import LIST_SEPARATOR
from regkg.graph.model import DocNode, OrgNode, Provenance, RuleNode, WarningNode
from regkg.graph.scratch import disk_errors, none_first, span_columns, span_of

if TYPE_CHECKING:
    from regkg.graph.printed_table import PrintedTable
    from regkg.graph.resolve import _Resolver

__all__ = ["STATE_FILE", "STATE_VERSION", "SavedState", "save_state", "read_state"]

STATE_FILE = "resolution.sqlite"
STATE_VERSION = "1"

# The edges' and the printed numbers' tables are the scratch databases' own (regkg.graph.edge_table,
# regkg.graph.printed_table), copied by SQL and taken back the same way.
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE docs(iri TEXT, number TEXT, title TEXT, alt_titles TEXT, issuers TEXT, date TEXT, kind TEXT,
    jurisdiction TEXT, agency_code TEXT, in_corpus INTEGER, unresolved INTEGER, sources TEXT, attached TEXT);
CREATE TABLE rules(iri TEXT, title TEXT, notice TEXT);
CREATE TABLE orgs(iri TEXT, name TEXT, jurisdiction TEXT, alt_labels TEXT);
CREATE TABLE sources(name TEXT);
CREATE TABLE warnings(kind TEXT, message TEXT, source TEXT, span_start INTEGER, span_end INTEGER, text TEXT,
    about TEXT);
CREATE TABLE failed(key TEXT, source TEXT, span_start INTEGER, span_end INTEGER, title TEXT);
CREATE TABLE learned(source TEXT, area TEXT, codes TEXT);
CREATE TABLE issuers(code TEXT, issuer TEXT, count INTEGER);
CREATE TABLE edge(subject TEXT, predicate TEXT, obj TEXT, source TEXT, span_start INTEGER, span_end INTEGER,
    text TEXT, method TEXT, confidence REAL, cue TEXT, cited_as TEXT);
CREATE TABLE printed(source TEXT, number TEXT, title TEXT, span_start INTEGER, span_end INTEGER, cited INTEGER,
    number_key TEXT, title_key TEXT);
"""
# DocNode's fields, in the docs table's order; the tuples among them are stored packed (_pack).
_DOC_FIELDS = [f.name for f in fields(DocNode)]
_DOC_TUPLES = {"alt_titles", "issuers", "sources", "attached"}  # alternative titles in no order: kept sorted
_EDGE_ORDER = "source, subject, predicate, obj, span_start, span_end, method, confidence, cue, cited_as, text"


def _pack(values: Iterable[str]) -> str | None:
    """A tuple of names as one text (:func:`regkg.graph.index.pack`'s separator); None for none, so that
    ``()`` and ``("",)`` stay apart."""
    values = tuple(values)
    return LIST_SEPARATOR.join(values) if values else None


def _unpack(text: str | None) -> tuple[str, ...]:
    return tuple(text.split(LIST_SEPARATOR)) if text is not None else ()


@dataclass
class SavedState:
    """A resolution as :func:`save_state` kept it (the edges and printed numbers stay in the file)."""

    path: Path
    meta: dict[str, str]
    docs: list[DocNode]
    rules: list[RuleNode]
    orgs: list[OrgNode]
    sources: list[str]
    warnings: list[WarningNode]
    failed: dict[str, tuple[str, tuple[int, int], str]]
    learned: list[tuple[str, str, tuple[str, ...]]]
    issuers: list[tuple[str, str, int]]


def save_state(resolver: _Resolver, printed: PrintedTable, path: Path) -> None:
    """Write ``resolver``'s state (every record resolved, nothing inferred yet) to a new file ``path``; a full
    or failing disk is the one-line error every file of a build gives, naming its folder."""
    with disk_errors(path.parent):
        _save(resolver, printed, path)


def _save(resolver: _Resolver, printed: PrintedTable, path: Path) -> None:
    model = resolver.model
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(_SCHEMA)
        db.execute("BEGIN")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", STATE_VERSION), ("base", resolver.mint.base)])
        db.executemany(f"INSERT INTO docs VALUES ({', '.join('?' * len(_DOC_FIELDS))})", (
            tuple(_pack(sorted(v) if name == "alt_titles" else v) if name in _DOC_TUPLES else v
                  for name, v in zip(_DOC_FIELDS, _doc_values(d)))
            for _, d in sorted(model.docs.items())))
        db.executemany("INSERT INTO rules VALUES (?, ?, ?)",
                       sorted((r.iri, r.title, r.notice) for r in model.rules.values()))
        db.executemany("INSERT INTO orgs VALUES (?, ?, ?, ?)", (
            (o.iri, o.name, o.jurisdiction, _pack(sorted(o.alt_labels))) for _, o in sorted(model.orgs.items())))
        db.executemany("INSERT INTO sources VALUES (?)", ((name,) for name in sorted(model.sources)))
        db.executemany("INSERT INTO warnings VALUES (?, ?, ?, ?, ?, ?, ?)", sorted(
            ((w.kind, w.message, w.provenance.source, *span_columns(w.provenance.span), w.provenance.text,
              _pack(w.about)) for w in model.warnings), key=none_first))
        db.executemany("INSERT INTO failed VALUES (?, ?, ?, ?, ?)",
                       ((key, source, *span, title) for key, (source, span, title) in sorted(resolver.failed.items())))
        db.executemany("INSERT INTO learned VALUES (?, ?, ?)",
                       ((source, area, _pack(codes)) for source, area, codes in sorted(resolver.learned)))
        db.executemany("INSERT INTO issuers VALUES (?, ?, ?)", sorted(
            (code, issuer, count) for code, seen in resolver.issuers.learned.items() for issuer, count in seen.items()))
        db.execute("COMMIT")
    finally:
        db.close()
    # in one order whichever order they were made in (an update's, a build's): the same state, the same bytes
    model.edges.copy_table(path, "edge", order=_EDGE_ORDER)
    printed.copy_table(path, "printed", order="source, rowid")


def _doc_values(doc: DocNode) -> Iterator:
    return (getattr(doc, name) for name in _DOC_FIELDS)


def read_state(path: Path) -> SavedState:
    """The state :func:`save_state` wrote to ``path`` (its edges and printed numbers are taken by SQL)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute
        docs = [DocNode(**{name: _unpack(v) if name in _DOC_TUPLES else
                           (bool(v) if name in ("in_corpus", "unresolved") else v)
                           for name, v in zip(_DOC_FIELDS, row)}) for row in rows("SELECT * FROM docs ORDER BY rowid")]
        return SavedState(
            path=path,
            meta=dict(rows("SELECT key, value FROM meta")),
            docs=docs,
            rules=[RuleNode(*row) for row in rows("SELECT iri, title, notice FROM rules ORDER BY rowid")],
            orgs=[OrgNode(iri, name, where, set(_unpack(alt)))
                  for iri, name, where, alt in rows("SELECT * FROM orgs ORDER BY rowid")],
            sources=[name for (name,) in rows("SELECT name FROM sources ORDER BY rowid")],
            warnings=[WarningNode(kind, message, Provenance(source, span_of(start, end), text), _unpack(about))
                      for kind, message, source, start, end, text, about in rows("SELECT * FROM warnings ORDER BY rowid")],
            failed={key: (source, (start, end), title)
                    for key, source, start, end, title in rows("SELECT * FROM failed ORDER BY rowid")},
            learned=[(source, area, _unpack(codes))
                     for source, area, codes in rows("SELECT * FROM learned ORDER BY rowid")],
            issuers=list(rows("SELECT code, issuer, count FROM issuers ORDER BY rowid")),
        )
    finally:
        db.close()
