"""Content negotiation for the SPARQL endpoint: which result format each query form can be sent in,
the media types clients ask for, and the choice between them.

What the common clients send (and get):

- SPARQLWrapper's default (XML): ``application/sparql-results+xml`` for SELECT and ASK, and
  ``application/rdf+xml`` for CONSTRUCT and DESCRIBE; with JSON it sends ``*/*`` for a graph (Turtle).
- rdflib's ``SPARQLStore``: ``application/sparql-results+xml, application/rdf+xml`` by default, only
  ``application/sparql-results+json`` with ``returnFormat="json"`` — also for a CONSTRUCT, which is
  why a results format asked of a graph query is read as the graph format of the same syntax
  (results JSON -> JSON-LD, results XML -> RDF/XML) instead of refused.

>>> negotiate("SELECT", "text/csv;q=0.9, application/sparql-results+json")
'json'
>>> negotiate("CONSTRUCT", "application/sparql-results+xml, application/rdf+xml")
'rdfxml'
>>> negotiate("CONSTRUCT", "application/sparql-results+json")
'json-ld'
>>> negotiate("DESCRIBE", "application/turtle,text/turtle")
'turtle'
>>> negotiate("CONSTRUCT", None, ["n3"])
'turtle'
"""

from __future__ import annotations

from regkg.errors import Rejected

__all__ = ["MEDIA_TYPES", "FORMAT_NAMES", "GRAPH_FORMS", "negotiate"]

# Result formats by name, with the media type each is sent as.
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "rdfxml": "application/rdf+xml",
    "json-ld": "application/ld+json",
    "ntriples": "application/n-triples",
    "html": "text/html; charset=utf-8",
}
# Query forms whose answer is a graph (the rest answer with a results table or a boolean).
GRAPH_FORMS = ("CONSTRUCT", "DESCRIBE")
# Formats each query form can be answered in, the default first.
FORMAT_NAMES = {
    "SELECT": ("json", "xml", "csv", "tsv", "html"),
    "ASK": ("json", "xml", "html"),
    "CONSTRUCT": ("turtle", "rdfxml", "json-ld", "ntriples"),
    "DESCRIBE": ("turtle", "rdfxml", "json-ld", "ntriples"),
}
# Media types clients send, and the format each asks for.
_ACCEPTED = {
    "application/sparql-results+json": "json", "application/json": "json", "text/javascript": "json",
    "application/javascript": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "text/n3": "turtle", "text/rdf+n3": "turtle", "application/n3": "turtle",  # Turtle is N3's subset
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "json-ld", "application/x-json+ld": "json-ld",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "text/html": "html", "application/xhtml+xml": "html",
}
# Names clients put in ``format=`` besides ours (SPARQLWrapper sends its return format's name there,
# e.g. ``format=n3``, and for some formats its Accept list: ``format=application/ld+json,…``).
_NAMES = {"n3": "turtle", "ttl": "turtle", "rdf+xml": "rdfxml", "rdf": "rdfxml", "nt": "ntriples",
          "n-triples": "ntriples", "jsonld": "json-ld"}
# A results format asked of a graph query: the graph format of the same syntax.
_AS_GRAPH = {"json": "json-ld", "xml": "rdfxml"}
_ANY = ("*/*", "application/*", "text/*")


def _format(media: str, kind: str) -> str | None:
    """The format ``media`` (a name or a media type) asks of a ``kind`` query, if it can be sent."""
    media = media.split(";")[0].strip().lower()
    name = media if media in MEDIA_TYPES else _NAMES.get(media) or _ACCEPTED.get(media)
    if kind in GRAPH_FORMS:
        name = _AS_GRAPH.get(name, name)
    return name if name in FORMAT_NAMES[kind] else None


def _ranked(accept: str) -> list[str]:
    """The media ranges of an ``Accept`` header, best first (q=0 dropped; ties keep their order)."""
    choices = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        q = 1.0
        for param in params:
            if param.replace(" ", "").startswith("q="):
                try:
                    q = float(param.split("=", 1)[1])
                except ValueError:
                    q = 0.0
        if q > 0 and media:
            choices.append((-q, position, media.lower()))
    return [media for _q, _position, media in sorted(choices)]


def negotiate(kind: str, accept: str | None, wanted: str | list[str] | None = None) -> str:
    """The format to answer a ``kind`` query in: the first of ``wanted`` (``format=`` parameters, by
    name or media type) this endpoint can send, else the best ``Accept`` entry it can send, else the
    default. :class:`Rejected` (406) if the client accepts nothing the endpoint can send."""
    allowed = FORMAT_NAMES[kind]
    wanted = [w.strip() for item in ([wanted] if isinstance(wanted, str) else wanted or []) for w in item.split(",")]
    wanted = [w for w in wanted if w]
    if wanted:
        for item in wanted:
            if name := _format(item, kind):
                return name
        raise Rejected(406, f"a {kind} result cannot be sent as {', '.join(wanted)}; choose one of {', '.join(allowed)}")
    if not accept or not accept.strip():
        return allowed[0]
    for media in _ranked(accept):
        if media in _ANY:
            return allowed[0]
        if name := _format(media, kind):
            return name
    raise Rejected(406, f"cannot answer a {kind} query as {accept!r}; this endpoint sends "
                   + ", ".join(MEDIA_TYPES[f].split(";")[0] for f in allowed))
