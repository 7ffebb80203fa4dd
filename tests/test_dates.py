"""Date expressions: one case a form, from real sentences of the seeds and hard hand-made ones."""
from __future__ import annotations

import pytest

from atlas.extract.dates import find_date_expressions
from atlas.records import PublicationDate

PUB_DAY = PublicationDate("2024-03-10", "day", "dateline", False)
PUB_INFERRED = PublicationDate("2024", "year", "inferred", True)
PUB_OCT = PublicationDate("2022-10-13", "day", "trailer", False)


def dates(text, pub=PUB_DAY):
    return [(m.expression, m.iso, m.precision, m.kind) for m in find_date_expressions(text, pub)]


def only(text, pub=PUB_DAY):
    found = [m for m in find_date_expressions(text, pub) if m.kind != "vague"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, expression, iso, precision",
    [
        ("2023年1月13日，省政府印发了《意见》", "2023年1月13日", "2023-01-13", "day"),
        ("2023年3月，长春市委、市政府联合印发", "2023年3月", "2023-03", "month"),
        ("2023年下半年，结合全省产业布局调整", "2023年下半年", "2023-H2", "half"),
        ("2023年第三季度，全市", "2023年第三季度", "2023-Q3", "quarter"),
        ("2023年，长春市启动工业企业数字化转型", "2023年", "2023", "year"),
        ("２０２３年１１月２１日，奥迪一汽", "２０２３年１１月２１日", "2023-11-21", "day"),
    ],
)
def test_explicit_dates_at_their_precision(text, expression, iso, precision):
    m = only(text)
    assert (m.expression, m.iso, m.precision, m.certain, m.relative) == (expression, iso, precision, True, False)


def test_this_year_month_takes_the_publication_year():
    m = only("今年6月，长春再次吸引世界的目光")
    assert (m.iso, m.relative, m.certain) == ("2024-06", True, True)


def test_month_day_without_year_takes_the_publication_year():
    assert only("2月26日，合资动力电池项目开工", PUB_OCT).iso == "2022-02-26"


def test_month_alone_takes_the_publication_year():
    assert only("11月，应用试验线正式上线", PublicationDate("2024-12-01", "day", "dateline", False)).iso == "2024-11"


def test_month_day_after_publication_rolls_back_a_year():
    assert only("11月5日，项目开工", PUB_OCT).iso == "2021-11-05"


def test_month_day_after_publication_with_plan_word_stays():
    m = only("项目计划11月5日开工", PUB_OCT)
    assert (m.iso, m.plan) == ("2022-11-05", True)


def test_inferred_publication_year_makes_dates_uncertain():
    m = only("7月16日，中国一汽第6000万辆汽车下线", PUB_INFERRED)
    assert (m.iso, m.certain) == ("2024-07-16", False)


def test_no_publication_date_invents_no_year():
    m = only("7月16日，中国一汽第6000万辆汽车下线", None)
    assert (m.iso, m.certain) == ("--07-16", False)


def test_day_range_end_inherits_the_month():
    m = only("6月18日至20日，光博会成功举办", PublicationDate("2024-07-01", "day", "dateline", False))
    assert (m.iso, m.precision) == ("2024-06-18/2024-06-20", "range")


def test_month_list_is_a_range():
    m = only("7、8月，规上工业增速连续两个月居首位", PUB_OCT)
    assert (m.iso, m.precision, m.kind) == ("2022-07/2022-08", "range", "date")


def test_statistical_period_from_january_is_a_period():
    m = only("2025年1月至11月，全市规上工业增加值增长")
    assert (m.iso, m.kind) == ("2025-01/2025-11", "period")
    m = only("今年1至10月，全市产销整车122.9万辆", PUB_INFERRED)
    assert (m.iso, m.kind) == ("2024-01/2024-10", "period")


def test_first_three_quarters_is_a_period():
    m = only("前三季度，长春市规模以上工业增加值增长4%", PUB_INFERRED)
    assert (m.iso, m.kind) == ("2024-Q1/2024-Q3", "period")


def test_since_start_of_year_is_capped_at_publication():
    m = only("年初以来，长春市工信局全面贯彻")
    assert (m.iso, m.kind) == ("2024-01/2024-03-10", "period")


def test_new_year_is_the_publication_year_or_the_next_in_december():
    assert only("新的一年，再立新功。").iso == "2024"
    assert only("新的一年，再立新功。", PublicationDate("2025-12-20", "day", "dateline", False)).iso == "2026"


@pytest.mark.parametrize("text, iso", [("展望“十五五”，长春将持续", "2026/2030"), ("“十四五”期间，长春", "2021/2025")])
def test_five_year_plans(text, iso):
    assert only(text).iso == iso


@pytest.mark.parametrize("word", ["如今", "目前", "不久前", "眼下", "隆冬时节"])
def test_vague_words_get_no_date(word):
    found = find_date_expressions(f"{word}，长春成为唯一城市", PUB_DAY)
    assert [(m.kind, m.iso) for m in found] == [("vague", "")]


def test_year_glued_to_a_name_is_a_name():
    m = only("2024长春国际光电博览会在这里成功举办")
    assert (m.iso, m.kind) == ("2024", "name")


def test_counts_are_not_years():
    assert dates("2000余家企业参展，5000万元以上项目400个") == []


@pytest.mark.parametrize(
    "text",
    ["到2025年，中国一汽将累计投放", "这些车辆计划于2025年投入使用", "预计在2025年具备生产能力", "并将在2025年前实现全覆盖", "在2025年，长春将持续抓实"],
)
def test_plans(text):
    assert only(text, PUB_INFERRED).plan


def test_object_marker_is_not_a_plan():
    assert not only("2023年下半年，结合全省产业布局调整，将“四新”产业拓展为完整体系").plan


def test_as_of_is_not_a_plan():
    assert not only("截至2023年底，全市已有企业660户", PUB_DAY).plan


def test_by_a_past_year_is_an_achievement_not_a_plan():
    assert not only("到2023年，累计建成5G基站1万个", PUB_DAY).plan
    assert only("到2025年，累计建成5G基站2万个", PUB_DAY).plan


def test_yesterday_and_last_month_need_a_precise_publication_date():
    assert only("昨日，项目正式开工").iso == "2024-03-09"
    assert only("上月，项目正式开工", PublicationDate("2024-01-05", "day", "dateline", False)).iso == "2023-12"
    found = find_date_expressions("昨日，项目正式开工", PUB_INFERRED)
    assert [(m.expression, m.kind, m.iso) for m in found] == [("昨日", "vague", "")]


def test_since_an_explicit_year_runs_to_publication():
    m = only("2020年以来，全市累计引进项目300个")
    assert (m.iso, m.kind) == ("2020/2024", "period")


def test_nfkc_leaves_ascii_and_cjk_ideographs_alone():
    """The premise of folding only the other characters (atlas/extract/dates.py `_fold`)."""
    import unicodedata

    chars = [chr(c) for c in [*range(0x80), *range(0x4E00, 0xA000)]]
    assert [c for c in chars if unicodedata.normalize("NFKC", c) != c] == []


def test_full_width_forms_are_found_at_their_own_offsets():
    [m] = [m for m in find_date_expressions("据悉，（２０２３年１１月）ﬁ投产", PUB_DAY) if m.kind == "date"]
    assert (m.start, m.expression, m.iso) == (4, "２０２３年１１月", "2023-11")


def test_a_year_less_day_after_a_full_date_of_an_earlier_year_keeps_that_year():
    # re10 (traditional; year inferred 2010): `是2003年6月30日經省政府批准成立、9月28日正式揭牌運營的省級開發區`
    text = "长春绿园经济开发区是2003年6月30日经省政府批准成立、9月28日正式揭牌运营的省级开发区。"
    for pub in (PublicationDate("2010", "year", "inferred", True, (), "2010"), PublicationDate("2010-10-08", "day", "web-page", False)):
        isos = [m.iso for m in find_date_expressions(text, pub)]
        assert isos == ["2003-06-30", "2003-09-28"], pub
    # a month-day earlier in the year than the full date does not follow it back; a plan stays the page's
    later = find_date_expressions("2023年12月，项目签约。3月，项目开工建设。", PublicationDate("2024-05-10", "day", "web-page", False))
    assert [m.iso for m in later] == ["2023-12", "2024-03"]
    # the full date of the page's own year changes nothing
    same = find_date_expressions("2024年3月，项目签约。9月，项目开工。", PublicationDate("2024-05-10", "day", "web-page", False))
    assert [m.iso for m in same] == ["2024-03", "2023-09"]


def _isos(text, pub=None, **kw):
    return [(m.expression, m.iso) for m in find_date_expressions(text, pub, **kw) if m.kind == "date"]


def test_the_same_year_is_the_year_told_before_it():
    pub = PublicationDate("2024-05-10", "day", "web-page", False)
    # rf10 (traditional): `2014年,…“吉林一號”衛星工程正式批準立項,同年長光衛星公司成立`
    assert _isos("2014年，在我省统筹推动下，“吉林一号”卫星工程正式批准立项，同年长光卫星公司成立。", pub) == [
        ("2014年", "2014"), ("同年", "2014")]
    # 当年7月 after 1953年 is 1953's July, never the page's
    assert _isos("1953年，一汽奠基，当年7月开工建设。", pub) == [("1953年", "1953"), ("当年7月", "1953-07")]
    assert _isos("去年5月，项目签约；同年10月，项目开工。", pub) == [("去年5月", "2023-05"), ("同年10月", "2023-10")]
    # told in an earlier paragraph
    (earlier,) = find_date_expressions("1953年7月15日，一汽奠基。", pub)
    assert _isos("同年10月，厂房开工建设。", pub, earlier_year=earlier) == [("同年10月", "1953-10")]
    # with no year told before, it names none; a bare 当年 (back then) is no date
    assert _isos("同年10月，厂房开工建设。", pub) == []
    assert _isos("当年，这颗卫星是个“大块头”。", pub) == []


def test_a_year_opening_a_clause_gives_its_year_to_the_months_after_it():
    pub = PublicationDate("2024-05-10", "day", "web-page", False)
    assert _isos("2022年，项目签约；6月，项目开工。", pub) == [("2022年", "2022"), ("6月", "2022-06")]
    assert _isos("2022年，项目签约；6月，项目开工。") == [("2022年", "2022"), ("6月", "2022-06")]
    # a year inside a clause qualifies what follows it, not the story
    assert _isos("项目列入2022年重点项目；6月，项目开工。", pub) == [("2022年", "2022"), ("6月", "2023-06")]


def test_a_year_before_a_word_starting_with_zhong_or_chu_is_no_mid_or_early_year():
    pub = PublicationDate("2021-05-10", "day", "web-page", False)
    # rd13: `…项目”是2020年中央预算内投资补助项目`; rg12: `获批2018年中央基建投资专项资金603万元`
    assert _isos("该项目是2020年中央预算内投资补助项目。", pub) == [("2020年", "2020")]
    assert _isos("协同创新综合平台获批2018年中央基建投资专项资金603万元。", pub) == [("2018年", "2018")]
    assert _isos("2019年初步建成了产业链。", pub) == [("2019年", "2019")]
    assert _isos("2020年中，项目复工。", pub) == [("2020年中", "2020")]
    assert _isos("2020年初，项目复工。", pub) == [("2020年初", "2020")]


def test_the_first_months_of_a_year_are_a_statistical_period():
    # rf15 (dated 2024-11): `今年前十个月,该产业规模已达92…`
    (m,) = find_date_expressions("今年前十个月，该产业规模已达921亿元。", PublicationDate("2024-11-20", "day", "web-page", False))
    assert (m.expression, m.iso, m.kind, m.plan) == ("今年前十个月", "2024-01/2024-10", "period", False)
    (m,) = find_date_expressions("2023年前5个月，全市新签约项目100个。", PublicationDate("2024-11-20", "day", "web-page", False))
    assert (m.iso, m.kind, m.plan) == ("2023-01/2023-05", "period", False)


def test_a_range_of_bare_days_is_one_range_in_the_publication_month():
    pub = PublicationDate("2024-05-10", "day", "web-page", False)
    assert _isos("3日至5日，长春国际汽车博览会举行。", pub) == [("3日至5日", "2024-05-03/2024-05-05")]
    assert _isos("3日至5日，长春国际汽车博览会举行。") == [("3日至5日", "---03/---05")]  # no month known


def test_a_plan_word_of_the_next_clause_makes_no_plan_of_a_past_date():
    pub = PublicationDate("2024-05-10", "day", "web-page", False)
    found = find_date_expressions("据悉，该项目2024年3月开工，预计2025年6月竣工。", pub)
    assert [(m.iso, m.plan) for m in found] == [("2024-03", False), ("2025-06", True)]
    # a date after the publication stays a plan (在2025年，长春将…)
    (m,) = find_date_expressions("在2025年，长春将建成千亿级产业集群。", pub)
    assert m.plan


def test_same_age_is_no_same_year():
    pub = PublicationDate("2024-05-10", "day", "web-page", False)
    assert _isos("2019年，公司招收了一批同年龄段的技术工人。", pub) == [("2019年", "2019")]


def test_a_yearly_date_is_no_date():
    pub = PublicationDate("2024-05-10", "day", "web-page", False)
    assert _isos("每年的6月18日，长春举办光电博览会。", pub) == []
    assert _isos("每年6月，长春举办光电博览会。", pub) == []


def test_a_month_range_may_end_in_a_later_year_it_writes():
    # `2023年5月至2024年3月，项目完成建设`: one span, not the end month alone planned
    pub = PublicationDate("2024-06-15", "day", "web-page", False)
    (m,) = [x for x in find_date_expressions("2023年5月至2024年3月，项目完成建设。", pub) if x.kind == "date"]
    assert (m.iso, m.precision, m.plan) == ("2023-05/2024-03", "range", False)
    assert [x.iso for x in find_date_expressions("2024年5月至2023年3月", pub) if x.precision == "range"] == []


def test_a_months_start_or_end_with_no_month_named_is_the_publication_months():
    pub = PublicationDate("2023-06-15", "day", "web-page", False)
    (m,) = find_date_expressions("月底前，项目将完成设备安装。", pub)
    assert (m.iso, m.precision, m.plan) == ("2023-06", "month", True)
    (m,) = find_date_expressions("项目于月初正式开工。", pub)
    assert (m.iso, m.plan) == ("2023-06", False)
    # not a word that holds 月初 (蜜月初期), nor a month's end every month or after a count
    assert [x.iso for x in find_date_expressions("双方进入蜜月初期。每月月底结算，3个月底薪。", pub) if x.iso] == []
    # a plan word makes a plan of this month too
    (m,) = find_date_expressions("本月中旬，项目将正式投产。", pub)
    assert (m.iso, m.plan) == ("2023-06", True)


def test_a_year_that_opens_a_sentence_of_figures_gives_no_year_to_the_next_day():
    # a page stating no date: `2023年，…同比增长8%` reports on a year (often the last one); the
    # `5月9日` told after it keeps an unknown year; a year that opens a story still gives it
    found = find_date_expressions("2023年，全市实现工业产值5000亿元，同比增长8%。5月9日，项目开工。", None)
    assert [x.iso for x in found if x.expression == "5月9日"] == ["--05-09"]
    found = find_date_expressions("2022年，项目签约；6月，主体封顶。", None)
    assert [x.iso for x in found if x.expression == "6月"] == ["2022-06"]
    # a year of targets is a plan's year, whose months follow it (other places' news, s45)
    found = find_date_expressions("2021年，沈阳确定了“固定资产投资增长10%以上”的年度目标任务。其中，力争3月底完成招投标工作。", None)
    assert [x.iso for x in found if x.expression == "3月底"] == ["2021-03"]


def test_the_next_month_is_the_month_after_the_one_told():
    pub = PublicationDate("2023-06-15", "day", "web-page", False)
    found = find_date_expressions("项目于2021年12月签约，次月开工。", pub)
    assert [(x.expression, x.iso) for x in found] == [("2021年12月", "2021-12"), ("次月", "2022-01")]
    found = find_date_expressions("2022年1月签约，次月15日开工。", pub)
    assert [x.iso for x in found] == ["2022-01", "2022-02-15"]
    # with no month told before it, no date
    assert [x.iso for x in find_date_expressions("次月，项目开工。", pub) if x.iso] == []


def test_days_after_the_day_told_count_from_it():
    pub = PublicationDate("2023-06-15", "day", "web-page", False)
    found = find_date_expressions("5月30日签约，三天后，项目开工。", pub)
    assert [(x.expression, x.iso) for x in found] == [("5月30日", "2023-05-30"), ("三天后", "2023-06-02")]
    # with no day told before it, or inside a clause (签约30天后开工: a duration), no date
    assert [x.iso for x in find_date_expressions("3天后，项目开工。", pub) if x.iso] == []
    assert [x.expression for x in find_date_expressions("5月10日签约，签约30天后开工。", pub)] == ["5月10日"]


def test_a_planned_count_of_years_counts_from_the_planned_year_before_it():
    # ry03 (tuning page): `…新城建设也将在2010年开始,8年后兴隆山老镇将成新城。` on a page of 2009: eight years after the
    # planned start, 2018 (not after the 2009 the sentence before reports)
    pub = PublicationDate("2009-12-24", "day", "web-page", False)
    text = "在2009年经开区各项数据都增长二成的基础上,综合保税区已报送国务院。同时,新城建设也将在2010年开始,8年后兴隆山老镇将成新城。"
    found = {x.expression: x.iso for x in find_date_expressions(text, pub)}
    assert found["8年后"] == "2018"
    # a count told as done still counts from the last year told as done
    found = {x.expression: x.iso for x in find_date_expressions("1961年，厂房建成。两年后，工厂投产。", pub)}
    assert found["两年后"] == "1963"


def test_the_sixth_to_ninth_five_year_plans_in_quotes():
    # rz02 (tuning page): `从"八·五"开始,长春橡胶制品厂进行了两次大的技术改造` (the eighth plan, 1991–1995)
    pub = PublicationDate("2001-05-01", "day", "web-page", False)
    found = [(x.expression, x.iso) for x in find_date_expressions('从"八·五"开始,长春橡胶制品厂进行了两次大的技术改造。', pub)]
    assert found == [('"八·五"', "1991/1995")]
    assert [x.iso for x in find_date_expressions("“九五”期间，工厂完成改造。", pub)] == ["1996/2000"]
    # a bare 八五 is no plan (八五折, 八五成新)
    assert find_date_expressions("商品八五折出售。", pub) == []


def test_days_before_the_day_told_count_back_from_it():
    # rx02 (tuning page): `2018年7月18日，长春长生被…罚款344万余元…。而在此3天前，该企业…遭国家药品监督管理局通报。`
    pub = PublicationDate("2018-08-01", "day", "web-page", False)
    text = "2018年7月18日，长春长生被吉林省食品药品监督管理局罚款344万余元。而在此3天前，该企业遭国家药品监督管理局通报。"
    assert [(x.expression, x.iso) for x in find_date_expressions(text, pub) if x.iso] == [
        ("2018年7月18日", "2018-07-18"), ("此3天前", "2018-07-15")]
    # without 此 the count has no day told to go back from (`3天前` may count from the publication): no such date
    assert [x.iso for x in find_date_expressions("2018年7月18日，公司被罚款。3天前，该企业遭通报。", pub) if x.iso] == ["2018-07-18"]
    # with no day told before it, no date
    assert [x.iso for x in find_date_expressions("而在此3天前，该企业遭通报。", pub) if x.iso] == []


def test_a_month_range_with_only_its_end_year_takes_the_start_year_from_it():
    # `5月至2024年3月` names the May before that March (2023), whatever year the page was published in;
    # `3月至2024年10月` the March of 2024. Neither start year comes from the publication date.
    for pub in (PublicationDate("2024-06-15", "day", "web-page", False), PublicationDate("1990-06-30", "day", "front-matter", False)):
        (m,) = [x for x in find_date_expressions("5月至2024年3月，项目完成建设。", pub) if x.precision == "range"]
        assert (m.iso, m.relative) == ("2023-05/2024-03", False)
        (m,) = [x for x in find_date_expressions("3月至2024年10月，项目完成建设。", pub) if x.precision == "range"]
        assert (m.iso, m.relative) == ("2024-03/2024-10", False)
    # a bare number before a written month is no range (found by hypothesis: `1至2000年1月`)
    assert [x.iso for x in find_date_expressions("1至2000年1月", PUB_DAY) if x.precision == "range"] == []
