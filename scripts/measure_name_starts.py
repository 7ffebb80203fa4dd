"""Where project names start: the gold's starts against the build's, and what stands before them.

    python scripts/measure_name_starts.py                       # tuning pages ra–ro (rp–rs held out)
    python scripts/measure_name_starts.py --only rc rd -v       # some pages, with every start that differs

Tuning half only (the measuring half is never read here). Each gold project name of a page is located in
the text the build reads (simplified, folded as the scorer folds), in its clause; then:

- the build's start at the same place: right, too early (the name runs back over words before it), too late
  (cut inside it), or no mention ending there (another end, or none);
- the part of speech (jieba's tag, the clause tagged as a whole) of the word right before the gold start;
- the verbs (v, vn …, two or more characters) jieba finds inside gold names before their last head: the
  `name_verbs:` of data/projects.yaml are derived from these, and any not listed there is printed.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from atlas.build import extract_and_link, read_all  # noqa: E402
from atlas.config import Paths  # noqa: E402
from atlas.extract.project_names import load_catalogue  # noqa: E402
from atlas.extract.projects import _name_clause_start, headline_blocks  # noqa: E402
from atlas.read.simplify import for_matching  # noqa: E402
from atlas.segment import tagged  # noqa: E402
from atlas.text import match_text  # noqa: E402
from real_corpus import pages, project_with  # noqa: E402
from score_real_projects import fold  # noqa: E402

HELD_OUT = ("rp", "rq", "rr", "rs")  # tuning pages no name rule was written from: their figures only
VERB_TAGS = ("v", "vd", "vi", "vn")


def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """The text folded as the scorer folds it, and for each folded character the offset it came from."""
    out, where = [], []
    for i, ch in enumerate(text):
        for c in match_text(ch):
            out.append(c)
            where.append(i)
    where.append(len(text))
    return "".join(out), where


def located(text: str, golds: set[str]) -> list[tuple[int, int]]:
    """Where the gold names stand in a block (a name inside a longer gold name is that name's)."""
    folded, where = folded_with_offsets(text)
    spans = {(where[m.start()], where[m.end() - 1] + 1) for g in golds for m in re.finditer(re.escape(g), folded)}
    return sorted(s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", default=(), metavar="PREFIX", help="only the pages whose names start so")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every start that differs from the gold's")
    args = parser.parse_args()
    if args.verbose and any(p.startswith(HELD_OUT) for p in args.only):
        parser.error("rp, rq, rr, rs are held out: their figures only, no listing")
    chosen = [p for p in pages("tune") if (p.name.startswith(tuple(args.only)) if args.only else not p.name.startswith(HELD_OUT))]
    with tempfile.TemporaryDirectory() as tmp:
        project = project_with(chosen, Path(tmp))
        articles, problems = read_all(Paths(project))
        kb = extract_and_link(articles, problems, project)
    mentions = defaultdict(list)
    for m in kb.project_mentions:
        mentions[m.article].append(m)
    rules = load_catalogue(ROOT, []).rules
    heads = re.compile("|".join(re.escape(h) for h in rules.heads))
    by_name = {p.name: p for p in chosen}
    kinds: Counter = Counter()
    before: Counter = Counter()
    verbs: Counter = Counter()
    unaligned = 0
    listing = []
    for article in articles:
        page = by_name.get(article.stem)
        if page is None:
            continue
        page_text = page.text_file.read_text(encoding="utf-8")
        golds = {fold(g["text"], page_text) for g in page.gold.get("projects") or []}
        for block in headline_blocks(for_matching(article)) + [b for b in for_matching(article).blocks if b.id]:
            text = block.text
            found = [m for m in mentions[article.stem] if m.block == block.id and text[m.start:m.end] == m.text]
            for s0, s1 in located(text, golds):
                same_end = [m for m in found if m.end == s1]
                kind = ("right" if any(m.start == s0 for m in same_end) else
                        "too early" if same_end and same_end[0].start < s0 else "too late" if same_end else "no mention ending there")
                kinds[kind] += 1
                clause = _name_clause_start(text, s0, 0)
                words, at = [], clause
                for word, tag in tagged(text[clause:s1]):
                    words.append((at, word, tag))
                    at += len(word)
                if s0 not in {a for a, _, _ in words}:
                    unaligned += 1
                prior = [(w, t) for a, w, t in words if a < s0]
                before[prior[-1][1] if prior else "(clause start)"] += 1
                last_head = max((m.start() for m in heads.finditer(text, s0, s1)), default=s1)
                verbs.update(w for a, w, t in words if s0 <= a and a + len(w) <= last_head and t in VERB_TAGS and len(w) > 1)
                if kind != "right":
                    listing.append(f"  {article.stem} {kind}: {text[clause:s0]}|{text[s0:s1]}"
                                   + "".join(f"  (build: {text[m.start:m.end]})" for m in same_end))
    total = sum(kinds.values())
    print(f"pages: {len(chosen)}; gold names located in their clauses: {total}")
    print(f"starting on a word boundary of the clause's segmentation: {total - unaligned}/{total}")
    print("the build's start: " + ", ".join(f"{k} {kinds[k]}" for k in ("right", "too early", "too late", "no mention ending there")))
    print("the tag of the word before a gold start: " + ", ".join(f"{t} {n}" for t, n in before.most_common()))
    print(f"verbs inside gold names before their last head ({len(verbs)}): " + ", ".join(sorted(verbs)))
    missing = sorted(set(verbs) - set(rules.name_verbs) - set(rules.generic_words))
    print("  not in name_verbs or generic_words: " + (", ".join(missing) if missing else "none"))
    if args.verbose:
        print("\nstarts that differ (clause|gold name):")
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
