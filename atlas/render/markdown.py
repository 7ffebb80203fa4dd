"""Safe Markdown from article text: text is data, never markup.

Every string that comes from an article passes through `md_text` (inline) before it reaches a
template, so `*`, `_`, `[`, `#`, `|`, `<`, `{` and friends are shown literally and no pasted HTML,
link or attribute list can reach the page.
"""
from __future__ import annotations

import json
import re

_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "|": "&#124;",
    "{": "&#123;",
    "}": "&#125;",
    "~": "&#126;",
    "^": "&#94;",
    "=": "&#61;",
    ":": "&#58;",
}
_BACKSLASHED = set("\\`*_[]()#+-.!")
_LINE_START = re.compile(r"^(\s*)")


def md_text(text: str) -> str:
    """Escape text for use inline in Markdown (paragraphs, headings, table cells, link labels)."""
    out = []
    for ch in text.replace("\n", " "):
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _BACKSLASHED:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out).strip()


_META_SAFE = str.maketrans({"<": "＜", ">": "＞", '"': "＂", "&": "＆", "'": "＇", "\n": " "})


def yaml_str(text: str) -> str:
    """A YAML scalar for page front matter (title, description).

    Themes copy these into HTML attributes and <title> without escaping, so the characters that
    could end an attribute or open a tag are replaced by their full-width look-alikes.
    """
    return json.dumps(text.translate(_META_SAFE), ensure_ascii=False)


def html_attr(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )
