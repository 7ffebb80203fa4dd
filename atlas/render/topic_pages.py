"""Topic pages and the topics index: each topic's paragraphs, grouped by article, newest first."""
from __future__ import annotations

from dataclasses import dataclass

from ..extract.topic_index import TopicBlock, TopicSummary
from ..extract.topics import GENERAL
from ..kb import KnowledgeBase
from ..records import Article
from .markdown import md_text

TOPICS_INDEX = "topics/index.md"


@dataclass(frozen=True)
class TopicParagraph:
    """One paragraph as a topic page shows it: number, link to its anchor, safe text, and why."""

    number: str
    href: str
    text: str  # escaped Markdown
    is_caption: bool
    why: str  # escaped Markdown


def why(tb: TopicBlock, topic: str) -> str:
    """The reason a block is on a topic page, in words an editor can check against the text."""
    bt = tb.topics
    if bt.source == "override":
        return "编辑指定" + (f"：{md_text(bt.note)}" if bt.note else "")
    if topic == GENERAL:
        listed = sorted({t for s in bt.scores for t in s.listed})
        weak = sorted({t for s in bt.scores for t in s.terms})
        parts = []
        if listed:
            parts.append("只在产业列举中提到 " + "、".join(md_text(t) for t in listed))
        if weak:
            parts.append("产业词不足 " + "、".join(md_text(t) for t in weak))
        return "；".join(parts) or "未提到具体产业"
    score = bt.score(topic)
    if score is None or not score.terms:
        return "所在章节的主题"
    sub = f"（{'、'.join(score.subtags)}）" if score.subtags else ""
    return "依据 " + "、".join(md_text(t) for t in score.terms) + sub + f" · 得分 {score.score:g}"


def topic_paragraphs(summary: TopicSummary, article: Article, blocks: tuple[TopicBlock, ...], page: str, rel_link, article_path) -> list[TopicParagraph]:
    return [
        TopicParagraph(tb.block.id[1:], rel_link(page, article_path(article), tb.block.id), md_text(tb.block.text),
                       tb.block.kind.value == "caption", why(tb, summary.name))
        for tb in blocks
    ]


def render_topic_pages(kb: KnowledgeBase, env, rel_link, article_path) -> dict[str, str]:
    pages: dict[str, str] = {}
    tpl = env.get_template("topic.md.j2")
    for summary in kb.topic_pages:
        page = summary.page
        pages[page] = tpl.render(
            kb=kb, topic=summary, page=page, rel_link=rel_link,
            groups=[(e.article, rel_link(page, article_path(e.article)), topic_paragraphs(summary, e.article, e.blocks, page, rel_link, article_path))
                    for e in summary.articles],
            others=[(t, rel_link(page, t.page)) for t in kb.topic_pages if t.slug != summary.slug],
        )
    pages[TOPICS_INDEX] = env.get_template("topics.md.j2").render(
        kb=kb, topics=[(t, rel_link(TOPICS_INDEX, t.page)) for t in kb.topic_pages]
    )
    return pages
