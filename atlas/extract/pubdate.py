"""Infer when an article was published when no line or field states it.

The article cannot be older than the latest thing it reports as done: the latest explicit date
(`2023年11月21日`), the end of a reported period (`2025年1月至11月`), or a year glued to an event's
name (`2024长春国际光电博览会`). Years in plans (`到2025年`, `在2025年，长春将…`, `2025年前`) are
not evidence. The result is the year, marked as inferred, with the phrases it came from.
"""
from __future__ import annotations

import re

from ..records import PublicationDate

_FULL = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_PERIOD = re.compile(r"(\d{4})年(?:\d{1,2})月?(?:至|到|—|-)(\d{1,2})月")
_MONTH = re.compile(r"(\d{4})年(\d{1,2})月")
_YEAR = re.compile(r"(\d{4})年")
_GLUED = re.compile(r"(?<![\d年])(\d{4})[\u4e00-\u9fff]{1,12}?(?:博览会|健博会|航空展|展会|大会|论坛|峰会|运动会)")
_PLAN_BEFORE = re.compile(r"(?:到|至|在|于|计划|预计|力争|将于|争取)\s*$")
_PLAN_AFTER = re.compile(r"^(?:年)?(?:前|以前|之前|底前|将|，?[\u4e00-\u9fff]{0,6}将|，?[\u4e00-\u9fff]{0,6}计划)")


def _is_plan(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 4) : start]
    after = text[end : end + 10]
    return bool(_PLAN_BEFORE.search(before) or _PLAN_AFTER.match(after))


def infer_publication_date(paragraphs: list[str]) -> PublicationDate | None:
    best: tuple[int, int, int] | None = None
    evidence: dict[tuple[int, int, int], list[str]] = {}

    def consider(key: tuple[int, int, int], phrase: str) -> None:
        nonlocal best
        if not 1990 <= key[0] <= 2100:
            return
        evidence.setdefault(key, []).append(phrase)
        if best is None or key > best:
            best = key

    for text in paragraphs:
        taken: list[tuple[int, int]] = []
        for pattern, kind in ((_FULL, "day"), (_PERIOD, "period"), (_MONTH, "month"), (_GLUED, "glued"), (_YEAR, "year")):
            for m in pattern.finditer(text):
                if any(s <= m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                if kind != "glued" and _is_plan(text, m.start(), m.end()):
                    continue
                y = int(m.group(1))
                if kind == "day":
                    key = (y, int(m.group(2)), int(m.group(3)))
                elif kind in ("period", "month"):
                    key = (y, int(m.group(2)), 0)
                else:
                    key = (y, 0, 0)
                consider(key, m.group(0))
    if best is None:
        return None
    year = best[0]
    phrases = []
    for key in sorted(evidence, reverse=True):
        if key[0] == year:
            phrases.extend(p for p in evidence[key] if p not in phrases)
    y, m, d = best
    not_before = f"{y:04d}-{m:02d}-{d:02d}" if d else (f"{y:04d}-{m:02d}" if m else f"{y:04d}")
    return PublicationDate(
        value=f"{year:04d}", precision="year", source="inferred", inferred=True, evidence=tuple(phrases[:4]), not_before=not_before
    )
