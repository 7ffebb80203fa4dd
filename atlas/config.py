"""Where things are, relative to the project root, in one place."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def generated(self) -> Path:
        """The folder of generated pages: rebuilt from scratch by every build, never committed."""
        return self.docs / GENERATED_DIR


GENERATED_DIR = "kb"
PROJECT_ROOT = Path(__file__).resolve().parent.parent

# What makes up the project (a clean checkout needs these; generated pages and site/ are not part of it).
PROJECT_FILES = ("mkdocs.yml", "pagefind.yml", "seeds", "data", "templates", "docs", "overrides", "hooks", "scripts", "atlas")


def copy_project(dest: Path, without: tuple[str, ...] = ()) -> Path:
    """Copy the project's own files into `dest`, leaving out generated pages, caches and `without`."""
    for name in PROJECT_FILES:
        src = PROJECT_ROOT / name
        if name in without:
            continue
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(GENERATED_DIR, f".{GENERATED_DIR}-*", "__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest
