"""Link stage for indicators: values from all articles gathered into one time series per indicator.

Values for the same period that agree become one point with several sources; values that differ
are kept side by side, each marked as a conflict, so a reader sees both and where each came from.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .cache import ArticleCache, NoCache
from .data_files import DataFileError
from .extract.figures import article_figures, load_figure_rules
from .extract.indicators import Indicator, IndicatorValue, load_indicators, match_article
from .extract.periods import Period
from .records import Article, Problem


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


def link_indicators(articles: list[Article], root: Path, cache: ArticleCache | None = None) -> tuple[list[IndicatorSeries], list[IndicatorValue], list[Problem]]:
    cache = cache or NoCache()
    try:
        indicators, problems = load_indicators(root)
        rules = load_figure_rules(root)
    except DataFileError as exc:  # a broken data file: no indicators this build, and the report says why
        return [], [], [exc.problem]
    values: list[IndicatorValue] = []
    for article in sorted(articles, key=lambda a: a.stem):
        found, issues = cache.result("figures", article, lambda a=article: match_article(a, article_figures(a, rules), indicators, rules))
        values.extend(found)
        problems.extend(issues)
    return build_series(indicators, values), values, problems
