"""The README's examples keep working: its Python session runs as a doctest."""

from __future__ import annotations

import doctest

from conftest import ROOT


def test_readme_python_examples():
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
