"""Score company names and investment figures on sentences from other places' news
(tests/fixtures/company_money_sentences.yaml): text the rules were not written on.

    python scripts/score_company_money_sentences.py        # the figures
    python scripts/score_company_money_sentences.py -v     # with every miss, false alarm and wrong figure

Each item is built as one page through the real pipeline (read → extract → link) in a temporary
copy of this checkout whose seeds/ holds only the items. Then, against the labels:

- companies: a labelled written form is found when the item's page has a company mention of that
  text (simplified, width and spaces folded); a mention whose text no label names is a false alarm,
  unless it stands inside a project name (the labels leave a firm inside a project's name alone);
- company groups: the forms `company_groups:` says name one company (and a form written in several
  items) land on one company page; a page holding two companies the labels keep apart is a wrong merge;
- investments: a labelled figure is right when the found mention of that project carries an amount
  written as labelled; figures on a project the labels give none (list totals, revenue, financing)
  are counted apart.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.build import extract_and_link, read_all  # noqa: E402
from atlas.config import Paths, copy_project  # noqa: E402
from score_real_projects import fold  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "company_money_sentences.yaml"


@dataclass
class SentenceScore:
    company_gold: int = 0
    company_found: int = 0
    company_predicted: int = 0
    groups: list[tuple[str, bool]] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)
    investments: int = 0
    investments_right: int = 0
    investment_names_found: int = 0
    extra_investments: list[str] = field(default_factory=list)
    unlabelled_investments: list[str] = field(default_factory=list)
    company_misses: list[str] = field(default_factory=list)
    company_false_alarms: list[str] = field(default_factory=list)
    wrong_investments: list[str] = field(default_factory=list)
    split_groups: list[str] = field(default_factory=list)

    @property
    def company_recall(self) -> float:
        return self.company_found / self.company_gold if self.company_gold else 1.0

    @property
    def company_precision(self) -> float:
        return self.company_found / self.company_predicted if self.company_predicted else 1.0

    @property
    def investment_share(self) -> float:
        return self.investments_right / self.investments if self.investments else 1.0


def load_items(path: Path = FIXTURE) -> tuple[list[dict], list[list[str]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["items"], data.get("company_groups") or []


def build(items: list[dict]):
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp))
        seeds = project / "seeds"
        for old in seeds.iterdir():
            old.unlink() if old.is_file() else None
        for item in items:
            (seeds / f"{item['id']}.txt").write_text(f"摘录 {item['id']}\n" + item["text"] + "\n", encoding="utf-8")
        articles, problems = read_all(Paths(project))
        return extract_and_link(articles, problems, project)


def score(items: list[dict], groups: list[list[str]], kb) -> SentenceScore:
    s = SentenceScore()
    company_of_form = {fold(f): k for k, group in enumerate(groups) for f in group}  # form → its group
    canonical = lambda form: company_of_form.get(form, form)  # noqa: E731
    pages_of: dict = defaultdict(list)  # canonical → (item, company page) of each labelled form
    holds: dict[str, set] = defaultdict(set)  # company page → canonicals it holds
    projects = defaultdict(list)
    # (the reader makes a one-paragraph page's headline of its first sentence: the mentions in that
    # headline (block "") repeat the paragraph's and are left out)
    for m in kb.project_mentions:
        if m.block:
            projects[m.article].append(m)
    companies = defaultdict(list)
    for m in kb.company_mentions:
        if m.block:
            companies[m.article].append(m)
    for item in items:
        name = item["id"]
        gold_projects = item.get("projects") or []
        gold = {fold(c): c for c in item.get("companies") or []}
        found_here: dict[str, set] = defaultdict(set)
        for m in companies[name]:
            inside_project = any(p.block == m.block and p.start <= m.start and m.end <= p.end for p in projects[name]) or any(
                fold(m.text) in fold(g["text"]) for g in gold_projects)
            if fold(m.text) in gold:
                found_here[fold(m.text)].add(m.company)
                holds[m.company].add(canonical(fold(m.text)))
            elif not inside_project:
                s.company_false_alarms.append(f"{name} {m.text} → {m.company}")
        s.company_gold += len(gold)
        s.company_found += len(found_here)
        s.company_predicted += len(found_here) + sum(1 for a in s.company_false_alarms if a.startswith(name + " "))
        for form, text in gold.items():
            if form not in found_here:
                s.company_misses.append(f"{name} {text}")
            pages_of[canonical(form)].append((name, text, found_here.get(form, set())))
        # investments
        free = list(projects[name])
        for g in gold_projects:
            hit = next((p for p in free if fold(p.text) == fold(g["text"]) and (p.investment is not None) == bool(g["investment"])), None) \
                or next((p for p in free if fold(p.text) == fold(g["text"])), None)
            if g["investment"]:
                s.investments += 1
            if hit is None:
                if g["investment"]:
                    s.wrong_investments.append(f"{name} {g['text']}: name not found (gold {g['investment']})")
                continue
            free.remove(hit)
            if g["investment"]:
                s.investment_names_found += 1
                if hit.investment is not None and fold(hit.investment.text) == fold(g["investment"]):
                    s.investments_right += 1
                else:
                    s.wrong_investments.append(f"{name} {g['text']}: {hit.investment.text if hit.investment else '—'} (gold {g['investment']})")
            elif hit.investment is not None:
                s.extra_investments.append(f"{name} {hit.text}: {hit.investment.text} (gold states none)")
        s.unlabelled_investments += [f"{name} {p.text}: {p.investment.text}" for p in free if p.investment is not None]
    for canon, written in sorted(pages_of.items(), key=lambda kv: str(kv[0])):
        if len(written) < 2:
            continue
        ok = all(len(p) == 1 for _, _, p in written) and len(set().union(*(p for _, _, p in written))) == 1
        label = " / ".join(sorted({t for _, t, _ in written}))
        s.groups.append((label, ok))
        if not ok:
            s.split_groups.append(label + ": " + ", ".join(f"{n} {t} → {'/'.join(sorted(p)) or 'not found'}" for n, t, p in written))
    s.wrong_merges = [f"{page}: {sorted(map(str, h))}" for page, h in sorted(holds.items()) if len(h) > 1]
    return s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, false alarms, split groups, wrong figures")
    args = parser.parse_args()
    items, groups = load_items()
    s = score(items, groups, build(items))
    print(f"sentences: {len(items)}")
    print(f"company forms: gold {s.company_gold}, found {s.company_found}, predicted {s.company_predicted}")
    print(f"company recall     {s.company_recall:.3f}")
    print(f"company precision  {s.company_precision:.3f}")
    print(f"company groups on one page  {sum(ok for _, ok in s.groups)}/{len(s.groups)}")
    print(f"wrong company merges  {len(s.wrong_merges)}")
    print(f"investments  {s.investment_share:.3f}  ({s.investments_right}/{s.investments} attached, as written; "
          f"{s.investment_names_found} of their names found); {len(s.extra_investments)} attached where the labels state none, "
          f"{len(s.unlabelled_investments)} on names the labels leave out")
    if args.verbose:
        for title, rows in (("companies missed", s.company_misses), ("company false alarms", s.company_false_alarms),
                            ("split groups", s.split_groups), ("wrong merges", s.wrong_merges),
                            ("wrong investments", s.wrong_investments), ("investments the labels do not state", s.extra_investments),
                            ("investments on names the labels leave out", s.unlabelled_investments)):
            if rows:
                print(f"\n{title}:")
                for row in rows:
                    print("  " + row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
