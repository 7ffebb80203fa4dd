"""General properties of Chinese news pages the reader relies on (issue 17, generality round):
each case is built from how Chinese web pages present an article, not from one page's wording.
The same properties are checked across the tuning pages by scripts/perturb_real_articles.py."""

import pytest

from conftest import read_one_page

HEADLINE = "长春新区十个重点项目集中开工"
LEAD = "8月12日，长春新区举行重点项目集中开工仪式，10个项目总投资86亿元，涵盖光电信息、生物医药等产业。\n"
MORE = "据介绍，这批项目建成后将新增产值120亿元。\n"


@pytest.fixture
def project(empty_project):
    return empty_project


def body_of(article):
    return [b.text for b in article.blocks if b.kind.name != "CAPTION"]


@pytest.mark.parametrize("dated", [True, False])
def test_a_list_of_other_headlines_over_the_page_is_no_headline_and_its_dates_are_not_the_pages(project, dated):
    # a portal's box of other stories at the top: its items carry a mark (•), the page's headline does not
    date = "发布时间：2021-08-12 10:15\n" if dated else ""
    a, _ = read_one_page(project, "热点推荐\n• 一汽解放新工厂正式投产 2023-01-05\n• 长春光电信息产业园三期主体封顶\n\n"
                    f"{HEADLINE}\n{date}\n{LEAD}{MORE}")
    assert a.title == HEADLINE
    assert (a.date.value if a.date else None) == ("2021-08-12" if dated else None)
    assert not any("一汽解放新工厂" in t or "三期主体封顶" in t for t in body_of(a))


def test_a_bullet_item_is_never_a_headline(project):
    a, _ = read_one_page(project, f"• 一汽解放新工厂正式投产\n{HEADLINE}\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE


@pytest.mark.parametrize("dated", [True, False])
def test_a_columns_label_in_brackets_over_the_headline_is_no_headline(project, dated):
    date = "2021-08-12 10:15 来源：长春日报\n" if dated else ""
    a, _ = read_one_page(project, f"【产业动态】\n\n{HEADLINE}\n{date}\n{LEAD}{MORE}")
    assert a.title == HEADLINE
    assert "【产业动态】" not in body_of(a)


@pytest.mark.parametrize("dated", [True, False])
def test_kicker_headline_and_subtitle(project, dated):
    # 引题 / 主标题 / ——副标题: the headline is the line above the ——subtitle
    date = "发布时间：2021-08-12 10:15:33  来源：长春日报\n" if dated else ""
    a, _ = read_one_page(project, f"奋力推进高质量发展\n{HEADLINE}\n——来自长春新区的报道\n{date}\n{LEAD}{MORE}")
    assert (a.kicker, a.title, a.subtitle) == ("奋力推进高质量发展", HEADLINE, "——来自长春新区的报道")
    assert body_of(a)[0] == LEAD.strip()


def test_a_headline_printed_twice_is_the_headline_however_it_is_punctuated(project):
    # the page's <title> / h1 and a picture's file name made of the headline: a page repeats its
    # headline, never a sentence of its text (a long headline with 、 and ，, no date line)
    head = "吉林省、长春市、中国一汽同频共振——支持中国一汽建设世界一流企业，建设世界一流汽车城"
    a, _ = read_one_page(project, f"{head}\n\n{head}_fororder_1\n\n已经投入使用的一汽红旗繁荣工厂\n\n{LEAD}{MORE}")
    assert a.title == head
    assert not any(t.startswith(head) for t in body_of(a))


@pytest.mark.parametrize("top", ["免费视频app下载", "设置\n• 日夜间\n浅色\n深色", "努力做长春人喜欢的公众号",
                                 "免费视频app下载\nvar tags = 1;"])  # a script's `;` ends no clause of the text
def test_the_headline_is_the_line_that_says_what_the_text_says(project, top):
    # no date line: of the lines over the text, the headline is the one whose words the text
    # repeats, not a site's name, a menu or a slogan on the first line
    a, _ = read_one_page(project, f"{top}\n\n{HEADLINE}\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE


def test_a_readers_thanks_under_the_headline_is_not_the_headline(project):
    head = "奥迪一汽新能源汽车项目在长春开工：总投资超 350 亿元，A6 / Q6 e-tron 将投产"
    a, _ = read_one_page(project, f"设置\n• 日夜间\n浅色\n\n{head}\n\n感谢IT之家网友 比室友睡的早、打工人 的线索投递！\n\n"
                    "IT之家 7 月 1 日消息，从奥迪获悉，6 月 28 日，奥迪一汽新能源汽车有限公司开工仪式在长春举行。奥迪一汽新能源汽车项目总投资超过 350 亿元。\n")
    assert a.title.startswith("奥迪一汽新能源汽车项目在长春开工")


def test_a_bracketed_date_with_spaces_is_a_publication_line(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}{MORE}\n[ 2021-08-12 ]\n")
    assert (a.title, a.date.value) == (HEADLINE, "2021-08-12")


def test_a_short_headline_over_its_subtitle_under_a_menu(project):
    a, _ = read_one_page(project, "行政区划\n\n开发区\n\n当前位置:  首页 >  走进长春 >  产业特色\n\n第二产业\n——来自长春的报道\n\n"
                    f"时间:2017-03-10 10:09 来源:\n\n{LEAD}{MORE}")
    assert (a.title, a.subtitle, a.date.value) == ("第二产业", "——来自长春的报道", "2017-03-10")


@pytest.mark.parametrize("menu", ["首页 资讯 正文", "网站首页 新闻中心 本地新闻", "新闻中心 本地 正文",
                                  "政务服务 中国政府网 省政府网 English 日本語 한국어 Русский 站群导航"])
def test_breadcrumbs_and_menus_set_off_by_spaces_in_any_script(project, menu):
    a, _ = read_one_page(project, f"{menu}\n\n{HEADLINE}\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE
    assert menu not in body_of(a)


@pytest.mark.parametrize("menu", [["首页", "新闻", "政务", "经济", "汽车", "科技"], ["网站首页", "新闻中心"],
                                  ["首頁", "要聞", "English", "吉林"]])
def test_a_menu_copied_one_item_a_line_goes_and_the_headline_under_a_kicker_stays(project, menu):
    # a browser's "select all" copies the menu one item a line over the page (ra06 under such a menu lost its headline)
    gallery = "1 东北亚国际博览中心效果图。 (资料图片)\n2 长春中车整体搬迁建设项目鸟瞰图。 (资料图片)\n"
    headline = "赋能品牌振兴 树立行业标杆"
    a, problems = read_one_page(project, "\n".join(menu) + f"\n{gallery}一汽红旗新能源汽车工厂——\n{headline}\n{LEAD}{MORE}")
    assert a.title == headline
    assert not set(menu) & set(body_of(a))
    assert sum(p.code == "read.furniture" for p in problems) >= len(menu)


@pytest.mark.parametrize("top", ["逐梦\n奋进", "看长春\n汽车城"])
def test_two_short_lines_over_the_text_are_no_menu(project, top):
    # a kicker and a short headline stand over their text; only the home page's link makes two lines a menu
    a, problems = read_one_page(project, f"{top}\n\n{LEAD}{MORE}")
    assert not any(p.code == "read.furniture" for p in problems)


def test_a_question_headline_over_a_picture_and_its_credit(project):
    q = "长春第一汽车制造厂在国内汽车工业中的地位如何？"
    a, _ = read_one_page(project, f"{q}\n\n\n\n长春新区项目建设现场。\n（记者 王五 摄）\n\n{LEAD}{MORE}")
    assert a.title == q


def test_blank_lines_around_furniture_taken_out_are_no_picture_gap(project):
    # menus and breadcrumbs above a headline, each with blank lines around it: once they are taken
    # out, only the blank lines right above the headline could mark a picture's place
    q = "一探究竟，打造中国高铁拢共分几步？"
    a, _ = read_one_page(project, f"首页 | 新闻 | 财经 | 汽车 | 科技 | 房产\n\n当前位置：首页 > 新闻中心 > 正文\n\n"
                    f"某某网官网-某某新闻资讯-重点新闻网站\n\n某某网 > 访谈 >\n\n{q}\n\n{LEAD}{MORE}")
    assert a.title == q


def test_an_outlet_and_date_line_opening_the_page_over_a_column_label_and_the_headline(project):
    a, _ = read_one_page(project, f"ZAKER吉林 2023-03-06\n\n【产业动态】\n\n{HEADLINE}\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2023-03-06")
    assert "【产业动态】" not in body_of(a)


# --- a date inside the text is never the page's stated publication date --------------------------

@pytest.mark.parametrize("sentence", ["公告发布时间2021年8月12日，报名截止时间为8月30日。", "时间：2021年8月12日，地点：长春新区。",
                                      "更新时间：2021年8月12日，全市共有项目120个。", "截至2021年8月12日 来源：统计局 数据显示，项目120个。"])
@pytest.mark.parametrize("where", ["under the headline", "between paragraphs", "at the end"])
def test_a_date_in_a_sentence_is_the_texts_not_the_pages(project, sentence, where):
    text = {"under the headline": f"{HEADLINE}\n\n{sentence}\n{LEAD}{MORE}", "between paragraphs": f"{HEADLINE}\n\n{LEAD}{sentence}\n{MORE}",
            "at the end": f"{HEADLINE}\n\n{LEAD}{MORE}{sentence}\n"}[where]
    a, _ = read_one_page(project, text)
    assert a.date is None
    assert sentence in body_of(a)  # and it stays text


def test_a_bare_date_line_between_paragraphs_is_not_the_pages_date(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}2021年8月12日\n{MORE}")
    assert a.date is None


@pytest.mark.parametrize("where", ["header", "footer"])
def test_a_bare_date_line_over_or_under_the_text_is_the_pages_date(project, where):
    text = f"{HEADLINE}\n2021年8月12日\n\n{LEAD}{MORE}" if where == "header" else f"{HEADLINE}\n\n{LEAD}{MORE}\n2021年8月12日\n"
    a, _ = read_one_page(project, text)
    assert (a.date.value, a.date.inferred) == ("2021-08-12", False)


def test_a_labelled_publication_line_between_paragraphs_is_still_the_pages_date(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}发布时间：2021-08-12 10:15\n{MORE}")
    assert a.date.value == "2021-08-12"


def test_a_converters_reading_of_a_whole_word_goes_too():
    # a converter annotates a word with all its syllables run together (中新网(zhōngxīnwǎng)); a
    # toned run is no English word, so it goes, and the dateline reads again
    from atlas.read.pinyin import strip_converter_pinyin

    text, n = strip_converter_pinyin("中新网(zhōngxīnwǎng)长春(chángchūn)6月13日电 经济合作局(hézuòjú)副局长介绍，平台(PPE)上线。")
    assert (text, n) == ("中新网长春6月13日电 经济合作局副局长介绍，平台(PPE)上线。", 3)


# --- a page without a headline: a title made from the lead, never a label of the page -------------

@pytest.mark.parametrize("labels", ["0", "• 国内", "微博", "Design by Eastdays", "搜 索", "人气： 3357",
                                    "分享本页至手机", "202009月15日", "人民网>>吉林频道", "中新社吉林分社正文"])
def test_a_page_label_on_top_of_a_page_without_a_headline_is_no_title(project, labels):
    a, problems = read_one_page(project, f"{labels}\n\n{LEAD}{MORE}")
    assert any(p.code == "read.title-made" for p in problems), a.title
    assert a.title.startswith("长春新区举行重点项目集中开工仪式")
    assert labels not in body_of(a)


@pytest.mark.parametrize("label", ["第11版：区域传真·长春", "吉林农村报"])
def test_a_newspapers_page_label_or_name_over_a_byline_is_no_headline(project, label):
    a, problems = read_one_page(project, f"{label}\n本报记者 孙红丽\n\n{LEAD}{MORE}")
    assert any(p.code == "read.title-made" for p in problems), a.title
    assert a.authors == ("孙红丽",)


def test_a_bracketed_original_title_label_is_not_part_of_the_title(project):
    a, _ = read_one_page(project, f"【原题】{HEADLINE}\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE


def test_a_pages_machine_timestamp_is_a_publication_line(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n2021-08-12T10:15:33+08:00\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2021-08-12")
    assert not any("T10:15" in t for t in body_of(a))


def test_paragraphs_pasted_as_html_are_paragraphs_not_captions(project):
    # each <p> on its own line with a blank line between: the tags' breaks are no picture's gap
    paragraphs = [LEAD.strip(), "据介绍，这批项目建成后将新增产值120亿元，带动就业3000人。", "长春新区将持续优化营商环境，全力服务项目建设。"]
    html = '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/cj">财经</a></div>\n' + \
        f"<p>{HEADLINE}</p>\n\n" + "\n\n".join(f"<p>{x}</p>" for x in paragraphs) + "\n"
    a, _ = read_one_page(project, html)
    assert a.title == HEADLINE
    assert [b.text for b in a.blocks if b.kind.name == "PARAGRAPH"] == paragraphs


@pytest.mark.parametrize("indent", ["", "    ", "\t\t"])
def test_html_source_with_line_breaks_inside_its_paragraphs_reads_as_a_browser_shows_it(project, indent):
    # a page's source as editors copy it: each <p> spread over lines (tuning pages so pasted lost 510 of 582
    # events, the date and its verb on different lines); a browser joins the lines, and so does the reader
    html = (f'<div class="TRS_Editor">\n<h1>\n{indent}{HEADLINE}\n</h1>\n<p style="text-indent: 2em;">\n'
            f"{indent}8月12日，长春新区举行重点项目集中开工\n{indent}仪式，10个项目总投资86亿元，涵盖光电\n{indent}信息、生物医药等产业。\n</p>\n"
            f"<p>\n{indent}据介绍，奥迪 Q6\n{indent}e-tron 等车型将于2024年在这里投产，\n{indent}年产能15万辆。\n</p>\n</div>\n")
    a, _ = read_one_page(project, html)
    assert a.title == HEADLINE
    assert [b.text for b in a.blocks if b.kind.name == "PARAGRAPH"] == [LEAD.strip(), "据介绍，奥迪 Q6 e-tron 等车型将于2024年在这里投产，年产能15万辆。"]


# --- the new batch's shapes (rl, rm tuning pages), as general cases ----------------------------------

def test_a_line_of_organisations_under_the_headline_is_no_headline(project):
    # rm18: the issuers of a press release between the headline and its timestamp
    a, _ = read_one_page(project, f"omniture\n\n{HEADLINE}\n\n长春新区管委会、吉林省发展和改革委员会、长光卫星技术有限公司\n2017-11-15 13:30 8942\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2017-11-15")


def test_a_listing_headline_is_still_a_headline(project):
    head = "长春新区、汽开区项目集中开工"
    a, _ = read_one_page(project, f"{head}\n2021-08-12 10:15\n\n{LEAD}{MORE}")
    assert a.title == head


def test_a_picture_with_its_source_in_brackets_is_a_caption_not_a_headline(project):
    a, _ = read_one_page(project, f"长春长生无法偿还债务而申请破产（图片来源：Getty Images）\n\n{LEAD}{MORE}")
    assert a.title.startswith("长春新区举行重点项目集中开工仪式")


def test_a_reposts_original_title_is_the_title_when_the_page_has_no_other(project):
    a, problems = read_one_page(project, f"原标题:政务服务明显优化 市场活力充分释放\n{LEAD}{MORE}")
    assert a.title == "政务服务明显优化 市场活力充分释放"
    assert not any(p.code == "read.title-made" for p in problems)


def test_a_reposts_original_title_does_not_replace_the_pages_headline(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n原标题：政务服务明显优化 市场活力充分释放\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE


@pytest.mark.parametrize("note", ["(图)", "（组图）", "（视频）"])
def test_a_headline_with_a_note_of_its_pictures_is_a_headline(project, note):
    a, _ = read_one_page(project, f"长春长生被申请破产{note}\n\n长春长生无法偿还债务而申请破产（图片来源：Getty Images）\n\n{LEAD}{MORE}")
    assert a.title == f"长春长生被申请破产{note}".replace("(", "（").replace(")", "）")  # shown with Chinese brackets


def test_an_original_title_with_brackets_inside_is_read_whole(project):
    a, _ = read_one_page(project, f"原标题：长春长生被申请破产(图)\n{LEAD}{MORE}")
    assert a.title == "长春长生被申请破产（图）"


@pytest.mark.parametrize("line", ["撰文丨学研", "本文图片均来自中国新闻周刊微信公众号", "题图来自视觉中国", "小字號"])
def test_credits_and_buttons_of_the_new_batch_are_furniture(project, line):
    a, _ = read_one_page(project, f"{HEADLINE}\n{line}\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE and line not in body_of(a)


def test_a_sentence_about_pictures_stays(project):
    line = "本文图片来自记者现场拍摄，展示了项目建设的火热场面。"
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}{line}\n{MORE}")
    assert line in body_of(a)


def test_a_label_with_chinese_over_a_page_without_a_headline_is_kept_as_its_banner(project):
    # out of the body, but kept: the reader never loses a character it cannot show to be furniture
    a, _ = read_one_page(project, f"• 国内\n\n{LEAD}{MORE}")
    assert "• 国内" in a.mastheads and "• 国内" not in body_of(a)


@pytest.mark.parametrize("written", ["2012年07月28日", "2012-07-28", "2012/07/28", "2012.07.28"])
def test_a_site_line_with_a_date_and_time_dates_the_page_in_every_written_form(project, written):
    # rb24's header line, its date written as other sites write it
    a, _ = read_one_page(project, f"{HEADLINE}\nhttp://www.sina.com.cn  {written} 18:11  中国新闻网 微博\n{LEAD}")
    assert (a.title, a.date.value) == (HEADLINE, "2012-07-28")


@pytest.mark.parametrize("label", ["关东黑土", "行政区划", "手机版百姓热线", "王秋月", "创始人", "长春日报评论员王秋月"])
@pytest.mark.parametrize("furniture", ["date", "menu"])
def test_a_label_or_name_above_a_page_without_a_headline_is_no_headline(project, label, furniture):
    # a site's column, a site's name, a person's name over a web page that lost its headline: none
    # says what the text says, so the title is made from the lead (and the report says so)
    page = (f"{label}\n发布时间：2021-08-12 10:15\n" if furniture == "date" else f"首页 | 新闻 | 财经 | 汽车\n{label}\n")
    a, problems = read_one_page(project, f"{page}\n{LEAD}{MORE}")
    assert a.title != label and a.title.startswith("长春新区举行重点项目集中开工仪式")
    assert any(p.code == "read.title-made" for p in problems)


def test_an_editors_paste_keeps_its_first_line_as_the_headline_whatever_its_words(project):
    # no web page around it: a title line and the text right under it
    a, problems = read_one_page(project, f"第二产业\n\n{LEAD}{MORE}")
    assert a.title == "第二产业" and not any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("head", ["追梦路上 与爱同行", "厚植发展沃土 激发经济活力", "长春市宽城区全力引导产业集聚发展"])
@pytest.mark.parametrize("dated", [True, False])
def test_a_headline_in_words_of_its_own_is_still_the_headline(project, head, dated):
    # a slogan headline repeats no words of its text, but it is a statement: two phrases, or a long line
    date = "2021-08-12 10:15 来源：长春日报\n" if dated else ""
    a, problems = read_one_page(project, f"{head}\n{date}\n{LEAD}{MORE}")
    assert a.title == head
    assert not any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("label", ["编者按", "导言", "按"])  # (摘要：/导读： open a teaser: furniture, below)
def test_a_title_made_from_the_lead_leaves_out_its_label_and_a_time(project, label):
    a, problems = read_one_page(project, f"{label}：近日，长春市委网信办推出“长春振兴突破这一年”网络主题活动。\n{MORE}")
    assert a.title == "长春市委网信办推出“长春振兴突破这一年”网络主题活动"
    assert any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("time", ["今年来", "今年以来", "近年来", "近日"])
def test_a_title_made_from_the_lead_leaves_out_a_clause_that_is_only_a_time(project, time):
    a, _ = read_one_page(project, f"{time}，长春汽车经济技术开发区以打造世界级汽车城为目标推进项目建设。\n{MORE}")
    assert a.title.startswith("长春汽车经济技术开发区")


def test_an_outlets_line_with_a_date_and_time_is_no_headline(project):
    # `中央广电总台国际在线  2018-09-05 14:22:59`: the outlet names who published, not what happened
    a, problems = read_one_page(project, f"中央广电总台国际在线  2018-09-05 14:22:59\n{LEAD}{MORE}")
    assert a.date.value == "2018-09-05"
    assert a.title != "中央广电总台国际在线"
    assert any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("line, value", [
    ("二〇二一年八月十二日", "2021-08-12"), ("（二〇二三年十月三十一日）", "2023-10-31"), ("发布时间：二〇二一年十二月二十日", "2021-12-20"),
    ("二○二二年六月二日", "2022-06-02"), ("發佈時間：二〇二一年八月十日", "2021-08-10")])
@pytest.mark.parametrize("where", ["header", "footer"])
def test_a_publication_line_in_chinese_numerals_dates_the_page(project, line, value, where):
    # the form (二〇二一年八月十二日): a government page's date or a document's closing line
    text = f"{HEADLINE}\n{line}\n\n{LEAD}{MORE}" if where == "header" else f"{HEADLINE}\n\n{LEAD}{MORE}\n{line}\n"
    a, _ = read_one_page(project, text)
    assert (a.date.value, a.date.inferred) == (value, False)
    assert line not in body_of(a) and a.title == HEADLINE


def test_a_chinese_numeral_date_in_a_sentence_is_the_texts(project):
    sentence = "二〇二一年八月十二日，长春新区与一汽签署战略合作协议。"
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{sentence}\n{LEAD}{MORE}")
    assert a.date is None and sentence in body_of(a)


def test_a_sites_name_is_no_headline_though_the_dateline_repeats_it(project):
    # `中央广电总台国际在线  2018-09-05 14:22:59` over `国际在线吉林频道消息（…）：…`: the site, not the story
    a, problems = read_one_page(project, "中央广电总台国际在线  2018-09-05 14:22:59\n"
                                         f"国际在线吉林频道消息（记者 王五）：{LEAD}{MORE}")
    assert a.date.value == "2018-09-05" and a.title != "中央广电总台国际在线"
    assert any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("line", ["《 人民日报 》（ 2023年01月12日   第 02 版）", "【字体：大 中 小】 2023-01-12", "记者 王五 2023年01月12日",
                                  "Posted: 2023-01-12", "信息发布：2023-01-12", "本报记者 王五 李四 2023-01-12 10:15"])
@pytest.mark.parametrize("where", ["header", "footer"])
def test_more_publication_lines_of_chinese_sites(project, line, where):
    # an e-paper's outlet, date and page; buttons and a date; a byline and a date; an English label; a 信息发布 label
    text = f"{HEADLINE}\n{line}\n\n{LEAD}{MORE}" if where == "header" else f"{HEADLINE}\n\n{LEAD}{MORE}\n{line}\n"
    a, _ = read_one_page(project, text)
    assert (a.date.value if a.date else None, a.title) == ("2023-01-12", HEADLINE)
    assert not any(line in t for t in body_of(a))


FURNITURE_OF_CHINESE_SITES = [
    "摘要：长春新区举行重点项目集中开工仪式，10个项目总投资86亿元。", "导读：长春新区10个重点项目集中开工。",
    "【内容提要】长春新区10个重点项目集中开工。", "本文转载自长春日报，版权归原作者所有。", "扫描二维码 分享到微信", "评论",
    "（本报记者 王五）", "（记者 王五 通讯员 李四）", "更多精彩内容，请关注长春日报微信公众号",
    "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场", "未经授权不得转载",
    "新华社发", "打开APP 阅读最新报道", "长按识别二维码"]


@pytest.mark.parametrize("line", FURNITURE_OF_CHINESE_SITES)
@pytest.mark.parametrize("where", ["header", "footer"])
def test_teasers_notices_bylines_and_buttons_of_chinese_sites_are_furniture(project, line, where):
    # a teaser repeating the lead (摘要/导读), a platform's rights notice, a byline in brackets, a QR
    # code's or an app's prompt, an agency's photo credit: none is the article's text
    date = "2023-01-12 10:15 来源：长春日报\n"
    text = f"{HEADLINE}\n{date}{line}\n\n{LEAD}{MORE}" if where == "header" else f"{HEADLINE}\n{date}\n{LEAD}{MORE}\n{line}\n"
    a, _ = read_one_page(project, text)
    assert a.title == HEADLINE and a.date.value == "2023-01-12"
    assert not any(line in b.text for b in a.blocks)


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_headline_over_its_subtitle_without_a_dash_above_the_date_line(project, gap):
    # 主题 over 副题 (no ——), then the publication line: the main headline is the line that says most
    sub = "总投资86亿元，年新增产值120亿元"
    a, _ = read_one_page(project, f"{HEADLINE}\n{gap}{sub}\n日期:2021-08-12 09:38 来源:发改委\n\n{LEAD}{MORE}")
    assert (a.title, a.subtitle, a.date.value) == (HEADLINE, sub, "2021-08-12")
    assert sub not in body_of(a)


MORE_FURNITURE = [
    "------分隔线----------------------------", "【版权及免责声明】凡本网所属版权作品，转载时须获得授权并注明来源，违者本网将保留追究其相关法律责任",
    "- ·长春光电信息产业园三期主体封顶", "更多资讯，欢迎扫描下方二维码关注长春日报官方微博、微信。", "（作者： 编辑：王五）",
    "立即下载 | 全新《长春日报》APP : https://bit.ly/3yLrgYZ", "微信图片_202012311054110.jpg", "王五制图（新华社发）",
    "我来回答", "共1个回答", "热心网友", "0 w; _- G2 b+ P$ b( ]6 t2 y", "[不良信息举报:service@example.com]", "16:40",
    "本篇文章441字，读完约1分钟", "地址:http://www.example.com/kmjj/15617.html", "长春日报特约全媒体记者 王五 通讯员 李四"]


@pytest.mark.parametrize("line", MORE_FURNITURE)
@pytest.mark.parametrize("where", ["header", "footer"])
def test_separators_notices_link_lists_credits_and_noise_are_furniture(project, line, where):
    date = "2023-01-12 10:15 来源：长春日报\n"
    text = f"{HEADLINE}\n{date}{line}\n\n{LEAD}{MORE}" if where == "header" else f"{HEADLINE}\n{date}\n{LEAD}{MORE}\n{line}\n"
    a, _ = read_one_page(project, text)
    assert a.title == HEADLINE and a.date.value == "2023-01-12"
    assert not any(line in b.text for b in a.blocks)


# found by putting other sites' lines into the tuning pages (every line left in the body on 57 of 57 pages;
# `相关稿件` heads a list like 相关新闻)
CREDITS_AND_BANNERS = ["文/王五", "图/李四", "文｜王五 图｜李四", "撰文/王五  摄影/李四", "今天是2023年3月6日 星期一",
                       "今天是：2023年3月6日 星期一 农历二月十五", "欢迎访问长春市人民政府网站", "欢迎您访问长春新区门户网站！",
                       "繁體 | 简体", "简体中文 | 繁體中文 | English", "编审：王五", "终审：李四", "一审：王五 二审：李四 三审：赵六",
                       "（编辑 王五）", "举报/反馈", "关注我们", "收藏本页", "我要留言", "已有0人参与", "邮箱：news@example.com",
                       "E-mail:news@example.com"]


@pytest.mark.parametrize("line", CREDITS_AND_BANNERS)
@pytest.mark.parametrize("where", ["header", "middle", "footer"])
def test_slash_credits_and_a_sites_banners_are_furniture_and_todays_date_is_not_the_pages(project, line, where):
    date = "2023-01-12 10:15 来源：长春日报\n"
    text = {"header": f"{HEADLINE}\n{date}{line}\n\n{LEAD}{MORE}", "middle": f"{HEADLINE}\n{date}\n{LEAD}\n{line}\n\n{MORE}",
            "footer": f"{HEADLINE}\n{date}\n{LEAD}{MORE}\n{line}\n"}[where]
    a, _ = read_one_page(project, text)
    assert a.title == HEADLINE and a.date.value == "2023-01-12"
    assert not any(line in b.text for b in a.blocks)


def test_a_slash_byline_names_the_author_and_todays_date_alone_dates_nothing(project):
    a, _ = read_one_page(project, f"今天是2023年3月6日 星期一\n\n{HEADLINE}\n文/王五 李四\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE and a.date is None
    assert a.authors == ("王五", "李四") or list(a.authors) == ["王五", "李四"]


@pytest.mark.parametrize("sentence", ["今天是2023年3月6日，长春新区举行重点项目集中开工仪式。", "欢迎访问长春的企业家，长春新区将提供一站式服务。",
                                      "文/图并茂的展板介绍了项目进展。", "一审：由各县区初审，报市级复核后公示。",
                                      "关注我们的企业越来越多，长春新区的签约项目也越来越多。"])
def test_sentences_that_open_like_a_banner_a_credit_or_a_button_stay(project, sentence):
    a, _ = read_one_page(project, f"{HEADLINE}\n2023-01-12 10:15 来源：长春日报\n\n{LEAD}{sentence}\n{MORE}")
    assert any(sentence in b.text for b in a.blocks)


@pytest.mark.parametrize("line", ["二〇二一年八月十二日 10:15 来源：长春日报", "发布时间：二〇二一年八月十二日 10时15分",
                                  "来源：长春日报 | 二〇二一年八月十二日", "二〇二一年八月十二日 星期四 来源：长春日报",
                                  "作者：王五 来源：长春日报 二〇二一年八月十二日", "二0二一年八月十二日 10:15 来源：長春日報"])
def test_a_publication_line_with_its_date_in_chinese_numerals_dates_the_page(project, line):
    # every header form the rules read with digits, its date written as government pages write it
    # (perturb_real_dates.py --forms: the dates relative to such a line lost their year)
    a, _ = read_one_page(project, f"{HEADLINE}\n{line}\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value if a.date else None) == (HEADLINE, "2021-08-12")
    assert not any(line in b.text for b in a.blocks)


@pytest.mark.parametrize("line", ["// 轉貼來源: http://tech.hexun.com.tw/2012-10-25/147202946.html",
                                  "来源：https://www.example.com/news/2012/10/25/1234.shtml", "原文链接：www.example.com/2012-10-25/1.html"])
def test_a_date_in_a_links_address_does_not_date_the_page(project, line):
    # rt03 with its date line gone: the repost's source address holds the original's date, which no line states
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}{MORE}\n{line}\n")
    assert a.date is None or a.date.inferred


def test_a_source_line_with_its_date_beside_a_link_still_dates_the_page(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n来源：长春日报 2012-10-25 http://www.example.com/1.html\n\n{LEAD}{MORE}")
    assert a.date.value == "2012-10-25"


def test_a_related_storys_headline_with_its_date_under_the_text_does_not_date_the_page(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}{MORE}罕见出土五件古代“蒸锅”，其中一件大有玄机2025-02-05\n")
    assert a.date is None


def test_an_e_papers_own_date_is_the_pages_though_a_wire_dateline_is_a_day_earlier(project):
    # a paper prints an agency's story the next day: the paper's date and page line dates the page
    a, _ = read_one_page(project, f"{HEADLINE}\n\n新华社长春1月11日电 {LEAD}{MORE}《 人民日报 》（ 2023年01月12日   第 04 版）\n")
    from atlas.extract.pubdate import date_article

    dated, _ = date_article(a)
    assert (dated.date.value, dated.date.inferred) == ("2023-01-12", False)


def test_an_organisations_signature_over_a_closing_date_is_no_headline(project):
    # a notice signed by a department, then its date: the department is no headline
    a, problems = read_one_page(project, f"{LEAD}{MORE}投资与重点项目处\n2019年4月25日\n")
    assert a.title != "投资与重点项目处" and a.date.value == "2019-04-25"


def test_a_title_label_after_the_text_names_the_headline_of_a_page_without_one(project):
    # a mirror prints the headline only in a `标题:` label under the text
    a, problems = read_one_page(project, f"{LEAD}{MORE}标题:快讯:长春新区十个重点项目集中开工\n地址:http://www.example.com/a/1.html\n")
    assert a.title == "快讯：长春新区十个重点项目集中开工"  # shown with a full-width colon, as every title
    assert not any("标题:" in b.text or "地址:" in b.text for b in a.blocks)


def test_a_name_a_date_and_an_account_set_off_by_spaces_is_a_publication_line(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n圆圆头  2024-05-08  圆圆头xmi微信公众号\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2024-05-08")


def test_a_headline_naming_something_right_above_the_publication_line_is_the_headline(project):
    # a noun phrase headline whose words the text hardly repeats, where a page prints its headline
    head = "洪泽开发区近期投资成果"
    a, problems = read_one_page(project, f"{head}\n发布时间:2017-06-23 来源:江苏洪泽经济开发区\n{LEAD}{MORE}")
    assert a.title == head and not any(p.code == "read.title-made" for p in problems)


def test_a_dated_field_of_a_notice_is_text_not_a_heading(project):
    # rp20 (tuning): a notice's `公示日期:2020121120201212` line between its paragraphs is a field whose
    # value is a date, as `开工时间：2021年3月` in a table of projects: it stays text (a heading dates nothing)
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}\n公示日期:2020121120201212\n\n联系电话(传真):0431-81501229\n\n{MORE}")
    kinds = {b.text: b.kind.name for b in a.blocks}
    assert kinds.get("公示日期：2020121120201212", kinds.get("公示日期:2020121120201212")) == "PARAGRAPH", kinds
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}\n开工时间：2021年3月15日\n\n{MORE}")
    assert [b.kind.name for b in a.blocks if "开工时间" in b.text] == ["PARAGRAPH"]


def test_a_pages_own_dated_label_left_in_the_body_is_no_dated_field(project):
    # a page's `发布日期：…` line is the page's, not the text's: it is not made a line of text by DATED_FIELD
    from atlas.read.structure import DATED_FIELD
    assert DATED_FIELD.match("公示日期:2020121120201212") and DATED_FIELD.match("开工时间：2021年3月15日")
    assert not DATED_FIELD.match("发布日期：2021-08-12") and not DATED_FIELD.match("更新时间：2021-08-12 10:15")
