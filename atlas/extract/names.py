"""One multi-pattern matcher for known names and words: leftmost-longest, whatever their number.

At each place in the text the longest known name starting there wins and uses up its characters,
then matching goes on after it: 一汽解放 is found whole, never as 一汽. An Aho–Corasick automaton
(pyahocorasick) finds every occurrence in one pass over the text, so the cost does not grow with
the number of names the editors list.
"""
from __future__ import annotations

from dataclasses import dataclass

import ahocorasick


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
        self._automaton = None
        names = [n for n in self._keys if n]  # an empty name would match everywhere and mean nothing
        if names:
            self._automaton = ahocorasick.Automaton()
            for name in names:
                self._automaton.add_word(name, len(name))  # the value: its length, to find where it starts
            self._automaton.make_automaton()

    def find(self, text: str) -> list[NameHit]:
        if self._automaton is None:
            return []
        # every occurrence as (start, -length): sorted, the longest name at each start comes first
        found = sorted([(last + 1 - length, -length) for last, length in self._automaton.iter(text)])
        hits, free_from = [], 0
        for start, minus_length in found:
            if start >= free_from:  # not inside the hit before it
                end = start - minus_length
                name = text[start:end]
                hits.append(NameHit(name, self._keys[name], start, end))
                free_from = end
        return hits

    def key(self, name: str) -> str | None:
        return self._keys.get(name)
