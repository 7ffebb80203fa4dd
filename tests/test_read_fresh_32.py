"""Session 32's read rules, from the fresh tuning pages rx and ry of tests/fixtures/real_articles/ (their real
lines), each with a counterpart that must not move."""

import pytest

from conftest import body_lines, read_one_page
from atlas.extract.pubdate import date_article


@pytest.fixture
def project(empty_project):
    return empty_project


# ry02 (truck998.com): a report pasted without its headline, then a CMS's page break glued to `相关新闻` and two
# teasers, each its timestamp, its headline and (the first) a summary that the site cut short
RY02_TEXT = ("7月16日,一汽轿车股份有限公司第二工厂在吉林省长春市高新区建成投产。\n"
             "一汽轿车股份有限公司第二工厂建筑面积约20万平方米,主要包括焊装车间、总装车间、涂装车间、办公生活设施、公用动力设施等。\n"
             "投产仪式上,中国一汽集团总经理徐建一表示,这是一汽轿车公司新的历史起点,一汽轿车的产销规模将再次扩大。\n")
RY02_RELATED = ("2019-09-11 15:31:15\n一汽轿车置入解放100%股权 加快整体上市进程\n"
                "9月11日,一汽轿车股份有限公司发布关于披露重大资产重组草案后进展公告,截至本公告日,公司本次重组事项已经董事会审议通过"
                "并披露了重组草案及审计报告、评估报告等相关文件。本次重组尚需取得国家市场监督管理总局的批准,能否取得前述批准或核准以及最终\n"
                "2019-06-11 17:33:12\n一汽轿车重组并购一汽解放正在有序进行中 已取得国家国防科技工业局批准\n")


def dated(project, page):
    a, problems = read_one_page(project, page)
    return date_article(a)[0], problems


def test_a_cms_page_break_mark_is_no_text_and_leaves_the_line_to_the_other_rules(project):
    a, problems = read_one_page(project, RY02_TEXT + "[NextPage]相关新闻\n一汽轿车置入解放100%股权 加快整体上市进程\n")
    assert "NextPage" not in body_lines(a) and "相关新闻" not in body_lines(a) and "置入解放" not in body_lines(a)
    # alone on its line (rg23, under the text) or glued to a line of text, the mark goes and the text stays
    a, problems = read_one_page(project, RY02_TEXT + "[NextPage]\n")
    assert "NextPage" not in body_lines(a)
    a, problems = read_one_page(project, RY02_TEXT + "[NextPage]投产仪式上,徐建一表示,一汽自主品牌的实力也将更为强大。\n")
    assert "NextPage" not in body_lines(a) and "投产仪式上,徐建一表示" in body_lines(a).replace("，", ",")
    assert any("NextPage" in p.message for p in problems)


def test_a_related_list_goes_on_past_a_teasers_summary_to_its_next_item(project):
    a, _ = dated(project, RY02_TEXT + "[NextPage]相关新闻\n" + RY02_RELATED)
    assert a.date is None or a.date.inferred  # the teasers' timestamps are theirs, not the page's
    body = body_lines(a)
    assert "重组并购" not in body and "重组草案" not in body and "第二工厂建筑面积" in body


def test_a_line_of_text_under_a_related_list_stays_and_a_date_under_it_still_dates_the_page(project):
    # the summary's sentence is no teaser when what follows it is no item of the list (no timestamp of the same shape)
    a, _ = dated(project, RY02_TEXT + "相关新闻\n2019-09-11 15:31:15\n一汽轿车置入解放100%股权 加快整体上市进程\n"
                 "投产仪式上,中国一汽集团总经理徐建一表示,一汽自主品牌的实力也将更为强大。\n发布时间：2019-07-17\n")
    assert "一汽自主品牌的实力也将更为强大" in body_lines(a)
    assert (a.date.value, a.date.inferred) == ("2019-07-17", False)


# ry14 (a press release's page): a tracking word, the headline, a deck of its own words, the date line and the lead
RY14_LEAD = ("6月26日,随着铲锹土落下,奠基石稳稳屹立,传化智联长春城市物流中心正式奠基。长春传化公路港,是传化智联在吉林省打造的"
             "首个城市物流中心,也是继沈阳、哈尔滨、营口之后,传化智联在东北区域落地的第四个城市物流中心。\n\n"
             "长春2017年6月26日电 /美通社/ -- 6月26日,随着铲锹土落下,奠基石稳稳屹立,传化智联长春城市物流中心正式奠基。\n")


def test_of_a_headline_block_the_line_its_text_repeats_is_the_headline_over_a_longer_deck_of_its_own_words(project):
    a, _ = read_one_page(project, "omniture\n\n传化智联长春城市物流中心项目正式奠基\n\n吉林首港落地长春 东三省“工”型网络助力“内通外联”\n"
                                  "2017-06-26 17:34 9087\n" + RY14_LEAD)
    assert (a.title, a.subtitle) == ("传化智联长春城市物流中心项目正式奠基", "吉林首港落地长春 东三省“工”型网络助力“内通外联”")
    assert a.date.value == "2017-06-26"


def test_of_a_headline_block_whose_lines_the_text_both_repeats_the_longer_is_the_headline(project):
    # wp05's block: the headline over its subtitle of figures, both said again by the text: the one that says most
    a, _ = read_one_page(project, "传化智联长春城市物流中心项目正式奠基\n\n长春传化公路港是传化智联在东北区域落地的第四个城市物流中心\n"
                                  "2017-06-26 17:34 9087\n" + RY14_LEAD)
    assert a.title == "长春传化公路港是传化智联在东北区域落地的第四个城市物流中心"

