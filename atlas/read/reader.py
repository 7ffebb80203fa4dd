"""Read one file of seeds/ into an `Article`: decode, front matter, headline block, layout repair."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..extract.pubdate import infer_publication_date
from ..records import Article, Block, BlockKind, Problem, PublicationDate, ReadResult, Severity
from ..slugs import slugify
from ..text import display_text
from .decode import DecodeError, decode_bytes
from .frontmatter import parse_date, split_front_matter
from .layout import EditorJoin, drop_garbled_duplicates, join_broken_paragraphs, source_lines
from .structure import classify_body, split_header
from .webpage import FurnitureRule, find_furniture, strip_html

ARTICLE_SUFFIXES = (".txt", ".md")


def read_article(
    path: Path, root: Path, editor_joins: list[EditorJoin] = (), furniture_rules: list[FurnitureRule] = ()
) -> ReadResult:
    rel = path.relative_to(root).as_posix()
    problems: list[Problem] = []

    def report(line, severity, code, message, fix=""):
        problems.append(Problem(rel, line, severity, code, message, fix))

    data = path.read_bytes()
    if not data.strip():
        report(None, Severity.ERROR, "read.empty", "the file is empty", "paste the article text into it, or delete the file")
        return ReadResult(None, problems)
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        report(None, Severity.ERROR, "read.encoding", f"cannot be read: it {exc}", "open it in an editor and save it as UTF-8")
        return ReadResult(None, problems)
    if decoded.note:
        report(None, Severity.INFO, "read.encoding", f"read as {decoded.note}")

    fm = split_front_matter(decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
    for line, message, fix in fm.errors:
        report(line, Severity.ERROR, "read.front-matter", message, fix)
    if fm.errors:
        return ReadResult(None, problems)
    meta = dict(fm.values)
    body_text = fm.body
    unmarked = strip_html(body_text)
    if unmarked is not None:
        body_text = unmarked.text
        dropped = f"; link addresses dropped (their words kept): {', '.join(unmarked.links[:5])}" if unmarked.links else ""
        report(None, Severity.INFO, "read.html", f"HTML markup removed ({unmarked.tags} tags, scripts and styles with their content){dropped}",
               "paste the text without markup if words are missing")

    raw_lines = body_text.split("\n")
    furniture = find_furniture([(fm.body_first_line + k, t) for k, t in enumerate(raw_lines)], list(furniture_rules))
    for item in furniture:
        raw_lines[item.line - fm.body_first_line] = ""
        taken = []
        for field_name, value in item.values.items():
            if field_name in meta:
                continue
            if field_name == "date":
                parsed = parse_date("-".join(f"{int(x):02d}" for x in re.findall(r"\d+", value)))
                if parsed:
                    meta["date"] = parsed
                    meta["date_from_page"] = item.text
                    taken.append(f"date {parsed[0]}")
            elif field_name == "authors":
                meta["authors"] = tuple(x for x in re.split(r"[\s、，,]+", value) if x)
                taken.append("authors")
            else:
                meta[field_name] = value
                taken.append(field_name)
        what = f"used as {', '.join(taken)}" if taken else "dropped"
        report(item.line, Severity.INFO, "read.furniture", f"web-page line `{item.text}` {what}",
               "edit data/furniture.yaml if this line is article text")

    lines = source_lines("\n".join(raw_lines), fm.body_first_line)
    lines, garbled = drop_garbled_duplicates(lines)
    header, front_captions, body = split_header(lines)
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
            f"data/layout.yaml joins line {ej.line} to line {ej.continues_at}, but these are not two paragraphs of this file any more",
            "remove or correct that entry in data/layout.yaml",
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
        report(None, Severity.ERROR, "read.no-text", "has no paragraphs of text", "paste the article body below the front matter")
        return ReadResult(None, problems)

    for r in garbled + repairs:
        if r.kind == "join":
            report(r.lines[0], Severity.INFO, "layout.join", f"joined lines {' + '.join(map(str, r.lines))}: {r.reason}")
        elif r.kind == "drop-garbled":
            report(
                r.lines[0],
                Severity.INFO,
                "layout.garbled",
                f"dropped lines {r.lines[0]}–{r.lines[1]}: {r.reason}",
            )
        else:
            report(
                r.lines[0],
                Severity.WARNING,
                "layout.fragment",
                f"line {r.lines[0]} `{_excerpt(r.before[0])}` {r.reason}",
                "if it continues at another line, add `- {file: "
                + path.name
                + ", line: N, continues_at: M}` under joins: in data/layout.yaml",
            )

    title = meta.get("title") or header.title or path.stem
    if not (meta.get("title") or header.title):
        report(1, Severity.WARNING, "read.title", "no headline found; the file name is used as title", "add `title:` in front matter")

    date = None
    if "date" in meta:
        value, precision = meta["date"]
        if "date_from_page" in meta:
            date = PublicationDate(value, precision, "web-page", False, (meta["date_from_page"],))
        else:
            date = PublicationDate(value, precision, "front-matter", False, (f"date: {value}",))
    elif header.trailer_date:
        date = PublicationDate(header.trailer_date, "day", "trailer", False, (header.trailer_text,))
    else:
        date = infer_publication_date([b.text for b in final if b.kind is BlockKind.PARAGRAPH])
        if date is None:
            report(
                None,
                Severity.WARNING,
                "date.unknown",
                "the publication date is not stated and the text gives no year to infer it from; "
                "relative dates (今年, 7月16日) are shown as uncertain",
                "add `date: YYYY-MM-DD` in front matter",
            )
        else:
            report(
                None,
                Severity.INFO,
                "date.inferred",
                f"publication year {date.value} inferred from {'、'.join(date.evidence)}",
                "add `date:` in front matter if you know the exact date",
            )

    article = Article(
        path=rel,
        stem=path.stem,
        slug=meta.get("slug") or slugify(title),
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


def _excerpt(text: str, n: int = 16) -> str:
    return text if len(text) <= 2 * n else f"{text[:n]}…{text[-n:]}"
