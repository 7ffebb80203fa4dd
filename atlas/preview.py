"""Live preview: regenerate docs/kb when seeds/, data/ or templates/ change; MkDocs serves and reloads.

The generator only rewrites pages whose text changed, so MkDocs' own watcher (and `--dirty`) sees
just those files. An edited article is shown twice: first a draft of its own page, rendered in a
fraction of a second against the last build (its unchanged paragraphs keep their links and labels,
edited ones are plain text with fresh topic labels), then, once the whole build has run (seconds
at a thousand articles), the final page and every page the edit changed (topics, timeline,
projects, companies), the same as a fresh build writes.
"""
from __future__ import annotations

import contextlib
import gc
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from .build import BuildResult, build
from .cache import ArticleCache
from .config import Paths
from .data_files import DataFileError
from .extract.pubdate import date_article
from .extract.topics import assign_article
from .read.layout import load_layout_joins
from .read.reader import read_article
from .read.seeds import read_regular_file
from .read.simplify import for_matching
from .read.webpage import load_furniture_rules
from .records import Severity
from .render.context import environment
from .render.pages import render_article_page
from .render.paths import article_path
from .write import write_file

WATCHED = ("seeds", "data", "templates")
BUILD_NICENESS = 10  # the whole build's thread yields the CPU to drafts and to the engine's rebuild
ENGINE_WAIT = 20.0  # s: the longest a whole build waits for the engine to show the draft first
REBUILD_STARTED = "Building documentation"  # what MkDocs 1.x logs around each rebuild
REBUILD_ENDED = ("Reloading browsers", "An error happened during the rebuild")


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
    last written are known, so an edit costs its own article plus the linking and the pages it changes.

    Two threads may use it (see `watch`): one drafts each edit as it is saved, the other runs whole
    builds. Every write to docs/kb holds `_lock`, and a build that an edit overtook (its inputs are
    older than the newest draft) writes nothing: the next build starts over with the edit in it.
    """

    def __init__(self, root: Path):
        self.root = root
        self.cache = ArticleCache(root)
        self.pages: dict[str, str] | None = None
        self.render_memo: dict = {}
        self.kb = None  # the last build's knowledge base, which drafts are rendered against
        self.edits = 0  # edits seen so far; a build may write only if none came in while it ran
        self.drafted_at = float("-inf")  # time.monotonic() of the last draft written
        self._lock = threading.Lock()
        self._article_template = None

    def edited(self, changed: list[str]) -> list[str]:
        """Note an edit of `changed` (paths under the root) and draft the edited articles' pages."""
        with self._lock:
            self.edits += 1
        try:
            return self.draft(changed)
        except Exception as exc:  # a draft is a courtesy: the whole build reports what is wrong
            print(f"[atlas] no draft ({exc}); the whole build follows", file=sys.stderr)
            return []

    def rebuild(self, changed: list[str] = ()) -> BuildResult:
        """The whole build; `changed` are first noted as an edit (and drafted, see `edited`)."""
        if changed:
            self.edited(changed)
        started = time.perf_counter()
        edits, holding = self.edits, False

        def may_write() -> bool:  # called by build() once its pages are rendered
            nonlocal holding
            self._lock.acquire()
            if self.edits != edits:
                self._lock.release()
                return False
            holding = True
            return True

        try:
            result = build(self.root, cache=self.cache, previous=self.pages, render_memo=self.render_memo,
                           may_write=may_write, keep_going=lambda: self.edits == edits)
            if result.rendered and holding:
                self.pages = result.rendered
                self.kb = result.kb
        finally:
            if holding:
                self._lock.release()
        if result.superseded:
            print("[atlas] an edit came in during the build: building again", file=sys.stderr)
            return result
        for p in result.problems:
            if p.severity is not Severity.INFO:
                print(p.format(), file=sys.stderr)
        print(f"[atlas] regenerated {result.written} changed page(s) in {time.perf_counter() - started:.2f}s", file=sys.stderr)
        return result

    def draft(self, changed: list[str]) -> list[str]:
        """Write the pages of the edited articles among `changed` now, against the last build's
        knowledge base; the pages written. Nothing when a data file or a template changed (they
        can change any page), and no draft for an article that is new, gone, unreadable or renamed.
        The article is read afresh, not through the cache, which a build may be using meanwhile."""
        started = time.perf_counter()
        if any(rel.startswith("templates/") for rel in changed):
            self._article_template = None  # loaded again at the next draft
        kb = self.kb
        if kb is None or self.pages is None or any(not rel.startswith("seeds/") for rel in changed):
            return []
        try:
            joins, furniture = load_layout_joins(self.root), load_furniture_rules(self.root)
        except DataFileError:
            return []
        by_path = {a.path: a for a in kb.articles}
        if self._article_template is None:  # kept between drafts; dropped above after a template edit
            self._article_template = environment(Paths(self.root).templates).get_template("article.md.j2")
        template = self._article_template
        written = []
        for rel in changed:
            old, file = by_path.get(rel), self.root / rel
            if old is None:
                continue
            try:
                data = read_regular_file(file)  # never through a link, never waiting on a pipe
            except OSError:
                continue
            read = read_article(file, self.root, joins.get(rel.split("/", 1)[1], []), furniture, data)
            if read.article is None or read.article.slug != old.slug or any(p.severity is Severity.ERROR for p in read.problems):
                continue
            new, _ = date_article(replace(read.article, stem=old.stem))  # the same file keeps its id
            kb = _with_draft(kb, old, new)
            path = article_path(new)
            text = render_article_page(kb, new, template)
            with self._lock:
                if self.pages.get(path) != text:
                    write_file(Paths(self.root).generated / path, text.encode("utf-8"))
                    self.pages[path] = text
                    written.append(path)
                    self.drafted_at = time.monotonic()
        if written:
            print(f"[atlas] draft of {len(written)} edited page(s) in {time.perf_counter() - started:.2f}s", file=sys.stderr)
        return written

    def warm_up(self) -> None:
        """Load what a draft needs (the article template, the converters) by drafting an unchanged
        article, which writes nothing: the editor's first edit then shows as fast as the next ones."""
        if self.kb is not None and self.kb.articles:
            with contextlib.suppress(Exception):  # only a warm-up: an edit's draft reports its own problems
                self.draft([self.kb.articles[0].path])


class EngineLog:
    """Relays the log of the engine that serves the preview (`mkdocs serve`) and notes when its
    rebuilds start and end, so that a whole build can wait until the engine has shown a draft:
    on a two-core machine the two would share the CPU, and the draft would show later."""

    def __init__(self):
        self._changed = threading.Condition()
        self.started = self.ended = float("-inf")  # time.monotonic() of the last rebuild's start and end

    def relay(self, stream, out=None) -> None:
        """Copy `stream` (the engine's log) line by line to `out`, until the engine stops."""
        out = out or sys.stderr
        for line in stream:
            out.write(line)
            out.flush()
            with self._changed:
                if REBUILD_STARTED in line:
                    self.started = time.monotonic()
                elif any(mark in line for mark in REBUILD_ENDED):
                    self.ended = time.monotonic()
                    self._changed.notify_all()
        with self._changed:  # the engine stopped: nobody should wait for it
            self.ended = float("inf")
            self._changed.notify_all()

    def wait_shown(self, since: float, timeout: float = ENGINE_WAIT) -> bool:
        """Wait until a rebuild that started after `since` (a draft's time) has ended; False on timeout."""
        with self._changed:
            return self._changed.wait_for(
                lambda: self.ended == float("inf") or self.started >= since and self.ended >= self.started, timeout)


def _with_draft(kb, old, new):
    """`kb` with article `old` replaced by its edited version `new`: paragraphs whose text is unchanged
    keep their topics and name links; edited ones get topics scored afresh and no name links (the
    names are canonicalised across articles, which only the whole build does)."""
    before = {b.id: b.text for b in old.blocks if b.id}
    same = {b.id for b in new.blocks if b.id and before.get(b.id) == b.text}
    topics = dict(kb.topics)
    for key, assigned in assign_article(for_matching(new), kb.topic_vocabulary).items():
        if key not in same:
            topics[(new.stem, key)] = assigned
    return replace(
        kb,
        articles=[new if a is old else a for a in kb.articles],
        topics=topics,
        project_mentions=[m for m in kb.project_mentions if m.article != new.stem or m.block in same],
        company_mentions=[m for m in kb.company_mentions if m.article != new.stem or m.block in same],
    )


def changed_paths(root: Path, before: dict, after: dict) -> list[str]:
    """The files (relative to `root`) that two snapshots disagree on: edited, added or deleted."""
    return sorted(Path(p).relative_to(root).as_posix() for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def watch(regenerator: Regenerator, stop: threading.Event, interval: float = 0.2, engine: EngineLog | None = None) -> None:
    """Poll the watched folders until `stop`; draft each edit as soon as it is saved, and run whole
    builds in a second thread, so a draft never waits for a build (which starts over after an edit).
    With the `engine`'s log, a whole build starts once the engine has shown the last draft."""
    wanted = threading.Event()
    builder = threading.Thread(target=_keep_building, args=(regenerator, wanted, stop, engine), name="atlas-build", daemon=True)
    builder.start()
    last = snapshot(regenerator.root)
    try:
        while not stop.wait(interval):
            now = snapshot(regenerator.root)
            if now != last:
                changed, last = changed_paths(regenerator.root, last, now), now
                regenerator.edited(changed)
                wanted.set()
    finally:
        wanted.set()  # wake the builder so that it sees `stop`
        builder.join()


def _keep_building(regenerator: Regenerator, wanted: threading.Event, stop: threading.Event,
                   engine: EngineLog | None = None) -> None:
    # Linux schedules threads one by one: at a lower priority this one leaves a core to the engine's
    # rebuild of a draft (and to the draft itself) on a two-core machine.
    with contextlib.suppress(AttributeError, OSError):  # elsewhere the thread keeps the process's priority
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BUILD_NICENESS)
    while True:
        wanted.wait()
        if stop.is_set():
            return
        wanted.clear()
        if engine is not None:
            engine.wait_shown(regenerator.drafted_at)  # returns at once when no draft is pending
        try:
            superseded = regenerator.rebuild().superseded
        except Exception as exc:  # keep serving the last good pages
            print(f"[atlas] build failed, last good pages kept: {exc}", file=sys.stderr)
            continue
        if not superseded:  # after a superseded one, an edit is being drafted: no collection now
            settle_heap()


def settle_heap() -> None:
    """Collect the garbage of the builds so far now, and exempt what survives (the knowledge base,
    the cache: millions of objects at a thousand articles) from later collections. Python's full
    collection of that heap takes about half a second and would otherwise fall on a draft."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def serve(root: Path, address: str = "127.0.0.1:8000") -> int:
    regenerator = Regenerator(root)
    regenerator.rebuild()
    regenerator.warm_up()
    settle_heap()
    stop = threading.Event()
    # MkDocs runs in a session of its own, so that stopping the preview (Ctrl-C, or SIGTERM from a
    # script or a test) stops it and what it started (the search re-index) instead of orphaning them.
    # --dirty rebuilds only changed pages; MkDocs warns that it does, so the preview is not strict.
    engine = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict", "-a", address],
                              cwd=root, start_new_session=True, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                              errors="replace", bufsize=1)
    engine_log = EngineLog()
    threading.Thread(target=engine_log.relay, args=(engine.stderr,), name="engine-log", daemon=True).start()
    thread = threading.Thread(target=watch, args=(regenerator, stop), kwargs={"engine": engine_log}, daemon=True)
    thread.start()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # run the `finally` below, as Ctrl-C does
    try:
        return engine.wait()
    except (KeyboardInterrupt, SystemExit):
        return 0
    finally:
        stop.set()
        _stop_session(engine)


def _stop_session(process: subprocess.Popen) -> None:
    """Stop `process` and every process it started (they share its session's process group)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # whatever of the group outlived SIGTERM
