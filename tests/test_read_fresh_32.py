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


# ry01 (a paper's feature mirrored through a converter): a kicker of figures too long for a headline by itself, the
# headline, the paper's 閱讀提示 label over its summary, then the text
RY01_KICKER = "單星造價從8000多萬元降至400萬元以下,購買1平方公里衛星圖像從500元降至13元"
RY01_HEADLINE = "這家獨角獸企業(yè)讓衛星應用從“天邊”到“身邊”"  # the converter's (yè) goes with the others
RY01_TEXT = ("作為我國第一家集衛星研發(fā)制造、運營管理和遙感信息服務于一體的全產(chǎn)業(yè)鏈商業(yè)遙感衛星公司,長光衛星自2014年底成立以來,摸著石頭過河,打通了商業(yè)衛星發(fā)射全流程,在中國商業(yè)航天史上開創(chuàng)了多項“第一”,迄今已累計研制并發(fā)射各類衛星219顆。\n"
             "10年前,從國外購買1平方公里衛星圖像需要500元,高昂的價格使遙感數據成為“奢侈品”。如今,通過不斷降低衛星成本,長光衛星技術股份有限公司(以下簡稱長光衛星)依托“吉林一號”星座獲取的衛星圖像,每平方公里最低僅需花費13元。\n"
             "作為我國第一家集衛星研發(fā)制造、運營管理和遙感信息服務于一體的全產(chǎn)業(yè)鏈商業(yè)遙感衛星公司,長光衛星自2014年底成立以來,在中國商業(yè)航天史上開創(chuàng)了多項“第一”,累計研制并發(fā)射各類衛星219顆,建成全球最大的亞米級商業(yè)遙感衛星星座——“吉林一號”星座。在胡潤研究院發(fā)布的《2024全球獨角獸榜》上,長光衛星在1453家上榜企業(yè)中排名第537位。\n"
             "“充分的技術積累、不懈的技術創(chuàng)新是我們能夠風口起飛、持續(xù)領跑的關鍵。”長光衛星黨委書記賈宏光說。\n")


@pytest.mark.parametrize("label", ["閱讀提示\n", ""])
def test_a_long_kicker_over_the_headline_leaves_the_headline_the_title(project, label):
    a, problems = read_one_page(project, f"{RY01_KICKER}\n{RY01_HEADLINE}\n{label}{RY01_TEXT}")
    assert a.title == RY01_HEADLINE.replace("(yè)", "") and a.kicker.replace("，", ",") == RY01_KICKER
    assert not any(p.code == "read.title-made" for p in problems)


def test_a_long_headline_over_its_text_or_over_a_crosshead_stays(project):
    # the long line over the text stays the headline (_long_headline); a crosshead under it is no headline of it
    a, _ = read_one_page(project, f"{RY01_KICKER}\n{RY01_TEXT}")
    assert a.title.replace("，", ",") == RY01_KICKER
    a, problems = read_one_page(project, f"{RY01_KICKER}\n開辟一條新路\n{RY01_TEXT}")
    assert a.title.replace("，", ",") != "開辟一條新路"
