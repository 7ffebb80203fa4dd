"""Money in the forms other places' news writes it (issue 18, generality): sentences from
tests/fixtures/company_money_sentences.yaml and general constructed forms."""
from __future__ import annotations

from decimal import Decimal

from atlas.extract.money import parse_amounts


def one(text):
    found = parse_amounts(text)
    assert len(found) == 1, found
    m = found[0]
    return m.text, m.qualifier, m.value, m.currency


def test_not_more_than_is_an_upper_bound_never_a_lower_one():
    # s69: 总投资不超过70亿元人民币 (a cap: 不超过 is not 超过); s65 in traditional characters
    assert one("总投资不超过70亿元人民币，") == ("不超过70亿元人民币", "at-most", Decimal("7e9"), "CNY")
    assert one("擬投資不超過240億元建設") == ("不超過240億元", "at-most", Decimal("2.4e10"), "CNY")
    assert one("投资额不高于5000万元") == ("不高于5000万元", "at-most", Decimal("5e7"), "CNY")
    # and 超过 alone stays a lower bound
    assert one("总投资超过84亿元")[1] == "at-least"


def test_the_currency_may_stand_before_the_number():
    # s68: 项目总投资不超过人民币80亿元; constructed: 人民币 12 亿元, 美元 before the number is rare and not read
    assert one("项目总投资不超过人民币80亿元，") == ("不超过人民币80亿元", "at-most", Decimal("8e9"), "CNY")
    assert one("总投资人民币 12 亿元") == ("人民币 12 亿元", "exact", Decimal("1.2e9"), "CNY")
    assert one("项目投资总额及资金来源：不超过人民币 100亿元")[0] == "不超过人民币 100亿元"


def test_forms_the_sentence_set_carries():
    assert one("總投資逾百億港元的") == ("逾百億港元", "at-least", Decimal("1e10"), "HKD")  # c08
    assert one("总投资约二十五亿元") == ("约二十五亿元", "about", Decimal("2.5e9"), "CNY")  # c02
    assert one("总投资约571,165.91万元") == ("约571,165.91万元", "about", Decimal("5711659100"), "CNY")  # s39
    assert one("投资50亿人民币") == ("50亿人民币", "exact", Decimal("5e9"), "CNY")  # s28


# --- the words that say a figure is a project's investment (atlas/extract/money.py INVESTMENT_WORDS) ---
import pytest  # noqa: E402

from atlas.extract.companies import company_matcher  # noqa: E402
from atlas.extract.project_names import load_catalogue  # noqa: E402
from atlas.extract.projects import ProjectFinder  # noqa: E402
from atlas.records import Article, Block, BlockKind  # noqa: E402
from tests.conftest import ROOT  # noqa: E402


@pytest.fixture(scope="module")
def finder():
    catalogue = load_catalogue(ROOT, [])
    return ProjectFinder(catalogue.rules, catalogue.matcher(), company_matcher([]), catalogue.bare_matcher())


def figures(finder, text):
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
    return [(m.text, m.investment.text if m.investment else None) for m in finder.find(article, [])]


def test_short_and_estimated_investment_words(finder):
    # s67: 项目总投70亿元 (总投, the short form of 总投资); s37/constructed: 总投资估算为 / 总投资预计
    assert ("宁德时代新型锂离子电池项目", "70亿元") in figures(
        finder, "宁德时代新型锂离子电池项目总投70亿元,其中土建投资30亿元、其他投资10亿元。")
    assert ("华信智能终端产业园项目", "16.93 亿元") in figures(finder, "华信智能终端产业园项目总投资估算为 16.93 亿元。")
    assert ("华信智能终端产业园项目", "100亿元") in figures(finder, "华信智能终端产业园项目总投资预计100亿元。")
    # 总投产 (all in production) is no investment word
    assert ("华信智能终端产业园项目", None) in figures(finder, "华信智能终端产业园项目总投产后年产值50亿元。")


def multi(finder, *paragraphs):
    article = Article("seeds/x.txt", "x", "x", "t", blocks=tuple(
        Block(BlockKind.PARAGRAPH, p, (k,), f"p{k}") for k, p in enumerate(paragraphs, 1)))
    return [(m.text, m.investment.text if m.investment else None) for m in finder.find(article, [])]


def test_a_project_sentence_after_a_space_still_speaks_of_the_project_before(finder):
    # rd13: web pages print a space between sentences (…的重要节点。 项目占地面积…,总投资1.2亿元)
    found = multi(finder, "长春市医疗应急物资储备库项目是吉林省重点项目。该项目开工建设是华信医药产业园的重要节点。"
                          " 项目占地面积1.1万平方米,总投资1.2亿元,建设周期2年。")
    assert ("长春市医疗应急物资储备库项目", "1.2亿元") in found
    assert ("华信医药产业园", None) in found
    # rd13's p3: the project the paragraph is about is not found; what 该项目's sentence names in passing
    # does not become the subject that takes the figure
    found = multi(finder, "这是2020年中央预算内投资补助项目。该项目开工建设是华信医药产业园的重要节点。"
                          " 项目占地面积1.1万平方米,总投资1.2亿元。")
    assert found == [("华信医药产业园", None)]


def test_this_projects_figure_in_a_later_paragraph_is_the_project_named_last(finder):
    # rh05: a paragraph naming no project says 该项目总投资26亿欧元 in its first sentence
    found = multi(finder, "华信新能源汽车产业园项目奠基。", "6月28日晚,华信新能源汽车有限公司在长春举行奠基仪式,该项目总投资26亿欧元,规划年产能15万辆。")
    assert found == [("华信新能源汽车产业园项目", "26亿欧元")]
    # a bare 项目 clause is any project's: only 该/这个/此 points back
    found = multi(finder, "华信新能源汽车产业园项目奠基。", "6月28日晚,全市举行集中开工仪式,项目总投资260亿元。")
    assert found == [("华信新能源汽车产业园项目", None)]


def test_an_investment_signed_before_the_project_it_names(finder):
    # ro17: 簽訂了投資10億元,年產100萬噸玉米淀粉糖項目; s35: 拟分两期投资10亿元用于重工设备钢构及其配套生产项目
    assert ("年产100万吨玉米淀粉糖项目", "10亿元") in figures(
        finder, "与长春成昌隆科技有限公司签订了投资10亿元,年产100万吨玉米淀粉糖项目,目前正在建设。")
    assert ("重工设备钢构及其配套生产项目", "10亿元") in figures(
        finder, "公司与华安县政府签署合作框架协议,拟分两期投资10亿元用于重工设备钢构及其配套生产项目。")
    # a figure after another project's name is that project's, never the next one's
    found = figures(finder, "华信电池项目总投资10亿元,华信电机项目总投资5亿元。")
    assert ("华信电机项目", "5亿元") in found and ("华信电池项目", "10亿元") in found
    found = figures(finder, "华信电池项目投资10亿元,华信电机项目年内开工。")
    assert ("华信电机项目", None) in found
    # s19: a total before a list of projects is the list's
    found = figures(finder, "此次集中开工的5个新能源项目,总投资达170亿元,国轩年产50GWH电池回收项目、年产2万吨电池级碳酸锂提纯项目等。")
    assert ("国轩年产50GWH电池回收项目", None) in found
