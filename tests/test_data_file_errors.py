"""Issue 19: a mistake in a data file (data/*.yaml) is a message with the file, the line and what to
write instead, never a traceback; a wrong entry leaves out that entry, a file that is not YAML
leaves out that file, and every article is still published (a --strict build stops on the error)."""
from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from atlas.build import build
from atlas.config import copy_project
from atlas.extract.topics import load_vocabulary
from atlas.read.layout import load_layout_joins
from atlas.read.reader import read_article
from atlas.read.webpage import RULE_TIMEOUT, load_furniture_rules
from atlas.records import Severity


@pytest.fixture
def project(tmp_path):
    (tmp_path / "p").mkdir()
    return copy_project(tmp_path / "p")


def edit(path: Path, old: str | None, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old is None or old in text, f"{old!r} not in {path}"
    path.write_text(new if old is None else text.replace(old, new, 1), encoding="utf-8")


def errors(problems, file):
    return [p for p in problems if p.severity is Severity.ERROR and p.file == file]


def line_of(path: Path, needle: str) -> int:
    return next(k for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


@pytest.mark.parametrize("file, old, new", [
    ("data/companies.yaml", "companies:", "companies: [unclosed\n"),
    ("data/topics.yaml", "threshold: 2", "threshold: [2"),
    ("data/furniture.yaml", "rules:", "rules: [unclosed\n"),
    ("data/layout.yaml", "joins:", "joins: {file: \n"),
])
def test_a_data_file_that_is_not_yaml_is_left_out_and_every_article_published(project, file, old, new):
    edit(project / file, old, new)
    result = build(project)  # the preview's build: goes on
    assert result.kb is not None and len(result.kb.articles) == 5
    [problem] = errors(result.problems, file)
    assert problem.line is not None and "YAML" in problem.message and problem.fix
    assert (project / "docs" / "kb" / "_home.md").is_file()
    strict = build(project, strict=True)  # make site / CI: stops on the error
    assert strict.errors and strict.written == 0


def test_a_threshold_that_is_not_a_number_takes_the_default_and_says_so(project):
    topics = project / "data" / "topics.yaml"
    edit(topics, "threshold: 2", "threshold: abc")
    problems = []
    vocab = load_vocabulary(project, problems)
    assert vocab.threshold == 2.0 and len(vocab.topics) == 5
    [problem] = errors(problems, "data/topics.yaml")
    assert problem.line == line_of(topics, "threshold: abc")
    assert "threshold" in problem.message and "threshold: 2" in problem.fix


def test_a_topic_slug_that_is_not_a_plain_address_is_refused_and_writes_nothing_outside(project):
    topics = project / "data" / "topics.yaml"
    edit(topics, "slug: qiche", "slug: ../../../x")
    result = build(project)
    [problem] = errors(result.problems, "data/topics.yaml")
    assert problem.line == line_of(topics, "slug: ../../../x")
    assert "'qiche' is used" in problem.message  # the pinyin of 汽车
    assert (project / "docs" / "kb" / "topics" / "qiche" / "index.md").is_file()
    outside = [p for p in project.parent.rglob("*") if p.name in ("x", "x.md") or p.name.startswith("x.")]
    assert outside == []


def test_a_topic_name_with_markup_is_kept_as_data(project):
    edit(project / "data" / "topics.yaml", "name: 汽车", "name: 汽车<img src=x onerror=alert(1)>")
    problems = []
    vocab = load_vocabulary(project, problems)
    assert vocab.topics[0].name == "汽车<img src=x onerror=alert(1)>"  # the text as written; templates escape it
    assert vocab.topics[0].slug == "qiche"


def test_a_bad_furniture_rule_is_left_out_by_its_line_and_the_others_still_apply(project, tmp_path):
    furniture = project / "data" / "furniture.yaml"
    good = len(load_furniture_rules(project, []))
    edit(furniture, "rules:\n", "rules:\n  - field: ''\n    pattern: '(unclosed'\n")
    problems = []
    rules = load_furniture_rules(project, problems)
    [problem] = errors(problems, "data/furniture.yaml")
    assert problem.line == line_of(furniture, "(unclosed")
    assert "第 1 条" in problem.message and "pattern:" in problem.fix
    assert len(rules) == good > 0  # every good rule still applies
    article = tmp_path / "seeds" / "a.txt"
    article.parent.mkdir()
    article.write_text("长春汽车产业加快发展，一汽集团新车下线。\n\n责任编辑：张三\n", encoding="utf-8")
    read = read_article(article, tmp_path, [], rules)
    assert "责任编辑" not in "".join(b.text for b in read.article.blocks)


def test_a_bad_layout_entry_is_left_out_by_its_line_and_the_others_still_apply(project):
    layout = project / "data" / "layout.yaml"
    edit(layout, "joins:\n", "joins:\n  - {file: 000_805918171b22d6e5.txt, line: abc, continues_at: 3}\n")
    problems = []
    joins = load_layout_joins(project, problems)
    [problem] = errors(problems, "data/layout.yaml")
    assert problem.line == line_of(layout, "line: abc")
    assert "continues_at:" in problem.fix
    assert len(joins["000_805918171b22d6e5.txt"]) == 2  # the two good joins of the file


@pytest.mark.parametrize("pattern", [r"^(a+)+$", r"^(a|aa)+$"])
def test_a_catastrophic_furniture_rule_times_out_is_reported_and_skipped(project, pattern):
    furniture = project / "data" / "furniture.yaml"
    edit(furniture, "rules:\n", f"rules:\n  - field: ''\n    pattern: '{pattern}'\n")
    seeds = project / "seeds"
    (seeds / "aaa.txt").write_text("长春汽车产业加快发展，一汽集团新车下线。\n\n" + ("a" * 70 + "!\n\n") * 20
                                   + "光电信息产业持续壮大，长光卫星发射新星。\n", encoding="utf-8")

    def hung(*_):
        raise AssertionError("the build hung on a furniture rule")

    signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)
    try:
        started = time.perf_counter()
        result = build(project)
    finally:
        signal.alarm(0)
    assert result.kb is not None and len(result.kb.articles) == 6
    timeouts = [p for p in result.problems if p.code == "data.furniture-timeout"]
    assert len(timeouts) <= 1, "a rule that timed out is not tried again on the article's other lines"
    for p in timeouts:  # `regex` answers ^(a+)+$ at once; ^(a|aa)+$ backtracks until the time limit
        assert p.file == "seeds/aaa.txt" and p.line == 3
        assert f"data/furniture.yaml 第 {line_of(furniture, pattern)} 行" in p.message or \
               f"data/furniture.yaml 第 {line_of(furniture, pattern) - 1} 行" in p.message
    if pattern == r"^(a|aa)+$":
        assert timeouts, "the rule backtracks beyond the limit on a line of a's"
    assert time.perf_counter() - started < 60 + 30 * RULE_TIMEOUT


@pytest.fixture(scope="module")
def seed_read():
    from atlas.build import read_all
    from atlas.config import Paths

    return read_all(Paths(Path(__file__).resolve().parent.parent))


@pytest.mark.parametrize("file, key", [
    ("topics.yaml", "topics"), ("topics.yaml", "companies"), ("topics.yaml", "other_industries"),
    ("topic_overrides.yaml", "overrides"), ("figures.yaml", "units"), ("figures.yaml", "qualifiers"),
    ("figures.yaml", "rate_words"), ("figures.yaml", "change_words"), ("figures.yaml", "after_only"),
])
@pytest.mark.parametrize("wrong", [5, [1]])
def test_a_setting_of_the_wrong_shape_is_a_message_not_a_traceback(project, seed_read, file, key, wrong):
    import yaml

    from atlas.data_files import parse_yaml
    from atlas.extract.data import load_data_files
    from atlas.extract.facts import extract_all
    from atlas.link import link

    path = project / "data" / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[key] = wrong
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    parse_yaml.cache_clear()
    articles, problems = seed_read
    files = load_data_files(project)
    facts, found = extract_all(articles, files)
    kb = link(facts, files, problems + found)
    assert len(kb.articles) == 5
    if wrong == 5:  # a list of numbers may be words (qualifiers: [1]); a number is never a list
        assert any(p.file == f"data/{file}" and p.severity is Severity.ERROR for p in kb.problems), key
