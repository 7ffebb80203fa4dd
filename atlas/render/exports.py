"""Data downloads: the knowledge base as CSV and JSON files for spreadsheets and scripts.

One file pair per kind of record the knowledge base holds (a kind with no records gets no file).
Each kind has its own flat columns, described in Chinese on the downloads page; lists are joined
with ；in CSV and stay lists in JSON (one record a line). CSV starts with a BOM so
Excel opens the Chinese correctly. Rows keep the knowledge base's own (sorted) order.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from ..link import KnowledgeBase
from ..link.indicators import IndicatorSeries
from .database import DATABASE, render_database
from .sources import ARTICLE_COLUMNS, article_rows

DOWNLOADS = "downloads"

INDICATOR_COLUMNS = {
    "indicator": "指标编号（data/indicators.yaml 中的 id）",
    "name": "指标名称",
    "topic": "所属产业主题（空＝综合）",
    "kind": "level＝存量，flow＝一段时间的总量，rate＝同比增速",
    "period": "时期，ISO 格式：2023、2022-08-10，区间写作 2024-01/2024-10",
    "period_from": "时期的出处：text＝文中的时间说法，publication＝文中未写时间、按发表时间",
    "period_phrase": "文中的时间说法（如“1至10月”）",
    "value": "数值（以 unit 为单位）",
    "unit": "单位",
    "conflict": "同一时期另有不同数值时为 true",
    "article": "出处文章（seeds/ 中的文件名，不含扩展名）",
    "paragraph": "出处段落编号（文章页上的 #p12 锚点）",
    "text": "数字在原文中的写法",
    "context": "数字连同前后的词",
}


@dataclass(frozen=True)
class Download:
    name: str  # e.g. "indicators"
    title: str  # 指标序列
    columns: tuple[tuple[str, str], ...]  # (column, description)
    rows: int


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return "；".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return "\ufeff" + buf.getvalue()


def _json(rows: list[dict]) -> str:
    """A JSON list with one record a line: easy to read, to diff, and quick to write; no spaces
    after , and : (thousands of records repeat every key)."""
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows) + "\n]\n"


def indicator_rows(kb: KnowledgeBase) -> list[dict]:
    rows = []
    for series in kb.indicators:
        if not isinstance(series, IndicatorSeries):
            continue
        ind = series.indicator
        for point in series.points:
            for s in point.sources:
                rows.append({
                    "indicator": ind.id, "name": ind.name, "topic": ind.topic, "kind": ind.kind,
                    "period": point.period.iso, "period_from": point.period.source, "period_phrase": point.period.phrase,
                    "value": point.value_text, "unit": ind.unit, "conflict": point.conflict,
                    "article": s.article, "paragraph": s.block, "text": s.text, "context": s.context,
                })
    return rows


def event_rows(kb: KnowledgeBase) -> list[dict]:
    rows = []
    for e in kb.events:
        for src in e.sources:
            rows.append({
                "date": e.date, "precision": e.precision, "certain": e.certain, "plan": e.plan,
                "summary": e.summary, "action": e.action, "topics": list(e.topics),
                "projects": [x.name for x in src.projects],
                "companies": [x.name for x in src.companies],
                "conflicts": list(e.conflicts), "article": src.article, "paragraph": src.block,
                "expression": src.expression, "text": src.text,
            })
    return rows


EVENT_COLUMNS = {
    "date": "日期，ISO 格式，按原文精度：2023-11-21、2023-11、2023、2023-H2（下半年）、2023-Q3，区间写作 开始/结束",
    "precision": "日期精度：day 日、month 月、quarter 季、half 半年、year 年、range 区间",
    "certain": "false＝年份由推断的发表时间得出，不确定",
    "plan": "true＝计划或预期中的事",
    "summary": "事件（原文分句）",
    "action": "据以认定为事件的动词（开工、签约、印发…）",
    "topics": "所属产业主题，以“；”分隔",
    "projects": "这一出处原文提到的项目，以“；”分隔（同一事件各行合起来是它涉及的全部项目）",
    "companies": "这一出处原文提到的企业，以“；”分隔",
    "conflicts": "其他文章给同一件事的不同日期",
    "article": "出处文章（seeds/ 中的文件名，不含扩展名）；同一事件有几处出处就有几行",
    "paragraph": "出处段落编号（文章页上的 #p12 锚点）",
    "expression": "日期在原文中的说法",
    "text": "出处原文",
}


def project_rows(kb: KnowledgeBase) -> list[dict]:
    rows = []
    for p in kb.projects:
        latest = p.milestones[-1] if p.milestones else None
        rows.append({
            "project": p.name, "names": list(p.names), "topic": p.topic, "companies": list(p.companies),
            "locations": list(p.locations),
            "investments": [f"{i.money.text}（{i.article} #{i.block}）" for i in p.investments],
            "latest_status": latest.status if latest else "", "latest_status_date": latest.date if latest else "",
            "mentions": len(p.mentions), "articles": sorted({m.article for m in p.mentions}),
            "in_catalogue": p.in_catalogue,
        })
    return rows


PROJECT_COLUMNS = {
    "project": "项目规范名称（data/projects.yaml）",
    "names": "文章中出现过的各种叫法",
    "topic": "所属产业主题",
    "companies": "相关企业",
    "locations": "地点",
    "investments": "各篇文章所说的投资额及出处；说法不一时全部列出",
    "latest_status": "最近一次有日期的进展（开工、封顶、投产…）",
    "latest_status_date": "该进展的日期",
    "mentions": "被提及的次数",
    "articles": "提及它的文章",
    "in_catalogue": "false＝自动识别、尚未收入编辑维护的项目表",
}


def company_rows(kb: KnowledgeBase) -> list[dict]:
    rows = []
    for c in kb.companies:
        rows.append({
            "company": c.company.name, "full_name": c.company.full, "aliases": list(c.company.aliases), "mentions": len(c.mentions),
            "articles": sorted({m.article for m in c.mentions}), "projects": list(c.projects), "topics": list(c.topics),
        })
    return rows


COMPANY_COLUMNS = {
    "company": "企业或机构的通用名称（data/companies.yaml）",
    "full_name": "注册全称",
    "aliases": "其他叫法",
    "mentions": "被提及的次数",
    "articles": "提及它的文章",
    "projects": "相关项目",
    "topics": "所属产业主题",
}

_KINDS = (
    ("articles", "文章（出处与原文地址）", article_rows, ARTICLE_COLUMNS),
    ("events", "大事记（时间线）", event_rows, EVENT_COLUMNS),
    ("projects", "项目", project_rows, PROJECT_COLUMNS),
    ("companies", "企业", company_rows, COMPANY_COLUMNS),
    ("indicators", "指标序列（每行一个数值及其出处）", indicator_rows, INDICATOR_COLUMNS),
)


def export_tables(kb: KnowledgeBase, page_address=lambda article: "") -> list[tuple[str, str, dict, list[dict]]]:
    """(name, title, columns, rows) of every kind that has records; `page_address(article)` is the
    article page's public address (the articles table)."""
    tables = []
    for name, title, rows_of, columns in _KINDS:
        rows = rows_of(kb, page_address) if rows_of is article_rows else rows_of(kb)
        if rows:
            tables.append((name, title, columns, rows))
    return tables


def render_exports(kb: KnowledgeBase, page_address=lambda article: "") -> tuple[dict[str, str], list[Download]]:
    """{path under docs/kb/: text} for every download, and what the downloads page says about them.

    CSV is flat (lists joined with ；) for spreadsheets; JSON has the same rows for scripts.
    A kind with no records gets no file.
    """
    files: dict[str, str | bytes] = {}
    downloads: list[Download] = []
    tables = export_tables(kb, page_address)
    for name, title, columns, rows in tables:
        files[f"{DOWNLOADS}/{name}.csv"] = _csv(list(columns), rows)
        files[f"{DOWNLOADS}/{name}.json"] = _json(rows)
        downloads.append(Download(name, title, tuple(columns.items()), len(rows)))
    if tables:
        files[f"{DOWNLOADS}/{DATABASE}"] = render_database(tables)  # the same tables, as SQLite (bytes)
    return files, downloads


def render_download_pages(kb: KnowledgeBase, env, page_address=lambda article: "") -> dict[str, str]:
    """The download files and the page that describes them (downloads.md)."""
    files, downloads = render_exports(kb, page_address)
    database = f"{DOWNLOADS}/{DATABASE}"
    files["downloads.md"] = env.get_template("downloads.md.j2").render(
        downloads=downloads, folder=DOWNLOADS, database=DATABASE if database in files else "")
    return files
