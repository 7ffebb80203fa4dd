"""The whole site in a real browser, on a desktop and on a phone: every nav page, search, links.

Screenshots of the home page, a topic page, the timeline, a project page and search on a phone are
saved in test-artifacts/ for a person to look at.
"""
import pytest
import yaml

from tests.conftest import ARTIFACTS, ROOT, third_party
from tests.test_browser import search

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SHOTS = {"": "home", "kb/topics/qiche/": "topic-qiche", "kb/timeline/": "timeline",
         "kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu/": "project-audi"}


class _AnyTag(yaml.SafeLoader):
    pass


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)
_AnyTag.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_pages() -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)
    pages = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            else:
                pages.append("" if value == "index.md" else value.removesuffix(".md").removesuffix("index").rstrip("/") + "/")

    walk(config["nav"])
    return pages


@pytest.fixture(params=list(VIEWPORTS))
def viewport_page(request, browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="zh-CN", is_mobile=request.param == "phone")
    pg = context.new_page()
    pg.requests, pg.console_errors, pg.viewport_name = [], [], request.param
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.console_errors.append(f"{m.text} @ {pg.url}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.console_errors.append(f"{e} @ {pg.url}"))
    yield pg
    context.close()


def test_every_nav_page_opens_cleanly(viewport_page, site_url):
    pg = viewport_page
    pages = nav_pages()
    assert len(pages) >= 10
    ARTIFACTS.mkdir(exist_ok=True)
    for path in pages + [p for p in SHOTS if p not in pages]:
        response = pg.goto(f"{site_url}/{path}")
        assert response.status == 200, path
        assert pg.locator("article h1").count() == 1, path
        if path in SHOTS:
            pg.screenshot(path=str(ARTIFACTS / f"{SHOTS[path]}-{pg.viewport_name}.png"), full_page=False)
    assert pg.console_errors == []
    assert third_party(pg.requests, site_url) == []


@pytest.mark.parametrize(
    "query, expected",
    [("中车长客", "/kb/companies/zhongchechangke/"),  # a company
     ("比亚迪动力电池", "/kb/projects/yiqifudi-donglidianchi-xiangmu/"),  # a project, by one of its other names
     ("光电信息", "/kb/topics/guangdian-xinxi/")],  # a topic word
)
def test_search_finds_company_project_and_topic(viewport_page, site_url, query, expected):
    pg = viewport_page  # on a phone the header's magnifier opens the search box first
    pg.goto(site_url + "/")
    hrefs = search(pg, query)
    assert any(expected in h for h in hrefs[:5]), hrefs[:10]
    if pg.viewport_name == "phone" and query == "中车长客":
        ARTIFACTS.mkdir(exist_ok=True)
        pg.evaluate("() => { window.scrollTo(0, 0); document.querySelector('.md-search__scrollwrap').scrollTop = 0; }")
        pg.screenshot(path=str(ARTIFACTS / "search-phone.png"))
    assert pg.console_errors == []
    assert third_party(pg.requests, site_url) == []


def test_one_link_of_each_kind_lands_where_it_should(page, site_url):
    # timeline → paragraph anchor
    page.goto(site_url + "/kb/timeline/")
    link = page.locator("a[href*='/kb/articles/'][href*='#p'], a[href*='../articles/'][href*='#p']").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith("#" + anchor) and page.locator(f"#{anchor}").is_visible()
    # project → article
    page.goto(site_url + "/kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu/")
    page.locator("article a[href*='articles/']").first.click()
    page.wait_for_load_state()
    assert "/kb/articles/" in page.url and page.locator("article p.para").count() > 10
    # company → project
    page.goto(site_url + "/kb/companies/aodi-yiqi/")
    page.locator("article a[href*='/projects/'], article a[href*='../projects/']").first.click()
    page.wait_for_load_state()
    assert "/kb/projects/" in page.url and page.locator("article h1").count() == 1
    assert third_party(page.requests, site_url) == []
