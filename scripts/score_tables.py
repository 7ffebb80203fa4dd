"""What the reader's two scorers (scripts/score_real_articles.py, scripts/score_web_pages.py) share:
the per-page shares of titles and publication dates, and the printed rows of their tables."""
from __future__ import annotations

from dataclasses import dataclass


def ratio(pair: tuple[int, int]) -> float:
    return pair[0] / pair[1] if pair[1] else 1.0


@dataclass
class PageTable:
    """The scores of the chosen pages; each page has `title_ok`, `pub_stated`, `pub_ok` and `furniture_left`."""

    pages: list

    def _share(self, pred, of) -> tuple[int, int]:
        chosen = [p for p in self.pages if of(p)]
        return sum(1 for p in chosen if pred(p)), len(chosen)

    @property
    def titles(self) -> tuple[int, int]:
        return self._share(lambda p: p.title_ok, lambda p: True)

    @property
    def pubdates_stated(self) -> tuple[int, int]:
        return self._share(lambda p: p.pub_ok, lambda p: p.pub_stated)

    @property
    def pubdates_unstated(self) -> tuple[int, int]:
        return self._share(lambda p: p.pub_ok, lambda p: not p.pub_stated)

    @property
    def furniture_left(self) -> int:
        return sum(len(p.furniture_left) for p in self.pages)

    def reader_rows(self) -> list[tuple[str, tuple[int, int], str]]:
        """The rows both tables open with: titles, stated and unstated publication dates."""
        return [
            ("titles right", self.titles, "≥ 0.95"),
            ("publication dates right (text states one)", self.pubdates_stated, "≥ 0.95"),
            ("no stated date: shown inferred/unknown", self.pubdates_unstated, "= 1.00"),
        ]


def print_shares(rows: list[tuple[str, tuple[int, int], str]]) -> None:
    for label, pair, bar in rows:
        print(f"  {label:<44} {ratio(pair):5.2f}  ({pair[0]}/{pair[1]})   bar {bar}")


def print_misses(pages: list) -> None:
    for p in pages:
        for m in p.misses:
            print(f"{p.name}  {m}")
