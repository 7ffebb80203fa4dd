"""Web pages as editors paste them (issue 17): the headline among menus, banners, breadcrumbs and
timestamp lines, the publication line read, furniture out of the body, a title made from the lead
when the page has none. Every case is a real page of the corpus's tuning half (tests/fixtures/real_articles/)."""

import pytest

from conftest import body_lines, read_one_page
from atlas.read.structure import lead_title

BODY = "长春市持续推动汽车产业集群高质量发展，项目建设加快推进。\n"


@pytest.fixture
def project(empty_project):
    return empty_project


body_of = body_lines


def test_headline_above_a_timestamp_and_source_line_among_menus(project):
    # ra04 (traditional): a menu bar, the headline, then `date time来源:…責編:…`
    a, problems = read_one_page(project, "要聞    |    城市遠洋    |    老外在吉林    |    直觀中國    |    視頻    | \n\n"
                           "吉林省、長春市、長春國際汽車城、中國一汽同頻共振——支持中國一汽建設世界一流企業,建設世界一流汽車城\n"
                           "2021-10-18 13:36:29來源:長春日報責編:尹紅燕\n\n" + BODY)
    assert a.title.startswith("吉林省、長春市、長春國際汽車城、中國一汽同頻共振")
    assert (a.date.value, a.date.inferred) == ("2021-10-18", False)
    assert "要聞" not in body_of(a) and "責編" not in body_of(a)
    assert sum(p.code == "read.furniture" for p in problems) == 2


def test_breadcrumb_banner_and_short_headline(project):
    # ra16: a portal's banner and menu, a breadcrumb, a four-character headline, `时间:… 来源:`
    a, problems = read_one_page(project, "无障碍 一网搜 登录| 注册\n政务服务 中国政府网 省政府网 English 日本語 한국어 Русский 站群导航\n关闭\n\n"
                           "行政区划\n\n开发区\n\n当前位置:  首页 >  走进长春 >  产业特色\n\n第二产业\n\n"
                           "时间:2017-03-10 10:09 来源:\n【字体: 打印\n\n" + BODY)
    assert a.title == "第二产业"
    assert a.date.value == "2017-03-10"
    body = body_of(a)
    for junk in ("登录", "当前位置", "行政区划", "字体", "政务服务"):
        assert junk not in body
    assert all("网页" in p.message for p in problems if p.code == "read.furniture")


def test_bare_timestamp_and_a_label_between_it_and_the_headline(project):
    # rb07: headline, an account label, a bare timestamp, a counter
    a, _ = read_one_page(project, "长春光电信息产业加速迈向千亿元级\n创始人\n2025-10-09 09:34:01\n0\n\n" + BODY)
    assert a.title == "长春光电信息产业加速迈向千亿元级"
    assert a.date.value == "2025-10-09"
    assert "创始人" not in body_of(a)


def test_date_glued_to_the_headline_and_the_headline_repeated_at_the_end(project):
    # rb02: ` date 2025-09-25 長春航天產業鏈 融入城市治理` … `長春航天產業鏈 融入城市治理`
    a, problems = read_one_page(project, " date 2025-09-25 長春航天產業鏈 融入城市治理\n\n聯合報／ 大陸中心／綜合報導\n\n"
                           + BODY + "\n長春航天產業鏈 融入城市治理\n")
    assert a.title == "長春航天產業鏈 融入城市治理"
    assert a.date.value == "2025-09-25"
    assert body_of(a).count("融入城市治理") == 0


def test_furniture_glued_to_the_first_paragraph_is_cut_off(project):
    # rb26: the metadata bar and the first paragraph on one line
    a, _ = read_one_page(project, "长东北生物医药产业园粗具规模\n阅读次数:    来源:长春市发改委    日期:2015-05-25 14:28:03    "
                           "【打印此页】    【关闭】    字号:【大 中 小】长东北生物与医药科技产业园规划面积约6平方公里,一期启动面积约3平方公里。\n")
    assert a.title == "长东北生物医药产业园粗具规模"
    assert a.date.value == "2015-05-25"
    assert a.paragraphs[0].text.startswith("长东北生物与医药科技产业园规划面积约6平方公里")


def test_repost_lines_become_source_and_authors_and_the_title_is_made_from_the_lead(project):
    # ra12: no headline; 本文转自 and a reporter line
    a, problems = read_one_page(project, "本文转自:人民网\n人民网记者 李思玥\n单列时速453公里、相对交会时速896公里——这是由中车长春轨道客车股份有限公司"
                           "(简称中车长客)自主研发的CR450动车组样车,近日在沪渝蓉高铁试验中跑出的新纪录。\n")
    assert a.source == "人民网" and a.authors == ("李思玥",)
    assert a.title != "page" and len(a.title) <= 30 and a.title.startswith("单列时速453公里")
    assert any(p.code == "read.title-made" and a.title in p.message for p in problems)


def test_lead_title_drops_the_dateline_and_keeps_whole_clauses():
    assert lead_title("中新网长春9月21日电(记者 刘欢)9月15日9时23分,长征十一号海遥二运载火箭在黄海海域成功将9颗卫星送入预定轨道。") \
        == "长征十一号海遥二运载火箭在黄海海域成功将9颗卫星送入预定轨道"
    assert lead_title("日前,在长春永电捷通电气有限公司的生产车间里,一台台为地铁5号线配套的牵引交流系统正在下线。") \
        == "在长春永电捷通电气有限公司的生产车间里"
    made = lead_title("为加强长春市与天津市在优化营商环境领域交流合作促进区域协调发展和两地企业互利共赢的深度对接")
    assert 8 <= len(made) <= 30


def test_lead_title_drops_a_press_releases_dateline_and_its_dash():
    # rr13 (session 32): `【2024年5月21日,中国上海讯】——全球领先的汽车供应商…`: the dash opens what is told, no title's word
    made = lead_title("【2024年5月21日,中国上海讯】——全球领先的汽车供应商和出行科技公司麦格纳(Magna)扩建了其位于长春的制造装备工厂。")
    assert made.startswith("全球领先的汽车供应商")


def test_a_title_cut_at_a_pause_does_not_end_on_the_conjunction_before_it():
    # rk14 (session 32): its lead `九臺區主動將未來發展方向融入到長春市“一中心、五高地”建設和“3轉4強7新”產業體系里，…`
    made = lead_title("九臺區主動將未來發展方向融入到長春市“一中心、五高地”建設和“3轉4強7新”產業體系里,深入實施“西進聯動”戰略。")
    assert made == "九臺區主動將未來發展方向融入到長春市“一中心、五高地”建設"


def test_image_credit_lines_go(project):
    # ra22: `(来源:长春新区)` under pictures
    a, _ = read_one_page(project, BODY + "(来源:长春新区)\n" + BODY)
    assert "来源" not in body_of(a)




@pytest.mark.parametrize("line, date", [
    ("2021-08-12 10:15 | 来源：长春日报", "2021-08-12"),     # the forms of a header line
    ("中国吉林网 2021-08-12", "2021-08-12"),
    ("产业快讯 123条 2021-08-12 09:28", "2021-08-12"),
    ("2021年8月12日 08:03 长春市政府网站", "2021-08-12"),
    ("来源：中国吉林网 2021-08-12", "2021-08-12"),
    ("发布于 2021-08-12", "2021-08-12"),
    # shapes seen on no tuning page, as other sites write them
    ("财经频道 2023-01-12 09:30 阅读 123 评论 0", "2023-01-12"),
    ("来源：长春日报 | 2023年01月12日 09:30", "2023-01-12"),
    ("来源:长春日报 2023-01-12", "2023-01-12"),
    ("2023-01-12 长春日报", "2023-01-12"),
    ("2023-01-12 · 中国吉林网", "2023-01-12"),
    ("长春日报 · 2023-01-12", "2023-01-12"),
    ("长春日报丨2023-01-12", "2023-01-12"),
    ("发布：2023-01-12 10:15", "2023-01-12"),
    ("原创 长春发布 2023-01-12 09:30 发表于吉林", "2023-01-12"),
    ("2023年1月12日 星期四", "2023-01-12"),
    ("作者：王五 2023-01-12", "2023-01-12"),
])
def test_a_headline_on_the_first_line_followed_by_a_publication_line(project, line, date):
    a, problems = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"
    assert (a.date.value, a.date.inferred) == (date, False)
    assert a.date.source == "web-page"
    assert date[:4] not in body_of(a)


def test_a_short_sentence_with_a_date_is_not_furniture(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n2021年8月12日，长春新区发布了新一批项目。\n\n" + BODY)
    assert "发布了新一批项目" in body_of(a)


def test_converter_pinyin_is_taken_out_and_reported(project):
    # ra21 (traditional, made by a converter that annotates characters with their reading)
    a, problems = read_one_page(project, "——提升營(yíng)商環(huán)境讓投資“能過(guò)山海關(guān)”\n"
                           "總投資80億元的一汽紅旗繁榮工廠就位于長(zhǎng)春汽車經(jīng)濟(jì)技術(shù)開(kāi)發(fā)區。\n" + BODY)
    assert a.title == "提升營商環境讓投資“能過山海關”"  # the headline block kept only its ——line
    assert a.paragraphs[0].text == "總投資80億元的一汽紅旗繁榮工廠就位于長春汽車經濟技術開發區。"
    cleaned = [p for p in problems if p.code == "read.pinyin"]
    assert [p.line for p in cleaned] == [1, 2]  # each line that had annotations, with how many
    assert "4 处" in cleaned[0].message and "6 处" in cleaned[1].message


def test_parentheses_that_are_not_pinyin_stay():
    from atlas.read.pinyin import strip_converter_pinyin

    assert strip_converter_pinyin("奥迪PPE(高级电动平台)试生产，小程序(app)上线") == ("奥迪PPE(高级电动平台)试生产，小程序(app)上线", 0)
    assert strip_converter_pinyin("長(cháng)春小程序(app)")[0] == "長春小程序(app)"
    assert strip_converter_pinyin("長(cháng)春汽(qì)車(chē)區的(de)")[0] == "長春汽車區的"



def test_a_page_full_of_toneless_pinyin_is_a_converter_page_too():
    # rc12: a converter that writes its readings without tone marks, doubled at times ((gui)(gui))
    from atlas.read.pinyin import strip_converter_pinyin

    text = ("11月15日,中(zhong)國(guo)高速(su)列車(che)工程試驗中(zhong)心在中(zhong)國(guo)北車(che)集團長(chang)客股份公(gong)司(si)奠基。\n"
            "近幾年來,中國鐵路和(he)城市(shi)軌(gui)(gui)道(dao)(dao)交通(tong)(tong)呈(cheng)現(xian)出(chu)(chu)前所未有(you)的(de)旺盛發展。")
    cleaned, count = strip_converter_pinyin(text)
    assert cleaned == "11月15日,中國高速列車工程試驗中心在中國北車集團長客股份公司奠基。\n近幾年來,中國鐵路和城市軌道交通呈現出前所未有的旺盛發展。"
    assert count == 21  # a doubled reading is one annotation
    # a few toneless words on an ordinary page stay
    assert strip_converter_pinyin("小程序(app)上线，平台(web)和客户端(ios)同步")[1] == 0

def test_full_width_publication_line_and_a_weekday(project):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n２０２３－０８－１２　１０：１５ 來源：長春日報\n\n" + BODY + BODY)
    assert a.date.value == "2023-08-12"
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n2023年8月12日 星期六\n\n" + BODY + BODY)
    assert a.date.value == "2023-08-12"


def test_an_outlets_name_on_the_first_line_is_a_masthead_not_a_headline(project):
    # the shape of rb03/rb21 (reposts of 光明日报/吉林日报 with no headline)
    a, problems = read_one_page(project, "光明日報\n新华社长春5月8日电 長春新區生物醫藥產業園項目集中開工,總投資達120億元。\n" + BODY)
    assert a.mastheads == ("光明日報",)
    assert any(p.code == "read.title-made" for p in problems)


def test_a_question_pages_headline_is_its_question(project):
    # the shape of a Q&A page (ra09 of the corpus is one; the question is the title)
    a, _ = read_one_page(project, "长春一汽的红旗工厂在哪里？\n红旗繁荣工厂位于长春汽车经济技术开发区，总投资80亿元，是一汽集团新建设的整车工厂。\n")
    assert a.title == "长春一汽的红旗工厂在哪里？"


def test_a_table_row_with_figures_is_not_a_menu_bar(project):
    a, _ = read_one_page(project, "长春汽车产业数据\n\n| 2023年 | 156万辆 | 3165亿元 | 增长14.6% |\n\n" + BODY)
    assert "156万辆" in body_of(a)


@pytest.mark.parametrize("line", ["【2021-08-12】", "2021.08.12 10:15", "中国新闻网 2021年8月12日 10:15",
                                  "吉林日报 | 2021年08月12日", "人民网 >> 吉林频道 >> 2021-08-12", "新华社 | 2021-08-12 10:15",
                                  "新闻来源：长春日报 发布时间：2021-08-12 10:15:00", "2021年08月12日10:15 来源:人民网-吉林频道"])
def test_more_publication_line_shapes(project, line):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.title, a.date.value) == ("长春新区生物医药产业园项目集中开工", "2021-08-12")


def test_a_date_line_under_text_is_no_header_and_takes_nothing_with_it(project):
    # ra10's shape: the filing date is the last line; nothing above it is furniture
    a, _ = read_one_page(project, "今年来，长春汽车经济技术开发区项目建设加快推进。\n汽车零部件项目集中开工\n入库时间:2013/9/13\n")
    assert a.date.value == "2013-09-13"
    assert "今年来" in body_of(a) and "汽车零部件项目集中开工" in body_of(a) + a.title


def test_a_sites_footer_goes(project):
    a, problems = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + BODY + "推荐阅读\n版权所有：长春市人民政府 吉ICP备05002353号\n")
    assert "推荐阅读" not in body_of(a) and "ICP" not in body_of(a)


def test_a_date_line_glued_to_the_end_of_the_headline(project):
    a, problems = read_one_page(project, "要闻 | 城市 | 产业 | 视频\n长春新区生物医药产业园项目集中开工 2021-08-12 10:15 来源：长春日报\n\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"
    assert (a.date.value, a.source) == ("2021-08-12", "长春日报")
    assert "要闻" not in body_of(a)


def test_a_traditional_byline_closes_the_headline_block(project):
    # rb14: `高質量推動 集羣化發展` / `本報記者 王秋月`
    a, _ = read_one_page(project, "高質量推動 集羣化發展\n本報記者 王秋月\n遲日江山麗,春風花草香。\n" + BODY)
    assert (a.title, a.authors) == ("高質量推動 集羣化發展", ("王秋月",))
    assert "本報記者" not in body_of(a)


def test_a_made_title_drops_a_traditional_dateline():
    assert lead_title("中新網長春9月21日電(記者 劉歡)長光衛星新一代衛星成功發射。") == "長光衛星新一代衛星成功發射"


@pytest.mark.parametrize("line", ["【打印】【关闭】", "您所在的位置：首页 > 新闻中心", "首页 / 新闻中心 / 正文"])
def test_more_page_furniture_shapes(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line[:2] not in body_of(a)


def test_a_portals_long_menu_above_the_headline(project):
    menu = "\n".join(["首页", "政务公开", "政务服务", "互动交流", "走进长春", "新闻中心", "政策文件", "数据开放",
                      "专题专栏", "领导信息", "机构设置", "规划计划", "统计信息", "财政信息", "人事信息", "应急管理"])
    a, problems = read_one_page(project, menu + "\n长春新区生物医药产业园项目集中开工\n发布时间：2021-08-12\n\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"
    assert "政务公开" not in body_of(a)


# --- session 23: titles among web furniture, publication lines, converter garbage --------------

def test_a_portals_address_and_timestamp_line_is_the_stated_publication_date(project):
    # rb24: `跳转到正文内容` / headline / `http://www.sina.com.cn  2012年07月28日18:11  中国新闻网 微博`
    a, problems = read_one_page(project, "跳转到正文内容\n\n长春引资260亿建东北亚国际医药港\n\n"
                           "http://www.sina.com.cn  2012年07月28日18:11  中国新闻网 微博\n\n"
                           "  中新社长春7月28日电 (周密 吴迪)28日,总投资260亿元人民币的东北亚国际医药港在吉林省长春市开工。\n")
    assert a.title == "长春引资260亿建东北亚国际医药港"
    assert (a.date.value, a.date.inferred, a.date.source) == ("2012-07-28", False, "web-page")
    assert "sina" not in body_of(a) and "跳转" not in body_of(a)
    assert any(p.code == "read.furniture" and "sina" in p.message and "日期" in p.message for p in problems)


@pytest.mark.parametrize("line", ["http://www.sina.com.cn  2012年07月28日18:11  中国新闻网 微博",
                                  "www.chinanews.com  2021-08-12 10:15  中国新闻网",
                                  "中国新闻网 2021年8月12日10:15"])
def test_publication_lines_with_an_address_or_a_time_glued_to_the_date(project, line):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"
    assert not a.date.inferred and a.date.value[:4] in line
    assert line[:6] not in body_of(a)


def test_a_site_name_and_date_above_the_headline(project):
    # rb09: `ZAKER吉林 2023-03-06` opens the page, the headline under it, then template file names
    a, problems = read_one_page(project, "ZAKER吉林 2023-03-06\n小卫星“强引擎”!老工业基地振兴的强劲“领跑员”\nindex_new5.html\n"
                           "../../../zaker_core/zaker_tpl_static/wap/tpl_font3.html\n\n \n\n"
                           "吉林长光卫星技术股份有限公司从 2014 年 12 月 1 日成立至今,8 年来,\" 吉林一号 \" 成为一张响亮的吉林名片。\n\n" + BODY + BODY)
    assert a.title == "小卫星“强引擎”！老工业基地振兴的强劲“领跑员”"
    assert (a.date.value, a.date.inferred) == ("2023-03-06", False)
    body = body_of(a)
    assert "ZAKER" not in body and ".html" not in body
    assert any(p.code == "read.furniture" and p.line == 1 and "ZAKER吉林 2023-03-06" in p.message and "日期" in p.message
               for p in problems)
    assert a.blocks[0].text.startswith("吉林长光卫星技术股份有限公司")


def test_table_borders_left_by_a_converter_are_no_headline(project):
    # ra02: a page pasted from a table: `| |`, `|` lines, a cell with the date, a dateline line
    a, problems = read_one_page(project, "| |\n|\n|\n|\n| 2009-01-07 記者:褚曉亮 來源:經濟參考報 |\n|\n本報長春電\n"
                           "在當前金融危機對汽車産業帶來影響的背景下,吉林省長春市着眼於長遠發展,仍然對汽車工業進行産能擴張計劃。 |\n|\n| | |\n")
    assert a.date.value == "2009-01-07"
    assert "|" not in a.title and a.title != "本報長春電"
    assert a.title.startswith("在當前金融危機")
    assert any(p.code == "read.title-made" for p in problems)
    assert all(b.text.strip("| ") for b in a.blocks)


def test_site_menus_search_boxes_and_hotlines_around_the_headline(project):
    # rb12 (a portal's header) and rb13 (a menu with ` - `, a login box)
    a, problems = read_one_page(project, "搜本站\n\n202009月15日\n\n投资热线:0431-81335626\n政务服务:0431-80786777\n\n搜索\n\n搜本站\n首页\n\n"
                           "新区要闻\n\n新区动态\n\n金赛药业国际医药产业园年底前投产 预计新增产值300亿元\n\n"
                           "    金赛药业国际医药产业园项目于2021年3月开工建设,目前已进入内部装修、引进设备阶段。\n")
    assert a.title == "金赛药业国际医药产业园年底前投产 预计新增产值300亿元"
    body = body_of(a)
    for junk in ("搜本站", "投资热线", "新区要闻", "新区动态", "首页"):
        assert junk not in body
    assert a.paragraphs[0].text.startswith("金赛药业国际医药产业园项目于2021年3月")
    a, _ = read_one_page(project, "今日  首页 - 钢铁物流 - 综合物流 - 物流云计算 - 帮助    \n  文章搜索\n用户名:  密码: [订阅注册] [找回密码]  \n"
                    "长春新区:生物医药项目集聚为产业蓄力新动能\n\n  4月初的长春新区,春和景明、生机勃发,走进长春新区金赛国际医药产业园项目建设现场。\n")
    assert a.title == "长春新区：生物医药项目集聚为产业蓄力新动能"
    assert "钢铁物流" not in body_of(a) and "密码" not in body_of(a) and "文章搜索" not in body_of(a)


def test_a_kicker_and_headline_without_menus_keep_their_places(project):
    # two short lines over the text are a headline block, not a menu: the first line stays the title
    a, _ = read_one_page(project, "长春新区项目集中开工\n二十个项目总投资120亿元\n\n" + BODY + BODY)
    assert a.title == "长春新区项目集中开工"


def test_a_qa_label_is_no_headline(project):
    # ra09: a Q&A page opens with the label `問`, then the question
    a, problems = read_one_page(project, "問\n長春第一汽車制造廠在國內汽車工業中的地位如何?\n長春第一汽車制造廠在國內汽車工業中的地位極其重要。\n"
                           "1953 年奠基,1956 年建成投產,結束了中國不能自主生產汽車的歷史。\n"
                           "特別聲明:本內容來自用戶發表,不代表太平洋汽車的觀點和立場。\n最新問答\n")
    assert a.title == "長春第一汽車制造廠在國內汽車工業中的地位如何？"
    assert "問" != a.blocks[0].text and "特別聲明" not in body_of(a)


@pytest.mark.parametrize("line, title", [
    # ra08 / ra23: a headline with an exclamation inside and a quotation at its end
    ("ca10汽車看這里!“有路的地方就有解放車”", "ca10汽車看這里！“有路的地方就有解放車”"),
    ("当前速递!长春汽开区:优化营商环境助汽车业“上台阶”", "当前速递！长春汽开区：优化营商环境助汽车业“上台阶”"),
])
def test_a_headline_with_an_exclamation_and_a_closing_quotation(project, line, title):
    a, problems = read_one_page(project, line + "\n" + "作为全国乃至全世界重要的汽车整车和零部件生产研发基地,长春汽车经济技术开发区近年来以优化营商环境为重要着力点。\n")
    assert a.title == title
    assert not any(p.code == "read.title-made" for p in problems)


def test_a_quotation_opening_the_text_is_no_headline(project):
    a, problems = read_one_page(project, "“我当时就在车上，还记得那个车是4吨的！”\n" + BODY)
    assert any(p.code == "read.title-made" for p in problems)


def test_an_image_label_glued_to_the_headline_is_cut_off(project):
    # ra15: the thumbnail's alt text `略图` stuck to the end of the headline
    a, problems = read_one_page(project, "活力中国调研行|全球最快高铁,来自这里!看中车长客解码轨道上的新质生产力略图\n"
                           "7月14日下午,“活力中国调研行”采访组来到位于吉林长春市的中车长春轨道客车股份有限公司。\n2025-07-30\n")
    assert a.title == "活力中国调研行|全球最快高铁，来自这里！看中车长客解码轨道上的新质生产力"
    assert any(p.code == "read.furniture" and "略图" in p.message for p in problems)


def test_characters_a_converter_lost_are_marked_and_their_pinyin_goes():
    # ra08 / rb18: a lost character shows as `?` with a broken annotation after it
    from atlas.read.pinyin import LOST, strip_converter_pinyin

    assert strip_converter_pinyin("1956年7月14日,人民日?qǐng)?bào)頭版刊發(fā)報(bào)道")[0] == f"1956年7月14日,人民日{LOST}頭版刊發報道"
    assert strip_converter_pinyin("快車(chē)道,年?duì)I收突破百億元")[0] == f"快車道,年{LOST}收突破百億元"
    # a question mark in a sentence stays, and so does one before Latin text without a tone
    assert strip_converter_pinyin("是4噸的?!表n玉麟")[0] == "是4噸的?!表n玉麟"
    assert strip_converter_pinyin("真的吗?ok)好")[0] == "真的吗?ok)好"


def test_each_line_cleaned_of_converter_pinyin_is_reported(project):
    # ra08: the breadcrumb and the headline carry annotations, the lead a lost character
    a, problems = read_one_page(project, "當(dāng)前位置:首頁(yè) > 汽車(chē)\n\nca10汽車(chē)看這里!“有路的地方就有解放車(chē)”\n\n"
                           "長(zhǎng)春一汽集團(tuán),即過(guò)去的第一汽車(chē)制造廠。1956年7月14日,人民日?qǐng)?bào)頭版刊發(fā)報(bào)道《解放牌汽車(chē)試制出來(lái)》。\n")
    assert a.title == "ca10汽車看這里！“有路的地方就有解放車”"
    assert "人民日□頭版刊發報道" in body_of(a)
    cleaned = {p.line: p.message for p in problems if p.code == "read.pinyin"}
    assert set(cleaned) == {1, 3, 5}
    assert "車(chē)" in cleaned[3] and "□" in cleaned[5] and "删除了转换工具留下的 " in cleaned[3]


def test_a_photo_caption_glued_to_the_next_paragraph_is_its_own_caption(project):
    # rb05: the caption ends with its credit `中新社 记者 张瑶 摄` and the next paragraph follows on the same line
    a, _ = read_one_page(project, BODY + "6月18日,在2024长春国际光电博览会上,观众参观安装了自动轮智行底盘的汽车。 中新社 记者 张瑶 摄"
                    "本次签约的91个项目涵盖了“芯、光、星、车、网”等领域。\n" + BODY)
    caption = next(b for b in a.blocks if b.text.startswith("6月18日"))
    assert caption.kind.name == "CAPTION" and caption.id  # a caption keeps its id: its dated fact is extracted
    assert caption.text.endswith("摄")
    assert any(b.kind.name == "PARAGRAPH" and b.text.startswith("本次签约的91个项目") for b in a.blocks)


def test_a_credit_inside_a_sentence_does_not_split_it(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n记者张瑶摄影作品展昨天开幕，展出作品120幅。\n" + BODY)
    assert any(b.text.startswith("记者张瑶摄影作品展昨天开幕") for b in a.blocks)


def test_a_headline_glued_to_the_end_of_the_text_above_a_footer_date(project):
    # ra10: an archive copy puts the headline after the last sentence, then its filing date
    a, problems = read_one_page(project, "今年來(lái),長(cháng)春汽車(chē)經(jīng)濟技術(shù)開(kāi)發(fā)區以特色園區建設為重點(diǎn)。\n"
                           "近年來(lái),長(cháng)春汽車(chē)區十分重視核心零部件項目的引進(jìn)和儲備。其中,20億元以上項目達4個。"
                           "長(cháng)春汽車(chē)區百余零部件大項目開(kāi)工\n入庫時(shí)間:2013/9/13\n")
    assert a.title == "長春汽車區百余零部件大項目開工"
    assert a.date.value == "2013-09-13"
    assert a.paragraphs[-1].text.endswith("20億元以上項目達4個。")
    assert any(p.code == "read.title-at-end" and "文末" in p.message for p in problems)
    assert not any(p.code == "read.title-made" for p in problems)


def test_a_last_sentence_without_a_full_stop_is_no_headline_when_the_page_has_one(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "长春新区今年将有一批大项目动工建设。全年计划开工项目120个\n2013-09-13\n")
    assert a.title == "长春新区项目集中开工"
    assert "全年计划开工项目120个" in body_of(a)


@pytest.mark.parametrize("line", [
    "02【吉林】【原创】【CRI看吉林（标题）】【教育科技（图）】【关东黑土（长春）】【移动版（图）】航天信息产业园（一期）在长春市落成",  # rb01: a CMS's tags
    "- 添加者： 添加时间： 点击数量：",  # ra30: labels with nothing after them
    "版权归原作者所有，如有侵权请联系我们！",  # rb10: a portal's comment box
    "登录后才可以发布评论哦",
    "打开小程序可以发布评论哦",
    "更多>",  # rb11
    "关注河南热线",  # ra01: a follow button
    "• 体育伦敦奥运开幕 7人点圣火 憨豆爆笑穿越剧",  # rb24: a portal's list of other news by channel
])
def test_portal_boxes_and_tags_are_furniture(project, line):
    a, problems = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line[2:8] not in body_of(a)
    assert any(p.code == "read.furniture" for p in problems)


def test_the_original_title_line_of_a_repost_goes_however_long(project):
    # ra04: `原標題:…` runs past the length furniture lines usually have
    line = ("原標題:吉林省、長春市、長春國際汽車城、中國一汽同頻共振——支持中國一汽建設世界一流企業,建設世界一流汽車城 "
            "“六個回歸”匯聚戰略項目群 萬億産業集群賦能“雙一流”建設")
    a, _ = read_one_page(project, "長春國際汽車城同頻共振\n\n  " + line + "\n\n" + BODY + BODY)
    assert "原標題" not in body_of(a)


def test_image_file_names_made_of_the_headline_go(project):
    # ra04: each picture's file name is the headline with `_fororder_N`
    title = "吉林省、長春市、長春國際汽車城、中國一汽同頻共振——支持中國一汽建設世界一流企業,建設世界一流汽車城"
    a, problems = read_one_page(project, title + "\n2021-10-18 13:36:29來源:長春日報責編:尹紅燕\n\n" + title + "_fororder_1\n\n  已經投入使用的一汽紅旗繁榮工廠\n\n"
                           + BODY + BODY)
    assert "fororder" not in body_of(a)
    assert "已經投入使用的一汽紅旗繁榮工廠" in body_of(a)


def test_picture_notes_are_captions_and_a_dateline_lead_is_not(project):
    # rb18: `金賽藥業的藥品生產車間。（資料圖）金賽藥業供圖`; ra01 `(资料图)`; the lead after a picture gap
    a, _ = read_one_page(project, "長春打造國際生物醫藥城\n\n" + BODY + "\n\n\n中新網長春1月19日電 （高龍安）長春金賽藥業的實驗室里，各類精密儀器正安靜地工作。\n"
                    "金賽藥業的藥品生產車間。（資料圖）金賽藥業供圖\n(资料图)\n这是上世纪90年代的长春客车厂载客列车装配生产线（资料照片）。\n" + BODY)
    kinds = {b.text[:6]: b.kind.name for b in a.blocks}
    assert kinds["中新網長春1"] == "PARAGRAPH"
    assert kinds["金賽藥業的藥"] == "CAPTION"
    assert kinds["（资料图）"] == "CAPTION"
    assert kinds["这是上世纪9"] == "CAPTION"  # ra19


def test_a_made_title_does_not_stop_at_a_bare_date():
    # rb08 / ra17: the lead opens with a time; the title is what happened
    assert lead_title("中新网长春9月21日电(记者 刘欢)9月15日9时23分,长征十一号海遥二运载火箭在黄海海域成功将9颗卫星送入预定轨道。") \
        == "长征十一号海遥二运载火箭在黄海海域成功将9颗卫星送入预定轨道"
    assert lead_title("26日，中国北方（长春）高速动车产业基地配套项目战略合作签约仪式日前在长春市举行。").startswith("中国北方（长春）高速动车产业基地")


def test_a_made_title_is_not_cut_inside_a_book_title():
    # ra22: `10日，中国吉林网以《总投资20亿！东北最大精细化工中试基地落户长春》为题，…`
    made = lead_title("10日,中国吉林网以《总投资20亿！东北最大精细化工中试基地落户长春》为题,报道了长春北湖精细化工新材料产业示范园共享创新平台项目正在加速建设。")
    assert made.count("《") == made.count("》")


def test_a_picture_note_and_credit_glued_to_the_next_paragraph(project):
    # ra24: `一汽红旗繁荣工厂汽车生产线。（资料图）李丹 摄长春是新中国汽车工业的摇篮…`
    a, _ = read_one_page(project, BODY + "一汽红旗繁荣工厂汽车生产线。（资料图）李丹 摄长春是新中国汽车工业的摇篮，被誉为“汽车城”。\n" + BODY)
    kinds = {b.text[:6]: b.kind.name for b in a.blocks}
    assert kinds["一汽红旗繁荣"] == "CAPTION" and kinds["长春是新中国"] == "PARAGRAPH"


def test_a_furniture_rules_max_len_must_be_a_number(empty_project):
    from atlas.read.webpage import load_furniture_rules

    (empty_project / "data/furniture.yaml").write_text("rules:\n  - field: ''\n    max_len: abc\n    pattern: '^原标题'\n"
                                                       "  - field: ''\n    max_len: 200\n    pattern: '^原标题'\n", encoding="utf-8")
    problems = []
    rules = load_furniture_rules(empty_project, problems)
    assert [r.max_len for r in rules] == [200]
    assert problems and problems[0].line == 3 and "max_len" in problems[0].message


@pytest.mark.parametrize("line", ["热门楼盘", "X", "聯合報／ 大陸中心／綜合報導"])
def test_more_portal_labels_are_furniture(project, line):
    # rb11 `热门楼盘`, rb16 a close button `X`, rb02 the outlet and desk of a repost
    a, problems = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line not in [b.text for b in a.blocks]
    assert any(p.code == "read.furniture" for p in problems)


def test_a_counter_under_the_publication_line_goes(project):
    # rb07: headline, account label, timestamp, a reader counter `0`
    a, _ = read_one_page(project, "长春光电信息产业加速迈向千亿元级\n创始人\n2025-10-09 09:34:01\n0\n\n" + BODY + BODY)
    assert "0" not in [b.text for b in a.blocks]


def test_a_dateline_on_its_own_line_starts_the_lead(project):
    # ra02: `本報長春電` above the lead is no heading
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n本報長春電\n在當前金融危機對汽車産業帶來影響的背景下,吉林省長春市着眼於長遠發展。\n" + BODY)
    assert all(b.kind.name != "HEADING" for b in a.blocks)
    assert a.paragraphs[0].text.startswith("本報長春電")


@pytest.mark.parametrize("line", ["浏览：1234", "阅读：567", "长春日报 作者：王五", "位置：首页 > 新闻中心", "【大 中 小】",
                                  "[ 打印 ] [ 关闭 ]", "信息来源：长春市人民政府", "发布者：管理员", "图片来源：网络", "【我要纠错】", "收藏本文"])
def test_the_common_shapes_of_page_furniture(project, line):
    # the shapes scripts/score_real_articles.py counts as furniture left in a body, as news sites write them
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line not in [b.text for b in a.blocks]


def test_a_source_line_with_a_prefix_gives_the_source_and_a_pictures_does_not(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n本文来源：新华网\n\n" + BODY + BODY)
    assert a.source == "新华网"
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "图片来源：网络\n" + BODY)
    assert a.source != "网络"


def test_a_dated_row_of_a_table_in_the_text_is_no_publication_line(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "签约仪式 | 2023年5月1日\n" + BODY)
    assert a.date is None or a.date.value != "2023-05-01"
    assert "签约仪式 | 2023年5月1日" in body_of(a)


def test_a_long_headline_on_the_first_line_over_the_text(project):
    # ra04's headline (52 characters), pasted without its date line
    title = "吉林省、長春市、長春國際汽車城、中國一汽同頻共振——支持中國一汽建設世界一流企業,建設世界一流汽車城"
    a, problems = read_one_page(project, title + "\n\n吉林省、長春市、長春國際汽車城正攜手中國一汽，同心、同向、同頻而行，持續開創高品質建設“雙一流”的新局面。\n" + BODY)
    assert a.title == title.replace(",", "，")
    assert not any(p.code == "read.title-made" for p in problems)


RW16 = ("长春高新:发行股份及可转换债券购买资产并募集配套资金暨关联交易报告书(草案)(修订稿)\n\n"
        "股票代码:000661     股票简称:长春高新     上市地点:深圳证券交易所\n\n\n\n\n"
        "      长春高新技术产业(集团)股份有限公司\n  发行股份及可转换债券购买资产并募集配套资金\n"
        "               暨关联交易报告书(草案)\n                          (修订稿)\n\n\n\n"
        "              项目                              交易对方\n\n                                                  金磊\n"
        "  发行股份及可转换债券购买资产\n                                                 林殿海\n\n"
        "          募集配套资金                    不超过十名特定投资者\n\n\n\n\n                          独立财务顾问\n\n\n\n\n"
        "                         二〇一九年六月\n"
        "             长春高新技术产业(集团)股份有限公司发行股份及可转换债券购买资产并募集配套资金暨关联交易报告书\n\n\n\n\n"
        "               公司及董事、监事、高级管理人员声明\n")


def test_a_long_headline_set_off_over_a_text_that_repeats_it(project):
    # rw16: a portal's headline of a report's cover (股票简称:标题, 45 characters), a blank line under it, over the
    # cover that prints its words again (no sentence under it)
    a, problems = read_one_page(project, RW16)
    assert a.title == "长春高新：发行股份及可转换债券购买资产并募集配套资金暨关联交易报告书（草案）（修订稿）"
    assert not any(p.code == "read.title-made" for p in problems)


def test_a_short_lead_sentence_is_not_taken_for_a_long_headline(project):
    a, problems = read_one_page(project, "长春新区今年计划实施5000万元以上项目151个，总投资1560.53亿元，目前已开复工149个，开复工率97.3%\n"
                           "其中，18个医药产业类项目均已复工。长春新区将继续加快项目建设。\n")
    assert any(p.code == "read.title-made" for p in problems)


def test_a_made_title_cut_without_a_pause_ends_with_a_whole_word():
    # ra18: no pause within 30 characters; the title must not end inside 股份有限公司
    made = lead_title("6月3日,长春市委副书记、长春新区党工委书记闻然到中车长春轨道客车股份有限公司调研,并与公司党委书记座谈。")
    assert made == "长春市委副书记、长春新区党工委书记闻然"


def test_a_made_title_keeps_its_quotation_marks_paired():
    # rb08: the cut falls after the closing mark of “吉林一号”, not inside the quotation
    made = lead_title("9月15日9时23分,长征十一号海遥二运载火箭在黄海海域成功将9颗“吉林一号”高分03-1组卫星送入预定轨道。")
    assert made == "长征十一号海遥二运载火箭在黄海海域成功将9颗“吉林一号”"


def test_a_short_sentence_about_comments_or_copyright_stays(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "网友纷纷发表评论。\n该专利的版权归企业所有。\n" + BODY)
    assert "网友纷纷发表评论。" in body_of(a) and "该专利的版权归企业所有。" in body_of(a)


def test_bullets_and_sentences_of_the_article_are_not_portal_furniture(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "• 汽车产业集群产值增长10%\n• 科技创新平台新增12个\n"
                    "用户忘记密码可在线找回。\n" + BODY)
    for kept in ("• 汽车产业集群产值增长10%", "• 科技创新平台新增12个", "用户忘记密码可在线找回。"):
        assert kept in body_of(a)


def test_a_photo_story_whose_only_text_is_its_caption_is_read(project):
    # rc14: one long line, a photo's caption ending in its credit
    a, problems = read_one_page(project, "10月16日,中國中車長春軌道客車股份有限公司研制的美國波士頓市橙線地鐵首批列車下線。這是國內首批依照美國標準生產的地鐵車輛,"
                           "不僅滿足美方在技術、商務、本地化及法律等方面多項要求,而且將憑借人性化設計改善乘客的出行體驗。新華社記者 林宏 攝\n")
    assert a is not None and a.paragraphs and a.paragraphs[0].id == "p1"


@pytest.mark.parametrize("line, date", [
    ("中央政府門戶網站 www.gov.cn   2007年12月19日   來源:國資委網站", "2007-12-19"),  # rc13
    ("• 2020年09月12日", "2020-09-12"),  # rc15
    ("长春晚报  · 公众号  ·  · 2025-04-01 20:01", "2025-04-01"),  # rd02
    ("02.02.2016  10:37", "2016-02-02"),  # rd08: day first
    ("• 2020/4/20 14:24:23", "2020-04-20"),  # rg21
])
def test_publication_lines_of_the_second_batch(project, line, date):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.title, a.date.value, a.date.inferred) == ("长春新区生物医药产业园项目集中开工", date, False)
    assert line not in body_of(a)


@pytest.mark.parametrize("menu", [
    "中国苏南视窗官网-苏南视窗新闻资讯-中文重点新闻网站\n\n中国苏南视窗 > 视窗访谈 >\n",  # rc16: the page's <title>, a breadcrumb
    "最热新闻\n查看手机网站\n",  # rg03
    "您的當前位置： 首頁 > 資訊中心 > 正文\n",  # rg21
    "专栏名称: 长春晚报\n目录\n今天看啥  ›  专栏  ›  长春晚报\n",  # rd02
])
def test_site_titles_and_breadcrumbs_over_the_headline(project, menu):
    a, _ = read_one_page(project, menu + "一探究竟,打造中国高铁拢共分几步?\n\n" + BODY + BODY)
    assert a.title == "一探究竟，打造中国高铁拢共分几步？"


def test_a_reposts_original_title_label_is_not_part_of_the_title(project):
    # rd01: `原题:航天信息产业园项目全面复工` is the only headline line
    a, _ = read_one_page(project, "原题:航天信息产业园项目全面复工\n航天信息产业园“天”字形厂房外景。 徐微 摄\n"
                    "长春日报4月16日讯 (记者 徐微):日前,记者在长春新区北湖科技开发区采访时看到,备受关注的航天信息产业园项目已经全面复工。\n")
    assert a.title == "航天信息产业园项目全面复工"


def test_a_date_widget_without_a_year_is_furniture(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n日期：12-21\n\n" + BODY + BODY)  # rg12
    assert "日期" not in body_of(a)


# --- the read side made more general (session 24): each case a real line of a tuning page ---------

def test_a_header_line_of_column_timestamp_and_tags(project):
    # rc04: the site name, a counter, the headline, then `网络编辑 财经 2023-01-12 09:30:13 0 长春 新能源 项目`
    a, problems = read_one_page(project, "大院网-山西大院资讯网\n\n \n\n0\n\n做大做强汽车产业链\n\n"
                           "网络编辑 财经 2023-01-12 09:30:13 0 长春 新能源 项目\n\n" + BODY + BODY)
    assert a.title == "做大做强汽车产业链"
    assert (a.date.value, a.date.inferred) == ("2023-01-12", False)
    assert "网络编辑" not in body_of(a) and "大院网" not in body_of(a)


def test_a_headline_ending_in_its_bracketed_second_part(project):
    # rd14: `长春市中药种植基地(“长春药谷” 向生物经济赛道千亿产值进发)` over the text, no date line
    title = "长春市中药种植基地(“长春药谷” 向生物经济赛道千亿产值进发)"
    a, problems = read_one_page(project, title + "\n沃野千里的东北已入冬,“长春药谷”却丝毫没有“猫冬”的迹象。\n" + BODY)
    assert a.title == "长春市中药种植基地（“长春药谷” 向生物经济赛道千亿产值进发）"
    assert not any(p.code == "read.title-made" for p in problems)


def test_a_sentence_ending_in_a_bracket_is_no_headline(project):
    a, problems = read_one_page(project, "长春新区项目集中开工。（记者 王五）\n" + BODY + BODY)
    assert any(p.code == "read.title-made" for p in problems)


def test_a_breadcrumb_of_the_site_name_and_the_headline(project):
    # rf01: `site > headline`, a date line, the headline again, a source line
    a, _ = read_one_page(project, "开云官方在线登录(中国)科技有限公司官网 > 【企业风采】长春光电信息产业园三期主体工程封顶\n"
                    "【录入时间: 2023-09-13】\n【企业风采】长春光电信息产业园三期主体工程封顶\n来源:长春经济技术开发区\n" + BODY + BODY)
    assert a.title == "【企业风采】长春光电信息产业园三期主体工程封顶"
    assert a.date.value == "2023-09-13"
    assert "官网" not in body_of(a)


@pytest.mark.parametrize("line", ["首页 > 新闻中心", "新闻中心 » 正文", "长春市人民政府 > 政务公开"])
def test_a_short_breadcrumb_is_furniture(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n" + line + "\n" + BODY + BODY)
    assert line not in body_of(a)


def test_a_comparison_in_the_text_is_no_breadcrumb(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "产值增速 > 全国平均水平，项目投资 > 100亿元。\n" + BODY)
    assert "产值增速 > 全国平均水平，项目投资 > 100亿元。" in body_of(a)


def test_a_photo_caption_with_a_persons_place_is_no_headline(project):
    # rf09: the page opens with a caption `陈伟根副省长(左三)视察希达公司`; the page has no headline
    a, problems = read_one_page(project, " 陈伟根副省长(左三)视察希达公司\n2月20日,吉林省副省长陈伟根在长春市市长助理、长春经济技术开发区管委会主任"
                           "黄文华等领导的陪同下,视察了长春光机所投资企业——希达公司。\n" + BODY)
    assert "左三" not in a.title
    assert any(p.code == "read.title-made" for p in problems)
    assert [b.kind.name for b in a.blocks if "左三" in b.text] == ["CAPTION"]


def test_a_numbered_chunk_with_the_headline_glued_to_its_lead(project):
    # rg13: a document preview numbers its chunks `1、`, `2、`; the headline runs into the lead at `近日,`
    a, problems = read_one_page(project, "1、以服务促发展 用实力增效益 经开区综合排名一年跃升 20 位近日,商务部对国内 219 个国家级经开区"
                           "在产业基础、科技创新、区域带动、生态环保、行政效率等方面进行了综合考评。\n"
                           "2、化于心 外化于行”的责任担当。经开区承载着全市的经济发展功能,责任之大,重担之强。\n")
    assert a.title == "以服务促发展 用实力增效益 经开区综合排名一年跃升 20 位"
    assert a.paragraphs[0].text.startswith("近日，商务部")


@pytest.mark.parametrize("lead", ["长春市委书记王某某近日,在长春新区调研项目建设情况,要求加快推进重点项目。",
                                  "新华网长春 (记者 王五 赵六)近日,长春新区调研项目建设情况,要求加快推进重点项目建设工作。",
                                  "本报记者 王五 通讯员 赵六 近日,长春新区在北湖科技开发区调研项目建设情况,要求加快推进重点项目。"])
def test_a_lead_sentence_with_a_time_inside_is_not_split_into_a_headline(project, lead):
    lead = lead[:-1] + "，全力推动长春新区生物医药、光电信息、汽车零部件等产业项目早开工、早投产、早达效。"
    a, problems = read_one_page(project, lead + "\n" + BODY)
    assert any(p.code == "read.title-made" for p in problems)
    assert a.paragraphs[0].text.startswith(lead[:6])


# --- what unseen pages carry (the list of web furniture; shapes news sites use) -------------

@pytest.mark.parametrize("line", [
    "阅读 123 评论 0", "阅读：1.2万", "评论 0", "12条评论", "点赞 35", "字号：大 中 小", "【字体：大 中 小】",
    "分享到：微信 微博", "分享到:微信 微博 QQ空间", "上一篇：长春新区项目集中开工", "下一篇:一汽解放新工厂投产",
    "标签：长春 新能源 项目", "TAG：长春 汽车", "关键词：长春新区", "编辑丨王五", "责任编辑 | 赵六", "审核丨李四",
    "主办：长春市人民政府办公厅 承办：长春市政务服务和数字化建设管理局", "声明：该文观点仅代表作者本人，搜狐号系信息发布平台",
    "返回搜狐，查看更多", "首页 新闻 财经 汽车 科技 房产 教育 旅游", "网站首页 政务公开 政务服务 互动交流 走进长春",
    "打印本页 关闭窗口", "【打印】 【关闭】", "（完）",
])
def test_unseen_shapes_of_page_furniture(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line not in [b.text for b in a.blocks]


def test_a_chronology_row_is_no_publication_line(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "2023年1月12日 项目开工\n2023年6月30日 主体封顶\n" + BODY)
    assert a.date is None or a.date.inferred
    assert "2023年1月12日 项目开工" in body_of(a)


def test_a_publication_line_in_the_footer_only(project):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n\n" + BODY + BODY + "发布日期：2023-01-12\n")
    assert (a.title, a.date.value, a.date.inferred) == ("长春新区生物医药产业园项目集中开工", "2023-01-12", False)


@pytest.mark.parametrize("suffix", ["_长春市人民政府", "-新浪财经", " - 中国吉林网", "_中国吉林网", "|长春新区门户网站", " - 长春日报"])
def test_a_headline_with_the_site_name_appended(project, suffix):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工" + suffix + "\n\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"


@pytest.mark.parametrize("suffix", ["_长春市人民政府", " - 中国吉林网"])
def test_a_headline_repeated_as_page_title_and_headline(project, suffix):
    title = "长春新区生物医药产业园项目集中开工"
    a, _ = read_one_page(project, title + suffix + "\n" + title + "\n2023-01-12 10:15 来源：长春日报\n\n" + BODY + BODY)
    assert (a.title, a.date.value) == (title, "2023-01-12")
    assert title not in body_of(a)


def test_a_hyphen_inside_a_headline_stays(project):
    a, _ = read_one_page(project, "长春-吉林高铁开通运营\n\n" + BODY + BODY)
    assert a.title == "长春-吉林高铁开通运营"


@pytest.mark.parametrize("heading", ["相关新闻", "相关阅读", "推荐阅读", "延伸阅读", "热点推荐", "猜你喜欢"])
def test_a_list_of_related_headlines_after_the_body_goes(project, heading):
    related = ["长春新区集中签约16个项目", "一汽解放新工厂正式投产", "长春光电信息产业园三期主体封顶"]
    a, problems = read_one_page(project, "长春新区生物医药产业园项目集中开工\n\n" + BODY + BODY + heading + "\n" + "\n".join(related) + "\n")
    assert a.title == "长春新区生物医药产业园项目集中开工"
    for item in related:
        assert item not in body_of(a)


def test_a_related_list_ends_at_the_next_sentence(project):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n\n" + BODY + "相关新闻\n一汽解放新工厂正式投产\n"
                    "长春新区今年计划实施亿元以上项目151个，目前已开复工149个。\n")
    assert "长春新区今年计划实施亿元以上项目151个，目前已开复工149个。" in body_of(a)


def test_a_page_of_related_headlines_only_has_no_title_from_them(project):
    a, problems = read_one_page(project, "相关阅读\n长春新区集中签约16个项目\n一汽解放新工厂正式投产\n\n" + BODY + BODY)
    assert a.title != "长春新区集中签约16个项目"


def test_a_column_name_over_the_headline_is_no_title(project):
    a, _ = read_one_page(project, "新区要闻\n长春新区生物医药产业园项目集中开工\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"


def test_a_short_headline_over_a_subtitle_stays(project):
    a, _ = read_one_page(project, "第二产业\n——长春市汽车产业发展综述\n" + BODY + BODY)
    assert a.title == "第二产业"


def test_a_headline_with_its_date_glued_on_without_a_time(project):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工 2023-01-12\n\n" + BODY + BODY)
    assert (a.title, a.date.value) == ("长春新区生物医药产业园项目集中开工", "2023-01-12")


def test_a_traditional_related_links_list_goes(project):
    # rc13: `相關鏈結` over six other headlines (`· 中國北車集團300公里動車組項目正式進投産階段`) and a menu
    a, _ = read_one_page(project, "北車集團在長春建設“高速列車工程試驗中心”\n\n" + BODY + BODY + " 相關鏈結\n"
                    "· 中國高速列車工程試驗中心在中國北車集團奠基\n· 中國北車集團300公里動車組項目正式進投産階段\n 圖片圖表\n"
                    "領導活動 人事任免 網上直播 在線訪談 政務要聞 執法監管\n")
    body = body_of(a)
    assert "300公里" not in body and "領導活動" not in body and "奠基" not in body


@pytest.mark.parametrize("line", ["活动时间：2023年5月20日", "报名时间：2023-05-01至2023-05-10", "申报截止日期：2023年6月30日"])
def test_the_time_of_an_event_in_the_text_is_no_publication_line(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert a.date is None or a.date.inferred
    assert line in body_of(a)


@pytest.mark.parametrize("line, date", [
    ("来源:长春日报发布时间:2023-01-12", "2023-01-12"),  # labels glued together
    ("【录入时间: 2023-09-13】", "2023-09-13"),  # rf01
    ("长春日报 2023年01月12日 第01版", "2023-01-12"),  # an e-paper's page header
    ("中国吉林网 2023-01-12 吉林", "2023-01-12"),
    ("2023年01月12日 星期四 长春日报", "2023-01-12"),
    ("發佈時間：2023-01-12", "2023-01-12"),
])
def test_more_publication_lines(project, line, date):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.title, a.date.value, a.date.inferred) == ("长春新区生物医药产业园项目集中开工", date, False)


@pytest.mark.parametrize("line", [
    "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
    "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
    "文章关键词：长春 汽车", "索引号：11220100013812345X/2023-00123", "发文机关：长春市人民政府办公厅", "主题分类：工业、交通",
    "【我要打印】【关闭窗口】", "举报", "+关注", "打开APP", "分享让更多人看到", "预览时标签不可点", "继续滑动看下一个",
    "轻触阅读原文", "写留言", "加入书签", "記者王五／長春報導",
])
def test_more_furniture_of_portals_and_government_sites(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line not in [b.text for b in a.blocks]


@pytest.mark.parametrize("title", ["长春新区、汽开区项目集中开工", "汽车、光电、医药三大产业齐发力 长春经济稳中有进"])
def test_a_headline_listing_with_a_pause_mark(project, title):
    a, problems = read_one_page(project, title + "\n" + BODY + BODY)
    assert a.title == title
    assert not any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("first", ["一、加快项目建设", "1、加快项目建设"])
def test_a_numbered_heading_on_the_first_line_is_no_headline(project, first):
    a, problems = read_one_page(project, first + "\n" + BODY + BODY)
    assert any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("masthead", ["人民网-吉林频道", "新浪财经", "长春市人民政府门户网站", "吉林频道_人民网"])
def test_a_sites_name_over_the_headline_is_no_title(project, masthead):
    a, _ = read_one_page(project, masthead + "\n长春新区生物医药产业园项目集中开工\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"
    a, _ = read_one_page(project, masthead + "\n2023-01-12 10:15\n长春新区生物医药产业园项目集中开工\n" + BODY + BODY)
    assert (a.title, a.date.value) == ("长春新区生物医药产业园项目集中开工", "2023-01-12")


@pytest.mark.parametrize("line", ["来源：长春日报时间：2023-01-12", "作者：王五日期：2023-01-12 浏览：12"])
def test_a_bare_time_label_glued_to_another_label(project, line):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.date.value, a.date.inferred) == ("2023-01-12", False)


def test_a_labelled_publication_line_outranks_a_bare_date_above_it(project):
    # a side box's bare date above the headline, the page's own `发布时间` under it
    a, _ = read_one_page(project, "2022-12-30\n长春新区生物医药产业园项目集中开工\n发布时间：2023-01-12 10:15\n\n" + BODY + BODY)
    assert a.date.value == "2023-01-12"


def test_the_dates_of_related_headlines_are_not_the_pages(project):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n\n" + BODY + BODY + "相关新闻\n长春新区集中签约16个项目 2023-01-10\n"
                    "2023-01-05 一汽解放新工厂正式投产\n")
    assert a.date is None or a.date.inferred
    assert "2023-01-10" not in body_of(a)


def test_a_source_glued_to_the_end_of_the_last_paragraph(project):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n\n" + BODY + "长春新区今年计划实施亿元以上项目151个，目前已开复工149个。来源：长春日报\n")
    assert a.source == "长春日报"
    assert "长春新区今年计划实施亿元以上项目151个，目前已开复工149个。" in [b.text for b in a.blocks]


def test_a_long_line_of_labels_is_furniture(project):
    line = "发布时间：2023-01-12 10:15:33 来源：长春市人民政府办公厅 作者：长春市政务服务和数字化建设管理局 浏览次数：1234 字号：【大 中 小】 【打印本页】 【关闭窗口】"
    assert len(line) > 80
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.title, a.date.value) == ("长春新区生物医药产业园项目集中开工", "2023-01-12")
    assert "浏览次数" not in body_of(a)


@pytest.mark.parametrize("top", [
    "設置\n  • 日夜間\n    淺色\n",  # rc09's theme menu
    "您的当前位置:首页 >\n\n搜 索\n",  # rg23
    "要闻    |    城市远洋    |    老外在吉林    |    直观中国    |   \n",  # rd04
    "长春新区生物医药产业园项目集中开工 长春-吉林新闻\n有思想 / 有温度 / 有品质\n",  # rb25: the page's <title> and slogan
    "关东黑土\n0\n",
])
def test_furniture_over_a_headline_without_a_date_line(project, top):
    a, problems = read_one_page(project, top + "\n长春新区生物医药产业园项目集中开工\n\n" + BODY + BODY)
    assert a.title == "长春新区生物医药产业园项目集中开工"


def test_a_kicker_over_a_headline_is_not_furniture(project):
    a, _ = read_one_page(project, "长春新区今年计划实施亿元以上项目151个\n长春新区生物医药产业园项目集中开工\n\n" + BODY + BODY)
    assert a.title == "长春新区今年计划实施亿元以上项目151个"


def test_a_pictures_file_name_under_the_headline_is_no_headline(project):
    # rd04 without its date line: the headline, `原标题:…`, the picture's file name made of the headline
    a, _ = read_one_page(project, "要闻    |    城市远洋    |    老外在吉林    |    直观中国    |   \n\n长春:特色产业园里“长”出经济新生态\n\n"
                    "  原标题:特色产业园里“长”出经济新生态\n\n长春:特色产业园里“长”出经济新生态_fororder_吉林头-0752860c\n\n" + BODY + BODY)
    assert a.title == "长春：特色产业园里“长”出经济新生态"


def test_a_headline_of_one_exclaimed_clause(project):
    # rg21's headline, pasted without its date line
    a, problems = read_one_page(project, "一汽紅旗新能源汽車工廠開工啟動!\n\n" + BODY + BODY)
    assert a.title == "一汽紅旗新能源汽車工廠開工啟動！"
    assert not any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("line", [
    "发布时间：", "阅读：", "浏览次数：--", "作者：王五（长春日报记者）", "作者：Wang Wu", "来源：", "日期：",
    "2023-01-12 10:15:33作者：王五", "将本文分享到：微信 QQ 微博", "字号 大 中 小 打印本页 关闭窗口",
])
def test_a_label_line_with_little_after_it_is_furniture(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line not in [b.text for b in a.blocks]


@pytest.mark.parametrize("line", ["时间紧、任务重，项目建设者们加班加点。", "作者认为，长春汽车产业还有很大的发展空间。"])
def test_a_sentence_opening_with_a_label_word_stays(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + line + "\n" + BODY)
    assert line in body_of(a)


def test_a_header_line_longer_than_a_furniture_line(project):
    line = "发布时间：2023-01-12 10:15:33  来源：长春市人民政府办公厅  作者：长春市政务服务和数字化建设管理局  浏览次数：1234  责任编辑：赵六  审核：钱七"
    assert len(line) > 80
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.title, a.date.value, a.date.inferred) == ("长春新区生物医药产业园项目集中开工", "2023-01-12", False)
    assert "浏览次数" not in body_of(a)


def test_a_long_menu_bar_over_the_headline(project):
    # rd11 without its date line: a menu bar longer than a furniture line
    menu = "要闻    |    城市远洋    |    老外在吉林    |    直观中国    |    视频    |    图片    |    专题    |    热点专题    |    特色产业    |    市州新闻"
    assert len(menu) > 80
    a, _ = read_one_page(project, menu + "\n\n金赛药业:“总书记的嘱托 就是我们的努力方向”\n\n" + BODY + BODY)
    assert a.title == "金赛药业：“总书记的嘱托 就是我们的努力方向”"


@pytest.mark.parametrize("top, title", [
    ("首页 其他文章正文\n\n", "长春医药健康产业:千亿级集群蓄势待发"),  # rf15
    ("中新社吉林分社正文\n\n首頁-->\n\n", "(長春振興突破這一年)長春打造國際生物醫藥城 構建振興突破新增長極"),  # rb18
    ("幸福东北丨未来,新红旗将在这里诞生! 吉网原创-第一新闻 王韬 3223756\n有思想 / 有温度 / 有品质\n", "幸福东北丨未来,新红旗将在这里诞生!"),  # rc02
])
def test_a_headline_found_by_where_it_stands(project, top, title):
    # tuning pages without their date lines: the headline is the line over the first sentence, under furniture
    a, problems = read_one_page(project, top + title + "\n\n" + BODY + BODY)
    from atlas.text import display_text
    assert a.title == display_text(title)


@pytest.mark.parametrize("line, date", [
    ("【发布日期】2023-01-12", "2023-01-12"), ("[发布时间] 2023-01-12 10:15", "2023-01-12"), ("发布时间 2023-01-12", "2023-01-12"),
    ("发布时间：2023年1月", "2023-01"), ("发布日期：2023-01", "2023-01"),
])
def test_publication_labels_without_a_colon_and_a_month_only(project, line, date):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.title, a.date.value, a.date.inferred) == ("长春新区生物医药产业园项目集中开工", date, False)


def test_a_period_after_a_bare_time_label_is_no_month_of_publication(project):
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "时间：2023年1月至3月\n" + BODY)
    assert a.date is None or a.date.inferred or a.date.value != "2023-01"


@pytest.mark.parametrize("line", ["签约仪式 2023年5月20日", "项目开工 2023-05-20"])
def test_a_dated_line_that_names_no_outlet_is_no_publication_line(project, line):
    a, _ = read_one_page(project, "长春新区项目集中开工\n" + BODY + line + "\n" + BODY + BODY + BODY)
    assert a.date is None or a.date.inferred
    a, _ = read_one_page(project, "长春新区项目集中开工\n" + BODY + BODY + BODY + line + "\n")
    assert a.date is None or a.date.inferred


@pytest.mark.parametrize("line", ["2023 年 1 月 12 日 10:15 来源：长春日报", "长春日报 | 2023 年 01 月 12 日", "2023 年 1 月 12 日"])
def test_a_publication_line_with_spaced_digits(project, line):
    # the corpus's number forms: digits set off by spaces (`2021 年 9 月`, rg13's `20 位`)
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n" + line + "\n\n" + BODY + BODY)
    assert (a.title, a.date.value, a.date.inferred) == ("长春新区生物医药产业园项目集中开工", "2023-01-12", False)


# --- the new tuning pages of batches rh–rk ---------------------------------------------------------

def test_an_e_papers_date_and_page_line_and_a_headline_in_a_table_cell(project):
    # rh16: `2018-09-13 第07版:七版`, the font bar, then `中外企业家走进长春 |`
    a, _ = read_one_page(project, "|\n|\n2018-09-13 第07版:七版\n| 【字体】 | 大 | | 默认 | | 小 |\n|\n中外企业家走进长春 |\n|\n" + BODY + BODY)
    assert (a.title, a.date.value, a.date.inferred) == ("中外企业家走进长春", "2018-09-13", False)


def test_a_pictures_source_glued_to_its_caption(project):
    # rh19: `一汽弗迪动力电池项目开工;图片来源:中国一汽`
    a, _ = read_one_page(project, "长春新区项目集中开工\n\n" + BODY + "一汽弗迪动力电池项目开工;图片来源:中国一汽\n" + BODY)
    assert "图片来源" not in body_of(a)
    assert a.source != "中国一汽"


def test_a_timestamp_with_its_month_and_day_set_off_oddly(project):
    # rj10: `新华网 > > 正文`, `2023 04/ 18 15:45:19`, `来源:新华网`, a credit for pictures
    a, _ = read_one_page(project, "长春新区项目集中开工\n新华网 > > 正文\n2023 04/ 18 15:45:19\n来源:新华网\n\n" + BODY
                    + "部分图片、素材来源：长春新区管理委员会官网\n" + BODY)
    assert (a.date.value, a.date.inferred) == ("2023-04-18", False)
    assert "素材来源" not in body_of(a)


def test_a_banner_with_set_as_home_page(project):
    # rk03: `央視網|中國網絡電視臺|網站地圖 |`, `客服設為首頁 |`, then the date line; no headline
    a, problems = read_one_page(project, "央視網|中國網絡電視臺|網站地圖 |\n客服設為首頁 |\n發佈時間:2011年03月02日 01:24 | 進入復興論壇 | 來源:第一財經日報\n"
                           "第一財訊 國外媒體3月1日報道稱,豐田汽車和中國第一汽車集團公司合作在吉林省長春市新建的工廠將從3月起開始安裝生産設備。\n" + BODY)
    assert "首頁" not in a.title
    assert a.date.value == "2011-03-02"


def test_a_date_and_source_glued_to_the_start_of_the_text(project):
    # rk16: `2012-4-25 来源:长春高新区网站  419上午,《国务院国资委与省政府合作备忘录》签字…`
    a, _ = read_one_page(project, "Thursday, May 24, 2012\n\n长春三新产业园等项目成功签约\n\n2012-4-25 来源:长春高新区网站  419上午,"
                    "《国务院国资委与省政府合作备忘录》签字暨\"央企走进吉林\"活动启动仪式举行。高新区共有3个项目签约,合计签约金额75.35亿元。\n")
    assert (a.title, a.date.value, a.date.inferred) == ("长春三新产业园等项目成功签约", "2012-04-25", False)
    assert a.source == "长春高新区网站"
    assert a.paragraphs[0].text.startswith("419上午")


def test_a_date_and_source_line_with_an_editor_is_furniture_whole(project):
    a, _ = read_one_page(project, "长春新区生物医药产业园项目集中开工\n2023-03-06 来源：长春日报 责任编辑：王五\n\n" + BODY + BODY)
    assert (a.title, a.date.value) == ("长春新区生物医药产业园项目集中开工", "2023-03-06")
    assert "责任编辑" not in body_of(a)


import pytest as _pytest  # noqa: E402


@_pytest.mark.parametrize("sentence", [
    "资金来源：市级财政专项资金300万元。", "资料来源：市统计局，全市规上工业增加值增长8%。", "项目来源：省重点项目库，总投资12亿元。",
    "审核：由市发改委牵头，各部门联合审核项目材料。", "编辑部设在长春，稿件来源广泛。", "该书由长春出版社编辑出版，作者为本地学者。"])
def test_a_sentence_that_holds_a_labels_word_is_text_not_furniture(empty_project, sentence):
    # scripts/perturb_real_articles.py `furniture-middle`: a furniture rule takes a label's line, never a sentence
    # of the text that opens with the same word (a clause, a comma, a full stop)
    from conftest import read_one_page

    page = ("长春新区十个重点项目集中开工\n\n8月12日，长春新区举行重点项目集中开工仪式，10个项目总投资86亿元。\n\n"
            f"{sentence}\n\n据介绍，这批项目建成后将新增产值120亿元。\n")
    a, problems = read_one_page(empty_project, page)
    assert sentence in [b.text for b in a.blocks]
    assert not any(p.code == "read.furniture" for p in problems)


@_pytest.mark.parametrize("line", [
    "来源：长春日报", "来源:新华网", "作者：王五", "编辑：王五", "责任编辑：王五", "审核：李四", "校对：赵六", "责任编辑 : 王五",
    "编辑 ：王五", "[责任编辑：王五]", "【责任编辑：王五】", "（编辑：王五 审核：李四）", "(来源:长春日报 作者:王五)", "分享到：微信 微博",
    "【打印本页】【关闭窗口】", "字号：大 中 小", "当前位置：首页 > 新闻", "发布时间：2021-08-12 10:15 浏览次数：123"])
@_pytest.mark.parametrize("where", ["middle", "end"])
def test_a_furniture_line_between_paragraphs_or_after_the_text_leaves_the_body(empty_project, line, where):
    from conftest import read_one_page

    lead, more = "8月12日，长春新区举行重点项目集中开工仪式，10个项目总投资86亿元。", "据介绍，这批项目建成后将新增产值120亿元。"
    body = f"{lead}\n\n{line}\n\n{more}\n" if where == "middle" else f"{lead}\n\n{more}\n\n{line}\n"
    a, problems = read_one_page(empty_project, f"长春新区十个重点项目集中开工\n\n{body}")
    assert [b.text for b in a.blocks] == [lead, more]
    assert a.title == "长春新区十个重点项目集中开工"
    assert any(p.code == "read.furniture" for p in problems)


@pytest.mark.parametrize("label", ["《轉貼文章》 (CHINA) ", "【转载】", "[原创] ", "[置顶]"])
def test_a_posts_kind_label_before_the_headline_is_not_part_of_the_title(project, label):
    # rt03, a forum's repost: `《轉貼文章》 (CHINA) 長春國家汽車電子高新技術產業化基地掛牌`
    headline = "長春國家汽車電子高新技術產業化基地掛牌"
    a, problems = read_one_page(project, f"{label}{headline}\n\n2012年10月25日11:41 來源:科學時報 作者:封帆//\n\n"
                                  "長春國家汽車電子高新技術產業化基地掛牌暨長春高新區汽車電子產業園開園儀式近期在長春舉行。吉林省委省政府領導出席儀式並剪彩。\n")
    assert a.title == headline
    assert any(p.line == 1 and label.strip() in p.message for p in problems)  # the report says what was cut


@pytest.mark.parametrize("headline", ["《长春市优化营商环境条例》正式施行", "【独家】长春优化营商环境条例正式施行"])
def test_a_book_title_or_a_newsrooms_tag_opening_a_headline_stays(project, headline):
    a, _ = read_one_page(project, f"{headline}\n\n2021-08-12 10:15 来源：长春日报\n\n"
                                  "8月12日，《长春市优化营商环境条例》正式施行，条例共七章六十条。\n")
    assert a.title == headline
