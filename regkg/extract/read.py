"""Stage 1 of extraction: a path becomes decoded text.

``read_input`` turns one file — plain text in UTF-8, GB18030/GBK or Big5, a PDF with a text layer, or a
saved government web page — into a :class:`Decoded` record; ``expand_inputs`` turns the paths, folders
and globs a user typed into the files to read. Whatever cannot be read becomes an
:class:`~regkg.errors.InputError` that names the file and says why; no library exception escapes.
Deciding whether the text *is* a gazette belongs to the later stages (clean, segment, find).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "gazette.txt").write_bytes("泸市府规〔2024〕1号\\r\\n".encode("gb18030"))
>>> decoded = read_input(folder / "gazette.txt")
>>> decoded.text, decoded.encoding, decoded.format
('泸市府规〔2024〕1号\\n', 'gb18030', 'txt')
>>> read_input(folder / "missing.txt")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
regkg.errors.InputError: .../missing.txt: no such file
"""

from __future__ import annotations

import functools
import glob
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO, StringIO
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag
from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from regkg.errors import InputError

__all__ = ["Decoded", "read_input", "expand_inputs", "decode_text", "html_main_text", "INPUT_SUFFIXES"]


@dataclass(frozen=True)
class Decoded:
    """One input file as text.

    ``encoding`` names the codec that decoded a text or HTML file (``"utf-8"``, ``"utf-8-sig"``,
    ``"utf-16"``, ``"gb18030"``, ``"big5"``, ``"cp950"``, ``"big5hkscs"``); for a PDF it is
    ``"pdf-text-layer"`` (pdfminer maps each font's own encoding to Unicode). ``format`` is ``"txt"``,
    ``"pdf"`` or ``"html"``. Line endings in ``text`` are always ``\\n``.
    """

    path: str
    text: str
    encoding: str
    format: str


# Suffixes a folder walk or a glob picks up; a file named on the command line is read whatever its suffix.
INPUT_SUFFIXES = frozenset({".txt", ".text", ".pdf", ".html", ".htm"})
_SUFFIX_LIST = ", ".join(sorted(INPUT_SUFFIXES))
_HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
# An input that names no existing file but holds one of these is a glob: samples/*.txt, **/*.pdf, 00[0-4]*.
_GLOB_MAGIC = re.compile(r"[*?\[]")

# Files larger than this are refused before reading: far above any gazette (the seed gazettes are
# 0.1–0.2 MB of text, a scanned 100-page issue about 60 MB), small enough to keep memory bounded.
MAX_INPUT_BYTES = 512 * 1024 * 1024

PDF_ENCODING = "pdf-text-layer"

# ---------------------------------------------------------------------------------------------------
# Text decoding
# ---------------------------------------------------------------------------------------------------

# Byte-order marks, longest first; the codec strips the mark. (A UTF-32 mark begins like UTF-16's and
# is not supported: no gazette is stored that way.)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)

# The legacy Chinese encodings tried when the bytes are not UTF-8, each family's codecs in order; the
# first that decodes the whole file is the family's reading. GB2312 and GBK are subsets of GB18030, so
# GB18030 reads all three. cp950 (Windows Big5) and Big5-HKSCS add characters plain Big5 lacks.
_GB_CODECS = ("gb18030",)
_BIG5_CODECS = ("big5", "cp950", "big5hkscs")
_TRIED = "utf-8, gb18030, big5"

# Characters a Chinese government text almost never holds but that reading GB bytes as Big5, or Big5
# bytes as GB, produces in bulk — so the candidate with fewer of them is the right reading:
#   Big5 「中」 A4A4 read as GBK is kana 「い」; Big5 「，」 A141 read as GB18030 is a private-use character;
#   GBK 「，」 A3AC read as Big5 is bopomofo 「ㄐ」; GBK 「期」 C6DA read as Big5 is kana 「ぶ」.
# Cyrillic and box drawing are GB rows A7 and A9. Greek (GB row A6) is left out, since gazettes print
# 「μg/m³」, and so is the katakana middle dot 「・」 U+30FB, used in foreign names.
_MOJIBAKE = re.compile("[\u0400-\u04ff\u2500-\u257f\u3040-\u30fa\u30fc-\u30ff\u3100-\u312f\ue000-\uf8ff\ufffd]")

# The GB-or-Big5 choice looks at this many characters of each reading: a megabyte of text settles it,
# and it keeps a 20 MB file fast (matching the pattern costs about 0.1 s per million characters).
_DETECTION_SAMPLE_CHARS = 1 << 20

# A file whose non-ASCII bytes are valid UTF-8 but for at most one in this many is UTF-8 with damage
# (a stray byte, a cut-off last character), not GB or Big5: GB or Big5 text fails UTF-8 on most bytes.
_UTF8_DAMAGE_RATIO = 100
_ASCII_BYTES = bytes(range(128))

# <meta charset="gb2312"> or <meta http-equiv="Content-Type" content="text/html; charset=big5">, looked
# for in the head of an HTML file only to break a tie between GB and Big5.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_\-]+)""", re.IGNORECASE)
# How far into a file the charset declaration and the <html> start are looked for.
_SNIFF_WINDOW = 4096


def decode_text(data: bytes, *, prefer_big5: bool = False) -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding)`` with line endings made ``\\n``.

    Raises ``ValueError`` with a human reason when the bytes are not text in a supported encoding.

    >>> decode_text("廢止 號".encode("big5"))
    ('廢止 號', 'big5')
    >>> decode_text("废止\\r\\n".encode("gbk"))
    ('废止\\n', 'gb18030')
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return _newlines(data.decode(codec)), name
            except UnicodeDecodeError as err:
                raise ValueError(f"invalid {name} (byte-order mark present, bad bytes at offset {err.start})") from err
    if b"\x00" in data:
        raise ValueError("binary file (NUL bytes) — not text, PDF or HTML")
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as err:
        first_bad = err.start
    non_ascii = len(data.translate(None, _ASCII_BYTES))
    bad = data.decode("utf-8", "replace").count("\ufffd")
    if bad * _UTF8_DAMAGE_RATIO <= non_ascii:
        raise ValueError(f"damaged UTF-8: {bad} invalid byte sequence(s) in UTF-8 text, the first at byte {first_bad}")

    families = (_BIG5_CODECS, _GB_CODECS) if prefer_big5 else (_GB_CODECS, _BIG5_CODECS)
    readings = []  # (mojibake count, preference, codec, text): the fewest mojibake wins, ties go to the first
    for preference, codecs in enumerate(families):
        for codec in codecs:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            readings.append((len(_MOJIBAKE.findall(text, 0, _DETECTION_SAMPLE_CHARS)), preference, codec, text))
            break
    if not readings:
        raise ValueError(f"undecodable text (tried {_TRIED})")
    _, _, codec, text = min(readings)
    return _newlines(text), codec


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _declares_big5(data: bytes) -> bool:
    match = _META_CHARSET.search(data[:_SNIFF_WINDOW])
    return bool(match) and match.group(1).lower().startswith((b"big5", b"cp950"))


# ---------------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------------

_PDF_MAGIC = b"%PDF-"
# The PDF spec lets the header start anywhere in the first 1024 bytes and readers look for the %%EOF
# trailer marker in the last 1024; a file without it in its tail has been cut short.
_PDF_HEADER_WINDOW = 1024
_PDF_EOF_WINDOW = 1024
# pdfminer writes "(cid:1234)" for a glyph its font gives no Unicode for; a PDF whose text is mostly
# such placeholders has a text layer nobody can read.
_CID_PLACEHOLDER = re.compile(r"\(cid:\d+\)")
_MAX_CID_SHARE = 0.5


def _pdf_text(data: bytes) -> str:
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
    text = _newlines("\n".join(pages))
    visible = "".join(text.split())
    if not visible:
        raise ValueError("PDF has no text layer (scanned?)")
    placeholders = sum(len(m) for m in _CID_PLACEHOLDER.findall(visible))
    if placeholders > _MAX_CID_SHARE * len(visible):
        raise ValueError("PDF text layer is unreadable: its fonts map glyphs to no characters (cid:…)")
    return text


# ---------------------------------------------------------------------------------------------------
# HTML: the main text of a saved government page
# ---------------------------------------------------------------------------------------------------

# Elements whose content is never text a reader sees.
_NOISE_TAGS = frozenset((
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame",
    "object", "embed", "svg", "canvas", "audio", "video", "map", "select", "option", "button", "input",
    "textarea",
))  # fmt: skip
# HTML5 elements that hold a site's chrome; inside the main element they belong to the article and stay.
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
# Words in class/id names of chrome on Chinese government sites, e.g. <div class="nav-bar">,
# <div id="footer">, <div class="dqwz">当前位置：首页 > 政府信息公开</div> (dqwz = 当前位置), <div class="share">.
_CHROME_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "crumb", "crumbs", "position",
    "location", "dqwz", "header", "head", "top", "topbar", "banner", "footer", "foot", "bottom",
    "copyright", "sidebar", "side", "share", "toolbar", "tools", "print", "search", "login", "links",
    "friendlink", "related", "recommend",
})  # fmt: skip
# ids/classes of the element holding a document's body on Chinese government sites, most specific
# first: TRS/WCM pages <div class="TRS_Editor">, <div id="zoom">, gov.cn <div id="UCAP-CONTENT">.
# The tags <article> and <main> count as the hints of the same name.
_MAIN_HINTS = (
    "trs_editor", "ucap-content", "zoom", "pages_content", "article-content", "article_content",
    "content", "article", "main",
)  # fmt: skip
# A main-element candidate with less text than this is a placeholder (an empty "content" div); skip it.
_MIN_MAIN_CHARS = 20
# Elements that hold a page's title when it sits outside the main element: <h1>…</h1>,
# <div class="article-title">…</div>.
_HEADING_TAGS = frozenset({"h1", "h2", "h3"})
_TITLE_WORD = "title"
# class and id names are matched word by word: "article-title" → article, title.
_WORD_SPLIT = re.compile(r"[-_]")

# Labels of the 政府信息公开 metadata table that heads a document's page, e.g.
#   索引号：11510500008584011R/2024-00017  主题分类：综合政务  发文机关：泸州市人民政府
#   发文字号：泸市府规〔2024〕1号  成文日期：2024年01月05日
# The extractor reads these lines, so they are kept as 「label:value」 lines however the page lays them out.
_METADATA_LABELS = (
    "索引号", "信息索引号", "主题分类", "体裁分类", "组配分类", "服务对象分类", "公文种类", "文种",
    "发文机关", "发布机构", "发文单位", "成文日期", "发文日期", "发布日期", "生效日期", "施行日期",
    "实施日期", "废止日期", "失效日期", "发文字号", "文号", "文件编号", "标题", "主题词", "关键词",
    "有效性", "时效性", "是否有效",
)  # fmt: skip
_LABEL_SEPARATOR = ":"
# A block counts as the metadata table when it holds this many different labels …
_MIN_METADATA_LABELS = 2
# … and is no longer than this (a table of ten labelled rows is about 500 characters); a longer block
# is a document that happens to use the words.
_MAX_METADATA_CHARS = 3000
_METADATA_CONTAINERS = frozenset({"table", "ul", "ol", "dl", "div", "section"})

# Elements that start a new line; a table cell starts a new field within its row's line.
_BLOCK_TAGS = frozenset({
    "p", "div", "tr", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "header", "footer", "aside", "nav",
    "blockquote", "pre", "address", "figure", "figcaption", "center", "hr", "form", "fieldset", "body",
})  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_CELL_SEPARATOR = " "
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# Within a line, runs of spaces (an &nbsp; counts as one) become one; the full-width 「　　」 that indents a
# paragraph is stripped with the other whitespace at the ends of a line.
_SPACES = re.compile(" {2,}")
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    # Pages space labels out to line up the table: 「索 引 号：」, 「发 文 机 关」.
    alternatives = sorted(_METADATA_LABELS, key=len, reverse=True)
    spaced = "|".join(r"[\s\u3000]*".join(map(re.escape, label)) for label in alternatives)
    return re.compile(rf"(?:^|(?<=[\s\u3000]))({spaced})[\s\u3000]*(?:[:：]|$)")



def _canonical_label(found: str) -> str:
    return "".join(found.split())


def html_main_text(markup: str) -> str:
    """The main text of a saved government page: metadata as 「label:value」 lines, then title and body.

    >>> html_main_text('<div class="nav">首页</div><table><tr><td>发文字号：</td><td>泸市府规〔2024〕1号</td>'
    ...                '<td>成文日期：</td><td>2024年01月05日</td></tr></table><h1>森林防火命令</h1>'
    ...                '<div id="zoom"><p>各区县人民政府：</p><p>现发布命令。</p></div>')
    '发文字号:泸市府规〔2024〕1号\\n成文日期:2024年01月05日\\n森林防火命令\\n各区县人民政府：\\n现发布命令。'
    """
    soup = BeautifulSoup(markup, "html.parser")
    for noise in [node for node in soup.descendants if isinstance(node, Tag) and node.name in _NOISE_TAGS]:
        if not noise.decomposed:
            noise.decompose()
    nodes = list(soup.descendants)  # document order; walked directly, as bs4's find_all is slow on big pages
    order = {id(node): index for index, node in enumerate(nodes)}
    tags = [node for node in nodes if isinstance(node, Tag)]
    metadata = _metadata_blocks(nodes, order)
    main = _main_element(tags)
    keep = {id(a) for block in ([main] if main else []) + metadata for a in (block, *block.parents)}
    inside_main = {id(node) for node in main.descendants} if main else set()
    chrome = [tag for tag in tags if id(tag) not in keep and _is_chrome(tag, id(tag) in inside_main)]
    title = _title_element(tags, main, metadata, chrome, order) if main else None
    for tag in chrome:
        if not tag.decomposed:
            tag.decompose()
    if main is None:
        parts = [soup.body or soup]
    else:
        parts = [block for block in metadata if id(block) not in inside_main] + [main]
        if title is not None:
            parts.append(title)
        parts.sort(key=lambda node: order[id(node)])
    metadata_ids = {id(block) for block in metadata}
    lines: list[str] = []
    for part in parts:
        lines.extend(_render(part, metadata_ids))
    return "\n".join(lines)


def _classes_and_id(tag: Tag) -> list[str]:
    words = list(tag.get("class") or [])
    if tag.get("id"):
        words.append(str(tag["id"]))
    return [str(word).lower() for word in words]


def _is_chrome(tag: Tag, inside_main: bool) -> bool:
    if tag.name in _CHROME_TAGS and not inside_main:
        return True
    return any(part in _CHROME_WORDS for word in _classes_and_id(tag) for part in _WORD_SPLIT.split(word))


def _metadata_blocks(nodes: list[object], order: dict[int, int]) -> list[Tag]:
    """The smallest containers holding several metadata labels, in document order."""
    labels_under: dict[int, set[str]] = {}
    elements: dict[int, Tag] = {}
    label = _label_pattern()
    for string in nodes:
        if not isinstance(string, NavigableString) or isinstance(string, PreformattedString):
            continue
        if not label.search(string.strip()):
            continue
        found = {_canonical_label(m.group(1)) for m in label.finditer(string.strip())}
        for parent in string.parents:
            if parent.name in _METADATA_CONTAINERS:
                labels_under.setdefault(id(parent), set()).update(found)
                elements[id(parent)] = parent
    qualified = {key for key, labels in labels_under.items() if len(labels) >= _MIN_METADATA_LABELS}
    not_minimal: set[int] = set()
    for key in qualified:  # mark every ancestor once: linear however deep the page nests
        for parent in elements[key].parents:
            if id(parent) in not_minimal:
                break
            not_minimal.add(id(parent))
    blocks = [
        elements[key]
        for key in qualified
        if key not in not_minimal and len(elements[key].get_text()) <= _MAX_METADATA_CHARS
    ]
    return sorted(blocks, key=lambda block: order[id(block)])


def _main_element(tags: list[Tag]) -> Tag | None:
    """The element holding the document's body, by the id/class hints; None when no hint matches."""
    candidates: dict[str, list[Tag]] = {}
    for tag in tags:
        for word in [*_classes_and_id(tag), tag.name]:
            if word in _MAIN_HINTS:
                candidates.setdefault(word, []).append(tag)
    for hint in _MAIN_HINTS:
        best = max(candidates.get(hint, []), key=lambda tag: len(tag.get_text(strip=True)), default=None)
        if best is not None and len(best.get_text(strip=True)) >= _MIN_MAIN_CHARS:
            return best
    return None


def _title_element(
    tags: list[Tag], main: Tag, metadata: list[Tag], chrome: list[Tag], order: dict[int, int]
) -> Tag | None:
    """The last heading before the main element and outside it, the chrome and the metadata table."""
    excluded = {id(tag) for tag in [main, *metadata, *chrome]}
    title = None
    for tag in tags:  # in document order, so a parent is met before its children
        if order[id(tag)] >= order[id(main)]:
            break
        if id(tag.parent) in excluded:
            excluded.add(id(tag))
        elif id(tag) not in excluded and _is_heading(tag) and tag.get_text(strip=True):
            title = tag
    return title


def _is_heading(tag: Tag) -> bool:
    return tag.name in _HEADING_TAGS or any(_TITLE_WORD in _WORD_SPLIT.split(word) for word in _classes_and_id(tag))


def _render(root: Tag, metadata_ids: set[int], *, cells_as_lines: bool = False) -> list[str]:
    """The element's text as lines: blocks and <br> break lines, cells are fields; walked without recursion."""
    if id(root) in metadata_ids and not cells_as_lines:
        return _metadata_lines(root)
    out: list[str] = []
    stack: list[tuple[object, bool, bool]] = [(root, False, root.name == "pre")]  # (node, leaving, in <pre>)
    while stack:
        node, leaving, in_pre = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                out.append(str(node) if in_pre else _HTML_SPACE.sub(" ", node))
            continue
        assert isinstance(node, Tag)
        if leaving:
            out.append("\n")
            continue
        if id(node) in metadata_ids and node is not root:
            out.extend(["\n", *(line + "\n" for line in _metadata_lines(node)), "\n"])
            continue
        if node.name == "br":
            out.append("\n")
        elif node.name in _BLOCK_TAGS or (cells_as_lines and node.name in _CELL_TAGS):
            out.append("\n")
            stack.append((node, True, in_pre))
        elif node.name in _CELL_TAGS:
            out.append(_CELL_SEPARATOR)
        in_pre = in_pre or node.name == "pre"
        stack.extend((child, False, in_pre) for child in reversed(node.contents))
    lines = (_SPACES.sub(" ", line.replace("\xa0", " ")).strip() for line in "".join(out).split("\n"))
    return [line for line in lines if line]


def _metadata_lines(block: Tag) -> list[str]:
    """A metadata table as 「label:value」 lines, whether label and value share a cell or not."""
    lines: list[str] = []
    pending: str | None = None  # a label whose value is on the next line (the next cell)
    for line in _render(block, set(), cells_as_lines=True):
        matches = list(_label_pattern().finditer(line))
        head = line[: matches[0].start()] if matches else line
        if head.strip():
            if pending is not None:
                lines.append(f"{pending}{_LABEL_SEPARATOR}{head.strip()}")
                pending = None
            else:
                lines.append(head.strip())
        for index, match in enumerate(matches):
            if pending is not None:
                lines.append(f"{pending}{_LABEL_SEPARATOR}")
            end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
            label, value = _canonical_label(match.group(1)), line[match.end() : end].strip()
            if value:
                lines.append(f"{label}{_LABEL_SEPARATOR}{value}")
                pending = None
            else:
                pending = label
    if pending is not None:
        lines.append(f"{pending}{_LABEL_SEPARATOR}")
    return lines


# ---------------------------------------------------------------------------------------------------
# One file
# ---------------------------------------------------------------------------------------------------


def read_input(path: str | os.PathLike[str]) -> Decoded:
    """Read one file as text; raise :class:`InputError` naming the file and the reason when it can't be."""
    name = os.fspath(path)
    data = _read_bytes(name)
    if not data:
        raise InputError(name, "empty file")
    suffix = os.path.splitext(name)[1].lower()
    try:
        if data.startswith(_PDF_MAGIC) or (suffix == ".pdf" and _PDF_MAGIC in data[:_PDF_HEADER_WINDOW]):
            return Decoded(name, _pdf_text(data), PDF_ENCODING, "pdf")
        if suffix == ".pdf":
            raise ValueError("not a PDF: no %PDF- header (a web page or text saved as .pdf?)")
        text, encoding = decode_text(data, prefer_big5=_declares_big5(data))
        if suffix in _HTML_SUFFIXES or _HTML_START.match(text, 0, _SNIFF_WINDOW):
            try:
                text = html_main_text(text)
            except RecursionError as err:
                raise ValueError("HTML too deeply nested to parse") from err
            if not text.strip():
                raise ValueError("HTML page has no text")
            return Decoded(name, text, encoding, "html")
        if not text.strip():
            raise ValueError("no text: the file holds only whitespace")
        return Decoded(name, text, encoding, "txt")
    except ValueError as err:
        raise InputError(name, str(err)) from err


def _read_bytes(name: str) -> bytes:
    info = _stat(name)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(name, "not a regular file (a device, pipe or socket)")
    if info.st_size > MAX_INPUT_BYTES:
        raise InputError(name, f"file too large ({info.st_size} bytes; the limit is {MAX_INPUT_BYTES})")
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as err:
        raise InputError(name, _os_reason(err)) from err


def _stat(name: str) -> os.stat_result:
    try:
        return os.stat(name)
    except FileNotFoundError as err:
        raise InputError(name, "no such file") from err
    except OSError as err:
        raise InputError(name, _os_reason(err)) from err
    except ValueError as err:  # a NUL character in the path
        raise InputError(name, f"invalid path: {err}") from err


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    if isinstance(err, FileNotFoundError):
        return "no such file"
    return f"cannot read: {err.strerror or err}"


# ---------------------------------------------------------------------------------------------------
# Many inputs
# ---------------------------------------------------------------------------------------------------


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[InputError]]:
    """The files to read, and an error for each input that names none.

    A file is taken as given, whatever its suffix; a folder is walked recursively for files with a
    suffix in ``INPUT_SUFFIXES`` (hidden files and folders skipped), sorted; a glob (``samples/*.txt``,
    ``gazettes/**/*.pdf``) gives its matches with those suffixes, sorted. Files are deduplicated (by real
    path, the first mention kept) in the order the inputs name them.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.pdf", "notes.md"):
    ...     _ = (folder / name).write_text("x")
    >>> files, errors = expand_inputs([folder, folder / "b.txt", folder / "none.txt"])
    >>> [f.name for f in files], [e.reason for e in errors]
    (['a.pdf', 'b.txt'], ['no such file or directory'])
    """
    files: list[Path] = []
    errors: list[InputError] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for item in inputs:
        name = os.fspath(item)
        try:
            info = os.stat(name)
        except FileNotFoundError:
            info = None
        except (OSError, ValueError) as err:
            errors.append(InputError(name, _os_reason(err) if isinstance(err, OSError) else f"invalid path: {err}"))
            continue
        if info is None and _GLOB_MAGIC.search(name):
            matches = sorted(glob.glob(name, recursive=True))
            found = [path for match in matches for path in _walk(Path(match), errors)]
            if not matches:
                errors.append(InputError(name, "no file matches this pattern"))
            elif not found:
                errors.append(InputError(name, f"the pattern matches no {_SUFFIX_LIST} file"))
            for path in found:
                add(path)
        elif info is None:
            errors.append(InputError(name, "no such file or directory"))
        elif stat.S_ISDIR(info.st_mode):
            found = _walk(Path(name), errors)
            if not found:
                errors.append(InputError(name, f"the folder holds no {_SUFFIX_LIST} file"))
            for path in found:
                add(path)
        else:
            add(Path(name))
    return files, errors


def _wanted(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in INPUT_SUFFIXES


def _walk(path: Path, errors: list[InputError]) -> list[Path]:
    """A glob match or folder as the input files it holds, sorted; unreadable subfolders go to errors."""
    if not path.is_dir():
        return [path] if _wanted(path.name) else []
    found: list[Path] = []

    def unreadable(err: OSError) -> None:
        errors.append(InputError(err.filename or str(path), _os_reason(err)))

    for root, dirs, names in os.walk(path, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, n) for n in names if not n.startswith(".") and _wanted(n))
    return sorted(found)
