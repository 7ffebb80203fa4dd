"""The small topic labels after each paragraph of an article page, linking to the topic pages."""
from __future__ import annotations

from ..extract.topics import block_key
from ..link import KnowledgeBase
from ..records import Article, Block, BlockKind
from .page_index import page_index
from .paths import rel_link


def topic_labels(kb: KnowledgeBase, article: Article, block: Block, page: str) -> str:
    """` [汽车](../topics/qiche/index.md){: .topic-label }` per topic; nothing on headings (it would enter the
    heading's anchor and the table of contents) and nothing for 综合."""
    if block.kind in (BlockKind.HEADING, BlockKind.SUBHEADING):
        return ""
    bt = kb.topics.get((article.stem, block_key(article, block)))
    if bt is None or not bt.topics:
        return ""
    pages = page_index(kb).topics
    return "".join(f" [{name}]({rel_link(page, pages[name])}){{: .topic-label }}" for name in bt.topics if name in pages)
