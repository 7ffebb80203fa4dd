"""The headline of a page that states no publication date over its text (issue 17, perturbation
`no-date-line` and `footer:` of scripts/perturb_real_articles.py): with no date line to stand above,
the headline is found by its shape and place alone. Each rule: a tuning page's own lines, and a
constructed case of the same shape."""

import pytest

from conftest import read_one_page

HEADLINE = "长春新区十个重点项目集中开工"
LEAD = "8月12日，长春新区举行重点项目集中开工仪式，10个项目总投资86亿元，涵盖光电信息、生物医药等产业。\n"
MORE = "据介绍，这批项目建成后将新增产值120亿元。\n"
# injected keywords a page carries over its headline (longer than a headline: a line of text by its length alone)
SPAM = "免费视频在线看,精品一区二区高清,日韩高清中文字幕在线观看,在线不卡福利视频,最新影视大全免费观看,久久一分钟免费视频,一二三区高清在线观看入口,手机在线观看免费高清视频"
BANNER = "首页 > 新闻中心 > 正文\n\n"  # furniture: the page is a web page, not an editor's paste


@pytest.fixture
def project(empty_project):
    return empty_project


def body_of(article):
    return [b.text for b in article.blocks if b.kind.name != "CAPTION"]


@pytest.mark.parametrize("footer", ["", "\n发布日期：2021-08-12\n"])
@pytest.mark.parametrize("page, title", [
    # ro15: a question over a share box's counts
    ("华为上了长春的“车”，为啥？\n\n（2）\n（0）\n\n华为要在长春建研究所？最近，不少当地网友都在热议这个消息。\n"
     "据吉林大学官网消息，近日，吉林大学与华为公司深化合作座谈会举行。\n", "华为上了长春的“车”，为啥？"),
    (f"{BANNER}长春的新能源车为啥卖得这么好？\n\n{LEAD}{MORE}", "长春的新能源车为啥卖得这么好？"),
])
def test_a_question_is_a_headline_that_says_something(project, page, title, footer):
    # a headline that asks is no site's name or label, whatever words it shares with the text
    a, problems = read_one_page(project, page + footer)
    assert a.title == title
    assert not any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("page, title", [
    # rl03: the headline's one mark, over a gap and the text
    ("• 長春九臺招商引資走進天津 22個項目現場簽約\n\n\n\n      “我們將以本次推介、簽約為契機，更加主動地與天津兄弟縣區和部門交流互動。”"
     "長春市九臺區區委書記史長友告訴前沿新聞記者。\n\n\n      天鵝航空集團等22家企業與九臺區政府現場簽約，總金額達197億元。\n", "長春九臺招商引資走進天津 22個項目現場簽約"),
    (f"• {HEADLINE}\n\n{LEAD}{MORE}", HEADLINE),
])
def test_a_lone_marked_line_over_the_text_is_the_headline(project, page, title):
    a, _ = read_one_page(project, page)
    assert a.title == title


def test_a_marked_item_over_another_headline_is_still_no_headline(project):
    a, _ = read_one_page(project, f"• 一汽解放新工厂正式投产\n{HEADLINE}\n\n{LEAD}{MORE}")
    assert a.title == HEADLINE


@pytest.mark.parametrize("page, title", [
    # rp08: a long headline over a lead that opens with its dateline and asks
    ("中新社吉林分社正文\n\n首页-->财经\n\n（2026长春市优化营商环境系列报道）编制“通关宝典”，长春市规资局为项目落地“智能导航”\n\n"
     "  中新网吉林新闻2月27日电 项目落地，手续如何办？审批流程怎么走？\n\n"
     "  为持续优化营商环境，市政务服务和数字化建设管理局统筹全市各有关部门，深化工程建设项目审批制度改革，切实提升审批效率。\n",
     "（2026长春市优化营商环境系列报道）编制“通关宝典”，长春市规资局为项目落地“智能导航”"),
    (f"{BANNER}长春新区十个重点项目集中开工总投资八十六亿元，涵盖光电信息生物医药和高端装备制造等产业\n\n"
     f"新华社长春8月12日电 项目怎么落地？\n\n{LEAD}{MORE}",
     "长春新区十个重点项目集中开工总投资八十六亿元，涵盖光电信息生物医药和高端装备制造等产业"),
])
def test_a_long_headline_over_a_dateline_is_the_headline(project, page, title):
    a, _ = read_one_page(project, page)
    assert a.title == title


@pytest.mark.parametrize("page", [
    # rj08: a repost's original headline in square brackets after a space
    "> 国内要闻 > 时事\n\n\n中国中西部地区最大轨道交通装备造修基地开工\n\n\n原标题 [中国中西部地区最大轨道交通装备造修基地开工]\n\n"
    "中新社长春11月20日电（贺宝庆 姚丹）记者从中国北车长客股份公司获悉，该公司位于武汉的轨道装备造修基地20日开工。\n",
    f"{BANNER}{HEADLINE}\n原标题《{HEADLINE}》\n\n{LEAD}{MORE}",
    f"{BANNER}{HEADLINE}\n原标题（{HEADLINE}）\n\n{LEAD}{MORE}",
])
def test_an_original_title_line_in_brackets_is_furniture(project, page):
    a, _ = read_one_page(project, page)
    assert "原标题" not in a.title and a.title in page.split("\n")
    assert not any("原标题" in t for t in body_of(a))


def test_a_sentence_about_an_original_title_stays(project):
    a, _ = read_one_page(project, f"{HEADLINE}\n\n{LEAD}原标题《长春》一书再版时改为现名，由市出版社发行。\n{MORE}")
    assert "原标题《长春》一书再版时改为现名，由市出版社发行。" in [b.text for b in a.blocks]


@pytest.mark.parametrize("page, title", [
    # rf14: injected keywords over a site's name and the headline printed twice
    ("国产日韩欧美91,精品国产日韩欧美一区二区，日本大片在线看免费，色偷拍自怕亚洲10p，中文字幕亚洲色图，久久一分钟免费视频\n\n"
     "香港商報\n-- 天氣\n【醫耀華夏】長春打響千億級醫藥健康產業集群三年突破戰\n\n【醫耀華夏】長春打響千億級醫藥健康產業集群三年突破戰\n\n\n"
     "因地制宜發展新質生產力，長春投下一枚重磅「炸彈」。\n\n4月17日，長春市生物醫藥和生命健康產業高質量發展大會在長春舉行。\n",
     "【醫耀華夏】長春打響千億級醫藥健康產業集群三年突破戰"),
    (f"{SPAM}\n\n{HEADLINE}\n\n{HEADLINE}\n\n{LEAD}{MORE}", HEADLINE),
    (f"{SPAM}\n\n香港商报\n-- 天气\n{HEADLINE}\n\n{HEADLINE}\n\n{LEAD}{MORE}", HEADLINE),
])
def test_injected_keywords_over_a_headline_printed_twice_are_no_headline(project, page, title):
    a, _ = read_one_page(project, page)
    assert a.title == title


@pytest.mark.parametrize("page, title", [
    # re06: a page's headline, its copy with the address, then a subheading sharing its first words
    ("長春市政務服務中心（辦事大廳）\n長春市政務服務中心（辦事大廳） http://zwfw.jl.gov.cn/jlszwfw/?area=220100\n長春市政務服務中心職能信息\n"
     "長春市政務中心位于長春市普陽街 3177號，總建筑面積38,646平方米 ，設立8個行政審批服務廳，使用面積12,000 平方米。\n",
     "長春市政務服務中心（辦事大廳）"),
    (f"长春新区重点项目（第一批）\n长春新区重点项目建设情况\n{LEAD}{MORE}", "长春新区重点项目（第一批）"),
])
def test_a_subheading_sharing_the_headlines_first_words_is_no_headline(project, page, title):
    a, _ = read_one_page(project, page)
    assert a.title == title


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("above, under", [("", ""), ("", "2021-08-12 10:15 来源：长春日报\n"), ("ZAKER吉林 2021-08-12\n", "")])
def test_a_publication_line_under_the_text_leaves_the_headline_where_it_stands(project, where, above, under):
    # rb09 with a `发布时间：… 浏览次数：…` line after its text: the headline is still the one over the text,
    # found by its place (no date line over it) or by the page's own date line (`ZAKER吉林 2023-03-06` over it)
    footer = "\n发布时间：2021-08-12 10:15 浏览次数：123\n\n"
    page = (f"{above}{HEADLINE}\n{under}\n{LEAD}" + (footer if where == "middle" else "") + MORE
            + "市发改委表示，将全力做好要素保障。\n" + (footer if where == "end" else ""))
    a, _ = read_one_page(project, page)
    assert a.title == HEADLINE and a.date.value == "2021-08-12"
    assert body_of(a) == [LEAD.strip(), MORE.strip(), "市发改委表示，将全力做好要素保障。"]


@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_publication_line_under_the_text_leaves_a_header_date_line_marking_the_headline(project, where):
    # rb09's own top: its `ZAKER吉林 date` line over an exclaimed headline, a template's file names and a
    # slogan over the text; a labelled publication line under the text gives the date, not the headline's place
    footer = "\n发布时间：2023-03-06 10:15 浏览次数：123\n\n"
    page = ("ZAKER吉林 2023-03-06\n小卫星“强引擎”!老工业基地振兴的强劲“领跑员”\nindex_new5.html\n\n \n\n"
            "充分发挥科学技术是第一生产力的作用\n\n小卫星,\" 大时代 \"!\n\n"
            "吉林长光卫星技术股份有限公司从 2014 年 12 月 1 日成立至今,8 年来,\" 吉林一号 \" 成为一张响亮的吉林名片。\n"
            + (footer if where == "middle" else "") + "\n目前,长光卫星已实现 108 颗卫星在轨运行。\n" + (footer if where == "end" else ""))
    a, _ = read_one_page(project, page)
    assert a.title == "小卫星“强引擎”！老工业基地振兴的强劲“领跑员”" and a.date.value == "2023-03-06"


def test_an_archive_headline_over_its_footer_date_still_stands(project):
    # ra10: no headline over the text; the archive prints it above its footer date line
    page = f"{LEAD}{MORE}长春新区十个重点项目集中开工\n入库时间:2021/8/12\n"
    a, problems = read_one_page(project, page)
    assert a.title == HEADLINE and any(p.code == "read.title-at-end" for p in problems)


# rr13 and rg18 (tuning; rr13 moved from the measuring half in session 32): pages copied without a headline on top print
# it under the text (a press release's repost, a game site's copy), whose words it says; it is the page's headline
RR13 = ("【2024年5月21日,中国上海讯】——全球领先的汽车供应商和出行科技公司麦格纳(Magna)扩建了其位于长春的制造装备工厂,"
        "以支持与某德系高端汽车品牌的合作。\n"
        "新工厂位于长春市汽车产业开发区中心地带,建成后占地面积约为3.95万平方米。 工厂建设将分两期进行。\n"
        "作为麦格纳在华重要投资项目,长春新工厂展示了麦格纳对创新和可持续发展的承诺,将生产电动汽车电池壳体。\n"
        "麦格纳中国首个电动汽车电池壳体项目落户长春新工厂\n")
RG18 = ("公司的前身长春客车厂,始建于1954年,是国家“一五”期间的156个重点建设项目之一,是当时新中国唯一一家专门制造铁路客车的企业。"
        "经过50多年的建设,中国北车集团长春轨道客车股份有限公司已经成为我国知名的轨道客车研发、制造、检修及出口基地。\n"
        "中国北车集团长春轨道客车股份有限公司的历史现状\n阅读:34\n"
        "免责声明:本站发布的游戏攻略(图片、视频和文字)以原创、转载和分享为主,文章观点不代表本网站立场。\n")


def test_a_headline_printed_under_the_text_is_the_pages_headline(project):
    headline = "麦格纳中国首个电动汽车电池壳体项目落户长春新工厂"
    a, problems = read_one_page(project, RR13)
    assert a.title == headline and any(p.code == "read.title-at-end" for p in problems)
    assert headline not in "\n".join(b.text for b in a.blocks)
    # left: over a footer (rg18's `阅读:34` and a disclaimer) the footer takes the line with it, a label over its box
    a, _ = read_one_page(project, RG18)
    assert a.title != "中国北车集团长春轨道客车股份有限公司的历史现状"


def test_a_short_caption_or_a_name_under_the_text_is_no_headline(project):
    # nor a subheading of a text that has others (rn01, tuning, cut after its last `**都市圈产业升级的“长春样本”**`)
    sub = RR13.replace("新工厂位于", "**麦格纳扩建长春工厂**\n新工厂位于").replace("麦格纳中国首个电动汽车电池壳体项目落户长春新工厂",
                                                                    "麦格纳长春新工厂建设电动汽车电池壳体项目")
    a, _ = read_one_page(project, sub)
    assert a.title != "麦格纳长春新工厂建设电动汽车电池壳体项目"
    # nor is the text's last clause of an excerpt cut short (wf18, tuning: `2024年,中國新能源第一梯隊車企新`)
    for last in ("长春新区项目建设现场", "长春市工业和信息化局", "麦格纳长春新工厂", "2024年,中國新能源第一梯隊車企新"):
        a, problems = read_one_page(project, RR13.replace("麦格纳中国首个电动汽车电池壳体项目落户长春新工厂", last))
        assert a.title != last and any(p.code == "read.title-made" for p in problems)
