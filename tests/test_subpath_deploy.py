"""The site as GitHub Pages serves a project site: built with `SITE_URL=http://127.0.0.1:PORT/atlas/`
(what the deploy workflow does with the Pages address), served under /atlas/ only, and answering a
missing page there with `404.html` and status 404. Every link and asset resolves, the 404 page
works from any depth, search works, and nothing is requested outside the site."""
from __future__ import annotations

import functools
import http.server
import io
import os
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from tests.conftest import CHROMIUM_ARGS, copy_project

PREFIX = "/atlas"


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """What GitHub Pages does for a project site: `/atlas/…` is site/, `/atlas` redirects to
    `/atlas/`, a folder without a slash redirects to its slash, a missing page under /atlas/ is
    site/404.html with status 404, and everything outside /atlas/ is a bare 404."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        return super().translate_path(path[len(PREFIX):] if path.startswith(PREFIX + "/") else "/\0outside")

    def send_head(self):
        path = unquote(urlsplit(self.path).path)
        if path == PREFIX:
            self.send_response(301)
            self.send_header("Location", PREFIX + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if not path.startswith(PREFIX + "/"):
            self.send_error(404)
            return None
        local = Path(self.translate_path(self.path))
        if local.is_file() or (local.is_dir() and (local / "index.html").is_file()):
            return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory):
    """(project, base URL): the seeds' site built for the sub-path of a port bound before the build."""
    project = copy_project(tmp_path_factory.mktemp("pages"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(project / "site")))
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}/"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1", "SITE_URL": base}
    for step in (["scripts/build.py", "build", "--strict"], ["-m", "mkdocs", "build", "--strict"]):
        done = subprocess.run([sys.executable, *step], cwd=project, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield project, base
    server.shutdown()
    server.server_close()


class _Refs(HTMLParser):
    """Every URL a page links to or loads, and whether the browser loads it (assets) or not (links)."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.assets: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "link" and a.get("href"):
            (self.assets if a.get("rel") in ("stylesheet", "icon", "preload", "modulepreload") else self.links).append(a["href"])
        elif tag in ("script", "img", "source", "iframe") and a.get("src"):
            self.assets.append(a["src"])


def fetch(url: str) -> tuple[int, str, bytes]:
    """(status, final URL after redirects, body); a 404 is an answer, not an exception."""
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.url, r.read()
    except urllib.error.HTTPError as e:
        return e.code, url, e.read()


def refs(body: bytes) -> _Refs:
    parser = _Refs()
    parser.feed(body.decode("utf-8"))
    return parser


def test_the_server_answers_as_github_pages_does(pages_site):
    project, base = pages_site
    origin = base[: -len(PREFIX) - 1]
    assert fetch(base)[0] == 200 and fetch(base + "kb/topics/qiche/")[0] == 200
    status, url, _ = fetch(base[:-1])
    assert (status, url) == (200, base)  # /atlas → /atlas/
    status, _, body = fetch(base + "kb/no-such-page/")
    assert status == 404 and body == (project / "site/404.html").read_bytes()
    assert fetch(origin + "/kb/topics/qiche/")[0] == 404  # the site's pages exist only under /atlas/
    assert fetch(origin + "/kb/topics/qiche/")[2] != (project / "site/404.html").read_bytes()


def test_every_link_and_asset_resolves_under_the_sub_path(pages_site):
    """From the home page, every page reached through links (all of them), every asset they load,
    the sitemap's addresses, and the 404 page's links and assets from a missing page at any depth."""
    project, base = pages_site
    origin = base[: -len(PREFIX) - 1]
    broken, outside, seen, pages = [], [], set(), {}
    queue = [(base, "start")]
    while queue:
        url, where = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, final, body = fetch(url)
        if status != 200:
            broken.append(f"{where} → {url} ({status})")
            continue
        if final.endswith("/") or final.endswith(".html"):
            page = refs(body)
            pages[final] = page
            for href, is_asset in [(h, False) for h in page.links] + [(s, True) for s in page.assets]:
                target = urldefrag(urljoin(final, href))[0]
                if href.startswith(("mailto:", "javascript:", "data:")):
                    continue
                if not target.startswith(origin + "/"):
                    if is_asset:
                        outside.append(f"{final} loads {target}")
                    continue  # a link to another site (an article's original address) is fine
                if not target.startswith(base):
                    broken.append(f"{final} → {href} (outside {PREFIX}/)")
                    continue
                queue.append((target, final))
    html_pages = {p for p in (project / "site").rglob("index.html")}
    assert broken == [] and outside == []
    assert len(pages) == len(html_pages) > 80  # every page is reached from the home page
    # the sitemap lists every address under the sub-path, and each resolves
    locs = [e.text for e in ET.fromstring(fetch(base + "sitemap.xml")[2]).iter() if e.tag.endswith("loc")]
    assert len(locs) > 80 and all(loc.startswith(base) for loc in locs)
    assert [loc for loc in locs if loc not in seen] == []
    # the 404 page, as Pages serves it for a missing page at any depth: its links and assets resolve
    for missing in ("nope", "kb/articles/nope/", "kb/topics/qiche/2099/deeper/"):
        status, _, body = fetch(base + missing)
        assert status == 404 and "404" in body.decode("utf-8")
        page = refs(body)
        assert len(page.assets) >= 3 and len(page.links) >= 5
        for href in page.links + page.assets:
            target = urldefrag(urljoin(base + missing, href))[0]
            if target.startswith(origin + "/"):
                assert target.startswith(base) and fetch(target)[0] == 200, f"404 page at {missing} → {href}"


@pytest.fixture
def pages_page(browser, pages_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    pg.responses, pg.requests, pg.console_errors = [], [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("response", lambda r: pg.responses.append((r.status, r.url)))
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()


def _origin(base: str) -> str:
    return base[: -len(PREFIX) - 1]


def _outside(urls, base):
    return [u for u in urls if not (u.startswith(base) or u.startswith(("data:", "blob:")))]


@pytest.mark.parametrize("path", ["", "kb/topics/qiche/", "kb/timeline/", "kb/articles/zhi-xiao-qi-sheng-renxing-qiang/",
                                  "kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu/", "kb/report/"])
def test_pages_open_with_their_styles_and_scripts(pages_page, pages_site, path):
    _, base = pages_site
    pages_page.goto(base + path, wait_until="load")
    assert pages_page.locator("h1").first.is_visible()
    assert [r for r in pages_page.responses if r[0] >= 400] == []
    assert _outside(pages_page.requests, base) == []
    assert pages_page.console_errors == []
    # the theme's stylesheet and the site's scripts came from the sub-path
    assert any(u.startswith(base + "assets/stylesheets/") for u in pages_page.requests)
    assert pages_page.locator("input[data-atlas-search=query]").count() == 1  # docs/javascripts/search.js ran


def test_the_404_page_works_at_any_depth(pages_page, pages_site):
    _, base = pages_site
    response = pages_page.goto(base + "kb/topics/qiche/2099/deeper/", wait_until="load")
    assert response.status == 404
    assert "404" in pages_page.locator("h1").first.inner_text()
    assert [r for r in pages_page.responses if r[0] >= 400] == [(404, base + "kb/topics/qiche/2099/deeper/")]
    # chromium logs the page's own 404 as a console error; nothing else may fail
    assert _outside(pages_page.requests, base) == [] and pages_page.console_errors == [
        "Failed to load resource: the server responded with a status of 404 (Not Found)"]
    assert any(u.startswith(base + "assets/stylesheets/") for u in pages_page.requests)
    # the header's title leads home, under the sub-path
    pages_page.locator("a.md-header__button.md-logo").click()
    pages_page.wait_for_url(base)
    assert "篇文章" in pages_page.inner_text("article")


def test_search_works_under_the_sub_path(pages_page, pages_site):
    from tests.test_browser import search

    _, base = pages_site
    pages_page.goto(base + "kb/articles/zhi-xiao-qi-sheng-renxing-qiang/")
    hrefs = search(pages_page, "中车长客")
    assert hrefs and all(h.startswith(base) for h in hrefs)
    assert base + "kb/companies/zhongchechangke/" == hrefs[0]
    assert base + "pagefind/pagefind.js" in pages_page.requests
    pages_page.locator(".md-search-result__item > a:first-child").first.click()
    pages_page.wait_for_url(base + "kb/companies/zhongchechangke/")
    assert pages_page.locator("h1").first.inner_text().startswith("中车长客")
    assert [r for r in pages_page.responses if r[0] >= 400] == []
    assert _outside(pages_page.requests, base) == [] and pages_page.console_errors == []
