"""Publication-date inference: datelines, month evidence from relative periods, looking ahead to a plan."""
from __future__ import annotations

from atlas.extract.pubdate import infer_publication_date


def test_dateline_gives_month_and_day_after_the_latest_reported_date():
    d = infer_publication_date(["中新网长春2月2日电（记者 李彦国）2023年11月，项目开工。"])
    assert (d.value, d.precision, d.source, d.inferred) == ("2024-02-02", "day", "dateline", True)
    assert d.evidence[0] == "中新网长春2月2日电"


def test_dateline_in_the_same_year_as_the_latest_date():
    d = infer_publication_date(["新华社长春12月5日电 2023年11月，项目开工。"])
    assert d.value == "2023-12-05"


def test_this_years_period_raises_not_before_to_its_last_month():
    d = infer_publication_date(["2024年，长春举办博览会。", "今年1至10月，全市产销整车122.9万辆。"])
    assert (d.value, d.not_before) == ("2024", "2024-10")
    assert "今年1至10月" in d.evidence


def test_looking_ahead_to_a_plan_dates_the_article_to_the_last_year_before_it():
    d = infer_publication_date(["展望“十五五”，长春将持续以产业体系为支撑。"])
    assert (d.value, d.inferred) == ("2025", True)


def test_plans_are_not_evidence():
    d = infer_publication_date(["2023年，长春启动行动。到2025年，一汽将投放新品。"])
    assert d.value == "2023"
