"""Figures: every number with a unit in an article (`122.9万辆`, `144颗`, `增长40.4%`, `十六颗`).

Each figure keeps what it measures as the article says it (the words before it in its clause and
the noun right after it), the period it covers (the date before it in its sentence, else the
publication), its place in a list (`分别…A和B`) and its source block, so indicator matching can
explain itself.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import cn2an

from ..data_files import DataFileError, key_line, load_yaml
from ..records import Article, Block, Problem, Severity
from .periods import DateSpan, Period, date_spans, publication_period
from .spans import after_last_mark

CLAUSE_END = "，,。；;：:！!？?—…"
SENTENCE_END = "。；;！!？?…"
NOUN_END = CLAUSE_END + "、（(）)"
LIST_JOINERS = ("和", "、", "及", "与")
_CN_DIGITS = "零一二两三四五六七八九十百千万亿"


@dataclass(frozen=True)
class FigureRules:
    units: dict[str, str]  # written → normalised, longest first
    after_only: dict[str, tuple[str, ...]]
    qualifiers: tuple[str, ...]
    rate_words: tuple[str, ...]
    change_words: tuple[str, ...] = ()

    @cached_property
    def _units_by_first_char(self) -> dict[str, list[tuple[str, str]]]:
        by_first: dict[str, list[tuple[str, str]]] = {}
        for written, norm in self.units.items():  # longest first, and so within each list
            by_first.setdefault(written[:1], []).append((written, norm))
        return by_first

    def unit_at(self, text: str, pos: int) -> tuple[str, str] | None:
        """The longest unit written at `pos` (written, normalised), or None."""
        for written, norm in self._units_by_first_char.get(text[pos : pos + 1], ()):
            if text.startswith(written, pos):
                return written, norm
        return None


def load_figure_rules(root: Path) -> FigureRules:
    """data/figures.yaml; a setting of the wrong shape raises DataFileError with its line (the build
    then goes on without indicators, and the report says why)."""
    path = root / "data" / "figures.yaml"
    data = load_yaml(path, root)

    def mapping(key: str, default: dict) -> dict:
        value = data.get(key) or default
        if not isinstance(value, dict):
            _wrong_shape(path, root, key, "“写法: 含义”的映射")
        return value

    def words(key: str, value=None) -> tuple[str, ...]:
        value = (data.get(key) or ()) if value is None else value
        if not isinstance(value, (list, tuple)) or not all(isinstance(w, (str, int, float)) for w in value):
            _wrong_shape(path, root, key, "词的列表，例如 [以上, 左右]")
        return tuple(str(w) for w in value)

    units = {str(k): str(v) for k, v in mapping("units", {"%": "%"}).items()}
    return FigureRules(
        units=dict(sorted(units.items(), key=lambda kv: -len(kv[0]))),
        after_only={str(k): words("after_only", v or ()) for k, v in mapping("after_only", {}).items()},
        qualifiers=words("qualifiers"),
        rate_words=tuple(sorted(words("rate_words"), key=len, reverse=True)),
        change_words=words("change_words"),
    )


def _wrong_shape(path: Path, root: Path, key: str, shape: str) -> None:
    raise DataFileError(Problem(path.relative_to(root).as_posix(), key_line(path, key), Severity.ERROR, "data.figures",
                                f"{key}: 的写法不对，本次构建不读取指标", f"{key}: 应是{shape}"))


@dataclass(frozen=True)
class Figure:
    article: str  # article stem
    block: str  # block id (paragraph anchor)
    start: int  # in the block text
    end: int
    text: str  # as printed, e.g. "122.9万辆"
    value: float
    unit: str  # normalised unit
    before: str  # words before it in its clause (since the previous figure)
    after: str  # the noun right after the unit, up to the next punctuation
    sentence_before: str  # the sentence up to the figure (for subset words)
    period: Period | None
    group: int  # figures joined by 和/、 (`122.9万辆和122.6万辆`) share a group number in their block
    position: int  # 1-based place in its group
    group_size: int
    linked_to_previous: bool = False  # `由485户增长至660户`: measures what the figure before it measures

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"


_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[" + _CN_DIGITS + r"]+")


def _parse_number(raw: str) -> float | None:
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    if raw in ("一", "万", "亿", "千", "百"):  # 一个/一项 are articles, not counts
        return None
    try:
        return float(cn2an.cn2an(raw.replace("两", "二"), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def _clause_start(text: str, pos: int, ends: str) -> int:
    return after_last_mark(text, pos, ends)


def _noun_after(text: str, pos: int, figure_starts: set[int]) -> str:
    """The noun right after a figure (`1330户规上工业企业`), up to punctuation, 和 or the next figure."""
    end = pos
    while end < len(text) and text[end] not in NOUN_END and end not in figure_starts and text[end] != "和":
        end += 1
    return text[pos:end]


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    text: str
    value: float
    unit: str


def _raw_figures(text: str, rules: FigureRules) -> list[_Raw]:
    found = []
    for m in _NUMBER.finditer(text):
        s, e = m.start(), m.end()
        prev = text[s - 1] if s else ""
        if prev.isascii() and (prev.isalnum() or prev in "-—.") or prev == "第":
            continue  # serials (03D09, Q6L) and ordinals (第6000万辆)
        if prev == "—" and s >= 2 and text[s - 2].isalnum():
            continue  # ranges of serials: 03D35—41
        pos = e
        if text.startswith(("多", "余"), pos):
            pos += 1
        unit = rules.unit_at(text, pos)
        if unit is None:
            continue
        written, norm = unit
        needs = rules.after_only.get(written)
        if needs and not any(text.endswith(w, 0, s) for w in needs):
            continue
        stop = pos + len(written)
        if stop < len(text) and text[stop].isascii() and text[stop].isalpha():
            continue  # 5G, 1700V: names, not figures
        value = _parse_number(m.group(0))
        if value is None:
            continue
        if any(text.startswith(q, stop) for q in rules.qualifiers):
            q_end = stop + next(len(q) for q in rules.qualifiers if text.startswith(q, stop))
            if q_end < len(text) and text[q_end] not in CLAUSE_END + "、":
                continue  # 5000万元以上工业项目: a qualifier of the noun
        found.append(_Raw(s, stop, text[s:stop], value, norm))
    return found


def block_figures(article: Article, block: Block, rules: FigureRules, as_of_year: int | None = None) -> list[Figure]:
    text = block.text
    raws = _raw_figures(text, rules)
    starts = {r.start for r in raws}
    spans = date_spans(text, article.date) if raws else []  # dates matter only as the periods of figures
    span_ends = [span.end for span in spans]
    groups, positions, group_sizes = _list_groups(text, raws)
    figures: list[Figure] = []
    prev_noun_end = 0
    prev_end = 0
    for i, raw in enumerate(raws):
        clause = _clause_start(text, raw.start, CLAUSE_END)
        first_of_group = positions[i] == 1
        lead = raws[i - positions[i] + 1]  # the group's first figure: members share its context
        if first_of_group:
            # a noun running straight into this figure (`5000万元工业项目390项`) is part of its context
            since = clause if prev_noun_end == raw.start else max(clause, prev_noun_end)
            before = text[since:raw.start]
            linked = i > 0 and prev_end >= clause and _grows_to(text[clause:prev_end], text[prev_end:raw.start])
        else:
            before = figures[-1].before
            linked = False
        noun_start = raw.end
        noun = _noun_after(text, noun_start, starts)
        sentence = text[_clause_start(text, lead.start, SENTENCE_END):lead.start]
        period = _period_for(text, lead.start, spans, span_ends, article, as_of_year)
        figures.append(
            Figure(article.stem, block.id, raw.start, raw.end, raw.text, raw.value, raw.unit, before, noun, sentence,
                   period, groups[i], positions[i], group_sizes[groups[i]], linked)
        )
        prev_end = raw.end
        prev_noun_end = raw.end + len(noun)
    return figures


def _list_groups(text: str, raws: list[_Raw]) -> tuple[list[int], list[int], dict[int, int]]:
    """Figures joined only by 和/、/及/与 (`122.9万辆和122.6万辆`) form one list: group number, place, size."""
    groups, positions, sizes = [], [], {}
    group = position = 0
    for i, raw in enumerate(raws):
        if i and text[raws[i - 1].end:raw.start] in LIST_JOINERS:
            position += 1
        else:
            group, position = group + 1, 1
        groups.append(group)
        positions.append(position)
        sizes[group] = position
    return groups, positions, sizes


def _grows_to(head: str, between: str) -> bool:
    """`由485户高速增长至660户`: the second figure is the same measure at a later time."""
    return ("由" in head or "从" in head) and re.search(r"(增长|增加|提高|提升|扩大|上升|增|升|达)(至|到)$", between) is not None


_TIED = re.compile(r"的(?=\d)")


def _period_for(text: str, pos: int, spans: list[DateSpan], span_ends: list[int], article: Article,
                as_of_year: int | None) -> Period | None:
    """The last date expression before `pos` in its sentence; a date tied to an earlier figure by
    `的` (`去年年底的485户`) belongs to that figure only."""
    sentence = _clause_start(text, pos, SENTENCE_END)
    # spans are disjoint and in order: walk back from the last one ending by `pos` to the sentence's start
    for k in range(bisect_right(span_ends, pos) - 1, -1, -1):
        span = spans[k]
        if span.start < sentence:
            break
        tied = _TIED.match(text, span.end)
        if tied and tied.end() != pos:
            continue
        return Period(span.iso, span.phrase, "text", span.start, span.end)
    return publication_period(article.date, as_of_year)


def article_figures(article: Article, rules: FigureRules, as_of_year: int | None = None) -> list[Figure]:
    out: list[Figure] = []
    for block in article.blocks:
        if block.id:
            out.extend(block_figures(article, block, rules, as_of_year))
    return out
