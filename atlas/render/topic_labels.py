"""The small topic labels after each paragraph of an article page, linking to the topic pages."""
from __future__ import annotations

import posixpath

from ..extract.topics import block_key
from ..records import Article, Block, BlockKind


def topic_labels(kb, article: Article, block: Block, page: str) -> str:
    """` [汽车](../topics/qiche.md){: .topic-label }` per topic; nothing on headings (it would enter the
    heading's anchor and the table of contents) and nothing for 综合."""
    if block.kind in (BlockKind.HEADING, BlockKind.SUBHEADING):
        return ""
    bt = kb.topics.get((article.stem, block_key(article, block)))
    if bt is None or not bt.topics:
        return ""
    pages = {t.name: t.page for t in kb.topic_pages}
    base = posixpath.dirname(page) or "."
    return "".join(f" [{name}]({posixpath.relpath(pages[name], base)}){{: .topic-label }}" for name in bt.topics if name in pages)
