"""Headers of Changchun pages nobody had tuned on (the 64 measuring pages moved to tuning in
session 27): each case states a general property of Chinese news pages, with the real line of a
tuning page and a constructed or other-place line of the same family."""

import pytest

from atlas.extract.pubdate import date_article
from atlas.records import Article, Block, BlockKind, PublicationDate
from conftest import read_one_page
from test_read_general import HEADLINE, LEAD, MORE, body_of, project  # noqa: F401  (project: the fixture)


# --- a label is not part of the title, in any script ---------------------------------------------
@pytest.mark.parametrize("label", ["原題：", "原题:", "原標題：", "【原題】", "原 标 题："])
def test_an_original_title_label_is_no_part_of_the_title_in_any_script(project, label):
    # re17: `原題:我市借力東北亞博覽會 簽約15個重大項目` over `本報訊 (記者楊洪倫)26日,…`
    a, _ = read_one_page(project, f"{label}我市借力東北亞博覽會 簽約15個重大項目\n本報訊 {LEAD}{MORE}")
    assert a.title == "我市借力東北亞博覽會 簽約15個重大項目"


def test_an_original_title_line_under_the_headline_is_furniture(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n原題：長春新區項目集中開工\n2021-08-12 10:15 来源：长春日报\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE and not any("原題" in t for t in body_of(a))


# --- decoration around a headline ----------------------------------------------------------------
@pytest.mark.parametrize("decorated", [f"{HEADLINE}******", f"■{HEADLINE}", f"★★ {HEADLINE} ★★", f"• {HEADLINE}"])
def test_decoration_around_the_headline_is_no_part_of_it(project, decorated):
    # rl03: `• 長春九臺招商引資走進天津 22個項目現場簽約` over `來源:北方網   時間:2016-11-30`
    a, _ = read_one_page(project, f"{decorated}\n\n来源:北方网   时间:2016-11-30\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2016-11-30")


def test_the_pages_title_with_a_place_before_the_headline_block_is_the_headline(project):
    # rc03: the portal's <title> (a place before a colon, a separator of asterisks), then kicker —— and headline:
    # the place is the headline's own (as the third reader decided, session 29), the line under it its copy
    a, _ = read_one_page(project, "吉林长春:汽车“摇篮”展现蓬勃生机******\n吉林长春全力推动汽车产业高质量发展——\n"
                                  f"汽车“摇篮”展现蓬勃生机\n{LEAD}{MORE}")
    assert (a.kicker, a.title) == ("吉林长春全力推动汽车产业高质量发展——", "吉林长春：汽车“摇篮”展现蓬勃生机")
    assert not any("展现蓬勃生机" in t for t in body_of(a))


@pytest.mark.parametrize("first", ["汽车“摇篮”展现蓬勃生机_新华网", "新华网：汽车“摇篮”展现蓬勃生机", "汽车“摇篮”展现蓬勃生机 - 吉林频道"])
def test_the_pages_title_with_a_site_name_over_the_headline_is_a_copy(project, first):
    # a site's name before or after the headline in the <title> line is no part of the headline
    a, _ = read_one_page(project, f"{first}\n吉林长春全力推动汽车产业高质量发展——\n汽车“摇篮”展现蓬勃生机\n{LEAD}{MORE}")
    assert a.title == "汽车“摇篮”展现蓬勃生机"


# --- a line of keywords (site spam, SEO) is no text ------------------------------------------------
SPAM = "国产高清视频在线，在线不卡福利，精品福利片在线观看，福利视频三区，日韩一区高清中文字幕，影视国产精品一区二区 ，日韩美女中文字幕"


@pytest.mark.parametrize("dated", [True, False])
def test_a_line_of_keywords_over_the_page_is_no_text(project, dated):
    # ri08, rf14: an injected list of keywords over the page; the headline is found under it
    date = "发布时间:2024年12月25日 10:30 来源:中新网吉林\n" if dated else ""
    a, _ = read_one_page(project, f"{SPAM}\n\n中新社吉林分社正文\n\n{HEADLINE}\n{date}\n{LEAD}{MORE}")
    assert a.title == HEADLINE
    assert not any("福利" in t for t in body_of(a))


def test_a_list_of_names_in_the_text_is_kept(project):
    # a sentence of the text that lists with commas keeps its place (its words are the text's)
    listing = "签约项目包括：长春新区光电产业园，长春新区生物医药产业园，长春新区汽车零部件产业园，长春新区数字经济产业园"
    a, _ = read_one_page(project, f"{HEADLINE}\n2021-08-12 10:15 来源：长春日报\n\n{LEAD}{listing}\n{MORE}")
    assert listing in body_of(a)


# --- a headline with its date glued on, in every written form --------------------------------------
@pytest.mark.parametrize("written", ["2020年4月16日 19:29", "2020-04-16 19:29", "2020/04/16 19:29", "2020.04.16", "2020年04月16日"])
def test_a_headline_with_its_date_glued_on_keeps_its_headline(project, written):
    # rg19: `一汽红旗新能源汽车工厂建设启动 2020年4月16日 19:29`
    head = "一汽红旗新能源汽车工厂建设启动"
    a, _ = read_one_page(project, f"{head} {written}\n\n\n     15日,中国一汽红旗新能源汽车工厂启动建设。\n{MORE}")
    assert (a.title, a.date.value) == (head, "2020-04-16")


def test_a_sites_name_with_a_date_is_no_headline(project):
    a, _ = read_one_page(project, f"长春市人民政府门户网站 2021年8月12日 08:03\n{LEAD}{MORE}")
    assert a.title != "长春市人民政府门户网站" and a.date.value == "2021-08-12"


# --- fields and widgets between the headline and the publication line ------------------------------
@pytest.mark.parametrize("field", ["所属地区:吉林-长春-德惠市", "所属行业：汽车零部件", "所属栏目：招商引资"])
def test_a_field_line_and_a_column_label_over_the_date_line_are_no_headline(project, field):
    # rn13: headline, `招商项目`, `所属地区:吉林-长春-德惠市`, `发布日期:2025年07月24日`
    head = "德惠市招商引资成果显著 重点项目建设全面提速"
    a, _ = read_one_page(project, f"{head}\n招商项目\n{field}\n发布日期:2025年07月24日\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (head, "2025-07-24")
    assert not any(field in t for t in body_of(a))


def test_a_headline_over_share_widgets_and_the_publication_line_is_the_headline(project):
    # ro15: a question headline whose words the text hardly repeats, then 分享至 / (2) / (0) / 收藏, then the date line
    head = "华为上了长春的“车”,为啥?"
    a, problems = read_one_page(project, f"我的位置: 天下 > 舆情 > 文章详情\n{head}\n分享至:\n (2)\n (0)\n 收藏\n"
                                         f"来源:上观新闻 作者:每日经济新闻 2019-08-24 16:11\n\n{LEAD}{MORE}")
    assert a.title == "华为上了长春的“车”，为啥？" and not any(p.code == "read.title-made" for p in problems)


# --- a flash item's headline in brackets, a name alone ------------------------------------------
def test_a_flash_items_headline_in_brackets_glued_to_its_text(project):
    # rn09: `【吉林:汽车产业锚定万亿级目标开新局】吉林省代省长韩俊介绍,…`
    a, _ = read_one_page(project, f"【吉林:汽车产业锚定万亿级目标开新局】吉林省代省长韩俊介绍,2021年,吉林省汽车产业锚定万亿级目标开新局。\n{MORE}")
    assert a.title == "吉林：汽车产业锚定万亿级目标开新局"
    assert body_of(a)[0].startswith("吉林省代省长韩俊介绍")


def test_a_series_label_in_brackets_before_the_text_stays_text(project):
    # `【明报专讯】…`, `【产业动态】…`: a short label, no headline
    a, _ = read_one_page(project, f"{HEADLINE}\n\n【明报专讯】{LEAD}{MORE}")
    assert a.title == HEADLINE and body_of(a)[0].startswith("【明报专讯】")


@pytest.mark.parametrize("name", ["王若拙", "李彦国"])
def test_a_persons_name_alone_over_the_text_is_no_headline(project, name):
    # rn11: the author's name on the first line, then the text
    a, problems = read_one_page(project, f"{name}\n{LEAD}{MORE}")
    assert a.title != name and name in a.authors


# --- buttons glued to a headline ---------------------------------------------------------------------
@pytest.mark.parametrize("buttons", ["查看PDF公告PDF版下载下载PDF公告阅读器", "[下载PDF]", "PDF下载"])
def test_download_buttons_glued_to_a_headline_are_no_part_of_it(project, buttons):
    # rj07: `奥来德首次公开发行股票科创板上市公告书 查看PDF公告PDF版下载下载PDF公告阅读器` over `公告日期:2020-09-02`
    head = "奥来德首次公开发行股票科创板上市公告书"
    a, _ = read_one_page(project, f"{head} {buttons}\n公告日期:2020-09-02\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (head, "2020-09-02")


# --- publication lines -------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["[2022.06.30] 發表", "2022-06-30 发布", "【2022年6月30日】更新", "2022.06.30 发布于长春"])
def test_a_date_followed_by_its_publication_label_is_a_publication_line(project, line):
    # rh04: `[2022.06.30] 發表` under the headline
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{line}\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2022-06-30")
    assert line not in body_of(a)


@pytest.mark.parametrize("line", ["《中国科学报》 （2012-07-24 B2 生物）", "《长春日报》（2012年7月24日 A3版 要闻）", "《吉林日报》 (2012-07-24 第3版)"])
def test_a_papers_date_page_and_section_close_the_text(project, line):
    # rk07: the footer of a brief reprinted from a paper
    a, _ = read_one_page(project, f"{LEAD}{MORE}{line}\n")
    assert a.date.value == "2012-07-24" and line not in body_of(a)


def _page(first: str, date: PublicationDate | None) -> Article:
    return Article("seeds/x.txt", "x", "x", "标题", date=date, blocks=(Block(BlockKind.PARAGRAPH, first, (1,), "p1"),))


@pytest.mark.parametrize("lead", ["長春4月16日電 （高龍安）一季度，中國一汽摘得國內銷量行業第一。",
                                  "长春4月16日电（记者 王五）一季度，长春新区十个重点项目集中开工。"])
def test_a_dateline_of_a_place_alone_dates_a_repost(lead):
    # rh02: `來源:中國新聞網時間:2024-04-19 11:06:33` over `長春4月16日電 (高龍安)…`: a wire story without its outlet's name
    page = PublicationDate("2024-04-19", "day", "web-page", False, ("來源:中國新聞網時間:2024-04-19 11:06:33",))
    a, _ = date_article(_page(lead, page))
    assert (a.date.value, a.date.inferred) == ("2024-04-16", False)


def test_a_sentence_opening_with_a_place_and_a_date_is_no_dateline():
    page = PublicationDate("2024-04-19", "day", "web-page", False, ("发布时间：2024-04-19",))
    a, _ = date_article(_page("长春4月16日电动汽车展开幕，展出车型200余款。", page))
    assert a.date.value == "2024-04-19"


def test_the_end_of_a_span_from_one_year_to_another_is_no_plan():
    # rl15: `自2015年…开通，到2023年…开通` in a repost posted in November of a story of March
    page = PublicationDate("2024-11-21", "day", "web-page", False, ("发布时间:2024-11-21 08:41:49 来源: sp20241121",))
    blocks = (Block(BlockKind.PARAGRAPH, "人民网北京3月5日电 （记者乔雪峰）近日，一列中欧班列从长春驶出。", (1,), "p1"),
              Block(BlockKind.PARAGRAPH, "自2015年长春经由满洲里的中欧班列开通，到2023年长春经同江口岸的中欧班列开通，今年已是第10个年头。", (2,), "p2"))
    a, _ = date_article(Article("seeds/x.txt", "x", "x", "标题", date=page, blocks=blocks))
    assert (a.date.value, a.date.inferred) == ("2024-03-05", False)


# --- the same rules kept from what they are not ----------------------------------------------------
@pytest.mark.parametrize("label", ["【环球网报道 记者 王五】", "【中国吉林网 综合报道】", "【明报专讯】"])
def test_an_outlets_or_reporters_label_in_brackets_is_no_flash_headline(project, label):
    # the title is made from the lead, without the label
    a, problems = read_one_page(project, f"{label}{LEAD}{MORE}")
    assert a.title.startswith("长春新区举行重点项目集中开工仪式") and any(p.code == "read.title-made" for p in problems)


def test_a_marked_line_under_the_headline_leaves_the_headline_alone(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n• 长春光电信息产业园三期主体封顶\n发布时间：2021-08-12 10:15\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE


def test_an_organisations_name_with_a_date_is_no_headline(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n长春市工业和信息化局 2023年05月12日\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE


def test_a_kicker_alone_over_the_text_is_no_headline(project):
    # rc03 without its headline: `吉林长春全力推动汽车产业高质量发展——` says the headline follows; none does
    a, problems = read_one_page(project, f"吉林长春全力推动汽车产业高质量发展——\n{LEAD}{MORE}")
    assert a.title.startswith("长春新区举行重点项目集中开工仪式") and any(p.code == "read.title-made" for p in problems)
    a, _ = read_one_page(project, f"吉林长春全力推动汽车产业高质量发展——\n{HEADLINE}\n{LEAD}{MORE}")
    assert a.title == HEADLINE


@pytest.mark.parametrize("line", ["文_本刊记者 郭朝飞   编辑_尹一杰", "X 注册生物链会员", "中國臺灣網移動版", "人民网手机版"])
def test_labels_banners_and_a_sites_mobile_name_over_a_page_without_its_headline_are_no_headline(project, line):
    # what stands over the text of a tuning page whose headline is taken out (perturb_real_articles.py: no-headline)
    a, problems = read_one_page(project, f"{line}\n{LEAD}{MORE}")
    assert a.title.startswith("长春新区举行重点项目集中开工仪式") and any(p.code == "read.title-made" for p in problems)


# --- spaces left at the end of a line are layout, not text -------------------------------------------
@pytest.mark.parametrize("tail", ["", "  ", "\t", " \u3000"])
def test_a_date_glued_to_the_headline_is_cut_off_whatever_spaces_end_the_line(project, tail):
    # rq10: `长春高新:关于创新药生产基地建设项目的投资公告2020-07-23  ` (two spaces left after the date)
    a, _ = read_one_page(project, f"公司公告\n\n长春高新:关于创新药生产基地建设项目的投资公告2020-07-23{tail}\n\n{LEAD}{MORE}")
    assert a.title == "长春高新：关于创新药生产基地建设项目的投资公告"
    assert a.date.value == "2020-07-23" and not a.date.inferred
    # constructed: another headline, a date with its time
    a, _ = read_one_page(project, f"{HEADLINE}2021-08-12 10:15{tail}\n\n{LEAD}{MORE}")
    assert (a.title, a.date.value) == (HEADLINE, "2021-08-12")


@pytest.mark.parametrize("line", ["标王 热搜: 电动汽车  北汽新能源  充电桩  充电站  电动车  北汽  第一电动汽车  试驾  汽车  北京 ",
                                  "热门搜索：长春 新能源汽车 光电信息 项目", "热门关键词: 一汽 红旗 奥迪"])
def test_a_sites_line_of_search_keywords_is_no_headline(project, line):
    # rp19: `标王 热搜: 电动汽车  北汽新能源 …` over a breadcrumb and the headline `【聚电园】长春新区与…达成战略合作协议`
    a, problems = read_one_page(project, f"{line}\n\n当前位置: 首页 » 新能源汽车资讯 » 企业新闻 » 正文\n\n【聚电园】{HEADLINE}\n\n"
                                         f"放大字体  缩小字体 发布日期:2017-02-27  来源:www.unxny.com  浏览次数:170\n{LEAD}{MORE}")
    assert a.title == f"【聚电园】{HEADLINE}"
    assert any(line.strip()[:6] in p.message for p in problems if p.code == "read.furniture")


@pytest.mark.parametrize("sep", ["--", "_", " - ", "|"])
def test_a_headline_with_its_sites_name_appended_is_the_headline_under_a_sites_introduction(project, sep):
    # rp18: `中华人民共和国年鉴简介` / `中华人民共和国年鉴网是…唯一综合性国家年鉴网,是为落实…` / `热点内容` /
    # `推荐内容` / breadcrumb / `一季度长春汽车业稳步增长 产销增幅均超5%--中国年鉴网` (the page's <title>) / the lead
    a, _ = read_one_page(project, "中华人民共和国年鉴简介\n中华人民共和国年鉴网是忠实记录中国改革开放和建设成就及国家方针政策的唯一综合性国家年鉴网，"
                                  "是为落实中央关于开展数字化建设的要求而建设的。\n热点内容\n推荐内容\n网站首页 > 大国崛起 > 行业崛起 > 汽车2010 >\n"
                                  f"{HEADLINE}{sep}中国年鉴网\n{LEAD}{MORE}")
    assert a.title == HEADLINE
    assert any("年鉴网是忠实记录" in t for t in body_of(a))  # the site's introduction is not dropped unread
    assert any(t.startswith("8月12日") for t in body_of(a))  # the lead is not glued to the headline
