"""Where things are, relative to the project root, in one place."""
from __future__ import annotations

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
