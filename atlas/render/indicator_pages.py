"""Indicator pages: finished views of each series (chart, table rows, source links) for the templates.

Templates get these views and only lay them out. Chart links are final URLs (raw HTML is not
rewritten by MkDocs), table links are Markdown links to .md files (validated by `mkdocs build --strict`).
"""
from __future__ import annotations

import re

import posixpath
from dataclasses import dataclass

from ..link.indicators import IndicatorSeries
from ..link import KnowledgeBase
from .charts import ChartPoint, line_chart
from .markdown import md_text
from .paging import PAGE_SIZES, PageSizes

INDICATORS_PAGE = "indicators/index.md"
NO_TOPIC = "综合"  # the topic page of indicators with no topic of their own
KIND_LABELS = {"level": "存量（某一时点的数）", "flow": "流量（一段时间内的总数）", "rate": "增速（同比，%）"}


@dataclass(frozen=True)
class SourceLink:
    label: str  # Markdown, already escaped: 文章标题 第12段
    href: str  # Markdown link target (.md#p12)
    context: str  # Markdown, escaped: the words around the figure


@dataclass(frozen=True)
class RowView:
    period: str  # 2023年
    period_note: str  # 出自“1至10月” / 按发表时间
    value: str  # 70颗
    conflict: bool
    sources: tuple[SourceLink, ...]  # the first few
    more: int = 0  # sources not shown (the downloads list them all)


@dataclass(frozen=True)
class IndicatorView:
    id: str
    name: str  # Markdown-escaped
    unit: str
    kind: str
    topic: str
    topic_href: str  # "" when the topic has no page
    chart: str  # inline SVG, or "" for fewer than two points
    rows: tuple[RowView, ...]


def page_url(page: str) -> str:
    """The URL directory a generated page is served at (use_directory_urls: x/y.md → x/y/, x/index.md → x/)."""
    stem = page[:-3]
    return posixpath.dirname(stem) + "/" if posixpath.basename(stem) == "index" else stem + "/"


def url_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative URL between two generated pages, for raw HTML that MkDocs does not rewrite."""
    rel = posixpath.relpath(page_url(to_page), page_url(from_page) or ".")
    return (rel + "/" if rel != "." else "./") + (f"#{anchor}" if anchor else "")


def _topic_pages(kb: KnowledgeBase) -> dict[str, str]:
    return {getattr(t, "name", ""): getattr(t, "page", "") for t in getattr(kb, "topic_pages", []) or []}


def indicator_views(kb: KnowledgeBase, page: str, rel_link, article_path, topic: str | None = None,
                    sizes: PageSizes = PAGE_SIZES) -> list[IndicatorView]:
    """Views of every indicator with at least one value (only those of `topic` when given).

    A value cited by many articles shows its first few sources and how many there are."""
    topics = _topic_pages(kb)
    views = []
    for series in kb.indicators:
        if not isinstance(series, IndicatorSeries) or not series.points:
            continue
        ind = series.indicator
        if topic is not None and (ind.topic or NO_TOPIC) != topic:
            continue
        rows, chart_points = [], []
        for point in series.points:
            links = []
            for s in point.sources[: sizes.sources]:
                article = kb.article(s.article)
                if article is None:
                    continue
                to = article_path(article)
                number = s.block[1:]
                links.append(SourceLink(f"{md_text(article.title)} 第{number}段", rel_link(page, to, s.block), md_text(s.context)))
            first = point.sources[0]
            first_article = kb.article(first.article)
            href = url_link(page, article_path(first_article), first.block) if first_article else ""
            p = point.period
            note = f"据“{p.phrase}”" if p.source == "text" else "文中未写时间，按发表时间"
            rows.append(RowView(p.label, note, f"{point.value_text}{ind.unit}", point.conflict, tuple(links),
                                max(0, len(point.sources) - sizes.sources)))
            title = f"{p.label}：{point.value_text}{ind.unit}（{first_article.title if first_article else first.article}）"
            chart_points.append(ChartPoint(p.last_day, point.value, point.value_text, title, href))
        chart = line_chart(ind.name, ind.unit, chart_points) if len(chart_points) >= 2 else ""
        topic_page = topics.get(ind.topic, "")
        views.append(IndicatorView(_anchor(ind.id), md_text(ind.name), md_text(ind.unit), md_text(KIND_LABELS.get(ind.kind, ind.kind)), md_text(ind.topic),
                                   rel_link(page, topic_page) if topic_page else "", chart, tuple(rows)))
    return views


def render_indicator_pages(kb: KnowledgeBase, env, rel_link, article_path, sizes: PageSizes = PAGE_SIZES) -> dict[str, str]:
    views = indicator_views(kb, INDICATORS_PAGE, rel_link, article_path, sizes=sizes)
    text = env.get_template("indicators.md.j2").render(
        views=views, downloads=rel_link(INDICATORS_PAGE, "downloads.md"),
    )
    return {INDICATORS_PAGE: text}



def _anchor(indicator_id: str) -> str:
    """The id as a heading anchor in an attribute list (`{: #id }`): letters, digits, - and _ only."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", indicator_id) or "indicator"
