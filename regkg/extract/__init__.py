"""Text -> records. The stages, one module each: read, clean, segment, find, resolve."""

from __future__ import annotations

from regkg.extract.models import Record
from regkg.extract.pipeline import extract, extract_file, extract_text

__all__ = ["extract", "extract_file", "extract_text", "Record"]
