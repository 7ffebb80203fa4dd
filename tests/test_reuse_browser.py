"""Issue 20 in chromium, on a phone and a desktop, with the site served under a sub-path as on
GitHub Pages (https://user.github.io/repo/): sortable lists, the feed link, citations' copy button,
breadcrumbs, the edit link; and no request leaves the site."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from tests.conftest import ARTIFACTS, _QuietHandler, third_party
from tests.test_reuse import reuse_site  # noqa: F401  (the fixture: seeds + two articles, built as the deploy builds)

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SUB_PATH = "atlas"


@pytest.fixture(scope="module")
def sub_path_url(reuse_site, tmp_path_factory):  # noqa: F811
    root = tmp_path_factory.mktemp("served")
    (root / SUB_PATH).symlink_to(reuse_site / "site", target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{SUB_PATH}/"
    server.shutdown()


@pytest.fixture(params=list(VIEWPORTS))
def view(request, browser, sub_path_url):
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="zh-CN", is_mobile=request.param == "phone",
                                  has_touch=request.param == "phone")
    pg = context.new_page()
    pg.requests, pg.errors, pg.viewport_name = [], [], request.param
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("response", lambda r: pg.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    yield pg
    assert not third_party(pg.requests, sub_path_url.split("/" + SUB_PATH)[0]), third_party(pg.requests, sub_path_url)
    assert not pg.errors, pg.errors
    context.close()


def _column(pg, table, n):
    return pg.eval_on_selector_all(f"{table} tbody tr", f"rows => rows.map(r => r.cells[{n}].getAttribute('data-sort'))")


def _click(pg, header):
    if pg.viewport_name == "phone":
        header.tap()
    else:
        header.click()


def test_project_list_sorts_by_investment_sources_latest_and_name(view, sub_path_url):
    pg = view
    pg.goto(sub_path_url + "kb/projects/by-topic/qiche/")
    table = "article table:has(span[data-sort])"
    pg.wait_for_selector(f"{table} th[role=columnheader]")
    headers = pg.locator(f"{table} thead th")
    assert headers.all_inner_texts()[:6] == ["项目", "企业", "地点", "投资额", "最新进展", "来源"]
    for col in (3, 5, 4):  # figures first: largest (newest) first on the first click, then smallest
        _click(pg, headers.nth(col))
        first = [float(v or 0) for v in _column(pg, table, col)]
        assert first == sorted(first, reverse=True) and len(set(first)) > 1, (col, first)
        _click(pg, headers.nth(col))
        assert [float(v or 0) for v in _column(pg, table, col)] == sorted(first), col
    _click(pg, headers.nth(0))
    names = _column(pg, table, 0)
    assert names in (sorted(names), sorted(names, reverse=True))
    texts = pg.eval_on_selector_all(f"{table} tbody tr", "rows => rows.map(r => r.cells[0].innerText.trim())")
    by_pinyin = dict(zip(names, texts))
    assert [by_pinyin[k] for k in sorted(names)][0].startswith("奥迪")  # ao < bi < … < yi < zhong, not code-point order
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"reuse-projects-sorted-{pg.viewport_name}.png"), full_page=True)


def test_investments_sort_by_amount_not_by_text(view, sub_path_url):
    pg = view
    pg.goto(sub_path_url + "kb/projects/")
    table = "article table:has(span[data-sort])"
    pg.wait_for_selector(f"{table} th[role=columnheader]")
    header = pg.locator(f"{table} thead th").nth(3)
    _click(pg, header)
    _click(pg, header)
    amounts = pg.eval_on_selector_all(f"{table} >> nth=0", "t => [...t[0].tBodies[0].rows].map(r => [r.cells[3].innerText, +r.cells[3].getAttribute('data-sort')])")
    values = [v for _, v in amounts]
    assert values == sorted(values) and len(set(values)) > 1  # the second click: smallest first
    texts = [t for t, v in amounts if v]
    assert texts.index("135亿元") < texts.index("209亿元 / 358亿元 ⚠ 说法不一")  # by amount (358亿 is the largest), not by text


def test_company_list_sorts_by_articles(view, sub_path_url):
    pg = view
    pg.goto(sub_path_url + "kb/companies/by-topic/qiche/")
    table = "article table:has(span[data-sort])"
    pg.wait_for_selector(f"{table} th[role=columnheader]")
    header = pg.locator(f"{table} thead th").nth(3)
    header.focus()
    pg.keyboard.press("Enter")  # sortable by keyboard too
    counts = [int(v) for v in _column(pg, table, 3)]
    assert counts in (sorted(counts), sorted(counts, reverse=True)) and len(set(counts)) > 1


def test_tables_stay_plain_tables_without_script(browser, sub_path_url):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(sub_path_url + "kb/projects/by-topic/qiche/")
    assert pg.locator("article table tbody tr").count() > 3
    assert pg.locator("th[role=columnheader]").count() == 0
    assert "135亿元" in pg.locator("article table").first.inner_text()
    context.close()


def test_pages_without_sortable_tables_load_no_sorting_script(view, sub_path_url):
    pg = view
    pg.goto(sub_path_url + "kb/articles/reuse-test/")
    pg.wait_for_load_state("networkidle")
    assert not [u for u in pg.requests if "tablesort" in u]


def test_head_feed_link_resolves_under_the_sub_path(view, sub_path_url):
    pg = view
    for path in ("", "kb/topics/qiche/2024/", "kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu/"):
        pg.goto(sub_path_url + path)
        href = pg.eval_on_selector('link[type="application/atom+xml"]', "l => l.href")
        assert href == sub_path_url + "kb/feed.xml"
        body = pg.evaluate("url => fetch(url).then(r => r.status + ' ' + r.headers.get('content-type'))", href)
        assert body.startswith("200 ")


def test_breadcrumbs_lead_up_from_deep_pages(view, sub_path_url):
    pg = view
    pg.goto(sub_path_url + "kb/topics/qiche/2024/")
    trail = pg.locator("nav.md-path .md-path__link")
    assert trail.all_inner_texts() == ["首页", "产业主题", "汽车"]
    assert trail.nth(2).is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"reuse-breadcrumbs-{pg.viewport_name}.png"))
    _click(pg, trail.nth(2))
    pg.wait_for_url(sub_path_url + "kb/topics/qiche/")
    pg.goto(sub_path_url + "kb/articles/reuse-test/")
    assert pg.locator("nav.md-path .md-path__link").all_inner_texts() == ["首页", "全部文章"]
    _click(pg, pg.locator("nav.md-path .md-path__link").first)
    pg.wait_for_url(sub_path_url)


def test_article_page_shows_source_edit_link_and_copyable_citation(view, sub_path_url):
    pg = view
    pg.goto(sub_path_url + "kb/articles/reuse-test/")
    original = pg.locator("a.atlas-external")
    assert original.inner_text() == "原文" and original.get_attribute("rel") == "noopener nofollow"
    assert pg.locator('a[rel=edit][title="编辑原文"]').is_visible()
    pg.locator("#cite").scroll_into_view_if_needed()
    copy = pg.locator("pre button.md-code__button[data-md-type=copy]")  # Material's copy button, on each citation block
    copy.first.wait_for()
    assert copy.count() == 3
    if pg.viewport_name == "desktop":
        pg.context.grant_permissions(["clipboard-read", "clipboard-write"])
        copy.first.click()
        copied = pg.evaluate("navigator.clipboard.readText()")
        assert copied.startswith("甲乙, 丙丁, 戊己, 等. 测试原文链接与引用: 副题在这里[N/OL]. 长春日报, 2024-03-05[引用日期]. https://example.com/")
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"reuse-article-{pg.viewport_name}.png"), full_page=True)
