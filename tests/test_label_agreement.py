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
