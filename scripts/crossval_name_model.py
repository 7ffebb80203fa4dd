"""Is the project-name model worth having? Cross-validation on the TUNING half of the real-article corpus.

    python scripts/crossval_name_model.py           # rules only vs rules + model
    python scripts/crossval_name_model.py --veto    # and a variant: a model of the text alone that may only refuse

The tuning pages are parted into 5 folds by a hash of the page name. For each fold, a model is
trained (scripts/train_name_model.py: weights and threshold) on the other four and judged on the
held-out pages' project mentions, beside the rules alone on the same pages: recall, precision, F1,
per fold and pooled. The fresh tuning pages no rule writer has read (rp, rq) are judged once more as
a fold of their own, the model trained on every other tuning page. The measuring half is never read.

With --veto, a second use is judged too: a model trained without the rules' verdicts among its
features (text alone) refuses a name the rules kept when its probability is below a small floor
(0.05, 0.10); it never adds or re-cuts one.

Note that the rules themselves were written on most tuning pages, so "rules only" is flattered on
them; the model's held-out figures are honest about the model, not about the rules.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from real_corpus import pages  # noqa: E402
from atlas.extract.name_model import NameModel  # noqa: E402
from atlas.extract.projects import _Candidate, _longest_without_overlap  # noqa: E402
from train_name_model import PageCandidates, collect, f1, fit, predictions, score, weights_of  # noqa: E402

FOLDS = 5
FRESH = ("rp", "rq")
RULES_FEATURES = ("rules_", "span_ok", "at_rules_start", "longer_than_rules", "shorter_than_rules")
VETO_FLOORS = (0.05, 0.10)


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


def text_only(data: list[PageCandidates]) -> list[PageCandidates]:
    """The same candidates without the features that are the rules' own verdicts."""
    data = copy.deepcopy(data)
    for page in data:
        for s in page.sentences:
            for g in s.groups:
                for alt in g.alternatives:
                    alt.features = [f for f in alt.features if not f.startswith(RULES_FEATURES)]
    return data


def vetoed(data: list[PageCandidates], model: NameModel, floor: float) -> dict[str, list[str]]:
    """The rules' names, less those the text-only model scores below `floor` (listed names stay)."""
    out = {}
    for page in data:
        texts = []
        for s in page.sentences:
            kept = [_Candidate(a, b, "alias") for a, b in s.aliases]
            for g in s.groups:
                at = next(a for a in g.alternatives if a.start == g.rules_start)
                if g.rules_kept and model.score(at.features) >= floor:
                    kept.append(_Candidate(g.rules_start, g.end, g.how))
            texts += [s.text[c.start:c.end] for c in sorted(_longest_without_overlap(kept), key=lambda c: c.start)]
        out[page.name] = texts
    return out


def veto_table(data: list[PageCandidates]) -> None:
    data = text_only(data)
    splits = [([p for p in data if fold_of(p.name) != k], [p for p in data if fold_of(p.name) == k]) for k in range(FOLDS)]
    splits.append(([p for p in data if not p.name.startswith(FRESH)], [p for p in data if p.name.startswith(FRESH)]))
    models = [NameModel(*weights_of(train_on)[:2], 0.5) for train_on, _ in splits]
    for floor in VETO_FLOORS:
        counts = [score(held, vetoed(held, m, floor)) for (_, held), m in zip(splits[:FOLDS], models)]
        pooled = tuple(sum(c[i] for c in counts) for i in range(3))
        rules = tuple(sum(c[i] for c in (score(held, predictions(held, None)) for _, held in splits[:FOLDS])) for i in range(3))
        print(line(f"veto < {floor:.2f} pooled", rules, pooled).replace("rules+model", "rules+veto "))
        fresh = splits[FOLDS][1]
        print(line(f"veto < {floor:.2f} fresh", score(fresh, predictions(fresh, None)),
                   score(fresh, vetoed(fresh, models[FOLDS], floor))).replace("rules+model", "rules+veto "))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--veto", action="store_true", help="also judge a text-only model that may only refuse the rules' names")
    args = parser.parse_args()
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
    if args.veto:
        veto_table(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
