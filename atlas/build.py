"""The pipeline: read → extract → link → render → write. One function a stage, nothing shared but records."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .cache import ArticleCache, NoCache
from .config import Paths
from .data_files import DataFileError, load_furniture_rules, load_layout_joins
from .kb import KnowledgeBase, link
from .read.reader import ARTICLE_SUFFIXES, read_article
from .records import Article, Problem, Severity
from .text import cjk_only
from .render.pages import render_pages
from .write import write_pages


@dataclass
class BuildResult:
    kb: KnowledgeBase | None
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0
    written: int = 0
    rendered: dict[str, str] = field(default_factory=dict, repr=False)  # what docs/kb now holds
    seconds: float = 0.0
    superseded: bool = False  # stopped by `keep_going`, or rendered but `may_write` said no: nothing was written

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def find_article_files(seeds: Path) -> list[Path]:
    """Every article file in seeds/, in a fixed order (by name, byte-wise)."""
    if not seeds.is_dir():
        return []
    files = [p for p in seeds.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")]
    return sorted(files, key=lambda p: p.relative_to(seeds).as_posix().encode("utf-8"))


class Superseded(Exception):
    """Raised at a checkpoint of a build that its caller no longer wants (see `build`)."""


def read_all(paths: Paths, cache: ArticleCache | None = None,
             checkpoint: Callable[[], None] = lambda: None) -> tuple[list[Article], list[Problem]]:
    cache = cache or NoCache()
    problems: list[Problem] = []
    joins = load_layout_joins(paths.root)
    furniture = load_furniture_rules(paths.root)
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
    from dataclasses import replace

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


def build(root: Path, strict: bool = False, cache: ArticleCache | None = None,
          previous: dict[str, str] | None = None, render_memo: dict | None = None,
          may_write: Callable[[], bool] | None = None, keep_going: Callable[[], bool] | None = None) -> BuildResult:
    """Generate docs/kb from seeds/ and data/. In strict mode any error stops the build before writing.

    `cache` keeps per-article results between builds (by default in .cache/atlas/ under `root`);
    `previous` is the last build's `rendered` pages, when the caller kept them, and `render_memo`
    the article pages' inputs and texts (both kept by the preview, see atlas/render/pages.py).
    `may_write`, asked once the pages are rendered, can stop the build from writing them (the
    preview's answer is no when an edit came in meanwhile); `keep_going`, asked between articles,
    stages and pages, stops it earlier, so that a build nobody wants leaves the CPU to what comes next.
    """
    started = time.perf_counter()

    def checkpoint() -> None:
        if keep_going is not None and not keep_going():
            raise Superseded

    try:
        return _build(root, strict, cache, previous, render_memo, may_write, checkpoint, started)
    except Superseded:
        return BuildResult(None, superseded=True, seconds=time.perf_counter() - started)


def _build(root, strict, cache, previous, render_memo, may_write, checkpoint, started) -> BuildResult:
    paths = Paths(root)
    cache = cache or ArticleCache(paths.root)
    cache.start_build()
    try:
        articles, problems = read_all(paths, cache, checkpoint)
    except DataFileError as exc:
        return BuildResult(None, [exc.problem], seconds=time.perf_counter() - started)
    kb = link(articles, problems, paths.root, cache, checkpoint)
    cache.save([a.path for a in articles])
    result = BuildResult(kb, kb.problems)
    if strict and result.errors:
        result.seconds = time.perf_counter() - started
        return result
    if not kb.articles:
        result.problems.append(Problem("seeds/", None, Severity.ERROR, "read.none", "没有能读取的文章", "在 seeds/ 中放入 .txt 或 .md 文件"))
        return result
    pages = render_pages(kb, paths.templates, memo=render_memo, checkpoint=checkpoint)
    result.pages = len(pages)
    if may_write is not None and not may_write():
        result.superseded = True
        result.seconds = time.perf_counter() - started
        return result
    result.written, _ = write_pages(pages, paths.generated, previous)
    result.rendered = pages
    result.seconds = time.perf_counter() - started
    return result
