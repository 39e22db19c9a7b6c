"""The text of a Word document (.docx): its body's paragraphs and tables in order, as the reader sees them.

A legal-affairs office keeps its 规范性文件 as Word files. python-docx opens the package; the body is walked here,
as WordprocessingML puts it: a paragraph is a line; a table row is a line with its cells separated by tabs, as the
line view reads a duty table (「序号\\t重点任务\\t牵头单位\\t责任单位」); a table of one column (a frame some offices set
a whole document in) is its paragraphs, one line each. What the reader sees and the XML holds apart:

* Word's automatic list numbers (「一、」 「(一)」 「1.」) are not in the text: they are made here from the numbering
  definitions, as Word shows them, so that a clean-up list or a numbered duty list reads as printed;
* a cell merged down a column is each of its rows' cell (a lead unit over three tasks), one merged across columns
  one cell; a line break inside a cell (Shift+Enter) keeps the row one line;
* content controls (a template's fields) show their content; tracked insertions are read, deletions and the old
  place of a moved passage are not; headers, footers (page numbers) and text boxes are left out.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from regkg.extract.decode import normalise_newlines

__all__ = ["DOCX_ENCODING", "is_docx", "docx_text", "is_word_binary"]

# What a Word document's Decoded.encoding says: its XML is Unicode whatever the office wrote it with.
DOCX_ENCODING = "docx-xml"

_ZIP_MAGIC = b"PK\x03\x04"
# An OLE compound file: a Word 97–2003 .doc, a WPS .wps, or a .docx that a password encrypted.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_NS}}}"
# A paragraph's runs as the reader sees them: inside a tracked insertion, a hyperlink, a smart tag, a field or a
# content control too; not a deletion's (w:delText, which the run's text does not read anyway), not a moved
# passage's old place, not a text box's (set apart on the page, and filed twice, as a shape and its fallback).
_RUNS = etree.XPath(".//w:r[not(ancestor::w:txbxContent) and not(ancestor::w:moveFrom) and not(ancestor::w:del)]",
                    namespaces={"w": _W_NS})
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


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
        document = docx.Document(BytesIO(data))
        lines = _Body(document).lines(document.element.body)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError) as err:
        raise ValueError("damaged Word document: not a .docx package (a .doc renamed, or a file cut short?)") from err
    except Exception as err:  # lxml's XMLSyntaxError and the like: the package's XML is broken
        raise ValueError(f"damaged Word document: {' '.join(str(err).split()) or type(err).__name__}") from err
    text = normalise_newlines("".join(line + "\n" for line in lines))
    if not text.strip():
        raise ValueError("Word document has no text (a scan pasted as pictures?)")
    return text


def _val(element, child: str) -> str | None:
    """The ``w:val`` of ``element``'s child ``child`` (e.g. ``"numId"``), or None."""
    found = element.find(f"{_W}{child}") if element is not None else None
    return found.get(f"{_W}val") if found is not None else None


class _Body:
    """One document's walk: its list numbers counted in document order."""

    def __init__(self, document) -> None:
        self.numbering = _Numbering(document)

    def lines(self, parent) -> list[str]:
        out: list[str] = []
        for child in parent:
            if child.tag == f"{_W}p":
                out.append(self.numbering.label(child) + _paragraph(child))
            elif child.tag == f"{_W}tbl":
                out.extend(self.table(child))
            elif child.tag == f"{_W}sdt" and (content := child.find(f"{_W}sdtContent")) is not None:
                out.extend(self.lines(content))  # a content control: its content, paragraphs or a table
        return out

    def table(self, tbl) -> list[str]:
        """A table's rows as lines of tab-separated cells; a table of one column as the lines of its cells."""
        rows: list[list[str]] = []
        frame: list[str] = []  # every cell's lines, in order: what a table of one column reads as
        merged: dict[int, str] = {}  # grid column -> the text of the cell merged down it
        for tr in tbl.iter(f"{_W}tr"):
            if _ancestor(tr, "tbl") is not tbl:
                continue  # a nested table's row: read inside its cell
            cells: list[str] = []
            column = 0
            for tc in (x for x in tr.iter(f"{_W}tc") if _ancestor(x, "tr") is tr):
                props = tc.find(f"{_W}tcPr")
                span = int(_val(props, "gridSpan") or 1)
                vmerge = props.find(f"{_W}vMerge") if props is not None else None
                # (read once: reading counts the cell's list numbers)
                lines = self.lines(tc)
                frame.extend(lines)
                # (a cell's lines, a line break inside one, a nested table's tabs: spaces, so the row stays one line)
                own = " ".join(x for x in lines if x.strip()).replace("\t", " ").replace("\n", " ")
                if vmerge is not None and vmerge.get(f"{_W}val") != "restart":
                    text = merged.get(column, own)  # continues the cell above: its text (none above: its own)
                else:
                    text = own
                    if vmerge is not None:
                        merged[column] = own
                cells.append(text)
                column += span
            rows.append(cells)
        if all(len(cells) <= 1 for cells in rows):
            return frame
        return ["\t".join(cells) for cells in rows]


def _ancestor(element, tag: str):
    """The nearest enclosing ``w:tag`` of an element (a content control may stand between a cell and its row)."""
    parent = element.getparent()
    while parent is not None and parent.tag != f"{_W}{tag}":
        parent = parent.getparent()
    return parent


def _paragraph(p) -> str:
    out: list[str] = []
    for run in _RUNS(p):
        for child in run:
            if child.tag in _RUN_TEXT:
                out.append(child.text or "" if _RUN_TEXT[child.tag] is None else _RUN_TEXT[child.tag])
    return "".join(out)


# ---------------------------------------------------------------------------------------------------
# Automatic list numbers
# ---------------------------------------------------------------------------------------------------

_CHINESE_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """「一」 … 「九十九」, as Word's chineseCounting writes a list's numbers (larger ones as digits)."""
    if not 0 < n < 100:
        return str(n)
    tens, units = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else _CHINESE_DIGITS[tens] + "十")) + ("" if units == 0 else _CHINESE_DIGITS[units])


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


_FORMATS = {
    "decimal": str, "decimalZero": lambda n: f"{n:02d}", "chineseCounting": _chinese, "chineseCountingThousand": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10], "taiwaneseCounting": _chinese,
    "upperLetter": _letter, "lowerLetter": lambda n: _letter(n).lower(), "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(), "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 0 < n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: f"({n})", "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
}


class _Numbering:
    """The numbering definitions of a document (numbering.xml) and the counters of its lists."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counters: dict[str, list[int]] = {}
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # styleId -> (numId, ilvl, basedOn)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.iter(f"{_W}abstractNum")}
            for num in numbering.iter(f"{_W}num"):
                definition = abstract.get(_val(num, "abstractNumId"))
                if definition is None:
                    continue
                self.levels[num.get(f"{_W}numId")] = {
                    int(lvl.get(f"{_W}ilvl", "0")): (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                                     int(_val(lvl, "start") or 1))
                    for lvl in definition.iter(f"{_W}lvl")}
        for style in document.styles.element.iter(f"{_W}style"):
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            self.styles[style.get(f"{_W}styleId")] = (_val(numpr, "numId"), _val(numpr, "ilvl"), _val(style, "basedOn"))

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None]:
        for _ in range(5):  # a style takes its list from the one it is based on
            if style_id is None or style_id not in self.styles:
                return None, None
            num_id, ilvl, style_id = self.styles[style_id]
            if num_id is not None:
                return num_id, ilvl
        return None, None

    def label(self, p) -> str:
        """The list number Word shows before paragraph ``p`` (「一、」 「(二)」 「3.」), or ""."""
        ppr = p.find(f"{_W}pPr")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id, ilvl = (_val(numpr, "numId"), _val(numpr, "ilvl")) if numpr is not None else (None, None)
        if num_id is None and self.styles:
            style_num, style_lvl = self._style_numbering(_val(ppr, "pStyle"))
            num_id, ilvl = style_num, ilvl or style_lvl
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        level = int(ilvl or 0)
        levels = self.levels[num_id]
        if level not in levels:
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[level] = counts[level] + 1 if counts[level] else levels[level][2]
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        fmt, text, _ = levels[level]
        if fmt in ("bullet", "none"):
            return ""
        for k in range(level, -1, -1):
            kfmt, _, kstart = levels.get(k, ("decimal", "", 1))
            value = counts[k] or kstart
            text = text.replace(f"%{k + 1}", _FORMATS.get(kfmt, str)(value))
        return text
