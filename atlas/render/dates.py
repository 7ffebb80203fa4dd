"""Dates shown to readers, at their true precision (2023年11月 is not 2023年11月1日)."""
from __future__ import annotations

import re


def zh_date(iso: str) -> str:
    """2023-11-21 → 2023年11月21日; 2023-11 → 2023年11月; 2023 → 2023年; 2023-H2 → 2023年下半年."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
    if m:
        y, mo, d = m.groups()
        return f"{int(y)}年" + (f"{int(mo)}月" if mo else "") + (f"{int(d)}日" if d else "")
    m = re.fullmatch(r"(\d{4})-H([12])", iso)
    if m:
        return f"{m.group(1)}年{'上' if m.group(2) == '1' else '下'}半年"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", iso)
    if m:
        return f"{m.group(1)}年第{'一二三四'[int(m.group(2)) - 1]}季度"
    if "/" in iso:
        start, end = iso.split("/", 1)
        a, b = zh_date(start), zh_date(end)
        if start[:4] == end[:4] and b.startswith(start[:4] + "年"):
            b = b[len(start[:4]) + 1 :]
        return f"{a}至{b}"
    return iso


def first_known_day(date) -> str:
    """The first day an article is known to have been out (a PublicationDate → YYYY-MM-DD): its
    date's first day (2024-11 → 2024-11-01), or, for an inferred date, the latest date the article
    itself reports when that is later (it was written after it). Feeds and the sitemap use it."""
    def first_day(iso: str) -> str:
        parts = iso.split("-")[:3]
        return "-".join(parts + ["01"] * (3 - len(parts)))

    day = first_day(date.value)
    return max(day, first_day(date.not_before)) if date.inferred and date.not_before else day
