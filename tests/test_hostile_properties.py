"""Property test (issue 19): random text, file names and front matter through the whole generator.

Whatever one hostile file holds, the build does not raise, no page carries live markup or an
attribute from it, nothing is written outside docs/kb/, and the five seeds are still published.
`make test` runs a few examples with a fixed seed; `HYPOTHESIS_PROFILE=thorough` runs many, at
random (see tests/conftest.py).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atlas.build import build
from atlas.records import Severity
from tests.conftest import copy_project
from tests.inert import live_markup, plant_canary

THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"

PIECES = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "`", "``", "[x](javascript:alert(1))",
          "{: onclick=alert(1) }", "{{ 7*7 }}", "{% raw %}", "--8<-- \"canary.txt\"", "--8<--", "---", "*", "_", "#",
          "|", "~", ">", "&amp;", "\"", "'", "\\", "..", "index", "by-year", "长春", "中车长客", "一汽", "长光卫星",
          "2024年3月1日", "项目开工", "。", "，", "\n", "\n\n", " ", "\t", "\x00", "\x1b[2J", "\x7f", "\x85", "\ufffe",
          "\u202e", "\u2066", "\u200b", "\ufeff", "\u2028", "\r"]
ALPHABET = st.sampled_from(PIECES) | st.characters(codec="utf-8", exclude_categories=("Cs",))
texts = st.lists(ALPHABET, max_size=40).map("".join)
FIELDS = ["title", "subtitle", "source", "section", "url", "authors", "slug", "date", "colour"]


def _file_name(pieces: list[str], suffix: str) -> str:
    name = "".join(pieces).replace("/", "／").replace("\0", "")
    while len((name + suffix).encode("utf-8")) > 200:
        name = name[:-1]
    return (name or "x") + suffix


file_names = st.builds(_file_name, st.lists(ALPHABET, min_size=1, max_size=12), st.sampled_from([".txt", ".md", ".TXT"]))
front_matter = st.one_of(
    st.just(""),
    st.dictionaries(st.sampled_from(FIELDS), texts, max_size=5).map(
        lambda d: "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in d.items()) + "---\n"),
    texts.map(lambda t: f"---\n{t}\n---\n"),  # anything at all between the lines
)
bodies = st.lists(texts, min_size=1, max_size=6).map(lambda parts: "\n\n".join(parts) + "\n\n2024年3月1日，一汽新能源汽车项目开工。\n")
encodings = st.sampled_from(["utf-8", "utf-16", "gb18030"])


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The real project, built once: each example adds one file and takes it out again."""
    root = copy_project(tmp_path_factory.mktemp("hostile"))
    plant_canary(root / "docs")
    first = build(root)
    assert not first.errors
    return root, {a.slug for a in first.kb.articles}, dict(first.rendered)


def _outside_kb(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.lstat().st_mtime_ns for p in root.rglob("*")
            if not p.relative_to(root).as_posix().startswith(("docs/kb", ".cache", "seeds"))}


@settings(max_examples=300 if THOROUGH else 8, derandomize=not THOROUGH, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(name=file_names, front=front_matter, body=bodies, encoding=encodings)
def test_any_file_builds_inert_and_leaves_the_rest_published(project, name, front, body, encoding):
    root, seed_slugs, baseline = project
    try:
        data = (front + body).encode(encoding)
    except UnicodeEncodeError:
        data = (front + body).encode("utf-8")
    file = root / "seeds" / name
    before = _outside_kb(root)
    file.write_bytes(data)
    try:
        result = build(root)
    finally:
        file.unlink()
    assert result.kb is not None and not result.superseded
    assert _outside_kb(root) == before, "the build wrote outside docs/kb/"
    published = {a.slug for a in result.kb.articles}
    assert seed_slugs <= published, "a seed is no longer published"
    refused = [p for p in result.problems if p.severity is Severity.ERROR]
    if not refused and not name.startswith("."):
        assert len(published) == len(seed_slugs) + 1, [p.format() for p in result.problems if p.file.startswith("seeds/")]
    assert all(not p.file.startswith("docs/") for p in refused), [p.format() for p in refused]
    for rel, text in result.rendered.items():
        assert (root / "docs/kb" / rel).read_bytes() == (text if isinstance(text, bytes) else text.encode("utf-8"))
        if rel.endswith(".md") and baseline.get(rel) != text:
            assert live_markup(rel, text, root / "docs") == [], (name, front, body)
