"""Charts as inline SVG, drawn here: a line chart, a bar chart and a heat-map matrix — all regkg's
report needs. No chart library: the pictures are small, exact, deterministic, escape their text with
markupsafe, and need nothing at run time (matplotlib would add ~40 MB for three pictures; a JS chart
library would put script in a page that needs none).

>>> svg = line_chart(["2024-01", "2024-02"], {"泸州市": [1, 2]}, title="in force")
>>> svg.startswith("<svg") and "泸州市" in svg
True
>>> "<b>" in bar_chart(["2024"], {"<b>": [1]}, title="t")
False
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

__all__ = ["line_chart", "bar_chart", "matrix", "PALETTE"]

# Series colours, in order (colour-blind safe: Okabe–Ito, then greys).
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000", "#999999")

_W, _H = 860, 300  # plot size in px
_PAD_L, _PAD_R, _PAD_T, _PAD_B = 56, 170, 28, 52
_FONT = 'font-family="Noto Sans CJK SC, Microsoft YaHei, sans-serif"'


def _nice_max(value: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 5:
            return step * 5 if value > 0 else 5
    return int(value) + 1


def _axes(labels: Sequence[str], top: int, title: str, unit: str) -> list[str]:
    w, h = _W - _PAD_L - _PAD_R, _H - _PAD_T - _PAD_B
    out = [f'<text x="{_PAD_L}" y="16" font-size="14" font-weight="600">{escape(title)}</text>']
    for i in range(6):
        value = top * i / 5
        y = _PAD_T + h - h * i / 5
        out.append(f'<line x1="{_PAD_L}" x2="{_PAD_L + w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eceff1"/>')
        out.append(f'<text x="{_PAD_L - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{value:g}</text>')
    every = max(1, len(labels) // 12)
    for i, label in enumerate(labels):
        if i % every == 0:
            x = _PAD_L + w * (i + 0.5) / max(1, len(labels))
            out.append(f'<text x="{x:.1f}" y="{_PAD_T + h + 16}" font-size="11" text-anchor="middle">{escape(label)}</text>')
    out.append(f'<text x="12" y="{_PAD_T + h / 2:.0f}" font-size="11" transform="rotate(-90 12 {_PAD_T + h / 2:.0f})" '
               f'text-anchor="middle">{escape(unit)}</text>')
    return out


def _legend(names: Sequence[str], colors: Sequence[str]) -> list[str]:
    x = _W - _PAD_R + 14
    out = []
    for i, (name, color) in enumerate(zip(names, colors)):
        y = _PAD_T + 6 + i * 18
        out.append(f'<rect x="{x}" y="{y - 9}" width="12" height="12" fill="{color}"/>'
                   f'<text x="{x + 18}" y="{y + 1}" font-size="12">{escape(name)}</text>')
    return out


def _svg(parts: list[str], label: str, width: int = _W, height: int = _H) -> Markup:
    body = "\n".join(parts)
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
                  f'role="img" aria-label="{escape(label)}" {_FONT}>\n{body}\n</svg>')


def line_chart(labels: Sequence[str], series: dict[str, Sequence[float]], *, title: str, unit: str = "documents") -> Markup:
    """One line per series over ``labels`` (e.g. months); hover a point for its value."""
    w, h = _W - _PAD_L - _PAD_R, _H - _PAD_T - _PAD_B
    top = _nice_max(max((max(v) for v in series.values() if len(v)), default=0))
    parts = _axes(labels, top, title, unit)
    n = max(1, len(labels))
    for (name, values), color in zip(series.items(), PALETTE):
        points = [(_PAD_L + w * (i + 0.5) / n, _PAD_T + h - h * v / top) for i, v in enumerate(values)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for (x, y), label, v in zip(points, labels, values):
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.2" fill="{color}"><title>{escape(name)} {escape(label)}: {v:g}</title></circle>')
    parts += _legend(list(series), PALETTE)
    return _svg(parts, title)


def bar_chart(labels: Sequence[str], series: dict[str, Sequence[float]], *, title: str, unit: str = "documents",
              colors: Sequence[str] = PALETTE) -> Markup:
    """Stacked bars per label, one colour per series."""
    w, h = _W - _PAD_L - _PAD_R, _H - _PAD_T - _PAD_B
    totals = [sum(v[i] for v in series.values()) for i in range(len(labels))]
    top = _nice_max(max(totals, default=0))
    parts = _axes(labels, top, title, unit)
    n = max(1, len(labels))
    band = w / n
    for i, label in enumerate(labels):
        y = _PAD_T + h
        for (name, values), color in zip(series.items(), colors):
            v = values[i]
            if not v:
                continue
            height = h * v / top
            y -= height
            parts.append(f'<rect x="{_PAD_L + band * i + band * 0.15:.1f}" y="{y:.1f}" width="{band * 0.7:.1f}" '
                         f'height="{height:.1f}" fill="{color}"><title>{escape(name)} {escape(label)}: {v:g}</title></rect>')
    parts += _legend(list(series), colors)
    return _svg(parts, title)


def matrix(rows: Sequence[str], columns: Sequence[str], cells: dict[tuple[int, int], tuple[int, int]], *,
           title: str, column_titles: Sequence[str] | None = None) -> Markup:
    """Rows × columns; a cell is (lead, support) counts: dark for lead, light for support only."""
    cell, left, top_pad = 18, 230, 150
    width, height = left + cell * len(columns) + 20, top_pad + cell * len(rows) + 20
    parts = [f'<text x="4" y="16" font-size="14" font-weight="600">{escape(title)}</text>']
    for j, name in enumerate(columns):
        x = left + cell * j + cell / 2
        tip = column_titles[j] if column_titles else name
        parts.append(f'<text x="{x:.1f}" y="{top_pad - 6}" font-size="11" transform="rotate(-60 {x:.1f} {top_pad - 6})">'
                     f'{escape(name)}<title>{escape(tip)}</title></text>')
    for i, name in enumerate(rows):
        y = top_pad + cell * i
        parts.append(f'<text x="{left - 6}" y="{y + 13}" font-size="11" text-anchor="end">{escape(name)}</text>')
        parts.append(f'<line x1="{left}" x2="{left + cell * len(columns)}" y1="{y + cell}" y2="{y + cell}" stroke="#eceff1"/>')
        for j in range(len(columns)):
            lead, support = cells.get((i, j), (0, 0))
            if not (lead or support):
                continue
            color = "#6a1b9a" if lead else "#ce93d8"
            parts.append(f'<rect x="{left + cell * j + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" fill="{color}">'
                         f'<title>{escape(name)} — {escape(columns[j])}: lead {lead}, support {support}</title></rect>')
            if lead + support > 1:
                parts.append(f'<text x="{left + cell * j + cell / 2}" y="{y + 13}" font-size="10" text-anchor="middle" '
                             f'fill="#ffffff" pointer-events="none">{lead + support}</text>')
    return _svg(parts, title, width, height)
