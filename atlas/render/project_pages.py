"""Project and company pages, and their indexes: the finished views templates show, then the pages.

A project or company has a page when at least two articles mention it (atlas/render/page_index.py).
Its first page gives its facts, the newest mentions quoted with their sentence, and the older
articles compactly; when there are many older articles they continue on numbered pages
(`projects/<slug>/2.md` …). The indexes (`projects/index.md`, `companies/index.md`) show the
most-cited per topic; each topic's full list, with the facts of the names that have no page and
a link to their paragraph, is `projects/by-topic/<topic>.md` (cut into `<topic>-2.md` … when long).

Templates get plain view records with links already made (relative, to `.md` files so MkDocs
checks them) and article text still raw: templates escape it with the `md` filter.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .citations import cite_page
from .excerpts import sentence_around
from .page_index import PageIndex, has_page, page_index
from .paging import PAGE_SIZES, PageSizes, chunks, numbered_paths, pager
from .site_address import absolute, page_url
from .sort_keys import date_key, investment_key, name_key

TOPIC_ORDER = ("汽车", "轨道交通", "光电信息", "生物医药", "服务企业", "综合")
GENERAL_TOPIC = "综合"
PROJECTS_INDEX = "projects/index.md"
COMPANIES_INDEX = "companies/index.md"
PROJECTS_BY_TOPIC = "projects/by-topic"  # a folder: projects/<slug>.md can never be a topic list
COMPANIES_BY_TOPIC = "companies/by-topic"
COMPANY_KINDS = {"company": "企业", "brand": "品牌", "government": "政府部门", "institute": "科研机构"}
EXCERPT_CHARS = 160  # a quoted sentence is cut to about this many characters


@dataclass(frozen=True)
class Link:
    label: str  # raw text: templates escape it
    href: str  # "" when the name has no page: shown as text


@dataclass(frozen=True)
class SourceLine:
    """One fact with the paragraph it came from: `text` is raw article text (escape it)."""

    text: str
    date: str  # ISO or ""
    article_title: str
    href: str  # to the paragraph on the article page
    paragraph: str  # p12; "" for the title or a heading
    flag: str = ""  # e.g. 与其他来源不一致

    @property
    def where(self) -> str:
        return where_in_article(self.paragraph)


@dataclass(frozen=True)
class ProjectRow:
    name: str
    href: str  # "" when the project has no page
    topic: str
    companies: tuple[Link, ...]
    locations: str
    investment: str  # e.g. "209亿元 / 358亿元"
    conflict: bool
    latest: str  # e.g. "暖封闭（2023年11月21日）"
    sources: int  # articles mentioning it
    source: Link | None  # for a project without a page: the paragraph that mentions it
    keys: tuple[str, ...] = ()  # sort keys of the six columns (atlas/render/sort_keys.py)


@dataclass(frozen=True)
class CompanyRow:
    name: str
    href: str
    full: str
    kind: str  # 企业 / 品牌 / 政府部门 / 科研机构
    articles: int
    projects: int
    source: Link | None  # for a company without a page: the paragraph that mentions it
    keys: tuple[str, ...] = ()  # sort keys of the five columns (atlas/render/sort_keys.py)


@dataclass(frozen=True)
class TopicGroup:
    """One topic of an index: its most-cited rows, and where its full list is."""

    topic: str
    topic_href: str  # its topic page, "" when it has none
    total: int
    with_page: int
    rows: tuple
    list_href: str  # the topic's full list


@dataclass(frozen=True)
class ListTab:
    label: str
    count: int
    href: str  # "" on the list's own page


@dataclass(frozen=True)
class PhaseLine:
    """One phase's row on its project's page: 一期 | 奥迪PPE一期 | its figures | where it is named."""

    phase: str
    names: str
    investment: str
    sources: tuple
    more: int


def _date(kb, stem: str) -> str:
    article = kb.article(stem)
    return article.date.value if article and article.date else ""


@dataclass(frozen=True)
class Amount:
    """One investment figure and the articles that give it (newest first, the first few)."""

    text: str
    flag: str
    sources: tuple[SourceLine, ...]
    more: int


@dataclass(frozen=True)
class Excerpt:
    """A paragraph that mentions the entity, with the sentence that does."""

    link: Link  # 第12段 → the paragraph
    name: str  # the name as printed
    sentence: str


@dataclass(frozen=True)
class ArticleMentions:
    article: Link  # title → the article page
    date: str  # ISO or ""
    excerpts: tuple[Excerpt, ...]  # quoted mentions (first page)
    paragraphs: tuple[Link, ...]  # compact: 第12段 → the paragraph (older mentions)


@dataclass(frozen=True)
class MentionPages:
    """An entity's mentions: quoted ones and the first older articles on its first page, the rest further on."""

    quoted: tuple[ArticleMentions, ...]
    pages: tuple[tuple[ArticleMentions, ...], ...]  # older articles, page by page (the first on the first page)
    paths: tuple[str, ...]  # the entity's pages: its own page, then <folder>/<slug>/2.md …


# --- helpers -------------------------------------------------------------------------------------

def topic_rank(topic: str) -> tuple:
    order = {t: i for i, t in enumerate(TOPIC_ORDER)}
    return (order.get(topic, len(order)), topic)


def company_topic(company) -> str:
    """The topic a company is listed under: the one most of its paragraphs are on."""
    return company.topics[0] if company.topics else GENERAL_TOPIC


class _Linker:
    """Links from one page to article paragraphs, with the article looked up once per stem."""

    def __init__(self, kb, rel_link, article_path):
        self.kb, self.rel_link, self.article_path = kb, rel_link, article_path
        self._paths: dict[str, str] = {}

    def article(self, stem: str):
        return self.kb.article(stem)

    def path(self, stem: str) -> str:
        p = self._paths.get(stem)
        if p is None:
            p = self._paths[stem] = self.article_path(self.kb.article(stem))
        return p

    def date(self, stem: str) -> str:
        a = self.kb.article(stem)
        return a.date.value if a and a.date else ""

    def line(self, page: str, text: str, stem: str, block: str, date: str = "", flag: str = "") -> SourceLine:
        return SourceLine(text, date, self.kb.article(stem).title, self.rel_link(page, self.path(stem), block), block, flag)

    def paragraph(self, page: str, stem: str, block: str, label: str = "") -> Link:
        title = self.kb.article(stem).title
        return Link(label or f"{title} {where_in_article(block)}", self.rel_link(page, self.path(stem), block))


def where_in_article(block: str) -> str:
    """第12段 for a paragraph; 标题 for a name in the title or a heading (block id "": no anchor)."""
    return f"第{block[1:]}段" if block else "标题"


def _latest(project, zh_date) -> str:
    if project.latest:
        return f"{project.latest.status}（{zh_date(project.latest.date)}）"
    if project.undated:
        return f"{project.undated[0].status}（日期不详）"
    return ""


def _capped(names, n: int, sep: str = "、") -> str:
    names = list(names)
    return sep.join(names[:n]) + (f"等 {len(names)} 个" if len(names) > n else "")


# --- rows of the indexes ---------------------------------------------------------------------------

def project_row(p, page: str, index: PageIndex, linker: _Linker, zh_date, sizes: PageSizes) -> ProjectRow:
    money = list(dict.fromkeys(i.money.label() for i in p.investments))
    n_articles = len(p.articles)
    href = linker.rel_link(page, index.projects[p.name]) if p.name in index.projects else ""
    source = None if href or not p.mentions else linker.paragraph(page, p.mentions[0].article, p.mentions[0].block)
    companies = tuple(Link(c, linker.rel_link(page, index.companies[c]) if c in index.companies else "") for c in p.companies[: sizes.names])
    locations = _capped(p.locations, sizes.names)
    keys = (name_key(p.name), name_key("、".join(c.label for c in companies)), name_key(locations), investment_key(p.investments),
            date_key(p.latest.date) if p.latest else "", str(n_articles))
    return ProjectRow(
        p.name, href, p.topic, companies, locations, _capped(money, sizes.sources, " / "), p.investment_conflict, _latest(p, zh_date),
        n_articles, source, keys,
    )


def company_row(c, page: str, index: PageIndex, linker: _Linker) -> CompanyRow:
    href = linker.rel_link(page, index.companies[c.name]) if c.name in index.companies else ""
    source = None if href or not c.mentions else linker.paragraph(page, c.mentions[0].article, c.mentions[0].block)
    kind = COMPANY_KINDS.get(c.company.kind, c.company.kind)
    keys = (name_key(c.name), name_key(c.company.full), name_key(kind), str(len(c.articles)), str(len(c.projects)))
    return CompanyRow(c.name, href, c.company.full, kind, len(c.articles), len(c.projects), source, keys)


def _render_index(kb, env, records, topic_of, row_of, folder: str, index_page: str, index_tpl: str, list_tpl: str,
                  noun: str, sizes: PageSizes, rel_link) -> dict[str, str]:
    """An index grouped by topic (most-cited rows per topic) and each topic's full list, in pages."""
    index = page_index(kb)
    groups: dict[str, list] = defaultdict(list)
    for r in records:
        groups[topic_of(r)].append(r)
    topics = sorted(groups, key=topic_rank)
    paths = {t: numbered_paths(f"{folder}/{index.topic_slug(t)}.md", len(chunks(groups[t], sizes.index_rows)),
                               lambda k, t=t: f"{folder}/{index.topic_slug(t)}-{k}.md") for t in topics}
    counts = {t: (len(groups[t]), sum(1 for r in groups[t] if has_page(r))) for t in topics}

    def topic_href(page: str, t: str) -> str:
        return rel_link(page, index.topics[t]) if t in index.topics else ""

    top = []
    for t in topics:
        ranked = sorted(groups[t], key=lambda r: (-len(r.articles), r.name))[: sizes.index_top]
        top.append(TopicGroup(t, topic_href(index_page, t), counts[t][0], counts[t][1],
                              tuple(row_of(r, index_page) for r in ranked), rel_link(index_page, paths[t][0])))
    pages = {index_page: env.get_template(index_tpl).render(
        groups=top, total=len(records), with_page=sum(c[1] for c in counts.values()), noun=noun)}
    tpl = env.get_template(list_tpl)
    for t in topics:
        parts = chunks(groups[t], sizes.index_rows)
        for k, (path, part) in enumerate(zip(paths[t], parts)):
            tabs = [ListTab(x, counts[x][0], "" if x == t else rel_link(path, paths[x][0])) for x in topics]
            pages[path] = tpl.render(
                topic=t, topic_href=topic_href(path, t), total=counts[t][0], with_page=counts[t][1],
                rows=[row_of(r, path) for r in part], part=k + 1, parts=len(parts), pager=pager(paths[t], k, rel_link),
                tabs=tabs, index=rel_link(path, index_page), noun=noun,
            )
    return pages


# --- an entity's mentions, in pages ----------------------------------------------------------------

def mention_pages(mentions, quote, first_page: str, folder: str, linker: _Linker, sizes: PageSizes) -> MentionPages:
    """An entity's mentions (newest article first), one per paragraph: the first `entity_excerpts`
    quoted (`quote(mention)` gives the sentence), the rest listed compactly by article,
    `entity_archive` articles a page (the first batch on the entity's own page)."""
    seen, units = set(), []
    for m in mentions:
        if (m.article, m.block) not in seen:
            seen.add((m.article, m.block))
            units.append(m)
    older_articles: dict[str, list[str]] = {}
    for m in units[sizes.entity_excerpts :]:
        older_articles.setdefault(m.article, []).append(m.block)
    batches = chunks(list(older_articles.items()), sizes.entity_archive)
    paths = numbered_paths(first_page, len(batches), lambda k: f"{folder}/{k}.md")

    def article_link(page: str, stem: str) -> Link:
        return Link(linker.article(stem).title, linker.rel_link(page, linker.path(stem)))

    quoted: dict[str, list[Excerpt]] = {}
    for m in units[: sizes.entity_excerpts]:
        quoted.setdefault(m.article, []).append(Excerpt(linker.paragraph(first_page, m.article, m.block, where_in_article(m.block)), m.text, quote(m)))
    pages = []
    for path, batch in zip(paths, batches):
        pages.append(tuple(
            ArticleMentions(article_link(path, stem), linker.date(stem), (),
                            tuple(linker.paragraph(path, stem, b, where_in_article(b)) for b in blocks))
            for stem, blocks in batch))
    return MentionPages(
        tuple(ArticleMentions(article_link(first_page, stem), linker.date(stem), tuple(ex), ()) for stem, ex in quoted.items()),
        tuple(pages), tuple(paths))


def _project_sentence(m) -> str:
    """The sentence a project mention stands in (the finder keeps it), cut around the name."""
    at = max(0, m.sentence.find(m.text))
    return sentence_around(m.sentence, at, at + len(m.text), EXCERPT_CHARS)


def _company_sentence(kb):
    def quote(m) -> str:
        article = kb.article(m.article)
        block = article.block(m.block) if article else None
        return sentence_around(block.text, m.start, m.end, EXCERPT_CHARS) if block else ""
    return quote


def _render_more(env, name: str, kind: str, mentions: MentionPages, rel_link) -> dict[str, str]:
    """The further pages of an entity's older mentions."""
    pages = {}
    tpl = env.get_template("entity_more.md.j2")
    for k in range(1, len(mentions.paths)):
        path = mentions.paths[k]
        pages[path] = tpl.render(
            name=name, kind=kind, part=k + 1, parts=len(mentions.paths), back=rel_link(path, mentions.paths[0]),
            articles=mentions.pages[k], pager=pager(mentions.paths, k, rel_link),
        )
    return pages


def _folder(page: str) -> str:
    return page[: -len(".md")]


# --- pages ------------------------------------------------------------------------------------------

def entity_citation(env, name: str, page: str, source_dates) -> str:
    """The GB/T 7714 line for a project's or company's page, dated by its newest source."""
    return cite_page(name, max((d for d in source_dates if d), default=""), absolute(env.globals["site_url"], "kb/" + page_url(page)))


def render_project_pages(kb, env, rel_link, article_path, sizes: PageSizes = PAGE_SIZES) -> dict[str, str]:
    zh_date = env.filters["zh_date"]
    index = page_index(kb)
    linker = _Linker(kb, rel_link, article_path)
    pages = _render_index(
        kb, env, kb.projects, lambda p: p.topic, lambda p, page: project_row(p, page, index, linker, zh_date, sizes),
        PROJECTS_BY_TOPIC, PROJECTS_INDEX, "projects.md.j2", "projects_list.md.j2", "项目", sizes, rel_link)
    tpl = env.get_template("project.md.j2")
    for p in kb.projects:
        if p.name not in index.projects:
            continue
        page = index.projects[p.name]
        amounts: dict[tuple, list] = {}
        for i in p.investments:
            if not i.phase:  # a phase's figure is on its own row below
                amounts.setdefault((i.money.value, i.money.currency, i.money.qualifier), []).append(i)
        mentions = mention_pages(p.mentions, _project_sentence, page, _folder(page), linker, sizes)
        dated = p.milestones[-sizes.entity_list:]
        pages[page] = tpl.render(
            project=p,
            topic=Link(p.topic, rel_link(page, index.topics[p.topic]) if p.topic in index.topics else ""),
            companies=[Link(c, rel_link(page, index.companies[c]) if c in index.companies else "") for c in p.companies[: sizes.names]],
            more_companies=max(0, len(p.companies) - sizes.names),
            locations=_capped(p.locations, sizes.names),
            n_articles=len(p.articles),
            amounts=[Amount(group[0].money.text, "与其他来源不一致" if p.disagrees(group[0].money) else "", tuple(linker.line(page, i.money.text, i.article, i.block, i.date) for i in group[: sizes.sources]),
                            len(group) - min(len(group), sizes.sources)) for group in amounts.values()],
            milestones=[(m, linker.line(page, m.evidence, m.article, m.block, m.date)) for m in dated],
            earlier_milestones=len(p.milestones) - len(dated),
            undated=[(m, linker.line(page, m.evidence, m.article, m.block)) for m in p.undated[: sizes.entity_list]],
            more_undated=max(0, len(p.undated) - sizes.entity_list),
            phases=[PhaseLine(ph.phase, "、".join(ph.names), " / ".join(dict.fromkeys(i.money.text for i in ph.investments)),
                              tuple(linker.line(page, m.text, m.article, m.block, _date(kb, m.article))
                                    for m in ph.mentions[: sizes.sources]),
                              max(0, len(ph.mentions) - sizes.sources)) for ph in p.phases],
            mentions=mentions, older=mentions.pages[0] if mentions.pages else (),
            pager=pager(mentions.paths, 0, rel_link),
            citation=entity_citation(env, p.name, page, (linker.date(m.article) for m in p.mentions)),
        )
        pages.update(_render_more(env, p.name, "项目", mentions, rel_link))
    pages.update(_company_pages(kb, env, rel_link, article_path, sizes))
    return pages


def _company_pages(kb, env, rel_link, article_path, sizes: PageSizes = PAGE_SIZES) -> dict[str, str]:
    index = page_index(kb)
    linker = _Linker(kb, rel_link, article_path)
    pages = _render_index(
        kb, env, kb.companies, company_topic, lambda c, page: company_row(c, page, index, linker),
        COMPANIES_BY_TOPIC, COMPANIES_INDEX, "companies.md.j2", "companies_list.md.j2", "企业与机构", sizes, rel_link)
    projects = {p.name: p for p in kb.projects}
    companies = {c.name: c for c in kb.companies}
    events_of: dict[str, list] = defaultdict(list)  # company → its events, oldest first
    for e in kb.events:
        for name in dict.fromkeys(r.name for r in e.companies):
            events_of[name].append(e)
    tpl = env.get_template("company.md.j2")
    quote = _company_sentence(kb)
    for c in kb.companies:
        if c.name not in index.companies:
            continue
        page = index.companies[c.name]
        parent = c.company.parent
        own = sorted((projects[n] for n in c.projects if n in projects), key=lambda p: (-len(p.articles), p.name))
        shown = []
        for p in own[: sizes.entity_list]:
            if p.name in index.projects:
                shown.append((Link(p.name, rel_link(page, index.projects[p.name])), None))
            else:
                m = p.mentions[0] if p.mentions else None
                shown.append((Link(p.name, ""), linker.paragraph(page, m.article, m.block) if m else None))
        events = []
        for e in events_of[c.name][-sizes.entity_list:]:
            src = e.sources[0]
            events.append((e, linker.paragraph(page, src.article, src.block)))
        mentions = mention_pages(c.mentions, quote, page, _folder(page), linker, sizes)
        pages[page] = tpl.render(
            company=c,
            parent=Link(parent, rel_link(page, index.companies[parent]) if parent in index.companies else "") if parent in companies else None,
            projects=shown, more_projects=len(own) - len(shown),
            projects_index=rel_link(page, PROJECTS_INDEX),
            events=events, earlier_events=len(events_of[c.name]) - len(events),
            timeline=rel_link(page, "timeline.md"),
            n_articles=len(c.articles),
            mentions=mentions, older=mentions.pages[0] if mentions.pages else (),
            pager=pager(mentions.paths, 0, rel_link),
            citation=entity_citation(env, c.name, page, (linker.date(m.article) for m in c.mentions)),
        )
        pages.update(_render_more(env, c.name, "企业与机构", mentions, rel_link))
    return pages

