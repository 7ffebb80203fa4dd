"""A date opening a line, then a separator and a column's name or a page counter, is the page's
publication line, never its headline: `2025年11月13日 | 公司要聞 瀏覽次數 : 60次` (rs15, a company
site's news item with no headline of its own), `2023-01-12 | 新闻中心`, `2023年1月12日 浏览次数：60次`.
A line of text that opens with a date keeps it (`2023年1月12日，…开工。`)."""

import pytest

from conftest import read_one_page
from test_read_general import HEADLINE, LEAD, MORE, body_of, project  # noqa: F401  (project: the fixture)


@pytest.mark.parametrize("line", ["2025年11月13日 | 公司要聞 瀏覽次數 : 60次", "2025年11月13日 | 公司要闻",
                                  "2025-11-13 丨 新闻中心 丨 浏览次数：60", "[2025-11-13] | 企业动态",
                                  "2025年11月13日 浏览次数：60次", "2025.11.13 阅读量：1234"])
def test_a_date_with_a_column_or_a_counter_is_the_publication_line(project, line):
    a, _ = read_one_page(project, f"{line}\n\n{LEAD}{MORE}")
    assert a.date is not None and a.date.value == "2025-11-13", line
    assert line not in (a.title, *body_of(a)), line


def test_under_a_headline_it_is_the_publication_line_too(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n2025年11月13日 | 公司要闻 浏览次数 : 60次\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2025-11-13")


@pytest.mark.parametrize("line", ["2023年1月12日，长春新区十个重点项目集中开工。", "2023年1月12日 | 长春新区十个重点项目集中开工，总投资86亿元"])
def test_a_dated_sentence_is_no_publication_line(project, line):
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{line}\n{LEAD}{MORE}")
    assert line in body_of(a) and (a.date is None or a.date.value != "2023-01-12")


def test_a_sites_banner_with_todays_date_dates_no_article(project):
    # rp17: the site's banner `2025-09-26 | 网站首页 | 返回旧版` over a page whose own line is 发布日期:2022-06-15
    a, _ = read_one_page(project, f"2025-09-26 | 网站首页 | 返回旧版\n\n{HEADLINE}\n\n2022-06-15 10:15\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2022-06-15")


@pytest.mark.parametrize("label", ["主題: ", "主题：", "标题：", "帖子主题: "])
def test_a_forums_subject_label_is_no_part_of_the_title(project, label):
    # rr11: a stock forum's post, `主題: 長春經開區開始打造新興產業集聚區` over the post's timestamp
    a, _ = read_one_page(project, f"{label}{HEADLINE}\n2010-08-15 10:40:01\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE
