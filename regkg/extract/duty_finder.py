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

Bodies are kept as printed, one per list item; generic ones (各区县人民政府, 省级人民政府) count when
they are the ones assigned. Lists that share a suffix are expanded: 「信息化、住建、财政等有关部门」 →
信息化部门, 住建部门, 财政部门; a trailing 等有关部门 after named bodies is dropped.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from regkg.extract import cues
from regkg.extract.anchored import finditer_before, last_match
from regkg.extract.clean import Text
from regkg.extract.document_text import DocumentText
from regkg.extract.models import Duty
from regkg.extract.printed import printed
from regkg.keys.chars import openings

__all__ = ["ORG_LIST", "DutyFact", "as_printed", "clear_caches", "duties_in", "find_duties", "find_table_duties", "split_departments"]


def _endings(suffixes: set[str]) -> str:
    # 「会」 ends 市红十字会 but not the 「社会」 of 市人力资源社会保障局. Set per ending, not by replacing
    # 「|会|」 in the joined string: a set's order changes from run to run, and 会 could stand last. The endings follow a
    # lazy run of a name's characters: they are tried only where one can start (openings).
    ordered = sorted(suffixes, key=lambda x: (-len(x), x))
    return f"(?={openings(ordered)})(?:" + "|".join("(?<!社)会" if x == "会" else x for x in ordered) + ")"


_NAME = rf"[\u4e00-\u9fff()]{{2,30}}?(?:{_endings(set(cues.ORG_SUFFIXES) | {'部门', '主管部门', '单位'})})"
_ORG_END = _endings(set(cues.ORG_SUFFIXES) | set(cues.BODY_SUFFIXES))
# A cell or label that is only body names: 「市交通运输局、山西省公路局吕梁分局」 「吕梁日报社 吕梁电视台」
ORG_LIST = re.compile(rf"{_NAME}(?:[、 ]{_NAME})*")

# 「市级部门(单位)」: a body's ending may be glossed; a level in 〔〕 as in (): 「各县〔市〕区人民政府」 (W09); the zone it
# stands for too, or the zone's own administration: 「各街办(新区)」 (AK01) 「各街道(功能区)办事处(管委会)」 (BH01)
_BODY = re.compile(rf"[\u4e00-\u9fff()〔〕、]{{1,30}}?(?:{_ORG_END})(?:\(单位\)|\([局委办厅处室部]\)|\([\u4e00-\u9fff]{{0,4}}新区\)|\(管委会\))?"
                   rf"|{cues.PLACE_BODY}|{cues.PURSE}"
                   rf"|{'|'.join(cues.BARE_BODIES)}")
_BODY_END = re.compile(rf"(?:{_ORG_END})$")
# Last characters of every list: name endings, 「各设区市」 「省财政」 「你省」, a closing 「)」, a 「…等」 tail, society's
# members closing a list of bodies (「…和新闻媒体」 「…、社会团体」: _SOCIETY; not 「…和企业」, as 业 ends too many words), a
# place named by its kind (cues.PLACE_BODY: 「各地方」 「各街」 「各乡、场」 「…居」)
_LAST_CHARS = frozenset(x[-1] for x in set(cues.ORG_SUFFIXES) | set(cues.BODY_SUFFIXES)) | frozenset("政市县区州盟乡镇村道地省)等体台刊站方街场居")
# An adverb between a list of bodies and its marker, saying each of them acts: 「各县区、各部门都要高度重视」 (CT04)
# 「各成员单位均应…」 「市财政局也要…」
_EACH = frozenset("都均也")
_SURELY = "一定"  # an adverb of two characters before a modal: 「各地、各部门一定要认真贯彻落实…」 (CT08)
_SUFFIX_ONLY = re.compile(rf"(?:{_ORG_END})")  # 「办公室」 alone names no body
_NOT_IN_BODY = re.compile(cues.NOT_IN_BODY)
_LABELS = "|".join(cues.LEAD_LABELS + cues.SUPPORT_LABELS + cues.RESPONSIBLE_LABELS)
# Labels run into a name, people, the issuer speaking of itself and clauses that look like names: 「牵头起草单位」
# 「用人单位」 「负责同志」 「我局制定了…」;
# a label alone is the role-named body a notice assigns: 「牵头单位要强化责任担当」 「各责任单位、配合单位要…」
# bodies named before, counted or pointed back to: 「两部门均应规范制作笔录」 (Z04) 「上述部门要…」;
# (every alternative is anchored at the name's start: matched there, not searched for at each character)
_NOT_A_BODY = re.compile(
    rf"^(?:[两二三四五六七八九]个?|上述|以上|前述|这些)(?:部门|单位|机关|机构)$|^宾馆$|^我[局委厅办部院署会司]$|^(?:[(]|(?:{_LABELS})(?=.))|^(?:{'|'.join(cues.METADATA_LABELS)})$|^(?:负责|会同|配合|承担|本(?![市省县区州级])|该|其[^他])"
)
_ADDRESSEE = re.compile(cues.ADDRESSEE_PRONOUN)
_LABEL_BODIES = frozenset(x for x in cues.LEAD_LABELS + cues.SUPPORT_LABELS + cues.RESPONSIBLE_LABELS if x.endswith(("单位", "部门")))
# A name's last character before which 和/与/或者 joins two bodies (see _JOIN)
_JOINED_AFTER = "局委办厅部院会心行司队署室府门位构区处关所站道)"
# A run of levels opens a name: at a list's start or after a join, 「国家食品药品监督管理总局或者省、自治区、直辖市食品药品
# 监督管理部门」 (E22, V03); not inside a word, 「各县(市、区)、市直部门」
# (a pattern opening with lookbehinds is tried at every character of a list: a level's first character, looked for
# first, turns most of them away at one test)
_LEVEL_FIRST = "各其自直计设省市县区州盟旗乡镇街"  # what cues.PLACE_LEVELS opens with
# (a level after the first may name its part of the area: 「市、流域内县人民政府」 is one body, BT09)
_LEVEL_PART = "(?:流域内|辖区内|区域内)?"
_LEVELS = re.compile(rf"(?=[{_LEVEL_FIRST}])(?:(?<![\u4e00-\u9fff()])|(?<=[{_JOINED_AFTER}][和与])|(?<=[{_JOINED_AFTER}]或者))"
                     rf"(?:{cues.PLACE_LEVELS})(?:[、和]{_LEVEL_PART}(?:{cues.PLACE_LEVELS}))*、{_LEVEL_PART}(?:{cues.PLACE_LEVELS})(?!直)")
_HELD = "\x00"  # stands for the 、 inside a run of levels while a list is split
# the grassroots levels, each of them a body: the towns and the street offices, and 内蒙古's 苏木 (a township) and 嘎查 (a
# village): 「苏木乡镇、嘎查村应当加强…宣传教育」 (DR05)
_GRASSROOTS = "苏木乡镇|嘎查村|乡镇|乡|镇|街道|苏木|嘎查"
# The towns or street offices concerned, named by no place: 「属地镇」 「各相关镇」 「各属地乡镇」 「所在地街道」
_GRASSROOTS_ONES = re.compile(rf"各?(?:属地|相关|有关|所在地|涉及的?)(?:{_GRASSROOTS}|街镇)")
_PROVINCES_RUN = ("省、自治区、直辖市", "各省、自治区、直辖市")  # the provincial level's formula, one level in three words
# A run of the grassroots levels alone opens no name: each is a body of its own (a run before a name is one, 「乡镇、街道流动人口
# 服务管理机构」)
_GRASSROOTS_OR = re.compile(rf"(?:{_GRASSROOTS})\((?:{_GRASSROOTS})\)")  # 「镇(街道)」 「乡(镇)」
_GRASSROOTS_RUN = re.compile(rf"各?(?:{_GRASSROOTS})(?:、(?:{_GRASSROOTS}))+")
# Towns and street offices named by their places, each a body where the list says what they are: 「长铺镇、长铺子乡等县城
# 周边乡镇要…」 (DO01). Alone, a named town is as often the place a sentence is about (「城关镇要建成…」).
# Beside other bodies they are bodies too: 「关堤乡、振中街道和其他各有关单位要…」 (DM04). (A place's name before the
# ending: no 城镇, 村镇, 小镇 or 城乡.)
_NAMED_TOWN = r"(?![^、等]*(?:[城村集小街]镇|城乡|乡镇)(?:、|等|$))[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)"
_TOWNS_OF_A_KIND = re.compile(rf"(?P<towns>{_NAMED_TOWN}(?:、{_NAMED_TOWN})*)等[\u4e00-\u9fff]{{0,6}}?(?:{_GRASSROOTS})")
_A_NAMED_TOWN = re.compile(_NAMED_TOWN)
_HELD_AND = "\x01"  # and its 和: 「市和区、县劳动和社会保障行政部门」 is one body (AQ04)
# What makes a list more than one item, or reads its item otherwise: an item's mark, a join, a 等 tail, a bracket
# (an other name), the marks a run of levels is held by
_MORE_THAN_AN_ITEM = re.compile(f"[、,;(及和与或等{_HELD}{_HELD_AND}]")
_PER_LEVEL = re.compile(r"[两三四五]级")  # 「省、市、县三级财政」: one body per level
# 「市财政局等有关部门」 「财政、人事、保密、档案等部门」: a tail that is dropped, or the stems' shared suffix
# (「水利、工信、…、行政审批服务管理等多部门」 too). The tail may name a level or a field, and stand inside an item: 「省财政厅、省农业厅等省直有关部门和各市人民政府」
# 「市场监管、发展改革、…、统计等市场监管领域有关部门」
# The ending a list's stems share after 等: 「发展改革、建设、…、财政等相关行政管理部门」 (T06) names 发展改革行政管理部门
# and the rest.
# 「…示范区、…综合保税区等管委会」 (BK10); 「市安全监管、交通运输、公安…等职能管理部门」 (CC04)
_ENDINGS_SHARED = "行政管理部门|行政主管部门|职能管理部门|职能部门|管理部门|主管部门|部门|管委会|管理委员会"
# (every alternative opens with 等, the lookbehind after it: the search skips from one 等 to the next)
_TAIL = re.compile(
    # (or the field their work is in: 「住房和城乡建设、交通运输、…、能源等其他水库大坝主管部门」, AR01; 「公安、电信管理等其他
    # 有关部门」, V03)
    rf"等(?<![高同中初平]等)(?:多个?|多家|几个)?(?:[\u4e00-\u9fff]{{2,6}}?(?:领域|系统|行业))?(?:省直|市直|县直|区直|省|市|县|区)?(?:其他|其它)?(?:有关|相关)?"
    rf"(?:(?!行政主管部门)[\u4e00-\u9fff]{{2,6}}?(?=(?:行政)?主管部门(?:\(单位\)|和单位|和部门)?$))?(?P<suffix>{_ENDINGS_SHARED}|单位|机构)?(?:\(单位\)|和单位|和部门)?$"
    # or the kind the named bodies are, which adds none: 「市场监督管理部门、…、事业单位登记管理机关等登记管理部门」 (Y08)
    # (and the ending bare stems before it take, when it names only an office's kind: 「各级公安、市场监督管理、财政等
    # 有关行政部门」, AJ07; 「…等公共服务机构」 names no office)
    r"|等(?:其他|其它)?(?:有关|相关)?(?P<kind>(?:行政主管|行政|主管)部门)$"
    r"|等[\u4e00-\u9fff]{2,6}?(?:部门|机关|机构)(?:\(单位\))?$"
    r"|等(?:群团组织|人民团体|群众团体)$"  # 「工会、共青团、妇联等群团组织」 names its bodies whole (AX02)
)
# 「市应急管理局、市财政局及相关职能部门」: a generic item after named bodies adds none
_GENERIC_ITEM = re.compile(r"^(?:有关|相关|其他|其它)[\u4e00-\u9fff]{0,6}(?:部门|单位|机构)(?:\(单位\))?$"
                           r"|^(?:其他|其它)(?:有关|相关)?(?:行政)?机关$")  # not 「有关军事机关」 (AP06)
# 「发展改革、粮食、价格和商务部门」; not 管理部门, which is the last item's own: 「生态环境、市场监督管理部门」
_SHARED = re.compile(r"(?:主管部门|部门|管理委员会(?<=区管理委员会)|管委会(?<=区管委会))$")  # zones sharing their boards: 「…开发区、…开发区管理委员会」 (BN04)
# its level too: 「市住房城乡建设管理」 (X02); a department's field joined by 和 may be longer (「科学技术和经济信息化」
# 「城市管理和综合执法」, AW04), read as one stem (it may name two: 「应急管理和消防救援」), but not a party's trade
# (「中间产品和设备供应商」, AB02; _is_stem)
_STEM = re.compile(r"[省市县区]?(?:[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,6}和[\u4e00-\u9fff]{2,6})")
_QUALIFIER = re.compile(r"(?:全省|全市|全县|全区)?(?:各级|省级|市级|县级|乡级)|全省|全市|全县")
# 和/与 join after a name's ending: 「临汾经济开发区和市直相关部门」 「街道办事处和乡(镇)人民政府」, not the 与 of
# 「各参与单位」; nor joins the 及 of 「及时」
_JOIN = re.compile(rf"以及|及(?!时)|[和与](?<=[{_JOINED_AFTER}][和与])|或者(?<=[{_JOINED_AFTER}]或者)|或(?<=[{_JOINED_AFTER}]或)")  # 「由区管理委员会或镇人民政府负责」 (BJ04)
# A name that runs on past a whole body into a verb is a clause: 「市自然资源和规划局协调测绘资质单位」
# (but 「市委组织部」 is a name: what follows 「组织」 there is only an ending).
_INNER_BODY_END = re.compile(r"(?<=[局委办厅部署府会室心门位班组])")  # 「热线主管部门汇总上报市政府」 「各单位提高政治站」 (BZ02)
_INNER_VERB = re.compile("|".join(cues.DUTY_MARKERS + cues.INNER_VERBS))
# not the generic 「相关职能部门」, nor 「相关区政府」, a body as the list prints it
_PICKED_OUT = re.compile(r"^有关(?=省|市|县|区|乡|镇|国家)")
_ALIAS = re.compile(r"[(]以下(?:简称|统称|称)[^()]*[)]")  # 「相关行业主管部门和相关区政府(以下统称专区监管部门)」
_PARTY = re.compile(rf"(?:{cues.PRIVATE_UNITS})单位$")
_SOCIETY = re.compile(rf"(?:各类|各|有关|其他)?(?:{cues.SOCIETY})")
_EACH_CONCERNED = re.compile(r"各(?:有关|相关)?")
_BARE_GENERIC = re.compile(r"部门(?:\(单位\))?|机关|科室")  # (not 单位: 「各部门和单位」 keeps the units unnamed, the samples' key)
_EVERYONE = re.compile(rf"(?:有关|其他)?(?:{cues.EVERYONE})")
# 「市政府各部门、各直属机构」 「旗政府各有关部门」 「国务院各部委、各直属机构」: a government's own departments
_OWNERS = ("联席会议", "领导小组", "委员会", "指挥部")
# (a court's, a procuratorate's or a department's own offices too: 「市检察院各职能部门」 「市院各职能部门」 「省教育厅各处室」, CZ07)
_OWNER = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,8}}?(?:政府|法院|检察院|院|局|厅)|国务院|[\u4e00-\u9fff]{{2,20}}?(?={openings(_OWNERS)})"
                    rf"(?:{'|'.join(_OWNERS)}))(?=各)")
# (「省政府各牵头部门」 (CT03) 「县政府各责任单位」 「市政府各委办局」 too)
_OWNED = re.compile(r"^各(?:有关|直属|组成|牵头|责任|配合)?(?:主管部门|职能部门|部门|部委|委办局|机构|内设机构|单位|直属机构|特设机构|成员单位|处室|科室)"
                    r"(?:\(单位\))?$")
# (a level's government named by no place is one too: 「有关部门、乡(镇)人民政府、街道办事处,应当…」 (DO03))
_PLACE_GENERIC = re.compile(r"^(?:各|有关|相关|其他)|^(?:乡\(镇\)|乡镇|街道|乡|镇)(?:人民政府|政府|办事处)$")
# A place's party committee and its government, the place printed once: 「各乡镇党委、政府」 「攀天阁乡党委、政府」
# 「各县(市、区)党委和人民政府」 (BD03, CZ09) name the committee and the government of one place; 「县委、政府」 too
_COMMITTEE_OF = re.compile(r"^(?P<place>[\u4e00-\u9fff()、]{1,20}?)(?:党委|党工委)$|^(?P<level>[\u4e00-\u9fff()、]{0,20}[省市县区州旗])委$")
_ITS_GOVERNMENT = frozenset({"政府", "人民政府", "管委会", "管理委员会"})


def _by_first(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``words`` by their first character, each group in their order: ``name.startswith(words)`` is asked as
    ``name.startswith(groups.get(name[:1], ()))``, one look-up in place of a test per word (a hundred openings)."""
    groups: dict[str, tuple[str, ...]] = {}
    for w in words:
        groups[w[0]] = (*groups.get(w[0], ()), w)
    return groups


_NOT_BODY_OPENINGS = _by_first(cues.NOT_BODY_OPENINGS)
# Openings that make a list's first item no body: 「你」 is left out, as it opens an addressee (「你省」)
_CLAUSE_OPENINGS = _by_first(x for x in cues.NOT_BODY_OPENINGS if x != "你")
# Endings that make an opening and its object no department: 「强化政府」 (see _opens_clause)
_GENERIC_ENDINGS = ("政府", "部门", "单位", "机关", "机构", "组织")


# openings no name starts with: 「通过银行按月支付」 (AQ04) is no 通过银行, 「组建工作专班」 no 组建's 专班
_NEVER_NOUNS = ("通过", "组建", "成立", "设立", "建立", "整合", "充实", "承担", "主要承担")
_NAME_LIKE_A_WORD = re.compile(cues.NAMES_OPENING_LIKE_A_WORD)


def _opens_clause(name: str, words: dict[str, tuple[str, ...]] = _NOT_BODY_OPENINGS) -> bool:
    """Whether ``name`` opens with a verb or preposition, so names no body: 「建设有关部门」 「加强组织领导」.

    A two-character opening followed only by a department's ending is the department's name, the word a
    noun: 「建设局」 「监测站」 (S01: 「由建设局牵头组织…」 was no duty). Not a generic ending: 「强化政府」 is a verb
    and its object.

    >>> _opens_clause("建设有关部门"), _opens_clause("建设局"), _opens_clause("监测中心"), _opens_clause("对局")
    (True, False, False, True)
    >>> _opens_clause("强化政府"), _opens_clause("完善机制")
    (True, True)
    """
    if not name.startswith(mine := words.get(name[:1], ())) or _NAME_LIKE_A_WORD.match(name):
        return False  # most names: one test in C, no opening looked for one by one
    opening = next(x for x in mine if name.startswith(x))
    return not (len(opening) >= 2 and opening not in _NEVER_NOUNS and _SUFFIX_ONLY.fullmatch(name, len(opening))
                and not name.endswith(_GENERIC_ENDINGS))


# What a body leads or answers for, named: 「(一)省监察厅牵头的工作」 「二、市卫健委负责的主要任务」 (a heading, often run
# into its first item); elsewhere a marker then 的 is the verb of a relative clause, 「X制定的《…》」 「X负责的项目」.
_GROUP_HEADING = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:工作|事项|任务)")
_HEADING_COLON = re.compile(r"[\u4e00-\u9fff]{0,4}:")  # the heading ends its line's first clause
# 「会同有关部门」 adds no body, nor does 「会同本级相关涉灾部门」 (the samples' key, sample 002)
_GENERIC_SUPPORT = re.compile(r"^(?:本级|同级)?(?:有关|相关|其他有关)(?:[\u4e00-\u9fff]{1,2}(?=部门))?(?:部门|单位)(?:\(单位\))?$")


# A government's own departments named with 的, as laws and regulations print them: 「各级人民政府的环境保护部门」
# 「县级以上地方人民政府的有关部门」 (K12); 的 marks no body otherwise.
_GOVERNMENTS_OWN = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:人民政府|国务院)的[\u4e00-\u9fff]{1,12}?(?:部门|机构|机关)")


# A body picked out by the place of an act, 的 and all: 「违法行为发生地的县级以上市场监督管理部门」 (see cues.PLACE_OF_ACT)
_CLAUSE_IN_PLACE = re.compile(r"应当|必须|[向由将对]")
_LOCATED = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{cues.PLACE_OF_ACT})地的")


# The statutes' departments named by the duty they bear, 的 and all: 「其他负有环境保护监督管理职责的部门」 (T07), joined to
# the department named first by 或者: 「县级以上人民政府环境保护主管部门或者其他负有…职责的部门」.
# So is a government's department named by the work it is charged with: 「省、自治区、直辖市人民政府负责中医药管理的部门」 (V04).
# So is a body's own department named by the work it heads: 「公安机关主管公安派出所工作的部门」 (Z03).
_DUTY_BEARERS = re.compile(r"(?P<owner>[\u4e00-\u9fff、]{0,16}?(?:人民政府|国务院|机关|公安局|分局))?(?:其他|有关|其它)?"
                           r"(?:负有[\u4e00-\u9fff、]{2,24}?(?:监督管理|管理|监管)职责|(?:负责|主管)[\u4e00-\u9fff]{2,16}?(?:管理|工作))"
                           r"的(?:部门|单位|机构)")
# The statutes' body named by what it did or may do, 的 and all: 「制作该政府信息的行政机关」 「接到举报的国家机关」 「有权更正的行政
# 机关」 「组建后的行政机关」 「划入职责的行政机关」 (AQ05, AR09, AJ06, BB10): the clause's verb is one of a case's steps.
_ACTED_BODY = re.compile(r"(?:(?:最先|原|牵头|继续)?(?:接到|收到|接受|制作|受理|有权|承继|承受|划入|组建后|履行|承担|行使|颁发)[^,。;:的]{0,14}"
                         r"|(?:最初)?获取[^,。;:的]{0,8}信息|作出[^,。;:的]{0,10}决定)"
                         r"的(?:行政机关|国家机关|机关|行政部门|主管部门|职能部门|部门|机构)")
_A_MEETING = re.compile(r"(?:全体|专题|每次|年度|季度|月度|定期|首次|工作|例行|临时|第[一二三四五六七八九十\d]+次)?")
# A body's agency named by whose it is, 的 and all: 「国务院生态环境主管部门所属的流域生态环境监督管理机构」 (Z02).
_AFFILIATED = re.compile(r"[\u4e00-\u9fff]{2,16}?所属的[\u4e00-\u9fff]{2,20}?(?:机构|部门)")
# The statutes' 「设区的市」 (a city with districts) holds a 的 that is part of the name: 「设区的市级生态环境主管部门」 (T03, T04).
_CITY_WITH_DISTRICTS = "设区的市"


# A body printed with the board or the zone it also is: 「各街镇(管委会)」 「各街镇(经开区)」 (not another body's full name, which
# the samples' key drops: 「市政务服务中心(市政务服务热线管理中心)」 is 市政务服务中心)
_WITH_ALTERNATIVE = re.compile(r"(?P<body>[^()]{2,20})\((?:管委会|管理委员会|街道|办事处|[\u4e00-\u9fff]{0,4}(?:开发区|经开区|高新区|园区|新区|工业区))\)")
# A role's alternative printed inside its name: 「各责任(配合)单位」 (BQ09)
_ROLE_ALTERNATIVE = re.compile(r"\((?:牵头|配合|协办|参与|协助|责任|主责)\)(?=单位|部门)")


# A corpus names the same bodies again and again (市财政局 in every gazette of a city) and the readers try the same
# prefixes of a list more than once: nine calls in ten are answered here (1,000 generated gazettes, first pass).
@functools.lru_cache(maxsize=1 << 15)
def _is_body(name: str) -> bool:
    """Whether ``name`` is one body's name: 「公安部」 「省级人民政府」 「各设区市」, not 「广大干部」 or 「办公室」."""
    # (no form printing a 的 ends 联席会议: the meeting is told apart first)
    if name.endswith("联席会议") and _A_MEETING.fullmatch(name, 0, len(name) - 4):
        return False  # a meeting, not the mechanism: 「全体联席会议应当每年至少召开一次」 (review)
    if name.endswith(("镇", "乡", "街道")) and _GRASSROOTS_ONES.fullmatch(name):
        return True  # 「属地镇应…」 「各相关镇」 「各属地乡镇」: the towns or street offices concerned (BW10, BV11)
    # the statutes' forms all print a 的, looked for once before their patterns, which most names would fail only at its end
    if "的" in name:
        if bearer := _DUTY_BEARERS.fullmatch(name):  # a government's own; another owner must be a body
            owner = bearer.group("owner")
            return not owner or owner.endswith(("人民政府", "国务院")) or _is_body(owner)
        if _ACTED_BODY.fullmatch(name):
            return True
        if "所属的" in name and _AFFILIATED.fullmatch(name):
            return _is_body(name[: name.index("所属的")])
        if _GOVERNMENTS_OWN.fullmatch(name) and not _NOT_IN_BODY.search(name.replace("的", "", 1)):
            return True
        if "地的" in name and (located := _LOCATED.match(name)):
            # whose place it is may not be a clause: 「应当向工程所在地的区绿化市容行政管理部门」 (AB06)
            return not _CLAUSE_IN_PLACE.search(name, 0, located.end()) and _is_body(name[located.end() :])
    if "(" in name:
        if name.count("(") != name.count(")"):  # 「同一行政区(浦东新区应为…)」: cut inside an aside (X02)
            return False
        if (plain := _ROLE_ALTERNATIVE.sub("", name)) != name:
            return _is_body(plain)  # a role named with its alternative: 「各责任(配合)单位」 is a 责任单位 (BQ09)
        if name.endswith(")") and (alt := _WITH_ALTERNATIVE.fullmatch(name)) and _is_body(alt.group("body")):
            return True  # a body printed with the board or zone it also is: 「各街镇(管委会)」 (BV10), 「街镇(高新区)」 (AY04)
    # (a section's name says what it does before its 科: 「市科」 is a word cut short, CD02)
    if not 2 <= len(name) <= 30 or name.endswith(cues.NOT_BODY_ENDINGS) or (name[-1] == "科" and len(name) <= 2) or \
            _NOT_IN_BODY.search(name.replace(_CITY_WITH_DISTRICTS, "设区市")):
        return False
    if name in _LABEL_BODIES:
        return True
    # a name reads as a body's first, its exceptions after: two strings in three tried here read as none
    if not _BODY.fullmatch(name):
        return False
    if _NOT_A_BODY.match(name) or ("单位" in name and _PARTY.search(name)):  # a party's name ends 单位
        return False
    if (_SUFFIX_ONLY.fullmatch(name) and name not in cues.BARE_BODIES) or _opens_clause(name):
        return False
    if (verb := _INNER_VERB.match(name)) and _BODY.fullmatch(name, verb.end()):  # 「组织成员单位」: a verb and its object
        return False
    return not _runs_on(name)


def _runs_on(name: str) -> bool:
    """Whether a body's name inside ``name`` is followed by a verb and more: 「市委社会工作部统筹协调有关部门」."""
    for m in _INNER_BODY_END.finditer(name, 2, len(name) - 3):
        verb = _INNER_VERB.match(name, m.start())
        if not verb or len(name) - verb.end() < 2 or (verb.group() in _ROLE_VERBS and name[verb.end() :] in ("单位", "部门")):
            continue  # (a role after a name is no verb and its object: 「…工作专班牵头单位」, E03)
        # a body's name of three characters or more (「县委实施…领导小组办公室」 is one name), or a group named by its kind
        # alone: 「专班下设办公室」 is no body (BF04)
        if (m.start() >= 3 and _BODY.fullmatch(name[: m.start()])) or _SUFFIX_ONLY.fullmatch(name[: m.start()]):
            return True
    return False


_ROLE_VERBS = ("牵头", "配合", "协办")


def _is_stem(piece: str) -> bool:
    """A body's name without its ending, sharing the list's last one: the 「住建」 of 「信息化、住建等有关部门」."""
    return (
        bool(_STEM.fullmatch(piece))
        and not _NOT_IN_BODY.search(piece)
        and not ("和" in piece and any(part.endswith(cues.PARTY_STEM_ENDINGS) for part in piece.split("和")))
        # a stem that is a two-character opening whole is a field's name: the 「建设」 of 「发展改革、建设、交通等…部门」 (T06)
        and (not piece.startswith(_NOT_BODY_OPENINGS.get(piece[:1], ())) or bool(_NAME_LIKE_A_WORD.match(piece))
             or (len(piece) == 2 and piece in cues.NOT_BODY_OPENINGS))
        # 「…应急、海关、税务等部门」
        and (not _BODY_END.search(piece) or bool(_SUFFIX_ONLY.fullmatch(piece)) or piece in cues.BODY_LIKE_STEMS)
    )


def _qualified(stems: list[str]) -> list[str]:
    """The first stem's qualifier is every stem's: 「全省各级财政、税务等部门」 → 全省各级财政部门, 全省各级税务部门."""
    m = _QUALIFIER.match(stems[0])
    if not m or len(stems[0]) == m.end() or _GOVERNMENT_OPENING.match(stems[0]):
        return stems  # 「县级以上人民政府发展改革、公安等部门」: the keys name the government with the first only (AJ03)
    return [stems[0]] + [x if x.startswith(m.group()) else m.group() + x for x in stems[1:]]


_ITEM_MARKS = re.compile("[、,;]")


def _top_split(s: str) -> list[str]:
    """Split a list at 、 , ; outside brackets: 「各县(市、区)人民政府、园区管委会」 is two items."""
    if "(" not in s and "〔" not in s:  # most lists hold no bracket: one C-level split
        return s.split("、") if "," not in s and ";" not in s else _ITEM_MARKS.split(s)
    out, cur, depth = [], [], 0
    for ch in s:
        depth += (ch in "(〔") - (ch in ")〕" and depth > 0)
        if depth == 0 and ch in "、,;":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


_LEVEL_OPENINGS = "省市县区"
# A list's first item naming the government whose departments the stems are: 「县级以上人民政府发展改革、公安…等部门」
_GOVERNMENT_OPENING = re.compile(r"^(?:县级以上(?:地方)?(?:各级)?|各级|本级|同级|[省市县区]级?|自治[区州县旗])人民政府")  # 自治县: AS03
_PLACE_ENDS = "省市县区州旗盟"
_NAME_ENDS = "局委办厅院会府处署室"  # not 「)」: 「各县(市)区人民政府」 is one body
_BRANCHES = ("分局", "支队", "大队", "分中心", "分所")
_INNER_UNITS = ("办公室", "处", "科", "室", "司")  # a body's own offices, named after it


def _unconcat(piece: str) -> list[str]:
    """Bodies printed side by side with no mark between them, or with only a space lost in cleaning.

    「各地区各有关部门」 is two bodies, 「各级各有关部门」 one: split before 各 when both halves are bodies;
    「吕梁日报社吕梁电视台」 splits where its opening starts again, 「市公安局交警支队」 does not.

    >>> _unconcat("各地区各有关部门"), _unconcat("吕梁日报社吕梁电视台"), _unconcat("旗政府各有关部门")
    (['各地区', '各有关部门'], ['吕梁日报社', '吕梁电视台'], ['旗政府各有关部门'])
    >>> _unconcat("区人力社保局区人力社保局"), _unconcat("各县(市)区人民政府"), _unconcat("市公安局市中区分局")
    (['区人力社保局'], ['各县(市)区人民政府'], ['市公安局市中区分局'])
    >>> _unconcat("市人民政府区域合作办公室"), _unconcat("市委市政府督查室"), _unconcat("国务院各有关主管部门")
    (['市人民政府区域合作办公室'], ['市委市政府督查室'], ['国务院各有关主管部门'])
    >>> _unconcat("区安委会各成员单位"), _unconcat("环境保护部环境应急指挥领导小组办公室")
    (['区安委会各成员单位'], ['环境保护部环境应急指挥领导小组办公室'])
    """
    if "各" in piece and (owner := _OWNER.match(piece)) and _OWNED.match(piece[owner.end() :]):
        return [piece]  # 「旗政府各有关部门」 is the departments of the 旗政府
    # a cut stands before a 各 or the level the name opens with: most names print neither past their start, and are
    # not walked character by character
    if "各" in piece[2:-1] or (piece[0] in _LEVEL_OPENINGS and piece[0] in piece[4:-1]):
        for i in range(2, len(piece) - 1):
            # 「军队各级防化业务部门」 is the army's departments at every level: no split before 各级 (AI01); nor before a
            # committee's members, 「区安委会各成员单位」 (BQ03; 「区城市更新领导小组各成员单位」, AA05)
            if piece[i] == "各" and not piece.startswith(("各级", "各成员"), i) and _is_body(piece[:i]) and _is_body(piece[i:]):
                return [piece[:i], *_unconcat(piece[i:])]
            # a name opening with the level the first opened with, after a whole name: 「区人力社保局区经商局」, table cells
            # a lost line break joined (AG08); not a branch of the first (「市公安局市中区分局」) nor a joint office (「市委市政府督查室」)
            if piece[i] == piece[0] and piece[i] in _LEVEL_OPENINGS and i >= 4 and piece[i - 1] in _NAME_ENDS \
                    and not piece.endswith(_BRANCHES) and _is_body(piece[:i]) and _is_body(piece[i:]):
                return list(dict.fromkeys([piece[:i], *_unconcat(piece[i:])]))
    opening = piece[:2]
    if opening[0] not in "市县区省" and piece.find(opening, 2) >= 0:  # its opening printed again: most names print it once
        cuts = [i for i in range(2, len(piece) - 1) if piece.startswith(opening, i)]
        pieces = [piece[a:b] for a, b in zip([0, *cuts], [*cuts, len(piece)])]
        # (not a body's own office, whose name may open as the body's does: 「环境保护部环境应急指挥领导小组办公室」, T04)
        if all(map(_is_body, pieces)) and not pieces[-1].endswith(_INNER_UNITS):
            return list(dict.fromkeys(pieces))
    return [piece]


# Places listed by name, the last with its level and government: 「祖庵、渭丰、涝店、石井镇人民政府」 (J04) is
# 祖庵镇人民政府, 渭丰镇人民政府, … — each name takes the last item's ending.
_PLACE_STEMS = re.compile(
    r"(?P<stems>(?:[\u4e00-\u9fff]{2,4}、)+)(?P<last>[\u4e00-\u9fff]{2,4}?)"
    r"(?P<ending>(?:镇|乡|街道|区|县|旗)(?:人民政府|政府|办事处))"
)


# Whole places listed, the last with its body: 「寿县、凤台县发展改革委」 (P07) is 寿县发展改革委 and 凤台县发展改革委;
# a 州 among them: 「海东市、兰州市、临夏州发展改革部门」 (W06); the last joined by 和: 「江北区、北碚区和渝北区人民政府」 (BB03).
_NOT_PLACE = re.compile(r"[的或等各]|(?<=.)[和及与]|发布|报告")  # a name may open with 和: 「和平区」 「和田市」
_PLACES_THEN_BODY = re.compile(r"(?P<places>(?:[\u4e00-\u9fff]{1,4}[县区市旗州盟]、)*[\u4e00-\u9fff]{1,4}[县区市旗州盟][、和及])"
                               r"(?P<last>[\u4e00-\u9fff]{1,4}[县区市旗州盟])(?P<ending>[\u4e00-\u9fff]{2,12})")
_PLACE_JOINS = re.compile("[、和及](?<=[县区市旗州盟][、和及])")  # after a place's last character: 「和平区」 keeps its 和


def _place_stems(s: str) -> list[str] | None:
    """The bodies a list of place names sharing the last one's ending names, or None."""
    if (whole := _PLACES_THEN_BODY.fullmatch(s)) and _is_body(whole.group("last") + whole.group("ending")):
        places = [*_PLACE_JOINS.split(whole.group("places"))[:-1], whole.group("last")]
        # a name, not a run of levels (「区县」) nor words run on from a heading (「灾情信息报告和发布市」); a 新区 is
        # a place as well as its body: 「滨海新区、东丽区、…、蓟县不动产登记事务中心」 (AA04)
        # (nor a level: 「各省、自治区、直辖市人民政府」, R02, BB06)
        if not any(len(x) < 2 or (_is_body(x) and not x.endswith("新区")) or x[-2] in "县区市旗省" or _NOT_PLACE.search(x)
                   or x.removeprefix("各") in _LEVEL_WORDS for x in places):
            return [x + whole.group("ending") for x in places]
    m = _PLACE_STEMS.fullmatch(s)
    if m is None:
        return None
    names = [*m.group("stems").split("、")[:-1], m.group("last")]
    if any(_is_body(x) or x.endswith(("镇", "乡", "区", "县", "市", "旗", "局", "委", "办")) for x in names):
        return None
    return [x + m.group("ending") for x in names]


# A body's other name in brackets: 「市发展改革委(市粮食和物资储备局)」 is one body, whose second name's 和 joins nothing;
# after a department the bracket may name its units: 「区公安部门(各相关派出所)」 (AU10). The list is read without the
# bracket; a scope note (「(不含垂直管理部门)」 「(包括其下属单位)」) is no name after a department (a department with one
# reads as no subject, the samples' key), and no name is given it back (_with_other_name).
_SCOPE_NOTE = r"(?:包括|包含|含|不含|不包括|除|下属|所属|直属|垂直)"
_AKA = re.compile(rf"\((?:(?<=[局委办厅院会府处署]\()|(?<=部门\()(?!{_SCOPE_NOTE}))([^()]{{2,20}})\)")
# 「市人民政府所在地西秀区人民政府」 is the district where the city's government sits: the seat names the body, it is
# none. Only a government's seat: 「其他河流由所在地生态环境分局组织…」 names no seat.
# 「嘉定区文物局为本区文物行政管理部门,依法开展…」 「各街镇…为责任部门,负责…」: the bodies are named what they are
# made, and are the bodies; not 为 as "for" (「各区为困难群众提供救助的单位」: the units are the subject).
# 「X是本行政区域内…工作的主管部门,负责…」 (N06) likewise, 的 and all: 是 is never "for".
_DESIGNATED = re.compile(
    r"(?<=[局委办厅院会府处署区镇街乡县市)门关构位])(?:为(?:本行政区域(?:内)?的|本区|本市|本县|本省|本州|本镇)?(?:(?!的)[\u4e00-\u9fff]){0,16}?"
    r"|是(?:本区|本市|本县|本省|本州|本镇)?[\u4e00-\u9fff]{0,24}?)(?:部门|机关|单位|机构)$")
_SEAT = re.compile(r"^[\u4e00-\u9fff()]{1,16}?政府所在地(?=[\u4e00-\u9fff])")
_WITHIN = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:范围|区域|辖区)内的(?=[\u4e00-\u9fff])")


# bodies named without an ending: 海关, 各级财政, 人社 — in a list sharing an ending, stems
# (not a whole body's kind: 「街镇等相关部门应…」 names the 街镇, no 街镇部门, DE06)
_WHOLE_KINDS = ("街镇", "管委会", "办公室")
_UNENDED = re.compile(rf"{'|'.join(x for x in cues.BARE_BODIES + cues.BODY_LIKE_STEMS if x not in _WHOLE_KINDS)}|{cues.PURSE}")


# Words before a clause's subject that are no part of its name: 当 ("when", not 当地), a handing over to the body
# that then acts (「交由X处理」). A referral, 「移交/移送X处理」, opens a clause (cues.NOT_BODY_OPENINGS): the keys
# do not count its receiver (T04, T09; W01 counts one, a judgement call). 「由所涉及的X、Y…牵头」: those concerned (AG06).
_LEADING_WORD = re.compile(r"^(?:当(?!地)|交由|所涉及的)")
_COMMA_GROUP = re.compile(r"[^,;]*、[^,;]*")
_LEVEL_WORDS = frozenset(("自治区", "直辖市", "自治州", "自治县", "自治旗", "计划单列市", "设区市", "县级市", "地级市", "副省级市"))
_PLACE_RUN = re.compile(r"(?<![^、])(?:[\u4e00-\u9fff]{1,4}[县区市旗州盟]、)+[\u4e00-\u9fff]{1,4}[县区市旗州盟](?:人民政府|政府)(?![^、])")
_ORG_INSIDE = re.compile(r"[局委办厅部院会府]")  # a zone's name holds no body's ending: 「市商务局指导高新区」 is none
# which places a list names, its departments sharing it (「有关地区和部门」); which departments, the units after them sharing
# it (「各有关部门、单位」, BV02)
_WHICH = re.compile(r"^(?:各有关|各相关|有关|相关|各)(?=地区|地方)|^[省市县区]?(?:各有关|各相关|有关|相关)(?=部门|单位)")


def _fresh_lists(read: Callable[..., list[str]]) -> Callable[..., list[str]]:
    """``read`` remembered by its arguments; each call is given a list of its own, as callers add to theirs."""
    remembered = functools.lru_cache(maxsize=1 << 15)(lambda *args, **kwargs: tuple(read(*args, **kwargs)))

    @functools.wraps(read)
    def fresh(*args: object, **kwargs: object) -> list[str]:
        return list(remembered(*args, **kwargs))

    fresh.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    return fresh


# What a list's ends may hold that is no part of a name: separators, and the mark a table puts before one body of a
# cell (「★区发改委、统计局」, BQ05, its lead)
_NOT_OF_A_NAME = " ,、★☆●○◆◇■□▲△※"


# A clause's opening is read as a list at each marker after it, then again by _inline_aside and _requested (which
# reads each prefix up to six times), and a salutation's addressees at every 你: a third of the lists a gazette's
# duty finders read were read before in it.
@_fresh_lists
def _bodies(s: str, addressee: str | None = None, strict: bool = True) -> list[str]:
    """Bodies of a printed list, one per item; empty when ``strict`` and any item is not a body.

    >>> _bodies("信息化、住建、财政等有关部门")
    ['信息化部门', '住建部门', '财政部门']
    >>> _bodies("省、自治区、直辖市发展改革、粮食、价格和商务部门")[:2]
    ['省、自治区、直辖市发展改革部门', '省、自治区、直辖市粮食部门']
    >>> _bodies("祖庵、渭丰、石井镇人民政府")
    ['祖庵镇人民政府', '渭丰镇人民政府', '石井镇人民政府']
    >>> _bodies("省、市、县三级财政"), _bodies("市工信局、市财政局等有关部门,各县区人民政府、园区管委会")
    (['省财政', '市财政', '县财政'], ['市工信局', '市财政局', '各县区人民政府', '园区管委会'])
    """
    # Most strings read here are no list: each pattern below is tried only when the character it needs
    # is there (an alias needs 「以下」, a run of levels 「、」, a tail 「等」, a join 「及」 「和」 「与」, the addressee 「你」).
    s = s.strip(_NOT_OF_A_NAME)
    if "等" in s and s.endswith(("镇", "乡", "街道")) and (towns := _TOWNS_OF_A_KIND.fullmatch(s)):
        return towns.group("towns").split("、")
    if s.endswith(("村", "木", "查")) and _GRASSROOTS_RUN.fullmatch(s):
        return s.split("、")  # 「苏木乡镇、嘎查村」 (DR05): a run the loop below splits before it could read it
    if ("、" in s or (("和" in s or "及" in s) and _PLACE_JOINS.search(s))) and (places := _place_stems(s)):
        return places
    if "、" in s and ("," in s or ";" in s):
        # places sharing the last one's ending in one of a list's comma-separated groups: 「市水利局等部门,各县市区人民政府,
        # 阜阳经开区、阜合园区管委会」 (BH03)
        s = _COMMA_GROUP.sub(lambda m: "、".join(places) if (places := _place_stems(m.group())) else m.group(), s)
    elif "、" in s and "政府" in s:
        # or a run of them among other bodies: 「自治区发展改革委、自然资源厅、银川市、石嘴山市、吴忠市人民政府、宁东管委会」 (DR08)
        s = _PLACE_RUN.sub(lambda m: "、".join(places) if (places := _place_stems(m.group())) else m.group(), s)
    if "以下" in s:
        s = _ALIAS.sub("", s)
        if _DUTY_BEARERS.fullmatch(s):  # named by its charge, then given a short name: filed under that (R23, K12)
            return []
    if "所在地" in s:
        s = _SEAT.sub("", s)
    if "内的" in s:
        s = _WITHIN.sub("", s)  # 「禁放范围内的区人民政府…」: the bodies of the area the text is about (CF08)
    if s[:1] in "当交所" and (lead := _LEADING_WORD.match(s)):  # 「当指挥部办公室接到…时」
        s = s[lead.end() :]
    if "为" in s or "是" in s:
        s = _DESIGNATED.sub("", s)
    if strict and "单位" not in s and "部门" not in s and _opens_clause(s, _CLAUSE_OPENINGS):
        # 「加强组织领导」: the first item opens a clause and can be no party (「建设单位」) nor a role (「配合单位」)
        return []
    if not _MORE_THAN_AN_ITEM.search(s) and not (s.startswith("你") and _ADDRESSEE.fullmatch(s)):
        # one item, as the loop below reads it: the addressee's place or a body (a stem, a party, society or everyone
        # alone name none); most strings read here are one, a clause's opening among them: 「市人力资源社会」 「认真组织」
        if _addressee_place(s, addressee):
            return [s]
        return _without_generic(_named(s, strict)) if _is_body(s) else []
    if "、" in s:
        s = _LEVELS.sub(lambda m: m.group().replace("、", _HELD).replace("和", _HELD_AND), s)
    prefix, levels = "", []
    # a list whose items share the ending after 等 (「各级财政、税务、市场监管等部门」): a body named without an
    # ending, 财政 or 海关, is one of its stems (X01, E06)
    shares_ending = "等" in s and bool((tail := _TAIL.search(s)) and tail.group("suffix"))
    # zones sharing a board: 「高新技术产业开发区、…等管委会」 (BK10), each zone a stem though a zone names a body too
    zone_board = "等管委会" in s or "等管理委员会" in s or ("、" in s and s.endswith(("区管委会", "区管理委员会")))
    out: list[str] = []
    stems: list[str] = []
    towns = 0  # named towns among the items
    ended = tail_here = False  # a tail inside an item ends the stems that share its ending: none after it does
    for top in _top_split(s):
        top = top.replace(_HELD, "、").replace(_HELD_AND, "和")
        if top.endswith(("镇", "乡", "道")) and _GRASSROOTS_RUN.fullmatch(top):
            out += top.split("、")  # 「各街道、镇」: the street offices and the towns, each a body (AD04, AZ07, BU06)
            continue
        if "(" in top:  # read without its other name, which is given back below
            top = _AKA.sub(lambda m: "" if _is_body(m.group(1)) else m.group(), top)
        if "、" in top and (m := _LEVELS.match(top)) and m.end() < len(top):
            prefix, top = m.group(), top[m.end() :]
            if lv := _PER_LEVEL.match(top):
                levels = [x.removeprefix("各") for x in prefix.split("、")]
                prefix, top = "", top[lv.end() :]
        tail = _TAIL.search(top) if "等" in top else None
        suffix = (tail.group("suffix") or tail.group("kind")) if tail else None
        top = top[: tail.start()] if tail else top
        for piece in _JOIN.split(top) if "及" in top or "和" in top or "与" in top or "或" in top else [top]:
            ended, tail_here = ended or tail_here, False
            if out and piece.startswith("其有关"):  # 「地方各级人民政府及其有关部门」: their departments (K08)
                piece = piece[1:]
            elif out and piece in ("部门", "单位") and (which := _WHICH.match(out[-1])):
                piece = which.group() + piece  # 「有关地区和部门」: the departments concerned too (AH08)
            if "等" in piece and (inner := _TAIL.search(piece)) and inner.start() > 0:
                piece, suffix = piece[: inner.start()], suffix or inner.group("suffix") or inner.group("kind")
                tail_here = True
            if not piece:
                return [] if strict else out
            if levels:
                per_level = [lv + piece for lv in levels]
                if strict and not all(map(_is_body, per_level)):
                    return []
                out += per_level
                levels = []
                continue
            if stems and (shared := _SHARED.search(piece)):
                # 「发展改革、粮食、价格和商务部门」: every stem takes the last item's ending; a field named with 和
                # is one (「省发展改革、工业和信息化部门」, AY02)
                *more, piece = _split_joined(piece)
                if not _is_body(prefix + piece):  # 「组织、协调和督促有关部门」: verbs and their object, no list of bodies
                    return [] if strict else out
                if shared.group().endswith(("管委会", "管理委员会")) and not all(x.endswith("区") for x in stems):
                    return [] if strict else out  # only zones share a board: 「市人行、某经开区管委会」 is no 市人行管委会 (DH02)
                stems += [prefix + x for x in more if x]
                out += [x + shared.group() for x in _qualified(stems)] + [prefix + piece]
                stems, prefix = [], ""
                continue
            piece = prefix + piece  # the shared levels open every item up to the first whole name
            if out and piece.startswith("各") and (owner := _OWNER.match(out[-1])) and _OWNED.match(piece):
                piece = owner.group() + piece  # 「市政府各部门、各直属机构」: the second is 市政府各直属机构
            if piece.startswith("你") and _ADDRESSEE.fullmatch(piece):
                if addressee:
                    out += _bodies(addressee, strict=False)
                elif strict:
                    return []
            elif piece == "街道" and out:
                out.append(piece)  # beside other bodies, the street office: 「各部门、街道要…」 (BL08)
            elif out and _GRASSROOTS_OR.fullmatch(piece):
                out.append(piece)  # and the towns or street offices: 「各园区、镇(街道)和市直属学校要…」 (DS01)
            elif piece in _ITS_GOVERNMENT and out and (committee := _COMMITTEE_OF.match(out[-1])):
                out.append((committee.group("place") or committee.group("level")) + piece)
            elif zone_board and piece.endswith("区") and not piece.startswith("各") and not _ORG_INSIDE.search(piece) \
                    and (_is_stem(piece) or _is_body(piece)):
                stems.append(piece)
                continue
            elif _addressee_place(piece, addressee):
                out.append(piece)
            elif _is_body(piece) and not ((stems or shares_ending) and _UNENDED.fullmatch(piece)):
                out += _named(piece, strict)
            elif out and out[0].startswith("各") and _BARE_GENERIC.fullmatch(piece):
                # 「各乡镇、部门(单位)要…」 「各有关街道、部门要…」: the opening of the list reaches its bare items, which
                # it names: 各部门(单位), 各有关部门 (BE03, DO06)
                out.append(_EACH_CONCERNED.match(out[0]).group() + piece)
            elif _SOCIETY.fullmatch(piece):
                pass  # society's members beside the bodies: 「各级人民政府、有关部门和新闻媒体应当…」 (AJ03, BB05)
            elif strict and _EVERYONE.fullmatch(piece):
                return []  # a list naming people binds everyone: 「任何单位和个人」
            elif piece[-1] in "镇乡道" and not shares_ending and not piece.startswith("各") and _A_NAMED_TOWN.fullmatch(piece) \
                    and not _opens_clause(piece):
                out.append(piece)  # a named town, a body if the list names others (below)
                towns += 1
            elif _is_stem(piece.removeprefix(prefix)):
                if ended:  # 「市财政局等相关部门和认真」: no ending of the tail before it is this stem's
                    return [] if strict else out
                stems.append(piece)
                # a run of levels printed once stays with the first stem, as a level does: 「市、县(市)区人民政府农业农村、
                # 林业和草原…等有关部门」 is 林业和草原部门 after the first (BP06, AX06); the provinces' formula opens every
                # stem, as the shared key reads 「省、自治区、直辖市发展改革、粮食、价格和商务部门」 (R03)
                prefix = prefix if prefix.startswith(_PROVINCES_RUN) else ""
                continue
            elif not stems and not out and (gov := _GOVERNMENT_OPENING.match(piece)) and _is_stem(piece[gov.end() :]):
                # 「县级以上人民政府发展改革、公安、…等部门」: the government's departments, the first item naming it (AJ03)
                stems.append(piece)
                continue
            elif "单位" in piece and _PARTY.search(piece):
                pass  # 「数据提供部门及运营单位应当…」: the operator is a party, the list's bodies still are
            elif strict:
                return []
            prefix = ""
        if stems and suffix:
            # a party's stem shares the ending too: 「勘察、设计、施工、监理单位」 names parties (AB02)
            out += [x + suffix for x in _qualified(stems) if not (suffix == "单位" and _PARTY.search(x + suffix))]
            stems = []
    if (stems or towns and towns == len(out)) and strict:
        return []
    out = _without_generic(out)
    if "(" in s:
        out = [_with_other_name(x, s) for x in out]
    return list(dict.fromkeys(out))


def _named(body: str, strict: bool) -> list[str]:
    """The bodies a list's item that is a body names: 「各地区各有关部门」 is two (:func:`_unconcat`).

    A subject 「有关省级粮食应急工作指挥部应…」: 有关 picks out the body named after it (a printed list
    「责任单位:有关县市区人民政府」 keeps the generic body as printed, not ``strict``).
    """
    return _unconcat(body[2:] if strict and body.startswith("有关") and _PICKED_OUT.match(body) and _is_body(body[2:]) else body)


def _without_generic(out: list[str]) -> list[str]:
    """The bodies of a list, each once, without a generic item beside named ones: 「市应急管理局、市财政局及相关职能部门」;
    beside generic bodies it is one of them: 「相关行业主管部门和相关区政府」."""
    if len(out) < 2:  # (most lists: one body is kept, generic or not)
        return out
    named = [x for x in out if not _GENERIC_ITEM.match(x)]
    return list(dict.fromkeys(named if any(not _PLACE_GENERIC.match(x) for x in named) else out))


def _addressee_place(piece: str, addressee: str | None) -> bool:
    """Whether ``piece`` names a reply's addressee by its place: 「桂林市要切实加强…」 to 桂林市人民政府 (AH02).

    >>> _addressee_place("桂林市", "桂林市人民政府"), _addressee_place("桂林市", None), _addressee_place("", "人民政府")
    (True, False, False)
    """
    return bool(addressee and piece) and piece[-1] in _PLACE_ENDS and f"{piece}人民政府" in addressee.split("、")


def _split_joined(piece: str) -> list[str]:
    """The stems joined by 和 or 及 in a list's last item, a field named with 和 one of them (cues.JOINED_FIELDS).

    >>> _split_joined("价格和商务部门"), _split_joined("工业和信息化部门"), _split_joined("住房和城乡建设和交通运输部门")
    (['价格', '商务部门'], ['工业和信息化部门'], ['住房和城乡建设', '交通运输部门'])
    """
    field = next((f for f in cues.JOINED_FIELDS if piece.startswith(f)), None)
    if field is None:
        return re.split(r"和|及", piece)
    rest = piece[len(field) :]
    return [field, *re.split(r"和|及", rest[1:])] if rest.startswith(("和", "及")) else [piece]


def _with_other_name(name: str, s: str) -> str:
    """``name`` with the other name ``s`` prints after it, as printed: 「市发展改革委(市粮食和物资储备局)」 is one body,
    named so (the samples' key, L04); the list was read without it, as its 和 joins nothing.

    >>> _bodies("市发展改革委(市粮食和物资储备局)、市财政局")
    ['市发展改革委(市粮食和物资储备局)', '市财政局']
    """
    at = s.find(name + "(")
    if at < 0 or (m := _AKA.match(s, at + len(name))) is None or not _is_body(m.group(1)) \
            or re.match(_SCOPE_NOTE, m.group(1)) or m.group(1).endswith(_BRANCHES):
        return name  # a scope note, or a branch of the body (「市公安局(市交警支队)」), is no other name of it
    return name + m.group()


_GLOSSED = re.compile(r"[\sA-Za-z\u00c0-\u024f]+")  # spaces and pinyin printed inside a name


def as_printed(name: str, s: str, start: int, end: int, printed: Callable[[int, int], str]) -> str:
    """``name`` as the page prints it, when it stands in ``s[start:end]``; ``printed(a, b)`` gives the input
    behind ``s[a:b]``. Cleaning folds traditional script, so 「省財政廳」 is found as 省财政厅 and printed back.

    >>> raw = "(省發展改革委牽頭,省財政廳配合)"
    >>> as_printed("省财政厅", "(省发展改革委牵头,省财政厅配合)", 0, 17, lambda a, b: raw[a:b])
    '省財政廳'
    >>> raw = "(生態環境、交通等部門負責)"
    >>> as_printed("生态环境部门", "(生态环境、交通等部门负责)", 0, 15, lambda a, b: raw[a:b])
    '生態環境部門'
    >>> raw = "銅梁區人民政府:二、你區要加強水源地管理。"
    >>> as_printed("铜梁区人民政府", "铜梁区人民政府:二、你区要加强水源地管理。", 10, 24, lambda a, b: raw[a:b])
    '銅梁區人民政府'
    """
    i = s.find(name, start, end)
    if i < 0:  # named by pronoun there (「你區要…」): as the text prints it elsewhere, in its salutation
        i = s.find(name)
    if i < 0 and start < end:
        # a name a list's shared ending completes (「生態環境、交通…等部門」 gives 生态环境部门): each character as the
        # evidence prints it (BM01); most evidence prints what it reads, and the name is as read
        if printed(start, end) == s[start:end]:
            return name
        at = {ch: k for k in range(min(end, len(s)) - 1, start - 1, -1) if (ch := s[k]) in name}
        return "".join(p if ch in at and len(p := printed(at[ch], at[ch] + 1)) == 1 else ch for ch in name)
    # pinyin glosses printed inside words (「自治區qū」) are no part of the name
    return _GLOSSED.sub("", printed(i, i + len(name))) if i >= 0 else name


def split_departments(s: str, addressee: str | None = None) -> list[str]:
    """Department names of a printed list, one per item, as printed; items that are no name are dropped.

    >>> split_departments("市发展改革委、市财政局和市生态环境局等按职责分工负责")
    ['市发展改革委', '市财政局', '市生态环境局']
    >>> split_departments("省发改委总牵头")  # a section's lead (AI06)
    ['省发改委']
    """
    s = _NOISE.sub("", s.strip())
    return _bodies(s, addressee, strict=False)


# The verb closing a parenthetical's list, and a generic tail before it: 「…等有关部门按职责分工负责」
# 「…,市政府各部门(单位)按照职能分别落实」 (W05). A 部门 with no 等/有关 before it ends the last name:
# 「市政府各部门负责落实」 keeps 市政府各部门. 「(市工商质监局牵头负责)」 (CV02) closes its list with two verbs.
_NOISE = re.compile(
    r"(?:(?:等(?:有关|相关)?(?:部门|单位)?|(?:有关|相关)(?:部门|单位))(?:\(单位\))?)?"
    r"(?:(?:按照?|根据)(?:职责|职能)(?:分工)?)?(?:分别)?(?:牵头负责|牵头落实|负责落实|负责|总牵头|牵头|配合|落实)$"
)
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
_MEMBER_VERBS = "负责|牵头|配合|协助|组织|指导|督促|做好|承担"
_MEMBER_SEPARATOR = f"(?::|。(?={_MEMBER_VERBS}))"
_MEMBER_STOP = re.compile(f"。(?={_MEMBER_VERBS})")  # what a line needs for the second separator: most lines hold none
_MEMBER = re.compile(
    rf"^(?:[(][0-9一二三四五六七八九十]+[)]|[0-9]+[.、])?\s*(?P<org>{_NAME}(?:、{_NAME}){{0,5}}){_MEMBER_SEPARATOR}"
    rf"(?P<task>[^。]{{2,}}?)(?:。|$)"
)
_MARKER = re.compile("|".join(cues.DUTY_MARKERS))
_BY_MARKER = re.compile("|".join(cues.BY_VERBS))
_NOT_A_TASK = re.compile(rf"^(?:{cues.NOT_A_TASK})")
# 「县级以上人民政府负责地方志工作的机构(以下简称地方志工作机构)主管…」: 负责… there names another body
_NAMED_BY_DUTY = re.compile(r"负责[^,。;()]{1,20}的(?:机构|部门|单位)")
_OWN_FUNDING = re.compile(cues.OWN_FUNDING)
_STOPS = "。;!?:,\n"  # what ends a clause
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
_MODAL = re.compile(r"要(?<![必需重主只]要)(?!求)|应当|应(?!急)|必须|须|实施(?:统一)?监督管理|负责(?!人|同志)")  # or a competence: 「X对…实施统一监督管理」 (K12)
_LONGEST_ASIDE = 40  # characters between an inline aside's opening and the modal after it
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
_SUPPORT_AFTER = re.compile(rf"(?:负责)?[,](?P<sup>[^,。;\n]{{2,120}}?){_SUPPORT_ADVERBS}?(?:配合|参加|参与|协助|协办|为成员)")
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
_SET_UP_VERBS = ("下设", "设立", "成立", "组建")
# (where it sits may come between: 「工作专班下设办公室,设在市消防救援总队,负责…」, DT03)
_SET_UP = re.compile(rf"(?P<verb>{'|'.join(_SET_UP_VERBS)})(?P<x>[^,。;:\n]{{2,30}}?)(?:作为[^,。;:\n]{{1,12}}?机构)?[,]"
                     r"(?:设在[^,。;:\n]{2,20},)?(?:主要|具体)?"
                     r"(?:负责|承担|统一领导)(?!人|同志)")
# 「联席会议办公室设在教育部,主要承担联席会议组织联络和协调等日常工作」
# A group made of named members, then what it does: 「由县城市管理局、县公安局、…等部门组成的联合执法工作组,对违法进城大货车
# 进行集中治理」 (DO09): the group leads, its members support
# (an official leading it first: 「由市政府分管副秘书长牵头,市应急局、…等部门和单位组成的工作专班,负责…」, DT03)
_GROUP_OF_MEMBERS = re.compile(r"由(?:[^,。;:\n由]{2,20}?牵头,)?(?P<members>[^,。;:\n由]{2,300}?)(?:等[\u4e00-\u9fff]{0,6}?(?:部门|单位))?组成的"
                       r"(?P<group>[^,。;:\n的]{2,24}?(?:工作组|领导小组|指挥部|专班|小组|委员会)),(?=对|负责|统筹|具体|开展)")
_SEATED = re.compile(r"(?P<x>[^,。;:\n]{2,30}?)设在[^,。;:\n]{2,20}[,](?:主要|具体)?(?:负责|承担)(?!人|同志)")
# 「联席会议由教育部、发展改革委…9个部门和单位组成,教育部为牵头单位」
_COMPOSED = re.compile(
    r"由(?P<m>[^。;由]{2,200}?)(?:[0-9一二三四五六七八九十]+个)?(?:部门和单位|成员单位|部门|单位)?组成[,。]"
    r"(?P<lead>[^,。;]{2,30}?)为牵头(?:单位|部门)"
)
_LEAD_IN_MARK = re.compile(r"负责|职责|承担")
_ENUMERATED = re.compile(r"^(?:[(][0-9一二三四五六七八九十]+[)]|[0-9]+[.、]|[①-⑳])\s*")
_LEAD_IN_BODY = re.compile(rf"(?P<o>{_NAME})(?:负责|是|的主要职责|主要职责|工作职责|职责)")
# 「2.1.1 国家粮食应急工作指挥部职责」; the field may stand between: 「街道办事处及镇政府消防工作职责:」 (BL07)
_DUTY_HEADING = re.compile(r"(?P<o>[^,。;:]{2,30}?)(?:的)?(?:(?:(?![府局委办厅部院会室处及和、])[\u4e00-\u9fff]){2,4}工作)?"
                           r"(?:主要)?职责(?:是)?:?$")
# what _DUTY_HEADING ends with, looked for before its lazy name is tried at every length (most lines a colon ends
# are lead-ins to a list, 「主要任务如下:」)
_DUTY_HEADING_END = len("职责是:")
# A joint task named by its verb alone, closing the clause after the bodies it joins.
_CLOSING_VERB = re.compile(r"(?:研究|共同|联合|另行)?(?:确定|制定|审定|核定|批准|审批|审核|公布|发布|组织实施|实施|办理|执行|解释)$")
_CO = re.compile(rf"(?:要|应当|应|须|必须)?(?:会同|{cues.CONSULTING}|{cues.JOINTLY})")  # 「各责任单位要会同配合单位按照…」
_CO_LIST_END = re.compile(r"等(?:有关|相关)?(?:行政)?(?:主管)?部门")
# (not a work they drafted: 「中央宣传部会同…等有关部门和单位拟定的《…》已经国务院同意」, T10)
_DRAFTED = re.compile(r"(?:和单位)?[\u4e00-\u9fff]{0,4}的《")
_CO_WITH = re.compile(rf"会同((?:{_NAME})(?:[、和]{_NAME})*)")
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
_DUTY_MARK = re.compile(rf"负责|牵头|配合|{_LABELS}|(?:职责|职能)(?:分工)?(?:分别)?落实")  # 「(…按照职能分别落实)」 (W05)
_COMMA_RULE = re.compile(cues.COMMA_LEAD_RULE)
_FIRST_RULE = re.compile(cues.FIRST_LEAD_RULE)
_LABEL = re.compile(rf"(?P<label>{_LABELS})[::]")
# A label opening a line or a sentence; the labels after it on the line are its own. Matched bare and its
# opening checked after (_label_runs).
_LABEL_RUN = re.compile(rf"(?:{_LABELS})[::]")
_LABEL_WORDS = tuple(sorted(_LABELS.split("|"), key=len, reverse=True))  # the longest first, as a match starts leftmost
# A field naming the person who answers for an item, printed above its bodies' labels in 分工方案: people, no duty.
_PERSON_LABEL = r"(?:牵头|责任|分管|联系|包联)?(?:市|省|县|区)?(?:领导|负责人|责任人)[::]"
_PERSON_FIELD = re.compile(rf"(?<![\u4e00-\u9fff]){_PERSON_LABEL}[^,。;:\n]{{1,12}}$")
_PERSON_REACH = 24
_PERSON_LINE = re.compile(rf"{_PERSON_LABEL}[^\n]{{1,30}}$", re.M)  # on a line of its own: 「牵头领导:市长,副市长」
# 「市直行业主管部门是市级项目的责任主体」 「市住房城乡建设局为牵头单位」
_ROLE = re.compile(
    r"(?P<x>[^,。;:]{2,60}?)(?:为|是)(?P<what>[^,。;:]{0,20}?)"
    r"(?P<role>牵头单位|牵头部门|责任单位|责任部门|主责单位|责任主体|配合单位|协办单位|主管单位|主管部门)"
)
# Looked for before _ROLE, whose lazy groups are tried at every length: no role's word, no role.
# 「国务院办公厅是全国政务新媒体工作的主管单位」 (T08): the body made competent holds the duty; 主管 only after 的,
# as most 主管 stand in names (「市场监管主管部门」), and a cue read in every clause costs each its full reading.
_ROLE_WORD = re.compile(r"牵头|责任|主责|配合|协办|的主管(?:单位|部门)")


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
_LEAD_THEN_SUPPORT = re.compile(rf"(?P<lead>.+?)(?:(?:根据职责分别)?牵头(?:负责)?[,;](?P<sup>.+?){_AS_THEIR_DUTIES}(?:配合|参与|协助|负责)"
                                rf"|负责[,;](?P<helps>.+?){_AS_THEIR_DUTIES}(?:配合|参与|协助))")


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
            else:
                leads, supports = _marked_lead(part, split_departments(part))
                lead += leads
                support += supports
        return lead, support
    m = _LEAD_THEN_SUPPORT.match(inner)
    if m:
        return split_departments(m.group("lead")), split_departments(m.group("sup") or m.group("helps"))
    # a list closed by its verb: 「(…负责)」 「(…牵头)」 「(…按照职能分别落实)」
    if re.search(r"负责|牵头", inner) or _NOISE.search(inner) or (first_rule and (names := _bodies(inner))):
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
        if s[named - 1] not in _LAST_CHARS:  # no name ends there: spare the parse
            continue
        if s[at : at + 2] in _MARKER_IN_NAME_HEADS and \
                (word := next((w for w in _MARKER_IN_NAME if s.startswith(w, at)), None)) and \
                (s[at + len(word) : at + len(word) + 1] in _NAME_STOPS or s.startswith(_MARKER_AFTER_NAME, at + len(word))):
            continue  # the marker's words end a name: 「区委组织部和区民政局对…」 is no 区委 that 组织s (BF10), 「组织部署」 is
        # (the 的 of 「在各自的职责范围内」 is the phrase's own, BY11)
        if s.startswith("的", m.end()) and m.group() != "在各自" and _relative_clause(s, m, markers is _BY_MARKER):
            continue
        if not (names := _bodies(s[p:named], addressee)):
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


def _assignment(s: str, p: int, lead: list[str], at: int, addressee: str | None) -> DutyFact:
    """The duty whose lead list ends at ``at``: a 会同 list, a 牵头…配合 tail, then the task (maybe empty)."""
    support: list[str] = []
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
                (named := _bodies(s[co.end() : verb.start()], addressee)):
            support, sup_end = named, verb.start()
        # a list the joint task's own verb ends: 「由中央宣传部会同财政部、税务总局确定并发布名单」 (T10); a list, as a
        # name alone may run on into the verb (「会同有关部门研究制定办法」 reads 「有关部门研究制定办」)
        if not support and len((listed := _requested(s, co.end(), co_end, addressee))[0]) >= 2:
            support, sup_end = listed
        # a list closed by its 等…部门, the joint task's verb after it whatever it is: 「会同市财政、卫生、安全生产监督管理等部门
        # 拟订具体办法」 (BA01)
        if not support and (closed := _CO_LIST_END.search(s, co.end() + 2, co_end)) and \
                not _DRAFTED.match(s, closed.end()) and len(named := _bodies(s[co.end() : closed.end()], addressee)) >= 2:
            support, sup_end = named, closed.end()
        # a list that is its clause whole, the task after the comma: 「X会同国务院发展改革部门、工业和信息化部门、商务部门,
        # 制定全国奶业发展规划」 (V07)
        if not support and len(whole := _bodies(s[co.end() : co_end], addressee)) >= 2:
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
        if s[m.start() - 1] not in _LAST_CHARS:
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
            if modal is None and m.group() == "对":
                modal = _SANCTION.search(s, m.end(), min(end, m.end() + _LONGEST_ASIDE))
        if modal and (names := _bodies(s[p : m.start()], addressee)):
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
        if lead and end - at <= _SHORT_NAME and _is_body(s[p:end]):
            lead, at = [], p  # a clause that is one name whole, a marker inside it: 「区委组织部」 is no 区委 that 组织s (AN05)
        if lead:
            return lead, at
        if (inline := _inline_aside(s, p, end, addressee))[0]:
            return inline
    if not s.startswith(",", end) or not _MARKER.match(s, end + 1):
        return [], p
    for m in _ASIDE.finditer(s, p + 2, end):
        if lead := _bodies(s[p : m.start()], addressee):
            return lead, end + 1
    if s[p:end].rstrip(" 、")[-1:] not in _LAST_CHARS:
        return [], end + 1  # 「…水平,加强…」: no name ends the clause
    return _bodies(s[p:end], addressee), end + 1


# What a list _bodies reads can end with, past the marks it strips (_NOT_OF_A_NAME): a body's last character
# (_LAST_CHARS, a generic place's among them), a place or pronoun naming the addressee (「你旗」 「你们」), a
# tail it drops (_TAIL: 「…等其他」 「…等省直」 「…等多个」 「…等几个」 「…等…领域」 「…等…系统」 「…等…行业」 「…等群团组织」) or
# society beside the bodies (cues.SOCIETY: 「…和个体工商户」). A string ending otherwise reads as no list.
_LIST_ENDS = _LAST_CHARS | frozenset("、(旗们他它直多个家域统业织户")


def _requested(s: str, p: int, end: int, addressee: str | None) -> tuple[list[str], int]:
    """The bodies a request names, whatever its verb: 「请各乡镇、县直各单位紧扣各项目标任务…」.

    The list ends where no longer list can be read within a short name's length.
    """

    def listed(x: int) -> list[str]:
        # every prefix may be a list, each read whole (a 会同 list of 60 characters is read 60 times): those whose last
        # character ends none, most of them, are not read
        return _bodies(s[p:x], addressee) if s[p:x].rstrip(_NOT_OF_A_NAME)[-1:] in _LIST_ENDS else []

    for e in range(p + 2, min(end, p + _LONGEST_SUBJECT)):
        if s[e] in "、和及与" or not (names := listed(e)):
            continue
        if not any(listed(x) for x in range(e + 1, min(end, e + _SHORT_NAME) + 1)):
            return names, e
    return [], p


# A duty marker without its exceptions (「负责」 for 「负责(?!人|同志|解释)」): a cue may be looser than the rule.
_MARKER_WORDS = "|".join(re.sub(r"\(\?!.*?\)$", "", x) for x in cues.DUTY_MARKERS)
# What a clause must hold for _clause_duties to find a duty in it, each scanned for once over the whole
# text: a name's last character before a marker or an aside (_subject, _inline_aside), a request, a
# role's word (_ROLE), 设在 (_SEATED), a comma then a marker (a subject standing as a clause of its own).
# Most clauses hold none (「加强统筹协调」), and are passed over without a regex run on them.
# The cues look ahead for a marker's (or an aside's) first character before they try them one by one: a
# name's last character (市 局 区 会…) and a comma stand everywhere, a marker after them seldom.
_MARKER_OPENINGS = "".join(sorted({w[0] for w in _MARKER_WORDS.split("|")} | {"(", "对", "在"}))  # and _INLINE_ASIDE's
_NAME_THEN_MARKER = re.compile(rf"[{''.join(map(re.escape, sorted(_LAST_CHARS)))}](?:[{''.join(sorted(_EACH))}]|{_SURELY})?"
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
    return s[start : start + 1] in _START_MOVERS or s[start:comma].rstrip(" 、")[-1:] in _LAST_CHARS \
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


_EARLIER_LISTS = 4  # comma-separated lists read back before a subject
_LONGEST_LISTED = 12  # characters of a body that is such a clause alone: a longer one is likelier a sentence


def _earlier_lists(s: str, p: int, addressee: str | None) -> tuple[list[str], int]:
    """The body lists that stand as whole clauses, comma after comma, right before the clause at ``p`` (after a
    comma), and where the first starts; or ([], p). A clause that is anything but bodies ends the run."""
    names: list[str] = []
    for _ in range(_EARLIER_LISTS):
        if s[p - 1 : p] != ",":
            break
        start = _clause_start(s, p - 1, "。;,:\n")
        clause = s[start : p - 1]
        # (bodies as printed, each whole in the clause, which holds no verb: 「…花钱问效、实干促效」 or 「新闻宣传职能从法规处划入
        # 办公室」 are no lists, AN01, AW01)
        if p - 1 - start < 2 or _MARKER.search(clause) or _INNER_VERB.search(clause) or \
                not (found := _bodies(clause, addressee)) or not all(x in clause for x in found) \
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
        if seated and (names := _bodies(seated.group("x"), addressee)) and names[0] not in cues.BARE_BODIES:
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
                len(names := _bodies(members.group("list"), addressee, strict=False)) >= 2:
            lead, at = names, members.end()
        if not lead:
            lead, at = _clause_subject(s, p, end, addressee)
        if request and addressee and (pronoun := _ADDRESSEE.match(s, p)):  # 「望你市引导开发区…」
            lead, at = _bodies(addressee, strict=False), pronoun.end()
        if not lead and request:
            lead, at = _requested(s, p, end, addressee)
        if not lead and request and (more := _ESPECIALLY.match(s, end)) and (lead := _bodies(s[p:end], addressee)):
            lead, at = lead + _bodies(more.group("x"), addressee), more.end()  # 「请各地区各部门,尤其是各经济特区,…」 (CW08)
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
        if role and (names := _bodies(role.group("x"), addressee)):
            supporting = role.group("role") in ("配合单位", "协办单位")
            task = role.group("what").strip("的") or _task_from(s, end + 1)
            out.append(DutyFact(task, () if supporting else tuple(names), tuple(names) if supporting else (), p, role.end()))
        if lead and (case := _CASE.match(s, at)) and _another_subject(s, case.end(), addressee):
            lead = []  # 「有关防汛指挥机构依法要求停航的,运行单位应当停航」: a case the sentence provides for, no task of its subject
        if lead and not request and s[p - 1 : p] == "," and (earlier := _earlier_lists(s, p, addressee))[0]:
            # the subject's list goes on over commas before it: 「各县(市、区)人民政府,市政府各部门,各有关单位要…」 (DM02)
            lead, p = [*earlier[0], *lead], earlier[1]
        if lead and len((fact := _assignment(s, p, lead, at, addressee)).task) >= 2:
            if amended is not None and (close := _closing_quote(fact.task)) is not None:  # the wording's task ends with its quote
                fact = DutyFact(fact.task[:close], fact.lead, fact.support, fact.start, fact.end - len(fact.task) + close)
            out.append(fact)
    # the evidence starts after the aside, which is no item's body list (its words looked for first: most texts print none)
    for m in _ALIAS_ACTOR.finditer(s) if "以下简称" in s else ():
        if _is_body(m.group("x")) and len(task := _task_from(s, m.end())) >= 2:
            out.append(DutyFact(task, (m.group("x"),), (), m.end(), _task_end(s, m.end(), task)))
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


_SERVES_AS = re.compile(r"[^,。;]*?的?[^,。;]{0,12}(?:担任|兼任)$")


# 街道 alone names a street as often as its office (「街道应当保持路面平整」): its office only after 由, or beside other bodies
_STREET_OFFICE = re.compile(r"(?P<x>(?:所在|属地)?街道)(?=负责|牵头|组织|统筹|按照)")


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
        lead, at = _subject(s, p, _clause_end(s, p), _BY_MARKER, addressee)
        if not lead and (street := _STREET_OFFICE.match(s, p)):
            lead, at = [street.group("x")], street.end("x")  # 「由街道负责指定…」 (AZ01): the street office
        # a place after 由 is whose territory it is, not its government: 「仍由景德镇市管辖」 (E10)
        if not lead or not all(x[-1] not in _PLACE_ENDS or _is_body(x) for x in lead):
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
        lead = _bodies(m.group("lead"), addressee)
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
            if names := _bodies(x[skip:], addressee):
                out.append(DutyFact(m.group("task"), tuple(names), (), m.start("x") + skip, m.end("task")))
        at = s.find("主管", at + 2)
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
        if x.startswith((*_ROLE_FIRST_WORDS, "本", "全")) or not (names := _bodies(x, addressee)):
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
        names = _bodies(m.group("x"), addressee)
        if m.group("verb") == "下设" and _SUFFIX_ONLY.fullmatch(m.group("x")):
            owner_start = _clause_start(s, m.start(), "。;,:\n")
            owner = _ITEM_HEAD.sub("", s[owner_start : m.start()])
            # (its owner named by its kind alone, the group just set up: 「工作专班下设办公室」, 「领导小组下设办公室」, DT03)
            names = [owner + m.group("x")] if _is_body(owner) or _is_body(owner + m.group("x")) else []
        if names:
            task = _task_from(s, m.end())
            out.append(DutyFact(task, tuple(names), (), m.start(), _task_end(s, m.end(), task)))
    for m in _GROUP_OF_MEMBERS.finditer(s) if "组成的" in s else ():
        # (the group named by who makes it up: a body, whatever its ending, 工作组 too, which cues.BODY_SUFFIXES leave out)
        group = m.group("group")
        if not _NOT_IN_BODY.search(group) and not _opens_clause(group) and (members := _bodies(m.group("members"), addressee)):
            task = _task_from(s, m.end())
            out.append(DutyFact(task, (group,), tuple(members), m.start(), _task_end(s, m.end(), task)))
    return out


def _group_duties(s: str, line_starts: list[int], groups: list[tuple[int, int]], addressee: str | None) -> list[DutyFact]:
    """Items that close with a parenthetical naming their bodies."""
    out: list[DutyFact] = []
    comma_rule = first_rule = False
    # each rule prints its word (「逗号前」, 「第一」): in a text without it, no group is searched for the rule
    commas, ranked = "逗号前" in s, "第一" in s
    # a text whose items close with their bodies and a verb (「(X牵头,Y配合)」) may close others with the bodies alone, who
    # all lead: 「…激励机制。(区发展改革委、区财政局、区农业农村委)」 (BU11)
    # (or whose items close with their bodies alone, two of them or more: 「…环境保护。(地区农牧局)」 in a 分工方案 whose every
    # item does so, DA02; one such group may be anything's aside)
    closing = [(a, b) for a, b in groups if _closes_item(s, a, b)]
    bare = any(_DUTY_MARK.search(s, a + 1, b) for a, b in closing) or \
        sum(1 for a, b in closing if b - a - 2 <= _LONGEST_SUBJECT and _bodies(s[a + 1 : b - 1])) >= 2
    for a, b in groups:
        # its content, read to its first 。: 「…负责。以下均需各区县人民政府落实,不再列出」; 「(A、B、C。排名第一的为牵头单位,下同)」
        # states its own rule (searched for in place: most groups name no duty, and are not cut out)
        end = b - 1 if s[b - 1] in ")〕]" else b
        end = stop if (stop := s.find("。", a + 1, end)) >= 0 else end
        comma_rule = comma_rule or (commas and bool(_COMMA_RULE.search(s, a + 1, end)))
        # once a list has said 「列第一位者为牵头部门,下同」, the groups after it are lists of bodies alone (AI06)
        listed = (first_rule or bare) and end - a - 1 <= _LONGEST_SUBJECT * 4 and _closes_item(s, a, b) and _bodies(s[a + 1 : end])
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
        # the labels on the lines below are this item's too: 「牵头单位:区委组织部\n协办单位:区委编办、…」 (AN05)
        while opens and end < len(s) and _LABEL_RUN.match(s, end + 1):
            end = s.find("\n", end + 1)
            end = end if end >= 0 else len(s)
        read_to = end
        lead, support = _parse_group(s[start:end].rstrip("。").replace("\n", ";"), False, False)
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
        task = _task_of(s, item_start, task_end)
        if (lead or support) and task:
            out.append(DutyFact(task, tuple(lead), tuple(support), item_start, end))
    return out


_HEADED_BODY = 24  # the longest body name an item's heading holds whole
_HEADED_LINE = _HEADED_BODY + 2 * _LONGEST_HEAD  # the longest line a heading and a body name fill
_MEMBER_REACH = _LONGEST_HEAD + _HEADED_BODY  # how far into a line a member's stop before its verb is looked for
_BASIS_OPENINGS = ("根据", "按照", "依照", "依据")


def _headed_duty(s: str, line: str, ls: int, line_starts: list[int], k: int) -> DutyFact | None:
    """A body that heads an item on a line of its own (line ``k``), its duty the paragraph below: 「(三)区财政局」
    then 「负责在政府投资项目中安排海绵城市建设年度预算,…」 (AD03); the paragraph opens with a task's verb or an aside.
    ``line`` is short, opens with an item's number and prints no sentence's mark, as the caller has seen (most
    lines are sentences)."""
    head = _item_head(line)
    if not head or not head.end() or not 2 <= len(line) - head.end() <= _HEADED_BODY or not _is_body(line[head.end() :]):
        return None
    # the next line that holds text; walked in place, as a slice of the lines would copy them for every line
    for start in itertools.islice(line_starts, k + 1, None):
        end = s.find("\n", start)
        text = s[start : end if end >= 0 else len(s)]
        if not text.strip():
            continue
        # not a basis, which opens a section's account of the body: 「2.2 现场指挥部」 / 「根据…需要,成立现场指挥部」
        if _item_head(text) or text.startswith(_BASIS_OPENINGS) or not (_MARKER.match(text) or text.startswith(("在", "对"))):
            return None
        task = re.split(r"[;。]", _OPENING_DUTY.sub("", text), maxsplit=1)[0]
        return DutyFact(task, (line[head.end() :],), (), ls, _task_end(s, start, task)) if len(task) >= 2 else None
    return None


# A body the document sets up, whose tasks a heading naming no body lists: 「国务院决定成立第三次全国经济普查领导小组(以下简称领导
# 小组)」 then 「一、主要职责」 「负责…的组织和实施…」 (CX01); 「建立促进中部地区崛起工作部际联席会议(以下简称联席会议)制度」 then
# 「一、主要职能」 (CX03). (Its name may open with the verb of its purpose, 「促进…」, so it is read by its ending, not as a clause's body.)
_SETS_UP = re.compile(r"(?:成立|建立|组建|设立)(?P<x>[^,。;:()\n《》]{2,40}?(?:领导小组|工作小组|联席会议|委员会|指挥部|专班))"
                      r"(?:\(以下简称[^()]{1,12}\))?(?:制度)?[,。:]")
_BARE_DUTY_HEADING = re.compile(r"(?:主要|工作)?(?:职责|职能)(?:任务)?:?")


def _set_up_before(s: str, at: int) -> str | None:
    """The body the text sets up last before ``at``, if any (_SETS_UP)."""
    found = None
    for m in _SETS_UP.finditer(s, 0, at):
        found = m.group("x")
    return found


def _list_duties(s: str, lines: list[str], line_starts: list[int], addressee: str | None) -> list[DutyFact]:
    """Member-duty lists: 「(7)市公安局:组织落实…」, and a lead-in body whose duties are enumerated below."""
    out: list[DutyFact] = []
    lead_in: tuple[str, ...] | None = None  # the bodies whose duties the following enumerated items list
    paragraph = False  # a heading naming no body lists the body set up: its tasks may be a paragraph, not items
    stops = _MEMBER_STOP.search(s) is not None  # (one text in twenty prints a member's stop: its lines are not searched)
    for k, (ls, line) in enumerate(zip(line_starts, lines)):
        if not line:  # a blank line (two in five) heads nothing and ends a lead-in's items: no pattern is tried on it
            lead_in = None
            continue
        # (no sentence's mark: neither an item's number nor a body's name prints one; four tests in C on a short line cost
        # a third of a pattern's search)
        if len(line) <= _HEADED_LINE and line[0] in _ITEM_OPENINGS and \
                not ("。" in line or "," in line or ";" in line or ":" in line) and \
                (fact := _headed_duty(s, line, ls, line_starts, k)) is not None:
            out.append(fact)
            continue
        if lead_in is not None and paragraph and not _ENUMERATED.match(line):
            paragraph = False
            if task := re.sub(r"^负责", "", line.split("。")[0]).strip():
                out.append(DutyFact(task, lead_in, (), ls, ls + len(line)))
            continue
        if lead_in is not None:
            if item := _ENUMERATED.match(line):
                body = line[item.end() :]
                task = re.split(r"[;。]", re.sub(r"^(?:负责|会同[^,]*?[,])", "", body), maxsplit=1)[0]
                sup = _CO_WITH.match(body)
                support = tuple(split_departments(sup.group(1), addressee)) if sup else ()
                if task and not _subject(body, 0, _clause_end(body, 0), _MARKER, addressee)[0]:
                    out.append(DutyFact(task, lead_in, support, ls, ls + len(line)))
                continue
            lead_in = None
        # a lead-in ends with a colon, a duty heading names 职责, a member duty has a colon: most lines none
        if line.endswith(":") or "职责" in line or "职能" in line:
            head = _ITEM_HEAD.sub("", _ARTICLE.sub("", line.strip()))
            if _BARE_DUTY_HEADING.fullmatch(head) and (body := _set_up_before(s, ls)):
                lead_in, paragraph = (body,), True
                continue
            if line.endswith(":") and _LEAD_IN_MARK.search(line):
                org = _LEAD_IN_BODY.match(head)
                if org and _is_body(org.group("o")):
                    lead_in = (org.group("o"),)
                    continue
            if "职责" in head[-_DUTY_HEADING_END:] and (h := _DUTY_HEADING.fullmatch(head)) and \
                    not h.group("o").endswith("成员单位") and \
                    (names := [h.group("o")] if _is_body(h.group("o")) else _bodies(h.group("o"))):
                lead_in = tuple(names)
                continue
        if (":" in line or (stops and _MEMBER_STOP.search(line, 0, _MEMBER_REACH))) and (m := _MEMBER.match(line)):
            org = m.group("org")
            if "、" in org:
                if len(names := _bodies(org)) >= 2 and not set(names) & _LABEL_BODIES:
                    out.append(DutyFact(m.group("task").strip(), tuple(names), (), ls, ls + m.end()))
            elif len(org) <= 24 and _is_body(org) and org not in _LABEL_BODIES:  # 「协同单位:省直各部门」 is a label
                out.append(DutyFact(m.group("task").strip(), (org,), (), ls, ls + m.end()))
    return out


def clear_caches() -> None:
    """Forget the names and lists read so far (a benchmark's repetitions each start cold)."""
    _is_body.cache_clear()
    _bodies.cache_clear()  # type: ignore[attr-defined]


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
              *_designated_duties(s, addressee), *_role_first_duties(s, addressee),
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
    out.sort(key=lambda d: d.start)
    return _dedupe([_named_in_full(s, f) for f in out])


_TITLE = re.compile(r"《[^《》\n]{1,160}》")
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
                         rf"[\u4e00-\u9fff()]{{2,30}}?(?:{_ORG_END})(?=(?P<bare>{_BARE}))")
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
                  if not _ITEM_NUMBER_END.match(owner, i) and (_is_body(owner[i:]) or owner[i:] in _OWNERS)), None)
        if i is not None:
            full[m.group("bare")] = owner[i:] + m.group("bare")

    def named(xs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(full.get(x, x) for x in xs)

    return DutyFact(f.task, named(f.lead), named(f.support), f.start, f.end)


_MEMBERS_HEADER = ("成员", "成员单位")
_TASK_HEADER = re.compile(r"^(?:工作|主要|重点|具体)?(?:任务|内容|措施|事项|工作)(?:措施|内容|任务)?$|^工作组$")
# A flattened table prints its 责任单位 column head on its own line: a cell that is one label.
_BODIES_HEADERS = frozenset(cues.BODY_COLUMN_LABELS)
_ANY_LABEL = re.compile(_LABELS)


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
    return bool(nxt) and not _SIGNING_DATE.match(nxt) and not (len(nxt) <= _PIECE and _is_body(cell + nxt)) \
        and not (len(before) <= _PIECE and _is_body(before + cell))


def _marked_lead(cell: str, names: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lead and support of a 责任单位 cell's bodies: those its ★ marks lead and the rest support
    (「★区发改委、统计局」, BQ05); all lead when none is marked.

    >>> _marked_lead("★区发改委、统计局", ["区发改委", "统计局"]), _marked_lead("区财政局、税务局", ["区财政局", "税务局"])
    ((('区发改委',), ('统计局',)), (('区财政局', '税务局'), ()))
    """
    marked = {found[0] for item in re.split(r"[、,]", cell) if item.startswith("★") and (found := _bodies(item))}
    if not marked or marked.isdisjoint(names):
        return tuple(names), ()
    return tuple(n for n in names if n in marked), tuple(n for n in names if n not in marked)


_PIPES_IN_A_ROW = 3  # pipes a line prints to be a table's row: one between each two of three cells


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
            names = _bodies(re.sub(r"等(?=[,、]|$)", "", cell)) if flattened and cell else []
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
            cols = head
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
