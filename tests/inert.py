"""What "inert" means for a generated page: checked on the HTML that MkDocs' Markdown would make of it.

Each page is split from its front matter as MkDocs does and converted with the extensions of
mkdocs.yml (attribute lists, tables, toc, snippets). A page is inert when its front matter is a
mapping of plain strings, no tag outside the generator's own vocabulary comes out, no attribute is
an event handler or a script address, no attribute list from input lands on an element, and no
snippet line includes a file.
"""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

# Every tag the generator itself writes (articles, tables, timeline, SVG charts, toc permalinks).
OWN_TAGS = {
    "p", "a", "code", "strong", "em", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th",
    "td", "ul", "ol", "li", "span", "div", "button", "time", "small", "br", "hr", "svg", "g", "path", "line", "pre",
    "rect", "circle", "text", "title", "polyline", "polygon", "desc", "figure", "figcaption", "sup", "sub", "tspan",
}
OWN_ATTRIBUTES = {
    "id", "class", "href", "title", "datetime", "hidden", "type", "aria-pressed", "aria-label", "aria-hidden", "role",
    "data-topic", "data-topics", "data-timeline-filter", "data-pagefind-ignore", "data-sort", "rel", "viewbox", "xmlns", "width", "height",
    "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "d", "points", "fill", "stroke", "stroke-width",
    "stroke-dasharray", "text-anchor", "font-size", "transform", "focusable", "preserveaspectratio", "dominant-baseline",
    "style", "colspan", "align", "lang", "opacity", "tabindex", "rel", "stroke-opacity", "fill-opacity", "font-family",
    "font-weight",
}
CANARY = "CANARY-SNIPPET-INCLUDED"


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))

    handle_startendtag = handle_starttag


def plant_canary(docs: Path) -> None:
    """A file a smuggled snippet line (`--8<-- "canary.txt"`) would include."""
    (docs / "canary.txt").write_text(CANARY + "\n", encoding="utf-8")


def to_html(text: str, docs: Path) -> tuple[dict, str]:
    body, meta = get_data(text)
    md = markdown.Markdown(extensions=["attr_list", "tables", "toc", "pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets": {"base_path": [str(docs)], "check_paths": True}})
    return meta, md.convert(body)


def live_markup(rel: str, text: str, docs: Path) -> list[str]:
    """What in one generated page is not inert (empty when it is)."""
    found = []
    if text.startswith("---\n"):
        _, meta = get_data(text)
        if not meta or not isinstance(meta.get("title"), str):
            found.append(f"{rel}: front matter does not parse into a title: {text[:200]!r}")
        for key, value in (meta or {}).items():
            if isinstance(value, str) and any(c in value for c in "<>\"&"):
                found.append(f"{rel}: front matter {key} keeps a character themes print raw: {value!r}")
    try:
        _, html = to_html(text, docs)
    except Exception as exc:  # a snippet line that names a missing file, or anything else Markdown cannot take
        return [f"{rel}: Markdown fails: {type(exc).__name__}: {exc}"]
    if CANARY in html:
        found.append(f"{rel}: a snippet line included a file")
    parser = _Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        if tag not in OWN_TAGS:
            found.append(f"{rel}: live <{tag}>")
        for name, value in attrs:
            if name not in OWN_ATTRIBUTES:
                found.append(f"{rel}: attribute {name}={value!r} on <{tag}>")
            if name == "href" and value and value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                found.append(f"{rel}: script address {value!r}")
    return found
