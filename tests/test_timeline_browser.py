"""The timeline in a real browser: <time> elements, the topic filter, and 来源 links to paragraph anchors."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from tests.conftest import ARTIFACTS, _QuietHandler, build_site, copy_project, third_party


def visible_topics(page):
    return page.locator(".tl-entry").evaluate_all(
        "els => els.filter(e => e.offsetParent !== null).map(e => e.getAttribute('data-topics'))")


def check_filter(page, topic="guidao-jiaotong", at_least=20):
    page.wait_for_selector("[data-timeline-filter]:not([hidden])", timeout=10000)
    everything = visible_topics(page)
    assert len(everything) >= at_least and any(topic not in t.split() for t in everything)
    page.click(f"[data-timeline-filter] button[data-topic='{topic}']")
    shown = visible_topics(page)
    assert shown and all(topic in t.split() for t in shown), shown
    assert len(shown) < len(everything)
    page.click("[data-timeline-filter] button[data-topic='']")
    assert len(visible_topics(page)) == len(everything)


def times(page):
    return page.locator(".tl-entry time").evaluate_all("els => els.map(e => [e.getAttribute('datetime'), e.textContent])")


def test_timeline_renders_with_time_elements(page, site_url):
    page.goto(site_url + "/kb/timeline/")
    assert "时间线" in page.title()
    latest = times(page)
    assert latest and latest[0][0] >= latest[-1][0]  # the latest events, newest first
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    page.locator("article td a", has_text="2023年").click()  # the year list leads to one page a year
    page.wait_for_url("**/kb/timeline/2023/")
    assert ["2023-11-21", "2023年11月21日"] in times(page)
    assert ["2023-H2", "2023年下半年"] in times(page)
    assert all(dt.startswith("2023") for dt, _ in times(page))
    page.screenshot(path=str(ARTIFACTS / "timeline-2023.png"), full_page=True)
    page.goto(site_url + "/kb/timeline/2024/")
    assert any(dt == "2024-11" and label == "2024年11月" for dt, label in times(page))  # a month stays a month
    assert third_party(page.requests, site_url) == []
    assert page.console_errors == []


def test_topic_filter_hides_other_topics(page, site_url):
    page.goto(site_url + "/kb/timeline/")
    check_filter(page)


def test_topic_filter_works_on_a_year_page(page, site_url):
    page.goto(site_url + "/kb/timeline/2023/")
    check_filter(page, "qiche", at_least=10)


def test_source_link_lands_on_the_paragraph(page, site_url):
    page.goto(site_url + "/kb/timeline/2023/")
    entry = page.locator(".tl-entry", has_text="奥迪一汽新能源汽车项目完成了暖封闭")
    entry.locator("a", has_text="段").first.click()
    page.wait_for_load_state()
    anchor = page.url.split("#", 1)[1]
    assert anchor.startswith("p")
    assert "暖封闭" in page.locator(f"[id='{anchor}']").inner_text()


def test_topic_page_shows_its_timeline(page, site_url):
    page.goto(site_url + "/kb/topics/guidao-jiaotong/")
    entries = page.locator(".tl-entry")
    assert entries.count() >= 1
    assert all("guidao-jiaotong" in t.split() for t in visible_topics(page))


@pytest.fixture(scope="module")
def instant_site_url(tmp_path_factory):
    """The same site with Material's instant navigation on: the filter must still work after an XHR page swap."""
    project = copy_project(tmp_path_factory.mktemp("instant"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  features:\n", "  features:\n    - navigation.instant\n", 1), encoding="utf-8")
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_filter_works_with_instant_navigation(browser, instant_site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    try:
        page.goto(instant_site_url + "/")
        page.click("a.md-tabs__link:has-text('时间线')")
        page.wait_for_url("**/kb/timeline/")
        check_filter(page, "qiche")
    finally:
        context.close()


def test_the_chosen_topic_follows_to_another_year(page, site_url):
    page.goto(site_url + "/kb/timeline/2023/")
    page.wait_for_selector("[data-timeline-filter]:not([hidden])", timeout=10000)
    page.click("[data-timeline-filter] button[data-topic='qiche']")
    page.locator(".atlas-years a", has_text="2024年").click()  # the year bar, to the next year's page
    page.wait_for_url("**/kb/timeline/2024/")
    page.wait_for_selector("[data-timeline-filter]:not([hidden])", timeout=10000)
    assert page.locator("[data-timeline-filter] button[data-topic='qiche']").get_attribute("aria-pressed") == "true"
    shown = visible_topics(page)
    assert shown and all("qiche" in t.split() for t in shown)
