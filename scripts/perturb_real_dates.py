"""Does an event ever get a year its text does not give? Asked of TUNING pages changed so their years go.

    python scripts/perturb_real_dates.py         # per change: events with a definite year, and how many the text lacks
    python scripts/perturb_real_dates.py -v      # with each such event (page, date, the words it was read from)
    python scripts/perturb_real_dates.py --forms # events recall / dates exact with full dates rewritten in other forms
    python scripts/perturb_real_dates.py --only rn ro   # a batch's tuning pages alone (two-story: placed among all)

The measuring half may only be scored; this asks the invented-year question of the tuning half
instead, on text the rules were not written for: each tuning page is changed and read again
through the whole pipeline (read → extract):

- `as-is`: the page unchanged (a check of this script's own test of a year: it should find none);
- `no-date-line`: its stated publication line (the gold's `pubdate_line`, a header, footer or
  dateline) taken out, so every year the article took from it is no longer given;
- `no-years`: that line taken out and every year written with 年 in the page too (`2021年3月5日`
  becomes `3月5日`, `2018年，` becomes `，`), so only years glued to names and other date lines
  remain;
- `after-a-dated-story` / `before-a-dated-story`: a page that states no publication date and has
  events of unknown year (`--MM-DD` in its gold) put after / before another such page whose text
  writes years (a list of news items, two stories on one page). Here the gold itself says which
  events have no year: each of them found with a year counts (the scorer's invented years);
- `one-list-page`: every tuning page that states no publication date, one after another on one
  page (a list of news items from many sites, no line between them), counted the same way.

`--forms` asks the other half of the question, whether the date grammar is general: every full
date `2021年3月5日` of each tuning page (and of its gold) is rewritten in a form real pages use
and the tuning half hardly has (full-width digits, spaced digits, Chinese numerals, `2021.3.5`,
`2021/3/5`), and every year written alone (`2021年，`, `到2025年`, `2024年底`) in Chinese numerals
(`year-chinese-numerals`), and events recall and dates exact are compared with the page as written.

An event's year counts as given when, in the changed text, (a) its own paragraph writes that year
(`2003年6月30日…、9月28日`; a year opening a report sentence), or (b) the page still states a
publication date (the reader found one, not inferred) and the event's words are relative to it
(`今年`, `3月5日`, `去年`), or the year the page's date was inferred from is written in it (the
reader ties it to the relative dates: `今年6月，…2024长春国际光电博览会…举办`), or (c) its words count from a year told before (`同年`, `次年`,
`两年后`, `当天`) and its own or an earlier paragraph writes a year within ten of it. Anything else is a
year the text does not give: the build must show such an event's year as unknown.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.config import Paths  # noqa: E402
from atlas.extract.data import load_data_files  # noqa: E402
from atlas.extract.facts import extract_all  # noqa: E402
from atlas.read.seeds import read_all  # noqa: E402
from real_corpus import pages, project_with  # noqa: E402

CHANGES = ("as-is", "no-date-line", "no-years", "after-a-dated-story", "before-a-dated-story", "one-list-page")
# a year written alone, run into its month with the 年 lost (`20109月`), or opening a date whose separators
# were lost (`公示日期:2020121120201212`): the forms the date reader reads
_WRITTEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:(?!\d)|(?=(?:1[0-2]|[1-9])月)|(?=\d{4}(?:(?:19|20)\d{6})?(?!\d)))")
_CN_YEAR = re.compile(r"((?=[0〇○零]*[一二三四五六七八九])[0〇○零一二三四五六七八九]{4})年")  # (二00七年: the digit 0 typed among them)
_CN = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0", "0": "0"}
_YEAR_WITH_NIAN = re.compile(r"(?<!\d)(?:19|20)\d\d\s*年(?!代)")
# words that count from a date told earlier in the article: their year may be an earlier paragraph's
_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五|[“\"][六七八九]\s*[·・.]?\s*五[”\"]")  # “十四五”, "八·五": a span its own words give
_TOLD = re.compile(r"同一?年|当年|次年|翌年|当天|当日|同日|同一天|那天|那一天|这一天|同月|当月|会上|年后|年以后|年之后")


@dataclass
class ChangeResult:
    pages: int = 0
    dated: int = 0  # events with a definite year
    lacking: list[str] = field(default_factory=list)  # those whose year the changed text does not give


def written_years(text: str) -> set[int]:
    years = {int(y) for y in _WRITTEN_YEAR.findall(text)}
    years |= {int("".join(_CN[c] for c in y)) for y in _CN_YEAR.findall(text)}
    return years


def changed_text(text: str, gold: dict, change: str) -> str | None:
    """The page as `change` rewrites it; None when the change does not apply (no stated line)."""
    if change == "as-is":
        return text
    line = (gold.get("pubdate_line") or "").strip()
    if not line or line not in text:
        return None
    lines = text.split("\n")
    if any(x.strip() == line for x in lines):
        text = "\n".join(x for x in lines if x.strip() != line)
    else:
        text = text.replace(line, "", 1)  # a dateline or a date glued to a paragraph
    if change == "no-years":
        text = _YEAR_WITH_NIAN.sub("", text)
    return text


def year_is_given(year: int, expression: str, paragraph: str, earlier: str, page: str, pub) -> bool:
    if year in written_years(expression) or year in written_years(paragraph) or _FIVE_YEAR.search(expression):
        return True
    if pub is not None and not pub.inferred:
        return True  # a relative date against a date the page states
    if pub is not None and pub.year in written_years(page) and abs(year - pub.year) <= 2:
        return True  # against the year the page's text ties to its relative dates (今年6月 … 2024长春光博会)
    if _TOLD.search(expression):  # (a year its own paragraph told before it counts too: 将在2010年开始,8年后…)
        return any(abs(year - y) <= 10 for y in written_years(earlier) | written_years(paragraph))
    return False


def _undated_with_unknown_years(page) -> bool:
    return not page.gold.get("pubdate") and any(str(e["date"]).startswith("--") for e in page.gold.get("events") or [])


def _undated_writing_years(page) -> bool:
    return not page.gold.get("pubdate") and any(str(e["date"])[:4].isdigit() for e in page.gold.get("events") or [])


def check_two_stories(change: str, chosen=None) -> ChangeResult:
    """Each undated page with events of unknown year beside another undated page that writes years."""
    from score_real_articles import _score_page

    chosen = pages("tune") if chosen is None else chosen
    unknown = [p for p in chosen if _undated_with_unknown_years(p)]
    writing = [p for p in pages("tune") if _undated_writing_years(p)]  # partners from the whole tuning half
    result = ChangeResult()
    if not unknown or not writing:
        return result
    with tempfile.TemporaryDirectory(prefix="atlas-perturb-dates-") as tmp:
        project = project_with([], Path(tmp) / "project")
        for k, page in enumerate(unknown):
            other = [p for p in writing if p.name != page.name][k % max(1, len(writing) - 1)]
            own, theirs = page.text_file.read_text(encoding="utf-8"), other.text_file.read_text(encoding="utf-8")
            text = theirs + "\n\n" + own if change == "after-a-dated-story" else own + "\n\n" + theirs
            (project / "seeds" / f"{page.name}.txt").write_text(text, encoding="utf-8")
            result.pages += 1
        articles, _problems = read_all(Paths(project))
        facts, _found = extract_all(articles, load_data_files(project))
    by_stem = {f.article.stem: f for f in facts}
    for page in unknown:
        scored = _score_page(page, by_stem.get(page.name), False)
        result.dated += sum(1 for e in page.gold.get("events") or [] if str(e["date"]).startswith("--"))
        result.lacking += [f"{page.name} {m}" for m in scored.misses
                           if m.startswith("event date: --") and re.search(r"\['\d{4}", m)]
    return result


def check_one_list_page(chosen=None) -> ChangeResult:
    """Every undated page with events of unknown year and every undated page that writes years, in
    name order, as one page."""
    from score_real_articles import _score_page

    chosen = pages("tune") if chosen is None else chosen
    undated = [p for p in chosen if not p.gold.get("pubdate")]
    result = ChangeResult()
    if not undated:
        return result
    with tempfile.TemporaryDirectory(prefix="atlas-perturb-dates-") as tmp:
        project = project_with([], Path(tmp) / "project")
        text = "\n\n".join(p.text_file.read_text(encoding="utf-8") for p in undated)
        (project / "seeds" / "list.txt").write_text(text, encoding="utf-8")
        articles, _problems = read_all(Paths(project))
        facts, _found = extract_all(articles, load_data_files(project))
    result.pages = len(undated)
    for page in undated:
        scored = _score_page(page, facts[0], False)
        result.dated += sum(1 for e in page.gold.get("events") or [] if str(e["date"]).startswith("--"))
        result.lacking += [f"{page.name} {m}" for m in scored.misses
                           if m.startswith("event date: --") and re.search(r"\['\d{4}", m)]
    return result


def check(change: str, chosen=None) -> ChangeResult:
    if change in ("after-a-dated-story", "before-a-dated-story"):
        return check_two_stories(change, chosen)
    if change == "one-list-page":
        return check_one_list_page(chosen)
    chosen = pages("tune") if chosen is None else chosen
    result = ChangeResult()
    with tempfile.TemporaryDirectory(prefix="atlas-perturb-dates-") as tmp:
        project = project_with([], Path(tmp) / "project")
        for page in chosen:
            text = changed_text(page.text_file.read_text(encoding="utf-8"), page.gold, change)
            if text is None:
                continue
            (project / "seeds" / f"{page.name}.txt").write_text(text, encoding="utf-8")
            result.pages += 1
        articles, _problems = read_all(Paths(project))
        facts, _found = extract_all(articles, load_data_files(project))
    for f in facts:
        blocks = [b for b in f.matchable.blocks if b.id]
        page = "\n".join(b.text for b in blocks)
        for event, _topics in f.events:
            if not event.date[:4].isdigit():
                continue
            result.dated += 1
            src = event.sources[0]
            k = next((i for i, b in enumerate(blocks) if b.id == src.block), None)
            paragraph = blocks[k].text if k is not None else ""
            earlier = "\n".join(b.text for b in blocks[:k]) if k is not None else ""
            if not year_is_given(int(event.date[:4]), src.expression, paragraph, earlier, page, f.article.date):
                result.lacking.append(f"{f.article.stem} {event.date} {src.expression!r} in {src.text[:50]!r}")
    return result


_FULL_DATE = re.compile(r"(?<![\d.])((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_CN_DIGITS = "〇一二三四五六七八九"


def _cn_count(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")) + (_CN_DIGITS[ones] if ones or not tens else "")


FORMS = {
    "full-width": lambda y, m, d: f"{y}年{m}月{d}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "spaced": lambda y, m, d: f"{y} 年 {m} 月 {d} 日",
    "chinese-numerals": lambda y, m, d: "".join(_CN_DIGITS[int(c)] for c in y) + f"年{_cn_count(int(m))}月{_cn_count(int(d))}日",
    "dotted": lambda y, m, d: f"{y}.{m}.{d}",
    "slashed": lambda y, m, d: f"{y}/{int(m):02d}/{int(d):02d}",
}


# a year written alone (2021年，… / 到2025年 / 2024年底), not the year of a full date or of a month
_YEAR_ALONE = re.compile(r"(?<![\d.])((?:19|20)\d\d)年(?!\d{1,2}月)")
YEAR_FORMS = {
    "year-chinese-numerals": lambda y: "".join(_CN_DIGITS[int(c)] for c in y) + "年",
}


def rewrite_forms(text: str, form: str) -> str:
    if form in YEAR_FORMS:
        return _YEAR_ALONE.sub(lambda mt: YEAR_FORMS[form](mt.group(1)), text)
    return _FULL_DATE.sub(lambda mt: FORMS[form](*mt.groups()), text)


def check_forms(form: str | None, chosen=None, years: bool = False) -> tuple[tuple[int, int], tuple[int, int], int, list[str]]:
    """Events recall and dates exact (as scripts/score_real_articles.py) of the tuning pages that
    write a full date (`years`: a year alone), with every full date (year) in `form` (None: as
    written); and the pages tried."""
    from dataclasses import replace

    from score_real_articles import _score_page

    chosen = pages("tune") if chosen is None else chosen
    written = _YEAR_ALONE if years or form in YEAR_FORMS else _FULL_DATE
    chosen = [p for p in chosen if written.search(p.text_file.read_text(encoding="utf-8"))]
    changed = []
    with tempfile.TemporaryDirectory(prefix="atlas-perturb-dates-") as tmp:
        project = project_with([], Path(tmp) / "project")
        for page in chosen:
            text = page.text_file.read_text(encoding="utf-8")
            gold = dict(page.gold)
            if form:
                text = rewrite_forms(text, form)
                gold["events"] = [dict(e, text=rewrite_forms(e["text"], form)) for e in gold.get("events") or []]
            (project / "seeds" / f"{page.name}.txt").write_text(text, encoding="utf-8")
            changed.append(replace(page, gold=gold))
        articles, _problems = read_all(Paths(project))
        facts, _found = extract_all(articles, load_data_files(project))
    by_stem = {f.article.stem: f for f in facts}
    scored = [_score_page(p, by_stem.get(p.name), False) for p in changed]
    misses = [f"{s.name} {m}" for s in scored for m in s.misses if m.startswith("event")]
    return ((sum(s.events_found for s in scored), sum(s.events_gold for s in scored)),
            (sum(s.events_date_ok for s in scored), sum(s.events_overlapped for s in scored)), len(chosen), misses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each event whose year the changed text lacks")
    parser.add_argument("--forms", action="store_true", help="recall and exact dates with full dates in other written forms")
    parser.add_argument("--only", nargs="+", metavar="PREFIX", help="only the tuning pages whose names start so")
    args = parser.parse_args(argv)
    chosen = [p for p in pages("tune") if p.name.startswith(tuple(args.only))] if args.only else None
    if args.forms:
        for years, forms in ((False, FORMS), (True, YEAR_FORMS)):
            base = None
            for form in (None, *forms):
                recall, exact, n, misses = check_forms(form, chosen, years)
                label = form or ("as written (years)" if years else "as written")
                print(f"  {label:<22} {n:>4} pages  recall {recall[0]}/{recall[1]}  exact {exact[0]}/{exact[1]}")
                if args.verbose:
                    base = set(misses) if form is None else base
                    for miss in misses:
                        if form is not None and miss not in base:
                            print(f"      {miss}")
        return 0
    print("tuning half, changed pages: events with a definite year / of them, a year the changed text does not give")
    for change in CHANGES:
        r = check(change, chosen)
        what = "events of unknown year" if change.endswith(("-story", "-page")) else "dated events"
        print(f"  {change:<22} {r.pages:>4} pages  {r.dated:>4} {what:<22} {len(r.lacking):>3} years not given")
        if args.verbose:
            for miss in r.lacking:
                print(f"      {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
