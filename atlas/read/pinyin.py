"""Pinyin that a script converter left in parentheses after characters: 長(cháng)春汽車(chē)區.

Some traditional-character pages are made by a converter that annotates characters it was unsure
of with their reading. The annotations are no part of the article: they split words (長(cháng)春
is not 長春 to any matcher) and readers do not need them. They are taken out and the number
reported; a parenthesis that is not pinyin (`(PPE)`, `(简称中车长客)`) stays.
"""
from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = f"[a-zü{_TONED}]{{1,6}}"
# after a Chinese character: (cháng), (yíng), (shí), （lái）, with a stray space (chuàng )
_ANNOTATION = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]\s*({_SYLLABLE})\s*[)）]")
_TONE = re.compile(f"[{_TONED}]")
MIN_TONED = 3  # annotations with a tone mark that show a page was made this way


def strip_converter_pinyin(text: str) -> tuple[str, int]:
    """The text without the converter's pinyin, and how many annotations were taken out.

    Toned syllables are always annotations; toneless ones (`(de)`) only on a page that has at
    least MIN_TONED toned ones, so `小程序(app)` on an ordinary page keeps its word."""
    found = list(_ANNOTATION.finditer(text))
    toned = sum(1 for m in found if _TONE.search(m.group(1)))
    if not toned:
        return text, 0
    keep_toneless = toned < MIN_TONED
    n = 0

    def cut(m: re.Match) -> str:
        nonlocal n
        if keep_toneless and not _TONE.search(m.group(1)):
            return m.group(0)
        n += 1
        return ""

    return _ANNOTATION.sub(cut, text), n
