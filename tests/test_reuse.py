"""Issue 20: readers can follow, cite and reuse. The seeds plus one article that carries every
front-matter field (an address with characters that must not break the link), built as the deploy
builds: SITE_URL under a sub-path, REPO_URL for the edit links."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import copy_project

SITE = "https://example.github.io/atlas/"
REPO = "https://github.com/example/atlas"
URL = 'https://example.com/news/2024/03/05/a(1).html?x=1&y="2"'
SAFE_URL = "https://example.com/news/2024/03/05/a%281%29.html?x=1&y=%222%22"
EXTRA_SEED = f"""---
title: 测试原文链接与引用
subtitle: ——副题在这里
date: 2024-03-05
source: 长春日报
authors: [甲乙, 丙丁, 戊己, 庚辛]
url: '{URL}'
slug: reuse-test
---
长春市新能源汽车产业持续发展，一汽集团在长春投资建设新项目，总投资约30亿元。
"""
SCRIPT_SEED = """---
title: 地址不是网址
date: 2024-02-01
url: javascript:alert(1)
slug: not-a-web-address
---
这是一篇原文地址写错的文章，长春的汽车产业继续发展。
"""


def build(project, **env):
    env = {**os.environ, "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1", **env}
    for cmd in (["scripts/build.py", "build", "--strict"], ["-m", "mkdocs", "build", "--strict"]):
        done = subprocess.run([sys.executable, *cmd], cwd=project, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    return project


@pytest.fixture(scope="session")
def reuse_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("reuse"))
    (project / "seeds/900_reuse.md").write_text(EXTRA_SEED, encoding="utf-8")
    (project / "seeds/901_script.md").write_text(SCRIPT_SEED, encoding="utf-8")
    return build(project, SITE_URL=SITE, REPO_URL=REPO, EDIT_URI="edit/main/")


def html(project, path):
    return (project / "site" / path / "index.html").read_text(encoding="utf-8")


# --- 1. the original source -------------------------------------------------------------------------

def test_article_page_links_its_original_as_an_external_link(reuse_site):
    page = html(reuse_site, "kb/articles/reuse-test")
    assert "长春日报" in page
    link = page[page.index('class="atlas-external"') - 200 : page.index('class="atlas-external"') + 200]
    assert f'href="{SAFE_URL.replace("&", "&amp;")}"' in link
    assert 'rel="noopener nofollow"' in link


def test_an_address_that_is_not_a_web_address_is_never_a_link(reuse_site):
    page = html(reuse_site, "kb/articles/not-a-web-address")
    assert "javascript:" not in page.split("<article", 1)[1]
    assert "atlas-external" not in page


def test_downloads_list_each_article_with_its_source_and_address(reuse_site):
    text = (reuse_site / "site/kb/downloads/articles.csv").read_text(encoding="utf-8-sig")
    rows = {r["article"]: r for r in csv.DictReader(io.StringIO(text))}
    assert len(rows) == 7
    r = rows["900_reuse"]
    assert (r["source"], r["url"], r["date"], r["authors"]) == ("长春日报", URL, "2024-03-05", "甲乙；丙丁；戊己；庚辛")
    assert r["page"] == SITE + "kb/articles/reuse-test/"
    assert rows["003_f34ac04e32c0b974"]["source"] == "吉林日报"
    records = [json.loads(line.rstrip(",")) for line in (reuse_site / "site/kb/downloads/articles.json").read_text(encoding="utf-8").splitlines()[1:-1]]
    assert {r["article"]: r["url"] for r in records}["900_reuse"] == URL
    downloads = html(reuse_site, "kb/downloads")
    assert "articles.csv" in downloads and "原文地址" in downloads


# --- 3. citations ------------------------------------------------------------------------------------

def _code_blocks(page: str) -> list[str]:
    import re
    from html import unescape

    return [unescape(b) for b in re.findall(r"<pre><code>(.*?)</code></pre>", page, flags=re.S)]


def test_citation_of_a_known_seed_article(reuse_site):
    blocks = _code_blocks(html(reuse_site, "kb/articles/mou-guihua-qiang-chuangxin-cufazhan-kan"))
    assert blocks[0] == "谋规划 强创新 促发展—看长春工业经济如何提振发力量质齐升[N]. 吉林日报, 2022-10-13.\n"
    assert blocks[1] == ("长春产业知识库. 谋规划 强创新 促发展—看长春工业经济如何提振发力量质齐升[EB/OL]. (2022-10-13)[引用日期]. "
                         f"{SITE}kb/articles/mou-guihua-qiang-chuangxin-cufazhan-kan/.\n")
    assert "  journal = {吉林日报},\n  date = {2022-10-13},\n  year = {2022},\n  month = {10}," in blocks[2]


def test_citation_of_an_online_original_with_many_authors(reuse_site):
    blocks = _code_blocks(html(reuse_site, "kb/articles/reuse-test"))
    assert blocks[0] == f"甲乙, 丙丁, 戊己, 等. 测试原文链接与引用: 副题在这里[N/OL]. 长春日报, 2024-03-05[引用日期]. {SAFE_URL}.\n"
    assert blocks[2].startswith("@article{reuse-test,\n  author = {甲乙 and 丙丁 and 戊己 and 庚辛},\n")
    assert f"  url = {{{SAFE_URL}}},\n" in blocks[2]


def test_an_inferred_date_is_cited_as_an_estimate(reuse_site):
    blocks = _code_blocks(html(reuse_site, "kb/articles/nishi-yangfan-qiu-kuayue"))
    assert blocks[0] == "孟凡明, 刘霄宇. 逆势扬帆求跨越[N]. [出版者不详], [2023].\n"
    assert "  note = {发表日期据文中日期推断，不早于 2023-11-21},\n" in blocks[2]


def test_bibtex_escapes_what_latex_would_read(tmp_path):
    from atlas.records import Article
    from atlas.render.citations import bibtex_entry

    entry = bibtex_entry(Article(path="seeds/x.md", stem="x", slug="x", title="5% & {增长}_#1", source="A\\B"), "https://e.x/")
    assert "  title = {5\\% \\& \\{增长\\}\\_\\#1}," in entry
    assert "  journal = {A\\textbackslash{}B}," in entry


# --- 2. feeds ----------------------------------------------------------------------------------------

def _feed(project, path="kb/feed.xml"):
    import feedparser

    parsed = feedparser.parse((project / "site" / path).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_site_feed_lists_the_newest_articles_with_absolute_links(reuse_site):
    feed = _feed(reuse_site)
    assert feed.version == "atom10" and feed.feed.title == "长春产业知识库：最新文章"
    assert feed.feed.updated == "2025-11-01T00:00:00+08:00"  # the newest article: inferred, not before 2025-11
    links = [e.link for e in feed.entries]
    assert len(links) == 7 and all(l.startswith(SITE + "kb/articles/") and l.endswith("/") for l in links)
    ours = next(e for e in feed.entries if e.link == SITE + "kb/articles/reuse-test/")
    assert ours.title == "测试原文链接与引用" and ours.published == "2024-03-05T00:00:00+08:00"
    assert ours.summary.startswith("长春日报 · 2024年3月5日\n\n长春市新能源汽车产业持续发展")
    assert [a.name for a in ours.authors] == ["甲乙", "丙丁", "戊己", "庚辛"]
    inferred = next(e for e in feed.entries if e.link.endswith("/nishi-yangfan-qiu-kuayue/"))
    assert "日期为推断，不早于2023年11月21日" in inferred.summary
    dates = [e.updated for e in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_each_topic_has_a_feed_of_its_own_articles(reuse_site):
    qiche = _feed(reuse_site, "kb/topics/qiche/feed.xml")
    assert qiche.feed.title == "长春产业知识库：汽车"
    assert SITE + "kb/articles/reuse-test/" in [e.link for e in qiche.entries]
    assert {l.href for l in qiche.feed.links} == {SITE + "kb/topics/qiche/feed.xml", SITE + "kb/topics/qiche/"}
    for topic in ("guidao-jiaotong", "guangdian-xinxi", "shengwu-yiyao", "fuwu-qiye", "zonghe"):
        feed = _feed(reuse_site, f"kb/topics/{topic}/feed.xml")
        assert SITE + "kb/articles/reuse-test/" not in [e.link for e in feed.entries] or topic == "zonghe"


def test_every_page_links_the_feed_in_its_head_relative_to_itself(reuse_site):
    import re

    for path, href in (("", "kb/feed.xml"), ("kb/projects", "../feed.xml"), ("kb/topics/qiche/2024", "../../../feed.xml")):
        head = html(reuse_site, path).split("</head>", 1)[0]
        assert f'<link rel="alternate feed" type="application/atom+xml" title="最新文章" href="{href}">' in head
    topic_head = html(reuse_site, "kb/topics/qiche").split("</head>", 1)[0]
    assert re.search(r'<link rel="alternate feed" type="application/atom\+xml" title="长春产业知识库：汽车" href="feed.xml">', topic_head)
    assert 'href="kb/feed.xml"' in html(reuse_site, "").split("</head>", 1)[1]  # and a link a reader can see


def test_an_undated_article_is_left_out_of_the_feed():
    from atlas.records import Article, Block, BlockKind, PublicationDate
    from atlas.render.feeds import render_feed

    dated = Article(path="seeds/a.md", stem="a", slug="a", title="有日期", blocks=(Block(BlockKind.PARAGRAPH, "正文\x07。", (1,), "p1"),),
                    date=PublicationDate("2024-05", "month", "front-matter", False))
    undated = Article(path="seeds/b.md", stem="b", slug="b", title="无日期")
    xml = render_feed([undated, dated], "t", "kb/feed.xml", "", SITE, lambda a: SITE + a.slug + "/")
    assert xml.count("<entry>") == 1 and "<updated>2024-05-01T00:00:00+08:00</updated>" in xml and "\x07" not in xml
    assert xml == render_feed([undated, dated], "t", "kb/feed.xml", "", SITE, lambda a: SITE + a.slug + "/")


def test_project_and_company_pages_cite_themselves_dated_by_their_newest_source(reuse_site):
    blocks = _code_blocks(html(reuse_site, "kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu"))
    assert blocks[-1] == f"长春产业知识库. 奥迪一汽新能源汽车项目[EB/OL]. (2025)[引用日期]. {SITE}kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu/.\n"
    assert _code_blocks(html(reuse_site, "kb/companies/zhongchechangke"))[-1].startswith("长春产业知识库. 中车长客[EB/OL]. (")
    assert 'class="md-clipboard' not in html(reuse_site, "kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu")  # made by Material's script


# --- 5. sitemap dates, 6. breadcrumbs ------------------------------------------------------------

def _sitemap(project) -> dict[str, str]:
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(project / "site/sitemap.xml").getroot()
    return {u.find("s:loc", ns).text: u.find("s:lastmod", ns).text for u in root.findall("s:url", ns)}


def test_sitemap_dates_pages_by_their_articles_not_by_the_build(reuse_site):
    dates = _sitemap(reuse_site)
    assert len(dates) > 80 and all(dates.values())
    assert dates[SITE + "kb/articles/reuse-test/"] == "2024-03-05"
    assert dates[SITE + "kb/articles/mou-guihua-qiang-chuangxin-cufazhan-kan/"] == "2022-10-13"
    assert dates[SITE + "kb/articles/nishi-yangfan-qiu-kuayue/"] == "2023-11-21"  # inferred 2023: not before the latest date it reports
    assert dates[SITE + "kb/topics/qiche/2022/"] == "2022-10-13"  # the newest article it quotes
    assert dates[SITE + "kb/articles/by-year/2024/"] == "2024-11-01"  # 000 (2024, not before 2024-11) is newer than 2024-03-05
    assert dates[SITE + "kb/downloads/"] == "2025-11-01"  # draws on every article: the newest (2025, not before 2025-11)
    assert dates[SITE] == "1970-01-01"  # hand-written: the build date (SOURCE_DATE_EPOCH)
    assert [d for u, d in dates.items() if d == "1970-01-01"] == ["1970-01-01"]


def test_the_deploy_dates_its_build_by_the_last_commit():
    import yaml

    from tests.conftest import ROOT

    steps = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
    build = next(s for s in steps if s.get("run", "").strip().endswith("make site"))
    assert 'SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"' in build["run"]
    assert (ROOT / "Makefile").read_text(encoding="utf-8").count("export SOURCE_DATE_EPOCH ?= 0") == 1  # local builds stay at 0


def test_deep_pages_carry_the_trail_up_to_home():
    from atlas.build import read_all
    from atlas.config import Paths
    from atlas.build import extract_and_link as link
    from atlas.render.pages import render_pages
    from atlas.render.paging import PageSizes
    from tests.conftest import ROOT

    articles, problems = read_all(Paths(ROOT))
    small = PageSizes(entity_excerpts=1, entity_archive=1, entity_list=2, sources=1, names=1, index_top=2, index_rows=3,
                      articles_latest=2, articles_rows=3, timeline_latest=3, timeline_rows=4, topic_events=2, topic_projects=2,
                      topic_paragraphs=6, report_files=3, report_disagreements=1)
    pages = render_pages(link(articles, problems, ROOT), ROOT / "templates", small)
    second = sorted(p for p in pages if p.startswith("projects/") and p.endswith("/2.md"))
    assert second, sorted(pages)
    project = second[0][: -len("/2.md")]
    title = json.loads(next(l for l in pages[project + ".md"].splitlines() if l.startswith("title: "))[7:])
    assert f'crumbs: [["首页", ""], ["项目", "kb/projects/"], [{json.dumps(title, ensure_ascii=False)}, "kb/{project}/"]]' in pages[second[0]]
    assert 'crumbs: [["首页", ""], ["产业主题", "kb/topics/"], ["汽车", "kb/topics/qiche/"]]' in pages["topics/qiche/2024.md"]
    assert 'crumbs: [["首页", ""], ["时间线", "kb/timeline/"]]' in pages["timeline/2023.md"]
    assert "crumbs:" not in pages["timeline.md"] and "crumbs:" not in pages["downloads.md"]  # top level: nothing above but home


# --- 6. 编辑原文 -------------------------------------------------------------------------------------

def test_article_pages_link_their_file_in_seeds_for_editing(reuse_site):
    import re

    page = html(reuse_site, "kb/articles/reuse-test")
    assert re.search(rf'<a href="{REPO}/edit/main/seeds/900_reuse.md" title="编辑原文" aria-label="编辑原文" class="md-content__button md-icon" rel="edit">', page)
    seed = html(reuse_site, "kb/articles/nishi-yangfan-qiu-kuayue")
    assert f'href="{REPO}/edit/main/seeds/001_6002dfd231891dcc.txt"' in seed
    for path in ("", "kb/projects", "kb/topics/qiche/2024"):
        assert 'rel="edit"' not in html(reuse_site, path)  # generated from everything: nothing to edit
    for p in (reuse_site / "site").rglob("*.html"):
        assert 'data-md-component="source"' not in p.read_text(encoding="utf-8"), p  # no call to the host's API


def test_without_a_repository_there_is_no_edit_link(built_site):
    assert 'rel="edit"' not in (built_site / "site/kb/articles/nishi-yangfan-qiu-kuayue/index.html").read_text(encoding="utf-8")


# --- 7. one database file ----------------------------------------------------------------------------

def test_database_holds_the_csv_tables_with_their_column_descriptions(reuse_site):
    import sqlite3

    from atlas.render.exports import _KINDS

    db = sqlite3.connect(reuse_site / "site/kb/downloads/atlas.sqlite")
    try:
        for name, _title, _rows, columns in _KINDS:
            csv_rows = list(csv.DictReader(io.StringIO((reuse_site / f"site/kb/downloads/{name}.csv").read_text(encoding="utf-8-sig"))))
            cur = db.execute(f'SELECT * FROM "{name}"')
            assert [d[0] for d in cur.description] == list(columns)
            rows = cur.fetchall()
            assert len(rows) == len(csv_rows) > 0, name
            described = dict(db.execute("SELECT column_name, description FROM column_descriptions WHERE table_name = ?", (name,)).fetchall())
            assert described == columns
            schema = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
            assert all(f"-- {d}" in schema for d in columns.values())
        ours = db.execute("SELECT source, url, authors, date_inferred FROM articles WHERE article = '900_reuse'").fetchone()
        assert ours == ("长春日报", URL, '["甲乙","丙丁","戊己","庚辛"]', 0)
        joined = db.execute("SELECT count(*) FROM events e JOIN articles a ON a.article = e.article").fetchone()[0]
        assert joined == db.execute("SELECT count(*) FROM events").fetchone()[0]
        assert db.execute("SELECT typeof(mentions) FROM projects LIMIT 1").fetchone() == ("integer",)
    finally:
        db.close()
    assert "atlas.sqlite" in html(reuse_site, "kb/downloads")


def test_database_bytes_depend_only_on_the_rows():
    from atlas.render.database import render_database

    tables = [("t", "表", {"a": "甲 -- 注释", "n": "数", "l": "列表"}, [{"a": "x'\"", "n": 3, "l": ["一", "二"]}, {"a": None, "n": True, "l": []}])]
    first = render_database(tables)
    assert first == render_database(tables) and first.startswith(b"SQLite format 3\x00")
