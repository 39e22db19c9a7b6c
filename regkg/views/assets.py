"""The scripts and styles a page inlines, read from installed packages: vis-network from pyvis's own
copy (pyvis ships it but its "local" template still fetches Bootstrap and vis from CDNs), regkg's
view script and stylesheet from ``regkg/views/static``.

>>> "vis.Network" in vis_network_js() or "Network" in vis_network_js()
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

__all__ = ["vis_network_js", "static", "VIS_VERSION"]

# The vis-network build pyvis 0.3.2 ships (pyvis/lib/vis-9.1.2).
VIS_VERSION = "9.1.2"


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's minified standalone build, with its ``</script`` sequences made inert."""
    # found, not imported: importing pyvis imports networkx and jinja2's environment too (0.2 s of a server's
    # start, which hashes this script for its pages' CSP)
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis, whose copy of vis-network the views inline, is not installed")
    path = Path(spec.submodule_search_locations[0]) / "lib" / f"vis-{VIS_VERSION}" / "vis-network.min.js"
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


@lru_cache(maxsize=None)
def static(name: str) -> str:
    """A file of ``regkg/views/static`` (view.js, view.css, page.css)."""
    return (resources.files("regkg.views") / "static" / name).read_text(encoding="utf-8")
