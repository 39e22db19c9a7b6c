"""regkg's vocabulary: the ontology (``regkg.ttl``), its SHACL shapes (``shapes.ttl``) and the closed
namespaces Python reaches them through."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from regkg.ontology.namespace import ELI, PREFIXES, REGKG, REGKG_ONTOLOGY

__all__ = ["REGKG", "ELI", "PREFIXES", "REGKG_ONTOLOGY", "ontology_path", "shapes_path"]


def ontology_path() -> Path:
    """The Turtle file that defines regkg's terms."""
    return Path(str(files("regkg.ontology") / "regkg.ttl"))


def shapes_path() -> Path:
    """The SHACL shapes every built graph must satisfy."""
    return Path(str(files("regkg.ontology") / "shapes.ttl"))
