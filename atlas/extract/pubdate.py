"""Infer when an article was published when no line or field states it.

The article cannot be older than the latest thing it reports as done: the latest explicit date
(`2023年11月21日`), the end of a reported period (`2025年1月至11月`), or a year glued to an event's
name (`2024长春国际光电博览会`). Years in plans (`到2025年`, `在2025年，长春将…`, `2025年前`) are
not evidence. The result is the year, marked as inferred, with the phrases it came from.

Two more clues sharpen it: a dateline (`中新网长春2月2日电`) gives the month and day (the year is the
inferred one, or the next when the dateline falls before the latest reported date); dates relative
to the article's own year (`今年1至10月`, `前三季度`, `11月`) raise `not_before` to that month.
`展望“十五五”` alone says the article was written in the last year of the plan before.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as calendar_day

from ..records import Article, BlockKind, Problem, PublicationDate, Severity
from ..read.simplify import simplified
from ..text import numeral_years_in_digits
from .dates import find_date_expressions

_FULL = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_PERIOD = re.compile(r"(\d{4})年(?:\d{1,2})月?(?:至|到|—|-)(\d{1,2})月")
_MONTH = re.compile(r"(\d{4})年(\d{1,2})月")
_YEAR = re.compile(r"(\d{4})年")
_GLUED = re.compile(r"(?<![\d年])(\d{4})[\u4e00-\u9fff]{1,15}?(?:博览会|健博会|航空展|展会|大会|论坛|峰会|运动会|洽谈会|对接会|推介会|招商会|交易会|展览会|发布会|研讨会)")
_DATELINE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:社|网|报|台|财经|客户端)\s*[\u4e00-\u9fff]{0,6}?\s*(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?P<d>\d{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日(?:电|讯|消息)")
# a wire dateline that kept only its place (`長春4月16日電 （高龍安）…`, the outlet's name cut by the repost;
# a local paper's `今日4月28日讯 …`):
# 电/讯 and then the reporter in brackets or a space, so that `长春4月16日电动汽车展开幕` is a sentence
_PLACE_DATELINE = re.compile(r"^[\u4e00-\u9fff]{2,6}?\s*(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?P<d>\d{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日(?:电|讯)(?=\s*[（(]|\s)")
# an outlet of any name, its day and 消息/讯/电, then a mark or a space (`IT之家 8月12日消息，`, `澎湃新闻8月12日消息，`):
# `有关部门8月12日消息称…` and `记者8月12日电话…` run on as sentences
_NAMED_DATELINE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,10}?\s*(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月(?P<d>\d{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日(?:电|讯|消息)(?=\s|[，,：:（(/丨|]|$)")
_LOOK_AHEAD = re.compile(r"(?:展望|迈向|谋划|编制)[“\"]?十(?P<n>[一二三四五六七八九])五[”\"]?")
_PLAN_NUM = "一二三四五六七八九"
_PLAN_BEFORE = re.compile(r"(?:到|至|在|于|计划|预计|力争|将于|争取)\s*$")
_PLAN_AFTER = re.compile(r"^(?:年)?(?:前|以前|之前|底前|将|，?[\u4e00-\u9fff]{0,6}将|，?[\u4e00-\u9fff]{0,6}计划)")


def _is_plan(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 4) : start]
    after = text[end : end + 10]
    return bool(_PLAN_BEFORE.search(before) or _PLAN_AFTER.match(after))


def date_article(article: Article) -> tuple[Article, list[Problem]]:
    """The article with its publication date: as read when a line or field states it, else inferred
    from its paragraphs; when neither gives a year, undated with a warning."""
    stated = _dated_dateline(article)
    if stated is not None and (article.date is None or article.date.source in ("web-page", "trailer")):
        # a dateline that writes its year (【看中国2019年6月21日讯】) states the article's date, over a repost's
        return replace(article, date=stated), []
    if article.date is not None:
        if article.date.source == "web-page" or (article.date.source == "trailer" and _another_outlets_dateline(article)):
            return _original_date_of_repost(article)
        return article, []
    # the rules read simplified text (計劃 is 计划, 中新網 is 中新网) with years in digits (二〇二二年 is 2022年):
    # same length, same phrases, each quoted as written
    written = [simplified(b.text) for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    paragraphs = [numeral_years_in_digits(text) for text in written]
    date = _year_after_the_year_told(paragraphs)
    if date is not None:
        return replace(article, date=_quoted_as_written(date, paragraphs, written)), []
    title = simplified(article.title)
    date = _headline_year_of_dateline(numeral_years_in_digits(title), paragraphs)
    if date is not None:
        return replace(article, date=_quoted_as_written(date, [numeral_years_in_digits(title), *paragraphs], [title, *written])), []
    with_captions = [simplified(b.text) for b in article.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)]
    seen = [numeral_years_in_digits(text) for text in with_captions]
    date = _year_the_text_implies(seen) or infer_publication_date(paragraphs)
    if date is not None:
        date = _quoted_as_written(date, seen, with_captions)
    if date is None:
        return article, [Problem(article.path, None, Severity.WARNING, "date.unknown",
                                 "文中没有写明发表日期，也无从推断年份；“今年”“7月16日”这类相对日期标为不确定",
                                 "在前置元数据中加 date: YYYY-MM-DD")]
    return replace(article, date=date), []


def _quoted_as_written(date: PublicationDate, seen: list[str], written: list[str]) -> PublicationDate:
    """The date's evidence as the text writes it: a phrase read in `seen` (years in digits) quoted from the
    same place of `written` (二〇二二年, one character for one)."""
    if seen == written:
        return date
    quoted = []
    for phrase in date.evidence:
        at = next(((k, text.find(phrase)) for k, text in enumerate(seen) if phrase in text), None)
        quoted.append(written[at[0]][at[1] : at[1] + len(phrase)] if at else phrase)
    return replace(date, evidence=tuple(quoted))


_PRINTED_PAGE = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")
# a paper's issue: its day and weekday alone on the line (an e-paper's `2021年06月09日 星期三`, `星期三 2021-06-09`);
# a paper prints what was filed a day or two before, so a dateline that close is the story's filing, not a repost's
# original (a weekday line weeks later is no issue of the story: a site's banner with the day it was copied)
_WEEKDAY = r"(?:星期|周|礼拜)[一二三四五六日天]"
_WRITTEN_DAY = r"\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
_ISSUE_DAY = re.compile(rf"^\s*(?:{_WRITTEN_DAY}\s*{_WEEKDAY}|{_WEEKDAY}\s*{_WRITTEN_DAY})\s*$")
ISSUE_LAG_DAYS = 3


def _original_date_of_repost(article: Article) -> tuple[Article, list[Problem]]:
    """A web page's stated date and a dateline (`中新网长春1月12日电`) in its lead: the dateline is
    the original's date, in the page's year (or the year before, when its month and day come
    later than the page's); the page's date is when the story was posted again."""
    page = article.date
    if any(_PRINTED_PAGE.search(simplified(e)) for e in page.evidence):
        return article, []  # a paper's own date and page (人民日报 2023年01月12日 第04版): the story as printed, no repost
    paragraphs = [simplified(b.text) for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    dateline = _dateline(paragraphs) or _day_dateline(paragraphs, page)  # 中新網…電 too
    if dateline is None or page.precision != "day":
        return article, []
    m, d, phrase = dateline
    year = _dateline_year(page, m, d)
    if _planned_before(article, year):
        return article, []  # an old text posted again: its dateline's year is unknown, the page's date stands
    value = f"{year:04d}-{m:02d}-{d:02d}"
    if value == page.value:
        return article, []
    if any(_ISSUE_DAY.match(simplified(e)) for e in page.evidence) and (
            calendar_day.fromisoformat(page.value) - calendar_day.fromisoformat(value)).days <= ISSUE_LAG_DAYS:
        return article, []  # the issue printed the story filed the day before (rx08): the issue's date stands
    if not _just_before(value, page.value):
        # wp91: `日期:2016-3-22` over `今日4月28日讯`: the story is older than the page, by a year or more;
        # no line says which year, so the year before is a guess, shown as one
        dated = replace(article, date=PublicationDate(value, "day", "dateline", True, (phrase, *page.evidence)))
        return dated, [Problem(article.path, None, Severity.WARNING, "date.repost",
                               f"网页上的日期 {page.value} 是转载的日期；原文电头“{phrase}”的月日在它之后，原文早于转载，"
                               f"年份没有写明：按前一年推断为 {value}", "在前置元数据中加 date: YYYY-MM-DD")]
    dated = replace(article, date=PublicationDate(value, "day", "dateline", False, (phrase, *page.evidence)))
    return dated, [Problem(article.path, None, Severity.INFO, "date.repost",
                           f"网页上的日期 {page.value} 是转载的日期；原文据电头“{phrase}”为 {value}，以原文为准",
                           "如不对，在前置元数据中加 date:")]


LAST_YEARS_DAYS = 92  # a dateline in the year before the page's stands as stated only this close to the page's day


def _just_before(value: str, page: str) -> bool:
    """Is a dateline of the year before the page's (`value`) within a quarter of the page's day? Then it
    is last December's story posted in January (stated); further back, the page is a later repost of
    an older text, and the dateline's year is not stated."""
    if value[:4] == page[:4]:
        return True
    return (calendar_day.fromisoformat(page) - calendar_day.fromisoformat(value)).days <= LAST_YEARS_DAYS


# a wire dateline with its place and day alone (`(中央社記者劉千綾台北15日電)`, `新华社北京15日电`): 电 and then the
# reporter in brackets, a bracket's end or a space (`长春15日电动汽车展开幕` is a sentence); a paper's `本报讯 15日` dates
# its story's day, no dateline's
_DAY_DATELINE = re.compile(r"^[（(]?\s*(?:[\u4e00-\u9fff]{0,8}?(?:社|网|台)(?:记者[\u4e00-\u9fff·]{2,8}?)?\s*)?[\u4e00-\u9fff]{2,6}?\s*"
                           r"(?P<d>\d{1,2}|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日电(?=\s*[（()）]|\s)")


def _day_dateline(paragraphs: list[str], page: PublicationDate) -> tuple[int, int, str] | None:
    """A dateline's day alone under a page's day (`台北15日電` on a page of 2024-03-16): the month is the page's,
    or the one before when the day is later than the page's (a day that month does not have: None)."""
    if page.precision != "day":
        return None
    y, pm, pd = (int(x) for x in page.value.split("-"))
    for text in paragraphs[:3]:
        m = _DAY_DATELINE.match(text.strip())
        if m is None:
            continue
        d = _number(m.group("d"))
        month, year = (pm, y) if d <= pd else ((pm - 1, y) if pm > 1 else (12, y - 1))
        try:
            calendar_day(year, month, d)
        except ValueError:
            return None
        return month, d, m.group(0).strip()
    return None


def _dateline_year(page: PublicationDate, m: int, d: int) -> int:
    """The year of a dateline's month and day under a page of `page`: the page's, or the year before
    when they come later in the year than the page's day."""
    y, pm, pd = (int(x) for x in page.value.split("-"))
    return y if (m, d) <= (pm, pd) else y - 1


def older_than_its_page(article: Article) -> bool:
    """Is the text a wire story older than the page that dates it (rf03: `发布时间:2007-03-30` over
    `新华社信息长春3月2日电…2004年,吉林修正集团将开始建设…`)? Its plan for a year before the dateline's year
    in the page's time was written by then, so the page's year is not the writer's: 今年 and 3月2日 of the
    text have a year the page does not give."""
    page = article.date
    if page is None or page.inferred or page.source not in ("web-page", "trailer") or page.precision != "day":
        return False
    dateline = _dateline([simplified(b.text) for b in article.blocks if b.kind is BlockKind.PARAGRAPH])
    return dateline is not None and _planned_before(article, _dateline_year(page, dateline[0], dateline[1]))


# a dateline with its year: `【看中国2019年6月21日讯】` (or 2019.6.21), `新华网长春2021年8月12日电` (an outlet, maybe a place, the date, 电/讯),
# the outlet's address in brackets and the time of day: `顶尖财经网(www.58188.com)2018-7-25 22:39:41讯:`
_DATED_DATELINE = re.compile(r"^[【\[]?\s*[\u4e00-\u9fffA-Za-z]{2,12}?\s*(?:[（(]\s*(?:https?://)?[\w.-]+\.[A-Za-z]{2,6}/?\s*[)）]\s*)?"
                             r"(?P<y>(?:19|20)\d\d)(?:年|[./-])(?P<m>\d{1,2})(?:月|[./-])(?P<d>\d{1,2})日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:电|讯|消息)")


# a press release's dateline, the date first and the place's 讯 after it, in brackets: `【2024年5月21日,中国上海讯】——…`
_RELEASE_DATELINE = re.compile(r"^[【\[]\s*(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[,，、]\s*[\u4e00-\u9fffA-Za-z]{2,12}"
                               r"(?:电|讯|消息)\s*[】\]]")


def _dated_dateline(article: Article) -> PublicationDate | None:
    for b in [b for b in article.blocks if b.kind is BlockKind.PARAGRAPH][:3]:
        text = simplified(b.text).strip()
        m = _DATED_DATELINE.match(text) or _RELEASE_DATELINE.match(text)
        if m and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            value = f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
            return PublicationDate(value, "day", "dateline", False, (b.text[: m.end()].strip(),))
    return None


def _another_outlets_dateline(article: Article) -> bool:
    """Does the lead open with a dateline of another outlet than the one whose closing line
    (`吉林日报 2021-08-20`) dates the page? Then the paper reprinted the story: its date is the reprint's."""
    paragraphs = [simplified(b.text) for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    if _dateline(paragraphs) is None or not article.source:
        return False
    source = simplified(article.source)
    return not any(text.strip().startswith(source) for text in paragraphs[:3] if _DATELINE.match(text.strip()))


def _planned_before(article: Article, year: int) -> bool:
    """Does the text plan something for a year before `year` (rf03: `2004年,吉林修正集团将开始建设…` on a
    page of 2007)? A plan is written before its year, so the text is older than `year`. The text is
    read without the page's date: that date is the one in doubt, and a year it has passed would not
    read as a plan."""
    for b in article.blocks:
        if b.kind is not BlockKind.PARAGRAPH:
            continue
        text = simplified(b.text)
        for mention in find_date_expressions(text, None):
            planned = re.match(r"\d{4}", mention.iso) if mention.plan and not mention.relative else None
            if planned and _SPAN_END.search(text[max(0, mention.start - SPAN_WINDOW) : mention.start]):
                continue  # `自2015年…开通，到2023年…开通`: the end of a span told, no plan
            if planned and int(planned.group()) < year:
                return True
    return False


# the words before a year that ends a span opened in the same sentence (自2015年…，到2023年)
SPAN_WINDOW = 200  # characters before a year looked at for the 自/从 that opened its span (one sentence)
_SPAN_END = re.compile(r"(?:自|从)\s*(?:19|20)\d\d年[^。；;！？]*(?:到|至)\s*$")
_THIS_YEARS = re.compile(r"今年(?P<when>\d{1,2}月(?:\d{1,2}日|初|底|末|上旬|中旬|下旬)?)")


def _year_the_text_implies(paragraphs: list[str]) -> PublicationDate | None:
    """`预计今年10月末…竣工` and elsewhere `将于2021年10月末竣工投产`: the same time written once
    with 今年 and once with a year says which year 今年 is (ra06 of the real-article corpus)."""
    for text in paragraphs:
        for m in _THIS_YEARS.finditer(text):
            when = m.group("when")
            tail = "" if when[-1] in "日初底末旬" else r"(?![\d日号初底末旬])"
            pattern = re.compile(r"(?<!\d)((?:19|20)\d\d)年" + re.escape(when) + tail)
            for other in paragraphs:
                found = pattern.search(other)
                if found:
                    return PublicationDate(found.group(1), "year", "implied", True, (m.group(0), found.group(0)),
                                           not_before=found.group(1))
    return None


# 去年 as a comparison (比去年, 较去年同期) is the year before the one the sentence speaks of, not the writer's
_COMPARED = re.compile(r"(?<=[比较于与和])去年|去年同期")
_SENTENCE = re.compile(r"[。！？!?]")
_WIRE_OPENING = re.compile(r"[^\s，,。；;]{1,16}?\d{1,2}月\d{1,2}日(?:电|讯|消息)(?:\s*[（(][^）)]{0,20}[）)])?")


def last_year_named(text: str) -> tuple[int, str] | None:
    """`2023年,…完成产值750亿元…。今年一季度,在去年超高增速基础上…`: 去年 in the sentence after the one
    year its paragraph wrote so far, at the head of a clause (`2023年,`) and no plan's, names that year:
    (the year, its phrase). Not after two years (`2018年,…;2019年,…;去年,…` counts on), nor a comparison."""
    for k in (m.start() for m in re.finditer("去年", text)):
        if _COMPARED.match(text, k) or (k and _COMPARED.match(text, k - 1) and text[k - 1] in "比较于与和"):
            continue
        written = [m for m in find_date_expressions(text[:k], None) if m.year is not None and not m.relative]
        if len(written) != 1:
            return None
        y = written[0]
        head = text[:y.start].rstrip(" \u3000")
        if (y.kind != "date" or y.precision != "year" or y.plan or text[y.end : y.end + 1] not in "，,"
                or (head and head[-1] not in "，,。；;！？!?：:" and not _WIRE_OPENING.fullmatch(head))
                or len(_SENTENCE.findall(text, y.end, k)) > 1):
            return None
        return y.year, y.expression
    return None


def _year_after_the_year_told(paragraphs: list[str]) -> PublicationDate | None:
    """A wire dateline's day (`长春6月7日电`) in the year after the year 去年 names (`last_year_named`), where
    every paragraph that ties 去年 so agrees and no date the text reports is later: the text states it.
    Without a dateline, None: the tie would only move an inferred year, and a page may glue two stories."""
    if _dateline(paragraphs) is None:
        return None
    told = {named for text in paragraphs if (named := last_year_named(text))}
    if len({y for y, _ in told}) != 1:
        return None
    y, phrase = told.pop()
    year = y + 1
    latest = infer_publication_date(paragraphs)
    if latest is not None and latest.not_before[:4] > f"{year:04d}":
        return None  # the text reports a date after that year: the tie was no tie
    dateline = _dateline(paragraphs)
    if dateline is None:
        return None
    m, d, line = dateline
    value = f"{year:04d}-{m:02d}-{d:02d}"
    if latest is not None and value < latest.not_before:
        return None
    return PublicationDate(value, "day", "dateline", False, (line, phrase, "去年"))


_HEADLINE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _headline_year_of_dateline(title: str, paragraphs: list[str]) -> PublicationDate | None:
    """A wire dateline's day (`中新网长春6月13日电`) under a headline that writes one year, no plan's
    (`2025长春光博会引资229.3亿元`): the header states the year when the text agrees, reporting a day or
    month of that year and none after the dateline's day (rf05). Not a year the text has passed
    (`2023年…增长6.3%` over `1月20日电 …12月,…`: the dateline then falls in the next year)."""
    years = {m.group(1) for m in _HEADLINE_YEAR.finditer(title)}
    if len(years) != 1 or any(title.strip() in text for text in paragraphs):
        return None  # (a title made from the lead, on a page without a headline, is the lead's words: no header's)
    year = years.pop()
    at = title.index(year)
    if _is_plan(title, at, at + 4) or re.match(r"\s*年?\s*(?:底|末|内|以前|之前|前)", title[at + 4 :]):
        return None
    latest = infer_publication_date(paragraphs)
    if latest is None or latest.source != "dateline" or not latest.value.startswith(year):
        return None
    if len(latest.not_before) < 7 or not latest.not_before.startswith(year):
        return None  # the text reports no month of the headline's year: a year it may have passed
    return PublicationDate(latest.value, "day", "dateline", False, (latest.evidence[0], title[max(0, at - 2) : at + 8]))


def infer_publication_date(paragraphs: list[str]) -> PublicationDate | None:
    implied = _year_the_text_implies(paragraphs)
    if implied is not None:
        return implied
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
        m = _LOOK_AHEAD.search(text)
        if m and best is None:
            # looking ahead to the Nth plan is done in the last year of the plan before it
            n = 10 + _PLAN_NUM.index(m.group("n")) + 1
            consider((1956 + 5 * (n - 1) - 1, 0, 0), m.group(0))
    if best is None:
        return None
    best, month_phrases = _raise_by_relative_dates(paragraphs, best)
    explicit = _phrases(evidence, best[0])[:4]
    phrases = tuple(explicit + [p for p in month_phrases if p not in explicit][:2])
    dateline = _dateline(paragraphs)
    if dateline is not None:
        m, d, phrase = dateline
        year = best[0] if (m, d) >= best[1:] else best[0] + 1
        return PublicationDate(
            value=f"{year:04d}-{m:02d}-{d:02d}", precision="day", source="dateline", inferred=True,
            evidence=(phrase, *phrases), not_before=_iso(best),
        )
    year = best[0]
    return PublicationDate(
        value=f"{year:04d}", precision="year", source="inferred", inferred=True,
        evidence=phrases, not_before=_iso(best),
    )


def _iso(key: tuple[int, int, int]) -> str:
    y, m, d = key
    return f"{y:04d}-{m:02d}-{d:02d}" if d else (f"{y:04d}-{m:02d}" if m else f"{y:04d}")


def _phrases(evidence: dict, year: int) -> list[str]:
    phrases: list[str] = []
    for key in sorted(evidence, reverse=True):
        if key[0] == year:
            phrases.extend(p for p in evidence[key] if p not in phrases)
    return phrases


def _dateline(paragraphs: list[str]) -> tuple[int, int, str] | None:
    for text in paragraphs[:3]:
        m = _DATELINE.match(text.strip()) or _PLACE_DATELINE.match(text.strip()) or _NAMED_DATELINE.match(text.strip())
        if m and 1 <= _number(m.group("m")) <= 12 and 1 <= _number(m.group("d")) <= 31:
            return _number(m.group("m")), _number(m.group("d")), m.group(0)
    return None


_NUMERALS = "一二三四五六七八九"


def _number(text: str) -> int:
    """A dateline's month or day in digits or in Chinese numerals (`十一月六日`, `二十一日`)."""
    if text.isdigit():
        return int(text)
    tens, ten, ones = text.partition("十")
    if not ten:
        return _NUMERALS.index(text) + 1
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (_NUMERALS.index(ones) + 1 if ones else 0)


_PERIOD_END_MONTH = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}


def _raise_by_relative_dates(paragraphs: list[str], best: tuple[int, int, int]) -> tuple[tuple[int, int, int], list[str]]:
    """`今年1至10月` in an article of 2024 says it was written after October 2024."""
    year = best[0]
    provisional = PublicationDate(f"{year:04d}", "year", "inferred", True)
    phrases: list[str] = []
    for text in paragraphs:
        for mention in find_date_expressions(text, provisional):
            if not mention.relative or mention.plan or mention.kind not in ("date", "period") or not mention.iso.startswith(f"{year:04d}"):
                continue
            end = mention.iso.split("/")[-1]
            parts = end.split("-")
            if len(parts) < 2 or not parts[0] == f"{year:04d}":
                continue  # a year-level end (今年以来) says nothing about the month
            month = _PERIOD_END_MONTH.get(parts[1]) or int(parts[1])
            day = int(parts[2]) if len(parts) > 2 else 0
            key = (year, month, day)
            if key > best:
                phrases.append(mention.expression)
                best = key
    return best, phrases
