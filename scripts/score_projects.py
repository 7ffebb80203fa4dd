"""Score project recognition against the hand-labelled seeds: recall, precision, grouping, money.

    python scripts/score_projects.py            # figures, then what was missed or wrong
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atlas.build import read_all  # noqa: E402
from atlas.config import Paths  # noqa: E402
from atlas.extract.project_score import load_gold, score  # noqa: E402
from atlas.build import extract_and_link as link  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "projects_gold.yaml"


def run(root: Path = ROOT):
    articles, problems = read_all(Paths(root))
    kb = link(articles, problems, root)
    return score(kb.articles, kb.project_mentions, load_gold(GOLD))


def rules_only(root: Path = ROOT):
    """Detection without the editors' names: how the rules alone do (canonical names not scored)."""
    from dataclasses import replace

    from atlas.extract.companies import company_matcher, company_mentions, load_companies
    from atlas.extract.names import NameMatcher
    from atlas.extract.project_names import load_catalogue
    from atlas.extract.projects import ProjectFinder

    articles, _ = read_all(Paths(root))
    catalogue = load_catalogue(root, [])
    firms = company_matcher(load_companies(root, []))
    finder = ProjectFinder(catalogue.rules, NameMatcher({}), firms)
    mentions = [replace(m, canonical=m.text) for a in articles for m in finder.find(a, company_mentions(a, firms)[0])]
    return score(articles, mentions, load_gold(GOLD))


def main() -> int:
    s = run()
    print(f"mentions: gold {s.gold}, predicted {s.predicted}, found {s.found}")
    print(f"recall     {s.recall:.3f}  (bar 0.90)")
    print(f"precision  {s.precision:.3f}  (bar 0.85)")
    print(f"canonical  {s.canonical_accuracy:.3f}  ({s.canonical_right}/{s.found} found mentions under the gold canonical name)")
    print(f"investment {s.investment_accuracy:.3f}  ({s.investments_right}/{s.investments} stated investments parsed exactly)")
    grouped = sum(ok for _, ok in s.multi_article)
    print(f"multi-article projects on one page: {grouped}/{len(s.multi_article)}")
    r = rules_only()
    print(f"rules alone, without the names in data/projects.yaml: recall {r.recall:.3f}, precision {r.precision:.3f}")
    for title, rows in (("missed", s.misses), ("false alarms", s.false_alarms), ("wrong canonical", s.wrong_canonical),
                        ("wrong investment", s.wrong_investment), ("split across pages", [c for c, ok in s.multi_article if not ok])):
        if rows:
            print(f"\n{title}:")
            for r in rows:
                print("  " + r)
    ok = s.recall >= 0.90 and s.precision >= 0.85 and grouped == len(s.multi_article) and s.investment_accuracy == 1.0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
