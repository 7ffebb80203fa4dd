"""Floors for projects, companies and money on the measuring half of the real-article corpus
(issue 18). The bars are recall and precision ≥ 0.90, alias groups on one page ≥ 0.95, no wrong
merge, investments ≥ 0.95; where a bar is not reached the floor is the figure measured when the
rules were last changed (README, “Projects and companies”, quotes both), so a change that makes
any of them worse fails here. Reproduce with `python scripts/score_real_projects.py --half measure` (figures only).
"""
from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from score_real_projects import measure  # noqa: E402

# 92 pages: 50 never looked at, 18 fresh from 2026-12-03 (rp, rq) and 24 fresh from 2026-12-04 (rr, rs);
# six pages seen by mistake on 2026-12-04 moved to tuning (74 pages before: 68/126, 68/134, 3/19, 12/31, 9/20).
FLOORS = {
    # 106 pages since session 30's fresh batches rt and ru (18 measuring pages, rt01 moved to tuning); 89 before,
    # since rg10, ro07 and re01 moved to tuning (session 29: lines of their gold read by mistake);
    # a second blind reader reaches 0.88 / 0.86, 0.68, 0.82 and 0.93 on the 90 pages it read (scripts/score_label_agreement.py)
    "recall": 0.51,  # bar 0.90 (91/175: 0.520; 73/151 on 89 pages; 79/157 on 92 pages)
    "precision": 0.57,  # bar 0.90 (91/157: 0.580; 73/129 on 89 pages)
    "project groups": 0.04,  # bar 0.95 (1/21; 1/19 on 89 pages; counting only the names found, 13/17)
    "company groups": 0.46,  # bar 0.95 (14/30; 14/28 on 89 pages; names found on one page: 23/26)
    "investments": 0.51,  # bar 0.95 (15/29)
}
MAX_WRONG_MERGES = 1  # bar 0


@pytest.fixture(scope="module")
def measured() -> dict:
    """The measuring half's figures only: its misses are not printed (pytest would show them in a
    failing assert), since a page whose failure somebody looked at must first move to the tuning
    half (split.yaml `moved:`). `python scripts/score_real_projects.py --half measure` prints them."""
    m = measure("measure")
    return {"gold": m.gold, "recall": m.recall, "precision": m.precision, "groups": len(m.groups),
            "company groups found": len(m.company_groups), "project groups": m.group_share,
            "company groups": m.company_share, "wrong merges": len(m.wrong_merges),
            "investments found": m.investments, "investments": m.investment_share}


def test_project_mentions_hold_their_floor(measured):
    recall, precision = measured["recall"], measured["precision"]
    assert measured["gold"] > 0
    assert recall >= FLOORS["recall"]
    assert precision >= FLOORS["precision"]


def test_alias_groups_land_on_one_page_no_worse_than_before(measured):
    projects, companies = measured["project groups"], measured["company groups"]
    assert measured["groups"] and measured["company groups found"]
    assert projects >= FLOORS["project groups"]
    assert companies >= FLOORS["company groups"]


def test_no_two_gold_projects_or_companies_share_a_page(measured):
    wrong_merges = measured["wrong merges"]
    assert wrong_merges <= MAX_WRONG_MERGES


def test_investments_are_attached_as_written_no_worse_than_before(measured):
    share = measured["investments"]
    assert measured["investments found"] > 0
    assert share >= FLOORS["investments"]


# The tuning half (the pages the rules were written on): what the rules reached there, so a change
# that undoes one of them fails here (issue 18; `python scripts/score_real_projects.py --half tune -v`).
TUNING_FLOORS = {  # 353 pages since session 32: 320 (299 before session 31, 21 fresh rv, rw), then 27 fresh (rx, ry, rz)
    # and 6 moved from the measuring half, whose project names no rule was written on (320 pages: 490/589, 490/586,
    # 30/69, 56/77, 105/128)
    "recall": 0.81,  # 506/622 (0.814)
    "precision": 0.81,  # 506/622 (0.814)
    "project groups": 0.40,  # 30/74 (0.405; counting only the names found, 49/65)
    "company groups": 0.65,  # 56/86 (0.651)
    "investments": 0.81,  # 105/129 (0.814)
}
# bar 0 (4 before session 27's rules). 1 since rt04 (fresh, session 30): its gold reads 大众 in a list of
# 汽开区 plants (红旗、解放、大众、丰越…) as 一汽-大众, where data/companies.yaml lists 大众 as Volkswagen's name in lists
TUNING_MAX_WRONG_MERGES = 1


@pytest.fixture(scope="module")
def tuned():
    return measure("tune")


def test_tuning_half_holds_what_the_rules_reached(tuned):
    assert tuned.recall >= TUNING_FLOORS["recall"], tuned.misses
    assert tuned.precision >= TUNING_FLOORS["precision"], tuned.false_alarms
    assert tuned.group_share >= TUNING_FLOORS["project groups"], tuned.split_groups
    assert tuned.company_share >= TUNING_FLOORS["company groups"], tuned.split_groups
    assert tuned.investment_share >= TUNING_FLOORS["investments"], tuned.wrong_investments
    assert len(tuned.wrong_merges) <= TUNING_MAX_WRONG_MERGES, tuned.wrong_merges


def test_gold_text_is_folded_as_the_reader_folds_its_page():
    # rc12 (tuning) is a page full of toneless converter pinyin: the reader takes out (zhong) there,
    # so a gold name written with it matches the name the build found; alone, (su) could be a word
    from score_real_projects import fold
    from real_corpus import pages

    rc12 = next(p for p in pages("tune") if p.name == "rc12")
    page_text = rc12.text_file.read_text(encoding="utf-8")
    written = "中(zhong)國(guo)高速(su)列車(che)工程試驗中(zhong)心"
    assert fold(written, page_text) == fold("中国高速列车工程试验中心")
    assert fold("長(chang)客股份公(gong)司(si)", page_text) == fold("长客股份公司")
    assert fold("小程序(app)") == fold("小程序(app)", "") != fold("小程序")  # an ordinary page keeps its word


@pytest.mark.parametrize("gold, amount", [
    ("总投资约48亿元", "约48亿元"), ("計劃投資10億元", "10亿元"), ("总体规划投资28亿元人民币", "28亿元人民币"),
    ("项目一期投资将达到20多亿元", "20多亿元"), ("投资额为5亿元", "5亿元"), ("引资260亿", "260亿"),
])
def test_the_scorer_compares_a_gold_investment_by_its_amount_as_written(gold, amount):
    from score_real_projects import investment_as_written
    assert investment_as_written(gold) == amount
