"""The text layer of a PDF, read with pdfminer: pages joined in order, or a reason there is none.

Gazettes are published as PDFs typeset from Word; their text layer is good Unicode unless the file is
a scan (no text), is encrypted, or embeds fonts without a Unicode map (pdfminer's ``(cid:N)``).
"""

from __future__ import annotations

import re
from io import BytesIO, StringIO

from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from regkg.extract.decode import normalise_newlines

__all__ = ["PDF_ENCODING", "is_pdf", "pdf_text"]

# What a PDF's Decoded.encoding says: pdfminer maps each font's own encoding to Unicode.
PDF_ENCODING = "pdf-text-layer"

_PDF_MAGIC = b"%PDF-"
# The PDF spec lets the header start anywhere in the first 1024 bytes and readers look for the %%EOF
# trailer marker in the last 1024; a file without it in its tail has been cut short.
_PDF_HEADER_WINDOW = 1024
_PDF_EOF_WINDOW = 1024
# pdfminer writes "(cid:1234)" for a glyph its font gives no Unicode for; a PDF whose text is mostly
# such placeholders has a text layer nobody can read.
_CID_PLACEHOLDER = re.compile(r"\(cid:\d+\)")
_MAX_CID_SHARE = 0.5


def is_pdf(data: bytes, named_pdf: bool) -> bool:
    """Whether the bytes are a PDF: its header first, or anywhere in the first kilobyte of a ``.pdf``."""
    return data.startswith(_PDF_MAGIC) or (named_pdf and _PDF_MAGIC in data[:_PDF_HEADER_WINDOW])


def pdf_text(data: bytes) -> str:
    """The PDF's text layer, pages joined with ``\\n``; ``ValueError`` with a reason when there is none."""
    if b"%%EOF" not in data[-_PDF_EOF_WINDOW:]:
        raise ValueError("truncated or damaged PDF: no %%EOF marker at the end (file cut short?)")
    pages: list[str] = []
    try:
        resources = PDFResourceManager()
        with StringIO() as out:
            device = TextConverter(resources, out, laparams=LAParams())
            interpreter = PDFPageInterpreter(resources, device)
            for page in PDFPage.get_pages(BytesIO(data)):
                interpreter.process_page(page)
                pages.append(out.getvalue().rstrip("\f"))
                out.seek(0)
                out.truncate()
            device.close()
    except PDFPasswordIncorrect as err:
        raise ValueError("encrypted PDF: it needs a password") from err
    except PDFEncryptionError as err:
        raise ValueError(f"encrypted PDF: {err}") from err
    except MemoryError as err:
        raise ValueError("PDF too large to parse in memory") from err
    except Exception as err:  # damaged files make pdfminer raise anything: KeyError, struct.error, PSEOF …
        raise ValueError(f"truncated or damaged PDF: {type(err).__name__}: {err}") from err
    if not pages:
        raise ValueError("PDF has no pages")
    text = normalise_newlines("\n".join(pages))
    visible = "".join(text.split())
    if not visible:
        raise ValueError("PDF has no text layer (scanned?)")
    placeholders = sum(len(m) for m in _CID_PLACEHOLDER.findall(visible))
    if placeholders > _MAX_CID_SHARE * len(visible):
        raise ValueError("PDF text layer is unreadable: its fonts map glyphs to no characters (cid:…)")
    return text
