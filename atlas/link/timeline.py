"""The timeline across articles: every article's events with their topics, merged and checked for conflicts.

Two articles telling the same event (same date, same action, overlapping key terms) give one
entry with both sources. Two articles giving the same milestone (same action, strongly
overlapping key terms) different dates give two entries, each listing the other's date under
`conflicts`, so readers see the disagreement instead of a silent choice.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..cache import ArticleCache
from ..extract.data import DataFiles
from ..extract.events import Event
from ..extract.facts import ArticleFacts
from ..records import Article, Problem, Severity
from ..text import cjk_only
from .kb import KnowledgeBase

_SAME_EVENT = 0.3  # share of the smaller event's key terms the other must hold
_SAME_MILESTONE = 0.5
_STOP_CHARS = "的了在和与及等为是将于对"


def link_events(kb: KnowledgeBase, facts: list[ArticleFacts], data: DataFiles, cache: ArticleCache) -> None:
    """Fill kb.events: the timeline, oldest first, one entry per event however many articles tell it."""
    kb.problems.extend(data.event_problems)
    found: list[Event] = []
    for f in facts:
        dated = [(event, own) for event, own in f.events if event.date[:4].isdigit()]
        found.extend(replace(event, topics=own or _paragraph_topics(kb, event)) for event, own in dated)
        kb.problems.append(_date_report(f.matchable, len(dated), [e for e, _ in f.events if not e.date[:4].isdigit()]))
    kb.events = sorted(_flag_conflicts(_merge(found)), key=timeline_sort_key)


_HOW = {"front-matter": "据前置元数据", "web-page": "据网页上的发布时间", "trailer": "据文末报名日期行",
        "dateline": "月日据电头，年份推断", "inferred": "由正文推断", "implied": "正文以“今年”和年份写同一时间"}


def _date_report(article: Article, n_events: int, yearless: list[Event] = ()) -> Problem:
    """One report line an article: its publication date, how it was found, and what the timeline took from it."""
    d = article.date
    left_off = ""
    if yearless:
        told = "、".join(f"“{e.expression}”" for e in yearless[:3]) + ("等" if len(yearless) > 3 else "")
        left_off = f"；{len(yearless)} 件没有年份的事（{told}）未列入时间线"
    if d is None:
        message = f"发表日期不详；{n_events} 件有日期的事上了时间线（没有年份的日期未列入）{left_off}"
    else:
        evidence = "、".join(d.evidence[:3])
        how = _HOW.get(d.source, d.source)
        if d.source == "dateline" and not d.inferred:
            # (the year from the text: `2023年，…。…在去年…基础上` names 2023 去年, so the day is 2024's)
            how = "月日据电头，年份据正文：某年之后以“去年”称它" if "去年" in d.evidence else "月日据电头，年份据网页上的日期"
        message = f"发表日期 {d.value}（{how}：{evidence}）；{n_events} 件有日期的事上了时间线{left_off}"
    return Problem(article.path, None, Severity.INFO, "timeline.date", message,
                   "核对时间线页面；日期不对时在前置元数据中加 date:" if d is None or d.inferred else "")


def timeline_sort_key(event: Event) -> tuple:
    """Oldest first; at the same start, the coarser date first (2023 before 2023-03)."""
    src = event.sources[0]
    return (event.date.split("/")[0], len(event.date), event.date, src.article, src.block, src.start)


def _paragraph_topics(kb: KnowledgeBase, event: Event) -> tuple[str, ...]:
    names: set[str] = set()
    for src in event.sources:
        assignment = kb.topics.get((src.article, src.block))
        names.update(assignment.topics if assignment else ())
    return tuple(sorted(names))


def key_terms(event: Event) -> frozenset[str]:
    """Chinese character pairs of the clause, without the date phrase: what the event is about."""
    text = event.summary.replace(event.expression, "")
    chars = re.sub(f"[{_STOP_CHARS}]", "", cjk_only(text))
    return frozenset(chars[i : i + 2] for i in range(len(chars) - 1))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _headline_told_again(events: list[Event]) -> list[Event]:
    """`…预发射发布仪式今日召开` over a lead `11月15日，…联合对外发布`: an article's headline and the only
    event its body tells of that day (or of that month, with the same action) are one event told
    twice, in other words: one entry, the body's telling first. With two events of that day in the
    body, the headline is not guessed to be either (the general merge below may still join it)."""
    body: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.sources[0].block:
            body[(e.sources[0].article, e.date)].append(i)
    out, told_again = list(events), set()
    for i, e in enumerate(events):
        src = e.sources[0]
        if src.block or len(e.sources) != 1:
            continue
        same = body.get((src.article, e.date), [])
        if len(same) == 1 and (e.precision == "day" or events[same[0]].action == e.action):
            j = same[0]
            out[j] = replace(out[j], sources=out[j].sources + e.sources, topics=tuple(sorted(set(out[j].topics) | set(e.topics))),
                             certain=out[j].certain or e.certain, plan=out[j].plan and e.plan)
            told_again.add(i)
    return [e for i, e in enumerate(out) if i not in told_again]


def _merge(events: list[Event]) -> list[Event]:
    events = _headline_told_again(events)
    merged: list[Event] = []
    terms: list[frozenset[str]] = []  # key terms of each merged entry (its summary never changes)
    same_day: dict[tuple[str, str], list[int]] = defaultdict(list)  # (date, action) → entries: only those can merge
    for event in sorted(events, key=timeline_sort_key):
        mine = key_terms(event)
        articles = {s.article for s in event.sources}
        for k in same_day[(event.date, event.action)]:
            entry = merged[k]
            # one article tells an event once, except where its headline tells it too (block "")
            headline = any(s.block == "" for s in event.sources + entry.sources)
            if (headline or articles.isdisjoint(s.article for s in entry.sources)) and _overlap(terms[k], mine) >= _SAME_EVENT:
                merged[k] = replace(
                    entry,
                    sources=entry.sources + event.sources,
                    topics=tuple(sorted(set(entry.topics) | set(event.topics))),
                    certain=entry.certain or event.certain,
                    plan=entry.plan and event.plan,
                )
                break
        else:
            same_day[(event.date, event.action)].append(len(merged))
            merged.append(event)
            terms.append(mine)
    return merged


def _flag_conflicts(events: list[Event]) -> list[Event]:
    """Mark milestones that other articles date differently.

    Comparing every pair is quadratic in the timeline, so candidates come from an index of key
    terms (prefix filtering): if two events share at least half of the smaller one's terms, the
    smaller one's rarest terms, all but that half less one, must include a shared one.
    """
    terms = [key_terms(e) for e in events]
    by_action: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if not e.plan and terms[i]:
            by_action[e.action].append(i)
    conflicts: dict[int, set[str]] = {}
    for members in by_action.values():
        frequency = Counter(t for i in members for t in terms[i])
        holders: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for t in terms[i]:
                holders[t].append(i)
        for i in members:
            rarest = sorted(terms[i], key=lambda t: (frequency[t], t))
            shared_needed = math.ceil(_SAME_MILESTONE * len(rarest))
            candidates = {j for t in rarest[: len(rarest) - shared_needed + 1] for j in holders[t] if j != i}
            for j in sorted(candidates):
                a, b = events[i], events[j]
                if len(terms[j]) < len(terms[i]) or (len(terms[j]) == len(terms[i]) and j < i):
                    continue  # the pair is checked from its smaller side (ties: from the first)
                if a.date == b.date or not {s.article for s in a.sources}.isdisjoint(s.article for s in b.sources):
                    continue  # one article telling two steps of a story is not a disagreement
                if _overlap(terms[i], terms[j]) >= _SAME_MILESTONE:
                    conflicts.setdefault(i, set()).add(b.date)
                    conflicts.setdefault(j, set()).add(a.date)
    return [replace(e, conflicts=tuple(sorted(conflicts[i]))) if i in conflicts else e for i, e in enumerate(events)]
