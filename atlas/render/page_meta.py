"""Front matter every generated page gets once all pages are rendered: when it last changed
(`lastmod`, for the sitemap) and the trail of pages above it (`crumbs`, for the breadcrumbs).

- `lastmod` (YYYY-MM-DD, the first day an article is known to have been out: see
  atlas/render/dates.py first_known_day): a page is as new as the newest article it draws on, so
  it is the latest date among the articles it links to, or, for a page that links none (downloads,
  indicators, report), the newest article's date. Article pages carry their own date
  (templates/article.md.j2) and are left alone, as are pages whose sources have no date at all.
  hooks/lastmod.py hands it to MkDocs, which writes it as the sitemap's `<lastmod>`; without the
  hook (Zensical), the build date (SOURCE_DATE_EPOCH).
- `crumbs`: [title, site path] from the home page down to the page's parent; a parent is the page
  of each folder above (`projects/x/2.md` → `projects/x.md` → `projects/index.md`). Generated pages
  are not in the nav, so Material's breadcrumbs (the nav ancestors) would be empty on them;
  overrides/partials/path.html shows these instead.
"""
from __future__ import annotations

import json
import posixpath
import re

from .markdown import yaml_str
from .site_address import page_url

HOME = ("首页", "")  # docs/index.md, as the nav names it
_FRONT = re.compile(r"\A---\n(.*?)^---\n", re.S | re.M)
_TITLE = re.compile(r"^title: (.*)$", re.M)
_LINK_TARGET = re.compile(r"\]\(([^()\s#]+\.md)[#)]")  # Markdown link targets (relative, generated)


def _title(text: str) -> str:
    m = _FRONT.match(text)
    t = _TITLE.search(m.group(1)) if m else None
    if not t:
        return ""
    try:
        return json.loads(t.group(1))
    except ValueError:
        return t.group(1).strip()


def parents(path: str, pages) -> list[str]:
    """The generated pages above `path`, top first."""
    parts = path[: -len(".md")].split("/")
    if parts[-1] == "index":
        parts = parts[:-1]  # a folder's own page: its parents start one folder up
    found = []
    for i in range(len(parts) - 1, 0, -1):
        folder = "/".join(parts[:i])
        found += [c for c in (f"{folder}/index.md", f"{folder}.md") if c in pages and c != path][:1]
    return found[::-1]


def crumbs_line(trail: list[tuple[str, str]]) -> str:
    return "crumbs: [" + ", ".join(f"[{yaml_str(t)}, {yaml_str(p)}]" for t, p in trail) + "]"


def linked_pages(path: str, text: str) -> set[str]:
    """The generated pages `text` links to, as paths beside `path` (docs/kb/-relative)."""
    here = path.rpartition("/")[0]
    return {posixpath.normpath(posixpath.join(here, target)) for target in _LINK_TARGET.findall(text)}


def add_page_meta(pages: dict[str, str], article_dates: dict[str, str], skip: set[str], folder: str = "kb") -> None:
    """Add `lastmod` and `crumbs` to the front matter of every generated Markdown page but `skip`
    (the article pages) and snippets (`_*.md`). `article_dates`: article page path → ISO date of
    the dated articles (YYYY-MM-DD)."""
    newest = max(article_dates.values(), default="")
    titles = {}
    for path, text in list(pages.items()):
        if not path.endswith(".md") or path in skip or path.rpartition("/")[2].startswith("_"):
            continue
        m = _FRONT.match(text)
        if not m:
            continue
        dates = [article_dates[p] for p in linked_pages(path, text) if p in article_dates]
        lines = []
        lastmod = max(dates, default=newest)
        if lastmod:
            lines.append(f"lastmod: {yaml_str(lastmod)}")
        above = parents(path, pages)
        if above:
            for p in above:
                if p not in titles:
                    titles[p] = _title(pages[p])
            lines.append(crumbs_line([HOME] + [(titles[p], f"{folder}/{page_url(p)}") for p in above]))
        if lines:
            pages[path] = text[: m.end(1)] + "\n".join(lines) + "\n" + text[m.end(1):]
