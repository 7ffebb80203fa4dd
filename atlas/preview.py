"""Live preview: regenerate docs/kb when seeds/, data/ or templates/ change; MkDocs serves and reloads.

The generator only rewrites pages whose text changed, so MkDocs' own watcher (and `--dirty`) sees
just those files.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from .build import BuildResult, build
from .cache import ArticleCache
from .records import Severity

WATCHED = ("seeds", "data", "templates")


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    state = {}
    for name in WATCHED:
        folder = root / name
        if folder.is_dir():
            for p in folder.rglob("*"):
                if p.is_file():
                    st = p.stat()
                    state[p.as_posix()] = (st.st_mtime_ns, st.st_size)
    return state


class Regenerator:
    """Rebuilds in one long-lived process: the per-article cache stays in memory and the pages
    last written are known, so an edit costs its own article plus the linking and the pages it changes."""

    def __init__(self, root: Path):
        self.root = root
        self.cache = ArticleCache(root)
        self.pages: dict[str, str] | None = None
        self.render_memo: dict = {}

    def rebuild(self) -> BuildResult:
        started = time.perf_counter()
        result = build(self.root, cache=self.cache, previous=self.pages, render_memo=self.render_memo)
        if result.rendered:
            self.pages = result.rendered
        for p in result.problems:
            if p.severity is not Severity.INFO:
                print(p.format(), file=sys.stderr)
        print(f"[atlas] regenerated {result.written} changed page(s) in {time.perf_counter() - started:.2f}s", file=sys.stderr)
        return result


def watch(regenerator: Regenerator, stop: threading.Event, interval: float = 0.2) -> None:
    last = snapshot(regenerator.root)
    while not stop.wait(interval):
        now = snapshot(regenerator.root)
        if now != last:
            last = now
            try:
                regenerator.rebuild()
            except Exception as exc:  # keep serving the last good pages
                print(f"[atlas] build failed, last good pages kept: {exc}", file=sys.stderr)


def serve(root: Path, address: str = "127.0.0.1:8000") -> int:
    regenerator = Regenerator(root)
    regenerator.rebuild()
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(regenerator, stop), daemon=True)
    thread.start()
    try:
        # --dirty rebuilds only changed pages; MkDocs warns that it does, so the preview is not strict
        return subprocess.call([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict", "-a", address], cwd=root)
    except KeyboardInterrupt:
        return 0
    finally:
        stop.set()
