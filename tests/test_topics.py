"""Topics per paragraph: hard cases from real sentences, editor overrides, the gold-fixture bar, the pages."""
import shutil
from pathlib import Path

import pytest

from atlas.build import read_all
from atlas.config import Paths
from atlas.extract.topics import BlockTopics, assign_article, block_key, load_vocabulary, score_text
from atlas.build import extract_and_link as link
from atlas.records import BlockKind
from tests.conftest import ARTIFACTS, ROOT, third_party


@pytest.fixture(scope="module")
def vocab():
    problems = []
    v = load_vocabulary(ROOT, problems)
    assert problems == []
    return v


def topics_of(text, vocab):
    return {s.topic for s in score_text(text, vocab) if s.score >= vocab.threshold}


def test_two_vocabularies_in_one_process_keep_their_own_terms(vocab):
    """The preview keeps one process alive while editors change data/topics.yaml: nothing learnt
    from one vocabulary may stay behind for the next."""
    from dataclasses import replace

    from atlas.extract.topics import Topic

    text = "长春冰雪装备产业加快发展。"
    assert topics_of(text, vocab) == set()
    edited = replace(vocab, topics=vocab.topics + (Topic("冰雪", "bingxue", "", (("冰雪装备", 2.0),)),))
    assert topics_of(text, edited) == {"冰雪"}
    assert topics_of(text, vocab) == set()


def block_with(article, fragment):
    return next(b for b in article.blocks if fragment in b.text)


# --- hard cases from the seeds' own sentences ---------------------------------------------------

def test_xin_guang_xing_che_wang_paragraph_is_multi_topic(seed_articles, vocab):
    article = seed_articles[0]["000"]
    block = block_with(article, "芯、光、星、车、网")
    assigned = assign_article(article, vocab)[block_key(article, block)]
    assert {"汽车", "光电信息"} <= set(assigned.topics)
    assert "芯、光、星、车、网" in assigned.score("汽车").terms  # the evidence is kept


@pytest.mark.parametrize("text", [
    "生物医药、光电信息等战略性新兴产业加速集聚，在坚实的工业基座上生长出充满活力的产业新生态……",
    "长春，作为新中国工业基地，固然坐拥汽车、轨道交通等雄厚产业底蕴，并积极布局光电、生物医药等新赛道。",
    "制定重点产业链实施方案，形成汽车、高端装备、生物医药、光电信息四条重点产业链“四图五清单”。",
    "加快推动汽车、装备等传统制造业提质焕新，加快发展光电信息、生物医药和生命健康等战略性新兴产业。",
])
def test_a_list_of_industries_in_one_breath_is_no_topic(text, vocab):
    assert topics_of(text, vocab) == set()
    listed = {t for s in score_text(text, vocab) for t in s.listed}
    assert listed, "the listed industries are kept as evidence of why the paragraph is 综合"


def test_a_list_with_a_figure_for_each_item_counts(vocab):
    text = "1至10月，全市光电信息产业、生物医药和生命健康产业分别增长6.8%、9.8%。"
    assert topics_of(text, vocab) == {"光电信息", "生物医药"}


def test_a_list_of_whole_projects_is_content_not_a_list(vocab):
    text = "一汽铸造一体化压铸超级工厂、一汽解放数智化能力提升、中车长客智能工厂、金赛国际医药产业园等400个重点项目全部开工。"
    assert topics_of(text, vocab) == {"汽车", "轨道交通", "生物医药"}


def test_party_plenum_boilerplate_is_general(seed_articles, vocab):
    article = seed_articles[0]["000"]
    block = block_with(article, "党的二十届三中全会精神")
    assert assign_article(article, vocab)[block_key(article, block)].topics == ()


def test_longest_term_wins_so_a_car_drive_joint_venture_is_not_rail(vocab):
    assert topics_of("一汽中车电驱等重大项目建设加快推进。", vocab) == {"汽车"}


def test_a_policy_title_alone_does_not_make_a_topic(vocab):
    text = "2023年出台《长春市光电信息产业星光培育三年行动计划》等12个专项政策，设立产业引导基金。"
    assert "光电信息" not in topics_of(text, vocab)
    assert "服务企业" in topics_of(text, vocab)


def test_satellites_are_photonics_with_an_aerospace_subtag(vocab):
    [score] = [s for s in score_text("“吉林一号”在轨运行卫星达到117颗。", vocab) if s.topic == "光电信息"]
    assert score.subtags == ("航空航天",)


def test_heading_takes_its_own_terms_or_the_paragraphs_under_it(seed_articles, vocab):
    article = seed_articles[0]["003"]
    assigned = assign_article(article, vocab)
    heading = next(b for b in article.headings if "助企克难" in b.text)
    assert assigned[block_key(article, heading)].topics == ("服务企业",)
    plain = next(b for b in article.headings if "产业转型升级" in b.text)
    assert assigned[block_key(article, plain)].topics == ()


# --- the measured bar ------------------------------------------------------------------------------

def test_gold_fixture_meets_the_bar():
    from scripts.score_topics import evaluate

    result = evaluate()
    assert result.micro.f1 >= 0.90, result.micro
    for s in result.scores:
        assert s.recall >= 0.85, s
    assert len(result.unmatched) <= 4, result.unmatched  # only titles/subtitles, which are not blocks


# --- overrides and bad data ------------------------------------------------------------------------

def _project(tmp_path: Path, overrides: str, topics: str | None = None) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "data" / "topic_overrides.yaml").write_text(overrides, encoding="utf-8")
    if topics is not None:
        (tmp_path / "data" / "topics.yaml").write_text(topics, encoding="utf-8")
    return tmp_path


def _kb(root: Path):
    articles, problems = read_all(Paths(root))
    return link(articles, problems, root)


def test_overrides_pin_and_remove_and_report_stale_entries(tmp_path):
    root = _project(tmp_path, """# test
overrides:
  - {file: 000_805918171b22d6e5.txt, paragraph: p3, add: [服务企业], note: 讲工信局服务企业}
  - {file: 000_805918171b22d6e5.txt, paragraph: p5, remove: [汽车]}
  - {file: 000_805918171b22d6e5.txt, paragraph: p999, add: [汽车]}
  - {file: 999_gone.txt, paragraph: p1, add: [汽车]}
  - {file: 000_805918171b22d6e5.txt, paragraph: p6, add: [船舶]}
  - {paragraph: p6}
""")
    kb = _kb(root)
    stem = "000_805918171b22d6e5"
    pinned: BlockTopics = kb.topics[(stem, "p3")]
    assert pinned.topics == ("服务企业",) and pinned.source == "override" and pinned.note == "讲工信局服务企业"
    assert "汽车" not in kb.topics[(stem, "p5")].topics
    reported = {(p.code, p.line) for p in kb.problems if p.file == "data/topic_overrides.yaml"}
    assert ("topics.stale-override", 5) in reported and ("topics.stale-override", 6) in reported
    assert ("topics.override", 7) in reported and ("topics.override", 8) in reported
    fuwu = next(t for t in kb.topic_pages if t.slug == "fuwu-qiye")
    assert any(e.article.stem == stem and any(b.block.id == "p3" for b in e.blocks) for e in fuwu.articles)


def test_broken_data_files_are_problems_not_crashes(tmp_path):
    root = _project(tmp_path, "overrides: [ {file: x\n", "topics:\n  - {name: 汽车}\n")
    kb = _kb(root)
    found = {(p.file, p.code, p.line) for p in kb.problems}
    assert any(f == "data/topic_overrides.yaml" and c == "topics.override" and line for f, c, line in found)
    assert ("data/topics.yaml", "topics.vocabulary", 2) in found  # the topic without a slug


def test_subtag_terms_must_be_topic_terms(tmp_path):
    root = _project(tmp_path, "overrides: []\n", "topics:\n  - name: 光电信息\n    slug: guangdian-xinxi\n"
                    "    terms: {卫星: 2}\n    subtags: {航空航天: [卫星, 火箭]}\n")
    problems = []
    load_vocabulary(root, problems)
    assert [(p.line, "火箭" in p.message) for p in problems] == [(2, True)]


def test_topic_pages_group_by_article_newest_first(seed_articles):
    kb = _kb(ROOT)
    assert [t.slug for t in kb.topic_pages] == ["qiche", "guidao-jiaotong", "guangdian-xinxi", "shengwu-yiyao", "fuwu-qiye", "zonghe"]
    for t in kb.topic_pages:
        dates = [e.article.date.value for e in t.articles]
        assert dates == sorted(dates, reverse=True)
        assert t.paragraph_count > 0
    qiche = kb.topic_pages[0]
    assert qiche.companies[0][0] == "中国一汽"
    # a block is on 综合 exactly when it has no topic
    zonghe = kb.topic_pages[-1]
    assert all(not b.topics.topics for e in zonghe.articles for b in e.blocks)


# --- the site ----------------------------------------------------------------------------------------

TOPIC_PAGES = ["qiche", "guidao-jiaotong", "guangdian-xinxi", "shengwu-yiyao", "fuwu-qiye", "zonghe"]


def test_article_pages_carry_topic_labels(built_site):
    text = (built_site / "docs/kb/articles/zhi-xiao-qi-sheng-renxing-qiang.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(i for i, l in enumerate(lines) if "芯、光、星、车、网" in l)
    line = " ".join(lines[at + 1 : at + 5])  # the labels stand in their own block under the paragraph
    assert "{: .para-topics data-pagefind-ignore }" in line
    assert "[汽车](../topics/qiche/index.md){: .topic-label }" in line
    assert "[光电信息](../topics/guangdian-xinxi/index.md){: .topic-label }" in line
    headings = [l for l in text.splitlines() if l.startswith("#")]
    assert not any("topic-label" in h for h in headings)


@pytest.mark.parametrize("slug", TOPIC_PAGES)
def test_topic_page_opens_and_its_paragraph_links_reach_the_anchor(page, site_url, slug):
    page.goto(f"{site_url}/kb/topics/{slug}/")
    assert page.locator("article h1").count() == 1
    assert "篇文章" in page.inner_text("article")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"topic-{slug}.png"), full_page=False)
    # what each article says is on one page a year: the newest year first
    page.locator("article table").first.locator("td a").first.click()
    page.wait_for_url(f"**/kb/topics/{slug}/*/")
    assert page.locator("article h1").count() == 1
    first = page.locator("article p.topic-para a.para-anchor").first
    href = first.get_attribute("href")
    anchor = href.split("#", 1)[1]
    quoted = page.locator("article p.topic-para").first.inner_text()
    first.click()
    page.wait_for_url(f"**/kb/articles/**#{anchor}")
    target = page.locator(f"[id='{anchor}']")
    assert target.count() == 1
    body = target.inner_text()
    assert quoted.split(" ", 1)[1].strip("…")[:20] in body, (quoted[:40], body[:40])
    assert target.evaluate("el => el.getBoundingClientRect().top") < 900  # scrolled into view
    assert third_party(page.requests, site_url) == []


def test_topics_index_lists_every_topic(page, site_url):
    page.goto(f"{site_url}/kb/topics/")
    hrefs = page.locator("article td a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert len(hrefs) == len(TOPIC_PAGES)
    assert third_party(page.requests, site_url) == []
