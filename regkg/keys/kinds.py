"""文种: the kinds of document a title ends with (GB/T 9704 §7.3.2 and common use).

>>> KIND_END.search("泸州市人民政府关于同意设立某区的批复").group(), KIND_END.search("某某实施意见").group()
('批复', '意见')
"""

from __future__ import annotations

import re

__all__ = ["KINDS", "KIND_END"]

# Longest first so 「实施意见」 is 意见 and 「工作报告」 is 报告.
KINDS = (
    "请示", "批复", "通知", "通报", "通告", "公告", "命令", "决定", "决议", "意见", "报告", "纪要",
    "议案", "公报", "公示",  # a page's notice of a list or a plan for comment: 「关于…名单的公示」 (DK01, BD05, B19)
    "函", "令",
)
# A title that ends with its 文种
KIND_END = re.compile(rf"(?:{'|'.join(KINDS)})$")
