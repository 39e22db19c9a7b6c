"""Shared HTML plumbing: one Jinja2 environment with autoescaping on, JSON safe to put inside a
``<script>`` element, file names for document pages, and atomic writes.

>>> script_json({"t": "</script><script>alert(1)</script>"})
'{"t": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
>>> slug("https://w3id.org/regkg/id/doc/泸市府办发〔2024〕44号")
'doc_泸市府办发〔2024〕44号'
>>> slug("https://w3id.org/regkg/id/doc/x/rule/../../etc")
'doc_x_rule_.._.._etc'
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from regkg.graph.atomic_files import write_atomic

__all__ = ["env", "render", "script_json", "slug", "write_atomic", "DOC_DIR"]

# Folder (under the output folder) of the per-document pages.
DOC_DIR = "docs"

# Where data IRIs keep their local part: everything after ".../id/" (the default base) or, for another
# base, after the last of the type segments regkg mints (doc/, ref/, org/).
_LOCAL = re.compile(r"/(?=(?:doc|ref|org)/)")
# Characters kept in a file name: word characters (CJK included), the brackets of a 发文字号, "-" and ".".
_UNSAFE_FILE = re.compile(r"[^\w〔〕\-.]+")
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


def slug(iri: str) -> str:
    """A file name stem for a node's page: its IRI's local part, with no path separators in it."""
    parts = _LOCAL.split(iri, maxsplit=1)
    local = parts[1] if len(parts) > 1 else iri
    return _UNSAFE_FILE.sub("_", local.replace("/", "_")).strip("_") or "_"
