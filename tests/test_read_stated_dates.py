"""Publication lines of shapes the header rules did not know (issue 17, session 30): a notice's signature
(落款: the issuer's name over or before a date, under the text it signs) states the document's date; a
header date split over lines (`2014` / `10/24` / `09:51`) is one date. Cases from real pages:
tests/fixtures/web_pages/wp60 and wp03 (tuning half) and fresh pages of other places' portals."""

import pytest

from conftest import body_lines, read_one_page
from atlas.extract.pubdate import date_article


body_of = body_lines


def test_a_signature_between_a_notice_and_its_attachment_dates_the_notice(project):
    # a city government's notice (天津, 2017): the issuer and the date, then the plan it issues
    a, _ = read_one_page(project, "天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知\n"
                                  "各区人民政府,各委、局,各直属单位:\n"
                                  "经市人民政府同意,现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们,请照此执行。\n"
                                  "天津市人民政府办公厅\n2017年10月9日\n关于促进我市开发区改革和\n创新发展的实施方案\n"
                                  "为贯彻落实国务院办公厅的意见,促进开发区转型升级、创新发展,形成新的集聚效应和增长动力,制定本实施方案。\n")
    assert (a.date.value, a.date.inferred) == ("2017-10-09", False)
    assert a.title == "天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知"
    assert "2017年10月9日" not in body_of(a)


def test_a_signature_glued_to_the_end_of_the_text(project):
    # wp60: `…初步估计,我区2008年度入区项目建设目标可以实现。 建设局2008年9月21日`
    a, _ = read_one_page(project, "经开区2008年度入区项目建设目标基本实现\n"
                                  "9月19日上午,建设局局长刘沛主持了入区项目建设研讨会,分析重大工业项目建设情况。"
                                  "初步估计,我区2008年度入区项目建设目标可以实现。 建设局2008年9月21日\n")
    assert (a.date.value, a.date.inferred) == ("2008-09-21", False)
    assert body_of(a).endswith("可以实现。")


def test_an_issuers_name_and_date_on_one_line_under_the_text(project):
    a, _ = read_one_page(project, "关于港口镇工业园改造片区基础数据的公示\n"
                                  "现对港口镇石特连片工业园改造片区策划及单元规划基础数据予以公示,公示期内可提交书面意见与建议。\n"
                                  "中山市港口镇人民政府 2021年12月13日\n")
    assert (a.date.value, a.date.inferred) == ("2021-12-13", False)


def test_a_date_under_a_sentence_of_the_text_is_no_signature(project):
    # an unlabelled date line between paragraphs after a sentence is the text's, not the page's
    a, _ = read_one_page(project, "长春新区项目集中开工\n"
                                  "项目由长春新区管委会负责推进,总投资30亿元,建设周期两年。\n2021年8月12日\n"
                                  "新区将继续优化营商环境,推动更多项目落地,为经济发展注入新动能。\n")
    a, _ = date_article(a)
    assert a.date is None or a.date.inferred
    # nor is an event's date glued to the end of a sentence with a subject before it
    a, _ = read_one_page(project, "长春新区项目集中开工\n"
                                  "长春新区持续推进项目建设,总投资30亿元。项目开工仪式在长春新区举行2021年8月12日\n")
    a, _ = date_article(a)
    assert a.date is None or a.date.inferred


def test_a_header_date_split_over_lines_is_one_date(project):
    # wp03: the headline, then `2014` / `10/24` / `09:51` on lines of their own, then the dateline
    a, _ = read_one_page(project, "新闻\n高新区电子信息产业园21个项目集中开工\n2014\n10/24\n09:51\n\n三峡晚报讯\n\n"
                                  "(记者张元媛 通讯员陈晓君)23日,惠科液晶电视及LED背光源项目在宜昌高新区电子信息产业园奠基。\n")
    assert (a.date.value, a.date.inferred) == ("2014-10-24", False)
    assert a.title == "高新区电子信息产业园21个项目集中开工"
    assert "2014" not in body_of(a) and "10/24" not in body_of(a)


def test_a_year_alone_over_a_line_of_text_is_no_split_date(project):
    a, _ = read_one_page(project, "高新区电子信息产业园项目集中开工\n2014\n10月24日,惠科液晶电视及LED背光源项目在宜昌高新区电子信息产业园奠基。\n")
    a, _ = date_article(a)
    assert a.date is None or a.date.inferred or a.date.value != "2014-10-24"


def test_a_time_and_place_line_is_an_events_not_the_pages(project):
    # an event notice's fields under its headline (时间：… 地点：…) say when it happens, not when the page was
    # published: the line is text, and no definite publication date comes of it
    a, _ = read_one_page(project, "长春新区举行重点项目集中签约仪式\n时间：2021年8月12日 地点：长春国际会展中心\n"
                                  "本报讯（记者 王五）长春新区重点项目集中签约仪式日前举行，此次共签约项目16个，总投资120亿元。\n")
    a, _ = date_article(a)
    assert a.date is None or a.date.inferred
    assert "地点：长春国际会展中心" in body_of(a)
    # a page's own line with a label of its own stays the page's
    a, _ = read_one_page(project, "长春新区举行重点项目集中签约仪式\n发布时间：2021年8月20日 地址：长春市高新区\n"
                                  "本报讯（记者 王五）长春新区重点项目集中签约仪式日前举行，此次共签约项目16个，总投资120亿元。\n")
    assert (a.date.value, a.date.inferred) == ("2021-08-20", False)


def test_a_line_of_keywords_set_off_by_underscores_is_no_part_of_the_headline(project):
    # a fresh page (a mirror of an auto-parts site): injected keywords as a <title> over the breadcrumb, the
    # headline, then `susan 發表于2020/5/22 12:09:55 上汽鄭州發動機工廠動工`
    a, _ = read_one_page(project, "91成人免费版_九幺免费看片_91短视频APP下载_91桃色视频下载\n\n當前位置:首頁>下游終端>車用件\n\n"
                                  "上汽鄭州發動機工廠動工\n\nsusan 發表于2020/5/22 12:09:55 上汽鄭州發動機工廠動工\n\n"
                                  "從上汽乘用車公司獲悉,5月21日,上汽鄭州產業基地高效節能發動機項目動工儀式在鄭州基地二期舉行。\n")
    assert a.title == "上汽鄭州發動機工廠動工"
    assert (a.date.value, a.date.inferred) == ("2020-05-22", False)


def test_a_headline_block_of_kickers_headline_and_subtitle_without_a_date_line(project):
    # wp77: `签约15个亿元项目` / `总投资额285.31亿元` (a two-line kicker), the headline, `陈平见证签约` (subtitle), the lead
    a, _ = read_one_page(project, "签约15个亿元项目\n总投资额285.31亿元\n鄂城区举行重大项目集中签约并发布十大农业招商场景\n陈平见证签约\n"
                                  "9月27日,鄂城区举行三季度重大项目集中签约仪式暨十大农业招商场景发布会。市委副书记、市长陈平见证签约。\n"
                                  "鄂城区三季度签约亿元项目15个,涵盖新能源新材料、高端装备制造等业态,总投资额为285.31亿元。\n")
    assert a.title == "鄂城区举行重大项目集中签约并发布十大农业招商场景"
    assert body_of(a).startswith("9月27日")
    # a headline over a shorter line and the lead keeps its first line
    a, _ = read_one_page(project, "鄂城区举行重大项目集中签约并发布十大农业招商场景\n陈平见证签约\n"
                                  "9月27日,鄂城区举行三季度重大项目集中签约仪式暨十大农业招商场景发布会。市委副书记、市长陈平见证签约。\n")
    assert a.title == "鄂城区举行重大项目集中签约并发布十大农业招商场景"


def test_a_title_made_from_an_exclaimed_lead_keeps_its_mark():
    # rd03: the lead `吉林,全省經濟運行實現“半年紅”!` gives the title with its `!`, as it ends the sentence
    from atlas.read.structure import lead_title

    assert lead_title("吉林，全省经济运行实现“半年红”！新动能发展势头强劲。") == "吉林，全省经济运行实现“半年红”！"
    assert lead_title("长春新区签约16个项目。总投资120亿元。") == "长春新区签约16个项目"
