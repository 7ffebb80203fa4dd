"""The Zensical path: the same generated docs/ and mkdocs.yml built with Zensical, checked like MkDocs' site.

Zensical (the successor of Material for MkDocs; pinned in requirements-dev.txt) reads mkdocs.yml and
ignores what it does not know (hooks/, plugin settings). The generator's pages are built once
(`built_site`, which MkDocs then built), copied, and built again the way README says any engine
builds them: `python -m zensical build --strict`, then `python scripts/search_index.py site`. The two
sites are compared file by file, then the Zensical site is opened in chromium (desktop).

Where Zensical and our overrides disagree, the test of what should hold is an expected failure that
names the cause (strict: once fixed it fails until its marker is removed); README § Zensical lists them.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import posixpath
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import ARTIFACTS, ROOT, third_party
from tests.test_browser_site import nav_pages

sys.path.insert(0, str(ROOT / "scripts"))
from search_bytes import serve  # noqa: E402  (a static server for a built site)
from tests.test_timeline_browser import check_filter

pytestmark = pytest.mark.zensical

OWN_IDS = {"__skip", "__toc"}  # the skip link's and the table of contents' targets, which the engines place differently
SKIP_LINK = "#__skip"



@dataclass
class ZensicalBuild:
    project: Path
    site: Path
    pagefind_after_build: bool  # whether the build itself wrote a search index (MkDocs does, via hooks/)
    index: subprocess.CompletedProcess  # `python scripts/search_index.py site`, run afterwards


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def zensical_build(source: Path, project: Path) -> Path:
    """Copy `source` (a generated project) without its site and cache, build it with Zensical; return site/."""
    if importlib.util.find_spec("zensical") is None:
        pytest.fail("zensical is not installed: `make test` installs it (requirements-dev.txt)")
    shutil.copytree(source, project, ignore=shutil.ignore_patterns("site", ".cache"))
    result = run([sys.executable, "-m", "zensical", "build", "--strict"], project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def zensical(built_site, tmp_path_factory) -> ZensicalBuild:
    project = tmp_path_factory.mktemp("zensical") / "project"
    site = zensical_build(built_site, project)  # the generator's docs/ that MkDocs built
    pagefind_after_build = (site / "pagefind").exists()
    index = run([sys.executable, "scripts/search_index.py", "site"], project)
    return ZensicalBuild(project, site, pagefind_after_build, index)


@pytest.fixture(scope="module")
def zensical_url(zensical):
    with serve(zensical.site) as url:
        yield url


@pytest.fixture
def zpage(browser):
    """A desktop page that records every request it makes, and any console error or page error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    pg.requests, pg.console_errors = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.console_errors.append(f"{m.text} @ {pg.url}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.console_errors.append(f"{e} @ {pg.url}"))
    yield pg
    context.close()


# ---- the built files, compared with MkDocs' -------------------------------------------------


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (href, class)
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], a.get("class") or ""))
        if tag in ("link", "script", "img") and (a.get("href") or a.get("src")):
            self.links.append((a.get("href") or a.get("src"), ""))
        if tag == "meta" and a.get("content") is not None:
            self.meta[a.get("property") or a.get("name") or ""] = a["content"]


def pages_of(site: Path) -> dict[str, _Page]:
    out = {}
    for path in sorted(site.rglob("*.html")):
        if path.relative_to(site).parts[0] == "pagefind":
            continue
        parsed = _Page()
        parsed.feed(path.read_text(encoding="utf-8"))
        out[path.relative_to(site).as_posix()] = parsed
    return out


def broken_links(site: Path, check=lambda href, cls: True) -> list[str]:
    """Links (and anchors) among `site`'s pages that lead nowhere, of those `check` selects."""
    pages = pages_of(site)
    broken = []
    for name, parsed in pages.items():
        if name == "404.html":  # links from the site root; checked by opening it
            continue
        for href, cls in parsed.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")) or not check(href, cls):
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(parts.path))) if parts.path else name
            if (site / target).is_dir():
                target = posixpath.join(target, "index.html")
            if target.startswith("..") or not (site / target).is_file():
                broken.append(f"{name} → {href}")
            elif parts.fragment and target.endswith(".html") and unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{name} → {href} (no such anchor)")
    return broken


def sitemap_urls(site: Path) -> list[str]:
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return sorted(loc.text for loc in ET.parse(site / "sitemap.xml").getroot().findall("s:url/s:loc", ns))


def test_same_pages_and_files_as_mkdocs(built_site, zensical):
    def files(site):
        return {p.relative_to(site).as_posix() for p in site.rglob("*")
                if p.is_file() and p.relative_to(site).parts[0] not in ("assets", "pagefind")}

    mkdocs, theirs = files(built_site / "site"), files(zensical.site)
    assert mkdocs - theirs == {"sitemap.xml.gz"}
    assert theirs - mkdocs == {"search.json"}  # Zensical's own search index, which our search does not use
    assert len([f for f in theirs if f.endswith(".html")]) >= 80
    assert "404.html" in theirs and "kb/downloads/events.csv" in theirs
    assert sitemap_urls(zensical.site) == sitemap_urls(built_site / "site")


def test_same_anchors_and_sharing_tags_as_mkdocs(built_site, zensical):
    mkdocs, theirs = pages_of(built_site / "site"), pages_of(zensical.site)
    for name, page in mkdocs.items():
        assert theirs[name].ids - OWN_IDS == page.ids - OWN_IDS, name  # headings' and paragraphs' (#p12) anchors
        ours = {k: v for k, v in page.meta.items() if k != "generator"}
        other = {k: v for k, v in theirs[name].meta.items() if k != "generator"}
        if name == "index.html":  # Zensical sets no page.is_homepage; overrides/main.html also asks for the empty URL
            assert ours["og:type"] == other["og:type"] == "website"
        assert other == ours, name  # description, Open Graph and Twitter tags (overrides/main.html)
    assert theirs["kb/timeline/index.html"].meta["og:title"] == "时间线"


def test_rebuild_is_byte_identical(zensical, tmp_path):
    again = zensical_build(zensical.project, tmp_path / "again")

    def digest(site):
        return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in site.rglob("*") if p.is_file() and p.relative_to(site).parts[0] != "pagefind"}

    assert digest(again) == digest(zensical.site)


def test_hooks_are_ignored(zensical):
    # hooks/search_index.py does not run: the index is a separate step with any engine but MkDocs
    assert not zensical.pagefind_after_build


def test_links_and_anchors_resolve(zensical):
    assert broken_links(zensical.site, check=lambda href, cls: "chart-point" not in cls and href != SKIP_LINK) == []


def test_chart_point_links_resolve(zensical):
    """Zensical resolves links in raw HTML against the Markdown file, MkDocs leaves them as written;
    pages with charts are written as index.md, where the two agree."""
    broken = broken_links(zensical.site, check=lambda href, cls: "chart-point" in cls)
    assert broken == [], f"{len(broken)} broken, e.g. {broken[:2]}"


def test_skip_link_has_its_target(zensical):
    assert broken_links(zensical.site, check=lambda href, cls: href == SKIP_LINK) == []


def search_exclusion_marks(site: Path) -> int:
    return sum(len(re.findall(r"\sdata-pagefind-ignore(?=[\s=>/])", p.read_text(encoding="utf-8")))
               for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "pagefind")


def test_search_exclusion_marks_survive(built_site, zensical):
    """Zensical strips Material's data-search-exclude from every element, so the generator marks
    derived text with Pagefind's own data-pagefind-ignore, which both engines keep."""
    mkdocs = search_exclusion_marks(built_site / "site")
    assert mkdocs > 100
    assert search_exclusion_marks(zensical.site) == mkdocs


def test_search_index_builds_from_the_zensical_site(zensical):
    assert zensical.index.returncode == 0, zensical.index.stdout + zensical.index.stderr
    assert (zensical.site / "pagefind" / "pagefind.js").is_file()


# ---- in the browser ------------------------------------------------------------------------


def test_home_renders_chinese_and_stays_local(zpage, zensical_url):
    zpage.goto(zensical_url + "/")
    assert "长春产业知识库" in zpage.title()
    assert zpage.locator("article h1").inner_text().startswith("长春产业知识库")
    assert "篇文章" in zpage.inner_text("article")
    ARTIFACTS.mkdir(exist_ok=True)
    zpage.screenshot(path=str(ARTIFACTS / "zensical-home.png"))
    assert zpage.console_errors == []
    assert third_party(zpage.requests, zensical_url) == []


def test_every_nav_page_opens_cleanly(zpage, zensical_url):
    pages = nav_pages()
    assert len(pages) >= 10
    for path in pages:
        response = zpage.goto(f"{zensical_url}/{path}")
        assert response.status == 200, path
        assert zpage.locator("article h1").count() == 1, path
    assert zpage.locator("nav.md-tabs a.md-tabs__link").count() >= 8
    zpage.goto(f"{zensical_url}/404.html")  # what GitHub Pages serves for a missing address; links from the root
    assert "404" in zpage.locator("article h1").inner_text()
    assert zpage.console_errors == []  # a stylesheet or script that failed to load would be here
    assert third_party(zpage.requests, zensical_url) == []


def test_article_shows_paragraphs_and_its_names_lead_to_their_pages(zpage, zensical_url):
    zpage.goto(zensical_url + "/kb/articles/fenli-tisheng-ting-jiliang/#p12")
    assert zpage.locator("#p12").is_visible()
    assert zpage.locator("article p.para[id^='p']").count() > 10
    links = zpage.locator("article a[href*='/projects/'], article a[href*='/companies/']").evaluate_all(
        "els => [...new Set(els.map(e => e.href.split('#')[0]))]")
    names = [u for u in links if u.rstrip("/").rsplit("/", 2)[-2] in ("projects", "companies")]
    assert any("/kb/companies/zhongchechangke/" in u for u in names), links
    for url in names:
        assert zpage.request.get(url).status == 200, url
    zpage.locator("article a[href*='/companies/zhongchechangke/']").first.click()
    zpage.wait_for_load_state()
    assert zpage.url.endswith("/kb/companies/zhongchechangke/") and zpage.locator("article h1").count() == 1
    assert zpage.console_errors == []
    assert third_party(zpage.requests, zensical_url) == []


def test_timeline_topic_filter_works(zpage, zensical_url):
    zpage.goto(zensical_url + "/kb/timeline/")
    check_filter(zpage)
    assert zpage.console_errors == []


class SearchUnavailable(Exception):
    pass


def site_search(page, query: str) -> list[str]:
    """Type into the site's search box (put in the header by docs/javascripts/search.js),
    scroll the results until all are rendered (ten at a time), and return their links."""
    page.locator("[data-atlas-search=query]").fill(query)
    meta = ".md-search-result__meta"
    page.wait_for_function(
        "m => document.querySelector('.md-search-result__item') || document.querySelector(m).textContent.startsWith('搜索暂时不可用')",
        arg=meta, timeout=10000)
    items = page.locator(".md-search-result__item")
    if items.count() == 0:
        raise SearchUnavailable(page.inner_text(meta))
    count = -1
    while items.count() != count:
        count = items.count()
        items.last.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")


@pytest.mark.parametrize("query, slug", [("吉林一号", "fenli-tisheng-ting-jiliang"), ("中车长客", "fenli-tisheng-ting-jiliang")])
def test_search_finds_articles_for_a_chinese_name(zpage, zensical_url, query, slug):
    zpage.goto(zensical_url + "/")
    hrefs = site_search(zpage, query)
    assert any(f"/kb/articles/{slug}/" in h for h in hrefs), hrefs
    assert third_party(zpage.requests, zensical_url) == []
