"""Score the date reader on dated sentences from other places' news (tests/fixtures/date_sentences.yaml).

    python scripts/score_date_sentences.py       # events recall, dates exact, invented years
    python scripts/score_date_sentences.py -v    # with every miss

The sentences come from economy and industry news of other cities, labelled by reading before
any code ran on them: text that no rule of `atlas/extract/dates.py` was written on, so the
figures say how general the date reader is. Each item is read as one article through the real
pipeline (read → extract) in a copy of this checkout: its text as the body, a front-matter title
(so no line of the text is taken for a headline), and its stated publication date, if the page
has one, as front-matter `date:`. Figures, as scripts/score_real_articles.py counts them:

- events recall: a labelled event is found when a found event's clause overlaps its text (after
  `match_text` folding) and their dates are equal;
- dates exact: of the labelled events some found event overlaps, the share with the labelled
  date (`--`, a year nobody states, is met by any date without a year);
- invented years: found events with a year where the label has none (`--…`);
- extra events: found events whose clause overlaps no labelled event (dated clauses the labels
  call no event: vague times, statistics, as-of figures);
- and, as the two-story check of scripts/perturb_real_dates.py, the items that state no date put
  together as one list page in five orders: events with a year no item of theirs gives.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.config import Paths  # noqa: E402
from atlas.extract.data import load_data_files  # noqa: E402
from atlas.extract.facts import extract_all  # noqa: E402
from atlas.read.pinyin import strip_converter_pinyin  # noqa: E402
from atlas.read.seeds import read_all  # noqa: E402
from atlas.read.simplify import simplified  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import project_with  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "date_sentences.yaml"


@dataclass
class Score:
    items: int = 0
    gold: int = 0
    found: int = 0  # labelled events found with their date
    overlapped: int = 0
    date_ok: int = 0
    invented: int = 0
    extra: int = 0
    misses: list[str] = field(default_factory=list)


def load_items(path: Path = FIXTURE) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["items"]


def article_text(item: dict) -> str:
    front = [f"title: 例句 {item['id']}"] + ([f"date: {item['pubdate']}"] if item.get("pubdate") else [])
    return "---\n" + "\n".join(front) + "\n---\n" + item["text"] + "\n"


def _fold(text: str) -> str:
    return match_text(simplified(strip_converter_pinyin(text)[0]))


def _date_ok(found: str, want: str) -> bool:
    return not found[:4].isdigit() if want == "--" else found == want


def score(items: list[dict] | None = None) -> Score:
    items = load_items() if items is None else items
    with tempfile.TemporaryDirectory(prefix="atlas-date-sentences-") as tmp:
        project = project_with([], Path(tmp) / "project")
        for item in items:
            (project / "seeds" / f"{item['id']}.txt").write_text(article_text(item), encoding="utf-8")
        articles, _problems = read_all(Paths(project))
        facts, _found = extract_all(articles, load_data_files(project))
    by_id = {f.article.stem: f for f in facts}
    s = Score(items=len(items))
    for item in items:
        f = by_id.get(item["id"])
        blocks = {b.id: match_text(b.text) for b in f.matchable.blocks if b.id} if f else {}
        found = []
        for event, _topics in (f.events if f else []):
            src = event.sources[0]
            folded = blocks.get(src.block, "")
            k = folded.find(match_text(src.text))
            found.append((folded, (k, k + len(match_text(src.text))) if k != -1 else None, event))
        used = set()
        for gold in item.get("events") or []:
            s.gold += 1
            text = _fold(gold["text"])
            spans = [(folded, (k, k + len(text))) for folded in blocks.values() if (k := folded.find(text)) != -1]
            hits = [i for i, (folded, span, _e) in enumerate(found)
                    if span and any(folded == g and span[0] < gs[1] and gs[0] < span[1] for g, gs in spans)]
            used.update(hits)
            want = str(gold["date"])
            dates = sorted({found[i][2].date for i in hits})
            if not hits:
                s.misses.append(f"{item['id']} missed: {want} {gold['text'][:50]!r}" + ("" if spans else " (text not in any block)"))
                continue
            s.overlapped += 1
            if any(_date_ok(d, want) for d in dates):
                s.date_ok += 1
                s.found += 1
            else:
                s.misses.append(f"{item['id']} date: {want} {gold['text'][:40]!r} → {dates}")
            if want.startswith("--") and any(d[:4].isdigit() for d in dates):
                s.invented += 1
        for i, (_folded, _span, event) in enumerate(found):
            if i not in used:
                s.extra += 1
                s.misses.append(f"{item['id']} extra: {event.date} {event.sources[0].expression!r} in {event.sources[0].text[:40]!r}")
    return s


def list_page(order: int, items: list[dict] | None = None) -> dict:
    """Every item that states no date, shuffled (`order` seeds the shuffle), as the paragraphs of one
    page that states none: a list of news items from many sites with no line between them, where
    no year any item writes may date another item's year-less day."""
    import random

    items = [i for i in (load_items() if items is None else items) if not i.get("pubdate")]
    random.Random(order).shuffle(items)
    return {"id": f"list{order}", "pubdate": None, "url": "", "text": "\n".join(i["text"] for i in items),
            "events": [e for i in items for e in (i.get("events") or [])]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    s = score()
    ratio = lambda a, b: f"{a / b:.2f}  ({a}/{b})" if b else "n/a"
    print(f"dated sentences from other places' news: {s.items} items, {s.gold} labelled events")
    print(f"  events recall                 {ratio(s.found, s.gold)}")
    print(f"  event dates exact             {ratio(s.date_ok, s.overlapped)}")
    print(f"  events with a year not given  {s.invented:>4}")
    print(f"  extra events (no label)       {s.extra:>4}")
    if args.verbose:
        for miss in s.misses:
            print(f"    {miss}")
    pages = score([list_page(k) for k in range(5)])
    print(f"  the undated items as one list page, in 5 orders: {pages.invented} events with a year not given "
          f"(of {sum(1 for i in load_items() if not i.get('pubdate') for e in i.get('events') or [] if str(e['date']).startswith('--')) * 5})")
    if args.verbose:
        for miss in pages.misses:
            if "date: --" in miss:
                print(f"    {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
