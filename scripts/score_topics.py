#!/usr/bin/env python3
"""Score the build's topic assignment against the hand-labelled fixture tests/fixtures/topics_gold.yaml.

Prints per-topic precision, recall and F1 and the micro-F1 over all (paragraph, topic) pairs.
A gold entry is matched to the block whose Chinese characters contain its key; entries that match
no block (article titles and subtitles, which are not blocks) are listed and left out.

    python scripts/score_topics.py            # the figures
    python scripts/score_topics.py --errors   # also every disagreement, to see what to tune
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.build import read_all  # noqa: E402
from atlas.config import Paths  # noqa: E402
from atlas.extract.topics import block_key  # noqa: E402
from atlas.build import extract_and_link as link  # noqa: E402
from atlas.text import cjk_only  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "topics_gold.yaml"
TOPICS = ("汽车", "轨道交通", "光电信息", "生物医药", "服务企业")


@dataclass(frozen=True)
class Score:
    topic: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Result:
    scores: tuple[Score, ...]
    micro: Score
    unmatched: tuple[str, ...]
    errors: tuple[str, ...]


def evaluate(root: Path = ROOT, gold_path: Path = GOLD) -> Result:
    articles, problems = read_all(Paths(root))
    kb = link(articles, problems, root)
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    counts = {t: [0, 0, 0] for t in TOPICS}
    unmatched, errors = [], []
    for entry in gold:
        article = kb.article(entry["article"])
        block = next((b for b in article.blocks if entry["key"] in cjk_only(b.text)), None) if article else None
        if block is None:
            unmatched.append(f"{entry['article'][:3]} {entry['key']}")
            continue
        built = set(kb.topics[(article.stem, block_key(article, block))].topics)
        wanted = set(entry["topics"] or [])
        for t in TOPICS:
            counts[t][0] += t in built and t in wanted
            counts[t][1] += t in built and t not in wanted
            counts[t][2] += t in wanted and t not in built
        if built != wanted:
            errors.append(f"{entry['article'][:3]} {block_key(article, block):>4} gold={sorted(wanted)} built={sorted(built)} {block.text[:60]}")
    scores = tuple(Score(t, *counts[t]) for t in TOPICS)
    micro = Score("micro", sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores))
    return Result(scores, micro, tuple(unmatched), tuple(errors))


def main(argv: list[str]) -> int:
    result = evaluate()
    print(f"{'topic':<8} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for s in result.scores + (result.micro,):
        print(f"{s.topic:<8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.tp:3d} {s.fp:3d} {s.fn:3d}")
    if result.unmatched:
        print(f"not blocks (left out): {len(result.unmatched)}: " + "; ".join(result.unmatched))
    if "--errors" in argv:
        print("\n".join(result.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
