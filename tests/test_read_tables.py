"""A table pasted as text (an encyclopedia's infobox as a Markdown table: `類型 | 电力动车组 |`, a `---|---|`
rule): each row is a line of text as written, never a heading over the rows under it; the rule under the head
row is layout, taken out (and reported)."""

import pytest

from atlas.records import BlockKind
from conftest import read_one_page

# rv16 (real_articles, tuning half): the infobox of a wiki article, its title repeated in the head row
RV16 = """港鐵市區綫中國長春製列車
港鐵市區綫中國長春製列車 | |
---|---|
概覽 | |
類型 | 电力动车组 |
型號 | DKZ28 |
原產國 | 中国大陆 |
製造 | 中國北車長春軌道客車 |
訂單編號 | 首批:C6554-07E 次批:C6554-12E |
產量 | 22列 |
車輛總數 | 首批:120卡 次批:56卡 |
製造年份 | 首批:2010年-2012年 次批:2012年-2013年 |
投入运营 | 首批:2011年12月7日[註 1] 次批:2013年1月31日[註 1] |
主要用戶 | 香港鐵路有限公司 |
營運路線 | 觀塘綫 |
技術數據 | |
列車編組 | 6M2T |
"""


@pytest.fixture
def project(empty_project):
    return empty_project


def test_a_tables_rows_are_lines_of_text_not_headings(project):
    a, problems = read_one_page(project, RV16)
    assert a.title == "港鐵市區綫中國長春製列車"
    assert not [b.text for b in a.blocks if b.kind in (BlockKind.HEADING, BlockKind.SUBHEADING)]
    texts = [b.text for b in a.blocks]
    for row in ("類型 | 电力动车组 |", "型號 | DKZ28 |", "產量 | 22列 |", "營運路線 | 觀塘綫 |"):
        assert row in texts  # as written, a line of its own
    assert "投入运营 | 首批：2011年12月7日[註 1] 次批：2013年1月31日[註 1] |" in texts


def test_a_tables_rule_row_is_layout_taken_out_and_reported(project):
    a, problems = read_one_page(project, RV16)
    assert not [b.text for b in a.blocks if set(b.text) <= set("-|:： ")]
    (said,) = [p for p in problems if "---|---|" in p.message]
    assert "表格" in said.message and "栏目" not in said.message  # the report says what it was: a table's rule row


def test_a_head_row_that_repeats_the_headline_is_its_copy(project):
    a, _ = read_one_page(project, RV16)
    assert not [b.text for b in a.blocks if b.text.startswith("港鐵市區綫中國長春製列車")]


@pytest.mark.parametrize("rule", ["|---|---|", "| --- | :---: |", "---|---", "|:--|--:|"])
def test_a_table_with_outer_bars_reads_the_same(project, rule):
    page = ("长春新区重点项目一览\n\n长春新区公布今年第一批重点项目，总投资86亿元，涵盖光电信息、生物医药等产业。\n"
            f"| 项目 | 投资 |\n{rule}\n| 光电产业园 | 30亿元 |\n| 生物医药基地 | 56亿元 |\n")
    a, problems = read_one_page(project, page)
    texts = [b.text for b in a.blocks]
    assert "| 光电产业园 | 30亿元 |" in texts and "| 生物医药基地 | 56亿元 |" in texts
    assert rule not in texts and not [b for b in a.blocks if b.kind in (BlockKind.HEADING, BlockKind.SUBHEADING)]


def test_a_menu_with_bars_is_no_table(project):
    # a site's menu over the text has no rule row: not read as a table (it stays what the other rules make it)
    page = "长春新区重点项目集中开工\n\n首页 | 新闻 | 要闻\n长春新区公布今年第一批重点项目，总投资86亿元，涵盖光电信息、生物医药等产业。\n"
    a, _ = read_one_page(project, page)
    assert a.title == "长春新区重点项目集中开工"


def test_a_tables_last_rows_are_no_captions(project):
    a, _ = read_one_page(project, RV16 + "其它事项 | |\n備註 |\n")
    assert [b.kind for b in a.blocks[-2:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
