#!/usr/bin/env python3
"""What a reader's first search downloads: bytes, in Debian chromium, from a built site.

    python scripts/search_bytes.py SITE_DIR [--query 中车长客] [--page kb/topics/qiche/]

Serves SITE_DIR on localhost (plain, no compression: an upper bound of what GitHub Pages sends),
opens a page, types the query into the header's search box and waits for the first results.
Prints the response bodies' bytes of opening the page, then of the search, split into Pagefind's
runtime (pagefind.js, its worker, the WebAssembly module and the index's entry and metadata
files), the index chunks (index/, filter/) and the result fragments (fragment/). From Python:

    from search_bytes import first_search_bytes
    first_search_bytes(Path("site"), "中车长客")  # {"page": …, "pagefind.js/wasm": …, …, "search": …}
"""
from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FAVICON = "/assets/images/favicon.png"  # Material's
PARTS = ("pagefind.js/wasm", "index/filter chunks", "fragments", "other")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(site: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def part_of(url: str) -> str:
    """Which part of a search a request belongs to."""
    path = urlsplit(url).path
    if "/pagefind/" not in path:
        return "other"
    name = path.rsplit("/pagefind/", 1)[1]
    if name.startswith(("index/", "filter/")):
        return "index/filter chunks"
    if name.startswith("fragment/"):
        return "fragments"
    return "pagefind.js/wasm"


def measure(browser, base: str, query: str, page_path: str = "", timeout_ms: int = 30000) -> dict[str, int]:
    """Bytes of opening base/page_path, then of a first search for `query`, in a fresh browser context."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    responses = []
    context.on("response", lambda r: responses.append(r))  # the context also sees Pagefind's web worker
    try:
        page = context.new_page()
        page.goto(f"{base}/{page_path}", wait_until="networkidle")
        opened = len(responses)
        box = page.locator("input[data-atlas-search=query]")
        box.fill(query)
        box.press("End")
        page.wait_for_function(
            "q => document.querySelector('.md-search-result__list')?.getAttribute('data-query') === q",
            arg=query, timeout=timeout_ms)
        page.wait_for_load_state("networkidle")
        sizes = []
        for response in responses:
            try:
                sizes.append((response.url, len(response.body())))
            except Exception:  # a redirect or an aborted request has no body
                sizes.append((response.url, 0))
        # Chromium fetches the favicon when it likes, sometimes after the page went idle: it is the page's.
        late_icon = [(url, n) for url, n in sizes[opened:] if urlsplit(url).path.endswith(FAVICON)]
        searched = [(url, n) for url, n in sizes[opened:] if (url, n) not in late_icon]
        result = {"page": sum(n for _, n in sizes[:opened] + late_icon), **{part: 0 for part in PARTS}}
        for url, n in searched:
            result[part_of(url)] += n
        result["search"] = sum(result[part] for part in PARTS)
        result["requests"] = len(searched)
        result["results"] = page.locator(".md-search-result__item").count()
        return result
    finally:
        context.close()


def first_search_bytes(site_dir: Path, query: str = "中车长客", page_path: str = "", browser=None) -> dict[str, int]:
    """Bytes a reader downloads for a first search on the built site in `site_dir` (see the module doc).

    Pass a Playwright `browser` to reuse one (the tests do); otherwise Debian chromium is started.
    """
    site_dir = Path(site_dir)
    if not (site_dir / "pagefind" / "pagefind.js").is_file():
        raise SystemExit(f"{site_dir} has no search index: run `python scripts/search_index.py {site_dir}`")
    with serve(site_dir) as base:
        if browser is not None:
            return measure(browser, base, query, page_path)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            own = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return measure(own, base, query, page_path)
            finally:
                own.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site (with pagefind/)")
    parser.add_argument("--query", action="append", help="a query (repeat for several; default 中车长客)")
    parser.add_argument("--page", default="", help="the page opened before searching (default: the home page)")
    args = parser.parse_args(argv)
    for query in args.query or ["中车长客"]:
        r = first_search_bytes(args.site, query, args.page)
        print(f"{query}: opening /{args.page} {r['page']:,} bytes; first search {r['search']:,} bytes in "
              f"{r['requests']} requests ({r['results']} results shown)")
        for part in PARTS:
            print(f"  {part:22} {r[part]:>10,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
