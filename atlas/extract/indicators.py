"""Match figures to the indicators editors track (data/indicators.yaml).

A figure is attached to an indicator only when the article's own words say so, in this order:
1. a bare growth rate (`同比分别增长16.7%和17.6%`) measures the growth of the figures just before it;
2. `由485户增长至660户`: the second figure measures what the first one does;
3. an enumerated subject (`光电信息产业、生物医药…产业分别增长6.8%、9.8%`) pairs item i with value i;
4. a phrase of the indicator right before (or the noun right after) the figure, the longest phrase
   winning; phrases shared by several indicators (`产销整车`) are told apart by `position`.
When the words point at an indicator but something does not fit (the unit, a subset word, a tie),
the figure stays unmatched and a Problem says which indicator it looked like.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..data_files import load_yaml
from ..records import Article, Problem, Severity
from .figures import Figure, FigureRules
from .periods import publication_period

INDICATORS_FILE = "data/indicators.yaml"
KINDS = ("level", "flow", "rate")


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str
    kind: str
    phrases: tuple[str, ...]
    topic: str = ""
    units: tuple[str, ...] = ()  # other units its values are written in (项 for 个)
    position: int | None = None  # its place in a list reporting several measures at once (产销: 产 1, 销 2)
    growth_of: str = ""  # for a rate: the indicator whose growth it is
    subjects: tuple[str, ...] = ()  # names of what it measures, for enumerations (光电信息)
    excludes: tuple[str, ...] = ()  # words earlier in the sentence that mark a subset
    closes_period: bool = False  # a full-year value is only published after the year ends

    def accepts(self, unit: str) -> bool:
        return unit == self.unit or unit in self.units


@dataclass(frozen=True)
class IndicatorValue:
    indicator: str  # indicator id
    figure: Figure
    reason: str  # why this figure is a value of this indicator, for the report and the page


def _strings(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value if str(v).strip())
    return (str(value),)


def load_indicators(root: Path) -> tuple[list[Indicator], list[Problem]]:
    """data/indicators.yaml → indicators; a bad entry is skipped with a Problem naming its line."""
    path = root / INDICATORS_FILE
    data = load_yaml(path, root)
    lines = _entry_lines(path)
    problems: list[Problem] = []
    indicators: list[Indicator] = []
    if not isinstance(data, list):
        if data:
            problems.append(Problem(INDICATORS_FILE, 1, Severity.ERROR, "indicators.format", "is not a list of indicators",
                                    "start each indicator with `- id: …`, as in the examples at the top of the file"))
        return indicators, problems
    seen: set[str] = set()
    for k, item in enumerate(data):
        line = lines[k] if k < len(lines) else None
        if not isinstance(item, dict) or not item.get("id") or not item.get("unit") or not item.get("phrases"):
            problems.append(Problem(INDICATORS_FILE, line, Severity.WARNING, "indicators.entry",
                                    f"indicator {k + 1} needs id:, unit: and phrases:; it is left out", "add the missing field"))
            continue
        ident = str(item["id"])
        kind = str(item.get("kind") or "level")
        if ident in seen or kind not in KINDS:
            problems.append(Problem(INDICATORS_FILE, line, Severity.WARNING, "indicators.entry",
                                    f"indicator {ident}: duplicate id or unknown kind {kind!r}; it is left out",
                                    f"give it a new id and one of kind: {', '.join(KINDS)}"))
            continue
        seen.add(ident)
        position = item.get("position")
        indicators.append(Indicator(
            id=ident, name=str(item.get("name") or ident), unit=str(item["unit"]), kind=kind,
            phrases=_strings(item.get("phrases")), topic=str(item.get("topic") or ""), units=_strings(item.get("units")),
            position=int(position) if str(position or "").isdigit() else None, growth_of=str(item.get("growth_of") or ""),
            subjects=_strings(item.get("subjects")), excludes=_strings(item.get("excludes")),
            closes_period=bool(item.get("closes_period")),
        ))
    return indicators, problems


def _entry_lines(path: Path) -> list[int]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    return [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("- ")]


def _is_bare(text: str, rules: FigureRules) -> bool:
    """Only rate words and dates: the clause does not name what grew."""
    rest = text
    for w in rules.rate_words:
        rest = rest.replace(w, "")
    return all(not ch.strip() or ch.isdigit() or ch in "年月日至前三季度上半今去" for ch in rest)


class _Matcher:
    def __init__(self, indicators: list[Indicator], rules: FigureRules, article: Article):
        self.indicators = indicators
        self.by_id = {i.id: i for i in indicators}
        self.rules = rules
        self.article = article
        self.values: list[IndicatorValue] = []
        self.problems: list[Problem] = []
        self.by_figure: dict[tuple[str, int], str] = {}  # (block, start) → indicator id

    def looks_like(self, f: Figure, ind: Indicator, why: str) -> None:
        block = self.article.block(f.block)
        self.problems.append(Problem(
            self.article.path, block.lines[0] if block and block.lines else None, Severity.INFO, "indicators.unmatched",
            f"{f.block}“{f.before}{f.text}{f.after}”像是指标 {ind.id}（{ind.name}），但没有归入：{why}",
            f"如果它是 {ind.id} 的数值，把它前面的词加到 {INDICATORS_FILE} 中该指标的 phrases: 里"))

    def attach(self, f: Figure, ind: Indicator, reason: str) -> None:
        self.values.append(IndicatorValue(ind.id, f, reason))
        self.by_figure[(f.block, f.start)] = ind.id

    def match_group(self, group: list[Figure], previous: list[Figure]) -> None:
        lead = group[0]
        prev_ids = [self.by_figure.get((p.block, p.start)) for p in previous]
        if lead.is_rate and previous and _is_bare(lead.before, self.rules):
            self._growth_of_previous(group, previous, prev_ids)
            return
        if lead.linked_to_previous and previous and prev_ids[-1]:
            ind = self.by_id[prev_ids[-1]]
            if ind.accepts(lead.unit):
                self.attach(lead, ind, f"由…至: the same measure as {previous[-1].text} before it")
                return
        if len(group) > 1 and "分别" in lead.before and self._enumerated(group):
            return
        for f in group:
            self._by_phrase(f)

    def _growth_of_previous(self, group: list[Figure], previous: list[Figure], prev_ids: list) -> None:
        if len(previous) != len(group) and len(previous) != 1:
            return
        for k, f in enumerate(group):
            source = prev_ids[k] if len(previous) == len(group) else prev_ids[0]
            if not source:
                continue  # the figure before is not tracked, so neither is its growth
            src = self.by_id[source]
            if src.kind == "rate":
                target = src if len(group) == 1 else None
            else:
                target = next((i for i in self.indicators if i.growth_of == source), None)
            if target and target.accepts(f.unit):
                self.attach(f, target, f"growth rate following {previous[min(k, len(previous) - 1)].text} ({src.name})")

    def _enumerated(self, group: list[Figure]) -> bool:
        subject = group[0].before.split("分别")[0]
        for sep in ("、", "、和"):
            items = [subject]
            for s in sep:
                items = [part for item in items for part in item.split(s)]
            if len(items) == len(group):
                break
        else:
            return False
        hits = []
        for item, f in zip(items, group):
            found = [i for i in self.indicators if i.accepts(f.unit) and any(s in item for s in i.subjects)]
            hits.append(found[0] if len(found) == 1 else None)
        if not any(hits):
            return False
        for item, f, ind in zip(items, group, hits):
            if ind:
                self.attach(f, ind, f"item {f.position} of an enumeration: {item}")
        return True

    def _by_phrase(self, f: Figure) -> None:
        scored: list[tuple[int, Indicator]] = []
        for ind in self.indicators:
            best = max((len(p) for p in ind.phrases if p in f.before or p in f.after), default=0)
            if best:
                scored.append((best, ind))
        if not scored:
            return
        fitting = []
        for score, ind in scored:
            if not ind.accepts(f.unit):
                continue
            subset = next((w for w in ind.excludes if w in f.sentence_before), "")
            change = next((w for w in self.rules.change_words if w in f.before), "") if ind.kind == "level" else ""
            if change:
                self.looks_like(f, ind, f"“{change}”表示变化量，不是某一时点的数量")
                continue
            if subset:
                self.looks_like(f, ind, f"句中前面的“{subset}”表示只是其中一部分")
                continue
            fitting.append((score, ind))
        if not fitting:
            ind = max(scored, key=lambda s: s[0])[1]
            self.looks_like(f, ind, f"单位是{f.unit}，不是{ind.unit}") if not ind.accepts(f.unit) else None
            return
        top = max(s for s, _ in fitting)
        best = [ind for s, ind in fitting if s == top]
        if len(best) > 1 and f.group_size > 1 and all(i.position for i in best):
            best = [i for i in best if i.position == f.position]
        if len(best) == 1:
            place = f" ({f.position} of {f.group_size})" if best[0].position and f.group_size > 1 else ""
            phrase = max((p for p in best[0].phrases if p in f.before or p in f.after), key=len)
            self.attach(f, best[0], f"phrase “{phrase}”{place}")
        else:
            self.looks_like(f, best[0], "它的措辞同样符合 " + "、".join(i.id for i in best))


def match_article(article: Article, figures: list[Figure], indicators: list[Indicator], rules: FigureRules) -> tuple[list[IndicatorValue], list[Problem]]:
    matcher = _Matcher(indicators, rules, article)
    groups: list[list[Figure]] = []
    for f in figures:
        if groups and groups[-1][0].block == f.block and groups[-1][0].group == f.group:
            groups[-1].append(f)
        else:
            groups.append([f])
    for k, group in enumerate(groups):
        previous = groups[k - 1] if k and groups[k - 1][0].block == group[0].block else []
        matcher.match_group(group, previous)
    return _as_of_publication(article, matcher.values, matcher.by_id), matcher.problems


def _as_of_publication(article: Article, values: list[IndicatorValue], by_id: dict[str, Indicator]) -> list[IndicatorValue]:
    """Values with no date of their own are as of publication. When the publication year is only
    inferred and the article reports a closed year Y (整车产销 for all of 2023), it appeared after Y."""
    pub = article.date
    if pub is None or not pub.inferred:
        return values
    closed = [int(v.figure.period.iso) for v in values
              if by_id[v.indicator].closes_period and v.figure.period and v.figure.period.source == "text"
              and len(v.figure.period.iso) == 4]
    if not closed or max(closed) < pub.year:
        return values
    as_of = publication_period(pub, max(closed) + 1)
    return [replace(v, figure=replace(v.figure, period=as_of)) if v.figure.period and v.figure.period.source == "publication" else v
            for v in values]
