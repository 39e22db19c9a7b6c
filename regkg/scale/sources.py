"""What a build calls its input files: each by its path relative to the build's inputs (the common
folder of the folders given and of the files' own folders), so ``a/x.txt`` and ``b/x.txt`` stay two
sources, and by the SHA-256 of its bytes (``--update`` skips a file whose digest it has seen).

Extraction workers import this module alone: hashing a file must not load the graph (rdflib,
networkx, Oxigraph).

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for rel in ("a/x.txt", "b/x.txt"):
...     (root / rel).parent.mkdir(exist_ok=True)
...     _ = (root / rel).write_text("x")
>>> files = [root / "a/x.txt", root / "b/x.txt"]
>>> list(source_names(files, input_base([root / "a", root / "b"], files)))
['a/x.txt', 'b/x.txt']
>>> list(source_names(files[:1], input_base([root / "a"], files[:1])))
['x.txt']
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

__all__ = ["input_base", "source_name", "source_names", "file_digest"]



def input_base(inputs: Iterable[str | os.PathLike[str]], files: Iterable[Path]) -> Path:
    """The folder source names are relative to: the deepest folder holding every folder given and
    every file's folder (the working folder when there are none)."""
    folders = [Path(i).resolve() for i in inputs if os.path.isdir(i)]
    folders += [Path(f).resolve().parent for f in files]
    return Path(os.path.commonpath(folders)) if folders else Path.cwd().resolve()


def source_name(path: str | os.PathLike[str], base: Path) -> str:
    """``path`` relative to ``base``, with forward slashes (``sub/x.txt``), as records name it."""
    return Path(os.path.relpath(Path(path).resolve(), base)).as_posix()


def source_names(files: Iterable[Path], base: Path) -> dict[str, Path]:
    """Source name -> file, in the order of ``files``."""
    return {source_name(f, base): Path(f) for f in files}


def file_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file's bytes, hex."""
    with open(path, "rb") as handle:  # the standard library reads it in chunks: large files never sit whole
        return hashlib.file_digest(handle, "sha256").hexdigest()
