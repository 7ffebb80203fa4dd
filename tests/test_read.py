"""Reading the five seeds: headline block, captions, layout repairs, garbled copy, punctuation."""
import pytest

from atlas.records import BlockKind


def texts(article):
    return [b.text for b in article.blocks]


def body(article):
    return "".join(b.text for b in article.blocks)


def test_titles_and_headline_blocks(seed_articles):
    a, _ = seed_articles
    assert a["000"].title == "“质”“效”齐升韧性强"
    assert a["000"].subtitle == "——长春擎起工业“脊梁”为高质量发展蓄势增能"
    assert a["001"].title == "逆势扬帆求跨越"
    assert a["001"].kicker == "长春新能源和智能网联汽车产业向“新”而行——"
    assert a["001"].mastheads[0] == "看长春"
    assert a["002"].title == "奋力提升挺“脊梁”"
    assert a["003"].title == "谋规划 强创新 促发展—看长春工业经济如何提振发力量质齐升"
    assert a["004"].title == "高质量发展的长春实践"


def test_authors(seed_articles):
    a, _ = seed_articles
    assert a["000"].authors == ("孙红丽",)
    assert a["001"].authors == ("孟凡明", "刘霄宇")
    assert a["002"].authors == ("孟凡明", "刘霄宇")
    assert a["003"].authors == ()
    assert a["004"].authors == ()


def test_trailer_gives_source_and_date(seed_articles):
    a, _ = seed_articles
    assert a["003"].source == "吉林日报"
    assert a["003"].date.value == "2022-10-13" and not a["003"].date.inferred
    assert "吉林日报 2022-10-13" not in texts(a["003"])


def test_inferred_dates_say_so_with_evidence(seed_articles):
    a, _ = seed_articles
    assert a["000"].date.inferred and a["000"].date.value == "2024"
    assert any("2024长春国际光电博览会" in e for e in a["000"].date.evidence)
    assert a["004"].date.value == "2025" and a["004"].date.not_before == "2025-11"


def test_caption_counts(seed_articles):
    a, _ = seed_articles
    counts = {k: len(v.captions) for k, v in a.items()}
    assert counts == {"000": 7, "001": 4, "002": 5, "003": 5, "004": 7}


def test_captions_are_kept_apart_from_body(seed_articles):
    a, _ = seed_articles
    captions = {k: [c.text for c in v.captions] for k, v in a.items()}
    assert "本版图片为资料图片" in captions["000"]
    assert any(c.startswith("▲7月16日，中国一汽第6000万辆汽车") for c in captions["000"])
    assert "奥迪一汽新能源汽车项目。" in captions["001"]
    assert "第22届长春国际汽车博览会上的红旗品牌展区。" in captions["004"]
    assert any(c.endswith("（资料图片）") for c in captions["003"])
    # a short body sentence is not a caption
    assert "奋斗就会有收获。" in [p.text for p in a["002"].paragraphs]


def test_headings(seed_articles):
    a, _ = seed_articles
    heads = {k: [(h.kind, h.text) for h in v.headings] for k, v in a.items()}
    assert (BlockKind.HEADING, "筑牢基石") in heads["000"]
    assert (BlockKind.SUBHEADING, "展现“韧”的发展韧性") in heads["000"]
    assert (BlockKind.HEADING, "政策领航 步履铿锵") in heads["001"]
    assert (BlockKind.HEADING, "合力聚势，心无旁骛助企克难稳增长") in heads["003"]
    assert (BlockKind.HEADING, "潜力释放，梯度培育“专精特新”") in heads["003"]
    assert (BlockKind.HEADING, "战略领航——") in heads["004"]


def test_layout_joins_adjacent(seed_articles):
    a, _ = seed_articles
    t000 = texts(a["000"])
    assert any("《长春市汽车产业攻坚突破三年行动计划》" in t for t in t000)
    assert any("统筹用好国家、省、市政策资金" in t for t in t000)
    assert any("五大重点发展领域。" in t for t in t000)
    assert any("检修及出口基地，中车长客也在不断创新" in t for t in t000)
    assert any("在不久前结束的首届中国际供应链促进博览会上" in t for t in texts(a["001"]))
    assert any("新金享轨道车辆新材料项目" in t for t in texts(a["002"]))


def test_layout_joins_across_interleaved_columns(seed_articles):
    a, _ = seed_articles
    t004 = texts(a["004"])
    assert any("在新兴产业领域，永春医药城" in t for t in t004)
    assert any("核心区已累计落位产业项目45个" in t for t in t004)
    assert any("让“长春造”汽车在新能源赛道上" in t for t in t004)
    joined = [r for r in a["004"].repairs if r.kind == "join"]
    assert len(joined) == 3


def test_editor_joins_from_data_file(seed_articles):
    a, _ = seed_articles
    t000 = texts(a["000"])
    assert any("东方雨虹绿色建材等224个重点达效项目释放增长动能" in t for t in t000)
    assert any("工业互联网标识解析二级节点" in t for t in t000)


def test_unplaced_fragment_is_reported_not_lost(seed_articles):
    a, problems = seed_articles
    assert any(t.endswith("长春全力抓好新") for t in texts(a["000"]))
    fragments = [p for p in problems if p.code == "layout.fragment"]
    assert [(p.file, p.line) for p in fragments] == [("seeds/000_805918171b22d6e5.txt", 97)]


def test_garbled_copy_of_003_is_dropped(seed_articles):
    a, problems = seed_articles
    text = body(a["003"])
    assert "\ufffd" not in text
    assert all(len(b.text) > 1 for b in a["003"].blocks if b.text != "……")
    # the real text is all there, once
    assert text.count("克服疫情影响，特事快办解决企业") == 1
    assert text.endswith("在新时代的高质量发展上全面起势。")
    dropped = [p for p in problems if p.code == "layout.garbled"]
    assert len(dropped) == 1 and dropped[0].line == 66


def test_no_text_is_lost_apart_from_the_garbled_copy(seed_articles):
    """Every CJK character of every seed line reaches an article field, except the dropped copy."""
    from tests.conftest import ROOT
    from tests.test_cjk_only import han_characters  # the test's own definition, not the code's

    a, _ = seed_articles
    for key, article in a.items():
        raw = (ROOT / article.path).read_text(encoding="utf-8").split("\n")
        if key == "003":
            raw = raw[:65]
        fields = [article.title, article.subtitle, article.kicker, *article.mastheads, " ".join(article.authors), article.source]
        have = han_characters("".join(fields) + body(article))
        want = han_characters("".join(raw)).replace("本报记者", "")
        assert len(want) > 1000, key  # the seeds are long articles
        assert sorted(have) == sorted(want), key


def test_punctuation_is_consistent(seed_articles):
    a, _ = seed_articles
    t000 = body(a["000"])
    assert "," not in t000.replace("Yarrow Bioscience, Inc.", "")
    assert "合心智能信息管理系统（HIMS）" in t000
    assert "开（复）工" in t000
    assert "奥迪Q6L e-tron、Q6L e-tron Sportsback、A6 e-tron" in t000
    assert "Yarrow Bioscience, Inc." in body(a["004"])


def test_paragraph_ids_are_stable_and_sequential(seed_articles):
    a, _ = seed_articles
    for article in a.values():
        ids = [b.id for b in article.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)]
        assert ids == [f"p{i}" for i in range(1, len(ids) + 1)]


def test_slugs_are_ascii_pinyin(seed_articles):
    a, _ = seed_articles
    assert a["000"].slug == "zhi-xiao-qi-sheng-renxing-qiang"
    assert a["004"].slug == "gaozhiliang-fazhan-de-changchun-shijian"
    for article in a.values():
        assert article.slug.isascii()


@pytest.mark.parametrize("title, slug", [("長春國家汽車電子高新技術產業化基地掛牌", "changchun"), ("中車長客", "changke"),
                                         ("長光衛星", "changguang")])
def test_a_traditional_title_reads_chang_in_changchun_as_a_simplified_one_does(title, slug):
    # rt03's article page was `zhang-chun-guo-jia-qi-che` (長 out of context is zhǎng)
    from atlas.slugs import slugify

    assert slug in slugify(title).replace("-", "") and "zhang" not in slugify(title)


def test_a_number_cut_from_its_unit_by_a_line_break_is_one_paragraph(empty_project):
    # rx07 (tuning page, a forum's print view): `…研究中心。1999` / `年初该所…与卫生部脱钩,…`: the break cut the year from
    # its 年, so the two lines are one paragraph and `1999年初` is read whole
    from conftest import read_one_page

    page = ("长春生物制品研究所是集科技、开发、生产、营销于一体的国有大型医药生物技术企业,是预防、治疗、诊断用生物制品和高科技产品"
            "生产研究的重要基地,也是东北地区微生物学和免疫学的研究中心。1999\n"
            "年初该所在国务院各部委调整改革的重大变革中与卫生部脱钩,现归中国生物技术集团公司管理。\n")
    a, problems = read_one_page(empty_project, page)
    paragraphs = [b.text for b in a.blocks if b.kind is BlockKind.PARAGRAPH]
    assert any("研究中心。1999年初该所" in text for text in paragraphs), paragraphs
    assert any(p.code.startswith("layout") and "单位" in p.message for p in problems)
    # a sentence that ends with a figure stays apart from a paragraph that opens with a year
    a, _ = read_one_page(empty_project, "全年产值达到1999。\n年初该所与卫生部脱钩,现归中国生物技术集团公司管理。\n")
    assert len([b for b in a.blocks if b.kind is BlockKind.PARAGRAPH]) == 2
    # nor does a phone number run into a paragraph that opens with 万 (a figure has at most four digits before its unit)
    a, _ = read_one_page(empty_project, "长春新区项目建设正在加快推进,全区已有一百个项目开工。\n有意向的企业可以联系区招商服务中心咨询项目情况,电话0431-88886666\n"
                                        "万科集团长春公司表示,项目将于年内竣工。\n")
    assert not any("88886666万科" in b.text for b in a.blocks)
