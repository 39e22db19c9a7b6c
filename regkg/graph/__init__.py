"""Records -> the knowledge graph (RDF + NetworkX) -> questions.

Build with :func:`build_records` (from extraction records; :func:`regkg.build` extracts input files
first), read back with :func:`load`. The questions are plain functions in their modules, graph first
(:func:`regkg.graph.status.status`, :func:`regkg.graph.lineage.dependents`, …), each also a method of
:class:`KnowledgeGraph`, a top-level ``regkg`` function and a ``regkg`` command of the same name.
Nothing is re-exported under a submodule's name: ``import regkg.graph.status`` is the module.
"""

from __future__ import annotations

from regkg.graph.api import KnowledgeGraph, build_records, load
from regkg.graph.duties import DepartmentNotFound

__all__ = ["KnowledgeGraph", "build_records", "load", "DepartmentNotFound"]
