"""The timeline as pages show it: entries grouped by year and month, every text escaped, every link built.

`timeline_entries(kb, page, topic)` is also a Jinja global, so the topic page's partial
(templates/topic_timeline.md.j2) lists that topic's events without doing any work itself.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import groupby

from ..extract.events import Event
from .dates import zh_date
from .markdown import html_attr, md_text

TIMELINE_PAGE = "timeline.md"
NO_TOPIC = ("综合", "zonghe")


@dataclass(frozen=True)
class Link:
    label: str  # escaped Markdown
    href: str


@dataclass(frozen=True)
class TimelineEntry:
    datetime: str  # ISO at its precision, escaped for an HTML attribute
    label: str  # 2023年11月, escaped for HTML
    uncertain: bool
    plan: bool
    summary: str  # escaped Markdown
    topics: tuple[Link, ...]
    topic_slugs: str  # "qiche guidao-jiaotong": what the topic filter reads
    sources: tuple[Link, ...]
    involved: tuple[Link, ...]  # the projects and companies it involves (filled by the projects stage)
    conflicts: str  # the other dates other articles give, escaped for HTML; "" when none


@dataclass(frozen=True)
class TimelineGroup:
    heading: str  # 2023年11月, or 2023年（未细到月） for year, half-year, quarter and plan dates
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class TimelineYear:
    heading: str
    groups: tuple[TimelineGroup, ...]


def _topic_slugs(kb) -> dict[str, str]:
    return {t.name: t.slug for t in kb.topic_pages}


def entry_view(kb, event: Event, page: str, rel_link, article_path) -> TimelineEntry:
    slugs = _topic_slugs(kb)
    topics = tuple(Link(md_text(name), rel_link(page, f"topics/{slugs[name]}.md")) for name in event.topics if name in slugs)
    sources = []
    for src in event.sources:
        article = kb.article(src.article)
        if article is not None:
            sources.append(Link(md_text(f"{article.title} 第{src.block[1:]}段"), rel_link(page, article_path(article), src.block)))
    involved = tuple(Link(md_text(x.name), rel_link(page, x.page)) for x in (*event.projects, *event.companies))
    filter_slugs = " ".join(slugs[n] for n in event.topics if n in slugs) or NO_TOPIC[1]
    return TimelineEntry(
        datetime=html_attr(event.date),
        label=html.escape(zh_date(event.date)),
        uncertain=not event.certain,
        plan=event.plan,
        summary=md_text(event.summary),
        topics=topics,
        topic_slugs=html_attr(filter_slugs),
        sources=tuple(sources),
        involved=involved,
        conflicts=html.escape("、".join(zh_date(d) for d in event.conflicts)),
    )


def timeline_years(kb, page: str, topic: str | None = None) -> list[TimelineYear]:
    """The events (of one topic, when given; 综合 = events with no topic), grouped by year and month."""
    from .pages import article_path, rel_link  # late: pages imports this module's users

    events = [e for e in kb.events if topic is None or (topic in e.topics if topic != NO_TOPIC[0] else not e.topics)]
    years = []
    for year, in_year in groupby(events, key=lambda e: e.year):
        in_year = sorted(in_year, key=lambda e: (e.month != "", e.month))  # coarse dates open the year
        groups = []
        for month, in_month in groupby(in_year, key=lambda e: e.month):
            heading = zh_date(month) if month else f"{int(year)}年（未细到月）"
            groups.append(TimelineGroup(heading, tuple(entry_view(kb, e, page, rel_link, article_path) for e in in_month)))
        years.append(TimelineYear(f"{int(year)}年", tuple(groups)))
    return years


def timeline_entries(kb, page: str, topic: str) -> list[TimelineEntry]:
    """One topic's events, oldest first, for the topic page."""
    return [entry for year in timeline_years(kb, page, topic) for group in year.groups for entry in group.entries]


def filter_topics(kb) -> list[tuple[str, str]]:
    """(name, slug) of every topic the timeline can be filtered by, in the topics' own order."""
    used = {n for e in kb.events for n in e.topics}
    out = [(t.name, t.slug) for t in kb.topic_pages if t.name in used]
    if any(not e.topics for e in kb.events) and NO_TOPIC not in out:
        out.append(NO_TOPIC)
    return out


def render_timeline(kb, env) -> dict[str, str]:
    return {
        TIMELINE_PAGE: env.get_template("timeline.md.j2").render(
            kb=kb, years=timeline_years(kb, TIMELINE_PAGE), topics=filter_topics(kb),
        )
    }
