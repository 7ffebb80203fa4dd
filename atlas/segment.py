"""Chinese word segmentation (jieba), with the editors' user dictionary of names loaded once."""
from __future__ import annotations

import logging
from pathlib import Path

import jieba

jieba.setLogLevel(logging.WARNING)
USER_DICT = Path(__file__).resolve().parent.parent / "data" / "jieba_userdict.txt"
if USER_DICT.exists():
    jieba.load_userdict(str(USER_DICT))


def words(text: str) -> list[str]:
    return [w for w in jieba.cut(text, HMM=False) if w.strip()]


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return list(jieba.tokenize(text, HMM=False))
