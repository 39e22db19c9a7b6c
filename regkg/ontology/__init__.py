"""regkg's vocabulary: the ontology (``regkg.ttl``), its SHACL shapes (``shapes.ttl``) and the closed
namespaces Python reaches them through."""

from __future__ import annotations

import importlib
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regkg.ontology.namespace import ELI, PREFIXES, REGKG, REGKG_ONTOLOGY

__all__ = ["REGKG", "ELI", "PREFIXES", "REGKG_ONTOLOGY", "ontology_path", "shapes_path"]

# The namespaces are rdflib objects: imported when first asked for, so that the relation table
# (regkg.ontology.relations, plain strings) costs a cold question no rdflib.
_NAMESPACE = ("REGKG", "ELI", "PREFIXES", "REGKG_ONTOLOGY")


def __getattr__(name: str) -> Any:
    if name in _NAMESPACE:
        return getattr(importlib.import_module("regkg.ontology.namespace"), name)
    raise AttributeError(f"module 'regkg.ontology' has no attribute {name!r}")


def ontology_path() -> Path:
    """The Turtle file that defines regkg's terms."""
    return Path(str(files("regkg.ontology") / "regkg.ttl"))


def shapes_path() -> Path:
    """The SHACL shapes every built graph must satisfy."""
    return Path(str(files("regkg.ontology") / "shapes.ttl"))
