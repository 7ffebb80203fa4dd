"""Date forms of real web pages (issue 17), each from a sentence of the real-article corpus's
tuning half (tests/fixtures/real_articles/, the page named in a comment)."""
from __future__ import annotations

from atlas.extract.dates import find_date_expressions
from atlas.records import PublicationDate


def test_this_morning_is_the_publication_day():
    # rd12 (dated 2025-11-19): `長春高新今早低開低走`
    pub = PublicationDate("2025-11-19", "day", "web-page", False)
    (m,) = find_date_expressions("长春高新今早低开低走，现跌0.93%。", pub)
    assert (m.expression, m.iso, m.precision) == ("今早", "2025-11-19", "day")
    (m,) = find_date_expressions("长春高新今早低开低走。", None)
    assert m.kind == "vague"


def test_a_year_in_digits_with_its_month_in_chinese_numerals():
    # the forms mixed, as PDFs and typed pages write them: 2023年三月, 2023年十二月二十八日
    assert [(m.expression, m.iso) for m in find_date_expressions("2023年三月，项目开工。", None)] == [("2023年三月", "2023-03")]
    assert [m.iso for m in find_date_expressions("2023年十二月二十八日，项目签约。", None)] == ["2023-12-28"]
    assert [m.iso for m in find_date_expressions("2023年三季度，项目签约。", None)] == ["2023-Q3"]  # a quarter stays one


def test_letter_spaced_digits_of_a_date_are_one_number():
    from atlas.text import display_text

    # a letter-spaced line of a web page (rg22's footer is one): `2 0 2 3 年 3 月 1 5 日`
    assert display_text("2 0 2 3 年 3 月 1 5 日，项目开工") == "2023年3月15日，项目开工"
    assert display_text("第 1 2 3 名") == "第1 2 3名"  # only digits that a date word closes
