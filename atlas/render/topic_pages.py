"""Topic pages and the topics index.

`topics/<slug>/index.md` is the topic's overview: description, counts, the companies it mentions most,
sub-tags, its latest dated events, its most-cited projects and its indicators. What each article
says on the topic ("各篇文章怎么说": the paragraphs, grouped by article, newest first, with the
terms that put them there) is on one page a year, `topics/<slug>/2024.md`, cut into
`topics/<slug>/2024-2.md` … when the year has many paragraphs. A long paragraph is quoted by the
sentence that puts it on the topic (its first matched term), with a link to the whole paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from ..link.topics import TopicArticle, TopicBlock, TopicSummary
from ..extract.topics import GENERAL
from ..link import KnowledgeBase
from ..records import Article
from .excerpts import paragraph_excerpt
from .indicator_pages import indicator_views
from .markdown import md_text
from .page_index import page_index
from .paging import PAGE_SIZES, UNDATED, PageSizes, chunks_by_weight, pager, year_label, year_of, year_paths
from .project_pages import PROJECTS_BY_TOPIC, Link
from .timeline import TIMELINE_PAGE, entry_view, latest_events

TOPICS_INDEX = "topics/index.md"
EXCERPT_CHARS = 100  # a longer paragraph is quoted by one sentence of about this length


@dataclass(frozen=True)
class TopicParagraph:
    """One paragraph as a topic page shows it: number, link to its anchor, safe text, and why."""

    number: str
    href: str
    text: str  # escaped Markdown: the paragraph, or the sentence of it that is on the topic
    is_caption: bool
    why: str  # escaped Markdown


@dataclass(frozen=True)
class TopicYear:
    label: str  # 2024年 / 日期不详
    articles: int
    paragraphs: int
    href: str  # its first page ("" on that year's own pages)

    @property
    def count(self) -> int:
        return self.articles


@dataclass(frozen=True)
class TopicProject:
    link: Link  # to its page, or href "" when it has none
    names: tuple[str, ...]  # its other names
    articles: int
    source: Link | None  # for a project without a page: the paragraph that names it


def why(tb: TopicBlock, topic: str) -> str:
    """The reason a block is on a topic page, in words an editor can check against the text."""
    bt = tb.topics
    if bt.source == "override":
        return "编辑指定" + (f"：{md_text(bt.note)}" if bt.note else "")
    if topic == GENERAL:
        listed = sorted({t for s in bt.scores for t in s.listed})
        weak = sorted({t for s in bt.scores for t in s.terms})
        parts = []
        if listed:
            parts.append("只在产业列举中提到 " + "、".join(md_text(t) for t in listed))
        if weak:
            parts.append("产业词不足 " + "、".join(md_text(t) for t in weak))
        return "；".join(parts) or "未提到具体产业"
    score = bt.score(topic)
    if score is None or not score.terms:
        return "所在章节的主题"
    sub = f"（{'、'.join(score.subtags)}）" if score.subtags else ""
    return "依据 " + "、".join(md_text(t) for t in score.terms) + sub + f" · 得分 {score.score:g}"


def excerpt(tb: TopicBlock, topic: str) -> str:
    """The paragraph, or (when long) the sentence with the first term that put it on the topic."""
    score = tb.topics.score(topic) if tb.topics.source != "override" else None
    return paragraph_excerpt(tb.block.text, score.terms if score else (), EXCERPT_CHARS)


def topic_paragraphs(summary: TopicSummary, article: Article, blocks: tuple[TopicBlock, ...], page: str, rel_link, article_path) -> list[TopicParagraph]:
    to = article_path(article)
    return [
        TopicParagraph(tb.block.id[1:], rel_link(page, to, tb.block.id), md_text(excerpt(tb, summary.name)),
                       tb.block.kind.value == "caption", why(tb, summary.name))
        for tb in blocks
    ]


def articles_by_year(summary: TopicSummary) -> list[tuple[str, list[TopicArticle]]]:
    """The topic's articles by publication year, newest first (undated last)."""
    return [(year, list(group)) for year, group in
            groupby(summary.articles, key=lambda e: year_of(e.article.date.value if e.article.date else None))]


def top_projects(kb: KnowledgeBase, topic: str, page: str, rel_link, article_path, n: int) -> tuple[list[TopicProject], int]:
    """The topic's n most-cited projects (by articles mentioning them) and how many it has in all."""
    index = page_index(kb)
    own = [p for p in kb.projects if p.topic == topic]
    ranked = sorted(own, key=lambda p: (-len(p.articles), p.name))[:n]
    out = []
    for p in ranked:
        if p.name in index.projects:
            out.append(TopicProject(Link(p.name, rel_link(page, index.projects[p.name])), p.names[1:], len(p.articles), None))
        else:
            m = p.mentions[0]
            article = kb.article(m.article)
            source = Link(f"{article.title} {'第' + m.block[1:] + '段' if m.block else '标题'}", rel_link(page, article_path(article), m.block))
            out.append(TopicProject(Link(p.name, ""), p.names[1:], len(p.articles), source))
    return out, len(own)


def render_topic_pages(kb: KnowledgeBase, env, rel_link, article_path, sizes: PageSizes = PAGE_SIZES) -> dict[str, str]:
    pages: dict[str, str] = {}
    index = page_index(kb)
    overview = env.get_template("topic.md.j2")
    year_tpl = env.get_template("topic_year.md.j2")
    for summary in kb.topic_pages:
        page = summary.page
        folder = f"topics/{summary.slug}"  # the overview is its index.md
        years = articles_by_year(summary)
        parts = {year: chunks_by_weight(entries, sizes.topic_paragraphs, lambda e: len(e.blocks)) for year, entries in years}
        paths = {year: year_paths(folder, year, len(parts[year])) for year, _ in years}

        counts = {y: (len(entries), sum(len(e.blocks) for e in entries)) for y, entries in years}

        def year_links(from_page: str, current: str = "") -> list[TopicYear]:
            return [TopicYear(year_label(y), *counts[y], "" if y == current else rel_link(from_page, paths[y][0]))
                    for y, _ in years]

        projects, n_projects = top_projects(kb, summary.name, page, rel_link, article_path, sizes.topic_projects)
        pages[page] = overview.render(
            topic=summary, years=year_links(page),
            events=[entry_view(kb, e, page, rel_link, article_path, sizes) for e in latest_events(kb, summary.name, sizes.topic_events)],
            timeline=rel_link(page, TIMELINE_PAGE),
            projects=projects, n_projects=n_projects,
            projects_list=rel_link(page, f"{PROJECTS_BY_TOPIC}/{index.topic_slug(summary.name)}.md") if n_projects else "",
            indicators=indicator_views(kb, page, rel_link, article_path, topic=summary.name, sizes=sizes),
            all_indicators=rel_link(page, "indicators/index.md"),
            others=[(t, rel_link(page, t.page)) for t in kb.topic_pages if t.slug != summary.slug],
        )
        for year, _ in years:
            for k, (path, part) in enumerate(zip(paths[year], parts[year])):
                pages[path] = year_tpl.render(
                    topic=summary, year=year_label(year), undated=year == UNDATED, part=k + 1, parts=len(parts[year]),
                    groups=[(e.article, rel_link(path, article_path(e.article)),
                             topic_paragraphs(summary, e.article, e.blocks, path, rel_link, article_path)) for e in part],
                    years=year_links(path, year), overview=rel_link(path, page), pager=pager(paths[year], k, rel_link),
                )
    pages[TOPICS_INDEX] = env.get_template("topics.md.j2").render(
        kb=kb, topics=[(t, rel_link(TOPICS_INDEX, t.page)) for t in kb.topic_pages]
    )
    return pages
