"""Score project mentions against the hand-labelled gold (tests/fixtures/projects_gold.yaml).

A gold mention is found when a predicted mention in the same paragraph overlaps it and one text
contains the other (the gold text is the raw seed's; 000 uses half-width punctuation, so both are
compared after `match_text` folding).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

from ..records import Article
from ..text import match_text
from .money import Money

MULTIPLIER = {"亿元": Decimal(10) ** 8, "万元": Decimal(10) ** 4, "元": Decimal(1), "亿美元": Decimal(10) ** 8}


@dataclass(frozen=True)
class GoldMention:
    article: str
    text: str
    canonical: str
    context: str
    investment: dict | None


@dataclass(frozen=True)
class Score:
    gold: int
    predicted: int
    found: int
    correct_predictions: int
    canonical_right: int
    investments: int
    investments_right: int
    multi_article: tuple[tuple[str, bool], ...]  # (gold canonical, all its mentions on one page)
    misses: tuple[str, ...]
    false_alarms: tuple[str, ...]
    wrong_canonical: tuple[str, ...]
    wrong_investment: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct_predictions / self.predicted if self.predicted else 1.0

    @property
    def canonical_accuracy(self) -> float:
        return self.canonical_right / self.found if self.found else 1.0

    @property
    def investment_accuracy(self) -> float:
        return self.investments_right / self.investments if self.investments else 1.0


def load_gold(path: Path) -> list[GoldMention]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [GoldMention(r["article"], r["text"], r["canonical"], r["context"], r.get("investment")) for r in rows]


def _gold_span(article: Article, g: GoldMention) -> tuple[str, int, int] | None:
    ctx, txt = match_text(g.context), match_text(g.text)
    for block in article.blocks:
        folded = match_text(block.text)
        at = folded.find(ctx)
        if at != -1 and block.id:
            start = at + ctx.find(txt)
            return block.id, start, start + len(txt)
    return None


def _money_matches(money: Money | None, gold: dict) -> bool:
    if money is None:
        return False
    value = Decimal(str(gold["amount"])) * MULTIPLIER.get(gold["unit"], Decimal(1))
    return money.value == value and money.currency == gold.get("currency", "CNY") and money.qualifier == gold.get("qualifier", "exact")


def score(articles: list[Article], predictions: list, gold: list[GoldMention]) -> Score:
    """`predictions`: objects with .article, .block, .start, .end, .text, .canonical, .investment."""
    by_stem = {a.stem: a for a in articles}
    stems = {g.article for g in gold}
    preds = [p for p in predictions if p.article in stems]
    pred_spans = []
    for p in preds:
        block = by_stem[p.article].block(p.block)
        start = len(match_text(block.text[: p.start]))
        pred_spans.append((p, start, start + len(match_text(p.text))))
    used: set[int] = set()
    found = canonical_right = inv_total = inv_right = 0
    misses, wrong_canon, wrong_inv = [], [], []
    pages = defaultdict(lambda: defaultdict(set))  # gold canonical → predicted canonical → articles
    for g in gold:
        where = _gold_span(by_stem[g.article], g) if g.article in by_stem else None
        hit = None
        if where:
            block_id, gs, ge = where
            for i, (p, ps, pe) in enumerate(pred_spans):
                if i in used or p.block != block_id or p.article != g.article:
                    continue
                gt, pt = match_text(g.text), match_text(p.text)
                if ps < ge and gs < pe and (gt in pt or pt in gt):
                    hit = i
                    break
        if g.investment:
            inv_total += 1
        if hit is None:
            misses.append(f"{g.article[:3]} {g.text}")
            continue
        used.add(hit)
        found += 1
        p = pred_spans[hit][0]
        pages[g.canonical][p.canonical].add(g.article)
        if p.canonical == g.canonical:
            canonical_right += 1
        else:
            wrong_canon.append(f"{g.article[:3]} {g.text}: {p.canonical} (gold {g.canonical})")
        if g.investment:
            if _money_matches(p.investment, g.investment):
                inv_right += 1
            else:
                wrong_inv.append(f"{g.article[:3]} {g.text}: {p.investment.text if p.investment else '—'}")
        elif p.investment is not None:
            wrong_inv.append(f"{g.article[:3]} {g.text}: {p.investment.text} (none stated)")
    gold_articles = defaultdict(set)
    for g in gold:
        gold_articles[g.canonical].add(g.article)
    multi = tuple(sorted((c, len(pages[c]) == 1 and set().union(*pages[c].values()) == arts)
                         for c, arts in gold_articles.items() if len(arts) > 1))
    false_alarms = tuple(f"{p.article[:3]} {p.block} {p.text}" for i, (p, _, _) in enumerate(pred_spans) if i not in used)
    return Score(len(gold), len(preds), found, len(used), canonical_right, inv_total, inv_right, multi,
                 tuple(misses), false_alarms, tuple(wrong_canon), tuple(wrong_inv))
