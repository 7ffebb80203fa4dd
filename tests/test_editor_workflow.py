"""Editors' workflow: the build report page, and the live preview regenerating after an edit."""
import gzip
import json
import shutil
import threading
import time

from tests.conftest import copy_project


def test_report_page_lists_what_to_do(built_site):
    report = (built_site / "docs/kb/report.md").read_text(encoding="utf-8")
    assert "search:\n  exclude: true" in report
    for title in ("“质”“效”齐升韧性强", "逆势扬帆求跨越", "奋力提升挺“脊梁”", "高质量发展的长春实践"):
        assert f"## [{title}]" in report.replace("\\", "")
    assert "日期：2022年10月13日，文末报名日期行" in report
    assert "由正文推断" in report
    # the fragment of 000 that could not be placed, with the line and the fix
    row = next(l for l in report.replace("\\", "").splitlines() if "| 请检查 | 97 |" in l)
    assert "data/layout.yaml" in row
    # conflicts between articles are kept side by side
    assert "奥迪一汽新能源汽车项目 的投资额" in report and "209亿元" in report and "358亿元" in report
    # left out of search: the theme does not mark it for Pagefind, so no index entry points to it
    assert "data-pagefind-body" not in (built_site / "site/kb/report/index.html").read_text(encoding="utf-8")
    indexed = [json.loads(gzip.decompress(f.read_bytes())[12:])["url"] for f in (built_site / "site/pagefind/fragment").iterdir()]
    assert "/kb/articles/nishi-yangfan-qiu-kuayue/" in indexed and not [u for u in indexed if u.startswith("/kb/report")]


STAGES_PER_ARTICLE = ("read", "pubdate", "simplify", "topics", "events", "names", "figures")


def test_preview_regenerates_only_the_edited_article(tmp_path):
    from atlas.preview import Regenerator, watch

    project = copy_project(tmp_path)
    regenerator = Regenerator(project)
    regenerator.rebuild()
    pages = project / "docs/kb/articles"
    edited = pages / "fenli-tisheng-ting-jiliang.md"
    untouched = pages / "nishi-yangfan-qiu-kuayue.md"
    before = untouched.stat().st_mtime_ns
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(regenerator, stop, 0.2), daemon=True)
    thread.start()
    try:
        time.sleep(0.5)
        seed = project / "seeds/002_52c7512c7d06600e.txt"
        seed.write_text(seed.read_text(encoding="utf-8").replace("一路高歌，捷报频传！", "一路高歌，喜讯频传！"), encoding="utf-8")
        started = time.perf_counter()
        while "喜讯频传" not in edited.read_text(encoding="utf-8"):
            assert time.perf_counter() - started < 10, "the edit did not reach the preview"
            time.sleep(0.1)
        seconds = time.perf_counter() - started
    finally:
        stop.set()
        thread.join(5)
    assert seconds < 5
    assert untouched.stat().st_mtime_ns == before  # unchanged pages keep their time: --dirty skips them
    # the edited article was the only one read and extracted again
    assert regenerator.cache.misses == len(STAGES_PER_ARTICLE)


def test_an_edited_article_is_drafted_before_the_whole_build(tmp_path):
    """The draft: the edited page at once, unchanged paragraphs keeping their links; then the build's page."""
    from atlas.build import build
    from atlas.cache import NoCache
    from atlas.preview import Regenerator

    (tmp_path / "preview").mkdir()
    (tmp_path / "fresh").mkdir()
    project, fresh = copy_project(tmp_path / "preview"), copy_project(tmp_path / "fresh")
    regenerator = Regenerator(project)
    regenerator.rebuild()
    rel = "seeds/002_52c7512c7d06600e.txt"
    page = project / "docs/kb/articles/fenli-tisheng-ting-jiliang.md"
    for root in (project, fresh):  # p3 is edited; p5 is not
        seed = root / rel
        seed.write_text(seed.read_text(encoding="utf-8").replace("中标国内年度最大", "中标国内当年最大"), encoding="utf-8")

    assert regenerator.draft(["data/projects.yaml", rel]) == []  # a data file can change any page: no draft
    assert regenerator.draft([rel]) == ["articles/fenli-tisheng-ting-jiliang.md"]
    draft = page.read_text(encoding="utf-8")
    assert "中标国内当年最大" in draft and "[中车长客](../companies/zhongchechangke.md" in draft  # p5 keeps its link
    assert "} 中车长客中标国内当年最大" in draft  # the edited p3: plain text until the build links its names

    regenerator.rebuild([rel])
    build(fresh, cache=NoCache())
    assert page.read_text(encoding="utf-8") == (fresh / "docs/kb/articles/fenli-tisheng-ting-jiliang.md").read_text(encoding="utf-8")
    assert "[中车长客](../companies/zhongchechangke.md \"企业：中车长客\"){: .name-link }中标国内当年最大" in page.read_text(encoding="utf-8")


def test_a_build_overtaken_by_an_edit_writes_nothing(tmp_path, monkeypatch):
    """An edit saved while a whole build runs: that build's (older) pages are dropped, the next one writes."""
    import atlas.preview
    from atlas.build import build

    project = copy_project(tmp_path)
    regenerator = atlas.preview.Regenerator(project)
    regenerator.rebuild()
    rel = "seeds/002_52c7512c7d06600e.txt"
    page = project / "docs/kb/articles/fenli-tisheng-ting-jiliang.md"
    seed = project / rel

    def build_then_edit(*args, **kwargs):  # the editor saves while this build renders
        may_write = kwargs.pop("may_write")
        seed.write_text(seed.read_text(encoding="utf-8").replace("一路高歌，捷报频传！", "一路高歌，喜讯频传！"), encoding="utf-8")
        regenerator.edited([rel])
        return build(*args, may_write=may_write, **kwargs)

    seed.write_text(seed.read_text(encoding="utf-8").replace("中标国内年度最大", "中标国内当年最大"), encoding="utf-8")
    monkeypatch.setattr(atlas.preview, "build", build_then_edit)
    assert regenerator.rebuild().superseded
    assert "喜讯频传" in page.read_text(encoding="utf-8")  # the draft of the newer edit stays
    monkeypatch.setattr(atlas.preview, "build", build)
    assert not regenerator.rebuild().superseded
    assert "喜讯频传" in page.read_text(encoding="utf-8") and "中标国内当年最大" in page.read_text(encoding="utf-8")


def test_serve_shows_an_edit_in_the_browser_page(tmp_path):
    """`make serve` end to end: MkDocs serves the pages, an edit to a seed reaches the served page."""
    import os
    import socket
    import subprocess
    import sys
    import urllib.request

    project = copy_project(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "atlas", "serve", "--root", str(project), "--address", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/kb/articles/fenli-tisheng-ting-jiliang/"

    def page() -> str:
        try:
            return urllib.request.urlopen(url, timeout=2).read().decode("utf-8")
        except OSError:
            return ""

    try:
        started = time.perf_counter()
        while "捷报频传" not in page():
            assert server.poll() is None, server.stderr.read().decode("utf-8")[-2000:]
            assert time.perf_counter() - started < 90, "the preview did not start"
            time.sleep(0.5)
        seed = project / "seeds/002_52c7512c7d06600e.txt"
        seed.write_text(seed.read_text(encoding="utf-8").replace("一路高歌，捷报频传！", "一路高歌，喜报频传！"), encoding="utf-8")
        edited = time.perf_counter()
        while "喜报频传" not in page():
            assert time.perf_counter() - edited < 30, "the edit did not reach the served page"
            time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(10)


def test_a_build_nobody_wants_stops_at_its_next_checkpoint(tmp_path):
    """The preview's whole build asks `keep_going` between articles, stages and pages: an edit
    stops it there (its pages would be dropped anyway), and it has written nothing."""
    from atlas.build import build
    from atlas.cache import NoCache

    project = copy_project(tmp_path)
    asked = []

    def keep_going() -> bool:
        asked.append(True)
        return len(asked) < 3  # the editor saves while the third article is read

    before = sorted(p.relative_to(project) for p in (project / "docs").rglob("*"))
    result = build(project, cache=NoCache(), keep_going=keep_going)
    assert result.superseded and result.kb is None and len(asked) == 3
    assert sorted(p.relative_to(project) for p in (project / "docs").rglob("*")) == before
    assert not build(project, cache=NoCache(), keep_going=lambda: True).superseded


def test_the_whole_build_waits_until_the_engine_has_shown_the_draft():
    """`atlas serve` reads MkDocs' log: a whole build starts once a rebuild begun after the draft has
    ended (else the two share the CPU and the draft shows later), and never waits for a stopped engine."""
    import io
    import queue

    from atlas.preview import EngineLog

    lines, relayed, engine = queue.Queue(), io.StringIO(), EngineLog()
    relay = threading.Thread(target=engine.relay, args=(iter(lines.get, None), relayed))
    relay.start()
    drafted = time.monotonic()
    assert not engine.wait_shown(drafted, timeout=0.1)  # no rebuild since the draft
    lines.put("INFO    -  Building documentation...\n")
    assert not engine.wait_shown(drafted, timeout=0.1)  # rebuilding
    lines.put("INFO    -  [17:12:20] Reloading browsers\n")
    assert engine.wait_shown(drafted, timeout=10)
    later = time.monotonic()
    assert not engine.wait_shown(later, timeout=0.1)  # a later draft waits for the next rebuild
    lines.put(None)  # the engine stopped
    relay.join()
    assert engine.wait_shown(later, timeout=10)
    assert relayed.getvalue() == "INFO    -  Building documentation...\nINFO    -  [17:12:20] Reloading browsers\n"


def test_warming_up_the_draft_writes_nothing(tmp_path):
    """`atlas serve` drafts an unchanged article once at start (to load what drafts need): the page
    it renders is the one the build wrote, so nothing changes on disk."""
    from atlas.preview import Regenerator

    project = copy_project(tmp_path)
    regenerator = Regenerator(project)
    regenerator.rebuild()
    pages = {p: p.read_bytes() for p in (project / "docs/kb").rglob("*.md")}
    first = regenerator.kb.articles[0]
    assert regenerator.draft([first.path]) == []
    regenerator.warm_up()
    assert regenerator._article_template is not None  # loaded for the editor's first edit
    assert {p: p.read_bytes() for p in (project / "docs/kb").rglob("*.md")} == pages
