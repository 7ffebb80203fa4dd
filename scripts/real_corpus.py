"""The real-article corpus (tests/fixtures/real_articles/): its pages, their gold labels, and the
split into a tuning half and a measuring half.

Each page is `NAME.txt` (the text as published) with `NAME.gold.yaml` (labelled by reading; the
schema is in the folder's README). The split is made once, by a hash of the file name, and kept in
`split.yaml`: a page whose failure somebody looked at while measuring moves to the tuning half
there (`moved:`), with the reason, and stays there.

    python scripts/real_corpus.py            # the split, per half: pages, topics, traits
    python scripts/real_corpus.py --write    # add pages that are not in split.yaml yet (by the hash)
    python scripts/real_corpus.py --corpus web [--write]   # the same for tests/fixtures/web_pages/
    python scripts/real_corpus.py --corpus headless [--write]   # tests/fixtures/headless_pages/

The web-page set (tests/fixtures/web_pages/) is the reader stage's second test bed: Chinese news
pages from other places, labelled only for title, publication date and furniture lines. It is
split the same way, in its own split.yaml.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.config import copy_project  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "real_articles"
WEB_PAGES = ROOT / "tests" / "fixtures" / "web_pages"
HEADLESS_PAGES = ROOT / "tests" / "fixtures" / "headless_pages"  # pages pasted without a headline (issue 17)
CORPORA = {"real": FIXTURES, "web": WEB_PAGES, "headless": HEADLESS_PAGES}
HALVES = ("tune", "measure")
LOOK_FLAG = "--look-at-measure"


def add_look_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(LOOK_FLAG, action="store_true",
                        help="allow listing the measuring half's failures (then move those pages to "
                             "`moved:` in split.yaml: a page looked at no longer measures)")


def refuse_unasked_look(parser: argparse.ArgumentParser, half: str, listing: bool, look: bool) -> None:
    """A listing of the measuring half's failures spends those pages: it needs the flag, so a
    verbose run without --half never shows them by accident."""
    if listing and half in ("measure", "all") and not look:
        parser.error(f"this lists failures on measuring pages, which then must move to tuning; "
                     f"use --half tune, or pass {LOOK_FLAG} and record the pages under `moved:` in split.yaml")


@dataclass(frozen=True)
class RealPage:
    name: str  # file name without .txt, e.g. ra01
    text_file: Path
    gold: dict
    half: str  # "tune" | "measure"


def hashed_half(name: str) -> str:
    """The half a page falls in by the hash of its name: fixed once the name is."""
    return HALVES[hashlib.sha1(name.encode("utf-8")).digest()[0] % 2]


def load_split(folder: Path = FIXTURES) -> dict[str, str]:
    """name → half, as committed (`tune:`/`measure:` lists; `moved:` entries count as tuning)."""
    data = yaml.safe_load((folder / "split.yaml").read_text(encoding="utf-8")) if (folder / "split.yaml").is_file() else {}
    data = data or {}
    split = {name: half for half in HALVES for name in data.get(half) or []}
    for item in data.get("moved") or []:
        split[item["name"]] = "tune"
    return split


def pages(half: str | None = None, folder: Path = FIXTURES) -> list[RealPage]:
    """The labelled pages (those with a .gold.yaml), in name order; only one half when asked."""
    split = load_split(folder)
    out = []
    for gold_file in sorted(folder.glob("*.gold.yaml")):
        name = gold_file.name[: -len(".gold.yaml")]
        page = RealPage(name, folder / f"{name}.txt", yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {},
                        split.get(name, hashed_half(name)))
        if half is None or page.half == half:
            out.append(page)
    return out


def project_with(chosen: list[RealPage], dest: Path) -> Path:
    """A copy of this checkout whose seeds/ holds exactly the chosen pages (as NAME.txt)."""
    dest.mkdir(parents=True, exist_ok=True)
    project = copy_project(dest)
    seeds = project / "seeds"
    shutil.rmtree(seeds)
    seeds.mkdir()
    for page in chosen:
        shutil.copyfile(page.text_file, seeds / page.text_file.name)
    return project


def write_split(folder: Path = FIXTURES) -> dict[str, list[str]]:
    """Keep every committed assignment; add new pages by the hash of their names."""
    current = load_split(folder)
    split_file = folder / "split.yaml"
    data = yaml.safe_load(split_file.read_text(encoding="utf-8")) if split_file.is_file() else None
    data = data or {"tune": [], "measure": [], "moved": []}
    for page in pages(folder=folder):
        if page.name not in current:
            data[hashed_half(page.name)].append(page.name)
    for half in HALVES:
        data[half] = sorted(set(data.get(half) or []))
    header = (f"# tests/fixtures/{folder.name}/ split once, by a hash of the file name (scripts/real_corpus.py).\n"
              "# Tune rules on `tune` only; quote figures on `measure`. A measuring page whose failure was\n"
              "# looked at moves to `moved:` (with `name:` and `why:`), and from then on counts as tuning.\n")
    split_file.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="add pages not yet in split.yaml, by the hash of their names")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="real",
                        help="real: tests/fixtures/real_articles (default); web: tests/fixtures/web_pages; "
                             "headless: tests/fixtures/headless_pages")
    args = parser.parse_args()
    folder = CORPORA[args.corpus]
    if args.write:
        write_split(folder)
    for half in HALVES:
        chosen = pages(half, folder)
        topics = Counter(t for p in chosen for t in p.gold.get("topics") or [])
        traits = Counter(t for p in chosen for t in p.gold.get("traits") or [])
        print(f"{half}: {len(chosen)} pages; topics {dict(sorted(topics.items()))}; traits {dict(sorted(traits.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
