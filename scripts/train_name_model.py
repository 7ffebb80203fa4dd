"""Train the project-name model on the TUNING half of the real-article corpus.

    python scripts/train_name_model.py                              # train; print its size and threshold
    python scripts/train_name_model.py --out name_model.json    # and write the weights there
    python scripts/train_name_model.py --check name_model.json  # is that file what training gives?

Whether the model is worth using is judged by scripts/crossval_name_model.py; the build does not
read the file (the cross-validation did not show a clear gain: see README, "Project names").

Each tuning page is read and extracted as a build would (read → extract); the project finder lists
every candidate its rules consider, with each alternative start (atlas/extract/name_model.py). An
alternative is a positive example when its text, folded as scripts/score_real_projects.py folds it,
is one of the page's gold mentions. A logistic model (pure Python: fixed order, fixed epochs, L2) is
trained on them; its threshold is the one that gives the best F1 on the training pages themselves.
Measuring pages are refused: a model trained on them would make their figures worthless.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.build import read_all  # noqa: E402
from atlas.config import Paths  # noqa: E402
from atlas.extract.data import load_data_files  # noqa: E402
from atlas.extract.facts import extract_all  # noqa: E402
from atlas.extract.name_model import FORMAT, NameModel, read_name_model  # noqa: E402
from atlas.extract.projects import SentenceCandidates, model_choice  # noqa: E402
from real_corpus import RealPage, pages, project_with  # noqa: E402
from score_real_projects import fold  # noqa: E402

EPOCHS = 12
L2 = 1e-2
RATE = 0.1
INNER_FOLDS = 4
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))  # 0.10 … 0.90


@dataclass
class PageCandidates:
    name: str
    gold: Counter  # folded gold mention texts → how many
    sentences: list[SentenceCandidates]


def collect(chosen: list[RealPage], without_model: bool = True) -> list[PageCandidates]:
    """Every candidate of every chosen page, as the finder saw it (the rules alone deciding)."""
    refused = [p.name for p in chosen if p.half != "tune"]
    if refused:
        raise SystemExit(f"refused: {', '.join(refused)} are measuring pages; the model is trained on tuning pages only")
    with tempfile.TemporaryDirectory() as tmp:
        project = project_with(chosen, Path(tmp))
        articles, _ = read_all(Paths(project))
        data = load_data_files(project)
        data.finder.trace = []
        extract_all(articles, data)
        trace = data.finder.trace
    by_page: dict[str, list[SentenceCandidates]] = {}
    for s in trace:
        by_page.setdefault(s.article, []).append(s)
    out = []
    for page in chosen:
        page_text = page.text_file.read_text(encoding="utf-8")
        gold = Counter(fold(g["text"], page_text) for g in page.gold.get("projects") or [])
        out.append(PageCandidates(page.name, gold, by_page.get(page.name, [])))
    return out


def examples(data: list[PageCandidates]) -> list[tuple[list[str], int]]:
    """(features, label) of every alternative start, in page, sentence and text order."""
    out = []
    for page in data:
        for s in page.sentences:
            for g in s.groups:
                for alt in g.alternatives:
                    out.append((alt.features, int(fold(s.text[alt.start:g.end]) in page.gold)))
    return out


def train(rows: list[tuple[list[str], int]], epochs: int = EPOCHS, l2: float = L2, rate: float = RATE) -> tuple[dict[str, float], float]:
    """Logistic regression by stochastic gradient descent in the rows' own order: the same rows give
    the same weights, bit for bit. L2 is applied lazily (each weight when its feature is seen)."""
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(epochs):
        step = rate / (1 + epoch)
        for feats, label in rows:
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
            g = p - label
            bias -= step * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - step * (g + l2 * w)
    return weights, bias


def start_groups(data: list[PageCandidates]) -> list[list[tuple[list[str], int]]]:
    """The alternatives of every candidate that has a right start among them: what the ranker learns from."""
    out = []
    for page in data:
        for s in page.sentences:
            for g in s.groups:
                rows = [(alt.features, int(fold(s.text[alt.start:g.end]) in page.gold)) for alt in g.alternatives]
                if len(rows) > 1 and any(label for _, label in rows):
                    out.append(rows)
    return out


def train_ranker(groups: list[list[tuple[list[str], int]]], epochs: int = EPOCHS, l2: float = L2,
                 rate: float = RATE) -> dict[str, float]:
    """A conditional logit over each candidate's alternatives (softmax of their scores; the right
    starts share the probability), by stochastic gradient descent in the groups' own order."""
    weights: dict[str, float] = {}
    for epoch in range(epochs):
        step = rate / (1 + epoch)
        for rows in groups:
            z = [sum(weights.get(f, 0.0) for f in feats) for feats, _ in rows]
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            right = sum(label for _, label in rows)
            gradient: dict[str, float] = {}
            for (feats, label), ev in zip(rows, e):
                g = ev / total - label / right
                for f in feats:
                    gradient[f] = gradient.get(f, 0.0) + g
            for f in sorted(gradient):
                w = weights.get(f, 0.0)
                weights[f] = w - step * (gradient[f] + l2 * w)
    return weights


def predictions(data: list[PageCandidates], model: NameModel | None) -> dict[str, list[str]]:
    """Each page's mention texts: the rules' (model None) or the model's choice, as the finder makes it."""
    out = {}
    for page in data:
        texts = []
        for s in page.sentences:
            if model is None:
                spans = sorted(s.rules)
            else:
                spans = sorted((c.start, c.end) for c, _ in model_choice(s.groups, s.aliases, model))
            texts += [s.text[a:b] for a, b in spans]
        out[page.name] = texts
    return out


def score(data: list[PageCandidates], predicted: dict[str, list[str]]) -> tuple[int, int, int]:
    """(gold, predicted, found) as score_real_projects.py counts them: folded texts, each used once."""
    gold = found = n = 0
    for page in data:
        left = Counter(page.gold)
        gold += sum(page.gold.values())
        for t in predicted[page.name]:
            n += 1
            if left[fold(t)] > 0:
                left[fold(t)] -= 1
                found += 1
    return gold, n, found


def f1(gold: int, predicted: int, found: int) -> float:
    return 2 * found / (gold + predicted) if gold + predicted else 1.0


def weights_of(data: list[PageCandidates]) -> tuple[dict[str, float], float, dict[str, float]]:
    """(weights, bias, start weights), rounded: the file holds them so, and the threshold is chosen on them."""
    weights, bias = train(examples(data))
    start = train_ranker(start_groups(data))
    return _rounded(weights), round(bias, 4), _rounded(start)


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in weights.items() if round(v, 4) != 0.0}


def fit(data: list[PageCandidates]) -> NameModel:
    """Weights from the pages' examples. The threshold is chosen where the model has not seen the
    pages: INNER_FOLDS models, each trained on all but one part of the pages (by a hash of the name),
    judge that part; the threshold with the best F1 over those judgements is kept (scores on the
    pages a model was trained on are too sure of themselves)."""
    parts = [[p for p in data if inner_fold(p.name) == k] for k in range(INNER_FOLDS)]
    inner = [(part, weights_of([p for p in data if inner_fold(p.name) != k])) for k, part in enumerate(parts) if part]

    def pooled(t: float) -> float:
        counts = [score(part, predictions(part, NameModel(w, b, t, r))) for part, (w, b, r) in inner]
        return f1(*(sum(c[i] for c in counts) for i in range(3)))

    best = max(THRESHOLDS, key=lambda t: (pooled(t), -abs(t - 0.5)))
    weights, bias, start = weights_of(data)
    return NameModel(weights, bias, best, start)


def inner_fold(name: str) -> int:
    return int(hashlib.sha1(f"{name} name-model threshold".encode("utf-8")).hexdigest(), 16) % INNER_FOLDS


def model_json(model: NameModel, pages_used: int) -> str:
    data = {"format": FORMAT, "trained_on": f"{pages_used} tuning pages of tests/fixtures/real_articles (scripts/train_name_model.py)",
            "epochs": EPOCHS, "l2": L2, "rate": RATE,
            "bias": model.bias, "threshold": model.threshold, "weights": dict(sorted(model.weights.items())),
            "start_weights": dict(sorted(model.start_weights.items()))}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the model there (JSON)")
    parser.add_argument("--check", type=Path, metavar="FILE", help="do not write: say whether FILE is what training gives")
    args = parser.parse_args()
    chosen = pages("tune")
    data = collect(chosen)
    model = fit(data)
    text = model_json(model, len(chosen))
    if args.check:
        read_name_model(args.check.resolve(), ROOT)  # a file that is no model says why (DataFileError)
        same = args.check.read_text(encoding="utf-8") == text
        print(f"{args.check}: {'what training gives' if same else 'differs from what training gives'}")
        return 0 if same else 1
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    g, n, k = score(data, predictions(data, model))
    print(f"{'wrote ' + str(args.out) + ': ' if args.out else ''}{len(model.weights)} weights, {len(model.start_weights)} start "
          f"weights, threshold {model.threshold}; on its own training pages (not evidence): recall {k / g:.3f}, precision {k / n:.3f}")
    ranked = sorted(model.weights.items(), key=lambda fw: (fw[1], fw[0]))
    print("strongest against a name: " + ", ".join(f"{f} {w:+.2f}" for f, w in ranked[:8]))
    print("strongest for a name:     " + ", ".join(f"{f} {w:+.2f}" for f, w in reversed(ranked[-8:])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
