"""Issue 19: no step of reading or extracting is worse than linear in a line's or paragraph's length.

One 2 MB line took 64 s (topics' list rule and the date finder compared every match with every
other), and 1 MB cut into 2,000 paragraphs that each stop mid-sentence took 280 s (the layout
repair scored every broken paragraph against every other). `scripts/benchmark_hostile.py --mb 5`
measures the issue's bar on the whole build; here the growth from 50 KB to 200 KB is checked on
the per-article stages, in CPU time, with a margin that only quadratic growth can break: four
times the text may cost at most ten times the time (linear is four, quadratic sixteen).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

import atlas.read.layout as layout
from atlas.extract.data import load_data_files
from atlas.extract.dates import find_date_expressions
from atlas.extract.facts import extract_article
from atlas.extract.topics import score_text
from atlas.read.reader import read_article
from atlas.read.webpage import load_furniture_rules
from atlas.records import PublicationDate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from benchmark_hostile import hostile_text  # noqa: E402

SMALL, LARGE = 50_000, 200_000


@pytest.fixture(scope="module")
def data():
    return load_data_files(ROOT)


def read_and_extract(tmp_path: Path, text: str, data) -> float:
    """CPU seconds to read one article and extract its facts (no cache), best of two."""
    file = tmp_path / "seeds" / "long.txt"
    file.parent.mkdir(exist_ok=True)
    file.write_text("---\ntitle: 长文\ndate: 2024-01-05\n---\n" + text, encoding="utf-8")
    rules = load_furniture_rules(ROOT)
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        article = read_article(file, tmp_path, [], rules).article
        assert article is not None and article.blocks
        extract_article(article, data)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("shape", ["single", "broken"])
def test_four_times_the_text_costs_less_than_ten_times_the_time(tmp_path, data, shape):
    read_and_extract(tmp_path, hostile_text(shape, 5_000), data)  # warm up: jieba, compiled patterns
    small = read_and_extract(tmp_path, hostile_text(shape, SMALL), data)
    large = read_and_extract(tmp_path, hostile_text(shape, LARGE), data)
    assert large < 10 * small, f"{shape}: {SMALL // 1000} KB in {small:.2f} s, {LARGE // 1000} KB in {large:.2f} s"


def test_layout_repair_scores_each_break_against_a_bounded_number_of_candidates(tmp_path, monkeypatch):
    """Structural: the number of tail–head pairs scored grows with the breaks, not their square."""
    calls = []
    real = layout.join_evidence
    monkeypatch.setattr(layout, "join_evidence", lambda *a, **k: calls.append(1) or real(*a, **k))
    rules = load_furniture_rules(ROOT)
    counts = {}
    for size in (SMALL, LARGE):
        file = tmp_path / f"broken-{size}.txt"
        file.write_text(hostile_text("broken", size), encoding="utf-8")
        calls.clear()
        read_article(file, tmp_path, [], rules)
        counts[size] = len(calls)
    breaks = LARGE // 500
    assert counts[LARGE] <= 2 * layout.SEARCH_HEADS * breaks + breaks
    assert counts[LARGE] < 6 * counts[SMALL], counts


# a line dense in what the two slowest rules look at: lists of industries, topic terms and dates
DENSE = "汽车、光电信息、生物医药等产业，2023年5月6日，今年以来，"


def cpu_seconds(run) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def test_topics_and_dates_on_one_long_line_grow_linearly(data):
    pub = PublicationDate("2024-01-05", "day", "front-matter", False, ("date: 2024-01-05",))
    small, large = DENSE * 1_000, DENSE * 4_000  # 81 KB, 324 KB
    for name, run in [("score_text", lambda t: score_text(t, data.vocabulary)),
                      ("find_date_expressions", lambda t: find_date_expressions(t, pub))]:
        a, b = cpu_seconds(lambda: run(small)), cpu_seconds(lambda: run(large))
        assert b < 10 * a, f"{name}: 81 KB in {a:.2f} s, 324 KB in {b:.2f} s"


def test_html_with_a_long_run_of_spaces_inside_a_paragraph_strips_in_linear_time():
    # a source line break inside a <p> is joined (a browser's reading): spaces without a break must not
    # make that join try every start in the run
    from atlas.read.webpage import strip_html

    def page(n: int) -> str:
        return "<p>长春新区" + " " * n + "项目开工\n  建设。</p>"

    a, b = cpu_seconds(lambda: strip_html(page(50_000))), cpu_seconds(lambda: strip_html(page(200_000)))
    assert b < 10 * max(a, 1e-4), f"50 KB of spaces in {a:.3f} s, 200 KB in {b:.3f} s"
    assert strip_html(page(3)).text.strip() == "长春新区   项目开工建设。"


def test_a_long_run_of_zeros_costs_linear_time_in_the_date_reader():
    # a year in Chinese numerals may hold the digit 0 (二00九年): the test for one nonzero numeral among four
    # must look at four characters, not at the whole run
    from atlas.text import numeral_years_in_digits

    pub = PublicationDate("2024-01-05", "day", "front-matter", False, ("date: 2024-01-05",))
    for run in (numeral_years_in_digits, lambda t: find_date_expressions(t, pub)):
        a = cpu_seconds(lambda: run("0" * 50_000 + "年"))
        b = cpu_seconds(lambda: run("0" * 200_000 + "年"))
        assert b < 10 * max(a, 1e-3), (a, b)


def test_a_long_table_row_costs_linear_time_in_the_event_finder():
    """A paste of one huge table row (a first cell that names a happening, then bars and spaces without end):
    the row's label is found by a pattern anchored at the line's start, its look-ahead scans the line once."""
    from atlas.extract.events import extract_events, load_event_words
    from atlas.records import Article, Block, BlockKind

    words = load_event_words(ROOT, [])

    def row(n: int) -> Article:
        text = "投入运营 | 首批：2011年12月7日 " + ("|" + " " * 199) * (n // 200) + "|"
        return Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))

    small, large = row(SMALL), row(LARGE)
    a, b = cpu_seconds(lambda: extract_events(small, words)), cpu_seconds(lambda: extract_events(large, words))
    assert b < 10 * max(a, 1e-3), f"50 KB in {a:.3f} s, 200 KB in {b:.3f} s"
    assert [e.date for e in extract_events(row(1000), words)] == ["2011-12-07"]  # the row still dates its happening
