"""What each line of an article is: headline furniture, a caption, a heading or body text.

The rules are about newspaper layout, not about these five articles: photo captions sit after a
gap of blank lines or start with ▲▶▼; headings are short lines without closing punctuation; the
headline block (kicker, title, ——subtitle, 本报记者 byline) opens the article; a `报名 2022-10-13`
line closes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..records import BlockKind
from ..segment import _jieba, tagged, tokenize
from ..text import TERMINAL_PUNCTUATION
from .layout import DraftBlock, SourceLine, caption_shaped, join_evidence
from .simplify import simplified

# names only (本报记者 孟凡明 刘霄宇): `记者张瑶摄影作品展昨天开幕…` is a sentence, not a byline
BYLINE = re.compile(r"^(?:本报记者|本报通讯员|新华社记者|记者|通讯员|文\s*[/／])\s*"
                    r"(?P<names>[\u4e00-\u9fff·]{2,8}(?:[\s、，,]+[\u4e00-\u9fff·]{2,8}){0,5})$")
_TRAILER = re.compile(
    r"^(?P<source>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)$"
)
# the outlet of a `报名 date` line: a paper, site or agency, or a brand in Latin letters (ZAKER吉林);
# `签约仪式 2023年5月20日` names none
_OUTLET_END = re.compile(r"[A-Za-z]|(?:报|報|网|網|社|台|臺|新闻|新聞|频道|頻道|客户端|政府|网站|網站|发布|發布|在线|在線)$")


def _after_labels(lines: list, k: int):
    """The first of lines[k:] that is not a column's label in brackets (【产业动态】)."""
    while k + 1 < len(lines) and LABEL_ONLY.match(lines[k].text):
        k += 1
    return lines[k]


def trailer_match(text: str) -> re.Match | None:
    """The `报名 date` line (吉林日报 2022-10-13), only when its first part names an outlet."""
    m = _TRAILER.match(text)
    return m if m and _OUTLET_END.search(m.group("source")) else None


# a site's or outlet's name alone (光明日报, 人民网-吉林频道, 新浪财经, 长春市人民政府门户网站): a masthead, not a headline
OUTLET = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z·]{1,10}\s*[-_|｜·—]\s*)?[\u4e00-\u9fffA-Za-z·]{1,12}"
                    r"(?:日报|晚报|早报|时报|商报|报|网|网站|门户|官网|社|电视台|广播电台|台|新闻|客户端|频道|在线|财经|资讯"
                    r"|日報|晚報|網|網站|臺|新聞|頻道|財經|資訊)(?:移动版|手机版|电脑版|移動版|手機版|電腦版)?$")
# a caption: a picture's mark or credit, or where a person stands in it (陈伟根副省长(左三)视察希达公司)
PHOTO_MARK = re.compile(r"^[▲▶▼◀►△▽◆]|资料图片|本版图片|^图为|（?摄）?$|摄影|[（(]资料(?:图|照片)[)）]|供图$"
                        r"|[（(]\s*(?:图片来源|图源|图片|照片来源)\s*[:：]"
                        r"|[（(](?:前排|后排|中排)?[左右][一二三四五六七八九十\d]{1,2}[)）]")
PICTURE_GAP = 3  # blank lines a layout leaves where a photo stood
MAX_HEADING = 26
MAX_TITLE = 40


@dataclass
class Header:
    title: str = ""
    title_line: int | None = None
    subtitle: str = ""
    kicker: str = ""
    mastheads: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    trailer_source: str = ""
    trailer_date: str = ""  # ISO
    trailer_text: str = ""
    trailer_line: int | None = None
    trailer_at_top: bool = False  # the `报名 date` line stood under the headline (a web page's), not at the end
    dropped: list[SourceLine] = field(default_factory=list)  # web-page lines around the headline, taken out
    title_at_end: bool = False  # the headline stood above a footer date line (an archive copy), not at the top
    title_label: str = ""  # a forum's post label cut off the headline (`《轉貼文章》 (CHINA)`)


def _byline_names(text: str) -> str:
    """The names of a byline (本报记者 王秋月; 本報記者 too), as written; "" when it is none."""
    m = BYLINE.match(simplified(text))
    return text[m.start("names") : m.end("names")].strip() if m else ""


# a headline's note of what comes with the story: 被申请破产(图), …(组图), …（视频）
_MEDIA_NOTE = re.compile(r"\s*[（(](?:图|圖|组图|組圖|多图|多圖|附图|附圖|图文|圖文|视频|視頻|附视频)[)）]$")


# `公示日期：2020121120201212`, `开工时间：2021年3月15日`: a field of a notice or table whose value is a date
# is text (what happens then), never a heading over the lines after it; not a page's own label (发布时间：…)
DATED_FIELD = re.compile(r"^(?!(?:发布|发表|更新|录入|发稿|入库|修改|上传|创建|编辑))[\u4e00-\u9fff]{1,8}(?:日期|时间|期)\s*[:：]\s*"
                         r"(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})")


def heading_like(text: str, limit: int = MAX_HEADING) -> bool:
    text = _MEDIA_NOTE.sub("", text) or text
    if len(text) > limit or "、" in text or "。" in text:
        return False
    if text.endswith((")", "）")) and _BRACKETED_END.search(text):
        return True  # 长春市中药种植基地(“长春药谷” 向生物经济赛道千亿产值进发): its second part in brackets
    if text.endswith("——"):
        return True
    if text.endswith(("”", "」", "』")) and not any(p in text for p in "。！？；!?;"):
        return True  # 潜力释放，梯度培育“专精特新”
    return not text.endswith(tuple(TERMINAL_PUNCTUATION + "：:—，,"))


# a headline's last part in brackets after words of its own: no sentence's mark inside or before it
_BRACKETED_END = re.compile(r"^[^。！？；!?;（(]{2,}[（(][^。！？；!?;（()）]{2,}[)）]$")


def _trailer_date(raw: str) -> str:
    y, m, d = (int(x) for x in re.findall(r"\d+", raw))
    return f"{y:04d}-{m:02d}-{d:02d}"


MAX_WEB_TITLE = 80
WEB_HEADER_LINES = 40  # a stated publication line further down is not in a page header (portals have long menus)
# a dateline on a line of its own (本报长春电, 新华社长春5月8日电): the start of the lead, not a headline
DATELINE_ONLY = re.compile(r"^(?:本报|本台)[\u4e00-\u9fff]{0,8}(?:电|讯)$|^[\u4e00-\u9fff]{2,8}(?:社|网|台)\s*[\u4e00-\u9fff]{2,6}\s*\d{1,2}月\d{1,2}日电$")
_LEAD_CUT = re.compile(r"[，,；;：:。！？!?]")
_DATELINE_LEAD = re.compile(
    r"^(?:[^，。,]{0,24}?\d{1,2}月\d{1,2}日(?:电|讯|消息)|本报[\u4e00-\u9fff]{0,8}?(?:电|讯)|本台讯)\s*(?:[（(][^）)]{0,30}[）)])?\s*")


# an item of a list (• 长春新区集中签约16个项目) or a column's label alone (【产业动态】): a headline is neither
LIST_ITEM_MARK = re.compile(r"^[•·▪◦●○■□►▸‣⁃]")
LABEL_ONLY = re.compile(r"^[【\[〔［][^】\]〕］]{1,16}[】\]〕］]$")


# the end of an organisation's name: a list of them alone (A、B、C) names who issued a page, it says nothing
_ORGANISATION_END = re.compile(r"(?:政府|公司|集团|委员会|管委会|高新区|开发区|新区|大学|学院|研究所|研究院|医院|银行|协会|商会|中心"
                               r"|局|厅|部|委|办|院|所|社|报|网|台|厂)$")


def issuer_name(text: str) -> bool:
    """Is the line an organisation's name alone, as it signs a notice (天津市人民政府办公厅, 建设局,
    中山市人民政府西区街道办事处)? Short, no mark of a sentence or list."""
    text = simplified(text.strip())
    return (2 <= len(text) <= 30 and not re.search(r"[\s。，,、；;：:！？!?（()）“”\d]", text)
            and bool(_ORGANISATION_END.search(text) or re.search(r"(?:处|科|室|站)$", text)))


def names_only(text: str) -> bool:
    """Is the line only a list of organisations (长春新区管委会、…、长光卫星技术有限公司)? A headline
    that lists says what they do (长春新区、汽开区项目集中开工)."""
    items = [x.strip() for x in re.split(r"[、，,]|\s+", simplified(text)) if x.strip()]
    return len(items) >= 2 and all(_ORGANISATION_END.search(x) and len(x) <= 20 for x in items)


def headline_shaped(text: str) -> bool:
    """Could this line be a web page's headline: a few words of Chinese, not a sentence, not an
    item of a list, not a label in brackets alone, not the lead's opening dateline."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return (cjk >= 4 and len(text) <= MAX_WEB_TITLE and "。" not in text and not PHOTO_MARK.search(simplified(text))
            and not LIST_ITEM_MARK.match(text) and not LABEL_ONLY.match(text) and not opens_with_dateline(text))


# the lead's dateline opening a line: `中新网吉林新闻2月27日电 项目落地…`, `新华社长春8月12日电（记者…）`, `IT之家 7月1日消息，`
# (`8月12日电动汽车展开幕` is a headline: 电 and more words)
_OPENING_DATELINE = re.compile(r"^[^，。,]{0,24}?\d{1,2}月\d{1,2}日(?:电|讯|消息)(?![\u4e00-\u9fff])")


def opens_with_dateline(text: str) -> bool:
    return _OPENING_DATELINE.match(simplified(text.strip())) is not None


_TIME_ONLY = re.compile(r"^(?:[\d\s年月日号时分秒点上下午晚早凌晨许左右]+|日前|近日|近期|当天|当日|今年|今年来|今年以来|近年来|近几年来|近些年来|年初以来|去年以来|多年来)$")
# a label opening a lead (编者按：, 导言：, 核心提示：): what follows it is the lead
_LEAD_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,5}[:：]$")
_OPEN, _CLOSE = "《“「（(", "》”」）)"


def _clauses(text: str) -> list[str]:
    """The clauses of a sentence with the mark that ends each, never split inside 《》, “” or ()."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch in "，,；;：:。！？!?" and not depth:
            out.append(text[start : k + 1])
            start = k + 1
    if text[start:]:
        out.append(text[start:])
    return out


LEAD_LABEL = re.compile(r"^[【\[][^】\]]{1,20}[】\]]\s*")


def lead_title(lead: str, limit: int = 30) -> str:
    """A title made from the lead sentence when a page has none: the dateline and a clause that is
    only a time (26日，9月15日9时23分，) off, whole clauses up to `limit` characters (the first
    clause cut at a pause when it alone is longer; a 《book title》 is never cut: a lead that
    quotes a headline longer than that gives the quoted headline)."""
    lead = lead.strip()
    label = LEAD_LABEL.match(lead)  # 【明报专讯】, 【环球网报道 记者 王五】: who tells it, no part of what is told
    lead = lead[label.end() :].strip().lstrip("—－-").strip() if label and len(lead) > label.end() else lead  # (`】——全球…`)
    m = _DATELINE_LEAD.match(simplified(lead))  # 中新網長春…電 too
    text = lead[m.end() :].strip() if m else lead
    parts = _clauses(text)
    while len(parts) > 1 and (_TIME_ONLY.match(simplified(parts[0][:-1]).strip()) or _LEAD_LABEL.match(parts[0].strip())):
        parts = parts[1:]
    out, mark = "", "，"
    for part in parts:
        clause = part[:-1] if part and _LEAD_CUT.match(part[-1]) else part
        if not clause:
            continue
        if out and len(out) + 1 + len(clause) > limit:
            break
        if not out and len(clause) > limit:
            out = _cut_clause(clause, limit)
            break
        out = f"{out}{mark}{clause}" if out else clause
        mark = _PAUSE_MARKS.get(part[-1:], "，")  # the mark between two clauses stays (收获，在十月；突破，看长春)
        if part[-1:] in "。！？!?":
            if part[-1:] in "！!":  # an exclamation ends the title as it ends the sentence (rd03; a question's mark goes)
                out += part[-1:]
            break
    out = out.strip()
    if out.startswith("“") and out.endswith("”") and out.count("“") == 1:
        out = out[1:-1]  # a lead that is one quotation: its words
    return out


_PAUSE_MARKS = {"，": "，", ",": "，", "；": "；", ";": "；", "：": "：", ":": "："}


def _cut_clause(clause: str, limit: int) -> str:
    book = re.search(r"《([^》]+)》", clause)
    if book and book.start() < limit < book.end():  # the cut would fall inside a book title
        return book.group(1) if len(book.group(1)) <= limit else clause[: book.start()]
    # a pause: before 、, a space or an opening quotation mark, after a closing one
    pauses = [m.start() + (m.group() == "”") for m in re.finditer(r"[、\s“”]", clause[: limit + 1])
              if 8 <= m.start() + (m.group() == "”") <= limit]
    if pauses:  # (not on the conjunction that joined what the cut leaves out: `…“一中心、五高地”建設和` | `“3轉4強7新”…`)
        cut = clause[: pauses[-1]]
        bare = cut.rstrip("和与及并或跟同")
        return bare if len(bare) >= 8 and bare != cut and not bare.endswith(("“", "《")) else cut
    # no pause: before the last preposition that fits (长春市委副书记、…书记闻然 | 到中车长春轨道客车股份有限公司调研),
    # else after the last whole word that fits
    tokens = tokenize(simplified(clause))
    before = [start for w, start, _end in tokens if w in _FUNCTION_WORDS and 8 <= start <= limit]
    ends = [end for _w, _start, end in tokens if 8 <= end <= limit]
    return _outside_brackets(clause[: (before or ends or [limit])[-1]])


def _outside_brackets(cut: str) -> str:
    """A cut title never ends inside a bracket or quotation it opened, nor on an opening mark (rw16's
    `…报告书（`): it is cut before the mark that stays open (kept whole when that leaves too little)."""
    depth, opened = 0, None
    for k, ch in enumerate(cut):
        if ch in _OPEN:
            depth, opened = depth + 1, k if depth == 0 else opened
        elif ch in _CLOSE and depth:
            depth -= 1
    if depth and opened is not None and opened >= 8:
        return cut[:opened].rstrip("，,、 ")
    return cut


_FUNCTION_WORDS = {"到", "在", "与", "对", "为", "将", "于", "向", "把", "从", "同", "跟", "和", "由", "以", "被", "经"}


def _sentence_like(text: str) -> bool:
    """Text of an article, not a menu (要闻 | 城市远洋 | …) nor a banner."""
    return "。" in text or (len(text) > MAX_WEB_TITLE and text.count("|") + text.count("｜") < 3)


def _question_title(lines: list[SourceLine], k: int) -> bool:
    """A question page's headline is its question (长春一汽的红旗工厂在哪里？): a short first line
    ending in a question mark, with longer text after it (within five lines)."""
    text = lines[k].text
    return (k == 0 and text.endswith(("？", "?")) and headline_shaped(text[:-1]) and len(text) <= MAX_TITLE
            and any(len(x.text) > len(text) for x in lines[k + 1 : k + 6]))  # over text (a picture's caption may stand between)


def _exclaimed_title(text: str) -> bool:
    """A headline that exclaims (当前速递！长春汽开区：…“上台阶”, ca10汽车看这里！“有路的地方就有解放车”):
    no full stop, an exclamation mark inside, ending in it or in a closing quotation mark; a line
    that opens with a quotation mark is somebody's words, not a headline."""
    if headline_shaped(text[:-1]) and len(text) <= MAX_TITLE and text.endswith(("！", "!")) and not re.search(r"[，,；;：:？?!！]", text[:-1]):
        return True  # 一汽紅旗新能源汽車工廠開工啟動!: one clause, exclaimed
    return (headline_shaped(text) and len(text) <= MAX_TITLE and not text.startswith(("“", "\"", "「"))
            and re.search(r"[!！]", text[:-1]) is not None and text.endswith(("”", "！", "!", "」"))
            and not re.search(r"[；;？?]", text))


# a headline's last parts in brackets after words of its own (…报告书(草案)(修订稿))
_BRACKETED_ENDS = re.compile(r"^[^。！？；!?;（(]{2,}(?:[（(][^。！？；!?;（()）]{2,}[)）])+$")


def _long_headline(lines: list[SourceLine], k: int) -> bool:
    """A headline longer than MAX_TITLE on the first line (吉林省、长春市…同频共振——支持中国一汽…,
    建设世界一流汽车城): no sentence's punctuation, at most one comma, not ending as a clause does,
    over a longer line of text or over the lead's dateline (`中新网吉林新闻2月27日电 项目落地，手续如何办？`)."""
    text = lines[k].text
    if not (k == 0 and k + 1 < len(lines) and _long_headline_shaped(text)):
        return False
    under = lines[k + 1].text
    if lines[k + 1].blanks_before and not re.search(r"[，,]", text) and _overlap(text, lines[k + 1 :]) >= OVERLAP_BAR:
        return True  # one phrase set off by a blank line over a text that says its words again (rw16's report cover)
    return ("。" in under and len(under) > len(text)) or bool(_DATELINE_LEAD.match(simplified(under)))


def _long_headline_shaped(text: str) -> bool:
    """Longer than MAX_TITLE, no sentence's punctuation, at most one comma, not ending as a clause does."""
    return (MAX_TITLE < len(text) <= MAX_WEB_TITLE and headline_shaped(text) and not re.search(r"[；;。]", text)
            and len(re.findall(r"[，,]", text)) <= 1
            and (not text.endswith(tuple(TERMINAL_PUNCTUATION + "：:，,、%％")) or bool(_BRACKETED_ENDS.match(text))
                 or (text.endswith(("”", "」", "』")) and not re.search(r"[！？!?]", text))))  # …为项目落地“智能导航”


def _kicker_over_headline(lines: list[SourceLine], k: int) -> bool:
    """A paper's kicker (引题) too long for a headline of its own over its headline, the text under them (ry01:
    `單星造價從8000多萬元降至400萬元以下,購買1平方公里衛星圖像從500元降至13元` over `這家獨角獸企業讓衛星應用從“天邊”到“身邊”`,
    a label of the paper's summary, 閱讀提示, between it and the text at most): the first line is shaped as a long
    headline, the second as a headline without a pause (a crosshead, 開辟一條新路, is too short for one). Read either
    way, the long line is no headline over its text (`_long_headline` wants text right under it): a long headline
    over a subtitle without its —— would be read the other way round, where it was read as no headline before."""
    if not (k == 0 and k + 2 < len(lines) and _long_headline_shaped(lines[k].text)):
        return False
    head, below = lines[k + 1], lines[k + 2 :]
    if head.blanks_before > 1 or not (heading_like(head.text, MAX_TITLE) and _headline_candidate(head.text)) or re.search(r"[，,：:；;]", head.text):
        return False
    label = len(below) > 1 and len(_CJK_CHAR.findall(below[0].text)) <= SHORT_LABEL and heading_like(below[0].text)
    return "。" in below[1 if label else 0].text


def _listing_headline(lines: list[SourceLine], k: int) -> bool:
    """A headline on the first line that lists with 、 (长春新区、汽开区项目集中开工): headline-shaped,
    not a numbered heading (一、 1、), no sentence's punctuation, at most one comma, over a longer
    line of text."""
    text = lines[k].text
    return (k == 0 and "、" in text and len(text) <= MAX_TITLE and headline_shaped(text)
            and not re.match(r"^[（(]?[\d一二三四五六七八九十]{1,3}[、.．)）]", text) and not re.search(r"[；;。：:]", text)
            and len(re.findall(r"[，,]", text)) <= 1 and not text.endswith(tuple(TERMINAL_PUNCTUATION + "，,、%％"))
            and k + 1 < len(lines) and "。" in lines[k + 1].text and len(lines[k + 1].text) > len(text))


MENU_LABEL = 12  # a site's menu item, column name or date widget is at most this long


def _menu_above_headline(lines: list[SourceLine]) -> int:
    """How many lines at the top are a site's menu items and labels over the headline (rb12:
    `202009月15日`, `新区要闻`, `新区动态`, then the headline, then the text): at least two short
    label lines with no punctuation of a sentence, right above a headline-shaped line that stands
    right above the first line of text. 0 when the top is anything else (a kicker and a headline,
    a headline and a subtitle)."""
    first_text = next((k for k, line in enumerate(lines[:WEB_HEADER_LINES]) if _sentence_like(line.text)
                       or len(line.text) > MAX_TITLE), None)
    if first_text is None or first_text < 3:
        return 0
    title = first_text - 1
    if not headline_shaped(lines[title].text) or len(lines[title].text) <= MENU_LABEL:
        return 0
    labels = lines[:title]
    if all(len(line.text) <= MENU_LABEL and not re.search(r"[，,。！？!?；;：:“”]", line.text) for line in labels):
        return title
    return 0


COLUMN_LABEL = 6  # a site's column name over a headline (新区要闻, 政务动态) is at most this long


def _column_above_headline(lines: list[SourceLine]) -> int:
    """1 when the first line is a column's name over the headline (`新区要闻` / headline / text): a
    few characters of Chinese alone, over a headline-shaped line at least twice as long that stands
    over a line of text; else 0 (a short headline over a ——subtitle or over its text stays)."""
    if len(lines) < 3:
        return 0
    label, title, text = (line.text for line in lines[:3])
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,%d}" % COLUMN_LABEL, label) or title.startswith("——"):
        return 0
    if not (headline_shaped(title) and heading_like(title, MAX_TITLE) and len(title) >= max(10, 2 * len(label))):
        return 0
    return 1 if _sentence_like(text) or len(text) > MAX_TITLE else 0


def _furniture_above_headline(lines: list[SourceLine]) -> int:
    """How many lines at the top are a page's furniture over its headline when no line states the
    date: the headline is the nearest headline-shaped line above the first line of text, and every
    line above it looks like furniture — a short label (`设置`, `关东黑土`), a menu or path (`|`, `>`,
    `•`, three or more words set off by spaces), a line with little Chinese (`Design by …`, `0`), a
    masthead, or the page's <title> (the headline with more after it). 0 when any line above is
    something else (a kicker, a second headline)."""
    first_text = next((k for k, line in enumerate(lines[:WEB_HEADER_LINES]) if _sentence_like(line.text)), None)
    if not first_text:
        return 0
    title = next((k for k in range(first_text - 1, -1, -1) if _headline_candidate(lines[k].text)), None)
    if not title or lines[title].text.startswith("——"):  # a subtitle: its headline stands above it
        return 0
    head = lines[title].text
    if all(_furniture_like(line.text, head) for line in lines[:title]):
        return title
    return 0


TABLE_AT_TOP = 3  # rows ending in a bar at the top of a page, at least: a table's rows, not a menu


def _table_at_top(lines: list[SourceLine]) -> int:
    """Does a table open the page: its rows pasted as lines that end in a cell bar, one after another
    (wu03: `Date |`, `时 间 Time |`, `08:30 - 17:30 |`; wu02 without a rule row: `| 日期 | 时间 | 安排 |`),
    a figure among them? Its cells are text, never a menu over a headline nor the headline (a menu with
    bars, `首页 | 新闻 | 要闻`, does not end in one, nor states a figure). How many lines it holds, or 0."""
    run = 0
    for k, line in enumerate(lines):
        if not line.text.rstrip().endswith(tuple(_CELL_BAR)) or (k and line.blanks_before):
            break
        run = k + 1
    return run if run >= TABLE_AT_TOP and any(re.search(r"\d", line.text) for line in lines[:run]) else 0


BROKEN_TOP = 2  # breaks that cut a word among the top lines, at least: text broken by layout


def _text_broken_at_top(lines: list[SourceLine]) -> int:
    """Are the short lines above the first line of text that text's sentence broken by layout (wu52:
    `投入資金3億元的` / `福耀集團湖北` / `汽車玻璃項目10日在荊` / `門正式開工建設，…湖北高等汽車` / `玻璃制造業…。`)?
    No line above ends a sentence, and two breaks or more cut a word in two (荆|门, 汽车|玻璃): a menu's
    labels and a headline stand apart, each whole. How many lines the broken text holds, or 0."""
    first_text = _first_text(lines)
    if not first_text or first_text < 2:
        return 0
    top = lines[: first_text + 1]
    if any(line.text.endswith(tuple(TERMINAL_PUNCTUATION)) or line.blanks_before for line in top[1:-1]):
        return 0
    cut = sum(join_evidence(simplified(a.text), simplified(b.text), True, False)[0] > 0 for a, b in zip(top, top[1:])
              if not b.blanks_before)
    return len(top) if cut >= BROKEN_TOP else 0


def _first_text(lines: list[SourceLine]) -> int | None:
    """The first line of text; a long line of injected keywords (`…免费视频,精品一区二区,…`) is none."""
    return next((k for k, line in enumerate(lines[:WEB_HEADER_LINES]) if _sentence_like(line.text)
                 and not _keyword_line(line.text, lines[k + 1 :])), None)


def _is_copy(text: str, head: str) -> bool:
    """`text` is the headline again: the same words, or a picture's file name made of them (…_fororder_1)."""
    return text == head or (text.startswith(head) and _FILE_SUFFIX.fullmatch(text[len(head) :]) is not None)


def _repeated_headline(lines: list[SourceLine]) -> int | None:
    """The headline a page prints twice (its <title> and its h1, or as its pictures' file names) in
    the lines above its text, when every line above the first copy is furniture: its index (0 is
    the first line), or None. A page repeats its headline, never a sentence of its text."""
    first_text = _first_text(lines)
    top = first_text if first_text is not None else min(len(lines), WEB_HEADER_LINES)
    for k in range(top):
        head = lines[k].text
        if not (_headline_candidate(head) or (len(head) >= 8 and headline_shaped(head) and not OUTLET.match(simplified(head)))):
            continue
        if any(_is_copy(line.text, head) for line in lines[k + 1 :]) and all(
                _furniture_like(x.text, head) or _keyword_line(x.text, lines[k:]) for x in lines[:k]):  # injected keywords too
            return k
        break  # the first headline-shaped line is not repeated: no rule here
    return None


OVERLAP_BAR = 0.3  # share of a headline's two-character words found in the text under it
# a line of text that goes on in the next: an item of a list of clauses, its words Chinese (a script's `;` is none)
_CLAUSE_END = re.compile(r"[\u4e00-\u9fff”」』][；;]\s*$")


def _bigrams(text: str) -> set[str]:
    s = simplified(text)
    return {s[i : i + 2] for i in range(len(s) - 1) if "\u4e00" <= s[i] <= "\u9fff" and "\u4e00" <= s[i + 1] <= "\u9fff"}


def _headline_of_the_text(lines: list[SourceLine]) -> int | None:
    """A headline says what its text says: of the headline-shaped lines above the first line of text,
    the one nearest the text whose words (pairs of characters) recur in the text, when the first
    line's do not (a site's name, a slogan, a reader's thanks: `免费…app下载`, `感谢…网友…的线索投递！`).
    Its index, or None (the first line is left to the rules of shape)."""
    first_text = _first_text(lines)
    if not first_text or first_text < 2:
        return None
    below = [_bigrams(line.text) for line in lines]

    def overlap(k: int) -> float:
        words = below[k]
        text = set().union(*below[k + 1 :])
        return len(words & text) / len(words) if words else 0.0

    if overlap(0) >= OVERLAP_BAR or any(line.text.startswith("——") for line in lines[1:3]):
        return None  # the first line says what the text says, or opens a headline block (kicker, headline, ——subtitle)
    for k in range(first_text - 1, 0, -1):
        if any(_CLAUSE_END.search(x.text) for x in lines[:k]):
            continue  # under a clause of the text (rd06: `…打破技术壁垒；` over `长智光谷产业园年内竣工，…`): a piece of it
        if (_headline_candidate(lines[k].text) and not lines[k].text.startswith("——") and len(re.findall(r"[，,]", lines[k].text)) <= 1
                and overlap(k) >= OVERLAP_BAR):  # two commas: a piece of a sentence broken over lines
            return k
    return None


_PHRASE_BREAK = re.compile(r"[\s丨|｜！!，,：:]+")


def _pasted_headline(lines: list[SourceLine], header: Header, body: list[SourceLine], web_page: bool) -> bool:
    """An editor's paste: no web page's furniture, the headline on the first line and the text right
    under it: its place says it is the headline, whatever its words."""
    if web_page or not lines or not body or header.title_line != lines[0].no or header.subtitle or header.kicker:
        return False
    return body[0].no - header.title_line - 1 == body[0].blanks_before


def says_what_its_text_says(title: str, body: list[SourceLine], over_date_line: bool = False) -> bool:
    """A headline says what its text says: its words (pairs of characters) recur in the text under
    it. A headline of its own words (a slogan: 追梦路上 与爱同行, 厚植发展沃土 激发经济活力) is still a
    statement: a long line of words, two phrases or more, or a clause that says something happens.
    A line that is none of these (a site's or a column's name, a label, a person's name: 关东黑土,
    行政区划, 手机版百姓热线, 关思聪) is no headline; right above the publication line (`over_date_line`)
    only a short one (a label, a name) is refused."""
    if OUTLET.match(simplified(title).strip()) and not _states_something(title):
        return False  # a site's name (中央广电总台国际在线), though its dateline repeats it (国际在线吉林频道消息)
    if over_date_line and issuer_name(title) and not _states_something(title) and _overlap(title, body) < OVERLAP_BAR:
        return False  # a department's site prints its name over each page's date line (长春市发展和改革委员会), a text
        # that does not name it under it; an entry named after it (an encyclopedia's 长春汽车经济技术开发区) has no date line,
        # a headline that names a place last (…项目落位长春新区) says the text's words
    if _overlap(title, body) >= OVERLAP_BAR:
        return True
    cjk = len(_CJK_CHAR.findall(title))
    phrases = [p for p in _PHRASE_BREAK.split(title) if len(_CJK_CHAR.findall(p)) >= 3]
    if over_date_line and cjk >= 8 and _headline_candidate(title):
        return True  # right above the publication line, where a page prints its headline: a longer name may be one (洪泽开发区近期投资成果)
    if over_date_line and cjk < 8 and _overlap(title, body) == 0:
        return False  # a short line there that shares not one word with the text: the page's label (新闻中心详页)
    if cjk >= 6 and title.rstrip().endswith(("？", "?")) and _headline_candidate(title):
        return True  # a headline that asks (华为上了长春的“车”，为啥？): no site, column or person is named with a question mark
    return cjk >= LONG_HEADLINE or (cjk >= 6 and (len(phrases) >= 2 or _states_something(title)))


# a label of a part of a text, as a paper or a report prints it over that part: 引言：…, 摘要, 前言, 结语
_PART_OF_A_TEXT = re.compile(r"^(?:引言|前言|导言|序言|绪论|概述|结语|结束语|附录)(?:[:：]|$)")
SHORT_LABEL = 4  # characters of Chinese: a section's or a column's label (项目建设, 發展歷程, 高端化, 产业动态)


def _short_noun(title: str, body: list[SourceLine]) -> bool:
    """Two to four characters of Chinese and nothing else, that name without saying (项目建设, 龍湫寶塔; not
    新区提速), run straight into the text under it: a label or a name. An editor's title line set off from
    its text by a blank line (第二产业 / blank / the lead) is the headline by its place, whatever its words."""
    s = simplified(title).strip()
    return (2 <= len(s) <= SHORT_LABEL and len(_CJK_CHAR.findall(s)) == len(s) and bool(body)
            and body[0].blanks_before == 0 and not _states_something(s))


def label_of_a_part(title: str, body: list[SourceLine], over_date_line: bool = False) -> bool:
    """Is the first line a label of a part of the text under it rather than its headline: a paper's part
    (引言：新质生产力与制造业的时代变革), or a short noun whose words the text repeats (项目建设 over a yearbook's
    entry, 發展歷程 over a wiki's section, 高端化 over a picture feature's part)? A page's title right above
    its publication line (第二产业 over `时间:2017-03-10`) is the page's headline, however short."""
    if over_date_line:
        return False
    if _PART_OF_A_TEXT.match(simplified(title).strip()):
        return True
    return _short_noun(title, body) and _overlap(title, body) >= OVERLAP_BAR


def _name_alone(title: str, body: list[SourceLine], over_date_line: bool) -> bool:
    """A short name the text under it never repeats (龍湫寶塔, a spam mirror's item over a news item): no
    headline, wherever it stands but right above a publication line."""
    return not over_date_line and _short_noun(title, body) and _overlap(title, body) < OVERLAP_BAR


def _overlap(title: str, body: list[SourceLine]) -> float:
    """The share of the line's words (pairs of characters) found in the text under it."""
    words = _bigrams(title)
    text = set().union(*(_bigrams(line.text) for line in body)) if body else set()
    return len(words & text) / len(words) if words else 0.0


def _states_something(text: str) -> bool:
    """Does the line say that something happens or is so (a verb, an adjective, an idiom: 项目集中开工,
    企业家走进长春, 齐升韧性强), rather than name something (手机版百姓热线, 中国早报评论员胡立成, 行政区划)?"""
    _jieba()  # the editors' names in data/jieba_userdict.txt are words here too
    import jieba.posseg as posseg

    return any(flag in _PREDICATE_TAGS for _word, flag in posseg.cut(simplified(text)))  # HMM: a name it does not know (胡立成) stays one word


_PREDICATE_TAGS = {"v", "vd", "vg", "vi", "a", "ad", "ag", "i", "l"}  # not vn/an: a verb or adjective used as a noun


_CJK_CHAR = re.compile("[\u4e00-\u9fff]")
LONG_HEADLINE = 12  # characters of Chinese: a label, a site's or a person's name is shorter


def _headline_candidate(text: str) -> bool:
    s = simplified(text)
    return (len(text) >= 8 and headline_shaped(text) and not OUTLET.match(s) and not _byline_names(text) and not names_only(text)
            and not re.search(r"记者|评论员|通讯员|作者|编辑|[>»›•·_]", s) and len(re.findall(r"[|｜丨]", text)) <= 1
            and not _menu_of_words(text, 4))


def _menu_of_words(text: str, words: int = 3) -> bool:
    """`words` or more short words set off by spaces with no mark between them (首页 新闻 财经, 日夜间 浅色 深色):
    a menu; a headline with spaces around its figures (…开工：总投资超 350 亿元，A6 / Q6 e-tron 将投产)
    has its marks, and a headline of phrases (优环境 抓项目 促振兴|…) has fewer."""
    parts = text.split()
    return len(parts) >= words and all(len(part) <= 8 for part in parts) and not re.search(r"[，,：:！!？?“”—|｜丨]", text)


def _furniture_like(text: str, head: str) -> bool:
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return (len(text) <= COLUMN_LABEL or cjk < 4 or bool(re.search(r"[>»›•·]|[|｜丨].*[|｜丨]", text)) or _menu_of_words(text)
            or bool(re.search(r"^(?:网站)?首页|正文$", simplified(text)))
            or _holds_headline(text, head) or bool(OUTLET.match(simplified(text))))


def _holds_headline(text: str, head: str) -> bool:
    """Is the line the page's <title>: the headline with more after it (`…开工_长春市人民政府`), or its first
    words with a site's name? A line that only shares the headline's first words (長春市政務服務中心（辦事大廳）
    over 長春市政務服務中心職能信息) is a headline of its own."""
    return text.startswith(head) or (text.startswith(head[:8]) and without_site_name(text) != text)


HEADLINE_BLOCK = 3  # lines of a headline block: kicker (引题), headline, subtitle (副题)


def _in_block(lines: list[SourceLine], k: int, main: int) -> bool:
    """Is lines[k] a kicker or subtitle beside the headline lines[main]: a headline-shaped line of
    fewer characters, right next to it (a blank line between at most), not furniture and no copy of it?"""
    a, b = lines[k], lines[main]
    return (_headline_candidate(a.text) or (headline_shaped(a.text) and len(a.text) >= 6)) and not OUTLET.match(simplified(a.text)) \
        and (b.blanks_before if k < main else a.blanks_before) <= 1 and a.text not in b.text and b.text not in a.text \
        and not _furniture_like(a.text, b.text) and not _keyword_line(a.text, lines[max(k, main) + 1 :])


def _main_line_of_block(lines: list[SourceLine], k: int) -> int:
    """The main headline of the block of headline lines that ends at lines[k] (the line above the
    publication line): of up to HEADLINE_BLOCK adjacent lines, the one with the most Chinese
    characters (`我市第二季度集中开工186个重大项目` over its subtitle `总投资1238亿元，年计划投资401亿元`); when the text
    under it does not repeat its words, the longest headline-shaped line of eight characters or more whose words it
    does (ry14: `传化智联长春城市物流中心项目正式奠基` over its deck of its own words, `吉林首港落地长春 东三省“工”型网络助力“内通外联”`;
    a column's short label, 招商项目, is none)."""
    block = [k]
    while len(block) < HEADLINE_BLOCK and block[0] > 0 and _in_block(lines, block[0] - 1, block[0]):
        block.insert(0, block[0] - 1)
    if len(block) < 2:
        return k
    main = max(block, key=lambda j: (len(_CJK_CHAR.findall(lines[j].text)), j))
    if _overlap(lines[main].text, lines[k + 1 :]) >= OVERLAP_BAR:
        return main
    said = [j for j in block if _headline_candidate(lines[j].text) and _overlap(lines[j].text, lines[k + 1 :]) >= OVERLAP_BAR]
    return max(said, key=lambda j: (len(_CJK_CHAR.findall(lines[j].text)), j)) if said else main


HEADLINE_BLOCK_TOP = 4  # lines of a headline block at the top of a page without a date line: kickers, headline, subtitle


def _headline_block_from(lines: list[SourceLine], k: int) -> list[int]:
    """The headline lines from lines[k] down, each right under the one before (no sentence, no furniture),
    when a sentence of the lead follows them; else [k]."""
    def headline_line(j: int) -> bool:
        text = lines[j].text
        return (headline_shaped(text) and len(text) <= MAX_TITLE and not _sentence_like(text)
                and not re.search(r"[：:…；;]|[，,].*[，,]", text) and lines[j].blanks_before <= 1 and not text.startswith("——")
                and not OUTLET.match(simplified(text)) and not _byline_names(text) and not person_name_alone(text)
                and not any(lines[i].text in text or text in lines[i].text for i in block))

    block = [k]
    while len(block) < HEADLINE_BLOCK_TOP and block[-1] + 1 < len(lines) and headline_line(block[-1] + 1):
        block.append(block[-1] + 1)
    after = block[-1] + 1
    return block if after < len(lines) and _sentence_like(lines[after].text) else [k]


def _keyword_line(text: str, below: list[SourceLine]) -> bool:
    """A line of keywords (a site's tags, injected spam: `国产高清视频在线,在线不卡福利,…`): five or more
    short phrases set off by commas (three by underscores), no mark of a sentence, and words the text under it does not
    repeat. It says nothing of the article."""
    items = [x.strip() for x in re.split(r"[，,]", text) if x.strip()]
    if len(items) < 5:  # or set off by underscores, as a page's <title> strings them (`91成人免费版_九幺免费看片_…`)
        items = [x.strip() for x in text.split("_") if x.strip()]
        if len(items) < 3:
            return False
    if any(len(x) > 16 for x in items) or re.search(r"[。！？；;：:!?“”]", text):
        return False
    words = _bigrams(text)
    rest = set().union(*(_bigrams(line.text) for line in below)) if below else set()
    return bool(words) and len(words & rest) / len(words) < OVERLAP_BAR


def _lone_marked_line(lines: list[SourceLine], k: int) -> bool:
    """A headline-shaped line with a list's mark (`• 長春九臺招商引資走進天津 22個項目現場簽約`) and no item
    of a list beside it: a mark that decorates the headline (a list has two items or more)."""
    text = lines[k].text
    if not LIST_ITEM_MARK.match(text) or not headline_shaped(undecorated(text)):
        return False
    return not any(LIST_ITEM_MARK.match(lines[j].text) for j in (k - 1, k + 1) if 0 <= j < len(lines))


# marks that decorate a headline at its ends (`…展现蓬勃生机******`, `■…`, `★★ … ★★`): no part of its words
_DECORATION = re.compile(r"^[\s*＊■□◆◇★☆●•▪]+|[\s*＊■□◆◇★☆●•▪]+$")


def undecorated(text: str) -> str:
    return _DECORATION.sub("", text)


def _right_above(lines: list[SourceLine], title_line: int | None, date_line: int | None) -> bool:
    """Does the headline stand right above the publication line: the next line or the one after, or
    with only a page's widgets between (share counts `(2)`, `(0)`: lines without Chinese; the
    furniture taken out before, 分享至 and 收藏, is no line here)?"""
    if title_line is None or date_line is None or date_line <= title_line:
        return False
    between = [line for line in lines if title_line < line.no < date_line]
    return date_line - title_line <= 2 or (date_line - title_line <= WIDGET_LINES + 1
                                            and not any(_CJK_CHAR.search(line.text) for line in between))


WIDGET_LINES = 5  # a share box under a headline: 分享至 / (2) / (0) / 收藏 …


def _web_header(lines: list[SourceLine], date_line: int) -> tuple[Header, list[SourceLine]] | None:
    """The headline of a web page: the nearest headline-shaped line above the line that states
    the publication date; what stands above and between them is page furniture (menus, banners)."""
    above = [k for k, line in enumerate(lines) if line.no < date_line]
    if not above or len(above) > WEB_HEADER_LINES or len(above) == len(lines):
        return None  # not a header: too far down, or a footer under the whole text
    top = above[-1] + 1
    def candidate(k: int) -> bool:
        return headline_shaped(lines[k].text) and not OUTLET.match(simplified(lines[k].text)) and not names_only(lines[k].text)

    title_k = next((k for k in reversed(above) if candidate(k)), None)
    if title_k is None:  # the only headline of the header may carry a list's mark: `• 長春九臺招商引資走進天津 …`
        title_k = next((k for k in reversed(above) if _lone_marked_line(lines, k)), None)
    if title_k is None or any(_sentence_like(line.text) and not _keyword_line(line.text, lines[top:]) for line in lines[:top]):
        return None  # text above the date line: it is no header of menus and a headline
    kicker_k = None
    if (lines[title_k].text.startswith("——") and title_k > 0 and headline_shaped(lines[title_k - 1].text)
            and not OUTLET.match(simplified(lines[title_k - 1].text))):
        title_k -= 1  # a ——subtitle: the headline stands right above it
        if title_k > 0 and _headline_candidate(lines[title_k - 1].text) and not _furniture_like(lines[title_k - 1].text, lines[title_k].text):
            kicker_k = title_k - 1  # and a kicker (引题) above the headline
    subtitle_k = None
    if kicker_k is None and not lines[title_k].text.startswith("——"):
        main = _main_line_of_block(lines, title_k)
        if main != title_k:  # a headline block of two lines or more without ——: the main headline says most
            subtitle_k = title_k if main < title_k else None
            kicker_k = main - 1 if main > 0 and main - 1 != title_k and _in_block(lines, main - 1, main) else None
            title_k = main
    header = Header(title=lines[title_k].text, title_line=lines[title_k].no)
    header.dropped = lines[: kicker_k if kicker_k is not None else title_k]
    if kicker_k is not None:
        header.kicker = lines[kicker_k].text
    between = lines[title_k + 1 : top]
    if between and (between[0].text.startswith("——") or subtitle_k == title_k + 1):
        header.subtitle = between[0].text
        between = between[1:]
    header.dropped += between
    body = lines[top:]
    while body and re.fullmatch(r"\d{1,7}", body[0].text):  # a reader counter under the publication line
        header.dropped.append(body.pop(0))
    if body and _byline_names(body[0].text):
        header.authors = re.split(r"[\s、，,]+", _byline_names(body[0].text))
        body = body[1:]
    return header, body


# a site's name appended to a headline, as a page's <title> has it: `…_长春市人民政府`, `…-新浪财经`,
# `… - 中国吉林网`, `…|长春新区门户网站` (a hyphen inside a headline, 长春-吉林高铁, names no site)
_SITE_NAME = re.compile(r"\s*(?:[_|｜]|\s[-—–]\s|-{1,2})\s*[\u4e00-\u9fffA-Za-z0-9·]{2,16}?"
                        r"(?:网|网站|门户|官网|人民政府|政府|频道|新闻|财经|日报|晚报|早报|时报|商报|报|在线|客户端|新闻网)$")


def _headline_with_site_name(lines: list[SourceLine]) -> int | None:
    """The line of the page's <title> (a headline, a separator and the site's name: `…产销增幅均超5%--中国年鉴网`)
    that stands over the lead (a sentence right under it) below a first line that is no headline with it,
    else None. At the top it is read the usual way."""
    for k in range(1, min(len(lines) - 1, WEB_HEADER_LINES)):
        text = lines[k].text
        bare = without_site_name(text)
        if bare != text and heading_like(bare, MAX_TITLE) and _headline_candidate(bare) and _sentence_like(lines[k + 1].text):
            return k
    return None


def without_site_name(title: str) -> str:
    """The headline without the site names its page's <title> appends (`标题_新闻中心_长春市人民政府` too)."""
    for _ in range(3):
        m = _SITE_NAME.search(simplified(title))
        if m is None or not headline_shaped(title[: m.start()]):
            break
        title = title[: m.start()].rstrip()
    return title


_FILE_SUFFIX = re.compile(r"[_.][\w.\-]{1,30}")
# tested on the simplified copy (原題, 原標題 are 原题, 原标题), its letters maybe set off by spaces
# `原题:…` (the headline as a repost names it), `主题:…` / `帖子主题:…` / `标题:…` (a forum's subject field)
_ORIGINAL_TITLE = re.compile(r"^(?:[【\[]\s*原\s*(?:标\s*)?题\s*[】\]]\s*[:：]?|原\s*(?:标\s*)?题\s*[:：]|(?:帖子)?(?:主题|标题)\s*[:：])\s*")
# a post's kind before the headline, as forums print it (`《轉貼文章》 (CHINA) 長春…掛牌`, `[原创] …`, `【置顶】…`),
# with the region tag a forum puts after it: the board's label, not the headline's words. A newsroom's own
# tag (【独家】长客:危机与重生) and a book's or a document's title in 《》 opening a headline
# (《长春市优化营商环境条例》正式施行) are the headline's.
_POST_LABEL = re.compile(r"^[《【\[〔(（]\s*(?:转贴|转帖|转载|原创|置顶|精华)(?:文章|帖子)?\s*[》】\]〕)）]"
                         r"\s*(?:[(（][A-Za-z\u4e00-\u9fff]{1,10}[)）])?\s*")


def split_header(lines: list[SourceLine], date_line: int | None = None, web_page: bool = False,
                 site_names: frozenset[str] = frozenset()) -> tuple[Header, list[SourceLine], list[SourceLine]]:
    """Take the headline block and the trailer off the lines.

    `date_line` is the line number of a web page's stated publication line (taken out as
    furniture), when there is one: the headline is looked for above it. `web_page`: furniture was
    taken out of the page (else the first line of an editor's paste is its headline by place). `site_names`: the
    first steps of the page's breadcrumbs (taken out as furniture), its site's name: no headline.
    Returns the header, the lines of the headline block that are captions, and the body lines.
    """
    header, front, body = _split_header(lines, date_line)
    over_date_line = _right_above(lines, header.title_line, date_line)
    alone = header.title and not header.title_at_end and not header.kicker and not header.subtitle  # a kicker or a
    # ——subtitle beside it makes a headline block (奋力推进高质量发展 / 第二产业 / ——来自长春的报道)
    if alone and label_of_a_part(header.title, body, over_date_line):
        # a section's label over the text (项目建设, 發展歷程, 引言：…): the text's heading, no headline; the title is
        # made from the lead (and the report says so)
        body = [line for line in lines if line.no == header.title_line] + body
        header.title, header.title_line, header.subtitle, header.kicker = "", None, "", ""
    if alone and teaser_of_the_text(header.title, body):
        # a list's teaser over the story it cuts (rv08: `…擴大在中國大陸的生產規模...`): the text says it whole; the
        # copy goes (reported) and the title is made from the lead
        header.dropped += [line for line in lines if line.no == header.title_line]
        header.title, header.title_line, header.subtitle, header.kicker = "", None, "", ""
    if header.title and not header.title_at_end and (
            (alone and _name_alone(header.title, body, over_date_line))
            or site_chrome(header.title, body) or simplified(header.title).strip() in site_names
            or (alone and _under_date_line_unsaid(header.title, header.title_line, date_line, body))
            or (not _pasted_headline(lines, header, body, web_page)
                and not says_what_its_text_says(header.title, body, over_date_line=over_date_line))):
        # a site's name, a column, a label or a name above the text (关东黑土, 行政区划, 手机版百姓热线, 关思聪):
        # no headline; the title is made from the lead (and the report says so)
        header.dropped += [line for line in lines if line.no == header.title_line]
        header.title, header.title_line, header.subtitle, header.kicker = "", None, "", ""
    columned = _columns_headline(body) if not header.title and not header.title_at_end else None
    if columned is not None:
        # rq13: no headline over the lead; under it, set as an image's caption, `海量财经|长春高新正式启动…`
        line, label, title = columned
        header.title, header.title_line, header.title_label = title, line.no, label
        body = [x for x in body if x is not line]
    if not header.title and body and teaser_of_the_text(body[0].text, body[1:]):
        header.dropped.append(body[0])  # a teaser over the text, no headline either way (…总投资86亿元……)
        body = body[1:]
    label = _ORIGINAL_TITLE.match(simplified(header.title))  # `原题:航天信息产业园项目全面复工`: the headline as the repost names it
    header.title = header.title[label.end() :] if label else header.title
    kind = _POST_LABEL.match(simplified(header.title))
    if kind and kind.end() < len(header.title):
        header.title_label, header.title = header.title[: kind.end()].strip(), header.title[kind.end() :]
    header.title = without_site_name(header.title)
    header.title = re.sub(r"^[\s|｜]+|[\s|｜]+$", "", header.title)  # a headline in a table's cell: `中外企业家走进长春 |`
    header.title = undecorated(header.title)
    rows = table_rows(body)
    # a table's rule row (`---|---|`) is layout: reported as taken out here, left out of the blocks by classify_body
    header.dropped += [line for line in body if line.no in rows and table_rule(line.text)]
    if header.title:
        # a web page repeats its headline (a document title, a footer): the copies are furniture
        # (or a picture's file name made of it: `…建設世界一流汽車城_fororder_1`; a table's head row: `標題 | |`)
        copies = [line for line in body if line.text == header.title
                  or (line.text.startswith(header.title) and _FILE_SUFFIX.fullmatch(line.text[len(header.title) :]))
                  or (line.no in rows and _CELL_BARS.sub("", line.text) == header.title)]
        header.dropped += copies
        body = [line for line in body if line not in copies]
    return header, front, body


_BREADCRUMB_STEP = re.compile(r"\s*(?:>+|»|›|-->)\s*")


def breadcrumb_roots(texts) -> frozenset[str]:
    """The first steps of a page's breadcrumbs (`免费菠萝视频app下载  >  新聞發布  >  正文`): the site's name, which
    the page may print again on a line of its own over the headline (simplified, stripped)."""
    roots = set()
    for text in texts:
        steps = _BREADCRUMB_STEP.split(simplified(text).strip())
        if len(steps) >= 2 and steps[0] and not re.search(r"[:：]", steps[0]):
            roots.add(steps[0].strip())
    return frozenset(roots)


def site_chrome(title: str, body: list[SourceLine]) -> bool:
    """A line of a site's chrome, never a headline wherever it stands: keywords set off by commas that the text
    never says (injected spam: `国产高清视频青青青在线，在线不卡福利，…`), or a menu of short items between bars
    (`2025-09-26 | 网站首页 | 返回旧版`; a headline with a column's label before a bar has one bar)."""
    pieces = [x.strip() for x in re.split(r"[|｜丨]", title)]
    return _keyword_line(title, body) or (len(pieces) >= 3 and all(0 < len(x) <= MENU_LABEL for x in pieces))


UNSAID_BAR = 0.1  # share of a line's words found in the text under it, below which the text never says them


def _under_date_line_unsaid(title: str, title_line: int | None, date_line: int | None, body: list[SourceLine]) -> bool:
    """A line under the page's publication line whose words the text never says, or hardly (a photo's caption among a
    feature's pictures, a site's prompt `进入移动版，体验好`): a headline printed under its date line says what its
    text says (`中外企业家走进长春`); a line of words of its own is a headline only over that line."""
    return (title_line is not None and date_line is not None and title_line > date_line
            and _overlap(title, body) < UNSAID_BAR)


# a column's name and a bar before a headline (`海量财经|长春高新正式启动…`); not a list of other pages (相关新闻|…)
_COLUMN_BAR = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})\s*[|｜丨]\s*(?P<head>[^|｜丨]+)$")
_OTHER_PAGES = re.compile(r"相关|推荐|阅读|排行|往期|更多|热点|热门|上一|下一|首页|专题")


def _columns_headline(body: list[SourceLine]) -> tuple[SourceLine, str, str] | None:
    """A headline with its column's name before a bar, among the first lines of a page that has none over its
    text (a portal prints it as an image's caption under the lead): headline-shaped, of eight characters of
    Chinese or more, its words said again by the text. The line, the column's label and the headline."""
    for line in body[1:4]:
        m = _COLUMN_BAR.match(line.text.strip())
        if m is None or _OTHER_PAGES.search(simplified(m.group("label"))):
            continue
        head = m.group("head").strip()
        rest = [x for x in body if x is not line]
        if (headline_shaped(head) and len(_CJK_CHAR.findall(head)) >= 8 and not re.search(r"[。；;]", head)
                and _overlap(head, rest) >= OVERLAP_BAR):
            return line, m.group("label"), head
    return None


_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+|。{3,}|·{3,})\s*$")
_NOT_A_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")
TEASER_WORDS = 8  # characters of words a teaser shares with the text it cuts, at least


def teaser_of_the_text(title: str, body: list[SourceLine]) -> bool:
    """Is the line a teaser (a list's item, a feed's summary): words cut by an ellipsis that a line of the
    text under it says on, whole (`…生產規模...` over `…生產規模。其中…`)? A headline that trails off
    (汽车城的冬天……) over other words stays one."""
    end = _ELLIPSIS_END.search(title)
    if end is None:
        return False
    words = _NOT_A_WORD.sub("", simplified(title[: end.start()]))
    if len(words) < TEASER_WORDS:
        return False
    texts = [_NOT_A_WORD.sub("", simplified(line.text)) for line in body[:3]]
    return any(words in text and len(text) > len(words) for text in texts)


def _split_header(lines: list[SourceLine], date_line: int | None) -> tuple[Header, list[SourceLine], list[SourceLine]]:
    header = Header()
    lines = list(lines)
    # trailer: one of the last three lines, e.g. `吉林日报 2022-10-13`
    for k in range(len(lines) - 1, max(-1, len(lines) - 4, len(lines) // 2 - 1), -1):  # at the end, not under the headline
        m = trailer_match(lines[k].text)
        if m:
            header.trailer_source = m.group("source")
            header.trailer_date = _trailer_date(m.group("date"))
            header.trailer_text = lines[k].text
            header.trailer_line = lines[k].no
            del lines[k]
            break

    footer_date = None
    if date_line is not None and any(_sentence_like(line.text) and not _keyword_line(line.text, lines[k + 1 :])
                                     for k, line in enumerate(lines) if line.no < date_line):
        # a publication line under text (a footer, or a line between paragraphs) is no header: the headline is
        # found as on a page with no date line (an archive's headline right above its footer date aside)
        footer_date, date_line = date_line, None
    if date_line is None and header.trailer_line is None:
        # `××网 2021-08-12` under a headline: the page's publication line, at the top
        # (or above it, opening the page: `ZAKER吉林 2023-03-06` / headline; or over the text of a page pasted
        # without its headline)
        k = next((k for k in range(0, min(len(lines), WEB_HEADER_LINES)) if trailer_match(lines[k].text)
                  and (any(headline_shaped(x.text) for x in lines[:k])
                       or (k == 0 and len(lines) > 2 and headline_shaped(_after_labels(lines, 1).text))
                       or (k == 0 and len(lines) > 1 and _sentence_like(_after_labels(lines, 1).text)))), None)
        if k is not None:
            m = trailer_match(lines[k].text)
            header.trailer_source, header.trailer_date = m.group("source"), _trailer_date(m.group("date"))
            header.trailer_text, header.trailer_line, header.trailer_at_top = lines[k].text, lines[k].no, True
            date_line = lines[k].no
            del lines[k]
    if date_line is not None:
        web = _web_header(lines, date_line)
        if web is not None:
            web_header, body = web
            for name in ("trailer_source", "trailer_date", "trailer_text", "trailer_line", "trailer_at_top"):
                setattr(web_header, name, getattr(header, name))
            return web_header, [], body

    # a byline heads the text under it: a reporter's name under the text (`记者 陈维灯` closing a story pasted
    # from its lead) has no text under it and heads nothing
    byline = next((k for k, line in enumerate(lines[:12]) if _byline_names(line.text)
                   and any(_sentence_like(x.text) for x in lines[k + 1 :])), None)
    front_captions: list[SourceLine] = []
    if byline is not None:
        header.authors = re.split(r"[\s、，,]+", _byline_names(lines[byline].text))
        front = lines[:byline]
        body = lines[byline + 1 :]
        t = len(front) - 1
        if t >= 0 and front[t].text.startswith("——"):
            header.subtitle = front[t].text
            t -= 1
        if t >= 0 and (not headline_shaped(front[t].text) or OUTLET.match(simplified(front[t].text))):
            t += 1  # a page label over the byline (第11版：区域传真·长春), no headline: a masthead
        elif t >= 0:
            header.title, header.title_line = front[t].text, front[t].no
            if t - 1 >= 0 and front[t - 1].text.endswith("——"):
                header.kicker = front[t - 1].text
                t -= 1
        for line in front[:t]:
            if line.blanks_before >= PICTURE_GAP or PHOTO_MARK.search(simplified(line.text)):
                front_captions.append(line)
            else:
                header.mastheads.append(line.text)
        return header, front_captions, body

    if len(lines) > 1 and person_name_alone(lines[0].text) and _sentence_like(lines[1].text):
        header.authors = [lines[0].text.strip()]  # `王若拙` over the text: the author's name without its label
        lines = lines[1:]
    copy = _headline_inside_first_line(lines)
    if copy is not None:  # the page's <title> over its headline block: `吉林长春:汽车“摇篮”展现蓬勃生机******`
        if copy > 1:
            header.kicker = lines[copy - 1].text
        if _prefixed_headline(lines[0].text, lines[copy].text):
            # `吉林长春:` before it: the headline's own words (a place, a company), the line under it is its copy
            header.dropped.append(lines[copy])
            header.title, header.title_line = lines[0].text, lines[0].no
        else:  # a site's name around it: the line under it is the headline
            header.dropped.append(lines[0])
            header.title, header.title_line = lines[copy].text, lines[copy].no
        return header, front_captions, lines[copy + 1 :]
    # No byline: the first line is the title when it looks like one; a feature page may put its
    # pictures' captions first and the headline after them, under a kicker ending in ——.
    kicker = next((k for k, line in enumerate(lines[:8]) if line.text.endswith("——") and k + 1 < len(lines)
                   and heading_like(lines[k + 1].text, MAX_TITLE) and not heading_like(lines[0].text, MAX_TITLE)), None)
    if kicker is not None:
        front_captions.extend(lines[:kicker])
        header.kicker = lines[kicker].text
        header.title, header.title_line = lines[kicker + 1].text, lines[kicker + 1].no
        return header, front_captions, lines[kicker + 2 :]
    if lines and lines[0].text.startswith("——") and headline_shaped(lines[0].text.lstrip("—")):
        # a page that kept only the ——line of its headline block: that line is its headline
        header.title, header.title_line = lines[0].text.lstrip("—").strip(), lines[0].no
        return header, front_captions, lines[1:]
    # a news outlet's name alone on the first lines (光明日报, 中国新闻网) is its masthead, not a headline;
    # so is a column's label in brackets (【产业动态】)
    while lines and (OUTLET.match(lines[0].text) or LABEL_ONLY.match(lines[0].text)) and len(lines) > 1:
        header.mastheads.append(lines[0].text)
        lines = lines[1:]
    titled = _headline_with_site_name(lines)
    if titled is not None:
        # `一季度长春汽车业稳步增长 产销增幅均超5%--中国年鉴网` under a site's introduction and menus: the page's
        # <title> is its headline; the lines above stay (the site's own text, read and reported as such)
        header.title, header.title_line = without_site_name(lines[titled].text), lines[titled].no
        return header, front_captions, lines[:titled] + lines[titled + 1 :]
    if _table_at_top(lines) or _text_broken_at_top(lines):
        # a table's rows or a lead broken by layout open the page: text, no headline over it (the title is made
        # from the lead, and the report says so); nothing at the top is a menu
        return header, front_captions, lines
    repeated = _repeated_headline(lines)  # the headline found by where it stands and repeats, or by what it says,
    by_place = repeated or _furniture_above_headline(lines) or _headline_of_the_text(lines)  # not by its shape alone
    menu = _menu_above_headline(lines) or _column_above_headline(lines) or by_place
    if menu:
        header.dropped += lines[:menu]
        lines = lines[menu:]
    flash = _bracketed_headline(lines[0]) if lines else None
    if flash is not None:  # a flash item: `【吉林:汽车产业锚定万亿级目标开新局】吉林省代省长韩俊介绍,…`
        header.title, header.title_line = flash[0], lines[0].no
        return header, front_captions, [flash[1]] + lines[1:]
    glued = _headline_glued_to_lead(lines[0]) if lines else None
    if glued is not None:
        header.title, header.title_line = glued[0], lines[0].no
        return header, front_captions, [glued[1]] + lines[1:]
    k = 0
    while k < len(lines) and lines[k].blanks_before >= PICTURE_GAP and not heading_like(lines[k].text, MAX_TITLE):
        front_captions.append(lines[k])
        k += 1
    if _kicker_over_headline(lines, k):
        header.kicker = lines[k].text
        header.title, header.title_line = lines[k + 1].text, lines[k + 1].no
        return header, front_captions, lines[k + 2 :]
    if (k + 2 < len(lines) and lines[k + 2].text.startswith("——") and not lines[k + 1].text.startswith("——")
            and heading_like(lines[k].text, MAX_TITLE) and headline_shaped(lines[k + 1].text)):
        # a headline block of three lines: kicker (引题), headline, ——subtitle
        header.kicker = lines[k].text
        header.title, header.title_line, header.subtitle = lines[k + 1].text, lines[k + 1].no, lines[k + 2].text
        return header, front_captions, lines[k + 3 :]
    if k < len(lines) and not DATELINE_ONLY.match(simplified(lines[k].text)) and not PHOTO_MARK.search(simplified(lines[k].text)) and (
            (heading_like(lines[k].text, MAX_TITLE) and _first_line_title(lines[k].text)) or _question_title(lines, k) or _exclaimed_title(lines[k].text)
            or _long_headline(lines, k) or _listing_headline(lines, k) or (by_place and k == 0 and menu == by_place)
            or (_lone_marked_line(lines, k) and k + 1 < len(lines) and _sentence_like(lines[k + 1].text))
            or (repeated == 0 and k == 0)):
        header.title, header.title_line = lines[k].text, lines[k].no
        block = _headline_block_from(lines, k)
        if len(block) >= HEADLINE_BLOCK:
            # a paper's headline block over its lead (wp77: two kicker lines, the headline, a subtitle):
            # the headline says most, the lines above it are its kicker, the ones under it its subtitle
            main = max(block, key=lambda j: (len(_CJK_CHAR.findall(lines[j].text)), -j))
            header.title, header.title_line = lines[main].text, lines[main].no
            header.kicker = " ".join(lines[j].text for j in block if j < main)
            header.subtitle = " ".join(lines[j].text for j in block if j > main)
            return header, front_captions, lines[block[-1] + 1 :]
        k += 1
        if k < len(lines) and lines[k].text.startswith("——"):
            header.subtitle = lines[k].text
            k += 1
    elif footer_date is not None and lines and lines[-1].no < footer_date:
        footer = _headline_above_footer_date(lines[-1])
        if footer is not None:
            title, rest = footer
            header.title, header.title_line, header.title_at_end = title, lines[-1].no, True
            lines = lines[:-1] + ([rest] if rest.text else [])
    if not header.title and footer_date is None and _headline_under_the_text(lines[k:]):
        # no headline on top, one printed under the text (a list page's teaser, a copy that moved it): it heads the page
        header.title, header.title_line, header.title_at_end = lines[-1].text, lines[-1].no, True
        lines = lines[:-1]
    if not header.title:  # no headline: the page's labels over its text (0, • 国内, 微博) leave the body: a
        # line without Chinese goes (reported), one with some is kept as the page's banner (masthead)
        while k < len(lines) and not _sentence_like(lines[k].text) and _label_like(lines[k].text):
            if any("\u4e00" <= c <= "\u9fff" for c in lines[k].text):
                header.mastheads.append(lines[k].text)
            else:
                header.dropped.append(lines[k])
            k += 1
    return header, front_captions, lines[k:]


def person_name_alone(text: str) -> bool:
    """Is the line only a person's name (王若拙, 李彦国: two to four characters the segmenter reads as
    a name, or a surname and a given name of one or two)? A name alone is a byline, never a headline."""
    text = text.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text):
        return False
    _jieba()
    import jieba.posseg as posseg

    words = [(w, flag) for w, flag in posseg.cut(simplified(text))]
    return (len(words) == 1 and words[0][1] in _NAME_TAGS) or (
        len(words) == 2 and len(words[0][0]) == 1 and words[0][1] in _NAME_TAGS and len(words[1][0]) <= 2
        and words[1][1] in _NAME_TAGS | {"t", "n", "a", "ng", "nz"})


_NAME_TAGS = {"nr", "nrt", "nrfg"}


# what a page's <title> sets off the headline with: `吉林长春:` before it, `_长春市人民政府` / ` - 新华网` after it
_TITLE_COPY_MARK = re.compile(r"[:：|｜_]\s*$|\s[-—–]\s*$|^\s*[:：|｜_]|^\s*[-—–]\s")


def _headline_inside_first_line(lines: list[SourceLine]) -> int | None:
    """The headline printed again under a first line that holds it with more words (the page's
    <title>: a place before it, `吉林长春:…`, a site after it): the index of that headline line,
    right under the first line or under a kicker ending in ——; None otherwise."""
    if len(lines) < 3:
        return None
    first = simplified(undecorated(lines[0].text))
    for j in (1, 2):
        if j + 1 >= len(lines):
            break
        text = lines[j].text
        if j == 2 and not lines[1].text.endswith("——"):
            break
        head = simplified(text)
        if len(text) >= 8 and headline_shaped(text) and heading_like(text, MAX_TITLE) and first != head and (
                _TITLE_COPY_MARK.search(first[: -len(head)]) if first.endswith(head)
                else _TITLE_COPY_MARK.match(first[len(head) :]) if first.startswith(head) else None):
            return j
    return None


_HEADLINE_PREFIX = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8})[:：]\s*$")


def _prefixed_headline(first: str, head: str) -> bool:
    """Is the first line the headline under it with a name and a colon before it (`吉林长春:`, `长春高新:`),
    the headline's own words as the portal prints it, rather than a site's name (新华网：…, …_新华网)?"""
    first, head = simplified(undecorated(first)), simplified(head)
    m = _HEADLINE_PREFIX.match(first[: -len(head)]) if first.endswith(head) and len(first) > len(head) else None
    return m is not None and not OUTLET.match(m.group("name")) and not _BYLINE_WORDS.search(m.group("name"))


def _first_line_title(text: str) -> bool:
    """Can the first line be a title by its shape alone: three characters of Chinese or more (an
    editor's 标题行 too), not a list item, a label in brackets or a menu (0, • 国内, 搜 索, 微博)."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return (cjk >= 3 and not LIST_ITEM_MARK.match(text) and not LABEL_ONLY.match(text) and not _menu_of_words(text, 5)
            and not opens_with_dateline(text)
            and not names_only(text) and not text.endswith("——"))  # a kicker (引题) says a headline follows


def _label_like(text: str) -> bool:
    """A page's label, counter or button, not a heading of the text: a few characters with fewer than
    four of Chinese, a list item, a label in brackets, a menu or path."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return (cjk < 4 or LIST_ITEM_MARK.match(text) is not None or LABEL_ONLY.match(text) is not None or _menu_of_words(text)
            or re.search(r"[>»›]|[|｜丨].*[|｜丨]", text) is not None) and len(text) <= MAX_TITLE


# a headline of phrases set off by spaces run into a lead that opens with its time (a document
# preview's first chunk, numbered `1、`): `1、以服务促发展 用实力增效益 经开区综合排名一年跃升 20 位近日,商务部…`
_GLUED_HEADLINE = re.compile(
    r"^(?:\d{1,2}、)?(?P<head>(?=[^，。,；;：:！？!?]*[\u4e00-\u9fff]\s+[\u4e00-\u9fff])[^，。,；;：:！？!?“”]{8,40}?)"
    r"(?P<lead>(?:近日|日前|近期|昨天|昨日|今天|今日|(?:\d{4}年)?\d{1,2}月\d{1,2}日)\s*[,，])")


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


# an outlet's or a reporter's label in brackets (【环球网报道 记者 王五】, 【中国吉林网 综合】): a byline, no headline
_BYLINE_WORDS = re.compile(r"记者|通讯员|编辑|报道|报导|综合|来源|专讯|快讯|特稿|独家|[|｜/／·]")
FLASH_HEADLINE = 10  # a column's or a paper's label in brackets (【明报专讯】, 【产业动态】) is shorter
_BRACKETED_HEAD = re.compile(r"^[【\[](?P<head>[^】\]]{%d,60})[】\]]\s*(?P<lead>.+)$" % FLASH_HEADLINE)


def _bracketed_headline(line: SourceLine) -> tuple[str, SourceLine] | None:
    """A flash item's headline in brackets with its text run on after it on the first line: the
    headline says something (a verb), is no dateline (【看中国2019年6月21日讯】) and the rest is a
    sentence. The headline and the line without it; None when the line is not one."""
    m = _BRACKETED_HEAD.match(line.text.strip())
    if m is None:
        return None
    head, lead = m.group("head").strip(), m.group("lead").strip()
    folded = simplified(head)
    if (not headline_shaped(head) or re.search(r"\d{1,2}月\d{1,2}日|(?:电|讯|消息)$", folded) or "。" not in lead
            or _BYLINE_WORDS.search(folded) or OUTLET.match(folded) or len(lead) <= len(head) or not _states_something(head)):
        return None
    return head, replace(line, text=lead)


def _headline_glued_to_lead(line: SourceLine) -> tuple[str, SourceLine] | None:
    """The headline and the lead of a first line that runs one into the other; None when it is not one."""
    m = _GLUED_HEADLINE.match(simplified(line.text))
    if m is None or len(line.text) <= MAX_WEB_TITLE or not headline_shaped(m.group("head")):
        return None
    head = m.group("head")
    if re.search(r"[（()）]|记者|通讯员|编辑", head) or _DATELINE_LEAD.match(head) or _byline_names(head.strip()):
        return None  # a dateline or byline over the lead (新华网长春 (记者 王五)近日,…), no headline
    if sum(len(_CJK_RUN.findall(part)) > 0 and len(part) >= 4 for part in head.split()) < 2:
        return None  # a headline of phrases (以服务促发展 用实力增效益), not a subject with a space in it
    return line.text[m.start("head") : m.end("head")].strip(), replace(line, text=line.text[m.start("lead") :])


def _headline_under_the_text(lines: list[SourceLine]) -> bool:
    """Is the last line, right under the text's last sentence, the page's headline: a line of a headline's
    length (LONG_HEADLINE characters of Chinese or more, no sentence) whose words are the text's (OVERLAP_BAR), no
    list item, no field with a name, no organisation's name alone (a notice's signature)? rr13's
    `麦格纳中国首个电动汽车电池壳体项目落户长春新工厂` under its text; a short caption or a name is none."""
    if len(lines) < 3 or not lines[-2].text.rstrip().endswith(tuple("。！？!?”")):
        return False
    last = lines[-1].text.strip()
    if (len(_CJK_CHAR.findall(last)) < LONG_HEADLINE or not heading_like(last, MAX_TITLE) or not headline_shaped(last)
            or field_with_a_name(last) or _sentence_like(last) or re.search(r"[，,；;]", last)):
        return False  # (a clause's comma: the text's last words, an excerpt cut short, `2024年,中國新能源第一梯隊車企新`)
    if _ORGANISATION_END.search(simplified(last)) and not _states_something(last):
        return False
    first = next((k for k, line in enumerate(lines) if _sentence_like(line.text)), len(lines))
    if any(headline_shaped(line.text) and not _sentence_like(line.text) for line in lines[first:-1]):
        return False  # the text has subheadings between its paragraphs: the last line is one more (an excerpt cut after it)
    return _overlap(last, lines[:-1]) >= OVERLAP_BAR


def _headline_above_footer_date(line: SourceLine) -> tuple[str, SourceLine] | None:
    """A page with no headline at the top whose stated date is its last line (an archive copy:
    text, headline, `入库时间:2013/9/13`): the headline is the line above the date, or what follows
    the last sentence of that line when the copy glued it on (…项目达4个。长春汽车区百余零部件大项目开工).
    Returns the headline and the line without it."""
    text = line.text
    cut = max(text.rfind(p) for p in "。！？!?")
    tail = text[cut + 1 :].strip()
    if not heading_like(tail, MAX_TITLE) or not headline_shaped(tail) or len(tail) < 6:
        return None
    if field_with_a_name(tail):
        return None  # a notice's contact field over its date (联系人:张乘铭), no headline
    if (_ORGANISATION_END.search(simplified(tail)) or re.search(r"(?:处|科|室|站)$", tail)) and not _states_something(tail):
        return None  # an organisation's name over the date: the signature of a notice (投资与重点项目处), no headline
    return tail, replace(line, text=text[: cut + 1].strip())


_FIELD = re.compile(r"^(?:[\u4e00-\u9fff]\s*){2,5}[:：]\s*(?P<value>.+)$")


def field_with_a_name(text: str) -> bool:
    """Is the line a field of a form or notice whose value is a person's name, a list of names, or no words
    at all (联系人:张乘铭, 经办人：王五、李四, 电话:0431-88777263)? A label and a name say nothing."""
    m = _FIELD.match(text.strip())
    if m is None:
        return False
    names = [x for x in re.split(r"[\s、，,]+", m.group("value")) if x]
    return bool(names) and (all(person_name_alone(x) for x in names) or not _CJK_CHAR.search(m.group("value")))


# a photo's credit closing its caption, with the next paragraph glued on after it (rb05:
# `…观众参观安装了自动轮智行底盘的汽车。 中新社 记者 张瑶 摄本次签约的91个项目…`)
# (ra24: `一汽红旗繁荣工厂汽车生产线。（资料图）李丹 摄长春是…`): a 记者's name, or a name set off by a space
_GLUED_CREDIT = re.compile(r"(?<=[。！？”）)])\s*(?:[（(]资料图[)）]\s*)?(?:[\u4e00-\u9fff]{2,5}\s*)?"
                           r"(?:记者\s*[\u4e00-\u9fff]{1,3}(?:\s[\u4e00-\u9fff]{1,3})?\s*|[\u4e00-\u9fff]{2,3}\s+)摄(?=[^影像制\s（(])")


def split_glued_captions(lines: list[SourceLine]) -> tuple[list[SourceLine], list[int]]:
    """A caption glued to the paragraph after it is cut after its credit: the caption becomes a
    line of its own (a caption), the rest a paragraph; both keep the line's number. Returns the
    lines and the numbers of those that were cut."""
    out, cut = [], []
    for line in lines:
        m = _GLUED_CREDIT.search(simplified(line.text))
        rest = line.text[m.end() :].strip() if m else ""
        if m and len(rest) >= 10 and len(line.text[: m.end()]) <= 120:
            out.append(replace(line, text=line.text[: m.end()].strip()))
            out.append(replace(line, text=rest, blanks_before=0, indented=False))
            cut.append(line.no)
        else:
            out.append(line)
    return out, cut


PICTURE_NAME = 30  # a caption that only names what a picture shows is at most this long
_TEXT_LINE = re.compile(r"[。！？!?]")
_PARAGRAPH_END = re.compile(r"[。！？!?…][”’」』）)]*\s*$")
_NOUN = re.compile(r"^(?:n|nr|ns|nt|nz|nrt|nrfg|s|j)$")


def names_a_picture(text: str) -> bool:
    """A noun phrase, no sentence: `江苏南通苏锡通科技产业园区。`, `苏锡通科技产业园区内的中新智能制造产业园。`.
    Its last word is a noun and no verb stands before its last 的 (what follows 的 is the thing named:
    `智能制造产业园`); `项目已经开工。`, `这是一个好消息。`, `今年计划投资50亿元。` are sentences."""
    words = [(w, tag) for w, tag in tagged(text.rstrip("。").strip()) if tag != "x"]
    if not words or not _NOUN.match(words[-1][1]):
        return False
    last_de = max((k for k, (w, _) in enumerate(words) if w == "的"), default=len(words))
    return not any(tag.startswith("v") and tag != "vn" for _, tag in words[:last_de])


_CELL_BAR = "|｜"
_CELL_BARS = re.compile(r"^[\s|｜]+|[\s|｜]+$|\s*[|｜]\s*(?=[|｜])")


def table_rule(text: str) -> bool:
    """A Markdown table's rule under its head row: bars, dashes and colons only (`---|---|`, `| :--- | ---: |`)."""
    t = text.strip()
    return "-" in t and any(c in t for c in _CELL_BAR) and not t.strip("|｜-:： ")


def table_rows(lines: list[SourceLine]) -> set[int]:
    """The line numbers of the tables among the lines: a rule row and the run of lines with a cell bar
    around it (an encyclopedia's infobox pasted as Markdown: `類型 | 电力动车组 |`). A menu with bars
    (首页 | 新闻 | 要闻) has no rule row."""
    rows: set[int] = set()
    for k, line in enumerate(lines):
        if not table_rule(line.text) or line.no in rows:
            continue
        start, end = k, k + 1
        while start > 0 and any(c in lines[start - 1].text for c in _CELL_BAR) and lines[start].blanks_before == 0:
            start -= 1
        while end < len(lines) and any(c in lines[end].text for c in _CELL_BAR) and lines[end].blanks_before == 0:
            end += 1
        rows.update(x.no for x in lines[start:end])
    rows.update(x.no for x in lines[: _table_at_top(lines)])  # a table opening the text, its rows ending in a bar
    return rows


def classify_body(lines: list[SourceLine]) -> list[DraftBlock]:
    """Label body lines as captions, headings or paragraphs. A table's rows are text as written (a row
    is no heading over the rows under it); its rule row is layout and makes no block."""
    rows = table_rows(lines)
    lines = [line for line in lines if not (line.no in rows and table_rule(line.text))]
    indented_layout = sum(line.indented for line in lines) >= len(lines) / 2 if lines else False
    broken = {line.no for line in lines[: _text_broken_at_top(lines)]}  # a lead broken by layout into short lines
    blocks: list[DraftBlock] = []
    for k, line in enumerate(lines):
        text = line.text
        prev_line = lines[k - 1] if k else None
        next_line = lines[k + 1] if k + 1 < len(lines) else None
        if line.no in rows or line.no in broken:
            kind = BlockKind.PARAGRAPH  # a table's row, as written; a piece of the lead (no heading over the rest)
        elif DATELINE_ONLY.match(simplified(text)) or (_DATELINE_LEAD.match(simplified(text)) and len(text) > MAX_TITLE):
            kind = BlockKind.PARAGRAPH  # a lead with its dateline (中新网长春1月19日电 …) is text, whatever stands above it
        elif PHOTO_MARK.search(simplified(text)) or (line.blanks_before >= PICTURE_GAP and len(text) <= 100):
            kind = BlockKind.CAPTION
        elif (
            indented_layout
            and not line.indented
            and k > 0
            and len(text) <= 45
            and text.endswith("。")
            and (prev_line is not None and prev_line.indented)
            and (next_line is None or next_line.indented)
        ):
            # in an article whose paragraphs are indented, a short flush-left sentence is a caption
            kind = BlockKind.CAPTION
        elif (prev_line is not None and next_line is not None and len(text) <= PICTURE_NAME
              and all(_TEXT_LINE.search(x.text) and len(x.text) > 2 * len(text) for x in (prev_line, next_line))
              and _PARAGRAPH_END.search(prev_line.text)  # (not the end of a paragraph a layout broke: `…逐渐成为` / `发展领域。`)
              and caption_shaped(text) and not re.search(r"\s", text) and names_a_picture(simplified(text))):
            kind = BlockKind.CAPTION  # a picture's caption alone between paragraphs: a name of what it shows
        elif heading_like(text) and next_line is not None and not DATED_FIELD.match(text):
            kind = BlockKind.HEADING
            if blocks and blocks[-1].kind in (BlockKind.HEADING, BlockKind.SUBHEADING) and not text.endswith("——"):
                kind = BlockKind.SUBHEADING
        else:
            kind = BlockKind.PARAGRAPH
        blocks.append(DraftBlock(kind, text, (line.no,), caption_shaped=caption_shaped(text) and line.no not in broken))

    # After the last real paragraph, short lines are picture furniture, not headings or text.
    last_real = max(
        (i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH and not b.caption_shaped and len(b.text) > 20),
        default=-1,
    )
    for b, line in zip(blocks[last_real + 1 :], lines[last_real + 1 :]):
        if (b.caption_shaped or heading_like(b.text)) and line.no not in rows:  # (a table's last rows: text)
            b.kind = BlockKind.CAPTION
    # A photo story whose only text is its caption: the caption is the text.
    if blocks and not any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        for b in blocks:
            if b.kind is BlockKind.CAPTION and len(b.text) > MAX_WEB_TITLE:
                b.kind = BlockKind.PARAGRAPH
    # A heading followed only by captions heads nothing.
    for i, b in enumerate(blocks):
        if b.kind in (BlockKind.HEADING, BlockKind.SUBHEADING):
            rest = [x for x in blocks[i + 1 :] if x.kind is not BlockKind.CAPTION]
            if not rest:
                b.kind = BlockKind.CAPTION
    return blocks
