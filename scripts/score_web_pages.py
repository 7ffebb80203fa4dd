"""Score the reader on the web-page set (tests/fixtures/web_pages/): Chinese news pages from other
places than Changchun, labelled only for title, publication date and furniture lines.

    python scripts/score_web_pages.py                 # the measuring half (numbers only)
    python scripts/score_web_pages.py --half tune -v  # the tuning half, with every miss
    python scripts/score_web_pages.py --corpus headless  # pages pasted without a headline (same schema)
    python scripts/score_web_pages.py --prefix wf     # only the pages whose names start so (wp: news set, wf: furniture
                                                      # set, wu: pages that state no date)

The read rules were written on Changchun pages; these pages come from other sites, cities and
layouts, so they say whether the rules state general properties of Chinese web pages. Each page is
read (atlas/read) and dated (atlas/extract/pubdate.py: a repost's dateline, an inferred year) in a
copy of this checkout whose seeds/ holds the chosen pages. Figures:

- titles right: the title shown equals the gold headline; on a page without one, a title made from
  the lead (the report says so) counts, the file name never does;
- publication dates right where the text states one (a definite date equal to the gold); where it
  states none, the share shown as inferred or unknown (never a definite date);
- furniture lines left: gold furniture lines still in the article as a paragraph or heading (a
  picture's caption kept as a caption is counted apart: it is shown as a caption, not as text);
- text lines dropped: lines the reader took out as furniture that the gold counts as the page's
  text (neither furniture nor the headline nor the publication line).

Misses are printed only for the tuning half (`-v`): a measuring page is never looked at.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.config import Paths  # noqa: E402
from atlas.extract.pubdate import date_article  # noqa: E402
from atlas.read.pinyin import strip_converter_pinyin  # noqa: E402
from atlas.read.seeds import read_all  # noqa: E402
from atlas.records import BlockKind  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import CORPORA, WEB_PAGES, pages, project_with  # noqa: E402
from score_tables import PageTable, print_misses, print_shares, ratio  # noqa: E402,F401  (ratio: tests import it from here)

CONTAINED = 8  # a furniture line at least this long found inside a paragraph was left in it


@dataclass
class WebPageScore:
    name: str
    title_ok: bool
    pub_stated: bool
    pub_ok: bool
    furniture: int = 0  # gold furniture lines
    furniture_left: list[str] = field(default_factory=list)
    captions_kept: list[str] = field(default_factory=list)
    text_dropped: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    traits: tuple[str, ...] = ()


@dataclass
class WebTable(PageTable):

    @property
    def furniture_lines(self) -> int:
        return sum(p.furniture for p in self.pages)

    @property
    def captions_kept(self) -> int:
        return sum(len(p.captions_kept) for p in self.pages)

    @property
    def text_dropped(self) -> int:
        return sum(len(p.text_dropped) for p in self.pages)


def score(half: str = "measure", folder: Path = WEB_PAGES, prefix: str = "") -> WebTable:
    chosen = [p for p in pages(None if half == "all" else half, folder) if p.name.startswith(prefix)]
    with tempfile.TemporaryDirectory(prefix="atlas-web-") as tmp:
        project = project_with(chosen, Path(tmp) / "project")
        articles, problems = read_all(Paths(project))
    by_stem = {a.stem: a for a in articles}
    out = []
    for page in chosen:
        article = by_stem.get(page.name)
        if article is not None:
            article, _ = date_article(article)
        mine = [p for p in problems if p.file == f"seeds/{page.name}.txt"]
        scored = _score_page(page, article, mine)
        scored.traits = tuple(page.gold.get("traits") or ())
        out.append(scored)
    return WebTable(out)


def _score_page(page, article, problems) -> WebPageScore:
    gold = page.gold
    stated = bool(gold.get("pubdate"))
    furniture = [str(x).strip() for x in gold.get("furniture") or [] if str(x).strip()]
    if article is None:
        return WebPageScore(page.name, False, stated, False, len(furniture), misses=["(not read)"])
    made = any(p.code == "read.title-made" for p in problems)
    gold_title = gold.get("title")
    if gold_title:
        title_ok = match_text(article.title) == match_text(strip_converter_pinyin(gold_title)[0])
    else:
        title_ok = made and article.title != article.stem
    d = article.date
    shown = "unknown" if d is None else (f"{d.value} (inferred)" if d.inferred else d.value)
    pub_ok = (d is not None and not d.inferred and d.value == str(gold["pubdate"])) if stated else (d is None or d.inferred)
    s = WebPageScore(page.name, title_ok, stated, pub_ok, len(furniture))
    if not title_ok:
        s.misses.append(f"title: shown {article.title!r}{' (made)' if made else ''}, gold {gold_title!r}")
    if not pub_ok:
        s.misses.append(f"pubdate: shown {shown}, gold {gold.get('pubdate')!r} ({gold.get('pubdate_line')!r})")

    # furniture left: a gold furniture line that is (or, when long, sits inside) a block of the article
    wanted = {match_text(strip_converter_pinyin(x)[0]): x for x in furniture}
    for b in article.blocks:
        text = match_text(b.text)
        hits = [x for m, x in wanted.items() if m and (m == text or (len(m) >= CONTAINED and m in text))]
        for x in hits:
            (s.captions_kept if b.kind is BlockKind.CAPTION else s.furniture_left).append(x)
            if b.kind is not BlockKind.CAPTION:
                s.misses.append(f"furniture left: {x[:60]!r}")
    # text dropped: a line the reader took out as furniture that the gold counts as text
    lines = page.text_file.read_text(encoding="utf-8").split("\n")
    keep = {match_text(strip_converter_pinyin(x)[0]) for x in furniture}
    title = match_text(strip_converter_pinyin(gold_title)[0]) if gold_title else ""
    date_line = match_text(gold.get("pubdate_line") or "")
    taken = sorted({p.line for p in problems if p.code == "read.furniture" and p.line})
    for no in taken:
        if not 1 <= no <= len(lines):
            continue
        line = lines[no - 1].strip()
        folded = match_text(strip_converter_pinyin(line)[0])
        if not folded or folded in keep or (title and title in folded) or (date_line and date_line in folded):
            continue
        s.text_dropped.append(line)
        s.misses.append(f"text dropped (line {no}): {line[:60]!r}")
    return s


def print_table(table: WebTable, half: str, verbose: bool) -> None:
    print(f"web pages, {half} half: {len(table.pages)} pages")
    print_shares(table.reader_rows())
    print(f"  {'furniture lines left in article bodies':<44} {table.furniture_left:5d}  (of {table.furniture_lines})   bar = 0")
    print(f"  {'furniture lines kept as captions':<44} {table.captions_kept:5d}")
    print(f"  {'text lines dropped as furniture':<44} {table.text_dropped:5d}             bar = 0")
    if verbose:
        print_misses(table.pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "measure", "all"), default="measure")
    parser.add_argument("--prefix", default="", help="only pages whose names start with this (wp, wf, wu)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss (tuning half only)")
    parser.add_argument("--corpus", choices=("web", "headless"), default="web",
                        help="web: tests/fixtures/web_pages (default); headless: tests/fixtures/headless_pages")
    args = parser.parse_args(argv)
    if args.verbose and args.half != "tune":
        parser.error("-v lists misses of the tuning half only: a measuring page is never looked at")
    half = (f"{args.prefix}* pages, " if args.prefix else "") + args.half
    print_table(score(args.half, CORPORA[args.corpus], prefix=args.prefix), half, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
