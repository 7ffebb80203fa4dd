"""A project's companies are the companies its article names: the project finder sees every name
in data/companies.yaml inside a project's clause, but a name that is also a common word (现代
“modern”, `list_aliases:`) is a company only where the company reader says so (in a list of
companies), so the word inside a place name gives the project no company."""
from __future__ import annotations

from pathlib import Path

import pytest

from atlas.extract.data import load_data_files
from atlas.extract.facts import extract_article
from atlas.read.reader import read_article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def data():
    return load_data_files(ROOT)


def projects_of(tmp_path, data, text):
    (tmp_path / "seeds").mkdir(exist_ok=True)
    path = tmp_path / "seeds" / "a.txt"
    path.write_text("产业项目开工\n\n2016年8月23日，一批项目开工。\n\n" + text, encoding="utf-8")
    article = read_article(path, tmp_path).article
    facts = extract_article(article, data)
    return {p.text: p.companies for p in facts.projects}, {m.company for m in facts.companies}


def test_a_common_word_inside_a_place_gives_the_project_no_company(tmp_path, data):
    # rl19 (西安日报): 临潼现代工业组团 is a district of Xi'an, not 现代汽车
    projects, companies = projects_of(tmp_path, data, "该项目将成为临潼现代工业组团西安轨道交通产业园核心项目。\n")
    assert "临潼现代工业组团西安轨道交通产业园" in projects
    assert "现代汽车" not in projects["临潼现代工业组团西安轨道交通产业园"]
    assert "现代汽车" not in companies


def test_a_company_the_article_names_stays_with_its_project(tmp_path, data):
    projects, companies = projects_of(tmp_path, data, "韩国现代汽车投资建设的现代汽车长春新工厂项目开工。\n")
    name = next(n for n in projects if n.endswith("新工厂项目"))
    assert "现代汽车" in projects[name] and "现代汽车" in companies
