"""Project names on text no rule was written for (issue 18: names that hold on unseen pages).

The sentences are of the forms Chinese industry news is written in everywhere, taken from reports on
other cities' projects (the shapes of sentence, not the names, are what the rules must know): a
generic phrase, a quantity or a time word never names a project; a verb, adverb or preposition that
leads into a name is not part of it."""
from __future__ import annotations

import pytest

from atlas.extract.companies import Company, company_matcher
from atlas.extract.project_names import load_catalogue
from atlas.extract.projects import ProjectFinder
from atlas.read.simplify import simplified
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def finder():
    catalogue = load_catalogue(ROOT, [])
    firms = company_matcher([Company("中国一汽", aliases=("一汽",)), Company("比亚迪")])
    return ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher())


def names(finder, *paragraphs):
    blocks = tuple(Block(BlockKind.PARAGRAPH, simplified(t), (k,), f"p{k}") for k, t in enumerate(paragraphs, 1))
    return [m.text for m in finder.find(Article("seeds/x.txt", "x", "x", "t", blocks=blocks), [])]


# --- a generic phrase is the short form of nothing ------------------------------------------------
@pytest.mark.parametrize("paragraphs, expected", [
    # 重点项目 ends 二季度重点项目 as 创新产业园项目 ends a park's full name, but it names no thing:
    # a short form needs a head that names one (a park, a plant), not 项目 alone
    (("某市2022年二季度重点项目观摩活动走进高新区,先后观摩比亚迪新能源汽车零部件项目、草堂科创园二期项目等五个重点项目,"
      "现场感受重点项目如火如荼建设的澎湃之力。",),
     ["比亚迪新能源汽车零部件项目", "草堂科创园二期项目"]),
    (("9月11日,某市举行今年第七场招商引资重大项目集中开工活动,33个项目总投资1122亿元。",
      "继7月、8月重大项目开工总投资额稍稍回落后,9月开工项目总投资额再次突破千亿元。"), []),
])
def test_a_generic_phrase_is_no_short_form(finder, paragraphs, expected):
    assert names(finder, *paragraphs) == expected


# --- quantities, series, seasons and other time words name nothing --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("作为全县工业经济重要阵地,经开区一大批新能源汽车产业链项目成为全县战略的重要支撑。", []),
    ("以一系列汽车产业重点项目的加速集聚、加紧实施为标志,贴惯了农业标签的县正悄然转型。", []),
    ("其中,产业项目154个,总投资1389.7亿元;社会民生及其他项目46个,总投资224亿元。", []),
    ("某市吹响新年项目建设冲锋号,以高质量投资支撑首季开门红。", []),
    ("全市上半年重点项目完成投资527亿元,占年度计划的70%。", []),
    # rh19 (tuning): 此番 (this time) before the project the article is about
    ("此番动力电池项目开工,则意味着比亚迪与一汽相关规划正落地实施。", ["动力电池项目"]),
])
def test_quantities_and_time_words_name_no_project(finder, text, expected):
    assert names(finder, text) == expected


# --- words that lead into a name ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # an adverb and a one-character verb (也有, 还有) before a list of names
    ("此次开工项目中,也有恒信江南汽车产业园(二期)、药明康德华中总部基地等一批引领性项目。",
     ["恒信江南汽车产业园(二期)", "药明康德华中总部基地"]),
    # 以A和B为代表的…: 以 opens the construction, not the name
    ("其中,以弘芯半导体制造产业园和联影武汉总部基地项目为代表的高端制造业项目10个,总投资超过886亿元。",
     ["弘芯半导体制造产业园", "联影武汉总部基地项目"]),
])
def test_words_leading_into_a_name_are_not_part_of_it(finder, text, expected):
    assert names(finder, text) == expected
