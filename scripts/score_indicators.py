#!/usr/bin/env python3
"""Score indicator extraction against the hand-labelled values in tests/fixtures/indicators_gold.yaml.

    python scripts/score_indicators.py

recall:     labelled values found for the right indicator with the right value and period
exactness:  of the labelled figures the build attached to their indicator, how many got the exact period
wrong:      figures attached to an indicator they are not labelled for (another one, or none at all)
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
from atlas.extract.data import load_data_files  # noqa: E402
from atlas.extract.facts import extract_all  # noqa: E402
from atlas.text import match_text  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "indicators_gold.yaml"


@dataclass
class Score:
    total: int
    found: int
    located: int
    exact: int
    wrong: list[str]
    missed: list[str]

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 1.0

    @property
    def exactness(self) -> float:
        return self.exact / self.located if self.located else 1.0


def score(root: Path = ROOT) -> Score:
    articles, _ = read_all(Paths(root))
    by_stem = {a.stem: a for a in articles}
    facts, _ = extract_all(articles, load_data_files(root))
    values = [v for f in facts for v in f.figures]
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))

    def same_figure(v, g) -> bool:
        block = by_stem[g["article"]].block(v.figure.block)
        text = match_text(str(g["text"]))
        return (v.figure.article == g["article"] and abs(v.figure.value - float(g["value"])) < 1e-9
                and text in match_text(block.text) and match_text(v.figure.text) in text)

    unused = list(values)
    found = located = exact = 0
    missed = []
    for g in gold:
        hit = next((v for v in unused if v.indicator == g["indicator"] and same_figure(v, g)), None)
        if hit is None:
            missed.append(f"{g['indicator']} {g['article'][:3]} {g['value']} {g['period']}: not attached")
            continue
        unused.remove(hit)
        located += 1
        if hit.figure.period and hit.figure.period.iso == str(g["period"]):
            exact += 1
            found += 1
        else:
            missed.append(f"{g['indicator']} {g['article'][:3]} {g['value']}: period {hit.figure.period.iso if hit.figure.period else None}, not {g['period']}")
    wrong = [f"{v.indicator} ← {v.figure.article[:3]} {v.figure.block} {v.figure.before}{v.figure.text} ({v.reason})" for v in unused]
    return Score(len(gold), found, located, exact, wrong, missed)


def main() -> int:
    s = score()
    print(f"recall:    {s.found}/{s.total} = {s.recall:.3f}  (right indicator, value and period)")
    print(f"exactness: {s.exact}/{s.located} = {s.exactness:.3f}  (exact period among labelled figures found)")
    print(f"wrong:     {len(s.wrong)}  (figures attached to an indicator they are not labelled for)")
    for line in s.missed:
        print("  missed:", line)
    for line in s.wrong:
        print("  wrong: ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
