"""Score the build on the real-article corpus (tests/fixtures/real_articles/) against its gold.

    python scripts/score_real_articles.py                 # the measuring half (the figures to quote)
    python scripts/score_real_articles.py --half tune -v  # the tuning half, with every miss
    python scripts/score_real_articles.py --half tune --only rl rm   # a new batch's tuning pages alone

Each page goes through the real pipeline (read → extract → link) in a copy of this checkout
whose seeds/ holds the chosen pages. Figures:

- titles right: the title shown equals the gold headline; on a page without a headline, a title
  made from the lead sentence (the report says so) counts, the file name never does;
- publication dates right where the text states one (a definite date equal to the gold);
  where it states none, the share shown as inferred or unknown (never a definite date);
- events: recall (a labelled event is found when a found event's clause overlaps its text,
  compared after `match_text` folding, and their dates are equal; found twice counts once, as in
  scripts/score_events.py), dates exact (of the labelled events some found event overlaps, the
  share with the labelled date), and events shown with a year the text neither gives nor implies
  (a found event with a year where the gold's date has none);
- furniture lines left in article bodies: paragraphs, headings and captions that are page
  furniture by this scorer's own list of shapes below (not the reader's rules), or that are the
  page's header date line (not a dateline's sentence of the text).
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.config import Paths  # noqa: E402
from atlas.extract.data import load_data_files  # noqa: E402
from atlas.extract.facts import extract_all  # noqa: E402
from atlas.link import link  # noqa: E402
from atlas.read.seeds import read_all  # noqa: E402
from atlas.read.pinyin import strip_converter_pinyin  # noqa: E402
from atlas.read.simplify import simplified  # noqa: E402
from atlas.records import BlockKind  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import add_look_flag, pages, project_with, refuse_unasked_look  # noqa: E402
from score_tables import PageTable, print_misses, print_shares, ratio  # noqa: E402,F401  (ratio: tests import it from here)

# What a furniture line looks like, written for this scorer independently of data/furniture.yaml:
# a short line that is a label of the page rather than a sentence of the article.
FURNITURE_SHAPES = [re.compile(p) for p in (
    r"^(?:本文)?(?:来源|稿源|作者|编辑|责任编辑|责编|审核|校对|发布时间|发布日期|发表时间|更新时间|时间|日期|字号|浏览|阅读|点击)\s*[:：]",
    r"(?:来源|作者|编辑|发布时间|发布日期)\s*[:：]\s*\S+\s*$",
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}",
    r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*$",
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|位置)\s*[:：]",
    r"^首页\s*[>＞»›/]",
    r"分享到|打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|返回顶部|返回首页",
    r"注册会员|免费注册|^登录\s*[|｜]|[|｜]\s*登录|^登录$",
    r"字号\s*[:：]?\s*[大中小]|【大\s*中\s*小】|\[大\s*中\s*小\]",
)]
FURNITURE_MAX = 80


@dataclass
class PageScore:
    name: str
    title_ok: bool
    title_shown: str
    title_made: bool
    pub_stated: bool
    pub_ok: bool
    pub_shown: str
    events_gold: int = 0
    events_found: int = 0
    events_overlapped: int = 0
    events_date_ok: int = 0
    invented_years: int = 0
    invented: list[str] = field(default_factory=list)  # the gold texts of those events
    furniture_left: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    traits: tuple[str, ...] = ()


@dataclass
class Table(PageTable):
    @property
    def recall(self) -> tuple[int, int]:
        return sum(p.events_found for p in self.pages), sum(p.events_gold for p in self.pages)

    @property
    def dates_exact(self) -> tuple[int, int]:
        return sum(p.events_date_ok for p in self.pages), sum(p.events_overlapped for p in self.pages)

    @property
    def invented_years(self) -> int:
        return sum(p.invented_years for p in self.pages)



def is_furniture(text: str) -> bool:
    t = text.strip()
    return len(t) <= FURNITURE_MAX and any(p.search(t) for p in FURNITURE_SHAPES)


def score(half: str = "measure", only: tuple[str, ...] = ()) -> Table:
    """`only`: file-name prefixes (rl, rm) to score those pages of the half alone."""
    return score_pages([p for p in pages(None if half == "all" else half) if not only or p.name.startswith(tuple(only))])


def score_pages(chosen: list) -> Table:
    """The chosen pages read and extracted together, each scored against the gold it carries. A page the build
    dropped as the duplicate of another page's text (two sites' copies of one story) is read again alone, as an
    editor who pasted it would have it read."""
    facts, made_titles = _read_together(chosen)
    by_stem = {f.article.stem: f for f in facts}
    for page in [p for p in chosen if p.name not in by_stem]:
        alone, made = _read_together([page])
        by_stem.update({f.article.stem: f for f in alone})
        made_titles |= made
    out = []
    for page in chosen:
        f = by_stem.get(page.name)
        scored = _score_page(page, f, f"seeds/{page.name}.txt" in made_titles)
        scored.traits = tuple(page.gold.get("traits") or ())
        out.append(scored)
    return Table(out)


def _read_together(chosen: list) -> tuple[list, set[str]]:
    with tempfile.TemporaryDirectory(prefix="atlas-real-") as tmp:
        project = project_with(chosen, Path(tmp) / "project")
        articles, problems = read_all(Paths(project))
        data = load_data_files(project)
        facts, found = extract_all(articles, data)
        kb = link(facts, data, problems + found)
    return facts, {p.file for p in kb.problems if p.code == "read.title-made"}


def _score_page(page, f, title_made: bool) -> PageScore:
    gold = page.gold
    if f is None:
        return PageScore(page.name, False, "(not read)", False, bool(gold.get("pubdate")), False, "(not read)",
                         events_gold=len(gold.get("events") or []))
    article, matchable = f.article, f.matchable
    gold_title = gold.get("title")
    if gold_title:
        title_ok = match_text(article.title) == match_text(strip_converter_pinyin(gold_title)[0])
    else:
        title_ok = title_made and article.title != article.stem
    d = article.date
    shown = "unknown" if d is None else (f"{d.value} (inferred, no earlier than {d.not_before or d.value})" if d.inferred else d.value)
    stated = bool(gold.get("pubdate"))
    pub_ok = (d is not None and not d.inferred and d.value == str(gold["pubdate"])) if stated else (d is None or d.inferred)
    s = PageScore(page.name, title_ok, article.title, title_made, stated, pub_ok, shown)
    if not title_ok:
        s.misses.append(f"title: shown {article.title!r}, gold {gold_title!r}{' (made)' if title_made else ''}")
    if not pub_ok:
        s.misses.append(f"pubdate: shown {shown}, gold {gold.get('pubdate')!r} ({gold.get('pubdate_line')!r})")

    # events, per article before merging (as scripts/score_events.py); clauses are found in the
    # simplified copy the extractors read, so both sides are folded to simplified text
    blocks = {b.id: match_text(b.text) for b in matchable.blocks if b.id}
    blocks[""] = match_text(matchable.title)  # an event told by the headline only (block "", cited as 标题)
    found = []
    for event, _topics in f.events:
        src = event.sources[0]
        folded = blocks.get(src.block, "")
        k = folded.find(match_text(src.text))
        found.append((folded, (k, k + len(match_text(src.text))) if k != -1 else None, event))
    simplified = _simplifier()
    for item in gold.get("events") or []:
        s.events_gold += 1
        text = match_text(simplified(item["text"]))
        spans = [(folded, (k, k + len(text))) for folded in blocks.values() if (k := folded.find(text)) != -1]
        hits = [e for folded, span, e in found if span and any(folded == g and span[0] < gs[1] and gs[0] < span[1]
                                                               for g, gs in spans)]
        want = str(item["date"])
        if hits:
            s.events_overlapped += 1
            if any(e.date == want for e in hits):
                s.events_date_ok += 1
                s.events_found += 1
            else:
                s.misses.append(f"event date: {want} {item['text'][:40]!r} → {sorted({e.date for e in hits})}")
            if want.startswith("--") and any(e.date[:4].isdigit() for e in hits):
                s.invented_years += 1
                s.invented.append(item["text"])
        else:
            s.misses.append(f"event missed: {want} {item['text'][:50]!r}" + ("" if spans else " (text not in any block)"))
    for b in article.blocks:
        if b.kind is BlockKind.PARAGRAPH or b.kind in (BlockKind.HEADING, BlockKind.SUBHEADING, BlockKind.CAPTION):
            line = gold.get("pubdate_line") or ""
            if "。" in line:
                line = ""  # a dateline's sentence (【看中國2019年6月21日訊】…破產。) is the text's, no furniture
            if is_furniture(b.text) or (line and match_text(b.text) == match_text(line) and len(line) <= FURNITURE_MAX):
                s.furniture_left.append(b.text)
                s.misses.append(f"furniture in body: {b.text[:60]!r}")
    return s


def _simplifier():
    # gold is labelled on the text as published; the reader takes out a converter's pinyin
    # annotations (長(cháng)春), so the gold's phrases are compared without them too
    return lambda text: simplified(strip_converter_pinyin(text)[0])


def print_table(table: Table, half: str, verbose: bool) -> None:
    n = len(table.pages)
    print(f"real articles, {half} half: {n} pages")
    print_shares(table.reader_rows() + [
        ("events recall", table.recall, "≥ 0.85"),
        ("event dates exact (of overlapped)", table.dates_exact, "≥ 0.95"),
    ])
    print(f"  {'events shown with a year the text lacks':<44} {table.invented_years:5d}             bar = 0")
    print(f"  {'furniture lines left in article bodies':<44} {table.furniture_left:5d}             bar = 0")
    if verbose:
        print_misses(table.pages)


def print_by_trait(table: Table) -> None:
    """The figures per trait of the gold (header_date, no_headline, traditional …): numbers only,
    so that the measuring half can say which kind of page fails without showing a page."""
    traits = sorted({t for p in table.pages for t in p.traits} | {"(none)"})
    print(f"  {'trait':<14} pages  titles  dates(stated)  recall  exact")
    for trait in traits:
        sub = Table([p for p in table.pages if trait in p.traits or (trait == "(none)" and not p.traits)])
        if not sub.pages:
            continue
        print(f"  {trait:<14} {len(sub.pages):5d}  {_fmt(sub.titles):>6}  {_fmt(sub.pubdates_stated):>13}  "
              f"{_fmt(sub.recall):>6}  {_fmt(sub.dates_exact):>5}")


def _fmt(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "measure", "all"), default="measure")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--by-trait", action="store_true", help="the figures per trait of the pages (numbers only)")
    parser.add_argument("--only", nargs="+", default=(), metavar="PREFIX",
                        help="only the pages whose names start so (a new batch: --only rl rm)")
    add_look_flag(parser)
    args = parser.parse_args(argv)
    refuse_unasked_look(parser, args.half, args.verbose, args.look_at_measure)
    table = score(args.half, tuple(args.only))
    print_table(table, args.half, args.verbose)
    if args.by_trait:
        print_by_trait(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
