"""Article text with every recognised project and company name linked to its page, when it has one.

The text is cut at the names, each piece escaped with `md_text`, and the links built around the
escaped pieces, so article text still cannot inject markup. Project names win over the company
names inside them (奥迪一汽新能源汽车项目 links to the project, not to 奥迪一汽). A name mentioned in
a single article has no page (atlas/render/page_index.py) and stays plain text.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .markdown import md_text
from .page_index import page_index


def _escape_keep_spaces(piece: str) -> str:
    """md_text strips outer spaces; a piece between two links must keep them."""
    if not piece.strip():
        return " " if piece else ""
    lead = " " if piece[:1].isspace() else ""
    tail = " " if piece[-1:].isspace() else ""
    return lead + md_text(piece) + tail


def linked_text(kb, article, block, page: str, rel_link) -> str:
    if not block.id:
        return md_text(block.text)  # headings: links would change their anchors
    index = mention_index(kb)
    pages = page_index(kb)
    project_pages, company_pages = pages.projects, pages.companies
    spans = []
    for m in index.projects.get((article.stem, block.id), ()):
        if m.canonical in project_pages:
            spans.append((m.start, m.end, project_pages[m.canonical], _title(f"项目：{m.canonical}")))
    for m in index.companies.get((article.stem, block.id), ()):
        if m.company in company_pages:
            # a company name inside a project name belongs to the project, linked or not
            if not any(m.start < p.end and p.start < m.end for p in index.projects.get((article.stem, block.id), ())):
                spans.append((m.start, m.end, company_pages[m.company], _title(f"企业：{m.company}")))
    if not spans:
        return md_text(block.text)
    spans.sort()
    out, pos = [], 0
    for start, end, target, title in spans:
        if start < pos:
            continue
        out.append(_escape_keep_spaces(block.text[pos:start]))
        out.append(f'[{md_text(block.text[start:end])}]({rel_link(page, target)} "{title}"){{: .name-link }}')
        pos = end
    out.append(_escape_keep_spaces(block.text[pos:]))
    return "".join(out).strip()


@dataclass
class MentionIndex:
    projects: dict  # (article stem, block id) → project mentions in it
    companies: dict


_INDEXES: dict[int, tuple[object, MentionIndex]] = {}


def mention_index(kb) -> MentionIndex:
    """Mentions grouped by paragraph, built once per knowledge base (not once per paragraph)."""
    cached = _INDEXES.get(id(kb))
    if cached and cached[0] is kb:
        return cached[1]
    projects, companies = defaultdict(list), defaultdict(list)
    for m in kb.project_mentions:
        projects[(m.article, m.block)].append(m)
    for m in kb.company_mentions:
        companies[(m.article, m.block)].append(m)
    index = MentionIndex(projects, companies)
    _INDEXES.clear()
    _INDEXES[id(kb)] = (kb, index)
    return index


def _title(text: str) -> str:
    """A link title: no character that could end the quoted title or escape it."""
    return text.translate(str.maketrans({'"': "＂", "\\": "＼", "\n": " "}))
