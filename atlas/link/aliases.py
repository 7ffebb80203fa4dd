"""Alias groups across articles, from the structure of the names alone (no hand entry needed).

A project name is reduced to a key: its phase split off (奥迪PPE一期 → 奥迪PPE + 一期), a closing
项目/工程 dropped, leading places dropped (长春/吉林省/长春新区 …, from `rules:` in projects.yaml),
and every company name inside it replaced by that company's page name (金赛 → 金赛药业, 一汽 →
中国一汽, from companies.yaml). Names with one key are one project: the evidence is strong, since
only words that never tell two projects apart were dropped. A key that is a subsequence of exactly
one other key with the same head and the same first two characters (长东北生物医药产业园 /
长东北生物与医药科技产业园) is merged too, and the report says so, with the line that refuses it.
A name that is only a company and a head (金赛药业产业园) joins the one listed entry of that company and
head when no other name of both is found. Groups that share four or more characters of their own and were not merged are reported as
doubtful, with the line that confirms them. `same:` and `not_same:` in the data file decide both.

Companies the same way: a registered name (长春金赛药业有限责任公司, 长光卫星技术有限公司) is reduced
to its core (places and legal-form suffixes dropped) and joins the company whose name, registered
name or alias has that core; one not known gets a company of its own, under its registered name,
with the short form the article introduces (以下简称“…”) as an alias.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..extract.companies import PROVINCES
from ..extract.name_pairs import AliasWords
from ..extract.names import NameMatcher
from ..extract.project_names import ProjectCatalogue
from ..text import match_text

PHASE = re.compile(r"[（(]?([一二三四五六七八九十]|\d{1,2})期[）)]?(?:项目|工程)?$")
_CLOSING = ("建设项目", "项目", "工程")
_LEGAL = re.compile(r"(?:[（(]集团[）)])?(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团总?公司|集团|股份)$")
COMPANY_PLACES = ("中国", "长春市", "长春", "吉林省", "吉林")
MAX_SHARING = 4  # names sharing one piece beyond which the piece proposes no pair
MIN_OWN = 4  # characters a shorter name needs for a containment merge or a doubtful pair


@dataclass(frozen=True)
class GroupNote:
    """A merge made (merged=True) or proposed (False), for the build report."""

    names: tuple[str, ...]
    reason: str
    merged: bool


def split_phase(name: str) -> tuple[str, str]:
    """奥迪PPE一期 → (奥迪PPE, 一期); 航天信息产业园(一期) → (航天信息产业园, 一期); else (name, "")."""
    m = PHASE.search(name)
    if m and m.start() >= 2:
        return name[: m.start()], m.group(1) + "期"
    return name, ""


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _is_subsequence(short: str, long: str) -> bool:
    """The short name's characters stand in the long one in order, and each number of the short
    name is a whole number of the long one (15万吨 is not in 1.5万吨: a number is one word)."""
    it = iter(long)
    if not all(ch in it for ch in short):
        return False
    numbers = _NUMBER.findall(long)
    return all(n in numbers for n in _NUMBER.findall(short))


class _Groups:
    """Union–find over names that refuses to join two groups holding a `not_same` pair."""

    def __init__(self, not_same: set[frozenset], place_of=lambda name: ""):
        self.parent: dict[str, str] = {}
        self.held: dict[str, list[str]] = {}  # root → its members
        self.not_same = not_same
        self.place_of = place_of  # the district a name states (净月高新区…): two districts are two projects
        self.why_not = ""  # why the last refused union was refused

    def find(self, x: str) -> str:
        if x not in self.parent:
            self.parent[x] = x
            self.held[x] = [x]
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def members(self, x: str) -> list[str]:
        return self.held[self.find(x)]

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.not_same and any(frozenset((match_text(x.lstrip("=")), match_text(y.lstrip("=")))) in self.not_same
                                 for x in self.held[ra] for y in self.held[rb]):
            self.why_not = "not_same 拒绝合并"
            return False  # (a catalogue entry is held as “=name”)
        places = {self.place_of(x.lstrip("=")) for x in self.held[ra] + self.held[rb]} - {""}
        if len(places) > 1:
            self.why_not = f"地点不同（{'、'.join(sorted(places))}），未合并"
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.held[keep] = self.held[keep] + self.held.pop(gone)
        return True


class ProjectNameKeys:
    def __init__(self, catalogue: ProjectCatalogue, firms: NameMatcher, words: AliasWords = AliasWords()):
        rules = catalogue.rules
        self.words = words
        self.part_heads = tuple(rules.part_heads)
        # (中国 too: a national name's prefix, 中国高速列车工程试验中心 / 高速列车工程试验中心)
        self.places = tuple(sorted({match_text(p) for p in (*rules.place_prefixes, *rules.locations, "中国")}, key=lambda p: (-len(p), p)))
        self.cities = tuple(sorted({match_text(p) for p in (*rules.place_prefixes, "中国")}, key=lambda p: (-len(p), p)))
        self.districts = tuple(p for p in self.places if p not in self.cities)
        self.firms = firms
        self.head = re.compile("(?:" + "|".join(re.escape(h) for h in rules.heads) + ")$") if rules.heads else None
        self.own_noise = tuple(rules.heads + rules.generic_words)
        self.industries = frozenset(rules.industries)
        self.head_any = re.compile("|".join(re.escape(h) for h in rules.heads)) if rules.heads else None

    def key(self, whole: str) -> str:
        t = match_text(whole)
        for closing in _CLOSING:
            if t.endswith(closing) and len(t) - len(closing) >= 3:
                t = t[: -len(closing)]
                break
        for _ in range(2):
            # not when only an industry's park is left: 长春光电信息产业园 is not any 光电信息产业园
            place = next((p for p in self.places if t.startswith(p) and len(t) - len(p) >= 4
                          and self.bare(t[len(p):]) not in self.industries), None)
            if place:
                t = t[len(place):]
        hits = self.firms.find(t)
        # 中国一汽红旗… / 一汽红旗…: a group's name right before its unit's name is dropped
        for i in reversed(range(len(hits))):
            group_prefix = i + 1 < len(hits) and hits[i + 1].start == hits[i].end
            t = t[: hits[i].start] + ("" if group_prefix else hits[i].key) + t[hits[i].end:]
        return t

    def district(self, whole: str) -> str:
        """The district, zone or county a name opens with after its city (净月高新区创新产业园 → 净月高新区;
        长春国际汽车城… and 汽开区… alike, through `same_meaning:`), "" when it states none."""
        t = match_text(whole)
        place = next((p for p in self.districts if t.startswith(p)), "")  # 长春新区 (a district named with its city)
        if not place:
            city = next((p for p in self.cities if t.startswith(p)), "")
            place = next((p for p in self.districts if t.startswith(p, len(city))), "")
        place = self.synonymous(place)
        city = next((p for p in self.cities if place.startswith(p)), "")
        return place[len(city):]  # 长春国际汽车城 = 国际汽车城 = 汽开区

    def synonymous(self, key: str) -> str:
        """The key with words of one meaning written alike (智能 → 智慧), nothing left out."""
        for group in self.words.same_meaning:
            for w in group[1:]:
                key = key.replace(w, group[0])
        return key

    def loose(self, key: str) -> str:
        """The key with words of one meaning written alike and optional words left out:
        亚泰生物医药产业园 → 亚泰医药产业园, 一汽富维智能工业园 → 一汽富维智慧工业园."""
        for group in self.words.same_meaning:
            for w in group[1:]:
                key = key.replace(w, group[0])
        head = self.head_of(key)
        body = key[: len(key) - len(head)]
        for w in sorted(self.words.optional, key=len, reverse=True):
            body = body.replace(w, "")
        return body + head

    def own_chars(self, key: str) -> int:
        """How many characters of its own a key has beyond companies, heads, generic and optional words."""
        own = self.own(key)
        for w in self.words.optional:
            own = own.replace(w, "|")
        return len(own.replace("|", ""))

    def only_firms_and_generic(self, key: str) -> bool:
        """奥迪一汽新能源合资, 奥迪新能源整车工厂: company names, generic and optional words, places and a head."""
        own = self.own(key)
        for w in (*self.words.optional, *self.places):
            own = own.replace(w, "|")
        return bool(self.firms.find(key)) and not own.replace("|", "")

    def plant_like(self, key: str) -> bool:
        """A project, plant or base (no head, 项目, 工厂, 基地), not a park (…园, …城, …港) nor a part of a
        plant (车间, 生产线)."""
        head = self.head_of(key)
        return not head.endswith(("园", "城", "港")) and not head.endswith(self.part_heads)

    def descriptive(self, key: str) -> bool:
        """动力电池项目, 高速列车制造基地: a project, plant or base named only by what it is or makes, with
        no company and no code of its own (J7, ET3): which company's it is, only its article says."""
        return self.plant_like(key) and not self.firms.find(key) and not re.search(r"[A-Za-z0-9]", key)

    def only_firms_and_head(self, key: str) -> bool:
        """金赛药业产业园: company names and a head, nothing else."""
        head = self.head_of(key)
        rest = key[: len(key) - len(head)] if head else ""
        hits = self.firms.find(rest)
        return bool(rest) and sum(h.end - h.start for h in hits) == len(rest)

    def head_of(self, key: str) -> str:
        m = self.head.search(key) if self.head else None
        return m.group(0) if m else ""

    def bare(self, key: str) -> str:
        """The key without its head words: 创新产业园 → 创新."""
        return self.head_any.sub("", key) if self.head_any else key

    def own(self, key: str) -> str:
        """The key's own words, `|` where a company, head or generic word stood."""
        for hit in reversed(self.firms.find(key)):
            key = key[: hit.start] + "|" + key[hit.end:]
        for w in self.own_noise:
            key = key.replace(w, "|")
        return key


def group_projects(texts: Counter, catalogue: ProjectCatalogue, firms: NameMatcher,
                   same: list[tuple[str, ...]], not_same: list[tuple[str, ...]],
                   articles: list[set[str]] | tuple = (), alias_words: AliasWords = AliasWords(),
                   article_firms: list[set[str]] | tuple = ()
                   ) -> tuple[dict[str, tuple[str, str]], list[GroupNote]]:
    """Every mention text → (its page's name, its phase or ""), and what the report should say.

    `texts` counts how often each text is written; the catalogue's names win, then the most
    written name of a group (the longest on a tie) names its page. `articles` holds the texts of
    each article: a short form written beside its full name in one article is that name;
    `article_firms` the companies each article names (same order): a description without a
    company (动力电池项目) is the plant of a company its article names, and of no other."""
    keys = ProjectNameKeys(catalogue, firms, alias_words)
    where = _Where(keys, articles, article_firms)
    refused = {frozenset(map(match_text, pair)) for pair in not_same}
    groups = _Groups(refused, keys.district)
    out: dict[str, tuple[str, str]] = {}
    notes: list[GroupNote] = []
    whole_of: dict[str, str] = {}  # text → its whole (phase split off)
    phase_of: dict[str, str] = {}
    key_of: dict[str, str] = {}  # folded whole → key
    catalogue_key: dict[str, str] = {}  # key → catalogue canonical
    for e in catalogue.entries:
        for n in (e.name, *e.aliases):
            catalogue_key.setdefault(keys.key(n), e.name)
            groups.find("=" + e.name)
    for text in sorted(texts):
        if catalogue.canonical(text):
            out[text] = (catalogue.canonical(text), "")
            continue
        whole, phase = split_phase(text)
        whole_of[text], phase_of[text] = match_text(whole), phase
        if phase and catalogue.canonical(whole):
            out[text] = (catalogue.canonical(whole), phase)
            continue
        key_of[match_text(whole)] = keys.key(whole)
    # names with one key are one project; a key of a catalogue name joins its entry
    by_key: dict[str, list[str]] = defaultdict(list)
    for whole, key in sorted(key_of.items()):
        by_key[key].append(whole)
        groups.find(whole)
    for key, wholes in sorted(by_key.items()):
        for other in wholes[1:]:
            if not groups.union(wholes[0], other):
                notes.append(GroupNote((wholes[0], other), groups.why_not, False))
        if key in catalogue_key:
            groups.union(wholes[0], "=" + catalogue_key[key])
        joined = [w for w in wholes if groups.find(w) == groups.find(wholes[0])]
        if len(joined) > 1:
            notes.append(GroupNote(tuple(joined), "去掉地名、“项目”和集团名、公司名写成同一家后相同", True))
    # a key inside exactly one longer key, same head and start: one project written short
    by_start: dict[str, list[str]] = defaultdict(list)  # first two characters → keys (compare only these)
    for k in sorted(set(by_key) | set(catalogue_key)):
        by_start[k[:2]].append(k)
    for short in sorted(by_key):
        if len(short) < MIN_OWN or len(keys.own(short).replace("|", "")) < 3:
            continue  # 中车长客智能工厂: nothing of its own beyond a company and generic words
        longer = [k for k in by_start[short[:2]] if k != short and len(k) > len(short)
                  and keys.head_of(k) == keys.head_of(short) and _is_subsequence(short, k)]
        roots = {groups.find(_member(k, by_key, catalogue_key)) for k in longer}
        if len(roots) == 1:
            a, b = by_key[short][0], _member(longer[0], by_key, catalogue_key)
            added = _added_before_head(keys, short, longer[0])
            if added:
                notes.append(GroupNote((a, b.lstrip("=")), f"长名称在类别词前多出“{added}”，可能是另一个项目，未合并", False))
                continue
            if groups.union(a, b):
                notes.append(GroupNote((a, b.lstrip("=")), "短名称的字按顺序都在长名称中，开头和类别词相同", True))
            else:
                notes.append(GroupNote((a, b.lstrip("=")), groups.why_not, False))
    _merge_loose_keys(keys, groups, by_key, catalogue_key, notes, where)
    _merge_generic_names(keys, groups, by_key, catalogue_key, notes)
    _merge_shortened(keys, groups, by_key, catalogue_key, key_of, notes)
    _merge_without_company(keys, groups, by_key, catalogue_key, notes, where)
    _merge_headless(keys, groups, by_key, catalogue_key, notes)
    _merge_located_in_park(keys, groups, by_key, catalogue_key, notes)
    # a found name holding exactly one listed name, same head and start: that entry written longer
    # (一汽红旗新能源繁荣工厂, 红旗繁荣现代化工厂 / the listed 一汽红旗繁荣工厂). Two characters of the
    # listed name's own are enough: an editor wrote it, so it names one project.
    for long in sorted(by_key):
        inside = [k for k in catalogue_key if len(k) < len(long) and k[:2] == long[:2]
                  and keys.head_of(k) == keys.head_of(long) and len(keys.own(k).replace("|", "")) >= 2
                  and _is_subsequence(k, long)]
        roots = {groups.find("=" + catalogue_key[k]) for k in inside}
        if len(roots) == 1 and groups.find(by_key[long][0]) not in roots:
            a, b = by_key[long][0], "=" + catalogue_key[inside[0]]
            if groups.union(a, b):
                notes.append(GroupNote((a, b.lstrip("=")), "长名称按顺序包含一个已列出的名称，开头和类别词相同", True))
            else:
                notes.append(GroupNote((a, b.lstrip("=")), groups.why_not, False))
    # a short form an article writes beside its full name (创新产业园项目 / 长春新区北湖科技开发区创新
    # 产业园项目; 轴齿工业园 / 一汽轴齿中心工业园): the short key is the full key's words in order,
    # same head, and the article has one such full name. A short form that two articles give two
    # different full names is left alone.
    full_of: dict[str, set[str]] = defaultdict(set)  # short whole → the full wholes it shortens
    for found in articles:
        wholes = {match_text(split_phase(t)[0]) for t in found} & set(key_of)
        for short in wholes:
            k = key_of[short]
            if len(keys.bare(k)) < 2 or (not keys.own(k).strip("|") and keys.firms.find(k)) or keys.bare(k) in keys.industries:
                continue  # a company and generic words (中车长客智能工厂) may be any plant of that company;
                # an industry's park (光电信息产业园) may be another article's park of that industry
            # (compared as written too: an industry's park keeps its city in its key, 长春光电信息产业园,
            # while the full name that adds a district loses it, 长春经开光电信息产业园 → 经开…)
            longer = [w for w in wholes if w != short and keys.head_of(key_of[w]) == keys.head_of(k)
                      and ((len(key_of[w]) > len(k) and _is_subsequence(k, key_of[w]))
                           or (len(w) > len(short) and _is_subsequence(short, w)))]
            if len({key_of[w] for w in longer}) == 1:  # (…制品项目 and …制品: two written forms of one full name)
                full_of[short].add(min(longer))
    for short, fulls in sorted(full_of.items()):
        if len({groups.find(f) for f in fulls}) == 1 and groups.find(short) != groups.find(min(fulls)):
            full = min(fulls)
            merged = groups.union(short, full)
            notes.append(GroupNote((short, full), "同一篇文章中的简称：全称的字按顺序都在其中，类别词相同" if merged
                                   else groups.why_not, merged))
    # the editors' word: same: joins
    for pair in same:
        names = [match_text(n) for n in pair]
        anchors = [("=" + catalogue.canonical(n)) if catalogue.canonical(n) else match_text(split_phase(n)[0]) for n in names]
        for other in anchors[1:]:
            groups.union(anchors[0], other)
    # doubtful: groups that share a piece of their own words and stay apart
    own_pieces: dict[str, set[str]] = defaultdict(set)
    for whole, key in key_of.items():
        for part in re.split(r"[^\u3400-\u9fff]+", keys.own(key)):  # Chinese words only: not (chē), not a code
            for n in range(MIN_OWN, len(part) + 1):
                for i in range(len(part) - n + 1):
                    own_pieces[part[i:i + n]].add(whole)
    seen_pairs: set[frozenset] = set()
    for piece, wholes in sorted(own_pieces.items(), key=lambda kv: (-len(kv[0]), kv[0])):
        if len(wholes) > MAX_SHARING:
            continue  # a piece many names share (a district, an industry) says nothing about two of them
        ws = sorted(wholes)
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                pair = frozenset((groups.find(a), groups.find(b)))
                if len(pair) == 2 and pair not in seen_pairs and frozenset((a, b)) not in refused:
                    seen_pairs.add(pair)
                    notes.append(GroupNote((a, b), f"共有“{piece}”，未合并", False))
    # doubtful too: a few pages of one company with one head (红旗…新能源汽车工厂 / 红旗繁荣工厂: the same
    # plant under two names, or two plants; an editor knows). Many such pages say nothing.
    by_firm_head: dict[tuple[str, str], set[str]] = defaultdict(set)
    found_roots = {groups.find(w) for w in key_of}
    for whole, key in [*key_of.items(), *(("=" + name, key) for key, name in catalogue_key.items())]:
        firm = tuple(sorted({h.key for h in keys.firms.find(key)}))
        if firm and keys.head_of(key):
            by_firm_head[(firm, keys.head_of(key))].add(groups.find(whole))
    for (firm, head), roots in sorted(by_firm_head.items()):
        named = sorted(roots)
        if not 2 <= len(named) <= 3 or not found_roots & roots:
            continue
        # 金赛药业产业园: a company and a head, nothing else, beside the one listed entry of that
        # company and head (金赛国际医药产业园), and no other name of both found: that entry
        listed_roots = [r for r in named if r.startswith("=")]
        if len(named) == 2 and len(listed_roots) == 1:
            short = next(r for r in named if not r.startswith("="))
            if any(keys.only_firms_and_head(key_of[w]) for w in groups.members(short) if w in key_of):
                merged = groups.union(short, listed_roots[0])
                notes.append(GroupNote((short, listed_roots[0].lstrip("=")), "只有公司名和类别词，且该公司此类别只列出一个名称"
                                       if merged else groups.why_not, merged))
                seen_pairs.add(frozenset(named))
                continue
        for i, a in enumerate(named):
            for b in named[i + 1:]:
                pair = frozenset((a, b))
                if pair not in seen_pairs and (a in found_roots or b in found_roots):
                    seen_pairs.add(pair)
                    notes.append(GroupNote((a.lstrip("="), b.lstrip("=")), f"同一家（{'、'.join(firm)}）的{head}，未合并", False))
    _propose_same_start(keys, groups, key_of, seen_pairs, refused, notes)
    # name each group's page
    members: dict[str, list[str]] = defaultdict(list)
    for text, whole in whole_of.items():
        if text not in out:
            members[groups.find(whole)].append(text)
    for root, group in members.items():
        entry = next((m.lstrip("=") for m in groups.members(root) if m.startswith("=")), None)
        if entry:
            name = entry
        else:
            wholes = Counter()
            for t in group:
                wholes[split_phase(t)[0]] += texts[t]
            name = min(wholes, key=lambda w: (-wholes[w], -len(w), w))
        for t in group:
            out[t] = (name, phase_of[t])
    return out, notes


def _merge_without_company(keys: ProjectNameKeys, groups: _Groups, by_key: dict, catalogue_key: dict,
                           notes: list[GroupNote], where: "_Where") -> None:
    """J7智能工厂项目 / 一汽解放J7整车智能工厂: a name that is another name without the company that opens
    it (optional words aside) is that project, when exactly one company's name fits and the rest has
    two characters of its own and is not an industry's park (新能源汽车产业园 is any company's)."""
    without: dict[str, set[str]] = defaultdict(set)  # loose key without its leading companies → roots
    leading: dict[tuple[str, str], set[str]] = defaultdict(set)  # (loose key, root) → the companies left out
    for k in sorted(set(by_key) | set(catalogue_key)):
        hits, at = keys.firms.find(k), 0
        for h in hits:
            if h.start != at:
                break
            at = h.end
        if at:
            root = groups.find(_member(k, by_key, catalogue_key))
            without[keys.loose(k[at:])].add(root)
            leading[(keys.loose(k[at:]), root)] |= {h.key for h in hits if h.end <= at}
    for short in sorted(by_key):
        if keys.firms.find(short) or keys.own_chars(short) < 2 or keys.bare(short) in keys.industries:
            continue
        if not all(w.startswith(short) for w in by_key[short]):
            continue  # 长春新区生长激素: its place says whose it is (not 金赛生长激素)
        roots = without.get(keys.loose(short), set())
        if len(roots) == 1:
            root = next(iter(roots))
            if keys.descriptive(short) and not where.name_one_of(by_key[short], leading[(keys.loose(short), root)]):
                # 动力电池项目 in an article that does not name 比亚迪: maybe another company's plant
                where.propose(groups, by_key[short][0], root, "去掉开头的公司名后相同，但写它的文章没有提到这家公司，未合并", notes)
                continue
            _join(groups, by_key[short][0], root, "去掉开头的公司名后相同（只有一家）", notes)


def _merge_headless(keys: ProjectNameKeys, groups: _Groups, by_key: dict, catalogue_key: dict, notes: list[GroupNote]) -> None:
    """长智光谷项目 / 长智光谷产业园: a name with no head of its own (only 项目 after it) is the one name that
    adds a head to the same words, when they hold three characters of their own (not a company alone:
    比亚迪项目 may be any of its plants). Two such names (a park and a science city) leave it alone."""
    keyed = sorted(set(by_key) | set(catalogue_key))
    for short in sorted(by_key):
        if keys.head_of(short) or keys.own_chars(short) < 3:
            continue
        longer = [k for k in keyed if k != short and keys.head_of(k) and k[: len(k) - len(keys.head_of(k))] == short]
        roots = {groups.find(_member(k, by_key, catalogue_key)) for k in longer}
        if len(roots) == 1:
            _join(groups, by_key[short][0], _member(longer[0], by_key, catalogue_key), "只写“项目”的名称，加上类别词即另一名称（只有一个）", notes)


def _merge_located_in_park(keys: ProjectNameKeys, groups: _Groups, by_key: dict, catalogue_key: dict, notes: list[GroupNote]) -> None:
    """长春高新生物医药产业园超高性能医疗器械产业化项目 / (长春圣博玛)超高性能医疗器械产业化项目: a park written
    before a project's name says where it stands; the name after it, with four characters of its own, is
    that project when exactly one name fits (a firm's name before it is another firm's project)."""
    keyed = sorted(set(by_key) | set(catalogue_key))
    for long in sorted(by_key):
        fits = []
        for k in keyed:
            before = long[: len(long) - len(k)]
            head = keys.head_of(before)
            if (k != long and long.endswith(k) and head and not keys.plant_like(before)
                    and not head.endswith(keys.part_heads) and keys.own_chars(k) >= 4):
                fits.append(k)
        roots = {groups.find(_member(k, by_key, catalogue_key)) for k in fits}
        if len(roots) == 1:
            _join(groups, by_key[long][0], _member(fits[0], by_key, catalogue_key), "名称前是它所在的园区，其后的名称即该项目", notes)


def _propose_same_start(keys: ProjectNameKeys, groups: _Groups, key_of: dict[str, str], seen_pairs: set,
                        refused: set, notes: list[GroupNote]) -> None:
    """吉林玲珑工厂 / 吉林玲珑轮胎项目, 长春丰越主机厂 / 一汽丰越项目: a few projects or plants whose own words
    start with the same two characters (places, companies and generic words aside) may be one; an
    editor knows, so the report proposes the line."""
    by_start: dict[str, set[str]] = defaultdict(set)
    for whole, key in sorted(key_of.items()):
        own = keys.own(key)
        for w in (*keys.words.optional, *keys.places):
            own = own.replace(w, "|")
        # Chinese words only, and not a count's unit (20万辆)
        pieces = [m.group(0) for m in re.finditer(r"[\u3400-\u9fff]+", own) if not own[max(0, m.start() - 1)].isdigit()]
        if pieces and len(pieces[0]) >= 2 and keys.plant_like(key):
            by_start[pieces[0][:2]].add(groups.find(whole))
    for start, roots in sorted(by_start.items()):
        if not 2 <= len(roots) <= 3:
            continue
        named = sorted(roots)
        for i, a in enumerate(named):
            for b in named[i + 1:]:
                pair = frozenset((a, b))
                if pair not in seen_pairs and frozenset((a, b)) not in refused:
                    seen_pairs.add(pair)
                    notes.append(GroupNote((a.lstrip("="), b.lstrip("=")), f"自己的词都以“{start}”开头，未合并", False))


def industry_short_forms(articles: dict[str, set[str]], catalogue: ProjectCatalogue, firms: NameMatcher,
                         pages: dict[str, tuple[str, str]] | None = None) -> dict[tuple[str, str], str]:
    """(article, text) → the full name it shortens in that article, for names written short that name
    only an industry's park (光电信息产业园三期 beside 长春光电信息产业园三期; 新能源汽车产业园项目 beside the
    one full name of it the article gives, or names of one page): such a text means that article's park there and another
    park elsewhere, so it joins its full name in its own article only."""
    keys = ProjectNameKeys(catalogue, firms)
    out: dict[tuple[str, str], str] = {}
    for article, texts in sorted(articles.items()):
        wholes = {t: keys.key(split_phase(t)[0]) for t in texts}
        for t, k in wholes.items():
            if keys.bare(k) not in keys.industries:
                continue
            # (a whole written short shortens a whole's full name, not a phase's: an article that names its
            # park only as 长春光电信息产业园三期 does not write the whole park's full name)
            longer = sorted(u for u, w in wholes.items() if len(w) > len(k) and keys.head_of(w) == keys.head_of(k)
                            and _is_subsequence(k, w) and keys.bare(w) not in keys.industries
                            and (split_phase(t)[1] or not split_phase(u)[1]))
            # the whole (新能源汽车产业园项目 beside 长春汽车经济技术开发区新能源汽车产业园项目) only when the
            # article gives one such full name: beside two, it may be the industry's parks in general
            one = {(pages or {}).get(u, (keys.loose(wholes[u]),))[0] for u in longer}  # (`pages`: the groups made)
            if longer and (split_phase(t)[1] or len(one) == 1):
                # an article is about its park: the shortest full name it gives (长春光电信息产业园)
                out[(article, t)] = min(longer, key=lambda u: (len(wholes[u]), u))
    # A phase written short alone (光电信息产业园三期, with no full name in its article) is the phase
    # that other articles write so as the short form of one park's full name: a phase is one stage of
    # one park, and those articles show which. Given as two parks' short form, it is neither.
    shortened_to: dict[str, set[str]] = defaultdict(set)  # short phase text → the fulls' pages
    full_of: dict[str, str] = {}
    for (article, t), full in sorted(out.items()):
        if split_phase(t)[1]:
            shortened_to[t].add((pages or {}).get(full, (full,))[0])
            full_of.setdefault(t, full)
    for article, texts in sorted(articles.items()):
        for t in sorted(texts):
            if (article, t) not in out and len(shortened_to.get(t, ())) == 1:
                out[(article, t)] = full_of[t]
    return out


# what stands between two names an article says are one: 光电信息产业园一期(即CMOS相机技术与应用产业园), A（又称B）, A，又名B
_STATED_SAME = re.compile(r"\s*(?:[（(]\s*(?:即|又称|亦称|也称|又名|也叫|又叫)|[，,]?\s*(?:又称|亦称|也称|又名|也叫|又叫))\s*[“\"「‘]?\s*")


def stated_pairs(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, str]]:
    """(name, the name it is said to be) for names of one paragraph (text, start, end) that stand as
    `A(即B)`, `A（又称B）`: the article says they are one."""
    spans = sorted(spans, key=lambda s: s[1])
    return [(a, b) for (a, _, a_end), (b, b_start, _) in zip(spans, spans[1:])
            if b_start >= a_end and _STATED_SAME.fullmatch(text, a_end, b_start)]


def join_stated(pages: dict[str, tuple[str, str]], pairs: list[tuple[str, str]], catalogue: ProjectCatalogue,
                not_same: list[tuple[str, ...]], notes: list[GroupNote] | None = None) -> dict[str, tuple[str, str]]:
    """Every name of the page of B goes where A is (its page and, for a phase, the phase's row) for each
    pair an article states (A即B); not for two listed entries or a pair `not_same:` refuses."""
    refused = {frozenset(map(match_text, pair)) for pair in not_same}
    out = dict(pages)
    for a, b in sorted(pairs):
        (page_a, phase_a), (page_b, phase_b) = out[a], out[b]
        if page_a == page_b or phase_b or catalogue.canonical(page_b):
            continue
        names_b = [t for t, (page, _) in out.items() if page == page_b]
        if any(frozenset((match_text(x), match_text(y))) in refused for x in names_b + [page_b]
               for y in [t for t, (page, _) in out.items() if page == page_a] + [page_a]):
            continue
        for t in names_b:
            out[t] = (page_a, out[t][1] or phase_a)
        if notes is not None:
            notes.append(GroupNote((a, b), "文章写明是同一个（即、又称）", True))
    return out


class _Where:
    """Which articles write a name, and which companies each of them names (the article's company
    mentions and the companies inside its project names)."""

    def __init__(self, keys: ProjectNameKeys, articles, article_firms):
        self.arts_of: dict[str, set[int]] = defaultdict(set)  # folded whole → article numbers
        self.firms_in: list[set[str]] = []
        for i, texts in enumerate(articles):
            named = set(article_firms[i]) if i < len(article_firms) else set()
            for t in texts:
                self.arts_of[match_text(split_phase(t)[0])].add(i)
                named |= {h.key for h in keys.firms.find(match_text(t))}
            self.firms_in.append(named)

    def name_one_of(self, wholes: list[str], firms: set[str]) -> bool:
        """Every article that writes one of `wholes` names one of `firms` (and there is one)."""
        arts = {i for w in wholes for i in self.arts_of.get(w, ())}
        return bool(arts) and all(self.firms_in[i] & firms for i in arts)

    def one_subject(self, a: list[str], b: list[str]) -> bool:
        """Names written in one article, or in articles that all name one company."""
        arts_a = {i for w in a for i in self.arts_of.get(w, ())}
        arts_b = {i for w in b for i in self.arts_of.get(w, ())}
        if arts_a & arts_b:
            return True
        arts = arts_a | arts_b
        return bool(arts) and bool(set.intersection(*(self.firms_in[i] for i in arts)))

    @staticmethod
    def propose(groups: _Groups, a: str, b: str, reason: str, notes: list[GroupNote]) -> None:
        if groups.find(a) != groups.find(b):
            notes.append(GroupNote((a.lstrip("="), b.lstrip("=")), reason, False))


def _added_before_head(keys: "ProjectNameKeys", short: str, long: str) -> str:
    """碳纤维产业园 / 碳纤维复合材料产业园: the word the longer key adds in one piece right before its
    head, when it is a word of its own (no generic or optional word): it may name another product's
    plant or park, so the pair is weak evidence. "" when the words are added elsewhere or are generic
    (长东北生物医药产业园 / 长东北生物与医药科技产业园)."""
    head = keys.head_of(long)
    if not head or not long.endswith(head) or not short.endswith(head):
        return ""
    n = 0
    while n < len(short) and short[n] == long[n]:
        n += 1
    added = long[n: len(long) - (len(short) - n)]
    if not added or short[n:] != head or long[len(long) - len(head) - len(added): len(long) - len(head)] != added:
        return ""
    rest = added
    for w in (*keys.own_noise, *keys.words.optional):  # (heads and generic words, then optional ones)
        rest = rest.replace(w, "")
    return added if len(rest) >= 2 else ""


def _member(key: str, by_key: dict, catalogue_key: dict) -> str:
    return by_key[key][0] if key in by_key else "=" + catalogue_key[key]


def _join(groups: _Groups, a: str, b: str, reason: str, notes: list[GroupNote]) -> None:
    if groups.find(a) == groups.find(b):
        return
    merged = groups.union(a, b)
    notes.append(GroupNote((a.lstrip("="), b.lstrip("=")), reason if merged else groups.why_not, merged))


def _merge_loose_keys(keys: ProjectNameKeys, groups: _Groups, by_key: dict, catalogue_key: dict, notes: list[GroupNote],
                      where: "_Where | None" = None) -> None:
    """亚泰生物医药产业园 / 亚泰医药产业园, 一汽富维智慧工业园 / 一汽富维智能工业园: keys that differ only by
    optional words or words of one meaning (`alias_words:`) are one project, when they keep two
    characters of their own (中车长客智能工厂 / 中车长客工厂 may be two plants of the company)."""
    by_loose: dict[str, list[str]] = defaultdict(list)
    for k in sorted(set(by_key) | set(catalogue_key)):
        if keys.own_chars(k) >= 2:
            by_loose[keys.loose(k)].append(k)
        else:  # words of one meaning written alike are one name even with nothing of its own (一汽富维智慧/智能工业园)
            by_loose["~" + keys.synonymous(k)].append(k)
    for loose, ks in sorted(by_loose.items()):
        if len(ks) < 2 or len({catalogue_key[k] for k in ks if k in catalogue_key}) > 1:
            continue  # two listed entries: the editors say they are two projects
        anchor = _member(ks[0], by_key, catalogue_key)
        for k in ks[1:]:
            if (where is not None and ks[0] in by_key and k in by_key and keys.descriptive(ks[0]) and keys.descriptive(k)
                    and not where.one_subject(by_key[ks[0]], by_key[k])):
                # 动力电池项目 / 新能源动力电池项目 in articles about two companies: two plants, maybe
                where.propose(groups, anchor, _member(k, by_key, catalogue_key), "只差可省略或同义的词，但都没有公司名，"
                              "写它们的文章也不是同一篇、没有提到同一家公司，未合并", notes)
                continue
            _join(groups, anchor, _member(k, by_key, catalogue_key), "只差可省略或同义的词（alias_words）", notes)


def _firms_fit(keys: ProjectNameKeys, short: str, listed: str) -> bool:
    """Every company of the found name is one of the listed name's, or begins it (奥迪 → the joint
    venture 奥迪一汽)."""
    theirs = [h for h in keys.firms.find(listed)]
    return all(any(h.key == t.key or t.text.startswith(h.text) for t in theirs) for h in keys.firms.find(short))


def _merge_generic_names(keys: ProjectNameKeys, groups: _Groups, by_key: dict, catalogue_key: dict, notes: list[GroupNote]) -> None:
    """奥迪一汽新能源汽车工厂, 奥迪新能源整车工厂: a company and generic words (a project, plant or base)
    are the company's one listed project that is itself named only by the company and generic words
    (奥迪一汽新能源汽车项目). A listed name with words of its own (一汽红旗繁荣工厂) is one plant among
    the company's others: such pairs are only proposed."""
    generic_entries = [k for k in catalogue_key if keys.only_firms_and_generic(k) and keys.plant_like(k)]
    for short in sorted(by_key):
        if not keys.only_firms_and_generic(short) or not keys.plant_like(short):
            continue
        fits = [k for k in generic_entries if _firms_fit(keys, short, k)]
        roots = {groups.find("=" + catalogue_key[k]) for k in fits}
        if len(roots) == 1:
            _join(groups, by_key[short][0], "=" + catalogue_key[fits[0]], "只有公司名和通用词，且该公司只列出一个这样的项目", notes)
        elif not fits:
            # 一汽弗迪新能源工厂 / the listed 一汽弗迪动力电池项目: a company's one listed project, when no other name
            # of that company's with words of its own is found (a joint venture named for its one plant; 红旗 has two)
            firms = {h.key for h in keys.firms.find(short)}
            named = [k for k in (*catalogue_key, *by_key) if k != short and firms <= {h.key for h in keys.firms.find(k)}
                     and not keys.only_firms_and_generic(k) and not keys.head_of(k).endswith(keys.part_heads)]
            roots = {groups.find(_member(k, by_key, catalogue_key)) for k in named}
            listed = {catalogue_key[k] for k in named if k in catalogue_key}
            # (the company opens the entry's own name: 比亚迪 is a partner of 一汽弗迪动力电池项目, with plants elsewhere)
            opens = len(listed) == 1 and any(h.start == 0 and h.key in firms for h in keys.firms.find(keys.key(next(iter(listed)))))
            if len(roots) == 1 and opens:
                _join(groups, by_key[short][0], "=" + listed.pop(), "只有公司名和通用词，且该公司只有一个列出的项目、没有别的名称", notes)


def _merge_shortened(keys: ProjectNameKeys, groups: _Groups, by_key: dict, catalogue_key: dict, key_of: dict,
                     notes: list[GroupNote]) -> None:
    """A name whose place is cut to its first character is the one name it abbreviates, when exactly one
    fits (长智光谷产业园 = 长(春)智(能)光谷产业园). (A name without its leading words, 交通装备制造产业园 /
    长春轨道交通装备制造产业园, is not merged: the words left out may be another place, 鼎华泰X / X.)"""
    placed = [(w, k, p) for w, k in sorted(key_of.items()) for p in keys.places if w.startswith(p) and not k.startswith(p)]
    for short in sorted(by_key):
        if keys.own_chars(short) < 3 or len(short) < 3:
            continue
        longer = [(w, k) for w, k, p in placed if k != short and short[0] == p[0] and short[1] == k[0]
                  and keys.head_of(k) == keys.head_of(short) and _is_subsequence(short[1:], k)]
        roots = {groups.find(w) for w, _ in longer}
        if len(roots) == 1:
            _join(groups, by_key[short][0], longer[0][0], "简称：地名只留第一个字，其余的字按顺序都在全称中", notes)


# --- companies ------------------------------------------------------------------------------------
def company_core(name: str, unit_only: bool = True) -> str:
    """长春金赛药业有限责任公司 → 金赛药业; 中国中车长春轨道客车股份有限公司 → 轨道客车."""
    t = match_text(name)
    for _ in range(2):
        t2 = _LEGAL.sub("", t)
        if len(t2) >= 2:
            t = t2
    for _ in range(2):  # 中国长春长生生物科技 → 长生生物科技
        place = next((p for p in COMPANY_PLACES if t.startswith(p) and len(t) - len(p) >= 2 and not _common_word(t[len(p):])), "")
        t = t[len(place):]
    # 中车长春轨道客车, 北车集团长春轨道客车: a group's name before the unit's place and name is the
    # group's, not the unit's (一汽富维汽车零部件 keeps 一汽: no place follows it)
    unit = _GROUP_BEFORE_PLACE.match(t) if unit_only else None
    return unit.group(1) if unit else t


_COMMON_WORD = 300  # jieba's frequency from which two characters are a common word (医药 3417), not a name (一汽 71)


def _common_word(rest: str) -> bool:
    """中国建筑, 中国医药集团, 吉林化纤: what is left after the place is a common word of two characters, so the
    place is part of the name (长春建筑有限公司 is not 中国建筑)."""
    from ..segment import dictionary  # jieba's table, loaded only when a two-character rest needs it

    return len(rest) == 2 and dictionary().get(rest, 0) >= _COMMON_WORD


_GROUP_BEFORE_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:长春市|长春|吉林省|吉林)([\u4e00-\u9fffA-Za-z]{4,})$")


def without_province(core: str) -> str:
    """山东玲珑轮胎 → 玲珑轮胎: a company's core without the province or city that opens it."""
    place = next((p for p in PROVINCES if core.startswith(p)), "")
    return core[len(place):] if place else core


_SHORT_FORM = re.compile(r"^(?:[（(]|[，,])?(?:以下简称|以下称|下称|简称)为?[：:]?[“\"「‘]?([\w·\-]{2,10}?)[”\"」’]?[）)，,。]")


_BRACKETED = re.compile(r"^[（(]([\u4e00-\u9fff]{2,6})[）)]")


def introduced_short_form(text_after: str, name: str = "") -> str:
    """（以下简称“金赛药业”）right after a registered name: the short form it introduces; also a bare
    bracket whose characters are the name's in order (长春长生生物科技有限公司(长生生物))."""
    m = _SHORT_FORM.match(text_after)
    if m:
        return m.group(1)
    m = _BRACKETED.match(text_after)
    if m and name and _is_subsequence(m.group(1), match_text(name)) and company_core(m.group(1)) != company_core(name):
        return m.group(1)
    return ""
