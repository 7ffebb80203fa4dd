"""Text at the top of a page is never taken for a menu over a headline, nor for the headline (issue 17:
never lose data): a table's rows pasted as lines ending in a bar (wu03's bilingual schedule, wu02's head
row `日期 | 时间 | 安排`), and a lead broken by layout into short lines (wu52: `投入資金3億元的` / `福耀集團湖北` …).
Each rule: a tuning page's own lines, and a constructed case of the same shape; and a real menu over a
headline is still taken out."""

import pytest

from conftest import body_lines, read_one_page

# wu03 (web pages, tuning half): a schedule table opens the page, each cell a line ending in a bar
WU03 = """Date |
时 间 Time |
工作安排 Program |
地 点 Venue |
备注 Remarks |
5月20日 (星期一) May 20th, Monday |
08:30 - 17:30 |
展台搭建、展品运输 Booth building-up and exhibits moving-in |
国家会议中心 1、2、3、4 号馆 Hall No. 1、2、3、4 China National Convention Center (CNCC) |
—— |
08:30 - 17:30 |
参展商报到,领取胸卡和有关资料等 Exhibitors registering for badges and related materials |
国家会议中心展览区展商报到处 Registration office in the exhibition area, CNCC |
凭《参展确认函》等参展文件报到。Registered per Exhibition Space Contract. | |
5月21日 (星期二) May 21st, Tuesday |
08:30 - 17:30 |
"""

# wu02 (tuning half): a Markdown table without its rule row; its head row is no headline
WU02 = """| 日期 | 时间 | 安排 |
| 10月20日 | 14:00-21:00 | 报到 |
| 10月21日 | 08:00-09:00 | 报到 |
| 09:00-18:30 | 会议及闭幕 | |
| 10月22日 | 08:30-12:00 | 特邀专家研讨会(不对外开放) |
2016年10月21日-10月22日
上海
"""

# wu52 (tuning half, traditional): the lead broken by layout into short lines at the top
WU52 = """投入資金3億元的
福耀集團湖北
汽車玻璃項目10日在荊
門正式開工建設,這標志著湖北高等汽車
玻璃制造業跨入新的階段。
福耀集團是目前汽車玻璃行業排名國內靠前、世界第五的企業,作為華中地區投入資金新建的生產基地,福耀湖北汽車玻璃項目占地338畝,總投入資金3億元。
"""


@pytest.fixture
def project(empty_project):
    return empty_project


def _dropped(problems, lines):
    return [x for x in lines if any(f"“{x}”" in p.message and "删除" in p.message for p in problems)]


def test_a_schedule_table_at_the_top_is_text_not_a_menu_over_a_headline(project):
    a, problems = read_one_page(project, WU03)
    assert not _dropped(problems, ["Date |", "时 间 Time |", "08:30 - 17:30 |", "备注 Remarks |"])
    text = body_lines(a)
    for row in ("Date |", "工作安排 Program |", "展台搭建、展品运输 Booth building-up and exhibits moving-in |"):
        assert row in text
    assert "Registration office" not in a.title  # a cell of the table is no headline
    assert [p for p in problems if p.code == "read.title-made"]
    assert all(b.kind.name == "PARAGRAPH" for b in a.blocks[:8])  # a table's rows: no heading over the rows under it


def test_a_constructed_table_at_the_top_is_text(project):
    page = ("项目 |\n投资 |\n开工时间 |\n光电产业园 |\n30亿元 |\n3月 |\n生物医药基地 |\n56亿元 |\n5月 |\n"
            "长春新区公布今年第一批重点项目，总投资86亿元，涵盖光电信息、生物医药等产业。\n")
    a, problems = read_one_page(project, page)
    assert not _dropped(problems, ["项目 |", "投资 |", "开工时间 |"])
    assert "光电产业园 |" in body_lines(a) and "生物医药基地" not in a.title


def test_a_tables_head_row_without_a_rule_is_no_headline(project):
    a, problems = read_one_page(project, WU02)
    assert "| 日期 | 时间 | 安排 |" in body_lines(a)  # a row of the text, as written
    assert [p for p in problems if p.code == "read.title-made"]  # no headline found: the report says the title is made


def test_a_lead_broken_into_short_lines_at_the_top_is_text(project):
    a, problems = read_one_page(project, WU52)
    assert not _dropped(problems, ["投入資金3億元的", "福耀集團湖北", "汽車玻璃項目10日在荊"])
    text = body_lines(a).replace("\n", "")
    assert "投入資金3億元的" in text and "福耀集團湖北" in text and "汽車玻璃項目10日在荊" in text
    assert not a.title.startswith("門")  # a broken line is no headline
    assert all(b.kind.name == "PARAGRAPH" for b in a.blocks[:5])  # pieces of the lead: no headings, no caption


def test_a_constructed_broken_lead_at_the_top_is_text(project):
    page = ("总投资86亿元的\n长春新区光电\n信息产业园项目12日在长\n春正式开工，这标志着新区光电信息\n"
            "产业进入新的阶段。\n据介绍，项目建成后将新增产值120亿元。\n")
    a, problems = read_one_page(project, page)
    assert not _dropped(problems, ["总投资86亿元的", "长春新区光电"])
    assert "总投资86亿元的" in body_lines(a)


def test_a_menu_over_a_headline_is_still_taken_out(project):
    # rb12's shape: a date widget and two column labels over the headline, the text under it
    page = ("202009月15日\n新区要闻\n新区动态\n长春新区十个重点项目集中开工\n"
            "长春新区举行重点项目集中开工仪式，10个项目总投资86亿元，涵盖光电信息、生物医药等产业。\n")
    a, _ = read_one_page(project, page)
    assert a.title == "长春新区十个重点项目集中开工"
    assert "新区要闻" not in body_lines(a)
