"""The main text of a saved government web page: its metadata block as 「label:value」 lines, then title
and body, without the site's navigation, footers and share buttons.

Government sites run a handful of content systems (TRS/WCM, gov.cn's UCAP, 政府信息公开 templates), so
the body is found by their id/class names and the 政府信息公开 table by its labels.
"""

from __future__ import annotations

import functools
import re

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

__all__ = ["html_main_text", "looks_like_html"]

# A file is a web page, whatever its suffix, when it opens with <html> or <!DOCTYPE html> (after comments).
# (after comments, and a server page's directives, JSP's or ASP's 「<%@ page … %>」 and PHP's 「<?php … ?>」, JU02)
# (each a tempered run, which cannot reach past its own end: a lazy one inside the repeat backtracks through every way of
# splitting a page's many directives, twice the time with each one more)
_HTML_START = re.compile(r"\s*(?:(?:<!--(?:(?!-->).)*-->|<%(?:(?!%>).)*%>|<\?(?:(?!\?>).)*\?>)\s*)*<(!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
_SNIFF_CHARS = 4096  # how far into a text the <html> start is looked for

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
        else:
            parts += [row for row in _rows_above(main) if not any(id(block) in keep for block in row.find_all(True))]
        parts.sort(key=lambda node: order[id(node)])
    metadata_ids = {id(block) for block in metadata}
    lines: list[str] = []
    for part in parts:
        lines.extend(_render(part, metadata_ids))
    return "\n".join(lines)


_ROWS_ABOVE = 4  # a layout table's rows over the main element's that may print the heading and the number
_ROW_CHARS = 200  # characters of such a row: a heading's or a number's, no paragraph


def _rows_above(main: Tag) -> list[Tag]:
    """The short rows of a layout table right above the row holding ``main``, where a page with no heading element
    prints the document's heading and number (a saved ministry page, CP08); none outside a table.

    >>> page = BeautifulSoup('<table><tr><td>某部文件</td></tr><tr><td>某发〔2012〕16号</td></tr><tr><td><div id="zoom">'
    ...                      '<p>各省:现通知如下。</p></div></td></tr></table>', "html.parser")
    >>> [row.get_text() for row in _rows_above(page.find(id="zoom"))]
    ['某部文件', '某发〔2012〕16号']
    """
    row = main.find_parent("tr")
    above: list[Tag] = []
    for sibling in row.find_previous_siblings("tr", limit=_ROWS_ABOVE) if row is not None else ():
        if len(sibling.get_text(strip=True)) > _ROW_CHARS:
            break
        above.append(sibling)
    return above[::-1]


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


def looks_like_html(text: str) -> bool:
    """Whether the text opens as a web page.

    >>> looks_like_html("<!-- saved --><!DOCTYPE html><html>"), looks_like_html("泸市府规〔2024〕1号")
    (True, False)
    >>> looks_like_html('<%@page contentType="text/html"%> <%@ include file="inc.jsp" %> <!DOCTYPE html>')
    True
    """
    return bool(_HTML_START.match(text, 0, _SNIFF_CHARS))
