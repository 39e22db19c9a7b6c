"""Finder: task -> department assignments.

Four printed forms, each with a real example:

* an item's closing parenthetical — 「(牵头单位:市发展改革委;责任单位:市财政局)」,
  「(市水利局牵头,市发展和改革委员会、市财政局配合)」, 「(市经济和信息化局、市发展改革委等按职责分工负责)」,
  「〔责任单位:A、B,C(逗号前为牵头单位,下同)〕」 (the comma rule then holds for the rest of the document);
* a member-duty list in an emergency plan — 「(7)市公安局:组织落实重污染天气机动车限行方案。」;
* a sentence — 「由市交通运输局负责…」, 「市气象局牵头负责…」, 「住房城乡建设主管部门会同同级文物主管部门负责…」.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regkg.extract import cues

__all__ = ["DutyFact", "find_duties", "find_table_duties", "split_departments"]

# 「会」 ends 市红十字会 but not the 「社会」 of 市人力资源社会保障局
_ORG_END = "|".join(sorted(set(cues.ORG_SUFFIXES) | {"部门", "主管部门", "单位"}, key=len, reverse=True)).replace(
    "|会|", "|(?<!社)会|"
)
_NAME = rf"[\u4e00-\u9fff()]{{2,30}}?(?:{_ORG_END})"
_ITEM_HEAD = re.compile(
    r"^(?:第[一二三四五六七八九十百]+条\s*|[一二三四五六七八九十]+、|[(][一二三四五六七八九十0-9]+[)]|[0-9]+(?:\.[0-9]+)*[.、]\s*)"
)
_MEMBER = re.compile(
    rf"^(?:[(][0-9一二三四五六七八九十]+[)]|[0-9]+[.、])?\s*(?P<org>{_NAME}):(?P<task>[^。]{{2,}}?)(?:。|$)"
)
_BY = re.compile(rf"由(?P<lead>{_NAME}(?:[、和及]{_NAME})*)(?:会同(?P<sup>{_NAME}(?:[、和及]{_NAME})*))?(?:牵头)?负责(?P<task>[^。;\n]{{0,60}})")
# A specific body as the subject of an action: 「市财政局会同市应急管理局迅速启动救灾资金快速调拨机制」,
# 「市发展改革委、市农业农村局、市商务会展局等有关部门做好保障市场供应工作」. Generic subjects (有关部门)
# and people (「市应急管理局主要负责同志」) are not; nor are exhortations (「…等部门要…」).
_SPECIFIC = rf"(?:市|县|区|省|国家|国网|中国)[\u4e00-\u9fff()]{{1,20}}?(?:{_ORG_END})"
_ACTOR = re.compile(
    rf"(?P<lead>{_SPECIFIC}(?:[、和]{_SPECIFIC})*)"
    r"(?:等(?:有关|相关)?(?:部门|单位|组织)?(?:和单位)?)?"
    rf"(?:会同(?P<sup>{_SPECIFIC}(?:[、和]{_SPECIFIC})*)(?:等(?:有关|相关)?部门(?:\(单位\))?)?)?"
    r"(?!主要负责|分管负责|负责同志|负责人)"
    r"(?P<task>(?:统筹|迅速|及时|积极|依法|按职责|根据需要|紧急|全力)?"
    r"(?:负责|牵头|组织|指导|协调|协助|督促|督导|做好|开展|建立|制定|落实|提供|加强|推动|统一|配合|统筹|启动|编制|审核"
    r"|核查|发布|监督|调拨|承担|实施|参与|会商|收集|报送|研究|完善|推进|按照|根据|联合)"
    r"[^。;\n]{2,80})"
)
# 「泸州市防灾减灾救灾委员会办公室负责…,主要包括:」 then 「(1)协调开展灾情研判…;」 「(2)…」
_LEAD_IN_MARK = re.compile(r"负责|职责|承担")
_ENUMERATED = re.compile(r"^(?:[(][0-9一二三四五六七八九十]+[)]|[0-9]+[.、]|[①-⑳])\s*")
_LEAD_IN_BODY = re.compile(rf"(?P<o>{_NAME})(?:负责|是|的主要职责|主要职责|工作职责|职责)")
_CO_WITH = re.compile(rf"会同((?:{_NAME})(?:[、和]{_NAME})*)")
_CLAUSE_START = re.compile(r"[。;,:\n]|第[一二三四五六七八九十百零]+条")
_SPECIFIC_FIRST = frozenset("市县区省国中")
# Any named body, generic ones included, that 负责 a task at the start of a clause:
# 「第五条 各区县人民政府负责统筹实施…」, 「住房城乡建设主管部门会同同级文物主管部门负责…」.
_RESPONSIBLE = re.compile(
    rf"(?P<lead>{_NAME}(?:[、和]{_NAME})*)"
    rf"(?:会同(?P<sup>{_NAME}(?:[、和]{_NAME})*))?(?:统筹|具体|总体)?负责(?!人|同志)(?P<task>[^。;\n]{{2,80}})"
)
# 「(2)扬尘源控制组:由市住房城乡建设局、市交通运输局牵头,市城管执法局配合。」: the task precedes 由.
_BY_LEAD = re.compile(
    rf"由(?P<lead>{_NAME}(?:[、和]{_NAME})*)牵头[,,](?:(?P<sup>{_NAME}(?:[、和]{_NAME})*)(?:等(?:有关)?(?:部门|单位))?配合)?(?P<task>)"
)
# A cell or label that is only body names: 「市交通运输局、山西省公路局吕梁分局」 「吕梁日报社 吕梁电视台」
ORG_LIST = re.compile(rf"{_NAME}(?:[、 ]{_NAME})*")
_GENERIC = re.compile(r"^(?:各|有关|相关|其他|其它|事发地|属地|各级|同级)|^(?:各?区县|各县(?:市、?区)?|各县市区)")
_NOISE = re.compile(r"(?:等)?(?:有关|相关)?(?:部门|单位)?(?:\(单位\))?(?:按职责分工负责|按照职责分工负责|根据职责分别牵头|按职责负责|分别负责|负责落实|负责|牵头|配合|落实)?$")
# Labels, people and roles that look like names: 「牵头起草单位」 「市政府主要负责同志」 「主办单位」
_NOT_A_BODY = re.compile(
    rf"^(?:[(]|{'|'.join(cues.LEAD_LABELS + cues.SUPPORT_LABELS + cues.RESPONSIBLE_LABELS)})|同志$|负责人$|人员$"
    r"|^[\u4e00-\u9fff]{0,4}单位$"  # labels, not bodies: 「编印单位」 「起草单位」 「主办单位」
    r"|^(?:负责|会同|配合|承担)"  # a clause, not a name
)
_DUTY_MARK = re.compile(r"负责|牵头|配合|责任单位|责任部门|牵头单位|牵头部门")
_COMMA_RULE = re.compile(cues.COMMA_LEAD_RULE)
_LABEL = re.compile(
    rf"(?P<label>{'|'.join(cues.LEAD_LABELS + cues.SUPPORT_LABELS + cues.RESPONSIBLE_LABELS)})[::]"
)


@dataclass(frozen=True)
class DutyFact:
    task: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    start: int  # offsets of the evidence in the searched text
    end: int


def split_departments(s: str) -> list[str]:
    """Department names of a printed list, one per item, as printed.

    >>> split_departments("市发展改革委、市财政局和市生态环境局等按职责分工负责")
    ['市发展改革委', '市财政局', '市生态环境局']
    """
    s = _NOISE.sub("", s.strip())
    out = []
    for part in re.split(r"[、,;]|(?<=[局委办厅部院会心行司队])(?:和|及|以及)", s):
        part = _NOISE.sub("", part.strip(" \n"))
        # 「第五条市应急管理局」, 「本办法由市食安办」: an article number or a 由 clause is not part of the name
        part = _ARTICLE.sub("", part).rpartition("由")[2]
        # 「市生态环境局等重污染天气应急预案成员单位」: a list ends at 等
        head, sep, _ = part.partition("等")
        if sep and re.fullmatch(_NAME, head):
            part = head
        for name in _unjoin(part):
            if 2 <= len(name) <= 30 and re.fullmatch(_NAME, name) and not _NOT_A_BODY.search(name):
                out.append(name)
    return out


def _unjoin(part: str) -> list[str]:
    """Names printed side by side with only a space, lost in cleaning: 「吕梁日报社吕梁电视台」.

    Split where the first name's opening (its place name) starts again, when every piece is a name.

    >>> _unjoin("吕梁日报社吕梁电视台"), _unjoin("市公安局交警支队")
    (['吕梁日报社', '吕梁电视台'], ['市公安局交警支队'])
    """
    head = part[:2]
    cuts = [i for i in range(2, len(part) - 1) if part.startswith(head, i)]
    if not cuts or head[0] in "市县区省":
        return [part]
    pieces = [part[a:b] for a, b in zip([0, *cuts], [*cuts, len(part)])]
    return pieces if all(re.fullmatch(_NAME, p) for p in pieces) else [part]


def _keep(names: list[str]) -> list[str]:
    """Drop generic bodies (各区县人民政府, 有关部门) unless they are all there is."""
    specific = [n for n in names if not _GENERIC.search(n)]
    return specific or names


_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零]+条")
_BRACKETS = re.compile(r"[(〔)〕\n]")
_LONGEST_GROUP = 200  # a "parenthetical" longer than this is an unbalanced bracket, not an aside


def _parentheticals(s: str) -> list[tuple[int, int]]:
    """Spans of the outermost (…) and 〔…〕 groups in ``s``; a line break closes them all."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _BRACKETS.finditer(s):
        ch, i = m.group(), m.start()
        if ch in "(〔":
            stack.append(i)
        elif ch == "\n":
            stack.clear()
        elif stack:
            start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
    return spans


def _parse_group(inner: str, comma_rule: bool) -> tuple[list[str], list[str], bool]:
    """Lead and support of one parenthetical's content; the third value is a new comma rule."""
    rule = bool(_COMMA_RULE.search(inner))
    inner = re.sub(r"[(][^()]*(?:逗号前|下同|不再列出)[^()]*[)]", "", inner)
    comma_rule = comma_rule or rule
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
                lead += split_departments(part)
        return lead, support, rule
    m = re.match(r"(?P<lead>.+?)(?:根据职责分别)?牵头(?:负责)?[,,](?P<sup>.+?)配合", inner)
    if m:
        return split_departments(m.group("lead")), split_departments(m.group("sup")), rule
    if re.search(r"负责|牵头", inner):
        return split_departments(inner), [], rule
    return [], [], rule


def _task_of(s: str, item_start: int, at: int) -> str:
    """The item's short name: its heading up to the first 。, without numbering."""
    text = s[item_start:at].strip()
    text = _ITEM_HEAD.sub("", text).strip()
    head = re.split(r"[。:]", text, maxsplit=1)[0]
    return head[:80]


def find_duties(s: str) -> list[DutyFact]:
    """Every duty assignment in the flow text ``s`` of one document.

    >>> [(d.task, d.lead, d.support) for d in find_duties("1.强化节水约束管理。健全体系。(市水利局牵头,市财政局、市生态环境局配合)")]
    [('强化节水约束管理', ('市水利局',), ('市财政局', '市生态环境局'))]
    >>> [(d.task, d.lead) for d in find_duties("(7)市公安局:组织落实重污染天气机动车限行方案。协助推动老旧车淘汰。")]
    [('组织落实重污染天气机动车限行方案', ('市公安局',))]
    """
    out: list[DutyFact] = []
    seen: set[tuple[int, int]] = set()
    comma_rule = False
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", s)]
    groups = _parentheticals(s)
    for a, b in groups:
        inner = s[a + 1 : b - 1].split("。")[0]  # 「…负责。以下均需各区县人民政府落实,不再列出」
        if not _DUTY_MARK.search(inner) or len(inner) > 400:
            if _COMMA_RULE.search(inner):
                comma_rule = True
            continue
        lead, support, rule = _parse_group(inner, comma_rule)
        comma_rule = comma_rule or rule
        lead, support = _keep(lead), [x for x in support if not _GENERIC.search(x)]
        if not lead and not support:
            continue
        item_start = max(x for x in line_starts if x <= a)
        task = _task_of(s, item_start, a)
        if not task:
            continue
        ev_start = max(s.rfind("。", item_start, a) + 1, item_start)
        out.append(DutyFact(task, tuple(lead), tuple(support), ev_start, b))
        seen.add((item_start, b))
    lead_in: str | None = None  # a body whose duties the following enumerated items list
    for ls in line_starts:
        le = s.find("\n", ls)
        line = s[ls : le if le >= 0 else len(s)]
        if lead_in is not None:
            if item := _ENUMERATED.match(line):
                body = line[item.end() :]
                task = re.split(r"[;。]", re.sub(r"^(?:负责|会同[^,,]*?[,,])", "", body), maxsplit=1)[0]
                sup = _CO_WITH.match(body)
                support = tuple(x for x in split_departments(sup.group(1)) if not _GENERIC.search(x)) if sup else ()
                if task:
                    out.append(DutyFact(task, (lead_in,), support, ls, ls + len(line)))
                continue
            lead_in = None
        if line.endswith(":") and _LEAD_IN_MARK.search(line):
            head = _ITEM_HEAD.sub("", _ARTICLE.sub("", line.strip()))
            org = _LEAD_IN_BODY.match(head)
            if org and not _GENERIC.search(org.group("o")) and not _NOT_A_BODY.search(org.group("o")):
                lead_in = org.group("o")
                continue
        if m := _MEMBER.match(line):
            org = m.group("org")
            if _GENERIC.search(org) or len(org) > 24 or _NOT_A_BODY.search(org):
                continue
            out.append(DutyFact(m.group("task").strip(), (org,), (), ls, ls + m.end()))
    short_groups = [(a, b) for a, b in groups if b - a <= _LONGEST_GROUP]
    # 由… anywhere; a body as the subject only at a clause start (after 。;,: a line break or 第X条),
    # tried there alone: the patterns are costly to attempt at every character
    clause_starts = [0] + [m.end() for m in _CLAUSE_START.finditer(s)]
    at_clauses = [
        m
        for pos in clause_starts
        for rx in (_ACTOR, _RESPONSIBLE)
        if (s[pos : pos + 1] in _SPECIFIC_FIRST if rx is _ACTOR else s.find("负责", pos, pos + 90) >= 0)
        and (m := rx.match(s, pos))
    ]
    for m in [*_BY.finditer(s), *_BY_LEAD.finditer(s), *at_clauses]:
        lead = _keep(split_departments(m.group("lead")))
        support = split_departments(m.group("sup")) if m.group("sup") else []
        task = m.group("task").strip(",, ")
        if not task and m.re in (_BY, _BY_LEAD):  # 「(三)"应急指挥"模块由市应急管理局负责;」: the task precedes 由
            clause_start = max(s.rfind(x, 0, m.start()) for x in "。;\n") + 1
            task = _ITEM_HEAD.sub("", s[clause_start : m.start()].strip()).strip("\"“”():")
        if not lead or not task or any(a <= m.start() < b for a, b in short_groups):
            continue
        out.append(DutyFact(task, tuple(lead), tuple(support), m.start("lead"), m.end()))
    out.sort(key=lambda d: d.start)
    return _dedupe(out)


_GROUP_HEADER = re.compile(r"^(?:牵头单位|牵头部门)$")
_MEMBERS_HEADER = re.compile(r"^(?:成员|成员单位|配合单位|参与单位)$")


def find_table_duties(s: str) -> list[DutyFact]:
    r"""Duties printed as tables (cells separated by tabs, one row a line), in the line view ``s``.

    Two shapes: working groups (「工作组\t牵头单位\t成员\t职责」: the group is the task) and member
    duties (「市委宣传部\t组织协调新闻媒体开展应急新闻报道」: the body leads its row's task).

    >>> rows = "工作组\t牵头单位\t成员\t职责\n抢险救援组\t市市场监督管理局\t市应急管理局、市公安局\t负责抢险"
    >>> [(d.task, d.lead, d.support) for d in find_table_duties(rows)]
    [('抢险救援组', ('市市场监督管理局',), ('市应急管理局', '市公安局'))]
    """
    out: list[DutyFact] = []
    lead_col = member_col = None
    pos = 0
    for line in s.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            continue
        heads = [i for i, c in enumerate(cells) if _GROUP_HEADER.match(c)]
        if heads:
            lead_col = heads[0]
            member_col = next((i for i, c in enumerate(cells) if _MEMBERS_HEADER.match(c)), None)
            continue
        if lead_col is not None and len(cells) > lead_col and not ORG_LIST.fullmatch(cells[lead_col].replace(" ", "")):
            lead_col = member_col = None  # the table has ended
        if lead_col is not None and cells[0] and not ORG_LIST.fullmatch(cells[0]):
            lead = _keep(split_departments(cells[lead_col].replace(" ", "、")))
            members = cells[member_col] if member_col is not None and len(cells) > member_col else ""
            support = [x for x in split_departments(re.sub(r";.*", "", members)) if not _GENERIC.search(x)]
            if lead:
                out.append(DutyFact(cells[0], tuple(lead), tuple(support), start, start + len(line)))
            continue
        if ORG_LIST.fullmatch(cells[0]) and len(cells[1]) >= 4:
            lead = _keep(split_departments(cells[0].replace(" ", "、")))
            task = re.split(r"[。;]", re.sub(r"^负责", "", cells[1]), maxsplit=1)[0]
            out.append(DutyFact(task, tuple(lead), (), start, start + len(line)))
    return out


def _dedupe(facts: list[DutyFact]) -> list[DutyFact]:
    """One fact per assignment: the same task, or the same bodies read twice from one stretch of text."""
    out: list[DutyFact] = []
    seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
    for f in facts:
        key = (f.task, f.lead, f.support)
        overlapping = any(
            g.lead == f.lead and g.support == f.support and g.start < f.end and f.start < g.end for g in out[-3:]
        )
        if key not in seen and not overlapping:
            seen.add(key)
            out.append(f)
    return out
