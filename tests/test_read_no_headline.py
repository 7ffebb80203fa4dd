"""A page without a headline (issue 17, perturbation `no-headline` of scripts/perturb_real_articles.py):
no line of the lead is taken for one, and the title made from the lead keeps its words and marks.
Each rule: a tuning page's own lines, and a constructed case of the same shape."""

import pytest

from atlas.read.structure import lead_title
from conftest import read_one_page

LEAD = "8月12日，长春新区举行重点项目集中开工仪式，10个项目总投资86亿元，涵盖光电信息、生物医药等产业。\n"
MORE = "据介绍，这批项目建成后将新增产值120亿元。\n"


@pytest.fixture
def project(empty_project):
    return empty_project


@pytest.mark.parametrize("lead, title", [
    ("收獲，在十月；突破，看長春。", "收獲，在十月；突破，看長春"),  # re04
    ("项目开工；企业投产：长春新区再提速。", "项目开工；企业投产：长春新区再提速"),
])
def test_a_title_made_from_the_lead_keeps_the_marks_between_its_clauses(lead, title):
    assert lead_title(lead) == title


@pytest.mark.parametrize("page, made", [
    # rp08 without its headline: the lead's dateline on a line of its own, with the lead's first question
    ("中新社吉林分社正文\n\n首页-->财经\n\n  中新网吉林新闻2月27日电 项目落地，手续如何办？审批流程怎么走？\n\n"
     "  为持续优化营商环境，市政务服务和数字化建设管理局统筹全市各有关部门，深化工程建设项目审批制度改革，切实提升审批效率。\n",
     "项目落地，手续如何办"),
    (f"首页 > 新闻中心 > 正文\n\n新华社长春8月12日电 新项目怎么落地？审批流程怎么走？\n\n{LEAD}{MORE}", "新项目怎么落地"),
])
def test_a_line_that_opens_with_a_dateline_is_the_lead_not_a_headline(project, page, made):
    a, problems = read_one_page(project, page)
    assert a.title == made and any(p.code == "read.title-made" for p in problems)


@pytest.mark.parametrize("thanks", ["感謝IT之家網友 比室友睡的早、打工軌道人 的線索投遞！", "感谢热心读者王先生提供的新闻线索！",
                                    "感谢网友 长春老李 的爆料"])
@pytest.mark.parametrize("headline", ["", "长春新区十个重点项目集中开工\n\n"])
def test_a_readers_thanks_for_a_tip_is_no_headline_and_no_text(project, thanks, headline):
    # rc09: a tech site's thanks to the readers who sent the tip, over the text
    a, problems = read_one_page(project, f"{headline}{thanks}\n\n{LEAD}{MORE}")
    assert "感" not in a.title and thanks not in [b.text for b in a.blocks]
    assert any(p.code == "read.furniture" and "线索" in p.message.replace("線索", "线索") or "爆料" in p.message for p in problems)
