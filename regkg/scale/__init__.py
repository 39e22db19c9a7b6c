"""Scale: extraction across processes or a Dask cluster, incremental builds, and pushing the graph
to a SPARQL 1.1 Graph Store Protocol endpoint.

Each module is one topic: :mod:`~regkg.scale.workers` (where extraction runs),
:mod:`~regkg.scale.sources` (what a build calls its input files), :mod:`~regkg.scale.incremental`
(``--update``), :mod:`~regkg.scale.push` (``regkg push``), :mod:`~regkg.scale.cluster` (Dask). What a
long build shows on a terminal is :mod:`regkg.progress`.

Nothing is imported here: an extraction worker imports :mod:`~regkg.scale.workers` alone, without
the graph the other modules need.
"""
