"""ASCII slugs from Chinese text (pinyin), stable for the same text."""
from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin, load_phrases_dict

from .segment import words as segment_words

# 长 reads cháng in these names, not zhǎng (pypinyin's guess out of context).
load_phrases_dict(
    {
        "长春": [["cháng"], ["chūn"]],
        "长客": [["cháng"], ["kè"]],
        "长光": [["cháng"], ["guāng"]],
        "长满欧": [["cháng"], ["mǎn"], ["ōu"]],
        "长兴": [["cháng"], ["xīng"]],
    }
)

MAX_WORDS = 6


def slugify(text: str, max_words: int = MAX_WORDS) -> str:
    words = []
    for word in segment_words(text):
        syllables = "".join(lazy_pinyin(word, style=Style.NORMAL, errors=lambda s: list(s)))
        syllables = re.sub(r"[^a-z0-9]+", "", syllables.lower())
        if syllables:
            words.append(syllables)
        if len(words) >= max_words:
            break
    return "-".join(words) or "x"


def unique_slugs(texts: list[str], slug_of=None) -> list[str]:
    """Slugs for texts in order; repeats get -2, -3 … in the order given (callers sort first).

    `slug_of` replaces `slugify`, e.g. with one that remembers earlier builds' slugs.
    """
    slug_of = slug_of or slugify
    seen: dict[str, int] = {}
    out = []
    for text in texts:
        slug = slug_of(text)
        n = seen.get(slug, 0) + 1
        seen[slug] = n
        out.append(slug if n == 1 else f"{slug}-{n}")
    return out
