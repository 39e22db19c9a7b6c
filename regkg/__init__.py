"""regkg: a knowledge graph of cross-references between Chinese government regulatory documents.

Data flows one way: text -> :mod:`regkg.extract` (records) -> :mod:`regkg.graph` (RDF + NetworkX)
-> questions, views, API.
"""

from __future__ import annotations

from regkg.errors import DocumentNotFound, InputError, QueryError, RegkgError
from regkg.extract import extract, extract_file, extract_text
from regkg.graph import KnowledgeGraph, build, load

__version__ = "0.1.0"

__all__ = [
    "load",
    "build",
    "KnowledgeGraph",
    "extract",
    "extract_file",
    "extract_text",
    "RegkgError",
    "InputError",
    "DocumentNotFound",
    "QueryError",
]
