"""A deterministic synthetic corpus of Chinese government gazettes (政府公报), with ground truth.

``generate(n, seed=0, out_dir=...)`` writes ``n`` gazette text files that imitate the five seed
gazettes in ``samples/`` (泸州 ×3, 临汾, 吕梁): a cover and masthead, a 目录 with numbers and page
numbers, then documents — title heading (wrapped with stray spaces, or with the issuer on its own
line), own 发文字号 in varying brackets and spacing (「泸市府办规〔2024〕7号」「吕政办发 [2020] 69 号」
「临政通告〔2023〕2 号」), addressees, body, signature block, date, ``(此件公开发布)``, and for 印发
notices the attached rule (第一条 … / 一、… / 1 总则 …). Running page headers (「市政府办公室文件」
「部 门 文 件」) and page breaks land mid-paragraph.

Each gazette is one jurisdiction's monthly issue, 2015–2025. Jurisdictions are real provinces and
prefecture cities (泸州 泸, 临汾 临, 吕梁 吕 …) plus invented-but-plausible cities, and the national level
is cited as an outside source (国发, 国办发, 国办函, ministries). 机关代字 follow the real grammar:
abbreviation + body + type — 泸市府发 泸市府办规 泸市府函 泸市卫规 泸市医保发 (「府」 style, as in
四川) or 临政发 临政办发 临政办函 临政规发 临应急发 临教基 临财综 (「政」 style, as in 山西).
Numbers are unique per (代字, year) and rise with the date.

Ground truth is written beside the text:

``manifest.jsonl``
    one extraction record per gazette, in file order, shaped exactly like
    ``shared/spec/extraction.schema.json`` (``source``, ``gazette``, ``documents``, ``repeals``,
    ``citations``, ``law_citations``, ``duties``), plus the additions the schema allows: ``span``
    (``[start, end)`` code-point offsets into the file) on every row, ``number_as_printed`` and
    ``addressees`` on documents, ``kind`` on citations (``cites`` / ``based_on`` / ``replies_to``),
    ``cue`` and — for repeals by title alone — ``resolved_number`` (what the title names, when the
    generator knows it) on repeals.
``manifest.json``
    parameters, file list, counts, jurisdictions, and ``external``: every document that is cited
    but printed in no gazette of the corpus (national and provincial documents, city party-committee
    documents, county 请示, city documents older than the corpus), with its level.

Conventions of the truth, following ``tests/answer_key/README.md``: titles as printed without
PDF wrap spaces (with the issuer when the heading prints it); ``by`` is the covering document's
canonical number; a statement in an attached rule belongs to its notice; one citation row per
(by, cited_number), one law-citation row per (by, cited_title); a repeal by number is also a
citation; a repeal by title alone is also a law citation; ``evidence`` is the sentence exactly as
printed (so ``text[span[0]:span[1]] == evidence``) without its item label (第十五条, (一), (7)); a
duty's evidence is its item paragraph; ``cited_title``/``target_title`` are printed titles without
the outer 《》 (inner 〈〉 kept), with a running header that split them removed.

Deterministic: one ``random.Random`` per run, no clock, no set iteration, no hashing — the same
``(n, seed)`` gives byte-identical files. Gazettes are written one at a time; only a compact
index of earlier documents (for citations and repeals) stays in memory.

CLI::

    python benchmarks/corpus.py 100 /tmp/corpus100 --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

__all__ = ["Manifest", "CorpusError", "generate", "canonical_number", "main"]


class CorpusError(ValueError):
    """The corpus cannot be generated with these parameters."""


# --------------------------------------------------------------------------------------------
# Tuning: named so the sizes the issue asks for (100 gazettes ≈ 5,000 documents, 1,000 ≈ 150 MB)
# can be re-tuned in one place.
# --------------------------------------------------------------------------------------------

FIRST_YEAR, LAST_YEAR = 2015, 2025
MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12
DOCS_PER_GAZETTE = (15, 80, 55)  # triangular(low, high, mode): mean 50
ISSUES_PER_RUN = (6, 30)  # consecutive monthly issues of one jurisdiction
CHARS_PER_PAGE = 1100  # for the page numbers of the 目录
# filler budget per document, in characters: (probability, low, high)
LENGTH_CLASSES = ((0.45, 170, 470), (0.40, 510, 1050), (0.15, 1300, 2550))
ARCHIVE_YEARS = 8  # how far before the corpus a city's older documents may date
NUMBERS_PER_MONTH = 4  # a 代字 first printed in month m of a year starts near 4·(m−1)
EXTERNAL_FIRST_MAX = 60  # an outside source's number is somewhere in its year's series


# --------------------------------------------------------------------------------------------
# Jurisdictions. Real provinces and cities with their one-character abbreviations; a city
# abbreviation must be unique in the corpus because it starts every 机关代字 the city owns.
# (province, abbreviation, 代字 style, real cities)
#   「府」 style, as 泸州: 泸市府发〔2019〕15号, 泸市府办规〔2024〕7号, province 川办发〔2023〕40号
#   「政」 style, as 临汾: 临政办发〔2023〕35号, 临政规发〔2023〕3号, province 晋政办发〔2022〕102号
# --------------------------------------------------------------------------------------------

PROVINCES: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    ("四川省", "川", "府", (("泸州市", "泸"), ("宜宾市", "宜"), ("自贡市", "自"), ("乐山市", "乐"),
                          ("南充市", "南"), ("绵阳市", "绵"), ("遂宁市", "遂"), ("内江市", "内"),
                          ("达州市", "达"), ("广安市", "广"), ("眉山市", "眉"), ("雅安市", "雅"))),
    ("山西省", "晋", "政", (("临汾市", "临"), ("吕梁市", "吕"), ("太原市", "并"), ("大同市", "同"),
                          ("长治市", "长"), ("运城市", "运"), ("忻州市", "忻"), ("阳泉市", "阳"),
                          ("朔州市", "朔"))),
    ("河北省", "冀", "政", (("石家庄市", "石"), ("唐山市", "唐"), ("保定市", "保"), ("邯郸市", "邯"),
                          ("邢台市", "邢"), ("沧州市", "沧"), ("衡水市", "衡"), ("承德市", "承"))),
    ("河南省", "豫", "政", (("洛阳市", "洛"), ("开封市", "汴"), ("安阳市", "安"), ("新乡市", "新"),
                          ("南阳市", "宛"), ("信阳市", "信"), ("周口市", "周"), ("许昌市", "许"))),
    ("湖南省", "湘", "府", (("株洲市", "株"), ("湘潭市", "潭"), ("岳阳市", "岳"), ("常德市", "常"),
                          ("郴州市", "郴"), ("益阳市", "益"), ("邵阳市", "邵"))),
    ("湖北省", "鄂", "政", (("襄阳市", "襄"), ("荆州市", "荆"), ("黄冈市", "黄"), ("孝感市", "孝"),
                          ("咸宁市", "咸"))),
    ("江西省", "赣", "府", (("九江市", "九"), ("上饶市", "饶"), ("抚州市", "抚"), ("景德镇市", "景"),
                          ("萍乡市", "萍"))),
    ("安徽省", "皖", "政", (("芜湖市", "芜"), ("蚌埠市", "蚌"), ("滁州市", "滁"), ("阜阳市", "阜"),
                          ("六安市", "六"), ("宿州市", "宿"))),
    ("山东省", "鲁", "政", (("济宁市", "济"), ("潍坊市", "潍"), ("淄博市", "淄"), ("烟台市", "烟"),
                          ("菏泽市", "菏"), ("聊城市", "聊"))),
    ("贵州省", "黔", "府", (("遵义市", "遵"), ("毕节市", "毕"), ("铜仁市", "铜"))),
    ("云南省", "云", "政", (("曲靖市", "曲"), ("玉溪市", "玉"), ("昭通市", "昭"), ("普洱市", "普"))),
    ("陕西省", "陕", "政", (("宝鸡市", "宝"), ("渭南市", "渭"), ("汉中市", "汉"), ("榆林市", "榆"),
                          ("延安市", "延"))),
)
# invented cities: first character (their abbreviation) + second character + 市 — 澄州市 澄
INVENTED_CITY_FIRST = ("澄岚汀渠梧桐枫柳棠榕蓉苍翠岑屏璧溪滨溧涟沅澧漳淇汶沭泗澜康丰泰嘉昌兴隆裕凤麒鹤鸾虹霞碧瑞祥和定远威"
                       "靖宣武崇盛龙鼎泓沣浔湄潞汾洮洵渝琼岱峨嵩岷瀚杉楠槐榆桦檀荷菱蘅芷茗蔚苑峪岗峦嶂崖麓湍沁")
INVENTED_CITY_SECOND = "州阳山江宁平川城源原"
# counties (区县) of a city, for addressees and for the 请示 a 批复 answers: 江阳区 → 泸江府〔2024〕1号
COUNTY_FIRST = "东西南北江河湖清永丰兴金石青白古云临合安宁长平乐泉松柏桂梅竹沙"
COUNTY_SECOND = "阳溪川坪原城峰源塘桥"
PLACE_NAMES = ("分水岭", "云龙", "石门", "青山", "白沙", "金鱼", "龙泉", "桃花", "凤凰", "黄荆", "双河", "玉蟾",
               "天堂坝", "大坪", "观音", "马街", "望龙", "石桥", "新桥", "高坪")

# the national level, cited but never printed: (机关代字, issuer, department key of its topics or
# "" for any topic) — 国办发〔2015〕96号, 环大气〔2022〕68号
NATIONAL_BODIES: tuple[tuple[str, str, str], ...] = (
    ("国发", "国务院", ""), ("国办发", "国务院办公厅", ""), ("国办函", "国务院办公厅", ""),
    ("中发", "中共中央 国务院", ""), ("环大气", "生态环境部", "生态"), ("自然资发", "自然资源部", "自然"),
    ("自然资规", "自然资源部", "自然"), ("医保办发", "国家医疗保障局办公室", "医保"),
    ("国卫办医急函", "国家卫生健康委办公厅", "卫健"), ("发改环资规", "国家发展改革委", "发改"),
    ("应急", "应急管理部", "应急"), ("教基", "教育部", "教育"), ("建城", "住房和城乡建设部", "住建"),
    ("交运规", "交通运输部", "交通"), ("财综", "财政部", "财政"), ("矿安", "国家矿山安全监察局", "应急"),
)

# Departments: (key, city full name, city short name as printed in duty lists, province full
# name, province short name, 代字 types). 泸州市医疗保障局 / 市医保局 / 泸市医保规〔2024〕1号.
DEPARTMENTS: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    ("发改", "发展和改革委员会", "市发展改革委", "发展和改革委员会", "省发展改革委", ("发改", "发改规")),
    ("财政", "财政局", "市财政局", "财政厅", "省财政厅", ("财综", "财规")),
    ("生态", "生态环境局", "市生态环境局", "生态环境厅", "省生态环境厅", ("环发", "环规")),
    ("教育", "教育局", "市教育局", "教育厅", "省教育厅", ("教基", "教发")),
    ("卫健", "卫生健康委员会", "市卫生健康委", "卫生健康委员会", "省卫生健康委", ("卫规", "卫医函")),
    ("医保", "医疗保障局", "市医保局", "医疗保障局", "省医保局", ("医保发", "医保规")),
    ("应急", "应急管理局", "市应急管理局", "应急管理厅", "省应急管理厅", ("应急发",)),
    ("交通", "交通运输局", "市交通运输局", "交通运输厅", "省交通运输厅", ("交运", "交规")),
    ("住建", "住房和城乡建设局", "市住房城乡建设局", "住房和城乡建设厅", "省住房城乡建设厅", ("住建发", "住建规")),
    ("市监", "市场监督管理局", "市市场监管局", "市场监督管理局", "省市场监管局", ("市监发", "市监规")),
    ("自然", "自然资源和规划局", "市自然资源和规划局", "自然资源厅", "省自然资源厅", ("自然资发", "自然资规")),
    ("农业", "农业农村局", "市农业农村局", "农业农村厅", "省农业农村厅", ("农发",)),
    ("公安", "公安局", "市公安局", "公安厅", "省公安厅", ("公发",)),
    ("民政", "民政局", "市民政局", "民政厅", "省民政厅", ("民发",)),
    ("人社", "人力资源和社会保障局", "市人力资源社会保障局", "人力资源和社会保障厅", "省人力资源社会保障厅", ("人社发", "人社规")),
    ("水利", "水利局", "市水利局", "水利厅", "省水利厅", ("水发",)),
    ("城管", "城市管理局", "市城市管理局", "住房和城乡建设厅", "省住房城乡建设厅", ("城管发",)),
    ("商务", "商务局", "市商务局", "商务厅", "省商务厅", ("商务发",)),
    ("文旅", "文化广电旅游局", "市文化广电旅游局", "文化和旅游厅", "省文化和旅游厅", ("文旅发",)),
    ("司法", "司法局", "市司法局", "司法厅", "省司法厅", ("司发",)),
    ("经信", "经济和信息化局", "市经济和信息化局", "经济和信息化厅", "省经济和信息化厅", ("经信发",)),
    ("科技", "科学技术局", "市科技局", "科学技术厅", "省科技厅", ("科发",)),
    ("林业", "林业局", "市林业局", "林业局", "省林业局", ("林发",)),
    ("气象", "气象局", "市气象局", "气象局", "省气象局", ()),
    ("统计", "统计局", "市统计局", "统计局", "省统计局", ()),
    ("税务", "税务局", "市税务局", "税务局", "省税务局", ()),
)
# generic owners, kept in a duty only when they are the sole owner (answer-key convention)
GENERIC_OWNERS = ("各区县人民政府", "各有关部门")

# Topics: (subject, lead department key, kind of rule it is issued as)
TOPICS: tuple[tuple[str, str, str], ...] = (
    ("历史风貌建筑修缮补助资金", "住建", "办法"), ("大气污染综合治理", "生态", "方案"), ("重污染天气", "生态", "预案"),
    ("自然灾害救助", "应急", "预案"), ("森林火灾", "林业", "预案"), ("食品安全突发事件", "市监", "预案"),
    ("特种设备事故", "市监", "预案"), ("医药储备", "卫健", "办法"), ("网络预约出租汽车经营服务", "交通", "办法"),
    ("入河排污口监督管理", "生态", "方案"), ("矿产资源", "自然", "规划"), ("无偿献血", "卫健", "方案"),
    ("非煤矿山安全风险分级监管", "应急", "细则"), ("义务教育阶段学校招生", "教育", "方案"),
    ("政府购买服务", "财政", "细则"), ("医疗服务项目价格", "医保", "办法"), ("按病种分值付费", "医保", "细则"),
    ("违法建设治理", "城管", "办法"), ("生活垃圾分类", "城管", "方案"), ("农村人居环境整治", "农业", "方案"),
    ("秸秆综合利用", "农业", "方案"), ("高标准农田建设", "农业", "办法"), ("外贸稳规模优结构", "商务", "方案"),
    ("恢复和扩大消费", "商务", "措施"), ("新能源汽车推广应用", "经信", "计划"), ("中小企业科技创新", "科技", "意见"),
    ("知识产权强市建设", "市监", "方案"), ("高层次人才引进", "人社", "办法"), ("就业创业补贴", "人社", "办法"),
    ("养老服务体系建设", "民政", "方案"), ("城乡最低生活保障", "民政", "办法"), ("节水行动", "水利", "方案"),
    ("河湖长制", "水利", "办法"), ("地名管理", "民政", "办法"), ("道路交通安全", "公安", "方案"),
    ("文化旅游消费", "文旅", "措施"), ("行政执法监督", "司法", "办法"), ("重大行政决策程序", "司法", "规定"),
    ("政府投资项目管理", "发改", "办法"), ("社会信用体系建设", "发改", "方案"), ("房屋安全管理", "住建", "办法"),
    ("物业服务", "住建", "办法"), ("地质灾害避险搬迁", "自然", "意见"), ("国土空间生态修复", "自然", "规划"),
    ("安全生产", "应急", "办法"), ("校园安全", "教育", "方案"), ("学前教育", "教育", "方案"),
    ("统计数据质量", "统计", "办法"), ("基本医疗保险", "医保", "办法"), ("公立医院高质量发展", "卫健", "方案"),
    ("传染病防控", "卫健", "预案"), ("交通运输突发事件", "交通", "预案"), ("城市内涝防治", "住建", "方案"),
    ("集中式饮用水水源保护", "生态", "方案"), ("土壤污染防治", "生态", "方案"), ("粮食安全", "发改", "办法"),
    ("气象监测设施统筹建设", "气象", "办法"), ("数字政府建设", "经信", "方案"),
)
# how each kind of rule is titled, and what it calls itself in 「本办法自…起施行」
RULE_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "办法": (("管理办法", "办法"), ("实施办法", "实施办法"), ("管理暂行办法", "办法")),
    "细则": (("实施细则", "细则"),),
    "规定": (("规定", "规定"),),
    "方案": (("工作方案", "方案"), ("实施方案", "方案"), ("专项行动方案", "方案"), ("三年行动方案({a}—{b}年)", "方案")),
    "预案": (("应急预案", "预案"),),
    "规划": (("总体规划({a}—{c}年)", "规划"), ("专项规划({a}—{c}年)", "规划")),
    "措施": (("若干措施", "措施"),),
    "计划": (("三年行动计划({a}—{b}年)", "计划"),),
    "意见": (("政策指导意见", "意见"),),
}

# Laws, regulations and standards cited by title alone: 根据《中华人民共和国森林法》
LAWS = (
    "中华人民共和国森林法", "中华人民共和国大气污染防治法", "中华人民共和国突发事件应对法", "中华人民共和国安全生产法",
    "中华人民共和国食品安全法", "中华人民共和国道路交通安全法", "中华人民共和国城乡规划法", "中华人民共和国气象法",
    "中华人民共和国献血法", "中华人民共和国矿产资源法", "中华人民共和国水法", "中华人民共和国行政许可法",
    "中华人民共和国传染病防治法", "中华人民共和国消防法", "中华人民共和国教育法", "中华人民共和国预算法",
    "中华人民共和国政府采购法", "中华人民共和国土地管理法", "中华人民共和国特种设备安全法", "中华人民共和国防洪法",
    "中华人民共和国社会保险法", "中华人民共和国基本医疗卫生与健康促进法", "中华人民共和国统计法",
    "地名管理条例", "中华人民共和国政府信息公开条例", "党政机关公文处理工作条例", "森林防火条例",
    "生产安全事故应急条例", "医疗机构管理条例", "优化营商环境条例", "城市市容和环境卫生管理条例",
    "自然灾害救助条例", "医疗保障基金使用监督管理条例", "排污许可管理条例", "重大行政决策程序暂行条例",
    "环境空气质量标准", "突发事件应急预案管理办法", "政府购买服务管理办法",
)
PROVINCE_LAW_SUFFIXES = ("安全生产条例", "大气污染防治条例", "物业管理条例", "消防条例", "食品安全条例", "公民献血条例",
                         "森林防火条例", "河湖长制条例", "地名管理办法")

# Repeal cues as printed: 「…《X》(泸市府办发[2022]67号)同时废止。」
REPEAL_CUES = ("同时废止", "同时停止执行", "不再执行", "予以废止")
# 批复 matters: 你区《关于分水岭镇道路命名的请示》(泸江府〔2024〕1号)收悉
REPLY_MATTERS = ("{c}{p}镇道路命名", "修订{c}{p}工业园区规划方案", "{c}{p}片区控制性详细规划",
                 "{c}设立{p}街道办事处", "{c}{p}水库除险加固工程立项", "{c}{p}村撤并调整", "{c}{p}公园建设用地")
DUTY_TASKS = ("完善财税政策", "推动法治保障", "增强节水意识", "加强监测预警", "强化宣传教育", "健全工作机制",
              "加强队伍建设", "强化资金保障", "推进信息共享", "严格监督检查", "提升服务水平", "优化审批流程",
              "加强源头管控", "推进数字化转型", "强化考核评价", "加强风险排查", "完善标准体系", "推动示范创建",
              "加强基础设施建设", "强化执法检查", "提升应急处置能力", "深化区域协作", "加大政策支持力度",
              "推进试点示范", "健全长效机制", "强化科技支撑", "加强人才培养", "规范市场秩序", "优化营商环境",
              "推进综合整治", "加强统计监测", "强化安全保障")
MEMBER_DUTIES = ("组织落实应急处置期间的治安管理和交通疏导工作", "统筹安排应急处置所需资金并监督使用",
                 "组织开展受灾群众基本生活救助工作", "做好医疗救治和卫生防疫工作", "指导做好应急物资储备和调运工作",
                 "及时发布预警信息和天气实况", "做好新闻发布和舆论引导工作", "组织开展道路抢通和运输保障工作",
                 "做好供水、供电、供气等保障工作", "指导受损房屋安全评估工作", "组织开展环境应急监测工作",
                 "督促企业落实应急减排措施", "做好学校师生安全防护工作", "组织协调救灾捐赠款物管理工作")

# the sentence pieces of filler text; none may carry a cue an extractor keys on (see FILLER_FORBIDDEN)
FILLER_SCOPES = ("各区县", "各有关部门", "各级各部门", "全市", "各乡镇(街道)", "相关单位", "各类市场主体", "重点行业企业",
                 "各医疗机构", "各类学校", "基层单位", "各园区管委会")
FILLER_LEADS = ("进一步", "持续", "全面", "扎实", "切实", "不断", "加快", "统筹", "深入", "稳步")
FILLER_VERBS = ("加强", "完善", "推进", "提升", "规范", "优化", "健全", "强化", "深化", "落实", "推动", "保障")
FILLER_OBJECTS = ("工作机制", "监督管理", "基础设施建设", "信息共享", "服务水平", "资金保障", "队伍建设", "风险防控",
                  "数据统计", "宣传引导", "标准体系", "考核评价", "应急处置能力", "协调联动", "日常巡查", "源头治理",
                  "精细化管理", "政策衔接", "技术支撑", "制度建设", "动态监测", "分类指导", "闭环管理", "要素保障")
FILLER_TAILS = ("确保各项任务落到实处", "形成工作合力", "切实提高工作质效", "推动工作高质量发展", "为经济社会发展提供有力支撑",
                "不断增强人民群众获得感", "营造良好社会氛围", "及时研究解决突出问题", "做到底数清、情况明", "守住安全底线",
                "提升群众满意度", "巩固提升工作成效")
FILLER_METRICS = ("覆盖率", "达标率", "完成率", "知晓率", "满意率", "综合利用率")
FILLER_FORBIDDEN = ("《", "》", "〔", "〕", "[", "]", "号", "废止", "失效", "停止执行", "不再执行", "施行", "有效期",
                    "试行期", "牵头", "配合", "负责", "责任单位", "按职责分工", "会同")


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_DIGITS = "零一二三四五六七八九"
# 有效期 in words: 有效期五年, 试行期两年
_CN_YEARS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五"}


def _cn(n: int) -> str:
    """1..99 in Chinese numerals, as in 第四十二条."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[units] if units else "")


def canonical_number(code: str, year: int, n: int) -> str:
    """The canonical 发文字号.

    >>> canonical_number("泸市府办规", 2024, 7)
    '泸市府办规〔2024〕7号'
    """
    return f"{code}〔{year}〕{n}号"


def _nest(title: str) -> str:
    """A title as printed inside 《》: inner 《》 become 〈〉."""
    return title.replace("《", "〈").replace("》", "〉")


def _date_cn(d: dt.date, spaced: bool = False) -> str:
    return f"{d.year} 年 {d.month} 月 {d.day} 日" if spaced else f"{d.year}年{d.month}月{d.day}日"


def _add_years_minus_day(d: dt.date, years: int) -> dt.date:
    return d.replace(year=d.year + years) - dt.timedelta(days=1)


def _no_leap_day(d: dt.date) -> dt.date:
    """Validity start dates avoid 29 February, where 「from + N years − 1 day」 is ambiguous."""
    return d + dt.timedelta(days=1) if (d.month, d.day) == (2, 29) else d


@dataclass(frozen=True)
class Punct:
    """Punctuation one document prints: most seeds are half-width after PDF conversion, some full."""

    comma: str
    colon: str
    semi: str
    lp: str
    rp: str


HALF = Punct(",", ":", ";", "(", ")")
FULL = Punct("，", "：", "；", "（", "）")

# how a 发文字号 is printed (own heading, citations): name -> template
NUMBER_STYLES = {
    "hex": "{c}〔{y}〕{n}号",  # 泸市府办规〔2024〕7号
    "square": "{c}[{y}]{n}号",  # 泸市府办发[2024]39号
    "square_spaced": "{c} [{y}] {n} 号",  # 吕政办发 [2020] 69 号
    "hex_spaced": "{c}〔{y}〕{n} 号",  # 临政通告〔2023〕2 号
    "fw_square": "{c}［{y}］{n}号",
    "lenticular": "{c}【{y}】{n}号",
}


def _print_number(rng: random.Random, code: str, year: int, n: int, style: str, wrap_p: float = 0.0) -> str:
    """A number as printed; sometimes with full-width digits or a PDF wrap (space or line break) inside."""
    ys, ns = str(year), str(n)
    if rng.random() < 0.03:
        ys, ns = ys.translate(_FULLWIDTH_DIGITS), ns.translate(_FULLWIDTH_DIGITS)
    printed = NUMBER_STYLES[style].format(c=code, y=ys, n=ns)
    if wrap_p and rng.random() < wrap_p:
        # break after the 代字 or after the closing year bracket: 晋政办发〔2019〕 81号
        cut = len(code) if rng.random() < 0.4 else printed.index(ys) + len(ys) + 1
        printed = printed[:cut] + rng.choice((" ", "\n", " ")) + printed[cut:].lstrip(" ")
    return printed


# --------------------------------------------------------------------------------------------
# Jurisdictions and their 机关代字
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Jurisdiction:
    """A province or prefecture city that publishes a gazette."""

    jid: int
    name: str  # 泸州市 / 四川省
    level: str  # "city" | "province"
    abbrev: str  # 泸 / 川
    province: str
    province_abbrev: str
    style: str  # "府" | "政"
    layout: str  # "lu" | "lin" | "lv": which seed's layout it imitates
    subordinates: tuple[tuple[str, str], ...]  # (区县 or city name, the 代字 of its 请示)
    number_style: str

    @property
    def unit(self) -> str:
        return "省" if self.level == "province" else "市"

    @property
    def gov(self) -> str:
        return self.name + "人民政府"

    @property
    def office(self) -> str:
        return self.name + ("人民政府办公厅" if self.level == "province" else "人民政府办公室")

    def gov_code(self, kind: str) -> str:
        """代字 of the government: kind in 发 规 函 告."""
        a = self.abbrev
        if self.level == "province":
            return {"府": {"发": a + "府发", "规": a + "府规", "函": a + "府函", "告": a + "府发"},
                    "政": {"发": a + "政发", "规": a + "政规", "函": a + "政函", "告": a + "政发"}}[self.style][kind]
        if self.style == "府":
            return {"发": a + "市府发", "规": a + "市府规", "函": a + "市府函", "告": a + "市府布"}[kind]
        return {"发": a + "政发", "规": a + "政规发", "函": a + "政函", "告": a + "政通告"}[kind]

    def office_code(self, kind: str) -> str:
        """代字 of the general office: kind in 发 规 函 室."""
        a = self.abbrev
        if self.level == "province":
            base = a + ("办" if self.style == "府" else "政办")
            return {"发": base + "发", "规": base + "规", "函": base + "函", "室": base + "函"}[kind]
        if self.style == "府":
            return {"发": a + "市府办发", "规": a + "市府办规", "函": a + "市府办函", "室": a + "市府室发"}[kind]
        return {"发": a + "政办发", "规": a + "政办发", "函": a + "政办函", "室": a + "政办函"}[kind]

    def dept_code(self, suffix: str) -> str:
        return (self.abbrev + "市" + suffix) if (self.level == "city" and self.style == "府") else self.abbrev + suffix

    def dept_name(self, dept: tuple) -> str:
        return self.name + (dept[3] if self.level == "province" else dept[1])

    def dept_short(self, dept: tuple) -> str:
        return dept[4] if self.level == "province" else dept[2]

    def party_code(self, office: bool) -> str:
        return self.abbrev + ("委办" if office else "委")

    @property
    def party_name(self) -> str:
        return f"中共{self.name}委"

    def section_labels(self) -> dict[str, str]:
        u = self.unit
        office = "办公厅" if self.level == "province" else "办公室"
        if self.layout == "lin":
            return {"gov": f"【{u}政府文件】", "office": f"【{u}政府{office}文件】", "dept": f"【{u}政府部门规范性文件】"}
        return {"gov": f"{u}政府文件", "office": f"{u}政府{office}文件", "dept": "部门文件"}


@dataclass(slots=True)
class _Ref:
    """A document that can be cited: printed in the corpus or an outside source."""

    number: str
    title: str
    rule: str | None  # the attached rule it issues, if any
    issuer: str
    date: dt.date
    level: str  # city, province, national, city-party, county, archive
    jid: int  # owning jurisdiction (-1 national)
    code: str
    year: int
    topic: str = ""

    @property
    def seq(self) -> int:
        """The N of 代字〔YYYY〕N号."""
        return int(self.number[self.number.index("〕") + 1:-1])


class _Registry:
    """Number allocation (unique per 代字 and year) and the index of citable documents."""

    def __init__(self) -> None:
        self.counters: dict[tuple[str, int], int] = {}
        self.owners: dict[str, str] = {}
        self.printed: dict[int, list[_Ref]] = {}  # jid -> documents printed so far, in date order
        self.rules: dict[int, list[_Ref]] = {}  # jid -> printed documents that issue a rule
        self.by_topic: dict[tuple[int, str], list[_Ref]] = {}  # (jid, topic) -> rules, printed or archived
        self.pools: dict[tuple, list[_Ref]] = {}  # outside sources by (level, jid)
        self.external: list[_Ref] = []
        self.repealed: set[str] = set()  # membership only, never iterated

    def alloc(self, code: str, issuer: str, year: int, rng: random.Random, first_max: int = 1) -> int:
        """The next number of ``code`` in ``year``; a year first seen mid-way starts past 1."""
        owner = self.owners.setdefault(code, issuer)
        if owner != issuer:
            raise CorpusError(f"机关代字 {code} claimed by {owner} and {issuer}")
        last = self.counters.get((code, year))
        n = rng.randint(1, first_max) if last is None else last + rng.choice((1, 1, 1, 2, 2, 3, 5))
        self.counters[(code, year)] = n
        return n

    def add_printed(self, ref: _Ref) -> None:
        self.printed.setdefault(ref.jid, []).append(ref)
        if ref.rule:
            self.rules.setdefault(ref.jid, []).append(ref)
            self.by_topic.setdefault((ref.jid, ref.topic), []).append(ref)

    def add_external(self, key: tuple, ref: _Ref) -> None:
        self.pools.setdefault(key, []).append(ref)
        self.external.append(ref)
        if ref.rule and key[0] == "archive":
            self.by_topic.setdefault((ref.jid, ref.topic), []).append(ref)


# --------------------------------------------------------------------------------------------
# Text pieces
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _filler_pool(seed: int) -> tuple[str, ...]:
    """Cue-free filler sentences, built once per seed."""
    rng = random.Random(f"filler:{seed}")
    pool = []
    for _ in range(3000):
        s, l, v, o, t = (rng.choice(FILLER_SCOPES), rng.choice(FILLER_LEADS), rng.choice(FILLER_VERBS),
                         rng.choice(FILLER_OBJECTS), rng.choice(FILLER_TAILS))
        v2, o2 = rng.choice(FILLER_VERBS), rng.choice(FILLER_OBJECTS)
        form = rng.randrange(7)
        if form == 0:
            pool.append(f"{s}要{l}{v}{o},{v2}{o2},{t}。")
        elif form == 1:
            pool.append(f"{l}{v}{o}和{o2},{t}。")
        elif form == 2:
            pool.append(f"到{rng.randint(2016, 2030)}年,{s}{o}{rng.choice(FILLER_METRICS)}达到{rng.randint(60, 99)}%以上。")
        elif form == 3:
            pool.append(f"{s}应当建立{o}台账,定期开展{o2}情况评估,{t}。")
        elif form == 4:
            pool.append(f"坚持问题导向和目标导向,{l}{v}{o},着力{v2}{o2}。")
        elif form == 5:
            pool.append(f"{s}要结合本地实际,细化{o}措施,明确时间节点,{t}。")
        else:
            pool.append(f"全年累计开展{o}{rng.randint(3, 900)}次,{v2}{o2}{rng.randint(2, 80)}项,{t}。")
    for s in pool:
        for cue in FILLER_FORBIDDEN:
            if cue in s:
                raise CorpusError(f"filler sentence carries the cue {cue!r}: {s}")
    return tuple(pool)


def _column_wrap(text: str, rng: random.Random) -> str:
    """吕梁-style narrow columns: a space every 13–17 characters (「认真贯 彻执行」)."""
    out, i = [], 0
    while i < len(text):
        step = rng.randint(13, 17)
        out.append(text[i:i + step])
        i += step
    return " ".join(out)


# --------------------------------------------------------------------------------------------
# One document
# --------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """What a document will be, decided before numbers are allocated (numbers rise with dates)."""

    section: str  # gov | office | dept
    kind: str  # builder name
    date: dt.date
    issuers: list[str]
    code: str
    depts: list[tuple]
    topic: tuple[str, str, str]
    number: str = ""
    year: int = 0
    n: int = 0


@dataclass
class _Doc:
    """A built document: its printed paragraphs and its ground truth."""

    plan: _Plan
    title: str  # truth title
    heading: str  # as printed
    number_printed: str
    addressees: list[str]
    paras: list[str] = field(default_factory=list)
    kind: str = "通知"
    attached: list[str] = field(default_factory=list)
    in_force: dict | None = None
    citations: dict[str, dict] = field(default_factory=dict)
    law_citations: dict[str, dict] = field(default_factory=dict)
    repeals: list[dict] = field(default_factory=list)
    duties: list[dict] = field(default_factory=list)


class _Builder:
    """Builds the documents of one gazette."""

    def __init__(self, rng: random.Random, jur: Jurisdiction, registry: _Registry, province: Jurisdiction | None,
                 filler: tuple[str, ...], first_issue: dt.date) -> None:
        self.rng, self.jur, self.reg, self.province = rng, jur, registry, province
        self.filler_pool = filler
        self.first_issue = first_issue  # the jurisdiction's older documents (archive) predate its first issue
        self.labels = jur.section_labels()

    # ---- filler -------------------------------------------------------------------------
    def filler(self, doc: _Doc, chars: int, header: str) -> None:
        rng, pool = self.rng, self.filler_pool
        while chars > 0:
            para = "".join(rng.choices(pool, k=rng.randint(2, 6)))
            if self.jur.layout == "lv" and rng.random() < 0.5:
                para = _column_wrap(para, rng)
            chars -= len(para)
            r = rng.random()
            if r < 0.05:  # running page header mid-paragraph
                cut = rng.randint(5, len(para) - 5)
                para = para[:cut] + "\n\n" + header + "\n\n" + para[cut:]
            elif r < 0.10:  # bare page break mid-paragraph
                cut = rng.randint(5, len(para) - 5)
                para = para[:cut] + "\n\n" + para[cut:]
            doc.paras.append(para)

    def budget(self) -> int:
        r, acc = self.rng.random(), 0.0
        for p, lo, hi in LENGTH_CLASSES:
            acc += p
            if r < acc:
                return self.rng.randint(lo, hi)
        return LENGTH_CLASSES[-1][2]

    # ---- facts ----------------------------------------------------------------------------
    def number_style(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return self.jur.number_style
        return rng.choice(("hex", "hex", "square", "square", "square_spaced", "hex_spaced", "fw_square", "lenticular"))

    def cite(self, doc: _Doc, ref: _Ref, evidence_holder: list, title: str | None, kind: str) -> None:
        """Record a citation; evidence is filled in when the sentence is complete."""
        if ref.number == doc.plan.number or ref.number in doc.citations:
            return
        row = {"by": doc.plan.number, "cited_number": ref.number, "cited_title": title, "evidence": None, "kind": kind}
        doc.citations[ref.number] = row
        evidence_holder.append(row)

    def law(self, doc: _Doc, title: str, holder: list) -> None:
        if title in doc.law_citations:
            return
        row = {"by": doc.plan.number, "cited_title": title, "evidence": None}
        doc.law_citations[title] = row
        holder.append(row)

    @staticmethod
    def seal(holder: list, sentence: str) -> str:
        for row in holder:
            row["evidence"] = sentence
        return sentence

    def printed_ref(self, ref: _Ref, p: Punct, style: str) -> tuple[str, str | None]:
        """「《title》(number)」 as printed, and the cited_title of the truth."""
        rng = self.rng
        num = _print_number(rng, ref.code, ref.year, ref.seq, style, 0.06)
        r = rng.random()
        if ref.rule and r < 0.35:
            t = _nest(ref.rule)
        elif r < 0.93:
            t = _nest(ref.title)
        else:
            return f"{num}文件", None
        return f"《{t}》{p.lp}{num}{p.rp}", t

    def laws_for(self) -> list[str]:
        rng = self.rng
        picks = rng.sample(LAWS, rng.randint(0, 2))
        if rng.random() < 0.3:
            picks.append(self.jur.province + rng.choice(PROVINCE_LAW_SUFFIXES))
        return picks

    # ---- picking what to cite ---------------------------------------------------------------
    def _earlier(self, pool: list[_Ref], date: dt.date) -> _Ref | None:
        rng = self.rng
        for _ in range(4):
            ref = pool[rng.randrange(len(pool))]
            if ref.date < date:
                return ref
        return None

    def target(self, date: dt.date, levels: tuple[str, ...] | None = None) -> _Ref:
        """An earlier document to cite: same jurisdiction, its province, the nation, or an archive."""
        rng, jur, reg = self.rng, self.jur, self.reg
        level = rng.choice(levels or ("own", "own", "own", "up", "up", "national", "national", "archive", "party"))
        if level == "own" and reg.printed.get(jur.jid):
            ref = self._earlier(reg.printed[jur.jid], date)
            if ref:
                return ref
            level = "archive"
        if level == "up" and jur.level == "city":
            if self.province is not None and reg.printed.get(self.province.jid) and rng.random() < 0.7:
                ref = self._earlier(reg.printed[self.province.jid], date)
                if ref:
                    return ref
            return self.external(("province", jur.province_abbrev), date)
        if level == "party" and jur.level == "city":
            return self.external(("city-party", jur.jid), date)
        if level in ("archive", "own"):
            return self.external(("archive", jur.jid), date)
        return self.external(("national",), date)

    def external(self, key: tuple, date: dt.date, reuse: float = 0.6) -> _Ref:
        rng, reg = self.rng, self.reg
        pool = reg.pools.get(key)
        if pool and rng.random() < reuse:
            ref = self._earlier(pool, date)
            if ref:
                return ref
        return self.new_external(key, date)

    def new_external(self, key: tuple, date: dt.date, topic: tuple[str, str, str] | None = None) -> _Ref:
        """A document printed nowhere in the corpus; with ``topic``, an older rule on that topic."""
        rng, jur = self.rng, self.jur
        level = key[0]
        if level == "archive":
            start = self.first_issue
            year = rng.randint(max(2005, start.year - ARCHIVE_YEARS), start.year - 1)
        elif date.month > 1 and rng.random() < 0.2:
            year = date.year
        else:
            year = rng.randint(max(2005, date.year - 8), date.year - 1)
        latest = min(dt.date(year, 12, 28), date - dt.timedelta(days=15))
        d = dt.date(year, rng.randint(1, max(1, latest.month if latest.year == year else 12)), rng.randint(1, 28))
        if d >= date:
            d = dt.date(year, 1, 1)
        want_rule = topic is not None
        topic = topic or rng.choice(TOPICS)
        if level == "national":
            bodies = [b for b in NATIONAL_BODIES if b[2] in ("", topic[1])]
            code, issuer, _ = rng.choice(bodies)
            scope = ""
        elif level == "province":
            prov = next(p for p in PROVINCES if p[1] == key[1])
            dept = _dept(topic[1])
            r = rng.random()
            pj = Jurisdiction(-1, prov[0], "province", prov[1], prov[0], prov[1], prov[2], "lu", (), "hex")
            if r < 0.35:
                code, issuer = pj.gov_code(rng.choice("发规")), pj.gov
            elif r < 0.7 or not dept[5]:
                code, issuer = pj.office_code("发"), pj.office
            else:
                code, issuer = pj.dept_code(rng.choice(dept[5])), pj.dept_name(dept)
            scope = prov[0]
        elif level == "city-party":
            office = rng.random() < 0.6
            code = jur.party_code(office)
            issuer = jur.party_name + ("办公室" if office else f" {jur.gov}")
            scope = jur.name
        else:  # archive: an older document of this jurisdiction
            r = rng.random()
            if r < 0.3:
                code, issuer = jur.gov_code(rng.choice("发规")), jur.gov
            elif r < 0.8:
                code, issuer = jur.office_code(rng.choice("发规")), jur.office
            else:
                dept = _dept(topic[1])
                if dept[5]:
                    code, issuer = jur.dept_code(rng.choice(dept[5])), jur.dept_name(dept)
                else:
                    code, issuer = jur.office_code("发"), jur.office
            scope = jur.name
        n = self.reg.alloc(code, issuer, year, rng, EXTERNAL_FIRST_MAX)
        rule = None
        if want_rule or rng.random() < 0.55:
            rule = _rule_title(rng, scope, topic, year)
            title = f"{issuer.replace(' ', '')}关于印发{rng.choice(('《' + rule + '》', rule))}的通知"
        else:
            title = (f"{issuer.replace(' ', '')}关于{rng.choice(('进一步加强', '加快推进', '深入开展', '全面推进', '切实做好'))}"
                     f"{topic[0]}工作的{rng.choice(('通知', '意见', '指导意见', '实施意见'))}")
        ref = _Ref(canonical_number(code, year, n), title, rule, issuer, d, level, jur.jid if level != "national" else -1,
                   code, year, topic[0])
        self.reg.add_external(key, ref)
        return ref

    # ---- sentences with facts ------------------------------------------------------------
    def basis_sentence(self, doc: _Doc, p: Punct, purpose: str, ending: str, n_docs: tuple[int, int] = (1, 3)) -> str:
        """「为…,根据《法》《条例》和《…》(国办发〔2019〕5号)等规定,结合我市实际,制定本办法。」"""
        rng, holder = self.rng, []
        laws = self.laws_for()
        for law in laws:
            self.law(doc, law, holder)
        refs_txt, style = [], self.number_style()
        for _ in range(rng.randint(*n_docs)):
            ref = self.target(doc.plan.date)
            txt, t = self.printed_ref(ref, p, style)
            if ref.number == doc.plan.number or ref.number in doc.citations:
                continue
            self.cite(doc, ref, holder, t, "based_on")
            refs_txt.append(txt)
        law_txt = "".join(f"《{law}》" for law in laws)
        joined = "、".join(refs_txt)
        body = law_txt + ("和" if law_txt and joined else "") + joined
        if not body:
            body = "《" + rng.choice(LAWS) + "》"
            self.law(doc, body[1:-1], holder)
        verb = rng.choice(("根据", "依据", "按照"))
        tail = rng.choice(("等有关规定", "等文件要求", "精神", "有关要求"))
        return self.seal(holder, f"{purpose}{p.comma}{verb}{body}{tail}{p.comma}{ending}")

    def validity(self, doc: _Doc, rk: str, spaced: bool, allow_none: bool = True) -> str | None:
        """「本办法自2024年10月19日起施行,有效期5年。」 and the in_force truth."""
        rng, date = self.rng, doc.plan.date
        r = rng.random()
        if allow_none and r < 0.12:
            return None
        n = rng.choice((2, 3, 5, 5, 5))
        nt = _CN_YEARS[n] if rng.random() < 0.4 else str(n)
        if spaced and nt.isdigit():
            nt = f" {nt} "
        start = _no_leap_day(date + dt.timedelta(days=rng.randint(0, 45)))
        d = _date_cn(start, spaced)
        if r < 0.40:
            s, frm, until = f"本{rk}自{d}起施行,有效期{nt}年。", start, _add_years_minus_day(start, n)
        elif r < 0.55:
            s, frm, until = f"本{rk}自印发之日起施行。", date, None
        elif r < 0.63:
            days = rng.choice((30, 30, 60))
            frm = _no_leap_day(date + dt.timedelta(days=days))
            dd = f" {days} " if spaced else str(days)
            s, until = f"本{rk}自印发之日起{dd}日后施行,有效期{nt}年。", _add_years_minus_day(frm, n)
        elif r < 0.72:
            end = dt.date(start.year + n, 12, 31)
            s, frm, until = f"本{rk}自{d}起施行,有效期至{_date_cn(end, spaced)}。", start, end
        elif r < 0.80:
            s, frm, until = f"本{rk}自公布之日起实施,有效期{nt}年。", date, _add_years_minus_day(_no_leap_day(date), n)
        elif r < 0.88:
            s, frm, until = f"本{rk}自{d}起施行,试行期{_CN_YEARS[min(n, 3)]}年。", start, _add_years_minus_day(start, min(n, 3))
        else:
            s, frm, until = f"本{rk}自{d}起施行。", start, None
        doc.in_force = {"from": frm.isoformat(), "until": until.isoformat() if until else None, "evidence": s}
        return s

    def repeal_sentence(self, doc: _Doc, p: Punct, old: _Ref, mode: str) -> str:
        """「2017年7月19日原…印发的《X》(临政办发〔2017〕66号)同时废止。」 or by title alone."""
        rng = self.rng
        cue = rng.choice(REPEAL_CUES[:3])
        holder: list = []
        title_printed = _nest(old.rule or old.title)
        if mode == "title":
            row = {"by": doc.plan.number, "target_number": None, "target_title": title_printed, "evidence": None,
                   "cue": cue, "resolved_number": old.number}
            self.law(doc, title_printed, holder)
            s = f"《{title_printed}》{cue}。"
        else:
            if mode == "notice" or not old.rule:
                title_printed = _nest(old.title)
            num = _print_number(rng, old.code, old.year, old.seq,
                                self.number_style(), 0.05)
            row = {"by": doc.plan.number, "target_number": old.number, "target_title": title_printed,
                   "evidence": None, "cue": cue}
            self.cite(doc, old, holder, title_printed, "cites")
            when = rng.choice((f"{_date_cn(old.date)}印发的", f"{old.year}年印发的", "", "原"))
            who = rng.choice((f"{old.issuer}", "")) if when.endswith("印发的") else ""
            if who and rng.random() < 0.5:
                when = when[:-3] + "原" + who + "印发的"
            elif who:
                when = when[:-3] + who + "印发的"
            s = f"{when}《{title_printed}》{p.lp}{num}{p.rp}{cue}。"
        holder.append(row)
        doc.repeals.append(row)
        self.reg.repealed.add(old.number)
        return self.seal(holder, s)

    def repeal_target(self, doc: _Doc) -> _Ref | None:
        """An older rule of this jurisdiction (printed earlier or archived) not yet repealed."""
        rng, reg, jur = self.rng, self.reg, self.jur
        rules = reg.rules.get(jur.jid)
        if rules and rng.random() < 0.7:
            for _ in range(4):
                ref = rules[rng.randrange(len(rules))]
                if ref.number not in reg.repealed and ref.date < doc.plan.date and ref.number != doc.plan.number:
                    return ref
        ref = self.new_external(("archive", jur.jid), doc.plan.date)
        return None if ref.number in reg.repealed else ref

    def duty_row(self, doc: _Doc, task: str, lead: list[str], support: list[str], evidence: str) -> None:
        doc.duties.append({"by": doc.plan.number, "task": task, "lead": lead, "support": support, "evidence": evidence})

    def owners(self, doc: _Doc, k_lead: int, k_support: int) -> tuple[list[str], list[str]]:
        rng = self.rng
        lead = [self.jur.dept_short(_dept(doc.plan.topic[1]))]
        others = [n for n in _dept_shorts(self.jur.level) if n != lead[0]]
        picks = rng.sample(others, k_lead - 1 + k_support)
        return lead + picks[:k_lead - 1], picks[k_lead - 1:]

    def duty_paragraph(self, doc: _Doc, p: Punct, label: str, task: str, fmt: str, first: bool) -> str:
        """An item 「(二)完善财税政策。……(市财政局牵头,市水利局配合)」 and its duty row."""
        rng = self.rng
        body = "".join(rng.choices(self.filler_pool, k=rng.randint(1, 3)))
        lead, support = self.owners(doc, rng.choice((1, 1, 1, 2)), rng.randint(0, 4))
        generic = ""
        if support and rng.random() < 0.1:
            generic = "、" + GENERIC_OWNERS[0]
        L, S = "、".join(lead), "、".join(support)
        if fmt == "label":  # (牵头单位:A;责任单位:B、C)
            names = rng.choice((("牵头单位", "责任单位"), ("牵头部门", "配合部门"), ("牵头单位", "配合单位")))
            tag = f"{p.lp}{names[0]}{p.colon}{L}{p.semi}{names[1]}{p.colon}{S}{generic}{p.rp}" if support else \
                f"{p.lp}{names[0]}{p.colon}{L}{p.rp}"
        elif fmt == "verb":  # (市城市管理局牵头,市教育局、市水利局配合)
            tag = f"{p.lp}{L}牵头{p.comma}{S}{generic}配合{p.rp}" if support else f"{p.lp}{L}负责{p.rp}"
        elif fmt == "comma":  # 〔责任单位:A、B,C(逗号前为牵头单位,下同)〕
            inner = f"责任单位{p.colon}{L}" + (f",{S}{generic}" if support else "")
            tag = f"〔{inner}(逗号前为牵头单位,下同)〕" if first else f"{p.lp}{inner}{p.rp}"
        else:  # (A、B等按职责分工负责): every body leads
            lead, support = lead + support, []
            if rng.random() < 0.08:
                lead = [GENERIC_OWNERS[0]]
                tag = f"{p.lp}{lead[0]}负责{p.rp}"
            else:
                tag = f"{p.lp}{'、'.join(lead)}{rng.choice(('等按职责分工负责', '按职责分工负责'))}{p.rp}"
        para = f"{task}。{body}{tag}"
        self.duty_row(doc, task, lead, support, para)
        return f"{label}{para}"

    # ---- the document kinds ---------------------------------------------------------------
    def heading(self, issuer_prefix: str, rest: str) -> str:
        """The title as printed: issuer on its own line (临汾) or beside it, PDF wrap spaces inside."""
        rng = self.rng
        wrapped = rest
        for _ in range(rng.choice((0, 1, 1, 2))):
            if len(wrapped) > 8:
                cut = rng.randint(3, len(wrapped) - 3)
                if wrapped[cut - 1] != " " and wrapped[cut] != " ":
                    wrapped = wrapped[:cut] + " " + wrapped[cut:]
        if not issuer_prefix:
            return wrapped
        if self.jur.layout == "lin":
            return f"{issuer_prefix}\n\n{wrapped}"
        return f"{issuer_prefix} {wrapped}" if rng.random() < 0.85 else f"{issuer_prefix}{wrapped}"

    def start(self, plan: _Plan, rest: str, addressees: list[str], p: Punct) -> _Doc:
        """Heading, own number, addressees; ``rest`` is the title after the issuer names."""
        rng = self.rng
        prefix = "".join(plan.issuers)
        if plan.section == "dept" and rng.random() < 0.12:
            prefix = ""  # 临卫医函: heading without the issuer, name only in the signature
        title = prefix + rest
        heading = self.heading(prefix, rest)
        style = self.jur.number_style if rng.random() < 0.85 else self.number_style()
        printed = _print_number(rng, plan.code, plan.year, plan.n, style)
        doc = _Doc(plan, title, heading, printed, addressees)
        doc.paras.append(heading)
        doc.paras.append(printed)
        if addressees:
            doc.paras.append(p.comma.join(addressees) + p.colon)
        return doc

    def sign(self, doc: _Doc) -> None:
        rng, date = self.rng, doc.plan.date
        d = _date_cn(date)
        if self.jur.layout == "lv" and rng.random() < 0.5:
            doc.paras.append("> " + " ".join(doc.plan.issuers) + " " + d)
        elif rng.random() < 0.5:
            doc.paras.append("\n".join(doc.plan.issuers) + "\n" + d)
        else:
            doc.paras.extend(doc.plan.issuers)
            doc.paras.append(d)
        if self.jur.layout in ("lin", "lv") and rng.random() < 0.8:
            doc.paras.append("(此件公开发布)")

    def addressees(self, section: str) -> list[str]:
        rng, u = self.rng, self.jur.unit
        if self.jur.level == "province":
            return rng.choice((["各市(州)人民政府", "省政府各部门、各直属机构"], ["各市人民政府", "省政府各部门"]))
        if section == "dept":
            return rng.choice((["各区县相关部门", "市级有关单位"], ["各县(市、区)主管部门", "委直属各单位"]))
        return rng.choice((["各区县人民政府", f"{u}级有关部门"], ["各区县人民政府", "各园区管委会", f"{u}级有关部门(单位)"],
                           ["各县(市、区)人民政府", f"{u}直有关单位"]))

    def build(self, plan: _Plan) -> _Doc:
        p = FULL if self.rng.random() < 0.2 else HALF
        return getattr(self, "k_" + plan.kind)(plan, p)

    def k_issue(self, plan: _Plan, p: Punct) -> _Doc:
        """通知 issuing a rule (办法/细则/方案/预案/规划/…): covering letter, signature, the rule."""
        rng, jur = self.rng, self.jur
        revise = self.revision_target(plan)
        rule = _rule_title(rng, jur.name, plan.topic, plan.year)
        mode = rng.choice(("rule", "rule", "notice", "title"))
        if revise is not None and revise.rule and "年)" not in revise.rule and rng.random() < 0.7:
            rule = revise.rule  # re-issued under the same title, as 临汾's 网约车 办法
            if rng.random() < 0.2:
                rule += f"({plan.year}年修订)" if not rule.endswith(")") else "(修订)"
        if revise is not None and mode == "title" and rule == revise.rule:
            rule += "(修订)"  # a title-only repeal must not name the new rule itself
        rk = _rule_word(rule, plan.topic[2])
        in_guillemets = jur.layout != "lin" or rng.random() < 0.3
        rest = f"关于印发{'《' + rule + '》' if in_guillemets else rule}的通知"
        doc = self.start(plan, rest, self.addressees(plan.section), p)
        doc.attached.append(rule)
        header = self.labels[plan.section]
        cover = rng.choice((f"《{rule}》已经{jur.unit}政府同意,现印发给你们,请认真贯彻执行。",
                            f"现将《{rule}》印发给你们,请认真遵照执行。",
                            f"经{jur.unit}人民政府同意,现将《{rule}》印发给你们,请结合实际认真贯彻落实。"))
        repeal_in_cover = revise is not None and rng.random() < 0.5
        if repeal_in_cover:
            cover += self.repeal_sentence(doc, p, revise, mode)
        doc.paras.append(cover)
        self.sign(doc)
        doc.paras.append(rule)
        rest_repeal = (revise, mode) if (revise is not None and not repeal_in_cover) else None
        spaced = jur.layout == "lin" and rng.random() < 0.5
        form = plan.topic[2]
        budget = self.budget()
        if form in ("办法", "细则", "规定"):
            self.articles(doc, p, rk, budget, header, rest_repeal, spaced)
        elif form == "预案":
            self.emergency_plan(doc, p, rk, budget, header, rest_repeal, spaced)
        else:
            self.sections(doc, p, rk, budget, header, rest_repeal, spaced)
        return doc

    def revision_target(self, plan: _Plan) -> _Ref | None:
        """The older rule on the same topic that a new rule replaces (printed earlier, else archived)."""
        rng, reg = self.rng, self.reg
        if rng.random() >= 0.22:
            return None
        pool = reg.by_topic.get((self.jur.jid, plan.topic[0]))
        if pool:
            for _ in range(3):
                ref = pool[rng.randrange(len(pool))]
                if ref.number not in reg.repealed and ref.date < plan.date:
                    return ref
        ref = self.new_external(("archive", self.jur.jid), plan.date, plan.topic)
        return None if ref.number in reg.repealed else ref

    def articles(self, doc: _Doc, p: Punct, rk: str, budget: int, header: str, old: tuple | None, spaced: bool) -> None:
        rng = self.rng
        n = 1
        purpose = f"为{rng.choice(FILLER_VERBS)}{doc.plan.topic[0]}工作,{rng.choice(FILLER_VERBS)}{rng.choice(FILLER_OBJECTS)}"
        s = self.basis_sentence(doc, p, purpose, f"结合{'本省' if self.jur.level == 'province' else '我市'}实际,制定本{rk}。")
        chapters = rng.random() < 0.4
        if chapters:
            doc.paras.append("第一章 总 则" if rng.random() < 0.5 else "第一章 总则")
        doc.paras.append(f"第{_cn(n)}条 {s}")
        n += 1
        n_articles = max(3, budget // 160)
        duty_at = set(rng.sample(range(n, n + n_articles), min(n_articles, rng.randint(0, 3))))
        chapter_at = {n + n_articles // 3: "第二章 职责分工", n + 2 * n_articles // 3: "第三章 监督管理"} if chapters else {}
        for i in range(n_articles):
            if n in chapter_at:
                doc.paras.append(chapter_at[n])
            if n in duty_at:
                lead, support = self.owners(doc, 1, rng.choice((0, 0, 1)))
                task = f"{rng.choice(FILLER_VERBS)}{doc.plan.topic[0]}{rng.choice(FILLER_OBJECTS)}工作"
                if support:
                    s = f"{lead[0]}会同{support[0]}负责{task}。"
                else:
                    s = f"{lead[0]}负责{task}。"
                self.duty_row(doc, task, lead, support, s)
                doc.paras.append(f"第{_cn(n)}条 {s}")
            else:
                chunk = "".join(rng.choices(self.filler_pool, k=rng.randint(1, 4)))
                if rng.random() < 0.04:
                    cut = rng.randint(5, len(chunk) - 5)
                    chunk = chunk[:cut] + "\n\n" + header + "\n\n" + chunk[cut:]
                doc.paras.append(f"第{_cn(n)}条 {chunk}")
            n += 1
        if chapters:
            doc.paras.append(rng.choice(("第四章 附 则", "第四章 附则")))
        last = self.validity(doc, rk, spaced)
        rep = self.repeal_sentence(doc, p, *old) if old else ""
        if last or rep:
            doc.paras.append(f"第{_cn(n)}条 {last or ''}{rep}")

    def sections(self, doc: _Doc, p: Punct, rk: str, budget: int, header: str, old: tuple | None, spaced: bool) -> None:
        """方案/计划/措施/意见: 一、… with duty-tagged items."""
        rng = self.rng
        purpose = f"为{rng.choice(FILLER_LEADS)}{rng.choice(FILLER_VERBS)}{doc.plan.topic[0]}工作"
        doc.paras.append(self.basis_sentence(doc, p, purpose, f"结合实际,制定本{rk}。"))
        if rng.random() < 0.3:  # a background citation mid-text: 「2023年,印发实施《…》(…),…」
            holder: list = []
            ref = self.target(doc.plan.date, ("own", "own", "up"))
            txt, t = self.printed_ref(ref, p, self.number_style())
            if ref.number != doc.plan.number and ref.number not in doc.citations:
                self.cite(doc, ref, holder, t, "cites")
                doc.paras.append(self.seal(holder, f"{ref.year}年,{rng.choice(('印发实施', '出台', '制定'))}{txt}"
                                                   f"{p.comma}{rng.choice(FILLER_TAILS)}。"))
        doc.paras.append("一、总体要求")
        self.filler(doc, budget // 3, header)
        doc.paras.append("二、主要任务")
        fmt = rng.choice(("label", "verb", "comma", "share"))
        tasks = rng.sample(DUTY_TASKS, rng.randint(2, 6))
        for i, task in enumerate(tasks):
            doc.paras.append(self.duty_paragraph(doc, p, f"({_cn(i + 1)})", task, fmt, i == 0))
        doc.paras.append("三、保障措施")
        self.filler(doc, budget // 3, header)
        last = self.validity(doc, rk, spaced) if rng.random() < 0.6 else None
        rep = self.repeal_sentence(doc, p, *old) if old else ""
        if last or rep:
            if rng.random() < 0.4:
                doc.paras.append("四、文件有效期" if last else "四、其他事项")
            doc.paras.append((last or "") + rep)

    def emergency_plan(self, doc: _Doc, p: Punct, rk: str, budget: int, header: str, old: tuple | None,
                       spaced: bool) -> None:
        """预案: 1 总则 / 1.2 编制依据 (one citation per line) / 2 组织指挥体系 with member duties / 8 附则."""
        rng = self.rng
        doc.paras.append("1 总则")
        doc.paras.append("1.1 编制目的")
        self.filler(doc, budget // 4, header)
        doc.paras.append("1.2 编制依据")
        for law in self.laws_for() or [rng.choice(LAWS)]:
            holder: list = []
            self.law(doc, law, holder)
            doc.paras.append(self.seal(holder, f"《{law}》"))
        style = self.number_style()
        for _ in range(rng.randint(1, 4)):
            holder = []
            ref = self.target(doc.plan.date, ("up", "national", "own"))
            txt, t = self.printed_ref(ref, p, style)
            if t is None or ref.number == doc.plan.number or ref.number in doc.citations:
                continue
            self.cite(doc, ref, holder, t, "based_on")
            if rng.random() < 0.08:  # a running header splitting a citation line, as in the 泸州 seed
                cut = rng.randint(3, len(t) - 2)
                txt = txt[:cut] + "\n\n" + header + "\n\n" + txt[cut:]
            doc.paras.append(self.seal(holder, txt))
        doc.paras.append("其他相关法律法规和政策规定。")
        doc.paras.append("2 组织指挥体系")
        doc.paras.append("2.1 成员单位职责")
        depts = rng.sample(DEPARTMENTS, rng.randint(3, 9))
        for i, dept in enumerate(depts):
            name = self.jur.dept_short(dept)
            task = rng.choice(MEMBER_DUTIES)
            s = f"{name}{p.colon}{task}。"
            self.duty_row(doc, task, [name], [], s)
            doc.paras.append(f"({i + 1}){s}")
        doc.paras.append("3 监测预警")
        self.filler(doc, budget // 2, header)
        doc.paras.append("8 附则")
        last = self.validity(doc, rk, spaced)
        rep = self.repeal_sentence(doc, p, *old) if old else ""
        if last or rep:
            doc.paras.append((last or "") + rep)

    def k_forward(self, plan: _Plan, p: Punct) -> _Doc:
        """转发: 「…办公室转发市发展改革委《关于恢复和扩大消费的若干措施》的通知」."""
        rng, jur = self.rng, self.jur
        dept = _dept(plan.topic[1])
        short = jur.dept_short(dept)
        rule = f"关于{rng.choice(('进一步做好', '加快推进', '切实加强'))}{plan.topic[0]}工作的若干措施"
        doc = self.start(plan, f"转发{short}《{rule}》的通知", self.addressees(plan.section), p)
        doc.attached.append(rule)
        doc.paras.append(f"{short}《{rule}》已经{jur.unit}政府同意,现转发给你们,请认真贯彻执行。")
        self.sign(doc)
        doc.paras.append(rule)
        self.sections(doc, p, "措施", self.budget(), self.labels[plan.section], None, False)
        return doc

    def k_reply(self, plan: _Plan, p: Punct) -> _Doc:
        """批复 answering a 请示 with its number: 「你县《关于…的请示》(叙府〔2024〕62号)收悉。」"""
        rng, jur = self.rng, self.jur
        sub, req_code = rng.choice(jur.subordinates)
        matter = rng.choice(REPLY_MATTERS).format(c=sub, p=rng.choice(PLACE_NAMES))
        req_title = f"关于{matter}的请示"
        rest = f"关于{rng.choice(('同意', ''))}{matter}的批复"
        doc = self.start(plan, rest, [f"{sub}人民政府"], p)
        doc.kind = "批复"
        req_date = plan.date - dt.timedelta(days=rng.randint(5, 60))
        req_year = req_date.year
        n = self.reg.alloc(req_code, sub + "人民政府", req_year, rng)
        ref = _Ref(canonical_number(req_code, req_year, n), req_title, None, sub + "人民政府", req_date, "county",
                   jur.jid, req_code, req_year)
        self.reg.external.append(ref)
        holder: list = []
        num = _print_number(rng, req_code, req_year, n, self.number_style(), 0.03)
        self.cite(doc, ref, holder, req_title, "replies_to")
        you = "你市" if jur.level == "province" else ("你区" if sub.endswith("区") else "你县")
        if rng.random() < 0.4:
            law = rng.choice(("地名管理条例", "中华人民共和国城乡规划法", "中华人民共和国土地管理法"))
            self.law(doc, law, holder)
            s = f"{you}《{req_title}》{p.lp}{num}{p.rp}收悉。根据《{law}》有关规定,现批复如下。"
        else:
            s = f"{you}《{req_title}》{p.lp}{num}{p.rp}收悉。经研究,现批复如下。"
        doc.paras.append(self.seal(holder, s))
        doc.paras.append(f"一、同意{matter}。")
        self.filler(doc, self.budget() // 3, self.labels[plan.section])
        self.sign(doc)
        return doc

    def k_order(self, plan: _Plan, p: Punct) -> _Doc:
        """命令 with an explicit end: 「本命令自2024年1月1日起施行,至2024年5月31日止。」"""
        rng, jur = self.rng, self.jur
        y = plan.date.year
        doc = self.start(plan, f"关于{y}年森林防灭火期间全面禁止野外用火的命令", [], p)
        doc.kind = "命令"
        purpose = f"为切实做好{y}年森林草原防灭火工作"
        doc.paras.append(self.basis_sentence(doc, p, purpose, f"{jur.unit}人民政府决定:", (0, 1)))
        self.filler(doc, self.budget() // 2, self.labels[plan.section])
        start = _no_leap_day(plan.date + dt.timedelta(days=rng.randint(0, 10)))
        end = dt.date(start.year if start.month < 5 else start.year + 1, 5, 31)
        s = f"本命令自{_date_cn(start)}起施行,至{_date_cn(end)}止。"
        doc.in_force = {"from": start.isoformat(), "until": end.isoformat(), "evidence": s}
        doc.paras.append(s)
        self.sign(doc)
        return doc

    def k_announce(self, plan: _Plan, p: Punct) -> _Doc:
        """通告: 依据《…法》, items, validity, sometimes the repeal of an earlier 通告."""
        rng, jur = self.rng, self.jur
        subject = rng.choice(("划定高排放非道路移动机械禁止使用区", "主城区重污染天气实施临时交通管理措施",
                              "禁止露天焚烧秸秆区域", f"加强{plan.topic[0]}管理", "城区燃放烟花爆竹管理"))
        doc = self.start(plan, f"关于{subject}的通告", [], p)
        doc.kind = "通告"
        purpose = f"为{rng.choice(FILLER_VERBS)}{plan.topic[0]}工作"
        doc.paras.append(self.basis_sentence(doc, p, purpose, "现将有关事项通告如下:", (0, 2)))
        header = self.labels[plan.section]
        for i in range(rng.randint(2, 4)):
            doc.paras.append(f"{_cn(i + 1)}、" + "".join(rng.choices(self.filler_pool, k=rng.randint(1, 3))))
        self.filler(doc, self.budget() // 2, header)
        last = self.validity(doc, "通告", jur.layout == "lin" and rng.random() < 0.5)
        old = self.repeal_target(doc) if rng.random() < 0.2 else None
        rep = self.repeal_sentence(doc, p, old, rng.choice(("notice", "title"))) if old else ""
        if last or rep:
            doc.paras.append(f"{_cn(rng.randint(5, 8))}、{last or ''}{rep}")
        self.sign(doc)
        return doc

    def k_opinion(self, plan: _Plan, p: Punct) -> _Doc:
        """意见 issued directly: sections with duties, 「六、文件有效期 本意见自…起施行,有效期5年。」"""
        rng = self.rng
        doc = self.start(plan, f"关于{rng.choice(('加快推进', '进一步加强', '推动'))}{plan.topic[0]}的实施意见",
                         self.addressees(plan.section), p)
        doc.kind = "意见"
        self.sections(doc, p, "意见", self.budget(), self.labels[plan.section], None, False)
        self.sign(doc)
        return doc

    def k_bulletin(self, plan: _Plan, p: Punct) -> _Doc:
        """通报, sometimes reporting a clean-up of documents (not a repeal: 「确定废止、失效73件」)."""
        rng = self.rng
        q, y = (plan.date.month - 1) // 3, plan.date.year  # the quarter just ended
        if q == 0:
            q, y = 4, y - 1
        subject = rng.choice(("政府网站和政府系统政务新媒体检查情况", f"{plan.topic[0]}工作督查情况",
                              f"{plan.topic[0]}工作考核结果"))
        doc = self.start(plan, f"关于{y}年第{_cn(q)}季度{subject}的通报",
                         self.addressees(plan.section), p)
        doc.kind = "通报"
        self.filler(doc, self.budget(), self.labels[plan.section])
        if rng.random() < 0.3:
            doc.paras.append(f"全年共清理规范性文件{rng.randint(80, 400)}件,确定废止、失效{rng.randint(5, 80)}件。")
        self.sign(doc)
        return doc

    def k_work(self, plan: _Plan, p: Punct) -> _Doc:
        """一般通知: 「关于做好2024年度…工作的通知」, items with duties, a conflict clause decoy."""
        rng = self.rng
        doc = self.start(plan, f"关于做好{plan.date.year}年度{plan.topic[0]}工作的通知", self.addressees(plan.section), p)
        purpose = f"为{rng.choice(('贯彻落实', '深入贯彻'))}国家和省有关决策部署"
        doc.paras.append(self.basis_sentence(doc, p, purpose, "现就有关事项通知如下:", (1, 2)))
        fmt = rng.choice(("label", "verb", "comma", "share"))
        if rng.random() < 0.6:
            for i, task in enumerate(rng.sample(DUTY_TASKS, rng.randint(1, 4))):
                doc.paras.append(self.duty_paragraph(doc, p, f"{_cn(i + 1)}、", task, fmt, i == 0))
        self.filler(doc, self.budget(), self.labels[plan.section])
        if rng.random() < 0.35:
            v = self.validity(doc, "通知", False, allow_none=False)
            if rng.random() < 0.5:
                v += "此前规定与本通知不一致的,以本通知为准。"
            doc.paras.append(v)
        self.sign(doc)
        return doc

    def k_price(self, plan: _Plan, p: Punct) -> _Doc:
        """医保 price notice: cites the provincial document, conflict clause, tab-separated price table."""
        rng = self.rng
        doc = self.start(plan, rng.choice((f"关于调整{'我市' if self.jur.level == 'city' else '我省'}部分医疗服务项目价格的通知",
                                           "关于公布中医熏洗等医疗服务项目价格的通知")), self.addressees(plan.section), p)
        purpose = "为进一步理顺医疗服务价格比价关系"
        doc.paras.append(self.basis_sentence(doc, p, purpose, "现将有关事项通知如下。", (1, 2)))
        self.filler(doc, self.budget() // 2, self.labels[plan.section])
        v = self.validity(doc, "通知", False, allow_none=False)
        doc.paras.append(v + rng.choice(("此前价格政策与本通知不一致的,以本通知为准。", "")))
        self.sign(doc)
        doc.paras.append("附件")
        doc.paras.append("医疗服务项目价格表")
        rows = ["序号\t编码\t项目名称\t计价单位\t价格(元)"]
        for i in range(rng.randint(3, 30)):
            rows.append(f"{i + 1}\t{rng.randint(110000000, 480000000)}\t{rng.choice(FILLER_OBJECTS)}"
                        f"{rng.choice(('检测', '治疗', '评估'))}\t次\t{rng.randint(5, 900)}")
        doc.paras.append("\n".join(rows))
        return doc

    def k_decide(self, plan: _Plan, p: Punct) -> _Doc:
        """决定 repealing a list of documents: 「1.《…》(泸市府发〔2016〕12号)」, one repeal per line."""
        rng, reg, jur = self.rng, self.reg, self.jur
        doc = self.start(plan, "关于废止和宣布失效部分规范性文件的决定", self.addressees(plan.section), p)
        doc.kind = "决定"
        doc.paras.append(f"经{jur.unit}人民政府同意,决定对下列规范性文件予以废止或者宣布失效。")
        style = self.number_style()
        for label, cue in (("一、决定废止的规范性文件", "废止"), ("二、决定宣布失效的规范性文件", "宣布失效")):
            doc.paras.append(label)
            k = 0
            for _ in range(rng.randint(1, 5)):
                old = None
                pool = reg.printed.get(jur.jid)
                if pool and rng.random() < 0.7:
                    cand = pool[rng.randrange(len(pool))]
                    if cand.number not in reg.repealed and cand.date < plan.date:
                        old = cand
                if old is None:
                    old = self.new_external(("archive", jur.jid), plan.date)
                if old.number in reg.repealed or old.number in doc.citations:
                    continue
                reg.repealed.add(old.number)
                holder: list = []
                t = _nest(old.title)
                num = _print_number(rng, old.code, old.year, old.seq, style, 0.03)
                self.cite(doc, old, holder, t, "cites")
                row = {"by": plan.number, "target_number": old.number, "target_title": t, "evidence": None, "cue": cue}
                holder.append(row)
                doc.repeals.append(row)
                k += 1
                doc.paras.append(f"{k}." + self.seal(holder, f"《{t}》{p.lp}{num}{p.rp}"))
        self.sign(doc)
        return doc


@lru_cache(maxsize=None)
def _dept_shorts(level: str) -> tuple[str, ...]:
    """Department names as printed in duty lists (市发展改革委 …), per level."""
    return tuple(d[4] if level == "province" else d[2] for d in DEPARTMENTS)


@lru_cache(maxsize=None)
def _dept(key: str) -> tuple:
    for d in DEPARTMENTS:
        if d[0] == key:
            return d
    raise CorpusError(f"unknown department {key}")


def _rule_title(rng: random.Random, scope: str, topic: tuple[str, str, str], year: int) -> str:
    suffix, _ = rng.choice(RULE_SUFFIXES[topic[2]])
    subject = topic[0]
    if subject.endswith("管理") and suffix.startswith("管理"):  # 地名管理 + 管理办法
        subject = subject[:-2]
    return scope + subject + suffix.format(a=year, b=year + 2, c=year + 4 if year < 2021 else 2035)


def _rule_word(rule: str, form: str) -> str:
    for suffix, word in RULE_SUFFIXES[form]:
        if suffix.split("(")[0] in rule:
            return word
    return RULE_SUFFIXES[form][0][1]


# --------------------------------------------------------------------------------------------
# One gazette
# --------------------------------------------------------------------------------------------

# document kinds by section: (builder, weight)
KINDS_BY_SECTION = {
    "gov": (("issue", 30), ("reply", 25), ("announce", 12), ("opinion", 13), ("order", 5), ("decide", 4)),
    "office": (("issue", 58), ("forward", 7), ("bulletin", 10), ("work", 25)),
    "dept": (("issue", 45), ("price", 12), ("work", 43)),
}


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]


def _plan_docs(rng: random.Random, jur: Jurisdiction, reg: _Registry, year: int, month: int) -> list[_Plan]:
    low, high, mode = DOCS_PER_GAZETTE
    n_docs = round(rng.triangular(low, high, mode))
    plans = []
    issuing = [d for d in DEPARTMENTS if d[5]]
    decided = False
    seen: set[tuple] = set()  # (kind, topic, section): no two near-identical titles in one issue
    for _ in range(n_docs):
        section = rng.choices(("gov", "office", "dept"), weights=(25, 45, 30))[0]
        kind = _weighted(rng, KINDS_BY_SECTION[section])
        if kind == "decide":
            if decided:
                kind = "reply"
            decided = True
        date = dt.date(year, month, rng.randint(1, 28))
        topic = rng.choice(TOPICS)
        for _ in range(5):
            if (kind, topic[0], section) not in seen:
                break
            topic = rng.choice(TOPICS)
        seen.add((kind, topic[0], section))
        depts: list[tuple] = []
        if section == "gov":
            code = jur.gov_code({"issue": rng.choice("发规"), "reply": "函", "announce": "告", "opinion": "发",
                                 "order": "发", "decide": rng.choice("发规")}[kind])
            issuers = [jur.gov]
        elif section == "office":
            code = jur.office_code({"issue": rng.choice("发发规函"), "forward": "发", "bulletin": "室",
                                    "work": rng.choice("函发")}[kind])
            issuers = [jur.office]
        else:
            if kind == "price":
                dept = _dept("医保")
                topic = next(t for t in TOPICS if t[0] == "医疗服务项目价格")
            else:
                dept = _dept(topic[1]) if _dept(topic[1])[5] else rng.choice(issuing)
            depts = [dept]
            if rng.random() < 0.08:
                depts.append(rng.choice([d for d in issuing if d is not dept]))
            code = jur.dept_code(rng.choice(dept[5]))
            issuers = [jur.dept_name(d) for d in depts]
        plans.append(_Plan(section, kind, date, issuers, code, depts, topic))
    plans.sort(key=lambda pl: pl.date)
    for pl in plans:
        pl.year = pl.date.year
        pl.n = reg.alloc(pl.code, pl.issuers[0], pl.year, rng, 1 + NUMBERS_PER_MONTH * (pl.date.month - 1))
        pl.number = canonical_number(pl.code, pl.year, pl.n)
    order = {"gov": 0, "office": 1, "dept": 2}
    plans.sort(key=lambda pl: (order[pl.section], "函" in pl.code, pl.code, pl.n))
    return plans


def _cover(jur: Jurisdiction, year: int, month: int, serial: int) -> str:
    title = jur.name + "人民政府公报"
    office = jur.office
    if jur.layout == "lu":
        return (f"\n\n\n\n{title}\n\nRENMIN ZHENGFU GONGBAO\n\n{year}.{month:02d}\n\n(总第{serial}期)\n\n"
                f"{jur.gov} 公报\n\n(月刊)\n{year}年 第{month}期\n(总第{serial}期)\n\n编印单位\n\n{office}\n\n"
                f"传达政令 公开政务\n指导工作 服务社会\n\n目录\n\n")
    if jur.layout == "lin":
        return (f"\n\n\n\n{title}\n\nRENMIN ZHENGFU GONGBAO\n\n{year} 第 {month} 期\n\n(总第 {serial:03d} 期)\n\n"
                f"{title}\n\n{year} 年第 {month} 期(总第 {serial:03d} 期)\n\n{office} 主管主办\n\n"
                f"{year} 年 {month} 月 28 日出版(月刊)\n\n目 录\n\n")
    return (f"\n\n{title}\n\nRENMIN ZHENGFU GONGBAO\n\n{year} • {month}\n\n{office}\n\n\n\n{title}\n\n{office}\n\n"
            f"{year}年{month}月28日 总第{serial}号\n\n目 录\n\n")


def _toc(jur: Jurisdiction, docs: list[_Doc], pages: list[int], rng: random.Random) -> str:
    labels = jur.section_labels()
    out, section = [], None
    for doc, page in zip(docs, pages):
        if doc.plan.section != section:
            section = doc.plan.section
            label = labels[section]
            if label == "部门文件" and rng.random() < 0.3:
                label = "部 门 文 件"
            out.append(f"{label}\n")
        num = _print_number(rng, doc.plan.code, doc.plan.year, doc.plan.n,
                            "square_spaced" if jur.layout == "lin" else "square")
        if jur.layout == "lu":
            t = doc.title
            if len(t) > 34:
                t = t[:34] + "\n" + t[34:]
            out.append(f"- {t}\n({num}) ({page})\n")
        elif jur.layout == "lin":
            out.append(f"- {doc.title}\n({num}) ({page})\n")
        else:
            out.append(f"{doc.title.removeprefix(''.join(doc.plan.issuers))}{page}\n")
    return "\n".join(out)


def _back_cover(jur: Jurisdiction, year: int, month: int) -> str:
    return (f"编印单位：{jur.office}\n地 址：{jur.name}人民路1号\n邮政编码：{646000 + jur.jid}\n\n"
            f"印刷时间：{year}年{month}月28日\n")


def _gazette(rng: random.Random, jur: Jurisdiction, province: Jurisdiction | None, reg: _Registry,
             filler: tuple[str, ...], year: int, month: int, serial: int, start: dt.date,
             source: str) -> tuple[str, dict]:
    builder = _Builder(rng, jur, reg, province, filler, start)
    plans = _plan_docs(rng, jur, reg, year, month)
    docs = [builder.build(plan) for plan in plans]
    texts = ["\n\n".join(doc.paras) for doc in docs]
    pages, page = [], 1 + (1 if jur.layout == "lin" else 0)
    for t in texts:
        pages.append(page)
        page += max(1, math.ceil(len(t) / CHARS_PER_PAGE))
    head = _cover(jur, year, month, serial) + _toc(jur, docs, pages, rng) + "\n"
    pieces, offsets, pos = [head], [], len(head)
    for t in texts:
        pieces.append(t)
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 2
        pieces.append("\n\n")
    pieces.append(_back_cover(jur, year, month))
    text = "".join(pieces)

    record: dict[str, Any] = {
        "source": source,
        "gazette": {"title": jur.name + "人民政府公报", "issue": f"{year}年第{month}期", "serial": serial,
                    "jurisdiction": jur.name},
        "documents": [], "repeals": [], "citations": [], "law_citations": [], "duties": [],
    }
    for doc, (a, b) in zip(docs, offsets):
        record["documents"].append({
            "doc_number": doc.plan.number, "title": doc.title, "issuers": list(doc.plan.issuers),
            "date": doc.plan.date.isoformat(), "kind": doc.kind, "issues_attached": list(doc.attached),
            "in_force": _with_span(text, doc.in_force, a, b) if doc.in_force else None,
            "span": [a, b], "addressees": doc.addressees, "number_as_printed": doc.number_printed,
        })
        for key, rows in (("repeals", doc.repeals), ("citations", list(doc.citations.values())),
                          ("law_citations", list(doc.law_citations.values())), ("duties", doc.duties)):
            for row in rows:
                record[key].append(_with_span(text, row, a, b))
        reg.add_printed(_Ref(doc.plan.number, doc.title, doc.attached[0] if doc.attached else None,
                             doc.plan.issuers[0], doc.plan.date, jur.level, jur.jid, doc.plan.code, doc.plan.year,
                             doc.plan.topic[0]))
    return text, record


def _with_span(text: str, row: dict, a: int, b: int) -> dict:
    ev = row["evidence"]
    at = text.find(ev, a, b)
    if at < 0:
        raise CorpusError(f"evidence not in its document: {ev[:60]!r}")
    out = dict(row)
    out["span"] = [at, at + len(ev)]
    return out


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Manifest:
    """What ``generate`` wrote: the files, where the truth is, and how much of everything."""

    out_dir: Path
    seed: int
    files: tuple[str, ...]
    counts: dict[str, int]
    total_bytes: int

    @property
    def records_path(self) -> Path:
        return self.out_dir / "manifest.jsonl"

    @property
    def summary_path(self) -> Path:
        return self.out_dir / "manifest.json"

    def records(self) -> Iterator[dict]:
        """The ground-truth extraction records, one per gazette, in file order (read lazily)."""
        with self.records_path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def _jurisdiction_capacity() -> int:
    """How many distinct jurisdictions the tables can supply (provinces, real and invented cities)."""
    used = {p[1] for p in PROVINCES} | {a for p in PROVINCES for _, a in p[3]} | {"国", "中"}
    invented = [c for c in dict.fromkeys(INVENTED_CITY_FIRST) if c not in used]
    return len(PROVINCES) + sum(len(p[3]) for p in PROVINCES) + len(invented)


def _jurisdictions(rng: random.Random, count: int) -> tuple[list[Jurisdiction], dict[int, int]]:
    """``count`` jurisdictions grouped by province — city, the province itself, more cities — and the
    province jid of each city (when the province publishes in the corpus too)."""
    used = {p[1] for p in PROVINCES} | {"国", "中"}
    provinces = list(PROVINCES)
    rng.shuffle(provinces)
    out: list[Jurisdiction] = []
    parent: dict[int, int] = {}
    for _, _, _, cities in PROVINCES:
        used.update(a for _, a in cities)
    invented = [c for c in dict.fromkeys(INVENTED_CITY_FIRST) if c not in used]
    rng.shuffle(invented)
    pools = {p[0]: [c for c in p[3]] for p in provinces}
    for pool in pools.values():
        rng.shuffle(pool)
    layouts = ["lu", "lin", "lv"]  # the three seeds' layouts, taken in turn so a small corpus has them all
    rng.shuffle(layouts)
    rounds = 0
    while len(out) < count:
        for prov in provinces:
            if len(out) >= count:
                break
            pool = pools[prov[0]]
            take = rng.randint(2, 5)
            members: list[tuple[str, str]] = []
            for _ in range(take):
                if pool:
                    members.append(pool.pop())
                elif invented:
                    a = invented.pop()
                    members.append((a + rng.choice(INVENTED_CITY_SECOND) + "市", a))
            if rounds == 0 and rng.random() < 0.3:  # some invented cities early, not only when real ones run out
                if invented:
                    a = invented.pop()
                    members.append((a + rng.choice(INVENTED_CITY_SECOND) + "市", a))
            if not members:
                continue
            group: list[tuple[str, str, str]] = [("city", *members[0])]
            if rounds == 0:
                group.append(("province", prov[0], prov[1]))
            group += [("city", *m) for m in members[1:]]
            prov_jid = None
            for level, name, abbrev in group:
                if len(out) >= count:
                    break
                jid = len(out)
                style = prov[2]
                layout = layouts[jid % len(layouts)]
                nstyle = {"lu": rng.choice(("hex", "hex", "square")), "lin": rng.choice(("hex", "hex_spaced")),
                          "lv": rng.choice(("square_spaced", "hex"))}[layout]
                if level == "province":
                    prov_jid = jid
                    # a city's 请示 to its province: 泸市府〔2024〕12号, 临政〔2023〕5号
                    subs = tuple((c, a + ("市府" if style == "府" else "政")) for c, a in prov[3][:6])
                else:
                    firsts = rng.sample(COUNTY_FIRST, rng.randint(3, 7))
                    subs = tuple((f + rng.choice(COUNTY_SECOND) + rng.choice("区县"), abbrev + f + "府") for f in firsts)
                out.append(Jurisdiction(jid, name, level, abbrev, prov[0], prov[1], style, layout, subs, nstyle))
            for j in out:
                if j.level == "city" and j.province == prov[0] and prov_jid is not None:
                    parent[j.jid] = prov_jid
        rounds += 1
        if rounds > 200:
            raise CorpusError(f"not enough jurisdictions for {count} runs")
    return out, parent


def generate(n_gazettes: int, seed: int = 0, out_dir: Path | str = Path("corpus")) -> Manifest:
    """Write ``n_gazettes`` gazettes and their ground truth into ``out_dir``; same inputs, same bytes.

    >>> import tempfile
    >>> m = generate(2, seed=1, out_dir=tempfile.mkdtemp())
    >>> len(m.files), m.counts["documents"] > 20
    (2, True)
    """
    if n_gazettes < 1:
        raise CorpusError("n_gazettes must be at least 1")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    filler = _filler_pool(seed)

    # runs of consecutive monthly issues, one run per jurisdiction; longer runs when a big corpus
    # would need more jurisdictions than the tables hold
    lo, hi = ISSUES_PER_RUN
    capacity = _jurisdiction_capacity()
    if n_gazettes > capacity * MONTHS:
        raise CorpusError(f"at most {capacity * MONTHS} gazettes ({capacity} jurisdictions × {MONTHS} months)")
    if 2 * n_gazettes / (lo + hi) > 0.8 * capacity:
        mean = n_gazettes / (0.8 * capacity)
        lo, hi = max(lo, int(mean / 2)), min(MONTHS, math.ceil(mean * 1.5))
        # runs as long as the months allow: the mean still ``mean`` where it can be, else every run
        # as long as can be (20,000 gazettes: 152 runs of 132 issues, for 181 jurisdictions)
        lo = min(MONTHS, max(lo, int(2 * mean - hi)))
    runs, left = [], n_gazettes
    while left > 0:
        r = min(left, rng.randint(lo, hi))
        runs.append(r)
        left -= r
    jurs, parent = _jurisdictions(rng, len(runs))
    schedule = []  # (month index, jid, issue index in run)
    starts: dict[int, tuple[int, int]] = {}
    for jur, r in zip(jurs, runs):
        start = rng.randint(0, MONTHS - r)
        starts[jur.jid] = (start, rng.randint(1, 80))
        schedule.extend((start + i, jur.jid, i) for i in range(r))
    schedule.sort()

    reg = _Registry()
    counts = {k: 0 for k in ("gazettes", "documents", "citations", "law_citations", "repeals", "duties",
                             "in_force", "issues_attached", "triples_estimate")}
    files: list[str] = []
    total = 0
    with (out / "manifest.jsonl").open("w", encoding="utf-8", newline="\n") as truth:
        for seq, (mi, jid, i) in enumerate(schedule):
            jur = jurs[jid]
            year, month = FIRST_YEAR + mi // 12, mi % 12 + 1
            first = starts[jid][0]
            start = dt.date(FIRST_YEAR + first // 12, first % 12 + 1, 1)
            source = f"{seq:05d}_j{jid:03d}_{year}{month:02d}.txt"
            province = jurs[parent[jid]] if jid in parent else None
            g_rng = random.Random(rng.getrandbits(64))
            text, record = _gazette(g_rng, jur, province, reg, filler, year, month, starts[jid][1] + i, start, source)
            data = text.encode("utf-8")
            (out / source).write_bytes(data)
            truth.write(json.dumps(record, ensure_ascii=False) + "\n")
            files.append(source)
            total += len(data)
            _count(counts, record)

    summary = {
        "generator": "benchmarks/corpus.py", "seed": seed, "n_gazettes": n_gazettes, "files": files,
        "counts": counts, "total_bytes": total,
        "jurisdictions": [{"jid": j.jid, "name": j.name, "level": j.level, "abbrev": j.abbrev,
                           "province": j.province, "style": j.style, "layout": j.layout} for j in jurs],
        "external": [{"doc_number": r.number, "title": r.title, "issues_attached": [r.rule] if r.rule else [],
                      "issuer": r.issuer, "date": r.date.isoformat(), "level": r.level} for r in reg.external],
    }
    (out / "manifest.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return Manifest(out, seed, tuple(files), counts, total)


def _count(counts: dict[str, int], record: dict) -> None:
    counts["gazettes"] += 1
    for key in ("documents", "citations", "law_citations", "repeals", "duties"):
        counts[key] += len(record[key])
    triples = 0
    for doc in record["documents"]:
        # type, number, title, date, kind, in-gazette, issuers, attached rules, in-force bounds
        triples += 6 + len(doc["issuers"]) + len(doc["issues_attached"])
        counts["issues_attached"] += len(doc["issues_attached"])
        if doc["in_force"]:
            counts["in_force"] += 1
            triples += 1 + (doc["in_force"]["until"] is not None)
    triples += len(record["citations"]) + len(record["law_citations"]) + len(record["repeals"])
    for duty in record["duties"]:
        triples += 2 + len(duty["lead"]) + len(duty["support"])
    counts["triples_estimate"] += triples


def main(argv: list[str] | None = None) -> int:
    """``python benchmarks/corpus.py N OUT_DIR [--seed S]``: the CLI over ``generate``."""
    parser = argparse.ArgumentParser(description="Write N synthetic gazettes and their ground truth (manifest.jsonl).")
    parser.add_argument("n", type=int, help="number of gazettes")
    parser.add_argument("out_dir", type=Path, help="directory to write the gazettes and manifest into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same N and seed give the same bytes)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        m = generate(args.n, seed=args.seed, out_dir=args.out_dir)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    took = time.perf_counter() - started
    c = m.counts
    print(f"{c['gazettes']} gazettes, {c['documents']} documents, {m.total_bytes / 1e6:.1f} MB in {took:.1f}s → {m.out_dir}")
    print("  " + ", ".join(f"{k} {v}" for k, v in c.items() if k not in ("gazettes", "documents")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
