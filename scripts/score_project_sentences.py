"""Score project names on sentences from other places' news (tests/fixtures/project_sentences.yaml).

    python scripts/score_project_sentences.py       # recall and precision of project mentions
    python scripts/score_project_sentences.py -v    # and every miss and false alarm, per item

The sentences were labelled by reading, before any atlas code ran on them: they are text no rule of
the project-name recogniser was written for, so their figures say how the rules hold on unseen pages
(issue 18). Each item is one paragraph of an article of its own, run through the extractor the build
uses (simplified for matching, companies from data/companies.yaml, the words of data/projects.yaml).
A found mention matches a gold one when both are the same text after simplified-Chinese and
width/space folding, in the same item (each used once).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.extract.companies import company_mentions, list_only_names  # noqa: E402
from atlas.extract.data import DataFiles, load_data_files  # noqa: E402
from atlas.read.simplify import for_matching, simplified  # noqa: E402
from atlas.records import Article, Block, BlockKind  # noqa: E402
from atlas.text import match_text  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "project_sentences.yaml"


def fold(text: str) -> str:
    return match_text(simplified(text))


@dataclass
class SentenceScore:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)  # (item id, gold text)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)  # (item id, predicted text)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 1.0


def load_items(path: Path = FIXTURE) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["items"]


def predicted_names(text: str, data: DataFiles, stem: str = "sentence") -> list[str]:
    """The project mentions the build finds in `text` read as one paragraph of an article."""
    block = Block(BlockKind.PARAGRAPH, text.strip(), (1,), "p1")
    article = for_matching(Article(f"seeds/{stem}.txt", stem, stem, "", blocks=(block,)))
    firms, _ = company_mentions(article, data.firms, list_only_names(data.companies))
    return [m.text for m in data.finder.find(article, firms)]


def score(items: list[dict], data: DataFiles) -> SentenceScore:
    s = SentenceScore()
    for item in items:
        gold = Counter(fold(t) for t in item.get("projects") or [])
        found = Counter(fold(t) for t in predicted_names(item["text"], data, item["id"]))
        hit = gold & found
        s.gold += sum(gold.values())
        s.predicted += sum(found.values())
        s.found += sum(hit.values())
        s.misses += [(item["id"], t) for t in (gold - hit).elements()]
        s.false_alarms += [(item["id"], t) for t in (found - hit).elements()]
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    items = load_items()
    s = score(items, load_data_files(ROOT))
    print(f"{len(items)} items, {s.gold} gold project mentions")
    print(f"recall    {s.recall:.3f} ({s.found}/{s.gold})")
    print(f"precision {s.precision:.3f} ({s.found}/{s.predicted})")
    if args.verbose:
        for kind, rows in (("missed", s.misses), ("false alarm", s.false_alarms)):
            for item, text in rows:
                print(f"  {kind:11} {item}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
