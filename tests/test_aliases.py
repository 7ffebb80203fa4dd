"""Alias groups across articles without hand entries (issue 18): projects and companies.

The cases are names as the real articles write them (tests/fixtures/real_articles, tuning half,
and the issue's examples); the end-to-end ones build tuning pages through the real pipeline.
"""
from __future__ import annotations

import sys
from collections import Counter

import pytest

from atlas.extract.companies import Company, company_matcher
from atlas.extract.project_names import load_catalogue
from atlas.link.aliases import company_core, group_projects, introduced_short_form, split_phase
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from real_corpus import pages  # noqa: E402
from score_real_projects import build  # noqa: E402

FIRMS = company_matcher([Company("中国一汽", full="中国第一汽车集团有限公司", aliases=("一汽",)),
                         Company("金赛药业", aliases=("金赛",)), Company("比亚迪")])


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(ROOT, [])


def grouped(catalogue, texts, same=(), not_same=()):
    return group_projects(Counter(texts), catalogue, FIRMS, list(same), list(not_same))


def test_a_phase_is_split_off_its_whole():
    assert split_phase("奥迪PPE一期") == ("奥迪PPE", "一期")
    assert split_phase("航天信息产业园(一期)") == ("航天信息产业园", "一期")
    assert split_phase("比亚迪动力电池二期项目") == ("比亚迪动力电池", "二期")
    assert split_phase("一期") == ("一期", "")


def test_group_prefix_project_suffix_and_phase_make_one_page(catalogue):
    texts = ["中国一汽新能源工厂项目", "一汽新能源工厂", "长春一汽新能源工厂项目", "富奥动力电池一期项目", "富奥动力电池项目"]
    pages, notes = grouped(catalogue, texts)
    assert len({pages[t][0] for t in texts[:3]}) == 1
    assert pages["富奥动力电池一期项目"] == (pages["富奥动力电池项目"][0], "一期")
    assert all(n.merged for n in notes if set(n.names) & {"一汽新能源工厂"} and set(n.names) <= set(texts))


def test_a_group_name_before_its_unit_is_left_out_of_the_key(catalogue):
    # tuning half: 中国一汽红旗新能源汽车工厂项目 (one article) and 一汽红旗新能源汽车工厂 (ra06)
    firms = company_matcher([Company("中国一汽", aliases=("一汽",)), Company("红旗", aliases=("一汽红旗",), parent="中国一汽")])
    texts = ["中国一汽红旗新能源汽车工厂项目", "一汽红旗新能源汽车工厂"]
    pages, _ = group_projects(Counter(texts), catalogue, firms, [], [])
    assert pages[texts[0]][0] == pages[texts[1]][0]


def test_a_company_short_form_in_a_name_joins_the_catalogue_entry(catalogue):
    # rb14: 金賽藥業國際醫藥產業園 beside the listed 金赛国际医药产业园
    pages, _ = grouped(catalogue, ["金赛药业国际医药产业园", "长春新区金赛国际医药产业园项目"])
    assert pages["金赛药业国际医药产业园"] == ("金赛国际医药产业园", "")
    assert pages["长春新区金赛国际医药产业园项目"] == ("金赛国际医药产业园", "")


def test_a_short_name_inside_one_longer_name_is_merged_and_can_be_refused(catalogue):
    # rb26 writes both; rb16/rb14: 安沃 with and without 长春 and 抗体类
    texts = ["长东北生物医药产业园", "长东北生物与医药科技产业园", "安沃高新基因工程药物项目", "长春安沃高新基因工程抗体类药物项目"]
    pages, notes = grouped(catalogue, texts)
    assert pages["长东北生物医药产业园"][0] == pages["长东北生物与医药科技产业园"][0]
    assert pages["安沃高新基因工程药物项目"][0] == pages["长春安沃高新基因工程抗体类药物项目"][0]
    assert any(n.merged and "长东北生物医药产业园" in n.names for n in notes)
    pages, notes = grouped(catalogue, texts, not_same=[("长东北生物医药产业园", "长东北生物与医药科技产业园")])
    assert pages["长东北生物医药产业园"][0] != pages["长东北生物与医药科技产业园"][0]


def test_a_short_name_inside_two_different_names_stays_apart(catalogue):
    texts = ["光谷智能装备产业园", "光谷智能装备制造产业园", "光谷智能装备孵化产业园"]
    pages, _ = grouped(catalogue, texts)
    assert len({pages[t][0] for t in texts}) == 3  # which one 光谷智能装备产业园 is, nobody can tell


def test_doubtful_pairs_are_reported_and_same_merges_them(catalogue):
    texts = ["精细化工中试基地", "北湖精细化工新材料产业示范园"]
    pages, notes = grouped(catalogue, texts)
    assert pages[texts[0]][0] != pages[texts[1]][0]
    assert any(not n.merged and set(n.names) == set(texts) for n in notes)
    pages, _ = grouped(catalogue, texts, same=[tuple(texts)])
    assert pages[texts[0]][0] == pages[texts[1]][0]


def test_a_workshop_of_a_company_is_not_merged_with_its_plant(catalogue):
    # the seeds: 中车长客智能工厂 is not 中车长客智能制造示范工厂 (nothing of its own but the company)
    firms = company_matcher([Company("中车长客")])
    pages, _ = group_projects(Counter(["中车长客智能工厂", "中车长客智能制造示范工厂"]), catalogue, firms, [], [])
    assert pages["中车长客智能工厂"][0] != pages["中车长客智能制造示范工厂"][0]


@pytest.mark.parametrize("name, core", [
    ("长春金赛药业有限责任公司", "金赛药业"),
    ("长光卫星技术有限公司", "长光卫星技术"),
    ("长光卫星技术股份有限公司", "长光卫星技术"),
    ("中国中车长春轨道客车股份有限公司", "轨道客车"),  # the group 中车 before the unit's place and name is left out
    ("长春高新技术产业(集团)股份有限公司", "高新技术产业"),
])
def test_a_registered_name_is_reduced_to_its_core(name, core):
    assert company_core(name) == core


def test_a_short_form_the_article_introduces_is_read():
    assert introduced_short_form("（以下简称“飞凡生物”）是一家") == "飞凡生物"
    assert introduced_short_form("(简称长光卫星),成立于") == "长光卫星"
    assert introduced_short_form("成立于2014年") == ""


# --- end to end, on pages of the tuning half ----------------------------------------------------
@pytest.fixture(scope="module")
def tuning_kb():
    chosen = [p for p in pages("tune") if p.name in {"rb04", "rb07", "rb08", "rb14", "rb16", "rb17", "rb26", "ra12", "ra14", "ra16"}]
    assert len(chosen) == 10
    return build(chosen)


def test_legal_and_short_company_names_land_on_one_company_page(tuning_kb):
    by_text = {}
    for m in tuning_kb.company_mentions:
        by_text.setdefault(m.text, set()).add(m.company)
    # rb04/rb08: the old legal name; rb07: the new one; the short name everywhere
    assert by_text["长光卫星技术有限公司"] == by_text["长光卫星技术股份有限公司"] == by_text["长光卫星"] == {"长光卫星"}
    # rb14 (traditional): the legal name of 金赛药业; ra14: 中国 before a listed registered name
    assert by_text["长春金赛药业有限责任公司"] == {"金赛药业"}
    assert by_text["中国中车长春轨道客车股份有限公司"] == {"中车长客"}
    assert by_text["中车长客股份公司"] == {"中车长客"}  # ra16
    # a registered name nobody listed is a company of its own, with a page record
    names = {c.name for c in tuning_kb.companies}
    assert "长春安沃高新生物制药有限公司" in names


def test_one_project_named_two_ways_by_two_articles_is_one_page(tuning_kb):
    by_text = {m.text: m.canonical for m in tuning_kb.project_mentions}
    # rb14 長春安沃…項目 (traditional, read simplified) and rb16 安沃…项目
    assert by_text["长春安沃高新基因工程抗体类药物项目"] == by_text["安沃高新基因工程抗体类药物项目"]
    assert by_text["金赛药业国际医药产业园"] == by_text["金赛国际医药产业园项目"] == "金赛国际医药产业园"
    project = next(p for p in tuning_kb.projects if p.name == by_text["安沃高新基因工程抗体类药物项目"])
    assert set(project.articles) == {"rb14", "rb16"}
    assert [i.money.text for i in project.investments] == ["13.8亿元"]


def test_a_reader_finds_one_page_with_every_name_phase_figure_and_source(tmp_path):
    from atlas.build import build as build_pages
    from real_corpus import project_with

    chosen = [p for p in pages("tune") if p.name in {"ra24", "ra25", "rb14", "rb16"}]
    project = project_with(chosen, tmp_path)
    result = build_pages(project, strict=True)
    assert result.kb is not None and not result.superseded
    kb = project / "docs" / "kb"
    battery = next(p for p in (kb / "projects").glob("*.md") if "一汽弗迪动力电池项目" in p.read_text(encoding="utf-8")[:200])
    text = battery.read_text(encoding="utf-8")
    # ra24: 比亚迪动力电池二期 is a row of the whole project's page, beside the names ra24/ra25 use
    assert "## 分期" in text and "| 二期 | 比亚迪动力电池二期 |" in text
    assert "比亚迪动力电池" in text.split("**又称**")[1].splitlines()[0]
    anwo = next(p for p in (kb / "projects").glob("*.md") if "安沃高新基因工程" in p.read_text(encoding="utf-8")[:200])
    text = anwo.read_text(encoding="utf-8")
    assert "长春安沃高新基因工程抗体类药物项目" in text and "安沃高新基因工程抗体类药物项目" in text
    assert "13\\.8亿元" in text.split("## 投资额")[1]  # rb16's figure, on the page rb14 names too
    assert "**来源** 2 篇文章" in text  # both sources


def test_same_in_companies_yaml_joins_a_short_name_nobody_listed(tmp_path):
    # rb14 names 长春高新技术产业(集团)股份有限公司, rb17 says 长春高新: no rule can tell, the editors can
    from real_corpus import project_with

    chosen = [p for p in pages("tune") if p.name in {"rb14", "rb17"}]
    project = project_with(chosen, tmp_path)
    companies = project / "data" / "companies.yaml"
    companies.write_text(companies.read_text(encoding="utf-8")
                         + "same:\n  - [长春高新技术产业(集团)股份有限公司, 长春高新]\n", encoding="utf-8")
    from atlas.build import extract_and_link, read_all
    from atlas.config import Paths

    articles, problems = read_all(Paths(project))
    kb = extract_and_link(articles, problems, project)
    owners = {m.company for m in kb.company_mentions if m.text in ("长春高新", "长春高新技术产业(集团)股份有限公司")}
    assert len(owners) == 1
    assert {m.article for m in kb.company_mentions if m.company in owners} == {"rb14", "rb17"}


@pytest.mark.parametrize("text, written, company", [
    # rb08 (tuning half): an old legal name, then the short form the article introduces
    ("“吉林一号”高分03-1组卫星由长光卫星技术有限公司(以下简称长光卫星)自主研发。", "长光卫星技术有限公司", "长光卫星"),
    # ra17: a listed short name with a legal-form word after it
    ("聚集起来，不仅有利于长客股份就近取材，提高生产效率。", "长客股份", "中车长客"),
    # a place before a listed registered name belongs to the name (吉林长光卫星技术股份有限公司)
    ("吉林长光卫星技术股份有限公司成功发射卫星。", "吉林长光卫星技术股份有限公司", "长光卫星"),
])
def test_a_company_is_found_under_its_legal_and_short_names(tmp_path, text, written, company):
    from atlas.extract.facts import ArticleFacts
    from atlas.extract.companies import company_mentions, load_companies
    from atlas.link.company_names import link_company_names
    from atlas.records import Article, Block, BlockKind

    listed = load_companies(ROOT, [])
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
    found, unknown = company_mentions(article, company_matcher(listed))
    facts = ArticleFacts(article, article, {}, (), tuple(found), tuple(unknown), (), (), ())
    linked = link_company_names([facts], listed, (), ())
    whole = next(m for m in linked.mentions if m.text == written)
    assert whole.company == company
    # the shorter listed name inside it is not counted a second time
    assert [m for m in linked.mentions if whole.start <= m.start and m.end <= whole.end] == [whole]


def test_a_found_name_holding_one_listed_name_joins_its_entry(catalogue):
    # the listed name is the short side: ra23 一汽红旗新能源繁荣工厂 / 红旗繁荣现代化工厂 beside the listed
    # 一汽红旗繁荣工厂; 一汽弗迪新能源动力电池项目 beside the listed 一汽弗迪动力电池项目 (issue 18)
    from atlas.extract.companies import load_companies
    firms = company_matcher(load_companies(ROOT, []))
    texts = ["一汽红旗新能源繁荣工厂", "红旗繁荣现代化工厂", "一汽弗迪新能源动力电池项目"]
    pages, notes = group_projects(Counter(texts), catalogue, firms, [], [])
    assert [pages[t] for t in texts] == [("一汽红旗繁荣工厂", ""), ("一汽红旗繁荣工厂", ""), ("一汽弗迪动力电池项目", "")]
    assert any(n.merged and "红旗繁荣现代化工厂" in n.names for n in notes)
    # also when an article writes the listed name without its group (ra21: 紅旗繁榮工廠)
    pages, _ = group_projects(Counter(texts + ["红旗繁荣工厂"]), catalogue, firms, [], [])
    assert {pages[t][0] for t in texts[:2] + ["红旗繁荣工厂"]} == {"一汽红旗繁荣工厂"}
    # refused by the editors' line; a name of another head (a supplier park) never joins
    pages, _ = group_projects(Counter(texts + ["一汽红旗繁荣工厂配套产业园"]), catalogue, firms, [],
                              [("红旗繁荣现代化工厂", "一汽红旗繁荣工厂")])
    assert pages["红旗繁荣现代化工厂"][0] != "一汽红旗繁荣工厂" and pages["一汽红旗新能源繁荣工厂"][0] == "一汽红旗繁荣工厂"
    assert pages["一汽红旗繁荣工厂配套产业园"][0] != "一汽红旗繁荣工厂"


def test_a_short_form_an_article_uses_beside_its_full_name_is_that_project(catalogue):
    # rb15: 创新产业园项目 and 长春新区北湖科技开发区创新产业园项目 in one article; ra10: 轴齿工业园 and
    # 一汽轴齿中心工业园 (the short form is the full name's words in order, with the same head)
    from atlas.extract.companies import load_companies
    firms = company_matcher(load_companies(ROOT, []))
    rb15 = {"创新产业园项目", "长春新区北湖科技开发区创新产业园项目"}
    ra10 = {"一汽轴齿中心工业园", "轴齿工业园", "模具工业园"}
    texts = Counter(rb15 | ra10)
    pages, notes = group_projects(texts, catalogue, firms, [], [], articles=[rb15, ra10])
    assert pages["创新产业园项目"][0] == pages["长春新区北湖科技开发区创新产业园项目"][0]
    assert pages["轴齿工业园"][0] == pages["一汽轴齿中心工业园"][0] != pages["模具工业园"][0]
    assert any(n.merged and "轴齿工业园" in n.names for n in notes)
    # written in two articles as the short form of two different names: nobody can tell which
    other = {"创新产业园项目", "净月创新产业园项目"}
    pages, _ = group_projects(texts + Counter(other), catalogue, firms, [], [], articles=[rb15, ra10, other])
    assert len({pages[t][0] for t in rb15 | other}) == 3
    # a company and generic words may be any plant of the company (seed 000 names both, two projects)
    seed = {"中车长客智能工厂", "中车长客智能制造示范工厂"}
    pages, _ = group_projects(Counter(seed), catalogue, firms, [], [], articles=[seed])
    assert pages["中车长客智能工厂"][0] != pages["中车长客智能制造示范工厂"][0]
    # the same names in two different articles are not joined by this rule
    pages, _ = group_projects(texts, catalogue, firms, [], [], articles=[{"创新产业园项目"}, {"长春新区北湖科技开发区创新产业园项目"}])
    assert pages["创新产业园项目"][0] != pages["长春新区北湖科技开发区创新产业园项目"][0]


def test_two_pages_of_one_company_with_one_head_are_proposed_not_merged(catalogue):
    # ra06 一汽红旗新能源汽车工厂 and the listed 一汽红旗繁荣工厂: the same plant (the gold says so), but
    # nothing in the names proves it: the report proposes the `same:` line
    from atlas.extract.companies import load_companies
    firms = company_matcher(load_companies(ROOT, []))
    texts = ["一汽红旗新能源汽车工厂", "一汽红旗繁荣工厂"]
    pages, notes = group_projects(Counter(texts), catalogue, firms, [], [])
    assert pages["一汽红旗新能源汽车工厂"][0] != pages["一汽红旗繁荣工厂"][0]
    assert any(not n.merged and set(n.names) == {"一汽红旗新能源汽车工厂", "一汽红旗繁荣工厂"} for n in notes)
    pages, _ = group_projects(Counter(texts), catalogue, firms, [("一汽红旗新能源汽车工厂", "一汽红旗繁荣工厂")], [])
    assert pages["一汽红旗新能源汽车工厂"][0] == "一汽红旗繁荣工厂"


def test_a_company_and_head_alone_is_the_one_listed_entry_of_that_company_and_head(catalogue):
    # rd14: 金赛药业产业园, when the editors list one 产业园 of 金赛药业 (金赛国际医药产业园) and no
    # article names another; a name with words of its own (中车长客智能工厂) is left alone
    from atlas.extract.companies import load_companies
    firms = company_matcher(load_companies(ROOT, []))
    pages, notes = group_projects(Counter(["金赛药业产业园"]), catalogue, firms, [], [])
    assert pages["金赛药业产业园"] == ("金赛国际医药产业园", "")
    assert any(n.merged and "金赛药业产业园" in n.names for n in notes)
    # a second 产业园 of the company found elsewhere: nobody can tell which one is meant
    pages, _ = group_projects(Counter(["金赛药业产业园", "金赛药业生物制剂产业园"]), catalogue, firms, [], [])
    assert pages["金赛药业产业园"][0] == "金赛药业产业园"
    pages, _ = group_projects(Counter(["金赛药业产业园"]), catalogue, firms, [], [("金赛药业产业园", "金赛国际医药产业园")])
    assert pages["金赛药业产业园"][0] == "金赛药业产业园"


def listed_firms():
    from atlas.extract.companies import load_companies
    return company_matcher(load_companies(ROOT, []))


def test_names_that_differ_only_by_optional_words_or_synonyms_are_one_project(catalogue):
    # re07 一汽富維智慧工業園 / re08 一汽富维智能工业园; rd19 亚泰医药产业园 / 亚泰生物医药产业园 (tuning
    # half); 日系工业园 / 日系汽车工业园 (re09 and others); the words are in data/projects.yaml `alias_words:`
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    texts = ["一汽富维智慧工业园", "一汽富维智能工业园", "亚泰医药产业园", "亚泰生物医药产业园", "日系工业园", "日系汽车工业园"]
    pages, notes = group_projects(Counter(texts), catalogue, listed_firms(), [], [], alias_words=words)
    assert pages["一汽富维智慧工业园"][0] == pages["一汽富维智能工业园"][0]
    assert pages["亚泰医药产业园"][0] == pages["亚泰生物医药产业园"][0]
    assert pages["日系工业园"][0] == pages["日系汽车工业园"][0]
    assert len({pages[t][0] for t in texts}) == 3
    assert any(n.merged and set(n.names) == {"亚泰医药产业园", "亚泰生物医药产业园"} for n in notes)
    # nothing of their own beyond a company and generic words: any plant of the company (seed 000)
    seed = ["中车长客智能工厂", "中车长客工厂"]
    pages, _ = group_projects(Counter(seed), catalogue, company_matcher([Company("中车长客")]), [], [], alias_words=words)
    assert pages[seed[0]][0] != pages[seed[1]][0]
    # another word of its own (研发 / 生产 are no optional words) keeps them apart; not_same refuses
    pages, _ = group_projects(Counter(["亚泰研发基地", "亚泰生产基地"]), catalogue, listed_firms(), [], [], alias_words=words)
    assert pages["亚泰研发基地"][0] != pages["亚泰生产基地"][0]
    pages, _ = group_projects(Counter(texts), catalogue, listed_firms(), [], [("亚泰医药产业园", "亚泰生物医药产业园")], alias_words=words)
    assert pages["亚泰医药产业园"][0] != pages["亚泰生物医药产业园"][0]


def test_a_company_and_generic_words_join_the_companys_one_generic_listed_entry(catalogue):
    # rc07 奧迪一汽新能源汽車工廠, rg24 奧迪一汽新能源合資項目, ra05 奥迪一汽新能源公司长春基地, ra25/rc10
    # 奥迪新能源整车工厂 (奥迪 begins the joint venture's name 奥迪一汽): the listed 奥迪一汽新能源汽车项目 is
    # itself only the company and generic words, and the company's other listed entry is a park
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    texts = ["奥迪一汽新能源汽车工厂", "奥迪一汽新能源合资项目", "奥迪一汽新能源公司长春基地", "奥迪新能源整车工厂", "奥迪内卡苏姆工厂"]
    pages, notes = group_projects(Counter(texts), catalogue, listed_firms(), [], [], alias_words=words)
    assert [pages[t][0] for t in texts[:4]] == ["奥迪一汽新能源汽车项目"] * 4
    assert pages["奥迪内卡苏姆工厂"][0] == "奥迪内卡苏姆工厂"  # a plant with a name of its own (Neckarsulm)
    assert any(n.merged and "奥迪新能源整车工厂" in n.names for n in notes)
    # the listed 一汽红旗繁荣工厂 has a word of its own: 一汽红旗新能源汽车工厂 is only proposed
    pages, _ = group_projects(Counter(["一汽红旗新能源汽车工厂"]), catalogue, listed_firms(), [], [], alias_words=words)
    assert pages["一汽红旗新能源汽车工厂"][0] != "一汽红旗繁荣工厂"


def test_a_place_abbreviated_to_its_first_character_is_that_place(catalogue):
    # rd06 长智光谷产业园 = 长(春)智(能)光谷产业园, rd05 长春智能光谷产业园项目
    texts = ["长智光谷产业园", "长春智能光谷产业园项目"]
    pages, notes = grouped(catalogue, texts)
    assert pages[texts[0]][0] == pages[texts[1]][0]
    assert any(n.merged and "长智光谷产业园" in n.names for n in notes)


def test_a_name_without_its_leading_words_is_only_proposed(catalogue):
    # re10 交通裝備製造產業園 / rc13 長春軌道交通裝備製造産業園: the words left out may name another place
    # (the benchmark's 鼎华泰 copies of the seeds' projects are other projects), so the report proposes it
    texts = ["交通装备制造产业园", "长春轨道交通装备制造产业园"]
    pages, notes = grouped(catalogue, texts)
    assert pages[texts[0]][0] != pages[texts[1]][0]
    assert any(not n.merged and set(n.names) == set(texts) for n in notes)
    pages, _ = grouped(catalogue, ["金赛生长激素", "长春新区生长激素"])
    assert pages["金赛生长激素"][0] != pages["长春新区生长激素"][0]


def test_names_whose_own_words_start_alike_are_proposed(catalogue):
    # ra20 吉林玲珑工厂 / the seeds' 吉林玲珑轮胎项目; 长春丰越主机厂 / 一汽丰越项目 (tuning half): the report
    # proposes the `same:` line
    texts = ["吉林玲珑工厂", "吉林玲珑轮胎项目", "长春丰越主机厂", "一汽丰越项目"]
    pages, notes = grouped(catalogue, texts)
    assert len({pages[t][0] for t in texts}) == 4
    assert any(not n.merged and set(n.names) == {"吉林玲珑工厂", "吉林玲珑轮胎项目"} for n in notes)
    assert any(not n.merged and set(n.names) == {"长春丰越主机厂", "一汽丰越项目"} for n in notes)


def test_a_name_without_its_company_is_the_one_name_with_it(catalogue):
    # rh06 J7智能工廠項目 / ra07 一汽解放J7整車智能工廠 (整车 is an optional word); an industry alone never
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    texts = ["J7智能工厂项目", "一汽解放J7整车智能工厂"]
    pages, notes = group_projects(Counter(texts), catalogue, listed_firms(), [], [], alias_words=words)
    assert pages[texts[0]][0] == pages[texts[1]][0]
    assert any(n.merged and "J7智能工厂项目" in n.names for n in notes)
    # two companies' names of one plant: nobody can tell which
    texts += ["一汽-大众J7智能工厂"]
    pages, _ = group_projects(Counter(texts), catalogue, listed_firms(), [], [], alias_words=words)
    assert pages["J7智能工厂项目"][0] not in (pages["一汽解放J7整车智能工厂"][0], pages["一汽-大众J7智能工厂"][0])
    # a name of an industry's park or with nothing of its own stays apart
    pages, _ = group_projects(Counter(["新能源汽车产业园", "一汽新能源汽车产业园"]), catalogue, listed_firms(), [], [], alias_words=words)
    assert pages["新能源汽车产业园"][0] != pages["一汽新能源汽车产业园"][0]


@pytest.mark.parametrize("section, warned", [
    ('alias_words: "生物"\n', True),  # not a mapping: reported with its line, left out
    ('alias_words:\n  optional: ["(", ".*", "", "[^a]+"]\n  same_meaning: [["(", ")"]]\n', False),
])
def test_an_editors_alias_words_are_words_never_patterns(tmp_path, catalogue, section, warned):
    # data/projects.yaml is input: regex characters in `alias_words:` are plain characters, so they
    # neither crash the grouping nor make two different projects one
    from atlas.extract.name_pairs import load_alias_words
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "projects.yaml").write_text("projects: []\n" + section, encoding="utf-8")
    problems = []
    words = load_alias_words(tmp_path, problems)
    assert [(p.file, p.line) for p in problems] == ([("data/projects.yaml", 2)] if warned else [])
    texts = ["亚泰研发基地", "亚泰生产基地", "一汽富维智慧工业园", "一汽富维智能工业园"]
    pages, _ = group_projects(Counter(texts), catalogue, listed_firms(), [], [], alias_words=words)
    assert len({pages[t][0] for t in texts}) == 4


def test_a_description_without_a_company_joins_a_companys_plant_only_where_its_article_names_that_company(catalogue):
    # 动力电池项目, 高速列车制造基地: a plant named by what it makes, no company, no code of its own, is
    # “the battery plant” of whichever company its article is about (general counter-case: an article
    # about another company's battery plant must not land on 比亚迪's page)
    texts = ["比亚迪动力电池工厂", "动力电池工厂"]
    pages, notes = group_projects(Counter(texts), catalogue, FIRMS, [], [], articles=[{texts[0]}, {texts[1]}],
                                  article_firms=[{"比亚迪"}, {"宁德时代"}])
    assert pages["动力电池工厂"][0] != pages["比亚迪动力电池工厂"][0]
    assert any(not n.merged and set(n.names) == set(texts) for n in notes)  # proposed, with the `same:` line
    # the article that writes it names that company: the company's plant
    pages, notes = group_projects(Counter(texts), catalogue, FIRMS, [], [], articles=[{texts[0]}, {texts[1]}],
                                  article_firms=[{"比亚迪"}, {"比亚迪", "中国一汽"}])
    assert pages["动力电池工厂"][0] == pages["比亚迪动力电池工厂"][0]
    # nothing known of its article: proposed, not merged
    pages, _ = group_projects(Counter(texts), catalogue, FIRMS, [], [])
    assert pages["动力电池工厂"][0] != pages["比亚迪动力电池工厂"][0]


def test_two_descriptions_in_articles_about_different_companies_stay_two_plants(catalogue):
    # 动力电池项目 / 新能源动力电池项目 differ only by an optional word, but neither names its company:
    # in articles about two companies they are two plants; in one article, or two about one company, one
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    texts = ["动力电池项目", "新能源动力电池项目"]
    pages, notes = group_projects(Counter(texts), catalogue, FIRMS, [], [], articles=[{texts[0]}, {texts[1]}],
                                  alias_words=words, article_firms=[{"宁德时代"}, {"比亚迪"}])
    assert pages[texts[0]][0] != pages[texts[1]][0]
    assert any(not n.merged and set(n.names) == set(texts) for n in notes)
    pages, _ = group_projects(Counter(texts), catalogue, FIRMS, [], [], articles=[{texts[0]}, {texts[1]}],
                              alias_words=words, article_firms=[{"比亚迪"}, {"比亚迪"}])
    assert pages[texts[0]][0] == pages[texts[1]][0]
    # a park keeps its name across articles (亚泰医药产业园 / 亚泰生物医药产业园: a place of its own)
    parks = ["长东医药产业园", "长东生物医药产业园"]
    pages, _ = group_projects(Counter(parks), catalogue, FIRMS, [], [], articles=[{parks[0]}, {parks[1]}],
                              alias_words=words, article_firms=[set(), set()])
    assert pages[parks[0]][0] == pages[parks[1]][0]


def test_words_of_one_meaning_join_names_with_nothing_of_their_own(catalogue):
    # re07 一汽富維智慧工業園 / re08 一汽富维智能工业园 once 一汽富维 is a listed company: nothing of their own
    # beyond the company, a synonym and a head, still one name; an optional word is not enough there
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    firms = company_matcher([Company("一汽富维"), Company("中车长客")])
    pages, _ = group_projects(Counter(["一汽富维智慧工业园", "一汽富维智能工业园"]), catalogue, firms, [], [], alias_words=words)
    assert pages["一汽富维智慧工业园"][0] == pages["一汽富维智能工业园"][0]
    pages, _ = group_projects(Counter(["中车长客整车工厂", "中车长客工厂"]), catalogue, firms, [], [], alias_words=words)
    assert pages["中车长客整车工厂"][0] != pages["中车长客工厂"][0]


def test_two_districts_parks_of_one_name_are_two_parks(catalogue):
    # general counter-case: 创新产业园 of two districts (净月高新区 / 长春新区) are two parks; a name without a
    # district may be either's; one place under two names (长春国际汽车城 / 汽开区) is one place
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    texts = ["净月高新区创新产业园", "长春新区创新产业园"]
    pages, notes = group_projects(Counter(texts), catalogue, FIRMS, [], [], alias_words=words)
    assert pages[texts[0]][0] != pages[texts[1]][0]
    assert any(not n.merged and set(n.names) == set(texts) for n in notes)
    texts = ["长春国际汽车城红旗新能源产业园", "汽开区红旗新能源产业园"]
    pages, _ = group_projects(Counter(texts), catalogue, FIRMS, [], [], alias_words=words)
    assert pages[texts[0]][0] == pages[texts[1]][0]


def test_a_national_prefix_and_a_parks_two_head_words_make_no_other_project(catalogue):
    # rc11/rc13 中国高速列车工程试验中心 / 高速列车工程试验中心; re10 长春轨道交通装备制造产业园区 / 产业园
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    for texts in (["中国高速列车工程试验中心", "高速列车工程试验中心"], ["长春轨道交通装备制造产业园区", "长春轨道交通装备制造产业园"]):
        pages, _ = group_projects(Counter(texts), catalogue, FIRMS, [], [], alias_words=words)
        assert pages[texts[0]][0] == pages[texts[1]][0], texts
    # a park of another industry stays another park
    texts = ["长春轨道交通装备制造产业园区", "长春汽车零部件制造产业园"]
    pages, _ = group_projects(Counter(texts), catalogue, FIRMS, [], [], alias_words=words)
    assert pages[texts[0]][0] != pages[texts[1]][0]


def test_an_industrys_park_written_short_is_the_one_full_name_its_article_gives(catalogue):
    # rc15: 长春汽车经济技术开发区新能源汽车产业园项目 … 新能源汽车产业园项目 (one article); in another article
    # the short name is another park; beside two full names it is neither
    from atlas.link.aliases import industry_short_forms
    rc15 = {"长春汽车经济技术开发区新能源汽车产业园项目", "新能源汽车产业园项目"}
    other = {"新能源汽车产业园项目", "一汽解放J7智能工厂"}
    two = {"新能源汽车产业园项目", "长春汽车经济技术开发区新能源汽车产业园项目", "公主岭经济开发区新能源汽车产业园项目"}
    out = industry_short_forms({"rc15": rc15, "other": other, "two": two}, catalogue, FIRMS)
    assert out[("rc15", "新能源汽车产业园项目")] == "长春汽车经济技术开发区新能源汽车产业园项目"
    assert ("other", "新能源汽车产业园项目") not in out and ("two", "新能源汽车产业园项目") not in out
    # two full names of one page (长春市汽开区新能源汽车产业园, the same park) are one full name
    rc15 |= {"长春市汽开区新能源汽车产业园"}
    pages, _ = group_projects(Counter(rc15), catalogue, FIRMS, [], [], articles=[rc15])
    out = industry_short_forms({"rc15": rc15}, catalogue, FIRMS, pages)
    assert pages[out[("rc15", "新能源汽车产业园项目")]][0] == pages["长春市汽开区新能源汽车产业园"][0]


def test_an_article_about_a_group_is_about_its_units_plants_too():
    # a description (动力电池项目) in an article naming 中国一汽 and 比亚迪 joins 一汽弗迪's plant (a unit of 中国一汽)
    from atlas.extract.companies import load_companies
    from atlas.link.projects import with_units
    listed = load_companies(ROOT, [])
    assert "一汽弗迪" in with_units({"中国一汽", "比亚迪"}, listed)
    assert "一汽弗迪" not in with_units({"宁德时代"}, listed)


def test_a_product_word_added_right_before_the_head_is_proposed_not_merged(catalogue):
    # constructed counter-case: 碳纤维产业园 and 碳纤维复合材料产业园 of one company may be two parks; the
    # longer name adds one word of its own right before the head, so the pair is reported, not merged
    texts = ["华信碳纤维产业园", "华信碳纤维复合材料产业园"]
    pages, notes = grouped(catalogue, texts)
    assert pages["华信碳纤维产业园"][0] != pages["华信碳纤维复合材料产业园"][0]
    assert any(not n.merged and set(n.names) == set(texts) for n in notes)
    # the editors' same: still joins them
    pages, _ = grouped(catalogue, texts, same=[tuple(texts)])
    assert pages["华信碳纤维产业园"][0] == pages["华信碳纤维复合材料产业园"][0]
    # words added in two places, or generic ones, still make one project (长东北…, above)


def test_a_number_in_a_name_is_whole_never_a_subsequence(catalogue):
    # constructed counter-case: 15万吨 and 1.5万吨 plants of one company are two projects (the
    # characters 1, 5 of 15 stand in 1.5 in order, but a number is one word)
    texts = ["吉林化纤15万吨碳纤维项目", "吉林化纤1.5万吨碳纤维项目"]
    pages, _ = grouped(catalogue, texts)
    assert pages[texts[0]][0] != pages[texts[1]][0]
    # a name without the number may still be the numbered one's short form (its own words in order)
    pages, _ = grouped(catalogue, ["长东北生物医药产业园", "长东北生物与医药科技产业园"])
    assert pages["长东北生物医药产业园"][0] == pages["长东北生物与医药科技产业园"][0]


def test_a_short_form_keeps_its_city_when_its_full_name_adds_a_district(catalogue):
    # rf01: the headline's 长春光电信息产业园三期 and the text's 长春经开光电信息产业园三期项目 (经开 = the
    # district) in one article are one park: the short form is compared with the full name as written
    # (an industry's park keeps 长春 in its key, the full name loses it)
    rf01 = {"长春光电信息产业园三期", "长春经开光电信息产业园三期项目", "光电信息产业园三期", "CMOS相机产业园"}
    pages, notes = group_projects(Counter(rf01), catalogue, FIRMS, [], [], articles=[rf01])
    assert pages["长春光电信息产业园三期"] == pages["长春经开光电信息产业园三期项目"]
    assert pages["长春光电信息产业园三期"][1] == "三期"
    # in two articles nothing says the city's park is the district's
    pages, _ = group_projects(Counter(rf01), catalogue, FIRMS, [], [],
                              articles=[{"长春光电信息产业园三期"}, {"长春经开光电信息产业园三期项目"}])
    assert pages["长春光电信息产业园三期"][0] != pages["长春经开光电信息产业园三期项目"][0]


def test_an_industrys_park_phase_written_short_is_the_one_full_name_other_articles_shorten_so(catalogue):
    # rj02 writes 光电信息产业园三期 alone; rf01 writes it as the short form of 长春光电信息产业园三期: the
    # same phase of the same park, since no other article gives the short phase another full name
    from atlas.link.aliases import industry_short_forms
    rf01 = {"长春光电信息产业园三期", "光电信息产业园三期"}
    rj02 = {"光电信息产业园三期", "光电信息产业园", "光电信息产业园一期"}
    articles = {"rf01": rf01, "rj02": rj02}
    pages, _ = group_projects(Counter(rf01 | rj02), catalogue, FIRMS, [], [], articles=list(articles.values()))
    out = industry_short_forms(articles, catalogue, FIRMS, pages)
    assert out[("rj02", "光电信息产业园三期")] == "长春光电信息产业园三期"
    # no article shortens the first phase so, and the bare park is no phase: both stay where they are
    assert ("rj02", "光电信息产业园一期") not in out and ("rj02", "光电信息产业园") not in out
    # rf01 names the park only by its third phase's full name: its bare 光电信息产业园 (the whole park)
    # shortens no full name the article gives, so it is not made the phase's page
    rf01 |= {"长春经开光电信息产业园三期项目", "光电信息产业园"}
    pages, _ = group_projects(Counter(rf01 | rj02), catalogue, FIRMS, [], [], articles=list(articles.values()))
    out = industry_short_forms(articles, catalogue, FIRMS, pages)
    assert ("rf01", "光电信息产业园") not in out and out[("rf01", "光电信息产业园三期")] == "长春光电信息产业园三期"
    # constructed: two articles give the short phase two different parks' full names: nobody can tell
    other = {"合肥光电信息产业园三期", "光电信息产业园三期"}
    articles["other"] = other
    pages, _ = group_projects(Counter(rf01 | rj02 | other), catalogue, FIRMS, [], [], articles=list(articles.values()))
    out = industry_short_forms(articles, catalogue, FIRMS, pages)
    assert ("rj02", "光电信息产业园三期") not in out


def test_a_short_form_beside_two_written_forms_of_one_full_name_is_that_name(catalogue):
    # re14: 中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目 (p2) and …制品 without 项目 (p4) are one full name;
    # the article's 3万吨聚乳酸原料项目 is its short form
    re14 = {"中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目", "中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品", "3万吨聚乳酸原料项目"}
    pages, _ = group_projects(Counter(re14), catalogue, FIRMS, [], [], articles=[re14])
    assert len({pages[t][0] for t in re14}) == 1
    # beside two different full names it is neither's
    two = {"中粮年产3万吨聚乳酸原料及3万吨聚乳酸下游制品项目", "丰原年产3万吨聚乳酸原料及制品项目", "3万吨聚乳酸原料项目"}
    pages, _ = group_projects(Counter(two), catalogue, FIRMS, [], [], articles=[two])
    assert pages["3万吨聚乳酸原料项目"][0] == "3万吨聚乳酸原料项目"


def test_a_name_with_no_head_but_project_is_the_one_name_that_adds_a_head_to_it(catalogue):
    # 长智光谷项目 / 长智光谷产业园 (= 长春智能光谷产业园): the project of the park it names
    texts = ["长智光谷项目", "长智光谷产业园", "长春智能光谷产业园"]
    pages, notes = grouped(catalogue, texts)
    assert len({pages[t][0] for t in texts}) == 1
    # two things of that name (a park and a science city): nobody can tell which
    texts = ["华信光谷项目", "华信光谷产业园", "华信光谷科技城"]
    pages, _ = grouped(catalogue, texts)
    assert len({pages[t][0] for t in texts}) == 3
    # a company alone with 项目 may be any of its projects
    pages, _ = grouped(catalogue, ["比亚迪项目", "比亚迪工厂"])
    assert pages["比亚迪项目"][0] != pages["比亚迪工厂"][0]


def test_a_company_and_generic_words_join_the_companys_one_listed_project(catalogue):
    # rh20, rh21: 一汽弗迪新能源工厂 beside the listed 一汽弗迪动力电池项目, the only entry of the joint venture
    # 一汽弗迪 (its 动力电池 words are its own, but the company has no other project anybody names)
    from atlas.extract.name_pairs import load_alias_words
    words = load_alias_words(ROOT, [])
    texts = ["一汽弗迪新能源工厂", "一汽弗迪新能源动力电池项目"]
    # (a production line in its plant is a part of a plant, no other project: rh20)
    pages, notes = group_projects(Counter(texts + ["一汽弗迪一期工厂电池包生产线"]), catalogue, listed_firms(), [], [], alias_words=words)
    assert [pages[t][0] for t in texts] == ["一汽弗迪动力电池项目"] * 2
    # constructed: an article names another project of the company: the plant may be either
    texts += ["一汽弗迪储能电池项目"]
    pages, notes = group_projects(Counter(texts), catalogue, listed_firms(), [], [], alias_words=words)
    assert pages["一汽弗迪新能源工厂"][0] == "一汽弗迪新能源工厂"


def test_a_name_the_article_says_is_another_is_that_project_or_phase(catalogue):
    # rf02: 光电信息产业园一期(即CMOS相机技术与应用产业园): the text says the park is the first phase; every
    # name of that park (rj02's CMOS相机产业园) is then the phase's row on the whole park's page
    from atlas.link.aliases import join_stated, stated_pairs
    text = "共同打造光电信息产业园一期(即CMOS相机技术与应用产业园),吸引企业入驻。"
    a, b = "光电信息产业园一期", "CMOS相机技术与应用产业园"
    spans = [(a, text.index(a), text.index(a) + len(a)), (b, text.index(b), text.index(b) + len(b))]
    assert stated_pairs(text, spans) == [(a, b)]
    texts = [a, b, "CMOS相机产业园", "光电信息产业园"]
    pages, notes = grouped(catalogue, texts)
    pages = join_stated(pages, [(a, b)], catalogue, [])
    assert pages[b] == pages["CMOS相机产业园"] == ("光电信息产业园", "一期") == pages[a]
    assert pages["光电信息产业园"] == ("光电信息产业园", "")
    # two names side by side are no such statement (A、B), and not_same refuses it
    assert stated_pairs("光电信息产业园一期、CMOS相机技术与应用产业园", [(a, 0, 9), (b, 10, 10 + len(b))]) == []
    pages, _ = grouped(catalogue, texts)
    assert join_stated(pages, [(a, b)], catalogue, [(b, "光电信息产业园")])[b][0] == "CMOS相机技术与应用产业园"


def test_a_project_written_after_the_park_it_stands_in_is_that_project(catalogue):
    # rf06/ri08: 长春高新生物医药产业园超高性能医疗器械产业化项目 and the listed 长春圣博玛超高性能医疗器械产业化项目
    # (alias 超高性能医疗器械产业化项目): the park before the name says where it stands
    texts = ["长春高新生物医药产业园超高性能医疗器械产业化项目", "长春圣博玛超高性能医疗器械产业化项目"]
    pages, notes = group_projects(Counter(texts), catalogue, listed_firms(), [], [])
    assert pages[texts[0]][0] == pages[texts[1]][0] == "长春圣博玛超高性能医疗器械产业化项目"
    # constructed: the words before are no park (a firm's name): another firm's project
    texts = ["华信科技超高性能医疗器械产业化项目"]
    pages, _ = group_projects(Counter(texts), catalogue, listed_firms(), [], [])
    assert pages[texts[0]][0] != "长春圣博玛超高性能医疗器械产业化项目"
