"""The link stage: everything the articles say, gathered across articles into one knowledge base.

Each extractor adds its own field; `link` fills them in a fixed order, and render reads them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .cache import ArticleCache, NoCache
from .read.simplify import for_matching
from .records import Article, Problem


def article_sort_key(article: Article) -> tuple:
    """Newest first; undated last; ties by file name so the order never depends on the file system."""
    date = article.date.value if article.date else ""
    return (date == "", _negate(date), article.stem)


def _negate(iso: str) -> tuple:
    return tuple(-ord(c) for c in iso)


@dataclass
class KnowledgeBase:
    articles: list[Article] = field(default_factory=list)  # newest first
    problems: list[Problem] = field(default_factory=list)
    # Filled by the extractors, each in its own module (see `link`):
    topics: dict = field(default_factory=dict)  # (article stem, block id) → topic assignment
    topic_vocabulary: object = None  # data/topics.yaml, loaded (atlas/extract/topics.py Vocabulary)
    topic_pages: list = field(default_factory=list)  # one TopicSummary a topic, then 综合 (atlas/extract/topic_index.py)
    events: list = field(default_factory=list)  # timeline entries, merged across articles
    projects: list = field(default_factory=list)
    companies: list = field(default_factory=list)
    project_mentions: list = field(default_factory=list)  # every ProjectMention, for article links
    company_mentions: list = field(default_factory=list)  # every CompanyMention
    indicators: list = field(default_factory=list)

    _by_stem: tuple = field(default=(None, {}), repr=False, compare=False)  # (the list it indexes, stem → article)

    def article(self, stem: str) -> Article | None:
        if self._by_stem[0] is not self.articles:  # link() swaps the list: index it again
            self._by_stem = (self.articles, {a.stem: a for a in self.articles})
        return self._by_stem[1].get(stem)


def link(articles: list[Article], problems: list[Problem], root: Path, cache: ArticleCache | None = None,
         checkpoint: Callable[[], None] = lambda: None) -> KnowledgeBase:
    """`cache` hands each stage its per-article results from earlier builds (see atlas/cache.py);
    `checkpoint` is called between stages (a build that is no longer wanted stops there)."""
    cache = cache or NoCache()
    as_written = sorted(articles, key=article_sort_key)
    # Extractors match on simplified text (長春 finds 长春); pages show each article as written.
    kb = KnowledgeBase(articles=[cache.result("simplify", a, lambda a=a: for_matching(a)) for a in as_written],
                       problems=list(problems))
    from .extract.topic_index import link_topics  # topics first: later stages may read them

    link_topics(kb, root, cache)
    checkpoint()
    from .extract.timeline import link_events  # events next: projects & companies annotate them

    link_events(kb, root, cache)
    checkpoint()
    from .project_index import link_projects  # projects & companies: they annotate the events

    link_projects(kb, root, cache)
    checkpoint()
    from .indicator_series import link_indicators  # indicators last (see the order above)

    kb.indicators, _, indicator_problems = link_indicators(kb.articles, root, cache)
    kb.problems.extend(indicator_problems)
    kb.articles = as_written
    return kb
