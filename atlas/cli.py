"""Command line: `python -m atlas build` generates the pages; `python -m atlas report` prints the report."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import build
from .config import PROJECT_ROOT
from .records import Severity


def print_problems(problems, stream, verbose: bool) -> None:
    for p in problems:
        if p.severity is Severity.INFO and not verbose:
            continue
        print(p.format(), file=stream)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m atlas",
        description="Changchun Industry Atlas: turn the articles in seeds/ into Markdown pages under docs/kb/.",
    )
    parser.add_argument(
        "command",
        choices=["build", "report", "serve"],
        help="build: generate pages; report: also print what the build did (joins, inferences); "
        "serve: preview at http://127.0.0.1:8000, regenerating when seeds/, data/ or templates/ change",
    )
    parser.add_argument("--root", type=Path, default=PROJECT_ROOT, help="project folder (default: this checkout)")
    parser.add_argument("--address", default="127.0.0.1:8000", help="serve: where the preview listens (default 127.0.0.1:8000)")
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) on any error instead of leaving the bad file out; CI and deploy use this")
    args = parser.parse_args(argv)
    if args.command == "serve":
        from .preview import serve

        return serve(args.root.resolve(), args.address)

    result = build(args.root.resolve(), strict=args.strict)
    print_problems(result.problems, sys.stderr, verbose=args.command == "report")
    errors = len(result.errors)
    warnings = sum(p.severity is Severity.WARNING for p in result.problems)
    articles = len(result.kb.articles) if result.kb else 0
    print(
        f"{articles} 篇文章 → {result.pages} 个页面（{result.written} 个有变化），用时 {result.seconds:.2f} 秒；"
        f"{errors} 个错误，{warnings} 处请检查",
        file=sys.stderr,
    )
    if errors and (args.strict or not result.pages):
        print("构建失败：docs/kb 中上次成功生成的页面保持不变", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
