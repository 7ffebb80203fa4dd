"""One multi-pattern matcher for known names: a single compiled regex, longest names first.

Python's regex alternation takes the first alternative that matches at a position, so sorting the
alternatives longest first gives leftmost-longest matches: 一汽解放 is found whole, never as 一汽.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NameHit:
    text: str  # as printed
    key: str  # the name it is an alias of
    start: int
    end: int


class NameMatcher:
    def __init__(self, names: dict[str, str]):
        """`names`: {alias as printed: the key it stands for}."""
        self._keys = dict(names)
        ordered = sorted(self._keys, key=lambda n: (-len(n), n))
        self._pattern = re.compile("|".join(re.escape(n) for n in ordered)) if ordered else None

    def find(self, text: str) -> list[NameHit]:
        if self._pattern is None:
            return []
        return [NameHit(m.group(0), self._keys[m.group(0)], m.start(), m.end()) for m in self._pattern.finditer(text)]

    def key(self, name: str) -> str | None:
        return self._keys.get(name)
