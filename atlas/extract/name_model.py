"""A learned second opinion on project names: where a name starts, and whether it is one.

The rules of projects.py propose candidates (a head word and the text before it). For each
candidate this module lists its alternative starts (the word boundaries between its clause's start
and its head word, and the rules' own start), describes each alternative by features a reader can
check (the character and word before it, its first word, its head, its length, a verb or a
person's name inside, the rules' own verdicts …), and scores it with a logistic model trained on
the labelled tuning pages of the real-article corpus (scripts/train_name_model.py). The best
scoring start is kept when its score clears the model's threshold.

The weights are a JSON file (plain numbers, never a pickle), input like any other data file: it is
checked before use, and a broken one is refused with a message naming it. The build does not use
the model: cross-validation on the tuning pages showed no clear gain over the rules (README,
"Project names"); scripts/crossval_name_model.py says so again whenever it is run.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..data_files import DataFileError
from ..records import Problem, Severity
from ..segment import tagged, tokenize

FORMAT = "atlas-name-model-1"
MAX_FEATURES = 200_000  # a trained file holds a few thousand; more is not a file this code wrote
MAX_LOOKBACK = 24  # characters before the head word an alternative start may lie
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MARKS = "，、：:“”‘’《》「」『』【】|｜丨—―…,;!?。！？；（）()"


@dataclass(frozen=True)
class NameModel:
    weights: dict[str, float]  # is this span a name? (logistic: a probability)
    bias: float
    threshold: float  # a name is kept when its probability reaches this
    start_weights: dict[str, float] = field(default_factory=dict)  # which start of a candidate? (ranks its alternatives)

    def score(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def rank(self, features: list[str]) -> float:
        return sum(self.start_weights.get(f, 0.0) for f in features)


@dataclass
class Alternative:
    start: int
    features: list[str]
    score: float = 0.0


@dataclass
class CandidateGroup:
    """One candidate of the rules and the starts it could have (its end is fixed)."""
    end: int
    rules_start: int
    how: str
    rules_kept: bool  # the rules' final verdict on their own start
    alternatives: list[Alternative] = field(default_factory=list)


def read_name_model(path: Path, root: Path) -> NameModel:
    """The model in a file train_name_model.py wrote. Anything else (not JSON, a NaN, a weight that
    is not a number, a threshold outside 0–1, a file far too big) raises DataFileError, naming the
    file and what is wrong: the file is input, and input may be hostile."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    try:
        raw = path.read_text(encoding="utf-8")
        return parse_name_model(raw)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataFileError(Problem(rel, None, Severity.ERROR, "name_model.file", f"名称模型文件不可用：{exc}",
                                    "用 `python scripts/train_name_model.py --out 文件` 重新生成它")) from None


def parse_name_model(raw: str) -> NameModel:
    """Check every part of the file before trusting it: a mapping of the known keys, a finite
    number for each weight, a threshold between 0 and 1, a bounded size. ValueError says what is wrong."""
    try:
        data = json.loads(raw, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(f"{c} is not a number")))
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("the top level is not a mapping")
    if data.get("format") != FORMAT:
        raise ValueError(f"format is {str(data.get('format'))[:40]!r}, expected {FORMAT!r}")
    weights, start_weights = _weights(data, "weights"), _weights(data, "start_weights")
    bias, threshold = data.get("bias"), data.get("threshold")
    if not _finite(bias):
        raise ValueError("`bias` is not a finite number")
    if not _finite(threshold) or not 0.0 < threshold < 1.0:
        raise ValueError("`threshold` is not a number between 0 and 1")
    return NameModel(weights, float(bias), float(threshold), start_weights)


def _weights(data: dict, key: str) -> dict[str, float]:
    weights = data.get(key)
    if not isinstance(weights, dict):
        raise ValueError(f"`{key}` is not a mapping of feature → number")
    if len(weights) > MAX_FEATURES:
        raise ValueError(f"`{key}` holds {len(weights)} weights, more than {MAX_FEATURES}")
    for name, value in weights.items():
        if len(name) > 80 or not _finite(value):
            raise ValueError(f"`{key}`: {name[:40]!r} is not a finite number under a name of at most 80 characters")
    return {k: float(v) for k, v in weights.items()}


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _kind(ch: str) -> str:
    """A character's class, for what stands right before or after a name."""
    if not ch:
        return "edge"
    if ch in _MARKS:
        return "mark"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if _HAN.match(ch):
        return "han"
    return "other"


def word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where jieba's words of text[lo:hi] start."""
    return [lo + a for _, a, _ in tokenize(text[lo:hi])]


def features(text: str, s0: int, start: int, end: int, head_start: int, how: str, *, rules_start: int,
             rules_ok: bool, rules_kept: bool, span_ok: bool, headline: bool, has_company: bool,
             starts_with_company: bool, has_place: bool, head: str, occurs: int = 1, body_occurs: int = 0,
             distinctive: int = 0) -> list[str]:
    """What a reader would look at to decide whether text[start:end] is a project's name."""
    name = text[start:end]
    before_char = text[start - 1] if start > s0 else ""
    after_char = text[end] if end < len(text) else ""
    words = tagged(name)
    lead = tagged(text[max(s0, start - 6):start])
    prev_word, prev_tag = lead[-1] if lead else ("", "edge")
    first_word, first_tag = words[0] if words else ("", "")
    trail = tagged(text[end:end + 6])
    next_word, next_tag = trail[0] if trail else ("", "edge")
    body = tagged(text[start:head_start]) if head_start > start else []
    out = [
        f"how={how}",
        f"before={before_char or '^'}", f"before_kind={_kind(before_char)}",
        f"after={after_char or '$'}", f"after_kind={_kind(after_char)}",
        f"prev_word={prev_word}", f"prev_tag={prev_tag}",
        f"first_word={first_word}", f"first_tag={first_tag}",
        f"first_char={name[:1]}",
        f"head={head}",
        f"chars{_bucket(len(name), (3, 4, 5, 6, 8, 10, 13, 16, 20, 28))}",
        f"words{_bucket(len(words), (1, 2, 3, 4, 5, 7, 9))}",
        f"body_words{_bucket(len(body), (0, 1, 2, 3, 5))}",
        f"next_word={next_word}", f"next_tag={next_tag}",
        f"distinctive{_bucket(distinctive, (0, 1, 2, 3, 4, 6))}",
        f"head={head}&first_tag={first_tag}",
        f"head={head}&prev_tag={prev_tag}",
        f"occurs{_bucket(occurs, (1, 2, 3))}",
        f"body_occurs{_bucket(body_occurs, (0, 1, 2, 3))}",
    ]
    out.append("at_rules_start" if start == rules_start else ("longer_than_rules" if start < rules_start else "shorter_than_rules"))
    if start == rules_start:
        out.append(f"rules_ok={rules_ok}")
        out.append(f"rules_kept={rules_kept}")
    out.append(f"span_ok={span_ok}")
    out.append(f"rules_kept_other={rules_kept and start != rules_start}")
    tags = {t for _, t in body}
    for t in sorted(tags):
        out.append(f"body_tag={t}")
    for w, t in body:
        if t in ("v", "vn", "nr", "r", "p", "d", "c", "m", "q", "f", "u"):
            out.append(f"body_word={w}")
    if headline:
        out.append("headline")
    if before_char in "“‘「『《" and after_char in "”’」』》":
        out.append("quoted")
    if has_company:
        out.append("has_company")
    if starts_with_company:
        out.append("starts_with_company")
    if has_place:
        out.append("has_place")
    if re.search(r"\d", name):
        out.append("has_digit")
    if re.search(r"[A-Za-z]", name):
        out.append("has_latin")
    if "（" in name or "(" in name:
        out.append("has_bracket")
    return out


def choose(groups: list[CandidateGroup], model: NameModel) -> list[tuple[int, CandidateGroup, float]]:
    """Each group's best start by the ranking weights, kept when its probability of being a name
    clears the threshold: (start, group, probability)."""
    out = []
    for g in groups:
        best = max(g.alternatives, key=lambda a: (model.rank(a.features), a.start == g.rules_start, -a.start))
        best.score = model.score(best.features)
        if best.score >= model.threshold:
            out.append((best.start, g, best.score))
    return out
