"""Shared HTML plumbing: one Jinja2 environment with autoescaping on, JSON safe to put inside a
``<script>`` element, the folder of the document pages, and atomic writes (the pages' file names are
:mod:`regkg.keys.pages`).

>>> script_json({"t": "</script><script>alert(1)</script>"})
'{"t": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from regkg.graph.atomic_files import write_atomic

__all__ = ["env", "render", "script_json", "write_atomic", "DOC_DIR"]

# Folder (under the output folder) of the per-document pages.
DOC_DIR = "docs"

_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE = re.compile("[" + "".join(_SCRIPT_ESCAPES) + "]")


@lru_cache(maxsize=1)
def env() -> Environment:
    """The template environment: every ``{{ value }}`` is HTML-escaped unless marked safe."""
    environment = Environment(
        loader=PackageLoader("regkg.views", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["script_json"] = script_json
    return environment


def render(template: str, **context: Any) -> str:
    return env().get_template(template).render(**context)


def script_json(value: Any) -> str:
    """JSON that cannot end a ``<script>`` element or open a comment in it (sorted keys: deterministic)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return _SCRIPT_UNSAFE.sub(lambda m: _SCRIPT_ESCAPES[m.group()], text)
