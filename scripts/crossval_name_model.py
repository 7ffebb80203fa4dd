"""Is the project-name model worth having? Cross-validation on the TUNING half of the real-article corpus.

    python scripts/crossval_name_model.py

The tuning pages are parted into 5 folds by a hash of the page name. For each fold, a model is
trained (scripts/train_name_model.py: weights and threshold) on the other four and judged on the
held-out pages' project mentions, beside the rules alone on the same pages: recall, precision, F1,
per fold and pooled. The fresh tuning pages no rule writer has read (rp, rq) are judged once more as
a fold of their own, the model trained on every other tuning page. The measuring half is never read.

Note that the rules themselves were written on most tuning pages, so "rules only" is flattered on
them; the model's held-out figures are honest about the model, not about the rules.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from real_corpus import pages  # noqa: E402
from train_name_model import PageCandidates, collect, f1, fit, predictions, score  # noqa: E402

FOLDS = 5
FRESH = ("rp", "rq")


def fold_of(name: str) -> int:
    return int(hashlib.sha1(f"{name} name-model fold".encode("utf-8")).hexdigest(), 16) % FOLDS


def judge(train_on: list[PageCandidates], held_out: list[PageCandidates]) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """(gold, predicted, found) on the held-out pages: the rules alone, then rules + a model trained on the rest."""
    model = fit(train_on)
    return score(held_out, predictions(held_out, None)), score(held_out, predictions(held_out, model))


def line(label: str, rules: tuple[int, int, int], model: tuple[int, int, int]) -> str:
    def figures(g, n, k):
        return f"R {k / g if g else 1:.3f} P {k / n if n else 1:.3f} F1 {f1(g, n, k):.3f} ({k}/{g} found, {n} predicted)"
    return f"{label:<22} rules: {figures(*rules)}   rules+model: {figures(*model)}"


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    data = collect(pages("tune"))
    pooled_rules, pooled_model = [0, 0, 0], [0, 0, 0]
    for k in range(FOLDS):
        held = [p for p in data if fold_of(p.name) == k]
        rules, model = judge([p for p in data if fold_of(p.name) != k], held)
        pooled_rules = [a + b for a, b in zip(pooled_rules, rules)]
        pooled_model = [a + b for a, b in zip(pooled_model, model)]
        print(line(f"fold {k} ({len(held)} pages)", rules, model))
    print(line("pooled held-out", tuple(pooled_rules), tuple(pooled_model)))
    fresh = [p for p in data if p.name.startswith(FRESH)]
    rules, model = judge([p for p in data if not p.name.startswith(FRESH)], fresh)
    print(line(f"fresh rp rq ({len(fresh)} pages)", rules, model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
