"""Stage 2: a gazette's cleaned text -> its documents.

A document is anchored on the line where it prints its own 发文字号 right under its heading
(GB/T 9704's 版头). The heading is read back from there; the body runs to the next heading. The
table of contents, where there is one, is parsed too: its titles and numbers cross-check the
anchors and find the documents that print no number. A file with no anchors at all is one document
(a web page's text), read with its metadata block (索引号 / 发文机关 / 发文字号 / 成文日期) when present.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import add, attrgetter, contains
from typing import NamedTuple

from regkg.extract import cues
from regkg.extract.anchored import last_match
from regkg.extract.clean import Text, line_starts
from regkg.extract.docnum import find_docnums
from regkg.extract.head import DOCUMENT_MARKS, is_body_line, is_chrome, labelled_metadata, metadata, read_head, starts_with_label, title_in
from regkg.keys.chars import normalise_chars, openings
from regkg.keys.kinds import KIND_END as _KIND_END
from regkg.keys.numbers import year_of
from regkg.keys.orgs import ORG_NAME
from regkg.keys.orgs import ORG_SUFFIX_PATTERN as _ORG_SUFFIX
from regkg.keys.titles import title_key

__all__ = ["Line", "Segment", "Front", "segment", "lines_of", "DATE"]

DATE = re.compile(cues.DATE_PARTS)
_SITE_BANNER = re.compile(cues.SITE_BANNER)
_BRACKETED_DATE = re.compile(rf"\({DATE.pattern}\)")
# Where a heading starts: 「关于…」, a body's name before 关于/印发/转发, or a place's name (「泸州市…预案」);
# a wrapped line that merely looks like a name (「部际联席会议制度的批复」) continues the line above, and so does
# one whose "place" holds a verb: 「共同推进兰西城市群建设2020年」 (W06) is no 兰西城市.
_VERBS = "|".join(x for x in cues.NOT_BODY_OPENINGS if len(x) == 2)
_TITLE_OPENING = re.compile(
    rf"^(?:关于|[\u4e00-\u9fff()]{{2,40}}?(?:{_ORG_SUFFIX}|国务院)(?:关于|印发|转发|批转)"
    rf"|(?!印发|转发|批转|发布|颁布)(?:(?!{_VERBS})[\u4e00-\u9fff]){{2,7}}?(?:自治区|自治州|省|市|县|区|州|盟|旗)"
    rf"|中共|国务院|中华人民共和国)"
)
_SENTENCE_END = re.compile(r"[。;:!?]$")
_TOC = re.compile(r"^目录$")
_GAZETTE_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,20}公报$")
# (the year before either form, once: a pattern that opens with an alternation of groups is tried at every character, one
# that opens with the year's 1 or 2 only at those)
_ISSUE = re.compile(r"((?:19|20)\d{2})(?:\s*(?:年)?\s*(?:第\s*)?([0-9/]{1,5})\s*期|\s*[•·.]\s*([0-9/]{1,5}))")
_SERIAL = re.compile(r"总第\s*0*(\d+)\s*[期号]")
# A 政府令 is signed by the head of government: 「市 长 : 虞爱华」 「自治区代主席 王正伟」
_OFFICIAL = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:主席|省长|市长|县长|区长|州长|旗长|部长|主任|局长|厅长|总理|署长)[:]?[\u4e00-\u9fff·]{2,5}$")
_CLOSES_BODY = ("。", "!", "此复", "特此通知", "特此公告", "特此通告")
# A body's last sentence: a signing date run onto it (the page lost the line break, and cleaning the space)
# ends the document when no sentence follows (only lines of at most _RUN_ON_TAIL characters: 抄送, a footer).
_RUN_ON = re.compile(r"[。!]\s*$")
_RUN_ON_TAIL = 40
_PUBLIC = re.compile(r"^[(]此件[^)]{0,8}[)]$")
# metadata blocks also print 「成文日期:2023-05-06」 or 「2023.05.06」
_ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
# a page's posting day on a line of its own, its time too: no line of the heading under it (「发布时间:」 「2022-04-17」
# above 「进入杂多县内非法采集虫草的通告」, KA03)
_ISO_DAY_LINE = re.compile(rf"{_ISO_DATE.pattern}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")
# a trail's label on a line of its own, its links on the lines below or lost: 「当前位置」 above 「…公告」 (KF06)
_TRAIL_LABEL_LINE = re.compile(rf"{cues.BREADCRUMB_LABEL}\s*:?")
# A document printed under another's signature signs in brackets under its heading: its body and date.
_BRACKETED_SIGNATURE = re.compile(rf"[(](?P<inner>(?P<org>{ORG_NAME.pattern})\s*{cues.DATE})[)]")
_BRACKETED_WITHIN = 3  # lines below the heading it may stand (a body's own bracketed line is no signature)
# 「(此件公开发布)」 after the date, or before it on the date's line: 「(此件发至乡)   2017年6月13日」 (BD05)
_PUBLIC_TAIL = re.compile(r"[(]此件[^)]{0,8}[)]$|^[(]此件[^)]{0,8}[)]\s*")


class Line(NamedTuple):
    """One line of the cleaned text: ``text`` and its ``[start, end)`` in the cleaned string. A named
    tuple rather than a frozen dataclass: every line of a gazette is one, and a tuple is made faster."""

    text: str
    start: int
    end: int


_new_tuple = tuple.__new__
_text, _start = attrgetter("text"), attrgetter("start")


def _ymd(day: re.Match[str]) -> tuple[int, int, int]:
    """(year, month, day) of a match of :data:`DATE` (or of a pattern holding it), as a segment's date."""
    return int(day.group("y")), int(day.group("m")), int(day.group("d"))


def _written(rows, k: int, within: int, *, up: bool = False, text=str) -> int | None:
    """The nearest of ``rows`` with text within ``within`` rows below row ``k`` (above it, with ``up``),
    blank ones passed over, or None. ``rows`` are the lines' texts, or the lines themselves with
    ``text=_text``.

    >>> rows = ["关于印发", "", "的通知", ""]
    >>> _written(rows, 0, 2), _written(rows, 0, 1), _written(rows, 2, 3, up=True), _written(rows, 2, 3)
    (2, None, 0, None)
    """
    stop = max(k - within - 1, -1) if up else min(k + within + 1, len(rows))
    return next((j for j in range(k - 1 if up else k + 1, stop, -1 if up else 1) if text(rows[j])), None)


@dataclass
class Segment:
    """A document's place in the cleaned text, and what its heading and signature say."""

    title: str
    start: int  # heading's first character (cleaned offsets)
    end: int  # exclusive
    body_start: int  # after the number line (or heading)
    number: str | None = None
    number_printed: str | None = None
    date: tuple[int, int, int] | None = None
    issuer_lines: list[Line] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    signature_end: int | None = None  # where the covering notice's signature block ends
    metadata: dict[str, str] = field(default_factory=dict)
    title_span: tuple[int, int] | None = None  # the heading in the cleaned text, when one is printed
    masthead: list[str] = field(default_factory=list)  # issuers printed in the 版头 above the number


@dataclass(frozen=True)
class Front:
    """What the front matter says: the gazette's title, issue, serial, table of contents."""

    title: str | None
    issue: str | None
    serial: int | None
    toc: tuple[tuple[str, str | None], ...]  # (title, number) per entry
    toc_not_found: tuple[tuple[str, str | None], ...] = ()  # entries no document matched


def lines_of(s: str) -> list[Line]:
    """The lines of ``s``, each stripped, with its span.

    >>> lines_of(" 通知\\n\\n第一条 ")
    [Line(text='通知', start=0, end=3), Line(text='', start=4, end=4), Line(text='第一条', start=5, end=9)]
    """
    raws = s.split("\n")
    lengths = list(map(len, raws))
    starts = line_starts(raws)
    # tuple.__new__ makes each Line in C, and map and zip feed it in C: the generated Line.__new__, or a comprehension,
    # is a Python step per line of a gazette
    return list(map(_new_tuple, repeat(Line), zip(map(str.strip, raws), starts, map(add, starts, lengths))))


def _is_number_line(text: str) -> tuple[str, str] | None:
    """``(canonical, printed)`` when a line is nothing but a 发文字号 (possibly in brackets)."""
    inner = text.strip("()")
    if not inner or len(inner) > 24 or not inner.endswith("号"):
        return None
    found = find_docnums(inner)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(inner):
        return found[0].canonical, inner
    return None


def _title_line_ok(text: str) -> bool:
    # (a site's trail is no part of a heading under it: 「首页>范文大全>正文」 above 「加强三夏环境管理工作意见」, CN09)
    # (nor is a trail whose separators were folded to 》: 「您的位置:首页》法律资料网》法律法规》」, EZ09)
    return bool(text) and len(text) <= 80 and ">" not in text and not _TOC.match(text) and not _SENTENCE_END.search(text) \
        and not DATE.fullmatch(text) and not _ISO_DAY_LINE.fullmatch(text) and not _TRAIL_LABEL_LINE.fullmatch(text) \
        and not _PUBLIC.match(text) and not re.search(r"号\)?\(?\d+\)?$|\(\d+\)$", text) \
        and not _is_masthead(text) and not (text.endswith("》") and is_chrome(text)) and not _SITE_BANNER.search(text)


# An issuer's line above a heading: one body, several, or the first and how many more: 「甘肃省发展和改革委员会等10部门」 (BO05)
_ISSUERS_LINE = re.compile(rf"(?:{ORG_NAME.pattern})(?:[、 ](?:{ORG_NAME.pattern}))*(?:等(?:[0-9一二三四五六七八九十]+个?)?(?:部门|单位))?")


_AGAIN_WITHIN = 12  # lines below a page's title its document's own heading may print it again


def _printed_again_with_issuer(lines: list[Line], texts: list[str], k: int, ab: tuple[int, int]) -> int | None:
    """The line below ``k`` that prints line ``k``'s whole title again under an issuer's line of its own, or None."""
    if ab != (0, len(texts[k])) or not texts[k].startswith("关于"):
        return None
    again = next((j for j in range(k + 1, min(len(lines), k + _AGAIN_WITHIN)) if texts[j] == texts[k]), None)
    if again is None or (top := _read_heading(lines, again + 1)) is None or top >= again:
        return None
    return again


def _heading_over_salutation(lines: list[Line], texts: list[str], k: int) -> int | None:
    """The last line of a heading printed below line ``k``'s title under an issuer's line of its own, a salutation right
    under it, or None: a reprint's headline, then the document it reprints (「《X》批后公告」, then 「东昌府区人民政府」
    「关于《X》的批复」 「…许营镇人民政府:」, DY05)."""
    for j in range(k + 1, min(len(lines), k + _AGAIN_WITHIN)):
        if not _salutation(texts[j]):
            continue
        top = _read_heading(lines, j)
        if top is None or top <= k or not _ISSUERS_LINE.fullmatch(texts[top]):
            return None
        last = _written(texts, j, j - top, up=True)
        return last if last is not None and title_in(texts[last]) is not None else None
    return None


_TRAIL = re.compile(cues.BREADCRUMB)
_TRAIL_ITEMS = re.compile(r"[ \t]*(?:[|｜>»/]+|当前位置:|您的位置:)[ \t]*")


def _column_in_trail(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is a site's column, named again as an item of the trail under it: 「政策通知」 over 「当前位置:
    首页 | 集团资讯 | 政策通知 | 正文」 (FX07)."""
    below = _written(texts, k, 2)
    return below is not None and _TRAIL.search(texts[below]) is not None and texts[k] in _TRAIL_ITEMS.split(texts[below])


_PART_LABEL = re.compile(cues.SITE_COLUMN)


def _field_line(text: str) -> bool:
    """Whether a line above a heading is none of it: a database's part label alone, 「正文」 (GE06), or a page's fields with a
    number or a date for value, 「文号 靖政发〔2018〕53号 时效 有效」 (EH10) — not a line a label's word opens, 「时间银行…」
    「分类推进…」 (review)."""
    return bool(_PART_LABEL.match(text)) or any(find_docnums(normalise_chars(v)) or _day_in(v) for v in metadata(text).values())
_TITLE_LIST = 3  # whole titles in a row that make a list, not a heading


def _in_title_list(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is one of at least :data:`_TITLE_LIST` lines in a row, blank ones passed over, each a whole
    title ending in its 文种: a page's list of links or a gazette's contents above the document, no heading (FJ02:
    five notices' titles above the 政府令 the page prints)."""
    def whole(j: int) -> bool:
        return title_in(texts[j]) == (0, len(texts[j])) and bool(_KIND_END.search(texts[j]))

    if not whole(k):
        return False
    # distinct titles: a page printing its own three times (its title, a headline, the heading) lists nothing (review)
    run, j = {texts[k]}, k
    while len(run) < _TITLE_LIST and (j := _written(texts, j, 2, up=True)) is not None and whole(j):
        run.add(texts[j])
    j = k
    while len(run) < _TITLE_LIST and (j := _written(texts, j, 2)) is not None and whole(j):
        run.add(texts[j])
    return len(run) >= _TITLE_LIST


def _broken_before_kind(texts: list[str], k: int) -> tuple[int, int] | None:
    """``(0, len)`` of line ``k`` when it opens a heading, 「关于…」, whose 「的决定」 stands alone on the line below: a title
    broken before its 文种 (the lines are joined where the heading is read), else None. 「某市人民代表大会常务委员会」
    「关于张三同志代理某市人民政府市长」 「的决定」 (FJ04)."""
    if not texts[k].startswith("关于") or (j := _written(texts, k, 2)) is None:
        return None
    if texts[k].count("《") > texts[k].count("》") and (whole := _closed_below(texts, k)) and title_in(whole) == (0, len(whole)):
        return 0, len(texts[k])  # a title wrapped inside its 《》, its lines joined by the caller (_opens_a_title, JM05)
    below = texts[j]
    if len(below) > 12 or not below.startswith("的") or not _KIND_END.search(below) or title_in(texts[k] + below) is None:
        return None
    return 0, len(texts[k])


def _headline_over_heading(texts: list[str], k: int, ab: tuple[int, int]) -> int | None:
    """The line right below line ``k``'s title that prints a document's own heading, 「…关于…」 ending in its 文种, or None:
    a page's headline, then the heading of the document it prints (「信陽息縣全面禁止燃放煙花爆竹的通知」, then
    「息縣人民政府關於息縣全面禁止燃放煙花爆竹的通告」, FI08). A headline names no 关于."""
    if ab != (0, len(texts[k])) or "关于" in texts[k] or (j := _written(texts, k, 2)) is None:
        return None
    below = texts[j]
    return j if "关于" in below and title_in(below) == (0, len(below)) and _KIND_END.search(below) else None


def _heading_ending_headline(texts: list[str], k: int, ab: tuple[int, int]) -> int | None:
    """The line below line ``k`` that prints the heading its title ends with, 「关于…」 whole, or None: a news item's
    headline adds a place (and a source) to the heading of the document it prints (「新乡长垣市关于实施交通管制的通告
    (长垣市交通管理局)」, then 「关于实施交通管制的通告」, CY04), only chrome between them. Not a notice that hands one on,
    whose own salutation and body come first: 「…转发县民政局关于…的通知」, 「各乡镇人民政府:」, …, 「关于…的通知」 (review)."""
    title = texts[k][ab[0] : ab[1]]
    # (nor one that issues it: 「…印发县民政局关于…的通知」)
    if (about := title.find("关于", 1)) < 0 or any(verb in title[:about] for verb in (*_HANDING_VERBS, "印发")):
        return None
    for j in range(k + 1, min(len(texts), k + _AGAIN_WITHIN)):
        if _salutation(texts[j]):
            return None
        if texts[j].startswith("关于") and len(texts[j]) < len(title) and title.endswith(texts[j]) \
                and title_in(texts[j]) == (0, len(texts[j])):
            return j
    return None


_ISSUED_WITHIN = 20  # lines below a page's headline the notice issuing what it names may print its heading (a news item's lead between)


def _issuing_heading_below(texts: list[str], k: int, ab: tuple[int, int]) -> int | None:
    """The line below line ``k`` that prints the heading of a notice issuing what line ``k``'s title names, 「…印发《title》的
    通知」 whole, right over its salutation, or None: a page's headline names the rule, the document it prints is the notice
    that issues it (「长三角地区…攻坚行动方案」, a news item's lead, then 「关于印发《长三角地区…攻坚行动方案》的通知」 over 「南京、
    无锡…:」, AN06)."""
    title = texts[k][ab[0] : ab[1]]
    for j in range(k + 1, min(len(texts), k + 1 + _ISSUED_WITHIN)):
        if f"《{title}》" in texts[j] and _MATTER_OPENS.search(texts[j]) and title_in(texts[j]) == (0, len(texts[j])) \
                and _KIND_END.search(texts[j]) and (nxt := _written(texts, j, 2)) is not None and _addressed(texts[nxt]):
            return j
    return None


_LONG_LIST = 5  # 、 that make a line too long for _salutation's pattern a list of addressees


def _addressed(text: str) -> bool:
    """Whether line ``text`` is a salutation, however long its list (AN06's, 180 characters, is too long for _salutation's
    pattern); a page's label, 「附件下载:」 「政策解读:」, is none (review)."""
    return _salutation(text) or (text.endswith(":") and "。" not in text and text.count("、") >= _LONG_LIST)


def _salutation(text: str) -> bool:
    """Whether line ``text`` is a document's salutation, 「各乡镇人民政府:」: no news item's chrome."""
    return text.endswith(":") and bool(_SALUTATION_RUN_IN.fullmatch(text))


_WRAPPED_LINES = 3  # lines below its first a heading wrapped inside its marks runs over at the most


def _closed_below(texts: list[str], k: int) -> str | None:
    """Line ``k`` and the lines below it up to the one that closes its open 《 and ends with its kind, joined; or None."""
    last, joined = k, texts[k]
    for _ in range(_WRAPPED_LINES):  # (each written line; _opens_a_title bounds them all the same)
        if (nxt := _written(texts, last, 2)) is None or not _opens_a_title(texts, k, last, nxt):
            return None
        last, joined = nxt, joined + texts[nxt]
        if joined.count("《") <= joined.count("》"):
            return joined if _KIND_END.search(joined) else None
    return None


def _opens_a_title(texts: list[str], k: int, last: int, nxt: int) -> bool:
    """Whether the heading on lines ``k`` to ``last`` leaves a 《 open that line ``nxt`` goes on inside: 「关于印发《昌吉州落实
    〈自治区“十四五”」, 「城乡社区服务体系建设规划〉」, 「实施方案》的通知」 (JM05), a title wrapped inside its marks."""
    so_far = "".join(texts[k : last + 1])
    if nxt - k > _WRAPPED_LINES or so_far.count("《") <= so_far.count("》") or any(mark in texts[nxt] for mark in "。,;:"):
        return False
    # (the line that closes it ends the heading: a kind, or a title's own close with its kind to come below)
    return "》" not in texts[nxt] or bool(_KIND_END.search(texts[nxt])) or texts[nxt].endswith("》")


# What opens a title's matter, after its issuer: 「关于…」, or a handing over, 「某区人民政府办公室印发…」
_MATTER_OPENS = re.compile(r"关于|印发|转发|批转")


def _goes_on(line: str, below: str) -> bool:
    """Whether a heading's ``line`` that ends with a 文种 goes on to the line ``below``, which ends the title with its own
    after a 的: 「关于印发2021年区政府工作报告」 over 「目标任务分解方案的通知」 (C23)."""
    return _ends_inside(line) and "的" in below and bool(_KIND_END.search(below)) and not below.startswith("关于") \
        and _title_line_ok(below)


def _ends_inside(text: str) -> bool:
    """Whether ``text``, a heading's line that ends with a 文种, opens a title's matter and no 的 follows, so that the 文种
    is a noun the title goes on past: 「关于印发…工作报告」 「某区人民政府办公室印发…工作报告」, not 「关于…的紧急通知」 (review)."""
    return bool(_KIND_END.search(text)) and (m := _MATTER_OPENS.search(text, 0, 40)) is not None and "的" not in text[m.end() :]


def _read_heading(lines: list[Line], i: int) -> int | None:
    """Index of the first line of the heading that ends just above line ``i``, or None."""
    j = _written(lines, i, i, up=True, text=_text)
    if j is None or not _KIND_END.search(lines[j].text) or not _title_line_ok(lines[j].text):
        return None
    first = j
    title = lines[j].text
    steps = 0
    while not _TITLE_OPENING.match(title) and steps < 4:
        k = _written(lines, first, first, up=True, text=_text)
        # (a database's part label over it is no line of it: 「正文」, GE06)
        if k is None or not _title_line_ok(lines[k].text) or _field_line(lines[k].text) or \
                (_KIND_END.search(lines[k].text) and not _ends_inside(lines[k].text)):
            break
        first, title, steps = k, lines[k].text + title, steps + 1
    if title.startswith("关于"):
        k = _written(lines, first, first, up=True, text=_text)
        # 「转发省人力资源社会保障厅等部门」 wrapped above 「关于做好…的意见的通知」 (AG07)
        # (not a field, 「印发日期:2021年3月1日」 「印发机关:…」)
        if k is not None and lines[k].text.startswith(("转发", "批转", "印发")) and _title_line_ok(lines[k].text) \
                and not _KIND_END.search(lines[k].text) and ":" not in lines[k].text \
                and not starts_with_label(lines[k].text):
            first, title = k, lines[k].text + title
    if title.startswith(("关于", "转发", "印发")):  # an issuer on its own line above 「关于…」 「转发…」
        k = _written(lines, first, first, up=True, text=_text)
        # (not a field: 「標題 呼和浩特市人民政府辦公室」 then the title's lines is the page's field block, A17)
        if k is not None and _title_line_ok(lines[k].text) and _ISSUERS_LINE.fullmatch(lines[k].text) and len(lines[k].text) <= 40 \
                and not starts_with_label(lines[k].text):
            first = k
    return first


def _front(s: str, lines: list[Line]) -> tuple[str | None, str | None, int | None, int | None]:
    """The gazette's title, issue and serial, and the line of its contents' heading, from the first 80 lines of ``s``.

    Each pattern's own words are looked for first in those lines together (spaces out, as each line is read), and then
    line by line only when they are there: most heads print none of them."""
    head = lines[:80]
    region = s[: head[-1].end] if head else ""
    flat = region.replace(" ", "")
    title = issue = serial = toc_line = None
    if "公报" in flat:
        title = next((t for ln in head if (t := ln.text.replace(" ", "")).endswith("公报") and _GAZETTE_TITLE.match(t)), None)
        # a masthead printing the issue between its names: 「中国税务 1993年 第11期 税务法规公报」 (CW07)
        title = title or next((t for ln in head if ln.text.endswith("公报") and _issue_marked(ln.text)
                               and (m := _ISSUE.search(ln.text)) and _GAZETTE_TITLE.match(t := ln.text[m.end():].strip())), None)
    if _issue_marked(region):
        found = (_ISSUE.search(ln.text) for ln in head if _issue_marked(ln.text))
        if m := next(filter(None, found), None):
            y, n = m.group(1), m.group(2) or m.group(3)
            issue = f"{y}年第{'/'.join(str(int(x)) for x in n.split('/') if x)}期"  # 「2024.09/10」
    if "总第" in flat:
        found = (_SERIAL.search(t) for ln in head if "总第" in (t := ln.text.replace(" ", "")))
        serial = int(m.group(1)) if (m := next(filter(None, found), None)) else None
    if "目录" in flat:
        toc_line = next((k for k, ln in enumerate(head) if _TOC.match(ln.text.replace(" ", ""))), None)
    return title, issue, serial, toc_line


def _is_masthead(text: str) -> bool:
    """Whether ``text`` is a gazette's masthead with its issue, no heading: 「中国税务 1993年 第11期 税务法规公报」 (CW07)."""
    return text.endswith("公报") and _issue_marked(text) and _ISSUE.search(text) is not None


def _issue_marked(text: str) -> bool:
    """Whether ``text`` prints what _ISSUE needs: a year's 19 or 20, and a 期 or a dot (each found by ``str.find``, where
    a search for their class tests every character)."""
    return ("19" in text or "20" in text) and ("期" in text or "." in text or "•" in text or "·" in text)


# An entry's title ends with a 文种 that runs into no word, on the line it starts on: a line without one starts no entry.
_TITLE_END = re.compile(rf"(?:{'|'.join(cues.KINDS)})(?![》〉\u4e00-\u9fff])")
_TOC_ENTRY = re.compile(
    rf"(?P<title>[^()\n]*?(?:\([^()\n]{{0,30}}\)[^()\n]*?)*(?={openings(cues.KINDS)}){_TITLE_END.pattern})(?!\((?![^()]{{2,30}}号\))(?!\d{{1,3}}\)))"
    r"\s*(?:\((?P<num>[^()]{2,30}?号)\))?\s*(?:\(?\d{1,3}\)?)?"
)


def _toc_entries(joined: str) -> Iterator[re.Match[str]]:
    """The matches of _TOC_ENTRY in ``joined``, as ``finditer`` gives them, each searched for from the line of the next
    title's end.

    The lazy title, tried at each character of a line, reads on to the line's end where the line holds no title's end:
    the lines of a contents of chapters (「第一章总则」 「第二节立项」), and the text after the contents run into one line
    (「…公告形式…」), hold no entry and cost the square of their length."""
    pos = 0
    while (end := _TITLE_END.search(joined, pos)) and \
            (m := _TOC_ENTRY.search(joined, max(pos, joined.rfind("\n", 0, end.start()) + 1))):
        yield m
        pos = m.end()


def _parse_toc(block: str) -> tuple[tuple[str, str | None], ...]:
    """Titles and numbers of a table of contents (its lines joined: entries wrap)."""
    # entries wrap over lines; a line that ends with a 文种, a number or a page number ends one
    parts = []
    lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
    for k, line in enumerate(lines):
        # 「…政策指导意见」 + 「的通知」: a 文种 word inside a wrapped title does not end the entry
        continued = k + 1 < len(lines) and lines[k + 1].startswith(("的", "》", "〉", ")", "和", "及", "、"))
        ends = (_KIND_END.search(line) and not continued) or re.search(r"[号)\d]$", line)
        parts.append(line + ("\n" if ends else ""))
    joined = re.sub(r"^目录\n?", "", "".join(parts))
    entries = []
    for m in _toc_entries(joined):
        title = m.group("title").strip("-【】 ")
        title = re.sub(r"^[\u4e00-\u9fff]{0,8}文件", "", title) if not title.startswith("关于") else title
        if len(title) < 6:
            continue
        num = None
        if m.group("num"):
            found = find_docnums(m.group("num"))
            num = found[0].canonical if found else None
        entries.append((title, num))
    return tuple(entries)


_JOINT_NAMES = re.compile(rf"(?:{ORG_NAME.pattern}){{2,6}}")
# Joint issuers a signature may print a line each above its date: nine departments sign 「…等9部门」 notices (HW02),
# thirteen of a district and twenty-one ministries others (BW03, FR06)
_MOST_SIGNERS = 30


def _signature(lines: list[Line], start: int, stop: int) -> tuple[int | None, list[Line]]:
    """Index of the signing-date line within ``[start, stop)`` and the issuer lines above it."""
    for k in range(start, stop):
        if "年" not in lines[k].text:  # no date, no signature: most lines are spared both patterns
            continue
        # 「吕梁市人民政府办公室 2020年11月9日 (此件公开发布)」 「广东省人民政府办公厅 2014年5月11日 |」 「…日????」
        t = lines[k].text.rstrip(" |?？")
        if "此件" in t:  # the note's words first: _PUBLIC_TAIL is tried at every character of the line
            t = _PUBLIC_TAIL.sub("", t)
        if k - start <= _BRACKETED_WITHIN and (bracketed := _BRACKETED_SIGNATURE.fullmatch(t)) is not None:
            # 「(新余市国有资产监督管理委员会 2008年10月6日)」 under a heading: the issuer is in the brackets, the
            # heading above
            at = lines[k].start + bracketed.start("inner")
            return k, [Line(bracketed.group("org"), at, at + len(bracketed.group("org")))]
        m = DATE.search(t) if t.endswith("日") else None  # the first date, and it ends the line: a line not ending so
        if not m or m.end() != len(t):  # is spared the search
            continue
        head = t[: m.start()]
        if head and _RUN_ON.search(head) and not any(len(lines[j].text) > _RUN_ON_TAIL for j in range(k + 1, stop)):
            return k, []  # 「…作出更大贡献。 二○○五年二月七日」: a page ran the date onto the last sentence
        if head and not ORG_NAME.fullmatch(head):  # a sentence that ends with a date is not a signature
            continue
        above = next((lines[j].text for j in range(k - 1, max(start, k - 6) - 1, -1) if lines[j].text), "")
        if not head and _OFFICIAL.match(above):  # an order signed by its head: 「市 长 : 虞爱华」
            return k, []
        issuers: list[Line] = []
        if head:
            issuers.append(Line(head, lines[k].start, lines[k].start + len(head)))
        j = k - 1
        while j >= start and len(issuers) < _MOST_SIGNERS:
            u = lines[j].text
            if not u:
                j -= 1
                continue
            # (joint issuers printed side by side, the spaces between them gone: 「蚌埠市住房和城乡建设局蚌埠市发展和改革委员会蚌埠市
            # 财政局」, longer than one name may be, DI02)
            if len(u) <= 60 and (ORG_NAME.fullmatch(u) or _JOINT_NAMES.fullmatch(u)):
                issuers.insert(0, lines[j])
                j -= 1
                continue
            break
        # (or under 「(此页无正文)」, the mark of a signature's page: BX01)
        if issuers or k - start < 4 or (j >= start and (lines[j].text.endswith(_CLOSES_BODY) or lines[j].text.startswith(("附件", "附:"))
                                                       or "此页无正文" in lines[j].text)):
            return k, issuers  # a web page often drops the issuer line: the date stands under the last sentence
    return None, []


@dataclass(frozen=True)
class _Anchor:
    """Where a document starts: its heading lines, its number line (if any), where the body begins."""

    first: int  # first line of the document
    heading: tuple[int, int]  # [start, end) lines of the title
    number_line: int | None
    number: str | None
    printed: str | None

    @property
    def body_after(self) -> int:
        return max(self.heading[1] - 1, self.number_line if self.number_line is not None else -1)


def _anchors(lines: list[Line]) -> list[_Anchor]:
    """Documents anchored on their own 发文字号 line: under the heading (gazettes, web pages), or above
    it (a document's own 版头: 「川府发〔2023〕5号」 then 「四川省人民政府关于…的通知」)."""
    out: list[_Anchor] = []
    # a number line ends with 号: the lines that print one are picked out in C, and most lines are spared the call
    for i in compress(count(), map(contains, map(_text, lines), repeat("号"))):
        if (num := _is_number_line(lines[i].text)) is None:
            continue
        first = _read_heading(lines, i)
        if first is not None and _table_cell(lines, first, i):
            continue
        if first is not None:
            out.append(_Anchor(first, (first, i), i, *num))
            continue
        if _dated_row(lines, i):
            continue
        if (k := _written(lines, i, len(lines), text=_text)) is None:
            continue
        last = k
        while last < min(k + 3, len(lines)) and lines[last].text and _title_line_ok(lines[last].text):
            if _KIND_END.search(lines[last].text) and not (last + 1 < len(lines) and _goes_on(lines[last].text, lines[last + 1].text)):
                out.append(_Anchor(i, (k, last + 1), i, *num))
                break
            last += 1
    return out


# A table printed one cell to a line, its header's cells among them: 「序号」 「文件名称」 「文号」, then 「1」 「…的通知」
# 「金价费﹝2005﹞131号」 … (a clean-up notice's list of what stays in force, FK07). A row's title and number are a
# document the table lists, not one the text prints.
_NUMBER_COLUMN = re.compile("|".join(cues.META_LABELS["number"]))  # the column's head, a field's label for the number
_SERIAL_CELL = re.compile(r"[0-9]{1,3}")
_HEADER_WITHIN = 400  # lines above a row its table's header may stand


def _table_cell(lines: list[Line], first: int, number: int) -> bool:
    """Whether the heading read from line ``first``, its number at line ``number``, is a row's cells in a table printed
    one cell to a line: the cell above it the header's last, a row's serial number or the row before's number, a column
    of numbers named in a header within :data:`_HEADER_WITHIN` lines above, and no body under the number (a document
    printed right after a table, its salutation or a sentence under its number, is one: review). (A serial number alone
    on its line may be gone, taken by the cleaner for a page's number.)"""
    above = _written(lines, first, 2, up=True, text=_text)
    below = _written(lines, number, 3, text=_text)
    if above is None or (below is not None and ("。" in lines[below].text or lines[below].text.endswith(":"))):
        return False
    cell = lines[above].text
    if _NUMBER_COLUMN.fullmatch(cell):
        return True
    if not (_SERIAL_CELL.fullmatch(cell) or _is_number_line(cell)):
        return False
    return any(_NUMBER_COLUMN.fullmatch(lines[j].text) for j in range(above - 1, max(-1, above - _HEADER_WITHIN), -1))


def _dated_row(lines: list[Line], number: int) -> bool:
    """Whether the number at line ``number`` ends a row of such a table whose cells are a title, then its date, then the
    number: 「序号」 「标题」 「发文日期」 「文号」 over 「…的通知」 「1997年9月8日」 「苏地税发〔1997〕142号」 (a clean-up's list of
    what it repeals, FW01). The heading under it is the next row's title, no document's whose number this is."""
    date = _written(lines, number, 2, up=True, text=_text)
    if date is None or not DATE.fullmatch(lines[date].text) or (title := _written(lines, date, 2, up=True, text=_text)) is None:
        return False
    if not (_KIND_END.search(lines[title].text) or _RULE_END.search(lines[title].text)):
        return False  # a signer over the date: the signature of the document before, a heading under this number (review)
    return any(_NUMBER_COLUMN.fullmatch(lines[j].text) for j in range(date - 1, max(-1, date - _HEADER_WITHIN), -1))


def segment(c: Text) -> tuple[Front, list[Segment]]:
    """Split the cleaned text ``c`` into the gazette's front matter and its documents."""
    lines = lines_of(c.s)
    g_title, issue, serial, toc_line = _front(c.s, lines)
    anchors = _anchors(lines)
    if toc_line is not None and anchors and min(a.first for a in anchors) < toc_line:
        toc_line = None  # a 目录 below the first document is that document's own (a plan's contents, BB09), no gazette's

    toc: tuple[tuple[str, str | None], ...] = ()
    unmatched: list[tuple[str, str | None]] = []
    if toc_line is not None:
        toc_end = anchors[0].first if anchors else min(len(lines), toc_line + 60)
        toc_end_offset = lines[toc_end - 1].end if toc_end > toc_line else lines[toc_line].end
        toc = _parse_toc(c.s[lines[toc_line].start : toc_end_offset])
        unmatched = _cross_check(toc, anchors, lines, toc_end)

    segments: list[Segment] = []
    if not anchors:
        single = _single_document(c, lines) if any(ln.text for ln in lines) else None
        segments = [single] if single is not None else []
    anchors.sort(key=lambda a: a.first)
    if anchors and toc_line is None and (head := _handing_on_page(c, lines, anchors[0])) is not None:
        segments.append(head)
    for n, a in enumerate(anchors):
        end_line = anchors[n + 1].first if n + 1 < len(anchors) else len(lines)
        body_after = a.body_after
        seg = Segment(
            title="".join(ln.text for ln in lines[a.heading[0] : a.heading[1]] if ln.text),
            start=lines[a.first].start,
            end=min(lines[end_line - 1].end + 1, len(c.s)) if end_line > 0 else len(c.s),
            body_start=lines[body_after].end,
            number=a.number,
            number_printed=a.printed,
            title_span=(lines[a.heading[0]].start, lines[a.heading[1] - 1].end),
        )
        if a.number_line == a.first:  # 版头: the issuer's mark stands above the number
            seg.masthead = _masthead(lines, a.first)
        if n == 0 and toc_line is None and not segments:
            _take_page_head(seg, lines, a.first)
            seg.metadata = labelled_metadata([ln.text for ln in lines[body_after + 1 : min(end_line, body_after + 30)]]) | seg.metadata
        _fill_header(seg, lines, body_after + 1, end_line)
        segments.append(seg)
    segments = [part for seg in segments for part in _forwarded(c, lines, seg)]
    segments = [part for seg in segments for part in _annexed(lines, seg)]
    segments = [part for seg in segments for part in _passed_in_turn(lines, seg)]
    return Front(g_title, issue, serial, toc, tuple(unmatched)), _printed_once(segments)


# The note of the meeting that passed a decision, in brackets under its heading: 「(2023年5月31日济源市第十五届人民代表
# 大会常务委员会第七次会议通过)」
_PASSED_NOTE = re.compile(rf"\((?:{cues.PUBLISHED_LINE})\)")


def _passed_in_turn(lines: list[Line], seg: Segment) -> list[Segment]:
    """A legislature's decisions printed one after another, none numbered (a sitting's decisions in its gazette, or
    reprinted by a news page): under the signature and date that close one, the next one's heading over the note of
    the meeting that passed it is a document of its own (FJ04)."""
    own = bisect_left(lines, seg.body_start, key=_start)
    own_end = bisect_left(lines, seg.end, own, key=_start)
    for k in compress(range(own, own_end), map(str.startswith, map(_text, lines[own:own_end]), repeat("("))):
        # a meeting's note, not an order's 「(…政府公布)」
        if (note := _PASSED_NOTE.fullmatch(lines[k].text)) is None or not note.group().endswith(("通过)", "批准)")):
            continue
        first = _read_heading(lines, k)
        above = _written(lines, first, 2, up=True, text=_text) if first is not None and first > own else None
        if above is None or not DATE.fullmatch(lines[above].text):
            continue
        last = _written(lines, k, k - first, up=True, text=_text)
        assert last is not None
        title = "".join(ln.text for ln in lines[first : last + 1] if ln.text)
        # a decision, not the one an order's cover above promulgates under the same heading (review)
        if not title.endswith(_DECISIONS) or title == seg.title:
            continue
        rest = Segment(title=title, start=lines[first].start, end=seg.end, body_start=lines[k].end,
                       title_span=(lines[first].start, lines[last].end))
        seg.end = lines[first].start
        _fill_header(rest, lines, k + 1, bisect_left(lines, rest.end, k, key=_start))
        if rest.date is None:  # the later of two meetings' days, as head.promulgation reads the note
            day = DATE.search(note.group("date2") or note.group("date"))
            rest.date = _ymd(day)
        return [seg, *_passed_in_turn(lines, rest)]
    return [seg]


_DECISIONS = ("决定", "决议")  # what a legislature's sitting passes, printed in turn


def _printed_once(segments: list[Segment]) -> list[Segment]:
    """A document printed twice in a row, its number and heading the same each time, is one document: a page's head
    then the text under it, 「…3个通则的通知」 「林改发〔2021〕59号」 「2021年7月5日」 above the notice printed whole (EW04), or a
    notice printed whole twice (EJ08). The copy with the longer body is the document's; the page's fields are kept."""
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        if prev is not None and seg.number and seg.number == prev.number and title_key(seg.title) == title_key(prev.title):
            if seg.end - seg.body_start > prev.end - prev.body_start:
                seg.metadata = prev.metadata | seg.metadata
                out[-1] = seg
            continue
        out.append(seg)
    return out


# An annex line that heads a document printed in full below it, its salutation on the next line: 「附件:财政部 水利部关于
# 颁发《…》的通知(94)财农字第345号」 then 「各省、自治区、…:」 (BO04); 「附一:广东省高级人民法院关于…的请示报告 粤法经行字
# 〔1988〕第294号」 then 「最高人民法院:」 (BI01)
_ANNEX_MARK = re.compile(r"附件\s*[0-9一二三四五六七八九十]*\s*[:]?")  # an annex's mark on a line of its own
_ANNEX_DOCUMENT = re.compile(r"附(?:件|一|二|三|[1-9])?\s*[:]\s*(?P<t>[^。;:\n]{6,120}?(?:通知|请示报告|请示|报告|批复|决定|意见|复函|函))"
                             r"\s*(?P<n>[^\s。;:]{4,30}号)?")
_ADDRESSEES_LINE = re.compile(r"[^。;!?\n]{2,200}(?:政府|局|委|办|厅|部|院|会|单位|部门|机构|中心|\))[,;]?:")


# Or a bare 「附:」, the document under it headed as any is: its issuer, its heading over lines, its date and number, then
# its salutation: 「附:」 「江西省高级人民法院」 「关于撤销减刑裁定应当如何适用」 「法律条款的请示」 「1994年9月21日 赣高法〔1994〕110号」
# 「最高人民法院:」 (the request a reply answers, printed after it: EP03, EP01)
_BARE_ANNEX = re.compile(r"附\s*:")
_ANNEX_HEAD_LINES = 8  # lines from the mark to the salutation, blank ones passed over


def _headed_annex(lines: list[Line], k: int, end: int) -> Segment | None:
    """The document headed under the bare annex mark at line ``k``, up to ``end``, or None."""
    block: list[int] = []
    j = k
    while (j := _written(lines, j, 2, text=_text)) is not None and len(block) < _ANNEX_HEAD_LINES and lines[j].start < end:
        if _ADDRESSEES_LINE.fullmatch(lines[j].text):
            break
        block.append(j)
    else:
        return None
    dated = next((i for i, b in enumerate(block) if DATE.search(lines[b].text) or find_docnums(lines[b].text)), len(block))
    heading = block[:dated]
    title = "".join(lines[b].text.replace(" ", "") for b in heading)
    if not heading or not 6 <= len(title) <= 160 or not _KIND_END.search(title):
        return None
    found = [(n, lines[b].text[n.start : n.end]) for b in block[dated:] for n in find_docnums(lines[b].text)]
    day = next((d for b in block[dated:] if (d := DATE.search(lines[b].text))), None)
    first, last = lines[heading[0]], lines[heading[-1]]
    rest = Segment(title=title, start=first.start, end=end, body_start=lines[block[-1]].end,
                   title_span=(first.start, last.end), number=found[0][0].canonical if found else None,
                   number_printed=found[0][1] if found else None)
    _fill_header(rest, lines, block[-1] + 1, bisect_left(lines, end, j, key=_start))
    if rest.date is None and day is not None:
        rest.date = _ymd(day)
    return rest


def _annexed(lines: list[Line], seg: Segment) -> list[Segment]:
    """A document printed in full under an annex line that heads it: its own, from that line on."""
    # only the segment's own lines are read, found by their offsets (a gazette's lines are many, its documents too), and
    # of those only the ones that open with 附, picked out in C
    own = bisect_left(lines, seg.body_start, key=_start)
    own_end = bisect_left(lines, seg.end, own, key=_start)
    for k in compress(range(own, own_end), map(str.startswith, map(_text, lines[own:own_end]), repeat("附"))):
        ln = lines[k]
        if (m := _ANNEX_DOCUMENT.fullmatch(ln.text)) is None:
            if _BARE_ANNEX.fullmatch(ln.text) and (rest := _headed_annex(lines, k, seg.end)) is not None:
                seg.end = ln.start
                return [seg, *_annexed(lines, rest)]
            continue
        below = _written(lines, k, 3, text=_text)
        if below is None or not _ADDRESSEES_LINE.fullmatch(lines[below].text):
            continue
        found = find_docnums(m.group("n")) if m.group("n") else []
        number = found[0] if len(found) == 1 else None
        rest = Segment(title=m.group("t"), start=ln.start, end=seg.end, body_start=ln.end,
                       title_span=(ln.start + m.start("t"), ln.start + m.end("t")),
                       number=number.canonical if number else None, number_printed=m.group("n") if number else None)
        seg.end = ln.start
        _fill_header(rest, lines, k + 1, bisect_left(lines, rest.end, k + 1, key=_start))
        return [seg, *_annexed(lines, rest)]
    return [seg]


# 「转发…《X》的通知」, and a government's 「批转省发展改革委X的通知」 (approving and forwarding); several titles in a row,
# 「批转市发展改革委制订的《A》《B》的通知」 (CC01)
_FORWARDED = re.compile(r"(?:转发|批转)(?:[^《]{0,40}?)?(?:(?P<t>《[^》]{4,120}》(?:[、和及]?《[^》]{4,120}》)*)|(?P<plain>[^《》]{4,120}?))"
                        r"的(?:通知|函)$")
_IN_BOOK_MARKS = re.compile(r"《([^》]+)》")


# A notice that extends a rule issued before (「关于延长《X》有效期的通知」, 「关于继续执行《X》的通知」) and prints it:
# the rule is not the notice's own, as a forwarded document is not.
_EXTENDED = re.compile(r"(?:延长|延续|继续执行|继续实施)《(?P<t>[^》]{4,120})》(?:的)?(?:有效期)?(?:的)?(?:通知|公告|决定)$")


# A notice with no such title (printed from its salutation) hands the document on in its body:
# 「现将《国务院关于…的批复》(国函〔2009〕125号)转发给你们」
_HANDED_ON = re.compile(r"现将(?P<who>[^《。]{0,40}?)《(?P<t>[^》]{4,120})》(?:[((][^()()]{2,30}[))]|[\u4e00-\u9fff]{2,12}〔\d{4}〕\d{1,5}号)?"
                        r"(?:转发|批转)给?(?:你们|你单位|你局|你委|你办|各)"
                        # 「国家地震局《…的报告》已经国务院同意,现转发给你们」 (AI02, AG07)
                        r"|(?<![\u4e00-\u9fff])(?P<who2>[^《。\n]{0,60}?)《(?P<t2>[^》]{4,120})》"
                        # (or 「市政府同意X《…》,现转发给你们」, the consent before it, CC03)
                        r"(?:已经[^。《]{0,20}?同意)?,现(?:予)?(?:转发|批转)给?你们")
_HANDING_VERBS = ("转发", "批转")  # what every _HANDED_ON prints


def _handed_on(s: str, start: int, end: int) -> re.Match[str] | None:
    """_HANDED_ON in ``s[start:end]``, looked for only when its verb is printed there: its second branch, a lazy run
    after a lookbehind, is tried at every character, and few documents hand one on."""
    if all(s.find(verb, start, end) < 0 for verb in _HANDING_VERBS):
        return None
    return _HANDED_ON.search(s, start, end)


# a forwarded document's heading with its number after it: 「国务院关于…的批复(国函〔2009〕125号)」
_NUMBER_AFTER = re.compile(r"[((](?P<n>[^()()]{4,24}号)[))]$")


def _handing_on_page(c: Text, lines: list[Line], first: _Anchor) -> Segment | None:
    """A page's own notice above the first document with a heading and number, when it hands that document on
    in its body (「现将《…》陕政办发〔2018〕73号转发你们」) and its own number, if printed, is another (P04): the
    notice's number stands only in the page's field block, so no anchor marks it. Without it the notice's
    signing date and fields were taken for the forwarded document's."""
    texts = [ln.text for ln in lines[: first.first]]
    if not any(map(is_body_line, texts)) or _handed_on(c.s, 0, lines[first.first].start) is None:
        return None
    seg = _single_document(c, lines[: first.first])
    if seg is None or not seg.title or (seg.number is not None and seg.number == first.number):
        return None
    seg.end = lines[first.first].start
    return seg


_ISSUER_LINE = 30  # the longest line read as a forwarded document's issuer under its heading


def _closes_unopened(text: str) -> bool:
    """Whether ``text`` closes a title mark it does not open (「关于加强…的通知>」).

    >>> _closes_unopened("关于加强本区防汛管理工作的通知>"), _closes_unopened("关于转发〈某办法〉的通知")
    (True, False)
    """
    return text.count("》") > text.count("《") or text.count("〉") > text.count("〈") or text.count(">") > text.count("<")


def _forwarded(c: Text, lines: list[Line], seg: Segment) -> list[Segment]:
    """A notice that forwards documents (「…转发市发改委等部门《X》的通知」, or 「现将《X》转发给你们」 in its body)
    or extends one (「关于延长《X》有效期的通知」) prints each in full after its own signature: each is one of its
    own, from its heading on."""
    after = seg.signature_end if seg.signature_end is not None else seg.body_start
    handed = _handed_on(c.s, seg.body_start, after) if seg.signature_end is not None else None
    wanted: list[str] = []
    if (m := _FORWARDED.search(seg.title) or _EXTENDED.search(seg.title)) is not None:
        named = m.group("t") or m.groupdict().get("plain") or ""
        titles = _IN_BOOK_MARKS.findall(named) or [named]
        wanted = list(dict.fromkeys(key for title in titles for key in _forwarded_keys(title)))
        bodies = _forwarding_bodies(seg.title)
    elif handed is None or "印发" in seg.title:
        # (a notice headed 「关于印发X的通知」 issues X, whatever its body's verb: 「X已经县人民政府研究同意,现转发给你们」 under it
        # hands on no document of another's, X printed after it is its attached rule, GT01)
        return [seg]
    else:
        bodies = _named_bodies(handed.group("who") or handed.group("who2") or "")
    if handed is not None:  # the body names it too, maybe as its heading prints it: 「…意见的报告」 for 「…意见报告」 (AI02)
        wanted = list(dict.fromkeys(wanted + _forwarded_keys(handed.group("t") or handed.group("t2"))))
    parts, end = [seg], seg.end  # each document found ends the one before it
    headings: list[int] = []  # the last line of each found document's heading
    for k, ln in enumerate(lines):
        if not wanted:
            break
        if ln.start < after or ln.start >= end or not ln.text or ln.start < parts[-1].body_start:
            continue
        # the heading on one line, or broken over two (「甘肃省2012年经济体制改革」 「重点工作意见」), blank lines
        # between them on a page that spaced it out
        below = _written(lines, k, 3, text=_text)
        for last in (k, below):
            if last is None or lines[last].start >= end:
                break
            text = "".join(x.text for x in lines[k : last + 1])
            numbered = _NUMBER_AFTER.search(text)
            number = _is_number_line(numbered.group("n")) if numbered else None
            if number is not None:
                text = text[: numbered.start()]
            # (broken in two, it is the title exactly: a signature's last line may stand right above it)
            key = next((w for w in wanted if (_key(text).endswith(w) if last == k else _key(text) == w)), None)
            # (not a title quoted in a sentence and broken over lines there: 「…《关于报请区政府批转<」 then 「关于加强…的通知>」
            # then 「的请示》(嘉建交[2014]55号)收悉」, BU06, its closing mark printed and its opening one above it)
            # (nor a label's line, 「附件:X办法」 「相关解读:X办法」: review)
            if key and len(text) <= len(key) + 30 and _title_line_ok(text) and "《" not in text and ":" not in text \
                    and not _closes_unopened(text):
                # its issuer printed alone on the line under it (「人力资源社会保障厅」, BR04) is no sentence of its body
                under = _written(lines, last, 2, text=_text)
                signed = under is not None and lines[under].start < end and len(lines[under].text) <= _ISSUER_LINE \
                    and ORG_NAME.fullmatch(lines[under].text) is not None
                rest = Segment(title=text, start=ln.start, end=end, body_start=lines[under if signed else last].end,
                               title_span=(ln.start, ln.start + len(text) if last == k else lines[last].end),
                               masthead=bodies, number=number and number[0], number_printed=number and number[1])
                parts[-1].end = ln.start
                parts.append(rest)
                headings.append(last)
                wanted = [w for w in wanted if not (w.endswith(key) or key.endswith(w))]  # read: named one way or another
                break
    for rest, last in zip(parts[1:], headings):  # each signs within its own lines, not the next one's
        stop = bisect_left(lines, rest.end, last + 1, key=_start)
        _fill_header(rest, lines, last + 1, stop)
    return parts


_RULE_END = re.compile(rf"(?:{'|'.join(cues.RULE_KINDS)})$")

_KIND_AFTER = re.compile(f"的?{_TITLE_END.pattern}")
_WHOLE_REACH = 3000  # characters past the cut title its whole heading is looked for within (the page's head, no body)


def _whole_heading(s: str, field: str, after: int) -> tuple[int, int] | None:
    """Where ``s`` prints the title ``field`` with its kind after it, past ``after``: the whole of a title a metadata
    block's field cut before its kind (its kinds' pattern finds none in the field)."""
    at = s.find(field, after, after + _WHOLE_REACH)
    while at >= 0:
        if m := _KIND_AFTER.match(s, at + len(field)):
            return at, m.end()
        at = s.find(field, at + 1, after + _WHOLE_REACH)
    return None


_ISSUING_NOTICE = re.compile(r"关于印发(?P<rule>[^《》]{6,100})的通知$")
_EDITION_TAIL = re.compile(r"\([^()]{1,12}\)$")  # 「(试行)」 「(2020年修订)」 after a rule's kind
_SHORTEST_PART = 6  # a part shorter names no document of its own (「考核办法」 heads a chapter as well)


def _forwarded_keys(named: str) -> list[str]:
    """The title keys of what a forwarding title names, as printed and less the bodies that may lead it
    (「转发市发展改革委市综合行政执法局X方案」; 「X投资(集团)有限公司管理办法」 is led by none, its company is its
    subject): the whole first, then, when the whole joins rules by 和 or 、 (「转发A管理办法和B管理办法的通知」), each
    rule. A forwarded notice (「转发…关于印发A和B的通知的通知」) is one document, whatever it joins."""
    keys: list[str] = []
    for whole in dict.fromkeys((named, _LEADING_BODIES.sub("", named))):
        if len(_key(whole)) >= 4:
            keys.append(_key(whole))
        if whole.startswith("关于") and _RULE_END.search(whole) and len(_key(whole)) >= _SHORTEST_PART + 2:
            # a rule the bodies made, headed without their 关于: 「转发市文化局市新闻出版局关于厦门地方文献征集管理办法的
            # 通知」 over 「厦门地方文献征集管理办法」 (GO04)
            keys.append(_key(whole[2:]))
        if (issued := _ISSUING_NOTICE.search(whole)) and _RULE_END.search(_EDITION_TAIL.sub("", issued.group("rule"))):
            # the rule a forwarded notice issues, printed without the notice: 「转发国家烟草专卖局关于印发烟草专卖许可证管理办法
            # 实施细则(试行)的通知」 over 「烟草专卖许可证管理办法实施细则(试行)」 (IH01)
            keys.append(_key(issued.group("rule")))
        parts = re.split(r"和|、|及", whole)
        if len(parts) > 1 and "关于" not in whole and "印发" not in whole and \
                all(len(_key(x)) >= _SHORTEST_PART and _RULE_END.search(x) for x in parts):
            keys += map(_key, parts)
    return list(dict.fromkeys(keys))


def _forwarding_bodies(title: str) -> list[str]:
    """The bodies whose document a notice forwards, named after 转发 (「转发市发展改革委、市财政局《…》」)."""
    m = re.search(r"(?:转发|批转)(?P<who>[^《]{2,60}?)(?:等部门|等单位)?《", title)
    if m is None:  # no 《》: the bodies that lead the title (「批转省发展改革委青海省2012年…意见的通知」)
        m = re.search(r"(?:转发|批转)(?P<who>[^《》]*)", title)
        who = _LEADING_BODIES.match(m.group("who")) if m else None
        return _named_bodies(who.group()) if who else []
    # (what they did to it before the title: 「批转市发展改革委制订的《…》」, CC01)
    return _named_bodies(_DRAWN_UP.sub("", m.group("who")))


_DRAWN_UP = re.compile(r"(?:制订|制定|拟订|拟定|起草|编制|报送)?的$")


def _named_bodies(who: str) -> list[str]:
    """The bodies a list names (「市发展改革委、市财政局」), each a whole name."""
    return [n for n in re.split(r"[、和]", who) if ORG_NAME.fullmatch(n)]


# 「转发市发展改革委市综合行政执法局贵阳市生活垃圾分类制度实施方案」: the forwarding bodies before the title;
# 「转发省人力资源社会保障厅等部门关于做好…的意见」 (AG07) before its 关于, counted or not: 「转发市交通运输局等四部门关于…」 (IA01)
_LEADING_BODIES = re.compile(rf"^(?:(?:{ORG_NAME.pattern})[、和]?)+?"
                             rf"(?:(?=(?:(?![和及与、])[\u4e00-\u9fff]){{2,8}}(?:市|省|县|区|自治区))"
                             rf"|(?:等[0-9一二三四五六七八九十]{{0,3}}个?(?:部门|单位))?(?=关于))")


def _key(title: str) -> str:
    return re.sub(r"[\s《》〈〉<>()\-]", "", title)


def _cross_check(toc, anchors: list[_Anchor], lines: list[Line], toc_end: int) -> list[tuple[str, str | None]]:
    """Match the table of contents against the anchored documents; find the headings of entries that
    print no number line (adding them to ``anchors``); return the entries found nowhere."""
    numbers = {a.number for a in anchors}
    titles = ["".join(ln.text for ln in lines[a.heading[0] : a.heading[1]]) for a in anchors]
    taken = {k for a in anchors for k in range(a.first, a.body_after + 1)}
    missing = []
    for title, number in toc:
        key = _key(title)
        if (number and number in numbers) or any(_key(t).endswith(key) or key.endswith(_key(t)) for t in titles if t):
            continue
        spot = _find_heading(key, lines, toc_end, taken)
        if spot is None:
            missing.append((title, number))
            continue
        first, last = spot
        anchors.append(_Anchor(first, (first, last + 1), None, number, None))
        taken.update(range(first, last + 1))
    return missing


def _find_heading(key: str, lines: list[Line], start: int, taken: set[int]) -> tuple[int, int] | None:
    """First and last line of the shortest heading (one to three lines) whose text ends with ``key``."""
    for k in range(start, len(lines)):
        if k in taken or not lines[k].text or not key.endswith(_key(lines[k].text)[-6:]):
            continue
        joined = ""
        for j in range(k, max(start, k - 3) - 1, -1):  # walk back from the heading's last line
            if j in taken or not _title_line_ok(lines[j].text):
                break
            joined = _key(lines[j].text) + joined
            if joined.endswith(key) and len(joined) - len(key) <= 30:
                return j, k
    return None
# 「泸州市人民政府办公室文件」: the 发文机关标志 of a 版头, 文件 after the body's name
_MASTHEAD = re.compile(rf"^(?P<org>(?:{ORG_NAME.pattern})(?:[、 ](?:{ORG_NAME.pattern}))*)(?:文件)?$")
_MASTHEAD_RULES = "—-_ "  # the rules a 版头's line may be set between, no part of its names


def _masthead_line(text: str) -> re.Match[str] | None:
    """_MASTHEAD on a line, the rules around it stripped; none on a heading's line cut short, 「东丽区人民政府关于印发 国民经济和
    社会」 (its 会 a body's ending, FD08): a body's name holds no 关于."""
    return None if "关于" in text else _MASTHEAD.match(text.strip(_MASTHEAD_RULES))


_SITE = re.compile(cues.SITE_NAME)
# A page's 版头 stands right above its heading, a few lines up at most: a body's name further up is the site's (「返回顶部」,
# CH01), and so is one of a run of them, the site's menu of departments (「发展和改革委员会」 「教育厅」 …, GV06)
_MASTHEAD_REACH = 12
_MENU_RUN = 3  # bodies' names a line after another that are a menu, not a joint 版头's issuers


def _masthead_from(first: int, title_line: int | None) -> int:
    """The first head line a page's 版头 may stand on: _MASTHEAD_REACH above its heading, if it has one."""
    return first if title_line is None else max(first, title_line - _MASTHEAD_REACH)


def _in_menu(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is one of _MENU_RUN or more bodies' names, a line each, blank lines between them passed over."""
    run = 1
    for up in (True, False):
        j = k
        while (j := _written(texts, j, 3, up=up)) is not None and _masthead_line(texts[j]):
            run += 1
            if run >= _MENU_RUN:
                return True
    return False


_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# What an order's cover says of the rule it promulgates: 「《X》业经…常务会议通过」 「《X》已于…经第7次部务会议通过」
_RULE_OPENS = re.compile(r"第[一二三四五六七八九十百零〇0-9]+[章条]")


_CONTENTS_REACH = 300  # lines a document's own table of contents may run to


# A news item's pointer to the document it prints below its lead: a line of arrows, or 「全文如下」 「具体通告如下」
# (KS03, FN10, GQ02, EX01); not a document's own 「现将有关事项通告如下:」, which its items follow
_POINTER = re.compile(r"[↓⬇]{2,}|(?:[^。,;:!?\s]{0,8}?(?:全文|原文)|具体(?:通告|通知|公告|内容))如下[::]?[↓⬇]*")
_POINTER_REACH = 60  # lines from the text's first that a news item's lead may run to
_POINTER_GAP = 5  # lines from a pointer to the next pointer or the heading, blank ones among them (KS03: three blank)
_WRAPPED_HEADING = 80  # characters of a heading wrapped over two lines at the most
_WRAPPED_GAP = 2  # lines from a wrapped heading's first line to its second, a blank one between


def _heading_under_pointer(texts: list[str], first: int) -> int | None:
    """The line of the heading a news item's pointer stands over, within _POINTER_REACH lines of ``first``, or None: the
    document's own heading, whatever headline and lead the item prints above it (「拉萨市人民政府最新通告」, the news,
    「具体通告如下」, 「↓↓」, then 「拉萨市人民政府关于开展城乡环境」 「综合大整治行动的通告」, FN10). Not a pointer under a
    document's own salutation or date: a notice that hands one on prints 「原文如下:」 over it (DY05)."""
    k, sentences = None, False
    for i in range(first, min(len(texts), first + _POINTER_REACH)):
        if not texts[i]:
            continue
        # (a news item's lead is sentences, its date above them; a salutation is a document's, as is a date under sentences,
        # a signature's)
        if _salutation(texts[i]) or sentences and DATE.fullmatch(texts[i]):
            return None
        sentences = sentences or "。" in texts[i]
        if _POINTER.fullmatch(texts[i]):
            k = i
            break
    j = k
    while j is not None and (j := _written(texts, j, _POINTER_GAP)) is not None and _POINTER.fullmatch(texts[j]):
        pass  # 「具体通告如下」 then 「↓↓」
    if j is None:
        return None
    heading = texts[j]
    if (nxt := _written(texts, j, _WRAPPED_GAP)) is not None and not _KIND_END.search(heading) and \
            len(heading) + len(texts[nxt]) <= _WRAPPED_HEADING:
        heading += texts[nxt]  # wrapped over two lines
    return j if title_in(heading) == (0, len(heading)) and _KIND_END.search(heading) and "。" not in heading else None


def _heading_after_contents(texts: list[str], toc: int) -> int | None:
    """The line of the heading a document prints under its own table of contents (line ``toc``, 「目录」): the line before
    the one that repeats the contents' first entry, when it reads as a title (「目录」 「1.总则」 … 「8.6预案生效时间」
    「金桥乡自然灾害救助应急预案」 「1.总则」, KI04)."""
    entry = next((k for k in range(toc + 1, min(len(texts), toc + _CONTENTS_REACH)) if texts[k]), None)
    if entry is None:
        return None
    previous = entry
    for k in range(entry + 1, min(len(texts), toc + _CONTENTS_REACH)):
        if not texts[k]:
            continue
        if texts[k] == texts[entry]:
            return previous if previous > entry and title_in(texts[previous]) is not None else None
        previous = k
    return None


def _heading_candidates(texts: list[str], first: int, end: int) -> list[int]:
    """The head's lines in the order a heading is looked for in them: from the top, except that a rule's heading
    standing right above its first chapter or article comes first — chrome above it on a database page may end like
    a title too (「档案管理制度」, a site's column over 「三亚市物业管理实施办法(2011)」, BJ04)."""
    order = list(range(first, max(end, first + 1)))
    if end < len(texts) and _RULE_OPENS.match(texts[end]):
        above = _written(texts, end, end - first, up=True)
        if above is None or above == first or (ab := title_in(texts[above])) is None or ab[0] != 0:
            return order
        before = next((texts[k] for k in range(above - 1, first - 1, -1) if texts[k]), "")
        # (not the last line of a heading wrapped over lines: 「松桃苗族自治县城区燃放烟花爆竹」 then 「管理条例」, AR09)
        if starts_with_label(before) or ":" in before or title_in(before) is not None:
            order.remove(above)
            order.insert(0, above)
    return order


# (or the verb first: 「现公布《农业农村部关于修改部分规章的决定》,自公布之日起施行」, DL06); either way the title is the match's one
# group, its ``lastgroup``
# (or a news item's 「《X》全文如下。」 over the document printed whole, FD10)
_PROMULGATED = re.compile(r"《(?P<t>[^》]{4,80})》(?:已于|已经|业经|已由|经)[^。]{0,60}?(?:通过|批准|同意)"
                          r"|现(?:予以?)?(?:公布|发布|颁布)《(?P<v>[^》]{4,80})》|《(?P<w>[^》]{4,80})》全文如下")


def _masthead(lines: list[Line], number_line: int) -> list[str]:
    """The issuers named by the 版头's 发文机关标志 above a document's number line."""
    for k in range(number_line - 1, max(number_line - 5, -1), -1):
        t = lines[k].text.strip(_MASTHEAD_RULES)
        if not t:
            continue
        m = _MASTHEAD.match(t)
        return [m.group("org")] if m and len(t) <= 60 else []
    return []


def _take_page_head(seg: Segment, lines: list[Line], first: int) -> None:
    """A web page prints its chrome and title above the document's own 版头: when nothing above the
    first anchored document is body text, that head is the document's (its metadata block too)."""
    texts = [ln.text for ln in lines[:first]]
    seg.metadata = labelled_metadata(texts[-30:])  # a field block above the 版头 is the page's, whatever else is there
    if (m := next((m for t in texts[-4:] if (m := DATE.fullmatch(t))), None)) is not None:  # 「最高人民法院\n2017年9月22日」
        seg.date = _ymd(m)
    if not any(texts) or any(is_body_line(t) for t in texts):
        return
    top = next(k for k, t in enumerate(texts) if t)
    seg.start = lines[top].start
    seg.metadata = read_head(texts, top).metadata | seg.metadata


# A run of levels opens one addressee: 「各省、自治区、直辖市水利(水务)厅(局)」 is one (Q02), not 「各省」 and 「自治区」.
_LEVEL_ONLY = re.compile(cues.PLACE_LEVELS)


_OUTSIDE_BRACKETS = r"(?![^()〔〕\[\]]*[)〕\]])"  # no closing bracket ahead before an opening one
_ADDRESSEE_SPLIT = re.compile(rf"[,、]{_OUTSIDE_BRACKETS}")  # not inside a bracket


_GROUP_SPLIT = re.compile(rf",{_OUTSIDE_BRACKETS}")  # a salutation's groups of items: its commas, not inside a bracket
# A salutation's places named before a body of the last of them share its bodies, and so do the bodies named alone after
# it: 「长春市、吉林市、珲春市长吉图办、财政局」 is each city's 长吉图办 and 财政局, 「永吉县长吉图办(发改局)及财政局」 the
# county's two, 「通化市发改委、财政局」 the city's two (BR10). A place is a name and its level's character, not a generic
# one (各区县, 本市); a body alone names no place or level (「泸县人民政府、市财政局」 is two bodies).
# A province too, as a ministry addresses its departments: 「辽宁省、黑龙江省、…、广西自治区发展改革委」 (GO06); a level's
# word alone names no place (「自治区、直辖市…」).
# (nor a qualifier's 「有关省、自治区…」, review)
_BARE_PLACE = (r"(?![各本全])(?!(?:有关|相关|其他|沿海|沿江|沿边|试点))(?!(?:自治区|直辖市|自治州|自治县|自治旗|设区市|县级市|计划单列市)"
               r"(?![\u4e00-\u9fff]))[\u4e00-\u9fff]{1,5}?[市县区州旗盟省]")
_PLACE_AND_BODIES = re.compile(rf"(?P<place>{_BARE_PLACE})(?P<bodies>[\u4e00-\u9fff]+?(?:{_ORG_SUFFIX})(?:\([^()]{{1,10}}\))?"
                               rf"(?:及[\u4e00-\u9fff]+?(?:{_ORG_SUFFIX}))*)")
_BODY_ALONE = re.compile(rf"(?![各本全省市县区州旗盟乡镇])[\u4e00-\u9fff]{{1,8}}?(?:{_ORG_SUFFIX})")
_PLACE_ALONE = re.compile(_BARE_PLACE)


def _places_sharing(items: list[str]) -> list[str] | None:
    """The addressees of one group of a salutation whose places share the bodies after them, each place with each
    body; None for any other group.

    >>> _places_sharing(["长春市", "吉林市", "珲春市长吉图办", "财政局"])
    ['长春市长吉图办', '长春市财政局', '吉林市长吉图办', '吉林市财政局', '珲春市长吉图办', '珲春市财政局']
    >>> _places_sharing(["通化市发改委", "财政局"])
    ['通化市发改委', '通化市财政局']
    >>> _places_sharing(["辽宁省", "河南省", "广西自治区发展改革委"])
    ['辽宁省发展改革委', '河南省发展改革委', '广西自治区发展改革委']
    >>> _places_sharing(["各区县", "市直部门"]), _places_sharing(["泸县人民政府", "市财政局"]), _places_sharing(["泸县人民政府"])
    (None, None, None)
    """
    k = 0
    while k < len(items) and _PLACE_ALONE.fullmatch(items[k]):
        k += 1
    if k == len(items) or (named := _PLACE_AND_BODIES.fullmatch(items[k])) is None \
            or not all(_BODY_ALONE.fullmatch(x) and not _PLACE_ALONE.match(x) for x in items[k + 1 :]):
        return None
    if named.group("place").endswith(("省", "自治区")) and not k:
        return None  # provinces share a body only as a ministry lists them, places first: not 「江苏省商务厅、海关总署」 (review)
    bodies = [*named.group("bodies").split("及"), *items[k + 1 :]]
    places = [*items[:k], named.group("place")]
    return [place + body for place in places for body in bodies] if len(places) * len(bodies) > 1 else None


_ENDING_ALONE = frozenset("委办局厅处室")  # 「各委、办、局」: endings printed alone, each the group's kind of body


def addressees(line: str) -> list[str]:
    """The addressees a salutation names, one per item; a run of levels stays with the item it opens; places
    share the bodies named after them (:func:`_places_sharing`).

    >>> addressees("各省、自治区、直辖市水利(水务)厅(局),新疆生产建设兵团水利局")
    ['各省、自治区、直辖市水利(水务)厅(局)', '新疆生产建设兵团水利局']
    >>> addressees("各区县人民政府,市政府各部门、各直属机构")
    ['各区县人民政府', '市政府各部门', '各直属机构']
    >>> addressees("各县(市、区)人民政府,各县(市、区)")  # a bracket's items stay in it
    ['各县(市、区)人民政府', '各县(市、区)']
    >>> addressees("通化市、白山市发改委、财政局,省直有关部门")
    ['通化市发改委', '通化市财政局', '白山市发改委', '白山市财政局', '省直有关部门']
    >>> addressees("各镇人民政府,区政府有关委、办、局,各街道办事处")  # a body's ending alone goes on the item before it
    ['各镇人民政府', '区政府有关委、办、局', '各街道办事处']
    """
    out: list[str] = []
    held = ""
    for group in _GROUP_SPLIT.split(line):
        items = [item for item in _ADDRESSEE_SPLIT.split(group) if item]
        if not held and (shared := _places_sharing(items)) is not None:
            out += shared
            continue
        for item in items:
            if _LEVEL_ONLY.fullmatch(item):
                held += item + "、"
                continue
            if item in _ENDING_ALONE and out and not held:  # 「区政府有关委、办、局」 is one group of bodies (BU06)
                out[-1] += "、" + item
                continue
            out.append(held + item)
            held = ""
    return out + ([held.rstrip("、")] if held else [])


# A line that ends so opens the body, no salutation: 「为加快发展,经市政府同意,现提出以下意见:」 「…特作如下规定:」 「市政府决定:」
_OPENING_SENTENCE_END = re.compile(r"(?:如下|以下意见|通知|规定|决定|意见|通告|公告|要求|修改|批复|答复|函复)(?:如下)?:$")
# (and so does a line heading the list of what the document repeals: 「为维护法治统一,市政府决定对以下2件市政府规章予以
# 废止:」 「经研究,决定废止下列规章:」, a legislature's decision printed with no salutation)
_REPEAL_LIST_HEAD = re.compile(cues.REPEAL_LIST_HEAD)
_STATUS_NOTE = re.compile(rf"(?:{cues.KEPT_BY_NOTE}|{cues.ENDED_BY_NOTE})$")
# the salutation run into it ends with a body's name or an area's: 「各县(市、区):为做好…通知如下:」 「各乡镇、街道:…」
_SALUTATION_RUN_IN = re.compile(rf"[^。:;《》]{{1,100}}?(?:{_ORG_SUFFIX}|单位|部门|机构|室|县\(市、区\)|街道|乡镇|社区|兵团|企业"
                                rf"|学校|大学|盟市|区县|县区|市州|政府|\([^()]{{1,8}}\)):")


# an item's mark opens no salutation: 「(10)省民政厅:负责…」 is a member's duty (FY05)
_ITEM_MARK_OPENING = re.compile(r"[(（]?[0-9一二三四五六七八九十]{1,3}[)）.、]")
# what a page run into one line prints before its salutation: marks, its heading and number, up to the number's 号
_RUN_IN_HEAD = re.compile(r"^(?:[^:]*号(?=[\u4e00-\u9fff]))?[^\u4e00-\u9fff]*")


# A reply printed with no salutation answers the body whose request it quotes, as its own name opens its title:
# 「你局《津南区民政局关于报请…的请示》收悉」 is addressed to 津南区民政局 (BU08)
_REQUESTER = re.compile(r"你[\u4e00-\u9fff]{1,2}《(?P<who>[\u4e00-\u9fff()]{2,40}?(?:局|委|厅|办|院|部|署|府|会|司|中心))关于[^《》]")


def _fill_header(seg: Segment, lines: list[Line], start: int, stop: int) -> None:
    """Addressees, signing date and issuer lines of a document whose body starts at line ``start``."""
    k = start
    while k < stop and not lines[k].text:
        k += 1
    # an unsigned document's date in brackets under its number, before its salutation: 「公境〔2013〕2688号」
    # 「(2013年10月30日)」 「海南省人民政府:」 (CJ09, a compilation; a gazette prints so too)
    under = _BRACKETED_DATE.fullmatch(lines[k].text) if k < stop else None
    if under is not None:
        k += 1
        while k < stop and not lines[k].text:
            k += 1
    # a database's notes on the document's status, under its number: 「税谱®提示:根据…《…》(…号)规定,继续有效」 (JG02)
    while k < stop and (not lines[k].text or _STATUS_NOTE.search(lines[k].text)):
        k += 1
    # A 通告's opening sentence that ends 「…有关事项通告如下:」 names no addressee (BC05, _OPENING_SENTENCE_END), unless a
    # salutation runs into it: 「各区市县人民政府,…,市政府办公室各处室:根据…,现就…通知如下:」 (Q07)
    line = lines[k].text if k < stop else ""
    if _OPENING_SENTENCE_END.search(line) or _REPEAL_LIST_HEAD.search(line):
        line = run_in.group() if (run_in := _SALUTATION_RUN_IN.match(line)) and run_in.end() < len(line) else ""
    elif ":" in line and not line.endswith(":") and not _ITEM_MARK_OPENING.match(line) \
            and (run_in := _SALUTATION_RUN_IN.match(line)):
        # any body run in after its salutation: 「各乡镇人民政府,县直各部门:现将…印发给你们。」 (a page on one line); what
        # ran in before it, a heading and its number, 「…的通知鄂府办发〔2023〕53号各旗区人民政府,…:」, is none of it
        line = _RUN_IN_HEAD.sub("", run_in.group())
    if line.endswith(":") and len(line) <= 120 and "。" not in line:  # (a sentence's colon is no salutation's: CW08)
        seg.addressees = addressees(line.rstrip(":"))
    elif k < stop and lines[k].text.startswith("你") and (asked := _REQUESTER.match(lines[k].text)):
        seg.addressees = [asked.group("who")]
    d, issuers = _signature(lines, start, stop)
    if d is not None:
        m = DATE.search(lines[d].text)
        assert m is not None
        seg.date = _ymd(m)
        seg.issuer_lines = issuers
        seg.signature_end = lines[d].end
    if seg.date is None and under is not None:
        seg.date = _ymd(under)
    if seg.date is None and (m := _run_in_signature(lines, start, stop)):
        seg.date = m
    if seg.date is None and (m := _field_date(seg)):
        seg.date = m
    if seg.date is None and (m := _printed_on(lines, start, stop)):
        seg.date = m


# The colophon's imprint, the day a document was issued: 「…2019年7月16日印发」
_IMPRINT = re.compile(rf"{DATE.pattern}印发")
# its line under a document that prints no signature: 「桂东县人民政府办公室2017年5月27日印发」 (EI01)
_PRINTED_ON = re.compile(rf"[\u4e00-\u9fff()]{{0,30}}?{_IMPRINT.pattern}")


def _printed_on(lines: list[Line], start: int, stop: int) -> tuple[int, int, int] | None:
    """The date of the last colophon line 「…年…月…日印发」 among ``lines[start:stop]``, or None."""
    for k in range(stop - 1, start - 1, -1):
        if lines[k].text.endswith("印发") and (m := _PRINTED_ON.fullmatch(lines[k].text.strip())):
            return _ymd(m)
    return None


def _field_date(seg: Segment) -> tuple[int, int, int] | None:
    """The signing date a metadata block gives: its 成文日期, else a publication date that is no site's
    posting time (a clock time, or a year other than the number's, says a mirror re-posted the page)."""
    for name in ("written", "published"):
        value = seg.metadata.get(name, "")
        if not (m := _day_in(value)):
            continue
        y = int(m.group("y"))
        if name == "published":
            year = year_of(seg.number)
            if (year is None and _CLOCK.search(value)) or (year is not None and not year <= y <= year + 1):
                continue
        return y, int(m.group("m")), int(m.group("d"))
    return None


def _day_in(value: str) -> re.Match[str] | None:
    """The day a field's value prints, 「2020年1月1日」 or 「2020-01-01」 (its ``y``, ``m``, ``d``), or None."""
    return DATE.search(value) or _ISO_DATE.search(value)


_POSTED_WITHIN = 365  # days a page is posted within of the latest day its text prints before it (a mirror: years)
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# a site's own lines: its clock (「2020年07月04日 星期六」) and its copyright (「Copyright 2003-2024年」), no day of the text's
_SITE_DAY = re.compile(r"星期|版权|Copyright|©", re.I)
# a day printed right after a body's name: a signature run into the text (「…请认真组织实施。 平潭综合实验区管委会办公室 2022年6月7日
# 附件…」, a page printed on one line, GD11)
_SIGNED_BEFORE = re.compile(rf"(?:{_ORG_SUFFIX})\s*$")


# A signature run into the text by a page that lost its breaks: the body's name then the day, after the last sentence or the
# attachments' list, before the attachments or a note: 「…确保黄河防凌安全。山东省人民政府办公厅2021年1月8日」 「…明细表山东省医疗
# 保险事业中心2020年9月14日附件…」 (JR02, JR04); a name 「(…代章)」 (JR06); or before the heading of the rule the notice issues, as
# its 《》 above names it: 「现将《某…管理办法》印发给你们,请遵照执行。某经济发展局某财政金融局2021年11月26日某…管理办法第一章…」 (LO08). No clause stands between the last stop and the name: a
# day a sentence names after a body (「经市政府2021年1月8日常务会议…」) is none. Nor is the 版记's 「…办公室2020年4月3日印发」, which
# a rule's key does not read as its date (BL04, HQ01; _printed_on reads the line of one that prints no other).
_RUN_IN_SIGNED = re.compile(rf"(?:{_ORG_SUFFIX})(?:\([^()\n]{{1,16}}代章\))?[ \t]*(?P<date>{DATE.pattern})"
                            r"(?:[ \t]*(?:$|附件|\(此件|抄送)|(?P<after>(?=[\u4e00-\u9fff]{8})))", re.M)
_ISSUED_AFTER = 10  # characters of the issued rule's heading after a run-in signature that its 《》 in the notice must open with


def _run_in_signature(lines: list[Line], start: int, stop: int) -> tuple[int, int, int] | None:
    """The day of the signature run into the text of lines ``start`` to ``stop`` (_RUN_IN_SIGNED), where the first name and
    day so run in follows a stop on its line with no clause or cell between: a forwarding notice's own, refused, leaves the
    day of the notice it forwards unread (JT04), and a table's row (「…\t县人民政府办公室\t2021年3月1日」) signs nothing."""
    for k in range(start, stop):
        text = lines[k].text
        if "日" not in text or not (m := next((m for m in _RUN_IN_SIGNED.finditer(text) if m.group("after") is None
                                               or "《" + text[m.end() : m.end() + _ISSUED_AFTER] in text[: m.start()]), None)):
            continue
        opened = max(text.rfind("。", 0, m.start()), text.rfind("!", 0, m.start()))
        # (or it opens its line, alone or after an attachments' label: 「山东省人民政府办公厅2021年1月8日附件:…」 「附件:…名单山东省
        # 人民政府办公厅2021年1月8日」, review)
        if opened < 0:
            opened = label.end() - 1 if (label := _ATTACHMENTS_LABEL.match(text)) else -1 if m.start() <= _NAME_REACH else None
        return _ymd(m) if opened is not None and not _CLAUSE_MARK.search(text, opened + 1, m.start()) else None
    return None


_ATTACHMENTS_LABEL = re.compile(r"附件[0-9一二三四五六七八九十]*:")
_NAME_REACH = 40  # characters a signing body's name before its day takes at most, when it opens its line
_CLAUSE_MARK = re.compile(r"[,;\t|]")


def _posted_on(seg: Segment, lines: list[Line], start: int, stop: int) -> tuple[int, int, int] | None:
    """The date a page's posting time with its clock (「发布时间:2023-04-17 08:50:33」) gives a document that prints no date of
    its own that was read and no number, where its text, lines ``start`` to ``stop``, bears the posting out: the latest day it
    prints on or before it is at most _POSTED_WITHIN days before (a page is posted some days after its text is signed; a
    mirror's posting in 2024 of a rule of 2010 is not its date), or, printing no such day, the latest year it prints up to the
    posting's is the posting's or the year before (「为做好2018年…工作」; days after the posting, a deadline's, count for
    neither). That latest day, printed after a body's name, is the signature run into the text and the date; otherwise the
    posting's day is. What a site prints about itself bears nothing out."""
    value = seg.metadata.get("published", "")
    if year_of(seg.number) is not None or not _CLOCK.search(value) or not (m := _day_in(value)):
        return None
    if (posted := _day(day := _ymd(m))) is None:
        return None
    texts = [text for k in range(start, stop) if "年" in (text := lines[k].text) and not _SITE_DAY.search(text)]
    days = [(d, text, day.start()) for text in texts for day in DATE.finditer(text) if (d := _day(_ymd(day)))]
    if before := [x for x in days if x[0] <= posted]:
        latest, text, at = max(before, key=lambda x: x[0])
        if (posted - latest).days > _POSTED_WITHIN:
            return None
        signed = _SIGNED_BEFORE.search(text, max(0, at - 40), at) is not None
        return (latest.year, latest.month, latest.day) if signed else day
    years = [y for text in texts for x in _YEAR.findall(text) if (y := int(x)) <= posted.year]
    return day if years and max(years) >= posted.year - 1 else None


def _day(ymd: tuple[int, int, int]) -> datetime.date | None:
    """The calendar day ``ymd`` names, or None for one no calendar has (「2月30日」)."""
    try:
        return datetime.date(*ymd)
    except ValueError:
        return None


_ORDER_HEADING = re.compile(cues.ORDER_HEADING)


def _order_cover(lines: list[Line], texts: list[str], first: int) -> tuple[int, int] | None:
    """The span of the numbered heading of an order or an announcement near the top, on one line or two
    (「遵义市人民政府令第55号」; 「中华人民共和国交通部令」 then 「2006年第8号」), when that order is the document.

    It is, unless its cover promulgates one rule or decision whose text is printed below it (「《X的决定》业经…
    通过,现予公布」, then the decision's body): that one is the document, as a 政府令 in a gazette is. An order
    that promulgates two rules (H07) or prints only its cover (I01) is the order.
    """
    heading = None
    for k in range(first, min(len(lines), first + 20)):
        if _ORDER_HEADING.fullmatch(texts[k]):
            heading, below = (lines[k].start, lines[k].end), k + 1
            break
        if texts[k].endswith(tuple(cues.ORDER_KINDS)):
            nxt = _written(texts, k, 2)
            if nxt is not None and _ORDER_HEADING.fullmatch(texts[k] + texts[nxt]):
                heading, below = (lines[k].start, lines[nxt].end), nxt + 1
                break
    if heading is None:
        return None
    # (ten lines of text, blanks and a repository's comments between them passed over: DL06)
    for k in [j for j in range(below, min(len(lines), below + 40)) if texts[j]][:10]:
        if (m := _PROMULGATED.search(texts[k])) is not None:
            one = texts[k].count("《", 0, m.end(m.lastgroup)) - texts[k].count("〈", 0, m.end(m.lastgroup)) == 1
            # (the rule's text below it, or on its line: a page printed on one line, 「…现予公布,…第一条为了…」, AP02)
            printed = any(map(is_body_line, texts[k + 1 :])) or "第一条" in texts[k][m.end() :]
            return None if one and printed else heading
    return heading


# A published table or list of duties, no heading of its own (「牵头单位 | 目标任务 | 责任单位」 「牵头单位:区发改委」, P02,
# O09): a document, untitled, when two such heads or labels open lines (one 「责任单位:…」 line in a news item is none).
_DUTY_TABLE_HEAD = re.compile(rf"^[|\s]*(?:{'|'.join(cues.BODY_COLUMN_LABELS)})(?:[|\s]*$|:)", re.M)
# or its header row of cells, one of them a body column's: 「序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |」 (DH04)
_DUTY_TABLE_ROW = re.compile(rf"^[|\s]*(?:[^|\n]{{1,20}}\|[ \t]*)+(?:{'|'.join(cues.BODY_COLUMN_LABELS)})[ \t]*\|", re.M)


# A Word file's page header, dumped after the text by a converter with its field codes: the imprint's 「…2019年7月16日
# 印发」, then 「PAGEPAGE最高人民检察院高检发释字〔2019〕3号」 (AU08). The field code tells the header from a document printed
# after the imprint (a forwarded one's 「某省人民政府办公厅某政办发〔2024〕8号」 on the next line): _IMPRINT.
_FIELD_CODES = re.compile(r"[ \t]*(?:(?:PAGE|NUMPAGES|MERGEFORMAT)[ \t\d-]*)+")
_HEADER_NAME = 30  # the longest issuer's name the header prints before the number


def _header_after_imprint(s: str) -> tuple[str, str] | None:
    """The document's own number, printed only in a page header a converter set after the imprint; or None.

    >>> _header_after_imprint("…抄送:某部。\\n某院办公厅2019年7月16日印发PAGEPAGE最高人民检察院办公厅高检办发〔2019〕3号誖蒈")
    ('高检办发〔2019〕3号', '高检办发〔2019〕3号')
    >>> _header_after_imprint("某市人民政府办公室2024年3月1日印发\\n某省人民政府办公厅某政办发〔2024〕8号\\n各市人民政府:")
    """
    if "PAGE" not in s and "MERGEFORMAT" not in s:  # no field code (NUMPAGES holds PAGE): the imprint is not looked for
        return None
    imprint = last_match(_IMPRINT, s)
    if imprint is None or not (codes := _FIELD_CODES.match(s, imprint.end())) or not codes.group().strip():
        return None
    header = s[codes.end() : codes.end() + _HEADER_NAME + 20]
    # the issuer's name runs into the code (「…检察院办公厅高检办发」): the number follows the longest whole name
    for i in range(min(len(header), _HEADER_NAME), 1, -1):
        if ORG_NAME.fullmatch(header, 0, i) and (found := find_docnums(header[i:])) and found[0].start == 0 \
                and found[0].canonical.index("〔") >= 2:  # a code of one character is a name's end: 「…办」+「发〔…〕」
            return found[0].canonical, header[i : i + found[0].end]
    return None


def _opened_above(texts: list[str], k: int) -> int | None:
    """The line above line ``k``, one or two lines of text up (blanks between), that opens a 《 no line closes
    before ``k``, or None."""
    above = [j for j in range(k - 1, max(k - 6, -1), -1) if texts[j]][:2]
    for n, up in enumerate(above):
        if texts[up].startswith("《") and "》" not in texts[up] and len(texts[up]) <= 40:
            return up if all("《" not in texts[j] and "》" not in texts[j] and len(texts[j]) <= 40 for j in above[:n]) else None
    return None


_KINDS_ALONE = frozenset(cues.KINDS)  # a heading's last line may be its 文种 alone


def _over_kind_alone(lines: list[Line], texts: list[str], k: int) -> int | None:
    """The first line of the heading whose last line, ``k``, is its 文种 alone (「熊口镇关于禁止燃放烟花爆竹的」, then
    「通 告」, DJ03), or None."""
    top = _read_heading(lines, k + 1) if texts[k] in _KINDS_ALONE else None
    return top if top is not None and top < k else None
_GOES_ON = ("和", "及", "与", "暨", "的")  # what a heading's second line may open with, no heading's first


def _wrapped_above(texts: list[str], k: int) -> int | None:
    """The line above line ``k`` (a blank between at most) that a heading wrapped from: a heading's line ending
    in no kind, or None."""
    up = _written(texts, k, 2, up=True)
    if up is None or not _title_line_ok(texts[up]) or _KIND_END.search(texts[up]) or is_body_line(texts[up]):
        return None
    return up


def _unfinished_above(texts: list[str], k: int) -> int | None:
    """The line above line ``k`` (blanks between) that opens a title it does not finish: 「X关于印发」, or None."""
    up = _written(texts, k, 3, up=True)
    if up is None or is_body_line(texts[up]):
        return None
    if _UNFINISHED_HEADING.fullmatch(texts[up]) and "关于" not in texts[k]:
        return up
    # or a rule's heading broken before its last words, its place's name opening it: 「济南市机动车排气污染」 over
    # 「防 治 条 例」 (FS01, a PDF's letter-spaced line)
    if len(texts[k]) <= _RULE_TAIL and texts[k].endswith(cues.RULE_KINDS) and _TITLE_OPENING.match(texts[up]) \
            and not _KIND_END.search(texts[up]) and _title_line_ok(texts[up]) and "关于" not in texts[up]:
        return up
    # or the two lines are the heading printed whole above them: 「# 某自治县城乡规划建设管理条例」 … 「某自治县城乡规划」, a blank,
    # 「建设管理条例」 (CL03)
    joined = texts[up] + texts[k]
    return up if any(texts[j].strip(_HEADING_MARKS) == joined for j in range(max(up - _HEAD_ABOVE, 0), up)) else None


_RULE_TAIL = 8  # characters of a rule's heading's last line broken from the line above
_HEADING_MARKS = " #*"  # a markdown heading's marks around a line's text
_HEAD_ABOVE = 20  # lines above a broken heading where it may stand whole (a database's fields between: CL03)

# a heading's first line that stops after its 关于 (and a verb): 「昭通市人民政府关于印发」; no site's link or trail
_UNFINISHED_HEADING = re.compile(r"(?!.*(?:关于我们|首页|当前位置))[^>|:《》]{2,30}关于[\u4e00-\u9fff]{0,8}")


# A heading's line that hands over a title and ends with it, the heading's own 文种 still to come: 「关于印发2022年《政府工作报告》」
_HANDED_OVER_END = re.compile(r"(?:^|关于)(?:印发|转发|批转)[^《》]{0,20}《[^《》]{2,60}》$")


_BYLINE = re.compile(cues.BYLINE)
_HEADLINE_WITHIN = 12  # lines from the page's first its headline may stand
_SHORTEST_HEADLINE = 8
# what a site's own lines print and a headline does not: its buttons in brackets, menus of words between spaces, its QR code
_SITE_WORDS = re.compile(r"[【】|｜\[\]]|[\u4e00-\u9fff]{2,6}[ \t]+[\u4e00-\u9fff]{2,6}[ \t]+[\u4e00-\u9fff]|扫一扫|二维码|无障碍|打印|关闭|繁體|简体"
                         r"|浏览器|分享到|当前位置")


_NUMBER_TO_TITLE = 40  # characters from a number's end to the title printed after it: an issuer's name at most


def _number_before_title(s: str, title: str) -> tuple[str, str] | None:
    """``(canonical, printed)`` of the number printed right before the title a page's fields give, an issuer's name at most
    between, where the fields give no number: a page run into one line, 「…QQ空间 岚综管办〔2015〕180号平潭综合实验区管委会办公室
    关于开展…的通知区直各部门…:」 under 「标题: 关于开展…的通知」 「文号: 」 (GD02)."""
    at = s.find(title)
    while (at := s.find(title, at + 1)) > 0:  # each printing after the field's own
        base = max(0, at - _NUMBER_TO_TITLE - 30)
        if not (nums := find_docnums(normalise_chars(s[base:at]))):
            continue
        n = nums[-1]
        between = s[base + n.end : at]
        # (not a document the text names or hands on: 「现将…闽安委办〔2016〕3号关于…的通知转发给你们」, review)
        if len(between) <= _NUMBER_TO_TITLE and (not between or ORG_NAME.fullmatch(between)) \
                and not _NAMED_BEFORE.search(s, max(0, base + n.start - _NAMED_REACH), base + n.start) \
                and not _HANDED_AFTER.match(s, at + len(title)):
            return n.canonical, s[base + n.start : base + n.end]
    return None


_NAMED_BEFORE = re.compile(r"现将|转发|批转|根据|按照|依据|依照|贯彻|落实|《")
_NAMED_REACH = 30
_HANDED_AFTER = re.compile(r"》|转发|印发|精神|要求|的(?:通知|要求)|等")


def _headline_over_byline(texts: list[str], first: int) -> tuple[int, tuple[int, int]] | None:
    """The line of a news page's headline right over its byline, and the headline's span in it (a number before it
    left out), when the page prints no heading that names a 文种: 「县卫健委2021年政府工作报告任务分解」 over
    「文章来源:灵璧县卫生健康委员会 … 发表时间:2021-05-07」 (FV04, AG08). The byline stands in the page's head, above its
    body's first sentence or salutation (a footer's 「信息来源:…」 under a signature is none: review; stray item marks 「1.」
    above a page's fields are no body, FP13). A site's trail, a label's line, a body's
    name alone, a sentence, a news story's headline of clauses (「…制度建立:民政部牵头,21个部门组成」, FR04) or a site's
    own words (「【打印本页】【关闭窗口】」 「某某县人民政府网」 「首页 政务公开 …」: review) is none."""
    for k in range(first, min(len(texts), first + _HEADLINE_WITHIN)):
        if not _BYLINE.match(texts[k]):
            if not (is_chrome(texts[k]) or _SITE_WORDS.search(texts[k])) and \
                    ("。" in texts[k] or texts[k].endswith(":") and not starts_with_label(texts[k])):
                return None  # the body's first sentence or its salutation (not a site's trail or banner: review)
            continue
        above = _written(texts, k, 2, up=True)
        if above is None or above < first:
            return None
        t = texts[above]
        if not _title_line_ok(t) or is_chrome(t) or starts_with_label(t) or is_body_line(t) or len(t) < _SHORTEST_HEADLINE \
                or _BYLINE.match(t) or ORG_NAME.fullmatch(t) or ("," in t or ":" in t) and "关于" not in t \
                or _SITE_WORDS.search(t) or _SITE.search(t):
            return None
        if (ab := title_in(t)) is None:
            nums = find_docnums(normalise_chars(t))
            a = nums[0].end if nums and nums[0].start <= 1 else 0
            ab = a + len(t[a:]) - len(t[a:].lstrip()), len(t)
        return above, ab
    return None


# A news page that names the document it prints, then prints it after 「如下:」: 「中国政府网公布《国务院关于同意建立…的批复》,
# 批文如下:」 then 「旅游局:」 (FR10); 「…发布《国务院办公厅关于…的函》强调,…」 then 「详细内容如下:」 (FR04). The document's title
# is the one named; the text after the 如下 line is its body.
_REPORTED = re.compile(rf"(?:发布|公布|印发|下发|出台)了?《(?P<t>[^《》\n]{{6,80}}(?:{'|'.join(cues.KINDS)}))》")
_SHOWN_BELOW = re.compile(r"(?:全文|原文|批文|详细内容|具体内容|内容|文件)?如下:$")
_REPORTED_WITHIN = 24  # lines (blank ones too) from the page's top the naming sentence and its 如下 line stand within


def _reported_document(lines: list[Line], first: int) -> tuple[tuple[int, int], int] | None:
    """The span of the title a news page names and the line its document's body starts at, or None."""
    named = None
    for k in range(first, min(len(lines), first + _REPORTED_WITHIN)):
        text = lines[k].text
        if named is None or "《" in text:
            m = _REPORTED.search(text)
            named = (lines[k].start + m.start("t"), lines[k].start + m.end("t")) if m else named
        if named is not None and _SHOWN_BELOW.search(text):
            # (the document printed under it opens with its salutation: a reading's own text after 「如下:」 is none, EB01, FZ08)
            below = next((j for j in range(k + 1, min(len(lines), k + 4)) if lines[j].text), None)
            after = lines[below].text if below is not None else ""
            salutation = after.endswith(":") and len(after) <= 60 and "。" not in after or bool(_SALUTATION_RUN_IN.match(after))
            return (named, k + 1) if salutation and not after.startswith(("一、", "(一)", "1.")) else None
    return None


def _single_document(c: Text, lines: list[Line]) -> Segment | None:
    """A file that is one document: a web page's or a database's text, its head read by
    :func:`regkg.extract.head.read_head`, title or no title.

    ``None`` only when nothing marks the text as a government document: no title, no 发文字号, no
    metadata block, no salutation, signature or closing phrase.
    """
    texts = list(map(_text, lines))
    first = next((k for k, t in enumerate(texts) if t), None)
    if first is None:
        return None
    if _TOC.match(texts[first].replace(" ", "")) and (heading := _heading_after_contents(texts, first)) is not None:
        first = heading  # a plan's own table of contents above its heading (KI04)
    elif (heading := _heading_under_pointer(texts, first)) is not None:
        first = heading
    head = read_head(texts, first)
    title_span, title_line = None, None
    for k in _heading_candidates(texts, first, head.end):
        if (top := _over_kind_alone(lines, texts, k)) is not None:
            title_span, title_line = (lines[top].start, lines[k].end), k
            break
        # (an order's numbered cover is read by _order_cover below: it may promulgate the document printed under it, AP02)
        if _is_masthead(texts[k]) or (ab := title_in(texts[k]) or _broken_before_kind(texts, k)) is None \
                or _ORDER_HEADING.fullmatch(texts[k]) or _in_title_list(texts, k) or _column_in_trail(texts, k):
            continue
        a, b = ab
        if "," in texts[k][a:b] and "关于" not in texts[k][a:b]:
            continue  # a news site's headline over the document: 「昭通市“智慧消防”建设,将…纳入…总体规划」 (BF03)
        last = k
        while (nxt := _written(texts, last, 3)) is not None \
                and len(texts[nxt]) <= 40 and (texts[nxt].startswith(("的", "》的", "〉的")) and _KIND_END.search(texts[nxt].rstrip("》"))
                                               or texts[nxt].startswith(("及", "和", "以及")) and _title_line_ok(texts[nxt])
                                               or _HANDED_OVER_END.search(texts[last]) and not texts[nxt].startswith("关于")
                                               and title_in(texts[nxt]) == (0, len(texts[nxt]))
                                               or _opens_a_title(texts, k, last, nxt)
                                               or _goes_on(texts[last], texts[nxt])):
            # 「《…实施方案》」 then 「的通知」: a title broken before its 文种; 「吉林省2020年政务公开工作要点」 then
            # 「及重点任务分工」 (W10): before a second part joined to the first; 「关于印发2022年《政府工作报告》」 then
            # 「重点任务责任落实分工的通知」 (BR09): a handover's line that ends in the 《》 its title goes on after; 「关于印发2021年
            # 区政府工作报告」 then 「目标任务分解方案的通知」 (C23): a line whose 文种 is a noun the title goes on after
            last = nxt
        if last > k:
            a, b = 0, lines[last].end - lines[k].start - texts[last].endswith("》")
            if texts[k].startswith("《") and texts[last].endswith("》"):  # 「《…实施方案」 then 「的通知》」
                a = 1
        if last == k and (again := _printed_again_with_issuer(lines, texts, k, ab)) is not None:
            # a page's title, then the document's own heading under its issuer: 「关于…的通告」, 「来源:…」, 「某市人民政府」,
            # 「关于…的通告」 (CF08): the heading is the issuer's line and the second printing
            k = last = again
        elif last == k and (below := _heading_over_salutation(lines, texts, k)) is not None:
            k = last = below  # (its lines above, the issuer's among them, are read as a wrapped title's below)
            a, b = title_in(texts[k])  # type: ignore[misc]
        elif last == k and ((below := _headline_over_heading(texts, k, ab)) is not None
                            or (below := _heading_ending_headline(texts, k, ab)) is not None
                            or (below := _issuing_heading_below(texts, k, ab)) is not None):
            k = last = below
            a, b = 0, len(texts[k])
        if a == 0 and "《" not in texts[k] and texts[last].endswith("》") and (up := _opened_above(texts, k)) is not None:
            # a page quoting its title in 《》 over two lines: 「《怀来县人民政府关于全县」, a blank, 「推进…的通告》」 (BC05)
            a = lines[up].start + 1 - lines[k].start
        elif a == 0 and (top := _read_heading(lines, last + 1)) is not None and top < k:  # a title wrapped over lines
            a = lines[top].start - lines[k].start
        elif a == 0 and texts[k].startswith(_GOES_ON) and (up := _wrapped_above(texts, k)) is not None:
            # a rule's heading wrapped before its joining word: 「2025年市《政府工作报告》任务分解」, 「和责任分工方案」 (DH07)
            a = lines[up].start - lines[k].start
        elif a == 0 and (up := _unfinished_above(texts, k)) is not None:
            a = lines[up].start - lines[k].start  # 「昭通市人民政府关于印发」, a blank, 「…实施细则的通知」 (BF03)
        title_span, title_line = (lines[k].start + a, lines[k].start + b), k
        break
    if title_span is None and (field := head.metadata.get("title")):
        # a metadata block's 「标题: X」, then the page prints X as its heading, a site's note between them
        # (「> 依《著作权法》第五条…」, L01, L02): the document starts under the heading
        for k in range(head.end, min(len(lines), head.end + 12)):
            if (ab := title_in(texts[k])) is not None and texts[k][ab[0] : ab[1]] == field:
                title_span, title_line = (lines[k].start + ab[0], lines[k].start + ab[1]), k
                break
        # or a line is the field's title whole, whatever it ends with, in the block too: 「池州市贵池区2020年食品安全
        # 重点工作安排」 between its fields and the site's 「阅读次数:」 (BH04); not a title quoted in 《》, a rule that an
        # order or a notice above it issues (AD05: read below, where the notice names it)
        if title_span is None and not field.startswith("《") and (k := next((k for k in range(first, min(len(lines), head.end + 12)) if texts[k] == field),
                                             None)) is not None:
            title_span, title_line = (lines[k].start, lines[k].end), k
    if title_span is None:  # a 政府令 prints the rule's title under the order's signature (「市长 杨雄」)
        for k in range(first, min(len(lines), first + 20)):
            if _ANNEX_MARK.fullmatch(texts[k]):
                break  # what follows 「附件1」 is the annex's: a table's header 「工作标准」 is no title of the page (BQ03)
            if (top := _over_kind_alone(lines, texts, k)) is not None:
                # below a news page's own lines, as in the head: 「册亨县人民政府」 「关于实施2017年境内天然水域禁渔期的」
                # 「通告」 (EX11)
                title_span = (lines[top].start, lines[k].end)
                break
            ab = title_in(texts[k])
            if ab is not None and ab == (0, len(texts[k])) and len(texts[k]) <= 80 and not texts[k].startswith("附件") \
                    and not _in_title_list(texts, k):
                # wrapped over lines too: 「国家税务总局关于修改」 then 「《…申请表》的公告」 (I05), 「2025年市《政府工作报告》任务分解」
                # then 「和责任分工方案」 (DH07)
                top = _read_heading(lines, k + 1)
                if top is None and texts[k].startswith(_GOES_ON):
                    top = _wrapped_above(texts, k)
                title_span = (lines[top if top is not None and top < k else k].start, lines[k].end)
                break
    if title_span is None:
        title_span = _order_cover(lines, texts, first)
    if title_span is None:  # an order names the rule it promulgates: 「《X》业经…常务会议通过,现予公布」
        for k in range(first, min(len(lines), first + 20)):
            if (m := _PROMULGATED.match(texts[k])) is not None:
                # (not a covering notice's 「《X》已经省政府同意,现印发给你们」: X is the rule it issues, the notice untitled,
                # and a rule named after it with 经…批准 is one it cites)
                if "给你们" not in texts[k]:
                    title_span = (lines[k].start + m.start(m.lastgroup), lines[k].start + m.end(m.lastgroup))
                break
    # no heading found, the metadata's title is printed from where its label prints it: as printed (traditional script
    # kept, H15), not the field read and folded; that line is still none of the heading's
    if title_span is None and (field := head.metadata.get("title")) and (at := next(
            (a for k in range(first, head.end) if starts_with_label(texts[k]) and (a := c.s.find(field, lines[k].start, lines[k].end)) > lines[k].start),
            -1)) >= 0:
        title_span = (at, at + len(field))
    headline_number = None
    if title_span is None and (headline := _headline_over_byline(texts, first)) is not None:
        title_line, (a, b) = headline
        title_span = (lines[title_line].start + a, lines[title_line].start + b)
        # the number printed before it on its line, when the fields' is broken: 「寧政發〔2022〕7號 寧陽縣人民政府關于…的通知」
        # over 「發布時間: 2022-06-20」, the block's 「發文文號 寧政發7號」 (FP13)
        if (nums := find_docnums(normalise_chars(texts[title_line][:a]))) and nums[0].start <= 1:
            headline_number = nums[0].canonical, texts[title_line][nums[0].start : nums[0].end]
    body_from = head.end if head.end < min(len(lines), first + 40) else max(title_line or first, head.number_line or first) + 1
    if title_line is not None:
        body_from = max(body_from, title_line + 1)
    if title_span is None and head.number is None and (reported := _reported_document(lines, first)) is not None:
        title_span, body_from = reported[0], max(body_from, reported[1])
    if title_span is not None and "关于" in (cut := c.s[title_span[0] : title_span[1]]) and not _TITLE_END.search(cut) and \
            (whole := _whole_heading(c.s, cut, title_span[1])) is not None:
        # a 关于 title cut before its kind (a field's, a page's headline), which such a heading always ends with, that
        # the page prints whole below, run into its lines: 「标题: …关于印发《X》」, then 「时间:…关于印发《X》的通知」 (JJ05)
        title_span = whole
    seg = Segment(
        title=c.s[title_span[0] : title_span[1]] if title_span else head.metadata.get("title", ""),
        start=lines[first].start,
        end=len(c.s),
        body_start=lines[body_from - 1].end if body_from > first else lines[first].start,
        number=head.number,
        number_printed=head.number_printed,
        metadata=head.metadata,
        title_span=title_span,
    )
    _fill_header(seg, lines, body_from, len(lines))
    if seg.number is None and headline_number is not None:
        seg.number, seg.number_printed = headline_number
    if seg.number is None and (field := head.metadata.get("title")):
        seg.number, seg.number_printed = _number_before_title(c.s, field) or (None, None)
    if seg.number is None and (own := _header_after_imprint(c.s)) is not None:
        seg.number, seg.number_printed = own
    # (a line that is a body's name first: most head lines are none, and a site's name or a label is looked for in
    # every character)
    seg.masthead = next(([m.group("org")] for k in range(_masthead_from(first, title_line), head.end) if k != title_line
                         and len(texts[k]) <= 60 and (m := _masthead_line(texts[k])) and not _in_menu(texts, k)
                         and not _SITE.search(texts[k]) and not starts_with_label(texts[k])), [])
    # a gazette prints an unsigned document's date in brackets under its heading or after it: 「(2019年1月29日)」 (AN03,
    # BI09), the document's own, over the 成文日期 of the page's metadata (the gazette issue's), not over a date above it
    field_dated = seg.date is not None and seg.signature_end is None
    if field_dated and title_span and title_line is not None and \
            (m := _BRACKETED_DATE.match(texts[title_line].rstrip(), title_span[1] - lines[title_line].start)):
        seg.date, field_dated = _ymd(m), False  # on the heading's line (BI09)
    for k in range(first, head.end):  # a database prints the date alone under the title, in brackets too (HE06)
        if seg.date is None and (m := DATE.fullmatch(texts[k]) or _BRACKETED_DATE.fullmatch(texts[k])):
            seg.date = _ymd(m)
        elif field_dated and k > (title_line or first) and (m := _BRACKETED_DATE.fullmatch(texts[k])):
            seg.date, field_dated = _ymd(m), False
    for k in (title_line, head.number_line):  # a database prints the date after the title or number
        if seg.date is None and k is not None and (m := DATE.search(texts[k], max(title_span[1] - lines[k].start, 0) if k == title_line and title_span else 0)):
            seg.date = _ymd(m)
    # last, below every date the text prints of itself: the page's posting time, where the text bears it out
    if seg.date is None and (posted := _posted_on(seg, lines, body_from, len(lines))):
        seg.date = posted
    if not (seg.title or seg.number or seg.metadata or seg.date or DOCUMENT_MARKS.search(c.s) or find_docnums(c.s)
            or len(_DUTY_TABLE_HEAD.findall(c.s)) >= 2 or ("|" in c.s and _DUTY_TABLE_ROW.search(c.s))
            or _body_of_a_document(c.s)):
        return None
    return seg


# A page of a document printed from mid-body (a mirror's second page: no heading, number nor salutation, GT02, GT03): a
# section's heading on a line of its own, 「四、注重防范,建设长效机制」, and bodies asked, one sentence after another, to act
# (or a plan's numbered section, 「2.3 市安委会成员单位与职责」 「2.3应急调度中心」, and its member units' duties, 「市公安局:负责…」, or
# the groups each unit leads, 「由市政府办公厅牵头,…组成」: HH03, HH04)
_SECTION_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}(?:\.\d{1,2}){1,2}[ \t]*(?=[\u4e00-\u9fff]))[^。;:\n]{2,40}$", re.M)
_ASKED = re.compile(r"(?:部门|政府|机关|单位|法院|检察院|各地|委员会|[局厅委办])(?:要|应当|负责|牵头|:(?:负责|指导|组织|协调))")
_ASKED_AT_LEAST = 3
# or a list of member units' duties alone, a line each: 「2.市发展改革委:负责将…纳入…规划」 「3.市城建委:严格…」 (HH06); or an
# office's divisions, each numbered and named on a line of its own over its duties: 「(十七)电子政务处。」 then 「负责市政府有关
# 会议…」, 「一、文秘科(保密办)」 then 「负责文电收发…」 (KW06, KW02: a page of a 三定 or of 内设机构及职责); a division's
# ending only, which a company's departments (「一、财务部」) do not share (review)
_MEMBER_DUTY_LINE = re.compile(r"^(?:(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))?[ \t]*[\u4e00-\u9fff()]{2,24}?"
                               r"(?:局|委|办|厅|部|院|会|中心|队|站|所|处|室|政府|部门):"
                               r"|(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、)[ \t]*"
                               r"[\u4e00-\u9fff]{2,24}?(?:处|科|股|室)(?:\([^()\n]{1,12}\))?。?\n)"
                               rf"(?:{cues.MEMBER_VERBS})", re.M)
_MEMBER_DUTIES_AT_LEAST = 5


def _body_of_a_document(s: str) -> bool:
    """Whether ``s`` reads as a government document's body, its head not printed: a section heading and bodies asked to
    act in _ASKED_AT_LEAST sentences, or _MEMBER_DUTIES_AT_LEAST member units' duties a line each."""
    return (_SECTION_LINE.search(s) is not None and
            sum(1 for _ in zip(range(_ASKED_AT_LEAST), _ASKED.finditer(s))) == _ASKED_AT_LEAST) or \
        sum(1 for _ in zip(range(_MEMBER_DUTIES_AT_LEAST), _MEMBER_DUTY_LINE.finditer(s))) == _MEMBER_DUTIES_AT_LEAST

