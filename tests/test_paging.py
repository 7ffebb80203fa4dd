"""Pages that do not grow with the corpus (issue 9): a page only for names two articles share,
long lists cut into pages with a pager, and every link landing on a page that exists.

The page sizes are lowered (PageSizes) so a corpus of a few synthetic articles shows every kind
of paging that 1,000 articles would.
"""
from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
from collections import Counter

import pytest

from atlas.build import read_all
from atlas.config import Paths
from atlas.build import extract_and_link as link
from atlas.render.page_index import MIN_ARTICLES
from atlas.render.pages import render_pages
from atlas.render.paths import rel_link
from atlas.render.paging import PageSizes, pager
from atlas.write import write_pages
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from make_corpus import make_corpus  # noqa: E402

SMALL = PageSizes(entity_excerpts=2, entity_archive=2, entity_list=2, sources=1, names=1, index_top=2, index_rows=3,
                  articles_latest=2, articles_rows=3, timeline_latest=3, timeline_rows=4, topic_events=2, topic_projects=2,
                  topic_paragraphs=6, report_files=3, report_disagreements=1)
LINK = re.compile(r"\]\(([^)\s]+)")
ANCHOR = re.compile(r"\{: #(p\d+)")


@pytest.fixture(scope="module")
def seeds_kb():
    articles, problems = read_all(Paths(ROOT))
    return link(articles, problems, ROOT)


@pytest.fixture(scope="module")
def seeds_pages(seeds_kb):
    return render_pages(seeds_kb, ROOT / "templates")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = make_corpus(16, tmp_path_factory.mktemp("paging") / "project", seed=3)
    articles, problems = read_all(Paths(root))
    return root, link(articles, problems, root)


@pytest.fixture(scope="module")
def small_pages(corpus):
    root, kb = corpus
    return render_pages(kb, ROOT / "templates", SMALL)


def broken_links(pages: dict[str, str]) -> list[str]:
    """Markdown links between generated pages whose page, or paragraph anchor, does not exist."""
    anchors = {path: set(ANCHOR.findall(text)) for path, text in pages.items() if path.startswith("articles/")}
    broken = []
    for path, text in pages.items():
        if not path.endswith(".md") or path.startswith("_"):  # _home.md is included by docs/index.md
            continue
        for href in LINK.findall(text):
            if "://" in href or href.startswith("#"):
                continue
            url, _, fragment = href.partition("#")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), url))
            if target not in pages:
                broken.append(f"{path} → {href}")
            elif fragment and target in anchors and fragment not in anchors[target]:
                broken.append(f"{path} → {href} (no such paragraph)")
    return broken


def pages_under(pages: dict[str, str], pattern: str) -> dict[str, str]:
    return {p: t for p, t in pages.items() if re.fullmatch(pattern, p)}


# --- a page only for what two articles share ---------------------------------------------------------

def test_only_names_two_articles_share_get_a_page(seeds_kb, seeds_pages):
    for p in seeds_kb.projects:
        assert (p.page in seeds_pages) == (len(p.articles) >= MIN_ARTICLES), p.name
    for c in seeds_kb.companies:
        assert (c.page in seeds_pages) == (len(c.articles) >= MIN_ARTICLES), c.name
    assert "projects/aodi-yiqi-xinnengyuan-qiche-xiangmu.md" in seeds_pages  # four articles
    assert "projects/aolaide-xianshi-cailiao-shengchan-jidi.md" not in seeds_pages  # one article
    assert "companies/aolaide.md" not in seeds_pages


def test_a_name_from_one_article_is_listed_with_its_paragraph_and_not_linked(seeds_kb, seeds_pages):
    single = next(p for p in seeds_kb.projects if p.name == "奥来德显示材料生产基地")
    m = single.mentions[0]
    article = seeds_kb.article(m.article)
    listing = seeds_pages["projects/by-topic/guangdian-xinxi.md"]
    row = next(line for line in listing.splitlines()  # (each cell starts with its sort key, issue 20)
               if re.sub(r'<span data-sort="[^"]*"></span>', "", line).startswith("| 奥来德显示材料生产基地 |"))
    assert f"(../../articles/{article.slug}.md#{m.block})" in row
    text = seeds_pages[f"articles/{article.slug}.md"]
    assert f"projects/{single.slug}" not in text  # its name in the article is plain text


def test_every_link_lands_on_a_page_that_exists(seeds_pages, small_pages):
    assert broken_links(seeds_pages) == []
    assert broken_links(small_pages) == []


# --- lists cut into pages ---------------------------------------------------------------------------

def test_articles_are_listed_by_year_in_pages(corpus, small_pages):
    _, kb = corpus
    years = pages_under(small_pages, r"articles/by-year/[^/]+\.md")
    listed = Counter(slug for text in years.values() for slug in re.findall(r"\]\(\.\./([^)/]+)\.md\)", text) if slug != "index")
    assert listed == Counter(a.slug for a in kb.articles)  # every article on exactly one year page
    assert any(re.fullmatch(r"articles/by-year/\d{4}-2\.md", p) for p in years)  # a year of more than 3 articles
    latest = re.findall(r"^\| .*\]\([^)/]+\.md\) \|", small_pages["articles/index.md"], re.M)  # rows linking an article
    assert len(latest) == SMALL.articles_latest


def test_timeline_years_hold_every_event_once_and_the_overview_the_latest(corpus, small_pages):
    _, kb = corpus
    years = pages_under(small_pages, r"timeline/\d{4}(-\d+)?\.md")
    assert sum(t.count("{: .tl-entry ") for t in years.values()) == len(kb.events)
    assert all(t.count("{: .tl-entry ") <= SMALL.timeline_rows for t in years.values())
    overview = small_pages["timeline.md"]
    assert overview.count("{: .tl-entry ") == SMALL.timeline_latest
    assert "data-timeline-filter" in overview and all("data-timeline-filter" in t for t in years.values())
    for year in {e.year for e in kb.events}:
        assert f"](timeline/{year}.md)" in overview


def test_a_long_list_has_a_pager_on_every_page(small_pages):
    paths = sorted(p for p in small_pages if re.fullmatch(r"timeline/\d{4}(-\d+)?\.md", p))
    year = next(p[9:13] for p in paths if p.endswith("-2.md"))
    first, second = small_pages[f"timeline/{year}.md"], small_pages[f"timeline/{year}-2.md"]
    assert f"[2]({year}-2.md)" in first and f"[下一页 →]({year}-2.md)" in first and "上一页" not in first
    assert f"[← 上一页]({year}.md)" in second and f"[1]({year}.md)" in second and "**2**" in second


def test_topic_pages_keep_an_overview_and_put_paragraphs_on_year_pages(corpus, small_pages):
    _, kb = corpus
    for summary in kb.topic_pages:
        overview = small_pages[summary.page]
        assert "{: .topic-para" not in overview
        assert overview.count("{: .tl-entry ") <= SMALL.topic_events
        years = pages_under(small_pages, rf"topics/{summary.slug}/(?!index\.md)[^/]+\.md")
        shown = sum(t.count("{: .topic-para") for t in years.values())
        assert shown == sum(len(e.blocks) for e in summary.articles)
        assert all(t.count("{: .topic-para") <= SMALL.topic_paragraphs or t.count("\n## [") == 1 for t in years.values())


def test_project_and_company_indexes_group_by_topic_in_pages(corpus, small_pages):
    _, kb = corpus
    for kind, records in (("projects", kb.projects), ("companies", kb.companies)):
        lists = pages_under(small_pages, rf"{kind}/by-topic/[^/]+\.md")
        rows = sum(len(re.findall(r"^\| (?!---|项目 \||名称 \|)", t, re.M)) for t in lists.values())
        assert rows == len(records), kind
        assert any(p.endswith("-2.md") for p in lists)
        index = small_pages[f"{kind}/index.md"]
        assert index.count("\n## ") <= 6 and index.count("](by-topic/") >= 1


def test_entity_pages_quote_the_newest_mentions_and_page_older_ones(corpus, small_pages):
    _, kb = corpus
    top = max(kb.projects, key=lambda p: (len({(m.article, m.block) for m in p.mentions}), p.name))
    first = small_pages[top.page]
    assert first.count("\n    - [第") == SMALL.entity_excerpts  # quoted, with their sentence
    more = pages_under(small_pages, rf"projects/{re.escape(top.slug)}/\d+\.md")
    assert more, "the most-mentioned project continues on further pages"
    linked = set(re.findall(r"\]\((?:\.\./)+articles/([^)#]+)\.md\)", first + "".join(more.values())))
    assert linked == {kb.article(stem).slug for stem in top.articles}  # every article that mentions it, somewhere
    assert "[2](" in first and "[← 上一页](../" in more[f"projects/{top.slug}/2.md"]


def test_report_continues_on_numbered_pages(corpus, small_pages):
    _, kb = corpus
    pages = pages_under(small_pages, r"report(/\d+)?\.md")
    assert len(pages) >= 2 and all("search:\n  exclude: true" in t for t in pages.values())
    assert sum(t.count("\n## [") for t in pages.values()) == len(kb.articles)


def test_the_same_knowledge_base_gives_the_same_pages(corpus, small_pages):
    root, kb = corpus
    assert render_pages(kb, ROOT / "templates", SMALL) == small_pages


def test_paged_site_builds_strictly(corpus, small_pages):
    root, _ = corpus
    write_pages(small_pages, root / "docs" / "kb")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "WARNING" not in result.stderr


# --- the pieces -----------------------------------------------------------------------------------

def test_pager_shows_the_ends_and_a_window_around_this_page():
    paths = [f"t/{k}.md" for k in range(1, 21)]
    p = pager(paths, 10, rel_link)
    assert [i.label for i in p.items] == ["1", "…", "9", "10", "11", "12", "13", "…", "20"]
    assert [i.href for i in p.items if i.label == "11"] == [""]  # this page
    assert (p.prev, p.next) == ("10.md", "12.md")
    assert pager(paths[:1], 0, rel_link) is None


@pytest.mark.parametrize("src, dst", [
    ("articles/a.md", "articles/b.md"), ("articles/a.md", "report.md"), ("timeline.md", "timeline/2023.md"),
    ("timeline/2023-2.md", "timeline.md"), ("projects/x/2.md", "projects/x.md"), ("projects/by-topic/qiche.md", "articles/y.md"),
    ("topics/qiche/2024.md", "topics/qiche.md"), ("report.md", "report/2.md"), ("a.md", "a.md"),
])
def test_rel_link_is_posix_relpath(src, dst):
    assert rel_link(src, dst) == posixpath.relpath(dst, posixpath.dirname(src) or ".")
    assert rel_link(src, dst, "p3") == posixpath.relpath(dst, posixpath.dirname(src) or ".") + "#p3"
