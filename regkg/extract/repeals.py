"""Finder: repeals and supersessions (同时废止, 停止执行, 自行失效, a revision replacing an edition)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from regkg.extract import cues
from regkg.extract.anchored import find_all, finditer_at
from regkg.extract.citations import TitleRef, is_bare_kind, numbered_by
from regkg.extract.clean import Text
from regkg.extract.docnum import DocNum, find_docnums
from regkg.extract.document_text import DocumentText, ended_by_notes, history_notes
from regkg.extract.models import Document, Repeal, Warning
from regkg.extract.printed import printed
from regkg.extract.table_rows import table_rows

__all__ = ["RepealFact", "find_repeals", "history_repeals", "repeals_in"]

_ITEM_REASON = re.compile(r"(?:废止|失效|修改|保留)?(?:理由|原因)[::]")  # an item's reason, printed under it
_CUE = re.compile("|".join(sorted(cues.REPEAL_CUES, key=len, reverse=True)))
_REVISION = re.compile("|".join(cues.REVISION_CUES))
_REVISED = re.compile(cues.REVISED_EDITION)
# An amending decision and the deletions it lists: 「…的部分条款作如下修改:」 then 「1.删去第八条。」
# after a title: the title amended what follows, its number or order in brackets, the amendment counted or not
# (「《关于修改…的决定》(某政发〔2010〕12号)第二次修正的《Y》同时废止」)
_AMENDED_BY = re.compile(r"(?:\([^()]{0,40}\))?(?:第[一二三四五六七八九十]+次)?(?:修正|修订|修改)[的、,]")
_AMENDS = re.compile(r"作出?(?:如下|以下)修[改订]|修改如下|予以修改|部分条款")  # 「作如下修订并重新发布」 (BV08)
_WHY = re.compile(r"已|因|由于|理由")  # before _AMENDS in a list item: a repeal's reason (「上位法已予以修改」)
_BRACKETS_ONLY = re.compile(r"(?:\([^()]*\))?")
_STATUS_LINE = re.compile(cues.STATUS_LINE, re.M)
# 「…关于修改《X》等地方性法规的决定」 (AW07), 「…关于废止和修改部分地方性法规的决定」 (BB01); not news of one
# (「…表决通过关于修改…的决定」), nor a decision revoking one (「关于撤销《关于修改〈甲〉的决定》的决定」)
# What a bare title naming a repealing decision runs on to after its cue: 「关于废止《X》等规范性文件的决定」, its cell or
# line ending after it
_DECISION_NAMED = re.compile(r"[^。;:|\n]{0,120}?的(?:决定|通知)(?=[ |\n(]|$)")
_AMENDING_TITLE = re.compile(r"(?<!通过)关于(?:废止[和、])?修改(?:《[^《》]{2,100}》|[^《》]){2,120}?的决定$")
# A decision that amends one rule names it in its title (「住房城乡建设部关于修改《X》的决定」): its items
# (「二、删去第三条。」) change that rule without naming it (I04).
_AMENDS_ONE = re.compile(r"关于修改《(?P<t>[^《》]{2,100})》的决定$")
# (or the article named first, the verb after: 「将第九条第一款删除」 「将第十五条、第十九条删除」, DD01)
# (words deleted inside an article amend it: 「删除《X》第二十一条中的“…和”」 is no partial repeal, FG02 as BS10 and AW07 key)
_WORDS_INSIDE = r"(?![第一二三四五六七八九十百零〇0-9条款项、]*中)"
# (words inside first, then a whole article in the same list: 「删去第六条第三项、第十八条第二款中的“最后公布标底”、第十二条、第二十二条」,
# GP06)
_STRIKE = f"(?:{cues.STRIKE_WORDS})"  # the verbs that strike an article or words
_DELETES = re.compile(rf"^(?:{_STRIKE}原?第[一二三四五六七八九十百零〇0-9]+条{_WORDS_INSIDE}"
                      rf"|{_STRIKE}原?第[^。;,]{{0,80}}?”、第[一二三四五六七八九十百零〇0-9]+条(?![第一二三四五六七八九十百零〇0-9条款项]*中)"
                      rf"|将原?第[一二三四五六七八九十百零〇0-9]+条[第一二三四五六七八九十百零〇0-9条款项、]{{0,30}}{_STRIKE}[。;]?$)")
# An amending decision's section that names the rule it changes first: 「《X》…」 「删去《X》第十七条」 「将《X》第三条修改为」.
# 「五、修改《X》」 heads the changes to X (AV05).
_NAMES_RULE = re.compile(rf"^(?:{cues.STRIKE_WORDS}|将|对|修改|修订|关于)?《")  # 「一、关于《某市甲办法》的修改」 too
# A PDF's run-on line may print that heading inside a sentence: 「…附件国家卫生健康委决定修改的部门规章一、修改《X》(一)将…」 (AV05),
# or a database's: 「…决定:一、废止《甲》(…通过)二、对《X》作出修改(一)将…」 (BB01)
# (or a heading of its own with no numeral, the quote that closed the item before it run in: 「对《威海市居民养老服务保障条例》作出
# 修改」, GH10)
_CHANGES_RULE_INSIDE = re.compile(r"(?:[一二三四五六七八九十]+、|^[”’」』]?(?=对《))(?:(?:修改|修订)《(?P<t>[^《》]{2,100})》"
                                  r"|对《(?P<u>[^《》]{2,100})》(?:\([^()]*\))?作出?(?:如下|以下)?修改)")
# A deletion printed in the same sentence as the heading, after an item's number: 「一、修改《X》(一)删去第五条。」
# (or after a section's 「对《X》作出修改」, its line joined to the deletion under it: 「三、对《某条例》作出修改删去第三十一条。」 CO07)
# (or after another change of the item's, a comma between: 「六、将第三章并入第二章,删去第二十四条。」, GE12)
_DELETION_INSIDE = re.compile(rf"(?:\)|》作出?(?:如下)?修改:?|[,;]){_STRIKE}原?第[一二三四五六七八九十百零〇0-9]+条{_WORDS_INSIDE}")
# A sentence that opens by changing an article of a rule names the rule the sentences after it change, when no item
# does: 「二、修改下列1件地方性法规」 then 「将《X》第五条第三款中的“…”修改为“…”。」 … 「删去第十四条第二款。」 (CU03)
_OPENS_ON_RULE = re.compile(r"将《(?P<t>[^《》]{2,100})》(?:\([^()]{0,40}\))?(?:第[一二三四五六七八九十百零〇0-9]+条|中的?|的?名称)")
# (its order's number in brackets after it: 「二、删去《农药生产许可管理办法》(农业部令2017年第4号)第九条第二款。」, DL06)
# (or 文件 after it: 「二、删除《…的通知》(渝财综〔2016〕114号)文件中第八条“…”」, EU01)
_DELETES_NAMED = re.compile(rf"^{_STRIKE}《[^》]{{2,100}}》(?:\([^()]{{0,40}}\))?(?:文件)?中?的?原?第[一二三四五六七八九十百零〇0-9]+条"
                            rf"{_WORDS_INSIDE}")
_ANNEX_LIST = re.compile(cues.CLEAN_UP_LIST)
_KEPT_LIST = re.compile(cues.KEPT_LIST)
# Between a cue and the titles it lists: a joiner, and each title's issuance may be dated
# (「废止2012年1月10日发布的《关于…的通知》(环办〔2012〕5号)」).
# (or a congress's statute dated by its passing and approval: 「废止2004年3月30日由…常务委员会第五次会议通过,…第十一次会议批准的
# 《X》」 BT08, 「废止2005年10月26日…第二十二次会议通过的《X》」 BT11)
# (or passed and amended since: 「废止1997年10月21日…会议通过、2010年9月17日…第一次修正、2023年12月28日…第二次修正的《X》」, GH06)
# (or the kind of document it is: 「废止我镇行政规范性文件《X》」 「废止市政府规范性文件《X》」, DD08)
_JOINER = re.compile(rf"\s*(?:[、,]|和|及|以及)?\s*(?:{cues.DATE}(?:[\u4e00-\u9fff]{{0,20}}?(?:发布|印发|公布|下发)"
                     r"|[^。;《》]{0,200}?(?:通过|批准|修正|修订))的)?"
                     r"(?:(?:[我本][镇乡县市区省局委厅]|[省市县区镇](?:人民)?政府)?(?:行政)?规范性文件)?")
# (the number printed year first holds brackets of its own: 「((83)银发字第381号文印发)」 CJ07)
_NUMBER_BRACKET = re.compile(r"\((?:[^()]|\([^()]{1,8}\)){0,40}\)")
# a listed title's history in brackets, of any length: 「(1987年1月17日…通过…2005年7月29日…批准)」 (FG09)
_HISTORY_BRACKET = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
# A clean-up list's title, then in brackets the day its number issued it: 「《X》(1989年12月29日桂政发〔1989〕141号发布,…修正)」
_ISSUED_ON = re.compile(rf"\(\s*{cues.DATE}\s*")
# A revised rule's history note under its heading, the edition first issued and its number then the revision:
# 「(2020年6月15日定府办规〔2020〕3号印发,2021年2月1日县政府第109次常务会第一次修订)」 (U01).
_EDITION_NOTE = re.compile(_ISSUED_ON.pattern + r"(?P<n>[^()]{4,30}?号)\s*(?:印发|发布)[^()]{0,60}?修订")
# A decision whose targets are listed in an annex not printed: 「…的2274件省政府文件宣布失效」 「现决定废止15件司法解释」
_UNLISTED = re.compile(r"(?:决定|现决定)[^。]{0,160}?[0-9一二三四五六七八九十百千]+(?:件|部|个|项|批)[^。]{0,30}?(?:宣布失效|予以废止|废止|失效)"
                       r"|(?:决定|现决定)(?:废止|宣布失效)[0-9一二三四五六七八九十百千]+(?:件|部|个|项)")
_BASIS = re.compile("|".join(cues.BASED_ON_CUES))
_SERIES_MARKS = ("、", "和", "及", "与")
_MATTER = re.compile(r"的?(?:情况|工作|程序|机制|权限|事项)")
_REPORT = re.compile(cues.REPEAL_REPORT)
# a repeal another body made before, reported: 「由于国质检特函〔2007〕901号文件已在2011年5月由国家质检总局公告废止」 (GO11)
# (or by one not named: 「…已被国家质检总局公告废止」 「…已于2011年5月废止」; not what a body was asked to do, 「已经市政府同意由
# 市司法局予以废止」, review)
# (a clean-up's own wording, 「已被新的文件规定涵盖或者替代的5233件区政府文件宣布失效」, is no report: J10)
# (被 alone is a document's own reading: 「…被确定为废止」, second review)
_DONE_BY_ANOTHER = re.compile(r"(?:已(?!经|报)[^,。;:的]{0,16}?由|已被)[^,。;:的]{2,24}?$|已于[^,。;:的]{2,16}$")
_DONE_REACH = 44  # characters before a cue such a report can start (已, 16, 由, 24: 42)
_LIST_HEAD = re.compile(cues.REPEAL_LIST_HEAD)
_LIST_HEAD_WORDS = ("废止", "失效", "停止执行")  # a list head prints one of them: a sentence without is spared the search
_LIST_ITEM = re.compile(r"^(?:[0-9]+[.、]|[(][0-9一二三四五六七八九十]+[)])")
# A clean-up list may print its items as sections (「一、《…》」) and its titles bare (「一、河北省耕地占用税实施办法」
# with the order that made it in brackets below): an item is a title, then only brackets.
_ITEM_MARK = re.compile(r"^(?:[0-9]+[.、]|[(][0-9一二三四五六七八九十]+[)]|[一二三四五六七八九十]+、)\s*")
# (a law's title may stand inside the bare one: 「(一)江西省实施《退役士兵安置条例》办法(…令第225号公布…)」; so may a short
# bracket with the title going on after it: 「…偷越国(边)境犯罪的补充规定」, BI04)
# (not an amendment's item that strikes an article whose words end like a kind: 「十二、删除第四十八条之规定。」, BT09)
# (a legislature's list names laws, 「中华人民共和国乡镇企业法」, and interpretations, 「…关于《…》第九十九条…的解释」, DB03;
# its titles may be long: 「…关于授权国务院在中国(广东)自由贸易试验区、…暂时调整有关法律规定的行政审批的决定」)
_BARE_TITLE = re.compile(rf"^(?!{cues.STRIKE_WORDS})(?P<t>[^《》(),。;:](?:[^《》(),。;:]|《[^《》]{{2,40}}》|\([\u4e00-\u9fff、]{{1,4}}\)(?=[\u4e00-\u9fff、]))"
                         rf"{{3,160}}?(?:{'|'.join(cues.KINDS + cues.RULE_KINDS)}|(?<=[\u4e00-\u9fff]{{2}})法|解释)(?:\((?:试行|暂行)\))?)(?:\(|$|。)")
_SECTION = re.compile(r"^[一二三四五六七八九十]+、")  # a section, or in a clean-up list an item
# An item of a list printed with no mark, a title in 《》 alone (its history or number in brackets after it):
# 「决定废止以下两部单行条例:《甲》(…通过)。《乙》(…批准)。」, each on a line of its own or run on (FG09)
_TITLE_ITEM = re.compile(rf"《[^《》]{{2,160}}》(?:{_HISTORY_BRACKET.pattern})?[。;]?")
# An item of a list run on in one line, a title right after its mark: 「一、《甲》」 「(一)《甲》」 「1.《甲》」; the head's colon is
# near it, and a head that keeps some in force or repeals parts lists no repeals whole.
_RUN_ON_ITEM = re.compile(r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十0-9]+\)|(?<![0-9])[0-9]{1,2}[.、])《")
_HEAD_TO_COLON = 30  # 「废止下列省人民政府规章和行政规范性文件:」
_NOT_ALL_REPEALED = re.compile(r"不予|继续有效|保留|部分条款|中的|修改|修订")
# A list head that names what stays in force: 「经清理,以下规章不予废止,继续有效:」 lists no repeal, on lines or run on
_KEPT_IN_FORCE = re.compile(r"不予(?:废止|宣布失效)|继续有效|予以保留")
# A clean-up list's section of what stays: kept, or kept to be amended (「二、适时修改规范性文件共10份」 「三、保留的文件」), its
# word near its mark (not an item's history: 「一、唐山市矿产资源开采管理条例(…根据…关于修改部分法规的决定修正)」, BX08)
_KEPT_SECTION = re.compile(r"^[一二三四五六七八九十]+、[^《》()\n]{0,6}(?:修改|修订|保留|继续有效|继续执行)")
# where a run-on list turns from repeals to amendments or to what stays: 「…会议同时决定,对下列地方性法规作出修改:」
_LIST_TURNS = re.compile(r"作出?(?:如下|以下|相应)?修改|进行修改|修改如下|予以修改|予以修订|继续有效|予以保留|不予废止")
# An item of a clean-up list printed with no number before it, alone on its line: its title, then its number or its
# issue in brackets (the number's own brackets inside: 「(卫监字(89)第23号)」 「((79)卫政字第1587号)」) (AT06, AT07).
_NOT_AN_ITEM = re.compile(r"^本|令$")  # (a law by its adoption: 「…的决定(1988年7月1日七届全国人大常委会第二次会议通过)」, DB03)
_UNNUMBERED_ITEM = re.compile(r"(?P<t>[^。;:()\n](?:[^。;:\n()]|\([^()\n]{1,20}\)){3,120}?)\s*"
                              r"\((?:[^()\n]|\([^()\n]{1,12}\)){2,40}?(?:号|发布|印发|会议通过)\)\s*[。;]?")
# A word every statement read by find_repeals prints: its cues (「同时废止」 「不再执行」 「停止施行」 「自行失效」), list heads,
# revisions (「修订」) and amending decisions (「作如下修改」 「部分条款」). Outside a list or an amending
# decision, a sentence with none is passed over after this one look (DocumentText.holding) instead of five searches. (停止
# and 不再, not the 执行 and 施行 after them: 「自…起施行」 「认真贯彻执行」 are in one sentence in twelve, and no cue.)
_ANY_WORD = ("废止", "失效", "停止", "不再", "修订", "修改", "部分条款", "作废", "废除", "删除", "删去", *cues.SUSPENSION_CUES)
_YEARS = re.compile(r"[(]?\d{4}(?:[-—–~至]\d{4})?年?(?:修订|本)?[)]?")
# the cue must govern the target: 「…《X》(号)同时废止」, 「决定废止《X》」, 「原…不再执行」
_MAX_CLAUSE = 400  # a clause listing targets before its cue is no longer than this
# A revision under way or to come replaces nothing yet: 「环保总局正在对《规划》进行修订」 (Y03) 「将对《X》进行修订」.
_UNDERWAY = re.compile(r"(?:正在|正|(?<!现)将|拟|准备|即将|抓紧|计划)$")
# A revision dated before the sentence that reports it, which issues nothing now: 「2015年财政部…修订了《X》,重点增加了…」
_DATED = re.compile(r"(?:19|20)\d{2}年")
_ISSUES_NOW = re.compile(r"现(?:予|将)?(?:印发|发布|公布)|印发给你们")
# The document's own title, dated as made before: the edition it replaces, 「本办法自2024年3月1日起施行。交通运输部于
# 2013年1月11日以交通运输部令2013年第1号公布的《快递市场管理办法》同时废止」 (AB01, AB02).
# (the order that published it between: 「2011年7月21日公布的中国气象局第20号令《防雷减灾管理办法》同时废止」, AQ07)
# (or dated by when it took effect: 「2013年10月1日施行的《银川市建筑垃圾管理条例》同时废止」, BZ09)
# (or amended, when the repeal cue follows it: 「…第200号令修改的《X》同时废止」 「…的决定》修正的《X》和…同时废止」,
# BA01, BA02; 「经…令第52号修正的《X》自…起施行」 names the edition in force)
_EARLIER_EDITION = re.compile(r"(?:19|20)\d{2}年[^《》。;]{0,40}?(?:发布|公布|印发|颁布|施行|实施)的(?:[^《》。;,]{0,16}令)?$")
_AMENDED_EDITION = re.compile(r"(?:(?:19|20)\d{2}年[^《》。;]{0,40}?(?:修正|修改|修订)的(?:[^《》。;,]{0,16}令)?|[》>](?:修正|修改|修订)的)$")
# What ends the phrase repealing an earlier edition named before it: 「…同时废止」 「…不再执行」.
_EDITION_REPEALED = r"(?:同时)?(?:废止|停止执行|不再执行|失效)"
# (the next in a list after a comma too: 「…令第218号修改的《X》,2008年…令第176号公布的《Y》同时废止」, CU02)
_REPEALED_AFTER = re.compile(r"》(?:(?:和|及|、|,)[^。;《》]{0,80}?《[^》]{2,80}》)*" + _EDITION_REPEALED)
# or the order that published it in brackets after it: 「《X》(国家税务总局令第24号公布)同时废止」 (CU01), the verb unsaid:
# 「《X》(环境保护部、商务部、海关总署令第26号)同时废止」 (GC07)
_PUBLISHED_THEN_REPEALED = re.compile(r"》\([^()]{0,40}?令[^()]{0,30}?(?:(?:公布|发布|颁布)[^()]{0,30})?\)" + _EDITION_REPEALED)
# or marked former by 原, maybe with its order's number in brackets: 「原《普通高等学校学生管理规定》(教育部令第21号)同时废止」 (FH02)
_FORMER_THEN_REPEALED = re.compile(r"》(?:\([^()]{0,40}\))?" + _EDITION_REPEALED)
_BRACKET_CLOSED = re.compile(r"\s*[)]\s*[。;]?\s*")
_REVISION_SIMILARITY = 0.6  # how alike an earlier edition's title must be to the revised one's


@dataclass(frozen=True)
class RepealFact:
    target_number: str | None
    target_title: str | None
    start: int  # evidence sentence in the searched text
    end: int
    cue: str
    partial: bool = False  # 「删去第八条」 repeals part of the target, which stays in force


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, _YEARS.sub("", a), _YEARS.sub("", b)).ratio()


# A document listed as the basis the revision rests on, from 根据 to it with no stop between but inside book marks: no
# earlier edition, however alike its title. 「根据《广西财政专项扶贫资金管理办法》(桂政办发〔2017〕42号)、…等有关规定,修订本办法」
# revises 隆安县's own 办法 (HT02).
_A_BASIS = re.compile(rf"(?:{'|'.join(cues.BASIS_WORDS)})(?:《[^《》]*》|[^,。;:《》])*$")


def _run_on_items(text: str, at: int, start: int, numbers: list[DocNum], titles: list[TitleRef],
                  cue: str) -> list[RepealFact]:
    """The items of a repeal list run on in one sentence from ``at`` (_RUN_ON_ITEM), each a title right after its
    mark, its evidence to the next mark; none after the list turns to amendments or to what stays (_LIST_TURNS)."""
    stop = m.start() if (m := _LIST_TURNS.search(text, at)) else len(text)
    marks = [m.start() for m in _RUN_ON_ITEM.finditer(text, at, stop)]
    out: list[RepealFact] = []
    for a, b in zip(marks, [*marks[1:], stop]):
        if (t := next((t for t in titles if t.start == start + text.index("《", a)), None)) is not None:
            n = next((n.canonical for n in numbers if numbered_by(text, t.end - start, n.start - start)), None)
            out.append(RepealFact(n, t.title, start + a, start + b, cue))
    return out


def find_repeals(
    doc: DocumentText,
    own_number: str | None,
    own_titles: tuple[str, ...],
    title_of: dict[str, str],
) -> list[RepealFact]:
    """Repeal statements among the sentences of one document's flow text.

    Its ``numbers`` and ``titles`` are the 发文字号 and 《…》 found in the same text (flow offsets);
    ``title_of`` maps a cited number to the title printed with it. A sentence must name a target:
    general conflict clauses and reports of past clean-up (「确定废止、失效73件」) are not repeals.

    >>> all(any(w in cue for w in _ANY_WORD) for cue in cues.REPEAL_CUES)  # every cue passes the first look
    True
    """
    sentences, numbers, titles = doc.sentences, doc.numbers, doc.titles
    out: list[RepealFact] = []
    editions: list[RepealFact] = []  # the earlier editions of those it issues revised (added last)
    listing: str | None = None  # the list heading whose items are being read, if any
    reason = False  # whether the sentence before is an item's reason, or goes on one
    number_of = {t: n for n, t in title_of.items()}  # a title printed elsewhere with its number
    # the number an issued revision's earlier edition had, from the one history note that prints it
    notes = {n.canonical for k in doc.holding(["修订"]) for text, start, _ in [sentences[k]]
             for m in _EDITION_NOTE.finditer(text) for n in numbers if n.start == start + m.start("n")}
    first_edition = notes.pop() if len(notes) == 1 else None
    # in an amending decision (its title 「关于修改…的决定」, or a sentence 「作如下修改」): the rule whose articles
    # the items change
    only = next((m.group("t") for t in own_titles if (m := _AMENDS_ONE.search(t))), None)
    amending: str | None | bool = only or (True if any(_AMENDING_TITLE.search(t) for t in own_titles) else None)
    worded = doc.holding(_ANY_WORD)
    for k, (text, start, end) in enumerate(sentences):
        if listing is None and amending is None and k not in worded:
            continue
        # an item's reason, 「废止理由:一是…。且上位法已修改。」, run into it or on a line of its own, and its sentences on to
        # the next line keep the list open, and amend nothing (EB01)
        reason = listing is not None and (_ITEM_REASON.search(text) is not None or (reason and doc.s[start - 1 : start] != "\n"))
        amends = None if reason else _AMENDS.search(text)
        # 「二、对16件省政府规章的部分条款予以修改」 ends the list of repeals; an item's reason does not (「(上位法已予以修改)」
        # 「,因上位法予以修改」)
        if amends and listing is not None and not _WHY.search(text, max(0, amends.start() - 8), amends.start()):
            listing = None
        named = [t for t in titles if start <= t.start < start + amends.start()] if amends else []
        opens = amending is None and amends is not None  # the sentence naming the rule the items after it change
        if opens:
            # 「决定对《X》作如下修改:」 names the one rule the items after it change (AX03): X right after 对, only its
            # number or short name in brackets before the verb (not 「根据《X》,…对本市有关规章作如下修改」, nor 「对《X》等2件」)
            # (the last title after 对: a basis's title may come first, 「根据《甲》,决定对《乙》作如下修改」, and its short
            # form after it, 「对《乙》(以下简称《办法》)作如下修改」)
            after_dui = [t for t in named if text[t.start - start - 1 : t.start - start] == "对"]
            amending = after_dui[-1].title if after_dui and \
                _BRACKETS_ONLY.fullmatch(text, after_dui[-1].end - start, amends.start()) else True
        # 「对《X》(号)作以下修改:删除第十八条第二款…」: the deletion in the amending sentence itself (Q04), the rule named by
        # the decision's title too (BT07, a page run into one line: 「…作如下修改:删去第九条 。」)
        if named and (colon := text.find(":", amends.end(), amends.end() + 2)) >= 0 and _DELETES.match(text[colon + 1 :]):
            rule = named[-1]
            n = next((n.canonical for n in numbers if numbered_by(text, rule.end - start, n.start - start)), None)
            out.append(RepealFact(n or number_of.get(rule.title), rule.title, start, end, "删去", partial=True))
        if opens:
            pass  # no item of the amendments itself
        elif amending is not None and (_SECTION.match(text) or (_LIST_ITEM.match(text)
                                                                and _NAMES_RULE.match(_ITEM_MARK.sub("", text)))):
            # 「一、某暂行规定(…)」 「二、删去《X》第十七条第二款。」 「(三)将《Y》第三条修改为…」: the rule this item changes
            item = _ITEM_MARK.sub("", text)
            # (a kind alone, 「将《条例》名称修改为《Y》」, is the rule amended already named by its short name, and Y its new
            # name: BT09)
            reworded = text.find("修改为")
            head_titles = [t for t in titles if start <= t.start < (end if reworded < 0 else start + reworded)
                           and _NAMES_RULE.match(item) and not is_bare_kind(t.title)]
            bare = _BARE_TITLE.match(item)
            # a section naming no rule goes on changing the rule named before it: 「决定对《X》作如下修改:」 then
            # 「一、将第六条修改为…」 … 「七、删除第十二条。」 (AX03)
            named_here = bool(head_titles or bare)
            amending = head_titles[0].title if head_titles else bare.group("t") if bare else \
                amending if isinstance(amending, str) else only or True
            if isinstance(amending, str) and (_DELETES_NAMED.match(item) or (not named_here and _DELETES.match(item))
                                              or _DELETION_INSIDE.search(item)):
                out.append(_partial(amending, numbers, title_of, number_of, start, end))
        elif amending is not None and (inside := list(_CHANGES_RULE_INSIDE.finditer(text))):
            amending = inside[-1].group("t") or inside[-1].group("u")
            if _DELETION_INSIDE.search(text, inside[-1].end()):
                out.append(_partial(amending, numbers, title_of, number_of, start, end))
        elif amending is not None and (turned := _OPENS_ON_RULE.match(text.lstrip("”’」』"))):
            amending = turned.group("t")
        # (a quote the item before closed may open the sentence: 「…修改为“….”」 then 「删去第十四条第二款。」)
        elif amending is None and _DELETES_NAMED.match(_ITEM_MARK.sub("", text)) and \
                (rule := next((t for t in titles if start <= t.start < end), None)) is not None:
            # a deletion that names its rule is a partial repeal of it wherever it stands, in a notice that clears its
            # rules as in an amending decision: 「二、删除《X》(渝财综〔2016〕114号)文件中第八条」 (EU01)
            out.append(_partial(rule.title, numbers, title_of, number_of, start, end))
        elif isinstance(amending, str) and _DELETES.match(_ITEM_MARK.sub("", text.lstrip("”’」』"))):
            # then 「1.删去第八条。」 or 「删去第十六条。」 under it: a partial repeal of that rule
            quote = len(text) - len(text.lstrip("”’」』"))
            out.append(_partial(amending, numbers, title_of, number_of, start + quote, end))
        if listing is not None and (text.rstrip().endswith(":") or (_SECTION.match(text) and _KEPT_SECTION.search(text))):
            # 「二、以下文件继续有效:」: a new heading ends the list (a list head may start another below), as does a
            # section of what is kept or amended: 「二、适时修改规范性文件共10份」 (JC01)
            listing = None
        if listing is not None:
            if _BRACKET_CLOSED.fullmatch(text):
                continue  # 「三、《X》(…令第2号发布。)」: the stop inside the bracket split off its close (AP07)
            if _TITLE_ITEM.fullmatch(text):
                out += _titles_listed(text, 0, start, numbers, titles, listing)
                continue
            # an item printed with no number before it: 「卫生部关于职工休假问题的通知(卫人发(91)第43号)」 (AT07)
            numbered = _LIST_ITEM.match(text) or _SECTION.match(text)
            unnumbered = None if numbered else _UNNUMBERED_ITEM.fullmatch(text)
            if unnumbered and _NOT_AN_ITEM.search(unnumbered.group("t")):
                unnumbered = None  # 「本决定自公布之日起施行(…发布)」 「某市人民政府令(第125号)」
            if numbered or unnumbered:
                # items after this one run on in its sentence: 「二、《甲》(history)三、《乙》(history)…」
                out += _run_on_items(text, 1, start, numbers, titles, listing)
                item_nums = [n for n in numbers if start <= n.start < end]
                item_titles = [t for t in titles if start <= t.start < end]
                bare = _BARE_TITLE.match(_ITEM_MARK.sub("", text))
                if item_nums and (unnumbered or not item_titles or item_nums[0].start - item_titles[0].end <= 3
                                  or _ISSUED_ON.fullmatch(text, item_titles[0].end - start, item_nums[0].start - start)
                                  or numbered_by(text, item_titles[0].end - start, item_nums[0].start - start)):
                    n = item_nums[0]
                    # (a bare title before the number: 「1.关于调整…有关事项的复函(沪发改价管〔2024〕8号)」, CB02)
                    t_of = unnumbered.group("t") if unnumbered else \
                        title_of.get(n.canonical) or (item_titles[0].title if item_titles else None) or \
                        (bare.group("t") if bare else None)
                    out.append(RepealFact(n.canonical, t_of, start, end, listing))
                    continue
                if item_titles and _ITEM_MARK.sub("", text).startswith("《"):
                    out.append(RepealFact(None, item_titles[0].title, start, end, listing))
                    continue
                if unnumbered and not item_nums:  # 「副霍乱防治方案(卫生部1981年5月27日发布)」
                    out.append(RepealFact(None, unnumbered.group("t"), start, end, listing))
                    continue
                if bare and not _ANNEX_LIST.search(bare.group("t")) and not _KEPT_LIST.search(bare.group("t")):
                    out.append(RepealFact(None, bare.group("t"), start, end, listing))
                    continue
                if _LIST_ITEM.match(text):
                    continue
            if not reason and (text.startswith("(") or not _SECTION.match(text)):
                listing = None if not text.startswith("(") else listing
        if any(w in text for w in _LIST_HEAD_WORDS) and (head := _LIST_HEAD.search(text)) and not _inside(start + head.start(), titles):
            colon = text.find(":", head.end(), head.end() + _HEAD_TO_COLON)
            if _KEPT_IN_FORCE.search(text, head.start(), colon if colon >= 0 else len(text)):
                continue
            if colon >= 0 and _NOT_ALL_REPEALED.search(text, head.start(), colon):
                listing = None  # 「废止下列规章,并对以下规章进行修改:」: the list after the colon, on its line or below, is not all repealed
                continue
            listing = head.group()
            # the items run on in the head's own sentence (a database's page of one line): 「…决定,废止下列地方性法规:
            # 一、《甲》(…通过根据…修正)二、《乙》(…)…」 (BB02), right after the head's colon
            if colon >= 0 and _RUN_ON_ITEM.match(text, colon + 1):
                out += _run_on_items(text, colon + 1, start, numbers, titles, listing)
            elif colon >= 0 and _TITLE_ITEM.match(text, colon + 1):
                out += _titles_listed(text, colon + 1, start, numbers, titles, listing)
            continue
        for m in _REVISED.finditer(text):  # the edition a revision replaces is named in the phrase itself
            if _UNDERWAY.search(text, max(0, m.start() - 4), m.start()):
                continue
            clause = text[max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start())) + 1 : m.start()]
            issued = m.group("c") or m.group("d")  # 「新修订的《X》」 「《X》已…修订通过,现予印发」: the edition it issues
            if issued and _BASIS.search(clause):  # 「根据新修订的《预算法》」 cites the revised law; it revises nothing
                continue
            if m.group("b") and _DATED.search(clause) and not _ISSUES_NOW.search(text, m.end()):
                continue  # a revision of years before, reported: 「2015年财政部、国家档案局修订了《会计档案管理办法》,…」 (KL03)
            for t in titles:
                if issued and t.title not in own_titles:  # an issued edition revises only what it issues
                    continue
                if start + m.start() <= t.start < start + m.end():
                    n = next((n.canonical for n in numbers if numbered_by(text, t.end - start, n.start - start)), None)
                    (editions if issued else out).append(RepealFact(n or number_of.get(t.title) or (first_edition if issued else None),
                                                                    t.title, start, end, "修订"))
        cue_m = None
        if not _CUE.search(text) and not _REVISION.search(text):
            continue
        nums = [n for n in numbers if start <= n.start < end]  # own number kept: a self-repeal is flagged
        # (a certificate or a form that lapses is no document repealed: 「原《…生产资质证书》到期自动失效」, DF07)
        refs = [t for t in titles if start <= t.start < end and not _ANNEX_LIST.search(t.title)
                and not t.title.endswith(cues.NOT_CITED_TITLE_ENDINGS)
                and (t.title not in own_titles or _EARLIER_EDITION.search(text, max(0, t.start - start - 50), t.start - start)
                     or (_AMENDED_EDITION.search(text, max(0, t.start - start - 50), t.start - start)
                         and _REPEALED_AFTER.match(text, t.end - start - 1))
                     or _PUBLISHED_THEN_REPEALED.match(text, t.end - start - 1)
                     or (text.endswith("原", 0, t.start - start) and _FORMER_THEN_REPEALED.match(text, t.end - start - 1)))]
        for m in _CUE.finditer(text):
            # 「确定废止、失效73件」 reports past work; a cue inside a title (「《…关于废止…的决定》」) cites one
            # 「…条例》(自1998年11月29日起施行,2017年10月1日废止,以下简称旧条例)」: a cited law's history, in brackets
            # (and a cue in the document's own heading run into the sentence, 「…发布中国人民银行关于废止部分规章的决定为加强…,
            # 中国人民银行决定废止《A》…」, a page of one line: CJ07)
            # (a title printed bare, a listed document's in a table's cell: 「深圳市商务局关于废止《X》等规范性文件的决定 |」, DP01)
            # (a cue in a series of acts named as a matter, 「…相关规定和上级文件制定、修改、废止情况,…进行系统全面清理」, FZ08)
            # (and what the list above repealed, named again: 「对于废止的规范性文件,自本通知印发之日起一律停止执行」, JC01)
            if _REPORT.match(text, m.start()) or _inside(start + m.start(), titles) or \
                    text.find("已", max(0, m.start() - _DONE_REACH), m.start()) >= 0 and \
                    _DONE_BY_ANOTHER.search(text, max(0, m.start() - _DONE_REACH), m.start()) or \
                    (text[m.start() - 1 : m.start()] in _SERIES_MARKS and _MATTER.match(text, m.end())) or \
                    (text.endswith("关于", 0, m.start()) and _DECISION_NAMED.match(text, m.end())) or \
                    text.endswith(("对于", "对"), 0, m.start()) or \
                    text.count("(", 0, m.start()) > text.count(")", 0, m.start()) or \
                    any(text.find(t, max(0, m.start() - len(t) + 1), m.start() + len(t)) >= 0 for t in own_titles):
                continue
            cue_m = m
            break
        if cue_m is not None:
            cue_at = start + cue_m.start()
            # a target before its cue stands in the cue's clause: 「(国办发〔2017〕40号)等要求,做好与国家废止…」 is none
            # (not an amender's number: 「…的决定》(某政发〔2010〕12号)修正的《Y》同时废止」)
            nums = [n for n in nums if not _AMENDED_BY.match(text, n.end - start + (text[n.end - start : n.end - start + 1] == ")"))]
            near = [n for n in nums if 0 <= cue_at - n.end and _same_clause(text, n.end - start, cue_at - start)] or \
                   [n for n in nums if 0 <= n.start - (start + cue_m.end()) <= 4] or \
                   [n for n in nums if (held := _before_reason(text, cue_m.start())) and held[0] <= n.start - start < held[1]]
            after = _listed_after(text, cue_m.end(), [TitleRef(t.title, t.start - start, t.end - start) for t in refs])  # 「决定废止《A》、《B》和《C》等3件」
            # a title listed after the cue with its number after it: 「废止…发布的《X》(环办〔2012〕5号)」 repeals that number
            listed_ends = {t.end for t in refs if (t.title, t.start - start) in after}
            near += [n for n in nums if n not in near and any(numbered_by(text, e - start, n.start - start) for e in listed_ends)]
            for n in near:
                # the title printed with the number here, else where the text first prints it: one notice's two rules
                # share its number, 「原《A办法》(沪绿容规〔2017〕6号)…废止」 then 「原《B规定》(沪绿容规〔2017〕6号)…废止」 (BU12)
                here = next((t.title for t in titles if start <= t.start < n.start and
                             numbered_by(text, t.end - start, n.start - start)), None)
                out.append(RepealFact(n.canonical, here or title_of.get(n.canonical), start, end, cue_m.group()))
            numbered_titles = {title_of.get(n.canonical) for n in nums}
            for t in refs:
                # 「根据…公布的《关于修改…的决定》修正的《Y》同时废止」: the decision that amended Y is no target (AW09)
                if t.title in numbered_titles or _AMENDED_BY.match(text, t.end - start):
                    continue
                followed = any(numbered_by(text, t.end - start, n.start - start) for n in nums)
                # every title listed in the cue's clause: 「2000年…令第8号发布的《A》、2001年…发布的《B》同时废止」
                if not followed and ((0 <= cue_at - t.end and _same_clause(text, t.end - start, cue_at - start))
                                     or (t.title, t.start - start) in after):
                    out.append(RepealFact(None, t.title, start, end, cue_m.group()))
            if not near and not refs and _UNLISTED.search(text):  # 「…的2274件省政府文件宣布失效」: the list is an annex
                out.append(RepealFact(None, None, start, end, cue_m.group()))
            continue
        rev = _REVISION.search(text)
        if rev is None or not own_titles:
            continue
        # 「…《X(2018—2025年)》(泸委办[2018]41号)…特修订本规划」: the earlier edition is the cited
        # document whose title is most like the one this document issues.
        window = [n for n in numbers if start - 600 <= n.start < end and n.canonical != own_number
                  and not (n.start > start and _A_BASIS.search(doc.s, start, n.start))]
        best = max(
            ((max(_similar(title_of.get(n.canonical, ""), t) for t in own_titles), n) for n in window),
            default=(0.0, None),
            key=lambda x: x[0],
        )
        if best[1] is not None and best[0] >= _REVISION_SIMILARITY:
            n = best[1]
            out.append(RepealFact(n.canonical, title_of.get(n.canonical), start, end, rev.group()))
    # an edition issued revised replaces its earlier one, unless the text repeals that in so many words: 「修订后的《X预案》
    # …现印发给你们…《关于印发X预案的通知》(安政发〔2012〕35号)同时废止」 (CS01)
    out += [e for e in editions if not any(e.target_title in (r.target_title or "")
                                           or _similar(e.target_title, r.target_title or "") >= _REVISION_SIMILARITY for r in out)]
    return _dedupe(out + (_reissued(sentences, numbers, titles) if "重新" in doc.s else []))


# An edition amended and issued again replaces the one it amends: 「决定对《X》(沪规土资风〔2018〕380号)作如下修改:…」
# then 「现将修改后的文件重新印发」 (X02). Amendments alone (「作如下修改」 with no reissue) leave X in force.
_AMENDED = re.compile(r"对《[^》]{2,120}》(?:\([^()]{0,30}号\))?(?:作|进行)(?:如下|了)?修改")
_REISSUE = re.compile(r"修改后的[^。,;]{0,12}?重新(?:印发|发布|公布)|重新(?:印发|发布|公布)修改后的")


def _reissued(sentences: list[tuple[str, int, int]], numbers: list[DocNum], titles: list[TitleRef]) -> list[RepealFact]:
    """The edition a document amends and issues again, from the sentence naming it to the one reissuing it.

    >>> s = "决定对《某办法》(沪规土资风〔2018〕380号)作如下修改:删去第三条。现将修改后的文件重新印发。"
    >>> from regkg.extract.citations import find_titles
    >>> from regkg.extract.docnum import find_docnums
    >>> [(r.target_number, r.target_title) for r in _reissued([(s, 0, len(s))], find_docnums(s), find_titles(s))]
    [('沪规土资风〔2018〕380号', '某办法')]
    """
    reissue = next(((start, end) for text, start, end in sentences if "重新" in text and _REISSUE.search(text)), None)
    if reissue is None:
        return []
    for text, start, _ in sentences:
        if start > reissue[0] or (m := _AMENDED.search(text)) is None:
            continue
        target = next((t for t in titles if t.start >= start + m.start()), None)
        if target is None:
            continue
        n = next((n.canonical for n in numbers if numbered_by(text, target.end - start, n.start - start)), None)
        return [RepealFact(n, target.title, start, reissue[1], "重新印发")]
    return []


def _partial(rule: str, numbers: list[DocNum], title_of: dict[str, str], number_of: dict[str, str], start: int,
             end: int) -> RepealFact:
    """A partial repeal (删去) of ``rule`` stated in ``[start, end)``, with its number when one printed
    with that title stands just before."""
    n = next((n.canonical for n in numbers if start - 200 <= n.start < start and title_of.get(n.canonical) == rule), None)
    return RepealFact(n or number_of.get(rule), rule, start, end, "删去", partial=True)


# A clause giving the reason for a repeal, between its target and its cue: 「《X》(吉质监标函〔2015〕292号),其内容与现行
# 《…》相抵触,予以废止」 「…,因上位法已修改,予以废止」. Titles in it are what the target conflicts with.
_REASON = re.compile(r"(?:其|因|由于|鉴于|该文件|已)[^,;。]{0,120}?(?:抵触|不一致|不符|不相适应|不适应|已失效|已废止|已修改|已修订|调整|到期|届满|完成)")
# a reason whose subject is the target itself: 「由于《X》(浦高府〔2009〕42号)文件有效期届满,自即日起停止执行」 (FM05)
_REASON_NAMES = re.compile(r"(?:由于|因|鉴于)《")
_LEAD_IN = re.compile(r"(?:自即日起|现|故|特)?(?:决定)?(?:予以|一并)?")  # what may stand before a cue that opens its clause


def _before_reason(text: str, cue: int) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the clause naming a repeal's target when a reason clause stands between it and
    a cue that opens its own clause (「…《X》(号),其内容与《Y》相抵触,予以废止」); None otherwise.

    >>> t = "原省局印发的《某办法》(吉质监标函〔2015〕292号),其内容与现行《某法》相抵触,予以废止。"
    >>> a, b = _before_reason(t, t.index("废止"))
    >>> t[a:b]
    '原省局印发的《某办法》(吉质监标函〔2015〕292号)'
    >>> _before_reason("《某办法》(某发〔2015〕2号),请遵照执行,予以废止。", 26) is None
    True
    >>> t = "经研究决定,由于《某意见》(某府〔2009〕42号)文件有效期届满,自即日起停止执行。"
    >>> a, b = _before_reason(t, t.index("停止执行"))
    >>> t[a:b]
    '由于《某意见》(某府〔2009〕42号)文件有效期届满'
    """
    bounds = [i for i, ch in enumerate(text[:cue]) if ch in ",;"]
    if not bounds or not _LEAD_IN.fullmatch(text[bounds[-1] + 1 : cue]):
        return None
    reason = bounds[-2] + 1 if len(bounds) >= 2 else 0
    # the reason names the target as its subject, no clause before it naming one: its clause is the target's (not
    # 「《甲》(号),因《乙》已修改,予以废止」, where 乙 is the law 甲 conflicts with, review)
    if _REASON_NAMES.match(text, reason) and _REASON.fullmatch(text[reason : bounds[-1]]) and "《" not in text[:reason]:
        return reason, bounds[-1]
    if len(bounds) < 2 or not _REASON.fullmatch(text[reason : bounds[-1]]):
        return None
    return (bounds[-3] + 1 if len(bounds) >= 3 else 0), bounds[-2]


# A comma before the next of a list of dated rules breaks no clause: 「…公布的《A》(…令第12号),2009年7月1日公布…的《B》
# (…令第22号)同时废止」 (AC02), its maker named first: 「…(交通部令2008年第2号),交通运输部2013年12月24日发布的《B》…」 (CP01).
_NEXT_DATED = re.compile(r"(?:原[\u4e00-\u9fff]{2,20}?)?(?:19|20)\d{2}年"
                         r"|[\u4e00-\u9fff]{2,20}?(?:19|20)\d{2}年[^,。;《》]{0,30}?(?:发布|公布|印发|颁布)的")


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` crosses no clause break outside brackets (a target and the cue that governs it). Each item of a
    list of dated rules before one cue is a clause's length at most, not the list: six rules, each with its history, before
    「同时废止」 (GC10)."""
    depth, item = 0, a
    for i in range(a, min(b, len(text))):
        ch = text[i]
        if ch in "(《〈":
            depth += 1
        elif ch in ")》〉":
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0:
            if not (ch == "," and _NEXT_DATED.match(text, i + 1)):
                return False
            if i - item > _MAX_CLAUSE:
                return False
            item = i
    return b - item <= _MAX_CLAUSE


def _titles_listed(text: str, at: int, start: int, numbers: list[DocNum], titles: list[TitleRef],
                   listing: str) -> list[RepealFact]:
    """The repeals of the titles a list prints with no marks from ``at`` of sentence ``text`` (at ``start``): each
    title in 《》, joined by 、和及 and each maybe followed by its number or its history in brackets, by its number
    where it prints one."""
    # (the annex listing them is none: 「《某市废止的规范性文件目录》」, review)
    refs = [TitleRef(t.title, t.start - start, t.end - start) for t in titles
            if start + at <= t.start < start + len(text) and not _ANNEX_LIST.search(t.title)]
    out = []
    for title, begins in _listed_after(text, at, refs, bracket=_HISTORY_BRACKET):
        end = next(t.end for t in refs if t.start == begins)
        n = next((n.canonical for n in numbers if start <= n.start and numbered_by(text, end, n.start - start)), None)
        out.append(RepealFact(n, title, start, start + len(text), listing))
    return out


def _listed_after(s: str, at: int, refs: list[TitleRef], bracket: re.Pattern[str] | None = None) -> list[tuple[str, int]]:
    """The titles listed right after a cue, joined by 、和及 and each maybe followed by its number in brackets."""
    out: list[TitleRef] = []
    for t in sorted(refs, key=lambda r: r.start):
        if t.start < at:
            continue
        if not _JOINER.fullmatch(s[at : t.start]):
            break
        out.append((t.title, t.start))
        at = m.end() if (m := (bracket or _NUMBER_BRACKET).match(s, t.end)) else t.end
    return out


def _inside(pos: int, titles: list[TitleRef]) -> bool:
    return any(t.start < pos < t.end for t in titles)


def _dedupe(facts: list[RepealFact]) -> list[RepealFact]:
    """Each target once, as first stated; a rule repealed by title where the text also repeals it by title and
    number is that one (a page run into one line states 「关于废止《X》的决定」 in its heading's sentence, then
    「现决定废止《X》(某发〔2019〕17号)」: BP02). Two rules one notice issued under one number are two targets
    when each is named: 「原《A办法》(沪绿容规〔2017〕6号)…废止」 and 「原《B规定》(沪绿容规〔2017〕6号)…废止」 (BU12).

    >>> facts = [RepealFact("X〔2017〕6号", "A办法", 0, 1, "废止"), RepealFact("X〔2017〕6号", "B规定", 2, 3, "废止"),
    ...          RepealFact("X〔2017〕6号", None, 4, 5, "废止"), RepealFact("X〔2017〕6号", "关于印发A办法的通知", 6, 7, "废止")]
    >>> [(f.target_number, f.target_title) for f in _dedupe(facts)]
    [('X〔2017〕6号', 'A办法'), ('X〔2017〕6号', 'B规定')]
    """
    numbered = {f.target_title for f in facts if f.target_number is not None and f.target_title}
    seen: set[str | None] = set()  # the titles repealed by title alone so far
    titles_of: dict[str, set[str | None]] = {}  # a number's targets so far, by title (None: named by number alone)
    out = []
    for f in facts:
        if f.target_number is not None:
            titles = titles_of.setdefault(f.target_number, set())
            if not titles or (f.target_title and None not in titles and not any(
                    f.target_title in t or t in f.target_title for t in titles)):  # 「关于印发A办法的通知」 is A办法
                titles.add(f.target_title or None)
                out.append(f)
            continue
        if f.target_title not in seen and f.target_title not in numbered:
            seen.add(f.target_title)
            out.append(f)
    return out


# A rule issued as a revised edition, the revision printed in its title or on the line below its heading:
# 「制定《山福镇突发公共事件总体应急预案(修订)》,现印发给你们」 (AN11), 「…公文处理有关规定\n(2013年2月修订)」 (AM02).
# It replaces the edition before it, the title without the tag (the keys' reading of a revised edition, AL04).
_EDITION_TAG = r"\((?:(?:19|20)\d{2}年?)?(?:\d{1,2}月)?(?:第[一二三四五六七八九十]次)?修[订訂](?:版|本|稿)?\)"  # 「(修订稿)」 (ES03)
_TAGGED = re.compile(rf"(?P<t>.{{4,}}?){_EDITION_TAG}$")
# or after its book marks, handed over (「现将《X》(2022年修订)印发给你们」) or the rule's text opening after it (its heading's line
# break joined in the flow: 「…有关规定(2013年2月修订)为进一步…」); not an edition the text cites (「《X》(2015年修订)执行中的问题」)
_TAG_BELOW = re.compile(rf"》?[ \t]*\n?[ \t]*{_EDITION_TAG}"
                        r"(?=[ \t]*(?:\n|$|印发|现予|予以|,|。|的通知|为|根据|第一|一、|1[.、]))")
# A forwarded revision is its maker's, a draft put out for comment replaces nothing yet
_NOT_ISSUED_HERE = re.compile(r"转发|征求意见")


def revised_editions(doc: DocumentText, attached: tuple[str, ...], own_title: str,
                     repealed: list[RepealFact]) -> list[RepealFact]:
    """The earlier editions of the ``attached`` rules ``doc`` issues as revised editions (see :data:`_TAGGED`),
    but for one the document repeals in so many words (sample 002 issues 「…预案(2024年修订)」 and repeals
    「…预案(2021修订)」): tests/test_repeals.py holds the shapes."""
    out: list[RepealFact] = []
    if _NOT_ISSUED_HERE.search(own_title):
        return out
    for title in sorted(set(attached)):
        if m := _TAGGED.fullmatch(title):  # the earlier edition as printed: 「韶關市…若幹政策措施(修訂版)」 (I12)
            earlier = (_TAGGED.fullmatch(shown) or m).group("t") if (shown := doc.title_shown(title)) else m.group("t")
            at = next((t.start for t in doc.titles if t.title == title), None)
        else:  # the tag on the line below the rule's heading, printed whole
            earlier = title
            at = next((x for x in find_all(doc.s, title) if _TAG_BELOW.match(doc.s, x + len(title))), None)
        if at is None or any(SequenceMatcher(None, earlier, r.target_title or "").ratio() >= _REVISION_SIMILARITY
                             for r in repealed):
            continue
        sentence = doc.sentence_at(at)
        if not _NOT_ISSUED_HERE.search(sentence.text):
            out.append(RepealFact(None, earlier, sentence.start, sentence.end, "修订"))
    return out


def repeals_in(doc: DocumentText, key: str, own_number: str | None, issued: set[str],
               title_of: dict[str, str], attached: tuple[str, ...] = (), own_title: str = "") -> tuple[list[Repeal], list[Warning]]:
    """The repeals ``doc`` states, and a warning for each repeal of itself: a misprint to flag, not a fact to
    act on. ``issued`` are its own title and the rules it issues, ``attached`` the rules alone, ``own_title``
    its heading; ``title_of`` the titles printed with the numbers it cites."""
    facts = find_repeals(doc, own_number, tuple(issued), title_of)
    if rows := doc.rows:
        # a row's reason is no statement of this document's (「免予起诉制度已被…《刑事诉讼法》废止」), nor is a sentence
        # holding a row a list item of its own: its repeal is the row, if its table repeals
        facts = [f for f in facts if not any(r.start < f.end and f.start < r.end for r in rows)]
        facts = _dedupe([RepealFact(r.number, r.title, r.start, r.end, r.verb, r.partial) for r in rows if r.repealed] + facts)
    facts += revised_editions(doc, attached, own_title, facts)
    # a kind alone names no target: 「《决定》废止了…」 is the repealing decision itself, by its short name (EB01, EB02)
    facts = [f for f in facts if f.target_number or not is_bare_kind(f.target_title or "")]
    found = [
        Repeal(key, f.target_number, doc.title_shown(f.target_title), doc.shown(f.start, f.end), doc.span(f.start, f.end),
               f.cue, f.partial or f.cue in cues.SUSPENSION_CUES)  # (a suspension leaves the target standing)
        for f in facts
    ]
    warnings = [Warning("self_repeal", f"{key} repeals itself: {r.evidence}", r.span) for r in found if r.target_number == key]
    return [r for r in found if r.target_number != key], warnings


def _later_document(note: re.Match[str], own: str | None, raw: str, c: Text) -> str:
    """The later document a history note (cues.HISTORY_NOTE, cues.ENDED_BY_NOTE) names: by its number where the
    note prints one, after its title too (「已被《X》(审办审理发〔2019〕6号)废止」), unless the page took that number
    for its own (misreading the note under its heading), else by its title, in 《》 or bare, as printed (traditional script
    kept: 「參見:《財政部關于…的決定》」, DG08)."""
    named = note.groupdict()
    if number := named.get("number") or next((n.canonical for n in find_docnums(named.get("titled") or named.get("grounds_no") or "")
                                              if n.canonical != own), None):
        return number
    group = next(g for g in ("title", "seen", "grounds", "bare") if named.get(g))
    a, b = note.span(group)
    return printed(raw, c, a + 1, b - 1) if group != "bare" else printed(raw, c, a, b)


# A database's remark field stating what the page's document repeals, printed in its metadata block rather than in a
# text the store may have cut: 「备注  《…的通知》(渝食药监餐饮〔2016〕8号)同时废止。」 (KG01). Only the cues that say the
# document itself repeals (a remark that a later one repealed it, 「该文件已被《X》废止」, is a history note: history_repeals).
_REMARK = re.compile(r"^[ \t]*(?:备注|附注)[ \t]*:?[ \t]*(?P<x>[^\n]{4,400})$", re.M)
_REMARK_CUE = re.compile(r"(?:同时|一并|予以)(?:废止|失效)|同时停止执行")
_REMARK_TITLE = re.compile(r"《([^《》]{2,120})》")


def remark_repeals(c: Text, raw: str, docs: list[Document], found: list[Repeal]) -> list[Repeal]:
    """The repeals a database's remark field states for the page's one document, those its text states (``found``) aside."""
    if len(docs) != 1 or ("备注" not in c.s and "附注" not in c.s):
        return []
    doc = docs[0]
    by = doc.doc_number or doc.title
    if not by:
        return []
    numbers = {r.target_number for r in found if r.by == by and r.target_number}
    titles = {r.target_title for r in found if r.by == by and r.target_title}
    out: list[Repeal] = []
    for m in _REMARK.finditer(c.s):
        x = m.group("x")
        # (the cue after the last title: a title may hold one, 「《关于废止部分餐饮文件的通知》…同时废止」)
        if (cue := _REMARK_CUE.search(x, x.rfind("》") + 1)) is None or "被" in x[: cue.start()]:
            continue
        before = x[: cue.start()]
        # each title with the number printed with it, if any (citations.numbered_by), then each number printed alone
        nums = find_docnums(before)
        targets, paired = [], set()
        for t in _REMARK_TITLE.finditer(before):
            n = next((n for n in nums if numbered_by(before, t.end(), n.start)), None)
            paired.add(n)
            targets.append((n.canonical if n else None, t.group(1)))
        targets += [(n.canonical, None) for n in nums if n not in paired]
        a, b = c.orig_span(m.start("x"), m.end("x"))
        evidence = printed(raw, c, m.start("x"), m.end("x"))
        out += [Repeal(by, number, title, evidence, (a, b), cue.group()) for number, title in targets
                if number not in numbers and title not in titles]
    return out


def history_repeals(c: Text, raw: str, docs: list[Document]) -> list[Repeal]:
    """A database's note that a later document repealed this one: a repeal by that later document."""
    if len(docs) != 1:  # a history box belongs to a page of one document
        return []
    doc, out = docs[0], []
    notes = [(m, _later_document(m, doc.doc_number, raw, c)) for m in history_notes(c.s)]
    # a law database's status line (cues.STATUS_LINE), tried at each 根据 it opens with (under re.M its 「^」 would be
    # tried at every character)
    notes += [(m, m.group("title").strip("《》")) for m in finditer_at(_STATUS_LINE, c.s, "根据")]
    notes += [(m, _later_document(m, doc.doc_number, raw, c)) for m in ended_by_notes(c.s)]
    rows = table_rows(c.s, find_docnums(c.s)) if notes else []
    for m, by in notes:
        # in a clean-up table's row, 「该文件已被《X》(…号)废止」 is the row's document's history (AU08)
        row = next((r for r in rows if r.start <= m.start() < r.end), None)
        number, title = (row.number, row.title) if row else (doc.doc_number, doc.title or None)
        if by in (number, title):
            continue
        a, b = c.orig_span(m.start(), m.end())
        out.append(Repeal(by, number, title, printed(raw, c, m.start(), m.end()), (a, b), "history"))
    return out
