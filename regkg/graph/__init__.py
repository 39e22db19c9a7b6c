"""Records -> the knowledge graph (RDF + NetworkX) -> questions.

Build with :func:`build` (from input files) or :func:`build_records` (from extraction records),
read back with :func:`load`; ask with the functions below (each also a method of
:class:`KnowledgeGraph` and a ``regkg`` command of the same name).
"""

from __future__ import annotations

from regkg.graph.api import KnowledgeGraph, build, build_records, load
from regkg.graph.duties import DepartmentNotFound, departments, duties, owners
from regkg.graph.lineage import dependencies, dependents, lineage
from regkg.graph.status import dangling, repealed, status

__all__ = [
    "KnowledgeGraph",
    "build",
    "build_records",
    "load",
    "status",
    "repealed",
    "dangling",
    "lineage",
    "dependencies",
    "dependents",
    "duties",
    "owners",
    "departments",
    "DepartmentNotFound",
]
