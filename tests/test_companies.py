"""Company names in every form articles write them (issue 18): registered names, history names,
names that are also common words, short forms across articles. Sentences from the tuning half of
tests/fixtures/real_articles."""
from __future__ import annotations

import sys

import pytest

from atlas.extract.companies import (company_matcher, company_mentions, find_registered_names, list_only_names, load_companies,
                                     unknown_list_items)
from atlas.link.aliases import company_core, without_province
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from real_corpus import pages  # noqa: E402
from score_real_projects import build  # noqa: E402


@pytest.fixture(scope="module")
def listed():
    return load_companies(ROOT, [])


def mentions(listed, text):
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
    found, _ = company_mentions(article, company_matcher(listed), list_only_names(listed))
    return [(m.text, m.company) for m in found]


def test_a_legal_form_with_a_bracketed_group_is_one_registered_name():
    # ra30: 重庆市轨道交通(集团)有限公司 (not cut at “(集团”, and 重庆市 stays: 市 is no lead word)
    text = "旗下长客股份公司已经与重庆市轨道交通(集团)有限公司签订了车辆销售合同。"
    assert [text[a:b] for a, b in find_registered_names(text)] == ["长客股份公司", "重庆市轨道交通(集团)有限公司"]
    assert company_core("重庆市轨道交通(集团)有限公司") == company_core("重庆市轨道交通集团")
    text = "长春市晟昱金属制品有限公司的项目开工。"  # rb22
    assert [text[a:b] for a, b in find_registered_names(text)] == ["长春市晟昱金属制品有限公司"]


def test_history_names_and_a_place_before_a_legal_form_are_the_company(listed):
    # ra30: 中国北车长客股份公司 (before 2015); ra13/ra19: 长春客车厂; ra07/ra09: 第一汽车制造厂
    assert mentions(listed, "重庆的地铁车辆均来自中国北车长客股份公司,长客股份也为重庆开发了单轨车辆。") == [
        ("中国北车长客股份公司", "中车长客"), ("长客股份", "中车长客")]
    assert mentions(listed, "中车长客前身是长春客车厂。") == [("中车长客", "中车长客"), ("长春客车厂", "中车长客")]
    assert mentions(listed, "长春第一汽车制造厂建成投产。") == [("长春第一汽车制造厂", "中国一汽")]


def test_a_name_that_is_also_a_common_word_counts_only_in_a_list_of_companies(listed):
    # ra25, ra16, rb17
    assert mentions(listed, "长春坐拥红旗、解放、奔腾、大众、丰田等多家整车企业。") == [
        ("红旗", "红旗"), ("解放", "一汽解放"), ("奔腾", "一汽奔腾"), ("大众", "大众汽车"), ("丰田", "丰田汽车")]
    assert mentions(listed, "长春相继与德国奥迪、大众,美国通用,日本马自达、丰田等国际巨头开展合作。") == [
        ("奥迪", "奥迪"), ("大众", "大众汽车"), ("通用", "通用汽车"), ("马自达", "马自达"), ("丰田", "丰田汽车")]
    assert mentions(listed, "“长春药谷”已集聚了长春高新、金赛药业、百克生物等一批行业领军企业。") == [
        ("长春高新", "长春高新"), ("金赛药业", "金赛药业"), ("百克生物", "百克生物")]
    # alone, the same words are no company
    assert mentions(listed, "推动大众创业、万众创新,建设通用机场。") == []
    assert mentions(listed, "长春高新技术产业开发区连续两年入选,万马奔腾。") == []


def test_a_province_before_a_new_company_is_left_out_of_its_short_form():
    assert without_province("山东玲珑轮胎") == "玲珑轮胎"
    assert without_province("重庆市轨道交通") == "轨道交通"
    assert without_province("金赛药业") == "金赛药业"


def test_a_new_companys_short_form_joins_it_in_a_list_of_companies_only():
    # ra20 names 山东玲珑轮胎股份有限公司; ra11 lists 一汽解放、玲珑轮胎、法雷奥 (nobody listed 玲珑轮胎)
    chosen = [p for p in pages("tune") if p.name in ("ra11", "ra20", "ra30")]
    kb = build(chosen)
    found = {(m.article, m.text): m.company for m in kb.company_mentions}
    assert found[("ra11", "玲珑轮胎")] == found[("ra20", "山东玲珑轮胎股份有限公司")] == "山东玲珑轮胎股份有限公司"
    # 重庆市轨道交通(集团)有限公司 gives no company “轨道交通” to every text that says 轨道交通
    assert not any(m.text == "轨道交通" for m in kb.company_mentions)


def test_a_place_before_a_listed_name_and_a_group_tail_belong_to_the_mention(listed):
    # rf08 headline, rf03, rf15, rg24: 长春金赛药业 / 吉林修正药业集团 / 修正药业集团 / 大众汽车集团
    assert mentions(listed, "长春金赛药业:乘势而上 发挥更大潜力") == [("长春金赛药业", "金赛药业")]
    assert mentions(listed, "今年吉林修正药业集团将开建“生物医药科技园”") == [("吉林修正药业集团", "修正药业")]
    assert mentions(listed, "涌现出一批龙头企业,如修正药业集团和吉林省东鳌鹿业集团") == [("修正药业集团", "修正药业")]
    assert mentions(listed, "奥迪及大众汽车集团将持有该公司60%的股份") == [("奥迪", "奥迪"), ("大众汽车集团", "大众汽车")]


def test_a_stock_code_makes_a_list_only_name_the_company_in_its_whole_article(listed):
    # rd12, rd16: 长春高新 is also the name of a district; with its stock code it is the company
    def in_article(*texts):
        blocks = tuple(Block(BlockKind.PARAGRAPH, t, (k,), f"p{k}") for k, t in enumerate(texts, 1))
        found, _ = company_mentions(Article("seeds/x.txt", "x", "x", "t", blocks=blocks),
                                    company_matcher(listed), list_only_names(listed))
        return [(m.block, m.text, m.company) for m in found]
    assert in_article("「东北药茅」长春高新(深:000661)近日收到问询函。", "中证监要求长春高新进行补充说明。") == [
        ("p1", "长春高新", "长春高新"), ("p2", "长春高新", "长春高新")]
    assert in_article("长春高新(000661.SZ)发布公告。") == [("p1", "长春高新", "长春高新")]
    # without a code the district's words stay text
    assert in_article("长春高新技术产业开发区连续两年入选。", "长春高新发展迅速。") == []


def test_a_new_companys_name_cut_short_in_its_own_article_is_its_short_form():
    # rg12: 吉林大华机械制造有限公司 … 大华机械今年预计…; re07: 长春一汽富维汽车零部件股份有限公司 … 一汽富维,
    # and re08 then says 一汽富维 alone
    kb = build([p for p in pages("tune") if p.name in ("rg12", "re07", "re08", "ra30")])
    found = {(m.article, m.text): m.company for m in kb.company_mentions}
    assert found[("rg12", "大华机械")] == found[("rg12", "吉林大华机械制造有限公司")]
    assert found[("re08", "一汽富维")] == found[("re07", "一汽富维")] == found[("re07", "长春一汽富维汽车零部件股份有限公司")]
    assert not any(m.text in ("轨道交通", "重庆市轨道") for m in kb.company_mentions)  # ra30: no plain phrase


def test_a_group_with_a_legal_form_is_one_registered_name():
    # rf15: 吉林省东鳌鹿业集团有限公司 is not cut after 集团
    text = "涌现出一批龙头企业,如修正药业集团和吉林省东鳌鹿业集团有限公司。"
    assert text[slice(*find_registered_names(text)[-1])] == "吉林省东鳌鹿业集团有限公司"
    assert company_core("吉林省东鳌鹿业集团有限公司") == company_core("东鳌鹿业集团") == "东鳌鹿业"


def test_a_group_and_its_stock_company_are_two_companies():
    # re10: 中國北車旗下的北車長客集團和長客股份公司 (the group and the listed stock company, side by side);
    # rc08: 中国第一汽车股份有限公司持股 40% (the stock company, not the group 中国第一汽车集团有限公司)
    kb = build([p for p in pages("tune") if p.name in ("re10", "rc08", "ra30")])
    found = {(m.article, m.text): m.company for m in kb.company_mentions}
    assert found[("re10", "长客股份公司")] == "中车长客"
    assert found[("re10", "北车长客集团")] not in ("中车长客", None)
    assert found[("rc08", "中国第一汽车股份有限公司")] != "中国一汽"
    # a group's short name stays the group whose legal name has 集团 too (ra30: 中国北车长客股份公司)
    assert found[("ra30", "中国北车长客股份公司")] == "中车长客"


def test_history_names_and_foreign_brands_from_the_list(listed):
    # rg20: 一汽轎車 (一汽奔腾's name until 2019); rc08: Audi AG, 奥迪与保时捷; ra17/re10: 中国北车 (the stock
    # company before 2015) beside the group 北车集团 (rc13, re10), which is another company
    assert mentions(listed, "22日,一汽轿车发布公告,宣布为保证公司自主品牌轿车的持续发展") == [("一汽轿车", "一汽奔腾")]
    assert mentions(listed, "中国第一汽车股份有限公司持股 40%,Audi AG 持股 55%")[-1] == ("Audi AG", "奥迪")
    assert mentions(listed, "新公司将基于奥迪与保时捷共同开发的 PPE 平台生产纯电动车型") == [("奥迪", "奥迪"), ("保时捷", "保时捷")]
    found = mentions(listed, "中国北车的高铁研制水平已经具备了实力,届时,北车集团的高速列车研发都将在产业园")
    assert found == [("中国北车", "中国北车"), ("北车集团", "北车集团")]
    assert mentions(listed, "中国北车集团公司签约")[0][1] == "北车集团"
    # rf03: 吉林修正集团 is 修正药业's group (rf15 修正药业集团)
    assert mentions(listed, "2004年,吉林修正集团将开建") == [("吉林修正集团", "修正药业")]


def test_a_country_before_a_list_only_name_outside_a_list_is_the_company(listed):
    # rg23: 美国通用与中国一汽组建了一汽通用轻型商用汽车有限公司 (the registered name starts after 了)
    text = "刚刚通过破产重组两个多月的美国通用与中国一汽组建了一汽通用轻型商用汽车有限公司,这是"
    assert [t for t, _ in mentions(listed, text)][:2] == ["美国通用", "中国一汽"]
    assert mentions(listed, text)[0] == ("美国通用", "通用汽车")
    assert [text[a:b] for a, b in find_registered_names(text)] == ["一汽通用轻型商用汽车有限公司"]


def test_a_listed_name_with_its_trade_word_and_legal_form_is_the_company(listed):
    # rf11: 坐落于长春新区的长光卫星科技公司自主研发的…
    assert mentions(listed, "坐落于长春新区的长光卫星科技公司自主研发的中国首颗商用遥感卫星") == [("长光卫星科技公司", "长光卫星")]


def test_a_group_before_its_units_place_and_name_is_one_registered_name_of_the_unit():
    # rc13: 中國北車集團長春軌道客車股份有限公司 (today's 中车长客, written with its group before it);
    # rc11: 长春轨道客车股份有限公司; the listed full name 中车长春轨道客车股份有限公司
    text = "12月18日,中国北车集团长春轨道客车股份有限公司与长春市绿园区人民政府正式签署"
    assert [text[a:b] for a, b in find_registered_names(text)] == ["中国北车集团长春轨道客车股份有限公司"]
    # rc12: 中國北車集團長客股份公司奠基 (the group before the unit's listed short name)
    assert mentions(load_companies(ROOT, []), "中心在中国北车集团长客股份公司奠基") == [("中国北车集团长客股份公司", "中车长客")]
    assert (company_core("中国北车集团长春轨道客车股份有限公司") == company_core("长春轨道客车股份有限公司")
            == company_core("中车长春轨道客车股份有限公司") == company_core("中国中车长春轨道客车股份有限公司"))
    # a group name with no place after it stays in the core (一汽富维 is not 富维)
    assert company_core("长春一汽富维汽车零部件股份有限公司") == "一汽富维汽车零部件"
    assert company_core("长春轨道客车装备有限责任公司") != company_core("长春轨道客车股份有限公司")


def test_a_new_companys_coined_name_is_matched_alone_in_every_article():
    # rb11 writes 卓谊生物股份有限公司; rd09 says 像卓誼生物這樣的醫藥類產業項目 (卓谊 is no word: a coined
    # name; mentions are read on the simplified copy); rf15 writes 吉林省东鳌鹿业集团有限公司 and then 东鳌鹿业则积极拓展… (the whole core alone)
    kb = build([p for p in pages("tune") if p.name in ("rb11", "rd09", "rf15", "ra30", "rc13", "rc11")])
    found = {(m.article, m.text): m.company for m in kb.company_mentions}
    assert found[("rd09", "卓谊生物")] == found[("rb11", "卓谊生物股份有限公司")]
    assert found[("rf15", "东鳌鹿业")] == found[("rf15", "吉林省东鳌鹿业集团有限公司")]
    # 重庆市轨道交通(集团)有限公司: 轨道交通 is a word, never a company alone
    assert not any(m.text == "轨道交通" for m in kb.company_mentions)
    assert found[("rc13", "中国北车集团长春轨道客车股份有限公司")] == found[("rc11", "长春轨道客车股份有限公司")] == "中车长客"


def test_an_unknown_item_of_a_list_of_companies_is_a_company():
    # rb17: 长春高新、金赛药业、百克生物、迪瑞医疗等一批行业领军企业 (迪瑞医疗 is in no list); rd09's photo
    # caption 迪瑞醫療技術人員正在檢測設備 then names it too (迪瑞 is no word: a coined name)
    kb = build([p for p in pages("tune") if p.name in ("rb17", "rd09")])
    found = {(m.article, m.text): m.company for m in kb.company_mentions}
    assert found[("rb17", "迪瑞医疗")] == found[("rd09", "迪瑞医疗")]
    assert found[("rb17", "金赛药业")] == "金赛药业"
    text = "长春相继与德国奥迪、大众,美国通用,日本马自达、丰田等国际巨头开展合作。"
    assert [text[a:b] for a, b in unknown_list_items(text, [(2, 4)])] == []  # one known item is no list of companies


def test_a_listed_full_name_gives_its_short_forms(listed):
    # 长春希达电子技术有限公司 (the listed full name) → 希达电子 (rd06 headline, rg12 长春希达电子), and 希达
    # with a legal form after it (rf09 视察了长春光机所投资企业——希达公司)
    assert mentions(listed, "希达电子倒装COB创新产品全球技术领跑") == [("希达电子", "希达电子")]
    assert mentions(listed, "长春希达电子销售收入同比增长30%以上") == [("长春希达电子", "希达电子")]
    assert mentions(listed, "视察了长春光机所投资企业——希达公司。") == [("希达公司", "希达电子")]
    assert mentions(listed, "希达两字") == []  # a two-character short form only with its legal form


def test_a_new_companys_abbreviation_in_its_own_article_is_that_company():
    # rg15: 长春市轨道交通集团有限公司 … 长春轨交集团 (轨交: the first character of each word of 轨道交通)
    kb = build([p for p in pages("tune") if p.name in ("rg15", "ra30")])
    found = {(m.article, m.text): m.company for m in kb.company_mentions}
    assert found[("rg15", "长春轨交集团")] == found[("rg15", "长春市轨道交通集团有限公司")]
    # 轨道交通 alone is a word, no company (the core's whole is a short form only when coined: 东鳌鹿业)
    assert not any(m.text == "轨道交通" for m in kb.company_mentions)


def test_a_city_that_opens_a_companys_registered_name_stays_in_a_project_name(listed):
    # rg12: 长春希达电子LED照明及显示生产车间扩建 (长春希达电子技术有限公司: 长春 is the company's own);
    # a place before a company that does not carry it is still cut off (长春一汽解放J7智能工厂)
    from atlas.extract.project_names import load_catalogue
    from atlas.extract.projects import ProjectFinder
    catalogue = load_catalogue(ROOT, [])
    finder = ProjectFinder(catalogue.rules, catalogue.matcher(), company_matcher(listed), catalogue.bare_matcher())
    text = "与大华机械同时获批“吉林省重点产业发展专项资金”的还有长春一东数字化工厂建设、长春希达电子LED照明及显示生产车间扩建等5个项目。"
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
    assert "长春希达电子LED照明及显示生产车间扩建" in [m.text for m in finder.find(article, [])]
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, "长春一汽解放J7智能工厂投产。", (1,), "p1"),))
    assert [m.text for m in finder.find(article, [])] == ["一汽解放J7智能工厂"]


def test_registered_names_after_a_list_word_and_new_names_in_every_article():
    # rh19: 公司股东包括弗迪实业有限公司(比亚迪全资子公司) (the name starts after 包括)
    text = "弗迪新能源科技有限公司于今年1月15日注册成立,公司股东包括弗迪实业有限公司(比亚迪全资子公司)与一汽股权投资"
    assert [text[a:b] for a, b in find_registered_names(text)][-1] == "弗迪实业有限公司"
    # ri09 lists 国药集团 among companies; rk06 writes 国药集团中国生物正在… (a group's name is found everywhere);
    # rj13: 成都市新筑路桥机械股份有限公司 … 新筑股份则是… (the core's start with its legal body)
    kb = build([p for p in pages("tune") if p.name in ("ri09", "rk06", "rj13")])
    found = {(m.article, m.text): m.company for m in kb.company_mentions}
    assert found[("rk06", "国药集团")] == found[("ri09", "国药集团")]
    assert found[("rj13", "新筑股份")] == found[("rj13", "成都市新筑路桥机械股份有限公司")]
    # rd13: 亚泰医药集团 … 亚泰集团 (the group above it): a group's core start with 集团 is no short form
    kb = build([p for p in pages("tune") if p.name in ("rd13",)])
    assert {m.company for m in kb.company_mentions if m.text == "亚泰集团"} != {
        m.company for m in kb.company_mentions if m.text == "亚泰医药集团"}


@pytest.mark.parametrize("text, names", [
    # a registered name starts after the verb, preposition or word for companies before it (tuning half:
    # rj12, rh09, rk15, ra27, rj13, rh16) …
    ("江苏林泉集团就长春林泉汽车零部件有限公司建设项目与市政府签约", ["江苏林泉集团", "长春林泉汽车零部件有限公司"]),
    ("澳大利亚新南威尔士州州长代表团来到长春轨道客车股份有限公司参观", ["长春轨道客车股份有限公司"]),
    ("台资企业吉林省昱光涂装有限公司落户汽开区", ["吉林省昱光涂装有限公司"]),
    ("帮助包保企业长春捷翼汽车零部件有限公司解决难题", ["长春捷翼汽车零部件有限公司"]),
    ("双方合资组建成都长客新筑轨道交通装备有限公司", ["成都长客新筑轨道交通装备有限公司"]),
    ("其中美国安德集团投资建设", ["美国安德集团"]),
    # … a group's company written 集团公司 is one name (rk03 中國第一汽車集團公司) …
    ("中国第一汽车集团公司成立于1953年", ["中国第一汽车集团公司"]),
    # … and words that belong to names stay: 投资, 控股, 企业, 联合 (general constructed cases)
    ("由长春汽开区建设投资有限公司负责建设", ["长春汽开区建设投资有限公司"]),
    ("阿里巴巴集团控股有限公司和万科企业股份有限公司", ["阿里巴巴集团控股有限公司", "万科企业股份有限公司"]),
    ("联合汽车电子有限公司长春分厂", ["联合汽车电子有限公司"]),
    # a phrase about groups is no company's name
    ("被列入首批成都市培育大企业大集团", []),
])
def test_a_registered_name_starts_at_a_word_boundary(text, names):
    assert [text[a:b] for a, b in find_registered_names(text)] == names


def test_a_group_company_is_the_group():
    # rk03 中國第一汽車集團公司: the legal form 集团公司 is left out of the core like 集团有限公司
    assert company_core("中国第一汽车集团公司") == company_core("中国第一汽车集团有限公司")


def test_a_short_group_name_is_a_company():
    # rd13 亚泰集团, rj12 敏實集團, ri15 复星集团: a coined name of two characters with 集团 (a general
    # form: 苏宁集团, 美的集团); not 该集团, 大集团, 产业集团
    text = "亚泰集团、敏实集团和复星集团等企业"
    assert [text[a:b] for a, b in find_registered_names(text)] == ["亚泰集团", "敏实集团", "复星集团"]
    for phrase in ("该集团表示", "打造产业集团", "培育大集团", "两大集团合作", "本集团"):
        assert find_registered_names(phrase) == [], phrase


def test_a_company_named_by_the_start_of_anothers_name_is_its_group_not_its_abbreviation():
    # rd13 亚泰集团 beside 亚泰医药集团 (general: 一汽 / 一汽解放, 修正 / 修正药业); an abbreviation skips
    # characters inside the name (长春市轨道交通集团有限公司 / 长春轨交集团)
    from atlas.extract.facts import ArticleFacts
    from atlas.link.company_names import link_company_names

    def linked(text):
        article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
        found, unknown = company_mentions(article, company_matcher([]))
        facts = ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ())
        return {m.text: m.company for m in link_company_names([facts], [], (), ()).mentions}

    found = linked("吉林亚泰医药集团有限公司是亚泰集团的子公司。")
    assert found["亚泰集团"] != found["吉林亚泰医药集团有限公司"]
    found = linked("长春市轨道交通集团有限公司成立。长春轨交集团表示。")
    assert found["长春轨交集团"] == found["长春市轨道交通集团有限公司"]


def test_a_list_item_is_the_one_company_whose_name_it_is_without_its_province():
    # ra11 一汽解放、玲珑轮胎、法雷奥等 / ra20 山东玲珑轮胎股份有限公司 (tuning half); two provinces' companies
    # of one trade name leave the bare name alone
    from atlas.extract.facts import ArticleFacts
    from atlas.link.company_names import link_company_names
    listed = load_companies(ROOT, [])

    def linked(*texts):
        facts = []
        for k, text in enumerate(texts):
            article = Article(f"seeds/x{k}.txt", f"x{k}", f"x{k}", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
            found, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
            facts.append(ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ()))
        return {m.text: m.company for m in link_company_names(facts, listed, (), ()).mentions}

    found = linked("配套企业有一汽解放、玲珑轮胎、法雷奥等知名企业。", "山东玲珑轮胎股份有限公司在长春建厂。")
    assert found["玲珑轮胎"] == found["山东玲珑轮胎股份有限公司"]
    found = linked("配套企业有一汽解放、玲珑轮胎、法雷奥等知名企业。", "山东玲珑轮胎股份有限公司在长春建厂。",
                   "广东玲珑轮胎有限公司也来了。")
    assert found["玲珑轮胎"] not in (found["山东玲珑轮胎股份有限公司"], found["广东玲珑轮胎有限公司"])
    # a name whose own city was left out of its core is not the other city's (rj/ra30: 长春 and 重庆's 轨道交通集团)
    found = linked("长春市轨道交通集团有限公司开通新线。", "旗下长客股份公司已经与重庆市轨道交通(集团)有限公司签订了合同。")
    assert found["长春市轨道交通集团有限公司"] != found["重庆市轨道交通(集团)有限公司"]


@pytest.mark.parametrize("after, short", [
    # every way an article introduces a company's short form right after its registered name
    ("（以下简称“金赛药业”）研发", "金赛药业"), ("（下称“金赛”）", "金赛"), ("(以下称“长客”)", "长客"),
    ("，简称“长客股份”，是", "长客股份"), ("（简称：长光卫星）", "长光卫星"), ("（以下简称为“亚泰医药”）", "亚泰医药"),
    ("（下称长光）", "长光"), ("有限公司等", ""),
])
def test_every_way_of_introducing_a_short_form(after, short):
    from atlas.link.aliases import introduced_short_form
    assert introduced_short_form(after) == short


def test_units_of_two_groups_with_one_trade_are_two_companies():
    # general counter-case: 中铁建长春轨道交通有限公司 and 长春市轨道交通集团有限公司 share the trade 轨道交通
    # after their places; only a listed unit takes a group's unit (中国北车集团长春轨道客车… → 中车长客)
    from atlas.extract.facts import ArticleFacts
    from atlas.link.company_names import link_company_names
    listed = load_companies(ROOT, [])
    facts = []
    for k, text in enumerate(["中铁建长春轨道交通有限公司承建该线。", "长春市轨道交通集团有限公司开通新线。",
                              "中国北车集团长春轨道客车股份有限公司与绿园区签约。", "江苏林泉集团长春林泉汽车零部件有限公司开工。",
                              "长春林泉汽车零部件有限公司投产。"]):
        article = Article(f"seeds/x{k}.txt", f"x{k}", f"x{k}", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
        found, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
        facts.append(ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ()))
    found = {m.text: m.company for m in link_company_names(facts, listed, (), ()).mentions}
    assert found["中铁建长春轨道交通有限公司"] != found["长春市轨道交通集团有限公司"]
    assert found["中国北车集团长春轨道客车股份有限公司"] == "中车长客"
    # a coined unit name (林泉) is one company whoever writes its group before it
    assert found["江苏林泉集团长春林泉汽车零部件有限公司"] == found["长春林泉汽车零部件有限公司"]


@pytest.mark.parametrize("listed_name, other", [
    # general counter-cases: a place before a common word is part of the name
    ("中国建筑", "长春建筑有限公司"), ("中国医药集团有限公司", "吉林医药有限公司"), ("吉林化纤", "长春化纤有限公司"),
    ("中国生物", "长春生物有限公司"),
])
def test_a_place_before_a_common_word_is_part_of_the_companys_core(listed_name, other):
    assert company_core(listed_name) != company_core(other)


def test_a_place_before_a_coined_name_is_not():
    assert company_core("中国一汽集团有限公司") == company_core("一汽") and company_core("长春金赛药业有限责任公司") == "金赛药业"
    assert company_core("吉林亚泰（集团）股份有限公司") == company_core("亚泰集团")


def test_well_known_groups_are_found_and_a_name_that_begins_another_is_not_it(listed):
    # general sentences: groups named without a registered name; 京东方 is not 京东, 上汽大众 not 上汽
    found = dict(mentions(listed, "宁德时代、博世、法雷奥等企业落户,京东方和上汽大众也来了。"))
    assert found["宁德时代"] == "宁德时代" and found["博世"] == "博世" and found["法雷奥"] == "法雷奥"
    assert found["京东方"] == "京东方" and found["上汽大众"] == "上汽大众" and "京东" not in found
    # a common word stays a word outside a list of companies
    assert not any(company == "日产汽车" for _, company in mentions(listed, "该工厂日产300辆整车。"))


def test_a_bracketed_short_form_and_a_stated_parent():
    # rm02 长春长生生物科技有限公司(长生生物): a bare bracket of the name's characters is its short form;
    # rm19 中國長春長生生物科技股份公司(長春長生) … 長春長生是上市公司長生生物的全資子公司: the parent is another company
    from atlas.extract.facts import ArticleFacts
    from atlas.link.aliases import introduced_short_form
    from atlas.link.company_names import link_company_names
    assert introduced_short_form("(长生生物),公司大门紧闭", "长春长生生物科技有限公司") == "长生生物"
    assert introduced_short_form("(北京)有限公司", "长春长生生物科技有限公司") == ""
    assert company_core("中国长春长生生物科技股份公司") == company_core("长春长生生物科技有限公司")
    listed = load_companies(ROOT, [])
    facts = []
    for k, text in enumerate(["记者来到长春长生生物科技有限公司(长生生物),长生生物位于高新区。",
                              "中国长春长生生物科技股份公司(长春长生)被罚。长春长生是上市公司长生生物的全资子公司。长生生物被暂停上市。"]):
        article = Article(f"seeds/x{k}.txt", f"x{k}", f"x{k}", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
        found, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
        facts.append(ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ()))
    linked = link_company_names(facts, listed, (), ())
    found = {(m.article, m.text): m.company for m in linked.mentions}
    sub = found[("x0", "长春长生生物科技有限公司")]
    assert found[("x0", "长生生物")] == sub == found[("x1", "中国长春长生生物科技股份公司")] == found[("x1", "长春长生")]
    assert found[("x1", "长生生物")] != sub and found[("x1", "长生生物")] in {c.name for c in linked.companies}
    assert {m.company for m in linked.mentions if (m.article, m.text) == ("x1", "长生生物")} == {found[("x1", "长生生物")]}


def test_the_group_above_a_listed_stock_company_is_the_group(listed):
    # rl09 中国中车集团签署… (the group, 中国中车集团有限公司), not the listed stock company 中国中车
    assert dict(mentions(listed, "吉林省人民政府与中国中车集团签署合作协议,中国中车股份有限公司出席"))["中国中车集团"] == "中车集团"


def test_a_list_of_placed_names_closed_by_a_word_for_companies_is_a_list_of_companies():
    # rl12 已经引入了河北中兴、长春恒力等一批大中型整车制造企业: items that open with a province or city
    text = "目前长春经济技术开发区已经引入了河北中兴、长春恒力等一批大中型整车制造企业。"
    assert [text[a:b] for a, b in unknown_list_items(text, [])] == ["河北中兴", "长春恒力"]
    # words that are no names stay out (生产、研发等企业), and one placed item is not a list
    assert unknown_list_items("支持生产、研发等企业发展", []) == []
    assert unknown_list_items("引入了河北中兴、整车制造等企业", []) == []


def test_a_registered_name_after_and_before_a_place_starts_at_the_place():
    # rm11 …人用狂犬病疫苗(Vero细胞)及长春卓谊生物股份有限公司
    text = "年产3万瓶人用狂犬病疫苗(Vero细胞)及长春卓谊生物股份有限公司的项目"
    assert [text[a:b] for a, b in find_registered_names(text)] == ["长春卓谊生物股份有限公司"]


def test_a_list_only_name_is_the_company_where_its_article_writes_the_registered_name(listed):
    # rm14: 长春高新技术产业(集团)股份有限公司 … 长春高新 (the article's company, not the district's words)
    text = "长春高新技术产业（集团）股份有限公司发布公告。长春高新表示,将继续推进。"
    assert ("长春高新", "长春高新") in mentions(listed, text)
    assert ("长春高新", "长春高新") not in mentions(listed, "长春高新技术产业开发区表示,将继续推进。")


def test_a_listed_full_name_cut_after_a_word_is_a_short_form(listed):
    # ri08: 圣博玛生物 (长春圣博玛生物材料有限公司 without its last word 材料: the coined 圣博玛 and a word)
    assert mentions(listed, "圣博玛生物的可吸收缝合线获批上市。") == [("圣博玛生物", "长春圣博玛")]
    # a coined start alone stays too short, and 生物材料 alone is nobody's
    assert mentions(listed, "生物材料产业发展迅速。") == []
