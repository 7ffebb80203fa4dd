"""The corpus loader (scripts/real_corpus.py): a split is made once by the hash of a file name and
kept, in whichever fixture folder it is asked for (the real-article corpus, the web-page set)."""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from real_corpus import CORPORA, hashed_half, load_split, pages, write_split  # noqa: E402


def _page(folder: Path, name: str) -> None:
    (folder / f"{name}.txt").write_text("标题\n正文。\n", encoding="utf-8")
    (folder / f"{name}.gold.yaml").write_text("title: '标题'\n", encoding="utf-8")


def test_a_new_folder_is_split_by_the_hash_and_written_to_its_own_split_file(tmp_path):
    for name in ("wp01", "wp02", "wp03", "wp04"):
        _page(tmp_path, name)
    write_split(tmp_path)
    split = load_split(tmp_path)
    assert split == {name: hashed_half(name) for name in ("wp01", "wp02", "wp03", "wp04")}
    assert [p.half for p in pages(folder=tmp_path)] == [split[p.name] for p in pages(folder=tmp_path)]


def test_a_committed_assignment_and_a_moved_page_are_kept_when_pages_are_added(tmp_path):
    _page(tmp_path, "wp01")
    _page(tmp_path, "wp02")
    other = {"tune": "measure", "measure": "tune"}
    (tmp_path / "split.yaml").write_text(yaml.safe_dump({
        "tune": [], "measure": [],
        other[hashed_half("wp01")]: ["wp01"],
        "moved": [{"name": "wp02", "why": "its failure was looked at"}],
    }), encoding="utf-8")
    _page(tmp_path, "wp03")
    write_split(tmp_path)
    split = load_split(tmp_path)
    assert split["wp01"] == other[hashed_half("wp01")]  # the committed half, not the hash
    assert split["wp02"] == "tune"
    assert split["wp03"] == hashed_half("wp03")
    assert (tmp_path / "split.yaml").read_text(encoding="utf-8").count("wp02") == 1


def test_both_corpora_are_named_by_their_folders():
    assert CORPORA["real"].name == "real_articles" and CORPORA["web"].name == "web_pages"
