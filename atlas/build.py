"""The pipeline: read → extract → link → render → write. One function a stage, nothing shared but records."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .cache import ArticleCache
from .config import GENERATED_DIR, Paths
from .data_files import DataFileError
from .extract.data import load_data_files
from .extract.facts import extract_all
from .link import KnowledgeBase, link
from .read.seeds import read_all
from .records import Article, Problem, Severity
from .render.pages import render_pages
from .write import UnsafePagePath, write_pages


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


class Superseded(Exception):
    """Raised at a checkpoint of a build that its caller no longer wants (see `build`)."""


def extract_and_link(articles: list[Article], problems: list[Problem], root: Path, cache: ArticleCache | None = None,
                     checkpoint: Callable[[], None] = lambda: None) -> KnowledgeBase:
    """The middle of the pipeline, for a caller that has read the articles (scorers, tests)."""
    data = load_data_files(root)
    facts, found = extract_all(articles, data, cache, checkpoint)
    return link(facts, data, problems + found, cache, checkpoint)


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

    def done(result: BuildResult) -> BuildResult:
        result.seconds = time.perf_counter() - started
        return result

    try:
        articles, problems = read_all(paths, cache, checkpoint)  # read: one Article a file of seeds/
        data = load_data_files(paths.root)
    except DataFileError as exc:
        return done(BuildResult(None, [exc.problem]))
    facts, found = extract_all(articles, data, cache, checkpoint)  # extract: per article, cached
    kb = link(facts, data, problems + found, cache, checkpoint)  # link: across articles
    cache.save([a.path for a in articles])
    result = BuildResult(kb, kb.problems)
    if strict and result.errors:
        return done(result)
    if not kb.articles:
        result.problems.append(Problem("seeds/", None, Severity.ERROR, "read.none", "没有能读取的文章", "在 seeds/ 中放入 .txt 或 .md 文件"))
        return result
    pages = render_pages(kb, paths.templates, memo=render_memo, checkpoint=checkpoint)  # render: Markdown, in memory
    result.pages = len(pages)
    if may_write is not None and not may_write():
        result.superseded = True
        return done(result)
    try:
        result.written, _ = write_pages(pages, paths.generated, previous)  # write: docs/kb/, only if all went well
    except UnsafePagePath as exc:
        result.problems.append(Problem(f"docs/{GENERATED_DIR}/{exc.rel}", None, Severity.ERROR, "write.outside",
                                       f"页面路径会落到 docs/{GENERATED_DIR}/ 以外（{exc.why}），这次什么都没有写",
                                       "检查数据文件（如 data/topics.yaml）和文章前置元数据里的 slug:；docs/kb/ 里不要放链接"))
        result.pages = 0  # nothing was written: the command fails, strict or not
        return done(result)
    result.rendered = pages
    return done(result)
