"""Topics across articles: every block's topics with the editors' overrides applied, and each topic's page."""
from __future__ import annotations

from dataclasses import dataclass

from ..cache import ArticleCache
from ..extract.data import DataFiles
from ..extract.facts import ArticleFacts
from ..extract.topic_overrides import apply_overrides, load_overrides
from ..extract.topics import GENERAL, GENERAL_SLUG, BlockTopics, Vocabulary, block_key
from ..records import Article, Block, BlockKind
from ..text import match_text
from .kb import KnowledgeBase


@dataclass(frozen=True)
class TopicBlock:
    block: Block
    topics: BlockTopics


@dataclass(frozen=True)
class TopicArticle:
    article: Article
    blocks: tuple[TopicBlock, ...]


@dataclass(frozen=True)
class TopicSummary:
    """One topic page's data: the topic, its counts, the companies it mentions most, its paragraphs."""

    name: str
    slug: str
    description: str
    articles: tuple[TopicArticle, ...]  # newest article first, blocks in reading order
    companies: tuple[tuple[str, int], ...] = ()  # (name, paragraphs mentioning it), most first
    subtags: tuple[tuple[str, int], ...] = ()  # (sub-tag, paragraphs with it), e.g. (航空航天, 12)

    @property
    def page(self) -> str:
        return f"topics/{self.slug}/index.md"

    @property
    def paragraph_count(self) -> int:
        return sum(1 for a in self.articles for b in a.blocks if b.block.kind is BlockKind.PARAGRAPH)


def link_topics(kb: KnowledgeBase, facts: list[ArticleFacts], data: DataFiles, cache: ArticleCache) -> None:
    """Fill kb.topics ((stem, block key) → BlockTopics) and kb.topic_pages (one TopicSummary a topic)."""
    kb.problems.extend(data.vocabulary_problems)
    vocab = kb.topic_vocabulary = data.vocabulary
    assigned: dict[tuple[str, str], BlockTopics] = {}
    for f in facts:
        for key, bt in f.topics.items():
            assigned[(f.article.stem, key)] = bt
    apply_overrides(assigned, kb.articles, load_overrides(data.root, kb.problems), vocab, kb.problems)
    kb.topics = dict(sorted(assigned.items()))
    matchable: dict[int, str] = {}  # id(block) → match_text, shared by the summaries: each block is normalised once
    pages = [_summary(t.name, t.slug, t.description, kb.articles, assigned, vocab, matchable) for t in vocab.topics]
    pages.append(_summary(GENERAL, GENERAL_SLUG, "不专属任何一个产业的段落：全市工业的总体情况、政策部署与综述。", kb.articles, assigned, vocab, matchable))
    kb.topic_pages = pages


def _summary(name: str, slug: str, description: str, articles: list[Article], assigned, vocab: Vocabulary,
             matchable: dict[int, str]) -> TopicSummary:
    def belongs(bt: BlockTopics) -> bool:
        return name in bt.topics if name != GENERAL else not bt.topics

    entries = []
    for article in articles:  # already newest first
        blocks = tuple(TopicBlock(b, assigned[(article.stem, block_key(article, b))]) for b in article.blocks
                       if b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION) and belongs(assigned[(article.stem, block_key(article, b))]))
        if blocks:
            entries.append(TopicArticle(article, blocks))
    own = [c for c in vocab.companies if c[2] == name]
    texts = []
    for e in entries:
        for tb in e.blocks:
            if id(tb.block) not in matchable:
                matchable[id(tb.block)] = match_text(tb.block.text)
            texts.append(matchable[id(tb.block)])
    counts = []
    for company, aliases, _ in own or vocab.companies:  # 服务企业 and 综合 have no companies of their own
        n = sum(1 for text in texts if any(a in text for a in aliases))
        if n:
            counts.append((company, n))
    counts.sort(key=lambda c: (-c[1], c[0]))
    subtags = []
    for sub in (t for topic in vocab.topics if topic.name == name for t, _ in topic.subtags):
        n = sum(1 for e in entries for tb in e.blocks if sub in getattr(tb.topics.score(name), "subtags", ()))
        subtags.append((sub, n))
    return TopicSummary(name, slug, description, tuple(entries), tuple(counts[:8]), tuple(subtags))
