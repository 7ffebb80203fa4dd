"""Render the knowledge base to Markdown pages: {path under docs/kb/: text}. Pure output."""
from __future__ import annotations

import posixpath

from ..kb import KnowledgeBase
from ..records import Article, BlockKind
from .context import environment
from .inline import block_labels, block_text


def article_path(article: Article) -> str:
    return f"articles/{article.slug}.md"


def rel_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative Markdown link between two generated pages (MkDocs validates these)."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return target + (f"#{anchor}" if anchor else "")


def describe(article: Article, limit: int = 110) -> str:
    """A meta description: the first body paragraph, cut at a sentence end where possible."""
    first = next((b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH and len(b.text) > 20), article.title)
    if len(first) <= limit:
        return first
    cut = max(first.rfind(p, 0, limit) for p in "。！？；")
    return first[: cut + 1] if cut > 40 else first[:limit] + "…"


def render_pages(kb: KnowledgeBase, templates) -> dict[str, str]:
    env = environment(templates)
    pages: dict[str, str] = {}
    article_tpl = env.get_template("article.md.j2")
    for article in kb.articles:
        path = article_path(article)
        pages[path] = article_tpl.render(
            article=article,
            description=describe(article),
            kb=kb,
            text=lambda b, a=article, p=path: block_text(kb, a, b, p),
            labels=lambda b, a=article, p=path: block_labels(kb, a, b, p),
        )
    pages["articles/index.md"] = env.get_template("articles.md.j2").render(
        kb=kb, link=lambda a: rel_link("articles/index.md", article_path(a)), describe=describe
    )
    from .topic_pages import render_topic_pages  # late: it needs rel_link and article_path from here

    pages.update(render_topic_pages(kb, env, rel_link, article_path))
    from .project_pages import render_project_pages  # late, for the same reason

    pages.update(render_project_pages(kb, env, rel_link, article_path))
    from .exports import render_download_pages  # late, like topic pages
    from .indicator_pages import render_indicator_pages

    pages.update(render_indicator_pages(kb, env, rel_link, article_path))
    pages.update(render_download_pages(kb, env))
    from .timeline import render_timeline  # late, like topic pages

    pages.update(render_timeline(kb, env))
    from .report import render_report

    pages.update(render_report(kb, env, rel_link, article_path))
    pages["_home.md"] = env.get_template("home.md.j2").render(
        kb=kb, link=lambda a: "kb/" + article_path(a)  # the snippet is included by docs/index.md
    )
    return pages
