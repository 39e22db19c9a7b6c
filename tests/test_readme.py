"""The README's examples keep working: its Python session runs as a doctest."""

from __future__ import annotations

import doctest

from conftest import ROOT


def test_readme_python_examples():
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_readme_shows_every_example_query_verbatim():
    readme = (ROOT / "README.md").read_text("utf-8")
    queries = sorted((ROOT / "examples" / "queries").glob("*.rq"))
    assert len(queries) >= 8
    for q in queries:
        assert q.read_text("utf-8").strip() in readme, f"{q.name} is not in the README as it stands"


def test_readme_commands_exist():
    import re

    from regkg.cli import cli

    readme = (ROOT / "README.md").read_text("utf-8")
    shell = "\n".join(re.findall(r"```sh\n(.*?)```", readme, re.S))
    used = set(re.findall(r"^regkg (\w+)", shell, re.M))
    assert used and used <= set(cli.commands), used - set(cli.commands)
