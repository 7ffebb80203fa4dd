"""The learned second opinion on project names (atlas/extract/name_model.py, scripts/train_name_model.py):
its file is checked like any input, training is reproducible and never sees a measuring page, the
finder's trace is exactly what the rules decided, and a model, when given, re-cuts and refuses."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from atlas.data_files import DataFileError
from atlas.extract.companies import Company, company_matcher
from atlas.extract.name_model import FORMAT, NameModel, parse_name_model, read_name_model
from atlas.extract.project_names import load_catalogue
from atlas.extract.projects import ProjectFinder
from atlas.records import Article, Block, BlockKind
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import train_name_model  # noqa: E402
from real_corpus import RealPage, pages  # noqa: E402


def _model(**changes) -> str:
    data = {"format": FORMAT, "bias": -1.0, "threshold": 0.5, "weights": {"how=head": 0.5}, "start_weights": {}}
    data.update(changes)
    return json.dumps(data)


def test_a_model_file_is_read_when_it_is_what_training_writes():
    model = parse_name_model(_model())
    assert model.threshold == 0.5 and model.weights == {"how=head": 0.5}


@pytest.mark.parametrize("raw, why", [
    ("not json", "not valid JSON"),
    ("[1, 2]", "not a mapping"),
    (_model(format="pickle"), "format"),
    (_model(weights={"a": float("nan")}).replace("NaN", "NaN"), "NaN"),
    ('{"format": "%s", "bias": Infinity, "threshold": 0.5, "weights": {}, "start_weights": {}}' % FORMAT, "Infinity"),
    (_model(weights={"a": "1.0"}), "not a finite number"),
    (_model(weights={"a": True}), "not a finite number"),
    (_model(weights=[1, 2]), "not a mapping"),
    (_model(start_weights=None), "start_weights"),
    (_model(weights={"x" * 81: 1.0}), "80 characters"),
    (_model(threshold=1.5), "between 0 and 1"),
    (_model(threshold=None), "between 0 and 1"),
    (_model(bias="0"), "bias"),
    (_model(weights={f"f{k}": 1.0 for k in range(200_001)}), "more than"),
])
def test_a_model_file_that_is_not_a_model_is_refused_with_what_is_wrong(raw, why):
    with pytest.raises(ValueError, match=why):
        parse_name_model(raw)


def test_a_broken_model_file_names_itself(tmp_path):
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "name_model.json"
    path.write_text(_model(threshold=float("inf")).replace("Infinity", "1e999"), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_name_model(path, tmp_path)
    assert err.value.problem.file == "data/name_model.json" and "threshold" in err.value.problem.message


def test_training_refuses_a_measuring_page():
    page = RealPage("zz99", ROOT / "nowhere.txt", {}, "measure")
    with pytest.raises(SystemExit, match="zz99 are measuring pages"):
        train_name_model.collect([page])


@pytest.fixture(scope="module")
def some_tuning_pages():
    return pages("tune")[:12]


def test_training_twice_gives_the_same_file_byte_for_byte(some_tuning_pages):
    first = train_name_model.model_json(train_name_model.fit(train_name_model.collect(some_tuning_pages)), 12)
    second = train_name_model.model_json(train_name_model.fit(train_name_model.collect(some_tuning_pages)), 12)
    assert first == second
    data = json.loads(first)
    assert list(data["weights"]) == sorted(data["weights"]) and data["weights"]
    assert parse_name_model(first).threshold == data["threshold"]


def test_the_trace_is_exactly_what_the_rules_found(some_tuning_pages):
    """The training examples and the cross-validation's "rules only" are the finder's own output."""
    data = train_name_model.collect(some_tuning_pages)
    from score_real_projects import build, fold
    kb = build(some_tuning_pages)
    found = {}
    for m in kb.project_mentions:
        found.setdefault(m.article, []).append(fold(m.text))
    traced = train_name_model.predictions(data, None)
    assert {p: sorted(fold(t) for t in ts) for p, ts in traced.items() if ts} == {p: sorted(ts) for p, ts in found.items()}
    labelled = train_name_model.examples(data)
    assert any(label for _, label in labelled) and not all(label for _, label in labelled)


def test_an_alternative_start_is_labelled_by_the_gold_of_its_page():
    page = train_name_model.PageCandidates("x", train_name_model.Counter({"国文(长春)医院项目": 1}), [])
    assert train_name_model.fold("国文（长春）医院项目") in page.gold


# --- the model inside the finder (a hand-made model: the mechanics, not the weights) ---------------
@pytest.fixture(scope="module")
def finder_parts():
    catalogue = load_catalogue(ROOT, [])
    firms = company_matcher([Company("中国一汽", aliases=("一汽",))])
    return catalogue, firms


def _names(finder, text):
    article = Article("seeds/x.txt", "x", "x", "t", blocks=(Block(BlockKind.PARAGRAPH, text, (1,), "p1"),))
    return [m.text for m in finder.find(article, [])]


SENTENCE = "区长杨大勇一行前往国文（长春）医院项目调研。"


def test_the_model_chooses_the_start_and_refuses_below_its_threshold(finder_parts):
    catalogue, firms = finder_parts
    rules_only = ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher())
    before = _names(rules_only, SENTENCE)
    # a start right after 前往 (go to) ranks first; every candidate is kept
    recut = NameModel({}, 5.0, 0.5, {"prev_word=前往": 3.0})
    finder = ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher(), model=recut)
    assert _names(finder, SENTENCE) == ["国文（长春）医院项目"], before
    refuse = NameModel({}, -5.0, 0.5, {"prev_word=前往": 3.0})
    finder = ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher(), model=refuse)
    assert _names(finder, SENTENCE) == []


def test_a_name_the_editors_listed_is_kept_whatever_the_model_says(finder_parts):
    catalogue, firms = finder_parts
    listed = next(a for e in catalogue.entries for a in (e.name,) + e.aliases if a.endswith("项目") and len(a) > 4)
    refuse = NameModel({}, -5.0, 0.5, {})
    finder = ProjectFinder(catalogue.rules, catalogue.matcher(), firms, catalogue.bare_matcher(), model=refuse)
    assert listed in _names(finder, f"今年，{listed}顺利开工。")
