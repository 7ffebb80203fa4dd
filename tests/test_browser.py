"""In a real browser (Debian chromium): the site renders Chinese, search finds names, no third-party requests."""
import pytest

from tests.conftest import ARTIFACTS, third_party


def search(page, query):
    """Type a query, then scroll the result list until every result is rendered; return their links."""
    box = page.locator("input[data-md-component=search-query]")
    box.fill(query)
    box.press("End")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    items = page.locator(".md-search-result__item")
    count = -1
    while items.count() != count:
        count = items.count()
        items.last.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")


def test_home_renders_chinese_and_stays_local(page, site_url):
    page.goto(site_url + "/")
    assert "长春产业知识库" in page.title()
    assert "篇文章" in page.inner_text("article")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    assert third_party(page.requests, site_url) == []
    assert page.console_errors == []


@pytest.mark.parametrize(
    "query, slug",
    [("中车长客", "fenli-tisheng-ting-jiliang"), ("吉林一号", "fenli-tisheng-ting-jiliang"), ("吉林一号", "gaozhiliang-fazhan-de-changchun-shijian")],
)
def test_chinese_search_finds_article_pages(page, site_url, query, slug):
    page.goto(site_url + "/")
    hrefs = search(page, query)
    assert any(f"/kb/articles/{slug}/" in h for h in hrefs), hrefs
    # the whole name is searched, not its characters: no page is found for 长 or 一 alone
    assert len(hrefs) < 60
    assert third_party(page.requests, site_url) == []


def test_article_page_reads_cleanly(page, site_url):
    page.goto(site_url + "/kb/articles/mou-guihua-qiang-chuangxin-cufazhan-kan/")
    text = page.inner_text("article")
    assert "\ufffd" not in text
    assert "吉林日报" in text
    assert page.locator("p.caption").count() == 5
    page.goto(site_url + "/kb/articles/zhi-xiao-qi-sheng-renxing-qiang/#p12")
    assert page.locator("#p12").is_visible()
    page.screenshot(path=str(ARTIFACTS / "article.png"))
    assert third_party(page.requests, site_url) == []
