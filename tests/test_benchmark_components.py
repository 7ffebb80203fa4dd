"""scripts/benchmark.py's component timings (where the speed asserts of the pass/fail tests went):
they run, time what they name, and refuse a wrong answer instead of timing it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import benchmark  # noqa: E402


def test_suggestion_timing_checks_the_suggestions():
    assert benchmark.time_suggestions(entries=50, names=5) > 0


def test_suggestion_timing_refuses_wrong_suggestions(monkeypatch):
    import atlas.extract.project_names

    monkeypatch.setattr(atlas.extract.project_names, "suggest_canonical", lambda text, catalogue, heads: text)
    with pytest.raises(SystemExit, match="wrong entries"):
        benchmark.time_suggestions(entries=50, names=5)


def test_big_article_timing_reads_every_paragraph():
    assert benchmark.time_big_article(paragraphs=40) > 0
