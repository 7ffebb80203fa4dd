#!/usr/bin/env python3
"""Build the site's search index (Pagefind) into SITE/pagefind/, after the site is built.

    python scripts/search_index.py [site/]

Any mkdocs.yml engine then gets search: `mkdocs build` runs this through hooks/search_index.py;
with Zensical, run `zensical build && python scripts/search_index.py site`.

Pagefind indexes what the theme marks with data-pagefind-body (Material's article content, see
overrides/main.html), minus the selectors in pagefind.yml. One rule of Material's search is kept
that no CSS selector can say: a heading marked `data-pagefind-ignore` leaves out its whole section,
up to the next heading. The generator marks the sections of derived pages that repeat articles'
text that way (a project's mentions, a company's events, the timeline), so each paragraph is found
on its article only. And Chinese is indexed one character per word (see WORD_BREAK below).
Pagefind reads a trimmed copy of the pages (the marked content, without those sections, with those
word breaks); the site's own HTML is not touched. The index is written beside the site and swapped
in when complete, so a failed run keeps the last good index. Same site, same bytes.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # where pagefind.yml is
BUNDLE = "pagefind"
BODY_MARK = "data-pagefind-body"
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)
_TITLE = re.compile(r"<title>.*?</title>", re.S | re.I)
_BODY_START = re.compile(r"<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body\b[^>]*>", re.I)
# A heading with an id starts a section, as in Material's search (headings without one do not).
_HEADING = re.compile(r"<h[1-6]\b[^>]*\sid=[^>]*>", re.I)
_EXCLUDE_MARK = re.compile(r"\sdata-pagefind-ignore(?=[\s=>/])")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
# Chinese is indexed one character per word: a word break (U+200B, which Pagefind splits on and
# nobody sees) between two Han characters. The browser searches a Chinese query as the exact
# sequence of its characters (docs/javascripts/search.js), so 中车长客 finds 中车长客 and not 中国
# + 车间 + 长春 + 客车; a dictionary's segmentation (中/车长/客) could not be matched from the query.
_BETWEEN_HAN = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
WORD_BREAK = "\u200b"
# Pagefind's ready-made search interfaces, which it writes beside the index; the site's own box
# (docs/javascripts/search.js) uses only pagefind.js and what it loads (worker, wasm, index).
UNUSED_UI = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
             "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")


@dataclass(frozen=True)
class IndexResult:
    pages: int  # pages Pagefind was given (those marked searchable)
    files: int  # files in SITE/pagefind/
    bytes: int
    seconds: float


def without_excluded_sections(article: str) -> str:
    """The article's HTML without each section whose heading carries data-pagefind-ignore."""
    kept, start, skipping = [], 0, False
    for heading in _HEADING.finditer(article):
        if not skipping:
            kept.append(article[start:heading.start()])
        start = heading.start()
        skipping = bool(_EXCLUDE_MARK.search(heading.group(0)))
    if not skipping:
        kept.append(article[start:])
    return "".join(kept)


def one_word_per_character(html: str) -> str:
    """`html` with a word break between adjacent Han characters in its text (never in its tags)."""
    return "".join(part if part.startswith("<") else _BETWEEN_HAN.sub(WORD_BREAK, part) for part in _TAG_OR_TEXT.split(html))


def searchable_page(html: str) -> str | None:
    """What Pagefind reads of one built page: its <html> tag (the language), title and the content
    marked data-pagefind-body (up to the end of the theme's article); None for a page without it."""
    start = _BODY_START.search(html)
    if not start:
        return None
    end = html.find("</article>", start.end())
    body = html[start.start():end if end >= 0 else len(html)]
    html_tag = _HTML_TAG.search(html)
    title = _TITLE.search(html)
    return "".join((
        "<!doctype html>", html_tag.group(0) if html_tag else "<html>",
        "<head><meta charset=\"utf-8\">", title.group(0) if title else "", "</head><body>",
        one_word_per_character(without_excluded_sections(body)), "</body></html>",
    ))


def write_searchable_copy(site: Path, dest: Path) -> int:
    """Write the searchable pages of `site` into `dest` under the same paths; return how many."""
    count = 0
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site)
        if rel.parts[0] == BUNDLE:
            continue
        html = page.read_text(encoding="utf-8", errors="replace")
        if BODY_MARK not in html:
            continue
        text = searchable_page(html)
        if text is None:
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        count += 1
    return count


def run_pagefind(source: Path, output: Path) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(output), "--silent"]
    try:
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    except FileNotFoundError as exc:  # pragma: no cover - the interpreter itself is missing
        raise SystemExit(f"could not run Pagefind: {exc}") from exc
    if result.returncode != 0:
        if "No module named pagefind" in result.stderr:
            raise SystemExit("Pagefind is not installed: run `pip install -r requirements.txt` (pins pagefind[extended]).")
        raise SystemExit(f"Pagefind failed (exit {result.returncode}):\n{result.stderr.strip() or result.stdout.strip()}")


def swap_in(new: Path, final: Path) -> None:
    """Replace `final` (a folder) by `new`, keeping the old one until the new one is in place."""
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}-old-{os.getpid()}")
        final.rename(old)
    new.rename(final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_search_index(site: Path) -> IndexResult:
    """Index the built site in `site` into `site/pagefind/`."""
    site = Path(site).resolve()
    if not (site / "index.html").is_file():
        raise SystemExit(f"{site} is not a built site (no index.html): run `mkdocs build` first")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="atlas-search-") as tmp:
        pages = write_searchable_copy(site, Path(tmp) / "site")
        if pages == 0:
            raise SystemExit(f"no page in {site} is marked {BODY_MARK}: is overrides/main.html in use (theme.custom_dir)?")
        # Pagefind writes next to the site, then the bundle is swapped in whole.
        output = Path(tempfile.mkdtemp(prefix=f".{BUNDLE}-new-", dir=site.parent))
        try:
            run_pagefind(Path(tmp) / "site", output)
            for name in UNUSED_UI:
                (output / name).unlink(missing_ok=True)
            output.chmod(0o755)  # mkdtemp's 0700 would hide the bundle from a web server
            swap_in(output, site / BUNDLE)
        finally:
            shutil.rmtree(output, ignore_errors=True)
    files = [p for p in (site / BUNDLE).rglob("*") if p.is_file()]
    return IndexResult(pages, len(files), sum(p.stat().st_size for p in files), time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    args = parser.parse_args(argv)
    r = build_search_index(args.site)
    print(f"search index: {r.pages} pages → {args.site / BUNDLE} ({r.files} files, {r.bytes / 1e6:.1f} MB) in {r.seconds:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
