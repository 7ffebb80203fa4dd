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
