#!/usr/bin/env python3
"""Time the generator on one large article written three ways, to show no step is worse than linear.

    python scripts/benchmark_hostile.py --mb 5            # issue 19's bar: single line < 10× paragraphs
    python scripts/benchmark_hostile.py --mb 1 --profile single   # cProfile of one shape

The article is the seeds' paragraphs repeated up to the size asked for, written as
- `paragraphs`: one paragraph a line, blank lines between (how articles come);
- `single`: the same text on one line (a pasted page that lost its line breaks);
- `broken`: the same text cut into ~500-byte paragraphs that each stop mid-sentence (column breaks
  everywhere: the layout repair looks for each one's continuation).
Each shape is built cold (no cache) in a fresh temporary copy of this project whose seeds/ holds only
that article; the script prints the generator's wall time per shape and the ratios to `paragraphs`.
Never touches this checkout.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHAPES = ("paragraphs", "single", "broken")
BROKEN_EVERY = 500  # bytes (UTF-8) of a broken paragraph: 1 MB → about 2,000 of them


def seed_sentences(root: Path = ROOT) -> list[str]:
    """The sentences of the seeds' body paragraphs (lines of 20 characters or more, no photo captions)."""
    from atlas.read.structure import PHOTO_MARK

    out = []
    for f in sorted((root / "seeds").glob("*.txt")):
        lines = (line.strip() for line in f.read_text(encoding="utf-8").splitlines())
        for line in lines:
            if len(line) >= 20 and not PHOTO_MARK.search(line):
                out += re.findall(r"[^。！？]+[。！？]", line)
    return out


def hostile_text(shape: str, size: int, root: Path = ROOT, seed: int = 19) -> str:
    """About `size` bytes of seed text in the given shape (see the module's docstring).

    Paragraphs are 2–5 sentences of the seeds drawn at random (fixed seed): real text, never the
    same paragraph twice, so the build's removal of repeated PDF copies does not shorten it."""
    pool = seed_sentences(root)
    rng = random.Random(seed)
    chosen, total = [], 0
    while total < size:
        p = "".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        chosen.append(p)
        total += len(p.encode("utf-8"))
    if shape == "paragraphs":
        return "\n\n".join(chosen) + "\n"
    if shape == "single":
        return "".join(chosen) + "\n"
    if shape == "broken":
        text = "".join(chosen)
        chars = BROKEN_EVERY // 3  # CJK: three bytes a character
        pieces = []
        for start in range(0, len(text), chars):
            piece = text[start:start + chars]
            # never end a piece at a sentence end: the point is that each stops mid-sentence
            while piece and piece[-1] in "。！？；…”":
                piece = piece[:-1]
            pieces.append(piece)
        return "\n\n".join(p for p in pieces if p) + "\n"
    raise ValueError(shape)


def project_copy(dest: Path, text: str, root: Path = ROOT) -> Path:
    """A copy of the project (code, data, templates) whose seeds/ holds only `text`."""
    for name in ("atlas", "data", "templates"):
        shutil.copytree(root / name, dest / name)
    (dest / "seeds").mkdir()
    (dest / "seeds" / "hostile.txt").write_text("---\ntitle: 长文\ndate: 2024-01-05\n---\n" + text, encoding="utf-8")
    return dest


def build_seconds(text: str, profile: bool = False) -> float:
    from atlas.build import build

    with tempfile.TemporaryDirectory(prefix="atlas-hostile-") as tmp:
        root = project_copy(Path(tmp) / "p", text)
        profiler = cProfile.Profile() if profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        result = build(root)
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - started
        if result.kb is None or not result.kb.articles:
            raise SystemExit("the build published nothing: " + "; ".join(p.format() for p in result.problems))
        if profiler:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the article in MB (default 5)")
    ap.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    ap.add_argument("--profile", choices=SHAPES, help="print a cProfile of this shape instead of timing all")
    args = ap.parse_args(argv)
    size = int(args.mb * 1_000_000)
    if args.profile:
        build_seconds(hostile_text(args.profile, size), profile=True)
        return 0
    times = {}
    for shape in args.shapes:
        times[shape] = build_seconds(hostile_text(shape, size))
        base = times.get("paragraphs")
        ratio = f"  ({times[shape] / base:.1f}× paragraphs)" if base and shape != "paragraphs" else ""
        print(f"{shape:>10}: {args.mb:g} MB built in {times[shape]:7.1f} s{ratio}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
