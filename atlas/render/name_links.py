"""Article text with every recognised project and company name linked to its page.

The text is cut at the names, each piece escaped with `md_text`, and the links built around the
escaped pieces, so article text still cannot inject markup. Project names win over the company
names inside them (奥迪一汽新能源汽车项目 links to the project, not to 奥迪一汽).
"""
from __future__ import annotations

from .markdown import md_text


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
    project_pages = {p.name: p.page for p in getattr(kb, "projects", None) or []}
    company_pages = {c.name: c.page for c in getattr(kb, "companies", None) or []}
    spans = []
    for m in getattr(kb, "project_mentions", None) or []:
        if m.article == article.stem and m.block == block.id and m.canonical in project_pages:
            spans.append((m.start, m.end, project_pages[m.canonical], _title(f"项目：{m.canonical}")))
    for m in getattr(kb, "company_mentions", None) or []:
        if m.article == article.stem and m.block == block.id and m.company in company_pages:
            if not any(s < m.end and m.start < e for s, e, _, _ in spans):
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


def _title(text: str) -> str:
    """A link title: no character that could end the quoted title or escape it."""
    return text.translate(str.maketrans({'"': "＂", "\\": "＼", "\n": " "}))
