"""Project mentions in one article: named projects, parks, factories, bases, production lines.

Three ways a mention is found, each kept as evidence (`how`):
- "head": a run of text ending in a head word (项目, 工厂, 产业园, 基地, 生产线, …), starting after
  the last punctuation or cut word before it (总投资209亿元的|奥迪PPE项目);
- "list": every item of a list that ends in 等…项目 (富赛汽车电子、玲珑轮胎、百克生物等重点项目) or in
  its own count (包括A、B、C三个项目), so items without a head word still count; and the example a
  kind is named by (A为标志的…项目);
- "alias": a name the editors listed in data/projects.yaml, or one the article introduces with its
  short form (X(以下简称Y): X and Y wherever they stand in it).
Candidates with no distinctive words (重点项目, 智能工厂, 400个…项目) are dropped, unless the same
article gives them in full (创新产业园项目 / 长春新区北湖科技开发区创新产业园项目); a verb, adverb or
pronoun before a name is not part of it (jieba's tags). The title, kicker, subtitle and headings are
read too (block id ""). All word lists live under `rules:` in data/projects.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..records import Article, Block, BlockKind
from ..segment import dictionary, tagged, tokenize
from .companies import CompanyMention
from .money import AMOUNT, INVESTMENT_WORDS, Money, parse_amounts
from .name_model import MAX_LOOKBACK, Alternative, CandidateGroup, NameModel, choose, features, word_starts
from .names import NameMatcher
from .spans import inside_any

SENTENCE_END = "。！？；"
# | and 【】 stand between a web page's column name and its headline (优环境 抓项目 促振兴|长春…项目); so
# does 丨 (天天新消息丨长春…项目), a character no modern name is written with
CLAUSE_MARKS = "，、：:“”‘’《》「」『』【】|｜丨—―…,;!?" + SENTENCE_END  # ―― (two bars): a dash between clauses
_LEGAL_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)")
_DATE = re.compile(r"\d{1,4} ?年|\d{1,2} ?月(?:\d{1,2} ?日)?|\d{1,2} ?日")  # 2017 年: spaced digits of a web page
_COUNTED = re.compile(r"(?<!第)(?:\d+|[一两二三四五六七八九十百千几数另每]+)(?:多|余)?(?:个|项|台|辆|座|家|条|批|处)|[二两三四五六七八九十]大"
                      r"|[十百千万]余|数[十百千]|多(?:个|项|家|批)")  # 百余零部件大项目: a count without its measure word
_PHASE_AFTER = re.compile(r"[（(]?[一二三四五六七八九十]期[）)]?(?:项目|工程)?")
# …一期封顶，二期正加快建设: a later clause of the sentence opens with another phase
_PHASE_OPENS_CLAUSE = re.compile(r"[^。！？；;]*?[，,](?:项目)?[一二三四五六七八九十]期")
_TRAILING_PHASE = re.compile(r"[（(]?[一二三四五六七八九十]期[）)]?$")
_INVESTS = INVESTMENT_WORDS  # (money.py: the investment words are money's; kept under this name here)
# a clause of its own that states the investment of what the sentence is about (，项目总投资79亿元)
_INVESTMENT_CLAUSE = re.compile(rf"[，,:：](?:该)?(?:项目)?{_INVESTS}({AMOUNT.pattern})")  # (X开工：总投资超350亿元)
# a clause about “the project” in a sentence that names none (这家公司由…成立,项目总投资135亿元)
_PROJECT_INVESTMENT_CLAUSE = re.compile(rf"[，,](?:该|这个|此)?项目{_INVESTS}({AMOUNT.pattern})")
# what a sentence may open with before it speaks of “this project” (据悉,该项目总投资…)
_LEAD_CLAUSE = r"(?:(?:另|又)?据(?:悉|介绍|了解|报道|统计)[，,:：]?)?"
_ABOUT_THIS_PROJECT = re.compile(rf"\s*{_LEAD_CLAUSE}(?:该|这个|此)项目")
_INVESTMENT_RIGHT_AFTER = re.compile(rf"[，,（(]?(?:项目)?{_INVESTS}({AMOUNT.pattern})")  # X（总投资12亿元）
# an amount of money (not a capacity: 年产12万吨有机酸项目 keeps its 12万吨)
# 年产600万人份…疫苗项目 (doses), 480万片 (wafers), 350亿粒, 200万双, 80万kw: a number and a measure word or a
# unit in Latin letters is a quantity, which a name may hold; money ends the text before a name
_MONEY = re.compile(rf"(?:{AMOUNT.pattern})(?![吨辆台套件头只平立千公米瓦人片粒双条张块支瓶盒剂份株箱桶组颗枚本册部亩户间层床盏根卷A-Za-z])")
# a name never starts with a number, an approximate one (近70万辆整车项目) or a money unit (亿元以上项目)
_COUNT_FIRST = re.compile(r"(?:近|约|超过?|逾|共|总计)?(?:\d|[万亿]+元)")
# an output a name may open with (not an approximate one: 近70万辆整车项目 counts vehicles)
_CAPACITY_FIRST = re.compile(r"\d[\d.]*\s*(?:万|亿)?(?:吨|GWh|MWh|GW|MW|千瓦|片|套|台|辆|粒|只|件)")
# a list's own count right after its last item: 包括A、B、C三个项目
_COUNTED_LIST_TAIL = re.compile(r"(\d+|[两二三四五六七八九十])(?:个|项)(?:重点|重大|子|大)?项目")
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# jieba's tags of words that belong to a name (people's and firms' names, places, brands, abbreviations)
_NAME_TAGS = ("nr", "nrt", "nrfg", "nz", "nt", "ns", "j", "eng", "ng")
_PROPER_TAGS = ("nr", "nrt", "nrfg", "nt", "nz", "ns")  # a person's, a firm's or a place's name
# 为… closing the clause that 以 opens (以A和B项目为代表的…, 以X落地为契机)
_EXEMPLAR_AFTER = re.compile(r"[^，。；、,;]{0,40}?为[\u4e00-\u9fff]")
_COMMON_WORD = 1000  # jieba's frequency from which a verb before a name is an ordinary verb (加紧 1040, 启明 25)
_EXEMPLAR = re.compile(r"(?<=[\w\-])(?:为标志|为代表|为龙头|为首)的")
_RELATIVE_YEAR = re.compile(r"(?:今|去|明|前|近)年")
_NUMBERED_PART = re.compile(r"(?:[一二三四五六七八九十]|\d+)号?(?:车间|生产线)$")
# a short form the article gives a name: (以下简称X), (简称“X”), 也被称为‘X’
_INTRODUCED = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[:：]?[“\"‘']?([^（()）“”\"‘’']{2,12}?)[”\"’']?[）)]"
                         r"|(?:也被称为|又称为|又称|也称|简称为)[“\"‘']([^“”\"‘’']{2,12}?)[”\"’']")
# what closes a project's name after its head (…产业园建设项目, …基地二期项目): without it, the head
_PROJECT_TAIL = re.compile(r"(?:[（(]?[一二三四五六七八九十]期[）)]?)?(?:扩建项目|建设项目|项目)$")
# a space between two words of a headline (not inside a number: 12 亿元, 2,000 万人份)
_SPACE_BETWEEN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\u00a0]+(?=[\u4e00-\u9fffA-Za-z])")
_SUPERLATIVE_BEFORE = re.compile(r"最[\u4e00-\u9fff]{1,3}的$")  # 全国最大的, 最先进的
_FIRM_ENDINGS = ("集团", "公司", "有限", "股份")  # what a firm's name ends in
_PHASE_END = re.compile(r"[（(]?[一二三四五六七八九十]期[）)]?$")
# an ordinal of an event or a batch (第七场, 第三批): what follows it is that event's, not a name
_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+(?:场|届|次|批|轮)")
# an area describes what stands after it (共建3平方公里中航…科技园), a capacity (年产10万吨…) names it
# (not after 产: 年产5000万平方米偏光片 is a yearly output)
_AREA = re.compile(r"(?<![\d.,产])\d[\d.,]*\s*(?:多|余)?万?(?:平方公里|平方千米|平方米|平米|亩|公顷)")
_GLOSS_AT_END = re.compile(r"[（(][^（()）]{2,20}[）)]$")  # an item's bracketed gloss, or its phase ((二期))
_CATEGORY_FIRST = re.compile(r"[\u4e00-\u9fff]{0,12}?类")  # 生物医药类…: a category before what follows
_CAPACITY_TOLD = re.compile(r"(?:第[一二三四五六七八九十\d]+条)?(?:新建)?(?:年产能?|年生产)?\s*\d")  # 年产1万吨…, 新建50GWh…
_QUOTE_PAIRS = {"”": "“", "」": "「", "’": "‘"}  # closing → opening quotation mark (『』 marks campaigns: not these)
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}[.．、](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])\s*")  # 1. (一) ①
_COLUMN_LABEL = re.compile(r"\s*[\[［〔][^\]］〕\[［〔]{1,8}[\]］〕]\s*")  # [环评公示] before a headline ([] 【】 are cut marks)
_QUOTED = re.compile(r"“([^“”。；！？;!?]{4,40})”")


@dataclass(frozen=True)
class ProjectRules:
    heads: tuple[str, ...]
    phases: tuple[str, ...] = ()
    cut_words: tuple[str, ...] = ()
    keep_after: tuple[str, ...] = ()
    generic_words: tuple[str, ...] = ()
    not_after_head: tuple[str, ...] = ()
    designation_prefixes: tuple[str, ...] = ()
    not_names: tuple[str, ...] = ()
    complete_endings: tuple[str, ...] = ()
    list_tail_words: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    place_prefixes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    part_heads: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    not_project_kinds: tuple[str, ...] = ()  # “…等研发平台”: items of such a list are not projects
    industries: tuple[str, ...] = ()  # 生物医药产业园 names a kind of park, never one park's short form
    lead_word_tags: tuple[str, ...] = ()  # tags of a word before a name that is not part of it (加大, 通过)
    lead_character_tags: tuple[str, ...] = ()  # the same for a one-character word (正, 这)
    designation_verbs: tuple[str, ...] = ()  # 认定为…: what follows is a title the firm holds
    venue_endings: tuple[str, ...] = ()  # 购物中心, 广场, 小镇: venues and shops
    abroad: tuple[str, ...] = ()  # 美国, 波士顿: a project there is an export order
    district_endings: tuple[str, ...] = ()  # 区, 市, 开发区: a locator written before a name
    document_words: tuple[str, ...] = ()  # 备忘录, 协议, 规划: what a title in 《》 that names a document ends in
    build_verbs: tuple[str, ...] = ()  # 建设“…”: a quoted name that is built, not a slogan
    introduced_endings: tuple[str, ...] = ()  # 园: what a name introduced with 以下简称 may end in without a head
    owned_parts: tuple[str, ...] = ()  # 车间: a project only under its plant's or firm's name
    event_words: tuple[str, ...] = ()  # 说明会, 仪式: an event before 暨
    transit_words: tuple[str, ...] = ()  # 号线, 地铁: a city's transit line
    owners: tuple[str, ...] = ()  # 厂, 公司: words that name that plant or firm
    workshop_work: tuple[str, ...] = ()  # 生产, 总装: the work a firm's workshop is named by (皓月集团生产车间)
    plant_heads: tuple[str, ...] = ()  # 工厂: a line or workshop after a plant's name is the plant's part
    set_words: tuple[str, ...] = ()  # 一系列: what follows is a set of projects, not one
    role_words: tuple[str, ...] = ()  # 成为: what follows, ending its phrase, is a role, not a name
    facility_heads: tuple[str, ...] = ()  # 基地, 生产线, 工厂: named by a maker's name, not by what they make
    goal_words: tuple[str, ...] = ()  # 打造, 作为: what follows in the clause is a goal or a use
    contents_words: tuple[str, ...] = ()  # 包括, 主要建设: what follows in the sentence is what a project holds
    repeated_verbs: tuple[str, ...] = ()  # 做, 抓: 做细做实, 抓好抓实 (officialese) end the text before a name
    person_words: tuple[str, ...] = ()  # 记者, 市长: a person; a candidate holding one is a clause (who does what)
    verb_tags: tuple[str, ...] = ()  # jieba's verb tags (v, vn …): a verb before a name's head takes it as object
    name_verbs: tuple[str, ...] = ()  # 制造, 扩建, 维修: verbs that name what a project does, words of its name
    function_word_tags: tuple[str, ...] = ()  # c, p, r: a conjunction, preposition or pronoun is never inside a name

    @classmethod
    def from_data(cls, data: dict) -> "ProjectRules":
        def words(key):
            value = data.get(key) or []
            value = value if isinstance(value, list) else [value]  # one word written without brackets
            return tuple(sorted({str(w) for w in value if str(w)}, key=lambda w: (-len(w), w)))

        return cls(**{f: words(f) for f in cls.__dataclass_fields__})


@dataclass(frozen=True)
class ProjectMention:
    text: str  # as printed in the block
    article: str  # article stem
    block: str  # block id (p12); "" in the title or a heading (HEADLINE: links go to the article itself)
    start: int  # offsets in block.text
    end: int
    how: str  # "head" | "list" | "alias": which rule found it
    sentence: str  # the sentence it stands in (evidence for status, money, place)
    investment: Money | None = None  # the project's own stated investment (总投资…的X)
    statuses: tuple[str, ...] = ()  # status words said of it in its clause (开工, 投产, …)
    locations: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()  # Company.name of companies named in or right before it
    canonical: str = ""  # the page it belongs to; set by the link stage (atlas/link/projects.py)
    phase: str = ""  # 一期, 二期 … when it names a phase of that project (set by the link stage too)


HEADLINE = ""  # the block id of a mention in the title or a heading: they have no paragraph id


def headline_blocks(article: Article) -> list[Block]:
    """The title and the headings, as blocks without an id: a headline names its project as often as
    the text does (长春引资260亿建东北亚国际医药港)."""
    lines = [t for t in (article.kicker, article.title, article.subtitle) if t]  # 引题, 标题, 副题
    return [Block(BlockKind.HEADING, t, (), HEADLINE) for t in lines] + [
        b for b in article.blocks if not b.id and b.text not in lines and not b.text.startswith(_BULLETS)]


# a heading that starts with a bullet is a link list of other stories (• 体育伦敦奥运开幕…), not this one's
_BULLETS = ("•", "·", "▪", "■", "□", "◆", "◇", "●", "○", "*", "-", "—", ">")


@dataclass
class _Candidate:
    start: int
    end: int
    how: str
    extra: dict = field(default_factory=dict)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in words)


class ProjectFinder:
    def __init__(self, rules: ProjectRules, aliases: NameMatcher, companies: NameMatcher, bare: NameMatcher | None = None,
                 model: NameModel | None = None):
        self.rules = rules
        self.model = model  # data/name_model.json: when given, it chooses each name's start and keeps or refuses it
        self.trace: list[SentenceCandidates] | None = None  # set to [] to collect every sentence's candidates (training)
        self._article_text = ""  # the text of the article being read (find())
        self.aliases = aliases
        self.bare = bare or NameMatcher({})  # listed names without their closing 项目 (ProjectCatalogue.bare_names)
        self.companies = companies
        chain = tuple(rules.phases) + ("扩建项目", "建设项目", "项目")
        self._head = re.compile(f"(?:{_alternation(rules.heads)})(?:{_alternation(chain)})*")
        self._head_at_end = re.compile(f"(?:{_alternation(rules.heads)})(?:{_alternation(chain)})*$")
        tail = _alternation(sorted(set(rules.list_tail_words + rules.industries), key=lambda w: (-len(w), w)))  # 等一大批医药类项目
        # …等30个重点项目; …等多个工业园区 (a list of parks ends in 园区 as a list of projects in 项目)
        self._list_tail = re.compile(rf"等(?:[\d.]+|多|个|余|项|以上|{tail})*?(?:项目|园区)")
        self._cut = re.compile(_alternation(rules.cut_words)) if rules.cut_words else None
        # 做细做实, 做大做强: a verb of `repeated_verbs` twice, each with its complement (not 电池电驱, 汽车整车)
        self._repeated_verb = re.compile(rf"({_alternation(rules.repeated_verbs)})[\u4e00-\u9fff]\1[\u4e00-\u9fff]") \
            if rules.repeated_verbs else None
        self._cut_ahead = re.compile(f"(?=({_alternation(rules.cut_words)}))") if rules.cut_words else None
        self._kind_of_list = re.compile(rf"(?:、[^，。；、,;]{{1,30}}?)*等[^，。；、,;]{{0,8}}?(?:{_alternation(rules.not_project_kinds)})") \
            if rules.not_project_kinds else None
        self._status = re.compile(_alternation(rules.statuses)) if rules.statuses else None
        self._pair_before = re.compile(rf"(?:{_alternation(rules.heads)})(?:项目)?(?:和|与|及|以及|、)$")
        self._location = re.compile(_alternation(rules.locations)) if rules.locations else None
        # a locator before a name: a listed location, or two to four characters and a district ending
        # (宽城区, 榆树市, 空港开发区); the city itself (长春市, a place prefix) is not one
        districts = [w for w in rules.locations if w.endswith("区") and w not in rules.place_prefixes]
        self._district = re.compile(
            "(?:" + "|".join([re.escape(w) for w in districts]
                             + [rf"[\u4e00-\u9fff]{{2,4}}{re.escape(e)}" if len(e) > 1 else rf"[\u4e00-\u9fff]{{2}}{re.escape(e)}"
                                for e in rules.district_endings]) + ")") if districts or rules.district_endings else None
        self._inner_place = re.compile(f"(?:{_alternation(rules.heads)})[中内里](?!心)")  # not …产业园中心项目
        self._designation = re.compile(_alternation(rules.designation_verbs)) if rules.designation_verbs else None

    # --- finding ---------------------------------------------------------------------------
    def find(self, article: Article, company_mentions: list[CompanyMention]) -> list[ProjectMention]:
        short: list[str] = []  # generic phrases met (创新产业园项目): short forms, if the article names them in full
        introduced = self._introduced(article)
        if self.model is not None or self.trace is not None:  # a name written more than once is more likely one (a feature)
            self._article_text = "\n".join(b.text for b in headline_blocks(article) + [b for b in article.blocks if b.id])
        traced = len(self.trace) if self.trace is not None else 0
        out = self._find(article, (), short, introduced)
        full = tuple(sorted({m.text for m in out}))
        if any(_shortens(s, f) for s in short for f in full):
            if self.trace is not None:
                del self.trace[traced:]  # only the pass whose mentions are kept is traced
            out = self._find(article, full, [], introduced)
        return out

    def _introduced(self, article: Article) -> NameMatcher:
        """中韩(长春)国际合作示范区北药园(以下简称中韩北药园), 长春智能光谷产业园也被称为‘长智光谷’: a park or
        project the article introduces with its short form; both names are mentions wherever they stand
        (a company introduced so, …股份有限公司(以下简称“一汽富维”), is not)."""
        names: dict[str, str] = {}
        for block in headline_blocks(article) + [b for b in article.blocks if b.id]:
            text = block.text
            for m in _INTRODUCED.finditer(text):
                end = m.start()
                start = self._name_start(text, _name_clause_start(text, end, 0), end)
                full = text[start:end]
                short = m.group(1) or m.group(2)
                if (len(full) < 4 or _LEGAL_SUFFIX.search(full) or full.endswith(self.rules.organisations)
                        or any(h.end == len(full) for h in self.companies.find(full))
                        or not (self._head_at_end.search(full) or full.endswith(self.rules.introduced_endings + self.rules.complete_endings))):
                    continue
                names.setdefault(full, full)
                names.setdefault(short, full)
        return NameMatcher(names)

    def _find(self, article: Article, full_names: tuple[str, ...], short: list[str],
              introduced: NameMatcher | None = None) -> list[ProjectMention]:
        out = []
        last = None  # where in `out` the last project named stands (这个总投资80亿元的重大项目 in a later paragraph)
        for block in headline_blocks(article) + [b for b in article.blocks if b.id]:
            # nothing inside a company's registered name is a project (奥迪一汽新能源|汽车有限公司)
            firms = [(h.start, h.end) for h in self.companies.find(block.text) if _LEGAL_SUFFIX.search(h.text)]
            previous: list[ProjectMention] = []
            previous_start = 0
            aside: list[ProjectMention] = []  # named in passing by a sentence about the project before
            for start, end in _sentences(block.text):
                found = self._in_sentence(article, block, start, end, firms, full_names, short, introduced)
                if found and _ABOUT_THIS_PROJECT.match(block.text, start):
                    # 该项目…是中韩北药园…的重要节点。项目…总投资1.2亿元: the subject is still the project before
                    # (also when it was not found in this paragraph: the names in passing never become it)
                    aside.extend(found)
                    continue
                if not found and previous:
                    k = self._referent(block.text[start:end], previous, previous_start)
                    figure = self._investment_of_previous(block.text[start:end]) if previous[k].investment is None else None
                    if figure is not None:
                        previous[k] = replace(previous[k], investment=figure)
                elif not found and start == 0 and last is not None and block.id and out[last].investment is None:
                    figure = self._investment_of_this(block.text[start:end])
                    if figure is not None:
                        out[last] = replace(out[last], investment=figure)
                out.extend(previous)
                last = len(out) - 1 if out else None
                out.extend(aside)
                aside = []
                previous_start = start
                previous = found
            out.extend(previous)
            last = len(out) - 1 if out else None
            out.extend(aside)
        return out

    def _in_sentence(self, article: Article, block: Block, s0: int, s1: int, firms: list[tuple[int, int]],
                     full_names: tuple[str, ...] = (), short: list[str] | None = None,
                     introduced: NameMatcher | None = None) -> list[ProjectMention]:
        text = block.text
        cands = self._head_candidates(text, s0, s1) + self._list_candidates(text, s0, s1) + self._quoted(text, s0, s1)
        listed = [_Candidate(h.start + s0, h.end + s0, "alias") for h in self.aliases.find(text[s0:s1])]
        if introduced is not None:  # names the article introduced itself (以下简称…) count as listed ones
            listed += [_Candidate(h.start + s0, h.end + s0, "alias") for h in introduced.find(text[s0:s1])]
        cands += listed + [_Candidate(h.start + s0, h.end + s0, "alias") for h in self.bare.find(text[s0:s1])
                           if self._plainly_ends(text, h.end + s0, s1)
                           and not any(c.start <= h.start + s0 < c.end for c in listed)]
        sets = [c for c in cands if c.how == "head" and self._counted_set(text, c)]
        cands = [c for c in cands if c.extra.get("counted")  # an item of “A、B三个项目” is not inside the set: it is the set
                 or not any(o.start <= c.start and c.end <= o.end and o is not c for o in sets)]
        cands = [c for c in cands if not inside_any(firms, c.start, c.end)]
        cands = self._on_word_boundaries(text, s0, s1, cands)
        cands = [self._without_lead_words(text, c) for c in cands]
        cands = [self._with_phase(text, self._trimmed(text, c), s1) for c in cands]
        verdicts = [self._is_name(text, c, full_names, short) for c in cands]
        chosen = _longest_without_overlap([c for c, ok in zip(cands, verdicts) if ok])
        chosen = [c for c in chosen if not self._predicate(text, c, chosen, s0)]
        if self.model is not None or self.trace is not None:
            groups = self._groups(text, s0, cands, verdicts, chosen, block.id == HEADLINE, full_names)
            aliases = [(c.start, c.end) for c in cands if c.how == "alias"]
            if self.trace is not None:
                self.trace.append(SentenceCandidates(article.stem, block.id, text, s0, s1, groups, aliases,
                                                     [(c.start, c.end) for c in chosen]))
            if self.model is not None:
                chosen = [c for c, _ in model_choice(groups, aliases, self.model)]
        chosen.sort(key=lambda c: c.start)
        mentions = []
        for i, c in enumerate(chosen):
            scope_end = _scope_end(text, c, chosen[i + 1:], s1)
            clause_end = min(scope_end, next((o.start for o in chosen[i + 1:]), s1))
            mentions.append(ProjectMention(
                text=text[c.start:c.end], article=article.stem, block=block.id, start=c.start, end=c.end,
                how=c.how, sentence=text[s0:s1],
                investment=self._investment(text, c, s0, s1, clause_end),
                statuses=self._statuses(text[c.end:scope_end]),
                locations=tuple(sorted({m.group(0) for m in self._location.finditer(text[s0:s1])})) if self._location else (),
                companies=self._companies(text, c, s0),
            ))
        return mentions

    def _groups(self, text: str, s0: int, cands: list[_Candidate], verdicts: list[bool], chosen: list[_Candidate],
                headline: bool, full_names: tuple[str, ...]) -> list[CandidateGroup]:
        """Each candidate the rules found (not a listed name: those are always kept) with its
        alternative starts: every word start between its clause's start and its head word."""
        kept = {id(c) for c in chosen}
        places = self.rules.place_prefixes + self.rules.locations
        groups = []
        for c, ok in zip(cands, verdicts):
            if c.how == "alias":
                continue
            heads = list(self._head.finditer(text, c.start, c.end))
            head_start, head = (heads[-1].start(), heads[-1].group(0)) if heads else (max(c.start, c.end - 1), "none")
            starts = {c.start}
            if not c.extra.get("quoted"):
                lo = max(_clause_start(text, c.start, s0), head_start - MAX_LOOKBACK)
                starts.update(a for a in word_starts(text, lo, max(lo, head_start)) if a < head_start)
            group = CandidateGroup(c.end, c.start, c.how, id(c) in kept)
            for a in sorted(starts):
                name, body = text[a:c.end], text[a:head_start]
                hits = self.companies.find(name)
                group.alternatives.append(Alternative(a, features(
                    text, s0, a, c.end, head_start, c.how, rules_start=c.start, rules_ok=ok, rules_kept=group.rules_kept,
                    span_ok=ok if a == c.start else self._is_name(text, _Candidate(a, c.end, c.how, c.extra), full_names, None),
                    headline=headline, has_company=bool(hits), starts_with_company=any(h.start == 0 for h in hits),
                    has_place=any(p in name for p in places), head=head,
                    distinctive=len(self._distinctive(self._without_place(name))),
                    occurs=self._article_text.count(name), body_occurs=self._article_text.count(body) if len(body) >= 2 else 0)))
            groups.append(group)
        return groups

    def _head_candidates(self, text: str, s0: int, s1: int) -> list[_Candidate]:
        cands = []
        for m in self._head.finditer(text, s0, s1):
            after = text[m.end():s1]
            if any(after.startswith(w) for w in self.rules.not_after_head):
                continue
            start = self._name_start(text, _name_clause_start(text, m.start(), s0), m.start(), m.end())
            closer = text[m.start() - 1:m.start()]
            opener = _QUOTE_PAIRS.get(closer, "")  # a traditional page quotes with 「」, some pages with ‘’
            opened = text.rfind(opener, s0, m.start()) if opener else -1
            if opener and opened >= s0 and closer not in text[opened:m.start() - 1]:
                # 航天锂电天门“超级工厂”项目: a quoted word inside a name that a firm or a place opens (not
                # 实施的“旗E春城—旗动吉林”项目, a campaign; not 未来“航天信息产业园”项目)
                joined = self._name_start(text, _name_clause_start(text, opened, s0), m.start(), m.end())
                if joined < opened and any(t in _NAME_TAGS for _, t in tagged(text[joined:opened])):
                    start = joined
            if self._inner_place.search(text, start, m.start()):
                continue  # 红旗繁荣工厂中紧张地调试著生产线: “in the plant” ends a name; the rest is a clause
            if any(self._predicate_after(text, h.end(), m.start()) for h in self._head.finditer(text, start, m.start())):
                continue  # 欣奕华高新材料项目正紧锣密鼓地进行生产线…: a name ended before its predicate
            cands.append(_Candidate(start, m.end(), "head"))
        return cands

    @staticmethod
    def _predicate_after(text: str, at: int, end: int) -> bool:
        """Does a predicate start at `at` (an adverb or preposition: 正, 已, 将, 于, 在)?"""
        words = tagged(text[at:min(end, at + 8)])
        return bool(words) and words[0][1] in ("d", "p")

    def _quoted(self, text: str, s0: int, s1: int) -> list[_Candidate]:
        """“年产2,000万人份水痘减毒活疫苗、带状疱疹减毒活疫苗项目”: a quoted name ending in a head is
        one name, list marks and digit groups inside it included."""
        cands = []
        for m in _QUOTED.finditer(text, s0, s1):
            # a mark inside would cut it, or a capacity (年产600万人份…) says it is a plant, not a slogan
            if self._head_at_end.search(m.group(1)) and any(ch in CLAUSE_MARKS or ch.isdigit() for ch in m.group(1)):
                cands.append(_Candidate(m.start(1), m.end(1), "head", {"quoted": True}))
            # 陈学思院士的“可吸收医用手术缝合线”项目: a quoted name of six or more characters, one phrase, right
            # before 项目 (not a campaign's slogan: “旗E春城—旗动吉林”项目, “专精特新”项目)
            elif (text.startswith("项目", m.end()) and len(m.group(1)) >= 6 and not self._head_at_end.search(m.group(1))
                  and not any(ch in CLAUSE_MARKS or ch in "—-~·" or ch.isspace() for ch in m.group(1))):
                cands.append(_Candidate(m.start(), m.end() + 2, "head", {"quoted": True}))
        return cands

    def _list_candidates(self, text: str, s0: int, s1: int) -> list[_Candidate]:
        return self._listed_items(text, s0, s1) + self._counted_items(text, s0, s1) + self._exemplars(text, s0, s1)

    def _exemplars(self, text: str, s0: int, s1: int) -> list[_Candidate]:
        """总投资23亿元的一汽-大众长春EA211发动机为标志的国际领先动力总成项目: the project is the
        example (A为标志的/为代表的B names A, and B is the kind it stands for)."""
        cands = []
        for m in _EXEMPLAR.finditer(text, s0, s1):
            start = self._name_start(text, _clause_start(text, m.start(), s0), m.start())
            if text.startswith("以", start) and start + 1 < m.start():
                start += 1  # 以A为代表的…: 以 opens the construction, A is the example
            kind = text[m.end():_clause_end(text, m.end(), s1)]
            # only where the example or its kind is a project (not 以复兴号动车组为代表的110列动车组)
            if start < m.start() and (self._head.search(text, start, m.start()) or self._head.search(kind)):
                cands.append(_Candidate(start, m.start(), "list", {"exemplar": True}))
        return cands

    def _counted_items(self, text: str, s0: int, s1: int) -> list[_Candidate]:
        """包括A、B、C三个项目: a list followed by its own count, without 等; trusted only when the
        count is the number of items (so 三个项目 after two names, or after one, is no list)."""
        cands = []
        for m in _COUNTED_LIST_TAIL.finditer(text, s0, s1):
            number = m.group(1)
            count = int(number) if number.isdigit() else _CN_SMALL.get(number, 0)
            items_start = _clause_start(text, m.start(), s0, marks=CLAUSE_MARKS.replace("、", ""))
            pieces = text[items_start:m.start()].split("、")
            last = re.search("[和及与]", pieces[-1])
            if count == len(pieces) + 1 and last and _standalone(pieces[-1], last.start(), last.end()):
                # A、B和C三个项目: the list's last two items joined by a conjunction (the piece text is kept
                # whole, so the offsets below stay right: the conjunction is one character)
                pieces[-1:] = [pieces[-1][:last.start()], pieces[-1][last.end():]]
            if count < 2 or len(pieces) != count:
                continue
            pos, found = m.start(), []
            for piece in reversed(pieces):
                piece_start = pos - len(piece)
                start = self._name_start(text, piece_start, pos)
                if start >= pos or (start > piece_start and piece is not pieces[0]):
                    break  # an item that is cut inside is no item of this list
                found.append(_Candidate(start, pos, "list", {"counted": True}))
                pos = piece_start - 1
            if len(found) == count:
                cands += found
        return cands

    def _listed_items(self, text: str, s0: int, s1: int) -> list[_Candidate]:
        cands = []
        for m in self._list_tail.finditer(text, s0, s1):
            if "产业" in m.group(0):
                continue  # 汽车、影视文创、信息技术等重点产业项目: the items are industries (named projects have heads)
            items_start = _clause_start(text, m.start(), s0, marks=CLAUSE_MARKS.replace("、", ""))
            pos = m.start()
            pieces = text[items_start:pos].split("、")
            # one item before 等…项目 is trusted as the others are (中车新能源商用车等项目落地, the seeds), though
            # rl09's gold leaves its 长客氢能城际列车等项目落地 out (a product): the two golds disagree
            for piece in reversed(pieces):
                piece_start = pos - len(piece)
                start = self._name_start(text, piece_start, pos)
                # a list of parks (…等园区) whose item has no head of its own lists what the parks are
                # for (新能源汽车、信息技术…等园区), not parks
                if start < pos and not (m.group(0).endswith("园区") and not text.endswith("园", start, pos)
                                        and not self._head_at_end.search(text, start, pos)):
                    # 奥迪PPE(奥迪高端电动平台): a bracket spelling out an abbreviation (after Latin letters, or
                    # repeating the name's first word) is a gloss, not the name (长春兴隆国际陆港(铁路场站) names a part)
                    gloss = _GLOSS_AT_END.search(text, start, pos)
                    spelled = gloss and gloss.start() > start and (
                        text[gloss.start() - 1].isascii() and text[gloss.start() - 1].isalpha()
                        or gloss.group(0)[1:3] == text[start:start + 2])
                    end = gloss.start() if spelled else pos
                    cands.append(_Candidate(start, end, "list"))
                pos = piece_start - 1
                # 135亿元的比亚迪动力电池: an item's own figure before it does not start the list there
                figure = re.match(rf"(?:{_INVESTS})?(?:{AMOUNT.pattern})(?:的|建设的)", piece)
                if (start > piece_start and not (figure and piece_start + figure.end() == start)) or pos < items_start:
                    break  # a cut word inside an item: the list started there
        return cands

    def _name_start(self, text: str, clause_start: int, head_start: int, name_end: int | None = None) -> int:
        """Where a name ending at `head_start` begins: after the last cut word, date or company."""
        start = clause_start
        span = text[clause_start:head_start]
        for pattern in (self._cut, _DATE, _RELATIVE_YEAR, _MONEY, _ORDINAL, _AREA, self._repeated_verb):
            if pattern is None:
                continue
            # cut words may overlap (主要建设: 要建, 建设): each is tried, so the name starts after the last
            for m in (_overlapping(self._cut_ahead, span) if pattern is self._cut else pattern.finditer(span)):
                if (pattern is self._cut and len(m.group(0)) == 1
                        and not _whole_word(text, clause_start + m.start(), clause_start + m.end())):
                    continue  # 的 of 美的, 为 of 华为: one character of a word of the name, no cut
                if pattern is self._cut and span.startswith(_FIRM_ENDINGS, m.end()):
                    continue  # 中化学交通建设集团: a word of a firm's name (…建设集团, …投资有限公司)
                if m.end() == len(span) and m.group(0) == "建设" and text.startswith("项目", head_start):
                    continue  # 长春中车整体搬迁建设项目: 建设项目 is the head, not a cut before it
                before = span[: m.start()]
                if any(before.endswith(k) for k in self.rules.keep_after):
                    continue
                if m.group(0) in ("与", "和") and (re.search("合资|合作", span[m.end():]) or self._joins_one_name(span, m)):
                    continue
                if m.group(0) in ("与", "和", "及") and m.start() > 0 and (span[:m.start()].endswith(self.rules.cut_words)
                                                                         or self._ends_in_verb(span[:m.start()])):
                    continue  # 推进和邦…项目: a conjunction joins two nouns, so one right after a verb is a name's
                    # character (one opening a clause still cuts: …，和中兴长春分公司二期项目 continues a list)
                start = max(start, clause_start + m.end())
        start = max(start, self._after_last_verb(text, clause_start, start, head_start, name_end))
        for m in re.finditer("暨", span):  # 开工仪式暨X项目, 2025年长春市春季项目暨X项目: what stands before 暨
            # (after the last cut before it) names nothing
            before = text[start:clause_start + m.start()]
            if clause_start + m.start() >= start and (not self._distinctive(self._without_place(before))
                                                      or before.endswith(self.rules.event_words)):
                start = max(start, clause_start + m.end())
        for m in re.finditer("[及和与]", span):  # 政务服务中心及吉林省国家广告产业园: a list of two places;
            # 日系零部件项目招商及日系工业园: a project and its work (generic words) before 及, too
            if (self._without_generic_tail(span[: m.start()]).endswith(self.rules.heads + self.rules.complete_endings)
                    and not self._parts_of_one_project(text, clause_start + m.end(), head_start, name_end, m.group(0))):
                start = max(start, clause_start + m.end())
        # a registered company name opening a project's name is part of it (一汽弗迪新能源科技有限公司动力
        # 电池项目); after another name (金赛…产业园项目长春高新…股份有限公司…) or before a workshop
        # (…股份有限公司动车组制造车间: the firm's workshop) the name starts after it
        for m in _LEGAL_SUFFIX.finditer(span):
            if span[m.end():].startswith(("合资", "合作")):
                continue
            bare_part = (text[head_start:name_end] in self.rules.part_heads if name_end is not None
                         else text.startswith(self.rules.part_heads, head_start))  # not …有限公司…生产线项目
            if (self._head.search(text, start, clause_start + m.start()) or bare_part
                    or clause_start + m.end() == head_start):
                # …有限公司项目: a firm's project, no name of its own
                start = max(start, clause_start + m.end())
        while text.startswith(("暨", "及"), start) and start < head_start:
            start += 1  # a name never starts with a conjunction
        while text.startswith("项目", start) and start + 2 < head_start:
            start += 2  # 启动项目|新型房屋生产基地项目: nor with the word 项目
        inner = text.rfind("项目", start, head_start)
        if inner > start and inner + 2 < head_start:
            # 省级重点项目长春…产业园, 市重点项目…工厂: a class written before a name as its apposition
            cls = text[start:inner]
            for prefix in self.rules.designation_prefixes:
                cls = cls.replace(prefix, "")
            if not self._distinctive(self._without_place(cls) + "项目"):
                start = inner + 2
        spaced = list(_SPACE_BETWEEN_WORDS.finditer(text, start, head_start))
        if spaced:
            start = spaced[-1].end()  # 聚焦主战场 富晟…项目: a headline's phrases parted by a space
        closed = max(text.rfind(")", start, head_start), text.rfind("）", start, head_start))
        if closed >= 0 and "(" not in text[start:closed] and "（" not in text[start:closed]:
            start = closed + 1  # (以下简称:郑州航空港区)比亚迪生产基地: a bracket closed, never opened, in the name
        pointed = [a for a, word, tag in _words_at(text, start, head_start) if tag == "r" and word.startswith(_DEMONSTRATIVES)]
        if pointed:
            start = pointed[-1]  # 未来这个基地: a demonstrative points back; what follows it is no name
        label = _COLUMN_LABEL.match(text, start, head_start)
        if label:
            start = label.end()  # [环评公示] 长春…项目, ［公示］…: a column's label before a headline
        enumerator = _ENUMERATOR.match(text, start, head_start)
        if enumerator and enumerator.end() < head_start:
            start = enumerator.end()  # 1.X项目, (一)X项目, ①X项目: an item's number is no part of its name
        numbered = re.match(r"\d{1,2}\s+(?=[\u4e00-\u9fff])", text[start:head_start])  # a caption's number (4 长春中车…)
        if numbered:
            start += numbered.end()
        opens_clause = start == clause_start  # a list item or a clause's subject, not the object of a verb
        start = self._strip_place(text, start, name_end or head_start)
        # 榆树市年产12万吨有机酸项目于…投产; 宽城区海尔…项目二期已经完工: the district that opens an item
        # locates it (not 建设了长春新区生长激素二期项目, where the name is the verb's object)
        return self._strip_district(text, start, name_end or head_start) if opens_clause else start

    def _ends_in_verb(self, text: str) -> bool:
        """Does `text` end in an ordinary verb of two or more characters (引进, 实施: the verb rule's kind)?"""
        words = tagged(text[-8:])
        if not words or not self.rules.verb_tags:
            return False
        word, tag = words[-1]
        return (len(word) > 1 and tag in self.rules.verb_tags and word not in self.rules.name_verbs
                and dictionary().get(word, 0) >= _COMMON_WORD)

    def _after_last_verb(self, text: str, clause_start: int, start: int, head_start: int, name_end: int | None) -> int:
        """省委书记视察|长春航天信息产业园项目, 募集资金主要用于|富维座椅项目: a name is a noun phrase, and a verb
        before it that takes it as object is no part of it (nor are the verb's subject and adverbs): the name
        starts after the last such verb (the clause is tagged as a whole, so each word is read in context).

        A verb of two or more characters takes the phrase as object when a proper name (place, firm, person,
        abbreviation, Latin letters) or a number follows it, whatever the verb (依托|长春…); an ordinary verb (a
        common word of the dictionary: 推进, 实施) takes a phrase of common words too (高速度推进|院士科研产业园项目).
        A verb right before the head, or a rare one before a common noun, is the name's own compound (体外诊断
        产业园, 侧线油加氢项目), as is one of `name_verbs:` (装备制造产业园) or a generic word. No verb cuts inside a
        listed company or project (解放J7…), right before a firm's ending (…投资发展有限公司), inside quotes, in a
        yearly capacity (年加工一亿只…) or after 及 (…装备及建设北方生产基地项目); in a list's item, or opening its
        clause, only an ordinary one does (自贡东恒…: a place jieba reads as a verb; 吸引|富赛…). One-character
        verb tags never cut (富|维, 中航吉|发: characters of names); a person word before the verb leaves the
        candidate a clause (`person_words:`). A conjunction, preposition or pronoun of two or more characters
        (`function_word_tags:` 以及, 通过) cuts wherever it stands, except one opening with 及 (气凝胶及其…)."""
        if not self.rules.verb_tags or head_start - start < 1:
            return start
        words = _words_at(text, clause_start, head_start if name_end is None else name_end)
        if any(word in self.rules.person_words for at, word, _ in words if start < at <= head_start):
            return start  # 笔者解读红旗数字工厂: a person and what they do is a clause (`person_words:`), not a name
        list_item = text[clause_start - 1:clause_start] == "、" or name_end is None
        span = text[clause_start:head_start]
        names = [(clause_start + h.start, clause_start + h.end) for h in self.companies.find(span) + self.aliases.find(span)]
        after = start
        for k, (at, word, tag) in enumerate(words):
            begins = at - len(word)
            if at >= head_start:
                break
            if at <= start or word in self.rules.name_verbs:
                continue  # (a verb the start falls inside still cuts: 将建|成 → 将建成|…)
            if (tag in self.rules.function_word_tags and len(word) > 1 and not word.startswith(self.rules.keep_after)
                    and not any(a < at and begins < b for a, b in names) and not _open_quote(text, clause_start, begins)):
                after = at  # 园区以及|…, 该区通过|…: a function word is no word of a name (气凝胶及其复合产品基地: 及 joins)
                continue
            if len(word) < 2:
                continue
            if word not in self.rules.build_verbs and (word in self.rules.generic_words or tag not in self.rules.verb_tags):
                continue
            _, following, following_tag = words[k + 1]
            ordinary = dictionary().get(word, 0) >= _COMMON_WORD or word in self.rules.build_verbs
            opens_name = (following_tag in _NAME_TAGS + ("m",) or following[:1].isdigit() or following.startswith("年产")
                          or self._is_place_word(following, following_tag) or self._known_name_at(text, at, head_start))
            if self._head.match(following) or not (ordinary or (opens_name and not list_item and begins > clause_start)):
                continue  # 体外诊断产业园, 自贡基地: a verb right before the head is the name's (or a place)
            if text[begins - 1:begins] == "年" or text[clause_start:begins].endswith(self.rules.keep_after):
                continue  # 年加工50万件…: a yearly capacity, which a name may open with; …及建设北方生产基地项目
            if (any(a < at and begins < b for a, b in names) or text.startswith(_FIRM_ENDINGS, at)
                    or _open_quote(text, clause_start, begins)):
                continue
            after = at
        return after

    def _parts_of_one_project(self, text: str, after: int, head_start: int, name_end: int | None, conjunction: str) -> bool:
        """60GWh动力储能电池生产线及辅助设施项目, 奇瑞未来一工厂及发动机项目: one 项目 over a plant and
        parts named by no head, firm or place of their own is one project (政务服务中心及吉林省国家广告
        产业园 stays two: the second has its own head)."""
        if conjunction != "及" or name_end is None or text[head_start:name_end] != "项目":
            return False
        rest = text[after:head_start]
        places = self.rules.place_prefixes + self.rules.locations
        return bool(rest) and not (self._head.search(rest) or self.companies.find(rest) or self.aliases.find(rest)
                                   or any(p in rest for p in places) or (self._district and self._district.search(rest)))

    def _without_generic_tail(self, text: str) -> str:
        """日系零部件项目招商 → 日系零部件项目: generic words at the end of a stretch taken off."""
        changed = True
        while changed and text:
            changed = False
            for w in self.rules.generic_words:
                if text.endswith(w) and not text.endswith(self.rules.heads):
                    text, changed = text[: -len(w)], True
                    break
        return text

    def _strip_district(self, text: str, start: int, end: int) -> int:
        """宽城区海尔(长春)市场创新产业园项目二期 → 海尔(长春)…: a district, county-level city or
        zone before a name is its locator, when the name has words of its own after it (not
        长春汽车经济技术开发区新能源汽车产业园项目, whose place is all it has)."""
        if self._district is None:
            return start
        at = start
        for place in self.rules.place_prefixes:  # 长春市绿园区…: the city before a district goes with it
            if text.startswith(place, at) and self._district.match(text, at + len(place), end):
                at += len(place)
                break
        m = self._district.match(text, at, end)
        if m is None or m.group(0) in self.rules.place_prefixes or (
                m.group(0).endswith(("市", "县")) and _LEGAL_SUFFIX.search(text, m.end(), end)):
            return start  # 项城市凯森制衣有限公司…项目: a firm's registered name starts with its city
        inner = self._district.match(text, m.end(), end)  # 武汉市江夏区…: a city, then its district
        if inner and len(self._distinctive(self._without_place(text[inner.end():end]) + "项目")) >= 2:
            m = inner
        rest = text[m.end():end]
        if len(self._distinctive(self._without_place(rest) + "项目")) >= 2:
            return m.end()
        return start

    def _joins_one_name(self, span: str, m: re.Match) -> bool:
        """长东北生物与医药科技产业园: a 与 between two short words that are neither a project nor a
        company joins the words of one name (推动汽车与比亚迪动力电池项目 names a company: cut)."""
        left_start = max([0] + [c.end() for c in self._cut.finditer(span, 0, m.start()) if c.group(0) not in ("与", "和")]) \
            if self._cut else 0
        left, right = span[left_start:m.start()], span[m.end():]
        if (right and self._without_place(left) and self._distinctive(left) and len(self._distinctive(right + "项目")) < 2
                and not left.endswith(self.rules.organisations) and not self.companies.find(left)
                and _standalone(span, m.start(), m.end())):
            return True  # 华擎先进航空动力装备研发与产业化项目: 与 before generic words (产业化) joins one name
        if m.group(0) == "和" and (not self._without_place(left) or self._distinctive(right)):
            return False  # 和 joins words of one name only before generic words (长春光电和智能制造产业园),
            # not two places (吉林省和长春市重点项目) or two things (高速动车组和高速城轨列车动态试验线)
        return (2 < len(left) <= 6 and not self._head.search(left) and not self.companies.find(left)
                and not left.endswith(self.rules.organisations)
                and not self.companies.find(right) and not self.aliases.find(right))

    def _strip_place(self, text: str, start: int, end: int) -> int:
        """长春一汽解放J7智能工厂 → 一汽解放J7智能工厂: a place before a known company is a locative
        (places may follow each other: 长春汽开区中国一汽红旗…)."""
        places = self.rules.place_prefixes + self.rules.locations
        at = start
        while True:
            place = next((p for p in places if text.startswith(p, at)
                          and any(text.startswith(q, at + len(p)) for q in places)), None)
            if place is None:
                break
            at += len(place)  # a place followed by another place
        for place in places:
            if text.startswith(place, at):
                if any(h.start == 0 and h.end > len(place) for h in self.companies.find(text[at:end])):
                    return start  # 长春希达电子: the city is part of the company's own name
                rest = text[at + len(place):end]
                hits = self.companies.find(rest) + self.aliases.find(rest)
                # not before a two-character group name: 长春中车, 长春一汽 are names of their own
                if any(h.start == 0 and h.end > 2 for h in hits):
                    return at + len(place)
        return start

    def _on_word_boundaries(self, text: str, s0: int, s1: int, cands: list[_Candidate]) -> list[_Candidate]:
        """A name starts where a word of its sentence starts: one that would begin inside a word
        (建吉林化纤… cut from 推进在建吉林化纤…) begins after that word instead. Only the few
        characters around the start are segmented: enough to see the word it falls in."""
        out = []
        for c in cands:
            if c.how == "head" and c.start > s0:
                w0 = max(s0, c.start - 4)
                spans = [(w0 + a, w0 + b) for _, a, b in tokenize(text[w0:min(c.end, c.start + 6)])]
                inside = next((b for a, b in spans if a < c.start < b), None)
                if inside is not None:
                    c = _Candidate(inside, c.end, c.how, c.extra)
            if c.start < c.end:
                out.append(c)
        return out

    def _without_lead_words(self, text: str, c: _Candidate) -> _Candidate:
        """正加紧项目, 长春汽开区通过重大项目, 走进长春新区金赛…项目: a verb, adverb, pronoun or
        conjunction at the start (after places, which may stand before one) is not part of the
        name; the name starts after the last such word. Words of a name (generic words, heads,
        companies, listed names) are never taken for one."""
        if c.how != "head" or not (self.rules.lead_word_tags or self.rules.lead_character_tags):
            return c
        pos, start = c.start, c.start
        words = tagged(text[c.start:min(c.end, c.start + 24)])  # lead words stand at the start: a long run costs no more
        previous = ("", "")  # the word before, when it led into the name (也 of 也有)
        for k, (word, tag) in enumerate(words):
            rest = text[pos:c.end]
            after = words[k + 1] if k + 1 < len(words) else ("", "")
            if self._is_place_word(word, tag):
                pos += len(word)
                continue
            if len(word) == 1:
                # 正加紧, 这座; a one-character verb before a place (引资260亿建东北亚…). Not before a
                # name's own word (向阳新能源: 向|阳新 is a firm's name cut wrong)
                lead = ((tag in self.rules.lead_character_tags and len(after[0]) > 1 and after[1] not in _NAME_TAGS)
                        # 将其|长春…: a pronoun (or a verb) before a place
                        or (tag == "r" and after[1] == "q") or (tag in ("v", "r") and self._is_place_word(*after))
                        # 继奥迪一汽…, 自一汽富维…: a verb or preposition before a known company or name
                        or (tag in self.rules.lead_character_tags + ("v",) and self._known_name_at(text, pos + 1, c.end))
                        # 也有, 还有, 都是: an adverb, then the one-character verb it leads into
                        or (tag in self.rules.lead_character_tags and len(after[0]) == 1 and after[1] == "v")
                        or (tag == "v" and start == pos and start > c.start and len(previous[0]) == 1
                            and previous[1] in self.rules.lead_character_tags)
                        # 能满足, 可实现: a one-character modal before the verb it modifies
                        or (tag == "v" and after[1] == "v" and len(after[0]) > 1)
                        # 以A和B为代表的…: 以 opens the construction, the name follows it
                        or (word == "以" and bool(_EXEMPLAR_AFTER.match(text, c.end))))
            else:
                # a function word or pronoun always; a verb only when it is a common word (加大, 走进:
                # not 启明 of 启明信息, a firm's name), or when a proper name follows it (观摩比亚迪…; not a
                # single character: 自贡|东|恒 is a place and a firm's name cut wrong)
                lead = tag in self.rules.lead_word_tags and (
                    tag == "r" or dictionary().get(word, 0) >= _COMMON_WORD
                    or (tag == "v" and after[1] in _PROPER_TAGS and len(after[0]) > 1)
                    or self._known_name_at(text, pos + len(word), c.end))
            if (lead and word not in self.rules.generic_words and not self._head.match(word)
                    and not any(h.start == 0 for h in self.companies.find(rest) + self.aliases.find(rest))):
                start = pos + len(word)
                previous = (word, tag)
            else:
                break
            pos += len(word)
        if start == c.start:
            return c
        return _Candidate(self._strip_place(text, start, c.end), c.end, c.how, c.extra)

    def _known_name_at(self, text: str, pos: int, end: int) -> bool:
        rest = text[pos:end]
        return any(h.start == 0 and len(h.text) > 1 for h in self.companies.find(rest) + self.aliases.find(rest))

    def _is_place_word(self, word: str, tag: str) -> bool:
        # one character tagged a place (华, 美) is a name's own character far more often than a place
        return (tag == "ns" and len(word) > 1) or word in self.rules.place_prefixes or word in self.rules.locations

    def _predicate(self, text: str, c: _Candidate, chosen: list[_Candidate], s0: int) -> bool:
        """X项目是为…量身打造的光电信息产业生产研发基地: after “<a project> 是 … 的”, the head phrase
        says what the project is; it is not a second name (unless money or a name of its own, a
        listed one, stands there)."""
        if c.how != "head" or text[c.start - 1:c.start] != "的":
            return False
        clause = _clause_start(text, c.start, s0)
        at = text.rfind("是", clause, c.start)
        if at < 0:
            at = text.rfind("是", s0, c.start)
        if at < 0 or _MONEY.search(text, at, c.start):
            return False
        # …, or the sentence's subject is “this project” and the phrase that ends it names no one
        # (该项目总用地…，是比亚迪集团布局的新能源动力电池战略基地。)
        return (any(o.end <= at and o.start >= clause for o in chosen if o is not c)
                or (bool(_ABOUT_THIS_PROJECT.match(text, s0)) and not any(o.start < at for o in chosen if o is not c)
                    and (c.end == len(text) or text[c.end] in CLAUSE_MARKS)
                    and not any(t in _PROPER_TAGS for _, t in tagged(text[c.start:c.end]))))

    def _plainly_ends(self, text: str, end: int, s1: int) -> bool:
        """奥迪PPE(高级电动平台), 奥迪PPE一期将…, 比亚迪动力电池、…: the bare name ends there (not
        奥迪PPE配套供应商…行动, which goes on into another name)."""
        rest = text[end:s1]
        return (not rest or not ("\u4e00" <= rest[0] <= "\u9fff") or bool(_PHASE_AFTER.match(rest))
                or rest.startswith(("和", "与", "及", "等")))

    def _counted_set(self, text: str, c: _Candidate) -> bool:
        """235个奥迪PPE一期配套项目: a counted set of projects; names inside it are not mentions."""
        return bool(_COUNTED.search(text[c.start:c.end]) or self._count_before(text, c))

    def _count_before(self, text: str, c: _Candidate) -> bool:
        """“19个…重点项目”: a count in the clause before a name makes it a set of projects, unless the set
        closed with its own head before the name (99个重点项目在合肥经开区智能装备科技园签约)."""
        clause = _clause_start(text, c.start, 0)
        m = re.search(r"\d+(?:多|余)?个[^，、]*$", text[clause:c.start])
        return bool(m) and not self._head.search(text, clause + m.start(), c.start)

    def _with_phase(self, text: str, c: _Candidate, s1: int) -> _Candidate:
        """比亚迪动力电池二期, 航天信息产业园(一期): a phase right after a name belongs to the mention;
        unless a later clause of the sentence opens with another phase (X项目一期封顶，二期正加快建设):
        then the phases are the subjects of the clauses, and the mention names the whole project."""
        m = _PHASE_AFTER.match(text, c.end, s1)
        if m:
            c = _Candidate(c.start, m.end(), c.how, c.extra)
        phase = _TRAILING_PHASE.search(text, c.start, c.end)
        if phase and phase.start() > c.start and _PHASE_OPENS_CLAUSE.match(text, c.end, s1):
            return _Candidate(c.start, phase.start(), c.how, c.extra)
        return c

    def _trimmed(self, text: str, c: _Candidate) -> _Candidate:
        """一汽红旗新能源汽车工厂整个施工项目 / …工厂车间 / …产业基地配套项目 → the name before the
        generic tail: what follows an inner head is the name's part or work, not another project."""
        if c.how == "alias":
            return c
        heads = list(self._head.finditer(text, c.start, c.end))
        for inner in heads[:-1]:
            if inner.group(0) in self.rules.part_heads:
                continue  # 生长激素大楼制剂车间生产线: the line in the workshop is named with it
            if inner.group(0) in self.rules.plant_heads and heads[-1].group(0) in self.rules.part_heads:
                return _Candidate(c.start, inner.end(), c.how, c.extra)  # 一汽弗迪一期工厂|电池包生产线: the plant's line
            if self._distinctive(text[inner.end():c.end]) == "" and text[inner.end()] not in _QUOTE_PAIRS:  # not …“超级工厂”项目
                return _Candidate(c.start, inner.end(), c.how, c.extra)
        return c

    def _is_name(self, text: str, c: _Candidate, full_names: tuple[str, ...] = (), short: list[str] | None = None) -> bool:
        name = text[c.start:c.end]
        if c.how == "alias":
            return True
        if len(name) < 3 or len(name) > 40 or _COUNTED.search(name) or _MONEY.search(name):
            return False
        capacity = _CAPACITY_FIRST.match(name)  # 2万吨白炭黑项目, 45万吨新一代磷酸铁锂项目: a project named by its output
        if _COUNT_FIRST.match(name) and not (capacity and len(self._distinctive(name[capacity.end():])) >= 3
                                             and not re.search(r"(?:近|约|超过?|逾|共|总计|达|新增|累计|、)$", text[:c.start])):
            # (after 、 it is the second output of one name: 年产4GWh钛锂高能动力、2GWh…数码电池生产项目)
            return False
        if c.how == "head" and self._built_by_project_before(text, c, name):
            return False  # 项目一期建设年产1万吨…生产线: what the project named before builds, not a second project
        if c.how != "alias" and self.rules.person_words and any(w in self.rules.person_words for w, _ in tagged(name)):
            return False  # 笔者解读红旗数字工厂, 市长王子联听取…项目: a person and what they do, a clause
        ordinal = re.search(r"第[\d一二三四五六七八九十百]+(个|座|家|条|处)", name)
        if ordinal and (ordinal.group(1) == "个" or not self._distinctive(name[ordinal.end():])):
            return False  # 第二个工厂, 第三座工厂: the Nth of a kind describes a thing (第一条高速动车组整车生产线
            # has words of its own after the ordinal)
        if self._indefinite_one(name):
            return False  # 发布一绿色建材产业园项目: 一 with no measure word is “a”, a count of one, no name
        if name.startswith(self.rules.designation_prefixes) or name.endswith(self.rules.venue_endings):
            return False  # a designation (国家…示范基地); a venue or shop (新城吾悦广场, …购物中心)
        category = _CATEGORY_FIRST.match(name)
        if category and name[category.end():].startswith(self.rules.designation_prefixes):
            return False  # 生物医药类国家科技兴贸创新基地: a designation of a category
        if (c.how == "head" and (c.end == len(text) or text[c.end] in CLAUSE_MARKS or text.startswith(("和", "与", "及"), c.end))
                and any(w in text[_clause_start(text, c.start, 0, marks=CLAUSE_MARKS.replace("、", "")):c.start]
                        for w in self.rules.role_words)):
            return False  # 将成为…现代化药品生产基地, 成为…中亚出口基地和…: what a project becomes is its role
        if c.how == "head" and name.endswith("区项目") and not name.endswith("园区项目") and not self._head.search(name[:-2]):
            return False  # 长吉示范区项目, 据宽城区项目: a zone's or district's projects, no name
        if c.how == "head" and _is_slogan(name):
            return False  # 长远谋项目, 短板补项目: a verb and its object 项目, a slogan about projects
        if any(w in name for w in self.rules.transit_words):
            return False  # a city's transit line (轨道交通9号线一期项目)
        if name.startswith(self.rules.abroad) and not any(p in name for p in self.rules.place_prefixes + self.rules.locations):
            return False  # an order abroad (美国…波士顿红橙线地铁项目), not a project of the city
        if self._designation and self._designation.search(
                text, _clause_start(text, c.start, 0, marks=CLAUSE_MARKS.replace("、", "")), c.start):
            return False  # 被…认定为国际科技合作基地、博士后创业基地: titles the firm holds
        near = text[max(_clause_start(text, c.start, 0), c.start - 4):c.start]
        if any(w in name or w in near for w in self.rules.descriptions):
            return False  # “吉林省首个…产业园”, “在东北首个智能工厂”, “首个在华…生产基地”: a description of a thing
        if (text[c.start - 1:c.start] == "“" and text[c.end:c.end + 1] == "”" and not c.extra.get("quoted")
                and not text.startswith(("”项目", "”协议", "”工程"), c.end) and not text.endswith(self.rules.build_verbs, 0, c.start - 1)):
            return False  # a slogan or title in quotes (“双带双基地”, 名副其实的“光电信息产业基地”), not a quoted
            # name that is built or signed for (建设“高速列车工程试验中心”, “…试验中心”协议)
        if self._in_document_title(text, c):
            return False  # 《奥迪一汽高端新能源汽车合作项目谅解备忘录》: the document, not the project
        if name.endswith(self.rules.not_names) or (c.how == "list" and name.endswith("集团")):
            return False  # a fixed phrase, or a company in a list of companies
        if self._count_before(text, c) or re.match(r"(?:有|共|计|达)?\d+(?:多|余)?[条个座家项]", text[c.end:c.end + 6]):
            return False  # “19个…重点项目”, 新建…生产线28条, …项目有3个: a counted set, not one project
        if c.how == "head" and text[:c.start].endswith(self.rules.set_words):
            return False  # 一系列…合作项目: a series of projects, not one
        if c.how == "head" and text.endswith("等", 0, c.start):
            return False  # A、B等泛半导体制造项目: what follows 等 says what the items are
        if c.how == "head" and _EXEMPLAR.search(text, max(0, c.start - 4), c.start) and text.endswith("的", 0, c.start):
            return False  # …为标志的国际领先动力总成项目: the kind the example before it stands for
        kind = self._kind_of_list.match(text, c.end) if self._kind_of_list else None
        if kind and "项目" not in text[kind.start():kind.end() + 3] and not name.endswith(("园", "园区")):
            return False  # “X基地、Y研究院、Z中心等研发平台”: the list says what its items are (not “…等企业和项目”;
            # a park stays one: 长东北生物与医药科技产业园、亚泰医药产业园等平台)
        # a name that is only “X项目” needs more than two characters of its own (not 长春项目, 互动项目)
        needed = 3 if self._head.fullmatch(name[-2:]) and name.endswith("项目") and not self._head.search(name[:-2]) else 2
        if name.endswith(self.rules.part_heads):
            needed = 4  # a workshop or line is a project only under a name of its own (not 总装生产车间, 动车组制造车间)
        # 长春市绿园区重点项目: a bare “…项目” loses every place before it; a park or plant keeps all but
        # the first (长春市汽开区新能源汽车产业园 is the zone's own park)
        own = self._without_place(name, every=needed == 3)
        if name.endswith(self.rules.owned_parts) and not c.extra.get("quoted") and (
                _NUMBERED_PART.search(name) or not (any(w in name for w in self.rules.owners) or self.companies.find(name))
                or self._firms_workplace(name)):
            return False  # 生长激素生产车间, 装配一车间: a workshop named without its plant, or by its number;
            # 皓月集团生产车间: by its firm and the work done there
        if name.endswith(self.rules.part_heads) and not c.extra.get("quoted"):
            # 一汽解放总装车间: a company's workshop needs words of its own beyond the company's name
            for hit in reversed(self.companies.find(own)):
                own = own[:hit.start] + "|" + own[hit.end:]
            if len(self._distinctive(own)) < 3:
                return False
            own = self._without_place(name)
        if (c.how in ("head", "list") and not c.extra.get("quoted")
                and (self._goal_or_contents(text, c) or name.endswith("生产线"))
                and self._only_what_it_makes(text, c, name)):
            return False  # 打造…特种车生产基地, 主要建设内容包括：…驱动电机生产基地: a kind of facility; a
            # production line named only by what it makes is a part of a plant wherever it stands (钢构部件
            # 生产线, 生物中药发酵生产线; a test line may be a project: 磁浮列车商业运行试验线)
        distinctive = self._distinctive(own)
        if self._head.sub("", own) in self.rules.industries and not any(e in name for e in self.rules.introduced_endings):
            # 动力电池项目, 动力电池生产基地: a kind of product names no one project (a park may be named by
            # its industry: 光电信息产业园)
            distinctive = ""
        if (needed == 3 and len(distinctive) == 2 and own.startswith(distinctive) and not dictionary().get(distinctive, 0)
                and tagged(distinctive)[0][1] != "m" and any(w in own[2:] for w in self.rules.industries)):
            needed = 2  # 振展汽车新能源项目, 开沃新能源汽车…项目: a firm's two characters before the industry it
            # makes for (not 本地…项目, a word; not 远超周边配套项目, no industry)
        if len(distinctive) >= needed:
            words = tagged(distinctive)
            # 试验基地, 提纯基地: a base named only by what is done there is a kind of base
            return not (c.how == "head" and len(words) == 1 and words[0][1] in ("v", "vn"))
        # 创新产业园项目: generic alone, but the short form of a name the same article gives in full. One that
        # names only an industry or a kind (生物医药产业园, 智能工厂) is that name's only where the full name
        # is a zone's (长春汽车经济技术开发区新能源汽车产业园项目), not a firm's (卓谊生物医药产业园项目)
        bare = self._head.sub("", name)
        # only a head that names a thing (a park, a plant) makes a short form: 重点项目 ends every
        # list of key projects (二季度重点项目) and shortens none of them
        names_a_thing = bool(self._head_at_end.search(_PROJECT_TAIL.sub("", name)))
        if c.how == "head" and len(bare) >= 2 and names_a_thing and not name.endswith(self.rules.part_heads):
            # (one character, 新工厂, 大基地, says what kind it is: the short form of nothing)
            if short is not None:
                short.append(name)
            kind = bare in self.rules.industries
            return any(_shortens(name, full) and (not kind or self._zone_before(full, name)) for full in full_names)
        return False

    def _built_by_project_before(self, text: str, c: _Candidate, name: str) -> bool:
        """A facility told only by its capacity and product (年产1万吨…生产线, 新建50GWh…产业基地), with no
        firm in it and not going on to 项目, in a sentence that has already named a project (a 项目 that is
        not counted: not 多个项目), is that project's part. A firm's facility (中嶒能源…建设年产1GWh…
        生产线, after 多个项目) is a project of its own."""
        if (not name.endswith(self.rules.facility_heads) or text.startswith("项目", c.end)
                or not _CAPACITY_TOLD.match(name) or self.companies.find(name) or self.aliases.find(name)):
            return False
        sentence = max(text.rfind(mark, 0, c.start) for mark in SENTENCE_END) + 1
        return bool(re.search(r"(?<![个项批些])项目", text[sentence:c.start]))

    def _indefinite_one(self, name: str) -> bool:
        """一 as a word of its own before a word of two or more characters that is no proper name (一|绿色
        建材…, 一|光伏…) is the indefinite article; 一汽, 一东 (一|东: one character) are firms' words."""
        if not name.startswith("一") or any(h.start == 0 for h in self.companies.find(name) + self.aliases.find(name)):
            return False
        words = tagged(name[:8])
        return (len(words) >= 2 and words[0] == ("一", "m") and len(words[1][0]) >= 2
                and words[1][1] not in _PROPER_TAGS)

    def _firms_workplace(self, name: str) -> bool:
        """皓月集团生产车间, 一汽解放卡车厂总装车间: a workshop named by its firm or plant and the work
        done there (`workshop_work:`) is where the firm works, not a project (一汽解放卡车厂智能车间 is)."""
        part = next((p for p in self.rules.owned_parts if name.endswith(p)), None)
        body = name[: -len(part)] if part else ""
        work = next((w for w in self.rules.workshop_work if body.endswith(w)), None)
        if work is None:
            return False
        firm = body[: -len(work)]
        return bool(firm) and (firm.endswith(self.rules.owners) or any(h.end == len(firm) for h in self.companies.find(firm)))

    def _goal_or_contents(self, text: str, c: _Candidate) -> bool:
        """打造商业航天基地, 作为…中试及生产基地, 以形成…产业链基地: a goal or a use of the clause; 主要建设
        内容包括：A、B (主要内容是建设…试验线): the contents of a project or its phase. Either way what follows
        says what kind of facility is meant, not which one (谋划建设磁浮列车商业运行试验线 names one)."""
        clause = text[_clause_start(text, c.start, 0, marks=CLAUSE_MARKS.replace("、", "")):c.start]
        if any(w in clause for w in self.rules.goal_words) or _SUPERLATIVE_BEFORE.search(clause):
            return True  # …, or the biggest of its kind (全国最大的专用车生产基地; 东北最大精细化工中试基地 names one)
        # a park among a sentence's contents is one of the parks it lists (包括…为代表的…工业园): only a
        # facility there is a part of the project
        sentence = text[_clause_start(text, c.start, 0, marks=SENTENCE_END):c.start]
        return not text[c.start:c.end].endswith(("园", "园区")) and any(w in sentence for w in self.rules.contents_words)

    def _only_what_it_makes(self, text: str, c: _Candidate, name: str) -> bool:
        """动力电池生产基地, 新能源汽车驱动电机生产基地, 芯片生产制造基地: a base, plant or line is named by
        its maker or its place (宁波华翔合肥基地, 一汽解放J7智能工厂); one named only by what it makes or does
        is a kind of facility (a goal, a use, the contents of a phase). It is one facility when its owner
        stands before it (…股份有限公司的高速列车制造基地), it is numbered (第一条…生产线), or the name
        goes on to 项目 (新型房屋生产基地项目: the project is named so)."""
        bare = _PHASE_END.sub("", name)
        head = next((h for h in self.rules.facility_heads if bare.endswith(h)), None)
        if head is None or name.startswith("第") or bare != name or self._head.search(bare[: -len(head)]):
            return False  # numbered; or a line in a named workshop (生长激素大楼制剂车间生产线)
        before = text[_clause_start(text, c.start, 0):c.start]
        if before.endswith("的") and (before[:-1].endswith(self.rules.organisations) or _LEGAL_SUFFIX.search(before)
                                      or any(h.end == len(before) - 1 for h in self.companies.find(before))):
            return False  # its owner's (…股份有限公司投资48.93亿元的吉林玲珑工厂)
        if re.search(r"[A-Za-z]|\d+[所厂院]", bare) or self.companies.find(bare) or self.aliases.find(bare):
            return False  # a model or brand in Latin letters (J7, CMOS) or a numbered institute (20所) names
            # it; a number alone (第6代) does not
        places = self.rules.place_prefixes + self.rules.locations
        # a word of a name: a firm's, a person's or a place's other than the city's own (长春市 locates it)
        return not any(tag in _PROPER_TAGS and word not in places for word, tag in tagged(bare))

    def _zone_before(self, full: str, short: str) -> bool:
        """长春汽车经济技术开发区|新能源汽车产业园项目: what the full name adds to its short form is a place."""
        short = short.removesuffix("项目")
        at = full.removesuffix("项目").rfind(short)
        prefix = full[:at] if at > 0 else ""
        return bool(prefix) and (not self._without_place(prefix) or prefix.endswith(self.rules.district_endings))

    def _in_document_title(self, text: str, c: _Candidate) -> bool:
        """《…合作项目谅解备忘录》, 《…规划》: inside the title of a document (not a headline quoted in
        《》, which may name a project: 《总投资20亿！…中试基地落户长春》)."""
        opened = text.rfind("《", 0, c.start)
        if opened < 0 or text.rfind("》", opened, c.start) >= 0:
            return False
        closed = text.find("》", c.end)
        return closed > c.end and "。" not in text[c.end:closed] and text[c.end:closed].endswith(self.rules.document_words)

    def _without_place(self, name: str, every: bool = True) -> str:
        """The name without the places it starts with (长春市绿园区重点项目 → 重点项目), or only the first."""
        while True:
            place = next((p for p in self.rules.place_prefixes + self.rules.locations if name.startswith(p)), None)
            if place is None and self._district is not None:
                m = self._district.match(name)
                place = m.group(0) if m and m.end() < len(name) else None
            if place is None:
                return name
            name = name[len(place):]
            if not every:
                return name

    def _distinctive(self, name: str) -> str:
        """What is left of a name without head words, phases, generic words and punctuation."""
        rest = self._head.sub("", name) if self._head.fullmatch(name) is None else ""
        if not rest:
            return ""
        for w in self.rules.heads + self.rules.phases + self.rules.generic_words:
            rest = rest.replace(w, "")
        return re.sub(r"[\W_]", "", rest)

    # --- what the sentence says about it ---------------------------------------------------
    def _investment(self, text: str, c: _Candidate, s0: int, s1: int, scope_end: int) -> Money | None:
        """The project's own figure: before it (总投资13亿元、占地16.6万平方米的X; 投资60亿元建设的X;
        投资13亿元，开发建设了X),
        or in a later clause of what is said of it (X位于…，项目总投资79亿元)."""
        before = text[max(s0, c.start - 40):c.start].rstrip(" \u3000\u00a0")  # 总投资135亿元 一汽…: a headline's space
        m = re.search(rf"{_INVESTS}({AMOUNT.pattern})(?:、[^，。；、]{{1,16}}?)*(?:(?:在[^，。；、的]{{2,12}}?)?(?:(?:建设|新建|兴建|打造|建)?的|建设|建)"
                      rf"|[，,](?:开发|新)?(?:建设|兴建)了?)?[“\"「]?$", before)  # (投资13.5亿元在苏州高新区建X, 建设“X”)
        if m is None:
            # 签订了投资10亿元,X项目; 投资10亿元用于X: a figure whose own clause names no project is the next name's
            # (not when its sentence named a project before it, 5个新能源项目，总投资达170亿元，A、B等: a total;
            # nor for a list's item)
            m = re.search(rf"{_INVESTS}({AMOUNT.pattern})(?:[，,]|用于)$", before)
            b0 = max(s0, c.start - 40)
            if m and (re.search(_alternation(self.rules.heads), text[s0:b0 + m.start()]) or c.how == "list"
                      or text.startswith(("、", "和", "及", "与"), c.end)):
                m = None
        if m is None:
            # a headline: 总投资20亿!东北最大精细化工中试基地落户长春 (a short description may stand between)
            m = re.search(rf"{_INVESTS}({AMOUNT.pattern})[!！][^，。；、!！]{{0,8}}$", text[max(0, c.start - 40):c.start])
        if m is None:
            # 总投资79亿元的A、48.9亿元的B: the investment word, written once, stands for every item of the list
            m = re.search(rf"、({AMOUNT.pattern})(?:的|建设的)$", before)
            if m and not re.search(_INVESTS, text[_clause_start(text, c.start, s0, marks=CLAUSE_MARKS.replace("、", "")):c.start]):
                m = None
        if m is None:
            m = _INVESTMENT_RIGHT_AFTER.match(text, c.end, scope_end)
            if m is None:
                m = _INVESTMENT_CLAUSE.search(text, c.end, scope_end)
                # …、金赛国际医药产业园等400个…重点项目…，总投资2410亿元: the figure of the whole list
                # (等 in the name's own clause; 厂房、道路、绿化等工程 in a later one lists its works)
                own_clause = text[c.end:_clause_end(text, c.end, m.start())] if m else ""
                if m and (c.how == "list" or "等" in own_clause or _COUNTED.search(text, c.end, m.start())):
                    m = None
            # 通用航空产业园和航天信息产业园总投资超千亿: a figure after two names joined by 和 is their total
            if m and self._pair_before.search(text, s0, c.start):
                m = None
        if m is None:
            return None
        amounts = parse_amounts(m.group(1))
        return amounts[0] if amounts else None

    def _referent(self, sentence: str, previous: list[ProjectMention], previous_start: int) -> int:
        """Which mention of the sentence before a bare “项目…” / “该产业园…” sentence speaks of: the
        one its head word names (该产业园 → the last …产业园), else the sentence's subject (the
        mention it opens with: X项目作为…，更为Y提供…。项目占地…), else the last one named."""
        sentence = sentence.lstrip(" \u3000\u00a0")  # (…的重要节点。 项目占地…: a web page's space between sentences)
        m = re.match(rf"(?:该|这个|此)({_alternation(self.rules.heads)})", sentence)
        if m:
            named = [k for k, p in enumerate(previous) if p.text.endswith(m.group(1))]
            return named[-1] if named else len(previous) - 1
        if sentence.startswith("项目") and previous[0].start == previous_start:
            return 0
        return len(previous) - 1

    def _investment_of_previous(self, sentence: str) -> Money | None:
        """该产业园总占地面积约68万平方米，总投资约48亿元: a sentence about “该…” (this park,
        this project) that names no project states the figure of the one named just before."""
        sentence = sentence.lstrip(" \u3000\u00a0")
        if not re.match(rf"{_LEAD_CLAUSE}(?:该|这个|此)(?:{_alternation(self.rules.heads)}|园区)|{_LEAD_CLAUSE}项目", sentence):
            # 这家公司由…成立,项目总投资135亿元: a clause about “the project” in a sentence naming none
            m = _PROJECT_INVESTMENT_CLAUSE.search(sentence)
            amounts = parse_amounts(m.group(1)) if m else []
            return amounts[0] if amounts else None
        m = _INVESTMENT_CLAUSE.search(sentence)
        if m is None:
            m = re.match(rf"{_LEAD_CLAUSE}(?:该|这个|此)?\w{{0,6}}?{_INVESTS}({AMOUNT.pattern})", sentence)
        amounts = parse_amounts(m.group(1)) if m else []
        return amounts[0] if amounts else None

    def _investment_of_this(self, sentence: str) -> Money | None:
        """这个总投资80亿元的重大项目，是…: a paragraph that opens by pointing at “this project” with its
        figure speaks of the project named last (in a paragraph before)."""
        m = re.match(rf"\s*(?:这个|该|此)(?:{_INVESTS})({AMOUNT.pattern})的[^，。；,;]{{0,8}}?(?:{_alternation(self.rules.heads)})",
                     sentence) or re.match(rf"\s*{_LEAD_CLAUSE}(?:这个|该|此)项目{_INVESTS}({AMOUNT.pattern})", sentence)
        if m is None:  # 6月28日晚，…举行奠基仪式，该项目总投资26亿欧元: a later clause pointing at “this project”
            m = re.search(rf"[，,](?:这个|该|此)项目{_INVESTS}({AMOUNT.pattern})", sentence)
        amounts = parse_amounts(m.group(1)) if m else []
        return amounts[0] if amounts else None

    def _statuses(self, scope: str) -> tuple[str, ...]:
        if self._status is None:
            return ()
        found = []
        for m in self._status.finditer(scope):
            if m.group(0) not in found:
                found.append(m.group(0))
        return tuple(found)

    def _companies(self, text: str, c: _Candidate, s0: int) -> tuple[str, ...]:
        # before the name: only its own clause, and not across a list mark (A、B: A's firm is not B's)
        clause_start = _clause_start(text, c.start, s0, marks=SENTENCE_END + "，、")
        hits = [h.key for h in self.companies.find(text[clause_start:c.end])]
        return tuple(sorted(set(hits)))


_SENTENCE = re.compile(f"[^{SENTENCE_END}]*[{SENTENCE_END}]|[^{SENTENCE_END}]+")  # up to its end mark, or the rest


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text)]


def _clause_end(text: str, pos: int, ceiling: int, marks: str = CLAUSE_MARKS) -> int:
    while pos < ceiling and text[pos] not in marks:
        pos += 1
    return pos


def _clause_start(text: str, pos: int, floor: int, marks: str = CLAUSE_MARKS) -> int:
    i = pos - 1
    while i >= floor and text[i] not in marks:
        i -= 1
    return i + 1


def _name_clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause a name ends in starts: one dash between two words joins them
    (复华未来世界—文化旅游中心项目); two dashes, or one beside a space or mark, part clauses."""
    start = _clause_start(text, pos, floor)
    while (start - 2 >= floor and text[start - 1] == "—" and _is_han(text[start - 2]) and start < len(text)
           and _is_han(text[start])):
        start = _clause_start(text, start - 1, floor)
    return start


def _whole_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] no part of a name's word (美的, 华为: a name, a noun) that runs across either
    end? A verb or particle it is part of (作为, 来到, 正在) still cuts. Only a few characters around it
    are segmented, so the question costs the same on any length of text."""
    w0 = max(0, start - 4)
    a = w0
    for word, tag in tagged(text[w0:end + 4]):
        b = a + len(word)
        if ((a < start < b) or (a < end < b)) and (tag in _PROPER_TAGS or tag == "n"):
            return False
        a = b
    return True


_DEMONSTRATIVES = ("这", "那", "该", "此")


def _words_at(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """The words of text[start:end] with their tags, each as (where it ends, word, tag)."""
    out, at = [], start
    for word, tag in tagged(text[start:end]):
        at += len(word)
        out.append((at, word, tag))
    return out


def _open_quote(text: str, start: int, at: int) -> bool:
    """Is a quotation mark opened between `start` and `at` and not closed before `at`?"""
    for opener, closer in (("“", "”"), ("「", "」"), ("‘", "’"), ('"', '"')):
        opened = text.rfind(opener, start, at)
        if opened >= 0 and (opener == closer or text.find(closer, opened + 1, at) < 0):
            if opener != closer or text.count(opener, start, at) % 2 == 1:
                return True
    return False


def _standalone(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a word of its own (与 in 研发与产业化, not in 参与)?"""
    w0 = max(0, start - 4)
    a = w0
    for word, _ in tagged(text[w0:end + 4]):
        if a == start:
            return a + len(word) == end
        a += len(word)
        if a > start:
            return False
    return False


def _is_slogan(name: str) -> bool:
    """谋项目, 补项目, 争项目 after a word of their own (放眼长远谋项目): a one-character verb whose object
    is 项目. Not a verb inside a name's last word (…ET3增能项目)."""
    if not name.endswith("项目"):
        return False
    words = tagged(name)
    return (len(words) >= 3 and words[-1][0] == "项目" and len(words[-2][0]) == 1 and words[-2][1] == "v"
            and len(words[-3][0]) >= 2)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _shortens(short: str, full: str) -> bool:
    """创新产业园项目 is the end of 长春新区北湖科技开发区创新产业园项目 (项目 or not): its short form."""
    if len(full) <= len(short):
        return False
    bare = short[: -len("项目")] if short.endswith("项目") and len(short) > 2 else short
    return full.endswith(short) or full.removesuffix("项目").endswith(bare)


@dataclass(frozen=True)
class _Found:
    """A word found at a place: what a regex match answers, for matches that may overlap."""
    at: int
    word: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.word)

    def group(self, _: int = 0) -> str:
        return self.word


def _overlapping(ahead: re.Pattern, text: str) -> list[_Found]:
    """Every occurrence of the words `ahead` looks for ((?=(a|b))), overlapping ones included."""
    return [_Found(m.start(), m.group(1)) for m in ahead.finditer(text)]


def _longest_without_overlap(cands: list[_Candidate]) -> list[_Candidate]:
    # longest first; on equal length the head rule (it saw the name's own words) before list/alias
    order = {"head": 0, "alias": 1, "list": 2}
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), order[c.how], c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return chosen


@dataclass
class SentenceCandidates:
    """What the finder considered in one sentence (collected when `ProjectFinder.trace` is a list):
    the rules' candidates with their alternative starts, the listed names, and the rules' choice."""
    article: str
    block: str
    text: str  # the block's text (offsets below are in it)
    s0: int
    s1: int
    groups: list[CandidateGroup]
    aliases: list[tuple[int, int]]
    rules: list[tuple[int, int]]


def model_choice(groups: list[CandidateGroup], aliases: list[tuple[int, int]], model: NameModel) -> list[tuple[_Candidate, float | None]]:
    """The names the model keeps (each at its best start) with the listed names (always kept),
    longest first where they overlap, as the rules' choice is made; each with its score (None: listed)."""
    kept = [(_Candidate(start, g.end, g.how), score) for start, g, score in choose(groups, model)]
    kept += [(_Candidate(a, b, "alias"), None) for a, b in aliases]
    scores = {id(c): score for c, score in kept}
    return [(c, scores[id(c)]) for c in _longest_without_overlap([c for c, _ in kept])]


def _scope_end(text: str, c: _Candidate, later: list[_Candidate], s1: int) -> int:
    """Where what is said of a mention ends: before the clause of the next mention in another clause."""
    for other in later:
        between = text[c.end:other.start]
        if "，" in between or "," in between:
            return c.end + max(between.rfind("，"), between.rfind(","))
    return s1
