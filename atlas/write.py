"""Write generated pages into docs/kb, touching only the files whose text changed.

Pages are rendered in memory first, so a build that fails (a bad data file, a template error)
writes nothing and the last good output stays. The first build writes into a temporary folder
that is swapped in whole. Later builds write each changed page through a temporary file (a reader
of the folder never sees half a page), delete pages that are gone, and leave every other file
alone with its old modification time, so an incremental engine (`mkdocs serve --dirty`,
Zensical's preview) rebuilds only those pages.

Before anything is written, every page's whole path is checked to stay inside the target: a path
with `..`, an absolute path, or a folder of the target that is a link leading elsewhere refuses
the whole write (`UnsafePagePath`), whatever slug a data file or an article asked for.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


MAX_NAME_BYTES = 200  # file systems take 255 bytes a name; the temporary file beside a page adds ".<name>.xxxxxxxx"


class UnsafePagePath(ValueError):
    """A page whose path would put it outside the target folder: nothing was written."""

    def __init__(self, rel: str, why: str):
        super().__init__(f"{rel!r}: {why}")
        self.rel, self.why = rel, why


def check_page_paths(pages: dict[str, str | bytes], target: Path) -> None:
    """Raise UnsafePagePath unless every page lands inside `target`: plain relative paths, no link on the way."""
    for rel in pages:
        parts = rel.split("/")
        if not rel or rel.startswith("/") or any(p in ("", ".", "..") for p in parts) or any(c in rel for c in "\\\0"):
            raise UnsafePagePath(rel, "not a plain relative path")
        if any(len(p.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES for p in parts):
            raise UnsafePagePath(rel, "a name longer than a file system takes")  # found now, not half-way through writing
    if not target.is_dir():
        return  # a new folder is made afresh: nothing in it can lead out
    if os.path.islink(target):
        raise UnsafePagePath(".", "the target is a link")
    for folder, dirs, files in os.walk(target):  # the build never makes links: one there could lead anywhere
        for name in dirs + files:
            if os.path.islink(os.path.join(folder, name)):
                raise UnsafePagePath(os.path.relpath(os.path.join(folder, name), target), "a link in the target")


def write_pages(pages: dict[str, str | bytes], target: Path, previous: dict[str, str | bytes] | None = None) -> tuple[int, int]:
    """Make `target` hold exactly `pages` (text, or bytes for a binary file such as the database).
    Returns (files written, files unchanged).

    `previous`: the pages this process wrote into `target` last time, if it knows them (the
    preview does); then unchanged pages are found without reading the files back.
    """
    check_page_paths(pages, target)
    if not target.is_dir():
        return _write_new(pages, target), 0
    on_disk = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    written = 0
    for rel, text in sorted(pages.items()):
        data = _bytes(text)
        dest = target / rel
        if rel in on_disk:
            if previous is not None and previous.get(rel) == text:
                continue
            if previous is None and dest.read_bytes() == data:
                continue
        write_file(dest, data)
        written += 1
    for rel in sorted(on_disk - pages.keys()):
        (target / rel).unlink()
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()
    return written, len(pages) - written


def _bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def write_file(dest: Path, data: bytes) -> None:
    """Replace one file through a temporary file beside it: a reader never sees half of it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, dest)


def _write_new(pages: dict[str, str], target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    try:
        for rel, text in sorted(pages.items()):
            dest = staging / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(_bytes(text))
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return len(pages)
