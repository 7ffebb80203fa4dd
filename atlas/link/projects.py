"""Projects and companies across articles: one record per project and per company.

Mentions are grouped under the editors' canonical names (data/projects.yaml); a name that matches
no entry gets a page of its own and a report line suggesting the entry to add. Investment figures
are kept per source; when sources disagree the project is flagged, and no figure is preferred.
Timeline events (kb.events, when the timeline stage ran) are annotated with the projects and
companies their clause names.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal

from ..cache import ArticleCache
from ..extract.companies import Company, CompanyMention, RegisteredName
from ..extract.data import DataFiles
from ..extract.facts import ArticleFacts
from ..extract.money import Money
from ..extract.name_pairs import load_alias_words
from ..extract.project_names import DATA_FILE, ProjectCatalogue, suggest_canonical
from ..extract.projects import ProjectMention
from ..extract.topics import Vocabulary, score_text
from ..records import Problem, Severity
from ..slugs import unique_slugs
from .aliases import GroupNote, group_projects, industry_short_forms, join_stated, split_phase, stated_pairs
from .company_names import company_pair_problems, link_company_names
from .kb import KnowledgeBase

GENERAL_TOPIC = "综合"


@dataclass(frozen=True)
class NameRef:
    """A link target for templates: a project's or company's name and page."""

    name: str
    page: str


@dataclass(frozen=True)
class Investment:
    money: Money
    article: str
    block: str
    date: str  # the article's publication date ("" when unknown)
    phase: str = ""  # 一期, 二期 … when the figure is a phase's


@dataclass(frozen=True)
class PhaseRow:
    """One phase of a project (奥迪PPE一期): its row on the whole project's page."""

    phase: str
    names: tuple[str, ...]
    investments: tuple[Investment, ...]
    mentions: tuple[ProjectMention, ...]


@dataclass(frozen=True)
class Milestone:
    status: str  # 开工, 暖封闭, … (or the event's trigger verb)
    date: str  # ISO at its precision; "" when undated
    article: str
    block: str
    evidence: str  # the clause or sentence it was read from
    from_timeline: bool


# how far 约/近/左右 may stand from the figure it rounds (约36亿元 fits 36.2亿元)
_ABOUT = Decimal("0.1")


def _stated_range(money: Money) -> tuple[str, Decimal, Decimal]:
    """(currency, low, high) that a figure states: 超X is ≥ X, 不超过X ≤ X, 约X within a tenth of X."""
    value, infinite = money.value, Decimal("Infinity")
    low, high = {"exact": (value, value), "at-least": (value, infinite), "at-most": (Decimal(0), value),
                 "about": (value * (1 - _ABOUT), value * (1 + _ABOUT))}[money.qualifier]
    return money.currency, low, high


@dataclass(frozen=True)
class Project:
    name: str
    slug: str
    names: tuple[str, ...]  # every name the articles use, canonical first
    topic: str
    companies: tuple[str, ...]
    locations: tuple[str, ...]
    mentions: tuple[ProjectMention, ...]  # newest article first, then reading order
    investments: tuple[Investment, ...]
    milestones: tuple[Milestone, ...]  # dated ones, oldest first
    undated: tuple[Milestone, ...]
    in_catalogue: bool
    phases: tuple[PhaseRow, ...] = ()  # its phases' own rows (names, figures, sources), in phase order

    @property
    def page(self) -> str:
        return f"projects/{self.slug}.md"

    @property
    def investment_conflict(self) -> bool:
        """Two sources state figures for the whole that cannot both be true (a phase's figure is its own)."""
        return any(self.disagrees(i.money) for i in self.investments if not i.phase)

    def disagrees(self, money: Money) -> bool:
        """Another figure for the whole cannot be true with this one.

        Only figures in one currency are compared (26亿欧元 beside 209亿元 needs a rate, not a flag),
        each as the range it states: 超120亿元 is ≥ 120, so 125亿元 fits it and 100亿元 does not."""
        currency, low, high = _stated_range(money)
        return any(c == currency and (high < other_low or other_high < low)
                   for c, other_low, other_high in (_stated_range(i.money) for i in self.investments if not i.phase))

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.mentions))

    @property
    def latest(self) -> Milestone | None:
        return self.milestones[-1] if self.milestones else None


@dataclass(frozen=True)
class CompanyRecord:
    company: Company
    slug: str
    mentions: tuple[CompanyMention, ...]
    projects: tuple[str, ...]  # project names
    topics: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.company.name

    @property
    def page(self) -> str:
        return f"companies/{self.slug}.md"

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.mentions))


def link_projects(kb: KnowledgeBase, facts: list[ArticleFacts], data: DataFiles, cache: ArticleCache) -> None:
    """Fill kb.projects and kb.companies, annotate kb.events, and report unknown names."""
    problems: list[Problem] = list(data.names_problems)
    catalogue, companies = data.catalogue, list(data.companies)
    order = {a.stem: i for i, a in enumerate(kb.articles)}  # newest first
    dates = {a.stem: (a.date.value if a.date else "") for a in kb.articles}
    mentions: list[ProjectMention] = [m for f in facts for m in f.projects]
    linked = link_company_names(facts, companies, data.company_same, data.company_not_same, data.company_trade_words)
    companies = list(linked.companies)
    firm_mentions: list[CompanyMention] = sorted(linked.mentions, key=lambda m: (order[m.article], _block_number(m.block), m.start))
    unknown_firms: list[RegisteredName] = list(linked.unknown)
    by_article: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_article[m.article].add(m.text)
    alias_words = load_alias_words(data.root, problems)
    named_firms: dict[str, set[str]] = defaultdict(set)  # article → the companies it names
    for f in firm_mentions:
        named_firms[f.article].add(f.company)
    for m in mentions:
        named_firms[m.article].update(m.companies)
    named_firms = {a: with_units(named, companies) for a, named in named_firms.items()}
    pages, notes = group_projects(Counter(m.text for m in mentions), catalogue, data.firms,
                                  list(catalogue.same), list(catalogue.not_same), [by_article[a] for a in sorted(by_article)],
                                  alias_words, [named_firms.get(a, set()) for a in sorted(by_article)])
    firms_in: dict[tuple[str, str], list[CompanyMention]] = defaultdict(list)
    for f in firm_mentions:
        firms_in[(f.article, f.block)].append(f)
    shortened = industry_short_forms(by_article, catalogue, data.firms, pages)
    # names an article says are one (光电信息产业园一期(即CMOS相机技术与应用产业园)): the second's page joins the first's
    paragraphs = {(f.matchable.stem, b.id): b.text for f in facts for b in f.matchable.blocks if b.id}  # (simplified: 又稱)
    in_block: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
    for m in mentions:
        in_block[(m.article, m.block)].append((m.text, m.start, m.end))
    stated = [pair for where, spans in sorted(in_block.items()) if where in paragraphs
              for pair in stated_pairs(paragraphs[where], spans)]
    pages = join_stated(pages, stated, catalogue, list(catalogue.not_same), notes)

    def page_of(m: ProjectMention) -> tuple[str, str]:
        full = shortened.get((m.article, m.text))
        if full is None:
            return pages[m.text]
        return pages[full][0], split_phase(m.text)[1]

    mentions = [replace(m, canonical=_page_name(page_of(m)[0], catalogue), phase=page_of(m)[1],
                        companies=_companies_of(m, firms_in[(m.article, m.block)])) for m in mentions]
    problems += _group_problems(notes)
    mentions.sort(key=lambda m: (order[m.article], _block_number(m.block), m.start))
    problems += _unknown_project_problems(mentions, catalogue, kb)
    problems += _unknown_firm_problems(unknown_firms, kb)
    problems += company_pair_problems(linked)
    kb.projects = _projects(kb, mentions, catalogue, dates, data.vocabulary, {c.name: c.kind for c in companies}, cache)
    kb.companies = _companies(kb, companies, firm_mentions, kb.projects, cache)
    kb.project_mentions = mentions
    kb.company_mentions = firm_mentions
    _annotate_events(kb, mentions, firm_mentions)
    kb.projects = _with_timeline(kb, kb.projects, catalogue.rules.statuses)
    kb.problems.extend(problems)


def with_units(named: set[str], companies: list[Company]) -> set[str]:
    """The companies an article names and their units (`parent:` in companies.yaml): an article about
    中国一汽 is about 一汽弗迪's battery plant too, one about 宁德时代 is not."""
    return named | {c.name for c in companies if c.parent and c.parent in named}


def _companies_of(m: ProjectMention, same_block: list[CompanyMention]) -> tuple[str, ...]:
    """The companies extraction found, plus those the link stage found (registered names, short
    forms) inside the name (`same_block`: the company mentions of the mention's paragraph)."""
    found = set(m.companies)
    for f in same_block:
        if m.start <= f.start and f.end <= m.end:
            found.add(f.company)
    return tuple(sorted(found))


def _page_name(name: str, catalogue: ProjectCatalogue) -> str:
    """A catalogue entry keeps its name; a name of its own gets 项目 added when it is a bare list
    item (玲珑轮胎 → 玲珑轮胎项目)."""
    rules = catalogue.rules
    if catalogue.entry(name) or name.endswith(rules.heads + rules.complete_endings):
        return name
    return name + "项目"


def _group_problems(notes: list[GroupNote]) -> list[Problem]:
    """Each automatic merge with the line that undoes it, each doubtful pair with the line that makes it."""
    out = []
    for note in notes:
        pair = "[" + ", ".join(note.names) + "]"
        if note.merged:
            out.append(Problem(DATA_FILE, None, Severity.INFO, "projects.merged",
                               f"合并为一个项目页：{'、'.join(note.names)}（{note.reason}）",
                               f"如果它们不是同一个项目，在 {DATA_FILE} 的 `not_same:` 下加一行 `- {pair}`"))
        else:
            out.append(Problem(DATA_FILE, None, Severity.INFO, "projects.doubtful",
                               f"可能是同一个项目：{'、'.join(note.names)}（{note.reason}）",
                               f"如果它们是同一个项目，在 {DATA_FILE} 的 `same:` 下加一行 `- {pair}`"))
    return out


def _block_number(block_id: str) -> int:
    return int(block_id[1:]) if block_id[1:].isdigit() else 0


def _unknown_project_problems(mentions, catalogue: ProjectCatalogue, kb: KnowledgeBase) -> list[Problem]:
    out, seen = [], set()
    for m in mentions:
        if catalogue.canonical(m.text) or catalogue.entry(m.canonical) or m.text in seen:
            continue  # listed, or joined to a listed entry by its structure (a projects.merged line says so)
        seen.add(m.text)
        article = kb.article(m.article)
        suggestion = suggest_canonical(m.text, catalogue, catalogue.rules.heads + catalogue.rules.complete_endings)
        if catalogue.entry(suggestion):
            fix = f"如果它就是“{suggestion}”，把“{m.text}”加到 {DATA_FILE} 中该条目的 `aliases:` 里"
        elif suggestion == m.text:
            fix = f"确认它是一个项目：在 {DATA_FILE} 中加 `- name: {m.text}`；它若是另一个项目的别称，就加到那个项目的 `aliases:` 里"
        else:
            fix = f"确认它是一个项目：在 {DATA_FILE} 中加 `- name: {suggestion}` 和 `aliases: [{m.text}]`；它若是另一个项目的别称，就加到那个项目的 `aliases:` 里"
        out.append(Problem(article.path if article else m.article, _line(article, m.block), Severity.INFO, "projects.unknown",
                           f"项目名称“{m.text}”（{m.block or '标题'}）不在 {DATA_FILE} 中，" + ("自成一页" if m.canonical in (m.text, m.text + "项目") else f"归入“{m.canonical}”一页"), fix))
    return out


def _unknown_firm_problems(unknown: list[RegisteredName], kb: KnowledgeBase) -> list[Problem]:
    out, seen = [], set()
    for r in unknown:
        if r.text in seen:
            continue
        seen.add(r.text)
        article = kb.article(r.article)
        out.append(Problem(article.path if article else r.article, _line(article, r.block), Severity.INFO, "companies.unknown",
                           f"注册名称“{r.text}”（{r.block or '标题'}）不在 data/companies.yaml 中",
                           f"如果它应有自己的页面，在 data/companies.yaml 中加 `- name: …` 和 `full: {r.text}`"))
    return out


def _line(article, block_id: str) -> int | None:
    block = article.block(block_id) if article else None
    return block.lines[0] if block and block.lines else None


def _projects(kb: KnowledgeBase, mentions: list[ProjectMention], catalogue: ProjectCatalogue, dates: dict,
              vocabulary: Vocabulary, kinds: dict[str, str], cache: ArticleCache) -> list[Project]:
    groups: dict[str, list[ProjectMention]] = defaultdict(list)
    for m in mentions:
        groups[m.canonical].append(m)
    names = sorted(groups)
    slugs = dict(zip(names, unique_slugs(names, cache.slugify)))
    projects = []
    for name in names:
        group = groups[name]
        entry = catalogue.entry(name)
        investments = tuple(Investment(m.investment, m.article, m.block, dates[m.article], m.phase) for m in group if m.investment)
        phases = tuple(PhaseRow(phase, tuple(sorted({m.text for m in group if m.phase == phase})),
                                tuple(i for i in investments if i.phase == phase), tuple(m for m in group if m.phase == phase))
                       for phase in sorted({m.phase for m in group if m.phase}, key=_phase_order))
        # government bodies promote projects; they are not the companies building them
        companies = set(entry.companies if entry else ()) | {c for m in group for c in m.companies if kinds.get(c) != "government"}
        locations = {entry.location} if entry and entry.location else {loc for m in group for loc in m.locations}
        undated = tuple(Milestone(s, "", m.article, m.block, m.sentence, False) for m in group for s in m.statuses)
        projects.append(Project(
            name=name, slug=slugs[name], names=tuple(dict.fromkeys([name] + sorted({m.text for m in group}))),
            topic=(entry.topic if entry and entry.topic else _topic(kb, group, vocabulary)),
            companies=tuple(sorted(companies)), locations=tuple(sorted(locations - {""})),
            mentions=tuple(group), investments=investments, milestones=(), undated=undated, in_catalogue=entry is not None,
            phases=phases,
        ))
    return projects


_PHASE_NUMBERS = "一二三四五六七八九十"


def _phase_order(phase: str) -> tuple:
    number = phase[:-1]
    return (_PHASE_NUMBERS.index(number) + 1 if number in _PHASE_NUMBERS else int(number) if number.isdigit() else 99, phase)


def _topic(kb: KnowledgeBase, group: list[ProjectMention], vocabulary) -> str:
    """The topic its own names speak of (金赛国际医药产业园 → 生物医药); failing that, the topic
    its paragraphs score highest on; else 综合."""
    names = "、".join(sorted({m.text for m in group}))
    own = [s for s in score_text(names, vocabulary) if s.score > 0] if vocabulary else []
    if own:
        return min(own, key=lambda s: (-s.score, s.topic)).topic
    totals: dict[str, float] = defaultdict(float)
    for m in group:
        assignment = kb.topics.get((m.article, m.block))
        for t in assignment.topics if assignment else ():
            score = assignment.score(t)
            totals[t] += (score.score if score else 0) or 1.0
    return min(totals, key=lambda t: (-totals[t], t)) if totals else GENERAL_TOPIC


def _companies(kb: KnowledgeBase, companies: list[Company], firm_mentions: list[CompanyMention], projects: list[Project],
               cache: ArticleCache) -> list[CompanyRecord]:
    by_name: dict[str, list[CompanyMention]] = defaultdict(list)
    for m in firm_mentions:
        by_name[m.company].append(m)
    projects_of: dict[str, list[str]] = defaultdict(list)
    for p in projects:
        for name in p.companies:
            projects_of[name].append(p.name)
    present = [c for c in companies if by_name.get(c.name) or projects_of.get(c.name)]
    present.sort(key=lambda c: c.name)
    slugs = dict(zip([c.name for c in present], unique_slugs([c.name for c in present], cache.slugify)))
    records = []
    for c in present:
        counts: dict[str, int] = defaultdict(int)
        for m in by_name[c.name]:
            assignment = kb.topics.get((m.article, m.block))
            for t in assignment.topics if assignment else ():
                counts[t] += 1
        # the topics most of its paragraphs are on (at most three), not every topic it brushes
        topics = sorted(counts, key=lambda t: (-counts[t], t))[:3]
        records.append(CompanyRecord(c, slugs[c.name], tuple(by_name[c.name]),
                                     tuple(projects_of[c.name]), tuple(topics)))
    return records


class _MentionsByBlock:
    """The mentions of each block, and those overlapping a stretch of it found by bisection (a
    block with thousands of events and names stays linear), in the order they were given."""

    def __init__(self, mentions) -> None:
        blocks: dict[tuple[str, str], list] = defaultdict(list)
        for order, m in enumerate(mentions):
            blocks[(m.article, m.block)].append((m.start, order, m))
        self._blocks = {}
        for key, found in blocks.items():
            found.sort(key=lambda x: (x[0], x[1]))
            longest = max(m.end - m.start for _, _, m in found)
            self._blocks[key] = ([s for s, _, _ in found], found, longest)

    def overlapping(self, article: str, block: str, start: int, end: int) -> list:
        entry = self._blocks.get((article, block))
        if entry is None:
            return []
        starts, found, longest = entry
        near = found[bisect_left(starts, start - longest):bisect_left(starts, end)]  # only these can overlap
        return [m for _, _, m in sorted((x for x in near if x[2].end > start and x[2].start < end), key=lambda x: x[1])]


def _annotate_events(kb: KnowledgeBase, mentions: list[ProjectMention], firm_mentions: list[CompanyMention]) -> None:
    """Give each source of a timeline event the projects and companies its clause names, and each
    event those of all its sources."""
    project_pages = {p.name: NameRef(p.name, p.page) for p in kb.projects}
    company_pages = {c.name: NameRef(c.name, c.page) for c in kb.companies}

    by_block = _MentionsByBlock(mentions)
    firms_by_block = _MentionsByBlock(firm_mentions)

    def named_in(src, found, pages, key):
        return [pages[key(m)] for m in found.overlapping(src.article, src.block, src.start, src.end)]

    def annotated(event):
        sources = tuple(replace(
            src,
            projects=tuple(dict.fromkeys(named_in(src, by_block, project_pages, lambda m: m.canonical))),
            companies=tuple(dict.fromkeys(named_in(src, firms_by_block, company_pages, lambda m: m.company))),
        ) for src in event.sources)
        return replace(
            event, sources=sources,
            projects=tuple(dict.fromkeys(r for src in sources for r in src.projects)),
            companies=tuple(dict.fromkeys(r for src in sources for r in src.companies)),
        )

    kb.events = [annotated(event) for event in kb.events]


def _with_timeline(kb: KnowledgeBase, projects: list[Project], statuses: tuple[str, ...]) -> list[Project]:
    """Dated milestones from timeline events; status words no event dates stay undated."""
    events_of: dict[str, list] = defaultdict(list)
    for event in kb.events:
        for name in dict.fromkeys(r.name for r in event.projects):
            events_of[name].append(event)
    out = []
    for p in projects:
        dated = []
        for event in events_of[p.name]:
            src = event.sources[0]
            status = next((w for w in statuses if w in src.text), "")
            if status:  # an event that says nothing about the project's progress is not a milestone
                dated.append(Milestone(status, event.date, src.article, src.block, event.summary, True))
        dated.sort(key=lambda s: (s.date, s.article, s.block))
        covered = {(s.article, s.block, s.status) for s in dated}
        undated = tuple(u for u in p.undated if (u.article, u.block, u.status) not in covered)
        out.append(replace(p, milestones=tuple(dated), undated=undated))
    return out
