#!/usr/bin/env python3
"""Build synthetic corpora of N articles from scratch and print what it costs, per N.

    python scripts/benchmark.py --sizes 100 1000 --runs 3
    python scripts/benchmark.py --sizes 5000 --runs 1 --keep /tmp/bench   # keep the built copies

Each run writes a fresh corpus (scripts/make_corpus.py) into a temporary folder, then measures:
- the generator cold (`scripts/build.py build`, no cache) and warm (docs/kb deleted, the per-article
  cache of the cold build kept, as on an editor's machine or a CI runner that restores .cache/);
- `mkdocs build` (Material, plus the Pagefind index its hook writes), peak memory of each step;
- full build = generator + MkDocs, cold and warm;
- pages, site size, largest HTML page, search-index bytes, and the bytes a reader downloads to run
  a first search (scripts/search_bytes.py, in Chromium);
- edit → preview: `python -m atlas serve` runs as an editor runs it; one article is saved with a
  changed sentence, and the clock stops when the served page shows it (median of several edits, a
  second apart: atlas/preview.py drafts the edited page at once); then, after the last edit, when
  every page the edit changes is rebuilt (the whole generator build, then MkDocs after it).
Medians are over the runs. Never touches this checkout.

Before the corpora, the parts whose speed the tests once asserted (`--components` alone: seconds):
- a project-name suggestion with a catalogue of 5,000 entries (issue 9: comparing against every
  entry took about a second a name; the index makes it cost the same at any size);
- reading a 1 MB article (7,000 paragraphs);
- the preview loop (atlas/preview.py `watch`, no MkDocs) from saving an edit of a seed to its
  rewritten page, median of five edits on the five seeds.
Pass/fail tests check what these do; how fast they do it is measured here, on an idle machine.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from make_corpus import make_corpus  # noqa: E402
from search_bytes import first_search_bytes  # noqa: E402

GNU_TIME = Path("/usr/bin/time")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
EDITED = "seeds/00000_bench.txt"
EDITED_SLUG = "bench-00000"
EDITS = 5  # edits timed per run in the preview
SEARCH_QUERIES = ("长光卫星", "中车长客", "吉林一号", "专精特新")  # the largest download of these is reported


def run(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Run one build step; its wall time (s) and peak resident memory (MB). Fails loudly."""
    measured = [str(GNU_TIME), "-v", *cmd] if GNU_TIME.exists() else cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run(measured, cwd=cwd, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"`{' '.join(cmd)}` failed in {cwd}:\n{proc.stderr[-3000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    if m:
        return seconds, int(m.group(1)) / 1024
    # Without GNU time: the largest child so far, which is only right when it grew (an upper bound).
    return seconds, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def folder_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def edit_article(project: Path, mark: str) -> None:
    """Change one sentence of the first article, as an editor would, and save it."""
    path = project / EDITED
    text = path.read_text(encoding="utf-8")
    at = text.index("。", text.index("\n---\n") + 5)
    path.write_text(text[:at] + mark + text[at:], encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        return urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
    except OSError:
        return ""


def settled(log: Path, since: int) -> bool:
    """The preview's log, from byte `since`: a whole build has written its pages and MkDocs has
    rebuilt after it (atlas/preview.py prints the first line, MkDocs the second)."""
    text = log.read_bytes()[since:].decode("utf-8", "replace")
    done = text.find("[atlas] regenerated")
    return done >= 0 and "Reloading browsers" in text[done:]


def time_preview_edits(project: Path, n: int) -> tuple[list[float], float]:
    """Seconds from saving an edited article to the preview server serving it, for EDITS edits; and
    from the last save until every page it changes is rebuilt (the whole build, then MkDocs)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/kb/articles/{EDITED_SLUG}/"
    log = open(project / "preview.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "atlas", "serve", "--address", f"127.0.0.1:{port}"],
                              cwd=project, env=ENV, stdout=log, stderr=subprocess.STDOUT)
    try:
        started = time.perf_counter()
        while not fetch(url):
            if server.poll() is not None or time.perf_counter() - started > 1800:
                raise SystemExit(f"the preview did not start; see {project / 'preview.log'}")
            time.sleep(0.5)
        time.sleep(2)  # let the first build's file events settle
        seconds = []
        for k in range(EDITS):
            mark = f"（基准测试编辑{k + 1}）"
            logged = (project / "preview.log").stat().st_size
            saved = time.perf_counter()
            edit_article(project, mark)
            while mark not in fetch(url):
                if time.perf_counter() - saved > 600:
                    raise SystemExit(f"edit {k + 1} did not reach the preview in 600 s; see {project / 'preview.log'}")
                time.sleep(0.05)
            seconds.append(time.perf_counter() - saved)
            progress(n, f"edit {k + 1} → preview {seconds[-1]:.2f}s")
            if k + 1 < EDITS:
                time.sleep(1)  # an editor saving again soon: the whole build of this edit is overtaken
        while not settled(project / "preview.log", logged):
            if time.perf_counter() - saved > 1800:
                raise SystemExit(f"the whole build after the last edit did not finish; see {project / 'preview.log'}")
            time.sleep(0.1)
        settle = time.perf_counter() - saved
        progress(n, f"last edit → every page rebuilt {settle:.2f}s")
        return seconds, settle
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def progress(n: int, what: str) -> None:
    """Each figure as soon as it is known, so a run stopped half-way still tells something."""
    print(f"  N={n}: {what}", file=sys.stderr, flush=True)


def search_figures(site: Path) -> dict[str, float]:
    pagefind = site / "pagefind"
    figures = {"search index on disk (MB)": folder_bytes(pagefind) / 1e6 if pagefind.is_dir() else 0.0}
    downloads = [first_search_bytes(site, q)["search"] for q in SEARCH_QUERIES]  # after the page itself
    figures[f"first search download, largest of {len(SEARCH_QUERIES)} names (KB)"] = max(downloads) / 1e3
    return figures


def measure(n: int, seed: int, workdir: Path) -> dict[str, float]:
    project = workdir / f"corpus-{n}"
    started = time.perf_counter()
    make_corpus(n, project, seed)
    corpus_s = time.perf_counter() - started
    gen_s, gen_mb = run([sys.executable, "scripts/build.py", "build"], project)
    progress(n, f"generator, cold {gen_s:.1f}s, {gen_mb:.0f} MB")
    shutil.rmtree(project / "docs" / "kb")
    warm_s, warm_mb = run([sys.executable, "scripts/build.py", "build"], project)
    progress(n, f"generator, warm {warm_s:.1f}s, {warm_mb:.0f} MB")
    mk_s, mk_mb = run([sys.executable, "-m", "mkdocs", "build"], project)
    progress(n, f"mkdocs build {mk_s:.1f}s, {mk_mb:.0f} MB")
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    result = {
        "corpus generation (s)": corpus_s,
        "generator, cold cache (s)": gen_s,
        "generator, warm cache (s)": warm_s,
        "mkdocs build + search index (s)": mk_s,
        "full build, cold cache (s)": gen_s + mk_s,
        "full build, warm cache (s)": warm_s + mk_s,
        "generator peak memory (MB)": max(gen_mb, warm_mb),
        "mkdocs peak memory (MB)": mk_mb,
        "generated pages (docs/kb)": sum(1 for _ in (project / "docs" / "kb").rglob("*.md")),
        "site HTML pages": len(pages),
        "site size (MB)": folder_bytes(site) / 1e6,
        "largest HTML page (KB)": max(f.stat().st_size for f in pages) / 1e3,
    }
    result |= search_figures(site)
    progress(n, f"site {result['site size (MB)']:.0f} MB, {len(pages)} pages")
    edits, settle = time_preview_edits(project, n)
    result |= {"edit → preview, median of %d edits (s)" % EDITS: statistics.median(edits),
               "last edit → every page it changes rebuilt (s)": settle}
    return result


def time_suggestions(entries: int = 5000, names: int = 100) -> float:
    """Milliseconds a name for `suggest_canonical` against a catalogue of `entries` entries."""
    from atlas.extract.project_names import ProjectCatalogue, ProjectEntry, load_catalogue, suggest_canonical

    places = [a + b + c for a in "鼎恒瑞嘉泰宏华远景昌" for b in "华信川达润晟航岳通海" for c in "泰丰源达兴川阳新盛安"]
    kinds = ("奥迪新能源汽车项目", "光电信息产业园", "生物医药城", "轨道车辆新材料项目", "动力电池基地")
    places = places[: max(1, entries // len(kinds))]
    catalogue = ProjectCatalogue(tuple(ProjectEntry(f"{p}{k}") for p in places for k in kinds), load_catalogue(ROOT, []).rules)
    asked = places[:: max(1, len(places) // names)]
    started = time.perf_counter()
    suggestions = [suggest_canonical(f"{p}奥迪新能源汽车工厂", catalogue, catalogue.rules.heads) for p in asked]
    seconds = time.perf_counter() - started
    if suggestions != [f"{p}奥迪新能源汽车项目" for p in asked]:
        raise SystemExit("suggest_canonical suggested the wrong entries")
    return seconds * 1000 / len(asked)


def time_big_article(paragraphs: int = 7000) -> float:
    """Seconds to read one article of `paragraphs` paragraphs (7,000 is about 1 MB)."""
    from atlas.build import read_all
    from atlas.config import Paths

    with tempfile.TemporaryDirectory(prefix="atlas-bench-read-") as tmp:
        project = Path(tmp)
        for name in ("data", "templates"):
            shutil.copytree(ROOT / name, project / name)
        (project / "seeds").mkdir()
        sentence = "长春市持续推动汽车产业集群高质量发展，全市新能源汽车产销分别增长百分之四十以上，项目建设加快推进。"
        text = "\n\n".join(f"{sentence}第{i}段。" for i in range(paragraphs))
        (project / "seeds/big.txt").write_text("很长的文章\n\n" + text, encoding="utf-8")
        started = time.perf_counter()
        articles, _ = read_all(Paths(project))
        seconds = time.perf_counter() - started
    if [len(a.paragraphs) for a in articles] != [paragraphs]:
        raise SystemExit("the big article was not read paragraph by paragraph")
    return seconds


def time_preview_loop(edits: int = 5) -> float:
    """Median seconds from saving an edit of a seed to its rewritten page, in atlas/preview.py's
    watch loop on a copy of the five seeds (MkDocs not running)."""
    import threading

    import atlas.preview

    times = []
    with tempfile.TemporaryDirectory(prefix="atlas-bench-preview-") as tmp:
        project = Path(tmp) / "project"
        shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(
            ".git", ".venv", "node_modules", "site", "kb", ".cache", "test-artifacts", "__pycache__", ".pytest_cache", ".hypothesis"))
        regenerator = atlas.preview.Regenerator(project)
        regenerator.rebuild()
        seed, page = project / "seeds/002_52c7512c7d06600e.txt", project / "docs/kb/articles/fenli-tisheng-ting-jiliang.md"
        stop, watching = threading.Event(), threading.Event()
        snapshot = atlas.preview.snapshot
        atlas.preview.snapshot = lambda root: (snapshot(root), watching.set())[0]
        thread = threading.Thread(target=atlas.preview.watch, args=(regenerator, stop, 0.2), daemon=True)
        thread.start()
        try:
            watching.wait(30)
            original = seed.read_text(encoding="utf-8")
            for i in range(edits):
                mark = f"（第{'一二三四五六七八九十'[i]}次修改）"
                seed.write_text(original.replace("一路高歌，", f"一路高歌{mark}，", 1), encoding="utf-8")
                started = time.perf_counter()
                while mark not in page.read_text(encoding="utf-8"):
                    if time.perf_counter() - started > 60:
                        raise SystemExit("an edit did not reach the preview in 60 s")
                    time.sleep(0.02)
                times.append(time.perf_counter() - started)
                time.sleep(1)  # the whole build the edit started settles before the next edit (as an editor types)
        finally:
            stop.set()
            thread.join(30)
            atlas.preview.snapshot = snapshot
    return statistics.median(times)


def component_timings() -> dict[str, float]:
    return {
        "project-name suggestion, 5,000 catalogue entries (ms a name)": time_suggestions(),
        "reading a 1 MB article, 7,000 paragraphs (s)": time_big_article(),
        "preview loop, edit → rewritten page, five seeds (s)": time_preview_loop(),
    }


def fmt(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.2f}" if value != int(value) else f"{int(value)}"


def print_table(n: int | str, runs: list[dict[str, float]]) -> None:
    keys = list(runs[0])
    head = ["metric", *[f"run {i + 1}" for i in range(len(runs))], "median"]
    rows = [[k, *[fmt(r[k]) for r in runs], fmt(statistics.median(r[k] for r in runs))] for k in keys]
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(len(head))]
    print(f"\nN = {n} articles ({len(runs)} run{'s' if len(runs) > 1 else ''})" if isinstance(n, int) else f"\n{n}")
    for row in [head, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Example: python scripts/benchmark.py --sizes 100 1000 --runs 3")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="corpus sizes N (default: 100 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the table shows each and the median (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder, removed)")
    parser.add_argument("--components", action="store_true", help="only the component timings (a few seconds), no corpora")
    args = parser.parse_args(argv)
    print_table("components", [component_timings()])
    if args.components:
        return 0
    if not GNU_TIME.exists():
        print("note: /usr/bin/time not found; peak memory is the largest child process so far (an upper bound)", file=sys.stderr)
    for n in args.sizes:
        runs = []
        for i in range(args.runs):
            if args.keep:
                work = args.keep / f"n{n}-run{i + 1}"
                shutil.rmtree(work, ignore_errors=True)
                work.mkdir(parents=True)
                runs.append(measure(n, args.seed, work))
            else:
                with tempfile.TemporaryDirectory(prefix=f"atlas-bench-{n}-") as tmp:
                    runs.append(measure(n, args.seed, Path(tmp)))
            print(f"N={n} run {i + 1}/{args.runs}: full build {runs[-1]['full build, warm cache (s)']:.1f}s warm, "
                  f"{runs[-1]['full build, cold cache (s)']:.1f}s cold", file=sys.stderr)
        print_table(n, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
