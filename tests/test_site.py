"""End to end: a clean checkout builds with `mkdocs build --strict`, one page per article, twice the same."""
import hashlib
import shutil

from tests.conftest import ROOT, build_site, copy_project


def _load_hook(name):
    """A module of hooks/, loaded from its file as MkDocs loads it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"test_hook_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tree_digest(folder):
    h = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h[p.relative_to(folder).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return h


def test_one_page_per_article(built_site):
    pages = sorted(p.name for p in (built_site / "docs/kb/articles").glob("*.md") if p.name != "index.md")
    assert len(pages) == 5
    for slug in ("zhi-xiao-qi-sheng-renxing-qiang", "nishi-yangfan-qiu-kuayue", "fenli-tisheng-ting-jiliang",
                 "mou-guihua-qiang-chuangxin-cufazhan-kan", "gaozhiliang-fazhan-de-changchun-shijian"):
        assert (built_site / "site/kb/articles" / slug / "index.html").is_file()


def test_strict_build_has_no_warnings(built_site, tmp_path):
    project = copy_project(tmp_path)
    result = build_site(project)
    assert result.returncode == 0
    assert "WARNING" not in result.stderr


def test_byte_identical_when_built_twice(built_site, tmp_path):
    first = tree_digest(built_site / "site"), tree_digest(built_site / "docs/kb")
    again = copy_project(tmp_path)
    assert build_site(again).returncode == 0
    assert (tree_digest(again / "site"), tree_digest(again / "docs/kb")) == first


def test_removed_article_leaves_no_stale_page(tmp_path):
    project = copy_project(tmp_path)
    assert build_site(project).returncode == 0
    page = project / "docs/kb/articles/fenli-tisheng-ting-jiliang.md"
    assert page.exists()
    (project / "seeds/002_52c7512c7d06600e.txt").unlink()
    assert build_site(project).returncode == 0
    assert not page.exists()


def test_failed_build_keeps_last_good_output(tmp_path):
    import subprocess, sys

    project = copy_project(tmp_path)
    assert build_site(project).returncode == 0
    before = tree_digest(project / "docs/kb")
    (project / "seeds/bad.txt").write_text("---\ntitle: [unclosed\n---\n正文。\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "scripts/build.py", "build", "--strict"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert "seeds/bad.txt:2" in result.stderr
    assert tree_digest(project / "docs/kb") == before


def test_article_text_cannot_inject_markup(tmp_path):
    project = copy_project(tmp_path)
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    (project / "seeds/x.md").write_text(
        "---\ntitle: 注入测试 *粗*\ndate: 2024-05-01\n---\n"
        "这是第一段，含有<script>alert(1)</script>和[链接](http://evil.example)以及 **粗体** 和 {: #x } 标记，3<5。\n\n"
        "# 不是标题，只是井号开头的一段话。\n",
        encoding="utf-8",
    )
    assert build_site(project).returncode == 0
    html = next((project / "site/kb/articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "alert(1)" not in html  # pasted HTML is reduced to text
    assert "3&lt;5" in html  # a lone < is text, shown literally
    assert 'href="http://evil.example"' not in html
    assert "[链接](http://evil.example" in html  # shown as text (the ) after it becomes full-width)
    assert "**粗体**" in html


def test_pages_carry_no_theme_indentation_but_keep_verbatim_blocks(built_site):
    import re

    compact_html = _load_hook("compact_html").compact_html
    page = (built_site / "site/kb/articles/zhi-xiao-qi-sheng-renxing-qiang/index.html").read_text(encoding="utf-8")
    outside_scripts = re.sub(r"<(script|pre)\b.*?</\1>", "", page, flags=re.S)  # (the citation blocks are <pre>)
    assert not re.search(r"\n[ \t]", outside_scripts)  # Material indents its templates; the hook drops that
    assert 'id="p1"' in page and "<h1" in page
    sample = "<div>\n    <p>长春\n      一汽</p>\n</div>\n<pre>  a\n    b</pre>\n<script>\n  var x = 1;\n</script>"
    assert compact_html(sample) == "<div>\n<p>长春\n一汽</p>\n</div>\n<pre>  a\n    b</pre>\n<script>\n  var x = 1;\n</script>"


# What the theme adds around each page's own content and table of contents, in bytes: the site has thousands of pages
# (about 4,800 at 1,000 articles), so each byte of it counts thousands of times. Material's chrome
# was 12.8 KB on the median page; the search box, the light/dark switch and the config Material's
# search needs now come from cached scripts or are left out (overrides/), and it is 7.4 KB.
CHROME_BUDGET = 8_000


def test_theme_chrome_around_each_page_stays_within_its_budget(built_site):
    pages = [p for p in (built_site / "site").rglob("*.html") if "pagefind" not in p.parts]
    sizes = {}
    for p in pages:
        html = p.read_bytes()
        start, end = html.find(b"<article"), html.find(b"</article>")
        toc, toc_end = html.find(b'<div class="md-sidebar md-sidebar--secondary"'), html.find(b'<div class="md-content"')
        if start >= 0:  # the page's own: its content and its table of contents
            sizes[p.relative_to(built_site / "site").as_posix()] = len(html) - (end - start) - (toc_end - toc)
    assert len(sizes) > 50
    typical = sorted(sizes.values())[len(sizes) // 2]  # the median page (long nav sections and descriptions vary)
    assert typical <= CHROME_BUDGET, typical
    home = (built_site / "site/index.html").read_text(encoding="utf-8")
    assert "md-search__output" not in home and "data-md-component=\"palette\"" not in home  # made by the scripts
    assert '"search":' not in home and "search.result" not in home  # Material's search is not used
    assert not [p.name for p in (built_site / "site/pagefind").glob("pagefind-*ui*")]  # Pagefind's own UI, unused


def test_the_light_dark_script_has_the_palettes_of_mkdocs_yml():
    """docs/javascripts/palette.js writes the switch that Material would write from theme.palette."""
    import re
    from pathlib import Path

    import material
    from mkdocs.config import load_config

    palettes = load_config(str(ROOT / "mkdocs.yml")).theme["palette"]
    script = (ROOT / "docs/javascripts/palette.js").read_text(encoding="utf-8")
    found = re.findall(r'\{ media: "([^"]+)", scheme: "([^"]+)", primary: "([^"]+)", accent: "([^"]+)", name: "([^"]+)",\s*icon: "([^"]+)" \}', script)
    icons = Path(material.__file__).parent / "templates/.icons"  # Material's icon set
    expected = [(p["media"], p["scheme"], p["primary"], p["accent"], p["toggle"]["name"],
                 re.search(r' d="([^"]+)"', (icons / f"{p['toggle']['icon']}.svg").read_text()).group(1)) for p in palettes]
    assert found == expected


def test_preview_rebuilds_reuse_the_compiled_theme_templates():
    """hooks/jinja_cache.py: `mkdocs serve` makes a new Jinja environment at every rebuild; the
    templates compiled for one rebuild serve the next, and an edited template is compiled anew."""
    import jinja2
    from mkdocs.config import load_config

    hook = _load_hook("jinja_cache")
    config = load_config(str(ROOT / "mkdocs.yml"))

    def compiled_while_loading(env) -> list[str]:
        names, compile_ = [], env.compile
        env.compile = lambda source, name=None, *args, **kwargs: names.append(name) or compile_(source, name, *args, **kwargs)
        env.get_template("main.html")
        return names

    assert compiled_while_loading(hook.on_env(config.theme.get_env(), config=config, files=None)) == ["main.html"]
    assert compiled_while_loading(hook.on_env(config.theme.get_env(), config=config, files=None)) == []

    cache = hook.MemoryBytecodeCache()
    edited = [jinja2.Environment(loader=jinja2.DictLoader({"t.html": source}), bytecode_cache=cache) for source in ("{{ 1 + 1 }}", "{{ 2 + 2 }}")]
    assert [env.get_template("t.html").render() for env in edited] == ["2", "4"]


def test_preview_rebuilds_on_file_events_instead_of_polling_docs(tmp_path):
    """hooks/prompt_rebuild.py: MkDocs' serve polls docs/ every 0.5 s; with the hook, writing a page
    asks the server for a rebuild at once, and docs/ is no longer polled (mkdocs.yml still is)."""
    import os

    from mkdocs.livereload import LiveReloadServer

    hook = _load_hook("prompt_rebuild")
    docs, config_file = tmp_path / "docs", tmp_path / "mkdocs.yml"
    docs.mkdir()
    config_file.write_text("site_name: t\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(str(docs))  # as `mkdocs serve` does before it runs the hooks' on_serve
    server.watch(str(config_file))

    class Config:
        docs_dir = str(docs)

    import queue

    from watchdog.events import FileSystemEventHandler

    seen: queue.Queue = queue.Queue()  # the events of docs/ as the hook's observer hands them out, in order

    def wait_for(event_type: str) -> None:
        while True:  # an event the observer never delivers fails with queue.Empty
            event = seen.get(timeout=10)
            if event.event_type == event_type and event.src_path.endswith("page.md"):
                return

    try:
        assert hook.on_serve(server, config=Config, builder=None) is server
        assert server.observer.emitters and len(server.observer.emitters) == 1  # only mkdocs.yml is polled
        assert not server._want_rebuild
        recorder = FileSystemEventHandler()
        recorder.on_any_event = seen.put
        [watch] = hook._observers[0].emitters  # the same watch: its handlers get each event in turn
        hook._observers[0].add_handler_for_watch(recorder, watch.watch)
        (docs / "page.md").write_text("# 长春\n", encoding="utf-8")  # the polling observer never started
        wait_for("closed")  # the write's last event: the hook has had them all
        assert server._want_rebuild, "no rebuild asked for after a file was written"
        server._want_rebuild = False
        (docs / "page.md").read_text(encoding="utf-8")  # reading (as a build does) asks for nothing
        wait_for("closed_no_write")
        (docs / "page.md").read_text(encoding="utf-8")
        wait_for("opened")  # an event after the first read's last: every handler has had those
        assert not server._want_rebuild
        assert os.path.abspath(docs) not in server._watched_paths
    finally:
        hook.on_shutdown()
