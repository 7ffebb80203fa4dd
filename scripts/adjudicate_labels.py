"""Apply a third reader's decisions where readers A and B disagree on titles, publication dates and events.

    python scripts/score_label_agreement.py --packet DIR --half measure   # the disagreements, one file per page
    python scripts/adjudicate_labels.py DECIDED                            # apply DECIDED/NAME.yaml to A's gold

A third reader sees a page's text and each disagreement (`reading_disagreements` in
scripts/score_label_agreement.py), never the build's output, and decides `A`, `B` or `other` (with
the right label). This writes the decided title, publication date and events into
tests/fixtures/real_articles/NAME.gold.yaml (only those keys, in the gold's own style, the rest of
the file as it was) and keeps the decisions, with their reasons, in
tests/fixtures/real_articles_second/adjudicated/NAME.yaml. Every disagreement of the half is
decided, whichever way it moves a figure: the set is fixed by A and B alone.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from real_corpus import FIXTURES  # noqa: E402
from score_label_agreement import SECOND, reading_disagreements, second_pages  # noqa: E402

ADJUDICATED = SECOND / "adjudicated"
DECISIONS = ("A", "B", "other")


def quoted(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "'" + str(value).replace("'", "''") + "'"


def events_block(events: list[dict]) -> str:
    if not events:
        return "events: []\n"
    out = ["events:\n"]
    for e in events:
        out.append(f"  - text: {quoted(e['text'])}\n    date: {quoted(e['date'])}\n"
                   f"    expression: {quoted(e['expression'])}\n    plan: {quoted(bool(e.get('plan')))}\n")
    return "".join(out)


def replace_key(source: str, key: str, block: str) -> str:
    """The gold file with the top-level `key:` (and its indented lines) replaced by `block`."""
    m = re.search(rf"^{key}:.*\n(?:[ \t-].*\n|\n)*", source, re.M)
    if not m:
        raise SystemExit(f"no `{key}:` line")
    return source[: m.start()] + block + source[m.end():]


def decided_gold(text: str, gold: dict, items: list[dict], decisions: list[dict]) -> dict:
    """A's labels with each decision applied (title, pubdate, pubdate_line, events)."""
    if len(items) != len(decisions) or any(i["what"] != d.get("what") for i, d in zip(items, decisions)):
        raise SystemExit("the decisions do not answer the disagreements item by item")
    gold = {**gold, "events": list(gold.get("events") or [])}
    added: list[dict] = []
    for item, d in zip(items, decisions):
        choice = d.get("decision")
        if choice not in DECISIONS:
            raise SystemExit(f"decision {choice!r}: one of {DECISIONS}")
        if choice == "A":
            continue
        chosen = item["B"] if choice == "B" else d.get("label")
        if item["what"] == "title":
            gold["title"] = chosen
        elif item["what"] == "pubdate":
            gold["pubdate"], gold["pubdate_line"] = (chosen or [None, None])[:2]
        elif item["what"] == "event of A":
            k = gold["events"].index(item["A"])
            gold["events"][k: k + 1] = [e for e in (chosen or []) if e not in gold["events"]]
        else:  # event of B
            added += chosen if isinstance(chosen, list) else [chosen]
    for e in added:
        if e and e not in gold["events"]:
            gold["events"].append(e)
    gold["events"].sort(key=lambda e: text.find(e["text"]))  # text order, as labelled
    for e in gold["events"]:
        if e["text"] not in text or e["expression"] not in text:
            raise SystemExit(f"event not in the text: {e}")
    for key in ("title", "pubdate_line"):
        if gold.get(key) is not None and gold[key] not in text:
            raise SystemExit(f"{key} not in the text: {gold[key]!r}")
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("decided", type=Path, help="the folder of NAME.yaml decisions")
    args = parser.parse_args(argv)
    pairs = {a.name: (a, b) for a, b in second_pages()}
    ADJUDICATED.mkdir(parents=True, exist_ok=True)
    counts = {c: 0 for c in DECISIONS}
    for f in sorted(args.decided.glob("*.yaml")):
        name = f.stem
        a, b = pairs[name]
        decisions = yaml.safe_load(f.read_text(encoding="utf-8")) or []
        text = a.text_file.read_text(encoding="utf-8")
        gold = decided_gold(text, a.gold, reading_disagreements(a, b), decisions)
        gold_file = FIXTURES / f"{name}.gold.yaml"
        source = gold_file.read_text(encoding="utf-8")
        source = replace_key(source, "title", f"title: {quoted(gold.get('title'))}\n")
        source = replace_key(source, "pubdate", f"pubdate: {quoted(gold.get('pubdate'))}\n")
        source = replace_key(source, "pubdate_line", f"pubdate_line: {quoted(gold.get('pubdate_line'))}\n")
        source = replace_key(source, "events", events_block(gold["events"]))
        check = yaml.safe_load(source)
        assert {k: check[k] for k in ("title", "events")} == {"title": gold.get("title"), "events": gold["events"]}
        gold_file.write_text(source, encoding="utf-8")
        (ADJUDICATED / f"{name}.yaml").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
        for d in decisions:
            counts[d["decision"]] += 1
    print(f"decisions applied: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
