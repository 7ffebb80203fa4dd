"""Sort keys for the sortable project and company lists (docs/javascripts/tables.js reads them
from `data-sort`): the table shows the text as the articles give it, the key sorts it.

- names in Chinese dictionary order: pinyin with tone numbers (长春 → "chang2 chun1"), since the
  reader's browser may not collate Chinese;
- investments by amount: the largest figure any article gives (figures that disagree are all
  shown; 超/约/以上 do not move a figure), in 元; a project with figures only in another currency
  sorts by that figure;
- dates as eight digits at any precision (2023-11 → 20231100, 2023-H2 → 20230700), so a date sorts
  among the others as a number.
"""
from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

from ..segment import words as segment_words
from .. import slugs  # noqa: F401  (loads the readings of 长 in 长春, 长客, 长光 … that page addresses use too)


def name_key(name: str) -> str:
    syllables = [s for word in segment_words(name) for s in lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)]
    syllables = (re.sub(r"[^a-z0-9]+", "", s.lower()) for s in syllables)  # punctuation (、 -) sorts nowhere
    return " ".join(s for s in syllables if s)


def investment_key(investments) -> str:
    """investments: records with `.money` (atlas/extract/money.py Money); "" when there is none."""
    amounts = [i.money for i in investments]
    if not amounts:
        return ""
    in_yuan = [m.value for m in amounts if m.currency == "CNY"]
    return str(int(max(in_yuan or [m.value for m in amounts])))


_HALF_OR_QUARTER = {"H1": "01", "H2": "07", "Q1": "01", "Q2": "04", "Q3": "07", "Q4": "10"}


def date_key(iso: str) -> str:
    """2023-11-21 → 20231121; 2023-11 → 20231100; 2023 → 20230000; a range by its start; "" when undated."""
    iso = iso.split("/", 1)[0]
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}|H[12]|Q[1-4])(?:-(\d{2}))?)?", iso)
    if not m:
        return ""
    year, month, day = m.groups()
    return year + _HALF_OR_QUARTER.get(month or "", month or "00") + (day or "00")
