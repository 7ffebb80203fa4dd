"""Which pages the site has, worked out once per render so every link points at a page that exists.

A project or a company gets a page of its own only when at least two different articles mention
it: a page is for connecting sources. One named in a single article is a row of the projects or
companies index (with its facts and a link to its paragraph) and its name is not linked anywhere.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..slugs import slugify

MIN_ARTICLES = 2  # different articles that must mention a project or company for it to get a page


def has_page(record) -> bool:
    """True when the project or company record is mentioned by enough articles for a page."""
    return len(record.articles) >= MIN_ARTICLES


@dataclass(frozen=True)
class PageIndex:
    projects: dict[str, str]  # project name → its page, for projects that have one
    companies: dict[str, str]  # company name → its page, for companies that have one
    topics: dict[str, str]  # topic name → its page
    topic_slugs: dict[str, str]  # topic name → slug (also for topics without a page)

    def topic_slug(self, name: str) -> str:
        return self.topic_slugs.get(name) or slugify(name)


_CACHE: dict[int, tuple] = {}  # id(kb) → (kb, index, the lists it was built from)


def page_index(kb) -> PageIndex:
    """The index for this knowledge base, built once (render calls it from many places)."""
    cached = _CACHE.get(id(kb))
    if cached and cached[0] is kb and _fresh(kb, cached):
        return cached[1]
    index = PageIndex(
        projects={p.name: p.page for p in kb.projects if has_page(p)},
        companies={c.name: c.page for c in kb.companies if has_page(c)},
        topics={t.name: t.page for t in kb.topic_pages},
        topic_slugs={t.name: t.slug for t in kb.topic_pages},
    )
    _CACHE.clear()
    _CACHE[id(kb)] = (kb, index, kb.projects, kb.companies, kb.topic_pages)
    return index


def _fresh(kb, cached) -> bool:
    """The cached index still describes the same lists (a knowledge base's lists can be swapped)."""
    return cached[2] is kb.projects and cached[3] is kb.companies and cached[4] is kb.topic_pages
