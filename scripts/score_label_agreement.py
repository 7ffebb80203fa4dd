"""How far two careful readers agree on the real-article corpus's labels, and where the build stands between them.

    python scripts/score_label_agreement.py           # the table: reader B against reader A, the build against each

Issues 17 and 18 set their bars against one reader's labels (tests/fixtures/real_articles/, reader A).
A second reader labelled pages again, from the text and the corpus README's conventions only,
without seeing the first labels (tests/fixtures/real_articles_second/, reader B; its README says
how): 43 tuning pages, and every measuring page. Each half gets its own table, of figures only. Scoring B against A with the issues' own matching tells how much of a bar
is the text's and how much is the labels': a build cannot be expected to agree with A much more
than another careful reader does.

Three rows per figure, on the same pages:
- `B vs A`: reader B scored as if it were the build, against A's gold;
- `build vs A`: the build against A (on tuning pages rules were written on A's labels; on the
  measuring half these are the issues' own figures);
- `build vs B`: the build against B (a reader no rule was ever tuned on).

Matching is the scorers' own (scripts/score_real_articles.py, scripts/score_real_projects.py):
an event is found when a clause overlaps its text and carries the same date; a project mention
when a mention with the same (folded) text is on the page; a company by its distinct written forms;
an alias group when all its mentions land under one name; an investment when the amount is the same.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.read.pinyin import strip_converter_pinyin  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import FIXTURES, RealPage, pages  # noqa: E402
import score_real_articles  # noqa: E402
import score_real_projects  # noqa: E402
from score_real_projects import fold, investment_as_written, page_of_gold  # noqa: E402

SECOND = ROOT / "tests" / "fixtures" / "real_articles_second"


@dataclass
class Agreement:
    """Reader B scored against reader A, figure by figure: (agreed, of)."""
    titles: tuple[int, int] = (0, 0)
    pubdates: tuple[int, int] = (0, 0)
    events_recall: tuple[int, int] = (0, 0)
    events_precision: tuple[int, int] = (0, 0)
    dates_exact: tuple[int, int] = (0, 0)
    years_added: int = 0
    years_added_to: set = field(default_factory=set)  # (page, A's text) of those events
    projects_recall: tuple[int, int] = (0, 0)
    projects_precision: tuple[int, int] = (0, 0)
    groups: tuple[int, int] = (0, 0)
    wrong_merges: int = 0
    companies_recall: tuple[int, int] = (0, 0)
    companies_precision: tuple[int, int] = (0, 0)
    company_groups: tuple[int, int] = (0, 0)
    investments: tuple[int, int] = (0, 0)


def second_pages(folder: Path = SECOND) -> list[tuple[RealPage, RealPage]]:
    """(A's page, the same page with B's labels), for every page B labelled."""
    first = {p.name: p for p in pages(folder=FIXTURES)}
    out = []
    for gold_file in sorted(folder.glob("*.gold.yaml")):
        name = gold_file.name[: -len(".gold.yaml")]
        if name not in first:
            raise SystemExit(f"{gold_file}: no page {name} in {FIXTURES}")
        a = first[name]
        b = replace(a, gold=yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {})
        out.append((a, b))
    return out


def _add(pair: tuple[int, int], ok: int, of: int) -> tuple[int, int]:
    return pair[0] + ok, pair[1] + of


def _spans(text: str, phrase: str) -> list[tuple[int, int]]:
    out, k = [], text.find(phrase)
    while phrase and k != -1:
        out.append((k, k + len(phrase)))
        k = text.find(phrase, k + 1)
    return out


def _overlapping(text: str, one: dict, others: list[dict]) -> list[dict]:
    mine = _spans(text, one["text"])
    return [o for o in others if any(s < oe and os < e for s, e in mine for os, oe in _spans(text, o["text"]))]


def _match_mentions(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Pairs (index in a, index in b) of equal folded texts, each used once, in text order."""
    free = list(range(len(b)))
    pairs = []
    for i, t in enumerate(a):
        j = next((j for j in free if b[j] == t), None)
        if j is not None:
            free.remove(j)
            pairs.append((i, j))
    return pairs


def agree(pairs: list[tuple[RealPage, RealPage]]) -> Agreement:
    g = Agreement()
    group_a: dict[str, list] = defaultdict(list)  # A's canonical → B's canonical per mention (None: unmatched)
    forms_a: dict[str, set] = defaultdict(set)
    pages_a: dict[str, set] = defaultdict(set)
    holds_b: dict[str, set] = defaultdict(set)  # B's canonical → A's wholes it holds
    company_a: dict[str, list] = defaultdict(list)
    company_holds_b: dict[str, set] = defaultdict(set)
    for a, b in pairs:
        text = a.text_file.read_text(encoding="utf-8")
        ga, gb = a.gold, b.gold
        title_a, title_b = ga.get("title"), gb.get("title")
        same_title = (title_a is None and title_b is None) or (
            title_a is not None and title_b is not None
            and match_text(strip_converter_pinyin(title_a)[0]) == match_text(strip_converter_pinyin(title_b)[0]))
        g.titles = _add(g.titles, same_title, 1)
        g.pubdates = _add(g.pubdates, str(ga.get("pubdate")) == str(gb.get("pubdate")), 1)

        ev_a, ev_b = ga.get("events") or [], gb.get("events") or []
        for e in ev_a:
            hits = _overlapping(text, e, ev_b)
            same = any(str(h["date"]) == str(e["date"]) for h in hits)
            g.events_recall = _add(g.events_recall, same, 1)
            if hits:
                g.dates_exact = _add(g.dates_exact, same, 1)
                if str(e["date"]).startswith("--") and any(str(h["date"])[:4].isdigit() for h in hits):
                    g.years_added += 1
                    g.years_added_to.add((a.name, e["text"]))
        for e in ev_b:
            hits = _overlapping(text, e, ev_a)
            g.events_precision = _add(g.events_precision, any(str(h["date"]) == str(e["date"]) for h in hits), 1)

        pa, pb = ga.get("projects") or [], gb.get("projects") or []
        matched = _match_mentions([fold(m["text"], text) for m in pa], [fold(m["text"], text) for m in pb])
        g.projects_recall = _add(g.projects_recall, len(matched), len(pa))
        g.projects_precision = _add(g.projects_precision, len(matched), len(pb))
        b_of = dict(matched)
        for i, m in enumerate(pa):
            group_a[m["canonical"]].append(pb[b_of[i]]["canonical"] if i in b_of else None)
            forms_a[m["canonical"]].add(fold(m["text"], text))
            pages_a[m["canonical"]].add(a.name)
            if i in b_of:
                holds_b[pb[b_of[i]]["canonical"]].add(page_of_gold(m["canonical"])[0])
            if m.get("investment"):
                j = b_of.get(i)
                same = j is not None and bool(pb[j].get("investment")) and (
                    investment_as_written(pb[j]["investment"], text) == investment_as_written(m["investment"], text))
                g.investments = _add(g.investments, same, 1)

        ca = {(fold(c["text"], text), c["canonical"]) for c in ga.get("companies") or []}
        cb: dict[str, set] = defaultdict(set)
        for c in gb.get("companies") or []:
            cb[fold(c["text"], text)].add(c["canonical"])
        forms_b = set(cb)
        forms_a_page = {t for t, _ in ca}
        g.companies_recall = _add(g.companies_recall, len(forms_a_page & forms_b), len(forms_a_page))
        g.companies_precision = _add(g.companies_precision, len(forms_a_page & forms_b), len(forms_b))
        for t, canonical in sorted(ca):
            company_a[canonical].append((a.name, t, frozenset(cb.get(t, ()))))
            for c in cb.get(t, ()):
                company_holds_b[c].add(canonical)

    for canonical, landed in group_a.items():
        if len(pages_a[canonical]) < 2 and len(forms_a[canonical]) < 2:
            continue
        g.groups = _add(g.groups, None not in landed and len(set(landed)) == 1, 1)
    g.wrong_merges = sum(1 for wholes in holds_b.values() if len(wholes) > 1)
    for canonical, written in company_a.items():
        if len({t for _, t, _ in written}) < 2 and len({n for n, _, _ in written}) < 2:
            continue
        landed = [c for _, _, c in written]
        g.company_groups = _add(g.company_groups, all(len(c) == 1 for c in landed)
                                and len(frozenset().union(*landed)) == 1, 1)
    g.wrong_merges += sum(1 for held in company_holds_b.values() if len(held) > 1)
    return g


def reading_disagreements(a: RealPage, b: RealPage) -> list[dict]:
    """Where A and B read a page differently on issue 17's figures (title, publication date, each
    event and its date), each as A's and B's label side by side: what a third reader decides."""
    text = a.text_file.read_text(encoding="utf-8")
    ga, gb = a.gold, b.gold
    out = []
    same_title = (ga.get("title") is None) == (gb.get("title") is None) and (
        ga.get("title") is None or match_text(strip_converter_pinyin(ga["title"])[0])
        == match_text(strip_converter_pinyin(gb["title"])[0]))
    if not same_title:
        out.append({"what": "title", "A": ga.get("title"), "B": gb.get("title")})
    if str(ga.get("pubdate")) != str(gb.get("pubdate")):
        out.append({"what": "pubdate", "A": [ga.get("pubdate"), ga.get("pubdate_line")],
                    "B": [gb.get("pubdate"), gb.get("pubdate_line")]})
    ev_a, ev_b = ga.get("events") or [], gb.get("events") or []
    for e in ev_a:
        hits = _overlapping(text, e, ev_b)
        if not any(str(h["date"]) == str(e["date"]) for h in hits):
            out.append({"what": "event of A", "A": e, "B": hits or None})
    for e in ev_b:
        hits = _overlapping(text, e, ev_a)
        if not hits:
            out.append({"what": "event of B", "A": None, "B": e})
    return out


def write_packet(pairs: list[tuple[RealPage, RealPage]], dest: Path) -> int:
    """One file per page the readers disagree on: the page's text and the disagreements."""
    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    for a, b in pairs:
        items = reading_disagreements(a, b)
        if not items:
            continue
        (dest / f"{a.name}.txt").write_text(a.text_file.read_text(encoding="utf-8"), encoding="utf-8")
        (dest / f"{a.name}.disagreements.yaml").write_text(
            yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
        n += len(items)
    return n


def build_against(chosen: list[RealPage]) -> tuple[score_real_articles.Table, score_real_projects.RealScore]:
    """The build's figures on the chosen pages, against whatever gold they carry."""
    table = score_real_articles.score_pages(chosen)
    projects = score_real_projects.score(chosen, score_real_projects.build(chosen))
    return table, projects


def _cell(pair: tuple[int, int]) -> str:
    return f"{pair[0] / pair[1]:.2f} ({pair[0]}/{pair[1]})" if pair[1] else "—"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="the folder of reader B's labels")
    parser.add_argument("--packet", type=Path, metavar="DIR",
                        help="write, for a third reader, each page's disagreements on titles, dates and events "
                             "(with --half); prints only how many")
    parser.add_argument("--half", choices=("tune", "measure"), default="measure", help="the half --packet covers")
    args = parser.parse_args(argv)
    every = second_pages(args.second)
    if args.packet:
        n = write_packet([(a, b) for a, b in every if a.half == args.half], args.packet)
        print(f"{n} disagreements written to {args.packet}")
        return 0
    if not every:
        print(f"no second labels in {args.second}")
        return 1
    for half in ("tune", "measure"):
        pairs = [(a, b) for a, b in every if a.half == half]
        if pairs:
            print_table(half, pairs, args.second)
    return 0


def print_table(half: str, pairs: list[tuple[RealPage, RealPage]], second: Path) -> None:
    """Figures only: a table of shares, never a page's labels (the measuring half is read twice too)."""
    g = agree(pairs)
    rows = []
    for who, chosen in (("build vs A", [a for a, _ in pairs]), ("build vs B", [b for _, b in pairs])):
        table, p = build_against(chosen)
        rows.append((who, table, p))
    (_, ta, pa), (_, tb, pb) = rows
    ev_a = tuple(map(sum, zip(*[(p.events_found, p.events_gold) for p in ta.pages])))
    ev_b = tuple(map(sum, zip(*[(p.events_found, p.events_gold) for p in tb.pages])))

    def groups(s):
        return sum(ok for _, ok in s.groups), len(s.groups)

    def companies(s):
        return sum(ok for _, ok in s.company_groups), len(s.company_groups)

    print(f"label agreement on {len(pairs)} {'tuning' if half == 'tune' else 'measuring'} pages read twice "
          f"(A: tests/fixtures/real_articles, B: {second.relative_to(ROOT) if second.is_relative_to(ROOT) else second})")
    print(f"  {'figure (bar)':<34} {'B vs A':>16} {'build vs A':>16} {'build vs B':>16}")
    table_rows = [
        ("titles (0.95)", g.titles, ta.titles, tb.titles),
        ("publication dates, all pages", g.pubdates,
         (ta.pubdates_stated[0] + ta.pubdates_unstated[0], len(ta.pages)),
         (tb.pubdates_stated[0] + tb.pubdates_unstated[0], len(tb.pages))),
        ("events recall (0.85)", g.events_recall, ev_a, ev_b),
        ("event dates exact (0.95)", g.dates_exact, ta.dates_exact, tb.dates_exact),
        ("project recall (0.90)", g.projects_recall, (pa.found, pa.gold), (pb.found, pb.gold)),
        ("project precision (0.90)", g.projects_precision, (pa.found, pa.predicted), (pb.found, pb.predicted)),
        ("project groups on one page (0.95)", g.groups, groups(pa), groups(pb)),
        ("company groups on one page (0.95)", g.company_groups, companies(pa), companies(pb)),
        ("investments as written (0.95)", g.investments, (pa.investments_right, pa.investments),
         (pb.investments_right, pb.investments)),
    ]
    for label, *cells in table_rows:
        print(f"  {label:<34} " + " ".join(f"{_cell(c):>16}" for c in cells))
    print(f"  {'events precision (B vs A only)':<34} {_cell(g.events_precision):>16}")
    print(f"  {'company forms recall / precision':<34} {_cell(g.companies_recall):>16} / {_cell(g.companies_precision)}")
    print(f"  {'events with a year the other lacks':<34} {g.years_added:>16} {ta.invented_years:>16} {tb.invented_years:>16}")
    both = {(p.name, t) for p in ta.pages for t in p.invented} & g.years_added_to
    print(f"  {'  of which B gives a year too':<34} {'':>16} {len(both):>16}")
    print(f"  {'wrong merges':<34} {g.wrong_merges:>16} {len(pa.wrong_merges):>16} {len(pb.wrong_merges):>16}")


if __name__ == "__main__":
    sys.exit(main())
