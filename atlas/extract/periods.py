"""The period a figure covers: the date expression before it in its sentence, else the publication.

Uses the timeline's date rules (`atlas.extract.dates`) when they are there; until then a small
set of forms of our own (`1至10月`, `前三季度`, `2023年`, `去年年底`, `8月10日`). Either way the
result keeps the phrase it came from, so a reader can see why a value sits at its date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..records import PublicationDate


@dataclass(frozen=True)
class Period:
    iso: str  # "2023", "2022-08-10", "2024-01/2024-10"
    phrase: str  # the words it was read from; empty when it is the publication date
    source: str  # "text" | "publication"
    start: int = -1  # where the phrase stands in the block text
    end: int = -1

    @property
    def last_day(self) -> str:
        """The last day the period covers (ISO), where a chart places its point."""
        last = self.iso.split("/")[-1]
        parts = last.split("-")
        if len(parts) == 1:
            return f"{parts[0]}-12-31"
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        return last

    @property
    def label(self) -> str:
        """Chinese label: 2023年, 2024年1—10月, 2022年8月10日."""
        first, _, last = self.iso.partition("/")
        a = [int(x) for x in first.split("-")]
        if not last:
            return "".join(f"{v}{u}" for v, u in zip(a, "年月日"))
        b = [int(x) for x in last.split("-")]
        if len(a) == 2 and len(b) == 2 and a[0] == b[0]:
            return f"{a[0]}年{a[1]}—{b[1]}月"
        return f"{first}—{last}"


@dataclass(frozen=True)
class DateSpan:
    """A date expression found in text, already resolved."""

    start: int
    end: int
    phrase: str
    iso: str


_YEAR = r"(?:(?P<y>\d{4})年|(?P<rel>今年|去年|前年))?"
_PATTERNS = [
    re.compile(_YEAR + r"(?P<m1>\d{1,2})月?(?:至|到|—|-|－|~)(?P<m2>\d{1,2})月"),
    re.compile(_YEAR + r"(?P<m1>\d{1,2})、(?P<m2>\d{1,2})月"),
    re.compile(_YEAR + r"(?P<q>前三季度|上半年|一季度|前两季度)"),
    re.compile(_YEAR + r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日"),
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月"),
    re.compile(r"(?P<rel>今年|去年|前年)(?P<m>\d{1,2})月"),
    re.compile(r"(?<![\d.第])(?P<m>\d{1,2})月(?!份?[\d以]|\d)"),
    re.compile(r"(?P<rel>去年|今年)(?P<end>年底|底|末|年末)"),
    re.compile(r"(?P<y>\d{4})年(?P<end>年底|底|末|年末)?"),
    re.compile(r"(?P<rel>今年|去年|前年|全年)"),
]
_QUARTERS = {"前三季度": (1, 9), "上半年": (1, 6), "一季度": (1, 3), "前两季度": (1, 6)}
_REL = {"今年": 0, "全年": 0, "去年": -1, "前年": -2}


def _resolve(match: re.Match, year: int | None) -> str | None:
    g = match.groupdict()
    if g.get("y"):
        y = int(g["y"])
    elif g.get("rel"):
        if year is None:
            return None
        y = year + _REL[g["rel"]]
    else:
        y = year
    if y is None:
        return None
    if g.get("m1"):
        m1, m2 = int(g["m1"]), int(g["m2"])
        return f"{y}-{m1:02d}/{y}-{m2:02d}" if 1 <= m1 < m2 <= 12 else None
    if g.get("q"):
        m1, m2 = _QUARTERS[g["q"]]
        return f"{y}-{m1:02d}/{y}-{m2:02d}"
    if g.get("m"):
        m = int(g["m"])
        if not 1 <= m <= 12:
            return None
        return f"{y}-{m:02d}-{int(g['d']):02d}" if g.get("d") else f"{y}-{m:02d}"
    if g.get("end"):
        return f"{y}-12"
    return str(y)


def _own_date_spans(text: str, year: int | None) -> list[DateSpan]:
    taken: list[DateSpan] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s.start < m.end() and m.start() < s.end for s in taken):
                continue
            iso = _resolve(m, year)
            if iso:
                taken.append(DateSpan(m.start(), m.end(), m.group(0), iso))
    return sorted(taken, key=lambda s: s.start)


def _timeline_date_spans(text: str, pub: PublicationDate | None) -> list[DateSpan] | None:
    """The timeline's rules, when that module exists; None otherwise."""
    try:
        from . import dates  # written by the timeline work; optional here
    except ImportError:
        return None
    find = getattr(dates, "find_date_expressions", None)
    if find is None:
        return None
    spans = []
    for d in find(text, pub):
        if getattr(d, "kind", "date") in ("vague", "name") or getattr(d, "plan", False) or not getattr(d, "iso", ""):
            continue  # a plan's date is not the period of a figure reported as done
        if d.iso.startswith("--"):
            continue  # year unknown: no period rather than a guess
        spans.append(DateSpan(d.start, d.end, d.expression, month_iso(d.iso, d.expression)))
    return spans


_PARTS = {"Q1": ("01", "03"), "Q2": ("04", "06"), "Q3": ("07", "09"), "Q4": ("10", "12"), "H1": ("01", "06"), "H2": ("07", "12")}


def month_iso(iso: str, phrase: str = "") -> str:
    """Quarters and halves as month ranges (`2024-Q1/2024-Q3` → `2024-01/2024-09`), so every
    period is plain ISO; a year-end phrase (`去年年底`) is its December."""
    ends = []
    for part in iso.split("/"):
        y, _, rest = part.partition("-")
        ends.append((y, _PARTS.get(rest)))
    if all(p for _, p in ends):
        first, last = ends[0], ends[-1]
        return f"{first[0]}-{first[1][0]}/{last[0]}-{last[1][1]}"
    if len(iso) == 4 and phrase.endswith(("年底", "年末", "底", "末")):
        return f"{iso}-12"
    return iso


def date_spans(text: str, pub: PublicationDate | None) -> list[DateSpan]:
    spans = _timeline_date_spans(text, pub)
    if spans is None:
        spans = _own_date_spans(text, pub.year if pub else None)
    return spans


def publication_period(pub: PublicationDate | None, as_of_year: int | None = None) -> Period | None:
    """A level with no date of its own is as of publication: the article's year."""
    if as_of_year is not None:
        return Period(str(as_of_year), "", "publication")
    if pub is None:
        return None
    return Period(str(pub.year), "", "publication")
