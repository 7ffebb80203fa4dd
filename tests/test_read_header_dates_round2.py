"""Publication dates, round 2 (issue 17, session 31b): the shapes of the real corpus's fresh tuning pages (rv15,
rw04, rw16), of the header_dates held pages spent on rules (moved to the tuning half: p23, p24, p29, p79) and the
forms editors paste without a headline (a WeChat account line, a list item, a 百家号 line). Each case is a real
page's lines; each rule is checked on a sentence of the same shape that must stay text."""

from conftest import read_one_page
from atlas.extract.pubdate import date_article


def body_of(article):
    return "\n".join(b.text for b in article.blocks)


def dated(project, text):
    a, _ = date_article(read_one_page(project, text)[0])
    return a


def stated(article):
    return None if article.date is None or article.date.inferred else article.date.value


RV15_LEAD = ("     香港铁路有限公司发言人今天表示,香港地铁西港岛线将采用国产新型地铁列车,预计明年交付使用。"
             "该线列车是内地首列专为香港研制的地铁列车,由中国北车长客股份公司设计和制造,以8辆编组,最高时速为80公里。\n")


def test_a_date_over_a_site_name_with_its_domain_glued_on(project):
    # rv15: `2010-12-08 粤港澳大湾区城市群网YGA.CN` under the headline
    for header in ("香港地铁选用国产新式列车 3项指标世界最高\n\n", ""):
        a = dated(project, header + "2010-12-08 粤港澳大湾区城市群网YGA.CN\n\n" + RV15_LEAD)
        assert stated(a) == "2010-12-08"
        assert "YGA" not in body_of(a)


def test_a_notices_signature_glued_to_its_attachment_line_with_marks_after_the_date(project):
    # rw04 (traditional, converter pinyin): `…認定名單長春市工業(yè)和信息化局2023年9月19日,。` ends the one line of text
    text = ("各縣(市)區(qū)、開發(fā)區(qū)工信局:根據(jù)《長春市“專精特新”中小企業(yè)認(rèn)定管理辦法》要求,經(jīng)過初審推薦、市級復(fù)核,"
            "吉林省燚盟科技股份有限公司等408戶企業(yè)認(rèn)定為2023年長春市市級“專精特新”中小企業(yè),現(xiàn)予公布,"
            "附件:2023年長春市市級“專精特新”中小企業(yè)認(rèn)定名單長春市工業(yè)和信息化局2023年9月19日,。\n")
    a = dated(project, text)
    assert stated(a) == "2023-09-19"
    assert "2023年9月19日" not in body_of(a)
    assert "認定名單" in body_of(a)


def test_a_sentence_ending_on_a_bureau_and_a_day_stays_the_texts(project):
    # the same shape in a sentence: a verb before the bureau's name, and more text after it
    text = ("今年以来,全市新认定专精特新企业408户,认定名单已报送长春市工业和信息化局。"
            "相关企业的申报材料由各开发区工信局初审后报送市工业和信息化局2023年9月19日,企业名单将另行公布。\n"
            "据了解,今年一季度,全市规上工业增加值增长8.5%。\n")
    a = dated(project, text)
    assert stated(a) is None


def test_a_report_covers_month_in_chinese_numerals_alone_on_a_line(project):
    # rw16: the cover's `二〇一九年六月` over the report's text
    text = ("长春高新:发行股份及可转换债券购买资产并募集配套资金暨关联交易报告书(草案)(修订稿)\n\n"
            "股票代码:000661     股票简称:长春高新     上市地点:深圳证券交易所\n\n"
            "                          独立财务顾问\n\n\n"
            "                         二〇一九年六月\n"
            "             长春高新技术产业(集团)股份有限公司发行股份及可转换债券购买资产并募集配套资金暨关联交易报告书\n\n"
            "               公司及董事、监事、高级管理人员声明\n\n"
            "    本公司及全体董事、监事、高级管理人员保证本报告书及其摘要内容的真实、准确、完整,对报告书及其摘要的虚假记载、"
            "误导性陈述或重大遗漏负连带责任。\n")
    a = dated(project, text)
    assert (a.date.value, a.date.precision, a.date.inferred) == ("2019-06", "month", False)
    assert "二〇一九年六月" not in body_of(a)
    # the cover's lines over its month are no headline (`独立财务顾问` is the adviser's role)
    headless = text.split("\n", 1)[1]
    assert "独立财务顾问" not in dated(project, headless).title


def test_a_chinese_numeral_month_between_paragraphs_heads_a_chronology(project):
    # between paragraphs a month alone is a chronology's heading: the text's, and no publication date
    text = ("长春新区项目建设大事记如下,各项目按计划推进,总投资达到300亿元以上。\n"
            "二〇一九年六月\n"
            "长春新区北湖科技园二期项目开工建设,总投资12亿元,建设周期两年。\n")
    a = dated(project, text)
    assert stated(a) is None
    assert "二〇一九年六月" in body_of(a)


FX361_TEXT = ("杨志安,邱国庆\n\n(辽宁大学 经济学院,辽宁 沈阳 110036)\n\n一、问题提出\n\n"
              "党的十九大报告提出,创新是引领发展的第一动力,是建设现代化经济体系的战略支撑,要坚定实施国家创新驱动发展战略的重要论述。\n")


def test_a_timestamp_glued_to_the_authors_names(project):
    # header_dates p23, p79 (fx361.cc, spent from the held half): `2018-06-12 08:54杨志安邱国庆` over the journal's issue
    for header in ("东北地区推进装备制造业创新驱动发展的路径选择\n\n", ""):
        a = dated(project, header + "2018-06-12 08:54杨志安邱国庆\n长白学刊 2018年3期\n关键词:东北地区装备制造业\n" + FX361_TEXT)
        assert stated(a) == "2018-06-12"
        assert "08:54" not in body_of(a)


def test_a_date_glued_to_the_authors_names(project):
    # header_dates p24 (m.fx361.cc): `2020-06-25张文锋翟姝影裴兆斌`, no time
    text = ("张文锋,翟姝影,裴兆斌\n(大连海洋大学 海洋法律与人文学院,辽宁 大连 116023)\n一、引 言\n"
            "2018年9月11—13日,在俄罗斯远东符拉迪沃斯托克召开的第四届东方经济论坛上,习近平主席提出加强东北亚区域合作的四点主张。\n")
    for header in ("新时代辽宁与东北亚区域经济合作研究\n", ""):
        a = dated(project, header + "2020-06-25张文锋翟姝影裴兆斌\n" + text)
        assert stated(a) == "2020-06-25"


def test_a_chronologys_day_between_paragraphs_is_no_glued_byline(project):
    text = ("长春新区项目建设大事记如下,各项目按计划推进,总投资达到300亿元以上。\n"
            "2020-06-25北湖科技园开工\n"
            "长春新区北湖科技园二期项目开工建设,总投资12亿元,建设周期两年。\n")
    a = dated(project, text)
    assert stated(a) is None
    assert "2020-06-25北湖科技园开工" in body_of(a)


def test_a_place_path_and_a_machine_timestamp(project):
    # header_dates p29 (zhongcaigou.com, no headline): `吉林/吉林-2025-09-01 00:00:00`
    text = ("吉林/吉林-2025-09-01 00:00:00\n"
            "秋风送爽,项目建设正当时。吉林市紧抓秋季施工黄金期,一大批投资规模大、科技含量高、带动能力强的重大项目集中开工、加速建设。\n")
    a = dated(project, text)
    assert stated(a) == "2025-09-01"
    assert "00:00" not in body_of(a)


GOV_LEAD = ("    新华社长春4月28日电(记者王昊飞 李双溪)28日上午,总投资383亿元、总占地面积1545万平方米的110个重点项目,在吉林省长春市集中开工。\n\n"
            "    这110个重点项目全部位于长春市二道区,其中既有房地产、国际工业品交易中心等辐射带动能力强的主导产业项目。\n")


def test_a_list_items_headline_with_figures_and_its_date(project):
    # gov.cn's headline (header_dates p1, tuning half) pasted as a list item, the date after it: its figures
    # (383亿元, 110个) come before six Chinese characters do
    for item in ("长春:总投资383亿元的110个重点项目集中开工 2010-04-28", "长春:总投资383亿元的110个重点项目… 2010-04-28",
                 "长春:总投资383亿元的110个重点项目集中开工  2010-04-28 10:15", "长春:总投资383亿元的110个重点项目集中开工 [2010-04-28]",
                 "长春:总投资383亿元的110个重点项目集中开工 (2010-04-28)", "长春:总投资383亿元的110个重点项目集中开工(2010-04-28)",
                 "长春:总投资383亿元的110个重点项目集中开工 2010年04月28日"):
        a = dated(project, item + "\n" + GOV_LEAD)
        assert stated(a) == "2010-04-28", item
        assert "2010-04-28" not in a.title and "总投资383亿元的110个重点项目" in a.title


def test_an_organisations_name_and_a_day_is_no_list_item(project):
    # `长春市工业和信息化局 2023年05月12日` over the text is a publication line: the bureau is no headline
    for line in ("长春市工业和信息化局 2010年04月28日", "長春市工業和信息化局2010年4月28日"):
        a = dated(project, line + "\n" + GOV_LEAD)
        assert stated(a) == "2010-04-28"
        assert "信息化局" not in a.title and "信息化局" not in body_of(a)
    # under the text, the signature on one line
    a = dated(project, GOV_LEAD + "长春市工业和信息化局 2010年4月28日\n")
    assert stated(a) == "2010-04-28"
    # between paragraphs, a chronology's entry stays the text's
    a = dated(project, GOV_LEAD.replace("\n\n", "\n长春市工业和信息化局 2010年4月28日\n"))
    assert stated(a) is None


def test_a_figure_and_a_date_ending_a_line_of_text_stay_the_texts(project):
    text = (GOV_LEAD + "二道区今年计划开工项目110个,总投资383亿元,首批项目开工时间为 2010-04-28\n"
            "据了解,这些项目建成后将新增就业岗位2万个以上。\n")
    a = dated(project, text)
    assert stated(a) is None
    # over the text, a line that runs into its date without a space keeps it
    a = dated(project, "110个项目总投资383亿元,首批开工时间2010-04-28\n" + GOV_LEAD)
    assert "首批开工时间2010-04-28" in body_of(a) + a.title
