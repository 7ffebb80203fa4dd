"""Safe Markdown from article text: text is data, never markup.

Every string that comes from an article or a data file passes through one of these before it
reaches a page, by the filter named for its place in the template: `md` (Markdown text: `*`, `_`,
`[`, `#`, `|`, `<`, `{` and friends are shown literally, so no pasted HTML, link or attribute list
can reach the page), `code` (a code span: file names), `yaml` (page front matter) and `attr` (an
HTML attribute). Values that render modules build from several pieces (a timeline entry, a link
label) are made of pieces escaped the same way (tests/test_hostile_inputs.py builds every page
with hostile values in every field).
"""
from __future__ import annotations

import json
import re

from ..text import CONTROL_CHARACTERS, printable

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


# Control characters (none should arrive: reading removes them, but a data file may hold one) go,
# in the same pass: a DEL or U+FFFE in a page breaks its YAML front matter, a U+202E reorders it.
_DROPPED = dict.fromkeys(CONTROL_CHARACTERS, "")
_MD_ESCAPES = {**_DROPPED, **{ch: "\\" + ch for ch in _BACKSLASHED}, **_ENTITIES, "\n": " "}
_MD_SPECIAL = re.compile("[" + re.escape("".join(_MD_ESCAPES)) + "]")


def _escape(match: re.Match, table=_MD_ESCAPES) -> str:
    return table[match.group()]


def md_text(text: str) -> str:
    """Escape text for use inline in Markdown (paragraphs, headings, table cells, link labels)."""
    return _MD_SPECIAL.sub(_escape, text).strip()  # (faster than str.translate on CJK text)


_META_SAFE = str.maketrans({**_DROPPED, "<": "＜", ">": "＞", '"': "＂", "&": "＆", "'": "＇", "\n": " "})


def yaml_str(text: str) -> str:
    """A YAML scalar for page front matter (title, description).

    Themes copy these into HTML attributes and <title> without escaping, so the characters that
    could end an attribute or open a tag are replaced by their full-width look-alikes.
    """
    return json.dumps(text.translate(_META_SAFE), ensure_ascii=False)


_LONGEST_TICKS = re.compile(r"`+")
_LINE_BREAKS = re.compile(r"\s*[\n\r\x0b\x0c\x85\u2028\u2029]\s*")


def code_span(text: str) -> str:
    """`text` as one inline code span, whole: fenced with more backticks than any run inside it (a
    file name may hold backticks), on one line (a line break could start a snippet or HTML block)."""
    text = printable(_LINE_BREAKS.sub(" ", text))  # what cannot be shown is shown as \\x1b
    fence = "`" * (max((len(m) for m in _LONGEST_TICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_QUOTED_CODE = re.compile(r"`([^`\n]+)`")


def md_with_code(text: str) -> str:
    """A report line that quotes YAML in backquotes (`在 data/projects.yaml 中加 `- name: X``): the
    quoted parts shown as code spans, the rest escaped as `md_text`; a lone backquote stays text."""
    def plain(part: str) -> str:  # md_text trims: the spaces the line had around a quote are kept
        escaped = md_text(part)
        return (" " if escaped and part[:1].isspace() else "") + escaped + (" " if escaped and part[-1:].isspace() else "")

    out, at = [], 0
    for m in _QUOTED_CODE.finditer(text):
        out += [plain(text[at:m.start()]), code_span(m.group(1))]
        at = m.end()
    out.append(plain(text[at:]))
    return "".join(out).strip()


def html_attr(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )
