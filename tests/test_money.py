"""Investment figures attached to the project their clause names (issue 18), with real sentences
from the tuning half of tests/fixtures/real_articles."""
from __future__ import annotations

import pytest

from atlas.extract.companies import Company, company_matcher
from atlas.extract.project_names import load_catalogue
from atlas.extract.projects import ProjectFinder
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def finder():
    catalogue = load_catalogue(ROOT, [])
    firms = company_matcher([Company("中国一汽", aliases=("一汽",)), Company("奥迪一汽", full="奥迪一汽新能源汽车有限公司")])
    return ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher())


def investments(finder, text):
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
    return [(m.text, m.investment.text if m.investment else None) for m in finder.find(article, [])]


def test_a_figure_after_a_colon_is_the_figure_of_the_project_before_it(finder):
    # rc09's headline: 奧迪一汽新能源汽車項目在長春開工:總投資超 350 億元,A6 / Q6 e-tron 將投產
    assert investments(finder, "奥迪一汽新能源汽车项目在长春开工:总投资超 350 亿元,A6 / Q6 e-tron 将投产") == [
        ("奥迪一汽新能源汽车项目", "超 350 亿元")]


def test_a_figure_after_two_names_joined_by_and_is_their_total(finder):
    # rf11's headline (the sum of both parks), then each park's own figure before its name
    assert [figure for _, figure in investments(finder, "长春要建通用航空产业园和航天信息产业园总投资超千亿")] == [None, None]
    assert investments(finder, "这其中,就包括总投资1015亿元的通用航空产业园和总投资54亿元的航天信息产业园。")[-1] == (
        "航天信息产业园", "54亿元")


def test_a_list_of_works_in_a_later_clause_does_not_make_the_figure_a_lists_total(finder):
    # rc15: …主要建设项目包括厂房、道路、绿化等工程,总投资约12亿元 (the park's own figure)
    text = ("长春汽车经济技术开发区新能源汽车产业园项目规划总占地面积约26万平方米,规划总建筑面积约23万平方米,"
            "主要建设项目包括厂房、道路、绿化等工程,总投资约12亿元,将建设一系列的新能源汽车部件厂房。")
    assert investments(finder, text)[0] == ("长春汽车经济技术开发区新能源汽车产业园项目", "约12亿元")
    # a list that the name is an item of still gives its total to nobody
    text = "一汽红旗繁荣工厂、金赛国际医药产业园等400个重点项目集中开工,总投资2410亿元。"
    assert all(figure is None for _, figure in investments(finder, text))


def test_a_figure_before_a_comma_and_a_building_verb_is_the_project_built(finder):
    # rd09: 又投資13億元,開發建設了長春新區生長激素二期項目 (simplified copy)
    text = "2018年3月,为满足迅猛增长的市场需求,金赛药业加快生产设施及工艺改进步伐,又投资13亿元,开发建设了长春新区生长激素二期项目。"
    assert investments(finder, text)[-1] == ("长春新区生长激素二期项目", "13亿元")



def test_a_later_paragraph_about_this_project_and_its_figure_speaks_of_the_last_one_named(finder):
    # rc02: …一汽红旗新能源汽车工厂项目现场却… / (a paragraph naming none) / 这个总投资80亿元的重大项目,是…
    blocks = ("9月的长春受台风影响,大雨不断,但长春国际汽车城一汽红旗新能源汽车工厂项目现场却是一派繁忙景象。",
              "塔吊林立,物料运输车辆在工地间穿梭而行。",
              "这个总投资80亿元的重大项目,是红旗品牌抢占行业制高点的关键举措。")
    article = Article("seeds/x.txt", "x", "x", "t",
                      blocks=tuple(Block(BlockKind.PARAGRAPH, t, (k,), f"p{k}") for k, t in enumerate(blocks, 1)))
    found = [(m.text, m.investment.text if m.investment else None) for m in finder.find(article, [])]
    assert [figure for _, figure in found] == ["80亿元"] and found[0][0].endswith("一汽红旗新能源汽车工厂项目")
    # a paragraph that names a project of its own keeps its figure
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, blocks[0], (1,), "p1"),
                                                           Block(BlockKind.PARAGRAPH, "这个总投资5亿元的奥来德显示材料生产基地开工。", (2,), "p2")))
    assert [m.investment.text if m.investment else None for m in finder.find(article, [])] == [None, "5亿元"]


@pytest.mark.parametrize("written, value, currency, qualifier", [
    # the forms and general ones: spaces, 超/约/近/逾/余/多, Chinese numerals, 万亿, other currencies
    ("总投资 12 亿元", "12亿元", None, None),
    ("118.6 亿元", "118.6 亿元", None, None),
    ("超120亿元", "超120亿元", "CNY", "at-least"),
    ("约36亿元", "约36亿元", "CNY", "about"),
    ("逾50亿港元", "逾50亿港元", "HKD", "at-least"),
    ("50余亿元", "50余亿元", "CNY", "at-least"),
    ("近30亿美元", "近30亿美元", "USD", "about"),
    ("总投资十二亿元", "十二亿元", "CNY", "exact"),
    ("1.2万亿元", "1.2万亿元", "CNY", "exact"),
    # a range is kept as written and compared as its lower bound; an amount in two units is one amount
    ("总投资10-15亿元", "10-15亿元", "CNY", "at-least"),
    ("投资10亿至15亿元", "10亿至15亿元", "CNY", "at-least"),
    ("投资3亿5000万元", "3亿5000万元", "CNY", "exact"),
    ("三亿五千万元", "三亿五千万元", "CNY", "exact"),
])
def test_money_in_every_written_form(written, value, currency, qualifier):
    from decimal import Decimal

    from atlas.extract.money import parse_amounts
    found = parse_amounts(written)
    assert [m.text for m in found] == [value.replace("12亿元", "12 亿元") if written.startswith("总投资 12") else value]
    expected = {"10-15亿元": Decimal(10) ** 9, "10亿至15亿元": Decimal(10) ** 9, "3亿5000万元": Decimal(350_000_000),
                "三亿五千万元": Decimal(350_000_000), "1.2万亿元": Decimal("1.2") * Decimal(10) ** 12}
    if value in expected:
        assert found[0].value == expected[value]
    if currency:
        assert (found[0].currency, found[0].qualifier) == (currency, qualifier)


def blocks_of(*texts):
    return Article("seeds/x.txt", "x", "x", "t",
                   blocks=tuple(Block(BlockKind.PARAGRAPH, t, (k,), f"p{k}") for k, t in enumerate(texts, 1)))


def test_a_figure_in_the_next_sentence_about_the_project_is_its_figure(finder):
    # rc04: …动力电池项目于去年2月在长春正式开工。这家公司由…共同注册成立,项目总投资135亿元 (the sentence is
    # about the company, its clause 项目总投资 about the project named before)
    text = ("继奥迪一汽新能源汽车项目落地长春之后,一汽弗迪新能源科技有限公司动力电池项目于去年2月在长春正式开工。"
            "这家公司由中国一汽集团、比亚迪股份有限公司共同注册成立,项目总投资135亿元,全部建成达产后每年可满足需求。")
    assert investments(finder, text) == [("奥迪一汽新能源汽车项目", None), ("一汽弗迪新能源科技有限公司动力电池项目", "135亿元")]
    # rh19: …动力电池项目已于2月26日在吉林省长春市正式开工。据悉,该项目总投资135亿元人民币 (a lead clause first)
    text = "一汽弗迪新能源科技有限公司动力电池项目已于2月26日在吉林省长春市正式开工。据悉,该项目总投资135亿元人民币,项目占地80万平方米。"
    assert investments(finder, text) == [("一汽弗迪新能源科技有限公司动力电池项目", "135亿元人民币")]
    # a company's registered capital or a project's output is no investment
    text = "一汽弗迪新能源科技有限公司动力电池项目正式开工。据悉,这家公司注册资本10亿元,项目建成后年产值200亿元。"
    assert investments(finder, text) == [("一汽弗迪新能源科技有限公司动力电池项目", None)]


def test_a_paragraph_opening_with_this_projects_figure_speaks_of_the_last_one_named(finder):
    # rc06: p1 names the project, p2 only its company, p3 據介紹,該項目總投資 135 億元人民幣 (simplified copy)
    article = blocks_of("2 月 26 日,一汽弗迪新能源科技有限公司动力电池项目在吉林省长春市正式开工。",
                        "弗迪电池方面表示,一汽弗迪新能源科技有限公司将主要从事新能源电芯、模组的生产制造。",
                        "据介绍,该项目总投资 135 亿元人民币,占地 80 万平方米,总产能达 45 GWh。")
    assert [(m.text, m.investment.text if m.investment else None) for m in finder.find(article, [])] == [
        ("一汽弗迪新能源科技有限公司动力电池项目", "135 亿元人民币")]
    # a paragraph of a list's total names no project of its own: nobody's figure
    article = blocks_of("一汽弗迪新能源科技有限公司动力电池项目正式开工。", "据介绍,今年全市重点项目总投资2410亿元。")
    assert [m.investment for m in finder.find(article, [])] == [None]


def test_a_sentence_about_this_project_keeps_it_the_subject_of_the_next(finder):
    # rd13 (its quoted name written plainly): …储备库项目是…。该项目开工建设…是中韩北药园…的重要节点。项目占地…,总投资1.2亿元
    article = blocks_of("2021年5月28日上午,长春市医疗应急物资储备库项目开工仪式在中韩(长春)国际合作示范区北药园(以下简称中韩北药园)隆重举行。",
                        "长春市医疗应急物资储备库项目是2020年中央预算内投资补助项目,也是吉林省重点项目。"
                        "该项目开工建设是中韩北药园完善医疗仓储能力的重要节点。项目占地面积1.1万平方米,总投资1.2亿元,建设周期1年。")
    found = [(m.block, m.text, m.investment.text if m.investment else None) for m in finder.find(article, [])]
    assert ("p2", "长春市医疗应急物资储备库项目", "1.2亿元") in found
    assert all(figure is None for block, text, figure in found if text == "中韩北药园")


@pytest.mark.parametrize("text, figure", [
    # general forms of a project's own figure (constructed, as Chinese news writes them)
    ("长春奥普光电产业园项目（总投资12亿元）今天开工。", "12亿元"),
    ("投资12亿元新建的长春奥普光电产业园项目今天开工。", "12亿元"),
    ("计划投资12亿元打造的长春奥普光电产业园项目今天开工。", "12亿元"),
    ("长春奥普光电产业园项目今天开工，规划总投资12亿元，占地10万平方米。", "12亿元"),
    ("长春奥普光电产业园项目今天开工，该项目投资额为12亿元。", "12亿元"),
    ("长春奥普光电产业园项目今天开工。项目总投资十二亿元，年产值30亿元。", "十二亿元"),
    # output, progress and a phase's own figure are not the project's investment
    ("长春奥普光电产业园项目今天开工，建成后年产值可达12亿元。", None),
    ("长春奥普光电产业园项目今天开工，累计完成投资3亿元。", None),
])
def test_a_projects_own_figure_in_general_forms(finder, text, figure):
    assert investments(finder, text) == [("长春奥普光电产业园项目", figure)]
