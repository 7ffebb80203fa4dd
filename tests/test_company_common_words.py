"""A company whose name is also a common phrase is a company only where the company reader finds
one: `现代汽车产业体系` is “a modern car industry”, `吉林现代新型汽车` “Jilin's modern new cars”
(both on a tuning page about 长春国际汽车城), while `现代、起亚` in a list of carmakers is Hyundai."""
from __future__ import annotations

import pytest

from atlas.extract.companies import company_matcher, company_mentions, list_only_names, load_companies
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def companies():
    return load_companies(ROOT, [])


def found(companies, text):
    article = Article(path="seeds/a.txt", stem="a", slug="a", title="标题", blocks=[Block(BlockKind.PARAGRAPH, text, (), "p1")])
    mentions, _ = company_mentions(article, company_matcher(companies), list_only_names(companies))
    return [(m.company, m.text) for m in mentions]


@pytest.mark.parametrize("text", ["长春进一步谋划构建现代汽车产业体系，打造长春国际汽车城。",
                                  "是加快打造吉林现代新型汽车和零部件万亿级支柱产业的重要举措。"])
def test_a_common_phrase_names_no_company(companies, text):
    assert not [c for c, _ in found(companies, text) if c == "现代汽车"], found(companies, text)


def test_in_a_list_of_carmakers_it_is_the_company(companies):
    assert ("现代汽车", "现代") in found(companies, "丰田、现代、起亚等车企在长春设有工厂。")
