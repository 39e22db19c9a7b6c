"""The persistent index of a build (``OUT/index.sqlite``): what every question, the CLI, the API and
the server open instead of the corpus. One SQLite file holds the documents (number, title, issuers,
date, kind, jurisdiction, in-force span and the first day a repeal of it takes effect), the edges
between them, the evidence of every fact, duties, departments, places, warnings, and the answers
that need the whole graph precomputed in their order (repeal events by date, dangling spans), so a
question reads a few pages of B-tree, never the graph. Full-text search (FTS5, trigram tokenizer)
covers titles, bodies and duty texts.

This module holds what the writer (:mod:`regkg.graph.index_write`) and the reader
(:mod:`regkg.graph.index_read`) share: the file name, the schema, the digest build.json records.
The schema version is written into the file; a reader refuses another.

Why SQLite and why trigram: see the README, "The store is the graph" (the figures are measured by
``benchmarks/bench_scale.py``).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from regkg.ontology.relations import REFERENCES

__all__ = ["INDEX_FILE", "SCHEMA_VERSION", "SCHEMA", "SCHEMA_TEXT", "AGGREGATES", "OVERVIEW_COUNTS", "CITED_KEPT", "FACETS", "CORPUS_DOCS", "LABEL_ORDER", "LIST_SEPARATOR", "IndexDigest", "index_digest", "pack", "unpack"]

INDEX_FILE = "index.sqlite"
SCHEMA_VERSION = "7"  # 2: facets; 3: edges ranked by their subjects' labels; 4: the duties' matrix and network kept;
# 5: the pages' names, and the overview's and report's counts that do not change with the day; 6: chains of editions;
# 7: names and duty texts folded as numbers are (traditional characters, bracket variants: text_index.fold)

# Lists (issuers, alternative titles, sources) are stored as one text joined by a character no
# title, name or IRI holds: ["泸州市人民政府", "泸州市财政局"] -> "泸州市人民政府\x1f泸州市财政局".
LIST_SEPARATOR = "\x1f"

# the full-text search of documents and of duties, written on its own and copied in
# (regkg.graph.text_index)
SCHEMA_TEXT = """
CREATE TABLE doc_rows(rowid INTEGER PRIMARY KEY, iri TEXT);
CREATE VIRTUAL TABLE doc_text USING fts5(title, body, content='', tokenize='trigram');
CREATE VIRTUAL TABLE duty_text USING fts5(task, text, tokenize='trigram');
"""

# Tables are written whole and never updated (a build writes a new file), so every table is
# WITHOUT ROWID on the key questions look it up by, and ``rank`` columns hold the answer's order.
SCHEMA = SCHEMA_TEXT + """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE docs(iri TEXT PRIMARY KEY, number TEXT, title TEXT, alt_titles TEXT, date TEXT, kind TEXT,
    jurisdiction TEXT, issuers TEXT, in_corpus INTEGER, unresolved INTEGER, start TEXT, until TEXT,
    notice TEXT, sources TEXT, repeal_from TEXT) WITHOUT ROWID;
CREATE TABLE numbers(number TEXT PRIMARY KEY, iri TEXT) WITHOUT ROWID;
CREATE TABLE pages(iri TEXT PRIMARY KEY, stem TEXT) WITHOUT ROWID;
CREATE TABLE edge_groups(relation TEXT, s_in INTEGER, s_place TEXT, o_in INTEGER, o_place TEXT, edges INTEGER);
CREATE TABLE repeal_years(place TEXT, year TEXT, repeals INTEGER);
CREATE TABLE titles(key TEXT, iri TEXT, PRIMARY KEY(key, iri)) WITHOUT ROWID;
CREATE TABLE edges(relation TEXT, s TEXT, o TEXT, s_rank INTEGER, PRIMARY KEY(relation, s, o)) WITHOUT ROWID;
CREATE TABLE evidence(id INTEGER PRIMARY KEY, s TEXT, p TEXT, o TEXT, source TEXT, span_start INTEGER,
    span_end INTEGER, text TEXT, method TEXT, confidence REAL, cue TEXT, cited_as TEXT);
CREATE TABLE places(iri TEXT PRIMARY KEY, name TEXT, level TEXT, parent TEXT) WITHOUT ROWID;
CREATE TABLE sources(iri TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE orgs(iri TEXT PRIMARY KEY, name TEXT, alt_labels TEXT, jurisdiction TEXT) WITHOUT ROWID;
CREATE TABLE org_names(name TEXT, iri TEXT, PRIMARY KEY(name, iri)) WITHOUT ROWID;
CREATE TABLE duties(seq INTEGER PRIMARY KEY, iri TEXT, task TEXT, by_doc TEXT, lead TEXT, support TEXT,
    source TEXT, span_start INTEGER, span_end INTEGER, text TEXT, method TEXT, confidence REAL, cue TEXT,
    cited_as TEXT);
CREATE TABLE duty_ranks(rank INTEGER PRIMARY KEY, seq INTEGER, role TEXT);
CREATE TABLE duty_names(name TEXT, place TEXT, rank INTEGER, org TEXT, PRIMARY KEY(name, place, rank, org))
    WITHOUT ROWID;
CREATE TABLE departments(rank INTEGER PRIMARY KEY, name TEXT, iri TEXT, jurisdiction TEXT, abbreviations TEXT,
    lead INTEGER, support INTEGER);
CREATE TABLE warnings(rank INTEGER PRIMARY KEY, kind TEXT, message TEXT, source TEXT, span_start INTEGER,
    span_end INTEGER, about TEXT, about_iris TEXT, iri TEXT);
CREATE TABLE repeal_events(rank INTEGER PRIMARY KEY, day TEXT, iri TEXT, repealer TEXT, effective TEXT);
CREATE TABLE dangling_spans(rank INTEGER PRIMARY KEY, first TEXT, last TEXT, citing TEXT, cited TEXT,
    relation TEXT);
CREATE TABLE editions(iri TEXT PRIMARY KEY, chain INTEGER, place INTEGER, first_step INTEGER) WITHOUT ROWID;
CREATE TABLE chain_steps(chain INTEGER, rank INTEGER, newer TEXT, older TEXT, relation TEXT, PRIMARY KEY(chain, rank))
    WITHOUT ROWID;
CREATE TABLE facets(facet TEXT, rank INTEGER, value TEXT, label TEXT, count INTEGER, PRIMARY KEY(facet, rank))
    WITHOUT ROWID;
"""

# edges.s_rank is the subject's place among all documents in label order (LABEL_ORDER), so the first
# page of what rests on a national law (32,434 documents cite the most cited one at 1 M documents) is
# read in its answer's order from edges_into, not read whole and sorted (regkg.graph.lineage).
# editions and chain_steps hold every chain of editions (regkg.graph.lineage.Chains) in its order: a page
# of a lineage (1,942 editions in one chain at 10,000 generated gazettes) is a range of rows.
# duty_names answers ``duties(name)`` a page at a time: a row per (folded name or abbreviation of a
# body, its place, a task it leads or supports), in the answer's order (place, then the task's rank:
# duty_ranks orders every (duty, role) by document label, task, role, position), so the first page of
# 各区县's 800,000 tasks across every county is a range scan, not a sort.
# doc_text keeps no copy of the bodies (``content=''``: the trigram index alone, 40% smaller); a
# match's rowid names its document in doc_rows.

# A document's label (regkg.graph.memory_view.Doc.label: its number, else its title, else its IRI),
# then its IRI: the order answers list documents in, as SQL over ``docs``. SQLite compares text as
# UTF-8 bytes, which order as Python orders the strings (by code point).
LABEL_ORDER = "COALESCE(NULLIF(number, ''), NULLIF(title, ''), iri), iri"

# The documents of the inputs, as ``docs d`` holds them (attached rules are counted with their notices).
CORPUS_DOCS = "d.in_corpus = 1 AND d.notice IS NULL"
# The most cited documents the index keeps for the overview (it shows 15).
CITED_KEPT = 50
# What the workbench's filters offer (regkg/server/catalogue.py), counted once as the index is written:
# each (value, label, count) of the documents of the inputs, in the order shown. Counted when a page
# first asked, three passes over a million documents took 7.5 s.
FACETS = {
    "jurisdiction": "SELECT d.jurisdiction, COALESCE(p.name, '(none)'), COUNT(*) FROM docs d LEFT JOIN places p "
                    f"ON p.iri = d.jurisdiction WHERE {CORPUS_DOCS} AND d.jurisdiction IS NOT NULL "
                    "GROUP BY d.jurisdiction ORDER BY p.name, d.jurisdiction",
    "year": f"SELECT substr(d.date, 1, 4) AS y, substr(d.date, 1, 4), COUNT(*) FROM docs d WHERE {CORPUS_DOCS} "
            "AND d.date IS NOT NULL GROUP BY y ORDER BY y DESC",
    "kind": f"SELECT d.kind, d.kind, COUNT(*) AS n FROM docs d WHERE {CORPUS_DOCS} AND d.kind IS NOT NULL "
            "GROUP BY d.kind ORDER BY n DESC, d.kind",
}

# Counts the overview and the report draw that do not change with the day they are drawn for: made once
# by SQL when the index is written (at a million documents the edges' join took a page 23 s).
AGGREGATES = """
INSERT INTO edge_groups SELECT e.relation, s.in_corpus, s.jurisdiction, o.in_corpus, o.jurisdiction, COUNT(*)
    FROM edges e JOIN docs s ON s.iri = e.s JOIN docs o ON o.iri = e.o
    WHERE s.notice IS NULL AND o.notice IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;
INSERT INTO repeal_years SELECT d.jurisdiction,
    CASE WHEN COALESCE(e.effective, '') = '' THEN '?' ELSE substr(e.effective, 1, 4) END, COUNT(*)
    FROM repeal_events e JOIN docs d ON d.iri = e.iri GROUP BY 1, 2 ORDER BY 1, 2;
"""

# The workbench overview's counts that do not change with the day (each a scan of every document or
# edge: at a million documents the six took a request 13 s), made once and kept in meta as JSON:
# name -> the rows of its query. ``issuers`` counts packed issuer lists (unpacked where they are read).
OVERVIEW_COUNTS = {
    "outside": "SELECT COUNT(*) FROM docs d WHERE d.in_corpus = 0 AND d.notice IS NULL",
    "places": f"SELECT d.jurisdiction, p.name, COUNT(*) AS n FROM docs d LEFT JOIN places p ON p.iri = d.jurisdiction "
              f"WHERE {CORPUS_DOCS} GROUP BY d.jurisdiction ORDER BY n DESC, p.name",
    "years": f"SELECT substr(d.date, 1, 4) AS y, COUNT(*) FROM docs d WHERE {CORPUS_DOCS} AND d.date IS NOT NULL "
             "GROUP BY y ORDER BY y",
    "kinds": f"SELECT COALESCE(d.kind, ''), COUNT(*) AS n FROM docs d WHERE {CORPUS_DOCS} GROUP BY d.kind "
             "ORDER BY n DESC, d.kind",
    "issuers": f"SELECT d.issuers, COUNT(*) FROM docs d WHERE {CORPUS_DOCS} GROUP BY d.issuers ORDER BY 1",
    "cited": f"SELECT o, COUNT(DISTINCT s) AS n FROM edges WHERE relation IN ({', '.join(map(repr, REFERENCES))}) "
             f"GROUP BY o ORDER BY n DESC, o LIMIT {CITED_KEPT}",
}

# Made after the rows are in (one sort each instead of a B-tree kept in order row by row).
INDEXES = """
CREATE INDEX edges_into ON edges(relation, o, s_rank, s);
CREATE INDEX evidence_fact ON evidence(s, p, o);
CREATE INDEX repeal_events_day ON repeal_events(day, rank);
CREATE INDEX duties_by_doc ON duties(by_doc, seq);
CREATE INDEX docs_notice ON docs(notice) WHERE notice IS NOT NULL;
CREATE INDEX docs_listed ON docs(in_corpus, date, iri) WHERE notice IS NULL;
CREATE INDEX docs_place ON docs(jurisdiction, in_corpus, date, iri) WHERE notice IS NULL;
CREATE INDEX docs_kind ON docs(kind, in_corpus, date, iri) WHERE notice IS NULL;
CREATE INDEX docs_number ON docs(number, iri) WHERE notice IS NULL;
CREATE INDEX docs_title ON docs(title, iri) WHERE notice IS NULL;
CREATE INDEX pages_stem ON pages(stem);
CREATE INDEX editions_chain ON editions(chain, place);
"""
# duties_by_doc and docs_notice serve a document's page (its duties, the rules it issues), pages_stem the
# document a page's name is of; the docs_* indexes the workbench's documents table, filtered and sorted a
# page at a time (regkg/server/catalogue.py).


def pack(values) -> str:
    return LIST_SEPARATOR.join(values)


def unpack(text: str | None) -> list[str]:
    return text.split(LIST_SEPARATOR) if text else []


@dataclass(frozen=True)
class IndexDigest:
    """What build.json records of the index: its size and a SHA-256 of its header page and of pages
    sampled across it. Hashing a whole index of a national corpus (~GBs) would cost seconds on every
    question; the header alone changes with any write SQLite makes (its file change counter, bytes
    24-27, is bumped by every committed transaction), the size with any append or truncation, and
    the samples with damage elsewhere."""

    bytes: int
    sampled_sha256: str


_PAGE = 4096
_SAMPLES = 64


def index_digest(path: str | Path) -> IndexDigest:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        pages = max(1, size // _PAGE)
        for n in sorted({0, *(pages * i // _SAMPLES for i in range(_SAMPLES)), pages - 1}):
            handle.seek(n * _PAGE)
            digest.update(handle.read(_PAGE))
    return IndexDigest(size, digest.hexdigest())
