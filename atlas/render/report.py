"""The build report as a page for editors: per article, what the build understood and what to fix.

Same problems as `make report` prints, grouped by file; plus the disagreements between articles
(investments, milestone dates) that the knowledge base keeps side by side. `report.md` holds the
counts, the first disagreements and the first files; further files continue on `report/2.md` ….
"""
from __future__ import annotations

from dataclasses import dataclass

from ..link import KnowledgeBase
from ..records import SEVERITY_WORD, Article, Problem, Severity
from .paging import PAGE_SIZES, PageSizes, chunks, numbered_paths, pager

REPORT_PAGE = "report.md"

DATE_SOURCE = {
    "front-matter": "前置元数据（date:）",
    "trailer": "文末报名日期行",
    "dateline": "电头（如“中新网长春2月2日电”）",
    "web-page": "网页上的发布时间",
    "inferred": "由正文推断",
    "implied": "正文以“今年”和年份写同一时间",
}


@dataclass(frozen=True)
class FileReport:
    file: str
    article: Article | None
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Disagreement:
    what: str  # 奥迪一汽新能源汽车项目 的投资额
    values: tuple[str, ...]  # "209亿元（质效齐升韧性强，2024年）"


def file_reports(kb: KnowledgeBase) -> list[FileReport]:
    by_file: dict[str, list[Problem]] = {}
    for p in kb.problems:
        by_file.setdefault(p.file, []).append(p)
    reports = [FileReport(a.path, a, tuple(by_file.pop(a.path, ()))) for a in kb.articles]
    for file in sorted(by_file):  # files that could not be read, and data files
        reports.append(FileReport(file, None, tuple(by_file[file])))
    return reports


def disagreements(kb: KnowledgeBase) -> list[Disagreement]:
    out = []
    titles = {a.stem: a.title for a in kb.articles}
    for project in kb.projects:
        if getattr(project, "investment_conflict", False):
            values = tuple(
                f"{i.money.text}（{titles.get(i.article, i.article)}，{i.date or '日期不详'}）" for i in project.investments
            )
            out.append(Disagreement(f"{project.name} 的投资额", values))
    for event in kb.events:
        if event.conflicts:
            out.append(Disagreement(f"“{event.summary}”的日期", (event.date, *event.conflicts)))
    return out


def render_report(kb: KnowledgeBase, env, rel_link, article_path, sizes: PageSizes = PAGE_SIZES) -> dict[str, str]:
    reports = file_reports(kb)
    counts = {s: sum(p.severity is s for p in kb.problems) for s in Severity}
    found = disagreements(kb)
    parts = chunks(reports, sizes.report_files)
    paths = numbered_paths(REPORT_PAGE, len(parts), lambda k: f"report/{k}.md")
    tpl = env.get_template("report.md.j2")
    pages = {}
    for k, (page, part) in enumerate(zip(paths, parts)):
        pages[page] = tpl.render(
            reports=part,
            first=k == 0, part=k + 1, parts=len(parts), files=len(reports), pager=pager(paths, k, rel_link),
            disagreements=found[: sizes.report_disagreements] if k == 0 else [],
            more_disagreements=max(0, len(found) - sizes.report_disagreements),
            downloads=rel_link(page, "downloads.md"),
            counts=counts,
            Severity=Severity,
            labels=SEVERITY_WORD,
            date_source=DATE_SOURCE,
            link=lambda a, page=page: rel_link(page, article_path(a)),
        )
    return pages
