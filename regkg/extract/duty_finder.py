"""Finder: task -> body assignments.

Printed forms, each with a real example:

* an item's closing parenthetical — 「(牵头单位:市发展改革委;责任单位:市财政局)」,
  「(市水利局牵头,市发展和改革委员会、市财政局配合)」, 「(海关总署、财政部负责)」,
  「〔责任单位:A、B,C(逗号前为牵头单位,下同)〕」 (the comma rule then holds for the rest of the document);
* a member-duty list — 「(7)市公安局:组织落实重污染天气机动车限行方案。」, or a lead-in
  「国家粮食应急工作指挥部职责」 followed by 「(1)掌握粮食市场形势…」;
* a body as the subject of a clause — 「公安部负责维护…」, 「海关总署要继续做好牵头工作」,
  「国务院新闻办会同国家发展改革委制订…」, 「请各设区市根据…选择确定…」;
* 由X — 「由省财政解决」, 「由省级财政部门会同发展改革委、工业和信息化主管部门审核后上报」;
* a body set up for a task — 「分别设立地方志编审委员会,负责…」, 「联席会议办公室设在教育部,主要承担…」;
* a body list as a table cell, in the line view (:func:`find_table_duties`).

Who is named is read by :mod:`regkg.extract.bodies`: bodies as printed, one per list item, a shared
ending expanded (「信息化、住建、财政等有关部门」 → 信息化部门, 住建部门, 财政部门), a trailing 等有关部门 after
named bodies dropped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from regkg.extract import cues
from regkg.extract.anchored import finditer_before, last_match
from regkg.extract.bodies import (
    ADDRESSEE,
    BODY_NAME,
    INNER_VERB,
    LABELS,
    LABEL_BODIES,
    LAST_CHARS,
    LIST_CLOSING,
    NOT_IN_BODY,
    NOT_OF_A_NAME,
    ORG_END,
    ORG_LIST,
    OWNERS,
    PLACE_ENDS,
    SUFFIX_ONLY,
    as_printed,
    is_body,
    listed_bodies,
    opens_clause,
    split_departments,
)
from regkg.extract.clean import Text
from regkg.extract.document_text import DocumentText
from regkg.extract.models import Duty
from regkg.extract.printed import printed
from regkg.keys.chars import openings

__all__ = ["DutyFact", "duties_in", "find_duties", "find_table_duties"]

# An adverb between a list of bodies and its marker, saying each of them acts: 「各县区、各部门都要高度重视」 (CT04)
# 「各成员单位均应…」 「市财政局也要…」
_EACH = frozenset("都均也")
# adverbs of two characters before a marker: 「各地、各部门一定要认真贯彻落实…」 (CT08); bodies acting together, 「由建设、土地和
# 林业行政主管部门联合审查」 (GZ05; 共同 is a marker itself)
_SURELY = ("一定", "联合")

# What a body leads or answers for, named: 「(一)省监察厅牵头的工作」 「二、市卫健委负责的主要任务」 (a heading, often run
# into its first item); elsewhere a marker then 的 is the verb of a relative clause, 「X制定的《…》」 「X负责的项目」.
_GROUP_HEADING = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:工作|事项|任务)")
_HEADING_COLON = re.compile(r"[\u4e00-\u9fff]{0,4}:")  # the heading ends its line's first clause
# 「会同有关部门」 adds no body, nor does 「会同本级相关涉灾部门」 (the samples' key, sample 002)
_GENERIC_SUPPORT = re.compile(r"^(?:本级|同级)?(?:人民政府)?(?:有关|相关|其他有关)(?:[\u4e00-\u9fff]{1,2}(?=部门))?(?:部门|单位)(?:\(单位\))?$")

# A list bullet may stand before the number: 「- (九)"信访"模块由…」; a chapter heading the line-joining runs
# into its first article: 「第四章 采集与汇聚 第十八条 政务部门应当…」
_ITEM_HEAD = re.compile(
    r"^(?:[-•]\s*)?(?:(?:第[一二三四五六七八九十百零]+章\s*[\u4e00-\u9fff、与和及]{0,15}?\s*)?第[一二三四五六七八九十百零]+条\s*|[一二三四五六七八九十]+、|[(][一二三四五六七八九十0-9]+[)]"
    r"|[0-9]+(?:\.[0-9]+)*[.、]?\s*|[①-⑳])"
)
# What _ITEM_HEAD's matches open with: a text that opens otherwise (most clauses and lines) is spared the pattern
_ITEM_OPENINGS = frozenset("-•第一二三四五六七八九十(0123456789") | frozenset(map(chr, range(ord("①"), ord("⑳") + 1)))


def _item_head(text: str) -> re.Match[str] | None:
    """``_ITEM_HEAD.match(text)``: the item's number ``text`` opens with, if any."""
    return _ITEM_HEAD.match(text) if text[:1] in _ITEM_OPENINGS else None


# A member's duty: 「(7)市公安局:组织落实…」, two bodies sharing it 「(四)区建管委、区房管局:负责…」 (AZ07), the body as a
# sentence of its own before its task's verb 「(七)区房屋急修中心。负责对受理的…」 (AZ06).
_MEMBER_SEPARATOR = f"(?::|。(?={cues.MEMBER_VERBS}))"
_MEMBER_STOP = re.compile(f"。(?={cues.MEMBER_VERBS})")  # what a line needs for the second separator: most lines hold none
_MEMBER_VERB = re.compile(cues.MEMBER_VERBS)  # what a member's duty opens with, on the line below its name
_MEMBER = re.compile(
    rf"(?:[(][0-9一二三四五六七八九十]+[)]|[0-9]+[.、])?\s*(?P<org>{BODY_NAME}(?:、{BODY_NAME}){{0,5}}){_MEMBER_SEPARATOR}"
    rf"(?P<task>[^。]{{2,}}?)(?:。|$)"
)
_MARKER = re.compile("|".join(cues.DUTY_MARKERS))
_BY_MARKER = re.compile("|".join(cues.BY_VERBS))
_NOT_A_TASK = re.compile(rf"^(?:{cues.NOT_A_TASK})")
# 「县级以上人民政府负责地方志工作的机构(以下简称地方志工作机构)主管…」: 负责… there names another body
# (not a task whose object is such a body: 「规建生态办负责督促对破坏房屋结构的单位…」, GG01)
_NAMED_BY_DUTY = re.compile(r"负责(?!对|向|为|与|督促|指导|协调|组织|监督|检查|通知|帮助)[^,。;()]{1,20}的(?:机构|部门|单位)")
_OWN_FUNDING = re.compile(cues.OWN_FUNDING)
_STOPS = "。;!?:,\n"  # what ends a clause
_QUOTE_CLOSES, _QUOTE_OPENS = "”’」』", "“‘「『"
_CLAUSE_END = re.compile(f"[{_STOPS}]")
_MANY_ITEMS = 6  # 、 in a subject's first stretch that make it a list worth reading further
_LONGEST_HEAD = 32  # characters searched for an item's number, a chapter heading before it included
_LONGEST_SUBJECT = 60  # characters of a clause searched for its subject
_LONGEST_CLAUSE = 300  # how far a clause's end or start is searched: long texts may print no stops
_SHORT_NAME = 6  # 「办公室」 「管理委员会」: what may still follow a name that is part of a longer one
_ASIDE = re.compile(cues.ASIDE_OPENINGS)
# (an act on another's commission, 「长江航务管理局、珠江航务管理局受交通运输部委托协调指导…」 (BB06), the task's verb after it)
_INLINE_ASIDE = re.compile(rf"[(]|对|受(?=[^,。;]{{2,24}}?委托)|{cues.IN_ASIDE}")
# A role's noun with its bodies named in brackets: 「请该绿化点的九个责任区牵头单位(县委办、政府办、…)派负责人…」 (S01),
# 「各成员单位(市发改委、市财政局…)要…」: the bodies listed are the subject, as far as they read as bodies.
_MEMBERS_REACH = 20  # characters of a role's noun before its 单位 or 部门
_MEMBERS = re.compile(rf"[^,。;:()、]{{0,{_MEMBERS_REACH}}}?(?:单位|部门)[(](?P<list>[^()]{{2,160}})[)]")
# (not the 要 of 「必要」 「需要」 「重要」 「主要」, nor the 须 of 「必须」 read twice)
# or a competence: 「X对…实施统一监督管理」 (K12), 「各级教育行政管理部门对本区域内的教材使用进行检查和监督」 (CA05)
_MODAL = re.compile(rf"要(?<![必需重主只]要)(?!求)|应当|应(?!急)|必须|须|实施(?:统一)?监督管理|{cues.RESPONSIBLE}"
                    r"|进行(?=(?:检查|监督|审查|审核|核查|查处|考核|评估)(?:和|、|与|及)?(?:检查|监督|审查|审核|核查|查处|考核|评估|管理)?"
                    r"(?:[,。;]|$))")
_LONGEST_ASIDE = 40  # characters between an inline aside's opening and the modal after it
# A body's charge over something, named as a noun that ends its clause: 「…自然资源主管部门对…运行维护的监督管理职责,」; or
# what it answers for, 「X对Y负责,」 「X对Y负总责,」 (_answerable_duties, HQ01)
_CHARGE_OVER = re.compile(r"的[^,。;的]{0,8}(?:职责|职能|权限|监督管理|管理|领导|支持|指导)$|负总?责$")
# An enforcer's sanction after what it acts on: 「公安交通管理部门对违反禁行规定的黄牌货车依法抓拍进行处罚」 (DO04)
_SANCTION = re.compile(r"依法(?:[\u4e00-\u9fff]{0,6}?)(?:处罚|查处|处理|取缔|没收|追究)")
_REQUEST = re.compile(cues.REQUEST_OPENINGS)
_REQUEST_FIRST = "请望建"  # what cues.REQUEST_OPENINGS opens with: most clauses open otherwise, and are spared the pattern
_FORMULA = re.compile(cues.REQUEST_FORMULA)
_FORMULA_CLAUSE = re.compile(cues.REQUEST_FORMULA_CLAUSE)
_FEEDBACK = re.compile(cues.FEEDBACK_REQUEST)
_FEEDBACK_CLAUSE = re.compile(cues.FEEDBACK_CLAUSE)
_HEADING = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?(?={openings(cues.HEADING_ENDS.split('|'))})(?:{cues.HEADING_ENDS})")
# 「县级以上人民政府负责地方志工作的机构(以下简称地方志工作机构)主管本行政区域的地方志工作」
_ALIAS_ACTOR = re.compile(rf"[(]以下简称(?P<x>[^()]{{2,20}})[)](?=(?:{'|'.join(cues.DUTY_MARKERS)}))")
# how a supporting body's verb is qualified: 「积极配合」 「全力协助」 「予以配合」
_SUPPORT_ADVERBS = r"(?:积极|全力|主动|密切|予以|做好)"
# 「由省计委牵头,省建设厅…参加」; 「由省卫生健康部门牵头,发展改革、教育…等部门(单位)和工会…等群团组织为成员」 (AX02)
# (and a group the lead heads, its other members making it up: 「由市政府办公厅牵头,公安局、…、研究室等单位组成,负责…」, HH03)
_SUPPORT_AFTER = re.compile(rf"(?:负责)?[,](?P<sup>[^,。;\n]{{2,120}}?){_SUPPORT_ADVERBS}?(?:配合|参加|参与|协助|协办|为成员|组成(?=,))")
# The verbs a body supports by: 「省农业厅、环保局配合,加快…」 「乡镇人民政府应当协助…」 name no lead (the lead was named
# before it, or is the addressee); a lead's verb the support may follow: 「由省经贸委负责(承办),省农业厅…配合(协办)」
# (BH05) 「由市委宣传部牵头负责,市网信办配合,…」
_SUPPORTS = re.compile(rf"(?:应当|应|要|须|必须)?{_SUPPORT_ADVERBS}?(?:配合|协助|协办)")
_LEADS_BEFORE_SUPPORT = ("牵头", "负责", "承办")
_OFFICIALS = re.compile(r"同志|负责人|领导")
# 「分别设立地方志编审委员会,负责…」 「国家粮食应急工作指挥部下设办公室,负责日常工作」
# (「设立领导小组办公室作为办事机构,负责…」: the body is the office; what it serves as is no part of its name)
# (found from its verbs, each a literal the text is searched for: the class of their first characters, 下设成组, stands at
# every few characters, and the pattern was tried at each)
_SET_UP_VERBS = ("下设", "设立", "成立", "组建", "建立")
# (where it sits may come between: 「工作专班下设办公室,设在市消防救援总队,负责…」, DT03)
# (its short name may follow it: 「杨行镇建立村级集体投资工程建设项目管理领导小组(以下简称村级工程建设领导小组),负责…」, EQ03)
_SET_UP = re.compile(rf"(?P<verb>{'|'.join(_SET_UP_VERBS)})(?P<x>[^,。;:\n]{{2,30}}?)(?:\(以下简称[^()]{{1,20}}\))?"
                     r"(?:,?作为[^,。;:\n]{1,16}?机构)?[,]"  # (「设立园区管理委员会,作为延安市政府的派出机构,负责…」, EV05)
                     r"(?:设在[^,。;:\n]{2,20},)?(?:主要|具体|全面|统一)?"  # (「…指挥部,全面负责…」, FY06)
                     r"(?:负责|承担|统一领导|统筹)(?!人|同志)")  # (「…成立…领导小组,统筹协调推进…」, GG01)
# 「联席会议办公室设在教育部,主要承担联席会议组织联络和协调等日常工作」
# A group made of named members, then what it does: 「由县城市管理局、县公安局、…等部门组成的联合执法工作组,对违法进城大货车
# 进行集中治理」 (DO09): the group leads, its members support
# (an official leading it first: 「由市政府分管副秘书长牵头,市应急局、…等部门和单位组成的工作专班,负责…」, DT03)
_GROUP_OF_MEMBERS = re.compile(r"由(?:[^,。;:\n由]{2,20}?牵头,)?(?P<members>[^,。;:\n由]{2,300}?)(?:等[\u4e00-\u9fff]{0,6}?(?:部门|单位))?组成的"
                       r"(?P<group>[^,。;:\n的]{2,24}?(?:工作组|领导小组|指挥部|专班|小组|委员会)),(?=对|负责|统筹|具体|开展)")
# The member units a notice setting up a group lists, no lead named among them: 「成员包括县委宣传部、…、县林业局等单位分管负责
# 同志」 (DC07, EE02), or its label opening a line, 「成员单位:市编办、发改委、…」 (FC01, JD06): its members, each keyed as one of
# it (R01 of the shared keys, its lead named, reads them so too); not a roster's 「成员:市教育局、…」 under its 组长 (the samples' 003)
_MEMBER_UNITS = re.compile(r"(?:成员(?:单位)?(?:包括|为|有)[::]?|(?<![^\n])成员单位:)(?P<m>[^。;:\n]{4,400}?)"
                           r"(?:等(?:[0-9一二三四五六七八九十]+个)?(?:部门和单位|部门|单位))?(?:的?(?:分管|主要)?(?:负责同志|负责人|领导))?[。;]")
# what names another group's members between the group set up and a 「成员单位:」 label, whose list is then that group's: 「市防汛
# 抗旱指挥部成员单位调整如下」 「原联席会议组成如下」 「(一)综合协调组。由…牵头」 (review)
_OTHER_GROUP = re.compile(r"(?:指挥部|领导小组|委员会|联席会议|工作组|专班|小组|[^小工]组)(?:成员|组成|。|的?职责)|原[^,。;:\n]{2,30}(?:联席会议|领导小组|指挥部|委员会)")
_SEATED = re.compile(r"(?P<x>[^,。;:\n]{2,30}?)设在[^,。;:\n]{2,20}[,](?:主要|具体)?(?:负责|承担)(?!人|同志)")
# 「联席会议由教育部、发展改革委…9个部门和单位组成,教育部为牵头单位」
_COMPOSED = re.compile(
    r"由(?P<m>[^。;由]{2,200}?)(?:[0-9一二三四五六七八九十]+个)?(?:部门和单位|成员单位|部门|单位)?组成[,。]"
    r"(?P<lead>[^,。;]{2,30}?)为牵头(?:单位|部门)"
)
_LEAD_IN_MARK = re.compile(r"负责|职责|承担")
# an item's own body before what it acts on or where: 「(一)自然资源和规划主管部门对建设项目…进行随机抽查」 (the samples' 001)
_OWN_BODY = re.compile(r"([^,;。:]{2,30}?)(?:对|在)")
# a checklist's item, what is checked, is no task of the body checking: 「(一)程序是否合法,法律手续是否齐全」 (Z03)
_CHECKED = re.compile(r"[^,;。]{0,20}?(?:是否|有无)")
_SECTION_NUMBER = re.compile(r"\d+\.\d")  # 「2.2.2专项工作小组办公室职责」: a section's heading, no item of a list
_ENUMERATED = re.compile(r"^(?:[(][0-9一二三四五六七八九十]+[)]|[0-9]+[.、]|[①-⑳])\s*")
# (the field it works in may stand between, with the verb that takes the list: 「第十三条 国家物价部门在价格管理方面履行下列职责:」, JA02)
_LEAD_IN_BODY = re.compile(rf"(?P<o>{BODY_NAME})(?:在[^,。;:]{{2,16}}?方面)?(?:履行下列)?(?:负责|是|的主要职责|主要职责|工作职责|职责)")
# 「2.1.1 国家粮食应急工作指挥部职责」; the field may stand between: 「街道办事处及镇政府消防工作职责:」 (BL07)
_DUTY_HEADING = re.compile(r"(?P<o>[^,。;:]{2,30}?)(?:的)?(?:(?:(?![府局委办厅部院会室处及和、])[\u4e00-\u9fff]){2,4}工作)?"
                           r"(?:主要)?职责(?:是)?:?$")
# a body's duties listed on its heading's own line: 「第六条 州、县城镇绿化行政主管部门的主要职责是:贯彻实施…;参与编制…」 (GZ05)
_INLINE_DUTIES = re.compile(r"(?P<o>[^,。;:]{2,30}?)的?(?:主要)?职责(?:是|为)?:(?P<task>[^。\n]{2,})")
# what _DUTY_HEADING ends with, looked for before its lazy name is tried at every length (most lines a colon ends
# are lead-ins to a list, 「主要任务如下:」)
_DUTY_HEADING_END = len("职责是:")


def _duty_heading(text: str) -> re.Match[str] | None:
    """_DUTY_HEADING read whole in ``text``, its stop aside (「(二)市农委职责。」, IF02); its 职责 looked for at its end first."""
    heading = text.removesuffix("。")
    return _DUTY_HEADING.fullmatch(heading) if "职责" in heading[-_DUTY_HEADING_END:] else None


def _heads_duties(item: str) -> bool:
    """Whether an item's text is a body's duty heading, the next body's section after the one being read: 「(二)市农委
    职责。」 after 「(一)领导小组办公室职责。」 and its items (IF02)."""
    return (h := _duty_heading(item)) is not None and is_body(h.group("o"))


def _heading_owner(name: str, s: str, ls: int, head: str) -> list[str]:
    """The bodies a duty heading's owner names (a body, a list of them), or else the group the text set up, named by its
    kind in the heading ``head`` on the line at ``ls`` (_set_up_by_kind)."""
    return [name] if is_body(name) else listed_bodies(name) or _set_up_by_kind(s, ls, head)


# A joint task named by its verb alone, closing the clause after the bodies it joins.
# (and an area or a status an authority fixes: 「…由市水务局会同市规划资源局划定」, CC02)
_CLOSING_VERB = re.compile(r"(?:研究|共同|联合|另行)?(?:确定|制定|审定|核定|批准|审批|审核|公布|发布|组织实施|实施|办理|执行|解释"
                           r"|划定|认定|拟定|拟订|编制)$")
# 「各责任单位要会同配合单位按照…」 「县财政局负责会同各项目主管部门抓好资金管理」 (HB01)
_CO = re.compile(rf"(?:要|应当|应|须|必须|负责|可以?)?(?:会同|{cues.CONSULTING}|{cues.JOINTLY}|{cues.WITH_PARTNER})")
_CO_LIST_END = re.compile(r"等(?:有关|相关)?(?:行政)?(?:主管)?部门")
# (not a work they drafted: 「中央宣传部会同…等有关部门和单位拟定的《…》已经国务院同意」, T10)
_DRAFTED = re.compile(r"(?:和单位)?[\u4e00-\u9fff]{0,4}的《")
_CO_WITH = re.compile(rf"会同((?:{BODY_NAME})(?:[、和]{BODY_NAME})*)")
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零]+条")
_BRACKETS = re.compile(r"[(〔)〕]")
# with a list's labels in square brackets: 「[牵头单位:区卫健局;责任单位:…]」 (AK01); a text that prints none spares its
# numbers' 「[2020]」 the walk
_SQUARE_LABELS = re.compile(r"\[(?=牵头|责任|配合|主责|协办)")
_BRACKETS_SQUARE = re.compile(rf"{_BRACKETS.pattern}|{_SQUARE_LABELS.pattern}|\]")
# A group with no bracket and no line break inside, matched whole (most groups are: 「(一)」 「(市水利局牵头)」);
# any other bracket alone. (A bracket first, so the scan skips from one to the next.)
_GROUP_OR_BRACKET = re.compile(rf"{_BRACKETS.pattern}(?:(?<=[(〔])[^()〔〕\n]*+[)〕])?")
_LONGEST_GROUP = 200  # a "parenthetical" longer than this is an unbalanced bracket, not an aside
_LONGEST_TASK = 80
_DUTY_MARK = re.compile(rf"负责|牵头|配合|{LABELS}|(?:职责|职能)(?:分工)?(?:分别)?落实")  # 「(…按照职能分别落实)」 (W05)
_COMMA_RULE = re.compile(cues.COMMA_LEAD_RULE)
_FIRST_RULE = re.compile(cues.FIRST_LEAD_RULE)
_FIRST_RULE_WORDS = ("第一", "首位")  # what every wording of the rule prints: a text with neither is not searched for it
_LABEL = re.compile(rf"(?P<label>{LABELS})[::]")
# A label opening a line or a sentence; the labels after it on the line are its own. Matched bare and its
# opening checked after (_label_runs).
_LABEL_RUN = re.compile(rf"(?:{LABELS})[::]")
_LABEL_WORDS = tuple(LABELS.split("|"))  # the longest first, as a match starts leftmost
# A field naming the person who answers for an item, printed above its bodies' labels in 分工方案: people, no duty.
_PERSON_LABEL = r"(?:牵头|责任|分管|联系|包联)?(?:市|省|县|区)?(?:领导|负责人|责任人)[::]"
_PERSON_FIELD = re.compile(rf"(?<![\u4e00-\u9fff]){_PERSON_LABEL}[^,。;:\n]{{1,12}}$")
_PERSON_REACH = 24
_PERSON_LINE = re.compile(rf"{_PERSON_LABEL}[^\n]{{1,30}}$", re.M)  # on a line of its own: 「牵头领导:市长,副市长」
# 「市直行业主管部门是市级项目的责任主体」 「市住房城乡建设局为牵头单位」
_ROLE = re.compile(
    r"(?P<x>[^,。;:]{2,60}?)(?:为|是)(?P<what>[^,。;:]{0,20}?)"
    r"(?P<role>牵头单位|牵头部门|责任单位|责任部门|主责单位|责任主体|配合单位|协办单位|主管单位|主管部门|主管机关)"
)
# Looked for before _ROLE, whose lazy groups are tried at every length: no role's word, no role.
# 「国务院办公厅是全国政务新媒体工作的主管单位」 (T08) 「中华人民共和国海事局是实施本规则的主管机关」 (DZ06): the body made
# competent holds the duty; 主管 only after 的, as most 主管 stand in names (「市场监管主管部门」), and a cue read in every
# clause costs each its full reading.
_ROLE_WORD = re.compile(r"牵头|责任|主责|配合|协办|的主管(?:单位|部门|机关)")


@dataclass(frozen=True)
class DutyFact:
    task: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    start: int  # offsets of the evidence in the searched text
    end: int


def _parentheticals(s: str) -> list[tuple[int, int]]:
    """Spans of the outermost (…) and 〔…〕 groups in ``s``; a line break closes them all.

    A bracket left open inside a group is a broken number, closed with it: 「(皖發〔20229號,省財政廳負責)」.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    brackets = _BRACKETS_SQUARE if "[" in s and _SQUARE_LABELS.search(s) else _GROUP_OR_BRACKET
    # the line break that closes the open groups, looked for when the first opens: the brackets alone are scanned
    # for, not every line break (most stand outside any group)
    line_end = -1
    for m in brackets.finditer(s):
        a, b = m.span()
        if b - a > 1 and not stack:  # a group whole, outside any other: its brackets need no walk
            spans.append((a, b))
            continue
        for i, ch in ((a, s[a]), (b - 1, s[b - 1])) if b - a > 1 else ((a, s[a]),):
            if stack and 0 <= line_end < i:
                _close_line(s, stack, line_end, spans)
            if ch in "(〔[":
                if not stack:
                    line_end = s.find("\n", i)
                stack.append((i, ch))
            elif ch == "]" and (not stack or stack[0][1] != "["):
                continue  # a square bracket that opened no list of bodies
            elif stack:
                opener = {")": "(", "〕": "〔", "]": "["}[ch]
                while len(stack) > 1 and stack[-1][1] != opener and any(x == opener for _, x in stack):
                    stack.pop()
                start = stack.pop()[0]
                if not stack:
                    spans.append((start, i + 1))
    if stack and line_end >= 0:
        _close_line(s, stack, line_end, spans)
    if stack and _LABEL.match(s, stack[0][0] + 1):
        spans.append((stack[0][0], len(s)))
    return spans


def _close_line(s: str, stack: list[tuple[int, str]], line_end: int, spans: list[tuple[int, int]]) -> None:
    """A line break closes the groups open before it; the outermost is a group when a label opens it (a page cut
    inside 「(牵头单位:…」: the line closes it)."""
    if _LABEL.match(s, stack[0][0] + 1):
        spans.append((stack[0][0], line_end))
    stack.clear()


# 「…负责,排在第一位的部门为牵头部门,下同」 「…等负责,列第一位的为牵头部门,下同」 「…按职责分工负责,下同」
_RULE_TAIL = re.compile(r"[,;][^,;]*(?:第一位|排名第一|逗号前)[^,;]*(?:[,;]下同)?$|[,;]下同$")
# the measure's source printed before its bodies: 「(皖發〔20229號,省財政廳、各市政府負責)」
_SOURCE = re.compile(r"^[^,;:]{2,30}号[,;]")


# 「(市水利局牵头,市财政局配合)」 「(合肥海关牵头,省贸促会、省商务厅按职责分工配合)」 「(…牵头,省港航集团…按职责分工负责)」
# 「X牵头,Y配合」 「X牵头,A、B按职责分工负责」; or 「X负责,Y配合」, where the support's verb may not be 负责 (「X负责,Y负责」
# names two leads) (BR11)
_AS_THEIR_DUTIES = r"(?:按照?职责分工|按职责|分别)?"
# (参加 as 参与, and the leads' own adverbs before 牵头: 「(发展改革委、公安部按照职责分工分别牵头负责,中央编办、民政部…参加)」,
# the State Council's way, FR03)
_LEAD_THEN_SUPPORT = re.compile(rf"(?P<lead>.+?)(?:(?:根据职责分别|(?:按照?职责分工)?分别|按照?职责分工)?牵头(?:负责)?[,;]"
                                rf"(?P<sup>.+?){_AS_THEIR_DUTIES}(?:配合|参与|参加|协助|负责)"
                                rf"|(?:(?:按照?职责分工)?分别|按照?职责分工)?负责[,;](?P<helps>.+?){_AS_THEIR_DUTIES}(?:配合|参与|参加|协助))")


def _parse_group(inner: str, comma_rule: bool, first_rule: bool) -> tuple[list[str], list[str]]:
    """Lead and support of one parenthetical's content."""
    inner = re.sub(r"[(][^()]*(?:逗号前|下同|不再列出)[^()]*[)]", "", inner)
    inner = _RULE_TAIL.sub("", inner)
    inner = _SOURCE.sub("", inner)
    lead: list[str] = []
    support: list[str] = []
    labelled = list(_LABEL.finditer(inner))
    if labelled:
        has_lead_label = any(m.group("label") in cues.LEAD_LABELS for m in labelled)
        for k, m in enumerate(labelled):
            part = inner[m.end() : labelled[k + 1].start() if k + 1 < len(labelled) else len(inner)].strip(";; ")
            label = m.group("label")
            if label in cues.LEAD_LABELS:
                lead += split_departments(part)
            elif label in cues.SUPPORT_LABELS or has_lead_label:
                support += split_departments(part)
            elif comma_rule and "," in part:
                head, _, tail = part.partition(",")
                lead += split_departments(head)
                support += split_departments(tail)
            elif first_rule and (named := split_departments(part)):  # the first of the list leads, the others support
                lead += named[:1]
                support += named[1:]
            else:
                leads, supports = _marked_lead(part, split_departments(part))
                lead += leads
                support += supports
        return lead, support
    m = _LEAD_THEN_SUPPORT.match(inner)
    if m:
        return split_departments(m.group("lead")), split_departments(m.group("sup") or m.group("helps"))
    # a list closed by its verb: 「(…负责)」 「(…牵头)」 「(…按照职能分别落实)」
    if re.search(r"负责|牵头", inner) or LIST_CLOSING.search(inner) or (first_rule and (names := listed_bodies(inner))):
        # each clause with its own verb: 「(市水利局负责,市财政局负责)」 (BR11)
        names = [name for clause in re.split(r"[,;]", inner) for name in split_departments(clause)]
        return (names[:1], names[1:]) if first_rule else (names, [])
    return [], []


def _closes_item(s: str, a: int, b: int) -> bool:
    """Whether the group ``s[a:b]`` stands after its item's sentence and ends it: 「…整治。(省环保厅、省质监局)」, not
    「积极对接国家部委(国家发展改革委、财政部)争取…」."""
    return (a == 0 or s[a - 1] in "。;\n") and (b == len(s) or s[b] in "。;\n")


def _task_of(s: str, item_start: int, at: int) -> str:
    """The item's short name: its heading up to the first 。, without numbering (read no further than a task's
    length or two: a line of many groups is read once per group)."""
    text = _ITEM_HEAD.sub("", s[item_start : min(at, item_start + 2 * _LONGEST_TASK)].strip()).strip()
    return re.split(r"[。:]", text, maxsplit=1)[0][:_LONGEST_TASK]


# 「负责…」: the task is what follows (one ^ before the words: a search for a pattern opening with it ends at the start)
_OPENING_DUTY = re.compile(r"^(?:(?:具体|统筹|总体)?负责|承办)")
_OPENING_DUTY_FIRST = "具统总负承"  # what it opens with: most tasks open otherwise, and are spared the pattern
_TASK_STOP = re.compile("[。;\n]")  # what ends a task, its three marks in one scan (a search each walked the clause thrice)


def _task_from(s: str, at: int) -> str:
    """The task printed from ``at`` to the clause's end, cut at a comma rather than inside a word."""
    stop = _TASK_STOP.search(s, at, at + _LONGEST_CLAUSE)
    task = s[at : stop.start() if stop else at + _LONGEST_CLAUSE]
    if len(task) > _LONGEST_TASK:
        cut = max(task.rfind(",", 0, _LONGEST_TASK), task.rfind("、", 0, _LONGEST_TASK))
        task = task[:cut] if cut > 0 else task
    return (_OPENING_DUTY.sub("", task) if task[:1] in _OPENING_DUTY_FIRST else task).strip(", ")


def _task_end(s: str, at: int, task: str) -> int:
    """Where ``task``, read from ``at`` by :func:`_task_from`, ends in ``s``: past the 负责 it was read without
    (「市财政局负责资金保障」's evidence ends with 保障, not two characters short)."""
    return (s.find(task, at) if task else at) + len(task)


# A group named by its task, a marker's verb inside its name, signing: 「中共某县委实施乡村振兴战略领导小组」 then its
# date or the line's end (AN10); a group the clause names as its object is no name (「各乡镇人民政府要指导村民委员会」
# 「应当立即报告县地质灾害应急指挥部」), nor one being made or given work (「X负责成立领导小组」)
_GROUPS = ("领导小组", "工作小组", "协调小组", "委员会", "指挥部")
_GROUP_NAMED_BY_TASK = re.compile(rf"[\u4e00-\u9fff“”]{{2,20}}?(?={openings(_GROUPS)})(?:{'|'.join(_GROUPS)})(?:办公室)?"
                                  r"(?=[ \t]*(?:\n|$|(?:19|20)\d{2}年\d{1,2}月))")
_MAKES_GROUP = re.compile(r"成立|组建|设立|建立|调整|牵头|负责|会同|由|向|对|和|及(?!时)|的|^(?:要|应当|应|必须|须)")


def _relative_clause(s: str, marker: re.Match[str], after_by: bool) -> bool:
    """Whether the marker before a 的 is the verb of a relative clause, naming no task: 「市市政园林管理局制定的《…办法》已经
    市政府同意」 (X drafted it), not a heading of a body's work (「(一)省监察厅牵头的工作」). After 由 a heading only with
    负责 or 牵头 and a colon (「(一)由市教育局牵头的工作任务:」): 「由国家局审批的补充申请事项」 names the items, no duty
    (BC01), nor does 「凡由市财政局负责的资金保障工作,一律…」."""
    heading = _GROUP_HEADING.match(s, marker.end())
    if heading is None:
        return True
    return after_by and not (marker.group() in ("负责", "牵头") and _HEADING_COLON.match(s, heading.end()))


# A marker's words that open a department's own name: 「区委组织部」 「法院执行局」 「项目推进办」
_MARKER_IN_NAME = ("组织部", "协调办", "协调处", "执行局", "推进办", "统筹办")
_MARKER_IN_NAME_HEADS = frozenset(w[:2] for w in _MARKER_IN_NAME)  # looked up first: the loop runs per marker
_NAME_STOPS = frozenset("和及与、,;。()各\t\n")  # what follows a name that ends there (not 「组织部署」 「协调处理」)
_MARKER_AFTER_NAME = ("负责", "牵头", "会同", "要", "应", "按", "对", "在")


def _subject(s: str, p: int, end: int, markers: re.Pattern[str], addressee: str | None) -> tuple[list[str], int]:
    """The longest body list that opens ``s[p:end]`` and is followed by a marker; its end, or ([], p)."""
    best: tuple[list[str], int] = ([], p)
    for m in markers.finditer(s, p + 2, end):
        at = m.start()
        # a long run of items is read as far as a clause goes: 「市场监管、发展改革、教育、…、统计等市场监管领域有关部门要…」
        # 「区建设管理委会同区发展改革委、区经委、…(24 bodies)…等部门共同推进」 (AD02) (its items counted only past a subject's
        # length: most clauses end before it)
        if at - p > _LONGEST_SUBJECT and (at - p > _LONGEST_CLAUSE or s.count("、", p, p + _LONGEST_SUBJECT) < _MANY_ITEMS):
            break
        # where the names end: before an adverb 「都」 「均」 「也」 「一定」
        named = at - (s[at - 1] in _EACH) if not s.startswith(_SURELY, at - 2) else at - 2
        if s[named - 1] not in LAST_CHARS:  # no name ends there: spare the parse
            continue
        if s[at : at + 2] in _MARKER_IN_NAME_HEADS and \
                (word := next((w for w in _MARKER_IN_NAME if s.startswith(w, at)), None)) and \
                (s[at + len(word) : at + len(word) + 1] in _NAME_STOPS or s.startswith(_MARKER_AFTER_NAME, at + len(word))):
            continue  # the marker's words end a name: 「区委组织部和区民政局对…」 is no 区委 that 组织s (BF10), 「组织部署」 is
        # (the 的 of 「在各自的职责范围内」 is the phrase's own, BY11)
        if s.startswith("的", m.end()) and not m.group().startswith("在") and _relative_clause(s, m, markers is _BY_MARKER):
            continue
        if not (names := listed_bodies(s[p:named], addressee)) or len(names) < len(best[0]):
            # (a list read to a later marker that keeps fewer bodies has lost those its clause runs on into: 「各项目主管部门、
            # 监管部门应…督促施工单位认真按照…」 is no 「各项目主管部门」 alone, AD03)
            continue
        # (looked for once a list is read before the marker: most markers end none)
        if (group := _GROUP_NAMED_BY_TASK.match(s, at)) and not _MAKES_GROUP.search(group.group()):
            continue  # 「县委实施乡村振兴战略领导小组」: the verb names the group's task, the group is the name (AN10)
        best = (names, at)
    return best


def _clause_end(s: str, p: int) -> int:
    """Where the clause at ``p`` ends; searched no further than a clause's length, for text without stops."""
    m = _CLAUSE_END.search(s, p, p + _LONGEST_CLAUSE)
    return m.start() if m else min(len(s), p + _LONGEST_CLAUSE)


def _clause_start(s: str, at: int, stops: str = "。;,\n") -> int:
    """Where the clause that ``at`` is in starts (searched back no further than a clause's length)."""
    lo = max(0, at - _LONGEST_CLAUSE)
    return max(lo, *(s.rfind(x, lo, at) + 1 for x in stops))


# A body's remit, printed between its name and its task: 「…在各自职责范围内,配合做好…」 (BA01) 「…在其职责范围内负责…」
_REMIT = re.compile(rf"{cues.REMIT},?")


def _assignment(s: str, p: int, lead: list[str], at: int, addressee: str | None) -> DutyFact:
    """The duty whose lead list ends at ``at``: a 会同 list, a 牵头…配合 tail, then the task (maybe empty)."""
    support: list[str] = []
    if s.startswith("在", at) and (remit := _REMIT.match(s, at)):
        at = remit.end()  # the remit the task is done within is no part of it, nor hides whether the body leads or supports
    co = _CO.match(s, at)
    # a request's task that goes on 「并会同」 others names them too: 「请自行印发并会同各区政府和各有关部门、单位按照执行」 (BV02, BU05);
    # the task still starts where it did
    later = co is None and (k := s.find("并会同", at, _clause_end(s, at))) >= 0 and (co := _CO.match(s, k + 1)) is not None
    if co:
        co_end = _clause_end(s, co.end())
        support, sup_end = _subject(s, co.end(), co_end, _MARKER, addressee)
        # a list, even of one, that the joint task's closing verb ends: 「由市住房城乡建设管理部门会同市房屋管理、…、财政等行政
        # 管理部门以及相关区人民政府确定。」 (BA09) 「由市住建委会同市财政局确定」
        if not support and (verb := _CLOSING_VERB.search(s, co.end() + 2, co_end)) and \
                (named := listed_bodies(s[co.end() : verb.start()], addressee)):
            support, sup_end = named, verb.start()
        # a list the joint task's own verb ends: 「由中央宣传部会同财政部、税务总局确定并发布名单」 (T10); a list, as a
        # name alone may run on into the verb (「会同有关部门研究制定办法」 reads 「有关部门研究制定办」)
        if not support and len((listed := _requested(s, co.end(), co_end, addressee))[0]) >= 2:
            support, sup_end = listed
        # a list closed by its 等…部门, the joint task's verb after it whatever it is: 「会同市财政、卫生、安全生产监督管理等部门
        # 拟订具体办法」 (BA01)
        if not support and (closed := _CO_LIST_END.search(s, co.end() + 2, co_end)) and \
                not _DRAFTED.match(s, closed.end()) and (named := listed_bodies(s[co.end() : closed.end()], addressee)):
            support, sup_end = named, closed.end()
        # a list that is its clause whole, the task after the comma: 「X会同国务院发展改革部门、工业和信息化部门、商务部门,
        # 制定全国奶业发展规划」 (V07)
        if not support and (whole := listed_bodies(s[co.end() : co_end], addressee)):
            support, sup_end = whole, co_end
        support = [x for x in support if not _GENERIC_SUPPORT.match(x)]
        at = at if later else max(at, sup_end)
    # (members named by their officials are people: 「县发展改革局、县财政局分管负责同志为成员」)
    task_at = at
    if s.startswith(_LEADS_BEFORE_SUPPORT, at) and (m := _SUPPORT_AFTER.match(s, at + 2)) and not _OFFICIALS.search(m.group("sup")):
        named = split_departments(m.group("sup"), addressee)
        support += named
        # the task follows the support's verb (「…配合,加快…」); when none follows it (「…协办。」) the clause is kept
        task_at = m.end() if named and len(_task_from(s, m.end())) >= 2 else at
    task = _task_from(s, task_at)
    task = "" if _NOT_A_TASK.match(task) or (s.startswith("负责", at) and _NAMED_BY_DUTY.match(s, at)) else task
    if not support and ("配" in (verb := s[at : at + 6]) or "协" in verb) and _SUPPORTS.match(s, at):
        lead, support = [], lead
    if support:  # (most leads have none: spared the filter)
        support = [x for x in support if x not in lead]
    return DutyFact(task, tuple(lead), tuple(support), p, _task_end(s, task_at, task))


def _inline_aside(s: str, p: int, end: int, addressee: str | None) -> tuple[list[str], int]:
    """A subject, an aside inside its clause, then a modal: 「本市各级行政执法机关(包括…的组织)应当按照本制度…」
    「各县(市)区、开发区管委会、市政府有关部门对承接的行政许可事项要履行工作职责」; or ([], p)."""
    last = min(end, p + _LONGEST_SUBJECT)
    for m in _INLINE_ASIDE.finditer(s, p + 2, last):
        if s[m.start() - 1] not in LAST_CHARS:
            continue
        # the modal first: a few searches in C, where the list is a parse (most asides are followed by none)
        if m.group() == "(":
            close = s.find(")", m.end(), m.end() + _LONGEST_GROUP)
            modal = _MODAL.match(s, close + 1) if close > 0 else None
        elif m.group() == "受":
            close = s.find("委托", m.end())
            modal = _MARKER.match(s, close + 2 + s.startswith(",", close + 2))
        else:
            modal = _MODAL.search(s, m.end(), min(end, m.end() + _LONGEST_ASIDE))
            if modal is not None and m.group() == "对" and s.startswith("负责", modal.start()) and modal.end() >= end:
                modal = None  # 「X对Y负责,」: what X answers for is Y, not the clause after it (_answerable_duties)
            if modal is None and m.group() == "对":
                modal = _SANCTION.search(s, m.end(), min(end, m.end() + _LONGEST_ASIDE))
        if modal and (names := listed_bodies(s[p : m.start()], addressee)):
            return names, modal.start()
    return [], p


def _clause_subject(s: str, p: int, end: int, addressee: str | None) -> tuple[list[str], int]:
    """The bodies that open the clause at ``p`` and where their task starts, or ([], p).

    Besides 「公安部负责…」, the subject may stand as a clause of its own or before an aside:
    「省、自治区、直辖市发展改革、粮食、价格和商务部门,应当立即…」 「其他有关部门在指挥部的统一领导下,做好…」.
    """
    if s.startswith("由", p):
        return [], p  # 「…的,由市、流域内县人民政府水行政主管部门…」: what 由 names is _by_duties' to read (BT09)
    # both readings need a name's last character before a marker or an aside in the clause: most clauses
    # cued by what follows them (「…,加强…」) hold none, and are spared the parse
    if _NAME_THEN_MARKER.search(s, p + 1, end):
        lead, at = _subject(s, p, end, _MARKER, addressee)
        if lead and end - at <= _SHORT_NAME and is_body(s[p:end]):
            lead, at = [], p  # a clause that is one name whole, a marker inside it: 「区委组织部」 is no 区委 that 组织s (AN05)
        if lead:
            return lead, at
        if (inline := _inline_aside(s, p, end, addressee))[0]:
            return inline
    if not s.startswith(",", end) or not _MARKER.match(s, end + 1):
        return [], p
    for m in _ASIDE.finditer(s, p + 2, end):
        if m.group() == "对" and _CHARGE_OVER.search(s, m.end(), end):
            continue  # 「X对Y的监督管理职责,分别由Z履行」: X's charge, a noun the clause names, not what X does (AC05, CW05)
        if lead := listed_bodies(s[p : m.start()], addressee):
            return lead, end + 1
    if s[p:end].rstrip(" 、")[-1:] not in LAST_CHARS:
        return [], end + 1  # 「…水平,加强…」: no name ends the clause
    return listed_bodies(s[p:end], addressee), end + 1


# What a list listed_bodies reads can end with, past the marks it strips (NOT_OF_A_NAME): a body's last character
# (LAST_CHARS, a generic place's among them), a place or pronoun naming the addressee (「你旗」 「你们」), a
# tail it drops (LIST_TAIL: 「…等其他」 「…等省直」 「…等多个」 「…等几个」 「…等…领域」 「…等…系统」 「…等…行业」 「…等群团组织」) or
# society beside the bodies (cues.SOCIETY: 「…和个体工商户」). A string ending otherwise reads as no list.
_LIST_ENDS = LAST_CHARS | frozenset("、(旗们他它直多个家域统业织户")


def _requested(s: str, p: int, end: int, addressee: str | None) -> tuple[list[str], int]:
    """The bodies a request names, whatever its verb: 「请各乡镇、县直各单位紧扣各项目标任务…」.

    The list ends where no longer list can be read within a short name's length.
    """

    def listed(x: int) -> list[str]:
        # every prefix may be a list, each read whole (a 会同 list of 60 characters is read 60 times): those whose last
        # character ends none, most of them, are not read
        return listed_bodies(s[p:x], addressee) \
            if s[p:x].rstrip(NOT_OF_A_NAME)[-1:] in _LIST_ENDS and s[x - 1 : x + 1] not in cues.PAST_AN_ENDING else []

    for e in range(p + 2, min(end, p + _LONGEST_SUBJECT)):
        if s[e] in "、和及与" or not (names := listed(e)):
            continue
        if not any(listed(x) for x in range(e + 1, min(end, e + _SHORT_NAME) + 1)):
            return names, e
    return [], p


# A duty marker without its exceptions (「负责」 for cues.RESPONSIBLE): a cue may be looser than the rule.
_MARKER_WORDS = "|".join(re.sub(r"\(\?!.*?\)$", "", x) for x in cues.DUTY_MARKERS)
# What a clause must hold for _clause_duties to find a duty in it, each scanned for once over the whole
# text: a name's last character before a marker or an aside (_subject, _inline_aside), a request, a
# role's word (_ROLE), 设在 (_SEATED), a comma then a marker (a subject standing as a clause of its own).
# Most clauses hold none (「加强统筹协调」), and are passed over without a regex run on them.
# The cues look ahead for a marker's (or an aside's) first character before they try them one by one: a
# name's last character (市 局 区 会…) and a comma stand everywhere, a marker after them seldom.
_MARKER_OPENINGS = "".join(sorted({w[0] for w in _MARKER_WORDS.split("|")} | {"(", "对", "在"}))  # and _INLINE_ASIDE's
_NAME_THEN_MARKER = re.compile(rf"[{''.join(map(re.escape, sorted(LAST_CHARS)))}](?:[{''.join(sorted(_EACH))}]|{'|'.join(_SURELY)})?"
                               rf"(?=[{re.escape(_MARKER_OPENINGS)}])"
                               rf"(?:{_MARKER_WORDS}|{_INLINE_ASIDE.pattern})")
# The other cues, words, in one scan: which of them stands where is not asked, and one inside another names
# the clause the outer one does. The comma's marker is looked at, not taken: the clause after it is cued by
# its own words.
_WORD_CUES = re.compile(rf"{_REQUEST.pattern}|{_ROLE_WORD.pattern}|,(?=[{re.escape(_MARKER_OPENINGS)}])(?={_MARKER.pattern})")
_SEATED_WORD = re.compile("设在")  # read past the clause's stop, as _SEATED may run over 「!」 「?」
# An amending decision's item prints the new wording in quotes: 「(一)将第四条第五款修改为“自治县人民政府发展和改革、…等有关
# 部门,按照各自职责做好…」 「增加一款,作为第三款:“…」 (AW04); a paragraph of it after the first opens with 「“」 again, only the
# last closing (AW05). Other quotes (a law's article, a speech, a slogan) are no wording of this document's.
# (「十、将第十三条改为第十五条:“…」 renumbers an article and gives its new wording, AX03; 「增加一条,作为《办法》第七条:“」
# 「在第八条后增加一条:“」; the quote may open the next line)
_OPENS = r"(?:修改为|(?:改为|作为)(?:《[^《》]{1,30}》)?第[^“”。]{1,12}?|增加[^“”。,]{0,12}?|内容为)[:]?\s*“"
_NEW_WORDING = re.compile(rf"(?:将[^“”。]{{0,40}}?|增加[^“”。]{{0,30}}?|在第[^“”。]{{1,12}}?后)?{_OPENS}")
_NEW_WORDING_FIRST = "将增在修改作内"  # what _NEW_WORDING opens with: most clauses open otherwise, and are spared it
_NEW_WORDING_OPENS = re.compile(_OPENS)
_NEW_WORDING_REACH = 3000  # characters back the opening of a quoted paragraph's wording is looked for
_WORDING_OPENINGS = frozenset(_NEW_WORDING_FIRST + "“”")  # a clause's first character, when it may open a new wording
_START_MOVERS = _ITEM_OPENINGS | _WORDING_OPENINGS  # a clause's first character, when a number or a new wording may move it


def _new_wording_at(s: str, p: int) -> int | None:
    """Where the subject of a clause starts inside an amending decision's new wording, the clause at ``p``
    opening it (「将第四条修改为“」) or a later paragraph of it (「“」, the wording's quote still open); None
    when the clause opens no such wording. An article's or an item's number after the quote is passed over."""
    if s[p : p + 1] in _NEW_WORDING_FIRST and (m := _NEW_WORDING.match(s, p)):
        at = m.end()
    elif s.startswith("“", p) and (opened := last_match(_NEW_WORDING_OPENS, s, max(0, p - _NEW_WORDING_REACH), p + 1)) \
            and ((closed := s.rfind("”", opened.end(), p)) < 0 or not s[closed + 1 : p].strip()):
        at = p + 1  # a later paragraph: the quote still open, or closed just before it (「…。”\n“…」)
    else:
        return None
    head = _item_head(s[at : at + _LONGEST_HEAD])
    return at + head.end() if head else at


def _closing_quote(task: str) -> int | None:
    """Where the quote the task stands in closes: the first ” no “ inside the task opened (「负责“菜篮子”工程…”」)."""
    depth = 0
    for i, ch in enumerate(task):
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth == 0:
                return i
            depth -= 1
    return None


_HEAD_AND_REQUEST = _LONGEST_HEAD + 2  # how far a clause's item number and a 「希望」 may move its start
_SEATED_REACH = _HEAD_AND_REQUEST + 32  # how far from a clause's start 设在 is looked for (_SEATED, after a number)
# A clause an item's number may run over its line break in (「1.」 at a line's end): a short clause a break ends,
# opening just after a stop with what a number printing spaces opens with (a bullet, 第…条 or 第…章, a digit).
# Read in the text reversed, from its break: the break is scanned for, not every digit.
_NUMBER_LINE = re.compile(rf"\n[^{_STOPS}]{{1,{_LONGEST_HEAD}}}+(?<=[-•第0-9])(?![^{_STOPS}])")


def _may_stand_alone(s: str, start: int, comma: int) -> bool:
    """Whether _clause_duties may read the clause ``s[start:comma]``, cued by the comma and marker after it, as a subject
    standing as a clause of its own (:func:`_clause_subject`): a name's last character ends it or an aside stands in it;
    or an item's number or a new wording may move its start.

    >>> _may_stand_alone("其他有关部门,应当…", 0, 6), _may_stand_alone("加强协调,确保…", 0, 4)
    (True, False)
    """
    return s[start : start + 1] in _START_MOVERS or s[start:comma].rstrip(" 、")[-1:] in LAST_CHARS \
        or _ASIDE.search(s, start + 2, comma) is not None


def _cued_clauses(s: str) -> list[int]:
    """Starts of the clauses _clause_duties may find a duty in: those holding a cue where it reads them.

    It reads from a clause's start to just past its stop, or to the stop after when the clause's item
    number runs over a line break (「1.」 at a line's end), and looks for 设在 as far as _SEATED does. Each
    cue is taken back to the clause it stands in, the stop before it searched for in the text reversed: a
    text's clauses are never walked, nor its stops listed (six in seven clauses hold no cue).
    """
    n, rev, back = len(s), s[::-1], _CLAUSE_END.search
    cued = sorted({m.start() for cue in (_NAME_THEN_MARKER, _WORD_CUES) for m in cue.finditer(s)})
    # a clause starts past the last stop before it (s[at] is rev[n - 1 - at]); a cue just past a stop is read
    # from the clause before it too, to just past its stop
    starts = [n - stop.start() if (stop := back(rev, n - at)) else 0 for at in cued]
    # a comma before a marker cues the clause it ends only where that clause may be read as a subject of its own: in a
    # clause no other word cues, nothing else is read (three in ten of the real texts' clauses were cued by a comma
    # alone, one in forty of those assigning a duty)
    out = {start for at, start in zip(cued, starts) if s[at] != "," or _may_stand_alone(s, start, at)}
    # (a cue just past a stop starts its clause: the start found above tells, no character is looked at again)
    out.update([n - stop.start() if (stop := back(rev, n + 1 - at)) else 0
                for at, start in zip(cued, starts) if at and start == at])
    cued.append(n + 2)  # a sentinel past every clause's reach
    for m in _NUMBER_LINE.finditer(rev):
        start = n - m.end()
        if (head := _item_head(s[start : start + _LONGEST_HEAD])) and head.end() > m.end() - m.start() - 1:
            after = _CLAUSE_END.search(s, start + _HEAD_AND_REQUEST)
            if cued[bisect.bisect_left(cued, start)] < (after.start() if after else n) + 2:
                out.add(start)
    for m in _SEATED_WORD.finditer(s) if "设在" in s else ():  # the clauses starting within _SEATED_REACH before it
        out.update(stop.end() for stop in _CLAUSE_END.finditer(s, max(0, m.start() - _SEATED_REACH), m.start()))
        if m.start() < _SEATED_REACH:
            out.add(0)
    return sorted(out)


# A request's topic before it, a thing the clause asks done: 「调整后的标准请自行印发」 (a 的 phrase, no body's name)
_TOPIC_REACH = 12
_TOPIC = re.compile(r"[^,。;:、\n请“”]{1,8}的[^,。;:、\n请的“”]{1,4}")
_ASKS_IN_WORD = frozenset("申提报邀聘呈敬")  # 「申请」 「提请」: no request of the reader


_EARLIER_LISTS = 6  # comma-separated lists read back before a subject
_LONGEST_LISTED = 12  # characters of a body that is such a clause alone: a longer one is likelier a sentence


def _earlier_lists(s: str, p: int, addressee: str | None) -> tuple[list[str], int]:
    """The body lists that stand as whole clauses, comma after comma, right before the clause at ``p`` (after a
    comma), and where the first starts; or ([], p). A clause that is anything but bodies ends the run."""
    names: list[str] = []
    for _ in range(_EARLIER_LISTS):
        if s[p - 1 : p] != ",":
            break
        start = _clause_start(s, p - 1, "。;,:\n")
        if (head := _item_head(s[start : p - 1])) is not None:
            start += head.end()  # the item's number before the first list: 「八、市人民政府,街道办事处,…应当…」 (FY03)
        clause = s[start : p - 1]
        # (bodies as printed, each whole in the clause, which holds no verb: 「…花钱问效、实干促效」 or 「新闻宣传职能从法规处划入
        # 办公室」 are no lists, AN01, AW01)
        if p - 1 - start < 2 or _MARKER.search(clause) or INNER_VERB.search(clause) or \
                not (found := listed_bodies(clause, addressee)) or not all(x in clause for x in found) \
                or (len(found) == 1 and len(found[0]) > _LONGEST_LISTED):
            break
        names, p = [*found, *names], start
    return names, p


def _clause_duties(s: str, addressee: str | None, starts: Iterable[int] | None = None) -> list[DutyFact]:
    """Bodies that open a clause and are given a task: 「(3)公安部负责维护…」 「请各设区市根据…选择确定…」.

    ``starts`` are the clauses read, by default those cued (:func:`_cued_clauses`)."""
    out: list[DutyFact] = []
    seats = "设在" in s  # (a few texts print it: the others' clauses are not searched for it)
    for start in _cued_clauses(s) if starts is None else starts:
        if s[start : start + 1] in _QUOTE_CLOSES and s[start + 1 : start + 2] not in _QUOTE_OPENS:
            start += 1  # a quotation's closing mark after its stop ends the sentence before: 「…责有人担。”各级政府要…」 (EN06)
        # (what each pattern opens with looked at first: most clauses open with neither a number nor a new wording)
        head = _item_head(s[start : start + _LONGEST_HEAD]) if s[start : start + 1] in _ITEM_OPENINGS else None
        p = start + (head.end() if head else 0)
        # the new wording an amending decision prints is read as the rule's, up to its closing quote (a paragraph's
        # closing quote before the next one's opening stands at the clause's start once lines are joined: 「。”“」)
        if (amended := _new_wording_at(s, p + s.startswith("”“", p)) if s[p : p + 1] in _WORDING_OPENINGS else None) is not None:
            p = amended
        request = _REQUEST.match(s, p) if s[p : p + 1] in _REQUEST_FIRST else None
        if request is None and (q := s.find("请", p + 3, p + _TOPIC_REACH)) > 0 and s[q - 1] not in _ASKS_IN_WORD \
                and _TOPIC.fullmatch(s, p, q):
            request = _REQUEST.match(s, q)  # 「调整后的标准请自行印发并会同…实施」: a thing, then what it asks done with it (BU05)
        p = request.end() if request else p
        end = _clause_end(s, p)
        if end - p < 3:
            continue
        # a bare 「办公室设在市卫健委」 is some group's office the clause does not name; 设在 is looked for
        # first where _SEATED allows it (2 to 30 characters in), sparing the lazy match at every clause
        seated = _SEATED.match(s, p) if seats and s.find("设在", p + 2, p + 32) >= 0 else None
        if seated and (names := listed_bodies(seated.group("x"), addressee)) and names[0] not in cues.BARE_BODIES:
            task = _task_from(s, seated.end())
            out.append(DutyFact(task, tuple(names), (), p, _task_end(s, seated.end(), task)))
        # 「四、工作要求」 run into the clause after it: the subject starts after the heading
        heading = _HEADING.match(s, p, end) if head and head.end() else None
        if heading and not request and (request := _REQUEST.match(s, heading.end())):
            p, heading = request.end(), None  # 「三、时限要求请各苏木乡镇人民政府…严格按照…」
        lead, at = [], p
        if heading:  # a subject read whole from the clause's start is no heading run into it: 「第三条各级机构编制管理机关应当…」 (AI05)
            lead, at = _clause_subject(s, p, end, addressee)
            if not lead:
                lead, at = _clause_subject(s, heading.end(), end, addressee)
        # the role's bracket, looked for where _MEMBERS allows it before its lazy match is tried
        if not lead and s.find("(", p + 2, min(end, p + _MEMBERS_REACH + 3)) >= 0 and (members := _MEMBERS.match(s, p, end)) and \
                len(names := listed_bodies(members.group("list"), addressee, strict=False)) >= 2:
            lead, at = names, members.end()
        if not lead:
            lead, at = _clause_subject(s, p, end, addressee)
        if request and addressee and (pronoun := ADDRESSEE.match(s, p)):  # 「望你市引导开发区…」
            lead, at = listed_bodies(addressee, strict=False), pronoun.end()
        if not lead and request:
            lead, at = _requested(s, p, end, addressee)
        if not lead and request and (more := _ESPECIALLY.match(s, end)) and (lead := listed_bodies(s[p:end], addressee)):
            lead, at = lead + listed_bodies(more.group("x"), addressee), more.end()  # 「请各地区各部门,尤其是各经济特区,…」 (CW08)
        if lead and request and at > p and _formula_only(s, at):
            lead = []  # 「请各地、各部门、各有关单位认真贯彻落实」: the closing formula asks its addressees no task (BQ05, BB09)
        elif not lead and request and addressee:
            # 「二、请严格按照…规定,加强…」: an item that requests with no subject asks the addressee; so does
            # a covering notice's request that asks more than the formula: 「请结合实际,认真贯彻执行,修改完善…」
            # (or its line: a web page's closing request printed with no stop, 「请认真抓好落实」 then the signature, AN01)
            stop = _sentence_end(s, p)
            if head and head.end():
                asks = not _FORMULA.match(s[p : stop + 1])
            else:
                asks = not _FEEDBACK.search(s, p, stop) and not _formula_only(s, p, stop)
            # a sentence that asks named bodies first goes on asking them: 「请各镇、街道…开展一次实地普查,…如有遗漏,请补充完善」
            # (BU06), not the addressees
            if asks and out and out[-1].start > max(s.rfind("。", 0, p), s.rfind("\n", 0, p)):
                asks = False
            if asks:
                lead, at = split_departments(addressee), p
        # (a role needs its 为 or 是, looked for first: two searches in C where the role's words are a pattern's scan)
        role = _ROLE.match(s, p, end) if not lead and (s.find("为", p + 2, end) >= 0 or s.find("是", p + 2, end) >= 0) \
            and _ROLE_WORD.search(s, p, end) else None
        if role and (names := listed_bodies(role.group("x"), addressee)):
            supporting = role.group("role") in ("配合单位", "协办单位")
            task = role.group("what").strip("的") or _task_from(s, end + 1)
            out.append(DutyFact(task, () if supporting else tuple(names), tuple(names) if supporting else (), p, role.end()))
        if lead and (case := _CASE.match(s, at)) and _another_subject(s, case.end(), addressee):
            lead = []  # 「有关防汛指挥机构依法要求停航的,运行单位应当停航」: a case the sentence provides for, no task of its subject
        if lead and s.find("任", at, end) >= 0 and _HOLDS_POST.search(s, at, end):
            lead = []  # people named by their posts take a post: 「市政府协调民政工作的副秘书长、…主要负责同志担任副召集人」 (EE02)
        if lead and not request and s[p - 1 : p] == "," and (earlier := _earlier_lists(s, p, addressee))[0]:
            # the subject's list goes on over commas before it: 「各县(市、区)人民政府,市政府各部门,各有关单位要…」 (DM02)
            lead, p = [*earlier[0], *lead], earlier[1]
        if lead and len((fact := _assignment(s, p, lead, at, addressee)).task) >= 2:
            if amended is not None and (close := _closing_quote(fact.task)) is not None:  # the wording's task ends with its quote
                fact = DutyFact(fact.task[:close], fact.lead, fact.support, fact.start, fact.end - len(fact.task) + close)
            out.append(fact)
    # the evidence starts after the aside, which is no item's body list (its words looked for first: most texts print none)
    # (not when the name before the aside is a body already given that task: 「富顺县人民政府征地拆迁办公室(以下简称县征地拆迁
    # 办)负责具体组织实施」 is one duty, the office's, not a second of its short name, GW07)
    for m in _ALIAS_ACTOR.finditer(s) if "以下简称" in s else ():
        if not is_body(m.group("x")) or len(task := _task_from(s, m.end())) < 2:
            continue
        end = _task_end(s, m.end(), task)
        if not any(f.lead and f.end == end and f.start < m.start() for f in out):
            out.append(DutyFact(task, (m.group("x"),), (), m.end(), end))
    return out


# A request's bodies, a clause of their own, and those it singles out among them: 「请各地区各部门,尤其是各经济特区,近期内认真
# 检查一次…」 (CW08)
_ESPECIALLY = re.compile(r",(?:尤其是|特别是)(?P<x>[^,。;:()\n]{2,30}),")


# A subject's clause that ends in 的 before a comma states a case, which the clause after it provides for: with a
# subject of its own, no task of the first (「有关防汛指挥机构依法要求停航的,运行单位应当停航」, BP08; 「…变更模块的,由模块管理
# 部门提出申请」); without, the first subject's (「有权更正的行政机关审核属实的,应当予以更正」, AQ05; 「…协调不成的,报请市政府
# 决定」, Y01)
_CASE = re.compile(r"[^,。;:()\n]{1,40}的,")


def _another_subject(s: str, p: int, addressee: str | None) -> bool:
    """Whether the clause at ``p`` names who acts in it: 「由X…」 or bodies that open it."""
    return s.startswith("由", p) or bool(_clause_subject(s, p, _sentence_end(s, p), addressee)[0])


def _sentence_end(s: str, p: int) -> int:
    """Where the sentence at ``p`` ends: its stop, its line's end, or as far as a clause is looked for."""
    return min(x for x in (s.find("。", p, p + _LONGEST_CLAUSE), s.find("\n", p, p + _LONGEST_CLAUSE),
                           p + _LONGEST_CLAUSE) if x >= 0)


def _formula_only(s: str, p: int, stop: int | None = None) -> bool:
    """Whether the request from ``p`` to its sentence's end (``stop``, found when not given) asks no more than the
    formula that closes a covering notice (「结合实际,认真贯彻执行」, 「并将执行中遇到的问题及时告知我们」)."""
    stop = _sentence_end(s, p) if stop is None else stop
    return all(_FORMULA_CLAUSE.fullmatch(c) or _FEEDBACK_CLAUSE.search(c) for c in s[p:stop].split(","))


# A post a person takes, from either side of its verb: 「主席由市政府协调城建工作的副秘书长担任」 (the person after 由, the
# clause ending in the verb) and 「…副秘书长担任副召集人」 (the person the clause's subject, the post after the verb)
_TAKES = "(?:担任|兼任)"
_SERVES_AS = re.compile(rf"[^,。;]*?的?[^,。;]{{0,12}}{_TAKES}$")
_HOLDS_POST = re.compile(rf"{_TAKES}副?(?:召集人|组长|主任|总指挥|指挥长|秘书长|委员|成员)")


# 街道 alone names a street as often as its office (「街道应当保持路面平整」): its office only after 由, or beside other bodies
_STREET_OFFICE = re.compile(r"(?P<x>(?:所在|属地)?街道)(?=负责|牵头|组织|统筹|按照)")


# The offender's superiors and own unit in a sanction's list of who imposes it: 「由其所在单位、上级主管机关或者行政监察机关
# 给予…」 (not a party's own parts, 「由其所属工会…」 「由其内部相关处(科)室…」, nor 其他)
_OFFENDERS = ("其上级", "其主管", "其所在单位", "其所在机关")
_OWN_UNIT = re.compile(r"所在(?:机关)?单位(?:或者|或|、)")


# A body that empowers or entrusts another after 由, the other then acting: 「由市政府委托市国资委履行出资人职责」 (FN01)
_EMPOWERED = re.compile(r"(?P<x>[^,。;:()\n]{2,40}?)(?:授权|委托)")


# (not the 由 of 自由贸易试验区, AA01; the lookbehind after the literal, so the scan skips to each 由)
_BY = re.compile(r"由(?<!自由)(?!于|此|衷)")


_CRIMINAL_LIABILITY = re.compile(r"依法追究(?:其)?刑事责任")


def _by_duties(s: str, addressee: str | None) -> list[DutyFact]:
    """「由X负责…」 and X as the doer after 由 anywhere: 「所需经费由省、市、县三级财政按照4:3:3的比例分担」."""
    out: list[DutyFact] = []
    for m in _BY.finditer(s):
        if s[max(0, m.start() - 2) : m.start()].endswith(("已", "凡", "指")):
            continue  # 「对已由市财政给予补助的项目」 「是指由区财政局给予补偿的费用」: what was done names a thing (review)
        p = m.end()
        # a sanction's 其 is the offender's, and its own unit no body the rule charges: 「由其所在单位或者上级主管部门给予行政处分」
        # names 上级主管部门 (CL01, GZ07, II03 and more of the set's statutes, as their keys read them)
        if s.startswith(_OFFENDERS, p):
            p += 1
        if s.startswith("所在", p) and (employer := _OWN_UNIT.match(s, p)):
            p = employer.end()
        lead, at = _subject(s, p, _clause_end(s, p), _BY_MARKER, addressee)
        if not lead and (empowered := _EMPOWERED.match(s, p)) and listed_bodies(empowered.group("x"), addressee):
            # the body another empowers does the task: 「由县级以上人民政府授权同级土地管理部门办理」 (KE04)
            p = empowered.end()
            lead, at = _subject(s, p, _clause_end(s, p), _BY_MARKER, addressee)
        if not lead and (street := _STREET_OFFICE.match(s, p)):
            lead, at = [street.group("x")], street.end("x")  # 「由街道负责指定…」 (AZ01): the street office
        # a place after 由 is whose territory it is, not its government: 「仍由景德镇市管辖」 (E10)
        if not lead or not all(x[-1] not in PLACE_ENDS or is_body(x) for x in lead):
            continue
        clause_start = _clause_start(s, m.start())
        before = s[clause_start : m.start()]
        if _OWN_FUNDING.search(s, clause_start, p + len("你省自行解决")):
            continue
        if _SERVES_AS.match(s, at, _clause_end(s, at)):
            continue  # a post a person holds: 「主席由市政府协调城建工作的副秘书长担任」 (BJ04)
        if lead == ["司法机关"] and _CRIMINAL_LIABILITY.match(s, at):
            continue  # 「构成犯罪的,由司法机关依法追究刑事责任」: the courts' part, said of every offence, no body's task (DQ04, BP09)
        fact = _assignment(s, p, lead, at, addressee)
        if s[m.start() - 1 : m.start()] == "(" and (close := s.find(")", at)) > 0 and \
                (task := _ITEM_HEAD.sub("", before.rstrip("(").strip()).strip()):
            # a bracketed 由X承办 names who does what its clause says before it: 「市政府委托相关区政府实施(由区水务部门承办)」
            # (AZ08) 「会议筹备工作(由市政府办公室承办)要提前完成」
            out.append(DutyFact(task[-_LONGEST_TASK:], fact.lead, fact.support, clause_start, close + 1))
        elif len(fact.task) >= 2:
            out.append(fact)
        elif s.startswith(("负责", "牵头"), at):
            # 「(三)"应急指挥"模块由市应急管理局负责;」: the task precedes 由, in its clause or, when 由 opens the
            # clause, in the one before the comma: 「(一)户籍登记数据,由公安机关负责;」 (Y08)
            if not before.strip() and s[clause_start - 1 : clause_start] == ",":
                clause_start = _clause_start(s, clause_start - 1, "。;:\n")
                before = s[clause_start : m.start() - 1]
            if task := _ITEM_HEAD.sub("", before.strip()).strip("\"“”():"):
                out.append(DutyFact(task, fact.lead, fact.support, clause_start, fact.end))
    for m in _COMPOSED.finditer(s) if "为牵头" in s else ():  # each 由 would start a lazy run of 200 characters
        lead = listed_bodies(m.group("lead"), addressee)
        members = split_departments(re.sub(r"[0-9一二三四五六七八九十]+个[^、,]*$", "", m.group("m")), addressee)
        if lead:
            task = _task_of(s, _clause_start(s, m.start(), "\n"), m.start()) or "组成"
            out.append(DutyFact(task, tuple(lead), tuple(x for x in members if x not in lead), m.start(), m.end()))
    return out


# A body named the competent department of a field, the sentence saying no more: 「第四条 市公用事业与房产局是全市城市供热的
# 行政主管部门。」 (BJ07, AD05); with a task after it (「…主管部门,负责…」) the clause reader reads it.
_DESIGNATION = re.compile(r"(?P<x>[^。;:\n]{2,80}?)(?:\(以下(?:简|统)称[^()]{1,16}\))?,?(?:是|为)"
                          r"(?P<task>(?:[省市区县]级)?(?:本|全)[^。;,:\n]{1,40}?的?(?:行政)?(?:主管部门|主管机关|监督管理部门))(?=[。;\n])")
# what the body is made, looked for first as far as its name, alias and comma (80 + 22 + 1 characters) and these
# four reach: the lazy name is tried at every length only in a sentence that prints it
_DESIGNATION_VERB = re.compile(r"[是为](?:[省市区县]级)?[本全]")
_DESIGNATION_REACH = 80 + 22 + 1 + 4


# 「X对Y负总责」 「X对Y负主体责任」: X answers for Y, the task Y printed before the verb (AA03, BP06, V07, GQ07); after a modal,
# 「…要对…负总责」, the modal's reading has it; a person's 「一把手负总责」 or a party's 「家庭对…负主体责任」 names no body
_ANSWERS_FOR = re.compile(r"对(?P<task>[^,。;:!?\n]{2,60}?)负(?:总|主体|监管|属地|领导|直接|全面|首要)?责(?:任)?(?=[,。;]|$)")


def _answerable_duties(s: str, addressee: str | None) -> list[DutyFact]:
    """The bodies that answer for a task: 「县(市)区人民政府对本行政区域内…防治工作负总责」."""
    out: list[DutyFact] = []
    at = s.find("负")
    while at >= 0:
        a = max(s.rfind(x, 0, at) for x in _STOPS) + 1  # the clause's start
        # (from the last 对 before this 负: 「…并对数据质量负责」, and one clause's second 「…对…负责」 its own, review)
        m = _ANSWERS_FOR.match(s, j) if (j := s.rfind("对", a, at)) >= 0 else None
        if m and m.end("task") == at and not listed_bodies(m.group("task"), addressee):  # 「…对市人民政府负责」: accountability
            subject = s[a:j]
            if head := _item_head(subject):
                a, subject = a + head.end(), subject[head.end() :]
            if (names := listed_bodies(subject, addressee)) if 2 <= len(subject) <= _LONGEST_SUBJECT else None:
                out.append(DutyFact(m.group("task"), tuple(names), (), a, m.end()))
        at = s.find("负", at + 1)
    return out


def _designated_duties(s: str, addressee: str | None) -> list[DutyFact]:
    """「X是本区…的行政主管部门。」: the field's competence is X's (a statute's first articles). Read from the start of
    each sentence that names a 主管, the few that do."""
    out: list[DutyFact] = []
    starts: set[int] = set()
    at = s.find("主管")
    while at >= 0:
        start = max(s.rfind(ch, 0, at) for ch in "。;\n") + 1
        if start not in starts and _DESIGNATION_VERB.search(s, start + 2, start + _DESIGNATION_REACH) and \
                (m := _DESIGNATION.match(s, start)):
            starts.add(start)
            x = m.group("x")
            skip = head.end() if (head := _item_head(x)) else 0  # an item's number before the body
            if names := listed_bodies(x[skip:], addressee):
                out.append(DutyFact(m.group("task"), tuple(names), (), m.start("x") + skip, m.end("task")))
        at = s.find("主管", at + 2)
    return out


# A 三定 rule's transfer of a function to another body: 「将开发区建设组织协调职责划归市工业和信息化局」 「将原…办公室调研职能划给市政府
# 调研室」 (FV02, BX05): the function is the receiving body's. (Not a report of an office's move, 「新闻宣传职能从法规处划入办公室」,
# AW01; not a transfer forbidden or put off, 「不得将…职责划归…」 「暂不将…职责划归…」, review.) Read from each verb.
_TRANSFER_VERBS = ("划归", "划给")
_TRANSFER_VERB = re.compile("|".join(_TRANSFER_VERBS))
_TRANSFERRED = re.compile(rf"(?:将|把)?(?P<task>[^,。;:\n]{{2,60}}?)(?:职责|职能)(?:{_TRANSFER_VERB.pattern})"
                          r"(?P<x>[^,。;:\n]{2,30}?)(?=[,。;\n]|$)")
_NOT_DONE = re.compile(r"不得|不再|不|暂不|未|禁止|严禁")


def _transferred_duties(s: str) -> list[DutyFact]:
    out = []
    if not any(v in s for v in _TRANSFER_VERBS):
        return out
    for line_start in {max(s.rfind(ch, 0, m.start()) for ch in "。;,\n") + 1 for m in _TRANSFER_VERB.finditer(s)}:
        if (m := _TRANSFERRED.match(s, line_start)) and is_body(x := m.group("x")) and not opens_clause(x) \
                and not _NOT_DONE.search(m.group("task")[: max(0, m.group("task").find("将"))]):
            task = m.group("task")  # (a negation before 将, not 不动产 or 未成年人 inside the function's name: review)
            # (a heading run in before 将; the former body whose function it was: 「原市食品药品监督管理局的职责划归…」)
            task = task[task.find("将") + 1 :].removeprefix("原").removesuffix("有关").removesuffix("的")
            out.append(DutyFact(task, (x,), (), m.start(), m.end()))
    return out


# A role named first, then the body that fills it: 「市级行政许可项目管理机关为市政府法制办公室,负责…」 (BZ07) 「牵头单位为市财政局」
# 「本条例的实施机关为市交通运输局」 (the role after the body, 「市财政局为牵头单位」, is _ROLE's). The role's word, then 为 or
# 是, looked for first; the role's words are read back to the clause's start.
_ROLE_FIRST_WORDS = ("牵头单位", "牵头部门", "责任单位", "责任部门", "主责单位", "配合单位", "协办单位", "主管部门", "主管机关",
                     "管理机关", "管理部门", "实施机关", "实施部门", "执行机关", "执行部门", "工作机构", "办事机构")
_ROLE_FIRST = re.compile(rf"(?:{'|'.join(_ROLE_FIRST_WORDS)})(?:为|是)(?P<x>[^。;,:\n]{{2,40}}?)(?=[,。;\n]|$)")
_SUPPORT_ROLES = ("配合单位", "协办单位")
# what every _ROLE_FIRST match prints, found first (in C) and read back to its role's word: a scan of the pattern, an
# alternation of seventeen words tried at every character, was 1.5% of a gazette's extraction
_ROLE_FIRST_CUES = {ending + verb: tuple(w for w in _ROLE_FIRST_WORDS if w.endswith(ending))
                    for ending in sorted({w[-2:] for w in _ROLE_FIRST_WORDS}) for verb in "为是"}


def _role_first_matches(s: str) -> list[re.Match[str]]:
    """The matches of _ROLE_FIRST in ``s``, in order, found from their cues.

    >>> [m.group("x") for m in _role_first_matches("牵头单位为市财政局,配合单位是市公安局。")]
    ['市财政局', '市公安局']
    """
    found: dict[int, re.Match[str]] = {}
    for cue, words in _ROLE_FIRST_CUES.items():
        at = s.find(cue)
        while at >= 0:
            for word in words:
                start = at + 2 - len(word)
                if start >= 0 and s.startswith(word, start) and (m := _ROLE_FIRST.match(s, start)):
                    found[start] = m
            at = s.find(cue, at + 3)
    return [found[k] for k in sorted(found)]


def _role_first_duties(s: str, addressee: str | None) -> list[DutyFact]:
    """「…管理机关为X,负责…」 「牵头单位为X」: X is given the role, and the task after it when one follows (「,负责…」),
    else the role itself."""
    out: list[DutyFact] = []
    for m in _role_first_matches(s):
        # not a role named by another (「列第一位的责任单位为牵头单位」, AO11), nor a body made the field's (「市城乡建设行政主管部门
        # 是本市公园行政主管部门」, _designated_duties', AP11)
        x = m.group("x")
        if x.startswith((*_ROLE_FIRST_WORDS, "本", "全")) or not (names := listed_bodies(x, addressee)):
            continue
        start = _clause_start(s, m.start())
        role = s[start : m.start("x") - 1]
        told = s.startswith(",负责", m.end())  # the task after it, else the role
        task = _task_from(s, m.end() + 1) if told else role
        supporting = role.endswith(_SUPPORT_ROLES)
        out.append(DutyFact(task, () if supporting else tuple(names), tuple(names) if supporting else (), start,
                            _task_end(s, m.end() + 1, task) if told else m.end()))
    return out


def _set_up_duties(s: str, addressee: str | None) -> list[DutyFact]:
    """A body set up for a task: 「分别设立地方志编审委员会,负责…」; 「X下设办公室,负责…」 names X's office; a group of
    named members: 「由X、Y组成的工作组,对…」."""
    out: list[DutyFact] = []
    for m in finditer_before(_SET_UP, s, _SET_UP_VERBS, 0):
        names = listed_bodies(m.group("x"), addressee)
        if m.group("verb") == "下设" and SUFFIX_ONLY.fullmatch(m.group("x")):
            owner_start = _clause_start(s, m.start(), "。;,:\n")
            owner = _ITEM_HEAD.sub("", s[owner_start : m.start()])
            # (its owner named by its kind alone, the group just set up: 「工作专班下设办公室」, 「领导小组下设办公室」, DT03)
            names = [owner + m.group("x")] if is_body(owner) or is_body(owner + m.group("x")) else []
        if names:
            task = _task_from(s, m.end())
            out.append(DutyFact(task, tuple(names), (), m.start(), _task_end(s, m.end(), task)))
    for m in _MEMBER_UNITS.finditer(s) if "成员" in s else ():
        # (its 牵头单位 named, the list is read whole: _COMPOSED, R01)
        if "牵头" not in m.group("m") and (group := _set_up_before(s, m.start())) and \
                not (m.group().startswith("成员单位:") and _OTHER_GROUP.search(s, s.rfind(group, 0, m.start()) + len(group), m.start())) and \
                (members := listed_bodies(m.group("m"), addressee)):
            out.append(DutyFact(f"{group}成员单位", tuple(members), (), m.start(), m.end()))
    for m in _GROUP_OF_MEMBERS.finditer(s) if "组成的" in s else ():
        # (the group named by who makes it up: a body, whatever its ending, 工作组 too, which cues.BODY_SUFFIXES leave out)
        group = m.group("group")
        if not NOT_IN_BODY.search(group) and not opens_clause(group) and (members := listed_bodies(m.group("members"), addressee)):
            task = _task_from(s, m.end())
            out.append(DutyFact(task, (group,), tuple(members), m.start(), _task_end(s, m.end(), task)))
    return out


def _group_duties(s: str, line_starts: list[int], groups: list[tuple[int, int]], addressee: str | None) -> list[DutyFact]:
    """Items that close with a parenthetical naming their bodies."""
    out: list[DutyFact] = []
    comma_rule = first_rule = False
    # each rule prints its word (「逗号前」, 「第一」 or 「首位」): in a text without it, no group is searched for the rule
    commas, ranked = "逗号前" in s, any(w in s for w in _FIRST_RULE_WORDS)
    # a text whose items close with their bodies and a verb (「(X牵头,Y配合)」) may close others with the bodies alone, who
    # all lead: 「…激励机制。(区发展改革委、区财政局、区农业农村委)」 (BU11)
    # (or whose items close with their bodies alone, two of them or more: 「…环境保护。(地区农牧局)」 in a 分工方案 whose every
    # item does so, DA02; one such group may be anything's aside)
    closing = [(a, b) for a, b in groups if _closes_item(s, a, b)]
    bare = any(_DUTY_MARK.search(s, a + 1, b) for a, b in closing) or \
        sum(1 for a, b in closing if b - a - 2 <= _LONGEST_SUBJECT and listed_bodies(s[a + 1 : b - 1])) >= 2
    for a, b in groups:
        # its content, read to its first 。: 「…负责。以下均需各区县人民政府落实,不再列出」; 「(A、B、C。排名第一的为牵头单位,下同)」
        # states its own rule (searched for in place: most groups name no duty, and are not cut out)
        end = b - 1 if s[b - 1] in ")〕]" else b
        end = stop if (stop := s.find("。", a + 1, end)) >= 0 else end
        comma_rule = comma_rule or (commas and bool(_COMMA_RULE.search(s, a + 1, end)))
        # once a list has said 「列第一位者为牵头部门,下同」, the groups after it are lists of bodies alone (AI06)
        listed = (first_rule or bare) and end - a - 1 <= _LONGEST_SUBJECT * 4 and _closes_item(s, a, b) and listed_bodies(s[a + 1 : end])
        if not (_DUTY_MARK.search(s, a + 1, end) or (ranked and _FIRST_RULE.search(s, a, b)) or listed) or end - a - 1 > 400:
            continue
        inner = s[a + 1 : end]
        first_rule = first_rule or (ranked and bool(_FIRST_RULE.search(s, max(0, a - 200), b + 40)))
        lead, support = _parse_group(inner, comma_rule, first_rule)
        if not lead and not support and listed:
            lead = listed
        if not lead and not support:
            continue
        line = bisect.bisect_right(line_starts, a) - 1
        item_start = line_starts[line]
        task = _task_of(s, item_start, a)
        if not task and item_start == a:
            # the group on a line of its own below its item: 「…屋顶建设光伏发电系统。」 then 「(责任单位:区发展改革委、…)」 (BW03)
            while line > 0 and not s[line_starts[line - 1] : line_starts[line]].strip():
                line -= 1
            if line > 0:
                item_start = line_starts[line - 1]
                task = _task_of(s, item_start, line_starts[line])
        if not task:
            continue
        ev_start = max(s.rfind("。", item_start, a) + 1, item_start)
        out.append(DutyFact(task, tuple(lead), tuple(support), ev_start, b))
    return out


# An item's mark run in after a body's name, the breaks between items lost: 「…,各片区管理局2.完善社区托育服务。」
# 「…旅游文体局,各片区管理局(八)促进医养康养结合」 (GN04)
# (not an ordinal's 「区第一、第二人民医院」: review)
_RUN_IN_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)(?:\d{1,2}[.、](?!\d)|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}、)"
                          r"(?=[\u4e00-\u9fff])")


# An item's short name run into its label on the label's own clause: from a sentence's or line's start (and
# its number), no comma, colon or 的 between (「…的责任单位:」 is prose about them).
_NAMED_REACH = 24
_NAMED_ITEM = re.compile(r"(?:^|(?<=[。\n]))(?:[一二三四五六七八九十]+、|\d+[.、]|[(][一二三四五六七八九十\d]+[)])?[^,。;:、的\n]{2,20}$")


def _label_runs(s: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_LABEL_RUN.finditer(s)``: a label then its colon. Found from the colons, which str.find walks (a
    text prints a few; the labels' first characters, 主 实 负 责…, stand everywhere, and a scan for them tests each
    character); a label holds none, so each match is the longest label before a colon.

    >>> s = "一、牵头单位:市财政局;配合单位:市税务局。注:无"
    >>> list(_label_runs(s)) == [m.span() for m in _LABEL_RUN.finditer(s)]
    True
    """
    at = s.find(":")
    while at >= 0:
        if s.endswith(_LABEL_WORDS, 0, at):
            yield at - len(next(x for x in _LABEL_WORDS if s.endswith(x, 0, at))), at + 1
        at = s.find(":", at + 1)


def _label_duties(s: str, line_starts: list[int], groups: list[tuple[int, int]]) -> list[DutyFact]:
    """Labels printed outside brackets, after the item or on the next line:
    「…推行清洁生产。牵头单位:市发展改革委;配合单位:市生态环境局、市经济和信息化局」."""
    out: list[DutyFact] = []
    read_to = 0  # label lines read already as the next lines of a label line above
    ranked, first_rule, rule_from = any(w in s for w in _FIRST_RULE_WORDS), False, 0
    for start, label_end in _label_runs(s):
        if start < read_to:
            continue
        opens = not start or s[start - 1] in "。\n"
        # or the label follows a person's field the flow ran into its line: 「牵头领导:王 健牵头单位:省发展改革委」
        person = None if opens else _PERSON_FIELD.search(s, max(0, start - _PERSON_REACH), start)
        # or it closes a clause's short opening, the item it names: 「二、县城园林路绿化点补充责任单位:财政局。」 (S01)
        named = None if opens or person else _NAMED_ITEM.search(s, max(0, start - _NAMED_REACH), start)
        if not (opens or person or named) or any(a <= start < b for a, b in groups):
            continue
        line = bisect.bisect_right(line_starts, start) - 1
        end = s.find("\n", start)
        end = end if end >= 0 else len(s)
        if named and (stop := s.find("。", label_end, end)) >= 0:
            end = stop  # the label's list ends with its sentence; the next one is the item's prose
        elif opens and (run_in := _RUN_IN_ITEM.search(s, label_end, end)) and "。" not in s[label_end : run_in.start()]:
            # the next item run in after the label's last body, its line a page's whole text: 「责任单位:区社会事业局、…,
            # 各片区管理局2.完善社区托育服务。…责任单位:…」 「…各区属国企(七)强化居家社区服务」 (GN04)
            end = run_in.start()
        # the labels on the lines below are this item's too: 「牵头单位:区委组织部\n协办单位:区委编办、…」 (AN05)
        while opens and end < len(s) and _LABEL_RUN.match(s, end + 1):
            end = s.find("\n", end + 1)
            end = end if end >= 0 else len(s)
        read_to = end
        # (a rule that the first of each list leads holds from where it is printed on, 「(首位单位为牵头单位,下同)」, KC01)
        first_rule = first_rule or (ranked and bool(_FIRST_RULE.search(s, rule_from, end)))
        rule_from = end
        lead, support = _parse_group(s[start:end].rstrip("。").replace("\n", ";"), False, first_rule)
        task_end = person.start() if person else start
        if line_starts[line] == task_end:  # on a line of its own: the item is the last line printed above
            while True:
                while line > 0 and not s[line_starts[line - 1] : line_starts[line]].strip():
                    line -= 1
                line = max(0, line - 1)
                # past a person's field on a line of its own: 「1.地区生产总值增长5.5%左右\n牵头领导:王 健\n牵头单位:…」 (F04)
                if line == 0 or not _PERSON_LINE.match(s, line_starts[line]):
                    break
                task_end = line_starts[line]
        item_start = line_starts[line]
        if opens and start > item_start and (marks := list(_RUN_IN_ITEM.finditer(s, item_start, start))):
            item_start = marks[-1].start()  # the item run in on the label's line opens at its mark
        task = _task_of(s, item_start, task_end)
        if (lead or support) and task:
            out.append(DutyFact(task, tuple(lead), tuple(support), item_start, end))
    return out


_HEADED_BODY = 24  # the longest body name an item's heading holds whole
_HEADED_LINE = _HEADED_BODY + 2 * _LONGEST_HEAD  # the longest line a heading and a body name fill
_MEMBER_REACH = _LONGEST_HEAD + _HEADED_BODY  # how far into a line a member's stop before its verb is looked for
_BASIS_OPENINGS = ("根据", "按照", "依照", "依据")


@dataclass(frozen=True)
class _Headed:
    """What a body heading an item on a line of its own is given (:func:`_headed_duty`): the paragraph below as its
    duty (``fact``), or, when the items below are its tasks, its name as their lead-in (``lead_in``)."""

    fact: DutyFact | None = None
    lead_in: str | None = None


def _headed_duty(s: str, line: str, ls: int, line_starts: list[int], k: int) -> _Headed | None:
    """A body that heads an item on a line of its own (line ``k``), its duty the paragraph below: 「(三)区财政局」
    then 「负责在政府投资项目中安排海绵城市建设年度预算,…」 (AD03); the paragraph opens with a task's verb or an aside.
    Or the body alone when the items below are its tasks: 「2.区农村发展局」 then 「(1)部署、指导…」 (JJ03), which the
    caller reads as a lead-in's. ``line`` is short, opens with an item's number and prints no sentence's mark, as the
    caller has seen (most lines are sentences)."""
    head = _item_head(line)
    if not head or not head.end() or not 2 <= len(line) - head.end() <= _HEADED_BODY:
        return None
    # (a body's other name in brackets is its own: 「(三)乡镇政府(街道办事处)」 (EH01), 「一、文秘科(保密办)」 (KW02))
    if not is_body(name := line[head.end() :]) and ("(" not in name or (listed_bodies(name) != [name]
                                                                        and not _other_name(name))):
        return None
    # the next line that holds text; walked in place, as a slice of the lines would copy them for every line
    for start in itertools.islice(line_starts, k + 1, None):
        end = s.find("\n", start)
        text = s[start : end if end >= 0 else len(s)]
        if not text.strip():
            continue
        if (item := _ENUMERATED.match(text)) and (level := _level(line[: head.end()])) and _level(text[: item.end()]) > level and \
                not _names_a_body(text[item.end() :].strip()) and _DUTIES_SECTION.search(s, max(0, ls - _SECTION_REACH), ls):
            # items a level below the heading's, each a task, in a section of duties: 「成员单位职责」 … 「2.区农村发展局」
            # 「(1)部署、指导…」
            return _Headed(lead_in=name)
        # not a basis, which opens a section's account of the body: 「2.2 现场指挥部」 / 「根据…需要,成立现场指挥部」
        if _item_head(text) or text.startswith(_BASIS_OPENINGS) or not (_MARKER.match(text) or text.startswith(("在", "对"))):
            return None
        task = re.split(r"[;。]", _OPENING_DUTY.sub("", text), maxsplit=1)[0]
        return _Headed(fact=DutyFact(task, (name,), (), ls, _task_end(s, start, task))) if len(task) >= 2 else None
    return None


# a body and its other name in brackets, each a body: 「文秘科(保密办)」 「市政府应急管理办公室(市政府总值班室)」
_OTHER_NAME = re.compile(r"(?P<a>[^()]{2,24})\((?P<b>[^()]{2,16})\)")


def _other_name(name: str) -> bool:
    """Whether ``name`` is a body with its other name in brackets, both bodies as printed; a role in brackets is no name
    (「文秘科(牵头单位)」, review).

    >>> _other_name("文秘科(保密办)"), _other_name("市政府应急管理办公室(市政府总值班室)"), _other_name("文秘科(一)")
    (True, True, False)
    >>> _other_name("文秘科(牵头单位)"), _other_name("行政科(主管部门)")
    (False, False)
    """
    m = _OTHER_NAME.fullmatch(name)
    return m is not None and is_body(m.group("a")) and is_body(m.group("b")) and m.group("b") not in _ROLES


_ROLES = frozenset(cues.DUTY_LABELS.split("|")) | {"主管部门", "牵头", "配合", "责任"}  # what a bracket may say of a body's part


_DUTIES_SECTION = re.compile(r"职责|职能|分工")
_SECTION_REACH = 3000  # characters before a body's heading its section's title is looked for in


def _level(number: str) -> int:
    """How deep an item's ``number`` stands in the usual outline, 「一、」 (1) to 「①」 (5); 0 for a section's 「2.1」 or
    none known, which is compared with no other.

    >>> [_level(x) for x in ("一、", "(一)", "2.", "3、", "(1)", "①", "2.1", "第三条")]
    [1, 2, 3, 3, 4, 5, 0, 0]
    """
    number = number.strip()
    if _SECTION_NUMBER.match(number):
        return 0
    if number[:1] == "(":
        return 4 if number[1:2].isdigit() else 2
    if "①" <= number[:1] <= "⑳":  # (a digit to str.isdigit)
        return 5
    if number[:1].isdigit():
        return 3
    return 1 if number.endswith("、") and number[:1] in "一二三四五六七八九十" else 0


# A body the document sets up, whose tasks a heading naming no body lists: 「国务院决定成立第三次全国经济普查领导小组(以下简称领导
# 小组)」 then 「一、主要职责」 「负责…的组织和实施…」 (CX01); 「建立促进中部地区崛起工作部际联席会议(以下简称联席会议)制度」 then
# 「一、主要职能」 (CX03). (Its name may open with the verb of its purpose, 「促进…」, so it is read by its ending, not as a clause's body.)
_GROUP_KINDS = ("领导小组", "工作小组", "联席会议", "委员会", "指挥部", "专班")
# (a short bracket may stand in its name: 「西部陆海新通道(平陆)运河项目建设工作领导小组」, ES04)
_SETTING_UP = "|".join(v for v in _SET_UP_VERBS if v != "下设")  # (下设 sets up a unit of a body named before it)
_SHORT_NAMED = r"(?:\(以下简称[^()]{1,12}\))?"  # its short name, before 制度 or after it
_SETS_UP = re.compile(rf"(?:{_SETTING_UP})(?P<x>(?:[^,。;:()\n《》]|\([^()\n]{{1,10}}\)){{2,40}}?(?:{'|'.join(_GROUP_KINDS)}))"
                      rf"{_SHORT_NAMED}(?:制度)?{_SHORT_NAMED}(?:[,。:]|(?=有关事项))")
# (the short name after 制度 too, 「决定建立十堰市…联席会议制度(以下简称联席会议)。」 (FC02); and 「现就建立…联席会议制度有关事项
# 通知如下」 (FC03))
_KIND_HEADING = re.compile(rf"({'|'.join(_GROUP_KINDS)})的?(?:主要|工作)*职责")
_BARE_DUTY_HEADING = re.compile(r"(?:主要|工作)?(?:职责|职能)(?:任务)?:?")


def _set_up_before(s: str, at: int) -> str | None:
    """The body the text sets up last before ``at``, if any (_SETS_UP)."""
    found = None
    for m in _SETS_UP.finditer(s, 0, at):
        found = m.group("x")
    return found


# A 三定 rule, the body's functions, offices and staff, headed by the body's name: 「长春市人民政府办公厅主要职责内设机构和人员
# 编制规定」 「辽阳市人民政府办公室职能配置内设机构和人员编制规定」, the flow running its first paragraph on; its 「主要职责」 are
# that body's (FV02, BX05).
_STAFFING_RULE = re.compile(r"(?m)^(?P<x>[\u4e00-\u9fff()]{2,30}?)(?:主要职责|职能配置)、?内设机构和人员编制(?:规定|方案)")


def _office_above(lines: list[str], k: int) -> str | None:
    """The office a duty heading's line ``k`` stands under, named alone on the line above: 「(一)外贸科」 then 「主要职责:」, the
    office's, not its department's (a 三定 rule's offices: review)."""
    above = next((lines[j] for j in range(k - 1, max(-1, k - 3), -1) if lines[j]), "")
    # (an item's number before the name, a short one, and no section's title: 「2.1 指挥机构」 「三、领导机构」, review)
    if len(above) > _HEADED_LINE or (item := _item_head(above)) is None:
        return None
    name = above[item.end() :].strip()
    return name if 2 <= len(name) <= _OFFICE_NAME and is_body(name) and not opens_clause(name) \
        and not _SECTION_TITLE.fullmatch(name) else None


_OFFICE_NAME = 15
_SECTION_TITLE = re.compile(r"(?:指挥|领导|组织|工作|办事|内设|议事协调|日常)?(?:机构|成员单位|牵头单位|责任单位|配合单位|部门|单位|体系)"
                            r"(?:及(?:其)?职责)?")


def _staffed_before(s: str, at: int) -> str | None:
    """The body whose 三定 rule is headed last before ``at``, if any (_STAFFING_RULE)."""
    found = None
    for m in _STAFFING_RULE.finditer(s, 0, at):
        found = m.group("x") if is_body(m.group("x")) else None
    return found


def _names_a_body(text: str) -> bool:
    """Whether an item's ``text`` is a body's name alone, a section's head (its stop too, when short): 「(二)联席会议办公室。」
    (DV07), not 「召集成员单位召开联席会议。」"""
    return is_body(text) or (len(name := text.rstrip("。:")) <= _SHORT_HEAD and is_body(name))


_SHORT_HEAD = 8  # characters of a body's name that heads a section of its own with a stop


def _set_up_by_kind(s: str, at: int, heading: str) -> list[str]:
    """The body set up last before ``at`` when the duty ``heading`` names it by its kind alone: 「镇政府成立小型建设工程项目管理
    领导小组(以下简称领导小组)」 then 「领导小组工作职责:」 (EQ01); else none."""
    kind = _KIND_HEADING.match(heading)
    body = _set_up_before(s, at) if kind else None
    return [body] if body and body.endswith(kind.group(1)) else []


def _list_duties(s: str, lines: list[str], line_starts: list[int], addressee: str | None) -> list[DutyFact]:
    """Member-duty lists: 「(7)市公安局:组织落实…」, and a lead-in body whose duties are enumerated below."""
    out: list[DutyFact] = []
    lead_in: tuple[str, ...] | None = None  # the bodies whose duties the following enumerated items list
    paragraph = False  # a heading naming no body lists the body set up: its tasks may be a paragraph, not items
    stops = _MEMBER_STOP.search(s) is not None  # (one text in twenty prints a member's stop: its lines are not searched)
    for k, (ls, line) in enumerate(zip(line_starts, lines)):
        if not line:  # a blank line (two in five) heads nothing and ends a lead-in's items: no pattern is tried on it
            # (but a heading's paragraph may stand a blank line under it: 「一、主要职责」, a blank, 「贯彻落实…」, EE08; and a
            # page printing a blank line after every line goes on with the next item: 「领导小组工作职责:」, a blank, 「1.召集…」,
            # a blank, 「2.确定…」, EQ01)
            if lead_in is not None and not paragraph:
                after = next((lines[j] for j in range(k + 1, len(lines)) if lines[j]), "")
                lead_in = lead_in if _ENUMERATED.match(after) and not _SECTION_NUMBER.match(after) else None
            continue
        if paragraph and not ("," in line or "。" in line or ";" in line):
            lead_in, paragraph = None, False  # a heading under the bare one, 「2.2.1专项工作小组职责」: its paragraph is none
        # (no sentence's mark: neither an item's number nor a body's name prints one; four tests in C on a short line cost
        # a third of a pattern's search)
        # (the name may end its own sentence over a line that opens with its duty's verb: 「(十七)电子政务处。」 then 「负责…」,
        # a 三定's divisions, KW06; not over items, 「(二)联席会议办公室。」 then 「1.负责…」, which a duty heading's reading takes)
        named = line.removesuffix("。")
        if len(named) <= _HEADED_LINE and line[0] in _ITEM_OPENINGS and \
                not ("。" in named or "," in line or ";" in line or ":" in line) and \
                (named == line or _MEMBER_VERB.match(next((x for x in itertools.islice(lines, k + 1, None) if x), ""))) and \
                (headed := _headed_duty(s, named, ls, line_starts, k)) is not None:
            if headed.lead_in is not None:
                lead_in, paragraph = (headed.lead_in,), False
            elif headed.fact is not None:
                out.append(headed.fact)
            continue
        if lead_in is not None and paragraph and not _ENUMERATED.match(line):
            paragraph = False
            if task := re.sub(r"^负责", "", line.split("。")[0]).strip():
                out.append(DutyFact(task, lead_in, (), ls, ls + len(line)))
            continue
        if lead_in is not None:
            # an item that names its own body is the next section's head, as is a body's name alone: 「(二)二级工作站负责…,
            # 履行如下职责:」 (the samples' 004) 「(二)项目管理办公室」 (EQ01); and a section's number, 「3.2应急工作组」 (ES07)
            if (item := _ENUMERATED.match(line)) and not _SECTION_NUMBER.match(line) and \
                    not _names_a_body(body := line[item.end() :].strip()) and \
                    not _subject(body, 0, _clause_end(body, 0), _MARKER, addressee)[0] and \
                    not ((own := _OWN_BODY.match(body)) and is_body(own.group(1))) and not _heads_duties(body):
                task = re.split(r"[;。]", re.sub(r"^(?:负责|会同[^,]*?[,])", "", body), maxsplit=1)[0]
                sup = _CO_WITH.match(body)
                support = tuple(x for x in split_departments(sup.group(1), addressee) if not _GENERIC_SUPPORT.match(x)) \
                    if sup else ()
                if task and not _CHECKED.match(task):
                    out.append(DutyFact(task, lead_in, support, ls, ls + len(line)))
                continue
            lead_in = None
        # a lead-in ends with a colon, a duty heading names 职责, a member duty has a colon: most lines none
        if line.endswith(":") or "职责" in line or "职能" in line:
            head = _ITEM_HEAD.sub("", _ARTICLE.sub("", line.strip()))
            if _BARE_DUTY_HEADING.fullmatch(head) and (body := _office_above(lines, k) or _set_up_before(s, ls)
                                                          or _staffed_before(s, ls)):
                lead_in, paragraph = (body,), True
                continue
            if line.endswith(":") and _LEAD_IN_MARK.search(line):
                org = _LEAD_IN_BODY.match(head)
                if org and is_body(org.group("o")):
                    lead_in = (org.group("o"),)
                    continue
            head = head.removesuffix("。")
            if (h := _duty_heading(head)) and not h.group("o").endswith("成员单位") and \
                    (names := _heading_owner(h.group("o"), s, ls, head)):
                lead_in = tuple(names)
                continue
            if "职责" in head and ":" in head:
                # (the body it names, or the group the text set up, named by its kind: 「联席会议的职责是:负责指导…」, HE07)
                if (inline := _INLINE_DUTIES.match(head)) and (names := _heading_owner(inline.group("o"), s, ls, head)):
                    start = ls + line.find(inline.group())
                    out.append(DutyFact(inline.group("task").strip(";"), tuple(names), (), start, start + len(inline.group())))
                    continue
        if (":" in line or (stops and _MEMBER_STOP.search(line, 0, _MEMBER_REACH))) and \
                (fact := _member_duty(_MEMBER.match(line), ls)) is not None:
            out.append(fact)
        if len(line) > _RUN_ON_LINE and "。" in line and ":" in line:
            out += _run_on_members(line, ls)
    return out


def _member_duty(m: re.Match[str] | None, ls: int) -> DutyFact | None:
    """The duty of a member's entry ``m`` (:data:`_MEMBER`) on the line at ``ls``, if it names bodies."""
    if m is None:
        return None
    org = m.group("org")
    if org == "成员单位":
        return None  # 「成员单位:市编办、发改委、…」 lists the members, or their people, no task (_MEMBER_UNITS, FC01; review)
    if "、" in org:
        if len(names := listed_bodies(org)) >= 2 and not set(names) & LABEL_BODIES:
            return DutyFact(m.group("task").strip(), tuple(names), (), ls + m.start(), ls + m.end())
    elif len(org) <= 24 and is_body(org) and org not in LABEL_BODIES:  # 「协同单位:省直各部门」 is a label
        return DutyFact(m.group("task").strip(), (org,), (), ls + m.start(), ls + m.end())
    return None


# A page whose line breaks were lost runs its members' entries on after one another's stops: 「…储备和监管。区经济发展局:
# 会同…攻关。区党工委宣传影视部:负责…」 (JJ01, a site's page flattened to one line). Read so only where a line holds two
# or more: a stray 「。X:」 in a paragraph is no list.
_RUN_ON_LINE = 200  # characters of a line that may hold such entries (a member's own line is mostly shorter)
# (the name's last character before its colon looked at first: most 「。…:」 are a sentence's, 「。现将有关事项通知如下:」)
_RUN_ON_ENTRY = re.compile(rf"。(?=[^。:;,]{{1,23}}[{re.escape(''.join(sorted(LAST_CHARS)))}]:)")


def _run_on_members(line: str, ls: int) -> list[DutyFact]:
    """The members' duties run on in ``line`` (at ``ls``) after stops, when it holds two or more."""
    found = [fact for stop in _RUN_ON_ENTRY.finditer(line) if (fact := _member_duty(_MEMBER.match(line, stop.end()), ls))]
    return found if len(found) >= 2 else []


# A reply's item that opens with what to do and names no one asks its addressee: 「三、尽快明确新设区政府驻地位置,并按程序
# 报批。」 (CE03) 「三、切实加强管理,…应坚决予以制止。」 (CE02); an item that approves (「一、同意…」) asks nothing.
_REPLY_ITEM = re.compile(r"(?m)^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.](?!\d))[ \t]*"
                         r"(?!同意|原则同意|批准|准予|不同意)(?=尽快|抓紧|务必|切实|认真|严格|进一步|加强|做好|按照|依法|积极|及时|妥善|要|应|须)")


def _reply_items(s: str, addressee: str) -> list[DutyFact]:
    """The items of a reply (批复, 复函) that ask its addressee, naming no subject."""
    out: list[DutyFact] = []
    names = tuple(split_departments(addressee))
    for m in _REPLY_ITEM.finditer(s) if names else ():
        if _clause_subject(s, m.end(), _clause_end(s, m.end()), addressee)[0]:
            continue  # 「二、市财政局要…」 names its own
        task = _task_from(s, m.end())
        if len(task) >= 2:
            out.append(DutyFact(task, names, (), m.end(), _task_end(s, m.end(), task)))
    return out


def find_duties(s: str, *, addressee: str | None = None, reply: bool = False) -> list[DutyFact]:
    """Every duty assignment in the flow text ``s`` of one document.

    ``addressee`` is the body the document is addressed to, named by 你省/你办 in the text.

    >>> [(d.task, d.lead, d.support) for d in find_duties("1.强化节水约束管理。健全体系。(市水利局牵头,市财政局、市生态环境局配合)")]
    [('强化节水约束管理', ('市水利局',), ('市财政局', '市生态环境局'))]
    >>> [(d.task, d.lead) for d in find_duties("(7)市公安局:组织落实重污染天气机动车限行方案。协助推动老旧车淘汰。")]
    [('组织落实重污染天气机动车限行方案', ('市公安局',))]
    >>> [(d.task, d.lead) for d in find_duties("二、你办要督促以上7县市区继续强化工作措施。", addressee="省扶贫办")]
    [('要督促以上7县市区继续强化工作措施', ('省扶贫办',))]
    """
    lines = s.split("\n")
    # (summed from the lines' lengths: a scan for the breaks would yield a match object a line)
    line_starts = list(itertools.accumulate((len(x) + 1 for x in lines[:-1]), initial=0))
    groups = _parentheticals(s)
    out = _group_duties(s, line_starts, groups, addressee) + _list_duties(s, lines, line_starts, addressee)
    out += _label_duties(s, line_starts, groups)
    group_starts = [a for a, _ in groups]
    for f in [*_by_duties(s, addressee), *_clause_duties(s, addressee), *_set_up_duties(s, addressee),
              *_designated_duties(s, addressee), *_role_first_duties(s, addressee), *_transferred_duties(s),
              *(_answerable_duties(s, addressee) if "负" in s else ()),
              *(_reply_items(s, addressee) if reply and addressee else ())]:
        # a list inside an item's parenthetical was read whole above: the group around it (the groups are outermost, in
        # order and disjoint) when it is short and names bodies, not an item's number 「(三)"应急指挥"模块由…」 (looked at
        # for the few facts inside a group, not for every group)
        k = bisect.bisect_right(group_starts, f.start) - 1
        a, b = groups[k] if k >= 0 else (0, 0)
        if (f.start >= b or b - a > _LONGEST_GROUP or not _DUTY_MARK.search(s, a, b)) and not _reports_done(s, f.start):
            out.append(f)
    # a heading alone on its line assigns nothing, though its words read so: 「泸州市定点医疗机构按病种分值付费绩效考核办法」
    # (按 a marker), the rule a notice issues under the notice's signature (the samples' 002)
    out = [f for f in out if not _heading_only(s, f.start)]
    if "《" in s:  # a clause inside a title assigns nothing: 「《…:改由各主管部门审批提前退休工种的通知》」 (BI03)
        titles = [m.span() for m in _TITLE.finditer(s)]
        starts = [a for a, _ in titles]
        out = [f for f in out if (k := bisect.bisect_right(starts, f.start) - 1) < 0 or f.start >= titles[k][1]]
    if "”" in s:  # nor does the wording an amendment replaces: 「将第八条中的“…由市地名行政主管部门提出意见…”修改为“…”」 (KB01)
        replaced = [m.span() for m in _REPLACED_WORDING.finditer(s)]
        starts = [a for a, _ in replaced]
        out = [f for f in out if (k := bisect.bisect_right(starts, f.start) - 1) < 0 or f.start >= replaced[k][1]]
    out.sort(key=lambda d: d.start)
    return _dedupe([_named_in_full(s, f) for f in out])


_TITLE = re.compile(r"《[^《》\n]{1,160}》")
# A wording an amending decision replaces or deletes, quoted after the article it stands in (or after 将, or after the wording
# before it in a list) and before the verb that does so: 「将第八条中的“…”修改为“…”」 「将“…”改成“…”」 「将第五条中的“…”删去」
# 「…中的“…批准”,“由城乡规划主管部门责令停止违法行为”修改为…」 (GH07) (not a principle a clause heeds,
# 「以“各区政府负责属地管理,市级部门负责指导”为原则」: review)
_REPLACED_WORDING = re.compile(rf"“(?:(?<=中的“)|(?<=[将把]“)|(?<=”[,、]“))[^“”\n]{{1,400}}”(?=(?:修改|修订|调整|替换|改)为|改成|(?:予以)?(?:{cues.STRIKE_WORDS}))")
_HEADING_ONLY = re.compile(cues.HEADING_LINE)


_ASSIGNING = re.compile(r"要|负责|应当?|必须|须|牵头|会同|配合")  # what a heading never says: 「各县区人民政府要制定实施方案」 is a line's task


def _heading_only(s: str, at: int) -> bool:
    """Whether the line holding ``at`` is a heading alone, a rule's title: a kind ends it and no modal stands in it."""
    a, b = s.rfind("\n", 0, at) + 1, s.find("\n", at)
    b = len(s) if b < 0 else b
    return bool(_HEADING_ONLY.fullmatch(s, a, b)) and not _ASSIGNING.search(s, a, b)


_NAMED_BEFORE = 3000  # characters searched back for the body a bare 「办公室」 stands for
_BARE = "|".join(cues.BARE_BODIES)
_BARE_NAMES = frozenset(cues.BARE_BODIES)
_LONGEST_ENDING = max(map(len, {*cues.ORG_SUFFIXES, *cues.BODY_SUFFIXES}))
# (the bare name looked for ahead first, as far as an owner's name and its ending reach: lazy over 30 characters and
# every ending, the owner's pattern tried at each character of the window cost more than the rest of a page's reading)
_BARE_REACH = 30 + _LONGEST_ENDING  # how far before the bare name an owner's name starts
_BARE_OWNED = re.compile(rf"(?=[\u4e00-\u9fff()]{{3,{_BARE_REACH}}}?(?={openings(cues.BARE_BODIES)})(?:{_BARE}))"
                         rf"[\u4e00-\u9fff()]{{2,30}}?(?:{ORG_END})(?=(?P<bare>{_BARE}))")
# What every owner's match holds, its ending's last character then the bare name, looked for first in one scan: most
# stretches a fact's bare name is looked up in print none (52 of the real texts' facts name a body bare, one is found
# named in full), and the owner's pattern is tried before every bare name printed in 3,000 characters
_ENDED_BARE = re.compile(rf"[{''.join(sorted({re.escape(x[-1]) for x in {*cues.ORG_SUFFIXES, *cues.BODY_SUFFIXES}}))}]"
                         rf"(?={openings(cues.BARE_BODIES)})(?:{_BARE})")


_ITEM_NUMBER_END = re.compile(r"[()]|[一二三四五六七八九十0-9]+\)")


def _named_in_full(s: str, f: DutyFact) -> DutyFact:
    """A bare 「办公室」 stands for the last office the text has named in full before it: after 「2.1.2
    国家粮食应急工作指挥部办公室及其职责」, 「办公室承担以下职责」 is that office's. Kept bare when none is named."""
    if _BARE_NAMES.isdisjoint(f.lead) and _BARE_NAMES.isdisjoint(f.support):
        return f
    start = max(0, f.start - _NAMED_BEFORE)
    if not _ENDED_BARE.search(s, start, f.start):
        return f
    full: dict[str, str] = {}
    for m in finditer_before(_BARE_OWNED, s, cues.BARE_BODIES, _BARE_REACH, start, f.start):
        owner = m.group()
        # (not from inside an item's number: 「(二)联席会议办公室设在…」 names 联席会议办公室, DC07)
        # (a meeting or a group named by its kind alone owns its office too: 「联席会议办公室」)
        i = next((i for i in range(len(owner) - 1)
                  if not _ITEM_NUMBER_END.match(owner, i) and (is_body(owner[i:]) or owner[i:] in OWNERS)), None)
        if i is not None:
            full[m.group("bare")] = owner[i:] + m.group("bare")

    def named(xs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(full.get(x, x) for x in xs)

    return DutyFact(f.task, named(f.lead), named(f.support), f.start, f.end)


_MEMBERS_HEADER = ("成员", "成员单位")
_TASK_HEADER = re.compile(r"^(?:工作|主要|重点|具体)?(?:任务|内容|措施|事项|工作)(?:措施|内容|任务)?$|^工作组$")
# A flattened table prints its 责任单位 column head on its own line: a cell that is one label.
_BODIES_HEADERS = frozenset(cues.BODY_COLUMN_LABELS)
_ANY_LABEL = re.compile(LABELS)


@dataclass(frozen=True)
class _Columns:
    task: int
    lead: tuple[int, ...]
    support: tuple[int, ...]


# A head names a 牵头 column or a 责任单位 one
_HEAD_COLUMNS = frozenset(cues.LEAD_LABELS + cues.RESPONSIBLE_LABELS)


def _header(cells: list[str]) -> _Columns | None:
    """The columns of a duty table's head row: 「序号\t重点任务\t牵头单位\t配合单位」 「工作组\t牵头单位\t成员\t职责」.

    Where a 牵头 column stands beside a 责任单位 column, the latter supports (as in a parenthetical).
    """
    if _HEAD_COLUMNS.isdisjoint(cells):  # most rows are no head: spared the reading below
        return None
    leads = [i for i, c in enumerate(cells) if c in cues.LEAD_LABELS]
    responsible = [i for i, c in enumerate(cells) if c in cues.RESPONSIBLE_LABELS]
    support = [i for i, c in enumerate(cells) if c in cues.SUPPORT_LABELS or c in _MEMBERS_HEADER]
    if not leads and not responsible:
        return None
    if leads:
        support += responsible
    task = next((i for i, c in enumerate(cells) if _TASK_HEADER.match(c)), 1 if cells[0] == "序号" else 0)
    return _Columns(task, tuple(leads or responsible), tuple(sorted(support)))


_PIECE = 3  # the longest piece of a name a narrow cell prints on a line of its own
# A signing date, whole: 「2023年5月6日」 「2023-05-06」 「二〇二三年五月六日」 (not a deadline cell, 「2023年6月底前」)
_SIGNING_DATE = re.compile(r"(?:19|20)\d{2}[ \t]*(?:年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|[-./]\d{1,2}[-./]\d{1,2})"
                           r"|[一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
# What ends a table flattened one cell a line: the notice's closing request, its signature's notes, an annex, a copy
# list; and a row's cell that names no task: another list's head (a 联络员 list's 「姓名」 「联系电话」) or a number
_TABLE_ENDS = re.compile(r"请|特此|抄送|附件|\(此件|联系人|联络员")
_NO_TASK = re.compile(r"(?:序号|单位|姓名|职务|职位|联系电话|电话|手机|邮箱|备注)$|[\d\s\-—]+$")


def _cell_alone(lines: list[str], k: int) -> bool:
    """Whether the body on ``lines[k]`` is a cell of its own: the next non-empty line is no date (a signature's
    date follows it), and neither it nor the line above continues its name (「市政」 「府办」 「公厅」: a cell broken
    over lines, P02)."""
    nxt = next((x.strip() for x in lines[k + 1 : k + 8] if x.strip()), "")
    before = next((x.strip() for x in reversed(lines[max(0, k - 7) : k]) if x.strip()), "")
    cell = lines[k].strip()
    return bool(nxt) and not _SIGNING_DATE.match(nxt) and not (len(nxt) <= _PIECE and is_body(cell + nxt)) \
        and not (len(before) <= _PIECE and is_body(before + cell))


def _marked_lead(cell: str, names: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lead and support of a 责任单位 cell's bodies: those its ★ marks lead and the rest support
    (「★区发改委、统计局」, BQ05); all lead when none is marked.

    >>> _marked_lead("★区发改委、统计局", ["区发改委", "统计局"]), _marked_lead("区财政局、税务局", ["区财政局", "税务局"])
    ((('区发改委',), ('统计局',)), (('区财政局', '税务局'), ()))
    """
    marked = {found[0] for item in re.split(r"[、,]", cell) if item.startswith("★") and (found := listed_bodies(item))}
    if not marked or marked.isdisjoint(names):
        return tuple(names), ()
    return tuple(n for n in names if n in marked), tuple(n for n in names if n not in marked)


_PIPES_IN_A_ROW = 3  # pipes a line prints to be a table's row: one between each two of three cells
# A numbered table's row whose cells do not stand under its head's: a page that joined its cells by spaces
# (regkg.extract.clean._spaced_tables) split a cell that held one (「加强水资源保 护」, BD03) or a head's
# spaced-out word (「序号 工 作 任 务 牵头负责部门」, JD01), or left a cell empty. Its bodies are then the first run
# of its cells that are each a list of bodies, in the order of the head's body columns, its task the cells before.


def _roles(head: _Columns) -> tuple[str, ...]:
    """The roles (lead or support) of a table's body columns, in their order."""
    return tuple("lead" if i in head.lead else "support" for i in sorted(head.lead + head.support))


def _numbered_row(cells: list[str], roles: tuple[str, ...], start: int, end: int) -> tuple[DutyFact, str] | None:
    """The duty a numbered row assigns (its cells past the number read as above), and the role of its last body
    cell, which may go on a line down (「2 第一产业增加值增长5%。 区农业农村委」 then 「区林业局」, FL06)."""
    pieces = cells[1:]
    at, found = None, []  # where the run of body cells starts, and their bodies
    for i, piece in enumerate(pieces):
        if names := _body_cell(piece):
            at = i if at is None else at
            found.append(names)
        elif at is not None:
            break
    if not at:  # no body, or no task before it
        return None
    roles = roles[: len(found)] + roles[-1:] * (len(found) - len(roles))
    fact = DutyFact("".join(pieces[:at])[:_LONGEST_TASK], (), (), start, end)
    for names, role in zip(found, roles):
        fact = _more_bodies(fact, names, role)
    return fact, roles[-1]


def _more_bodies(fact: DutyFact, names: list[str], role: str) -> DutyFact:
    """``fact`` with ``names`` as more leading or supporting bodies."""
    lead = fact.lead + tuple(x for x in names if role == "lead" and x not in fact.lead)
    support = fact.support + tuple(x for x in names if role != "lead" and x not in lead and x not in fact.support)
    return DutyFact(fact.task, lead, support, fact.start, fact.end)


def _cell_bodies(cell: str) -> list[str]:
    """The bodies a table's cell lists, its 等 before a stop or at its end aside: 「市税务局等,各县、市、区政府」."""
    return listed_bodies(re.sub(r"等(?=[,、]|$)", "", cell))


def _body_cell(piece: str) -> list[str]:
    """The bodies a table's cell lists, if it is only a list of them (a sentence is a task or a note)."""
    return [] if "。" in piece else _cell_bodies(piece)


def find_table_duties(s: str) -> list[DutyFact]:
    r"""Duties printed as tables in the line view ``s``.

    Tab-separated rows, in two shapes: a duty table with a head row naming its body columns (「序号\t重点任务\t
    牵头单位\t配合单位」; working groups 「工作组\t牵头单位\t成员\t职责」 name the group as the task), and member
    duties (「市委宣传部\t组织协调新闻媒体开展应急新闻报道」: the body leads its row's task). A table flattened to
    one cell a line, after a 「责任单位」 head: a line that is only bodies names those of the task above it.

    >>> rows = "工作组\t牵头单位\t成员\t职责\n抢险救援组\t市市场监督管理局\t市应急管理局、市公安局\t负责抢险"
    >>> [(d.task, d.lead, d.support) for d in find_table_duties(rows)]
    [('抢险救援组', ('市市场监督管理局',), ('市应急管理局', '市公安局'))]
    >>> cells = "工作措施\n责任单位\n(一)加强对防疫重点企业财税支持\n市税务局等,各县、市、区政府\n2020年12月"
    >>> [(d.task, d.lead) for d in find_table_duties(cells)]
    [('(一)加强对防疫重点企业财税支持', ('市税务局', '各县、市、区政府'))]
    >>> cells = "序号\n\n预期目标\n\n责任单位\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n工业增加值增长7%左右\n\n区经济信息委\n\n"
    >>> [(d.task, d.lead) for d in find_table_duties(cells + "3")]  # under a 序号 head, one body a row (BZ02)
    [('地区生产总值增长5.5%左右', ('区发展改革委',)), ('工业增加值增长7%左右', ('区经济信息委',))]
    """
    out: list[DutyFact] = []
    if "\t" not in s and "|" not in s and not _ANY_LABEL.search(s):
        return out  # no row of cells, and no 「责任单位」 head over a flattened table
    cols: _Columns | None = None
    numbered_roles: tuple[str, ...] | None = None  # the body columns' roles of a tab table whose head opens with 序号
    role = ""  # the role of the last body cell of the tab table's row above, which may go on a line down
    flattened = False
    above = ""  # the last cell that is no body list: the task of the bodies below it
    numbered = False  # whether the flattened table's head opens with a 序号 column (its numbers gone as page numbers)
    labels: list[str] = []  # a flattened table's body columns, as its head prints them one a line
    filled = 0  # body cells read since the task above
    rows = 0  # rows read from the flattened table: a lone body is read as a cell once the table is known
    pos = 0
    lines = s.split("\n")
    for k, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        # (a page's table may print its cells between pipes: 「3 | 提升幼教服务水平… | 毛晓青 | 县教体局 各相关乡镇政府 |」, DH04)
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else \
            [c.strip() for c in line.strip(" |").split("|")] if line.count("|") >= _PIPES_IN_A_ROW else [line.strip()]
        if len(cells) < 2 and role and out and (names := _body_cell(cells[0])):
            out[-1] = _more_bodies(out[-1], names, role)  # a row's last cell, a line down
            continue
        if cells[0] or len(cells) > 1:
            role = ""  # a line of another kind: what follows continues no row
        if len(cells) < 2:
            cell = cells[0]
            if cell in _BODIES_HEADERS:  # 「责任单位」 「牵头单位」: the head's labels, one a line
                labels = [*labels, cell] if flattened and above in _BODIES_HEADERS else [cell]
                if not flattened:
                    numbered = "序号" in [x.strip() for x in lines[max(0, k - 6) : k] if x.strip()][-3:]
                flattened, above, filled = True, cell, 0
                continue
            if flattened and _TABLE_ENDS.match(cell):
                flattened, labels, rows = False, [], 0
                continue
            names = _cell_bodies(cell) if flattened and cell else []
            # one body alone on a line is as likely a signature as a cell, unless the head named more body
            # columns than the row has filled: 「事项/责任单位/牵头单位」 (AG08), or the table is known by a row read
            # and the next cell is no date: a signature's date follows it, the next row's number or task a cell
            # (「规财司」 then 「4」, BH06)
            # (under a head that opens with 序号, a task then one body is a row however many were read: BZ02)
            if len(names) > 1 or (names and "等" in cell) or (names and len(labels) > 1 and filled < len(labels)) \
                    or (names and not filled and (rows or numbered) and not _NO_TASK.search(above) and _cell_alone(lines, k)):
                rows += 1
                if above:
                    label = labels[min(filled, len(labels) - 1)]
                    supports = label not in cues.LEAD_LABELS and any(x in cues.LEAD_LABELS for x in labels)
                    lead, support = ((), tuple(names)) if supports else _marked_lead(cell, names)
                    if filled and out and out[-1].task == above:  # the row's cells are one duty
                        row = out.pop()
                        lead, support = row.lead + lead, row.support + support
                        start = row.start
                    out.append(DutyFact(above, lead, tuple(x for x in dict.fromkeys(support) if x not in lead),
                                        start, pos - 1))
                filled += 1
            elif cell:
                above, filled = cell[:_LONGEST_TASK], 0
            continue
        if head := _header(cells):
            cols, numbered_roles = head, _roles(head) if cells[0] == "序号" else None
            continue
        if cols is not None:
            def bodies_in(columns: tuple[int, ...]) -> list[str]:
                return [x for i in columns if i < len(cells)
                        for x in split_departments(re.sub(r";.*", "", cells[i]).replace(" ", "、"))]
            lead, support = bodies_in(cols.lead), bodies_in(cols.support)
            support = [x for x in support if not _GENERIC_SUPPORT.match(x) and x not in lead]
            task = cells[cols.task] if cols.task < len(cells) else ""
            if lead and task and not ORG_LIST.fullmatch(task):
                out.append(DutyFact(task[:_LONGEST_TASK], tuple(lead), tuple(support), start, start + len(line)))
                role = "support" if support else "lead"
                continue
            if numbered_roles and cells[0].isdigit() and \
                    (row := _numbered_row(cells, numbered_roles, start, start + len(line))):
                out.append(row[0])
                role = row[1]
                continue
            cols = None  # a row with no body in the body columns: the table has ended
        if ORG_LIST.fullmatch(cells[0]) and len(cells[1]) >= 4:
            lead = split_departments(cells[0].replace(" ", "、"))
            task = re.split(r"[。;]", re.sub(r"^负责", "", cells[1]), maxsplit=1)[0]
            if lead:
                out.append(DutyFact(task, tuple(lead), (), start, start + len(line)))
    return out


# A sentence that tells what was done assigns nothing: 「区政府组织开展…清理工作,对…进行了全面清理」 「县自然资源局等
# 部门分别牵头制定了《…》」 (I08, I10). Of the 1,064 duties in the answer keys one evidence prints such a 了, inside a
# quotation (「“定了就干”」); 了解, 为了, 除了 are no such 了.
_DONE = re.compile(r"(?<![为除])了(?!解|结)")
_QUOTED = re.compile(r"“[^“”]*”")
_SENTENCE_STOP = re.compile(r"[。;!?\n]")


def _reports_done(s: str, start: int) -> bool:
    """Whether the sentence from ``start`` on reports a completed action (a 了 outside quotation marks)."""
    if s.find("了", start, start + _LONGEST_CLAUSE) < 0:
        return False  # (as far as a sentence reaches: most print none, and their stop is not looked for)
    stop = _SENTENCE_STOP.search(s, start, start + _LONGEST_CLAUSE)
    sentence = s[start : stop.start() if stop else start + _LONGEST_CLAUSE]
    return "了" in sentence and bool(_DONE.search(_QUOTED.sub("", sentence)))


def _dedupe(facts: list[DutyFact]) -> list[DutyFact]:
    """One fact per assignment: the same task, or the same bodies read twice from one stretch of text (or its
    support alone)."""
    out: list[DutyFact] = []
    seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
    for f in facts:
        key = (f.task, f.lead, f.support)
        if key in seen:
            continue
        # (a support read again from its own clause, 「省农业厅、环保局配合,加快…」, is the lead's assignment's; the
        # stretches compared first, most facts sharing none with the three before)
        if not any(
            g.start < f.end and f.start < g.end
            and (g.lead == f.lead and g.support == f.support or not f.lead and f.support and set(f.support) <= set(g.support))
            for g in out[-3:]
        ):
            seen.add(key)
            out.append(f)
    return out


def duties_in(doc: DocumentText, key: str, addressees: list[str], *, reply: bool = False) -> list[Duty]:
    """The duties ``doc`` assigns: in its sentences (the flow view), then in its tables (the line view, where
    a row is a line). ``addressees`` are the bodies its salutation names, whom 你省/你办 stand for; a ``reply``'s
    items that name no one ask them."""
    facts = find_duties(doc.s, addressee="、".join(addressees) or None, reply=reply)
    return [_duty(key, f, doc.raw, doc.s, doc.body) for f in facts] + \
        [_duty(key, f, doc.raw, doc.tables.s, doc.tables) for f in find_table_duties(doc.tables.s)]


def _duty(key: str, f: DutyFact, raw: str, s: str, view: Text) -> Duty:
    """The record of a duty found in ``s``, the text of ``view``: bodies and evidence as printed."""
    evidence = printed(raw, view, f.start, f.end)

    def shown(a: int, b: int) -> str:  # (a name not found as read is printed from the evidence, printed once)
        return evidence if a == f.start and b == f.end else printed(raw, view, a, b)

    def bodies(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(as_printed(n, s, f.start, f.end, shown) for n in names)

    return Duty(key, f.task, bodies(f.lead), bodies(f.support), evidence.strip(), view.orig_span(f.start, f.end))
