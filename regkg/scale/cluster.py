"""A Dask client for ``--dask``: a scheduler address (``tcp://scheduler:8786``), or ``local`` for a
LocalCluster of worker processes on this machine (one per core, one thread each: extraction is
pure Python and holds the GIL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from regkg.errors import RegkgError

__all__ = ["client_for", "LOCAL"]

LOCAL = "local"


@contextmanager
def client_for(address: str, *, workers: int | None = None) -> Iterator["object"]:
    """A connected ``distributed.Client``; a LocalCluster made (and shut down) here for ``local``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise RegkgError("--dask needs dask[distributed] (pip install 'dask[distributed]')") from exc
    if address == LOCAL or address.startswith(f"{LOCAL}:"):
        count = workers or int(address.partition(":")[2] or 0) or None
        from regkg.scale.workers import default_jobs

        cluster = LocalCluster(n_workers=count or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise RegkgError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
