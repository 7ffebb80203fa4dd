"""Render the knowledge base to Markdown pages: {path under docs/kb/: text}. Pure output.

Every family of pages is bounded: articles, entity pages and the overview pages keep a fixed
size, and the lists that grow with the corpus (articles by year, the timeline, a topic's
paragraphs, the project and company lists, an entity's older mentions) are cut into pages
(atlas/render/paging.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Callable

from ..extract.topics import block_key
from ..link import KnowledgeBase
from ..records import Article, BlockKind
from .citations import cite_article
from .context import environment
from .dates import first_known_day
from .exports import render_download_pages
from .feeds import render_feeds
from .indicator_pages import render_indicator_pages
from .inline import block_labels, block_text
from .name_links import mention_index
from .page_index import page_index
from .page_meta import add_page_meta
from .paging import PAGE_SIZES, UNDATED, PageSizes, chunks, pager, year_label, year_of, year_paths
from .paths import ARTICLES_BY_YEAR, ARTICLES_INDEX, article_path, rel_link
from .project_pages import render_project_pages
from .report import render_report
from .site_address import absolute, page_url
from .sources import web_address
from .timeline import render_timeline
from .topic_pages import render_topic_pages


def describe(article: Article, limit: int = 110) -> str:
    """A meta description: the first body paragraph, cut at a sentence end where possible."""
    first = next((b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH and len(b.text) > 20), article.title)
    if len(first) <= limit:
        return first
    cut = max(first.rfind(p, 0, limit) for p in "。！？；")
    return first[: cut + 1] if cut > 40 else first[:limit] + "…"


@dataclass(frozen=True)
class YearLink:
    label: str  # 2024年 / 日期不详
    count: int
    href: str  # "" on the year's own page


def article_years(kb: KnowledgeBase) -> list[tuple[str, list[Article]]]:
    """Articles by publication year, newest year first, undated last (the articles' own order)."""
    return [(year, list(group)) for year, group in groupby(kb.articles, key=lambda a: year_of(a.date.value if a.date else None))]


def render_article_index(kb: KnowledgeBase, env, sizes: PageSizes) -> dict[str, str]:
    """articles/index.md (years with counts, the newest articles) and one page a year, in chunks."""
    years = article_years(kb)
    paths = {year: year_paths(ARTICLES_BY_YEAR, year, len(chunks(items, sizes.articles_rows))) for year, items in years}

    def year_links(page: str, current: str = "") -> list[YearLink]:
        return [YearLink(year_label(y), len(items), "" if y == current else rel_link(page, paths[y][0])) for y, items in years]

    def link_from(page: str):
        return lambda a: rel_link(page, article_path(a))

    pages = {
        ARTICLES_INDEX: env.get_template("articles.md.j2").render(
            kb=kb, years=year_links(ARTICLES_INDEX), latest=kb.articles[: sizes.articles_latest],
            link=link_from(ARTICLES_INDEX), report=rel_link(ARTICLES_INDEX, "report.md"),
        )
    }
    tpl = env.get_template("articles_year.md.j2")
    for year, items in years:
        parts = chunks(items, sizes.articles_rows)
        for k, (path, part) in enumerate(zip(paths[year], parts)):
            pages[path] = tpl.render(
                year=year_label(year), undated=year == UNDATED, total=len(items), articles=part,
                part=k + 1, parts=len(parts), pager=pager(paths[year], k, rel_link),
                years=year_links(path, year), link=link_from(path), index=rel_link(path, ARTICLES_INDEX),
            )
    return pages


def article_page_inputs(kb: KnowledgeBase, article: Article) -> tuple:
    """Everything an article page is made from: the article, its blocks' topics, and where its
    project and company names link (a name gains or loses its page as other articles come and go)."""
    mentions, pages = mention_index(kb), page_index(kb)
    links = []
    for b in article.blocks:
        links += [(b.id, m.start, m.end, m.canonical, pages.projects.get(m.canonical)) for m in mentions.projects.get((article.stem, b.id), ())]
        links += [(b.id, m.start, m.end, m.company, pages.companies.get(m.company)) for m in mentions.companies.get((article.stem, b.id), ())]
    topics = tuple(kb.topics.get((article.stem, block_key(article, b))) for b in article.blocks)
    return article, topics, tuple(links)


def render_article_page(kb: KnowledgeBase, article: Article, template) -> str:
    """One article's page (`template`: article.md.j2, loaded once by the caller)."""
    path = article_path(article)
    return template.render(
        article=article,
        description=describe(article),
        original=web_address(article.url),
        lastmod=first_known_day(article.date) if article.date else "",
        citation=cite_article(article, page_address(template.environment, path)),
        kb=kb,
        text=lambda b: block_text(kb, article, b, path),
        labels=lambda b: block_labels(kb, article, b, path),
    )


def page_address(env, path: str) -> str:
    """The public address of a generated page (`path` under docs/kb/), from the site's address in `env`."""
    return absolute(env.globals["site_url"], "kb/" + page_url(path))


def render_pages(kb: KnowledgeBase, templates, sizes: PageSizes = PAGE_SIZES, memo: dict | None = None,
                 checkpoint: Callable[[], None] = lambda: None) -> dict[str, str]:
    """Every generated page. `memo` (path → (inputs, text)), kept by a caller that builds again and
    again (the preview), spares rendering the article pages whose inputs did not change;
    `checkpoint` is called between articles and between kinds of pages (see atlas/build.py)."""
    env = environment(templates)
    pages: dict[str, str] = {}
    article_tpl = env.get_template("article.md.j2")
    for article in kb.articles:
        checkpoint()
        path = article_path(article)
        if memo is not None:
            inputs = article_page_inputs(kb, article)
            stored = memo.get(path)
            if stored is not None and stored[0] == inputs:
                pages[path] = stored[1]
                continue
        pages[path] = render_article_page(kb, article, article_tpl)
        if memo is not None:
            memo[path] = (inputs, pages[path])
    if memo is not None:
        for gone in memo.keys() - pages.keys():
            del memo[gone]
    pages.update(render_article_index(kb, env, sizes))
    checkpoint()
    pages.update(render_topic_pages(kb, env, rel_link, article_path, sizes))
    checkpoint()
    pages.update(render_project_pages(kb, env, rel_link, article_path, sizes))
    checkpoint()
    pages.update(render_indicator_pages(kb, env, rel_link, article_path, sizes))
    checkpoint()
    pages.update(render_download_pages(kb, env, lambda a: page_address(env, article_path(a))))
    pages.update(render_timeline(kb, env, sizes))
    checkpoint()
    pages.update(render_report(kb, env, rel_link, article_path, sizes))
    checkpoint()
    pages.update(render_feeds(kb, env.globals["site_url"], lambda a: page_address(env, article_path(a))))
    pages["_home.md"] = env.get_template("home.md.j2").render(
        kb=kb, link=lambda a: "kb/" + article_path(a)  # the snippet is included by docs/index.md
    )
    add_page_meta(pages, {article_path(a): first_known_day(a.date) for a in kb.articles if a.date}, {article_path(a) for a in kb.articles})
    return pages
