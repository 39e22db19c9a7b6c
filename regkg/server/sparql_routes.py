"""``/sparql``: the SPARQL 1.1 Protocol endpoint (read-only: a query by GET, or POSTed as
``application/sparql-query`` or a form) and, for a GET with no query, the query page with the
example queries. :mod:`regkg.server.protocol` checks and answers a query, :mod:`regkg.server.formats`
picks the answer's format, :mod:`regkg.server.runner` runs it."""

from __future__ import annotations

import json
import time
from functools import partial
from pathlib import Path
from urllib.parse import parse_qs

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from regkg.server import formats, protocol
from regkg.server.context import AppContext, plain_text
from regkg.server.security import SECURITY_HEADERS
from regkg.views import assets
from regkg.views.templates import render

__all__ = ["sparql_routes", "load_examples"]

# Bytes a POST body may have (a form-encoded query is up to ~9 bytes per character).
_BODY_FACTOR = 9
# Fields a form body may have (query, format, and the ones refused below, with room to spare).
_FORM_FIELDS = 20
_READ_ONLY = "this endpoint is read-only: the update operation is not accepted"


def load_examples(folder: Path) -> list[tuple[str, str, str]]:
    """(name, first comment line, query) for each examples/queries/*.rq."""
    out = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.rq")):
            text = path.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            out.append((path.stem, first.lstrip("# ").strip() if first.startswith("#") else "", text))
    return out


def sparql_routes(ctx: AppContext) -> list[Route]:
    # read once, when the app is made: the query page lists them on every visit
    examples = load_examples(ctx.settings.examples_dir)
    return [Route("/sparql", partial(_endpoint, ctx, examples), methods=["GET", "POST"])]


async def _endpoint(ctx: AppContext, examples: list[tuple[str, str, str]], request: Request) -> Response:
    arrived = time.monotonic()  # the query's deadline counts from here, waiting included
    limits = ctx.settings.limits
    try:
        text, wanted = await _query_text(request, limits.query_chars * _BODY_FACTOR)
        if text is None:
            if request.method == "GET":
                return ctx.html(render("query.html", examples=examples, nav=ctx.nav, limits=limits,
                                       css=assets.static("page.css")))
            raise protocol.Rejected(400, "no query given (the query parameter is missing)")
        # parsing is pure Python (pyparsing): in a thread, so a long query text cannot hold the loop
        parsed = await anyio.to_thread.run_sync(protocol.parse, text, limits)
        fmt = formats.negotiate(parsed.kind, request.headers.get("accept"), wanted or None)
        body = await ctx.runner.run(parsed, "json" if fmt == "html" else fmt, arrived=arrived)
    except protocol.Rejected as exc:
        return plain_text(exc.status, exc.message)
    if fmt == "html":
        return ctx.html(render("results.html", query=text, result=json.loads(body), nav=ctx.nav,
                               css=assets.static("page.css")))
    return Response(body, media_type=formats.MEDIA_TYPES[fmt], headers={**SECURITY_HEADERS, "Vary": "Accept"})


async def _query_text(request: Request, cap: int) -> tuple[str | None, list[str]]:
    """(query, format) from a GET or POST request, per the SPARQL 1.1 Protocol; a POST body over
    ``cap`` bytes is refused."""
    params = request.query_params
    if "update" in params:
        raise protocol.Rejected(403, _READ_ONLY)
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise protocol.Rejected(400, "default-graph-uri and named-graph-uri are not supported: the endpoint serves one graph")
    if request.method == "GET":
        return params.get("query"), params.getlist("format")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await _body(request, cap)
    if media == "application/sparql-update":
        raise protocol.Rejected(403, _READ_ONLY)
    if media == "application/sparql-query":
        try:
            return body.decode("utf-8"), params.getlist("format")
        except UnicodeDecodeError:
            raise protocol.Rejected(400, "the query is not UTF-8") from None
    if media == "application/x-www-form-urlencoded":
        form = _form(body)
        return (form.get("query") or [None])[0], form.get("format") or params.getlist("format")
    raise protocol.Rejected(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")


def _form(body: bytes) -> dict[str, list[str]]:
    """A form-encoded body's fields, refused as the query string's are."""
    try:
        form = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=_FORM_FIELDS)
    except (UnicodeDecodeError, ValueError) as exc:
        raise protocol.Rejected(400, f"bad form body: {exc}") from None
    if "update" in form:
        raise protocol.Rejected(403, _READ_ONLY)
    if form.get("default-graph-uri") or form.get("named-graph-uri"):
        raise protocol.Rejected(400, "default-graph-uri and named-graph-uri are not supported")
    return form


async def _body(request: Request, cap: int) -> bytes:
    """The request's body, refused (413) once it passes ``cap`` bytes — by its declared length
    before a byte is read, else as it streams in."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise protocol.Rejected(413, f"request body over {cap} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise protocol.Rejected(413, f"request body over {cap} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
