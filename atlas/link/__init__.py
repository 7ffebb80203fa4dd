"""Link: the third stage. Takes every article's ArticleFacts and the data files (atlas/extract).
It gives one KnowledgeBase: events merged, names grouped, series built, conflicts side by side.
Must not read articles again nor render anything; one module a linked thing, all of one shape.
"""
from __future__ import annotations

from typing import Callable

from ..cache import ArticleCache, NoCache
from ..extract.data import DataFiles
from ..extract.facts import ArticleFacts
from ..records import Problem
from .indicators import link_indicators
from .kb import KnowledgeBase, article_sort_key
from .projects import link_projects
from .timeline import link_events
from .topics import link_topics

# The order matters: events take their paragraph's topics; projects and companies annotate the
# events; indicators come last.
LINK_STEPS = (link_topics, link_events, link_projects, link_indicators)


def link(facts: list[ArticleFacts], data: DataFiles, problems: list[Problem], cache: ArticleCache | None = None,
         checkpoint: Callable[[], None] = lambda: None) -> KnowledgeBase:
    """One knowledge base from every article's facts. `checkpoint` is called between steps (a build
    that is no longer wanted stops there)."""
    cache = cache or NoCache()
    facts = sorted(facts, key=lambda f: article_sort_key(f.article))  # newest first
    # The steps match on the simplified copies (長春 finds 长春); pages show each article as written.
    kb = KnowledgeBase(articles=[f.matchable for f in facts], problems=list(problems))
    for step in LINK_STEPS:
        step(kb, facts, data, cache)
        checkpoint()
    kb.articles = [f.article for f in facts]
    return kb


__all__ = ["KnowledgeBase", "LINK_STEPS", "article_sort_key", "link"]
