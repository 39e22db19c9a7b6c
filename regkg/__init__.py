"""regkg: a knowledge graph of cross-references between Chinese government regulatory documents.

Data flows one way: text -> :mod:`regkg.extract` (records) -> :mod:`regkg.graph` (RDF + NetworkX)
-> questions, views, server; :mod:`regkg.orchestrate` runs a build from files to written views. Each
``regkg`` command is a thin layer over the function of the same name here (``regkg.build``,
``regkg.status``, ``regkg.view``, …).

The API below is imported on first use (module ``__getattr__``): ``import regkg`` and ``regkg --help``
do not pay for rdflib, pyoxigraph, networkx and the extractor (~0.4 s) until a function is called.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from regkg.errors import DocumentNotFound, InputError, QueryError, RegkgError

if TYPE_CHECKING:
    from regkg.extract import extract, extract_file, extract_text
    from regkg.graph import KnowledgeGraph, build_records, load
    from regkg.graph.duties import departments, duties, owners
    from regkg.graph.lineage import dependencies, dependents, lineage
    from regkg.graph.status import dangling, repealed, status
    from regkg.graph.diff import diff
    from regkg.graph.suggest import suggest
    from regkg.graph.validate import validate
    from regkg.orchestrate import build, query, serve, view, warnings
    from regkg.scale.push import push

__version__ = "0.1.0"

# name -> the module it comes from, imported when the name is first asked for
_LAZY = {
    "load": "regkg.graph",
    "build_records": "regkg.graph",
    "KnowledgeGraph": "regkg.graph",
    "extract": "regkg.extract",
    "extract_file": "regkg.extract",
    "extract_text": "regkg.extract",
    # the commands, each a function of the same name
    "build": "regkg.orchestrate",
    "view": "regkg.orchestrate",
    "serve": "regkg.orchestrate",
    "query": "regkg.orchestrate",
    "warnings": "regkg.orchestrate",
    "status": "regkg.graph.status",
    "repealed": "regkg.graph.status",
    "dangling": "regkg.graph.status",
    "lineage": "regkg.graph.lineage",
    "dependencies": "regkg.graph.lineage",
    "dependents": "regkg.graph.lineage",
    "duties": "regkg.graph.duties",
    "owners": "regkg.graph.duties",
    "departments": "regkg.graph.duties",
    "validate": "regkg.graph.validate",
    "diff": "regkg.graph.diff",
    "suggest": "regkg.graph.suggest",
    "push": "regkg.scale.push",
}

__all__ = [*_LAZY, "RegkgError", "InputError", "DocumentNotFound", "QueryError"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'regkg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


class _Package(types.ModuleType):
    """regkg's module object. Importing the subpackage ``regkg.extract`` makes Python set the attribute
    ``regkg.extract`` to it; the eager package bound the function over it, so ``regkg.extract`` and
    ``from regkg import extract`` meant the function. That binding is ignored here to keep it so."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
