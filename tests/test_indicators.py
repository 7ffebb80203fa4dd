"""Figures, indicator matching, series, charts and downloads (issue 6)."""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest

from conftest import ARTIFACTS, ROOT, third_party

from atlas.extract.figures import article_figures, load_figure_rules
from atlas.extract.indicators import load_indicators, match_article
from atlas.records import Article, Block, BlockKind, PublicationDate

sys.path.insert(0, str(ROOT / "scripts"))
RULES = load_figure_rules(ROOT)
INDICATORS, INDICATOR_PROBLEMS = load_indicators(ROOT)


def article(*paragraphs: str, date: str = "2024", inferred: bool = False) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, t, (k + 1,), f"p{k + 1}") for k, t in enumerate(paragraphs))
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    return Article("seeds/x.txt", "x", "x", "标题", date=PublicationDate(date, precision, "trailer", inferred), blocks=blocks)


def figures(text: str, date: str = "2024"):
    return article_figures(article(text, date=date), RULES)


def matched(*paragraphs: str, date: str = "2024", inferred: bool = False) -> list[tuple[str, float, str]]:
    a = article(*paragraphs, date=date, inferred=inferred)
    values, _ = match_article(a, article_figures(a, RULES), INDICATORS, RULES)
    return [(v.indicator, v.figure.value, v.figure.period.iso) for v in values]


# --- figures -------------------------------------------------------------------------------

def test_figures_read_value_unit_and_the_words_before():
    f = figures("参展企业总数达到675家，总展出面积超过7万平方米；全市汽车工业完成产值4047.7亿元")
    assert [(x.value, x.unit) for x in f] == [(675, "家"), (7, "万平方米"), (4047.7, "亿元")]
    assert f[0].before == "参展企业总数达到" and f[2].before == "全市汽车工业完成产值"


def test_chinese_numerals_are_figures_but_serials_ordinals_and_qualifiers_are_not():
    f = figures("我国成功发射“吉林一号”高分03D09星等十六颗卫星，引进两千名人才，中国一汽第6000万辆汽车下线")
    assert [(x.text, x.value) for x in f] == [("十六颗", 16), ("两千名", 2000)]
    assert [x.text for x in figures("“一箭十六星”成功将高分03D35—41星等16颗卫星发射升空")] == ["十六星", "16颗"]
    assert [x.text for x in figures("落实投资5000万元以上工业项目达148项")] == ["148项"]


def test_lists_joined_by_he_share_their_words_and_keep_their_place():
    a, b = figures("今年1至10月，全市分别产销整车122.9万辆和122.6万辆。")
    assert (a.group, a.position, b.position, b.group_size) == (b.group, 1, 2, 2)
    assert a.period.iso == b.period.iso == "2024-01/2024-10"


def test_period_is_the_date_before_the_figure_in_its_sentence_else_publication():
    p1, p2 = figures("7月，规上工业增长22.4%；8月，增长41.6%。", date="2022-10-13")
    assert (p1.period.iso, p2.period.iso) == ("2022-07", "2022-08")
    a, b = figures("全市各级“专精特新”企业由去年年底的485户高速增长至660户。", date="2022-10-13")
    assert a.period.iso == "2021-12" and a.period.source == "text"
    assert b.period.iso == "2022" and b.period.source == "publication"  # 去年年底 belongs to 485 only
    (q,) = figures("前三季度，长春市规模以上工业增加值增长4%。")
    assert q.period.iso == "2024-01/2024-09"


# --- matching ------------------------------------------------------------------------------

def test_fenbie_lists_and_their_growth_rates_go_to_the_right_measures():
    got = matched("今年1至10月，全市分别产销整车122.9万辆和122.6万辆，分别产销新能源汽车12.8万辆和12.6万辆，分别同比增长40.4%和28%。"
                  "红旗品牌分别完成产销34.1万辆和34.8万辆，分别增长23.9%和21.8%。")
    assert got == [
        ("vehicle-output", 122.9, "2024-01/2024-10"), ("vehicle-sales", 122.6, "2024-01/2024-10"),
        ("nev-output", 12.8, "2024-01/2024-10"), ("nev-sales", 12.6, "2024-01/2024-10"),
        ("nev-output-growth", 40.4, "2024-01/2024-10"), ("nev-sales-growth", 28, "2024-01/2024-10"),
    ]  # 红旗 is a brand, not the city: neither it nor its growth is tracked


def test_growth_follows_the_clause_before_it_not_the_first_one():
    got = matched("以2023年数据为例，整车产销分别完成155.8万辆和156.7万辆，同比分别增长16.7%和17.6%，整车产值完成3165.4亿元，"
                  "新能源整车产销分别完成11.8万辆和12.6万辆，同比分别增长43.2%和62.7%。")
    ids = [g[0] for g in got]
    assert ids == ["vehicle-output", "vehicle-sales", "vehicle-output-growth", "vehicle-sales-growth", "vehicle-output-value",
                   "nev-output", "nev-sales", "nev-output-growth", "nev-sales-growth"]


def test_enumerated_industries_pair_item_and_value():
    got = matched("1至10月，全市光电信息产业、生物医药和生命健康产业分别增长6.8%、9.8%。")
    assert got == [("optoelectronics-growth", 6.8, "2024-01/2024-10"), ("biomed-growth", 9.8, "2024-01/2024-10")]


def test_a_bare_growth_rate_continues_the_rate_before_it():
    assert matched("7月，规上工业增长22.4%；8月，增长41.6%。", date="2022-10-13") == [
        ("industrial-value-added-growth", 22.4, "2022-07"), ("industrial-value-added-growth", 41.6, "2022-08")]


def test_unsure_figures_stay_unmatched_and_are_reported():
    a = article("今年国家级“专精特新”小巨人企业同比增长接近50%。全市已建成换电站41座，同比增长20%。")
    values, problems = match_article(a, article_figures(a, RULES), INDICATORS, RULES)
    assert [(v.indicator, v.figure.value) for v in values] == [("swap-stations", 41)]  # 20% is not the stations' growth
    assert any("像是指标 zjtx-little-giants-national" in p.message for p in problems)
    assert matched("围绕“配套回归”，精准梳理汽车产业链，落实投资5000万元以上工业项目达148项") == []  # a subset


def test_full_year_output_dates_an_article_whose_date_is_only_guessed():
    got = matched("以2023年数据为例，整车产销分别完成155.8万辆和156.7万辆。", "目前，长春累计建成新能源汽车换电站90座。",
                  date="2023", inferred=True)
    assert ("swap-stations", 90, "2024") in got


def test_bad_indicator_entries_become_problems(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "indicators.yaml").write_text("- id: a\n  unit: 颗\n  phrases: [在轨]\n- name: no id\n", encoding="utf-8")
    indicators, problems = load_indicators(tmp_path)
    assert [i.id for i in indicators] == ["a"]
    assert problems and problems[0].line == 4 and problems[0].file == "data/indicators.yaml"
    assert INDICATOR_PROBLEMS == []


# --- measured quality ------------------------------------------------------------------------

def test_scorer_meets_the_bar_on_the_gold_fixture():
    from score_indicators import score

    s = score()
    assert s.total == 42
    assert s.recall == 1.0, s.missed
    assert s.exactness == 1.0, s.missed
    assert s.wrong == []


# --- downloads -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rendered():
    from atlas.build import read_all
    from atlas.config import Paths
    from atlas.build import extract_and_link as link
    from atlas.render.context import environment
    from atlas.render.exports import render_download_pages

    articles, problems = read_all(Paths(ROOT))
    kb = link(articles, problems, ROOT)
    env = environment(ROOT / "templates")
    return render_download_pages(kb, env), render_download_pages(link(articles, problems, ROOT), env)


def test_downloads_parse_as_csv_and_json_and_are_deterministic(rendered):
    files, again = rendered
    assert files == again
    table = files["downloads/indicators.csv"]
    assert table.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(table[1:])))
    sat = [(r["period"], r["value"]) for r in rows if r["indicator"] == "jilin1-satellites"]
    assert sat == [("2022-08-10", "70"), ("2022-08-10", "70"), ("2023", "108"), ("2024", "117"), ("2025", "144")]
    assert json.loads(files["downloads/indicators.json"])[0]["indicator"] == "jilin1-satellites"
    for name, text in files.items():
        if name.endswith(".csv"):
            assert len(list(csv.reader(io.StringIO(text[1:])))) > 1
        elif name.endswith(".json"):
            assert isinstance(json.loads(text), list)
    assert "downloads/indicators.csv" in files["downloads.md"]


# --- the built site ------------------------------------------------------------------------

def test_satellite_chart_on_the_built_page(built_site):
    html = (built_site / "site" / "kb" / "indicators" / "index.html").read_text(encoding="utf-8")
    section = html[html.index('id="jilin1-satellites"'):]
    svg = section[section.index("<svg"):section.index("</svg>")]
    assert 'role="img"' in svg and "<title>" in svg and "Noto Sans CJK SC" in svg
    labels = re.findall(r'<text[^>]*font-weight="bold"[^>]*>([^<]+)</text>', svg)
    assert labels == ["70", "108", "117", "144"]
    titles = re.findall(r'<a class="chart-point" href="([^"]+)"><title>([^<]+)</title>', svg)
    assert [t.split("：")[0] for _, t in titles] == ["2022年8月10日", "2023年", "2024年", "2025年"]
    for href, _ in titles:
        target, anchor = href.split("#")
        page = (built_site / "site" / "kb" / "indicators" / target / "index.html").resolve()
        assert f'id="{anchor}"' in page.read_text(encoding="utf-8")
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert xs == sorted(xs) and len(set(xs)) == 4


def test_satellite_chart_in_the_browser(page, site_url):
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.goto(f"{site_url}/kb/indicators/")
    chart = page.locator("#jilin1-satellites ~ figure.atlas-chart svg").first
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box and box["width"] <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("figure.atlas-chart").first.screenshot(path=str(ARTIFACTS / "indicators-satellites-chart.png"))
    assert third_party(page.requests, site_url) == []
    chart.locator("a.chart-point").nth(3).click()
    page.wait_for_load_state()
    assert page.url.endswith("#p24") and "/kb/articles/" in page.url


def test_a_change_is_not_a_level():
    assert matched("全市新建换电站5座，累计建成换电站90座。") == [("swap-stations", 90, "2024")]


def test_broken_indicator_file_is_a_problem_not_a_crash(tmp_path):
    from atlas.extract.data import load_data_files

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "indicators.yaml").write_text("- id: a\n  phrases: [在轨\n", encoding="utf-8")
    data = load_data_files(tmp_path)
    problems = data.indicator_problems
    assert data.indicators == () and problems[0].file == "data/indicators.yaml" and problems[0].line
