"""Score the publication date on real pages' header and footer lines (tests/fixtures/header_dates/pages.yaml):
lines copied from many sites (news portals, e-papers, government and company pages, forums), each page read
twice: with its headline, and with the headline line taken out (as pasted from a list item, the headline
elsewhere).

    python scripts/score_header_dates.py              # the held half (numbers only)
    python scripts/score_header_dates.py --half held2 # the second held part, collected in session 31b (numbers only)
    python scripts/score_header_dates.py --half tune -v  # the tuning half, with every miss

Each variant is read (atlas/read) and dated (atlas/extract/pubdate.py) in an empty project with this
checkout's data/. Figures: where the lines state a date, the share shown as that definite date; where they
state none, the share shown as inferred or unknown (never a definite date). Misses are printed for the
tuning half only.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.config import Paths  # noqa: E402
from atlas.extract.pubdate import date_article  # noqa: E402
from atlas.read.seeds import read_all  # noqa: E402

FIXTURE = ROOT / "tests/fixtures/header_dates/pages.yaml"
HALVES = ("tune", "held", "held2")  # held2: collected after the held half's misses were spent on rules


@dataclass(frozen=True)
class Variant:
    name: str  # page number and variant: p07-headline, p07-no-headline
    url: str
    text: str
    gold: str | None


def load_pages(half: str | None = None) -> list[dict]:
    pages = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["pages"]
    return [dict(p, number=k) for k, p in enumerate(pages, 1) if half in (None, "all", p["half"])]


def variants(page: dict) -> list[Variant]:
    """The page as pasted with its headline, and (when it has one) without the headline's line."""
    def joined(header: str) -> str:
        return "\n".join(part for part in (header, page["text"], page.get("foot") or "") if part) + "\n"
    out = [Variant(f"p{page['number']:02d}-headline", page["url"], joined(page["header"]), page["date"])]
    if page.get("headline"):
        lines = page["header"].split("\n")
        lines.remove(page["headline"])
        out.append(Variant(f"p{page['number']:02d}-no-headline", page["url"], joined("\n".join(lines)), page["date"]))
    return out


@dataclass
class Result:
    variant: Variant
    shown: str  # what the build shows: a definite date, `inferred …`, or `unknown`
    ok: bool


def score(half: str = "held") -> list[Result]:
    chosen = [v for page in load_pages(half) for v in variants(page)]
    by_name = {}
    # a page with and without its headline in two projects: in one, the reader would drop the second as a
    # duplicate of the first (read.duplicate)
    for kind in ("-headline", "-no-headline"):
        with tempfile.TemporaryDirectory(prefix="atlas-header-dates-") as tmp:
            project = Path(tmp)
            for name in ("data", "templates"):
                shutil.copytree(ROOT / name, project / name)
            (project / "seeds").mkdir()
            for v in chosen:
                if v.name.endswith(kind) and not (kind == "-headline" and v.name.endswith("-no-headline")):
                    (project / "seeds" / f"{v.name}.txt").write_text(v.text, encoding="utf-8")
            articles, _ = read_all(Paths(project))
        by_name.update({a.stem: date_article(a)[0] for a in articles})
    results = []
    for v in chosen:
        article = by_name.get(v.name)
        date = article.date if article is not None else None
        if date is None:
            shown = "unknown"
        elif date.inferred:
            shown = f"inferred {date.value}"
        else:
            shown = date.value
        ok = shown == v.gold if v.gold else (date is None or date.inferred)
        results.append(Result(v, shown, ok))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=(*HALVES, "all"), default="held")
    parser.add_argument("-v", action="store_true", help="print every miss (tuning half only)")
    args = parser.parse_args()
    if args.v and args.half != "tune":
        parser.error("-v prints misses of the tuning half only: add --half tune")
    results = score(args.half)
    stated = [r for r in results if r.variant.gold]
    unstated = [r for r in results if not r.variant.gold]
    pages = len({r.variant.url for r in results})
    print(f"header dates, {args.half} half: {pages} pages, {len(results)} readings (with and without the headline)")
    for label, rows, bar in (("publication dates right (lines state one)", stated, "≥ 0.95"),
                             ("no stated date: shown inferred/unknown", unstated, "= 1.00")):
        right = sum(r.ok for r in rows)
        share = right / len(rows) if rows else 1.0
        print(f"  {label:<44}{share:5.2f}  ({right}/{len(rows)})   bar {bar}")
    for kind in ("headline", "no-headline"):
        rows = [r for r in stated if r.variant.name.endswith(f"-{kind}") and (kind == "no-headline" or "-no-" not in r.variant.name)]
        right = sum(r.ok for r in rows)
        print(f"    {kind:<42}{right / len(rows) if rows else 1.0:5.2f}  ({right}/{len(rows)})")
    if args.v:
        for r in results:
            if not r.ok:
                print(f"  MISS {r.variant.name}: shown {r.shown}, gold {r.variant.gold or 'none stated'}  ({r.variant.url})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
