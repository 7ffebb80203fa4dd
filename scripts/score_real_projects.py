"""Score projects, companies and investments on the real-article corpus (tests/fixtures/real_articles/).

    python scripts/score_real_projects.py                  # the tuning half
    python scripts/score_real_projects.py --half measure   # the measuring half (quote these)
    python scripts/score_real_projects.py --half all -v    # both, with every miss and false alarm
    python scripts/score_real_projects.py --half measure --only rp   # a new batch's measuring pages alone

The chosen pages are built through the real pipeline (read → extract → link) in a temporary copy
of this checkout whose seeds/ holds only them. Then, against each page's gold file:

- project mentions: a found mention matches a gold one when both name the same text after
  simplified-Chinese and width/space folding, in the same article (each used once);
- alias groups: every gold canonical project written in two or more forms, or named by two or more
  articles, is one group; it lands on one page when every gold mention of it was found and all of
  them carry one page name (a phase, 奥迪PPE一期, counts as the row `一期` on its whole project's
  page). The same for companies, whose gold lists each written form once per article;
- wrong merges: one page holding mentions of two different gold canonicals (must be 0);
- investments: a gold figure is right when the matched mention carries an amount written exactly
  as the gold states it (`总投资约48亿元` → `约48亿元`); figures attached where the gold states
  none are counted apart.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.build import extract_and_link, read_all  # noqa: E402
from atlas.config import Paths  # noqa: E402
from atlas.read.pinyin import strip_converter_pinyin  # noqa: E402
from atlas.read.simplify import simplified  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import RealPage, add_look_flag, pages, project_with, refuse_unasked_look  # noqa: E402

BARS = {"recall": 0.90, "precision": 0.90, "groups": 0.95, "companies": 0.95, "wrong_merges": 0, "investments": 0.95}
PHASE = re.compile(r"[（(]?([一二三四五六七八九十]|\d+)期[）)]?(?:项目|工程)?$")
# the words before a gold investment's amount: 总投资, 计划总投资, 总体规划投资, 项目一期投资将达到 …
_INVESTMENT_WORDS = re.compile(r"^(?:项目)?(?:[一二三四五六七八九十]期)?(?:计划|拟|预计|概算|估算|动态|总体规划|规划)?"
                               r"(?:总投资|投资总额|投资|引资)(?:额|规模)?(?:将)?(?:达到|达|为|是)?[:：]?")


def fold(text: str, page_text: str = "") -> str:
    """A gold phrase as the build compares it: simplified, width and spaces folded, without the
    converter's pinyin. The gold keeps that pinyin as published (長(cháng)光, 中(zhong)國(guo)); the
    reader takes it out by what the whole page holds (toneless readings only on a page full of
    them), so the phrase is cleaned together with its page's text, by the reader's own function."""
    if page_text:
        lines = page_text.count("\n") + 1
        text = "\n".join(strip_converter_pinyin(page_text + "\n" + text)[0].split("\n")[lines:])
    else:
        text = strip_converter_pinyin(text)[0]
    return match_text(simplified(text))


def page_of_gold(canonical: str) -> tuple[str, str]:
    """A gold canonical as (whole project, phase): 奥迪一汽新能源汽车项目一期 → (…项目, 一期)."""
    m = PHASE.search(canonical)
    if m and m.start() > 0:
        return canonical[: m.start()], m.group(1) + "期"
    return canonical, ""


@dataclass
class RealScore:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    groups: list[tuple[str, bool]] = field(default_factory=list)
    company_groups: list[tuple[str, bool]] = field(default_factory=list)
    # the same groups judged only on the names the build found: none of them on a second page
    found_groups: list[tuple[str, bool]] = field(default_factory=list)
    found_company_groups: list[tuple[str, bool]] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)
    investments: int = 0
    investments_right: int = 0
    extra_investments: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_investments: list[str] = field(default_factory=list)
    split_groups: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.predicted if self.predicted else 1.0

    @property
    def group_share(self) -> float:
        return sum(ok for _, ok in self.groups) / len(self.groups) if self.groups else 1.0

    @property
    def company_share(self) -> float:
        return sum(ok for _, ok in self.company_groups) / len(self.company_groups) if self.company_groups else 1.0

    @property
    def investment_share(self) -> float:
        return self.investments_right / self.investments if self.investments else 1.0


def build(chosen: list[RealPage]):
    """The knowledge base of the chosen pages, built as `make site` would (no cache)."""
    with tempfile.TemporaryDirectory() as tmp:
        project = project_with(chosen, Path(tmp))
        articles, problems = read_all(Paths(project))
        return extract_and_link(articles, problems, project)


def investment_as_written(gold: str, page_text: str = "") -> str:
    """The amount of a gold investment phrase: 总投资约48亿元 → 约48亿元."""
    return _INVESTMENT_WORDS.sub("", fold(gold, page_text))


def score(chosen: list[RealPage], kb) -> RealScore:
    s = RealScore()
    predicted = defaultdict(list)  # article → its project mentions
    for m in kb.project_mentions:
        predicted[m.article].append(m)
    mention_page: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # gold canonical → pages
    gold_count: Counter = Counter()
    gold_articles: dict[str, set] = defaultdict(set)
    gold_forms: dict[str, set] = defaultdict(set)
    page_holds: dict[tuple[str, str], set] = defaultdict(set)  # page → gold wholes it holds
    for page in chosen:
        gold = page.gold.get("projects") or []
        page_text = page.text_file.read_text(encoding="utf-8")
        preds = list(predicted.get(page.name, []))
        s.gold += len(gold)
        s.predicted += len(preds)
        free = list(range(len(preds)))
        # The gold gives texts, not places: of several mentions written alike, one that states a
        # figure is matched first to one that carries a figure (then the rest in text order).
        claimed: dict[int, int] = {}
        for k, g in enumerate(gold):
            if g.get("investment"):
                hit = next((i for i in free if i not in claimed.values() and preds[i].investment is not None
                            and fold(preds[i].text) == fold(g["text"], page_text)), None)
                if hit is not None:
                    claimed[k] = hit
        free = [i for i in free if i not in claimed.values()]
        for k, g in enumerate(gold):
            gold_count[g["canonical"]] += 1
            gold_articles[g["canonical"]].add(page.name)
            gold_forms[g["canonical"]].add(fold(g["text"], page_text))
            hit = claimed.get(k, next((i for i in free if fold(preds[i].text) == fold(g["text"], page_text)), None))
            if g.get("investment"):
                s.investments += 1
            if hit is None:
                s.misses.append(f"{page.name} {g['text']}")
                continue
            if hit in free:
                free.remove(hit)
            s.found += 1
            p = preds[hit]
            where = (p.canonical, getattr(p, "phase", ""))
            mention_page[g["canonical"]].append(where)
            page_holds[p.canonical].add(page_of_gold(g["canonical"])[0])
            if g.get("investment"):
                if p.investment is not None and fold(p.investment.text) == investment_as_written(g["investment"], page_text):
                    s.investments_right += 1
                else:
                    s.wrong_investments.append(f"{page.name} {g['text']}: {p.investment.text if p.investment else '—'}"
                                               f" (gold {g['investment']})")
            elif p.investment is not None:
                s.extra_investments.append(f"{page.name} {p.text}: {p.investment.text} (gold states none)")
        s.false_alarms += [f"{page.name} {preds[i].block} {preds[i].text}" for i in free]
    for canonical in sorted(gold_count):
        if len(gold_articles[canonical]) < 2 and len(gold_forms[canonical]) < 2:
            continue
        pages_of = mention_page[canonical]
        whole, phase = page_of_gold(canonical)
        ok = len(pages_of) == gold_count[canonical] and len(set(pages_of)) == 1 and pages_of[0][1] == phase
        s.groups.append((canonical, ok))
        if pages_of:
            s.found_groups.append((canonical, len(set(pages_of)) == 1 and pages_of[0][1] == phase))
        if not ok:
            s.split_groups.append(f"project {canonical}: {sorted(set(pages_of)) or 'not found'}"
                                  f" ({len(pages_of)}/{gold_count[canonical]} found)")
    s.wrong_merges = [f"{page}: {sorted(holds)}" for page, holds in sorted(page_holds.items()) if len(holds) > 1]
    _score_companies(chosen, kb, s)
    return s


def _score_companies(chosen: list[RealPage], kb, s: RealScore) -> None:
    found: dict[tuple[str, str], set] = defaultdict(set)  # (article, folded text) → company pages
    for m in kb.company_mentions:
        found[(m.article, fold(m.text))].add(m.company)
    forms: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for page in chosen:
        page_text = page.text_file.read_text(encoding="utf-8")
        for c in page.gold.get("companies") or []:
            forms[c["canonical"]].append((page.name, fold(c["text"], page_text)))
    holds: dict[str, set] = defaultdict(set)
    for canonical, written in sorted(forms.items()):
        for key in written:
            for company in found.get(key, ()):
                holds[company].add(canonical)
        if len({text for _, text in written}) < 2 and len({a for a, _ in written}) < 2:
            continue
        pages_of = [found.get(key, set()) for key in written]
        ok = all(len(p) == 1 for p in pages_of) and len(set().union(*pages_of)) == 1
        s.company_groups.append((canonical, ok))
        if any(pages_of):
            s.found_company_groups.append((canonical, len(set().union(*pages_of)) == 1))
        if not ok:
            s.split_groups.append(f"company {canonical}: " + ", ".join(
                f"{a} {t} → {'/'.join(sorted(p)) or 'not found'}" for (a, t), p in zip(written, pages_of)))
    s.wrong_merges += [f"company {c}: {sorted(h)}" for c, h in sorted(holds.items()) if len(h) > 1]


def measure(half: str) -> RealScore:
    chosen = pages(None if half == "all" else half)
    return score(chosen, build(chosen))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "measure", "all"), default="tune")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, false alarms, split groups, wrong figures")
    parser.add_argument("--merges", action="store_true", help="list the merges the build made and the pairs it was unsure of")
    parser.add_argument("--only", nargs="+", default=(), metavar="PREFIX",
                        help="only the pages whose names start so (a new batch: --only rp)")
    add_look_flag(parser)
    args = parser.parse_args()
    refuse_unasked_look(parser, args.half, args.verbose or args.merges, args.look_at_measure)
    chosen = [p for p in pages(None if args.half == "all" else args.half)
              if not args.only or p.name.startswith(tuple(args.only))]
    kb = build(chosen)
    s = score(chosen, kb)
    if args.merges:
        for p in kb.problems:
            if p.code in ("projects.merged", "projects.doubtful"):
                print(f"{p.code}: {p.message}\n    {p.fix}")
    print(f"half: {args.half}{' (only ' + ' '.join(args.only) + ')' if args.only else ''} ({len(chosen)} pages)")
    print(f"project mentions: gold {s.gold}, predicted {s.predicted}, found {s.found}")
    print(f"recall       {s.recall:.3f}  (bar {BARS['recall']})")
    print(f"precision    {s.precision:.3f}  (bar {BARS['precision']})")
    print(f"project groups on one page  {s.group_share:.3f}  ({sum(ok for _, ok in s.groups)}/{len(s.groups)}; bar {BARS['groups']})")
    print(f"company groups on one page  {s.company_share:.3f}  "
          f"({sum(ok for _, ok in s.company_groups)}/{len(s.company_groups)}; bar {BARS['companies']})")
    for label, rows in (("projects", s.found_groups), ("companies", s.found_company_groups)):
        print(f"  of which the names found are on one page ({label}): {sum(ok for _, ok in rows)}/{len(rows)}")
    print(f"wrong merges {len(s.wrong_merges)}  (bar 0)")
    print(f"investments  {s.investment_share:.3f}  ({s.investments_right}/{s.investments} attached, as written; bar {BARS['investments']});"
          f" {len(s.extra_investments)} attached where the gold states none")
    if args.verbose:
        for title, rows in (("missed", s.misses), ("false alarms", s.false_alarms), ("split groups", s.split_groups),
                            ("wrong merges", s.wrong_merges), ("wrong investments", s.wrong_investments),
                            ("investments the gold does not state", s.extra_investments)):
            if rows:
                print(f"\n{title}:")
                for row in rows:
                    print("  " + row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
