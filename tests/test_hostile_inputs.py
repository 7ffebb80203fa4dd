"""Hostile inputs (issue 19): nothing an editor or a pull request puts in seeds/ can inject markup,
publish a file from outside the repository, take another article's address or data, or break the build."""
import os
import re
import shutil
from pathlib import Path

import pytest

from atlas.build import build
from atlas.records import Severity
from tests.conftest import copy_project, problems_for, read_seeds
from atlas.render.markdown import code_span
from tests.inert import live_markup, plant_canary

BODY = "长春市工信局今天发布消息。\n\n中车长客自主研发的氢能市域列车成功完成满载运行试验，标志着长春轨道交通装备再上新台阶。\n"
CAR = "2024年3月1日，一汽解放新能源汽车项目开工，长春汽车产业集群加快发展，整车产量继续增长。\n"
SATELLITE = "2024年3月2日，长光卫星“吉林一号”卫星成功发射，光电信息产业再添新成果，在轨卫星数量继续增加。\n"

# One value of each kind that must stay text wherever it lands: in Markdown, a table, a code span,
# an HTML attribute or YAML front matter.
HOSTILE = [
    "x`<img src=x onerror=alert(1)>`y",
    "<script>alert(2)</script>",
    '"><svg onload=alert(3)>',
    "[点我](javascript:alert(4))",
    "{{ 7*7 }}{% raw %}{: onclick=alert(5) data-evil=1 }",
    "*_#|~^=:!",
    "--8<-- \"canary.txt\"",
]


@pytest.fixture
def project(empty_project):
    return empty_project


def quoted(value: str) -> str:
    """A YAML single-quoted scalar."""
    return "'" + value.replace("'", "''") + "'"


def inert_pages(result, project):
    docs = project / "docs"
    return [x for rel, text in sorted(result.rendered.items()) if rel.endswith(".md") for x in live_markup(rel, text, docs)]


# --- 1. escape at one place ----------------------------------------------------------------------

def test_hostile_file_names_front_matter_and_text_stay_text(tmp_path, monkeypatch):
    import jinja2

    loaded = set()
    get_template = jinja2.Environment.get_template
    monkeypatch.setattr(jinja2.Environment, "get_template", lambda env, name, *a, **k: loaded.add(name) or get_template(env, name, *a, **k))
    project = copy_project(tmp_path)
    plant_canary(project / "docs")
    names = ["x`<img src=x onerror=alert(1)>`.txt", "a\n--8<-- \"canary.txt\"\n<script>alert(1)<\\script>.md",
             "[l](javascript:alert(1)) {: onclick=x }.txt", "``.txt"]
    for k, name in enumerate(names):
        hostile = HOSTILE[k % len(HOSTILE)]
        front = "".join(f"{field}: {quoted(value)}\n" for field, value in (
            ("title", "标题" + hostile), ("subtitle", hostile), ("source", hostile), ("section", hostile), ("url", hostile)))
        front += f"authors: [{quoted(HOSTILE[(k + 1) % len(HOSTILE)])}, 某人]\n"
        text = "\n\n".join(f"第{k}篇第{i}段：一汽{h}中车长客{h}长光卫星。" for i, h in enumerate(HOSTILE))
        (project / "seeds" / name).write_text(f"---\n{front}---\n{text}\n\n{CAR}", encoding="utf-8")
    result = build(project)
    assert not result.errors, [p.format() for p in result.errors]
    assert len(result.kb.articles) == 5 + len(names)
    assert inert_pages(result, project) == []
    assert loaded == {p.name for p in (project / "templates").iterdir()}  # every template took part
    report = result.rendered["report.md"]
    for name in names:  # each file is still named on the report and its page, as one code span
        assert code_span(f"seeds/{name}") in report
        assert sum(code_span(f"seeds/{name}") in text for text in result.rendered.values() if isinstance(text, str)) == 2


def test_hostile_names_from_data_files_stay_text(tmp_path):
    project = copy_project(tmp_path)
    plant_canary(project / "docs")
    with open(project / "data/companies.yaml", "a", encoding="utf-8") as f:
        f.write("\n  - name: 恶意<img src=x onerror=alert(1)>公司\n    aliases: ['恶意`x`{: onclick=y }集团']\n"
                "    list_aliases: ['恶意(.*)联盟', {a: b}]\n")  # list-only names: words, never patterns
    for k in range(2):
        (project / "seeds" / f"m{k}.txt").write_text(
            f"第{k}篇\n\n恶意<img src=x onerror=alert(1)>公司和恶意`x`{{: onclick=y }}集团今天签约。"
            f"一汽、恶意(.*)联盟等企业参加。一汽、恶意联盟等企业参加。\n\n{CAR}", encoding="utf-8")
    result = build(project)
    assert inert_pages(result, project) == []
    # read as a pattern, 恶意(.*)联盟 would name 恶意联盟 a mention of the company
    assert not any("“恶意联盟”" in v for v in result.rendered.values() if isinstance(v, str))


def test_code_spans_hold_any_file_name():
    from atlas.render.markdown import code_span

    for name in ("a`b", "``x``", "`", "a\nb", "--8<-- x", " x "):
        span = code_span(name)
        import markdown

        html = markdown.markdown(span)
        assert html.startswith("<p><code>") and html.endswith("</code></p>") and html.count("<code>") == 1, (name, html)
        assert "\n" not in span


def test_a_report_line_shows_its_quoted_yaml_as_code_and_nothing_as_markup():
    """The report's 怎么办 cells quote YAML in backquotes around names from articles: the quotes become
    code spans, and a name's markup stays text inside them (and outside them, escaped as always)."""
    import markdown

    from atlas.render.markdown import md_with_code

    for name in ("<img src=x onerror=alert(1)>", "甲|乙", "[l](http://e)", "**x**", "a`b", "{: onclick=y }"):
        line = f"确认它是一个项目：在 data/projects.yaml 中加 `- name: {name}`；<b>{name}</b>"
        cell = md_with_code(line)
        html = markdown.markdown(f"| a | b |\n| --- | --- |\n| x | {cell} |\n", extensions=["tables", "attr_list"])
        assert "<img" not in html and "<b>" not in html and "<a " not in html and "<strong>" not in html
        assert not re.search(r"<[^>]*\bon(?:click|error)", html), html  # no attribute reaches a tag
        assert html.count("<td>") == 2, html  # a pipe in a name never splits the row
    assert md_with_code("在 data/projects.yaml 中加 `- name: 甲`；或") == "在 data/projects\\.yaml 中加 `- name: 甲`；或"


# --- 2. inputs are regular files inside seeds/ ---------------------------------------------------

def test_symlink_to_a_file_is_refused_and_never_read(project, tmp_path_factory):
    secret = tmp_path_factory.mktemp("outside") / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n\n" + BODY, encoding="utf-8")
    (project / "seeds/p.txt").symlink_to(secret)
    (project / "seeds/good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = read_seeds(project)
    assert list(articles) == ["good.txt"]
    [p] = problems_for(problems, "p.txt", Severity.ERROR)
    assert "链接" in p.message and p.fix


def test_symlinked_folder_is_never_walked(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.txt").write_text("机密标题\n\n" + BODY, encoding="utf-8")
    (project / "seeds/linked").symlink_to(outside, target_is_directory=True)
    (project / "seeds/good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = read_seeds(project)
    assert list(articles) == ["good.txt"]
    assert problems_for(problems, "linked", Severity.ERROR)


def test_fifo_and_device_are_refused_without_hanging(project):
    os.mkfifo(project / "seeds/pipe.txt")
    (project / "seeds/good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = read_seeds(project)
    assert list(articles) == ["good.txt"]
    [p] = problems_for(problems, "pipe.txt", Severity.ERROR)
    assert "不是普通文件" in p.message


def test_seeds_folder_outside_the_repository_is_refused(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "a.txt").write_text(BODY, encoding="utf-8")
    shutil.rmtree(project / "seeds")
    (project / "seeds").symlink_to(outside, target_is_directory=True)
    articles, problems = read_seeds(project)
    assert articles == {}
    assert any(p.file == "seeds/" and p.severity is Severity.ERROR for p in problems)


def test_a_file_name_that_is_not_utf8_is_refused_by_name(project):
    fd = os.open(bytes(project / "seeds") + b"/\xb3\xa4\xb4\xba.txt", os.O_WRONLY | os.O_CREAT, 0o644)  # 长春 in GBK
    os.write(fd, ("另一篇\n\n" + BODY.replace("今天", "昨天")).encode("utf-8"))
    os.close(fd)
    (project / "seeds/good.txt").write_text(BODY, encoding="utf-8")
    articles, problems = read_seeds(project)
    assert list(articles) == ["good.txt"]
    [p] = [p for p in problems if p.code == "read.file-name"]
    assert p.severity is Severity.ERROR and p.file.startswith("seeds/\ufffd")
    p.format().encode("utf-8")


def test_hidden_files_are_reported_not_silently_skipped(project):
    (project / "seeds/.draft.txt").write_text(BODY, encoding="utf-8")
    (project / "seeds/good.txt").write_text(BODY.replace("今天", "昨天"), encoding="utf-8")
    articles, problems = read_seeds(project)
    assert list(articles) == ["good.txt"]
    [p] = problems_for(problems, ".draft.txt")
    assert p.severity is Severity.WARNING and "隐藏" in p.message and p.fix


# --- 3. addresses are safe by construction -------------------------------------------------------

@pytest.mark.parametrize("kind", ["slug", "title", "file name"])
def test_a_very_long_address_is_cut_with_a_hash(tmp_path, kind):
    project = copy_project(tmp_path)
    long = "a" * 240
    if kind == "slug":
        (project / "seeds/x.md").write_text(f"---\nslug: {'ab-' * 100}c\n---\n{BODY}", encoding="utf-8")
    elif kind == "title":
        (project / "seeds/x.md").write_text(f"---\ntitle: {long}\n---\n{BODY}", encoding="utf-8")
    else:
        (project / "seeds" / f"{long}.txt").write_text(CAR + "\n" + SATELLITE, encoding="utf-8")
    result = build(project)
    assert not result.errors, [p.format() for p in result.errors]
    [article] = [a for a in result.kb.articles if not a.path.startswith("seeds/00")]
    assert len(article.slug) <= 64
    assert (project / "docs/kb" / f"articles/{article.slug}.md").is_file()


def test_slugs_are_cut_at_a_syllable_with_a_short_hash():
    from atlas.slugs import MAX_SLUG, slugify

    slug = slugify("长春" * 80, max_words=200)
    assert len(slug) <= MAX_SLUG
    head, _, digest = slug.rpartition("-")
    assert len(digest) == 6 and all(c in "0123456789abcdef" for c in digest)
    assert all(w == "changchun" for w in head.split("-")[:-1]) and head.split("-")[-1] in ("changchun", "chang")
    assert slugify("长春" * 80, max_words=200) != slugify("长春" * 81, max_words=200)  # the hash tells them apart
    assert slugify("逆势扬帆求跨越") == "nishi-yangfan-qiu-kuayue"  # short ones are as before


@pytest.mark.parametrize("front", ["slug: index\n", "title: Index\n", "slug: by-year\n", "title: By Year\n"])
def test_reserved_names_never_replace_a_generated_page(tmp_path, front):
    project = copy_project(tmp_path)
    (project / "seeds/x.md").write_text(f"---\n{front}---\n{BODY}", encoding="utf-8")
    result = build(project)
    assert not result.errors
    [article] = [a for a in result.kb.articles if a.path == "seeds/x.md"]
    assert article.slug not in ("index", "by-year")
    assert result.rendered["articles/index.md"].startswith("---\ntitle: 全部文章\n")
    assert any(p.code == "read.slug" and p.file == "seeds/x.md" for p in result.problems)


def test_same_file_name_in_two_folders_keeps_two_articles_apart(tmp_path):
    project = copy_project(tmp_path)
    for year, text in (("2023", CAR), ("2024", SATELLITE)):
        (project / "seeds" / year).mkdir()
        (project / "seeds" / year / "01.txt").write_text(f"{year}年的报道\n\n{text}", encoding="utf-8")
    result = build(project)
    kb = result.kb
    car, sat = (next(a for a in kb.articles if a.path == f"seeds/{y}/01.txt") for y in ("2023", "2024"))
    assert car.stem != sat.stem
    car_topics = {t for b in car.paragraphs for t in kb.topics[(car.stem, b.id)].topics}
    sat_topics = {t for b in sat.paragraphs for t in kb.topics[(sat.stem, b.id)].topics}
    assert "汽车" in car_topics and "汽车" not in sat_topics
    assert "光电信息" in sat_topics and "光电信息" not in car_topics
    assert {m.company for m in kb.company_mentions if m.article == sat.stem} >= {"长光卫星"}
    assert not {m.company for m in kb.company_mentions if m.article == car.stem} & {"长光卫星"}
    # files directly in seeds/ keep their file stem as their id
    assert {a.stem for a in kb.articles if a.path.count("/") == 1} == {Path(a.path).stem for a in kb.articles if a.path.count("/") == 1}


def test_pages_are_never_written_outside_the_target(tmp_path):
    from atlas.write import UnsafePagePath, write_pages

    target = tmp_path / "docs/kb"
    for bad in ("../x.md", "/tmp/x.md", "a/../../x.md", "", "a//b.md", "a/./b.md", "a\0b.md", "a" * 300 + ".md"):
        with pytest.raises(UnsafePagePath):
            write_pages({"ok.md": "ok", bad: "bad"}, target)
        assert not target.exists() and not (tmp_path / "docs/x.md").exists() and not (tmp_path / "x.md").exists()
    write_pages({"ok.md": "ok", "articles/a.md": "a"}, target)
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.rmtree(target / "articles")
    (target / "articles").symlink_to(outside, target_is_directory=True)  # a folder of the target that leads out
    with pytest.raises(UnsafePagePath):
        write_pages({"ok.md": "ok", "articles/a.md": "changed"}, target)
    assert list(outside.iterdir()) == []


def test_a_topic_slug_that_leaves_the_folder_writes_nothing_outside(tmp_path):
    project = copy_project(tmp_path)
    topics = project / "data/topics.yaml"
    text = topics.read_text(encoding="utf-8")
    assert "slug: qiche" in text
    topics.write_text(text.replace("slug: qiche", "slug: ../../../escaped"), encoding="utf-8")
    before = {p for p in tmp_path.rglob("*") if "docs/kb" not in p.as_posix() and ".cache" not in p.as_posix()}
    result = build(project)
    after = {p for p in tmp_path.rglob("*") if "docs/kb" not in p.as_posix() and ".cache" not in p.as_posix()}
    assert after == before
    assert any("escaped" in p.file + p.message for p in result.errors)  # refused by name, as data or as a path
    import subprocess, sys

    cli = subprocess.run([sys.executable, "scripts/build.py", "build"], cwd=project, capture_output=True, text=True)
    assert "escaped" in cli.stderr and "Traceback" not in cli.stderr
    if not (project / "docs/kb").exists():  # nothing written (the path was refused): the command says it failed
        assert cli.returncode == 1


# --- 4. text is cleaned of controls --------------------------------------------------------------

def test_control_characters_are_removed_and_reported_with_their_line(tmp_path):
    project = copy_project(tmp_path)
    (project / "seeds/c.txt").write_text(
        "控制字符\x7f的标题\uffff\n\n第一段\x00有\x1b[31m空字符\x85和转义\ufffe。\n\n第二段\u202e反向\u2066文字\u2069结束。\n\n" + CAR,
        encoding="utf-8")
    result = build(project)
    [a] = [a for a in result.kb.articles if a.path == "seeds/c.txt"]
    text = a.title + "".join(b.text for b in a.blocks)
    for bad in "\x7f\uffff\x00\x1b\x85\ufffe\u202e\u2066\u2069":
        assert bad not in text
    assert a.title == "控制字符的标题" and "第一段有[31m空字符和转义。" in text
    lines = sorted(p.line for p in result.problems if p.file == "seeds/c.txt" and p.code == "read.control")
    assert lines == [1, 3, 5]
    page = result.rendered[f"articles/{a.slug}.md"]
    assert live_markup("c", page, project / "docs") == []


def test_zero_width_characters_do_not_stop_a_name_from_matching(tmp_path):
    project = copy_project(tmp_path)
    (project / "seeds/z.txt").write_text(
        "零宽字符\n\n2024年3月5日，中车\u200b长客和长光\u2060卫星签约，一汽\ufeff解放新能源汽车项目开工。\n", encoding="utf-8")
    result = build(project)
    [a] = [a for a in result.kb.articles if a.path == "seeds/z.txt"]
    found = {m.company for m in result.kb.company_mentions if m.article == a.stem}
    assert {"中车长客", "长光卫星"} <= found


def test_problem_lines_never_carry_terminal_controls():
    from atlas.records import Problem

    line = Problem("seeds/\x1b[2Jx\x07.txt", 1, Severity.ERROR, "x", "m").format()
    assert "\x1b" not in line and "\x07" not in line and "x" in line


# --- 5. duplicates are exact ----------------------------------------------------------------------

STATS = ("吉林省统计局发布{m}月经济数据\n\n{m}月份，全省规模以上工业增加值同比增长{a}%，其中汽车制造业增长{b}%。\n\n"
         "全省固定资产投资同比增长{c}%，社会消费品零售总额达到{d}亿元。\n")


def test_near_duplicates_that_differ_in_figures_are_both_kept_and_shown_side_by_side(project):
    (project / "seeds/jan.txt").write_text(STATS.format(m=1, a=5.2, b=7.1, c=3.3, d=310), encoding="utf-8")
    (project / "seeds/feb.txt").write_text(STATS.format(m=2, a=6.4, b=8.0, c=4.1, d=295), encoding="utf-8")
    articles, problems = read_seeds(project)
    assert set(articles) == {"jan.txt", "feb.txt"}
    near = [p for p in problems if p.code == "read.near-duplicate"]
    assert len(near) == 1 and "jan.txt" in near[0].message + near[0].file and "feb.txt" in near[0].message + near[0].file
    assert "5.2" in near[0].message and "6.4" in near[0].message  # the differing figures, side by side


def test_an_article_wholly_inside_another_is_a_duplicate_and_the_fuller_one_stays(project):
    (project / "seeds/a.txt").write_text(BODY, encoding="utf-8")
    (project / "seeds/b.txt").write_text(BODY + "\n另外，长春市还将继续推进氢能产业发展，打造完整的产业链。\n", encoding="utf-8")
    articles, problems = read_seeds(project)
    assert list(articles) == ["b.txt"]
    [p] = [p for p in problems if p.code == "read.duplicate"]
    assert p.file == "seeds/a.txt" and "seeds/b.txt" in p.message
