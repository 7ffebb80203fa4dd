"""Issue 18: a company across its legal, short and foreign names, read from the structure of the
name (places before it, trade words and a legal form after its own characters), not from lists."""
from __future__ import annotations

import pytest

from atlas.extract.companies import company_matcher, company_mentions, list_only_names, load_companies
from atlas.read.simplify import simplified
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT
from tests.test_companies_general import linked


@pytest.fixture(scope="module")
def listed():
    return load_companies(ROOT, [])


def test_the_distinctive_core_leaves_out_places_trade_words_and_legal_forms():
    from atlas.link.company_names import distinctive_core

    assert distinctive_core("吉林国文医疗管理集团有限公司") == "国文"
    assert distinctive_core("吉林国文医疗集团") == "国文"
    assert distinctive_core("长春捷翼汽车零部件有限公司") == distinctive_core("长春捷翼汽车科技股份有限公司") == "捷翼"
    assert distinctive_core("吉林奥来德光电材料股份有限公司") == distinctive_core("奥来德光电") == "奥来德"
    assert distinctive_core("一汽-大众汽车有限公司") == distinctive_core("一汽大众") == "一汽大众"
    assert distinctive_core("长春长生生物科技有限责任公司") == distinctive_core("长生科技") == "长生"
    assert distinctive_core("富奥汽车零部件（长春）有限公司") == "富奥"
    assert distinctive_core("德国奥迪公司") == "奥迪"
    # what is left is never less than two characters
    assert distinctive_core("吉林医疗集团") == "医疗"


def test_registered_names_of_one_distinctive_core_are_one_company(listed):
    # ra27 / re12 (tuning): 长春捷翼汽车零部件有限公司 and 长春捷翼汽车科技股份有限公司, one company renamed
    found = linked(listed, "长春捷翼汽车零部件有限公司投资建设新厂。", "长春捷翼汽车科技股份有限公司上市。")
    assert found["长春捷翼汽车零部件有限公司"] == found["长春捷翼汽车科技股份有限公司"]
    # constructed: a company no list holds, its legal name with a trade word in the middle and its short group name
    found = linked(listed, "吉林国文医疗管理集团有限公司在长春签约。", "吉林国文医疗集团负责人表示。")
    assert found["吉林国文医疗管理集团有限公司"] == found["吉林国文医疗集团"]


def test_a_short_form_is_its_core_with_trade_words_or_a_legal_form(listed):
    # rd06 (tuning) 奥来德光电 is the listed 吉林奥来德光电材料股份有限公司
    found = linked(listed, "奥来德光电在长春建设OLED材料生产基地。")
    assert found.get("奥来德光电") == "奥来德"
    # constructed: an article writes the legal name, another the core with a trade word or a legal form
    found = linked(listed, "吉林宏翊医疗管理集团有限公司落户长春。", "宏翊医疗今年营收增长。", "宏翊公司表示。")
    assert found.get("宏翊医疗") == found["吉林宏翊医疗管理集团有限公司"]
    assert found.get("宏翊公司") == found["吉林宏翊医疗管理集团有限公司"]


def test_a_trade_word_the_company_s_names_lack_or_one_that_modifies_a_noun_is_not_its_short_form(listed):
    # ro10 / ro17 (tuning): 浙江海正集团有限公司 beside 海正化工, another company of the group (a trade its names lack)
    found = linked(listed, "浙江海正集团有限公司来长春考察。", "海正化工今年营收增长。")
    assert found.get("海正化工") != found["浙江海正集团有限公司"]
    found = linked(listed, "利用长春应化所与浙江海正集团合作开发的生产线。", "走访了凯能集团、海正化工、丰原化工等国内外知名企业。")
    assert found["海正化工"] != found["浙江海正集团"]
    # company_money_sentences: a group and its machinery unit, both registered
    found = linked(listed, "湖北宏达重工集团有限公司签约。", "湖北宏达重工机械有限公司投产。")
    assert found["湖北宏达重工集团有限公司"] != found["湖北宏达重工机械有限公司"]
    # re08 (tuning): 全力满足红旗发展需求 (发展 modifies 需求: the brand alone is named);
    # rd09 (tuning): 迪瑞医疗技术人员正在检测设备 (技术人员: the staff of 迪瑞医疗)
    found = linked(listed, "全力满足红旗发展需求。")
    assert found.get("红旗") == "红旗" and "红旗发展" not in found
    found = linked(listed, "迪瑞医疗科技股份有限公司上市。", "迪瑞医疗技术人员正在检测设备。")
    assert "迪瑞医疗技术" not in found


def test_a_branch_is_not_its_parent(listed):
    found = linked(listed, "吉林宏翊医疗管理集团有限公司落户长春。", "宏翊医疗集团长春分公司开业。")
    assert found.get("宏翊医疗集团") != found["吉林宏翊医疗管理集团有限公司"]
    found = linked(listed, "吉林宏翊医疗管理集团有限公司落户长春。", "吉林宏翊医疗管理集团有限公司长春分公司开业。")
    assert found.get("吉林宏翊医疗管理集团有限公司长春分公司") != found["吉林宏翊医疗管理集团有限公司"]
    found = linked(listed, "吉林宏翊医疗管理集团有限公司吉林省长春市分公司开业。")
    assert "吉林宏翊医疗管理集团有限公司吉林省长春市分公司" in found
    # words that are no place before 分公司 say nothing of a branch: the company is named
    found = linked(listed, "吉林宏翊医疗管理集团有限公司旗下分公司开业。")
    assert "吉林宏翊医疗管理集团有限公司" in found


def test_names_sharing_only_a_place_or_a_trade_word_stay_apart(listed):
    found = linked(listed, "吉林宏翊医疗管理集团有限公司落户长春。", "吉林国文医疗管理集团有限公司在长春签约。")
    assert found["吉林宏翊医疗管理集团有限公司"] != found["吉林国文医疗管理集团有限公司"]
    found = linked(listed, "吉林省交通投资集团有限公司与企业签约。", "长春市交通投资集团有限公司举行会议。")
    assert found["吉林省交通投资集团有限公司"] != found["长春市交通投资集团有限公司"]
    # a core that a word of the dictionary is (宏大: "grand") is no company's own: no short form from it
    found = linked(listed, "长春宏大医疗器械有限公司落户长春。", "宏大科技的梦想。")
    assert "宏大科技" not in found


def test_a_core_that_opens_another_company_s_name_is_no_short_form(listed):
    # 一汽 opens 一汽解放, 一汽富维 …: 一汽汽车金融有限公司 is not 中国一汽 by its core (a group's unit)
    found = linked(listed, "一汽汽车金融有限公司发布新产品。")
    assert found.get("一汽汽车金融有限公司") != "中国一汽"
    # two places before one coined core: a region's unit, only proposed (四川一汽丰田 / 天津一汽丰田)
    found = linked(listed, "四川宏翊科技有限公司开业。", "天津宏翊科技有限公司开业。")
    assert found["四川宏翊科技有限公司"] != found["天津宏翊科技有限公司"]


def linked_with(listed, same, not_same, *texts):
    from atlas.extract.facts import ArticleFacts
    from atlas.link.company_names import link_company_names

    facts = []
    for k, text in enumerate(texts):
        article = Article(f"seeds/x{k}.txt", f"x{k}", f"x{k}", "t", blocks=(Block(BlockKind.PARAGRAPH, simplified(text), (1,), "p1"),))
        found, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
        facts.append(ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ()))
    result = link_company_names(facts, listed, same, not_same)
    return {m.text: m.company for m in result.mentions}, result.proposed


def test_a_doubtful_pair_is_proposed_and_the_editors_lines_decide(listed):
    texts = ("湖北宏达重工集团有限公司签约。", "湖北宏达重工机械有限公司投产。")
    found, proposed = linked_with(listed, (), (), *texts)
    assert found["湖北宏达重工集团有限公司"] != found["湖北宏达重工机械有限公司"]
    assert [p[:2] for p in proposed] == [("湖北宏达重工机械有限公司", "湖北宏达重工集团有限公司")]
    # the report's line, `same: [湖北宏达重工集团有限公司, 湖北宏达重工机械有限公司]`, makes them one
    found, proposed = linked_with(listed, (("湖北宏达重工集团有限公司", "湖北宏达重工机械有限公司"),), (), *texts)
    assert found["湖北宏达重工集团有限公司"] == found["湖北宏达重工机械有限公司"]
    assert proposed == ()
    # and `not_same:` keeps apart what the rule would merge
    texts = ("长春捷翼汽车零部件有限公司投资建设新厂。", "长春捷翼汽车科技股份有限公司上市。")
    found, _ = linked_with(listed, (), (("长春捷翼汽车零部件有限公司", "长春捷翼汽车科技股份有限公司"),), *texts)
    assert found["长春捷翼汽车零部件有限公司"] != found["长春捷翼汽车科技股份有限公司"]


def test_the_report_names_each_merge_and_each_doubtful_pair_with_its_yaml_line(listed):
    from atlas.extract.facts import ArticleFacts
    from atlas.link.company_names import company_pair_problems, link_company_names

    facts = []
    for k, text in enumerate(("长春捷翼汽车零部件有限公司投资建设新厂。", "长春捷翼汽车科技股份有限公司上市。",
                              "湖北宏达重工集团有限公司签约。", "湖北宏达重工机械有限公司投产。")):
        article = Article(f"seeds/x{k}.txt", f"x{k}", f"x{k}", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
        found, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
        facts.append(ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ()))
    lines = {(p.code, p.fix) for p in company_pair_problems(link_company_names(facts, listed, (), ()))}
    assert ("companies.merged", "如果它们不是同一家公司，在 data/companies.yaml 的 `not_same:` 下加一行 "
            "`- [长春捷翼汽车科技股份有限公司, 长春捷翼汽车零部件有限公司]`") in lines
    assert ("companies.doubtful", "如果它们是同一家公司，在 data/companies.yaml 的 `same:` 下加一行 "
            "`- [湖北宏达重工机械有限公司, 湖北宏达重工集团有限公司]`") in lines


def test_a_foreign_legal_name_beside_the_chinese_one_is_that_company(listed):
    from atlas.extract.facts import ArticleFacts
    from atlas.link.company_names import link_company_names

    def found(*paragraphs):
        blocks = tuple(Block(BlockKind.PARAGRAPH, t, (k + 1,), f"p{k + 1}") for k, t in enumerate(paragraphs))
        article = Article("seeds/x.txt", "x", "x", "t", blocks=blocks)
        mentions, unknown = company_mentions(article, company_matcher(listed), list_only_names(listed))
        facts = [ArticleFacts(article, article, {}, (), tuple(mentions), tuple(unknown), (), (), ())]
        return {m.text: m.company for m in link_company_names(facts, listed, (), ()).mentions}

    # rj07 (tuning): a filing's header, the legal name and on the next line its English name
    names = found("吉林奥来德光电材料股份有限公司", "Jilin OLED Material Tech Co.,Ltd.", "(吉林省长春市高新开发区)")
    assert names["Jilin OLED Material Tech Co.,Ltd."] == "奥来德"
    # constructed: in brackets right after the legal name of a company no list holds
    names = found("吉林宏翊医疗管理集团有限公司（Jilin Hongyi Medical Management Group Co., Ltd.）成立于2010年。")
    assert names["Jilin Hongyi Medical Management Group Co., Ltd."] == names["吉林宏翊医疗管理集团有限公司"]
    # an English word that is no legal name stays text
    names = found("吉林宏翊医疗管理集团有限公司（OLED）成立于2010年。")
    assert "OLED" not in names


def test_a_hyphen_or_none_between_two_names_is_one_company(listed):
    # constructed (一汽-大众 / 一汽大众 in general): a joint venture's name with or without its hyphen
    found = linked(listed, "长春宏翊-福田汽车科技有限公司落户。", "宏翊福田汽车今年投产。")
    assert found.get("宏翊福田汽车") == found["长春宏翊-福田汽车科技有限公司"]
    found = linked(listed, "长春宏翊福田汽车科技有限公司落户。", "宏翊-福田汽车今年投产。")
    assert found.get("宏翊-福田汽车") == found["长春宏翊福田汽车科技有限公司"]


def test_the_build_reads_the_trade_words_of_the_project_it_builds(tmp_path):
    """An editor's `trade_words:` in the project's own data/companies.yaml is the list the link stage
    uses (not the repository's), and an entry that looks like a pattern is only a word."""
    import re as _re

    from atlas.extract.data import load_data_files
    from atlas.link.company_names import distinctive_core
    from tests.conftest import copy_project

    project = copy_project(tmp_path)
    data_file = project / "data/companies.yaml"
    text = data_file.read_text(encoding="utf-8")
    edited = _re.sub(r"(?m)^trade_words: \[[^\]]*\]", "trade_words: [医疗, '(.*)']", text, count=1)
    assert edited != text
    data_file.write_text(edited, encoding="utf-8")
    data = load_data_files(project)
    assert data.company_trade_words == ("(.*)", "医疗")
    assert distinctive_core("吉林国文医疗集团", data.company_trade_words) == "国文"
    assert distinctive_core("吉林国文管理集团", data.company_trade_words) == "国文管理"  # 管理 is not in this list
