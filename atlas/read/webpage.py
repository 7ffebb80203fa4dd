"""Text pasted from web pages: HTML markup and page furniture (发布时间, 来源, 责任编辑, 分享到 …).

Markup is reduced to its text (a link keeps its words, never its address; scripts and styles go
whole). Furniture lines become metadata where they are metadata (date, source) and are dropped
otherwise; each one is reported, so nothing leaves the body silently.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

import regex

from ..data_files import entry_lines, key_line, load_yaml
from ..records import Problem, Severity
from ..text import NUMERAL_DIGITS, chinese_number, display_text, match_text
from .simplify import simplified
from .structure import PHOTO_MARK, trailer_match

# a byline (本报记者 王五 李四): with a date after it, a publication line, never a headline with its date glued on
_BYLINE = re.compile(r"^(?:本报|本台)?(?:记者|作者|通讯员)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,3}$")
_LOOKS_LIKE_HTML = re.compile(r"</?(?:p|br|div|span|a|script|style|img|strong|b|em|i|h[1-6]|li|ul|ol|table|tr|td|font|section|article)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_CJK = re.compile("[\u4e00-\u9fff]")
_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol"}
_DROP_CONTENT = {"script", "style", "noscript", "iframe", "template"}


# elements that hold a paragraph's text: a line break of the page's source inside one is no break of the
# text (a browser joins the lines), where a break outside them (plain text with a stray tag) stays one
_TEXT_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "caption", "figcaption"}
_SOURCE_BREAK = "\x00"  # a line break of the source inside a paragraph's element, resolved in strip_html


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.tags = 0
        self.inside = 0  # open paragraph elements
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags += 1
        if tag in _DROP_CONTENT:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in _TEXT_BLOCKS:
            self.inside = 1 if tag == "p" else self.inside + 1  # a <p> closes the one before it
        if tag == "a":
            self.links.extend(v for k, v in attrs if k == "href" and v)

    def handle_endtag(self, tag):
        if tag in _DROP_CONTENT and self.skip:
            self.skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in _TEXT_BLOCKS and self.inside:
            self.inside -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(_mark_source_breaks(data) if self.inside and "\n" in data else data)


_BLANK = " \t\r\u3000"


def _mark_source_breaks(data: str) -> str:
    """Each line break of the source with the blanks around it → _SOURCE_BREAK (split, not a pattern, so a
    long run of spaces costs one pass)."""
    pieces = data.split("\n")
    inner = [pieces[0].rstrip(_BLANK)] + [piece.strip(_BLANK) for piece in pieces[1:-1]] + [pieces[-1].lstrip(_BLANK)]
    return _SOURCE_BREAK.join(inner)


@dataclass(frozen=True)
class Unmarked:
    text: str
    tags: int  # how many tags were removed
    links: tuple[str, ...]  # addresses of links whose words were kept


def strip_html(text: str) -> Unmarked | None:
    """The text of an HTML fragment, or None when `text` has no markup or entities."""
    if not (_LOOKS_LIKE_HTML.search(text) or _ENTITY.search(text)):
        return None
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    out = _join_source_breaks("".join(parser.parts)).replace("\u00a0", " ")
    # a browser shows blocks one under the other whatever the breaks and blank lines between the tags:
    # at most one blank line between two blocks (three would read as the gap a picture leaves)
    out = re.sub(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+\n", "\n\n", out)
    return Unmarked(html.unescape(out) if "&" in out else out, parser.tags, tuple(parser.links))


def _join_source_breaks(text: str) -> str:
    """A source line break inside a paragraph is a space between two words of letters or figures
    (Audi Q6\\ne-tron → Audi Q6 e-tron) and nothing elsewhere (光电\\n信息 → 光电信息, 活动,\\n21日 → 活动,21日):
    Chinese sets no space between words, and a break at a paragraph's edge is no text."""
    def joined(m: re.Match) -> str:
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        return " " if before.isascii() and before.isalnum() and after.isascii() and after.isalnum() else ""
    return re.sub(_SOURCE_BREAK + "+", joined, text) if _SOURCE_BREAK in text else text


FURNITURE_FILE = "data/furniture.yaml"
RULE_TIMEOUT = 0.05  # seconds one rule may take on one line: any sane pattern takes microseconds


@dataclass(frozen=True)
class FurnitureRule:
    pattern: regex.Pattern  # the `regex` package's: its search takes a timeout, so no rule can hang a build
    field: str  # "date", "source", "authors", "url" or "" (dropped)
    line: int | None = None  # where the rule is in data/furniture.yaml
    glued: bool = False  # the pattern's `furniture` group is furniture glued to the start of a text line
    max_len: int | None = None  # the longest line the rule is tested on, when not find_furniture's max_len
    opens_list: bool = False  # the line heads a list of other pages' headlines (相关新闻): the list goes too
    edges: bool = False  # tested only over the text's first paragraph or under its last, never between paragraphs
    takes_value: bool = False  # a table's label alone on its line (索引号): the value on the line under it goes too
    undated_value: bool = False  # that value's date is what the label names (a forum user's 注册时间), not the page's
    fallback: bool = False  # used only when no other rule dates the page, and when it reads one line alone (of the edges, for an edges rule)
    mark: bool = False  # a mark a site's system leaves in the text (`[NextPage]`): cut out wherever it stands


@dataclass(frozen=True)
class Furniture:
    line: int
    text: str
    values: dict  # field → value taken from the line
    opens_list: bool = False
    takes_value: bool = False
    undated_value: bool = False
    alone: bool = False  # a fallback rule read its date, the only one on the page: it dates the page wherever it stands


def find_furniture(lines: list[tuple[int, str]], rules: list[FurnitureRule], max_len: int = 80,
                   report: Callable[..., None] | None = None, fold: Callable[[str], str] | None = None) -> list[Furniture]:
    """Lines that are page furniture: short lines matching a rule of data/furniture.yaml.

    `fold` (same length in, same length out) gives the text the rules are tested on, e.g. a
    simplified copy (來源 → 来源); values are cut from the line as written. A rule that takes
    longer than RULE_TIMEOUT on a line (a pattern that backtracks without end, such as
    `^(a|aa)+$`) is reported through `report(line, severity, code, message, fix)` with its own
    line in the data file, and not used for the rest of the article."""
    found = []
    timed_out: set[int] = set()
    longest = max([max_len] + [rule.max_len for rule in rules if rule.max_len])

    def match(no: int, tested: str, written: str, long: int) -> tuple[bool, bool, dict]:
        values: dict = {}
        matched = opens_list = takes_value = undated = False
        sentence = _SENTENCE_END.search(tested) is not None
        # a label led by a list's dash or bullet (`- 標簽:`, `- 編輯:李娜`) is the label: rules that only drop a line
        # are tested on it without the mark too
        unmarked = _LEADING_MARK.sub("", tested, count=1)
        for k, rule in enumerate(rules):
            if rule.glued or k in timed_out or long > (rule.max_len or max_len):
                continue
            if sentence and rule.field:
                continue  # a date or a source in a sentence (公告发布时间2021年8月12日，报名…。) is the text's, never the page's
            try:
                m = (rule.pattern.fullmatch(tested.strip(), timeout=RULE_TIMEOUT) if rule.mark
                     else rule.pattern.search(tested, timeout=RULE_TIMEOUT))
                if m is None and not rule.field and not rule.mark and unmarked != tested:
                    m = rule.pattern.search(unmarked, timeout=RULE_TIMEOUT)
            except TimeoutError:
                timed_out.add(k)
                if report is not None:
                    where = f"{FURNITURE_FILE} 第 {rule.line} 行" if rule.line else FURNITURE_FILE
                    report(no, Severity.WARNING, "data.furniture-timeout",
                           f"{where}的规则在这一行上超时（超过 {RULE_TIMEOUT:g} 秒），本文不再使用这条规则",
                           "改写这条规则：不要让重复套着重复，例如把 (a+)+ 写成 a+")
                continue
            if m:
                matched = True
                opens_list = opens_list or rule.opens_list
                takes_value = takes_value or rule.takes_value
                undated = undated or rule.undated_value
                if rule.field:
                    group = rule.field if m.groupdict().get(rule.field) is not None else (m.lastindex or 0)
                    if rule.field == "date" and _in_a_link(tested, m.start(group), m.end(group)):
                        continue  # `转贴来源: http://…/2012-10-25/….html`: the linked page's date, which no line states
                    values.setdefault(rule.field, written[m.start(group):m.end(group)].strip())
        return matched, (opens_list, takes_value, undated), values

    rows = table_rows(lines)
    for no, text in lines:
        stripped = _TABLE_BORDER.sub("", text.strip())  # (a page laid out in a table: `| 2017-03-11 17:39:29 产业经济研究室`)
        if not stripped or len(stripped) > longest or no in rows:
            continue
        tested = fold(stripped) if fold else stripped
        if len(tested) != len(stripped):
            tested = stripped
        if mojibake(stripped):
            found.append(Furniture(no, stripped, {}))
            continue
        matched, (opens_list, takes_value, undated), values = match(no, tested, stripped, len(stripped))
        if "date" not in values and CN_FULL_DATE.search(tested):
            # the rules write dates in digits: a line with its date in Chinese numerals (`二〇二一年八月十二日 10:15
            # 来源：长春日报`) is tested again with that date in digits; what only that copy gives is cut from it
            digits = CN_FULL_DATE.sub(_digit_date, tested)
            again, (listed, labels, no_date), more = match(no, digits, digits, len(stripped))
            matched, opens_list, takes_value, values = matched or again, opens_list or listed, takes_value or labels, more | values
            undated = undated or no_date
        if matched:
            found.append(Furniture(no, stripped, values, opens_list, takes_value, undated))
    return found


# a full date in Chinese numerals (二〇二一年八月十二日; the digit 0 may be typed among them: 二0二一年)
CN_FULL_DATE = re.compile(r"(?P<y>(?=[0〇○零]{0,3}[一二三四五六七八九])[0〇○零一二三四五六七八九]{4})\s?年\s?(?P<m>十[一二]?|[一二三四五六七八九])\s?月"
                           r"\s?(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s?[日号]")
def chinese_numeral_date(m: re.Match) -> tuple[str, int, int]:
    """A match of CN_FULL_DATE → (year digit by digit, month, day): 二〇二一年十二月二十日 → ("2021", 12, 20)."""
    return "".join(str(NUMERAL_DIGITS[c]) for c in m.group("y")), chinese_number(m.group("m")), chinese_number(m.group("d"))


def _digit_date(m: re.Match) -> str:
    year, month, day = chinese_numeral_date(m)
    return f"{year}年{month}月{day}日"


_LINK = re.compile(r"(?:https?://|www\.)[^\s，。；、“”]+", re.I)


def _in_a_link(text: str, start: int, end: int) -> bool:
    """Does text[start:end] lie inside a web address (http://…, www.…)?"""
    return any(link.start() <= start and end <= link.end() for link in _LINK.finditer(text))


def table_rows(lines: list[tuple[int, str]]) -> set[int]:
    """The rows of a table of the text pasted as pipe rows (`| 日期 | 时间 | 安排 |` / `| 10月20日 | 14:00-21:00 | 报到 |`):
    two lines or more one under the other, each with a border at both ends and the same number of cells (two or more),
    figures in one of them at least. A table of the text is text (its header row no menu, its dates the schedule's);
    a page laid out in a table (`| 2017-03-11 17:39:29 产业经济研究室`, no right border) and a menu in one row
    (`| 首页 | 新闻 | 政务 |`) are none."""
    out: set[int] = set()
    run: list[tuple[int, str]] = []
    cells = 0

    def close() -> None:
        if len(run) >= 2 and any(re.search(r"\d", text) for _, text in run):
            out.update(no for no, _ in run)

    for no, text in lines:
        line = text.strip()
        row = len(line) >= 3 and line[0] in "|｜" and line[-1] in "|｜"
        n = line.count("|") + line.count("｜") - 1 if row else 0  # the cells between the borders
        if not row or n < 2 or (run and n != cells):
            close()
            run = []
        if row and n >= 2:
            run.append((no, text))
            cells = n
    close()
    return out


_SENTENCE_END = re.compile(r"。|[！？!?]\s*$")
_TABLE_BORDER = re.compile(r"^[|｜]\s*(?=\S)")  # a table's left border opening a line: the cell's text is the line
_LEADING_MARK = re.compile(r"^(?:[-–•·*]\s+|[•·])")


def mojibake(text: str) -> bool:
    """Text written in UTF-8 and decoded as GBK (`瀵逛笉璧凤紝鎮ㄨ璁块棶…` for `对不起，您访问…`): its
    GB18030 bytes read as UTF-8 give back Chinese, where those of real Chinese text give almost only
    broken sequences. No page's text is written so; a mirror's 404 notice or redirect line is."""
    if len(_CJK.findall(text)) < 6:
        return False
    try:
        again = text.encode("gb18030").decode("utf-8", errors="replace")
    except UnicodeError:
        return False
    recovered = len(_CJK.findall(again))
    return recovered >= 5 and 3 * recovered >= again.count("\ufffd")


LIST_ITEM = 40  # a headline in a list of links is at most this long


def listed_headlines(lines: list[tuple[int, str]], furniture: list[Furniture],
                     whole: dict[int, str] | None = None) -> list[Furniture]:
    """The lines of a list of other pages' headlines under a heading such as 相关新闻 or 推荐阅读: short
    lines with no sentence's mark, up to the first line of text (or the end). A list's headlines are
    not the article's, neither its title nor its text, and their dates are not its date (furniture
    in the list comes back without its values). `whole`: the lines as written, where `lines` holds
    only the furniture cut off a line (an item with its date glued on)."""
    found = {item.line: item for item in furniture}
    out: dict[int, Furniture] = {}
    for item in furniture:
        if not item.opens_list:
            continue
        marked = None  # whether the list's items carry a mark (• 1. 1、): then the list ends at a line without one
        taken: list[Furniture] = []
        text_follows = False
        for at, (no, text) in enumerate(lines):
            stripped = text.strip()
            if no <= item.line or not stripped or no in out:
                continue
            item_mark = _ITEM_MARK.match((whole or {}).get(no, stripped).strip())
            if marked is None:
                marked = bool(item_mark)
            elif marked and not item_mark:
                break  # the page's own headline under a list of others' at the top
            if no in found:  # furniture of its own; what it says (a date) is another page's, not this one's
                taken.append(replace(found[no], text=(whole or {}).get(no, found[no].text).strip(), values={}))
                continue
            if len(stripped) > LIST_ITEM or _SENTENCE_MARK.search(stripped):
                if _teaser_between_items(lines[at:], found, taken):
                    taken.append(Furniture(no, stripped, {}))  # an item's summary (ry02): the list goes on under it
                    continue
                text_follows = True
                break
            taken.append(Furniture(no, stripped, {}))
        if text_follows and any(_reads_as_text(x.text) for x in taken if x.line not in found):
            # a heading between two paragraphs (推荐阅读 where a box stood): the short lines under it are the
            # text's, a sentence broken by the page's width, a crosshead, a form's line, when one of them
            # reads as text; only what is furniture of its own goes
            taken = [x for x in taken if x.line in found]
        out.update((x.line, x) for x in taken)
    return list(out.values())


TEASER_LINES = 2  # lines of an item's summary in a list of other pages, at most


def _teaser_between_items(lines: list[tuple[int, str]], found: dict[int, Furniture], taken: list[Furniture]) -> bool:
    """Is the sentence at lines[0] an item's summary in the list (ry02's `相关新闻`: each item a timestamp, a headline and
    a summary): up to TEASER_LINES lines of text, then a line of the shape of a dated line the list took (the next
    item's timestamp, `2019-06-11 17:33:12` under `2019-09-11 15:31:15`)? Text under a list ends it."""
    stamps = {_digits_shape(found[x.line].text) for x in taken if x.line in found and "date" in found[x.line].values}
    if not stamps:
        return False
    sentences = 0
    for no, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        if no in found:
            return "date" in found[no].values and _digits_shape(found[no].text) in stamps
        sentences += 1
        if sentences > TEASER_LINES or not (len(stripped) > LIST_ITEM or _SENTENCE_MARK.search(stripped)):
            return False
    return False


def _digits_shape(text: str) -> str:
    return re.sub(r"\d", "0", simplified(text.strip()))


# a line that reads as the text's, not as another page's headline: a clause broken off by the page's width
# (it ends with a comma, a 顿号, a colon or a dash, or leaves a bracket or a quote open or closes one it did
# not open), a note in brackets, a crosshead numbered in Chinese (二、…, （三）…), a form's line (通讯地址：…, 建设地点：…),
# an omission's marks alone (……)
_CLAUSE_BROKEN = re.compile(r"[，,、；;：:—–-]\s*$")
_NOTE_IN_BRACKETS = re.compile(r"^[（(][^（）()]*[)）]$")
_CROSSHEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])")
_FORM_LINE = re.compile(r"^[^，。：:]{0,10}(?:地址|地点|电话|传真|邮编|邮箱|联系人|日期)(?:[（(][^）)]{1,6}[）)])?\s*[:：]")
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")  # (a line of marks only, `……`, is the text's omission)
_PAIRS = (("（(", "）)"), ("《", "》"), ("“", "”"), ("「", "」"), ("【[", "】]"))


def _reads_as_text(line: str) -> bool:
    line = simplified(line.strip())
    if (_CLAUSE_BROKEN.search(line) or _NOTE_IN_BRACKETS.match(line) or _CROSSHEAD.match(line) or _FORM_LINE.match(line)
            or not _WORDS.search(line)):
        return True
    return any(sum(line.count(c) for c in opens) != sum(line.count(c) for c in closes) for opens, closes in _PAIRS)


_SENTENCE_MARK = re.compile(r"[。！？；!?;]|[，,].*[，,]")
TABLE_VALUE = 40  # a table's value (an index number, an office, a date, a document number) is at most this long


def values_under_labels(lines: list[tuple[int, str]], furniture: list[Furniture]) -> list[Furniture]:
    """The values of a table whose cells a copy puts one a line (`索引号` / `11220100013/2023-00123` /
    `发布机构` / `长春市人民政府办公厅`): under a label alone on its line (a `takes_value` rule), the next line
    goes with it when it is short and no sentence. A label's word over a paragraph (a crosshead) takes nothing:
    the paragraph is long or a sentence."""
    found = {item.line for item in furniture}
    filled = [(no, text.strip()) for no, text in lines if text.strip()]
    out = []
    for k, (no, _) in enumerate(filled[:-1]):
        item = next((x for x in furniture if x.line == no and x.takes_value), None)
        if item is None:
            continue
        value_no, value = filled[k + 1]
        if value_no in found or len(value) > TABLE_VALUE or _SENTENCE_MARK.search(value):
            continue
        out.append(Furniture(value_no, value, {}))
        found.add(value_no)
    return out


def undated_values(lines: list[tuple[int, str]], furniture: list[Furniture]) -> list[Furniture]:
    """The furniture with no date read from a value under an `undated_value` label: a forum user's box copied one
    cell a line (`注册时间` / `2016-12-23`, `最后登录` / `2024-11-6`) dates the user, not the post."""
    labels = {item.line for item in furniture if item.undated_value}
    if not labels:
        return furniture
    filled = [no for no, text in lines if text.strip()]
    under = {filled[k + 1] for k, no in enumerate(filled[:-1]) if no in labels}
    return [replace(item, values={k: v for k, v in item.values.items() if k != "date"}) if item.line in under else item
            for item in furniture]


LEAD_OPENING = 40  # a teaser repeats at least this much of the lead's opening
LEAD_BELOW = 4  # the lead stands within this many lines under its teaser
TEASER_LABEL = 30  # the furniture glued before the repeat is at most this long


def teasers_of_the_lead(lines: list[tuple[int, str]], furniture: list[Furniture], rules: list[FurnitureRule],
                        fold: Callable[[str], str] | None = None) -> list[Furniture]:
    """A teaser over the text that repeats its lead behind a label (a content farm's copy: `来源:台海网台海网3月17日讯
    (…)1-2月,厦门市…个百分点,我来为大家科普一下…` over the headline, the lead `台海网3月17日讯(…)1-2月,…个百分点。`
    under it): a line holding the opening (LEAD_OPENING characters) of a line at most LEAD_BELOW lines under it, after
    furniture of its own (a 来源 label) and going on otherwise. The lead stays; the same line twice is no teaser."""
    found = {item.line for item in furniture}
    filled = [(no, text.strip()) for no, text in lines if text.strip()]
    folds = [match_text(text) for _, text in filled]
    out = []
    for k, (no, text) in enumerate(filled):
        if no in found or len(text) <= LEAD_OPENING:
            continue
        folded = folds[k]
        for lead in folds[k + 1 : k + 1 + LEAD_BELOW]:
            opening = lead[:LEAD_OPENING]
            at = folded.find(opening)
            if len(opening) < LEAD_OPENING or at <= 0 or at > TEASER_LABEL or folded in lead:
                continue
            if _is_furniture(_written_prefix(text, at), rules, fold):
                out.append(Furniture(no, text, {}))
                break
    return out


def _written_prefix(text: str, folded_at: int) -> str:
    """The part of `text` as written whose match_text is folded_at characters long (looked for over the first
    WRITTEN_PREFIX characters only: a line of blanks is no label)."""
    for end in range(min(len(text), WRITTEN_PREFIX) + 1):
        if len(match_text(text[:end])) >= folded_at:
            return text[:end]
    return text[:WRITTEN_PREFIX]


WRITTEN_PREFIX = 4 * TEASER_LABEL


MENU_ITEM = 6  # a menu item copied one a line (`首页`, `新闻中心`) is at most this long in Chinese
_MENU_ITEM = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{1,%d}|[A-Za-z]{1,12}" % MENU_ITEM)  # 新闻中心, English
_HOME = re.compile(r"(?:网站)?首[页頁]|主[页頁]")


def menu_at_top(lines: list[tuple[int, str]], furniture: list[Furniture]) -> list[Furniture]:
    """A site's menu as a browser's "select all" copies it, one item a line above everything else
    (`首页` / `新闻` / `政务` / `汽车` …): the page's first lines, while each is a word of at most
    MENU_ITEM letters with no mark or figure. Three items make a
    menu, or two when the first is the home page's link; a kicker or a short headline over its text
    stands alone, so it stays."""
    found = {item.line for item in furniture}
    run: list[tuple[int, str]] = []
    for no, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        if not _MENU_ITEM.fullmatch(stripped):
            break  # a breadcrumb or a banner ends the menu: a short line under it is the headline (第二产业)
        run.append((no, stripped))
    if len(run) >= 3 or (len(run) == 2 and _HOME.fullmatch(run[0][1])):
        return [Furniture(no, text, {}) for no, text in run if no not in found]
    return []
_ITEM_MARK = re.compile(r"^(?:[•·▪◦●○■□►▸‣⁃]|\d{1,2}\s*[.、．)）]\s*\S)")


def split_glued_furniture(text: str, rules: list[FurnitureRule], fold: Callable[[str], str] | None = None) -> tuple[str, str]:
    """(furniture, rest) when a `glued` rule finds furniture stuck to a line of text: at its start
    (`日期:2015-05-25 14:28:03 【打印此页】 【关闭】 字号:【大 中 小】长东北生物…`) or, when the rule's
    furniture group ends the line, at its end (`长春新区项目集中开工 2021-08-12 10:15 来源：××网`);
    else ("", text)."""
    tested = fold(text) if fold else text
    if len(tested) != len(text):
        tested = text
    tested = tested.rstrip()  # (spaces left at the end of a line are layout: `…投资公告2020-07-23  `)
    for rule in rules:
        if not rule.glued:
            continue
        try:
            m = rule.pattern.match(tested, timeout=RULE_TIMEOUT)
        except TimeoutError:  # find_furniture reports a rule that hangs
            continue
        if not (m and m.groupdict().get("furniture")):
            continue
        rest = text[: m.start("furniture")] + text[m.end("furniture") :]
        if m.end("furniture") == len(text.rstrip()) and (len(_CJK.findall(rest)) < 6 or _is_furniture(rest, rules, fold)
                                                        or _BYLINE.match(simplified(rest.strip()))):
            continue  # cut off the end, what is left must be a headline, not a label (类别：国内, 新闻来源：长春日报) or a byline
        if rest.strip() and not _is_furniture(rest, rules, fold):  # furniture all along: the line rules read it whole
            return text[m.start("furniture") : m.end("furniture")].strip(), rest
    return "", text


def _is_furniture(text: str, rules: list[FurnitureRule], fold: Callable[[str], str] | None) -> bool:
    text = text.strip()
    tested = fold(text) if fold else text
    if len(tested) != len(text):
        tested = text
    for rule in rules:
        if rule.glued:
            continue
        try:
            if (rule.pattern.fullmatch(tested, timeout=RULE_TIMEOUT) if rule.mark else rule.pattern.search(tested, timeout=RULE_TIMEOUT)):
                return True
        except TimeoutError:  # find_furniture reports a rule that hangs
            continue
    return False


def furniture_after_text(text: str, furniture: str) -> bool:
    """Was the glued furniture cut off the end of the line (a headline with its date line glued on)?"""
    return bool(text.strip()) and text.rstrip().endswith(furniture)


def take_furniture(raw_lines: list[str], first_line: int, rules: list[FurnitureRule],
                   fold: Callable[[str], str] | None = None, report: Callable[..., None] | None = None) -> tuple[list[str], list[Furniture], dict[int, bool]]:
    """The lines with the furniture taken out (a whole furniture line becomes empty, furniture glued
    to a text line is cut off it), the furniture found in line order, and the lines furniture was
    cut off (they keep their text) → whether it was cut off their end."""
    raw_lines = list(raw_lines)
    for k, text in enumerate(raw_lines):
        raw_lines[k] = cut_marks(text, [r for r in rules if r.mark], first_line + k, fold, report)
    fallback_rules = [r for r in rules if r.fallback and not r.edges]  # (an edges rule's fallback is read with the edges)
    rules, edge_rules = [r for r in rules if not r.edges and not r.fallback], [r for r in rules if r.edges]
    candidates, glued = [], {}
    for k, text in enumerate(raw_lines):
        stuck, rest = split_glued_furniture(text, rules, fold)
        if stuck:
            raw_lines[k] = rest
            glued[first_line + k] = furniture_after_text(text, stuck)
        candidates.append((first_line + k, stuck or text))
    furniture = find_furniture(candidates, rules, report=report, fold=fold)
    listed = listed_headlines(candidates, furniture, {first_line + k: text for k, text in enumerate(raw_lines)})
    furniture = [item for item in furniture if item.line not in {x.line for x in listed}] + listed
    furniture += values_under_labels(candidates, furniture)
    furniture = undated_values(candidates, furniture)
    furniture += menu_at_top(candidates, furniture)
    furniture += teasers_of_the_lead(candidates, furniture, rules, fold)
    found_on = {item.line for item in furniture}
    # a glued part no rule reads is still furniture: the glued rule said so
    furniture += [Furniture(no, text.strip(), {}) for no, text in candidates if no in glued and no not in found_on]
    footer = furniture_under_the_text([(first_line + k, text) for k, text in enumerate(raw_lines)], furniture)
    if footer:  # under the text, a line with a date cut off its end is a related headline: it goes whole, as in a list
        opener = min(item.line for item in footer)
        for no in [no for no, at_end in glued.items() if at_end and no > opener]:
            glued.pop(no)
            furniture = [replace(item, text=raw_lines[no - first_line].strip() + item.text, values={}) if item.line == no else item
                         for item in furniture]  # (its date is another page's)
    furniture += footer
    furniture = _keep_the_only_text(raw_lines, first_line, furniture, glued)
    furniture.sort(key=lambda item: item.line)
    for item in listed:  # an item of a list goes whole, a date glued to it too
        glued.pop(item.line, None)
    for item in furniture:
        if item.line not in glued:
            raw_lines[item.line - first_line] = ""
    if edge_rules or fallback_rules:  # once the other furniture is out, the lines over the text's first paragraph and under its last
        text = [k for k, line in enumerate(raw_lines) if text_line(line)]
        def at_edges(no: int) -> bool:
            return not (text and first_line + text[0] <= no <= first_line + text[-1])
        left = [(first_line + k, line) for k, line in enumerate(raw_lines) if line.strip()]
        edges = [(no, line) for no, line in left if at_edges(no)]
        found = [item for item in find_furniture(edges, [r for r in edge_rules if not r.fallback], report=report, fold=fold)
                 if item.values]
        if not any("date" in item.values for item in furniture + found):
            # no rule dated the page: a fallback rule may, from the one line it reads (of the edges, for an edges rule),
            # left in the text or taken out by a rule that read no date from it (`点击数：123 2019-05-12`); several such
            # lines are a list of the text's days, a programme's, a chronology's headings, not a publication line
            taken = {item.line for item in found}
            # (not under a list's heading, `相关阅读`: its items' dates are other pages')
            opener = min((item.line for item in furniture if item.opens_list), default=None)
            bare = {item.line: item for item in furniture if not item.values and item.line not in glued}
            lines = sorted([x for x in left if x[0] not in taken] + [(no, item.text) for no, item in bare.items()])
            lines = [x for x in lines if opener is None or x[0] < opener]
            # (nor an outlet's name and date, `ZAKER吉林 2023-03-06`: the header reads that line, its source too)
            lines = [x for x in lines if not trailer_match(x[1].strip())]
            last = [item for item in find_furniture([x for x in lines if at_edges(x[0])], [r for r in edge_rules if r.fallback],
                                                    report=report, fold=fold) if item.values]
            last += [replace(item, alone=True) for item in find_furniture(lines, fallback_rules, report=report, fold=fold)
                     if item.values and item.line not in {x.line for x in last}]
            if len(last) == 1:
                if last[0].line in bare:
                    furniture = [replace(item, values=last[0].values, alone=last[0].alone) if item.line == last[0].line else item
                                 for item in furniture]
                else:
                    found += last
        for item in found:
            raw_lines[item.line - first_line] = ""
        furniture = sorted(furniture + found, key=lambda item: item.line)
    return raw_lines, furniture, glued


def cut_marks(text: str, marks: list[FurnitureRule], no: int, fold: Callable[[str], str] | None = None,
              report: Callable[..., None] | None = None) -> str:
    """The line without the marks a site's system left in it (a CMS's page break, `[NextPage]相关新闻`), each cut
    reported: what is left is read as any line (there a list's heading). A line that is a mark alone is left whole,
    to go as a furniture line."""
    tested = fold(text) if fold else text
    if len(tested) != len(text):
        tested = text
    spans = []
    for rule in marks:
        try:
            spans += [m.span() for m in rule.pattern.finditer(tested, timeout=RULE_TIMEOUT) if m.end() > m.start()]
        except TimeoutError:  # find_furniture reports a rule that hangs
            continue
    if not spans:
        return text
    rest, at = [], 0
    for start, end in sorted(spans):
        rest.append(text[at:max(at, start)])
        at = max(at, end)
    rest = "".join(rest) + text[at:]
    if not rest.strip():
        return text
    if report is not None:
        cut = "、".join(dict.fromkeys(text[a:b] for a, b in sorted(spans)))
        report(no, Severity.INFO, "read.furniture", f"网页附带的标记“{cut}”已删除", "如果它其实是正文，请修改 data/furniture.yaml")
    return rest


def text_line(line: str) -> bool:
    """A line of the article's text: a sentence, not a label."""
    return "。" in line and len(line.strip()) > 20


ONLY_TEXT = 40  # a paragraph a rule took for a teaser or a notice is at least this long
SHORT_SENTENCE = 10  # a page's own sentence, however short, is text of its own


def _keep_the_only_text(raw_lines: list[str], first_line: int, furniture: list[Furniture], glued: dict[int, bool]) -> list[Furniture]:
    """A teaser repeats the lead, so it is furniture only when text follows: when the rules leave no sentence of
    text on a page (a journal record whose `摘要 …` is all the text there is), the long sentences they took
    without reading anything from them are the text, and stay."""
    taken = {item.line for item in furniture if item.line not in glued}
    for k, text in enumerate(raw_lines):
        stripped = text.strip()
        if first_line + k not in taken and len(stripped) >= SHORT_SENTENCE and _ENDS_SENTENCE.search(stripped):
            return furniture  # the page has text of its own
    return [item for item in furniture
            if item.values or item.opens_list or item.line in glued
            or not (len(item.text) >= ONLY_TEXT and _ENDS_SENTENCE.search(item.text))]


# the end of a sentence: a full stop, a question or exclamation mark, an ellipsis, with the quotes closing it
# (a table's border may follow: `…700萬件。 |`; so may the reporter's or the office's name in brackets, `…经济效益。(朱怡舟) |`,
# `…主持会议。(信息办 孙刚杰)`: a credit, not a clause)
_ENDS_SENTENCE = re.compile(r"[。！？!?…][\"'”’」』）)]*(?:\s*[（(][\u4e00-\u9fff·\s]{2,12}[）)])?[\s|｜]*$")
_NO_LABEL = re.compile(r"[，,。；;：:！？!?、|｜]")
FOOTER_LABEL = 30  # a box's title or a gallery's headline over a footer is at most this long (a paragraph longer)
FOOTER_LINE = 60  # a footer's line under its first furniture line is at most this long (a teaser cut short)


def furniture_under_the_text(lines: list[tuple[int, str]], furniture: list[Furniture]) -> list[Furniture]:
    """The footer a page leaves under its text. After the text's last sentence (a line of more than
    FOOTER_LABEL characters ending with a full stop, a question or an exclamation, that no rule calls
    furniture: not a caption), the first furniture line opens the footer: the short lines under it
    without a sentence's marks (a full stop, a semicolon, two commas) go with it (a box's title, a
    form's labels, a related headline, `附件:` left empty) up to a line of text (a long line, a
    sentence, a caption: the short lines since the last furniture line stay with it, a subheading),
    and so do the short lines
    shaped as labels right above it (a gallery's headline over a login box), up to a line with a
    mark of a sentence, a list item or a photo's credit (those are the text's or a caption). Above a
    footer date line (`入库时间:2013/9/13`) nothing is taken: an archive copy's headline stands there.
    Without a sentence, or without furniture after the last one, nothing is taken."""
    found = {item.line: item for item in furniture}
    filled = [(no, text.strip()) for no, text in lines if text.strip()]
    last = max((k for k, (no, text) in enumerate(filled)
                if no not in found and len(text) > FOOTER_LABEL and _ENDS_SENTENCE.search(text)), default=None)
    if last is None:
        return []
    tail = filled[last + 1 :]
    first = next((k for k, (no, _) in enumerate(tail) if no in found), None)
    if first is None:
        return []
    out = _numbered_above(filled, last + 1 + first, found)  # (its first items were taken for the text's last sentences)
    if not out and "date" not in found[tail[first][0]].values:
        for no, text in reversed(tail[:first]):
            if not _label_shaped(text) or trailer_match(text):
                break  # (a closing outlet-and-date line, `吉林日报 2022-10-13` over `标签：…`, stays: it dates the page)
            out.append(Furniture(no, text, {}))
    run = []  # short lines since the last furniture line: they go when furniture or the page's end follows them
    for no, text in tail[first + 1 :]:
        if no in found:
            out += run
            run = []
        elif len(text) > FOOTER_LINE or _SENTENCE_MARK.search(text.lstrip("!！")) or _credit(text):  # (`!我要举报`: an icon's mark)
            return out  # text again (the short lines above it are its subheading): the footer stood between paragraphs
        elif trailer_match(text):
            continue  # a closing outlet-and-date line among the footer's lines stays: the header reads it, it dates the page
        else:
            run.append(Furniture(no, text, {}))
    return out + run


_NUMBERED = re.compile(r"^(\d{1,2})\s*[、.．]")


def _numbered_above(filled: list[tuple[int, str]], at: int, found: dict[int, Furniture]) -> list[Furniture]:
    """A site's numbered notice (`1、“国际在线”由中国国际广播电台主办。…` / `2、凡本网注明…不得转载…`): when the first
    footer line is item N (N ≥ 2) of a numbered list, the items N-1 … 1 right above it are the notice's too, however
    long, when the list starts at 1 there; a list of the text (its items are no notice) has no furniture item."""
    m = _NUMBERED.match(filled[at][1])
    if not m or int(m.group(1)) < 2:
        return []
    want, out = int(m.group(1)) - 1, []
    for no, text in reversed(filled[:at]):
        m = _NUMBERED.match(text)
        if no in found or not m or int(m.group(1)) != want:
            return []
        out.append(Furniture(no, text, {}))
        want -= 1
        if want == 0:
            return out
    return []


def _credit(text: str) -> bool:
    """A photo's caption or credit (`(科技日報記者 劉園園 攝)`): the reader keeps it as a caption."""
    return PHOTO_MARK.search(simplified(display_text(text))) is not None


def _label_shaped(text: str) -> bool:
    """A short line without a mark of a sentence or a list: a box's title, a headline (not a paragraph the
    site cut short, `除了科研院所和政府专项资 ...`)."""
    return (len(text) <= FOOTER_LABEL and not _NO_LABEL.search(text) and not _ITEM_MARK.match(text)
            and not _credit(text) and not _CUT_SHORT.search(text))


_CUT_SHORT = re.compile(r"(?:\.{3}|…|。。。)\s*$")


def load_furniture_rules(root: Path, problems: list[Problem] | None = None) -> list[FurnitureRule]:
    """data/furniture.yaml → compiled rules. A rule that does not compile is reported with its line
    and left out (the others still apply); a file that is not YAML leaves out every rule."""
    problems = [] if problems is None else problems
    path = root / FURNITURE_FILE
    data = load_yaml(path, root, problems)
    items = data.get("rules") or []
    if not isinstance(items, list):
        problems.append(Problem(FURNITURE_FILE, key_line(path, "rules"), Severity.ERROR, "data.furniture",
                                "rules: 不是列表，所有规则都未使用", "每条规则写成以 - 开头的一项"))
        return []
    entries = entry_lines(path, "rules")
    rules = []
    for k, item in enumerate(items):
        lines = entries[k] if k < len(entries) else {}
        where = "pattern"  # the key of the entry whose line a problem names
        try:
            field = str(item.get("field") or "")
            if field not in FURNITURE_FIELDS:
                raise ValueError(f"field: {field} 不是 date、source、authors、url 或 ''")
            pattern = item["pattern"]
            if not isinstance(pattern, str):
                raise TypeError("pattern: 不是文字")
            compiled = regex.compile(pattern)
            for flag in ("edges", "fallback", "mark"):
                if not isinstance(item.get(flag, False), bool):
                    where = flag
                    raise ValueError(f"{flag}: {item.get(flag)} 不是 true 或 false")
            limit = item.get("max_len")
            if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 2000):
                where = "max_len"
                raise ValueError(f"max_len: {limit} 不是 1 到 2000 之间的整数")
        except (KeyError, TypeError, ValueError, AttributeError, regex.error) as exc:
            problems.append(Problem(FURNITURE_FILE, lines.get(where, lines.get("pattern", lines.get(""))), Severity.ERROR, "data.furniture",
                                    f"第 {k + 1} 条规则无法使用，已略去（{exc}）",
                                    "每条规则要有 pattern:（正则表达式）和 field:（date、source、authors、url 或 ''）；max_len: 可以不写，写就写整数"))
            continue
        rules.append(FurnitureRule(compiled, field, lines.get(""), bool(item.get("glued")), item.get("max_len"),
                                   bool(item.get("opens_list")), edges=item.get("edges", False),
                                   takes_value=bool(item.get("takes_value")), undated_value=bool(item.get("undated_value")),
                                   fallback=item.get("fallback", False), mark=item.get("mark", False)))
    return rules


FURNITURE_FIELDS = ("", "date", "source", "authors", "url")
