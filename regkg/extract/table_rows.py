"""Rows of a clean-up annex printed as a table whose rows a PDF ran into one line.

The annex's heading (「决定废止的单独制发的…文件目录(22件)」, then its column heads), then rows of title, date and number
with nothing between them, each closing with its reason and a stop: 「最高人民检察院关于…的通知1992年1月7日高检发〔1992〕2号
免予起诉制度已被…废止。」 (AU08). The repeals finder reads each row of a repealing annex as a repeal, the history notes
in a row as that row's document's history, and the law citations finder takes a title inside a row's title (「…关于印发
《X》的通知」) as the listed notice's, no work cited.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from regkg.extract import cues
from regkg.extract.docnum import DocNum
from regkg.keys.orgs import ORG_NAME

__all__ = ["TableRow", "table_rows"]

# Each table's heading names what it lists (「决定废止的…目录」 「决定修改的…目录」 「继续有效的…清单」), and ends the table
# before it; only a repealing one's rows are repeals, and not a list of documents already repealed (「已被废止的…目录」
# 「已废止的…目录」), whose rows' reasons say who repealed each. (Opening with the verb, the scan skips to its characters;
# 已 before it is looked at after.)
_TABLE_HEAD = re.compile(r"(?P<verb>宣布失效|废止|失效|停止执行|修改|修订|保留|继续有效|继续执行)的[^。:;,\n]{2,40}?(?:目录|清单)")
_REPEALING = ("宣布失效", "废止", "失效", "停止执行")
# what a heading that repeals some articles of each listed document prints before its verb: 「部分条款失效废止的税收规范性
# 文件目录」 (FW01)
_PART = re.compile(r"部分(?:条款|内容)?(?:失效)?$")
_PART_REACH = 8
# such a table's last cell, what of the row's document goes, which the flow runs into the next row's title: 「苏地税发〔1996〕
# 120号」 「与发票相关的规定失效」 「关于…的通知」 (FW01)
_WHAT_PART = re.compile(r"(?:失效废止|废止|失效)[。;]?")
_WHAT_PART_REACH = 120
# what a row's title opens with, a body's name or 关于: the cell before it ends where this starts (the column heads, a table's
# page turning, may stand between)
_TITLE_OPENS = re.compile(rf"(?:序号|标题|发文日期|文号|[\u4e00-\u9fff]{{0,4}}(?:内容|条款))*"
                          rf"(?:关于|转发|印发|《|(?!第|有关|与|附件|中|按)(?:{ORG_NAME.pattern}))")


def _part_cell_end(text: str) -> int:
    """Where the last cell of the row before ends in ``text``, the run-on text before a row's title in a table of partial
    repeals: after the first 废止 or 失效 that a title's opening follows (「第一条第(二)项关于…规定失效;第三条失效废止江苏省…」);
    0 when none does (a title's own words, 「…关于废止和修改部分…的公告」: review)."""
    for m in _WHAT_PART.finditer(text, 0, _WHAT_PART_REACH):
        if _TITLE_OPENS.match(text, m.end()) and _ROW_TITLE.search(text, m.end()):
            return m.end()
    return 0
_ROW_DATE = re.compile(cues.DATE)
# (a series' number after it: 「江苏省地方税务局关于营业税若干征税问题的补充通知(一)」, FW01)
_ROW_TITLE = re.compile(rf"(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)})(?:\((?:试行|暂行|[一二三四五六七八九十]{{1,3}})\))?$")
# the count and column heads after the heading, and a converter's field codes (「HYPERLINKjavascript」)
_ROW_START = re.compile(r"^(?:[A-Za-z]+|\([0-9一二三四五六七八九十百]+件\)|发文日期及?文号|发文字号|文号|发文日期|序号|标题|[\u4e00-\u9fff]{0,5}名称|[\u4e00-\u9fff]{0,4}(?:内容|条款)"
                        r"|发布机关及?日期|发布机关|发布日期|备注|废止理由|理由)+")
# A row may list an order instead of a 发文字号, after its date: 「…暂行规定1993年1月22日民航总局令第30号发布大部分内容已被新规定
# 取代。」 (CA08, a rule: no 发文字号, listed by title); or its number after a comma, its issuers before it: 「1988年8月3日,民航局发
# 【1988】250号」 「1989年6月30日民航局、国家教委、公安部联合,民航局发【1989】191号」.
_ROW_ORDER = re.compile(r"[\u4e00-\u9fff]{2,24}?令第\d{1,5}号")
# (or on the next line, a table printed a cell to a line that the flow ran together up to the number: 「…的通知1997年9月8日」
# then 「苏地税发〔1997〕142号…」, FW01)
_BEFORE_NUMBER = re.compile(r"\n?(?:[^。\n,]{0,36},)?")
_BEFORE_NUMBER_REACH = 40


def _number_after(s: str, at: int, starts: list[int], numbers: list[DocNum]) -> DocNum | None:
    """The number a row prints right after its date at ``at``, or after a comma (and its issuers) there; ``starts``
    are the ``numbers``' starts, in order."""
    k = bisect_left(starts, at)
    if k < len(numbers) and numbers[k].start - at <= _BEFORE_NUMBER_REACH and _BEFORE_NUMBER.fullmatch(s, at, numbers[k].start):
        n = numbers[k]
        # (on the next line, it ends a row when no salutation follows it: a document's head, heading, date, number, then
        # 「各区县人民政府,…:」, is none, review)
        if "\n" in s[at : n.start] and _SALUTATION_AFTER.match(s, n.end):
            return None
        return n
    return None


# (run on after the number by the flow, or on its line; not an annex's mark, 「附件2:」: review)
_SALUTATION_AFTER = re.compile(r"[ \t]*\n?(?!附件)[^\n。]{2,120}:[ \t]*(?:\n|$)")
_ROW_NUMBER = re.compile(r"^\d{1,3}(?![\d年.])")  # a 序号 column's number before the title, not a year


@dataclass(frozen=True)
class TableRow:
    """A row of a run-together clean-up table: the document it lists, and whether the table repeals it."""

    number: str | None  # None: a rule listed by the order that made it
    title: str
    start: int
    end: int  # the stop (or line break) that closes its reason, or the next row's start
    repealed: bool
    verb: str  # what its table does to it, as the heading says: 废止, 宣布失效, 修改…
    partial: bool = False  # its table repeals some of its articles only: 「部分条款失效废止的…目录」 (FW01)


def table_rows(s: str, numbers: list[DocNum]) -> list[TableRow]:
    """The rows of run-together clean-up tables in ``s``: a title ending with its kind, then its date and
    number with nothing between (``numbers`` are those found in ``s``).

    >>> s = ("一、决定废止的文件目录(2件)发文日期及文号某院关于甲的意见1983年7月12日(83)某一函第26号甲已有规定。"
    ...      "某院关于印发《乙规定》的通知1992年1月7日某发〔1992〕2号乙已被废止。")
    >>> from regkg.extract.docnum import find_docnums
    >>> [(r.number, r.title, r.repealed) for r in table_rows(s, find_docnums(s))]
    [('某一函〔1983〕26号', '某院关于甲的意见', True), ('某发〔1992〕2号', '某院关于印发《乙规定》的通知', True)]
    >>> s = "二、决定修改的文件目录(1件)序号文件名称发文日期及文号\\n1某院关于乙问题的规定1995年3月2日某发〔1995〕8号"
    >>> [(r.number, r.title, r.repealed) for r in table_rows(s, find_docnums(s))]  # another table, its 序号 off
    [('某发〔1995〕8号', '某院关于乙问题的规定', False)]
    >>> s = ("附件一:某局决定废止的规章目录(2件)序号规章名称发布机关及日期理由1某暂行规定1993年1月22日某局令第30号发布已被取代。"
    ...      "2某实施办法1988年8月3日,某局发【1988】250号管理职能已调整。3某管理规定1989年6月30日民航局、国家教委联合,民航局发【1989】191号已被取代。")
    >>> [(r.number, r.title) for r in table_rows(s, find_docnums(s))]  # an order's number; issuers and a comma before a number (CA08)
    [(None, '某暂行规定'), ('某局发〔1988〕250号', '某实施办法'), ('民航局发〔1989〕191号', '某管理规定')]
    """
    heads = list(_TABLE_HEAD.finditer(s)) if "目录" in s or "清单" in s else []
    if not heads:
        return []
    starts = [n.start for n in numbers]
    rows: list[TableRow] = []
    for k, head in enumerate(heads):
        stop = heads[k + 1].start() if k + 1 < len(heads) else len(s)
        edge = head.end()
        partial = _PART.search(s, max(0, head.start() - _PART_REACH), head.start()) is not None
        for date in _ROW_DATE.finditer(s, head.end(), stop):
            n = _number_after(s, date.end(), starts, numbers)
            order = _ROW_ORDER.match(s, date.end()) if n is None else None
            if n is None and order is None:
                continue
            number, number_end = (n.canonical, n.end) if n is not None else (None, order.end())
            # the title runs from the last stop (or the heading and its column heads) to the date
            begin = max(edge, s.rfind("。", 0, date.start()) + 1, s.rfind("\n", 0, date.start()) + 1)
            title = s[begin : date.start()]
            after_edge = not s[edge:begin].strip()  # the title's text starts right after the heading or the row before's number
            if partial and rows and after_edge:
                title = title[_part_cell_end(title) :]
            # (the heads again where the table turns a page, 「序号」 first: FW01)
            title = title[_ROW_START.match(title).end() :] if (after_edge or title.startswith("序号")) and _ROW_START.match(title) \
                else title
            title = _ROW_NUMBER.sub("", title)
            if rows and rows[-1].end > begin:
                rows[-1] = replace(rows[-1], end=begin)
            if 4 <= len(title) <= 150 and _ROW_TITLE.search(title):
                # the reason ends at its stop, or at the line's end where it prints none
                close = min(x for x in (s.find("。", number_end, stop), s.find("\n", number_end, stop), stop) if x >= 0)
                repealing = head.group("verb") in _REPEALING and not s.endswith(("已", "已被", "已经被"), 0, head.start())
                rows.append(TableRow(number, title, date.start() - len(title), close + 1 if close < stop else stop,
                                     repealing, head.group("verb"), partial))
            edge = number_end
    return rows
