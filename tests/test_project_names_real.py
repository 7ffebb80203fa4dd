"""Project names on sentences of the real-article corpus's TUNING half (issue 18: name precision
and recall). Pages in traditional characters are matched on their simplified copy, as the build does."""
from __future__ import annotations

import pytest

from atlas.extract.companies import Company, company_matcher
from atlas.extract.project_names import load_catalogue
from atlas.extract.projects import ProjectFinder
from atlas.read.simplify import simplified
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def finder():
    catalogue = load_catalogue(ROOT, [])
    firms = company_matcher([Company("中国一汽", aliases=("一汽",)), Company("一汽解放"), Company("中车长客"),
                             Company("奥迪一汽", full="奥迪一汽新能源汽车有限公司"), Company("奥迪")])
    return ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher())


def names(finder, text):
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, simplified(text), (1,), "p1"),))
    return [m.text for m in finder.find(article, [])]


# --- a legal company name in front of a project is part of its name ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("继奥迪一汽新能源汽车项目落地长春之后,一汽弗迪新能源科技有限公司动力电池项目于去年2月在长春正式开工。",
     ["奥迪一汽新能源汽车项目", "一汽弗迪新能源科技有限公司动力电池项目"]),  # rc04
    ("行走在“汽车城”,项目施工场景目不暇接:一汽解放汽车有限公司车桥基地建设项目现场,室内装修如火如荼;"
     "福耀集团长春有限公司铝合金饰件生产项目厂房内,设备安装调试紧张有序。",
     ["一汽解放汽车有限公司车桥基地建设项目", "福耀集团长春有限公司铝合金饰件生产项目"]),  # rc10
])
def test_a_legal_company_name_before_a_project_is_part_of_the_name(finder, text, expected):
    assert names(finder, text) == expected


# --- a word before a name that only leads into it -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # rc02: what stands before 暨 (after a cut word) names nothing
    ("2020年4月15日,吉林省“三早”工程开工启动暨中国一汽红旗新能源汽车工厂项目开工启动仪式在长春汽开区中国一汽红旗新能源汽车工厂项目地举行。",
     ["中国一汽红旗新能源汽车工厂项目", "中国一汽红旗新能源汽车工厂项目"]),
    # rd19: a date, a city and a season before 暨
    ("當天,2025年長春市春季項目暨永春生物醫藥城項目集中開工活動舉行", ["永春生物医药城项目"]),
    # re07: a preposition before a known company (自一汽富维…)
    ("一汽富維董事長張丕傑表示,自一汽富維智慧工業園項目投建計劃以來,長春汽開區各部門全力推動。", ["一汽富维智慧工业园项目"]),
    # rd06: verbs that lead into the park they name (入驻, 导入)
    ("吉林大学仿生工程实验室、西安大医集团等企业及项目已签约入驻长智光谷产业园。", ["长智光谷产业园"]),
    # re09: a project word and its work (项目招商) before 及 end that item: the park after 及 is a name of its own
    ("将给日系汽车工业园带来福音,为下一步日系零部件项目招商及日系工业园的建设打下基础。", ["日系汽车工业园", "日系工业园"]),
    # ra21: a head followed by a place word (工厂中…) ends the name; the clause after it is no name
    ("電氣工程師于云鶴正在一汽集團新建設的紅旗繁榮工廠中緊張地調試著生產線上的程序。", ["红旗繁荣工厂"]),
    # rc11: 高速 is a word of the name, not an adverb before it (工程试验中心 alone names no one centre)
    ("25日上午,长春轨道客车股份有限公司的高速列车制造基地及工程试验中心在吉林省长春市开工建设。",
     ["高速列车制造基地"]),
])
def test_a_name_starts_after_the_words_that_lead_into_it(finder, text, expected):
    assert names(finder, text) == expected


# --- a place (district, county-level city, development zone) before a listed item -------------
@pytest.mark.parametrize("text, expected", [
    ("榆树市年产12万吨有机酸项目于2017年12月份投产,截至目前已累计生产2万吨柠檬酸。", ["年产12万吨有机酸项目"]),  # re02
    ("其中:宽城区海尔(长春)市场创新产业园项目二期已经完工。", ["海尔(长春)市场创新产业园项目二期"]),  # re02
    ("长春新区易华录国际食品安全创新产业园项目正在做降水和桩基础。", ["易华录国际食品安全创新产业园项目"]),  # re02
    ("净月高新区麦田国际学校项目正在内外部装修;农安县环境生态综合治理项目环评已批复。",
     ["麦田国际学校项目", "农安县环境生态综合治理项目"]),  # re02: the county stays where it is part of the name
    # re16: a city and a district before a generic phrase leave nothing of its own
    ("17日,绿园区举行“2023年长春市绿园区重点项目集中签约暨招商引资攻坚启动仪式”。", []),
    # the seeds: a place that is all the name has stays (新能源汽车产业园 alone is a kind of park)
    ("长春汽车经济技术开发区新能源汽车产业园项目开工。", ["长春汽车经济技术开发区新能源汽车产业园项目"]),
])
def test_a_district_before_a_name_is_not_part_of_it(finder, text, expected):
    assert names(finder, text) == expected


# --- what is not a project ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # re15: centres, malls, squares and towns in a list of projects are venues and shops
    ("北湖开发区晰晰马铃薯产业发展中心、新城吾悦广场等新建项目20个,欧亚北湖购物中心、亚泰医药产业园等续建项目55个;",
     ["亚泰医药产业园"]),
    ("长德开发区京东长春亚洲一号、中庆集团装配式建筑产业园等新建项目11个,东北亚(长春)国际机械城会展中心、"
     "智能装备产业园等续建项目36个;空港开发区普仁一期等新建项目9个、奥莱小镇等续建项目26个。",
     ["京东长春亚洲一号", "中庆集团装配式建筑产业园", "智能装备产业园", "普仁一期"]),
    # rg14: orders abroad are no projects of the city
    ("2014年,中车长客中标美国马萨诸塞州波士顿红橙线地铁项目,是中国高端装备首次进入美国,"
     "其后又先后中标波士顿红线加车项目,洛杉矶红、紫线项目等。", []),
    # rc04: every (各) plant of a group is no one plant; the main body (主体) of a project is no project
    ("长春汽开区近年来在一汽集团各主机厂及零部件企业支持下,全力支持汽车产业做大做强。", []),
    ("按照目前建设速度,有望两年时间实现主体项目建成投产。", []),
    # rf06: titles a firm was awarded are designations; a kind of research project
    ("先后被国家、省、市认定为国际科技合作基地、院士专家工作站、博士后创业基地、吉林省聚乳酸科技创新中心等。", []),
    ("同时,长春圣博玛作为课题承担单位主持了政府科技攻关项目40余项。", []),
    # rc13, rf03: a base named only by an activity (试验, 提纯) is a kind of base
    ("项目建成後,该试验中心将成为具有国际先进水平的高速列车和城轨车辆研发、试验基地。", []),
    ("以及先进的自动化在线检测系统,和规模相当的养殖、分离和提纯基地。", []),
    # rd14: some (部分) workshops
    ("总投资19.8亿元的百克疫苗产业园项目已完成多栋生产车间建设,预计部分车间明年投入使用。", ["百克疫苗产业园项目"]),
])
def test_venues_orders_abroad_designations_and_kinds_are_not_projects(finder, text, expected):
    assert names(finder, text) == expected


# --- an ordinal is no count; a test centre is a built facility ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("第一條高速動車組生產線總體建築面積27萬平方米,投入生產設備近800台套。", ["第一条高速动车组生产线"]),  # re10
    ("今年,北車長客集團的第二條高速動車組整車生產線在交通裝備製造產業園已經拉開建設的序幕。",
     ["第二条高速动车组整车生产线", "交通装备制造产业园"]),  # re10
    ("建设高速列车工程试验中心,是长客股份抢占高端市场、提升研发能力的战略举措。", ["高速列车工程试验中心"]),  # rc13
])
def test_ordinal_lines_and_test_centres_are_projects(finder, text, expected):
    assert names(finder, text) == expected


# --- names with marks inside, names in a document's title, short forms -------------------------
@pytest.mark.parametrize("text, expected", [
    # rd16: a quoted name keeps the list mark and the digit group inside it
    ("百克生物募集资金建设项目有序推进,“年产2,000万人份水痘减毒活疫苗、带状疱疹减毒活疫苗项目”、"
     "“年产600万人份吸附无细胞百白破(三组分)联合疫苗项目”、“年产1,000万人份鼻喷流感减毒活疫苗(液体制剂)项目”工程建设全部完成。",
     ["年产2,000万人份水痘减毒活疫苗、带状疱疹减毒活疫苗项目", "年产600万人份吸附无细胞百白破(三组分)联合疫苗项目",
      "年产1,000万人份鼻喷流感减毒活疫苗(液体制剂)项目"]),
    # re02: one dash between two words joins them
    ("净月高新区复华未来世界—文化旅游中心项目塔楼结构全部封顶。", ["复华未来世界—文化旅游中心项目"]),
    # rc08: a project named inside a document's title is the document
    ("中国一汽与德国奥迪签署《奥迪一汽高端新能源汽车合作项目谅解备忘录》时曾提出,新公司将基于PPE平台生产纯电动车型。", []),
    # rd09: a list of projects of one kind (一大批医药类项目)
    ("圣博玛医疗器械、海外制药、西诺生物等一大批医药类项目破土动工。", ["圣博玛医疗器械", "海外制药", "西诺生物"]),
])
def test_marks_inside_a_name_and_documents(finder, text, expected):
    assert names(finder, text) == expected


# --- short names of their own, workshops, names joined by 和, short forms an article introduces ----
@pytest.mark.parametrize("text, expected", [
    # rd05: the project's manager names the project
    ("”长春智能光谷产业园项目负责人孙健表示,东侧园区为光电子产业、航空航天产业集聚区。", ["长春智能光谷产业园项目"]),
    # rb12, rc14: a workshop is a project only under its plant's or firm's name, never a numbered one
    ("生物药研发中心正在进行设备安装工作,预计6月投入使用;生长激素生产车间正在进行内部装修和机电施工。", []),
    ("这是在中车长客客车制造中心装配一车间拍摄的波士顿地铁列车(10月31日摄)。", []),
    # rf08: a line in a workshop is named with the workshop
    ("7月1日,金赛药业新建的生长激素大楼制剂车间生产线正式投产。", ["生长激素大楼制剂车间生产线"]),
    # rd04: 和 between two short words of one name
    ("高楼林立的长春光电和智能制造产业园为打造“长春光谷”聚能蓄力", ["长春光电和智能制造产业园"]),
])
def test_coined_names_managers_workshops_and_joined_words(finder, text, expected):
    assert names(finder, text) == expected


def test_a_short_form_the_article_introduces_is_a_mention_wherever_it_stands(finder):
    # rd13: the park is introduced with 以下简称 and then named by its short form
    text = ("2021年5月28日上午,长春市医疗应急物资储备库项目开工仪式在中韩(长春)国际合作示范区北药园(以下简称中韩北药园)隆重举行。"
            "该项目开工建设既是关乎民生防疫的一件大事,也是中韩北药园进一步完善医疗仓储能力的重要节点。")
    assert names(finder, text) == ["长春市医疗应急物资储备库项目", "中韩(长春)国际合作示范区北药园", "中韩北药园", "中韩北药园"]
    # rd05: 也被称为‘…’
    assert names(finder, "“长春智能光谷产业园也被称为‘长智光谷’,整体规划‘一园、两区、多心’。") == ["长春智能光谷产业园", "长智光谷"]
    # a company introduced the same way is no project (re07)
    assert names(finder, "一汽富维智慧工业园是长春一汽富维汽车零部件股份有限公司(以下简称“一汽富维”)的重要举措。") == ["一汽富维智慧工业园"]


def test_and_between_two_places_or_two_things_is_no_name(finder):
    # rf01: two places joined by 和 before a generic phrase
    assert names(finder, "9月10日,水电一局承建的吉林省和长春市重点项目——长春经开光电信息产业园三期项目迎来重要节点。") == [
        "长春经开光电信息产业园三期项目"]
    # re10: two test lines, not one name
    found = names(finder, "北车长客集团和长客股份公司已经在交通装备制造产业园建设了第一条高速动车组整车生产线、"
                          "高速列车系统集成国家工程实验室、高速动车组和高速城轨列车动态试验线等。")
    assert found[:2] == ["交通装备制造产业园", "第一条高速动车组整车生产线"]
    assert not any("和" in n for n in found)


def test_a_kind_of_park_is_the_short_form_of_a_zones_park_named_in_full(finder):
    # rc15: the zone's park, named in full once, then by its kind
    text = ("长春汽车经济技术开发区新能源汽车产业园项目规划总占地面积约26万平方米。"
            "新能源汽车产业园项目计划于2022年建成并全部投入使用。")
    assert names(finder, text) == ["长春汽车经济技术开发区新能源汽车产业园项目", "新能源汽车产业园项目"]


@pytest.mark.parametrize("text", [
    # rc09: a description before 在华 describes the base it stands before
    "奥迪在该项目中投资约 26 亿欧元,包括成立全新公司和建设首个在华纯电动车生产基地。",
])
def test_a_description_before_a_place_describes_the_name_after_it(finder, text):
    assert names(finder, text) == []


# --- fresh tuning pages (rh–rk) ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # rh15, ri15: an event before 暨 (说明会, 仪式) names no project
    ("由长春市政府主办的“2018中外企业家走进长春投资环境说明会暨合作项目签约”活动举行。", []),
    ("本届中国-东北亚博览会投资合作说明会暨项目签约仪式共有60个项目在会上集中签约,其中,长春市促成合同项目27个。", []),
    # rh18, rj11: verbs that lead into a project word (宣布, 介绍)
    ("吉林省委书记景俊海宣布项目开工。", []),
    ("区规资分局全面介绍重点建设项目。", []),
    # rj12, rk17: 就 after the party that signs: the name starts after it
    ("会上,西新工业集中区与江苏林泉集团就长春林泉汽车零部件有限公司扩产扩能项目落位签订了意向协议。",
     ["长春林泉汽车零部件有限公司扩产扩能项目"]),
    # rh21: a firm's bare “项目” is no name
    ("实地查看一汽弗迪新能源科技有限公司项目建设情况。", []),
    # rk16: a name does not start with the word 项目
    ("启动项目新型房屋生产基地项目预计下半年开工建设,当年投资2亿元。", ["新型房屋生产基地项目"]),
    # rk13: the items of “…等重点产业项目” are industries
    ("当地的汽车、影视文创、信息技术、健康食品等重点产业项目均获得投资青睐。", []),
    # rk15: a nationwide title; an amount class (超亿元项目)
    ("打造全国汽车零部件基地,是公主岭市委市政府谋划的新思路。", []),
    ("今年以来,已经落实15个项目,其中超亿元项目11个。", []),
    ("投资10亿元的一汽富晟工业园区,6万平方米的现代化车间及配送中心已投入使用。", ["一汽富晟工业园区"]),
    # rh12: a city's transit line
    ("轨道交通9号线一期项目", []),
    # rk05: a joint-venture kind of project
    ("吉林省汽车零部件合资合作项目签约仪式日前举行。", []),
])
def test_fresh_tuning_pages(finder, text, expected):
    assert names(finder, text) == expected


# --- issue 18, session 29: a verb before a name takes it as object (the cut words it made redundant) ---
@pytest.mark.parametrize("text, expected", [
    # ra01, ra24, ra10 (the converter's pinyin taken out): 包括, 加快, 形成 are no longer cut words; the
    # verb opening a list's first item is still no part of it
    ("据了解,该项目包括一汽红旗尊享定制中心、一汽新能源电池电驱基地、一汽中车合资电驱系统三个项目,达产后年产值近300亿元。",
     ["一汽红旗尊享定制中心", "一汽新能源电池电驱基地", "一汽中车合资电驱系统"]),
    ("王子联表示,2024年,奥迪PPE一期将实现量产,开工建设比亚迪动力电池二期,加快中车新能源商用车、旭阳改装车等项目落地。",
     ["奥迪PPE一期", "比亚迪动力电池二期", "中车新能源商用车", "旭阳改装车"]),
    ("目前,该区已经形成轴齿工业园、日系工业园、德系工业园、动力总成园、汽车研发园、模具工业园等多个工业园区。",
     ["轴齿工业园", "日系工业园", "德系工业园", "动力总成园", "模具工业园"]),
    # the sentence set's s28 (another city's news): 将建 cuts inside 建成; the verb the start falls in cuts whole
    ("到今年年底,该园区还将建成中昊晨光高性能有机氟材料等8个项目。", ["中昊晨光高性能有机氟材料"]),
])
def test_a_verb_opening_a_list_is_no_part_of_its_first_item(finder, text, expected):
    assert names(finder, text) == expected
