"""Event finding on real web pages (issue 17, the date/event side): each rule with a sentence of
the real-article corpus's tuning half (tests/fixtures/real_articles/, the page named in a comment),
as the matchable copy gives it (traditional pages through `simplified`)."""
from __future__ import annotations

from pathlib import Path

from atlas.extract.dates import find_date_expressions
from atlas.extract.events import extract_events, load_event_words
from atlas.read.simplify import simplified
from atlas.records import Article, Block, BlockKind, PublicationDate
from atlas.text import display_text

ROOT = Path(__file__).resolve().parent.parent
WORDS = load_event_words(ROOT, [])


def day(iso: str) -> PublicationDate:
    return PublicationDate(iso, "day", "web-page", False)


def article(*paragraphs: str, pub: PublicationDate | None = None) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, (i + 1,), f"p{i + 1}") for i, t in enumerate(paragraphs))
    return Article("seeds/x.txt", "x", "x", "t", date=pub, blocks=blocks)


def events(*paragraphs: str, pub: PublicationDate | None = None):
    return extract_events(article(*paragraphs, pub=pub), WORDS)


def dated(*paragraphs: str, pub: PublicationDate | None = None) -> list[tuple[str, str]]:
    """(date, the clause's first characters) of every event, in order."""
    return [(e.date, e.sources[0].text[:8]) for e in events(*paragraphs, pub=pub)]


# --- milestones: a dated clause that names a first (第一辆, 首批) or a resultative verb (研制出) ---

def test_a_first_of_its_kind_is_a_milestone():
    # ra07 (traditional): `1956年7月13日,第一輛國產解放牌汽車駛下裝配線`
    assert ("1956-07-13", "1956年7月1") in dated(simplified("1956年7月13日,第一輛國產解放牌汽車駛下裝配線,結束了新中國不能制造汽車的歷史。"))
    # ra13: `1959年,中車長客生產出第一輛鐵路客車;1967年,獨立自主研制出新中國第一列地鐵列車`
    found = dated(simplified("中車長客前身是長春客車廠,始建于1954年。1959年,中車長客生產出第一輛鐵路客車;1967年,獨立自主研制出新中國第一列地鐵列車。"))
    assert [d for d, _ in found] == ["1954", "1959", "1967"]
    # ra09: `其生產的第一批解放牌汽車還參加了 1956 年的國慶閱兵式` (digits with spaces)
    (e,) = events(simplified(display_text("其生產的第一批解放牌汽車還參加了 1956 年的國慶閱兵式。")))
    assert e.date == "1956"
    # rb18: `這家企業于1998年研制出中國第一支重組人生長激素粉針劑`
    (e,) = events(simplified("這家企業于1998年研制出中國第一支重組人生長激素粉針劑。"))
    assert e.date == "1998"


def test_a_first_is_no_milestone_without_a_date_and_a_statistic_stays_one():
    assert events("中车长客生产出第一辆铁路客车。") == []
    assert events("2023年，第一批企业产值同比增长12%。", pub=day("2024-01-05")) == []


def test_verbs_of_real_pages():
    # rb25: `28日,九州通·长春医药健康产业园正式落成`; ra09: `2013 年 5 月,其早期建筑被公布為全國重點文物保護單位`
    assert dated("长春日报讯 记者 陈璟 28日，九州通·长春医药健康产业园正式落成。", pub=day("2017-06-29")) == [("2017-06-28", "长春日报讯 记者")]
    (e,) = events(simplified(display_text("2013 年 5 月,其早期建筑被公布為全國重點文物保護單位。")))
    assert e.date == "2013-05"
    # ra09: `2022 年成為國家工業旅游示范基地`
    (e,) = events(simplified(display_text("此外,它還入選了第一批中國歷史文化街區和中國工業遺產保護名錄,2022 年成為國家工業旅游示范基地。")))
    assert e.date == "2022"
    # ra08: `1956年7月14日,人民日報頭版刊發報道《解放牌汽車試制出來》`
    (e,) = events("1956年7月14日，人民日报头版刊发报道《解放牌汽车试制出来》。")
    assert e.date == "1956-07-14"


# --- a specific day that opens a sentence reports what happened that day ---

def test_a_day_opening_a_sentence_is_a_happening():
    # ra27: a scene (`6月4日,吉林申大建筑材料有限公司总经理办公室里氛围火热`) after a quote
    found = dated("“这笔资金对于我们复工复产真是雪中送炭！”6月4日，吉林申大建筑材料有限公司总经理办公室里氛围火热。",
                  pub=day("2020-06-12"))
    assert found == [("2020-06-04", "6月4日，吉林申")]
    # ra26: a time of day before the comma
    (e,) = events("10月17日下午2点左右，长春市政务服务中心大厅右侧的电子屏幕上正实时滚动显示当日群众所办理事项。",
                  pub=day("2018-10-19"))
    assert e.date == "2018-10-17"
    # ra30: a list dash before it, no year anywhere: the year stays unknown
    (e,) = events("- 25日，中国北车集团透露，旗下长客股份公司已经与重庆市轨道交通（集团）有限公司签订了车辆销售合同。")
    assert e.date == "---25"
    # rb11: `6月23日,总投资15亿元的卓谊生物医药产业园项目落位长春新区`
    (e,) = events("长春新区招商引资再传捷报。6月23日，总投资15亿元的卓谊生物医药产业园项目落位长春新区。", pub=day("2020-06-25"))
    assert e.date == "2020-06-23"


def test_a_month_with_its_year_opening_a_sentence_is_a_happening():
    # rb25: `2016年5月,九州通医药集团总部在长春新区投资4亿元,建设省内最大的现代化医药物流中心`
    (e,) = events("2016年5月，九州通医药集团总部在长春新区投资4亿元，建设省内最大的现代化医药物流中心。", pub=day("2017-06-29"))
    assert e.date == "2016-05"


def test_an_opening_day_that_only_reports_figures_is_no_happening():
    assert events("5月，全市规上工业增加值同比增长8.1%。", pub=day("2024-06-20")) == []
    assert events("1至5月，全市产销整车50万辆。", pub=day("2024-06-20")) == []
    assert events("6月4日，全市累计完成投资120亿元，同比增长9%。", pub=day("2024-06-20")) == []


# --- plans: a year at or after publication whose clause says what is to be done ---

def test_a_year_whose_clause_holds_a_plan_word_is_a_plan():
    # rb05 (dated 2024-06-19): `2025年该市光电信息产业产值力争达到1000亿元`
    found = events("2023年，长春光电信息产业产值为750亿元，同比增长10.6%。长春市副市长黄宪昱表示，2025年该市光电信息产业产值力争达到1000亿元，光电企业达到1000户以上。",
                   pub=day("2024-06-19"))
    assert [(e.date, e.plan) for e in found] == [("2025", True)]
    # ra25 (dated 2023-01-09): `2023年,新能源汽车本地配套率要达到70%左右`, `2023年,该市要把…`
    (e,) = events("当地官方提出，2023年，新能源汽车本地配套率要达到70%左右。", pub=day("2023-01-09"))
    assert (e.date, e.plan) == ("2023", True)
    (e,) = events("王子联表示，2023年，该市要把发展经济的着力点放在实体经济上，推动主导优势产业集群发展。", pub=day("2023-01-09"))
    assert (e.date, e.plan) == ("2023", True)


def test_this_year_with_a_plan_in_its_clause_schedules():
    # ra10 (dated 2013-09-13): `今年,這些工業園區計劃還將有一批大項目動工建設`
    (e,) = events(simplified("今年,這些工業園區計劃還將有一批大項目動工建設。"), pub=day("2013-09-13"))
    assert (e.date, e.plan) == ("2013", True)
    # rb16 (dated 2022-07-28): the day's clause ends where `今年，` opens the next one
    found = dated("7月28日，长春新区各个项目地正在全速施工，今年，长春新区全年计划，实施5000万元以上项目151个，总投资1560.53亿元。",
                  pub=day("2022-07-28"))
    assert found == [("2022-07-28", "7月28日，长春"), ("2022", "今年，长春新区全")]


def test_this_year_heading_a_sentence_dates_what_it_tells_as_done():
    # re01 (dated 2008-07-18): `今年,绿园区项目建设进展迅速,…其中…已经破土动工`: 今年 set off at the head of
    # the sentence dates its happening as a written year there would
    text = "今年,绿园区项目建设进展迅速,新建投资3000万元以上项目160个,亿元以上项目16个,其中投资达到40亿元的长客轨道园高速列车制造基地实验中心已经破土动工。"
    (e,) = events(text, pub=day("2008-07-18"))
    assert (e.date, e.plan, e.action) == ("2008", False, "破土")
    # re01's lead: what is done as a rule is no happening of the year
    assert events("今年,绿园区充分发挥地缘优势,围绕长春汽车产业开发区、长客股份开展项目建设,通过人性化的服务吸引项目落户。",
                  pub=day("2008-07-18")) == []
    # glued to what follows, 今年 still sums up (今年工作任务): no event without a plan
    assert events("今年工作任务已经完成。", pub=day("2008-07-18")) == []


def test_past_years_and_needs_are_no_plans():
    assert events("2016年，长春市重要项目主要集中在新区。", pub=day("2023-01-09")) == []
    assert events("今年，长春围绕集群建设已谋划项目2717个，需要推动项目开工。", pub=day("2023-01-09")) == []
    (e,) = events("2019年，长春新区启动建设，将打造生物医药产业集群。", pub=day("2023-01-09"))
    assert (e.date, e.plan) == ("2019", False)


# --- a year that opens a clause is no year glued to a name ---

def test_a_year_opening_a_clause_is_not_glued_to_the_word_before():
    # rb18: `僅2023年,金賽藥業注射用金納單抗臨床試驗申請…先後獲批`
    (e,) = events(simplified("僅2023年,金賽藥業注射用金納單抗臨床試驗申請和外用人粒細胞巨噬細胞刺激因子凝膠補充申請先後獲批。"),
                  pub=day("2024-01-19"))
    assert e.date == "2023"


# --- year-end, and dates written with 的 and spaces ---

def test_a_years_end_is_its_december():
    # rb25: `预计到2018年年底可实现销售收入16亿元`
    (e,) = events("长春医药健康产业园预计到2018年年底可实现销售收入16亿元。", pub=day("2017-06-29"))
    assert (e.date, e.precision, e.plan) == ("2018-12", "month", True)
    assert [m.iso for m in find_date_expressions("截至2016年底，全区集聚各类医药企业200多户", None)] == ["2016-12"]


def test_a_year_then_de_then_a_day():
    # rb09: `将时间拉回到 2015 年的 10 月 7 日 12 时 13 分。我国第一颗…卫星…发射成功`
    text = display_text("将时间拉回到 2015 年的 10 月 7 日 12 时 13 分。我国第一颗自主研发的商用高分辨率遥感卫星“吉林一号”在酒泉卫星发射中心发射成功。")
    (m,) = [x for x in find_date_expressions(text, None) if x.kind == "date"]
    assert m.iso == "2015-10-07"
    (e,) = events(text)
    assert e.date == "2015-10-07" and "发射" in e.sources[0].text


# --- anchored relative dates ---

def test_that_day_takes_the_day_told_before():
    # ra01 (dated 2023-02-21): 21日 in one paragraph, 当天 in the next two
    found = dated("吉林省汽车产业集群“上台阶”工程项目开工活动，21日在长春举行。",
                  "当天，吉林省39个汽车产业集群“上台阶”工程重点项目集中开工，总投资约440亿元。",
                  "总投资约70亿元的长春国际汽车城创意汽车研发产业园项目，是当天开工的重点项目之一。", pub=day("2023-02-21"))
    assert [d for d, _ in found] == ["2023-02-21"] * 3
    # ra08 (no publication date): `也是在那天,首批12輛國產“解放”牌汽車開上了長春街頭`
    found = dated(simplified("1956年7月14日,人民日報頭版刊發報道《解放牌汽車試制出來》。也是在那天,首批12輛國產“解放”牌汽車開上了長春街頭。"))
    assert [d for d, _ in found] == ["1956-07-14", "1956-07-14"]


def test_that_day_without_a_day_before_it_dates_nothing():
    assert events("当天，吉林省39个重点项目集中开工。", pub=day("2023-02-21")) == []
    (m,) = [x for x in find_date_expressions("当天，项目集中开工。", None) if x.expression == "当天"]
    assert m.kind == "vague"


def test_years_ago_count_back_from_the_publication_year():
    # ra27 (dated 2020-06-12): `一年前,市委会机关的助企干部第一次来到这里的时候`
    (e,) = events("一年前，市委会机关的助企干部第一次来到这里的时候，可是坐了一个多小时的“冷板凳”。", pub=day("2020-06-12"))
    assert (e.date, e.certain) == ("2019", True)
    assert events("一年前，市委会机关的助企干部第一次来到这里。") == []  # no publication year: no date
    # 2025年前 is a plan's deadline, never `25年前`
    assert [m.expression for m in find_date_expressions("力争2025年前建成投产", day("2023-01-09")) if m.kind == "date"] == ["2025年"]


def test_this_years_end_after_an_older_date_keeps_its_year_unknown():
    # rb12 (no publication date): `项目于2021年3月开工建设…今年年底投产后` says nothing of this year
    found = dated("金赛药业国际医药产业园项目于2021年3月开工建设，目前已进入内部装修阶段。今年年底投产后，将大幅提高生产能力。")
    assert found == [("2021-03", "金赛药业国际医药"), ("--12", "今年年底投产后，")]
    # a bare month-day after a full date still takes its year (`2022年2月26日，…；5月31日，…`)
    found = dated("2022年2月26日，项目开工；5月31日，项目竣工。")
    assert [d for d, _ in found] == ["2022-02-26", "2022-05-31"]


def test_a_day_its_own_words_define_is_no_anaphor():
    # seeds 003: `从“长春亲清政企关系”微信服务群成立的那天起，…`
    assert events("2022年8月10日，会议召开。", "从“长春亲清政企关系”微信服务群成立的那天起，企业提出的问题第一时间接收并协调解决。",
                  pub=day("2022-08-12"))[1:] == []


def test_a_span_of_years_dates_no_first():
    # ra13: `站在“十四五”收官、“十五五”开局的历史节点，这一诞生了新中国第一列地铁…的老国企`
    assert events("站在“十四五”收官、“十五五”开局的历史节点，这一诞生了新中国第一列地铁、第一组动车组的老国企，正奋力向战新产业延伸。") == []


def test_a_bare_day_takes_the_month_told_before_it():
    # rb24 (no stated publication date): the dateline's month is the bare day's
    (e,) = events("中新社长春7月28日电 （周密 吴迪）28日，总投资260亿元人民币的东北亚国际医药港在吉林省长春市开工。")
    assert e.date == "--07-28"
    found = dated("2022年2月26日，项目开工；28日，项目签约。")
    assert [d for d, _ in found] == ["2022-02-26", "2022-02-28"]
    assert dated("2月26日，项目开工；30日，项目签约。") == [("--02-26", "2月26日，项目"), ("---30", "30日，项目签约")]  # no 2月30日


def test_an_as_of_date_is_no_event():
    # rb25: `截至2016年底,全区集聚各类医药企业200多户,实现产值近百亿元`: a stock taken, not a happening
    assert events("截至2016年底，全区集聚各类医药企业200多户，实现产值近百亿元。", pub=day("2017-06-29")) == []
    assert events("截止到6月底，已有30个项目完成签约。", pub=day("2017-07-29")) == []


def test_next_year_is_always_a_plan():
    (e,) = events("一汽奥迪新工厂明年投产。", pub=day("2024-03-01"))
    assert (e.date, e.plan) == ("2025", True)


def test_a_growth_that_qualifies_a_noun_reports_no_figure():
    # rd09: `2018年3月,為滿足迅猛增長的市場需求,金賽藥業加快生產設施及工藝改進步伐,又投資13億元…`
    (e,) = events(simplified("2018年3月,為滿足迅猛增長的市場需求,金賽藥業加快生產設施及工藝改進步伐,又投資13億元建設新廠區。"),
                  pub=day("2019-10-09"))
    assert e.date == "2018-03"
    assert events("2018年3月，金赛药业产值同比增长12%。", pub=day("2019-10-09")) == []


def test_a_month_after_publication_in_a_sentence_about_the_future_is_this_years():
    # re09 (dated 2013-07-30): `一汽丰越项目的正式建成并达产达效,8月份RAV4車型下線,將給日系汽車工業園帶來福音`
    (e,) = events(simplified("一汽豐越項目的正式建成並達產達效,8月份RAV4車型下線,將給日系汽車工業園帶來福音。"), pub=day("2013-07-30"))
    assert (e.date, e.plan) == ("2013-08", True)
    # without a word of the future it is still last year's (a report, not a schedule)
    (e,) = events("8月份RAV4车型下线，一汽丰越实现达产达效。", pub=day("2013-07-30"))
    assert e.date == "2012-08"


def test_filing_verbs():
    # rd12 (dated 2025-11-19): `在9月底遞表港交所後`
    (e,) = events(simplified("在9月底遞表港交所後,「東北藥茅」長春高新近日收到中證監境外發行上市備案補充材料要求。"), pub=day("2025-11-19"))
    assert e.date == "2025-09"


def test_an_inferred_year_dates_relative_days_only_where_the_text_ties_it_to_them():
    # rd09: no stated date, the year inferred from `2018年3月` of another paragraph: `今年6月` stays --06
    inferred = PublicationDate("2018", "year", "inferred", True, ("2018年3月",), "2018-06")
    found = dated("今年6月，总投资15亿元的卓谊生物医药产业园项目签约建设。", "2018年3月，金赛药业加快生产设施及工艺改进步伐，又投资13亿元。",
                  pub=inferred)
    assert [d for d, _ in found] == ["--06", "2018-03"]
    # re08: the year inferred from a plan (`2022年全面投产`) gives 5月9日 and 年底 none
    inferred = PublicationDate("2022", "year", "inferred", True, ("2022年",), "2022")
    found = dated("5月9日，计划投资10亿元的一汽富维智能工业园开工，项目将于年底实现厂房封闭，2022年全面投产，预计将实现年产170万辆座椅总成的生产能力。",
                  pub=inferred)
    assert [d for d, _ in found] == ["--05-09", "--12", "2022"]
    # seeds 000: `今年6月，…2024长春国际光电博览会在这里成功举办` ties 今年 to 2024, and 7月 follows it
    inferred = PublicationDate("2024", "year", "inferred", True, ("2024长春国际光电博览会",), "2024-11")
    found = dated("今年6月，长春再次吸引世界的目光，2024长春国际光电博览会在这里成功举办。", "7月，“车路云一体化”建设启动大会在长春举行。",
                  pub=inferred)
    assert [d for d, _ in found] == ["2024-06", "2024-07"]
    # rb13: `…是长春新区2021年重点春季项目之一…“自3月25日开工建设以来…` gives 3月25日 its year
    inferred = PublicationDate("2021", "year", "inferred", True, ("2021年",), "2021-04")
    found = dated("金赛国际医药产业园项目是长春新区2021年重点春季项目之一，对于金赛药业具有十分重要的战略意义。“自3月25日开工建设以来，我们一天也不敢耽搁。”",
                  pub=inferred)
    assert [d for d, _ in found] == ["2021-03-25"]


def test_a_date_with_nothing_else_in_its_clause_takes_the_next_one():
    # rd19: `當天,2025年長春市春季項目暨永春生物醫藥城項目集中開工活動舉行`: 2025年 is the activity's name
    found = dated(simplified("2月26日,長春市市長王子聯表示,今年該市計劃實施5000萬元以上項目1400個。"),
                  simplified("當天,2025年長春市春季項目暨永春生物醫藥城項目集中開工活動舉行,71個重大項目集中開復工。"),
                  pub=day("2025-02-27"))
    assert ("2025-02-26", "当天,2025年") in found
    assert not [d for d, t in found if d == "2025" and t.startswith("2025年长春")]


def test_a_day_opening_a_statement_leaves_its_date_to_the_statement():
    # rd19: `2月26日,…王子聯表示,今年該市計劃實施…`: what was said has its own date (今年); the day that
    # opens the sentence is no happening of its own
    found = dated(simplified("2月26日,長春市市長王子聯表示,今年該市計劃實施5000萬元以上項目1400個,年度投資2000億元以上。"),
                  pub=day("2025-02-27"))
    assert found == [("2025", "今年该市计划实施")]


def test_a_year_compared_with_is_no_date():
    # rd19: `今年長春市春季項目開工時間比去年提前近一個月`
    assert events(simplified("據介紹,今年長春市春季項目開工時間比去年提前近一個月。"), pub=day("2025-02-27")) == []


def test_approval_and_establishment_verbs():
    # rf11 (dated 2017-02-20): `去年2月,中国国务院批准同意在吉林省长春市设立规划面积为499平方公里的长春新区`
    (e,) = events("去年2月，中国国务院批准同意在吉林省长春市设立规划面积为499平方公里的长春新区。", pub=day("2017-02-20"))
    assert e.date == "2016-02"


# --- session 24: general rules for what unseen pages carry -------------------------------------

def test_a_day_after_the_subject_of_a_news_lead_dates_what_is_said():
    # rg23 (dated 2010-04-07): `长春市委书记高广滨2日在长春市表示，长春市将全力实施…`: the news lead's
    # day dates the statement, whatever its verb
    found = dated("长春市委书记高广滨2日在长春市表示，长春市将全力实施300万辆整车扩能工程，提高汽车产业地方配套率。",
                  pub=day("2010-04-07"))
    assert ("2010-04-02", "长春市委书记高广") in found
    # rd12 (traditional, dated 2025-11-19): `長春高新今早低開低走,現跌0.93%`
    found = dated(simplified("長春高新今早低開低走,現跌0.93%,報101.65元(人民幣.下同)。"), pub=day("2025-11-19"))
    assert found == [("2025-11-19", "长春高新今早低开")]


def test_a_news_lead_day_is_no_event_where_it_is_vague_or_a_credit():
    assert events("今天的长春处处是工地，产业链条完整。", pub=day("2025-11-19")) == []
    assert events("工人在生产线上装配新车，新华社记者张楠10月31日摄。", pub=day("2025-11-19")) == []
    # ra26 (dated 2018-10-19): `“今日好评74件、今日差评0件,历史好评率99.73%` (a counter's figures)
    assert events("“今日好评74件、今日差评0件，历史好评率99.73%，累计受理投诉0件。”", pub=day("2018-10-19")) == []


def test_a_line_that_is_a_full_date_and_what_it_dates_is_an_event():
    # ra08 (traditional): the page's first line `一九五六年七月十四日的人民日?qǐng)?bào)頭版` (a dated picture)
    (e,) = events(simplified("一九五六年七月十四日的人民日□頭版。"))
    assert e.date == "1956-07-14"
    assert events("2023年的长春，处处是工地。") == []  # a year alone dates no picture


def test_the_start_of_a_written_year_opening_a_sentence_dates_it():
    # ra22: `2025年开年,因为“六小龙”的崛起,这里的营商环境引发全国关注`
    found = dated("这个段子说的是杭州，2025年开年，因为“六小龙”的崛起，这里的营商环境引发全国关注。")
    assert found == [("2025", "2025年开年，")]
    # 年初 alike; a plain year that opens a sentence stays a report's scope, not an event of its own
    assert dated("2019年初，长春新区启动了一批重点项目的前期工作。") == [("2019", "2019年初，长")]


def test_launch_and_completion_verbs_of_news():
    # rf03 (dated 2004 by the text): `…基地。2007年产品上市,年销售收入8亿元,利税2.4亿元。`
    found = dated("并同步建设符合GAP、GMP标准的生产质量保证体系。2007年产品上市，年销售收入8亿元，利税2.4亿元。")
    assert [d for d, _ in found] == ["2007"]
    # rg03: `从1956年第一辆解放牌卡车的问世`; re10 (traditional): `將於2010年9月完工並投放使用`
    assert [d for d, _ in dated("从1956年第一辆解放牌卡车的问世，到如今解放J7创领版的下线。")][:1] == ["1956"]
    assert [d for d, _ in dated("长春地铁1号线于2017年6月30日开通运营，2号线同年通车。")] == ["2017-06-30", "2017"]
    assert [d for d, _ in dated("2019年，长春轨道交通8号线正式启用。")] == ["2019"]


def test_a_vague_time_is_no_date():
    (m,) = find_date_expressions("前不久，长春新区与企业签约。", day("2024-05-10"))
    assert (m.expression, m.kind, m.iso) == ("前不久", "vague", "")
    assert dated("前不久，长春新区与企业签约。", pub=day("2024-05-10")) == []


def test_the_same_year_dates_what_happened_then():
    # rf10 (traditional): `…衛星工程正式批準立項,同年長光衛星公司成立`
    found = dated(simplified("2014年,在我省統籌推動下,“吉林一號”衛星工程正式批準立項,同年長光衛星公司成立。"), pub=day("2024-05-10"))
    assert ("2014", "同年长光卫星公司") in found
    found = dated("1953年7月15日，一汽奠基。", "同年10月，厂房开工建设。", pub=day("2024-05-10"))
    assert found == [("1953-07-15", "1953年7月1"), ("1953-10", "同年10月，厂房")]


def test_a_same_year_does_not_tie_an_inferred_year_to_the_page():
    # rf10 (no date line; year inferred 2014): `10月11日10時20分,山東海陽附近海域烈焰升騰` keeps its
    # unknown year although a later paragraph writes `2014年,…立項,同年長光衛星公司成立` (同年 is the
    # text's 2014, not the page's year)
    inferred = PublicationDate("2014", "year", "inferred", True, ("2014年", "10月11日"), "2014-10-11")
    found = dated(simplified("10月11日10時20分,山東海陽附近海域烈焰升騰,引力一號遙二運載火箭托舉著衛星直沖云霄。"),
                  simplified("2014年,在我省統籌推動下,“吉林一號”衛星工程正式批準立項,同年長光衛星公司成立。"), pub=inferred)
    assert [d for d, _ in found] == ["--10-11", "2014", "2014"]


def test_a_year_between_a_subject_and_its_verb_dates_the_verb():
    # a year glued to a name (列入吉林省2022年技术创新工程计划) qualifies it; one followed by what
    # the subject did then (被, 获, 入选, 于, 在, 投资 + a sum, 内 = within) dates it
    assert [d for d, _ in dated("公司2018年被评为国家高新技术企业。", pub=day("2024-05-10"))] == ["2018"]
    assert [d for d, _ in dated("一汽2020年投资50亿元建设新工厂。", pub=day("2024-05-10"))] == ["2020"]
    assert [(d, e.plan) for d, e in ((e.date, e) for e in events("项目2024年内建成投产。", pub=day("2024-05-10")))] == [("2024", True)]
    assert events("该项目列入吉林省2022年技术创新工程计划。", pub=day("2024-05-10")) == []
    assert events("长春市2020年投资计划印发。", pub=day("2024-05-10")) == []


def test_the_same_month_is_the_month_told_before_it():
    found = dated("项目于2022年5月签约，当月即开工建设。", pub=day("2024-05-10"))
    assert ("2022-05", "当月即开工建设") in found


def test_since_a_written_year_dates_what_began_then():
    # re02 (dated 2018-06-08): `自2016年以来,市商务局对…洽谈推动的项目进行持续跟踪`; rf01's
    # `自去年5月开始建设以来` alike; a vague start (今年以来, 年初以来) dates nothing
    found = dated("自2016年以来，市商务局对君正书记带队赴青岛、北京、天津、新加坡、泰国和德国经贸活动中洽谈推动的项目进行持续跟踪。",
                  pub=day("2018-06-08"))
    assert [d for d, _ in found] == ["2016"]
    assert events("今年以来，市商务局对洽谈推动的项目进行持续跟踪。", pub=day("2018-06-08")) == []
    assert events("自2016年以来，全市规上工业增加值年均增长8%。", pub=day("2018-06-08")) == []


# --- the new tuning pages (rh–rk) ----------------------------------------------------------------

def test_a_name_year_gives_its_year_to_the_day_of_its_sentence_on_an_undated_page():
    # rh16 (no date): `【本报长春讯】9月4日,“2018中外企业家走进长春”投资环境说明会暨合作项目签约活动在长春举行`
    found = dated("【本报长春讯】9月4日，“2018中外企业家走进长春”投资环境说明会暨合作项目签约活动在长春举行。")
    assert found[0][0] == "2018-09-04"


def test_a_day_opening_a_report_of_another_day_is_an_event_too():
    # rh19 (dated 2022-02-28): `2 月 27日,中国一汽官方消息称,…项目已于2月26日…正式开工`
    found = dated("2月27日，中国一汽官方消息称，一汽弗迪新能源科技有限公司动力电池项目已于2月26日在吉林省长春市正式开工。",
                  pub=day("2022-02-28"))
    assert [d for d, _ in found] == ["2022-02-27", "2022-02-26"]
    # rh19: `去年6月,一汽红旗表示,旗下纯电动中型轿车E-QM5将全系配装…刀片电池` (a month with its year word)
    found = dated("去年6月，一汽红旗表示，旗下纯电动中型轿车E-QM5将全系配装比亚迪提供的磷酸铁锂刀片电池。", pub=day("2022-02-28"))
    assert [d for d, _ in found] == ["2021-06"]


def test_at_the_meeting_is_the_day_of_the_meeting():
    # rj12 (traditional, no date): `2月5日,綠園區與…舉行“兩車”配套產業專題視頻簽約洽談會` / `會上,西新工業集中區與…簽訂了意向協議`
    found = dated(simplified("2月5日,綠園區與江蘇林泉集團等三家企業舉行“兩車”配套產業專題視頻簽約洽談會。"),
                  simplified("會上,西新工業集中區與江蘇林泉集團就長春林泉汽車零部件有限公司擴產擴能項目落位簽訂了意向協議。"))
    assert [d for d, _ in found] == ["--02-05", "--02-05"]


def test_from_a_month_on_is_a_plan_after_jiang():
    # rk03 (traditional, dated 2011-03-02): `新廠將從3月起開始安裝生産設備`
    found = events(simplified("報道援引企業消息人士的話稱,新廠將從3月起開始安裝生産設備,並計劃在年底開始運營。"), pub=day("2011-03-02"))
    assert [(e.date, e.plan) for e in found] == [("2011-03", True), ("2011-12", True)]


def test_a_span_of_years_glued_to_a_name_is_no_date():
    # rk18 (traditional, no date): `1月5日,在農安縣2022~2023年冬季項目集中簽約…`
    found = dated(simplified("1月5日,在農安縣2022~2023年冬季項目集中簽約儀式上,吉林省宏原汽車配件有限公司項目成功簽約。"))
    assert [d for d, _ in found] == ["--01-05"]


def test_more_firsts_and_resultative_verbs():
    # ri03: `1953年,曾任长春光机所所长…的王大珩院士在这里带领团队熔炼出了第一炉光学玻璃`
    found = dated("1953年，曾任长春光机所所长的王大珩院士在这里带领团队熔炼出了第一炉光学玻璃，揭开了中国光学事业发展的序幕。",
                  pub=day("2024-06-10"))
    assert [d for d, _ in found] == ["1953"]


def test_a_year_tied_to_a_day_dates_the_story_from_there_on_not_before():
    # rb14 (no stated date): `4月7日,記者…看到` a paragraph before `…長春新區2021年重點春季項目之一…自3月25日開工建設以來`:
    # the year is that day's; what was told before it (or another story above it) keeps an unknown year
    inferred = PublicationDate("2021", "year", "inferred", True, ("2021年", "4月7日"), "2021-04-07")
    found = dated(simplified("4月7日,記者在長春新區金賽國際醫藥產業園項目建設現場看到,工程車輛來往穿梭。"),
                  simplified("金賽國際醫藥產業園項目是長春新區2021年重點春季項目之一。“自3月25日開工建設以來,我們一天也不敢耽擱。”"),
                  simplified("4月7日下午,記者來到項目建設工地看到,工人們正在加緊施工。"), pub=inferred)
    # (the reporter's own visits are the report's present, whose year an inferred year does not give)
    assert [d for d, _ in found] == ["--04-07", "2021-03-25", "--04-07"]
    # with no paragraph tying them, no year at all
    found = dated("3月25日，项目开工。", "长春新区2021年重点春季项目之一。", "4月8日，项目主体封顶。",
                  pub=PublicationDate("2021", "year", "inferred", True, ("2021年",), "2021-04-08"))
    assert [d for d, _ in found] == ["--03-25", "--04-08"]
    # a tie through the writer's present (今年6月 … 2024长春国际光电博览会) dates the whole article (seeds 000)
    inferred = PublicationDate("2024", "year", "inferred", True, ("2024长春国际光电博览会",), "2024-11")
    found = dated("11月，应用试验线正式上线“开跑”。", "今年6月，长春再次吸引世界的目光，2024长春国际光电博览会在这里成功举办。", pub=inferred)
    assert [d for d, _ in found] == ["2024-11", "2024-06"]


def headline_article(title: str, *paragraphs: str, pub: PublicationDate | None = None) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, (i + 2,), f"p{i + 1}") for i, t in enumerate(paragraphs))
    return Article("seeds/x.txt", "x", "x", title, date=pub, blocks=blocks)


def test_a_headline_tells_the_main_event():
    # rb06 (page dated 2024-03-12): the headline `优环境 抓项目 促振兴|长春光电信息产业园三期项目有望6月竣工`
    a = headline_article("优环境 抓项目 促振兴|长春光电信息产业园三期项目有望6月竣工", "项目建设现场一片繁忙。", pub=day("2024-03-12"))
    (e,) = extract_events(a, WORDS)
    assert (e.date, e.plan, e.action, e.sources[0].block) == ("2024-06", True, "竣工", "")
    # rb12 (no stated date): `金赛药业国际医药产业园年底前投产 预计新增产值300亿元`: December of an unknown year
    (e,) = extract_events(headline_article("金赛药业国际医药产业园年底前投产 预计新增产值300亿元", "园区建设正酣。"), WORDS)
    assert (e.date, e.plan) == ("--12", True)
    # a headline with no date, or one the body repeats (a made title is the lead's start), adds nothing
    assert extract_events(headline_article("长春光电产业加速发展", "产业规模持续扩大。"), WORDS) == []
    body = "3月5日，一汽新工厂开工。"
    assert [e.sources[0].block for e in extract_events(headline_article("3月5日，一汽新工厂开工", body, pub=day("2024-03-06")), WORDS)] == ["p1"]


def test_a_headline_and_its_body_telling_one_event_are_one_timeline_entry():
    from dataclasses import replace

    from atlas.link.timeline import _merge
    from atlas.render.timeline import where_in_article

    a = headline_article("长春光电信息产业园三期项目6月竣工", "6月，长春光电信息产业园三期项目竣工。", pub=day("2024-07-02"))
    found = extract_events(a, WORDS)
    assert sorted(e.sources[0].block for e in found) == ["", "p1"]
    (entry,) = _merge(found)
    assert sorted(s.block for s in entry.sources) == ["", "p1"]
    assert where_in_article("") == "标题" and where_in_article("p3") == "第3段"
    other = replace(found[0], sources=tuple(replace(s, block="p2") for s in found[0].sources))
    assert len(_merge([found[1], other])) == 2  # two paragraphs of one article: told twice, kept apart as before


def test_a_dateline_opens_another_story_whose_that_day_is_its_own():
    # a list page: one story tells 2019年5月1日; the next opens with a dateline and a 当天/同年 of its own
    found = dated("2019年5月1日，长春新区产业基金正式成立。", "【本报讯】 当天，金赛药业新厂房封顶。",
                  "本报长春讯 同年10月，一汽新工厂开工。")
    assert found == [("2019-05-01", "2019年5月1")]
    # within one story, 当天 in the next paragraph is still the day told before
    found = dated("2019年5月1日，长春新区产业基金正式成立。", "当天，金赛药业新厂房封顶。")
    assert [d for d, _ in found] == ["2019-05-01", "2019-05-01"]


def test_opening_commissioning_and_moving_verbs_of_news():
    # constructed as news writes them: a park or hall opens, a line goes into service, a bridge closes
    for clause, verb in (("5月8日，长春北湖科技园二期开园", "开园"), ("5月8日，长春规划展览馆开馆", "开馆"),
                         ("5月8日，长春至白城铁路投运", "投运"), ("5月8日，光伏电站并网发电", "并网"),
                         ("5月8日，长春地铁6号线全线贯通", "贯通"), ("5月8日，伊通河大桥合龙", "合龙"),
                         ("5月8日，企业整体搬迁至长春新区", "搬迁"), ("5月8日，项目获准建设", "获准")):
        (e,) = events(clause + "。", pub=day("2024-05-09"))
        assert (e.date, e.action) == ("2024-05-08", verb)


def test_a_year_qualifying_a_noun_does_not_tell_the_writers_present():
    # rg12 (no stated date): `今年，…平台获批2018年中央基建投资专项资金603万元` is a fund's year, so `今年`
    # elsewhere on the page stays unknown (its gold notes: taking 2018 would be right by luck)
    inferred = PublicationDate("2018", "year", "inferred", True, ("2018年",), "2018-09")
    found = dated("今年，摆渡创新工场协同创新综合平台获批2018年中央基建投资专项资金603万元。",
                  "今年3月，大华机械数字化工厂项目开工。", pub=inferred)
    assert [d for d, _ in found] == ["--03"]
    # an activity's year is the year it is held: `今年6月，…2024长春国际光电博览会…举办` (seeds 000)
    inferred = PublicationDate("2024", "year", "inferred", True, ("2024长春国际光电博览会",), "2024-11")
    found = dated("今年6月，长春再次吸引世界的目光，2024长春国际光电博览会在这里成功举办。", "今年3月，大华机械数字化工厂项目开工。",
                  pub=inferred)
    assert [d for d, _ in found] == ["2024-06", "2024-03"]


def test_a_rule_taking_effect_is_an_event():
    (e,) = events("6月1日起，《长春市优化营商环境条例》正式实施。", pub=day("2024-05-20"))
    assert (e.date, e.plan, e.action) == ("2024-06-01", True, "正式实施")


def test_from_a_year_to_a_year_is_a_span_told_not_a_target():
    # rj14: `發射量從2015年的一年發射幾顆,到2019年的一年十幾顆,再到今年,已達到一年三四十顆`
    text = simplified("“吉林一號”星座建設不斷提速,發射量從2015年的一年發射幾顆,到2019年的一年十幾顆,再到今年,已達到一年三四十顆。")
    assert [m.plan for m in find_date_expressions(text, day("2023-09-01")) if m.expression == "2019年"] == [False]
    assert [e for e in events(text, pub=day("2023-09-01")) if e.date == "2019"] == []
    # without 从 before it, 到 before a year still sets a target
    (e,) = events("到2025年，全市新建项目达到1000个。", pub=day("2023-09-01"))
    assert (e.date, e.plan) == ("2025", True)


def test_a_curtain_rising_opens_an_event():
    # rj06: `6月10日,2025长春国际光电博览会·Light国际会议在长春东北亚国际博览中心拉开帷幕`
    (e,) = events("6月10日，2025长春国际光电博览会·Light国际会议在长春东北亚国际博览中心拉开帷幕。", pub=day("2025-06-11"))
    assert (e.date, e.action) == ("2025-06-10", "拉开帷幕")


def test_that_year_after_a_date_of_its_sentence_is_that_dates_year():
    # rk16 (page 2012-04-25): `…项目预计下半年开工建设,当年投资2亿元` (a plan for 2012, as its gold says)
    found = dated("启动项目新型房屋生产基地项目预计下半年开工建设，当年投资2亿元。", pub=day("2012-04-25"))
    assert found == [("2012-H2", "启动项目新型房屋"), ("2012", "当年投资2亿元")]
    assert [e.plan for e in events("启动项目新型房屋生产基地项目预计下半年开工建设，当年投资2亿元。", pub=day("2012-04-25"))] == [True, True]
    # `当年签约、当年开工`: the year just told; 当年 with nothing told, or `当年的`, is "back then"
    assert [d for d, _ in dated("2019年签约，当年开工建设。", pub=day("2024-01-01"))] == ["2019", "2019"]
    assert dated("当年的老厂房如今焕然一新，企业负责人说，当年建成的车间仍在使用。") == []


def test_a_days_tie_ends_with_its_story():
    # two stories on one page: the first ties 3月25日 to 2021 (rb13's sentence); the second, after a
    # headline or opening with a dateline, tells days of its own year, which nothing gives
    inferred = PublicationDate("2021", "year", "inferred", True, ("2021年",), "2021-04")
    first = "金赛国际医药产业园项目是长春新区2021年重点春季项目之一。“自3月25日开工建设以来，我们一天也不敢耽搁。”"
    blocks = (Block(BlockKind.PARAGRAPH, first, (1,), "p1"), Block(BlockKind.HEADING, "一汽富维智能工业园开工", (2,), ""),
              Block(BlockKind.PARAGRAPH, "5月9日，一汽富维智能工业园开工。", (3,), "p2"),
              Block(BlockKind.PARAGRAPH, "本报长春5月10日讯 6月1日，长春新区又一项目开工。", (4,), "p3"))
    a = Article("seeds/x.txt", "x", "x", "t", date=inferred, blocks=blocks)
    assert [e.date for e in extract_events(a, WORDS)] == ["2021-03-25", "--05-09", "--06-01"]


def test_a_month_before_the_one_told_takes_no_year_from_it():
    # rl04 (no date): `計劃今年6月開工,2014年年底竣工。…計劃6月下旬開工建設`: 6月 is before 2014年年底, so
    # the paragraph does not say it is 2014's (its gold: --06)
    text = simplified("機場大路全長5.8公里,計劃今年6月開工,2014年年底竣工。機場大路工程正進行土地征收工作,計劃6月下旬開工建設。")
    assert [d for d, _ in dated(text)] == ["--06", "2014-12", "--06"]


def test_a_year_in_the_name_of_another_happening_ties_no_day():
    # rl20 (no date): `7月26日,…在长春召开的…峰会上表示,中国正在研发…为2022年北京冬奥会服务的京张智能列车`
    text = "据《人民日报》海外版报道，7月26日，中国中车股份有限公司副总裁余卫平在长春召开的首届全球(长春)制造业服务外包峰会上表示，中国正在研发为2022年北京冬奥会服务的京张智能列车。"
    inferred = PublicationDate("2022", "year", "inferred", True, ("2022年",), "2022")
    assert [d for d, _ in dated(text, pub=inferred)] == ["--07-26"]


def test_the_words_leading_up_to_the_next_date_are_its_clauses():
    # rm02: `该工程于2017年4月15日开工，即将在今年10月30日竣工`: the first event is `…开工`, not `…开工，即将在`
    found = events("该工程于2017年4月15日开工，即将在今年10月30日竣工。")
    assert [(e.date, e.sources[0].text) for e in found] == [("2017-04-15", "该工程于2017年4月15日开工"), ("--10-30", "即将在今年10月30日竣工")]


def test_a_train_setting_off_is_an_event():
    # rl17: `盛夏八月,一列載有165輛一汽整車的“長滿歐”中歐班列再次拉響汽笛,從長春興隆鐵路口岸緩緩啟程`
    text = simplified("盛夏八月,一列載有165輛一汽整車的“長滿歐”中歐班列再次拉響汽笛,從長春興隆鐵路口岸緩緩啟程。")
    (e,) = events(text, pub=day("2023-08-07"))
    assert (e.date, e.action) == ("2023-08", "启程")


# --- a year a paragraph ties to a year-less date does not cross into another story (issue 17) ---

def test_a_year_tied_to_a_day_dates_its_own_paragraph_not_the_next_story():
    # rb14 then rc05 on one page (a list of news items; scripts/perturb_real_dates.py): the 2021 that
    # rb14 ties to `3月25日` is not the year of rc05's `2月2日` (rc05 states no year at all)
    inferred = PublicationDate("2021", "year", "inferred", True, ("2021年", "3月25日"), "2021-03-25")
    found = dated("金赛国际医药产业园项目是长春新区2021年重点春季项目之一。“自3月25日开工建设以来，我们一天也不敢耽搁。”",
                  "2月2日，一汽弗迪新能源动力电池一期项目在长春市正式投产。", pub=inferred)
    assert [d for d, _ in found] == ["2021-03-25", "--02-02"]


def test_a_day_told_again_by_a_paragraph_that_ties_its_year_takes_that_year():
    # rd19 (no stated date): `2月26日，…表示` then `當天，2025年長春市春季項目…開工活動舉行`: 當天 is
    # 2月26日, and the activity held that day names its year; a later `當天` is that day too
    inferred = PublicationDate("2025", "year", "inferred", True, ("2025年", "2月26日"), "2025-02-26")
    found = dated(simplified("2月26日,長春市市長王子聯表示,全市計劃實施5000萬元以上項目1400個。"),
                  simplified("當天,2025年長春市春季項目暨永春生物醫藥城項目集中開工活動舉行,71個重大項目集中開復工。"),
                  simplified("吉林省中科生物醫藥產業創新園是當天開工的項目之一。"), pub=inferred)
    assert [d for d, _ in found if d.endswith("02-26")][-2:] == ["2025-02-26", "2025-02-26"]


def test_a_year_tied_to_the_writers_present_dates_its_story_up_to_a_sign_off_or_a_dateline():
    # re08 closed by its reporter's line, then another story whose 今年 the 2024 光博会 ties to 2024:
    # re08's `5月9日` keeps an unknown year; so does a story before a `本报长春讯` dateline
    inferred = PublicationDate("2024", "year", "inferred", True, ("2024长春国际光电博览会",), "2024-06")
    tie = "今年6月，长春再次吸引世界的目光，2024长春国际光电博览会在这里成功举办。"
    found = dated("5月9日，计划投资10亿元的一汽富维智能工业园开工。", "/吉林日报记者 孟凡明 报道", tie, pub=inferred)
    assert [d for d, _ in found] == ["--05-09", "2024-06"]
    found = dated("5月9日，计划投资10亿元的一汽富维智能工业园开工。", "本报长春讯 " + tie, pub=inferred)
    assert [d for d, _ in found] == ["--05-09", "2024-06"]
    # a photo's credit (rb23: `交流会现场（央广网记者 舒震 摄）`) ends no story
    found = dated("5月9日，计划投资10亿元的一汽富维智能工业园开工。", "交流会现场（央广网记者 舒震 摄）", tie, pub=inferred)
    assert [d for d, _ in found] == ["2024-05-09", "2024-06"]
    # within one story it dates every paragraph, before it too (seeds 000)
    found = dated("5月9日，计划投资10亿元的一汽富维智能工业园开工。", tie, pub=inferred)
    assert [d for d, _ in found] == ["2024-05-09", "2024-06"]


def test_a_year_implied_by_one_time_told_twice_dates_the_paragraphs_between_the_two():
    # ra06: `预计今年10月末…竣工` … `将于2021年10月末竣工投产`; rl20's `7月26日` glued after it is
    # another story's
    implied = PublicationDate("2021", "year", "implied", True, ("今年10月末", "2021年10月末"), "2021")
    found = dated("预计今年10月末，一汽红旗新能源汽车工厂整个施工项目将全部竣工。", "7月，首批新能源汽车下线。",
                  "项目于2020年4月15日开工建设，将于2021年10月末竣工投产。",
                  "7月26日，首届全球（长春）制造业服务大会在长春召开。", pub=implied)
    assert [d for d, _ in found] == ["2021-10", "2021-07", "2020-04-15", "2021-10", "--07-26"]


def test_a_year_or_quarter_that_names_a_batch_of_projects_is_not_the_days_date():
    # other places' news (tests/fixtures/date_sentences.yaml): the day that opens the sentence dates
    # the ceremony; `2020年第一季度重大项目` names the projects, also with a space before its digits (`成都医学城 2021 年`, as the reader tightens it)
    (e,) = events("3月26日，四川省2020年第一季度重大项目集中开工仪式举行，泸州本次集中开工的项目包含中国电子泸州产业园项目。",
                  pub=day("2020-03-26"))
    assert (e.date, e.sources[0].expression) == ("2020-03-26", "3月26日")
    (e,) = events("3月16日，成都医学城 2021年第一季度项目集中动工暨生物科技产业园项目动工活动在成都温江区举行。",
                  pub=day("2021-03-18"))
    assert (e.date, e.sources[0].expression) == ("2021-03-16", "3月16日")


def test_the_year_of_a_statistic_ties_no_year_to_a_day():
    # other places' news: on a page stating no date, `2023年，…实现主营业务收入8209亿元，同比增长7.2%`
    # reports on a year; it does not say the conference of `5月16日` was in 2023 (its name says 2024)
    inferred = PublicationDate("2023", "year", "inferred", True, ("2023年", "5月16日"), "2023-05-16")
    found = dated("5月16日，2024中国光谷光电子信息产业创新发展大会上，开幕式释放信息和分论坛发布的《湖北省光电子信息产业白皮书》显示，"
                  "2023年，湖北以光电子信息产业为代表的电子信息产业，实现主营业务收入8209亿元，同比增长7.2%，今年有望突破万亿规模。",
                  pub=inferred)
    assert "2023-05-16" not in [d for d, _ in found]


def test_a_listing_told_as_landing_on_an_exchange_is_an_event():
    # other places' news, a page stating no date: `联特科技去年9月登陆深交所` (a September of an unknown year)
    found = dated("作为上半年A股“第一牛”，联特科技去年9月登陆深交所，是光谷第55家上市公司。")
    assert [d for d, _ in found] == ["--09"]


def test_dates_listed_with_a_comma_of_enumeration_share_their_clause():
    # other places' news: `力争分别于2021年、2025年建成营运` is two plans; `今年3月、5月，…分别签约、开工` two events
    found = dated("项目分两期建设，力争分别于2021年、2025年建成营运。", pub=day("2019-12-30"))
    assert [d for d, _ in found] == ["2021", "2025"]
    found = dated("今年3月、5月，项目分别签约、开工。", pub=day("2023-06-15"))
    assert [d for d, _ in found] == ["2023-03", "2023-05"]


def test_today_in_a_wire_story_is_its_datelines_day_and_a_quoted_titles_plan_period_dates_nothing():
    # ro08 (no year anywhere): `人民网长春11月19日电（记者李思玥）…今日，在“奋进长春高质量发展‘十四五’”系列主题
    # 新闻发布会（第一场）上，…介绍`: 今日 is the dateline's day (its year unknown); ‘十四五’ is part of the
    # conference's quoted title, not the date of what was told there
    text = ("人民网长春11月19日电（记者李思玥）“研发投入增长48%……”今日，在“奋进长春高质量发展‘十四五’”系列主题新闻发布会（第一场）上，"
            "长春市科学技术局副局长王立章用一系列亮眼数据，勾勒出“十四五”期间长春市科技创新能级的显著跃升。")
    found = dated(text)
    assert [d for d, _ in found] == ["--11-19"]
    # a quoted plan period alone is still one (“十四五”期间，…将建成…)
    assert [d for d, _ in dated("“十四五”期间，长春将建成国家级创新平台20个。", pub=day("2021-03-01"))] == ["2021/2025"]


def test_a_company_restructured_is_an_event():
    # rn11 (traditional): `始建于1954年，…，2002年3月改制為股份公司`
    found = dated(simplified("中車長春軌道客車股份有限公司前身是長春客車廠,始建于1954年,是國家“一五”期間的156個重點建設項目之一,2002年3月改制為股份公司。"),
                  pub=day("2024-05-01"))
    assert "2002-03" in [d for d, _ in found]


def test_a_stock_taken_by_a_date_is_no_event():
    # other places' news: `至2020年12月，已具备5万片/月产能` (as `截至`); a target `到2025年，将建成…` stays a plan
    found = dated("该项目于2018年5月开工，2020年7月量产出货，至2020年12月，已具备5万片/月产能。", pub=day("2021-03-01"))
    assert [d for d, _ in found] == ["2018-05", "2020-07"]
    found = dated("到2025年，将建成国家级创新平台20个。", pub=day("2021-03-01"))
    assert [d for d, _ in found] == ["2025"]


def test_a_years_revenue_is_a_figure_not_an_event():
    # other places' news: `2021年，合肥市新能源汽车产业实现营收破千亿` reports a figure of a year
    assert dated("2021年，合肥市新能源汽车产业实现营收破千亿。", pub=day("2022-07-09")) == []
    assert dated("2023年，该省生物医药与健康产业集群实现营收6638亿元，位居全国前列。", pub=day("2024-10-09")) == []


def test_years_that_date_nothing_else_on_an_undated_page():
    # a document's year (《2023年政府工作报告》), a statistic's year (2023年销量), a plan's year: on a page
    # that states no date they give no year to a `5月` or `5月9日` told beside them
    inferred = PublicationDate("2023", "year", "inferred", True, ("2023年",), "2023")
    assert [d for d, _ in dated("根据《2023年政府工作报告》，5月项目将开工。", pub=inferred)] == ["--05"]
    assert [d for d, _ in dated("一汽集团2023年销量达337万辆。5月9日，新工厂投产。", pub=inferred)] == ["--05-09"]
    assert [d for d, _ in dated("5月9日，项目开工，预计2023年竣工投产。", pub=inferred)] == ["--05-09", "2023"]


def test_a_month_of_this_year_and_the_same_month_of_a_year_in_another_story_imply_no_year():
    # two items of a list page (other places' news): `将于今年3月交付` and `计划2026年3月竣工` are not one
    # time told twice (交付 / 竣工): the page's 今年 stays unknown; ra06's `预计今年10月末，…将全部竣工`
    # and `将于2021年10月末竣工投产` are
    implied = PublicationDate("2026", "year", "implied", True, ("今年3月", "2026年3月"), "2026")
    found = dated("目前，教学组团土建均已竣工，将于今年3月交付。", "1月12日，变电站正式投入运营。",
                  "项目总投资10亿元，规划建设9栋高标准厂房，计划2026年3月竣工。", pub=implied)
    assert [d for d, _ in found] == ["--03", "--01-12", "2026-03"]
    implied = PublicationDate("2021", "year", "implied", True, ("今年10月末", "2021年10月末"), "2021")
    found = dated("预计今年10月末，一汽红旗新能源汽车工厂整个施工项目将全部竣工。", "7月，首批新能源汽车下线。",
                  "项目将于2021年10月末竣工投产。", pub=implied)
    assert [d for d, _ in found] == ["2021-10", "2021-07", "2021-10"]


# --- session 27: the pages moved from measuring (each rule with its page and a sentence of other places) ---

def test_dates_listed_with_a_comma_of_enumeration_share_the_plan_word_before_the_first():
    # rg01 (traditional): `到2025年、2030年、2035年,一汽解放新能源整車銷量將力爭分別達到…`, on a page with no date
    inferred = PublicationDate("2035", "year", "inferred", True, ("2035年",), "2035")
    found = dated(simplified("根據規劃，到2025年、2030年、2035年，一汽解放新能源整車銷量將力爭分別達到12萬輛、32萬輛和50萬輛。"), pub=inferred)
    assert [d for d, _ in found] == ["2025", "2030", "2035"]
    # other places' news: `计划2026年、2027年分别建成一期、二期工程`
    assert [(e.date, e.plan) for e in events("该项目计划2026年、2027年分别建成一期、二期工程。", pub=day("2025-03-01"))] == [
        ("2026", True), ("2027", True)]
    # a list told as done stays done
    assert [(e.date, e.plan) for e in events("项目于2019年、2021年分别建成一期、二期。", pub=day("2025-03-01"))] == [
        ("2019", False), ("2021", False)]


def test_days_on_after_jingguo_count_from_the_day_told_also_across_a_month_of_an_unknown_year():
    # rn05 (traditional, no stated date): `6月27日,…中歐班列…緩緩駛出,經過25天后,這些新能源車到達歐洲腹地`
    found = dated(simplified("6月27日，伴隨著汽笛聲，滿載142輛一汽新能源汽車的中歐班列（長春—漢堡）從長春新區國際陸港緩緩駛出，"
                             "經過25天后，這些新能源車到達歐洲腹地。"))
    assert [d for d, _ in found] == ["--06-27", "--07-22"]
    # other places' news: `5月20日，首趟班列从义乌发车，历经16天后，顺利抵达马德里`
    found = dated("5月20日，首趟班列从义乌发车，历经16天后，顺利抵达马德里。", pub=day("2024-06-30"))
    assert [d for d, _ in found] == ["2024-05-20", "2024-06-05"]
    # a count of days across the end of February in an unknown year has no one answer: no date
    found = dated("2月20日，班列发车，经过10天后，班列抵达终点。")
    assert [d for d, _ in found] == ["--02-20"]


def test_the_year_in_the_name_of_the_activity_held_that_day_dates_the_day():
    # rk11 (traditional, no stated date): `7月26日,長春市綠園區舉辦2024年政銀企對接暨優質土地、資源招商推介活動`,
    # and `當天,多家企業簽訂了合作協議` in a later paragraph is that day
    inferred = PublicationDate("2024", "year", "inferred", True, ("2024年", "7月26日"), "2024-07-26")
    found = dated(simplified("7月26日，長春市綠園區舉辦2024年政銀企對接暨優質土地、資源招商推介活動，邀請金融機構和商協會的行業精英共謀發展。"),
                  simplified("當天，多家企業簽訂了合作協議。"), pub=inferred)
    assert [d for d, _ in found] == ["2024-07-26", "2024-07-26"]
    # other places' news: `3月18日，合肥市召开2023年全市工业经济工作会议`
    inferred = PublicationDate("2023", "year", "inferred", True, ("2023年", "3月18日"), "2023-03-18")
    assert [d for d, _ in dated("3月18日，合肥市召开2023年全市工业经济工作会议，部署全年任务。", pub=inferred)] == ["2023-03-18"]
    # the year of another happening's name stays no tie (rl20 above), nor does a year that qualifies a fund
    inferred = PublicationDate("2023", "year", "inferred", True, ("2023年", "5月9日"), "2023-05-09")
    assert [d for d, _ in dated("5月9日，该企业获得2023年省级专项资金支持。", pub=inferred)] == ["--05-09"]


def test_a_bare_day_of_a_wire_story_is_in_its_datelines_month_and_an_activitys_name_gives_its_year():
    # rm17 (no headline, no stated year): `中新社长春8月22日电 …` then `记者22日在2023“外资进长春”投资促进大会暨外资项目集中签约仪式上获悉上述消息`
    found = dated("中新社长春8月22日电 （记者 郭佳）来自德国、韩国等国家和地区的59家外资企业近日走进吉林长春洽谈合作，最终与长春签约25个项目。",
                  "记者22日在2023“外资进长春”投资促进大会暨外资项目集中签约仪式上获悉上述消息。")
    assert "2023-08-22" in [d for d, _ in found]
    # other places' news, no year anywhere: `新华社合肥5月9日电 …` then `记者9日从安徽省政府新闻办获悉` is --05-09
    found = dated("新华社合肥5月9日电 （记者 张三）安徽省今年以来新签约亿元以上项目800个。", "记者9日从安徽省政府新闻办召开的发布会上获悉上述信息。")
    assert [d for d, _ in found][-1] == "--05-09"
    # a day later than the dateline's is the month before's (`28日` in a story dated the 2nd)
    found = dated("新华社合肥6月2日电 （记者 张三）这是记者在现场看到的。", "28日，项目开工。")
    assert [d for d, _ in found][-1] == "--05-28"


def test_a_year_naming_the_meeting_held_on_the_datelines_day_dates_the_story():
    # rs06 (no stated year; the dateline's year is a guess): `中新网长春2月13日电 …13日,记者从吉林省科技厅召开的
    # 2025年全省科技工作会议获悉,今年该省将…`: the meeting held that day is named by its year, so the story's
    # present is 2025, its 去年 2024, in every paragraph up to another story
    guess = PublicationDate("2025-02-13", "day", "dateline", True, ("中新网长春2月13日电", "2025年", "2月13日"), "2025-02-13")
    found = dated("中新网长春2月13日电 (高龙安 金乔)13日,记者从吉林省科技厅召开的2025年全省科技工作会议获悉,"
                  "今年该省将通过加强省级创业(风险)投资基金使用管理,支持行业领军企业牵头联合高校院所实施科技创新项目。",
                  "李岩介绍,去年吉林省启动实施科技企业创新能力提升三年行动,引导政策、人才、资金等创新要素向企业集聚。",
                  "今年,吉林省将建立基于创新积分的企业信用新模式。", pub=guess)
    assert [d for d, _ in found] == ["2025-02-13", "2025", "2024", "2025"]
    # other places' news (no date on the page): `1月1日,在山西省政府举办的全省开发区2021年第一期…“三个一批”活动上,…签署…`:
    # the activity's scope between the verb and its year, a quoted phrase in its name
    found = dated("1月1日,在山西省政府举办的全省开发区2021年第一期签约一批、开工一批、投产一批“三个一批”活动上,"
                  "中国能建山西电建应邀在长治分会场与山西省襄垣县政府签署《襄垣县经济开发区基础设施项目投资合作战略协议》。")
    assert [d for d, _ in found] == ["2021-01-01"]
    # a year of another thing in the lead is no tie: the dateline's year stays a guess, its days year-less
    guess = PublicationDate("2024-05-09", "day", "dateline", True, ("新华社合肥5月9日电", "2024年"), "2024-05-09")
    found = dated("新华社合肥5月9日电 (记者 张三)9日,记者从安徽省政府新闻办获悉,该省2024年计划实施重点项目800个。",
                  "去年,合肥启动实施新能源汽车产业集群行动。", pub=guess)
    assert all(not d[:4].isdigit() for d, _ in found)


def test_a_day_right_after_a_datelines_byline_opens_the_sentence():
    # other places' news (四川日报): `本报讯(记者 张红霞)1月22日,记者从成都市新都区获悉,…` reports that day
    text = ("本报讯(记者 张红霞)1月22日,记者从成都市新都区获悉,经过5年发展,新都区轨道交通已形成年产600辆地铁的整车制造能力,"
            "成都市场60%的地铁车为“新都造”。")
    assert [d for d, _ in dated(text, pub=day("2020-01-26"))] == ["2020-01-22"]
    # other places' news (证券时报网): `人民财讯5月12日电,上海医药(601607)5月12日晚间公告,…`: the subject's day after the dateline
    text = "人民财讯5月12日电,上海医药(601607)5月12日晚间公告,近日,公司下属控股子公司的维立西呱原料药收到《化学原料药上市申请批准通知书》。"
    assert [d for d, _ in dated(text, pub=day("2025-05-12"))][:1] == ["2025-05-12"]
    # a byline alone (no dateline before it) is no opening: `(记者 张三)` may stand anywhere
    assert dated("据了解(记者 张三)1月22日的数据显示,全市产值稳步提升。", pub=day("2020-01-26")) == []


def test_the_end_of_a_validity_is_no_happening():
    # other places' news (格隆汇, 2018-07-05): `…收到…《药品GMP证书》,…有效期至2023年6月14日, 本次认证涉及车间1个`
    text = ("上海医药宣布,近日,公司全资子公司上药信谊收到上海市食品药品监督管理局颁发的《药品GMP证书》,"
            "认证范围为片剂(小品种生产区),有效期至2023年6月14日, 本次认证涉及车间1个。")
    assert "2023-06-14" not in [d for d, _ in dated(text, pub=day("2018-07-05"))]


def test_a_year_of_the_nineteenth_century_is_a_year():
    # other places' news (哈尔滨): `1898年,俄国在东北地区修筑中东铁路时,哈尔滨才获得历史机遇建城`
    found = dated("1898年,俄国在东北地区修筑中东铁路时,哈尔滨才获得历史机遇建城。", pub=day("2024-01-04"))
    assert [d for d, _ in found] == ["1898"]
    assert [d for d, _ in dated("1898年6月9日,中东铁路开工建设。")] == ["1898-06-09"]


def test_what_a_speaker_said_is_no_figure_of_the_day_he_said_it():
    # rg07 (traditional): `今年9月29日,中國一汽供應保障暨落實“六個回歸”動員會上,…雷平表示,“近年來一汽持續快速增長,…”`
    text = simplified("今年9月29日，中國一汽供應保障暨落實“六個回歸”動員會上，中國一汽黨委常委、副總經理雷平表示，"
                      "“近年來一汽持續快速增長，很大程度上得益於吉林省、長春市創造的優渥營商環境，而這進一步堅定了中國一汽紮根長春發展的決心。”")
    assert [d for d, _ in dated(text, pub=day("2021-10-18"))] == ["2021-09-29"]
    # other places' news: `3月2日，…座谈会上，…表示：“去年全市工业增加值增长8%…”`
    text = "3月2日，在全市民营企业座谈会上，市长李明表示：“去年全市规上工业增加值同比增长8%，今年要再上台阶。”"
    assert [d for d, _ in dated(text, pub=day("2024-03-05"))] == ["2024-03-02"]
    # a figure the clause itself reports stays a figure
    assert dated("3月2日，全市规上工业增加值同比增长8%。", pub=day("2024-03-05")) == []


def test_a_first_time_is_a_milestone_and_built_with_aid_is_built():
    # rl14: `2024年,中欧班列(长珲欧)首次从欧洲进口25吨猪头肉类`
    found = dated("长春兴隆综合保税区近年陆续获批汽车进口口岸与肉类进口口岸。2024年，中欧班列（长珲欧）首次从欧洲进口25吨猪头肉类，为中国肉品市场带来更多选择。",
                  pub=day("2025-07-19"))
    assert [d for d, _ in found] == ["2024"]
    # rn15 (traditional): `這里是1956年由前蘇聯援建的汽車制造工廠`; other places' news: `1958年兴建的洛阳拖拉机厂`
    assert [d for d, _ in dated(simplified("這里是1956年由前蘇聯援建的汽車制造工廠。"))] == ["1956"]
    assert [d for d, _ in dated("这是1958年兴建的洛阳第一拖拉机厂。")] == ["1958"]
    # a figure reached for the first time stays a figure
    assert dated("2023年，全市汽车产量同比增长12%，首次突破300万辆。", pub=day("2024-01-05")) == []


def test_a_holiday_of_a_written_year_opening_a_sentence_dates_what_follows():
    # re12: `…生产线连续作业。2023年春节期间连续生产、加班加点为在产业务Audi新A6L及AudiQ5等主力车型建储保供`
    text = ("富晟李尔是一汽集团核心供应商。2023年春节期间连续生产、加班加点为在产业务Audi新A6L及AudiQ5等主力车型建储保供，"
            "为2023年即将量产的红旗C001高压线束做前期生产准备。")
    inferred = PublicationDate("2023", "year", "inferred", True, ("2023年",), "2023")
    assert [d for d, _ in dated(text, pub=inferred)] == ["2023", "2023"]
    # other places' news: `2024年国庆假期，合肥蔚来工厂不停产`
    assert [d for d, _ in dated("2024年国庆假期，合肥蔚来工厂不停产，工人三班倒赶订单。", pub=day("2024-10-09"))] == ["2024"]
    # a holiday's figures stay figures
    assert dated("2024年春节期间，全市接待游客300万人次，同比增长20%。", pub=day("2024-02-20")) == []


def test_a_day_heading_a_clause_before_its_subject_is_a_happening_comma_or_not():
    # rm09: `…重要指示批示精神，7月23日国务院调查组赶赴吉林，开展…案件调查工作`
    text = "最新消息显示，为贯彻落实重要指示批示精神，7月23日国务院调查组赶赴吉林，开展长春长生违法违规生产狂犬病疫苗案件调查工作。"
    assert [d for d, _ in dated(text, pub=day("2018-07-25"))] == ["2018-07-23"]
    # other places' news: `9月12日晚，…` is a time of day; `9月12日国家发改委在京召开…`
    assert [d for d, _ in dated("9月12日国家发改委有关负责人赴浙江调研。", pub=day("2023-09-15"))] == ["2023-09-12"]
    # what a day qualifies is no happening: 7月23日的会议, 7月23日起, 7月23日是
    assert dated("7月23日的会议气氛热烈。7月23日是全国科普日。", pub=day("2018-07-25")) == []


def test_a_datelines_month_is_not_carried_past_the_paragraph_after_it():
    # the undated date sentences as one list page (scripts/score_date_sentences.py): `中新社长沙10月28日电 …`
    # then another item, `據新華社電 中國南車株洲電力機車有限公司1日宣布`: its 1日 is of no known month
    found = dated("中新社长沙10月28日电（记者 刘双双）28日，一款地铁车辆在株洲正式下线。", "该车辆将于明年交付。",
                  simplified("據新華社電 中國南車株洲電力機車有限公司1日宣布,他們制造的一列A型地鐵列車已經投入運輸。"))
    assert [d for d, _ in found][-1] == "---01"


def test_a_year_between_a_subject_and_its_trigger_verb_dates_it():
    # other places' news (tests/fixtures/date_sentences.yaml s18): `…ET9,成為蔚來2018年落戶合肥以來最貴一款`
    found = dated(simplified("2024年12月21日,蔚來汽車發布80萬元級別智能電動行政旗艦ET9,成為蔚來2018年落戶合肥以來最貴一款。"))
    assert [d for d, _ in found] == ["2024-12-21", "2018"]
    # a year that qualifies a noun stays a name's (列入2022年技术创新工程计划)
    assert dated("该项目列入吉林省2022年技术创新工程计划。") == []


def test_a_written_year_since_which_things_happened_dates_them_at_the_head_of_a_sentence():
    # s73 (traditional): `據介紹,2017年以來,GE産業園、百濟神州、賽默飛等行業巨頭紛紛落戶廣州開發區`
    found = dated(simplified("據介紹,2017年以來,GE産業園、百濟神州、賽默飛等行業巨頭紛紛落戶廣州開發區。"), pub=day("2018-11-15"))
    assert [d for d, _ in found] == ["2017"]
    # figures summed since a year stay figures; 今年以来 dates nothing
    assert dated("2017年以来，全市工业产值年均增长8%。今年以来，多个项目落户。", pub=day("2018-11-15")) == []


def test_a_day_or_year_told_by_a_story_a_sign_off_line_ended_is_no_later_storys_same_day():
    # two items of a list page, the first closed by its reporter's line: the second's 当天 / 同年 refer to
    # nothing told in its own story, so they name no date (not the first story's day or year)
    found = dated("2019年5月1日，长春某产业园项目签约。", "（记者 张三）", "当天，合肥新桥智能电动汽车产业园开工。",
                  "同年10月，该产业园一期建成。")
    assert [d for d, _ in found] == ["2019-05-01"]


def test_an_annual_meeting_or_a_december_day_gives_no_year_by_its_name():
    # `召开2023年度工作总结大会` is held after the year it sums up; a year's meeting held in December is often the next year's
    inferred = PublicationDate("2023", "year", "inferred", True, ("2023年", "1月9日"), "2023")
    assert [d for d, _ in dated("1月9日，该区召开2023年度工作总结大会，表彰先进企业。", pub=inferred)] == ["--01-09"]
    assert [d for d, _ in dated("12月28日，该市召开2024年全市经济工作会议，部署全年任务。", pub=inferred)] == ["--12-28"]


def test_a_later_year_that_tells_another_happening_ties_no_year_to_this_years_dates():
    # a story that opens in the present and then recounts history: the page states no date and its
    # latest written year (the inferred one) is the year of another happening, not the writer's present
    cases = [("今年7月，长春汽博会开幕。1953年，一汽在长春奠基。", "1953"),
             ("今年5月，新工厂封顶。2019年，公司在长春成立。", "2019"),
             ("今年5月，新工厂封顶。该公司2019年在长春成立。", "2019"),
             ("今年6月，公司新工厂投产。公司成立于2015年。", "2015")]
    for text, year in cases:
        inferred = PublicationDate(year, "year", "inferred", True, (f"{year}年",), year)
        assert dated(text, pub=inferred)[0][0].startswith("--"), text
    # a year that sums up what was just told still ties (rf06: `今年7月，…；今年8月，…。2022年，长春圣博玛…`)
    inferred = PublicationDate("2022", "year", "inferred", True, ("2022年",), "2022")
    found = dated("今年7月，长春圣博玛投资建设的产业化项目开工建设；今年8月，长春圣博玛获评国家级专精特新“小巨人”企业……"
                  "2022年，在企业发展的上升期，长春圣博玛喜讯连连，捷报频传。", pub=inferred)
    assert [d for d, _ in found][:2] == ["2022-07", "2022-08"]


def test_a_date_of_this_year_after_a_wire_datelines_day_is_a_plan():
    # rh01 (traditional, no stated year): `【香港中通社記者李孝諄9月16日電】…` then `據悉,今年十月一日新中國六十週年閱兵禮上,…將乘坐…`
    found = events(simplified("【香港中通社記者李孝諄9月16日電】吉林省省長韓長賦日前向香港記者披露，一汽今年產量將突破一百八十萬輛。"),
                   simplified("據悉，今年十月一日新中國六十週年閱兵禮上，國家主席將乘坐「一汽」生產的最新式轎車，檢閱海陸空三軍。"))
    assert [(e.date, e.plan) for e in found] == [("--10-01", True)]
    # other places' news: `新华社合肥3月5日电 …今年6月，…` is ahead of the story; `今年2月，…` is not
    found = events("新华社合肥3月5日电 （记者 张三）今年2月，蔚来第二工厂投产。", "今年6月，新车型在合肥下线。")
    assert [(e.date, e.plan) for e in found] == [("--02", False), ("--06", True)]


def test_this_year_with_a_plan_word_further_on_in_its_clause_schedules_an_event():
    # ri17: `…快速突破,今年该市光电信息领域要推动200项以上科技成果转化落地` (要 nine characters on)
    found = [(e.date, e.plan) for e in events("长春6月7日电 (谭伟旗)吉林长春正在全力推动五大重点领域快速突破,"
                                              "今年该市光电信息领域要推动200项以上科技成果转化落地。", pub=day("2024-06-07"))]
    assert ("2024", True) in found
    # constructed: the same shape with 计划 after a longer subject
    found = [(e.date, e.plan) for e in events("会上获悉,今年全市汽车零部件配套企业计划开工建设30个项目。", pub=day("2023-03-01"))]
    assert ("2023", True) in found
    # a 今年 that sums up the year with no plan word stays no event
    assert not [e for e in events("今年全市汽车零部件配套企业开工建设30个项目。", pub=day("2023-11-01")) if e.date == "2023"]
    # nor a speaker's wish in quotes (`表示：“…今年全市要再上台阶。”`)
    assert not [e for e in events("市长表示：“今年全市汽车零部件配套企业要开工建设30个项目。”", pub=day("2023-03-01")) if e.date == "2023"]


def test_a_plan_word_further_on_schedules_no_this_year_of_a_text_older_than_its_page():
    # rf03: `发布时间:2007-03-30` over `新华社信息长春3月2日电(记者杜学静)2004年,吉林修正集团将开始建设…`, headline
    # `今年吉林修正药业集团将开建“生物医药科技园”`: a plan for 2004 was written by 2004, so the page's year is
    # not the writer's present; the plan word nine characters on does not make its 今年 the page's 2007
    page = PublicationDate("2007-03-30", "day", "web-page", False, ("发布时间:2007-03-30 09:00:18",))
    a = Article("seeds/x.txt", "x", "x", "今年吉林修正药业集团将开建“生物医药科技园”", date=page,
                blocks=(Block(BlockKind.PARAGRAPH, "新华社信息长春3月2日电(记者杜学静)2004年,吉林修正集团将开始建设“生物医药科技园”。", (1,), "p1"),))
    found = [(e.date, e.sources[0].text[:4]) for e in extract_events(a, WORDS)]
    assert not [d for d, _ in found if d.startswith("2007")], found
    # the same headline over a text of the page's own time is scheduled in the page's year
    a = Article("seeds/x.txt", "x", "x", "今年吉林修正药业集团将开建“生物医药科技园”", date=page,
                blocks=(Block(BlockKind.PARAGRAPH, "新华社长春3月2日电 吉林修正集团将开始建设科技园。", (1,), "p1"),))
    assert "2007" in [e.date for e in extract_events(a, WORDS)]


def test_a_dated_field_whose_label_names_what_happens_is_an_event():
    # rp21: `公示日期: 2025年7月20日-2025年7月25日` (the notice period); rp25: `公示日期:2019年10月15日`
    assert [(e.date, e.action) for e in events("公示日期: 2025年7月20日-2025年7月25日", pub=day("2025-07-24"))] == [("2025-07-20/2025-07-25", "公示")]
    assert [e.date for e in events("公示日期:2019年10月15日")] == ["2019-10-15"]
    # constructed: a table's field
    assert [e.date for e in events("开工时间：2021年3月15日")] == ["2021-03-15"]
    # a page's own publication label is no event
    assert events("发布时间：2021年3月15日") == []


def test_a_span_the_publication_has_not_seen_end_is_scheduled():
    # rp17 (a page of 2022-06-15): `长春轨道交通1号线南延线工程工期为2021年10月1日到2026年9月30日`
    found = [(e.date, e.plan) for e in events("据了解,长春轨道交通1号线南延线工程工期为2021年10月1日到2026年9月30日。", pub=day("2022-06-15"))]
    assert found == [("2021-10-01/2026-09-30", True)]
    # constructed: an exhibition's run, seen from its middle
    assert [(e.date, e.plan) for e in events("本届展会展期为2024年5月1日至2024年10月31日。", pub=day("2024-06-01"))] == [("2024-05-01/2024-10-31", True)]
    # a span over before the page is no plan, and with no trigger no event
    assert events("工程工期为2021年10月1日到2022年3月30日。", pub=day("2022-06-15")) == []


def test_put_into_production_is_a_trigger():
    # rp22: `预计该工厂将于2011年8月开始施工,2012年年末投入生产`
    found = [(e.date, e.plan) for e in events("预计该工厂将于2011年8月开始施工,2012年年末投入生产。", pub=day("2010-11-17"))]
    assert ("2012-12", True) in found
    # constructed: done
    assert [e.date for e in events("2019年5月,二期工厂正式投入生产。", pub=day("2020-01-01"))] == ["2019-05"]


def test_a_lead_that_frames_its_year_dates_the_year_less_days_of_the_review():
    # rp04 (traditional, no date line): `2019年，于大陸集團而言，是組織架構調整的一年，…` then paragraphs opening
    # `3月6日，…`, `7月18日，…`, `10月15日，…`: a review of that year
    from atlas.extract.pubdate import date_article
    a, _ = date_article(article(simplified("2019年，于大陸集團而言，是組織架構調整的一年，但這同樣未能影響其在中國市場加速擴張的腳步。"),
                                simplified("3月6日，大陸集團宣布其位于重慶的研發中心正式投入運營。重慶研發中心2017年6月開始動工。"),
                                simplified("7月18日，大陸集團在中國蕪湖的動力總成工廠擴建開業。"),
                                simplified("10月15日，大陸集團宣布其長春凈月工廠擴建項目正式投入運營。")))
    dates = [e.date for e in extract_events(a, WORDS)]
    assert {"2019-03-06", "2019-07-18", "2019-10-15"} <= set(dates), dates
    # constructed: another review
    a, _ = date_article(article("2022年，对长春新区来说，是项目建设丰收的一年。", "3月5日，新区重点项目集中开工。", "9月1日，光电产业园投产。"))
    assert {"2022-03-05", "2022-09-01"} <= {e.date for e in extract_events(a, WORDS)}
    # a year that reports figures frames nothing: the days keep an unknown year
    a, _ = date_article(article("2022年，长春新区地区生产总值增长8%。", "3月5日，新区重点项目集中开工。"))
    assert "--03-05" in {e.date for e in extract_events(a, WORDS)}


def test_upgraded_and_rolled_out_are_triggers():
    # rq17: `…企业孵化基地而设立,2008年升格为省级光电子产业孵化基地`; rp08: `该局2025年已全面推行社会投资项目“用地清单制”`
    assert "2008" in [e.date for e in events("该孵化器依托中科院长春光电子产业园区企业孵化基地而设立,2008年升格为省级光电子产业孵化基地。")]
    assert "2025" in [e.date for e in events("作为《服务指南》的核心举措之一,该局2025年已全面推行社会投资项目“用地清单制”。", pub=day("2026-02-27"))]
    # constructed: another body, another year
    assert [e.date for e in events("2019年，长春新区升格为国家级新区。")] == ["2019"]


def test_a_year_right_before_will_and_its_trigger_is_a_plan_for_that_year():
    # rr06 (a 2012 page on metro line 1): `…剩余几座车站2013年将全部开工`; the year glued to the noun
    # before it is no part of a name when 将 and what will be done follow at once
    assert dated("按照计划轨道交通1号线包括CBD红咀子等剩余几座车站2013年将全部开工。")[0][0] == "2013"
    assert dated("长春新区2025年将建成10个产业园。")[0][0] == "2025"
    assert dated("列入吉林省2022年技术创新工程计划。") == []


def test_a_written_year_heading_who_did_what_dates_it():
    # rm03, rs17: a year, its comma, then a subject, a verb and its object
    assert dated("2023年,长春新区高标准建设“长春人才创新港”,坚持政策惠才、产业引才、平台聚才、服务暖才。",
                 pub=day("2024-01-20"))[0][0] == "2023"
    assert dated("2005年,中国科学院长春光学精密机械与物理研究所开展卫星整星研制技术攻关。")[0][0] == "2005"
    # rs14, rs10: the verb glued to the year, after the clause before
    assert "2016" in [d for d, _ in dated("生产规模居亚洲前列,2016年获国家科技进步二等奖。")]
    assert "2003" in [d for d, _ in dated(simplified("于鳳海是吉林人,2003年畢業于吉林大學管理學院后前往北京工作、創業。"))]
    # constructed
    assert dated("2019年，一汽解放在长春组建新能源事业部。")[0][0] == "2019"
    assert dated("2012年加入长春一汽，任技术员。")[0][0] == "2012"
    # rr03 (traditional): `2020年,玲珑輪胎在位居中國輪胎前三強…的大好局面下蓄勢而上`: jieba reads the brand's first word as an
    # adjective (玲珑 a, 轮胎 n): an adjective before a noun is a noun phrase, the subject
    found = dated(simplified("2020年,玲珑輪胎在位居中國輪胎前三強、世界輪胎二十強,穩步推進“5+3”戰略的大好局面下蓄勢而上,全面升級為“6+6”戰略。"),
                  pub=day("2020-04-17"))
    assert [d for d, _ in found] == ["2020"]


def test_a_written_year_heading_a_state_a_figure_or_a_frame_dates_nothing():
    # seed 002's summaries: a state, no object (`收获满满`, `多起来`); rf06: `进入了高速发展的“快车道”`
    assert dated("2023年，长春高端装备制造收获满满。", pub=day("2024-01-20")) == []
    assert dated("2023年，长春装备制造投资多起来，信心强起来。", pub=day("2024-01-20")) == []
    assert dated("2022年，长春圣博玛已经进入了高速发展的“快车道”。", pub=day("2023-05-20")) == []
    # constructed: a figure, a frame, a circumstance
    assert dated("2022年，长春新区地区生产总值达到1000亿元。", pub=day("2023-05-20")) == []
    assert dated("2022年，对长春新区来说，是项目建设丰收的一年。", pub=day("2023-05-20")) == []
    assert dated("2020年受疫情影响，订单有所减少。", pub=day("2021-05-20")) == []


def test_a_parenthesis_after_the_subject_of_a_news_lead_is_part_of_the_subject():
    # rq03: a stock code between the company and the day of what it said
    assert dated(simplified("奧來德(688378.SH)8月22日在投資者互動平臺表示,公司的產品進展順利。"), pub=day("2023-08-23")) == [
        ("2023-08-22", "奥来德(6883")]
    # constructed: a stock code, a short name the text introduces
    assert dated("长春高新（000661.SZ）3月5日晚间公告，子公司获得药品注册证书。", pub=day("2024-03-06"))[0][0] == "2024-03-05"
    assert dated("一汽解放（以下简称“解放”）2日在长春发布新一代重卡。", pub=day("2024-03-06"))[0][0] == "2024-03-02"
    # a photo credit's day stays none, with or without a parenthesis
    assert dated("张楠（实习生）10月31日摄") == []


def test_this_year_between_a_subject_and_its_trigger_schedules_it():
    # rp19: `…,项目一期今年开工建设;` (a 2017 page): a plan for the year in progress
    found = events("项目达产达效后,年产值预计达1000亿元,利税约200亿元,项目一期今年开工建设;年产30万套动力电池研发、生产基地项目投资约100亿元。",
                   pub=day("2017-02-27"))
    assert [(e.date, e.plan, e.sources[0].text) for e in found] == [("2017", True, "项目一期今年开工建设")]
    # constructed
    assert [(e.date, e.plan) for e in events("该产业园二期工程今年竣工。", pub=day("2023-04-02"))] == [("2023", True)]
    # not a year qualifying a noun (今年举办的…), nor a figure of the year (今年完成投资300亿元)
    assert events("全市今年举办的博览会吸引了众多企业。", pub=day("2023-04-02")) == []
    assert events("全市今年完成固定资产投资300亿元。", pub=day("2023-04-02")) == []


def test_a_year_after_bao_zheng_is_a_plan_as_after_que_bao():
    # rr06 (a 2012 page): `…2013年将全部开工,以保证2015年轨道交通1号线顺利运营通车`: two plans, each its own year
    found = dated("按照计划轨道交通1号线包括CBD红咀子等剩余几座车站2013年将全部开工,以保证2015年轨道交通1号线顺利运营通车。",
                  pub=day("2012-05-01"))
    assert [d for d, _ in found] == ["2013", "2015"]
    # constructed
    assert [(e.date, e.plan) for e in events("项目今年5月开工，保证2025年6月竣工投产。", pub=day("2024-05-01"))][-1] == ("2025-06", True)


def test_a_dated_clause_whose_verb_took_le_and_an_object_reports_what_was_done():
    # rg13: `…为经开区 2018 年的总体布局和战略发展指明了方向` (as the reader gives it: `2018年`): no trigger
    # word, but a verb, 了 and its object
    found = dated("年初,区领导提出“切实提升执行力, ”做“有办法”的领导干部,为经开区 2018年的总体布局和战略发展指明了方向。")
    assert [d for d, _ in found] == ["2018"]
    # constructed: any verb of a done deed
    assert dated("长春新区在2021年引进了一批光电企业。", pub=day("2022-01-20")) == [("2021", "长春新区在202")]
    assert dated("长春新区在2021年10月引进了一批企业。", pub=day("2022-01-20")) == [("2021-10", "长春新区在202")]
    # a state (多了起来), a verb without 了, a stock taken as of a date: no event
    assert dated("2022年，企业订单多了起来。", pub=day("2023-01-20")) == []
    assert dated("长春新区在2021年关心相关企业。", pub=day("2022-01-20")) == []
    assert dated("截至2023年底，全区集聚了200多户企业。", pub=day("2024-01-20")) == []


def test_a_date_after_zi_or_cong_dates_the_deed_its_subject_did_from_then():
    # rt13 (traditional, a 2012 page): `特別是自2007年開發區北上擴容,吹響二次創業號角`: no trigger word
    # (擴容), but a subject and its verb right after the start the date gives
    found = dated(simplified("特別是自2007年開發區北上擴容,吹響二次創業號角,長江路開發區邁入高速發展的新階段。"), pub=day("2012-06-01"))
    assert [d for d, _ in found] == ["2007"]
    # ru11: `从1月上旬开始,新华网吉林频道开设“新华访谈”系列栏目` (a month's part opening a span)
    found = dated("从1月上旬开始,新华网吉林频道开设“新华访谈”系列栏目,邀请长春市各县市区“一把手”畅谈振兴发展思路,敬请关注!",
                  pub=day("2023-01-18"))
    assert [d for d, _ in found] == ["2023-01"]
    # constructed: 起 as 开始; a day too
    assert [d for d, _ in dated("从2018年起，长春市启用新的审批系统。", pub=day("2020-01-02"))] == ["2018"]
    # a figure from then (a statistic), a plan, no subject, a span summed up (以来): no event
    assert dated("从2020年开始，全市工业产值逐年增长。", pub=day("2023-01-02")) == []
    assert dated("从2020年开始，全区新增企业300户。", pub=day("2023-01-02")) == []
    assert dated("从明年开始，长春市将启用新的审批系统。", pub=day("2023-01-02"))[0][0] == "2024"
    assert dated("从2020年开始，逐步推进改革。", pub=day("2023-01-02")) == []


def test_zhe_yi_nian_is_the_year_told_just_before():
    # ru11: `2022年是长春净月高新区发展史上不平凡的一年…。` then `这一年,长春净月高新区…成功获批国家自主创新示范区`
    found = events("2022年是长春净月高新区发展史上不平凡的一年,更是捷报频传的一年。",
                   "这一年,长春净月高新区(以下简称净月高新区)经济运行向好、产业发展有力、城乡环境舒适、民生保障完善,在奋进中迎来新机遇,成功获批国家自主创新示范区,为长春全面振兴厚植新优势。",
                   pub=day("2023-01-18"))
    assert ("2022", "p2") in [(e.date, e.sources[0].block) for e in found]
    # a page found with the search tool (http://www.2008online.cn/a/202511/09/WS69107ca4a310ceca48b7bcfe.html, traditional):
    # `變化始于2023年。這一年,中西部地區開始嶄露頭角,…首次躋身百強榜單第17位。`
    found = events(simplified("變化始于2023年。這一年,中西部地區開始嶄露頭角,安徽長豐(雙鳳)經開區依托比亞迪合肥基地,形成完整的新能源汽車產業鏈,首次躋身百強榜單第17位。"),
                   pub=day("2025-11-09"))
    assert [(e.date, e.sources[0].text[:3]) for e in found] == [("2023", "这一年")]
    # constructed: in one paragraph; with no year told before it, no date; 这一年来 is a span
    assert ("2019", "这一年，工厂正式") in dated("2019年，企业迁入新区。这一年，工厂正式投产。", pub=day("2023-01-02"))
    assert dated("这一年，工厂正式投产。", pub=day("2023-01-02")) == []
    assert [m.expression for m in find_date_expressions("2019年，企业迁入新区。这一年来，工厂不断投产新线。", day("2023-01-02"))] == ["2019年"]


def test_this_year_with_its_part_dates_what_happened_then():
    # other places' passage s126 (traditional, a page of 2023-12-06): `4680電池原計劃在2021年開始量產,但直到今年年中才小規模量產`:
    # 今年年中 is a time as precise as `2019年初`, and ends the clause of the 2021 plan
    found = events(simplified("4680電池原計劃在2021年開始量產,但直到今年年中才小規模量產。"), pub=day("2023-12-06"))
    assert [(e.date, e.plan, e.sources[0].text) for e in found] == [
        ("2021", True, "4680电池原计划在2021年开始量产"), ("2023", False, "但直到今年年中才小规模量产")]
    # constructed: 今年年初 with a trigger; a bare 今年 still sums up a year; a figure of the part is a statistic
    assert dated("今年年初，长春市出台了新的人才政策。", pub=day("2023-06-02")) == [("2023", "今年年初，长春市")]
    assert dated("今年，全市工业产值达到1000亿元。", pub=day("2023-06-02")) == []
    assert dated("今年年初，全市工业产值同比增长5%。", pub=day("2023-06-02")) == []
    # rm18 (a 2017 page): `…联合对外发布,明年初将在甘肃酒泉发射“德清一号”卫星`: a plan's part of a year stays vague
    assert dated("德清县人民政府与长光卫星技术有限公司联合对外发布,明年初将在甘肃酒泉发射“德清一号”卫星。", pub=day("2017-11-15")) == []


def test_tong_ri_right_after_its_subject_is_the_day_told_before():
    # other places' passage s118 (traditional, no stated date): `28日,中航鋰電…生產線順利投產。…。中航鋰電高新產業園同日啟用,…`:
    # 同日 cannot name a day of its own words (as `活动当天` does): after a subject it is the day told before
    found = dated(simplified("28日,中航鋰電1.2億安時大容量鋰離子動力電池生產線順利投產。這是目前國內規模最大的項目。"
                             "中航鋰電高新產業園同日啟用,該產業園總投資36億元。"))
    assert [d for d, _ in found] == ["---28", "---28"]
    # constructed: with a year; 同日而语 is no day
    assert [d for d, _ in dated("2023年5月8日，一汽新工厂投产。研发中心同日揭牌。", pub=day("2023-05-10"))] == ["2023-05-08", "2023-05-08"]
    assert [d for d, _ in dated("2023年5月8日，一汽新工厂投产。两者不可同日而语，研发中心揭牌。", pub=day("2023-05-10"))] == ["2023-05-08"]


def test_this_year_at_the_head_of_a_quote_that_opens_the_paragraph_heads_its_clause():
    # ru13 (a 2024 page): `“今年,长春要在已投入运营的11192套…公寓基础上,再投入5029套公寓,…。”长春市人社局相关负责人的一句话,…`
    found = events("“今年,长春要在已投入运营的11192套青年群体共享公寓、单身公寓基础上,再投入5029套公寓,助力来(留)长青年人才短期过渡、中期发展、长期定居。”"
                   "长春市人社局相关负责人的一句话,道出了长春聚焦青年人才实际需求。", pub=day("2024-06-24"))
    assert [(e.date, e.plan) for e in found] == [("2024", True)]
    # a speaker's words after a colon stay a wish
    assert events("他表示：“今年，我们要再上台阶。”", pub=day("2024-06-24")) == []


def test_the_day_of_a_happening_told_before_is_its_day():
    # rs03 (a 2022-02-18 page): `17日,…吉林中科先导投资基金完成落地签约。` then, after a paragraph telling
    # `2022年1月20日组建成立`, `…8个科技创新项目还在中科先导投资基金签约当日进行了路演推介`: 签约当日 is the day of
    # the signing told before, not the last day told
    found = dated("新华财经长春2月18日电(记者王晓林) 17日,由吉林省长春市财政局牵头组织的“长兴基金”首支子基金——吉林中科先导投资基金完成落地签约。",
                  "“长兴基金”于2022年1月20日组建成立,支持长春汽车、高端装备制造等产业体系构建。",
                  "此外,来自长春市的8个科技创新项目还在中科先导投资基金签约当日进行了路演推介。",
                  pub=day("2022-02-18"))
    assert [d for d, _ in found] == ["2022-02-17", "2022-01-20", "2022-02-17"]
    # constructed: no such happening told before, or a word that is no trigger (活动当天): no date
    assert dated("项目签约当日进行了路演推介。", pub=day("2022-02-18")) == []
    assert [d for d, _ in dated("5月8日，一汽新工厂投产。", "活动当天，企业进行了路演推介。", pub=day("2022-05-10"))] == ["2022-05-08"]


def test_a_quarter_without_its_year_on_an_undated_page_is_of_the_year_that_opened_the_paragraph():
    # other places' passage s105 (no stated date): `2020年,二七区将全力推进…260个重大建设项目,…。一季度,二七区还将陆续开工11个…重大建设项目`
    found = events("按照全年谋划安排,2020年,二七区将全力推进总投资3900亿元的260个重大建设项目,力争实现年度投资630亿元、新开工项目60个以上。"
                   "一季度,二七区还将陆续开工11个总投资47.1亿元的重大建设项目,力争实现项目“开门红”。")
    assert [(e.date, e.plan) for e in found] == [("2020", True), ("2020-Q1", True)]
    # constructed: a done year and its half; with no year before it, none
    assert [d for d, _ in dated("2019年，一汽解放在长春组建新能源事业部。下半年，新工厂正式投产。")] == ["2019", "2019-H2"]
    assert dated("下半年，新工厂正式投产。") == []


def test_yu_between_a_subject_and_a_date_dates_what_the_subject_did():
    # other places' passage s110 (traditional, no stated date): `市商務局于今年3月向省政府申報花山經濟開發區為省服務外包產業示範園區`
    # (jieba tags 申报 as a noun: by 于, not by the verb)
    found = dated(simplified("推動服務外包產業發展。市商務局于今年3月向省政府申報花山經濟開發區為省服務外包產業示範園區。"))
    assert [d for d, _ in found] == ["--03"]
    # constructed: with a stated year; a plan (将于), a figure, or nothing after the date: no such event
    assert [d for d, _ in dated("该公司于2019年5月向证监会报送材料。", pub=day("2020-01-02"))] == ["2019-05"]
    assert dated("全区于2019年新增企业300户。", pub=day("2020-01-02")) == []
    assert dated("该厂的厂房建于2019年。", pub=day("2020-01-02")) == []
    # 于 of another word (由于, 对于, 晚于): a cause, a topic, a comparison
    assert dated("企业由于2020年疫情影响，订单减少。", pub=day("2021-05-02")) == []
    assert dated("相关政策对于2020年企业发展意义重大。", pub=day("2021-05-02")) == []


def test_a_month_whose_years_digits_the_copy_lost_is_of_an_unknown_year():
    # other places' passage s98 (a forum copy that lost its numbers: `新增就业人`): `项目一期计划年10月完工;二期计划年9月开工,年1月完工`
    found = events("项目规划分为科技孵化和食品加工两个板块,预计投产后可实现年产值10亿元、利税2.3亿元,新增就业人。项目一期计划年10月完工;二期计划年9月开工,年1月完工。",
                   pub=day("2023-05-02"))
    assert [e.date for e in found] == ["--10", "--09", "--01"]
    assert [e.plan for e in found][:2] == [True, True]  # (the third's plan word is in the clause before it: not read)
    # not a year word's month (每年10月, 全年10月 are no lost year), nor 同年10月 (the year told before)
    assert dated("每年10月，长春都举办汽博会。全年10月份用电最多。", pub=day("2023-05-02")) == []


def test_a_modal_before_a_date_makes_it_a_plan():
    # rv08 (traditional, written in 2003): `日野(HINO)汽車也會自2004年以後,在上海開始生產柴油引擎` — 也会 (will also)
    # before 自 and a year: what the company will do from then on, a plan at the year as written
    (e,) = events(simplified("日野(HINO)汽車也會自2004年以後,在上海開始生產柴油引擎以及大型貨卡車。"))
    assert (e.date, e.plan) == ("2004", True)
    # 会 that ends a noun (博览会) before a date is no modal: the fair was held then
    (e,) = events("博览会2023年6月在长春举办。")
    assert (e.date, e.plan) == ("2023-06", False)


def test_this_session_of_an_activity_named_by_its_year_is_that_year():
    # rw12 (no stated date): the final of `长春市2025年“超越杯”…大赛` was held on 12月26日; `本届大赛` in a later
    # paragraph is that contest, so its `7月` is of 2025
    inferred = PublicationDate("2025", "year", "inferred", True, ("2025年", "12月26日"), "2025-12-26")
    lead = ("12月26日,由长春新区管理委员会联合中共长春市委组织部共同举办的长春市2025年“超越杯”青年科技创新创业大赛决赛"
            "在长春新区成功举办。")
    found = dated(lead, "▲为特等奖团队颁奖。", "本届大赛自7月正式启动以来,吸引了各个产业类别176个项目踊跃参赛。", pub=inferred)
    assert ("2025-07", "本届大赛自7月正") in found
    # another activity (本次论坛) is not the contest: its month keeps no year
    found = dated(lead, "本次论坛自7月正式启动以来,吸引了176个项目。", pub=inferred)
    assert "2025-07" not in [d for d, _ in found]


def test_a_table_row_whose_label_names_a_happening_dates_it():
    # rv16 (traditional, an encyclopedia's infobox pasted as a table): the first cell says what happened, the
    # other cells when (`投入运营 | 首批:2011年12月7日[註 1] 次批:2013年1月31日[註 1] |`, `製造年份 | 首批:2010年-2012年 …`)
    found = dated(simplified("投入运营 | 首批：2011年12月7日[註 1] 次批：2013年1月31日[註 1] |"))
    assert [d for d, _ in found] == ["2011-12-07", "2013-01-31"]
    found = dated(simplified("製造年份 | 首批：2010年-2012年 次批：2012年-2013年 |"))
    assert [d for d, _ in found] == ["2010/2012", "2012/2013"]
    # a row whose label names no happening (a figure's year, a number) dates nothing
    assert dated("统计年份 | 2023年 |") == []
    assert dated("车辆编号 | A/C351-394 B/C851-872 |") == []
