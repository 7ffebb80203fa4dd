"""Date forms of real web pages (issue 17), each from a sentence of the real-article corpus's
tuning half (tests/fixtures/real_articles/, the page named in a comment)."""
from __future__ import annotations

from atlas.extract.dates import find_date_expressions
from atlas.records import PublicationDate


def test_this_morning_is_the_publication_day():
    # rd12 (dated 2025-11-19): `長春高新今早低開低走`
    pub = PublicationDate("2025-11-19", "day", "web-page", False)
    (m,) = find_date_expressions("长春高新今早低开低走，现跌0.93%。", pub)
    assert (m.expression, m.iso, m.precision) == ("今早", "2025-11-19", "day")
    (m,) = find_date_expressions("长春高新今早低开低走。", None)
    assert m.kind == "vague"


def test_a_year_in_digits_with_its_month_in_chinese_numerals():
    # the forms mixed, as PDFs and typed pages write them: 2023年三月, 2023年十二月二十八日
    assert [(m.expression, m.iso) for m in find_date_expressions("2023年三月，项目开工。", None)] == [("2023年三月", "2023-03")]
    assert [m.iso for m in find_date_expressions("2023年十二月二十八日，项目签约。", None)] == ["2023-12-28"]
    assert [m.iso for m in find_date_expressions("2023年三季度，项目签约。", None)] == ["2023-Q3"]  # a quarter stays one


def test_letter_spaced_digits_of_a_date_are_one_number():
    from atlas.text import display_text

    # a letter-spaced line of a web page (rg22's footer is one): `2 0 2 3 年 3 月 1 5 日`
    assert display_text("2 0 2 3 年 3 月 1 5 日，项目开工") == "2023年3月15日，项目开工"
    assert display_text("第 1 2 3 名") == "第1 2 3名"  # only digits that a date word closes


# --- forms the tuning half lacks, as Chinese news writes them (constructed sentences) ----------
PUB = PublicationDate("2024-05-20", "day", "web-page", False)


def dates(text: str, pub: PublicationDate | None = PUB) -> list[tuple[str, str]]:
    return [(m.expression, m.iso) for m in find_date_expressions(text, pub) if m.kind == "date"]


def test_a_full_date_written_with_dots_slashes_or_dashes_in_a_sentence():
    assert dates("2021.8.12，一汽新工厂开工。") == [("2021.8.12", "2021-08-12")]
    assert dates("2021/08/12，一汽新工厂开工。") == [("2021/08/12", "2021-08-12")]
    assert dates("项目于2021-8-12正式投产。") == [("2021-8-12", "2021-08-12")]
    # after a label's colon (rv16's infobox as the dotted perturbation writes it: `投入运营 | 首批:2011.12.7`)
    assert dates("投入运营 | 首批：2011.12.7 次批：2013.1.31 |") == [("2011.12.7", "2011-12-07"), ("2013.1.31", "2013-01-31")]
    # a time's colon stays no label (`10:2021.8.12` is no date after a label)
    assert dates("10:2021.8.12") == []
    # not a date: mixed separators, an impossible day, a version, a header's timestamp, a year range
    assert dates("2021.8-12，版本V2021.8.12.3发布，2021.2.30") == []
    assert dates("2021-08-12 10:15 来源：长春日报") == []
    assert dates("2021-2025年，长春将建成100个项目。") == [("2021-2025年", "2021/2025")]


def test_a_two_digit_year_before_a_month_is_this_centurys():
    assert dates("21年3月，一汽新工厂开工。", None) == [("21年3月", "2021-03")]
    assert dates("21年3月5日，一汽新工厂开工。", None) == [("21年3月5日", "2021-03-05")]
    # a count of years is no year: 第21年, 近21年3个月, 60年3月 (no two-digit year of this century)
    assert dates("这是建厂第21年3月的一天。工龄近21年3个月。", None) == []


def test_the_day_after_or_before_the_day_told():
    assert dates("2019年5月1日，项目签约，翌日开工建设。", None) == [("2019年5月1日", "2019-05-01"), ("翌日", "2019-05-02")]
    assert dates("2019年5月1日，项目签约。前一天，园区揭牌。", None)[-1] == ("前一天", "2019-04-30")
    assert dates("2019年12月31日，项目签约。次日，工厂投产。", None)[-1] == ("次日", "2020-01-01")
    # a year-less day moves into the next month where every year agrees (rn05: `6月27日…駛出，經過25天后…到達`);
    # not past the end of February (29 days in a leap year) nor into another year; with no day told before, no date
    assert dates("5月31日，项目签约，第二天开工。", None) == [("5月31日", "--05-31"), ("第二天", "--06-01")]
    assert dates("2月28日，项目签约，第二天开工。", None) == [("2月28日", "--02-28")]
    assert dates("12月31日，项目签约，第二天开工。", None) == [("12月31日", "--12-31")]
    assert dates("次日，工厂投产。", None) == []


def test_parts_of_months_years_and_quarters():
    assert dates("2021年3月上旬，项目开工；今年3月中旬，项目签约；3月下旬，项目竣工。") == [
        ("2021年3月上旬", "2021-03"), ("今年3月中旬", "2024-03"), ("3月下旬", "2024-03")]
    assert dates("3月底，项目开工；今年4月初，项目竣工；今年3月份，项目签约。") == [
        ("3月底", "2024-03"), ("今年4月初", "2024-04"), ("今年3月份", "2024-03")]
    assert dates("一季度，项目开工；上半年，项目投产。") == [("一季度", "2024-Q1"), ("上半年", "2024-H1")]
    assert dates("本月，项目开工。") == [("本月", "2024-05")]


def test_spans_of_days_months_and_years():
    assert dates("20日至22日，长春汽博会举办。") == [("20日至22日", "2024-05-20/2024-05-22")]
    assert dates("3月20日至22日，长春汽博会举办。") == [("3月20日至22日", "2024-03-20/2024-03-22")]
    assert dates("2023年3、4月，项目相继开工。") == [("2023年3、4月", "2023-03/2023-04")]
    assert dates("3月至5月，项目相继开工。") == [("3月至5月", "2024-03/2024-05")]


def test_a_weekday_or_a_time_after_the_day_leaves_the_day():
    assert dates("3月5日（星期三），一汽新工厂开工。", PublicationDate("2025-05-01", "day", "web-page", False)) == [("3月5日", "2025-03-05")]
    assert dates("3月5日10时30分，一汽新工厂开工。") == [("3月5日", "2024-03-05")]


def test_lately_is_the_publication_month_never_for_certain():
    (m,) = [m for m in find_date_expressions("近日，一汽新工厂开工。", PUB) if m.expression == "近日"]
    assert (m.iso, m.precision, m.certain) == ("2024-05", "month", False)
    assert dates("春节前后，一汽新工厂开工。") == []  # a festival's date moves with the lunar calendar: no date


def test_a_reporters_own_day_takes_no_year_from_the_story_told_before_it():
    # the report's present (`10月16日，记者走进…`, `记者10月16日从…获悉`) after a past full date: its year
    # is the publication's (unknown on an undated page), not the story's (rb14's notes: reporter visits)
    for text in ("2015年10月7日，我国第一颗商业卫星发射成功。10月16日，记者走进长光卫星公司。",
                 "2015年10月7日，卫星发射成功。记者10月16日从公司获悉，新卫星下线。"):
        assert dates(text, None)[-1] == ("10月16日", "--10-16")
        assert dates(text, PublicationDate("2018-11-01", "day", "web-page", False))[-1] == ("10月16日", "2018-10-16")
    # the story's own next day keeps its year; a dateline's byline is no scene
    assert dates("2015年10月7日，卫星发射成功。10月16日，公司又有新卫星下线。", None)[-1] == ("10月16日", "2015-10-16")
    assert dates("中新社长春2015年10月7日电(记者 郭佳)10月8日，项目开工。", None)[-1] == ("10月8日", "2015-10-08")


def test_a_decade_is_no_year():
    # `1950年代`, `2010年代初` name ten years: no single year is told
    assert dates("1950年代，长春第一汽车制造厂建成投产。2010年代初，项目签约。", None) == []


def test_a_year_written_in_chinese_numerals_carries_to_the_next_day_of_its_paragraph():
    # re10 written in Chinese numerals (scripts/perturb_real_dates.py --forms)
    assert dates("二〇〇三年六月三十日经省政府批准成立、9月28日正式揭牌运营。", None) == [
        ("二〇〇三年六月三十日", "2003-06-30"), ("9月28日", "2003-09-28")]


def test_the_next_year_with_its_month():
    assert dates("该项目于2019年3月签约，同年5月开工，次年10月竣工投产。", None) == [
        ("2019年3月", "2019-03"), ("同年5月", "2019-05"), ("次年10月", "2020-10")]


def test_from_a_day_on_is_never_last_years():
    # `6月1日起施行` in a page of 20 May: the day a rule takes effect, this year's
    assert dates("6月1日起，新政策正式实施。") == [("6月1日", "2024-06-01")]
    assert dates("6月1日，新政策正式实施。") == [("6月1日", "2023-06-01")]  # a past day after the page's: last year's


def test_a_month_in_numerals_after_its_season():
    # rl17 (page 2023-08-07): `盛夏八月,一列載有165輛一汽整車的“長滿歐”中歐班列…緩緩啟程`; also 金秋十月, 阳春三月
    aug = PublicationDate("2023-08-07", "day", "web-page", False)
    assert dates("盛夏八月，一列中欧班列从长春启程。", aug) == [("盛夏八月", "2023-08")]
    assert dates("阳春三月，项目开工。", aug) == [("阳春三月", "2023-03")]
    assert dates("金秋十月，长春汽博会开幕。", None) == [("金秋十月", "--10")]
    # a numeral month alone is too often a name (三月三, 五月天), except where it opens a sentence with its
    # comma (rh02: `一月,奧迪在華首個純電動車型生產基地…預批量生產啟動`)
    assert dates("三月的长春，春意盎然。五月天乐队来长演出。", aug) == []
    assert dates("三月，项目开工。", aug) == [("三月", "2023-03")]
    assert dates("过去三个月捷报频传。一月，奥迪一汽新能源汽车有限公司预批量生产启动。", aug) == [("一月", "2023-01")]
    assert dates("他说，三月，项目开工。", aug) == []  # (inside a sentence it may be anything)


def test_a_year_word_before_a_month_and_day_in_numerals():
    # rh01 (traditional, no stated year): `據悉,今年十月一日新中國六十週年閱兵禮上,…將乘坐「一汽」生產的最新式轎車`
    assert dates("据悉，今年十月一日新中国六十周年阅兵礼上，国家主席将乘坐一汽生产的最新式轿车。", None) == [("今年十月一日", "--10-01")]
    assert dates("去年十二月，项目开工。") == [("去年十二月", "2023-12")]


def test_a_weekday_is_the_last_such_day_of_the_week_of_a_stated_publication_day():
    # rh04 (明報, 2022-06-30, a Thursday): `奧迪一汽新能源汽車項目周二晚在長春舉行奠基儀式` is 28 June
    thu = PublicationDate("2022-06-30", "day", "web-page", False)
    assert dates("奥迪一汽新能源汽车项目周二晚在长春举行奠基仪式。", thu) == [("周二", "2022-06-28")]
    assert dates("该公司星期四宣布扩产。", thu) == [("星期四", "2022-06-30")]
    # a weekday after the page's (next week's or last week's?), every week's, or with an inferred date: none
    assert dates("项目周六举行开工仪式。", thu) == []
    assert dates("每周二举行例会，上周二签约，下周二开工。", thu) == []
    assert dates("周一至周五开放。", thu) == []
    assert dates("项目周二举行开工仪式。", PublicationDate("2022", "year", "inferred", True)) == []


def test_the_writers_present_or_an_anniversary_ends_the_year_a_paragraph_carries():
    # an anniversary story: `1956年7月13日，…驶下装配线。7月15日，一汽举行纪念活动，庆祝…67周年` (the 15th is 67 years on)
    text = "1956年7月13日，新中国第一辆解放牌汽车驶下装配线。7月15日，一汽举行纪念活动，庆祝解放品牌诞生67周年。"
    assert dates(text, None) == [("1956年7月13日", "1956-07-13"), ("7月15日", "--07-15")]
    assert dates(text, PublicationDate("2023-07-20", "day", "web-page", False))[-1] == ("7月15日", "2023-07-15")
    # 如今 / 今年 / 目前 between: the writer's present, not the year told before
    assert dates("1999年，一汽大众在长春建成第一座工厂。如今，5月9日，新工厂投产。", None)[-1] == ("5月9日", "--05-09")
    assert dates("2019年，A项目签约。今年5月，B项目开工；6月9日，C项目投产。", None)[-1] == ("6月9日", "--06-09")
    assert dates("2003年6月30日，产业园揭牌。目前，产业园已聚集企业百余家，9月28日，三期项目开工。", PUB)[-1] == ("9月28日", "2023-09-28")
    # without them the story told goes on in its year (re10: `2003年6月30日…成立、9月28日…揭牌`)
    assert dates("2003年6月30日，产业园揭牌。9月28日，三期项目开工。", None)[-1] == ("9月28日", "2003-09-28")


# --- a notice's dates: a span of two full dates, dates with every separator lost after a date label ---

def _dates(text: str) -> list[tuple[str, str]]:
    return [(x.iso, x.kind) for x in find_date_expressions(text, None) if x.kind == "date"]


def test_a_span_of_two_full_dates_is_one_range():
    # rp21: `公示日期: 2025年7月20日-2025年7月25日`; rp17: `工期为2021年10月1日到2026年9月30日`
    assert _dates("公示日期: 2025年7月20日-2025年7月25日") == [("2025-07-20/2025-07-25", "date")]
    assert _dates("长春轨道交通1号线南延线工程工期为2021年10月1日到2026年9月30日。") == [("2021-10-01/2026-09-30", "date")]
    # constructed: across a new year, with 至
    assert _dates("展会于2023年12月28日至2024年1月5日举办。") == [("2023-12-28/2024-01-05", "date")]
    # a span that runs backwards is no span
    assert ("2024-01-05/2023-12-28", "date") not in _dates("2024年1月5日至2023年12月28日")


def test_a_date_label_followed_by_digits_without_separators_is_a_date():
    # rp20: `公示日期:2020121120201212` (20201211 and 20201212, every separator lost)
    assert _dates("公示日期:2020121120201212") == [("2020-12-11/2020-12-12", "date")]
    assert _dates("公示日期：20191015") == [("2019-10-15", "date")]
    # only after a date label, only whole runs of 8 or 16 digits that are real days
    assert _dates("项目编号:2020121120201212") == []
    assert _dates("公示日期:20201341") == []
    assert _dates("公示日期:202012111") == []


def test_a_year_whose_nian_was_lost_before_its_month():
    # rj13: `…重点扶持对象,20109月成功上市`; rp23: `预计20133月建成投产` (年 lost in conversion)
    assert _dates("被列入首批成都市培育大企业大集团名单的重点扶持对象,20109月成功上市") == [("2010-09", "date")]
    assert [x.iso for x in find_date_expressions("预计20133月建成投产", None)] == ["2013-03"]
    # constructed: a two-digit month
    assert _dates("该厂201912月正式投产。") == [("2019-12", "date")]
    # a longer number or one with its unit is no year: 120个月, 2013年3月 reads as written
    assert _dates("合同期限为120个月。") == []
    assert _dates("20131月") == [("2013-01", "date")] and _dates("1201913月") == []
    assert _dates("2013年3月建成") == [("2013-03", "date")]


def test_a_chinese_numeral_year_typed_with_the_digit_zero():
    # rp01: `二00七年三月一日,中国长春专用车产业基地授牌仪式…` (0, the digit, among Chinese numerals)
    assert _dates("二00七年三月一日,中国长春专用车产业基地授牌仪式举行") == [("2007-03-01", "date")]
    # constructed: 二0一九年五月
    assert _dates("二0一九年五月,项目开工。") == [("2019-05", "date")]
    # digits alone are digits: 2000年 reads as a year in digits, not as numerals
    assert _dates("2000年,项目开工。") == [("2000", "date")]


def test_a_span_of_two_full_dates_in_figures_and_a_labelled_date_in_figures():
    # rp21's and rp25's notices with their dates in figures (scripts/perturb_real_dates.py --forms)
    assert _dates("公示日期: 2025.7.20-2025.7.25") == [("2025-07-20/2025-07-25", "date")]
    assert _dates("工期为2021/10/1到2026/9/30。") == [("2021-10-01/2026-09-30", "date")]
    assert _dates("公示日期:2019.10.15") == [("2019-10-15", "date")]
    # a time of day after a colon stays no date
    assert _dates("时间:10.15") == []


def test_a_month_and_day_whose_characters_were_lost_before_a_time_of_day():
    # rk16: `…来源:长春高新区网站  419上午,《国务院国资委与省政府合作备忘录》签字…` (4月19日 with 月 and 日 lost)
    pub = PublicationDate("2012-04-25", "day", "web-page", False)
    assert [x.iso for x in find_date_expressions("共谋振兴大业。419上午,《国务院国资委与省政府合作备忘录》签字暨活动启动仪式举行", pub)
            if x.kind == "date"] == ["2012-04-19"]
    # constructed: 1112下午 is only 11月12日
    assert [x.iso for x in find_date_expressions("1112下午,项目签约。", pub) if x.kind == "date"] == ["2011-11-12"]
    # only where one split is a real day (111 is 1月11日 or 11月1日), at a clause's start, before a time of day
    assert [x for x in find_date_expressions("111上午,项目签约。", pub) if x.kind == "date"] == []
    assert [x for x in find_date_expressions("在419上午签约。", pub) if x.kind == "date"] == []
    assert [x for x in find_date_expressions("419人参加。", pub) if x.kind == "date"] == []


def test_a_span_of_two_full_dates_in_chinese_numerals():
    # rp21 and rp17 with their dates in Chinese numerals (scripts/perturb_real_dates.py --forms chinese-numerals)
    assert _dates("公示日期: 二〇二五年七月二十日-二〇二五年七月二十五日") == [("2025-07-20/2025-07-25", "date")]
    assert _dates("工程工期为二〇二一年十月一日到二〇二六年九月三十日。") == [("2021-10-01/2026-09-30", "date")]
    # a span that runs backwards is two dates, no span
    assert ("2026-09-30/2021-10-01", "date") not in _dates("二〇二六年九月三十日到二〇二一年十月一日")


def test_a_bare_day_after_a_bylines_colon_is_the_datelines_month():
    # rr01 (长春日报): `长春日报3月30日讯 (记者 …):27日晚,玲珑轮胎(601966)发布公告`; the colon after the
    # byline's bracket opens the text like a space does (a time of day, 10:27, stays no day)
    for text in ("长春日报3月30日讯 (记者杨洪伦):27日晚,玲珑轮胎发布公告。", "本报3月30日讯（记者 王五）：27日，项目开工。"):
        assert [(m.expression, m.iso) for m in find_date_expressions(text, None, None, None, (3, 30))][-1] == ("27日", "--03-27")
    assert [m.expression for m in find_date_expressions("会议于10:27日程另行通知。", None)] == []


def test_a_year_in_chinese_numerals_reads_in_every_form_a_year_in_digits_does():
    # perturb_real_dates.py: the tuning pages with their years written 二〇二四年 lost 48 of 342 events
    assert dates("计划于二〇二四年底投产") == [("二〇二四年底", "2024-12")]
    assert dates("该项目从二〇〇九年下半年启动后，进展十分顺利") == [("二〇〇九年下半年", "2009-H2")]
    assert dates("预计在二〇二四年第4季度批量生产") == [("二〇二四年第4季度", "2024-Q4")]
    assert dates("到二〇二五年，生物医药产业规模突破1000亿元") == [("二〇二五年", "2025")]
    assert dates("二〇二三年，长春新区高标准建设人才创新港") == [("二〇二三年", "2023")]
    assert dates("一九五三年七月十五日，第一汽车制造厂奠基") == [("一九五三年七月十五日", "1953-07-15")]
    # not a year: a count, a number of a name, a year in numerals that is no 19xx/20xx
    assert dates("全市共有一二三四家企业") == []
    assert dates("第十二〇二团") == []


def test_since_next_year_is_no_period():
    # hypothesis (tests/test_properties.py) found `明年以来` read as 1991-01/1990-06-30, a period running backwards
    assert [m for m in find_date_expressions("明年以来", PUB) if m.kind == "period"] == []
