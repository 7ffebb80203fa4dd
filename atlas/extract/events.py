"""Events: dated clauses that report something happening, decided, signed, started or scheduled.

One `Event` a date expression whose clause holds a trigger verb from data/events.yaml. Statistical
periods (`1至10月`), vague times (`如今`) and dates inside book titles (`《方案（2023—2025年）》`)
are not events; a year glued to a name (`2025长春健博会成功举办`) dates an event only when its
sentence has no other date. Merging across articles lives in `atlas/link/timeline.py`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from pathlib import Path

from ..data_files import DataFileError, load_yaml
from ..text import is_cjk, numeral_years_in_digits
from ..records import Article, BlockKind, Problem, PublicationDate, Severity
from .pubdate import older_than_its_page
from .dates import (DateMention, date_words, find_date_expressions, holds_a_plan_word, last_day, last_year,
                    names_the_activity_held, wire_dateline)
from .spans import after_last_mark, marks_before, next_mark

_SENTENCE_END = "。！？；!?;…"
_CLAUSE_END = "，,：:"
_LEAD = re.compile(r"^[▲▼△▽■□●○◆◇★☆\s]*(?:从|到|再到|而|并且?|同时|此外|其中|—+)?")
_TAIL = re.compile(r"(?:[，,、]\s*(?:再到|到|从|再|并)?)?[，,、\s]*$")
_SUMMARY_MAX = 90
_YEAR_PREPOSITIONS = "在于到至自从是及和与"
_SCHEDULING_YEARS = ("今年", "明年", "年内")  # 新的一年 is a wish, not a schedule
_AS_OF = ("截至", "截止", "截止到")
_VALID_UNTIL = re.compile(r"有效期(?:限)?(?:为|是)?\s*(?:至|到|截至|截止)\s*$")
_PART_OF_A_YEAR = ("年初", "年中", "年底", "年末")
_PAST_YEARS = ("去年", "前年")  # 去年，新工厂投产: a year gone by, told as a happening


@dataclass(frozen=True)
class EventSource:
    """Where an event is told: article, paragraph anchor, and the clause itself."""

    article: str  # article stem
    block: str  # block id, the paragraph anchor (p12)
    start: int  # span of the clause in the block text
    end: int
    text: str
    expression: str  # the date phrase the date was resolved from
    projects: tuple = ()  # filled by the projects stage: those this clause names
    companies: tuple = ()


@dataclass(frozen=True)
class Event:
    date: str  # ISO at its precision (see atlas.extract.dates)
    precision: str
    certain: bool  # False when the year comes from an inferred or missing publication date
    plan: bool
    summary: str  # the clause, trimmed
    action: str  # the trigger verb that made it an event
    sources: tuple[EventSource, ...]
    topics: tuple[str, ...] = ()
    projects: tuple = ()  # filled by the projects stage: those its sources name, all together
    companies: tuple = ()
    conflicts: tuple[str, ...] = ()  # other dates other articles give for the same milestone

    @property
    def expression(self) -> str:
        return self.sources[0].expression

    @property
    def year(self) -> str:
        return self.date[:4]

    @property
    def month(self) -> str:
        """"2023-11" for month or day dates; "" when the date is coarser (year, half, quarter, plan period)."""
        m = re.match(r"(\d{4}-\d{2})(?:-\d{2})?(?:/|$)", self.date)
        return m.group(1) if m else ""


@dataclass(frozen=True)
class EventWords:
    triggers: tuple[str, ...]
    statistics: tuple[str, ...]
    strong_triggers: tuple[str, ...]
    milestones: tuple[str, ...] = ()  # words naming a first of its kind (第一辆, 首批)
    not_triggers: tuple[str, ...] = ()  # words that hold a trigger and report nothing (上市公司)


def load_word_lists(root: Path, name: str, problems: list[Problem]) -> dict:
    """data/<name> as a mapping; an unreadable file is reported (never a crash) and counts as empty."""
    try:
        data = load_yaml(root / "data" / name, root)
    except DataFileError as exc:
        problems.append(exc.problem)
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(f"data/{name}", None, Severity.ERROR, "data.words", "is not a list of `name: [word, word]` lines",
                                "see the comment at the top of the file for the format"))
        return {}
    for key, items in sorted(data.items(), key=lambda kv: str(kv[0])):
        if not isinstance(items, list) or not all(isinstance(w, (str, int)) for w in items):
            problems.append(Problem(f"data/{name}", None, Severity.WARNING, "data.words", f"`{key}:` is not a list of words; it is ignored",
                                    f"write it as `{key}: [word, word]`"))
    return data


def load_event_words(root: Path, problems: list[Problem]) -> EventWords:
    data = load_word_lists(root, "events.yaml", problems)

    def words(key: str) -> tuple[str, ...]:
        items = data.get(key)
        if items is None:
            problems.append(Problem("data/events.yaml", None, Severity.WARNING, "data.events",
                                    f"has no list under `{key}:`", f"add `{key}: [word, word]` (see the comment at the top)"))
            return ()
        if not isinstance(items, list):
            return ()
        return tuple(sorted({str(w).strip() for w in items if str(w).strip()}, key=lambda w: (-len(w), w)))

    # milestones, not_triggers: optional (a file written before they existed is no mistake)
    return EventWords(words("triggers"), words("statistics"), words("strong_triggers"),
                      words("milestones") if "milestones" in data else (),
                      words("not_triggers") if "not_triggers" in data else ())


def after_publication(iso: str, pub: PublicationDate | None) -> bool:
    """Does the date start after the publication date (compared at the coarser precision)?"""
    if pub is None or not iso[:4].isdigit():
        return False
    start = re.sub(r"-H2", "-07", re.sub(r"-H1|-Q1", "-01", iso.split("/")[0]))
    start = re.sub(r"-Q([2-4])", lambda m: f"-{3 * int(m.group(1)) - 2:02d}", start)
    n = min(len(start), len(pub.value))
    return start[:n] > pub.value[:n]


def extract_events(article: Article, words: EventWords) -> list[Event]:
    """The dated events of an article. Its rules read years in digits: a year in Chinese numerals
    (二〇二三年，…) is read as its digits, and each event quotes the words as written."""
    seen = _numeral_years_in_digits(article)
    events = _extract_events(seen, words)
    return events if seen is article else [_as_written(event, article) for event in events]


def _numeral_years_in_digits(article: Article) -> Article:
    blocks = tuple(replace(b, text=numeral_years_in_digits(b.text)) for b in article.blocks)
    title = numeral_years_in_digits(article.title)
    if blocks == article.blocks and title == article.title:
        return article
    return replace(article, blocks=blocks, title=title)


def _as_written(event: Event, article: Article) -> Event:
    """The event found in the copy with its years in digits, quoting the article's words (same spans)."""
    texts = {b.id: b.text for b in article.blocks} | {"": article.title}
    sources = []
    for source in event.sources:
        written = texts.get(source.block, "")[source.start : source.end]
        if len(written) != len(source.text):
            sources.append(source)
            continue
        at = source.text.find(source.expression)
        expression = written[at : at + len(source.expression)] if at >= 0 else source.expression
        sources.append(replace(source, text=written, expression=expression))
    return replace(event, sources=tuple(sources), summary=_summary(sources[0].text))


def _extract_events(article: Article, words: EventWords) -> list[Event]:
    events: list[Event] = []
    told = None  # the last day an earlier paragraph told: what a 当天 before any day of its own means
    told_year = None  # and the last year: what a 同年 before any year of its own means
    pub, tied = _anchoring_date(article, words)
    events.extend(_headline_events(article, pub if tied is None else None, words))
    # the month and day of a wire dateline, for a bare day of its paragraph and the next one (`记者22日从…获悉`):
    # further on, a list page may have begun another story (`据新华社电 …1日宣布`)
    dateline, lead = None, None
    story, this_story = _stories(article), None
    story_starts = 0  # the first event of the story told now
    for block in article.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION) or not block.id:
            continue
        anchor = pub if tied is None or block.id in tied else None
        if _DATELINE.match(block.text) or story[block.id] != this_story:
            # a dateline or a sign-off line opens another story: its 当天/同年 mean none of the last one's
            told = told_year = None
            story_starts = len(events)
        this_story = story[block.id]
        lead, dateline = wire_dateline(block.text), lead
        if anchor is not None and tied is not None and told is not None and told.year is None:
            told = _with_year(told, anchor.year)  # `當天，2025年…活动举行`: the day told is of the year tied to it
        mentions = find_date_expressions(block.text, anchor, told, told_year, lead or dateline)
        mentions = _days_of_happenings_told(block.text, mentions, events[story_starts:], words)
        told, told_year = last_day(mentions, told), last_year(mentions, told_year)
        events.extend(_block_events(article, block.id, block.text, mentions, words))
    return events


_DAY_OF = re.compile(r"当日|当天")


def _days_of_happenings_told(text: str, mentions: list[DateMention], told: list[Event], words: EventWords) -> list[DateMention]:
    """`17日,…投资基金完成落地签约。…。…8个科技创新项目还在…投资基金签约当日进行了路演推介`: a trigger and 当日/当天
    (签约当日, 开工当天) is the day of the last day-dated event of the story (`told`, its events so far) whose
    clause holds that trigger (`…完成落地签约`), whatever day was told last; with none told, no date
    (`活动当天`: no trigger, no happening named; the that_day pattern leaves a glued 当天 alone)."""
    out = list(mentions)
    for m in _DAY_OF.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        trigger = next((w for w in sorted(words.triggers, key=len, reverse=True) if text.endswith(w, 0, m.start())), "")
        that = next((e for e in reversed(told) if trigger and trigger in e.sources[0].text and e.precision == "day" and not e.plan), None)
        if that is None:
            continue
        out.append(DateMention(m.start() - len(trigger), m.end(), text[m.start() - len(trigger) : m.end()], that.date, "day", "date",
                               that.certain, False, True, True))
    return sorted(out, key=lambda x: (x.start, x.end)) if len(out) > len(mentions) else mentions


def _with_year(day: DateMention, year: int) -> DateMention:
    return replace(day, iso=f"{year:04d}{day.iso[1:]}", certain=False, relative=True)


# `新华社长春5月8日电`, `中新网长春1月12日电 (记者 …)`, `【本报讯】`, `本报长春讯`: the opening of a wire story
_DATELINE = re.compile(r"\s*(?:【[^】]{0,16}讯】|本报[^\s，,。]{0,6}讯|[^\s，,。；]{1,16}?\d{1,2}月\d{1,2}日(?:电|讯|消息))")


def _headline_events(article: Article, pub: PublicationDate | None, words: EventWords) -> list[Event]:
    """`长春光电信息产业园三期项目有望6月竣工`, `金赛药业国际医药产业园年底前投产 预计新增产值300亿元`: a
    headline's dated clause is the article's main event, told by its headline only (block "":
    pages cite it as 标题). A title the body repeats (a made title is the lead's start) adds nothing;
    the headline's date is resolved as the body's, with no day or year told before it."""
    title = article.title
    if not title or title == article.stem or any(title in b.text for b in article.blocks):
        return []
    return _block_events(article, "", title, find_date_expressions(title, pub), words)


_PRESENT_YEAR = ("今年", "去年", "明年", "前年", "年内", "年底", "年末")


def _anchoring_date(article: Article, words: EventWords | None = None) -> tuple[PublicationDate | None, frozenset[str] | None]:
    """The date that gives 今年6月 or 3月25日 their year, and the paragraphs it dates (None: all).

    A stated date dates every paragraph. A year inferred from the latest date the article reports
    dates only a paragraph that ties the year to a date it leaves year-less, as one time told
    twice: the year of an activity held then (`今年6月，…2024长春国际光电博览会…举办`;
    `1月19日，2026年绿园区…对接会在长春市举行`; `當天，2025年長春市春季項目…開工活動舉行` of a day told
    before), a year that sums up what was just told (`今年7月，…；今年8月，…。2022年，长春圣博玛喜讯
    连连`), or, for a day, a year that classes its subject (`…长春新区2021年重点春季项目之一…自3月25日开工
    建设以来`). A year of another happening is no tie: one told before (`2019年，项目签约。今年5月，…`:
    Chinese writes 同年 for the same year; `从2015年…到2019年…再到今年`), one with its own month
    (`今年5月，项目封顶，该项目2023年3月开工`), a plan's year, a year that qualifies a noun beside 今年
    (`获批2018年中央基建投资专项资金`), the year of a statistic (`5月16日，…大会上…白皮书显示，2023年，…
    实现主营业务收入8209亿元，同比增长7.2%`: a year reported on). A tie through the writer's present (`今年`) dates the
    whole story it is told in (to a dateline that opens another, or a sign-off line `（记者 …）` that
    ends it); a tie through a day dates its own paragraph and no other: a page may hold several
    stories with no line between them (a list of news items, a copy glued to another), and nothing
    tells whether the next paragraph's `5月9日` is of the same story; a later `当天` carries the tied
    day on. A year implied by one time written twice (`今年10月末` and `2021年10月末`, source
    `implied`) dates the paragraphs from the first that writes it to the last: the story that tells it twice. With no tie the text
    does not give the year: those dates stay year-less, kept by the article, left off the timeline."""
    pub = article.date
    if pub is not None and pub.inferred and pub.source == "dateline":
        return _dateline_year_told(article, pub)
    if pub is None or not pub.inferred or pub.source not in ("inferred", "implied"):
        return pub, None
    paragraphs = [b for b in article.blocks if b.id and b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)]
    if pub.source == "implied":
        told_in = [i for i, b in enumerate(paragraphs) if any(e in b.text for e in pub.evidence)]
        if not told_in or (words is not None and not _one_happening(paragraphs, pub.evidence, words)):
            return None, None
        return pub, frozenset(b.id for b in paragraphs[told_in[0]:told_in[-1] + 1])
    year = pub.value[:4]
    tied: set[str] = set()
    told = None
    story = _stories(article)
    tied.update(_review_of_the_year(paragraphs, year))
    for block in paragraphs:
        if _DATELINE.match(block.text):
            told = None
        found = find_date_expressions(block.text, pub, told)
        told_was_relative = told is not None and told.relative
        told = last_day(found, told)
        if year not in block.text:
            continue
        written = [m for m in found if m.iso.startswith(year) and not m.relative and not m.plan and m.kind in ("date", "name")
                   and not (words and _reports_figures(block.text[m.start : _sentence(block.text, m.start)[1]], words))]
        tying = [m for m in found if m.iso.startswith(year) and m.kind in ("date", "period")
                 and ((m.relative and not m.told) or (m.told and m.precision == "day" and told_was_relative))]
        for r in tying:
            for w in written:
                if w.kind == "name" or (w.precision == "year" and w.start > r.start and not _glued_to_a_noun(block.text, w)
                                        and not _year_of_another_happening(block.text, w, words)):
                    if r.expression.startswith(_PRESENT_YEAR) and not r.told:
                        tied.update(b.id for b in paragraphs if story[b.id] == story[block.id])
                    tied.add(block.id)
                elif not r.expression.startswith(_PRESENT_YEAR) and _glued_to_a_noun(block.text, w) \
                        and (_PROJECT_CLASS.match(block.text, w.end) or _names_the_activity_held(block.text, r, w)):
                    tied.add(block.id)
    tied.update(_this_session_of(paragraphs, tied, year, story))
    return (pub, frozenset(tied)) if tied else (None, None)


# `本届大赛`, `本次博览会`: the session of an activity the story named before
_THIS_SESSION = re.compile(r"(?:本届|本次|此次|这届|这次)([\u4e00-\u9fff]{2})")
_ACTIVITY_WORD = re.compile(r"会|活动|论坛|仪式|展|节|赛")


def _this_session_of(paragraphs: list, tied: set[str], year: str, story: dict[str, int]) -> set[str]:
    """`…举办的长春市2025年“超越杯”青年科技创新创业大赛决赛在长春新区成功举办。` … `本届大赛自7月正式启动以来，…`:
    a paragraph of the same story that speaks of this session of the activity a tied paragraph names by
    its year (本届/本次 and a word of that name) is of that year too."""
    names = []
    for b in paragraphs:
        if b.id in tied:
            for m in find_date_expressions(b.text, None, None):
                name = b.text[m.end : next_mark(b.text, m.end, _CLAUSE_END + _SENTENCE_END)]
                if m.iso == year and not m.plan and _ACTIVITY_WORD.search(name):
                    names.append((story[b.id], name))
    out = set()
    for b in paragraphs:
        if b.id not in tied and any(s == story[b.id] and m.group(1) in name
                                    for m in _THIS_SESSION.finditer(b.text) for s, name in names):
            out.add(b.id)
    return out


def _dateline_year_told(article: Article, pub: PublicationDate) -> tuple[PublicationDate | None, frozenset[str] | None]:
    """A wire dateline's year that no line states is a guess (its dates stay year-less), unless the
    story tells the year of the dateline's day: `中新网长春2月13日电 …13日,记者从…召开的2025年全省科技工作
    会议获悉`, the meeting held that day named by its year. Then that year is the story's present: its
    今年 and 去年 are told from it, in the paragraphs of that story (to another dateline or a sign-off)."""
    paragraphs = [b for b in article.blocks if b.id and b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION)]
    story = _stories(article)
    for block in paragraphs:
        line = wire_dateline(block.text)
        if line is None:
            continue
        found = find_date_expressions(block.text, pub, None, None, line)
        if any(m.kind == "date" and m.precision == "day" and m.iso == pub.value for m in found):
            implied = replace(pub, source="implied")
            return implied, frozenset(b.id for b in paragraphs if story[b.id] == story[block.id])
    return pub, None


# `2019年，于大陸集團而言，是組織架構調整的一年`, `2022年，对长春新区来说，是项目建设丰收的一年`
_YEAR_FRAMED = re.compile(r"\s*(?P<y>(?:19|20)\d\d)\s*年\s*[，,][^。！？；!?;]{0,40}?是[^。！？；!?;]{0,20}?的一年")


_OPENING_DAY = re.compile(r"\s*(\d{1,2})月(\d{1,2})日")


def _review_of_the_year(paragraphs: list, year: str) -> list[str]:
    """A lead that frames the inferred year (`2019年，于大陸集團而言，是組織架構調整的一年，…`) opens a
    review of it: the paragraphs after it that open with a day (`3月6日，…`, `7月18日，…`) tell that year
    in the calendar's order. Their ids, up to the first that opens with an earlier day (a story glued
    on after it, `1月12日，…`) or with a written year; none without such a lead."""
    body = [b for b in paragraphs if b.kind is BlockKind.PARAGRAPH]
    framed = _YEAR_FRAMED.match(body[0].text) if body else None
    if not framed or framed.group("y") != year:
        return []
    out, last = [body[0].id], (0, 0)
    for b in body[1:]:
        if re.match(r"\s*(?:19|20)\d\d\s*年", b.text):
            break
        day = _OPENING_DAY.match(b.text)
        if day is None:
            continue
        if (int(day.group(1)), int(day.group(2))) < last:
            break
        last = (int(day.group(1)), int(day.group(2)))
        out.append(b.id)
    return out


def _year_of_another_happening(text: str, w: DateMention, words: EventWords | None) -> bool:
    """`今年7月，…开幕。1953年，一汽在长春奠基。`, `…公司成立于2015年`, `该公司2019年在长春成立`: a written year
    that dates a happening of its own is when that happened, not the writer's present (as a year that
    sums up what was just told is: `今年7月，…；今年8月，…。2022年，…喜讯连连`)."""
    if text[w.start - 1 : w.start] in ("于", "在") or _year_of_what_the_subject_did(text, w):
        return True
    if words is None or text[w.end : w.end + 1] not in ("，", ",", "") and not text[w.end : w.end + 6].startswith(words.triggers):
        return False
    return bool(_trigger(text[w.end : _sentence(text, w.end)[1]], words))


def _one_happening(paragraphs: list, evidence: tuple[str, ...], words: EventWords) -> bool:
    """`预计今年10月末，…将全部竣工` and `将于2021年10月末竣工投产`: one time written twice is one
    happening told twice only where both tellings name the same happening (竣工); `将于今年3月交付` and
    `计划2026年3月竣工` of two stories on one page are two months of two years."""
    said = []
    for phrase in evidence[:2]:
        block = next((b for b in paragraphs if phrase in b.text), None)
        if block is None:
            return False
        k = block.text.find(phrase)
        ends = [i for i in range(k + len(phrase), min(len(block.text), k + len(phrase) + 60)) if block.text[i] in _CLAUSE_END + _SENTENCE_END]
        clause = block.text[k : ends[0] if ends else k + 60]
        if not _trigger(clause, words) and len(ends) > 1 and block.text[ends[0]] not in _SENTENCE_END:
            clause = block.text[k : ends[1]]  # 预计今年10月末，…将全部竣工: what happens then is in the next clause
        said.append({w for w in words.triggers if w in clause})
    return len(said) == 2 and bool(said[0] & said[1])


# `（中国日报吉林记者站 刘明太 韩俊红）`, `/吉林日报记者 孟凡明 报道`, `长春新区新闻中心供稿供图`, `（完）`: a
# line that signs off a news story (its reporters, its contributor), so the next line starts another
_SIGN_OFF = re.compile(r"^[\s（(【\[/／]*(?:完|[^。；;！？!?，,]{0,24}?(?:记者|通讯员|供稿|报道)[^。；;！？!?，,]{0,24}?)[\s）)】\]]*$")


def _stories(article: Article) -> dict[str, int]:
    """Block id → the number of the news story it belongs to: a page may list several stories, each
    opened by a dateline (`本报长春讯`, `新华社长春5月8日电`) or closed by a sign-off line (`（记者 …）`)."""
    story, n, out = 0, 0, {}
    for block in article.blocks:
        if block.id and _DATELINE.match(block.text) and n:
            story += 1
        out[block.id] = story
        n += 1
        if len(block.text) <= 60 and _SIGN_OFF.match(block.text) and "摄" not in block.text:  # (a photo's credit: 记者 … 摄)
            story += 1
            n = 0
    return out


def _names_the_activity_held(text: str, day: DateMention, year: DateMention) -> bool:
    """`7月26日，…舉辦2024年政銀企對接暨…推介活動`: a year that names the activity a verb holds
    (`names_the_activity_held`), in the sentence of the day after it, names the activity held that day;
    its year is the day's."""
    if day.precision != "day" or not day.end <= year.start or day.iso[-5:-3] == "12":
        return False  # (a year's meeting held in December is often the next year's)
    if any(c in text[day.end : year.start] for c in _SENTENCE_END):
        return False
    return names_the_activity_held(text, year)


# `长春新区2021年重点春季项目之一`, `列入2021年省重点项目`: the year of a yearly list of projects
_PROJECT_CLASS = re.compile(r"[^\s，,。；;、：:“”]{0,8}?项目")


def _listed(text: str, end: int, start: int) -> bool:
    """Is only a comma of enumeration (、, 和, 及) between a date ending at `end` and one at `start`?"""
    return start - end <= 3 and text[end:start].strip() in ("、", "和", "及")


def _glued_to_a_noun(text: str, m: DateMention) -> bool:
    """`获批2018年中央基建投资专项资金`, `长春新区2021年重点春季项目`: a year between two words (no
    preposition before it) qualifies the noun after it."""
    # (spaces around digits are typography: `成都医学城 2021 年第一季度项目`)
    head, tail = text[max(0, m.start - 8) : m.start].rstrip(), text[m.end : m.end + 14].lstrip()
    before, after = head[-1:], tail[:1]
    return is_cjk(before) and before not in _YEAR_PREPOSITIONS and is_cjk(after) and not _happens_right_after(tail[:6])


def _in_book_title(text: str, pos: int) -> bool:
    return marks_before(text, pos, "《") > marks_before(text, pos, "》")


def _in_quoted_title(text: str, m: DateMention) -> bool:
    """`在“奋进长春高质量发展‘十四五’”系列主题新闻发布会上`: a date inside a quoted title (more words than
    the date, no clause mark: no speech) that qualifies the noun after it is part of that name, as in
    《…》 (not `“十四五”期间`, the date alone in its quotes, nor a quoted sentence `“自3月25日开工以来，…”`)."""
    opening = text.rfind("“", max(0, m.start - 30), m.start)
    closing = text.find("”", m.end, m.end + 30)
    if opening == -1 or closing == -1 or "”" in text[opening + 1 : m.start] or "“" in text[m.end : closing]:
        return False
    inside = text[opening + 1 : closing]
    words = inside.replace(m.expression, "").strip("‘’'\" ")
    return bool(words) and not any(c in inside for c in "，,。；;：:！？!?") and is_cjk(text[closing + 1 : closing + 2])


def _can_date_an_event(m: DateMention, text: str, plan: bool, words: EventWords | None = None) -> bool:
    # a date without a year (`6月3日` in a page that states none) is an event of unknown year:
    # the timeline leaves it off (atlas/link/timeline.py), the article keeps it
    if m.kind not in ("date", "name") or not (m.iso[:4].isdigit() or m.iso.startswith("--")) or _in_book_title(text, m.start):
        return False
    if m.kind == "date" and _in_quoted_title(text, m):
        return False
    if text.endswith(_AS_OF, max(0, m.start - 3), m.start):
        return False  # 截至2016年底，全区集聚医药企业200多户: a stock taken then, not a happening
    if _VALID_UNTIL.search(text, max(0, m.start - 8), m.start):
        return False  # 《药品GMP证书》…有效期至2023年6月14日: when a licence ends, not a happening
    if text.endswith(("至", "到"), max(0, m.start - 1), m.start) and re.match(r"[，,\s]*(?:已经?|累计|共计?)", text[m.end : m.end + 6]):
        return False  # 至2020年12月，已具备5万片/月产能: the same stock (到2025年，将建成… is a target)
    if text[m.start - 1 : m.start] in ("比", "较") and m.start > 0:
        return False  # 开工时间比去年提前近一个月: a year compared with, not when something happened
    # a bare 今年/去年 sums up a year (今年工作任务, 今年净增长175户); it dates no single happening,
    # unless it schedules one (预计今年产值将超1000亿元, 有望年内进行试生产, 今年，…计划还将…)
    # (两年后 after a 1961年 sentence is 1963, 一年前 in a 2020 page is 2019: a year of its own)
    counted = m.expression.endswith(("后", "前")) or m.expression in ("次年", "翌年", "同年", "同一年", "当年", "这一年", "那一年")
    # (今年年中, 今年年初: a part of a year the page dates is as precise as `2019年初`, and dates what happened then;
    # a plan's, 明年初将发射…, stays as vague as the plan's year)
    counted = counted or (m.expression.endswith(_PART_OF_A_YEAR) and m.iso[:4].isdigit() and not plan and not m.plan)
    if (m.relative and m.precision == "year" and not counted and m.expression not in _PAST_YEARS
            and not (plan and m.expression in _SCHEDULING_YEARS) and not _this_year_heads_what_was_done(text, m, words)):
        return False
    # a year glued to the word before it qualifies a name (列入吉林省2022年技术创新工程计划)
    before = text[m.start - 1 : m.start]
    if m.plan and any(text.endswith(w, 0, m.start) for w in date_words().plan_before):
        return True  # 计划2026年末交付使用, 预计今年产值将超…: the plan word, not a name, stands before it
    # (长春汽车区今年工业项目计划…: 今年 after a name is no year of a name); a year followed at once
    # by what happened then (项目2023年竣工投产) dates it
    # A year that closes its clause (仅2023年，…获批) qualifies no name.
    # (农安县2022~2023年冬季项目集中签约: a span of years names the campaign too)
    years = m.precision == "year" or (m.precision == "range" and re.fullmatch(r"\d{4}/\d{4}", m.iso) is not None)
    glued = (years and m.kind == "date" and not m.relative and is_cjk(before) and before not in _YEAR_PREPOSITIONS
             and is_cjk(text[m.end : m.end + 1]))
    # (蔚来2018年落户合肥: a trigger right after the year says what the subject did then)
    return not glued or _happens_right_after(text[m.end : m.end + 6]) or (
        words is not None and text[m.end : m.end + 6].startswith(words.triggers))


_RIGHT_AFTER = ("正式", "全面", "顺利", "成功", "率先", "首次", "已", "就", "即", "又", "再", "将", "开始", "开工", "建成", "竣工", "投产",
                "落成", "启动", "完成", "签约", "获批", "揭牌", "成立", "下线", "量产", "开业", "通车", "上线")


# what the subject did in that year, not the name the year qualifies: 公司2018年被评为…, 一汽2020年投资50亿元…
_DONE_THEN = re.compile(r"(?:被|获|荣获|入选|先后|陆续|相继|曾|在|于|投资\d|投入\d)")


def _year_of_what_the_subject_did(text: str, m: DateMention) -> bool:
    """`一汽2020年投资50亿元建设新工厂`: a written year between a subject and what it did then."""
    before = text[m.start - 1 : m.start] if m.start else ""
    return (m.kind == "date" and m.precision == "year" and not m.relative and not m.plan and is_cjk(before)
            and before not in _YEAR_PREPOSITIONS and _DONE_THEN.match(text, m.end) is not None)


def _happens_right_after(after: str) -> bool:
    return after.startswith(_RIGHT_AFTER) or _DONE_THEN.match(after) is not None


def _block_events(article: Article, block_id: str, text: str, mentions: list[DateMention], words: EventWords) -> list[Event]:
    mentions = [_since_a_written_year(text, m) for m in mentions]
    told_times = mentions  # every time word, vague ones too: a sentence with one is not in a year's scope
    present = None if older_than_its_page(article) else article.date  # (an old text posted again: the page's year is not its 今年)
    mentions = [m for m in mentions if _can_date_an_event(m, text, m.plan or _schedules_further_on(m, text, present, words), words)
                or (m.kind == "date" and _opens_clause(text, m))]
    # a clause ends at the next date that can date an event or opens a clause of its own
    # (7月28日，…施工，今年，…计划…: 今年 starts a clause even when it dates nothing)
    date_starts = [o.start for o in mentions if o.kind == "date"]  # mentions are in order of place
    by_start = {o.start: o for o in mentions}
    past_list = list(range(1, len(date_starts) + 1))  # the first date after the list that date k opens
    for i in range(len(date_starts) - 2, -1, -1):
        if _listed(text, by_start[date_starts[i]].end, date_starts[i + 1]):
            past_list[i] = past_list[i + 1]
    out, absorbed = [], set()
    for m in mentions:
        if m.start in absorbed:
            continue
        s_start, s_end = _sentence(text, m.start)
        if m.kind == "name" and bisect_left(date_starts, s_end) > bisect_left(date_starts, s_start):
            continue  # 今年6月，…2024长春国际光电博览会…举办: the name's year is not the date
        # the clause ends at the sentence's next date (mentions never overlap: it starts after this one)
        k = bisect_right(date_starts, m.start)
        # `力争分别于2021年、2025年建成营运`, `今年3月、5月，项目分别签约、开工`: dates listed with 、
        # share the clause of the last of them
        if k < len(date_starts) and date_starts[k] < s_end and _listed(text, m.end, date_starts[k]):
            k = past_list[k]
        later = [date_starts[k]] if k < len(date_starts) and date_starts[k] < s_end else []
        start = max(after_last_mark(text, m.start, _CLAUSE_END), s_start)
        start = _CLOSING.match(text, start, m.start).end()  # the quote that closed the sentence before
        start = _field_label_start(text, s_start, start, m)
        row_label = _happening_row_label(text, m, words)
        if row_label is not None:
            start = row_label
        end = min(later + [s_end])
        glued = later and not by_start[later[0]].relative and _glued_to_a_noun(text, by_start[later[0]])
        if later and not by_start[later[0]].relative and (
                (_only_the_date(text, start, end, m) and (by_start[later[0]].precision == "year" or glued))
                or (glued and m.precision == "day" and not _trigger(text[start:end], words, m))):
            # 当天，2025年长春市春季项目…集中开工活动举行, 3月26日,四川省2020年第一季度重大项目集中开工仪式举行:
            # the clause after the date is what happened then, and the year (or quarter) in it belongs
            # to a name
            absorbed.add(later[0])
            k += 1
            later = [date_starts[k]] if k < len(date_starts) and date_starts[k] < s_end else []
            end = min(later + [s_end])
        if later and end == later[0]:
            # …于2017年4月15日开工，即将在今年10月30日竣工: the words that lead up to the next date are its
            # clause's, not this one's (when this one keeps what happened)
            cut = max(text.rfind(c, m.end, end) for c in "，,；;")
            if cut > m.end and _trigger(text[start:cut], words, m):
                end = cut
        plan = m.plan or _plan_in_clause(m, text[m.end : end], article.date) or _scheduled_right_after(
            m, text, text[m.end : next_mark(text, m.end, _CLAUSE_END + _SENTENCE_END)], words)
        if not _can_date_an_event(m, text, plan, words):
            continue
        action = _trigger(text[start:end], words, m) or ("计划" if plan else "")
        happening = False
        if not action and _only_a_date(text, m, s_start, s_end):
            # 将时间拉回到2015年的10月7日。我国第一颗…卫星…发射成功: the next sentence is what happened
            next_end = _sentence(text, s_end + 1)[1]
            if not any(s_end < o.start < next_end for o in mentions):
                end, action = next_end, _trigger(text[s_end:next_end], words, m)
        elif not action:
            # (2月26日，…王子联表示，今年该市计划…: what was said has a date of its own)
            # a day that opens a report of another day is a happening of its own (2月27日，中国一汽官方
            # 消息称，…已于2月26日…开工); one that opens a statement of a plan is not (…表示，今年该市计划…)
            planned_later = any(o.plan for o in mentions if s_start <= o.start < s_end and o.start > m.start)
            planned_later = planned_later and not m.expression.endswith(_HOLIDAY)  # (a holiday frames what was done in it)
            happening = (not planned_later and (((_opens_sentence(text, m, s_start) or _opens_clause(text, m)) and _is_happening_day(text, m))
                                                or _day_before_its_subject(text, m, s_start)
                                                or _year_heads_what_was_done(text, m))) or (
                (not later or _in_a_later_clause(text, m, later[0])) and _leads_the_news(text, m, s_start)) or (
                not later and (_dates_the_line(text, m)
                               or _year_of_what_the_subject_did(text, m))) or _deed_done_since(text, m, words) or _deed_done_on(text, m, words) \
                or row_label is not None
        if not action and not happening and m.kind == "date" and m.precision in ("day", "month", "year"):
            # no trigger word, but a verb of a deed done (指明了方向, 引进了一批…): by its structure
            happening = _completed_in_clause(text[m.end : end])
        if not action and not happening:
            continue
        clause = text[start:end]
        said = _QUOTED_SPEECH.search(clause)  # (what a speaker said in quotes is no figure of the day he said it)
        told = clause[: said.start() + 2] if said and said.start() > m.end - start else clause
        statistic = _reports_figures(told, words) and not any(w in told for w in words.strong_triggers)
        if statistic and not plan:  # a target (稳增长) in a plan is still a plan
            continue
        source = EventSource(article.stem, block_id, start, end, clause, m.expression)
        plan = plan or after_publication(m.iso, article.date)
        out.append(Event(m.iso, m.precision, m.certain, plan, _summary(clause), action, (source,)))
    out.extend(_scoped_events(article, block_id, text, mentions, words, told_times))
    return out


_CLOSING = re.compile(r"[\s”’」』）)]*")
# `…雷平表示，“近年来一汽持续快速增长…”`: a speaker's words in quotes, after the verb that says so
_QUOTED_SPEECH = re.compile(r"(?:表示|指出|强调|介绍|说|称|认为|谈到)[，,:：]?\s*[“「]")
# What may stand before a date that opens a sentence: quotes closing the sentence before, a list's
# dash or bullet, spaces.
_SENTENCE_LEAD = re.compile(r"[\s”’\"'」』）)\-–—•·▲■●◆★]*")
# A time of day between a day and its comma: 下午2点左右，, 9时23分，
_TIME_OF_DAY = re.compile(r"(?:[上中下]午|早上|早晨|晚上|晚间|傍晚|凌晨|夜间|晚)?"
                          r"(?:\s*\d{1,2}\s*[点时:：](?:\s*\d{1,2}\s*分?)?(?:许|左右)?)?\s*[，,]")


_SINCE_A_YEAR = re.compile(r"(?:19|20)\d\d年以来")


def _since_a_written_year(text: str, m: DateMention) -> DateMention:
    """`自2016年以来，市商务局对…项目进行持续跟踪`: what began in a year the text writes is dated by
    that year (a period for the figures it sums, an event's start for the timeline); a vague start
    (今年以来, 年初以来) dates nothing."""
    if m.kind != "period" or not _SINCE_A_YEAR.fullmatch(m.expression):
        return m
    if m.start > 0 and text[m.start - 1] in "自从":
        return DateMention(m.start - 1, m.end, text[m.start - 1 : m.end], m.expression[:4], "year", "date", True, False, False)
    # `據介紹，2017年以來，…紛紛落戶廣州開發區`: the same at the head of a clause of its own
    if (m.start == 0 or text[m.start - 1] in _CLAUSE_END + _SENTENCE_END) and text[m.end : m.end + 1] in ("，", ","):
        return DateMention(m.start, m.end, m.expression, m.expression[:4], "year", "date", True, False, False)
    return m


def _only_the_date(text: str, start: int, end: int, m: DateMention) -> bool:
    """Does the clause hold nothing but the date (`当天，`)?"""
    return not any(c.isalnum() for c in text[start : m.start] + text[m.end : end])


def _opens_sentence(text: str, m: DateMention, s_start: int) -> bool:
    return _SENTENCE_LEAD.fullmatch(text, _after_the_dateline(text, s_start, m.start), m.start) is not None


# a dateline's byline, or the comma after it: `本报讯(记者 张红霞)`, `人民财讯5月12日电,`
_BYLINE = re.compile(r"\s*(?:[（(][^（）()。，,]{0,30}[）)])?\s*[，,]?\s*")


def _after_the_dateline(text: str, s_start: int, end: int) -> int:
    """Where the sentence's own words start: after the dateline and its byline that open the story
    (`本报讯(记者 张红霞)1月22日,记者从…获悉`, `人民财讯5月12日电,上海医药(601607)5月12日晚间公告`), else at
    its start."""
    lead = _DATELINE.match(text, s_start)
    if lead is None or lead.end() > end:
        return s_start
    byline = _BYLINE.match(text, lead.end(), end)
    return byline.end() if byline else lead.end()


def _this_year_heads_what_was_done(text: str, m: DateMention, words: EventWords | None) -> bool:
    """`今年，绿园区项目建设进展迅速，…，其中…已经破土动工`: 今年 alone at the head of a clause, set off by its
    comma, dates what its sentence tells as done this year (a trigger after 已, or before 了), as a
    written year there does. Not what is done as a rule (`今年，绿园区…通过人性化的服务吸引项目落户`) nor
    what is still to do (`今年，长春…已谋划项目2717个，需要推动项目开工`); glued to a noun (今年工作任务,
    今年净增长175户) 今年 sums up a year and dates nothing."""
    if words is None or m.expression != "今年" or not _opens_clause(text, m):
        return False
    told = text[m.end : _sentence(text, m.start)[1]]
    for w in words.triggers:
        k = told.find(w)
        while k != -1:
            if "已" in told[max(0, k - 4) : k] or told.startswith("了", k + len(w)):
                return True
            k = told.find(w, k + 1)
    return False


def _opens_clause(text: str, m: DateMention) -> bool:
    """`…施工，今年，长春新区…`: the date stands alone at the head of its clause."""
    return (m.start == 0 or text[m.start - 1] in _CLAUSE_END + _SENTENCE_END or _opens_a_quote_of_the_line(text, m.start - 1)) \
        and text[m.end : m.end + 1] in "，,"


def _opens_a_quote_of_the_line(text: str, k: int) -> bool:
    """`“今年,长春要在…再投入5029套公寓,…。”长春市人社局相关负责人的一句话,…`: a quote that opens the paragraph
    (or its sentence) and is its own statement, not words a speaker is said to have said after a colon
    (`…表示：“今年要…”`)."""
    return k >= 0 and text[k] in "“「" and (k == 0 or text[k - 1] in _SENTENCE_END)


_HOLIDAY = ("期间", "假期", "长假", "前后")
# what may follow a day that qualifies something rather than heads a report: 7月23日的会议, 7月23日起,
# 7月23日是…, 7月23日至…, 7月23日前, 7月23日电
_QUALIFIED_BY_A_DAY = tuple("的起至到前后以电讯是为之止及和与或、") + ("这一", "那一")


def _day_before_its_subject(text: str, m: DateMention, s_start: int) -> bool:
    """`…精神，7月23日国务院调查组赶赴吉林，开展…调查工作`: a day at the head of a sentence or a clause,
    right before the words that say who did what then (no comma between), reports what happened that day."""
    if m.kind != "date" or m.plan or m.precision != "day" or not re.fullmatch(r"[^日号]*\d月\d{1,2}[日号]", _digits(m.expression)):
        return False
    if not (_opens_sentence(text, m, s_start) or (m.start > 0 and text[m.start - 1] in _CLAUSE_END)):
        return False
    after = text[m.end : m.end + 2]
    return bool(after) and is_cjk(after[0]) and not after.startswith(_QUALIFIED_BY_A_DAY)


# a written year alone: 2023年, 2023 年 (not 2023年初, not 今年)
_WRITTEN_YEAR = re.compile(r"(?:1[89]|20)\d\d\s*年")


def _year_heads_what_was_done(text: str, m: DateMention) -> bool:
    """A written year at the head of a clause, right before who did what (`2023年,长春新区高标准建设
    “长春人才创新港”`, `2005年,中国科学院长春光学精密机械与物理研究所开展卫星整星研制技术攻关`) or
    right before the verb (`…,2016年获国家科技进步二等奖`, `2003年毕业于吉林大学`), dates what was done
    that year, whatever the verb. By the clause's structure (jieba's tags), not a word list: after the
    comma a subject (a noun or pronoun) and a verb with its object; glued to the year, the verb (or a
    word that takes 于). Not a clause with a figure (`2022年,全市产值1000亿元`: a statistic), a state
    (`2023年，长春高端装备制造收获满满`: no object), nor a frame (`2022年,对长春新区来说,是…的一年`,
    `2020年受疫情影响`: a preposition or a circumstance opens it, no subject)."""
    if m.kind != "date" or m.plan or m.relative or m.precision != "year" or not _WRITTEN_YEAR.fullmatch(m.expression):
        return False
    if not (m.start == 0 or text[m.start - 1] in _CLAUSE_END + _SENTENCE_END + "”」"):
        return False
    comma = text[m.end : m.end + 1] in ("，", ",")
    body_start = m.end + comma
    head = text[body_start : next_mark(text, body_start, _CLAUSE_END + _SENTENCE_END)]
    if not head or not is_cjk(head[0]) or any(c.isdigit() for c in head):
        return False
    from ..segment import tagged  # jieba's tags, loaded only when a year heads a clause

    tags = [(w, f) for w, f in tagged(head) if w.strip()]
    if comma:  # a subject, then a verb with its object (an adjective before a noun is a noun phrase: 玲珑 a, 轮胎 n)
        subject = tags[0][1][0] in "nrj" or (tags[0][1] == "a" and len(tags) > 1 and tags[1][1][0] in "nj")
        return subject and any(f in ("v", "vn") and _an_object(tags[k + 1]) for k, (_w, f) in enumerate(tags[1:-1], 1))
    first = tags[0]
    return (first[1] == "v" and first[0] not in _CIRCUMSTANCE) or (len(tags) > 1 and tags[1][0] == "于")


# `自2007年…`, `从1月上旬开始，…`, `从2018年起，…`: a start the date gives (not 以来: a span summed up)
_SINCE_START = re.compile(r"\s*(?:开始|起)?\s*[，,]?\s*")


def _deed_done_since(text: str, m: DateMention, words: EventWords) -> bool:
    """`特别是自2007年开发区北上扩容，吹响…`, `从1月上旬开始，新华网吉林频道开设“新华访谈”系列栏目`: a date after
    自/从 that the clause's subject and its verb follow dates what the subject began to do then, whatever
    the verb (扩容, 开设: no trigger word; structure, by jieba's tags, as `_year_heads_what_was_done`).
    Not a figure from then on (`从2020年开始，全区新增企业300户`, `…产值逐年增长`: a statistic), a plan
    (`从明年开始，…将…`), a clause without a subject (`从2020年开始，逐步推进改革`), nor a span summed
    up (`2017年以来`)."""
    if m.kind != "date" or m.plan or m.precision not in ("day", "month", "year") or m.expression.endswith("以来"):
        return False
    if not (m.expression.startswith(("自", "从")) or text.endswith(("自", "从"), 0, m.start)):
        return False
    body_start = _SINCE_START.match(text, m.end).end()
    head = text[body_start : next_mark(text, body_start, _CLAUSE_END + _SENTENCE_END)]
    if (not head or not is_cjk(head[0]) or any(c.isdigit() for c in head) or holds_a_plan_word(head)
            or _reports_figures(head, words)):
        return False
    from ..segment import tagged  # jieba's tags, loaded only for a date after 自 or 从

    tags = [(w, f) for w, f in tagged(head) if w.strip()]
    return tags[0][1][0] in "nrj" and any(f == "v" for _w, f in tags[1:])


# the first character of a word ending in 于 (由于, 对于, 关于, 等于, 属于, 处于, 位于, 至于, 基于, 鉴于, 用于, 晚于 …)
_NOT_THE_PREPOSITION_YU = tuple("由对关等属处位至基鉴用源相高低大小多少晚早优善勇敢急忙过终限")


def _deed_done_on(text: str, m: DateMention, words: EventWords) -> bool:
    """`市商务局于今年3月向省政府申报花山经济开发区为…园区`: 于 between a subject and a date says when the subject
    did what follows, whatever the verb (jieba tags 申报 as a noun here). Not a plan (将于), a figure, nor a
    date that ends its clause (`始建于1954年`: the trigger before it dates it)."""
    if m.kind != "date" or m.plan or m.precision not in ("day", "month", "year") or not text.endswith("于", 0, m.start):
        return False
    if text[m.start - 2 : m.start - 1] in _NOT_THE_PREPOSITION_YU:
        return False  # 由于2020年疫情影响, 对于2020年…, 晚于2020年…: 于 of another word
    before = text[after_last_mark(text, m.start, _CLAUSE_END + _SENTENCE_END) : m.start - 1]
    head = text[m.end : next_mark(text, m.end, _CLAUSE_END + _SENTENCE_END)]
    return (sum(map(is_cjk, before)) >= 2 and len(head) >= 2 and is_cjk(head[0]) and not any(c.isdigit() for c in head)
            and not holds_a_plan_word(head) and not _reports_figures(head, words))


def _completed_in_clause(clause: str) -> bool:
    """`…为经开区 2018年的总体布局和战略发展指明了方向`, `…在2021年引进了一批光电企业`: a verb that took the
    aspect 了 (done) and then its object (a noun, a quoted name, a count of things) reports what was done
    at the clause's date, whatever the verb. Not a state (`订单多了起来`: an adjective), nor 了 closing
    the clause (`…完成了`: what was done is not said)."""
    if "了" not in clause:
        return False
    from ..segment import tagged  # jieba's tags, loaded only for a dated clause with 了 and no trigger

    tags = [(w, f) for w, f in tagged(clause) if w.strip()]
    return any(f in ("v", "vn") and tags[k + 1][0] == "了" and (_an_object(tags[k + 2]) or tags[k + 2][1] == "m")
               for k, (_w, f) in enumerate(tags[:-2]))


def _an_object(tag: tuple[str, str]) -> bool:
    """A noun or a quoted name right after a verb is what it acts on (`开展卫星…攻关`, `建设“长春人才创新港”`);
    an adjective, a measure or 了 after it tells a state (`收获满满`, `投资多起来`, `进入了…“快车道”`)."""
    word, flag = tag
    return flag[0] in "nj" or word in ("“", "《", "「")


# verbs that open a circumstance of the clause, not what was done (2020年受疫情影响, 2021年面对…)
_CIRCUMSTANCE = ("受", "面对", "面临", "随着", "经过", "经", "按照", "根据", "围绕")


def _digits(expression: str) -> str:
    return re.sub(r"\s+", "", expression)


def _is_happening_day(text: str, m: DateMention) -> bool:
    """A day (or a month with its year written) that opens a sentence, followed by its comma,
    reports what happened then (`6月4日，…办公室里氛围火热`, `2016年5月，…总部在长春新区投资4亿元`),
    whatever its verb; a plan's date, a period (1至5月) and a bare month (5月，全市…) do not."""
    # a written year's start (`2025年开年，`, `2019年初，`) is as precise as a month here, and so is its holiday,
    # comma or not (`2023年春节期间连续生产、加班加点…`: a time the sentence opens with)
    holiday = m.precision == "year" and not m.relative and m.expression.endswith(_HOLIDAY)
    if holiday and m.kind == "date" and not m.plan:
        return True
    year_start = m.precision == "year" and not m.relative and m.expression.endswith(("初", "开年", "開年", "以来"))
    # 去年6月，一汽红旗表示… names its year as 2021年6月 does; a bare 5月，全市… does not
    month = m.precision == "month" and (not m.relative or m.expression.startswith(("今年", "去年", "前年")))
    if m.kind != "date" or m.plan or not (m.precision == "day" or month or year_start):
        return False
    return _TIME_OF_DAY.match(text, m.end) is not None


# a stock code, a short name or a foreign name in brackets right after a name
_SUBJECT_PARENTHESIS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()，,。]{1,24}[）)]")


def _leads_the_news(text: str, m: DateMention, s_start: int) -> bool:
    """A day right after the subject of a sentence, in its first clause (`长春市委书记高广滨2日在长春市
    表示，…`, `长春高新今早低开低走`), is the news lead: it dates what the subject did or said then,
    whatever the verb. Not a photo credit's day (`张楠10月31日摄`), nor `今天的` (nowadays)."""
    if m.kind != "date" or m.plan or m.precision != "day":
        return False
    # a parenthesis after the subject belongs to it (`奥来德(688378.SH)8月22日在…表示`, `…（以下简称“解放”）`)
    head = _SUBJECT_PARENTHESIS.sub("", text[_after_the_dateline(text, s_start, m.start) : m.start])
    if len(head) > 20 or any(c in _CLAUSE_END + "、" or c.isdigit() for c in head) or head.endswith(("从", "到", "至", "截至", "截止")):
        return False
    if sum(map(is_cjk, head)) < 2:
        return False  # no subject before it (“今日好评74件…: today's figures)
    after = text[m.end : m.end + 3]
    return not after.startswith(("摄", "攝", "的", "，", ",", "电", "電", "讯", "訊", "消息")) and _opens_clause_body(after)


def _in_a_later_clause(text: str, m: DateMention, later: int) -> bool:
    """Is a clause mark between the date `m` and the next date (at `later`)?"""
    return any(c in _CLAUSE_END for c in text[m.end : later])


def _opens_clause_body(after: str) -> bool:
    """Something follows the day in its clause (a place, a verb), not the clause's end."""
    return bool(after) and after[0] not in _SENTENCE_END + "）)”"


def _dates_the_line(text: str, m: DateMention) -> bool:
    """A paragraph that is only a full date and what it dates (`一九五六年七月十四日的人民日报头版。`: a
    dated picture or page) is an event of that day."""
    if m.kind != "date" or m.plan or m.relative or m.precision != "day" or m.start != 0:
        return False
    rest = text[m.end :].strip()
    return rest.startswith("的") and len(rest) <= 24 and not any(c in rest[:-1] for c in _SENTENCE_END + _CLAUSE_END)


def _only_a_date(text: str, m: DateMention, s_start: int, s_end: int) -> bool:
    """A sentence that is a date and a few framing words (`将时间拉回到2015年的10月7日12时13分。`)."""
    rest = text[s_start : m.start] + text[m.end : s_end]
    return (s_end < len(text) and text[s_end] == "。" and bool(text[s_end + 1 :].strip()) and sum(map(is_cjk, rest)) <= 8
            and m.precision == "day")


def _plan_in_clause(m: DateMention, after: str, pub: PublicationDate | None) -> bool:
    """A year at or after the publication year whose clause says what is to be done
    (`2025年该市光电信息产业产值力争达到1000亿元`, `今年，这些工业园区计划还将…`) is a plan."""
    if m.precision != "year" or m.kind != "date" or m.year is None or pub is None or m.year < pub.year:
        return False
    return holds_a_plan_word(after)


# `公示日期: 2025年7月20日-…`, `开工时间：2021年3月15日`: a field's label names what happens at its date
_FIELD_LABEL = re.compile(r"(?:^|(?<=[\s，,。；;]))(?P<label>[\u4e00-\u9fff]{1,8}(?:日期|时间|期))\s*[:：]\s*$")
# (a page's own labels, `发布时间：`, `更新日期：`, say when the page was posted: no happening of the text)
_PAGE_LABELS = ("发布", "发表", "更新", "录入", "发稿", "入库", "修改", "上传", "创建", "编辑")


# a table's row as a page stores it: its first cell, then the others, each closed by a pipe
# (`投入运营 | 首批：2011年12月7日 次批：2013年1月31日 |`)
_TABLE_ROW = re.compile(r"\s*[|｜]?\s*(?P<label>[^|｜。，,；;]{1,12}?)\s*[|｜](?=.*[|｜]\s*$)")
# a label that says when something happened: `制造年份`, `成立时间`, `开通日期`
_WHEN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}(?:日期|时间|年份|年代)")
_NOT_A_HAPPENING_LABEL = _PAGE_LABELS + ("统计", "数据", "截至", "截止", "有效", "出生", "报告", "公示", "申报")


def _happening_row_label(text: str, m: DateMention, words: EventWords) -> int | None:
    """Where the first cell of a table's row starts when it says what happened on the dates of the other
    cells (a trigger word, `投入运营`; or a label of when, `制造年份`, `成立时间`), as an encyclopedia's
    infobox; not a figure's year (`统计年份`), nor the page's own date (`更新日期`)."""
    row = _TABLE_ROW.match(text)
    if row is None or row.end() > m.start:
        return None
    label = row.group("label").strip()
    if label.startswith(_NOT_A_HAPPENING_LABEL):
        return None
    if any(w in label for w in words.triggers) or _WHEN_LABEL.fullmatch(label):
        return row.start("label")
    return None


def _field_label_start(text: str, s_start: int, start: int, m: DateMention) -> int:
    """Where the clause of a date that is a field's value starts: at its label (`公示日期:`), which says
    what happens then; else `start`."""
    if text[start : m.start].strip():
        return start
    label = _FIELD_LABEL.search(text, s_start, m.start)
    if label is None or label.group("label").startswith(_PAGE_LABELS):
        return start
    return label.start("label")


def _schedules_further_on(m: DateMention, text: str, pub: PublicationDate | None, words: EventWords) -> bool:
    """`…快速突破,今年该市光电信息领域要推动200项以上科技成果转化落地`: a plan word further on in the
    clause of a year (the subject between them) schedules what the clause's trigger says, outside a
    speaker's quoted words (`表示：“…今年要再上台阶。”` is a wish)."""
    clause = text[m.end : next_mark(text, m.end, _CLAUSE_END + _SENTENCE_END)]
    return ((_plan_in_clause(m, clause, pub) and bool(_trigger(clause, words)) or _scheduled_right_after(m, text, clause, words))
            and marks_before(text, m.start, "“") <= marks_before(text, m.start, "”"))


def _scheduled_right_after(m: DateMention, text: str, clause: str, words: EventWords) -> bool:
    """`…,项目一期今年开工建设;`: the year in progress between a subject and a trigger says when the subject
    is to do it, a plan. Not a year qualifying a noun (`今年举办的博览会`: the trigger then 的), nor one
    whose clause gives a figure (`全市今年完成固定资产投资300亿元`: the year's sum)."""
    if m.expression not in _SCHEDULING_YEARS or m.precision != "year" or m.kind != "date":
        return False
    before = text[m.start - 1 : m.start] if m.start else ""
    if not is_cjk(before) or before in _YEAR_PREPOSITIONS or any(c.isdigit() for c in clause):
        return False
    hit = next((w for w in sorted(words.triggers, key=len, reverse=True) if clause.startswith(w)), "")
    return bool(hit) and not clause[len(hit) :].startswith("的")


def _scoped_events(article: Article, block_id: str, text: str, mentions: list[DateMention], words: EventWords,
                   told_times: list[DateMention] = ()) -> list[Event]:
    """`…介绍，2023年，中国一汽在长春生产整车156万辆…。奥迪PPE试生产，比亚迪动力电池投产，…`: a year
    that opens a clause of a report (`2023年，`) dates the undated sentences after it in the
    paragraph; each of their clauses with a trigger (and no figures) is an event of that year."""
    out: list[Event] = []
    scope: DateMention | None = None
    pos = 0
    while pos < len(text):
        s_start, s_end = _sentence(text, pos)
        inside = [m for m in mentions if s_start <= m.start < s_end]
        if inside:
            first = inside[0]
            opens = (first.start == s_start or text[first.start - 1] in "，,：:") and text[first.end : first.end + 1] in "，,"
            # (a year since which things happened, 2017年以来，, sums up; it sets no year of what follows)
            scope = first if opens and first.precision == "year" and not first.relative and not first.plan \
                and not first.expression.endswith("以来") else None
        elif any(s_start <= m.start < s_end for m in told_times):
            scope = None  # (今年以来，… / 近日，…: a time of its own, however vague)
        elif scope is not None:
            start = s_start
            for k in range(s_start, s_end + 1):
                if k == s_end or text[k] in "，,；;":
                    clause = text[start:k]
                    action = _trigger(clause, words)
                    statistic = _reports_figures(clause, words)
                    if clause.strip() and action and not statistic:
                        source = EventSource(article.stem, block_id, start, k, clause, scope.expression)
                        out.append(Event(scope.iso, scope.precision, scope.certain, False, _summary(clause), action, (source,)))
                    start = k + 1
        pos = s_end + 1
    return out


def _reports_figures(clause: str, words: EventWords) -> bool:
    """A statistics word (增长, 同比) makes the clause a figure's, except where it qualifies a noun
    (为满足迅猛增长的市场需求): 增长的 describes, it reports nothing."""
    return any(w in clause and clause.count(w) > clause.count(w + "的") for w in words.statistics)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    return after_last_mark(text, pos, _SENTENCE_END), next_mark(text, pos, _SENTENCE_END)


def _trigger(clause: str, words: EventWords, m: DateMention | None = None) -> str:
    for w in words.not_triggers:
        if w in clause:
            clause = clause.replace(w, "，" * len(w))  # 上市公司 names a kind of company: no listing happened
    hits = [(clause.find(w), -len(w), w) for w in words.triggers if w in clause]
    if not hits and m is not None and m.precision in ("day", "month", "year"):
        # a first happens at a point in time: 1959年，…生产出第一辆铁路客车; never in a span such as “十五五”
        hits = [(clause.find(w), -len(w), w) for w in words.milestones if w in clause]
    return min(hits)[2] if hits else ""


def _summary(clause: str) -> str:
    text = _TAIL.sub("", _LEAD.sub("", clause.strip(), count=1)).strip("，,：:、 ")
    return text if len(text) <= _SUMMARY_MAX else text[: _SUMMARY_MAX - 1] + "…"
