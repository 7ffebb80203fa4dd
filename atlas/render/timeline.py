"""The timeline as pages show it: entries grouped by year and month, every text escaped, every link built.

`timeline.md` is the overview (years with their counts, the latest events); each year has a page
of its own (`timeline/2023.md`, cut into `timeline/2023-2.md` … when the year is long), grouped by
month. Topic pages show their latest events with the same entry views (`entry_view`, `latest_events`).
An entry names at most a few sources and projects/companies, so a story told by hundreds of
articles stays one short line (the downloads list every source).
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import groupby

from ..extract.events import Event
from .dates import zh_date
from .markdown import html_attr, md_text
from .page_index import page_index
from .paging import PAGE_SIZES, PageSizes, chunks, pager, year_paths
from .paths import article_path, rel_link
from .project_pages import where_in_article

TIMELINE_PAGE = "timeline.md"
TIMELINE_FOLDER = "timeline"  # timeline/2023.md: timeline.md itself is served at timeline/
NO_TOPIC = ("综合", "zonghe")


@dataclass(frozen=True)
class Link:
    label: str  # escaped Markdown
    href: str  # "" when the name has no page: shown as text


@dataclass(frozen=True)
class TimelineEntry:
    datetime: str  # ISO at its precision, escaped for an HTML attribute
    label: str  # 2023年11月, escaped for HTML
    uncertain: bool
    plan: bool
    summary: str  # escaped Markdown
    topics: tuple[Link, ...]
    topic_slugs: str  # "qiche guidao-jiaotong": what the topic filter reads
    sources: tuple[Link, ...]  # the first few
    involved: tuple[Link, ...]  # the first few projects and companies it involves
    conflicts: str  # the other dates other articles give, escaped for HTML; "" when none
    more_sources: int = 0  # sources not shown
    more_involved: int = 0


@dataclass(frozen=True)
class TimelineGroup:
    heading: str  # 2023年11月, or 2023年（未细到月） for year, half-year, quarter and plan dates
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class YearSummary:
    year: str  # 2023
    label: str  # 2023年
    count: int
    href: str  # its first page, relative to the page showing the summary ("" on that year's own page)


def entry_view(kb, event: Event, page: str, rel_link, article_path, sizes: PageSizes = PAGE_SIZES) -> TimelineEntry:
    index = page_index(kb)
    slugs = index.topic_slugs
    topics = tuple(Link(md_text(name), rel_link(page, index.topics[name])) for name in event.topics if name in index.topics)
    sources = []
    for src in event.sources[: sizes.sources]:
        article = kb.article(src.article)
        if article is not None:
            sources.append(Link(md_text(f"{article.title} {where_in_article(src.block)}"), rel_link(page, article_path(article), src.block)))
    names = [(x.name, index.projects.get(x.name, "")) for x in event.projects]
    names += [(x.name, index.companies.get(x.name, "")) for x in event.companies]
    names.sort(key=lambda n: n[1] == "")  # names with a page first; otherwise in the event's own order
    involved = tuple(Link(md_text(name), rel_link(page, target) if target else "") for name, target in names[: sizes.names])
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
        more_sources=max(0, len(event.sources) - sizes.sources),
        more_involved=max(0, len(names) - sizes.names),
    )


def _in_topic(event: Event, topic: str | None) -> bool:
    return topic is None or (topic in event.topics if topic != NO_TOPIC[0] else not event.topics)


def _year_order(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.month != "", e.month))  # coarse dates open the year (stable sort)


def month_groups(kb, year: str, events, page: str, rel_link, article_path, sizes: PageSizes) -> tuple[TimelineGroup, ...]:
    """Events of one year (already in year order) grouped by month."""
    groups = []
    for month, in_month in groupby(events, key=lambda e: e.month):
        heading = zh_date(month) if month else f"{int(year)}年（未细到月）"
        groups.append(TimelineGroup(heading, tuple(entry_view(kb, e, page, rel_link, article_path, sizes) for e in in_month)))
    return tuple(groups)


def events_by_year(kb, topic: str | None = None) -> list[tuple[str, list[Event]]]:
    """The events (of one topic, when given; 综合 = events with no topic) by year, oldest first,
    each year in reading order: coarse dates first, then month by month."""
    events = [e for e in kb.events if _in_topic(e, topic)]
    return [(year, _year_order(list(in_year))) for year, in_year in groupby(events, key=lambda e: e.year)]


def latest_events(kb, topic: str | None, n: int) -> list[Event]:
    """The n latest events that had happened (plans left out), newest first."""
    done = [e for e in kb.events if not e.plan and _in_topic(e, topic)]
    return done[::-1][:n]


def filter_topics(kb) -> list[tuple[str, str]]:
    """(name, slug) of every topic the timeline can be filtered by, in the topics' own order."""
    used = {n for e in kb.events for n in e.topics}
    out = [(t.name, t.slug) for t in kb.topic_pages if t.name in used]
    if any(not e.topics for e in kb.events) and NO_TOPIC not in out:
        out.append(NO_TOPIC)
    return out


def year_summaries(by_year, paths: dict[str, list[str]], page: str, rel_link, current: str = "") -> list[YearSummary]:
    """Every year with its number of events and a link to its first page."""
    return [YearSummary(year, f"{int(year)}年", len(events), "" if year == current else rel_link(page, paths[year][0]))
            for year, events in by_year]


def render_timeline(kb, env, sizes: PageSizes = PAGE_SIZES) -> dict[str, str]:
    topics = filter_topics(kb)
    by_year = events_by_year(kb)
    paths = {year: year_paths(TIMELINE_FOLDER, year, len(chunks(events, sizes.timeline_rows))) for year, events in by_year}
    latest = [entry_view(kb, e, TIMELINE_PAGE, rel_link, article_path, sizes) for e in latest_events(kb, None, sizes.timeline_latest)]
    pages = {
        TIMELINE_PAGE: env.get_template("timeline.md.j2").render(
            kb=kb, years=year_summaries(by_year, paths, TIMELINE_PAGE, rel_link), latest=latest, topics=topics,
        )
    }
    tpl = env.get_template("timeline_year.md.j2")
    for year, events in by_year:
        parts = chunks(events, sizes.timeline_rows)
        for k, (path, part) in enumerate(zip(paths[year], parts)):
            pages[path] = tpl.render(
                year=f"{int(year)}年", total=len(events), part=k + 1, parts=len(parts),
                groups=month_groups(kb, year, part, path, rel_link, article_path, sizes),
                years=year_summaries(by_year, paths, path, rel_link, year), topics=topics,
                pager=pager(paths[year], k, rel_link), overview=rel_link(path, TIMELINE_PAGE),
            )
    return pages

