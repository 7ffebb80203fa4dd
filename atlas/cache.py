"""Per-article results kept between builds, so a build redoes only the articles that changed.

What one article yields (its reading, its topics, events, names and figures) depends only on its
own file, the data files the stage reads and the code. Each result is stored under a key made of
exactly those: in memory (the preview keeps one process alive) and in `.cache/atlas/` on disk (one
file an article). A different key and the stage runs again. What depends on other articles
(merging events, canonical names, pages) is never stored: `link` redoes it every build.

Delete `.cache/` to start cold; nothing is lost, a build only takes longer.

The files hold only data (JSON): a cache folder restored on a CI runner, or committed to a pull
request with `git add -f`, can make the build compute something again but never run code. Records
are written with their class's name and read back only into the dataclasses and enums of this
package that are already loaded, without calling any of their code. Each file names the article it
is for and each result the key it was computed under; a file that does not read, decode or match
is ignored with a note on stderr, and `*.pickle` files of older builds are deleted unread.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import tempfile
from decimal import Decimal
from enum import Enum
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
FORMAT = "atlas-cache-1"  # written into every file; a file of another format is a miss
SLUGS_FILE = "slugs.json"


class NotCacheData(ValueError):
    """A cache file that is not what this build writes: it is ignored, never trusted."""


class PlainEncoder:
    """Records (dataclasses, enums, tuples, dicts … of this package) as JSON-ready data, types kept.

    Every container is a JSON array whose first item says what it is: ["l", …] a list, ["t", …] a
    tuple, ["d", k, v, …] a dict, ["r", n, field values …] a record of class n of `classes` (its
    name and field names, written once a file), ["e", n, value] an enum member, ["m", "1.5"] a Decimal.
    """

    def __init__(self) -> None:
        self.classes: list[list] = []  # [module:qualname, [field names]]
        self._ids: dict[type, int] = {}

    def encode(self, value: object) -> object:
        kind = type(value)
        if value is None or kind in (str, int, float, bool):
            return value
        if kind is list:
            return ["l", *map(self.encode, value)]
        if kind is tuple:
            return ["t", *map(self.encode, value)]
        if kind is dict:
            return ["d", *(x for k, v in value.items() for x in (self.encode(k), self.encode(v)))]
        if isinstance(value, Enum):
            return ["e", self._class_id(kind, ()), self.encode(value.value)]
        if kind is Decimal:
            return ["m", str(value)]
        if kind in (set, frozenset):
            return ["s" if kind is set else "f", *map(self.encode, value)]
        if dataclasses.is_dataclass(value):
            names = tuple(f.name for f in dataclasses.fields(value))
            return ["r", self._class_id(kind, names), *(self.encode(getattr(value, n)) for n in names)]
        raise TypeError(f"the cache cannot store {kind.__name__}")

    def _class_id(self, cls: type, names: tuple[str, ...]) -> int:
        if cls not in self._ids:
            self._ids[cls] = len(self.classes)
            self.classes.append([f"{cls.__module__}:{cls.__qualname__}", list(names)])
        return self._ids[cls]


class PlainDecoder:
    """The values a `PlainEncoder` wrote. Builds only plain values and this package's dataclasses
    and enums (already imported), filling records field by field without calling their code; a
    class that is unknown, or whose fields are not those written, makes the whole file a miss."""

    def __init__(self, classes: object) -> None:
        if not isinstance(classes, list):
            raise NotCacheData("no class table")
        self.classes: list[tuple[type, tuple[str, ...]]] = []
        for entry in classes:
            if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], list)):
                raise NotCacheData("a malformed class table")
            cls = _known_class(entry[0])
            names = tuple(entry[1])
            if issubclass(cls, Enum) and names:
                raise NotCacheData(f"{entry[0]}: an enum has no fields")
            if not issubclass(cls, Enum) and names != tuple(f.name for f in dataclasses.fields(cls)):
                raise NotCacheData(f"{entry[0]}: the fields written are not the record's fields")
            self.classes.append((cls, names))

    def decode(self, data: object) -> object:
        if type(data) is not list:
            if data is None or type(data) in (str, int, float, bool):
                return data
            raise NotCacheData(f"not a stored value: {str(data)[:60]}")
        tag = data[0] if data else None
        if tag == "r":
            cls, names = self._class(data[1], Enum, False)
            if len(data) != 2 + len(names):
                raise NotCacheData(f"{cls.__qualname__}: {len(data) - 2} values for {len(names)} fields")
            record = object.__new__(cls)
            for name, v in zip(names, data[2:]):
                object.__setattr__(record, name, self.decode(v))  # frozen records too; no __init__ runs
            return record
        if tag == "l":
            return [self.decode(v) for v in data[1:]]
        if tag == "t":
            return tuple([self.decode(v) for v in data[1:]])
        if tag == "d" and len(data) % 2:
            items = [self.decode(v) for v in data[1:]]
            return dict(zip(items[::2], items[1::2]))
        if tag == "e" and len(data) == 3:
            cls, _ = self._class(data[1], Enum, True)
            return cls(self.decode(data[2]))
        if tag == "m" and len(data) == 2 and type(data[1]) is str:
            return Decimal(data[1])
        if tag in ("s", "f"):
            return (set if tag == "s" else frozenset)(self.decode(v) for v in data[1:])
        raise NotCacheData(f"not a stored value: {str(data)[:60]}")

    def _class(self, n: object, enum: type, want: bool) -> tuple[type, tuple[str, ...]]:
        if type(n) is not int or not 0 <= n < len(self.classes) or issubclass(self.classes[n][0], enum) != want:
            raise NotCacheData(f"no such class: {n!r}")
        return self.classes[n]


def _known_class(name: object) -> type:
    """A class of this package's modules that are loaded already: no module is imported for a file."""
    module_name, _, qualname = name.partition(":") if isinstance(name, str) else ("", "", "")
    target: object = sys.modules.get(module_name) if module_name.split(".")[0] == __package__ and qualname else None
    for part in qualname.split(".") if target is not None else ():
        target = None if part.startswith("__") else getattr(target, part, None)
    if not isinstance(target, type) or not (dataclasses.is_dataclass(target) or issubclass(target, Enum)):
        raise NotCacheData(f"{name!r} is not a record type of {__package__}")
    return target


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
        self.notes: list[str] = []  # cache files ignored, and why

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
            stored = self._load(self.folder / SLUGS_FILE, SLUGS_FILE) if self.folder else None
            if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == self._slugs_key and isinstance(stored[1], dict) \
                    and all(isinstance(k, str) and isinstance(v, str) for k, v in stored[1].items()):
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
            self._store(self._file(path), path, self._bundles[path])
        self._changed.clear()
        if self._slugs_changed:
            self._store(self.folder / SLUGS_FILE, SLUGS_FILE, (self._slugs_key, self._slugs))
            self._slugs_changed = False
        wanted = {self._file(p).name for p in keep} | {SLUGS_FILE}
        for f in self.folder.iterdir():
            if f.is_file() and f.suffix in (".json", ".pickle") and f.name not in wanted:
                f.unlink()  # gone articles, and pickles of older builds (never read: loading one runs code)

    def _store(self, target: Path, owner: str, value: object) -> None:
        encoder = PlainEncoder()
        plain = encoder.encode(value)
        text = json.dumps({"format": FORMAT, "for": owner, "classes": encoder.classes, "value": plain},
                          ensure_ascii=False, separators=(",", ":"))
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, target)  # a build stopped half-way never leaves half a file

    def _load(self, file: Path, owner: str) -> object:
        """What `file` holds for `owner` (an article's path, or the slugs), or None: a missing file is
        a miss, one that does not read, decode or name `owner` is a miss with a note."""
        if not file.is_file():
            return None
        try:
            stored = json.loads(file.read_bytes().decode("utf-8"))
            if not (isinstance(stored, dict) and stored.get("format") == FORMAT):
                raise NotCacheData(f"not a cache file of format {FORMAT}")
            if stored.get("for") != owner:
                raise NotCacheData(f"written for {str(stored.get('for'))[:80]!r}, not {owner!r}")
            return PlainDecoder(stored.get("classes")).decode(stored.get("value"))
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            note = f"注意：缓存文件 {file.relative_to(self.root).as_posix()} 无法使用，已忽略（{str(exc)[:120]}）"
            self.notes.append(note)
            print(note, file=sys.stderr)
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
            stored = self._load(self._file(path), path) if self.folder is not None else None
            bundle = self._bundles[path] = _valid_bundle(stored)
        return bundle

    def _file(self, path: str) -> Path:
        return self.folder / f"{_digest(path)[:20]}.json"  # type: ignore[operator]


def _valid_bundle(stored: object) -> dict[str, tuple[str, object]]:
    """stage → (key, result) from a file, only in that shape (a result is used only if its key matches)."""
    if not isinstance(stored, dict):
        return {}
    return {stage: entry for stage, entry in stored.items()
            if stage in STAGE_DATA and isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], str)}


class NoCache(ArticleCache):
    """Computes everything: for callers that build once and keep nothing (tests of a stage)."""

    def __init__(self):  # noqa: D107 - no root, no files
        self._read_keys = {}
        self.notes = []

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
