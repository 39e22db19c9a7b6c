"""graph.ttl of an update, written from the previous build's: the subjects an update rarely changes are
copied as the bytes they were, the rest written anew (:mod:`regkg.graph.turtle`), and the file is the
one a whole build writes, byte for byte (``tests/test_incremental.py`` and ``tests/test_resolve_update.py``
compare them).

A large build's duties and evidence nodes are 87% of its Turtle's lines (at 1,000 generated gazettes
7.0 M of 8.1 M), and formatting them from their tables was most of an update's 17 s of Turtle. Each is a
subject of its own, named by a digest of what it says (:class:`~regkg.graph.iri.Minter`), and all of a
kind sort together under one prefix (``…/duty/``, ``…/evidence/``): a *section* of the file. An update
that resumed the previous build's resolution (:mod:`regkg.graph.resolve_update`) walks each section of
the previous graph.ttl beside the IRIs the section holds now, and

- copies a block whose IRI is still there and whose rows did not change;
- writes anew those of the IRIs the section says may have changed (:class:`Section`, ``changed``), and
  those of an evidence node made of several edges (a block with `` , ``: the index keeps one value of
  each, so a change to another is not seen);
- drops a block whose IRI is gone.

Every other subject (documents, bodies, places, files, warnings: the rows the build holds in memory) is
written anew, and the blocks are merged by subject.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from heapq import merge
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from regkg.graph.atomic_files import joined
from regkg.graph.turtle import turtle_blocks, turtle_head

if TYPE_CHECKING:
    from regkg.graph.subject_rows import SubjectRows
    from regkg.graph.terms import Row

__all__ = ["Section", "spliced_turtle", "old_blocks"]

_CHUNK = 1 << 20  # bytes written at a time


@dataclass(frozen=True)
class Section:
    """The subjects under ``prefix`` (an IRI prefix no other subject has): the IRIs they are now, sorted
    (a function, called once); those whose rows may differ from the previous build's, or are new
    (``changed``); their rows, by IRI, for any IRIs given (sorted); and ``unsure``, bytes that make a
    block of the previous file be written anew though its IRI is not ``changed``."""

    prefix: str
    iris: Callable[[], Iterable[str]]
    changed: Collection[str]
    rows: Callable[[list[str]], Iterator[tuple[str, list[Row]]]]
    unsure: bytes | None = None


def old_blocks(handle: BinaryIO, prefix: str) -> Iterator[tuple[str, bytes]]:
    r"""(IRI, block) of the subjects under ``prefix`` in a graph.ttl open in ``handle``, by IRI: each block
    from the blank line before it (as :func:`regkg.graph.turtle.turtle_lines` writes it) to its closing
    newline. A literal never holds a newline (:func:`regkg.graph.terms.literal_text` escapes it), so a
    blank line only ever opens a block; the subjects are sorted, so the first is found by bisection and
    only the section is read.

    >>> import io
    >>> text = b"@prefix a: <x#> .\n\n<http://e/a/1> a a:T .\n\n<http://e/b/1> a a:T ;\n    a:p 1 .\n\n<http://e/b/2> a a:T .\n"
    >>> list(old_blocks(io.BytesIO(text), "http://e/b/"))
    [('http://e/b/1', b'\n<http://e/b/1> a a:T ;\n    a:p 1 .\n'), ('http://e/b/2', b'\n<http://e/b/2> a a:T .\n')]
    >>> list(old_blocks(io.BytesIO(text), "http://e/c/")), len(list(old_blocks(io.BytesIO(text), "http://e/")))
    ([], 3)
    """
    opening = b"<" + prefix.encode("utf-8")
    handle.seek(_first_block_from(handle, opening))
    rest = b""
    for chunk in iter(lambda: handle.read(_CHUNK), b""):
        parts = (rest + chunk).split(b"\n\n")
        rest = parts.pop()
        for part in parts:
            if part:  # the blank line the section opens with
                if not part.startswith(opening):
                    return
                yield _iri(part), b"\n" + part + b"\n"
    if rest.startswith(opening):  # the file's last block, which ends with the file
        yield _iri(rest), b"\n" + rest


def _iri(block: bytes) -> str:
    """The subject of a block that begins with it (``<IRI> …``)."""
    return block[1:block.index(b">")].decode("utf-8")


def _first_block_from(handle: BinaryIO, opening: bytes) -> int:
    """Where the blank line before the first block whose subject sorts at or after ``opening`` is (the
    end of the file if none), by bisection over the file's bytes."""
    lo, hi = 0, handle.seek(0, 2)
    while lo < hi:
        mid = (lo + hi) // 2
        at, subject = _next_block(handle, mid)
        if subject is None or subject >= opening:
            hi = mid
        else:
            lo = at + 1
    return _next_block(handle, lo)[0]


def _next_block(handle: BinaryIO, offset: int) -> tuple[int, bytes | None]:
    """The first blank line at or after ``offset`` that opens a block, and the block's ``<IRI``; (the end
    of the file, None) if there is none."""
    handle.seek(offset)
    seen = b""
    while chunk := handle.read(1 << 16):
        seen += chunk
        at = seen.find(b"\n\n<")
        if at >= 0 and (end := seen.find(b">", at)) >= 0:
            return offset + at, seen[at + 2:end]
    return handle.tell(), None


def _section(handle: BinaryIO, section: Section) -> Iterator[tuple[str, bytes]]:
    """(IRI, block) of every subject of ``section`` now, by IRI: copied from the previous file open in
    ``handle``, or written anew (module docstring)."""
    changed, unsure = section.changed, section.unsure
    written = ((iri, text.encode("utf-8")) for iri, text in turtle_blocks(section.rows(sorted(changed))))
    old = old_blocks(handle, section.prefix)
    was, block = next(old, (None, b""))
    for iri in section.iris():
        while was is not None and was < iri:  # gone
            was, block = next(old, (None, b""))
        if iri in changed:
            made, text = next(written)
            assert made == iri, (made, iri)  # both walk the changed IRIs in order
            yield iri, text
        elif was == iri and (unsure is None or unsure not in block):
            yield iri, block
        else:  # unsure (or, never, an unchanged IRI the previous file lacks): written anew
            for made, text in turtle_blocks(section.rows([iri])):
                yield made, text.encode("utf-8")


def spliced_turtle(previous: Path, header: str, fresh: SubjectRows, sections: Iterable[Section]) -> Iterator[bytes]:
    """graph.ttl's bytes, about :data:`_CHUNK` at a time: ``header`` and the prefixes, then the blocks of
    ``fresh`` (every subject but the sections') written anew, merged by subject with the ``sections``'
    blocks, copied from the ``previous`` graph.ttl where they did not change."""
    with ExitStack() as files:
        fresh_blocks = ((subject, text.encode("utf-8")) for subject, text in turtle_blocks(fresh.by_subject()))
        kept = [_section(files.enter_context(open(previous, "rb")), section) for section in sections]
        blocks = (block for _, block in merge(fresh_blocks, *kept, key=itemgetter(0)))
        yield from joined(chain([turtle_head(header).encode("utf-8")], blocks), _CHUNK)
