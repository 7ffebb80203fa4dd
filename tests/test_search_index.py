"""The search index (scripts/search_index.py, hooks/search_index.py): what Pagefind is given to index.

Readers find each paragraph on its article only: a heading marked data-pagefind-ignore leaves out its
section, as in Material's search; Chinese is indexed one character per word so that a query is
matched as the exact sequence of its characters (the browser side is in test_browser.py).
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
import threading

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import search_index  # noqa: E402

ZWSP = "\u200b"


def fragments(site) -> dict[str, str]:
    """Every indexed page's URL → the text Pagefind stored for it (its word breaks removed)."""
    out = {}
    for f in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = json.loads(gzip.decompress(f.read_bytes())[len(b"pagefind_dcd"):])
        out[data["url"]] = data["content"].replace(ZWSP, "")
    return out


def test_a_heading_marked_excluded_leaves_out_its_section():
    html = (
        '<h1 id="t">奥迪一汽</h1><p>又称 奥迪PPE</p>'
        '<h2 data-pagefind-ignore id="jinzhan">进展</h2><table><tr><td>暖封闭</td></tr></table><p>引文</p>'
        '<h3 id="kept">自己的一节</h3><p>保留</p>'
        '<h2 id="x" data-pagefind-ignore>提及</h2><ul><li>引文二</li></ul>'
    )
    kept = search_index.without_excluded_sections(html)
    assert "又称 奥迪PPE" in kept and "自己的一节" in kept and "保留" in kept
    for gone in ("进展", "暖封闭", "引文", "提及"):
        assert gone not in kept


def test_a_heading_without_an_id_does_not_end_an_excluded_section():
    # Material's search only starts a section at a heading with an id
    html = '<h2 data-pagefind-ignore id="a">甲</h2><p>引文</p><h4>小标题</h4><p>还是引文</p><h2 id="b">乙</h2><p>正文</p>'
    assert search_index.without_excluded_sections(html) == '<h2 id="b">乙</h2><p>正文</p>'


def test_chinese_text_gets_a_word_break_between_characters_never_inside_tags():
    html = '<h2 id="政策领航">政策领航 J7工厂</h2><p title="第1段">奥迪PPE，2023年</p>'
    out = search_index.one_word_per_character(html)
    assert out == (f'<h2 id="政策领航">政{ZWSP}策{ZWSP}领{ZWSP}航 J7工{ZWSP}厂</h2>'
                   f'<p title="第1段">奥{ZWSP}迪PPE，2023年</p>')
    assert out.replace(ZWSP, "") == html


def test_only_pages_marked_searchable_are_given_to_pagefind():
    page = ('<html lang="zh"><head><title>T</title></head><body><nav>导航</nav>'
            '<article class="md-content__inner md-typeset"><a id="__skip"></a>{}</article><footer>页脚</footer></body></html>')
    assert search_index.searchable_page(page.format("<h1>构建报告</h1>")) is None
    text = search_index.searchable_page(page.format('<div class="atlas-searchable" data-pagefind-body><h1 id="t">报告</h1></div>'))
    assert '<html lang="zh">' in text and "<title>T</title>" in text and f"报{ZWSP}告" in text
    assert "导航" not in text and "页脚" not in text


def test_built_index_leaves_out_the_report_and_every_repeated_paragraph(built_site):
    site = built_site / "site"
    report = (site / "kb/report/index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" not in report  # its front matter says search: exclude: true
    pages = fragments(site)
    assert "/kb/report/" not in pages and "/404.html" not in pages
    assert "/kb/articles/nishi-yangfan-qiu-kuayue/" in pages and "/kb/companies/zhongchechangke/" in pages
    # each sentence of an article is in that article's entry only, never in a topic, project,
    # company or timeline page that quotes it
    articles = {u: c for u, c in pages.items() if re.fullmatch(r"/kb/articles/[^/]+/", u)}
    assert len(articles) == 5
    checked = 0
    for url, text in articles.items():
        for sentence in re.split(r"[。；！？]", text):
            if len(sentence.strip()) >= 16:
                checked += 1
                assert [u for u, c in pages.items() if sentence.strip() in c] == [url], sentence
    assert checked > 200
    # what a project page keeps: its name and other names; not its quotes, nor the ¶ or labels
    project = pages["/kb/projects/aodi-yiqi-xinnengyuan-qiche-xiangmu/"]
    assert project.startswith("奥迪一汽新能源汽车项目") and "奥迪PPE项目" in project
    assert "暖封闭" not in project and "¶" not in project
    article = pages["/kb/articles/nishi-yangfan-qiu-kuayue/"]
    assert "暖封闭" in article and "推断" not in article  # the dates line is data-pagefind-ignore


def test_index_is_world_readable_and_byte_identical_when_rebuilt(built_site, tmp_path):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(built_site / "site", site)
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    result = search_index.build_search_index(site)
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}
    assert after == before
    assert result.pages == len(fragments(site))
    assert (site / "pagefind").stat().st_mode & 0o755 == 0o755
    assert not list(tmp_path.glob(".pagefind-*"))  # no temporary folder left beside the site


def test_a_failed_index_keeps_the_last_good_one(built_site, tmp_path, monkeypatch):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(built_site / "site", site)
    entry = (site / "pagefind/pagefind-entry.json").read_bytes()

    def broken(source, output):
        raise SystemExit("Pagefind failed (exit 1)")

    monkeypatch.setattr(search_index, "run_pagefind", broken)
    with pytest.raises(SystemExit):
        search_index.build_search_index(site)
    assert (site / "pagefind/pagefind-entry.json").read_bytes() == entry
    assert not list(tmp_path.glob(".pagefind-*"))


@pytest.fixture
def hook(monkeypatch):
    """hooks/search_index.py with the indexing replaced by a recorder."""
    spec = importlib.util.spec_from_file_location("search_index_hook_under_test", ROOT / "hooks/search_index.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.calls = []
    done = threading.Event()

    def record(site):
        module.calls.append((site, threading.current_thread().name))
        done.set()

    monkeypatch.setattr(module, "_index", record)
    monkeypatch.setattr(module, "_reindex", record)
    module.done = done
    return module


def test_hook_indexes_a_full_build_and_keeps_the_index_on_a_dirty_one(hook, tmp_path):
    hook.on_startup(command="build", dirty=False)
    hook.on_post_build({"site_dir": str(tmp_path)})
    assert len(hook.calls) == 1
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind/pagefind.js").write_text("", encoding="utf-8")
    hook.on_startup(command="build", dirty=True)
    hook.on_post_build({"site_dir": str(tmp_path)})
    assert len(hook.calls) == 1  # an edit preview does not wait for a re-index


def test_hook_in_serve_indexes_at_start_then_in_the_background(hook, tmp_path):
    hook.on_startup(command="serve", dirty=True)
    hook.on_post_build({"site_dir": str(tmp_path)})
    assert hook.calls == [(tmp_path, threading.current_thread().name)]  # before the server starts
    hook.done.clear()
    hook.on_post_build({"site_dir": str(tmp_path)})  # an edit: the rebuild returns at once
    assert hook.done.wait(5)
    assert hook.calls[1] == (tmp_path, "search-index")
