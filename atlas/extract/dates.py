"""Find date expressions in a paragraph and resolve them against the article's publication date.

`find_date_expressions(text, pub)` returns one `DateMention` a phrase: where it is, the exact
phrase, the ISO date at its true precision (`2023-11-21`, `2023-11`, `2023`, `2023-H2`,
`2023-Q3`, ranges `START/END`), what kind of time it is, and whether the year is known for sure.

Year-less forms (`7月16日`, `11月`, `今年6月`) take the year of the publication date; a
month-day after a known publication day with no plan word is last year's. Without a publication
date their ISO is the year-less `--07-16` form and they are marked uncertain, never guessed.
Plan and vague word lists live in data/dates.yaml.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from ..config import PROJECT_ROOT
from ..records import PublicationDate
from ..text import NUMERAL_DIGITS, chinese_number, numeral_years_in_digits
from .spans import DisjointSpans


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    expression: str  # the exact phrase as it stands in the text
    iso: str  # "" for vague words
    precision: str  # day | month | quarter | half | year | range | "" (vague)
    kind: str  # date | period (statistical: 1至10月, 前三季度, 今年以来) | name (2024长春…博览会) | vague
    certain: bool  # False when the year comes from an inferred or missing publication date
    plan: bool  # a plan or target (将, 计划, 预计, 到…年, 力争 …)
    relative: bool  # the year (or the whole date) was resolved against the publication date
    told: bool = False  # ... or, written without its year, took it from a date the text tells (同年, 两年后)

    @property
    def year(self) -> int | None:
        return int(self.iso[:4]) if self.iso[:4].isdigit() else None


@dataclass(frozen=True)
class DateWords:
    plan_before: tuple[str, ...]
    plan_after: tuple[str, ...]
    vague: tuple[str, ...]
    plan_in_clause: tuple[str, ...] = ()
    not_plan: tuple[str, ...] = ()
    statistics: tuple[str, ...] = ()


def date_words(path: str = str(PROJECT_ROOT / "data" / "dates.yaml")) -> DateWords:
    """The word lists of data/dates.yaml, read again when the file changes (the preview is one long process)."""
    try:
        st = os.stat(path)
        version = (st.st_mtime_ns, st.st_size)
    except OSError:
        version = None
    return _read_date_words(path, version)


@lru_cache(maxsize=8)
def _read_date_words(path: str, version: tuple[int, int] | None) -> DateWords:
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
    except (OSError, yaml.YAMLError):
        data = {}  # the build reports bad data files; here the grammar still works without words

    def words(key: str) -> tuple[str, ...]:
        items = data.get(key) if isinstance(data, dict) else None
        if not isinstance(items, list):
            return ()
        return tuple(sorted({str(w) for w in items if str(w).strip()}, key=lambda w: (-len(w), w)))

    return DateWords(words("plan_before"), words("plan_after"), words("vague"), words("plan_in_clause"), words("not_plan"),
                     words("statistics"))


# --- the grammar -------------------------------------------------------------------------------
# `2015年的10月7日` (a narrative 的 between the year and the month) is the same date as 2015年10月7日
_Y = r"(?:(?P<y>(?:1[89]|20)\d\d)年(?:的\s*(?=\d))?|(?P<rel>今年|去年|明年|前年))"
_SEP = r"(?:至|到|—|－|-|~|～)"
# After an optional year, a month may not follow a digit or a 年 the year pattern did not take:
# in `1850年3月` the 3月 belongs to 1850 (out of range), not to the publication year; in
# `每年的6月18日` to every year (a yearly date is no date).
_NO_STRAY_YEAR = r"(?(y)|(?(rel)|(?<![\d.年])(?<!每年的)))"
_PLAN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# a full date in Chinese numerals (二〇二五年七月二十日; the digit 0 may be typed among them; _fold has
# turned a year of the 1900s or 2000s into digits, 2025年七月二十日)
_CN_FULL_DATE = (r"(?P<cy>(?<![\d.])(?:19|20)\d\d|(?=[0〇○零]{0,3}[一二三四五六七八九])[0〇○零一二三四五六七八九]{4})年(?P<cm>十[一二]?|[一二三四五六七八九])月"
                 r"(?P<cd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")

# (name, pattern, a word the pattern cannot match without: most paragraphs lack it, and a plain
# `in` test is far cheaper than scanning them with the pattern; "" when there is no such word)
_PATTERNS: tuple[tuple[str, re.Pattern, str], ...] = tuple(
    (name, re.compile(rx), needs)
    for name, rx, needs in (
        # 二〇二三年三月十五日, 二〇二三年三月, 二〇二三年 (years written in Chinese numerals; a
        # month and day in numerals need the year before them: 三月 alone is too often a name)
        # 二〇二五年七月二十日-二〇二五年七月二十五日: a span of two full dates in Chinese numerals
        ("cn_day_range", _CN_FULL_DATE.replace("?P<", "?P<a_") + r"\s*" + _SEP + r"\s*" + _CN_FULL_DATE.replace("?P<", "?P<b_"), "年"),
        # (the digit 0 typed among the numerals, 二00七年三月一日, is 〇; four digits alone are a year in digits)
        ("cn_date", r"(?P<cy>(?=[0〇○零]{0,3}[一二三四五六七八九])[0〇○零一二三四五六七八九]{4})年(?:(?P<cm>十[一二]?|[一二三四五六七八九])月(?:(?P<cd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?)?", "年"),
        # 2023年三月, 2023年十二月二十八日: a year in digits, its month (and day) in numerals
        ("mixed_date", r"(?<![\d.])(?P<y>(?:1[89]|20)\d\d)年(?P<cm>十[一二]?|[一二三四五六七八九])月(?:(?P<cd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?", "年"),
        # 今年十月一日, 去年十二月: a year word, its month (and day) in numerals
        ("rel_cn_date", r"(?P<rel>今年|去年|明年|前年)(?P<cm>十[一二]?|[一二三四五六七八九])月(?:(?P<cd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?", "年"),
        # 一月，…: a month in numerals opening a sentence with its comma (elsewhere 三月 is too often a name: 三月三)
        ("season_month", r"(?<![^\s。！？；;!?])(?P<cm>十[一二]?|[一二三四五六七八九])月(?=[，,])", "月"),
        # 盛夏八月, 金秋十月, 阳春三月: a month in numerals after its season (三月 alone is too often a name)
        ("season_month", r"(?:盛夏|初夏|仲夏|炎夏|初春|早春|阳春|暮春|金秋|深秋|晚秋|初秋|隆冬|寒冬|初冬)(?P<cm>十[一二]?|[一二三四五六七八九])月(?!份?[\d一二三四五六七八九十]+[日号])", "月"),
        ("five_year", r"[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?", "十"),  # “十四五” (2021–2025), 十五五规划
        # the sixth to ninth plans in quotes (`从"八·五"开始`, “九五”期间: 1991–1995, 1996–2000; a bare 八五 may be a figure)
        ("five_year", r"[“\"](?P<m>[六七八九])\s*[·・.]?\s*五[”\"]", "五"),
        ("since", _Y + r"?(?P<init>年初)?以来", "以来"),
        # 同年 / 同年10月 / 当年7月: the year told just before (当年 alone is "back then": no date)
        # 5月签约，当月即开工: the month told before; 2022年3月签约，次月开工: the month after it
        ("same_month", r"(?:同月|当月|(?P<nm>次月|翌月))(?!份?[以来起])(?:(?P<d>\d{1,2})[日号])?", "月"),
        # (`2022年是…不平凡的一年。这一年，…获批…`: 这一年/那一年 at a clause's head points back as 同年 does; 这一年来 is a span)
        ("same_year", r"(?:同一?年(?![龄级度代纪])|(?<![今去明前])当年(?=\d)|(?<![^\s，,。；;！？!?：:“”在])[这那]一年(?![来里度级代]))"
         r"(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?)?", "年"),
        # `预计下半年开工建设，当年投资2亿元`, `当年签约、当年开工`: 当年 opening a clause after a date of
        # its sentence is that date's year (elsewhere 当年 is "back then": 当年的老厂房)
        ("same_year", r"(?<=[，,、])(?P<cy0>当年)(?=[\u4e00-\u9fff])(?![的代龄级度纪])", "当年"),
        # 今年前十个月, 2023年前5个月: a statistical period from January
        ("first_months", _Y + r"?前(?P<fm>\d{1,2}|十[一二]?|[一二两三四五六七八九])个?月", "月"),
        # 2025年7月20日-2025年7月25日, 2021年10月1日到2026年9月30日: a span of two full dates
        ("full_day_range", r"(?<![\d.])(?P<y>(?:1[89]|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?\s*" + _SEP
         + r"\s*(?P<y2>(?:1[89]|20)\d\d)年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})[日号]", "年"),
        # the same span written with dots, slashes or dashes: 2025.7.20-2025.7.25, 2021/10/1到2026/9/30
        ("full_day_range", r"(?:(?<![\d.:/\-])|(?<=[\u4e00-\u9fff][:：]))(?P<y>(?:19|20)\d\d)(?P<sep>[./\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\s*"
         + _SEP + r"\s*(?P<y2>(?:19|20)\d\d)(?P=sep)(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![\d.:/\-])", ""),
        # `公示日期:2020121120201212`, `公示日期:20191015`: a date label's value with every separator lost
        # (only right after 日期/时间 and its colon, only a whole run of 8 or 16 digits: never a number's part)
        ("compact_day", r"(?:(?<=日期[:：])|(?<=时间[:：]))\s*(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
         r"(?:(?P<y2>(?:19|20)\d\d)(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01]))?(?!\d)", ""),
        # `419上午,…签字仪式举行`: a month and day whose 月 and 日 were lost, at a clause's start before a time of
        # day (read only where one split of the digits is a real day: 111 may be 1月11日 or 11月1日)
        ("glued_day", r"(?<![^\s，,。；;！？!?：:“”\"（(])(?P<md>\d{3,4})(?=[上下中]午|晚上|凌晨|早上|早晨|傍晚)", ""),
        ("day_range", _Y + r"?" + _NO_STRAY_YEAR + r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?" + _SEP + r"(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})[日号]", "月"),
        ("month_range", _Y + r"?" + _NO_STRAY_YEAR + r"(?P<m>\d{1,2})月?份?" + _SEP + r"(?:(?P<y2>(?:1[89]|20)\d\d)年)?(?P<m2>\d{1,2})月份?(?!\d*日)", "月"),
        ("month_list", _Y + r"?" + _NO_STRAY_YEAR + r"(?P<m>\d{1,2})、(?P<m2>\d{1,2})月份?", "月"),
        ("year_range", r"(?<!\d)(?P<y>(?:1[89]|20)\d\d)年?" + _SEP + r"(?P<y2>(?:1[89]|20)\d\d)年", "年"),
        ("day", _Y + r"?" + _NO_STRAY_YEAR + r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]", "月"),
        # 2021.8.12, 2021/08/12, 2021-8-12 in a sentence or after a label's colon (`首批:2011.12.7`; one separator
        # throughout; not a header's timestamp `2021-08-12 10:15`, which is page furniture, nor part of a longer number)
        ("day", r"(?:(?<![\d.:/\-])|(?<=[\u4e00-\u9fff][:：]))(?P<y>(?:19|20)\d\d)(?P<sep>[./\-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.:/\-])(?!\s*\d{1,2}[:：]\d)", ""),
        # 21年3月: a two-digit year before a written month is this century's (not 第21年, 近21年3个月)
        ("day", r"(?<![\d.第近约逾超满共历])(?P<yy>[0-2]\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]", "年"),
        ("month", r"(?<![\d.第近约逾超满共历])(?P<yy>[0-2]\d)年(?P<m>\d{1,2})月(?!\d)", "年"),
        ("month", _Y + r"?" + _NO_STRAY_YEAR + r"(?P<m>\d{1,2})月份?(?P<part>初|上旬|中旬|下旬|底|末)?", "月"),
        # `20109月成功上市`, `预计20133月建成投产`: a year and its month with the 年 lost in conversion (a run
        # of five or six digits before 月 is no count of months: those take 个)
        ("month", r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<m>1[0-2]|[1-9])月(?!\d)", "月"),
        # `二期计划年9月开工,年1月完工`: a 年 after a plan word or at a clause's head whose digits a copy lost (a year
        # nobody can know: the month and day only, never the page's year)
        ("lost_year", r"(?<=[计划将于在到至，,；;。])年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?", "年"),
        ("half", _Y + r"?(?P<h>上半年|下半年)", "半年"),
        ("quarter", _Y + r"?(?:前(?P<qn>[一二三两23])个?季度|第?(?P<q>[一二三四1-4])季度)", "季度"),
        ("year", r"(?<![\d.])(?P<y>(?:1[89]|20)\d\d)年(?!代)(?P<part>年初|年底|年末|开年|初(?!步)|底|末|内|中(?=[\s，,。；;、]|$)|"
                 r"(?:春节|元旦|国庆|五一|中秋|端午|清明)(?:期间|假期|长假|前后))?", "年"),  # 2018年年底: December
        # (2020年中央预算内投资 is no mid-2020, 2019年初步建成 no early 2019)
        ("rel_year", r"(?P<rel>今年|去年|明年|前年)(?P<part>年初|年底|年末|年中|初|底)?", "年"),
        ("within_year", r"(?<![\d年今去明前当全])(?P<wy>年内|年底|年末)", "年"),  # 有望年内投产: this year
        ("years_after", r"(?:(?P<an>[一二两三四五六七八九十]|[1-9]\d?)年(?:后|以后|之后)|(?P<nx>次年|翌年)(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?)?)", "年"),  # 1961年…两年后; 次年10月
        ("years_ago", r"(?<![\d年])(?P<ago>[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|[1-9]\d?)年(?:前|以前|之前)", "年"),  # 一年前: the publication year less one
        # the day told just before (当天，…; 也是在那天，…; 是当天开工的); never a day its own words
        # define (微信服务群成立的那天起, 巡游活动当天)
        ("that_day", r"(?<![^\s，,。；;！？!?：:“”\"（(在是于就也即])(?P<td>当天|当日|那天|那一天|这一天|同一天|同日|会上(?=[，,]))", ""),  # 会上，: the meeting's day
        # `…生产线顺利投产。中航锂电高新产业园同日启用`: 同日 names no day of its own words (as `活动当天` does): right
        # after its subject it is the day told before (not 同日而语)
        ("that_day", r"(?<=[\u4e00-\u9fff])(?P<td>同日|同一天)(?!而)", "同"),
        # the day after / before the day told just before (`5月1日签约，次日开工`; `前一天，园区揭牌`)
        ("next_day", r"(?<![^\s，,。；;！？!?：:“”\"（(在是于就也即])(?P<nd>次日|翌日|第二天|隔天|前一天|前一日)(?![晚上下午早中]?[起以])", ""),
        # `5月10日签约。3天后，项目开工`: days on from the day told just before
        ("next_day", r"(?<![^\s，,。；;！？!?：:“”\"（(在是于就也即])(?:经过|历经)?(?P<nn>[1-9]\d?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])天(?:后|之后|以后)(?![晚上下午早中]?[起以])", "天"),
        # `7月18日…罚款…。而在此3天前，该企业…遭…通报`: days back from the day told just before (此 names it; a bare
        # `3天前` may count from the publication day)
        ("next_day", r"(?<![^\s，,。；;！？!?：:“”\"（(在是于就也即而])此(?P<nb>[1-9]\d?|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])天(?:前|之前|以前)", "天"),
        # `项目周二晚在长春举行奠基仪式` in a Thursday's paper: that week's Tuesday (not 每周二, 上周二, 周一至周五,
        # nor the weekday of a day told: 3月5日（星期三）)
        ("weekday", r"(?<![上下每逐隔日号])(?<![日号][（(\s，,])(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])(?![至到—－\-~～、和及与])", ""),
        ("lately", r"(?<![\d月])(?P<lately>近日|日前)", "日"),  # the publication's month, approximately
        ("new_year", r"新的一年", "新的一年"),
        ("rel_day", r"(?P<rd>今天|今日|今早|今晨|昨天|昨日|昨晚|前天|明天|明日)", ""),
        ("rel_month", r"(?P<rm>本月|上月|上个月|下月|下个月)(?P<part>初|上旬|中旬|下旬|底|末)?", "月"),
        # `月底前，项目将完成设备安装`, `于月初开工`: a month's start or end with no month named is the
        # publication month's (not 蜜月初期, 每月月底, 3个月底: only after a clause's start or a preposition)
        ("rel_month", r"(?<![^\s，,。；;！？!?：:“”\"（(在于到至从])(?P<rm>月)(?P<part>初|底|末)(?![期])", "月"),
        ("day_only_range", r"(?:(?<![\d月.:：/\-])|(?<=[)）][:：]))(?P<dd>\d{1,2})日?" + _SEP + r"(?P<dd2>\d{1,2})日(?![电\d])", "日"),  # 3日至5日
        ("day_only", r"(?:(?<![\d月.:：/\-])|(?<=[)）][:：]))(?P<dd>\d{1,2})日(?![电\d])", "日"),  # 在5日举行的, 23日落幕: the publication's month
        ("name", r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?![年万亿余多个家项元吨辆台人名亩千百\d.%])(?=[\u4e00-\u9fff“”]{1,15}?(?:博览会|健博会|航空展|展会|大会|论坛|峰会|运动会|会|展|节|赛))", ""),
        # “2018中外企业家走进长春”: a year that opens a quoted title names an activity of that year
        ("name", r"(?<=[“\"])(?P<y>(?:19|20)\d\d)(?=[\u4e00-\u9fff]{2,20}[”\"])", ""),
    )
)
_REL_OFFSET = {"今年": 0, "当年": 0, "去年": -1, "明年": 1, "前年": -2}
_CLAUSE_END = "，,。；;！？!?：:"


# The characters NFKC may change: all but ASCII and the CJK Unified Ideographs, which it leaves
# as they are (tests/test_dates.py checks this), so the bulk of a paragraph needs no look-up.
_MAY_FOLD = re.compile(r"[^\x00-\x7f\u4e00-\u9fff]")


def _fold(text: str) -> str:
    """NFKC one character at a time, and a year in Chinese numerals in digits (二〇二四年底 → 2024年底, so
    every pattern of a year in digits reads it), so offsets into the folded text are offsets into `text`."""
    for ch in set(_MAY_FOLD.findall(text)):
        n = unicodedata.normalize("NFKC", ch)
        if len(n) == 1 and n != ch:
            text = text.replace(ch, n)  # n is NFKC already, so no later replacement touches it
    return numeral_years_in_digits(text)


def _iso(y: int, m: int = 0, d: int = 0) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


def _real_day(y: int | None, m: int, d: int) -> bool:
    import datetime

    try:
        datetime.date(y or 2000, m, d)  # 2000 was a leap year: 2月29日 without a year is possible
        return True
    except ValueError:
        return False


def _yearless(m: int, d: int = 0) -> str:
    return f"--{m:02d}" + (f"-{d:02d}" if d else "")


def _pub_parts(pub: PublicationDate | None) -> tuple[int, int, int] | None:
    if pub is None:
        return None
    parts = [int(p) for p in pub.value.split("-")]
    return (parts + [0, 0])[0], (parts + [0, 0])[1], (parts + [0, 0, 0])[2]


def _is_plan(text: str, start: int, end: int, words: DateWords, year_level: bool, own_clause: bool = False) -> bool:
    lo = max(0, start - 6)  # only the last six characters count: never search the whole line back
    clause_start = max((text.rfind(c, lo, start) for c in _CLAUSE_END), default=-1) + 1
    before = text[max(clause_start, lo) : start]
    if before.endswith(("截至", "截止", "截止到")):
        return False  # "as of": a stock taken at that date, not a target
    plan_before = [w for w in words.plan_before if year_level or w not in ("到", "至")]
    if _from_a_year_before(text, start, before):
        plan_before = [w for w in plan_before if w not in ("到", "至")]  # 从2015年…，到2019年…: a span told, no target
    if any(before.endswith((w, w + "在", w + "于", w + "从", w + "自")) for w in plan_before):
        return True
    # after: the rest of this clause and the start of the next one (在2025年，长春将…); 将 before a
    # quote or book title is the object marker (将“四新”产业拓展为…), not the future.
    after = text[end : end + 12]
    cut = [i for i, c in enumerate(after) if c in ("。；;！？!?" + ("，," if own_clause else ""))]
    after = after[: cut[0]] if cut else after
    head = after.lstrip("，,")
    if any(head.startswith(w) for w in ("前", "以前", "之前", "底前", "年底前")):
        return True
    for w in words.plan_after:
        if w in ("前", "以前", "之前", "底前", "年底前"):
            continue
        if w not in after[:8]:
            continue
        for m in re.finditer(re.escape(w), after[:8]):
            nxt = after[m.end() : m.end() + 1]
            if w == "将" and nxt in "“\"《「":
                continue
            return True
    return False


_FROM_A_YEAR = re.compile(r"从\s*(?:19|20)\d\d\s*年")


def _from_a_year_before(text: str, start: int, before: str) -> bool:
    """Does `到` (right before the date) close a `从<year>` of its sentence (`发射量从2015年的一年几颗，到2019年的
    一年十几颗`)? Reads back at most 60 characters, never past the sentence's start."""
    if not before.endswith(("到", "至")):
        return False
    lo = max(0, start - 60)
    stop = max((text.rfind(c, lo, start) for c in "。！？；!?;"), default=-1)
    return _FROM_A_YEAR.search(text, max(lo, stop + 1), start) is not None


def _vague_mentions(text: str, words: DateWords, taken: DisjointSpans) -> list[DateMention]:
    out = []
    for w in words.vague:
        if w not in text:
            continue  # most paragraphs hold none of them: skip the scan
        for m in re.finditer(re.escape(w), text):
            if taken.overlaps(m.start(), m.end()):
                continue
            taken.add(m.start(), m.end())
            out.append(DateMention(m.start(), m.end(), w, "", "", "vague", False, False, True))
    return out


def find_date_expressions(text: str, pub: PublicationDate | None, earlier_day: DateMention | None = None,
                          earlier_year: DateMention | None = None, dateline: tuple[int, int] | None = None) -> list[DateMention]:
    """The date phrases of `text` in order of place. `earlier_day` is the last day an earlier
    paragraph of the article told (`last_day`), which a `当天` before any day of this one means;
    `earlier_year` the last year (`last_year`), which a `同年` before any year of this one means;
    `dateline` the month and day of the wire dateline that opened this paragraph's story
    (`wire_dateline`), which a bare `22日` or `今日` of a page with no publication date means."""
    words = date_words()
    folded = _fold(text)
    pub_ymd = _pub_parts(pub)
    if pub is not None and pub.inferred and pub.source == "dateline":
        # a dateline's year that no line states is a guess: the dates it would anchor stay year-less
        pub_ymd = None
    pub_certain = pub is not None and not pub.inferred
    taken = DisjointSpans()
    found: list[DateMention] = []
    for name, pattern, needs in _PATTERNS:
        if needs not in folded:
            continue
        for m in pattern.finditer(folded):
            s, e = m.span()
            if e == s or taken.overlaps(s, e):
                continue
            mention = _resolve(name, m, text, folded, pub, pub_ymd, pub_certain, words)
            if mention is None and name in ("cn_date", "mixed_date") and m.group("cd"):
                taken.add(s, e)  # 二〇二三年二月三十日: a day that does not exist is no date, nor is its year alone
            if mention is not None:
                taken.add(s, e)
                found.append(mention)
    found.extend(_vague_mentions(folded, words, taken))
    if pub_ymd is None:
        found = _days_of_the_dateline(found, folded, dateline)
    found = _anchor_to_paragraph_year(sorted(found, key=lambda x: (x.start, x.end)), pub_ymd, folded)
    found = _lists_share_the_plan(found, folded)
    if pub is not None and pub.inferred and pub.source == "inferred":
        # a year inferred from the latest event is no more than a lower bound of the report's present
        found = [_without_year(x) if x.relative and not x.told and _reporting_scene(folded, x) else x for x in found]
    if any(x.kind == "after" for x in found):
        found = _years_after_an_event(found, earlier_year)
    if any(x.kind == "anaphor" for x in found):
        found = _that_day(found, earlier_day)
    return found


def _lists_share_the_plan(mentions: list[DateMention], text: str) -> list[DateMention]:
    """`到2025年、2030年、2035年，…将力争分别达到…`, `计划2026年、2027年分别建成…`: dates listed with a
    comma of enumeration share the plan word that stands before the first of them."""
    out: list[DateMention] = []
    for x in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.plan and not x.plan and prev.kind == x.kind == "date" and x.start - prev.end <= 3
                and text[prev.end : x.start].strip() in ("、", "和", "及", "与")):
            x = DateMention(x.start, x.end, x.expression, x.iso, x.precision, x.kind, x.certain, True, x.relative, x.told)
        out.append(x)
    return out


# `人民网长春11月19日电（记者…）`, `新华社北京3月5日讯`: a wire story's opening, its month and day
_WIRE_DATELINE = re.compile(r"\s*[^\s，,。；;“”]{1,16}?(\d{1,2})月(\d{1,2})日(?:电|讯|消息)")


def wire_dateline(text: str) -> tuple[int, int] | None:
    """(month, day) of the wire dateline that opens `text` (`中新社长春8月22日电`), else None."""
    wire = _WIRE_DATELINE.match(text)
    return (int(wire.group(1)), int(wire.group(2))) if wire and _real_day(None, int(wire.group(1)), int(wire.group(2))) else None


def _days_of_the_dateline(mentions: list[DateMention], text: str, earlier: tuple[int, int] | None = None) -> list[DateMention]:
    """`人民网长春11月19日电 …今日，在…发布会上`: in a wire story 今日/今天 is the dateline's day (昨天 the
    day before it), and a bare day (`记者22日在…获悉`) is in the dateline's month (or the month before,
    when it is later than the dateline's day), in this paragraph or a later one of the story (`earlier`);
    also where no line states the year: then a day of an unknown year."""
    wire = _WIRE_DATELINE.match(text)
    line = wire_dateline(text) or earlier
    if line is None:
        return mentions
    mo, d = line
    begins = wire.end() if wire else 0
    out = []
    for x in mentions:
        if x.start < begins:
            pass  # the dateline's own date: kept as read
        elif x.kind == "vague" and x.expression in _DAY_OFFSET and _real_day(None, mo, d + _DAY_OFFSET[x.expression]):
            x = DateMention(x.start, x.end, x.expression, _yearless(mo, d + _DAY_OFFSET[x.expression]), "day", "date", False,
                            _DAY_OFFSET[x.expression] > 0, True)
        elif x.kind == "date" and not x.plan and x.expression.startswith("今年") and re.fullmatch(r"--\d\d(?:-\d\d)?", x.iso) \
                and (int(x.iso[2:4]), int(x.iso[5:7] or 0)) > (mo, d if x.iso[5:7] else 31):
            # `9月16日電 …今年十月一日…閱兵禮上`: a day (or month) of this year after the dateline's is ahead of the story
            x = DateMention(x.start, x.end, x.expression, x.iso, x.precision, x.kind, x.certain, True, x.relative, x.told)
        elif x.kind == "date" and x.precision == "day" and re.fullmatch(r"---\d\d", x.iso):
            day = int(x.iso[3:])
            month = mo if day <= d or x.plan else (mo - 2) % 12 + 1  # (a plan's day after the dateline's is ahead)
            if _real_day(None, month, day):
                x = DateMention(x.start, x.end, x.expression, _yearless(month, day), "day", "date", False, x.plan, True)
        out.append(x)
    return out


def last_day(mentions: list[DateMention], earlier: DateMention | None = None) -> DateMention | None:
    """The last day told as done among `mentions` (else `earlier`): what a later `当天` means."""
    days = [x for x in mentions if x.kind == "date" and x.precision == "day" and not x.plan]
    return days[-1] if days else earlier


def _that_day(mentions: list[DateMention], earlier: DateMention | None) -> list[DateMention]:
    """`21日…举行。当天，…集中开工`, `1956年7月14日，…。也是在那天，…`: 当天/那天 is the day told just
    before it (in this paragraph, else an earlier one); with none, it names no date."""
    out: list[DateMention] = []
    for x in mentions:
        if x.kind == "anaphor":
            told = last_day(out, earlier)
            iso = _days_on(told.iso, int(x.iso)) if told is not None and x.iso else told.iso if told is not None else ""
            if not iso:
                x = DateMention(x.start, x.end, x.expression, "", "", "vague", False, False, True)
            else:
                x = DateMention(x.start, x.end, x.expression, iso, "day", "date", told.certain, False, True, bool(x.iso))
        out.append(x)
    return out


def _days_on(iso: str, n: int) -> str:
    """The day `n` days after a told day (`2019-05-01` → `2019-05-02`); a year-less one only within
    its month (`--05-01` → `--05-02`; `--05-31` + 1 crosses a month of an unknown year: "")."""
    import datetime

    full = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", iso)
    if full:
        return (datetime.date(*map(int, full.groups())) + datetime.timedelta(days=n)).isoformat()
    yearless = re.fullmatch(r"--(\d\d)-(\d\d)", iso)
    if yearless and _real_day(None, int(yearless.group(1)), int(yearless.group(2))):
        # the same day of the calendar in a common and a leap year (the unknown year is one of them)
        mo, d = int(yearless.group(1)), int(yearless.group(2))
        days = {(datetime.date(y, mo, d) + datetime.timedelta(days=n)).strftime("%m-%d") for y in (2001, 2004) if _real_day(y, mo, d)}
        # (2月29日 is a leap year's; a count into January is the next year's: years of their own, not told)
        if len(days) == 1 and (mo, d) != (2, 29) and min(days) >= f"{mo:02d}":
            return "--" + days.pop()
    return ""


def _years_after_an_event(mentions: list[DateMention], earlier: DateMention | None = None) -> list[DateMention]:
    """`1961年，厂房建成。两年后，…` is 1963: a count of years after the last year the paragraph
    gave; `…立项，同年…成立` / `同年10月` (+0) is that year, also when an earlier paragraph told
    it (`earlier`); with none before it, it names no date."""
    out, last, told, planned = [], None, earlier, None
    for x in mentions:
        if x.kind == "after":
            n, _, month_day = x.iso[1:].partition("-")
            anchor = told if n == "0" else (planned or last) if x.plan else last  # (将在2010年开始，8年后…将成: 2018)
            if x.expression == "当年":  # the year of the date just told in its sentence, a plan's too
                anchor = next((o for o in reversed(out) if o.kind == "date" and o.year is not None), None)
                if anchor is not None:
                    x = DateMention(x.start, x.end, x.expression, x.iso, x.precision, x.kind, x.certain, anchor.plan, x.relative)
            if month_day.startswith("=") and (anchor is None or not re.match(r"\d{4}-\d\d(?:-\d\d)?$", anchor.iso)):
                anchor = None  # 当月 needs a month told before it
            if anchor is None:
                out.append(DateMention(x.start, x.end, x.expression, "", "", "vague", False, False, True))
                continue
            y = anchor.year + int(n)
            if month_day.startswith("=+"):  # 次月: the month after the one told (December's is January's)
                index = y * 12 + int(anchor.iso[5:7])
                y, month_day = (index // 12, f"{index % 12 + 1:02d}" + month_day[2:])
                if len(month_day) > 2 and not _real_day(y, int(month_day[:2]), int(month_day[3:])):
                    out.append(DateMention(x.start, x.end, x.expression, "", "", "vague", False, False, True))
                    continue
            elif month_day.startswith("="):
                month_day = anchor.iso[5:7] + month_day[1:]
            iso = _iso(y) + ("-" + month_day if month_day else "")
            out.append(DateMention(x.start, x.end, x.expression, iso, x.precision, "date", anchor.certain, x.plan, True, True))
            told = out[-1]
            continue
        if x.kind == "date" and x.year is not None and not x.relative:
            planned = x if x.plan else None  # the last year written out, a plan's too: a plan's count goes on from it
        if x.kind == "date" and x.year is not None and not x.plan and not x.relative:
            last = x  # a year the paragraph writes out
        if x.kind == "date" and x.year is not None and not x.plan:
            told = x  # 去年5月，…；同年10月: a relative year is told too
        out.append(x)
    return out


def last_year(mentions: list[DateMention], earlier: DateMention | None = None) -> DateMention | None:
    """The last year told as done among `mentions` (else `earlier`): what a later `同年` means."""
    years = [x for x in mentions if x.kind == "date" and x.year is not None and not x.plan]
    return years[-1] if years else earlier


def _opens_a_clause(text: str, x: DateMention) -> bool:
    """A written year that stands alone at the head of a clause (`2022年，项目签约；6月，…`) sets the
    year of the story told after it in the paragraph (a year inside a clause qualifies a noun), unless
    its sentence reports figures and no target (`2023年，全市工业产值同比增长8%。5月9日，…`: a year
    reported on, often the last one, says nothing of when the next sentence's day was)."""
    if x.kind != "date" or x.plan or x.relative or x.precision != "year" or text[x.end : x.end + 1] not in ("，", ","):
        return False
    head = text[max(0, x.start - 4) : x.start].rstrip(" \u3000“”\"")
    if head and head[-1] not in _CLAUSE_END:
        return False
    stop = _SENTENCE_STOP.search(text, x.end)
    sentence = text[x.end : stop.start() if stop else len(text)]
    words = date_words()
    # (a target's figures are a plan for that year: `2021年，沈阳确定了“…投资增长10%以上”的年度目标任务`)
    return not any(w in sentence for w in words.statistics) or holds_a_plan_word(sentence, words)


def _year_of_the_named_activity(mentions: list[DateMention], text: str) -> list[DateMention]:
    """`9月4日，“2018中外企业家走进长春”…签约活动在长春举行` on a page that states no date: the day of
    an activity whose name carries its year is in that year (one name year in the sentence)."""
    names = [x for x in mentions if x.kind == "name" or names_the_activity_held(text, x)]
    if not names:
        return mentions
    out = []
    for x in mentions:
        if x.kind == "date" and x.iso.startswith("--") and not x.iso.startswith("---") and x.expression[:1].isdigit():
            lo = max(text.rfind(c, 0, x.start) for c in "。！？；!?;") + 1
            hi = min([k for k in (text.find(c, x.end) for c in "。！？；!?;") if k != -1] + [len(text)])
            # (a year's meeting held in December is often the next year's: 12月28日，…召开2024年全市经济工作会议)
            years = {n.year for n in names if lo <= n.start < hi and (n.kind == "name" or x.iso[2:4] != "12")}
            if len(years) == 1:
                x = DateMention(x.start, x.end, x.expression, f"{years.pop():04d}" + x.iso[1:], x.precision, x.kind, True, x.plan, True, True)
        out.append(x)
    return out


# `召开的2025年全省科技工作会议`, `举行2018年招商引资重点项目集中开工活动`: a year between the verb that holds an
# activity and the activity's name
# (`举办的全省开发区2021年第一期…“三个一批”活动上`: the activity's scope may stand between, a quoted
# phrase in its name)
_HOLDING_VERB = re.compile(r"(?:召开|举办|举行|主办|承办|开幕|启动)的?[\u4e00-\u9fff]{0,8}$")
_ACTIVITY_NAME = re.compile(r"(?:[^，,。；;！？!?：:“”]|“[^“”，,。]{1,12}”){1,40}?(?:会议?|活动|论坛|仪式|大会|峰会|博览会|展|节|赛)"
                            r"(?=[，,。；;！？!?]|$|上|获悉|了解)")


def names_the_activity_held(text: str, x: DateMention) -> bool:
    """Is the written year `x` part of the name of an activity held (`…召开的2025年全省科技工作会议获悉`)?
    Such a year is the activity's, as in a name that carries it (`2024长春国际光电博览会`)."""
    if x.kind != "date" or x.precision != "year" or x.relative or x.plan or not re.fullmatch(r"\d{4}\s*年", x.expression):
        return False
    if text.startswith("度", x.end) or "总结" in text[x.end : x.end + 20]:
        return False  # (2023年度工作总结大会 is held after the year it sums up)
    return _HOLDING_VERB.search(text, max(0, x.start - 11), x.start) is not None and _ACTIVITY_NAME.match(text, x.end) is not None


def _without_year(x: DateMention) -> DateMention:
    """`2021-04-07` → `--04-07`: the day as told, its year unknown."""
    return DateMention(x.start, x.end, x.expression, "-" + x.iso[4:] if x.iso[:4].isdigit() else x.iso, x.precision, x.kind, False,
                       x.plan, x.relative, x.told)


_REPORTER_AFTER = re.compile(r"[^。；;！？!?（(]{0,8}?记者")


def _reporting_scene(text: str, x: DateMention) -> bool:
    """`10月16日，记者在…看到`, `记者4月7日从…获悉`: the reporter's own day is the report's present, so
    its year is the publication's, never a year the story told before it (`2015年10月7日，卫星发射
    成功。10月16日，记者走进…`). Not a dateline's byline (`6月19日电(记者 郭佳)`)."""
    if not text or x.kind != "date" or x.precision != "day":
        return False
    if re.match(r"\s*(?:电|讯|消息|電|訊)", text[x.end : x.end + 3]):
        return False
    return _REPORTER_AFTER.match(text, x.end) is not None or text[max(0, x.start - 4) : x.start].endswith(("记者", "记者们"))


def _anchor_to_paragraph_year(mentions: list[DateMention], pub_ymd, text: str = "") -> list[DateMention]:
    """`2022年2月26日，…；5月31日，…`: a year-less day after an explicit full date in the same
    paragraph belongs to that date's year, and a bare day (`中新社长春7月28日电 …28日，…`) to the
    month before it (when no publication date supplies them; with one, see `_carry_written_year`)."""
    if pub_ymd is not None:
        return _carry_written_year(mentions, pub_ymd, text)
    mentions = _year_of_the_named_activity(mentions, text)
    out, year, month, plan_year = [], None, None, None
    for x in mentions:
        if _the_writers_present(x):
            year = month = plan_year = None
        if _an_anniversary(text, x):
            out.append(x)
            continue
        part = _PART_OF_THE_YEAR.fullmatch(x.expression)
        if part and x.kind == "date" and not x.iso and (plan_year if x.plan else year):
            # `2020年,二七区将全力推进…。一季度,二七区还将陆续开工…`: a quarter or half without its year is of the year
            # that opened a clause of the paragraph before it (a plan's of a plan's year)
            y = plan_year if x.plan else year
            tag = {"上半年": "H1", "下半年": "H2"}.get(part.group(0)) or "Q" + str(" 一二三四".index(part.group("q")))
            x = DateMention(x.start, x.end, x.expression, f"{y:04d}-{tag}", x.precision, x.kind, True, x.plan, True, True)
        if x.iso.startswith("---") and month and _real_day(year, month, int(x.iso[3:])):
            d = int(x.iso[3:])
            x = DateMention(x.start, x.end, x.expression, _iso(year, month, d) if year else _yearless(month, d),
                            x.precision, x.kind, year is not None, x.plan, True, True)
        elif (year and x.iso.startswith("--") and x.expression[:1].isdigit() and not _reporting_scene(text, x)
              and (not month or int(x.iso[2:4]) >= month)):  # 5月31日, never 今年年底; nor a month before the one told
            x = DateMention(x.start, x.end, x.expression, f"{year:04d}" + x.iso[1:], x.precision, x.kind, True, x.plan, True, True)
        told = re.match(r"(\d{4}|-)-(\d\d)", x.iso)
        # a date written in digits or Chinese numerals (二〇〇三年六月三十日), never 今年年底
        if told and x.kind == "date" and not x.plan and x.precision in ("day", "month") and (x.expression[:1].isdigit() or x.expression[:1] in NUMERAL_DIGITS):
            year = int(told.group(1)) if told.group(1).isdigit() else year
            month = int(told.group(2))
        elif _opens_a_clause(text, x):
            year, month = x.year, None
        elif _opens_a_clause(text, replace(x, plan=False)) and x.plan and x.year is not None:
            plan_year = x.year  # (a plan's year sets only the plans told after it)
        out.append(x)
    return out


_PART_OF_THE_YEAR = re.compile(r"上半年|下半年|第?(?P<q>[一二三四])季度")


_PRESENT_WORDS = ("如今", "目前", "当前", "现在", "眼下", "近日", "日前", "近期", "前不久", "不久前", "截至目前")


def _the_writers_present(x: DateMention) -> bool:
    """`1999年，…建成第一座工厂。如今，5月9日，…` / `今年5月，…`: a word of the writer's present ends
    the story a written year told; what follows is not of that year."""
    return (x.kind == "vague" and x.expression in _PRESENT_WORDS) or (x.relative and x.expression.startswith(("今年", "去年", "明年")))


def _an_anniversary(text: str, x: DateMention) -> bool:
    """`7月15日，一汽举行纪念活动，庆祝解放品牌诞生67周年`: the sentence counts years on from a date told
    before it, so its own day is not of that date's year."""
    lo = max(text.rfind(c, 0, x.start) for c in "。！？；!?;") + 1
    hi = min([k for k in (text.find(c, x.end) for c in "。！？；!?;") if k != -1] + [len(text)])
    return "周年" in text[lo:hi]


def _carry_written_year(mentions: list[DateMention], pub_ymd, text: str = "") -> list[DateMention]:
    """`2003年6月30日经省政府批准成立、9月28日正式揭牌运营` in a 2010 page: a month(-day) without a
    year, told as done after a full date of an earlier year in the same paragraph and not before it
    in that year, continues the story in that year, not in the publication's."""
    out, told = [], None
    for x in mentions:
        if _the_writers_present(x):
            told = None
        if (told and x.kind == "date" and x.relative and not x.plan and x.precision in ("day", "month") and not _reporting_scene(text, x)
                and not _an_anniversary(text, x)
                and x.expression[:1].isdigit() and "月" in _fold(x.expression) and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", x.iso)):
            here = (int(x.iso[5:7]), int(x.iso[8:10] or 0))
            if here >= told[1:] and (not here[1] or _real_day(told[0], *here)):
                x = DateMention(x.start, x.end, x.expression, f"{told[0]:04d}" + x.iso[4:], x.precision, x.kind, True, False, True, True)
        written = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", x.iso)
        # a date with its year (2003年6月30日) or a year word (今年3月, 去年5月) sets the story's year
        named = not x.relative or x.expression.startswith(tuple(_REL_OFFSET))
        if written and x.kind == "date" and not x.plan and named and x.precision in ("day", "month"):
            y = int(written.group(1))
            told = (y, int(written.group(2)), int(written.group(3) or 0)) if y < pub_ymd[0] else None
        elif _opens_a_clause(text, x):
            told = (x.year, 0, 0) if x.year < pub_ymd[0] else None
        out.append(x)
    return out


def _resolve(name, m, text, folded, pub, pub_ymd, pub_certain, words, plan_allowed: bool = True) -> DateMention | None:
    s, e = m.span()
    expr = text[s:e]
    g = m.groupdict()
    plan = _is_plan(folded, s, e, words, year_level=name in ("year", "year_range", "five_year", "half"))
    if not plan_allowed:
        plan = False
    elif plan and not _is_plan(folded, s, e, words, name in ("year", "year_range", "five_year", "half"), own_clause=True):
        # the plan word stands in the next clause (…2024年3月开工，预计2025年6月竣工): it makes a plan
        # only of a date the publication has not reached (在2025年，长春将…)
        unplanned = _resolve(name, m, text, folded, pub, pub_ymd, pub_certain, words, plan_allowed=False)
        if unplanned is not None and pub_ymd and pub_certain and unplanned.iso[:4].isdigit() and _ends_before(unplanned.iso, pub_ymd):
            return unplanned
    if plan and g.get("y") and pub_ymd and int(g["y"]) < pub_ymd[0] and folded[max(0, s - 1) : s] in ("到", "至"):
        plan = False  # 到2023年底，累计… in a 2024 article reports what was reached, not a target

    def year_of() -> tuple[int | None, bool, bool]:
        """(year, certain, relative) for the year part of the match."""
        if g.get("y"):
            return int(g["y"]), True, False
        if g.get("yy"):
            return 2000 + int(g["yy"]), True, False
        base = pub_ymd[0] if pub_ymd else None
        offset = _REL_OFFSET.get(g.get("rel") or "今年", 0)
        return (base + offset if base else None), pub_certain, True

    def mention(iso, precision, kind="date", certain=True, relative=False, is_plan=plan):
        return DateMention(s, e, expr, iso, precision, kind, certain, is_plan, relative)

    if name == "lost_year":
        mo, d = int(g["m"]), int(g.get("d") or 0)
        if not 1 <= mo <= 12 or (d and not _real_day(None, mo, d)):
            return None
        return mention(_yearless(mo, d), "day" if d else "month", "date", certain=False, relative=True)
    if name == "lately":
        if not pub_ymd or not pub_ymd[1]:
            return mention("", "", "vague", False, True, False)
        # a stated publication month dates it to that month, never for certain
        return mention(_iso(pub_ymd[0], pub_ymd[1]), "month", "date", certain=False, relative=True, is_plan=False)
    if name == "weekday":
        return _weekday_of_the_publication_week(g["wd"], pub_ymd if pub_certain else None, plan, mention)
    if name == "first_months":
        y, certain, relative = year_of()
        n = _count(g["fm"])
        if not 1 <= n <= 12:
            return None
        if y is None:
            return mention("", "range", "period", False, True, False)
        return mention(f"{_iso(y, 1)}/{_iso(y, n)}", "range", "period", certain, relative, False)
    if name in ("full_day_range", "compact_day"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        if not _real_day(y, mo, d):
            return None
        if not g.get("y2"):
            return mention(_iso(y, mo, d), "day")
        end = (int(g["y2"]), int(g["m2"]), int(g["d2"]))
        if not _real_day(*end) or end <= (y, mo, d):
            return None
        iso = f"{_iso(y, mo, d)}/{_iso(*end)}"
        # (a span whose end the page has not seen, 工期为2021年10月1日到2026年9月30日 in 2022, is scheduled)
        return mention(iso, "range", is_plan=plan or (pub_ymd is not None and pub_certain and not _ends_before(iso, pub_ymd)))
    if name == "glued_day":
        md = g["md"]
        splits = [(int(md[:k]), int(md[k:])) for k in (1, 2) if len(md) - k <= 2 and _real_day(None, int(md[:k]), int(md[k:]))]
        if len(splits) != 1:
            return None
        mo, d = splits[0]
        y, certain, _ = year_of()
        if y is not None and pub_ymd and not plan:
            y = _roll_back(y, mo, d, pub_ymd)
        if y is not None and not _real_day(y, mo, d):
            return None
        return mention(_iso(y, mo, d) if y else _yearless(mo, d), "day", certain=certain and y is not None, relative=True)
    if name == "day_only_range":
        d, d2 = int(g["dd"]), int(g["dd2"])
        if not 1 <= d < d2 <= 31:
            return None
        # the span is in the month of its first day (20日至22日 in a page of the 20th is this month's)
        first = _day_of_publication_month(d, pub_ymd, pub_certain, plan, mention)
        if first is None:
            return None
        if first.iso.startswith("---"):
            return mention(f"{first.iso}/---{d2:02d}", "range", certain=False, relative=True)
        if not _real_day(int(first.iso[:4]), int(first.iso[5:7]), d2):
            return None
        return mention(f"{first.iso}/{first.iso[:8]}{d2:02d}", "range", certain=pub_certain, relative=True)
    if name == "same_month":
        d = int(g.get("d") or 0)
        if d and not 1 <= d <= 31:
            return None
        return mention(("+0-=+" if g.get("nm") else "+0-=") + (f"-{d:02d}" if d else ""), "day" if d else "month", "after",
                       certain=False, relative=True)
    if name == "same_year":
        mo, d = int(g.get("m") or 0), int(g.get("d") or 0)
        if not 0 <= mo <= 12 or (d and not _real_day(None, mo, d)):
            return None
        return mention("+0" + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if d else ""), "day" if d else "month" if mo else "year",
                       "after", certain=False, relative=True)
    if name == "years_after":
        n = 1 if g.get("nx") else _count(g["an"])
        mo, d = int(g.get("m") or 0), int(g.get("d") or 0)
        if not 0 <= mo <= 12 or (d and not _real_day(None, mo, d)):
            return None
        return mention(f"+{n}" + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if d else ""), "day" if d else "month" if mo else "year",
                       "after", certain=False, relative=True)
    if name == "years_ago":
        if not pub_ymd:
            return mention("", "", "vague", False, True, False)
        return mention(_iso(pub_ymd[0] - _count(g["ago"])), "year", certain=pub_certain, relative=True, is_plan=False)
    if name == "that_day":
        return mention("", "day", "anaphor", False, True, False)  # dated by _that_day below
    if name == "next_day":  # dated by _that_day below, a day on from (or back to) the day told
        if g.get("nn"):
            return mention(f"+{_count(g['nn'])}", "day", "anaphor", False, True, False)
        if g.get("nb"):
            return mention(f"-{_count(g['nb'])}", "day", "anaphor", False, True, False)
        return mention("-1" if g["nd"].startswith("前") else "+1", "day", "anaphor", False, True, False)
    if name == "season_month":
        mo = chinese_number(g["cm"])
        y = pub_ymd[0] if pub_ymd else None
        if y is not None and not plan:
            y = _roll_back(y, mo, 0, pub_ymd)
        return mention(_iso(y, mo) if y else _yearless(mo), "month", certain=pub_certain and y is not None, relative=True)
    if name in ("cn_date", "mixed_date"):
        return _chinese_numeral_date(g, mention)
    if name == "cn_day_range":
        ends = [_chinese_numeral_date({k[2:]: v for k, v in g.items() if k.startswith(side)}, lambda iso, *a, **k: iso)
                for side in ("a_", "b_")]
        if None in ends or ends[1] <= ends[0]:
            return None
        iso = f"{ends[0]}/{ends[1]}"
        # (as in figures: a span whose end the page has not seen is scheduled)
        return mention(iso, "range", is_plan=plan or (pub_ymd is not None and pub_certain and not _ends_before(iso, pub_ymd)))
    if name == "rel_cn_date":
        y, certain, relative = year_of()
        mo, d = chinese_number(g["cm"]), chinese_number(g["cd"]) if g.get("cd") else 0
        if d and not _real_day(y, mo, d):
            return None
        return mention(_iso(y, mo, d) if y else _yearless(mo, d), "day" if d else "month", certain=certain and y is not None,
                       relative=True, is_plan=plan or _REL_OFFSET[g["rel"]] > 0)
    if name == "five_year":
        n = _PLAN_NUM[g["m"]] if g.get("m") else 10 + _PLAN_NUM[g["n"]]
        start = 1956 + 5 * (n - 1)  # the 3rd plan began in 1966; every plan since is five years
        return mention(f"{start}/{start + 4}", "range", is_plan=plan or _after_pub(f"{start}", pub_ymd))
    if name == "new_year":
        if not pub_ymd:
            return mention("", "year", certain=False, relative=True)
        # in a December article the new year is the next one
        y = pub_ymd[0] + (1 if pub_ymd[1] >= 11 else 0)
        return mention(_iso(y), "year", certain=pub_certain, relative=True, is_plan=True)
    if name in ("rel_day", "rel_month"):
        return _relative_to_day(name, g, pub, pub_ymd, pub_certain, mention, plan)
    if name == "since":
        y, certain, relative = year_of()
        if y is None:
            return mention("", "range", "period", False, True)
        if pub_ymd and pub_ymd[1] and (not g.get("y")):
            if y > pub_ymd[0]:
                return None  # “明年以来”: no period can run backwards
            return mention(f"{_iso(y, 1)}/{pub.value}", "range", "period", certain, relative, False)
        end = pub_ymd[0] if pub_ymd else y
        if end < y:
            return None  # “2030年以来” in an older article: no period can run backwards
        return mention(_iso(y) if end == y else f"{y:04d}/{end:04d}", "year" if end == y else "range", "period", certain, relative, False)
    if name == "year_range":
        y, y2 = int(g["y"]), int(g["y2"])
        if y2 <= y:
            return None
        return mention(f"{y}/{y2}", "range")
    if name == "year":
        if g.get("part") in ("底", "末", "年底", "年末"):  # 2018年年底 is that year's December
            return mention(_iso(int(g["y"]), 12), "month")
        if g.get("part") == "内":  # 项目2024年内建成: within a year the page has not closed, a plan
            return mention(_iso(int(g["y"])), "year", is_plan=plan or (pub_ymd is not None and int(g["y"]) >= pub_ymd[0]))
        return mention(_iso(int(g["y"])), "year")
    if name == "rel_year":
        y, certain, relative = year_of()
        if g.get("part") in ("年底", "年末", "底"):  # 今年年底 is December of that year
            return mention(_iso(y, 12) if y else _yearless(12), "month", certain=certain and y is not None, relative=True)
        # 明年 is ahead of the page whatever follows it: a plan (项目明年投产)
        return mention(_iso(y) if y else "", "year", certain=certain and y is not None, relative=True,
                       is_plan=plan or _REL_OFFSET[g["rel"]] > 0)
    if name == "within_year":
        return _this_year(g["wy"], pub_ymd, pub_certain, plan, mention)
    if name == "day_only":
        return _day_of_publication_month(int(g["dd"]), pub_ymd, pub_certain, plan, mention)
    if name == "name":
        return mention(_iso(int(g["y"])), "year", "name", is_plan=False)

    y, certain, relative = year_of()
    if name in ("half", "quarter"):
        if g.get("h"):
            tag, precision, kind = ("H1" if g["h"] == "上半年" else "H2"), "half", "date"
        elif g.get("qn"):
            n = {"一": 1, "两": 2, "二": 2, "三": 3}.get(g["qn"], None) or int(g["qn"])
            tag, precision, kind = f"Q1/{{y}}-Q{n}", "range", "period"
        else:
            q = {"一": 1, "二": 2, "三": 3, "四": 4}.get(g["q"]) or int(g["q"])
            tag, precision, kind = f"Q{q}", "quarter", "date"
        if y is None:
            return mention("", precision, kind, False, True)
        return mention(f"{y:04d}-" + tag.replace("{y}", f"{y:04d}"), precision, kind, certain, relative)

    mo = int(g["m"])
    if not 1 <= mo <= 12:
        return None
    if name in ("day", "day_range"):
        d = int(g["d"])
        if not 1 <= d <= 31:
            return None
    # (`6月1日起施行` in a May page: from a day on is this year's, the day a rule takes effect)
    if relative and pub_ymd and not g.get("rel") and not plan and not _future_follows(folded, e, words) and not folded.startswith("起", e):
        y = _roll_back(y, mo, int(g.get("d") or 0), pub_ymd)
    if name == "day":
        if not _real_day(y, mo, int(g["d"])):
            return None  # 2月30日
        iso = _iso(y, mo, int(g["d"])) if y else _yearless(mo, int(g["d"]))
        return mention(iso, "day", certain=certain and y is not None, relative=relative)
    if name == "month":
        iso = _iso(y, mo) if y else _yearless(mo)
        return mention(iso, "month", certain=certain and y is not None, relative=relative)
    m2 = int(g["m2"]) if g.get("m2") else mo
    if g.get("y2") and not g.get("y"):
        # `5月至2024年3月`: the start is the last such month up to the end the text dates, not the
        # publication year's (2023-05/2024-03; `3月至2024年10月` is 2024's March)
        y2 = int(g["y2"])
        y, certain, relative = (y2 if mo <= m2 else y2 - 1), True, False
    # (`2023年5月至2024年3月`: a range may end in a later year it writes)
    later_year = bool(g.get("y2")) and y is not None and int(g["y2"]) > y
    if not 1 <= m2 <= 12 or (m2 < mo and not later_year) or (g.get("y2") and y is not None and int(g["y2"]) < y):
        return None
    if name == "day_range":
        d, d2 = int(g["d"]), int(g["d2"])
        if not 1 <= d2 <= 31 or (m2 == mo and d2 <= d):
            return None
        iso = f"{_iso(y, mo, d)}/{_iso(y, m2, d2)}" if y else f"{_yearless(mo, d)}/{_yearless(m2, d2)}"
        return mention(iso, "range", certain=certain and y is not None, relative=relative)
    # month_range / month_list. A range from January that ends at or before the publication
    # month reports a statistical period (1至10月, 2025年1月至11月), not a dated happening.
    if m2 == mo and not later_year:
        return None
    y2 = int(g["y2"]) if g.get("y2") else y
    kind = "period" if mo == 1 and name == "month_range" else "date"
    iso = f"{_iso(y, mo)}/{_iso(y2, m2)}" if y else f"{_yearless(mo)}/{_yearless(m2)}"
    return mention(iso, "range", kind, certain and y is not None, relative, plan and kind == "date")




def _count(text: str) -> int:
    """A count of years: 2, 两, 十二."""
    return int(text) if text.isdigit() else chinese_number(text.replace("两", "二"))


def _chinese_numeral_date(g, mention) -> DateMention | None:
    y = int(g["y"]) if g.get("y") else int("".join(str(NUMERAL_DIGITS[c]) for c in g["cy"]))
    if not 1900 <= y <= 2099:
        return None
    if not g.get("cm"):
        return mention(_iso(y), "year")
    mo = chinese_number(g["cm"])
    if not g.get("cd"):
        return mention(_iso(y, mo), "month")
    d = chinese_number(g["cd"])
    if not _real_day(y, mo, d):
        return None
    return mention(_iso(y, mo, d), "day")


def _weekday_of_the_publication_week(word: str, pub_ymd, plan: bool, mention) -> DateMention | None:
    """`周二` in a paper of Thursday 30 June is Tuesday 28 June: a weekday the week of a stated
    publication day has reached. One it has not reached (next week's or last week's?) names no date."""
    import datetime

    if not pub_ymd or not pub_ymd[2]:
        return None
    pub = datetime.date(*pub_ymd)
    back = pub.weekday() - "一二三四五六日".index(word.replace("天", "日"))
    if back < 0:
        return None
    return mention((pub - datetime.timedelta(days=back)).isoformat(), "day", certain=True, relative=True, is_plan=False)


def _this_year(word: str, pub_ymd, pub_certain: bool, plan: bool, mention) -> DateMention:
    """年内 (within this year: a plan) and a bare 年底/年末 (December of this year)."""
    y = pub_ymd[0] if pub_ymd else None
    if word == "年内":
        return mention(_iso(y) if y else "", "year", certain=pub_certain and y is not None, relative=True, is_plan=True)
    return mention(_iso(y, 12) if y else _yearless(12), "month", certain=pub_certain and y is not None, relative=True)


def _day_of_publication_month(d: int, pub_ymd, pub_certain: bool, plan: bool, mention) -> DateMention | None:
    """A bare day (`23日落幕`) is in the publication's month, or the month before when it comes
    after the publication day and is no plan; without a publication month it is `---23`."""
    import datetime

    if not 1 <= d <= 31:
        return None
    if not pub_ymd or not pub_ymd[1]:
        return mention(f"---{d:02d}", "day", certain=False, relative=True)
    y, mo = pub_ymd[0], pub_ymd[1]
    if pub_ymd[2] and d > pub_ymd[2] and not plan:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    if not _real_day(y, mo, d):
        return None
    return mention(datetime.date(y, mo, d).isoformat(), "day", certain=pub_certain, relative=True)


_DAY_OFFSET = {"今天": 0, "今日": 0, "今早": 0, "今晨": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "前天": -2, "明天": 1, "明日": 1}
_MONTH_OFFSET = {"本月": 0, "月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}


def _relative_to_day(name, g, pub, pub_ymd, pub_certain, mention, plan: bool = False) -> DateMention:
    """昨日, 上月: only a publication date precise enough gives them a date; otherwise they stay vague."""
    import datetime

    if name == "rel_day":
        if not pub_ymd or not pub_ymd[2]:
            return mention("", "", "vague", False, True, False)
        day = datetime.date(*pub_ymd) + datetime.timedelta(days=_DAY_OFFSET[g["rd"]])
        return mention(day.isoformat(), "day", certain=pub_certain, relative=True, is_plan=_DAY_OFFSET[g["rd"]] > 0)
    if not pub_ymd or not pub_ymd[1]:
        return mention("", "", "vague", False, True, False)
    index = pub_ymd[0] * 12 + pub_ymd[1] - 1 + _MONTH_OFFSET[g["rm"]]
    # (本月中旬，项目将正式投产: a plan word makes a plan of this month too)
    return mention(_iso(index // 12, index % 12 + 1), "month", certain=pub_certain, relative=True,
                   is_plan=_MONTH_OFFSET[g["rm"]] > 0 or (_MONTH_OFFSET[g["rm"]] == 0 and plan))


def _roll_back(y: int | None, mo: int, d: int, pub_ymd: tuple[int, int, int]) -> int | None:
    """A past-tense month(-day) later in the year than a known publication date is last year's."""
    if y is None or y != pub_ymd[0] or not pub_ymd[1]:
        return y
    if mo > pub_ymd[1] or (mo == pub_ymd[1] and d and pub_ymd[2] and d > pub_ymd[2]):
        return y - 1
    return y


_SENTENCE_STOP = re.compile("[。！？；!?;]")


def _future_follows(text: str, end: int, words: DateWords) -> bool:
    """Does the rest of the sentence speak of what is to come (`8月份RAV4车型下线，将给…带来福音`)?
    Then a month after the publication's is this year's, not last year's. Reads at most 60
    characters: never the whole line."""
    stop = _SENTENCE_STOP.search(text, end, end + 60)
    return holds_a_plan_word(text[end : stop.start() if stop else end + 60], words)


def holds_a_plan_word(text: str, words: DateWords | None = None) -> bool:
    """Does `text` hold a word of `plan_in_clause` (将, 要, 力争 …) that is not part of a `not_plan`
    word (需要, 重要 …)?"""
    words = words or date_words()
    for w in words.not_plan:
        if w in text:
            text = text.replace(w, "，" * len(w))
    return any(w in text for w in words.plan_in_clause)


def _ends_before(iso: str, pub_ymd) -> bool:
    """Is the date over before the publication date, compared at the coarser precision (2024-03 in
    a page of 2024-05-10; not 2024, which the page's year may still hold)?"""
    told = [int(p) for p in re.findall(r"\d+", iso.split("/")[-1].split("-Q")[0].split("-H")[0])]
    pub = [p for p in pub_ymd if p]
    n = min(len(told), len(pub))
    return told[:n] < pub[:n]


def _after_pub(iso: str, pub_ymd) -> bool:
    return bool(pub_ymd) and int(iso[:4]) > pub_ymd[0]
