"""Events: which dated clauses are events, their summary and plan flag, merging, and the gold bar."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from atlas.extract.events import Event, EventSource, after_publication, extract_events, load_event_words
from atlas.link.timeline import _flag_conflicts, _merge
from atlas.records import Article, Block, BlockKind, PublicationDate

ROOT = Path(__file__).resolve().parent.parent
WORDS = load_event_words(ROOT, [])
PUB = PublicationDate("2024-12-01", "day", "dateline", False)


def events_of(*paragraphs, pub=PUB, stem="x"):
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, (k + 1,), f"p{k + 1}") for k, t in enumerate(paragraphs))
    return extract_events(Article(path=f"seeds/{stem}.txt", stem=stem, slug=stem, title="t", date=pub, blocks=blocks), WORDS)


def test_dated_clause_with_a_trigger_is_an_event():
    (e,) = events_of("2023年11月21日，奥迪一汽新能源汽车项目完成了暖封闭。")
    assert (e.date, e.precision, e.plan, e.action) == ("2023-11-21", "day", False, "完成")
    assert e.summary == "2023年11月21日，奥迪一汽新能源汽车项目完成了暖封闭"
    assert (e.sources[0].block, e.sources[0].expression) == ("p1", "2023年11月21日")


def test_several_dates_in_one_sentence_give_several_events():
    found = events_of("从7月建设启动大会在长春举行，到9月召开应用试点建设专题会，再到11月，应用试验线正式上线。")
    assert [(e.date, e.plan) for e in found] == [("2024-07", False), ("2024-09", False), ("2024-11", False)]
    assert found[1].summary == "9月召开应用试点建设专题会"


def test_statistical_period_is_not_an_event():
    assert events_of("1至10月，全市产销整车122.9万辆，同比增长40.4%。") == []
    assert events_of("7、8月，规上工业增速连续两个月居全国首位。") == []


def test_year_glued_to_a_name_is_not_the_date_when_the_sentence_has_one():
    (e,) = events_of("今年6月，长春再次吸引世界的目光，2024长春国际光电博览会在这里成功举办。")
    assert e.date == "2024-06"


def test_year_glued_to_a_name_dates_an_event_alone():
    (e,) = events_of("2025长春健博会成功举办，32个项目完成签约。", pub=PublicationDate("2025-12-01", "day", "dateline", False))
    assert e.date == "2025"


def test_dates_in_book_titles_and_attributive_years_are_not_events():
    assert events_of("制定《产业体系建设实施方案（2023—2025年）》。") == []
    assert events_of("推动110项工程列入吉林省2022年技术创新工程计划。") == []


def test_this_year_alone_is_not_an_event():
    assert events_of("今年，长春围绕集群建设已谋划项目2717个，推动项目开工。") == []


def test_plans_are_events_marked_as_plans():
    (e,) = events_of("这些车辆计划于2025年投入使用。")
    assert (e.date, e.plan) == ("2025", True)
    (e,) = events_of("在2025年，长春将持续抓实稳增长任务。")
    assert e.plan


def test_vague_times_give_no_event():
    assert events_of("如今，长春成为集齐四大平台的唯一城市。") == []


def test_future_date_without_plan_word_is_still_a_plan():
    (e,) = events_of("2025年3月，项目开工。", pub=PublicationDate("2024-12-01", "day", "dateline", False))
    assert e.plan and after_publication(e.date, PublicationDate("2024-12-01", "day", "dateline", False))


def _event(article, date, summary, action="开工"):
    return Event(date, "day", True, False, summary, action, (EventSource(article, "p1", 0, len(summary), summary, date),))


def test_same_event_in_two_articles_is_one_entry_with_two_sources():
    a = _event("a", "2022-06-28", "6月28日，奥迪一汽新能源汽车项目正式开工")
    b = _event("b", "2022-06-28", "奥迪一汽新能源汽车项目于6月28日开工建设")
    (merged,) = _merge([a, b])
    assert [s.article for s in merged.sources] == ["a", "b"]


def test_different_events_on_the_same_day_stay_apart():
    a = _event("a", "2022-08-10", "8月10日，长春市工信局举办融资专场对接活动", "举办")
    b = _event("b", "2022-08-10", "8月10日，我国成功发射吉林一号卫星", "举办")
    assert len(_merge([a, b])) == 2


def test_same_milestone_with_different_dates_is_kept_and_flagged():
    a = _event("a", "2022-06-28", "奥迪一汽新能源汽车项目正式开工")
    b = _event("b", "2022-05-18", "奥迪一汽新能源汽车项目正式开工")
    flagged = _flag_conflicts(_merge([a, b]))
    assert sorted((e.date, e.conflicts) for e in flagged) == [("2022-05-18", ("2022-06-28",)), ("2022-06-28", ("2022-05-18",))]


def test_scorer_meets_the_bar():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from score_events import score

    s = score(ROOT)
    assert s.recall >= 0.90, s.misses
    assert s.precision >= 0.90, s.false_finds
    assert s.date_accuracy >= 0.95
    assert s.plan_accuracy >= 0.95 and s.plan_recall >= 5 / 6, (s.plan_accuracy, s.plan_recall)
    assert s.post_publication_non_plans == 0


def test_broken_word_list_is_reported_not_a_crash(tmp_path):
    from atlas.extract.events import load_word_lists

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.yaml").write_text("triggers: [开工\nstatistics: 增长\n", encoding="utf-8")
    problems = []
    words = load_event_words(tmp_path, problems)
    assert words.triggers == () and problems and problems[0].file == "data/events.yaml" and problems[0].line
    (tmp_path / "data" / "events.yaml").write_text("triggers: [开工]\nstatistics: 增长\nstrong_triggers: []\n", encoding="utf-8")
    problems = []
    assert load_event_words(tmp_path, problems).triggers == ("开工",)
    assert [p.code for p in problems] == ["data.words"]
    assert load_word_lists(tmp_path, "missing.yaml", []) == {}


def _score_with(monkeypatch, change):
    """The events scorer on the seeds, with each article's found events passed through `change`."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import score_events

    monkeypatch.setattr(score_events, "extract_events", lambda article, words: change(extract_events(article, words)))
    return score_events.score(ROOT)


def test_scorer_counts_a_second_find_of_one_event_as_a_false_find(monkeypatch):
    s = _score_with(monkeypatch, lambda events: events + events)
    assert s.found == 2 * s.gold and s.recall >= 0.90
    assert s.precision <= 0.5 and len(s.false_finds) >= s.gold - 5


def test_scorer_needs_the_text_and_the_date_to_match(monkeypatch):
    from dataclasses import replace

    moved = _score_with(monkeypatch, lambda events: [replace(e, date="1999") for e in events])
    assert moved.recall == 0.0 and moved.precision == 0.0
    # the right date on another clause of the article is no match either
    swapped = _score_with(monkeypatch, lambda events: [replace(e, date=o.date) for e, o in zip(events, events[1:] + events[:1])])
    assert swapped.recall < 0.5


def test_scorer_scores_the_plan_labels(monkeypatch):
    from dataclasses import replace

    flipped = _score_with(monkeypatch, lambda events: [replace(e, plan=not e.plan) for e in events])
    assert flipped.plans == 6 and flipped.plan_accuracy == 0.0 and flipped.plan_recall == 0.0
    assert len(flipped.plan_errors) == flipped.gold
    never = _score_with(monkeypatch, lambda events: [replace(e, plan=False) for e in events])
    assert never.plan_recall == 0.0 and never.plan_accuracy < 0.9


def _told(article, block, date, summary, action):
    return Event(date, "day", True, False, summary, action, (EventSource(article, block, 0, len(summary), summary, date),))


def test_a_headline_and_the_only_body_event_of_its_day_are_one_entry():
    # rm18: the headline `…预发射发布仪式今日召开` and the lead `11月15日，…联合对外发布` tell one event
    # in other words: one entry, the body's telling first, with both sources
    head = _told("rm18", "", "2017-11-15", "“德清一号”卫星蓄势待发，预发射发布仪式今日召开", "召开")
    body = _told("rm18", "p1", "2017-11-15", "11月15日，又一件具有里程碑意义的大事在德清诞生。德清县人民政府…联合对外发布", "发布")
    (entry,) = _merge([head, body])
    assert [s.block for s in entry.sources] == ["p1", ""]
    # two events of that day in the body: the headline is not guessed to be either
    other = _told("rm18", "p3", "2017-11-15", "11月15日，双方签署卫星数据服务协议", "签署")
    assert len(_merge([head, body, other])) == 3
    # nor is another article's event of that day its telling
    assert len(_merge([head, _told("x", "p1", "2017-11-15", "11月15日，某项目开工", "开工")])) == 2


def test_a_year_in_chinese_numerals_heads_its_clause_as_a_year_in_digits_does_and_is_quoted_as_written(empty_project):
    # perturb_real_dates.py --forms year-chinese-numerals: `2005年,…开展…攻关` kept, `二〇〇五年,…` dropped
    from conftest import read_one_page
    from atlas.extract.data import load_data_files
    from atlas.extract.events import extract_events
    from atlas.read.simplify import for_matching

    text = "---\ntitle: 例句\ndate: 2024-05-20\n---\n二〇〇五年，中国科学院长春光学精密机械与物理研究所开展卫星整星研制技术攻关。\n"
    article, _ = read_one_page(empty_project, text)
    events = extract_events(for_matching(article), load_data_files(empty_project).event_words)
    assert [(e.date, e.expression) for e in events] == [("2005", "二〇〇五年")]
    assert events[0].summary.startswith("二〇〇五年") and events[0].sources[0].text.startswith("二〇〇五年")
