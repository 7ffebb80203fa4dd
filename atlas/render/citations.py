"""How to cite a page: GB/T 7714-2015 lines and a BibTeX entry, built from what the site knows.

- The original article, as a newspaper article: `作者. 题名: 副题[N]. 报纸名, 出版日期.` — `[N/OL]`
  with `[引用日期]. URL.` when the editor gave the original's address. An inferred publication date
  is an estimate, written in square brackets as the standard writes estimated years (`[2024]`).
- This site's page, as an online resource: `长春产业知识库. 题名[EB/OL]. (更新日期)[引用日期]. URL.`,
  the update date being the article's date (or, for a project or company, its newest source).
- BibTeX (`@article`) for the original article.

The 引用日期 (date of access) is the reader's: the build writes no "today", so the same inputs
give the same pages, and the line says `[引用日期]` for the reader to fill in.

Lines are shown in Markdown code blocks (Material puts a copy button on them); code blocks show
text literally, so the only thing to keep out of a value is a line break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Article
from .sources import web_address

SITE_NAME = "长春产业知识库"
ACCESS_DATE = "[引用日期]"
MAX_AUTHORS = 3  # GB/T 7714-2015 8.1.2: the first three, then ", 等"


@dataclass(frozen=True)
class Citation:
    original: str  # GB/T 7714 line for the original article ("" on pages that are not articles)
    page: str  # GB/T 7714 line for this site's page
    bibtex: tuple[str, ...] = ()  # BibTeX lines for the original article


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _title(article: Article) -> str:
    subtitle = _one_line(article.subtitle).lstrip("—－-– ").strip()
    return _one_line(article.title) + (f": {subtitle}" if subtitle else "")


def _authors(names) -> str:
    names = [_one_line(n) for n in names if _one_line(n)]
    return ", ".join(names[:MAX_AUTHORS]) + (", 等" if len(names) > MAX_AUTHORS else "")


def _date(article: Article) -> str:
    d = article.date
    if d is None:
        return "[出版日期不详]"
    return f"[{d.value}]" if d.inferred else d.value


def cite_article(article: Article, page_address: str) -> Citation:
    """The original article and its page on this site (`page_address`: the page's public address)."""
    authors = _authors(article.authors)
    url = web_address(article.url)
    publisher = _one_line(article.source) or "[出版者不详]"
    head = f"{authors}. " if authors else ""
    if url:
        original = f"{head}{_title(article)}[N/OL]. {publisher}, {_date(article)}{ACCESS_DATE}. {url}."
    else:
        original = f"{head}{_title(article)}[N]. {publisher}, {_date(article)}."
    return Citation(original, cite_page(_title(article), article.date.value if article.date else "", page_address),
                    bibtex_entry(article, url or page_address))


def cite_page(title: str, updated: str, page_address: str) -> str:
    """A page of this site as an online resource; `updated` is "" when no date is known."""
    when = f"({updated})" if updated else ""
    return f"{SITE_NAME}. {_one_line(title)}[EB/OL]. {when}{ACCESS_DATE}. {page_address}."


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
                   "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_BIBTEX_RE = re.compile("[" + re.escape("".join(_BIBTEX_SPECIAL)) + "]")


def _bib(text: str) -> str:
    return _BIBTEX_RE.sub(lambda m: _BIBTEX_SPECIAL[m.group()], _one_line(text))


def bibtex_entry(article: Article, url: str) -> tuple[str, ...]:
    """An @article entry keyed by the page's slug; `date` at its known precision (biblatex), `year`
    and `month` for classic BibTeX; an inferred date is said so in `note`."""
    fields = []
    if article.authors:
        fields.append(("author", " and ".join(_bib(a) for a in article.authors)))
    fields.append(("title", _bib(_title(article))))
    if article.source:
        fields.append(("journal", _bib(article.source)))
    d = article.date
    if d is not None:
        fields.append(("date", d.value))
        fields.append(("year", d.value[:4]))
        if len(d.value) >= 7:
            fields.append(("month", str(int(d.value[5:7]))))
    fields.append(("url", url))
    if d is not None and d.inferred:
        fields.append(("note", f"发表日期据文中日期推断，不早于 {d.not_before}" if d.not_before else "发表日期据文中日期推断"))
    body = [f"  {name} = {{{value}}}," for name, value in fields]
    return (f"@article{{{article.slug},", *body, "}")
