"""Per-article results kept between builds, so a build redoes only the articles that changed.

What one article yields (its reading, its topics, events, names and figures) depends only on its
own file, the data files the stage reads and the code. Each result is stored under a key made of
exactly those: in memory (the preview keeps one process alive) and in `.cache/atlas/` on disk (one
file an article). A different key and the stage runs again. What depends on other articles
(merging events, canonical names, pages) is never stored: `link` redoes it every build.

Delete `.cache/` to start cold; nothing is lost, a build only takes longer.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

from .slugs import slugify

T = TypeVar("T")

CACHE_DIR = Path(".cache") / "atlas"
# The data files each stage reads. Everything is keyed on "read" too: later stages see the article it made.
STAGE_DATA: dict[str, tuple[str, ...]] = {
    "read": ("furniture.yaml", "dates.yaml", "jieba_userdict.txt"),
    "pubdate": ("dates.yaml",),
    "simplify": (),
    "topics": ("topics.yaml",),
    "events": ("events.yaml", "dates.yaml", "topics.yaml"),
    "names": ("projects.yaml", "companies.yaml", "dates.yaml", "topics.yaml"),
    "figures": ("indicators.yaml", "figures.yaml", "dates.yaml"),
    "slugs": ("jieba_userdict.txt",),
}
_PACKAGE = Path(__file__).resolve().parent


def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def code_fingerprint() -> str:
    """The extraction code itself: any change to the package's source starts every article afresh."""
    files = sorted(_PACKAGE.rglob("*.py"))
    return _digest(*(f.relative_to(_PACKAGE).as_posix() + "\n" + f.read_text(encoding="utf-8") for f in files))


class ArticleCache:
    """Remembers per-article stage results; `result()` returns a stored one or computes and stores it."""

    def __init__(self, root: Path, on_disk: bool = True):
        self.root = root
        self.folder = root / CACHE_DIR if on_disk else None
        self.code = code_fingerprint()
        self._bundles: dict[str, dict[str, tuple[str, object]]] = {}  # article path → stage → (key, result)
        self._changed: set[str] = set()
        self._read_keys: dict[str, str] = {}
        self._data: dict[str, str] = {}
        self._slugs: dict[str, str] | None = None  # name → slug (pinyin of jieba's words: a second to load)
        self._slugs_key = ""
        self._slugs_changed = False
        self.hits = self.misses = 0

    def start_build(self) -> None:
        """Read the data files' digests again: an editor may have changed one since the last build."""
        data = self.root / "data"
        self._data = {name: _digest(p.read_bytes()) if (p := data / name).is_file() else "-"
                      for name in sorted({n for names in STAGE_DATA.values() for n in names})}
        self._read_keys.clear()
        slugs_key = self._key("slugs")
        if slugs_key != self._slugs_key:
            self._slugs, self._slugs_key = None, slugs_key
        self.hits = self.misses = 0

    def slugify(self, text: str) -> str:
        """`atlas.slugs.slugify`, remembered between builds."""
        if self._slugs is None:
            self._slugs = {}
            stored = self._load(self.folder / "slugs.pickle") if self.folder else None
            if isinstance(stored, tuple) and stored[0] == self._slugs_key:
                self._slugs = stored[1]
        slug = self._slugs.get(text)
        if slug is None:
            slug = self._slugs[text] = slugify(text)
            self._slugs_changed = True
        return slug

    def read(self, path: str, raw: bytes, extra: str, compute: Callable[[], T]) -> T:
        """The read stage: keyed on the file's bytes and `extra` (its editor joins)."""
        key = self._key("read", path, _digest(raw), extra)
        self._read_keys[path] = key
        return self._lookup(path, "read", key, compute)

    def result(self, stage: str, article, compute: Callable[[], T]) -> T:
        """A later stage's result for `article` (read this build); its slug is part of the key."""
        read_key = self._read_keys.get(article.path)
        if read_key is None:  # not read through this cache (a test's hand-made article): no memory
            return compute()
        return self._lookup(article.path, stage, self._key(stage, read_key, article.slug), compute)

    def save(self, paths: list[str]) -> None:
        """Write what changed to disk and forget articles that are gone (`paths`: every article read)."""
        keep = set(paths)
        for gone in set(self._bundles) - keep:
            del self._bundles[gone]
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for path in sorted(self._changed & keep):
            self._store(self._file(path), self._bundles[path])
        self._changed.clear()
        if self._slugs_changed:
            self._store(self.folder / "slugs.pickle", (self._slugs_key, self._slugs))
            self._slugs_changed = False
        wanted = {self._file(p).name for p in keep} | {"slugs.pickle"}
        for f in self.folder.glob("*.pickle"):
            if f.name not in wanted:
                f.unlink()

    def _store(self, target: Path, value: object) -> None:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)  # a build stopped half-way never leaves half a file

    @staticmethod
    def _load(file: Path) -> object:
        try:
            return pickle.loads(file.read_bytes()) if file.is_file() else None
        except Exception:  # a damaged or old-format file is only a miss
            return None

    def _key(self, stage: str, *parts: str) -> str:
        return _digest(stage, self.code, *(f"{n}={self._data.get(n, '-')}" for n in STAGE_DATA[stage]), *parts)

    def _lookup(self, path: str, stage: str, key: str, compute: Callable[[], T]) -> T:
        bundle = self._bundle(path)
        stored = bundle.get(stage)
        if stored is not None and stored[0] == key:
            self.hits += 1
            return stored[1]  # type: ignore[return-value]
        self.misses += 1
        value = compute()
        bundle[stage] = (key, value)
        self._changed.add(path)
        return value

    def _bundle(self, path: str) -> dict[str, tuple[str, object]]:
        bundle = self._bundles.get(path)
        if bundle is None:
            stored = self._load(self._file(path)) if self.folder is not None else None
            bundle = self._bundles[path] = stored if isinstance(stored, dict) else {}
        return bundle

    def _file(self, path: str) -> Path:
        return self.folder / f"{_digest(path)[:20]}.pickle"  # type: ignore[operator]


class NoCache(ArticleCache):
    """Computes everything: for callers that build once and keep nothing (tests of a stage)."""

    def __init__(self):  # noqa: D107 - no root, no files
        self._read_keys = {}

    def start_build(self) -> None:
        pass

    def read(self, path, raw, extra, compute):
        return compute()

    def result(self, stage, article, compute):
        return compute()

    def save(self, paths) -> None:
        pass

    def slugify(self, text: str) -> str:
        return slugify(text)
