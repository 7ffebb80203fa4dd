"""Project and company pages: the finished rows templates show, then the pages themselves.

Templates get plain view records with links already made (relative, to `.md` files so MkDocs
checks them) and article text still raw: templates escape it with the `md` filter.
"""
from __future__ import annotations

from dataclasses import dataclass

TOPIC_ORDER = ("汽车", "轨道交通", "光电信息", "生物医药", "服务企业", "综合")


@dataclass(frozen=True)
class Link:
    label: str
    href: str


@dataclass(frozen=True)
class SourceLine:
    """One fact with the paragraph it came from: `text` is raw article text (escape it)."""

    text: str
    date: str  # ISO or ""
    article_title: str
    href: str  # to the paragraph on the article page
    paragraph: str  # p12
    flag: str = ""  # e.g. 与其他来源不一致


@dataclass(frozen=True)
class ProjectRow:
    name: str
    href: str
    topic: str
    companies: tuple[Link, ...]
    locations: str
    investment: str  # e.g. "209亿元 / 358亿元"
    conflict: bool
    latest: str  # e.g. "暖封闭（2023年11月21日）"
    sources: int


def _topic_pages(kb) -> dict[str, str]:
    return {t.name: t.page for t in kb.topic_pages}


def _article_link(kb, stem, block, page, rel_link, article_path):
    article = kb.article(stem)
    return article.title, rel_link(page, article_path(article), block)


def _latest(project, zh_date) -> str:
    if project.latest:
        return f"{project.latest.status}（{zh_date(project.latest.date)}）"
    if project.undated:
        return f"{project.undated[0].status}（日期不详）"
    return ""


def project_rows(kb, page, rel_link, zh_date) -> list[ProjectRow]:
    companies = {c.name: c for c in kb.companies}
    rows = []
    for p in kb.projects:
        money = list(dict.fromkeys(i.money.label() for i in p.investments))
        rows.append(ProjectRow(
            p.name, rel_link(page, p.page), p.topic,
            tuple(Link(c, rel_link(page, companies[c].page)) for c in p.companies if c in companies),
            "、".join(p.locations), " / ".join(money), p.investment_conflict, _latest(p, zh_date), len(p.articles),
        ))
    return rows


def grouped_by_topic(rows: list[ProjectRow]) -> list[tuple[str, list[ProjectRow]]]:
    order = {t: i for i, t in enumerate(TOPIC_ORDER)}
    topics = sorted({r.topic for r in rows}, key=lambda t: (order.get(t, len(order)), t))
    return [(t, [r for r in rows if r.topic == t]) for t in topics]


def render_project_pages(kb, env, rel_link, article_path) -> dict[str, str]:
    zh_date = env.filters["zh_date"]
    pages: dict[str, str] = {}
    topic_pages = _topic_pages(kb)
    index = "projects/index.md"
    pages[index] = env.get_template("projects.md.j2").render(
        kb=kb, groups=grouped_by_topic(project_rows(kb, index, rel_link, zh_date)),
        topic_link=lambda t: rel_link(index, topic_pages[t]) if t in topic_pages else "",
    )
    companies = {c.name: c for c in kb.companies}
    for p in kb.projects:
        page = p.page
        link = lambda stem, block, page=page: _article_link(kb, stem, block, page, rel_link, article_path)

        def line(text, stem, block, date="", flag="", link=link):
            title, href = link(stem, block)
            return SourceLine(text, date, title, href, block, flag)

        events = [line(m.evidence, m.article, m.block, m.date) for m in p.milestones]
        pages[page] = env.get_template("project.md.j2").render(
            project=p,
            topic=Link(p.topic, rel_link(page, topic_pages[p.topic])) if p.topic in topic_pages else Link(p.topic, ""),
            companies=[Link(c, rel_link(page, companies[c].page)) for c in p.companies if c in companies],
            investments=[line(i.money.text, i.article, i.block, i.date, "与其他来源不一致" if p.investment_conflict else "")
                         for i in p.investments],
            milestones=list(zip(p.milestones, events)),
            undated=[(m, line(m.evidence, m.article, m.block)) for m in p.undated],
            mentions=[(m, line(m.sentence, m.article, m.block, (kb.article(m.article).date.value if kb.article(m.article).date else "")))
                      for m in p.mentions],
            articles=[Link(*link(stem, "")) for stem in p.articles],
        )
    pages.update(_company_pages(kb, env, rel_link, article_path))
    return pages


def _company_pages(kb, env, rel_link, article_path) -> dict[str, str]:
    pages = {}
    index = "companies/index.md"
    projects = {p.name: p for p in kb.projects}
    companies = {c.name: c for c in kb.companies}
    pages[index] = env.get_template("companies.md.j2").render(
        rows=[(Link(c.name, rel_link(index, c.page)), c.company, len(c.articles), len(c.projects)) for c in kb.companies],
    )
    for c in kb.companies:
        page = c.page
        by_article = {}
        for m in c.mentions:
            by_article.setdefault(m.article, []).append(m.block)
        mention_rows = []
        for stem, blocks in by_article.items():
            article = kb.article(stem)
            mention_rows.append((Link(article.title, rel_link(page, article_path(article))),
                                 [Link(b[1:], rel_link(page, article_path(article), b)) for b in dict.fromkeys(blocks)]))
        events = []
        for e in kb.events:
            if any(r.name == c.name for r in e.companies):
                src = e.sources[0]
                article = kb.article(src.article)
                events.append((e, Link(article.title, rel_link(page, article_path(article), src.block))))
        pages[page] = env.get_template("company.md.j2").render(
            company=c,
            parent=Link(c.company.parent, rel_link(page, companies[c.company.parent].page)) if c.company.parent in companies else None,
            projects=[Link(n, rel_link(page, projects[n].page)) for n in c.projects if n in projects],
            mentions=mention_rows, events=events,
        )
    return pages
