#!/usr/bin/env python3
"""Generate the site's pages into docs/kb/ (then run `mkdocs build`). Same as `python -m atlas build`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from atlas.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["build"]))
