"""The per-article cache (atlas/cache.py): a build from the cache gives exactly the pages a cold
build gives, after editors change an article or a data file, and it redoes only what changed."""
from __future__ import annotations

from pathlib import Path

import pytest

from atlas.build import read_all
from atlas.cache import STAGE_DATA, ArticleCache, NoCache
from atlas.config import Paths, copy_project
from atlas.build import extract_and_link as link
from atlas.render.pages import render_pages

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_STAGES = len(STAGE_DATA) - 1  # every stage but "slugs" is one result per article (read, pubdate, simplify, …)


def pages(root: Path, cache) -> dict[str, str]:
    cache.start_build()
    articles, problems = read_all(Paths(root), cache)
    kb = link(articles, problems, root, cache)
    cache.save([a.path for a in articles])
    return render_pages(kb, root / "templates")


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_second_build_takes_every_article_from_the_cache(project):
    cold = pages(project, ArticleCache(project))
    warm_cache = ArticleCache(project)  # a new process: only the files on disk remember
    warm = pages(project, warm_cache)
    assert warm == cold
    assert warm_cache.misses == 0 and warm_cache.hits >= 5 * ARTICLE_STAGES  # five articles


EDITS = {
    # an editor corrects a sentence of one article: a new dated event
    "article": ("seeds/000_805918171b22d6e5.txt", "。", "。2025年3月，长春新建的氢能客车工厂正式投产。"),
    # … takes an alias out, so that name becomes a project of its own
    "projects.yaml": ("data/projects.yaml", "aliases: [奥迪PPE项目, 奥迪PPE工厂,", "aliases: [奥迪PPE项目,"),
    # … raises the topic threshold
    "topics.yaml": ("data/topics.yaml", "threshold: 2", "threshold: 3"),
    # … drops a trigger word from the events list (the first list item of the file)
    "events.yaml": ("data/events.yaml", "投产", "投产啦"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_after_an_edit_the_cached_build_equals_a_cold_build(project, edit):
    cache = ArticleCache(project)
    before = pages(project, cache)
    file, old, new = EDITS[edit]
    replace_in(project / file, old, new)
    warm = pages(project, cache)
    cold = pages(project, NoCache())
    assert warm == cold
    assert warm != before, "the edit should change some page"
    if edit == "article":
        assert cache.misses == ARTICLE_STAGES, "only the edited article is read and extracted again"


def test_a_damaged_cache_file_is_only_a_miss(project):
    cold = pages(project, ArticleCache(project))
    files = sorted((project / ".cache" / "atlas").iterdir())
    assert files
    for f in files:
        f.write_bytes(b"not a cache file")
    cache = ArticleCache(project)
    assert pages(project, cache) == cold
    assert cache.hits == 0
    assert len(cache.notes) == len(files), "each file ignored is noted"


class _Payload:
    """What a pull request could commit as .cache/atlas/*.pickle: unpickling it runs a command."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        import os

        return os.system, (f"touch {self.marker}",)


def test_a_planted_pickle_runs_nothing_and_changes_no_page(project, tmp_path):
    """Issue 19: a `slugs.pickle` (or any cache file) committed with `git add -f` ran any command
    during `make test` and `make site`. The cache now holds only data and reads no pickle."""
    import pickle

    cold = pages(project, ArticleCache(project))
    folder = project / ".cache" / "atlas"
    marker = tmp_path / "pwned"
    planted = [folder / "slugs.pickle"] + [folder / f.with_suffix(".pickle").name for f in folder.iterdir()]
    for f in planted:
        f.write_bytes(pickle.dumps(_Payload(marker)))
    cache = ArticleCache(project)
    assert pages(project, cache) == cold
    assert not marker.exists(), "reading the cache ran the planted command"
    assert not any(f.exists() for f in planted), "pickles found in the cache folder are deleted, never read"


def test_a_cache_file_of_another_article_or_for_another_key_is_not_trusted(project):
    """A well-formed cache file copied under another article's name, or with forged results for
    another key, is a miss: each file says which article it is for, each result which key."""
    cold = pages(project, ArticleCache(project))
    folder = project / ".cache" / "atlas"
    files = sorted(f for f in folder.iterdir() if f.name != "slugs.json")
    first = files[0].read_bytes()
    for f in files[1:]:
        f.write_bytes(first)
    cache = ArticleCache(project)
    assert pages(project, cache) == cold
    assert cache.misses >= 4 * 6, "the four copies are not the articles they claim to be"


def test_cache_files_are_plain_data(project):
    import json

    pages(project, ArticleCache(project))
    files = sorted((project / ".cache" / "atlas").iterdir())
    assert files and all(f.suffix == ".json" for f in files)
    for f in files:
        json.loads(f.read_text(encoding="utf-8"))  # JSON: reading it can build values, never run code


def test_the_preview_after_edits_writes_what_a_fresh_build_writes(tmp_path):
    """The preview keeps its cache, its last pages and its article-page memo between builds."""
    from atlas.build import build
    from atlas.preview import Regenerator

    def generated(root: Path) -> dict[str, bytes]:
        folder = root / "docs" / "kb"
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    (tmp_path / "preview").mkdir()
    (tmp_path / "fresh").mkdir()
    preview = copy_project(tmp_path / "preview")
    regenerator = Regenerator(preview)
    regenerator.rebuild()
    fresh = copy_project(tmp_path / "fresh")
    for edit in ("article", "projects.yaml"):  # a new event, then a name that gets a page of its own
        for root in (preview, fresh):
            file, old, new = EDITS[edit]
            replace_in(root / file, old, new)
        regenerator.rebuild([file])  # as the preview's watcher calls it: an edited article is drafted first
    build(fresh, cache=NoCache())
    assert generated(preview) == generated(fresh)
