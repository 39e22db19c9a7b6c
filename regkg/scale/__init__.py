"""Scale: extraction across processes or a Dask cluster, incremental builds, and pushing the graph
to a SPARQL 1.1 Graph Store Protocol endpoint.

Each module is one topic: :mod:`~regkg.scale.extract` (where extraction runs),
:mod:`~regkg.scale.incremental` (``--update``), :mod:`~regkg.scale.push` (``regkg push``). What a
long build shows on a terminal is :mod:`regkg.progress`.
"""

from __future__ import annotations

from regkg.scale.extract import extract_all, extract_stream
from regkg.scale.incremental import update
from regkg.scale.push import PushResult
from regkg.scale.push import push as push_graph

__all__ = ["extract_all", "extract_stream", "update", "push_graph", "PushResult"]
