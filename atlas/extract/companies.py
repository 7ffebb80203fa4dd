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
from ..records import Article, Block, BlockKind, Problem, Severity
from .names import NameHit, NameMatcher

DATA_FILE = "data/companies.yaml"
PLACE_PREFIXES = ("中国", "长春市", "长春", "吉林省", "吉林")  # may stand before a registered name and belong to it
# provinces and municipalities that open a registered name (山东玲珑轮胎股份有限公司, 河北中兴)
PROVINCES = tuple(sorted({p + s for p in (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
    "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "长春", "大连", "沈阳", "哈尔滨", "深圳") for s in ("", "省", "市")},
    key=lambda p: (-len(p), p)))


@dataclass(frozen=True)
class Company:
    name: str
    full: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = "company"  # company | brand | government | institute
    parent: str = ""
    list_aliases: tuple[str, ...] = ()  # names that are also common words (大众): mentions only in a list of companies


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
        in_lists = item.get("list_aliases") or []
        if not isinstance(in_lists, list):
            in_lists = [in_lists]
        companies.append(Company(str(item["name"]).strip(), str(item.get("full") or "").strip(),
                                 tuple(str(a).strip() for a in aliases if str(a).strip()),
                                 str(item.get("kind") or "company"), str(item.get("parent") or "").strip(),
                                 tuple(str(a).strip() for a in in_lists if str(a).strip())))
    return companies


def load_trade_words(root: Path, problems: list[Problem] | None = None) -> tuple[str, ...]:
    """`trade_words:` of data/companies.yaml (科技, 医疗, 管理 …), longest first."""
    data = load_yaml(root / DATA_FILE, root, problems)
    items = data.get("trade_words") if isinstance(data, dict) else None
    words = {str(w).strip() for w in items if str(w).strip()} if isinstance(items, list) else set()
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def company_matcher(companies: list[Company]) -> NameMatcher:
    names: dict[str, str] = {}
    for c in companies:
        for n in (c.name, c.full, *c.aliases, *c.list_aliases):
            if n:
                names.setdefault(n, c.name)
    for c in companies:
        for n in short_forms_of_full(c.full):
            if not any(n.startswith(known) and n[len(known):] == "公司" for known in names):
                names.setdefault(n, c.name)  # (not 中车公司: 中车 names 中国中车)
    return NameMatcher(names)


# legal forms and trade words a registered name ends with (长春希达电子技术有限公司)
_FULL_TAIL = re.compile(r"(?:[（(]集团[）)])?(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团)$")
_TRADE_WORDS = ("技术", "科技")


def short_forms_of_full(full: str) -> list[str]:
    """The short forms a listed registered name gives: without its place, legal form and trade word
    (长春希达电子技术有限公司 → 希达电子), and its coined start with 公司 after it (希达公司): the two or
    three characters before the dictionary words that end the name, when they are no word themselves."""
    from ..segment import dictionary  # jieba's table, loaded only when a listed full name needs it

    core = _FULL_TAIL.sub("", full)
    core = next((core[len(p):] for p in PLACE_PREFIXES if core.startswith(p) and len(core) - len(p) >= 2), core)
    if core == full or not core:
        return []
    out = []
    city = next((p for p in _CITY_PREFIXES if full.startswith(p) and not core.startswith(p)), "")
    for trade in _TRADE_WORDS:
        if core.endswith(trade) and len(core) - len(trade) >= 4:
            out.append(core[: -len(trade)])
            if city:  # 长春希达电子: the city its registered name opens with is the company's own
                out.append(city + core[: -len(trade)])
    words, start = dictionary(), out[0] if out else core
    cut: list[str] = []  # the name cut after a word on the way (圣博玛生物材料 → 圣博玛生物)
    while len(start) > 2:
        tail = next((start[i:] for i in range(len(start) - 2, 1, -1) if words.get(start[i:])), "")
        if not tail:
            break
        start = start[: -len(tail)]
        if len(start) >= 4:
            cut.append(start)
    if start != core and 2 <= len(start) <= 3 and not words.get(start) and re.fullmatch(r"[\u4e00-\u9fff]+", start):
        out.append(start + "公司")
        # (the coined start and one word that is no place: 圣博玛生物, 福耀玻璃; not 中车长春, 中车青岛四方)
        from ..segment import tagged  # jieba's tags, loaded only when a listed full name needs them

        out += [c for c in cut if c not in out and words.get(c[len(start):])
                and all(tag != "ns" for _, tag in tagged(c[len(start):]))
                and c[len(start):] not in PROVINCES and c[len(start):] == next(iter(w for w, _ in tagged(c[len(start):])), "")]
    return out


def list_only_names(companies) -> frozenset[str]:
    """The `list_aliases:` of every company: names found only as an item of a list of companies."""
    return frozenset(n for c in companies for n in c.list_aliases)


# what may stand between two items of a list of companies: 、 or a comma, and a country (德国奥迪、大众，美国通用)
# (与/和/及 too: 一汽与大众合作, two companies joined as partners)
_LIST_GAP = re.compile(r"(?:[、，,]|与|和|及)(?:中国|德国|美国|日本|法国|韩国|英国|意大利|瑞典|瑞士)?")


def in_company_list(text: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """红旗、解放、奔腾、大众、丰田等: the name at start:end is an item of a list whose next or
    previous item is another company name (`others`: where the other company names stand)."""
    after = _LIST_GAP.match(text, end)
    if after and any(a == after.end() for a, _ in others):
        return True
    return any(b < start and _LIST_GAP.fullmatch(text, b, start) for _, b in others)


# A registered name: a run of name characters ending in a legal-form suffix. The run starts after
# punctuation or after one of the verbs/prepositions that commonly stand before a company.
REGISTERED = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,30}?(?:(?:[（(]?集团[）)]?)?(?:股份有限公司|有限责任公司|有限公司|股份公司)"
                        # 总公司: the legal form of a state-owned enterprise (西京电气总公司; not 分公司, a branch)
                        r"|集团总?公司|(?<![（(])集团|(?<![分子])总公司)")
# legal-form words that may follow a listed short name and belong to the mention (中车长客股份公司, 长客股份)
# (修正药业集团, 大众汽车集团 too)
_LEGAL_TAIL = ("股份有限公司", "股份公司", "股份", "集团有限公司", "集团公司", "集团", "有限公司", "公司")
# a city or province right before a listed name is part of it even without a legal form
# (长春金赛药业, 吉林长光卫星); 中国 only with a legal form (中国北车长客股份公司)
_CITY_PREFIXES = ("长春市", "长春", "吉林省", "吉林")
# (市 only as 我市/本市/全市: 长春市晟昱金属制品有限公司 and 重庆市轨道交通(集团)有限公司 keep their city)
_LEAD = re.compile(r"^.*(?:的|在|与|和|推动|积极|由|是|为|将|让|对|向|[我本全该]市|即|等|子公司|来自|旗下|了|包括"
                   # prepositions and verbs that stand before a company and never inside its registered name
                   # (江苏林泉集团就长春林泉…, 代表团来到…, 合资组建成都…, 其中美国…)
                   r"|就|从|被|把|给|以及|其中|[其并]于|位于|致电|采访|专访|来到|走进|参观|考察|调研|组建|携手|牵手|收购|并购|入驻|落户|引进|引入|成为|作为|隶属"
                   # a word for companies right before a place opens the name there (台资企业吉林省昱光…)
                   r"|(?:企业|及)(?=中国|吉林|长春|[\u4e00-\u9fff]{2}[省市]))")
# what ends the words before 集团 in a phrase about groups, not a name (大企业大集团, 产业集团, 该集团)
_NOT_A_GROUP = ("产业", "企业", "大", "龙头", "骨干", "国有", "民营", "外资", "合资", "该", "本", "此", "各", "其", "子", "母", "旗下")
_NOT_A_NAME_START = "该本此各其我两二三四五几多大小这那每某"
_COMMON_WORD = 500  # jieba's frequency from which two characters are a common word (物流, 能源), not a name (亚泰 119)


def _short_group(name: str) -> bool:
    """亚泰集团, 敏实集团, 复星集团: two or three characters of a name before 集团 (no common word, no
    pronoun or count: 该集团, 两大集团, 物流集团 are no company's name)."""
    from ..segment import dictionary  # jieba's table, loaded only when a short group name needs it

    body = name[: -len("集团")]
    # (a pronoun first, or a count: 该集团, 两大集团, 多家集团; 大成集团 is a name)
    if not 2 <= len(body) <= 3:
        return False
    counted = body[0] in "该本此各其我这那每某" or (body[0] in _NOT_A_NAME_START and body[1:2] in tuple("大家个种类批项位些"))
    return (2 <= len(body) <= 3 and not counted and re.fullmatch(r"[\u4e00-\u9fff]+", body) is not None
            and dictionary().get(body, 0) < _COMMON_WORD)


def find_registered_names(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in REGISTERED.finditer(text):
        start = m.start()
        lead = _LEAD.match(m.group(0))
        if lead:
            start += lead.end()
        # 长春宏翊-福田汽车科技有限公司: a hyphen between two names joins them (一汽-大众)
        joined = re.search(r"[\u4e00-\u9fffA-Za-z]{2,8}-$", text[:start]) if start == m.start() else None
        if joined:
            before = _LEAD.match(joined.group(0))
            start = joined.start() + (before.end() if before else 0)
        # 中国北车集团|长春轨道客车股份有限公司, 中国北车集团|长客股份公司: a group written right
        # before its unit's registered name is part of it
        if spans and spans[-1][1] == start and text.endswith("集团", 0, start):
            spans[-1] = (spans[-1][0], m.end())
            continue
        name = text[start:m.end()]
        if name.endswith("集团") and name[: -len("集团")].endswith(_NOT_A_GROUP):
            continue
        if m.end() - start >= 6 or (name.endswith("集团") and _short_group(name)):
            spans.append((start, m.end()))
    return spans


# countries written before a company's name (德国奥迪公司, 美国通用与中国一汽…)
COUNTRIES = _COUNTRIES = ("德国", "美国", "日本", "法国", "韩国", "英国", "意大利", "瑞典", "瑞士")


def _with_place(text: str, hit: NameHit) -> NameHit:
    """中国北车长客股份公司, 长春金赛药业: a place right before a name is part of it (not a country: 德国|大众集团)."""
    if hit.text.startswith(PLACE_PREFIXES):
        return hit
    for place in PLACE_PREFIXES if hit.text.endswith(_LEGAL_TAIL) else _CITY_PREFIXES:
        if text.endswith(place, 0, hit.start):
            return NameHit(place + hit.text, hit.key, hit.start - len(place), hit.end)
    return hit


_NOT_AN_OWNER = ("总部", "本部", "全部", "内部", "外部", "局部", "干部", "东部", "西部", "南部", "北部", "中部")


def _with_owner(text: str, hit: NameHit) -> NameHit:
    """铁道部长春客车厂, 机械工业部第一汽车制造厂: the ministry that owned a state factory, written right
    before its name as one word of three or more characters ending in 部, is part of its old name (not a
    firm's seat or a direction: 总部, 东部)."""
    from ..segment import words  # jieba, loaded only when a name may have an owner before it

    if not text.endswith("部", 0, hit.start):
        return hit
    last = list(words(text[max(0, hit.start - 8):hit.start]))[-1]
    if len(last) >= 3 and not last.endswith(_NOT_AN_OWNER) and re.fullmatch(r"[\u4e00-\u9fff]+", last):
        return NameHit(last + hit.text, hit.key, hit.start - len(last), hit.end)
    return hit


# a trade word between a listed name and its legal form belongs to the mention (长光卫星科技公司)
_TRADE_TAIL = re.compile("(?:科技|技术)?(?:" + "|".join(_LEGAL_TAIL) + ")")


def with_legal_tail(text: str, hit: NameHit) -> NameHit:
    m = _TRADE_TAIL.match(text, hit.end)
    return NameHit(hit.text + m.group(0), hit.key, hit.start, m.end()) if m else hit


# a country right before a name that is also a common word makes it the company even outside a
# list of companies (美国通用与中国一汽组建了…; not 中国: 中国通用技术集团 is another company)


def _with_country(text: str, hit: NameHit) -> NameHit | None:
    country = next((c for c in _COUNTRIES if text.endswith(c, 0, hit.start)), "")
    return NameHit(country + hit.text, hit.key, hit.start - len(country), hit.end) if country else None


# a stock code right after a name: (深:000661), (000661.SZ), （股票代码：600742）
_STOCK_CODE = re.compile(r"\s*[（(](?:(?:深|沪|深圳|上海|SZ|SH|股票代码)\s*[:：]?\s*)?\d{6}(?:\.(?:SZ|SH))?[）)]")


def _listed_with_stock_code(texts: list[str], list_only: frozenset[str]) -> frozenset[str]:
    """长春高新(深:000661): a name that is also a district's words, written once with its stock
    code, is the listed company everywhere in that article."""
    return frozenset(n for n in list_only for t in texts
                     if any(_STOCK_CODE.match(t, m.end()) for m in re.finditer(re.escape(n), t)))


def _listed_with_full_name(texts: list[str], list_only: frozenset[str], matcher: NameMatcher) -> frozenset[str]:
    """长春高新技术产业(集团)股份有限公司 … 长春高新: a name that is also a district's words is the company
    throughout an article that writes the company's registered name."""
    if not list_only:
        return frozenset()
    registered = {h.key for t in texts for h in matcher.find(t) if h.text.endswith("公司")}
    return frozenset(n for n in list_only if matcher.key(n) in registered)


# a list closed by 等 and a word for companies (长春高新、金赛药业、百克生物、迪瑞医疗等一批行业领军企业), or
# the list a sentence makes the leaders of its trades (以泰禾光电、亿帆生物、安利材料为龙头的…)
_LIST_ITEM = r"[\u4e00-\u9fffA-Za-z0-9]{2,20}(?:[（(][\u4e00-\u9fff]{2,4}[）)])?"  # 大众(安徽): a place in brackets
_COMPANY_LIST = re.compile(rf"((?:{_LIST_ITEM}、)+{_LIST_ITEM})"
                           r"(?:等(?P<gap>[^，。；,;]{0,10}?)(?:企业|公司|集团|巨头|厂商|龙头|车企|药企)|为龙头)")
# a clause that says what its subject is: 协鑫集成是中国500强企业, 蔚来、国轩高科和航天嘉诚分别是…的领军企业
_SHORTEST_ITEM = _LIST_ITEM.replace("{2,20}", "{2,20}?")  # (not 航天嘉诚分别: 分别 is the clause's)
_SAID_TO_BE_FIRMS = re.compile(rf"({_SHORTEST_ITEM}(?:(?:、|和|及|与){_SHORTEST_ITEM})*)(?:分别|都|均|也|则|就|还|正|即|更|又)?是[^，。；,;！？]{{0,24}}?"
                               r"(?:企业|公司|集团|巨头|厂商|车企|药企)(?:之一)?(?=[，。；,;！？]|$)")
# what a project, a park or a trade ends with: a list holding one is no list of companies
NOT_A_FIRM_END = _NOT_A_FIRM_END = ("项目", "工程", "园", "园区", "基地", "工厂", "中心", "车间", "产线", "生产线", "产业", "行业", "领域", "集群")


def _clause_between(gap: str) -> bool:
    """领导视察了希达: words between 等 and a word for companies that hold an aspect particle or a
    preposition are a clause of their own, not what the list's items are (一批行业领军, 化工, 19户)."""
    from ..segment import tagged  # jieba, loaded only when a list needs it

    return any(tag in ("ul", "uz", "uv", "p") for _, tag in tagged(gap))


def _coined(name: str) -> bool:
    """迪瑞医疗, 泰禾光电, 罗姆化学: a name holding a coined word (one the dictionary does not know, so
    that it falls apart into single characters: 泰|禾); 汽车, 生物医药, 装备制造 are words only."""
    from ..segment import dictionary, words  # jieba, loaded only when a list needs it

    freq, single = dictionary(), 0
    for w in words(name):
        if not re.fullmatch(r"[\u4e00-\u9fff]+", w):
            single = 0
            continue
        single = single + 1 if len(w) == 1 else 0
        if single >= 2 or (len(w) >= 2 and not freq.get(w)):
            return True
    return bool(re.search(r"[A-Za-z]{2}", name))


def unknown_list_items(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list of companies that no name matched, when one or more of its items is a known
    company or a coined name (no common words only), or two open with their place (迪瑞医疗 beside
    长春高新、金赛药业、百克生物; 江淮、蔚来、比亚迪、长安等一批整车企业; 以江淮汽车、TCL家用电器为龙头). The first item is cut
    from the words before it (合肥拥有|江淮). A list of trades (汽车、医药等重点企业) or of projects is
    none."""
    out = []
    for m in _COMPANY_LIST.finditer(text):
        if m.group("gap") and _clause_between(m.group("gap")):
            continue  # 省长、副省长等省市领导视察了希达公司: the list is of people; a company comes later
        items, pos = [], m.start(1)
        for item in m.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        first = items[0]
        cut = first[0] + _lead(text[first[0]:first[1]])
        if cut > 0 and _NAME_CHAR.match(text[cut - 1]):  # words before the list run into its first item
            cut += _common_before_coined(text[cut:first[1]])
        items[0] = (cut, first[1])
        items = [(s, e) for s, e in items if e - s >= 2]
        if not items or any(text[s:e].endswith(_NOT_A_FIRM_END) for s, e in items):
            continue
        is_known = [any(b == e and a >= s for a, b in known) for s, e in items]
        placed = [_placed_item(text, s, e) for s, e in items]
        coined = [_coined(text[s:e]) for s, e in items]
        if sum(k or c for k, c in zip(is_known, coined)) >= 1 and len(items) >= 2:
            out += [span for k, span in enumerate(items) if not is_known[k] and _firm_like(text[span[0]:span[1]])]
        elif sum(is_known) + sum(p is not None for p in placed) >= 2:
            # 引入了河北中兴、长春恒力等一批…企业: items that open with a province or city and a name of their own
            out += [p for k, p in enumerate(placed) if p is not None and not is_known[k]]
    return out


# jieba's tags of words that stand before a name and never open one: prepositions, conjunctions,
# particles, adverbs, places in time, numbers, measures, pronouns (以|泰禾光电, 仅去年以来|吉利)
_LEAD_TAGS = ("p", "c", "u", "d", "f", "t", "m", "q", "r", "uj", "ul", "ud", "ug", "uz", "uv")
_COMMON_VERB = 300  # jieba's frequency from which a verb before a name is an ordinary one (拥有, 促进, 已有)


def _lead(run: str) -> int:
    """How many characters at the start of a run are words before a name: the prepositions and verbs
    of _LEAD (位于新津的|新筑股份), then jieba's lead words (合肥拥有|江淮)."""
    m = _LEAD.match(run)
    cut = m.end() if m and len(run) - m.end() >= 2 else 0
    return cut + _lead_words(run[cut:])


def _common_before_coined(run: str) -> int:
    """落地|晖致, 园区|得丰电气: in a list's first item that the words before it run into, a common word
    (no place) before a coined rest of two characters or more stands before the name (not 江淮|汽车,
    东方|电气: their rest is a word)."""
    from ..segment import dictionary, words  # jieba, loaded only when a run needs it

    if run.endswith(("公司", "集团", "股份")):
        return 0
    freq, pos = dictionary(), 0
    for w in words(run)[:-1]:
        pos += len(w)
        rest = run[pos:]
        common = len(w) >= 2 and freq.get(w, 0) >= _COMMON_VERB  # (园区 397, 落地 954: words anyone writes)
        if common and not run.startswith(PROVINCES) and len(rest) >= 2 and _coined(rest):
            return pos
        if not common:
            break  # only common words from the start
    return 0


def _lead_words(run: str) -> int:
    """How many characters at the start of a run of name characters are words that stand before
    the name (合肥拥有|江淮, 去年8月|安徽合力, 将促进|沈变): up to the last such word that leaves two
    characters or more."""
    from ..segment import dictionary, tagged  # jieba, loaded only when a run needs it

    freq, pos, cut, after_lead = dictionary(), 0, 0, None
    for word, tag in tagged(run):
        pos += len(word)
        # one character alone (美|联|新材, 日|清食品) only right after other lead words (形成|以|泰禾光电,
        # 8|月|安徽合力), or a preposition, conjunction or adverb opening the run (以|泰禾光电, 仅|去年…)
        lead = word.isdigit() or (tag in _LEAD_TAGS or (tag.startswith("v") and freq.get(word, 0) >= _COMMON_VERB)) and (
            len(word) >= 2 or after_lead or (after_lead is None and tag in ("p", "c", "d")))
        if lead and len(run) - pos >= 2:
            cut = pos
        after_lead = lead
    return cut


# words that are no company's own name: a generic word for a firm, or what a pronoun points at
_GENERIC_FIRMS = ("公司", "企业", "集团", "厂商", "单位", "股东", "董事会", "项目", "本公司", "该公司", "子公司", "母公司", "分公司",
                  "合资公司", "上市公司", "项目公司", "平台公司")
# what ends the name of a government body, a research institute, a school or an association
_NOT_A_FIRM = re.compile(r"(?:政府|国务院|委员会|管委会|委|局|厅|部|署|办|办公室|院|所|室|中心|大学|学院|学校|协会|商会|联合会|联盟|法院|"
                         r"记者|专家|市长|书记|主任|省|市|区|县|镇|乡|村|新区|开发区"
                         # kinds and ranks of firms, not a firm (央企, 世界五百强, 行业强企)
                         r"|强|强企|央企|国企|民企|外企|企业)$")


def _firm_like(name: str) -> bool:
    """Whether a name found by what is said of it can be a company's: two characters or more, no
    generic word, no pronoun or count first, no government body, institute or place."""
    if len(name) < 2 or name in _GENERIC_FIRMS or _NOT_A_FIRM.search(name):
        return False
    if name[0] in "该本此各其我这那每某第" or (name[0] in _NOT_A_NAME_START and name[1] in "大家个种类批项位些"):
        return False  # a pronoun or a count (两大, 三家), not 三星
    return not name.startswith(PROVINCES) or len(name) > max(len(p) for p in PROVINCES if name.startswith(p))


# a short form the article gives a name ((以下简称长光视园), (简称“华星光电”)): not a company of its own
_SHORT_FORM = re.compile(r"(?:以下简称|以下称|下称|简称)[:：]?[“\"「『‘']?([\u4e00-\u9fffA-Za-z0-9]{2,12})")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&]")
# a stock code in brackets after a name: (300586), (301616.SZ), ( 301526.SZ ), (00746.HK), (1475), （股票代码：600742）
_CODE_AFTER = re.compile(r"[ \u3000]*[（(][ \u3000]*(?:(?:深|沪|深圳|上海|港|股票代码|股份代号|证券代码|SZ|SH|HK)[ \u3000]*[:：]?[ \u3000]*)?"
                         r"(?P<code>\d{6}(?:\.(?:SZ|SH|BJ))?|\d{4,5}(?:\.HK)?)[ \u3000]*[）)]")
# a bracket that says what kind of company the name is (中山达进(公司的间接全资附属公司))
_KIND_AFTER = re.compile(r"[ \u3000]*[（(][^（）()]{0,12}(?:子公司|附属公司|控股公司|合资公司)[）)]")
# the words only a company's officers, board and filings are named with
_OFFICER_AFTER = re.compile(r"(?:(?:高级|执行|常务)?副?董事长|(?:常务)?副?总经理|首席执行官|(?:高级|执行)?副?总裁|CEO|董事会)")
_APPOSITION = re.compile(r"(?:合资公司|全资子公司|控股子公司|子公司|附属公司)([\u4e00-\u9fffA-Za-z]{2,8})(?=[，,。；;（(])")
# (a filing only: 宣布 is said by officials and ceremonies too, 副省长…宣布, 开工仪式并宣布)
_ANNOUNCES_AFTER = re.compile(r"(?:今日|昨日|今天|昨天|晚间|近日|日前|昨|今)?(?:发布公告|公告称|公告显示)")


def _name_ending_at(text: str, end: int, taken: list[tuple[int, int]], opens_clause: bool = False) -> tuple[int, int] | None:
    """The name that ends at `end`: the run of name characters before it (at most 16), without the
    words before the name; None when it is no company's name or a found name covers it. With
    `opens_clause`, only a name whose clause starts with it or with words that stand before a name
    (，宁德时代发布公告; ，去年8月安徽合力宣布; not 该市政府…宣布)."""
    start = end
    while start > 0 and end - start < 16 and _NAME_CHAR.match(text[start - 1]) and not any(a < start <= b for a, b in taken):
        start -= 1  # (not into a name found before it: …有限公司和|中国台湾地区亿达公司)
    if start == end or any(a < end and start < b for a, b in taken):
        return None
    if any(b == start for _, b in taken) and not text.startswith(("和", "与", "及", "以及"), start):
        return None  # right after a name, only one joined to it (…有限公司和亿达公司; not 药明康德|董事长兼)
    if opens_clause and start > 0 and _NAME_CHAR.match(text[start - 1]):
        return None
    start += _lead(text[start:end])
    return (start, end) if _firm_like(text[start:end]) else None


def _one_word(name: str) -> bool:
    """以上, 全市, 企业: a name that is one common word of the dictionary (中国电子, 协鑫集成 are none)."""
    from ..segment import dictionary  # jieba, loaded only when a name needs it

    return dictionary().get(name, 0) >= _COMMON_WORD


def _has_verb(name: str) -> bool:
    """共同持股 (after 子公司): words with a verb or adverb are what the clause does, not a name."""
    from ..segment import tagged  # jieba, loaded only when a name needs it

    return any(tag[0] in "vd" for _, tag in tagged(name))


def _one_person(name: str) -> bool:
    """特朗普, 李革: a name jieba reads as one person's (not a company's)."""
    from ..segment import tagged  # jieba, loaded only when a name needs it

    words = tagged(name)
    return len(words) == 1 and words[0][1] in ("nr", "nrfg", "nrt") and len(name) <= 3


def named_by_context(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names nobody listed that the sentence itself shows to be companies: a name with its stock code
    (美联新材(300586)), a name a bracket calls a subsidiary, a name before its officers or its board
    (药明康德董事长), a name at the start of a clause that makes an announcement (宁德时代发布公告称)."""
    out: list[tuple[int, int]] = []
    for m in _CODE_AFTER.finditer(text):
        code = m.group("code")
        if len(code) == 4 and code.isdigit() and 1900 <= int(code) <= 2099:
            continue  # a year in brackets
        span = _name_ending_at(text, m.start(), taken + out)
        if span:
            out.append(span)
    for m in _KIND_AFTER.finditer(text):
        span = _name_ending_at(text, m.start(), taken + out)
        if span:
            out.append(span)
    for m in _SAID_TO_BE_FIRMS.finditer(text):
        # the subject opens its clause (after the words that stand before a name)
        if m.start() > 0 and _NAME_CHAR.match(text[m.start() - 1]):
            continue
        pos = m.start(1)
        for k, item in enumerate(re.split(r"、|和|及|与", m.group(1))):
            start, end = pos, pos + len(item)
            pos = end + 1
            if k == 0:
                start += _lead(text[start:end])
            name = text[start:end]
            if _firm_like(name) and not _one_word(name) and not any(a < end and start < b for a, b in taken + out):
                out.append((start, end))
    # 沈变公司: two to four coined characters with 公司 (not 项目公司, 合资公司, 该公司)
    for m in re.finditer("公司", text):
        span = _name_ending_at(text, m.end(), taken + out)
        region = re.match(r".*(?:地区|省|市|区|县)", text[span[0]:m.start()]) if span else None
        if region and m.start() - span[0] - region.end() >= 2:
            span = (span[0] + region.end(), span[1])  # 中国台湾地区|亿达公司
        if span and 2 <= span[1] - span[0] - 2 <= 4 and _coined(text[span[0]:span[1] - 2]) and not _one_word(text[span[0]:span[1] - 2]):
            out.append(span)
    # 成立合资公司时代吉利，: a name in apposition to 合资公司/子公司, up to the end of its clause
    for m in _APPOSITION.finditer(text):
        start, end = m.start(1), m.end(1)
        if _firm_like(text[start:end]) and not _has_verb(text[start:end]) and not any(a < end and start < b for a, b in taken + out):
            out.append((start, end))
    for pattern in (_OFFICER_AFTER, _ANNOUNCES_AFTER):
        for m in pattern.finditer(text):
            span = _name_ending_at(text, m.start(), taken + out, opens_clause=pattern is _ANNOUNCES_AFTER)
            if span is not None and not _one_person(text[span[0]:span[1]]):
                out.append(span)
    return sorted(out)


def _placed_item(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The item from the province or city it opens with (the first item: from the last place in it), when
    two characters or more follow the place."""
    for at in range(start, end - 3):
        if text.startswith(PROVINCES, at) and (at == start or text[at - 1] in "了入有是为和与及"):
            place = next(p for p in PROVINCES if text.startswith(p, at))
            if end - at - len(place) >= 2:
                return (at, end)
    return None


def company_mentions(article: Article, matcher: NameMatcher, list_only: frozenset[str] = frozenset()
                     ) -> tuple[list[CompanyMention], list[RegisteredName]]:
    mentions, unknown = [], []
    lines = [t for t in (article.kicker, article.title, article.subtitle) if t]
    # the title and headings too (block id "": a mention there links to the article itself)
    texts = [*lines, *(b.text for b in article.blocks)]
    list_only = list_only - _listed_with_stock_code(texts, list_only) - _listed_with_full_name(texts, list_only, matcher)
    introduced = {m.group(1) for t in texts for m in _SHORT_FORM.finditer(t)}
    for block in [Block(BlockKind.HEADING, t, (), "") for t in lines] + [
            b for b in article.blocks if b.id or (b.text not in lines and not b.text.startswith(("•", "·", "●", "*", "-", ">")))]:
        matched = [with_legal_tail(block.text, h) for h in matcher.find(block.text)]
        hits = [_with_owner(block.text, _with_place(block.text, h)) for h in matched]
        if list_only:
            spans = [(h.start, h.end) for h in hits]
            kept = []
            for h, as_matched in zip(hits, matched):  # 吉林现代: the common word 现代 with a place before it
                if as_matched.text not in list_only or in_company_list(block.text, h.start, h.end, [sp for sp in spans if sp != (h.start, h.end)]):
                    kept.append(h)
                elif (placed := _with_country(block.text, h)) is not None and not any(a < placed.start < b for a, b in spans):
                    kept.append(placed)
            hits = kept
        spans = {(h.start, h.end): h for h in hits}
        for start, end in find_registered_names(block.text):
            text = block.text[start:end]
            # 中国中车长春轨道客车股份有限公司: a place before a known registered name is part of it
            placed = next((h for h in hits if h.end == end and block.text[start:h.start] in PLACE_PREFIXES), None)
            if placed is not None and placed.start > start:
                del spans[(placed.start, placed.end)]
                spans[(start, end)] = NameHit(text, placed.key, start, end)
                continue
            # 中国北车集团长客股份公司: a listed group right before its listed unit is the unit
            group = spans.get(next(((h.start, h.end) for h in hits if h.start == start and h.text.endswith("集团")), (-1, -1)))
            unit = next((h for h in hits if group is not None and h.start == group.end and h.end == end), None)
            if unit is not None:
                del spans[(group.start, group.end)], spans[(unit.start, unit.end)]
                spans[(start, end)] = NameHit(text, unit.key, start, end)
            # a known name at the end (…服务一汽集团) means the run is that name with words before it
            elif not any(h.end == end for h in hits) and matcher.key(text) is None:
                unknown.append(RegisteredName(text, article.stem, block.id, start, end))
        taken = list(spans) + [(r.start, r.end) for r in unknown if r.block == block.id]
        for start, end in unknown_list_items(block.text, list(spans)):
            if not any(a < end and start < b for a, b in taken):
                unknown.append(RegisteredName(block.text[start:end], article.stem, block.id, start, end))
                taken.append((start, end))
        for start, end in named_by_context(block.text, taken):
            if block.text[start:end] in introduced:
                continue  # the link stage matches it as the short form of the name that introduced it
            unknown.append(RegisteredName(block.text[start:end], article.stem, block.id, start, end))
        for h in sorted(spans.values(), key=lambda h: h.start):
            mentions.append(CompanyMention(h.key, h.text, article.stem, block.id, h.start, h.end))
    return mentions, unknown
