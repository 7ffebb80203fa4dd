#!/usr/bin/env python3
"""Build synthetic corpora of N articles from scratch and print what it costs, per N.

    python scripts/benchmark.py --sizes 100 1000 --runs 3
    python scripts/benchmark.py --sizes 5000 --runs 1 --keep /tmp/bench   # keep the built copies

Each run writes a fresh corpus (scripts/make_corpus.py) into a temporary folder, then measures:
generator time (`scripts/build.py build`), MkDocs time (`mkdocs build`), peak memory of each,
pages, site size, search-index bytes, and edit → preview: one article in seeds/ is changed, the
generator runs again and the clock stops when that article's page under docs/kb has the edit;
`mkdocs build --dirty --no-strict` is timed after it. Medians are over the runs. Never touches this checkout.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_corpus import make_corpus  # noqa: E402

GNU_TIME = Path("/usr/bin/time")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
EDIT_MARK = "（基准测试编辑）"
EDITED = "seeds/00000_bench.txt"
EDITED_SLUG = "bench-00000"


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


def edit_article(project: Path) -> None:
    """Change one sentence of the first article, as an editor would, and save it."""
    path = project / EDITED
    text = path.read_text(encoding="utf-8")
    at = text.index("。", text.index("\n---\n") + 5)
    path.write_text(text[:at] + EDIT_MARK + text[at:], encoding="utf-8")


def article_page(project: Path) -> Path:
    pages = sorted((project / "docs" / "kb").rglob(f"{EDITED_SLUG}.md")) + sorted((project / "docs" / "kb").rglob(f"{EDITED_SLUG}/index.md"))
    if not pages:
        raise SystemExit(f"no page for {EDITED_SLUG} under {project / 'docs/kb'}")
    return pages[0]


def time_edit_to_page(project: Path) -> tuple[float, float]:
    """Seconds from starting the generator after the edit until the article's page shows it, and until the generator exits."""
    page_name = article_page(project).relative_to(project)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "scripts/build.py", "build"], cwd=project, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen = None
    while seen is None:
        exited = proc.poll() is not None
        try:
            if EDIT_MARK in (project / page_name).read_text(encoding="utf-8"):
                seen = time.perf_counter() - started
        except (FileNotFoundError, UnicodeDecodeError):
            pass  # mid-swap
        if exited:
            break
        time.sleep(0.02)
    _, err = proc.communicate()
    done = time.perf_counter() - started
    if proc.returncode != 0 or seen is None:
        raise SystemExit(f"the edit did not reach {page_name} (exit {proc.returncode}):\n{err[-3000:]}")
    return seen, done


def progress(n: int, what: str) -> None:
    """Each figure as soon as it is known, so a run stopped half-way still tells something."""
    print(f"  N={n}: {what}", file=sys.stderr, flush=True)


def measure(n: int, seed: int, workdir: Path) -> dict[str, float]:
    project = workdir / f"corpus-{n}"
    started = time.perf_counter()
    make_corpus(n, project, seed)
    corpus_s = time.perf_counter() - started
    gen_s, gen_mb = run([sys.executable, "scripts/build.py", "build"], project)
    progress(n, f"generator {gen_s:.1f}s, {gen_mb:.0f} MB")
    mk_s, mk_mb = run([sys.executable, "-m", "mkdocs", "build"], project)
    progress(n, f"mkdocs build {mk_s:.1f}s, {mk_mb:.0f} MB")
    site = project / "site"
    index = site / "search" / "search_index.json"
    result = {
        "corpus generation (s)": corpus_s,
        "generator (s)": gen_s,
        "mkdocs build (s)": mk_s,
        "full build (s)": gen_s + mk_s,
        "generator peak memory (MB)": gen_mb,
        "mkdocs peak memory (MB)": mk_mb,
        "generated pages (docs/kb)": sum(1 for _ in (project / "docs" / "kb").rglob("*.md")),
        "site HTML pages": sum(1 for _ in site.rglob("*.html")),
        "site size (MB)": folder_bytes(site) / 1e6,
        "largest HTML page (KB)": max(f.stat().st_size for f in site.rglob("*.html")) / 1e3,
        "search index (bytes)": index.stat().st_size if index.exists() else 0,
    }
    edit_article(project)
    page_s, gen2_s = time_edit_to_page(project)
    progress(n, f"edit → page in docs/kb {page_s:.1f}s")
    # --no-strict: mkdocs.yml is strict, and MkDocs always warns that a dirty build may have stale links
    dirty_s, _ = run([sys.executable, "-m", "mkdocs", "build", "--dirty", "--no-strict"], project)
    result |= {
        "edit → page in docs/kb (s)": page_s,
        "edit → generator done (s)": gen2_s,
        "mkdocs build --dirty (s)": dirty_s,
        "edit → preview (s)": gen2_s + dirty_s,
    }
    return result


def fmt(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.2f}" if value != int(value) else f"{int(value)}"


def print_table(n: int, runs: list[dict[str, float]]) -> None:
    keys = list(runs[0])
    head = ["metric", *[f"run {i + 1}" for i in range(len(runs))], "median"]
    rows = [[k, *[fmt(r[k]) for r in runs], fmt(statistics.median(r[k] for r in runs))] for k in keys]
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(len(head))]
    print(f"\nN = {n} articles ({len(runs)} run{'s' if len(runs) > 1 else ''})")
    for row in [head, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Example: python scripts/benchmark.py --sizes 100 1000 --runs 3")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], help="corpus sizes N (default: 100 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the table shows each and the median (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
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
            print(f"N={n} run {i + 1}/{args.runs}: full build {runs[-1]['full build (s)']:.1f}s", file=sys.stderr)
        print_table(n, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
