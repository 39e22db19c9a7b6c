"""Bodies: which printed strings name a government body, and the bodies a printed list names, one per item.

The duty finder (:mod:`regkg.extract.duty_finder`) reads who is assigned a task with these: a list
「信息化、住建、财政等有关部门」 is 信息化部门, 住建部门 and 财政部门 (a shared ending expanded); 「祖庵、渭丰、石井镇人民政府」
three town governments; a run of levels 「省、自治区、直辖市」 one generic body; 「各地区各有关部门」 two. Bodies are kept as
printed (:func:`as_printed` gives a folded name back in the page's script); generic ones (各区县人民政府, 省级人民政府)
count when they are the ones named; a string any item of which is no body reads as no list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from regkg.extract import cues
from regkg.keys.chars import openings

__all__ = [
    "ADDRESSEE", "BODY_NAME", "INNER_VERB", "LABELS", "LABEL_BODIES", "LAST_CHARS", "LIST_CLOSING", "LIST_TAIL",
    "NOT_IN_BODY", "NOT_OF_A_NAME", "ORG_END", "ORG_LIST", "OWNERS", "PLACE_ENDS", "SUFFIX_ONLY", "as_printed",
    "is_body", "listed_bodies", "opens_clause", "split_departments",
]


def _endings(suffixes: set[str]) -> str:
    # 「会」 ends 市红十字会 but not the 「社会」 of 市人力资源社会保障局. Set per ending, not by replacing
    # 「|会|」 in the joined string: a set's order changes from run to run, and 会 could stand last. The endings follow a
    # lazy run of a name's characters: they are tried only where one can start (openings).
    ordered = sorted(suffixes, key=lambda x: (-len(x), x))
    return f"(?={openings(ordered)})(?:" + "|".join("(?<!社)会" if x == "会" else x for x in ordered) + ")"


BODY_NAME = rf"[\u4e00-\u9fff()]{{2,30}}?(?:{_endings(set(cues.ORG_SUFFIXES) | {'部门', '主管部门', '单位'})})"
ORG_END = _endings(set(cues.ORG_SUFFIXES) | set(cues.BODY_SUFFIXES))
# A cell or label that is only body names: 「市交通运输局、山西省公路局吕梁分局」 「吕梁日报社 吕梁电视台」
ORG_LIST = re.compile(rf"{BODY_NAME}(?:[、 ]{BODY_NAME})*")

# 「市级部门(单位)」: a body's ending may be glossed; a level in 〔〕 as in (): 「各县〔市〕区人民政府」 (W09); the zone it
# stands for too, or the zone's own administration: 「各街办(新区)」 (AK01) 「各街道(功能区)办事处(管委会)」 (BH01)
_BODY = re.compile(rf"[\u4e00-\u9fff()〔〕、]{{1,30}}?(?:{ORG_END})(?:\(单位\)|\([局委办厅处室部]\)|\([\u4e00-\u9fff]{{0,4}}新区\)|\(管委会\))?"
                   rf"|{cues.PLACE_BODY}|{cues.PURSE}"
                   rf"|{'|'.join(cues.BARE_BODIES)}")
_BODY_END = re.compile(rf"(?:{ORG_END})$")
# Last characters of every list: name endings, 「各设区市」 「省财政」 「你省」, a closing 「)」, a 「…等」 tail, society's
# members closing a list of bodies (「…和新闻媒体」 「…、社会团体」: _SOCIETY; not 「…和企业」, as 业 ends too many words), a
# place named by its kind (cues.PLACE_BODY: 「各地方」 「各街」 「各乡、场」 「…居」)
LAST_CHARS = frozenset(x[-1] for x in set(cues.ORG_SUFFIXES) | set(cues.BODY_SUFFIXES)) | frozenset("政市县区州盟乡镇村道地省)等体台刊站方街场居")
SUFFIX_ONLY = re.compile(rf"(?:{ORG_END})")  # 「办公室」 alone names no body
NOT_IN_BODY = re.compile(cues.NOT_IN_BODY)
LABELS = cues.DUTY_LABELS
# Labels run into a name, people, the issuer speaking of itself and clauses that look like names: 「牵头起草单位」
# 「用人单位」 「负责同志」 「我局制定了…」;
# a label alone is the role-named body a notice assigns: 「牵头单位要强化责任担当」 「各责任单位、配合单位要…」
# bodies named before, counted or pointed back to: 「两部门均应规范制作笔录」 (Z04) 「上述部门要…」, by their role too 「请以上责任单位
# 加快工作节奏」 (LA06); the first of a list, in its rule: 「(首位单位为牵头单位,下同)」 (KC01);
# (every alternative is anchored at the name's start: matched there, not searched for at each character)
_NOT_A_BODY = re.compile(
    rf"^(?:(?:[两二三四五六七八九]个?|首位)|(?:上述|以上|前述|这些)[\u4e00-\u9fff]{{0,4}}?)(?:部门|单位|机关|机构)$|^宾馆$|^我[局委厅办部院署会司]$|^(?:[(]|(?:{LABELS})(?=.))|^(?:{'|'.join(cues.METADATA_LABELS)})$|^(?:负责|会同|配合|承担|本(?![市省县区州级])|该|其[^他])"
)
ADDRESSEE = re.compile(cues.ADDRESSEE_PRONOUN)
LABEL_BODIES = frozenset(x for x in cues.LEAD_LABELS + cues.SUPPORT_LABELS + cues.RESPONSIBLE_LABELS if x.endswith(("单位", "部门")))
# A name's last character before which 和/与/或者 joins two bodies (see _JOIN)
_JOINED_AFTER = "局委办厅部院会心行司队署室府门位构区处关所站道镇)"
# A run of levels opens a name: at a list's start or after a join, 「国家食品药品监督管理总局或者省、自治区、直辖市食品药品
# 监督管理部门」 (E22, V03); not inside a word, 「各县(市、区)、市直部门」
# (a pattern opening with lookbehinds is tried at every character of a list: a level's first character, looked for
# first, turns most of them away at one test)
_LEVEL_FIRST = "各有其沿自直计设不省市县区州盟旗乡民镇街苏"  # what cues.PLACE_LEVELS opens with
# (a level after the first may name its part of the area: 「市、流域内县人民政府」 is one body, BT09)
_LEVEL_PART = "(?:流域内|辖区内|区域内)?"
# (or after 所在地, the levels of the place a party is in: 「医疗机构所在地省、自治区、直辖市人民政府卫生主管部门」, HK05, HI07; or after
# the part of the area they govern: 「流域内市、县、自治县人民政府」, HL04)
_LEVELS = re.compile(rf"(?=[{_LEVEL_FIRST}])(?:(?<![\u4e00-\u9fff()])|(?<=[{_JOINED_AFTER}][和与])|(?<=[{_JOINED_AFTER}]或者)"
                     r"|(?<=所在地|流域内|辖区内|区域内))"
                     rf"(?:{cues.PLACE_LEVELS})(?:(?:[、和]|或者?){_LEVEL_PART}(?:{cues.PLACE_LEVELS}))*、{_LEVEL_PART}(?:{cues.PLACE_LEVELS})(?!直)")
# two levels joined by 或者 open a run as 、 does: 「市或者区绿化市容部门」, as 上海's rules print their levels
_LEVELS_OR = re.compile(rf"(?:{cues.PLACE_LEVELS})或者?(?={cues.PLACE_LEVELS})")  # (或 alone too: 「市或区、县…」, review)
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
# A place by its name, two characters or more before its level (not 城区, 辖区, 全市, 本县, 相关市): 「魏都区」 「金井片区」
# (its level one of PLACE_ENDS but 省, a province being no administration a task list names, or a longer one ending so);
# not a common noun ending like a level: 「重点景区」 「住宅小区」 「自然保护区」 「大型超市」 「拟上市」 「试点县」 (review)
_NAMED_PLACE = re.compile(r"(?![全本我该此其各]|相关|有关|试点|重点)(?![^\n]*(?:城市|上市|超市|联盟|红旗)$)"
                          r"[\u4e00-\u9fff]{2,6}?(?:自治[县旗]|新区|开发区|片区|(?<![景园社小校街辖山林矿库城验范护能])[市县区州旗盟])")
_HELD_AND = "\x01"  # and its 和: 「市和区、县劳动和社会保障行政部门」 is one body (AQ04)
_HELD_OR = "\x02"  # and its 或者: 「市或者区、县房屋土地行政主管部门」 (BA10, as 上海's rules print their levels)
_HELD_OR_ALONE = "\x03"  # or 或: 「市或区、县…」
# What makes a list more than one item, or reads its item otherwise: an item's mark, a join, a 等 tail, a bracket
# (an other name), the marks a run of levels is held by
_MORE_THAN_AN_ITEM = re.compile(f"[、,;(及和与或等{_HELD}{_HELD_AND}{_HELD_OR}{_HELD_OR_ALONE}]")
_PER_LEVEL = re.compile(r"[两三四五]级")  # 「省、市、县三级财政」: one body per level
# 「市财政局等有关部门」 「财政、人事、保密、档案等部门」: a tail that is dropped, or the stems' shared suffix
# (「水利、工信、…、行政审批服务管理等多部门」 too). The tail may name a level or a field, and stand inside an item: 「省财政厅、省农业厅等省直有关部门和各市人民政府」
# 「市场监管、发展改革、…、统计等市场监管领域有关部门」
# The ending a list's stems share after 等: 「发展改革、建设、…、财政等相关行政管理部门」 (T06) names 发展改革行政管理部门
# and the rest.
# 「…示范区、…综合保税区等管委会」 (BK10); 「市安全监管、交通运输、公安…等职能管理部门」 (CC04)
_ENDINGS_SHARED = "行政管理部门|行政主管部门|职能管理部门|职能部门|管理部门|主管部门|部门|管委会|管理委员会"
# (every alternative opens with 等, the lookbehind after it: the search skips from one 等 to the next)
LIST_TAIL = re.compile(
    # (or the field their work is in: 「住房和城乡建设、交通运输、…、能源等其他水库大坝主管部门」, AR01; 「公安、电信管理等其他
    # 有关部门」, V03)
    # (or what they have to do with: 「安监、公安消防、…、技监等与人民群众生活密切相关的部门」, EF02)
    rf"等(?<![高同中初平]等)(?:多个?|多家|几个)?(?:[\u4e00-\u9fff]{{2,12}}?(?:相关|有关)的)?(?:[\u4e00-\u9fff]{{2,6}}?(?:领域|系统|行业))?(?:省直|市直|县直|区直|[省市县区]?政府|省|市|县|区)?(?:其他|其它)?(?:有关|相关)?"
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
# 「发展改革、粮食、价格和商务部门」; not 管理部门, which is the last item's own: 「生态环境、市场监督管理部门」; but a government's
# 行政管理部门 and 行政主管部门 are every stem's: 「公安、规划、水务和交通行政管理部门」 (AB06, BA03, BZ08)
_SHARED = re.compile(r"(?:行政管理部门|行政主管部门|行政部门(?<!司法行政部门)|主管部门|部门|管理委员会(?<=区管理委员会)|管委会(?<=区管委会))$")  # zones sharing their boards: 「…开发区、…开发区管理委员会」 (BN04)
# its level too: 「市住房城乡建设管理」 (X02); a department's field joined by 和 may be longer (「科学技术和经济信息化」
# 「城市管理和综合执法」, AW04), read as one stem (it may name two: 「应急管理和消防救援」), but not a party's trade
# (「中间产品和设备供应商」, AB02; _is_stem)
# (an enforcement field may be longer too: 「城市管理综合行政执法」, DF08, BL01; and the fields a merged bureau of culture
# joins, the longest a department's are: 「文化广电新闻出版旅游、教育体育等部门」, GU01)
_STEM = re.compile(r"[省市县区]?(?:[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,6}和[\u4e00-\u9fff]{2,6}"
                   r"|[\u4e00-\u9fff]{2,6}(?:综合行政|综合|行政)执法|(?:文化|广电|广播电视|新闻出版|旅游|体育|文物){3,6})")
# (not the 县级 of 「县级以上」: 「县级以上自然资源、生态环境…等部门」 names the levels with the first stem only, as
# 「县级以上人民政府发展改革、公安等部门」 does, GP06, Y08)
_QUALIFIER = re.compile(r"(?:全省|全市|全县|全区)?(?:各级|各?(?:省级|市级|县级(?!以上)|乡级))|全省|全市|全县|(?:省市县|省市|市县|县乡|区县|县区)级?")
# 和/与 join after a name's ending: 「临汾经济开发区和市直相关部门」 「街道办事处和乡(镇)人民政府」, not the 与 of
# 「各参与单位」; nor joins the 及 of 「及时」
# (not a level's 及 at a list's start, a run of levels sharing the name as 和 runs them: 「市及区(市)县人民政府公安机关」, FY01)
# (and after the addressee's pronoun: 「你省和住房城乡建设部、国家文物局要…」, GE03)
_JOIN = re.compile(rf"以及|(?<!^[省市县区州])及(?!时){cues.AND_NOT_A_LEVELS_RANGE}|(?<=^[省市县区州])及(?!设区的市|{cues.PLACE_LEVELS})|(?<=^你[省市县区州旗])[和与]|[和与](?<=[{_JOINED_AFTER}][和与])|或者(?<=[{_JOINED_AFTER}]或者)|或(?<=[{_JOINED_AFTER}]或)")  # 「由区管理委员会或镇人民政府负责」 (BJ04)
# A name that runs on past a whole body into a verb is a clause: 「市自然资源和规划局协调测绘资质单位」
# (but 「市委组织部」 is a name: what follows 「组织」 there is only an ending).
_INNER_BODY_END = re.compile(r"(?<=[局委办厅部署府会室心门位班组构关院处所站队])")  # 「热线主管部门汇总上报市政府」 「各单位提高政治站」 (BZ02)
INNER_VERB = re.compile("|".join(cues.DUTY_MARKERS + cues.INNER_VERBS))
# not the generic 「相关职能部门」, nor 「相关区政府」, a body as the list prints it
_PICKED_OUT = re.compile(r"^有关(?=省|市|县|区|乡|镇|国家)")
_ALIAS = re.compile(r"[(]以下(?:简称|统称|称)[^()]*[)]")  # 「相关行业主管部门和相关区政府(以下统称专区监管部门)」
_PARTY = re.compile(rf"(?:{cues.PRIVATE_UNITS})单位$|(?:{cues.PRIVATE_INSTITUTIONS})机构$")
_SOCIETY = re.compile(rf"(?:各类|各|有关|其他)?(?:{cues.SOCIETY})")
_EACH_CONCERNED = re.compile(r"各(?:有关|相关)?")
_BARE_GENERIC = re.compile(r"部门(?:\(单位\))?|机关|科室")  # (not 单位: 「各部门和单位」 keeps the units unnamed, the samples' key)
_EVERYONE = re.compile(rf"(?:有关|其他)?(?:{cues.EVERYONE})")
# 「市政府各部门、各直属机构」 「旗政府各有关部门」 「国务院各部委、各直属机构」: a government's own departments
OWNERS = ("联席会议", "领导小组", "委员会", "指挥部")
# (a court's, a procuratorate's or a department's own offices too: 「市检察院各职能部门」 「市院各职能部门」 「省教育厅各处室」, CZ07;
# and the offices of its seat, 「厅机关各处室」 「局机关各科室」, FW03)
_OWNER = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,8}}?(?:政府|法院|检察院|院|局|厅)|[\u4e00-\u9fff]{{0,8}}?(?:局|厅|委|部|直)机关|国务院|[\u4e00-\u9fff]{{2,20}}?(?={openings(OWNERS)})"
                    rf"(?:{'|'.join(OWNERS)}))(?=各)")
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
# Endings that make an opening and its object no department: 「强化政府」 (see opens_clause)
_GENERIC_ENDINGS = ("政府", "部门", "单位", "机关", "机构", "组织")


_NAME_LIKE_A_WORD = re.compile(cues.NAMES_OPENING_LIKE_A_WORD)


def opens_clause(name: str, words: dict[str, tuple[str, ...]] = _NOT_BODY_OPENINGS) -> bool:
    """Whether ``name`` opens with a verb or preposition, so names no body: 「建设有关部门」 「加强组织领导」.

    A two-character opening followed only by a department's ending is the department's name, the word a
    noun: 「建设局」 「监测站」 (S01: 「由建设局牵头组织…」 was no duty). Not a generic ending: 「强化政府」 is a verb
    and its object.

    >>> opens_clause("建设有关部门"), opens_clause("建设局"), opens_clause("监测中心"), opens_clause("对局")
    (True, False, False, True)
    >>> opens_clause("强化政府"), opens_clause("完善机制")
    (True, True)
    """
    if not name.startswith(mine := words.get(name[:1], ())) or _NAME_LIKE_A_WORD.match(name):
        return False  # most names: one test in C, no opening looked for one by one
    opening = next(x for x in mine if name.startswith(x))
    return not (len(opening) >= 2 and opening not in cues.NEVER_NOUN_OPENINGS and SUFFIX_ONLY.fullmatch(name, len(opening))
                and not name.endswith(_GENERIC_ENDINGS))



# A government's own departments named with 的, as laws and regulations print them: 「各级人民政府的环境保护部门」
# 「县级以上地方人民政府的有关部门」 (K12); 的 marks no body otherwise.
_GOVERNMENTS_OWN = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:人民政府|国务院)的[\u4e00-\u9fff]{1,12}?(?:部门|机构|机关)")


# A body picked out by the place of an act, 的 and all: 「违法行为发生地的县级以上市场监督管理部门」 (see cues.PLACE_OF_ACT)
_CLAUSE_IN_PLACE = re.compile(r"应当|必须|[向由将对]")
_LOCATED = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{cues.PLACE_OF_ACT})地的")


# The statutes' departments named by the duty they bear, 的 and all: 「其他负有环境保护监督管理职责的部门」 (T07), joined to
# the department named first by 或者: 「县级以上人民政府环境保护主管部门或者其他负有…职责的部门」.
# So is a government's department named by the work it is charged with: 「省、自治区、直辖市人民政府负责中医药管理的部门」 (V04).
# So is a body's own department named by the work it heads: 「公安机关主管公安派出所工作的部门」 (Z03), or manages: 「管理专利工作的
# 部门」 (HR02, AE04).
_DUTY_BEARERS = re.compile(r"(?P<owner>[\u4e00-\u9fff、]{0,16}?(?:人民政府|国务院|机关|公安局|分局))?(?:其他|有关|其它)?"
                           r"(?:负有[\u4e00-\u9fff、]{2,24}?(?:监督管理|管理|监管)职责|(?:负责|主管|管理)[\u4e00-\u9fff]{2,16}?(?:管理|工作))"
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
# A role's alternative printed inside its name: 「各责任(配合)单位」 (BQ09); or a field's, after 或: 「县级以上人民政府农业行政主管(或农村
# 经营管理)部门」 (HM03)
_ROLE_ALTERNATIVE = re.compile(r"\((?:牵头|配合|协办|参与|协助|责任|主责)\)(?=单位|部门)|\(或[\u4e00-\u9fff]{2,12}\)(?=[\u4e00-\u9fff]{0,4}部门)")


# A corpus names the same bodies again and again (市财政局 in every gazette of a city) and the readers try the same
# prefixes of a list more than once: nine calls in ten are answered here (1,000 generated gazettes, first pass).
@functools.lru_cache(maxsize=1 << 15)
def is_body(name: str) -> bool:
    """Whether ``name`` is one body's name: 「公安部」 「省级人民政府」 「各设区市」, not 「广大干部」 or 「办公室」."""
    # (no form printing a 的 ends 联席会议: the meeting is told apart first)
    if name.endswith("联席会议") and _A_MEETING.fullmatch(name, 0, len(name) - 4):
        return False  # a meeting, not the mechanism: 「全体联席会议应当每年至少召开一次」 (review)
    if name.endswith(("镇", "乡", "街道")) and _GRASSROOTS_ONES.fullmatch(name):
        return True  # 「属地镇应…」 「各相关镇」 「各属地乡镇」: the towns or street offices concerned (BW10, BV11)
    if "或" in name and (run := _LEVELS_OR.match(name)):  # 「市或者区、县房屋土地行政主管部门」: a run of levels, one body (BA10)
        return is_body(run.group().replace("或者", "、").replace("或", "、") + name[run.end() :])
    # the statutes' forms all print a 的, looked for once before their patterns, which most names would fail only at its end
    if "的" in name:
        if bearer := _DUTY_BEARERS.fullmatch(name):  # a government's own; another owner must be a body
            owner = bearer.group("owner")
            # (a clause's words before the government are none of it: 「可以向当地县级人民政府负责…的部门」 「…必须经国务院负责…的部门」,
            # HK04)
            return not owner or (owner.endswith(("人民政府", "国务院")) and not NOT_IN_BODY.search(owner)
                                 and not opens_clause(owner)) or is_body(owner)
        if _ACTED_BODY.fullmatch(name):
            return True
        if "所属的" in name and _AFFILIATED.fullmatch(name):
            return is_body(name[: name.index("所属的")])
        if _GOVERNMENTS_OWN.fullmatch(name) and not NOT_IN_BODY.search(name.replace("的", "", 1)):
            return True
        if "地的" in name and (located := _LOCATED.match(name)):
            # whose place it is may not be a clause: 「应当向工程所在地的区绿化市容行政管理部门」 (AB06)
            return not _CLAUSE_IN_PLACE.search(name, 0, located.end()) and is_body(name[located.end() :])
    if ")" in name and "(" not in name:
        return False  # 「下同)劳动能力鉴定委员会」: read from inside an aside a comma cut (「设区的市级(含…县,下同)…」, HI02)
    if "(" in name:
        if name.count("(") != name.count(")"):  # 「同一行政区(浦东新区应为…)」: cut inside an aside (X02)
            return False
        if (plain := _ROLE_ALTERNATIVE.sub("", name)) != name:
            return is_body(plain)  # a role named with its alternative: 「各责任(配合)单位」 is a 责任单位 (BQ09)
        if name.endswith(")") and (alt := _WITH_ALTERNATIVE.fullmatch(name)) and is_body(alt.group("body")):
            return True  # a body printed with the board or zone it also is: 「各街镇(管委会)」 (BV10), 「街镇(高新区)」 (AY04)
    # (a section's name says what it does before its 科: 「市科」 is a word cut short, CD02)
    if not 2 <= len(name) <= 30 or (name.endswith(cues.NOT_BODY_ENDINGS) and not name.endswith(cues.BODY_ENDINGS_NOT_OF_WORDS)) \
            or (name[-1] == "科" and len(name) <= 2) or \
            NOT_IN_BODY.search(name.replace(_CITY_WITH_DISTRICTS, "设区市")):
        return False
    if name in LABEL_BODIES:
        return True
    # a name reads as a body's first, its exceptions after: two strings in three tried here read as none
    if not _BODY.fullmatch(name):
        return False
    if _NOT_A_BODY.match(name) or (("单位" in name or "机构" in name) and _PARTY.search(name)):  # a party's name ends 单位, 机构
        return False
    if (SUFFIX_ONLY.fullmatch(name) and name not in cues.BARE_BODIES) or opens_clause(name):
        return False
    if (verb := INNER_VERB.match(name)) and _BODY.fullmatch(name, verb.end()):  # 「组织成员单位」: a verb and its object
        return False
    return not _runs_on(name)


def _runs_on(name: str) -> bool:
    """Whether a body's name inside ``name`` is followed by a verb and more: 「市委社会工作部统筹协调有关部门」."""
    for m in _INNER_BODY_END.finditer(name, 2, len(name) - 3):
        verb = INNER_VERB.match(name, m.start())
        if not verb or len(name) - verb.end() < 2 or (verb.group() in _ROLE_VERBS and name[verb.end() :] in ("单位", "部门")):
            continue  # (a role after a name is no verb and its object: 「…工作专班牵头单位」, E03)
        # a body's name of three characters or more (「县委实施…领导小组办公室」 is one name), or a group named by its kind
        # alone: 「专班下设办公室」 is no body (BF04)
        if (m.start() >= 3 and _BODY.fullmatch(name[: m.start()])) or SUFFIX_ONLY.fullmatch(name[: m.start()]):
            return True
    return False


_ROLE_VERBS = ("牵头", "配合", "协办", "主管")


def _is_stem(piece: str) -> bool:
    """A body's name without its ending, sharing the list's last one: the 「住建」 of 「信息化、住建等有关部门」."""
    return (
        bool(_STEM.fullmatch(piece))
        and not NOT_IN_BODY.search(piece)
        and not ("和" in piece and any(part.endswith(cues.PARTY_STEM_ENDINGS) for part in piece.split("和")))
        # a stem that is a two-character opening whole is a field's name: the 「建设」 of 「发展改革、建设、交通等…部门」 (T06)
        and (not piece.startswith(_NOT_BODY_OPENINGS.get(piece[:1], ())) or bool(_NAME_LIKE_A_WORD.match(piece))
             or (len(piece) == 2 and piece in cues.NOT_BODY_OPENINGS))
        # 「…应急、海关、税务等部门」
        and (not _BODY_END.search(piece) or bool(SUFFIX_ONLY.fullmatch(piece)) or piece in cues.BODY_LIKE_STEMS)
    )


def _ended(stem: str, ending: str) -> str:
    """A stem with the list's ending, the words they share printed once: 「水行政、环境保护等行政主管部门」 is 水行政主管部门 (HY03).

    A stem printed with its office's 主管 takes only the 部门 of the ending:
    「同级价格主管、工商行政管理部门」 is 同级价格主管部门, not 价格主管行政管理部门 (JH06).

    >>> _ended("水行政", "行政主管部门"), _ended("城市管理", "管理部门"), _ended("财政", "部门")
    ('水行政主管部门', '城市管理部门', '财政部门')
    >>> _ended("同级价格主管", "行政管理部门"), _ended("财政", "行政管理部门"), _ended("水行政", "主管部门")
    ('同级价格主管部门', '财政行政管理部门', '水行政主管部门')
    """
    for n in range(min(len(stem), len(ending) - 1), 1, -1):
        if stem.endswith(ending[:n]):
            return stem + ending[n:]
    if stem.endswith("主管") and ending.endswith("部门"):  # (not 「水行政」, a field: 水行政主管部门)
        return stem + "部门"
    return stem + ending


def _qualified(stems: list[str]) -> list[str]:
    """The first stem's qualifier is every stem's: 「全省各级财政、税务等部门」 → 全省各级财政部门, 全省各级税务部门; levels printed
    together are one: 「市县财政、自然资源和规划部门」 → 市县财政部门, 市县自然资源和规划部门 (the samples' 001)."""
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
# (自治县: AS03; levels run together: 「市及区(市)县人民政府公安、住房城乡建设…等有关部门」, FY01)
_GOVERNMENT_OPENING = re.compile(r"^(?:县级以上(?:地方)?(?:各级)?|各级|本级|同级|[省市县区]级?|自治[区州县旗]"
                                 r"|[省市][及和][区县](?:\([市区县]\))?[县区市]?)人民政府")
PLACE_ENDS = "省市县区州旗盟"
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
    if piece.startswith(("全省", "全市", "全县", "全区")) and piece[2:3] == "各" and len(split := _unconcat(piece[2:])) > 1:
        return split  # 「全市各地各部门」: 各地 and 各部门, the scope word no part of either (EA03); 「全省各级各部门」 stays one
    if "各" in piece and (owner := _OWNER.match(piece)) and _OWNED.match(piece[owner.end() :]):
        return [piece]  # 「旗政府各有关部门」 is the departments of the 旗政府
    # a cut stands before a 各 or the level the name opens with: most names print neither past their start, and are
    # not walked character by character
    if "各" in piece[2:-1] or (piece[0] in _LEVEL_OPENINGS and piece[0] in piece[4:-1]):
        for i in range(2, len(piece) - 1):
            # 「军队各级防化业务部门」 is the army's departments at every level: no split before 各级 (AI01); nor before a
            # committee's members, 「区安委会各成员单位」 (BQ03; 「区城市更新领导小组各成员单位」, AA05)
            if piece[i] == "各" and not piece.startswith(("各级", "各成员"), i) and is_body(piece[:i]) and is_body(piece[i:]):
                return [piece[:i], *_unconcat(piece[i:])]
            # a name opening with the level the first opened with, after a whole name: 「区人力社保局区经商局」, table cells
            # a lost line break joined (AG08); not a branch of the first (「市公安局市中区分局」) nor a joint office (「市委市政府督查室」)
            if piece[i] == piece[0] and piece[i] in _LEVEL_OPENINGS and i >= 4 and piece[i - 1] in _NAME_ENDS \
                    and not piece.endswith(_BRANCHES) and is_body(piece[:i]) and is_body(piece[i:]):
                return list(dict.fromkeys([piece[:i], *_unconcat(piece[i:])]))
    opening = piece[:2]
    if opening[0] not in "市县区省" and piece.find(opening, 2) >= 0:  # its opening printed again: most names print it once
        cuts = [i for i in range(2, len(piece) - 1) if piece.startswith(opening, i)]
        pieces = [piece[a:b] for a, b in zip([0, *cuts], [*cuts, len(piece)])]
        # (not a body's own office, whose name may open as the body's does: 「环境保护部环境应急指挥领导小组办公室」, T04)
        if all(map(is_body, pieces)) and not pieces[-1].endswith(_INNER_UNITS):
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
_TOWN = r"(?:(?![的等各和及与])[\u4e00-\u9fff]){1,6}?(?:镇|乡)"
_TOWN_RUN = re.compile(rf"(?<![^、,和及与])(?P<towns>(?:{_TOWN}、)+{_TOWN})(?P<ending>人民政府|政府)")
_PLACE_JOINS = re.compile("[、和及](?<=[县区市旗州盟][、和及])")  # after a place's last character: 「和平区」 keeps its 和


def _place_stems(s: str) -> list[str] | None:
    """The bodies a list of place names sharing the last one's ending names, or None."""
    if (whole := _PLACES_THEN_BODY.fullmatch(s)) and is_body(whole.group("last") + whole.group("ending")):
        places = [*_PLACE_JOINS.split(whole.group("places"))[:-1], whole.group("last")]
        # a name, not a run of levels (「区县」) nor words run on from a heading (「灾情信息报告和发布市」); a 新区 is
        # a place as well as its body: 「滨海新区、东丽区、…、蓟县不动产登记事务中心」 (AA04)
        # (nor a level: 「各省、自治区、直辖市人民政府」, R02, BB06)
        if not any(len(x) < 2 or (is_body(x) and not x.endswith("新区")) or x[-2] in "县区市旗省" or _NOT_PLACE.search(x)
                   or x.removeprefix("各") in _LEVEL_WORDS for x in places):
            return [x + whole.group("ending") for x in places]
    m = _PLACE_STEMS.fullmatch(s)
    if m is None:
        return None
    names = [*m.group("stems").split("、")[:-1], m.group("last")]
    if any(is_body(x) or x.endswith(("镇", "乡", "区", "县", "市", "旗", "局", "委", "办")) for x in names):
        return None
    return [x + m.group("ending") for x in names]


# A body's other name in brackets: 「市发展改革委(市粮食和物资储备局)」 is one body, whose second name's 和 joins nothing;
# after a department the bracket may name its units: 「区公安部门(各相关派出所)」 (AU10). The list is read without the
# bracket; a scope note (「(不含垂直管理部门)」 「(包括其下属单位)」) is no name after a department (a department with one
# reads as no subject, the samples' key), and no name is given it back (_with_other_name).
_SCOPE_NOTE = r"(?:包括|包含|含|不含|不包括|除|下属|所属|直属|垂直)"
_AKA = re.compile(rf"\((?:(?<=[局委办厅院会府处署部]\()|(?<=部门\()(?!{_SCOPE_NOTE}))([^()]{{2,40}})\)")
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
# A river's basin the list's bodies stand in, which qualifies the list as a level printed once does: read apart, given
# back to the first item only, as the keys name a list's levels (「流域内县级以上人民政府环境保护、水务等行政主管部门」 is 流域内县级以上人民政府环境保护行政主管部门, 水务行政主管部门, HL04); not
# a list's item before it, 「省人民政府与流域内…」
_IN_BASIN = re.compile(r"^(?:(?![与和及、])[\u4e00-\u9fff]){0,8}?流域内(?=[\u4e00-\u9fff])")


# bodies named without an ending: 海关, 各级财政, 人社 — in a list sharing an ending, stems
# (not a whole body's kind: 「街镇等相关部门应…」 names the 街镇, no 街镇部门, DE06)
_WHOLE_KINDS = ("街镇", "管委会", "办公室")
_UNENDED = re.compile(rf"{'|'.join(x for x in cues.BARE_BODIES + cues.BODY_LIKE_STEMS if x not in _WHOLE_KINDS)}|{cues.PURSE}")


# Words before a clause's subject that are no part of its name: 当 ("when", not 当地), a handing over to the body
# that then acts (「交由X处理」). A referral, 「移交/移送X处理」, opens a clause (cues.NOT_BODY_OPENINGS): the keys
# do not count its receiver (T04, T09; W01 counts one, a judgement call). 「由所涉及的X、Y…牵头」: those concerned (AG06).
# And a sentence's adverb printed with no comma after it: 「原则上县财政局应于每季度结束前…」 (GK03).
# (and a leader's instruction, the bodies after it asked: 「…十分重视,批示发展改革委、科技部…认真研究」, GR02; a body empowered by
# another, 「市场监管总局根据…规定,授权各省、自治区、直辖市人民政府市场监督管理部门(以下称…)负责…」, GX03)
# (the adverb may come before the 由 that names who acts: 「必要时由乡、镇人民政府组织协调」, GZ02)
_LEADING_OPENINGS = ("当(?!地)", "交由", "所涉及的", "批示", "授权")
_LEADING_WORDS = (*_LEADING_OPENINGS, *cues.SENTENCE_ADVERBS)  # (patterns, each opening with its first character)
_LEADING_WORD = re.compile(rf"^(?:{'|'.join(_LEADING_OPENINGS)}|(?:{'|'.join(cues.SENTENCE_ADVERBS)})由?)")
_LEADING_FIRST = frozenset(x[0] for x in _LEADING_WORDS)  # looked at before the pattern is tried
_COMMA_GROUP = re.compile(r"[^,;]*、[^,;]*")
_DURING = re.compile(r"[\u4e00-\u9fff]{1,6}?期间")  # a time the clause opens with, before its body
_LEVEL_WORDS = frozenset(("自治区", "直辖市", "自治州", "自治县", "自治旗", "计划单列市", "设区市", "县级市", "地级市", "副省级市"))
_PLACE_RUN = re.compile(r"(?<![^、])(?:[\u4e00-\u9fff]{1,4}[县区市旗州盟]、)+[\u4e00-\u9fff]{1,4}[县区市旗州盟](?:人民政府|政府)(?![^、])")
_ORG_INSIDE = re.compile(r"[局委办厅部院会府]")  # a zone's name holds no body's ending: 「市商务局指导高新区」 is none
# which places a list names, its departments sharing it (「有关地区和部门」); which departments, the units after them sharing
# it (「各有关部门、单位」, BV02)
# (「其他有关部门和单位要…」: the other units concerned, JZ01; 「各相关职能部门和单位要…」, the units concerned, LA03)
_WHICH = re.compile(r"^(?:各有关|各相关|有关|相关|各)(?=地区|地方)|^[省市县区]?(?:各有关|各相关|其他有关|其他相关|有关|相关)(?=(?:职能)?(?:部门|单位))")


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
NOT_OF_A_NAME = " ,、★☆●○◆◇■□▲△※"


# A clause's opening is read as a list at each marker after it, then again by the duty finder's _inline_aside and
# _requested (which reads each prefix up to six times), and a salutation's addressees at every 你: a third of the lists
# a gazette's duty finders read were read before in it.
@_fresh_lists
def listed_bodies(s: str, addressee: str | None = None, strict: bool = True) -> list[str]:
    """Bodies of a printed list, one per item; empty when ``strict`` and any item is not a body.

    >>> listed_bodies("信息化、住建、财政等有关部门")
    ['信息化部门', '住建部门', '财政部门']
    >>> listed_bodies("省、自治区、直辖市发展改革、粮食、价格和商务部门")[:2]
    ['省、自治区、直辖市发展改革部门', '省、自治区、直辖市粮食部门']
    >>> listed_bodies("祖庵、渭丰、石井镇人民政府")
    ['祖庵镇人民政府', '渭丰镇人民政府', '石井镇人民政府']
    >>> listed_bodies("省、市、县三级财政"), listed_bodies("市工信局、市财政局等有关部门,各县区人民政府、园区管委会")
    (['省财政', '市财政', '县财政'], ['市工信局', '市财政局', '各县区人民政府', '园区管委会'])
    """
    # Most strings read here are no list: each pattern below is tried only when the character it needs
    # is there (an alias needs 「以下」, a run of levels 「、」, a tail 「等」, a join 「及」 「和」 「与」, the addressee 「你」).
    s = s.strip(NOT_OF_A_NAME)
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
    if "政府" in s and ("镇、" in s or "乡、" in s):
        # towns each printed with its level, sharing the government the last names: 「…等有关部门和东陵满族乡、马兰峪镇、石门镇
        # 人民政府」 (BL01) 「罗浮镇、黄槐镇政府」 (FC10)
        s = _TOWN_RUN.sub(lambda m: "、".join(x + m.group("ending") for x in m.group("towns").split("、")), s)
    if "以下" in s:
        s = _ALIAS.sub("", s)
        if _DUTY_BEARERS.fullmatch(s):  # named by its charge, then given a short name: filed under that (R23, K12)
            return []
    if addressee and "你" in s:  # 「你县国土资源局」 to 徐闻县人民政府 is 徐闻县国土资源局 (DY03)
        s = _ADDRESSEES_OWN.sub(lambda m: _addressee_area(addressee, m.group("level")) or m.group(), s)
    if "所在地" in s:
        s = _SEAT.sub("", s)
    if "内的" in s:
        s = _WITHIN.sub("", s)  # 「禁放范围内的区人民政府…」: the bodies of the area the text is about (CF08)
    if "流域内" in s and "、" in s and (basin := _IN_BASIN.match(s)):
        out = listed_bodies(s[basin.end() :], addressee, strict=strict)
        return [basin.group() + out[0], *out[1:]] if out else []
    if s[:1] in _LEADING_FIRST and (lead := _LEADING_WORD.match(s)):  # 「当指挥部办公室接到…时」
        s = s[lead.end() :]
    if "期间" in s and (during := _DURING.match(s)):  # 「施工期间水行政主管部门应当…」 (HY03) 「禁渔期间县渔政部门将…」 (EI08)
        s = s[during.end() :]
    if "为" in s or "是" in s:
        s = _DESIGNATED.sub("", s)
    if strict and "单位" not in s and "部门" not in s and opens_clause(s, _CLAUSE_OPENINGS) and \
            not ("的" in s and _ACTED_BODY.fullmatch(s)):  # 「接受举报的机关」: a body named by the step it takes (BA08)
        # 「加强组织领导」: the first item opens a clause and can be no party (「建设单位」) nor a role (「配合单位」)
        return []
    if not _MORE_THAN_AN_ITEM.search(s) and not (s.startswith("你") and ADDRESSEE.fullmatch(s)):
        # one item, as the loop below reads it: the addressee's place or a body (a stem, a party, society or everyone
        # alone name none); most strings read here are one, a clause's opening among them: 「市人力资源社会」 「认真组织」
        if _addressee_place(s, addressee) or not strict and _NAMED_PLACE.fullmatch(s):
            return [s]
        return _without_generic(_named(s, strict)) if is_body(s) else []
    if "、" in s:
        s = _LEVELS.sub(lambda m: m.group().replace("、", _HELD).replace("和", _HELD_AND).replace("或者", _HELD_OR)
                        .replace("或", _HELD_OR_ALONE), s)
        # one department, named as the provinces' 厅 and the municipalities' 局: 「省、自治区、直辖市公安厅、局」 (HO01)
        s = s.replace("厅、局", "厅" + _HELD + "局")
    prefix, levels = "", []
    # a list whose items share the ending after 等 (「各级财政、税务、市场监管等部门」): a body named without an
    # ending, 财政 or 海关, is one of its stems (X01, E06)
    shares_ending = "等" in s and bool((tail := LIST_TAIL.search(s)) and tail.group("suffix"))
    # or whose last item's ending its stems share, a purse among them: 「省级财政、农业部门要…」 is 省级财政部门 and 省级农业部门
    # (DZ01), as 「各级财政、税务等部门」
    # (the item that ends them may be joined to more by 和: 「各级财政、教育、人力社保部门和办学主管部门、学校」, IG02)
    shares_ending = shares_ending or ("、" in s and (bool(_SHARED.search(s)) or any(
        _SHARED.search(_JOIN.split(top, 1)[0]) for top in _top_split(s)[1:] if "和" in top or "及" in top)))
    # zones sharing a board: 「高新技术产业开发区、…等管委会」 (BK10), each zone a stem though a zone names a body too
    zone_board = "等管委会" in s or "等管理委员会" in s or ("、" in s and s.endswith(("区管委会", "区管理委员会")))
    out: list[str] = []
    stems: list[str] = []
    towns = 0  # named towns among the items
    places: list[str] = []  # named places among them, in a list read not strictly
    garbled = False
    ended = tail_here = False  # a tail inside an item ends the stems that share its ending: none after it does
    for top in _top_split(s):
        top = top.replace(_HELD, "、").replace(_HELD_AND, "和").replace(_HELD_OR, "或者").replace(_HELD_OR_ALONE, "或")
        if top.endswith(("镇", "乡", "道")) and _GRASSROOTS_RUN.fullmatch(top):
            out += top.split("、")  # 「各街道、镇」: the street offices and the towns, each a body (AD04, AZ07, BU06)
            continue
        if "(" in top:  # read without its other name, which is given back below
            top = _AKA.sub(lambda m: "" if _other_names(m.group(1)) else m.group(), top)
        if "、" in top and (m := _LEVELS.match(top)) and m.end() < len(top):
            prefix, top = m.group(), top[m.end() :]
            if lv := _PER_LEVEL.match(top):
                levels = [x.removeprefix("各") for x in prefix.split("、")]
                prefix, top = "", top[lv.end() :]
        tail = LIST_TAIL.search(top) if "等" in top else None
        suffix = (tail.group("suffix") or tail.group("kind")) if tail else None
        top = top[: tail.start()] if tail else top
        for piece in _JOIN.split(top) if "及" in top or "和" in top or "与" in top or "或" in top else [top]:
            ended, tail_here = ended or tail_here, False
            if out and (piece.startswith("其有关") or piece.startswith("其") and _is_stem(piece[1:])
                        and not SUFFIX_ONLY.fullmatch(piece[1:])):  # (not 「或者其主管部门」, whose own, AR01)
                # 「地方各级人民政府及其有关部门」: their departments (K08), or the fields of them the list names: 「市、县(市、区)
                # 人民政府及其水利、住房和城乡建设…等有关部门」 (HQ01)
                piece = piece[1:]
            elif out and piece in ("部门", "单位") and (which := _WHICH.match(out[-1])):
                piece = which.group() + piece  # 「有关地区和部门」: the departments concerned too (AH08)
            if "等" in piece and (inner := LIST_TAIL.search(piece)) and inner.start() > 0:
                piece, suffix = piece[: inner.start()], suffix or inner.group("suffix") or inner.group("kind")
                tail_here = True
            if not piece:
                return [] if strict else out
            if levels:
                per_level = [lv + piece for lv in levels]
                if strict and not all(map(is_body, per_level)):
                    return []
                out += per_level
                levels = []
                continue
            if stems and not ended and (shared := _SHARED.search(piece)):
                # 「发展改革、粮食、价格和商务部门」: every stem takes the last item's ending; a field named with 和
                # is one (「省发展改革、工业和信息化部门」, AY02); not after a tail, which gave them its own: 「工商、卫生等行政
                # 管理部门和各行业主管部门」 (GZ07)
                *more, piece = _split_joined(piece)
                if not is_body(prefix + piece):  # 「组织、协调和督促有关部门」: verbs and their object, no list of bodies
                    return [] if strict else out
                if shared.group().endswith(("管委会", "管理委员会")) and not all(x.endswith("区") for x in stems):
                    return [] if strict else out  # only zones share a board: 「市人行、某经开区管委会」 is no 市人行管委会 (DH02)
                stems += [prefix + x for x in more if x]
                # (the first stem's qualifier is the last item's too: 「各级财政、国土资源部门」 is 各级国土资源部门, DX07)
                *stems, piece = _qualified([*stems, prefix + piece])
                out += [_ended(x, shared.group()) for x in stems] + [piece]
                stems, prefix = [], ""
                continue
            piece = prefix + piece  # the shared levels open every item up to the first whole name
            if out and piece.startswith("各") and (owner := _OWNER.match(out[-1])) and _OWNED.match(piece):
                piece = owner.group() + piece  # 「市政府各部门、各直属机构」: the second is 市政府各直属机构
            if piece.startswith("你") and ADDRESSEE.fullmatch(piece):
                if addressee:
                    out += listed_bodies(addressee, strict=False)
                elif strict:
                    return []
            elif piece == "街道" and out:
                out.append(piece)  # beside other bodies, the street office: 「各部门、街道要…」 (BL08)
            elif out and _GRASSROOTS_OR.fullmatch(piece):
                out.append(piece)  # and the towns or street offices: 「各园区、镇(街道)和市直属学校要…」 (DS01)
            elif piece in _ITS_GOVERNMENT and out and (committee := _COMMITTEE_OF.match(out[-1])):
                out.append((committee.group("place") or committee.group("level")) + piece)
            elif zone_board and piece.endswith("区") and not piece.startswith("各") and not _ORG_INSIDE.search(piece) \
                    and (_is_stem(piece) or is_body(piece)):
                stems.append(piece)
                continue
            elif _addressee_place(piece, addressee):
                out.append(piece)
            elif is_body(piece) and not ((stems or shares_ending) and _UNENDED.fullmatch(piece)):
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
                    and not opens_clause(piece):
                out.append(piece)  # a named town, a body if the list names others (below)
                towns += 1
            elif not strict and not shares_ending and _NAMED_PLACE.fullmatch(piece):
                places.append(piece)  # a place a list of the bodies responsible names, its administration: 「(责任单位:魏都区,市消防
                # 支队)」 (LA02) 「配合单位:市财政局、越秀区」 (AA03) 「责任单位:金井片区,区执法应急局」 (GN09)
                out.append(piece)
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
            elif "机构" in piece and _PARTY.search(piece) and not NOT_IN_BODY.search(piece):
                pass  # 「有关内设机构、金融机构应当…」 (BP10); not a clause run on into one: 「市交通委要对机动车检测机构」 (AF01)
            elif strict:
                return []
            else:
                garbled = True  # an item that names nothing: the list may share an ending its places lost (W06)
            prefix = ""
        if stems and suffix:
            # a party's stem shares the ending too: 「勘察、设计、施工、监理单位」 names parties (AB02)
            out += [_ended(x, suffix) for x in _qualified(stems) if not (suffix == "单位" and _PARTY.search(x + suffix))]
            stems = []
    if (stems or towns and towns == len(out)) and strict:
        return []
    if places and (garbled or stems):  # 「海东市、兰州市、临夏州发展改革部门人:…」: the places are no bodies of their own
        out = [x for x in out if x not in places]
    out = _without_generic(out)
    if "(" in s:
        out = [_with_other_name(x, s) for x in out]
    return list(dict.fromkeys(out))


def _named(body: str, strict: bool) -> list[str]:
    """The bodies a list's item that is a body names: 「各地区各有关部门」 is two (:func:`_unconcat`).

    A subject 「有关省级粮食应急工作指挥部应…」: 有关 picks out the body named after it (a printed list
    「责任单位:有关县市区人民政府」 keeps the generic body as printed, not ``strict``).
    """
    return _unconcat(body[2:] if strict and body.startswith("有关") and _PICKED_OUT.match(body) and is_body(body[2:]) else body)


def _without_generic(out: list[str]) -> list[str]:
    """The bodies of a list, each once, without a generic item beside named ones: 「市应急管理局、市财政局及相关职能部门」;
    beside generic bodies it is one of them: 「相关行业主管部门和相关区政府」."""
    if len(out) < 2:  # (most lists: one body is kept, generic or not)
        return out
    named = [x for x in out if not _GENERIC_ITEM.match(x)]
    return list(dict.fromkeys(named if any(not _PLACE_GENERIC.match(x) for x in named) else out))


# A body of the addressee's own area, named by the pronoun: 「你县国土资源局应会同有关部门…」 (the addressee's government is
# 你县人民政府 itself, ADDRESSEE)
_ADDRESSEES_OWN = re.compile(r"你(?P<level>[省市区县州盟旗])(?!人民政府|政府|[和与及])(?=[\u4e00-\u9fff])")  # (「你省和…部」 two: GE03)


def _addressee_places(addressee: str) -> set[str]:
    """The places whose governments the addressee is (one, or each of a list, a run of places sharing one government's
    name among them: 「亭子镇、浙水乡人民政府」, HB01).

    >>> sorted(_addressee_places("徐闻县人民政府")), sorted(_addressee_places("桂林市政府、柳州市人民政府")), _addressee_places("市交通局")
    (['徐闻县'], ['柳州市', '桂林市'], set())
    >>> sorted(_addressee_places("亭子镇、浙水乡人民政府、县级有关部门"))
    ['亭子镇', '浙水乡']
    """
    return {place for m in _GOVERNMENTS.finditer(addressee) for place in m.group(1).split("、")}


_PLACE_OR_TOWN_ENDS = PLACE_ENDS + "镇乡"
# places, a run of them, then the government they share: each item a name of a place, its level last
_GOVERNMENTS = re.compile(rf"(?<![^、,])((?:[\u4e00-\u9fff]{{1,10}}?[{_PLACE_OR_TOWN_ENDS}]、)*[\u4e00-\u9fff]{{1,10}}?"
                          rf"[{_PLACE_OR_TOWN_ENDS}])(?:人民政府|政府)(?![^、,])")


def _addressee_area(addressee: str, level: str) -> str | None:
    """The area whose government of ``level`` the ``addressee`` is, or None.

    >>> _addressee_area("徐闻县人民政府", "县"), _addressee_area("徐闻县人民政府", "市"), _addressee_area("市交通局", "市")
    ('徐闻县', None, None)
    """
    areas = {place for place in _addressee_places(addressee) if place.endswith(level)}
    return areas.pop() if len(areas) == 1 else None


def _addressee_place(piece: str, addressee: str | None) -> bool:
    """Whether ``piece`` names a reply's addressee by its place: 「桂林市要切实加强…」 to 桂林市人民政府 (AH02).

    >>> _addressee_place("桂林市", "桂林市人民政府"), _addressee_place("桂林市", None), _addressee_place("", "人民政府")
    (True, False, False)
    """
    return bool(addressee and piece) and piece[-1] in _PLACE_OR_TOWN_ENDS and piece in _addressee_places(addressee)


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


def _other_names(inner: str) -> bool:
    """Whether a bracket after a body's name holds its other names, one or several: 「县委统战部(县民族宗教局、县台港澳局)」 (DC07)."""
    return is_body(inner) or all(map(is_body, inner.split("、")))


def _with_other_name(name: str, s: str) -> str:
    """``name`` with the other name ``s`` prints after it, as printed: 「市发展改革委(市粮食和物资储备局)」 is one body,
    named so (the samples' key, L04); the list was read without it, as its 和 joins nothing.

    >>> listed_bodies("市发展改革委(市粮食和物资储备局)、市财政局")
    ['市发展改革委(市粮食和物资储备局)', '市财政局']
    """
    at = s.find(name + "(")
    if at < 0 or (m := _AKA.match(s, at + len(name))) is None or not _other_names(m.group(1)) \
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
    s = LIST_CLOSING.sub("", s.strip())
    return listed_bodies(s, addressee, strict=False)


# The verb closing a parenthetical's list, and a generic tail before it: 「…等有关部门按职责分工负责」
# 「…,市政府各部门(单位)按照职能分别落实」 (W05). A 部门 with no 等/有关 before it ends the last name:
# 「市政府各部门负责落实」 keeps 市政府各部门. 「(市工商质监局牵头负责)」 (CV02) closes its list with two verbs.
LIST_CLOSING = re.compile(
    r"(?:(?:等(?:有关|相关)?(?:部门|单位)?|(?:有关|相关)(?:部门|单位))(?:\(单位\))?)?"
    r"(?:(?:按照?|根据)(?:职责|职能)(?:分工)?)?(?:分别)?(?:牵头负责|牵头落实|负责落实|负责|总牵头|牵头|配合|落实)$"
)


def clear_caches() -> None:
    """Forget the names and lists read so far (a benchmark's repetitions each start cold)."""
    is_body.cache_clear()
    listed_bodies.cache_clear()  # type: ignore[attr-defined]
