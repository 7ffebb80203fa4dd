"""Traditional → simplified Chinese for matching, keeping every character where it was.

Extractors match names and words on simplified text (`長春` finds 长春), while pages show the
article as written. The converted text has the same length as the original, so a span found in
one is the same span in the other.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Article
from ..text import fold_lookalikes, traditional_to_simplified


def simplified(text: str) -> str:
    """Simplified form of `text`, character for character (same length, same positions)."""
    text = fold_lookalikes(text)  # `⻓春` from a PDF is 长春 (one character for one)
    converted = traditional_to_simplified(text)
    if len(converted) == len(text):
        return converted
    # a phrase conversion changed the length: fall back to one character at a time
    return "".join(c if len(c := traditional_to_simplified(ch)) == 1 else ch for ch in text)


def for_matching(article: Article) -> Article:
    """The article with simplified text everywhere extractors look; ids and lengths unchanged."""
    blocks = tuple(replace(b, text=simplified(b.text)) for b in article.blocks)
    if blocks == article.blocks and simplified(article.title) == article.title:
        return article
    return replace(article, title=simplified(article.title), subtitle=simplified(article.subtitle), blocks=blocks)
