"""ASCII slugs from Chinese text (pinyin), stable for the same text."""
from __future__ import annotations

import hashlib
import re

from pypinyin import Style, lazy_pinyin, load_phrases_dict

from .segment import words as segment_words
from .text import traditional_to_simplified

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
# A page address stays short enough for any file system (a name holds at most 255 bytes) and a URL
# an editor can read: a longer one is cut after a whole syllable and gets a short hash of the whole.
MAX_SLUG = 64
HASH_LENGTH = 6
# Names the generated pages and folders use (`articles/index.md`, `articles/by-year/`,
# `projects/by-topic/` …, and MkDocs' README = index): an article or entity never takes them.
RESERVED_SLUGS = frozenset({
    "index", "readme", "by-year", "by-topic", "articles", "topics", "projects", "companies", "indicators",
    "timeline", "downloads", "report", "search", "assets", "pagefind", "404", "sitemap",
})


def slugify(text: str, max_words: int = MAX_WORDS) -> str:
    words: list[list[str]] = []  # each word's syllables
    # in simplified characters: the segmenter and the readings of 长春, 长客 … know words in those
    for word in segment_words(traditional_to_simplified(text)):
        syllables = [re.sub(r"[^a-z0-9]+", "", s.lower()) for s in lazy_pinyin(word, style=Style.NORMAL, errors=lambda s: list(s))]
        if any(syllables):
            words.append([s for s in syllables if s])
        if len(words) >= max_words:
            break
    slug = "-".join("".join(w) for w in words) or "x"
    if len(slug) <= MAX_SLUG:
        return slug
    out = ""
    for w in words:  # as many whole syllables as fit before the hash
        for k, syllable in enumerate(w):
            piece = ("-" if out and k == 0 else "") + syllable
            if len(out) + len(piece) > MAX_SLUG - HASH_LENGTH - 1:
                return _with_hash(out, text)
            out += piece
    return _with_hash(out, text)


def cut_slug(slug: str) -> str:
    """An editor's slug (a-z, 0-9, -) within MAX_SLUG: cut after a whole word where one ends late enough."""
    if len(slug) <= MAX_SLUG:
        return slug
    head = slug[: MAX_SLUG - HASH_LENGTH - 1]
    if "-" in head[MAX_SLUG // 2 :]:
        head = head[: head.rindex("-")]
    return _with_hash(head, slug)


def _with_hash(head: str, whole: str) -> str:
    return f"{head.strip('-')}-{hashlib.sha1(whole.encode('utf-8', 'surrogatepass')).hexdigest()[:HASH_LENGTH]}".lstrip("-")


def unique_slugs(texts: list[str], slug_of=None) -> list[str]:
    """Slugs for texts in order; repeats, and reserved names, get -2, -3 … in the order given (callers sort first).

    `slug_of` replaces `slugify`, e.g. with one that remembers earlier builds' slugs.
    """
    slug_of = slug_of or slugify
    taken: set[str] = set(RESERVED_SLUGS)
    out = []
    for text in texts:
        base = slug = slug_of(text)
        n = 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out.append(slug)
    return out
