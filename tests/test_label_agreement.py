"""The label-agreement study (scripts/score_label_agreement.py): reader B's labels scored against reader A's."""
from __future__ import annotations

import copy
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from real_corpus import pages  # noqa: E402
from score_label_agreement import SECOND, agree, second_pages  # noqa: E402


def _page(name):
    return next(p for p in pages("tune") if p.name == name)


def test_a_reader_agrees_with_itself_on_every_figure():
    a = _page("rc03")
    g = agree([(a, a)])
    assert g.titles == (1, 1) and g.pubdates == (1, 1)
    assert g.projects_recall == g.projects_precision == (4, 4)
    assert g.groups == (1, 1)  # 奥迪一汽新能源汽车项目 under two written forms
    assert g.wrong_merges == 0


def test_a_missed_mention_a_split_group_and_a_merge_each_count():
    a = _page("rc03")
    gold = copy.deepcopy(a.gold)
    del gold["projects"][0]  # 一汽红旗繁荣工厂 not labelled by B
    gold["projects"][-1]["canonical"] = "奥迪一汽新能源整车工厂"  # the plant under its own name: the group splits
    gold["projects"].append({"text": "汽车“摇篮”", "canonical": "汽车“摇篮”"})  # a name A does not hold
    g = agree([(a, replace(a, gold=gold))])
    assert g.projects_recall == (3, 4)
    assert g.projects_precision == (3, 4)
    assert g.groups == (0, 1)
    gold["projects"][-2]["canonical"] = "奥迪一汽新能源汽车项目"
    gold["projects"].insert(0, {"text": "一汽红旗繁荣工厂", "canonical": "奥迪一汽新能源汽车项目"})  # two plants as one
    assert agree([(a, replace(a, gold=gold))]).wrong_merges == 1


def test_an_event_agrees_only_where_the_clauses_overlap_and_the_dates_are_equal():
    a = next(p for p in pages("tune") if len(p.gold.get("events") or []) >= 2 and p.name.startswith("rc"))
    gold = copy.deepcopy(a.gold)
    first = gold["events"][0]
    first["date"] = "--" + str(first["date"])[5:] if str(first["date"])[:4].isdigit() else "1999"
    g = agree([(a, replace(a, gold=gold))])
    n = len(a.gold["events"])
    assert g.events_recall == (n - 1, n)
    assert g.dates_exact == (n - 1, n)


@pytest.mark.skipif(not any(SECOND.glob("*.gold.yaml")), reason="no second labels committed")
def test_second_labels_are_exact_substrings_of_their_pages():
    pairs = second_pages()
    assert sum(a.half == "tune" for a, _ in pairs) >= 40
    for a, b in pairs:
        text = a.text_file.read_text(encoding="utf-8")
        g = b.gold
        for key in ("title", "pubdate_line"):
            assert g.get(key) is None or g[key] in text, (a.name, key)
        for e in g.get("events") or []:
            assert e["text"] in text and e["expression"] in text, (a.name, e)
        for kind in ("projects", "companies"):
            for m in g.get(kind) or []:
                assert m["text"] in text and m["canonical"], (a.name, m)
                assert not m.get("investment") or m["investment"] in text, (a.name, m)


def test_a_second_reading_of_a_page_that_does_not_exist_is_refused(tmp_path):
    (tmp_path / "zz99.gold.yaml").write_text(yaml.safe_dump({"title": None}), encoding="utf-8")
    with pytest.raises(SystemExit, match="no page zz99"):
        second_pages(tmp_path)


def test_a_third_readers_decisions_replace_only_the_labels_decided():
    from adjudicate_labels import decided_gold, events_block, replace_key
    from score_label_agreement import reading_disagreements

    a = next(p for p in pages("tune") if p.name.startswith("rc") and len(p.gold.get("events") or []) >= 2)
    text = a.text_file.read_text(encoding="utf-8")
    gold = copy.deepcopy(a.gold)
    first, second = gold["events"][0], gold["events"][1]
    moved = {**first, "date": "--" + str(first["date"])[5:] if str(first["date"])[:4].isdigit() else "1999"}
    b = replace(a, gold={**gold, "title": None, "events": [moved] + gold["events"][1:]})
    items = reading_disagreements(a, b)
    assert [i["what"] for i in items] == ["title", "event of A"]
    # the title stays A's; the first event takes B's date
    decided = decided_gold(text, a.gold, items, [{"what": "title", "decision": "A"}, {"what": "event of A", "decision": "B"}])
    assert decided["title"] == a.gold["title"]
    assert decided["events"][0] == moved and decided["events"][1] == second
    # 'other' gives the label; an event dropped by it is gone
    decided = decided_gold(text, a.gold, items, [{"what": "title", "decision": "other", "label": None},
                                                 {"what": "event of A", "decision": "other", "label": []}])
    assert decided["title"] is None and first not in decided["events"] and len(decided["events"]) == len(a.gold["events"]) - 1
    with pytest.raises(SystemExit, match="item by item"):
        decided_gold(text, a.gold, items, [{"what": "title", "decision": "A"}])
    with pytest.raises(SystemExit, match="not in the text"):
        decided_gold(text, a.gold, items, [{"what": "title", "decision": "other", "label": "不在页面上的标题"},
                                           {"what": "event of A", "decision": "A"}])
    # the gold file is rewritten key by key in its own style: every other line stays as it was
    source = (a.text_file.parent / f"{a.name}.gold.yaml").read_text(encoding="utf-8")
    rewritten = replace_key(source, "events", events_block(decided["events"]))
    assert yaml.safe_load(rewritten) == {**a.gold, "events": decided["events"]}
    assert rewritten.split("projects:")[1] == source.split("projects:")[1]
