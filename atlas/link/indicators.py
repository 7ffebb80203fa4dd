"""Indicators across articles: values from all articles gathered into one time series per indicator.

Values for the same period that agree become one point with several sources; values that differ
are kept side by side, each marked as a conflict, so a reader sees both and where each came from.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..cache import ArticleCache
from ..extract.data import DataFiles
from ..extract.facts import ArticleFacts
from ..extract.indicators import Indicator, IndicatorValue
from ..extract.periods import Period
from .kb import KnowledgeBase


@dataclass(frozen=True)
class SeriesSource:
    article: str  # article stem
    block: str  # paragraph anchor
    text: str  # the figure as printed
    context: str  # the words around it, as the article has them
    reason: str  # why it is a value of this indicator


@dataclass(frozen=True)
class SeriesPoint:
    period: Period
    value: float
    unit: str
    sources: tuple[SeriesSource, ...]
    conflict: bool = False  # another value is reported for the same period

    @property
    def value_text(self) -> str:
        return f"{self.value:g}"


@dataclass(frozen=True)
class IndicatorSeries:
    indicator: Indicator
    points: tuple[SeriesPoint, ...]


def _source(v: IndicatorValue) -> SeriesSource:
    f = v.figure
    return SeriesSource(f.article, f.block, f.text, f"{f.before}{f.text}{f.after}", v.reason)


def build_series(indicators: list[Indicator], values: list[IndicatorValue]) -> list[IndicatorSeries]:
    series = []
    for ind in indicators:
        grouped: dict[tuple[str, float], list[IndicatorValue]] = {}
        for v in values:
            if v.indicator == ind.id and v.figure.period is not None:
                grouped.setdefault((v.figure.period.iso, v.figure.value), []).append(v)
        per_period: dict[str, int] = {}
        for iso, _ in grouped:
            per_period[iso] = per_period.get(iso, 0) + 1
        points = []
        for (iso, value), vs in grouped.items():
            vs = sorted(vs, key=lambda v: (v.figure.article, _block_order(v.figure.block), v.figure.start))
            period = next((v.figure.period for v in vs if v.figure.period.source == "text"), vs[0].figure.period)
            points.append(SeriesPoint(period, value, ind.unit, tuple(_source(v) for v in vs), per_period[iso] > 1))
        points.sort(key=lambda p: (p.period.last_day, p.period.iso, p.value))
        series.append(IndicatorSeries(ind, tuple(points)))
    return series


def _block_order(block_id: str) -> int:
    return int(block_id[1:]) if block_id[1:].isdigit() else 0


def link_indicators(kb: KnowledgeBase, facts: list[ArticleFacts], data: DataFiles, cache: ArticleCache) -> None:
    """Fill kb.indicators: one series per indicator of data/indicators.yaml."""
    kb.problems.extend(data.indicator_problems)
    values: list[IndicatorValue] = []
    for f in sorted(facts, key=lambda f: f.article.stem):
        values.extend(f.figures)
        kb.problems.extend(f.figure_problems)
    kb.indicators = build_series(list(data.indicators), values)
