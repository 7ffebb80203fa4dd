"""Chinese word segmentation (jieba), with the editors' user dictionary of names loaded once.

jieba takes over a second to load its dictionary, so it is loaded on first use: a build whose
articles all come from the cache (atlas/cache.py) may never need it.
"""
from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

USER_DICT = Path(__file__).resolve().parent.parent / "data" / "jieba_userdict.txt"


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    if USER_DICT.exists():
        jieba.load_userdict(str(USER_DICT))
    return jieba


def words(text: str) -> list[str]:
    return [w for w in _jieba().cut(text, HMM=False) if w.strip()]


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return list(_jieba().tokenize(text, HMM=False))


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) pairs, jieba's tags (n noun, v verb, uj 的, m number, x a mark …)."""
    _jieba()
    from jieba import posseg

    return [(w.word, w.flag) for w in posseg.cut(text, HMM=False) if w.word.strip()]


def dictionary() -> dict[str, int]:
    """jieba's word → frequency table (user dictionary included); every prefix of a word is a key
    too, with frequency 0."""
    j = _jieba()
    j.dt.check_initialized()
    return j.dt.FREQ


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) of each word, jieba's tags (v verb, d adverb, r pronoun …)."""
    import jieba.posseg

    _jieba()  # the user dictionary first: its names keep their tag (nt) and stay whole
    return [(p.word, p.flag) for p in jieba.posseg.cut(text, HMM=False)]
