"""Companies nobody listed, found by what Chinese business news says of a company (issue 18,
generality): its stock code, its place in a list of companies, its officers and announcements,
its legal form. Sentences from tests/fixtures/company_money_sentences.yaml (other places' news) and
constructed counter-cases; never Changchun measuring pages."""
from __future__ import annotations

import pytest

from atlas.extract.companies import company_matcher, company_mentions, list_only_names, load_companies
from atlas.read.simplify import simplified
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def listed():
    return load_companies(ROOT, [])


def names(listed, text):
    """Every company name found in one paragraph: listed ones and ones nobody listed (read, as the
    build reads them, on the simplified text)."""
    text = simplified(text)
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
    found, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
    return sorted({m.text for m in found} | {r.text for r in unknown})


def new_names(listed, text):
    """The names nobody listed that one paragraph shows to be companies."""
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, simplified(text), (1,), "p1"),))
    return sorted(r.text for r in company_mentions(article, company_matcher(listed), list_only_names(listed))[1])


def test_a_name_with_its_stock_code_is_a_company(listed):
    # s33, s36, s37, s47, s48 of the sentence set: A-share and Hong Kong codes, spaces inside the brackets
    assert "美联新材" in names(listed, "美联新材(300586)公告称,公司拟以自有或自筹资金向全资子公司增资4.5亿元")
    assert names(listed, "浙江华业(301616.SZ)公告称,公司拟投资建设穆岙生产基地项目(二期)") == ["浙江华业"]
    assert names(listed, "国际复材 ( 301526.SZ ) 公告称,公司于 2025 年 12 月 29 日召开会议") == ["国际复材"]
    assert names(listed, "理文化工(00746.HK)宣布,集團租用位於越南胡志明市的兩塊相連地塊") == ["理文化工"]
    assert names(listed, "中華銀科技(00515.HK)公吿,於2023年1月9日訂立兩份項目協議。") == ["中华银科技"]
    # a year in brackets is no stock code
    assert names(listed, "长春新区(2016)发展规划公布") == []


def test_a_name_a_bracket_calls_a_subsidiary_is_a_company(listed):
    # s48: 中山達進(公司的間接全資附屬公司)
    assert "中山达进" in names(listed, "於2023年1月9日,中山達進(公司的間接全資附屬公司)與三角鎮人民政府訂立兩份項目協議。")


def test_every_item_of_a_list_of_companies_is_a_company(listed):
    # s11, s46, s54: lists closed by 等 and a word for companies, none of whose items needs to be listed
    # (the first item is cut from the words before it)
    assert set(names(listed, "如今,合肥拥有江淮、蔚来、比亚迪、长安等一批整车企业,集聚产业链企业500余家")) >= {"江淮", "蔚来", "比亚迪", "长安"}
    assert set(names(listed, "今年以来,已有巴斯夫、科思创、罗姆化学、英力士苯领等化工企业在华投资新项目。")) == {
        "巴斯夫", "科思创", "罗姆化学", "英力士苯领"}
    found = set(names(listed, "仅去年以来吉利、三星、华为、中兴、开沃、汉能、浪潮、海康威视、宝能等先进制造业巨头纷纷前来"))
    assert found >= {"三星", "华为", "中兴", "开沃", "汉能", "浪潮", "海康威视", "宝能"} and "吉利" in found
    # s21: 以A、B、C为龙头的… names companies too
    assert set(names(listed, "肥西经开区已形成以泰禾光电、亿帆生物、安利材料为龙头的智能制造、生物医药、新材料等战略性新兴产业")) == {
        "泰禾光电", "亿帆生物", "安利材料"}


def test_a_list_of_trades_or_of_projects_is_no_list_of_companies(listed):
    # constructed: industries and projects closed by 等…企业 / 为龙头 are no company names
    assert new_names(listed, "全市引进汽车、医药、化工等一批重点企业。") == []
    assert new_names(listed, "以电子信息、生物医药、装备制造为龙头的产业体系基本形成。") == []
    assert new_names(listed, "全省新材料、新能源、高端装备等企业快速发展。") == []
    assert new_names(listed, "以奥迪一汽新能源汽车项目、红旗新能源汽车工厂为龙头的项目群加快建设。") == []


def test_a_name_before_its_officer_or_its_board_is_a_company(listed):
    # s27: 药明康德董事长兼首席执行官李革; s65: 寧德時代董事會已通過…
    assert names(listed, "市委副书记、市长罗强,药明康德董事长兼首席执行官李革出席签约仪式。") == ["药明康德"]
    assert "宁德时代" in names(listed, "12月30日晚,寧德時代發布公告顯示,寧德時代董事會已通過相關投資項目")
    # a government body's or a generic company's officer is no company name
    assert names(listed, "该公司董事长表示,项目将于年内投产。") == []
    assert names(listed, "市政府副秘书长、市发改委主任出席。") == []


def test_a_name_that_makes_an_announcement_is_a_company(listed):
    # s70: 宁德时代发布公告称; constructed: the date before it is cut off (去年8月|安徽合力)
    assert names(listed, "宁德时代发布公告称,拟在四川宜宾市建动力电池制造基地,总投资不超过100亿元。") == ["宁德时代"]
    assert "安徽合力" in names(listed, "去年8月安徽合力发布公告称,将投建新能源智能工业车辆产业园建设项目")
    # 宣布 is said by officials and ceremonies too (rh18, rg21 of the tuning half): no company from it
    assert new_names(listed, "省委书记景俊海宣布项目开工。开工仪式并宣布开工。") == []
    # a government's announcement is not a company's
    assert names(listed, "国务院发布公告称,将进一步扩大开放。") == []
    # rf09 (tuning half): a list of officials closed by 等…领导视察了…公司 is no list of companies
    assert new_names(listed, "吉林省省长韩长赋、副省长李斌、长春市市长崔杰等省市领导视察了希达公司。") == []
    assert names(listed, "市政府发布公告称,道路将封闭施工。") == []


def test_a_state_owned_general_company_is_a_registered_name(listed):
    # s55: 西京電氣總公司 (总公司, the legal form of state-owned enterprises); a branch (分公司) is not one
    assert names(listed, "延安市政府昨天與西京電氣總公司在西安舉行項目簽約") == ["西京电气总公司"]


def test_its_before_a_registered_name_is_not_part_of_it(listed):
    # s50: 收購其於珠海聯智科技有限公司之全部股權 (其於: "its … in")
    assert names(listed, "訂立股權轉讓協議,收購其於珠海聯智科技有限公司之全部股權。") == ["珠海联智科技有限公司"]


def linked(listed, *texts):
    """Each text as one article through extraction and the company link stage: written form → company page."""
    from atlas.extract.facts import ArticleFacts
    from atlas.link.company_names import link_company_names

    facts = []
    for k, text in enumerate(texts):
        article = Article(f"seeds/x{k}.txt", f"x{k}", f"x{k}", "t", blocks=(Block(BlockKind.PARAGRAPH, simplified(text), (1,), "p1"),))
        found, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
        facts.append(ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ()))
    return {m.text: m.company for m in link_company_names(facts, listed, (), ()).mentions}


def test_two_places_before_the_same_plain_words_are_two_companies(listed):
    # constructed counter-case: a province's and a city's investment groups share every word but the place
    found = linked(listed, "吉林省交通投资集团有限公司与企业签约。", "长春市交通投资集团有限公司举行会议。")
    assert found["吉林省交通投资集团有限公司"] != found["长春市交通投资集团有限公司"]
    found = linked(listed, "湖南省城市发展投资集团有限公司签约。", "长沙市城市发展投资集团有限公司签约。", "城市发展投资集团有限公司表示。")
    assert len({found["湖南省城市发展投资集团有限公司"], found["长沙市城市发展投资集团有限公司"]}) == 2
    # one place written two ways, or a coined name after two places, is still one company
    found = linked(listed, "长春市交通投资集团有限公司举行会议。", "长春交通投资集团有限公司签约。")
    assert found["长春市交通投资集团有限公司"] == found["长春交通投资集团有限公司"]
    found = linked(listed, "吉林长光卫星技术有限公司发射卫星。", "长春长光卫星技术有限公司发射卫星。")
    assert found["吉林长光卫星技术有限公司"] == found["长春长光卫星技术有限公司"]


def test_a_list_with_one_coined_name_and_bracketed_items(listed):
    # s21: 以江淮汽车、TCL家用电器为龙头 (one coined item is enough beside a word for companies);
    # s14: 大眾(安徽) as an item
    assert set(new_names(listed, "肥西经开区已形成以江淮汽车、TCL家用电器为龙头的汽车及配套、家电及配件两大主导产业")) == {"江淮汽车", "TCL家用电器"}
    assert "大众(安徽)" in names(listed, "合肥市擁有江淮、蔚來、比亞迪、長安、安凱、大眾(安徽)等一批整車企業")


def test_a_name_a_clause_says_is_a_company(listed):
    # s17: 其中华润集团、中国电子是世界500强企业。协鑫集成是中国500强企业 … 蔚来、国轩高科、鑫丰科技和航天嘉诚分别是…领军企业
    text = ("其中华润集团、中国电子是世界500强企业。协鑫集成是中国500强企业,全球新能源500强排名第三。"
            "蔚来、国轩高科、鑫丰科技和航天嘉诚分别是高端智能电动汽车、特种装备研发制造行业的领军企业。")
    assert {"中国电子", "协鑫集成", "鑫丰科技", "航天嘉诚"} <= set(names(listed, text))
    # a place, a pronoun, a share or a common word before 是…企业 is none
    assert new_names(listed, "长春是汽车企业聚集地。这些都是民营企业,其中90%以上是中小企业。全市是汽车企业。") == []


def test_a_name_a_clause_calls_a_company_that_the_article_gave_as_a_short_form_is_that_company(listed):
    # rm19 (tuning half): 中國長春長生生物科技股份公司(長春長生) … 長春長生是上市公司長生生物的全資子公司
    found = linked(listed, "近年來爆發多件疫苗醜聞案的中國長春長生生物科技股份公司(長春長生),因無法償還債務而申請破產。"
                           "長春長生是上市公司長生生物的全資子公司。")
    assert found["长春长生"] == found["中国长春长生生物科技股份公司"]
    # rj13: 而位于新津的新筑股份则是…本土企业 (the words before the subject are cut off)
    found = linked(listed, "成都市新筑路桥机械股份有限公司在新津。而位于新津的新筑股份则是成都市近年来发展迅猛的本土企业。")
    assert found["新筑股份"] == found["成都市新筑路桥机械股份有限公司"]


def test_a_plain_name_found_by_context_joins_the_registered_name_it_shortens_in_its_article(listed):
    # constructed: 吉林华康药业股份有限公司 … 华康药业董事长; 浙江华业塑料机械股份有限公司 … 浙江华业(301616.SZ)
    found = linked(listed, "吉林华康药业股份有限公司新厂投产。华康药业董事长李明表示,新厂年内达产。")
    assert found["华康药业"] == found["吉林华康药业股份有限公司"]
    found = linked(listed, "浙江华业(301616.SZ)公告称,浙江华业塑料机械股份有限公司拟投资建设穆岙生产基地项目。")
    assert found["浙江华业"] == found["浙江华业塑料机械股份有限公司"]
    # a group above its unit keeps its own page (亚泰集团 / 亚泰医药集团)
    found = linked(listed, "吉林亚泰医药集团有限公司与亚泰集团签约。")
    assert found["亚泰集团"] != found["吉林亚泰医药集团有限公司"]
    # s33: a regional unit with its place in brackets is not the parent that names it
    found = linked(listed, "美联新材(300586)公告称,公司拟向全资子公司美联新材料(四川)有限公司增资4.5亿元。")
    assert found["美联新材"] != found["美联新材料(四川)有限公司"]


def test_a_coined_name_with_gongsi_and_a_name_in_apposition_to_a_joint_venture(listed):
    # s63: 将促进沈变公司提升…; s66: 成立合資公司時代吉利,其中…
    assert new_names(listed, "投产后,基地将促进沈变公司提升特高压套管的批量化生产能力") == ["沈变公司"]
    assert "时代吉利" in new_names(listed, "同時寧德時代與吉利集團方面就成立合資公司時代吉利,其中寧德時代為51%控股股東方。")
    # a common word with 公司 is no name
    assert new_names(listed, "双方成立合资公司,由项目公司负责建设,上市公司和该公司均表示支持。") == []


def test_a_name_that_is_also_a_word_joined_to_a_company_by_and_is_a_company(listed):
    # rn10 (tuning half, new page): 自1988年一汽与大众合作组装“奥迪100”车型至今 (大众 is also "the public")
    assert ("大众", "大众汽车") in mentions_of(listed, "自1988年一汽与大众合作组装“奥迪100”车型至今,双方走过了30余年的合作历程")
    # not the public beside no company
    assert not any(t == "大众" for t, _ in mentions_of(listed, "企业与大众共同参与,服务大众创业。"))


def mentions_of(listed, text):
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, simplified(text), (1,), "p1"),))
    return [(m.text, m.company) for m in company_mentions(article, company_matcher(listed), list_only_names(listed))[0]]


def test_a_coined_name_that_opens_with_a_size_word_and_a_place_before_gongsi(listed):
    # ro17 (tuning half, new page): 與長春市商務局、大成集團,共同策劃 (大成 is a name, not 大+集团);
    # 與…和中國臺灣地區億達公司簽訂了… (the region before 亿达公司 is not its name)
    assert "大成集团" in new_names(listed, "他們與長春市商務局、大成集團,共同策劃制訂了玉米產業的招商計劃。")
    assert "亿达公司" in new_names(listed, "與吉林省糧油食品進出口有限公司和中國臺灣地區億達公司簽訂了投資1億元人民幣")
    # counts and sizes before 集团 stay no names
    assert new_names(listed, "培育大企业大集团,引进两大集团和多家集团。") == []


def test_a_common_word_before_a_coined_first_item_is_cut(listed):
    # web pages (tuning half of tests/fixtures/web_pages): 高新区签约落地|晖致、艾昆纬…等企业; 深入到园区|得丰电气、伊索科技…等企业
    found = new_names(listed, "两年来,高新区签约落地晖致、艾昆纬、乐泰、华熙生物、万孚等企业52家")
    assert "晖致" in found and not any("落地" in n for n in found)
    found = new_names(listed, "视察组深入到园区得丰电气、伊索科技、雷联机械等企业,察看了企业生产线")
    assert "得丰电气" in found and not any("园区" in n for n in found)
    # a common first word that is part of the name stays (江淮汽车: 汽车 is no coined rest)
    assert "江淮汽车" in new_names(listed, "已形成以江淮汽车、TCL家用电器为龙头的汽车产业")


def test_a_plain_name_found_by_context_joins_the_one_registered_name_it_starts_in_another_article(listed):
    # constructed: 吉林瑞谷药业股份有限公司 in one article; 瑞谷药业董事长 in another; 瑞谷 alone is
    # too short to say which (two registered names start with it)
    found = linked(listed, "吉林瑞谷药业股份有限公司新厂投产。", "瑞谷药业董事长李明表示,新厂年内达产。")
    assert found["瑞谷药业"] == found["吉林瑞谷药业股份有限公司"]
    found = linked(listed, "吉林瑞谷药业股份有限公司投产。", "吉林瑞谷医疗器械有限公司投产。", "瑞谷董事长李明表示。")
    assert found["瑞谷"] not in (found["吉林瑞谷药业股份有限公司"], found["吉林瑞谷医疗器械有限公司"])


def test_the_ministry_that_owned_a_state_factory_is_part_of_its_old_name(listed):
    # rj01, rj05: 从长春客车厂到铁道部长春客车厂 … 几次更名：长春客车厂、铁道部长春客车厂、北车长客 (the factory
    # under the Ministry of Railways); constructed: 由第一机械工业部第一汽车制造厂 (the ministry as one word)
    assert linked(listed, "从长春客车厂到铁道部长春客车厂,随后又先后更名为北车长客。")["铁道部长春客车厂"] == "中车长客"
    assert "机械工业部第一汽车制造厂" in names(listed, "1956年,机械工业部第一汽车制造厂生产出第一辆解放牌卡车。")
    # a firm's department or a direction is no owner (总部, 采购部; 东部)
    assert names(listed, "公司总部一汽解放的负责人说。") == ["一汽解放"]
    assert "东部长春客车厂" not in names(listed, "位于东部长春客车厂的厂区。")


def test_a_new_companys_name_after_its_groups_name_is_its_short_form(listed):
    # re12: 长春一汽富晟李尔汽车电器有限公司格外忙碌…富晟李尔是一汽集团核心供应商 (一汽, the group, opens the
    # name; the coined rest is the company's own); constructed: the same in another article
    found = linked(listed, "长春一汽富晟李尔汽车电器有限公司格外忙碌,富晟李尔是一汽集团核心供应商。", "富晟李尔扩大产能。")
    assert found["富晟李尔"] == found["长春一汽富晟李尔汽车电器有限公司"] != "中国一汽"
    # a rest that starts with a word is a plain phrase (一汽|汽车零部件), not a short form
    found = linked(listed, "长春一汽汽车零部件制造有限公司今年扩产,汽车零部件制造是它的主业。")
    assert "汽车零部件制造" not in found


def test_a_firms_initials_and_gongsi_in_its_article_are_its_short_form(listed):
    # rh13: 长春中车轨道车辆有限公司 … 长春车辆公司年产值32亿元 (the characters of its name in order, and 公司)
    found = linked(listed, "长春中车轨道车辆有限公司整体搬迁,预计总产值110亿元,长春车辆公司年产值32亿元左右。")
    assert found["长春车辆公司"] == found["长春中车轨道车辆有限公司"]
    # not 该公司 / 子公司 or a name whose characters the registered name does not hold in order
    found = linked(listed, "长春中车轨道车辆有限公司整体搬迁,该公司与长春客运公司合作。")
    assert "该公司" not in found and "长春客运公司" not in found
