"""MkDocs hook: build the Pagefind search index after the site is built (scripts/search_index.py).

A convenience, like every hook here: the site builds without it, and any engine gets search by
running `python scripts/search_index.py site` after its build.

- `mkdocs build`: the index is built before the command returns (CI, the deploy, the tests).
- `mkdocs build --dirty`: an edit preview; the index of the last full build is kept (stale only for
  the pages just edited) and built only when there is none.
- `mkdocs serve`: the index is built once, when the server starts. After each rebuild it is
  rebuilt in a background thread, so an edit reaches the browser without waiting for a re-index
  (about 25 s at 1,000 articles, run as a separate process at the lowest priority); search shows the new text once that thread has swapped the new
  index in. Edits during a re-index are picked up by one more run after it. A preview whose index
  cannot be built still serves its pages, and says why search is missing.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.search_index")
_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "search_index.py"
_state = {"command": "build", "dirty": False, "builds": 0}
_lock = threading.Lock()
_worker: dict[str, object] = {"thread": None, "pending": None}


def _indexer():
    name = "atlas_search_index"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, _SCRIPT)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # before running it: its dataclass looks itself up there
        spec.loader.exec_module(module)
    return sys.modules[name]


def _index(site: Path) -> None:
    try:
        result = _indexer().build_search_index(site)
    except SystemExit as exc:  # the script's errors say what to do
        from mkdocs.exceptions import PluginError

        raise PluginError(f"search index: {exc}") from None
    log.info("search index: %d pages, %.1f MB, %.1fs", result.pages, result.bytes / 1e6, result.seconds)


def _reindex(site: Path) -> None:
    """The index again, in a separate process at the lowest CPU priority: with two cores, an
    indexer holding this process's interpreter or a core would slow the preview's next rebuild."""
    result = subprocess.run([sys.executable, str(_SCRIPT), str(site)], capture_output=True, text=True,
                            preexec_fn=lambda: os.nice(19) if hasattr(os, "nice") else None)
    if result.returncode != 0:
        raise RuntimeError((result.stderr or result.stdout).strip()[-500:])
    log.info("%s", result.stdout.strip() or "search index rebuilt")


def _background(site: Path) -> None:
    while True:
        try:
            _reindex(site)
        except Exception as exc:  # keep serving; the next rebuild tries again
            log.info("search index not rebuilt: %s", exc)
        with _lock:
            site = _worker["pending"]
            _worker["pending"] = None
            if site is None:
                _worker["thread"] = None
                return


def on_startup(command, dirty, **kwargs):
    _state.update(command=command, dirty=dirty, builds=0)


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    _state["builds"] += 1
    if _state["command"] != "serve":
        if _state["dirty"] and (site / "pagefind" / "pagefind.js").is_file():
            log.info("search index kept from the last full build (run `python scripts/search_index.py %s` to refresh)", site)
            return
        _index(site)
        return
    if _state["builds"] == 1:
        try:
            _index(site)
        except Exception as exc:  # the preview still serves its pages
            log.warning("no search in this preview: %s", exc)
        return
    with _lock:
        if _worker["thread"] is not None:
            _worker["pending"] = site
            return
        thread = threading.Thread(target=_background, args=(site,), name="search-index", daemon=True)
        _worker["thread"] = thread
    thread.start()
