"""The graph's Python API: ``kg = regkg.graph.load("outputs/")`` (:mod:`regkg.graph.open_build`) or
``build_records(records)`` (:mod:`regkg.graph.assemble`; from input files: :func:`regkg.build`,
which extracts first), then the methods of :class:`~regkg.graph.knowledge_graph.KnowledgeGraph`
that mirror the question functions and return their dataclasses, ``kg.sparql(query)`` and
``kg.to_networkx()``.

>>> kg = build_records([{"source": "a.txt", "jurisdiction": "吕梁市", "documents": [
...     {"doc_number": "吕政办发〔2020〕69号", "title": "吕梁市人民政府办公室关于印发吕梁市重污染天气应急预案的通知",
...      "issuers": ["吕梁市人民政府办公室"], "date": "2020-10-20", "in_force": {"from": "2020-10-20", "until": None, "evidence": "本预案自印发之日起实施。"}}],
...   "repeals": [{"by": "吕政办发〔2020〕69号", "target_number": "吕政办发〔2019〕75号",
...                "target_title": "吕梁市重污染天气应急预案", "evidence": "…同时废止。", "cue": "同时废止"}]}])
>>> kg.status("吕政办发〔2019〕75号", as_of="2021-01-01").state
'repealed'
>>> [r.repealed_by for r in kg.repealed(as_of="2021-01-01")]
['吕政办发〔2020〕69号']
>>> kg.sparql("SELECT ?t WHERE { ?d eli:id_local '吕政办发〔2019〕75号' ; eli:title ?t }").rows
[('吕梁市重污染天气应急预案',)]
"""

from __future__ import annotations

from regkg.graph.assemble import build_records
from regkg.graph.knowledge_graph import BUILD_FILE, GRAPH_FILE, RECORDS_FILE, REPORT_FILE, Changes, KnowledgeGraph
from regkg.graph.open_build import load, read_build_info
from regkg.graph.output_folder import OutputFolder

__all__ = ["KnowledgeGraph", "Changes", "OutputFolder", "load", "build_records", "GRAPH_FILE",
           "RECORDS_FILE", "REPORT_FILE", "BUILD_FILE", "read_build_info"]
