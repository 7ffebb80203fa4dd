"""Editors paste messy files: each hard kind gets a clear outcome, and never takes the site down."""

import pytest

from atlas.build import build, read_all
from atlas.config import Paths
from atlas.records import Severity
from tests.conftest import problems_for, read_seeds

BODY = "长春市工信局今天发布消息。\n\n中车长客自主研发的氢能市域列车成功完成满载运行试验，标志着长春轨道交通装备再上新台阶。\n"


@pytest.fixture
def project(empty_project):
    return empty_project


def test_gb18030_is_decoded_and_said(project):
    (project / "seeds/gbk.txt").write_bytes(BODY.encode("gb18030"))
    articles, problems = read_seeds(project)
    assert "中车长客" in articles["gbk.txt"].paragraphs[-1].text
    assert any("GB18030" in p.message for p in problems_for(problems, "gbk.txt"))


def test_utf16_and_bom(project):
    (project / "seeds/u16.txt").write_bytes(("标题行\n\n" + BODY).encode("utf-16"))
    (project / "seeds/bom.txt").write_bytes(b"\xef\xbb\xbf" + ("另一个标题\n\n" + BODY.replace("今天", "昨天")).encode("utf-8"))
    articles, problems = read_seeds(project)
    assert articles["u16.txt"].title == "标题行"
    assert articles["bom.txt"].title == "另一个标题"


def test_undecodable_file_is_refused_by_name(project):
    (project / "seeds/binary.txt").write_bytes(bytes(range(128, 256)) * 4)
    articles, problems = read_seeds(project)
    assert "binary.txt" not in articles
    [p] = problems_for(problems, "binary.txt", Severity.ERROR)
    assert "UTF-8" in p.message and "另存为 UTF-8" in p.fix


def test_empty_and_front_matter_only(project):
    (project / "seeds/empty.txt").write_text("", encoding="utf-8")
    (project / "seeds/only-meta.md").write_text("---\ntitle: 只有元数据\n---\n", encoding="utf-8")
    (project / "seeds/good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = read_seeds(project)
    assert set(articles) == {"good.txt"}
    assert problems_for(problems, "empty.txt", Severity.ERROR)[0].code == "read.empty"
    assert problems_for(problems, "only-meta.md", Severity.ERROR)[0].code == "read.no-text"


@pytest.mark.parametrize(
    "front, line, words",
    [
        ("title: [unclosed\n", 2, "不是有效的 YAML"),
        ("title: 好\ncolour: red\n", 3, "未知的前置元数据字段“colour”"),
        ("date: 2024-13-40\n", 2, "不是有效日期"),
        ("slug: 中文\n", 2, "slug"),
    ],
)
def test_bad_front_matter_names_file_and_line(project, front, line, words):
    (project / "seeds/bad.md").write_text(f"---\n{front}---\n{BODY}", encoding="utf-8")
    articles, problems = read_seeds(project)
    [p] = problems_for(problems, "bad.md", Severity.ERROR)
    assert p.line == line and words in p.message and p.fix


def test_front_matter_date_wins_over_inference(project):
    (project / "seeds/dated.md").write_text("---\ndate: 2021-05-06\n---\n2023年6月28日，项目开工。\n", encoding="utf-8")
    articles, _ = read_seeds(project)
    d = articles["dated.md"].date
    assert (d.value, d.source, d.inferred) == ("2021-05-06", "front-matter", False)


def test_duplicate_under_another_name_is_left_out(project):
    (project / "seeds/a.txt").write_text(BODY, encoding="utf-8")
    (project / "seeds/b 副本.txt").write_text("\n" + BODY.replace("。", "。 "), encoding="utf-8")
    articles, problems = read_seeds(project)
    assert list(articles) == ["a.txt"]
    assert any("与 seeds/a.txt 的正文相同" in p.message for p in problems_for(problems, "b 副本.txt"))


def test_same_title_gets_distinct_addresses(project):
    (project / "seeds/一.txt").write_text("同一个标题\n\n" + BODY, encoding="utf-8")
    (project / "seeds/二.txt").write_text("同一个标题\n\n" + BODY.replace("今天", "周一"), encoding="utf-8")
    articles, _ = read_seeds(project)
    slugs = sorted(a.slug for a in articles.values())
    assert slugs == ["tongyige-biaoti", "tongyige-biaoti-2"]


def test_html_is_reduced_to_text(project):
    (project / "seeds/web.txt").write_text(
        '<p>据<a href="http://example.com/x">一汽</a>消息，&nbsp;红旗工厂投产。</p><script>alert("x")</script><p>第二段&amp;结束。</p>',
        encoding="utf-8",
    )
    articles, problems = read_seeds(project)
    texts = [b.text for b in articles["web.txt"].blocks]
    assert "据一汽消息， 红旗工厂投产。" in texts[0] or "据一汽消息，红旗工厂投产。" in " ".join(texts).replace("  ", " ")
    assert not any("alert" in t or "<" in t or "http" in t for t in texts)
    assert "第二段&结束。" in texts
    assert any(p.code == "read.html" and "example.com" in p.message for p in problems)


def test_web_page_furniture_becomes_metadata_or_goes(project):
    (project / "seeds/page.txt").write_text(
        "长春轨道交通产业再上新台阶\n发布时间：2024-03-22  来源：吉林日报\n分享到： 微信 微博\n\n"
        + BODY
        + "\n责任编辑：王某\n本文地址：http://example.com/a.html\n返回首页\n",
        encoding="utf-8",
    )
    articles, problems = read_seeds(project)
    a = articles["page.txt"]
    assert a.date.value == "2024-03-22" and not a.date.inferred
    assert a.source == "吉林日报"
    assert a.url == "http://example.com/a.html"
    body = "".join(b.text for b in a.blocks)
    for furniture in ("责任编辑", "分享到", "返回首页", "本文地址"):
        assert furniture not in body
    assert len([p for p in problems if p.code == "read.furniture"]) == 5


def test_one_megabyte_article_is_read_paragraph_by_paragraph(project):
    """How long it takes is measured by `scripts/benchmark.py --components` (about 9 s), not here."""
    paragraph = "长春市持续推动汽车产业集群高质量发展，全市新能源汽车产销分别增长百分之四十以上，项目建设加快推进。"
    text = "\n\n".join(f"{paragraph}第{i}段。" for i in range(7000))
    (project / "seeds/big.txt").write_text("很长的文章\n\n" + text, encoding="utf-8")
    assert len(text.encode("utf-8")) > 1_000_000
    articles, _ = read_seeds(project)
    big = articles["big.txt"]
    assert len(big.paragraphs) == 7000 and big.title == "很长的文章"
    assert [p.text for p in big.paragraphs[::1000]] == [f"{paragraph}第{i}段。" for i in range(0, 7000, 1000)]


def test_bad_file_does_not_take_the_site_down_unless_strict(project):
    (project / "seeds/good.txt").write_text(BODY, encoding="utf-8")
    (project / "seeds/bad.md").write_text("---\ntitle: [\n---\n正文。\n", encoding="utf-8")
    relaxed = build(project)
    assert [a.path for a in relaxed.kb.articles] == ["seeds/good.txt"] and relaxed.pages > 0
    strict = build(project, strict=True)
    assert strict.errors and strict.pages == 0


def test_build_never_writes_into_seeds(project):
    (project / "seeds/good.txt").write_text(BODY, encoding="utf-8")
    before = sorted(p.name for p in (project / "seeds").iterdir())
    build(project)
    assert sorted(p.name for p in (project / "seeds").iterdir()) == before


def test_traditional_characters_are_matched_but_shown_as_written(project):
    from atlas.build import extract_and_link as link

    (project / "seeds/繁體.txt").write_text(
        "---\ndate: 2024-01-10\n---\n長春軌道交通再上新台階\n\n"
        "2023年11月21日，奧迪一汽新能源汽車項目完成了暖封閉。\n\n"
        "中車長客自主研發的氫能市域列車成功完成時速160公里滿載運行試驗。\n\n"
        "「吉林一號」在軌運行衛星達到117顆，長光衛星創造了新紀錄。\n",
        encoding="utf-8",
    )
    articles, problems = read_all(Paths(project))
    kb = link(articles, problems, project)
    [a] = kb.articles
    assert a.title == "長春軌道交通再上新台階"  # shown as written
    assert "中車長客" in a.paragraphs[1].text
    topics = {kb.topics[(a.stem, b.id)].topics for b in a.paragraphs if (a.stem, b.id) in kb.topics}
    assert ("轨道交通",) in topics or any("轨道交通" in t for t in topics)
    assert any("光电信息" in t for t in topics)
    assert any(e.date == "2023-11-21" for e in kb.events)
    assert any(p.name == "奥迪一汽新能源汽车项目" for p in kb.projects)
    assert {c.company.name for c in kb.companies} >= {"中车长客", "长光卫星"}
