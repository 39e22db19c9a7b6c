"""regkg: a knowledge graph of cross-references between Chinese government regulatory documents.

Data flows one way: text -> :mod:`regkg.extract` (records) -> :mod:`regkg.graph` (RDF + NetworkX)
-> questions, views, API.

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

# name -> the module it comes from, imported when the name is first asked for
_LAZY = {
    "load": "regkg.graph",
    "build": "regkg.graph",
    "KnowledgeGraph": "regkg.graph",
    "extract": "regkg.extract",
    "extract_file": "regkg.extract",
    "extract_text": "regkg.extract",
}


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
