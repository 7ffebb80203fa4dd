"""MkDocs hooks for Chinese search (conveniences on top of the build; the site builds without them).

1. The search index is written as UTF-8 instead of \\uXXXX escapes: Material writes ASCII
   escapes, so every Chinese character costs 6 bytes (and every U+200B word break jieba inserts,
   6 more). Word breaks next to Chinese punctuation are dropped too: the separator in mkdocs.yml
   already splits on it. Together this halves what a reader's phone downloads before a search.
2. Material's search worker splits a Chinese query into the longest words the index knows, but
   its loop never tries the whole query (`o<t.length`), so `中车长客` is searched as `中车* 长* 客*`
   and ranks every page that says 长 first. The built worker is patched to try the whole query
   too (`o<=t.length`). Pinned Material version; if the code it patches changes, the hook says so
   and the browser tests catch the search results.
"""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.atlas")
# Chinese punctuation is in mkdocs.yml's search separator, so a U+200B word break next to it is
# redundant: 3 bytes each, thousands of them.
_PUNCTUATION = "，。、；：？！“”‘’（）《》「」【】…—·"
_REDUNDANT_BREAK = re.compile(f"\u200b(?=[{_PUNCTUATION}\\s<])|(?<=[{_PUNCTUATION}\\s>])\u200b")
WHOLE_QUERY_BUG = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
WHOLE_QUERY_FIX = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    index = site / "search" / "search_index.json"
    if index.is_file():
        data = json.loads(index.read_text(encoding="utf-8"))
        for doc in data.get("docs", []):
            for field in ("title", "text"):
                if isinstance(doc.get(field), str):
                    doc[field] = _REDUNDANT_BREAK.sub("", doc[field])
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    for worker in sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js")):
        code = worker.read_text(encoding="utf-8")
        if WHOLE_QUERY_BUG in code:
            worker.write_text(code.replace(WHOLE_QUERY_BUG, WHOLE_QUERY_FIX), encoding="utf-8")
        elif WHOLE_QUERY_FIX not in code:
            log.info("search worker changed upstream: whole-query patch not applied (%s)", worker.name)
