"""MkDocs hook: drop the theme's indentation from each page's HTML, about an eighth of its bytes.

Material indents its templates, and every page repeats that chrome: at 1,000 articles the spaces
alone are some 20 MB. A run of whitespace that starts with a line break becomes that one line
break, which a browser renders exactly as before (whitespace in text collapses to one space);
<pre>, <textarea>, <script> and <style> keep their bytes. A convenience like every hook: an engine
that does not run it (Zensical) builds the same pages, only larger.
"""
from __future__ import annotations

import re

_VERBATIM = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
_INDENT = re.compile(r"\n\s+")  # whitespace that follows a line break (a tab or space before one is rare)


def compact_html(html: str) -> str:
    """`html` with each whitespace run that holds a line break cut to one line break."""
    parts = _VERBATIM.split(html)
    # split() yields text, then (whole match, tag name) pairs: compact only the text between them.
    out = []
    for k in range(0, len(parts), 3):
        out.append(_INDENT.sub("\n", parts[k]))
        if k + 1 < len(parts):
            out.append(parts[k + 1])
    return "".join(out)


def on_post_page(output: str, **kwargs) -> str:
    return compact_html(output)
