"""Score event extraction against the hand-labelled gold (tests/fixtures/events_gold.yaml).

    python scripts/score_events.py          # figures only
    python scripts/score_events.py -v       # also every miss, every false find and every wrong plan flag

A found event matches a labelled one when its clause overlaps the labelled text (compared after
`match_text` folding) in the same paragraph and its date is equal. Each labelled event is matched
by at most one found event and each found event matches at most one labelled event (the largest
such pairing): a second find of the same event is a false find. Events are scored per article,
before merging. Plans: of the matched events, how many have the label's `plan` (a plan taken for
a done event, or the reverse, is wrong), and how many of the labelled plans were found as plans.
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
from atlas.extract.pubdate import date_article  # noqa: E402
from atlas.extract.events import after_publication, extract_events, load_event_words  # noqa: E402
from atlas.text import match_text  # noqa: E402


@dataclass(frozen=True)
class Score:
    recall: float
    precision: float
    date_accuracy: float
    plan_accuracy: float  # matched events whose `plan` equals the label's
    plan_recall: float  # labelled plans found, and found as plans
    plans: int  # labelled plans
    post_publication_non_plans: int
    gold: int
    found: int
    misses: tuple[str, ...]
    false_finds: tuple[str, ...]
    plan_errors: tuple[str, ...] = ()  # matched events whose plan flag differs from the label


def _spans(haystack: str, needle: str) -> tuple[int, int] | None:
    k = haystack.find(needle)
    return (k, k + len(needle)) if k != -1 else None


def score(root: Path = ROOT) -> Score:
    gold = yaml.safe_load((root / "tests" / "fixtures" / "events_gold.yaml").read_text(encoding="utf-8"))
    articles = [date_article(a)[0] for a in read_all(Paths(root))[0]]  # dated as the build dates them
    words = load_event_words(root, [])
    found = []  # (stem, folded block text, (start, end) folded, date, event)
    post_pub = 0
    for article in articles:
        for event in extract_events(article, words):
            src = event.sources[0]
            block = article.block(src.block)
            folded = match_text(block.text)
            span = _spans(folded, match_text(src.text))
            found.append((article.stem, folded, span, event.date, event))
            if after_publication(event.date, article.date) and not event.plan:
                post_pub += 1
    by_stem = {a.stem: a for a in articles}

    def gold_spans(item):
        text = match_text(item["text"])
        out = []
        for b in by_stem[item["article"]].blocks:
            folded = match_text(b.text)
            span = _spans(folded, text)
            if span:
                out.append((folded, span))
        return out

    def overlaps(a, b):
        return a and b and a[0] < b[1] and b[0] < a[1]

    date_ok, overlapping = 0, 0
    candidates: dict[int, list[int]] = {}  # gold index → found events with overlapping text and equal date
    for gi, item in enumerate(gold):
        spans = gold_spans(item)
        hits = [fi for fi, (stem, folded, span, date, _) in enumerate(found)
                if stem == item["article"] and any(f == folded and overlaps(span, s) for f, s in spans)]
        if hits:
            overlapping += 1
            if any(found[fi][3] == str(item["date"]) for fi in hits):
                date_ok += 1
        candidates[gi] = [fi for fi in hits if found[fi][3] == str(item["date"])]
    pairs = _one_to_one(candidates)  # found index → gold index
    matched_gold, matched_found = set(pairs.values()), set(pairs)
    plan_ok = sum(found[fi][4].plan == bool(gold[gi].get("plan")) for fi, gi in pairs.items())
    plans = [gi for gi, g in enumerate(gold) if g.get("plan")]
    plans_found = sum(1 for fi, gi in pairs.items() if gold[gi].get("plan") and found[fi][4].plan)
    misses = tuple(f"{g['article'][:3]} {g['date']} {g['text'][:40]}" for gi, g in enumerate(gold) if gi not in matched_gold)
    false = tuple(f"{f[0][:3]} {f[3]} {f[4].sources[0].text[:40]}" for fi, f in enumerate(found) if fi not in matched_found)
    return Score(
        recall=len(matched_gold) / len(gold),
        precision=len(matched_found) / len(found) if found else 0.0,
        date_accuracy=date_ok / overlapping if overlapping else 0.0,
        plan_accuracy=plan_ok / len(pairs) if pairs else 0.0,
        plan_recall=plans_found / len(plans) if plans else 0.0,
        plans=len(plans),
        post_publication_non_plans=post_pub,
        gold=len(gold), found=len(found), misses=misses, false_finds=false,
        plan_errors=tuple(f"{found[fi][0][:3]} {found[fi][3]} plan={found[fi][4].plan} (label {bool(gold[gi].get('plan'))}) "
                          f"{found[fi][4].sources[0].text[:40]}" for fi, gi in sorted(pairs.items())
                          if found[fi][4].plan != bool(gold[gi].get("plan"))),
    )


def _one_to_one(candidates: dict[int, list[int]]) -> dict[int, int]:
    """The largest pairing of labelled to found events (augmenting paths; a few dozen events)."""
    owner: dict[int, int] = {}  # found index → gold index

    def place(gi: int, seen: set[int]) -> bool:
        for fi in candidates[gi]:
            if fi in seen:
                continue
            seen.add(fi)
            if fi not in owner or place(owner[fi], seen):
                owner[fi] = gi
                return True
        return False

    for gi in sorted(candidates):
        place(gi, set())
    return owner


def main(argv: list[str]) -> int:
    s = score()
    print(f"gold events: {s.gold}  found: {s.found}")
    print(f"recall:    {s.recall:.3f}")
    print(f"precision: {s.precision:.3f}")
    print(f"dates exact (of found events overlapping a labelled one): {s.date_accuracy:.3f}")
    print(f"plan flag right (of matched events): {s.plan_accuracy:.3f}")
    print(f"labelled plans found as plans: {s.plan_recall:.3f} ({s.plans} labelled)")
    print(f"events dated after publication, not plans: {s.post_publication_non_plans}")
    if "-v" in argv:
        for m in s.misses:
            print("MISS ", m)
        for f in s.false_finds:
            print("FALSE", f)
        for p in s.plan_errors:
            print("PLAN ", p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
