"""Packages import downward only (cli -> orchestrate -> server -> views | scale -> graph -> extract ->
keys, ontology, errors, progress): the layers contract in pyproject.toml, checked by import-linter,
and no package reaching into another's private module (``regkg.views._x``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def test_the_layers_contract_is_kept():
    result = subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 1 kept, 0 broken." in result.stdout


def _private_owner(imported: str) -> str | None:
    """The package whose private module ``imported`` is (``regkg.views`` for ``regkg.views._html``)."""
    parts = imported.split(".")
    for i, part in enumerate(parts[1:], 1):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i])
    return None


def test_no_package_imports_another_packages_private_module():
    graph = grimp.build_graph("regkg")
    reaching = sorted((importer, imported) for importer in graph.modules
                      for imported in graph.find_modules_directly_imported_by(importer)
                      if (owner := _private_owner(imported)) and not importer.startswith(owner + "."))
    assert reaching == []


def test_a_worker_hashing_a_file_loads_no_graph():
    """Extraction workers import regkg.scale.workers; hashing a file must not bring rdflib & co."""
    code = ("import sys; from regkg.scale.workers import _extract_path; import regkg.scale.sources; "
            "print(sorted(m for m in ('rdflib', 'pyoxigraph', 'networkx', 'regkg.graph') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_no_package_hides_a_submodule_behind_a_function():
    """``import regkg.graph.status as s`` is the module, never a function re-exported under its name."""
    import importlib
    import pkgutil

    import regkg

    hidden = []
    for package in pkgutil.walk_packages(regkg.__path__, "regkg."):
        if not package.ispkg:
            continue
        module = importlib.import_module(package.name)
        for sub in pkgutil.iter_modules(module.__path__):
            value = module.__dict__.get(sub.name)
            if value is not None and getattr(value, "__name__", None) != f"{package.name}.{sub.name}":
                hidden.append(f"{package.name}.{sub.name}")
    assert hidden == []
