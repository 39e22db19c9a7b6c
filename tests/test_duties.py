"""Duty finder: who is given which task, one row per printed form, each with a real sentence.

Rows are (raw text, addressee, expected {(body, role)}); the text goes through the same cleaning and
line-joining the pipeline applies before :func:`find_duties`. Sentences are from the real documents in
../shared/realdocs (R-numbers) and the sample gazettes; the conventions are in ../shared/realdocs/README.md.
"""

from __future__ import annotations

import pytest

from regkg.extract.clean import clean, flow
from regkg.extract.duties import as_printed, find_duties, find_table_duties


def duties_of(raw: str, addressee: str | None = None) -> set[tuple[str, str]]:
    facts = find_duties(flow(clean(raw)).s, addressee=addressee)
    return {(b, "lead") for f in facts for b in f.lead} | {(b, "support") for f in facts for b in f.support}


def leads(*names: str) -> set[tuple[str, str]]:
    return {(n, "lead") for n in names}


def supports(*names: str) -> set[tuple[str, str]]:
    return {(n, "support") for n in names}


DUTIES = [
    # a 责任单位 list names every body, generic ones included; a trailing 等有关部门 adds none (R12)
    ("1.积极争取省级专项资金。(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。"
     "以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)", None,
     leads("市工信局", "市财政局", "各县区人民政府", "园区管委会")),
    # 「排在第一位的部门为牵头部门」: the first body leads (R02)
    ("1.拓展两个市场。积极稳妥地在综合保税区推广增值税一般纳税人资格试点。"
     "(税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同)", None,
     leads("税务总局") | supports("财政部", "海关总署")),
    # a member unit's duty, a national body with no place name (R03)
    ("(3)公安部负责维护粮食供应场所的治安秩序,保证道路交通运输的通畅,配合有关部门及时打击扰乱市场秩序的犯罪活动。", None,
     leads("公安部")),
    # X会同Y: Y supports (R03)
    ("(10)国务院新闻办会同国家发展改革委制订国家粮食应急新闻发布预案,负责组织发布相关新闻。", None,
     leads("国务院新闻办") | supports("国家发展改革委")),
    # X及Y both lead; 「会同有关部门」 adds no body (R03)
    ("国家发展改革委及国家粮食局会同有关部门负责建立全国粮食监测预警系统。", None,
     leads("国家发展改革委", "国家粮食局")),
    # X要…: generic bodies count when they are the ones assigned; two printed side by side (R02)
    ("各地区各有关部门要充分认识促进综合保税区高水平开放高质量发展的重要意义,切实强化组织领导。", None,
     leads("各地区", "各有关部门")),
    # a heading the line-joining runs into the clause after it (R01)
    ("四、工作要求\n各成员单位要按照职责分工,积极研究办好新时代职业教育的有关问题。", None, leads("各成员单位")),
    # stems share the list's suffix (R13)
    ("信息化、住建、规划、公安、城管执法、人防、财政等有关部门应当按照各自职责,协同做好数字化城市管理工作。", None,
     leads("信息化部门", "住建部门", "规划部门", "公安部门", "城管执法部门", "人防部门", "财政部门")),
    # levels and stems shared at once; the subject stands as a clause of its own before 应当 (R03)
    ("有下列情形之一的,省、自治区、直辖市发展改革、粮食、价格和商务部门,应当立即进行调查核实。", None,
     leads(*(f"省、自治区、直辖市{x}部门" for x in ("发展改革", "粮食", "价格", "商务")))),
    # 「省、市、县三级财政」: one purse per level; 由X + its verb (R21)
    ("所需经费由省、市、县三级财政按照4:3:3的比例分担,体检、培训等项经费,由省财政解决。", None,
     leads("省财政", "市财政", "县财政")),
    # 「组织、人事、民政等部门牵头」 (R21)
    ("组织、人事、民政等部门牵头每年招聘一批高校毕业生充实农村乡镇、村和部分街道、社区等基层单位;", None,
     leads("组织部门", "人事部门", "民政部门")),
    # 请X + any verb; a body that only receives a filing is no duty (R25, R09)
    ("请各乡镇、县直各单位紧扣各项目标任务,立足各自实际和职能,细化目标任务。", None, leads("各乡镇", "县直各单位")),
    ("请各设区市根据所辖县(市、区)经济社会发展水平,选择确定当地最低工资标准予以公布,并报省人力社保厅备案。", None,
     leads("各设区市")),
    # 你办 is the addressee (R14); the standard funding clause of a 批复 is no duty (R15)
    ("二、你办要督促以上7县市区按照中央和省委、省人民政府的工作部署,继续强化工作措施。", "省扶贫开发领导小组办公室",
     leads("省扶贫开发领导小组办公室")),
    ("同意江北区人民政府驻地由江北区华新街迁至观音桥街道。搬迁经费由你市自行解决。", "重庆市人民政府", set()),
    # companies are no duty bodies; 由X会同Y…审核 (R05)
    ("推广企业要认真总结推广情况,编制补贴资金清算报告,于2013年10月31日前由省级财政部门会同发展改革委、"
     "工业和信息化主管部门审核后上报财政部。", None,
     leads("省级财政部门") | supports("发展改革委", "工业和信息化主管部门")),
    # people given a post are no duty (R01)
    ("联席会议设召集人1人,由国务院分管教育工作的领导同志担任;设副召集人2人,由教育部主要负责同志和协助分管教育工作的"
     "国务院副秘书长担任。", None, set()),
    # member units 「组成」 with a named lead (R01)
    ("联席会议由教育部、发展改革委、工业和信息化部、财政部、人力资源社会保障部、农业农村部、国资委、税务总局、扶贫办"
     "9个部门和单位组成,教育部为牵头单位。", None,
     leads("教育部") | supports("发展改革委", "工业和信息化部", "财政部", "人力资源社会保障部", "农业农村部", "国资委",
                               "税务总局", "扶贫办")),
    # an office seated in a body, and a body set up, for a task (R01, R23)
    ("联席会议办公室设在教育部,主要承担联席会议组织联络和协调等日常工作。", None, leads("联席会议办公室")),
    ("第六条 自治区、市、县(市、区)分别设立地方志编审委员会,负责地方志的审查验收工作。", None, leads("地方志编审委员会")),
    # 「负责…的机构(以下简称X)主管…」: the body is X, not the government it belongs to (R23)
    ("第四条 县级以上人民政府负责地方志工作的机构(以下简称地方志工作机构)主管本行政区域的地方志工作。", None,
     leads("地方志工作机构")),
    # a body, an aside, then its task (R03, R02)
    ("(13)其他有关部门在指挥部的统一领导下,做好相关配合工作。", None, leads("其他有关部门")),
    ("各省、自治区、直辖市人民政府作为综合保税区的申请设立、规划建设和运行管理主体,要切实落实主体责任。", None,
     leads("各省、自治区、直辖市人民政府")),
    # a name does not run on into a verb, and the 及 of 及时 joins nothing (sample 002)
    ("市自然资源和规划局协调测绘资质单位开展受灾地区现场影像获取等应急测绘。", None, leads("市自然资源和规划局")),
    ("(14)市防灾减灾救灾委员会办公室及时汇总各部门开展灾害救助等工作情况。", None, leads("市防灾减灾救灾委员会办公室")),
    # label lines under the item they name bodies for (立山区 2023 任务分解, 鞍立政发〔2023〕2号)
    ("1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n责任单位:立山经济开发区,全区经济运行各专班\n\n"
     "2.规模上工业增加值增长5%左右。", None, leads("区发改局") | supports("立山经济开发区", "全区经济运行各专班")),
    # X是…责任主体; X是…部门,主要负责… (菏政办发〔2009〕72号)
    ("第三条 市直行业主管部门是市级项目的责任主体,县区政府和市行业主管部门是县区级扩大内需项目的责任主体。", None,
     leads("市直行业主管部门", "县区政府", "市行业主管部门")),
    ("发展改革部门是项目建设管理的综合部门,主要负责项目的申报、综合协调、调度和投资计划下达。", None, leads("发展改革部门")),
    # a lead-in body and its enumerated duties; a body inside an item's task is not assigned (R03)
    ("2.1.1 国家粮食应急工作指挥部职责\n(1)掌握粮食市场形势,向国务院提出启动或终止实施应急措施的建议。\n"
     "(2)对省级人民政府和有关部门开展粮食应急工作进行督查和指导。", None, leads("国家粮食应急工作指挥部")),
]


@pytest.mark.parametrize("raw, addressee, expected", DUTIES)
def test_duties(raw, addressee, expected):
    assert duties_of(raw, addressee) == expected


TASKS = [
    # the task is its clause, cut at a comma rather than inside a word
    ("(3)公安部负责维护粮食供应场所的治安秩序,保证道路交通运输的通畅。",
     ["维护粮食供应场所的治安秩序,保证道路交通运输的通畅"]),
    # each enumerated sub-item keeps its own task
    ("2.1.1 国家粮食应急工作指挥部职责\n(1)掌握粮食市场形势。\n(2)完成国务院交办的其他事项。",
     ["掌握粮食市场形势", "完成国务院交办的其他事项"]),
]


@pytest.mark.parametrize("raw, expected", TASKS)
def test_tasks(raw, expected):
    assert [f.task for f in find_duties(flow(clean(raw)).s)] == expected


def test_flattened_table_cells():
    # a duty table printed one cell a line under its 责任单位 head (R18); 等 ends a list item
    raw = ("工作措施\n责任单位\n备注\n(一)加强对防疫重点企业财税支持\n市税务局等,各县、市、区政府,咸宁高新区管委会\n"
           "2020年12月\n咸宁市人民政府\n")
    facts = find_table_duties(clean(raw).s)
    assert [(f.task, f.lead) for f in facts] == [
        ("(一)加强对防疫重点企业财税支持", ("市税务局", "各县、市、区政府", "咸宁高新区管委会"))
    ]


def test_long_text_without_stops_is_fast():
    import time

    text = "由市财政局负责" * 5000  # no punctuation at all: every search must stay bounded
    t0 = time.perf_counter()
    find_duties(text)
    assert time.perf_counter() - t0 < 5


def test_bodies_as_printed_in_traditional_script():
    # cleaning folds the script; the names go back to the page's own characters (a 云南 measure, 繁體 page)
    raw = "1.推進重大項目建設。(省發展改革委、財政廳牽頭;省工業和信息化委、國土資源廳配合)"
    t = flow(clean(raw))
    [f] = find_duties(t.s)

    def printed(names):
        return [as_printed(n, t.s, f.start, f.end, lambda a, b: raw[slice(*t.orig_span(a, b))]) for n in names]

    assert (printed(f.lead), printed(f.support)) == (["省發展改革委", "財政廳"], ["省工業和信息化委", "國土資源廳"])
