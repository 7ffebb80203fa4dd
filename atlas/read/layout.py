"""Repair page-layout damage: garbled duplicate copies, and paragraphs split by a page or column break.

Each repair is recorded (`LayoutRepair`) so the build report can list it, and nothing is dropped
unless it is shown to be a copy of text the article already has.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from pathlib import Path

from ..data_files import entry_lines, key_line, load_yaml
from ..records import BlockKind, LayoutRepair, Problem, Severity
from ..segment import dictionary, tokenize
from ..text import TERMINAL_PUNCTUATION, cjk_only, display_text


@dataclass(frozen=True)
class SourceLine:
    no: int  # 1-based line number in the file
    text: str  # stripped, display-normalised
    indented: bool  # started with spaces or ideographic spaces
    blanks_before: int  # empty lines right before it


def source_lines(body: str, first_line: int = 1) -> list[SourceLine]:
    out: list[SourceLine] = []
    blanks = 0
    for offset, raw in enumerate(body.split("\n")):
        raw = raw.rstrip("\r")
        stripped = raw.strip(" \t\u3000\u00a0\ufeff")
        if not stripped:
            blanks += 1
            continue
        indented = raw[:1] in (" ", "\t", "\u3000", "\u00a0")
        out.append(SourceLine(first_line + offset, display_text(stripped), indented, blanks))
        blanks = 0
    return out


# --- garbled duplicates -------------------------------------------------------------------------

_KEY = re.compile(r"[^0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff]")
MIN_GARBLED_RUN = 10  # consecutive lines: a real article never repeats itself line after line
MIN_GARBLED_CHARS = 100


def _key(text: str) -> str:
    return _KEY.sub("", text)


def drop_garbled_duplicates(lines: list[SourceLine]) -> tuple[list[SourceLine], list[LayoutRepair]]:
    """Drop runs of lines that re-tell earlier text as fragments (a second, broken PDF extraction).

    A line belongs to such a run when it has replacement characters (U+FFFD), is a fragment of at
    most three characters, or its text already occurs earlier in the article. A run must be long
    (MIN_GARBLED_RUN lines) and mostly copied text, so a repeated caption or slogan is never dropped.
    "Occurs earlier" is tested on character n-grams, so a 1 MB article stays linear.
    """
    keys = [_key(line.text) for line in lines]
    seen = _Shingles()
    kept: list[SourceLine] = []
    repairs: list[LayoutRepair] = []
    i = 0
    while i < len(lines):
        start_like = "\ufffd" in lines[i].text or (len(lines[i].text) < 60 and seen.contains(keys[i]))
        if start_like:
            j = i
            while j < len(lines) and ("\ufffd" in lines[j].text or len(keys[j]) <= 3 or seen.contains(keys[j])):
                j += 1
            copied = sum(len(keys[k]) for k in range(i, j) if len(keys[k]) > 3 and seen.contains(keys[k]))
            if j - i >= MIN_GARBLED_RUN and copied >= MIN_GARBLED_CHARS:
                run = lines[i:j]
                repairs.append(
                    LayoutRepair(
                        kind="drop-garbled",
                        lines=(run[0].no, run[-1].no),
                        before=(run[0].text[:30], run[-1].text[:30]),
                        after="",
                        reason=f"{j - i} 行是前文的重复碎片"
                        f"（含 {sum(line.text.count(chr(0xFFFD)) for line in run)} 个无法识别的字符）",
                    )
                )
                i = j
                continue
        kept.append(lines[i])
        seen.add(keys[i])
        i += 1
    return kept, repairs


class _Shingles:
    """Character n-grams of the text read so far; `contains` asks whether a key was all seen before.

    The N-grams are indexed as text is added. Shorter pieces are needed only for keys shorter than
    N, which few lines have, so they are indexed when first asked for (each text once).
    """

    N = 4

    def __init__(self) -> None:
        self.grams: set[str] = set()  # every substring of length N
        self.shorter: set[str] = set()  # every substring of length 1 … N-1 of the texts indexed so far
        self.unindexed: list[str] = []  # texts added since `shorter` was last brought up to date
        self.tail = ""  # the end of the text so far, so n-grams across line ends count too

    def add(self, key: str) -> None:
        text = self.tail + key
        self.grams.update([text[k : k + self.N] for k in range(len(text) - self.N + 1)])
        self.unindexed.append(text)
        self.tail = text[-(self.N - 1) :]

    def contains(self, key: str) -> bool:
        if len(key) < self.N:
            return bool(key) and key in self._shorter_pieces()
        return all(key[k : k + self.N] in self.grams for k in range(len(key) - self.N + 1))

    def _shorter_pieces(self) -> set[str]:
        for text in self.unindexed:
            for n in range(1, self.N):
                self.shorter.update([text[k : k + n] for k in range(len(text) - n + 1)])
        self.unindexed.clear()
        return self.shorter


# --- paragraphs split by layout -------------------------------------------------------------------

_OPENERS = {"“": "”", "《": "》", "（": "）", "「": "」", "『": "』", "【": "】", "‘": "’"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_ENDS = TERMINAL_PUNCTUATION + "—：:"


@dataclass
class DraftBlock:
    kind: BlockKind
    text: str
    lines: tuple[int, ...]
    caption_shaped: bool = False


def ends_mid_sentence(block: DraftBlock) -> bool:
    return block.kind is BlockKind.PARAGRAPH and not block.text.endswith(tuple(_ENDS))


def caption_shaped(text: str) -> bool:
    """A short noun-phrase line such as `第22届长春国际汽车博览会上的红旗品牌展区。`."""
    return len(text) <= 40 and text.endswith("。") and not re.search(r"[，,；;：]", text)


def _unclosed(text: str) -> list[str]:
    stack: list[str] = []
    for ch in text:
        if ch in _OPENERS:
            stack.append(ch)
        elif ch in _CLOSERS and stack and stack[-1] == _CLOSERS[ch]:
            stack.pop()
    return stack


def _closes_first(text: str, opener: str) -> bool:
    """Does `text` close `opener` before it opens anything of its own?"""
    closer = _OPENERS[opener]
    for ch in text:
        if ch == closer:
            return True
        if ch in _OPENERS:
            return False
    return False


def _word_across(tail: str, head: str) -> str:
    """The dictionary word that the break cut in two, if any (`汽车产` + `业攻坚` → `汽车产业`)."""
    left, right = tail[-6:], head[:6]
    for word, start, end in tokenize(left + right):
        if start < len(left) < end and len(cjk_only(word)) == len(word):
            return word
    return ""


def _may_cut_word(tail: str, head: str, min_len: int) -> bool:
    """Could the break cut a dictionary word of `min_len` or more characters? A quick necessary
    condition for `_word_across` (which segments, a thousand times slower): some end of the tail
    joined to some start of the head is a word of the dictionary. The dictionary holds every prefix
    of its words too (with frequency 0), so a join that is no prefix stops the search."""
    freq = dictionary()
    left, right = tail[-6:], head[:6]
    for i in range(1, len(left) + 1):
        piece = left[-i:]
        if piece not in freq:
            continue
        for ch in right:
            piece += ch
            found = freq.get(piece)
            if found is None:
                break
            if found and len(piece) >= min_len:
                return True
    return False


def _last_clause(text: str) -> str:
    return re.split(r"[，。；：,;:]", text)[-1]


def _first_clause(text: str) -> str:
    return re.split(r"[，。；：,;:]", text)[0]


def join_evidence(tail: str, head: str, adjacent: bool, across_captions: bool,
                  open_: list[str] | None = None) -> tuple[int, str]:
    """How sure we are that `head` continues `tail`, and the evidence in words (0 = no evidence).

    `open_`: `_unclosed(tail)`, when the caller has it already (it scores one tail against many heads).
    """
    open_ = _unclosed(tail) if open_ is None else open_
    if open_ and _closes_first(head, open_[-1]):
        return 6, f"断行前打开的“{open_[-1]}”在断行后闭合"
    if not adjacent and not _may_cut_word(tail, head, 3):
        return 0, ""  # the only other evidence for a distant head: a long word cut in two
    word = _word_across(tail, head)
    if word and (adjacent or len(word) >= 3):
        return 2 + len(word), f"断行把词“{word}”切开了"
    if not adjacent:
        return 0, ""
    if len(head) <= 10 and head.endswith(tuple(TERMINAL_PUNCTUATION)):
        return 5, "下一行只是句子的结尾"
    if _FIGURE_END.search(tail) and _UNIT_START.match(head):
        return 5, f"断行把数字“{_FIGURE_END.search(tail).group()}”和它的单位“{head[0]}”分开了"
    if "、" in _last_clause(tail) and "、" in _first_clause(head):
        return 4, "用“、”分隔的列举跨过了断行"
    if across_captions:
        return 1, "段落中间插入了图片说明"
    return 0, ""


_FIGURE_END = re.compile(r"(?<![\d.])\d{1,4}(?:\.\d+)?$")  # a line that ends on a figure of at most 4 digits, no phone number (`…研究中心。1999`)
_UNIT_START = re.compile(r"[年月日号万亿元%％个家项台辆吨]")  # and a line that opens with its unit (`年初该所…`)


def _next_paragraph(blocks: list[DraftBlock], i: int) -> tuple[int | None, bool]:
    """Index of the paragraph after block i, skipping captions; and whether any were skipped."""
    skipped = False
    for j in range(i + 1, len(blocks)):
        if blocks[j].kind is BlockKind.CAPTION:
            skipped = True
            continue
        return (j if blocks[j].kind is BlockKind.PARAGRAPH else None), skipped
    return None, skipped


SEARCH_HEADS = 25  # a broken paragraph's continuation is looked for among this many heads on either side


def _heads_near(ordered_heads: list[int], t: int) -> list[int]:
    """The heads (paragraphs that follow a broken one) where tail `t`'s sentence may go on: all of
    them in an article with few breaks, the nearest 2 × SEARCH_HEADS in one broken everywhere, so
    the search stays linear in the number of breaks (2,000 of them took minutes)."""
    if len(ordered_heads) <= 2 * SEARCH_HEADS:
        return ordered_heads
    at = bisect_left(ordered_heads, t)
    lo = min(max(0, at - SEARCH_HEADS), len(ordered_heads) - 2 * SEARCH_HEADS)
    return ordered_heads[lo:lo + 2 * SEARCH_HEADS]


@dataclass(frozen=True)
class EditorJoin:
    line: int  # a source line ending mid-sentence
    continues_at: int  # the source line its sentence goes on at


def join_broken_paragraphs(
    blocks: list[DraftBlock], editor_joins: list[EditorJoin] = ()
) -> tuple[list[DraftBlock], list[LayoutRepair], list[EditorJoin]]:
    """Join paragraphs split by page or column breaks when the evidence is clear.

    Candidates are paragraphs that end mid-sentence (tails) and the paragraph that follows each of
    them (heads). Each tail–head pair is scored (`join_evidence`); pairs are taken best first, each
    tail and head at most once. Editors' joins (data/layout.yaml) come first and always win.
    Returns the blocks, the repairs (joins and unplaced fragments) and the editor joins that matched
    nothing (so the report can say they no longer apply).
    """
    by_line = {line: i for i, b in enumerate(blocks) for line in b.lines}
    tails = [i for i, b in enumerate(blocks) if ends_mid_sentence(b)]
    # A caption-shaped line right after a broken paragraph cannot start a new paragraph: it is a caption.
    for t in tails:
        nxt = blocks[t + 1] if t + 1 < len(blocks) else None
        if nxt and nxt.caption_shaped and nxt.kind is BlockKind.PARAGRAPH and len(nxt.text) > 10:
            nxt.kind = BlockKind.CAPTION
    next_of: dict[int, tuple[int | None, bool]] = {t: _next_paragraph(blocks, t) for t in tails}
    heads = {h for h, _ in next_of.values() if h is not None}

    pairs: list[tuple[int, int, str, str]] = []  # (tail, head, how, why)
    used_tails: set[int] = set()
    used_heads: set[int] = set()
    stale: list[EditorJoin] = []
    for ej in editor_joins:
        t, h = by_line.get(ej.line), by_line.get(ej.continues_at)
        if t is None or h is None or t == h or t in used_tails or h in used_heads:
            stale.append(ej)
            continue
        pairs.append((t, h, "editor", "data/layout.yaml 中指定"))
        used_tails.add(t)
        used_heads.add(h)

    ordered_heads = sorted(heads)
    scored = []
    for t in tails:
        if t in used_tails:
            continue
        adjacent_head, across = next_of[t]
        open_ = _unclosed(blocks[t].text)
        for h in _heads_near(ordered_heads, t):
            if h in used_heads or h == t:
                continue
            adjacent = h == adjacent_head
            score, why = join_evidence(blocks[t].text, blocks[h].text, adjacent, across and adjacent, open_)
            if score:
                scored.append((-score, blocks[t].lines[0], blocks[h].lines[0], t, h, why))
    for _, _, _, t, h, why in sorted(scored):
        if t in used_tails or h in used_heads:
            continue
        pairs.append((t, h, "auto", why))
        used_tails.add(t)
        used_heads.add(h)

    # Follow chains (a tail whose head is itself a tail) so a paragraph split twice is joined whole.
    head_of = {t: h for t, h, _, _ in pairs}
    why_of = {t: (how, why) for t, _, how, why in pairs}
    joined_into: set[int] = set(head_of.values())
    repairs: list[LayoutRepair] = []
    out: list[DraftBlock] = []
    for i, block in enumerate(blocks):
        if i in joined_into:
            continue
        if i not in head_of:
            out.append(block)
            continue
        parts, reasons, cur = [block], [], i
        while cur in head_of:
            how, why = why_of[cur]
            reasons.append(("编辑拼接：" if how == "editor" else "") + why)
            cur = head_of[cur]
            parts.append(blocks[cur])
        text = "".join(p.text for p in parts)
        lines = tuple(line for p in parts for line in p.lines)
        out.append(replace(block, text=text, lines=lines))
        repairs.append(
            LayoutRepair(
                kind="join",
                lines=tuple(p.lines[0] for p in parts),
                before=tuple(p.text for p in parts),
                after=text,
                reason="; ".join(reasons),
            )
        )
    for t in tails:
        if t not in used_tails and ends_mid_sentence(blocks[t]):
            candidates = sorted(blocks[h].lines[0] for h in _heads_near(ordered_heads, t) if h not in used_heads and h != t)
            repairs.append(
                LayoutRepair(
                    kind="fragment",
                    lines=(blocks[t].lines[-1],),
                    before=(blocks[t].text,),
                    after="",
                    reason="在句子中间结束，找不到有把握的下文"
                    + (f"；在句子中间开始的行：{'、'.join(map(str, candidates))}" if candidates else ""),
                )
            )
    for h in sorted(heads - used_heads):
        repairs.append(
            LayoutRepair(
                kind="fragment",
                lines=(blocks[h].lines[0],),
                before=(blocks[h].text,),
                after="",
                reason="接在一个没写完的段落后面，但不能确定是它的下文",
            )
        )
    return out, repairs, stale


def load_layout_joins(root: Path, problems: list[Problem] | None = None) -> dict[str, list[EditorJoin]]:
    """data/layout.yaml → {file name: [EditorJoin, …]}. An entry that is not a file name and two
    line numbers is reported with its line and left out; the other joins still apply."""
    problems = [] if problems is None else problems
    rel = "data/layout.yaml"
    path = root / rel
    data = load_yaml(path, root, problems)
    items = data.get("joins") or []
    if not isinstance(items, list):
        problems.append(Problem(rel, key_line(path, "joins"), Severity.ERROR, "data.layout", "joins: 不是列表，所有拼接都未使用",
                                "每条拼接写成一行：- {file: 文件名.txt, line: 断开的行, continues_at: 接续的行}"))
        return {}
    entries = None
    joins: dict[str, list[EditorJoin]] = {}
    for k, item in enumerate(items):
        try:
            file, line, at = str(item["file"]), int(item["line"]), int(item["continues_at"])
            if not file.strip() or line < 1 or at < 1:
                raise ValueError("file: 要是文件名，line: 和 continues_at: 要是正整数")
        except (KeyError, TypeError, ValueError) as exc:
            entries = entry_lines(path, "joins") if entries is None else entries  # read the lines only when needed
            problems.append(Problem(rel, entries[k][""] if k < len(entries) else None, Severity.ERROR, "data.layout",
                                    f"joins: 下第 {k + 1} 条无法使用，已略去（{exc}）",
                                    "每条都要有 file:、line: 和 continues_at:，例如 - {file: 001.txt, line: 12, continues_at: 15}"))
            continue
        joins.setdefault(file, []).append(EditorJoin(line, at))
    return joins
