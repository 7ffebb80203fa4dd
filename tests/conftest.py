"""Shared fixtures: the five seeds read once, and the whole site built once from a clean copy."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.build import read_all  # noqa: E402
from atlas.config import Paths, copy_project  # noqa: E402,F401  (copy_project: a clean checkout, for tests)
from atlas.extract.pubdate import date_article  # noqa: E402

SEED_STEMS = {
    "000": "000_805918171b22d6e5",
    "001": "001_6002dfd231891dcc",
    "002": "002_52c7512c7d06600e",
    "003": "003_f34ac04e32c0b974",
    "004": "004_ad5f75c4b1cd7373",
}
ARTIFACTS = ROOT / "test-artifacts"

# `HYPOTHESIS_PROFILE=thorough make test`: the hostile-input property test (tests/test_hostile_properties.py)
# runs 300 random examples instead of 8 fixed ones, and prints a failure's reproduction blob.
settings.register_profile("thorough", print_blob=True)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


@pytest.fixture(scope="session")
def seed_articles():
    articles, problems = read_all(Paths(ROOT))  # read, then dated as the build does (extract/pubdate.py)
    return {a.stem[:3]: date_article(a)[0] for a in articles}, problems


@pytest.fixture
def empty_project(tmp_path):
    """An empty project with the real data files and templates: tests put their own seeds in."""
    for name in ("data", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "seeds").mkdir()
    return tmp_path


@pytest.fixture
def project(empty_project):
    """An empty project to paste pages into (a test file may define its own)."""
    return empty_project


def body_lines(article) -> str:
    """The text of every block of an article, one a line: what a test asserts a line is (not) in."""
    return "\n".join(b.text for b in article.blocks)


def read_one_page(project: Path, text: str):
    """One page pasted as seeds/page.txt: its article, and the problems reported for that file."""
    (project / "seeds/page.txt").write_text(text, encoding="utf-8")
    articles, problems = read_all(Paths(project))
    return articles[0], [p for p in problems if p.file == "seeds/page.txt"]


def read_seeds(project: Path):
    """The project's articles by file name under seeds/, and the problems of reading them."""
    articles, problems = read_all(Paths(project))
    return {a.path.split("/", 1)[1]: a for a in articles}, problems


def problems_for(problems, name, severity=None):
    return [p for p in problems if p.file == f"seeds/{name}" and (severity is None or p.severity is severity)]


def build_site(project: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1"}
    gen = subprocess.run([sys.executable, "scripts/build.py", "build", "--strict"], cwd=project, env=env, capture_output=True, text=True)
    assert gen.returncode == 0, gen.stderr
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env, capture_output=True, text=True)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("checkout"))
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    return project


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh page that records every request it makes, and any console error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    pg.requests = []
    pg.console_errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()


def third_party(urls: list[str], site_url: str) -> list[str]:
    return [u for u in urls if not (u.startswith(site_url) or u.startswith("data:") or u.startswith("blob:"))]
