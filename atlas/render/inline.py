"""How one block of an article is written on its article page: its text, and the labels after it.

Kept apart from the template so each kind of cross-link (topics, projects, companies) has one
place to add itself without touching the others.
"""
from __future__ import annotations

from ..link import KnowledgeBase
from ..records import Article, Block
from .name_links import linked_text
from .paths import rel_link
from .topic_labels import topic_labels


def block_text(kb: KnowledgeBase, article: Article, block: Block, page: str) -> str:
    """The block's text as safe Markdown (links to project and company pages are added here)."""
    return linked_text(kb, article, block, page, rel_link)


def block_labels(kb: KnowledgeBase, article: Article, block: Block, page: str) -> str:
    """Small labels after a block (e.g. its topics), as Markdown; empty when there are none."""
    return topic_labels(kb, article, block, page)
