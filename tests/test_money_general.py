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
