"""Furniture of pages no rule was written on (issue 17): what a page leaves under its text (a
footer's run of boxes, forms and teasers), text decoded with the wrong code page, and label and
notice shapes of other sites. Each case is a real line: a tuning page of tests/fixtures/web_pages/
(wpNN) or a fresh page read while writing the rule (its address in the comment). The guards are
real sentences that look like furniture: they stay."""

import pytest

from conftest import body_lines, read_one_page
from atlas.read.webpage import mojibake  # noqa: E402
from atlas.text import match_text  # noqa: E402

HEAD = "长春新区项目集中开工\n\n"
BODY = "长春市持续推动汽车产业集群高质量发展，项目建设加快推进。\n"
LAST = "目前新开工建筑面积达14万平方米，首期项目总投资12亿元，计划明年年底前全面建成投产。\n"


body_of = body_lines


def shown(line, article):
    """Is `line` (any width of marks, any spaces) in the article's body?"""
    return match_text(line) in match_text(body_of(article))


def dropped(problems):
    return [p.line for p in problems if p.code == "read.furniture"]


# --- the footer under the text: after the last sentence, a furniture line and what stands with it

def test_a_footer_run_under_the_text_goes_whole(project):
    # wp28: a gallery's headline, a login box, a related headline with its date, a teaser cut short
    a, problems = read_one_page(project, HEAD + BODY + LAST + "德化牛母岐层林尽染五彩斑斓\n您需要登录后才可以评论, 登录| 注册\n"
                                "罕见出土五件古代“蒸锅”,其中一件大有玄2025-02-05\n")
    body = body_of(a)
    for junk in ("德化", "登录", "蒸锅"):
        assert junk not in body
    assert "14万平方米" in body and a.date is None  # the related headline's date is not the page's


def test_a_line_of_clauses_under_the_footer_stays(project):
    # rc09 with editor lines put above its last paragraph, which ends without a full stop; wp28's teaser cut
    # short (`闽南网推出专题报道,以图、文、视频等形式,展现泉州在…`) stays with it: a line of clauses may be text
    last = "奧迪表示,得益于中國對新能源汽車產業的大力支持,預計到 2030 年,中國高端汽車市場中的新能源汽車占比將超過燃油車\n"
    a, _ = read_one_page(project, HEAD + BODY + LAST + "（编辑：王五 审核：李四）\n责任编辑 : 王五\n编辑：王五\n" + last)
    assert shown(last.strip(), a)


def test_a_report_form_and_a_portals_boxes_under_the_text_go(project):
    # qidongnews.com: a report form; nzgx.org: box titles and a line of links ending `更多>>`
    a, _ = read_one_page(project, HEAD + BODY + LAST + "内容举报\n文章标题:\n链接地址:\n* 举报类型\n* 举报内容\n* 举报人\n")
    assert body_of(a).strip().endswith("计划明年年底前全面建成投产。")
    a, _ = read_one_page(project, HEAD + BODY + LAST + "关闭】【顶部\n>>最新信息\n图片欣赏\n精彩资讯\n"
                         "中国农业信息网中国政府网中国工信部中国劳动保障部中国商务部中国发改委中国农业部更多>>\n")
    assert body_of(a).strip().endswith("计划明年年底前全面建成投产。")


def test_an_empty_label_under_the_editor_line_goes(project):
    # xianning.gov.cn: `责任编辑:何凡` / `附件:` (an attachment's label with nothing after it)
    a, _ = read_one_page(project, HEAD + BODY + LAST + "责任编辑:何凡\n附件:\n")
    assert body_of(a).strip().endswith("计划明年年底前全面建成投产。")


def test_text_that_ends_without_a_full_stop_stays_when_no_furniture_follows(project):
    # munisinginfo.com: the last line of a chapter has no full stop; nothing under it is furniture
    a, _ = read_one_page(project, HEAD + BODY + LAST + "而这一切，都离不开祁同伟打下的基础\n")
    assert "而这一切" in body_of(a)


def test_a_subheading_or_a_list_item_right_above_the_editor_line_stays(project):
    # a list that closes the text (items without a full stop), then the editor's line
    text = HEAD + BODY + "今年计划开工的项目如下：\n1.一汽解放新能源整车项目\n2.长春光电信息产业园三期\n责任编辑：王五\n"
    a, _ = read_one_page(project, text)
    assert "2.长春光电信息产业园三期" in body_of(a) and "王五" not in body_of(a)
    # a sentence that closes with a clause and a comma stays, whatever follows
    a, _ = read_one_page(project, HEAD + BODY + LAST + "项目建成后，将带动上下游企业集聚发展\n责任编辑：王五\n")
    assert "项目建成后" in body_of(a)


def test_a_paragraph_the_site_cut_short_above_its_address_line_stays(project):
    # rb04: a forum digest cut by the site (`除了科研院所和政府专项资 ...`) over `全文地址:…`
    a, _ = read_one_page(project, HEAD + BODY + LAST + "除了科研院所和政府专项资 ...\n全文地址:https://bbs.pinggu.org/thread-3814337-1-1.html\n")
    assert "除了科研院所" in body_of(a)


def test_a_photo_credit_above_the_editor_line_stays_a_caption(project):
    # wp21: `(科技日報記者 劉園園 攝)` over `責任編輯: 陳可軒`
    a, _ = read_one_page(project, HEAD + BODY + LAST + "(科技日報記者 劉園園 攝)\n責任編輯: 陳可軒\n")
    assert "劉園園" in body_of(a) and "陳可軒" not in body_of(a)


def test_a_headline_over_a_footer_date_keeps_its_place(project):
    # an archive copy: the headline under the text, above its footer date line
    a, _ = read_one_page(project, BODY + LAST + "长春汽车区百余零部件大项目开工\n入库时间:2013/9/13\n")
    assert a.title == "长春汽车区百余零部件大项目开工"


# --- text decoded with the wrong code page (UTF-8 read as GBK)

def test_text_decoded_with_the_wrong_code_page_is_furniture(project):
    # wp81: a 404 notice and a redirect line of a mirror, UTF-8 read as GBK
    assert mojibake("瀵逛笉璧凤紝鎮ㄨ璁块棶鐨勯〉闈笉瀛樺湪鎴栧凡琚垹闄!")
    assert mojibake("10 绉掍箣鍚庡皢甯︽偍鍥炲埌鑽嗘缃戦椤")
    # theywantyoudead.com (a chinanews mirror): bytes lost at the ends of pieces, a link's markup among them
    assert mojibake('10縐掑悗 欏甸潰鑷姩璺寵漿鑷?a href="http://www.chinanews.com/">涓柊緗戦欏?/a>')
    a, _ = read_one_page(project, HEAD + BODY + LAST + "瀵逛笉璧凤紝鎮ㄨ璁块棶鐨勯〉闈笉瀛樺湪鎴栧凡琚垹闄!\n")
    assert "瀵" not in body_of(a)


@pytest.mark.parametrize("line", [
    "长春市汽车工业7月份实现快速增长，完成产值234.4亿元。",
    "據了解，該工廠于2006年開工建設，總投資達13億元。",
    "德化牛母岐层林尽染五彩斑斓",
    "Tesla Model Y 2023",
])
def test_ordinary_text_is_no_mojibake(line):
    assert not mojibake(line)


# --- label and notice shapes of other sites

@pytest.mark.parametrize("line", [
    "這是明報教育網-訂戶專區,進入本區前,請先登入系統...",  # wp49: a paywall
    "- 標簽:",  # wp95: a label with a list's dash
    "- 編輯:李娜",
    "TAGS標簽更多>>",  # wp95
    "注意:本站部分文字内容、图片由网友投稿,如侵权请联系删除,联系邮箱:happy56812@qq.com",  # m.fqmxn.com
    "~END~",  # eet-china.com
    "手机扫码看新闻",  # solar.in-en.com
    "【关键词】“新三样”产业 新能源 创新发展 技术变革",  # rmlt.com.cn
    "【中图分类号】F124 【文献标识码】A",
    "更多内容加载中...请稍候...",  # munisinginfo.com
    "• 微信客服微信客服",  # ne21.com: an icon's label printed twice
])
def test_more_furniture_shapes_of_other_sites(project, line):
    a, problems = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert not shown(line, a) and not shown(line.strip("-~• ")[:4], a)
    assert "14万平方米" in body_of(a)


def test_a_list_headed_by_news_picks_goes(project):
    # m.yybnet.net: `新闻推荐` over other pages' headlines
    a, _ = read_one_page(project, HEAD + BODY + LAST + "新闻推荐\n\n展现整治成果 领略美好风光 “我眼中的薛家洼”全民手机摄影展亮相市政文化广场\n")
    assert "薛家洼" not in body_of(a)


@pytest.mark.parametrize("line", [
    "附件:智能光伏产业创新发展行动计划(2021-2025年)",  # a document's attachment is its text
    "人民日报社:",  # a section's label over its text
    "市民可登录政务服务网办理相关手续，如有疑问请致电12345。",
    "该公司表示，如侵权行为属实，将依法追究相关责任。",
    "项目建成后将带动就业2000人，更多详情请关注后续报道。",
    "工信部联电子[2021]226号",
    # look-alikes of round two's word shapes
    "该公司提醒，转载请注明出处的要求同样适用于短视频平台上的二次创作。",
    "第一季度完成投资12亿元，下一页的表格列出了各项目的进度。",
    "未经批准，任何单位不得擅自开工建设，违者将依法处理。",
    "活动现场设有打赏捐赠环节，所得善款全部用于乡村学校建设。",
])
def test_sentences_and_labels_of_the_text_stay(project, line):
    a, problems = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert shown(line, a)


def test_a_paragraph_with_a_tables_border_after_its_full_stop_is_text(project):
    # rp04: `圖片來源:大陸集團` over the last paragraph, which ends `…新增年產量700萬件。 |`
    last = "10月15日,大陸集團宣布其長春凈月工廠擴建項目正式投入運營。新增年產量700萬件。 |\n"
    a, _ = read_one_page(project, HEAD + BODY + "圖片來源:大陸集團\n" + last)
    assert "長春凈月工廠" in body_of(a)
    # a paragraph cut short under the editor's line, a full stop inside it, is text too
    a, _ = read_one_page(project, HEAD + BODY + "责任编辑：王五\n10月15日，项目正式投入运营。新增年产量700万件，产品将销往\n")
    assert "正式投入运营" in body_of(a)


def test_a_caption_over_the_headline_block_is_no_last_sentence(project):
    # ra04 with a caption put under its publication line: the text under the `原標題:` line is one long line
    # without a full stop at its end
    a, _ = read_one_page(project, "長春國際汽車城建設世界一流汽車城\n2021-10-18 13:36:29來源:長春日報\n\n\n\n长春新区项目建设现场。\n（记者 王五 摄）\n\n"
                         "原標題:長春國際汽車城建設世界一流汽車城\n\n寫在前面\n\n"
                         "吉林省、長春市、長春國際汽車城正攜手中國一汽,同心、同向、同頻而行,持續開創高品質建設“雙一流”的新局面——\n")
    assert "持續開創高品質建設" in body_of(a)


def test_a_short_last_sentence_above_the_footer_stays(project):
    a, _ = read_one_page(project, HEAD + LAST + "项目预计年底竣工。\n大图推荐\n责任编辑：王五\n")
    assert "项目预计年底竣工。" in body_of(a) and "大图推荐" not in body_of(a)


def test_a_subheading_under_furniture_between_paragraphs_stays(project):
    # rn13 with editor lines put under its last full stop: a subheading over a paragraph that the page cut short
    rest = "三、多元投资格局增强发展后劲\n德惠市积极拓宽投资渠道，民间投资、国有资本和外资共同发力，形成多元投资格局，为项目建设提供了坚实的资金保障和\n"
    a, _ = read_one_page(project, HEAD + BODY + LAST + "责任编辑：王五\n审核：李四\n" + rest)
    assert "三、多元投资格局增强发展后劲" in body_of(a) and "王五" not in body_of(a)


# --- a picture's caption standing alone between paragraphs: a name of what it shows, no sentence

LONG = ("5月19日，科技日报记者跟随主题采访活动走进这座园区。据介绍，园区是南通、苏州、无锡三市跨江联动的合作园区，"
        "已集聚企业数百家。\n")


def test_a_name_of_what_a_picture_shows_between_paragraphs_is_a_caption(project):
    # wp21: `江蘇南通蘇錫通科技產業園區。` and `蘇錫通科技產業園區內的中新智能制造產業園。` between paragraphs
    from atlas.records import BlockKind
    for caption in ("江蘇南通蘇錫通科技產業園區。", "蘇錫通科技產業園區內的中新智能制造產業園。"):
        a, _ = read_one_page(project, HEAD + LONG + "\n" + caption + "\n\n" + LONG.replace("5月19日", "5月20日"))
        kinds = {b.text: b.kind for b in a.blocks}
        assert kinds[caption] is BlockKind.CAPTION, caption


@pytest.mark.parametrize("line", [
    "项目已经开工。",  # a verb
    "这是一个好消息。",
    "今年计划投资50亿元。",  # a figure closes it
    "发展势头良好。",
    "工人在生产线上作业。",
    "編者按 春江水暖鴨先知。",  # rg07: a label and a line of a poem (a tagger takes the line for names)
])
def test_a_short_sentence_between_paragraphs_stays_a_paragraph(project, line):
    from atlas.records import BlockKind
    a, _ = read_one_page(project, HEAD + LONG + "\n" + line + "\n\n" + LONG.replace("5月19日", "5月20日"))
    kinds = {b.text: b.kind for b in a.blocks}
    assert kinds[line] is BlockKind.PARAGRAPH


def test_the_end_of_a_paragraph_a_layout_broke_is_no_caption(project):
    # seed 000: `…光电信息产业逐渐成为长春` / `发展领域。` (the paragraph goes on, no picture stands between)
    from atlas.records import BlockKind
    a, _ = read_one_page(project, HEAD + LONG + "\n光博会的举办进一步巩固了长春的地位，光电信息产业逐渐成为长春经济的重要\n\n发展领域。\n\n" + LONG)
    assert all(b.kind is not BlockKind.CAPTION for b in a.blocks)


def test_a_teasers_button_stuck_to_its_last_sentence_is_cut_off(project):
    # m.xgnews.cn: `…奋力打造主城崛起新引擎。 展开详细`; a sentence that asks to read the full text keeps its words
    a, _ = read_one_page(project, HEAD + BODY + "他强调，市高新区要找准发展定位，奋力打造主城崛起新引擎。 展开详细\n" + LAST)
    assert "新引擎。" in body_of(a) and "展开详细" not in body_of(a)
    a, _ = read_one_page(project, HEAD + BODY + "欢迎读者登录本报网站阅读全文\n" + LAST)
    assert "阅读全文" in body_of(a)


# --- round 2 (issue 17): fresh pages of other publishers found with the search tool (pages corpus)

def test_a_reporters_name_in_brackets_after_the_last_full_stop_ends_the_text(project):
    # zz.fjsen.com: `…力争早日签约落地,贡献经济效益。(朱怡舟) |`, then a mood box's lines and `相关新闻`
    last = "力争全年签约项目9个,争取项目早日签约落地,贡献经济效益。(朱怡舟) |\n"
    a, _ = read_one_page(project, HEAD + BODY + last + "- 心情版\n- 请选择您看到这篇新闻时的心情\n- 查看心情排行>>\n相关新闻\n相关评论\n")
    assert "心情" not in body_of(a) and "贡献经济效益" in body_of(a)


def test_a_tip_button_and_its_counter_under_the_text_go(project):
    # 717652.nync.com: `…县委常委、常务副县长左俊主持会议。(信息办 孙刚杰)`, then `打赏捐赠` / `0` / `!我要举报`
    last = "在一季度重点项目讲评会上，发改局通报了观摩项目排名情况。县委常委、常务副县长左俊主持会议。(信息办 孙刚杰)\n\n\n"
    a, _ = read_one_page(project, HEAD + BODY + last + "打赏捐赠\n0\n!我要举\n")  # (the page's copy cut its last word)
    body = body_of(a)
    assert "打赏" not in body and "我要举" not in body and not body.rstrip().endswith("0")
    assert "左俊主持会议" in body


def test_a_numbered_rights_notice_under_the_text_goes_whole(project):
    # js.cri.cn: three numbered lines under the text, the second a notice `未经书面授权…不得转载`; the first names
    # the site's owner (a sentence of its own), the last is cut short
    notice = ("1、“国际在线”由中国国际广播电台主办。经中国国际广播电台授权,国广国际在线网络(北京)有限公司独家负责“国际在线”网站的市场经营。\n"
              "2、凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载、摘编、复制或利用其他方式使用。\n"
              "3、“国际在线”自有版权信息(包括但不\n")
    a, _ = read_one_page(project, HEAD + BODY + LAST + notice)
    assert "国际在线" not in body_of(a) and "14万平方米" in body_of(a)


def test_a_numbered_list_of_the_text_stays_above_a_footer(project):
    # a list of measures ends the text; the editor line under it is furniture, the items are not
    items = ("1、加快推进汽车产业集群建设，全年新开工项目50个以上，总投资超过300亿元。\n"
             "2、支持企业技术改造，对符合条件的项目给予不超过500万元的补助资金。\n")
    a, _ = read_one_page(project, HEAD + BODY + LAST + items + "责任编辑：王五\n")
    assert "补助资金" in body_of(a) and "全年新开工项目" in body_of(a)


@pytest.mark.parametrize("line", [
    "转载请注明地址:http://www.abmjc.com/zcmbhl/8023.html",  # abmjc.com
    "2、凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载、摘编、复制或利用其他方式使用。",  # js.cri.cn
    "1 2 3 4 下一页",  # auto.eastday.com: a pager
    "查看更多精彩",
    "打赏捐赠",  # 717652.nync.com
])
def test_furniture_shapes_of_round_two(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert not shown(line, a)
    assert "14万平方米" in body_of(a)


def test_a_publication_line_inside_a_tables_border_is_the_publication_line(project):
    # et.ynau.edu.cn: a page laid out in a table, `| 2017-03-11 17:39:29 产业经济研究室` over its text
    a, _ = read_one_page(project, "| 您的位置: 首页 > 产业经济动态 > 国内动态 > |\n| 2017-03-11 17:39:29 产业经济研究室\n" + HEAD + BODY + LAST)
    assert "产业经济研究室" not in body_of(a) and a.date is not None and a.date.value.startswith("2017-03-11")


def test_a_table_row_of_text_stays(project):
    row = "| 2017年全区工业产值增长12%，全年完成固定资产投资5亿元。 |"
    a, _ = read_one_page(project, HEAD + BODY + row + "\n" + LAST)
    assert "全年完成固定资产投资5亿元" in body_of(a)


@pytest.mark.parametrize("line", [
    "未经授权禁止复制或建立镜像",  # fdxww.com's footer
])
def test_a_mirror_notice_goes(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert not shown(line, a)


def test_a_sentence_forbidding_to_copy_a_patent_stays(project):
    line = "未经许可，任何企业不得复制该专利技术，违者将被依法追责。"
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert shown(line, a)


@pytest.mark.parametrize("line", [
    # nanyang.yuduxx.com: the page's own headline, its site and a reprint notice with its address on one line
    "《市领导穆为民、程志明深入宛城区调研重点企业和项目建设情况》由河南新闻网-豫都网提供,转载请注明出处:http://nanyang.yuduxx.com/wanchengqu/135006.html,谢谢合作!",
    "参与评论",  # a comment box's heading and its notice (a portal's page on 鲍沟镇)
    "请回复有价值的信息,无意义的评论将很快被删除,账号将被禁止发言。",
])
def test_a_reprint_notice_and_a_comment_box_go(project, line):
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert not shown(line, a)
    assert "14万平方米" in body_of(a)


def test_a_sentence_asking_for_comments_stays(project):
    line = "请各企业于5月底前回复意见，市政府将汇总各方评论后修改方案。"
    a, _ = read_one_page(project, HEAD + BODY + line + "\n" + LAST)
    assert shown(line, a)
