"""Pages of other places with no headline line and dates in shapes the header rules did not know (issue 17,
session 30, round 2): fresh pages found with the search tool and read before any rule was written on them
(kept outside the repository); each case is a real page's lines."""

import pytest

from conftest import read_one_page
from atlas.extract.pubdate import date_article


@pytest.fixture
def project(empty_project):
    return empty_project


def body_of(article):
    return "\n".join(b.text for b in article.blocks)


def test_a_reporters_name_under_the_text_is_no_byline_over_it(project):
    # a Chongqing paper's story pasted from its lead, the reporter's name under the text (`记者 陈维灯`): the text
    # above it is no headline block, and the page has a text
    a, problems = read_one_page(project, "1月27日,南川29个项目开工、总投资91.7亿元,15个项目竣工、总投资50.9亿元,签约15个项目、计划总投资45.2亿元。\n"
                                         "开工项目中,重庆工业职业技术学院南川校区(一期)项目计划总投资10.8亿元,将新建校舍16万平方米,增设大学学位6000个。\n"
                                         "记者 陈维灯\n")
    assert a is not None and "read.no-text" not in [p.code for p in problems]
    assert "南川29个项目开工" in body_of(a) and "增设大学学位6000个" in body_of(a)


def test_a_timestamp_glued_to_the_sites_name_over_the_text_is_the_publication_line(project):
    # an industry portal (2020): `2020年04月13日 02:04耐火材料网zr` / `【中国耐火材料网】` over the lead, no headline
    a, _ = read_one_page(project, "2020年04月13日 02:04耐火材料网zr\n【中国耐火材料网】\n"
                                  "为进一步扩大招商引资成果,加快推进项目建设,4月8日,鞍山市第二届云招商项目洽谈会暨项目云签约仪式举行。"
                                  "鞍山市委副书记、市长余功斌与部分客商洽谈。\n"
                                  "首个洽谈推进项目是海城市牌楼镇镁制定型及不定型深加工项目。杨洪波简单介绍了项目情况。\n")
    a, _ = date_article(a)
    assert (a.date.value, a.date.inferred) == ("2020-04-13", False)
    assert "02:04" not in a.title and "02:04" not in body_of(a)


@pytest.mark.parametrize("first", ["2020年04月13日 02:04许,鞍山市第二届云招商项目洽谈会暨项目云签约仪式举行,鞍山市委副书记、市长余功斌与部分客商洽谈。",
                                   "2020年4月8日 9:30开幕"])
def test_a_timestamp_with_a_sentence_or_an_event_after_it_is_no_publication_line(project, first):
    a, _ = read_one_page(project, f"{first}\n为进一步扩大招商引资成果,加快推进项目建设,鞍山市第二届云招商项目洽谈会暨项目云签约仪式举行。\n"
                                  "首个洽谈推进项目是海城市牌楼镇镁制定型及不定型深加工项目。杨洪波简单介绍了项目情况。\n")
    a, _ = date_article(a)
    assert a.date is None or a.date.inferred


@pytest.mark.parametrize("line", ["星期四 2021年8月12日", "周四 2021-08-12", "星期四 2021年8月12日 10:15"])
def test_a_weekday_before_the_header_date(project, line):
    # the weekday written before the date (round 1's fresh pages wrote it after it: `2021年8月12日 星期四`)
    a, _ = read_one_page(project, f"{line}\n"
                                  "苏报讯(驻园区记者 肖瑶)昨天,金鸡湖右岸区域(文化水廊)项目开工暨苏州工业园区2023年一季度重大项目集中开工仪式举行。"
                                  "市委常委、园区党工委书记沈觅出席活动。\n"
                                  "据了解,今年一季度,园区开工项目有89个,总投资557亿元,年度计划投资201亿元。\n")
    a, _ = date_article(a)
    assert (a.date.value, a.date.inferred) == ("2021-08-12", False)
    assert "2021" not in body_of(a) and "2021" not in a.title


def test_a_weekday_date_under_the_text_dates_the_page_and_one_between_paragraphs_stays(project):
    lead = "苏报讯(驻园区记者 肖瑶)昨天,金鸡湖右岸区域(文化水廊)项目开工暨苏州工业园区2023年一季度重大项目集中开工仪式举行。\n"
    more = "据了解,今年一季度,园区开工项目有89个,总投资557亿元,年度计划投资201亿元。\n"
    a, _ = date_article(read_one_page(project, lead + more + "周四 2023-01-05\n")[0])
    assert (a.date.value, a.date.inferred) == ("2023-01-05", False)
    a, _ = date_article(read_one_page(project, lead + "周四 2023-01-05\n" + more)[0])
    assert "周四 2023-01-05" in body_of(a) and (a.date is None or a.date.inferred)
