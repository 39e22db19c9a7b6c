"""Text -> records. The stages, one module each: read, clean, segment, find, resolve."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from regkg.extract.models import Record

if TYPE_CHECKING:
    from regkg.extract.pipeline import extract, extract_file, extract_text

__all__ = ["extract", "extract_file", "extract_text", "Record"]


def __getattr__(name: str) -> Any:
    # The pipeline (and its HTML and PDF readers, 0.2 s of imports) is imported when first named: the
    # graph reads records (regkg.extract.models), and a cold question should not pay for extraction.
    if name in ("extract", "extract_file", "extract_text"):
        from regkg.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
