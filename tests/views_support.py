"""Shared set-up of the view, server and browser tests: the suite's sample graph and its written views
(from conftest, built once), and a small hostile graph (script tags in titles)."""

from __future__ import annotations

from pathlib import Path

import regkg.graph as graph
from conftest import SAMPLES, VIEWS_AS_OF  # noqa: F401  (SAMPLES: for the view tests)
from conftest import build_sample_kg as sample_kg  # noqa: F401  (the suite's one sample graph)
from conftest import write_sample_outputs as sample_outputs  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
AS_OF = VIEWS_AS_OF
DOC = "泸市府办发〔2024〕44号"
HOSTILE_TITLE = '<script>alert("x")</script>办法 & </textarea><img src=x onerror=alert(1)>'


def hostile_kg():
    return graph.build_records([{"source": "a.txt", "jurisdiction": "泸州市", "documents": [
        {"doc_number": "泸市府发〔2024〕2号", "title": HOSTILE_TITLE, "issuers": ["泸州市人民政府"],
         "date": "2024-01-02", "in_force": {"from": "2024-01-02", "until": None, "evidence": "自<b>印发</b>之日起施行。"}}],
        "repeals": [{"by": "泸市府发〔2024〕2号", "target_number": "泸市府发〔2019〕1号", "target_title": "</script><script>alert(2)</script>",
                     "evidence": "《</script><script>alert(2)</script>》(泸市府发〔2019〕1号)同时废止。", "cue": "同时废止"}],
        "duties": [{"by": "泸市府发〔2024〕2号", "task": "<script>alert(3)</script>", "lead": ["市生态环境局"], "support": [],
                    "evidence": "市生态环境局牵头<script>alert(3)</script>"}]}])


def synthetic_kg(n_docs: int = 1950):
    """A graph of about 2,000 nodes: ``n_docs`` documents citing earlier ones, some repealing."""
    docs, citations, repeals = [], [], []
    for i in range(n_docs):
        number = f"泸市府发〔{2000 + i // 100}〕{i % 100 + 1}号"
        docs.append({"doc_number": number, "title": f"泸州市测试办法{i}", "issuers": ["泸州市人民政府"],
                     "date": f"{2000 + i // 100}-01-{i % 28 + 1:02d}",
                     "in_force": {"from": f"{2000 + i // 100}-02-01", "until": None, "evidence": "自印发之日起施行。"}})
        for k in (1, 7, 31):
            if i - k >= 0 and (i * k) % 3 == 0:
                citations.append({"by": number, "cited_number": docs[i - k]["doc_number"], "cited_title": None,
                                  "evidence": f"根据{docs[i - k]['doc_number']}。"})
        if i % 50 == 0:
            citations.append({"by": number, "cited_number": f"国发〔2010〕{i // 50 + 1}号", "cited_title": None, "evidence": "根据国发。"})
        if i % 97 == 5 and i > 10:
            repeals.append({"by": number, "target_number": docs[i - 10]["doc_number"], "target_title": None,
                            "evidence": "同时废止。", "cue": "同时废止"})
    return graph.build_records([{"source": "big.txt", "jurisdiction": "泸州市", "documents": docs,
                                 "citations": citations, "repeals": repeals}])
