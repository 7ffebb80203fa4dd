"""Read every file of seeds/: one Article a file, duplicates left out, one address per article."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Callable

from ..cache import ArticleCache, NoCache
from ..config import Paths
from ..records import Article, Problem, Severity
from ..text import cjk_only
from .layout import load_layout_joins
from .reader import ARTICLE_SUFFIXES, read_article
from .webpage import load_furniture_rules


def find_article_files(seeds: Path) -> list[Path]:
    """Every article file in seeds/, in a fixed order (by name, byte-wise)."""
    if not seeds.is_dir():
        return []
    files = [p for p in seeds.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")]
    return sorted(files, key=lambda p: p.relative_to(seeds).as_posix().encode("utf-8"))


def read_all(paths: Paths, cache: ArticleCache | None = None,
             checkpoint: Callable[[], None] = lambda: None) -> tuple[list[Article], list[Problem]]:
    cache = cache or NoCache()
    problems: list[Problem] = []
    joins = load_layout_joins(paths.root, problems)
    furniture = load_furniture_rules(paths.root, problems)
    articles: list[Article] = []
    seen_sha: dict[str, str] = {}
    for file in find_article_files(paths.seeds):
        checkpoint()
        own_joins = joins.get(file.name, [])
        result = cache.read(file.relative_to(paths.root).as_posix(), file.read_bytes(), repr(own_joins),
                            lambda: read_article(file, paths.root, own_joins, furniture))
        problems.extend(result.problems)
        article = result.article
        if article is None:
            continue
        text_key = hashlib.sha1(cjk_only("".join(b.text for b in article.blocks)).encode("utf-8")).hexdigest()
        for key in (article.sha1, text_key):
            if key in seen_sha:
                problems.append(
                    Problem(article.path, None, Severity.WARNING, "read.duplicate",
                            f"与 {seen_sha[key]} 的正文相同，已略去", "删除其中一个文件")
                )
                break
        else:
            seen_sha[article.sha1] = seen_sha[text_key] = article.path
            articles.append(article)
    for name in sorted(joins):
        if not (paths.seeds / name).exists():
            problems.append(Problem("data/layout.yaml", None, Severity.WARNING, "layout.stale-join",
                                    f"有拼接 {name} 的条目，但 seeds/ 里已没有这个文件", "删除这些条目"))
    return _unique_slugs(articles, problems), problems


def _unique_slugs(articles: list[Article], problems: list[Problem]) -> list[Article]:
    seen: dict[str, Article] = {}
    out = []
    for a in articles:
        slug, n = a.slug, 1
        while slug in seen:
            n += 1
            slug = f"{a.slug}-{n}"
        if n > 1:
            problems.append(Problem(a.path, None, Severity.INFO, "read.slug",
                                    f"与 {seen[a.slug].path} 的网址相同，改用 /{slug}/", "给其中一篇在前置元数据中加 slug:"))
            a = replace(a, slug=slug)
        seen[slug] = a
        out.append(a)
    return out
