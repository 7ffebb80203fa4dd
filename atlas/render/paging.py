"""How big pages may grow, and how long lists are cut into numbered pages with a pager.

No page grows with the number of articles: lists that do (an index, a year of the timeline, the
mentions of a popular project) are cut into chunks of a fixed size, each chunk a page of its
own with a small pager (previous / next and the page numbers around this one). The sizes live
in one record so tests can lower them and see the paging on a handful of articles.

Paths are stable and collision-free: a list's first page keeps the list's own path, later pages
sit next to it in a folder no article or entity slug can reach (`timeline/2023-2.md`,
`projects/<slug>/2.md`; slugs never contain a slash, and page numbers are never `index`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")

UNDATED = "undated"  # the year key (and page name) of articles without a publication date


@dataclass(frozen=True)
class PageSizes:
    """How many items a page shows before the rest goes on further pages."""

    entity_excerpts: int = 20  # mentions quoted with their sentence on a project's or company's first page
    entity_archive: int = 100  # older articles listed compactly per page (first page, then further pages)
    entity_list: int = 20  # milestones, events, projects shown on an entity page (newest or most cited)
    sources: int = 3  # source links shown for one fact (a timeline entry, an indicator value, an amount)
    names: int = 8  # projects and companies named after one timeline entry
    index_top: int = 20  # most-cited projects / companies per topic on the projects / companies index
    index_rows: int = 200  # rows per page of a topic's full project / company list
    articles_latest: int = 20  # newest articles on the articles index
    articles_rows: int = 200  # articles per page of one year
    timeline_latest: int = 30  # latest events on the timeline overview
    timeline_rows: int = 100  # events per page of one year
    topic_events: int = 20  # latest events on a topic page
    topic_projects: int = 20  # most-cited projects on a topic page
    topic_paragraphs: int = 200  # paragraphs per page of a topic's year ("各篇文章怎么说")
    report_files: int = 100  # files per page of the build report
    report_disagreements: int = 50  # disagreements listed on the report's first page


PAGE_SIZES = PageSizes()


@dataclass(frozen=True)
class PagerItem:
    label: str
    href: str  # "" for the current page and for a gap (…)


@dataclass(frozen=True)
class Pager:
    prev: str  # "" on the first page
    next: str  # "" on the last page
    items: tuple[PagerItem, ...]


def chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """Items cut into runs of `size` (at least one run, possibly empty)."""
    size = max(1, size)
    return [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]


def chunks_by_weight(items: Sequence[T], size: int, weight: Callable[[T], int]) -> list[list[T]]:
    """Items cut into runs whose weights add up to at most `size`, never splitting an item
    (an item heavier than `size` gets a run of its own)."""
    out: list[list[T]] = [[]]
    total = 0
    for item in items:
        w = weight(item)
        if out[-1] and total + w > size:
            out.append([])
            total = 0
        out[-1].append(item)
        total += w
    return out


def numbered_paths(first: str, n: int, later: Callable[[int], str]) -> list[str]:
    """[first, later(2), later(3), …] for n pages."""
    return [first] + [later(k) for k in range(2, n + 1)]


def year_paths(folder: str, year: str, n: int) -> list[str]:
    """timeline/2023.md, timeline/2023-2.md, …: one year of a list, in n pages."""
    return numbered_paths(f"{folder}/{year}.md", n, lambda k: f"{folder}/{year}-{k}.md")


def pager(paths: Sequence[str], current: int, rel_link, window: int = 2) -> Pager | None:
    """The pager of page `current` (0-based) of `paths`; None when there is only one page.

    Shows the first and last page and `window` pages either side of this one, so it stays small
    however many pages there are."""
    if len(paths) < 2:
        return None
    here = paths[current]
    shown = sorted({0, len(paths) - 1, *range(max(0, current - window), min(len(paths), current + window + 1))})
    items: list[PagerItem] = []
    last = -1
    for k in shown:
        if k > last + 1:
            items.append(PagerItem("…", ""))
        items.append(PagerItem(str(k + 1), "" if k == current else rel_link(here, paths[k])))
        last = k
    return Pager(
        prev=rel_link(here, paths[current - 1]) if current > 0 else "",
        next=rel_link(here, paths[current + 1]) if current + 1 < len(paths) else "",
        items=tuple(items),
    )


def year_of(iso: str | None) -> str:
    return iso[:4] if iso else UNDATED


def year_label(year: str) -> str:
    return "日期不详" if year == UNDATED else f"{int(year)}年"
