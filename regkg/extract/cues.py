"""The phrases regkg looks for, as named data, each with a real example from a gazette.

Finders compile these; nothing else in :mod:`regkg.extract` spells a cue phrase. Regex fragments are
written for the *cleaned* text (:func:`regkg.extract.clean.clean`): half-width digits and punctuation,
no spaces inside CJK runs, bracket variants folded.
"""

from __future__ import annotations

# ── characters ────────────────────────────────────────────────────────────────────────────────
# Bracket variants folded one-for-one before matching; 〔〕 is GB/T 9704's form. Full-width （）［］＜＞
# are already folded to ASCII by the width table.
BRACKET_FOLD = {
    "﹝": "〔", "﹞": "〕",  # 「晋政办发﹝2019﹞26号」
    "〘": "〔", "〙": "〕",
    "⦅": "(", "⦆": ")",
    "︹": "〔", "︺": "〕",
}

# Traditional forms of the characters cue phrases and 机关代字 are made of (「國辦發〔2018〕33號」,
# 「同時廢止」); folded one-for-one so the same patterns serve both scripts.
TRADITIONAL_FOLD = dict(zip(
    "號廢發辦規務國關於執實條與頒佈廳縣區鎮機門標準劃應屬價聯時權書證須們現經規範準則員會",
    "号废发办规务国关于执实条与颁布厅县区镇机门标准划应属价联时权书证须们现经规范准则员会",
))

# Lines that are running page headers or page numbers, never text (regex alternatives, whole line).
RUNNING_HEADERS = (
    r"[\u4e00-\u9fff]{0,10}文\s*件",  # 「市政府办公室文件」 「部门文件」 「部 门 文 件」
    r"【[\u4e00-\u9fff]{0,14}文件】",  # 「【市政府文件】」 (临汾, table of contents sections)
    r"[-—–·•]?\s*\d{1,3}\s*[-—–·•]?",  # 「- 12 -」 「·3·」 page numbers
)

# ── document numbers (发文字号) ───────────────────────────────────────────────────────────────
# 「泸市府办规〔2024〕7号」 「吕政办发 [2020] 69 号」 「临政规发[2023]3 号」; the code part is matched
# greedily here and trimmed by the 机关代字 grammar in regkg.extract.docnum.
DOCNUM = (
    r"(?P<code>[\u4e00-\u9fff]{1,14})"
    r"\s*[〔\[(【〈<]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])】〉>]"
    r"\s*第?\s*(?P<num>\d{1,5})\s*号"
)
# The same number from its bracket on (the code is read backwards from there, see docnum.py).
DOCNUM_TAIL = r"[〔\[(【〈<]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])】〉>]\s*第?\s*(?P<num>\d{1,5})\s*号"
# Words that run into a 机关代字 in print and are not part of it: 「根据吕发〔2018〕32号」.
CODE_GLUE_PREFIXES = (
    "根据", "依据", "按照", "参照", "对照", "遵照", "执行", "落实", "贯彻", "结合", "详见", "见", "即",
    "以及", "及", "和", "与", "或", "并", "的", "文件", "原", "印发", "转发", "发布", "为", "是", "将",
    "以", "由", "经", "在", "对", "于", "等", "号", "了", "规定", "要求", "精神", "出台", "制定", "下发",
    "印发了", "出台了", "颁发", "制发", "按", "照", "据",
)
# Words never found inside a 机关代字: a tail of the run that contains one is not a code.
CODE_BREAKERS = ("的", "实施", "根据", "依据", "按照", "参照", "印发", "转发", "关于", "文件", "通知", "和", "及", "与", "号", "了", "是", "在")
# Characters a 机关代字 ends with: its document type (发 办发 函 规 通告 字 …) or a body abbreviation.
CODE_TYPE_SUFFIXES = (
    "发", "函", "规", "字", "令", "府", "告", "布", "办", "委", "电", "复", "通", "综", "基", "函字", "明电",
    "传", "呈", "报", "示", "议", "纪", "便", "价", "财", "教", "医", "卫", "险", "资", "环", "建", "农",
)
# 机关代字 of national bodies, used to accept a code without a local abbreviation: 「国发〔2022〕11号」.
NATIONAL_CODE_STARTS = (
    "国", "中", "财", "发改", "工信", "教", "科", "公", "民", "司", "人社", "自然资", "环", "住建", "建",
    "交", "水", "农", "商", "文旅", "卫", "国卫", "应急", "审计", "市监", "医保", "税", "银", "证",
)

# ── titles and kinds ──────────────────────────────────────────────────────────────────────────
# 文种, longest first so 「实施意见」 is 意见 and 「工作报告」 is 报告 (GB/T 9704 §7.3.2 and common use).
KINDS = (
    "请示", "批复", "通知", "通报", "通告", "公告", "命令", "决定", "决议", "意见", "报告", "纪要",
    "议案", "公报", "函", "令",
)
# 「关于印发《X》的通知」 「印发X的通知」 「转发市发展改革委《X》的通知」
ISSUE_VERBS = ("印发", "转发", "发布", "颁布", "公布")

# Forms, certificates and columns named in 《》 that are not citations (「《出生医学证明》」 「《领导信箱》」).
NOT_CITED_TITLE_ENDINGS = (
    "证明", "证书", "许可证", "申请表", "审批表", "审核表", "登记表", "表", "通知书", "告知书", "决定书",
    "鉴定书", "意见书", "承诺书", "确认书", "申请书", "卡", "证", "单", "信箱", "动态", "栏目", "专栏",
    "节目", "新闻联播", "报", "杂志", "手册", "要闻", "新闻", "联播", "咨询", "拟稿笺", "问卷调查", "录取册",
    "调度令", "考核指标",
)
# Text right after 《X》 that makes X a form rather than a cited work: 「《出生医学证明》申请表」.
FORM_AFTER_TITLE = ("申请表", "表", "登记", "审批表", "真伪鉴定", "首次签发", "补发", "换发", "副页", "栏目", "节目", "专栏")

# ── relations ─────────────────────────────────────────────────────────────────────────────────
# A reference preceded by these is a basis, not just a mention: 「根据《中华人民共和国森林法》」.
BASED_ON_CUES = ("根据", "依据", "按照", "依照", "遵照", "参照", "为贯彻", "为落实", "为贯彻落实", "贯彻落实")
# A 批复 answers a 请示: 「你区《关于…的请示》(江府〔2023〕88号)收悉」.
REPLY_CUES = ("请示", "收悉")

# Repeal statements (the sentence must also name a target): 「…(泸市府办发[2022]67号)同时废止」
# 「…不再执行」 「…自行失效」 「原…废止」.
REPEAL_CUES = (
    "同时废止", "予以废止", "一并废止", "宣布废止", "决定废止", "停止执行", "不再执行", "停止施行",
    "不再施行", "自行失效", "同时失效", "自动失效", "予以失效", "宣布失效", "废止", "失效",
)
# A clean-up decision lists its targets under a heading: 「一、决定废止的规范性文件」 then 「1.《…》(许政规发〔2014〕42号)」.
REPEAL_LIST_HEAD = r"(?:决定|予以|宣布)?(?:废止|失效|停止执行)的(?:规范性|政策性)?文件|(?:废止|失效|停止执行)(?:以下|下列)|(?:以下|下列)[^。]{0,16}(?:予以|决定|宣布)?(?:废止|失效)"
# A revised edition replaces the one it revises: 「…(泸委办[2018]41号)…特修订本规划」.
REVISION_CUES = (r"修订本(?:规划|办法|方案|预案|细则|规定|意见|计划)", r"对《[^》]{2,80}》(?:进行|作)了?修订")
# Past clean-up work is reported, not done: 「专项清理…确定废止、失效73件」.
REPEAL_REPORT = r"(?:废止|失效)[^。;,]{0,6}\d+\s*(?:件|部|个|项)"

# ── validity ──────────────────────────────────────────────────────────────────────────────────
# 「本办法自2024年10月19日起施行,有效期5年」 「自印发之日起施行」 「自印发之日起30日后施行」
# 「自公布之日起实施」 「试行期两年」 「有效期至2024年3月31日」
EFFECT_VERBS = r"(?:施行|实施|执行|生效|试行)"
FROM_ISSUE = r"(?:印发|发布|公布|颁布|下发|签发|公告|通告)之日"
VALIDITY_SUBJECT = r"本(?:实施)?(?:办法|细则|规定|方案|预案|规划|意见|通知|通告|公告|命令|决定|措施|条例|规则|制度|标准|文件|文|指南|计划|准则|批复|政策|令)"
PERIOD = r"(?:有效期|试行期|实施期|执行期)(?:为|限)?\s*(?P<n>[0-9一二两三四五六七八九十]+)\s*(?P<unit>年|个月)"
# A temporary measure's period under a heading: 「二、管控时间及时段 2023年10月30日至2024年3月31日」
MEASURE_PERIOD = r"(?:管控|实施|执行|施行|试行|有效|适用)(?:时间|期限|期间|期)[^。;]{0,12}?(?P<a>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:起)?(?:至|到|—|-)(?P<b>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
UNTIL_DATE = r"(?:有效期(?:至|到)|(?:执行|实施|施行|有效)(?:至|到)|至)(?P<until>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:止|为止|截止)?"

# ── duties ────────────────────────────────────────────────────────────────────────────────────
# Labels inside an item's parenthetical: 「(牵头单位:市发展改革委;责任单位:市财政局)」.
LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "主办单位", "牵头")
SUPPORT_LABELS = ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "协助单位")
RESPONSIBLE_LABELS = ("责任单位", "责任部门", "主体单位", "实施单位", "负责单位")
# 「(逗号前为牵头单位,下同)」: in a 责任单位 list, bodies before the first comma lead.
COMMA_LEAD_RULE = r"逗号前(?:的)?为牵头单位"
# Endings of department and body names (「市发展改革委」 「市生态环境局」 「人行泸州市分行」).
ORG_SUFFIXES = (
    "人民政府办公室", "人民政府", "办公室", "管委会", "委员会", "指挥部", "领导小组", "工作专班", "分行",
    "支行", "中心", "公司", "集团", "银行", "法院", "检察院", "海关", "局", "委", "办", "厅", "部",
    "院", "会", "站", "所", "馆", "队", "处", "署", "联", "团", "社", "台", "校", "园", "协", "盟",
)
