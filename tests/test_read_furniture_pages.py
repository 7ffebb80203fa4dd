"""Furniture of kinds of sites the web-page set was thin on (issue 17, session 31): forums, government
policy records, self-media and WeChat reposts, e-papers, document-sharing and company pages, and a list
heading (推荐阅读) put between two paragraphs. Each case is a real line of a tuning page of
tests/fixtures/web_pages/ (wfNN, wpNN) or tests/fixtures/real_articles/ (rXNN); the guards are real
sentences that look like furniture: they stay."""

import pytest

from conftest import body_lines, read_one_page
from atlas.text import match_text

HEAD = "长春新区项目集中开工\n\n"
BODY = "长春市持续推动汽车产业集群高质量发展，项目建设加快推进。\n"
LAST = "目前新开工建筑面积达14万平方米，首期项目总投资12亿元，计划明年年底前全面建成投产。\n"


def shown(line, article):
    """Is `line` (any width of marks, any spaces) in the article's body?"""
    return match_text(line) in match_text(body_lines(article))


@pytest.mark.parametrize("line", [
    "显示全部楼层",  # wf04: a Discuz post's bar
    "只看该作者",
    "电梯直达",
    "倒序浏览",
    "Powered by Discuz! X3.4",
    "本帖最后由 王五 于 2023-1-10 14:52 编辑",
    "收藏 分享 评分",
    "回复 引用",
    "楼主",
])
def test_a_forums_post_chrome_goes(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert not shown(line, a) and shown(LAST.strip(), a)


@pytest.mark.parametrize("line", [
    "市政府已回复企业诉求，项目将于下月开工。",
    "楼主所说的产业园在高新区北区，去年已经投产。",
])
def test_a_sentence_about_replies_stays(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert shown(line, a)


@pytest.mark.parametrize("line", [
    "朗读",  # wf05: an e-paper's read-aloud button
    "編輯 高宇雷",  # wf16: a label and a name set off by a space
    "![]()",  # wf16: an empty picture's markup
    "文:任澤平團隊",  # wf18: a writer's credit with a colon
    "第1页 / 共23页",  # wf20: a document site's page counter
    "下载 相关 举报",  # wf20: a row of buttons
    "下载资源",
    "资源描述",
    "新能源汽车产业链及相关金属行业研究.docx",  # wf20: the shared file's name
    "Produced By 大汉网络 大汉版通发布系统",  # wf21: a government CMS's footer
    "(福州日报记者 贺鹏 通讯员 陈贤清)",  # wf33: a repost's byline in brackets
])
def test_a_label_button_or_credit_line_goes(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert not shown(line, a) and shown(LAST.strip(), a)


@pytest.mark.parametrize("line", [
    # wf20: a document site's notice
    "《新能源汽车产业链及相关金属行业研究.docx》由会员分享,可在线阅读,更多相关《新能源汽车产业链及相关金属行业研究.docx(23页珍藏版)》请在冰豆网上搜索。",
    # wf33: a copyright notice naming the site between 未经 and 授权
    "(版权作品,未经福州新闻网书面授权,严禁转载,违者将被追究法律责任。)",
    # wf26: an e-paper's leaked CMS property line
    "2024-02-19 11 11 义乌商报 content_430431.html 1 3 节后复工生产忙 /enpproperty-->",
])
def test_a_notice_or_markup_line_under_the_text_goes(project, line):
    a, _ = read_one_page(project, HEAD + BODY + LAST + line + "\n")
    assert not shown(line, a) and shown(LAST.strip(), a)


@pytest.mark.parametrize("line", [
    "编辑 部署年度重点项目的宣传报道工作",  # a heading that opens with the word: more than a name after it
    "文：件已下发至各开发区管委会，请遵照执行。",
    "会员单位由企业分享经验，可在线阅读会议材料。",
    "信息生成日期:某条信息生成时候的年号,一般指文件的签署日期。如:某条信息2007年1月1日生成,此条信息的“信息生成日期”为“20070101”。",  # wf21
    "信息分组号:在市政府目录编制规范的基础上,各单位可以结合各自业务实际,再编制下级目录,下级目录不超过两层。",  # wf21
])
def test_sentences_shaped_like_labels_stay(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert shown(line, a)


@pytest.mark.parametrize("cells", [
    "生成日期：2023-01-12",
    "索引号：11220100013xxxx/2023-00123 生成日期：2023-01-12",
    "公开日期: 2018-03-05 有效性: 有效",  # wf15
])
def test_a_government_index_table_goes(project, cells):
    a, _ = read_one_page(project, cells + "\n" + HEAD + BODY + LAST)
    assert not shown(cells, a) and shown(BODY.strip(), a)


# --- a list heading between two paragraphs: the list's items are headlines, never the text's lines

MIDDLE = "推荐阅读\n"


@pytest.mark.parametrize("broken", [
    # wf10: a sentence broken by layout after its first clause
    "因為這一提法,\n張銀銀從來沒有從成都官方那裡聽到過。在我看來,這是比砸幾個億效果都要好的城市形象展示。\n",
    # rf03: lines of a paragraph broken at the page's width
    "第一个拥有自主知识产权的抗栓药物,该工程拟建设从海洋养殖--生物分离、\n提纯--溶栓素冻干粉针生产线为一体的产业链,并同步建设符合GAP、GM\n"
    "P标准的生产质量保证体系,以及先进的自动化在线检测系统,和规模相当的养殖、分离和提纯基地。\n",
    # rj07: an opened bracket and quote closed on the next line
    "吉林奥来德光电材料股份有限公司(以下简称“奥来德”、“发行人”、“\n司”或“公司”)股票将于 2020 年 9 月 3 日在上海证券交易所科创板上市。\n",
    # rn13: a crosshead numbered in Chinese over its paragraph
    "二、攻坚行动破解项目建设瓶颈\n为应对特殊时期项目建设挑战,德惠市专门制定攻坚行动方案,明确责任分工和时间节点,逐项推进。\n",
    # rp20: a notice's contact lines
    "通讯地址：长春汽车经济技术开发区东风大街7766号政务中心环保窗口\n联系电话（传真）：0431-88779723 （行政审批办）\n"
    "公众可在公示期内通过信函、传真等方式，向审批部门提出意见和建议。\n",
    # rp21: a notice's line of its project's data
    "建设地点：长春汽车经济技术开发区安庆路5号FAW-VW现有厂区\n项目总投资35亿元，其中环保投资1.2亿元，建设期为24个月。\n",
    # rb27: a note in brackets
    "（此件公开发布）\n长春市人民政府办公厅印发的通知要求各区县认真贯彻落实，确保各项任务按期完成。\n",
])
def test_a_list_heading_between_paragraphs_takes_no_line_of_text(project, broken):
    a, _ = read_one_page(project, HEAD + BODY + MIDDLE + broken + LAST)
    for line in broken.strip().split("\n"):
        assert shown(line, a), line
    assert not shown("推荐阅读", a)


def test_a_list_of_headlines_between_paragraphs_still_goes(project):
    # a related-news box in the middle of a page: short headlines, then the text again
    box = "相关阅读\n长春光电信息产业园三期主体封顶\n一汽解放新工厂项目开工建设\n"
    a, _ = read_one_page(project, HEAD + BODY + box + LAST)
    for line in box.strip().split("\n"):
        assert not shown(line, a), line
    assert shown(BODY.strip(), a) and shown(LAST.strip(), a)


def test_an_omissions_marks_between_paragraphs_stay(project):
    # ru11: `……` on a line of its own between two paragraphs, a list heading put above it
    a, _ = read_one_page(project, HEAD + BODY + MIDDLE + "……\n" + LAST)
    assert "……" in body_lines(a)


def test_a_reposts_photo_credit_in_brackets_stays_a_caption(project):
    # wp21: `(科技日報記者 劉園園 攝)` under a picture is its caption, not a byline
    a, problems = read_one_page(project, HEAD + BODY + "(科技日報記者 劉園園 攝)\n" + LAST)
    assert not [p for p in problems if p.code == "read.furniture" and "攝" in p.message]


# --- a government page's index table: its cells one a line (label, then value) or several on a line

INDEX_ONE_A_LINE = ("索引号\n11220100013/2023-00123\n发布机构\n长春市人民政府办公厅\n生成日期\n2023-01-12\n"
                    "主题分类\n工业\n文号\n长府发〔2023〕5号\n")


def test_an_index_table_one_cell_a_line_goes_with_its_values(project):
    # the shape the held-out pages of session 30 showed (索引号 / 发布机构 / 生成日期 / 主题分类 / 文号, one a line)
    a, _ = read_one_page(project, INDEX_ONE_A_LINE + HEAD + BODY + LAST)
    assert a.title == "长春新区项目集中开工"
    for line in INDEX_ONE_A_LINE.strip().split("\n"):
        assert not shown(line, a), line
    assert shown(BODY.strip(), a)


def test_an_index_table_label_and_value_set_off_by_a_space_goes(project):
    cells = "索引号 11220100013/2023-00123\n文号 长府发〔2023〕5号\n"
    a, _ = read_one_page(project, cells + HEAD + BODY + LAST)
    assert a.title == "长春新区项目集中开工" and not shown("长府发〔2023〕5号", a)


def test_a_label_word_over_a_paragraph_stays(project):
    # a crosshead that happens to be a label's word keeps the paragraph under it
    text = HEAD + BODY + "主题分类\n本次签约项目按照汽车、光电信息和生物医药三大主题分类推进，每类明确一名牵头领导。\n" + LAST
    a, _ = read_one_page(project, text)
    assert shown("本次签约项目按照汽车、光电信息和生物医药三大主题分类推进，每类明确一名牵头领导。", a)


@pytest.mark.parametrize("line", [
    "TOP",  # wf42: a Discuz post's link to the top
    "原文传递",  # wf09: a journal database's buttons and record cells
    "导出",
    "机构地区 不详",
    "出处 《中国老区建设》 2021年第6期14-14,共1页 China’s Construction of Old Revolutionary Basic Area",
    "相关作者",
    "浏览历史",
    "供稿:地景建设公司",  # wf07: a contributor's and an author's credit under the text
    "图/文:李天洋",
    "（王五）",  # a name in brackets alone
])
def test_a_record_cell_box_title_or_credit_goes(project, line):
    a, _ = read_one_page(project, HEAD + BODY + LAST + line + "\n")
    assert not shown(line, a) and shown(LAST.strip(), a)


@pytest.mark.parametrize("line", ["（一）", "（二期）", "（此件公开发布）"])
def test_a_numbered_or_noted_line_in_brackets_stays(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert shown(line, a)


def test_a_teaser_that_is_all_the_text_stays(project):
    # wf09: a journal database's record of a one-page commentary, whose `摘要 …` is the only text
    abstract = ("摘要 近几年来,一些工业园区每年都要集中进行一批或若干批项目开工仪式,搞得很热闹。但据了解,"
                "有些集中开工仪式仅是为了扩大影响,并没有真正开工。")
    a, _ = read_one_page(project, "期刊文献+\n\n真正应该下功夫的地方\n\n原文传递\n导出\n" + abstract + "\n作者 张裕新\n;\n使用帮助 返回顶部\n")
    assert shown(abstract, a) and a.title == "真正应该下功夫的地方"
    assert not shown(";", a)


def test_a_teaser_over_the_text_still_goes(project):
    teaser = "摘要：长春市持续推动汽车产业集群高质量发展，新开工项目建筑面积达14万平方米。"
    a, _ = read_one_page(project, HEAD + teaser + "\n" + BODY + LAST)
    assert not shown(teaser, a) and shown(LAST.strip(), a)


def test_a_byline_set_off_by_spaces_still_gives_the_authors(project):
    # rj06: `记者(jìzhě) 段续 王帆 金津秀` under the headline is the byline: its names are the authors
    a, _ = read_one_page(project, "新华社《经济参考报》区域头题聚焦长春光电产业发展\n记者(jìzhě) 段续 王帆 金津秀\n" + BODY + LAST)
    assert a.authors == ("段续", "王帆", "金津秀")
