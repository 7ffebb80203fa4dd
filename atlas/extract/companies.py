"""Company and organisation mentions: the editors' list (data/companies.yaml) plus registered names.

Known names are matched longest first (see names.NameMatcher), so a short name inside a longer
one is not counted twice. Registered names (…有限公司, …股份有限公司, …集团) that are not in the
list are reported for review, never silently turned into pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..data_files import load_yaml
from ..records import Article, Problem, Severity
from .names import NameHit, NameMatcher

DATA_FILE = "data/companies.yaml"
PLACE_PREFIXES = ("中国", "长春市", "长春", "吉林省", "吉林")  # may stand before a registered name and belong to it


@dataclass(frozen=True)
class Company:
    name: str
    full: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = "company"  # company | brand | government | institute
    parent: str = ""


@dataclass(frozen=True)
class CompanyMention:
    company: str  # Company.name
    text: str  # as printed
    article: str  # article stem
    block: str  # block id
    start: int
    end: int


@dataclass(frozen=True)
class RegisteredName:
    """A …有限公司 / …集团 name the editors' list does not know yet."""

    text: str
    article: str
    block: str
    start: int = -1  # where it stands in the block's text (the link stage makes it a mention)
    end: int = -1


def load_companies(root: Path, problems: list[Problem]) -> list[Company]:
    data = load_yaml(root / DATA_FILE, root, problems)
    companies = []
    items = data.get("companies") if isinstance(data, dict) else None
    for k, item in enumerate(items if isinstance(items, list) else [], 1):
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            problems.append(Problem(DATA_FILE, None, Severity.WARNING, "companies.entry",
                                    f"entry {k} under companies: has no name; it is left out", "give it `name: …`"))
            continue
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            aliases = [aliases]
        companies.append(Company(str(item["name"]).strip(), str(item.get("full") or "").strip(),
                                 tuple(str(a).strip() for a in aliases if str(a).strip()),
                                 str(item.get("kind") or "company"), str(item.get("parent") or "").strip()))
    return companies


def company_matcher(companies: list[Company]) -> NameMatcher:
    names: dict[str, str] = {}
    for c in companies:
        for n in (c.name, c.full, *c.aliases):
            if n:
                names.setdefault(n, c.name)
    return NameMatcher(names)


# A registered name: a run of name characters ending in a legal-form suffix. The run starts after
# punctuation or after one of the verbs/prepositions that commonly stand before a company.
REGISTERED = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?:(?:[（(]集团[）)])?(?:股份有限公司|有限责任公司|有限公司|股份公司)|集团)")
# legal-form words that may follow a listed short name and belong to the mention (中车长客股份公司, 长客股份)
_LEGAL_TAIL = ("股份有限公司", "股份公司", "股份", "集团有限公司", "有限公司", "公司")
_LEAD = re.compile(r"^.*(?:的|在|与|和|推动|积极|由|是|为|将|让|对|向|市|即|等|子公司)")


def find_registered_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in REGISTERED.finditer(text):
        start = m.start()
        lead = _LEAD.match(m.group(0))
        if lead:
            start += lead.end()
        if m.end() - start >= 6:
            spans.append((start, m.end()))
    return spans


def _with_legal_tail(text: str, hit: NameHit) -> NameHit:
    tail = next((t for t in _LEGAL_TAIL if text.startswith(t, hit.end)), "")
    return NameHit(hit.text + tail, hit.key, hit.start, hit.end + len(tail)) if tail else hit


def company_mentions(article: Article, matcher: NameMatcher) -> tuple[list[CompanyMention], list[RegisteredName]]:
    mentions, unknown = [], []
    for block in article.blocks:
        if not block.id:
            continue
        hits = [_with_legal_tail(block.text, h) for h in matcher.find(block.text)]
        spans = {(h.start, h.end): h for h in hits}
        for start, end in find_registered_names(block.text):
            text = block.text[start:end]
            # 中国中车长春轨道客车股份有限公司: a place before a known registered name is part of it
            placed = next((h for h in hits if h.end == end and block.text[start:h.start] in PLACE_PREFIXES), None)
            if placed is not None and placed.start > start:
                del spans[(placed.start, placed.end)]
                spans[(start, end)] = NameHit(text, placed.key, start, end)
            # a known name at the end (…服务一汽集团) means the run is that name with words before it
            elif not any(h.end == end for h in hits) and matcher.key(text) is None:
                unknown.append(RegisteredName(text, article.stem, block.id, start, end))
        for h in sorted(spans.values(), key=lambda h: h.start):
            mentions.append(CompanyMention(h.key, h.text, article.stem, block.id, h.start, h.end))
    return mentions, unknown
