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


_MD_ESCAPES = {**{ch: "\\" + ch for ch in _BACKSLASHED}, **_ENTITIES, "\n": " "}
_MD_SPECIAL = re.compile("[" + re.escape("".join(_MD_ESCAPES)) + "]")


def _escape(match: re.Match, table=_MD_ESCAPES) -> str:
    return table[match.group()]


def md_text(text: str) -> str:
    """Escape text for use inline in Markdown (paragraphs, headings, table cells, link labels)."""
    return _MD_SPECIAL.sub(_escape, text).strip()  # (faster than str.translate on CJK text)


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
