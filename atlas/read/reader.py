"""Read one file of seeds/ into an `Article`: decode, front matter, headline block, layout repair.

The publication date is taken only where a line or field states it; inferring one is extraction.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from ..records import Article, Block, BlockKind, Problem, PublicationDate, ReadResult, Severity
from ..slugs import MAX_SLUG, cut_slug, slugify
from ..text import NUMERAL_DIGITS, chinese_number, display_text, normalize_width, printable, strip_controls
from .decode import DecodeError, decode_bytes
from .frontmatter import parse_date, split_front_matter
from .layout import EditorJoin, drop_garbled_duplicates, join_broken_paragraphs, source_lines
from .pinyin import LOST, clean_converter_pinyin
from .simplify import simplified
from .structure import breadcrumb_roots, classify_body, issuer_name, lead_title, split_glued_captions, split_header, table_rule
from .webpage import CN_FULL_DATE, Furniture, FurnitureRule, chinese_numeral_date, strip_html, take_furniture, text_line

ARTICLE_SUFFIXES = (".txt", ".md")


def read_article(
    path: Path, root: Path, editor_joins: list[EditorJoin] = (), furniture_rules: list[FurnitureRule] = (),
    data: bytes | None = None,
) -> ReadResult:
    """`data`: the file's bytes, when the caller has read them (atlas/read/seeds.py reads regular files only)."""
    rel = path.relative_to(root).as_posix()
    problems: list[Problem] = []

    def report(line, severity, code, message, fix=""):
        problems.append(Problem(rel, line, severity, code, message, fix))

    data = path.read_bytes() if data is None else data
    if not data.strip():
        report(None, Severity.ERROR, "read.empty", "文件是空的", "把文章正文粘贴进去，或删除这个文件")
        return ReadResult(None, problems)
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        report(None, Severity.ERROR, "read.encoding", f"无法读取：{exc}", "用文本编辑器打开，另存为 UTF-8 编码")
        return ReadResult(None, problems)
    if decoded.note:
        report(None, Severity.INFO, "read.encoding", f"按 {decoded.note} 读取")

    text, controls = strip_controls(decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
    for line, chars in controls:
        report(line, Severity.WARNING, "read.control", f"删除了看不见的控制字符 {chars}",
               "如果这一行显示不对，请从原文重新粘贴这一行")
    fm = split_front_matter(text)
    for line, message, fix in fm.errors:
        report(line, Severity.ERROR, "read.front-matter", message, fix)
    if fm.errors:
        return ReadResult(None, problems)
    for line, message in fm.notes:
        report(line, Severity.WARNING, "read.control", message, "检查前置元数据的这一行")
    meta = dict(fm.values)
    body_text = fm.body
    unmarked = strip_html(body_text)
    if unmarked is not None:
        body_text = unmarked.text
        dropped = f"；链接只保留文字，去掉的地址：{'、'.join(unmarked.links[:5])}" if unmarked.links else ""
        report(None, Severity.INFO, "read.html", f"已去掉 HTML 标记（{unmarked.tags} 个标签；脚本和样式连同内容删除）{dropped}",
               "如有文字缺失，请粘贴不带格式的纯文本")

    body_text, pinyin_lines = clean_converter_pinyin(body_text)
    for cleaned in pinyin_lines:  # the line numbers of an HTML page are those of its text
        what = [f"删除了转换工具留下的 {cleaned.annotations} 处拼音注音" if cleaned.annotations else "",
                f"转换工具丢失的 {cleaned.lost} 个字标为 {LOST}" if cleaned.lost else ""]
        report(fm.body_first_line + cleaned.index, Severity.INFO, "read.pinyin",
               f"{'，'.join(x for x in what if x)}（如“{cleaned.example}”）",
               "如有需要保留的括号内容，请粘贴原文")
    raw_lines, furniture, glued_lines = take_furniture(body_text.split("\n"), fm.body_first_line, list(furniture_rules),
                                                       furniture_fold, report)
    _keep_event_fields(raw_lines, fm.body_first_line, furniture, glued_lines)
    _join_split_header_date(raw_lines, fm.body_first_line, furniture)
    signed = _take_glued_signature(raw_lines, fm.body_first_line, furniture)
    glued_lines.update({line: True for line in signed})  # the line keeps its text
    date_line = None  # the line that states the publication date: the headline is looked for above it
    # a line labelled as the publication line (发布时间：…) outranks a bare date elsewhere (a side box's)
    # an unlabelled date line between paragraphs of text (a bare `2021年8月12日` mid-article) is no
    # header or footer: its date is not the page's (a labelled one, 发布时间：…, still is)
    text_at = [first + k for first in (fm.body_first_line,) for k, line in enumerate(raw_lines) if _TEXT_LINE(line)]
    # a date cut off the end of a line under the text is a related story's headline with its date, not this page's
    # a notice's signature (天津市人民政府办公厅 over 2017年10月9日) under the text dates it, an attachment may
    # follow (over the text, a site's name over a date line is a masthead and the page's date line)
    signed |= {item.line for item in furniture if "date" in item.values and item.line not in glued_lines
               and text_at and item.line > text_at[0] and _under_issuer(raw_lines, item.line - fm.body_first_line)}
    dated = [item for item in furniture if "date" in item.values and _page_date(item.values["date"])
             and (_PUBLICATION_LABEL.search(furniture_fold(item.text)) or item.line in signed or item.alone
                  or (item.line in glued_lines and not (glued_lines[item.line] and text_at and item.line > text_at[0]))
                  or (item.line not in glued_lines and not (text_at and text_at[0] < item.line < text_at[-1])))]
    # stable: line order within each; a signature's date (the document's) after any page's date line (rb27's
    # `发布时间: 2022-06-03` over a notice signed 2022年6月2日, the line moved to the footer too)
    dated.sort(key=lambda item: (not _PUBLICATION_LABEL.search(furniture_fold(item.text)), item.line in signed))
    date_item = dated[0] if dated else None
    for item in furniture:
        taken = []
        for field_name, value in item.values.items():
            if field_name in meta:
                continue
            if field_name == "date":
                if item is not date_item:
                    continue
                parsed = _page_date(value)
                if parsed:
                    meta["date"] = parsed
                    meta["date_from_page"] = item.text
                    # a date glued to the end of the headline's line: the headline stands above it
                    # (a signature's marks no headline: the notice's title heads its text)
                    # (nor does a cover's month, `二〇一九年六月`: the lines over it are the cover's, an adviser's role)
                    date_line = (None if item.line in signed or _CN_YEAR_MONTH.fullmatch(furniture_fold(item.text).strip(" （()）"))
                                 else item.line + 1 if glued_lines.get(item.line) else item.line)
                    taken.append(f"日期 {parsed[0]}")
            elif field_name == "authors":
                meta["authors"] = tuple(x for x in re.split(r"[\s、，,]+", value) if x)
                taken.append("作者")
            else:
                meta[field_name] = value
                taken.append({"source": "来源", "url": "原文地址"}.get(field_name, field_name))
        what = f"用作{'、'.join(taken)}" if taken else "已删除"
        report(item.line, Severity.INFO, "read.furniture", f"网页附带的行“{_excerpt(item.text, 30)}”{what}",
               "如果这一行其实是正文，请修改 data/furniture.yaml")

    if date_line is not None and text_at and date_line > text_at[0]:
        # the labelled publication line stands under the text (a footer): a date line over the text, whose date
        # lost to it, still marks where the headline stands
        over = [item.line for item in dated if item.line < text_at[0] and item.line not in glued_lines]
        date_line = over[-1] if over else date_line
    lines = source_lines("\n".join(raw_lines), fm.body_first_line)
    removed = {item.line for item in furniture if item.line not in glued_lines}
    if removed:  # a furniture line taken out is not a gap where a picture stood, nor are the blank lines above it:
        # the gap is the run of blank lines right above a line, up to the last line taken out
        lines = [replace(x, blanks_before=next((x.no - 1 - n for n in range(x.no - 1, x.no - 1 - x.blanks_before, -1) if n in removed),
                                               x.blanks_before))
                 for x in lines]
    lines, garbled = drop_garbled_duplicates(lines)
    lines, captions_cut = split_glued_captions(lines)
    for no in captions_cut:
        report(no, Severity.INFO, "layout.caption", "图片说明和下一段粘在同一行：在摄影者署名（“记者 … 摄”）后分开，说明单列")
    header, front_captions, body = split_header(lines, date_line, web_page=bool(furniture) or unmarked is not None,
                                                site_names=breadcrumb_roots(item.text for item in furniture))
    if header.trailer_at_top:  # `ZAKER吉林 2023-03-06`, `中国吉林网 2021-08-12` by the headline
        report(header.trailer_line, Severity.INFO, "read.furniture",
               f"网页附带的行“{_excerpt(header.trailer_text, 30)}”用作日期 {header.trailer_date}、来源",
               "如果这一行其实是正文，请在前置元数据中加 date:")
    if header.title_label:
        report(header.title_line, Severity.INFO, "read.furniture", f"标题前的帖子标签“{header.title_label}”已删除",
               "如果它其实是标题的一部分，请在前置元数据中加 title:")
    if header.title_at_end:
        report(header.title_line, Severity.INFO, "read.title-at-end", f"标题“{_excerpt(header.title, 30)}”取自文末（网页存档或列表页把标题放在正文后面）",
               "如果不对，请在前置元数据中加 title:")
    for line in header.dropped:
        if table_rule(line.text):
            report(line.no, Severity.INFO, "layout.table-rule", f"表格的分隔行“{_excerpt(line.text, 30)}”只是排版，已删除（表格各行保留为正文）")
            continue
        report(line.no, Severity.INFO, "read.furniture", f"标题前后的网页栏目行“{_excerpt(line.text, 30)}”已删除",
               "如果这一行其实是正文，请在前置元数据中加 title:")
    blocks = classify_body(front_captions)
    for b in blocks:
        b.kind = BlockKind.CAPTION  # pictures above the headline
    blocks += classify_body(body)
    blocks, repairs, stale = join_broken_paragraphs(blocks, list(editor_joins))
    for ej in stale:
        report(
            ej.line,
            Severity.WARNING,
            "layout.stale-join",
            f"data/layout.yaml 把第 {ej.line} 行接到第 {ej.continues_at} 行，但这两行已不是本文的两个段落",
            "删除或改正 data/layout.yaml 中的这一条",
        )

    final: list[Block] = []
    n = 0
    for b in blocks:
        text = display_text(b.text)
        if not text:
            continue
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.CAPTION):
            n += 1
            final.append(Block(b.kind, text, b.lines, f"p{n}"))
        else:
            final.append(Block(b.kind, text, b.lines))
    if not any(b.kind is BlockKind.PARAGRAPH for b in final):
        report(None, Severity.ERROR, "read.no-text", "没有正文段落", "在前置元数据下面粘贴文章正文")
        return ReadResult(None, problems)

    for r in garbled + repairs:
        if r.kind == "join":
            report(r.lines[0], Severity.INFO, "layout.join", f"第 {' + '.join(map(str, r.lines))} 行接成一段：{r.reason}")
        elif r.kind == "drop-garbled":
            report(
                r.lines[0],
                Severity.INFO,
                "layout.garbled",
                f"删除第 {r.lines[0]}–{r.lines[1]} 行：{r.reason}",
            )
        else:
            report(
                r.lines[0],
                Severity.WARNING,
                "layout.fragment",
                f"第 {r.lines[0]} 行“{_excerpt(r.before[0])}”{r.reason}",
                "如果它在另一行接续，请在 data/layout.yaml 的 joins: 下加一行：- {file: "
                + rel.removeprefix("seeds/")  # the path under seeds/
                + ", line: 断开的行, continues_at: 接续的行}",
            )

    title = meta.get("title") or header.title
    if not title:  # a repost without a headline of its own: its `原标题：` line gives the original's
        original = next((m for item in furniture if (m := _ORIGINAL_TITLE_LINE.match(furniture_fold(item.text)))), None)
        if original is not None:
            item_text = next(item.text for item in furniture if _ORIGINAL_TITLE_LINE.match(furniture_fold(item.text)))
            group = next(g for g in ("title", "label_first", "bracketed") if original.group(g))
            title = item_text[original.start(group) : original.end(group)].strip()
            report(None, Severity.INFO, "read.title-original", f"标题取自“原标题”行：{_excerpt(title, 30)}",
                   "如果不对，请在前置元数据中加 title:")
    if not title:
        # the lead: the first paragraph that says more than its dateline (本報長春電 on a line of its own)
        made = next((t for b in final if b.kind is BlockKind.PARAGRAPH and (t := lead_title(b.text))), "")
        stem = printable(path.stem).strip() or "无标题"  # a file name can hold anything
        title = made or stem
        if title == stem:
            report(1, Severity.WARNING, "read.title", "没有找到标题，暂用文件名", "在前置元数据中加 title:")
        else:
            report(1, Severity.WARNING, "read.title-made", f"没有找到标题，用导语的开头“{title}”作标题",
                   "在前置元数据中加 title:")

    date = None
    if "date" in meta:
        value, precision = meta["date"]
        if "date_from_page" in meta:
            date = PublicationDate(value, precision, "web-page", False, (meta["date_from_page"],))
        else:
            date = PublicationDate(value, precision, "front-matter", False, (f"date: {value}",))
    elif header.trailer_date:
        date = PublicationDate(header.trailer_date, "day", "web-page" if header.trailer_at_top else "trailer", False,
                               (header.trailer_text,))
    # else: no line states it; extraction infers it from what the article reports (atlas/extract/pubdate.py)

    slug = meta.get("slug") or slugify(title)
    if cut_slug(slug) != slug:
        report(None, Severity.INFO, "read.slug", f"slug 太长（{len(slug)} 个字符），网址改用 /{cut_slug(slug)}/",
               f"在前置元数据中写一个不超过 {MAX_SLUG} 个字符的 slug:")
        slug = cut_slug(slug)

    article = Article(
        path=rel,
        stem=path.stem,  # the article's id; atlas/read/seeds.py makes it unique across folders
        slug=slug,
        title=display_text(title),
        subtitle=meta.get("subtitle") or header.subtitle,
        kicker=header.kicker,
        mastheads=tuple(([meta["section"]] if "section" in meta else []) + header.mastheads),
        authors=tuple(meta.get("authors") or header.authors),
        source=meta.get("source") or header.trailer_source,
        url=meta.get("url", ""),
        date=date,
        blocks=tuple(final),
        repairs=tuple(garbled + repairs),
        sha1=hashlib.sha1(data).hexdigest(),
    )
    return ReadResult(article, problems)


def _page_date(value: str):
    """A furniture line's date as parse_date gives it (value, precision), or None."""
    parts = re.findall(r"\d+", value) or _chinese_numeral_date(value)
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", value):
        parts = parts[::-1]  # 02.02.2016: day, month, year
    return parse_date("-".join(f"{int(x):02d}" for x in parts))


def _chinese_numeral_date(value: str) -> list[str]:
    """二〇二一年十二月二十日 → ["2021", "12", "20"]: the year digit by digit, month and day as numbers;
    二〇一九年六月 → ["2019", "6"] (a cover's month)."""
    m = CN_FULL_DATE.fullmatch(value.strip())
    if m:
        return [str(part) for part in chinese_numeral_date(m)]
    m = _CN_YEAR_MONTH.fullmatch(value.strip())
    return ["".join(str(NUMERAL_DIGITS[c]) for c in m.group("y")), str(chinese_number(m.group("m")))] if m else []


_CN_YEAR_MONTH = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})\s?年\s?(?P<m>十[一二]?|[一二三四五六七八九])\s?月")


def furniture_fold(text: str) -> str:
    """What furniture rules are tested on: simplified, half-width digits and marks (２０２３－０８ →
    2023-08), one character for one, so the length is `text`'s."""
    text = normalize_width(text)
    for ch in set(_WIDE_MARK.findall(text)):
        text = text.replace(ch, unicodedata.normalize("NFKC", ch))
    return simplified(text)


# a repost's `原标题：…`, a mirror's `标题:…` label (the headline printed only there)
_ORIGINAL_TITLE_LINE = re.compile(r"^(?:[【\[(（]\s*原\s*(?:标\s*)?题\s*[:：】\]]\s*(?P<bracketed>.{4,80}?)\s*[】\]）)]?"
                                  r"|原\s*标\s*题\s*[\[【《(（「]\s*(?P<label_first>[^\]】》)）」]{4,80}?)\s*[\]】》)）」]"
                                  r"|(?:原\s*(?:标\s*)?题|标题)\s*[:：]\s*(?P<title>.{4,80}?))\s*$")


# a field that says where something happens (时间：2021年8月12日 地点：长春国际会展中心): the line is an event's
_EVENT_FIELD = re.compile(r"(?:地点|地址|会场|场地|主办|承办)(?:单位)?\s*[:：]")
_OWN_LABEL = re.compile(r"发布|发表|发稿|更新|录入|入库|上传|刊发|首发")


def _keep_event_fields(raw_lines: list[str], first_line: int, furniture: list[Furniture], glued: dict[int, bool]) -> None:
    """A `时间：… 地点：…` line read as a date line is an event's fields, not the page's date: it goes back into
    the text (a page's own label, 发布时间：…, keeps it the page's)."""
    for item in [x for x in furniture if "date" in x.values and x.line not in glued]:
        folded = furniture_fold(item.text)
        if _EVENT_FIELD.search(folded) and not _OWN_LABEL.search(folded):
            raw_lines[item.line - first_line] = item.text
            furniture.remove(item)


_YEAR_ALONE = re.compile(r"\s*(?P<y>(?:19|20)\d\d)\s*年?\s*")
_MONTH_DAY_ALONE = re.compile(r"\s*(?:(?P<m>\d{1,2})\s*[/.-]\s*(?P<d>\d{1,2})|(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日)\s*")


def _join_split_header_date(raw_lines: list[str], first_line: int, furniture: list[Furniture]) -> None:
    """A header's date set over two lines of its own above the text (wp03: `2014` / `10/24`, a `09:51`
    line under them): the year line and the month-day line go, as one date line."""
    for k, line in enumerate(raw_lines):
        if _TEXT_LINE(line):
            return  # the header ends at the text
        year = _YEAR_ALONE.fullmatch(furniture_fold(line))
        if year is None:
            continue
        j = next((j for j in range(k + 1, len(raw_lines)) if raw_lines[j].strip()), None)
        day = _MONTH_DAY_ALONE.fullmatch(furniture_fold(raw_lines[j])) if j is not None else None
        if day is None:
            continue
        m, d = int(day.group("m") or day.group("m2")), int(day.group("d") or day.group("d2"))
        if not (1 <= m <= 12 and 1 <= d <= 31):
            continue
        furniture += [Furniture(first_line + k, f"{line.strip()} {raw_lines[j].strip()}", {"date": f"{year.group('y')}-{m:02d}-{d:02d}"}),
                      Furniture(first_line + j, raw_lines[j].strip(), {})]
        furniture.sort(key=lambda item: item.line)
        raw_lines[k] = raw_lines[j] = ""
        return


# a notice's signature glued to the end of its last sentence: `…目标可以实现。 建设局2008年9月21日`, or to the
# title of its attachment, which ends the notice without a full stop (rw04: `附件:2023年…中小企业认定名单长春市工业和
# 信息化局2023年9月19日,。`, the marks a converter left after it)
_GLUED_SIGNATURE = re.compile(r"(?:(?<=[。！？!?])|附件\s*\d{0,2}\s*[:：][^。：:]{2,80}?(?:名单|名录|清单|目录|一览表|明细表|汇总表|方案|办法|细则|指南|须知))"
                              r"\s*(?P<issuer>[\u4e00-\u9fff]{2,30}?)\s*"
                              r"(?P<date>\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)[\s,，。.]*$")


def _take_glued_signature(raw_lines: list[str], first_line: int, furniture: list[Furniture]) -> set[int]:
    """Cut an issuer's signature off the end of the last line of text into the furniture (the line's
    number, as a date line's); returns the lines it was cut off."""
    text_lines = [k for k, line in enumerate(raw_lines) if _TEXT_LINE(line)]
    if not text_lines:
        return set()
    k = text_lines[-1]
    m = _GLUED_SIGNATURE.search(furniture_fold(raw_lines[k]).rstrip())
    if m is None or not issuer_name(m.group("issuer")):
        return set()
    line = raw_lines[k]
    raw_lines[k] = line[: m.start("issuer")].rstrip()
    furniture.append(Furniture(first_line + k, line[m.start("issuer") : m.end()].strip(), {"date": m.group("date")}))
    furniture.sort(key=lambda item: item.line)
    return {first_line + k}


def _under_issuer(raw_lines: list[str], k: int) -> bool:
    """Does the line right above line k (blank lines aside) name an organisation alone, as a signature does?"""
    above = next((line for line in reversed(raw_lines[:k]) if line.strip()), "")
    return issuer_name(above)


_TEXT_LINE = text_line  # a line of the article's text: a sentence, not a label


_PUBLICATION_LABEL = re.compile(r"(?:发布|发表|发稿|更新|录入|入库|上传|刊发|首发)|(?<![\u4e00-\u9fff])(?:时间|日期)\s*[:：]")
_WIDE_MARK = re.compile("[\uff01-\uff0b\uff0d-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]")  # full-width marks but ，


def _excerpt(text: str, n: int = 16) -> str:
    return text if len(text) <= 2 * n else f"{text[:n]}…{text[-n:]}"
