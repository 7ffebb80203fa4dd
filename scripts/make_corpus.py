#!/usr/bin/env python3
"""Write a benchmark copy of the project whose seeds/ holds N synthetic articles.

    python scripts/make_corpus.py 1000 /tmp/corpus-1000 [--seed 1]

The articles recombine real paragraphs of the five seeds (read with the project's own reader), so
every rule of the pipeline meets the text it was written for. To make the knowledge base grow the
way a real archive does, not just repeat itself:

- each article gets a publication date (front matter) and every explicit year in its paragraphs is
  shifted by the same amount relative to the paragraph's own article, so 今年 and 2023年 still agree;
- articles come in groups of four that share a synthetic place name (鼎华泰, 恒信川, …); in each
  article most projects and companies of data/projects.yaml and data/companies.yaml are renamed
  with the group's name in front (奥迪PPE项目 → 鼎华泰奥迪PPE项目), and the renamed entries are added
  to the copy's data files, as an editor would, so they become new project and company pages.

Same N and seed → byte-identical files. Article i does not depend on N (corpus 100 is the first
100 articles of corpus 1000), only the appended data entries do.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from atlas.build import read_all  # noqa: E402
from atlas.extract.pubdate import date_article  # noqa: E402
from atlas.config import Paths, copy_project  # noqa: E402
from atlas.text import TERMINAL_PUNCTUATION  # noqa: E402

GROUP_SIZE = 4  # articles that share one synthetic place name, so renamed entities recur across articles
RENAME_SHARE = 0.75  # share of catalogue entries renamed in an article; the rest keep their real names
MIN_RENAMED = 3  # names shorter than this (一汽, 解放) are too ambiguous to rename safely
TARGET_CHARS = (3000, 5000)
FIRST_DAY, LAST_DAY = (2018, 1, 1), (2026, 12, 28)
SOURCES = ["吉林日报", "长春日报", "新华社", "中国吉林网"]
# Three syllables a place name: 20³ = 8,000 groups, enough for 32,000 articles.
SYLLABLES = (
    "鼎恒瑞嘉泰宏华远景昌盛兴隆安和永丰源鸿锦",
    "华信川达润晟航岳通海宁泽祥康裕辰腾凯盈同",
    "泰丰源达兴川阳新盛安和利宁康昌德成禾瑞通",
)
# Years near the seeds' dates, when they are dates: 2023年, 2023-11, 2023至2025, 2024长春… (a name).
YEAR = re.compile(r"(?<![0-9０-９.])(20[0-3][0-9])(?=年|[-—–~～至到、]|长春|中国|第|届)")


@dataclass(frozen=True)
class Paragraph:
    text: str
    year: int  # publication year of the seed it comes from


@dataclass(frozen=True)
class Entry:
    """One catalogue entry: its kind, index in the file, and every name it is written as."""

    kind: str  # "project" | "company"
    index: int
    names: tuple[str, ...]
    data: dict


def group_name(group: int) -> str:
    a, b, c = SYLLABLES
    return a[group % 20] + b[(group // 20) % 20] + c[(group // 400) % 20]


def load_pool(root: Path) -> tuple[list[Paragraph], list[str], list[str]]:
    articles, problems = read_all(Paths(root))
    paragraphs, headings, titles = [], [], []
    for a in map(lambda a: date_article(a)[0], articles):  # dated as the build dates them
        year = a.date.year if a.date else 2024
        # a paragraph that ends mid-sentence would make the reader warn in every article using it
        paragraphs += [Paragraph(b.text, year) for b in a.paragraphs if b.text.endswith(tuple(TERMINAL_PUNCTUATION))]
        headings += [b.text for b in a.headings if not b.text.endswith("——") and len(b.text) <= 20]
        titles.append(a.title)
    if not paragraphs:
        raise SystemExit(f"no paragraphs in {root / 'seeds'}: the corpus needs the real seeds to recombine")
    return paragraphs, list(dict.fromkeys(headings)), titles


def load_entries(root: Path) -> list[Entry]:
    projects = yaml.safe_load((root / "data" / "projects.yaml").read_text(encoding="utf-8"))["projects"]
    companies = yaml.safe_load((root / "data" / "companies.yaml").read_text(encoding="utf-8"))["companies"]
    entries = []
    for i, p in enumerate(projects):
        names = (p["name"], *p.get("aliases", []))
        entries.append(Entry("project", i, tuple(n for n in names if len(n) >= MIN_RENAMED), p))
    for i, c in enumerate(companies):
        if c.get("kind", "company") != "company":
            continue  # brands and government bodies keep their names
        names = (c["name"], *([c["full"]] if c.get("full") else []), *c.get("aliases", []))
        entries.append(Entry("company", i, tuple(n for n in names if len(n) >= MIN_RENAMED), c))
    return [e for e in entries if e.names]


def shift_years(text: str, by: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group(1)) + by), text) if by else text


def rename(text: str, mapping: dict[str, str], pattern: re.Pattern | None) -> str:
    return pattern.sub(lambda m: mapping[m.group(0)], text) if pattern else text


def make_article(i: int, seed: int, pool: list[Paragraph], headings: list[str], titles: list[str],
                 entries: list[Entry]) -> tuple[str, set[tuple[int, int]]]:
    """The text of article i, and the (group, entry) pairs it renamed."""
    rng = random.Random(f"corpus:{seed}:{i}")
    group = i // GROUP_SIZE
    place = group_name(group)
    day = random.Random(f"corpus:{seed}:{i}:date").randrange(_ordinal(FIRST_DAY), _ordinal(LAST_DAY))
    date = dt.date.fromordinal(day)
    # each entry draws on its own, so an entry added to the data files does not change the rest of the corpus
    renamed = [e for e in entries if random.Random(f"corpus:{seed}:{i}:{e.kind}:{e.names[0]}").random() < RENAME_SHARE]
    mapping = {n: place + n for e in renamed for n in e.names}
    names = sorted(mapping, key=lambda n: (-len(n), n))  # longest first: 一汽解放集团股份有限公司 before 一汽解放
    pattern = re.compile("|".join(map(re.escape, names))) if names else None

    target = rng.randint(*TARGET_CHARS)
    sections = rng.randint(2, 4)
    chosen: list[Paragraph] = []
    total = 0
    for p in rng.sample(pool, len(pool)):
        if total >= target:
            break
        chosen.append(p)
        total += len(p.text)
    body: list[str] = []
    per_section = max(1, len(chosen) // (sections + 1))
    for k, p in enumerate(chosen):
        if k and k % per_section == 0 and k // per_section <= sections:
            body.append(rng.choice(headings))
        body.append(rename(shift_years(p.text, date.year - p.year), mapping, pattern))
    title = f"{place}：{rename(rng.choice(titles + headings), mapping, pattern)}"
    front = [
        "---",
        f"title: {_yaml_str(title)}",
        f"date: {date.isoformat()}",
        f"source: {rng.choice(SOURCES)}",
        f"slug: bench-{i:05d}",
        "---",
    ]
    text = "\n".join(front) + "\n\n" + "\n\n".join(body) + "\n"
    chosen_ids = {id(e) for e in renamed}
    used = {(group, k) for k, e in enumerate(entries) if id(e) in chosen_ids and any(place + n in text for n in e.names)}
    return text, used


def _ordinal(ymd: tuple[int, int, int]) -> int:
    return dt.date(*ymd).toordinal()


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def renamed_entries(used: set[tuple[int, int]], entries: list[Entry]) -> tuple[list[dict], list[dict]]:
    """Catalogue entries for every renamed project and company an article actually mentions."""
    projects, companies = [], []
    for group, index in sorted(used):
        e, place = entries[index], group_name(group)
        d = e.data
        if e.kind == "project":
            entry = {"name": place + d["name"]}
            aliases = [place + a for a in d.get("aliases", []) if len(a) >= MIN_RENAMED]
            if aliases:
                entry["aliases"] = aliases
            for key in ("topic", "location"):
                if d.get(key):
                    entry[key] = d[key]
            projects.append(entry)
        else:
            entry = {"name": place + d["name"] if len(d["name"]) >= MIN_RENAMED else place + d.get("full", d["name"])}
            if d.get("full"):
                entry["full"] = place + d["full"]
            aliases = [place + a for a in d.get("aliases", []) if len(a) >= MIN_RENAMED and place + a != entry["name"]]
            if aliases:
                entry["aliases"] = aliases
            companies.append(entry)
    return projects, companies


def _append_entries(path: Path, entries: list[dict], before: str | None) -> None:
    """Add catalogue entries to a copied data file, keeping its comments (before: the next top-level key)."""
    if not entries:
        return
    block = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000)
    block = "  # synthetic entries added by scripts/make_corpus.py\n" + "".join("  " + line + "\n" for line in block.splitlines())
    text = path.read_text(encoding="utf-8")
    if before and f"\n{before}" in text:
        at = text.index(f"\n{before}") + 1
        text = text[:at].rstrip("\n") + "\n" + block + "\n" + text[at:]
    else:
        text = text.rstrip("\n") + "\n" + block
    path.write_text(text, encoding="utf-8")


def make_corpus(n: int, out: Path, seed: int = 1) -> Path:
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty: give a new folder (the corpus is a whole project copy)")
    pool, headings, titles = load_pool(ROOT)
    entries = load_entries(ROOT)
    out.mkdir(parents=True, exist_ok=True)
    copy_project(out, without=("seeds",))
    seeds = out / "seeds"
    seeds.mkdir()
    used: set[tuple[int, int]] = set()
    for i in range(n):
        text, renamed = make_article(i, seed, pool, headings, titles, entries)
        used |= renamed
        (seeds / f"{i:05d}_bench.txt").write_text(text, encoding="utf-8")
    projects, companies = renamed_entries(used, entries)
    _append_entries(out / "data" / "projects.yaml", projects, before="rules:")
    _append_entries(out / "data" / "companies.yaml", companies, before=None)
    # the seeds' layout joins name files that are not in this corpus
    layout = out / "data" / "layout.yaml"
    text = layout.read_text(encoding="utf-8")
    layout.write_text(text[: text.index("\njoins:") + 1] + "joins: []\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Example: python scripts/make_corpus.py 1000 /tmp/corpus-1000")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("outdir", type=Path, help="new (or empty) folder for the project copy")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1); same N and seed give the same bytes")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("n must be at least 1")
    out = make_corpus(args.n, args.outdir, args.seed)
    print(f"{args.n} articles in {out / 'seeds'}; build with: cd {out} && python scripts/build.py build && mkdocs build", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
