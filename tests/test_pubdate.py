"""Publication-date inference: datelines, month evidence from relative periods, looking ahead to a plan."""
from __future__ import annotations

from dataclasses import replace

from atlas.extract.pubdate import infer_publication_date


def test_dateline_gives_month_and_day_after_the_latest_reported_date():
    d = infer_publication_date(["中新网长春2月2日电（记者 李彦国）2023年11月，项目开工。"])
    assert (d.value, d.precision, d.source, d.inferred) == ("2024-02-02", "day", "dateline", True)
    assert d.evidence[0] == "中新网长春2月2日电"


def test_dateline_in_the_same_year_as_the_latest_date():
    d = infer_publication_date(["新华社长春12月5日电 2023年11月，项目开工。"])
    assert d.value == "2023-12-05"


def test_this_years_period_raises_not_before_to_its_last_month():
    d = infer_publication_date(["2024年，长春举办博览会。", "今年1至10月，全市产销整车122.9万辆。"])
    assert (d.value, d.not_before) == ("2024", "2024-10")
    assert "今年1至10月" in d.evidence


def test_looking_ahead_to_a_plan_dates_the_article_to_the_last_year_before_it():
    d = infer_publication_date(["展望“十五五”，长春将持续以产业体系为支撑。"])
    assert (d.value, d.inferred) == ("2025", True)


def test_plans_are_not_evidence():
    d = infer_publication_date(["2023年，长春启动行动。到2025年，一汽将投放新品。"])
    assert d.value == "2023"


# --- issue 17: web pages (real lines of the corpus's tuning half) ----------------------------------
from atlas.extract.dates import find_date_expressions  # noqa: E402
from atlas.extract.pubdate import date_article  # noqa: E402
from atlas.records import Article, Block, BlockKind, PublicationDate  # noqa: E402


def _page(first: str, date: PublicationDate | None) -> Article:
    return Article("seeds/x.txt", "x", "x", "标题", date=date, blocks=(Block(BlockKind.PARAGRAPH, first, (1,), "p1"),))


def test_a_reposts_dateline_is_the_articles_date_in_the_pages_year():
    # ra24: `发布时间:2024-11-09 11:46:04` above `中新网 长春1月12日电 (李丹)…`
    page = PublicationDate("2024-11-09", "day", "web-page", False, ("发布时间:2024-11-09 11:46:04 来源: sp20241109",))
    a, problems = date_article(_page("中新网 长春1月12日电 (李丹)记者12日从正在举行的长春市两会获悉", page))
    assert (a.date.value, a.date.source, a.date.inferred) == ("2024-01-12", "dateline", False)
    assert [p.code for p in problems] == ["date.repost"] and "2024-11-09" in problems[0].message


def test_a_dateline_after_the_pages_day_is_last_years():
    # ra25's repost was posted a day after its dateline; one of late December posted in January is last year's
    page = PublicationDate("2023-01-10", "day", "web-page", False, ("2023-01-10 23:54 阅读量:6.1万+",))
    assert date_article(_page("中新网长春1月9日电(记者 郭佳)长春市第十六届人民代表大会第二次会议9日开幕。", page))[0].date.value == "2023-01-09"
    page = PublicationDate("2024-01-03", "day", "web-page", False)
    assert date_article(_page("新华社长春12月30日电 项目投产。", page))[0].date.value == "2023-12-30"


def test_front_matter_outranks_a_dateline():
    fm = PublicationDate("2024-11-09", "day", "front-matter", False)
    assert date_article(_page("中新网 长春1月12日电 项目开工。", fm))[0].date == fm


def test_a_dateline_whose_year_is_inferred_anchors_no_year():
    # rb08: `中新网长春9月21日电` and no stated year: 9月15日 keeps an unknown year
    d = infer_publication_date(["中新网长春9月21日电(记者 刘欢)9月15日9时23分,火箭成功发射。", "2015年10月7日,吉林一号成功发射。"])
    assert d.source == "dateline" and d.inferred
    (m,) = [x for x in find_date_expressions("9月15日9时23分,长征十一号海遥二运载火箭在黄海海域成功发射", d) if x.kind == "date"]
    assert m.iso == "--09-15" and not m.certain


def test_a_traditional_reposts_dateline_counts_too():
    page = PublicationDate("2024-06-27", "day", "web-page", False)
    a, _ = date_article(_page("中新網長春6月26日電 (記者 郭佳)長春新區生物醫藥產業園項目集中開工。", page))
    assert a.date.value == "2024-06-26"


def test_a_text_older_than_the_page_keeps_the_pages_date():
    # rf03: `发布时间:2007-03-30 09:00:18` over `新华社信息长春3月2日电(记者杜学静)2004年,吉林修正集团将开…`:
    # a plan for 2004 was written by 2004, so the dateline's 3月2日 is not in 2007; its year is unknown
    page = PublicationDate("2007-03-30", "day", "web-page", False, ("发布时间:2007-03-30 09:00:18",))
    a, _ = date_article(_page("新华社信息长春3月2日电(记者杜学静)2004年,吉林修正集团将开始建设“生物医药科技园”", page))
    assert (a.date.value, a.date.source) == ("2007-03-30", "web-page")


def test_a_dateline_without_a_place():
    # `长春日报4月16日讯` (rd01), `本报1月12日讯`: the outlet and the date, no place between
    page = PublicationDate("2020-04-20", "day", "web-page", False)
    assert date_article(_page("长春日报4月16日讯 (记者 徐微):日前,记者在长春新区北湖科技开发区采访时看到", page))[0].date.value == "2020-04-16"
    d = infer_publication_date(["本报1月12日讯 2022年12月，项目开工。"])
    assert (d.value, d.source) == ("2023-01-12", "dateline")


def test_a_newspapers_closing_date_under_another_outlets_dateline_is_the_reposts():
    # a paper reprints an agency's story: its closing `吉林日报 2021-08-20` line is when it printed it,
    # the dateline `新华社长春8月12日电` says when the story was written
    page = PublicationDate("2021-08-20", "day", "trailer", False, ("吉林日报 2021-08-20",))
    a = replace(_page("新华社长春8月12日电（记者 王五）长春新区12日举行重点项目集中开工仪式。", page), source="吉林日报")
    assert (a := date_article(a)[0]).date.value == "2021-08-12" and a.date.source == "dateline"


def test_a_newspapers_own_dateline_keeps_its_closing_date():
    page = PublicationDate("2021-08-13", "day", "trailer", False, ("吉林日报 2021-08-13",))
    a = replace(_page("吉林日报长春8月12日电 长春新区12日举行重点项目集中开工仪式。", page), source="吉林日报")
    assert date_article(a)[0].date.value == "2021-08-13"


def test_a_papers_issue_day_with_its_weekday_keeps_its_date_over_the_day_befores_dateline():
    # rx08, an e-paper: its issue's `2021年06月09日 星期三` over the paper's own `科技日报北京6月8日电`: the story
    # was filed the day before the issue printed it, no repost
    page = PublicationDate("2021-06-09", "day", "web-page", False, ("2021年06月09日 星期三",))
    lead = "科技日报北京6月8日电 （记者杨仑）6月8日上午，中车长春轨道客车股份公司在北京市房山区举行开园活动。"
    assert date_article(_page(lead, page))[0].date == page
    # a weekday line weeks after its dateline is no issue of the story (a site's banner): the dateline dates it
    banner = PublicationDate("2021-06-29", "day", "web-page", False, ("2021年06月29日 星期二",))
    assert date_article(_page(lead, banner))[0].date.value == "2021-06-08"
    # a web page's timestamp the day after its dateline is a repost's, as before (ra07)
    posted = PublicationDate("2021-06-09", "day", "web-page", False, ("发布时间:2021-06-09 10:31:00来源: 中国新闻网",))
    assert date_article(_page(lead, posted))[0].date.value == "2021-06-08"


def test_a_dateline_with_its_year_states_the_date():
    # rm19: `【看中國2019年6月21日訊】…` opens the lead: the year, month and day are written
    a, _ = date_article(_page("【看中國2019年6月21日訊】近年來爆發多件疫苗醜聞案的長春長生因無法償還債務而申請破產。", None))
    assert (a.date.value, a.date.inferred, a.date.source) == ("2019-06-21", False, "dateline")
    a, _ = date_article(_page("新华网长春2021年8月12日电 长春新区12日举行重点项目集中开工仪式。", None))
    assert (a.date.value, a.date.inferred) == ("2021-08-12", False)
    # the same dateline with the date in figures (scripts/perturb_real_dates.py --forms)
    a, _ = date_article(_page("【看中國2019.6.21訊】近年來爆發多件疫苗醜聞案的長春長生因無法償還債務而申請破產。", None))
    assert (a.date.value, a.date.inferred) == ("2019-06-21", False)


def test_a_date_in_the_lead_is_no_dateline():
    a, _ = date_article(_page("2021年8月12日，长春新区举行重点项目集中开工仪式。", None))
    assert a.date is None or a.date.inferred


# --- 去年 after the one year its paragraph told names that year: the writer's present is the next ---
def _pages(*paragraphs: str) -> Article:
    return Article("seeds/x.txt", "x", "x", "标题", date=None,
                   blocks=tuple(Block(BlockKind.PARAGRAPH, t, (i,), f"p{i}") for i, t in enumerate(paragraphs, 1)))


def test_last_year_after_the_year_told_dates_a_wire_dateline():
    # ri17 (tuning): the dateline has no year; the text writes 2023's figures, then 在去年超高增速基础上
    a, _ = date_article(_pages("长春6月7日电 (谭伟旗)中国东北老工业基地城市吉林长春,正在全力推动光电信息产业快速突破。",
                               "2023年,长春市光电信息产业完成产值750亿元,同比增长10.6%;其中,光电子工业完成产值281.6亿元,同比增长19.5%。"
                               "今年一季度,在去年超高增速基础上,长春市光电信息产业完成产值179.2亿元,同比增长17.8%。"))
    assert (a.date.value, a.date.source, a.date.inferred) == ("2024-06-07", "dateline", False)
    assert "去年" in a.date.evidence and "2023年" in a.date.evidence
    # constructed: another outlet, another year, 去年 in a clause of its own
    a, _ = date_article(_pages("新华社长春3月2日电 2019年,新工厂开工建设。去年,工厂建成投产。"))
    assert (a.date.value, a.date.inferred) == ("2020-03-02", False)


def test_last_year_after_the_year_told_without_a_dateline_changes_nothing():
    # rq15 (tuning): `2011年,长春高新区…取得了重大突破。去年,长春高新区…实现收入30亿元` and no dateline, no date
    # line: the tie would only move an inferred year; the page keeps the year inferred from its latest date,
    # and the dates it anchors (a page may glue two stories; the tie is one paragraph's) stay as they were
    a, _ = date_article(_pages("记者日前从长春高新区获悉,今年,该区将力争在服务外包经济总量上再翻一番。",
                               "为进一步促进全市服务外包产业的发展,2011年,长春高新区以推动服务外包产业快速发展为目标,取得了重大突破。"
                               "去年,长春高新区服务外包企业实现收入30亿元。"))
    assert (a.date.value, a.date.source, a.date.inferred) == ("2011", "inferred", True)


def test_last_year_is_no_tie_in_a_comparison_after_a_plan_or_among_several_years():
    for text in ("2019年,全市产值比去年增长8%。",            # 比去年: the year before the one told
                 "2019年,一季度产值较去年同期增长8%。",
                 "到2025年,长春将建成新工厂。去年,项目开工。",   # a plan's year
                 "2018年,项目签约;2019年,项目开工;去年,工厂投产。",  # a series: 去年 is the next
                 "去年,工厂投产。2019年,项目开工。"):            # 去年 before the year
        a, _ = date_article(_pages(text))
        assert a.date is None or a.date.inferred, text
    # two paragraphs that tie 去年 to two different years give no year
    a, _ = date_article(_pages("新华社长春3月2日电 2019年,新工厂开工建设。去年,工厂建成投产。", "2021年,新厂开工。去年,工厂投产。"))
    assert a.date is None or a.date.inferred


def test_a_dateline_with_its_year_a_sites_address_and_a_time_states_the_date():
    # rm09 without its `加入日期:` line: `顶尖财经网(www.58188.com)2018-7-25 22:39:41讯:` opens the lead
    a, _ = date_article(_page("  顶尖财经网(www.58188.com)2018-7-25 22:39:41讯:康泰生物成交30亿元开板。", None))
    assert (a.date.value, a.date.inferred, a.date.source) == ("2018-07-25", False, "dateline")
    a, _ = date_article(_page("长春日报（www.cccdaily.com）2021年8月12日 10:15讯 长春新区举行重点项目集中开工仪式。", None))
    assert (a.date.value, a.date.inferred) == ("2021-08-12", False)
    # a time and a bracket in a sentence's opening are no dateline
    a, _ = date_article(_page("记者（王五）2021年8月12日10时到达现场，看到项目正在施工。", None))
    assert a.date is None or a.date.inferred


def test_a_dateline_long_after_the_pages_day_leaves_the_year_unstated():
    # wp91: `日期:2016-3-22(原创文章,禁止转载)` over `今日4月28日讯 今年,灌云开发区将…`: the story is older
    # than the page, but no line says by how much: last year is a guess, shown as inferred
    page = PublicationDate("2016-03-22", "day", "web-page", False, ("日期:2016-3-22(原创文章,禁止转载)",))
    a, _ = date_article(_page("今日4月28日讯 今年,灌云开发区将遵循“生态型都市工业园区”发展方向,谋求发展新突破。", page))
    assert a.date.inferred and a.date.value == "2015-04-28"
    # a story of the last days of December posted in early January is last year's, as stated
    page = PublicationDate("2024-02-20", "day", "web-page", False)
    assert not date_article(_page("新华社长春12月30日电 项目投产。", page))[0].date.inferred


def test_a_place_dateline_with_xun_is_a_dateline():
    page = PublicationDate("2016-05-02", "day", "web-page", False)
    assert date_article(_page("今日4月28日讯 今年,灌云开发区将打造园区优质高效服务品牌。", page))[0].date.value == "2016-04-28"
    # a sentence that runs on after the day is none
    assert date_article(_page("长春4月28日讯问了三家企业。", page))[0].date.value == "2016-05-02"


def test_an_outlets_dateline_with_xiaoxi_dates_a_repost():
    # `IT之家 8月12日消息，`, `澎湃新闻8月12日消息，`, `金融界8月12日消息` (an outlet of any name, the day, 消息/讯/电
    # and a mark): the original's day, as a wire's dateline is
    page = PublicationDate("2021-09-20", "day", "web-page", False, ("发布时间：2021-09-20 10:15",))
    for lead in ("IT之家 8月12日消息，长春新区重点项目集中签约仪式12日举行。", "澎湃新闻8月12日消息，长春新区签约16个项目。",
                 "金融界8月12日消息 长春新区签约16个项目。"):
        assert date_article(_page(lead, page))[0].date.value == "2021-08-12", lead
    # a sentence that goes on after 消息 is none: `有关部门8月12日消息称…` is no dateline
    for lead in ("有关部门8月12日消息称，长春新区签约16个项目。", "记者8月12日电话采访了该公司负责人。"):
        assert date_article(_page(lead, page))[0].date.value == "2021-09-20", lead


def _titled(title: str, *paragraphs: str) -> Article:
    return Article("seeds/x.txt", "x", "x", title, date=None,
                   blocks=tuple(Block(BlockKind.PARAGRAPH, p, (k + 1,), f"p{k + 1}") for k, p in enumerate(paragraphs)))


def test_a_datelines_day_in_the_year_its_headline_writes_is_stated():
    # rf05: `2025长春光博会引资229.3亿元` over `中新网(…)长春(…)6月13日电 …13日介绍…6月10日,…参观者…`:
    # the header writes the year, the dateline the day, and no date the text reports is later
    a, _ = date_article(_titled("2025长春光博会引资229.3亿元",
                                "中新网长春6月13日电 (记者 郭佳)长春市经济合作局副局长金海玉13日介绍,自2025长春国际光电博览会筹备以来,该市陆续签约项目78个。",
                                "6月10日,吉林长春,参观者在长春光博会上了解光学仪器情况。"))
    assert (a.date.value, a.date.inferred) == ("2025-06-13", False)


def test_a_headline_year_the_text_has_passed_states_nothing():
    # a year's summary published the next January: the text reports December of the headline's year
    a, _ = date_article(_titled("2023年长春地区生产总值增长6.3%",
                                "新华社长春1月20日电 记者从长春市统计局获悉,2023年长春地区生产总值增长6.3%。12月,全市规上工业增加值增长9%。"))
    assert a.date.inferred
    # nor does a plan's year in the headline
    a, _ = date_article(_titled("到2025年长春汽车产值将达万亿元",
                                "中新网长春6月13日电 2023年5月，长春出台汽车产业发展规划。"))
    assert a.date.inferred


def test_a_dateline_in_chinese_numerals_dates_a_repost():
    # a Taiwan portal's copy (2009): `2009年11月07日 14:09 來源:` over `中新社衡陽十一月六日電 (成新平 鄭海青 傅煜)…`
    page = PublicationDate("2009-11-07", "day", "web-page", False, ("2009年11月07日 14:09 來源: 字號:",))
    a, _ = date_article(_page("中新社衡陽十一月六日電 (成新平 鄭海青 傅煜)總規劃面積三十七平方公里的湖南衡陽臺灣工業園六日在此間正式奠基。", page))
    assert (a.date.value, a.date.inferred) == ("2009-11-06", False)
    page = PublicationDate("2009-12-31", "day", "web-page", False)
    assert date_article(_page("中新社北京十二月二十一日电 项目投产。", page))[0].date.value == "2009-12-21"


# --- session 30, round 2 ----------------------------------------------------------------------------
def test_a_year_in_chinese_numerals_is_evidence_of_the_publication_year():
    # rf06 with its year written in Chinese numerals (`scripts/perturb_real_dates.py --forms`, year-chinese-numerals)
    a, problems = date_article(_page("二〇二二年,在企业发展的上升期,长春圣博玛喜讯连连,捷报频传。", None))
    assert (a.date.value, a.date.inferred, problems) == ("2022", True, [])
    assert a.date.evidence == ("二〇二二年",)  # quoted as written
    # a plan in Chinese numerals is no evidence, as one in digits is not
    a, _ = date_article(_page("二〇二一年,吉林省汽车产业锚定万亿级目标开新局。到二〇二五年,产值将达到万亿元。", None))
    assert a.date.value == "2021"


_CNA_LEAD = "(中央社記者劉千綾台北15日電)經濟部投資台灣事務所今天再添6家企業擴大投資,根留企業有統一超商、萬海航運2件投資案。"


def test_a_datelines_day_alone_is_in_the_pages_month():
    # a CNA story (`台北15日電`: a place and a day) under a page's date: the original's day in the page's month,
    # or in the month before when the day is later than the page's
    page = PublicationDate("2024-03-16", "day", "web-page", False, ("2024/03/16 10:15",))
    a, problems = date_article(_page(_CNA_LEAD, page))
    assert (a.date.value, a.date.source, a.date.inferred) == ("2024-03-15", "dateline", False)
    assert [p.code for p in problems] == ["date.repost"]
    page = PublicationDate("2024-03-02", "day", "web-page", False)
    assert date_article(_page(_CNA_LEAD, page))[0].date.value == "2024-02-15"
    page = PublicationDate("2024-03-15", "day", "web-page", False)
    assert date_article(_page(_CNA_LEAD, page))[0].date == page  # the same day: the page's line stands


def test_a_datelines_day_alone_states_no_date_without_a_page_date():
    a, _ = date_article(_page(_CNA_LEAD, None))
    assert a.date is None or a.date.inferred


def test_a_day_in_a_sentence_or_a_papers_xun_is_no_dateline():
    page = PublicationDate("2024-03-16", "day", "web-page", False)
    for lead in ("苏报讯(驻园区记者 肖瑶)15日,项目开工。", "长春15日电动汽车展开幕。", "14日,作為實驗區推動落地的首個重大投資項目舉行開工慶典。"):
        assert date_article(_page(lead, page))[0].date == page, lead


def test_a_press_releases_dateline_in_brackets_states_the_date():
    # rr13 (moved from the measuring half, session 32): `【2024年5月21日,中国上海讯】——全球领先的汽车供应商…` opens the lead
    a, _ = date_article(_page("【2024年5月21日,中国上海讯】——全球领先的汽车供应商和出行科技公司麦格纳(Magna)扩建了其位于长春的制造装备工厂,"
                              "以支持与某德系高端汽车品牌的合作。", None))
    assert (a.date.value, a.date.inferred, a.date.source) == ("2024-05-21", False, "dateline")
    # a date that opens a sentence in brackets is no dateline: no 讯/电 closes it
    a, _ = date_article(_page("【2024年5月21日】麦格纳扩建了其位于长春的制造装备工厂。", None))
    assert a.date is None or a.date.inferred


def test_a_meeting_named_with_its_year_gives_the_year_to_a_dateline():
    # rv11 (moved from the measuring half, session 32): `中新网长春10月24日电` and, that day, the
    # `2013中韩汽车零部件企业对接洽谈会`: the meeting's name is the only year; the date is inferred from it (not unknown)
    a, _ = date_article(_pages("中新网长春10月24日电(记者贺宝庆)来自韩国的百余名汽车零部件企业负责人,24日齐聚长春,与当地的一汽集团及其他汽车厂商、"
                               "零部件企业进行洽谈对接,谋求拓展中国汽车市场。",
                               "当天在长春举行的“2013中韩汽车零部件企业对接洽谈会”,由吉林省贸促会与韩国大韩贸易投资振兴公社主办。"))
    assert (a.date.value, a.date.inferred) == ("2013-10-24", True)
