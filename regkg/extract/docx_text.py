"""The text of a Word document (.docx), read with python-docx: its body's paragraphs and tables in order.

A legal-affairs office keeps its 规范性文件 as Word files. A paragraph is a line; a table row is a line with
its cells separated by tabs, as the line view reads a duty table (「序号\\t重点任务\\t牵头单位\\t责任单位」); a
table of one column (a frame some offices set a whole document in) is its paragraphs, one line each. Text
as the reader sees it: tracked insertions are read, deletions are not; headers, footers (page numbers)
and text boxes are left out.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from regkg.extract.decode import normalise_newlines

__all__ = ["DOCX_ENCODING", "is_docx", "docx_text", "is_word_binary"]

# What a Word document's Decoded.encoding says: its XML is Unicode whatever the office wrote it with.
DOCX_ENCODING = "docx-xml"

_ZIP_MAGIC = b"PK\x03\x04"
# An OLE compound file: a Word 97–2003 .doc, a WPS .wps, or a .docx that a password encrypted.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A run's text as the reader sees it: runs inside a tracked insertion, a hyperlink, a smart tag or a content
# control count; a deleted run holds w:delText, which CT_R.text does not read; a text box's runs are not the
# paragraph's (they are set apart on the page, and Word files each box twice, as a shape and as its fallback).
_RUNS = ".//w:r[not(ancestor::w:txbxContent)]"


def is_docx(data: bytes, named_docx: bool) -> bool:
    """Whether the bytes are a Word document: a ZIP that holds ``word/document.xml`` (any ZIP when named .docx,
    so a damaged one gets a reason, not a decoding as text)."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    if named_docx:
        return True
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def is_word_binary(data: bytes) -> bool:
    """Whether the bytes are an OLE compound file (a .doc, a .wps, an encrypted .docx), which regkg cannot read."""
    return data.startswith(_OLE_MAGIC)


def docx_text(data: bytes) -> str:
    r"""The document's body as lines; ``ValueError`` with a reason when it has none.

    >>> from docx import Document as New
    >>> d = New(); _ = d.add_paragraph("关于印发《X办法》的通知"); t = d.add_table(rows=2, cols=2)
    >>> for cell, text in zip(t._cells, ["任务", "责任单位", "建立台账", "市财政局"]): cell.text = text
    >>> out = BytesIO(); d.save(out); docx_text(out.getvalue())
    '关于印发《X办法》的通知\n任务\t责任单位\n建立台账\t市财政局\n'
    """
    try:
        lines = _lines(docx.Document(BytesIO(data)))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError) as err:
        raise ValueError("damaged Word document: not a .docx package (a .doc renamed, or a file cut short?)") from err
    except Exception as err:  # lxml's XMLSyntaxError, a table python-docx cannot lay out: the package is broken
        raise ValueError(f"damaged Word document: {' '.join(str(err).split()) or type(err).__name__}") from err
    text = normalise_newlines("".join(line + "\n" for line in lines))
    if not text.strip():
        raise ValueError("Word document has no text (a scan pasted as pictures?)")
    return text


def _lines(container: Document | _Cell) -> list[str]:
    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(_paragraph(block))
        else:
            lines.extend(_table(block))
    return lines


def _paragraph(p: Paragraph) -> str:
    return "".join(run.text for run in p._p.xpath(_RUNS))


def _table(table: Table) -> list[str]:
    """A table's rows as lines of tab-separated cells; a table of one column as the lines of its cells."""
    rows = [_distinct(row.cells) for row in table.rows]
    if all(len(cells) <= 1 for cells in rows):
        return [line for cells in rows for cell in cells for line in _lines(cell)]
    # a cell's own lines are joined by a space, so the row stays one line: 「市发展改革委\n市财政局」 in a
    # 责任单位 cell reads 「市发展改革委 市财政局」
    return ["\t".join(" ".join(x for x in _lines(cell) if x.strip()) for cell in cells) for cells in rows]


def _distinct(cells: list[_Cell]) -> list[_Cell]:
    """A row's cells, a cell merged across columns once (python-docx repeats it per grid column); a cell merged
    down a column is repeated in each row, as each row's task is that cell's (a lead unit over three tasks)."""
    out: list[_Cell] = []
    for cell in cells:
        if not out or out[-1]._tc is not cell._tc:
            out.append(cell)
    return out
