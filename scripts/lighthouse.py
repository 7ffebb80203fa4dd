#!/usr/bin/env python3
"""Audit the built site with Lighthouse (phone preset) the way GitHub Pages serves it.

    python scripts/lighthouse.py [site/] [--check] [--without-performance]

Serves site/ on localhost with gzip and `Cache-Control: max-age=600` (what GitHub Pages sends),
runs npm `lighthouse` in Debian chromium on the home page, a topic page, the timeline and a
project page (those that exist), and prints each page's scores and transferred bytes, then the
bytes of a first search (scripts/search_bytes.py). With --check, exits 1 when a bar is missed:
performance ≥ 0.95, accessibility 1.0, best practices 1.0, SEO ≥ 0.95, at most PAGE_BYTES_BAR
transferred by a page, no request outside the site's origin, first search ≤ 1 MB.
`make lighthouse` runs it with --check, on an idle machine. The tests add --without-performance:
under the test run's load the phone preset's 4× CPU slowdown moves the performance score
(0.69–0.98 for one page), while the other bars measure what load cannot move.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 0.95}
PAGE_BYTES_BAR = 120_000  # transferred by one page's first load (gzip), scripts, styles and logo included
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
    "--disable-component-update --disable-sync --disable-quic"
)
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt")


class PagesLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip and a 10-minute cache, as GitHub Pages serves them."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gz = "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in COMPRESSIBLE
        if not path.is_file() or not gz:
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        import io

        return io.BytesIO(body)

    def end_headers(self):
        if not any(h.lower().startswith(b"cache-control") for h in getattr(self, "_headers_buffer", [])):
            self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(PagesLikeHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def pages_to_audit(site: Path) -> list[str]:
    pages = [""]
    for candidate in ("kb/topics/qiche/", "kb/timeline/"):
        if (site / candidate / "index.html").is_file():
            pages.append(candidate)
    projects = sorted(p.parent.name for p in (site / "kb/projects").glob("*/index.html")) if (site / "kb/projects").is_dir() else []
    if projects:
        pages.append(f"kb/projects/{projects[0]}/")
    elif (site / "kb/articles").is_dir():
        pages.append("kb/articles/" + sorted(p.parent.name for p in (site / "kb/articles").glob("*/index.html"))[0] + "/")
    return pages


def lighthouse(url: str) -> dict:
    binary = ROOT / "node_modules/.bin/lighthouse"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run(
            [str(binary), url, "--quiet", "--output=json", f"--output-path={out}", f"--chrome-flags={CHROME_FLAGS}",
             "--only-categories=performance,accessibility,best-practices,seo"],
            check=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=240,
        )
        report = json.loads(out.read_text(encoding="utf-8"))
    return {
        "scores": {k: v["score"] for k, v in report["categories"].items()},
        "bytes": int(report["audits"]["total-byte-weight"]["numericValue"]),
        "requests": sorted({item["url"] for item in report["audits"]["network-requests"]["details"]["items"]}),
        "failing": sorted(
            a["id"] for a in report["audits"].values()
            if a.get("score") is not None and a["score"] < 0.9 and a.get("scoreDisplayMode") == "binary"
        ),
    }


def missed_bars(page: str, result: dict, origin: str, performance: bool = True) -> list[str]:
    """What one page's audit misses: scores below their bars, too many bytes, requests elsewhere."""
    missed = [f"/{page} {k} {result['scores'][k]} < {bar}" for k, bar in BARS.items()
              if (performance or k != "performance") and result["scores"][k] < bar]
    if result["bytes"] > PAGE_BYTES_BAR:
        missed.append(f"/{page} transferred {result['bytes']} bytes > {PAGE_BYTES_BAR}")
    missed += [f"/{page} requested {url} (outside {origin})" for url in result["requests"]
               if not (url + "/").startswith(origin + "/") and not url.startswith("data:")]
    return missed


FIRST_SEARCH_BAR = 1_000_000  # bytes a reader's first search may download (issue 9)


def first_search(site: Path, query: str = "中车长客") -> dict[str, int]:
    """Bytes of a first search on the site, in Debian chromium (scripts/search_bytes.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from search_bytes import first_search_bytes

    return first_search_bytes(site, query)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site")
    parser.add_argument("--check", action="store_true", help="exit 1 when a bar is missed")
    parser.add_argument("--without-performance", action="store_true",
                        help="leave the performance score out of the bars (a loaded machine: the tests)")
    args = parser.parse_args(argv)
    server, base = serve(args.site)
    missed = []
    try:
        print(f"{'page':45} {'perf':>5} {'a11y':>5} {'bp':>5} {'seo':>5} {'bytes':>9}")
        for page in pages_to_audit(args.site):
            r = lighthouse(f"{base}/{page}")
            s = r["scores"]
            print(f"/{page:44} {s['performance']:5.2f} {s['accessibility']:5.2f} {s['best-practices']:5.2f} {s['seo']:5.2f} {r['bytes']:9d}"
                  + (f"  failing: {', '.join(r['failing'])}" if r["failing"] else ""))
            missed += missed_bars(page, r, base, performance=not args.without_performance)
    finally:
        server.shutdown()
    r = first_search(args.site)
    print(f"first search (中车长客): {r['search']} bytes: Pagefind {r['pagefind.js/wasm']}, index chunks "
          f"{r['index/filter chunks']}, fragments {r['fragments']} (bar: ≤ {FIRST_SEARCH_BAR})")
    if r["search"] > FIRST_SEARCH_BAR:
        missed.append(f"first search {r['search']} bytes (bar: ≤ {FIRST_SEARCH_BAR})")
    for m in missed:
        print("MISSED:", m)
    return 1 if (args.check and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
