"""Date forms of real web pages (issue 17), each from a sentence of the real-article corpus's tuning
half (tests/fixtures/real_articles/): bare days, 今年年底, 年内, plan words glued to a year, events of
unknown year (kept by the article, left off the timeline), a year the text implies."""
from __future__ import annotations

from pathlib import Path

from atlas.extract.dates import find_date_expressions
from atlas.extract.events import extract_events, load_event_words
from atlas.extract.pubdate import date_article
from atlas.link.timeline import _date_report
from atlas.records import Article, Block, BlockKind, PublicationDate

ROOT = Path(__file__).resolve().parent.parent
WORDS = load_event_words(ROOT, [])


def day(iso: str) -> PublicationDate:
    return PublicationDate(iso, "day", "web-page", False)


def article(*paragraphs: str, pub: PublicationDate | None = None, kinds=None) -> Article:
    kinds = kinds or [BlockKind.PARAGRAPH] * len(paragraphs)
    blocks = tuple(Block(k, t, (i + 1,), f"p{i + 1}") for i, (k, t) in enumerate(zip(kinds, paragraphs)))
    return Article("seeds/x.txt", "x", "x", "t", date=pub, blocks=blocks)


def events(*paragraphs: str, pub: PublicationDate | None = None):
    return extract_events(article(*paragraphs, pub=pub), WORDS)


def test_a_bare_day_is_in_the_publication_month():
    # rb02 (page dated 2025-09-25) and ra11 (dated 2023-01-06)
    (e,) = events("2025空军航空开放活动和长春航空展23日落幕。", pub=day("2025-09-25"))
    assert (e.date, e.action) == ("2025-09-23", "落幕")
    (e,) = events("在5日举行的长春汽车经济技术开发区2023年招商引资项目集中签约暨落位项目启动活动上,64个项目集中签约。", pub=day("2023-01-06"))
    assert e.date == "2023-01-05"


def test_a_bare_day_after_the_publication_day_is_last_months():
    (m,) = [x for x in find_date_expressions("28日,项目开工。", day("2024-03-05")) if x.kind == "date"]
    assert m.iso == "2024-02-28"


def test_a_bare_day_without_a_publication_date_keeps_month_and_year_unknown():
    # ra17: `26日,中国北方(长春)高速动车产业基地配套项目战略合作签约仪式日前在长春市举行`
    (e,) = events("26日,中国北方(长春)高速动车产业基地配套项目战略合作签约仪式日前在长春市举行。")
    assert e.date == "---26" and not e.certain
    assert not [x for x in find_date_expressions("新华社长春1月9日电", None) if x.expression == "9日"]


def test_this_years_end_is_december():
    # rb19: `今年年底就能调试生产` with no stated date: --12
    (e,) = events("长春天新合成材料有限公司新厂房今年年底就能调试生产。")
    assert e.date == "--12"
    (e,) = events("长春天新合成材料有限公司新厂房今年年底就能调试生产。", pub=day("2025-11-28"))
    assert e.date == "2025-12"


def test_within_the_year_and_this_year_schedule_events():
    # rb16 (page dated 2022-07-28), rb07 (2025-10-09)
    (e,) = events("金赛药业生产基地项目有望年内进行试生产。", pub=day("2022-07-28"))
    assert (e.date, e.plan) == ("2022", True)
    (e,) = events("长春市2024年光电信息产业综合产值突破900亿元,同比增长7.1%,预计今年产值将超1000亿元。", pub=day("2025-10-09"))
    assert (e.date, e.plan) == ("2025", True)
    assert events("今年工作任务已经部署。", pub=day("2025-10-09")) == []  # a bare 今年 still dates nothing


def test_a_plan_word_glued_to_a_year_is_no_name():
    # ra22: `…北湖园区项目,计划2026年末交付使用`
    (e,) = events("中国科学院长春应化所北湖园区项目,计划2026年末交付使用,将聚焦高分子弹性材料。")
    assert (e.date, e.plan) == ("2026-12", True)  # a year's end is its December, as 今年年底


def test_an_event_of_unknown_year_stays_with_its_article_and_off_the_timeline():
    # ra18: no year anywhere; `6月3日,…到中车长春轨道客车股份有限公司调研`
    (e,) = events("6月3日,长春市委副书记、长春新区党工委书记闻然到中车长春轨道客车股份有限公司调研。")
    assert e.date == "--06-03"
    line = _date_report(article("x"), 0, [e])
    assert "1 件没有年份的事" in line.message and "6月3日" in line.message


def test_the_same_time_written_with_this_year_and_with_a_year_gives_the_year():
    # ra06: a caption `预计今年10月末,…将全部竣工`, the text `将于2021年10月末竣工投产`
    a = article("预计今年10月末,一汽红旗新能源汽车工厂整个施工项目将全部竣工。(资料图片)",
                "“今年7月,一汽红旗新能源汽车工厂试生产的首批新能源汽车下线。",
                "项目于2020年4月15日开工建设,目前正处于试生产阶段,将于2021年10月末竣工投产。",
                kinds=[BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH])
    dated, _ = date_article(a)
    assert (dated.date.value, dated.date.source, dated.date.inferred) == ("2021", "implied", True)
    assert [e.date for e in extract_events(dated, WORDS) if "下线" in e.summary] == ["2021-07"]


def test_traditional_plans_are_not_evidence_of_the_year():
    # rb14: `計劃2024年投產` says nothing about when the article was written
    a = article("4月7日,記者在長春新區金賽國際醫藥產業園項目建設現場看到,工程車輛來往穿梭。",
                "金賽藥業國際醫藥產業園總投資30億元,主要生產生物醫藥產品,計劃2024年投產。",
                "長春新區2021年重點春季項目集中開工。")
    assert date_article(a)[0].date.value == "2021"


# --- written forms of dates and numbers (the examples: the tuning half has none of them) ---
from atlas.read.simplify import simplified  # noqa: E402
from atlas.text import display_text, fold_lookalikes, match_text  # noqa: E402


def test_spaces_between_a_number_and_its_unit_go():
    assert display_text("2021 年 9 月，总投资 118.6 亿元，Q6L 2024 款") == "2021年9月，总投资 118.6亿元，Q6L 2024 款"


def test_full_width_digits_date_an_event_after_reading():
    (e,) = events(display_text("２０２３年３月，长春新区生物医药产业园项目开工。"))
    assert e.date == "2023-03"


def test_chinese_numeral_dates():
    (e,) = events("二〇二三年三月，长春新区生物医药产业园项目开工。")
    assert e.date == "2023-03"
    (e,) = events("二〇二四年十二月三十一日，项目竣工投产。")
    assert e.date == "2024-12-31"
    assert [m.iso for m in find_date_expressions("二〇二三年二月三十日", None) if m.kind == "date"] == []


def test_radical_look_alikes_from_pdfs_fold_for_matching():
    # U+2F49 ⽉ (Kangxi, folded by NFKC) and U+2ED3 ⻓ (CJK Radicals Supplement, not folded by NFKC)
    assert fold_lookalikes("1960年5\u2f49，\u2ed3春") == "1960年5月，长春"
    assert simplified("\u2ed3春第\u2f00汽车") == "长春第一汽车"
    assert match_text("\u2ed3春") == "长春"
    (e,) = events(simplified("1960年5\u2f49，\u2ed3春第一汽车制造厂扩建工程竣工。"))
    assert e.date == "1960-05"


def test_years_counted_from_an_earlier_year_of_the_paragraph():
    (a, b) = events("1961年，厂房建成。两年后，第一辆车下线。")
    assert (a.date, b.date) == ("1961", "1963")
    (_, b) = events("1956年7月13日，第一辆解放牌汽车下线；次年，工厂建成投产。")
    assert b.date == "1957"
    assert events("两年后，第一辆车下线。") == []  # no year before it: no date


def test_lately_is_the_publication_month_approximately():
    # rb22 `日前,长春市应急管理局30名助企干部…进行了对接` (its page states no date: vague)
    text = "日前,长春市应急管理局30名助企干部分成10个工作组,与包保的30户企业完成对接。"
    (m,) = [x for x in find_date_expressions(text, day("2024-03-20")) if x.expression == "日前"]
    assert (m.iso, m.precision, m.certain) == ("2024-03", "month", False)
    (m,) = [x for x in find_date_expressions(text, None) if x.expression == "日前"]
    assert (m.iso, m.kind) == ("", "vague")


def test_a_year_opening_a_report_dates_the_undated_sentences_after_it():
    # ra24: the mayor's report opens with 2023年, and the achievements follow in their own sentences
    found = events("长春市市长王子联在作政府工作报告时介绍,2023年,中国一汽在长春生产整车156万辆,完成产值3165亿元,分别增长14.6%和11.9%。"
                   "一汽奔腾跻身百亿级企业行列。奥迪PPE(高级电动平台)试生产,比亚迪动力电池、一汽中车电驱投产,新能源车产量增长40%。",
                   pub=day("2024-01-12"))
    assert [(e.date, e.summary) for e in found] == [("2023", "奥迪PPE(高级电动平台)试生产"), ("2023", "比亚迪动力电池、一汽中车电驱投产")]
    # a plan year scopes nothing: `到2025年，…。项目投产。` is no 2025 event of the past
    assert [e for e in events("到2025年,全市汽车产量达到300万辆。长春新区多个项目投产。", pub=day("2024-01-12")) if "投产" in e.summary] == []


def test_this_year_after_a_name_still_schedules():
    # ra10: `長春汽車區今年工業項目計劃總投資額達363億元` (page filed 2013-09-13)
    (e,) = events(simplified("長春汽車區今年工業項目計劃總投資額達363億元。"), pub=day("2013-09-13"))
    assert (e.date, e.plan) == ("2013", True)


def test_last_year_told_as_a_happening_is_an_event():
    (e,) = events("去年，一汽解放新工厂正式投产。", pub=day("2024-03-20"))
    assert (e.date, e.plan) == ("2023", False)
    assert events("去年净增长175户。", pub=day("2024-03-20")) == []  # a figure, not a happening


def test_a_year_right_after_a_subject_dates_what_follows_it():
    (e,) = events("长春新区金赛药业生产基地项目2023年竣工投产。", pub=day("2024-03-01"))
    assert (e.date, e.action) == ("2023", "竣工")
    assert events("该企业列入吉林省2022年技术创新工程计划并获得支持。", pub=day("2024-03-01")) == []


def test_a_year_of_another_happening_does_not_give_this_year_its_year():
    # constructed as news writes a story in time order: the inferred year (2023 or 2019, the latest a
    # page reports) is the year of another happening, so 今年5月 / 5月8日 stay year-less
    for paragraphs in (["5月8日，金赛药业新厂房封顶，该项目2023年3月开工。"], ["今年5月，项目封顶，该项目2023年3月开工。"],
                       ["2019年，项目签约。今年5月，项目封顶。"], ["今年5月，项目封顶，该项目已列入2023年省重点项目。"],
                       ["发射量从2015年的一年发射几颗，到2019年的一年十几颗，再到今年，已达到一年三十多颗，今年5月又发射成功。"]):
        dated_article, _ = date_article(article(*paragraphs))
        assert dated_article.date is None or dated_article.date.inferred
        assert all(not e.date[:4].isdigit() for e in extract_events(dated_article, WORDS) if e.sources[0].expression.startswith(("今年", "5月"))), paragraphs
    # a year that sums up what was just told does (rf06: `今年7月，…开工建设；今年8月，…。2022年，…喜讯连连`)
    dated_article, _ = date_article(article("今年7月，长春圣博玛投资建设的产业化项目开工建设；今年8月，长春圣博玛获评国家级专精特新“小巨人”企业。2022年，长春圣博玛喜讯连连。"))
    assert [e.date for e in extract_events(dated_article, WORDS)][:1] == ["2022-07"]
