"""The knowledge base: everything the articles say, gathered across articles.

Each link step (atlas/link/topics.py, timeline.py, projects.py, indicators.py) fills its own
fields; `atlas.link.link` runs them in a fixed order, and render reads the result.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Article, Problem


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
    # Filled by the link steps, each in its own module (see atlas/link/__init__.py):
    topics: dict = field(default_factory=dict)  # (article stem, block key) → BlockTopics (topics.py)
    topic_vocabulary: object = None  # data/topics.yaml, loaded (atlas/extract/topics.py Vocabulary)
    topic_pages: list = field(default_factory=list)  # one TopicSummary a topic, then 综合 (topics.py)
    events: list = field(default_factory=list)  # timeline entries, merged across articles (timeline.py)
    projects: list = field(default_factory=list)  # Project records (projects.py)
    companies: list = field(default_factory=list)  # CompanyRecord records (projects.py)
    project_mentions: list = field(default_factory=list)  # every ProjectMention, for article links
    company_mentions: list = field(default_factory=list)  # every CompanyMention
    indicators: list = field(default_factory=list)  # one IndicatorSeries an indicator (indicators.py)

    _by_stem: tuple = field(default=(None, {}), repr=False, compare=False)  # (the list it indexes, stem → article)

    def article(self, stem: str) -> Article | None:
        if self._by_stem[0] is not self.articles:  # link() swaps the list: index it again
            self._by_stem = (self.articles, {a.stem: a for a in self.articles})
        return self._by_stem[1].get(stem)
