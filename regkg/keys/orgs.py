"""Organisations: the endings of a body's name and the one pattern that reads a name.

The segmenter reads issuers and signatures with :data:`ORG_NAME`, the duty finder builds on
:data:`ORG_SUFFIXES`, and the graph reads the issuer a cited title opens with (:func:`issuer_in_title`).

>>> bool(ORG_NAME.fullmatch("泸州市人民政府办公室")), bool(ORG_NAME.fullmatch("国务院")), bool(ORG_NAME.fullmatch("特此通知"))
(True, True, False)
>>> issuer_in_title("山西省人民政府办公厅关于印发山西省政府购买服务实施办法的通知")
'山西省人民政府办公厅'
"""

from __future__ import annotations

import re

from regkg.keys.chars import openings

__all__ = ["ORG_NAME", "ORG_SUFFIXES", "ORG_SUFFIX_PATTERN", "issuer_in_title"]

# Endings of department and body names (「市发展改革委」 「市生态环境局」 「人行泸州市分行」).
ORG_SUFFIXES = (
    "人民政府办公室", "人民政府", "办公室", "管委会", "委员会", "指挥部", "领导小组", "工作专班", "分行",
    "支行", "中心", "公司", "集团", "银行", "法院", "检察院", "海关", "局", "委", "办", "厅", "部",
    "院", "会", "站", "所", "馆", "队", "处", "署", "联", "团", "社", "台", "校", "园", "协", "盟",
    "司",  # a ministry's department: 「国家药监局综合司」 「国家发展改革委价格司」 (BC01)
    "人行",  # the People's Bank's branch by its short name: 「市人行」 (DH02)
    "解放军", "驻军",  # the army: 「中国人民解放军…主要承担…攻坚任务」 (EN01) 「当地驻军」 (EO10)
    "防指",  # a 防汛抗旱 or 森林防灭火 指挥部 by its short name: 「各级森防指要成立督导组」 「市防指」 (EN06)
)
# longest first, so an alternation tries 「人民政府办公室」 before 「办公室」; after a lazy run of a name's characters, so
# tried only where an ending can start
_ENDINGS = sorted(ORG_SUFFIXES, key=len, reverse=True)
ORG_SUFFIX_PATTERN = f"(?={openings(_ENDINGS)})(?:{'|'.join(_ENDINGS)})"
# A body's name: 「泸州市人民政府办公室」 「临汾市卫生健康委员会」 「国务院」
ORG_NAME = re.compile(rf"[\u4e00-\u9fff()]{{1,24}}?(?:{ORG_SUFFIX_PATTERN})|国务院")
# A cited title that opens with its issuer: 「X关于…」 where X ends like a body's name; a joint title
# names the first: 「国家发展改革委、水利部关于印发…」.
_ISSUER_IN_TITLE = re.compile(rf"^(?P<issuer>[^《》〈〉关]{{2,30}}?(?:{ORG_SUFFIX_PATTERN}))(?:[、,][^关]{{2,30}})?关于")


def issuer_in_title(title: str | None) -> str | None:
    """The issuer a title opens with (the first of several for a joint title), or ``None``."""
    if not title:
        return None
    match = _ISSUER_IN_TITLE.match(title.strip().lstrip("《"))
    return match["issuer"] if match else None
