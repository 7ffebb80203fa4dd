"""Questions about places in a long text, answered by bisection: a 5 MB line stays linear.

Each extractor asks, for every match, where its clause starts or whether it falls inside a span
found earlier; scanning the text or the list of spans for each of those made one long line cost
the square of its length (issue 19).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache


@lru_cache(maxsize=16)
def _marks_at(text: str, marks: str) -> list[int]:
    """Where in `text` any of `marks` stands, in order (once per text and set of marks)."""
    return [i for i, ch in enumerate(text) if ch in marks]


def after_last_mark(text: str, pos: int, marks: str) -> int:
    """Where the stretch ending at `pos` begins: just after the last of `marks` before `pos`, else 0.
    The same as `max(text.rfind(c, 0, pos) for c in marks) + 1`, without the scan back."""
    at = _marks_at(text, marks)
    k = bisect_left(at, pos)
    return at[k - 1] + 1 if k else 0


def marks_before(text: str, pos: int, marks: str) -> int:
    """How many of `marks` stand before `pos`: `text.count(mark, 0, pos)` without the count."""
    return bisect_left(_marks_at(text, marks), pos)


def next_mark(text: str, pos: int, marks: str) -> int:
    """Where the first of `marks` at or after `pos` stands, else the text's length."""
    at = _marks_at(text, marks)
    k = bisect_left(at, pos)
    return at[k] if k < len(at) else len(text)


def inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) inside one of `spans` (disjoint, in order)?"""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


class DisjointSpans:
    """Spans claimed so far, none overlapping another: `overlaps` asks whether a new one would."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect_left(self.starts, e) - 1  # the last span starting before e ends last of those
        return k >= 0 and self.ends[k] > s

    def add(self, s: int, e: int) -> None:
        k = bisect_left(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)
