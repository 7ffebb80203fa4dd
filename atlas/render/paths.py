"""Where each generated page lives under docs/kb/, and relative links between pages.

Every render module may import this one; it imports nothing of render, so no page family needs
another's module to link to it.
"""
from __future__ import annotations

import functools

from ..records import Article

ARTICLES_INDEX = "articles/index.md"
ARTICLES_BY_YEAR = "articles/by-year"  # a folder: articles/<slug>.md can never be a year page


def article_path(article: Article) -> str:
    return f"articles/{article.slug}.md"


@functools.lru_cache(maxsize=1 << 16)
def _relpath(from_dir: str, to_page: str) -> str:
    """posixpath.relpath for the clean relative paths of generated pages, without its abspath calls."""
    if not from_dir:
        return to_page
    start, target = from_dir.split("/"), to_page.split("/")
    common, most = 0, min(len(start), len(target) - 1)
    while common < most and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:])


def rel_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative Markdown link between two generated pages (MkDocs validates these)."""
    target = _relpath(from_page.rpartition("/")[0], to_page)
    return target + "#" + anchor if anchor else target
