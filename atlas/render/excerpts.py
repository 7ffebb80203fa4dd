"""Short quotations of article text: the sentence that holds a name or a term, cut to a length.

Listings (an entity's mentions, a topic's paragraphs) quote a sentence and link to the whole
paragraph, so they stay small however long the paragraphs are.
"""
from __future__ import annotations

SENTENCE_ENDS = "。！？；"
ELLIPSIS = "…"


def sentence_around(text: str, start: int, end: int, limit: int) -> str:
    """The sentence of `text` that holds [start, end), cut to about `limit` characters around it."""
    left, right = _sentence(text, start, end)
    if right - left > limit:
        half = max(0, (limit - (end - start)) // 2)
        lo, hi = max(left, start - half), min(right, end + half)
        return (ELLIPSIS if lo > left else "") + text[lo:hi] + (ELLIPSIS if hi < right else "")
    return text[left:right]


def paragraph_excerpt(text: str, terms: tuple[str, ...], limit: int) -> str:
    """The paragraph itself when short; else the sentence with the first of `terms` it contains
    (the first sentence when it has none), marked with … where the paragraph goes on."""
    if len(text) <= limit:
        return text
    at = next((i for i in (text.find(t) for t in terms if t) if i >= 0), 0)
    hit = next((t for t in terms if t and text.find(t) == at), "")
    left, right = _sentence(text, at, at + len(hit))
    quote = sentence_around(text, at, at + len(hit), limit)
    return (ELLIPSIS if left > 0 and not quote.startswith(ELLIPSIS) else "") + quote + (
        ELLIPSIS if right < len(text) and not quote.endswith(ELLIPSIS) else "")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(p, 0, start) for p in SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(p, max(end, left)) for p in SENTENCE_ENDS) if i >= 0]
    return left, (min(ends) + 1 if ends else len(text))
