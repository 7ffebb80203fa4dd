"""Companies across articles: registered names joined to the company they name, new companies
for registered names nobody listed, and the short forms articles introduce.

- A registered name (…有限公司, …股份有限公司, …集团) whose core (`aliases.company_core`: places and
  legal-form suffixes dropped) is the core of a listed company's name, registered name or alias is
  a mention of that company: 长光卫星技术有限公司 (an old legal name) → 长光卫星, 长春金赛药业有限责任
  公司 → 金赛药业. The shorter name found inside it is then not counted again.
- Registered names of one core that no entry lists become one company of their own, named by its
  most written registered form; the build report still lists it, so an editor can give it an entry.
- A short form the article introduces right after a registered name (（以下简称“金赛药业”）) is an
  alias of that company in every article, matched like any listed name.
- A group (…集团) and a stock company (…股份…) of one core are two companies: a full legal name
  whose body differs from the listed company's registered name, or a group written beside the
  stock company in one article, is a company of its own (a bare 比亚迪集团 alone stays 比亚迪).
- `same:` in data/companies.yaml joins two cores the rules keep apart; `not_same:` keeps a
  registered name away from the company its core matched.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from functools import lru_cache

from ..config import PROJECT_ROOT
from ..extract.companies import (COUNTRIES, NOT_A_FIRM_END, PROVINCES, Company, CompanyMention, RegisteredName, in_company_list,
                                 load_trade_words, with_legal_tail)
from ..extract.companies import DATA_FILE as COMPANIES_FILE
from ..extract.facts import ArticleFacts
from ..records import Problem, Severity
from ..extract.names import NameMatcher
from ..segment import dictionary
from ..text import match_text
from .aliases import company_core, introduced_short_form, without_province


def legal_body(name: str) -> str:
    """集团 for a group's registered name, 股份 for a stock company's, "" when it says neither or both
    (长春高新技术产业(集团)股份有限公司 is one company under both words)."""
    group, stock = "集团" in name, "股份" in name
    return "集团" if group and not stock else "股份" if stock and not group else ""


def other_legal_body(registered: str, listed_full: str) -> bool:
    """A group and its stock company are two companies of one core: 北车长客集团 beside 长客股份公司,
    中国第一汽车股份有限公司 beside 中国第一汽车集团有限公司."""
    a, b = legal_body(match_text(registered)), legal_body(match_text(listed_full))
    return bool(a and b and a != b)


def separate_legal_bodies(mentions: list[CompanyMention], full_names: dict[str, str]
                          ) -> tuple[list[CompanyMention], list[RegisteredName]]:
    """Mentions that name another legal body than their company's registered name, given back as
    registered names: a full legal form (中国第一汽车股份有限公司 against 中国第一汽车集团有限公司),
    or a group written in the same article as the stock company (北车长客集团和长客股份公司). A
    bare 比亚迪集团 alone stays 比亚迪: articles call a stock company's whole business a group."""
    bodies: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        bodies[(m.article, m.company)].add(legal_body(match_text(m.text)))
    kept, moved = [], []
    for m in mentions:
        full = full_names.get(m.company, "")
        both = {"集团", "股份"} <= bodies[(m.article, m.company)]
        if other_legal_body(m.text, full) and (m.text.endswith("公司") or both):
            moved.append(RegisteredName(m.text, m.article, m.block, m.start, m.end))
        else:
            kept.append(m)
    return kept, moved


def _add_alias(new_companies: dict[str, Company], aliases: dict[str, str], core: str, short: str, name: str) -> None:
    aliases[short] = name
    c = new_companies[core]
    new_companies[core] = Company(c.name, c.full, tuple(sorted({*c.aliases, short})))


def _join_abbreviations(resolved: list, new_forms: dict[str, Counter]) -> None:
    """长春市轨道交通集团有限公司 … 长春轨交集团 in one article: a new company whose core is the
    other's characters in order (same first character, same legal body) is that company; one whose core
    is the start of the other's is the group above it (亚泰集团 / 亚泰医药集团)."""
    in_article: dict[str, set[str]] = defaultdict(set)
    for r, target in resolved:
        if target in new_forms:
            in_article[r.article].add(target)
    into: dict[str, str] = {}
    for _, cores in sorted(in_article.items()):
        for short in sorted(cores):
            # a plain name (浙江华业, found by its stock code or its officers: no legal word at all) is
            # the start of a registered name in its article too; (not a group's start: 亚泰集团 is the
            # group above 亚泰医药集团, as 一汽 above 一汽解放)
            plain = not any(w in t for t in new_forms[short] for w in ("公司", "集团", "股份"))
            longer = [c for c in cores if len(c) > len(short) and c[0] == short[0] and _in_order(short, c)
                      and (plain or not c.startswith(short))
                      # (a regional unit, 美联新材料(四川)有限公司, is not its parent 美联新材)
                      and not (plain and re.search(r"[（(]", "".join(new_forms[c])))
                      and (plain or {legal_body(t) for t in new_forms[c]} == {legal_body(t) for t in new_forms[short]})]
            if len(longer) == 1:
                into.setdefault(short, longer[0])
    for k, (r, target) in enumerate(resolved):
        if target in into:
            resolved[k] = (r, into[target])
    for short, full in into.items():
        new_forms[full].update(new_forms.pop(short))


def _place_of(name: str) -> str:
    """The province or city a registered name opens with, without 省/市 (长春市… and 长春… are one place)."""
    t = match_text(name)
    place = next((p for p in PROVINCES if t.startswith(p)), "")
    return place[:-1] if place.endswith(("省", "市")) and len(place) > 2 else place


def _plain_words(core: str) -> bool:
    """交通投资, 城市发展投资控股: a core of common words only (anyone's), no coined name (长光卫星)."""
    from ..segment import words  # jieba, loaded only when a core needs it

    freq = dictionary()
    parts = [w for w in words(core) if re.fullmatch(r"[\u4e00-\u9fff]+", w)]
    return bool(parts) and all(len(w) >= 2 and freq.get(w, 0) >= 300 for w in parts)


def _split_by_place(resolved: list, new_forms: dict[str, Counter]) -> None:
    """吉林省交通投资集团有限公司 / 长春市交通投资集团有限公司: new companies whose core is common words
    only and whose registered names open with two different places are one company a place (a
    province's and a city's groups); a form without a place stays with neither."""
    for core in [c for c in new_forms if _plain_words(c)]:
        places = {_place_of(f) for f in new_forms[core]} - {""}
        if len(places) < 2:
            continue
        for k, (r, target) in enumerate(resolved):
            if target == core and _place_of(r.text):
                resolved[k] = (r, _place_of(r.text) + "|" + core)
        forms = new_forms.pop(core)
        for form, n in forms.items():
            new_forms[(_place_of(form) + "|" + core) if _place_of(form) else core][form] += n


def _join_without_province(resolved: list, new_forms: dict[str, Counter]) -> None:
    """玲珑轮胎 (an item of a list of companies) and 山东玲珑轮胎股份有限公司: a new company written without
    any province is the one new company whose core is it after its province (四川一汽丰田 and 一汽丰田
    beside a second such core stay apart: nobody can tell which)."""
    provinced: dict[str, set[str]] = defaultdict(set)
    for core in new_forms:
        if without_province(core) != core:
            provinced[without_province(core)].add(core)
    # (written without a place: 长春市轨道交通集团's core is 轨道交通 too, and it is not 重庆's)
    into = {core: next(iter(provinced[core])) for core in new_forms
            if len(core) >= 4 and len(provinced.get(core, ())) == 1 and all(match_text(f).startswith(core) for f in new_forms[core])}
    for k, (r, target) in enumerate(resolved):
        if target in into:
            resolved[k] = (r, into[target])
    for short, full in into.items():
        new_forms[full].update(new_forms.pop(short))


def _opens_with_common_word(core: str) -> bool:
    """轨道交通 (轨道: a common word), not 林泉汽车零部件 (林泉: a coined name)."""
    return dictionary().get(core[:2], 0) >= 300


# X是(上市公司)Y的全资子公司: the article says X and Y are two companies
_SUBSIDIARY_OF = re.compile(r"是(?:上市公司|母公司|其)?([\u4e00-\u9fffA-Za-z]{2,12}?)的(?:全资|控股)?(?:子公司|孙公司)")


def _parents_stated(mentions: list[CompanyMention], blocks: dict) -> tuple[list[CompanyMention], set[str]]:
    """長春長生是上市公司長生生物的全資子公司: a company the article names as another's parent is not that
    company, even when a short form elsewhere made both one (长生生物 for the subsidiary in another
    article): the parent's mention there becomes a company of its own, named as written."""
    at = {(m.article, m.block, m.start, m.end): m for m in mentions}
    moved: dict[tuple, CompanyMention] = {}
    for (stem, block_id), text in blocks.items():
        for match in _SUBSIDIARY_OF.finditer(text):
            child = next((m for (a, b, _, e), m in at.items() if (a, b) == (stem, block_id) and e == match.start()), None)
            parent = at.get((stem, block_id, match.start(1), match.end(1)))
            if child is not None and parent is not None and child.company == parent.company:
                moved[(stem, block_id, parent.start, parent.end)] = CompanyMention(
                    parent.text, parent.text, stem, block_id, parent.start, parent.end)
    if not moved:
        return mentions, set()
    # the parent's name means the parent throughout that article (長生生物被暫停股票上市 further on)
    named = {(m.article, m.text): m.text for m in moved.values()}
    same = {(a, t): next(m.company for m in mentions if (m.article, m.block, m.start, m.end) == key)
            for key, mm in moved.items() for a, t in [(mm.article, mm.text)]}
    out = [CompanyMention(named[(m.article, m.text)], m.text, m.article, m.block, m.start, m.end)
           if (m.article, m.text) in named and m.company == same[(m.article, m.text)] else m for m in mentions]
    return out, set(named.values())


_LEGAL_FREE = re.compile(r"(?:[（(]集团[）)])?(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团总?公司)$")


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


@dataclass(frozen=True)
class LinkedCompanies:
    companies: tuple[Company, ...]  # the listed ones, then the new ones (by name)
    mentions: tuple[CompanyMention, ...]
    unknown: tuple[RegisteredName, ...]  # registered names no entry lists (for the report), as before
    # names of one distinctive core kept apart (two places, a group beside a stock company, a core
    # that is not one company's own): (name, name, why), for the report's `same:` line
    proposed: tuple[tuple[str, str, str], ...] = ()
    merged: tuple[tuple[str, str, str], ...] = ()  # names the distinctive core made one: (name, name, why)


def company_pair_problems(linked: LinkedCompanies) -> list[Problem]:
    """The report's lines: each merge by the distinctive core with the `not_same:` line that undoes it,
    each doubtful pair with the `same:` line that makes it."""
    out = []
    for a, b, why in linked.merged:
        out.append(Problem(COMPANIES_FILE, None, Severity.INFO, "companies.merged",
                           f"合并为一个公司页：{a}、{b}（{why}）",
                           f"如果它们不是同一家公司，在 {COMPANIES_FILE} 的 `not_same:` 下加一行 `- [{a}, {b}]`"))
    for a, b, why in linked.proposed:
        out.append(Problem(COMPANIES_FILE, None, Severity.INFO, "companies.doubtful",
                           f"可能是同一家公司：{a}、{b}（名称的自有部分相同；未合并：{why}）",
                           f"如果它们是同一家公司，在 {COMPANIES_FILE} 的 `same:` 下加一行 `- [{a}, {b}]`"))
    return out


# --- the distinctive core: a company's own characters, read from the structure of its name ---------

_BRANCH = re.compile(r"(?:分公司|分行|分厂|分院|分部|办事处|分支机构)$")
# a branch written after the parent's name (国文医疗集团长春分公司, 交通银行吉林省分行)
_BRANCH_AFTER = re.compile(r"(?:[（(]?(?:" + "|".join(PROVINCES) + r"|[\u4e00-\u9fff]{1,4}?[省市区县州])[）)]?){0,2}"
                           r"(?:分公司|分行|分厂|分院|分部|办事处)")
_LEGAL_END = re.compile(r"(?:[（(]集团[）)])?(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司"
                        r"|集团总?公司|总公司|公司|集团|股份)$")
_LEGAL_FORM = (r"(?:[（(]集团[）)])?(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司"
               r"|集团总?公司|总公司|公司|集团)")
_REGION = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")  # 富奥汽车零部件（长春）有限公司: a unit's place
_CORE_PLACES = tuple(sorted({*PROVINCES, "中国", *COUNTRIES}, key=lambda p: (-len(p), p)))
_COMMON_CORE = 300  # jieba's frequency from which a core is a common word (宏大, 交通), no company's own


@lru_cache(maxsize=1)
def _trade_words() -> tuple[str, ...]:
    """The repository's list, for a caller that passes none (tests, scripts); the build passes the
    project's own (`DataFiles.company_trade_words`)."""
    return load_trade_words(PROJECT_ROOT)


def distinctive_core(name: str, trade_words: tuple[str, ...] | None = None) -> str:
    """A company's own characters: its name without the legal form at its end, a bracketed place, the
    places before it and the trade words after it (吉林国文医疗管理集团有限公司, 吉林国文医疗集团 → 国文;
    一汽-大众 → 一汽大众). Never shorter than two characters; "" for a branch (…长春分公司)."""
    trade_words = _trade_words() if trade_words is None else trade_words
    t = match_text(name)
    if _BRANCH.search(t):
        return ""
    t = re.sub(r"[-－—‐·]", "", t)

    def cut(t: str, pattern_or_words, at_end: bool) -> str:
        while True:
            if isinstance(pattern_or_words, re.Pattern):
                m = pattern_or_words.search(t)
                piece = m.group(0) if m else ""
            elif at_end:
                piece = next((w for w in pattern_or_words if t.endswith(w) and len(t) - len(w) >= 2), "")
            else:
                piece = next((w for w in pattern_or_words if t.startswith(w) and len(t) - len(w) >= 2), "")
            if not piece or len(t) - len(piece) < 2:
                return t
            t = t[: -len(piece)] if at_end else t[len(piece):]

    t = cut(t, _LEGAL_END, True)
    t = _REGION.sub("", t) if len(_REGION.sub("", t)) >= 2 else t
    t = cut(t, _CORE_PLACES, False)
    return cut(t, trade_words, True)


def _distinctive(core: str, listed_names: set[str], trade_words: tuple[str, ...]) -> bool:
    """Two characters or more of its own: no trade word, no place, no common word of the dictionary
    (宏大, 交通投资 → 交通), unless the editors list it as a company's name (奥迪, 比亚迪)."""
    if len(core) < 2 or core in trade_words or core in _CORE_PLACES or core.startswith("#"):
        return False
    return core in listed_names or dictionary().get(core, 0) < _COMMON_CORE


def _places(forms) -> set[str]:
    """The provinces, cities and bracketed places the written forms of a company state."""
    out = {_place_of(f) for f in forms} | {m.group(0)[1:-1] for f in forms for m in _REGION.finditer(match_text(f))}
    return out - {"", "集团"}


def _join_by_editors(resolved: list, new_forms: dict[str, Counter], same: tuple) -> None:
    """A `same:` line naming two companies nobody listed (as the report proposes them) makes them one."""
    core_of = {match_text(f): core for core, forms in new_forms.items() for f in forms}
    into: dict[str, str] = {}
    for pair in same:
        cores = sorted({into.get(core_of[match_text(n)], core_of[match_text(n)]) for n in pair if match_text(n) in core_of})
        for c in cores[1:]:
            into.update({k: cores[0] for k, v in into.items() if v == c})
            into[c] = cores[0]
    for k, (r, target) in enumerate(resolved):
        if target in into:
            resolved[k] = (r, into[target])
    for short, full in sorted(into.items()):
        new_forms[full].update(new_forms.pop(short))


def _join_by_distinctive_core(resolved: list, new_forms: dict[str, Counter], listed: list[Company],
                              trade_words: tuple[str, ...], proposed: list, refused: set = frozenset(),
                              merged: list | None = None) -> None:
    """长春捷翼汽车零部件有限公司 / 长春捷翼汽车科技股份有限公司, 吉林国文医疗管理集团有限公司 / 吉林国文医疗集团:
    new companies of one distinctive core are one when that core is theirs alone (distinctive, no
    listed company's, opening no other name) and their forms state at most one place and one legal
    body; otherwise the pair is proposed."""
    listed_names = {match_text(n) for c in listed for n in (c.name, *c.aliases) if n}
    listed_starts = [_stripped(n) for c in listed for n in (c.name, c.full, *c.aliases) if n]
    by_core: dict[str, list[str]] = defaultdict(list)
    for core, forms in new_forms.items():
        cores = {distinctive_core(f, trade_words) for f in forms} - {""}
        if not core.startswith("#") and len(cores) == 1:
            by_core[cores.pop()].append(core)
    into: dict[str, str] = {}
    for d, cores in sorted(by_core.items()):
        if len(cores) < 2 or not _distinctive(d, listed_names, trade_words):
            continue
        forms = [f for c in cores for f in new_forms[c]]
        if any(frozenset((match_text(a), match_text(b))) in refused for a in forms for b in forms):
            continue  # the editors' `not_same:`
        names = sorted({min(new_forms[c], key=lambda t: (-new_forms[c][t], -len(t), t)) for c in cores})
        others = [c for c in new_forms if c not in cores and _stripped(c).startswith(d)]
        why = ("两地" if len(_places(forms)) > 1 else
               "行业词不同" if not _one_trade(cores, new_forms, d, trade_words) else
               "集团与股份公司" if len({legal_body(match_text(f)) for f in forms} - {""}) > 1 else
               "已列公司的名称以它开头" if any(n.startswith(d) for n in listed_starts) else
               "另一公司的名称以它开头" if others else "")
        if why:
            proposed += [(a, b, why) for k, a in enumerate(names) for b in names[k + 1:]]
            continue
        target = min(cores, key=lambda c: (-sum(new_forms[c].values()), -len(c), c))
        into.update({c: target for c in cores if c != target})
        if merged is not None:
            merged += [(a, b, f"名称的自有部分都是“{d}”，只差地名、行业词或公司形式")
                       for k, a in enumerate(names) for b in names[k + 1:]]
    for k, (r, target) in enumerate(resolved):
        if target in into:
            resolved[k] = (r, into[target])
    for short, full in sorted(into.items()):
        new_forms[full].update(new_forms.pop(short))


def _branches(mentions: list[CompanyMention], registered: list[RegisteredName], blocks: dict
              ) -> tuple[list[CompanyMention], list[RegisteredName], set[RegisteredName]]:
    """国文医疗集团长春分公司, 交通银行吉林省分行: a name followed by a branch's place and 分公司/分行 names
    the branch, a company of its own (never its parent's page): the mention takes the whole name."""
    branches: set[RegisteredName] = set()

    def branch(text: str, article: str, block: str, start: int, end: int) -> RegisteredName | None:
        tail = _BRANCH_AFTER.match(blocks.get((article, block), ""), end) if end >= 0 else None
        if tail is None:
            return None
        r = RegisteredName(text + tail.group(0), article, block, start, tail.end())
        branches.add(r)
        return r

    kept, new = [], []
    for m in mentions:
        b = branch(m.text, m.article, m.block, m.start, m.end)
        (new if b else kept).append(b or m)
    for r in registered:
        new.append(branch(r.text, r.article, r.block, r.start, r.end) or r)
    return kept, new, branches


def _trade_split(run: str, trade_words: tuple[str, ...]) -> list[str]:
    """医疗管理 → [医疗, 管理] (longest first, as the pattern read them)."""
    out = []
    while run:
        w = next((w for w in trade_words if run.startswith(w)), run)
        out.append(w)
        run = run[len(w):]
    return out


def _noun_after(text: str, end: int) -> bool:
    """Whether a noun (jieba's n…, vn) follows at `end`: 发展|需求, 技术|人员."""
    from ..segment import tagged  # jieba's tags, loaded only when a short form may end here

    rest = re.match(r"[\u4e00-\u9fff]{1,6}", text[end:])
    first = tagged(rest.group(0))[0] if rest else ("", "")
    return first[1].startswith("n") or first[1] == "vn"


_COMPLETE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")


def _one_trade(cores: list[str], new_forms: dict[str, Counter], core: str, trade_words: tuple[str, ...]) -> bool:
    """Whether names of one distinctive core name one business: the trade words of each are among those
    of a complete registered name (国文医疗集团 / 国文医疗管理集团有限公司), or all are complete registered
    names stating one place (长春捷翼汽车零部件有限公司 renamed 长春捷翼汽车科技股份有限公司); not a
    group beside a name with a trade of its own (浙江海正集团 / 海正化工: a unit of the group)."""
    def trades(form: str) -> set[str]:
        t = _LEGAL_END.sub("", _REGION.sub("", _stripped(form)))
        return set(_trade_split(t[t.find(core) + len(core):], trade_words)) if core in t else set()

    forms = [f for c in cores for f in new_forms[c]]
    # a group's name holds every trade of its own short forms; a trade beyond it is a unit's
    # (湖北宏达重工集团有限公司 / 湖北宏达重工机械有限公司, 浙江海正集团 / 海正化工)
    group_trades = [trades(f) for f in forms if "集团" in f]
    if group_trades and not all(trades(f) <= set().union(*group_trades) for f in forms):
        return False
    if all(_COMPLETE.search(match_text(f)) for f in forms) and len(_places(forms)) == 1:
        return True
    # (the short forms drop words of the complete name: the name with the most trades must be complete)
    widest = max((trades(f) for f in forms), key=len)
    return all(trades(f) <= widest for f in forms) and (
        all(trades(f) == widest for f in forms) or any(trades(f) == widest and _COMPLETE.search(match_text(f)) for f in forms))


# a foreign legal name: Latin words ending in a legal form (Jilin OLED Material Tech Co.,Ltd., Audi AG)
_FOREIGN = re.compile(r"[A-Z][A-Za-z0-9&.,'\- ]{1,80}?(?:Co\.?\s*,?\s*Ltd\.?|Company\s+Limited|Limited|Ltd\.?|Inc\.?"
                      r"|Corp(?:oration)?\.?|GmbH|AG|LLC|PLC|S\.A\.)")
_CHINESE_LEGAL = re.compile(r"(?:有限公司|股份公司|有限责任公司|集团)$")


def _foreign_names(facts: list[ArticleFacts], mentions: list[CompanyMention]) -> list[CompanyMention]:
    """吉林奥来德光电材料股份有限公司 / Jilin OLED Material Tech Co.,Ltd.: a foreign legal name written right
    after a Chinese registered name, in brackets or as the next line (a filing's or a company site's
    header), is that company's."""
    out = list(mentions)
    taken = {(m.article, m.block, m.start) for m in mentions}
    for f in facts:
        blocks = [b for b in f.matchable.blocks if b.id]
        after = {b.id: blocks[k + 1] for k, b in enumerate(blocks[:-1])}
        text_of = {b.id: b.text for b in blocks}
        for m in mentions:
            if m.article != f.matchable.stem or m.block not in text_of or not _CHINESE_LEGAL.search(match_text(m.text)):
                continue
            text = text_of[m.block]
            bracket = re.compile(r"\s*[（(]\s*(" + _FOREIGN.pattern + r")\s*[）)]").match(text, m.end)
            if bracket and (m.article, m.block, bracket.start(1)) not in taken:
                out.append(CompanyMention(m.company, bracket.group(1), m.article, m.block, bracket.start(1), bracket.end(1)))
            elif not text[m.end:].strip() and m.block in after:
                line = after[m.block].text.strip()
                start = after[m.block].text.find(line)
                if _FOREIGN.fullmatch(line) and (m.article, after[m.block].id, start) not in taken:
                    out.append(CompanyMention(m.company, line, m.article, after[m.block].id, start, start + len(line)))
    return out


def _stripped(name: str) -> str:
    """A name without the places that open it (吉林奥来德光电材料 → 奥来德光电材料)."""
    t = re.sub(r"[-－—‐·]", "", match_text(name))
    while (place := next((p for p in _CORE_PLACES if t.startswith(p) and len(t) - len(p) >= 2), "")):
        t = t[len(place):]
    return t


def _structural_mentions(companies: list[Company], mentions: list[CompanyMention], blocks: dict,
                         trade_words: tuple[str, ...], listed_names: set[str], refused=lambda text, company: False
                         ) -> list[CompanyMention]:
    """奥来德光电, 长生科技, 国文医疗集团, 宏翊公司: a company's distinctive core with trade words or a legal
    form after it (and places before it) is that company, in every article, when the core is that
    company's alone: no other company has it or a name that opens with it (一汽 opens 一汽解放: not
    一汽汽车金融有限公司). A branch (…长春分公司) and a project or site (…科技园, …医疗基地) are not it."""
    owners: dict[str, set[str]] = defaultdict(set)
    starts: dict[str, set[str]] = defaultdict(set)  # company → its names without places
    for c in companies:
        for n in (c.name, c.full, *c.aliases):
            if n and not n.startswith("#"):
                d = distinctive_core(n, trade_words)
                if d:
                    owners[d].add(c.name)
                starts[c.name].add(_stripped(n))
    trade_of: dict[str, str] = {c: "".join(sorted(ss)) for c, ss in starts.items()}  # its names' characters
    usable = {d: next(iter(o)) for d, o in owners.items() if len(o) == 1 and _distinctive(d, listed_names, trade_words)
              and not any(s.startswith(d) for name, ss in starts.items() if name not in o for s in ss)}
    if not usable:
        return mentions
    places = "|".join(map(re.escape, _CORE_PLACES))
    trades = "|".join(map(re.escape, trade_words)) or "(?!)"
    # (一汽-大众 / 一汽大众: a hyphen may stand between any two characters of a core)
    cores = "|".join("-?".join(map(re.escape, d)) for d in sorted(usable, key=lambda d: (-len(d), d)))
    pattern = re.compile(rf"(?:{places})*(?P<core>{cores})(?P<trade>(?:{trades})*)(?P<legal>{_LEGAL_FORM})?")
    words = dictionary()
    at: dict[tuple[str, str], list[CompanyMention]] = defaultdict(list)
    for m in mentions:
        at[(m.article, m.block)].append(m)
    out = list(mentions)
    for (stem, block_id), text in sorted(blocks.items()):
        for hit in pattern.finditer(text):
            start, end, company = hit.start(), hit.end(), usable[hit.group("core").replace("-", "")]
            if not (hit.group("trade") or hit.group("legal")) or _BRANCH_AFTER.match(text, end) \
                    or text.startswith(NOT_A_FIRM_END, end):
                continue
            if refused(text[start:end], company):  # the editors' `not_same:`
                continue
            # a trade its names lack is another company of the group (浙江海正集团 / 海正化工)
            if any(w not in trade_of[company] for w in _trade_split(hit.group("trade"), trade_words)):
                continue
            # a trade word that modifies the noun after it is no part of the name (红旗|发展需求, 迪瑞医疗|技术人员)
            if not hit.group("legal") and _noun_after(text, end):
                continue
            # (a core cut out of a word: 中国文化 holds 国文)
            if start > 0 and start == hit.start("core") and words.get(text[start - 1:start + 1], 0) >= _COMMON_CORE:
                continue
            here = at[(stem, block_id)]
            overlapping = [m for m in here if m.start < end and start < m.end]
            if any(not (start <= m.start and m.end <= end) or m.company != company for m in overlapping):
                continue
            if any((m.start, m.end) == (start, end) for m in overlapping):
                continue
            for m in overlapping:
                out.remove(m)
                here.remove(m)
            found = CompanyMention(company, text[start:end], stem, block_id, start, end)
            out.append(found)
            here.append(found)
    return out


def link_company_names(facts: list[ArticleFacts], listed: list[Company], same: tuple, not_same: tuple,
                       trade_words: tuple[str, ...] | None = None) -> LinkedCompanies:
    trade_words = _trade_words() if trade_words is None else trade_words
    full_names = {c.name: c.full for c in listed if c.full}
    mentions, other_bodies = separate_legal_bodies([m for f in facts for m in f.companies], full_names)
    registered = [r for f in facts for r in f.unknown_companies] + other_bodies
    blocks = {(f.matchable.stem, b.id): b.text for f in facts for b in f.matchable.blocks if b.id}
    mentions, registered, branches = _branches(mentions, registered, blocks)
    refused = {frozenset(map(match_text, pair)) for pair in not_same}
    by_core: dict[str, str] = {}  # core → company name (the first entry that has it)
    for c in listed:
        for n in (c.name, c.full, *c.aliases):
            if n:
                by_core.setdefault(company_core(n), c.name)
    same_names: dict[str, set[str]] = defaultdict(set)  # core of a name nobody listed → names `same:` gives it
    for pair in same:  # the editors' word: the names of a `same:` line are one company
        known = next((by_core[company_core(n)] for n in pair if company_core(n) in by_core), None)
        for n in pair:
            if known:
                by_core.setdefault(company_core(n), known)
            else:
                same_names[company_core(n)].update(pair)
    listed_names = {c.name for c in listed}

    def refused_for(text: str, company: str) -> bool:
        names = {match_text(company)} | {match_text(n) for c in listed if c.name == company for n in (c.full, *c.aliases) if n}
        return any(frozenset((match_text(text), n)) in refused for n in names)

    # registered names: known core → that company; else grouped by core into a new company
    resolved: list[tuple[RegisteredName, str]] = []
    new_forms: dict[str, Counter] = defaultdict(Counter)
    for r in registered:
        core = company_core(r.text) if r not in branches else "#" + match_text(r.text)  # a branch: its own
        company = by_core.get(core)
        if company is not None and (refused_for(r.text, company) or r in other_bodies or (
                r.text.endswith("公司") and other_legal_body(r.text, full_names.get(company, "")))):
            company = None
            core = "#" + match_text(r.text)  # refused: a company of its own
        if company is None and not core.startswith("#") and _opens_with_common_word(core):
            # a group before a unit's place and name joins a listed unit (中国北车集团长春轨道客车 → 中车长客),
            # but two groups' units of one trade are two companies (中铁建长春轨道交通 / 长春市轨道交通集团);
            # a coined unit name is the unit's whoever writes its group (XX集团长春林泉汽车零部件 / 长春林泉…)
            core = company_core(r.text, unit_only=False)
        if company is None:
            new_forms[core][r.text] += 1
        resolved.append((r, company or core))
    _split_by_place(resolved, new_forms)
    _join_abbreviations(resolved, new_forms)
    _join_without_province(resolved, new_forms)
    proposed: list[tuple[str, str, str]] = []
    _join_by_editors(resolved, new_forms, same)
    merged: list[tuple[str, str, str]] = []
    _join_by_distinctive_core(resolved, new_forms, listed, trade_words, proposed, refused, merged)
    new_name = {core: min(forms, key=lambda t: (-forms[t], -len(t), t)) for core, forms in new_forms.items()}
    new_companies = {core: Company(name, full=name) for core, name in new_name.items()}
    # short forms articles introduce, and the names of new companies, become names to match everywhere
    aliases: dict[str, str] = {}
    introduced: set[str] = set()  # the short forms articles introduce (以下简称…, a bracket after the name)
    for r, target in resolved:
        company = new_name.get(target, target)
        short = introduced_short_form(blocks.get((r.article, r.block), "")[r.end:], r.text) if r.end >= 0 else ""
        others = {short} if short and len(short) >= 2 else set()
        introduced |= others
        if target in new_companies:
            others |= same_names.get(target, set()) - {r.text}
        for other in sorted(others):
            aliases.setdefault(other, company)
            if target in new_companies and other not in new_companies[target].aliases and other != company:
                c = new_companies[target]
                new_companies[target] = Company(c.name, c.full, tuple(sorted({*c.aliases, other})))
    # 吉林大华机械制造有限公司 … 大华机械: an article that writes a new company's registered name
    # and then the start of its core alone (four characters or more; the rest is its trade: 制造,
    # 汽车零部件) gives the company that short form, matched in every article like one introduced
    # with 简称
    article_text: dict[str, str] = defaultdict(str)
    for (stem, _), text in sorted(blocks.items()):
        article_text[stem] += text + "\n"
    # (the whole core too, when the article writes it more often than its registered names and it
    # starts with a coined name: 吉林省东鳌鹿业集团有限公司 … 东鳌鹿业则积极拓展…; not 轨道交通)
    registered_in: Counter = Counter((r.article, target) for r, target in resolved)
    words = dictionary()
    group_names = sorted({match_text(n) for c in listed for n in (c.name, *c.aliases) if len(n) >= 2}, key=lambda n: (-len(n), n))
    for r, target in resolved:
        if target not in new_companies:
            continue
        core, text = without_province(target), article_text.get(r.article, "")
        whole = len(core) if not words.get(core[:2]) else len(core) - 1
        short = next((core[:n] for n in range(whole, 3, -1)
                      if text.count(core[:n]) > (text.count(core) if n < len(core) else registered_in[(r.article, target)])), "")
        if short and short not in by_core and short not in aliases:
            _add_alias(new_companies, aliases, target, short, new_name[target])
            continue
        # 长春一汽富晟李尔汽车电器有限公司 … 富晟李尔是…: after a listed group's name that opens the core,
        # the start of the rest written alone, when that rest opens with a coined word (not 汽车零部件)
        # (any listed name that opens it: 一汽富晟 and 一汽 both open 一汽富晟李尔…)
        for group in (n for n in group_names if core.startswith(n) and len(core) - len(n) >= 4):
            rest = core[len(group):]
            short = next((rest[:n] for n in range(len(rest), 3, -1) if text.count(rest[:n]) > text.count(group + rest[:n])), "")
            if short and not words.get(rest[:2]) and short not in by_core and short not in aliases:
                _add_alias(new_companies, aliases, target, short, new_name[target])
                break
    # 长春中车轨道车辆有限公司 … 长春车辆公司年产值…: characters of a new company's registered name in order, with
    # 公司, in the article that writes that name (three or more, from its first; the one such name there)
    registered_of: dict[str, set[str]] = defaultdict(set)
    for r, target in resolved:
        if target in new_companies:
            registered_of[r.article].add(target)
    for stem, targets in sorted(registered_of.items()):
        text = article_text.get(stem, "")
        for m in re.finditer(r"(?=([\u4e00-\u9fff]{3,8}?)公司)", text):
            short = m.group(1) + "公司"
            fits = {t for t in targets if any(_LEGAL_FREE.sub("", match_text(f)).startswith(short[0]) and
                                              _in_order(m.group(1), _LEGAL_FREE.sub("", match_text(f)))
                                              and not match_text(f).startswith(short) for f in new_forms[t])}
            if len(fits) == 1 and short not in by_core and short not in aliases and not any(short in f for f in new_forms[next(iter(fits))]):
                target = fits.pop()
                _add_alias(new_companies, aliases, target, short, new_name[target])
    # 成都市新筑路桥机械股份有限公司 … 新筑股份则是…: the start of a stock company's core with 股份, in its own article
    for r, target in resolved:
        if target not in new_companies:
            continue
        core, text = without_province(target), article_text.get(r.article, "")
        core = re.sub(r"^[\u4e00-\u9fff]{2}市(?=[\u4e00-\u9fff]{2})", "", core)  # 成都市新筑…: any city
        # (股份 only: 亚泰集团 is the group above 亚泰医药集团, not its short form)
        body = "股份" if "股份" in r.text and "集团" not in r.text else ""
        short = next((core[:n] + body for n in range(len(core) - 1, 1, -1) if body and core[:n] + body in text), "")
        if short and short not in by_core and short not in aliases:
            _add_alias(new_companies, aliases, target, short, new_name[target])
    # 国药集团 (a list item in ri09) … 国药集团中国生物正在… (rk06): a new company's written name that ends
    # in a legal form or 集团 is that company in every article
    for core, forms in sorted(new_forms.items()):
        for form in sorted(forms):
            if len(form) >= 4 and form.endswith(("公司", "集团")) and form not in aliases and form not in by_core:
                _add_alias(new_companies, aliases, core, form, new_name[core])
    # 卓谊生物股份有限公司 (rb11) … 像卓谊生物这样的… (rd09): a new company whose core starts with a
    # coined name (卓谊, 东鳌: no word of the dictionary) is that core alone in every article; a core
    # that starts with a word (轨道交通, 玲珑轮胎) may be a plain phrase and is not
    for core, name in sorted(new_name.items()):
        short = without_province(core)
        if len(short) >= 4 and not words.get(short[:2]) and short not in by_core and short not in aliases:
            _add_alias(new_companies, aliases, core, short, name)
    # 山东玲珑轮胎股份有限公司 → 玲珑轮胎: a new company's name without its province is matched in
    # other articles too, but only as an item of a list of companies (一汽解放、玲珑轮胎、法雷奥等):
    # alone, such a core may be a plain phrase (重庆市轨道交通集团 → 轨道交通)
    in_lists: dict[str, str] = {}
    for core, name in sorted(new_name.items()):
        short = without_province(core)
        if short != core and len(short) >= 3 and short not in aliases and short not in by_core:
            in_lists.setdefault(short, name)
    # (美联新材料(四川)有限公司: a regional unit, whose name's start is its parent's, not its own short form)
    regional = {new_name[c]: any(re.search(r"[（(]", f) for f in new_forms[c]) for c in new_name}
    # 长春长生 (bracketed after 中国长春长生生物科技股份公司), 长光视园 (以下简称): a name found by what a
    # sentence says of it (长春长生是…子公司, 长光视园总经理) that an article gives as a short form is
    # that company, not one of its own
    for k, (r, target) in enumerate(resolved):
        if target in new_companies and "公司" not in r.text and "集团" not in r.text and r.text in aliases \
                and aliases[r.text] != new_name[target] and (r.text in introduced or not regional.get(aliases[r.text])):
            resolved[k] = (r, aliases[r.text])
    for core in [c for c in new_companies if not any(t == c for _, t in resolved)]:
        del new_companies[core], new_name[core]
    added: list[CompanyMention] = []
    for r, target in resolved:
        if r.start >= 0:
            added.append(CompanyMention(new_name.get(target, target), r.text, r.article, r.block, r.start, r.end))
    # a registered mention replaces the shorter listed name found inside it (长光卫星|技术有限公司)
    spans = defaultdict(list)
    for m in added:
        spans[(m.article, m.block)].append((m.start, m.end))
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                           for a, b in spans[(m.article, m.block)])]
    all_mentions = kept + added
    if aliases or in_lists:
        taken = defaultdict(list)
        for m in all_mentions:
            taken[(m.article, m.block)].append((m.start, m.end))
        matcher = NameMatcher({**in_lists, **aliases})
        for (stem, block_id), text in sorted(blocks.items()):
            for hit in matcher.find(text):
                spans = taken[(stem, block_id)]
                inside = [(a, b) for a, b in spans if hit.start < b and a < hit.end]
                if inside and not (hit.text in aliases and all(hit.start <= a and b <= hit.end and b - a < len(hit.text)
                                                               for a, b in inside)):
                    continue
                # 一汽富维 holds the listed 一汽: the longer name is the mention
                all_mentions = [m for m in all_mentions if (m.article, m.block) != (stem, block_id) or (m.start, m.end) not in inside]
                hit = with_legal_tail(text, hit)  # 一汽富维公司
                if hit.text in in_lists and hit.text not in aliases and not in_company_list(text, hit.start, hit.end, spans):
                    continue
                all_mentions.append(CompanyMention(hit.key, hit.text, stem, block_id, hit.start, hit.end))
    all_mentions, parents = _parents_stated(all_mentions, blocks)
    for parent in parents:
        new_companies.setdefault("#" + parent, Company(parent))
    companies = list(listed) + sorted((c for c in new_companies.values() if c.name not in listed_names), key=lambda c: c.name)
    all_mentions = _structural_mentions(companies, all_mentions, blocks, trade_words,
                                        {match_text(n) for c in listed for n in (c.name, *c.aliases) if n}, refused_for)
    all_mentions = _foreign_names(facts, all_mentions)
    unknown = tuple(r for r, target in resolved if target in new_companies)
    return LinkedCompanies(tuple(companies), tuple(all_mentions), unknown, tuple(sorted(set(proposed))), tuple(sorted(set(merged))))
