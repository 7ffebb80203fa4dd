"""Character-level normalisation shared by reading and matching.

Two jobs, kept apart: `display_text` makes what readers see consistent (Chinese punctuation after
Chinese text, half-width digits and Latin letters); `match_text` folds what matching must treat
alike (half- and full-width punctuation, spaces).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# Full-width ASCII letters and digits (Ｑ６Ｌ, ２０２３) become half-width; full-width punctuation
# stays, because it is the Chinese norm.
_FULLWIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0xFF05: ord("%"),
    0x3000: ord(" "),  # ideographic space (used for paragraph indents)
    0x00A0: ord(" "),
}

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def is_cjk(ch: str) -> bool:
    if not ch:
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FFFF
        or 0xF900 <= code <= 0xFAFF
    )


def _is_chinese_context(ch: str) -> bool:
    """A neighbour that makes a half-width mark Chinese: a CJK character or Chinese punctuation."""
    return is_cjk(ch) or ch in "“”‘’《》「」『』（）【】、，。；：？！…—"


_FULLWIDTH_CHAR = re.compile("[" + "".join(map(chr, _FULLWIDTH_ALNUM)) + "]")


def normalize_width(text: str) -> str:
    # translate looks every character up in a dict; most lines have nothing to change
    return text.translate(_FULLWIDTH_ALNUM) if _FULLWIDTH_CHAR.search(text) else text


_HALF_WIDTH_MARK = re.compile("[" + re.escape("".join(_HALF_TO_FULL)) + "]")


def chinese_punctuation(text: str) -> str:
    """Turn half-width , ; : ? ! ( ) into full-width where they sit in Chinese text.

    `Yarrow Bioscience, Inc.` and `1,000` keep their ASCII commas; `开(复)工` and `合心机械,现已`
    become `开（复）工` and `合心机械，现已`.
    """
    marks = [m.start() for m in _HALF_WIDTH_MARK.finditer(text)]
    if not marks:
        return text  # most lines: nothing to decide
    out = list(text)
    n = len(text)
    for i in marks:  # left to right: a `)` looks at what its `(` became
        ch = text[i]
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch == "(":
            # an opening bracket is Chinese when Chinese text stands before it or inside it
            close = text.find(")", i)
            inside = text[i + 1 : close] if close != -1 else nxt
            chinese = _is_chinese_context(prev) or any(is_cjk(c) for c in inside)
        elif ch == ")":
            open_ = text.rfind("(", 0, i)
            inside = text[open_ + 1 : i] if open_ != -1 else prev
            chinese = _is_chinese_context(nxt) or any(is_cjk(c) for c in inside)
            if open_ != -1 and out[open_] == "（":
                chinese = True
        elif ch == ",":
            chinese = _is_chinese_context(prev) or (_is_chinese_context(nxt) and not prev.isdigit())
            if prev.isdigit() and nxt.isdigit():
                chinese = False  # 1,000
        else:
            chinese = _is_chinese_context(prev) or _is_chinese_context(nxt)
        if chinese:
            out[i] = _HALF_TO_FULL[ch]
    return "".join(out)


def display_text(text: str) -> str:
    """What readers see: one consistent style of punctuation, no stray outer whitespace."""
    return tighten_number_spaces(chinese_punctuation(normalize_width(text))).strip()


_SPACES = re.compile(r"\s+")


def match_text(text: str) -> str:
    """Fold text so that matching treats half- and full-width forms alike (NFKC, no spaces).

    NFKC itself turns full-width letters, digits and punctuation (，（）：) into their ASCII forms."""
    return _SPACES.sub("", fold_lookalikes(unicodedata.normalize("NFKC", text)))


# Unified ideographs (basic, extension A, extensions B–H in the supplementary planes), compatibility
# ideographs, and 〇 (二〇二三年): a rare character dropped here would make two texts look the same.
_CJK_ONLY = re.compile("[^\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]")


def cjk_only(text: str) -> str:
    """Only the Chinese characters of `text`: a key that survives any punctuation change
    (tests/test_cjk_only.py lists what counts)."""
    return _CJK_ONLY.sub("", text)


TERMINAL_PUNCTUATION = "。！？；…!?;”’」』）)"


# Characters no article means: C0 and C1 controls (tab and newline stay), DEL, the noncharacters
# U+FFFE/U+FFFF and U+FDD0–U+FDEF, the bidi embeddings, overrides and isolates that reorder what
# readers see, and the Unicode line and paragraph separators (YAML and browsers break lines there).
CONTROL_CHARACTERS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F),
                                         *range(0x2066, 0x206A), *range(0xFDD0, 0xFDF0), 0xFFFE, 0xFFFF, 0x2028, 0x2029]))
_CONTROLS = re.compile("[" + re.escape(CONTROL_CHARACTERS) + "]")
# Invisible joiners and spaces that would split a name in two (中车\u200b长客): taken out silently.
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def strip_controls(text: str) -> tuple[str, list[tuple[int, str]]]:
    """`text` without control characters, and where they were: [(line, the characters as U+XXXX)].

    Line numbers are those of `text` as given (1-based), so a report can name the line of the file."""
    text = _ZERO_WIDTH.sub("", text)
    if not _CONTROLS.search(text):
        return text, []
    found: list[tuple[int, str]] = []
    lines = text.split("\n")
    for k, line in enumerate(lines):
        bad = _CONTROLS.findall(line)
        if bad:
            found.append((k + 1, " ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in bad))))
            lines[k] = _CONTROLS.sub("", line)
    return "\n".join(lines), found


_UNPRINTABLE = re.compile("[" + re.escape(CONTROL_CHARACTERS + "\t\n") + "]")


def printable(text: str) -> str:
    """`text` with control characters (line breaks too) shown as \\xNN, for a terminal or a log."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


# Text extracted from PDFs may carry radical look-alikes instead of the characters (`1960年5⽉`,
# `⻓春`): the Kangxi Radicals (U+2F00–U+2FDF), which NFKC folds, and the CJK Radicals Supplement
# (U+2E80–U+2EFF), which it does not; this table gives the supplement's forms that stand for a
# character of their own (Unicode's EquivalentUnifiedIdeograph.txt).
_RADICAL_FORMS = str.maketrans(
    "⺁⺅⺆⺇⺊⺌⺍⺎⺕⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺶⺷⺹⺺⺼⺾⺿⻀⻁⻂⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻏⻐⻑⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳",
    "厂亻冂几卜小小尢彐忄心扌攵旡日月歹母民氵氺灬爫牛犭王疋目示礻竹糸纟羊羊老聿月艹艹艹虎衤西见角角讠贝足车辶辶阝钅長长门阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟",
)
_LOOKALIKE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


def fold_lookalikes(text: str) -> str:
    """Radical look-alikes from PDFs → the characters they stand for, one for one (same length),
    so that matching finds 长春 in `⻓春` and 5月 in `5⽉`; pages show the text as written."""
    if not _LOOKALIKE.search(text):
        return text
    text = text.translate(_RADICAL_FORMS)
    for ch in set(re.findall("[\u2f00-\u2fdf]", text)):
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1:
            text = text.replace(ch, folded)
    return text


# `2021 年 9 月`, `118.6 亿元`: spaces a web page or a PDF put between a number and its unit.
_NUMBER_SPACE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日号时亿万千百元%个项家辆台吨人名亩倍季億萬個項輛臺噸畝])|(?<=[年月第])[ \u3000]+(?=\d)")


# `2 0 2 3 年 3 月 1 5 日`: a letter-spaced line; single digits spaced out before a date word are one number
_SPACED_DIGITS = re.compile(r"(?<![\d.])\d(?:[ \u3000]\d)+(?=[ \u3000]?[年月日号])")


def tighten_number_spaces(text: str) -> str:
    """Drop the spaces between a number and the unit or date word that belongs to it."""
    if " " not in text and "\u3000" not in text:
        return text
    text = _SPACED_DIGITS.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), text)
    return _NUMBER_SPACE.sub("", text)


# a year of the 1900s or 2000s in Chinese numerals before its 年, the digit 0 typed among them or not
# (一九五三年, 二〇二四年, 二0一九年); not inside a longer numeral (一二三四家, 第十二〇二团)
_NUMERAL_YEAR = re.compile(r"(?<![〇○零0-9一二三四五六七八九十百千万])[一二][〇○零0九][〇○零0一二三四五六七八九]{2}(?=\s?年)")
# the value of a digit written in Chinese numerals, or typed among them (二00七年; 2025年 once _fold read it)
NUMERAL_DIGITS = {c: k for k, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0} | {str(k): k for k in range(10)}


def chinese_number(text: str) -> int:
    """一 … 九, 十, 十二, 二十, 二十三, 三十一 (a month or a day)."""
    if "十" not in text:
        return NUMERAL_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (NUMERAL_DIGITS[tens] if tens else 1) * 10 + (NUMERAL_DIGITS[ones] if ones else 0)


def numeral_years_in_digits(text: str) -> str:
    """二〇二四年底 → 2024年底, one character for one: every rule that reads a year in digits reads a
    year written in Chinese numerals too, and spans in one text are spans in the other."""
    if "年" not in text:
        return text
    return _NUMERAL_YEAR.sub(lambda m: "".join(str(NUMERAL_DIGITS[c]) for c in m.group()), text)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def traditional_to_simplified(text: str) -> str:
    """OpenCC's traditional → simplified conversion of `text` (phrases may change its length)."""
    return _t2s().convert(text)
