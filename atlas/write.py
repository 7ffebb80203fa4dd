"""Write generated pages: into a temporary folder first, swapped in only when all went well.

A failed build leaves the last good output intact, and the same pages give the same bytes.
Files whose content did not change keep their modification time, so an incremental engine
(`mkdocs serve --dirty`) rebuilds only what changed.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_pages(pages: dict[str, str], target: Path) -> tuple[int, int]:
    """Replace `target` with exactly `pages`. Returns (files written, files unchanged)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    written = unchanged = 0
    try:
        for rel, text in sorted(pages.items()):
            data = text.encode("utf-8")
            dest = staging / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            old = target / rel
            if old.is_file() and old.read_bytes() == data:
                shutil.copy2(old, dest)  # keep the old mtime: nothing changed
                unchanged += 1
            else:
                dest.write_bytes(data)
                written += 1
        backup = target.parent / f".{target.name}-old"
        if backup.exists():
            shutil.rmtree(backup)
        if target.exists():
            os.replace(target, backup)
        os.replace(staging, target)
        if backup.exists():
            shutil.rmtree(backup)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return written, unchanged
