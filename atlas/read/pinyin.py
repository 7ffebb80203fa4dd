"""Pinyin that a script converter left in parentheses after characters: 長(cháng)春汽車(chē)區.

Some traditional-character pages are made by a converter that annotates characters it was unsure
of with their reading. The annotations are no part of the article: they split words (長(cháng)春
is not 長春 to any matcher) and readers do not need them. They are taken out and each line that
had them is reported; a parenthesis that is not pinyin (`(PPE)`, `(简称中车长客)`) stays.

Some sites print a keyword link as the word's reading in brackets after it (汽车[QiChe],
增长[ZengChang], 一汽[YiQi]-大众): taken out too, only where the capitals spell the reading of the
characters just before them (奥迪[PPE], 参见[1] stay).

Where the converter also lost the character itself, the page shows `?` and a broken annotation
(`人民日?qǐng)?bào)頭版`, `年?duì)I收`): that run becomes LOST, the mark printers use for a character
that cannot be read, so the gap stays visible and the `?` does not end a sentence mid-clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = f"[a-zü{_TONED}]{{1,6}}"
_CJK = "\u4e00-\u9fff"
# after a Chinese character: (cháng), (yíng), (shí), （lái）, with a stray space (chuàng ); a
# reading written twice ((gui)(gui)) is one annotation
# a word's reading in one run of syllables (中新网(zhōngxīnwǎng), 长春(chángchūn)): long, but toned, so no English word
_WORD_READING = f"[a-zü]{{0,20}}[{_TONED}][a-zü{_TONED}]{{0,20}}"
_ANNOTATION = re.compile(rf"(?<=[{_CJK}])(?:[(（]\s*(?:{_SYLLABLE}|{_WORD_READING})\s*[)）])+")
# a lost character: `?` and a toned syllable closed by `)`, maybe with a stray byte of the lost
# character after it (`?duì)I收`); one or more in a row are one gap
_TONED_SYLLABLE = f"[a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}"
_LOST_RUN = re.compile(rf"(?<=[{_CJK}])(?:[?？]{_TONED_SYLLABLE}[)）](?:[A-Za-z](?=[{_CJK}]))?)+")
_TONE = re.compile(f"[{_TONED}]")
MIN_TONED = 3  # annotations with a tone mark that show a page was made this way
MIN_TONELESS = 8  # or toneless ones (a converter that drops the marks: 列車(che)): ordinary pages have a few (app) at most
# 汽车[QiChe]: capitalised toneless syllables in square brackets right after characters
_BRACKET_READING = re.compile(rf"(?<=[{_CJK}])\[((?:[A-Z][a-z]{{0,5}}){{1,8}})\]")
_CAPITALISED = re.compile(r"[A-Z][a-z]*")
LOST = "□"  # a character the converter lost (the printers' mark for an unreadable character)


@dataclass(frozen=True)
class CleanedLine:
    index: int  # 0-based line of the text
    annotations: int  # pinyin annotations taken out
    lost: int  # lost characters marked LOST
    example: str  # the first one as written, with its character: 長(cháng) or 日?qǐng)?bào)


def strip_converter_pinyin(text: str) -> tuple[str, int]:
    """The text without the converter's pinyin, and how many annotations (and lost characters)
    were taken out.

    Toned syllables are always annotations; toneless ones (`(de)`) only on a page that has at
    least MIN_TONED toned ones or MIN_TONELESS toneless ones, so `小程序(app)` on an ordinary
    page keeps its word."""
    cleaned, lines = clean_converter_pinyin(text)
    return cleaned, sum(x.annotations + x.lost for x in lines)


def clean_converter_pinyin(text: str) -> tuple[str, list[CleanedLine]]:
    """The text without the converter's pinyin, and what was taken out of each line."""
    found = list(_ANNOTATION.finditer(text))
    toned = sum(1 for m in found if _TONE.search(m.group(0)))
    keep_toneless = toned < MIN_TONED and len(found) - toned < MIN_TONELESS
    if keep_toneless and not toned and not _LOST_RUN.search(text) and not _BRACKET_READING.search(text):
        return text, []
    out_lines, cleaned = [], []
    for k, line in enumerate(text.split("\n")):
        counts = {"annotations": 0, "lost": 0}
        examples: list[str] = []

        def lost(m: re.Match) -> str:
            counts["lost"] += 1
            examples.append(line[m.start() - 1 : m.end()])
            return LOST

        def cut(m: re.Match) -> str:
            if keep_toneless and not _TONE.search(m.group(0)):
                return m.group(0)
            counts["annotations"] += 1
            examples.append(m.string[m.start() - 1 : m.end()])
            return ""

        def reading(m: re.Match) -> str:
            if not _spells_reading_before(m.string, m.start(), m.group(1)):
                return m.group(0)
            counts["annotations"] += 1
            examples.append(m.string[m.start() - len(_CAPITALISED.findall(m.group(1))) : m.end()])
            return ""

        new = _BRACKET_READING.sub(reading, _ANNOTATION.sub(cut, _LOST_RUN.sub(lost, line)))
        if new != line:
            cleaned.append(CleanedLine(k, counts["annotations"], counts["lost"], examples[0]))
        out_lines.append(new)
    return "\n".join(out_lines), cleaned


def _spells_reading_before(text: str, at: int, spelled: str) -> bool:
    """`QiChe` before `at` in 汽车[QiChe]: one capitalised syllable per character just before it, each
    a reading of its character (any of them: 长 is chang or zhang; ü may be written v or u)."""
    syllables = [s.lower() for s in _CAPITALISED.findall(spelled)]
    chars = text[at - len(syllables) : at]
    if len(chars) != len(syllables) or not re.fullmatch(f"[{_CJK}]+", chars):
        return False
    from pypinyin import Style, pinyin  # loaded only for a page that has such brackets

    readings = [pinyin(c, style=Style.NORMAL, heteronym=True)[0] for c in chars]  # each alone: 增长 as a word is only zeng zhang
    return all(s in {r.replace("ü", v) for r in rs for v in ("v", "u", "ü")} | set(rs) for s, rs in zip(syllables, readings))
