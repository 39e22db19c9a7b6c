"""A document's head as web pages and databases print it: the metadata block, the title, its own 发文字号.

A gazette anchors each document on its number line (:mod:`regkg.extract.segment`); a web page or a
database page prints one document under site chrome of every shape: labelled lines, bullet lists with
the value on the next line, several 「label:value」 on one line, table pipes, 【】 labels, empty fields,
placeholder dates. The head is everything above the body's first line (a salutation 「各…:」, a
sentence, an article 「第一条」). Inside it, what stands alone and is not a title, a body's name or a
date is chrome; a 发文字号 there is the document's own, wherever it stands (above or under the title,
in brackets, run together with the title or the issuers' names), broken or whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from regkg.extract import cues
from regkg.extract.clean import normalise_chars
from regkg.extract.docnum import find_docnums
from regkg.extract.printed import GLOSS
from regkg.keys.numbers import trim_code
from regkg.keys.orgs import ORG_NAME
from regkg.keys.places import short_name
from regkg.keys.chars import openings

__all__ = ["Head", "explained_title", "is_chrome", "read_head", "own_number", "number_in_file_names", "metadata", "labelled_metadata", "starts_with_label", "slot_number", "title_in", "is_body_line", "DOCUMENT_MARKS", "ANY_DATE",
           "promulgation"]

# Site chrome between fields: table pipes, bullets, stray separators.
_CHROME = " \t|•·▪●◆■□◇○-—_#*"  # 「# 市场监督管理投诉举报处理暂行办法」: a markdown heading's marks
_LABEL_FIELD = {label: name for name, labels in cues.META_LABELS.items() for label in labels}
# A label is a label only where a colon or 【】 says so: 「文号:」 「【发文字号】」 「文 号 :」
# (the English ones a whole word, 「title:」 not 「subtitle:」: their lookarounds once for them all, and not before each of
# the words the engine tries in turn; none opens as a Chinese one does, so neither group's order is changed)
_LONGEST_FIRST = sorted(_LABEL_FIELD, key=len, reverse=True)
_LABELS = "|".join([*(x for x in _LONGEST_FIRST if not x.isascii()),
                    rf"(?<![A-Za-z])(?:{'|'.join(x for x in _LONGEST_FIRST if x.isascii())})(?![A-Za-z])"])
# (a label's lookbehind, or the optional 【 before it, would have each label tried at every character: a class of their
# opening characters is tested first)
_LABEL_OPENS = openings(_LABEL_FIELD)
_LABEL = re.compile(rf"【\s*(?P<b>{_LABELS})\s*】|(?={_LABEL_OPENS})(?P<l>{_LABELS})\s*:")
# A table of fields prints no colons (「索引号 003110926/201510-00216 信息分类 信息公开制度」): a line that starts
# with a label is read with bare labels too.
_BARE_LABEL = re.compile(rf"(?=【|{_LABEL_OPENS})(?P<b>【)?(?P<l>{_LABELS})\s*[:】]?")
_STARTS_LABEL = re.compile(rf"^[{re.escape(_CHROME)}]*(?:{_LABELS})")
_KINDS = cues.KINDS + cues.RULE_KINDS
# A page that explains a document it names: 「《某局关于公布规范性文件清理结果的通知》文字解读」 「关于《X》的政策解读」 (DN01–DN06); not
# a site's 「…细则全文解读」, which names none (BJ06)
# (or with no 《》, its kind before 的: 「关于泉州市泉港区人民政府关于公布…清理结果的通告的政策解读」, EB07)
# (its number in brackets after it, 「《…的通知》(渝城管局〔2020〕143号)政策解读」 (EU04); a reading of its issuing, 「关于发布《…》的
# 解读说明」 (EU05))
_EXPLAINED = re.compile(r"(?:关于(?:发布|印发|公布)?)?《(?P<t>[^《》]{6,120})》(?:\([^()]{4,30}号\))?(?:的)?(?:政策|文字|图文|图解)?"
                        r"解读(?:说明)?"
                        rf"|关于(?P<u>[^《》]{{6,120}}?的(?:{'|'.join(cues.KINDS)}))的(?:政策|文字|图文|图解)?解读")
_BRACKETED_ORDER = re.compile(cues.BRACKETED_ORDER)
# A number after a citing word on its line is another document's: 「根据泸市府发〔2020〕3号…」
_AFTER_A_BASIS = re.compile(rf"(?:{'|'.join(cues.BASIS_WORDS)})[^|]{{0,40}}$")
_ANY_KIND = re.compile("|".join(_KINDS))
_KIND_END = re.compile(rf"(?:{'|'.join(_KINDS)})(?:\((?:试行|暂行|修订|征求意见稿)\))?$")
# 「各区县人民政府,市政府各部门:」 「教育部:」 「市文化和旅游局:」; not 「分享到:」
# (a street office, a community, a station or a school addressed too: 「南区街道办事处:」, FX01)
_SALUTATION = re.compile(r"^(?:各[^。;!?]{1,200}|[^。;!?]{0,200}(?:政府|局|委|办|厅|部|院|会|单位|部门|公司|机构|中心|同志|企业|组织"
                         r"|办事处|街道|社区|乡镇|处室|站|所|学校))[,;]?:$")
# A section's or an article's mark (「第三条」 「一、」 「(二)」); a body line may open with an item's number too (「1.」), which a
# title may also (「1.某市…的通知」); a date printed day first is no item's number (「26.11.2015 09:44」, a site's posting
# time between a heading and its number, BI06)
_SECTION_MARK = r"第[一二三四五六七八九十百零〇0-9]+[章条节]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)"
_ARTICLE = re.compile(rf"^(?:{_SECTION_MARK}|\d+[.、](?!\d{{1,2}}\.(?:19|20)\d{{2}}))")
_SECTION_HEADING = re.compile(_SECTION_MARK)
# A date printed any way a page prints one: 「2024年4月6日」 「2024-04-06」 「2001.04.06」
ANY_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年.\-/]\s*(?P<m>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})\s*日?")
# An own number in a slot the page reserves for it may be printed broken: 「秦价费字200995」 「〔201746」
# 「(国函[20O0]31号)」; the year's zero may be a letter O or 〇.
_SLOT_NUMBER = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{1,12})\s*[〔\[(【{〖„]?\s*(?P<year>[12][0-9〇○OoΟ零]{3})\s*[〕\])】}〗‟]?"
    r"\s*第?\s*(?P<num>\d{1,5})\s*号?"
)
_YEAR_OPENS = ("1", "2", "１", "２")  # what the year opens with, as printed before normalise_chars makes it ASCII
# A news headline announces a rule; a document's title never does (「環保部發布環境標準制修訂辦法」, while
# 「国务院办公厅关于印发…预案的函」 and 「…印发《…》的通知」 end with a 文种).
_HEADLINE = re.compile(rf"^[^《关]{{2,20}}?(?:发布|出台|印发|公布|颁布)[^《》]{{2,60}}(?:{'|'.join(cues.RULE_KINDS)})$")
# An edition belongs to the title (「…政策清单(2022年2月版,433条)」 「…办法(2021年修订)」); a bare year a
# database appends does not (「…的批复(2007年)」).
_EDITION = re.compile(r"\([^()]{0,24}(?:版|修订|修正|试行|暂行|征求意见稿)[^()]{0,24}\)")
_ANNEX_PATH = re.compile(cues.ANNEX_PATH)  # 「…的通知/附件一」
# A heading with its own number after it in brackets: 「2021年县政府重点工作任务(华政发〔2021〕2号)」 (AN08)
_NUMBERED_HEADING = re.compile(r"(?P<t>[^()。,:;]{6,60})\((?P<n>[^()]{4,30}号)\)")
# A reprinting site's region in brackets before a heading: 「(湖北省)武汉市…」 「(湖北省)2023年咸宁市…」 (CN01, CN02)
_REGION_PREFIX = re.compile(r"\([\u4e00-\u9fff]{1,10}(?:省|自治区)\)(?=[^()]{6})")
# An announcement's serial, its title after it in brackets: 「海关总署公告2018年第135号(关于发布…的公告)」 (CJ08)
_SERIAL = r"[\u4e00-\u9fff]{2,30}公告(?:19|20)\d{2}年第\d{1,4}"  # an announcement's serial, up to its 号
_SERIAL_HEADING = re.compile(rf"{_SERIAL}号\(关于[^()]{{2,120}}\)")
_SERIAL_BEFORE = re.compile(rf"{_SERIAL}[号號]\s*(?!\()(?=[^\s,。:]{{0,60}}?(?:关于|關于|關於|关於))")  # (not 「…号(关于…)」: _SERIAL_HEADING)
_LAW_TITLE = re.compile(cues.LAW_TITLE)
# What a page sets before a heading on its line: a label (「權威發佈:」 「附件:」), a field block's cells up to the last 「|」
# (「公开时限|长期公开|主题词|…」 「標??題:|…」), a tag (「【重要通告】」 「[浙江]」 「「通告」」), a site's last step (「1500字范文>」),
# a day (「3月21日永登县公安局关于…」) (AH01, BM02, BM07, CY05, DC10, G07, U02)
_BEFORE_HEADING = re.compile(r"(?:(?:[^|:《》]{0,16}[|:]|【[^【】]{1,16}】|\[[^\[\]]{1,8}\]|「[^「」]{1,6}」|[^>《》]{1,16}>"
                             r"|\d{1,2}月\d{1,2}日(?=[\u4e00-\u9fff]))\s*)+")
_ABOUT = re.compile(r"关于|關於|关於|關于")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SHORTEST_AFTER_CELL = 6  # CJK characters a heading after a cell holds at least
# The end of a title's label whose start a flattened field block left on the line above: 「发文机构: … 号:」, then 「称: X」
_CUT_LABEL = re.compile(rf"(?:{'|'.join(sorted({l[i:] for l in cues.META_LABELS['title'] for i in range(1, len(l)) if not l.isascii()}))}):\s*")
# A page's heading the site cut short, marked by an ellipsis: 「黑龍江省人民政府辦公廳關於印發…等3部應急...」 (DA01): the title as
# far as it is printed, a 「关于」 heading with no clause's stop in it
_CUT_SHORT = re.compile(r"(?P<t>[^,。;:!?《》\s]{0,40}?(?:关于|關於)[^,。;:!?\s]{4,100}?)(?:\.{3,}|…+)")
# 「山西省人民政府令」 heads an order; the rule it promulgates has the title
_ORDER_HEADER = re.compile(r"[\u4e00-\u9fff]{2,20}(?:人民政府|政府|委员会|部|局|厅|署|总署)令(?:第\d+号)?")  # 「中华人民共和国海关总署令第269号」 (AP02)
_ZERO = str.maketrans("〇○OoΟ零", "000000")
_BREADCRUMB = re.compile(cues.BREADCRUMB)
_SITE_COLUMN = re.compile(cues.SITE_COLUMN)
_SITE_CONTROL = re.compile(cues.SITE_CONTROL)
_HISTORY = re.compile(cues.HISTORY_NOTE)
_PROMULGATION = re.compile(cues.PROMULGATION_NOTE)
_PROMULGATION_ORDER_FIRST = re.compile(cues.PROMULGATION_NOTE_ORDER_FIRST)
_PUBLISHED_LINE = re.compile(cues.PUBLISHED_LINE)
_ORDER_COVER = re.compile(cues.ORDER_COVER)
_NOTE_OPENS = re.compile(rf"[(（]*(?:{cues.DATE}|[\u4e00-\u9fff]{{2,20}}?第[一二三四五六七八九十百零〇\d]{{1,4}}届)")  # a congress's note
_RULE_WORDS = ("办法", "规定", "细则", "条例", "规则")  # what no body's name holds, but a rule's title run into its cover does
_PASSED_AND_APPROVED = re.compile(cues.PASSED_AND_APPROVED)
_FILE_NAME_NUMBER = re.compile(cues.FILE_NAME_NUMBER)
_FILE_LINK_END = re.compile(cues.FILE_LINK, re.I | re.M)
_HEAD_LINES = 40  # lines a one-document text's head is read in (to its first body line), blank ones counted
# but a site's menu, a short link a line (「教育厅」 「政务微信」 「|」), counts for none: a page that lists every department
# above the document (GV06, 45 of them) still has its heading in the head
_MENU_ITEM = re.compile(r"[^,。;:!?、()]{1,12}")
_MENU_REACH = 400  # lines the head is read in at most, however many of them are a menu's
_MAX_TITLE = 150

# The marks of a government document: a text with none of them is refused as not one. Besides a
# salutation, the phrases of cues.DOCUMENT_PHRASES and a basis 根据《…》: an order's number
# (「西宁市人民政府令第137号公布」) and a rule's first article naming the rule
# (「第一条为加强…,制定本办法。」), which is all a database's excerpt of a rule may print, and a task's
# bodies in brackets.
DOCUMENT_MARKS = re.compile(
    r"^各[^\n:。]{1,120}:|(?:" + "|".join(cues.DOCUMENT_PHRASES) + r")|(?:根据|依据|按照)《"
    r"|(?:政府|委员会|部|署|局|厅|院)令第[0-9〇零一二三四五六七八九十百]{1,5}号"
    r"|^" + cues.SELF_NAMING_ARTICLE +
    # a task's bodies in brackets, all an excerpt of a 工作要点 may print: 「(市政府办公室牵头,市级各有关部门负责)」, 「(…厅牵头,
    # …委、…人民政府配合)」 (DR08)
    r"|\([^()\n]{2,120}?(?:牵头|负责|配合)\)"
    # a list of annexes, what the second page of a notice may print under its last items: 「附件:1.…领导小组名单」 (FZ05), the first
    # a document's name (not a news story's 「附件:1.运动会秩序册」: review)
    rf"|^附件[ \t]*:[ \t]*1[.、][^\n]{{2,60}}?(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)}|名单|表)$"
    # or members' duties in a plan's list, two bodies' names each with a colon after the item's number: 「(10)省民政厅:核实…」
    # 「(11)省住房和城乡建设厅:负责…」 (FY05; not a list of a fair's stands, one of them a bureau's: review)
    r"|^\([0-9一二三四五六七八九十]{1,3}\)[\u4e00-\u9fff]{2,20}?(?:厅|局|委|办):[^\n]*\n\([0-9一二三四五六七八九十]{1,3}\)"
    r"[\u4e00-\u9fff]{2,20}?(?:厅|局|委|办):", re.M
)


@dataclass
class Head:
    """What a document's head says: fields of its metadata block, the title line(s), its own number."""

    end: int  # index of the first body line
    metadata: dict[str, str] = field(default_factory=dict)
    title: tuple[int, int] | None = None  # [start, end) in the cleaned text
    number: str | None = None
    number_printed: str | None = None
    number_line: int | None = None


_LABEL_SPACING = re.compile(r"\s|【")
_CELL_END = re.compile(r"\||【(?![0-9]{4}】)")  # (not a number's year in 【】: 「发文字号:财税字【1994】第045号」, DG05)


_LABEL_WORDS = tuple(_LABEL_FIELD)
# The characters the labels open and end with: a colon, a 【 or a line's start with none of them beside it is spared a
# test of each of the hundred labels
_LABEL_FIRSTS = frozenset(w[0] for w in _LABEL_WORDS)
_LABEL_LASTS = frozenset(w[-1] for w in _LABEL_WORDS)


# A head's lines are read line by line more than once: for the body's first line and the number (read_head), then for
# the heading (segment's several searches, title_in reading a line as is_body_line does), each reading whether a label
# stands in it. What a line says is read once, and kept for the passes after (a few hundred lines: a document's head,
# and chrome that pages repeat).
_LINE_CACHE = 1024


@lru_cache(maxsize=_LINE_CACHE)
def _labelled(line: str) -> bool:
    """Whether a label stands in ``line``: whether _LABEL would find one. Read from each colon back and each 【
    on, since _LABEL tries every label at every character (``rstrip`` and ``lstrip`` take the spaces its pattern
    takes).

    >>> _labelled("发文字号 :国办发〔2019〕3号"), _labelled("【 成文日期 】2019-01-12"), _labelled("各区县人民政府:")
    (True, True, False)
    """
    i = line.find(":")
    while i >= 0:
        if (before := line[:i].rstrip())[-1:] in _LABEL_LASTS and before.endswith(_LABEL_WORDS):
            return True
        i = line.find(":", i + 1)
    i = line.find("【")
    while i >= 0:
        rest = line[i + 1 :].lstrip()
        if rest[:1] in _LABEL_FIRSTS and any(rest.startswith(w) and rest[len(w) :].lstrip().startswith("】") for w in _LABEL_WORDS):
            return True
        i = line.find("【", i + 1)
    return False


def _field(label: re.Match[str]) -> str:
    """The field a label found by _BARE_LABEL or _LABEL names: 「文号:」 and 「发文字号:」 are both the number."""
    return _LABEL_FIELD[_LABEL_SPACING.sub("", label.group("l") or label.group("b"))]


def _stands_alone(line: str, m: re.Match, last: re.Match) -> bool:
    """Whether a bare label after a line's first (``last``, the label before it) starts a cell (「… 信息分类 信息公开制度」,
    「发文机关国务院办公厅成文日期2019年1月3日」), not a word of a title before it: 「标题: …暂行规定》有效期的通知」 — 有效期
    after a closing 》 and before 的 is the title's; in a title's value, a label's word with no colon between two of the
    title's characters is the title's too: 「标题:…推进全程分类体系建设…」 (AU03).

    >>> [_stands_alone(t, m, next(_BARE_LABEL.finditer(t))) for t in ("索引号 0031 主题分类 制度", "标题: …规定》有效期的通知",
    ...  "发文机关国务院办公厅成文日期2019年1月3日", "标题:…推进全程分类体系建设") for m in list(_BARE_LABEL.finditer(t))[1:]]
    [True, False, True, False]
    """
    before = line[m.start() - 1] if m.start() else " "
    after = line[m.end()] if m.end() < len(line) else " "
    if before in "》〉”\"" or after in "的之":
        return False
    return not ("\u4e00" <= before <= "\u9fff" and "\u4e00" <= after <= "\u9fff" and not m.group().endswith((":", "】"))
                and _field(last) == "title")


_DATE_FIELDS = frozenset({"written", "published", "effective", "expires"})
_DATE_START = re.compile(r"[0-9〇○零一二]")


def metadata(text: str) -> dict[str, str]:
    """Fields of a metadata block: each label's value runs to the next label or the line's end; an
    empty value at a line's end is the next non-empty line's, when that line is no label.

    >>> metadata("索引号: | TCXXGK-2020-011721 | 主题分类: | 政务公开 |\\n发文机构: | 铜川市人民政府办公室 | 发文文号: | 铜政发〔2020〕33号 |")["number"]
    '铜政发〔2020〕33号'
    >>> m = metadata("• 发文字号:\\n\\n镇政发〔2024〕7号\\n• 发文日期:\\n\\n2024年04月06日 16:40\\n• 有效性:\\n\\n")
    >>> m["number"], m["written"], "status" in m
    ('镇政发〔2024〕7号', '2024年04月06日 16:40', False)
    >>> metadata("【发文字号】国办发〔2019〕3号【成文日期】2019-01-12")
    {'number': '国办发〔2019〕3号', 'written': '2019-01-12'}
    """
    out: dict[str, str] = {}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        cells = _cells(line)
        for k, (name, value) in enumerate(cells):
            if not value and k + 1 == len(cells):
                nxt = next((x for x in lines[i + 1 : i + 4] if x.strip(_CHROME)), "")
                # (a date's field takes no line that is not a date: 「生效日期: 废止日期:」 then the page's heading, BH04)
                value = "" if _labelled(nxt) or (name in _DATE_FIELDS and not _DATE_START.match(nxt.strip(_CHROME))) \
                    else nxt.strip(_CHROME)
            if value and name not in out and value not in cues.PLACEHOLDER_DATES and not value.startswith(cues.PLACEHOLDER_DATES):
                out[name] = value
    return out


@lru_cache(maxsize=_LINE_CACHE)
def _cells(line: str) -> tuple[tuple[str, str], ...]:
    """The field and the value of each label standing in ``line``, as :func:`metadata` reads them: a value runs to the
    next label or the line's end, and is empty when none follows on the line.

    >>> _cells("发文字号:国办发〔2019〕3号 | 成文日期:")
    (('number', '国办发〔2019〕3号'), ('written', ''))
    """
    if starts_with_label(line):
        found: list[re.Match[str]] = []
        for m in _BARE_LABEL.finditer(line):
            if not found or _stands_alone(line, m, found[-1]):
                found.append(m)
    else:
        found = list(_LABEL.finditer(line)) if _labelled(line) else []  # most lines' colons follow no label
    cells = []
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else len(line)
        # the value is the next cell: a pipe or an unknown 【label】 ends it too
        cells.append((_field(m), _CELL_END.split(line[m.end() : stop].strip(_CHROME + ":"))[0].strip(_CHROME + ":")))
    return tuple(cells)


@lru_cache(maxsize=_LINE_CACHE)
def starts_with_label(line: str) -> bool:
    """Whether a line opens with a metadata label (「发文机关国务院」 in a table that prints no colons)."""
    # no label opens with chrome: the label's word is looked for after it first, as _STARTS_LABEL tries each of a
    # hundred labels, their lookarounds sparing none the engine's step by step reading
    return (opened := line.lstrip(_CHROME))[:1] in _LABEL_FIRSTS and opened.startswith(_LABEL_WORDS) \
        and bool(_STARTS_LABEL.match(line))


def labelled_metadata(lines: list[str]) -> dict[str, str]:
    """Fields of the lines that start with a label: a page may set its field block under the title or
    under a first paragraph (「【发文字号】浙委办[2001]25号」 below the heading)."""
    return metadata("\n".join(ln for ln in lines if (":" in ln or "【" in ln) and _LABEL.match(ln.lstrip(_CHROME))))


@lru_cache(maxsize=_LINE_CACHE)
def slot_number(value: str) -> tuple[str, str] | None:
    """``(canonical, printed)`` of a number standing alone where a page prints its own number,
    read leniently: brackets lost or odd, the year's zero a letter, 号 missing.

    >>> slot_number("秦价费字200995")
    ('秦价费字〔2009〕95号', '秦价费字200995')
    >>> slot_number("(国函[20O0]31号)")
    ('国函〔2000〕31号', '(国函[20O0]31号)')
    >>> slot_number("牟政办发〔201746"), slot_number("省政府令第226号")
    (('牟政办发〔2017〕46号', '牟政办发〔201746'), None)
    """
    if not any(map(value.__contains__, _YEAR_OPENS)):  # most head lines print no year: spared the folding and the pattern
        return None
    v = normalise_chars(value).strip(_CHROME + "()")
    v = "".join(v.split())  # spaces out: str.split() takes what \s takes
    m = _SLOT_NUMBER.fullmatch(v)
    if not m or m.group("code").endswith("令") or not m.group("year").translate(_ZERO).startswith(("19", "20")):
        return None
    code = trim_code(m.group("code"), whole=True) or m.group("code")
    if len(code) < 2:
        return None
    return f"{code}〔{m.group('year').translate(_ZERO)}〕{int(m.group('num'))}号", value.strip()


@lru_cache(maxsize=_LINE_CACHE)
def is_body_line(text: str) -> bool:
    """Whether a cleaned line starts a document's body: a salutation, a sentence, an article."""
    t = text.strip()
    # a long line that ends in a colon is a sentence, no title: 「…市政府决定对以下2件市政府规章予以废止:」, and so is any
    # with a clause before its colon: 「为维护法治统一,市政府决定对以下2件市政府规章予以废止:」 「经研究,决定废止下列
    # 规章:」 (a legislature's decision printed with no salutation, FG09; a salutation of several groups, 「局属各股室,
    # 二级机构:」, is the body's first line too); a salutation ends with its colon, so the colon is looked at before the
    # pattern
    body = "。" in t or len(t) > _MAX_TITLE or bool(_ARTICLE.match(t)) \
        or (t.endswith(":") and (len(t) > 30 or "," in t or bool(_SALUTATION.match(t))))
    return body and not is_chrome(t)


def is_chrome(t: str) -> bool:
    """Whether line ``t`` is site chrome: a label stands in it or opens it, or it is a breadcrumb trail. Without
    「>」 only the trail's opening words can make one, and they stand first. A page's list may number the trail's
    pieces, a line each: 「1. 当前位置:」 「2. 首页 > 信息公开 > 文件」 「3. > 正文」 (LD01).

    >>> [is_chrome(t) for t in ("1.当前位置:", "3. > 正文", "1.当前工作要点如下:", "2.加强组织领导。", "1.时间安排:3月底前")]
    [True, True, False, False, False]
    """
    if (item := _LIST_ITEM.match(t)) is not None:
        # (only a trail's pieces: a document's items print 「1.」 too, and open with a label's word, 「1.时间安排:」, review)
        t = t[item.end() :]
        return (t.startswith(">") and len(t) <= _TRAIL_TAIL) or _breadcrumb(t)
    return _labelled(t) or starts_with_label(t) or _breadcrumb(t) or bool(_SITE_COLUMN.match(t) or _SITE_CONTROL.match(t))


def _breadcrumb(t: str) -> bool:
    """Whether line ``t`` is a breadcrumb trail: anywhere in it with 「>」, else its opening words."""
    return bool((_BREADCRUMB.search if ">" in t else _BREADCRUMB.match)(t))


_LIST_ITEM = re.compile(r"\d{1,2}\.[ \t]*(?=\D)")  # a page's list's number, or a document's item's
_TRAIL_TAIL = 20  # characters the last piece of a numbered trail, 「> 正文」, holds at most


def own_number(lines: list[str]) -> tuple[str, str, int] | None:
    """``(canonical, printed, line index)`` of the first 发文字号 standing in head lines: alone on its
    line, in brackets, or run together with the title, the issuers' names or the date."""
    for i, line in enumerate(lines):
        if line and (found := _number_in(line)) is not None:  # (half the lines a head is read in are blank)
            return (*found, i)
    return None


def number_in_file_names(raw: str) -> tuple[str, str] | None:
    """``(canonical, printed)`` of the 发文字号 the names of a page's file links open with, if one number does
    (however many links print it): the page's document for download, the only place some pages print its number.

    >>> number_in_file_names("…\\n2023年4月17日\\n(此件公开发布)\\n连政复〔2023〕12号.doc")
    ('连政复〔2023〕12号', '连政复〔2023〕12号')
    >>> number_in_file_names("【word版】濟兗政字〔2024〕8號 關于調整的通知.doc\\n【附件】附件:調整事項清單.doc")
    ('济兖政字〔2024〕8号', '济兖政字〔2024〕8号')
    >>> number_in_file_names("二○○三年九月二十三日\\n文件下载:苏政复〔2003〕82号.doc")  # after a download's label (EJ05)
    ('苏政复〔2003〕82号', '苏政复〔2003〕82号')
    >>> number_in_file_names("附件:某某申请表.doc") is None, number_in_file_names("a〔2020〕1号.doc\\nb〔2021〕2号.pdf") is None
    (True, True)
    """
    if not _FILE_LINK_END.search(raw):  # a link's extension at a line's end: most pages print none
        return None
    found = {}
    for link in _FILE_NAME_NUMBER.finditer(raw):
        name = normalise_chars(link.group("name")).replace(" ", "")
        if (numbers := find_docnums(name)) and numbers[0].start == 0:
            found.setdefault(numbers[0].canonical, name[: numbers[0].end])
    return next(iter(found.items())) if len(found) == 1 else None


@lru_cache(maxsize=_LINE_CACHE)
def _number_in(line: str) -> tuple[str, str] | None:
    """``(canonical, printed)`` of the 发文字号 :func:`own_number` reads in one line."""
    if (slot := slot_number(line)) is not None:
        return slot
    flat = GLOSS.sub("", normalise_chars(line))
    for n in find_docnums(flat):
        before = flat[: n.start]
        # a number inside a 《》 title or after a citing verb is another document's
        if before.count("《") > before.count("》") or _AFTER_A_BASIS.search(before):
            continue
        return n.canonical, flat[n.start : n.end]
    return None


def read_head(lines: list[str], start: int = 0) -> Head:
    """Read the head of a one-document text from cleaned ``lines`` (from index ``start``)."""
    stop = _head_stop(lines, start)
    end = next((k for k in range(start, stop) if is_body_line(lines[k])), stop)
    head = Head(end=end, metadata=labelled_metadata(lines[end:stop]) | metadata("\n".join(lines[start:end])))
    head.metadata = (promulgation(lines[start : end + 1]) or _note_under_heading(lines[end:stop])
                     or _cover_issuer(lines[start : end + 1])) | head.metadata
    value = head.metadata.get("number")
    if value and (slot := slot_number(value) or _first_number(value)):  # noqa: SIM102
        head.number, head.number_printed = slot
    else:
        body_free = [ln if not _labelled(ln) else "" for ln in lines[start:end]]
        if (found := own_number(body_free)) is not None:
            head.number, head.number_printed, k = found
            head.number_line = start + k
        elif end < len(lines) and (lead := _leading_number(lines[end])) is not None:
            head.number, head.number_printed, head.number_line = *lead, end
    if head.number is None:  # a table whose cells slid under the wrong labels still prints the number alone
        head.number, head.number_printed = next((x for v in head.metadata.values() if (x := slot_number(v))), (None, None))
    return head


def _head_stop(lines: list[str], start: int) -> int:
    """Where the head's lines from ``start`` end: after _HEAD_LINES of them, a menu's links not counted.

    >>> _head_stop(["政务微信", "", "教育厅"] * 30 + ["关于印发某办法的通知"] + [""] * 50, 0)
    101
    """
    counted = 0
    for k in range(start, min(len(lines), start + _MENU_REACH)):
        if not _MENU_ITEM.fullmatch(lines[k]):
            counted += 1
            if counted == _HEAD_LINES:
                return k + 1
    return min(len(lines), start + _MENU_REACH)


def promulgation(lines: list[str]) -> dict[str, str]:
    """The fields a rule's promulgation note gives (cues.PROMULGATION_NOTE), as a metadata block would:
    issuer, the day it was made (``written``) and the 「自…起施行」 clause (``in_force_note``).

    >>> promulgation(["(2015年1月12日西宁市人民政府令第137号公布自2015年3月1日起施行)", "第一章总则"])
    {'issuer': '西宁市人民政府', 'written': '2015年1月12日', 'in_force_note': '自2015年3月1日起施行'}
    >>> promulgation(["某储备安全风险事项报告管理办法", "2025年9月28日 国家发展和改革委员会公布"])  # a collection (AT03)
    {'written': '2025年9月28日', 'issuer': '国家发展和改革委员会'}
    >>> promulgation(["铁路货物集装化用具准运证管理办法", "1990年3月10日,铁道部"])  # a law database's (K09)
    {'written': '1990年3月10日', 'issuer': '铁道部'}
    >>> promulgation(["最高人民法院、最高人民检察院关于修改某解释的决定", "2018年7月30日 最高人民法院审判委员会第1745次会议",
    ...               "2018年10月19日 最高人民检察院第十三届检察委员会第七次会议通过", "2018年12月1日 施行"])  # (E15)
    {'written': '2018年10月19日'}
    """
    for line in lines:
        if "令" in line and (m := _PROMULGATION.search(line) or _PROMULGATION_ORDER_FIRST.search(line)):
            return _note_fields(m)
    # a collection's line stands under the heading it dates (a news page's 「2024年3月5日 某办发布」 under a headline does not);
    # two bodies' meetings may take a line each (「2018年7月30日 最高人民法院审判委员会第1745次会议」, then the other's 「…会议通过」,
    # E15); its line 「2018年12月1日 施行」 after them is the collection's, not the text's, as the set reads it (BL09, BL10)
    # (a repository's comments between the heading and its line are blank lines by now: clean._HTML_COMMENT, FY02)
    texts = [text for line in lines if (text := line.strip())]
    for k, (above, line) in enumerate(zip(texts, texts[1:]), start=1):
        if line.endswith("会议") and k + 1 < len(texts):
            line = f"{line}、{texts[k + 1]}"
        if (m := _PUBLISHED_LINE.fullmatch(line)) and title_in(above) is not None:
            written = max((d for d in (m.group("date"), m.group("date2")) if d), key=lambda d: tuple(map(int, re.findall(r"\d+", d))))
            issuer = m.group("issuer") or m.group("by") or (_congress(m.group("meeting"), above) if m.group("verb") == "通过" else None)
            return {"written": written} | ({"issuer": issuer} if issuer else {})
        # (a note wrapped over lines is read joined: 「((2018年10月26日怀化市第五届人民代表大会」 「常务委员会第十七次会议通过,…」
        # 「…会议」 「批准))」, HU05)
        if "批准" not in line and _NOTE_OPENS.match(line):
            line = next((joined for n in range(k + 1, min(k + 4, len(texts))) if "批准" in (joined := "".join(texts[k : n + 1]))), line)
        if "批准" in line and (m := _PASSED_AND_APPROVED.match(line)) and title_in(above) is not None:
            issuer = _congress(m.group("meeting"), above)
            written = {"written": m.group("date")} if m.group("date") and not m.group("amended") else {}
            if written or issuer:
                return written | ({"issuer": issuer} if issuer else {})
    return {}


def _cover_issuer(lines: list[str]) -> dict[str, str]:
    """The issuer an order's cover among ``lines`` names, who promulgates the rule printed under it (its day is the
    signature's), as a note would: read after every note, which names the day too (review). A page's line that runs the
    rule's title into its cover names no issuer: 「…土地整治办法 …人民政府令 第116号」 (HG01).

    >>> _cover_issuer(["广东省公共数据管理办法", "广东省人民政府令", "(第290号)", "《广东省公共数据管理办法》已经…通过,现予公布。"])
    {'issuer': '广东省人民政府'}
    """
    return next(({"issuer": m.group("issuer")} for line in map(str.strip, lines) if line.endswith(("令", "号"))
                 and (m := _ORDER_COVER.fullmatch(line)) and not any(kind in m.group("issuer") for kind in _RULE_WORDS)), {})


def _note_fields(m: re.Match[str]) -> dict[str, str]:
    """The fields a promulgation note found by _PROMULGATION gives."""
    return {"issuer": m.group("issuer"), "written": m.group("date")} | \
        ({"in_force_note": m.group("effective")} if m.group("effective") else {})


def _note_under_heading(lines: list[str]) -> dict[str, str]:
    """The fields of a promulgation note that opens the line under a heading among ``lines``, the head's lines after what
    was taken for the body's first: a scraped page may print a notice of its source above the heading (「本文正文由脚本自…
    提取，仅供检索查阅；…」, ED01–ED06, AB06, AB07). Only at the line's opening: a later date in a history note is an
    amendment's, and a decision's body lists the notes of the rules it repeals.

    >>> _note_under_heading(["某市某某管理若干规定", "", "(2025年12月29日某市人民政府令第25号公布 自2026年3月1日起施行)"])
    {'issuer': '某市人民政府', 'written': '2025年12月29日', 'in_force_note': '自2026年3月1日起施行'}
    """
    texts = [line.strip() for line in lines if line.strip()]
    for above, line in zip(texts, texts[1:]):
        opened = line.lstrip("(（")
        if (m := _PROMULGATION.match(opened) or _PROMULGATION_ORDER_FIRST.match(opened)) and title_in(above) is not None:
            return _note_fields(m)
    return {}


def _congress(meeting: str | None, heading: str) -> str | None:
    """The people's congress whose ``meeting`` passed the regulation headed ``heading``: that of the heading's own place (a
    collection's line may name the province's meeting that approved a city's regulation: 「合肥市…规定」 over 「安徽省第十二届
    人民代表大会常务委员会第四十次会议通过」, BN04, whose issuer it does not name; a meeting that 批准 approved another's, which
    the caller does not ask about).

    >>> _congress("临沂市第十九届人民代表大会常务委员会第二十四次会议", "临沂市献血条例")
    '临沂市人民代表大会常务委员会'
    >>> _congress("松桃苗族自治县第十六届人民代表大会第四次会议", "松桃苗族自治县某某条例")
    '松桃苗族自治县人民代表大会'
    >>> _congress("安徽省第十二届人民代表大会常务委员会第四十次会议", "合肥市燃放烟花爆竹管理规定") is None
    True

    The heading may print the place short, or none (「宁波大榭开发区条例」, HZ06; 「关于市人民政府向…的若干规定」, ID05), and the
    meeting the congress's short name:

    >>> _congress("宁波市第十届人民代表大会常务委员会第十次会议", "宁波大榭开发区条例")
    '宁波市人民代表大会常务委员会'
    >>> _congress("吉林市第十五届人大常委会第13次会议", "吉林市无偿献血条例")
    '吉林市人民代表大会常务委员会'

    A short name followed by another level is another place's (「吉林市…条例」 under 吉林省's meeting, review):

    >>> _congress("吉林省第十三届人民代表大会常务委员会第五次会议", "吉林市城市供热条例") is None
    True
    """
    if meeting is None or (m := _CONGRESS_MEETING.fullmatch(meeting)) is None:
        return None
    place = m.group("place")
    short = short_name(place)
    if not (heading.startswith((place, "关于"))
            or (heading.startswith(short) and heading[len(short) : len(short) + 1] not in _LEVEL_CHARS)):
        return None
    return place + _CONGRESS_NAMES.get(m.group("body"), m.group("body"))


_LEVEL_CHARS = frozenset("省市县区州旗盟")  # what follows a place's short name in another place's
_CONGRESS_NAMES = {"人大": "人民代表大会", "人大常委会": "人民代表大会常务委员会"}  # the short names' full ones


_CONGRESS_MEETING = re.compile(cues.CONGRESS_MEETING)
_ISSUED = ("发布", "印发", "公布")  # what a history note says its rule's own number did


def _leading_number(line: str) -> tuple[str, str] | None:
    """A number that a scraped page runs into its first body line ahead of everything else, chrome and a
    date aside: 「汕府办[2015]29号各县(市、区)…:」 「1995年6月13日 川府发[1995]95号 各市…:」 「<正>黔府函[2020] 110号…」."""
    flat = normalise_chars(line[:60])
    found = find_docnums(flat)
    if not found:
        return None
    before = ANY_DATE.sub("", flat[: found[0].start])
    if re.search(r"[\u4e00-\u9fff]", before.replace("正", "")) and not (
            # a rule's history note, its own number after its date and issuer: 「(1998年1月7日水利部水建〔1998〕16号发布 根据…修正)」
            # (IC03, as DF03's key reads it)
            flat.startswith("(") and ORG_NAME.fullmatch(before[1:].strip()) and flat.startswith(_ISSUED, found[0].end)):
        return None
    return found[0].canonical, line[found[0].start : found[0].end]


def _first_number(value: str) -> tuple[str, str] | None:
    found = find_docnums(normalise_chars(value))
    return (found[0].canonical, value) if found else None


# A document's closing formula on its own line, its stop left out: 「特此通告」 over the signature (DQ09) ends no title
_CLOSING = re.compile(r"特此[\u4e00-\u9fff]{2}")


@lru_cache(maxsize=_LINE_CACHE)
def title_in(line: str) -> tuple[int, int] | None:
    """``[start, end)`` of a title inside a head line, with an own number, the issuers' names, a date or
    a year printed around it cut off (「筑府办函〔2020〕78号市人民政府办公厅关于…的通知」,
    「国务院关于…的批复 国函〔1995〕68号 国务院 1995年7月20日 |」, 「《…的通知》」, 「…的批复(2007年)」).

    >>> line = "国务院关于同意设立泉港区的批复国函〔2000〕31号国务院2000年1月5日|"
    >>> a, b = title_in(line); line[a:b]
    '国务院关于同意设立泉港区的批复'
    >>> line = "筑府办函〔2020〕78号市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知"
    >>> a, b = title_in(line); line[a:b]
    '市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知'
    >>> title_in("各区县人民政府:") is None, title_in("2024年4月6日") is None
    (True, True)
    """
    t = line.rstrip(_CHROME)
    a = 0
    # a history note prints 「被」: a line without one is spared the search, which is tried at every character
    if "被" in t and (h := _HISTORY.search(t)) is not None:  # 「*注:本篇法规已被《…》废止(原因:…)沈阳市…暂行办法」
        a = h.end()
        if (r := re.match(r"\([^()]*\)", t[a:])) is not None:
            a += r.end()
    rest = t[a:]
    if _LAW_TITLE.fullmatch(rest):
        return a, len(t)
    if not rest or ANY_DATE.fullmatch(rest) or is_body_line(rest) or is_chrome(rest) or _CLOSING.fullmatch(rest):
        return None
    nums = find_docnums(normalise_chars(t))
    if nums and nums[0].start <= 1:
        a = nums[0].end
    elif "公告" in t and (serial := _SERIAL_BEFORE.match(t, a)):
        a = serial.end()  # an announcement's serial before its heading on the line: 「…税务局公告2019年第5號 …关于…的公告」 (KF04)
    while a < len(t) and t[a] in _CHROME + ")》":
        a += 1
    if (cut := _CUT_LABEL.match(t, a)) is not None:
        a = cut.end()  # 「称: 区政府办公室关于…的通知」: the title label's end, its first character on the line above (CQ06)
    if (before := _BEFORE_HEADING.match(t, a)) is not None and not _ABOUT.search(before.group()):
        if len(_CJK.findall(t, before.end())) < _SHORTEST_AFTER_CELL:
            return None  # a field's cell, 「公文种类:建设规划」 「文件类别|通知」, is no heading (DA02, DC06)
        a = before.end()
        if (after := find_docnums(normalise_chars(t[a:]))) and after[0].start <= 1:
            a += after[0].end  # 「政策文件:中坦府规字〔2024〕4号中山市…的通知」: the label, the number, the title (DD08)
    if t[a : a + 1] == "(" and (region := _REGION_PREFIX.match(t, a)):
        a = region.end()  # a reprinting site's region before the heading: 「(湖北省)武汉市…分解方案」 (CN01)
    if _SECTION_HEADING.match(t, a):
        return None  # a section's heading behind a mark: 「## 一、相关法律规定」 (AV04)
    best = None
    for m in _ANY_KIND.finditer(t):
        if m.start() < a:
            continue
        b = m.end()
        if t.count("(", a, b) > t.count(")", a, b):
            continue  # a kind inside a bracket after the title: 「…办法(海关总署第64号令)」 (AP03)
        if t[b : b + 1] == "(" and (close := t.find(")", b)) > 0 and _EDITION.fullmatch(t[b : close + 1]):
            b = close + 1
        if "/" not in t[a:b] and (annex := _ANNEX_PATH.match(t, b)):  # not a breadcrumb's path: 「首页/政策文件/…」
            b = annex.end()
        rest = t[b:]
        if _tail_is_chrome(rest):
            best = b
    if best is None and (serial := _SERIAL_HEADING.fullmatch(t, a)):
        return a, serial.end()  # 「海关总署公告2018年第135号(关于…的公告)」: the whole line names the announcement (CJ08)
    if best is None and (numbered := _NUMBERED_HEADING.fullmatch(t, a)) and find_docnums(normalise_chars(numbered.group("n"))):
        # a page's heading with the document's number after it, in brackets, and no 文种 to end it:
        # 「2021年县政府重点工作任务(华政发〔2021〕2号)」 (AN08)
        return a, numbered.end("t")
    if best is None and (explained := _EXPLAINED.fullmatch(t, a)):
        return a, explained.end()
    if best is None and t.endswith("号令)") and (order := _BRACKETED_ORDER.fullmatch(t, a)):
        return a, order.end()
    if best is None and (cut := _CUT_SHORT.fullmatch(t, a)):
        return a, cut.end("t")
    if best is None or best - a < 4 or t[a] == "(" or _HEADLINE.match(t[a:best]) or _ORDER_HEADER.fullmatch(t[a:best]):
        return None
    if t[a] == "《" and t[best : best + 1] == "》" and t.count("《") == 1:
        return a + 1, best
    return a, best


def explained_title(title: str) -> str | None:
    """The title of the document a 解读 page's heading names, or None for any other heading.

    >>> explained_title("《某县人民政府关于公布规范性文件清理结果的通知》的政策解读"), explained_title("某县人民政府关于…的通知")
    ('某县人民政府关于公布规范性文件清理结果的通知', None)
    """
    return (m.group("t") or m.group("u")) if (m := _EXPLAINED.fullmatch(title)) else None


_MONTH_DAY = re.compile(r"\([0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日\)")


def _tail_is_chrome(rest: str) -> bool:
    """Whether what follows a title on its line is only its number, issuers, date, year or chrome."""
    r = rest.strip(_CHROME + "》")
    if not r:
        return True
    # (an edition's year, an order's number, a site's part of a series it reprints: 「(1.民政篇)」, BU09)
    r = re.sub(r"^\((?:(?:19|20)\d{2}年?(?:修订|修正)?|[^()]{0,20}号令?|(?:[0-9一二三四五六七八九十]+[.、]?)?[\u4e00-\u9fff]{1,6}篇)\)", "", r)
    for n in reversed(find_docnums(r)):
        r = r[: n.start] + r[n.end :]
    r = ANY_DATE.sub("", r)
    r = _MONTH_DAY.sub("", r)  # a date without its year: 「…监测情况的通报(7月2日) |」 (FX04)
    r = re.sub(r"中华人民共和国|[\u4e00-\u9fff]{0,20}(?:人民政府|办公厅|办公室|国务院|部|委员会|局|厅)", "", r)
    return not r.strip(_CHROME + "()")


def clear_caches() -> None:
    """Forget the lines read so far (a benchmark's repetitions each start cold, as a worker meeting a text does)."""
    for read in (_labelled, _cells, starts_with_label, slot_number, is_body_line, _number_in, title_in):
        read.cache_clear()
