"""Read every file of seeds/: one Article a file, duplicates left out, one id and one address per article.

Only regular files inside the repository are read. A symbolic link (to a file or a folder), a pipe
or a device, and a seeds/ folder that leads outside the repository are refused by name: a pull
request must not be able to publish the build machine's files. Hidden files are reported, not read.
"""
from __future__ import annotations

import hashlib
from collections import Counter
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Callable

from ..cache import ArticleCache, NoCache
from ..config import Paths
from ..records import Article, Problem, Severity
from ..slugs import RESERVED_SLUGS
from ..text import cjk_only, match_text
from .layout import load_layout_joins
from .reader import ARTICLE_SUFFIXES, read_article
from .webpage import load_furniture_rules


@dataclass(frozen=True)
class SeedScan:
    files: list[Path]  # regular article files, in a fixed order (by path under seeds/, byte-wise)
    problems: list[Problem]  # what was refused or skipped, by name


def scan_seeds(paths: Paths) -> SeedScan:
    """Walk seeds/ without following any link; refuse what is not a regular file inside the repository."""
    seeds, problems, files = paths.seeds, [], []
    if not seeds.is_dir():
        return SeedScan([], [])
    root, real = paths.root.resolve(), seeds.resolve()
    if real != root and root not in real.parents:
        problems.append(Problem("seeds/", None, Severity.ERROR, "read.outside", "seeds/ 指向仓库以外的文件夹，不读取",
                                "把文章文件放进仓库里的 seeds/ 文件夹（不要用链接）"))
        return SeedScan([], problems)

    def refuse(rel: str, severity: Severity, code: str, message: str, fix: str) -> None:
        problems.append(Problem(f"seeds/{rel}", None, severity, code, message, fix))

    def walk(folder: Path) -> None:
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name.encode("utf-8", "surrogateescape")):
                path = Path(entry.path)
                rel = path.relative_to(seeds).as_posix()
                is_article = path.suffix.lower() in ARTICLE_SUFFIXES
                try:
                    rel.encode("utf-8")
                except UnicodeEncodeError:  # bytes that are no UTF-8 (a name from an old zip file): shown with �
                    shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                    refuse(shown, Severity.ERROR, "read.file-name", "文件名不是 UTF-8 编码，不读取", "给文件重新命名")
                    continue
                if entry.is_symlink():
                    if is_article or entry.is_dir(follow_symlinks=True):
                        refuse(rel, Severity.ERROR, "read.link", "是符号链接，不读取（链接可以指向仓库以外的文件）",
                               "把文件本身复制到 seeds/ 中，删除这个链接")
                elif entry.name.startswith("."):
                    if entry.is_dir(follow_symlinks=False) or is_article:
                        refuse(rel, Severity.WARNING, "read.hidden", "是隐藏文件（名称以 . 开头），没有读取",
                               "如果它是要发表的文章，去掉名称开头的 .")
                elif entry.is_dir(follow_symlinks=False):
                    walk(path)
                elif is_article:
                    if entry.is_file(follow_symlinks=False):
                        files.append(path)
                    else:
                        refuse(rel, Severity.ERROR, "read.not-a-file", "不是普通文件（管道、设备等），不读取",
                               "删除它，把文章保存成普通的 .txt 或 .md 文件")

    walk(seeds)
    files.sort(key=lambda p: p.relative_to(seeds).as_posix().encode("utf-8", "surrogateescape"))
    return SeedScan(files, problems)


def find_article_files(seeds: Path) -> list[Path]:
    """Every regular article file in seeds/, in a fixed order (by path, byte-wise)."""
    return scan_seeds(Paths(seeds.parent)).files


def read_regular_file(path: Path) -> bytes:
    """The bytes of `path`, refusing (OSError) a link or anything but a regular file, even one swapped in
    since the folder was listed; a pipe is never waited on."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    finally:
        os.close(fd)


def article_ids(rels: list[str]) -> dict[str, str]:
    """Each file's id (path under seeds/ → id): the path without its suffix (`000_x`, `2023/01`),
    or the whole path when two files share that (`a.txt`, `a.md`). Unique by construction."""
    bases = {rel: str(PurePosixPath(rel).with_suffix("")) for rel in rels}
    shared = {b for b, n in Counter(bases.values()).items() if n > 1}
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for rel in rels:
        candidate = rel if bases[rel] in shared else bases[rel]
        while candidate in taken:
            candidate += "~"
        taken.add(candidate)
        ids[rel] = candidate
    return ids


def read_all(paths: Paths, cache: ArticleCache | None = None,
             checkpoint: Callable[[], None] = lambda: None) -> tuple[list[Article], list[Problem]]:
    cache = cache or NoCache()
    scan = scan_seeds(paths)
    problems: list[Problem] = list(scan.problems)
    joins = load_layout_joins(paths.root, problems)
    furniture = load_furniture_rules(paths.root, problems)
    articles: list[Article] = []
    rels = [f.relative_to(paths.seeds).as_posix() for f in scan.files]
    ids = article_ids(rels)
    for file, rel in zip(scan.files, rels):
        checkpoint()
        try:
            data = read_regular_file(file)
        except OSError:
            problems.append(Problem(f"seeds/{rel}", None, Severity.ERROR, "read.not-a-file", "不是普通文件，不读取",
                                    "把文章保存成普通的 .txt 或 .md 文件"))
            continue
        own_joins = joins.get(rel, [])
        result = cache.read(file.relative_to(paths.root).as_posix(), data, repr(own_joins),
                            lambda: read_article(file, paths.root, own_joins, furniture, data))
        problems.extend(result.problems)
        if result.article is not None:
            articles.append(replace(result.article, stem=ids[rel]))
    for name in sorted(joins):
        if not (paths.seeds / name).exists():
            problems.append(Problem("data/layout.yaml", None, Severity.WARNING, "layout.stale-join",
                                    f"有拼接 {name} 的条目，但 seeds/ 里已没有这个文件", "删除这些条目"))
    return _unique_slugs(_without_duplicates(articles, problems), problems), problems


def _without_duplicates(articles: list[Article], problems: list[Problem]) -> list[Article]:
    """Leave out an article whose text is the same as another's (after `match_text`: width and spaces
    folded) or wholly contained in another's; the fuller one stays. Texts with the same Chinese
    characters but other figures or Latin words (this month's statistics release and last month's)
    are different articles: both stay, and the report shows where they differ."""
    kept: dict[str, Article] = {}  # path → article, in reading order
    texts: dict[str, str] = {}  # path → normalised text
    by_sha: dict[str, str] = {}
    by_text: dict[str, str] = {}
    by_chinese: dict[str, str] = {}
    by_paragraph: dict[str, list[str]] = {}  # a paragraph's normalised text → the kept articles that have it

    def drop(path: str, other: str, how: str) -> None:
        problems.append(Problem(path, None, Severity.WARNING, "read.duplicate", f"与 {other} 的正文{how}，已略去",
                                "删除其中一个文件"))

    for article in articles:
        text = match_text("".join(b.text for b in article.blocks))
        same = by_sha.get(article.sha1) or by_text.get(text)
        if same:
            drop(article.path, same, "相同")
            continue
        paragraphs = {match_text(b.text) for b in article.blocks}
        paragraphs = {p for p in paragraphs if len(p) >= 16} or {text}
        candidates = sorted({c for p in paragraphs for c in by_paragraph.get(p, ()) if c in kept}, key=list(kept).index)
        container = next((c for c in candidates if text in texts[c]), None)
        if container:
            drop(article.path, container, "全部包含在它的正文里")
            continue
        for inner in [c for c in candidates if texts[c] in text]:
            drop(inner, article.path, "全部包含在它的正文里")
            del kept[inner]
        chinese = hashlib.sha1(cjk_only(text).encode("utf-8")).hexdigest()
        near = by_chinese.get(chinese)
        if near in kept:
            problems.append(Problem(article.path, None, Severity.WARNING, "read.near-duplicate",
                                    f"与 {near} 的汉字完全相同，只有数字或字母不同：{_difference(texts[near], text)}；两篇都保留",
                                    "如果其实是同一篇文章，删除其中一个文件"))
        kept[article.path], texts[article.path] = article, text
        by_sha[article.sha1] = by_text[text] = article.path
        by_chinese.setdefault(chinese, article.path)
        for p in paragraphs:
            by_paragraph.setdefault(p, []).append(article.path)
    return list(kept.values())


def _difference(a: str, b: str, limit: int = 4, context: int = 4) -> str:
    """Where two texts with the same Chinese characters differ, side by side (“发布1月” ↔ “发布2月”)."""
    chinese = cjk_only(a)
    gaps_a, gaps_b = _CJK_CHAR.split(a), _CJK_CHAR.split(b)  # what stands between consecutive Chinese characters
    places = []
    for k, (x, y) in enumerate(zip(gaps_a, gaps_b)):
        if x != y:
            before, after = chinese[max(0, k - context):k], chinese[k:k + context]
            places.append(f"“{before}{x}{after}”↔“{before}{y}{after}”")
            if len(places) == limit:
                break
    return "、".join(places)


_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _unique_slugs(articles: list[Article], problems: list[Problem]) -> list[Article]:
    """One address an article: a slug taken by an earlier article or reserved for a generated page
    (`index`, `by-year` …) gets -2, -3 …"""
    seen: dict[str, Article | None] = dict.fromkeys(RESERVED_SLUGS)
    out = []
    for a in articles:
        slug, n = a.slug, 1
        while slug in seen:
            n += 1
            slug = f"{a.slug}-{n}"
        if n > 1:
            other = seen[a.slug]
            why = f"与 {other.path} 的网址相同" if other else f"网址 /{a.slug}/ 留给网站自己的页面"
            problems.append(Problem(a.path, None, Severity.INFO, "read.slug", f"{why}，改用 /{slug}/",
                                    "给其中一篇在前置元数据中加 slug:" if other else "在前置元数据中换一个 slug:"))
            a = replace(a, slug=slug)
        seen[slug] = a
        out.append(a)
    return out
