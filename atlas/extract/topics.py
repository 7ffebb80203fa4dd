"""Topics per block: which of the five industries a paragraph is about, and the terms that say so.

The vocabulary, weights and the rule for lists of industries live in data/topics.yaml. Matching is
longest-term-first over `match_text`, so every hit is a plain substring an editor can find again.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..data_files import entry_lines, key_line, load_yaml
from ..records import Article, Block, BlockKind, Problem, Severity
from ..slugs import slugify
from ..text import match_text
from .names import NameHit, NameMatcher
from .spans import inside_any

GENERAL = "综合"  # the bucket of blocks with no topic
GENERAL_SLUG = "zonghe"


@dataclass(frozen=True)
class Topic:
    name: str
    slug: str
    description: str
    terms: tuple[tuple[str, float], ...]
    subtags: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def page(self) -> str:
        return f"topics/{self.slug}/index.md"


@dataclass(frozen=True)
class Vocabulary:
    topics: tuple[Topic, ...]
    threshold: float = 2.0
    max_count_per_term: int = 2
    list_weight: float = 0.0
    title_weight: float = 0.5
    list_item_max_chars: int = 10
    other_industries: tuple[str, ...] = ()
    heading_share: float = 0.6
    companies: tuple[tuple[str, tuple[str, ...], str], ...] = ()  # (name, aliases, topic or '') for the overviews

    def topic(self, name: str) -> Topic | None:
        return next((t for t in self.topics if t.name == name), None)

    @cached_property
    def term_table(self) -> "TermTable":
        """The terms gathered for matching, once per vocabulary (not once per paragraph)."""
        return TermTable.of(self)


@dataclass(frozen=True)
class TermTable:
    weights: dict[str, list[tuple[str, float]]]  # term → (topic, weight) for each topic it stands under
    industry_of: dict[str, set[str]]  # term → the industries it names (topics and other_industries)
    matcher: NameMatcher  # every term of industry_of, leftmost-longest

    @classmethod
    def of(cls, vocab: Vocabulary) -> "TermTable":
        weights: dict[str, list[tuple[str, float]]] = {}
        for topic in vocab.topics:
            for term, w in topic.terms:
                weights.setdefault(term, []).append((topic.name, w))
        industry_of = {t: {n for n, _ in ws} for t, ws in weights.items()}
        for other in vocab.other_industries:
            industry_of.setdefault(other, {"other:" + other})
        return cls(weights, industry_of, NameMatcher({t: t for t in industry_of}))


@dataclass(frozen=True)
class TopicScore:
    """Why a block is (or is not) on one topic: the terms found, and those discounted as a list."""

    topic: str
    score: float
    terms: tuple[str, ...]
    listed: tuple[str, ...] = ()  # found only inside a list of industries, so not counted
    subtags: tuple[str, ...] = ()


@dataclass(frozen=True)
class BlockTopics:
    """The topics of one block of one article, with the evidence."""

    article: str  # article stem
    block: str  # block key: the paragraph id (p12), or h<index> for a heading
    kind: BlockKind
    topics: tuple[str, ...]  # in the vocabulary's order; () = 综合
    scores: tuple[TopicScore, ...] = ()
    source: str = "terms"  # "terms" | "heading" (from the paragraphs under it) | "override"
    note: str = ""  # the editor's note of an override

    def score(self, topic: str) -> TopicScore | None:
        return next((s for s in self.scores if s.topic == topic), None)


def block_key(article: Article, block: Block) -> str:
    """Paragraphs and captions are keyed by their id; headings (no id) by their place."""
    return block.id or f"h{article.blocks.index(block)}"


# --- loading ---------------------------------------------------------------------------------

_PLAIN_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SETTINGS = {  # topics.yaml's settings: key → (kind, default)
    "threshold": (float, 2.0), "max_count_per_term": (int, 2), "list_weight": (float, 0.0),
    "title_weight": (float, 0.5), "list_item_max_chars": (int, 10), "heading_share": (float, 0.6),
}


def load_vocabulary(root: Path, problems: list[Problem]) -> Vocabulary:
    """data/topics.yaml. Every mistake is a problem with its line; a wrong topic is left out, a wrong
    setting takes its default, a slug that is not plain ASCII takes the pinyin of the name."""
    rel = "data/topics.yaml"
    data = load_yaml(root / rel, root, problems)
    entries = entry_lines(root / rel, "topics")

    def listed(key: str) -> list:
        value = data.get(key) or []
        if isinstance(value, list):
            return value
        problems.append(Problem(rel, key_line(root / rel, key), Severity.ERROR, "topics.vocabulary",
                                f"{key}: is not a list; it is left out", f"write each item of {key}: on a line starting with -"))
        return []

    topics = []
    for k, item in enumerate(listed("topics")):
        lines = entries[k] if k < len(entries) else {}
        line = lines.get("")
        try:
            terms = tuple((str(t), float(w)) for t, w in (item.get("terms") or {}).items())
            subtags = tuple((str(n), tuple(str(t) for t in ts)) for n, ts in (item.get("subtags") or {}).items())
            name, slug = item["name"], item["slug"]
            if not isinstance(name, str) or not name.strip():
                raise ValueError("name: is not a name")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(Problem(rel, line, Severity.ERROR, "topics.vocabulary", f"topic {k + 1} is incomplete ({exc}); it is left out",
                                    "each topic needs name:, slug: and terms: with `词: 权重` lines (the weight a number)"))
            continue
        if not (isinstance(slug, str) and _PLAIN_SLUG.fullmatch(slug) and len(slug) <= 60):
            fallback = slugify(name)
            problems.append(Problem(rel, lines.get("slug", line), Severity.ERROR, "topics.slug",
                                    f"topic {name}: slug {str(slug)[:60]!r} is not a plain page address; {fallback!r} is used",
                                    "write slug: with lowercase letters, digits and hyphens only, e.g. slug: qiche"))
            slug = fallback
        topics.append(Topic(name, slug, str(item.get("description", "")), terms, subtags))
        missing = sorted({t for _, ts in subtags for t in ts} - {t for t, _ in terms})
        if missing or not terms:
            problems.append(Problem(rel, line, Severity.WARNING, "topics.vocabulary",
                                    f"topic {name}: " + (f"sub-tag terms {'、'.join(missing)} are not among its terms" if missing else "has no terms"),
                                    "add them under terms: with a weight, or take them out of subtags:"))
    companies = tuple(
        (str(c["name"]), tuple(str(a) for a in (c.get("aliases") or [c["name"]])), str(c.get("topic") or ""))
        for c in listed("companies") if isinstance(c, dict) and c.get("name")
    )
    settings = {}
    for key, (kind, default) in _SETTINGS.items():
        value = data.get(key, default)
        try:
            if isinstance(value, bool):
                raise ValueError(value)
            settings[key] = kind(value)
        except (TypeError, ValueError):
            settings[key] = kind(default)
            problems.append(Problem(rel, key_line(root / rel, key), Severity.ERROR, "topics.setting",
                                    f"{key}: {str(value)[:40]!r} is not a number; the default {default:g} is used",
                                    f"write a number, e.g. {key}: {default:g}"))
    return Vocabulary(
        topics=tuple(topics),
        other_industries=tuple(str(x) for x in listed("other_industries")),
        companies=companies,
        **settings,
    )


# --- matching --------------------------------------------------------------------------------

_CLAUSE = re.compile(r"[^,。;:!?…]+")
_TITLE = re.compile(r"《[^《》]*》")
_JOINERS = {"", "和", "及", "与", "、"}
_COUNT = re.compile(r"[两二三四五六七八九十\d]+[大条个项类]")  # 四条, 两大: the list's closing count


def hits_within(hits: list[NameHit], starts: list[int], ends: list[int], a: int, b: int) -> list[NameHit]:
    """The hits inside [a, b). Hits are disjoint and in order (leftmost-longest), so their starts and
    ends both ascend and those inside are one run, found by bisection: a long line stays linear."""
    return hits[bisect_left(starts, a):bisect_right(ends, b)]


def listed_spans(text: str, hits: list[NameHit], industry_of: dict[str, set[str]], item_max: int) -> list[tuple[int, int]]:
    """The spans of `text` that merely list industries (see data/topics.yaml for the rule)."""
    if "、" not in text:
        return []  # no list at all: most paragraphs
    hit_starts, hit_ends = [h.start for h in hits], [h.end for h in hits]
    spans = []
    for clause in _CLAUSE.finditer(text):
        c0, body = clause.start(), clause.group()
        pieces = body.split("、")
        if len(pieces) < 2:
            continue
        last = pieces[-1]
        end_at = last.find("等")
        if end_at == -1:
            count = _COUNT.search(last)
            end_at = count.start() if count else None
        if end_at is None or "分别" in last[end_at:]:
            continue
        first = len(pieces) - 2  # walk back over short items; the first long one holds the list's head
        while first > 0 and len(pieces[first]) <= item_max:
            first -= 1
        starts, pos = [], c0
        for p in pieces:
            starts.append(pos)
            pos += len(p) + 1
        head = hits_within(hits, hit_starts, hit_ends, starts[first], starts[first] + len(pieces[first]))
        before = hits_within(hits, hit_starts, hit_ends, starts[first - 1], starts[first]) if first > 0 else []
        if not head or before:  # a list of long items (whole project names) is content, not a list of industries
            continue
        k = len(head) - 1  # the head item: its last term, and the terms joined to it by 和/及/与
        while k > 0 and text[head[k - 1].end:head[k].start] in _JOINERS:
            k -= 1
        first_hits = head[k:]
        span = (first_hits[0].start, starts[-1] + end_at)
        inside = hits_within(hits, hit_starts, hit_ends, span[0], span[1])
        industries = set().union(*(industry_of.get(h.text, set()) for h in inside)) if inside else set()
        if len(industries) >= 2:
            spans.append(span)
    return spans


def score_text(text: str, vocab: Vocabulary) -> tuple[TopicScore, ...]:
    """Every topic with at least one term in `text`, with its score and the terms behind it."""
    text = match_text(text)
    table = vocab.term_table
    weights = table.weights
    hits = table.matcher.find(text)  # leftmost-longest: the longest term at a place uses up its characters
    spans = listed_spans(text, hits, table.industry_of, vocab.list_item_max_chars)
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(text)]
    found: dict[str, dict[str, list[float]]] = {}
    listed: dict[str, list[str]] = {}
    for h in hits:
        in_list = inside_any(spans, h.start, h.end)
        for topic, w in weights.get(h.text, ()):
            if in_list and vocab.list_weight == 0:
                listed.setdefault(topic, []).append(h.text)
                continue
            in_title = inside_any(titles, h.start, h.end)
            w *= (vocab.list_weight if in_list else 1) * (vocab.title_weight if in_title else 1)
            found.setdefault(topic, {}).setdefault(h.text, []).append(w)
    scores = []
    for topic in vocab.topics:
        terms = found.get(topic.name, {})
        if not terms and topic.name not in listed:
            continue
        score = sum(sum(ws[: vocab.max_count_per_term]) for ws in terms.values())
        subtags = tuple(n for n, ts in topic.subtags if any(t in terms for t in ts))
        scores.append(TopicScore(topic.name, score, tuple(sorted(terms)), tuple(sorted(set(listed.get(topic.name, ())))), subtags))
    return tuple(scores)


# --- per article -----------------------------------------------------------------------------

def assign_article(article: Article, vocab: Vocabulary) -> dict[str, BlockTopics]:
    """Topics of every block of one article; headings get those of the paragraphs they head."""
    out: dict[str, BlockTopics] = {}
    for block in article.blocks:
        scores = score_text(block.text, vocab)
        chosen = tuple(s.topic for s in scores if s.score >= vocab.threshold)
        out[block_key(article, block)] = BlockTopics(article.stem, block_key(article, block), block.kind, chosen, scores)
    for i, block in enumerate(article.blocks):
        key = block_key(article, block)
        if block.kind in (BlockKind.HEADING, BlockKind.SUBHEADING) and not out[key].topics:
            under = [out[block_key(article, b)] for b in _blocks_under(article, i)]
            shared = tuple(t.name for t in vocab.topics
                           if under and sum(t.name in u.topics for u in under) >= vocab.heading_share * len(under))
            if shared:
                out[key] = BlockTopics(article.stem, key, block.kind, shared, out[key].scores, source="heading")
    return out


def _blocks_under(article: Article, index: int) -> list[Block]:
    """The paragraphs a heading heads: up to the next heading of the same or a higher level."""
    level = article.blocks[index].kind
    under = []
    for b in article.blocks[index + 1:]:
        if b.kind is BlockKind.HEADING or (b.kind is BlockKind.SUBHEADING and level is BlockKind.SUBHEADING):
            break
        if b.kind is BlockKind.PARAGRAPH:
            under.append(b)
    return under
