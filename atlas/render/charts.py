"""Line charts of indicator series as inline SVG, drawn at build time.

No script and no third-party host at view time: the chart is part of the page. Points sit at the
last day of the period they cover, carry their value as a label, and link to their source
paragraph. The SVG has role="img" and a title; the table under it is the text alternative.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape

FONT = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 24, 28, 48


@dataclass(frozen=True)
class ChartPoint:
    day: str  # ISO day the point stands at
    value: float
    label: str  # value label, e.g. "70"
    title: str  # tooltip: period, value, source
    href: str  # link to the source paragraph (a final URL, relative to the page)


def _ordinal(iso_day: str) -> int:
    return date.fromisoformat(iso_day).toordinal()


def _nice_step(span: float) -> float:
    raw = span / 4 or 1
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _fmt(v: float) -> str:
    return f"{v:g}"


def line_chart(title: str, unit: str, points: list[ChartPoint]) -> str:
    """An SVG line chart (one line, HTML-escaped text), as a single block of HTML without blank lines."""
    xs = [_ordinal(p.day) for p in points]
    x0 = date(date.fromordinal(min(xs)).year, 1, 1).toordinal()
    x1 = date(date.fromordinal(max(xs)).year + 1, 1, 1).toordinal()
    lo = min(0.0, min(p.value for p in points))
    step = _nice_step(max(p.value for p in points) * 1.1 - lo)
    hi = math.ceil(max(p.value for p in points) * 1.1 / step) * step or step
    pw, ph = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: int) -> float:
        return round(LEFT + (x - x0) / (x1 - x0) * pw, 1)

    def py(v: float) -> float:
        return round(TOP + ph - (v - lo) / (hi - lo) * ph, 1)

    t = escape(title)
    out = [
        '<figure class="atlas-chart" data-pagefind-ignore>',  # the table under it carries the same words
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" '
        f'aria-label="{t}（单位：{escape(unit)}）" font-family="{FONT}" font-size="13">',
        f"<title>{t}（单位：{escape(unit)}）</title>",
    ]
    v = lo
    while v <= hi + 1e-9:
        y = py(v)
        out.append(f'<line class="grid" x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" stroke="currentColor" stroke-opacity="0.15"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y + 4}" text-anchor="end" fill="currentColor" fill-opacity="0.7">{escape(_fmt(v))}</text>')
        v += step
    for year in range(date.fromordinal(x0).year, date.fromordinal(x1).year + 1):
        x = px(date(year, 1, 1).toordinal())
        out.append(f'<line x1="{x}" y1="{TOP + ph}" x2="{x}" y2="{TOP + ph + 5}" stroke="currentColor" stroke-opacity="0.5"/>')
        if year < date.fromordinal(x1).year:
            mid = px(date(year, 7, 1).toordinal())
            out.append(f'<text x="{mid}" y="{TOP + ph + 20}" text-anchor="middle" fill="currentColor">{year}年</text>')
    out.append(f'<line x1="{LEFT}" y1="{TOP + ph}" x2="{WIDTH - RIGHT}" y2="{TOP + ph}" stroke="currentColor" stroke-opacity="0.5"/>')
    out.append(f'<text x="{LEFT - 6}" y="{TOP - 12}" text-anchor="end" fill="currentColor" fill-opacity="0.7">{escape(unit)}</text>')
    path = " ".join(f"{px(x)},{py(p.value)}" for x, p in zip(xs, points))
    out.append(f'<polyline points="{path}" fill="none" stroke="var(--md-primary-fg-color, #3f51b5)" stroke-width="2"/>')
    seen: dict[int, int] = {}
    for x, p in zip(xs, points):
        stack = seen.get(x, 0)  # conflicting values for one period: labels stacked, not overlaid
        seen[x] = stack + 1
        cx, cy = px(x), py(p.value)
        out.append(
            f'<a class="chart-point" href="{escape(p.href)}"><title>{escape(p.title)}</title>'
            f'<circle cx="{cx}" cy="{cy}" r="6" fill="var(--md-primary-fg-color, #3f51b5)" stroke="#fff" stroke-width="2"/>'
            f'<text x="{cx}" y="{cy - 12 - 15 * stack}" text-anchor="middle" font-weight="bold" fill="currentColor">{escape(p.label)}</text></a>'
        )
    out.append("</svg>")
    out.append("</figure>")
    return "\n".join(out)
