"""Everything one article says on its own: topics per block, dated events, names, figures.

`extract_article` runs each per-article extractor through the cache (atlas/cache.py), so a build
redoes only the articles that changed. Nothing here looks at another article: that is `link`'s job.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from ..cache import ArticleCache, NoCache
from ..read.simplify import for_matching
from ..records import Article, Problem
from .companies import CompanyMention, RegisteredName, company_mentions, list_only_names
from .data import DataFiles
from .events import Event, extract_events
from .figures import article_figures
from .indicators import IndicatorValue, match_article
from .projects import ProjectMention
from .pubdate import date_article
from .topics import BlockTopics, Vocabulary, assign_article, score_text


@dataclass(frozen=True)
class ArticleFacts:
    article: Article  # the article as written (pages show it), with its publication date
    matchable: Article  # its simplified copy (長春 → 长春), which every extractor read
    topics: dict[str, BlockTopics]  # block key → topics, before the editors' overrides
    events: tuple[tuple[Event, tuple[str, ...]], ...]  # each event with the topics its own clause names
    companies: tuple[CompanyMention, ...]
    unknown_companies: tuple[RegisteredName, ...]  # …有限公司 names data/companies.yaml does not know
    projects: tuple[ProjectMention, ...]
    figures: tuple[IndicatorValue, ...]  # figures read as values of a tracked indicator
    figure_problems: tuple[Problem, ...]
    date_problems: tuple[Problem, ...] = ()  # no publication date could be found


def extract_all(articles: list[Article], data: DataFiles, cache: ArticleCache | None = None,
                checkpoint: Callable[[], None] = lambda: None) -> tuple[list[ArticleFacts], list[Problem]]:
    """Every article's facts, in the order given, and the problems found on the way."""
    facts, problems = [], []
    for article in articles:
        checkpoint()
        f = extract_article(article, data, cache)
        facts.append(f)
        problems.extend(f.date_problems)
    return facts, problems


def with_named_companies(projects: list[ProjectMention], companies: list[CompanyMention]) -> list[ProjectMention]:
    """A project's companies are companies its article names: the finder sees every listed name in a
    project's clause, but a name that is also a common word (现代 “modern”, `list_aliases:`) is a
    company only where the company reader found one (临潼现代工业组团 names no 现代汽车)."""
    named = {m.company for m in companies}
    return [p if named.issuperset(p.companies) else replace(p, companies=tuple(c for c in p.companies if c in named))
            for p in projects]


def extract_article(article: Article, data: DataFiles, cache: ArticleCache | None = None) -> ArticleFacts:
    cache = cache or NoCache()
    read = article
    article, date_problems = cache.result("pubdate", read, lambda: date_article(read))
    matchable = cache.result("simplify", article, lambda: for_matching(article))
    topics = cache.result("topics", matchable, lambda: assign_article(matchable, data.vocabulary))
    events = cache.result("events", matchable, lambda: [(e, event_topics(data.vocabulary, e))
                                                       for e in extract_events(matchable, data.event_words)])

    def names():
        found, unknown = company_mentions(matchable, data.firms, list_only_names(data.companies))
        return found, unknown, with_named_companies(data.finder.find(matchable, found), found)

    firms, unknown, projects = cache.result("names", matchable, names)
    if data.figure_rules is None:
        figures, figure_problems = [], []
    else:
        figures, figure_problems = cache.result("figures", matchable, lambda: match_article(
            matchable, article_figures(matchable, data.figure_rules), list(data.indicators), data.figure_rules))
    return ArticleFacts(article, matchable, topics, tuple(events), tuple(firms), tuple(unknown), tuple(projects),
                        tuple(figures), tuple(figure_problems), tuple(date_problems))


def event_topics(vocab: Vocabulary | None, event: Event) -> tuple[str, ...]:
    """The topics the event's own clause names (when it names none, its paragraph's topics are used).

    A paragraph that lists a car plant, a vaccine and a satellite launch is on three topics, but
    `合资动力电池项目开工` is an automotive event only.
    """
    return tuple(sorted(s.topic for s in score_text(event.summary, vocab) if s.terms)) if vocab is not None else ()
