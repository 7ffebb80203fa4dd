"""MkDocs hook: the sitemap's <lastmod> is each page's own date, not the build date.

MkDocs writes `page.update_date` into sitemap.xml, and sets it to the build date (SOURCE_DATE_EPOCH).
The generator writes `lastmod` in each generated page's front matter: the article's date, or a
derived page's newest source (atlas/render/page_meta.py); this hook hands it to MkDocs. A
convenience like every hook: without it (Zensical ignores hooks/, and writes no <lastmod>) the
site builds the same, and MkDocs' sitemap says the build date.
"""
from __future__ import annotations

import re


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    lastmod = str(page.meta.get("lastmod") or "")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod):  # MkDocs reads update_date as an ISO date
        page.update_date = lastmod
    return markdown
