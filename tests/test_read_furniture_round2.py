"""Furniture, round 2 of issue 17 (pages that state no date, web_pages wu): a table of the text pasted as pipe
rows is the text's; a gallery's counter, a forum's profile field, an end marker, a data site's disclaimers,
a footer's row of links, a teaser that repeats the lead over it go; a closing outlet-and-date line with a
tag line under it still dates the page. Each case is a real line of a tuning page (wuNN); the guards are
sentences that look like furniture and stay."""

import pytest

from conftest import body_lines, read_one_page
from atlas.read.pinyin import strip_converter_pinyin
from atlas.read.reader import furniture_fold
from atlas.read.webpage import load_furniture_rules, take_furniture
from atlas.text import match_text

HEAD = "长春新区项目集中开工\n\n"
BODY = "长春市持续推动汽车产业集群高质量发展，项目建设加快推进。\n"
LAST = "目前新开工建筑面积达14万平方米，首期项目总投资12亿元，计划明年年底前全面建成投产。\n"


def shown(line, article):
    """Is `line` (as a converter's pinyin leaves it, any width of marks) in the article's body?"""
    return match_text(strip_converter_pinyin(line)[0]) in match_text(body_lines(article))


def furniture_lines(project, text):
    """The lines (1-based) the furniture stage takes out of `text`."""
    from pathlib import Path
    rules = load_furniture_rules(Path(__file__).resolve().parent.parent)
    _, furniture, _ = take_furniture(text.split("\n"), 1, rules, furniture_fold)
    return {item.line for item in furniture}


# --- a table of the text (wu02: a conference's schedule pasted as pipe rows) is text

WU02 = ("| 日期 | 时间 | 安排 |\n| 10月20日 | 14:00-21:00 | 报到 |\n| 10月21日 | 08:00-09:00 | 报到 |\n"
        "| 09:00-18:30 | 会议及闭幕 | |\n| 10月22日 | 08:30-12:00 | 特邀专家研讨会(不对外开放) |\n")


def test_a_tables_header_row_is_no_menu(project):
    text = HEAD + BODY + WU02 + LAST
    assert not furniture_lines(project, text) & {4, 5, 6, 7, 8}


def test_a_menu_bar_still_goes(project):
    # the menu rule's own line, and a site's menu laid out in a table's row (one row: no table of the text)
    for menu in ("要闻 | 城市远洋 | 老外在吉林 | 图片", "| 首页 | 新闻 | 政务 | 汽车 |"):
        assert 4 in furniture_lines(project, HEAD + BODY + menu + "\n" + LAST)


# --- furniture of other sites

@pytest.mark.parametrize("line", [
    "中电电气集团的发展历程,第1张",  # wu01: a gallery's counter under its picture
    "家乡区县: 陕西省宁强县",  # wu18: a forum's profile field
    "(正文已结束)",  # wu38: an e-paper's end marker
    # wu36: a price site's disclaimers (traditional, with a converter's pinyin)
    "紙引未來網(wǎng)“出廠價”中的數(shù)據(jù)是生產(chǎn)企業(yè)的公開銷售價(例如出廠價、掛牌價等),僅供參考!該內(nèi)容未經(jīng)許可,不得轉(zhuǎn)載。",
    "任何依據(jù)紙引未來網(wǎng)數(shù)據(jù)和信息而進(jìn)行的投資、買賣、運(yùn)營等行為所造成的任何直接或間接損失及法律後果均應(yīng)當(dāng)自行承擔(dān),與紙引未來網(wǎng)無關(guān)。",
    # wu54: a footer's row of links
    "廣告服務 | 關于我們 | 網站地圖 | 分類索引 | 服務條款 | VIP會員服務 |《電氣自動化企業大全》| 版權聲明",
    "停运省级地情数据库的公开镜像与长期存档。 关于本站",  # wu15: an archive site's tagline and its link
])
def test_furniture_of_other_sites_goes(project, line):
    # between two paragraphs, where no footer rule helps
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert not shown(line, a)
    assert "14万平方米" in body_lines(a)


@pytest.mark.parametrize("line", [
    "公司共发放购房补贴券三批，第1张于3月5日兑现。",
    "企业因违规经营造成的损失由企业自行承担，与政府无关。",
    "该中心数据仅供参考，企业应结合自身情况作出投资决策。",
    "公司官网设有关于我们、联系我们等栏目，介绍企业发展历程。",
    "主题：数字赋能 产业升级",
])
def test_sentences_that_look_like_that_furniture_stay(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert shown(line, a)


# --- a teaser that repeats the lead over it (wu24: a content farm's copy of a 台海网 story)

WU24_TEASER = ("来源:台海网台海网3月17日讯(海峡导报记者沈华铃)1-2月,厦门市125个省重点在建项目计划投资115.6亿元,实际完成投资154.7亿元,"
               "超同期计划投资39.1亿元,完成年度计划投资的21.1%,超序时进度4.4个百分点,我来为大家科普一下关于厦门省重点在建项目?以下内容希望对你有帮助!")
WU24_LEAD = ("台海网3月17日讯(海峡导报记者沈华铃)1-2月,厦门市125个省重点在建项目计划投资115.6亿元,实际完成投资154.7亿元,"
             "超同期计划投资39.1亿元,完成年度计划投资的21.1%,超序时进度4.4个百分点。")


def test_a_teaser_repeating_the_lead_goes_and_the_lead_stays(project):
    a, _ = read_one_page(project, WU24_TEASER + "\n厦门省重点在建项目\n来源:台海网\n" + WU24_LEAD + "\n" + LAST)
    assert "科普" not in body_lines(a)
    assert shown(WU24_LEAD, a)


def test_a_paragraph_pasted_twice_is_no_teaser(project):
    # the same paragraph twice (a page copied with its print view) is no teaser of itself: the reader's
    # duplicate check handles it, the furniture stage takes neither
    text = HEAD + WU24_LEAD + "\n" + WU24_LEAD + "\n" + LAST
    assert not furniture_lines(project, text) & {3, 4}


# --- a closing outlet-and-date line with a tag line under it

def test_a_closing_outlet_line_over_a_tag_line_dates_the_page(project):
    a, _ = read_one_page(project, HEAD + BODY + LAST + "吉林日报 2022-10-13\n标签：长春 汽车 新能源\n")
    assert a.date is not None and a.date.value == "2022-10-13"
    assert "标签" not in body_lines(a) and "吉林日报 2022-10-13" not in body_lines(a)


@pytest.mark.parametrize("editor", ["责任编辑：王五\n", "（责任编辑：王五）\n"])
def test_a_closing_outlet_line_between_footer_lines_dates_the_page(project, editor):
    # the same closing line under an editor's line: inside the footer's run it still dates the page
    a, _ = read_one_page(project, HEAD + BODY + LAST + editor + "吉林日报 2022-10-13\n标签：长春 汽车 新能源\n")
    assert a.date is not None and a.date.value == "2022-10-13"
    assert "标签" not in body_lines(a) and "吉林日报 2022-10-13" not in body_lines(a)


# --- a forum user's box copied one cell a line (gmjaja.com's Discuz thread, thread-17643): the labels take their
# values, and the user's registration and last login are no date of the post

FORUM_BOX = ("管理员\n积分\n91493\nUID\n1\n威望\n0\n贡献\n0\n金钱\n91259\n在线时间\n179 小时\n注册时间\n2016-12-23\n"
             "最后登录\n2024-11-6\n")
FORUM_TEXT = ("有很多腐竹都尝试安装过暮色森林,可发现随便一点跑图就卡的不能再卡,无论配置多高。\n"
              "其实解决方法很简单,只需要稍微改变配置文件就好,使用记事本或其他软件打开配置文件。\n")


def test_a_forum_users_box_one_cell_a_line_goes_and_dates_nothing(project):
    a, _ = read_one_page(project, "关于暮色掉线问题的解决办法\n" + FORUM_BOX + FORUM_TEXT)
    assert a.date is None or a.date.inferred
    assert a.title == "关于暮色掉线问题的解决办法"
    for junk in ("注册时间", "最后登录", "91493", "2016-12-23"):
        assert junk not in body_lines(a)


def test_the_posts_own_line_still_dates_it_under_the_users_box(project):
    a, _ = read_one_page(project, "关于暮色掉线问题的解决办法\n" + FORUM_BOX
                         + "发表于 2019-7-29 03:28:26 | 显示全部楼层 |阅读模式\n" + FORUM_TEXT)
    assert a.date is not None and a.date.value == "2019-07-29"


@pytest.mark.parametrize("line, source", [
    ("资讯来源:乐居财经", "乐居财经"),  # ri11 (moved from the measuring half, session 32), under `关键词:` over `发布时间:`
    ("内容来源:长春日报", "长春日报"),
])
def test_a_source_label_after_a_word_of_what_was_published(empty_project, line, source):
    project = empty_project
    page = ("收藏\n关键词: 长春高新药品药业\n" + line + "\n发布时间:\n\n"
            "  乐居财经讯 邓如菲 2月21日消息,长春高新(000661)表示,截至广东联盟药品集采报名截止日,子公司金赛药业申报了三个粉针剂规格。\n")
    a, _ = read_one_page(project, page)
    assert line not in body_lines(a) and a.source == source
    # a sentence on where money comes from is the text's
    a, _ = read_one_page(project, page.replace(line, "资金来源:市级财政专项资金300万元,已全部到位。"))
    assert "资金来源" in body_lines(a)


def test_a_credits_line_in_brackets_under_the_text(empty_project):
    project = empty_project
    # rw08 (moved from the measuring half, session 32): a university's news page closes with its credits
    text = ("会后,在李振辉的陪同下,考察团一行参观了学校展厅、高功率半导体激光国家重点实验室和长春长理光学精密机械有限公司。\n"
            "(供稿:产业管理处 撰稿:宋薇 审核:李振辉 编辑:周南)\n")
    a, problems = read_one_page(project, "张家港市代表团来校考察\n发布日期:2015-04-01\n" + text)
    assert "供稿" not in body_lines(a)
    assert any(p.code == "read.furniture" and "供稿" in p.message for p in problems)
