"""Write generated pages into docs/kb, touching only the files whose text changed.

Pages are rendered in memory first, so a build that fails (a bad data file, a template error)
writes nothing and the last good output stays. The first build writes into a temporary folder
that is swapped in whole. Later builds write each changed page through a temporary file (a reader
of the folder never sees half a page), delete pages that are gone, and leave every other file
alone with its old modification time, so an incremental engine (`mkdocs serve --dirty`,
Zensical's preview) rebuilds only those pages.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_pages(pages: dict[str, str | bytes], target: Path, previous: dict[str, str | bytes] | None = None) -> tuple[int, int]:
    """Make `target` hold exactly `pages` (text, or bytes for a binary file such as the database).
    Returns (files written, files unchanged).

    `previous`: the pages this process wrote into `target` last time, if it knows them (the
    preview does); then unchanged pages are found without reading the files back.
    """
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
