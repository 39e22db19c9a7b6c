"""Node positions computed before the page opens, so the browser draws a still picture at once
instead of running physics over thousands of nodes (vis-network's stabilisation is what freezes a
tab). Deterministic: the same graph always gives the same coordinates.

Each weakly connected component is laid out alone with a Fruchterman–Reingold force layout
(numpy, dense, two matrix products a round: a 2,000-node component takes well under a second), then
the components are packed in rows, largest first.

>>> pos = layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos) == ["a", "b", "c"] and pos == layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
True
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["layout", "EDGE_LENGTH"]

# Typical distance between linked nodes, in vis-network pixels.
EDGE_LENGTH = 110.0
# Force-layout rounds; fewer for big components, where each round costs n² work.
ITERATIONS = 60
ITERATIONS_LARGE = 30
LARGE_COMPONENT = 800
# Space between packed components, in edge lengths.
GAP = 1.5


def _components(nodes: Sequence[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    parent = {n: n for n in nodes}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in edges:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        groups[root(n)].append(n)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _seed(nodes: Sequence[str]) -> int:
    return int.from_bytes(hashlib.sha1("\x1f".join(nodes).encode("utf-8")).digest()[:8], "big")


def _force(nodes: list[str], edges: list[tuple[int, int]]) -> np.ndarray:
    """Fruchterman–Reingold in the unit square; positions as an (n, 2) array.

    Repulsion is dense (every pair, from the Gram matrix, in place); attraction runs over the edge
    list only.
    """
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    rng = np.random.default_rng(_seed(nodes))
    pos = rng.random((n, 2), dtype=np.float64).astype(np.float32)
    pairs = np.array(sorted({(a, b) for a, b in edges if a != b}) or [(0, 0)], dtype=np.intp)
    heads, tails = pairs[:, 0], pairs[:, 1]
    k = np.float32(math.sqrt(1.0 / n))
    rounds = ITERATIONS if n < LARGE_COMPONENT else ITERATIONS_LARGE
    temperature = 0.1
    cooling = temperature / (rounds + 1)
    for _ in range(rounds):
        # repulsion k²/d² along p_i - p_j: sum_j (p_i - p_j) f_ij = p_i * sum_j f_ij - (f @ p)_i
        norms = (pos * pos).sum(axis=1)
        force = pos @ pos.T
        force *= -2.0
        force += norms[:, None]
        force += norms[None, :]
        np.maximum(force, 1e-4, out=force)
        np.divide(k * k, force, out=force)
        np.fill_diagonal(force, 0.0)
        displacement = pos * force.sum(axis=1)[:, None] - force @ pos
        # attraction d/k along each edge, pulling both ends together
        delta = pos[heads] - pos[tails]
        pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]
        np.subtract.at(displacement, heads, pull)
        np.add.at(displacement, tails, pull)
        length = np.sqrt((displacement * displacement).sum(axis=1))
        np.maximum(length, 0.01, out=length)
        pos += displacement * (temperature / length)[:, None]
        temperature -= cooling
    return pos.astype(np.float64)


def layout(nodes: Sequence[str], edges: Iterable[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Pixel coordinates for every node: components laid out alone, then packed in rows."""
    nodes = list(dict.fromkeys(nodes))
    edge_list = [(a, b) for a, b in edges]
    groups = _components(nodes, edge_list)
    index_of = {n: i for i, n in enumerate(nodes)}
    group_of = {n: g for g, members in enumerate(groups) for n in members}
    local_edges: dict[int, list[tuple[int, int]]] = defaultdict(list)
    local_index = {n: i for members in groups for i, n in enumerate(members)}
    for a, b in edge_list:
        if a in index_of and b in index_of:
            local_edges[group_of[a]].append((local_index[a], local_index[b]))
    placed: dict[str, tuple[float, float]] = {}
    row_width = max(1.0, math.sqrt(sum(len(g) for g in groups))) * EDGE_LENGTH * 1.6
    x = y = row_height = 0.0
    for g, members in enumerate(groups):
        pos = _force(members, local_edges[g])
        side = max(1.0, math.sqrt(len(members))) * EDGE_LENGTH
        low, high = pos.min(axis=0), pos.max(axis=0)
        span = np.maximum(high - low, 1e-6)
        scaled = (pos - low) / span * side if len(members) > 1 else np.zeros((1, 2))
        width, height = (scaled.max(axis=0) if len(members) > 1 else (0.0, 0.0))
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + GAP * EDGE_LENGTH, 0.0
        for n, (px, py) in zip(members, scaled):
            placed[n] = (round(float(x + px), 1), round(float(y + py), 1))
        x += float(width) + GAP * EDGE_LENGTH
        row_height = max(row_height, float(height))
    return placed
