"""A module of this regkg run as a Python process of its own (the full-text index's writer, a build's
watchdog): the folder holding this package goes first on the child's path, so it runs the regkg this
process runs, whatever its working folder or environment would find first."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["command"]

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


def command(module: str, *args: str) -> list[str]:
    """The command running ``module.main()`` in a new Python with ``args`` as its ``sys.argv[1:]``, its
    exit status what ``main`` returns.

    >>> command("regkg.graph.text_index", "index.sqlite")[-2:] == [_PACKAGE_ROOT, "index.sqlite"]
    True
    """
    code = f"import sys; sys.path.insert(0, sys.argv.pop(1)); from {module} import main; sys.exit(main())"
    return [sys.executable, "-c", code, _PACKAGE_ROOT, *args]

