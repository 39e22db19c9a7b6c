"""The phrases regkg looks for, as named data, each with a real example from a gazette.

Finders compile these; nothing else in :mod:`regkg.extract` spells a cue phrase. Regex fragments are
written for the *cleaned* text (:func:`regkg.extract.clean.clean`): half-width digits and punctuation,
no spaces inside CJK runs, bracket variants folded.
"""

from __future__ import annotations

from regkg.keys.kinds import KINDS  # noqa: F401  (文种 are read by finders as cues.KINDS)
from regkg.keys.orgs import ORG_SUFFIXES  # noqa: F401  (body endings, shared with the segmenter)

# ── characters ────────────────────────────────────────────────────────────────────────────────
# Lines that are running page headers or page numbers, never text (regex alternatives, whole line).
RUNNING_HEADERS = (
    r"[\u4e00-\u9fff]{0,10}文\s*件",  # 「市政府办公室文件」 「部门文件」 「部 门 文 件」
    r"【[\u4e00-\u9fff]{0,14}文件】",  # 「【市政府文件】」 (临汾, table of contents sections)
    r"[-—–·•]?\s*+\d{1,3}\s*[-—–·•]?",  # 「- 12 -」 「·3·」 page numbers
    r"(?:[-—–][ \t]*){2,3}\d{1,3}[ \t]*(?:[-—–][ \t]*){1,3}",  # 「— — — 3 —」: a PDF's footer, its dashes spaced (AN05)
)

# ── document numbers (发文字号) ───────────────────────────────────────────────────────────────
# The number's grammar (brackets, the 机关代字 trimmer, its glue words) is regkg.keys.numbers.

# ── dates ─────────────────────────────────────────────────────────────────────────────────────
# A day as the cleaned text prints it (「二○○五年十一月二十一日」 is cleaned to 「2005年11月21日」): 「2024年3月1日」.
# Every finder that reads a printed day reads it with these.
DATE = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
# The same, its year, month and day named.
DATE_PARTS = r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"

# ── titles and kinds ──────────────────────────────────────────────────────────────────────────
# 「关于印发《X》的通知」 「印发X的通知」 「转发市发展改革委《X》的通知」
ISSUE_VERBS = ("印发", "转发", "发布", "颁布", "公布")
# The sentence that hands an issued rule over: 「现将《A》印发给你们」 「…已经市政府同意,现印发你们」 「现予印发」
# (one alternative per word, so that every alternative opens with a character a search can skip to: one opening with a
# group of words is tried at every character)
HANDOVER = (r"印发给?你们|转发给?你们|批转给?你们|发布给?你们|颁发给?你们|下发给?你们"  # 下发: DP02
            r"|现予(?:印发|发布|颁布)(?!之日)|予以(?:印发|发布|颁布)(?!之日)|现(?:印发|发布|颁布)(?!之日)|特此(?:印发|发布|颁布)(?!之日)"
            r"|印发如下|发布如下|现予以?公布")
# Of those, the words that hand a text over to its addressees, which makes the document that says them a 通知 (「现将《X》印发给
# 你们」 「《X》已经…通过,现印发给你们」 「现予印发」 「现予以转发」 「现下发给你们」); not 现 ending another word, 「发现印发给各单位的…」
# (review). (Not 现予公布 or 现予颁布: an order promulgates so.)
HANDED_TO_ADDRESSEES = (r"(?<![发出实体表呈展兑涌])现(?:将[^。;]{0,80}?)?(?:予以?)?(?:印发|转发|批转|下发|颁发)"
                        r"(?:给?(?:你们|你单位|你局|你委|各)|(?=[,。;]))")

# A clean-up's lists: of what it repeals or amends (「《予以失效的行政规范性文件目录》」, the annex that lists the targets, no
# target itself) and of what stays in force (「3.现行有效的规范性文件目录」, FZ06). Named in 《》 by the document that says it made
# or publishes them (「制作了《辽宁省财政厅继续执行的规范性文件目录》」 FZ10, 「现将《全文失效废止的…目录》…予以公布」 FW01), no work
# cited; an earlier clean-up's list that a text repeals or follows is one (「《某市现行有效规章目录》同时废止」: review).
CLEAN_UP_LIST = r"(?:废止|失效|修改|保留)[^》]{0,20}(?:目录|清单)$"
KEPT_LIST = r"(?:现行有效|继续有效|继续执行)[^》]{0,20}(?:目录|清单)$"
LISTS_MADE = r"制作|形成|编制|予以公布|现予公布|公布如下|作为附件|附件|附后"
# Forms, certificates and columns named in 《》 that are not citations (「《出生医学证明》」 「《领导信箱》」).
NOT_CITED_TITLE_ENDINGS = (
    "证明", "证书", "许可证", "申请表", "审批表", "审核表", "登记表", "表", "通知书", "告知书", "决定书",
    "鉴定书", "意见书", "承诺书", "确认书", "申请书", "卡", "证", "单", "信箱", "动态", "栏目", "专栏",
    "节目", "新闻联播", "报", "杂志", "手册", "要闻", "新闻", "联播", "咨询", "拟稿笺", "问卷调查", "录取册",
    "调度令", "考核指标", "批件", "执照", "报告书",
    "说明书",  # 「《住宅质量保证书》和《住宅使用说明书》」: what a developer hands over (DX02)
    # records and letters an office fills in, contracts it signs, sites it names: 「《…约谈记录》」 「《继续盘问笔录》」
    # 「《…违法情况告知函》」 「《…清运处理服务合同》」 「《国家税务总局网》」 (AD08, Z03, AY08, AY07, I05)
    "记录", "笔录", "告知函", "合同", "协议书", "回执", "台账", "网", "网站",
    "提示函", "建议书",  # 「《工会劳动法律监督提示函》」 「《…监督建议书》」: a union's instruments (BL02)
    # the instruments a rule has its bodies issue: 「《旅游投诉调解书》」 「《旅游投诉调查取证委托书》」 (CA03), 「《渔业船网工具指标批准书》」 (CA07)
    "调解书", "委托书", "裁决书", "批准书",
    # a government's letterheads, the forms its documents are printed in: 「《黑龙江省人民政府令》,用于发布省政府规章」
    # 「《黑龙江省人民政府文件》有黑政发…4种」 「《黑龙江省人民政府》有黑政函…」 (CO08)
    "人民政府令", "人民政府文件", "办公厅文件", "办公室文件", "人民政府",
    # letters an office issues in a case: 「应当出具《协助调查函》」 (BU12), 「下发督办函」
    "调查函", "协查函", "督办函", "催告函", "警示函", "问询函", "询问函",
    # a 批复 quotes the 请示 it answers (a citation when numbered, else nothing: 44 keys of 46), and a draft put out
    # for comment is no work yet (AN07, B19); a 草案 a congress approved is one (「…审议批准的《…纲要(草案)》」)
    "请示", "請示", "(征求意见稿)", "征求意见稿",
)
# Lists that are published works, cited as such, though 单 ends forms: 「《全国医疗保障经办政务服务事项清单》」 (Y02)
# 「《岳阳市政府定价的经营服务性收费目录清单》」 (C05); a 资料清单 or 学生清单 is a form to fill in.
CITED_LIST_ENDINGS = ("事项清单", "权力清单", "责任清单", "权责清单", "目录清单", "负面清单")
# Text right after 《X》 that makes X a form rather than a cited work: 「《出生医学证明》申请表」.
FORM_AFTER_TITLE = ("申请表", "表", "登记", "审批表", "真伪鉴定", "首次签发", "补发", "换发", "副页", "栏目", "节目", "专栏",
                    "征求意见稿", "(征求意见稿)")  # 「《X》(征求意见稿)」: a draft

# Words a rule's own title ends with when it is published on its own (a web page of 「镇巴县人民政府工作规则」,
# a 政府令 「宣城市数字化城市管理实施办法」): the document's kind when no 文种 word ends the title.
RULE_KINDS = (
    "实施细则", "细则", "办法", "规定", "规则", "条例", "方案", "预案", "规划", "措施", "计划", "制度",
    "标准", "指南", "准则", "纲要", "要点", "清单", "目录", "章程", "守则", "公约", "答复", "复函", "规范", "解释",
    # a table of tasks published as a page of its own, its 责任单位 beside each: 「…目标任务责任分解表」 「…推进情况汇总表」
    # (FL06, KJ04, CN06)
    "分解表", "汇总表",
)
# A title that is a kind alone, 「《决定》」 「《实施意见》」: a short name of a document named elsewhere (a 解读's 「本次《决定》废止了…」,
# EB02), no work's title and no repeal's target.
BARE_KIND_TITLE = rf"(?:实施|管理|暂行|补充|工作)?(?:{'|'.join(KINDS + RULE_KINDS)})"
# A heading alone on its line: a kind ends it, an edition or a period in brackets may follow (「…规划(2021—2025年)」), no
# stop stands in it. The rule a notice issues, under the notice's signature, is headed so (clean.flow keeps it a unit;
# duty_finder reads no duty in it).
HEADING_LINE = (rf"[^\n。,;:!?]{{2,60}}(?:{'|'.join(KINDS + RULE_KINDS)})"
                r"(?:\((?:试行|暂行|修订|(?:19|20)\d{2}(?:[—–\-~至](?:19|20)\d{2})?年(?:修订|修正)?)\))?")

# The State Council's ministries and the commissions and bureaus named like them, now and before their reorganisations: what
# a page's 发布机构 may name a national maker by without 国家 or 国务院 (「商务部」 「原环境保护部」); 「综合部」 「编辑部」 「县委宣传部」
# are a site's or a party committee's departments.
NATIONAL_MINISTRIES = (
    "外交部", "国防部", "教育部", "科学技术部", "科技部", "工业和信息化部", "公安部", "国家安全部", "民政部", "司法部", "财政部",
    "人力资源和社会保障部", "人力资源社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "住房城乡建设部", "交通运输部", "水利部",
    "农业农村部", "商务部", "文化和旅游部", "退役军人事务部", "应急管理部", "审计署", "海关总署", "税务总局", "市场监管总局",
    "环境保护部", "建设部", "交通部", "铁道部", "卫生部", "文化部", "农业部", "国土资源部", "劳动和社会保障部", "劳动部", "人事部",
    "信息产业部", "监察部", "对外贸易经济合作部", "外经贸部", "国内贸易部", "化学工业部", "冶金工业部", "电力工业部", "邮电部",
    "中国人民银行", "最高人民法院", "最高人民检察院",
)

# ── web pages and databases: the metadata block ─────────────────────────────────────────────
# 「发文字号:镇政发〔2024〕7号」 「文 号: 筑府办函〔2020〕78号 发布机构: 市政府办公厅」 「发文文号: | 铜政发〔2020〕33号 |」
# 「【发文字号】国办发〔2019〕3号」; each label names one field; the value runs to the next label.
META_LABELS = {
    "number": ("发文字号", "发文文号", "发布文号", "文件编号", "发文编号", "文号", "字号"),
    # (English keys: the YAML front matter of a site generator's page, 「title: 危险废物转移管理办法」 「author: …」;
    # a label only as a whole word)
    "issuer": ("发文机关", "发文机构", "发文单位", "制发机关", "颁布机关", "颁布单位", "发布部门", "制定机关"),
    "publisher": ("发布机构", "信息来源", "来源", "作者", "发布单位", "author"),
    "written": ("成文日期", "成文时间", "发文日期", "发文时间", "印发日期", "签发日期", "制发日期", "颁布日期"),
    "published": ("发布日期", "发布时间", "公布日期", "公开日期", "公布时间", "时间", "日期", "date"),
    "title": ("标题", "文件名称", "信息名称", "名称", "题名", "title"),
    "status": ("有效性", "时效性", "文件有效性", "公文时效", "效力状态", "时效状态", "是否有效", "有效状态", "状态"),
    "effective": ("生效日期", "实施日期", "施行日期", "生效时间"),
    "expires": ("失效日期", "废止日期", "失效时间"),
    "validity": ("有效期",),
    "other": ("索引号", "主题分类", "主题词", "体裁分类", "分类", "所属主题", "效力级别", "内容概述", "人气",
              "浏览次数", "公开方式", "公开范围", "信息类别", "组配分类", "文种", "所属类别", "文件来源", "所属机构", "关键词", "关键字",
              "法规层次", "首选类别", "次选类别", "其它类别", "概述",
              # a scraped corpus's front matter: 「类型: 规定」 「层级: 区级」 「官方链接: https://…」
              "类型", "层级", "官方链接", "原文链接", "链接",
              # a crawler's record of the page: 「栏目: 区管委会办公室文件」 「本地目录: zwgk/…/2523_关于…的通知」 (GD02)
              "栏目", "本地目录", "本地路径",
              # a mirror's archive time over the page, no date of the document's: 「歸檔時間:2021年12月27日」 (GO07)
              "归档时间", "归档日期", "存档时间", "存档日期", "收录时间", "采集时间", "抓取时间", "入库时间", "录入时间",
              "icon", "category", "categories", "tag", "tags", "description", "keywords", "layout", "permalink",
              # the number of the document that approved, not this one's: 「…新增城乡道路名称,批准文号:丹政函〔2023〕67号」 (HD02)
              "批准文号", "批复文号", "审批文号", "核准文号"),
}
# A metadata block's 发文机构 sometimes names the site that posted the page, no issuer: 「县政府网站」; a page's
# greeting is no 版头 either: 「欢迎来到中国领先的工业云服务平台」 (AI04), nor its search box 「搜本站」 「站内搜索」 (GV06)
SITE_NAME = r"网站|网$|门户|信息公开|新闻|政务公开|平台$|^欢迎|本站|站内"
# A site's breadcrumb trail, chrome above a page's title: 「您当前所在位置: 首页>政府信息公开目录>…」 「當前位置:首頁>>…」
# (not a title's inner marks: 「《…关于发布<重大税收违法案件信息公布办法(试行)>的公告》」 in a sentence, DW08)
BREADCRUMB_LABEL = r"(?:您(?:当前)?(?:所在)?的?(?:位置|所在位置)|当前位置|所在位置)"
BREADCRUMB = rf"^{BREADCRUMB_LABEL}|[^>]>{{1,2}}[^><《》。]{{1,60}}>"
# A page's links to its neighbours in the site's column, under the document: 「- 上一篇:关于同意浪川乡行政村规模调整的
# 批复」 「【下一篇】…」 (BX10). They name other documents, never this one's. (上一条/下一条 only as a link's label: 「依照
# 上一条规定」 is a rule's own words.)
NEIGHBOUR_LINK_WORDS = ("上一篇", "下一篇", "上一条", "下一条")  # what PAGE_NAVIGATION's every match prints
PAGE_NAVIGATION = r"(?m)^[ \t\-•·*#>|]*[【\[]?(?:[上下]一篇[】\]]?|[上下]一条[】\]]?(?=[ \t]*(?::|$)))[^\n]*"
# A page's links to files and to readings of the document, under it: 「【word版】濟兗政字〔2024〕8號 關于….doc」 「【附件】附件:
# 調整事項清單.doc」 「【漫畫解讀】…的通知」 (BX07; read folded to simplified characters). A file's name, or a reading's,
# is no heading of the page's document. (A sentence that names a file, 「见附件.doc」, is no link.)
# (each part is what a text must print for the whole to match, looked for first: regkg.extract.clean)
FILE_LINK = r"\.(?:docx?|pdf|wps|ofd|xlsx?|et|zip|rar)[ \t]*$"  # under re.I and re.M
READING_LINK = r"(?:解读|图解|视频|漫画|动漫)[^】\n]{0,4}】"
# (a reading's page heads itself so: 「【文字解读】关于…的通告的政策解读」, EB07, is the page's heading, no link)
PAGE_LINK = rf"(?im)^[ \t\-•·*]*(?:[^\n,。;]{{0,200}}{FILE_LINK}|(?:【[^】\n]{{0,8}}{READING_LINK})+(?![^\n]*解读[ \t]*$)[^\n]*)"
# or a labelled link to the reading, the title it explains after its label: 「解讀文本:恩平市本級財政專項資金管理辦法(修訂)」 over
# the notice that issues it (KT04)
READING_LABEL_LINK = r"(?m)^[ \t\-•·*]*(?:政策|相关|文字|图文)?(?:解读|图解)(?:文本|文件|链接|材料)?[ \t]*:[ \t]*[^\n。,;:]{4,120}$"
# A file link whose name opens with a 发文字号 (after a label such as 【word版】): the page's document for download, its
# number printed nowhere else on some pages (「连政复〔2023〕12号.doc」 CK06, 「閩建筑〔2022〕4號附件.doc」 CG03, BX07)
# (or after a download's label: 「文件下载:苏政复〔2003〕82号.doc」, EJ05)
FILE_NAME_NUMBER = (rf"(?im)^[ \t\-•·*]*(?:【[^】\n]{{0,8}}】|(?:文件|全文|正文|原文)下载[:：])?[ \t]*(?P<name>[^\n,。;]{{0,200}}){FILE_LINK}")
# A site's column name above a page's title, which may end like a 文种: 「政务公开 通知公告」 (AN12); a database's part label alone,
# 「正文」 over the heading it prints (GE06)
SITE_COLUMN = r"^(?:政务公开|政府信息公开|信息公开)?(?:通知公告|公示公告|公告公示|政策文件|政策法规|文件通知)$|^(?:正文|全文|文章属性)$"
# A page's control, 「关闭目录」 (FK03); its menu, opening with its home page's link, its items run together once spaces are out
# and the last no 文种, 「首页部门简介人才招聘规章制度师资队伍…服务大厅」 (CY08; 「网站首页改版试运行公告」 is a heading, review)
SITE_CONTROL = (r"^(?:关闭|打开|展开|收起)(?:目录|菜单|导航)$"
                rf"|^(?:网站)?首页(?=[\u4e00-\u9fff]{{4}})(?!.*(?:{'|'.join(KINDS + RULE_KINDS)})$)")
# A site's banner of its own support for IPv6, above a page's title: 「网站支持 IPv6」 「繁体 | 本网站已经支持IPV6」 (FI09,
# BD03), an item of its own between the line's separators; a heading that names the work, 「关于加快推进政府网站支持IPv6
# 改造工作的通知」, is none (review).
SITE_BANNER = r"(?i)(?:^|[|｜][ \t]*)(?:本?网站|本站)(?:已经?)?支持[ \t]*IPv6[ \t]*(?:$|[|｜])"
# A news page's byline under its headline: 「作者:   来源: 莲都区人民政府办公室   发布时间: 2023-04-17 08:50:33」 (AG08)
# 「文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49」 (FV04).
BYLINE = r"(?:作者|文章来源|信息来源|来源|发布时间|发表时间|发布日期|更新时间)[ \t]*:"
# Dates that databases print for an empty field: 「成文日期:1970-01-01」.
PLACEHOLDER_DATES = ("1970-01-01", "1900-01-01", "0001-01-01")
# Phrases only a government document prints (a text with none of these, no 发文字号, no title, no
# salutation and no signature is not one): 「此复」 「特此通知」 「现印发给你们」 「经研究,现决定:」.
# A rule's first article naming the rule itself (「第一条 为加强…,制定本办法。」): it marks the start of a
# document (head.DOCUMENT_MARKS) and tells the kind of a rule printed without its heading (pipeline).
SELF_NAMING_ARTICLE = rf"第一条[^\n]{{0,200}}?(?:制定|施行|所称)本(?P<kind>{'|'.join(RULE_KINDS)})"

DOCUMENT_PHRASES = (
    "此复", "特此通知", "特此公告", "特此通告", "特此批复", "特此函告", "特此报告", "特此决定", "现予公布",
    "现予发布", "现印发给你们", "现转发给你们", "印发给你们", "请认真贯彻执行", "请遵照执行", "请认真组织实施",
    "收悉", "现决定", "决定废止", "予以废止", "宣布失效",
    "起废止",  # a repeal from a day: 「决定自即日起废止下列地方性法规」, a decision printed without its heading (KU04)
    "通知如下", "批复如下", "意见如下", "公告如下", "通告如下",
    "纪要如下",  # a meeting's minutes: 「现将会议形成的一致意见纪要如下」 (DO02)
)

# A task to issue a document names one still to be made (「出台《…三年行动计划》」): no citation. (「起草《…条例》」
# and 「制定《…意见》」 in a work report name drafts the samples' key counts as cited; 出台 is the release itself.)
TO_BE_MADE = ("出台",)
# A form one fills in is no work cited, whatever its name ends with: 「填写《上海交通行业生产安全突发事件信息报送稿》(见附件3)」
# (FH06); every key of the set that prints 填写《》 or 填报《》 leaves the form out (Z03, EQ02, W01, AY05).
FILLED_IN = ("填写", "填报")
# Or a title a form's or certificate's kind follows: 「《中华人民共和国出入境通行证边境旅游专用》证件」 (GL01)
FORM_AFTER = ("证件", "证书", "证照", "表格")
# A periodical an office edits or publishes, by its title: 「主办《经济要参》杂志」 「出版和发行《新经济导刊》」 「对外发行的有
# 《中国发展评论》」 (KW01, a 三定's divisions): no work cited. The words before it tell only of a title that is no document's
# or rule's (「发行《某市安全生产管理办法》单行本」 cites the rule, review); a periodical's own ending is in
# NOT_CITED_TITLE_ENDINGS (报, 动态).
PERIODICAL_BEFORE = r"(?:编辑|编印|主办|出版|发行|创办)(?:的有?)?$"
PERIODICAL_AFTER = ("杂志", "期刊", "周刊", "月刊", "旬刊", "编辑部", "报社",
                    "网站", "微信公众号", "公众号")  # or a site by its name: 「在《白龙江林业》网站进行公示」 (LM04)
# Notes a database site sets into the text (「【已废止,最新为:《贵州省预算审查监督条例》】」): chrome, not the
# document's words; no repeal, no citation.
_SITE_STATUSES = "已废止|已失效|已修改|已修订|已被修改"
SITE_NOTE = rf"【[^】\n]{{0,80}}?(?:{_SITE_STATUSES}|最新为|最新)[^】\n]{{0,80}}】"
# and, ending a line near the top that is no item's, its 「【全文废止】」 (the heading's, LK04, JG02): in a clean-up list's items,
# 「1.《…办法》(…号)【全文废止】」, the tag is the list's own word (review)
SITE_NOTE_OVER_HEADING = r"(?m)^(?![ \t]*(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)))[^\n]{4,200}?(?P<tag>【(?:全文|部分)(?:废止|失效)】)[ \t]*$"
# A page's share buttons, run into its text when the page lost its breaks: 「时间:2015-09-21 11:27 微信 微博 QQ空间 岚综管办〔2015〕
# 180号…」 (GD02; the number's code would read 空间 as its own). Two names at least, spaces around them.
SHARE_BUTTONS = r"(?:分享到[:：]?[ \t]*)?(?:(?:微信|微博|QQ空间|QQ好友|腾讯微博|新浪微博|人人网|豆瓣)[ \t]+){2,}"
# A paged mirror's mark that its page goes on from the one before: 「[接上页] (10)省民政厅:…」 (FY05): chrome.
PAGE_GOES_ON = r"[\[【(](?:接上页|续上页|接上一页)[\]】)][ \t]*"
# Or its status word before a heading, a space after it, no brackets: 「已被修改 廣州市門樓號牌管理規定」 (FE03)
SITE_STATUS = rf"(?m)^[ \t]*(?:{_SITE_STATUSES}|现行有效)[ \t]+(?=[\u4e00-\u9fff])"
# A site's or a repository's note on copyright, which cites the copyright law for the page, not the document, on a
# line of its own: 「依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。」 (AD05),
# Wikisource's 「本作品是中华人民共和国的法律法规,…根据《中华人民共和国著作权法》第五条,本作品不适用于该法,…属于公有领域…」 (A04);
# a document that itself cites 著作权法 第五条 keeps its sentence, and the note's line its other sentences.
COPYRIGHT_NOTE = (r"(?m)本作品是中华人民共和国的法律、?法规[^。\n]{0,200}。[ \t\n]*(?:根据|依据|依)?《中华人民共和国著作权法》第五条"
                  r"[^。\n]{0,120}(?:。|$)"
                  r"|(?:根据|依据|依)《中华人民共和国著作权法》第五条(?:第一项)?[,]?"
                  r"(?:本作品不适用于该法|具有立法、行政、司法性质的文件不适用著作权法)"
                  r"(?:,[^。\n,]{0,30}公有领域)?(?:。|,|$)")
# A database's history box says which later document repealed this one: 「*注:本篇法规已被《沈阳市人民政府关于
# 废止…的决定》(发布日期:2002年4月13日)废止」 「历史沿革:本文件被财税〔2009〕17号文件宣布失效」. The repeal is that
# later document's, of this one.
HISTORY_SUBJECTS = ("本篇法规", "本法规", "本规章", "本文件", "本文", "该文件", "此文件", "本篇")
# Some databases print the later document's title bare after a colon: 「*注:本篇法规已被:新疆维吾尔自治区人民代表
# 大会常务委员会人事任免办法(发布日期:1999年7月30日,实施日期:1999年7月30日)废止」.
HISTORY_NOTE = (
    rf"(?:{'|'.join(HISTORY_SUBJECTS)})?已?被(?:(?P<title>《[^》]{{4,120}}》)(?:\((?P<titled>[^()]{{0,60}})\))?"
    r"|(?P<number>[\u4e00-\u9fff]{1,12}〔(?:19|20)\d{2}〕\d{1,5}号)(?:文件?)?"
    r"|:(?P<bare>[^《》()\n:;。]{4,80}?)(?:\([^()\n]{0,80}\))?)(?:宣布|决定|全文|予以)?(?:废止|失效)"
)

# A national law's title: no 文种 of a document ends it, 法 does (「中华人民共和国国家通用语言文字法」, K08); a ministry's
# 办法 named after the state is none (「中华人民共和国海关关徽使用管理办法」, AP03).
LAW_TITLE = r"中华人民共和国[\u4e00-\u9fff]{2,30}(?<!办)法"

# The heading of an order or an announcement that is numbered, not given a 发文字号: 「遵义市人民政府令第55号」,
# 「中华人民共和国交通部令」 over 「2006年第8号」, 「海关总署公告2018年第138号」 (matched on the heading's lines joined).
# A page that prints only such a cover (the rule it promulgates not printed) is that order.
ORDER_HEADING = r"[\u4e00-\u9fff]{2,30}?(?P<kind>令|公告)(?:(?:19|20)\d{2}年)?第[0-9〇零一二三四五六七八九十百]{1,5}号"
# The 文种 such a heading names.
ORDER_KINDS = {"令": "命令", "公告": "公告"}
# An order numbered in brackets after its issuer, no 文种 printed: 「洪湖市新型冠状病毒感染的肺炎疫情防控指挥部(17号令)」 (EX02)
BRACKETED_ORDER = r"[\u4e00-\u9fff]{4,40}?(?:指挥部|委员会|人民政府|政府|领导小组)\(第?[0-9一二三四五六七八九十]{1,4}号令\)"

# What a promulgating body's name ends with: a government, a commission, a ministry, an administration, a bureau, a
# department, a court, an office, a bank (「中国人民银行」)
ISSUING_BODY_END = r"(?:政府|委员会|部|署|局|厅|院|办公室|银行|委|办)"
# A database prints a rule's promulgation note above its articles, often with nothing else of a head:
# 「(2015年1月12日西宁市人民政府令第137号公布自2015年3月1日起施行)」 — the issuer (or several: 「2021年11月30日生态环境部、
# 公安部、交通运输部令第23号公布」, O01), the day it was made, and (when printed) the day it takes effect.
# The order's number may print its year, or no 第 (「…农业部令2015年第4号发布」 「…人民政府令19号发布」, IW05, FB04), and the
# order be 颁布 (IC06); or the order comes first, its date after it (「中华人民共和国交通运输部令2023年第22号，2023年12月17日公布」
# 「北京市人民政府令第228号于2011年1月10日公布」, AB01, BA02). Its number may come before 令: 「北京市人民政府第228号令公布」
# 「中国气象局第44号令公布」 「国家质量监督检验检疫总局2003年第39号令公布」 (AQ07, HR03, review).
_ORDER_NUMBER = (r"(?:令(?:〔?(?:19|20)\d{2}〕?年?)?第?[0-9〇零一二三四五六七八九十百]{1,5}号"
                 r"|(?:(?:19|20)\d{2}年)?第[0-9〇零一二三四五六七八九十百]{1,5}号令)")
# (no meeting's words: 「…市第十届人民政府第七次常务会议审议通过市政府第98号令发布」 names the meeting, then the issuer, G15;
# the promulgation note's issuer and the collection line's, PUBLISHED_LINE below, alike)
_ISSUER = rf"(?:(?!会议|通过)[\u4e00-\u9fff]){{2,30}}?{ISSUING_BODY_END}"
_ISSUERS = rf"{_ISSUER}(?:、{_ISSUER}){{0,8}}"
PROMULGATION_NOTE = (
    rf"(?P<date>{DATE})(?P<issuer>{_ISSUERS}){_ORDER_NUMBER}(?:公布|发布|颁布)"
    rf"[,、;\s]*(?P<effective>自{DATE}起施行)?"
)
PROMULGATION_NOTE_ORDER_FIRST = (
    rf"(?P<issuer>{_ISSUERS}){_ORDER_NUMBER}[,、\s]*于?(?P<date>{DATE})(?:公布|发布|颁布)"
    rf"[,、;\s]*(?P<effective>自{DATE}起施行)?"
)
# An order's cover, its issuer and number alone on their line, or the number on the next in brackets: 「广东省人民政府令」
# 「(第290号)」, 「国家食品药品监督管理局令第29号」 (Y08, AE05): whose order it is, the rule it promulgates below it is too.
ORDER_COVER = rf"(?P<issuer>{_ISSUERS})令(?:(?:〔?(?:19|20)\d{{2}}〕?年?)?第[0-9〇零一二三四五六七八九十百]{{1,5}}号)?"
# A law collection's line under the heading: the day it was published and by whom, or the meeting that passed it:
# 「2025年9月28日 国家发展和改革委员会公布」 「2025年5月28日 云南省第十四届人民代表大会常务委员会第十七次会议通过」 (AT03, AS01).
# The body may be a bank or several bodies, or be left out: 「2025年9月26日 中国人民银行公布」 「2025年4月9日 文化和旅游部、外交部、
# 公安部、海关总署公布」 「2025年12月31日 工业和信息化部等六部门公布」 「2023年8月23日 公布」 (AE06, AB04, GC09, AC08); a meeting's
# passing may be 「审议通过」 (HU03).
PUBLISHED_LINE = (
    rf"(?P<date>{DATE})\s*(?:(?P<issuer>{_ISSUER}(?:[、,]{_ISSUER}){{0,8}})?(?:等[一二三四五六七八九十\d]{{1,3}}(?:个)?部门)?"
    r"\s*(?:公布|发布)|(?P<meeting>[\u4e00-\u9fff0-9]{4,40}?会议)"
    # two bodies' meetings, the later date the document's: 「2025年4月28日 最高人民法院审判委员会第1948次会议、2025年5月28日
    # 最高人民检察院第十四届检察委员会第五十五次会议通过」 (BL10); a meeting passes (通过) the rule or approves (批准) another's
    rf"(?:、(?P<date2>{DATE})\s*[\u4e00-\u9fff0-9]{{4,40}}?会议)?(?:审议)?(?P<verb>通过|批准)"
    # or a law database's date and issuers after a comma, nothing more: 「1990年3月10日,铁道部」 「1991年1月23日,国家环保局、能源部」
    # (K09, DF09, K12, BI01)
    rf"|,(?P<by>[\u4e00-\u9fff、]{{1,40}}?{ISSUING_BODY_END}))"
)

# A city's or an autonomous county's regulation, passed by its congress and approved by the province's, its note on one line
# (in brackets or not) that may run on into what the text prints next: 「2013年12月28日前郭尔罗斯蒙古族自治县第十七届人民代表大会
# 第三次会议通过2014年5月30日吉林省第十二届人民代表大会常务委员会第八次会议批准第一条…」 (FY02, IX03) 「…会议批准哈尔滨市…会议决定
# 废止下列…」 (AS07); the passing is its date. The dates may be left out, the passing be a making (「(南京市第十三届人民代表大会
# 常务委员会第二十九次会议制定 江苏省…会议批准)」, HU02, HY07). An amendment's note after it (「…批准 根据2018年…修正」 「…批准
# 2018年4月28日…修正」) leaves the day unread: which day a revised regulation's key reads is not settled (BZ09).
PASSED_AND_APPROVED = (rf"[(（]*(?:(?P<date>{DATE})\s*)?(?P<meeting>[\u4e00-\u9fff0-9]{{4,40}}?会议)(?:审议|修订)?(?:通过|制定)[,，;；\s]*"
                       rf"(?:{DATE})?\s*[\u4e00-\u9fff0-9]{{4,40}}?会议批准(?P<amended>[)）,，;；\s]*(?:根据|{DATE}))?")

# A people's congress's meeting, which names the congress that passed a regulation: 「临沂市第十九届人民代表大会常务委员会第
# 二十四次会议」 「松桃苗族自治县第十六届人民代表大会第四次会议」, or its short name 「吉林市第十五届人大常委会第13次会议」 (HP03)
CONGRESS_MEETING = (r"(?P<place>[\u4e00-\u9fff]{2,20}?)第?[一二三四五六七八九十百零〇\d]{1,4}届"
                    r"(?P<body>人民代表大会(?:常务委员会)?|人大(?:常委会)?)第[一二三四五六七八九十百零〇\d]{1,4}次(?:全体)?会议")

# A law database's status line under a document it lists as no longer in force: 「根据1997年9月8日财政部发布的
# 关于公布废止和失效的财政规章目录(第六批)的通知失效」 — a repeal by the document named, as a history note's.
STATUS_LINE = (
    rf"^根据{DATE}[\u4e00-\u9fff、]{{2,40}}?(?:发布|公布|印发)的"
    r"(?P<title>《?[^\n《》]{4,120}?》?)(?:宣布)?(?:失效|废止)$"
)

# A database's note that a later document ended this one whole: 「提示:根据《X》(某财社〔2019〕38号规定,全文废止」 (CM02),
# and a law database's field naming it: 「【失效依据】某市人民政府办公厅关于废止…的通知」 (CM07). Its title, then maybe its number.
ENDED_BY_NOTE = (
    r"根据(?P<title>《[^《》\n]{4,160}》)\(?(?P<titled>[^()\n]{0,40}?)\)?(?:的)?规定,?全文(?:废止|失效)"
    r"|【(?:失效|废止)依据】[ \t]*(?P<bare>[^\n【】]{4,160}?)[ \t]*$"
    # or a note that sends the reader to it: 「注释:全文废止。参见:《财政部关于公布废止和失效的…决定》(…令第83号)」 (DG08)
    r"|全文(?:废止|失效)。?参见:(?P<seen>《[^《》\n]{4,160}》)"
    # or gives it as its grounds, when it was issued first: 「全文废止,废止依据:2020年3月28日发布的《…的意见》(退役军人部发
    # 〔2020〕22号)」 (LK04)
    # (opening its line: an item of a repealing decision, 「1.《…办法》(…号)全文废止,废止依据:《…》」, is the decision's, review)
    rf"|(?<![^\n])[ \t]*全文(?:废止|失效),?(?:废止|失效)依据:(?:{DATE}(?:发布|印发|公布)的)?(?P<grounds>《[^《》\n]{{4,160}}》)"
    r"(?:\((?P<grounds_no>[^()\n]{0,40})\))?"
)

# Its note that a clean-up kept this one in force: 「税谱®提示:根据2020年12月10日《…关于废止第九批行政规范性文件的通知》
# (渝人社发〔2020〕110号)规定,继续有效」 (JG02), 「…规定,现行有效」 (FK10): the site's words, which cite nothing of the document's;
# after its 提示 or opening a line, and ending there or where the next note starts (a body's 「根据《…》规定,继续执行…」 cites, review).
KEPT_BY_NOTE = (rf"(?:提示:|(?<![^\n]))[ \t]*根据(?:{DATE})?《[^《》\n]{{4,160}}》\(?[^()\n]{{0,40}}?\)?(?:的)?规定,?(?:继续有效|现行有效)"
                r"(?=[ \t]*(?:$|\n|[^\u4e00-\u9fff,。;]|税谱))")

# ── relations ─────────────────────────────────────────────────────────────────────────────────
# A reference preceded by these is a basis, not just a mention: 「根据《中华人民共和国森林法》」.
# The words that name a basis, 「根据《X》」: what follows is another document, the one a text rests on
BASIS_WORDS = ("根据", "依据", "按照", "依照", "遵照", "参照")
BASED_ON_CUES = BASIS_WORDS + ("为贯彻", "为落实", "为贯彻落实", "贯彻落实")
# A 批复 answers a 请示: 「你区《关于…的请示》(江府〔2023〕88号)收悉」.
REPLY_CUES = ("请示", "收悉")

# The verbs an amending decision strikes words or articles with
STRIKE_WORDS = "删去|删除"
# A rule or its provisions suspended cease to apply, as the set's keys read it, though not for good: recorded as partial
# repeals. 「暂停实施《南宁市出租汽车客运管理条例》第八条第二款」 (BT05) 「《…的公告》(2012年第1号)第十条…的规定,暂停执行」 (KB03)
SUSPENSION_CUES = ("暂停执行", "暂停实施", "暂停施行")
# Repeal statements (the sentence must also name a target): 「…(泸市府办发[2022]67号)同时废止」
# 「…不再执行」 「…自行失效」 「原…废止」.
REPEAL_CUES = (
    # both at once, the titles after them: 「决定废止和宣布失效《X》等48件部门规章」 (AR05)
    "决定废止和宣布失效", "废止和宣布失效",
    "同时废止", "予以废止", "一并废止", "宣布废止", "决定废止", "停止执行", "不再执行", "停止施行",
    "停止实施",  # 「《…的通知》(忻政发〔2017〕8号)停止实施」 (DW04)
    "不再施行", "自行失效", "同时失效", "自动失效", "予以失效", "宣布失效", "废止", "失效",
    "同时作废", "作废",  # 「…从2007年12月26日起执行。遂府办函〔2008〕4号作废。」 (CY08)
    # 「《…的通告》(…)中的第四条、第五条…规定自本通告发布之日起废除」 (GO02): 废除 ending its clause or before the title it
    # names, a policy verb otherwise (「清理废除妨碍统一市场和公平竞争的各种规定和做法」, review)
    "同时废除", "予以废除", "废除(?=[,。;]|$|《)",
    *SUSPENSION_CUES,
)
# A clean-up decision lists its targets under a heading: 「一、决定废止的规范性文件」 then 「1.《…》(许政规发〔2014〕42号)」.
# 「省人民政府决定废止的省政府规章」 「一、废止9部省政府规章」 「市政府决定对以下2件市政府规章予以废止:」
# 「宣布失效的市政府行政规范性文件目录」
_LISTED = r"(?:[省市县区州]?(?:人民)?政府(?:\([^()\n]{1,12}\))?|部门)?(?:行政)?(?:规范性|政策性)?(?:文件|规章|政策措施|政策|地方性法规)"
# (the listed kind's clause ends soon after it, in a colon or 如下: 「…的规章和规范性文件目录」 「…的政策文件清单」 「…具体如下:」
# 「…共2件,现公布如下:」 「…公布如下:」 「废止的市政府(含市府办公室)规范性文件有8件,分别为:」 (EB01); inside a sentence it heads no list: 「为做好失效的规范性文件清理工作,请…对照以下依据…:」
# 「已经失效的规范性文件,均列入清理范围」, review)
_LIST_HEAD_END = (r"(?=[^,。;:\n]{0,12}(?:[:(\n]|$)|[^。;:\n]{0,16}(?:如下|分别[是为]|包括|下表|予以公布))")
_COUNTED = r"(?:\([0-9一二三四五六七八九十百]+(?:件|部|个|项)\))?"  # an annex heading's count: 「…目录(104件)」
REPEAL_LIST_HEAD = (
    rf"(?:决定|予以|宣布)?(?:废止|失效|停止执行)的{_LISTED}{_LIST_HEAD_END}"
    # (or closing the sentence that gives the reason: 「…,决定废止5部规章。」 over its list of bare titles, IW01)
    rf"|(?:^(?:[一二三四五六七八九十]+、)?|(?<=,))(?:决定)?(?:废止|宣布失效)[0-9一二三四五六七八九十百]+(?:部|件|个|项){_LISTED}(?=。?$)"
    # a section's heading with its count after the kind, at its line's start or after the colon its page ran it on from:
    # 「…现将清理结果公布如下:一、废止规范性文件共19份」 (JC01)
    rf"|(?:^|(?<=:))[一二三四五六七八九十]+、(?:决定|予以)?(?:废止|宣布失效)的?{_LISTED}(?:共|计)?[0-9一二三四五六七八九十百]+"
    r"(?:部|件|个|项|份)(?=。?$)"
    # an annex's heading with no 的: 「废止文件目录」 「失效规范性文件清单」 (CB02), its mark before it on its line: 「附件:废止文件
    # 目录」 (FZ01)
    rf"|^(?:附件[0-9一二三四五六七八九十]{{0,2}}[:]?)?(?:决定|予以)?(?:废止|宣布失效|失效){_LISTED}(?:目录|清单|名单){_COUNTED}$"
    # a legislature's list of laws: 「失效的法律、法律解释、有关法律问题的决定目录」 「废止的地方性法规目录」 (DB03)
    rf"|^(?:决定|予以|宣布|宣告)?(?:废止|失效)的(?:法律|行政法规|地方性法规|法规|规章)[^。,;:\n]{{0,40}}(?:目录|清单|名单){_COUNTED}$"
    # (not what the listed rules say of others repealed before: 「将下列法律中引用已纳入刑法并被废止的关于惩治犯罪的决定的规定修改为…」,
    # HS03)
    r"|(?:废止|失效|停止执行)(?:以下|下列)|(?:以下|下列)[^。]{0,16}(?:予以|决定|宣布)?(?:废止|失效)(?!的)"
    # an annex's heading naming its batch and issuer: 「宣布失效的第二批国家卫生计生委文件目录」 (AT06, AT07)
    r"|(?:决定|予以|宣布)?(?:废止|失效)的第[一二三四五六七八九十0-9]+批[\u4e00-\u9fff]{0,16}?文件(?:目录|清单)?$"
)
# A revised edition replaces the one it revises: 「…(泸委办[2018]41号)…特修订本规划」.
REVISION_CUES = (r"修订本(?:规划|办法|方案|预案|细则|规定|意见|计划)", r"对《[^》]{2,80}》(?:进行|作)了?修订")
# A revision that names the edition it replaces (the earlier edition is repealed): 「对《X》进行了修订」
# 「在对《X》(津商务流通〔2018〕1号)修订的基础上」 「修订了《A》《B》,现印发给你们」 「新修订的《X》已经…通过」
# 「对《价格鉴定行为规范(2010年版)》进行了修改,形成了《价格认定行为规范》」 「我局对2022年1月27日发布的《X》进行了修订」 (DS03)
# 「我局对《国家湿地公园管理办法(试行)》进行了修改。现将修改后的《国家湿地公园管理办法》…印发给你们」 (EW03)
# 「市局对原《重庆市食品经营许可管理实施办法》(以下简称《办法》)进行了修订」 (KG01): the original, given a short name
REVISED_EDITION = (
    r"对(?:[^,。《》]{0,20}?(?:发布|印发|制定|出台)的)?原?(?P<a>《[^》]{2,80}》(?:\([^()]{0,30}号\))?(?:[、和及]?《[^》]{2,80}》(?:\([^()]{0,30}号\))?)*)"
    r"(?:\((?:以下)?简称[^()]{1,24}\))?(?:等[^,。]{0,12})?(?:进行|作)?了?(?:全面|重新)?(?:修订|修改(?=[,]?形成|[。,]?现将修改后|。?$))"
    # (not some of its articles, which another's decision amended: 「…决定》(国务院令第666号)修订了《粮食流通管理条例》的部分条款」, IK03)
    r"|修订了(?P<b>《[^》]{2,80}》(?:[、和及]?《[^》]{2,80}》)*)(?!的?(?:部分|个别|有关)?条款|的?第)"
    r"|(?:新修订(?:后)?|修订后)的(?P<c>《[^》]{2,80}》)"
    # the edition a notice issues, revised: 「《海口市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过,现予印发」
    # 「《…管理办法(试行)》已经十五届县政府第109次常务会议修订通过,现印发给你们」 (U01)
    r"|(?P<d>《[^》]{2,80}》)已(?:于|经)?[^。《》]{0,40}?修订(?:通过)?[,]?现予?(?:印发|发布|公布)"
)
# Past clean-up work is reported, not done: 「专项清理…确定废止、失效73件」.
REPEAL_REPORT = r"(?:废止|失效)[^。;,]{0,6}\d+\s*(?:件|部|个|项)"

# ── validity ──────────────────────────────────────────────────────────────────────────────────
# 「本办法自2024年10月19日起施行,有效期5年」 「自印发之日起施行」 「自印发之日起30日后施行」
# 「自公布之日起实施」 「试行期两年」 「有效期至2024年3月31日」
EFFECT_VERBS = r"(?:施行|实施|执行|实行|生效|试行)"
FROM_ISSUE = r"(?:(?:印发|发布|公布|颁布|下发|签发|公告|通告|发文|下文|行文|出台)之日|即日)"  # 「自发文之日起施行」 「本通知自即日起执行」 (GL05)
# (下文 and 行文 are sending the document out: 「此标准自下文之日起执行」, JI01)
VALIDITY_SUBJECT = r"本(?:实施)?(?:办法|细则|规定|方案|预案|规划|意见|通知|通告|公告|命令|决定|措施|条例|规则|制度|标准|文件|文|指南|计划|准则|批复|政策|令)"
# 「有效期暂定3年」 「政策执行期为三年」 「有效期限为五年」 「本办法试行2年」
# (one alternative per word, each opening with a character a search can skip to: see HANDOVER)
PERIOD = (rf"(?:{'|'.join(f'{word}期限?(?:暂定|为|限|是)*' for word in ('有效', '试行', '实施', '执行', '适用', '政策执行'))}|试行)"
          r"\s*(?P<n>[0-9一二两三四五六七八九十]+)\s*(?P<unit>年|个月)")
# A temporary measure's period under a heading: 「二、管控时间及时段 2023年10月30日至2024年3月31日」
MEASURE_PERIOD = rf"(?:管控|实施|执行|施行|试行|有效|适用)(?:时间|期限|期间|期)[^。;]{{0,12}}?(?P<a>{DATE})(?:起)?(?:至|到|—|-)(?P<b>{DATE})"
# What else a period may be printed of, right before it: a tender's, a contract's, a licence's, not the document's own
# (「…中标有效期限自2024年1月1日起至2027年12月31日止」, EM05).
OTHER_VALIDITY = "中标|合同|协议|证书|证件|许可证?|执照|资质|资格|授权|备案"
# 「有效期至2024年3月31日」 「执行到2025年12月31日」 「截止2025年12月31日」; a bare 至 right after a date is a
# range (「2021年1月1日至2021年1月6日期间」), which only _RANGE and MEASURE_PERIOD read. (One alternative per word, the
# lookbehind after its 至, so that each opens with a character a search can skip to: see HANDOVER.)
# A last day printed as the rule's own repeal, after its start: 「本办法自2021年1月1日起施行,2025年12月31日废止」 (GK04).
UNTIL_DATE = (r"(?:有效期(?:至|到)|执行(?:至|到)|实施(?:至|到)|施行(?:至|到)|有效(?:至|到)|截止(?:到|至)?|至(?<!日至))"
              rf"(?P<until>{DATE})(?:止|为止|截止)?|,(?P<repealed_on>{DATE})(?:起)?(?:废止|失效)")
# The hour a start is printed at, between its day and 起: 「自2021年5月1日0时起实施」 「自…零时起施行」 「0时整起」 (GS02)
START_HOUR = r"(?:[0-9零〇一二三四五六七八九十]{1,3}(?:时|点)(?:整)?)?"
# A notice that changes a standard from a day on: 「经报市政府同意,从2021年8月1日起调整南通市最低工资标准」
# 「省政府决定:从2021年8月1日起,将我省最低月工资标准调整为…」 (used when nothing else states validity). Or a notice's operative
# clause that opens with the day its measure starts, after the decision, the formula that opens the items, or an item's number
# (and its label): 「决定自2020年11月9日起在花门街道辖区范围内禁止…」 「现通告如下:一、自2021年2月1日起,大城县实行…」 「经研究,
# 自2020年5月1日起,下调…」 「三、禁止通行时间:自2018年6月10日0时起,…」 (DJ08, GF09, JG06, GF07). Not:
# - what stops then, a repeal's day: 「决定自2026年1月1日起废止《…》」 「自…起,市食品药品监督管理局不再受理…」 (AT05, DB01, GI03,
#   IR06; a ban, 「…起,一律停止办理…」, is a start: GF07);
# - a span, 「自…起,至…止」, RANGE_PERIOD's;
# - what a report counts since: 「自2020年1月1日起,截至2020年12月31日,全县共查处…」 「…开展专项整治以来」 (review).
POLICY_FROM = (rf"(?:决定|同意)[^。]{{0,6}}?(?:从|自)(?P<from>{DATE})起[,]?(?:将|对|调整|执行|实行|施行|实施|提高|开始)"
               rf"|(?:决定[,:]?|研究,|同意,|如下:|[一二三四五六七八九十]、(?:[^,。;:\n]{{1,12}}:)?|\([一二三四五六七八九十]\)|\d{{1,2}}\.)"
               rf"(?:从|自)(?P<opens>{DATE}){START_HOUR}起(?![,]?停止)(?![^。;]{{0,40}}?(?:废止|不再))"
               r"(?![^。;]{0,16}?(?:(?:至|到|截至|截止到?)(?:19|20)\d{2}年|(?:至|到)\d{1,2}月))(?![^。;]{0,30}?以来)")
# A policy period: 「从2013年10月1日-2015年12月31日,实施…补贴政策」 「自2024年1月1日起至2026年12月31日止施行」
RANGE_PERIOD = rf"(?:自|从)(?P<a>{DATE})(?:起)?(?:至|到|—|-|~)(?P<b>{DATE})(?:止)?[,]?(?:正式)?(?:实施|执行|施行|试行)"

# ── duties ────────────────────────────────────────────────────────────────────────────────────
# Labels inside an item's parenthetical: 「(牵头单位:市发展改革委;责任单位:市财政局)」.
# 「(6月底完成,牵头考核单位:市政府办公室、市公安局)」 names who leads, and is judged on, the item.
# 「牵头责任单位:县卫健委」 「主要协作单位:各乡镇人民政府…」 (FV04: a county's task division, label lines under each task)
# 「序号 工 作 任 务 牵头负责部门」 (JD01: a State Council table's head)
LEAD_LABELS = ("牵头责任单位", "牵头负责部门", "牵头负责单位", "牵头单位", "牵头部门", "牵头考核单位", "主责单位", "主办单位", "牵头")
SUPPORT_LABELS = ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "协助单位", "主要协作单位", "协作单位", "协作部门")
# (「(负责部门:住房城乡建设部;适用范围:所有自贸试验区)」, JZ03)
# (a bureau's own divisions: 「(责任科室:组干科、机关党委)」, KC05; 「责任处室:党群工作处、社会事业处…」, GN03)
RESPONSIBLE_LABELS = ("责任单位", "责任部门", "主体单位", "实施单位", "负责单位", "负责部门", "主要责任单位", "主要责任部门", "责任主体",
                      "责任科室", "责任处室", "责任股室")
# Every task label, the longest first (a match starts leftmost: 「主要协作单位」 before 「协作单位」, 「牵头责任单位」 before 「牵头」)
DUTY_LABELS = "|".join(sorted(LEAD_LABELS + SUPPORT_LABELS + RESPONSIBLE_LABELS, key=len, reverse=True))
# A duty table's body columns, as a flattened table prints their heads one a line (「事项」 「责任单位」 「牵头单位」)
BODY_COLUMN_LABELS = LEAD_LABELS + SUPPORT_LABELS + RESPONSIBLE_LABELS
# 「(逗号前为牵头单位,下同)」: in a 责任单位 list, bodies before the first comma lead.
COMMA_LEAD_RULE = r"逗号前(?:的)?为牵头单位"
# 「(海关总署、财政部、商务部负责)…排在第一位的部门为牵头部门,下同」: the first body of each list leads.
# 「列第一位的责任单位为牵头单位或汇总单位」 「(市发改委、市农委…。排名第一的为牵头单位,下同)」 「列第一位者为牵头部门」
# (AI06) say the same.
# 「责任单位:县发改局(首位单位为牵头单位,下同)、县财政局…」 (KC01)
FIRST_LEAD_RULE = (r"(?:(?:排在|列)第一位|排名第一)(?:的|者)(?:责任)?(?:部门|单位)?为牵头(?:部门|单位)"
                   r"|(?:排在|列)?首位的?(?:责任)?(?:部门|单位)?为牵头(?:部门|单位)")
# More endings of bodies that assign or receive tasks, beyond the issuer endings above (which the
# segmenter shares): 「信息化、住建…等有关部门」 「地方志工作机构」 「政府督查室」 「海关总署」 「各县、市、区政府」.
# Zones and task forces act as bodies too (「各经济特区」, CW08): 「立山经济开发区」 「嘉定工业区」 (L01) 「全区经济运行各专班」 「北京市大数据工作推进小组」
# 「市减灾救灾专家组」; grain depots and the army's local command: 「中储粮株洲直属库」 「泸州军分区」 「石家庄警备区」 (HH03).
BODY_SUFFIXES = ("直属库", "军分区", "警备区", "小组", "专家组", "主管部门", "部门", "单位", "机构", "机关", "总署", "政府", "室", "开发区", "高新区", "经开区",
                 "科",  # a bureau's section: 「局传媒网络视听管理科负责…审核」 (DP06); no issuer's ending (「黄浦区科学技术委员会」)
                 "新区", "工业区", "特区", "专班",
                 "园区",  # a zone as 开发区 is one: 「新都高新技术产业园区要突出高新技术特色」 (FO05, FO07, FO11)
                 "筹备组",  # 「街道办事处筹备组作为…具体组织实施者,要…」: a body before it is set up (DA06)  # (经开区: a 经济技术开发区 by its short name, 「宁乡经开区」 「经开区」 in BQ03's table)
                 "海关",  # 「南京海关」, and 海关 alone as the statutes name the customs (W01, V08)
                 # a coordination mechanism assigned work as a body is: 「市级物业管理联席会议」 (BJ04, BK03, AD01); not
                 # 工作组 nor 督导组, sent out more often than named (「派出工作组」)
                 "联席会议",
                 "执法主体")  # 「行政执法主体应当…」: the statutes' name for whoever enforces (AX08, Z05, BK09)
# Endings that name a body alone, where the text means one it has named: 「由办公室负责抓好综合督办协调工作」
# 「法院要积极参与政府决策过程」, and a county's one zone by its kind: 「由高新区负责为入园企业提供…服务」 (P01)
# (other endings alone, 「局」 「中心」, name none).
# (管委会: a zone's board by its kind, 「区人民政府和管委会及其有关部门…应当…」 (CF08), the last one named in full if any)
BARE_BODIES = ("办公室", "主管部门", "法院", "检察院", "高新区", "开发区", "经开区", "海关", "街镇", "管委会")  # (not 街道: a street too, 「街道应当保持路面平整」)
# Short names that are stems in a list sharing an ending (社 as in 报社): 「财政、人社、税务等部门」 names 人社部门 (AO12,
# sample 003); alone, 「由人社牵头」, the body
BODY_LIKE_STEMS = ("人社",)
# Words that end like a body but are not one: 「广大干部」 「工作部署」 「政策出台」 「总体格局」 「公共场所」.
NOT_BODY_ENDINGS = (
    "网站",  # 「政府门户网站应当强化信息检索…」 (AQ05): a site, not its office
    "酒店", "饭店",  # businesses (AR09); a bare 宾馆 too (duty_finder), but not 「省迎宾馆」
    "干部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "部署", "签署", "格局", "布局",
    "大局", "全局", "出台", "平台", "场所", "住所", "之处", "大会", "机会", "企业", "有限公司", "个人", "人员",
    "同志", "负责人", "群众", "创办", "举办", "承办", "交办", "开办", "主办", "协办", "督办",
    "行业协会",  # 「电梯行业协会」: a trade's association, no office (AJ02, AJ05); 「市科学技术协会」 is a body
    # a field of study, not a section (科 ends a bureau's section: 「局传媒网络视听管理科」, DP06)
    "学科", "本科", "专科", "百科",  # (not 理科: 「…管理科」)
    # a building's parts and the places a rule governs: 「封闭建筑物阳台,应当…」 「公共厕所应当设置…标识」 「城市公园应当合理
    # 设置…」 (HU03, HU05)
    "阳台", "窗台", "厕所", "公园",
    "高处", "低处", "处所",  # 「管道高处应装排气阀」 (IB02) 「…交通管理部门处所」, premises (HZ07)
    # a tour's party and its people, not a team of an office (支队, 大队): 「组团社应当…」 「领队应当…」 「旅游团队…」 (IJ01)
    "组团社", "旅行社", "领队", "团队",
    "有所",  # 「经济下行压力有所加大」 (JZ01): an adverb, no 所
    "金额单位", "计量单位", "数量单位",  # a table's unit of measure, 「金额单位:万元」 (LC02)
)
# Offices whose abbreviated names end in one of those words: 「市政务公开办」 is 政务公开's office, no 开办 (DU05)
BODY_ENDINGS_NOT_OF_WORDS = ("公开办",)
# Units named by their part in a transaction or an event are parties, not assigned bodies: 「用人单位」 「建设单位」 「中标单位」
# (「收费单位应认真执行收费公示制度」 「起草单位」 「市直单位」 are bodies).
PRIVATE_UNITS = (
    r"用人|用工|用能|建设|施工|设计|监理|勘察|中标|投标|招标|持证|使用|运营|生产|经营|销售|申报|申请|参保|投保|缴费|检测"
    r"|培训|物业|委托|事发|排污|产权|业主|主办|协办|需求|预警|企事业|企业事业|进口|出口|供货|报验|收货|产生|处置|收运"
    # an event's or a project's organiser is a party; the body that handles a proposal, a case, a decision or a file is a
    # body: 「各承办单位要认真贯彻执行…」 (KP01, FX12) 「承办单位要严格按照…程序」 (BM04) 「決策事項承辦單位」 (KA01), not
    # 「表演及展览活动的承办单位」 (IC06) 「运动会承办单位」 (review); 「文件(项目)承办单位」 (FH09) is a file's
    r"|(?:活动|项目|赛事|展会|展览|演出|会议|比赛|论坛|演唱会|运动会|晚会|庆典)的?承办"
    r"|承包|分包|代建|参建|监测|项目管理|承建|运输|作业|出租|运行维护"  # the parties to a works contract (AB02, AC05, AB06)
    r"|制造|维护保养|维保|安装|改造|修理"  # an elevator's or a device's makers and servicers (AJ05)
    r"|物业服务企业|宾馆|酒店|饭店|维护"  # 「物业服务企业、宾馆、酒店等单位应当…劝阻」 (AR09) 「维护单位应当定期检查」
    r"|编印|印刷|编辑|发行"  # a gazette's colophon: 「编印单位:安阳市人民政府办公室」 under its last document
)
# The verbs a member unit's duty opens with after its name and a colon: 「(7)市公安局:组织落实…」 「市财政局:负责…」
MEMBER_VERBS = "负责|牵头|配合|协助|组织|指导|督促|做好|承担"
# Institutions named by their trade are parties too, regulated, not assigned: 「金融机构」 「培训机构」 「检测机构」 「安全评价机构」
# 「司法鉴定机构」 (the keys leave them out: AC08, AC06, GP10, DE05); a body's own agency is named otherwise (「医疗保障经办机构」
# 「不动产登记经办机构」). (Not 医疗机构: public hospitals are given tasks, the samples' key counts them, the set's mostly not.)
PRIVATE_INSTITUTIONS = r"金融|培训|检测|检验|评价|鉴定|认证|代理|保险|研发"  # (研发: a subsidy's applicants, 「新型研发机构」, LC01)
# Levels printed before a shared body: 「省、自治区、直辖市人民政府」 「各县、市、区政府」 「省、市、县三级财政」; 内蒙古's
# 苏木 and the 民族乡 among them: 「苏木、乡、民族乡、镇人民政府负责…」 (BJ06).
PLACE_LEVELS = r"(?:各(?:有关)?|有关|其他|沿江|沿海|沿边)?(?:自治区|自治州|自治县|直辖市|计划单列市|设区市|不设区的市|设区的市|市辖区|县级市|省|市|县|区|州|盟|旗|乡|民族乡|镇|街道|苏木)(?:[(〔](?:市|区|州|地|市、区)[)〕])?"  # 「州(地)、县人民政府」: a prefecture or a 地区 (DA03); 「沿江省、直辖市人民政府…」 (GC02)
# Words a body name never holds; they mark a clause, not a name: 「国家粮食局会同财政部」 「市政府的安排」.
# The endings of the partner a verb names after it, within the clause (JOINTLY, WITH_PARTNER, 依托 in DUTY_MARKERS)
_PARTNER_ENDINGS = "局|委|厅|部|院|队|所|站|中心|政府|部门|单位|机构"
# 联合 as 会同, a body then its partner: 「花门街道办事处执法大队联合县城市管理综合执法局依法…」 (DJ08); not 联合会 or 联合国,
# nor 「联合执法」 with no partner named
JOINTLY = rf"联合(?![会国体办])(?=[^,。;:]{{2,30}}?(?:{_PARTNER_ENDINGS}|办事处))"
# 协同 too, its partner named: 「广场便民警务站协同广场派出所做好广场治安秩序管理工作」 (FN09); not 协同发展, 协同创新, …, a
# name's words (「京津冀协同发展领导小组」)
WITH_PARTNER = (rf"协同(?=[^,。;:]{{2,30}}?(?:{_PARTNER_ENDINGS}|办事处))"
                r"(?!发展|创新|推进|治理|联动|配合|作战|办公|育人|监管|共治)")
# 商 as 会同, with whom a body drafts: 「由国家计委商财政部、…供销总社后下达」 (AV09) 「由黑河流域管理局商三省区人民政府
# 水行政主管部门…编制」 (DF05) 「由办公室商各成员单位印发」 (EE02); not 协商, 会商, 商务, 商业, 商定 … (the literal first,
# its lookbehind after it: an alternative opening with a lookbehind is tried at every character, eight times the scan of
# all the others)
CONSULTING = r"商(?<=[局委部府厅院署构门处位关室,]商)(?![务业品标会场户铺人定议量讨榷洽谈贸检丘洛州南河城水都])"
# Words whose first character ends a body's name (团, 协, 处): a list cut between their characters ends inside a word,
# 「会同宗教工作部门及有关宗教团体直接协商解决」 no 「有关宗教团」 (EP01)
PAST_AN_ENDING = frozenset(("团体", "协商", "协调", "协助", "协议", "协作", "处理", "处置"))
# What may follow a 及 that joins two bodies: not a level's 「县级及以上」 (IN02), which stands inside one body's name; a firm's
# grade's 「丙级及以上」 joins as any 及 (IH03). (bodies._JOIN splits a list at such a 及; NOT_IN_BODY keeps one from a name.)
AND_NOT_A_LEVELS_RANGE = r"(?:(?!以上)|(?<![省市县区州乡镇]级及))"
NOT_IN_BODY = (
    r"的|负责|会同|牵头(?!单位|部门)|配合(?!单位)|按照|根据|应当|必须|要(?<!主要)|等|是|并|由(?<!自由)|向|将|把|所在(?![省区县市州镇乡地])|以下简称|或"
    r"|应请"  # (a clause asking another: 「有关移民工作应请地方政府…」, JY01)
    # (not the 由 of a free-trade zone's name: 「国务院自由贸易试验区工作部际联席会议办公室要…」, JZ03)
    r"|(?<!^[省市县区州])及" + AND_NOT_A_LEVELS_RANGE + r"|(?<=^[省市县区州])及(?!设区的市|" + PLACE_LEVELS + r")|职责"  # (a run of levels: 「市及区(市)县人民政府公安机关」, FY01)
    # a passive's agent: 「企业被人民法院依法予以解散」 (GI02); not a name 被 opens, 「被诉行政机关发现…的,应当…」 (DW05), which
    # NAMES_OPENING_LIKE_A_WORD reads
    r"|(?<!^)被"
    r"|拒不"  # a refusal, a case's: 「(一)拒不采纳市场监管部门依法提出的公平竞争审查意见的」 (GX03)
    r"|下达"  # a plan handed down: 「…下达各省、自治区、直辖市、计划单列市人民政府和国务院有关部门执行」 (HK01)
    # one body commissioning another, 「由地方动物卫生监督机构委托同级渔业主管部门实施」 (HF02), 「一般委托区消防救援支队组织…」
    # (EM01); not the one commissioned, 「受委托机构」 (BK01)
    r"|(?<!受)委托(?!代理)"
    # a deputy's post, a member list's people run together: 「庄长兴 省政府副秘书长 / 钟健能 省委组织部副部长」 (HE07)
    r"|副(?:秘书长|部长|主任|厅长|局长|市长|省长|县长|区长|巡视员|院长|处长|书记)"
    r"|设立|成立|分别|设在|确定|一批|一些|若干|多个|作为"  # 「壮大一批民营企业集团」 「办公室设在市卫健委」 「本规定不作为…」
    # 「杨行镇建立村级集体投资工程建设项目管理领导小组(以下简称…),负责…」 (EQ03) 「气象灾害应急工作坚持政府统一领导…」 (ES10)
    r"|建立|组建|坚持"
    r"|移交"  # 「由海关移交口岸药品监督管理局监督处理」 (W01): a handing over, between two bodies (not 移送: 「案件移送部门」, T07)
    # and the other steps one body takes towards another: 「由自治县人民政府提交自治县人民代表大会常务委员会审查」 (HQ03),
    # 「由机场所在地省级人民政府报请国务院审查批准」 (HS02), 「街道办事处协助旗县级人民政府绿化委员会办公室开展…」 (HQ05),
    # 「上级监管机构发现下级监管机构负责监管的…」 (HR01), 「由国务院国资委股东代表通过股东会依法行使表决权」 (HR05)
    r"|提交|报请|协助(?!单位)|发现(?<!第一发现)|通过"  # (not 「第一发现部门」, the body that finds a case first, EM03)
    # 「由市、县土地管理部门逐级呈送上级土地管理部门报原批准用地的人民政府批准」 (JE02): a file sent up, level by level
    r"|逐级|呈送|呈报"
    # 「…由国家有关部门报国务院批准」 (HV01): a report up to a government, not a 报社 or 情报 of a name
    r"|报(?=国务院|党中央|中国|国家|当地|[省市县区]|上级|同级|本级)"  # (「开户银行报中国人民银行当地分支行」, IL07)
    r"|组成(?!部门|员)"  # 「…水务部门组成联合督查组」 (DF05): the verb, its object's 联 no 妇联's; not 「市政府组成部门」 「小组成员」
    rf"|{JOINTLY}|{WITH_PARTNER}"  # 「…执法大队联合县城市管理综合执法局」: two bodies (DJ08)
    r"|规定"  # 「法律、法规、规章规定市场监督管理部门应当…」 (E19): what the law provides, no list of bodies
    # a table's column heads run into its first row: 「事项责任单位牵头单位加强粮食储备管理区发改委」 (「各责任单位」 ends with one);
    # one alternative per word, as a group of words to open one would keep the search from skipping (see 国家 below)
    r"|责任(?:单位|部门)(?=[\u4e00-\u9fff]{4})|牵头(?:单位|部门)(?=[\u4e00-\u9fff]{4})|配合(?:单位|部门)(?=[\u4e00-\u9fff]{4})"
    # 「市公共资源交易服务中心对各行业主管部门审核…」 (DU05): two bodies; not 对外, 对口 in a name, nor a verb's 对 (「核对工作
    # 领导小组」, GW02; not 应对, which is also 应 and 对: 「X应对Y进行审核」)
    r"|对(?![外口])(?<![核校比]对)"
    r"|仍|仅|在(?<![所设]在)"  # 「各登记经办机构仍在辖区内…」 (AA04) 「投诉人仅对办案机关…」 (AE03) 「生活垃圾在中转站…」 (AB07)
    r"|须"  # 「无主垃圾须运输至…临时中转站」 (BU03): a modal, as 必须
    r"|可(?=[对以由向按在]|委托)"  # a permission in the clause: 「领导小组可对成员单位进行调整」 (BG09) 「产权人可委托…单位」 (EC02)
    r"|应(?=委托)"  # 「村委会(建设单位)应委托监理公司进行工程监理」 (EQ03)
    r"|经(?![济开信贸管营办]|委(?!托|员)|商(?!务)|发(?!改))"  # 「专区反哺数据经专区监管部门审核」, but 「市经信局」 「医保经办机构」 「市经委」
    # 「区经商局」 (经济商务局, AG08), but 「经商务部门审核」; 「经发中心」 (经济发展, EQ06), but 「经发改委审核」
    r"|以(?![上下])"  # 「举报次序以粮食行政管理部门受理…为准」, but 「县级以上地方人民政府」
    # 「区域范围为自治区商务厅组织审核确定的…」 (AH02), but 「为民服务中心」 「违法行为发生地…部门」
    r"|为(?<=[\u4e00-\u9fff]{3})(?<![行作认因成以称更无勇]为)(?![民老])"  # not 「无为县」 「见义勇为」
    # 「3.1 市场监测」 run into 「国家发展改革委…」 by a lost line break: 国家 after a character, not after 中国 (the
    # lookbehinds follow the word, so that every alternative opens with a character a search can skip to)
    # but a city's own: 「市国家保密局」 「区国家安全局」 (BA06); nor a national title a group works towards, named in its
    # name: 「迎接国家卫生县城复审工作领导小组」 (DO02), 「创建国家森林城市工作领导小组」
    r"|国家(?<=.国家)(?<!中国国家)(?<![省市县区]国家)(?!卫生|级|森林|园林|生态|文明|全域|历史文化)"
    r"|序号"  # a flattened table's head row joined: 「序号目标任务牵头单位」 (AN01)
    r"|参照|转入"  # 「以上具体操作技术参照国务院…机制《…》执行」 「普通病例转入定点医疗机构进行救治」 (CV10)
    r"|着|提请|属于|个以上|本机关"  # 「关徽寓意着中国海关依法实施…」 「海关提请有关部门…」 (AP03) 「其他不属于街道办事处…」
    # 「两个以上行政机关共同制作…」 「维护和更新本机关主动公开的政府信息」 (AQ03, AQ05)
    # a body reporting to another: 「会同区财政局、区绿化市容局报区政府同意后」 (AU04)
    r"|报(?<=[局委办厅院署室]报)(?=[省市县区国])|上报(?<=[局委办厅院署室]上报)(?=[省市县区国])"
    r"|报送(?<=[局委办厅院署室]报送)(?=[省市县区国])"
    r"|提出|性地"  # 「创造性地提出本单位应对疫情…的举措」: a verb and its object, an adverb (AU09)
)
# Words that open a clause, not a name: 「对省级人民政府…」 「在国务院统一领导下」 「建议省政府协调…」.
# Names that open with one of NOT_BODY_OPENINGS' words: places, 「和平区人民政府」 (天津) is a body, 「和有关部门」 no name,
# nor 「和政府有关部门」 「和县级人民政府」; and 指挥部, where 指 opens no definition.
NAMES_OPENING_LIKE_A_WORD = (r"(?:和平|和顺|和政|和静|和硕|向阳)(?:区|县|镇|乡|街道|村)|和田|和县(?!级)|和龙市|和林格尔"
                             r"|和布克赛尔|指挥"
                             # 住建's field, a verb too: 「建设行政主管部门负责…」 (AJ05), 「…、建设管理、税务等部门」 (DS02),
                             # 「建设部门」 「建设交通部门」 「建设和规划主管部门」 「建设管理局」 (review)
                             r"|建设(?:(?:行政|交通|规划|和交通|和规划)?(?:主管|管理|行政管理)(?:部门|机关)?"
                             r"|(?:行政|交通|规划|和交通|和规划)?(?:部门|机关)|(?:交通|规划)?管理(?:局|委员会|委))(?![\u4e00-\u9fff])"
                             r"|商务|商业|商贸|商会|商标|商品|商场|商超|商圈|商事|商学|商检|商丘|商洛|商州|商南|商河|商城|商水|商都"  # (商: 会同 at a clause's start, DF05; 商检, HL03)
                             # a government a procedure names by what is done to it: 「被诉行政机关」 「被约谈县(市、区)人民政府」
                             # (DW05, GK01; not 「被检查单位」, most often an enterprise, a private party the keys leave out)
                             r"|被(?:调查|诉|约谈|检查|审计|征求意见|考核|督查|巡查|评估)(?=.*?(?:机关|政府|部门)(?:$|[、,和及]))")
# Openings no name starts with, whatever department's ending follows (opens_clause reads a two-character opening before an
# ending as a name, 「建设局」 「监测中心」): 「通过银行按月支付」 (AQ04) is no 通过's 银行, 「组建工作专班」 no 组建's 专班
NEVER_NOUN_OPENINGS = ("通过", "组建", "成立", "设立", "建立", "整合", "充实", "承担", "主要承担",
                       "造成",  # 「造成所负责考场…」 (HF03)
                       "参加",  # 「参加联席会议」 (IF02)
                       "允许")  # 「(四十一)允许银行将…」 (JZ03): a permission
NOT_BODY_OPENINGS = (
    "对", "在", "向", "从", "为", "与", "和", "及", "据", "凡", "如", "若", "按", "将", "把", "被", "给", "建议", "请", "提请",
    "报请", "联系", "督促", "指导", "协调", "配合", "通过", "加强", "支持", "鼓励", "引导", "推动", "确保", "做好",
    "允许",  # 「允许国家级开发区实行兼职兼薪…」 (AX09)
    "所述",  # a patent's or a rule's back-reference: 「所述控制模块用于与管理中心进行数据交互」 (KB06)
    # a wish, which assigns nothing (REQUEST_OPENINGS), and an adverb of pace: 「社会各界…希望财政部、国家档案局加强政策指导」
    # 「逐步暴露出基层单位在应用…中存在的…问题」 (KL03)
    "希望", "逐步",
    "结合",  # 「请结合省人力资源社会保障厅、省财政厅《…》等有关文件要求,及时做好…」 (KD03): what the task heeds, no bodies
    "年",  # the rest of a date whose digits the name stops at: 「2017年秋季县政府将重新制定奖励办法」 (EK02)
    "检查", "清理",  # 「检查各县(市、区)局…」 (DU09) 「清理结果汇总后送市政府法制办…」 (DU05)
    "通知", "监督",  # 「请通知有关收费单位到…」 (AO04) 「监督指导经办机构…落实政策」 (AO12)
    "除",  # 「除价格主管部门统一规定的…优惠政策外,…」: an exception's preposition (DE01)
    "造成",  # 「(五)未认真履行职责,造成所负责考场出现秩序混乱…的」: a consequence, no 造成所 (HF03, bodies._NEVER_NOUNS)
    # a penalty's words, a case's negated verb: 「没收和罚款使用省财税部门统一印制的罚没收据」 (HL03) 「…不到劳动保障等行政管理部门
    # 进行录用登记的」 (HL01)
    "没收", "罚款", "不到", "不按", "不予", "不得",
    "服从",  # 「…服从应急指挥机构的统一指挥」: whom one obeys (HM04)
    "商",  # 「…的基础上,商三省区人民政府水行政主管部门…制定」: 会同, the body named before (DF05)
    "个",  # 「7个乡镇卫生院完成搬迁」: a count's measure word, its number dropped from the name (DH04)
    "实行",  # 「实行分级管理、分级响应、各部门落实各项责任制」 (EZ06): a principle's verb, no list of bodies
    "坚持", "建设", "加快", "推进", "深化", "完善", "健全", "全面", "实现", "促进", "构建", "打造", "提高", "提升", "强化",
    "优化", "你", "不得", "深入", "严格", "督导", "监测", "解决", "设置", "依托", "具备", "分类", "予以", "经市", "经省",
    "经县", "经区", "报", "每年", "可以", "到", "移交", "移送", "保证", "因", "明确", "推荐", "发现", "自觉", "开办",
    "参照", "可参照", "接受", "保障", "不再", "禁止", "拒绝", "提交",
    "不协助", "不配合", "不履行", "不按",  # a penalty's condition: 「(一)不协助政府做好…工作的」 (GB09)
    # a clause's purpose, proviso or wish: 「有利于促进国务院财政税务部门…」 (HV02) 「不影响行政执法委员会…」 (HV03) 「提倡和鼓励
    # 社区居民委员会…」 (HU03)
    "有利于", "不影响", "提倡",
    # 「改善和加强大中城市工商行政管理部门对市场的监督管理」 (CW05) 「进入市公共资源交易服务中心进行交易的项目」 (DU05) 「争取
    # 教育部门…支持」 (IB03) 「举办中医诊所…」 (HZ03)
    "改善", "进入", "争取", "举办", "落实",  # (and 「落实部门定期会商、专家综合研判…」, the samples' 003)
    "参加",  # 「2.参加联席会议,提出工作建议」: a member's task, no body (IF02)
    "未获得", "未经",  # a case's negated step: 「…未获得工商行政管理部门核发的营业执照的」 (IL07); not 未成年人保护委员会
    "分送", "抄送", "转送", "送",  # 「按照职责分工,分送法制工作委员会和有关委员会…进行审查」 (AW08)
    "发挥", "聘请",  # 「发挥工会…作用」 「聘请市场化专业团队」 (AX02, AX05); not 防止: 「防止返贫监测帮扶工作领导小组办公室」
    "还应", "还要", "还须",  # 「还应检查第三类单位落实…」 (AZ02)
    "组建", "成立", "设立", "建立", "整合", "充实",  # 「(一)组建工作专班。组织精干力量…」: a measure's heading (review)
    "主要承担", "承担",  # 「主要承担联席会议组织联络…工作」 (R01)
    # a glossary's definition and a budget's line: 「事业收入:指事业单位开展…取得的收入」 「反映机关事业单位…支出」 (BS05);
    # not 管理, which opens 「管理部门」 「管理单位」 as often as 「管理省药品监督管理局」
    "指", "是指", "反映",
    "重点",  # 「重点分解政府完成约束性指标」: an adverb, then a verb (BO10)
    "发动", "动员", "号召", "凝聚",  # 「发动养老服务机构加强对员工…的宣传」 (BV07): who is moved, not who moves
    "协同",  # 「…;协同生态处和综合执法大队开展调查取证」 (BW10): the partner of the office the item names
    "交至", "携带",  # 「…意见后,交至镇规建办」 「携带竣工相关资料至管理办公室」 (EQ02): what is handed to a body
    "同时", "利用",  # 「…等部门共同推进城市体检工作。同时利用第三方技术团队,加强技术支撑」 (AD02): an adverb, then a verb
    "包括",  # 「确定文件材料的具体接收范围,包括本部门在各项工作和活动中形成的…历史记录」 (FH09): what a range holds
    "同意", "原则同意",  # 「同意撤銷銅陵承接產業轉移集中示范園區」: a reply's consent, then what it consents to (AH01, the samples' 002)
    # 「不得拒绝其他部门提出的…」 「深入有关地区、部门开展调研」 「报市教育局进行…」 「到幼儿园进行资格审核」
)
# Adverbs that open a sentence before its subject, no comma after them: 「原则上县财政局应于…」 「必要时市应急局可以…」 (GK03);
# the body after them is the subject (bodies._LEADING_WORD). 「其中区农业农村委牵头…」 (AD07), but 「其中标所在区…部门」 is
# 其 and 中标 (BU12). (Patterns, each opening with its first character.)
SENTENCE_ADVERBS = ("原则上", "必要时", "另外", "此外", "其中(?![标心])", "今后", "届时", "目前", "首先", "其次", "最后")
# Section headings that a lost line break runs into the clause after them: 「四、工作要求」 「3.1 市场监测」
# 「2.3.3 事件评估组」.
HEADING_ENDS = r"要求|职责|分工|领导|保障|责任|机构|监测|报告|措施|事项|机制|任务|组织|组"
# A body that opens a clause, then an aside, then its task: 「其他有关部门在指挥部的统一领导下,做好…」
# 「各省、自治区、直辖市人民政府作为…主体,要切实落实主体责任」; or a condition the statutes set on the task:
# 「有关飞行管制部门接到申请后,应当及时作出决定」 「有关监督管理部门发现…涉嫌犯罪的,应当及时移送公安机关」 (V05, V07).
# 在 opening an aside, not the 在 of 所在: 「…项目所在地区…」 (X02); the lookbehind after the word, so a search skips to 在
IN_ASIDE = r"在(?<!所在)"
# (对照 as 按照: 「省级财政、…、水利部门对照通知要求,组织…」, DZ03)
# (接报, an emergency plan's word for a report received: 「相关行业管理部门接报信息后,应当在规定时间内填写…」, FH06)
# (what the body acts on, its own clause up to the comma: 「侦查机关对检察机关移送的犯罪线索…,应当依法办理」 (HV05) 「市场监督管理
# 部门对举报的违法行为,应当及时调查处理」)
ASIDE_OPENINGS = rf"{IN_ASIDE}|作为|根据|按照|依照|对照|结合|是|接到|收到|接报|发现|对(?![外口应])"
# The place of an act that picks out which body acts, as statutes print it with 的: 「违法行为发生地的县级以上市场监督
# 管理部门」 (T09) 「作业地的气象主管机构」 「所在地的气象主管机构」 (V05).
PLACE_OF_ACT = r"发生|所在|作业|制造|生产|经营|登记|注册|户籍|居住|住所|举办|施工"
# Generic bodies named by place alone: 「各设区市」 「各地区」 「各乡镇」 「各县(市、区)」.
# 「各区县(乡镇、街道)」 「各区、县级市」 「各有关区(县级市)」 (AA03) 「各市(州)、县(市、区)」 (AG06); the cities or areas of a
# pilot: 「各试点城市要…」 (HA01)
# 「各产业集聚区(专业园区)」, 河南's zones (EA07); 「各镇(街道、园区)」 (AN01) 「各乡镇(场、片区、街道)」 (AM01) 「各街道(功能区)」 (BH01): a town's farms, parks and areas beside it;
# a township's villages and communities, as 各村委会 is a body: 「各村、各单位要…」 (BH09, AN11) 「各村(社区)」;
# 内蒙古's banners, townships and villages: 「各旗县区」 「各苏木镇」 「各嘎查村」 (FI02, FI03)
PLACE_BODY = (r"各(?:有关)?(?:(?:试点|示范)?(?:城市|地区)|设区的?市|地方|地|(?:[省市县区州盟旗乡镇街道()、]|苏木|嘎查|园区|片区|功能区|开发区|示范区|村|社区|(?<=[(、])(?:场|居)"
              r"|(?:产业)?集聚区|(?:专业|产业|工业)园区){1,14}(?:县级市\)?)?)|有关地[区方]")
# Public purse of a level, assigned a cost: 「由省财政解决」 「省、市、县三级财政…分担」 「由区级财政保障」 (AD01, AA05).
PURSE = r"(?:中央|地方|[省市县区]级?|各级|本级|同级)财政"
# 负责 as a verb, not in 负责人 or 负责同志 (a role): but 「安监所负责人员密集场所房屋的消防安全宣传」 is 负责 and its object (FM01)
RESPONSIBLE = r"负责(?!人(?!员密集)|同志)"
# A body's remit, printed between its name and its task: 「在各自职责范围内」 「在其职权范围之内」 「在法定职责范围内」
REMIT_WORDS = r"的?(?:法定)?职[责权](?:范围|权限)?之?内"
REMIT = rf"在(?:各自|其)?{REMIT_WORDS}"
# What follows a body that is given a task: a modal, 负责/牵头/会同, or the task's own verb.
# 「海关总署要继续做好牵头工作」 「县级以上人民政府应当加强…」 「公安部负责维护…」 「国家粮食应急工作指挥部立即组织…」
# 「市城市管理局、市住建局…等相关部门结合工作职责,共同推动入河排污口排查整治工作」
DUTY_MARKERS = (
    "具体负责", "统筹负责", "总体负责", f"主要{RESPONSIBLE}", "具体(?=受理|承办|实施|承担|办理|组织)",  # AA04
    "主要(?=承担)",  # 「中国人民解放军、中国人民武装警察部队主要承担…攻坚任务」 (EN01)
    RESPONSIBLE, "牵头", "会同", "应当", "必须", "要(?!求)", "应(?!急|届)", "须",
    "可以?(?=会同)",  # what a body may do with another is its task, the keys read: 「市大数据局可会同市财政局委托…」 (GK05, JH06)
    # a body acting within its remit (REMIT): 「…等部门在各自职责范围内参与相关工作」 (AE02) 「…等部门在职责范围内做好…工作」
    # (HJ01) 「乡(镇)人民政府在其职责范围内…」 「审计署在法定职权范围内…」
    f"在(?:各自|其)?(?={REMIT_WORDS})",
    "领导(?=本行政区域|本辖区|全省|全市|全县|全区)",  # 「县级以上人民政府领导本行政区域内的土地整治工作」 (HG01)
    "将", "按照", "按", "根据", "依照", "依据", "依法", "立即", "及时", "迅速", "积极", "切实", "认真", "继续", "全力", "主动", "共同",
    "严格",  # 「请各参会单位严格控制参会人员」 (KA06): no 「各参会单位严格控制参会」, though 会 ends names
    "统一", "统筹", "分别", "主管", "承担", "组织", "指导(?!价)", "协调", "协助", "督促", "做好", "开展", "建立",
    # a task's time, as 及时 is its manner: 「由市、县两级交通运输局每年按…申报」 (IA01) 「市财政局每季度通报…」
    "每年(?!度)", "每季度", "每半年", "每月", "定期",  # (「每年度」 names a period: 「…定点医疗机构每年度进行…结算的基金」)
    "制定", "制订", "落实", "提出", "审核", "执行", "配合", "履行", "完成", "跟踪", "加强", "推进", "实施", "加大", "进行", "受理",
    "协办",  # 「…、厦门出入境检验检疫局协办」 (BH05)
    # 「区规划资源局、区发展改革委…等相关部门参与确定年度任务清单」 (DE06); not 「…,参与数字政府建设工作的各部门、单位」, which
    # names who else is concerned (E04), nor a condition's 「其他机构参与本市政务数据采集汇聚的,可…」
    "参与(?![^,。;:]{0,24}的(?:,|$|[^,。;:]{0,8}(?:部门|单位|机构)))",  # ($: a clause read alone ends at its comma)
    CONSULTING,
    "务必",  # 「各乡镇、各部门务必要统一思想」 (CN03); 「一定要」 is 要 after an adverb (duty_finder._EACH)
    JOINTLY, WITH_PARTNER,
    rf"依托(?=[^,。;:]{{2,30}}?(?:{_PARTNER_ENDINGS}|平台|系统))",  # 「市人社局依托市公共就业服务中心开展…」 (review)
    "核准",  # an approving authority's list: 「1.市经济信息化委核准炼油…项目」 「浦东新区投资主管部门…核准其所属区域内项目」 (CC01)
)
# Verbs that, after a body's name, start a clause rather than a longer name: 「市卫生健康委委托市妇幼保健院」
# 「市防灾减灾救灾委员会请求省防灾减灾救灾委员会专家委员会」 「国家粮食应急工作指挥部下设办公室」
# 「州人民政府授权州数据资源主管部门负责…」 「请各盟市物价部门指定有关科室…」 (U05) 「X提请有关主管部门…」 (V02).
INNER_VERBS = ("下设", "授权", "委托", "请求", "汇总", "责成", "联合", "移送", "推送", "通报", "报送", "指派", "商请", "指定",
               "提请", "建议", "支持",
               "提高",  # 「请各单位提高政治站位」: no 「各单位提高政治站」 (站 ends names, BZ02)
               "召开",  # 「召集成员单位召开联席会议」: no body's name, though it ends in one (EQ01)
               "依托")  # 「会同本级人民政府其他有关部门依托全国卫星导航定位基准站」: no 「…基准站」 (AC05)
# Verbs after 由X that make X the doer of the task: 「由省财政解决」 「由联席会议办公室召开联络员会议」
# 「由市政府办公室数字政府专班予以核实」; and the statutes' verbs of jurisdiction and sanction: 「由广告主所在地市场监督管理部门
# 处理」 「由国务院文化行政部门规定」 「由原发证机关吊销许可证件」 (E19, V03, V07; the key of sample 000 leaves out its two
# such clauses, 「由公安部门处理」 and 「由原发证部门吊销…」, which the real texts' keys count); 「由监察机关或者任免机关对其
# 主要负责人…给予…处分」 (V07, Y08); 「由省级人民政府确定」 (AB04); 「由机构审批机关管辖」 (AC08).
BY_VERBS = DUTY_MARKERS + ("承办", "向", "自行", "解决", "分担", "召开", "报", "审批", "核定", "拨付", "安排", "编制", "研究", "予以",
                           "处理", "审定", "公布", "吊销", "没收", "规定", "责令", "对", "确定", "管辖", "保障",
                           "支付", "先行",  # 「处置费用由同级人民政府先行支付」 (AJ04)
                           # a plan the body issues and a purse it funds: 「建设实施方案由国家发展改革委印发」 (EO08) 「…建设投资,
                           # 由国家计委补助一百万元」 (EO10)
                           "印发", "补助",
                           # an authority's acts: 「由县(区)南北两山绿化主管部门审查」 「由该县(区)人民政府登记造册」 (AW10)
                           # (not 办理 nor 批准: 「由市公安局交警支队办理《临时通行证》」 tells the public where to apply,
                           # 「由X报同级人民政府批准」 who approves)
                           # (not 提供 nor 汇总: the samples' key gives 「由省直各相关部门汇总后统一向省财政厅提出」 no task)
                           "审查", "审核", "登记", "认定", "查处", "处罚",
                           "监督",  # 「由国土资源等部门监督其限期整改」 (DF01)
                           "抓总", "代管",  # 「这项工作由省计委抓总」 (DG07) 「由国家计委和水电部代管」 (DG02)
                           "推荐",  # 「计划单列市由所在省级工业和信息化主管部门推荐」 (HA03)
                           # a file the body sends up: 「由市、县土地管理部门逐级呈送上级土地管理部门…」 (JE02)
                           "逐级", "呈送", "呈报",
                           "划定",  # 「城市广场管理区域由市、县(区)人民政府划定」 (HG03)
                           # an investment project's approving authority: 「由国务院投资主管部门核准」 (CC01's catalogue)
                           "核准",
                           # an authority's sanction or licence (AW05, V04, AW10): 「由公安机关给予警告或者处…罚款」
                           # 「由卫生健康部门处五十元以上二百元以下罚款」 「由原审批部门撤销…文号」 「由…部门代为补种」
                           "给予", "处以", "处(?=[0-9一二三四五六七八九十百千万]|以上|以下)", "撤销", "吊扣", "代为", "核发", "归口",
                           # (and what it withdraws: 「由市绿化市容局取消其区域建筑垃圾运输资格」 (EM05) 「由民航局注销」
                           # 「由省级商务主管部门收回」)
                           "取消", "注销", "收回",
                           # an authority sending its own or filing a record: 「由省政府办公厅派出专项督查组」 (BS03)
                           # 「由市物业管理行政主管部门录入物业服务企业信用档案」 (BS10)
                           "派出", "录入",
                           # the rules or plans an authority is to draw up: 「由乡镇人民政府拟定整治方案」 (BV11)
                           "拟定", "拟订", "制定", "制订",
                           # a follow-up an office is charged with: 「由区行政服务中心管委会、区政府督查室跟进督办」 (DO07)
                           "跟进", "督办(?!室|科|处)",
                           "出具")  # an opinion or a report the body issues: 「由区政府法制办出具审核意见」 (KD02)
# After 由X these give X a post or a membership, not a task: 「由教育部主要负责同志…担任」 「由…9个部门和单位组成」.
# (「本办法由X负责解释」 is a task: the keys of the samples and of real texts give it to X.)
# A verb made a noun by 情况 names what the body did, no task given it: 「区环保局受理和审批情况纳入县级调查表…」 (S04).
NOT_A_TASK = r"担任|兼任|组成|主持|[\u4e00-\u9fff]{2}(?:[和及与][\u4e00-\u9fff]{2})?情况"
# Labels of a page's metadata block, not bodies: 「发布部门:」 「发文机关:」.
METADATA_LABELS = ("发布部门", "发文机关", "发文单位", "发布机构", "发布机关", "印发机关", "来源单位", "所属机构", "牵头起草单位")
# Addressee of a 批复 or 函, named by pronoun: 「你省」 「你办要督促…」.
# 「你區政府要切實加強領導」 (AO01): the place's government named with the pronoun
# 「你镇要会同有关部门…」 (DQ01): a town's or a street office's too
ADDRESSEE_PRONOUN = r"你(?:们|单位|(?:省|市|区|县|州|盟|旗|镇|乡)(?:人民政府|政府)?|街道(?:办事处)?|办|部|厅|局|委|院|会)"
# A request with no subject is made of the addressee: 「二、请严格按照…规定,加强资金使用的监督管理」; not the
# covering notice's closing formula 「请认真贯彻执行」 「请结合实际认真组织实施」.
# (「希望…」 hopes, and assigns nothing: 「希望受表彰的市、县再接再厉」 「希望上台阶的县(市、区)珍惜荣誉」, the keys' reading of M03, M07,
# S12, A02, DC10)
# (nor the first character of a place's name, 「望都县人民政府办公室」 signing a notice (DO04), 望江县, 望城区)
# (nor a 请示's closing ask for the superior's answer, 「是否妥当,请予批复」 (EP01))
REQUEST_OPENINGS = (r"请(?!示|求|您|予?(?:批复|批示|审批|批准))|望(?<!希望)(?!(?![各你全该本])[\u4e00-\u9fff]{1,2}(?:县|市|区|镇|乡|街道))"  # not 「请示启动本预案」,
                    r"|建议(?=你)")  # nor a party's 「请求消费者协会…调解」 (Z06), nor a site's 「请您…联系本站」 to its reader (DO09)
# The verbs of the closing formula, which both patterns below read (「请照此执行」, BU09)
_FORMULA_VERBS = "贯彻执行|遵照执行|依照执行|按照执行|参照执行|照此执行|贯彻落实|贯彻实施|组织实施|执行|落实"
REQUEST_FORMULA = (
    rf"(?:结合实际|按照相关要求|(?:结合|按照)以下要求)?[,]?(?:认真|切实)?(?:{_FORMULA_VERBS}|抓好落实)"
    r"[。]?$"
)
# One clause of the formula, for a covering notice's request read clause by clause: 「请结合本地实际,认真做好
# 贯彻实施工作」, 「请认真贯彻,抓好落实」 and 「请各单位按照工作规则要求,认真贯彻执行」 (BM08) ask nothing more; 「请结合实际,
# 认真贯彻执行,修改完善本地区、本部门信息公开工作制度」 does.
REQUEST_FORMULA_CLAUSE = (
    r"(?:结合(?:本地|本地区|各自|工作)?实际(?:情况)?|按照[\u4e00-\u9fff]{0,10}要求|结合以下要求)?(?:认真|切实|一并)?(?:做好|抓好)?"
    rf"(?:工作)?(?:{_FORMULA_VERBS}|组织实行|组织落实|实施|贯彻)?(?:工作)?"  # 「结合工作实际」 「认真抓好工作落实」 (ET06, ET03)
)
# A request that asks the reader to give feedback, not a body to act: 「如有问题,请及时向区农业农村局反映」, or to report
# problems to the issuer, named by its kind alone: 「贯彻执行中如遇重大问题,请及时报厅」 (DB07).
FEEDBACK_REQUEST = r"反映|联系|咨询|等待|来电|拨打|及时(?:报告?|上报|报送)我?(?:厅|局|委|部|办|署|院|司|处|室)(?=[。;]|$)"
# A clause of a covering request that asks for feedback or gives the purpose, after the formula: 「请遵照执行,并将执行
# 中遇到的问题及时告知我们,以便进一步完善」 asks nothing more (AV08); 「请认真组织…排查,…于6月30日前将情况反馈我厅」
# asks the check.
FEEDBACK_CLAUSE = r"(?:告知|反馈|函告|告诉)(?:给)?我(?:们|部|委|厅|局|办|署|院|司|处|室)|^以便"
# The standard clause of a 批复 that funding is the addressee's own affair, no task: 「所需经费由你省自行解决」
# 「搬迁经费由你市自行解决」 「所需经费和人员编制由你省自行解决」, and staff or fees so: 「口岸办人员属地方编制,由你省调剂
# 解决」 「征地费和开办费由你省解决」 (EO01, EO10).
OWN_FUNDING = r"由你(?:省|市|区|县|州|盟)(?:自行|调剂)?解决"

# A collection files a notice's annex under the notice's title and the annex's place: 「…的通知/附件一」 (AV10). The
# title keeps it as printed; the kind is the notice's.
ANNEX_PATH = r"/附件[一二三四五六七八九十0-9]*"

# Departments' fields whose names hold 和: the last item of a list sharing an ending is one of them, not two stems
# (「省发展改革、工业和信息化部门」, AY02).
# (Not 文化和旅游: one department since 2018, two before.)
JOINED_FIELDS = ("工业和信息化", "住房和城乡建设", "自然资源和规划", "人力资源和社会保障", "科学技术和经济信息化",
                 "发展和改革", "经济和信息化", "城市管理和综合执法", "卫生和计划生育")
# What ends a party's trade, not a department's field, in a stem joined by 和: 「中间产品和设备供应商等单位」 (AB02)
# Society's members a list of duty bodies may name beside them, none a body itself: 「国家机关、社会团体、企事业单位应当…」
# 「…行政管理部门,学校、社区,以及广播电台、电视台、报刊、网站等媒体应当…」 (the keys keep the bodies: BB05, AJ03, L01, the
# samples' 001). A list that names people too binds everyone, no body: 「任何单位和个人发现…应当…」 「…技术机构、有关社会团体及
# 个人…应当…报告」 (the samples' 004).
SOCIETY = (r"社会团体|人民团体|群众团体|新闻媒体|媒体|企业事业单位|企事业单位|企业|个体工商户|个体经济组织|社会组织"
           r"|广播电台|电视台|报刊|网站|行业|行业协会|协会|商会")  # (「各区人民政府、…或有关行业协会负责…」: the association a party, GK04)
EVERYONE = r"个人|公民|自然人|其他组织|社会公众|任何单位|任何组织"
PARTY_STEM_ENDINGS = ("商", "企业", "产品", "公司", "厂", "者", "人", "户", "材料", "设备", "物资")
