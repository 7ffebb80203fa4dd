"""The benchmark corpus (scripts/make_corpus.py): deterministic, readable, and a bigger knowledge base."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from atlas.build import read_all
from atlas.config import Paths
from atlas.build import extract_and_link as link
from atlas.records import Severity

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_corpus import make_corpus  # noqa: E402


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    base = tmp_path_factory.mktemp("corpus")
    return {name: make_corpus(3, base / name, seed) for name, seed in [("a", 7), ("b", 7), ("c", 8)]}


def test_same_seed_gives_the_same_bytes(corpora):
    a, b = corpora["a"], corpora["b"]
    assert len(files(a / "seeds")) == 3
    assert files(a / "seeds") == files(b / "seeds")
    assert files(a / "data") == files(b / "data")


def test_another_seed_gives_other_articles(corpora):
    a, c = files(corpora["a"] / "seeds"), files(corpora["c"] / "seeds")
    assert a.keys() == c.keys()
    assert all(a[name] != c[name] for name in a)


def test_articles_read_without_errors_at_the_promised_length(corpora):
    articles, problems = read_all(Paths(corpora["a"]))
    assert [p.format() for p in problems if p.severity is not Severity.INFO] == []
    assert len(articles) == 3
    for a in articles:
        assert a.title and a.date and not a.date.inferred and a.slug.startswith("bench-")
        assert a.headings
        assert 2500 <= sum(len(b.text) for b in a.paragraphs) <= 6000


def test_renamed_projects_and_companies_are_new_entries(corpora):
    def knowledge_base(root: Path):
        articles, problems = read_all(Paths(root))
        return link(articles, problems, root)

    seeds, corpus = knowledge_base(ROOT), knowledge_base(corpora["a"])
    seed_projects = {p.name for p in seeds.projects}
    new_projects = {p.name for p in corpus.projects} - seed_projects
    new_companies = {c.name for c in corpus.companies} - {c.name for c in seeds.companies}
    # Three articles use only part of the seeds' paragraphs, so they name fewer projects than the
    # seeds; what matters is that they add projects (and companies) the seeds do not have, each a
    # renamed real one (the three share the place name 鼎华泰), not a copy.
    assert len(seed_projects | new_projects) >= len(seed_projects) + 5
    assert len(new_companies) >= 3
    for name in new_projects | new_companies:
        assert name.startswith("鼎华泰") and len(name) > len("鼎华泰") + 1, name
    renamed_seed_projects = {name.removeprefix("鼎华泰") for name in new_projects}
    assert renamed_seed_projects & {n for p in seeds.projects for n in p.names}
    assert [p.format() for p in corpus.problems if p.severity is Severity.ERROR] == []


def test_the_benchmark_waits_for_the_whole_build_and_the_engine_after_it(tmp_path):
    from benchmark import settled

    log = tmp_path / "preview.log"
    log.write_text("[atlas] regenerated 5 changed page(s) in 1.00s\nINFO    -  Reloading browsers\n", encoding="utf-8")
    since = log.stat().st_size  # the edit is saved here
    with log.open("a", encoding="utf-8") as out:
        out.write("[atlas] draft of 1 edited page(s) in 0.20s\nINFO    -  Reloading browsers\n")
        out.flush()
        assert not settled(log, since)  # the draft alone is not the whole build
        out.write("[atlas] regenerated 4 changed page(s) in 9.00s\n")
        out.flush()
        assert not settled(log, since)  # MkDocs has not rebuilt after it yet
        out.write("INFO    -  Reloading browsers\n")
    assert settled(log, since)
